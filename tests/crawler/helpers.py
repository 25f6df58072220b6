"""Test helpers: produce the encodings real Vietnamese pages arrive in."""

from __future__ import annotations

import unicodedata

# Marks windows-1258 keeps inside precomposed letters (â ă ê ô ơ ư); tone marks
# (grave, acute, tilde, hook, dot below) it writes as separate combining characters.
_KEPT_MARKS = {"\u0302", "\u0306", "\u031b"}


def to_windows_1258(text: str) -> bytes:
    pieces = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            kept = unicodedata.normalize("NFC", parts[0] + "".join(m for m in parts[1:] if m in _KEPT_MARKS))
            ch = kept + "".join(m for m in parts[1:] if m not in _KEPT_MARKS)
        pieces.append(ch)
    return "".join(pieces).encode("cp1258")
