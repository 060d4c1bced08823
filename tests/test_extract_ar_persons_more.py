"""Arabic persons: where a name ends, on sentences written for these tests (no sentence is taken
from an article; the names are made up). A name ends before the next party joined by و (وممثلون،
ومسؤولين), before a verbal noun that is the verb's object (نفى X وجود ...) and before a preposition
or adverb of time or manner (طوال، طيلة، شخصياً): none of them can be a name word."""
from __future__ import annotations

import pytest

from kg.model import Kind
from kg.normalise import fold

from support.ar_fixtures import extract  # noqa: F401  (extract is a fixture)


def _names(ex):
    return [fold(m.name or m.surface) for m in ex.mentions if m.kind is Kind.PERSON]


@pytest.mark.parametrize("text, name", [
    ("وحضر المراسم وزير الدفاع الليبي مراد الزنتاني وممثلون عن السفارات الأجنبية.", "مراد الزنتاني"),
    ("وحضر المراسم قائد المنطقة العسكرية العقيد فرج المهدوي ومتطوعون من الهلال الأحمر.", "فرج المهدوي"),
])
def test_name_ends_before_a_plural_participle_joined_by_waw(extract, text, name):
    ex = extract(text)
    assert fold(name) in _names(ex), _names(ex)


def test_foreign_surname_opening_with_waw_stays_in_the_name(extract):
    ex = extract("وقال السفير البريطاني جيمس واتسون إن الحفل \"جرى في أجواء ودية\".")
    assert fold("جيمس واتسون") in _names(ex), _names(ex)


@pytest.mark.parametrize("text, name", [
    ("في حين نفى محافظ البصرة فاضل جاسم الربيعي وجود أي نية لبيع أراضي المعسكر.", "فاضل جاسم الربيعي"),
    ("وأكد وزير الدفاع الليبي مراد الزنتاني قبول الحكومة بالجدول الزمني الجديد.", "مراد الزنتاني"),
])
def test_name_ends_before_a_verbal_noun_or_an_adverb(extract, text, name):
    ex = extract(text)
    assert fold(name) in _names(ex), _names(ex)


@pytest.mark.parametrize("text", [
    "وأشاد قائد الكتيبة الكورية طيلة فترة انتشارها بتعاون السكان.",
    "وأشاد رئيس البعثة طوال الأعوام الماضية بتعاون السكان.",
])
def test_time_preposition_after_a_role_is_no_name(extract, text):
    ex = extract(text)
    assert not _names(ex), _names(ex)


@pytest.mark.parametrize("adverb", ["حينها", "وقتها", "آنذاك"])
def test_a_time_adverb_after_a_name_is_no_part_of_it(extract, adverb):
    ex = extract(f"وقال وزير الدفاع الروريتاني جان بيير كوناتي {adverb} إن القوات ستغادر القاعدة.")
    assert [m.surface for m in ex.mentions if m.kind is Kind.PERSON] == ["جان بيير كوناتي"]



def test_a_mountain_named_marra_keeps_its_camp(extract):
    # مرة ("once") was briefly a no-name word; it is also Jebel Marra (review, 2026-11-22)
    ex = extract("انسحبت القوات الروريتانية من معسكر جبل مرة يوم الأحد.")
    assert [m.surface for m in ex.mentions if m.kind is Kind.BASE] == ["معسكر جبل مرة"]
    assert len(ex.handovers) == 1
