from __future__ import annotations

from datetime import date

import pytest

from newsfuse.analyse.nlp import Passage
from newsfuse.analyse.timeline import build_timeline, expressions, resolve

SUNDAY = date(2016, 6, 19)


def resolved(text: str, anchor: date | None = SUNDAY) -> list[str | None]:
    return [resolve(kind, match, anchor) for kind, match in expressions(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian air strikes Thursday hit the garrison", "2016-06-16"),
    ("a cease-fire that began on Feb. 27 held", "2016-02-27"),
    ("the campaign began last September", "2015-09"),
    ("the ministry said on Sunday", "2016-06-19"),
    ("officials met last Sunday", "2016-06-12"),
    ("the deal was signed on June 18, 2014", "2014-06-18"),
    ("troops left late last year", "2015"),
    ("he spoke earlier this month", "2016-06"),
    ("police said yesterday", "2016-06-18"),
    ("arrests came last week", "2016-06-06/2016-06-12"),
    ("the war began in 2011", "2011"),
    ("-- Oct. 12-13, 1992: a flight around the world", "1992-10-12"),
    ("the code was posted a week ago Friday", "2016-06-10"),
])
def test_expressions_resolve_against_the_publication_date(text: str, expected: str) -> None:
    assert resolved(text) == [expected]


def test_relative_dates_without_a_publication_date_are_not_guessed() -> None:
    assert resolved("strikes on Thursday", anchor=None) == [None]
    assert resolved("talks on June 16, 2016", anchor=None) == ["2016-06-16"]


def test_may_the_verb_is_not_a_month() -> None:
    assert resolved("the talks may end soon") == []


def test_one_event_reported_by_two_sources_is_merged_and_undated_copies_join_it() -> None:
    passages = [Passage(1, 0, "The ministry said on Sunday it had rejected the accusations of the Pentagon.", ()),
                Passage(2, 0, "The ministry on Sunday rejected the Pentagon's accusations.", ()),
                Passage(3, 0, "Rebels attacked a convoy on Thursday near the border.", ())]
    timeline = build_timeline(passages, {1: "2016-06-19", 2: "", 3: ""})
    assert timeline[0].date == "2016-06-19" and timeline[0].sources == (1, 2)
    assert timeline[-1].date == "" and timeline[-1].expression == "on Thursday"


def dated(text: str, published: str = "2016-06-19") -> list[tuple[str, str]]:
    events = build_timeline([Passage(source=1, position=0, text=text, mentions=())], {1: published})
    return [(event.date, event.expression) for event in events]


def test_one_event_a_sentence_dated_by_its_main_clause() -> None:
    assert dated("British police, who first charged him in 1973, arrested the general in his bed Friday.") == [
        ("2016-06-17", "Friday")]
    assert dated("The conference, which ended Wednesday, drew 100 experts.") == [("2016-06-15", "Wednesday")]


def test_what_will_happen_lies_ahead() -> None:
    assert dated("City schools will reopen Monday.") == [("2016-06-20", "Monday")]
    assert dated("The mayor said Friday that schools will reopen.") == [("2016-06-17", "Friday")]
    assert dated("Congress is expected to hold hearings in January.", "1998-08-12") == [("1999-01", "in January")]
    assert dated("The car goes on sale in early June.", "1999-04-19") == [("1999-06", "early June")]


def test_comparisons_deadlines_and_nowadays_date_nothing() -> None:
    assert dated("Malaria is more lethal in 1998 than in 1968.") == []
    assert dated("Its members number 65,000, up from 29,000 in 1993.") == []
    assert dated("Nations must cut emissions by 2012.") == []
    assert dated("There are about 250,000 Navajos today.") == []


def test_a_possessive_date_belongs_to_its_noun_not_to_the_sentence() -> None:
    events = build_timeline([Passage(1, 0, "The results of Sunday's vote show that voters are tired of the old "
                                           "parties, the analyst said.", ())], {1: "2016-06-21"})
    assert events == ()


def test_what_is_poised_to_happen_on_a_weekday_lies_ahead() -> None:
    events = build_timeline([Passage(1, 0, "A virus that erases hard drives is poised to strike on Monday.", ())],
                            {1: "1999-04-24"})
    assert [event.date for event in events] == ["1999-04-26"]


def test_a_date_a_superlative_counts_from_and_the_last_year_as_a_noun_date_nothing() -> None:
    assert dated("The decline, the largest since March, reflected poor morale.") == []
    assert dated("Arrests fell, the first drop since 2012 in the state.") == []
    assert dated("The last year murders numbered less than 700 was 1988.") == []
    assert dated("Ford today is the most profitable of the automakers.") == []


def test_since_a_date_is_a_span_up_to_now_not_the_day_something_happened() -> None:
    assert dated("Three officials have been killed since March.") == []
    assert dated("Since late August, more than three dozen people have been stricken.") == []
    assert dated("Arrests fell sharply since March, and then in May the mayor resigned.") == [("2016-05", "in May")]


def test_a_month_of_a_year_a_day_before_its_month_and_a_month_of_next_year() -> None:
    assert dated("In March of 1996, China promulgated the law.") == [("1996-03", "In March of 1996")]
    assert dated("He was arrested on 1 May, hours after the bomb.", "1998-06-08") == [("1998-05-01", "1 May")]
    assert dated("The enclave returns to China in December next year.", "1998-06-08") == [
        ("1999-12", "in December next year")]
    assert dated("The talks may end soon.") == []
    assert dated("Lawrence was stabbed at a London bus stop on April 22 1993.") == [("1993-04-22", "April 22 1993")]


def test_a_change_from_a_year_dates_nothing_and_what_is_expected_on_a_day_lies_ahead() -> None:
    assert dated("The 1996 violent crime rate was down 16 percent from 1993.") == []
    assert dated("Docking attempts will continue until the arrival of rescuers expected Saturday evening.",
                 "2000-08-18") == [("2000-08-19", "Saturday evening")]


def test_a_day_without_year_is_the_nearer_one_unless_a_past_verb_puts_it_before() -> None:
    assert dated("The current pacts expire Sept. 14.", "1999-06-16") == [("1999-09-14", "Sept. 14")]
    assert dated("Two troopers were indicted on Sept. 14 in the shooting.", "1999-06-16") == [
        ("1998-09-14", "Sept. 14")]
    assert dated("The contract gives them until Jan. 1 to retire.", "1999-09-29") == [("2000-01-01", "Jan. 1")]
    assert dated("The strike began Feb. 3 at the plant.", "1999-06-16") == [("1999-02-03", "Feb. 3")]


def test_scheduled_for_a_weekday_lies_ahead_and_a_month_without_past_verb_takes_the_nearer_year() -> None:
    assert dated("The Corps scheduled a news conference on the rules for Monday.", "2000-03-03") == [
        ("2000-03-06", "Monday")]
    assert dated("The maneuvers were scheduled to end on Sunday.", "2000-08-14") == [("2000-08-13", "on Sunday")]
    assert dated("Leaders meet at the summit in Japan in December to negotiate a treaty.", "1997-09-30") == [
        ("1997-12", "in December")]
    assert dated("Sales fell sharply in December.", "1997-09-30") == [("1996-12", "in December")]
    assert dated("The judge threatened to fine her if she does not take her son to the agency on Friday.",
                 "1999-09-14") == [("1999-09-17", "on Friday")]


def test_a_short_year_a_span_and_an_opening_until() -> None:
    assert dated("Conceived in '94 to target young buyers, the car was redesigned.", "1999-01-11") == [
        ("1994", "in '94")]
    assert dated("From 1991 to 1996, confirmed cases of malaria were reduced by half.", "1997-11-26") == []
    assert dated("Until Friday the virus had only been detected here in crows.", "2000-08-04") == []


def test_next_weekday_lies_ahead_and_a_newspaper_named_for_a_day_is_no_date() -> None:
    assert dated("Volunteers would patrol Southall next Saturday wearing armbands.", "1999-04-26") == [
        ("1999-05-01", "next Saturday")]
    assert dated("London's Sunday Telegraph reported that a document was faxed to a radio station.",
                 "1999-04-26") == []


def test_a_holiday_is_a_day() -> None:
    assert dated("A computer virus timed to strike on Christmas Day has yet to pose a threat.", "1999-08-19") == [
        ("1999-12-25", "on Christmas Day")]
    assert dated("Shops expect strong Christmas shopping.", "1999-08-19") == []


def test_last_may_a_past_month_a_bound_and_a_day_something_is_set_for() -> None:
    assert dated("The union approved the resolution last May, arguing for more pay.", "1999-08-13") == [
        ("1999-05", "last May")]
    assert dated("Negotiations began in June and will intensify in September.", "1999-08-13") == [
        ("1999-06", "in June")]
    assert dated("The strikes have cost GM $1.18 billion through June 30.", "1998-07-08") == []
    assert dated("The union has set a strike vote for Tuesday.", "1999-08-13") == [("1999-08-17", "Tuesday")]


def test_a_day_beats_a_vague_week_in_one_sentence() -> None:
    assert dated("Delegations will meet in Madrid sometime next week, Hugo Chavez said late Saturday.",
                 "1998-12-12") == [("1998-12-12", "late Saturday")]


def test_a_week_or_the_story_s_own_or_coming_year_is_no_date_for_the_timeline() -> None:
    for vague in ("Arrests came last week.", "The trial opens next week.", "Sales rose earlier this year.",
                  "The firm plans a test early next year."):
        assert dated(vague) == []
    assert dated("Troops left late last year.") == [("2015", "late last year")]
    assert dated("The envoy spoke earlier this month.") == [("2016-06", "earlier this month")]


def test_what_must_happen_lies_ahead() -> None:
    assert dated("She must leave the building Tuesday.", "2000-03-27") == [("2000-03-28", "Tuesday")]


def test_today_in_a_sentence_about_the_present_is_now() -> None:
    assert dated("Today, they charge $7 for their guide, which is more than 100 pages long.", "1998-10-28") == []
    assert dated("Rebels attacked the town today.", "1998-10-28") == [("1998-10-28", "today")]


def test_on_a_weekday_before_a_name_and_a_plan_for_a_weekday_lies_ahead() -> None:
    assert dated("On Tuesday Dobson ordered an inquiry.", "1999-07-08") == [("1999-07-06", "On Tuesday")]
    assert dated("The department planned to spray the park Saturday evening, Morrill said.", "2000-09-22") == [
        ("2000-09-23", "Saturday evening")]
    assert dated("The Sunday Telegraph reported the plan.", "2000-09-22") == []


def test_a_record_since_a_year_dates_nothing() -> None:
    assert dated("The crime rate dropped to its lowest level since 1985, the report said.", "1999-10-17") == []


def test_a_comparison_with_what_was_done_in_a_year_dates_nothing() -> None:
    assert dated("The union represents 143,000 workers, about 80,000 fewer than it did in 1990.", "1999-09-28") == []


def test_what_someone_said_would_happen_on_a_weekday_lies_ahead_of_the_saying() -> None:
    assert dated("Rivera said the strikes would take place Tuesday in all 14 provinces.", "1999-07-09") == [
        ("1999-07-13", "Tuesday")]
    assert dated("He said he would have left on Monday.", "1998-07-08") == [("1998-07-06", "on Monday")]


def test_a_long_sentence_is_shown_around_its_date() -> None:
    text = ("The report, issued by the secretary of housing and urban development at a news conference in the "
            "capital with several members of the cabinet and a crowd of reporters, said that 5.4 million families pay "
            "more than half their incomes for rent, an increase of 12 percent since the expansion began in 1991.")
    (event,) = build_timeline([Passage(source=1, position=0, text=text, mentions=())], {1: "2000-03-27"})
    assert event.date == "1991" and "expansion began in 1991." in event.text and event.text.startswith("… ")


def test_what_was_decided_or_figured_out_for_a_weekday_lies_ahead() -> None:
    assert dated("Toys R Us stores decided to open their doors at 12:01 a.m. Monday for a marathon.",
                 "1999-05-02") == [("1999-05-03", "Monday")]
    assert dated("Jeff Van Pelt had figured out that he'd spend about $150 at Toys R Us on Monday morning.",
                 "1999-05-02") == [("1999-05-03", "on Monday morning")]
    assert dated("On Tuesday, French authorities decided to keep the fleet grounded.", "2000-08-02") == [
        ("2000-08-01", "On Tuesday")]


def test_a_chronology_runs_forward_in_time_across_a_new_year() -> None:
    entries = ["Nov. 22 -- The family leaves the island aboard a small boat.",
               "Dec. 10 -- An uncle applies for asylum.", "Jan. 5 -- The commissioner decides the boy must return.",
               "June 28 -- The court rejects the appeal."]
    events = build_timeline([Passage(1, number, text, ()) for number, text in enumerate(entries)], {1: "2000-06-28"})
    assert [event.date for event in events] == ["1999-11-22", "1999-12-10", "2000-01-05", "2000-06-28"]
    single = build_timeline([Passage(1, 0, entries[0], ())], {1: "2000-06-28"})  # alone, no list to follow
    assert [event.date for event in single] == ["2000-11-22"]
