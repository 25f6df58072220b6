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
Beyond these core shapes the package reads many written variants, grouped by concern:
- recipients (recipients.py, subjects.py, names.py): counted conferrals whose names follow ("cho 02 tập thể (A, B
  và C)", "4 tập thể là A, B … nhận", "Các cá nhân gồm: Ông A, T.", "8 Sở X … gồm: A, B" → one body per place, "Phòng
  PC01, PC02" → one per code); people in lists with ranks or titles before or after each name ("trung úy A, cán
  bộ Đội B", "cho T1 A, T2, T3 B", "Các Thứ trưởng gồm Thượng tướng A, B"); heroic mothers, not the relatives who
  receive for them; the subject of a passive or fronted clause ("FORM được trao tặng A, T; B, T", "Được X tặng
  FORM, R tổ chức lễ đón nhận", "X là 1/16 tập thể … nhận FORM"); past awards listed after a colon for the body
  credited; nothing for attendee lists, counted groups of a place, a body's leaders, parents after an item, or
  a host whose ceremony is for an unnamed group;
- conferrers (conferrers.py, fullest.py): "của X", "X tặng", "được X tặng", "thừa ủy quyền/ủy nhiệm (của) X",
  "thay mặt Đảng, Nhà nước", the signer of a decision written out, a joint delegation shared out by form, the
  fullest form the passage writes; never the holder's name, a deputy's office or an adverb;
- periods (periods.py): the year a conferral's own clause states; a meeting's reviewed year only where that
  sentence says it again; never a term, a launch, a cluster's term, a date or a conferral year;
- forms (forms.py): orders with their grade ("hạng Nhì", "hạng II", "hạng 2" are one grade), quoted titles of
  flags, abbreviations as written with the taxonomy from their expansion.
tests/pipeline/test_awards.py has sentences of our own for each shape.
"""

from .find import find_awards

__all__ = ["find_awards"]
