"""Per-site selectors (extractor/vi/sites.toml), matched by the page's URL or site name."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from urllib.parse import urlparse

import lxml.html


@dataclass(frozen=True)
class Site:
    name: str
    domains: tuple[str, ...]
    title: str
    body: str
    drop: tuple[str, ...]
    test_page: str


@cache
def sites() -> tuple[Site, ...]:
    raw = resources.files("extractor.vi").joinpath("sites.toml").read_text(encoding="utf-8")
    return tuple(Site(name, tuple(d["domains"]), d["title"], d["body"], tuple(d["drop"]),
                      d["test_page"]) for name, d in tomllib.loads(raw).items())


def match(url: str | None, site_names: list[str]) -> Site | None:
    host = urlparse(url).hostname or "" if url else ""
    names = " ".join(site_names).casefold()
    for site in sites():
        if any(host == d or host.endswith("." + d) or d in names for d in site.domains):
            return site
    return None


def first(root: lxml.html.HtmlElement, xpath: str) -> lxml.html.HtmlElement | None:
    found = root.xpath(xpath)
    return found[0] if found and isinstance(found[0], lxml.html.HtmlElement) else None


def apply_drops(root: lxml.html.HtmlElement, site: Site) -> None:
    for xpath in site.drop:
        for el in root.xpath(xpath):
            if el.getparent() is not None:
                el.drop_tree()
