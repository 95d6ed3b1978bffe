from __future__ import annotations

import pytest

from newsfuse.clean.lines import classify


@pytest.mark.parametrize("line,kind", [
    ("© 2021 Some Media Group. All rights reserved.", "copyright"),
    ("Copyright 2019 The Daily Planet. This material may not be published, broadcast or redistributed.", "copyright"),
    ("Source: www.example.com", "credit"),
    ("Reporting by Jane Doe; Editing by John Roe", "credit"),
    ("The mayor waves to supporters in the square on Monday. (AP Photo/Jane Doe)", "caption"),
    ("Sign up for our newsletter to get the best stories in your inbox.", "prompt"),
    ("Want to leave a tip?", "prompt"),
    ("Already a subscriber?", "prompt"),
    ("Click here to read the full report.", "prompt"),
    ("By Maria Gonzalez", "byline"),
    ("Updated 19 June 2016", "date"),
    ("Published: March 3, 2020 at 10:15 a.m.", "date"),
    ("World News", "heading"),
    ("Ƶ", "junk"),
])
def test_boilerplate_kinds(line: str, kind: str) -> None:
    assert classify(line, "", set()).kind == kind


@pytest.mark.parametrize("line", [
    "The senator declined to comment on the report.",
    '"We will not comment on an ongoing investigation," a spokesman for the police told reporters.',
    "By Tuesday, rescuers had pulled 40 people from the rubble of the collapsed building.",
    "Police received more than 200 tips from the public, the chief said on Friday.",
    "The company said it would sign up 5,000 new drivers by the end of the year.",
])
def test_real_sentences_that_use_boilerplate_words_are_kept(line: str) -> None:
    assert classify(line, "", set()).kind == "body"


def test_repeated_lines_and_title_repeats_are_dropped() -> None:
    assert classify("Storm hits coast", "storm hits coast", set()).kind == "repeated"
    assert classify("A body line that was seen before.", "", {"a body line that was seen before"}).kind == "repeated"


def test_date_line_reports_the_date() -> None:
    assert classify("Updated 19 June 2016", "", set()).published == "2016-06-19"


def test_a_date_line_is_a_date_not_a_reference_that_holds_one() -> None:
    assert classify("Updated: June 19, 2016 10:32 GMT", "", set()).kind == "date"
    assert classify("By Ana Ruiz, June 19, 2016", "", set()).kind == "date"
    assert classify(". The Seattle Times. Retrieved May 15, 2017.", "", set()).kind == "body"
