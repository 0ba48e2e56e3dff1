from __future__ import annotations

import pytest

from extractor.stages.clean import clean_text


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("NGuyễn Thị Vân Nga", "Nguyễn Thị Vân Nga"),
        ("ông TRần Văn Bình", "ông Trần Văn Bình"),
        ("UBND TP.HCM và HĐND", "UBND TP.HCM và HĐND"),  # acronyms keep their casing
        ("Viện Hàn lâm KHCNVN", "Viện Hàn lâm KHCNVN"),
        ("GS.TS ThS PGs", "GS.TS ThS PGs"),
        ("hoà bình, thuỷ điện, khoẻ mạnh", "hòa bình, thủy điện, khỏe mạnh"),
        ("hoàn thành, Hoà Bình, Quỳnh", "hoàn thành, Hòa Bình, Quỳnh"),
        ("a\u00a0b\u200bc  d\te", "a bc d e"),
        ("  đầu và cuối  ", "đầu và cuối"),
        ("Tho\u0302ng tin", "Thông tin"),  # NFD -> NFC
    ],
)
def test_clean_text(raw, clean):
    assert clean_text(raw)[0] == clean


def test_recased_words_are_reported():
    assert clean_text("NGuyễn và TRần")[1] == [("NGuyễn", "Nguyễn"), ("TRần", "Trần")]
