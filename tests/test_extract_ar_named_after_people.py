"""Bases are named after people (ثكنات كامبل, Camp Humphreys): once the base is named, a person
of that surname keeps it in his name, and the bare name stays the base elsewhere (sentences
written for this test)."""
from __future__ import annotations

from kg.model import Article, Kind
from kg.pipeline import extract


def _mentions(text: str) -> list[tuple[str, str]]:
    ex = extract(Article(source="t.txt", text="خبر\n\n" + text + "\n\nوقال مصدر إن الوضع هادئ.", lang="ar"))
    return [(m.kind.value, m.name or m.surface) for m in ex.mentions if m.kind in (Kind.PERSON, Kind.BASE)]


def test_a_persons_surname_that_names_a_base_stays_in_his_name():
    found = _mentions("أخلت القوات ثكنات كارسون في المدينة. وقال قائد الحامية، العقيد مارك كارسون، إن المراسم بسيطة.")
    assert ("person", "مارك كارسون") in found
    assert sum(1 for kind, _ in found if kind == "base") == 1


def test_a_surname_after_a_rank_and_a_foreign_given_name_stays_in_his_name():
    found = _mentions("أخلت القوات ثكنات كارسون في المدينة. وقال الجنرال ثورستن كارسون إن المراسم بسيطة.")
    assert ("person", "ثورستن كارسون") in found


def test_the_bare_name_after_a_verb_and_its_subject_is_still_the_base():
    found = _mentions("أخلت القوات ثكنات كارسون في المدينة. وغادر آخر الجنود كارسون صباح الأحد.")
    assert [kind for kind, _ in found].count("base") == 2


def test_barracks_named_after_a_person_is_one_base_though_its_head_is_plural():
    found = _mentions("وسلمت القوات الأمريكية ثكنات كارسون إلى السلطات الألمانية أمس.")
    assert ("base", "ثكنات كارسون") in found or ("base", "كارسون") in found


def test_a_plural_head_with_two_names_is_still_a_list():
    found = _mentions("وأخلت القوات معسكرات تالين وبارو في الشمال.")
    assert sum(1 for kind, _ in found if kind == "base") == 2


def test_barracks_of_a_force_are_no_named_base():
    found = _mentions("وانسحبت القوات البريطانية من ثكنات الجيش الأردني في عمان.")
    assert not any(kind == "base" for kind, _ in found)
