"""Reading input: paths, bytes and str; gzip; encodings; format sniffing; unusable input."""

from __future__ import annotations

import gzip

import pytest
from conftest import to_cp1258

import extractor
from extractor.config import Config
from extractor.errors import ExtractionError
from extractor.load import load

PAGE = "Tiêu đề bài viết về kinh tế Việt Nam\n\nHà Nội, ngày 12/8/2024\n\nĐoạn văn đầu tiên của bài."


def test_path_bytes_and_str_give_the_same_record(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(PAGE, "utf-8")
    records = [extractor.extract(x) for x in (path, str(path), PAGE.encode(), PAGE)]
    assert len({r.id for r in records}) == 1
    assert {r.title for r in records} == {"Tiêu đề bài viết về kinh tế Việt Nam"}


def test_gzip_is_read_transparently(tmp_path):
    path = tmp_path / "page.txt.gz"
    path.write_bytes(gzip.compress(PAGE.encode()))
    record = extractor.extract(path)
    assert record.source.compressed == "gzip"
    assert record.title == "Tiêu đề bài viết về kinh tế Việt Nam"


def test_gzip_bomb_is_refused():
    data = gzip.compress(b"a" * 5_000_000)
    with pytest.raises(ExtractionError) as err:
        load(data, Config(max_bytes=1_000_000))
    assert err.value.code == "too_large"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty"),
        (b"   \n\n\t ", "empty"),
        (bytes(range(256)) * 20, "binary"),
        (b"\x1f\x8b\x08\x00garbage", "bad_gzip"),
    ],
    ids=["empty", "blank", "binary", "bad-gzip"],
)
def test_unusable_input_raises_documented_error(data, code):
    with pytest.raises(ExtractionError) as err:
        extractor.extract(data)
    assert err.value.code in (code, "undecodable")


def test_missing_file():
    with pytest.raises(ExtractionError) as err:
        extractor.extract("no/such/page.html")
    assert err.value.code == "not_found"






def test_windows_1258_is_decoded_to_nfc_with_a_problem_recorded():
    title = "Hội nghị tổng kết năm 2020 của Trung tâm Thông tin"
    text = f"{title}\n\nNội dung bài viết rất dài về hội nghị điển hình tiên tiến tại Hà Nội."
    record = extractor.extract(to_cp1258(text))
    assert record.source.encoding == "cp1258"
    assert any(p.code == "encoding_guessed" for p in record.problems)
    assert record.title == title  # composed (NFC) again


def test_utf8_bom_and_nul_bytes():
    record = extractor.extract(b"\xef\xbb\xbf" + PAGE.encode() + b"\x00")
    assert record.source.encoding == "utf-8-sig"
    assert record.title == "Tiêu đề bài viết về kinh tế Việt Nam"


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        ("<html><head><title>t</title></head></html>", "html"),
        ("  <div><p>một</p><span>hai</span><a href='#'>ba</a></div>", "html"),
        ("Thứ ba, ngày 21/05/2024\n\nTiêu đề", "text"),
        ("So sánh a < b và c > d trong văn bản", "text"),
    ],
)
def test_format_sniffing(text, fmt):
    assert load(text, Config()).source.format == fmt


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Breaking news from London\n\nThe prime minister said on Tuesday that the government "
         "would announce a new budget for the health service and the schools.", "en"),
        ("Tin nóng trong ngày\n\nChiều nay, Thủ tướng đã chủ trì cuộc họp về ngân sách cho y tế "
         "và giáo dục, yêu cầu các bộ ngành khẩn trương triển khai.", "vi"),
    ],
)
def test_language_and_entities_skipped_for_other_languages(text, language):
    record = extractor.extract(text)
    assert record.language == language
    skipped = any(p.code == "skipped_language" for p in record.problems)
    assert skipped is (language != "vi")
