"""Turning a user's search text into safe terms, and building highlighted snippets.

Shared by the backends that do their own matching (SQLite). User text never
reaches a query parser as syntax: it is reduced to words and quoted phrases.

Words are runs of letters and digits (``[^\\W_]+``), the same rule as the
tokenizer of the embedded full-text index, so a word we look up is a word that
was indexed.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from thidua.errors import QueryError
from thidua.textnorm import fold, nfc

from .backend import MAX_QUERY_CHARS

# More words than this is not a search a person typed; refuse it instead of
# building a query with thousands of clauses.
MAX_QUERY_WORDS = 64

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_PHRASE = re.compile(r'"([^"]*)"|“([^”]*)”')


def words(text: str) -> list[str]:
    """The index's words of ``text``: letter/digit runs, lowercased."""
    return _WORD.findall(text.lower())


@dataclass(frozen=True)
class ParsedQuery:
    """What a user asked for, ready to match.

    ``phrases`` are folded (each a tuple of words; loose words are 1-tuples), quoted
    phrases first. ``originals`` has the same shape with the words as typed (NFC,
    lowercased, diacritics kept) for exact-diacritic ranking. ``quoted`` counts the
    leading phrases that came from quotes.
    """

    phrases: tuple[tuple[str, ...], ...]
    exact: str  # NFC, casefolded original text without quotes or punctuation
    originals: tuple[tuple[str, ...], ...] = ()
    quoted: int = 0

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(w for p in self.phrases for w in p)

    @property
    def loose_words(self) -> tuple[str, ...]:
        """Folded words typed without quotes, in order (for the proximity bonus)."""
        return tuple(p[0] for p in self.phrases[self.quoted :])

    @property
    def loose_originals(self) -> tuple[str, ...]:
        return tuple(p[0] for p in self.originals[self.quoted :])

    def is_empty(self) -> bool:
        return not self.phrases


def parse_query(text: str) -> ParsedQuery:
    """Split user text into quoted phrases and loose words, folded for matching."""
    text = nfc(text or "")
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"query too long ({len(text)} characters, at most {MAX_QUERY_CHARS})")
    quoted: list[tuple[str, ...]] = []
    rest = []
    last = 0
    for m in _PHRASE.finditer(text):
        rest.append(text[last : m.start()])
        phrase = words(m.group(1) or m.group(2) or "")
        if phrase:
            quoted.append(tuple(phrase))
        last = m.end()
    rest.append(text[last:])
    loose = [(w,) for w in words(" ".join(rest))]
    originals = tuple(quoted + loose)
    if sum(len(p) for p in originals) > MAX_QUERY_WORDS:
        raise QueryError(f"too many words in the query (at most {MAX_QUERY_WORDS})")
    # fold keeps one letter per letter, so folding word by word keeps the shapes equal
    phrases = tuple(tuple(fold(w) for w in p) for p in originals)
    exact = " ".join(_WORD.findall(text.casefold()))
    return ParsedQuery(phrases=phrases, exact=exact, originals=originals, quoted=len(quoted))


def fts5_expression(query: ParsedQuery) -> str:
    """An FTS5 MATCH expression with every term quoted (no operators from the user)."""
    return " ".join('"' + " ".join(p).replace('"', "") + '"' for p in query.phrases)


def _match_spans(folded: str, query: ParsedQuery) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) of phrase and word matches in folded text."""
    spans = []
    for phrase in set(query.phrases):
        pattern = r"(?<![^\W_])" + r"[\W_]+".join(re.escape(w) for w in phrase) + r"(?![^\W_])"
        spans.extend((m.start(), m.end()) for m in re.finditer(pattern, folded))
    spans.sort(key=lambda s: (s[0], -s[1]))
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s < merged[-1][1]:
            continue
        merged.append((s, e))
    return merged


def _best_window_start(spans: list[tuple[int, int]], width: int) -> int:
    """Start of the first span that begins the window holding the most whole matches.

    The window is two thirds of the snippet width (the rest is left context);
    a sliding window over the sorted spans, linear in their number.
    """
    reach = width * 2 // 3
    best, best_count, j = spans[0][0], 0, 0
    for i, (s, _) in enumerate(spans):
        j = max(j, i)
        while j < len(spans) and spans[j][1] <= s + reach:
            j += 1
        if j - i > best_count:
            best, best_count = s, j - i
    return best


def snippet(text: str, query: ParsedQuery, width: int = 240) -> str:
    """An HTML-safe excerpt of ``text`` around the densest matches, matches in <mark>.

    ``fold`` keeps lengths, so positions found in the folded text cut the original.
    """
    return best_snippet([text], query, width)


def best_snippet(texts: list[str], query: ParsedQuery, width: int = 240) -> str:
    """The snippet of the first of ``texts`` (e.g. lead, then body) that has a match.

    Without any match, the start of the first non-empty text.
    """
    texts = [nfc(t) for t in texts if t]
    for text in texts:
        spans = _match_spans(fold(text), query) if query.phrases else []
        if spans:
            return _excerpt(text, spans, width)
    return _excerpt(texts[0], [], width) if texts else ""


def _excerpt(text: str, spans: list[tuple[int, int]], width: int) -> str:
    if spans:
        first = _best_window_start(spans, width)
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
