"""Frozen run configuration, passed explicitly to every stage."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

#: Stages that may be switched off. `load` and `validate` always run.
OPTIONAL_STAGES = (
    "metadata", "pagetype", "blocks", "clean", "language", "headline", "dates", "authors", "tables", "body",
    "entities",
)

#: Offset of Vietnam's time zone; all datetimes in records carry it.
VIETNAM_UTC_OFFSET_HOURS = 7


@dataclass(frozen=True)
class Config:
    skip: frozenset[str] = field(default_factory=frozenset)
    #: Inputs larger than this (after decompression) are refused with `ExtractionError`.
    max_bytes: int = 20 * 1024 * 1024
    #: Re-raise a stage's unexpected exception instead of recording it as an `error` problem.
    strict: bool = False
    #: Use per-site selectors (extractor/vi/sites.toml) when a page's site has an entry.
    site_rules: bool = True
    #: In batch runs, take a file's modification time as the time it was captured.
    mtime_as_capture: bool = False
    #: Seconds one page may take in the batch runner before it is given up as `timeout`.
    page_timeout: float = 60.0

    def __post_init__(self) -> None:
        unknown = set(self.skip) - set(OPTIONAL_STAGES)
        if unknown:
            raise ValueError(
                f"unknown stage(s) to skip: {', '.join(sorted(unknown))}; "
                f"choose from {', '.join(OPTIONAL_STAGES)}"
            )
        object.__setattr__(self, "skip", frozenset(self.skip))

    def without(self, *stages: str) -> Config:
        return replace(self, skip=self.skip | frozenset(stages))


DEFAULT_CONFIG = Config()
