"""The web application (FastAPI + Jinja2, Vietnamese UI): ``web.app.create_app(store, backend, data_dir)``.

app.py        the factory, limits, security headers, error pages
pages.py      HTML pages: search, article, archive copy, timeline, officials, units
api.py        JSON API under /api/ and the streamed CSV/NDJSON exports
params.py     checking URL parameters (4xx with a message, never a 500)
highlight.py  placing extracted facts in the article text from their evidence
charts.py     the server-side SVG bar chart
sanitize.py   cleaning archived pages; archive.py reads them from the WARC
exports.py    row generators for exports; entities.py entity lists and their cache
"""
