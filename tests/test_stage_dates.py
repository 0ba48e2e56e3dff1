from __future__ import annotations

import datetime as dt

import pytest

import extractor
from extractor.textdates import VN_TZ, find_dates, is_date_line


def _dt(*args):
    return dt.datetime(*args, tzinfo=VN_TZ)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("ngày 18/06/2020", [dt.date(2020, 6, 18)]),
        ("4/3/2024", [dt.date(2024, 3, 4)]),  # day-first, never month-first
        ("18.6.2020 và 21-08-2022", [dt.date(2020, 6, 18), dt.date(2022, 8, 21)]),
        ("Thứ Hai, 12/8/2024, 14:30 (GMT+7)", [_dt(2024, 8, 12, 14, 30)]),
        ("Cập nhật lúc 17:45 ngày 21-08-2022", [_dt(2022, 8, 21, 17, 45)]),
        ("15/03/2025 09:12", [_dt(2025, 3, 15, 9, 12)]),
        ("ngày 18 tháng 6 năm 2020", [dt.date(2020, 6, 18)]),
        ("tỷ số 1/2, lãi 15,4%", []),
        ("31/02/2024", [None]),  # impossible day: found, but no value
        ("mã 402/VHL-TCCB", []),
    ],
)
def test_find_dates(text, values):
    assert [d.value() for d in find_dates(text)] == values


def test_yearless_date_needs_a_year():
    (d,) = find_dates("sáng 14/5 đoàn công tác")
    assert d.year is None and d.value(2021) == dt.date(2021, 5, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thứ ba, ngày 21/05/2024", True),
        ("Thứ Hai, 12/8/2024, 14:30 (GMT+7)", True),
        ("21/05/2024 | 10:05", True),
        ("Đào Hữu Hảo, ngày: 18/06/2020", False),
        ("Ngày 3/7/2021, xã Hải Đông khánh thành cầu mới.", False),
    ],
)
def test_is_date_line(text, expected):
    assert is_date_line(text) is expected


PAGE = """Thứ năm, ngày 05/12/2024

Hà Nội khởi công tuyến đường sắt đô thị số 5 trong năm nay

Thứ Tư, 4/9/2024, 08:15 (GMT+7)

Sáng 3/9, thành phố tổ chức lễ khởi công; dự án được phê duyệt ngày 20/12/2023.

Cập nhật lúc 10:00 ngày 05/09/2024
"""


def test_roles_on_a_page():
    record = extractor.extract(PAGE)
    roles = [(d.role, d.value) for d in record.dates]
    assert ("page_header", dt.date(2024, 12, 5)) in roles
    assert record.published == _dt(2024, 9, 4, 8, 15)
    assert ("mentioned", dt.date(2023, 12, 20)) in roles
    inferred = [d for d in record.dates if d.year_inferred]
    assert [(d.role, d.value) for d in inferred] == [("mentioned", dt.date(2024, 9, 3))]


def test_relative_date_resolved_against_page_header():
    page = ("Thứ sáu, 06/12/2024\n\nGiá vàng tăng mạnh trong phiên sáng nay\n\n2 giờ trước\n\n"
            "Giá vàng miếng tăng.")
    record = extractor.extract(page)
    rel = [d for d in record.dates if d.relative]
    assert len(rel) == 1 and rel[0].value.date() == dt.date(2024, 12, 5)


def test_relative_date_resolved_against_capture_time():
    page = "Giá vàng tăng mạnh trong phiên sáng nay\n\n2 giờ trước\n\nGiá vàng miếng tăng."
    record = extractor.extract(page, captured=_dt(2024, 12, 6, 10, 0))
    (found,) = record.dates
    assert found.relative and found.role == "published"
    assert record.published == _dt(2024, 12, 6, 8, 0)
    assert extractor.extract(page).published is None  # no base: nothing invented


def test_spelled_out_date_line_uses_dateparser():
    page = "Giá vàng tăng mạnh trong phiên sáng nay\n\n18 Tháng Sáu, 2020\n\nGiá vàng tăng."
    assert extractor.extract(page).published == dt.date(2020, 6, 18)
