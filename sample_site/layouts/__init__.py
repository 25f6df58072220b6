"""One module per newspaper CMS. Each exposes the same small interface:

* ``article_path(article, section) -> str``
* ``listing_path(section, page) -> str``
* ``render_article(view, article, print_view=False) -> str``
* ``render_listing(view, section, page) -> str``
"""

from . import baonamdinh, baoninhbinh, baothaibinh, nhandan

LAYOUTS = {
    "baonamdinh": baonamdinh,
    "baoninhbinh": baoninhbinh,
    "baothaibinh": baothaibinh,
    "nhandan": nhandan,
}
