"""Extraction: Vietnamese thi đua – khen thưởng articles -> structured facts.

    from pipeline import extract, extract_article
    extract(text, published=None) -> thidua.models.Extraction
"""

import re

# The rules write many patterns inline (`re.search(rf"…")`): some 3,500 in all, more than the 512 compiled patterns
# the `re` module keeps, so each was compiled again and again — a third of extraction time. Keeping them all costs
# about 4 MB. (`_MAXCACHE` is CPython's; where it is absent nothing changes but the speed.)
if getattr(re, "_MAXCACHE", 4096) < 4096:
    re._MAXCACHE = 4096

from .core import EXTRACTOR_VERSION, extract, extract_article  # noqa: E402 (after the cache is widened)

__all__ = ["extract", "extract_article", "EXTRACTOR_VERSION"]
