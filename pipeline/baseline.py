"""Baseline for comparison: underthesea's NER mapped into the evaluation schema.

PER -> officials (no titles), ORG/LOC -> units; everything else empty and
every passage relevant (NER has no notion of relevance).
"""

from __future__ import annotations

from . import nlp
from .textutil import split_sentences


def entities(text: str) -> list[tuple[str, str]]:
    """(label, surface) for each BIO entity underthesea finds, sentence by sentence."""
    out: list[tuple[str, str]] = []
    for sent in split_sentences(text):
        try:
            tagged = nlp.ner(sent.text)
        except Exception:
            continue
        cur_label, cur_words = None, []
        for row in tagged:
            word, tag = row[0], row[-1]
            if tag.startswith("B-") or (tag.startswith("I-") and cur_label != tag[2:]):
                if cur_label:
                    out.append((cur_label, " ".join(cur_words)))
                cur_label, cur_words = tag[2:], [word]
            elif tag.startswith("I-"):
                cur_words.append(word)
            else:
                if cur_label:
                    out.append((cur_label, " ".join(cur_words)))
                cur_label, cur_words = None, []
        if cur_label:
            out.append((cur_label, " ".join(cur_words)))
    return out


def underthesea_record(doc_id, text: str) -> dict:
    people, units = [], []
    for label, surface in entities(text):
        if label == "PER" and surface not in people:
            people.append(surface)
        elif label in ("ORG", "LOC") and surface not in units:
            units.append(surface)
    return {
        "id": doc_id,
        "relevant": True,
        "event": {"type": None, "date": None, "location": None, "date_text": None},
        "officials": [{"name": p, "titles": []} for p in people],
        "units": units,
        "awards": [],
        "themes": [],
    }
