"""Load the sample newspaper's articles and sections from the YAML data files.

Pure data handling: no HTML, no HTTP. Every article is a plain dict with the
fields documented in README.md; `load_catalog()` validates them once so a typo
in a data file fails loudly at start-up instead of as a broken page.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

from thidua.models import EVENT_TYPES  # the event types an annotation may use

DATA_DIR = Path(__file__).parent / "data"
VN_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: faster start-up

REQUIRED = ("id", "section", "title", "lead", "published", "author", "body")
# Optional flags that make an article one of the "bad input" pages.
FLAGS = ("encoding", "normalization", "broken_html", "hide_date", "featured", "listing_utm")


@dataclass(frozen=True)
class Section:
    key: str
    layout: str
    id: str
    name: str


@dataclass
class Catalog:
    """All sections and articles, newest article first."""

    sections: dict[str, Section]
    articles: list[dict]
    by_id: dict[int, dict] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.reindex()

    def reindex(self) -> None:
        """Rebuild the lookups; call after changing `articles`."""
        self.articles.sort(key=lambda a: (a["published"], a["id"]), reverse=True)
        self.by_id = {a["id"]: a for a in self.articles}
        self._sections: dict[str, list[dict]] = {key: [] for key in self.sections}
        self._layouts: dict[str, list[dict]] = {}
        for article in self.articles:
            self._sections[article["section"]].append(article)
            self._layouts.setdefault(self.sections[article["section"]].layout, []).append(article)
        self._position = {a["id"]: i for items in self._sections.values() for i, a in enumerate(items)}

    def in_section(self, key: str) -> list[dict]:
        return self._sections.get(key, [])

    def in_layout(self, layout: str) -> list[dict]:
        return self._layouts.get(layout, [])

    def position(self, article: dict) -> int:
        """Index of the article in its section's newest-first list."""
        return self._position[article["id"]]

    def sections_of(self, layout: str) -> list[Section]:
        return [s for s in self.sections.values() if s.layout == layout]


def slugify(title: str) -> str:
    """URL slug the way Vietnamese CMSs make them: folded, lower case, dashes."""
    # Same result as thidua.textnorm.fold for Vietnamese, but through the C codec:
    # the benchmark site slugifies 20,000 titles at start-up.
    text = title.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFD", text).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def parse_published(value) -> dt.datetime:
    if isinstance(value, dt.datetime):
        naive = value.replace(tzinfo=None)
    else:
        naive = dt.datetime.fromisoformat(str(value))  # "YYYY-MM-DD HH:MM"
    return naive.replace(tzinfo=VN_TZ)


def normalise_article(raw: dict, sections: dict[str, Section], source: str) -> dict:
    missing = [k for k in REQUIRED if not raw.get(k)]
    if missing:
        raise ValueError(f"{source}: article {raw.get('id')!r} lacks {missing}")
    if raw["section"] not in sections:
        raise ValueError(f"{source}: article {raw['id']} has unknown section {raw['section']!r}")
    for key in ("title", "lead", "author"):
        _require_text(raw[key], source, raw["id"], key)
    for key in ("body", "captions", "tags"):
        for item in raw.get(key) or []:
            # An unquoted "Các đồng chí: …" line parses as a mapping; catch it here.
            _require_text(item, source, raw["id"], key)
    article = dict(raw)
    article["id"] = int(raw["id"])
    article["title"] = _nfc(raw["title"])
    article["lead"] = _nfc(raw["lead"])
    article["author"] = _nfc(raw["author"])
    article["body"] = [_nfc(p) for p in raw["body"]]
    article["captions"] = [_nfc(c) for c in raw.get("captions") or []]
    article["tags"] = [_nfc(t) for t in raw.get("tags") or []]
    article["related"] = [int(r) for r in raw.get("related") or []]
    article["slug"] = raw.get("slug") or slugify(article["title"])
    article["published"] = parse_published(raw["published"])
    # Pages edited after publication keep a later Last-Modified.
    article["updated"] = parse_published(raw["updated"]) if raw.get("updated") else article["published"]
    article["expect"] = _expect(raw.get("expect"), source, article["id"])
    for flag in FLAGS:
        article.setdefault(flag, None)
    return article


def _expect(raw: dict | None, source: str, article_id: int) -> dict:
    if raw is None:
        raise ValueError(f"{source}: article {article_id} lacks an expect: block")
    expect = {
        "relevant": bool(raw.get("relevant")),
        "event_type": raw.get("event_type"),
        "event_date": raw.get("event_date"),
        "units": list(raw.get("units") or []),
        "officials": list(raw.get("officials") or []),
        "awards": [dict(a) for a in raw.get("awards") or []],
        "themes": list(raw.get("themes") or []),
    }
    if expect["event_type"] is not None and expect["event_type"] not in EVENT_TYPES:
        raise ValueError(f"{source}: article {article_id} has unknown event_type {expect['event_type']!r}")
    if expect["event_date"] is not None and not isinstance(expect["event_date"], dt.date):
        expect["event_date"] = dt.date.fromisoformat(str(expect["event_date"]))
    if isinstance(expect["event_date"], dt.date):
        expect["event_date"] = expect["event_date"].isoformat()
    return expect


def _require_text(value, source: str, article_id, key: str) -> None:
    if not isinstance(value, str):
        raise ValueError(f"{source}: article {article_id} has a non-text {key} item {value!r} (quote it in YAML)")


def _nfc(text) -> str:
    return unicodedata.normalize("NFC", str(text)).strip()


def load_sections(data_dir: Path = DATA_DIR) -> dict[str, Section]:
    rows = yaml.safe_load((data_dir / "sections.yaml").read_text(encoding="utf-8"))
    return {r["key"]: Section(key=r["key"], layout=r["layout"], id=str(r["id"]), name=r["name"]) for r in rows}


def load_catalog(data_dir: Path = DATA_DIR, extra: list[dict] | None = None) -> Catalog:
    """Read every `data/articles/*.yaml` (each a YAML list of articles)."""
    sections = load_sections(data_dir)
    articles: list[dict] = []
    for path in sorted((data_dir / "articles").glob("*.yaml")):
        for raw in yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) or []:
            articles.append(normalise_article(raw, sections, path.name))
    for raw in extra or []:
        articles.append(normalise_article(raw, sections, "generated"))
    counts = Counter(a["id"] for a in articles)
    duplicates = {i for i, n in counts.items() if n > 1}
    if duplicates:
        raise ValueError(f"duplicate article ids: {sorted(duplicates)}")
    return Catalog(sections=sections, articles=articles)
