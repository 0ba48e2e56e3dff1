"""Entity rules on sentences written for these tests in the patterns news uses (none taken from
the fixtures the rules were developed on)."""

from __future__ import annotations

import datetime as dt

import pytest

import extractor


def _entities(sentence: str):
    record = extractor.extract("Tiêu đề thử nghiệm cho bài viết\n\n" + sentence,
                               config=extractor.Config(strict=True))
    return record.entities


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh đã chủ trì cuộc họp.",
         {"Trần Sỹ Thanh": ("Chủ tịch", "UBND TP Hà Nội", [])}),
        ("Bộ trưởng Tài chính Hồ Đức Phớc cho biết ngân sách tăng.",
         {"Hồ Đức Phớc": ("Bộ trưởng", "Bộ Tài chính", [])}),
        ("Ông Nguyễn Văn Hùng (Phó Chủ tịch HĐND tỉnh Quảng Nam) phát biểu tại hội thảo.",
         {"Nguyễn Văn Hùng": ("Phó Chủ tịch", "HĐND tỉnh Quảng Nam", ["deputy"])}),
        ("Tham dự có bà Lê Thị Hoa, Giám đốc Sở Y tế Hà Nội và ông Phạm Văn Tùng, Trưởng ban "
         "Tuyên giáo Tỉnh ủy Bắc Ninh.",
         {"Lê Thị Hoa": ("Giám đốc", "Sở Y tế Hà Nội", []),
          "Phạm Văn Tùng": ("Trưởng ban", "Ban Tuyên giáo Tỉnh ủy Bắc Ninh", [])}),
        ("Nguyên Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến dự lễ khai mạc.",
         {"Nguyễn Thị Kim Tiến": ("Bộ trưởng", "Bộ Y tế", ["former"])}),
        ("GS.TS Nguyễn Thanh Liêm cho rằng cần đầu tư thêm cho y tế cơ sở.",
         {"Nguyễn Thanh Liêm": (None, None, [])}),
        ("Lao động tiên tiến và Chiến sĩ thi đua được khen thưởng tại Đại hội.", {}),
        ("Đoàn công tác đã đến huyện Ba Vì và tỉnh Lâm Đồng để khảo sát.", {}),
    ],
)
def test_people_with_titles(sentence, people):
    got = {p.name: (p.title, p.organization, p.flags) for p in _entities(sentence).people}
    assert got == people


def test_short_reference_joins_the_full_name():
    ents = _entities("Bộ trưởng Tài chính Hồ Đức Phớc phát biểu. Ông Phớc cho biết thu ngân sách tăng.")
    (person,) = ents.people
    assert person.aliases == ["Phớc"] and len(person.mentions) == 2


@pytest.mark.parametrize(
    ("sentence", "name", "aliases"),
    [
        ("Trường Đại học Bách khoa Hà Nội (HUST) vừa công bố điểm chuẩn. Năm nay HUST tuyển thêm.",
         "Trường Đại học Bách khoa Hà Nội", {"HUST"}),
        ("Sở Giáo dục và Đào tạo (GD&ĐT) đã họp. Sở GD&ĐT cho biết sẽ tăng giáo viên.",
         "Sở Giáo dục và Đào tạo", {"GD&ĐT", "Sở GD&ĐT"}),
        ("Ngân hàng Nhà nước vừa điều chỉnh lãi suất; NHNN cho biết sẽ theo dõi thị trường.",
         "Ngân hàng Nhà nước", {"NHNN"}),
    ],
)
def test_organisation_aliases(sentence, name, aliases):
    orgs = {o.name: set(o.aliases) for o in _entities(sentence).organizations}
    assert aliases <= orgs[name]


def test_places_not_people_after_admin_words():
    ents = _entities("Mưa lớn ở các huyện Vũ Quang, Hương Sơn và tỉnh Quảng Trị gây ngập.")
    assert ents.people == []
    assert [loc.name for loc in ents.locations] == ["Vũ Quang", "Hương Sơn", "Quảng Trị"]


@pytest.mark.parametrize(
    ("sentence", "doc"),
    [
        ("Quyết định số 1234/QĐ-UBND ngày 5/3/2023 của UBND tỉnh Nghệ An quy định rõ.",
         ("Quyết định", "1234/QĐ-UBND", "QĐ-UBND", dt.date(2023, 3, 5))),
        ("Theo Nghị định 15/2020/NĐ-CP, mức phạt tối đa là 100 triệu đồng.",
         ("Nghị định", "15/2020/NĐ-CP", "NĐ-CP", None)),
        ("Thực hiện Chỉ thị số 12/CT-UBND ngày 3/5/2023, các sở đã vào cuộc.",
         ("Chỉ thị", "12/CT-UBND", "CT-UBND", dt.date(2023, 5, 3))),
    ],
)
def test_document_references(sentence, doc):
    (ref,) = _entities(sentence).documents
    assert (ref.type, ref.number, ref.issuer, ref.date) == doc


def test_country_between_title_and_foreign_name():
    ents = _entities("Thủ tướng Nhật Bản Fumio Kishida đã gặp các nhà đầu tư tại Tokyo.")
    assert {p.name: (p.title, p.organization) for p in ents.people} == {
        "Fumio Kishida": ("Thủ tướng", "Nhật Bản")}
    assert {loc.name for loc in ents.locations} == {"Nhật Bản", "Tokyo"}


def test_streets_named_after_people_are_places():
    ents = _entities("Cửa hàng nằm trên đường Lê Lợi, gần phố Trần Hưng Đạo.")
    assert ents.people == []
    assert [loc.name for loc in ents.locations] == ["Lê Lợi", "Trần Hưng Đạo"]


def test_dateline_outlet_and_role_cues():
    ents = _entities("(Thanh Niên) - Tối qua, ca sĩ Mỹ Tâm biểu diễn tại Nhà hát Lớn.")
    assert [o.name for o in ents.organizations] == ["Thanh Niên"]
    assert [p.name for p in ents.people] == ["Mỹ Tâm"]


def test_english_phrases_are_not_people():
    ents = _entities("Chương trình The Voice Kids và cuộc thi Miss World thu hút khán giả.")
    assert ents.people == []
