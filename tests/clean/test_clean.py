from __future__ import annotations

from pathlib import Path

from newsfuse.clean import clean, clean_all
from newsfuse.errors import ExitCode
from newsfuse.model import RawDocument
from newsfuse.text import words


def raw_from(path: Path) -> RawDocument:
    kind = "html" if path.suffix == ".html" else "text"
    return RawDocument(id=path.stem, content=path.read_text(encoding="utf-8"), kind=kind, path=str(path))


def test_example_keeps_every_body_sentence_and_drops_boilerplate(example_dir: Path) -> None:
    articles = {path.stem[:3]: clean(raw_from(path)) for path in example_dir.glob("*.txt")}
    scraped = articles["002"]
    assert "Want to leave a tip?" not in scraped.text
    assert "All rights reserved" not in scraped.text
    assert "(Vadim Savitsky" not in scraped.text
    assert scraped.text.count("Russia Says U.S. Failed") == 0
    assert scraped.title == "Russia Says U.S. Failed to Provide Locations of Syrian Opposition Allies"
    assert scraped.place == "MOSCOW" and scraped.text.startswith("Russian air strikes")
    arab = articles["001"]
    assert arab.published == "2016-06-19" and "Ƶ" not in arab.text and "Updated" not in arab.text
    assert "Source:" not in articles["004"].text and articles["004"].source == "wsj.com"
    doubled = articles["003"]
    assert doubled.text.count("cluster bombs") == 1  # the page repeats its whole body
    original = (example_dir / "000_90349f223e5ed95b.txt").read_text(encoding="utf-8")
    assert len(words(articles["000"].text)) == len(words(original))


def html_token_scores(text: str, gold: str) -> tuple[float, float]:
    got, want = set(words(text.lower())), set(words(gold.lower()))
    return len(got & want) / max(len(got), 1), len(got & want) / max(len(want), 1)


def test_html_bodies_are_at_least_as_good_as_trafilatura_alone(html_dir: Path) -> None:
    import trafilatura

    for page in sorted(html_dir.glob("*.html")):
        article = clean(raw_from(page))
        gold = page.with_suffix(".gold.txt").read_text(encoding="utf-8")
        precision, recall = html_token_scores(article.text, gold)
        plain_precision, plain_recall = html_token_scores(trafilatura.extract(page.read_text()) or "", gold)
        assert precision >= max(plain_precision, 0.95), page.name
        assert recall >= plain_recall, page.name
        assert article.title and article.published, page.name


def test_malformed_html_still_yields_text() -> None:
    broken = "<html><body><div><p>The bridge reopened on Monday after two years of repairs, officials said" \
             " at a ceremony.<p>Traffic was light in the morning.</div></span></table>"
    article = clean(RawDocument(id="broken", content=broken, kind="html"))
    assert "bridge reopened" in article.text


def test_non_english_and_empty_inputs_become_problems() -> None:
    french = ("Le gouvernement a annoncé mardi une nouvelle réforme des retraites, qui sera présentée au "
              "parlement la semaine prochaine selon le ministre du travail et des solidarités.")
    english = "The government announced a new pension reform on Tuesday, which will go to parliament next week."
    docs = [RawDocument(id="fr", content=french, kind="text"), RawDocument(id="empty", content="  \n", kind="text"),
            RawDocument(id="en", content=english, kind="text")]
    articles, problems = clean_all(docs, english_min_ratio=0.12)
    assert [article.id for article in articles] == ["en"]
    assert sorted(problem.code for problem in problems) == [ExitCode.NO_TEXT, ExitCode.NOT_ENGLISH]


def test_mojibake_is_repaired() -> None:
    article = clean(RawDocument(id="m", content="The minister’s plan was approved on Monday by parliament.",
                                kind="text"))
    assert "’" in article.text
    garbled = "The ministerâ€™s plan was approved on Monday by parliament."
    assert "â€" not in clean(RawDocument(id="g", content=garbled, kind="text")).text


def test_news_service_typesetting_codes_are_dropped_and_html_entities_kept() -> None:
    article = clean(RawDocument(id="w", kind="text", content=(
        "Inattentiveness is a sign of a generation reared on entertainment, said Tom &UR; Keating, a professor. &QL;\n"
        "The firm, Smith &AMP; Sons, agreed on Monday to pay the city for the repairs to the bridge.")))
    assert "Tom Keating, a professor." in article.text and "&QL;" not in article.text
    assert "Smith &" in article.text


def test_short_lines_inside_an_html_article_are_kept_but_not_above_it() -> None:
    page = ("<html><body><nav>Home | World | Sport</nav><article><h1>Council approves the harbour budget</h1>"
            "<p>The city council approved the harbour budget on Monday after a long debate, officials said.</p>"
            "<h2>What the budget pays for</h2><ul><li>Two new ferries for the island route</li>"
            "<li>A pier for the fishing fleet</li></ul><p>The mayor said the plan would be finished in 2026.</p>"
            "</article></body></html>")
    article = clean(RawDocument(id="p", content=page, kind="html"))
    assert article.title == "Council approves the harbour budget"
    assert "What the budget pays for" in article.text and "Two new ferries for the island route" in article.text
    assert "Sport" not in article.text
