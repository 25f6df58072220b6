"""One error tree for the whole project.

    ThiduaError
    ├── ConfigError          bad settings or command-line values
    ├── ParseError           a fetched page could not be turned into an Article
    ├── StoreError           the SQLite store of record refused a read or write
    ├── BackendError         a search backend failed
    │   ├── BackendUnavailable   the server cannot be reached (dead Elasticsearch)
    │   └── QueryError           the user's query or filters are unusable
    └── ExtractionError      extraction failed on one article (logged, run goes on)
"""


class ThiduaError(Exception):
    """Base class of every error thidua raises on purpose."""


class ConfigError(ThiduaError):
    pass


class ParseError(ThiduaError):
    pass


class StoreError(ThiduaError):
    pass


class BackendError(ThiduaError):
    pass


class BackendUnavailable(BackendError):
    pass


class QueryError(BackendError):
    pass


class ExtractionError(ThiduaError):
    pass
