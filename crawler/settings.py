"""Scrapy settings for thidua's crawler: polite by default.

Only what differs from Scrapy's defaults, plus thidua's own THIDUA_* settings
(read by the components in ``from_crawler``). ``crawler.run.crawl`` layers the
caller's data directory and overrides on top.
"""

BOT_NAME = "thidua"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# -- who we are ------------------------------------------------------------------
# The contact goes into the User-Agent so a webmaster can reach a human.
THIDUA_CONTACT = "https://github.com/thidua/thidua/issues"


def user_agent(contact: str) -> str:
    return f"thidua/0.1 (archive of provincial emulation & commendation news; +{contact})"


USER_AGENT = user_agent(THIDUA_CONTACT)

# -- politeness ------------------------------------------------------------------
# Scrapy's own default is ROBOTSTXT_OBEY = False: set it explicitly.
ROBOTSTXT_OBEY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.25
DOWNLOAD_TIMEOUT = 30
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]
# Backoff between retries: base * 2**attempt seconds, capped; Retry-After wins when given.
THIDUA_RETRY_BACKOFF_BASE = 2.0
THIDUA_RETRY_BACKOFF_MAX = 120.0
# Hard cap on pages per run (0 = none); `crawl(max_pages=...)` sets it.
CLOSESPIDER_PAGECOUNT = 5000
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False  # no control port on a crawler that runs unattended
REDIRECT_ENABLED = True

# Breadth-first: listings before the depths of pagination, so a capped run
# still gets the newest articles of every section.
DEPTH_PRIORITY = 1
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleFifoDiskQueue"
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
    # Nearest the downloader: archives the response as it came off the wire
    # (still content-encoded), before decompression or redirects touch it.
    "crawler.middlewares.WarcMiddleware": 950,
}
ITEM_PIPELINES = {
    "crawler.pipelines.StorePipeline": 300,
}

# -- thidua ----------------------------------------------------------------------
THIDUA_DATA_DIR = "thidua-data"
THIDUA_WARC_ENABLED = True
THIDUA_WARC_MAX_SIZE = 256 * 1024 * 1024  # bytes per file before rotating
THIDUA_WARC_GZIP_LEVEL = 3  # 1..9; warcio's fixed 9 is several times slower for ~5 % less disk
# Where Articles go: None = the SQLite store under THIDUA_DATA_DIR; or a callable
# taking an Article and returning "new"/"changed"/"unchanged"; or a list (tests);
# or "module:factory" naming a factory(settings) -> sink.
THIDUA_SINK = None
# Run the NLP extraction inside the crawl (the CLI usually extracts afterwards).
THIDUA_EXTRACT = False
# Incremental mode: skip known articles, conditional requests, stop listing walks early.
THIDUA_INCREMENTAL = True
# Called as on_event(kind, url) for every page/article outcome (progress reporting).
THIDUA_ON_EVENT = None

REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
