from __future__ import annotations

from newsfuse.analyse.disagreements import account_disagreements, figure_disagreements
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
