from __future__ import annotations

import newsfuse
from newsfuse.analyse import analyse, budgeted
from newsfuse.model import Article
from newsfuse.segment import segment


def test_budget_takes_each_articles_lead_first() -> None:
    articles = [Article(id=str(number), text=" ".join(f"Sentence {index} of article {number} is here." for index in
                                                      range(50))) for number in range(3)]
    sentences = [sentence for index, article in enumerate(articles) for sentence in segment(article, index)]
    kept = budgeted(sentences, words=60)
    assert sum(len(sentence.text.split()) for sentence in kept) <= 60
    assert {sentence.article for sentence in kept} == {0, 1, 2}  # every article's lead, not one article's all
    assert max(sentence.position for sentence in kept) <= 3


def test_text_without_names_quotes_or_dates_gives_an_empty_analysis_that_renders() -> None:
    text = ("the rain kept falling over the valley for most of the week. farmers waited for the water to drop "
            "before they could look at the fields again.")
    briefing = newsfuse.brief([text, text.replace("week", "month")])
    assert briefing.analysis is not None
    assert briefing.analysis.quotes == () and briefing.analysis.timeline == ()
    assert "Who said what" not in briefing.to_text() and "<svg" not in briefing.to_html()


def test_huge_story_is_analysed_within_the_budget() -> None:
    article = Article(id="big", text="\n".join(f"Officials in Springfield said on Monday that road {number} "
                                               f"would reopen." for number in range(20_000)), published="2020-05-06")
    sentences = segment(article, 0)
    analysis = analyse([article], sentences, [None], words=500)
    assert len(analysis.timeline) <= 500 // 9 + 1  # one event per analysed sentence at most
    assert analysis.timeline and analysis.timeline[0].date == "2020-05-04"


def test_a_sentence_opening_word_the_story_also_writes_in_lower_case_is_no_person() -> None:
    articles = [Article(id="1", text="Radar showed the plane turning back over the sea, Dr. Ann Young said. "
                                     "The radar of the airport saw nothing, Young said in Geneva.")]
    sentences = [sentence for article in articles for sentence in segment(article, 0)]
    names = {entity.name for entity in analyse(articles, sentences, [None], words=500).entities}
    assert "Radar" not in names and "Ann Young" in names


def test_a_town_before_a_state_is_in_that_state_but_a_list_of_capitals_is_no_town_and_state() -> None:
    articles = [Article(id="1", text="A manager at the store in Rome, N.Y., said sales were strong. Envoys from "
                                     "Moscow, Washington and Beijing met in Geneva on Monday.")]
    sentences = [sentence for article in articles for sentence in segment(article, 0)]
    places = {place.name: place.country for place in analyse(articles, sentences, [None], words=500).places}
    assert places.get("Rome") == "US" and places.get("Moscow") == "RU"


def test_a_name_neither_the_gazetteer_nor_the_text_shows_to_be_a_place_is_not_listed_as_one() -> None:
    articles = [Article(id="1", text="The company already sells Darth Vader, Yoda and Chewbacca masks. The virus "
                                     "was written to damage Windows 95, Windows 98 and Windows NT machines. "
                                     "Jenny Ortiz spoke from Savoonga, an island town in the Bering Sea. Crows "
                                     "were found near Albany, Rensselaer and Saratoga, officials said.")]
    sentences = [sentence for article in articles for sentence in segment(article, 0)]
    places = {place.name for place in analyse(articles, sentences, [None], words=500).places}
    assert not places & {"Chewbacca", "Windows NT", "Windows 95", "Windows 98"}
    assert {"Savoonga", "Bering Sea", "Rensselaer"} <= places
