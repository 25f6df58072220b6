"""Awards: one record per (form, recipient) for conferrals stated as made.

Per sentence (numbered or bulleted lists split over lines are joined back into
one): find award forms; skip proposals and registrations, and the forms listed
after a proposal; recipients come from "FORM … cho R1; R2 và R3", "FORM … là R1,
R2", "FORM (của X) gồm: 1.A; 2.B", "trao FORM tặng R", or the subject before
"(cũng) được (X) tặng / nhận / đón nhận FORM" (a person's name, a counted subject
names no one). The conferrer comes from "FORM của X", "FORM Chính phủ", "X tặng
FORM", "được X tặng", "FORM do X trao tặng", a sentence/article-level "thừa ủy
quyền (của) X" or "thay mặt Đảng, Nhà nước", or "X (vừa) ký Quyết định"; "B cũng
được tặng …" keeps the authority of the conferral before it. The host of a
"tổ chức lễ đón nhận" is dropped when the passage names who received that form;
those attending a "Lễ (kỷ niệm …) đón nhận FORM" receive nothing, its owner does.
A later "4 tập thể này gồm:", "Đó là:", "Trong đó, tập thể gồm: …; cá nhân gồm: …"
or "FORM (của X): A; B" line names the recipients of a counted conferral before it.
Recipient names run on where orgnames.extend_name stops (a dotted "TP. X", a trailing number,
lowercase name words); a conferrer is an office, never its holder's name.
A period is a plausible year in a clause about achievements, never a term, a
conferral date ("Năm 2015, …", "vào năm 2010") or digits in a file name; the
article-level period holds only from its sentence on, for the family it names.
Also: bodies a count names in brackets ("cho 02 tập thể (A, B và C)"); heroic mothers, not the relatives who
receive for them ("cho thân nhân mẹ A", "cho các mẹ: B, C"); abbreviated forms as written ("NSƯT", "HCLĐ hạng Ba",
taxonomy from the expansion) unless they address a person ("NSND Lê Thị A"); "X là 1/16 tập thể … nhận FORM";
"Được X tặng FORM, R tổ chức lễ đón nhận"; a decision written out ("THỦ TƯỚNG CHÍNH PHỦ … QUYẾT ĐỊNH: Điều 1. …
cho | 1. Ông A …; | 2. …") with its signing office as written.
Round 4: a counted subject or ceremony with its list later ("có 4 cá nhân được X phong tặng FORM theo Quyết định …,
gồm các nghệ nhân A, B", "… cho 3 Mẹ. | Các Mẹ gồm: Mẹ A, …; Mẹ B …", "Tập thể được tặng FORM là A và B"); a passage-level
"thừa ủy quyền / thay mặt" authority only for the award families its own sentence names; a deputy presenting confers
nothing; the year of a launch, a compact or a cluster's term is no period, nor a summing-up's year for an order;
"Đây là những đơn vị đã … năm 2020" after a list gives its period; "được xét tặng" is made, "xét tặng" proposed.
Round 5: "Danh hiệu vinh dự Nhà nước cho (N) Mẹ Việt Nam anh hùng (gồm: Mẹ A, trú ở …; Mẹ B … và Mẹ C)" names the title by
its recipients; "huyện X hiện có N mẹ được phong tặng" is a count; "A đón nhận FORM1 của X trao tặng và đón nhận FORM2
của Y" (A receives both); "Tặng FORM đối với A"; "đề nghị A tặng … cho B và C tặng … cho D" proposes both.
Round 6: a lowercase rank opens each person of a list ("…; trung úy A, cán bộ Đội B, Công an C"), whose organisations
describe that person; an order's name runs to its grade ("Huân chương Tự do hạng Nhì"); "cho T1 A, T2, T3 B và T4 C";
"cho bốn vận động viên A, B"; "Đội tuyển A và đội tuyển B được …"; "Các cá nhân / Cá nhân gồm: Ông A, T. | Bà B, T." after
"cho N tập thể, cá nhân gồm: …"; a counted form list ("được phong tặng “T”; 1 FORM1, 4 FORM2"); "Thành tích đó … : năm
2002 được tặng FORM; …" (the achiever of the sentence before) and "Năm 2022, anh được …" (the one person named before);
a joint delegation "Chủ tịch nước và Thủ tướng Chính phủ" shared out by form and the fuller foreign authority kept;
attendee lists, counted groups of a place and a host whose ceremony is for an unnamed group receive nothing.
Round 7: the year a meeting or congress reviews is a period only where the conferral's sentence says it again; dates
and cluster terms are no article period; "FORM được trao tặng Đại tướng A, T; B, T" and "Các Thứ trưởng gồm A, B cũng
được nhận phần thưởng này"; a rank shared by a list ("Thượng tướng A, B và C"); parent bodies after an item ("…; Viện A,
Tập đoàn B, Bộ C; …", "A thuộc B") and a body's leaders ("lãnh đạo Bộ X") receive nothing; "Công an tỉnh A, B, C" is one
recipient per place; a person after the body in a title ("cá nhân Hiệu trưởng Trường X Lê Văn A"); "thừa ủy nhiệm";
"X tặng FORM1 cho A, trao FORM2 cho B" (X confers both); a bare "Thủ tướng" is the "Thủ tướng Chính phủ" written;
a headline "R: Đón nhận FORM".
Round 8: an authority after a passive "được" is a short noun phrase ("Đảng, Nhà nước" whole, also after "thừa ủy nhiệm",
and past a ";" before a short presenter); the office in a deputy's title and an adverb ("còn", "cũng") confer nothing;
a school's level in lowercase stays in its name; abbreviated and full names of one body are one record; a counted head
with bare places after "gồm:" ("8 Sở GD&ĐT … gồm: A, B") and one head over unit codes ("Phòng PC01, PC02"); "N tập
thể là A, B (và N cá nhân) nhận"; "A là 1 trong 8 Sở X"; grades after one order go to the recipients in turn; past
awards listed after "Những đóng góp của A đã được X ghi nhận …:"; "kình ngư A và B được …".
"""

from .find import find_awards

__all__ = ["find_awards"]
