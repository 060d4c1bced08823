"""Figures of Arabic handovers (troops withdrawn, equipment value) in the forms news reports give
them, on sentences written for these tests (none is taken from a real article). The gazetteer is
the small one of ``support.ar_fixtures``."""
from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.arabic_text import Doc
from kg.normalise import fold

from support.ar_fixtures import extract  # noqa: F401  (a fixture)


def _f(s: str | None) -> str:
    return fold(s or "").strip()


def _only(ex):
    assert len(ex.handovers) == 1, [(h.base.surface, h.trigger) for h in ex.handovers]
    return ex.handovers[0]


def _troops(h):
    return int(h.troops.value) if h.troops is not None else None


_LEAD = "سلّمت القوات الإيطالية قاعدة الوطية الجوية إلى الجيش الليبي أمس. "


# -- numbers: a decimal point is no sentence end ---------------------------------------------------

@pytest.mark.parametrize("text,value", [
    # the preposition on the number, joined by a tatweel or not
    ("انسحبت القوات البريطانية من معسكر اليرموك، وتركت معدات تقدر قيمتها بـ2.5 مليون دولار.", 2500000),
    ("انسحبت القوات البريطانية من معسكر اليرموك، وتركت معدات تقدر قيمتها ب4.75 مليون دولار.", 4750000),
    ("انسحبت القوات البريطانية من معسكر اليرموك، وتركت معدات قيمتها 1.5 مليار دولار.", 1500000000),
])
def test_decimal_value_after_a_clitic_is_read_whole(extract, text, value):
    h = _only(extract(text))
    assert h.equipment_usd is not None and h.equipment_usd.value == Decimal(value)


def test_decimal_point_after_a_clitic_does_not_end_the_sentence():
    assert len(Doc("قدرت قيمتها بـ3.2 مليون دولار وفق البيان.").sents) == 1
    assert len(Doc("بلغ عددهم 300. 5 منهم أصيبوا.").sents) == 2      # a number ending a sentence ends it


# -- equipment: its nouns in their forms -----------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    # a possessive on the noun (تجهيزاته، معداتها، آلياتهم)
    ("وقال الناطق إن البعثة سلّمت معسكر اليرموك بكامل تجهيزاته، التي تقدر قيمتها بأربعة ملايين دولار.", 4000000),
    ("تسلّم الجيش الليبي قاعدة الوطية الجوية بمعداتها وآلياتها البالغة قيمتها 900 ألف دولار.", 900000),
    # what a camp is left with: generators, containers, water tanks, buildings
    ("أخلت القوات البريطانية معسكر اليرموك، وتركت مولدات وحاويات سكنية وخزانات مياه بقيمة مليوني دولار.", 2000000),
    ("غادرت القوات البريطانية معسكر اليرموك تاركة مباني ومستودعات تقدر قيمتها بنحو 7 ملايين دولار.", 7000000),
])
def test_equipment_nouns_with_possessives_and_camp_stores(extract, text, value):
    h = _only(extract(text))
    assert h.equipment_usd is not None and h.equipment_usd.value == Decimal(value)


def test_money_spent_on_no_equipment_is_no_equipment_value(extract):
    h = _only(extract("أخلت القوات البريطانية معسكر اليرموك، بعدما أنفقت 6 ملايين دولار على ترميم طرقه."))
    assert h.equipment_usd is None


# -- troops: the last to leave, on board a convoy, flight or batch ----------------------------------

@pytest.mark.parametrize("second,troops", [
    # on board the last plane / the last flight, the count before (and a past كانوا between)
    ("وكان 60 جنديا على متن آخر طائرة أقلعت من القاعدة مساء الأحد.", 60),
    ("وأفادت الوزارة بأن 85 عسكريا كانوا على متن الرحلة الأخيرة.", 85),
    # the last batch comprised N
    ("وضمّت الدفعة الأخيرة 120 جنديا عادوا إلى روما.", 120),
    # a convoy setting off from the base carrying N (the vehicles are not troops)
    ("وانطلقت من القاعدة فجرا قافلة من 40 شاحنة تقل نحو 350 جنديا.", 350),
    ("وأقلعت ثلاث طائرات نقل تحمل 210 عسكريين باتجاه إيطاليا.", 210),
])
def test_troops_on_the_last_carrier_are_the_troops_withdrawn(extract, second, troops):
    assert _troops(_only(extract(_LEAD + second))) == troops


@pytest.mark.parametrize("second", [
    "وستقل آخر طائرة 80 جنديا الأسبوع المقبل.",         # a plan
    "وكانت رحلة أولى قد أقلّت 90 جنديا.",                  # the first flight, not the last
    "ووصلت قافلة تقل 200 جندي ليبي إلى المدينة.",         # arriving, neither last nor setting off
])
def test_troops_of_another_carrier_are_not_the_troops_withdrawn(extract, second):
    assert _troops(_only(extract(_LEAD + second))) is None


@pytest.mark.parametrize("second,troops", [
    # the last troops counted in apposition, whatever verb moves them
    ("ونُقل آخر الجنود الإيطاليين، وعددهم نحو 180 جنديا، بحرا إلى صقلية.", 180),
    ("وعاد آخر العسكريين، وعددهم 95 عسكريا، إلى بلادهم.", 95),
])
def test_the_last_troops_counted_in_apposition(extract, second, troops):
    assert _troops(_only(extract(_LEAD + second))) == troops


def test_a_count_in_apposition_of_other_troops_is_not_the_last(extract):
    assert _troops(_only(extract(_LEAD + "وأُسعف الجرحى، وعددهم 12 جنديا، في مستشفى المدينة."))) is None


@pytest.mark.parametrize("second,troops", [
    # a count whose last then left (غادر آخرهم، انسحب آخرهم) or who all left (غادروا جميعا)
    ("وكانت القوات الإيطالية قد نشرت في القاعدة نحو 250 جنديا خلال العام الماضي، غادر آخرهم الوطية فجر الأحد.", 250),
    ("وكانت القاعدة تستقبل 140 لاجئا، غادر آخرهم المكان أمس.", None),   # refugees: no troop noun
    ("وكان في الوطية 310 جنود إيطاليين من فوج المظليين، غادروا جميعا.", 310),
])
def test_a_count_whose_last_or_all_left(extract, second, troops):
    assert _troops(_only(extract(_LEAD + second))) == troops


def test_a_count_whose_last_will_leave_is_no_count_withdrawn(extract):
    assert _troops(_only(extract(_LEAD + "ولا يزال في البلاد 400 جندي إيطالي، وسيغادر آخرهم الشهر المقبل."))) is None


@pytest.mark.parametrize("second,troops", [
    # civilians coordinated with the troops keep the count a count of troops
    ("وأفاد مصدر بأن نحو 150 جنديا وفنيا إيطاليا غادروا الوطية خلال الأسابيع الماضية.", 150),
    ("وأوضح البيان أن 230 عسكريا ومتعاقدا غادروا القاعدة.", 230),
])
def test_troops_counted_with_civilians(extract, second, troops):
    assert _troops(_only(extract(_LEAD + second))) == troops


@pytest.mark.parametrize("second,troops", [
    # the unit the counted troops belong to, between them and their verb
    ("وكان في القاعدة نحو 450 عسكريا إيطاليا من السرب 4411 للدعم اللوجستي غادروا على مراحل.", 450),
    ("وقال إن 320 جنديا من الكتيبة الثالثة غادروا الوطية ليلا.", 320),
])
def test_troops_counted_with_their_unit(extract, second, troops):
    assert _troops(_only(extract(_LEAD + second))) == troops


def test_the_last_troops_of_a_nationality_left_that_force_s_base(extract):
    ex = extract("سلّمت القوات البريطانية معسكر اليرموك إلى القوات العراقية يوم الأحد. "
                 "وسلّمت القوات الأمريكية في المراسم ذاتها قاعدة الزيتونة إلى الجيش العراقي. "
                 "ونُقل آخر جنود القوة البريطانية، وعددهم نحو 300 جندي، جوا إلى الكويت.")
    got = {_f(h.base.name): _troops(h) for h in ex.handovers}
    assert got == {_f("اليرموك"): 300, _f("الزيتونة"): None}, got


@pytest.mark.parametrize("second,troops", [
    # troops going home once the base is handed over, told as done or to come
    ("وأوضح الناطق أن نحو 700 جندي إيطالي سيعودون إلى بلادهم على دفعات.", 700),
    ("وأضاف أن 420 عسكريا إيطاليا عادوا إلى البلاد الأسبوع الماضي.", 420),
    ("وذكر البيان أن 130 جنديا يعودون إلى الوطن هذا الأسبوع.", 130),
    # not when they will not, nor when the troops are another nationality's
    ("وأكد أن 700 جندي إيطالي لن يعودوا إلى بلادهم قبل الصيف.", None),
    ("وقال إن 500 جندي ليبي عادوا إلى ثكناتهم في المدينة.", None),
])
def test_troops_going_home_are_the_troops_withdrawn(extract, second, troops):
    assert _troops(_only(extract(_LEAD + second))) == troops


@pytest.mark.parametrize("second,troops", [
    # a count estimated at a quoted figure, its qualifier inside the quotation marks
    ('وقدّر مصدر عسكري عدد الجنود الإيطاليين الذين أخلوا الوطية بـ"أكثر من 160 جنديا".', 160),
    ('وقدّر مصدر عسكري عدد الجنود الإيطاليين الذين أخلوا الوطية بـ"نحو 160 جنديا".', 160),
])
def test_a_count_estimated_at_a_quoted_figure(extract, second, troops):
    assert _troops(_only(extract(_LEAD + second))) == troops


# -- dates: the day of the news and the day of the handover ---------------------------------------

def _date(h):
    return h.date.iso if h.date is not None else None


_DATELINE = "الرباط 5 آذار 2016 (وكالات) - "


@pytest.mark.parametrize("text,iso", [
    # announced on a day that the handover is not told on: the handover's own day, told later, wins
    (_DATELINE + "أعلنت القوات البريطانية، الجمعة، أنها سلّمت معسكر اليرموك إلى القوات العراقية. "
     "وذكر البيان أن تسليم المعسكر جرى يوم الخميس 3 آذار 2016.", "2016-03-03"),
    (_DATELINE + "قالت القوات البريطانية الجمعة إنها سلّمت معسكر اليرموك إلى القوات العراقية. "
     "وأوضح الناطق أن مراسم تسليم المعسكر أقيمت في 2 آذار 2016.", "2016-03-02"),
    # told only on the day of the news: that day
    (_DATELINE + "أعلنت القوات البريطانية، الجمعة، أنها سلّمت معسكر اليرموك إلى القوات العراقية.", "2016-03-04"),
    # the handover's own day first: a later day of the news does not replace it
    ("سلّمت القوات البريطانية معسكر اليرموك إلى القوات العراقية يوم الجمعة 4 آذار 2016. "
     "وأعلنت القوات العراقية، السبت 5 آذار 2016، أنها تسلّمت المعسكر.", "2016-03-04"),
])
def test_the_day_of_the_news_gives_way_to_the_day_of_the_handover(extract, text, iso):
    assert _date(_only(extract(text))) == iso


@pytest.mark.parametrize("text,iso", [
    # a weekday after the dateline: the last such day up to the dateline's
    (_DATELINE + "سلّمت القوات البريطانية يوم الخميس معسكر اليرموك إلى القوات العراقية.", "2016-03-03"),
    (_DATELINE + "انسحبت القوات البريطانية الأربعاء من معسكر اليرموك.", "2016-03-02"),
    (_DATELINE + "سلّمت القوات البريطانية اليوم السبت معسكر اليرموك إلى القوات العراقية.", "2016-03-05"),
    # a date the sentence gives is the handover's own
    (_DATELINE + "سلّمت القوات البريطانية في 20 شباط 2016 معسكر اليرموك إلى القوات العراقية.", "2016-02-20"),
])
def test_a_weekday_after_the_dateline_counts_back_from_it(extract, text, iso):
    assert _date(_only(extract(text))) == iso


@pytest.mark.parametrize("second,value", [
    # a sum paid by the period, or paid or spent, is no value of what was left
    ("وكانت بريطانيا تدفع نحو 40 مليون دولار سنويا مقابل استخدام المنشآت.", None),
    ("وبلغ إيجار المعسكر ومنشآت المطار 12 مليون دولار في العام.", None),
    ("وأنفقت لندن 90 مليون دولار على بناء منشآت المعسكر منذ 2005.", None),
    # a value of things left stays one
    ("وتركت القوات البريطانية في المعسكر معدات ومنشآت تقدر قيمتها بنحو 15 مليون دولار.", 15000000),
])
def test_money_paid_or_spent_is_no_equipment_value(extract, second, value):
    h = _only(extract("أخلت القوات البريطانية معسكر اليرموك أمس. " + second))
    assert (int(h.equipment_usd.value) if h.equipment_usd is not None else None) == value

