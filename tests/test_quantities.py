"""kg.extract.quantities: troop figures, money, units, qualifiers, and what is not a quantity.
Sentences are invented for these tests; Arabic and English forms of a phenomenon side by side."""
from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract.lexicon import load_lexicon
from kg.extract.quantities import find_quantities


def quantities(lang, text):
    return find_quantities(text, lang, load_lexicon(lang))


def one(lang, text):
    found = quantities(lang, text)
    assert len(found) == 1, found
    q = found[0]
    assert q.text == text[q.span.start:q.span.end]
    return q


@pytest.mark.parametrize("lang,text,value,unit,qualifier", [
    ("ar", "سحب التحالف 300 جندي من القاعدة", 300, "troops", None),
    ("en", "The coalition withdrew 300 troops from the base", 300, "troops", None),
    ("ar", "غادر نحو 1,500 عسكري البلاد", 1500, "troops", "about"),
    ("en", "About 1,500 soldiers left the country", 1500, "troops", "about"),
    ("ar", "غادر حوالي ١٬٥٠٠ جندي البلاد", 1500, "troops", "about"),
    ("ar", "تضم القاعدة 1.500 جندي", 1500, "troops", None),
    ("ar", "يبقى أكثر من 2000 عنصر في المنطقة", 2000, "troops", "more than"),
    ("en", "More than 2,000 service members remain in the region", 2000, "troops", "more than"),
    ("ar", "قد يبقى ما يصل إلى 500 متعاقد", 500, "troops", "up to"),
    ("en", "As many as 500 contractors may stay", 500, "troops", "up to"),
    ("ar", "بقي أقل من 100 جندي في الموقع", 100, "troops", "less than"),
    ("en", "Fewer than 100 Marines stayed at the site", 100, "troops", "less than"),
    ("ar", "يتمركز 1000 جندي فرنسي في البلاد", 1000, "troops", None),
    ("en", "Some 1,000 French soldiers are stationed in the country", 1000, "troops", "about"),
    ("ar", "سحبت البعثة 3000 من الجنود", 3000, "troops", None),
    ("en", "The mission pulled 3,000 of its troops out", 3000, "troops", None),
    ("ar", "نقلت الطائرات قرابة 1500 جندي تقريبا", 1500, "troops", "about"),
    ("en", "Roughly 2,500 U.S. military personnel remain", 2500, "troops", "about"),
    ("ar", "سيغادر زهاء 800 مقاتل", 800, "troops", "about"),
])
def test_quantities_troops(lang, text, value, unit, qualifier):
    q = one(lang, text)
    assert (q.value, q.unit, q.qualifier) == (Decimal(value), unit, qualifier)


@pytest.mark.parametrize("lang,text,value", [
    ("ar", "سحب ثلاثمئة جندي", 300),
    ("ar", "سحب ثلاثمائة جندي", 300),
    ("ar", "سحب خمسمئة جندي", 500),
    ("ar", "سحب ثلاث مئة جندي", 300),
    ("ar", "سحب ألف جندي", 1000),
    ("ar", "سحب ألفي جندي", 2000),
    ("ar", "بقي ألفان من الجنود", 2000),
    ("ar", "سحب ثلاثة آلاف جندي", 3000),
    ("ar", "سحب 3 آلاف جندي", 3000),
    ("ar", "سحب خمسة وعشرين جنديا", 25),
    ("ar", "سحب ثلاثة عشر جنديا", 13),
    ("ar", "سحب أحد عشر جنديا", 11),
    ("ar", "سحب مئتين وخمسين ألف جندي", 250000),
    ("en", "It withdrew twenty-five soldiers", 25),
    ("en", "It withdrew three hundred troops", 300),
    ("en", "It withdrew two dozen Marines", 24),
    ("en", "It withdrew a thousand troops", 1000),
    ("en", "It withdrew 1.4 thousand French servicemen", 1400),
    ("en", "It withdrew three hundred and fifty soldiers", 350),
])
def test_quantities_number_words(lang, text, value):
    q = one(lang, text)
    assert q.value == Decimal(value) and q.unit == "troops"


@pytest.mark.parametrize("lang,text,value,unit,surface", [
    ("ar", "خلّفت الكتيبة وراءها عتاداً يقدَّر بمليون دولار", 1000000, "USD", "مليون دولار"),
    ("en", "It left equipment worth a million dollars", 1000000, "USD", "a million dollars"),
    ("ar", "بيعت الشحنة بما مجموعه مليون و700 الف دولار", 1700000, "USD", "مليون و700 الف دولار"),
    ("en", "Equipment worth $1.7 million was left behind", 1700000, "USD", "$1.7 million"),
    ("ar", "تبلغ قيمتها 1.7 مليون دولار", 1700000, "USD", "1.7 مليون دولار"),
    ("ar", "تبلغ قيمتها ١٫٧ مليون دولار", 1700000, "USD", "١٫٧ مليون دولار"),
    ("ar", "تبلغ قيمتها 1.500 مليون دولار", 1500000, "USD", "1.500 مليون دولار"),
    ("ar", "تركت معدات بقيمة مليونا دولار", 2000000, "USD", "مليونا دولار"),
    ("ar", "تركت معدات بقيمة مليوني دولار", 2000000, "USD", "مليوني دولار"),
    ("ar", "تركت معدات بقيمة ثلاثة ملايين دولار", 3000000, "USD", "ثلاثة ملايين دولار"),
    ("ar", "خصصت الحكومة 20 مليون دولاراً", 20000000, "USD", "20 مليون دولاراً"),
    ("ar", "بلغت كلفة القاعدة مليار دولار", 1000000000, "USD", "مليار دولار"),
    ("ar", "تركت معدات بقيمة نصف مليون دولار", 500000, "USD", "نصف مليون دولار"),
    ("en", "It left equipment worth half a million dollars", 500000, "USD", "half a million dollars"),
    ("ar", "تركت معدات بقيمة مليون ونصف دولار", 1500000, "USD", "مليون ونصف دولار"),
    ("en", "It handed over $347 million worth of equipment", 347000000, "USD", "$347 million"),
    ("en", "It handed over 347 million dollars of equipment", 347000000, "USD", "347 million dollars"),
    ("en", "The upgrade cost $5m last year", 5000000, "USD", "$5m"),
    ("en", "The runway cost US$1.1 million", 1100000, "USD", "US$1.1 million"),
    ("ar", "قدم الاتحاد 20 مليون يورو للبعثة", 20000000, "EUR", "20 مليون يورو"),
    ("en", "The union gave €20 million to the mission", 20000000, "EUR", "€20 million"),
    ("en", "The union gave 20 million euros to the mission", 20000000, "EUR", "20 million euros"),
])
def test_quantities_money(lang, text, value, unit, surface):
    q = one(lang, text)
    assert (q.value, q.unit, q.text) == (Decimal(value), unit, surface)


@pytest.mark.parametrize("lang,text,value,unit,qualifier", [
    ("ar", "يقع المعسكر على بعد 15 كيلومترا شمال المدينة", 15, "km", None),
    ("en", "The camp lies 15 km north of the city", 15, "km", None),
    ("ar", "يقع المطار على مسافة أكثر من ٨٠ كيلومتراً من الساحل", 80, "km", "more than"),
    ("en", "It is more than 80 kilometres from the border", 80, "km", "more than"),
    ("ar", "خفضت القوات بنسبة 30 في المئة", 30, "%", None),
    ("en", "Forces were cut by 30 percent", 30, "%", None),
    ("ar", "خفضت القوات بنسبة 40% خلال العام", 40, "%", None),
    ("ar", "وصلت 60 كلم من الجنود المنسحبين", 60, "km", None),   # a unit wins over a troop noun
])
def test_quantities_units(lang, text, value, unit, qualifier):
    q = one(lang, text)
    assert (q.value, q.unit, q.qualifier) == (Decimal(value), unit, qualifier)


@pytest.mark.parametrize("lang,text,value", [
    ("ar", "عبر 145 رحلة جوية نقلت الجنود", 145),
    ("en", "3 days after the troops left", 3),
    ("ar", "ضمت القافلة أكثر من 120 شاحنة", 120),
    ("en", "It was one of the largest outposts", 1),
])
def test_quantities_without_unit(lang, text, value):
    q = one(lang, text)
    assert q.value == Decimal(value) and q.unit is None


@pytest.mark.parametrize("lang,text", [
    ("ar", "بدأت المرحلة في عام 2020 بعد الاتفاق"),
    ("en", "The drawdown began in 2020 after the deal"),
    ("ar", "انسحبت القوات في 29 آذار 2020 من القاعدة"),
    ("en", "Troops left the base on March 29, 2020"),
    ("ar", "غادرت القوات يوم 15 نوفمبر"),
    ("en", "Troops left on Nov. 13"),
    ("ar", "بتاريخ 29/3/2020 انسحبت القوات"),
    ("ar", "انسحبت القوات من معسكر K1 في كركوك"),
    ("en", "An A400M flew troops to Gao"),
    ("en", "It is the headquarters of the 205th Corps"),
    ("ar", "بسبب جائحة كوفيد-19 توقف التدريب"),
    ("ar", "عند الساعة 20:30 غادرت القافلة"),
    ("ar", "نقلت آلاف الجنود إلى الحدود"),
    ("en", "Thousands of troops moved to the border"),
    ("ar", "أنفقت ملايين الدولارات على القاعدة"),
    ("ar", "انسحبت القوات قبل يومين"),
])
def test_quantities_not_quantities(lang, text):
    assert quantities(lang, text) == []


@pytest.mark.parametrize("lang,text,expected", [
    ("ar", "ستعيد البعثة 300 جندي إلى بلدانهم، وتهدي الجيش المحلي عتاداً ثمنه مليون دولار",
     [(300, "troops"), (1000000, "USD")]),
    ("en", "The coalition will pull 300 troops and contractors and leave $1 million of equipment",
     [(300, "troops"), (1000000, "USD")]),
    ("ar", "نفذت 60 طائرة شحن و9 أرتال نقل نحو 1500 جندي", [(60, None), (9, None), (1500, "troops")]),
    ("en", "Of the 1,200 soldiers, 1,050 are home and another 150 soldiers left on Friday",
     [(1200, "troops"), (1050, None), (150, "troops")]),
])
def test_quantities_several_in_order(lang, text, expected):
    assert [(int(q.value), q.unit) for q in quantities(lang, text)] == expected


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_quantities_empty_text(lang):
    assert quantities(lang, "") == []


@pytest.mark.parametrize("lang,text,value,unit,qualifier,surface", [
    ("ar", "قدرت قيمة المعدات بنحو 1.7 مليون دولار", 1700000, "USD", "about", "نحو 1.7 مليون دولار"),
    ("en", "Aid reached $1.5bn last year", 1500000000, "USD", None, "$1.5bn"),
    ("ar", "انتشر حوالي خمسين عسكريا في المنطقة", 50, "troops", "about", "حوالي خمسين"),
    ("en", "Roughly fifty soldiers guarded the gate", 50, "troops", "about", "Roughly fifty"),
])
def test_quantities_qualifier_and_span(lang, text, value, unit, qualifier, surface):
    q = one(lang, text)
    assert (q.value, q.unit, q.qualifier, q.text) == (Decimal(value), unit, qualifier, surface)


@pytest.mark.parametrize("lang,text", [
    ("ar", "نشرت تركيا طائرات F-16 ودبابات M60"),
    ("en", "Turkey deployed F-16 jets and M60 tanks"),
    ("en", "The track is 400m long"),                 # metres glued: not a money abbreviation
])
def test_quantities_codes_are_not_quantities(lang, text):
    assert quantities(lang, text) == []


# ---------------------------------------------------------------------------
# Quantities, second round: counts and money as other outlets write them.
# ---------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,value,unit,qualifier,surface", [
    # a hedge before a number that carries the article (قرابة الألفي جندي، نحو الـ450 عنصرا)
    ("ar", "أجلت الطائرات قرابة الألفي عسكري من المعسكر", 2000, "troops", "about", "قرابة الألفي"),
    ("ar", "بقي نحو الثلاثمئة مقاتل في الثكنة", 300, "troops", "about", "نحو الثلاثمئة"),
    ("ar", "غادر أكثر من الـ450 عنصرا المطار", 450, "troops", "more than", "أكثر من الـ450"),
    ("ar", "أعيد الـ450 جنديا إلى بلادهم", 450, "troops", None, "450"),
    # a personnel noun with a pronoun suffix (من جنوده، من عناصرها، من مقاتليه)
    ("ar", "سحبت الكتيبة 800 من جنودها من الثكنة", 800, "troops", None, "800"),
    ("ar", "أبقت البعثة 120 من عناصرها في المطار", 120, "troops", None, "120"),
    ("ar", "نقل الفصيل نحو 90 من مقاتليه إلى الشمال", 90, "troops", "about", "نحو 90"),
    ("ar", "سرح الجيش 60 من ضباطه", 60, "troops", None, "60"),
    # English: a -strong body, compound number words without "and", $US and mln
    ("en", "A 650-strong battalion left the airfield", 650, "troops", None, "A 650"),
    ("en", "Some 2,000-strong detachment stayed on", 2000, "troops", "about", "Some 2,000"),
    ("en", "It flew out three thousand two hundred paratroopers", 3200, "troops", None, "three thousand two hundred"),
    ("en", "Nearly one thousand four hundred peacekeepers remain", 1400, "troops", "about",
     "Nearly one thousand four hundred"),
    ("en", "The hangars were valued at $US48 million", 48000000, "USD", None, "$US48 million"),
    ("en", "The hangars were valued at $US 48 million", 48000000, "USD", None, "$US 48 million"),
    ("en", "The hangars were valued at $48 mln", 48000000, "USD", None, "$48 mln"),
    ("en", "Repairs cost about $2.3 bln", 2300000000, "USD", "about", "about $2.3 bln"),
])
def test_quantities_round2_forms(lang, text, value, unit, qualifier, surface):
    q = one(lang, text)
    assert (q.value, q.unit, q.qualifier, q.text) == (Decimal(value), unit, qualifier, surface)


@pytest.mark.parametrize("lang,text,value,unit", [
    # a comma-grouped 2,000 is a count, never a year; a bare 2000 with no unit stays a year
    ("en", "Of the 2,000, most went home", 2000, None),
    ("ar", "من أصل 2,000 عاد معظمهم", 2000, None),
])
def test_quantities_round2_grouped_not_year(lang, text, value, unit):
    q = one(lang, text)
    assert (q.value, q.unit) == (Decimal(value), unit)


@pytest.mark.parametrize("lang,text", [
    ("ar", "انتشرت الفرقة الـ82 في الصحراء"),           # an ordinal with the article stays out
    ("ar", "احتفل اللواء بالذكرى الـ50 لتأسيسه"),
    ("en", "It happened in 2000, most went home"),      # a bare year
    ("en", "A few hundred troops stayed"),              # no figure: vague counts
    ("en", "Dozens of soldiers stayed"),
    ("ar", "بقي بضع مئات من الجنود"),
    ("ar", "بقيت عشرات الجنود في المعسكر"),
    ("en", "The long-range patrol reached the strongpoint"),
])
def test_quantities_round2_not_quantities(lang, text):
    assert quantities(lang, text) == []


@pytest.mark.parametrize("lang,text,expected", [
    # a -strong suffix only after a number; "strong" elsewhere is no troop noun
    ("en", "The 30 vehicles were strong enough", [(30, None)]),
    ("ar", "سحب 300 من جنوده و40 آلية", [(300, "troops"), (40, None)]),
])
def test_quantities_round2_near_misses(lang, text, expected):
    assert [(int(q.value), q.unit) for q in quantities(lang, text)] == expected


@pytest.mark.parametrize("lang,text,value", [
    # personnel nouns of the services (marines, sailors, legionnaires ...), in both languages
    ("ar", "أجلت السفن نحو 700 من مشاة البحرية", 700),
    ("ar", "غادر 45 بحارا الميناء", 45),
    ("ar", "بقي 30 من البحارة على متن الفرقاطة", 30),
    ("en", "Some 700 legionnaires left the fort", 700),
    ("en", "About 90 commandos stayed behind", 90),
    ("en", "It sent home 400 reservists", 400),
])
def test_quantities_round2_service_nouns(lang, text, value):
    q = one(lang, text)
    assert (q.value, q.unit) == (Decimal(value), "troops")


# The handover rules take these figures up as troops withdrawn and equipment value.

@pytest.mark.parametrize("text,troops,qualifier", [
    ("سحبت القوات البريطانية قرابة الألفي جندي من قاعدة الوطية الجوية.", 2000, "about"),
    ("انسحبت القوات البريطانية من قاعدة الوطية الجوية، ونقلت الـ450 جنديا إلى مالطا.", 450, None),
])
def test_quantities_round2_ar_handover_troops(text, troops, qualifier):
    from support.ar_fixtures import extractor
    (h,) = extractor()(text).handovers
    assert (h.troops.value, h.troops.qualifier) == (Decimal(troops), qualifier)


@pytest.mark.parametrize("text,troops,usd", [
    ("Danish troops pulled out of Camp Harrow on Monday, withdrawing a 650-strong battalion.", 650, None),
    ("Danish troops handed over Camp Harrow to the Iraqi army and withdrew three thousand two hundred soldiers.",
     3200, None),
    ("Danish troops handed over Camp Harrow to the Iraqi army, leaving behind equipment worth $US48 million.",
     None, 48000000),
    ("Danish troops handed over Camp Harrow to the Iraqi army, leaving behind equipment worth $48 mln.",
     None, 48000000),
])
def test_quantities_round2_en_handover_figures(text, troops, usd):
    from support.en_fixtures import extractor
    (h,) = extractor()(text).handovers
    assert (h.troops.value if h.troops else None) == (Decimal(troops) if troops else None)
    assert (h.equipment_usd.value if h.equipment_usd else None) == (Decimal(usd) if usd else None)


@pytest.mark.parametrize("lang,text,unit", [
    # East African shillings are their own currency, never dollars and never a bare number
    ("ar", "قدرت قيمة المباني بنحو 3 مليارات شلن أوغندي", "UGX"),
    ("ar", "دفعت الحكومة 40 مليون شلن كيني", "KES"),
    ("en", "The buildings were valued at 3 billion Ugandan shillings", "UGX"),
    ("en", "The government paid 40 million Kenyan shillings", "KES"),
])
def test_quantities_round2_shillings(lang, text, unit):
    assert one(lang, text).unit == unit


@pytest.mark.parametrize("text,troops", [
    # a figure whose verb is a modal's is a plan, however the count is written
    ("Danish troops handed over Camp Harrow to the Iraqi army. The 400-strong Danish contingent would leave in stages.",
     None),
    ("Danish troops handed over Camp Harrow to the Iraqi army. Some 400 Danish soldiers will leave next month.", None),
    ("Danish troops handed over Camp Harrow to the Iraqi army. Some 400 Danish soldiers left the camp on Friday.", 400),
])
def test_quantities_round2_en_planned_figures(text, troops):
    from support.en_fixtures import extractor
    (h,) = extractor()(text).handovers
    assert (h.troops.value if h.troops else None) == (Decimal(troops) if troops else None)
