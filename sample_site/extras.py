"""Pages of the primary site that are not articles: robots.txt, sitemap.xml,
and the search, video, contact and tag pages a crawler must skip."""

from __future__ import annotations

from .content import slugify
from .layouts import baonamdinh
from .layouts.common import esc


def robots_txt(base_url: str) -> str:
    return f"""User-agent: *
Disallow: /tim-kiem
Disallow: /admin/
Disallow: /binh-luan
Allow: /

Sitemap: {base_url}/sitemap.xml
"""


def sitemap_xml(view) -> str:
    rows = []
    for article in view.catalog.articles:
        lastmod = "" if article.get("hide_date") else f"<lastmod>{article['updated'].isoformat()}</lastmod>"
        rows.append(f"<url><loc>{esc(view.absolute(view.url(article)))}</loc>{lastmod}</url>")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + "\n".join(rows) + "\n</urlset>\n"
    )


def search_page(view, query: str) -> str:
    needle = query.lower()
    hits = [a for a in view.catalog.in_layout(baonamdinh.NAME) if needle and needle in a["title"].lower()][:20]
    rows = "".join(f'<li><a href="{view.url(a)}">{esc(a["title"])}</a></li>' for a in hits)
    body = f"""<h1>Tìm kiếm</h1><form action="/tim-kiem"><input name="q" value="{esc(query)}"><button>Tìm</button></form>
<p class="search-count">Tìm thấy {len(hits)} kết quả</p><ul class="search-results">{rows}</ul>"""
    return baonamdinh.shell(view, title="Tìm kiếm", body=body, head='<meta name="robots" content="noindex">')


def video_page(view) -> str:
    body = """<h1 class="channel-title">Video</h1>
<div class="video-list"><div class="video-item"><video controls src="/file/video/ban-tin-thoi-su.mp4"></video>
<h3>Bản tin thời sự tối</h3></div>
<div class="video-item"><iframe src="https://www.youtube.com/embed/sample" title="Phóng sự"></iframe><h3>Phóng sự: Mùa vàng trên đồng quê</h3></div></div>"""
    return baonamdinh.shell(view, title="Video", body=body, active="/video/")


def contact_page(view) -> str:
    body = """<h1>Liên hệ tòa soạn</h1>
<p>Mọi thông tin, bài viết xin gửi về hộp thư của tòa soạn hoặc theo địa chỉ ghi ở chân trang.</p>
<form method="post" action="/lien-he"><input name="ho_ten" placeholder="Họ tên"><textarea name="noi_dung"></textarea><button>Gửi</button></form>"""
    return baonamdinh.shell(view, title="Liên hệ", body=body, active="/lien-he")


def tag_page(view, tag_slug: str) -> str | None:
    tagged = [a for a in view.catalog.in_layout(baonamdinh.NAME) if tag_slug in {slugify(t) for t in a["tags"]}]
    if not tagged:
        return None
    name = next(t for t in tagged[0]["tags"] if slugify(t) == tag_slug)
    rows = "".join(baonamdinh.listing_item(view, a) for a in tagged)
    body = f'<h1 class="tag-title">Từ khóa: {esc(name)}</h1><div class="list-news">{rows}</div>'
    return baonamdinh.shell(view, title=f"{name} - Từ khóa", body=body, head='<meta name="robots" content="noindex, follow">')


def admin_page() -> str:
    return '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Đăng nhập quản trị</title></head><body><form method="post"><input name="u"><input name="p" type="password"></form></body></html>'


def rss_xml(view, limit: int = 20) -> str:
    """An RSS 2.0 feed of the newest primary-layout articles."""
    items = []
    for article in view.catalog.in_layout(baonamdinh.NAME)[:limit]:
        link = esc(view.absolute(view.url(article)))
        when = "" if article.get("hide_date") else f"<pubDate>{article['published'].strftime('%a, %d %b %Y %H:%M:%S %z')}</pubDate>"
        items.append(f"<item><title>{esc(article['title'])}</title><link>{link}</link><guid>{link}</guid>{when}<description>{esc(article['lead'])}</description></item>")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
        f"<title>{baonamdinh.SITE_TITLE}</title><link>{view.absolute('/')}</link>"
        + "".join(items)
        + "</channel></rss>\n"
    )


def partner_tag_page(view, layout, tag_slug: str) -> str | None:
    """Tag listing of a secondary layout, in that layout's page shell (not articles)."""
    tagged = [a for a in view.catalog.in_layout(layout.NAME) if tag_slug in {slugify(t) for t in a["tags"]}]
    if not tagged:
        return None
    name = next(t for t in tagged[0]["tags"] if slugify(t) == tag_slug)
    rows = "".join(f'<li><a href="{view.url(a)}">{esc(a["title"])}</a></li>' for a in tagged)
    return layout.shell(view, title=name, body=f'<h1 class="tag-name">{esc(name)}</h1><ul class="tag-news">{rows}</ul>')
