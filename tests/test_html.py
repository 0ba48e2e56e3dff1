"""HTML reading on small pages written for these tests: metadata, text joining, boilerplate,
bylines, captions, page types."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata

import pytest

import extractor
from extractor.html.meta import read_metadata
from extractor.html.parse import parse, text_of
from extractor.stages.headline import strip_site_suffix
from extractor.textdates import VN_TZ

BODY = "".join(f"<p>Đoạn văn thứ {i} của bài báo, có đủ độ dài để được coi là nội dung chính, "
               f"với nhiều chi tiết về sự kiện.</p>" for i in range(1, 6))


def page(head: str = "", body: str = BODY, before: str = "", after: str = "") -> bytes:
    return (f"<html><head>{head}</head><body><nav><a href='/'>Trang chủ</a></nav>"
            f"<div class='main'>{before}<div class='content'>{body}</div>{after}</div>"
            "<footer>Bản quyền thuộc về tòa soạn</footer></body></html>").encode()


def test_inline_tags_join_without_spaces_and_br_separates():
    root = parse("<p>UBND <b>TP.HCM</b>, ông <a>Sơn</a>, Nguy<i>ễn</i><br>dòng mới</p>")
    assert text_of(root.find(".//p")) == "UBND TP.HCM, ông Sơn, Nguyễn dòng mới"


def test_nfd_html_comes_out_nfc():
    text = unicodedata.normalize("NFD", "Hội nghị tổng kết năm của Trung tâm Thông tin")
    record = extractor.extract(page(before=f"<h1>{text}</h1>"))
    assert record.title == unicodedata.normalize("NFC", text)


def test_jsonld_graph_and_dates_without_offset():
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "name": "Trang"},
        {"@type": "NewsArticle", "headline": "Tiêu đề từ JSON-LD",
         "datePublished": "2025-01-05T08:00:00", "dateModified": "2025-01-05T09:30:00.000 +07:00",
         "author": [{"@type": "Person", "name": "Lê Phong"}], "keywords": ["a", "b"]}]}
    meta = read_metadata(parse(f'<html><head><script type="application/ld+json">{json.dumps(ld)}'
                               "</script></head><body></body></html>"))
    assert meta.titles[0] == ("jsonld", "Tiêu đề từ JSON-LD")
    assert meta.published == [("jsonld", "2025-01-05T08:00:00")]
    assert meta.authors == [("jsonld", "Lê Phong")] and meta.tags == ["a", "b"]
    record = extractor.extract(page(head=f'<script type="application/ld+json">{json.dumps(ld)}'
                                    "</script>", before="<h1>Tiêu đề từ JSON-LD</h1>"))
    assert record.published == dt.datetime(2025, 1, 5, 8, 0, tzinfo=VN_TZ)
    assert record.updated == dt.datetime(2025, 1, 5, 9, 30, tzinfo=VN_TZ)
    assert [a.name for a in record.authors] == ["Lê Phong"]


@pytest.mark.parametrize(
    ("title", "site", "section", "expected"),
    [
        ("Giá xăng giảm mạnh - VnExpress", "VnExpress", "", "Giá xăng giảm mạnh"),
        ("Giá xăng giảm mạnh | Báo Dân trí", "", "", "Giá xăng giảm mạnh"),
        ("Giá xăng giảm mạnh - Kinh tế - Tuổi Trẻ Online", "", "Kinh tế", "Giá xăng giảm mạnh"),
        ("Hà Nội - Hải Phòng nối chuyến tàu mới", "", "", "Hà Nội - Hải Phòng nối chuyến tàu mới"),
    ],
)
def test_site_suffix(title, site, section, expected):
    assert strip_site_suffix(title, [site], [section]) == expected


def test_outlet_in_jsonld_author_is_the_site_not_an_author():
    head = ('<meta property="og:site_name" content="VietNamNet News">'
            '<meta name="author" content="VietNamNet News">')
    record = extractor.extract(page(head=head, before="<h1>Một tiêu đề bài báo thử nghiệm</h1>"))
    assert record.authors == [] and record.site_name == "VietNamNet News"


def test_boilerplate_related_box_see_also_and_end_byline():
    body = (BODY + "<p>Xem thêm: <a href='/x'>Một bài báo khác có tiêu đề khá dài ở đây</a></p>"
            "<div class='box-tinlienquan'><h3>Tin liên quan</h3><a>Bài liên quan số một có tiêu đề"
            "</a></div><p style='text-align:right'><strong>Lê Phong</strong></p>")
    record = extractor.extract(page(before="<h1>Tiêu đề bài báo về giao thông đô thị</h1>",
                                    body=body,
                                    after="<div class='tags'>Từ khóa: giao thông</div>"))
    assert [a.name for a in record.authors] == ["Lê Phong"]
    assert len(record.paragraphs) == 4 and record.lead.startswith("Đoạn văn thứ 1")
    assert not any("Xem thêm" in p or "liên quan" in p for p in record.paragraphs)


def test_figure_caption_and_photo_credit():
    body = BODY.replace("</p>", "</p><figure><img src='a.jpg'><figcaption>Hiện trường vụ việc."
                        " Ảnh: Ngọc Mai</figcaption></figure>", 1)
    record = extractor.extract(page(before="<h1>Tiêu đề bài báo về một vụ tai nạn giao thông</h1>",
                                    body=body))
    assert record.captions == ["Hiện trường vụ việc. Ảnh: Ngọc Mai"]
    assert [(c.kind, c.name) for c in record.credits] == [("photo", "Ngọc Mai")]


def test_listing_page_gets_no_invented_title_body_or_author():
    teasers = "".join(f"<div class='item'><h3><a href='/{i}'>Tin số {i}: một tiêu đề bài báo đủ "
                      f"dài để là tiêu đề</a></h3><p>Tóm tắt ngắn {i}.</p></div>" for i in range(30))
    record = extractor.extract(page(head='<meta property="og:type" content="article">',
                                    before="<h1>Kinh doanh</h1>", body=teasers))
    assert record.page_type == "listing"
    assert (record.title, record.lead, record.paragraphs, record.authors) == (None, None, [], [])
