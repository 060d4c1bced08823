"""Arabic review mends (review 13): rules added in one session that misfired on ordinary news text.
Every sentence is written for these tests (none comes from a real article or a diagnostic set).
Each section has the misfiring input, which must no longer misfire, and the form the rule was
written for, which must still work.

A small gazetteer is built here, so the tests do not move when the project's gazetteer grows.
"""
from __future__ import annotations

import pytest

from kg.extract.gazetteer import Gazetteer
from kg.model import Kind
from kg.normalise import fold

from support.ar_fixtures import _force, _place, extractor


def _gazetteer() -> Gazetteer:
    return Gazetteer([
        _place("iraq", "العراق", ["عراقي", "عراقية"]),
        _place("italy", "إيطاليا", ["إيطالي", "إيطالية"]),
        _place("usa", "الولايات المتحدة", ["أمريكي", "أمريكية"]),
        _place("syria", "سورية", ["سوري", "سورية"], names=["سوريا"]),
        _place("nineveh", "نينوى", located_in="iraq"),
        _force("iraqi_forces", "القوات العراقية", "iraq", ["الجيش العراقي"]),
        _force("italian_forces", "القوات الإيطالية", "italy"),
        _force("us_forces", "القوات الأمريكية", "usa"),
        _force("syrian_army", "الجيش السوري", "syria"),
        _force("isis", "داعش", None, ["تنظيم داعش"]),
        _force("pmf", "الحشد الشعبي", "iraq"),
    ])


@pytest.fixture(scope="module")
def extract():
    return extractor(_gazetteer())


def _key(m):
    return None if m is None else (m.key or fold(m.name or m.surface).strip())


def _roles(ex):
    return [(fold(h.base.surface).strip(), _key(h.from_force), _key(h.to_force)) for h in ex.handovers]


def _forces(ex):
    return [(fold(m.surface).strip(), m.key) for m in ex.mentions if m.kind is Kind.FORCE]


# == 1. سقط: only a base that falls is taken; بأيدي ends a base's name ==================================

@pytest.mark.parametrize("text", [
    "سقط خمسة جرحى بأيدي الحشد الشعبي قرب معسكر الغزلاني أمس.",
    "وسقط عدد من المتظاهرين في يد القوات العراقية أمام قاعدة الكندي.",
])
def test_casualties_at_hands_near_a_base_are_no_fall(extract, text):
    assert _roles(extract(text)) == [], text


@pytest.mark.parametrize("text,base", [
    ("سقط معسكر الغزلاني بأيدي مقاتلي تنظيم داعش مساء أمس.", "معسكر الغزلاني"),
    ("وسقطت قاعدة الكندي بيد الحشد الشعبي.", "قاعدة الكندي"),
    ("سقطت قاعدة الكندي اليوم في أيدي مقاتلي تنظيم داعش.", "قاعدة الكندي"),
])
def test_base_falling_into_hands_kept(extract, text, base):
    assert _roles(extract(text)) == [(fold(base), None, "isis" if "داعش" in text else "pmf")], text


# == 2. a seat after the comma describes the base only when it heads the description ================

@pytest.mark.parametrize("text", [
    "استولى تنظيم داعش على معسكر الغزلاني، على مسافة قصيرة من معاقل الحشد الشعبي.",
    "استولى تنظيم داعش على معسكر الغزلاني، شمال مقر الحشد الشعبي.",
    "استولى تنظيم داعش على معسكر الغزلاني، الذي يقع قرب مقر الحشد الشعبي.",
])
def test_seat_placing_the_base_gives_no_holder(extract, text):
    assert _roles(extract(text)) == [(fold("معسكر الغزلاني"), None, "isis")], text


@pytest.mark.parametrize("text", [
    "استولى تنظيم داعش على معسكر الغزلاني، أحد أبرز معاقل الحشد الشعبي.",
    "استولى تنظيم داعش على معسكر الغزلاني، الذي كان لسنوات مقرا لقيادة الحشد الشعبي.",
])
def test_seat_heading_the_description_kept(extract, text):
    assert _roles(extract(text)) == [(fold("معسكر الغزلاني"), "pmf", "isis")], text


# == 3. a flag decides a side only at the base, raised or lowered by no one else =======================

@pytest.mark.parametrize("text", [
    "غادرت القوات الأمريكية معسكر الغزلاني، وأحرق محتجون العلم الإيطالي أمام القنصلية.",
    "غادرت القوات الأمريكية معسكر الغزلاني ورفع الأهالي العلم الإيطالي في الساحة.",
    "غادرت القوات الأمريكية معسكر الغزلاني ورفع العلم الإيطالي أمام القنصلية.",
])
def test_flag_elsewhere_or_by_others_gives_no_side(extract, text):
    assert _roles(extract(text)) == [(fold("معسكر الغزلاني"), "us_forces", None)], text


def test_flag_over_the_base_kept(extract):
    ex = extract("غادرت القوات الأمريكية معسكر الغزلاني، ورفع العلم الإيطالي فوق المعسكر.")
    assert _roles(ex) == [(fold("معسكر الغزلاني"), "us_forces", "italian_forces")]


def test_flag_side_nobody_takes_makes_no_force(extract):
    ex = extract("تسلمت القوات العراقية معسكر الغزلاني ورفع العلم الأمريكي فوق المعسكر احتفاء.")
    assert _roles(ex) == [(fold("معسكر الغزلاني"), None, "iraqi_forces")]
    assert fold("الأمريكي") not in [s for s, _ in _forces(ex)]


# == 4. a joint or government force's owners are people or bodies, not things ==========================

@pytest.mark.parametrize("text", [
    "تراجعت القوات الحكومية للمرتفعات الغربية بعد سقوط معسكر الغزلاني.",
    "عادت القوات المشتركة للمستودعات الخلفية في نينوى.",
])
def test_things_after_la_are_no_owners(extract, text):
    surfaces = [s for s, _ in _forces(extract(text))]
    assert not any("للمرتفعات" in s or "للمستودعات" in s for s in surfaces), surfaces


@pytest.mark.parametrize("text,surface", [
    ("وانتشرت القوات المشتركة للحركات المسلحة في نينوى.", "القوات المشتركة للحركات المسلحة"),
    ("وانتشرت القوات المشتركة للمتطوعين في نينوى.", "القوات المشتركة للمتطوعين"),
])
def test_people_or_bodies_after_la_are_owners(extract, text, surface):
    assert fold(surface) in [s for s, _ in _forces(extract(text))]


# == 5. an irregular head with a feminine nisba is a group, not the country's army =====================

@pytest.mark.parametrize("text,surface", [
    ("استولت فصائل سورية مسلحة على معسكر الغزلاني.", "فصائل سورية"),
    ("استولت عصابات سورية على معسكر الغزلاني.", "عصابات سورية"),
    ("استولت ميليشيات سورية على معسكر الغزلاني.", "ميليشيات سورية"),
])
def test_irregulars_with_nisba_are_no_army(extract, text, surface):
    forces = _forces(extract(text))
    assert (fold(surface), None) in forces and not any(k == "syrian_army" for _, k in forces), forces


def test_regular_forces_of_the_country_kept(extract):
    # near miss: a regular head with the same word is the country's force
    assert ("syrian_army" in [k for _, k in _forces(extract("دخلت قوات سورية معسكر الغزلاني."))])
