"""Extraction: Vietnamese thi đua – khen thưởng articles -> structured facts.

    from pipeline import extract, extract_article
    extract(text, published=None) -> thidua.models.Extraction
"""

from .core import EXTRACTOR_VERSION, extract, extract_article

__all__ = ["extract", "extract_article", "EXTRACTOR_VERSION"]
