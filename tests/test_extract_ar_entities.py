"""Arabic entities (forces, bases, persons) on sentences written for these tests, none taken from
a real article. Each rule has its positive form and a near miss that must not fire.

A small gazetteer is built here, so the tests do not move when the project's gazetteer grows.
"""
from __future__ import annotations

import pytest

from kg.extract import Resources
from kg.extract.arabic import ArabicExtractor
from kg.extract.gazetteer import Entry, Gazetteer
from kg.extract.lexicon import load_lexicon
from kg.model import Article, Kind
from kg.normalise import fold


def _place(key, label, demonyms=(), names=(), located_in=None):
    return Entry(Kind.PLACE, key, labels={"ar": label}, names=[(n, "ar") for n in names],
                 demonyms=[(d, "ar") for d in demonyms], located_in=located_in)


def _force(key, label, place=None, names=()):
    return Entry(Kind.FORCE, key, labels={"ar": label}, names=[(n, "ar") for n in names],
                 national_force_of=place)


def _gazetteer() -> Gazetteer:
    return Gazetteer([
        _place("canada", "كندا", ["كندي", "كندية"]),
        _place("chad", "تشاد", ["تشادي", "تشادية"]),
        _place("south_korea", "كوريا الجنوبية", ["كوري جنوبي"]),
        _place("sierra_leone", "سيراليون"),
        _place("south_sudan", "جنوب السودان"),
        _place("new_zealand", "نيوزيلندا", ["نيوزيلندي", "نيوزيلندية"]),
        _place("east_timor", "تيمور الشرقية"),
        _place("burkina", "بوركينا فاسو"),
        _place("cape_verde", "الرأس الأخضر"),
        _place("south_africa", "جنوب أفريقيا"),
        _place("ivory", "ساحل العاج", names=["كوت ديفوار"]),
        _place("abeche", "أبشة", located_in="chad"),
        _force("canadian_forces", "القوات الكندية", "canada"),
        _force("chad_army", "الجيش التشادي", "chad"),
        _force("sa_forces", "قوات الدفاع الوطني لجنوب أفريقيا", "south_africa"),
        _force("ivory_forces", "القوات المسلحة الإيفوارية", "ivory"),
        _force("ss_army", "جيش جنوب السودان", "south_sudan"),
    ])


@pytest.fixture(scope="module")
def extract():
    res = Resources({"gazetteer": _gazetteer(), "lexicon:ar": load_lexicon("ar")})
    ext = ArabicExtractor(res)
    return lambda text: ext(Article(source="test.txt", text=text, lang="ar"))


def _surfaces(ex, kind):
    return [fold(m.surface).strip() for m in ex.mentions if m.kind is kind]


def _keys(ex, kind):
    return [m.key for m in ex.mentions if m.kind is kind]


# -- "X بقيادة Y": Y leads X; Y is no force ---------------------------------------------------------

@pytest.mark.parametrize("text,person", [
    ("تقاتل الحركة بقيادة يوسف كوتي ضد الحكومة منذ سنوات.", "يوسف كوتي"),
    ("وانسحب الفصيل المسلح وبقيادة مارتن أوكيلو من البلدة.", "مارتن أوكيلو"),
    ("وتحالف الحزب بزعامة سليمان ديارا مع المعارضة.", "سليمان ديارا"),
])
def test_led_by_person_is_a_person_not_a_force(extract, text, person):
    ex = extract(text)
    assert not any(fold(person) in s for s in _surfaces(ex, Kind.FORCE))
    assert fold(person) in _surfaces(ex, Kind.PERSON)


def test_led_by_country_is_not_a_second_force(extract):
    ex = extract("وصلت قوة متعددة الجنسيات بقيادة كندا إلى أبشة.")
    assert "canadian_forces" not in _keys(ex, Kind.FORCE)
    assert _surfaces(ex, Kind.FORCE) == [fold("قوة متعددة الجنسيات بقيادة كندا")]


def test_command_noun_without_led_by_still_names_a_force(extract):
    # near miss: قيادة with no preposition is the head of a named command
    ex = extract("أعلنت قيادة العمليات المشتركة السيطرة على الجسر.")
    assert any("قياده" in s for s in _surfaces(ex, Kind.FORCE))


# -- multinational: an adjective in construct with its noun names the force --------------------------

@pytest.mark.parametrize("surface", ["قوة متعددة الجنسيات", "القوات متعددة الجنسيات", "فرقة متعددة الجنسيات"])
def test_multinational_force(extract, surface):
    ex = extract(f"انسحبت {surface} من الإقليم الشهر الماضي.")
    assert fold(surface) in _surfaces(ex, Kind.FORCE)


def test_indefinite_adjective_alone_is_no_force(extract):
    # near miss: a plain indefinite adjective after a generic head names nothing
    ex = extract("انسحبت قوات كبيرة من الإقليم الشهر الماضي.")
    assert _surfaces(ex, Kind.FORCE) == []


# -- nationalities of two-word countries ---------------------------------------------------------

@pytest.mark.parametrize("text,key", [
    ("وقال المتحدث باسم القوات الجنوب أفريقية، ثابو مبيكي، إن الانسحاب اكتمل.", "sa_forces"),
    ("وسلم الجيش الكوت ديفوارية الموقع أمس.", None),
    ("وانتشرت القوات الكوت ديفوارية على الحدود.", "ivory_forces"),
])
def test_two_word_nationality(extract, text, key):
    ex = extract(text)
    persons = _surfaces(ex, Kind.PERSON)
    assert not any(p.startswith(("افريقي", "ديفوار")) for p in persons)
    if key:
        assert key in _keys(ex, Kind.FORCE)


def test_two_word_nationality_person_after_it(extract):
    ex = extract("وقال المتحدث باسم القوات الجنوب أفريقية، ثابو مبيكي، إن الانسحاب اكتمل.")
    assert fold("ثابو مبيكي") in _surfaces(ex, Kind.PERSON)


def test_region_word_then_ordinary_nationality_is_not_compound(extract):
    # near miss: الجنوب then a nationality of another country is the region and that nationality
    ex = extract("وانتشرت القوات التشادية في الجنوب التشادي قرب أبشة.")
    assert _keys(ex, Kind.FORCE) == ["chad_army"]


def test_indefinite_plural_multinational_is_a_description(extract):
    # near miss: an indefinite plural head is forces of that kind, not one force
    ex = extract("وقال إن قوات متعددة الجنسيات عملت في الإقليم سنوات.")
    assert _surfaces(ex, Kind.FORCE) == []


def test_multinational_unit_and_force_stay_two():
    # the unit's head noun is part of what identifies it: the force and the division are two
    from kg.extract.arabic_lex import ArabicLexicon
    from kg.extract.arabic_mentions import MentionFinder
    from kg.extract.arabic_text import Doc
    doc = Doc("سلمت القوات متعددة الجنسيات المهام إلى فرقة متعددة الجنسيات يقودها ضابط كندي.")
    forces = [m for m in MentionFinder(doc, ArabicLexicon(load_lexicon("ar")), _gazetteer()).find()
              if m.kind is Kind.FORCE]
    assert len(forces) == 2 and forces[0].ident != forces[1].ident


# -- bases ----------------------------------------------------------------------------------------

def _bases(ex):
    return [(fold(m.surface).strip(), m.name and fold(m.name).strip()) for m in ex.mentions if m.kind is Kind.BASE]


def test_town_whose_name_opens_with_a_site_noun(extract):
    # مدينة / بلدة + a name that begins with قلعة، برج ...: the town's name, the base's too
    ex = extract("وأخلت القوات الكندية قاعدتها الرئيسية في بلدة قلعة زيتون قبل أسبوع.")
    assert [n for _, n in _bases(ex)] == [fold("قلعة زيتون")]


def test_site_noun_without_a_locality_noun_is_no_town(extract):
    # near miss: في قلعة X with no locality noun before it is a base of its own, not the town
    ex = extract("وأخلت القوات الكندية قاعدتها الرئيسية في قلعة قديمة قبل أسبوع.")
    assert fold("قلعة قديمة") not in [n for _, n in _bases(ex)]


@pytest.mark.parametrize("name", ["عمرو بن العاص", "أبو ذر", "زيد بن حارثة"])
def test_base_named_after_a_person_by_lineage(extract, name):
    ex = extract(f"وسلم الجيش التشادي معسكر {name} إلى القوات الكندية.")
    assert [n for _, n in _bases(ex)] == [fold(name)]


def test_base_head_then_given_name_alone_is_not_a_lineage(extract):
    # near miss: a given name with no particle of lineage proves nothing (معسكر سالم may be a place)
    ex = extract("وسلم الجيش التشادي معسكر سالم إلى القوات الكندية.")
    assert _bases(ex) == []


def test_complement_adjective_before_location(extract):
    ex = extract("وسلمت القوات الكندية قاعدة الإسناد المتقدم في أبشة إلى الجيش التشادي.")
    assert [n for _, n in _bases(ex)] == [fold("أبشة")]


def test_complement_adjective_without_location_is_no_base_name(extract):
    # near miss: no في + place after the adjective: nothing names the base
    ex = extract("وسلمت القوات الكندية قاعدة الإسناد المتقدم إلى الجيش التشادي في أبشة.")
    assert fold("أبشة") not in [n for _, n in _bases(ex)]


def test_seat_in_a_named_site(extract):
    # مقرها في قلعة X: the seat is the castle named there, not the town alone
    ex = extract("وأخلت الكتيبة مقرها في قلعة أبشة بعد أسبوعين.")
    assert [n for _, n in _bases(ex)] == [fold("قلعة أبشة")]


def test_seat_in_a_described_site_is_not_named(extract):
    # near miss: an adjective after the site noun is no name
    ex = extract("وأخلت الكتيبة مقرها في قلعة قديمة بعد أسبوعين.")
    assert all(n != fold("قلعة قديمة") for _, n in _bases(ex))


# -- persons after a definite role word --------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("وجاء القرار بعد زيارة الرئيس ماهامات كاكا إلى أبشة.", "ماهامات كاكا"),
    ("وقال وزير الدفاع التشادي داود يايا إن القوات غادرت.", "داود يايا"),
    ("وقال وزير الدفاع التشادي كندي مالو إن القوات غادرت.", "كندي مالو"),
])
def test_name_right_after_a_definite_role(extract, text, name):
    assert fold(name) in _surfaces(extract(text), Kind.PERSON)


@pytest.mark.parametrize("text", [
    "وقال وزير الدفاع التشادي إن القوات غادرت.",
    "وزار الرئيس أبشة بعد انسحاب القوات الكندية.",
])
def test_definite_role_without_a_name_gives_no_person(extract, text):
    assert _surfaces(extract(text), Kind.PERSON) == []


def test_led_by_country_is_part_of_the_force_description(extract):
    ex = extract("وسلمت القوات الكندية المهام إلى قوة متعددة الجنسيات بقيادة تشاد في أبشة.")
    assert fold("قوة متعددة الجنسيات بقيادة تشاد") in _surfaces(ex, Kind.FORCE)
    assert "chad_army" not in _keys(ex, Kind.FORCE)


def test_leader_nationality_does_not_make_a_national_force(extract):
    # the nationality after بقيادة is the leader's, not the force's: no Canadian national force
    ex = extract("وانسحبت قوات حفظ السلام بقيادة كندية من أبشة.")
    assert "canadian_forces" not in _keys(ex, Kind.FORCE)
    # near miss: the nationality of the force itself still names the national force
    ex = extract("وانسحبت قوات حفظ السلام الكندية من أبشة.")
    assert "canadian_forces" in _keys(ex, Kind.FORCE)


def test_ambiguous_rank_opening_a_short_quoted_name_is_no_person(extract):
    # فريق / لواء are a team and a brigade too: «فريق X المشترك» names a body, not a general
    ex = extract('وانتقلت المهام إلى قوة تحمل اسم "فريق زيندر المشترك"، على أن تغادر.')
    assert _surfaces(ex, Kind.PERSON) == []


def test_ambiguous_rank_opening_a_quoted_statement_keeps_the_person(extract):
    # near miss: a long quotation that opens with a rank and a name still names a person
    ex = extract('وقال المتحدث: "الفريق محمد يونس سيزور القاعدة مع وفد كبير من الضباط غدا".')
    assert any(fold("محمد يونس") in p for p in _surfaces(ex, Kind.PERSON))
