"""Metadata from every place a page keeps it: JSON-LD (NewsArticle, @graph), OpenGraph and
article:* meta, Dublin Core, itemprop microdata, <time datetime>, <link rel=canonical>.

Values are collected with their source; the stages reconcile them (by priority and agreement).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

import lxml.html

_ARTICLE_TYPES = {"newsarticle", "article", "blogposting", "reportagenewsarticle",
                  "analysisnewsarticle", "opinionnewsarticle", "webpage", "liveblogposting"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass
class Metadata:
    titles: list[tuple[str, str]] = field(default_factory=list)
    published: list[tuple[str, str]] = field(default_factory=list)
    updated: list[tuple[str, str]] = field(default_factory=list)
    authors: list[tuple[str, str]] = field(default_factory=list)
    descriptions: list[tuple[str, str]] = field(default_factory=list)
    site_names: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    url: str | None = None
    image: str | None = None
    og_type: str | None = None
    jsonld_errors: int = 0

    def first(self, attr: str) -> str | None:
        values = getattr(self, attr)
        return values[0][1] if values else None


def read_metadata(root: lxml.html.HtmlElement) -> Metadata:
    meta = Metadata()
    _jsonld(root, meta)
    # articles' own JSON-LD values first, whatever order the page wrote its objects in
    for attr in ("titles", "published", "updated", "authors", "descriptions"):
        getattr(meta, attr).sort(key=lambda item: item[0] == "jsonld-webpage")
    _meta_tags(root, meta)
    _time_tags(root, meta)
    canonical = root.xpath("//link[translate(@rel,'CANONICAL','canonical')='canonical']/@href")
    meta.url = meta.url or (canonical[0].strip() if canonical else None)
    title = root.find(".//title")
    if title is not None and (title.text or "").strip():
        meta.titles.append(("title", " ".join(title.text.split())))
    return meta


def _jsonld(root: lxml.html.HtmlElement, meta: Metadata) -> None:
    for script in root.xpath("//script[contains(translate(@type,'JSONLD','jsonld'),'ld+json')]"):
        raw = (script.text or "").strip().removeprefix("<![CDATA[").removesuffix("]]>")
        raw = _CONTROL.sub(" ", raw)
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            meta.jsonld_errors += 1
            continue
        for obj in _objects(data):
            types = obj.get("@type", "")
            types = types if isinstance(types, list) else [types]
            folded = {str(t).casefold() for t in types}
            if folded & _ARTICLE_TYPES:
                # a WebPage's name/dates rank below an article's own
                _article(obj, meta, "jsonld" if folded - {"webpage"} else "jsonld-webpage")
            elif any(str(t).casefold() == "organization" for t in types) and obj.get("name"):
                meta.site_names.append(str(obj["name"]))


def _objects(data: Any):
    if isinstance(data, list):
        for item in data:
            yield from _objects(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _objects(data["@graph"])


def _article(obj: dict, meta: Metadata, source: str) -> None:
    for key in ("headline", "name"):
        if isinstance(obj.get(key), str) and obj[key].strip():
            meta.titles.append((source, " ".join(obj[key].split())))
            break
    for key, target in (("datePublished", meta.published), ("dateModified", meta.updated)):
        if isinstance(obj.get(key), str):
            target.append((source, obj[key].strip()))
    for name in _names(obj.get("author")):
        meta.authors.append((source, name))
    for name in _names(obj.get("publisher")):
        meta.site_names.append(name)
    if isinstance(obj.get("description"), str):
        meta.descriptions.append((source, " ".join(obj["description"].split())))
    section = obj.get("articleSection")
    sections = [section] if isinstance(section, str) else section or []
    meta.sections += [s for s in sections if isinstance(s, str)]
    meta.tags += _keywords(obj.get("keywords"))
    page = obj.get("mainEntityOfPage")
    url = page.get("@id") if isinstance(page, dict) else obj.get("url")
    meta.url = meta.url or (url if isinstance(url, str) else None)


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [n for item in value for n in _names(item)]
    return []


def _keywords(value: Any) -> list[str]:
    if isinstance(value, str):
        return [k.strip() for k in value.split(",") if k.strip()]
    if isinstance(value, list):
        return [k.strip() for k in value if isinstance(k, str) and k.strip()]
    return []


# meta name/property/itemprop (lowercased) -> Metadata list it feeds
_META_TARGETS = {
    "og:title": "titles", "twitter:title": "titles", "dc.title": "titles",
    "article:published_time": "published", "pubdate": "published", "publishdate": "published",
    "datepublished": "published", "dc.date": "published", "dc.date.issued": "published",
    "date": "published", "publish-date": "published", "og:published_time": "published",
    "article:modified_time": "updated", "datemodified": "updated", "og:updated_time": "updated",
    "lastmod": "updated", "author": "authors", "dc.creator": "authors", "article:author": "authors",
    "og:description": "descriptions", "description": "descriptions",
    "twitter:description": "descriptions",
}


def _meta_tags(root: lxml.html.HtmlElement, meta: Metadata) -> None:
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().casefold()
        value = " ".join((el.get("content") or "").split())
        if not key or not value:
            continue
        target = _META_TARGETS.get(key)
        if target:
            getattr(meta, target).append((key, value))
        elif key == "og:site_name":
            meta.site_names.append(value)
        elif key in ("article:section", "articlesection"):
            meta.sections.append(value)
        elif key in ("article:tag", "keywords", "news_keywords"):
            meta.tags += [k.strip() for k in value.split(",") if k.strip()]
        elif key == "og:url":
            meta.url = meta.url or value
        elif key == "og:image":
            meta.image = meta.image or value
        elif key == "og:type":
            meta.og_type = value.casefold()


def _time_tags(root: lxml.html.HtmlElement, meta: Metadata) -> None:
    for el in root.iter("time"):
        value = (el.get("datetime") or "").strip()
        if not value:
            continue
        prop = (el.get("itemprop") or "").casefold()
        if prop == "datemodified":
            meta.updated.append(("time", value))
        elif prop == "datepublished" or el.get("pubdate") is not None:
            meta.published.append(("time", value))
