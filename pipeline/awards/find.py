"""The award stage's main loop (`find_awards`): per sentence, the forms written, their recipients, conferrer and
period; then the later lists, the article-level conferrer and period, and one record per conferral."""

from __future__ import annotations

import dataclasses
import functools
import re

from thidua.models import Award, Evidence
from thidua.textnorm import fold

from .. import lexicon
from ..orgnames import sector_spelling_re
from ..textutil import _NO_BREAK, CAP_WORD, NUMBER_WORDS, inside, quoted_spans, Sentence
from .names import HEAD_RE, RANK
from .forms import ADDRESSED, CONFERRAL, FORM_RE, NOT_MADE, form_family, form_text, normalise, same_form
from .periods import DOC_PERIOD, PERIOD, sentence_period, year_to_come
from .conferrers import (AUTHORISED, BARE_CONFERRER, BY_AUTHORITY, BY_DECISION, CONFERRER_TAIL, DECIDER, DECISION_OF,
                         ON_BEHALF, SECTOR_DECIDER, STATE_FORM, authorised_by, confers, decider, is_conferrer, share_out,
                         passive_conferrer, signing_office, trim_conferrer)
from .recipients import (ITEM_LEAD, counted_head_places, cut_reason, distribute_types, join_list_items, piece_recipient,
                         recipients_from_list, same_recipient)
from .subjects import (CEREMONY, FRONTED_SUBJECT, IN_WHICH, LIST_BACKREF, LIST_THAT, NEXT_KIND, ORDER_LIKE,
                       UNNAMED_SUBJECT, VERB_THEN_RECIPIENT, body_backref, implied_subject, pronoun_subject, subject_recipients,
                       titled_people, verb_head)


# "… do X trao tặng các tập thể và cá nhân trong tỉnh": the ceremony's forms go to an unnamed group
_GIVEN_TO_UNNAMED = re.compile(r"(?<!\w)(?:trao tặng|tặng thưởng|tặng|trao|cho)\s+(?:cho\s+)?(?:các|những)\s+(?:tập thể|cá nhân|đơn vị"
                               r"|gia đình|đồng chí)(?!\w)")
# "cho 10 tập thể, cá nhân gồm": a count of both kinds of recipient
_BOTH_KINDS = re.compile(r"(?<!\w)(?:tập thể|đơn vị)\s*(?:,|và)\s*cá nhân(?!\w)|(?<!\w)cá nhân\s*(?:,|và)\s*(?:tập thể|đơn vị)(?!\w)")
# "Bà Nguyễn Thị A, Chủ tịch …" as a whole sentence: an item of a list of persons
_PERSON_ITEM = re.compile(rf"\s*(?:[-–+•]\s*|\d{{1,2}}\s*[.)]\s*)?(?:(?:Ông|Bà|Anh|Chị|Đồng chí|Liệt sĩ|Liệt sỹ)\s+|{RANK.pattern})[A-ZĐÀ-Ỹ]")
_ITEM_NUMBER = re.compile(r"\d{1,3}\s*[.)]")
# a line that only announces the list of a counted conferral before it: "Các cá nhân gồm:"
_EMPTY_LIST_HEAD = re.compile(r"\s*(?:[Cc]ác|[Nn]hững)\s+(?:cá nhân|đồng chí|tập thể|đơn vị)(?:\s+(?:này|trên|nói trên))?"
                              r"\s*(?:gồm có|bao gồm|gồm|là|cụ thể)?\s*:\s*")
# "Dự hội nghị có …", "Tham dự buổi lễ có …", "Có mặt tại buổi lễ …": a list of those attending follows
_ATTENDING = re.compile(r"(?:^|[,;:]\s*)(?:[Dd]ự|[Tt]ham dự|[Tt]ới dự|[Đđ]ến dự|[Cc]ó mặt|[Cc]hứng kiến)(?!\w)")
# a sentence that says something of a person ("Ông A, Giám đốc Sở phát biểu …") is no list item
_CLAUSE_VERB = re.compile(r"(?<!\w)(?:đã|đang|sẽ|phát biểu|chúc mừng|trao|tặng|nhấn mạnh|cho biết|khẳng định|đề nghị|yêu cầu|bày tỏ"
                          r"|mong muốn|được|nhận|tham dự|dự)(?!\w)")
# "LLVT Quân khu 3: Đón nhận FORM", "Trường A: Vinh dự nhận FORM": a headline's subject before a colon
_HEADLINE_SUBJECT = re.compile(r"^\s*(?P<r>[A-ZĐÀ-Ỹ][^:;,.]{2,60}?)\s*:\s*(?:[Vv]inh dự\s+)?(?:[Đđ]ón nhận|[Nn]hận|[Đđ]ược (?:trao tặng|tặng))\s*$")
# "FORM được trao tặng Đại tướng A, T; Đại tướng B, T": the recipients right after a passive verb, without "cho"
_PASSIVE_THEN_RECIPIENT = re.compile(rf"^\s*(?:(?:đã|vừa|cũng)\s+)?được\s+(?:trao tặng|tặng thưởng|truy tặng|phong tặng|trao|tặng)\s+"
                                     rf"(?=[A-ZĐÀ-Ỹ]|{RANK.pattern}|(?:ông|bà|đồng chí)\s+[A-ZĐÀ-Ỹ])")
# "Các Thứ trưởng gồm A, B và C cũng được nhận phần thưởng này": the award of the sentence before, named again
# ("A được trao phần thưởng này", "A đón nhận danh hiệu trên"; not "A trao phần thưởng này tặng B": A gives it)
_THIS_AWARD = re.compile(r"(?<!\w)(?:(?:cũng|đã|vinh dự)\s+)*(?:được\s+(?:nhận|trao tặng|tặng|trao)|nhận|đón nhận)\s+(?:phần thưởng"
                         r"|hình thức khen thưởng|danh hiệu|huân chương)(?:\s+cao quý)?\s+(?:này|trên|nói trên|đó|ấy)(?!\w)")
# "Những đóng góp (thành tích) của A đã được X ghi nhận (tặng thưởng) bằng nhiều danh hiệu …:": A's past awards follow
_CREDITED_FOR = re.compile(r"(?:[Đđ]óng góp|[Tt]hành tích|[Cc]ống hiến|[Kk]ết quả)\s+(?:đó\s+|này\s+)?của\s+(?P<x>[A-ZĐÀ-Ỹ][^,;:]{1,60}?)"
                           r"\s+(?:(?:đã|đều|cũng)\s+)*được\s+(?P<c>(?:Đảng,\s*Nhà nước|[^,;:])+?)\s+(?:ghi nhận|tặng thưởng|khen thưởng"
                           r"|tặng|trao tặng)(?!\w)[^;:]*:\s*$")
# "Huân chương Lao động hạng Nhì, hạng Ba cho A và B": further grades of the same order written after the first
# (", hạng Ba", "và hạng 3", or the grade word alone: "hạng Nhất, Nhì, Ba"; not "Ba Đình", a place)
_GRADE_WORD = re.compile(r"(?:hạng\s+[123]|(?:hạng\s+)?(?:[Nn]hất|[Nn]hì|[Bb]a|I{1,3}))(?!\w)(?!\s+[A-ZĐÀ-Ỹ])")
_MORE_GRADES = re.compile(rf"^(?:\s*(?:,|và)\s*{_GRADE_WORD.pattern})+")
_LIST_AFTER_FORM = re.compile(r"^\s*(?:(?:năm|giai đoạn)\s+[\d\s\-–]+)?,?\s*(?:\([^)]{0,40}\)\s*)?(?:(?:gồm có|bao gồm|gồm|như sau)\s*:?|:)\s*(?=\S)")


# a counted list right after the form, without "cho": "tặng bằng khen 4 tập thể, gồm: A; B; C"
_COUNT_THEN_LIST = re.compile(rf"^\s*(?=(?:\d+|{NUMBER_WORDS})\s+(?:tập thể|cá nhân|đơn vị)[^;:.]{{0,60}}?(?:gồm|là|cụ thể)?\s*:)")
_COUNTED_KIND = re.compile(r"(?<!\w)(?:tập thể|cá nhân|đơn vị|lượt)(?!\w)")
# between two forms: a second authority giving the next one, with no recipient of its own ("… và Bộ Y tế tặng")
# ("…, 5 năm liền được Bộ Công an tặng FORM2": the same subject, its lowercase time words before "được")
_ALSO_GIVEN = re.compile(r"\s*,?\s*(?:và\s+[A-ZĐ][^,;.:]{0,50}?|(?:\d+\s+(?:năm|lần)\s+)?(?:[a-zà-ỹđ]+\s+){0,3}(?:(?:đã|cũng|liên tục|vinh dự)\s+)*được"
                         r"\s+[A-ZĐ][^,;.:]{0,50}?)\s+(?:tặng|trao tặng|tặng thưởng)\s*")


# "trao tặng đồng chí A, T1 FORM1 và đồng chí B, T2 FORM2": a titled person between the verb and each form
def _titled_person(lead: str) -> str:
    return (rf"{lead}(?:đồng chí|ông|bà)\s+(?P<r>{lexicon.full_name_pattern()})"
            r"(?:\s*,[^;:]{2,160}?)?\s*")


@functools.lru_cache(maxsize=None)
def _VERB_TITLED_PERSON() -> re.Pattern:
    return re.compile(_titled_person(r"(?<!\w)(?:tặng thưởng|truy tặng|trao tặng|tặng|trao)\s+") + "$")


@functools.lru_cache(maxsize=None)
def _NEXT_TITLED_PERSON() -> re.Pattern:
    return re.compile(_titled_person(r"\s*(?:,|và|,\s*và)\s+"))


# a clause after ";" or "," naming only who gave the next honour, to the subject of the one before
_NEXT_HONOUR = re.compile(r"\s*[”\"]?\s*(?:của\s+[^;,.]{1,60}?\s*)?[;,]\s*(?:(?:\d+\s+năm\s+liền|nhiều\s+năm(?:\s+liền)?|liên\s+tục)\s+)?(?:(?:được|vinh dự|đã)\s+)*"
                          r"(?:(?!(?<!\w)(?:cho|và|là|của|các|những)(?!\w))[^;,.:\d]){2,60}?\s+(?:trao tặng|tặng thưởng|tặng)\s*")
_RECEIVED_BEFORE = re.compile(r"(?<!\w)được(?:\s+[^\s;,.]+){1,8}?\s+(?:trao tặng|tặng thưởng|tặng)\s*$")


def _year_of_a_form(s: str, at: int) -> bool:
    """Is the year at `at` the date of a past award: written right after a form (and its "của X") in a sentence that
    tells what was already received ("đã được tặng FORM1 năm 1998, FORM2 năm 2010")? (A headline "Tặng Cờ thi đua
    năm 2024" names the year its article rewards.)"""
    dated = [m for m in FORM_RE.finditer(s) if re.match(r"\s*(?:của\s+[^,;.()]{1,60}?\s*)?\(?\s*năm\s+\d{4}", s[m.end():])]
    past = re.search(r"(?<!\w)(?:đã\s+(?:được|nhận|đón nhận)|từng)(?!\w)", s[:at])
    return any(re.fullmatch(r"\s*(?:của\s+[^,;.()]{1,60}?\s*)?\(?\s*", s[m.end():at]) for m in dated) and (past or len(dated) >= 2)


def _handed_over_later(s: str, mentions: list[re.Match], i: int, period: str) -> bool:
    """Is the period written in the reason of a later handover of the same sentence ("… cho A và trao FORM2 cho B
    vì … PERIOD"), so that it is not the reason of mention i, which has its own recipients?"""
    at = s.rfind(period)
    for later in mentions[i + 1:]:
        if later.start() < at and re.search(r"(?:;|,|\svà)\s+(?:(?:đã|cũng)\s+)?(?:trao tặng|tặng thưởng|tặng|trao)\s*$",
                                            s[mentions[i].end():later.start()]):
            return True
    return False


_MOTHERS_LISTED = re.compile(r"\s*(?:(?:các|cho)\s+)?[Mm]ẹ\s+[A-ZĐÀ-Ỹ]")
# "Đ/c A" is how the news abbreviates "Đồng chí A"; read as the honorific "Ông" (the same length, so offsets hold)
_ABBREVIATED_COMRADE = re.compile(r"(?<!\w)([Đđ])/[Cc](?=\s)")


# the host of a ceremony and, in the same clause, its receiving: "X tổ chức lễ kỷ niệm 70 năm thành lập Y, đón nhận"
_HOST_THEN_RECEIVES = re.compile(r"^(?!.*\svề việc\s)(?P<x>[^;]*?)\s+(?:(?:đã|vừa|long trọng|trang trọng)\s+)*tổ chức\s+(?:[Ll]ễ|[Bb]uổi lễ|[Mm]ít tinh)"
                                 r"(?!\w)[^;]*[,\s](?:và\s+)?(?:vinh dự\s+)?đón nhận\s*$")


def find_awards(text: str, sentences: list[Sentence], theme_spans: list[tuple[int, int]]) -> list[Award]:
    spoken = _ABBREVIATED_COMRADE.sub(lambda m: "Ông" if m.group(1) == "Đ" else "ông", text)
    if spoken == text:
        return _find_awards(text, sentences, theme_spans)
    found = _find_awards(spoken, [Sentence(x.start, x.end, spoken[x.start:x.end]) for x in sentences], theme_spans)
    # the evidence quotes the passage as written
    return [dataclasses.replace(a, evidence=tuple(Evidence(text[e.start:e.end], e.start, e.end) for e in a.evidence))
            for a in found]


def _find_awards(text: str, sentences: list[Sentence], theme_spans: list[tuple[int, int]]) -> list[Award]:
    sentences = join_list_items(text, sentences)
    doc_conferrer = None
    authorised = authorised_by(text)
    m = ON_BEHALF.search(text)
    presenting = bool(authorised or m)  # someone presents on behalf of the authority: "X trao" names a presenter
    doc_conferrer_forms: list[str] = []  # the families its sentence names: an authority delegates only those
    if authorised or m:
        doc_conferrer = authorised or m.group("x").strip()
        at = AUTHORISED.search(text).start() if authorised else m.start()
        for sent in sentences:
            if sent.start <= at < sent.end:
                doc_conferrer_forms = [form_family(form_text(f)) for f in FORM_RE.finditer(sent.text)]
    else:
        d = SECTOR_DECIDER.search(text) or DECIDER.search(text) or DECISION_OF.search(text)
        if d:
            doc_conferrer = decider(d.group("x"))
            # "cũng trao FORM1 cho 11 gia đình theo các Quyết định của Chủ tịch nước": that decision is about FORM1,
            # not a FORM2 handed over elsewhere in the passage
            for sent in sentences:
                if sent.start <= d.start() < sent.end:
                    doc_conferrer_forms = [form_family(form_text(f)) for f in FORM_RE.finditer(sent.text)]
        office = signing_office(text)
        if office:
            doc_conferrer, doc_conferrer_forms = office, []
    # the period of the article's overall decision ("khen thưởng thành tích năm 2019", "tặng … cho 6 tập thể … từ năm
    # 2009 đến năm 2013"): it holds from the sentence that states it on, unless that sentence named its own recipients
    doc_period = None
    meeting_period = [False]  # the article-level period is the year a summing-up meeting reviews
    doc_forms: list[str] = []  # the award families that sentence names (none: a decision on commendation in general)
    made = [0]  # conferrals recorded so far (merged ones included)
    awards: list[Award] = []
    seen_order: list[tuple[str, str]] = []  # (folded form, folded recipient) of each record in `awards`
    pending: tuple[str, str | None, str | None] | None = None  # the last conferral with only counts as recipients
    pending_at = -9  # index of the sentence it was in
    pending_mothers: tuple[str, str | None, str | None] | None = None  # the last such conferral of the mothers' title

    last_made: list[str | None] = [None]  # the conferrer of the last conferral recorded
    hosted: set[int] = set()  # records whose recipient is only the host of a "tổ chức lễ đón nhận"

    def add(form: str, name: str, kind: str, conferrer: str | None, period: str | None, sent: Sentence,
            host: bool = False) -> None:
        if is_conferrer(name, conferrer):
            return  # "Chủ tịch UBND tỉnh công nhận … cho …": the authority never receives its own award
        last_made[0] = conferrer
        made[0] += 1
        key = (fold(form), fold(name))
        for k, (f, r) in enumerate(seen_order):
            if same_form(f, key[0]) and (r == key[1] or same_recipient(r, key[1])):
                made_at.setdefault(current[0], []).append(k)  # named again here: a period after it applies too
                if not host and k in hosted:
                    # the explicit "trao FORM cho X" tells the recipient, authority and period better than the
                    # host's lead ("Tỉnh ủy X tổ chức lễ đón nhận" … "cho tập thể tỉnh X")
                    hosted.discard(k)
                    awards[k] = dataclasses.replace(awards[k], recipient=name, recipient_kind=kind,
                                                    conferrer=conferrer or awards[k].conferrer, period=period)
                    seen_order[k] = (f, key[1])
                    return
                elif not host and (period and not awards[k].period or conferrer and not awards[k].conferrer):
                    # the headline named the award; the body tells who gave it and for what period
                    awards[k] = dataclasses.replace(awards[k], conferrer=awards[k].conferrer or conferrer,
                                                    period=awards[k].period or period,
                                                    **normalise(awards[k].form, awards[k].conferrer or conferrer))
                last_word = name.split()[-1] if len(name.split()) > 1 else ""
                if len(name) > len(awards[k].recipient) and not (last_word.islower() and last_word not in (
                        "tỉnh", "huyện", "xã", "phường", "quận", "phố", "trấn")):  # (str.islower: "Đồng" is no lowercase word)
                    # the fuller written form ("Công ty cổ phần" over "Công ty CP"), not one running into a verb
                    awards[k] = dataclasses.replace(awards[k], recipient=name)
                if conferrer and awards[k].conferrer and len(conferrer) > len(awards[k].conferrer) \
                        and conferrer.startswith(awards[k].conferrer + " "):
                    # "Chủ tịch nước" and "Chủ tịch nước CHXHCN Việt Nam": written twice, the fuller form
                    awards[k] = dataclasses.replace(awards[k], conferrer=conferrer)
                if len(key[0]) > len(f):  # "Huân chương Lao động" (headline) is the body's "… hạng Ba"
                    awards[k] = dataclasses.replace(awards[k], form=form, **normalise(form, awards[k].conferrer))
                    seen_order[k] = (key[0], seen_order[k][1])
                return
        seen_order.append(key)
        made_at.setdefault(current[0], []).append(len(awards))
        if host:
            hosted.add(len(awards))
        awards.append(Award(form=form, recipient=name, recipient_kind=kind, conferrer=conferrer,
                            period=period, **normalise(form, conferrer), evidence=(sent.evidence(),)))

    def in_which(k: int, sent: Sentence, after: int) -> None:
        """"…; trong đó có A, B" / next sentence "Trong đó có A, B": names among a counted conferral's recipients."""
        w = IN_WHICH.search(sent.text, after)
        if w and FORM_RE.search(sent.text, after, w.start()):
            return  # "tặng A cho 25 tập thể; tặng B cho 12 tập thể, trong đó có …": the list belongs to B
        if w and pending and pending_at >= k - 1:
            lists = [w.group("list")]
            nxt = NEXT_KIND.match(sent.text, w.end())
            while nxt:
                lists.append(nxt.group("list"))
                nxt = NEXT_KIND.match(sent.text, nxt.end())
            for lst in lists:
                for name, kind in recipients_from_list(distribute_types(lst)):
                    add(pending[0], name, kind, pending[1], pending[2], sent)

    def inherited(form: str) -> str | None:
        """The article-level period, for an award of the family its sentence names (another decision has its own)."""
        if meeting_period[0] and (ORDER_LIKE.match(form) or doc_period and doc_period.lower() not in sentences[current[0]].text.lower()):
            return None
        return doc_period if not doc_forms or form_family(form) in doc_forms else None

    def other_kind_target(s: str, back: re.Match | None, k: int) -> tuple[str, str | None, str | None] | None:
        """"Các cá nhân gồm: …" opening the sentence after a conferral "cho N tập thể, cá nhân gồm: A; B" whose list
        named only one kind: the other kind of recipients of that conferral (its form, conferrer and period)."""
        if not back or back.group("mid") or back.start() > 2 or FORM_RE.search(s) or not made_at.get(k - 1):
            return None
        if not _BOTH_KINDS.search(sentences[k - 1].text):
            return None
        last = awards[made_at[k - 1][-1]]
        if any(awards[j].form != last.form for j in made_at[k - 1]):
            return None
        return last.form, last.conferrer, last.period

    listed: tuple[int, tuple[str, str | None, str | None] | None] = (-9, None)  # the last list sentence and its conferral
    made_before = 0
    made_at: dict[int, list[int]] = {}  # sentence index -> records it added or named again
    current = [0]  # the sentence being read
    header_list_at = -9  # the last sentence that was a "FORM: A, B" list item
    for k, sent in enumerate(sentences):
        current[0] = k
        if k:
            # (not a date: "Tờ trình … ngày 27 tháng 02 năm 2008")
            dp = next((d for d in DOC_PERIOD.finditer(sentences[k - 1].text)
                       if not re.search(r"tháng\s+\d{1,2}\s*$", sentences[k - 1].text[:d.start(1)])), None)
            if dp and re.match(r"\s*Căn cứ|[^.;]*(?<!\w)(?:Luật|Nghị định|Thông tư)\s", sentences[k - 1].text):
                dp = None  # "Căn cứ Luật Thi đua, khen thưởng năm 2022": the law's year rewards nothing
            if dp and _year_of_a_form(sentences[k - 1].text, dp.start(1)):
                dp = None  # "đã được tặng FORM1 năm 1998, Cờ thi đua của X năm 2010": when each was given, no more
            if dp and year_to_come(sentences[k - 1].text[:dp.start(1)]) and not FORM_RE.search(sentences[k - 1].text):
                dp = None  # "phát động và ký giao ước thi đua năm 2022": the year to come rewards nothing yet
            if dp:
                # "hội nghị tổng kết công tác thi đua năm 2022", "Đại hội thi đua yêu nước lần thứ V - năm 2015": the
                # year a meeting or congress reviews, a conferral's period only where its own sentence says it again
                meeting_period[0] = bool(re.search(r"(?<!\w)(?:[Tt]ổng kết|[Ss]ơ kết|[Hh]ội nghị|Đại hội|đánh giá)\s+(?:(?!tặng|trao)[^.;])*$",
                                                   sentences[k - 1].text[:dp.start(1)]))
                doc_period = dp.group(1) if made[0] == made_before else None
                doc_forms = [form_family(form_text(f)) for f in FORM_RE.finditer(sentences[k - 1].text)]
        if k and made_at.get(k - 1) and re.match(r"\s*(?:(?:Đây|Đó) là\s+(?:những|các)\s+(?:đơn vị|tập thể|cá nhân)(?:\s*,\s*(?:tập thể|cá nhân))?\s+)?"
                                                  r"(?:[Đđ]ã|[Vv]ì)\s+(?:có\s+)?(?:thành tích|hoàn thành)", sent.text):
            # "… 2. Trường B, | đã có thành tích xuất sắc trong công tác năm 2023.", "Đây là những đơn vị đã hoàn thành
            # xuất sắc … năm 2020": the period of the list before
            when = sentence_period(sent.text)
            for j in made_at[k - 1]:
                if when and not awards[j].period:
                    awards[j] = dataclasses.replace(awards[j], period=when)
        made_before = made[0]
        made_at[k] = []
        s = sent.text
        if pending_at == k - 1:
            in_which(k, sent, 0)
        this_award = _THIS_AWARD.search(s) if made_at.get(k - 1) and not FORM_RE.search(s) else None
        if this_award:
            # the subject before the verb ("Các Thứ trưởng gồm A, B và C", "Ông A và bà B") receives the last award again
            head = re.sub(r"^\s*(?:[Cc]ác|[Nn]hững)\s+[^,;:]{1,40}?\s+(?:gồm có|gồm|là)\s*:?\s*", "", s[:this_award.start()])
            last = awards[made_at[k - 1][-1]]
            for name, kind in recipients_from_list(head) if head != s[:this_award.start()] else subject_recipients(head + " được"):
                add(last.form, name, kind, last.conferrer, last.period, sent)
            continue
        # "NSND Lê Thị A", "NGƯT Trần B": an abbreviated title before a name is how the person is addressed
        mentions = [mm for mm in FORM_RE.finditer(s) if not ADDRESSED.match(s, mm.start())]
        back = LIST_BACKREF.search(s)
        other_kind = other_kind_target(s, back, k)
        if other_kind is not None:
            pass  # "… cho 10 tập thể, cá nhân gồm: A; B. | Các cá nhân gồm: C, T." the persons of the same conferral
        elif back and back.group("mid"):
            # "Các tập thể được khen thưởng gồm: …"; a counted subject with its own form is a conferral of its own
            if not re.search(r"khen|tặng|trao|nhận", back.group("mid")) or back.group("count") and FORM_RE.search(back.group("mid")):
                back = None
        elif back and not (pending and (back.group("this") or pending_at == k - 1) and not FORM_RE.search(s)):
            back = None  # "(4 tập thể này / Các đơn vị) gồm: …" names the recipients of a counted conferral before
        elif back and _ATTENDING.search(s[:back.start()]):
            back = None  # "Dự hội nghị có các đồng chí: A, T; B, T.": those attending, not the counted recipients
        if not back and pending and pending_at == k - 1 and not FORM_RE.search(s):
            back = LIST_THAT.match(s)  # "Đó là các đơn vị: …", "Cụ thể: …"
        if back and not NOT_MADE.search(s[:back.start("list")]):
            # "Các tập thể được khen thưởng gồm: A, B, C": the recipients of an earlier (or named) conferral
            named = FORM_RE.search(back.groupdict().get("mid") or "")
            target = (form_text(named), None, None) if named else other_kind or pending
            if not named and pending_mothers and _MOTHERS_LISTED.match(back.group("list")):
                target = pending_mothers  # "12 mẹ được truy tặng là các mẹ A, B": the mothers' title, not an order named since
            if target:
                sm = sentence_period(s)
                conferrer = target[1]
                if named:
                    ct = CONFERRER_TAIL.match(back.group("mid")[named.end():])
                    conferrer = trim_conferrer(ct.group("x")) if ct else (pending[1] if pending else doc_conferrer)
                period = sm or target[2] or inherited(target[0])
                found = recipients_from_list(distribute_types(back.group("list")))
                for name, kind in found:
                    add(target[0], name, kind, conferrer, period, sent)
                if found:
                    listed = (k, (target[0], conferrer, period))
                    continue
        if pending and pending_at == k - 1 and _EMPTY_LIST_HEAD.fullmatch(s):
            listed = (k, pending)  # "… cho năm cá nhân. | Các cá nhân gồm: | Thượng tướng A, T. | Đại tá B, T.": a line each
            continue
        if listed[0] == k - 1 and (_ITEM_NUMBER.fullmatch(s) or "\n" not in text[sentences[k - 1].end:sent.start]
                                   and (_CLAUSE_VERB.search(s) or not _PERSON_ITEM.match(s)) and not FORM_RE.search(s)):
            # "1. Ông A, nông dân ở xã B. Ông đã hiến đất … | 2. Bà C, …": an item's number, or its own story, goes on
            # the list
            listed = (k, listed[1])
            continue
        if listed[0] == k - 1 and not FORM_RE.search(s) and _PERSON_ITEM.match(s) and not _CLAUSE_VERB.search(s):
            # "Các cá nhân gồm: Ông A, T1. | Bà B, T2.": the list goes on in the next paragraph, one person each
            found = [r for r in recipients_from_list(s) if r[1] == "individual"]
            listed_form, listed_conferrer, listed_period = listed[1]
            for name, kind in found:
                add(listed_form, name, kind, listed_conferrer, listed_period, sent)
            if found:
                listed = (k, listed[1])
                continue
        colon = s.rfind(":")
        if mentions and mentions[-1].end() <= colon and CONFERRAL.search(s) and not NOT_MADE.search(s) \
                and _PERSON_ITEM.match(s[colon + 1:] or " ".join(x.text for x in sentences[k + 1:k + 3])):
            # "Danh sách 19 người được nhận Bằng khen của Thủ tướng Chính phủ: 1. Ông A, … | 2. Bà B, …": the list
            # goes on after the first item
            mm = mentions[-1]
            ct = CONFERRER_TAIL.match(s[mm.end():])
            listed = (k, (form_text(mm), trim_conferrer(ct.group("x")) if ct else doc_conferrer,
                          sentence_period(s) or inherited(form_text(mm))))
        head = ITEM_LEAD.match(s)
        if mentions and mentions[0].start() == head.end() and not CONFERRAL.search(s) and k and (
                header_list_at == k - 1 or CONFERRAL.search(sentences[k - 1].text) and not NOT_MADE.search(sentences[k - 1].text)):
            # "… tặng các hình thức khen thưởng sau: | - Huân chương Lao động hạng Ba: A, B. | - Bằng khen của X: C."
            mm = mentions[0]
            tail = s[mm.end():mentions[1].start() if len(mentions) > 1 else len(s)]
            ct = CONFERRER_TAIL.match(tail) or BARE_CONFERRER.match(tail)
            colon = re.match(r"\s*(?:\([^)]*\))?\s*:\s*", tail[ct.end():] if ct else tail)
            if colon:
                form = form_text(mm)
                lst = (tail[ct.end():] if ct else tail)[colon.end():]
                own = sentence_period(s)
                for name, kind in recipients_from_list(distribute_types(lst)):
                    add(form, name, kind, trim_conferrer(ct.group("x")) if ct else doc_conferrer,
                        own or inherited(form), sent)
                header_list_at = k
                continue
        if not mentions or not CONFERRAL.search(s):
            continue
        sent_conferrer = None
        am = ON_BEHALF.search(s)
        sent_conferrer = authorised_by(s) or (am.group("x").strip() if am else None)
        if sent_conferrer == "Đảng, Nhà nước" and re.search(r"(?<!\w)Đảng và Nhà nước(?!\w)", text):
            sent_conferrer = "Đảng và Nhà nước"  # the same authority written twice differently: the fuller form
        dm = SECTOR_DECIDER.search(s) or DECIDER.search(s) or DECISION_OF.search(s)  # "X đã ký quyết định tặng …" here
        sent_decider = decider(dm.group("x")) if dm else None
        # "(1997–2012)" after an anniversary or a term: a bracketed bare span is not an achievement period
        period = sentence_period(s, mentions)
        last_conferrer = None  # "X tặng A cho B; tặng C cho D": X confers both
        last_state = False  # whether the form it was named for is an order or a State title
        proposal = False  # "thống nhất trình X khen thưởng A cho B; B cho C": the whole list is proposed
        per_mention: list[tuple[str, list, str | None, bool, bool, str | None]] = []
        mention_ends: list[int] = []  # where each of them ends in the sentence
        for i, mm in enumerate(mentions):
            if inside(quoted_spans(s), mm.start(), mm.end()) and not (mm.group("named") or mm.group("title")):
                continue
            before_all = s[:mm.start()]
            # the clause begins after ";" or a full stop, not after the dot of "TP. Tuy Hòa"
            stops = [d.start() for d in re.finditer(r"\. ", before_all) if not _NO_BREAK.search(before_all[max(0, d.start() - 4):d.start() + 1])]
            clause_start = max(before_all.rfind(";"), stops[-1] if stops else -1)
            prev_end = mentions[i - 1].end() if i else 0
            clause = s[max(clause_start + 1, prev_end):mm.start()]
            if NOT_MADE.search(clause) or NOT_MADE.search(s[:mm.start()][-60:]):
                proposal = True
                continue
            if proposal and (not CONFERRAL.search(clause) or ";" not in clause and re.search(
                    r"(?:\svà\s+(?:[^;,.]{0,40}?\s)?|,\s*)(?:tặng|trao tặng|tặng thưởng)\s*$", clause)):
                continue  # "đề nghị A tặng FORM cho B và C tặng FORM cho D", "…, tặng FORM cho D": all are proposed
            form = form_text(mm)
            seg_end = mentions[i + 1].start() if i + 1 < len(mentions) else len(s)
            tail = s[mm.end():seg_end]
            more = _MORE_GRADES.match(tail) if re.search(r"hạng\s+\w+$", form) else None
            grades = [form] + [re.sub(r"(?<=hạng\s)\w+$", re.sub(r"^hạng\s+", "", g.group(0)), form)
                               for g in _GRADE_WORD.finditer(more.group(0))] if more else []
            if more:
                tail = tail[more.end():]  # "FORM hạng Nhì, hạng Ba cho A và B": the grades go to A and B in turn
            conferrer = None
            ct = CONFERRER_TAIL.match(tail) or BARE_CONFERRER.match(tail)
            rest_start = 0
            if ct:
                conferrer = trim_conferrer(ct.group("x"))
                rest_start = ct.end()
            rest = tail[rest_start:]
            if ct:  # "đón nhận FORM của X trao tặng (và …)": X gave it; no recipient follows the verb
                rest = re.sub(r"^\s*(?:trao tặng|tặng thưởng|tặng|trao)(?=\s*(?:[.;:)]|$|và\s))", "", rest)
            decision = BY_DECISION.match(rest)  # "NNƯT theo Quyết định số 55/QĐ-CTN của Chủ tịch nước, gồm: …"
            if decision:
                if not conferrer and decision.group("x"):
                    conferrer = decider(decision.group("x"))
                rest = rest[decision.end():]
            by = BY_AUTHORITY.match(rest)
            if by and not conferrer:
                conferrer = decider(by.group("x"))  # "… hạng Ba do Chủ tịch nước trao tặng"
            if by and _LIST_AFTER_FORM.match(rest[by.end():]):
                rest = rest[by.end():]  # "danh hiệu “X” do Chủ tịch nước ký tặng, gồm: A; B": the list follows
            rest = re.sub(r"^\s*[“\"][^”\"]*[”\"]", "", rest)  # the movement name after a flag
            recipients: list[tuple[str, str]] = []
            host = False  # recipients taken from "X tổ chức lễ đón nhận FORM": the host, unless named otherwise
            # ("FORM … là R1, R2"; not "…, xã B là địa phương …": another clause's subject)
            # "Tặng FORM đối với A": the recipient right after the form (not "… vì đóng góp đối với ngành")
            cm = re.match(r"^\s*(?:năm\s+\d{4}\s+)?đối với(?:\s*:)?\s+(?=[A-ZĐÀ-Ỹ0-9]|các|\d|(?:ông|bà|mẹ|đồng chí|anh|chị)\s)", rest) or \
                _PASSIVE_THEN_RECIPIENT.match(rest) or re.match(r"^[^;]*?(?:\s|^)(?:cho|(?:tới|đến)(?!\s+(?:hết\s+)?(?:năm\s+|ngày\s+)?\d|\s+nay(?!\w)))(?:\s*:)?\s+|^[^;,]*?(?:\s|^)là(?:\s*:)?\s+(?!(?:đã|vì|do|để|nhờ|có|được|những|một)\s)", rest) or (
                re.match(r"^\s*(?:tặng|trao tặng|trao)\s+(?=[^;]{0,12}[A-ZĐÀ-Ỹ])", rest) if ct else None) or (
                re.match(r"^\s*tặng\s+", rest) if re.search(r"(?<!\w)trao\s*$", clause) else None) or \
                _COUNT_THEN_LIST.match(rest)  # "trao FORM tặng R"; "tặng FORM 4 tập thể, gồm: A; B"
            # "5 tập thể được X tặng Bằng khen: 1.A; 2.B", "FORM của X gồm: A, B và C": the list follows the form
            colon = _LIST_AFTER_FORM.match(rest)
            if colon:
                lst = re.split(r"(?<!\w)(?:tặng|trao tặng|trao)\s", rest[colon.end():])[0]
                lst = re.sub(r"\n\s*(?:[-–+•]|\d{1,2}\s*[.)])?\s*$", "", lst)  # the next item's bullet, before its form
                recipients = counted_head_places(clause, lst) or recipients_from_list(distribute_types(lst))
                if not conferrer:
                    conferrer = passive_conferrer(clause)
            # "FORM năm 2020 cho R": a period between the form and its recipients
            elif cm and (not re.match(r"^\s*(?:năm|giai đoạn)", rest) or re.match(rf"^\s*{PERIOD.pattern}\s+(?:cho|tới|đến)\s", rest)):
                lst = rest[cm.end():]
                parts = re.split(r"(?<!\w)(?:tặng|trao tặng|trao)\s", lst, maxsplit=1)
                lst = parts[0]
                if len(parts) > 1 and ";" in lst:
                    lst = lst[:lst.rfind(";")]  # "cho A; UBND tỉnh tặng …": the next clause's subject is no recipient
                elif len(parts) > 1 and re.search(r"\svà\s+[^,;]{2,40}$", lst):
                    lst = lst[:re.search(r"\svà\s+[^,;]{2,40}$", lst).start()]  # "cho A và Giám đốc Sở tặng …": likewise
                recipients = recipients_from_list(distribute_types(lst))  # "cho UBND các huyện A và B": one each
            elif CEREMONY.search(clause) and not VERB_THEN_RECIPIENT.search(clause):
                # "dự Lễ (kỷ niệm … và) đón nhận FORM của X": X owns the ceremony and receives; those attending do not;
                # "… FORM của Chủ tịch nước": the authority, and the owner is named in the ceremony's title if at all
                owned = ct and not confers(ct.group("x"), form)
                founded = re.search(r"(?:thành lập|truyền thống)\s+(?:của\s+)?(?P<x>[A-ZĐÀ-Ỹ][^;,]*?)\s+(?:và\s+)?đón nhận\s*$", clause)
                owner = piece_recipient(cut_reason(ct.group("x") if owned else founded.group("x") if founded else ""))
                recipients = [owner] if owner and owner[1] == "collective" else []
                named_in = re.search(r"(?:[Ll]ễ|Đại hội|Hội nghị)\s+(?P<x>[^;]*?)\s+(?:và\s+)?đón nhận\s*$", clause)
                if not recipients and not owned and named_in:  # "dự Đại hội thi đua yêu nước Tập đoàn X và đón nhận …"
                    recipients = [r for r in subject_recipients(named_in.group("x")) if r[1] == "collective"]
                if owned:
                    conferrer = None
            elif re.search(r"(?:được(?:\s+công nhận)?|(?<!công )nhận|đón nhận)\s*(?:(?:[^,;]|,(?=\s*Nhà nước))"  # "được Đảng, Nhà nước tặng"
                           # "được phong tặng “Anh hùng …”", "đã được tặng: 1 FORM, 2 FORM": a quote or a count before it
                           r"{0,40}(?:tặng thưởng|truy tặng|tặng|trao))?[\s“\"]*(?::\s*)?(?:\d{1,2}\s+)?$", clause):
                # "GS.TS A - Giám đốc Sở X được …", "…; các đồng chí B - T1, T2; C - T và đồng chí D - T được …":
                # titled persons listed with ";" before the verb, back to the previous form
                recipients = titled_people(verb_head(s[prev_end:mm.start()])) or subject_recipients(clause)
                by_host = _HOST_THEN_RECEIVES.search(clause)
                hosts = [r for r in subject_recipients(by_host.group("x")) if r[1] == "collective"] if by_host else []
                if hosts and not any(lexicon.GOVERNING_ORGAN_RE.match(r[0]) for r in hosts):
                    # "Công an tỉnh X tổ chức lễ kỷ niệm … thành lập Y (…), đón nhận FORM": the host, not Y, receives
                    # (a place's Party committee or People's Committee hosts for the place whose founding is marked)
                    recipients = hosts
                titled = _HEADLINE_SUBJECT.match(clause) if not prev_end else None
                if titled and piece_recipient(titled.group("r"), whole=True):
                    # "LLVT Quân khu 3: Đón nhận FORM": a headline names who received before a colon, written whole
                    recipients = [piece_recipient(titled.group("r"), whole=True)]
                if not recipients and k:
                    recipients = implied_subject(s, s[:mm.start()], sentences[k - 1].text) or \
                        pronoun_subject(clause, sentences[k - 1].text + " " + s[:mm.start() - len(clause)]) or \
                        body_backref(clause, s, text[:sentences[k].start])
                if UNNAMED_SUBJECT.search(clause):
                    recipients = []  # "A tặng hoa chúc mừng các cá nhân vinh dự được tặng …": no one named
                host = bool(re.search(r"(?<!\w)tổ chức(?!\w)", clause))
                unnamed = _GIVEN_TO_UNNAMED.search(s, mm.end()) if host else None
                if unnamed and not re.search(r"(?<!\w)(?:trao|tặng|nhận|cho)(?!\w)|;|\.\s", s[mm.end():unnamed.start()]):
                    # "X tổ chức lễ đón nhận FORM1, FORM2 do Y trao tặng các tập thể và cá nhân": not the host (but
                    # "… đón nhận FORM1 và trao FORM2 cho các tập thể": the host receives FORM1)
                    recipients = []
                if not conferrer:
                    conferrer = passive_conferrer(clause)
            else:
                # ("X quyết định khen thưởng FORM cho …": X decides)
                # (not the office inside a deputy's title: "Phó Chủ tịch nước A trao" presents)
                vm = re.search(r"(?<![\wÀ-ỹđĐ])(?<!Phó )(?P<x>(?:[A-ZĐÀ-Ỹ][\wÀ-ỹđĐ]*)(?:\s+[\wÀ-ỹđĐ-]+){0,6}?)\s+(?:đã\s+|vừa\s+)?(?:tặng|trao tặng|trao|tặng thưởng"
                               r"|quyết định khen thưởng)\s*$", clause)
                if vm and not conferrer and not sent_conferrer and lexicon.title_head_re().match(vm.group("x")) \
                        and not (presenting and re.search(r"trao(?: tặng)?\s*$", vm.group(0))):
                    conferrer = trim_conferrer(vm.group("x"))
                # "Chủ tịch nước tặng Trường THPT A Huân chương …": the recipient sits between verb and form
                between = re.search(r"(?<!\w)(?:tặng thưởng|truy tặng|trao tặng|tặng|trao)\s+(?P<r>(?:[A-ZĐÀ-Ỹ]|lực lượng\s+[A-ZĐ]"
                                    r"|(?:nhân dân|quân và dân|cán bộ)(?:\s*(?:,|và)\s*[a-zà-ỹđN]+(?:\s+[a-zà-ỹđ]+)?)*\s+(?:xã|huyện|tỉnh|thị xã|thành phố|phường|thị trấn|quận)\s)"
                                    r"[^,;:]{2,120}?)\s*$", clause)  # "tặng thưởng lực lượng Công an nhân dân FORM"
                # "trao tặng đồng chí A, T1 FORM1 và đồng chí B, T2 FORM2": a titled person between verb and form, and the
                # next one after "và" before the next form
                titled = _VERB_TITLED_PERSON().search(clause) if not between else None
                if titled is None and i > 0 and per_mention and per_mention[-1][1] \
                        and all(kind == "individual" for _, kind in per_mention[-1][1]):
                    titled = _NEXT_TITLED_PERSON().fullmatch(clause)
                if titled:
                    recipients = [(titled.group("r"), "individual")]
                if between and not vm:
                    recipients = recipients_from_list(re.sub(r"\s+danh hiệu$", "", between.group("r")))  # "… A danh hiệu Huân chương"
                    if recipients and not conferrer and not sent_conferrer:
                        before_verb = clause[:between.start()]
                        who = re.search(r"(?<![\w/-])(?<!Phó )(?<!Chủ tịch )(?P<x>(?:Đảng(?:,|\s+và)\s+Nhà nước|Chủ tịch|Thủ tướng|Bộ trưởng|Giám đốc|Bộ|UBND|Ủy ban"
                                        r"|Chính phủ|Nhà nước)[^,;.]{0,40}?)\s*(?:đã\s+|vừa\s+)?$", before_verb)
                        if who:
                            conferrer = decider(who.group("x"))
            # (also "Đón nhận FORM, R vinh dự …": the participle fronted without "được")
            fronted = FRONTED_SUBJECT.match(rest) if re.match(r"\s*(?:[Vv]inh dự\s+)?(?:[Đđ]ược\s|(?:[Đđ]ón nhận|[Nn]hận)\s*$)", clause) else None
            if not recipients and fronted:
                # "Được Chủ tịch nước tặng FORM, Hội A tổ chức lễ đón nhận": the subject after the comma received it
                recipients = subject_recipients(fronted.group("subj") + " nhận")
            if not conferrer and not sent_conferrer:  # "thay mặt …, X trao": X only presents
                # ("Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch tặng": the commas inside a sector's name are no boundary;
                # "Trung ương Đoàn / Ban Thường vụ Tỉnh ủy / Tổng Liên đoàn … tặng": bodies that confer their own awards)
                sector_clause = sector_spelling_re().sub(lambda t: t.group(0).replace(",", "\x00"), clause)
                vm = re.search(r"(?<![\w/-])(?<!Phó )(?<!Chủ tịch )(?P<x>(?:Đảng(?:,|\s+và)\s+Nhà nước|Chủ tịch|Thủ tướng|Bộ trưởng|Giám đốc|Bộ|UBND|Ủy ban|Chính phủ"
                               r"|Nhà nước|Trung ương|Ban Chấp hành|Ban Thường vụ|Tổng Liên đoàn)[^,;.]{0,60}?)\s+(?:đã\s+|vừa\s+)?"
                               r"(?:tặng|trao tặng|tặng thưởng|quyết định khen thưởng)\s*$", sector_clause)
                # ("Phó Thủ tướng Thường trực Chính phủ A trao tặng": the office inside a deputy's title confers nothing)
                deputy = vm and re.search(r"(?<!\w)Phó\s+(?:[\wÀ-ỹđĐ]+\s+){0,4}$", sector_clause[:vm.start("x")])
                if vm and not deputy and not re.search(r"(?:ký|ban hành)\s+[Qq]uyết định|(?<!\w)(?:được|tổ chức|lễ)(?!\w)", vm.group("x")) \
                        and not (presenting and re.search(r"trao(?: tặng)?\s*$", vm.group(0))):
                    x = vm.group("x").replace("\x00", ",")
                    body = re.match(r"(?:Trung ương|Ban Chấp hành|Ban Thường vụ|Tổng Liên đoàn)", x)
                    conferrer = trim_conferrer(x) if body else decider(x)  # a body is named whole, no holder inside
            if not conferrer and not sent_conferrer:
                # "Cùng dịp, Liên đoàn Lao động tỉnh tặng Bằng khen …": the organisation right before "tặng" gives it
                om = re.search(rf"(?:^|[,;:]\s*)(?P<x>(?:{HEAD_RE.pattern})[^,;.]{{0,50}}?)\s+(?:đã\s+|vừa\s+)?"
                               r"(?:tặng|tặng thưởng|trao tặng)\s*$", clause)
                if om and not re.search(r"(?<!\w)(?:được|ký|ban hành|và|tổ chức|lễ)(?!\w)", om.group("x")) \
                        and not (presenting and re.search(r"trao tặng\s*$", om.group(0))) \
                        and not re.search(r"[Tt]hay mặt|(?:ủy|uỷ) quyền", clause):  # "Thay mặt …, X trao tặng": a presenter
                    conferrer = trim_conferrer(om.group("x"))
            # "Cờ thi đua, Bằng khen …", "Bằng khen năm 2020 và Cờ thi đua …"
            joined = bool(re.fullmatch(rf"\s*(?:\(?\s*{PERIOD.pattern}\s*\)?\s*|\(\s*(?:năm\s+)?\d{{4}}\s*\)\s*)?(?:,|và)\s*",
                                       clause)) and i > 0  # "… hạng Nhất (2010), Huân chương …": the year it was given
            # "được tặng “Anh hùng …”; 1 Huân chương A, 4 Huân chương B": a counted list of forms for the same recipient
            joined = joined or i > 0 and bool(re.fullmatch(rf"\s*[”\"]?\s*(?:của\s+[^,;.]{{1,60}}?\s*)?[;,]?\s*(?:và\s+)?(?:\d{{1,2}}|một|{NUMBER_WORDS})\s+",
                                                            clause))
            if not conferrer and re.search(r"(?<!\w)cũng\s+(?:(?:được|vinh dự|đã)\s+)*(?:được|nhận)(?!\w)", clause) \
                    and last_made[0]:
                conferrer = last_made[0]  # "B cũng được tặng …": also, so by the same authority as the last conferral
            if conferrer:
                last_conferrer, last_state = conferrer, bool(STATE_FORM.match(form))
            # ("X tặng FORM1 cho A, trao FORM2 cho B": a second verb without a subject after the first list)
            elif (joined or re.match(r"^\s*(?:;|,)?\s*(?:và\s+)?(?:tặng|trao)", clause)
                  or re.search(r"(?:^|[,;])\s*(?:và\s+)?(?:(?:đã|cũng)\s+)?(?:trao tặng|tặng thưởng|tặng|trao)\s*$", clause) or not clause.strip() and re.search(r";\s*$", s[:mm.start()])
                  or re.search(r"(?<!\w)được\s+(?:trao tặng|tặng thưởng|tặng|trao)\s*$", clause)) and last_conferrer \
                    and bool(STATE_FORM.match(form)) == last_state:
                # "A cũng được X tặng …, B được tặng …": one authority for the sentence, for forms it can confer
                # (not "được tặng Cờ thi đua của Chính phủ; … được tặng Huân chương …": an order is the State's)
                conferrer = last_conferrer
            # "A đón nhận FORM1 của X trao tặng và đón nhận FORM2 của Y": A receives again
            again = i > 0 and re.fullmatch(r"\s*(?:của\s+[^,;.]{1,60}?\s*)?(?:(?:trao tặng|tặng thưởng|tặng|trao)\s*)?(?:,|và|,\s*và)\s*"
                                           r"(?:(?:đã|cũng|vinh dự)\s+)*(?:đón nhận|nhận)\s*", clause)
            # "…(năm 1993); Huân chương B (năm 2003)": a list of forms after a colon, one item after each ";"
            form_item = i > 0 and not clause.strip() and bool(re.search(
                rf"(?:\(\s*(?:năm\s+)?\d{{4}}\s*\)|{PERIOD.pattern})?\s*;\s*$", s[mentions[i - 1].end():mm.start()])) \
                and ":" in s[:mentions[i - 1].start()]
            if form_item and not recipients and per_mention and per_mention[-1][1]:
                joined = True  # the items share the recipient and authority of the first
                conferrer = conferrer or per_mention[-1][2]
            credited = _CREDITED_FOR.search(clause) if not recipients else None
            # ("Vietcombank", "Thaco": a body known by its own one-word name)
            credited_name = (piece_recipient(credited.group("x")) or ((credited.group("x"), "collective") if re.fullmatch(
                r"[A-ZĐ][\wÀ-ỹđĐ&-]+", credited.group("x")) else None)) if credited else None
            if credited and credited_name:
                # "Những đóng góp của A đã được X ghi nhận bằng nhiều phần thưởng: FORM1 (năm N); FORM2 …": A received
                recipients = [credited_name]
                conferrer = conferrer or trim_conferrer(credited.group("c"))
            # "A được X tặng FORM1; Y tặng FORM2 và FORM3", "…; 2 năm liền được Z tặng FORM4": honours A received in turn
            chained = i > 0 and bool(_NEXT_HONOUR.fullmatch(s, mentions[i - 1].end(), mm.start())) and bool(_RECEIVED_BEFORE.search(s, 0, mentions[i - 1].start()))
            if (joined or again or chained) and not recipients and per_mention and per_mention[-1][1]:
                recipients = per_mention[-1][1]  # "X nhận Cờ thi đua, Bằng khen": the same subject
            # "Thừa ủy quyền của Chủ tịch nước, A trao danh hiệu Anh hùng …" does not reach "B được trao huân chương
            # Chiến công" in another sentence: the delegated authority covers the awards its own sentence names
            delegated = doc_conferrer if not doc_conferrer_forms or form_family(form) in doc_conferrer_forms else None
            fuller = sent_conferrer or delegated
            if conferrer and fuller and fuller.startswith(conferrer + " "):
                conferrer = fuller  # "thừa ủy quyền của Chủ tịch nước CHDCND Lào … FORM của Chủ tịch nước": one authority
            conferrer = share_out(conferrer or sent_conferrer or sent_decider or delegated, form)
            shares_next = not recipients and i + 1 < len(mentions) and re.fullmatch(r"\s*(?:,|và)\s*", rest)
            own = re.match(rf"^\s*\(?\s*{PERIOD.pattern}", rest)  # "Bằng khen năm 2020 và Cờ thi đua năm 2022"
            if own and re.fullmatch(r"năm\s+\d{4}", own.group(1)) and ORDER_LIKE.match(form):
                own = None  # "được tặng Huân chương Hồ Chí Minh năm 2015": the year it was given, not what it rewards
            when = own.group(1) if own else period or inherited(form)
            if period and not own and recipients and _handed_over_later(s, mentions, i, period):
                when = None  # "trao FORM1 cho A và trao FORM2 cho B vì … từ năm 2010 đến năm 2015": B's reason
            if grades and len(recipients) == 1:
                # "A đã được tặng Huân chương Lao động hạng Nhất, Nhì, Ba": one recipient, each grade in turn
                for grade in grades:
                    mention_ends.append(mm.end())
                    per_mention.append((grade, recipients, conferrer, False, host, when))
                continue
            if grades and len(grades) == len(recipients) > 1:
                for grade, recipient in zip(grades, recipients):
                    mention_ends.append(mm.end())
                    per_mention.append((grade, [recipient], conferrer, False, host, when))
                continue
            if not recipients and per_mention and per_mention[-1][1] and i and _ALSO_GIVEN.fullmatch(clause) \
                    and ";" not in s[mentions[i - 1].end():mm.start()] and not _COUNTED_KIND.search(clause):
                recipients = per_mention[-1][1]  # "A được X tặng FORM1 và Y tặng FORM2": A received both
            mention_ends.append(mm.end())
            per_mention.append((form, recipients, conferrer, shares_next, host, when))
        # "Cờ thi đua và Bằng khen cho X": a form joined to the next one shares its recipients
        for j in range(len(per_mention) - 2, -1, -1):
            form, recipients, conferrer, shares_next, host, when = per_mention[j]
            if shares_next:
                per_mention[j] = (form, per_mention[j + 1][1], conferrer or per_mention[j + 1][2], False, host, when)
        for (form, recipients, conferrer, _shares, host, when), end in zip(per_mention, mention_ends):
            for name, kind in recipients:
                add(form, name, kind, conferrer, when, sent, host)
            if not recipients:
                pending, pending_at = (form, conferrer, when), k
                if form_family(form).startswith("ba me"):
                    pending_mothers = pending
                in_which(k, sent, end)
    # "Huyện ủy, UBND huyện X tổ chức lễ đón nhận FORM … trao FORM cho Đảng bộ và nhân dân huyện X":
    # the host is not a recipient when the passage names who received that award
    named = [a for k, a in enumerate(awards) if k not in hosted and a.recipient_kind == "collective"]

    def named_instead(host: Award) -> bool:
        place = " ".join(fold(host.recipient).lower().split()[-2:])  # "… huyện Thăng Bình": the place both name
        return any(same_form(fold(host.form).lower(), fold(b.form).lower()) and f" {place}" in f" {fold(b.recipient).lower()}"
                   for b in named)
    kept = [_full_person_name(_fuller_office(a, text), text) for k, a in enumerate(awards) if k not in hosted or not named_instead(a)]
    return [a for k, a in enumerate(kept) if not any((b.form, b.recipient) == (a.form, a.recipient) for b in kept[:k])]


def _full_person_name(award: Award, text: str) -> Award:
    """"… cho anh Hiếu và anh Trí": a person called by the given name alone is the one the passage named in full
    before ("Trần Kim Hiếu", "Nguyễn Minh Trí")."""
    if award.recipient_kind != "individual" or " " in award.recipient.strip():
        return award
    full = re.search(rf"(?<!\w)(?:{lexicon.surname_alternation()})(?:\s+{CAP_WORD}){{0,2}}\s+{re.escape(award.recipient)}(?!\w)", text)
    return dataclasses.replace(award, recipient=full.group(0)) if full else award


# the office a bare head stands for when the passage writes it in full ("Thủ tướng" … "Thủ tướng Chính phủ")
_OFFICE_COMPLETION = re.compile(r"\s+(?:Chính phủ|[Nn]ước)(?!\w)")


def _fuller_office(award: Award, text: str) -> Award:
    """"thừa ủy quyền của Thủ tướng A, …" and later "Bằng khen … của Thủ tướng Chính phủ": one authority, written in
    full; never the bare head when the fuller form is in the passage."""
    c = award.conferrer
    if c not in ("Thủ tướng", "Chủ tịch"):
        return award
    for m in re.finditer(rf"(?<!\w)(?<!Phó ){c}(?=\s)", text):
        full = _OFFICE_COMPLETION.match(text, m.end())
        if full:
            office = c + " " + full.group(0).strip()
            return dataclasses.replace(award, conferrer=office, **normalise(award.form, office))
    return award


