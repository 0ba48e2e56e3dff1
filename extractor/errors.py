"""The one exception the library raises on purpose.

`extract()` returns a `Record` for every input it can read at all (problems are recorded inside
the record); it raises `ExtractionError` only when the input is unusable as a page: missing or
unreadable file, empty input, binary data, undecodable bytes, or a size over the configured cap.
"""

from __future__ import annotations


class ExtractionError(Exception):
    """Input that cannot yield a record. `code` is stable and machine-readable."""

    def __init__(self, code: str, detail: str, *, path: str | None = None) -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail
        self.path = path
