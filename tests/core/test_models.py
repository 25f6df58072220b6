import datetime as dt

from thidua.models import Article, Extraction, IndexDocument, StoredArticle, from_json, to_json, to_dict
from index.documents import to_index_document

from .factories import make_article, make_extraction


def test_article_round_trips_through_json():
    article = make_article()
    again = from_json(Article, to_json(article))
    assert again == article
    assert again.published.utcoffset() == dt.timedelta(hours=7)


def test_extraction_round_trips_and_evidence_indexes_article_text():
    article = make_article()
    extraction = make_extraction(article)
    again = from_json(Extraction, to_json(extraction))
    assert again == extraction
    ev = again.awards[0].evidence[0]
    assert article.text()[ev.start : ev.end] == ev.sentence


def test_index_document_round_trips_and_carries_award_records():
    article = make_article()
    doc = to_index_document(StoredArticle(article, make_extraction(article)))
    again = from_json(IndexDocument, to_json(doc))
    assert again == doc
    assert doc.units == ("Huyện Vụ Bản, Tỉnh Nam Định",)
    assert doc.awards[0].recipient_canonical == "Huyện Vụ Bản, Tỉnh Nam Định"
    assert doc.awards[0].year == 2023


def test_dates_serialise_as_iso_8601_with_offset():
    data = to_dict(make_article())
    assert data["published"] == "2023-03-30T17:43:00+07:00"


def test_content_hash_changes_with_text():
    a = make_article()
    b = make_article(body=("Một đoạn khác.",))
    assert a.content_hash and a.content_hash != b.content_hash
