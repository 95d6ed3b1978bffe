from __future__ import annotations

from newsfuse.analyse.disagreements import account_disagreements, figure_disagreements, figures
from newsfuse.analyse.nlp import Passage


def passages(*texts: tuple[int, str]) -> list[Passage]:
    return [Passage(source, position, text, ()) for position, (source, text) in enumerate(texts)]


def test_different_death_tolls_for_one_bombing_disagree() -> None:
    found = figure_disagreements(passages(
        (1, "The bombing of the embassy in Nairobi killed at least 224 people, police said."),
        (2, "The embassy bombing in Nairobi killed 247 people and injured thousands."),
    ), independent={1, 2})
    values = [side.claim for item in found if item.kind == "value" for side in item.sides]
    assert any("224" in claim for claim in values) and any("247" in claim for claim in values)


def test_figures_for_different_things_do_not_disagree() -> None:
    found = figure_disagreements(passages(
        (1, "The bombing in Dar es Salaam killed 10 people, while the bombing in Nairobi killed 224 people."),
        (2, "The bombing in Nairobi killed 224 people, officials said of the bombing."),
    ), independent={1, 2})
    assert [item for item in found if item.kind == "value"] == []


def test_same_figure_in_other_units_is_not_read_as_a_second_value() -> None:
    found = figure_disagreements(passages(
        (1, "The area targeted was 300 kilometers (186 miles) away from the opposition positions."),
        (2, "The area targeted was 300 kilometers away from the opposition positions, he said."),
    ), independent={1, 2})
    assert found == []


def test_a_casualty_figure_only_one_source_gives_is_flagged() -> None:
    found = figure_disagreements(passages(
        (1, "Warplanes bombed the rebel group near the border crossing, killing two fighters."),
        (2, "Warplanes bombed the rebel group near the border crossing on Thursday."),
    ), independent={1, 2})
    assert [(item.kind, item.sides[0].sources) for item in found] == [("single-source", (1,))]


def test_a_wire_copy_does_not_count_as_a_second_source() -> None:
    found = figure_disagreements(passages(
        (1, "Warplanes bombed the rebel group near the border crossing, killing two fighters."),
        (2, "Warplanes bombed the rebel group near the border crossing on Thursday."),
    ), independent={1})
    assert found == []


def test_opposing_accounts_name_both_parties() -> None:
    found = account_disagreements(
        passages((1, "The army rejected the Pentagon's accusations that it had targeted civilians."),
                 (2, "Moscow claimed the rebels had moved, while Washington believes Moscow bombed them.")),
        holder=lambda number, clause, offset: clause.split()[-1] if number == 0 else clause.split()[0])
    assert len(found) == 2
    assert all(len({side.holder for side in item.sides}) == 2 for item in found)


def test_a_speaker_contrasting_two_of_his_own_statements_is_no_disagreement() -> None:
    found = account_disagreements(
        passages((1, "DEP spokesman Peter Page said the department is negotiating over the penalties, but he said "
                     "the grower could have been eligible for a permit.")),
        holder=lambda number, clause, offset: clause.split()[0])
    assert found == []


def test_a_name_after_a_number_is_not_what_is_counted() -> None:
    found = figure_disagreements(passages(
        (1, "At least 100 North Koreans crossed the border into China on Monday."),
        (2, "About 1,800 North Koreans crossed the border into China last year."),
    ), independent={1, 2})
    assert [item for item in found if item.kind == "value"] == []


def test_figures_a_rounding_apart_do_not_disagree() -> None:
    found = figure_disagreements(passages(
        (1, "The storm destroyed about 100 homes in the valley on Sunday."),
        (2, "The storm destroyed 110 homes in the valley on Sunday."),
    ), independent={1, 2})
    assert [item for item in found if item.kind == "value"] == []


def test_dead_animals_are_not_a_death_toll() -> None:
    found = figure_disagreements(passages(
        (1, "Four dead crows found in the county tested positive for the virus."),
        (2, "Seven dead crows have been found infected with the virus in the county this year."),
    ), independent={1, 2})
    assert not any(item.subject == "killed" for item in found)
    assert not any("crows" in side.claim for item in found for side in item.sides)


def test_figures_reported_months_apart_are_updates_not_disagreements() -> None:
    from datetime import date

    texts = passages((1, "The virus killed three people in Queens and sickened 15 others, officials said."),
                     (2, "The virus killed 7 people in Queens and sickened 60 others, officials said."))
    same_week = figure_disagreements(texts, {1, 2}, {1: date(1999, 9, 27), 2: date(1999, 9, 29)})
    months_apart = figure_disagreements(texts, {1, 2}, {1: date(1999, 9, 27), 2: date(2000, 8, 4)})
    assert [item.kind for item in same_week].count("value") >= 1
    assert not [item for item in months_apart if item.kind == "value"]


def test_a_toll_told_as_background_is_no_single_source_figure() -> None:
    texts = passages((1, "Air France grounded its Concordes after the July 25 crash near Paris that killed 113 "
                         "people."),
                     (2, "Air France grounded its Concordes after the crash near Paris, investigators said."))
    assert not [item for item in figure_disagreements(texts, {1, 2}) if item.kind == "single-source"]


def values(found: list) -> list[list[str]]:
    return [[side.claim for side in item.sides] for item in found if item.kind == "value"]


def test_what_a_figure_counts_is_the_noun_after_its_modifiers() -> None:
    found = figure_disagreements(passages(
        (1, "The housing plan will add 120,000 new vouchers for poor families next year."),
        (2, "The housing plan will add 5,000 new homes for poor families next year."),
    ), independent={1, 2})
    assert values(found) == []
    found = figure_disagreements(passages(
        (1, "The housing plan will add 120,000 new rental vouchers for poor families next year."),
        (2, "The housing plan will add 100,000 vouchers for poor families next year."),
    ), independent={1, 2})
    assert values(found) == [["100,000 vouchers", "120,000 new rental vouchers"]]


def test_a_number_without_a_counted_noun_is_no_figure() -> None:
    found = figures(passages((1, "In the year 2000, she added, the rate was 2 in 1,000 with autism."),
                             (1, "Since no one had been hurt, the incidents seemed an odd choice as top news."),
                             (1, "Four more people have been killed since then.")))
    assert found == []


def test_a_number_in_a_name_is_no_figure() -> None:
    found = figure_disagreements(passages(
        (1, "The airline will retire its Boeing 747 jets from the route this winter."),
        (2, "The airline will retire its Boeing 737 jets from the route this winter."),
    ), independent={1, 2})
    assert found == []


def test_a_source_with_two_tolls_is_compared_by_the_one_told_alike() -> None:
    found = figure_disagreements(passages(
        (1, "The Tanzanian embassy bombing killed 10 people and injured 70, while a simultaneous bombing of the U.S. "
            "Embassy in Kenya killed at least 224 people and injured 5,000."),
        (2, "The bombing of the embassy in Kenya killed 247 people."),
    ), independent={1, 2})
    assert values(found) == [["killed 247", "killed at least 224"]] or \
        values(found) == [["killed at least 224", "killed 247"]]


def test_a_daily_and_a_yearly_figure_do_not_disagree() -> None:
    found = figure_disagreements(passages(
        (1, "Around the world, malaria kills 3,000 children under five every day, the agency said."),
        (2, "The agency said malaria kills about 1 million children every year around the world."),
    ), independent={1, 2})
    assert values(found) == []


def test_a_bound_and_a_figure_within_it_do_not_disagree() -> None:
    found = figure_disagreements(passages(
        (1, "The submarine, able to dive to a depth of up to 500 meters, lies on the seabed of the Barents Sea."),
        (2, "The submarine lies on the seabed of the Barents Sea at a depth of 100 meters."),
        (3, "Divers tried to reach more than 100 sailors aboard the stricken submarine on Monday."),
        (4, "Divers tried to reach the 116 sailors aboard the stricken submarine on Monday."),
    ), independent={1, 2, 3, 4})
    assert values(found) == []


def test_the_same_subject_going_on_after_but_is_not_a_second_party() -> None:
    found = account_disagreements(
        passages((1, "British Airways said it had suspended flights, but gave no clear indication whether it "
                     "believed the jet would return."),
                 (2, "Chain stores claimed 25 percent of sales, while online sellers claimed 2 percent.")),
        holder=lambda number, clause, offset: " ".join(clause.split()[:2]))
    assert found == []
    found = account_disagreements(
        passages((1, "A Russian general claimed that rescuers located an object near the submarine, but a navy "
                     "spokesman denied any such discovery.")),
        holder=lambda number, clause, offset: " ".join(clause.split()[-2:]))
    assert [sorted(side.holder for side in item.sides) for item in found] == [["Russian general", "navy spokesman"]]


def test_a_toll_of_another_event_in_a_round_up_is_no_single_source_figure() -> None:
    texts = passages(
        (1, "A month later, a student was accused of wounding six classmates at Heritage High School in Conyers."),
        (2, "A student opened fire on classmates at Heritage High School in Conyers a month later."),
        (3, "The school board met on Monday to discuss new safety rules for its buildings."),
        (4, "Parents asked the school board for more counsellors and metal detectors."),
        (4, "In 1997, 14,000 people were killed by guns."),
        (3, "Guns killed people across the country, the report said."))
    assert figure_disagreements(texts, {1, 2, 3, 4}) == []
