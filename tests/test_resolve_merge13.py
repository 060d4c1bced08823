"""One graph across languages (names and sentences written for these tests): a numbered unit
named with or without its arm of service, a fort written with its transliterated type word, and
the bare descriptions Arabic news uses for a named alliance or multinational force."""
from __future__ import annotations

import pytest
from rdflib import RDF

from kg.model import Kind
from kg.namespace import HKO
from kg.resolve_names import same_named

from test_resolve import Report, graph_of


# --- a numbered unit, with or without its arm of service -------------------------------------

@pytest.mark.parametrize("a, b", [
    ("57th Mechanized Brigade", "اللواء 57"),
    ("57th Brigade", "اللواء 57 مؤلل"),
    ("اللواء 57 المدرع", "57th Brigade"),
    ("118th Tactical Aviation Brigade", "اللواء 118"),
    ("118th Tactical Aviation Brigade", "للواء 118"),                 # ل + اللواء
    ("118th Tactical Aviation Brigade", "اللواء 118 للطيران التكتيكي"),
    ("3rd Battalion, 41st Field Artillery Regiment", "الكتيبة الثالثة في فوج المدفعية الميدانية 41"),
    ("1st Brigade, 4th Cavalry Division", "اللواء الأول في فرقة الفرسان الرابعة"),
    ("the 61st Motorized Rifle Division", "61st Division"),
])
def test_a_numbered_unit_with_or_without_its_arm_is_one_unit(a, b):
    assert same_named(a, b)


@pytest.mark.parametrize("a, b", [
    ("57th Armoured Brigade", "57th Mechanised Brigade"),     # two arms: two units
    ("57th Brigade", "57th Armoured Division"),               # another echelon
    ("57th Brigade", "58th Armoured Brigade"),                # another number
    ("3rd Battalion", "3rd Battalion, 41st Field Artillery Regiment"),   # a regiment more
    ("اللواء 57", "الفرقة 57 مدرعة"),
])
def test_units_of_another_arm_echelon_or_number_stay_apart(a, b):
    assert not same_named(a, b)


def _forces(*names: tuple[str, str]) -> int:
    reports = []
    for name, lang in names:
        r = Report(f"{name} .", lang)
        r.m(Kind.FORCE, name)
        reports.append(r)
    _, g = graph_of(*reports)
    return len(set(g.subjects(RDF.type, HKO.Force)))


def test_a_unit_reported_without_its_arm_in_one_script_joins_its_full_name_in_the_other():
    assert _forces(("اللواء 57", "ar"), ("57th Mechanised Brigade", "en")) == 1


def test_a_unit_without_its_arm_does_not_join_two_units_of_other_arms_together():
    # the short name may join one of them; the two arms stay two units
    assert _forces(("اللواء 57", "ar"), ("57th Mechanised Brigade", "en"), ("57th Armoured Brigade", "en")) == 2


# --- a fort, its type word transliterated -------------------------------------------------

@pytest.mark.parametrize("a, b", [
    ("Fort McPherson", "قاعدة فورت ماكفرسون"),
    ("Fort McPherson", "فورت ماكفرسون"),
    ("Fort McPherson", "McPherson base"),
])
def test_a_fort_is_its_name_with_the_type_word_in_either_script(a, b):
    assert same_named(a, b, True)


def test_two_forts_stay_two():
    assert not same_named("Fort McPherson", "Fort Gillem", True)
    assert not same_named("فورت ماكفرسون", "Fort Gillem", True)


# --- the alliance and the multinational force, described after they are named ----------------

def _named_and_described(text: str, named: str, key: str, described: str) -> int:
    r = Report(text, "ar")
    r.m(Kind.FORCE, named, key=key)
    r.m(Kind.FORCE, described)
    _, g = graph_of(r)
    return len(set(g.subjects(RDF.type, HKO.Force)))


def test_the_alliance_after_nato_named_by_its_acronym_is_nato():
    text = "أعلن الناتو سحب جنوده من القاعدة، وقالت قيادة الحلف إن الانسحاب اكتمل."
    assert _named_and_described(text, "الناتو", "nato", "الحلف") == 1


def test_the_alliance_is_not_a_coalition_named_in_the_article():
    text = "أعلن التحالف الدولي سحب جنوده، وقالت قيادة الحلف إن الانسحاب اكتمل."
    assert _named_and_described(text, "التحالف الدولي", "coalition", "الحلف") == 2


def test_the_multinational_force_after_the_mnjtf_is_named_is_the_mnjtf():
    text = "أخلت القوة المشتركة متعددة الجنسيات معسكرها، وقالت القوة المتعددة الجنسيات إنها ستعود."
    assert _named_and_described(text, "القوة المشتركة متعددة الجنسيات", "mnjtf", "القوة المتعددة الجنسيات") == 1


def test_a_multinational_division_is_not_the_multinational_force():
    text = "أخلت القوة المشتركة متعددة الجنسيات معسكرها، وبقيت الفرقة المتعددة الجنسيات في مواقعها."
    assert _named_and_described(text, "القوة المشتركة متعددة الجنسيات", "mnjtf", "الفرقة المتعددة الجنسيات") == 2


def test_the_national_army_is_not_a_foreign_force_whose_gazetteer_name_says_national():
    text = "انسحبت القوات الإثيوبية من البلدة، وانتشر الجيش الوطني في محيطها."
    assert _named_and_described(text, "القوات الإثيوبية", "ethiopian_forces", "الجيش الوطني") == 2


# --- a known entity carries all its gazetteer names into the comparison ----------------------

def _count(kind: Kind, *mentions: tuple[str, str, str | None]) -> int:
    reports = []
    for name, lang, key in mentions:
        r = Report(f"{name} .", lang)
        r.m(kind, name, key=key)
        reports.append(r)
    _, g = graph_of(*reports)
    cls = {Kind.FORCE: HKO.Force, Kind.BASE: HKO.Base}[kind]
    return len(set(g.subjects(RDF.type, cls)))


def test_a_known_force_named_one_way_meets_another_report_naming_it_by_its_other_name():
    # the Arabic report names NATO by its Arabic label; the English one spells the name out
    assert _count(Kind.FORCE, ("حلف شمال الأطلسي", "ar", "nato"),
                  ("North Atlantic Treaty Organization", "en", None)) == 1


def test_a_base_named_in_the_gazetteer_by_its_town_does_not_take_the_town():
    # 'the 6th Infantry Division headquarters in El Fasher' places the base; El Fasher alone is
    # the town, or another base there
    assert _count(Kind.BASE, ("مقر الفرقة السادسة مشاة", "ar", "sixth_infantry_division_el_fasher"),
                  ("El Fasher", "en", None)) == 2


def test_a_name_like_two_known_forces_does_not_make_them_one():
    assert _count(Kind.FORCE, ("الجيش العربي السوري", "ar", "syrian_army"),
                  ("الحكومة السورية", "ar", "syrian_government"),
                  ("Syrian government forces", "en", None)) == 2


def _article(lang: str, *mentions: tuple[str, str | None]) -> Report:
    r = Report(" ، ".join(name for name, _ in mentions) + " .", lang)
    for name, key in mentions:
        r.m(Kind.FORCE, name, key=key)
    return r


def test_a_known_force_meets_its_other_gazetteer_name_in_another_article():
    # the gazetteer knows Serval as a name the French force is reported by
    _, g = graph_of(_article("ar", ("القوات الفرنسية", "french_forces")), _article("en", ("Serval forces", None)))
    assert len(set(g.subjects(RDF.type, HKO.Force))) == 1


def test_an_article_that_names_a_known_force_and_another_beside_it_keeps_them_apart():
    # within one article the writer told the two apart: the gazetteer's other names are no evidence
    _, g = graph_of(_article("en", ("French forces", "french_forces"), ("Serval forces", None)))
    assert len(set(g.subjects(RDF.type, HKO.Force))) == 2
