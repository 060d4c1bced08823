"""kg.extract.dates: calendar dates, weekdays, relative days, context year, publication date.
Sentences are invented for these tests; Arabic and English forms of a phenomenon side by side."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.dates import context_year_of, find_dates, find_weekdays, publication_date
from kg.extract.lexicon import load_lexicon

D = dt.date


def dates(lang, text, **kw):
    return [(d.year, d.month, d.day) for d in find_dates(text, lang, load_lexicon(lang), **kw)]


def only(lang, text, **kw):
    found = find_dates(text, lang, load_lexicon(lang), **kw)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("lang,text,ymd,surface", [
    ("ar", "غادرت القوات القاعدة في 29 آذار 2020 بعد سنوات.", (2020, 3, 29), "29 آذار 2020"),
    ("en", "The troops left the base on 29 March 2020 after years.", (2020, 3, 29), "29 March 2020"),
    ("ar", "وصل الوفد الأحد 29 آذار 2020 إلى المطار", (2020, 3, 29), "الأحد 29 آذار 2020"),
    ("en", "The delegation arrived on Sunday, March 29, 2020 at the airport", (2020, 3, 29),
     "Sunday, March 29, 2020"),
    ("ar", "سلمت القوات القاعدة في 26 آذار/ مارس 2020 للجيش", (2020, 3, 26), "26 آذار/ مارس 2020"),
    ("ar", "سلمت القوات القاعدة في 26 مارس (آذار) 2020 للجيش", (2020, 3, 26), "26 مارس (آذار) 2020"),
    ("ar", "غادر آخر الجنود يوم 5 جويلية 2022 القاعدة", (2022, 7, 5), "يوم 5 جويلية 2022"),
    ("ar", "أخليت الثكنة في 12 أوت 2021 نهائيا", (2021, 8, 12), "12 أوت 2021"),
    ("ar", "جرى التسليم في 26ك1 ديسمبر 2024 رسميا", (2024, 12, 26), "26ك1 ديسمبر 2024"),
    ("ar", "انتهت المهمة في 3 ت2 نوفمبر 2022", (2022, 11, 3), "3 ت2 نوفمبر 2022"),
    ("ar", "غادرت القافلة في ١٥ نوفمبر ٢٠٢١ صباحا", (2021, 11, 15), "١٥ نوفمبر ٢٠٢١"),
    ("en", "The last convoy left on Aug. 23, 2021, officials said.", (2021, 8, 23), "Aug. 23, 2021"),
    ("en", "It was handed over on the 26th of March 2020.", (2020, 3, 26), "26th of March 2020"),
    ("ar", "وقعت الاتفاقية في 5 شباط من عام 2019 بالعاصمة", (2019, 2, 5), "5 شباط من عام 2019"),
    ("ar", "فِي 29 آذَار 2020 انسحبت القوات", (2020, 3, 29), "29 آذَار 2020"),
    ("ar", "في 29 آذـار 2020 انسحبت القوات", (2020, 3, 29), "29 آذـار 2020"),
])
def test_dates_day_month_year(lang, text, ymd, surface):
    d = only(lang, text)
    assert (d.year, d.month, d.day) == ymd
    assert d.text == surface == text[d.span.start:d.span.end]
    assert not d.year_inferred


@pytest.mark.parametrize("lang,text,ymd,surface", [
    ("ar", "استمر تفكيك المعدات من 4- 6 مايو 2022 بلا عوائق", (2022, 5, 6), "4- 6 مايو 2022"),
    ("ar", "دامت عملية الإخلاء من 13 إلى 15 نوفمبر 2021", (2021, 11, 15), "13 إلى 15 نوفمبر 2021"),
    ("en", "The pullout ran from November 13-15, 2021 without incident", (2021, 11, 15), "November 13-15, 2021"),
    ("en", "The pullout ran 13 to 15 November 2021 without incident", (2021, 11, 15), "13 to 15 November 2021"),
])
def test_dates_range_gives_end_day(lang, text, ymd, surface):
    d = only(lang, text)
    assert (d.year, d.month, d.day) == ymd and d.text == surface


@pytest.mark.parametrize("lang,text,ymd", [
    ("ar", "أعلن الجيش بتاريخ 29/3/2020 انتهاء المهمة", (2020, 3, 29)),
    ("en", "The army said on 2020-03-29 that the mission ended", (2020, 3, 29)),
    ("ar", "أعلن الجيش بتاريخ 29.03.2020 انتهاء المهمة", (2020, 3, 29)),
    ("ar", "أعلن الجيش بتاريخ ٢٩/٣/٢٠٢٠ انتهاء المهمة", (2020, 3, 29)),
    ("ar", "صدر البيان في 05/04/2021 ظهرا", (2021, 4, 5)),          # Arabic: day first
    ("en", "The statement came out on 05/04/2021 at noon", (2021, None, None)),  # US or not: unknown
    ("en", "The statement came out on 12/25/2020 at noon", (2020, 12, 25)),
    ("ar", "الخميس 03/09/2023 - 07:20", (2023, 3, 9)),              # the weekday decides the order
    ("en", "Thursday 03/09/2023 07:20", (2023, 3, 9)),
])
def test_dates_numeric(lang, text, ymd):
    assert dates(lang, text) == [ymd]


@pytest.mark.parametrize("lang,text", [
    ("ar", "غادرت الكتيبة يوم الأحد، 29 آذار، مقرها الشمالي"),
    ("en", "The coalition left the camp on Sunday, March 29, according to a statement"),
])
def test_dates_year_from_context_year(lang, text):
    assert dates(lang, text) == [(None, 3, 29)]                 # a day and month are not a date
    d = only(lang, text, context_year=2020)
    assert (d.year, d.month, d.day) == (2020, 3, 29) and d.year_inferred


@pytest.mark.parametrize("lang,text,context_year,year", [
    ("ar", "غادرت القوات القاعدة الأحد 29 آذار", 2021, 2020),      # Sunday: only 2020 in 2020..2022
    ("en", "Troops left the base on Sunday, March 29", 2021, 2020),
    ("ar", "غادرت القوات القاعدة الثلاثاء 29 آذار", 2020, None),   # no Tuesday 29 March in 2019..2021
    ("en", "Troops left the base on Tuesday, March 29", 2020, None),
])
def test_dates_weekday_fixes_or_rejects_year(lang, text, context_year, year):
    d = only(lang, text, context_year=context_year)
    assert d.year == year and (d.month, d.day) == (3, 29)


@pytest.mark.parametrize("lang,text", [
    ("ar", "غادرت القوات القاعدة الأحد 29 آذار دون مراسم"),
    ("en", "Troops left the base on Sunday, March 29 without ceremony"),
])
def test_dates_weekday_alone_does_not_fix_year(lang, text):
    assert dates(lang, text) == [(None, 3, 29)]


@pytest.mark.parametrize("lang,text", [
    ("ar", "سلمت القوات القاعدة في 28 ديسمبر، بعد طلب الحكومة انسحابها الكامل بحلول 31 يناير 2025."),
    ("en", "Troops handed over the base on December 28, weeks before the January 31, 2025 deadline."),
])
def test_dates_day_month_across_new_year(lang, text):
    first = find_dates(text, lang, load_lexicon(lang), context_year=2025)[0]
    assert first.iso == "2024-12-28" and first.year_inferred


@pytest.mark.parametrize("lang,text,anchor,ymd", [
    ("ar", "انسحبت القوات أمس من القاعدة", D(2020, 3, 30), (2020, 3, 29)),
    ("en", "Troops withdrew from the base yesterday", D(2020, 3, 30), (2020, 3, 29)),
    ("ar", "انسحبت القوات أول أمس من القاعدة", D(2020, 3, 30), (2020, 3, 28)),
    ("en", "Troops withdrew the day before yesterday", D(2020, 3, 30), (2020, 3, 28)),
    ("ar", "سلمت القوات القاعدة قبل يومين", D(2020, 3, 30), (2020, 3, 28)),
    ("en", "Troops handed over the base two days ago", D(2020, 3, 30), (2020, 3, 28)),
    ("ar", "سلمت القوات القاعدة قبل ثلاثة أيام", D(2020, 3, 30), (2020, 3, 27)),
    ("en", "Troops handed over the base 3 days ago", D(2020, 3, 30), (2020, 3, 27)),
    ("ar", "أعلن التحالف اليوم انسحابه", D(2020, 3, 30), (2020, 3, 30)),
    ("en", "The coalition announced its withdrawal today", D(2020, 3, 30), (2020, 3, 30)),
    ("ar", "أخلت القوات الموقع الخميس الماضي", D(2020, 3, 29), (2020, 3, 26)),
    ("en", "Forces vacated the site last Thursday", D(2020, 3, 29), (2020, 3, 26)),
    ("ar", "أخلت القوات الموقع يوم الأحد", D(2020, 3, 29), (2020, 3, 29)),
    ("en", "Forces vacated the site on Sunday", D(2020, 3, 29), (2020, 3, 29)),
    ("en", "They left the airfield on Wednesday, an official said", D(2021, 5, 14), (2021, 5, 12)),
    ("ar", "بدأ الانسحاب الشهر الماضي", D(2020, 3, 29), (2020, 2, None)),
    ("en", "The drawdown began last month", D(2020, 3, 29), (2020, 2, None)),
    ("ar", "وفي فبراير/شباط الماضي طلب البرلمان الانسحاب", D(2020, 3, 10), (2020, 2, None)),
    ("en", "Last October the parliament asked for a withdrawal", D(2021, 11, 16), (2021, 10, None)),
    ("ar", "أخلت القوات قاعدة أخرى في أكتوبر الماضي", D(2021, 10, 5), (2020, 10, None)),
    ("ar", "أكد الرئيس في نوفمبر العام الماضي رحيل القوات", D(2025, 3, 8), (2024, 11, None)),
    ("en", "The president said in November last year that troops would leave", D(2025, 3, 8), (2024, 11, None)),
])
def test_dates_relative_resolved_with_anchor(lang, text, anchor, ymd):
    d = only(lang, text, anchor=anchor)
    assert (d.year, d.month, d.day) == ymd


@pytest.mark.parametrize("lang,text", [
    ("ar", "انسحبت القوات أمس من القاعدة"),
    ("en", "Troops withdrew from the base yesterday"),
    ("ar", "أخلت القوات الموقع الخميس الماضي"),
    ("en", "Forces vacated the site last Thursday"),
])
def test_dates_relative_needs_anchor(lang, text):
    assert dates(lang, text) == []


@pytest.mark.parametrize("lang,text", [
    ("ar", "غادرت قوات أخرى قبل أيام المنطقة"),
    ("en", "Other forces left the area a few days ago"),
])
def test_dates_vague_relative_is_no_date(lang, text):
    assert dates(lang, text, anchor=D(2020, 3, 30)) == []


@pytest.mark.parametrize("lang,text,expected", [
    ("ar", "أخلت الوحدة الإيطالية، الإثنين، ثكنتها", [(0, "الإثنين")]),
    ("en", "US forces left their positions on Monday, officials said", [(0, "Monday")]),
    ("ar", "وكان مصدر أمني أعلن، الخميس الماضي، الانسحاب", [(3, "الخميس الماضي")]),
    ("en", "A source announced the pullout last Thursday", [(3, "last Thursday")]),
    ("ar", "أعلنت القوات اليوم الأحد انسحابها", [(6, "اليوم الأحد")]),
    ("ar", "وقالت إن الاثنين اتفقا على الجدول", []),                 # الاثنين = 'the two'
    ("ar", "غادرت الكتيبة يوم الأحد، 29 آذار، الثكنة", []),      # part of a calendar date
    ("en", "troops may leave on sunday", []),                       # lower case: not a name
])
def test_dates_find_weekdays(lang, text, expected):
    got = [(wd, text[s.start:s.end]) for wd, s in find_weekdays(text, lang, load_lexicon(lang))]
    assert got == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("ar", "مارس الجيش ضغوطا على الحكومة", []),                    # مارس the verb
    ("ar", "طلب البرلمان في مارس انسحاب القوات", [(None, 3, None)]),
    ("en", "Troops may leave in May", [(None, 5, None)]),
    ("en", "Protesters march to the base", []),
    ("ar", "قاعدة سد 7 نيسان قرب الحدود", [(None, 4, 7)]),
])
def test_dates_ambiguous_month_words(lang, text, expected):
    assert dates(lang, text) == expected


@pytest.mark.parametrize("lang,text,year", [
    ("ar", "قرر البرلمان بداية 2020 إخراج القوات التي دخلت بعد 2003", 2020),
    ("en", "Parliament voted in early 2020 to expel troops that arrived after 2003", 2020),
    ("ar", "انسحبت القوات في 29 آذار 2020 و26 آذار 2020 بعد اتفاق عام 2019", 2020),
    ("en", "The deal was signed in 2020 and troops must leave by 2021", 2020),
    # a date line among the site's navigation (the reader's "today") is furniture: it does not vote
    ("ar", "الوضع الليلي\nالأربعاء 22 يناير 2025\nبحث\nالتحالف ينسحب\nأعاد التحالف نشر قواته طوال 2020 بعد عمليات عام 2019",
     2020),
    ("en", "Dark mode\nWednesday, January 22, 2025\nSearch\nCoalition withdraws\nThe coalition redeployed in 2020", 2020),
    # ... while a date line under the headline is the publication date, whose year wins
    ("ar", "التحالف ينسحب\nالأربعاء 22 يناير 2025\nأعاد التحالف نشر قواته طوال 2020 بعد عمليات عام 2019", 2025),
    ("ar", "انسحبت القوات من القاعدة دون ذكر تاريخ", None),
    ("en", "Troops left the base at an unnamed date", None),
])
def test_dates_context_year_of(lang, text, year):
    assert context_year_of(text, lang, load_lexicon(lang)) == year


@pytest.mark.parametrize("lang,text,iso", [
    ("ar", "التحالف ينسحب\nنشر في 12 آذار 2020\nأعلن التحالف انسحابه", "2020-03-12"),
    ("en", "Coalition withdraws\nPublished on March 12, 2020\nThe coalition announced", "2020-03-12"),
    ("ar", "التحالف ينسحب\nآخر تحديث: 12/03/2020\nأعلن التحالف انسحابه", "2020-03-12"),
    ("en", "(Updated: May 2, 2021)\n\nTroops handed a depot to the army", "2021-05-02"),
    ("ar", "التحالف ينسحب\n12/03/2020 - 10:45\nأعلن التحالف انسحابه", "2020-03-12"),
    ("en", "Coalition withdraws\n\n12 March 2020 10:45 GMT\n\nThe coalition announced", "2020-03-12"),
    ("ar", "بغداد - 12 آذار 2020: أعلن التحالف الدولي انسحابه من القاعدة", "2020-03-12"),
    ("en", "BAGHDAD, March 12, 2020 (Reuters) - The coalition left the base", "2020-03-12"),
])
def test_dates_publication_date(lang, text, iso):
    d = publication_date(text, lang, load_lexicon(lang))
    assert d is not None and d.iso == iso and text[d.span.start:d.span.end] == d.text


@pytest.mark.parametrize("lang,text", [
    ("ar", "الوضع المظلم\nالخميس 12 آذار 2020\nشعار\nالتحالف ينسحب\nأعلن التحالف انسحابه"),  # header widget
    ("en", "Logo\nThursday, March 12, 2020\nSign in\nCoalition withdraws\nThe coalition announced"),
    ("ar", "أعلن التحالف انسحابه.\nاقرأ أيضاً\nنشر في 3 آذار 2020 التحالف يسلم قاعدة"),  # related list
    ("en", "The coalition announced its pullout.\nRelated Articles\nPublished March 3, 2020 Coalition hands over"),
    ("en", "BAGHDAD, March 29 (Reuters) - The coalition left the base"),                # no year
    ("ar", "أعلن التحالف في 29 آذار 2020 انسحابه من القاعدة"),                         # a date in the body
    # a time phrase, not a place, before a date and a dash
    ("ar", "التحالف ينسحب\nمنذ 29 آذار 2020 - يغادر التحالف قواعده واحدة تلو الأخرى."),
    ("en", "Coalition withdraws\nSince March 29, 2020 - the coalition has left one base after another."),
])
def test_dates_publication_date_none_when_unsure(lang, text):
    assert publication_date(text, lang, load_lexicon(lang)) is None


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_dates_empty_text(lang):
    lex = load_lexicon(lang)
    assert find_dates("", lang, lex) == [] and find_weekdays("", lang, lex) == []
    assert context_year_of("", lang, lex) is None and publication_date("", lang, lex) is None


@pytest.mark.parametrize("lang,text,ymd,surface", [
    ("ar", "والثلاثاء 20 تشرين الأول 2020، أخلت القوات الموقع", (2020, 10, 20), "الثلاثاء 20 تشرين الأول 2020"),
    ("ar", "وأخلت القوات خلال شهر أكتوبر الماضي القاعدة", (None, 10, None), "شهر أكتوبر الماضي"),
    ("ar", "غادرت القوات قاعدة کرکوک فی 29 آذار 2020", (2020, 3, 29), "29 آذار 2020"),     # Persian letters
    ("ar", "غَادَرَتِ القُوَّاتُ القَاعِدَةَ يَوْمَ 29 آذَارَ 2020م", (2020, 3, 29), "يَوْمَ 29 آذَارَ 2020م"),
    ("en", "Troops left on Tuesday, Nov. 16, 2021, the ministry said", (2021, 11, 16), "Tuesday, Nov. 16, 2021"),
])
def test_dates_spans_point_into_original_text(lang, text, ymd, surface):
    d = only(lang, text)
    assert (d.year, d.month, d.day) == ymd
    assert d.text == surface == text[d.span.start:d.span.end]


@pytest.mark.parametrize("lang,text,anchor,expected", [
    ("ar", "غدا الوضع أكثر هدوءا بعد الانسحاب", D(2020, 3, 29), []),          # غدا 'became'
    ("en", "Officials said the base will be handed over tomorrow", D(2020, 3, 29), [(2020, 3, 30)]),
    ("ar", "وتسلم الجيش القاعدة بالأمس", D(2020, 3, 29), [(2020, 3, 28)]),
])
def test_dates_relative_words_in_context(lang, text, anchor, expected):
    assert dates(lang, text, anchor=anchor) == expected


@pytest.mark.parametrize("lang,text,anchor,ymd", [
    ("ar", "غادرت القوات القاعدة في الـ15 من الشهر الجاري", D(2021, 6, 20), (2021, 6, 15)),
    ("ar", "غادرت القوات القاعدة في 28 من الشهر الماضي", D(2021, 6, 20), (2021, 5, 28)),
    ("en", "Troops left the base on the 15th of this month", D(2021, 6, 20), (2021, 6, 15)),
])
def test_dates_day_of_relative_month(lang, text, anchor, ymd):
    assert dates(lang, text, anchor=anchor) == [ymd]
    assert dates(lang, text) == []


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Posted 2020-03-29T10:00:00Z by the desk", [(2020, 3, 29)]),
    ("en", "Bases built in the 1990s were closed", []),
    ("ar", "أنشئت القاعدة في تسعينيات القرن الماضي", []),
])
def test_dates_numeric_edge_cases(lang, text, expected):
    assert dates(lang, text) == expected


@pytest.mark.parametrize("lang,text,iso", [
    ("en", "Coalition withdraws\nUpdated: 10:45 GMT, March 12, 2020\nThe coalition announced", "2020-03-12"),
    ("ar", "التحالف ينسحب\nتاريخ النشر: الخميس 12 آذار 2020 - 10:45 ص\nأعلن التحالف انسحابه", "2020-03-12"),
])
def test_dates_publication_date_label_with_time(lang, text, iso):
    d = publication_date(text, lang, load_lexicon(lang))
    assert d is not None and d.iso == iso


# --- publication date: a date line near the top, page furniture, datelines -----------------------

def pub(lang, text):
    d = publication_date(text, lang, load_lexicon(lang))
    if d is not None:
        assert text[d.span.start:d.span.end] == d.text
    return d.iso if d is not None else None


@pytest.mark.parametrize("lang,text,iso", [
    # a date alone on its line under the headline or byline is the publication date
    ("ar", "القوات الإيطالية تغادر ثكنتها\nالأحد 12 أيار 2024\nغادرت آخر وحدة إيطالية ثكنتها صباح اليوم.", "2024-05-12"),
    ("en", "Italian troops leave their barracks\nSunday, May 12, 2024\nThe last Italian unit left this morning.",
     "2024-05-12"),
    ("ar", "القوات الإيطالية تغادر ثكنتها\nبقلم: سامر خليل\n12/05/2024\nغادرت آخر وحدة إيطالية ثكنتها.", "2024-05-12"),
    ("en", "Italian troops leave their barracks\nBy Dana Whitfield\n\n12 May 2024\n\nThe last Italian unit left.",
     "2024-05-12"),
    ("ar", "القوات الإيطالية تغادر ثكنتها\n2024-05-12 10:31\nغادرت آخر وحدة إيطالية ثكنتها.", "2024-05-12"),
    ("en", "Italian troops leave their barracks\n2024-05-12 10:31 GMT\nThe last Italian unit left.", "2024-05-12"),
    # a wire stamp whose last segment is the site's update note
    ("en", "Italian troops leave their barracks\nMay 12, 2024 / 10:31 AM / Updated 3 hours ago\nThe last unit left.",
     "2024-05-12"),
    ("en", "Italian troops leave their barracks\n12 May 2024 | 10:31 | Last updated 14:02\nThe last unit left.",
     "2024-05-12"),
    # above the headline, with no navigation around it (formerly dropped as a "today" widget)
    ("ar", "الخميس 12 آذار 2020\nالتحالف ينسحب\nأعلن التحالف انسحابه", "2020-03-12"),
    ("en", "Thursday, March 12, 2020\nCoalition withdraws\nThe coalition announced", "2020-03-12"),
    # a Hijri and a Gregorian date on one line: the Gregorian one
    ("ar", "الجيش يتسلم المطار\nالخميس 13 رجب 1445 هـ الموافق 25 كانون الثاني 2024 م\nتسلم الجيش المطار أمس الأربعاء.",
     "2024-01-25"),
    ("ar", "الجيش يتسلم المطار\nالإثنين 27 شوال 1445 هـ - 6 أيار 2024 م\nتسلم الجيش المطار اليوم.", "2024-05-06"),
])
def test_dates_publication_date_line_near_top(lang, text, iso):
    assert pub(lang, text) == iso


@pytest.mark.parametrize("lang,text,iso", [
    ("ar", "الموصل - الأربعاء 9 حزيران 2021 (رويترز)\nغادرت القوات المعسكر شمال المدينة.", "2021-06-09"),
    ("en", "MOSUL, Iraq (AP) — June 9, 2021\nThe troops left the camp north of the city.", "2021-06-09"),
    ("ar", "أربيل، 9 حزيران 2021 -\nغادرت القوات المعسكر شمال المدينة.", "2021-06-09"),
    ("en", "ERBIL, June 9, 2021 —\nThe troops left the camp north of the city.", "2021-06-09"),
    ("ar", "زيندر – «وكالة الساحل» | الأربعاء 9 حزيران 2021\nغادرت القوات المعسكر شمال المدينة.", "2021-06-09"),
    ("en", "ZINDER, Niger — Wednesday, June 9, 2021\nThe troops left the camp north of the city.", "2021-06-09"),
    ("en", "Troops leave camp\nZINDER | Wed., June 9, 2021\nThe troops left the camp north of the city.", "2021-06-09"),
    ("ar", "زيندر - الأربعاء 28 شوال 1442 هـ - 9 حزيران 2021 م\nغادرت القوات المعسكر.", "2021-06-09"),
    # the date first, the place in brackets
    ("en", "June 9, 2021 (ZINDER) – The troops left the camp north of the city.", "2021-06-09"),
    ("en", "Troops leave camp\nJune 9, 2021 (Reuters) - The troops left the camp north of the city.", "2021-06-09"),
    # no mark between the place and the date, the agency and a dash after it (the wire services' habit)
    ("ar", "الجيش يتسلم المعسكر\nكسلا 9-6-2021 (سونا) - تسلم الجيش المعسكر شمال المدينة.", "2021-06-09"),
    ("ar", "الجيش يتسلم المعسكر\nكسلا 9 يونيو 2021 — تسلم الجيش المعسكر شمال المدينة.", "2021-06-09"),
    ("en", "Army takes camp\nKASSALA 9 June 2021 (SUNA) - The army took the camp north of the city.", "2021-06-09"),
    # a label, then a Hijri date in digits and its weekday, then the Gregorian one
    ("ar", "المعسكر يعود للجيش\nآخر تحديث: الخميس 28/10/1442 هـ - الموافق 9/6/2021 م، الساعة 10:20\n"
           "تسلم الجيش المعسكر شمال المدينة.", "2021-06-09"),
])
def test_dates_publication_dateline_variants(lang, text, iso):
    assert pub(lang, text) == iso


@pytest.mark.parametrize("lang,text,year", [
    # navigation words next to the date line
    ("ar", "الوضع الليلي\nالسبت 9 آب 2025\nتسجيل الدخول\nالقوات تغادر المعسكر\nأعادت القوات انتشارها عام 2021.", 2021),
    ("en", "Dark mode\nSaturday, August 9, 2025\nSign in\nTroops leave the camp\nThe troops redeployed in 2021.", 2021),
    ("en", "Logo | Search | Sign in\n9 August 2025\nTroops leave the camp\nThe troops redeployed in 2021.", 2021),
    ("ar", "شعار الموقع\nالقائمة\n9/8/2025\nالقوات تغادر المعسكر\nأعادت القوات انتشارها عام 2021.", 2021),
    # a run of menu items above it
    ("ar", "الرئيسية\nسياسة\nاقتصاد\nرياضة\nالسبت 9 آب 2025\nالقوات تغادر المعسكر\nأعادت القوات انتشارها عام 2021.", 2021),
    ("en", "Home\nWorld\nBusiness\nSport\nSaturday, August 9, 2025\nTroops leave the camp\nThe troops redeployed in 2021.",
     2021),
])
def test_dates_date_line_among_navigation_is_furniture(lang, text, year):
    assert pub(lang, text) is None
    assert context_year_of(text, lang, load_lexicon(lang)) == year


@pytest.mark.parametrize("lang,text,iso", [
    # the body's "today"/"yesterday" names another weekday than the line's date
    ("ar", "القوات تغادر المعسكر\nالثلاثاء 4 شباط 2025\nغادرت القوات المعسكر اليوم الأحد.", None),
    ("en", "Troops leave the camp\nTuesday, February 4, 2025\nThe troops left the camp yesterday, Saturday, an aide said.",
     None),
    # a sentence saying "today" holds a full date years before the line's
    ("ar", "القوات تغادر المعسكر\nالثلاثاء 4 شباط 2025\nأعلن الجيش اليوم أن القوات غادرت المعسكر في 3 أيار 2019.", None),
    ("en", "Troops leave the camp\nTuesday, February 4, 2025\nThe army said today the troops left the camp on May 3, 2019.",
     None),
    # agreeing bodies keep the line: the weekday matches, or lags by the day between writing and publishing
    ("ar", "القوات تغادر المعسكر\nالثلاثاء 4 شباط 2025\nغادرت القوات اليوم الثلاثاء المعسكر الذي أنشئ عام 2014.",
     "2025-02-04"),
    ("ar", "القوات تغادر المعسكر\nالأربعاء 5 شباط 2025\nغادرت القوات المعسكر اليوم الثلاثاء.", "2025-02-05"),
    ("en", "Troops leave the camp\nTuesday, February 4, 2025\nThe troops left the camp yesterday, Monday, an aide said.",
     "2025-02-04"),
    ("en", "Troops leave the camp\nTuesday, February 4, 2025\nThe army said today the troops left the camp built in 2014.",
     "2025-02-04"),
])
def test_dates_date_line_contradicting_the_body(lang, text, iso):
    assert pub(lang, text) == iso


# --- ordinal day words, parts of a month, Hijri dates ---------------------------------------------

@pytest.mark.parametrize("lang,text,ymd,surface", [
    ("ar", "غادرت الكتيبة المعسكر في التاسع من أيلول/سبتمبر 2023", (2023, 9, 9), "التاسع من أيلول/سبتمبر 2023"),
    ("en", "The battalion left the camp on the ninth of September 2023", (2023, 9, 9), "ninth of September 2023"),
    ("ar", "وتسلم الجيش الموقع في الحادي والعشرين من كانون الأول", (None, 12, 21), "الحادي والعشرين من كانون الأول"),
    ("en", "The army took over the site on the twenty-first of December", (None, 12, 21), "twenty-first of December"),
    ("ar", "أخليت الثكنة يوم الثالث عشر من شباط 2022", (2022, 2, 13), "يوم الثالث عشر من شباط 2022"),
    ("en", "The barracks were emptied on the 13th of February 2022", (2022, 2, 13), "13th of February 2022"),
    ("ar", "وفي الأول من آب 2020 أخليت النقطة", (2020, 8, 1), "الأول من آب 2020"),
    ("en", "On the first of August 2020 the post was vacated", (2020, 8, 1), "first of August 2020"),
])
def test_dates_ordinal_day_words(lang, text, ymd, surface):
    d = only(lang, text)
    assert (d.year, d.month, d.day) == ymd
    assert d.text == surface == text[d.span.start:d.span.end]


@pytest.mark.parametrize("lang,text,expected", [
    ("ar", "تسارع الانسحاب في النصف الثاني من آذار", [(None, 3, None)]),        # a half, not a day
    ("en", "The pullout sped up in the second half of March", [(None, 3, None)]),
    ("ar", "انتهت المرحلة في الأسبوع الأول من أيار 2023", [(2023, 5, None)]),
    ("en", "The phase ended in the first week of May 2023", [(2023, 5, None)]),
    ("ar", "جاءت الكتيبة الثانية من حزيران الماضي", [(None, 6, None)]),         # a feminine ordinal: no day
])
def test_dates_ordinal_words_that_are_not_days(lang, text, expected):
    assert dates(lang, text) == expected


@pytest.mark.parametrize("lang,text", [
    ("ar", "غادرت القوات المعسكر في العاشر من الشهر الجاري"),
    ("en", "The troops left the camp on the tenth of this month"),
])
def test_dates_ordinal_day_of_relative_month(lang, text):
    assert dates(lang, text, anchor=D(2021, 6, 20)) == [(2021, 6, 10)]
    assert dates(lang, text) == []


@pytest.mark.parametrize("lang,text,ymd,surface", [
    ("ar", "بدأ الانسحاب في منتصف آذار", (None, 3, None), "منتصف آذار"),
    ("en", "The withdrawal began in mid-March", (None, 3, None), "mid-March"),
    ("ar", "اكتمل الانسحاب أواخر أيار 2023", (2023, 5, None), "أواخر أيار 2023"),
    ("en", "The withdrawal ended in late May 2023", (2023, 5, None), "late May 2023"),
    ("ar", "تبدأ المرحلة الثانية أوائل شهر مارس", (None, 3, None), "أوائل شهر مارس"),
    ("en", "The second phase starts in early March", (None, 3, None), "early March"),
])
def test_dates_part_of_month_gives_month_only(lang, text, ymd, surface):
    d = only(lang, text)
    assert (d.year, d.month, d.day) == ymd
    assert d.text == surface == text[d.span.start:d.span.end]


@pytest.mark.parametrize("lang,text", [
    ("ar", "غادرت القوات الموقع في 5 ذو الحجة 1445 هـ بعد الظهر"),
    ("en", "The troops left the site on 5 Dhu al-Hijjah 1445 AH in the afternoon"),
])
def test_dates_hijri_date_is_recognised_not_converted(lang, text):
    assert dates(lang, text) == []
    from kg.extract.dates import date_spans
    assert date_spans(text, load_lexicon(lang))                 # its numbers are not quantities


# --- weekdays tied to "today" / "yesterday" -----------------------------------------------------

@pytest.mark.parametrize("lang,text,anchor,expected", [
    ("ar", "غادرت القوات المعسكر أمس الجمعة", D(2024, 5, 11), [(2024, 5, 10)]),
    ("en", "The troops left the camp yesterday, Friday", D(2024, 5, 11), [(2024, 5, 10)]),
    ("ar", "تسلم الجيش المعسكر اليوم السبت", D(2024, 5, 11), [(2024, 5, 11)]),
    ("en", "The army took over the camp today, Saturday", D(2024, 5, 11), [(2024, 5, 11)]),
    ("ar", "غادرت القوات المعسكر، الخميس، وفق مصدر", D(2024, 5, 11), [(2024, 5, 9)]),
    ("en", "The troops left the camp on Thursday, a source said", D(2024, 5, 11), [(2024, 5, 9)]),
    # published a day after it was written: the weekday decides
    ("ar", "غادرت القوات المعسكر أمس الجمعة", D(2024, 5, 12), [(2024, 5, 10)]),
    ("en", "The troops left the camp yesterday, Friday", D(2024, 5, 12), [(2024, 5, 10)]),
    # a weekday that disagrees with "yesterday" gives no date
    ("ar", "غادرت القوات المعسكر أمس الإثنين", D(2024, 5, 11), []),
    ("en", "The troops left the camp yesterday, Monday", D(2024, 5, 11), []),
])
def test_dates_weekday_with_relative_word(lang, text, anchor, expected):
    assert dates(lang, text, anchor=anchor) == expected


@pytest.mark.parametrize("lang,text,ymd,surface", [
    ("ar", "الجيش يتسلم المعسكر\nالسبت 11 أيار 2024\nتسلم الجيش المعسكر أمس الجمعة بعد رحيل القوات.", (2024, 5, 10),
     "أمس الجمعة"),
    ("en", "Army takes over the camp\nSaturday, May 11, 2024\nThe army took over the camp on Friday after the troops left.",
     (2024, 5, 10), "Friday"),
])
def test_dates_weekday_resolved_against_publication_line(lang, text, ymd, surface):
    lex = load_lexicon(lang)
    p = publication_date(text, lang, lex)
    assert p is not None and p.iso == "2024-05-11"
    found = [d for d in find_dates(text, lang, lex, anchor=p.as_date()) if d.span != p.span]
    assert [(d.year, d.month, d.day, d.text) for d in found] == [(*ymd, surface)]


def test_dates_public_api_and_shared_helpers_importable():
    from kg.extract import dates
    for name in ("find_dates", "find_weekdays", "context_year_of", "publication_date", "date_spans",
                 "Phrases", "folded", "key", "trie_regex", "trigger_patterns", "triggers"):
        assert callable(getattr(dates, name)), name


@pytest.mark.parametrize("lang,text", [
    # short lines under the date line are as likely share buttons: the date stays
    ("ar", "القوات تغادر المعسكر\nالسبت 9 آب 2025\nفيسبوك\nتويتر\nواتساب\nغادرت القوات المعسكر صباح اليوم."),
    ("en", "Troops leave the camp\nSaturday, August 9, 2025\nFacebook\nTwitter\nEmail\nThe troops left the camp today."),
])
def test_dates_date_line_above_share_buttons_is_kept(lang, text):
    assert pub(lang, text) == "2025-08-09"
