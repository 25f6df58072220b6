"""How far a recipient's name runs: the heads awards add to orgnames.ORG_HEADS, and the dotted city, trailing\nnumber or lowercase name words that orgnames.extend_name stops short of (`run_on`)."""

from __future__ import annotations

import re

from .. import lexicon
from ..orgnames import ADMIN_TYPES, NAME_WORDS, ORG_HEAD_RE, ORG_STOP, admin_at, extend_name
from ..textutil import UP
from ..officials import NAME_RUN


# Recipients the organisation heads of orgnames.py (ORG_HEADS) do not open: a corporation written "Tổng Công ty", military
# formations ("Binh chủng …", "Binh đoàn 15", "Quân chủng …"), teams and stations ("Đội …", "Đội tuyển …", "Đồn Biên phòng …").
_MORE_HEADS = ("Tổng Công ty", "Binh chủng", "Binh đoàn", "Quân chủng", "Quân đoàn", "Bộ Tư lệnh", "Hải đoàn", "Hải đội",
               "Đồn Biên phòng", "Đồn", "Tiểu đoàn", "Đại đội", "Tổng đội", "Đội", "Nhà xuất bản", "Tạp chí",
               "Thông tấn xã", "Trại giam", "Quỹ", "Bưu điện", "Nhà hát", "Nhà Thiếu nhi", "Cung Văn hóa", "Vườn quốc gia", "Khu di tích",
               "Khoa")  # a hospital's or a school's department ("Khoa Nhi", "Khoa Chính trị học"), not "khoa học"
HEAD_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(h) for h in sorted(_MORE_HEADS, key=len, reverse=True))
                     + r")(?!\w)(?![ \t]+(?:ngũ|viên|trưởng)(?!\w))(?:(?<!Khoa)|(?![ \t]+(?:[Hh]ọc|[Bb]ảng)(?!\w)))|" + ORG_HEAD_RE.pattern)
# "Công an TP. Hà Nội", "Công ty X TP.HCM": a city written with its abbreviated type word and a dot
_DOTTED_TYPE = re.compile(r"(?<!\w)(?:TP|Tp|TX)\.$")
# "Tổng Công ty May 10", "Ban An ninh quận 2", "Binh đoàn 15": a number that ends the name, not a count or a year
_NAME_NUMBER = re.compile(r"[ \t]+(?:số[ \t]+)?\d{1,3}(?![\w.,/%–-]\w|[\w%])(?![ \t]+(?:năm|tháng|ngày|lần|tập thể|cá nhân|đơn vị"
                          r"|người|hộ|xã|huyện|tỉnh|đồng|triệu|tỷ|giờ|km|ha)(?!\w))")
# verbs and function words that end a run of lowercase name words ("Phòng Cảnh sát giao thông đường bộ" goes on,
# "Công ty A góp phần …" does not)
_LOWER_STOP = ORG_STOP | {"góp", "hoàn", "thực", "tham", "có", "đạt", "xuất", "tiêu", "điển", "tiên", "nhiều", "luôn",
                           "lập", "tích", "giữ", "bảo", "xây", "đóng", "không", "nhận", "được", "vinh", "là", "ở",
                           "trên", "dưới", "một", "hai", "ba", "bốn", "năm", "từ", "qua", "khi", "đã", "đang", "hội", "họp",
                           "từng", "lần", "liên", "đều", "mới", "lại", "tiếp"}  # "Bộ Nội vụ từng/lần thứ hai được …"
# lowercase words that name an office's work ("Phòng Tổ chức cán bộ", "Ban tổ chức", "Phòng tham mưu")
_OFFICE_WORDS = re.compile(r"(?:cán bộ|tổng hợp|hàng không|hàng hải|xuất nhập cảnh|xuất nhập khẩu|quản lý hành chính về trật tự xã hội|tuyên giáo|tuyên huấn|kế hoạch|hậu cần|tham mưu"
                           r"|thi hành án|trật tự|an ninh|hành chính|đặc công|đường bộ|đường sắt|đường thủy|đường thuỷ)(?!\w)")
_LEVEL_END = re.compile(r"(?<!\w)(?<![Hh]ợp tác )" + ADMIN_TYPES + r"(?:[ \t]+\S+(?:[ \t]+\S+){0,3})?$")  # "… huyện Yên Lạc"


_SPLIT_WORDS = {"Ngoại giao", "Ngoại thương", "Ngoại ngữ", "Ngoại vụ", "Đá quý"}  # "Công ty Vàng bạc Đá quý …"


def run_on(text: str, end: int, stop: int | None = None) -> int:
    """Extend a unit name that ends at `end` over what orgnames.extend_name stops short of: the dotted city
    ("… TP.HCM", "Công an TP. Hà Nội"), a trailing number ("Binh đoàn 15", "Ban An ninh quận 2") and lowercase name
    words up to the item's end ("Binh chủng đặc công", "Phòng Cảnh sát giao thông đường bộ", "Cục cứu hộ, cứu nạn")."""
    stop = len(text) if stop is None else stop
    while True:
        before = text[:end]
        dotted = _DOTTED_TYPE.search(text[:end + 1]) if text[end:end + 1] == "." else None
        if dotted:
            probe = text[:end] + " " + text[end + 1:]  # "TP.HCM" -> "TP HCM": the same offsets, a plain place
            caps = re.match(r"[ \t]*[A-ZĐ]{2,}(?!\w)", probe[end:])
            new = end + caps.end() if caps else admin_at(probe, dotted.start())
            if new > end + 1:
                end = new
                continue
        num = _NAME_NUMBER.match(text, end)
        # after "số", a capitalised word, a type word ("quận 2") or a head ("Binh đoàn 15"), not after a verb
        if num and num.end() <= stop and (num.group(0).split()[0] == "số"
                                          or re.search(rf"(?<!\w)(?:{ADMIN_TYPES}|{UP}[\wÀ-ỹđ]*)$", before)
                                          or any(h.end() == len(before) for h in HEAD_RE.finditer(before, max(0, end - 30)))):
            end = num.end()
            after = NAME_RUN.match(text, end + 1) if re.match(r"[ \t]", text[end:end + 1]) else None
            person = after and after.group(0).split()[0] in lexicon.surnames() and len(after.group(0).split()) >= 3
            if after and not person and not lexicon.title_head_re().match(text, end + 1):
                more = extend_name(text, end + 1, end + 200, False)  # "Trường THPT số 1 Bảo Yên": the place after
                if end + 1 < more <= stop:
                    end = more
            continue
        break
    if _LEVEL_END.search(text[:end]) and not re.search(r"\d$", text[:end]):
        return end  # "Công an huyện A" + "góp phần …": after a place the name has ended
    # lowercase words, a known name word ("giao thông", "cứu hộ") taken whole, up to the item's end or its verb
    pos, n = end, 0
    while n < 6:
        sep = re.match(r"[ \t]*,[ \t]*|[ \t]+và[ \t]+|[ \t]+", text[pos:stop])
        if not sep:
            break
        at = pos + sep.end()
        known = max((k for k in (NAME_WORDS.match(text, at), _OFFICE_WORDS.match(text, at) if "," not in sep.group(0) else None)
                     if k), key=lambda k: k.end(), default=None)
        if known and known.end() <= stop:
            pos, n = known.end(), n + 1
            continue
        word = re.match(r"[a-zà-ỹđ]+(?!\w)", text[at:stop])
        # "Xổ số": "số" after a capitalised syllable is the second half of a word, not a number's label
        second_half = word and word.group(0) == "số" and pos == end and re.search(rf"{UP}\S*$", text[:pos]) \
            and not re.match(r"số\s+\d", text[at:stop])
        # "Bộ Ngoại giao", "Học viện Ngoại giao": a two-syllable word whose second half is written lowercase
        second_half = second_half or word and pos == end and (text[:pos].split() or [""])[-1] + " " + word.group(0) in _SPLIT_WORDS
        if not word or "," in sep.group(0) or word.group(0) in _LOWER_STOP and not second_half:
            break
        pos, n = at + word.end(), n + 1
    if pos > end and re.match(r"[ \t]*(?:$|[,;:(]|và[ \t]+(?:[A-ZĐÀ-Ỹ]|" + ADMIN_TYPES + r")|(?:số[ \t]+)?\d"
                              r"|(?:đã|vinh dự|được|nhận|đón nhận|vừa|cũng|long trọng|trang trọng|tổ chức)(?!\w))",
                              text[pos:stop]):
        return run_on(text, pos, stop) if _NAME_NUMBER.match(text, pos) else pos
    if pos > end and re.match(rf"[ \t]+{UP}", text[pos:stop]) and not lexicon.title_head_re().match(text, pos + 1):
        # "Công ty Xổ số kiến thiết Quảng Ninh": lowercase words inside a name that goes on with capitals
        more = extend_name(text, pos + 1, pos + 200, False)
        if pos + 1 < more <= stop:
            return run_on(text, more, stop)
    return end


def lowercase_sibling(clause: str) -> int | None:
    """Where "và" is followed by the head of an earlier organisation written lowercase ("Đội tuyển A và đội tuyển B"):
    the second sibling repeats the first one's head."""
    for h in HEAD_RE.finditer(clause):
        word = h.group(0)
        if not word[:1].isupper():
            continue
        sib = re.search(rf"\svà\s+(?={re.escape(word[:1].lower() + word[1:])}\s)", clause[h.end():])
        if sib:
            at = h.end() + sib.end()
            rest = re.split(r"[,;.:(]", clause[at + len(word):])[0]
            if not _GENERIC_SIBLING.search(rest):  # not "Sở Y tế và sở ngành liên quan", "… và công an các huyện"
                return at
    return None


# words that make a lowercase sibling a class of bodies rather than one named body
_GENERIC_SIBLING = re.compile(r"^\s*(?:ngành|học|cơ sở|cấp|thành viên|địa phương|đơn vị)(?!\w)|(?<!\w)(?:các|những|trực thuộc|liên quan"
                              r"|trên địa bàn|khác|toàn|mọi|nhiều|một số)(?!\w)")


# a military rank or academic degree before a name works like an honorific; news writes the rank lowercase mid-sentence
# ("…; trung úy Nguyễn Văn A, cán bộ …")
RANK = re.compile(r"(?:(?:[Đđ]ại|[Tt]hượng|[Tt]rung|[Tt]hiếu|[Cc]huẩn) (?:tướng|tá|úy|uý)|(?:[Tt]hượng|[Tt]rung|[Hh]ạ) s[ĩỹ]|(?:NSND|NSƯT|NGND|NGƯT|NNND|NNƯT|TTND|TTƯT|AHLĐ)(?!\w)|(?:Nhà giáo|Thầy thuốc|Nghệ sĩ|Nghệ nhân) (?:Nhân dân|Ưu tú|nhân dân|ưu tú)|(?:GS|PGS)\.?\s?(?:TSKH|TS)\.?|TSKH\.?|TS\.?|ThS\.?|P?GS\.?"
                  # written out: "Phó Giáo sư- Tiến sĩ A", "Giáo sư, Tiến sĩ B", "Thạc sĩ C"
                  r"|(?:Phó\s+)?Giáo sư(?:\s*[-–,]\s*|\s+)(?:Tiến sĩ(?:\s+khoa học)?)?|Tiến sĩ|Thạc sĩ)\s*(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])")
