"""Why a mention is not a participant: the context patterns that give a unit its role (conferrer, issuer of a
document, venue, a person's workplace or home, the owner in brackets, a proposal's addressee, …)."""

from __future__ import annotations

import re

from .. import lexicon
from ..orgnames import CW
from ..textutil import DOCUMENT_KINDS, LO, NUMBER_WORDS, UP, VILLAGE_WORDS


CONFERRER_AFTER = re.compile(r"^\s*(?:đã |vừa |cũng |chính thức )?(?:tặng|trao tặng|trao|quyết định|ký(?![ \t]+kết)|ban hành|tặng thưởng|khen thưởng|công nhận"
                             r"|(?:có|ra)[ \t]+[Qq]uyết định|gửi thư khen|khen ngợi|thưởng)(?!\w)")  # "ký kết giao ước": signatories
# the issuer of a document or the author of a proposal, not a participant: "Chỉ thị 39-CT/TW của Bộ Chính trị",
# "trên cơ sở đề nghị của Bộ X"
# (not a report's author: "Theo báo cáo của Ban Thi đua" — the board reports at the meeting it takes part in)
DECISION_BEFORE = re.compile(r"(?:(?![Bb]áo cáo|[Vv]ăn bản)" + DOCUMENT_KINDS + r"(?:[^,;.]|(?<=\d)\.(?=\d)|,(?=[ \t]*ngày)){0,60}|[Đđ]ề nghị)\s+của\s+"
                             # the issuers listed on: "Nghị quyết của Chính phủ, Tỉnh ủy, HĐND tỉnh"
                             r"(?:[^,;.:\n()]{2,40},[ \t]*){0,3}$")
# a place or body named at the end of a regulation's lowercase title: "Quy chế thi đua, khen thưởng tỉnh X"
RULES_BEFORE = re.compile(rf"(?<!\w)(?:[Qq]uy chế|[Qq]uy định|[Đđ]iều lệ)[ \t]+{LO}(?:{LO}|[, \t-]){{0,60}}[ \t]$")
# a body named inside a law's title ("Luật Tổ chức Chính phủ") is part of the title
LAW_BEFORE = re.compile(r"(?<!\w)[Ll]uật[ \t]+(?:[Tt]ổ chức[ \t]+)?$")
# what the unit grew out of, not a participant: "Công ty X (tiền thân là Nhà máy Y)", "tiền thân của lực lượng Z"
PREDECESSOR_BEFORE = re.compile(r"(?<!\w)(?:[Tt]iền thân|[Tt]rước đây|[Tt]rước kia|[Nn]guyên)[ \t]+(?:là|của)[ \t]+(?:(?:lực lượng|các|cơ quan)[ \t]+)?$")
# the occasion named after a body: "Ngày truyền thống Công an nhân dân" (a body whose founding is celebrated,
# "Kỷ niệm 20 năm ngày thành lập thành phố X", hosts it and stays)
OCCASION_OF = re.compile(r"(?<!\w)[Nn]gày[ \t]+truyền thống(?:[ \t]+(?:của[ \t]+)?(?:lực lượng|ngành)(?![ \t]+[A-ZĐ]))?[ \t]+$")
AWARD_NAME_BEFORE = re.compile(r"(?<!\w)(?:[Hh]uy hiệu|[Kk]ỷ niệm chương|[Hh]uy chương|[Dd]anh hiệu)[ \t]*[“\"][^”\"\n]{0,100}$")
_QUOTED_NAME = r"(?:“[^”\n]{0,120}”|\"[^\"\n]{0,120}\")"
FORM_BEFORE = re.compile(r"(?:(?:[Bb]ằng khen|[Cc]ờ thi đua|[Gg]iấy khen|[Hh]uân chương[^,;.]{0,30}|[Cc]ờ[ \t]*" + _QUOTED_NAME
                         + r"|[Cc]ờ[^,;.]{0,40}|[Dd]anh hiệu[^,;.]{0,40}|khen thưởng|[Kk]ỷ niệm chương[^,;.]{0,60}|[Hh]uy hiệu[^,;.]{0,40})"
                         r"\s+(?:xuất sắc\s+)?(?:của|từ)\s+|(?<!\w)(?:[Bb]ằng khen|[Cc]ờ thi đua|[Gg]iấy khen|[Cc]ờ)[ \t]+)"
                         # "Bằng khen của Trung ương Hội X": the body's central organ confers
                         r"(?:(?:Ban Chấp hành[ \t]+|Ban Thường vụ[ \t]+)?(?:Trung ương|TƯ|T\.Ư|TW)[ \t]+)?$")
# "phong trào thi đua do UBND tỉnh phát động": who launched a movement, not who takes part in this event
LAUNCHER = (re.compile(r"(?<!\w)do[ \t]+$"), re.compile(r"^[ \t]+(?:đã[ \t]+)?(?:phát động|khởi xướng|ban hành|giao(?![ \t]+ước))(?!\w)"))
# the launchers written as a list: "phong trào thi đua do Tỉnh ủy, HĐND, UBND tỉnh, các cấp, các ngành phát động";
# sponsors likewise: "công trình do Thành ủy, UBND, Ủy ban MTTQ thành phố hỗ trợ kinh phí"
_LAUNCHER_LIST = re.compile(r"(?<!\w)do[ \t]+(?P<list>(?:[^,;.:\n()]{2,40}?(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+))*)"
                            r"[^,;.:\n()]{2,40}?[ \t]+(?:đã[ \t]+)?(?:phát động|khởi xướng|ban hành|hỗ trợ|tài trợ|ủng hộ)(?!\w)")


def in_launcher_list(text: str, a: int, b: int) -> bool:
    """Is the body at a..b one of the launchers listed between "do" and "phát động"?"""
    start = max(text.rfind(c, 0, a) for c in ".;:\n") + 1
    return any(m.start("list") <= a and b <= m.end() for m in _LAUNCHER_LIST.finditer(text, start, min(len(text), b + 200)))
# the conferrers written as a list between "được" and the conferral: "được Bộ X, Công đoàn Y, UBND tỉnh tặng Bằng khen"
_CONFERRER_ITEM = r"(?:(?!(?<!\w)(?:được|là|nhận|tặng|trao|đề nghị|cho)(?!\w))[^,;.:\n()]){2,50}?"  # a name, not a clause
_CONFERRER_LIST = re.compile(rf"(?<!\w)được[ \t]+(?P<list>(?:{_CONFERRER_ITEM}[ \t]*,[ \t]*)+{_CONFERRER_ITEM})[ \t]+"
                             r"(?:(?:đã|cùng|đồng thời|được)[ \t]+)?(?:tặng|trao tặng|trao|tặng thưởng|khen thưởng|công nhận"
                             r"|biểu dương|tuyên dương|tôn vinh)(?!\w)")  # ("… được Tỉnh ủy, UBND tỉnh được biểu dương")


def in_conferrer_list(text: str, a: int, b: int) -> bool:
    """Is the body at a..b one of the conferrers listed between "được" and "tặng"?"""
    start = max(text.rfind(c, 0, a) for c in ".;:\n") + 1
    return any(m.start("list") <= a and b <= m.end("list") for m in _CONFERRER_LIST.finditer(text, start, min(len(text), b + 250)))


# "được UBND tỉnh trình Thủ tướng …": who forwards a proposal
FORWARDER = (re.compile(r"(?<!\w)được[ \t]+$"), re.compile(r"^[ \t]+(?:trình|đề nghị)(?!\w)"))
# A higher body written after a lower one at the end of a clause names the lower one's parent, not a second
# participant: "Cục Công tác Đảng, Bộ Công an;", "Phòng Xây dựng chính quyền, Sở Nội vụ."
CHILD_HEADS = ("Cục", "Vụ", "Phòng", "Ban", "Chi cục", "Văn phòng", "Trung tâm", "Viện", "Phòng Cảnh sát")
PARENT_HEAD = re.compile(r"(?:Bộ|Sở|Tổng cục|Bộ Tư lệnh)[ \t]+[A-ZĐ]|Công an[ \t]+(?:tỉnh|thành phố|TP|huyện|quận|thị xã)(?!\w)")
DELEGATION_BEFORE = re.compile(r"(?<!Trưởng )(?<!Phó )(?<!\w)[Đđ]oàn[ \t]+[Đđ]ại biểu[ \t]+$")


CLAUSE_END = re.compile(r"^[ \t]*(?:[;.:\n)]|$)")


# "tại Hội trường X, UBND tỉnh tổ chức …": a unit followed by what it does is the actor, not the venue list
ACTS_AFTER = re.compile(r"[ \t]+(?:(?:đã|vừa|long trọng|trang trọng|chính thức)[ \t]+)*(?:tổ chức|phối hợp|chủ trì|tiến hành|phát động|ký kết|khai mạc|triển khai)(?!\w)")


GENERIC_OWNER_AFTER = re.compile(r"[ \t]+(?:nhà trường|của trường|cơ quan|đơn vị|của đơn vị|bệnh viện|công ty|nhà máy)(?!\w)(?![ \t]+[A-ZĐ])")
# (page furniture "Theo dõi Báo X trên Google News" names the source too)
# (and the desk after the writer in a byline: "Nguồn: Nguyễn Văn A - Phòng Nghiệp vụ")
SOURCE_BEFORE = re.compile(r"(?:(?:^|\n|[.!?]\s+|\()\s*(?:[Nn]guồn|[Tt]heo(?:[ \t]+dõi)?)\s*:?\s*|[Nn]guồn[ \t]*:[^\n.;]{2,50}?[ \t]+[-–][ \t]+|[Nn]guồn\s*:\s*|\(\s*[Ảả]nh:?[ \t]+"
                           r"|(?<!\w)(?:[Ảả]nh(?:\s+minh\s+họa)?|[Bb]ài(?:\s*,\s*|\s+và\s+)ảnh|[Tt]hực hiện|Video|Clip)\s*:\s*)$")
LED_BEFORE = re.compile(r"(?<!\w)dẫn đầu(?:[ \t]+(?:trong[ \t]+)?(?:các[ \t]+)?phong trào(?:[ \t]+thi đua)?)?"
                        r"(?:[ \t]+(?:các[ \t]+)?(?:khối|cụm)(?:[ \t]+thi đua)?[ \t]+(?:của|thuộc))?[ \t]+$")
# where an achievement was made: "có thành tích trong phong trào thi đua của tỉnh X" — the movement's owner, not an actor
ACHIEVED_IN = re.compile(r"(?<!\w)(?:trong|dẫn đầu)[ \t]+(?:các[ \t]+)?(?:phong trào|cuộc vận động)[^,;.:\n]{0,50}?[ \t]+(?:chung[ \t]+)?của[ \t]+$")
LOCATION_BEFORE = re.compile(r"(?<!\w)(?:[Tt]ại|diễn ra ở|ở|địa bàn|địa phận|(?:[Tt]ại|ở)[ \t]+khu[ \t]+vực)\s+$")  # "trên cả nước nói chung và địa bàn tỉnh X"
# the venue is a body's building: "tại hội trường UBND thành phố X", "tại Trụ sở Liên minh HTX tỉnh"
VENUE_BEFORE = re.compile(r"(?<!\w)(?:[Tt]ại|ở)[ \t]+(?i:hội trường|trụ sở|khuôn viên|phòng họp|nhà khách|sân)(?:[ \t]+(?:tầng[ \t]+\d+|lớn|chính))?(?:[ \t]+của)?[ \t]+$")
# Mentioned in passing, not taking part: where something is concentrated ("tập trung ở các huyện …"),
# what a unit was merged from ("hợp nhất ba tỉnh …", "trên cơ sở sắp xếp thị trấn …"), whom a file goes to ("trình Bộ …").
PASSING_BEFORE = re.compile(
    r"(?:(?:[Tt]ại|[Ởở]|tập trung(?:\s+\w+)?\s+(?:ở|tại))\s+các\s+(?:tỉnh|huyện|thị xã|quận|xã|phường|thị trấn|địa phương)[ \t]+"
    r"|(?<!\w)(?:hợp nhất|sáp nhập|nhập|sắp xếp|trên cơ sở(?:\s+sắp xếp|\s+hợp nhất|\s+sáp nhập)?)"
    rf"\s+(?:(?:các|{NUMBER_WORDS}|\d+)\s+)?(?:(?:tỉnh|huyện|xã|phường|thị trấn|đơn vị hành chính)\s+)?"
    r"|(?<!\w)(?:trình|gửi|gửi về|báo cáo|tham mưu(?:[ \t]+cho)?)\s+"
    # whom an office serves, whose consent was given: "tham mưu, giúp việc của Tỉnh ủy", "được sự nhất trí của Hội đồng X"
    r"|(?<!\w)(?:tham mưu|giúp việc|phục vụ|nhất trí|đồng ý|cho phép)[ \t]+(?:cho|của)[ \t]+(?:[^.;:\n]{0,60}?,[ \t]*)?"
    r"|(?<!\w)đăng ký[^.;:\n]{0,80}[ \t]+với[ \t]+"
    # whose direction the participants followed: "bám sát sự lãnh đạo, chỉ đạo của Tỉnh ủy, UBND tỉnh"
    # (with a manner word between: "sự quan tâm chỉ đạo sâu sát của LĐLĐ thành phố")
    r"|(?<!\w)(?:lãnh đạo|chỉ đạo|quan tâm|hướng dẫn|hỗ trợ|giúp đỡ)(?:[ \t]+(?:sâu sát|sát sao|kịp thời|trực tiếp|thường xuyên|chặt chẽ))?"
    r"[ \t]+của[ \t]+(?:[^.;:\n]{0,60}?,[ \t]*)?"
    # whose recognition the award shows: "sự ghi nhận, đánh giá cao của lãnh đạo Bộ X"
    r"|(?<!\w)(?:ghi nhận|đánh giá cao|tin tưởng|tin yêu|biểu dương)[ \t]+của[ \t]+(?:(?:lãnh đạo|các cấp lãnh đạo)[ \t]+)?)$")  # "chỉ tiêu đã đăng ký với UBND tỉnh": whom targets are registered with
# A unit written right after a person's name is that person's workplace or home, not a participant:
# "cô giáo Lê Thị A, Trường Tiểu học B", "ông Trần Văn C, thôn D, xã E".
# the recipients or members of a place, described generically: "cho 5 tập thể của tỉnh X", "doanh nghiệp của tỉnh X"
# (collectives and people "của tỉnh X" are the province's own: the province takes part through them)
GROUP_OF = re.compile(r"(?<!\w)(?:doanh nghiệp|công ty|hợp tác xã|nhà máy|xí nghiệp|sản phẩm|dự án)(?:[ \t]+[^\s,;.:()]+){0,3}?[ \t]+của[ \t]+$")
_HOME_WORD = r"(?:(?:quê|quê quán|nguyên quán|trú quán|trú|thường trú|tạm trú|cư trú|ngụ)(?:[ \t]+(?:ở|tại))?[ \t]+)"
# the age or birth year opening a bracket after a name: "(SN 1994, ", "(32 tuổi, "
_AGE_OPENS = r"[ \t]*\([ \t]*(?=(?:sinh năm|SN|năm sinh)[ \t]|\d{1,3}[ \t]+tuổi(?!\w))"
_AGE = r"(?:(?:(?:sinh năm|SN|năm sinh)[ \t]+\d{4}|\d{1,3}[ \t]+tuổi)[ \t]*,[ \t]*)"
# the village or residential group before the commune ("thôn X, xã Y", "tổ 5 thị trấn Z")
_VILLAGE_FIRST = rf"(?:(?i:{VILLAGE_WORDS}|tổ)[ \t]+(?:số[ \t]+)?(?:{CW}|\d+)(?:[ \t]+{CW})*[ \t]*,?[ \t]*)?"
AFFILIATION_BEFORE = re.compile(
    rf"(?<!\w)(?:ông|bà|anh|chị|em|cô giáo|thầy giáo|cô|thầy|cháu|cụ|nghệ nhân|bác sĩ|Ông|Bà|Anh|Chị|Em|Cô|Thầy"
    rf"|[Mm]ẹ|[Bb]à mẹ Việt Nam [Aa]nh hùng|[Mm]ẹ Việt Nam [Aa]nh hùng|[Ll]iệt sĩ|[Ll]iệt sỹ|Cụ)[ \t]+"
    # (the home after a comma, after "ở"/"tại", or in brackets with the birth year: "em A ở xã B", "anh C (SN 1994, xã D")
    rf"{CW}(?:[ \t]+{CW}){{1,4}}(?:[ \t]*\([^()\n]{{0,40}}\))?(?:[ \t]*(?:,|[-–])[ \t]*|[ \t]+(?:ở|tại)[ \t]+|{_AGE_OPENS})"
    rf"{_AGE}?{_HOME_WORD}?{_VILLAGE_FIRST}$"
    # a full name without a word before it, then the age or birth year in brackets: "Lê Văn A (sinh năm 1990, xã B"
    rf"|(?<!\w){lexicon.full_name_pattern()}{_AGE_OPENS}{_AGE}{_HOME_WORD}?{_VILLAGE_FIRST}$"
    # "… quê xã Y", "thường trú tại thôn X, xã Y": where a person comes from, whoever is named before
    rf"|(?<!\w){_HOME_WORD}{_VILLAGE_FIRST}$"
    # "A (27 tuổi), đoàn viên thuộc Chi đoàn phường B": the branch a person belongs to
    rf"|(?<!\w)(?:đoàn viên|hội viên|đảng viên)[ \t]+(?:thuộc|của|sinh hoạt tại|sinh hoạt ở)[ \t]+$")


# a place written after a named feature is where it lies: "trên sông Ninh Cơ, huyện X", "tại chân cầu Ghép, huyện Y"
FEATURE_BEFORE = re.compile(rf"(?<!\w)(?<![Tt]hành )(?i:sông|suối|kênh|hồ|biển|cửa biển|cửa sông|cống|cầu|đường|phố|bến|cảng|đảo|núi|đèo|bãi"
                            rf"|{VILLAGE_WORDS})[ \t]+{CW}(?:[ \t]+{CW}){{0,3}}[ \t]*,[ \t]*$")
# the workplace written after a person's occupation, and the bodies it sits in: "ông Lê Văn A, giáo viên Trường B",
# "bà Trần Thị C, viên chức Phòng D, Trung tâm E, Bộ F" (GUIDELINE §4b: bodies inside a person's description)
OCCUPATION = (r"(?i:giáo viên|giảng viên|viên chức|cán bộ|nhân viên|công nhân|người lao động|bác sĩ|y sĩ|y tá|điều dưỡng"
              r"|dược sĩ|kỹ sư|kỹ thuật viên|chuyên viên|học sinh|sinh viên|học viên|phóng viên|biên tập viên|kế toán"
              r"|lái xe|chiến sĩ|đội viên|hội viên|đoàn viên|đảng viên|nghiên cứu viên|trợ lý|thư ký|văn thư)")
# one person's school, team or home written right after what the person is: "cho nam sinh Trường THPT X",
# "vận động viên tỉnh Y" (not a whole body's people: "cán bộ, học sinh Trường X", "các học sinh Trường X")
PERSON_OF_BODY_BEFORE = re.compile(r"(?<!\w)(?<!các )(?<!và )(?<!, )(?<!thể )(?:nam sinh|nữ sinh|vận động viên|VĐV"
                                   r"|học sinh|sinh viên)[ \t]+$"
                                   r"|(?<!\w)(?:phóng viên|PV|nhà báo|biên tập viên)[ \t]+$")  # "phóng viên Báo X": the reporter's paper
WORKPLACE_BEFORE = re.compile(
    rf"(?<![\w,])[ \t]*{CW}(?:[ \t]+{CW}){{1,4}}[ \t]*[,–-][ \t]*{OCCUPATION}(?!\w)"
    r"(?:[ \t]+[^,;.:\n()]{1,70}?)?(?:[ \t]*,[ \t]*[^,;.:\n()]{2,70}?)*?[ \t]*(?:,[ \t]*|[ \t]+)$")
# a pupil's class, then the school: "em A (lớp 7A3, Trường THCS B", "hai nữ sinh lớp 11, trường THPT C"
CLASS_BEFORE = re.compile(r"(?<!\w)lớp[ \t]+\w+(?:[ \t]+[^,;()\n]{1,25}?)?[ \t]*,[ \t]*(?:(?:là[ \t]+)?(?:học sinh|sinh viên)[ \t]+)?"
                          r"(?:trường[ \t]+)?$")
# "… thuộc Bộ Công an", "… trực thuộc Sở Y tế": the owner of the unit written before
# (a list that organises a posthumous conferral, "Thành ủy, HĐND, UBND thành phố X tổ chức truy tặng …", hosts it)
CO_CONFERRER_AFTER = re.compile(rf"[ \t]*(?:,|và)[ \t]*{UP}(?:(?!(?<!\w)(?:được|nhận|cho|vinh dự|tổ chức|truy)(?!\w))[^,.;:\n]){{2,60}}?[ \t]+(?:đã[ \t]+|vừa[ \t]+)?"
                                r"(?:tặng|trao tặng|tặng thưởng|quyết định tặng)(?!\w)")
# whose history is recalled: "ôn lại truyền thống vẻ vang của Quân đội …, của lực lượng vũ trang Quân khu 7"
TRADITION_OF = re.compile(r"(?<!\w)truyền thống[^.;:\n]{0,40}?(?<!\w)của(?!\w)[^.;:\n]{0,110}$")
# whom a proposal is addressed to: "đề nghị Hội đồng Thi đua - Khen thưởng huyện xét tặng …"
ASKED_TO = re.compile(r"[ \t]+(?:xét|xem xét|tặng|trao|khen thưởng|công nhận|trình|quyết định)(?!\w)")
OWNED_BY = re.compile(r"(?<!\w)(?:trực[ \t]+)?thuộc[ \t]+$")
RECEIVES_AFTER = re.compile(r"[ \t]+(?:(?:đã|vừa|vinh dự|được)[ \t]+)*(?:nhận|đón nhận|được[ \t]+(?:tặng|trao|nhận)|tặng|trao)(?!\w)")
# a proposal, not a conferral: "đề nghị (Thủ tướng) tặng Bằng khen cho X", "trình Chủ tịch nước tặng … cho X"
_PROPOSAL = re.compile(r"(?<!\w)(?:đề nghị(?![ \t]+của)|đề xuất|xét đề nghị|trình|biểu quyết|dự kiến)(?!\w)")
_MADE = re.compile(r"(?<!\w)(?:đã tặng|đã trao|quyết định tặng|đã quyết định|được(?:[ \t]+\S+){0,8}?[ \t]+(?:tặng|trao))(?!\w)")


_BRACKET_ITEMS = re.compile(r"(?:[^,;:()\n]{2,80},[ \t]*)*")
# the name before the brackets is a cluster or a count of members: "Cụm thi đua số 1 (", "gồm 7 đơn vị ("
CLUSTER_WORD = re.compile(r"(?i)(?<!\w)(?:cụm|khối|đơn vị|thành viên|gồm|bao gồm)(?:[ \t]+[^\s:;.]+){0,7}[ \t]*$")
_MEMBERS_WORD = re.compile(r"(?i)(?<!\w)(?:cụm|khối|gồm|bao gồm|trưởng|phó|các đơn vị|thành viên)(?!\w)")


def bracketed_owner(text: str, a: int, b: int) -> bool:
    """Is the body at a..b one of the owners listed in brackets right after another name ("Binh đoàn 15 (Bộ Quốc
    phòng)")? Members listed in brackets after a cluster ("Cụm thi đua số 1 (huyện A, huyện B)") are not owners."""
    opened = text.rfind("(", max(0, a - 200), a)
    if opened < 1 or ")" in text[opened:a] or not re.search(r"\w[ \t]*$", text[max(0, opened - 3):opened]):
        return False
    closed = text.find(")", b, b + 200)
    inside_ = text[opened + 1:closed] if closed > 0 else ""
    if not inside_ or not _BRACKET_ITEMS.fullmatch(text[opened + 1:a]) \
            or not re.fullmatch(r"[^,;:()\n]{0,60}(?:[ \t]*,[ \t]*[^,;:()\n]{2,80})*[ \t]*", text[b:closed]):
        return False
    # ("Cụm thi đua số 8 gồm 7 trường … (Trường A, Trường B, …)": the members counted before the brackets)
    return not _MEMBERS_WORD.search(inside_) and not CLUSTER_WORD.search(clause_before(text, opened, 40)) \
        and not re.search(r"(?<!\w)(?:gồm|bao gồm)[ \t]+(?:\d+|các)[ \t][^()]*$", clause_before(text, opened, 100))


def clause_before(text: str, a: int, limit: int) -> str:
    """The text of the sentence before `a` (at most `limit` characters)."""
    return text[max(a - limit, max(text.rfind(c, 0, a) for c in ".;\n") + 1):a]


def is_proposed(text: str, a: int) -> bool:
    """Is the unit at `a` named as the one proposed for an award: after "cho" ("đề nghị tặng … cho Trường X"), after
    "là"/"gồm" ("1 tập thể đề nghị tặng Huân chương … là Sở X", "được đề nghị tặng … gồm: A; B"), or as a later item of
    such a list after a semicolon?"""
    start = max(text.rfind(c, 0, a) for c in ".;\n") + 1
    clause = text[start:a]
    cho = None
    # ("đó là: A được đề nghị …, B được đề nghị …": each item says its own proposal, read on its own)
    for cho in re.finditer(r"(?<!\w)(?:cho|đối với|là(?![ \t]*:)|gồm|bao gồm)[ \t]*:?[ \t]*", clause):
        pass
    if not cho or re.search(r"(?<!\w)(?:được|nhận|đón nhận)(?!\w)", clause[cho.end():]) \
            or ":" in clause[cho.end():]:
        # "…: A; B": a bare later item of a list takes the list's reading
        if start > 0 and text[start - 1] == ";" and not re.search(r"(?<!\w)(?:được|nhận|tặng|trao|đề nghị)(?!\w)", clause):
            return is_proposed(text, start - 1)
        return False
    prop = None
    for prop in _PROPOSAL.finditer(clause, 0, cho.start()):
        pass
    return bool(prop) and not _MADE.search(clause, prop.end(), cho.start())
