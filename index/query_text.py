"""Turning a user's search text into safe terms, and building highlighted snippets.

Shared by the backends that do their own matching (SQLite). User text never
reaches a query parser as syntax: it is reduced to words and quoted phrases.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from thidua.errors import QueryError
from thidua.textnorm import fold, nfc

from .backend import MAX_QUERY_CHARS

_WORD = re.compile(r"\w+", re.UNICODE)
_PHRASE = re.compile(r'"([^"]*)"|“([^”]*)”')


@dataclass(frozen=True)
class ParsedQuery:
    """Folded phrases (each a tuple of words; single words are 1-tuples) and the exact NFC text."""

    phrases: tuple[tuple[str, ...], ...]
    exact: str  # NFC, casefolded original text without quotes, for exact-diacritic ranking

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(w for p in self.phrases for w in p)

    def is_empty(self) -> bool:
        return not self.phrases


def parse_query(text: str) -> ParsedQuery:
    """Split user text into quoted phrases and loose words, folded for matching."""
    text = nfc(text or "")
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"query too long ({len(text)} characters, at most {MAX_QUERY_CHARS})")
    phrases: list[tuple[str, ...]] = []
    rest = []
    last = 0
    for m in _PHRASE.finditer(text):
        rest.append(text[last : m.start()])
        words = tuple(_WORD.findall(fold(m.group(1) or m.group(2) or "")))
        if words:
            phrases.append(words)
        last = m.end()
    rest.append(text[last:])
    for word in _WORD.findall(fold(" ".join(rest))):
        phrases.append((word,))
    exact = " ".join(_WORD.findall(text.casefold()))
    return ParsedQuery(phrases=tuple(phrases), exact=exact)


def fts5_expression(query: ParsedQuery) -> str:
    """An FTS5 MATCH expression with every term quoted (no operators from the user)."""
    return " ".join('"' + " ".join(p).replace('"', "") + '"' for p in query.phrases)


def snippet(text: str, query: ParsedQuery, width: int = 240) -> str:
    """An HTML-safe excerpt of ``text`` around the first match, matches in <mark>.

    ``fold`` keeps lengths, so positions found in the folded text cut the original.
    """
    if not text:
        return ""
    folded = fold(text)
    spans = []
    for word in set(query.words):
        for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", folded):
            spans.append((m.start(), m.end()))
    spans.sort()
    if spans:
        first = spans[0][0]
        start = max(0, first - width // 3)
        # begin at a word boundary
        if start > 0:
            space = text.find(" ", start)
            start = space + 1 if 0 <= space < first else start
    else:
        start = 0
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    out = ["…" if start > 0 else ""]
    pos = start
    for s, e in spans:
        if s < pos or e > end:
            continue
        out.append(html.escape(text[pos:s]))
        out.append("<mark>" + html.escape(text[s:e]) + "</mark>")
        pos = e
    out.append(html.escape(text[pos:end]))
    if end < len(text):
        out.append("…")
    return "".join(out)
