import dataclasses
import datetime as dt

from index.entities import official_profile, unit_profile
from thidua.models import Official, StoredArticle, Unit

from .factories import make_article, make_extraction


def stored(n, year, titles=("Phó Chủ tịch UBND tỉnh",), unit=None):
    a = make_article(n, title=f"Bài {n}", published=dt.datetime(year, 3, 30, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=7))))
    ex = make_extraction(a)
    ex = dataclasses.replace(
        ex,
        event=dataclasses.replace(ex.event, date=dt.date(year, 3, 30)),
        officials=(Official("Trần Văn Đông", titles),),
        units=(unit,) if unit else ex.units,
    )
    return StoredArticle(a, ex)


def test_official_title_history_follows_the_dates():
    articles = [
        stored(1, 2019, ("Phó Chủ tịch UBND tỉnh",)),
        stored(2, 2021, ("Phó Chủ tịch UBND tỉnh",)),
        stored(3, 2023, ("Chủ tịch UBND tỉnh",)),
    ]
    profile = official_profile("trần văn đông", reversed(articles))
    assert profile.name == "Trần Văn Đông"
    assert [(s.titles, s.first_seen.year, s.last_seen.year) for s in profile.title_history] == [
        (("Phó Chủ tịch UBND tỉnh",), 2019, 2021),
        (("Chủ tịch UBND tỉnh",), 2023, 2023),
    ]
    assert len(profile.awards_presented) == 3


def test_official_names_compare_diacritic_sensitively():
    assert official_profile("Trần Văn Đồng", [stored(1, 2020)]) is None


def test_unit_history_is_found_under_the_successor_name_and_the_old_name():
    old = Unit("huyện Vụ Bản", canonical="Huyện Vụ Bản, Tỉnh Nam Định", kind="huyện", successor="Tỉnh Ninh Bình")
    articles = [stored(1, 2019, unit=old), stored(2, 2023, unit=old)]
    by_old = unit_profile("vu ban", articles)
    assert by_old.name == "Huyện Vụ Bản, Tỉnh Nam Định"
    assert by_old.successors == {"Tỉnh Ninh Bình"}
    assert by_old.awards_by_year() == {2019: 1, 2023: 1}
    by_new = unit_profile("Ninh Bình", articles)
    assert by_new.predecessors == {"Huyện Vụ Bản, Tỉnh Nam Định"}
    assert len(by_new.appearances) == 2


def test_unit_match_is_whole_words():
    assert unit_profile("vu ba", [stored(1, 2019)]) is None
