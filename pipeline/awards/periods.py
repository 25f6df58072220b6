"""The period an award rewards ("năm 2022", "giai đoạn 2018-2022"), told apart from terms, conferral dates\nand years that reward nothing."""

from __future__ import annotations

import re


# A plausible achievement year, not digits inside a file name, a document number or a URL
# ("img-4806-1657639497.jpg", "số 45/2022/QĐ-UBND").
_YEAR_DIGITS, _NOT_BEFORE, _NOT_AFTER = r"(?:19[4-9]\d|20\d\d|2100)", r"(?<![\w/.\-–])", r"(?![\w/]|[.,\-–]\d)"
_YEAR = _NOT_BEFORE + _YEAR_DIGITS + _NOT_AFTER
_SPAN = rf"{_NOT_BEFORE}{_YEAR_DIGITS}\s*[-–—]\s*{_YEAR_DIGITS}{_NOT_AFTER}"
# "từ năm học 2010-2011 đến năm học 2014-2015": school years from one to another, taken whole
_SCHOOL_YEARS = rf"từ năm học\s+{_SPAN}\s+(?:đến|tới)(?: hết)?(?: năm học)?\s+{_SPAN}"
PERIOD = re.compile(rf"(?<!\w)({_SCHOOL_YEARS}|giai đoạn\s+{_SPAN}|từ năm\s+{_YEAR}\s+(?:đến(?: hết)?(?: năm)?\s+{_YEAR}|đến nay(?!\w))|năm học\s+{_SPAN}"
                    rf"|năm\s+(?:{_SPAN}|{_YEAR})|{_SPAN})")
# "(Trước đó,) năm 2015, X được tặng …", "… vào năm 2002": when it was given, not what it rewards
_WHEN_BEFORE = re.compile(r"(?:^|[,;:.]\s*)(?:(?:[Tt]rước đó|[Ss]au đó)\s*,?\s*)?(?:[Vv]ào\s+|[Tt]rong\s+)?$")


# words that say what a year rewards: "thành tích … năm 2022", "dẫn đầu phong trào thi đua năm 2021"
_ACHIEVEMENT = re.compile(r"(?<!\w)(?:thành tích|công tác|nhiệm vụ|thi đua|phong trào|khen thưởng|dẫn đầu|hoàn thành|xuất sắc"
                          r"|tiêu biểu|tổng kết|sơ kết|danh hiệu|Cờ|Bằng khen|Giấy khen)(?!\w)", re.I)


def year_to_come(before: str) -> bool:
    """Is the year after `before` one an activity looks ahead to ("phát động / ký giao ước thi đua năm 2022"), or the
    term of a cluster ("Khối trưởng Khối thi đua năm 2022"), rather than one a summing-up or an award reviews?"""
    if re.search(r"(?:[Kk]hối|[Cc]ụm)\s+thi đua(?:\s+số)?(?:\s+\d+)?\s*$", before):
        return True
    last = None
    for last in re.finditer(r"(?<!\w)(?:tổng kết|sơ kết|phát động|ký kết|ký giao ước|khen thưởng|thành tích)(?!\w)", before, re.I):
        pass
    return bool(last) and last.group(0).lower() in ("phát động", "ký kết", "ký giao ước")


def _rewards(s: str, p: re.Match) -> bool:
    """Does the year or span at p say what the award rewards? Not a term ("nhiệm kỳ 2020-2025"); a bare "năm 2022" only
    in a clause about achievements (not "…, đơn vị có doanh thu lớn nhất năm 2022")."""
    before = s[:p.start()]
    if re.search(r"(?:nhiệm kỳ|khóa|khoá)\s*(?:[IVXLC]+\s*,?\s*)?$", before):
        return False
    if re.search(r"(?<!\w)(?:sinh|thành lập|ra đời)\s+$", before):
        return False  # "(sinh năm 1968, …)", "thành lập năm 1975": a birth or a founding, no achievement
    if not re.fullmatch(r"năm\s+\d{4}", p.group(1)):
        return True
    clause = re.split(r";|\.\s", before)[-1][-120:]
    return bool(_ACHIEVEMENT.search(clause))


# "Với những thành tích đạt được trong năm 2023, A được tặng …": a year written before the form that says what it rewards
_ACHIEVED_BEFORE = re.compile(r"(?<!\w)thành tích[^,;.]{0,40}?\s(?:trong\s+|của\s+)?$")


def sentence_period(s: str, mentions: list[re.Match] | None = None) -> str | None:
    """The first achievement period of a sentence: not a date ("tháng 5 năm 2022"), not a bracketed anniversary or term
    span ("(1997–2012)"), not a conferral date, not a year that rewards nothing, and not the year written right after
    one of its forms ("Huân chương … và Cờ thi đua năm 2022": the flag's own year, see `own` in find_awards)."""
    for p in PERIOD.finditer(s):
        if re.search(r"tháng\s+\d{1,2}\s*$", s[:p.start()]) or p.group(1)[0].isdigit() and s[max(0, p.start() - 1):p.start()] == "(":
            continue
        if not _when(s, p) and _rewards(s, p):
            # (not "… của Chính phủ về thành tích năm 2013": what the award rewards)
            # (a form after the period counts only when none is written before it: "cho A vì … từ năm 2001 đến năm
            # 2011; … FORM2 cho B" is A's reason)
            first = any(m.end() <= p.start() for m in mentions or ())
            if any(re.fullmatch(r"\s*(?:của\s+(?:(?!về|vì|thành tích)[^,;.()]){1,60}?\s*)?\(?\s*", s[m.end():p.start()])
                   for m in mentions or () if m.end() <= p.start() or not first and not _ACHIEVED_BEFORE.search(s[:p.start()])):
                return None
            return p.group(1)
    return None


def _when(s: str, p: re.Match) -> bool:
    """Is the year at p a time adverbial ("Năm 2015, …", "vào năm 2002") rather than an achievement period?"""
    if re.search(r"(?<!\w)vào\s+$", s[:p.start()]):
        return True
    return p.group(1).startswith(("năm ", "Năm ")) and bool(_WHEN_BEFORE.search(s[:p.start()])) \
        and re.match(r"\s*,", s[p.end():]) is not None


# (a headline capitalises its words: "Cờ Thi đua xuất sắc … năm 2021"; not the name "Ban Thi đua - Khen thưởng")
DOC_PERIOD = re.compile(rf"(?:thành tích|công tác|khen thưởng|thi đua|(?:Thành tích|Công tác)(?!\s+[A-ZĐ])|Thi đua(?!\s*[-–,]\s*[Kk]hen)"
                        rf"|(?<![Tt]hi đua - )(?<![Tt]hi đua, )(?<![Tt]hi đua – )Khen thưởng)[^.;\n]{{0,60}}?(?<!\w)({_SCHOOL_YEARS}|giai đoạn\s+{_SPAN}"
                        rf"|từ năm\s+{_YEAR}\s+đến(?: hết)?(?: năm)?\s+{_YEAR}|năm học\s+{_SPAN}|năm\s+{_YEAR})")
