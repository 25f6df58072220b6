"""Vietnamese text normalisation shared by every stage.

Compare names diacritic-sensitively (NFC + casefold); search diacritic-insensitively
(:func:`fold`: strip tone and vowel marks and map đ→d, which Unicode does not
decompose).
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_D_MAP = str.maketrans({"đ": "d", "Đ": "D", "Ð": "D"})


def nfc(text: str | None) -> str:
    return unicodedata.normalize("NFC", text) if text else ""


def _fold_char(ch: str) -> str:
    base = unicodedata.normalize("NFD", ch.translate(_D_MAP))[0]
    return base.lower() if len(base.lower()) == 1 else ch


class _FoldTable(dict):
    """A str.translate table filled on first sight of each character (one lookup per char after)."""

    def __missing__(self, code: int) -> str:
        self[code] = value = _fold_char(chr(code))
        return value


_FOLD_TABLE = _FoldTable()


def fold(text: str | None) -> str:
    """Lowercase ASCII-ish form: "Vụ Bản" -> "vu ban", "Đà Nẵng" -> "da nang".

    Length-preserving for NFC Vietnamese (each letter maps to one letter), so
    offsets computed on folded text index the NFC original.
    """
    return nfc(text).translate(_FOLD_TABLE) if text else ""


def name_key(text: str | None) -> str:
    """Key for diacritic-sensitive name comparison: NFC, casefolded, spaces collapsed."""
    return _SPACES.sub(" ", nfc(text)).strip().casefold()
