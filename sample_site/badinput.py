"""Turn a well-formed page into the kinds of bad input real newspapers serve.

Each function takes the page text (str) and returns what goes on the wire.
"""

from __future__ import annotations

import re
import unicodedata

# windows-1258 holds the vowel-shape letters (â ê ô ơ ư ă đ) precomposed but
# writes tone marks as separate combining characters, so NFC text must be
# split into "shaped vowel + tone mark" before it can be encoded.
_SHAPE_MARKS = {"\u0302", "\u0306", "\u031b"}  # circumflex, breve, horn


def to_cp1258(text: str) -> bytes:
    out: list[str] = []
    for ch in text:
        try:
            ch.encode("cp1258")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", ch)
        base, marks = decomposed[0], decomposed[1:]
        shaped = unicodedata.normalize("NFC", base + "".join(m for m in marks if m in _SHAPE_MARKS))
        tones = "".join(m for m in marks if m not in _SHAPE_MARKS)
        out.append(shaped + tones)
    return "".join(out).encode("cp1258", errors="xmlcharrefreplace")


def to_nfd(text: str) -> str:
    """Fully decomposed Vietnamese, as some Mac-made pages are."""
    return unicodedata.normalize("NFD", text)


def break_html(text: str) -> str:
    """Drop closing tags of paragraphs and the sidebar, then cut the page off mid-way.

    The cut lands after the article body's second paragraph so the title, date
    and part of the body survive; everything after (footer, `</html>`) is lost.
    """
    text = re.sub(r"</(p|li|div class=\"x\")>", "", text)
    text = text.replace("<figure", "<figure><div").replace("</figcaption>", "")
    marker = text.find("<p", text.find('id="content-detail"'))
    cut = marker
    for _ in range(3):
        nxt = text.find("<p", cut + 2)
        if nxt == -1:
            break
        cut = nxt
    return text[: cut + 60]
