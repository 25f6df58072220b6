"""The project's own sample provincial newspaper, served on 127.0.0.1 for tests and the demo.

    from sample_site import SampleSite
    site = SampleSite()
    with site.serve(host="127.0.0.1", port=0) as server:
        server.url            # "http://127.0.0.1:PORT"
        server.request_log    # Counter of requests by path+query

See sample_site/README.md for the URL scheme and markup of each layout.
"""

from .site import SampleSite

__all__ = ["SampleSite"]
