from __future__ import annotations

import pytest

from newsfuse.clean.metadata import outlet_from_url, parse_date, split_dateline


@pytest.mark.parametrize("text,expected", [
    ("Updated 19 June 2016", "2016-06-19"),
    ("June 19, 2016", "2016-06-19"),
    ("Sept. 3, 2001 at 4:30 p.m.", "2001-09-03T16:30"),
    ("1998-06-12 22:16", "1998-06-12T22:16"),
    ("February 30, 2020", ""),
    ("1998-17-06 15:43:00", "1998-06-17T15:43"),  # a stamp with day and month the other way round
    ("17/06/1998", "1998-06-17"),
    ("1998-02-30", ""),
    ("no date here", ""),
])
def test_parse_date(text: str, expected: str) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("line,place,agency,rest", [
    ("MOSCOW (AP) — The Russian military said", "MOSCOW", "AP", "The Russian military said"),
    ("MOSCOW: Russia said on Sunday", "MOSCOW", "", "Russia said on Sunday"),
    ("ERBIL, Kurdistan Region--The militaries", "ERBIL, Kurdistan Region", "", "The militaries"),
    ("PHOENIX _ Victoria Molina wants", "PHOENIX", "", "Victoria Molina wants"),
    ("NEW YORK (Reuters) - Stocks fell", "NEW YORK", "Reuters", "Stocks fell"),
    ("U.S. officials said the strikes endangered", "", "", "U.S. officials said the strikes endangered"),
    ("NATO allies met on Monday.", "", "", "NATO allies met on Monday."),
    ("WASHINGTON, October 31 (Xinhua) -- Radar tapes", "WASHINGTON", "Xinhua", "Radar tapes"),
    ("CAIRO, Nov. 2 (Xinhua) -- A delegation", "CAIRO", "Xinhua", "A delegation"),
])
def test_split_dateline(line: str, place: str, agency: str, rest: str) -> None:
    assert split_dateline(line) == (place, agency, rest)


def test_outlet_from_url() -> None:
    assert outlet_from_url("www.wsj.com") == "wsj.com"
    assert outlet_from_url("https://www.bbc.co.uk/news/x") == "bbc.co.uk"


def test_a_dated_dateline_is_the_day_the_story_was_written() -> None:
    from newsfuse.clean.metadata import dateline_date

    assert dateline_date("MONTREAL, October 16 (Xinhua) -- The fund called ...", "1996-10-17") == "1996-10-16"
    assert dateline_date("MONTREAL, December 31 (Xinhua) -- ...", "1997-01-01") == "1996-12-31"
    assert dateline_date("MONTREAL, October 1 (Xinhua) -- ...", "1996-10-17") == ""  # too far: keep the stamp
    assert dateline_date("MOSCOW (AP) -- ...", "1996-10-17") == ""


def test_a_malformed_url_names_no_outlet() -> None:
    assert outlet_from_url("http://[") == "" and outlet_from_url("[::1") == ""
    assert outlet_from_url("https://www.example.com/news/1") == "example.com"
