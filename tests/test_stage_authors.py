from __future__ import annotations

import pytest

from extractor.models import Author, Credit
from extractor.stages.authors import parse_byline


def _simple(items):
    return [(type(i).__name__, i.name, getattr(i, "organization", None),
             getattr(i, "kind", None)) for i in items]


@pytest.mark.parametrize(
    ("line", "at_end", "expected"),
    [
        ("Đào Hữu Hảo, ngày: 18/06/2020", False, [("Author", "Đào Hữu Hảo", None, "person")]),
        ("Nguyễn Văn An (Sở Y tế)", False, [("Author", "Nguyễn Văn An", "Sở Y tế", "person")]),
        ("Hữu Hảo - Phòng TTKH", True, [("Author", "Hữu Hảo", "Phòng TTKH", "person")]),
        ("Nguyễn Thu Trang - Lê Quốc Huy", False,
         [("Author", "Nguyễn Thu Trang", None, "person"), ("Author", "Lê Quốc Huy", None, "person")]),
        ("PV", False, [("Author", "PV", None, "initials")]),
        ("PV, ngày 3/7/2021", False, [("Author", "PV", None, "initials")]),
        ("Nhóm phóng viên", False, [("Author", "Nhóm phóng viên", None, "group")]),
        ("Theo TTXVN", True, [("Credit", "TTXVN", None, "source")]),
        ("Theo Dân Việt", True, [("Credit", "Dân Việt", None, "source")]),
        ("Anh Minh", True, [("Author", "Anh Minh", None, "person")]),
        # not bylines
        ("Hà Nội", True, []),
        ("Các Đại biểu tham dự Hội nghị làm lễ Chào cờ", True, []),
        ("Tham dự hội nghị có lãnh đạo Trung tâm.", False, []),
        ("Giám đốc Sở Y tế", False, []),
        ("Minh", True, []),  # one word at the end is too weak to be a signature
    ],
)
def test_parse_byline(line, at_end, expected):
    assert _simple(parse_byline(line, at_end=at_end)) == expected


def test_types():
    (a,) = parse_byline("Thu Trang", at_end=True)
    assert isinstance(a, Author) and not isinstance(a, Credit)


@pytest.mark.parametrize(
    ("raw", "author", "credit"),
    [("Thu HàTTXVN", "Thu Hà", "TTXVN"), ("Theo Văn Long", None, "Văn Long"),
     ("Đoàn Loan", "Đoàn Loan", None)],
)
def test_jsonld_author_strings(raw, author, credit):
    from extractor.stages.authors import _unglue

    assert _unglue(raw) == (author, credit)
