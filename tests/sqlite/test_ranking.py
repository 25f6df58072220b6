"""Vietnamese-aware matching and ranking."""

from __future__ import annotations

from index.backend import SearchQuery

from .conftest import doc

FILLER = "Hội nghị diễn ra trang trọng với sự tham dự của đông đảo đại biểu các cơ quan, đơn vị trong tỉnh."


def _ids(backend, text: str, **kw) -> list[str]:
    return [h.id for h in backend.search(SearchQuery.build(text, **kw)).hits]


def test_exact_diacritics_rank_above_lookalikes(backend):
    lookalike = doc(1, "Xã Vũ Ban đón nhận Bằng khen", FILLER)
    exact = doc(2, "Huyện Vụ Bản đón nhận Bằng khen", FILLER)
    bare = doc(3, "Huyen vu ban don nhan Bang khen", FILLER)
    backend.index([lookalike, exact, bare])
    assert _ids(backend, "Vụ Bản")[0] == exact.id
    assert _ids(backend, "Vũ Ban")[0] == lookalike.id
    assert set(_ids(backend, "vu ban")) == {lookalike.id, exact.id, bare.id}


def test_d_finds_dj(backend):
    backend.index([doc(1, "Đoàn công tác thăm Đà Nẵng", FILLER), doc(2, "Tin thời tiết", FILLER)])
    assert len(_ids(backend, "da nang")) == 1
    assert len(_ids(backend, "doan cong tac")) == 1


def test_title_beats_lead_beats_body(backend):
    in_body = doc(1, "Tin hoạt động", "Hôm nay tỉnh tổ chức hội nghị tổng kết. " + FILLER, lead=FILLER)
    in_lead = doc(2, "Tin hoạt động", FILLER, lead="Hôm nay tỉnh tổ chức hội nghị tổng kết. " + FILLER)
    in_title = doc(3, "Tin hoạt động tổng kết", FILLER, lead=FILLER)
    backend.index([in_body, in_lead, in_title])
    assert _ids(backend, "tổng kết") == [in_title.id, in_lead.id, in_body.id]


def test_adjacent_words_rank_above_scattered_ones(backend):
    scattered = doc(1, "Tin tổng hợp", "Đội bóng đua thuyền về nhất, còn kỳ thi học sinh giỏi diễn ra an toàn. " + FILLER)
    adjacent = doc(2, "Tin tổng hợp", "Kỳ thi đua thuyền về nhất, còn đội bóng học sinh giỏi diễn ra an toàn. " + FILLER)
    backend.index([scattered, adjacent])
    assert _ids(backend, "thi đua") == [adjacent.id, scattered.id]


def test_quoted_phrase_needs_the_words_together(backend):
    together = doc(1, "Trao Cờ thi đua cho huyện Nam Trực", FILLER)
    apart = doc(2, "Thi chạy việt dã: đoàn Nam Trực giành cờ, Giao Thủy về đua", FILLER)
    backend.index([together, apart])
    assert _ids(backend, '"cờ thi đua"') == [together.id]
    assert set(_ids(backend, "cờ thi đua")) == {together.id, apart.id}


def test_every_word_must_match(backend):
    backend.index([doc(1, "Huyện Ý Yên tổng kết năm", FILLER), doc(2, "Huyện Hải Hậu tổng kết năm", FILLER)])
    assert len(_ids(backend, "tổng kết Hải Hậu")) == 1


def test_snippet_marks_matches_and_escapes_html(backend):
    backend.index([doc(1, "Tin <b>đậm</b>", "Đoàn <script>x</script> về huyện Vụ Bản dự lễ trao Cờ thi đua.")])
    hit = backend.search(SearchQuery.build("vu ban")).hits[0]
    assert "<mark>Vụ</mark> <mark>Bản</mark>" in hit.snippet
    assert "<script>" not in hit.snippet and "&lt;script&gt;" in hit.snippet
    quoted = backend.search(SearchQuery.build('"cờ thi đua"')).hits[0]
    assert "<mark>Cờ thi đua</mark>" in quoted.snippet


def test_filters_do_not_change_the_order(backend):
    docs = [
        doc(1, "Tổng kết thi đua khối doanh nghiệp", FILLER, relevant=True),
        doc(2, "Tin tổng hợp", "Thi đua lao động sản xuất. " + FILLER, relevant=True),
        doc(3, "Thi đua, thi đua và thi đua", FILLER, relevant=False),
    ]
    backend.index(docs)
    unfiltered = [i for i in _ids(backend, "thi đua") if i != docs[2].id]
    assert _ids(backend, "thi đua", filters={"relevant": ["true"]}) == unfiltered


def test_long_words_in_phrases(backend):
    kept = "Chungsucxaydungnongthonmoikieumaund"  # 35 letters: indexed
    dropped = "Chungsucxaydungnongthonmoikieumaunamdinhx"  # 41: the tokenizer drops it
    backend.index([doc(1, f"Phong trào {kept} thi đua", FILLER), doc(2, f"Phong trào {dropped} thi đua", FILLER)])
    assert _ids(backend, f'"{kept} thi"') == [doc(1, "").id]
    assert _ids(backend, f'"{dropped} thi"') == _ids(backend, dropped) == []
    assert _ids(backend, '"phong trao"') and len(_ids(backend, '"trao thi"')) == 0  # no pair across a dropped word


def test_three_word_phrase_needs_each_pair_side_by_side(backend):
    backend.index(
        [
            doc(1, "Lễ đón nhận Cờ thi đua của Chính phủ", FILLER),
            doc(2, "Đoàn nhận cờ; thi đua, học tập", FILLER),  # punctuation does not break a phrase
            doc(3, "Nhận cờ thi đấu, rồi đi thi xe đạp, đua xe", FILLER),  # cờ|thi but no thi|dua
        ]
    )
    assert set(_ids(backend, '"cờ thi đua"')) == {doc(1, "", "").id, doc(2, "", "").id}
