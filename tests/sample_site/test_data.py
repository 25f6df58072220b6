"""The hand-written articles and their annotations hold together."""

import datetime as dt
import re
from collections import Counter

import pytest

from sample_site import SampleSite
from sample_site.content import EVENT_TYPES, load_catalog

REFORM = dt.date(2025, 7, 1)


@pytest.fixture(scope="module")
def articles():
    return SampleSite().articles


def text_of(article):
    return "\n".join([article["title"], article["lead"], *article["body"], *article["captions"]])


def test_enough_articles_of_each_kind(articles):
    assert len(articles) >= 48
    assert sum(not a["expect"]["relevant"] for a in articles) >= 12
    layouts = Counter(SampleSite().catalog.sections[a["section"]].layout for a in articles)
    assert layouts["baonamdinh"] == max(layouts.values())
    assert all(layouts[name] >= 6 for name in ("baoninhbinh", "baothaibinh", "nhandan"))


def test_dates_span_2016_to_2025_with_post_reform_articles(articles):
    years = {a["published"].year for a in articles}
    assert min(years) == 2016 and max(years) == 2025
    assert sum(a["published"].date() >= REFORM for a in articles) >= 2


def test_post_reform_articles_use_two_level_place_names(articles):
    for article in articles:
        if article["published"].date() >= REFORM:
            assert "huyện" not in text_of(article), article["id"]
            assert "Ninh Bình" in text_of(article), article["id"]


def test_annotations_are_well_formed(articles):
    for article in articles:
        expect = article["expect"]
        if not expect["relevant"]:
            assert expect["event_type"] is None and not expect["awards"] and not expect["officials"]
            continue
        assert expect["event_type"] in EVENT_TYPES
        if expect["event_date"]:
            assert dt.date.fromisoformat(expect["event_date"]) <= article["published"].date()


def written(name, text):
    """Verbatim, or with a shared head distributed ("UBND các huyện Vụ Bản, Ý Yên" -> "UBND huyện Ý Yên")."""
    shared = re.match(r"^(.*?)(huyện|xã) (.+)$", name)
    return name in text or bool(shared and shared[3] in text and f"{shared[1]}các {shared[2]} " in text)


def test_annotated_names_occur_in_the_text(articles):
    """Annotations name things as the article writes them (a typo check)."""
    for article in articles:
        text = text_of(article)
        for name in article["expect"]["officials"]:
            assert name in text, (article["id"], name)
        for award in article["expect"]["awards"]:
            unquoted = text.replace('"', "")  # forms are annotated without quote marks
            assert award["form"] in unquoted and written(award["recipient"], text), (article["id"], award)
        for theme in article["expect"]["themes"]:
            assert f"\"{theme}\"" in text, (article["id"], theme)  # themes are quoted names, verbatim
        for unit in article["expect"]["units"]:
            assert written(unit, text), (article["id"], unit)


def test_timelines_have_repeated_units_and_changing_titles(articles):
    flags_to_vu_ban = {
        a["published"].year
        for a in articles
        for award in a["expect"]["awards"]
        if award["recipient"].endswith("huyện Vụ Bản") and award["form"] == "Cờ thi đua"
    }
    assert len(flags_to_vu_ban) >= 3
    titles = {a["published"].year: a for a in articles if "Trần Minh Hải," in text_of(a)}
    first, last = min(titles), max(titles)
    assert "Phó Chủ tịch UBND tỉnh" in text_of(titles[first]) and "Chủ tịch HĐND tỉnh" in text_of(titles[last])


def test_loader_rejects_unquoted_colon_lines(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "sections.yaml").write_text("- {key: s, layout: baonamdinh, id: '1', name: S}\n", encoding="utf-8")
    (tmp_path / "articles" / "a.yaml").write_text(
        "- id: 1\n  section: s\n  title: T\n  lead: L\n  published: '2020-01-01 08:00'\n  author: A\n"
        "  body:\n    - Các đồng chí: Nguyễn Văn A, Chủ tịch\n  expect: {relevant: false}\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="quote it"):
        load_catalog(tmp_path)


def test_loader_rejects_bad_data(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "sections.yaml").write_text("- {key: s, layout: baonamdinh, id: '1', name: S}\n", encoding="utf-8")
    (tmp_path / "articles" / "a.yaml").write_text(
        "- {id: 1, section: s, title: T, lead: L, published: '2020-01-01 08:00', author: A, body: [x],"
        " expect: {relevant: true, event_type: lễ hội}}\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="event_type"):
        load_catalog(tmp_path)


def test_slugs_match_the_project_fold(articles):
    import re

    from sample_site.content import slugify
    from thidua.textnorm import fold

    for article in articles:
        assert slugify(article["title"]) == re.sub(r"[^a-z0-9]+", "-", fold(article["title"]).lower()).strip("-")
