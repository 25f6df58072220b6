"""Generic extraction measured against profiled extraction on the sample site.

    python -m crawler.evaluate

Serves the sample newspaper, fetches every article page once, parses it with
its site profile and with generic mode, and scores both against the site's
own data (the truth): share of exact titles, leads, authors and publication
times, and the mean similarity of the body text (difflib ratio, 1.0 = same).
"""

from __future__ import annotations

import difflib
import urllib.request
from dataclasses import dataclass, field

from crawler.generic import parse_generic
from crawler.parse import parse_article
from crawler.profile import load_profile
from thidua.errors import ParseError

FIELDS = ("title", "lead", "author", "published", "published_day", "body")


@dataclass
class Score:
    pages: int = 0
    parsed: int = 0
    hits: dict = field(default_factory=lambda: {f: 0.0 for f in FIELDS})

    def rates(self) -> dict:
        return {f: (v / self.pages if self.pages else 0.0) for f, v in self.hits.items()} | {
            "parsed": self.parsed / self.pages if self.pages else 0.0
        }


def _body_similarity(got: tuple[str, ...], truth: list[str]) -> float:
    return difflib.SequenceMatcher(None, "\n".join(got), "\n".join(truth), autojunk=False).ratio()


def score_article(article, truth: dict, score: Score) -> None:
    score.parsed += 1
    published = None if truth.get("hide_date") else truth["published"]
    score.hits["title"] += article.title == truth["title"]
    score.hits["lead"] += article.lead == truth["lead"]
    score.hits["author"] += article.author == truth["author"]
    score.hits["published"] += article.published == published
    same_day = (article.published and published and article.published.date() == published.date()) or (
        article.published is None and published is None
    )
    score.hits["published_day"] += bool(same_day)
    score.hits["body"] += _body_similarity(article.body, truth["body"])


def evaluate(site=None) -> dict[str, dict]:
    """{"profile": rates, "generic": rates} over every article of the sample site."""
    from sample_site import SampleSite

    site = site or SampleSite()
    profiled, generic = Score(), Score()
    with site.serve(host="127.0.0.1", port=0) as server:
        for truth in site.articles:
            layout = site.catalog.sections[truth["section"]].layout
            url = server.url + site.path_of(truth)
            with urllib.request.urlopen(url) as resp:
                charset = resp.headers.get_content_charset() or "utf-8"
                html = resp.read().decode(charset.replace("windows-", "cp"), errors="replace")
            for score, parse in (
                (profiled, lambda: parse_article(url, html, load_profile(layout))),
                (generic, lambda: parse_generic(url, html)),
            ):
                score.pages += 1
                try:
                    article = parse()
                except ParseError:
                    continue
                score_article(article, truth, score)
    return {"profile": profiled.rates(), "generic": generic.rates()}


def main() -> None:
    results = evaluate()
    print(f"{'field':<15}{'profile':>10}{'generic':>10}")
    for key in ("parsed", *FIELDS):
        print(f"{key:<15}{results['profile'][key]:>10.3f}{results['generic'][key]:>10.3f}")


if __name__ == "__main__":
    main()
