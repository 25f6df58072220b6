"""Primary layout, modelled on Báo Nam Định's CMS (profile "baonamdinh").

URLs: listing `/channel/<channelId>/?page=N`, article
`/channel/<channelId>/<YYYYMM>/<slug>-<articleId>`; date shown as "17:43, 30/03/2023".
"""

from __future__ import annotations

from .common import esc, image_name, page_numbers, paragraphs_with_figures, tag_path

NAME = "baonamdinh"
SITE_TITLE = "Báo Nam Định điện tử"

MENU = (
    ("/", "Trang chủ"),
    ("/channel/5083/", "Thời sự - Chính trị"),
    ("/channel/5085/", "Kinh tế"),
    ("/channel/5087/", "Văn hóa - Xã hội"),
    ("/channel/5091/", "Thi đua - Khen thưởng"),
    ("/video/", "Video"),
    ("/lien-he", "Liên hệ"),
)


def article_path(article: dict, section) -> str:
    month = article["published"].strftime("%Y%m")
    return f"/channel/{section.id}/{month}/{article['slug']}-{article['id']}"


def listing_path(section, page: int = 1) -> str:
    base = f"/channel/{section.id}/"
    return base if page <= 1 else f"{base}?page={page}"


def show_date(when) -> str:
    return when.strftime("%H:%M, %d/%m/%Y")


def image_url(article: dict, n: int) -> str:
    when = article["published"]
    return f"/file/e7837c02816d130b0181a995d7ad7e96/{when:%m%Y}/{image_name(article, n)[:-4]}_{when:%Y%m%d%H%M%S}.jpg"


# ----------------------------------------------------------------- page shell
def shell(view, *, title: str, body: str, head: str = "", charset: str = "utf-8", active: str = "/") -> str:
    menu = "".join(
        f'<li class="{"active" if href == active else ""}"><a href="{href}">{esc(label)}</a></li>' for href, label in MENU
    )
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="{charset}">
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{head}
<link rel="stylesheet" href="/static/css/style.css?v=20230314">
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date()); gtag('config', 'G-BNDSAMPLE01');
</script>
</head>
<body>
<div class="top-bar"><span class="today" id="today-date"></span>
<script>document.getElementById('today-date').textContent = new Date().toLocaleDateString('vi-VN');</script>
<a href="/rss">RSS</a> | <a href="/tim-kiem">Tìm kiếm</a></div>
<header class="header"><a class="logo" href="/"><img src="/static/img/logo-bnd.png" alt="{SITE_TITLE}"></a>
<div class="banner-top"><script>/* quảng cáo đầu trang */ var adSlot = 'top-728x90';</script></div></header>
<nav class="main-menu"><ul>{menu}</ul></nav>
<div class="container">
{body}
</div>
{footer()}
<script src="/static/js/main.js?v=20230314"></script>
</body>
</html>
"""


def footer() -> str:
    return """<footer class="footer">
<div class="footer-menu"><a href="/">Trang chủ</a> · <a href="/lien-he">Liên hệ tòa soạn</a> · <a href="/rss">RSS</a></div>
<div class="footer-info">
<p><strong>BÁO NAM ĐỊNH ĐIỆN TỬ</strong> - Cơ quan của Đảng bộ tỉnh (trang mẫu của dự án thidua)</p>
<p>Giấy phép hoạt động báo điện tử số 999/GP-MAU do dự án thidua tự cấp cho trang thử nghiệm</p>
<p>Tổng biên tập: Nguyễn Văn Mẫu · Tòa soạn: Số 1 đường Thử Nghiệm, phường Mẫu, TP Nam Định</p>
<p>Điện thoại: 0228.000.0000 · Email: toasoan@sample.invalid</p>
<p>Ghi rõ nguồn "Báo Nam Định điện tử" khi phát hành lại thông tin từ website này.</p>
</div>
</footer>"""


def most_read_box(view) -> str:
    items = "".join(
        f'<li><a href="{view.url(a)}">{esc(a["title"])}</a></li>' for a in view.most_read(NAME)
    )
    return f'<div class="box-most-read"><h3 class="box-title">Đọc nhiều</h3><ol>{items}</ol></div>'


def share_tools(url: str) -> str:
    return f"""<div class="share-tools">
<a class="fb-share" href="https://www.facebook.com/sharer/sharer.php?u={esc(url)}" rel="nofollow">Chia sẻ</a>
<a class="zalo-share" href="#" data-href="{esc(url)}" rel="nofollow">Zalo</a>
<a class="print" href="{esc(url)}?print=1" rel="nofollow">In bài</a>
</div>"""


# -------------------------------------------------------------------- article
def render_article(view, article: dict, print_view: bool = False) -> str:
    section = view.section(article)
    path = view.url(article)
    canonical = view.absolute(path)
    charset = "windows-1258" if article.get("encoding") == "windows-1258" else "utf-8"

    def figure(n: int, caption: str) -> str:
        return (
            f'<figure class="image align-center"><img src="{image_url(article, n)}" alt="{esc(caption)}" width="700">'
            f"<figcaption>{esc(caption)}</figcaption></figure>"
        )

    body_html = paragraphs_with_figures(article, figure)
    if len(body_html) > 3:  # an in-article ad slot, as the real CMS injects one
        body_html.insert(3, '<div class="ads-inread"><script>var inread = "bnd-inread-1";</script></div>')
    body_html.append(f'<p class="author" style="text-align: right;"><strong>{esc(article["author"])}</strong></p>')
    date_html = "" if article.get("hide_date") else f'<span class="time-detail">{show_date(article["published"])}</span>'
    meta_date = (
        ""
        if article.get("hide_date")
        else f'<meta property="article:published_time" content="{article["published"].isoformat()}">'
    )
    head = f"""<link rel="canonical" href="{esc(canonical)}">
<meta name="description" content="{esc(article['lead'])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(article['title'])}">
<meta property="og:description" content="{esc(article['lead'])}">
<meta property="og:url" content="{esc(canonical)}">
<meta property="og:image" content="{view.absolute(image_url(article, 0))}">
<meta property="og:site_name" content="{SITE_TITLE}">
{meta_date}"""
    if print_view:
        head += '\n<meta name="robots" content="noindex">'
        content = f"""<div class="print-page">
<h1 class="title-detail">{esc(article['title'])}</h1>
{date_html}
<div class="sapo-detail">{esc(article['lead'])}</div>
<div class="content-detail" id="content-detail">{''.join(body_html)}</div>
<script>window.print();</script>
</div>"""
        return shell(view, title=article["title"], body=content, head=head, charset=charset)

    tags = "".join(f'<a href="{tag_path(t)}">{esc(t)}</a>' for t in article["tags"])
    related = "".join(
        f'<li><a href="{view.url(r)}">{esc(r["title"])}</a>'
        + ("" if r.get("hide_date") else f' <span class="time">({r["published"]:%d/%m/%Y})</span>')
        + "</li>"
        for r in view.related(article)
    )
    content = f"""<div class="row">
<div class="col-main">
<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="{listing_path(section)}">{esc(section.name)}</a></li></ul>
<article class="detail">
<h1 class="title-detail">{esc(article['title'])}</h1>
<div class="meta-detail">{date_html}
<span class="views">Lượt xem: {article['id'] % 1000 + 120}</span>
{share_tools(path)}
</div>
<div class="sapo-detail"><strong>{esc(article['lead'])}</strong></div>
<div class="content-detail" id="content-detail">
{chr(10).join(body_html)}
</div>
<div class="tags-detail"><span>Từ khóa:</span> {tags}</div>
{share_tools(path)}
</article>
<div class="box-related"><h3 class="box-title">Tin liên quan</h3><ul>{related}</ul></div>
<div class="box-comment"><h3>Ý kiến bạn đọc</h3><form action="/binh-luan" method="post"><textarea name="noi_dung"></textarea><button>Gửi</button></form></div>
</div>
<aside class="col-side">{most_read_box(view)}
<div class="ads-right"><script>var adSlot2 = 'right-300x250';</script></div></aside>
</div>"""
    return shell(view, title=f"{article['title']} - {SITE_TITLE}", body=content, head=head, charset=charset,
                 active=listing_path(section))


# -------------------------------------------------------------------- listing
def listing_item(view, article: dict) -> str:
    href = view.listing_link(article)
    when = article["published"]
    stamp = "" if article.get("hide_date") else f'<span class="time">Cập nhật lúc: {when:%H:%M} |{when:%d/%m/%Y}</span>'
    return f"""<div class="item-news">
<a class="thumb" href="{href}"><img src="{image_url(article, 0)}" alt="{esc(article['title'])}"></a>
<h3 class="title-news"><a href="{href}">{esc(article['title'])}</a></h3>
{stamp}
<p class="sapo">{esc(article['lead'])}</p>
</div>"""


def pagination(section, page: int, last: int) -> str:
    links = []
    if page > 1:
        links.append(f'<a class="prev" rel="prev" href="{listing_path(section, page - 1)}">« Trang trước</a>')
    for n in page_numbers(page, last):
        if n == page:
            links.append(f'<span class="current">{n}</span>')
        else:
            links.append(f'<a href="{listing_path(section, n)}">{n}</a>')
    if page < last:
        links.append(f'<a class="next" rel="next" href="{listing_path(section, page + 1)}">Trang sau »</a>')
    return f'<div class="pagination">{"".join(links)}</div>'


def render_listing(view, section, page: int) -> str:
    items, last = view.page_of(section, page)
    head = f'<link rel="canonical" href="{view.absolute(listing_path(section, page))}">'
    content = f"""<div class="row"><div class="col-main">
<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li>{esc(section.name)}</li></ul>
<h1 class="channel-title">{esc(section.name)}</h1>
<div class="list-news">
{''.join(listing_item(view, a) for a in items)}
</div>
{pagination(section, page, last)}
</div>
<aside class="col-side">{most_read_box(view)}</aside></div>"""
    title = f"{section.name} - Trang {page} - {SITE_TITLE}" if page > 1 else f"{section.name} - {SITE_TITLE}"
    return shell(view, title=title, body=content, head=head, active=listing_path(section))


# ----------------------------------------------------------------------- home
def render_home(view) -> str:
    articles = view.catalog.in_layout(NAME)
    featured = [a for a in articles if a.get("featured")][:3] or articles[:3]
    latest = [a for a in articles if a not in featured][:12]
    feat_html = "".join(
        f"""<div class="featured-item"><a href="{view.url(a)}"><img src="{image_url(a, 0)}" alt=""></a>
<h2><a href="{view.url(a)}">{esc(a['title'])}</a></h2><p class="sapo">{esc(a['lead'])}</p></div>"""
        for a in featured
    )
    blocks = []
    for section in view.catalog.sections_of(NAME):
        top = view.catalog.in_section(section.key)[:4]
        lis = "".join(f'<li><a href="{view.url(a)}">{esc(a["title"])}</a></li>' for a in top)
        blocks.append(
            f'<section class="box-channel"><h2 class="box-title"><a href="{listing_path(section)}">{esc(section.name)}</a></h2><ul>{lis}</ul></section>'
        )
    others = "".join(f'<li><a href="{href}">{esc(label)}</a></li>' for href, label in view.partner_links())
    content = f"""<div class="home">
<section class="box-featured">{feat_html}</section>
<section class="box-latest"><h2 class="box-title">Tin mới nhất</h2>
<div class="list-news">{''.join(listing_item(view, a) for a in latest)}</div></section>
{''.join(blocks)}
<section class="box-partners"><h2 class="box-title">Báo bạn</h2><ul>{others}</ul></section>
<aside class="col-side">{most_read_box(view)}</aside>
</div>"""
    head = f'<link rel="canonical" href="{view.absolute("/")}">\n<meta property="og:title" content="{SITE_TITLE}">'
    return shell(view, title=f"{SITE_TITLE} - Tin tức Nam Định", body=content, head=head)
