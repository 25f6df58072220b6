"""Award recipients the rules missed, found by a learned sequence tagger.

The hand-written recipient shapes fix the text they were written against and
rarely fire on new text; a CRF over the words around each award form
generalises better. It tags recipient spans in every sentence that names an
award form and in the sentence after it (lists often continue there). Each
span it is confident about and that no rule award already names becomes one
more award of the nearest form before it (or, failing that, right after it).

The model (pipeline/data/award_recipients.crf) is trained by
pipeline/awards/training.py on annotated passages kept outside the repository.
Without a readable model, extraction runs on the rules alone.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import re
from functools import lru_cache
from pathlib import Path

from thidua.models import Award
from thidua.textnorm import fold

from .. import lexicon
from ..textutil import CAP_WORD, Sentence, inside, sentence_at
from .conferrers import is_conferrer
from .forms import ADDRESSED, FORM_RE, NOT_MADE, form_family, form_text, normalise
from .recipients import same_recipient

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "award_recipients.crf"
MODEL_ENV = "THIDUA_AWARD_MODEL"  # another model file to use, or "none" for the rules alone
MIN_CONFIDENCE = 0.7  # of 0.5, 0.6, 0.7 and 0.8, best on average over four held-out sets
_FORM_BEFORE = 400  # how far back (characters) a recipient's form may be written
_FORM_AFTER = 120  # "A được tặng Bằng khen": the form right after its recipient
RECIPIENT = "REC"
log = logging.getLogger(__name__)

TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclasses.dataclass(frozen=True)
class FormMention:
    start: int
    end: int
    form: str


@dataclasses.dataclass(frozen=True)
class Window:
    """A sentence the tagger reads: one with an award form ("form") or the one after it ("next")."""

    sentence: Sentence
    role: str


def form_mentions(text: str) -> list[FormMention]:
    return [FormMention(m.start(), m.end(), form_text(m)) for m in FORM_RE.finditer(text)]


def windows(sentences: list[Sentence], forms: list[FormMention]) -> list[Window]:
    has_form = [any(s.start <= f.start < s.end for f in forms) for s in sentences]
    out = []
    for i, s in enumerate(sentences):
        if has_form[i]:
            out.append(Window(s, "form"))
        elif i and has_form[i - 1]:
            out.append(Window(s, "next"))
    return out


def tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in TOKEN.finditer(text, start, end)]


def _shape(word: str) -> str:
    if word.isdigit():
        return "D"
    if not word[0].isalnum():
        return "P"
    if word.isupper() and len(word) > 1:
        return "U"
    return "T" if word[0].isupper() else "l"


def token_features(toks: list[tuple[int, int, str]], role: str, forms: list[FormMention]) -> list[list[str]]:
    """One list of feature strings per token: the word and its neighbours, its shape, where the nearest
    award form is, whether "cho" or a colon came before it."""
    words = [t[2] for t in toks]
    low = [w.lower() for w in words]
    padded = ["<s>"] * 3 + low + ["</s>"] * 3
    shapes = [_shape(w) for w in words]
    in_form = [any(f.start <= t[0] < f.end for f in forms) for t in toks]
    n = len(toks)
    last_form, next_form = [None] * n, [None] * n  # the nearest form token strictly before / after each token
    for i in range(1, n):
        last_form[i] = i - 1 if in_form[i - 1] else last_form[i - 1]
    for i in range(n - 2, -1, -1):
        next_form[i] = i + 1 if in_form[i + 1] else next_form[i + 1]
    colon_before = False
    out = []
    for i in range(n):
        w = low[i]
        f = ["b", "w=" + w, "f=" + fold(w), "s=" + shapes[i], "form=" + ("Y" if in_form[i] else "N"), "win=" + role]
        for d in (-3, -2, -1, 1, 2, 3):
            f.append(f"w{d}=" + padded[i + 3 + d])
            if abs(d) == 1:
                f.append(f"s{d}=" + (shapes[i + d] if 0 <= i + d < n else "X"))
        f.append("bi-=" + padded[i + 2] + "|" + w)
        f.append("bi+=" + w + "|" + padded[i + 4])
        f.append("fb=" + (str(min(3, (i - last_form[i]) // 4)) if last_form[i] is not None else "no"))
        f.append("fa=" + (str(min(3, (next_form[i] - i) // 4)) if next_form[i] is not None else "no"))
        f.append("cho<=" + str("cho" in low[max(0, i - 6):i]))
        f.append("colon<=" + str(colon_before))
        colon_before = colon_before or words[i] == ":"
        out.append(f)
    return out


def spans_from_tags(toks: list[tuple[int, int, str]], tags: list[str]) -> list[tuple[int, int, int, int]]:
    """(start, end, first token, last token) of each B/I run."""
    spans: list[list[int]] = []
    for k, ((a, b, _), tag) in enumerate(zip(toks, tags)):
        if tag.startswith("B-") or (tag.startswith("I-") and (not spans or spans[-1][3] != k - 1)):
            spans.append([a, b, k, k])
        elif tag.startswith("I-"):
            spans[-1][1], spans[-1][3] = b, k
    return [tuple(s) for s in spans]


def _tagger():
    return load_tagger(os.environ.get(MODEL_ENV) or str(MODEL_PATH))


@lru_cache(maxsize=4)
def load_tagger(path: str):
    if path == "none":
        return None
    try:
        import underthesea_core

        if not Path(path).is_file():
            raise FileNotFoundError(path)
        tagger = underthesea_core.CRFTagger()
        tagger.load(path)
        return tagger
    except Exception as exc:  # a missing or unreadable model: the rules still run
        log.warning("award recipient model not loaded (%s): %s", path, exc)
        return None


def recipient_spans(text: str, sentences: list[Sentence], forms: list[FormMention]) -> list[tuple[int, int, float]]:
    """(start, end, confidence) of each recipient the model tags; confidence is the least, over the span's
    tokens, of the probability of being inside a recipient."""
    tagger = _tagger()
    if tagger is None:
        return []
    outside = tagger.labels().index("O")
    found = []
    for w in windows(sentences, forms):
        toks = tokens(text, w.sentence.start, w.sentence.end)
        if not toks:
            continue
        feats = token_features(toks, w.role, forms)
        tags = tagger.tag(feats)
        marginals = tagger.marginals(feats)
        for a, b, first, last in spans_from_tags(toks, tags):
            confidence = min(1 - marginals[k][outside] for k in range(first, last + 1))
            found.append((a, b, confidence))
    return found


_PERSON = re.compile(rf"(?:{lexicon.surname_alternation()})(?:\s+{CAP_WORD}){{1,3}}")  # (fullmatch)


def learned_awards(text: str, sentences: list[Sentence], awards: list[Award],
                   title_spans: list[tuple[int, int]] = ()) -> list[Award]:
    """`awards` plus one award for each confident tagged recipient that none of them names, that is not
    inside an official's title, and whose form is not merely proposed."""
    forms = form_mentions(text)
    if not forms:
        return awards
    # "NNƯT Nguyễn Văn A": a title before a name is how the person is addressed, not an award to hand out
    conferrable = [f for f in forms if not ADDRESSED.match(text, f.start)]
    out = list(awards)
    for a, b, confidence in recipient_spans(text, sentences, forms):
        name = text[a:b].strip(" ,;:.-–")
        if confidence < MIN_CONFIDENCE or not any(ch.isupper() for ch in name):
            continue
        form = _form_for(conferrable, a, b)
        if form is None or _authority_or_venue(text, form, a) or inside(title_spans, a, b) \
                or _proposed(text, sentences, form, a) or _named_already(name, out) \
                or _workplace_of_a_person(text, a, awards) or _host_of_ceremony(text, b, form, awards) \
                or _GIVES_AFTER.match(text, b) or _in_reason(text, form, a):
            continue
        # the authority and period of the rule award of the same family, where one was found
        like = next((x for x in reversed(awards) if form_family(x.form) == form_family(form.form)), None)
        conferrer = like.conferrer if like else None
        if is_conferrer(name, conferrer):
            continue
        sentence = sentence_at(sentences, a)
        out.append(Award(form=form.form, recipient=name,
                         recipient_kind="individual" if _PERSON.fullmatch(name) else "collective",
                         conferrer=conferrer, period=like.period if like else None,
                         **normalise(form.form, conferrer),
                         evidence=(sentence.evidence(),) if sentence else ()))
    return out


_INTRODUCES = re.compile(r"(?::|như sau\s*[.:]?)\s*$")


def _proposed(text: str, sentences: list[Sentence], form: FormMention, start: int) -> bool:
    """"đề nghị tặng Cờ thi đua cho …", "xét tặng …", or a form heading the list a proposal introduced
    ("Hội đồng đề nghị khen thưởng như sau:"): not a conferral made."""
    k = next((i for i, s in enumerate(sentences) if s.start <= form.start < s.end), None)
    if k is None:
        return False
    opening = sentences[k].start
    if NOT_MADE.search(text, opening, max(opening, min(start, form.start))):
        return True
    while k and FORM_RE.match(sentences[k - 1].text):  # the lines of the same list, each opened by a form
        k -= 1
    before = sentences[k - 1] if k else None
    return bool(before and _INTRODUCES.search(before.text) and NOT_MADE.search(before.text))


_LIST_SEPARATOR = re.compile(r"\s*(?:,|;|(?<!\w)và(?!\w))\s*")


def _named_already(name: str, awards: list[Award]) -> bool:
    """The recipient, or one of the places of a list the rules already spread over recipients
    ("gồm: Nghệ An, Thanh Hóa và Lào Cai" read as "Sở Y tế Nghệ An", …), is named by an award."""
    parts = [p for p in _LIST_SEPARATOR.split(name) if p]
    return any(_names_same(p, x.recipient) for p in parts for x in awards)


_HOSTS = re.compile(r"\s*(?:đã\s+|long trọng\s+|trang trọng\s+)*tổ chức(?!\w)")


# "anh Lê Văn Hải, Bí thư Trung ương Đoàn đã trao tặng kỷ niệm chương …": who gives, in the clause after a
# name, before anything is received ("được", "nhận"), handed to someone ("cho") or given by another ("do", "của")
_GIVES_AFTER = re.compile(r"(?:(?!được|nhận|(?:cho|do|của)\s)[^.;:\n]){0,120}?(?<!\w)(?:trao tặng|trao|tặng)(?!\w)")


def _host_of_ceremony(text: str, end: int, form: FormMention, awards: list[Award]) -> bool:
    """"Công an tỉnh X tổ chức Lễ truy tặng FORM … cho A": the host, when the rules found who received FORM."""
    return bool(_HOSTS.match(text, end)) and any(form_family(x.form) == form_family(form.form) for x in awards)


_PERSON_CLAUSE_END = re.compile(r";|(?<!\w)(?:và|cho|tặng|trao)(?!\w)")


def _workplace_of_a_person(text: str, start: int, awards: list[Award]) -> bool:
    """"Cô Bùi Thị Nhàn, giáo viên Trường Tiểu học Sông Đà": the body after an individual recipient's name,
    in the words describing that person, is where they work, not another recipient."""
    for x in awards:
        if x.recipient_kind != "individual":
            continue
        at = text.rfind(x.recipient, max(0, start - 160), start)
        if at != -1 and text[at + len(x.recipient):start].lstrip().startswith(",") \
                and not _PERSON_CLAUSE_END.search(text, at + len(x.recipient), start):
            return True
    return False


def _form_for(forms: list[FormMention], start: int, end: int) -> FormMention | None:
    before = [f for f in forms if f.end <= start and start - f.end < _FORM_BEFORE]
    if before:
        return before[-1]
    after = [f for f in forms if f.start >= end and f.start - end < _FORM_AFTER]
    return after[0] if after else None


_NOT_RECIPIENT = re.compile(r"\s*(?:của|do)\s|.*(?<!\w)tại\s", re.S)
_HANDED_TO = re.compile(r"(?<!\w)(?:cho|tặng|trao|là|gồm|tới|đến)(?!\w)|[:;]")


def _authority_or_venue(text: str, form: FormMention, start: int) -> bool:
    """"Bằng khen của Chủ tịch UBND tỉnh X", "nhận Bằng khen tại Đại hội … tỉnh X": the place is the
    authority's or the ceremony's, not a recipient (unless the award is handed on after it)."""
    between = text[form.end:start]
    return form.end <= start and bool(_NOT_RECIPIENT.match(between)) and not _HANDED_TO.search(between)


# "tặng Bằng khen cho em A vì hành động dũng cảm, cứu hai em B và C": after the reason, no one receives
# (not the "cứu nạn, cứu hộ" of a fire and rescue unit's name)
_REASON = re.compile(r"(?<!\w)(?:vì|nhờ|cứu|giải cứu|cứu sống)(?!\w)(?![ \t]+(?:nạn|hộ)(?!\w))")


def _in_reason(text: str, form: FormMention, start: int) -> bool:
    """Is `start` inside the reason given after the form's recipients (those saved, what was done)?"""
    between = text[form.end:start]
    reason = None
    for reason in _REASON.finditer(between):
        pass
    return form.end <= start and reason is not None and "\n" not in between \
        and not _HANDED_TO.search(between, reason.end()) and not re.search(r"[.!?]\s", between)


def _names_same(a: str, b: str) -> bool:
    """The same recipient: equal, or one written inside the other ("Hiếu" and "Trần Kim Hiếu", "Công an TP" and
    "Công an TP. Đà Nẵng": punctuation counts as a space)."""
    x, y = fold(a).lower(), fold(b).lower()
    short, long_ = sorted((" ".join(re.findall(r"\w+", x)), " ".join(re.findall(r"\w+", y))), key=len)
    return short == long_ or f" {short} " in f" {long_} " or same_recipient(x, y)
