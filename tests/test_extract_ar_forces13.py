"""Arabic forces: words of belonging, forces named by their men or by a description, and words
that can never be a force. Sentences written for these tests, none taken from an article; each
rule has its positive forms (the paradigm as real text varies it) and a near miss that must not
fire.

A small gazetteer is built here, so the tests do not move when the project's gazetteer grows.
"""
from __future__ import annotations

import pytest

from kg.extract.gazetteer import Gazetteer
from kg.model import Kind
from kg.normalise import fold

from support.ar_fixtures import _force, _place, extractor
from support.ar_fixtures import mention_keys as _keys, mention_surfaces as _surfaces


def _gazetteer() -> Gazetteer:
    return Gazetteer([
        _place("chile", "تشيلي", ["تشيلي", "تشيلية", "تشيليين", "تشيليون"]),
        _place("peru", "بيرو", ["بيروفي", "بيروفية", "بيروفيين", "بيروفيون"]),
        _place("arica", "أريكا", located_in="chile"),
        _place("cusco", "كوسكو", located_in="peru"),
        _force("chilean_army", "الجيش التشيلي", "chile"),
        _force("peruvian_forces", "القوات البيروفية", "peru"),
    ])


@pytest.fixture(scope="module")
def extract():
    return extractor(_gazetteer())


# -- adjectives of belonging (one lexicon list): التابعة / العائدة لـ X names X ---------------------------

@pytest.mark.parametrize("text", [
    "وقالت الوحدات العائدة للجيش التشيلي إنها أنهت المناورة.",
    "وقالت القيادة العائدة للجيش التشيلي إنها أنهت المناورة.",
])
def test_head_belonging_to_a_known_force_is_that_force(extract, text):
    ex = extract(text)
    assert any(m.key == "chilean_army" and fold(m.surface).startswith(fold(text.split()[1]))
               for m in ex.mentions), text


def test_returning_forces_belong_to_nobody(extract):
    # near miss: العائدة من is "returning from", no holder follows
    ex = extract("وقالت القوات العائدة من أريكا إنها وصلت سالمة.")
    assert "chilean_army" not in _keys(ex)


@pytest.mark.parametrize("text,name", [
    ("وانتشرت قوات حرس الحدود العائدة للجيش التشيلي قرب أريكا.", "حرس الحدود"),
    ("وانسحبت الفرقة السابعة العائدة للجيش التشيلي من أريكا.", "الفرقة السابعة"),
    ("وانسحب اللواء الخامس المدرع العائد للجيش التشيلي من أريكا.", "اللواء الخامس المدرع"),
])
def test_belonging_adjective_ends_a_force_name(extract, text, name):
    assert fold(name) in _surfaces(extract(text))


# -- a unit named with the numbered formation it belongs to (التابع لـ): one name ----------------------

@pytest.mark.parametrize("text,surface", [
    ("وتسلم اللواء الثاني التابع للفيلق 205 المعسكر أمس.", "اللواء الثاني التابع للفيلق 205"),
    ("وانسحبت الكتيبة 14 التابعة للفرقة السابعة من أريكا.", "الكتيبة 14 التابعة للفرقة السابعة"),
    ("وانسحبت الكتيبة 14 التابعة لـ الفرقة السابعة من أريكا.", "الكتيبة 14 التابعة لـ الفرقة السابعة"),
    ("وتقدمت السرية الأولى العائدة للكتيبة الرابعة نحو الجسر.", "السرية الأولى العائدة للكتيبة الرابعة"),
])
def test_unit_named_with_the_formation_it_belongs_to(extract, text, surface):
    assert fold(surface) in _surfaces(extract(text))


def test_unit_belonging_to_an_army_stays_two(extract):
    # near miss: التابعة للجيش X: the unit and the army are two forces
    ex = extract("وانسحبت الفرقة السابعة التابعة للجيش التشيلي من أريكا.")
    assert fold("الفرقة السابعة") in _surfaces(ex) and "chilean_army" in _keys(ex)


# -- a head with the article is never in construct: a country after it is no owner ------------------------

@pytest.mark.parametrize("text", [
    "وقال إن المهمة التي دخلت من أجلها القوات بيرو قد انتهت.",       # the country: the verb's object
    "وغادرت القوات تشيلي بعد عامين من الانتشار.",
    "وغادر الجيش بيرو بعد عامين من الانتشار.",
])
def test_definite_head_and_a_country_name_no_national_force(extract, text):
    ex = extract(text)
    assert not any(m.key in ("chilean_army", "peruvian_forces") for m in ex.mentions if m.kind is Kind.FORCE), text


@pytest.mark.parametrize("text,key", [
    ("وقالت قوات تشيلي إنها أنهت المناورة.", "chilean_army"),             # indefinite head: construct
    ("وغادرت القوات التشيلية أريكا بعد عامين.", "chilean_army"),           # the nationality adjective
])
def test_country_forces_in_construct_still_named(extract, text, key):
    assert key in _keys(extract(text))


# -- an indefinite head and an indefinite adjective name no force -------------------------------------------

@pytest.mark.parametrize("text", [
    "وخسر الجيش قيادة إقليمية يعتمد عليها في الشمال.",                # an adjective, then a verb
    "وأشار إلى أن قيادة إقليمية جديدة ستنشأ في أريكا.",
    "وأضاف أن قوة إقليمية تتولى حماية الحدود.",
])
def test_indefinite_regional_head_is_no_name(extract, text):
    assert not any("اقليمي" in s for s in _surfaces(extract(text))), text


def test_definite_regional_command_of_a_country_kept(extract):
    # near miss: definite, with the nationality: the country's regional command is named
    ex = extract("وقالت القيادة الإقليمية التشيلية إنها أنهت المناورة.")
    assert fold("القيادة الإقليمية التشيلية") in _surfaces(ex)
    assert _keys(ex) == ["chilean_army"]


# -- militias, factions, gangs, rebels named by a nationality: a group of that country, not its army ----------

@pytest.mark.parametrize("text,surface", [
    ("وتعرضت دورية لهجوم شنته فصائل مسلحة بيروفية قرب كوسكو.", "فصائل مسلحة بيروفية"),
    ("وقالت الفصائل البيروفية إنها لن تسلم سلاحها.", "الفصائل البيروفية"),
    ("وانسحبت الميليشيات التشيلية من أريكا فجر الأحد.", "الميليشيات التشيلية"),
    ("وقاتلت مليشيات بيروفية على أطراف كوسكو.", "مليشيات بيروفية"),
    ("وقال الثوار التشيليون إنهم دخلوا أريكا.", "الثوار التشيليون"),
    ("وهاجمت عصابات بيروفية مركزا للشرطة.", "عصابات بيروفية"),
])
def test_irregular_group_with_nationality_is_not_the_army(extract, text, surface):
    ex = extract(text)
    group = [m for m in ex.mentions if m.kind is Kind.FORCE and fold(m.surface).strip() == fold(surface)]
    assert group and group[0].key not in ("chilean_army", "peruvian_forces"), text


def test_irregular_group_and_the_army_stay_two(extract):
    ex = extract("وقالت القوات البيروفية إن فصائل مسلحة بيروفية هاجمت كوسكو.")
    forces = [m for m in ex.mentions if m.kind is Kind.FORCE]
    assert len({m.key or m.name for m in forces}) == 2


@pytest.mark.parametrize("text,key", [
    ("وقالت قوات بيروفية إنها وصلت إلى كوسكو.", "peruvian_forces"),        # near miss: a force head
    ("وانسحب الجيش التشيلي من أريكا.", "chilean_army"),
])
def test_regular_heads_with_nationality_stay_the_army(extract, text, key):
    assert key in _keys(extract(text))


# -- the command of a known force with the region it covers: a command of its own ---------------------------

@pytest.mark.parametrize("text,surface", [
    ("وقالت قيادة الجيش التشيلي الشمالية إنها أنهت المناورة.", "قيادة الجيش التشيلي الشمالية"),
    ("وأعلنت قيادة الجيش التشيلي الجنوبي تسليم الموقع.", "قيادة الجيش التشيلي الجنوبي"),    # agreeing with the army
    ("وقالت قيادة القوات البيروفية الوسطى إن الطريق آمن.", "قيادة القوات البيروفية الوسطى"),
    ("ونقلت القاعدة إلى قيادة الجيش التشيلي المركزية أمس.", "قيادة الجيش التشيلي المركزية"),
])
def test_regional_command_of_a_force_is_its_own(extract, text, surface):
    ex = extract(text)
    cmd = [m for m in ex.mentions if m.kind is Kind.FORCE and fold(m.surface).strip() == fold(surface)]
    assert cmd and cmd[0].key is None, text


@pytest.mark.parametrize("text,key", [
    ("وقالت قيادة الجيش التشيلي إنها أنهت المناورة.", "chilean_army"),          # no region: the army itself
    ("وقالت قيادة الجيش التشيلي في المنطقة الشمالية إن الطريق آمن.", "chilean_army"),
])
def test_command_without_region_is_the_force(extract, text, key):
    ex = extract(text)
    assert key in _keys(ex) and not any(s.startswith(fold("قيادة")) for s in _surfaces(ex))


# -- a joint force named by the bodies it belongs to (لـ + a plural or a body and its adjectives) ---------------

@pytest.mark.parametrize("text,surface", [
    ("وقالت القوة المشتركة للحركات المسلحة إنها تسلمت المعسكر.", "القوة المشتركة للحركات المسلحة"),
    ("وانتشرت القوات المشتركة للفصائل الموقعة قرب كوسكو.", "القوات المشتركة للفصائل الموقعة"),
    ("وانسحبت القوات الحكومية للمجلس الانتقالي من أريكا.", "القوات الحكومية للمجلس الانتقالي"),
])
def test_joint_force_named_by_its_owners(extract, text, surface):
    assert fold(surface) in _surfaces(extract(text))


@pytest.mark.parametrize("text,surface", [
    ("وقالت القوات المشتركة للمرة الأولى إنها دخلت أريكا.", "القوات المشتركة"),     # a time, no owner
    ("وتقدمت القوات الحكومية للسيطرة على كوسكو.", "القوات الحكومية"),              # a purpose
])
def test_joint_force_without_owner_keeps_its_short_name(extract, text, surface):
    assert fold(surface) in _surfaces(extract(text))


def test_joint_forces_and_the_described_owners_stay_apart_from_the_army(extract):
    # near miss: the joint force of the movements is no national army named in the same article
    ex = extract("وقالت القوة المشتركة للحركات المسلحة إن الجيش التشيلي انسحب من أريكا.")
    assert "chilean_army" in _keys(ex) and fold("القوة المشتركة للحركات المسلحة") in _surfaces(ex)


# -- a body named with the owner it belongs to; the adjective alone never ends its name ------------------------

@pytest.mark.parametrize("text,name", [
    ("وقال مصدر في رئاسة الأركان التابعة لحكومة كوسكو إن الوضع هادئ.", "رئاسة الأركان التابعة لحكومة كوسكو"),
    ("وأكدت اللجنة الفنية العائدة للجيش التشيلي أنها أنهت عملها.", "اللجنة الفنية العائدة للجيش التشيلي"),
    ("وطالبت لجنة الأمن التابعة لمجلس الوزراء بإخلاء الموقع.", "لجنة الأمن التابعة لمجلس الوزراء"),
])
def test_body_named_with_its_owner(extract, text, name):
    bodies = [fold(m.surface).strip() for m in extract(text).mentions if m.kind is Kind.ORGANIZATION]
    assert fold(name) in bodies, text


def test_body_name_ends_before_a_returning_adjective(extract):
    # near miss: العائدة من is "returning from": no owner, the adjective is no word of the name
    bodies = [fold(m.surface).strip() for m in extract("وأكدت اللجنة الفنية العائدة من أريكا أنها أنهت عملها.").mentions
              if m.kind is Kind.ORGANIZATION]
    assert bodies == [fold("اللجنة الفنية")]
