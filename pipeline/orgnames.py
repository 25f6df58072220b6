"""Organisation names, shared by the units, awards, officials and events stages: the heads that open a
name ("UBND", "Sở", "Trường" …), how far a name runs on (`extend_name`), and the administrative unit
written with its type word (`admin_at`)."""

from __future__ import annotations

import functools
import re

from . import gazetteer, lexicon
from .textutil import CAP_WORD, LO, UP


ADMIN_TYPES = r"(?:[Tt]hành phố|TP\.?|[Tt]ỉnh|[Hh]uyện|[Qq]uận|[Tt]hị xã|TX\.?|[Xx]ã|[Pp]hường|[Tt]hị trấn)"
ADMIN_LEVEL = r"(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường|thị trấn|Trung ương|TW|TƯ|nước|cơ sở)"
ORG_HEADS = (
    "Ủy ban nhân dân", "Uỷ ban nhân dân", "UBND", "HĐND", "Hội đồng nhân dân", "UBMTTQ", "Ủy ban MTTQ",
    "Ủy ban Mặt trận Tổ quốc", "Mặt trận Tổ quốc", "Thường trực", "Hội đồng", "Ủy ban", "Uỷ ban", "Ban", "Sở",
    "Bộ Chỉ huy", "Bộ", "Hội", "Liên hiệp", "Liên đoàn", "Văn phòng", "Đài", "Bảo tàng", "Công an",
    "Trường", "Bệnh viện", "Công ty", "Tổng công ty", "Tập đoàn", "Chính phủ", "Đoàn", "Tỉnh đoàn",
    "Huyện đoàn", "Cục", "Vụ", "Chi cục", "Tổng cục", "Viện", "Trung tâm", "Ngân hàng", "Kho bạc", "Tòa án",
    "Viện Kiểm sát", "Phòng", "Đảng ủy", "Đảng bộ", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Tỉnh uỷ", "Thành uỷ", "Huyện uỷ", "Báo", "Thư viện", "Nhà văn hóa", "Hợp tác xã", "HTX",
    "Bộ đội Biên phòng", "Quân khu", "Lữ đoàn", "Trung đoàn", "Sư đoàn", "Cảng vụ", "Thanh tra",
    "Liên minh", "Hiệp hội", "Câu lạc bộ", "Đại học", "Ủy ban Kiểm tra", "Học viện", "Kiểm toán", "Tổng Liên đoàn",
    "Công đoàn", "Hội LHPN", "Văn phòng Chủ tịch nước", "Bảo hiểm xã hội", "BHXH", "Trạm", "Xí nghiệp", "Nhà máy", "Chi nhánh",
    "Thành Đoàn", "Tỉnh Đoàn", "Huyện Đoàn", "Lực lượng", "Khu", "Cộng đồng người Việt Nam", "Cộng đồng người Việt",
    "Bộ Tổng Tham mưu", "Bộ Tổng tham mưu",
    # abbreviated and security bodies ("LĐLĐ huyện X", "HND tỉnh" (the farmers' union), "BĐBP tỉnh X", "Đồn Biên phòng Y", "Ban CHQS huyện Z")
    "LĐLĐ", "HND", "HLHPN", "HCCB", "VKSND", "TAND", "BV", "BĐBP", "Bộ CHQS", "Ban CHQS", "Ban Chỉ huy Quân sự", "Đồn Biên phòng", "Hải đội", "Tạp chí",
    "Nhà xuất bản", "Cổng Thông tin điện tử", "Cổng TTĐT", "Trang Thông tin điện tử",
    "Chi bộ", "Chi đoàn", "Chi hội", "Tổ hợp tác",
    # the provincial units of the post and telecom groups ("Viễn thông Bắc Ninh", "Bưu điện tỉnh")
    "Viễn thông", "Bưu điện",
    # a school listed by its level alone after "Trường …, THPT X, THCS Y"
    "THPT", "THCS",
    # abbreviated names written as heads: the Front committee with "VN" run on, the State Bank's branches
    "UBMTTQVN", "NHNN",
)


_POLICE_HEAD = r"(?:Công an|Đội|Phòng|Trạm|Đồn)"
_POLICE_UNIT = re.compile(rf"{_POLICE_HEAD}[ \t]")
_POLICE_HEAD_ENDS = re.compile(rf"{_POLICE_HEAD}$")
# Lowercase words that end or continue an organisation's name: "Hội Liên hiệp phụ nữ", "Liên đoàn lao động",
# "Cục Công tác Đảng và Công tác chính trị", "Lực lượng Thanh niên xung phong".
NAME_WORDS = re.compile(
    r"(?:phụ nữ|lao động|chính trị|toàn cầu|nông dân|thanh niên|cựu chiến binh|chữ thập đỏ|khuyến học|người cao tuổi"
    r"|doanh nghiệp|xã hội|phát triển|nông thôn|công nghiệp|chế xuất|xung phong|biên phòng|vũ trang|quân sự"
    r"|dân tộc|tôn giáo|kinh tế|văn hóa|văn hoá|thể thao|du lịch|truyền thông|thông tin|khoa học|công nghệ"
    r"|môi trường|đầu tư|hữu nghị|thanh thiếu niên|nạn nhân chất độc da cam|người mù|cựu thanh niên xung phong"
    r"|giao thông|hình sự|cơ động|phòng cháy|chữa cháy|cứu nạn|cứu hộ|ma túy|ma tuý|chi nhánh"
    # the police's investigation units: "Phòng Cảnh sát điều tra tội phạm về ma túy / trật tự xã hội"
    r"|điều tra(?:[ \t]+tội phạm(?:[ \t]+về[ \t]+(?:ma túy|ma tuý|trật tự xã hội|kinh tế|tham nhũng|chức vụ|buôn lậu|môi trường))?)?"
    r"|dự án|việc làm|tiếp công dân|xây dựng|công trình|quản lý|sức khỏe|sức khoẻ"
    r"|tuyên truyền|thi hành án(?:[ \t]+dân sự)?|phát thanh|truyền hình"  # "Học viện Báo chí và Tuyên truyền", "Cục Thi hành án dân sự"
    r"|thi đua(?:[ \t]*[-–,][ \t]*|[ \t]+)khen thưởng)(?!\w)")  # "Hội đồng thi đua, khen thưởng huyện"
_VIETNAMESE_END = re.compile(r"(?:Việt Nam|người Việt)$")
_ABROAD = re.compile(rf"tại[ \t]+(?:(?:Cộng h[òo]à|Vương quốc|Liên bang|Hợp chúng quốc|Liên hiệp|châu)[ \t]+)*{CAP_WORD}(?!\w)(?:[ \t]+{CAP_WORD}(?!\w))*")
# a name word ends the name or is followed by more of it; otherwise it starts a verb phrase ("phát triển kinh tế")
_NAME_GOES_ON = re.compile(r"[ \t]*(?:[,;.:()\n–—-]|và[ \t]|(?:trực[ \t]+)?thuộc(?!\w)|$|\d|"
                           r"(?:các[ \t]+)?(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường|thị trấn)(?!\w)"
                           r"|(?:toàn cầu|Việt Nam|chi nhánh)(?!\w)|[A-ZĐ])")
# A known sector written with other separators or capitals: "Giáo dục-Đào tạo", "Giao thông Vận tải", "Văn hoá-Thể thao và Du lịch"
_SECTOR_SEP = r"(?:[ \t]*[-–,][ \t]*|[ \t]+)(?:và[ \t]+)?"


@functools.lru_cache(maxsize=1)
def sector_end_re() -> re.Pattern:
    """"Sở Ngoại vụ" before "và Thanh tra tỉnh": a department named by its sector is complete."""
    return re.compile(r"(?:Sở|Bộ|Phòng|ngành)[ \t]+(?:" + sector_spelling_re().pattern + r")$", re.I)


@functools.lru_cache(maxsize=1)
def sector_spelling_re() -> re.Pattern:
    """A sector of the lexicon written with any separators or capitals ("Giáo dục-Đào tạo"); `lexicon.sector_re()`
    matches only the spelling listed."""
    alts = []
    for name in lexicon.load("units")["sectors"]:
        words = [w for w in re.split(r"[\s,\-–]+", name) if w and w != "và"]
        alts.append(_SECTOR_SEP.join(re.escape(w) for w in words))
    return re.compile("(?:" + "|".join(sorted(alts, key=len, reverse=True)) + r")(?!\w)", re.I)
COMPLETE_HEADS = ("Chính phủ", "Văn phòng Chủ tịch nước", "Bộ Tổng Tham mưu", "Bộ Tổng tham mưu", "Tỉnh đoàn", "Thành đoàn", "Huyện đoàn", "Tỉnh Đoàn", "Thành Đoàn",
                  "Huyện Đoàn", "Bộ đội Biên phòng")
HEAD_ALT = "(?:" + "|".join(re.escape(h) for h in sorted(ORG_HEADS, key=len, reverse=True)) + ")"
ORG_HEAD_RE = re.compile(
    r"(?<![\w])(?:" + "|".join(re.escape(h) for h in sorted(ORG_HEADS, key=len, reverse=True)) + r")(?![\w])"
    r"(?![ \t]+(?:nghị|thao|diễn|trại|chợ|báo|viên|trưởng)(?!\w))"  # "Hội nghị", "Hội thao": events; "Bộ trưởng": a title
    r"(?:(?<!Hội)|(?![ \t]+(?:Nghị|Thao|Diễn|Trại|Chợ)(?!\w)))"  # "Hội Nghị" in a title-case heading (not "Bệnh viện Chợ Rẫy")
    r"(?<!Đài(?=[ \t]Loan))"  # "Đài Loan": a place abroad, no broadcaster
    r"(?<!Đoàn(?=[ \t]kết(?!\w)))"  # "Năm Đoàn kết hữu nghị Việt Nam - Lào": solidarity, no union
    r"(?<!Vụ(?=[ \t](?:Bản|Bổn)(?!\w)))"  # "Vụ Bản", "Vụ Bổn": places (the gazetteer's only ones), not a ministry's department
    r"(?<!Nam Bộ)(?<!Bắc Bộ)(?<!Trung Bộ)(?<!Tây Ban)"  # "Nam Bộ Thành Đồng", "Tây Ban Nha": a region, a country
    r"(?:(?<=Hội đồng)|(?<=Ban)|(?![ \t]+thi(?!\w)))"  # "Hội thi" is an event, "Hội đồng/Ban thi đua" a council/board
)
# bodies written with their address after a comma ("Trường Mầm non A, huyện B", "Công ty X, thành phố Y"); a
# government or party body of a place is named by the place instead
ADDRESSED_HEAD = re.compile(r"(?:Trường|Bệnh viện|Trạm [Yy] tế|Trung tâm|Công ty|Tổng công ty|Nhà máy|Hợp tác xã|HTX|Chi nhánh"
                            r"|Ngân hàng|Bưu điện|Thư viện|Nhà văn hóa|Doanh nghiệp|Cơ sở|Tổ|Đội|Chi hội|Chi đoàn|Chi bộ)(?!\w)")
# Words that can never continue an organisation name (verbs, function words).
ORG_STOP = {
    "của", "cho", "và", "được", "đã", "vừa", "tổ", "tặng", "trao", "nhận", "đón", "tại", "với", "trong", "về",
    "là", "có", "năm", "ngày", "theo", "thực", "phối", "chủ", "ban", "tham", "dự", "khóa", "khoá", "kỳ", "lần",
    "đến", "tới", "để", "nhằm", "sẽ", "đang", "cũng", "này", "đó", "gồm", "bao", "ký", "họp", "xét", "giao",
    "truyền", "phát", "tiến", "đề", "thông", "tiếp", "trình", "vì", "do", "các", "những", "lãnh", "đại",
    "toàn", "đồng", "thay", "cùng", "thuộc", "trực", "chỉ", "hướng", "nhân", "kỷ", "thành", "tuyên",
    "sáng", "chiều", "tối", "số", "tập", "cán", "đoàn", "xây", "quyết", "mới", "làm", "trước",
    "sau", "hoàn", "khai", "tổng", "sơ", "đạt", "cấp", "bầu", "giữ", "nhiều", "luôn", "tích", "đảm", "bảo",
    "long", "trang", "vinh", "rất",  # "long trọng", "trang trọng", "vinh dự": the verb phrase begins
    "giai", "nhiệm", "thời", "đợt", "quý", "hằng", "hàng", "vì", "nhờ",  # "giai đoạn", "nhiệm kỳ": a period begins
    "bắt", "phá", "triệt", "xử", "góp", "ủng", "hỗ", "đóng", "xem",  # verbs of what a body did ("xem xét")
    "nói",  # "Hội Nông dân Việt Nam nói chung và …": a phrase about the body, after its name
    "đều",  # "Cục Thuế đều hoàn thành …"
}
# stop syllables that are whole words of their own (a function word, a conferral verb, a time word) and so never
# the second half of a capitalised word: "Sở Nội vụ trao Bằng khen", "Công an Huyện X của Tỉnh Y"
_NEVER_SECOND_SYLLABLE = {
    "của", "cho", "và", "được", "đã", "vừa", "tặng", "trao", "nhận", "đón", "tại", "với", "trong", "về", "là", "có",
    "năm", "ngày", "theo", "để", "nhằm", "sẽ", "đang", "cũng", "này", "đó", "gồm", "bao", "ký", "họp", "xét", "vì",
    "do", "các", "những", "thuộc", "số", "làm", "trước", "sau", "tới", "đến", "dự", "lần", "kỳ", "khóa", "khoá",
    "rất", "luôn", "nhiều", "giữ", "bầu", "cấp", "đạt", "nhờ", "hằng", "hàng", "quý", "đợt", "sáng", "chiều", "tối",
    "đều",  # an adverb of its own, also in capitals ("CỤC THUẾ ĐỀU …")
}
# what a body does, written in capitals in a headline ("TỔ CHỨC", "PHÁT ĐỘNG", "TRAO TẶNG")
_CAPS_VERB = re.compile(r"(?:tổ chức|phát động|tổng kết|sơ kết|ký kết|đón nhận|trao|tặng|nhận|đón|khen thưởng|biểu dương"
                        r"|tuyên dương|tôn vinh|họp|gặp mặt|ra quân|hưởng ứng|triển khai|chào mừng|kỷ niệm)(?!\w)")


def _caps_verb_at(text: str, a: int, tok: str) -> bool:
    """Does a word written all in capitals open a verb phrase ("… TỔ CHỨC HỘI NGHỊ") rather than go on with a name?"""
    if len(tok) < 2 or not tok.isupper() or not re.fullmatch(r"\w+", tok):
        return False
    low = text[a:a + 30].lower()
    return bool(_CAPS_VERB.match(low) or PREDICATE.match(low)) or tok.lower() in _NEVER_SECOND_SYLLABLE - {"và"}


# Verbs that open what a body did or decided; never words of its name ("Khối thi đua nhất trí suy tôn …",
# "Công an đẩy mạnh phong trào …").
PREDICATE = re.compile(
    r"(?:nhất trí|suy tôn|thống nhất|bình xét|bình chọn|biểu quyết|đẩy mạnh|tăng cường|thực hiện|triển khai|hưởng ứng"
    r"|phát huy|nâng cao|duy trì|chú trọng|quan tâm|tích cực|đánh giá|thảo luận|góp ý|đề ra|lựa chọn|đăng ký|cam kết"
    r"|tập trung|xác định|kiện toàn|luân phiên|giới thiệu|bàn giao|tiếp nhận|phấn đấu|tiếp tục|quyết tâm|đồng loạt"
    r"|ra quân|vận động|tuyên truyền|kêu gọi|tôn vinh|biểu dương|nỗ lực|chung tay|chung sức|ra sức|khắc phục|đổi mới"
    r"|quyết liệt|thường xuyên|kịp thời|sáng tạo|phụ trách|nằm (?:trên|ở|tại))(?!\w)")


CW = CAP_WORD + r"(?!\w)"  # a whole capitalised word ("TP" is not "T" + "P")


_PERSON_RUN = re.compile(rf"{CW}(?:[ \t]+{CW}){{1,4}}")


def looks_like_person(text: str, pos: int) -> bool:
    """A capitalised run at pos that opens with a surname that is also an organisation word ("Đoàn", "Văn")
    and has the middle name "Thị"/"Văn" of a person: "Đoàn Thị Liên", not "Đoàn Thanh niên"."""
    run = _PERSON_RUN.match(text, pos)
    if not run or run.group(0).split()[0] not in lexicon.surnames():
        return False
    words = run.group(0).split()
    return len(words) >= 3 and words[1] in ("Thị", "Văn")


def is_cap(tok: str) -> bool:
    return bool(tok) and tok[0].isupper()


def _tokens(text: str, pos: int):
    # "TP.HCM", "TP. Vũng", "TT.Ngãi", "H.Hớn", "T.Ư": an abbreviation with a dot is one word of the name; a foreign name joins its
    # lowercase syllables with hyphens ("tỉnh Xa-va-na") and is one word too, as are two words a slash joins
    # ("Hội Nạn nhân chất độc da cam/dioxin")
    for m in re.finditer(rf"\(\s*[A-ZĐ][A-ZĐ&\-]+\s*\)|(?:TP|Tp|TX|TT|H)\.[ \t]?(?=[A-ZĐ])\w+|T\.[ \t]?Ư(?!\w)|[\w&’']+(?:-{LO}+)*(?:/{LO}+)?|[-–—,.]",
                         text[pos:pos + 250]):
        yield pos + m.start(), pos + m.end(), m.group(0)


# lowercase words fixed in a name: "Công ty TNHH Một thành viên X", "Công ty cổ phần X", "Tòa án nhân dân tỉnh"
_COMPANY_FORM = re.compile(r"(?:(?<=Kiểm sát )nhân dân|(?<=Tòa án )nhân dân|(?<=Toà án )nhân dân|(?<=Quân đội )nhân dân|[Mm]ột thành viên|[Tt]rách nhiệm hữu hạn(?:\s+[Mm]ột thành viên)?|[Cc]ổ phần|[Hh]ai thành viên trở lên)(?!\w)")


def _name_word_chain(text: str, pos: int) -> int | None:
    """End of the name words starting at pos ("dự án đầu tư xây dựng") when the name ends or goes on after
    them; None when they open a verb phrase ("phát triển kinh tế giỏi")."""
    last = None
    while True:
        m = NAME_WORDS.match(text, pos)
        if not m:
            break
        last = m.end()
        gap = re.match(r"[ \t]+", text[last:last + 3])
        if not gap or not NAME_WORDS.match(text, last + gap.end()):
            break
        pos = last + gap.end()
    return last if last is not None and _NAME_GOES_ON.match(text, last) else None


# "Cụm"/"Khối" with no name or number after it: the cluster or bloc already named, written back as a common noun
_BLOC_REFERRED_BACK = re.compile(rf"(?:Cụm|Khối)(?![\w])(?![ \t]+(?:thi|số|\d|{UP}))")


_WEEKDAY = re.compile(r"(?i:thứ)[ \t]+(?i:hai|ba|tư|năm|sáu|bảy)(?!\w)|Chủ nhật(?!\w)")


def extend_name(text: str, pos: int, limit: int, allow_comma: bool) -> int:
    """Extend an organisation name from pos over capitalised words, short lowercase compounds,
    level words with their place name, and parenthesised abbreviations. Returns the end offset."""
    end = pos
    lower_run = 0
    after_level = False
    toks = list(_tokens(text, pos))
    i = 0
    while i < len(toks):
        a, b, tok = toks[i]
        if a > limit:
            break
        sector = lexicon.sector_re().match(text, a) or (is_cap(tok) and sector_spelling_re().match(text, a)) \
            or _COMPANY_FORM.match(text, a)
        if sector and text[end:a].strip() == "" and end >= pos:
            # "Sở Giao thông vận tải", "Sở Văn hóa, Thể thao và Du lịch": a known sector, taken whole
            end = sector.end()
            while i < len(toks) and toks[i][0] < end:
                i += 1
            lower_run = 0
            continue
        gap = re.sub(r"\(\s*[A-ZĐ][A-ZĐ&\-]+\s*\)", "", text[end:a])  # "(TĐKT)" skipped: the name goes on after it
        if "\n" in gap or any(c in gap for c in ";:.()“”\"") and not tok.startswith("("):
            break
        if tok.startswith("("):
            i += 1
            continue  # "(TĐKT)": skipped in the surface form
        if tok in "-–—":
            nxt = toks[i + 1][2] if i + 1 < len(toks) else ""
            if is_cap(nxt) and not _WEEKDAY.match(text, toks[i + 1][0]):  # "Ban Thời sự - Thứ ba, 18/02": a dateline
                i += 1
                continue
            break
        if tok == ",":
            nxt = toks[i + 1][2] if i + 1 < len(toks) else ""
            if allow_comma and is_cap(nxt) and not ORG_HEAD_RE.match(text, toks[i + 1][0]) \
                    and not sector_end_re().search(text[max(0, pos - 60):end]) \
                    and not re.match(ADMIN_TYPES + r"\s", text[toks[i + 1][0]:]) and re.match(
                        rf"[^,;.]{{0,40}}\svà\s{UP}", text[toks[i + 1][0]:]):
                i += 1
                continue
            break
        if tok == "và" and i + 1 < len(toks) and _POLICE_UNIT.match(text, toks[i + 1][0]) \
                and _POLICE_HEAD_ENDS.search(text, max(0, pos - 8), pos):
            break  # "Phòng Cảnh sát hình sự và Công an quận X", "… và Đội Cảnh sát cơ động": police units side by side
        if tok == "và" and i + 1 < len(toks) and _BLOC_REFERRED_BACK.match(text, toks[i + 1][0]):
            break  # "chỉ tiêu do Bộ Công an và Cụm đề ra": the cluster this passage is about, referred back to
        if tok == "và" or tok == "các":
            nxt_start = toks[i + 1][0] if i + 1 < len(toks) else None
            nxt = toks[i + 1][2] if i + 1 < len(toks) else ""
            nh = ORG_HEAD_RE.match(text, nxt_start) if nxt_start is not None else None
            if is_cap(nxt) and not (tok == "và" and nh and (
                    (looks_complete(text[max(0, pos - 40):end]) or sector_end_re().search(text[max(0, pos - 60):end]))
                    # "Văn phòng Đoàn ĐBQH và HĐND tỉnh": one office serving both
                    and not re.search(r"Văn phòng Đoàn (?:ĐBQH|Đại biểu Quốc hội)$", text[max(0, pos - 40):end])
                    # "Chi cục Thủy lợi và Kho bạc Nhà nước Nam Trực": the second has a name of its own
                    or re.match(rf"[ \t]+{CW}", text[nh.end():]) and (nh.group(0) in ("Sở", "Bộ", "Cục")
                                                                      or not sector_spelling_re().match(text, nh.end() + 1))
                    # "Công đoàn ngành Giáo dục và LĐLĐ huyện X": an abbreviated body with its own named place
                    or nh.group(0).isupper() and re.match(rf"[ \t]+{ADMIN_TYPES}[ \t]+{CW}", text[nh.end():])
                    and "Văn phòng" not in text[max(0, pos - 40):end])) and not (
                    tok == "và" and re.match(ADMIN_TYPES + r"\s", text[nxt_start:])):
                end = b
                lower_run = 0
                i += 1
                continue
            break
        if re.fullmatch(r"\d+", tok) and i + 1 < len(toks) and re.match(r"(tỉnh|thành phố|huyện|quận|xã|đơn vị)(?!\w)", text[toks[i + 1][0]:toks[i + 1][0] + 12]):
            end = b
            i += 1
            continue
        # "Trường Đại học Sư phạm Hà Nội 2", "Quân khu 3", "Trường THCS số 1": a number closes the name
        num = re.match(r"(?:số[ \t]+)?\d{1,2}(?![\w/%-]|[.,]\d|[ \t]*[-–/][ \t]*\d)", text[a:a + 8])
        if num and (end > pos or re.search(r"(?:Quân khu|Quân đoàn|Sư đoàn|Lữ đoàn|Trung đoàn|Binh đoàn|Hải đội|Vùng)$",
                                           text[max(0, pos - 12):pos])) and text[end:a].strip() == "" and (
                end == pos or is_cap(text[pos:end].split()[-1]) or text[pos:end].endswith("Trung ương")
                or re.search(r"(?:Quân khu|Quân đoàn|Binh đoàn|Vùng)$", text[pos:end])  # "Bộ Tư lệnh Quân khu 7"
                or re.search(r"(?<!\w)(?:[Pp]hường|[Qq]uận|[Xx]ã)$", text[pos:end])  # "UBND phường 5", "Công an quận 3"
                # "Trung đoàn Tên lửa 238", "Lữ đoàn Trinh sát Đặc nhiệm 74": a unit of the armed forces ends in its number
                or re.match(r"(?:Lữ đoàn|Trung đoàn|Sư đoàn|Tiểu đoàn|Binh đoàn|Quân đoàn|Hải đoàn|Hải đội|Đại đội)\s", text[pos:end])
                or NAME_WORDS.search(text, max(pos, end - 20), end) and NAME_WORDS.search(text, max(pos, end - 20), end).end() == end) \
                and not _COUNTED_NOUN.match(text[a + num.end():]):
            end = a + num.end()
            if re.match(rf"[ \t]+{CW}", text[end:end + 30]) and not lexicon.title_head_re().match(text, end + 1):
                while i < len(toks) and toks[i][0] < end:  # "Trường THPT Số 1 Bảo Yên": the name goes on
                    i += 1
                continue
            break
        abroad = _ABROAD.match(text, a) if tok == "tại" and _VIETNAMESE_END.search(text[max(0, pos - 60):end]) else None
        if abroad:
            # "Hội người Việt Nam tại Cộng hòa Czech": a body of Vietnamese abroad is named with its country
            end = abroad.end()
            while i < len(toks) and toks[i][0] < end:
                i += 1
            continue
        nested = ORG_HEAD_RE.match(text, a) if is_cap(tok) else None
        if nested and re.search(r" [a-zđà-ỹ]", nested.group(0)) and text[end:a].strip() == "":
            # "Văn phòng Ủy ban nhân dân tỉnh": a head with lowercase words of its own, taken whole
            end = nested.end()
            while i < len(toks) and toks[i][0] < end:
                i += 1
            lower_run = 0
            continue
        words_end = _name_word_chain(text, a) if tok.islower() and not after_level else None
        if words_end and text[end:a].strip() == "":
            end = words_end
            while i < len(toks) and toks[i][0] < end:
                i += 1
            lower_run = 0
            continue
        lvl = re.match(ADMIN_LEVEL + r"(?!\w)(?![ \t]+hội(?!\w))", text[a:a + 12])  # "xã hội" is not a commune
        if lvl and (not is_cap(tok) or tok in ("Trung", "TW", "TƯ")):
            end = a + lvl.end()
            i_before = i
            while i < len(toks) and toks[i][1] <= end:
                i += 1
            if i == i_before:
                break
            # optional place name after the level word, which stops where a person's name starts
            j = i
            place_end = end
            stop_at = _place_words_before_person(toks, i, text)
            while j < len(toks) and j < stop_at and is_cap(toks[j][2]) and text[place_end:toks[j][0]].strip() == "" \
                    and toks[j][2] not in ("Cụm", "Khối") \
                    and (not ORG_HEAD_RE.match(text, toks[j][0])  # "huyện Xuân Trường": a head word inside a known place
                         or j > i and gazetteer.is_any_place(text[toks[i][0]:toks[j][1]])):
                place_end = toks[j][1]
                j += 1
            if j > i:
                end, i = place_end, j
                dashed = _dashed_place_end(text, a + lvl.end(), end)
                if dashed > end:
                    end = dashed
                    while i < len(toks) and toks[i][0] < end:
                        i += 1
            after_level = True
            lower_run = 0
            continue
        if re.fullmatch(r"trực thuộc|thuộc", tok) and i + 1 < len(toks) and toks[i + 1][2] == "Trung":
            end = b
            i += 1
            continue
        if tok == "trực" and i + 1 < len(toks) and toks[i + 1][2] == "thuộc":
            end = toks[i + 1][1]
            i += 2
            continue
        if is_cap(tok):
            if after_level and not re.fullmatch(r"[A-ZĐ]+", tok):
                break
            if end > pos and _caps_verb_at(text, a, tok):
                break  # "UBND XÃ CỔ ĐÔNG TỔ CHỨC HỘI NGHỊ": in a headline in capitals the name ends where the verb begins
            th = lexicon.title_head_re().match(text, a)
            if th and end > pos and not th.group(0).startswith("Đại biểu") and not text[:a].rstrip().endswith("Đoàn"):
                break  # "Sở Tài chính làm Trưởng khối": a title starts, the name has ended
            end = b
            lower_run = 0
            i += 1
            continue
        prev = text[pos:end].split()[-1] if text[pos:end].split() else ""
        if tok.islower() and is_cap(prev) and text[end:a].strip() == "":
            # "Lực lượng Vũ trang", "Hội Cựu chiến binh": a name word whose first syllable is written with a capital
            prev_start = end - len(prev)
            nw = NAME_WORDS.match(text[prev_start:prev_start + 40].lower())
            if nw and prev_start + nw.end() > end:
                end = prev_start + nw.end()
                while i < len(toks) and toks[i][0] < end:
                    i += 1
                continue
        if tok.islower() and PREDICATE.match(text, a):
            break
        if tok.islower() and tok in ORG_STOP and tok not in _NEVER_SECOND_SYLLABLE and is_cap(prev) and end > pos \
                and text[end:a].strip() == "" and i + 1 < len(toks) and is_cap(toks[i + 1][2]) \
                and text[b:toks[i + 1][0]].strip() == "" and not lexicon.title_head_re().match(text, toks[i + 1][0]):
            # "Trường Phổ thông Năng khiếu", "Ban Chủ nhiệm Câu lạc bộ": between capitalised words a lowercase
            # syllable is the second half of the word before it, even one that elsewhere opens a verb ("thông qua")
            end = b
            i += 1
            continue
        if tok.islower() and tok not in ORG_STOP and not after_level:
            # Lowercase syllables belong to the name only when the name goes on afterwards
            # ("Liên hiệp các Tổ chức hữu nghị thành phố", "Hợp tác xã dịch vụ nông nghiệp X");
            # otherwise only one, the second syllable of a word ("Sở Nội vụ", "Hội Khuyến học").
            j = i
            while j < len(toks) and j - i < 4 and toks[j][2].islower() and toks[j][2] not in ORG_STOP \
                    and not re.match(ADMIN_LEVEL + r"(?!\w)", toks[j][2]) and text[toks[j - 1][1] if j > i else end:toks[j][0]].strip() == "":
                j += 1
            # (j == i: the syllable itself opens a level word, "xã" in "xã hội": nothing taken, and no step back)
            closed = i < j < len(toks) and text[toks[j - 1][1]:toks[j][0]].strip() == "" and (
                is_cap(toks[j][2]) and not lexicon.title_head_re().match(text, toks[j][0])
                or re.match(ADMIN_LEVEL + r"(?!\w)", text[toks[j][0]:toks[j][0] + 12]))
            if closed:
                end = toks[j - 1][1]
                i = j
                continue
            last = text[max(pos, end - 12):end].split()[-1] if text[pos:end].split() else ""
            if end > pos and lower_run == 0 and is_cap(last) and not ends_in_place(text[pos:end]) \
                    and not (re.fullmatch(r"[A-ZĐ][A-ZĐ&\-]*[A-ZĐ]", last) and tok not in ("tối", "nhân")):
                # ("Đồn Biên phòng Giao Thủy bắt …": the name ended; "Sở GD&ĐT gửi …": no syllable follows an abbreviation)
                end = b
                lower_run = 1
                i += 1
                continue
            break
        break
    return end


# (two capitalised words: whole words with a capital first letter; "À-Ỹ" alone would also take "ò" in "phòng")
_COMPLETE_END = re.compile(rf"(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường|thị trấn|Trung ương|TW|TƯ|[Tt]ỉnh ủy|[Hh]uyện ủy|[Tt]hành ủy|[Đđ]ảng ủy|(?<!\w){UP}\w*[ \t]+{UP}\w*)$")


def ends_in_place(name: str) -> bool:
    """Does a name end in a known place name of two or more words ("… Giao Thủy")?"""
    m = re.search(rf"{CW}(?:[ \t]+{CW}){{1,3}}$", name)
    if not m:
        return False
    words = m.group(0).split()
    return any(gazetteer.is_any_place(" ".join(words[k:])) for k in range(len(words) - 1))


def looks_complete(name: str) -> bool:
    """Does an organisation name already end in its level or place ("… thành phố", "… Huyện ủy")?"""
    return bool(_COMPLETE_END.search(name.strip()))


# a place-name syllable, or two run together as Central Highlands names often are ("huyện IaGrai", "huyện ChưPrông")
_PLACE_WORD = rf"{CAP_WORD}(?:{UP}{LO}+)?"


# a number followed by what it counts or measures is a quantity, not the number closing a name: "của tỉnh 35 triệu
# đồng", "Quân khu 7 người"
_COUNTED_NOUN = re.compile(r"[ \t]+(?:năm|tháng|ngày|giờ|tập thể|cá nhân|đơn vị|người|lần|lượt|đợt|kỳ|tỷ|triệu|nghìn|ngàn|trăm|"
                           r"đồng(?![ \t]+chí)|hộ|học sinh|suất|phần quà|căn|ngôi|km|ha|tấn|%)(?!\w)")


def admin_at(text: str, pos: int) -> int:
    """End of "huyện Vụ Bản"-style unit starting at pos, or pos if none."""
    # ("phường 5", "quận 3"; not the date in "Ngày thành lập huyện 21/1/1957")
    m = re.match(ADMIN_TYPES + rf"[ \t]+((?:{_PLACE_WORD}|\d{{1,3}}(?![/.,\-–]\d))(?![\w])(?:[ \t]+{_PLACE_WORD}(?![\w])){{0,3}})", text[pos:])
    if not m or m.group(1).isdigit() and _COUNTED_NOUN.match(text, pos + m.end()):
        # "quỹ … của tỉnh 35 triệu đồng": the number is an amount, not a numbered place ("phường 5", "quận 3")
        return pos
    name = m.group(1)
    if name.isdigit() and not re.match(r"[Pp]hường|[Qq]uận", m.group(0)):
        return pos  # only wards and urban districts are numbered ("phường 5", "quận 3"; not "cấp tỉnh 25 hội thảo")
    # A person's name after the place ("tỉnh Nghệ An Thái Thanh Quý") is cut off.
    words = name.split()
    if person_like(words):
        return pos  # "UBND tỉnh Nguyễn Hữu Lập": the words after the type word are a person's name
    if words[0] in ("Cụm", "Khối") or ORG_HEAD_RE.fullmatch(words[0]) and not gazetteer.is_any_place(" ".join(words)):
        return pos  # "Công an 5 tỉnh Cụm thi đua số 2": a body's name follows the count of places, no place
    if words[0] == "Anh" and text.startswith("hùng", pos + m.start(1) + 4):
        return pos  # "16/21 xã, thị trấn Anh hùng Lực lượng vũ trang": the title the places hold, no place
    if len(words) >= 2 and words[-1] == "Bộ" and re.fullmatch(r"(?:Tây|Đông)?\s*(?:Nam|Bắc|Trung|Tây|Đông)", " ".join(words[:-1])):
        return pos  # "các tỉnh Tây Nam Bộ", "Bắc Trung Bộ": a region, no unit
    surnames = lexicon.surnames()
    if re.match(r"[Tt]ỉnh\s", m.group(0)) and words[0] in surnames and not gazetteer.is_province(" ".join(words[:2])) \
            and not gazetteer.is_province(words[0]):
        return pos  # "Phó Chủ tịch UBND tỉnh Hoàng Sơn": after "tỉnh" a name no province bears is its officer's
    for i in range(1, len(words)):
        if words[i] in surnames and len(words) - i >= 2 and not gazetteer.is_any_place(" ".join(words[:i + 2])):
            words = words[:i]  # (not "TP Buôn Ma Thuột": a place whose name holds a surname)
            break
    words = [w for w in words]
    while len(words) > 1 and ORG_HEAD_RE.fullmatch(words[-1]) and not gazetteer.is_any_place(" ".join(words)):
        words = words[:-1]
    return _dashed_place_end(text, pos + m.start(1), pos + m.start(1) + len(" ".join(words)))


def person_like(words: list[str]) -> bool:
    """2-4 capitalised words that read as a person's name, not as a place: "Nguyễn Hữu Lập", "Mẫn Văn Tùng"."""
    if not 2 <= len(words) <= 4 or gazetteer.is_any_place(" ".join(words)):
        return False
    return words[0] in lexicon.surnames() or len(words) >= 3 and words[1] in ("Thị", "Văn")


def _place_words_before_person(toks: list, i: int, text: str) -> int:
    """Index of the first token after a level word that starts a person's name, or len(toks):
    "tỉnh Quảng Ninh Nguyễn Văn A" stops before "Nguyễn"."""
    if i >= len(toks) or not is_cap(toks[i][2]):
        return len(toks)
    run = [i]
    while run[-1] + 1 < len(toks) and is_cap(toks[run[-1] + 1][2]) \
            and re.fullmatch(r"[ \t]+", text[toks[run[-1]][1]:toks[run[-1] + 1][0]]) and len(run) < 8:
        run.append(run[-1] + 1)
    words = [toks[k][2] for k in run]
    if gazetteer.is_any_place(" ".join(words)):
        return len(toks)
    for p in range(len(words) - 1):
        if (p == 0 or gazetteer.is_any_place(" ".join(words[:p]))) and person_like(words[p:]):
            return run[p]
    return len(toks)


def _dashed_place_end(text: str, start: int, end: int) -> int:
    """"Bà Rịa - Vũng Tàu", "Thừa Thiên- Huế": a place name written with a dash runs on past it."""
    m = re.match(rf"[ \t]*[-–—][ \t]*({CW}(?:[ \t]+{CW}){{0,2}})", text[end:end + 40])
    if m and gazetteer.is_place(f"{text[start:end].strip()} - {m.group(1)}"):
        return end + m.end()
    return end
