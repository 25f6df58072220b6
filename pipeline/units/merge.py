"""From mentions to units: one unit per name (its fullest written form), with kind, canonical name and
successor; shorter names of the same body dropped."""

from __future__ import annotations

import re
from dataclasses import dataclass

from thidua.models import Unit

from .. import gazetteer, lexicon
from ..orgnames import ADMIN_TYPES, CW, ORG_HEAD_RE, ends_in_place, is_cap, person_like
from ..textutil import Sentence, sentence_at


@dataclass
class Candidate:
    surface: str
    start: int
    end: int
    role: str  # participant | conferrer | title | location
    admin: bool = False


def core_name(s: str) -> str:
    x = gazetteer.tone_norm(s.lower())
    x = re.sub(r"\s+", " ", x).strip()
    x = re.sub(r"(?<=\S )tp\.? ?(?=\w)", "thành phố ", x)  # "Công an TP Hà Nội" = "Công an thành phố Hà Nội"
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
    x = re.sub(r"^(cụm|khối) \1 ", r"\1 ", x)  # "Cụm thi đua cụm số VII" = "cụm thi đua số VII"
    x = re.sub(r"^(cụm|khối) số (?=[\divx]+(?!\w))", r"\1 ", x)  # "Khối thi đua số 6" = "Khối thi đua 6"
    for abbr, full in [*lexicon.unit_abbreviations().items(), ("uỷ", "ủy")]:
        x = re.sub(rf"(?<!\w){abbr}(?!\w)", full, x)
    # "Hội đồng thi đua, khen thưởng huyện" = "Hội đồng - Thi đua khen thưởng huyện" = "… thi đua khen thưởng …":
    # a dash or comma between the words of one name is spelling, not part of it
    x = re.sub(r"(?<=thi đua)[ \t]*[-–,]?[ \t]*(?=khen thưởng)", " ", x)
    # "Công an tỉnh BR-VT" = "Công an tỉnh Bà Rịa - Vũng Tàu": a province written as its initials
    x = re.sub(r"(?<=tỉnh )([a-zđ]{2,4}(?:-[a-zđ]{1,3})?)(?![\w-])",
               lambda m: (gazetteer.province_of_initials(m.group(1)) or m.group(1)).lower(), x)
    if re.fullmatch(r"[a-zđ]{2,4}-[a-zđ]{1,3}", x):  # "tỉnh BR-VT" written alone (its type word stripped above)
        x = (gazetteer.province_of_initials(x) or x).lower()
    x = gazetteer.tone_norm(re.sub(r"[ \t]*[-–,][ \t]*", " ", x))  # (an expansion may bring old tone marks)
    x = re.sub(r"(?<![\d.,])0+(?=\d)", "", x)  # "Cụm thi đua số 01" = "Cụm thi đua số 1"
    # "Viện Kiểm sát tỉnh" = "Viện Kiểm sát nhân dân tỉnh", "Tòa án huyện X" = "Tòa án nhân dân huyện X": the people's
    # procuracy and court are often written without "nhân dân"
    x = re.sub(r"^(viện kiểm sát|t[òo][àa] án) nhân dân(?= )", r"\1", x)
    # "Thành ủy thành phố X" = "Thành ủy X": the committee's name already carries its level
    return re.sub(r"^((?:tỉnh|thành|huyện) ủy) (?:tỉnh|thành phố|huyện|quận|thị xã) ", r"\1 ", x)


def person_tail(surface: str) -> str | None:
    """The person's name written on after an organisation whose name is already complete ("Hội Nông dân Việt Nam
    Lương Quốc Đoàn", "… tỉnh Quảng Ninh Nguyễn Văn A"), or None ("Trường THCS Nguyễn Văn Trỗi" is named after one)."""
    words = surface.split()
    for k in (4, 3):
        tail = words[-k:]
        head = " ".join(words[:-k])
        complete = re.search(r"(?:Việt Nam|Trung ương)$", head) or ends_in_place(head) and re.search(
            ADMIN_TYPES + r"[ \t]+\S+(?:[ \t]+\S+)*$", head)
        if len(words) >= k + 2 and complete and all(is_cap(w) for w in tail) and person_like(tail) \
                and not ORG_HEAD_RE.match(tail[0]):
            return " ".join(tail)
    return None


def finalise(cands: list[Candidate], text: str, sentences: list[Sentence], recipients: tuple[str, ...] = ()) -> list[Unit]:
    groups: dict[str, list[Candidate]] = {}
    order: list[str] = []
    for c in cands:
        k = core_name(c.surface)
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
        # (lengths compared without the spacing around dashes and commas, so "Dệt- May" does not beat the "Dệt May"
        # written more often)
        # (and between equal lengths, a form written where the unit takes part: "Hội đồng Thi đua - Khen thưởng X tổ
        # chức …" before "Chủ tịch Hội đồng Thi đua Khen thưởng X" written twice in titles)
        surfaces = [c.surface for c in group]
        acting = {c.surface for c in group if c.role == "participant"}
        best_surface = max(surfaces, key=lambda x: (len(re.sub(r"[ \t]*([-–,])[ \t]*", r"\1", x)), x in acting,
                                                    surfaces.count(x), x[:1].islower() or x[:2].isupper()))
        canonical = kind = successor = None
        if any(c.admin for c in group):
            canonical, kind, successor = gazetteer.lookup(best_surface, hint)
        elif re.match(r"Cụm|Khối|cụm|khối", best_surface):
            kind = "cụm thi đua" if best_surface.lower().startswith("cụm") else "khối thi đua"
        else:
            kind = org_kind(best_surface)
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
    return _drop_contained(_drop_described_clusters(units, text), {core_name(PEOPLE_OF.sub("", r).strip()) for r in recipients})


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


def org_kind(surface: str) -> str | None:
    m = ORG_HEAD_RE.match(surface)
    return m.group(0) if m else None


_GOVERNMENT = re.compile(r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân)\s+")


def shortened(short: str, long_: str) -> bool:
    """"Hợp tác xã Hải Xuân" for "Hợp tác xã nông nghiệp Hải Xuân": the same head and proper name, words left out."""
    a, b = short.split(), long_.split()
    if len(a) < 3 or len(a) >= len(b) or a[-1] != b[-1] or not ORG_HEAD_RE.match(short) \
            or ORG_HEAD_RE.match(short).group(0) != (ORG_HEAD_RE.match(long_) or re.match("", "")).group(0):
        return False
    it = iter(b)
    return all(w in it for w in a)


def _person_run_on(u: Unit, units: list[Unit]) -> bool:
    """"tỉnh Sekong Leklay Sivilay" beside "tỉnh Sekong": a person's name written on after a place the passage
    also names alone (an unknown place followed by capitalised words that no table knows)."""
    if not _is_admin_kind(u.kind) or u.canonical:
        return False
    return any(v is not u and _is_admin_kind(v.kind) and u.name.startswith(v.name + " ")
               and all(w[:1].isupper() for w in u.name[len(v.name):].split()) for v in units)


def _drop_contained(units: list[Unit], recipients: set[str] = frozenset()) -> list[Unit]:
    """Drop an organisation whose name is a prefix of a longer one ("UBND huyện" vs "UBND huyện Cao Phong"),
    a bare sector beside its department ("Y tế" beside "Sở Y tế"),
    and a place whose own government is named ("huyện X" beside "UBND huyện X": one participant, the fuller
    form) unless the place itself receives an award (then the place and its government are two participants)."""
    keep = []
    cores = [core_name(u.name) for u in units]
    governed = {core_name(u.name[g.end():]) for u in units if (g := _GOVERNMENT.match(u.name))}
    for i, u in enumerate(units):
        ci = cores[i]
        dominated = any(
            j != i and cores[j] != ci and cores[j].startswith(ci + " ") and not _is_admin_kind(units[i].kind)
            for j in range(len(units))
        ) or _person_run_on(u, units) or any(cores[j] in (f"sở {ci}", f"bộ {ci}") for j in range(len(units))) or (_is_admin_kind(u.kind) and ci in governed and ci not in recipients) or any(
            j != i and shortened(u.name, units[j].name) for j in range(len(units)))
        if not dominated:
            keep.append(u)
    return keep


# "Đảng bộ, chính quyền và nhân dân huyện X", "Nhân dân và cán bộ xã Y": the unit is the place named last
PEOPLE_OF = re.compile(r"^(?:(?:Đảng bộ|[Nn]hân dân|[Cc]hính quyền|[Cc]án bộ|[Cc]ông nhân viên chức|[Qq]uân và dân|"
                       r"[Cc]án bộ, chiến sĩ|[Ll]ực lượng vũ trang)(?:\s*,\s*|\s+và\s+|\s+))+(?=" + ADMIN_TYPES + r"\s)")
