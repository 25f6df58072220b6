"""Finding unit mentions in an article — clusters and blocs, organisations, member lists, administrative units —
and giving each its role (`find_units`)."""

from __future__ import annotations

import functools
import re

from thidua.models import Unit

from .. import gazetteer, lexicon
from ..orgnames import (ADDRESSED_HEAD, ADMIN_LEVEL, ADMIN_TYPES, COMPLETE_HEADS, CW, HEAD_ALT, ORG_HEAD_RE, ORG_STOP, PREDICATE,
                       NAME_WORDS, admin_at, extend_name, looks_like_person, person_like, sector_spelling_re)
from ..textutil import ITEM_LINE, LO, NUMBER_WORDS, UP, VILLAGE_WORDS, Sentence, clean_spaces, inside, paren_spans, quoted_spans
from ..residence import person_home_before
from .roles import (ACHIEVED_IN, ACTS_AFTER, AFFILIATION_BEFORE, ASKED_TO, AWARD_NAME_BEFORE, CHILD_HEADS, CLASS_BEFORE, CLAUSE_END,
                    CLUSTER_WORD, CO_CONFERRER_AFTER, CONFERRER_AFTER, DECISION_BEFORE, DELEGATION_BEFORE, FORM_BEFORE,
                    FEATURE_BEFORE, FORWARDER, GENERIC_OWNER_AFTER, GROUP_OF, LAUNCHER, LAW_BEFORE, LED_BEFORE,
                    LOCATION_BEFORE, OCCASION_OF, OWNED_BY, PARENT_HEAD, PASSING_BEFORE, PREDECESSOR_BEFORE,
                    PERSON_OF_BODY_BEFORE, RECEIVES_AFTER, RULES_BEFORE, SOURCE_BEFORE, TRADITION_OF, VENUE_BEFORE, WORKPLACE_BEFORE, bracketed_owner, clause_before,
                    in_conferrer_list, in_launcher_list, is_proposed)
from .lists import (BARE_HEAD_RE, BODY_OF_EACH, COUNTED_BODIES, COUNTED_ITEM, DISTRIBUTE, DISTRIBUTED_NAME, EXTRA_MEMBER_HEADS, HEAD_THEN_PLACES, LIST_INTRO,
                    LISTED_PLACE, MEMBER_INTRO, PLACE_ACTS, PLACE_HAS_COUNT, SECTOR_LIST, SHARED_ITEM, SHARED_QUALIFIER, SHARED_TYPE, in_member_list, member_list_items,
                    people_list, same_kind_of_place, share_place_over_mass_organisations)
from .merge import PEOPLE_OF, Candidate, core_name, finalise, person_tail

# Heads that name a body only with a capitalised name after them ("Lực lượng Thanh niên Xung phong",
# "Khu Công nghiệp X"); lowercase after them they are common nouns ("lực lượng vũ trang", "khu dân cư").
_NAMED_ONLY_HEADS = ("Lực lượng", "Khu")
# "Đảng ủy Khối các cơ quan tỉnh", "Công đoàn Khối …": the Party/union body of a bloc is an organisation, not the bloc
_CLUSTER = re.compile(r"(?<!\w)(?<!Đảng ủy )(?<!Đảng uỷ )(?<!Đảng bộ )(?<!Công đoàn )"
                      r"(?:(Cụm|Khối|cụm|khối)( khối)?(?: giao ước)? [Tt]hi đua(?:[ \t]*[-–,][ \t]*[Kk]hen thưởng)?|(Cụm|Khối)(?= các\s))(?!\w)")
# the people of a body, written before it: "các đồng chí (trong|thuộc) Ban Thường vụ Huyện ủy", "các thành viên Hội đồng X"
# (a cluster's members take part in it: "UBND huyện X, thành viên Cụm thi đua số 3")
MEMBERS_OF = re.compile(r"(?<!\w)(?:các[ \t]+)?(?:đồng chí|thành viên)(?:[ \t]+(?:trong|thuộc|của))?[ \t]+$")
# unnamed units of a body: "lãnh đạo các đơn vị thuộc Bộ X", "các cơ quan, đơn vị trực thuộc Sở Y"
# (not a bloc described by its members, "Khối thi đua các đơn vị thuộc Sở X", whose parent body takes part)
GENERIC_MEMBERS_OF = re.compile(r"(?<!\w)(?<!hi đua )(?<![Cc]ụm )(?<![Kk]hối )(?:các|những)[ \t]+(?:cơ quan|đơn vị|lực lượng|phòng|ban|tổ chức|doanh nghiệp|trường)"
                                r"(?:[ \t]*,[ \t]*(?:cơ quan|đơn vị|phòng|ban)|[ \t]+\w+){0,2}?[ \t]+(?:trực[ \t]+)?thuộc[ \t]+$")
# a body's own organs named without the body: "Ban Thường vụ", "Ban Chấp hành Công đoàn (ngành)"
_BARE_ORGAN = re.compile(r"(?:Ban Thường vụ|Ban Chấp hành|Ban Thường trực|Ban Giám đốc|Ban Giám hiệu|Ban Lãnh đạo|Thường trực)"
                         r"(?:[ \t]+(?:Công đoàn|Đoàn|Hội|Đảng ủy|Đảng uỷ|Chi bộ))?")
_UNNAMED_GOVERNMENT = re.compile(rf"{lexicon.GOVERNING_ORGANS}(?:[ \t]+(?:tỉnh|huyện|thành phố|thị xã|quận))?")
# a body's standing organ, which stands for its members ("Thường trực HĐND tỉnh", "Ban Thường vụ Tỉnh ủy"); it is a
# unit only where it acts ("Thường trực HĐND tỉnh đã họp …"), not where it is listed among those who attend
_ORGAN_WORDS = r"(?:Ban[ \t]+Thường[ \t]+vụ|Ban[ \t]+Thường[ \t]+trực|Thường[ \t]+trực)"
_ORGAN = re.compile(rf"{_ORGAN_WORDS}(?!\w)")
_ORGAN_BEFORE = re.compile(rf"{_ORGAN_WORDS}[ \t]+$")
_ORGAN_IDLE_AFTER = re.compile(r"[ \t]*(?:[,;.)]|\n|$|(?:và|cùng|cùng với)[ \t])")
# between a title and the ministry it sits in: a remark in brackets and a comma ("Vụ trưởng Vụ X (phụ trách Y), Bộ Z")
_TITLE_THEN_OWNER = re.compile(r"[ \t]*\([^()\n]{1,80}\)[ \t]*,[ \t]*")
_TO_READERS = re.compile(r"[^.;\n]{0,30}?(?<!\w)(?:(?:gửi (?:đến|tới)|giới thiệu (?:với|đến|tới))(?:[ \t]+(?:quý))?[ \t]+(?:bạn đọc|độc giả)"
                         r"|(?:(?:trân trọng|xin)[ \t]+)?giới thiệu(?!\w))")  # "Báo X trân trọng giới thiệu bài phát biểu …"
# where counted people live: "cho 120 mẹ ở 2 huyện A, B", "45 bà mẹ thuộc các huyện A, B": the places qualify the people
_HOME_OF_COUNTED = re.compile(r"(?<!\w)(?:\d+|các|những)[ \t]+(?:bà[ \t]+)?(?:mẹ|gia đình|hộ|cá nhân|học sinh|người|nghệ nhân|liệt sĩ)"
                              r"(?:[ \t]+[^\s,;.:]+){0,4}?[ \t]+(?:ở|thuộc|tại|trú tại)[ \t]+(?:(?:các|\d+)[ \t]+)?"
                              r"(?:(?:huyện|thị xã|xã|phường|quận|tỉnh|thành phố)[ \t]+)?$")
# a site named after "tại"/"ở", then a comma: the place written next is where the site lies
_PLACE_OF_A_SITE = re.compile(r"(?<!\w)(?:[Tt]ại|ở)[ \t]+[^,;.:\n()]{3,60},[ \t]*$")
# a body handing over a form another confers: "… đã trao Bằng khen của Chủ tịch UBND tỉnh cho …"
_HANDS_OVER_ANOTHERS = re.compile(r"[ \t]+(?:(?:đã|vừa|long trọng|trang trọng)[ \t]+)*trao(?:[ \t]+tặng)?[ \t]+"
                                  r"(?:[Bb]ằng khen|[Cc]ờ thi đua|[Gg]iấy khen|[Hh]uân chương[^.;:\n]{0,30}?|[Hh]uy hiệu[^.;:\n]{0,40}?"
                                  r"|[Kk]ỷ niệm chương[^.;:\n]{0,60}?)[ \t]+(?:của|do)[ \t]+")
_INVITES_READERS = re.compile(r"(?i)(?<!\w)mời[ \t]+(?:quý[ \t]+)?(?:độc giả|bạn đọc|khán giả|quý vị)(?!\w)[^.!?\n]{0,100}$")
_MEDIA = re.compile(r"(?:Báo|Tạp chí|Đài|Cổng thông tin)\s")
_CARRIED_ON = re.compile(r"(?<!\w)(?:truyền hình|phát sóng|phát thanh|tường thuật|trực tiếp|đăng tải|đăng|đưa tin|công khai|livestream)"
                         r"(?:[ \t]+[^\s,;.:]+){0,5}?[ \t]+trên(?:[ \t]+(?:sóng|kênh|các nền tảng(?: số)?))?[ \t]+(?:[^,;.:\n]{1,40}?(?:,|[ \t]và|[-–])[ \t]*)?$")
# a line holding only an outlet's name, or "Headline – Báo X", "Nguyễn A - Báo X": the page's masthead or byline
_BEFORE_MASTHEAD = re.compile(r"[ \t]*(?:[^\n]{2,120}?[ \t][-–][ \t]*)?")
_AFTER_MASTHEAD = re.compile(r"(?:[ \t]+điện tử)?[ \t.]*")


def _masthead_or_byline(text: str, a: int, b: int) -> bool:
    """The outlet at `a:b` fills the passage's first or last non-empty line, alone or after a dash."""
    start = text.rfind("\n", 0, a) + 1
    end = text.find("\n", b)
    end = len(text) if end < 0 else end
    if not (_BEFORE_MASTHEAD.fullmatch(text, start, a) and _AFTER_MASTHEAD.fullmatch(text, b, end)):
        return False
    return not text[:start].strip() or not text[end:].strip()


# a body opening a sentence with "cho biết" reports the news (GUIDELINE §4e, the source)
_REPORTS_AFTER = re.compile(r"[ \t]+(?:vừa[ \t]+)?(?:cho biết|đưa tin|thông tin|thông báo)[ \t]*[,:]")
_ACTS_NEXT = re.compile(r"(?:[ \t]*\([ \t]*[A-ZĐ][\w&.\-]{1,15}[ \t]*\))?" + ACTS_AFTER.pattern)
_RENAMED_AS = re.compile(r"(?:(?<!\w)nay[ \t]+(?:là|thuộc)|(?<!\w)tên gọi(?:[ \t]+(?:ban đầu|cũ|trước đây|mới))?[ \t]+là|(?<!\w)tiền thân là"
                         r"|(?<!\w)đổi tên thành)[ \t]+(?:[^,;.:()\n]{2,80}?[ \t]+và[ \t]+)?$")
_OPENS_A_CLAUSE = re.compile(r"[ \t]+(?:được|đã|vừa|là|nhận|đón nhận|đề nghị|tổ chức)(?!\w)")
_PLACE_ITEM = re.compile(rf"{CW}(?:[ \t]+{CW}){{0,3}}")
# a cluster named after a council's name: "Hội đồng thi đua khen thưởng cụm 7 tỉnh …", "… Khối thi đua số 3"
_COUNCIL_OF_CLUSTER = re.compile(r"(?:[ \t]+[Tt]hi[ \t]+đua(?:[ \t]*[-–,]?[ \t]*[Kk]hen[ \t]+thưởng)?)?[ \t]+(?:[Cc]ụm|[Kk]hối)(?:[ \t]+[Tt]hi đua)?[ \t]+(?:số[ \t]+)?(?:\d+|[IVX]{1,4})(?![\w/%]|[.,]\d)")
# a bloc or cluster opening a clause, named by what it groups, then its own event: "Khối cơ quan Nội chính tỉnh tổ
# chức …", "Khối Kinh tế - kỹ thuật ký kết …", "cụm 9 huyện miền núi tổ chức …"
_BLOC_AS_SUBJECT = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?][ \t])|(?<=,[ \t]))(?P<bloc>(?:Khối|Cụm|khối|cụm)(?:[ \t]+thi đua)?[ \t]+"
    # what it groups: its members ("các …", "cơ quan …", "9 huyện …"), a field ("nội chính", "Kinh tế - kỹ thuật")
    r"(?:các|cơ quan|\d+[ \t]+\w+|nội chính|doanh nghiệp|sản xuất|công tác|[A-ZĐ])"
    r"(?:(?![ \t](?:đã|đang|sẽ|vừa|tiếp tục|còn|do|trong|giúp|dự kiến|cũng|luôn|được|đều)(?!\w))[^,.;:\n()“”\"]){0,70}?)"
    r"(?=(?:[ \t]*,[ \t]*gồm[^.;:\n]{1,40}?)?[ \t]+(?:đã[ \t]+|vừa[ \t]+)?(?:tổ chức|ký kết|ký giao ước|phát động|tổng kết|sơ kết)(?!\w))")
# what a bracketed list of bare places after it lists the members of: a cluster or a counted set of places
_MEMBERS_BEFORE_BRACKETS = re.compile(r"(?i)(?<!\w)(?:cụm|khối|gồm|bao gồm|\d+[ \t]+(?:tỉnh|huyện|thành phố|thị xã|địa phương))"
                                      r"(?:[ \t]+[^\s:;.()]+){0,7}[ \t]*$")
# a place after "của" owns the event or movement it follows ("phong trào thi đua của huyện X", "Hội nghị … của tỉnh
# Y"), its collectives honoured ("cho 6 tập thể và 3 cá nhân của thành phố Z"), or the places listed before it
_OWNS_THE_EVENT = re.compile(r"(?i)(?<!\w)(?:phong trào|hội nghị|đại hội|lễ|chương trình|kế hoạch|quân tình nguyện|tập thể"
                             r"|(?:các|\d+)[ \t]+(?:huyện|xã|phường|quận|thị xã|thành phố)(?:[ \t]*,[ \t]*(?:huyện|xã|phường|quận|thị xã|thành phố))*)"
                             r"(?!\w)[^.;:\n]*$")
# (the bodies listed after "Thay mặt", up to the speaker: no item holds a person or a verb)
_BEHALF_ITEM = r"(?:(?!(?<!\w)(?:ông|bà|đồng chí|anh|chị|trao|tặng|cho|phát biểu|chúc mừng)(?!\w))[^,.;:()\n]){1,60}?"
_ON_BEHALF_OF = re.compile(rf"(?<!\w)[Tt]hay[ \t]+mặt(?:[ \t]+(?:lãnh đạo|Lãnh đạo))?[ \t]+(?:{_BEHALF_ITEM}[ \t]*(?:,|và)[ \t]*){{0,6}}"
                           r"(?:(?:UBND|HĐND|Ủy ban nhân dân|Uỷ ban nhân dân|Ủy ban MTTQ(?:[ \t]+Việt Nam)?)[ \t]+)?$")
# a cluster or bloc meeting right after the venue named: ", Cụm thi đua số 8 (gồm …) tổ chức hội nghị …"
_CLUSTER_MEETS_AFTER = re.compile(r"[^.;\n]{0,60}?,[ \t]*(?:[Cc]ụm|[Kk]hối)[ \t][^.;\n]{0,160}?(?<!\w)(?:tổ chức|họp|ký kết|sơ kết|tổng kết)(?!\w)")
# (the authority's name may hold a dot: "thừa ủy quyền của Ban Bí thư T.Ư Đoàn, Tỉnh đoàn X trao …")
_DELEGATED_BEFORE = re.compile(r"(?i)(?<!\w)thừa[ \t]+(?:ủy|uỷ)[ \t]+quyền(?:[^,;:.\n]|\.(?=\w)){0,100},[ \t]*(?:(?:đại diện|lãnh đạo)[ \t]+)?$")
# the authority itself, right after the words ("Thừa ủy quyền của Trung ương Đoàn X, anh A trao …")
_AUTHORITY_DELEGATING = re.compile(r"(?<!\w)[Tt]hừa[ \t]+(?:ủy|uỷ|Ủy|Uỷ)[ \t]+(?:quyền|nhiệm)(?:[ \t]+của)?[ \t]+"
                                   r"(?:(?:Trung ương|TƯ|T\.Ư|TW)[ \t]+)?$")
_HALL_OF = re.compile(r"(?:Hội trường|Trụ sở|Phòng họp)(?:[ \t]+(?:lớn|chính|tầng[ \t]+\d+))?(?:[ \t]+của)?[ \t]+")
@functools.lru_cache(maxsize=None)
def _PERSON_THEN_COMMA() -> re.Pattern:
    """A person's full name with a middle name "Thị"/"Văn" right before a comma: "các mẹ: Lò Thị Song, xã X (…)"."""
    return re.compile(rf"(?:^|[:;,(]|\s)(?:{lexicon.surname_alternation()})[ \t]+(?:Thị|Văn)(?:[ \t]+{CW}){{1,2}}[ \t]*,[ \t]*$")


# persons (not mothers, whose places hold the ceremony) counted right after a place: "… có 3 nhà giáo được …"
_PEOPLE_COUNTED_AFTER = re.compile(rf"[ \t]+(?:vinh dự[ \t]+)?có(?:[ \t]+thêm)?[ \t]+(?:\d+|{NUMBER_WORDS})[ \t]+(?:\w+[ \t]+){{0,2}}?"
                                   r"(?:cá nhân|nhà giáo|giáo viên|học sinh|người|nghệ nhân|thầy thuốc|công nhân|đoàn viên"
                                   r"|chiến sĩ|cán bộ)(?!\w)")
_FORMER_OF = re.compile(r"(?<!\w)nguyên[ \t]+(?:lãnh đạo|Lãnh đạo)[ \t]+$")
# "toàn tỉnh X", "trên toàn huyện X": a place as the extent of a figure
_SCOPE_BEFORE = re.compile(r"(?<!\w)(?:[Tt]oàn|[Cc]ả)[ \t]+$")
# an event or work whose quoted name follows: "Hội diễn “…”", "cuộc thi “…”", "chương trình “…”"
_NAMED_BY_QUOTE = re.compile(r"(?i)(?<!\w)(?:hội diễn|hội thi|hội thao|cuộc thi|giải|liên hoan|chương trình|ngày hội|tuần lễ|lễ hội"
                             r"|đề án|dự án|cuộc vận động|phong trào(?:[ \t]+thi đua)?|chủ đề|khẩu hiệu|tác phẩm|cuốn sách|bộ phim|bài hát)"
                             r"(?:[ \t]+\S+){0,2}[ \t]*$")
# an apposition telling what the body before is to another: ", cơ quan Thường trực (của) Hội đồng X"
_APPOSED_ROLE = re.compile(r",[ \t]*cơ quan(?:[ \t]+(?:thường trực|Thường trực|tham mưu|giúp việc|chuyên môn))?(?:[ \t]+của)?[ \t]+$")
_OWNER_CHAIN = re.compile(rf"(?<!\w)(?:trực[ \t]+)?thuộc[ \t]+{UP}[^,;.:\n()]{{1,60}},[ \t]*$")
_TYPES_THEN_ONE = re.compile(r"(?<!\w)(?:các|những)[ \t]+(?:tỉnh|huyện|thị xã|thành phố|quận|xã|phường|thị trấn)"
                             r"(?:[ \t]*,[ \t]*(?:tỉnh|huyện|thị xã|thành phố|quận|xã|phường|thị trấn))*[ \t]+và[ \t]+$")
# the leader's role of a cluster written before its name: "Cụm trưởng Cụm thi đua số 9", "Trưởng Khối thi đua"
_LEADS_CLUSTER = re.compile(r"(?:(?:[Cc]ụm|[Kk]hối)[ \t]+(?:trưởng|phó)|(?:[Tt]rưởng|[Pp]hó)[ \t]+)[ \t]*$")
# a bloc numbered in Roman numerals after the sector it groups: "khối thi đua ngân hàng I", "Cụm thi đua số II"
_ROMAN_NUMBERED = re.compile(rf"[ \t]+(?:số[ \t]+|(?:{LO}+[ \t]+){{1,3}}?)?[IVX]{{1,4}}(?![\w/.,%])")
# a plural before a type word with a single name: the name is a region ("các tỉnh Tây Nguyên")
_REGION_OF_MANY = re.compile(r"(?<!\w)(?:các|những)[ \t]+$")
_PARTY_COMMITTEES = ("Tỉnh ủy", "Thành ủy", "Huyện ủy", "Tỉnh uỷ", "Thành uỷ", "Huyện uỷ")


_JUNK_TAIL = re.compile(r"(?:[ \t]+(?:và|các|của|cùng|với|giai|nhiệm|đoạn|kỳ|khóa|khoá|Tổng|Phó|vinh dự|xin|trực thuộc))+$")


_AWARD_TAIL = re.compile(r"[ \t]+(?:danh hiệu|Danh hiệu|Huân chương|Huy chương|Bằng khen|Cờ thi đua|Giấy khen|Kỷ niệm chương)(?!\w).*$")


_ORGANISER_LABEL = re.compile(r"^Ban[ \t]+(?:[Tt]ổ chức|[Gg]iám khảo|[Bb]iên tập|[Cc]ông tác)(?:[ \t]+(?:[Đđ]ại hội|[Hh]ội nghị|[Hh]ội thi"
                              r"|[Hh]ội thao|[Hh]ội diễn|[Gg]iải|[Cc]uộc thi|[Ll]ễ|[Ll]iên hoan|[Cc]hương trình)(?!\w).*)?$")


def _cut_person_tail(surface: str, text: str, a: int, b: int) -> tuple[str, int]:
    """"Hội Nông dân Việt Nam Lương Quốc Đoàn": a person's name run onto an organisation is not part of it."""
    tail = person_tail(surface)
    if tail:
        cut = surface.rfind(tail)
        pos = text.rfind(tail, a, b + 1)
        return surface[:cut].rstrip(" ,"), (pos if pos > a else b)
    return surface, b


# heads whose names may hold a comma of their own: "Sở Văn hóa, Thể thao và Du lịch", "Trường Cao đẳng Kinh tế, Kỹ thuật
# và Thủy sản", "Cục Đánh giá, Thẩm định và Giám định công nghệ"
_COMMA_IN_NAME_HEADS = ("Sở", "Bộ", "Ban", "Văn phòng", "Đài", "Cục", "Vụ", "Trường", "Viện", "Học viện")
_PERSON_HONOUR = re.compile(r"(?:NSND|NSƯT|NGND|NGƯT|NNND|NNƯT|TTND|TTƯT|AHLĐ|TSKH|PGS|GS|TS|ThS|BS|KTS|HLV|VĐV)\.?[ \t]+[A-ZĐÀ-Ỹ]")


_HEADED_LIST = re.compile(r"(?<!\w)(?:gồm|bao gồm|là)[ \t]+các[ \t]+(?P<head>Hội|Sở|Ban|Phòng|Trường)[ \t]*:[ \t]*(?P<list>[^;.\n()]{2,400})")
_BLOC_ALIAS_BEFORE = re.compile(r"(?<!\w)(?:Khối|Cụm|KHỐI|CỤM)[ \t]+(?:thi|Thi|THI)[ \t]+(?:đua|Đua|ĐUA)[^()\n,;.]{0,40}\([ \t]*$")
# "Chính phủ tổ chức Lễ trao Huân chương …": the Government as host takes part
# (also one of several hosts listed before the verb: "Ban Chấp hành Trung ương Đảng, Quốc hội, Chính phủ, … tổ chức Lễ …")
_GOVERNMENT_HOSTS = re.compile(r"[ \t]+(?:(?:đã|vừa|long trọng|trang trọng)[ \t]+)*(?:tổ chức|chủ trì|phối hợp)(?!\w)"
                               r"|[ \t]*(?:,|và)[^.;:\n]{0,160}?[ \t](?:(?:đã|vừa|long trọng|trang trọng)[ \t]+)*(?:tổ chức|chủ trì)"
                               r"[ \t]+(?:trọng thể[ \t]+)?(?:[Ll]ễ|[Hh]ội nghị|[Đđ]ại hội|[Mm]ít tinh)(?!\w)")


def find_units(text: str, sentences: list[Sentence], masked: list[tuple[int, int]],
               title_spans: list[tuple[int, int]], location: tuple[int, int] | None,
               person_names: tuple[str, ...] = (), recipients: tuple[str, ...] = ()) -> list[Unit]:
    """`recipients`: collective award recipients, which stay participants in their own right."""
    cands: list[Candidate] = []
    taken: list[tuple[int, int]] = []

    quoted = quoted_spans(text)
    named_before = re.compile(r"(?:^|[:;,(]|\s)(?:" + "|".join(re.escape(n) for n in person_names if " " in n) + r")[ \t]*,[ \t]*$") \
        if any(" " in n for n in person_names) else None

    def free(a: int, b: int) -> bool:
        return not any(x < b and a < y for x, y in taken)

    def listed_after_form_of(a: int) -> bool:
        """Is the body at `a` listed (", " / " và ") after conferrers that a "FORM của" opened?"""
        at = a
        while True:
            prev = next((c for c in cands if c.role == "conferrer" and 0 <= at - c.end <= 5
                         and re.fullmatch(r"[ \t]*(?:,|và)[ \t]*", text[c.end:at])), None)
            if prev is None:
                return False
            if FORM_BEFORE.search(text[max(0, prev.start - 60):prev.start]):
                return True
            at = prev.start

    def role_of(a: int, b: int) -> str:
        before = text[max(0, a - 60):a]
        if _LEADS_CLUSTER.search(before) and _CLUSTER.match(text, a):
            return "participant"  # "UBND huyện X - Cụm trưởng Cụm thi đua số 9": the cluster the unit leads meets
        if inside(title_spans, a, b) or any(x <= a < y for x, y in title_spans):
            return "title"  # "Tổng Thanh tra Chính phủ NAME": a body that starts inside a title is the title's
        if re.match(r"(?:Khối|Cụm)[ \t]", text[a:b]) and _BLOC_ALIAS_BEFORE.search(before):
            return "alias"  # "Khối thi đua 4 (Khối các sở, ngành)": another name of the bloc just named
        if _RENAMED_AS.search(before):
            return "alias"  # "Ty Giao thông tỉnh Hải Hưng (nay là Sở … Hải Dương và Sở … Hưng Yên)": today's name of one named
        if text[a:b] == "Chính phủ" and not _GOVERNMENT_HOSTS.match(text, b):
            return "conferrer"  # "Cờ thi đua của Chính phủ", "sự chỉ đạo của Đảng, Chính phủ": the authority, not a participant
        head = lexicon.title_head_re()
        if re.search(rf"(?<!\w)(?i:{VILLAGE_WORDS})[ \t]+$", before) and not re.match(ADMIN_TYPES + r"[ \t]", text[a:b]):
            return "village"  # "thôn Hội Tân": a village whose name opens like a body ("Hội …"), not an association
        if DELEGATION_BEFORE.search(before):
            return "participant"  # "đoàn Đại biểu Huyện ủy, HĐND …": a delegation of the body (not "Trưởng đoàn Đại biểu")
        # "Chủ tịch UBND tỉnh", "Ủy viên BCH Đảng bộ tỉnh": the unit is part of a title.
        if re.search(head.pattern + r"(?:[ \t]+(?:[A-ZĐ][^\s,;]*|thứ nhất|thường trực))*[ \t]+$", before[-45:]):
            return "title"
        if re.match(ADMIN_TYPES + r"[ \t]", text[a:b]) and _ends_title_body(before, head):
            return "title"  # "Giám đốc Quỹ Bảo vệ và Phát triển rừng tỉnh X": the place of the body in a title
        if re.search(r"(?:đại biểu|vị|(?<!\w)(?:[Ủủ]y|[Uu]ỷ) viên)[ \t]+$", before):
            return "title"  # "các vị đại biểu HĐND tỉnh", "các ủy viên Ban Thường vụ Tỉnh ủy"
        if MEMBERS_OF.search(before) and not _CLUSTER.match(text, a):
            return "members"  # "các đồng chí trong Ban Thường vụ Tỉnh ủy": the body's members attend, not the body
        if _ORGAN.match(text, a) and _ORGAN_IDLE_AFTER.match(text, b):
            return "members"  # "Dự có …, Thường trực HĐND tỉnh, lãnh đạo UBND tỉnh": an organ named as people who attend
        if text[a - 1:a] == "/" or re.search(r"\d+/[A-ZĐ]+[-–]$", before):
            return "code"  # "Hướng dẫn số 3719/UBND-KSTT", "Kế hoạch số 182/KH-UBND": a document number
        if _in_legal_basis(text, a):
            return "code"  # "Căn cứ Hướng dẫn số 16 của Hội đồng X về …;": a preamble line cites, nobody takes part
        if RULES_BEFORE.search(before):
            return "code"  # "ban hành Quy chế thi đua, khen thưởng tỉnh X": the place in a document's title
        if LAW_BEFORE.search(before):
            return "code"  # "căn cứ Luật Tổ chức Chính phủ"
        if re.search(r"(?<!\w)thuộc[ \t]+diện[ \t]+$", before):
            return "parent"  # "cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý": whose staff they are, not a participant
        if AWARD_NAME_BEFORE.search(text, max(0, a - 120), a) and re.match(r"[^“”\"\n]{0,60}[”\"]", text[b:b + 62]):
            return "code"  # "Huy hiệu “Vì sự nghiệp xây dựng tỉnh X”": a body inside an award's quoted name
        if PREDECESSOR_BEFORE.search(before):
            return "predecessor"
        if any(qa < a and b < qb and _NAMED_BY_QUOTE.search(text, max(0, qa - 30), qa) for qa, qb in quoted):
            return "code"  # "Hội diễn “Tiếng hát công nhân tỉnh X lần thứ I”": the place is in the event's quoted name
        if re.search(r"(?<!\w)[Aa]nh[ \t]+hùng[ \t]+$", before):
            return "code"  # "Anh hùng Lực lượng vũ trang nhân dân": the body names the title of honour
        if _ON_BEHALF_OF.search(text, max(0, a - 120), a) and not re.match(r"[ \t]*\(", text[b:b + 3]):
            return "represented"  # "Thay mặt Tỉnh ủy, HĐND, UBND tỉnh X, đồng chí A trao …": whom a speaker stands for
        if _FORMER_OF.search(before):
            return "former"  # "các đồng chí nguyên lãnh đạo tỉnh X qua các thời kỳ": retired people, not the body
        if _PEOPLE_COUNTED_AFTER.match(text, b) and not ORG_HEAD_RE.match(text, a):
            return "owner"  # "Tỉnh X có 3 nhà giáo được tặng Bằng khen": where the persons honoured come from
        if _SCOPE_BEFORE.search(before):
            return "scope"  # "toàn tỉnh X có 1.600 giáo viên giỏi": the extent of a figure, not an actor
        if OCCASION_OF.search(before):
            return "occasion"
        if re.search(r"(?<!\w)thành[ \t]+lập[ \t]+$", before) and not re.match(ADMIN_TYPES + r"[ \t]", text[a:b]):
            return "occasion"  # "kỷ niệm 90 năm ngày thành lập Hội X": whose founding is marked, not who takes part
        if re.search(r"(?<!\w)(?:[Cc]hào mừng|[Hh]ướng tới)[^.;:\n]{0,60}(?:thành|tái)[ \t]+lập[ \t]+$", clause_before(text, a, 120)):
            return "occasion"  # "thi đua chào mừng 30 năm tái lập tỉnh X": an anniversary the drive honours, not this event
        if re.search(r"(?<!\w)Đại hội(?:[ \t]+[Đđ]ại biểu)?[ \t]+$", before):
            return "occasion"  # "Đại hội Đảng bộ tỉnh lần thứ XX": the congress is the occasion, not a participant
        if re.search(r",[ \t]*$", before) and any(c.role == "title" and a - 3 <= c.end <= a for c in cands):
            return "title"  # "Ủy viên Ban Thường vụ Tỉnh ủy, Ban Chấp hành Đảng bộ tỉnh"
        if re.search(r",[ \t]*$", before) and any(y <= a and _TITLE_THEN_OWNER.fullmatch(text, y, a) for x, y in title_spans):
            return "title"  # "Phó Vụ trưởng Vụ X (phụ trách …), Bộ Y": the owner after a bracketed remark ends the title
        if re.match(r"[ \t]*\(?[ \t]*(?:(?:khóa|khoá)[ \t]+[IVXLC]+|(?:khóa|khoá|nhiệm kỳ)[ \t]+\d{4})", text[b:b + 20]) \
                or re.search(r"(?<!\w)(?:bầu|bầu ra|kiện toàn)[ \t]+$", before):
            return "term"  # "HĐND tỉnh khóa XVIII", "Bộ Chính trị (khóa XII)": the body of a session, not a participant
        if FORM_BEFORE.search(before) or DECISION_BEFORE.search(before):
            return "conferrer"
        if re.search(r"(?:,|[ \t]và)[ \t]*$", before) and listed_after_form_of(a) and not _OPENS_A_CLAUSE.match(text, b) \
                and not ACTS_AFTER.match(text[b:b + 40]) and not RECEIVES_AFTER.match(text[b:b + 30]):
            return "conferrer"  # "Bằng khen của LĐLĐ tỉnh, Tỉnh Đoàn, Hội LHPN tỉnh": each gave one
        if CONFERRER_AFTER.match(text[b:b + 40]) and _DELEGATED_BEFORE.search(text, max(0, a - 160), a):
            return "participant"  # "Thừa ủy quyền của Ban Bí thư X, Tỉnh đoàn Y trao …": Y holds the ceremony for X
        if _HANDS_OVER_ANOTHERS.match(text, b):
            return "participant"  # "Tỉnh Đoàn X đã trao Huy hiệu … của Trung ương Đoàn cho …": X holds the ceremony
        if CONFERRER_AFTER.match(text[b:b + 40]) or CO_CONFERRER_AFTER.match(text[b:b + 100]):
            return "conferrer"  # "Đảng ủy Công an Trung ương, Bộ Công an đã tặng": both confer
        if re.search(r"\w[ \t]*\([ \t]*$", before) and re.match(r"[ \t]*\)", text[b:b + 3]) and ORG_HEAD_RE.match(text, a) \
                and (any(0 <= a - c.end <= 3 for c in cands) or ORG_HEAD_RE.search(text, max(0, a - 60), a)):
            return "qualifier"  # "Ban Thi đua - Khen thưởng (Sở Nội vụ)": the owner in brackets
        if ORG_HEAD_RE.match(text, a) and bracketed_owner(text, a, b):
            return "qualifier"  # "Binh đoàn 15 (Bộ Quốc phòng)", "Công ty X (Tổng công ty Y, Bộ Z)": the owners
        if LAUNCHER[0].search(before) and LAUNCHER[1].match(text[b:b + 30]):
            return "launcher"
        if in_launcher_list(text, a, b):
            return "launcher"
        if in_conferrer_list(text, a, b):
            return "conferrer"  # "19 tập thể được Bộ X, Công đoàn Y, UBND tỉnh tặng Bằng khen"
        if FORWARDER[0].search(before) and FORWARDER[1].match(text[b:b + 20]):
            return "forwarder"
        if GENERIC_MEMBERS_OF.search(before) and not re.match(r"[Cc]ụm|[Kk]hối", text[a:b]):
            return "parent"  # "các đơn vị thuộc Bộ Công an": the owner of unnamed units
        near = [c for c in cands if c.end <= a and a - c.end <= 16] if OWNED_BY.search(before) else []
        if OWNED_BY.search(before) and not any(re.match(r"[Cc]ụm|[Kk]hối", c.surface) for c in near) \
                and not _CLUSTER.match(text, a) and (
                near or re.search(rf"(?:{UP}\w*|\d+)[ \t]+(?:trực[ \t]+)?thuộc[ \t]+$", before)):
            return "parent"  # "Phòng Cảnh sát kinh tế thuộc Bộ Công an", "Cục 11 thuộc Tổng cục II": whose body it is
            # (a cluster's owner takes part with it: "Cụm thi đua số 2 thuộc Ban Tổ chức Trung ương"; so does the
            # cluster its members belong to: "thanh tra 5 tỉnh … thuộc Cụm thi đua Thanh tra 5 tỉnh phía Bắc")
        if re.search(r",[ \t]*$", before) and PARENT_HEAD.match(text, a) and (
                CLAUSE_END.match(text[b:b + 3]) or ACTS_AFTER.match(text[b:b + 40]) or RECEIVES_AFTER.match(text[b:b + 30])) and any(
                not c.admin and c.end <= a and a - c.start < 150 and re.fullmatch(r"[\w \t]*,[ \t]*", text[c.end:a])
                and c.surface.startswith(CHILD_HEADS) for c in cands):
            return "parent"
        owned = next((c for c in cands if not c.admin and 0 <= a - c.end <= 3 and (
            c.surface.startswith(CHILD_HEADS) and c.role not in ("participant", "title") or c.role == "parent")), None) \
            if re.search(r",[ \t]*$", before) and PARENT_HEAD.match(text, a) else None
        if PARENT_HEAD.match(text, a) and _OWNER_CHAIN.search(before):
            return "parent"  # "Lữ đoàn 99 thuộc Quân đoàn 12, Bộ Quốc phòng": the owners go on after "thuộc"
        if owned:
            return owned.role  # "gửi về Ban Thi đua, Sở Nội vụ, địa chỉ …", "thuộc Tổng cục II, Bộ Quốc phòng": owners go on
        if re.search(r",[ \t]*$", before) and re.match(r"(?:Bộ|Tổng cục|Bộ Tư lệnh)[ \t]+[A-ZĐ]", text[a:b]) \
                and CLAUSE_END.match(text[b:b + 3]) and any(_CLUSTER.match(c.surface) and re.fullmatch(r",[ \t]*", text[c.end:a])
                                                             for c in cands):
            return "parent"  # "hội nghị của Cụm thi đua số 8, Bộ Công an.": the ministry whose cluster it is
        if re.search(r"được\s+$", before) and re.match(r"\s*(?:tặng|trao|tuyên dương|khen thưởng|biểu dương|công nhận)(?!\w)", text[b:b + 30]):
            return "conferrer"
        if _AUTHORITY_DELEGATING.search(before):
            return "conferrer"  # "Thừa ủy quyền của Trung ương Đoàn …, anh A trao …": the authority a presenter acts for
        if re.search(r"được\s+$", before) and re.match(r"[ \t]+giao(?![ \t]+ước)(?!\w)", text[b:b + 30]):
            return "assigner"  # "nhiệm vụ được UBND tỉnh giao": who set the task, not who takes part
        if (LOCATION_BEFORE.search(before[-20:]) or VENUE_BEFORE.search(before)) and ORG_HEAD_RE.match(text, a) \
                and not re.match(ADMIN_TYPES + r"[ \t]|(?:Hội trường|Trụ sở|Phòng họp|Nhà|Trung tâm [Hh]ội nghị|Sân|Khu)(?!\w)", text[a:b]) \
                and _CLUSTER_MEETS_AFTER.match(text, b):
            return "participant"  # "tại Sở X, Cụm thi đua số 6 tổ chức sơ kết": the member whose house the cluster meets in
        if location and a >= location[0] and b <= location[1]:
            return "location"
        if LOCATION_BEFORE.search(before[-20:]) or VENUE_BEFORE.search(before) or _HOME_OF_COUNTED.search(before):
            return "location"
        if re.match(ADMIN_TYPES + r"[ \t]", text[a:b]) and not lexicon.GOVERNING_ORGAN_RE.match(text, a) \
                and _PLACE_OF_A_SITE.search(before) and not ACTS_AFTER.match(text[b:b + 40]):
            return "location"  # "tại Cung Văn hóa X, thành phố Y", "hy sinh tại xã A, huyện B": the site's place
        if PASSING_BEFORE.search(before) or TRADITION_OF.search(text, max(0, a - 160), a) \
                or re.search(rf"(?<!\w)đề nghị(?:[ \t]+(?:Trung ương|{CW})){{0,2}}[ \t]+$", before) and ASKED_TO.match(text[b:b + 30]) \
                or re.search(r"(?<!\w)(?:đề nghị|trình)[ \t]+(?:lên|với)[ \t]+$", before):  # "đề nghị lên Ban X"
            return "passing"
        if is_proposed(text, a):
            return "proposed"  # "đề nghị tặng Bằng khen cho Trường X": only proposed (GUIDELINE §4, §5)
        if _APPOSED_ROLE.search(before):
            return "qualifier"  # "Ban Thi đua, cơ quan Thường trực Hội đồng X": what the body before it is to another
        if re.search(r"\([^()\n]{0,40}(?<!\w)của[ \t]+$", before):
            return "qualifier"  # "Ban Thi đua (cơ quan thường trực của Hội đồng X)": whose organ the body is
        if SOURCE_BEFORE.search(before) or re.search(r"\(\s*$", before) and re.match(r"(?:Báo|Đài|Tạp chí)\s", text[a:b]):
            return "source"  # "Nguồn: Báo X", "Theo Đài Y", a byline "(Báo X)": the news source (GUIDELINE §4e)
        if re.match(r"(?:Báo|Tạp chí|Đài|Cổng)\s", text[a:b]) and re.match(r"[ \t]*:", text[b:b + 3]) \
                and re.search(r"(?:^|\n)[ \t]*$", before):
            return "source"  # "Báo X: 40 thầy thuốc được …": the outlet labelling its own headline
        if re.match(r"(?:Báo|Tạp chí|Đài|Cổng)\s", text[a:b]) and _TO_READERS.match(text, b):
            return "source"  # "Báo X điện tử gửi đến bạn đọc một số hình ảnh": the paper speaking to its readers
        if _MEDIA.match(text, a) and _CARRIED_ON.search(text, max(0, a - 80), a):
            return "source"  # "truyền hình trực tiếp trên Đài X", "đăng tải trên Báo Y và Đài Z": the medium, not a party
        if _MEDIA.match(text, a) and _masthead_or_byline(text, a, b):
            return "source"  # "Báo X điện tử" heading the page, "Nguyễn A - Báo X" signing it off
        if _INVITES_READERS.search(text, max(0, a - 120), a):
            return "source"  # "Mời quý độc giả theo dõi các chương trình của Đài X": the outlet's own footer
        if re.search(r"(?<!\w)(?:[Tt]in từ|[Nn]hư)[ \t]+$", before) and _NEWS_AFTER.match(text, b):
            return "source"  # "tin từ UBND tỉnh X cho biết", "Như Báo Y đã đưa tin": who told the news
        if _REPORTS_AFTER.match(text, b) and re.search(r"(?:^|[.!?\n]|:)[ \t]*$", before):
            return "source"  # "Văn phòng Chính phủ cho biết, ngày 5/1 …": who reports the news, not who takes part
        if LED_BEFORE.search(before) or ACHIEVED_IN.search(before):
            return "scope"  # "dẫn đầu phong trào thi đua Cụm …": the field the recipient led, not an actor
        if FEATURE_BEFORE.search(before) and re.match(ADMIN_TYPES + r"[ \t]", text[a:b]):
            return "location"  # "cứu người trên sông Ninh Cơ, huyện Hải Hậu": where the feature lies
        if AFFILIATION_BEFORE.search(before) or WORKPLACE_BEFORE.search(clause_before(text, a, 220)) or CLASS_BEFORE.search(before) \
                or PERSON_OF_BODY_BEFORE.search(before) or person_home_before(before):
            return "affiliation"
        if named_before and named_before.search(before) or _PERSON_THEN_COMMA().search(before) and re.match(ADMIN_TYPES + r"[ \t]", text[a:b]):
            return "affiliation"  # "cho các giáo viên: Nguyễn Thị A, Trường Tiểu học X; …": where a named person works
        if re.match(r"(?:huyện|xã|phường|thị trấn|thị xã|quận|thành phố|tỉnh|TP\.?)[ \t]", text[a:b]) and re.search(
                rf"(?:^|[;:\n]|(?<=\s))(?:{ADDRESSED_HEAD.pattern})[ \t]+[^,;:\n()]{{1,60}},[ \t]*$", text[max(0, a - 90):a]):
            return "affiliation"  # "Trường Mầm non A, huyện B": the school's address, written lowercase
        if re.search(r",[ \t]*$", before) and any(c.role == "affiliation" and 0 <= a - c.end <= 3 for c in cands) \
                and not ACTS_AFTER.match(text[b:b + 40]) and not RECEIVES_AFTER.match(text[b:b + 30]):
            return "affiliation"  # "thường trú tại thị trấn X, huyện Y, tỉnh Z": the address goes on
        if re.match(ADMIN_TYPES + r"[ \t]", text[a:b]) and (GROUP_OF.search(before) or any(
                not c.admin and c.end <= a and re.fullmatch(r"[ \t]+của[ \t]+", text[c.end:a]) for c in cands)):
            return "owner"  # "các doanh nghiệp của tỉnh X", "Công ty Y của tỉnh X": where they sit, not a participant
        if re.match(r"(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường|thị trấn|TP\.?)[ \t]", text[a:b]) \
                and re.search(r"(?<!\w)của[ \t]+$", before) \
                and not _OWNS_THE_EVENT.search(clause_before(text, a, 160)):
            return "owner"  # "sự phát triển của tỉnh X", "học sinh tiêu biểu của tỉnh X": whose it is, not who acts
        if re.search(r"(?:,|\svà)[ \t]*$", before) and any(
                c.role == "location" and 0 <= a - c.end <= 5 for c in cands) and not _ACTS_NEXT.match(text, b):
            # "tại TP Nam Định, huyện Nam Trực và huyện Trực Ninh": the list goes on (but "tại Trường X, Sở Giáo dục
            # và Đào tạo (GD&ĐT) tổ chức …": the body acts there)
            return "location"
        return "participant"

    def add(surface: str, a: int, b: int, admin: bool, role: str | None = None) -> None:
        if re.match(r"(?:Văn phòng|Ban Giám đốc|Lãnh đạo)[ \t]+(?:các|những)[ \t]", surface):
            return  # "Văn phòng các Sở: A, B": the offices of the bodies listed, which are read from the list
        hall = _HALL_OF.match(surface)
        if hall and ORG_HEAD_RE.match(surface, hall.end()):
            # "tại Hội trường Công ty X": the body whose hall it is, read as itself
            surface, a = surface[hall.end():], a + hall.end()
        if "\n" in text[a:b]:
            b = text.index("\n", a)
            surface = text[a:b]
        surface = clean_spaces(re.sub(r"\s*\(\s*[A-ZĐ][A-ZĐ&\-]+\s*\)", "", surface)).strip(" ,-–")
        if re.search(r"[ \t]+trực[ \t]+thuộc$", surface) and re.search(r"(?:các|những)[ \t]+$", text[max(0, a - 8):a]):
            return  # "các Chi hội Khuyến học trực thuộc": a body's unnamed member bodies
        surface = _JUNK_TAIL.sub("", surface)  # "Bộ Công an và", "… Việt Nam giai": a function word or a period opens
        surface = _AWARD_TAIL.sub("", surface)  # "trao tặng Bộ X danh hiệu Anh hùng": the award follows the recipient
        surface, b = _cut_person_tail(surface, text, a, b)
        if not surface or len(surface) < 3 or _PERSON_HONOUR.match(surface):
            return  # ("NSND Đặng Nhật Minh", "TSKH Tô Ngọc Thanh": a person after an honour or a degree)
        if re.search(r"[ \t]từ[ \t]+(?:tỉnh|huyện|thành phố|Trung ương|trung ương|TW)$", surface) \
                and re.match(r"[ \t]+(?:đến|tới)[ \t]", text[b:b + 8]):
            return  # "các cấp Hội từ tỉnh đến cơ sở": every level of a kind of body, none named
        if re.search(r"[ \t]+(?:trên[ \t]+)?cả[ \t]+nước$", surface):
            return  # "lực lượng Bộ đội Biên phòng cả nước": a kind of body across the country, none named
        cands.append(Candidate(surface, a, b, role or role_of(a, b), admin))
        taken.append((a, b))

    # 1. Emulation clusters and blocs.
    for m in _CLUSTER.finditer(text):
        a = m.start()
        if inside(masked, a, m.end()):
            continue
        rest = text[m.end():]
        # "Cụm thi đua số 1", "Khối thi đua 11", "khối thi đua ngân hàng II" ("số 8, Bộ Công an": a comma after the number)
        num = re.match(r"\s+(?:số\s+)?\d+(?![\d/%]|[.,]\d)", rest) or _ROMAN_NUMBERED.match(rest)
        if num:
            end = m.end() + num.end()
            # "Khối thi đua 1 - tỉnh Sóc Trăng": the place of the bloc, after a space or a dash
            q = re.match(r"(?:[ \t]+|[ \t]*[-–][ \t]*)" + ADMIN_TYPES + rf"[ \t]+{CW}(?:[ \t]+{CW}){{0,3}}", text[end:])
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

    # "Ngày 7/7, Khối cơ quan Nội chính tỉnh tổ chức hội nghị", "khối thi đua các doanh nghiệp ngoài nhà nước, gồm 20
    # thành viên đã tổ chức …": a bloc named by what it groups, as the subject of its own event
    for m in _BLOC_AS_SUBJECT.finditer(text):
        a, end = m.start("bloc"), m.end("bloc")
        if free(a, end) and not inside(masked, a, end):
            add(text[a:end], a, end, False)

    def distribute(surface: str, a: int, end: int) -> bool:
        """"Ban Tổ chức Tỉnh ủy các tỉnh A, B" -> "Ban Tổ chức Tỉnh ủy A", …; "UBND các huyện A, B" -> "UBND huyện A", …"""
        dist = DISTRIBUTE.match(text[end:end + 400])
        if not dist or dist.group("kind") in ("địa phương", "đơn vị"):
            return False
        names = list(re.finditer(DISTRIBUTED_NAME, dist.group("names")))
        if not any(gazetteer.is_any_place(nm.group(0)) for nm in names):
            return False  # "Ủy ban MTTQ các tỉnh Nam Sông Hậu", "Thanh tra các tỉnh Cụm thi đua số V": a region, no list
        # the type word is kept unless the head already carries the level ("Tỉnh ủy", "Huyện ủy")
        kind = "" if re.search(r"(?:ủy|uỷ)$", surface.strip()) or dist.group("mixed") else dist.group("kind") + " "
        for nm in names:
            s2 = end + dist.start("names") + nm.start()
            add(f"{clean_spaces(surface)} {kind}{nm.group(0)}", s2, s2 + len(nm.group(0)), False, role_of(a, end))
        taken.append((a, end + dist.end()))
        return True

    # 1b. "Huyện ủy, HĐND, UBND, Ủy ban MTTQ huyện X": bare heads share the qualifier written on the last one.
    for m in SHARED_QUALIFIER.finditer(text):
        if inside(masked, m.start(), m.end()):
            continue
        if re.search(rf"(?<!\w)(?:(?!Đại biểu){CW}|{HEAD_ALT}|của|thuộc)[ \t]+$", text[max(0, m.start() - 30):m.start()]):
            continue  # "Văn phòng HĐND và UBND huyện X" is one office; "các ban của Tỉnh ủy, …": an owner, not a list head
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        if not text[line_start:m.start()].strip() and not text[m.end():line_end if line_end >= 0 else len(text)].strip():
            continue  # a line that is only the list is a section label of the page, not an actor
        level, place = m.group("level"), m.group("place")
        # "các đồng chí trong Ban Thường vụ Huyện ủy, Thường trực HĐND, UBND, UBMTTQVN huyện": people of the bodies
        # (not "các đồng chí lãnh đạo UBND, …": the leaders stand for their body, as "lãnh đạo X" does everywhere)
        list_role = "members" if not re.match(r"[Ll]ãnh đạo|[Đđ]ại diện", m.group(0)) and (MEMBERS_OF.search(
            text, max(0, m.start() - 40), m.start()) or _ORGAN_BEFORE.search(text, max(0, m.start() - 20), m.start())) else None
        if list_role:
            last = BARE_HEAD_RE.search(text, m.end("bare"), m.end())
            if last and free(last.start(), m.end()):
                add(text[last.start():m.end()], last.start(), m.end(), False, list_role)
        for h in BARE_HEAD_RE.finditer(m.group("bare")):
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
            add(surface, a, b, False, list_role or (role_of(a - len(part.group(0)), b) if part else None))
        taken.append((m.start("bare"), m.end("bare")))  # "Thường trực HĐND" is HĐND's, not a body of its own

    # 2. Organisations.
    listed_groups: set[str] = set()
    for m in ORG_HEAD_RE.finditer(text):
        a = m.start()
        if not free(a, m.end()) or inside(masked, a, m.end()):
            continue
        head = m.group(0)
        end = extend_name(text, m.end(), m.end() + 200, head in _COMMA_IN_NAME_HEADS)
        if text[a:end].endswith(" Khối") and re.match(r"[ \t]+các[ \t]", text[end:end + 6]):
            end = _cluster_tail(text, end)  # "Đảng ủy Khối các cơ quan tỉnh": the bloc is described by its members
        inner = _CLUSTER.search(text, m.end(), end + 20) if head == "Hội đồng" else None
        if inner and inner.start() < end:
            end = len(text[:inner.start()].rstrip())  # the council's name stops where its cluster's begins
        council_of = _COUNCIL_OF_CLUSTER.match(text, end) if head == "Hội đồng" else None
        if council_of:  # "Hội đồng thi đua khen thưởng cụm 7 tỉnh biên giới phía Bắc": the council of a cluster
            end = max(council_of.end(), _cluster_tail(text, council_of.end(), described=True))
        if head in _NAMED_ONLY_HEADS and not re.match(rf"[ \t]+{UP}", text[m.end():m.end() + 3]):
            continue  # "lực lượng vũ trang", "khu dân cư": common nouns
        if end <= m.end() and distribute(text[a:end], a, end):
            continue  # "UBND các huyện A, B": the head alone, shared by the names after it
        if end <= m.end() and head not in COMPLETE_HEADS and not (
                head in _PARTY_COMMITTEES and ACTS_AFTER.match(text[end:end + 40])):
            continue
        surface = text[a:end]
        if any(surface.startswith(p) for p in person_names) or re.search(
                r"(?<!\w)(?:ông|bà|anh|chị|em|cô|thầy|đồng chí|Ông|Bà|Anh|Chị|Em|Cô|Thầy|Đồng chí)\s+$", text[max(0, a - 12):a]):
            continue  # "Đoàn Văn Việt": a surname that is also an organisation word
        if looks_like_person(text, a):
            continue  # "Đoàn Thị Liên" with no honorific: a person's name, not "Đoàn …"
        if _inside_person_name(text, a):
            continue  # "Nguyễn Trường Thắng", "Lê Hội An": a head word that is a person's middle or given name
        if _inside_place_name(text, a, head):
            continue  # "TP.Hải Phòng": a head word that ends the name of a place
        if _GRASSROOTS_OF_A_KIND.fullmatch(clean_spaces(surface)):
            continue  # "Công đoàn cơ sở", "Hội LHPN cơ sở": the grassroots level of a kind of body, none named
        if _BARE_STANDING_ORGAN.fullmatch(surface):
            continue  # "Thường trực Hội đồng", "nhận nhiệm vụ Thường trực Khối thi đua": a role, no body named
        if _COUNTED_PLACES_OF.fullmatch(surface):
            continue  # "Công an 7 tỉnh", "Ủy ban MTTQ Việt Nam 13 xã": bodies counted, none of them named
        if _ORGANISER_LABEL.match(surface):
            continue  # "Ban Tổ chức (hội nghị)", "Ban Giám khảo": the organising committee of this event, no body
        if re.search(r"(?<!\w)(?:các|những|\d+)[ \t]+$", text[max(0, a - 8):a]) and (
                not re.search(rf"[ \t]{UP}", surface[len(head):]) or re.search(r"[ \t](?:các|những)[ \t]", surface)):
            continue  # "lãnh đạo các Ngân hàng chụp ảnh", "các Ban Quản lý các KCN", "06 NHNN chi nhánh tỉnh": bodies of a kind, none named
        if _BARE_ORGAN.fullmatch(surface):
            continue  # "tập thể Ban Thường vụ", "Ban Chấp hành Công đoàn ngành": an organ of an unnamed body
        if head in ("Ban", "Hội", "Đoàn", "Phòng", "Báo", "Trường", "Bộ", "Sở", "Đài", "Công an", "Thường trực") \
                and not re.search(rf"\s{UP}|\s{ADMIN_LEVEL}", surface):
            continue  # "Ban" alone or "Hội đồng" generic words are not a named unit
        if head == "Hội đồng" and not re.search(r"[Tt]hi đua|TĐKT|nhân dân|quản trị", surface):
            continue
        if head in ("Đảng bộ", "Đảng ủy", "Ủy ban", "Uỷ ban", *_PARTY_COMMITTEES) and len(surface.split()) < 3 and not (
                head in _PARTY_COMMITTEES and ACTS_AFTER.match(text[end:end + 40])):
            continue  # a bare "Tỉnh ủy" is a unit only as the one acting ("Tỉnh ủy tổ chức …")
        if re.search(rf"(?<!\w)(?:\d+|{NUMBER_WORDS}|các)[ \t]+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường"
                     r"|thị trấn|đơn vị|địa phương)(?!\w)", surface[len(head):]) \
                and re.match(r"[^.;\n]{0,80}?(?:(?<!\w)(?:gồm|bao gồm|là)[ \t]*:?|:)[ \t]*[A-ZĐ]", text[end:end + 120]):
            listed_groups.add(core_name(surface))
            continue  # "Công an 6 tỉnh …, gồm: Công an tỉnh A, …": a counted group whose members are listed
        if PEOPLE_OF.match(surface):
            continue  # "Đảng bộ và Nhân dân huyện X": the unit is the place, found with the places below
        if GENERIC_OWNER_AFTER.match(text[end:end + 30]):
            continue  # "Ban Giám hiệu nhà trường", "Công đoàn cơ quan": the body of an unnamed unit
        if not distribute(surface, a, end):
            add(surface, a, end, False)

    for c in cands if listed_groups else ():
        if core_name(c.surface) in listed_groups:
            c.role = "group"  # the same counted group named again without its list

    # 2a. "Hội Chữ thập đỏ quận Gò Vấp, Bình Tân và Quận 12": the body of each place listed after the first
    for m in HEAD_THEN_PLACES.finditer(text):
        if inside(masked, m.start(), m.end()) or not same_kind_of_place(m.group("kind"), m.group("first")):
            continue
        items = list(re.finditer(LISTED_PLACE, m.group("rest")))
        if not all(same_kind_of_place(m.group("kind"), it.group(0)) for it in items):
            continue  # "UBND xã A, Ý Yên, Nam Định": the district and province of the first, not more communes
        head = clean_spaces(m.group("head"))
        for it in items:
            a = m.start("rest") + it.start()
            b = a + len(it.group(0))
            own = re.match(r"(?:[Qq]uận|[Hh]uyện|[Pp]hường)[ \t]", it.group(0))
            if free(a, b):
                add(f"{head} {it.group(0)}" if own else f"{head} {m.group('kind')} {it.group(0)}", a, b, False)

    # 2b. Member lists after a colon: "Khối thi đua số 1 gồm 9 đơn vị: Văn phòng X, CN NH Y, Quỹ Z, Đồng Nai".
    _add_member_list_units(text, masked, cands, taken, free, add, person_names)

    # 2c. "cụm 7 tỉnh biên giới phía Bắc (Cao Bằng, Lạng Sơn, …)": the members of a cluster in brackets, bare.
    for pa, pb in paren_spans(text):
        if _MEMBERS_BEFORE_BRACKETS.search(clause_before(text, pa, 80)) and not inside(masked, pa, pb):
            items = list(_PLACE_ITEM.finditer(text, pa, pb))
            rest = _PLACE_ITEM.sub("", re.sub(r"[ \t]*(?:,|và)[ \t]*", " ", text[pa + 1:pb - 1]))
            if len(items) >= 2 and not rest.strip() and all(gazetteer.is_place(m.group(0)) for m in items):
                for m in items:
                    if free(m.start(), m.end()):
                        add(m.group(0), m.start(), m.end(), True, "participant")

    # 3. Member lists with a shared type word, or bare names after "gồm".
    for m in LIST_INTRO.finditer(text):
        kind = m.group(1)
        if inside(masked, m.start(), m.end()) or people_list(text, m.start()):
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
    for m in SHARED_TYPE.finditer(text):
        if inside(masked, m.start(), m.end()):
            continue
        kind = m.group(1)
        shared_role = None  # the list shares the role of its first member ("tập trung ở các huyện A, B, C")
        for nm in re.finditer(SHARED_ITEM, m.group(2)):
            a = m.start(2) + nm.start()
            b = a + len(nm.group(0))
            own = re.match(ADMIN_TYPES + r"[ \t]+", nm.group(0))  # "các xã Thị trấn X, Y": an item with its own type
            if free(a, b) and (own or not re.match(ADMIN_TYPES + r"(?!\w)", nm.group(0))):
                shared_role = shared_role or role_of(a, b)
                surface = own.group(0).lower() + nm.group(0)[own.end():] if own else f"{kind} {nm.group(0)}"
                add(surface, a, b, True, shared_role if shared_role != "participant" else None)
        taken.append((m.start(), m.end()))  # the shared type word is not a unit of its own

    # 3a''. "các sở: Nội vụ, Tài chính, Tư pháp", "Sở Nội vụ, Tài chính và Tư pháp": one department per sector.
    for m in SECTOR_LIST.finditer(text):
        if inside(masked, m.start(), m.end()):
            continue
        head = "Bộ" if re.search(r"(?<!\w)[Bb]ộ(?!\w)", m.group("head")) else "Sở"
        names, pos = [], m.start("list")
        while True:  # capitalised sector names one after another, joined by commas or "và"
            sm = sector_spelling_re().match(text, pos)
            if not sm or not text[sm.start()].isupper():
                break
            names.append(sm)
            # (a remark in brackets may follow a name: "Lao động, Thương binh và Xã hội (Khối trưởng), Y tế")
            sep = re.match(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:,|và)[ \t]*", text[sm.end():])
            if not sep:
                break
            pos = sm.end() + sep.end()
        if len(names) < 2:
            continue
        for sm in names:
            if free(sm.start(), sm.end()):
                add(f"{head} {sm.group(0)}", sm.start(), sm.end(), False)

    # 3a. "bao gồm các Hội: Chữ thập đỏ, Luật gia, Người cao tuổi, …": a head written once, then the names it heads;
    # an item with a head of its own ("Hội Nhà báo", "Liên hiệp các Hội …") is taken by the general pass
    for m in _HEADED_LIST.finditer(text):
        if inside(masked, m.start(), m.end()):
            continue
        items = list(re.finditer(r"[^,;]+", m.group("list")))
        names = []
        for it in items:
            name = it.group(0).strip()
            name = re.sub(r"^và[ \t]+", "", name)
            if not name or not name[0].isupper():
                break
            names.append((name, m.start("list") + it.start() + it.group(0).find(name)))
        bare = [(n, a) for n, a in names if not ORG_HEAD_RE.match(n) and not re.match(r"Liên hiệp|Liên minh|Hiệp hội", n)]
        if len(bare) < 2:
            continue
        for name, a in bare:
            name = re.split(r"[ \t]+và[ \t]+(?=(?:Hội|Liên hiệp|Liên minh|Hiệp hội)[ \t])", name)[0]
            if free(a, a + len(name)):
                add(f"{m.group('head')} {name}", a, a + len(name), False)

    # 3a'. "Công an 5 thành phố: Hà Nội, Hải Phòng và Cần Thơ": one body per member listed.
    for m in COUNTED_BODIES.finditer(text):
        if inside(masked, m.start(), m.end()):
            continue
        head = clean_spaces(m.group("head"))
        head = head[0].upper() + head[1:]  # "thanh tra 5 tỉnh: Hưng Yên, …" -> "Thanh tra Hưng Yên"
        added = False
        for nm in re.finditer(COUNTED_ITEM, m.group("list")):
            a = m.start("list") + nm.start()
            b = a + len(nm.group(0))
            if free(a, b):
                add(f"{head} {nm.group(0)}", a, b, False, "participant")
                added = True
        if added:
            taken.append((m.start("head"), m.end("kind")))  # "Công an 5 thành phố" itself is no unit

    # 3a''. "Phòng PC01, PC02, PC09 và PK20": a head written once before a list of bare codes belongs to each code.
    for m in _CODED_LIST.finditer(text):
        if inside(masked, m.start(), m.end()):
            continue
        head = m.group("head")
        for code in re.finditer(_CODE, m.group("rest")):
            a = m.start("rest") + code.start()
            b = a + len(code.group(0))
            if free(a, b):
                add(f"{head} {code.group(0)}", a, b, False)

    # 3c. "gồm 5 sở TT&TT các thành phố trực thuộc Trung ương là TP A, TP B và TP C": one body per place listed.
    for m in BODY_OF_EACH.finditer(text):
        if inside(masked, m.start(), m.end()):
            continue
        head = m.group("head")[0].upper() + m.group("head")[1:]
        for nm in re.finditer(ADMIN_TYPES + rf"[ \t]+{CW}(?:[ \t]+{CW})*|{CW}(?:[ \t]+{CW})*", m.group("list")):
            a = m.start("list") + nm.start()
            b = a + len(nm.group(0))
            if free(a, b):
                add(f"{head} {m.group('name')} {nm.group(0)}", a, b, False, "participant")

    # 3d. "Nghệ An có thêm 2 tập thể được phong tặng …": a place counted as having recipients takes part.
    for m in PLACE_HAS_COUNT.finditer(text):
        a, b = m.start("place"), m.end("place")
        if free(a, b) and not inside(masked, a, b) and gazetteer.is_place(m.group("place")):
            add(m.group("place"), a, b, True, "participant")

    # 3e. "Kiến Xương tổ chức lễ …": a place named bare as the actor takes part, unless the passage names its
    # government without the name ("UBND tỉnh phát động …"), which the bare place stands for.
    unnamed_government = any(c.role == "participant" and _UNNAMED_GOVERNMENT.fullmatch(c.surface) for c in cands)
    for m in PLACE_ACTS.finditer(text) if not unnamed_government else ():
        places = list(_PLACE_ITEM.finditer(text, m.start("places"), m.end("places")))
        if not all(gazetteer.is_place(p.group(0)) for p in places):
            continue  # "Thanh Hà, Bình Giang trao …": every name in the list must be a place
        for p in places:
            if free(p.start(), p.end()) and not inside(masked, p.start(), p.end()):
                add(p.group(0), p.start(), p.end(), True, "participant")

    # 4. Administrative units written with their type word.
    parens = paren_spans(text)
    for m in re.finditer(r"(?<![\w])" + ADMIN_TYPES + r"\s", text):
        a = m.start()
        if not free(a, a + 1) or inside(masked, a, m.end()) or re.search(r"(?i)thông tấn[ \t]+$", text[max(0, a - 12):a]):
            continue  # ("Thông tấn xã Việt Nam" is the news agency)
        end = admin_at(text, a)
        if end <= m.end() - 1:
            continue
        before = text[max(0, a - 3):a]
        if _TYPES_THEN_ONE.search(text, max(0, a - 60), a):
            add(text[a:end], a, end, True, "group")  # "các huyện, thị xã và thành phố Huế": kinds of units, the city one of many
            continue
        if _REGION_OF_MANY.search(text, max(0, a - 8), a) and not re.match(r"[ \t]*(?:,|và)[ \t]*[A-ZĐ]", text[end:end + 6]):
            add(text[a:end], a, end, True, "group")  # "các tỉnh Tây Nguyên", "các tỉnh Đông Nam bộ": a region, not one unit
            continue
        rank = _rank(text[a:end])
        if re.search(r",\s*$", before) and not in_member_list(text, a) and any(
                c.end in range(a - 3, a + 1) and (c.admin and _rank(c.surface) > rank
                                                  or not c.admin and not re.search(ADMIN_TYPES + r"\s", c.surface)
                                                  or not c.admin and _inner_rank(c.surface) > rank)
                and not (not c.admin and re.match(r"(?:Sở|Bộ|Tỉnh ủy|Tỉnh đoàn)\s", c.surface) and rank > 1)
                for c in cands):
            add(text[a:end], a, end, True, "qualifier")  # ", huyện X" after a smaller unit, a school, a firm …
            continue
        if any(pa < a and end <= pb and re.match(r"\(\s*(?:thuộc\s+)?" + ADMIN_TYPES, text[pa:pb])
               and not _lists_members(CLUSTER_WORD.search(clause_before(text, pa, 40))) for pa, pb in parens):
            continue  # "(huyện Tuyên Hóa)": a qualifier in brackets; "cụm thi đua số 1 (huyện A, huyện B)": members
        add(text[a:end], a, end, True)

    _add_bare_places_sharing_a_type(text, cands, free, add)
    _add_bare_cluster_members(text, masked, free, add)
    share_place_over_mass_organisations(cands, text)
    for a, b in _related_headlines(text):
        for c in cands:
            if a <= c.start < b:
                c.role = "related"  # a link to another article, listed between paragraphs: nobody there takes part here
    return finalise(cands, text, sentences, recipients)


# a unit's code: capital letters then digits ("PC02", "PA06", "K20"), standing alone
_CODE = r"(?<!\w)[A-ZĐ]{1,4}\d{1,3}(?!\w)"
_CODED_LIST = re.compile(rf"(?<!\w)(?P<head>Phòng|Đội|Ban|Cục|Vụ|Trung tâm|Trung đoàn|Tiểu đoàn|Lữ đoàn|Sư đoàn|Đoàn|Hải đội)"
                         rf"[ \t]+{_CODE}(?P<rest>(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+){_CODE}(?:(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+){_CODE})*)")


# what a body that told the news did: "… cho biết", "… đã đưa tin"
_NEWS_AFTER = re.compile(r"[ \t,]*(?:đã[ \t]+|vừa[ \t]+)?(?:cho biết|đưa tin|thông tin|phản ánh)(?!\w)")


def _lists_members(intro: re.Match | None) -> bool:
    """Does a bracket after `intro` ("cụm thi đua số 1 (…)", "gồm (…)") list members? Not when a body is named
    between the intro and the bracket: "gồm Trường Mầm non X (huyện Y)" places that body."""
    if not intro:
        return False
    named = ORG_HEAD_RE.search(intro.group(0))
    return not named or bool(re.search(r"(?i)cụm|khối", intro.group(0)[named.start():]))


def _add_bare_places_sharing_a_type(text, cands, free, add) -> None:
    """"tỉnh Hải Dương (cụm trưởng) và Hưng Yên, Quảng Ninh": bare places of the same level listed after a typed
    one with "và" share its type word and its role. (A chain of commas alone is an address: "xã A, Nghi Xuân";
    two or more closed by "và" and a typed unit are a list.)"""
    for c in [c for c in cands if c.admin and c.role == "participant"]:
        kind = re.match(ADMIN_TYPES, c.surface)
        if not kind:
            continue
        kind = kind.group(0).lower().replace("tp", "thành phố").rstrip(".")
        pos, found, joined = c.end, [], False
        skip = re.match(r"[ \t]*\([^()\n]{0,60}\)", text[pos:])
        pos += skip.end() if skip else 0
        while True:
            m = re.match(rf"[ \t]*(,|và)[ \t]*({CW}(?:[ \t]+{CW}){{0,2}})", text[pos:pos + 60])
            if not m:
                break
            words = m.group(2).split()
            name = next((" ".join(words[:k]) for k in range(len(words), 0, -1)
                         if gazetteer.lookup(f"{kind} {' '.join(words[:k])}")[0]), None)
            if not name:
                break
            a = pos + m.start(2)
            found.append((a, a + len(name)))
            joined = joined or m.group(1) == "và"
            pos = a + len(name)
            skip = re.match(r"[ \t]*\([^()\n]{0,60}\)", text[pos:])
            pos += skip.end() if skip else 0
        # "huyện Vụ Bản, Ý Yên, Nam Trực và thành phố Nam Định": the list closes with "và" before a unit of its own type word;
        # "gồm: tỉnh Hà Nam, Ninh Bình, Thái Bình": a member list needs no "và"
        joined = joined or len(found) >= 2 and bool(re.match(rf"[ \t]*,?[ \t]*và[ \t]+{ADMIN_TYPES}[ \t]", text[pos:pos + 30])
                                                     or re.search(r"(?:gồm|gồm có)[ \t]*:?[ \t]*$", text[max(0, c.start - 12):c.start]))
        for a, b in found if joined else ():
            if free(a, b):
                add(f"{kind} {text[a:b]}", a, b, True, c.role)


_CLUSTER_OR_BLOC = re.compile(r"(?i)(?<!\w)(?:cụm|khối)(?!\w)")
_BARE_PLACE_RUN = re.compile(rf"(?<![\w.]){CW}(?:[ \t]+{CW}){{0,2}}")
_TYPED_OR_NAMED_BEFORE = re.compile(rf"(?:(?<!\w){ADMIN_TYPES}|{CW})[ \t]*$")
_MIN_BARE_MEMBERS = 3


def _add_bare_cluster_members(text, masked, free, add) -> None:
    """A cluster's report names its member districts bare, in figures and rankings ("Ý Yên (65 tạ/ha), Nghĩa Hưng
    (62 tạ/ha)", "tại Hải Hậu"). In a passage about a cluster or bloc, three or more bare names that are
    districts of one province are its members. (Without a cluster, such names are mostly people's home districts.)"""
    if not _CLUSTER_OR_BLOC.search(text):
        return
    by_province: dict[str, set[str]] = {}
    spans: list[tuple[int, int, frozenset[str]]] = []
    for m in _BARE_PLACE_RUN.finditer(text):
        if _TYPED_OR_NAMED_BEFORE.search(text, max(0, m.start() - 12), m.start()) or inside(masked, m.start(), m.end()):
            continue  # "huyện Hải Hậu" is found typed; "Trường THCS Hải Hậu" is a school
        words = m.group(0).split()
        for k in range(len(words), 0, -1):  # the longest district name the run opens with
            name = " ".join(words[:k])
            provinces = gazetteer.provinces_with_district(name)
            if provinces:
                spans.append((m.start(), m.start() + len(name), provinces))
                for province in provinces:
                    by_province.setdefault(province, set()).add(name)
                break
    if not by_province:
        return
    province = max(sorted(by_province), key=lambda p: len(by_province[p]))
    if len(by_province[province]) < _MIN_BARE_MEMBERS:
        return
    for a, b, provinces in spans:
        if province in provinces and free(a, b):
            add(text[a:b], a, b, True, "participant")


def _add_member_list_units(text, masked, cands, taken, free, add, person_names=()) -> None:
    """Each capitalised item of a member list is a member unit, even with a head the lexicon lacks ("CN NH X",
    "Quỹ Y") or as a bare province name; an organisation found inside an item gives way to the whole item."""
    # separators inside a sector's name or inside brackets ("Công ty X (Tập đoàn Y, Bộ Z)") do not split members
    intros = list(MEMBER_INTRO.finditer(text))
    protected = [(m.start(), m.end()) for m in sector_spelling_re().finditer(text)] + paren_spans(text) if intros else []
    for intro in intros:
        if inside(masked, intro.start(), intro.end()) or people_list(text, intro.start()) \
                or re.search(r"(?<!\w)lĩnh vực(?!\w)", intro.group(0)):
            continue  # ("9 doanh nghiệp bao gồm các lĩnh vực: Viễn thông, Bưu điện, Điện lực": sectors, no bodies)
        items = member_list_items(text, intro.end(), protected)
        for c in [c for c in cands if sum(1 for a, b in items if c.start < b and a < c.end) > 1]:
            cands.remove(c)  # "Thanh tra và Công an tỉnh X" read as one name: two members
            taken.remove((c.start, c.end))
        for a, b in items:
            name = text[a:b]
            words = name.split()
            sector = sector_spelling_re().fullmatch(name)  # "gồm: Y tế, Văn hóa, Thể thao và Du lịch": departments
            person = looks_like_person(text, a) or name.startswith(tuple(person_names)) or not sector and person_like(
                words[:4]) and all(w[:1].isupper() for w in words[:4]) and not ORG_HEAD_RE.match(name)
            if re.match(ADMIN_TYPES + r"[ \t]", name) or person or len(words) > 14:
                continue  # typed places are found with the places below; people are no units
            place = gazetteer.is_place(name)
            if not (place or sector or len(words) >= 2 and (ORG_HEAD_RE.match(name) or name.startswith(EXTRA_MEMBER_HEADS)
                                                             or re.fullmatch(r"[A-ZĐ]{2,}", words[0]))):
                continue
            inner = [c for c in cands if a <= c.start and c.end <= b]
            if not free(a, b) and (len(inner) != sum(1 for x, y in taken if x < b and a < y) or any(
                    c.start == a and c.end == b for c in inner)):
                continue  # already found whole, or part of a longer name
            for c in inner:
                cands.remove(c)
                taken.remove((c.start, c.end))
            add(name, a, b, place)


# A short line without final punctuation is a caption, a label or a link to another article. Links come in runs
# ("Tin liên quan"), each a headline about some other matter; a caption or label speaks of this event.
_BARE_LINE = re.compile(r"^[ \t]*(\S[^\n]{10,200}?)[ \t]*$", re.M)
_OF_THIS_EVENT = re.compile(r"(?i)thi đua|khen|huân chương|huy chương|bằng|giấy khen|(?<!\w)cờ(?!\w)|danh hiệu|giao ước|hội nghị"
                            r"|đại hội|(?<!\w)lễ(?!\w)|tuyên dương|biểu dương|vinh danh|điển hình|anh hùng|đại biểu|quang cảnh|toàn cảnh")


def _related_headlines(text: str) -> list[tuple[int, int]]:
    """Spans of lines that read as links to other articles: two or more short unpunctuated lines in a row after the
    headline, of which these say nothing of a commendation event."""
    first = re.search(r"\S", text)
    runs, run = [], []
    for m in _BARE_LINE.finditer(text):
        bare = len(m.group(1).split()) <= 25 and not re.search(r"[.!?:;…”\"')]$", m.group(1)) \
            and not (first and m.start(1) <= first.start()) \
            and not ITEM_LINE.match(m.group(1))  # "1. Công ty A", "- Sở B": items of a list the passage gives
        if run and text[run[-1].end():m.start()].strip():
            runs.append(run)  # something else stands between: the run has ended
            run = []
        if bare:
            run.append(m)
        elif run:
            runs.append(run)
            run = []
    runs.append(run)
    return [(r.start(1), r.end(1)) for run in runs if len(run) >= 2 for r in run if not _OF_THIS_EVENT.search(r.group(1))]


def _inside_person_name(text: str, a: int) -> bool:
    """Is the head word at `a` part of a person's name, written after the capitalised words of the name that open
    with a surname ("Nguyễn Trường Thắng", "Trần Văn Phòng")? The head and the words after it complete the name."""
    before = re.search(rf"(?<![\w,])((?:{CW}[ \t]+){{1,2}})$", text[max(0, a - 30):a])
    if not before:
        return False
    words = before.group(1).split()
    if words[0] not in lexicon.surnames() or any(ORG_HEAD_RE.fullmatch(w) or re.fullmatch(ADMIN_TYPES, w) for w in words):
        return False
    start = a - len(before.group(1))
    if re.search(rf"{CW}[ \t]+$", text[max(0, start - 30):start]):
        return False  # "Sở Y tế Nam Định Trường …": the words before belong to something longer
    run = re.match(rf"{CW}(?:[ \t]+{CW}){{1,3}}", text[start:])
    name = run.group(0).split()[:4] if run else []
    return len(name) >= 3 and person_like(name)


_GRASSROOTS_OF_A_KIND = re.compile(r"(?:Công đoàn|Hội(?: [A-ZĐ]\S*| [a-zà-ỹđ]+){0,3}|Đoàn(?: [Tt]hanh niên)?|Chi đoàn|Đảng bộ|Chi bộ"
                                   r"|Mặt trận|Ủy ban MTTQ(?: Việt Nam)?) cơ sở")
_BARE_STANDING_ORGAN = re.compile(r"Thường trực[ \t]+(?:Hội đồng|Ban|Khối|Cụm)(?:[ \t]+thi(?:[ \t]+đua)?)?")
_COUNTED_PLACES_OF = re.compile(r".+?[ \t]\d{1,3}[ \t]+(?:tỉnh|huyện|xã|thành phố|quận|phường|thị xã|thị trấn|đơn vị)")


def _inside_place_name(text: str, a: int, head: str) -> bool:
    """Is the head word at `a` the last word of a place's name ("Hải Phòng", whose "Phòng" is also an office)?"""
    before = re.search(rf"(?<!\w)({CW})[ \t]+$", text[max(0, a - 20):a])
    return bool(before) and " " not in head and gazetteer.is_place(f"{before.group(1)} {head}")


def _ends_title_body(before: str, head: re.Pattern) -> bool:
    """Does `before` end in a title head and a body's name the lexicon does not know, written without a comma
    ("Giám đốc Quỹ Bảo vệ và Phát triển rừng ")? Its lowercase words are name words, never verbs or particles."""
    m = None
    for m in head.finditer(before):
        pass
    if not m:
        return False
    words = before[m.end():].split()
    if not words or len(words) > 8 or not words[0][:1].isupper() or re.search(r"[,;.:()]", before[m.end():]):
        return False
    return all(w[:1].isupper() or w not in ORG_STOP and not PREDICATE.match(w)
               or w == "và" and k + 1 < len(words) and words[k + 1][:1].isupper() for k, w in enumerate(words))


def _in_legal_basis(text: str, a: int) -> bool:
    """Is `a` inside a legal-basis line, one that opens with "Căn cứ" and ends with ";" (a decision's preamble)?"""
    start = max(text.rfind(c, 0, a) for c in ".;\n") + 1
    if not re.match(r"[ \t]*(?:-[ \t]*)?[Cc]ăn cứ(?!\w)", text[start:a]):
        return False
    end = re.compile(r"[.;\n]").search(text, a)
    return bool(end) and text[end.start()] == ";"


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


# what a bloc's own name opens with after "Khối/Cụm thi đua": a capitalised word ("Văn hóa - Xã hội", "MTTQ"),
# a count of members ("7 tỉnh …"), "cụm số", or a lowercase sector ("kinh tế", "văn hóa - xã hội"); any other
# lowercase word (a verb, a time phrase, a typo) means the bloc is only referred back to
_NAME_OPENS = re.compile(rf"[ \t]+(?:{UP}|\d|(?:cụm|khối)[ \t]+số(?!\w)|(?:{NAME_WORDS.pattern})|(?:{sector_spelling_re().pattern}))")


# kinds of members a bloc's name may go on with after "và": "Khối thi đua MTTQ và các tổ chức chính trị - xã hội tỉnh"
_MEMBER_KINDS = r"(?:tổ chức|cơ quan|đoàn thể|hội|sở|ban|ngành|doanh nghiệp)(?!\w)"
_AND_STOP = rf"|và(?![ \t]+[A-ZĐ]|[ \t]+các[ \t]+{_MEMBER_KINDS})"


# a bare level word ending a bloc's name ("… Nội chính tỉnh") followed by lowercase words that are no part of a
# region ("khu vực", "phía bắc", "đóng trên địa bàn", "biên giới") is where the sentence's own words begin
_LEVEL_THEN_CLAUSE = re.compile(rf"\s((?:tỉnh|thành phố|huyện|quận|thị xã))[ \t]+(?!(?:khu vực|phía|miền|vùng|đóng|trên|"
                                rf"biên giới|ven biển|đồng bằng|duyên hải|miền núi|trung du|và|các)(?!\w)){LO}")


def _cluster_tail(text: str, pos: int, described: bool = False) -> int:
    """End of a cluster's descriptive name: "… các đơn vị sự nghiệp thuộc Sở Văn hóa, Thể thao và Du lịch"."""
    # (after "các" a stop word is a noun: "các tổ chức chính trị - xã hội")
    stop = re.compile(rf"(?<!các)\s(?:tổ chức|đã|vừa|gồm|bao gồm|năm|ngày|được|sẽ|diễn ra|ký|họp|tiến hành|tổng kết|sơ kết|phát động|triển khai|đón nhận|trao|nhận|làm|thực hiện|hoàn thành|dẫn đầu|đạt|với|tại|có{_AND_STOP}|của|trong|do|để|nhằm|là"
                      r"|long trọng|trang trọng|chính thức|nói riêng|nói chung|quyết tâm|thống nhất|phấn đấu|tiếp tục|cùng|lần thứ|nhiệm kỳ"
                      # what its head does next: "Trưởng Khối thi đua phát biểu"
                      r"|phát biểu|báo cáo|trình bày|chủ trì|nhấn mạnh|cho biết|khẳng định|đề nghị|yêu cầu|chúc mừng|ban hành|thông qua)(?!\w)"
                      r"|[.;:()\n“”\"]"
                      r"|\s" + PREDICATE.pattern)
    if re.match(r"[ \t]+các[ \t]", text[pos:pos + 6]):
        return _described_members_tail(text, pos, stop)
    if not described and not _NAME_OPENS.match(text, pos):
        return pos  # "Khối thi đua không ngừng …", "Cụm thi đua thời gian qua": the bloc named before, referred back to
    m = stop.search(text, pos, pos + 200)
    while m and _ABBREVIATION_IN_BRACKETS.match(text, m.start()):
        m = stop.search(text, _ABBREVIATION_IN_BRACKETS.match(text, m.start()).end(), pos + 200)  # "khu kinh tế (KKT)"
    end = m.start() if m else min(len(text), pos + 200)
    seg = text[pos:end]
    # a comma ends the tail unless it sits inside "Văn hóa, Thể thao và Du lịch" or between coordinated
    # abbreviations ("Ban Quản lý KCN, KKT", "khu công nghiệp (KCN), khu kinh tế (KKT)")
    # (nor when the comma opens another organisation: "Thay mặt Khối Thi đua, Sở Giáo dục và Đào tạo")
    cm = next((c for c in re.finditer(r",[ \t]*", seg) if (not re.match(r"\s*[A-ZĐ][^,]{0,30}\svà\s", seg[c.end():])
               or ORG_HEAD_RE.match(text, pos + c.end())) and not _coordinated_abbreviations(text, pos + c.start(), pos + c.end())),
              None)
    if cm:
        end = pos + cm.start()
    lvl = _LEVEL_THEN_CLAUSE.search(text, pos, end)
    if lvl:
        end = lvl.end(1)  # "Khối thi đua Nội chính tỉnh bám sát chức năng …": the bloc ends with its bare level
    while end > pos and not text[end - 1].isalnum():
        end -= 1
    if not re.search(r"\w", text[pos:end]):
        return pos
    return end


_ABBREVIATION_IN_BRACKETS = re.compile(r"\([ \t]*[A-ZĐ][A-ZĐ&\-]+[ \t]*\)")
# an abbreviation ending a name part, and the next part after the comma: another abbreviation that opens no body of
# its own ("KCN, KKT"), or lowercase words spelled out with their own abbreviation ("khu kinh tế (KKT)")
_ABBREVIATION_END = re.compile(r"(?:(?<![\w])[A-ZĐ]{2,}|\([ \t]*[A-ZĐ][A-ZĐ&\-]+[ \t]*\))$")
_NEXT_ABBREVIATED = re.compile(rf"[A-ZĐ]{{2,}}(?!\w)|{LO}+(?:[ \t]+{LO}+){{0,3}}[ \t]*\([ \t]*[A-ZĐ][A-ZĐ&\-]+[ \t]*\)")


def _coordinated_abbreviations(text: str, comma: int, nxt: int) -> bool:
    """Is the comma at `comma` one between parts of a name written as abbreviations: "Ban Quản lý KCN, KCX, KKT"?"""
    return bool(_ABBREVIATION_END.search(text[max(0, comma - 12):comma].rstrip())) and bool(
        _NEXT_ABBREVIATED.match(text, nxt)) and not ORG_HEAD_RE.match(text, nxt)


def _described_members_tail(text: str, pos: int, stop: re.Pattern) -> int:
    """"Khối thi đua các cơ quan Đảng, Mặt trận và đoàn thể tỉnh", "Khối các sở, ngành kinh tế": members
    described by kind run on over commas and "và" until a verb, or until a comma or "và" opens a named unit or a title."""
    no_and = re.compile(stop.pattern.replace(_AND_STOP, ""))
    m = no_and.search(text, pos, pos + 200)
    end = m.start() if m else min(len(text), pos + 200)
    for cm in re.finditer(r",[ \t]*|[ \t]+và[ \t]+(?=[A-ZĐ])", text[pos:end]):
        nxt = pos + cm.end()
        if ORG_HEAD_RE.match(text, nxt) or re.match(ADMIN_TYPES + r"[ \t]+[A-ZĐ]", text[nxt:]) \
                or lexicon.title_head_re().match(text, nxt) or re.match(r"(?:\d|năm|ngày|đồng chí|ông|bà)(?!\w)", text[nxt:]):
            end = pos + cm.start()
            break
    while end > pos and not text[end - 1].isalnum():
        end -= 1
    return end if re.search(r"\w", text[pos:end]) else pos


