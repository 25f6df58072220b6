"""Administrative-unit gazetteer over `vietnamadminunits` (legacy, pre-2025 table).

Used only on extracted spans: to tell place names from person names, and to
give units a canonical name, kind and 2025 successor. Everything is cached.
"""

from __future__ import annotations

import functools
import re

from thidua.textnorm import fold

TONE_PLACEMENT = {
    "òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ",
    "òe": "oè", "óe": "oé", "ỏe": "oẻ", "õe": "oẽ", "ọe": "oẹ",
    "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ",
}
TYPE_WORDS = {
    "tỉnh": "tỉnh", "thành phố": "thành phố", "tp": "thành phố", "tp.": "thành phố", "thị xã": "thị xã",
    "tx": "thị xã", "tx.": "thị xã", "huyện": "huyện", "quận": "quận", "xã": "xã", "phường": "phường",
    "thị trấn": "thị trấn",
}


def tone_norm(s: str) -> str:
    """Unify old/new tone placement ("hòa" = "hoà") so comparisons ignore it."""
    out = s
    for old, new in TONE_PLACEMENT.items():
        out = out.replace(old, new).replace(old.capitalize(), new.capitalize())
    return out


# Former names still written in the news for a unit the table keeps under its current name.
_FORMER_NAMES = {"thua thien hue": "hue", "thua thien - hue": "hue"}


def place_key(name: str) -> str:
    """Lookup key of a bare place name: diacritics folded, dashes spaced one way ("Bà Rịa-Vũng Tàu" =
    "Bà Rịa - Vũng Tàu"), former names mapped to the table's."""
    key = " ".join(re.sub(r"\s*[-–—]\s*", " - ", fold(name)).split())
    return _FORMER_NAMES.get(key, key)


def _strip_type(name: str) -> tuple[str, str]:
    low = name.lower()
    for word in sorted(TYPE_WORDS, key=len, reverse=True):
        if low.startswith(word + " "):
            return TYPE_WORDS[word], name[len(word) + 1:].strip()
    return "", name.strip()


@functools.lru_cache(maxsize=1)
def _tables() -> tuple[dict, dict, dict]:
    """fold(short name) -> list of (kind, full name, province) for provinces, districts, communes."""
    provinces: dict[str, list] = {}
    districts: dict[str, list] = {}
    communes: dict[str, list] = {}
    try:
        from vietnamadminunits.database import query

        rows = query("SELECT DISTINCT province, district, ward FROM admin_units_legacy")
    except Exception:  # gazetteer missing: extraction still works, just without canonical names
        rows = []
    for row in rows:
        prov = row.get("province") or ""
        dist = row.get("district") or ""
        ward = row.get("ward") or ""
        pk, pn = _strip_type(prov)
        provinces.setdefault(place_key(pn), []).append((pk or "tỉnh", prov, prov))
        if dist:
            dk, dn = _strip_type(dist)
            entry = (dk, dist, prov)
            lst = districts.setdefault(place_key(dn), [])
            if entry not in lst:
                lst.append(entry)
        if ward:
            wk, wn = _strip_type(ward)
            entry = (wk, f"{ward}, {dist}", prov)
            lst = communes.setdefault(place_key(wn), [])
            if len(lst) < 50 and entry not in lst:
                lst.append(entry)
    for table in (provinces,):
        for k, v in table.items():
            table[k] = list(dict.fromkeys(v))
    return provinces, districts, communes


@functools.lru_cache(maxsize=4096)
def is_place(name: str) -> bool:
    """True if `name` (without type word) is a province or district name."""
    provinces, districts, _ = _tables()
    key = place_key(name)
    return key in provinces or key in districts


def is_province(name: str) -> bool:
    """True if `name` (without type word) is a province or centrally run city (pre-2025)."""
    return place_key(name) in _tables()[0]


@functools.lru_cache(maxsize=4096)
def provinces_with_district(name: str) -> frozenset[str]:
    """The provinces that have a district spelled `name` (diacritics count, tone placement does not: "Chủ" is
    no "Chũ"). Province names are left out: bare, "Hà Tĩnh" reads as the province more often than its city."""
    provinces, districts, _ = _tables()
    key = place_key(name)
    if key in provinces:
        return frozenset()
    want = tone_norm(name).lower()
    return frozenset(prov for _, full, prov in districts.get(key, ()) if tone_norm(_strip_type(full)[1]).lower() == want)


@functools.lru_cache(maxsize=1)
def _province_initials() -> dict[str, str]:
    """"br-vt" / "brvt" -> "Bà Rịa - Vũng Tàu": provinces of two or more words by their initials, as the news
    abbreviates them after "tỉnh" ("Công an tỉnh BR-VT"). Initials two provinces share are left out."""
    out: dict[str, str] = {}
    seen: dict[str, int] = {}
    for key, entries in _tables()[0].items():
        name = _strip_type(entries[0][1])[1]
        parts = [p.split() for p in re.split(r"\s*[-–]\s*", name)]
        if sum(len(p) for p in parts) < 2:
            continue
        for abbr in {"-".join("".join(w[0] for w in p) for p in parts), "".join(w[0] for p in parts for w in p)}:
            abbr = abbr.lower()
            seen[abbr] = seen.get(abbr, 0) + 1
            out[abbr] = name
    return {k: v for k, v in out.items() if seen[k] == 1}


def province_of_initials(abbr: str) -> str | None:
    """The province written as its initials ("BR-VT", "TTH"), or None."""
    return _province_initials().get(abbr.lower())


@functools.lru_cache(maxsize=4096)
def is_any_place(name: str) -> bool:
    """True if `name` is a province, district or commune name (pre-2025)."""
    return is_place(name) or place_key(name) in _tables()[2]


@functools.lru_cache(maxsize=4096)
def lookup(surface: str, province_hint: str = "") -> tuple[str | None, str | None, str | None]:
    """(canonical, kind, successor) for an administrative unit written as `surface`."""
    kind, bare = _strip_type(surface)
    if not bare or not bare[0].isupper():
        return None, kind or None, None
    provinces, districts, communes = _tables()
    key = place_key(bare)
    hint = fold(province_hint)
    cands: list = []
    if kind in ("", "tỉnh", "thành phố") and key in provinces:
        cands = [c for c in provinces[key]]
        if cands and kind in ("", "tỉnh", "thành phố"):
            canon = cands[0][1]
            return canon, "tỉnh", _successor(canon)
    if kind in ("", "huyện", "quận", "thị xã", "thành phố") and key in districts:
        cands = [c for c in districts[key] if not kind or fold(c[0]) == fold(kind)] or districts[key]
    elif kind in ("xã", "phường", "thị trấn") and key in communes:
        cands = [c for c in communes[key] if fold(c[0]) == fold(kind)] or communes[key]
    if hint:
        hinted = [c for c in cands if hint in fold(c[2])]
        cands = hinted or cands
    provinces_of = {c[2] for c in cands}
    if not cands or len(provinces_of) > 1:
        return None, kind or (cands[0][0].lower() if cands else None), None
    kind_out, full, prov = cands[0]
    canon = f"{full}, {prov}"
    return canon, kind_out.lower() or kind or None, _successor(canon)


@functools.lru_cache(maxsize=4096)
def _successor(canonical: str) -> str | None:
    try:
        from vietnamadminunits import convert_address

        new = convert_address(canonical)
    except Exception:
        return None
    parts = [p for p in (getattr(new, "ward", None), getattr(new, "province", None)) if p]
    out = ", ".join(parts) or None
    return out if out and out != canonical else None


def province_hint(text: str) -> str:
    """The province the article is most likely about (most mentioned 'tỉnh X')."""
    counts: dict[str, int] = {}
    for m in re.finditer(r"(?:tỉnh|thành phố|TP\.?)\s+((?:[A-ZĐÀ-Ỹ][\wà-ỹđ]*\s?){1,3})", text):
        name = m.group(1).strip()
        if is_place(name):
            counts[name] = counts.get(name, 0) + 1
    return max(counts, key=counts.get) if counts else ""
