"""Units: organisations and administrative units taking part in the event.

Candidates come from three shapes of text — emulation clusters ("Cụm thi đua
số 1"), organisations ("UBND huyện X", "Ban Tổ chức Huyện ủy") and
administrative units ("huyện X", "thị trấn Y") — plus member lists with a
shared head ("các huyện A và B", "Ban Tổ chức Tỉnh ủy các tỉnh A, B").
Each candidate gets a role; only participants are kept (GUIDELINE §4 leaves
out conferrers, units inside a title, qualifiers in brackets, venues).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from thidua.models import Unit

from . import gazetteer, lexicon
from .orgnames import (ADMIN_LEVEL, ADMIN_TYPES, COMPLETE_HEADS, CW, HEAD_ALT, ORG_HEAD_RE, ORG_STOP, PREDICATE, admin_at,
                       ends_in_place, extend_name, is_cap, looks_like_person, person_like, sector_spelling_re)
from .textutil import CAP_WORD, UP, Sentence, clean_spaces, inside, paren_spans, sentence_at

# Heads that name a body only with a capitalised name after them ("Lực lượng Thanh niên Xung phong",
# "Khu Công nghiệp X"); lowercase after them they are common nouns ("lực lượng vũ trang", "khu dân cư").
_NAMED_ONLY_HEADS = ("Lực lượng", "Khu")
_CONFERRER_AFTER = re.compile(r"^\s*(?:đã |vừa |cũng |chính thức )?(?:tặng|trao tặng|trao|quyết định|ký(?![ \t]+kết)|ban hành|tặng thưởng|khen thưởng|công nhận"
                              r"|(?:có|ra)[ \t]+[Qq]uyết định|gửi thư khen|khen ngợi|thưởng)(?!\w)")  # "ký kết giao ước": signatories
# the issuer of a document or the author of a proposal, not a participant: "Chỉ thị 39-CT/TW của Bộ Chính trị",
# "trên cơ sở đề nghị của Bộ X"
_DECISION_BEFORE = re.compile(r"(?:(?:[Qq]uyết định|[Cc]ông văn|[Kk]ế hoạch|[Hh]ướng dẫn|[Tt]hông báo|[Cc]hỉ thị|[Nn]ghị quyết|[Nn]ghị định"
                              r"|[Tt]hông tư|[Kk]ết luận|[Đđ]ề án|[Cc]hương trình hành động)(?:[^,;.]|(?<=\d)\.(?=\d)){0,60}|[Đđ]ề nghị|[Tt]ờ trình)\s+của\s+"
                              # the issuers listed on: "Nghị quyết của Chính phủ, Tỉnh ủy, HĐND tỉnh"
                              r"(?:[^,;.:\n()]{2,40},[ \t]*){0,3}$")
# a body named inside a law's title ("Luật Tổ chức Chính phủ") is part of the title
_LAW_BEFORE = re.compile(r"(?<!\w)[Ll]uật[ \t]+(?:[Tt]ổ chức[ \t]+)?$")
# what the unit grew out of, not a participant: "Công ty X (tiền thân là Nhà máy Y)", "tiền thân của lực lượng Z"
_PREDECESSOR_BEFORE = re.compile(r"(?<!\w)(?:[Tt]iền thân|[Tt]rước đây|[Tt]rước kia|[Nn]guyên)[ \t]+(?:là|của)[ \t]+(?:(?:lực lượng|các|cơ quan)[ \t]+)?$")
# the occasion named after a body: "Ngày truyền thống Công an nhân dân" (a body whose founding is celebrated,
# "Kỷ niệm 20 năm ngày thành lập thành phố X", hosts it and stays)
_OCCASION_OF = re.compile(r"(?<!\w)[Nn]gày[ \t]+truyền thống(?:[ \t]+(?:của[ \t]+)?(?:lực lượng|ngành)(?![ \t]+[A-ZĐ]))?[ \t]+$")
_AWARD_NAME_BEFORE = re.compile(r"(?<!\w)(?:[Hh]uy hiệu|[Kk]ỷ niệm chương|[Hh]uy chương|[Dd]anh hiệu)[ \t]*[“\"][^”\"\n]{0,100}$")
_QUOTED_NAME = r"(?:“[^”\n]{0,120}”|\"[^\"\n]{0,120}\")"
_FORM_BEFORE = re.compile(r"(?:(?:[Bb]ằng khen|[Cc]ờ thi đua|[Gg]iấy khen|[Hh]uân chương[^,;.]{0,30}|[Cc]ờ[ \t]*" + _QUOTED_NAME
                          + r"|[Cc]ờ[^,;.]{0,40}|[Dd]anh hiệu[^,;.]{0,40}|khen thưởng|[Kk]ỷ niệm chương[^,;.]{0,60}|[Hh]uy hiệu[^,;.]{0,40})"
                          r"\s+(?:xuất sắc\s+)?(?:của|từ)\s+|(?<!\w)(?:[Bb]ằng khen|[Cc]ờ thi đua|[Gg]iấy khen|[Cc]ờ)[ \t]+)$")
# "phong trào thi đua do UBND tỉnh phát động": who launched a movement, not who takes part in this event
_LAUNCHER = (re.compile(r"(?<!\w)do[ \t]+$"), re.compile(r"^[ \t]+(?:đã[ \t]+)?(?:phát động|khởi xướng|ban hành|giao(?![ \t]+ước))(?!\w)"))
# "được UBND tỉnh trình Thủ tướng …": who forwards a proposal
_FORWARDER = (re.compile(r"(?<!\w)được[ \t]+$"), re.compile(r"^[ \t]+(?:trình|đề nghị)(?!\w)"))
# A higher body written after a lower one at the end of a clause names the lower one's parent, not a second
# participant: "Cục Công tác Đảng, Bộ Công an;", "Phòng Xây dựng chính quyền, Sở Nội vụ."
_CHILD_HEADS = ("Cục", "Vụ", "Phòng", "Ban", "Chi cục", "Văn phòng", "Trung tâm", "Viện", "Phòng Cảnh sát")
_PARENT_HEAD = re.compile(r"(?:Bộ|Sở|Tổng cục|Bộ Tư lệnh)[ \t]+[A-ZĐ]|Công an[ \t]+(?:tỉnh|thành phố|TP|huyện|quận|thị xã)(?!\w)")
_DELEGATION_BEFORE = re.compile(r"(?<!Trưởng )(?<!Phó )(?<!\w)[Đđ]oàn[ \t]+[Đđ]ại biểu[ \t]+$")
_BARE_HEADS = ("Tỉnh ủy", "Thành ủy", "Huyện ủy", "Tỉnh uỷ", "Thành uỷ", "Huyện uỷ", "Đảng ủy", "HĐND", "UBND",
               "Hội đồng nhân dân", "Ủy ban nhân dân", "Uỷ ban nhân dân", "Ủy ban MTTQ Việt Nam", "Ủy ban MTTQ", "UBMTTQ",
               "Ủy ban Mặt trận Tổ quốc Việt Nam", "Ủy ban Mặt trận Tổ quốc", "MTTQ")
_BARE_HEAD_ALT = "|".join(re.escape(h) for h in sorted(_BARE_HEADS, key=len, reverse=True))
_BARE_HEAD_RE = re.compile(rf"(?<!\w)(?:{_BARE_HEAD_ALT})(?!\w)")
# "Thường trực HĐND, lãnh đạo UBND, …": who of each body came, written before its name
_BODY_PART = r"(?:(?:Thường trực|[Ll]ãnh đạo|[Đđ]ại diện)[ \t]+)?"
_SHARED_QUALIFIER = re.compile(
    rf"(?<!\w)(?P<bare>(?:{_BODY_PART}(?:{_BARE_HEAD_ALT})(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+|[ \t]+[-–][ \t]+))+)"
    rf"{_BODY_PART}(?:{_BARE_HEAD_ALT})[ \t]+(?P<level>tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn)"
    rf"(?:[ \t]+(?P<place>{CAP_WORD}(?!\w)(?:[ \t]+{CAP_WORD}(?!\w)){{0,3}}))?")
_CLAUSE_END = re.compile(r"^[ \t]*(?:[;.:\n)]|$)")
_BODY_OF_EACH = re.compile(
    rf"(?:gồm|bao gồm)[ \t]+(?:\d+|các)[ \t]+(?P<head>sở|ban|công an|hội|liên đoàn|đài)[ \t]+(?P<name>[A-ZĐ][^,;.:\n]{{0,40}}?)"
    rf"[ \t]+(?:của[ \t]+)?các[ \t]+(?:tỉnh|thành phố|huyện|quận|thị xã)[^,;.:\n]{{0,60}}?[ \t]+(?:là|gồm)[ \t]*:?[ \t]*"
    rf"(?P<list>(?:{ADMIN_TYPES}[ \t]+)?{CW}(?:[ \t]+{CW})*(?:[ \t]*(?:,|và)[ \t]*(?:{ADMIN_TYPES}[ \t]+)?{CW}(?:[ \t]+{CW})*)+)")
_SECTOR_LIST = re.compile(r"(?<!\w)(?P<head>(?:các[ \t]+)?(?:[Ss]ở|Bộ|bộ)(?:[ \t]*,[ \t]*ngành)?)[ \t]*:?[ \t]*(?P<list>[A-ZĐ][^;.:\n()]{2,200})")
_COUNTED_BODIES = re.compile(
    rf"(?<!\w)(?P<head>{HEAD_ALT}(?:[ \t]+(?!(?:{'|'.join(sorted(ORG_STOP))})(?!\w))[\w&]+){{0,5}}?)[ \t]+"
    r"(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|các)[ \t]+"
    r"(?P<kind>tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|địa phương)(?:[ \t]+[^:;.\n]{0,40}?)?[ \t]*(?::|là|gồm)[ \t]*"
    rf"(?P<list>(?:{ADMIN_TYPES}[ \t]+)?{CW}(?:[ \t]+{CW})*(?:[ \t]*(?:,|và)[ \t]*(?:{ADMIN_TYPES}[ \t]+)?{CW}(?:[ \t]+{CW})*)+)")
_PLACE_HAS_COUNT = re.compile(
    rf"(?:^|\n|[.:;,][ \t]+|[-–][ \t]+)(?P<place>{CW}(?:[ \t]+{CW}){{1,2}})[ \t]+có[ \t]+(?:thêm[ \t]+)?\d+[ \t]+"
    r"(?:tập thể|cá nhân|đơn vị|vận động viên|học sinh|giáo viên|người|gia đình|doanh nghiệp|xã|huyện)(?!\w)")
_DISTRIBUTE = re.compile(
    rf"^\s+các\s+(tỉnh|huyện|thành phố|thị xã|quận|xã|phường|thị trấn|địa phương|đơn vị)\s*:?\s*"
    rf"((?:{CW}(?:\s+{CW})*)(?:\s*(?:,|và)\s*{CW}(?:\s+{CW})*)*)"
)
_LIST_INTRO = re.compile(
    rf"(?:gồm|bao gồm|là)\s*:?\s*(?:(?:các|\d+)\s+(tỉnh|huyện|thành phố|thị xã|quận|xã|phường|thị trấn|địa phương|đơn vị)\s*:?\s*)?"
    rf"((?:{CW}(?:\s+{CW})*)(?:\s*(?:,|và)\s*{CW}(?:\s+{CW})*)+)"
)
_SHARED_TYPE = re.compile(
    rf"(?<!\w)các[ \t]+(tỉnh|huyện|thị xã|quận|xã|phường|thị trấn)[ \t]+"
    rf"({CW}(?:[ \t]+{CW})*(?:[ \t]*(?:,|và)[ \t]*{CW}(?:[ \t]+{CW})*)+)"
)
# "Đảng ủy Khối các cơ quan tỉnh", "Công đoàn Khối …": the Party/union body of a bloc is an organisation, not the bloc
_CLUSTER = re.compile(r"(?<!\w)(?<!Đảng ủy )(?<!Đảng uỷ )(?<!Đảng bộ )(?<!Công đoàn )"
                      r"(?:(Cụm|Khối|cụm|khối)( khối)?(?: giao ước)? [Tt]hi đua(?:[ \t]*[-–,][ \t]*[Kk]hen thưởng)?|(Cụm|Khối)(?= các\s))(?!\w)")
# "tại Hội trường X, UBND tỉnh tổ chức …": a unit followed by what it does is the actor, not the venue list
_ACTS_AFTER = re.compile(r"[ \t]+(?:(?:đã|vừa|long trọng|trang trọng|chính thức)[ \t]+)*(?:tổ chức|phối hợp|chủ trì|tiến hành|phát động|ký kết|khai mạc|triển khai)(?!\w)")
_PARTY_COMMITTEES = ("Tỉnh ủy", "Thành ủy", "Huyện ủy", "Tỉnh uỷ", "Thành uỷ", "Huyện uỷ")
_GENERIC_OWNER_AFTER = re.compile(r"[ \t]+(?:nhà trường|của trường|cơ quan|đơn vị|của đơn vị|bệnh viện|công ty|nhà máy)(?!\w)(?![ \t]+[A-ZĐ])")
_SOURCE_BEFORE = re.compile(r"(?:(?:^|\n|[.!?]\s+|\()\s*(?:[Nn]guồn|[Tt]heo)\s*:?\s*|[Nn]guồn\s*:\s*|\(\s*[Ảả]nh:?[ \t]+"
                            r"|(?<!\w)(?:[Ảả]nh(?:\s+minh\s+họa)?|[Bb]ài(?:\s*,\s*|\s+và\s+)ảnh|[Tt]hực hiện|Video|Clip)\s*:\s*)$")
_LED_BEFORE = re.compile(r"(?<!\w)dẫn đầu(?:[ \t]+(?:trong[ \t]+)?(?:các[ \t]+)?phong trào(?:[ \t]+thi đua)?)?"
                         r"(?:[ \t]+(?:các[ \t]+)?(?:khối|cụm)(?:[ \t]+thi đua)?[ \t]+(?:của|thuộc))?[ \t]+$")
# where an achievement was made: "có thành tích trong phong trào thi đua của tỉnh X" — the movement's owner, not an actor
_ACHIEVED_IN = re.compile(r"(?<!\w)trong[ \t]+(?:các[ \t]+)?(?:phong trào|cuộc vận động)[^,;.:\n]{0,50}?[ \t]+(?:chung[ \t]+)?của[ \t]+$")
_LOCATION_BEFORE = re.compile(r"(?<!\w)(?:[Tt]ại|diễn ra ở|ở|trên địa bàn)\s+$")
# the venue is a body's building: "tại hội trường UBND thành phố X", "tại Trụ sở Liên minh HTX tỉnh"
_VENUE_BEFORE = re.compile(r"(?<!\w)(?:[Tt]ại|ở)[ \t]+(?i:hội trường|trụ sở|khuôn viên|phòng họp|nhà khách|sân)(?:[ \t]+(?:tầng[ \t]+\d+|lớn|chính))?(?:[ \t]+của)?[ \t]+$")
# Mentioned in passing, not taking part: where something is concentrated ("tập trung ở các huyện …"),
# what a unit was merged from ("hợp nhất ba tỉnh …", "trên cơ sở sắp xếp thị trấn …"), whom a file goes to ("trình Bộ …").
_PASSING_BEFORE = re.compile(
    r"(?:(?:[Tt]ại|[Ởở]|tập trung(?:\s+\w+)?\s+(?:ở|tại))\s+các\s+(?:tỉnh|huyện|thị xã|quận|xã|phường|thị trấn|địa phương)[ \t]+"
    r"|(?<!\w)(?:hợp nhất|sáp nhập|nhập|sắp xếp|trên cơ sở(?:\s+sắp xếp|\s+hợp nhất|\s+sáp nhập)?)"
    r"\s+(?:(?:các|hai|ba|bốn|năm|sáu|\d+)\s+)?(?:(?:tỉnh|huyện|xã|phường|thị trấn|đơn vị hành chính)\s+)?"
    r"|(?<!\w)(?:trình|gửi|gửi về|báo cáo|tham mưu(?:[ \t]+cho)?)\s+"
    r"|(?<!\w)đăng ký[^.;:\n]{0,80}[ \t]+với[ \t]+"
    # whose direction the participants followed: "bám sát sự lãnh đạo, chỉ đạo của Tỉnh ủy, UBND tỉnh"
    r"|(?<!\w)(?:lãnh đạo|chỉ đạo|quan tâm|hướng dẫn|hỗ trợ|giúp đỡ)[ \t]+của[ \t]+(?:[^.;:\n]{0,60}?,[ \t]*)?"
    # whose recognition the award shows: "sự ghi nhận, đánh giá cao của lãnh đạo Bộ X"
    r"|(?<!\w)(?:ghi nhận|đánh giá cao|tin tưởng|tin yêu|biểu dương)[ \t]+của[ \t]+(?:(?:lãnh đạo|các cấp lãnh đạo)[ \t]+)?)$")  # "chỉ tiêu đã đăng ký với UBND tỉnh": whom targets are registered with
# A unit written right after a person's name is that person's workplace or home, not a participant:
# "cô giáo Lê Thị A, Trường Tiểu học B", "ông Trần Văn C, thôn D, xã E".
# the recipients or members of a place, described generically: "cho 5 tập thể của tỉnh X", "doanh nghiệp của tỉnh X"
# (collectives and people "của tỉnh X" are the province's own: the province takes part through them)
_GROUP_OF = re.compile(r"(?<!\w)(?:doanh nghiệp|công ty|hợp tác xã|nhà máy|xí nghiệp|sản phẩm|dự án)(?:[ \t]+[^\s,;.:()]+){0,3}?[ \t]+của[ \t]+$")
_HOME_WORD = r"(?:(?:quê|quê quán|nguyên quán|trú quán|trú|thường trú|tạm trú|cư trú|ngụ)(?:[ \t]+(?:ở|tại))?[ \t]+)"
_AFFILIATION_BEFORE = re.compile(
    rf"(?<!\w)(?:ông|bà|anh|chị|em|cô giáo|thầy giáo|cô|thầy|cháu|cụ|nghệ nhân|bác sĩ|Ông|Bà|Anh|Chị|Em|Cô|Thầy"
    rf"|[Mm]ẹ|[Bb]à mẹ Việt Nam [Aa]nh hùng|[Mm]ẹ Việt Nam [Aa]nh hùng|[Ll]iệt sĩ|[Ll]iệt sỹ|Cụ)[ \t]+"
    rf"{CW}(?:[ \t]+{CW}){{1,4}}(?:[ \t]*\([^()\n]{{0,40}}\))?[ \t]*(?:,|[-–])[ \t]*"
    rf"(?:(?:sinh năm|SN|năm sinh)[ \t]+\d{{4}}[ \t]*,[ \t]*)?{_HOME_WORD}?"
    rf"(?:(?i:thôn|xóm|ấp|bản|tổ dân phố|khu phố|làng|tổ)[ \t]+(?:số[ \t]+)?(?:{CW}|\d+)(?:[ \t]+{CW})*[ \t]*,[ \t]*)?$"
    # "… quê xã Y", "thường trú tại thôn X, xã Y": where a person comes from, whoever is named before
    rf"|(?<!\w){_HOME_WORD}(?:(?i:thôn|xóm|ấp|bản|tổ dân phố|khu phố|làng|tổ)[ \t]+(?:số[ \t]+)?(?:{CW}|\d+)(?:[ \t]+{CW})*[ \t]*,[ \t]*)?$")


# the workplace written after a person's occupation, and the bodies it sits in: "ông Lê Văn A, giáo viên Trường B",
# "bà Trần Thị C, viên chức Phòng D, Trung tâm E, Bộ F" (GUIDELINE §4b: bodies inside a person's description)
_OCCUPATION = (r"(?i:giáo viên|giảng viên|viên chức|cán bộ|nhân viên|công nhân|người lao động|bác sĩ|y sĩ|y tá|điều dưỡng"
               r"|dược sĩ|kỹ sư|kỹ thuật viên|chuyên viên|học sinh|sinh viên|học viên|phóng viên|biên tập viên|kế toán"
               r"|lái xe|chiến sĩ|đội viên|hội viên|đoàn viên|đảng viên|nghiên cứu viên|trợ lý|thư ký|văn thư)")
_WORKPLACE_BEFORE = re.compile(
    rf"(?<![\w,])[ \t]*{CW}(?:[ \t]+{CW}){{1,4}}[ \t]*[,–-][ \t]*{_OCCUPATION}(?!\w)"
    r"(?:[ \t]+[^,;.:\n()]{1,70}?)?(?:[ \t]*,[ \t]*[^,;.:\n()]{2,70}?)*?[ \t]*(?:,[ \t]*|[ \t]+)$")
# "… thuộc Bộ Công an", "… trực thuộc Sở Y tế": the owner of the unit written before
_CO_CONFERRER_AFTER = re.compile(rf"[ \t]*(?:,|và)[ \t]*{UP}(?:(?!(?<!\w)(?:được|nhận|cho|vinh dự)(?!\w))[^,.;:\n]){{2,60}}?[ \t]+(?:đã[ \t]+|vừa[ \t]+)?"
                                 r"(?:tặng|trao tặng|tặng thưởng|quyết định tặng)(?!\w)")
# whose history is recalled: "ôn lại truyền thống vẻ vang của Quân đội …, của lực lượng vũ trang Quân khu 7"
_TRADITION_OF = re.compile(r"(?<!\w)truyền thống[^.;:\n]{0,40}?(?<!\w)của(?!\w)[^.;:\n]{0,110}$")
# whom a proposal is addressed to: "đề nghị Hội đồng Thi đua - Khen thưởng huyện xét tặng …"
_ASKED_TO = re.compile(r"[ \t]+(?:xét|xem xét|tặng|trao|khen thưởng|công nhận|trình|quyết định)(?!\w)")
_OWNED_BY = re.compile(r"(?<!\w)(?:trực[ \t]+)?thuộc[ \t]+$")
_RECEIVES_AFTER = re.compile(r"[ \t]+(?:(?:đã|vừa|vinh dự|được)[ \t]+)*(?:nhận|đón nhận|được[ \t]+(?:tặng|trao|nhận)|tặng|trao)(?!\w)")
# a proposal, not a conferral: "đề nghị (Thủ tướng) tặng Bằng khen cho X", "trình Chủ tịch nước tặng … cho X"
_PROPOSAL = re.compile(r"(?<!\w)(?:đề nghị(?![ \t]+của)|đề xuất|xét đề nghị|trình|biểu quyết|dự kiến)(?!\w)")
_MADE = re.compile(r"(?<!\w)(?:đã tặng|đã trao|quyết định tặng|đã quyết định|được(?:[ \t]+\S+){0,8}?[ \t]+(?:tặng|trao))(?!\w)")


_BRACKET_ITEMS = re.compile(r"(?:[^,;:()\n]{2,80},[ \t]*)*")
# the name before the brackets is a cluster or a count of members: "Cụm thi đua số 1 (", "gồm 7 đơn vị ("
_CLUSTER_WORD = re.compile(r"(?i)(?<!\w)(?:cụm|khối|đơn vị|thành viên|gồm|bao gồm)(?:[ \t]+[^\s:;.]+){0,7}[ \t]*$")
_MEMBERS_WORD = re.compile(r"(?i)(?<!\w)(?:cụm|khối|gồm|bao gồm|trưởng|phó|các đơn vị|thành viên)(?!\w)")


def _bracketed_owner(text: str, a: int, b: int) -> bool:
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
    return not _MEMBERS_WORD.search(inside_) and not _CLUSTER_WORD.search(_clause_before(text, opened, 40))


def _clause_before(text: str, a: int, limit: int) -> str:
    """The text of the sentence before `a` (at most `limit` characters)."""
    return text[max(a - limit, max(text.rfind(c, 0, a) for c in ".;\n") + 1):a]


def _proposed(text: str, a: int) -> bool:
    """Is the unit at `a` named after "cho" in a proposal ("đề nghị tặng … cho Trường X, Trường Y")?"""
    start = max(text.rfind(c, 0, a) for c in ".;\n") + 1
    clause = text[start:a]
    cho = None
    for cho in re.finditer(r"(?<!\w)(?:cho|đối với)[ \t]+", clause):
        pass
    if not cho or re.search(r"[:]|(?<!\w)(?:được|nhận|đón nhận)(?!\w)", clause[cho.end():]):
        return False
    prop = None
    for prop in _PROPOSAL.finditer(clause, 0, cho.start()):
        pass
    return bool(prop) and not _MADE.search(clause, prop.end(), cho.start())


_JUNK_TAIL = re.compile(r"(?:[ \t]+(?:và|các|của|cùng|với|giai|nhiệm|đoạn|kỳ|khóa|khoá|Tổng|Phó))+$")


_ORGANISER_LABEL = re.compile(r"^Ban[ \t]+(?:[Tt]ổ chức|[Gg]iám khảo|[Bb]iên tập|[Cc]ông tác)(?:[ \t]+(?:[Đđ]ại hội|[Hh]ội nghị|[Hh]ội thi"
                              r"|[Hh]ội thao|[Hh]ội diễn|[Gg]iải|[Cc]uộc thi|[Ll]ễ|[Ll]iên hoan|[Cc]hương trình)(?!\w).*)?$")


@dataclass
class Candidate:
    surface: str
    start: int
    end: int
    role: str  # participant | conferrer | title | location
    admin: bool = False


def _cut_person_tail(surface: str, text: str, a: int, b: int) -> tuple[str, int]:
    """"Hội Nông dân Việt Nam Lương Quốc Đoàn": a person's name run onto an organisation is not part of it."""
    words = surface.split()
    for k in (4, 3):
        tail = words[-k:]
        head = " ".join(words[:-k])
        # only after a name that is already complete: "… Việt Nam", "… Trung ương", "… tỉnh Quảng Ninh"
        # ("Trường THCS Nguyễn Văn Trỗi" is named after a person)
        complete = re.search(r"(?:Việt Nam|Trung ương)$", head) or ends_in_place(head) and re.search(
            ADMIN_TYPES + r"[ \t]+\S+(?:[ \t]+\S+)*$", head)
        if len(words) >= k + 2 and complete and all(is_cap(w) for w in tail) and person_like(tail) \
                and not ORG_HEAD_RE.match(tail[0]):
            cut = surface.rfind(" ".join(tail))
            if cut > 0:
                pos = text.rfind(" ".join(tail), a, b + 1)
                return surface[:cut].rstrip(" ,"), (pos if pos > a else b)
    return surface, b


def find_units(text: str, sentences: list[Sentence], masked: list[tuple[int, int]],
               title_spans: list[tuple[int, int]], location: tuple[int, int] | None,
               person_names: tuple[str, ...] = (), recipients: tuple[str, ...] = ()) -> list[Unit]:
    """`recipients`: collective award recipients, which stay participants in their own right."""
    cands: list[Candidate] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return not any(x < b and a < y for x, y in taken)

    def role_of(a: int, b: int) -> str:
        if inside(title_spans, a, b) or any(x <= a < y for x, y in title_spans):
            return "title"  # "Tổng Thanh tra Chính phủ NAME": a body that starts inside a title is the title's
        before = text[max(0, a - 60):a]
        head = lexicon.title_head_re()
        if _DELEGATION_BEFORE.search(before):
            return "participant"  # "đoàn Đại biểu Huyện ủy, HĐND …": a delegation of the body (not "Trưởng đoàn Đại biểu")
        # "Chủ tịch UBND tỉnh", "Ủy viên BCH Đảng bộ tỉnh": the unit is part of a title.
        if re.search(head.pattern + r"(?:[ \t]+(?:[A-ZĐ][^\s,;]*|thứ nhất|thường trực))*[ \t]+$", before[-45:]):
            return "title"
        if re.search(r"(?:đại biểu|vị|(?<!\w)(?:ủy|uỷ) viên)[ \t]+$", before):
            return "title"  # "các vị đại biểu HĐND tỉnh", "các ủy viên Ban Thường vụ Tỉnh ủy"
        if text[a - 1:a] == "/":
            return "code"  # "Hướng dẫn số 3719/UBND-KSTT": a document number
        if _LAW_BEFORE.search(before):
            return "code"  # "căn cứ Luật Tổ chức Chính phủ"
        if re.search(r"(?<!\w)thuộc[ \t]+diện[ \t]+$", before):
            return "parent"  # "cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý": whose staff they are, not a participant
        if _AWARD_NAME_BEFORE.search(text, max(0, a - 120), a) and re.match(r"[^“”\"\n]{0,60}[”\"]", text[b:b + 62]):
            return "code"  # "Huy hiệu “Vì sự nghiệp xây dựng tỉnh X”": a body inside an award's quoted name
        if _PREDECESSOR_BEFORE.search(before):
            return "predecessor"
        if _OCCASION_OF.search(before):
            return "occasion"
        if re.search(r"(?<!\w)Đại hội(?:[ \t]+[Đđ]ại biểu)?[ \t]+$", before):
            return "occasion"  # "Đại hội Đảng bộ tỉnh lần thứ XX": the congress is the occasion, not a participant
        if re.search(r",[ \t]*$", before) and any(c.role == "title" and a - 3 <= c.end <= a for c in cands):
            return "title"  # "Ủy viên Ban Thường vụ Tỉnh ủy, Ban Chấp hành Đảng bộ tỉnh"
        if re.match(r"[ \t]+(?:khóa|khoá)[ \t]+[IVXLC]+|[ \t]+(?:khóa|khoá|nhiệm kỳ)[ \t]+\d{4}", text[b:b + 20]) \
                or re.search(r"(?<!\w)(?:bầu|bầu ra|kiện toàn)[ \t]+$", before):
            return "term"  # "HĐND tỉnh khóa XVIII": the body of a session, not a participant
        if _FORM_BEFORE.search(before) or _DECISION_BEFORE.search(before):
            return "conferrer"
        if _CONFERRER_AFTER.match(text[b:b + 40]) or _CO_CONFERRER_AFTER.match(text[b:b + 100]):
            return "conferrer"  # "Đảng ủy Công an Trung ương, Bộ Công an đã tặng": both confer
        if re.search(r"\w[ \t]*\([ \t]*$", before) and re.match(r"[ \t]*\)", text[b:b + 3]) and ORG_HEAD_RE.match(text, a) \
                and (any(0 <= a - c.end <= 3 for c in cands) or ORG_HEAD_RE.search(text, max(0, a - 60), a)):
            return "qualifier"  # "Ban Thi đua - Khen thưởng (Sở Nội vụ)": the owner in brackets
        if ORG_HEAD_RE.match(text, a) and _bracketed_owner(text, a, b):
            return "qualifier"  # "Binh đoàn 15 (Bộ Quốc phòng)", "Công ty X (Tổng công ty Y, Bộ Z)": the owners
        if _LAUNCHER[0].search(before) and _LAUNCHER[1].match(text[b:b + 30]):
            return "launcher"
        if _FORWARDER[0].search(before) and _FORWARDER[1].match(text[b:b + 20]):
            return "forwarder"
        if _OWNED_BY.search(before) and any(
                c.end <= a and a - c.end <= 16 and not re.match(r"[Cc]ụm|[Kk]hối", c.surface) for c in cands):
            return "parent"  # "Phòng Cảnh sát kinh tế thuộc Bộ Công an": the body the participant belongs to
        if re.search(r",[ \t]*$", before) and _PARENT_HEAD.match(text, a) and (
                _CLAUSE_END.match(text[b:b + 3]) or _ACTS_AFTER.match(text[b:b + 40]) or _RECEIVES_AFTER.match(text[b:b + 30])) and any(
                not c.admin and c.end <= a and a - c.start < 150 and re.fullmatch(r"[\w \t]*,[ \t]*", text[c.end:a])
                and c.surface.startswith(_CHILD_HEADS) for c in cands):
            return "parent"
        if re.search(r"được\s+$", before) and re.match(r"\s*(?:tặng|trao|tuyên dương|khen thưởng|biểu dương|công nhận)(?!\w)", text[b:b + 30]):
            return "conferrer"
        if location and a >= location[0] and b <= location[1]:
            return "location"
        if _LOCATION_BEFORE.search(before[-20:]) or _VENUE_BEFORE.search(before):
            return "location"
        if _PASSING_BEFORE.search(before) or _TRADITION_OF.search(text, max(0, a - 160), a) \
                or re.search(r"(?<!\w)đề nghị[ \t]+$", before) and _ASKED_TO.match(text[b:b + 30]) \
                or re.search(r"(?<!\w)(?:đề nghị|trình)[ \t]+(?:lên|với)[ \t]+$", before):  # "đề nghị lên Ban X"
            return "passing"
        if _proposed(text, a):
            return "proposed"  # "đề nghị tặng Bằng khen cho Trường X": only proposed (GUIDELINE §4, §5)
        if _SOURCE_BEFORE.search(before) or re.search(r"\(\s*$", before) and re.match(r"(?:Báo|Đài|Tạp chí)\s", text[a:b]):
            return "source"  # "Nguồn: Báo X", "Theo Đài Y", a byline "(Báo X)": the news source (GUIDELINE §4e)
        if _LED_BEFORE.search(before) or _ACHIEVED_IN.search(before):
            return "scope"  # "dẫn đầu phong trào thi đua Cụm …": the field the recipient led, not an actor
        if _AFFILIATION_BEFORE.search(before) or _WORKPLACE_BEFORE.search(_clause_before(text, a, 220)):
            return "affiliation"
        if re.search(r",[ \t]*$", before) and any(c.role == "affiliation" and 0 <= a - c.end <= 3 for c in cands) \
                and not _ACTS_AFTER.match(text[b:b + 40]) and not _RECEIVES_AFTER.match(text[b:b + 30]):
            return "affiliation"  # "thường trú tại thị trấn X, huyện Y, tỉnh Z": the address goes on
        if re.match(ADMIN_TYPES + r"[ \t]", text[a:b]) and (_GROUP_OF.search(before) or any(
                not c.admin and c.end <= a and re.fullmatch(r"[ \t]+của[ \t]+", text[c.end:a]) for c in cands)):
            return "owner"  # "các doanh nghiệp của tỉnh X", "Công ty Y của tỉnh X": where they sit, not a participant
        if re.search(r"(?:,|\svà)[ \t]*$", before) and any(
                c.role == "location" and 0 <= a - c.end <= 5 for c in cands) and not _ACTS_AFTER.match(text[b:b + 40]):
            return "location"  # "tại TP Nam Định, huyện Nam Trực và huyện Trực Ninh": the list goes on
        return "participant"

    def add(surface: str, a: int, b: int, admin: bool, role: str | None = None) -> None:
        if "\n" in text[a:b]:
            b = text.index("\n", a)
            surface = text[a:b]
        surface = clean_spaces(re.sub(r"\s*\(\s*[A-ZĐ][A-ZĐ&\-]+\s*\)", "", surface)).strip(" ,-–")
        surface = _JUNK_TAIL.sub("", surface)  # "Bộ Công an và", "… Việt Nam giai": a function word or a period opens
        surface, b = _cut_person_tail(surface, text, a, b)
        if not surface or len(surface) < 3:
            return
        cands.append(Candidate(surface, a, b, role or role_of(a, b), admin))
        taken.append((a, b))

    # 1. Emulation clusters and blocs.
    for m in _CLUSTER.finditer(text):
        a = m.start()
        if inside(masked, a, m.end()):
            continue
        rest = text[m.end():]
        num = re.match(r"\s+(?:số\s+)?\d+(?![\d/.,%])", rest)  # "Cụm thi đua số 1", "Khối thi đua 11"
        if num:
            end = m.end() + num.end()
            q = re.match(r"[ \t]+" + ADMIN_TYPES + rf"[ \t]+{CW}(?:[ \t]+{CW}){{0,3}}", text[end:])
            if q:
                end += q.end()
        elif (m.group(1) or m.group(3))[0].isupper():
            end = _cluster_tail(text, m.end())
            if end == m.end():
                continue
        else:
            continue
        add(text[a:end], a, end, False)
        th = re.search(r"\sthuộc\s", text[a:end])
        if th:
            org_start = a + th.end()
            if ORG_HEAD_RE.match(text, org_start):
                add(text[org_start:end], org_start, end, False)
        else:
            th = re.match(r"\s+thuộc\s+", text[end:])
            if th:
                org_start = end + th.end()
                org_end = extend_name(text, org_start + 1, org_start + 200, True)
                if ORG_HEAD_RE.match(text, org_start) and org_end > org_start:
                    add(text[org_start:org_end], org_start, org_end, False)

    def distribute(surface: str, a: int, end: int) -> bool:
        """"Ban Tổ chức Tỉnh ủy các tỉnh A, B" -> "Ban Tổ chức Tỉnh ủy A", …; "UBND các huyện A, B" -> "UBND huyện A", …"""
        dist = _DISTRIBUTE.match(text[end:end + 400])
        if not dist or dist.group(1) in ("địa phương", "đơn vị"):
            return False
        # the type word is kept unless the head already carries the level ("Tỉnh ủy", "Huyện ủy")
        kind = "" if re.search(r"(?:ủy|uỷ)$", surface.strip()) else dist.group(1) + " "
        for nm in re.finditer(rf"{CW}(?:[ \t]+{CW})*", dist.group(2)):
            s2 = end + dist.start(2) + nm.start()
            add(f"{clean_spaces(surface)} {kind}{nm.group(0)}", s2, s2 + len(nm.group(0)), False, role_of(a, end))
        taken.append((a, end + dist.end()))
        return True

    # 1b. "Huyện ủy, HĐND, UBND, Ủy ban MTTQ huyện X": bare heads share the qualifier written on the last one.
    for m in _SHARED_QUALIFIER.finditer(text):
        if inside(masked, m.start(), m.end()):
            continue
        if re.search(rf"(?<!\w)(?:(?!Đại biểu){CW}|{HEAD_ALT}|của|thuộc)[ \t]+$", text[max(0, m.start() - 30):m.start()]):
            continue  # "Văn phòng HĐND và UBND huyện X" is one office; "các ban của Tỉnh ủy, …": an owner, not a list head
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        if not text[line_start:m.start()].strip() and not text[m.end():line_end if line_end >= 0 else len(text)].strip():
            continue  # a line that is only the list is a section label of the page, not an actor
        level, place = m.group("level"), m.group("place")
        for h in _BARE_HEAD_RE.finditer(m.group("bare")):
            a = m.start("bare") + h.start()
            b = a + len(h.group(0))
            if not free(a, b):
                continue
            name = h.group(0)
            if name in _PARTY_COMMITTEES:  # the committee's name already carries its level
                surface = f"{name} {place}" if place else name
            else:
                surface = f"{name} {level}" + (f" {place}" if place else "")
            part = re.search(r"(?:Thường trực|[Ll]ãnh đạo|[Đđ]ại diện)[ \t]+$", text[max(0, a - 20):a])
            add(surface, a, b, False, role_of(a - len(part.group(0)), b) if part else None)
        taken.append((m.start("bare"), m.end("bare")))  # "Thường trực HĐND" is HĐND's, not a body of its own

    # 2. Organisations.
    listed_groups: set[str] = set()
    for m in ORG_HEAD_RE.finditer(text):
        a = m.start()
        if not free(a, m.end()) or inside(masked, a, m.end()):
            continue
        head = m.group(0)
        end = extend_name(text, m.end(), m.end() + 200, head in ("Sở", "Bộ", "Ban", "Văn phòng", "Đài"))
        if text[a:end].endswith(" Khối") and re.match(r"[ \t]+các[ \t]", text[end:end + 6]):
            end = _cluster_tail(text, end)  # "Đảng ủy Khối các cơ quan tỉnh": the bloc is described by its members
        if head in _NAMED_ONLY_HEADS and not re.match(rf"[ \t]+{UP}", text[m.end():m.end() + 3]):
            continue  # "lực lượng vũ trang", "khu dân cư": common nouns
        if end <= m.end() and distribute(text[a:end], a, end):
            continue  # "UBND các huyện A, B": the head alone, shared by the names after it
        if end <= m.end() and head not in COMPLETE_HEADS and not (
                head in _PARTY_COMMITTEES and _ACTS_AFTER.match(text[end:end + 40])):
            continue
        surface = text[a:end]
        if any(surface.startswith(p) for p in person_names) or re.search(
                r"(?<!\w)(?:ông|bà|anh|chị|em|cô|thầy|đồng chí|Ông|Bà|Anh|Chị|Em|Cô|Thầy|Đồng chí)\s+$", text[max(0, a - 12):a]):
            continue  # "Đoàn Văn Việt": a surname that is also an organisation word
        if looks_like_person(text, a):
            continue  # "Đoàn Thị Liên" with no honorific: a person's name, not "Đoàn …"
        if _ORGANISER_LABEL.match(surface):
            continue  # "Ban Tổ chức (hội nghị)", "Ban Giám khảo": the organising committee of this event, no body
        if head in ("Ban", "Hội", "Đoàn", "Phòng", "Báo", "Trường", "Bộ", "Sở", "Đài", "Công an", "Thường trực") \
                and not re.search(rf"\s{UP}|\s{ADMIN_LEVEL}", surface):
            continue  # "Ban" alone or "Hội đồng" generic words are not a named unit
        if head == "Hội đồng" and not re.search(r"[Tt]hi đua|TĐKT|nhân dân|quản trị", surface):
            continue
        if head in ("Đảng bộ", "Đảng ủy", "Ủy ban", "Uỷ ban", *_PARTY_COMMITTEES) and len(surface.split()) < 3 and not (
                head in _PARTY_COMMITTEES and _ACTS_AFTER.match(text[end:end + 40])):
            continue  # a bare "Tỉnh ủy" is a unit only as the one acting ("Tỉnh ủy tổ chức …")
        if re.search(r"(?<!\w)(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|các)[ \t]+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường"
                     r"|thị trấn|đơn vị|địa phương)(?!\w)", surface[len(head):]) \
                and re.match(r"[^.;\n]{0,80}?(?:(?<!\w)(?:gồm|bao gồm|là)[ \t]*:?|:)[ \t]*[A-ZĐ]", text[end:end + 120]):
            listed_groups.add(_core(surface))
            continue  # "Công an 6 tỉnh …, gồm: Công an tỉnh A, …": a counted group whose members are listed
        if _PEOPLE_OF.match(surface):
            continue  # "Đảng bộ và Nhân dân huyện X": the unit is the place, found with the places below
        if _GENERIC_OWNER_AFTER.match(text[end:end + 30]):
            continue  # "Ban Giám hiệu nhà trường", "Công đoàn cơ quan": the body of an unnamed unit
        if not distribute(surface, a, end):
            add(surface, a, end, False)

    for c in cands if listed_groups else ():
        if _core(c.surface) in listed_groups:
            c.role = "group"  # the same counted group named again without its list

    # 3. Member lists with a shared type word, or bare names after "gồm".
    for m in _LIST_INTRO.finditer(text):
        kind = m.group(1)
        if inside(masked, m.start(), m.end()):
            continue
        for nm in re.finditer(rf"{CW}(?:[ \t]+{CW})*", m.group(2)):
            a = m.start(2) + nm.start()
            b = a + len(nm.group(0))
            if not free(a, b):
                continue
            name = nm.group(0)
            if re.match(ADMIN_TYPES + r"$", name.split()[0]) or ORG_HEAD_RE.match(name):
                continue  # typed units are found below
            if kind in (None, "địa phương", "đơn vị"):
                if not gazetteer.is_place(name):
                    continue
                add(name, a, b, True, "participant")
            else:
                add(f"{kind} {name}", a, b, True, "participant")

    # 3b. "các huyện Vụ Bản và Nam Trực", "các xã A, B, C": the type word is shared.
    for m in _SHARED_TYPE.finditer(text):
        if inside(masked, m.start(), m.end()):
            continue
        kind = m.group(1)
        shared_role = None  # the list shares the role of its first member ("tập trung ở các huyện A, B, C")
        for nm in re.finditer(rf"{CW}(?:[ \t]+{CW})*", m.group(2)):
            a = m.start(2) + nm.start()
            b = a + len(nm.group(0))
            if free(a, b) and not re.match(ADMIN_TYPES + r"(?!\w)", nm.group(0)):
                shared_role = shared_role or role_of(a, b)
                add(f"{kind} {nm.group(0)}", a, b, True, shared_role if shared_role != "participant" else None)
        taken.append((m.start(), m.end()))  # the shared type word is not a unit of its own

    # 3a''. "các sở: Nội vụ, Tài chính, Tư pháp", "Sở Nội vụ, Tài chính và Tư pháp": one department per sector.
    for m in _SECTOR_LIST.finditer(text):
        if inside(masked, m.start(), m.end()):
            continue
        head = "Bộ" if re.search(r"(?<!\w)[Bb]ộ(?!\w)", m.group("head")) else "Sở"
        names, pos = [], m.start("list")
        while True:  # capitalised sector names one after another, joined by commas or "và"
            sm = sector_spelling_re().match(text, pos)
            if not sm or not text[sm.start()].isupper():
                break
            names.append(sm)
            sep = re.match(r"[ \t]*(?:,|và)[ \t]*", text[sm.end():])
            if not sep:
                break
            pos = sm.end() + sep.end()
        if len(names) < 2:
            continue
        for sm in names:
            if free(sm.start(), sm.end()):
                add(f"{head} {sm.group(0)}", sm.start(), sm.end(), False)

    # 3a'. "Công an 5 thành phố: Hà Nội, Hải Phòng và Cần Thơ": one body per member listed.
    for m in _COUNTED_BODIES.finditer(text):
        if inside(masked, m.start(), m.end()):
            continue
        head = clean_spaces(m.group("head"))
        added = False
        for nm in re.finditer(ADMIN_TYPES + rf"[ \t]+{CW}(?:[ \t]+{CW})*|{CW}(?:[ \t]+{CW})*", m.group("list")):
            a = m.start("list") + nm.start()
            b = a + len(nm.group(0))
            if free(a, b):
                add(f"{head} {nm.group(0)}", a, b, False, "participant")
                added = True
        if added:
            taken.append((m.start("head"), m.end("kind")))  # "Công an 5 thành phố" itself is no unit

    # 3c. "gồm 5 sở TT&TT các thành phố trực thuộc Trung ương là TP A, TP B và TP C": one body per place listed.
    for m in _BODY_OF_EACH.finditer(text):
        if inside(masked, m.start(), m.end()):
            continue
        head = m.group("head")[0].upper() + m.group("head")[1:]
        for nm in re.finditer(ADMIN_TYPES + rf"[ \t]+{CW}(?:[ \t]+{CW})*|{CW}(?:[ \t]+{CW})*", m.group("list")):
            a = m.start("list") + nm.start()
            b = a + len(nm.group(0))
            if free(a, b):
                add(f"{head} {m.group('name')} {nm.group(0)}", a, b, False, "participant")

    # 3d. "Nghệ An có thêm 2 tập thể được phong tặng …": a place counted as having recipients takes part.
    for m in _PLACE_HAS_COUNT.finditer(text):
        a, b = m.start("place"), m.end("place")
        if free(a, b) and not inside(masked, a, b) and gazetteer.is_place(m.group("place")):
            add(m.group("place"), a, b, True, "participant")

    # 4. Administrative units written with their type word.
    parens = paren_spans(text)
    for m in re.finditer(r"(?<![\w])" + ADMIN_TYPES + r"\s", text):
        a = m.start()
        if not free(a, a + 1) or inside(masked, a, m.end()):
            continue
        end = admin_at(text, a)
        if end <= m.end() - 1:
            continue
        before = text[max(0, a - 3):a]
        rank = _rank(text[a:end])
        if re.search(r",\s*$", before) and not _in_member_list(text, a) and any(
                c.end in range(a - 3, a + 1) and (c.admin and _rank(c.surface) > rank
                                                  or not c.admin and not re.search(ADMIN_TYPES + r"\s", c.surface)
                                                  or not c.admin and _inner_rank(c.surface) > rank)
                and not (not c.admin and re.match(r"(?:Sở|Bộ|Tỉnh ủy|Tỉnh đoàn)\s", c.surface) and rank > 1)
                for c in cands):
            add(text[a:end], a, end, True, "qualifier")  # ", huyện X" after a smaller unit, a school, a firm …
            continue
        if any(pa < a and end <= pb and re.match(r"\(\s*" + ADMIN_TYPES, text[pa:pb])
               and not _CLUSTER_WORD.search(_clause_before(text, pa, 40)) for pa, pb in parens):
            continue  # "(huyện Tuyên Hóa)": a qualifier in brackets; "cụm thi đua số 1 (huyện A, huyện B)": members
        add(text[a:end], a, end, True)

    _share_place_over_mass_organisations(cands, text)
    return _finalise(cands, text, sentences, recipients)


_MEMBER_LIST_SO_FAR = re.compile(
    rf"(?<!\w)(?:gồm|bao gồm)[ \t]*(?:(?:các|\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)[ \t]+"
    rf"(?:đơn vị|địa phương|tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)(?!\w)[ \t]*)?:?[ \t]*"
    rf"(?:(?:{ADMIN_TYPES}[ \t]+)?{CW}(?:[ \t]+{CW}){{0,3}}[ \t]*(?:,|và)[ \t]*)+$")


def _in_member_list(text: str, a: int) -> bool:
    """"Cụm thi đua số 1 (gồm: huyện A, huyện B, thành phố C)": after "gồm" each typed name is a member,
    whatever its rank, not a qualifier of the one before."""
    return bool(_MEMBER_LIST_SO_FAR.search(text, max(0, a - 300), a))


_MASS_ORG = re.compile(r"(?:Hội|Đoàn|Công đoàn|Chi hội|Chi đoàn|Mặt trận|Ủy ban MTTQ|Uỷ ban MTTQ|Ủy ban Mặt trận|Liên đoàn)(?!\w)")
_PLACE_QUALIFIER = re.compile(ADMIN_TYPES + rf"(?:[ \t]+{CW}(?:[ \t]+{CW}){{0,3}})?$")


def _share_place_over_mass_organisations(cands: list[Candidate], text: str) -> None:
    """"Hội Nông dân, Hội Phụ nữ, Đoàn Thanh niên xã X": the place written on the last names them all."""
    orgs = sorted((c for c in cands if not c.admin and c.role == "participant"), key=lambda c: c.start)
    run: list[Candidate] = []
    for c in orgs:
        if run and re.fullmatch(r"[ \t]*(?:,|và)[ \t]*", text[run[-1].end:c.start]):
            run.append(c)
        else:
            run = [c]
        q = _PLACE_QUALIFIER.search(c.surface)
        if len(run) < 2 or not q or not _MASS_ORG.match(c.surface):
            continue
        for prev in run[:-1]:
            if _MASS_ORG.match(prev.surface) and not re.search(ADMIN_TYPES + r"(?!\w)", prev.surface):
                prev.surface = f"{prev.surface} {q.group(0)}"


def _inner_rank(surface: str) -> float:
    """Rank of the administrative unit an organisation is named with ("UBND xã A" -> a commune's)."""
    m = None
    for m in re.finditer(r"(?<!\w)" + ADMIN_TYPES + r"\s", surface):
        pass
    return _rank(surface[m.start():]) if m else 0


def _rank(surface: str) -> float:
    low = surface.lower()
    for words, r in ((("xã", "phường", "thị trấn"), 3), (("huyện", "quận", "thị xã", "tx"), 2),
                     (("thành phố", "tp"), 1.5), (("tỉnh",), 1)):
        if low.startswith(words):
            return r
    return 0


def _cluster_tail(text: str, pos: int) -> int:
    """End of a cluster's descriptive name: "… các đơn vị sự nghiệp thuộc Sở Văn hóa, Thể thao và Du lịch"."""
    stop = re.compile(r"\s(?:tổ chức|đã|vừa|gồm|bao gồm|năm|ngày|được|sẽ|diễn ra|ký|họp|tiến hành|tổng kết|sơ kết|phát động|triển khai|đón nhận|trao|nhận|làm|thực hiện|hoàn thành|dẫn đầu|đạt|với|tại|có|và(?![ \t]+[A-ZĐ])|của|trong|do|để|nhằm|là"
                      r"|long trọng|trang trọng|chính thức|quyết tâm|thống nhất|phấn đấu|tiếp tục|cùng|lần thứ|nhiệm kỳ)(?!\w)|[.;:()\n“”\"]"
                      r"|\s" + PREDICATE.pattern)
    if re.match(r"[ \t]+các[ \t]", text[pos:pos + 6]):
        return _described_members_tail(text, pos, stop)
    m = stop.search(text, pos, pos + 200)
    end = m.start() if m else min(len(text), pos + 200)
    seg = text[pos:end]
    # a comma ends the tail unless it sits inside "Văn hóa, Thể thao và Du lịch"
    cm = re.search(r",(?!\s*[A-ZĐ][^,]{0,30}\svà\s)", seg)
    if cm:
        end = pos + cm.start()
    while end > pos and not text[end - 1].isalnum():
        end -= 1
    if not re.search(r"\w", text[pos:end]):
        return pos
    return end


def _described_members_tail(text: str, pos: int, stop: re.Pattern) -> int:
    """"Khối thi đua các cơ quan Đảng, Mặt trận và đoàn thể tỉnh", "Khối các sở, ngành kinh tế": members
    described by kind run on over commas and "và" until a verb, or until a comma opens a named unit or a title."""
    no_and = re.compile(stop.pattern.replace(r"|và(?![ \t]+[A-ZĐ])", ""))
    m = no_and.search(text, pos, pos + 200)
    end = m.start() if m else min(len(text), pos + 200)
    for cm in re.finditer(r",[ \t]*", text[pos:end]):
        nxt = pos + cm.end()
        if ORG_HEAD_RE.match(text, nxt) or re.match(ADMIN_TYPES + r"[ \t]+[A-ZĐ]", text[nxt:]) \
                or lexicon.title_head_re().match(text, nxt) or re.match(r"(?:\d|năm|ngày|đồng chí|ông|bà)(?!\w)", text[nxt:]):
            end = pos + cm.start()
            break
    while end > pos and not text[end - 1].isalnum():
        end -= 1
    return end if re.search(r"\w", text[pos:end]) else pos


def _core(s: str) -> str:
    x = gazetteer.tone_norm(s.lower())
    x = re.sub(r"\s+", " ", x).strip()
    changed = True
    while changed:
        changed = False
        for w in ("các ", "những ", "thành phố ", "thị xã ", "thị trấn ", "tỉnh ", "huyện ", "quận ", "xã ",
                  "phường ", "tp. ", "tp ", "tx. ", "tx "):
            if x.startswith(w) and not x.startswith(("tỉnh uỷ", "huyện uỷ", "thành uỷ", "tỉnh đoàn", "huyện đoàn",
                                                      "thành đoàn")):  # "Tỉnh ủy", "Tỉnh đoàn" are bodies
                x = x[len(w):]
                changed = True
    x = re.sub(r"^(cụm|khối) thi đua[ \t]*[-–,]?[ \t]*khen thưởng ", r"\1 thi đua ", x)  # the bloc's long name
    x = re.sub(r"^(cụm|khối) thi đua ", r"\1 ", x)  # "Khối thi đua các cơ quan X" = "Khối các cơ quan X"
    for abbr, full in [*lexicon.unit_abbreviations().items(), ("uỷ", "ủy")]:
        x = re.sub(rf"(?<!\w){abbr}(?!\w)", full, x)
    # "Hội đồng thi đua, khen thưởng huyện" = "Hội đồng thi đua - khen thưởng huyện" = "… thi đua khen thưởng …"
    return re.sub(r"(?<=thi đua)[ \t]*[-–,]?[ \t]*(?=khen thưởng)", " ", x)


def _finalise(cands: list[Candidate], text: str, sentences: list[Sentence], recipients: tuple[str, ...] = ()) -> list[Unit]:
    groups: dict[str, list[Candidate]] = {}
    order: list[str] = []
    for c in cands:
        k = _core(c.surface)
        if k not in groups:
            groups[k] = []
            order.append(k)
        groups[k].append(c)
    hint = gazetteer.province_hint(text)
    units: list[Unit] = []
    for k in order:
        group = groups[k]
        if not any(c.role == "participant" for c in group):
            continue
        # the fullest form; between equals, the one not capitalised only by its place at a sentence start
        best_surface = max((c.surface for c in group), key=lambda x: (len(x), x[:1].islower() or x[:2].isupper()))
        canonical = kind = successor = None
        if any(c.admin for c in group):
            canonical, kind, successor = gazetteer.lookup(best_surface, hint)
        elif re.match(r"Cụm|Khối|cụm|khối", best_surface):
            kind = "cụm thi đua" if best_surface.lower().startswith("cụm") else "khối thi đua"
        else:
            kind = _org_kind(best_surface)
            # "UBND huyện Vụ Bản": the organisation of a known place follows that place across the reform
            place = re.search(r"(?<!\w)" + ADMIN_TYPES + rf"[ \t]+{CW}(?:[ \t]+{CW}){{0,3}}$", best_surface)
            if place:
                place_canonical, _k, successor = gazetteer.lookup(place.group(0), hint)
                if place_canonical:
                    canonical = f"{best_surface[:place.start()].strip()} {place_canonical}"
        evidence = []
        for c in group:
            s = sentence_at(sentences, c.start)
            if s and s.evidence() not in evidence:
                evidence.append(s.evidence())
        units.append(Unit(name=best_surface, canonical=canonical, kind=kind, successor=successor,
                          evidence=tuple(evidence)))
    return _drop_contained(_drop_described_clusters(units, text), {_core(_PEOPLE_OF.sub("", r).strip()) for r in recipients})


def _drop_described_clusters(units: list[Unit], text: str) -> list[Unit]:
    """"Cụm thi đua các xã ven biển" (headline) is "Cụm thi đua số 6 gồm các xã ven biển" (body): one cluster."""
    out = []
    for u in units:
        m = re.match(r"(Cụm|Khối|cụm|khối)(?: thi đua)? (các .+)$", u.name)
        if m and re.search(rf"(?:{m.group(1)}|{m.group(1).capitalize()})(?: thi đua)? số \d+\s*[(,]?\s*(?:gồm|bao gồm|của)\s+"
                           rf"{re.escape(m.group(2))}", text):
            continue
        out.append(u)
    return out


def _is_admin_kind(kind: str | None) -> bool:
    return kind in ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn")


def _org_kind(surface: str) -> str | None:
    m = ORG_HEAD_RE.match(surface)
    return m.group(0) if m else None


_GOVERNMENT = re.compile(r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân)\s+")


def _shortened(short: str, long_: str) -> bool:
    """"Hợp tác xã Hải Xuân" for "Hợp tác xã nông nghiệp Hải Xuân": the same head and proper name, words left out."""
    a, b = short.split(), long_.split()
    if len(a) < 3 or len(a) >= len(b) or a[-1] != b[-1] or not ORG_HEAD_RE.match(short) \
            or ORG_HEAD_RE.match(short).group(0) != (ORG_HEAD_RE.match(long_) or re.match("", "")).group(0):
        return False
    it = iter(b)
    return all(w in it for w in a)


def _drop_contained(units: list[Unit], recipients: set[str] = frozenset()) -> list[Unit]:
    """Drop an organisation whose name is a prefix of a longer one ("UBND huyện" vs "UBND huyện Cao Phong"),
    and a place whose own government is named ("huyện X" beside "UBND huyện X": one participant, the fuller
    form) unless the place itself receives an award (then the place and its government are two participants)."""
    keep = []
    cores = [_core(u.name) for u in units]
    governed = {_core(u.name[g.end():]) for u in units if (g := _GOVERNMENT.match(u.name))}
    for i, u in enumerate(units):
        ci = cores[i]
        dominated = any(
            j != i and cores[j] != ci and cores[j].startswith(ci + " ") and not _is_admin_kind(units[i].kind)
            for j in range(len(units))
        ) or (_is_admin_kind(u.kind) and ci in governed and ci not in recipients) or any(
            j != i and _shortened(u.name, units[j].name) for j in range(len(units)))
        if not dominated:
            keep.append(u)
    return keep


# "Đảng bộ, chính quyền và nhân dân huyện X", "Nhân dân và cán bộ xã Y": the unit is the place named last
_PEOPLE_OF = re.compile(r"^(?:(?:Đảng bộ|[Nn]hân dân|[Cc]hính quyền|[Cc]án bộ|[Cc]ông nhân viên chức|[Qq]uân và dân|"
                        r"[Cc]án bộ, chiến sĩ|[Ll]ực lượng vũ trang)(?:\s*,\s*|\s+và\s+|\s+))+(?=" + ADMIN_TYPES + r"\s)")


def add_recipient_units(units: list[Unit], recipients: list[tuple[str, tuple]], text: str = "",
                        title_spans: list[tuple[int, int]] = ()) -> list[Unit]:
    """Collective award recipients take part in the event (GUIDELINE §4): add those no unit names yet.

    `recipients` holds (name, evidence) pairs; a recipient already covered by a unit (one name containing
    the other) adds nothing. With the article `text`, a recipient written only inside a person's title or
    only as the owner of another body ("thuộc Bộ X") adds nothing either."""
    out = list(units)
    for name, evidence in recipients:
        if re.search(r"(?:[Nn]hân dân|[Cc]hính quyền|[Cc]án bộ|Đảng bộ)[ \t]+" + ADMIN_TYPES + r"$", name):
            continue  # "Đảng bộ, chính quyền và nhân dân thị xã": the place named before, referred back to
        name = _PEOPLE_OF.sub("", name).strip()
        if len(name.split()) < 2 or not _recipient_is_body(name, text, title_spans, evidence):
            continue
        core = _core(name)
        if any(_covers(core, _core(u.name)) or _shortened(name, u.name) or _shortened(u.name, name) for u in out):
            continue
        out.append(Unit(name=name, kind=_org_kind(name) or _village_kind(name), evidence=evidence))
    return out


def _recipient_is_body(name: str, text: str, title_spans: list[tuple[int, int]], evidence: tuple = ()) -> bool:
    if ":" in name or re.match(r"(?:[Bb]à mẹ|[Mm]ẹ|[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị|[Ee]m|[Đđ]ồng chí)(?!\w)", name) \
            or re.search(rf"(?<!\w){UP}\w*[ \t]+(?:Thị|Văn)[ \t]+{UP}", name) and not ORG_HEAD_RE.match(name):
        return False  # a list label or a person ("Bà mẹ: Đặng Thị L …"), not a body
    if re.match(_OCCUPATION + r"[ \t]", name):
        return False  # "Điều dưỡng Khoa Nhi": a person's occupation and workplace
    if not text:
        return True
    # where the award's sentence writes the name; a name the award only refers back to ("công ty được tặng")
    # stands for itself wherever it was written
    ranges = [(e.start, e.end) for e in evidence if getattr(e, "start", None) is not None] or [(0, len(text))]
    spots = [a + m.start() for a, b in ranges for m in re.finditer(re.escape(name), text[a:b])]
    if not spots:
        return True
    # "Đại úy A, Đội trưởng, Công an huyện X nhận Giấy khen": the person receives; the body only ends the title
    return any(not (inside(title_spans, a, a + len(name)) and _RECEIVES_AFTER.match(text, _title_chain_end(title_spans, a)))
               and not _OWNED_BY.search(text[max(0, a - 20):a]) and not _SOURCE_BEFORE.search(text[max(0, a - 30):a])
               # "kỷ niệm Ngày truyền thống Bộ đội Biên phòng": the occasion's name, not the recipient
               and not _OCCASION_OF.search(text[max(0, a - 40):a]) and not _PREDECESSOR_BEFORE.search(text[max(0, a - 40):a])
               and not _WORKPLACE_BEFORE.search(_clause_before(text, a, 220))  # "bà A, giáo viên Trường B"
               and not _VENUE_BEFORE.search(text[max(0, a - 40):a])  # "tại hội trường UBND huyện X": the venue
               # "Công ty X của tỉnh Y nhận …": the place owns the recipient
               and not (re.match(ADMIN_TYPES + r"[ \t]", name) and re.search(r"\S[ \t]+của[ \t]+$", text[max(0, a - 12):a]))
               for a in spots)


def _title_chain_end(title_spans: list[tuple[int, int]], pos: int) -> int:
    """End of the run of title segments (joined by commas or dashes) that holds `pos`."""
    end = max((b for a, b in title_spans if a <= pos < b), default=pos)
    moved = True
    while moved:
        moved = False
        for a, b in title_spans:
            if end < a <= end + 3 and b > end:
                end, moved = b, True
    return end


def _covers(a: str, b: str) -> bool:
    short, long_ = sorted((a, b), key=len)
    return short == long_ or (len(short.split()) >= 2 and f" {short} " in f" {long_} ")


def _village_kind(name: str) -> str | None:
    m = re.match(r"(thôn|xóm|ấp|bản|tổ dân phố|khu phố|làng)(?!\w)", name.lower())
    return m.group(1) if m else None
