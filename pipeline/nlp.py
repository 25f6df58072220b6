"""The one place underthesea is imported (lazily: it is slow to load)."""

from __future__ import annotations

import functools


@functools.lru_cache(maxsize=1)
def _underthesea():
    import underthesea  # noqa: PLC0415  (heavy import, only when asked for)

    return underthesea


def word_tokenize(text: str) -> list[str]:
    return _underthesea().word_tokenize(text)


def ner(text: str) -> list[tuple]:
    # Never deep=True: that downloads a model.
    return _underthesea().ner(text)
