"""The seed page's record, field by field, as the foundation issue states it."""

from __future__ import annotations

import datetime as dt

import pytest

import extractor


@pytest.fixture(scope="module")
def record(seed_path):
    return extractor.extract(seed_path, config=extractor.Config(strict=True))


def test_title_keeps_source_wording(record):
    assert record.title == (
        "Trung tâm Thông tin - Tư liệu thông tổ chức Hội nghị điển hình tiên tiến năm 2020"
    )


def test_dates_and_roles(record):
    assert record.published == dt.date(2020, 6, 18)
    assert not isinstance(record.published, dt.datetime)  # no invented 00:00
    roles = {(d.role, d.value.isoformat()) for d in record.dates}
    assert ("page_header", "2024-05-21") in roles
    assert {("mentioned", "2020-03-06"), ("mentioned", "2020-06-18")} <= roles
    assert ("published", "2024-05-21") not in roles
    header = next(d for d in record.dates if d.role == "page_header")
    assert header.span.section == "header" and header.span.context == "Thứ ba, ngày 21/05/2024"


def test_author_with_unit_from_signature(record):
    assert [(a.name, a.organization) for a in record.authors] == [("Đào Hữu Hảo", "Phòng TTKH")]


def test_body_excludes_chrome(record):
    body = [record.lead, *record.paragraphs]
    assert record.lead.startswith("Thực hiện công văn số 402/VHL-TCCB")
    assert sum(p.startswith("- ") for p in record.paragraphs) == 2
    text = "\n".join(body)
    for chrome in ("21/05/2024", "Đào Hữu Hảo, ngày", "năm 2020 , Trung tâm", "Năm 2016",
                   "Chào cờ", "Hữu Hảo - Phòng TTKH", "Thống kê kết quả"):
        assert chrome not in text


def test_captions(record):
    assert record.captions[0] == "Các Đại biểu tham dự Hội nghị làm lễ Chào cờ"
    assert record.captions[1].startswith("Các đồng chí được bầu tham dự Đại hội")


def test_table(record):
    (table,) = record.tables
    assert table.caption == "Thống kê kết quả khen thưởng giai đoạn 2015-2020"
    assert table.header[1] == "Lao động tiên tiến (%)" and len(table.header) == 6
    assert [r[0] for r in table.rows] == [f"Năm {y}" for y in range(2015, 2020)]
    assert table.rows[1] == ["Năm 2016", "97%", "03", "02", "08", "0"]


def test_people_titles_orgs(record):
    people = {p.name: (p.title, p.organization) for p in record.entities.people}
    assert people == {
        "Nguyễn Thị Vân Nga": ("Giám đốc", "Trung tâm Thông tin - Tư liệu"),
        "Trần Tường Thanh": ("Trưởng phòng", "Phòng QLTH"),
        "Hoàng Lê Phượng": ("Kế toán trưởng", "Trung tâm Thông tin - Tư liệu"),
        "Đào Hữu Hảo": (None, "Phòng TTKH"),
    }
    assert any(p.code == "recased_word" and "NGuyễn" in p.detail for p in record.problems)


def test_organizations_and_aliases(record):
    orgs = {o.name: set(o.aliases) for o in record.entities.organizations}
    assert "Trung tâm TTTL" in orgs["Trung tâm Thông tin - Tư liệu"]
    assert {"Viện Hàn lâm KHCNVN", "Viện Hàn lâm KHCN VN"} <= orgs["Viện Hàn lâm KHCN Việt Nam"]
    assert {"Phòng QLTH", "Phòng TTKH"} <= set(orgs)
    assert record.entities.locations == []


def test_document_reference(record):
    (ref,) = record.entities.documents
    assert (ref.type, ref.number, ref.issuer, ref.date) == (
        "Công văn", "402/VHL-TCCB", "VHL-TCCB", dt.date(2020, 3, 6))


def test_mentions_point_at_text(record):
    sections = {"lead": [record.lead], "paragraph": record.paragraphs,
                "caption": record.captions, "title": [record.title]}
    ents = record.entities
    for entity in [*ents.people, *ents.organizations, *ents.locations, *ents.documents]:
        for m in entity.mentions:
            source = m.context if m.context is not None else sections[m.section][m.index]
            assert source[m.start : m.end] == m.text
