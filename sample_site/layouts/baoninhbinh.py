"""Layout modelled on Báo Ninh Bình's CMS (profile "baoninhbinh"), under `/nb/`.

URLs: listing `/nb/s/<section-slug>?page=N`, article
`/nb/<slug>/d<YYYYMMDDhhmmss><nnn>.htm` (the number embeds the publish time);
date shown as "Thứ Năm, 30/03/2023 - 17:43". Photos sit in the old table markup.
"""

from __future__ import annotations

from ..content import slugify
from .common import esc, image_name, page_numbers, paragraphs_with_figures, weekday

NAME = "baoninhbinh"
SITE_TITLE = "Báo Ninh Bình điện tử"


def article_path(article: dict, section) -> str:
    return f"/nb/{article['slug']}/d{article['published']:%Y%m%d%H%M%S}{article['id'] % 1000:03d}.htm"


def listing_path(section, page: int = 1) -> str:
    base = f"/nb/s/{section.id}"
    return base if page <= 1 else f"{base}?page={page}"


def show_date(when) -> str:
    return f"{weekday(when)}, {when:%d/%m/%Y - %H:%M}"


def image_url(article: dict, n: int) -> str:
    when = article["published"]
    return f"/nb/DATA/ARTICLES/{when.year}/{when.month}/{when.day}/{image_name(article, n)}"


def shell(view, *, title: str, body: str, head: str = "") -> str:
    sections = "".join(
        f'<li><a href="{listing_path(s)}">{esc(s.name)}</a></li>' for s in view.catalog.sections_of(NAME)
    )
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(title)}</title>{head}
<script type="text/javascript">var _nbq = _nbq || []; _nbq.push(['pageview']);</script></head>
<body><div id="wrapper">
<div id="header"><a href="/nb/"><img src="/nb/images/logo.png" alt="{SITE_TITLE}"></a>
<form class="search" action="/nb/tim-kiem"><input name="q"></form></div>
<ul id="menu"><li><a href="/nb/">Trang chủ</a></li>{sections}</ul>
<div id="main">{body}</div>
<div id="footer"><p>{SITE_TITLE.upper()} (trang mẫu)</p><p>Giấy phép số 000/GP-MAU. Địa chỉ: đường Thử Nghiệm, phường Hoa Lư, tỉnh Ninh Bình.</p></div>
</div></body></html>
"""


def render_article(view, article: dict, print_view: bool = False) -> str:
    canonical = view.absolute(view.url(article))

    def figure(n: int, caption: str) -> str:
        return (
            f'<table class="image center"><tbody><tr><td><img src="{image_url(article, n)}" alt=""></td></tr>'
            f'<tr><td class="image_desc">{esc(caption)}</td></tr></tbody></table>'
        )

    body = "\n".join(paragraphs_with_figures(article, figure))
    date = "" if article.get("hide_date") else f'<div class="date">{show_date(article["published"])}</div>'
    head = (
        f'<link rel="canonical" href="{esc(canonical)}"><meta property="og:url" content="{esc(canonical)}">'
        f'<meta property="og:title" content="{esc(article["title"])}">'
        f'<meta property="og:description" content="{esc(article["lead"])}">'
    )
    tags = ", ".join(f'<a href="/nb/tag/{slugify(t)}">{esc(t)}</a>' for t in article["tags"])
    related = "".join(f'<li><a href="{view.url(r)}">{esc(r["title"])}</a></li>' for r in view.related(article))
    content = f"""<div class="detail-news">
<h1 class="title">{esc(article['title'])}</h1>
{date}
<div class="sapo">{esc(article['lead'])}</div>
<div class="ndt" id="ndt">
{body}
</div>
<div class="author">{esc(article['author'])}</div>
<div class="keywords">Từ khóa: {tags}</div>
<div class="other-news"><h4>Tin cùng chuyên mục</h4><ul>{related}</ul></div>
</div>"""
    return shell(view, title=article["title"], body=content, head=head)


def render_listing(view, section, page: int) -> str:
    items, last = view.page_of(section, page)
    rows = "".join(
        f"""<div class="search-item"><a class="title" href="{view.listing_link(a)}">{esc(a['title'])}</a>
<p class="sapo">{esc(a['lead'])}</p></div>"""
        for a in items
    )
    pages = "".join(
        f'<span class="active">{n}</span>' if n == page else f'<a href="{listing_path(section, n)}">{n}</a>'
        for n in page_numbers(page, last)
    )
    if page < last:
        pages += f'<a class="next" href="{listing_path(section, page + 1)}">›</a>'
    content = f'<h2 class="cat-title">Kết quả: {esc(section.name)}</h2><div class="search-result">{rows}</div><div class="paging">{pages}</div>'
    return shell(view, title=f"{section.name} - {SITE_TITLE}", body=content)


def render_home(view) -> str:
    rows = "".join(
        f'<li><a href="{view.url(a)}">{esc(a["title"])}</a></li>' for a in view.catalog.in_layout(NAME)[:8]
    )
    return shell(view, title=SITE_TITLE, body=f'<ul class="home-news">{rows}</ul>')
