"""Units: organisations and administrative units taking part in the event.

Candidates come from three shapes of text — emulation clusters ("Cụm thi đua
số 1"), organisations ("UBND huyện X", "Ban Tổ chức Huyện ủy") and
administrative units ("huyện X", "thị trấn Y") — plus member lists with a
shared head ("các huyện A và B", "Ban Tổ chức Tỉnh ủy các tỉnh A, B").
Each candidate gets a role; only participants are kept (GUIDELINE §4 leaves
out conferrers, units inside a title, qualifiers in brackets, venues).
"""

from .find import find_units
from .recipients import add_recipient_units

__all__ = ["add_recipient_units", "find_units"]
