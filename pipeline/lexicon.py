"""Lexicons (YAML beside the code), loaded once and cached."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml

from .textutil import CAP_WORD

DATA_DIR = Path(__file__).with_name("data")


@functools.lru_cache(maxsize=None)
def load(name: str) -> dict:
    with open(DATA_DIR / f"{name}.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@functools.lru_cache(maxsize=None)
def title_heads() -> tuple[str, ...]:
    """Words that open a title segment, longest first so alternation prefers them."""
    data = load("titles")
    heads = set(data["heads"]) | set(data["abbreviations"])
    return tuple(sorted(heads, key=len, reverse=True))


def _any_case_after_first(head: str) -> str:
    """"Phó Giám đốc" also as written "Phó giám đốc": later words of a head in either case."""
    words = head.split(" ")
    if len(words) == 1 or head.isupper():
        return r"[ \t]+".join(re.escape(w) for w in words)
    rest = [f"[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}" if w[:1].isalpha() and not w.isupper() else re.escape(w)
            for w in words[1:]]
    # scraped text sometimes doubles the space between words ("Phó  Chủ tịch")
    return r"[ \t]+".join([re.escape(words[0]), *rest])


@functools.lru_cache(maxsize=None)
def title_head_re() -> re.Pattern:
    alts = "|".join(_any_case_after_first(h) for h in title_heads())
    # Case-sensitive on purpose: titles are capitalised in news text; only after "nguyên" (former), itself
    # lowercase, may the head be too ("nguyên tư lệnh Quân khu 3", "nguyên chính ủy …").
    lower = "|".join(_any_case_after_first(h[0].lower() + h[1:])
                     for h in title_heads() if h[:1].isupper() and not h.isupper() and h[1:2].islower())
    # "TS. Nguyễn Văn A": an academic degree may be written with its dot
    return re.compile(rf"(?:(?:nguyên |Nguyên )(?:{lower})|(?:nguyên |Nguyên |cố |Cố )?(?:{alts}))"
                      rf"(?:(?:(?<=TS)|(?<=ThS)|(?<=GS))\.(?=[ \t]))?(?![\w.])")


@functools.lru_cache(maxsize=None)
def surnames() -> frozenset[str]:
    return frozenset(load("titles")["surnames"])


@functools.lru_cache(maxsize=None)
def surname_alternation() -> str:
    """The surnames as one regex alternation, longest first ("Nguyễn|Trần|…"), to open a person's full name."""
    return "|".join(re.escape(n) for n in sorted(surnames(), key=len, reverse=True))


@functools.lru_cache(maxsize=None)
def full_name_pattern() -> str:
    """A person's full name as a regex (no groups): a known surname, then one to three capitalised words."""
    return rf"(?:{surname_alternation()})(?:[ \t]+{CAP_WORD}){{1,3}}"


# the elected and Party organs that govern a place, as written before the place or alone ("UBND tỉnh", "Huyện ủy")
GOVERNING_ORGANS = (r"(?:UBND|HĐND|[UỦ][yỷ] ban nhân dân|Hội đồng nhân dân|(?:Tỉnh|Thành|Huyện|Thị|Quận|Đảng) [uủ][yỷ])"
                    r"(?!\w)")
GOVERNING_ORGAN_RE = re.compile(GOVERNING_ORGANS)


@functools.lru_cache(maxsize=None)
def title_abbreviations() -> dict[str, str]:
    return dict(load("titles")["abbreviations"])


@functools.lru_cache(maxsize=None)
def inner_abbreviations() -> dict[str, str]:
    return dict(load("titles")["inner_abbreviations"])


@functools.lru_cache(maxsize=None)
def award_forms() -> tuple[tuple[re.Pattern, dict], ...]:
    return tuple((re.compile(f["pattern"], re.I), f) for f in load("awards")["forms"])


@functools.lru_cache(maxsize=None)
def national_conferrers() -> tuple[str, ...]:
    return tuple(load("awards")["national_conferrers"])


@functools.lru_cache(maxsize=None)
def movements() -> tuple[dict, ...]:
    return tuple(load("movements")["movements"])


@functools.lru_cache(maxsize=None)
def order_names() -> tuple[str, ...]:
    return tuple(sorted(load("awards")["order_names"], key=len, reverse=True))


@functools.lru_cache(maxsize=None)
def sector_re() -> re.Pattern:
    names = sorted(load("units")["sectors"], key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")


@functools.lru_cache(maxsize=None)
def unit_abbreviations() -> dict[str, str]:
    return dict(load("units")["abbreviations"])
