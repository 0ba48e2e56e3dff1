"""Turn a path, bytes or str into a `Document`: decompress, decode, sniff the format.

Decoding never guesses silently: a guess is recorded as a problem and the encoding used is
reported in `source.encoding`. Unusable input raises `ExtractionError`.
"""

from __future__ import annotations

import codecs
import gzip
import hashlib
import io
import os
import re
import zlib
from pathlib import Path

from .config import Config
from .document import Document
from .errors import ExtractionError
from .legacy import assess_legacy, decode_legacy
from .models import Source

Input = str | bytes | os.PathLike[str]

_PATH_SUFFIXES = (".html", ".htm", ".txt", ".gz", ".xhtml")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HTML_START = re.compile(
    r"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html\b|head\b)", re.I | re.S
)
_HTML_TAGS = re.compile(r"<(p|div|body|head|meta|script|span|a|br|table|title)\b[^>]*>", re.I)
# Control characters other than tab/newline/CR/form feed: many of them means binary data.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def load(source: Input, config: Config) -> Document:
    """Read `source` into a fresh `Document` (format and encoding decided here)."""
    path, data = _read(source, config)
    compressed = None
    if data[:2] == b"\x1f\x8b":
        data = _gunzip(data, config.max_bytes, path)
        compressed = "gzip"
    if not data.strip():
        raise ExtractionError("empty", "the input holds no text", path=path)
    text, encoding, guess = _decode(data, path)
    if len(_CONTROL.findall(text[:65536])) > 8:
        raise ExtractionError("binary", "the input looks like binary data, not a page", path=path)
    text = text.replace("\x00", "")
    fmt = "html" if _looks_like_html(text) else "text"
    src = Source(
        path=path,
        format=fmt,
        encoding=encoding,
        compressed=compressed,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
    )
    doc = Document(raw=data, source=src, text=text)
    if guess:
        doc.problem("load", "encoding_guessed", guess)
    return doc


def _read(source: Input, config: Config) -> tuple[str | None, bytes]:
    if isinstance(source, bytes):
        data, path = source, None
    elif isinstance(source, os.PathLike) or _is_path_like(source):
        path = os.fspath(source)
        data = _read_file(path, config)
    else:
        data, path = source.encode("utf-8", "surrogatepass"), None
    if len(data) > config.max_bytes:
        raise ExtractionError("too_large", f"{len(data)} bytes > cap {config.max_bytes}", path=path)
    return path, data


def _is_path_like(text: str) -> bool:
    if "\n" in text or len(text) > 4096 or "<" in text:
        return False
    return text.lower().endswith(_PATH_SUFFIXES) or os.path.isfile(text)


def _read_file(path: str, config: Config) -> bytes:
    p = Path(path)
    try:
        if not p.is_file():
            raise ExtractionError("not_found", "no such file", path=path)
        if p.stat().st_size > config.max_bytes:
            raise ExtractionError("too_large", f"file is over {config.max_bytes} bytes", path=path)
        return p.read_bytes()
    except OSError as exc:
        raise ExtractionError("unreadable", f"{type(exc).__name__}: {exc}", path=path) from exc


def _gunzip(data: bytes, cap: int, path: str | None) -> bytes:
    """Decompress, refusing output over `cap` bytes (gzip bombs)."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
            out = fh.read(cap + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise ExtractionError("bad_gzip", f"cannot decompress: {exc}", path=path) from exc
    if len(out) > cap:
        raise ExtractionError("too_large", f"decompresses to over {cap} bytes", path=path)
    return out


def _decode(data: bytes, path: str | None) -> tuple[str, str, str | None]:
    """Return (text, encoding, why it is a guess: None when the bytes or the page said so)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name, None
    try:
        return data.decode("utf-8"), "utf-8", None
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data)
    # Before the declared charset: legacy-font pages declare windows-1252 (or nothing), which
    # always "works" and gives mojibake ("Trung t©m").
    legacy = assess_legacy(data, declared)
    if legacy.encoding:
        detail = f"input is not UTF-8; decoded as {legacy.encoding} (legacy font encoding): "
        return decode_legacy(data, legacy.encoding), legacy.encoding, detail + legacy.describe()
    if declared:
        try:
            return data.decode(declared), declared, None
        except (LookupError, UnicodeDecodeError):
            pass
    return _detect(data, path)


def _declared_charset(data: bytes) -> str | None:
    declared = _META_CHARSET.search(data[:4096])
    return declared.group(1).decode("ascii", "ignore").lower() if declared else None


def _detect(data: bytes, path: str | None) -> tuple[str, str, str | None]:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:262144]).best()
    if best is None or best.encoding is None:
        raise ExtractionError("undecodable", "not UTF-8 and no encoding fits", path=path)
    try:
        return (data.decode(best.encoding), best.encoding,
                f"input is not UTF-8; decoded as {best.encoding}")
    except UnicodeDecodeError as exc:
        raise ExtractionError("undecodable", f"not UTF-8: {exc}", path=path) from exc


def _looks_like_html(text: str) -> bool:
    head = text[:4096]
    return bool(_HTML_START.match(head)) or len(_HTML_TAGS.findall(head)) >= 3
