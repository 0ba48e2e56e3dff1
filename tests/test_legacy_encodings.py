"""Legacy Vietnamese font encodings (TCVN3, VNI): tables, decoding, detection.

The encoders below are built from the same tables as the decoders, so round trips test the
decoders' mechanics (single bytes, longest match, windows-1252 for the rest); the tables
themselves are checked against glibc's TCVN5712-1 where iconv has it, and by their shape.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import unicodedata

import pytest
from conftest import FIXTURES, to_cp1258
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import extract
from extractor.legacy import (
    decode_legacy,
    decode_tcvn3,
    decode_vni,
    detect_legacy,
    is_vietnamese_syllable,
    legacy_table,
)

_TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
_VOWELS = ("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")
LOWER = [c for v in _VOWELS for t in _TONES if not (c := unicodedata.normalize("NFC", v + t)).isascii()]
LOWER.append("đ")
UPPER = [c.upper() for c in LOWER]
VIETNAMESE = frozenset(LOWER + UPPER)
TCVN3_CAPITALS = "ĂÂÊÔƠƯĐ"  # the only capitals TCVN3 has (no tone marks)


def _encoder(encoding: str):
    inverse = {char: raw for raw, char in legacy_table(encoding).items()}

    def encode_char(ch: str) -> bytes:
        if ch in inverse:
            return inverse[ch]
        if ch in VIETNAMESE:  # a letter the encoding lacks: no windows-1252 stand-in
            raise UnicodeEncodeError(encoding, ch, 0, 1, "not in the table")
        return ch.encode("cp1252")  # what the decoders do with bytes outside the table

    return lambda text: b"".join(encode_char(ch) for ch in text)


encode_tcvn3 = _encoder("tcvn3")
encode_vni = _encoder("vni")
ENCODERS = {"tcvn3": encode_tcvn3, "vni": encode_vni}

SENTENCES = [
    "Trung tâm Thông tin Khoa học và Công nghệ quốc gia",
    "Hội nghị tổng kết công tác năm 2003, triển khai nhiệm vụ năm 2004.",
    "Đồng chí Nguyễn Văn Hùng phát biểu: “chúng ta phải nỗ lực hơn nữa” – ý kiến được ủng hộ.",
    "Người dân xã Hải Đông đóng góp ngày công, hiến đất mở rộng đường giao thông nông thôn.",
    "Thuở ấy, ông bà khuyên con cháu giữ gìn truyền thống hiếu học; ngoài trời mưa rả rích.",
]


def test_the_example_mojibake_decodes():
    assert decode_tcvn3("Trung t©m Th«ng tin".encode("cp1252")) == "Trung tâm Thông tin"
    assert decode_vni("Trung taâm Thoâng tin".encode("cp1252")) == "Trung tâm Thông tin"


def test_alphabet_has_134_precomposed_letters():
    assert len(LOWER) == 67 and len(set(LOWER + UPPER)) == 134


def test_tables_have_the_expected_shape():
    tcvn3, vni = legacy_table("tcvn3"), legacy_table("vni")
    assert sorted(tcvn3.values()) == sorted(LOWER + list(TCVN3_CAPITALS))
    assert sorted(vni.values()) == sorted(LOWER + UPPER)
    assert all(len(raw) == 1 and raw[0] >= 0xA1 for raw in tcvn3)
    assert all(unicodedata.is_normalized("NFC", c) for c in [*tcvn3.values(), *vni.values()])
    # VNI: a letter byte is never also a mark byte, or longest-match decoding would be ambiguous
    singles = {raw[0] for raw in vni if len(raw) == 1}
    marks = {raw[1] for raw in vni if len(raw) == 2}
    assert singles.isdisjoint(marks)


@pytest.mark.skipif(shutil.which("iconv") is None, reason="no iconv")
def test_tcvn3_table_agrees_with_glibc_tcvn5712():
    """glibc's TCVN5712-1 is VN1, a superset of TCVN3 (VN3): every VN3 byte must agree."""
    raw = bytes(sorted(b[0] for b in legacy_table("tcvn3")))
    done = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=raw,
                          capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip("iconv has no TCVN5712-1")
    assert unicodedata.normalize("NFC", done.stdout.decode()) == decode_tcvn3(raw)


@pytest.mark.parametrize("letter", LOWER + list(TCVN3_CAPITALS))
def test_tcvn3_round_trip_of_every_letter_it_has(letter):
    assert decode_tcvn3(encode_tcvn3(letter)) == letter


@pytest.mark.parametrize("letter", [c for c in UPPER if c not in TCVN3_CAPITALS])
def test_tcvn3_has_no_capitals_with_tone_marks(letter):
    # they were typed with the lowercase byte in an all-capital font (.VnTimeH)
    with pytest.raises(UnicodeEncodeError):
        encode_tcvn3(letter)
    assert decode_tcvn3(encode_tcvn3(letter.lower())) == letter.lower()


@pytest.mark.parametrize("letter", LOWER + UPPER)
def test_vni_round_trip_of_every_letter(letter):
    assert decode_vni(encode_vni(letter)) == letter


def test_vni_letters_in_context():
    # base + mark vs the lone-letter bytes: ô alone is ơ, "oâ" is ô, "ôù" is ớ
    for word in ("người", "thuở", "muốn", "quyết", "ươu", "Ở", "ỞỦY", "đơn", "Ưu"):
        assert decode_vni(encode_vni(word)) == word


@pytest.mark.parametrize("sentence", SENTENCES)
def test_sentences_round_trip(sentence):
    # no capital with a tone mark here, so TCVN3 can write them too
    assert decode_vni(encode_vni(sentence)) == sentence
    assert decode_tcvn3(encode_tcvn3(sentence)) == sentence


def test_unlisted_bytes_are_windows_1252():
    raw = b"\x93x\x94 \x96 \x85 \x80 \x81"
    assert decode_tcvn3(raw) == decode_vni(raw) == "“x” – … € \x81"


def test_decode_legacy_dispatches_and_refuses_unknown_names():
    raw = encode_vni("Việt Nam")
    assert decode_legacy(raw, "vni") == "Việt Nam"
    assert decode_legacy(encode_tcvn3("Việt Nam"), "tcvn3") == "Việt Nam"
    with pytest.raises(LookupError):
        decode_legacy(raw, "viscii")


@pytest.mark.parametrize(
    ("word", "valid"),
    [("người", True), ("quốc", True), ("gì", True), ("giữ", True), ("thích", True),
     ("huỳnh", True), ("khuya", True), ("hoà", True), ("hòa", True), ("chuyện", True),
     ("Việt", True), ("rượu", True), ("xoong", True), ("khuếch", True), ("oanh", True),
     ("café", False), ("taâm", False), ("t©m", False), ("bạn", True), ("bat", False),
     ("ă", False), ("vìệt", False), ("tiếg", False), ("ngươ", False), ("ốch", False)],
)
def test_syllable_validator(word, valid):
    assert is_vietnamese_syllable(word) is valid


# --- detection --------------------------------------------------------------------------------

ARTICLE = (
    "Sáng nay, tại hội trường tỉnh ủy, hội nghị tổng kết công tác phòng chống lụt bão năm 2003 "
    "đã được tổ chức. Theo báo cáo, trong năm qua trên địa bàn tỉnh đã xảy ra ba cơn bão lớn, "
    "làm hư hỏng hơn một nghìn ngôi nhà của người dân."
)


def _html(body: bytes, font: str | None = None, charset: str = "windows-1252") -> bytes:
    style = f' style="font-family:{font}; font-size:13pt"' if font else ""
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            f"<title>Tin tuc</title></head><body><p{style}>").encode() + body + b"</p></body></html>"


def test_detects_tcvn3_page_with_vntime_font():
    page = _html(encode_tcvn3(ARTICLE), font=".VnTime")
    assert detect_legacy(page, "windows-1252") == "tcvn3"
    assert ARTICLE in decode_legacy(page, "tcvn3")


def test_detects_vni_page_with_vni_font():
    page = _html(encode_vni(ARTICLE), font="VNI-Times")
    assert detect_legacy(page, "windows-1252") == "vni"
    assert ARTICLE in decode_legacy(page, "vni")


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_detects_without_font_names_from_the_text_alone(encoding):
    assert detect_legacy(ENCODERS[encoding](ARTICLE)) == encoding


def test_font_name_quoted_as_entity_and_short_text():
    page = _html(encode_tcvn3("Trung tâm Thông tin"), font="&quot;.VnArial&quot;")
    assert detect_legacy(page) == "tcvn3"


def test_utf8_page_is_not_legacy():
    page = _html(ARTICLE.encode("utf-8"), font=".VnTime", charset="utf-8")  # leftover font name
    assert detect_legacy(page, "utf-8") is None




def test_windows_1258_page_is_not_legacy():
    page = _html(to_cp1258(ARTICLE), charset="windows-1258")
    assert detect_legacy(page, "windows-1258") is None
    assert detect_legacy(page) is None


def test_english_latin1_page_is_not_legacy():
    text = ("The café on the Champs-Élysées served crème brûlée and a piña colada; naïve "
            "tourists paid 12 euros for a résumé of the Año Nuevo fête, señor. Voilà! Façade, déjà vu, "
            "über, Köln, Zürich, São Paulo, Málaga, Ångström, Øresund.")
    assert detect_legacy(_html(text.encode("latin-1")), "iso-8859-1") is None
    assert detect_legacy(text.encode("cp1252")) is None


def test_a_non_latin_declaration_is_believed():
    assert detect_legacy(_html(encode_tcvn3(ARTICLE), charset="windows-1251"), "windows-1251") is None


def test_too_little_evidence_is_no_answer():
    assert detect_legacy(encode_tcvn3("Hà Nội")) is None  # two words, no font name
    assert detect_legacy(b"plain ASCII text") is None


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_fixture_pages(encoding):
    page = (FIXTURES / f"synthetic-legacy-{encoding}.html").read_bytes()
    truth = json.loads((FIXTURES / f"synthetic-legacy-{encoding}.truth.json").read_text("utf-8"))
    assert detect_legacy(page, "windows-1252") == encoding
    text = decode_legacy(page, encoding)
    for paragraph in [truth["title"], *truth["paragraphs"]]:
        assert paragraph.replace("&", "&amp;") in text


# --- property: random Vietnamese text ---------------------------------------------------------


def _words(spaced: str) -> list[str]:
    return spaced.split()


SYLLABLES = _words(
    "người dân được những trong không công tác năm này việc tỉnh huyện xã phường hội nghị tổng "
    "kết triển khai nhiệm vụ phát biểu kinh tế xã hội đồng chí chủ tịch giám đốc sở ban ngành "
    "địa phương thực hiện chương trình mục tiêu quốc gia nông thôn mới đường giao thông trường "
    "học bệnh viện sức khỏe lũ lụt bão gió mưa nắng hạn mặn lúa gạo cá tôm rừng biển đảo "
    "thuở ấy khuyên giữ gìn truyền thống hiếu học rượu quyết định chuyện uống nước nhớ nguồn "
    "đoàn kết thắng lợi thành công xuất sắc đầy đủ kịp thời chặt chẽ hướng dẫn yêu cầu"
)


def _carries_evidence(word: str) -> bool:
    """Words that read the same as windows-1252 (such as "ít") cannot tell the encodings apart."""
    return all(enc(word).decode("cp1252") != word for enc in ENCODERS.values())


MARKED = [w for w in SYLLABLES if _carries_evidence(w)]


def _capitalise(word: str, encoding: str) -> str:
    cap = word[0].upper() + word[1:]
    return cap if encoding == "vni" or cap[0].isascii() or cap[0] in TCVN3_CAPITALS else word


@st.composite
def vietnamese_text(draw, encoding: str) -> str:
    words = draw(st.lists(st.sampled_from(MARKED), min_size=8, max_size=40))
    words += draw(st.lists(st.sampled_from(SYLLABLES), max_size=20))
    words = draw(st.permutations(words))
    caps = draw(st.lists(st.booleans(), min_size=len(words), max_size=len(words)))
    seps = draw(st.lists(st.sampled_from([" ", " ", " ", ", ", ". ", "; ", "\n"]),
                         min_size=len(words), max_size=len(words)))
    return "".join(
        (_capitalise(w, encoding) if cap else w) + sep for w, cap, sep in zip(words, caps, seps, strict=True)
    ).strip()


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_random_vietnamese_text_is_detected_and_decoded(encoding, data):
    text = data.draw(vietnamese_text(encoding))
    raw = ENCODERS[encoding](text)
    assert detect_legacy(raw) == encoding
    assert decode_legacy(raw, encoding) == text


# --- loader ---------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_loader_decodes_legacy_pages_and_says_so(encoding):
    from extractor import load

    if not hasattr(load, "assess_legacy"):
        pytest.skip("extractor/load.py does not call extractor.legacy yet")
    record = extract(FIXTURES / f"synthetic-legacy-{encoding}.html")
    truth = json.loads((FIXTURES / f"synthetic-legacy-{encoding}.truth.json").read_text("utf-8"))
    assert record.source.encoding == encoding
    assert record.title == truth["title"]
    assert any(p.code == "encoding_guessed" and encoding in p.detail for p in record.problems)
