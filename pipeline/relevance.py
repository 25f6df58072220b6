"""Relevance: is the passage mainly about an emulation/commendation activity?

A transparent keyword score: positive cues weighted, hard negatives from
GUIDELINE §1 subtracted; the headline (first line) counts double.
"""

from __future__ import annotations

import math
import re

from thidua.textnorm import fold

POSITIVE = (
    (r"giao uoc thi dua", 3.0), (r"(cum|khoi) thi dua", 2.5), (r"phong trao thi dua", 2.0),
    (r"thi dua,? khen thuong", 2.5), (r"thi dua - khen thuong", 2.5), (r"huan chuong", 2.5),
    (r"bang khen", 2.0), (r"co thi dua", 2.5), (r"danh hieu", 1.0), (r"dien hinh tien tien", 2.0),
    (r"dai hoi thi dua", 3.0), (r"chien si thi dua", 2.0), (r"tap the lao dong", 2.0),
    (r"khen thuong", 1.0), (r"tuyen duong", 1.0), (r"bieu duong", 1.0), (r"ton vinh", 0.7),
    (r"phat dong", 1.0), (r"tong ket", 0.5), (r"cuoc van dong", 0.7), (r"anh hung", 1.0),
    (r"ky niem chuong", 1.5), (r"giay khen", 1.5), (r"thi dua", 0.5),
    # a ceremony handing over a commendation: "đón nhận Huân chương", "trao tặng Cờ thi đua"
    # (a badge named in quotes, "huy hiệu “Tuổi trẻ dũng cảm”", not a Party-membership badge "Huy hiệu 70 năm tuổi Đảng")
    (r"(don nhan|trao tang|truy tang|phong tang|trao) (huan chuong|co thi dua|bang khen|danh hieu|ky niem chuong|huy hieu\s*[“\"])", 2.0),
    # a signed commendation decision: "ký Quyết định số … tặng Bằng khen", "có Quyết định về việc tặng Cờ thi đua"
    (r"quyet dinh\b[^.\n]{0,60}?\b(tang|truy tang|tang thuong|khen thuong) (bang khen|co thi dua|huan chuong|danh hieu|giay khen|ky niem chuong)", 3.0),
    # the youth union's bravery badge and its advanced-youth festivals
    (r"huy hieu tuoi tre dung cam", 2.0), (r"thanh nien tien tien", 1.5),
    # a commendation counted out to its recipients: "quyết định khen thưởng (đột xuất) 5 tập thể và 17 cá nhân"
    (r"khen thuong (dot xuat )?(cho )?(\d+|cac|nhieu) (tap the|ca nhan)", 2.0),
    # exemplary people honoured: "Tôn vinh 105 công nhân lao động tiêu biểu", "25 cá nhân … được biểu dương tại hội nghị"
    (r"(tuyen duong|bieu duong|ton vinh)( \d[\d.]*)? [^.;\n]{0,40}?\b(tieu bieu|dien hinh|tien tien|xuat sac)\b", 2.0),
    (r"\d[\d.]* (ca nhan|tap the)[^.;\n]{0,40}\bduoc (tuyen duong|bieu duong|ton vinh)\b", 2.0),
    # a proposal put to the public or a council: "danh sách cá nhân được đề nghị tặng thưởng Huân chương"
    (r"(?<!theo )de nghi (xet )?(khen thuong|tang|truy tang|tang thuong|phong tang)\b", 1.5),
)
NEGATIVE = (
    (r"huy chuong (vang|bac|dong)|\bhc(v|b|d)\b", 3.0), (r"dat chuan (nong thon moi|ntm)", 2.5),
    # (the heroic mothers' "Bằng công nhận danh hiệu" is a commendation, not a new-rural certificate)
    (r"bang cong nhan(?! danh hieu)", 2.0), (r"cum cong nghiep", 3.0), (r"dai hoi (dai bieu )?(nong dan|dang bo)", 2.5),
    (r"(chuc tet|tham, chuc tet|nam moi)", 1.5), (r"tong ket cong tac nam", 2.5), (r"giai (nhat|nhi|ba)", 0.5),
    # a contest launched or judged ("phát động cuộc thi viết", "cuộc thi tìm hiểu"): prizes, not commendation
    (r"cuoc thi (viet|tim hieu|sang tac|ve|anh|video|tieu pham|ke chuyen|hung bien)", 2.0),
)
_POS = [(re.compile(p), w) for p, w in POSITIVE]
_NEG = [(re.compile(p), w) for p, w in NEGATIVE]
THRESHOLD = 3.0
# A sports medal or a new-rural standard named in the same sentence as a state commendation is the reason for
# that commendation or a ceremony it shares ("vận động viên giành huy chương vàng nhận Bằng khen của Thủ tướng",
# "trao Huân chương … và Quyết định công nhận huyện đạt chuẩn nông thôn mới"): news about the commendation,
# so those negatives do not count there.
_EXCUSABLE = re.compile(r"huy chuong (vang|bac|dong)|\bhc(v|b|d)\b|giai (nhat|nhi|ba)|dat chuan (nong thon moi|ntm)")
_STATE_COMMENDATION = re.compile(r"bang khen|huan chuong|co thi dua|chien si thi dua|danh hieu (vinh du|anh hung)")
# a government commending ("UBND tỉnh X tổ chức gặp mặt, tuyên dương và khen thưởng các VĐV"): its commendation is
# the news (not a cash reward: "UBND tỉnh trích 1,7 tỷ đồng để khen thưởng")
_GOVERNMENT_COMMENDS = re.compile(r"\b(ubnd|uy ban nhan dan|chu tich ubnd)\b(?:(?!\btrich\b|\bdong\b)[^.|]){0,80}\bkhen thuong\b")
_CONFERRED = re.compile(r"\b(trao|tang|nhan|don nhan|khen thuong)\b")
_SENTENCE_END = re.compile(r"[.!?;\n]+\s*")


def relevance_score(text: str) -> float:
    """A score in [0, 1); ≥ 0.5 means relevant."""
    folded = fold(text)
    headline, _, body = folded.partition("\n")
    # a passage whose point (headline or opening sentence) is a commendation handed over: the athletes' medals
    # or the new-rural standard beside it do not count against it anywhere in the passage
    point = " | ".join(_opening(folded))
    excused = bool((_STATE_COMMENDATION.search(point) and _CONFERRED.search(point)) or _GOVERNMENT_COMMENDS.search(point))
    raw = 0.0
    for part, weight in ((headline, 2.0), (body, 1.0)):
        for rx, w in _POS:
            n = len(rx.findall(part))
            raw += weight * w * min(n, 3)
        scored = " | ".join(_not_excused(part, excused))
        for rx, w in _NEG:
            n = len(rx.findall(scored))
            raw -= weight * w * min(n, 3)
    # logistic squash around the threshold so the score reads as a probability-like figure
    return round(1.0 / (1.0 + math.exp(-(raw - THRESHOLD) / 2.0)), 4)


def _opening(folded: str, n: int = 2):
    """The first `n` sentences or lines that say something: headline and lead, past datelines and bylines."""
    for sentence in _SENTENCE_END.split(folded):
        if n == 0:
            return
        if len(re.findall(r"[a-z]{2,}", sentence)) >= 4:
            n -= 1
            yield sentence


def _not_excused(part: str, everywhere: bool = False):
    """Sentences of `part`, with excusable negatives dropped where a state commendation is their subject."""
    for sentence in _SENTENCE_END.split(part):
        if everywhere or _STATE_COMMENDATION.search(sentence):
            sentence = _EXCUSABLE.sub(" ", sentence)
        yield sentence
