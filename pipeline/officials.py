"""Officials: named people with the titles the article gives them.

Patterns handled (all within one sentence):
  "đồng chí A, T1, T2"  /  "ông A - T1"  /  "Các đồng chí: A, T; B, T"
  "T1 A" (title before the name)  /  "T1 A - T2" (both)
One Official per person per article; titles are the union over mentions.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from thidua.models import Evidence, Official
from thidua.textnorm import name_key

from . import gazetteer, lexicon
from .orgnames import NAME_WORDS, sector_spelling_re
from .textutil import CAP_WORD, Sentence, clean_spaces, inside, quoted_spans, sentence_at

HONORIFIC = re.compile(
    r"(?<!\w)(?:[Cc]ác đồng\s+chí|[Đđ]ồng\s+chí|[Đđ]/[cC]|[Đđ]\.c|[Ôô]ng|[Bb]à|[Tt]hầy(?:\s+giáo)?|[Cc]ô(?:\s+giáo)?)\s*:?\s+$"
)
NAME_RUN = re.compile(rf"(?<!\w){CAP_WORD}(?![\w])(?:[ \t]+{CAP_WORD}(?![\w])|(?<=[’'])[ \t]*{CAP_WORD}(?![\w]))*")
RANK_BEFORE = re.compile(
    r"(?<!\w)(?:(?:[Đđ]ại|[Tt]hượng|[Tt]rung|[Tt]hiếu|[Cc]huẩn) (?:tướng|tá|úy|uý)|(?:GS|PGS)[.-]\s?TS\.?|TS\.?|ThS\.?|Đô đốc"
    r"|Anh hùng (?:Lao động|LLVTND|Lực lượng vũ trang nhân dân)|NSND|NSƯT|NGND|NGƯT|TTND|TTƯT)[ \t]+$"
)
COMMON_SURNAMES = frozenset(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đoàn Trương Lâm Mai Trịnh Đào "
    "Cao Lưu Hà Tạ Lương Tô Phùng Chu "
    # Central Highlands names are often two words: "Y Ngọc", "Siu Hương", "Ksor Phước"
    "Y Ksor Siu Nay Rơ Rcom Kpă Điểu H' H’".split())
_LEADING_HONORIFIC = re.compile(r"^(?:Ông|Bà|Đồng chí|Anh|Chị|Thầy|Cô)[ \t]+")
_ADMIN_BEFORE = re.compile(r"(?:[Tt]ỉnh|[Hh]uyện|[Xx]ã|[Pp]hường|[Tt]hị trấn|[Tt]hị xã|[Qq]uận|[Tt]hành phố|TP\.?)[ \t]+$")


def _names_the_place(before: str, run: str) -> bool:
    """Is `run` the name of the place whose type word ends `before` ("UBND phường Trần Hưng Đạo")? After "tỉnh"
    only a province counts: "Phó Chủ tịch UBND tỉnh Hoàng Sơn" names its officer, though a commune is Hoàng Sơn."""
    kind = _ADMIN_BEFORE.search(before)
    if not kind:
        return False
    if re.match(r"[Tt]ỉnh", kind.group(0)):
        return gazetteer.is_province(run)
    return gazetteer.is_any_place(run)


# "Tỉnh Đoàn X", "Trung ương Đoàn": the youth union, not a person surnamed Đoàn
_YOUTH_UNION_OF = re.compile(r"(?:Tỉnh|Thành|Huyện|Quận|Thị)[ \t]+Đoàn(?!\w)")
_CENTRAL_BEFORE = re.compile(r"(?:Trung ương|TW|TƯ)[ \t]+$")
# a village or residential group is named by capitalised words too: "thôn Đồng Trạng", "xóm Bến"
_VILLAGE_BEFORE = re.compile(r"(?<!\w)(?:(?<![Nn]ông )[Tt]hôn|[Xx]óm|[Ấấ]p|(?<![Vv]ăn )(?<![Cc]ơ )(?<![Cc]ăn )(?<![Nn]hật )[Bb]ản"
                             r"|[Tt]ổ dân phố|[Kk]hu phố|[Kk]hu dân cư)[ \t]+$")

# Words that end a title segment: verbs and clause openers that follow a
# person's titles in news prose ("..., Chủ tịch UBND tỉnh phát biểu").
STOP_WORDS = (
    "tặng", "trao", "phát biểu", "cho biết", "dự", "tham dự", "tới dự", "đến dự", "chủ trì", "khẳng định",
    "nhấn mạnh", "đánh giá", "ghi nhận", "chúc mừng", "yêu cầu", "đề nghị", "biểu dương", "chứng kiến",
    "đã", "giao", "về", "đồng ý", "cùng", "đến", "làm", "nhận", "được", "là", "tại", "khen", "thăm",
    "gửi", "kết luận", "phát động", "ký", "lên", "có", "thay mặt", "cho", "với", "trong", "vừa", "đọc",
    "công bố", "chỉ đạo", "quán triệt", "nêu", "mong", "đề nghị", "bày tỏ", "trình bày", "báo cáo",
    "chia sẻ", "tin tưởng", "kêu gọi", "cảm ơn", "đại diện", "thông qua", "điều hành", "khai mạc",
    "bế mạc", "trực tiếp", "nói", "ôn lại", "thừa", "truyền đạt", "ban hành", "nhấn", "đón", "trân trọng",
    "tiếp", "dẫn", "chụp", "lưu niệm", "cắt băng", "tuyên dương", "vinh danh", "tôn vinh", "khi", "nhằm",
    "để", "theo", "ngày", "sáng", "chiều", "tối", "hôm", "vinh dự", "vui mừng", "phấn khởi", "xúc động",
    "vì", "do", "gắn", "gồm", "tham luận", "nghe", "cũng", "đồng chủ trì", "đồng tổ chức", "đồng chủ tọa", "đồng chủ toạ",  # "đồng" (co-) opens the verb
)
_STOP_RE = re.compile(r"\s(?:" + "|".join(re.escape(w) for w in sorted(set(STOP_WORDS), key=len, reverse=True)) + r")(?!\w)")
_NEXT_PERSON = re.compile(
    r"(?:\s+|,\s*)(?:[Đđ]ồng\s+chí|ông|bà|[Đđ]/[cC])(?!\w)"
    r"|(?:\s+và\s+|\s+cùng\s+|,\s*)(?:các |cùng )?(?:đồng\s+chí|ông|bà|[Đđ]/[cC]|lãnh đạo|đại diện|đại biểu|các vị|cùng|[Đđ]oàn công tác)(?!\w)"
    r"|\s+và\s+(?:anh|chị)[ \t]+(?=[A-ZĐ])"  # "…, T1 và anh B - T2": the next person
    r"|\s+và\s+các\s+thành viên(?!\w)"  # "T và các thành viên trong khối …": those with the person, not the title
)
# A full stop ends a title, but not the dot of a place abbreviation ("UBND TX. Gò Công", "TP. Vũng Tàu").
_ABBR_DOT = r"(?<!TP|TX|Tp|TT|TS|GS)(?<!ThS)(?<![ \t][QHPX])\."
_TITLE_END = re.compile(rf"[;:()\[\]]\s|{_ABBR_DOT}[\s,]|[;()\[\]]|\.$|\s\(|\n")
_SENTENCE_DOT = re.compile(rf"{_ABBR_DOT}[ \t]")
# A piece of a person's workplace written after a title ("…, Phòng Cảnh sát hình sự, Công an tỉnh X").
_ORG_PIECE = re.compile(
    r"(?:Phòng|Đội|Công an|Cục|Vụ|Sở|Bộ|Ban|Văn phòng|Trung tâm|Chi cục|Tổng cục|Viện|Trường|Bệnh viện|Đồn|Trạm"
    r"|Tiểu đoàn|Trung đoàn|Lữ đoàn|Sư đoàn|Đại đội|Bộ Chỉ huy|Bộ Tư lệnh|Quân khu|Học viện|Công ty|Tổng công ty"
    r"|UBND|HĐND|Ủy ban|Uỷ ban|Hội đồng|Hội|Liên đoàn|Đảng ủy|Đảng uỷ|Chi bộ|Báo|Đài|Kho bạc|Ngân hàng)[ \t]+\S")
# "Thượng úy A, cán bộ Tiểu đoàn 1, …": a post in a named body after a rank or title
_STAFF_OF = re.compile(r"(?:[Cc]án bộ|[Vv]iên chức|[Cc]hiến sĩ|[Nn]hân viên|[Cc]ông chức)[ \t]+(?:[A-ZĐ]|phòng|ban|khoa|đội|tổ)")
_SEP = re.compile(r"\s*,\s*|\s+[-–—]\s+|\s*[-–—]\s+|\s+[-–—]\s*")


@functools.lru_cache(maxsize=1)
def _glued_dash_re() -> re.Pattern:
    """A dash without spaces between two titles: "UVBCH-Phó Chủ tịch UBND huyện" (not "Giáo dục-Đào tạo")."""
    return re.compile(r"(?<=\S)[-–—](?=" + lexicon.title_head_re().pattern + ")")


@functools.lru_cache(maxsize=1)
def _dash_before_title_re() -> re.Pattern:
    return re.compile(r"[ \t]*[-–—][ \t]*(?=" + lexicon.title_head_re().pattern + ")")


def _split_at_dashes(s: str, a: int, b: int) -> list[tuple[int, int]]:
    """A title written before a name, cut where a dash opens another title: "Phó Giáo sư- Tiến sĩ A"."""
    spans, start = [], a
    for m in _dash_before_title_re().finditer(s, a, b):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    spans.append((start, b))
    return spans


def _separators(s: str, start: int, end: int) -> list[re.Match]:
    """Where one title segment ends and the next begins, in order."""
    seps = list(_SEP.finditer(s, start, end)) + list(_glued_dash_re().finditer(s, start, end))
    return sorted(seps, key=lambda m: m.start())


@dataclass
class _Person:
    name: str
    titles: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    title_spans: list[tuple[int, int]] = field(default_factory=list)


def _comma_inside_sector(s: str, title_start: int, piece_start: int) -> bool:
    """Is the comma before piece_start part of a sector's name ("Sở Văn hóa, Thể thao và Du lịch")?"""
    for m in sector_spelling_re().finditer(s, title_start, min(len(s), piece_start + 60)):
        if m.start() < piece_start <= m.end():
            return True
    return False


def _inside_sector(s: str, start: int, end: int) -> bool:
    m = lexicon.sector_re().match(s, start) or sector_spelling_re().match(s, start)
    return bool(m) and m.end() >= end


def _title_start(piece: str) -> bool:
    return bool(lexicon.title_head_re().match(piece) or _glued_head_re().match(piece))


@functools.lru_cache(maxsize=1)
def _glued_head_re() -> re.Pattern:
    """A title head run into the next word by a missing space: "TrưởngBan Tuyên giáo"."""
    alts = "|".join(re.escape(h) for h in lexicon.title_heads() if " " not in h and not h.isupper())
    return re.compile(rf"(?:{alts})(?=[A-ZĐ][a-zà-ỹđ])")


# Stop words that are one syllable of a noun inside an organisation's name.
_COMPOUND_AFTER = {"dự": r"[ \t]+(?:án|toán)(?!\w)", "tiếp": r"[ \t]+(?:công dân|nhận)(?!\w)",
                   "đại diện": r"[ \t]+(?:tại|của)[ \t]+[A-ZĐ]",
                   "trong": r"[ \t]+(?:Chính phủ|Nội các)(?!\w)",  # "nguyên Bộ trưởng Bộ Y tế trong Chính phủ …"
                   "tối": r"[ \t]+cao(?!\w)",  # "Viện trưởng VKSND tối cao", "Chánh án TAND tối cao": supreme, not evening
                   # a committee named by its field: "Ủy ban về các vấn đề xã hội", "Hội đồng về …"
                   "về": r"[ \t]+(?:các[ \t]+)?vấn đề(?!\w)"}
_COMPOUND_BEFORE = {"làm": r"(?:[Vv]iệc|[Ll]ao động)$", "tại": r"(?:(?:[Cc]ơ quan|[Vv]ăn phòng) đại diện(?:[ \t]+\S+){1,4}|[Đđ]ại diện|[Tt]hường trú)$",
                    "chỉ đạo": r"(?:[Bb]an|BAN)$",  # "Trưởng Ban chỉ đạo Chương trình …": a steering committee
                    "có": r"(?:[Nn]gười)$",
                    "đại diện": r"(?:[Cc]ơ quan|[Vv]ăn phòng)$"}  # "Giám đốc cơ quan đại diện Bộ X tại …"


def _find_stop(s: str, start: int, end: int | None = None) -> re.Match | None:
    """The first word after `start` that ends a title, skipping words that belong to a name:
    "Hội đồng thi đua khen thưởng", "Hội người Việt Nam tại Séc"."""
    for mm in _STOP_RE.finditer(s, start, len(s) if end is None else end):
        word = mm.group(0).strip()
        before = s[max(0, mm.start() - 40):mm.start()]
        if word == "khen" and re.search(r"[Tt]hi đua(?:[ \t]*[-–,][ \t]*)?$", before):
            continue
        if word == "tại" and re.search(r"(?:Việt Nam|người Việt)$", before):
            continue
        if word == "dự" and (re.search(r"[Dd]anh$", before) or re.match(r"[ \t]+khuyết(?!\w)", s[mm.end():])):
            continue  # "Chủ tịch Danh dự", "Ủy viên dự khuyết Ban Chấp hành Trung ương"
        if word == "giao" and re.match(r"[ \t]+(?:thông|lưu)(?!\w)", s[mm.end():]):
            continue  # "Đội Cảnh sát giao thông", "Ban Tổ chức Hội thao, giao lưu văn nghệ"
        prev = re.search(r"(?<!\w)[A-ZĐÀ-Ỹ]\w*[ \t]*[-–,]?[ \t]*$", before)
        if prev and _inside_sector(s, mm.start() - len(prev.group(0)), mm.end()):
            continue  # "Bộ Ngoại giao": a syllable of a sector's name
        if _COMPOUND_AFTER.get(word) and re.match(_COMPOUND_AFTER[word], s[mm.end():]) \
                or _COMPOUND_BEFORE.get(word) and re.search(_COMPOUND_BEFORE[word], before):
            continue  # "Ban Quản lý dự án", "Ban Tiếp công dân", "Trung tâm Dịch vụ việc làm": words of a name
        return mm
    return None


_NAME_WORD_RUNS_ON = re.compile(r"[ \t]+([a-zđà-ỹ]+)(?!\w)")
# schools are named after historical persons: "Trường THPT Lê Quý Đôn", "Trường Tiểu học Lê Lợi"
_SCHOOL_BEFORE = re.compile(r"(?<!\w)(?:Trường|THPT|THCS|PTDTNT|PTDTBT|PTCS|Tiểu học|Mầm non|Trung học cơ sở|Trung học phổ thông"
                            r"|Đại học|ĐH|Cao đẳng|CĐ|Học viện)(?:[ \t]+chuyên)?[ \t]+$")


def _ends_with_person(piece: str) -> bool:
    """Does a title piece run on into the next person's name ("Bí thư Tỉnh ủy Bắc Giang Dương Văn Thái")?"""
    m = re.search(rf"{CAP_WORD}(?![\w])(?:[ \t]+{CAP_WORD}(?![\w]))*$", piece.strip())
    if not m or m.start() == 0:
        return False
    span = pick_name(m.group(0), False)
    if _names_the_place(piece.strip()[:m.start()], m.group(0)):
        return False  # "Chủ tịch UBND phường Trần Hưng Đạo": a place named after a person
    if span and _SCHOOL_BEFORE.search(piece.strip()[:m.start() + span[0]]):
        return False  # "Hiệu trưởng Trường THPT Lê Lợi": a school named after a person
    youth = _YOUTH_UNION_OF.match(m.group(0))
    if span and youth and span[0] == youth.end() - len("Đoàn"):
        return False  # "Phó Bí thư Tỉnh Đoàn Quảng Trị": the youth union of a place, no "Đoàn" surname
    return bool(span) and span[1] == len(m.group(0)) and len(m.group(0)[span[0]:span[1]].split()) >= 2


def _is_whole_name(piece: str) -> bool:
    """Is a comma-separated piece nothing but a person's name ("Lê Văn An")?"""
    if not re.fullmatch(rf"{CAP_WORD}(?:[ \t]+{CAP_WORD}){{1,4}}", piece) or _title_start(piece):
        return False
    span = pick_name(piece, False)
    return bool(span) and span == (0, len(piece))


def _is_title_word(word: str) -> bool:
    return _title_start(word + " x") or _title_start(word)


# the head of a firm, school or hospital right before capitalised words: they are its name ("Trường THPT Lê Lợi")
_COMPANY_BEFORE = re.compile(r"(?<!\w)(?:[Cc]ông ty|Tập đoàn|Hợp tác xã|HTX|Doanh nghiệp"
                             r"|Trường(?:[ \t]+(?:THPT|THCS|PTTH|PTCS|TH|Tiểu học|Mầm non|Trung học phổ thông|Trung học cơ sở|Đại học|Cao đẳng))?"
                             r"|(?:Bệnh viện|BV)(?:[ \t]+(?:Đa khoa|đa khoa))?)"
                             r"(?:[ \t]+(?:[Cc]ổ phần|CP|TNHH|[Tt]rách nhiệm hữu hạn(?:[ \t]+[Mm]ột thành viên)?|MTV))*[ \t]+$")


def _person_after_org_name(run: str) -> int | None:
    """Offset in `run` where a person's name (a common surname and one to three more words, ending the run)
    starts after an organisation's name of at least one word, or None."""
    words = list(re.finditer(r"\S+", run))
    for i in range(1, len(words) - 1):
        if words[i].group(0) in COMMON_SURNAMES and 2 <= len(words) - i <= 4:
            tail = run[words[-2].start():]
            if gazetteer.is_any_place(tail) or gazetteer.is_any_place(words[-1].group(0)):
                return None  # "Công ty Lam Sơn Hà Thanh Hóa": a place ends the firm's name
            return words[i].start()
    return None


def pick_name(run: str, after_honorific: bool) -> tuple[int, int] | None:
    """Character span of the person's name inside a capitalised run, or None."""
    tokens = [(m.start(), m.end()) for m in re.finditer(r"\S+", run)]
    words = [run[a:b] for a, b in tokens]
    if not words:
        return None
    if after_honorific:
        if _is_title_word(words[0]) or _title_start(run):
            return None
        n = min(len(words), 5)
        if n == 1 and len(words[0]) < 2:
            return None
        return tokens[0][0], tokens[n - 1][1]
    if _title_start(run):
        return None  # "Phó Chủ tịch …" is a title, not a person called Phó
    surnames = lexicon.surnames()
    if len(words) <= 4 and words[0] in surnames and len(words) >= 2:
        if not gazetteer.is_place(" ".join(words)):
            return tokens[0][0], tokens[-1][1]
    # A rarer surname the lexicon lacks, known by the middle name "Thị"/"Văn": "Mẫn Thị Thu Hương".
    middle = None
    for k in (4, 3):
        if len(words) >= k:
            i = len(words) - k
            if words[i + 1] in ("Thị", "Văn") and not _is_title_word(words[i]) \
                    and not gazetteer.is_place(" ".join(words[i:])):
                middle = tokens[i][0], tokens[-1][1]
                break
    # Title + place + name: the name is the last 2-4 words starting with a surname; two surnames in a row open a
    # four-word name ("… Chủ tịch HĐND TP Đà Nẵng Lương Nguyễn Minh Triết"), unless the first is a body's word ("Đoàn")
    # (nor the last word of a place: "huyện Kiên Lương Lâm Thị X", "Thành ủy Hải Dương Lê Văn Y")
    if len(words) >= 5 and words[-4] in COMMON_SURNAMES and words[-3] in COMMON_SURNAMES and words[-4] != "Đoàn" \
            and not gazetteer.is_place(" ".join(words[-4:])) and not gazetteer.is_any_place(" ".join(words[-5:-3])):
        return tokens[-4][0], tokens[-1][1]
    for k in (3, 4, 2):
        if len(words) >= k:
            i = len(words) - k
            if k == 2 and middle:
                return middle  # "Văn Bình" out of "Uông Văn Bình": "Văn" is the middle name here
            if words[i] in surnames and not gazetteer.is_place(" ".join(words[i:])) \
                    and (k > 2 or i == 0 or words[i] in COMMON_SURNAMES):
                # two words at the end of a longer run ("Công ty Than Vàng Danh") name a person only
                # with a common family name ("… tỉnh Nghệ An Tô Lâm" is rare but written)
                return tokens[i][0], tokens[-1][1]
    return middle


_ABBR_PAREN = re.compile(r"[ \t]*\([ \t]*[A-ZĐ][A-ZĐ&\-]+[ \t]*\)")


@functools.lru_cache(maxsize=1)
def _AND_TITLE() -> re.Pattern:
    # (or a full name with its titles after a comma: "…, Chủ tịch Ủy ban MTTQ tỉnh và Nguyễn Văn B, Phó Chủ tịch …")
    return re.compile(r"\s+và\s+(?=" + lexicon.title_head_re().pattern + "|" + lexicon.full_name_pattern()
                      + r"[ \t]*(?:,|[-–][ \t]))")


def _titles_after(s: str, pos: int, titled_before: bool = False, honored: bool = False) -> list[tuple[int, int]]:
    """Title segments (offsets into s) written after a name that ends at pos.

    titled_before: the name came after its title ("T1 A, T2, T3 B"); segments that run into the next
    person's name are that person's earlier titles, not A's.
    honored: an honorific opened the name, so a first title written lowercase counts ("ông A, chủ tịch UBND xã").
    """
    m = re.match(r"\s*\((?:sinh|SN|ảnh|giữa|thứ|bìa|đứng)[^()]{0,40}\)\s*,\s*", s[pos:]) \
        or re.match(r"\s*(?:,[ \t]*[-–—]|,|[-–—]|\(|:)\s*", s[pos:])  # "A (sinh năm 1970), T": the bracket is no title; "A, - T"
    if not m and re.match(r"[ \t]+", s[pos:]) and _title_start(s[pos:].lstrip(" \t")):
        m = re.match(r"[ \t]+", s[pos:])  # "đồng chí A Phó Chủ tịch UBND tỉnh": no comma before the title
    if not m:
        return []
    cur = pos + m.end()
    hard = len(s)
    # "Chủ tịch Ủy ban nhân dân (UBND) huyện X": an abbreviation defined in brackets does not end the title
    scan = _ABBR_PAREN.sub(lambda x: " " * len(x.group(0)), s) if "(" in s else s
    for pat in (_TITLE_END, _NEXT_PERSON, None, _AND_TITLE()):
        mm = _find_stop(scan, cur) if pat is None else pat.search(scan, cur)
        if mm and mm.start() < hard:
            hard = mm.start()
    chunk_end = hard
    pieces: list[tuple[int, int, str]] = []  # (start, end, separator before)
    last = cur
    sep_before = ""
    for sm in _separators(s, cur, chunk_end):
        pieces.append((last, sm.start(), sep_before))
        sep_before = sm.group(0)
        last = sm.end()
    pieces.append((last, chunk_end, sep_before))
    out: list[tuple[int, int]] = []
    for a, b, sep in pieces:
        piece = s[a:b].strip()
        if not piece:
            break
        if _ends_with_person(piece):
            if titled_before:
                return []
            break  # "…, Bí thư Tỉnh ủy X Lê Văn A trao": the next person's title and name
        if out and sep.strip() == "," and re.search(r"(?<!\w)các[ \t]+(?:sở|ban|ngành|cơ quan|đơn vị)$", s[out[-1][0]:out[-1][1]].rstrip()) \
                and re.match(r"(?:ban|ngành|đoàn thể|hội|cơ quan|đơn vị)(?!\w)", piece):
            out[-1] = (out[-1][0], b)  # "Trưởng khối các sở, ngành tổng hợp": a generic list inside one title
        elif out and sep.strip() == "," and re.match(r"[Kk]hen thưởng(?!\w)", piece) \
                and re.search(r"[Tt]hi đua$", s[out[-1][0]:out[-1][1]].rstrip()):
            out[-1] = (out[-1][0], b)  # "Hội đồng Thi đua, Khen thưởng huyện": the council's own comma
        elif _title_start(piece) or (honored and not out and _title_start(piece[:1].upper() + piece[1:])):
            out.append((a, b))
        elif out and sep.strip() == "," and _ORG_PIECE.match(piece):
            out.append((a, b))  # "Đội trưởng, Phòng Cảnh sát hình sự, Công an tỉnh X": each piece of the path
        elif (out or titled_before) and sep.strip() in (",", "") and _STAFF_OF.match(piece):
            out.append((a, b))  # "Thượng úy A, cán bộ Phòng X, …": a post after a rank or title
        elif out and sep.strip() == "," and _is_whole_name(piece):
            break  # "A - T1, B - T2": the next person's name opens their own entry
        elif out and sep.strip() == "," and re.search(r"(?<!\w)[A-ZĐ]{2,}$", s[out[-1][0]:out[-1][1]].rstrip()) \
                and (re.match(r"[A-ZĐ]{2,}(?!\w)", piece) or piece[0].islower() and not _find_stop(" " + piece + " ", 0)):
            out[-1] = (out[-1][0], b)  # "Ban Quản lý KCN, KKT tỉnh", "Ban quản lý KKT, công nghiệp tỉnh": one name
        elif out and sep.strip() == "," and piece[0].isupper() and not _comma_inside_sector(s, out[-1][0], a):
            out.append((a, b))  # a title segment without a known head word: each comma-separated segment as written
        elif out and (piece[0].isupper() and not _NEXT_PERSON.match(" " + piece) or sep.strip() in ("-", "–")
                      and re.match(r"khen thưởng(?!\w)", piece) and re.search(r"[Tt]hi đua$", s[out[-1][0]:out[-1][1]])):
            out[-1] = (out[-1][0], b)  # "Hội đồng Thi đua - Khen thưởng" (or "- khen thưởng"): a dash inside one title
        elif out and sep.strip() == "," and piece[0].islower() and _title_start(piece[:1].upper() + piece[1:]):
            out.append((a, b))  # "…, cụm trưởng": a title written lowercase
        else:
            break
    if out and out[-1][1] == chunk_end:
        # "A, Chủ tịch UBND huyện X (Cụm trưởng)": a role in brackets after the titles is one more
        br = re.match(r"[ \t]*\([ \t]*([^()\n]{2,40}?)[ \t]*\)", s[chunk_end:])
        if br and _title_start(br.group(1)) and not _find_stop(" " + br.group(1) + " ", 0):
            out.append((chunk_end + br.start(1), chunk_end + br.end(1)))
    return [(a, b) for a, b in out if s[a:b].strip()]


_ON_BEHALF_OF = re.compile(r"(?<!\w)(?:(?:[Tt]hừa[ \t]+)?(?:ủy|uỷ)[ \t]+quyền(?:[ \t]+của)?|[Tt]hay[ \t]+mặt)[ \t]+$")


def _title_before(s: str, name_start: int) -> tuple[int, int] | None:
    delims = (",", ";", ":", "(", "\n", " - ", " – ")
    clause_start = max(max(s.rfind(c, 0, name_start) for c in delims), _last_full_stop(s, name_start))
    # "Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh Võ Văn A": a dash inside a title is not a boundary
    while clause_start > 0 and (s[clause_start:clause_start + 3] in (" - ", " – ")
                                and not lexicon.title_head_re().search(s, clause_start + 3, name_start)
                                or s[clause_start] == "," and re.search(r"[Tt]hi đua$", s[:clause_start])
                                and re.match(r",[ \t]*[Kk]hen thưởng(?!\w)", s[clause_start:])):
        clause_start = max(s.rfind(c, 0, clause_start) for c in delims)
    # "… Hiệu trưởng X và Phó Chủ tịch UBND tỉnh NAME": a second person's title starts after "và"
    for vm in re.finditer(r"\svà\s", s[max(clause_start, 0):name_start]):
        at = max(clause_start, 0) + vm.end()
        if lexicon.title_head_re().match(s, at):
            clause_start = at - 1
    clause_start = clause_start + 1 if clause_start >= 0 else 0
    while clause_start < name_start and s[clause_start] in " -–":
        clause_start += 1
    clause = s[clause_start:name_start]
    b = name_start
    while b > clause_start and s[b - 1].isspace():
        b -= 1
    if re.search(r"(?<!\w)và$", s[clause_start:b]):
        # "Các Phó Chủ tịch UBND tỉnh A và NAME": one title shared by the names it heads
        shared = re.match(rf"(?:(?:[Cc]ác|[Hh]ai|[Bb]a)[ \t]+)?(.+?)[ \t]+{lexicon.full_name_pattern()}[ \t]+và$",
                          s[clause_start:b])
        if shared and lexicon.title_head_re().match(shared.group(1)) and not _find_stop(" " + shared.group(1) + " ", 0):
            return clause_start + shared.start(1), clause_start + shared.end(1)
        return None  # "A, Ủy viên X, Chủ tịch Y và NAME, T": the title before "và" ends the person before
    # "… Việt Nam - bác sĩ A": an occupation after the last dash is no part of the title
    occ = re.search(r"[ \t]+[-–][ \t]+[a-zđà-ỹ][^-–A-ZĐ]*$", s[clause_start:b])
    if occ:
        b = clause_start + occ.start()
    heads = list(lexicon.title_head_re().finditer(clause))
    for k, m in enumerate(heads):
        a = clause_start + m.start()
        if _ON_BEHALF_OF.search(s, max(0, a - 30), a) and k + 1 < len(heads):
            continue  # "thừa ủy quyền của Chủ tịch nước Thứ trưởng Bộ X NAME": the authority is not NAME's title
        # A verb between the title and the name means they are not one phrase; a later title may still be
        # ("Bộ trưởng Bộ X tặng Bằng khen cho Trung tá NAME": the rank is NAME's).
        if b > a and not _find_stop(" " + s[a:b] + " ", 0):
            return a, b
    return None


def _title_before_honorific(s: str, hon_start: int) -> tuple[int, int] | None:
    """"Phó Thủ tướng Chính phủ, đồng chí A": a title written before the honorific, for a name with none after."""
    m = re.search(r"[ \t]*,?[ \t]*$", s[:hon_start])
    end = m.start() if m else hon_start
    if end <= 0 or re.search(r"(?<!\w)(?:và|cùng|với|của|cho)(?:[ \t]+(?:cá nhân|tập thể))?$", s[:end]):
        return None  # "… Giám đốc Sở X và (cá nhân) ông B": the title before "và" is another person's
    pre = _title_before(s, end)
    if not pre or pre[1] > end:
        return None
    a, b = pre
    if _ends_with_person(s[a:b]) or NAME_RUN.search(s, a, b) and any(
            pick_name(r.group(0), False) for r in NAME_RUN.finditer(s[a:b])):
        return None  # a person is named inside: the title is theirs
    return a, b


def _last_full_stop(s: str, end: int) -> int:
    last = -1
    for m in _SENTENCE_DOT.finditer(s, 0, end):
        last = m.start()
    return last


# "Dự lễ có các đồng chí Ủy viên BTV Tỉnh ủy: A - T1; B - T2": the title before the colon is everyone's
_SHARED_TITLE = re.compile(r"(?<!\w)(?:[Cc]ác (?:đồng chí|ông|bà|vị)|(?P<count>\d{1,2}))[ \t]+(?P<title>[^:;.()]{2,80}?)[ \t]*:[ \t]*")
# "cho 3 nguyên Phó chủ tịch QH: A, B và C": a list of bare names after a shared title
_NAMES_LIST = re.compile(rf"(?:{CAP_WORD}(?:[ \t]+{CAP_WORD}){{1,4}}[ \t]*(?:,|và)[ \t]*)*")


# "Các Thứ trưởng gồm Thượng tướng A, B và C": a plural title, then "gồm" and a rank shared by a list of names
_SHARED_TITLE_GOM = re.compile(r"(?<![\w,] )(?<!\w)[Cc]ác[ \t]+(?P<title>[^:;.()]{2,60}?)[ \t]+(?:gồm|là)[ \t]*:?[ \t]*"
                               r"(?P<rank>(?:[Đđ]ại|[Tt]hượng|[Tt]rung|[Tt]hiếu) (?:tướng|tá|úy|uý)[ \t]+)?")


def _shared_titles_gom(s: str, name_start: int) -> list[tuple[int, int]]:
    """Title and rank of a "Các T gồm R A, B và C" list that the name at `name_start` belongs to."""
    for m in _SHARED_TITLE_GOM.finditer(s, max(0, name_start - 200), name_start):
        if not lexicon.title_head_re().fullmatch(m.group("title")) and not lexicon.title_head_re().match(m.group("title")):
            continue
        if m.end() > name_start or not _NAMES_LIST.fullmatch(s, m.end(), name_start):
            continue
        spans = [(m.start("title"), m.end("title"))]
        if m.group("rank"):
            spans.append((m.start("rank"), m.start("rank") + len(m.group("rank").rstrip())))
        return spans
    return []


def _shared_title(s: str, name_start: int, alone: bool = False) -> tuple[int, int] | None:
    """The title before a colon shared by the people listed after it; `alone`: for a person with no title of
    their own, only in a list of bare names."""
    for m in _SHARED_TITLE.finditer(s, 0, name_start):
        if (alone or m.group("count")) and not _NAMES_LIST.fullmatch(s, m.end(), name_start):
            continue
        t_start = m.start("title")
        if not lexicon.title_head_re().match(s, t_start) or m.end() > name_start:
            continue
        # the list runs on through "; " between members, and ends at a full stop
        if re.search(r"\.\s", s[m.end():name_start]):
            continue
        return t_start, m.end("title")
    return None


_LEAD_IN = re.compile(r"^\s*(?:(?:[Tt]ham\s+)?[Dd]ự(?:\s+có)?|[Cc]ó|[Gg]ồm|[Vv]ới|(?P<auth>(?:[Tt]hừa|[Đđ]ược(?: sự)?) (?:ủy|uỷ) quyền(?: của)?))\s+")


def _presenter_follows(s: str, name_end: int) -> bool:
    """Is the name followed by another person's title and name ("…, Bí thư Tỉnh ủy B trao")? Then the name before
    is the authority's own ("Thừa ủy quyền của Tổng Bí thư, Chủ tịch nước A, Bí thư Tỉnh ủy B trao")."""
    m = re.match(r"\s*,\s*([^,;.:\n]+)", s[name_end:])
    if not m or not lexicon.title_head_re().match(m.group(1)):
        return False
    seg = m.group(1)
    st = _find_stop(" " + seg + " ", 0)
    if st:
        seg = seg[:max(0, st.start() - 1)]
    return _ends_with_person(seg)


# (not "Thừa ủy nhiệm của Chủ tịch nước, …": the authority a presenter acts for, see _LEAD_IN)
_OF_TITLED = re.compile(r"(?<=[ \t])(?<![UuỦủ][yỷ] (?:nhiệm|quyền) )(?<!lệnh )(?<!mặt )"
                        r"(?P<w>của|với)[ \t]+")


def _earlier_titles(s: str, title_start: int, name_end: int) -> list[tuple[int, int]]:
    """Titles listed before a title-before-name: "Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Lê Văn A"."""
    out: list[tuple[int, int]] = []
    pos = title_start
    while True:
        m = re.search(r"(?:,|[ \t][-–][ \t])\s*$", s[:pos])  # "T1, T2 NAME", "T1 - T2 NAME"
        if not m:
            break
        stop_at = m.start()
        while True:
            prev_start = max(s.rfind(c, 0, stop_at) for c in (",", ";", ":", ". ", "(", "\n", " - ", " – "))
            dashed = prev_start >= 0 and s[prev_start:prev_start + 3] in (" - ", " – ")
            if dashed and not lexicon.title_head_re().match(s, prev_start + 3):
                stop_at = prev_start  # "Hội đồng Thi đua - Khen thưởng": a dash inside the title
                continue
            break
        prev_start = prev_start + (3 if dashed else 1) if prev_start >= 0 else 0
        clause = s[prev_start:m.start()]
        lead = _LEAD_IN.match(clause)
        if not lead:
            # "Đó là khẳng định của Ủy viên Bộ Chính trị, Chủ tịch X NAME": the titles open after "của"
            lead = next((x for x in reversed(list(_OF_TITLED.finditer(clause)))
                         if lexicon.title_head_re().match(clause, x.end())), None)
        body_start = prev_start + (lead.end() if lead else len(clause) - len(clause.lstrip()))
        if not lexicon.title_head_re().match(s, body_start) or _find_stop(" " + s[body_start:m.start()] + " ", 0) \
                or _ends_with_person(s[body_start:m.start()]):
            break
        if lead and lead.groupdict().get("auth") and not _presenter_follows(s, name_end):
            break  # "Thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy A trao": A presents; the authority is another
        out.insert(0, (body_start, m.start()))
        pos = prev_start
        if lead:
            break
    return out


def find_officials(text: str, sentences: list[Sentence]) -> tuple[list[Official], list[tuple[int, int]]]:
    """Officials in `text` and the absolute spans their titles occupy."""
    people: dict[str, _Person] = {}
    order: list[str] = []
    for sent in sentences:
        s = sent.text
        quotes = quoted_spans(s) if "“" in s or '"' in s else []  # once a sentence, not once a name
        for run in NAME_RUN.finditer(s):
            before = s[max(0, run.start() - 20):run.start()]
            hm = HONORIFIC.search(before)
            honor = bool(hm)
            hon_start = max(0, run.start() - 20) + hm.start() if hm else run.start()
            run_text, run_start = run.group(0), run.start()
            lead = _LEADING_HONORIFIC.match(run_text)
            if lead:
                honor = True
                run_text, run_start = run_text[lead.end():], run_start + lead.end()
            youth = _YOUTH_UNION_OF.match(run_text)
            if not youth and not honor and _CENTRAL_BEFORE.search(before):
                # "Bí thư Trung ương Đoàn Nguyễn Anh Tuấn": the youth union's, when a full name with its surname follows
                youth = re.match(rf"Đoàn(?=[ \t]+(?:{lexicon.surname_alternation()})[ \t]+\S+[ \t]+\S)", run_text)
            if youth and not honor:  # "Phó Bí thư Tỉnh Đoàn Quảng Trị": the provincial youth union, no "Đoàn" surname
                rest = run_text[youth.end():].lstrip()
                if not rest or gazetteer.is_any_place(rest):
                    continue
                run_text, run_start = rest, run_start + len(run_text) - len(rest)
            if not honor and (_names_the_place(before, run_text) or _VILLAGE_BEFORE.search(before)):
                continue  # "xã Châu Hóa", "thôn Đồng Trạng": a place, not a person
            if honor and re.search(r"[Bb]à[ \t]*$", s[max(0, run_start - 4):run_start]) \
                    and gazetteer.is_any_place("Bà " + run_text):
                continue  # "tỉnh Bà Rịa - Vũng Tàu", "Bà Chiểu": "Bà" opens a place name, not a person
            if not honor and _COMPANY_BEFORE.search(s, max(0, run.start() - 60), run.start()):
                # "Tổng Công ty Cổ phần Lam Sơn Thái Bình": a firm's name, however its words read; but
                # "Hiệu trưởng Trường Đại học Duy Tân Lê Văn A": a person may follow the school's name
                after = _person_after_org_name(run_text)
                if after is None:
                    continue
                run_text, run_start = run_text[after:], run_start + after
            ranked = bool(RANK_BEFORE.search(before))  # "Đại úy Lù Văn Hải": a rank works like an honorific
            if honor or ranked:
                # "đồng chí Nguyễn Văn A Phó Chủ tịch UBND tỉnh": the comma before the title is missing
                for wm in list(re.finditer(r"\S+", run_text))[2:]:
                    hm2 = lexicon.title_head_re().match(s, run_start + wm.start())
                    if hm2 and wm.end() == len(run_text) and hm2.end() <= run_start + wm.end():
                        break  # "đồng chí Lê Văn Quyền, Trưởng Ban X": a last word alone ('Quyền') is the given name
                    if hm2:
                        run_text = run_text[:wm.start()].rstrip()
                        break
            span = pick_name(run_text, honor or ranked)
            if span is None:
                continue
            n_start, n_end = run_start + span[0], run_start + span[1]
            if inside(quotes, n_start, n_end):
                continue  # "phong trào thi đua “Vì An ninh Tổ quốc”": words of a quoted name, no person
            runs_on = _NAME_WORD_RUNS_ON.match(s, n_end)
            if runs_on and NAME_WORDS.match(f"{s[n_start:n_end].split()[-1]} {runs_on.group(1)}".lower()):
                continue  # "Bí thư Đoàn Thanh niên …": "Thanh niên" is a word of the body's name, no given name
            # A name must not run straight into more capitalised words (that is a place or an org).
            name = clean_spaces(s[n_start:n_end])
            titles: list[tuple[int, int]] = []
            if not honor:
                pre = _title_before(s, n_start)
                if pre and _SCHOOL_BEFORE.search(s, max(0, n_start - 40), n_start):
                    pre = None  # "Hiệu trưởng Trường THPT chuyên Nguyễn Trãi": the school's name, no person
                if pre:
                    # "Ông A - T1, PGS.TS B - T2": T1 is A's own, though it stands before B's titles
                    taken = [(x - sent.start, y - sent.start) for p in people.values() for x, y in p.title_spans]
                    titles.extend(t for t in _earlier_titles(s, pre[0], n_end)
                                  if not any(x < t[1] and t[0] < y for x, y in taken))
                    titles.extend(_split_at_dashes(s, *pre))
            titles.extend(_titles_after(s, run.end() if span[1] == len(run.group(0)) else n_end, titled_before=bool(titles), honored=honor))
            if honor and not titles:
                pre = _title_before_honorific(s, hon_start)
                if pre and not any(x < sent.start + pre[1] and sent.start + pre[0] < y
                                   for p in people.values() for x, y in p.title_spans):
                    titles.append(pre)
            shared = _shared_title(s, n_start, alone=not titles)
            if shared:
                titles.insert(0, shared)
            elif not titles or (ranked and len(titles) == 1):
                titles[:0] = _shared_titles_gom(s, n_start)
            if not titles:
                continue
            key = name_key(name)
            person = people.get(key)
            if person is None:
                person = people[key] = _Person(name)
                order.append(key)
            elif person.name.islower() and not name.islower():
                person.name = name
            for a, b in titles:
                t = clean_spaces(s[a:b]).strip(" ,;-–—")
                t = re.sub(r"^((?:GS|PGS|TS|ThS)(?:[.-]TS(?:KH)?)?)\.$", r"\1", t)  # "TS.", "PGS-TS." before the name: the degree
                t = re.sub(r"\s*\([^)]*\)", "", t).strip()
                t = re.sub(r"(?<!Hội)(?<!Cộng)[ \t]+đồng$", "", t)  # "… Kỹ thuật đồng": the first syllable of "đồng chí"
                if t:
                    person.titles.append(t)
                    person.title_spans.append((sent.start + a, sent.start + b))
            ev = sent.evidence()
            if ev not in person.evidence:
                person.evidence.append(ev)
    _add_signatories(text, sentences, people, order)
    _merge_given_names(people, order)
    officials = []
    spans: list[tuple[int, int]] = []
    for key in order:
        p = people[key]
        titles = merge_titles(p.titles)
        if not titles:
            continue
        spans.extend(p.title_spans)
        officials.append(Official(
            name=p.name,
            titles=tuple(titles),
            title_expansions=tuple(expand_title(t) for t in titles),
            evidence=tuple(p.evidence),
        ))
    return officials, spans


def _merge_given_names(people: dict[str, _Person], order: list[str]) -> None:
    """"Trung tá Hùng" after "Trung tá Trần Duy Hùng": a rank or title before the given name alone names a person
    the passage has named in full; their titles join that person's (only where one full name ends so)."""
    for key in list(order):
        p = people[key]
        if " " in p.name:
            continue
        full = [k for k in order if k != key and people[k].name.split()[-1] == p.name]
        if len(full) != 1:
            continue
        other = people[full[0]]
        other.titles.extend(p.titles)
        other.title_spans.extend(p.title_spans)
        other.evidence.extend(e for e in p.evidence if e not in other.evidence)
        order.remove(key)
        del people[key]


# Abbreviations read as the same words when titles are merged (GUIDELINE §7). Others stay as written: a
# title written once in full and once abbreviated ("Ủy viên Thường vụ Tỉnh ủy", "UVTV Tỉnh ủy") is kept twice.
_SAME_AS_WRITTEN_OUT = {"UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân", "MTTQ": "Mặt trận Tổ quốc",
                        "TW": "Trung ương", "TƯ": "Trung ương", "T.Ư": "Trung ương", "TĐKT": "Thi đua - Khen thưởng"}
_SAME_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(k) for k in _SAME_AS_WRITTEN_OUT) + r")(?!\w)")


# The signature of a decision written out: the signer's title on a line, "(Đã ký)", then the name alone on its line
# ("KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG / (Đã ký) / Nguyễn Văn A").
_SIGNATURE = re.compile(rf"^[ \t]*(?P<title>[^\n]{{3,60}}?)[ \t]*\n(?:[ \t]*\n|[ \t]*\([Đđ]ã ký\)[ \t]*\n)+"
                        rf"[ \t]*(?P<name>{CAP_WORD}(?:[ \t]+{CAP_WORD}){{1,4}})[ \t]*$", re.M)


def _add_signatories(text: str, sentences: list[Sentence], people: dict[str, _Person], order: list[str]) -> None:
    """The signer of a decision quoted in full, with the title written above the signature."""
    if "ký" not in text:
        return
    for m in _SIGNATURE.finditer(text):
        title = m.group("title").strip()
        if "(" not in text[m.end("title"):m.start("name")] or not lexicon.title_head_re().match(title):
            continue
        span = pick_name(m.group("name"), False)
        if span != (0, len(m.group("name"))):
            continue
        name = clean_spaces(m.group("name"))
        key = name_key(name)
        person = people.get(key)
        if person is None:
            person = people[key] = _Person(name)
            order.append(key)
        person.titles.append(clean_spaces(title))
        person.title_spans.append((m.start("title"), m.end("title")))
        sent = sentence_at(sentences, m.start("name"))
        if sent and sent.evidence() not in person.evidence:
            person.evidence.append(sent.evidence())


def _tkey(t: str) -> str:
    """Comparison key of a title: the abbreviations above spelled out, tone placement and dashes unified."""
    t = _SAME_RE.sub(lambda m: _SAME_AS_WRITTEN_OUT[m.group(0)], t)
    return name_key(gazetteer.tone_norm(t)).replace("–", "-").replace("—", "-").replace(" - ", "-")


def _place_qualifier(longer: str, longer_key: str, shorter_key: str) -> bool:
    """Is `longer` a shorter title plus a place ("Chủ tịch UBND tỉnh" + " Đồng Tháp"), not a year or a role?
    (The keys are the two titles' _tkey; the words the longer one adds are its last words as written.)"""
    n_extra = len(longer_key.split()) - len(shorter_key.split())
    extra = longer.split()[-n_extra:] if n_extra > 0 else []
    return bool(extra) and not any(ch.isdigit() for w in extra for ch in w) and extra[0][:1].isupper()


def merge_titles(titles: list[str]) -> list[str]:
    """Union in order of first appearance; a title plus a place qualifier replaces the bare title."""
    out: list[str] = []
    for t in titles:
        k = _tkey(t)
        replaced = False
        for i, old in enumerate(out):
            ok = _tkey(old)
            if ok == k or (ok.startswith(k + " ") and _place_qualifier(old, ok, k)):
                replaced = True
                break
            if k.startswith(ok + " ") and _place_qualifier(t, k, ok):
                out[i] = t
                replaced = True
                break
        if not replaced:
            out.append(t)
    # A later, longer title may have absorbed two earlier entries: drop exact duplicates.
    seen, uniq = set(), []
    for t in out:
        if _tkey(t) not in seen:
            seen.add(_tkey(t))
            uniq.append(t)
    return uniq


def expand_title(title: str) -> str:
    """Spell out abbreviations: "TUV" -> "Tỉnh ủy viên", "Chủ tịch UBND tỉnh" -> "Chủ tịch Ủy ban nhân dân tỉnh"."""
    whole = lexicon.title_abbreviations()
    if title in whole:
        return whole[title]
    inner = lexicon.inner_abbreviations()
    return re.sub(r"[\wĐđ&]+", lambda m: inner.get(m.group(0), m.group(0)), title)
