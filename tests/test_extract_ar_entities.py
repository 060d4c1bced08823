"""Arabic entities (forces, bases, persons) on sentences written for these tests, none taken from
a real article. Each rule has its positive form and a near miss that must not fire.

A small gazetteer is built here, so the tests do not move when the project's gazetteer grows.
"""
from __future__ import annotations

import pytest

from kg.extract.gazetteer import Gazetteer
from kg.extract.lexicon import load_lexicon
from kg.model import Kind
from kg.normalise import fold

from support.ar_fixtures import _force, _place, extractor


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
        _place("peru", "بيرو", ["بيروفي", "البيروفيون"]),
        _place("norway", "النرويج", ["نرويجي", "النرويجيون"]),
        _force("peru_army", "الجيش البيروفي", "peru"),
        _force("norway_forces", "القوات النرويجية", "norway"),
    ])


@pytest.fixture(scope="module")
def extract():
    return extractor(_gazetteer())


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


# -- troops of two nations joined: two forces ------------------------------------------------------

def test_troops_of_two_nations_are_two_forces(extract):
    ex = extract("وغادر الجنود البيروفيون والنرويجيون المعسكر قبل أن يسلم إلى الجيش التشادي.")
    forces = dict(zip(_keys(ex, Kind.FORCE), _surfaces(ex, Kind.FORCE)))
    assert "peru_army" in forces and "norway_forces" in forces
    assert forces["peru_army"] == fold("البيروفيون")        # the first nation's force, its own word
    assert forces["norway_forces"] == fold("النرويجيون")    # the conjunction is not part of the name


def test_troops_of_one_nation_are_one_force(extract):
    # near miss: one nationality gives one national force
    ex = extract("وغادر الجنود البيروفيون المعسكر قبل أن يسلم إلى الجيش التشادي.")
    assert "norway_forces" not in _keys(ex, Kind.FORCE)
    assert _keys(ex, Kind.FORCE).count("peru_army") == 1


# -- the outlet a dateline names is no person when the body names it again -------------------------

def test_dateline_outlet_named_after_a_preposition_is_no_person(extract):
    ex = extract('نبض الساحل – أبشة\nوأكد العقيد يوسف داود لنبض الساحل أن "القوات الكندية غادرت المعسكر".')
    persons = _surfaces(ex, Kind.PERSON)
    assert fold("العقيد يوسف داود") in persons
    assert not any("الساحل" in p for p in persons)


@pytest.mark.parametrize("told", ["لنبض الساحل", 'لـ"نبض الساحل"'])
def test_dateline_outlet_telling_keeps_the_speaker(extract, told):
    ex = extract(f'نبض الساحل – أبشة\nوقال العقيد يوسف داود {told}: "القوات الكندية غادرت المعسكر نهائيا".')
    assert [fold(s.speaker.surface) for s in ex.statements if s.speaker] == [fold("العقيد يوسف داود")]


def test_desk_word_in_a_dateline_is_no_outlet():
    # near miss: خاص (a desk word the lexicon knows) beside the place names no outlet
    from kg.extract.arabic_lex import ArabicLexicon
    from kg.extract.arabic_mentions import MentionFinder
    from kg.extract.arabic_text import Doc
    doc = Doc("أبشة – خاص\nوأكد العقيد يوسف داود بشكل خاص أن القوات الكندية غادرت.")
    found = MentionFinder(doc, ArabicLexicon(load_lexicon("ar")), _gazetteer()).find()
    assert not [m for m in found if m.cat in ("media", "addressee")]


# -- a police named by its province or city is a force ---------------------------------------------

def test_police_named_by_its_town_is_a_force(extract):
    ex = extract("وتسلمت شرطة أبشة المقر من القوات الكندية أمس.")
    assert fold("شرطة أبشة") in _surfaces(ex, Kind.FORCE)


def test_generic_forces_of_a_town_are_no_named_force(extract):
    # near miss: قوات + a town is only forces there, not a body named by the town
    ex = extract("وانتشرت قوات أبشة على الطريق أمس.")
    assert fold("قوات أبشة") not in _surfaces(ex, Kind.FORCE)


# -- the rank العماد; a given name that is also a rank word ------------------------------------------

def test_rank_imad_with_the_article_is_a_rank(extract):
    person = next(m for m in extract("وقال العماد نبيل حداد إن الجيش تسلم الموقع.").mentions
                  if m.kind is Kind.PERSON)
    assert fold(person.name) == fold("نبيل حداد") and fold(person.role) == fold("العماد")


def test_given_name_imad_after_a_rank_stays_in_the_name(extract):
    # near miss: عماد without the article is a given name, not a second rank
    person = next(m for m in extract("وقال العميد عماد حداد إن الجيش تسلم الموقع.").mentions
                  if m.kind is Kind.PERSON)
    assert fold(person.name) == fold("عماد حداد")


# -- a role whose complement is a media noun -----------------------------------------------------------

def test_minister_of_information_is_a_role(extract):
    ex = extract("وقال وزير الإعلام التشادي حسين بكر إن القوات الكندية غادرت.")
    person = next(m for m in ex.mentions if m.kind is Kind.PERSON)
    assert fold(person.name) == fold("حسين بكر")
    assert [fold(s.speaker.surface) for s in ex.statements if s.speaker] == [fold(person.surface)]


def test_media_noun_without_a_role_still_blocks(extract):
    # near miss: وسائل الإعلام with no role noun before it is the press: it speaks for no one
    ex = extract("وقالت وسائل الإعلام التشادية إن القوات الكندية غادرت.")
    assert _surfaces(ex, Kind.PERSON) == []
    assert not [s for s in ex.statements if s.speaker]


# -- a dual head or an accusative singular: مقرا لـ ... is "as a seat for", no list of two -------------

def _found_bases(text):
    from kg.extract.arabic_lex import ArabicLexicon
    from kg.extract.arabic_mentions import MentionFinder
    from kg.extract.arabic_text import Doc
    doc = Doc(text)
    return [doc.surface(m.a, m.b) for m in MentionFinder(doc, ArabicLexicon(load_lexicon("ar")), _gazetteer()).find()
            if m.kind is Kind.BASE]


def test_accusative_seat_before_li_is_no_dual_list():
    found = _found_bases("وقالت إن الكتيبة ستتخذ منها مقرا لقيادتها عوضا عن معسكرها القديم.")
    assert not any("عوضا" in b for b in found)


def test_dual_head_in_construct_still_lists_two_bases(extract):
    # near miss: a dual right before its genitive names two bases
    ex = extract("وسلمت القوات الكندية معسكرا زيتون والنخيل إلى الجيش التشادي.")
    assert [n for _, n in _bases(ex)] == [fold("زيتون"), fold("النخيل")]


# -- an agency of state named with a media head noun --------------------------------------------------

def test_agency_of_state_is_a_body_not_an_outlet(extract):
    ex = extract("وأعلنت وكالة الأمن التشادية أن القوات الكندية غادرت أبشة نهائيا.")
    assert fold("وكالة الأمن التشادية") in _surfaces(ex, Kind.ORGANIZATION)
    assert [fold(s.speaker.surface) for s in ex.statements if s.speaker] == [fold("وكالة الأمن التشادية")]


def test_news_agency_is_still_an_outlet(extract):
    # near miss: وكالة الأنباء is the press: no body, no speaker
    ex = extract("وأعلنت وكالة الأنباء التشادية أن القوات الكندية غادرت أبشة نهائيا.")
    assert _surfaces(ex, Kind.ORGANIZATION) == []
    assert not [s for s in ex.statements if s.speaker]
