"""Articles rebuilt from the WARC archive alone, without the network.

Re-running the parser over archived pages is how a fixed selector or a better
generic extractor reaches pages crawled years ago:

    for article in articles_from_archive(data_dir, "baonamdinh"):
        store.upsert_article(article)
"""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path
from typing import Iterator, Optional

from scrapy.http import HtmlResponse

from crawler import generic
from crawler.parse import parse_article
from crawler.profile import load_profile
from crawler.warc import iter_responses
from thidua.errors import ParseError
from thidua.models import Article

log = logging.getLogger(__name__)


def articles_from_archive(data_dir: Path | str, site: Optional[str] = None) -> Iterator[Article]:
    """Every archived 200 response that parses as an article (with ``site``'s
    profile, or generic mode without one), carrying its WARC location.

    A page archived several times yields one Article per copy, oldest first;
    upserting them in order leaves the newest in the store.
    """
    profile = load_profile(site) if site else None
    for archived in iter_responses(data_dir):
        if archived.status != 200:
            continue
        if profile is not None and not profile.is_article_url(archived.url):
            continue
        if profile is None and not generic.looks_like_article_url(archived.url):
            continue
        # Decode the way the crawl did: HTTP header, then <meta charset>, then guesses.
        content_type = archived.headers.get_header("Content-Type") or "text/html"
        response = HtmlResponse(archived.url, body=archived.body, headers={"Content-Type": content_type})
        try:
            if profile is not None:
                article = parse_article(archived.url, response.text, profile, archived.fetched_at)
            else:
                article = generic.parse_generic(archived.url, response.text, archived.fetched_at)
        except ParseError as exc:
            log.info("archived page is not an article: %s", exc)
            continue
        yield dataclasses.replace(
            article,
            warc_record_id=archived.location.record_id,
            warc_file=archived.location.warc_file,
            warc_offset=archived.location.offset,
        ).with_hash()
