"""kg.extract.pubdate: the date-label formats real outlets print around a story, and what is
never a publication date (a "today" widget, a label inside a sentence, a date with no year)."""
import pytest

from kg.extract.dates import publication_date
from kg.extract.lexicon import load_lexicon

HEAD = {
    "en": "Harwick depot passes to the border guard as the last company leaves\n\n",
    "ar": "حرس الحدود يتسلم مستودع هارويك بعد رحيل آخر سرية\n\n",
}
BODY = {
    "en": "\n\nThe border guard took over the Harwick depot on Friday after the last company of the "
          "garrison left, a spokesman said.\n\nAbout 140 soldiers had served at the depot.\n",
    "ar": "\n\nتسلم حرس الحدود مستودع هارويك بعد رحيل آخر سرية من الحامية، بحسب ما قال متحدث باسمه.\n\n"
          "وكان نحو 140 جنديا يخدمون في المستودع.\n",
}


def pub(lang, line):
    text = HEAD[lang] + line + BODY[lang]
    d = publication_date(text, lang, load_lexicon(lang))
    if d is not None:
        assert text[d.span.start:d.span.end] == d.text
    return d.iso if d is not None else None


# --- a label, then the time (written with dots) and the weekday before the date ------------------

@pytest.mark.parametrize("lang,line,iso", [
    ("en", "Published 9:05 a.m. ET, Friday, Oct. 9, 2009", "2009-10-09"),
    ("en", "Updated 4:40 p.m. EDT Fri October 9, 2009", "2009-10-09"),
    # a 24-hour time with two zones, the second in brackets
    ("en", "Updated 1630 GMT (0030 HKT) October 9, 2009", "2009-10-09"),
    # "at" between the date and its time
    ("en", "October 9, 2009 at 4:12 pm", "2009-10-09"),
    ("ar", "الجمعة 9 تشرين الأول 2009 - 04:12 ظهرا", "2009-10-09"),
])
def test_pubdate_label_and_stamp_with_time(lang, line, iso):
    assert pub(lang, line) == iso


def test_pubdate_words_that_are_not_times_keep_a_label_from_its_date():
    assert pub("en", "Updated guidance for the Harwick depot, Oct. 9, 2009") is None


# --- a bare date label: only opening a line, and only with nothing but a time after the date -----

@pytest.mark.parametrize("lang,line,iso", [
    ("en", "Date: 09.10.2009", "2009-10-09"),
    ("en", "Date 09.10.2009", "2009-10-09"),
    ("en", "Dated: October 9, 2009", "2009-10-09"),
    ("en", "Filed at 4:12 p.m. October 9, 2009", "2009-10-09"),
    ("en", "Issued on: 19/10/2009 - 16:12", "2009-10-19"),
    ("ar", "بتاريخ 09/10/2009", "2009-10-09"),
    ("ar", "التاريخ : 9 تشرين الأول 2009", "2009-10-09"),
])
def test_pubdate_bare_label_opening_a_line(lang, line, iso):
    assert pub(lang, line) == iso


@pytest.mark.parametrize("lang,line", [
    # inside a sentence, the label word dates an event of the story
    ("ar", "ووقعت الحكومة محضر التسليم بتاريخ 09/10/2009 في العاصمة بعد مفاوضات طويلة."),
    # opening a line, but the date is a sentence's subject
    ("en", "Date 9 October 2009 was chosen for the pull-out by both governments."),
    # a day and a month with no year: no date
    ("en", "Last updated: 09/10"),
    ("ar", "آخر تحديث: 09/10"),
])
def test_pubdate_bare_label_near_misses(lang, line):
    assert pub(lang, line) is None


# --- notes beside the date: issue numbers, reading times, view counts ---------------------------

@pytest.mark.parametrize("lang,line,iso", [
    ("en", "9 October 2009 · 5 min read", "2009-10-09"),
    ("en", "By Mara Lindqvist · 9 October 2009 · 5 min read", "2009-10-09"),
    ("en", "Issue 4512, October 9, 2009", "2009-10-09"),
    # a newspaper's masthead: its name, its issue (and volume), the date
    ("ar", "الصباح - العدد 4512 - الجمعة 9 تشرين الأول 2009", "2009-10-09"),
    ("ar", "الصباح - الجمعة 9 تشرين الأول 2009 - السنة 12 - العدد 4512", "2009-10-09"),
    ("ar", "الجمعة 21 شوال 1430 هـ 9 أكتوبر 2009 العدد 11272", "2009-10-09"),
    ("ar", "الجمعة 9 أكتوبر 2009 - 04:12 م | عدد المشاهدات: 1,204", "2009-10-09"),
])
def test_pubdate_notes_beside_the_date(lang, line, iso):
    assert pub(lang, line) == iso


def test_pubdate_a_number_that_is_no_note_stays_beside_the_date():
    assert pub("ar", "الجمعة 9 تشرين الأول 2009 - 4512 جنديا غادروا") is None


# --- the reader's "today" widget -----------------------------------------------------------------

@pytest.mark.parametrize("lang,line", [
    ("ar", "اليوم الجمعة 9 تشرين الأول 2009"),
    ("en", "Today: Friday, October 9, 2009"),
])
def test_pubdate_today_widget_is_no_publication_date(lang, line):
    assert pub(lang, line) is None


# --- a stamp line with the site's update note after it ------------------------------------------

def test_pubdate_stamp_before_an_update_on_its_line_is_the_publication():
    assert pub("en", "October 9, 2009 | 4:12 PM | Updated October 10, 2009") == "2009-10-09"


def test_pubdate_update_label_on_its_own_line_still_wins_over_a_bare_line():
    assert pub("en", "October 9, 2009\nUpdated: October 10, 2009") == "2009-10-10"


# --- a press-release wire's dateline --------------------------------------------------------------

def test_pubdate_press_release_dateline():
    text = HEAD["en"] + "HARWICK, Oct. 9, 2009 /PRNewswire/ -- The border guard took over the depot.\n"
    assert publication_date(text, "en", load_lexicon("en")).iso == "2009-10-09"


def test_pubdate_press_release_dateline_without_year():
    text = HEAD["en"] + "HARWICK, Oct. 9 /PRNewswire/ -- The border guard took over the depot.\n"
    assert publication_date(text, "en", load_lexicon("en")) is None


# --- the date, then the site's section for the story ---------------------------------------------

@pytest.mark.parametrize("lang,line,iso", [
    ("en", "9 October 2009 Peace and Security", "2009-10-09"),
    ("en", "9 October 2009 Humanitarian Aid", "2009-10-09"),
    ("ar", "9 تشرين الأول/أكتوبر 2009 السلام والأمن", "2009-10-09"),
])
def test_pubdate_date_then_section(lang, line, iso):
    assert pub(lang, line) == iso


@pytest.mark.parametrize("lang,text", [
    # a sentence opening with the date
    ("en", HEAD["en"] + "9 October 2009 saw the last convoy leave." + BODY["en"]),
    ("en", HEAD["en"] + "9 October 2009 brought the handover forward" + BODY["en"]),
    # the headline itself
    ("en", "9 October 2009 Harwick Handover\n\nThe border guard took over the Harwick depot.\n"),
])
def test_pubdate_date_then_section_near_misses(lang, text):
    assert publication_date(text, lang, load_lexicon(lang)) is None


# --- the date's own weekday beside a numeric date; the page's "3 hours ago" note ----------------

@pytest.mark.parametrize("lang,line,iso", [
    ("ar", "الجمعة 2009/10/09 الساعة 16:12", "2009-10-09"),
    ("ar", "الجمعة 9 أكتوبر 2009 - منذ 3 ساعات", "2009-10-09"),
    ("en", "October 9, 2009 · 3 hours ago", "2009-10-09"),
])
def test_pubdate_weekday_and_age_note_beside_the_date(lang, line, iso):
    assert pub(lang, line) == iso


def test_pubdate_weekday_before_a_numeric_date_in_a_sentence_is_no_stamp():
    assert pub("ar", "الجمعة 2009/10/09 وصل آخر الجنود إلى المستودع") is None


# --- wire credits after the date, a date in brackets after the place, "By Name date" -------------

@pytest.mark.parametrize("lang,text,iso", [
    ("ar", "الدوحة في 09 أكتوبر 2009 /قنا/ تسلم حرس الحدود مستودع هارويك.", "2009-10-09"),
    ("ar", "أبوظبي في 9 أكتوبر 2009 / وام / تسلم حرس الحدود مستودع هارويك.", "2009-10-09"),
    # the tatweel dash of Arabic print: كابول ـ التاريخ (أ ف ب) ـ
    ("ar", "كابول ـ 9 أكتوبر 2009 (أ ف ب) ـ تسلم حرس الحدود مستودع هارويك.", "2009-10-09"),
    ("en", "HARWICK (Oct. 9, 2009) -- The border guard took over the depot.", "2009-10-09"),
    ("en", "By Mara Lindqvist October 9, 2009\n\nThe border guard took over the depot.", "2009-10-09"),
])
def test_pubdate_wire_credit_and_bracketed_datelines(lang, text, iso):
    text = HEAD[lang] + text + "\n"
    assert publication_date(text, lang, load_lexicon(lang)).iso == iso


@pytest.mark.parametrize("lang,text", [
    # no year in the dateline
    ("ar", "أبوظبي في 9 أكتوبر / وام / تسلم حرس الحدود مستودع هارويك."),
    # a sentence: "في" and a bracketed aside after the date
    ("ar", "وصل الوفد في 9 أكتوبر 2009 (بحسب البيان) إلى مستودع هارويك."),
    ("en", "The handover (Oct. 9, 2009) -- was delayed by a week."),
    ("en", "Troops left 9 October 2009 (officials said) and the guard moved in."),
    ("en", "By then October 9, 2009\n\nThe border guard took over the depot."),
])
def test_pubdate_wire_credit_and_bracketed_near_misses(lang, text):
    text = HEAD[lang] + text + "\n"
    assert publication_date(text, lang, load_lexicon(lang)) is None


# --- credits, time zones named by a city, bracketed issue numbers, ranks in a byline -------------

@pytest.mark.parametrize("lang,line,iso", [
    ("en", "Source: Newswire| 2009-10-09 16:12:05|Editor: Mu Lan", "2009-10-09"),
    ("en", "Oct 09, 2009 | 04:12 PM IST | Source: Reuters", "2009-10-09"),
    ("en", "Oct 9, 2009 4:12 PM Kabul time", "2009-10-09"),
    ("ar", "الجمعة 9 أكتوبر 2009 - 04:12 م بتوقيت القدس", "2009-10-09"),
    ("ar", "الجمعة - 20 شوال 1430 هـ - 09 أكتوبر 2009 مـ رقم العدد [ 11272]", "2009-10-09"),
    ("ar", "الجمعة 1430/10/20 هـ الموافق 2009/10/09 م", "2009-10-09"),
    ("en", "By Sgt. Mara Lindqvist October 9, 2009", "2009-10-09"),
])
def test_pubdate_credits_zones_and_ranks(lang, line, iso):
    assert pub(lang, line) == iso


@pytest.mark.parametrize("lang,line", [
    # a credit word with no colon after it opens a sentence
    ("en", "Sources said on Oct 09, 2009 the convoy had left"),
    ("en", "By then the convoy had left October 9, 2009"),
])
def test_pubdate_credits_zones_and_ranks_near_misses(lang, line):
    assert pub(lang, line) is None


def test_pubdate_bare_label_with_a_byline_segment_after_the_date():
    assert pub("en", "Date 09.10.2009 | Author Mara Lindqvist") == "2009-10-09"


# --- a label word inside a sentence is the story's verb; comments carry labels of their own -------

LONG_EN = ("The border guard took over the Harwick depot on Friday after a ceremony attended by officers "
           "of both forces and the district governor, a spokesman said in a statement.")
LONG_AR = ("تسلم حرس الحدود مستودع هارويك يوم الجمعة بعد مراسم حضرها ضباط من القوتين ومحافظ المنطقة، "
           "بحسب ما قال متحدث باسم الحرس في بيان صدر مساء اليوم نفسه عن قيادته في العاصمة.")


@pytest.mark.parametrize("lang,text", [
    ("en", HEAD["en"] + LONG_EN + " The audit, published on 2 March 2008, urged its closure.\n"),
    ("ar", HEAD["ar"] + LONG_AR + " وكان التقرير الذي نشر في 2 آذار 2008 قد أوصى بإغلاقه.\n"),
])
def test_pubdate_label_word_inside_a_sentence_is_no_label(lang, text):
    assert publication_date(text, lang, load_lexicon(lang)) is None


@pytest.mark.parametrize("lang,text,iso", [
    # a label after a separator in a byline, lower-case as some sites print it
    ("en", HEAD["en"] + "by Mara Lindqvist | posted on October 9, 2009\n\n" + LONG_EN + "\n", "2009-10-09"),
    # a label with a colon after a byline
    ("ar", HEAD["ar"] + "كتب سامر خليل نشر في: 9 تشرين الأول 2009\n\n" + LONG_AR + "\n", "2009-10-09"),
    ("en", HEAD["en"] + "Page last updated at 16:12 GMT, Friday, 9 October 2009 17:12 UK\n\n" + LONG_EN + "\n",
     "2009-10-09"),
    # the readers' comments below the story carry "Posted on" labels of their own
    ("en", HEAD["en"] + "Posted on October 9, 2009 by Mara Lindqvist\n\n" + LONG_EN + "\n\n" + LONG_EN
     + "\n\n2 Comments\n\nPosted on October 10, 2009 by reader_one\n\nGood news.\n\n"
       "Posted on October 12, 2009 by reader_two\n\nAbout time.\n", "2009-10-09"),
])
def test_pubdate_page_labels_beside_bylines_and_comments(lang, text, iso):
    assert publication_date(text, lang, load_lexicon(lang)).iso == iso


@pytest.mark.parametrize("text,lang", [
    ("نشر في 3 مارس 2020\nانسحبت القوات من القاعدة.", "ar"),
    ("published on March 3, 2020\nTroops left the base.", "en"),
])
def test_pubdate_a_label_at_the_very_start_of_the_text(text, lang):
    # the text's start counts as a line's start (review, 2026-11-22)
    v = publication_date(text, lang, load_lexicon(lang))
    assert v is not None and v.iso == "2020-03-03"


# =================================================================================================
# Second round (2026-11-22): places with their region, stops for commas, two-zone stamps, page
# segments after a stamp, French-style stamps of Maghreb sites, wire transmission stamps, and a
# historical date in a "yesterday" sentence
# =================================================================================================

@pytest.mark.parametrize("lang,text,iso", [
    # the place with its country or region in brackets, the date, a wire's credit, a dash
    ("ar", "الحلة (العراق) 4-3-2007 (أ ف ب) - تسلم حرس الحدود مستودع هارويك.", "2007-03-04"),
    ("ar", "الفاشر (شمال دارفور) ٤-٣-٢٠٠٧ (سونا) - تسلم حرس الحدود مستودع هارويك.", "2007-03-04"),
    ("en", "HILLAH (Iraq) 4 March 2007 (AFP) - The border guard took over the depot.", "2007-03-04"),
])
def test_pubdate_bare_dateline_with_a_bracketed_region(lang, text, iso):
    text = HEAD[lang] + text + "\n"
    assert publication_date(text, lang, load_lexicon(lang)).iso == iso


@pytest.mark.parametrize("lang,text", [
    # an aside in brackets in a sentence, with no wire's credit after the date
    ("ar", "وغادرت السرية (بحسب البيان) 4-3-2007 - ثم تسلم الحرس المستودع."),
    ("en", "Troops (officials said) 4 March 2007 (AFP) - and the guard moved in."),
])
def test_pubdate_bare_dateline_with_a_bracketed_region_near_misses(lang, text):
    text = HEAD[lang] + text + "\n"
    assert publication_date(text, lang, load_lexicon(lang)) is None


@pytest.mark.parametrize("lang,line,iso", [
    # a full stop for the comma between the day and the year
    ("en", "March 4. 2007", "2007-03-04"),
    ("en", "Mar 4. 2007 | 10:32 GMT", "2007-03-04"),
    # the same moment in two zones: the stamp opening the line (the site's own zone)
    ("en", "March 5. 2007 1:30AM UAE / March 4. 2007 9:30PM GMT", "2007-03-05"),
    ("en", "March 5, 2007 1:30 AM KSA | March 4, 2007 10:30 PM GMT", "2007-03-05"),
    ("ar", "05/03/2007 01:30 بتوقيت مكة المكرمة / 04/03/2007 22:30 غرينتش", "2007-03-05"),
])
def test_pubdate_stopped_years_and_two_zone_stamps(lang, line, iso):
    assert pub(lang, line) == iso


@pytest.mark.parametrize("lang,line", [
    ("en", "The depot closed on March 4. 2007 was a hard year for the garrison."),
    # a second date with words before it in its segment: not the same moment in another zone
    ("en", "March 5, 2007 1:30 AM / a day after March 4, 2007 9:30 PM"),
])
def test_pubdate_stopped_years_and_two_zone_stamps_near_misses(lang, line):
    assert pub(lang, line) is None


@pytest.mark.parametrize("lang,line,iso", [
    # a stamp with its time, then the story's section and its byline as separate segments
    ("en", "Mar. 4, 2007, 10:32 p.m. | Iraq — by Harbour Times staff", "2007-03-04"),
    ("en", "March 4, 2007 10:32 | World - by Mara Lindqvist", "2007-03-04"),
    ("en", "March 4, 2007 10:32 · Middle East · Defence", "2007-03-04"),
    ("ar", "الأحد 4 آذار 2007، 10:32 م | عربي ودولي — بقلم سامر خليل", "2007-03-04"),
])
def test_pubdate_stamp_then_page_segments(lang, line, iso):
    assert pub(lang, line) == iso


@pytest.mark.parametrize("lang,line", [
    # a sentence after the separator, or a segment with a number
    ("en", "March 4, 2007 10:32 | the guard moved into the depot"),
    ("en", "March 4, 2007 at 10:32 | Section 3"),
    ("ar", "الأحد 4 آذار 2007، 10:32 م | غادرت السرية المستودع بعد ظهر ذلك اليوم نحو المطار"),
])
def test_pubdate_stamp_then_page_segments_near_misses(lang, line):
    assert pub(lang, line) is None


@pytest.mark.parametrize("lang,line,iso", [
    # French labels and times on Maghreb sites, in pages of either language
    ("en", "Publié le 14/03/2007 à 10h32", "2007-03-14"),
    ("ar", "Publié le : 04/03/2007 - 10h32", "2007-03-04"),
    ("ar", "Mis à jour le 05/03/2007 à 08h05", "2007-03-05"),
    ("ar", "04/03/2007 à 10h32", "2007-03-04"),
    # Moroccan month names and "على الساعة" before the time
    ("ar", "الأحد 4 مارس 2007 على الساعة 10:32", "2007-03-04"),
    ("ar", "نشر في 4 شتنبر 2007 على الساعة 10:32", "2007-09-04"),
    # the label's paradigm: feminine and passive forms, and a label ending in يوم before the weekday
    ("ar", "نُشرت يوم الأحد، 4 آذار/مارس 2007 - 10:32", "2007-03-04"),
    ("ar", "نشر يوم 4 آذار 2007", "2007-03-04"),
    ("ar", "تم نشره في: 04/03/2007", "2007-03-04"),
    ("ar", "أضيفت بتاريخ 04/03/2007", "2007-03-04"),
])
def test_pubdate_french_style_stamps_and_arabic_label_forms(lang, line, iso):
    assert pub(lang, line) == iso


@pytest.mark.parametrize("lang,line", [
    # a French time is a time only as a stamp's last words
    ("en", "04/03/2007 à 10h32 la garnison est partie"),
    # the Moroccan link without a time after it
    ("ar", "الأحد 4 مارس 2007 على الساعة المحددة للتسليم في المستودع"),
])
def test_pubdate_french_style_stamps_near_misses(lang, line):
    assert pub(lang, line) is None


@pytest.mark.parametrize("text,iso", [
    # the wire's transmission stamp closing the copy dates the page; a year-less dateline a day or
    # less from it keeps its own day (the stamp tells Greenwich time)
    ("HARWICK, March 4 (AFP) - The border guard took over the depot.\n\nkl/ms\n\nAFP 041032 GMT MAR 07",
     "2007-03-04"),
    ("HARWICK, March 4 (AFP) - The border guard took over the depot.\n\nAFP 050012 GMT MAR 07", "2007-03-04"),
    ("The border guard took over the depot.\n\nAFP 041032 GMT MAR 07", "2007-03-04"),
    ("The border guard took over the depot.\n\nAFP 311032 GMT DEC 99", "1999-12-31"),
])
def test_pubdate_wire_transmission_stamp(text, iso):
    text = HEAD["en"] + text + "\n"
    assert publication_date(text, "en", load_lexicon("en")).iso == iso


@pytest.mark.parametrize("text", [
    # a year-less dateline alone: no year may be invented, nor taken from a year in the story
    "HARWICK, March 4 (AFP) - The border guard took over the depot it had built in 2003.",
    # a stamp-like run of figures inside a sentence
    "HARWICK, March 4 (AFP) - The convoy 041032 GMT mar 07 left the depot.",
    # two transmission stamps of different days (two stories on one page)
    "The guard took over.\n\nAFP 041032 GMT MAR 07\n\nThe army left.\n\nAFP 091032 GMT MAR 07",
])
def test_pubdate_wire_transmission_stamp_near_misses(text):
    text = HEAD["en"] + text + "\n"
    assert publication_date(text, "en", load_lexicon("en")) is None


@pytest.mark.parametrize("lang,text,iso", [
    # a historical date far from "yesterday" in its sentence is history, not a contradiction
    ("en", "Saturday 3 March 2007\n\nThe last company left Harwick yesterday, ending a garrison that had "
           "stood there since the first battalion arrived from the coast on 12 June 1951.", "2007-03-03"),
    ("ar", "السبت 3 آذار 2007\n\nغادرت آخر سرية مستودع هارويك أمس، منهية وجودا عسكريا بدأ حين وصلت "
           "أول كتيبة من الساحل إلى البلدة الصغيرة الواقعة شمال النهر في 12 حزيران 1951.", "2007-03-03"),
])
def test_pubdate_history_in_a_yesterday_sentence_keeps_the_date_line(lang, text, iso):
    text = HEAD[lang] + text + "\n"
    assert publication_date(text, lang, load_lexicon(lang)).iso == iso


def test_pubdate_old_date_beside_today_still_contradicts_the_date_line():
    text = HEAD["en"] + "Saturday 3 March 2007\n\nThe army said today the company left on May 3, 2001.\n"
    assert publication_date(text, "en", load_lexicon("en")) is None
