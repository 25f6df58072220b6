"""thidua — archive and search for Vietnamese emulation and commendation news.

Shared pieces live here: the contracts between stages (:mod:`thidua.models`),
the error tree (:mod:`thidua.errors`), settings and the command line.
"""

__version__ = "0.1.0"
