"""Units named by type words alone, across scripts (names written for these tests): a compass
point with its kind (Southern Command / القيادة الجنوبية) and compound Arabic ordinals (اللواء
التاسع عشر / 19th Brigade) name one unit; a compass point alone or beside a proper word does not."""
from __future__ import annotations

import pytest

from kg.resolve_names import identifies, name_parts, same_named


@pytest.mark.parametrize("english, arabic", [
    ("Southern Command", "القيادة الجنوبية"),
    ("the Eastern Group of Forces", "مجموعة القوات الشرقية"),
    ("Northwestern Command", "القيادة الشمالية الغربية"),
    ("19th Brigade", "اللواء التاسع عشر"),
    ("Division 13", "الفرقة الثالثة عشرة"),
    ("11th Infantry Division", "الفرقة الحادية عشرة مشاة"),
    ("22nd Mechanised Brigade", "اللواء الثاني والعشرين ميكانيكي"),
    ("30th Division", "الفرقة الثلاثين"),
])
def test_a_unit_named_by_type_words_is_one_in_both_scripts(english, arabic):
    assert same_named(english, arabic)


@pytest.mark.parametrize("a, b", [
    ("Southern Command", "القيادة الشمالية"),          # another compass point
    ("Southern Command", "Eastern Command"),
    ("19th Brigade", "اللواء التاسع"),                  # 19 is not 9
    ("اللواء الثاني والعشرين", "اللواء الثاني"),
    ("North Hadi airport", "Hadi airport"),            # beside a proper word the point is part of the name
])
def test_units_of_other_numbers_or_points_stay_apart(a, b):
    assert not same_named(a, b)


def test_a_compass_point_alone_names_nothing_and_beside_a_name_is_part_of_it():
    assert not identifies("Western forces") and not identifies("القوات الغربية")
    assert identifies("Southern Command")
    assert name_parts("North Hadi airport").proper == "North Hadi"
    assert name_parts("South Sudan army").proper == "South Sudan"


@pytest.mark.parametrize("name", ["Camp North", "North Base", "Camp West"])
def test_a_base_named_by_a_compass_point_identifies_itself(name):
    assert identifies(name) and same_named(name, name)


def test_bases_named_by_other_compass_points_stay_apart():
    assert not same_named("Camp North", "Camp South")
