"""Arabic forces: how news names a force by its men, and words that can never be part of a
force's name. Sentences written for these tests, none taken from an article; each rule has its
positive forms (the paradigm as real text varies it) and a near miss that must not fire.

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
        _place("poland", "بولندا", ["بولندي", "بولندية", "بولنديين", "بولنديون"]),
        _place("greece", "اليونان", ["يوناني", "يونانية", "يونانيين", "يونانيون", "اليونانيين"]),
        _place("kenya", "كينيا", ["كيني", "كينية", "كينيين", "كينيون"]),
        _place("austria", "النمسا", ["نمساوي", "نمساوية", "نمساويين", "نمساويون"]),
        _place("norway", "النرويج", ["نرويجي", "نرويجية", "نرويجيين", "نرويجيون"]),
        _place("gdansk", "غدانسك", located_in="poland"),
        _place("mombasa", "مومباسا", located_in="kenya"),
        _force("polish_forces", "القوات البولندية", "poland"),
        _force("greek_army", "الجيش اليوناني", "greece"),
        _force("kenyan_forces", "قوات الدفاع الكينية", "kenya"),
        _force("austrian_forces", "القوات النمساوية", "austria"),
    ])


@pytest.fixture(scope="module")
def extract():
    return extractor(_gazetteer())


# -- a country's soldiers, definite, with its nationality: its force ---------------------------------

@pytest.mark.parametrize("text,key", [
    ("وأشاد العسكريون البولنديون بالتعاون مع سكان غدانسك.", "polish_forces"),       # nominative
    ("وزار الوزير آخر العسكريين اليونانيين في معسكرهم.", "greek_army"),             # genitive
    ("وتحدث الجنود الكينيون عن الطقس في مومباسا.", "kenyan_forces"),
    ("وقدمت البلدية الطعام للجنود النمساويين صباح الأحد.", "austrian_forces"),     # لـ + the article
    ("واحتفل السكان والعناصر النرويجية بالعيد.", None),                            # و + the article, no force known
    ("وقال المتحدث إن الأفراد اليونانيين أنهوا تدريبهم.", "greek_army"),
])
def test_soldiers_with_nationality_are_the_national_force(extract, text, key):
    ex = extract(text)
    forces = [m for m in ex.mentions if m.kind is Kind.FORCE]
    assert forces, text
    if key:
        assert key in _keys(ex)


def test_soldiers_and_the_named_force_are_one(extract):
    ex = extract("وقالت القوات البولندية إن الجنود البولنديين غادروا غدانسك.")
    assert set(_keys(ex)) == {"polish_forces"}


@pytest.mark.parametrize("text", [
    "ووصل جنود بولنديون إلى غدانسك أمس.",                # indefinite: men counted, no party named
    "وقتل ثلاثة جنود كينيين في هجوم قرب مومباسا.",
    "وقال المسؤول العسكري اليوناني إن الطقس سيئ.",       # singular: a military official
    "وتحدث الجنود عن الطقس في غدانسك.",                  # no nationality
])
def test_soldiers_near_misses_name_no_force(extract, text):
    assert _surfaces(extract(text)) == []


# -- a verb in the present is never a word of a force's name ------------------------------------------

@pytest.mark.parametrize("text", [
    "وقال: لن نسمح لأي ضابط استخبارات يعبر الحدود بالبقاء.",     # verb + its object
    "وأكد أن كل ميليشيا يقودها ضابط سابق ستحل.",                  # verb + object pronoun
    "وأضاف أن جهاز يراقب الاتصالات وضع في غدانسك.",
])
def test_present_verb_after_head_is_no_name(extract, text):
    assert _surfaces(extract(text)) == []


def test_name_shaped_like_a_verb_alone_stays_a_name(extract):
    # near miss: a name that opens with ي but has no object after it
    ex = extract("وقالت حركة يقين إنها غادرت غدانسك.")
    assert fold("حركة يقين") in _surfaces(ex)


# -- a definite head and the adjective that alone names a force -----------------------------------------

@pytest.mark.parametrize("text,surface", [
    ("وقالت القوات الحكومية إنها استعادت البلدة بعد معارك.", "القوات الحكومية"),
    ("وتقدمت القوات المشتركة نحو الميناء فجر الأحد.", "القوات المشتركة"),
    ("وقصفت مدفعية الجيش الحكومي مواقع المتمردين.", "الجيش الحكومي"),
])
def test_government_and_joint_forces_are_named(extract, text, surface):
    assert fold(surface) in _surfaces(extract(text))


@pytest.mark.parametrize("text", [
    "وانتشرت قوات حكومية في البلدة بعد الظهر.",        # indefinite plural: forces of that kind
    "وأجرت قوات مشتركة دوريات على الطريق.",
])
def test_indefinite_government_forces_are_a_description(extract, text):
    assert _surfaces(extract(text)) == []


def test_joint_forces_of_a_known_force_are_that_force(extract):
    # near miss: the joint forces of a force the gazetteer knows are that force
    ex = extract("وقال قائد القوات المشتركة للجيش اليوناني إن الانسحاب اكتمل.")
    assert _keys(ex) == ["greek_army"]


def test_government_forces_with_nationality_are_the_national_force(extract):
    ex = extract("وقالت القوات الحكومية البولندية إنها أنهت التمرين.")
    assert _keys(ex) == ["polish_forces"]


# -- a force named by whom it is loyal to or backed by: a force of its own ---------------------------------

@pytest.mark.parametrize("text,surface", [
    ("وتبنت الهجوم فصائل مسلحة موالية لليونان.", "فصائل مسلحة موالية لليونان"),
    ("وانتشرت قوات موالية للحكومة في البلدة.", "قوات موالية للحكومة"),
    ("وقصفت ميليشيات مدعومة من كينيا القرية.", "ميليشيات مدعومة من كينيا"),
    ("وانتشرت قرب غدانسك أمس قوات بولندية موالية لها.", "قوات بولندية موالية لها"),
    ("وقال إن جماعات مؤيدة للنمسا انسحبت من المدينة.", "جماعات مؤيدة للنمسا"),
    ("وهاجم المسلحون الموالون للحكومة مواقع المعارضة.", None),      # no force head: men, not a force
])
def test_proxy_force_is_named_with_its_patron(extract, text, surface):
    surfaces = _surfaces(extract(text))
    if surface:
        assert fold(surface) in surfaces
    else:
        assert not any("موال" in s for s in surfaces)


def test_definite_loyal_forces_describe_a_named_force(extract):
    # near miss: definite, the loyal factions are a force the article has named already
    ex = extract("وقال إن الفصائل الموالية لكينيا انسحبت من المدينة.")
    assert not any("موال" in s for s in _surfaces(ex))


def test_proxy_force_is_not_the_national_army(extract):
    # the nationality in a proxy's name does not make it that country's army
    ex = extract("وانتشرت قرب غدانسك أمس قوات بولندية موالية لها.")
    assert "polish_forces" not in _keys(ex)


def test_joined_loyal_force_is_no_proxy_of_the_first(extract):
    # near miss: والموالية opens a second force; the first keeps its own name
    ex = extract("وقالت القوات البولندية والقوات الموالية لها إن الهدوء عاد.")
    assert "polish_forces" in _keys(ex)


def test_counted_soldiers_name_no_force(extract):
    # near miss: men counted (مئات، 500 من) may be another party's contingent
    for text in ("وانتقل إلى الميناء مئات الجنود البولنديين أمس.", "وغادر 300 من العسكريين اليونانيين المعسكر."):
        assert _surfaces(extract(text)) == [], text


# -- a numbered unit and the formation it serves in (في): one name ------------------------------------------

@pytest.mark.parametrize("text,surface", [
    ("وعبر الحدود جنود اللواء الثاني في فرقة المشاة الرابعة فجر الأحد.", "اللواء الثاني في فرقة المشاة الرابعة"),
    ("وقال قائد الكتيبة 14 في اللواء السادس إن الطريق آمن.", "الكتيبة 14 في اللواء السادس"),
    ("وتقدمت السرية الأولى في الكتيبة 12 نحو الجسر.", "السرية الأولى في الكتيبة 12"),
    ("وتقدم اللواء الأول في فرقة المشاة الحادية عشرة نحو الجسر.", "اللواء الأول في فرقة المشاة الحادية عشرة"),
    ("وتسلمت الكتيبة 12 في اللواء الخامس المعسكر أمس.", "الكتيبة 12 في اللواء الخامس"),   # the base: its object
])
def test_unit_named_with_its_formation(extract, text, surface):
    assert fold(surface) in _surfaces(extract(text))


def test_unit_in_an_army_and_the_army_stay_two(extract):
    # near miss: في + an army: the unit and its army are two mentions
    ex = extract("وانتشرت الفرقة السابعة في الجيش اليوناني قرب الحدود.")
    assert fold("الفرقة السابعة") in _surfaces(ex) and "greek_army" in _keys(ex)


@pytest.mark.parametrize("text,surface", [
    ("وانتشر اللواء الثاني في غدانسك منذ الصباح.", "اللواء الثاني"),          # في + a place: where it is
])
def test_unit_near_misses_keep_the_short_name(extract, text, surface):
    assert fold(surface) in _surfaces(extract(text))


def test_government_militias_are_no_named_force(extract):
    # near miss: a head that is no generic army noun is only described by الحكومية
    ex = extract("وهاجم المتمردون مواقع الجيش اليوناني والميليشيات الحكومية قرب الحدود.")
    assert not any("ميليشيات" in s for s in _surfaces(ex))


# -- a country's police is not its authorities; the side named with a clitic is the same side ---------------

_HANDOVER = "سلمت القوات اليونانية أمس قاعدة غدانسك الجوية إلى السلطات البولندية، "


def _name_of(ex, surface):
    return next(m.name for m in ex.mentions if fold(m.surface).strip() == fold(surface))


def test_police_is_not_the_authorities(extract):
    ex = extract(_HANDOVER + "وقالت الشرطة البولندية إنها ستتولى أمنها.")
    assert fold(_name_of(ex, "الشرطة البولندية")) == fold("الشرطة البولندية")


def test_second_mention_of_the_authorities_joins_them(extract):
    # near miss: the authorities named again are one party
    ex = extract(_HANDOVER + "وقالت سلطات بولندا إنها ستتولى أمنها.")
    assert fold(_name_of(ex, "سلطات بولندا")) == fold("السلطات البولندية")


@pytest.mark.parametrize("clause", [
    "وتركت للجانب البولندي معدات كثيرة.",             # لـ + the article
    "وأشادت بالجانب البولندي في بيان.",                # بـ + the article
    "وأشاد الجانب البولندي بالتعاون.",                 # no clitic: as before
])
def test_side_with_a_clitic_is_the_party_of_its_country(extract, clause):
    ex = extract(_HANDOVER + clause)
    names = [m.name for m in ex.mentions if "جانب" in m.surface]
    assert names and all(fold(x) == fold("السلطات البولندية") for x in names)
