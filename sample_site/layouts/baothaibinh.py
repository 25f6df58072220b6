"""Layout modelled on Báo Thái Bình's CMS (profile "baothaibinh"), under `/tb/`.

URLs: listing `/tb/chuyen-muc/<categoryId>?page=N`, article
`/tb/tin-tuc/<categoryId>/<articleId>/<slug>`; date "30/3/2023 | 17:43 GMT+7";
photos are `<p><img></p>` followed by a caption paragraph `<p><em>…</em></p>`.
"""

from __future__ import annotations

from ..content import slugify
from .common import esc, image_name, page_numbers, paragraphs_with_figures

NAME = "baothaibinh"
SITE_TITLE = "Báo Thái Bình"


def article_path(article: dict, section) -> str:
    return f"/tb/tin-tuc/{section.id}/{article['id']}/{article['slug']}"


def listing_path(section, page: int = 1) -> str:
    base = f"/tb/chuyen-muc/{section.id}"
    return base if page <= 1 else f"{base}?page={page}"


def show_date(when) -> str:
    return f"{when.day}/{when.month}/{when.year} | {when:%H:%M} GMT+7"


def image_url(article: dict, n: int) -> str:
    when = article["published"]
    return f"/tb/upload/news/{when.month}_{when.year}/{image_name(article, n)[:-4]}_{when:%H%M%S%d%m%Y}.jpg"


def shell(view, *, title: str, body: str, head: str = "") -> str:
    cats = "".join(f'<a href="{listing_path(s)}">{esc(s.name)}</a>' for s in view.catalog.sections_of(NAME))
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8"><title>{esc(title)}</title>{head}</head>
<body>
<div class="tb-header"><a class="logo" href="/tb/">BÁO THÁI BÌNH</a><nav class="tb-nav">{cats}</nav></div>
<main class="tb-main">{body}</main>
<div class="tb-footer">Cơ quan của Đảng bộ tỉnh - trang mẫu. Giấy phép số 000/GP-MAU. <script>var tbStat=1;</script></div>
</body></html>
"""


def render_article(view, article: dict, print_view: bool = False) -> str:
    canonical = view.absolute(view.url(article))

    def figure(n: int, caption: str) -> str:
        return f'<p style="text-align:center"><img src="{image_url(article, n)}" alt=""></p><p style="text-align:center"><em>{esc(caption)}</em></p>'

    paras = paragraphs_with_figures(article, figure)
    paras.append(f'<p style="text-align:right"><strong>{esc(article["author"])}</strong></p>')
    date = "" if article.get("hide_date") else f'<div class="post-date">{show_date(article["published"])}</div>'
    head = f'<link rel="canonical" href="{esc(canonical)}"><meta property="og:url" content="{esc(canonical)}"><meta property="og:title" content="{esc(article["title"])}">'
    related = "".join(f'<li><a href="{view.url(r)}">{esc(r["title"])}</a></li>' for r in view.related(article))
    content = f"""<div class="post-detail">
<h1 class="post-title">{esc(article['title'])}</h1>
{date}
<div class="post-sapo">{esc(article['lead'])}</div>
<div class="post-content">
{''.join(paras)}
</div>
<div class="post-tags">{''.join(f'<a href="/tb/tag/{slugify(t)}">{esc(t)}</a>' for t in article['tags'])}</div>
<div class="post-related"><h3>Tin khác</h3><ul>{related}</ul></div>
</div>"""
    return shell(view, title=article["title"], body=content, head=head)


def render_listing(view, section, page: int) -> str:
    items, last = view.page_of(section, page)
    rows = "".join(
        f"""<li class="news-item"><h3><a href="{view.listing_link(a)}">{esc(a['title'])}</a></h3>
<span class="news-date">{'' if a.get('hide_date') else show_date(a['published'])}</span><p>{esc(a['lead'])}</p></li>"""
        for a in items
    )
    pages = "".join(
        f'<li class="active"><span>{n}</span></li>' if n == page else f'<li><a href="{listing_path(section, n)}">{n}</a></li>'
        for n in page_numbers(page, last)
    )
    if page < last:
        pages += f'<li><a rel="next" href="{listing_path(section, page + 1)}">Tiếp</a></li>'
    content = f'<h1 class="cat-name">{esc(section.name)}</h1><ul class="news-list">{rows}</ul><ul class="pager">{pages}</ul>'
    return shell(view, title=f"{section.name} - {SITE_TITLE}", body=content)


def render_home(view) -> str:
    rows = "".join(f'<li><a href="{view.url(a)}">{esc(a["title"])}</a></li>' for a in view.catalog.in_layout(NAME)[:8])
    return shell(view, title=SITE_TITLE, body=f'<ul class="home-news">{rows}</ul>')
