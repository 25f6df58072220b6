"""Layout modelled on the Nhân Dân CMS family (profile "nhandan-like"), under `/nd/`.

URLs: listing `/nd/<section>/` then `/nd/<section>/trang-N.html`, article
`/nd/<section>/<slug>-post<id>.html`; `time.time` carries both the text
"ngày 30/03/2023 - 17:43" and a `datetime` attribute.
"""

from __future__ import annotations

from ..content import slugify
from .common import esc, image_name, page_numbers, paragraphs_with_figures

NAME = "nhandan"
SITE_TITLE = "Nhân Dân (mẫu)"


def article_path(article: dict, section) -> str:
    return f"/nd/{section.id}/{article['slug']}-post{article['id']}.html"


def listing_path(section, page: int = 1) -> str:
    return f"/nd/{section.id}/" if page <= 1 else f"/nd/{section.id}/trang-{page}.html"


def show_date(when) -> str:
    return f"ngày {when:%d/%m/%Y - %H:%M}"


def image_url(article: dict, n: int) -> str:
    return f"/nd/images/{article['published']:%Y/%m/%d}/{image_name(article, n)}"


def shell(view, *, title: str, body: str, head: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(title)}</title>{head}
<script>window.__cms = {{"site": "nd-sample"}};</script></head>
<body class="cms-body">
<header class="site-header"><a class="site-logo" href="/nd/">NHÂN DÂN</a>
<nav class="menu">{''.join(f'<a class="menu__item" href="{listing_path(s)}">{esc(s.name)}</a>' for s in view.catalog.sections_of(NAME))}</nav></header>
<div class="site-content">{body}</div>
<footer class="site-footer">Trang mẫu theo bố cục báo điện tử trung ương. Bản quyền thuộc dự án thidua.</footer>
</body></html>
"""


def render_article(view, article: dict, print_view: bool = False) -> str:
    canonical = view.absolute(view.url(article))
    when = article["published"]

    def figure(n: int, caption: str) -> str:
        return (
            f'<figure class="picture"><img src="{image_url(article, n)}" alt="{esc(caption)}">'
            f'<figcaption class="caption"><p>{esc(caption)}</p></figcaption></figure>'
        )

    body = "\n".join(paragraphs_with_figures(article, figure))
    date = (
        ""
        if article.get("hide_date")
        else f'<time class="time" datetime="{when:%Y-%m-%dT%H:%M:%S}+0700">{show_date(when)}</time>'
    )
    head = f'<link rel="canonical" href="{esc(canonical)}"><meta property="og:url" content="{esc(canonical)}"><meta property="og:title" content="{esc(article["title"])}">'
    related = "".join(
        f'<article class="story"><h3 class="story__heading"><a class="cms-link" href="{view.url(r)}">{esc(r["title"])}</a></h3></article>'
        for r in view.related(article)
    )
    content = f"""<article class="article">
<div class="article__meta">{date}</div>
<h1 class="article__title cms-title">{esc(article['title'])}</h1>
<div class="article__sapo cms-desc">{esc(article['lead'])}</div>
<div class="article__body cms-body">
{body}
</div>
<p class="article__author">{esc(article['author'])}</p>
<div class="article__tag">{''.join(f'<a href="/nd/tag/{slugify(t)}">{esc(t)}</a>' for t in article['tags'])}</div>
</article>
<div class="box-related">{related}</div>"""
    return shell(view, title=article["title"], body=content, head=head)


def render_listing(view, section, page: int) -> str:
    items, last = view.page_of(section, page)
    rows = "".join(
        f"""<article class="story"><h3 class="story__heading"><a class="cms-link" href="{view.listing_link(a)}">{esc(a['title'])}</a></h3>
<div class="story__summary">{esc(a['lead'])}</div></article>"""
        for a in items
    )
    pages = "".join(
        f'<span class="is-active">{n}</span>' if n == page else f'<a class="page-link" href="{listing_path(section, n)}">{n}</a>'
        for n in page_numbers(page, last)
    )
    return shell(view, title=f"{section.name} - {SITE_TITLE}", body=f'<div class="timeline">{rows}</div><div class="pagination">{pages}</div>')


def render_home(view) -> str:
    rows = "".join(
        f'<article class="story"><h2 class="story__heading"><a class="cms-link" href="{view.url(a)}">{esc(a["title"])}</a></h2></article>'
        for a in view.catalog.in_layout(NAME)[:8]
    )
    return shell(view, title=SITE_TITLE, body=rows)
