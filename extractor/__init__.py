"""vnextract: Vietnamese news pages (HTML or text dumps) to validated JSON records.

    >>> import extractor
    >>> record = extractor.extract("page.txt")      # a path, bytes, or the page text
    >>> record.title, record.published
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Config", "ExtractionError", "Record", "__version__", "extract"]

if TYPE_CHECKING:
    from .config import Config
    from .errors import ExtractionError
    from .models import Record
    from .pipeline import extract


def __getattr__(name: str) -> Any:
    # Imported on first use so that `import extractor` stays cheap.
    if name == "extract":
        from .pipeline import extract

        return extract
    if name == "Config":
        from .config import Config

        return Config
    if name == "ExtractionError":
        from .errors import ExtractionError

        return ExtractionError
    if name == "Record":
        from .models import Record

        return Record
    raise AttributeError(f"module 'extractor' has no attribute {name!r}")
