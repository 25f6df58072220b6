"""Train the award-recipient tagger (pipeline/awards/learned.py) on annotated passages.

    python -m pipeline.awards.training --out MODEL.crf SET.jsonl [SET.jsonl ...] [--hold-out HELD.jsonl ...]

Each SET is JSON Lines in the schema of GUIDELINE.md (`text`, `relevant`, `awards[].recipient`).
Every place a gold recipient is written inside a window the tagger reads is labelled;
passages whose text is in a --hold-out file are left out, so a model can be graded on
text it never saw (`THIDUA_AWARD_MODEL=MODEL.crf thidua extract --jsonl HELD.jsonl`).
The passages are published text: keep them outside the repository; the model keeps
only feature weights.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator

from thidua.textnorm import nfc

from ..textutil import split_sentences
from .learned import RECIPIENT, form_mentions, token_features, tokens, windows

Sequence = tuple[list[list[str]], list[str]]


def occurrences(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """Every place each name is written in `text`."""
    found = []
    for name in {n for n in names if n}:
        at = text.find(name)
        while at != -1:
            found.append((at, at + len(name)))
            at = text.find(name, at + 1)
    return sorted(found)


def bio_tags(toks: list[tuple[int, int, str]], spans: list[tuple[int, int]], label: str = RECIPIENT) -> list[str]:
    """B-/I- for tokens inside a span (the first span wins where two overlap), O elsewhere."""
    tags = ["O"] * len(toks)
    for a, b in spans:
        inside = [k for k, (s, e, _) in enumerate(toks) if s >= a and e <= b]
        if not inside or any(tags[k] != "O" for k in inside):
            continue
        tags[inside[0]] = "B-" + label
        for k in inside[1:]:
            tags[k] = "I-" + label
    return tags


def sequences(passage: dict) -> Iterator[Sequence]:
    """(features, tags) for each window of one annotated passage."""
    if not passage.get("relevant", True):
        return
    text = nfc(passage.get("text") or "")
    forms = form_mentions(text)
    gold = occurrences(text, (a.get("recipient") or "" for a in passage.get("awards") or []))
    for w in windows(split_sentences(text), forms):
        toks = tokens(text, w.sentence.start, w.sentence.end)
        if toks:
            spans = [g for g in gold if w.sentence.start <= g[0] and g[1] <= w.sentence.end]
            yield token_features(toks, w.role, forms), bio_tags(toks, spans)


def train(passages: Iterable[dict], out: Path, l1: float = 2.0, l2: float = 0.01, iterations: int = 200,
          min_count: int = 2) -> int:
    """Fit the CRF and save it to `out`; returns the number of windows it learned from.
    Features seen fewer than `min_count` times are left out: they cannot generalise and would only
    make the model file larger."""
    import underthesea_core

    data = [seq for p in passages for seq in sequences(p)]
    if not data:
        raise ValueError("no annotated windows to learn from")
    counts = Counter(f for feats, _ in data for token in feats for f in token)
    data = [([[f for f in token if counts[f] >= min_count] for token in feats], tags) for feats, tags in data]
    trainer = underthesea_core.CRFTrainer()
    trainer.set_l1_penalty(l1)
    trainer.set_l2_penalty(l2)
    trainer.set_max_iterations(iterations)
    with _quiet():  # the trainer prints every iteration
        model = trainer.train([x for x, _ in data], [y for _, y in data])
    out.parent.mkdir(parents=True, exist_ok=True)
    model.save(str(out))
    return len(data)


@contextlib.contextmanager
def _quiet():
    sys.stdout.flush()
    sys.stderr.flush()
    saved = os.dup(1), os.dup(2)
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, 1)
        os.dup2(null, 2)
        yield
    finally:
        os.dup2(saved[0], 1)
        os.dup2(saved[1], 2)
        for fd in (null, *saved):
            os.close(fd)


def read_passages(paths: Iterable[Path], leave_out: set[str] = frozenset()) -> list[dict]:
    """The passages of every file, each text once, none whose text is in `leave_out`."""
    seen = set(leave_out)
    out = []
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                passage = json.loads(line)
                text = nfc(passage.get("text") or "")
                if text and text not in seen:
                    seen.add(text)
                    out.append(passage)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+", type=Path, help="annotated JSON Lines files")
    ap.add_argument("--out", type=Path, required=True, help="where to write the model")
    ap.add_argument("--hold-out", nargs="*", type=Path, default=[], help="files whose passages are not learned from")
    ap.add_argument("--l1", type=float, default=2.0)  # leave-one-set-out tried 0.5, 1, 2, 4: 2 best on average
    ap.add_argument("--l2", type=float, default=0.01)
    args = ap.parse_args(argv)
    held = {nfc(p.get("text") or "") for p in read_passages(args.hold_out)}
    passages = read_passages(args.sets, held)
    n = train(passages, args.out, args.l1, args.l2)
    print(f"{len(passages)} passages, {n} windows -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
