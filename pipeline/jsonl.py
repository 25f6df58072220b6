"""JSON Lines in, JSON Lines out, in the evaluation schema (GUIDELINE.md).

    python -m pipeline.jsonl IN.jsonl [--baseline underthesea] > OUT.jsonl
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import re
import sys
from typing import IO

from thidua.models import Extraction, to_dict

from .core import extract


def _published(value) -> dt.date | None:
    if not value:
        return None
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    # A page date known only to the month ("2020-08") or year: its last day, so that
    # day-month dates in the text resolve into that month's year, not the one before.
    vn = re.match(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b", text)  # "20/08/2020", as Vietnamese pages write it
    if vn:
        try:
            return dt.date(int(vn.group(3)), int(vn.group(2)), int(vn.group(1)))
        except ValueError:
            return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?", text)
    if not m:
        return None
    year, month = int(m.group(1)), int(m.group(2) or 12)
    if not 1 <= month <= 12:
        return None
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def to_eval_record(doc_id, ex: Extraction) -> dict:
    """The scored fields first, then everything else the extractor knows."""
    ev = ex.event
    relevant = ex.relevant
    return {
        "id": doc_id,
        "relevant": relevant,
        "relevance_score": ex.relevance_score,
        "event": {
            "type": ev.type if relevant else None,
            "date": ev.date.isoformat() if relevant and ev.date else None,
            "date_year_guessed": bool(relevant and ev.date and ev.date_year_guessed),
            "location": ev.location if relevant else None,
            "date_text": ev.date_text if relevant else None,
            "evidence": [to_dict(e) for e in ev.evidence],
        },
        "officials": [{"name": o.name, "titles": list(o.titles), "title_expansions": list(o.title_expansions),
                       "evidence": [to_dict(e) for e in o.evidence]} for o in ex.officials],
        "units": [u.name for u in ex.units],
        "units_detail": [to_dict(u) for u in ex.units],
        "awards": [to_dict(a) for a in ex.awards],
        "themes": [t.name for t in ex.themes],
        "themes_detail": [to_dict(t) for t in ex.themes],
        "extractor_version": ex.extractor_version,
    }


def run_jsonl(in_stream: IO[str], out_stream: IO[str], baseline: str | None = None) -> int:
    """Extract every line of `in_stream`; returns the number of records written."""
    if baseline not in (None, "underthesea"):
        raise ValueError(f"unknown baseline {baseline!r} (known: underthesea)")
    n = 0
    for line in in_stream:
        line = line.strip()
        if not line:
            continue
        doc = json.loads(line)
        text = doc.get("text") or ""
        if baseline == "underthesea":
            from .baseline import underthesea_record

            record = underthesea_record(doc.get("id"), text)
        else:
            record = to_eval_record(doc.get("id"), extract(text, _published(doc.get("published"))))
        out_stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Extract facts from JSON Lines passages")
    ap.add_argument("input", help="JSON Lines with id, text, published?  ('-' for stdin)")
    ap.add_argument("--baseline", choices=["underthesea"], default=None)
    args = ap.parse_args(argv)
    if args.input == "-":
        run_jsonl(sys.stdin, sys.stdout, args.baseline)
    else:
        with open(args.input, encoding="utf-8") as fh:
            run_jsonl(fh, sys.stdout, args.baseline)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
