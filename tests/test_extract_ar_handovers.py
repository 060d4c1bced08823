"""Arabic handover events and their attributes: constructions of news Arabic that carry a
handover's figures, dates and parties. Every sentence is written for these tests (none comes from a
real article or a diagnostic set); the gazetteer is the small one of ``support.ar_fixtures``. Each rule
has its positive form and a near miss that must not fire."""
from __future__ import annotations

import pytest

from kg.extract.lexicon import load_lexicon
from kg.normalise import fold

from support.ar_fixtures import extract  # noqa: F401  (extract is a fixture)


def _only(ex):
    assert len(ex.handovers) == 1, [(h.base.surface, h.trigger) for h in ex.handovers]
    return ex.handovers[0]


def _key(m):
    return None if m is None else (m.key or fold(m.name or m.surface).strip())


def _troops(h):
    return None if h.troops is None else int(h.troops.value)


_GIVEN = "سلّمت القوات البريطانية قاعدة الزيتونة إلى الجيش الليبي. "


# -- troops: where counted troops were, between them and their verb -----------------------------------

@pytest.mark.parametrize("text,troops", [
    # a stationing clause between the count and its leaving verb
    (_GIVEN + "وأفادت الوزارة بأن نحو 500 جندي كانوا يتمركزون في مصراتة غادروا القاعدة.", 500),
    (_GIVEN + "وقال مسؤول إن نحو ألفي جندي بريطاني كانوا يتمركزون فيها غادروها تباعا.", 2000),
    (_GIVEN + "وذكر بيان أن 350 عسكريا كانوا منتشرين في سرت انسحبوا من القاعدة.", 350),
    # near miss: the verb after the stationing clause is a future one (not done)
    (_GIVEN + "وقال مسؤول إن نحو ألفي جندي بريطاني كانوا يتمركزون في مصراتة سيغادرونها الشهر المقبل.", None),
    # near miss: troops said to be somewhere, no leaving verb
    (_GIVEN + "وأفادت الوزارة بأن نحو 500 جندي كانوا يتمركزون في مصراتة خلال العام الماضي.", None),
])
def test_troops_leaving_after_a_stationing_clause(extract, text, troops):
    assert _troops(_only(extract(text))) == troops


@pytest.mark.parametrize("text,troops", [
    # the count estimated at N, the troop noun repeated after the number, a nationality after عدد
    (_GIVEN + "وتقدر مصادر عدد الجنود البريطانيين الذين كانوا في قاعدة الزيتونة بنحو 200 جندي، "
              "انسحبوا على متن شاحنات.", 200),
    (_GIVEN + "وقدّر مسؤول عدد العسكريين الذين كانوا في قاعدة الزيتونة بأكثر من 150 عسكريا.", 150),
    # near miss: the count of troops at another base, not the one handed over
    ("سلّمت القوات البريطانية قاعدة الزيتونة إلى الجيش الليبي. وقدّرت مصادر عدد الجنود الذين ما زالوا "
     "في قاعدة الوطية الجوية بنحو 400 جندي.", None),
])
def test_troops_count_estimated_at(extract, text, troops):
    ex = extract(text)
    h = next(h for h in ex.handovers if "الزيتونه" in fold(h.base.surface))
    assert _troops(h) == troops


# -- publication dates: how Arabic news pages print them -------------------------------------------------

_BODY = ("\n\nسلّمت القوات البريطانية أمس قاعدة الزيتونة إلى الجيش الليبي في مراسم رسمية حضرها عدد "
         "من المسؤولين والضباط من البلدين.\n")


@pytest.mark.parametrize("head,iso", [
    # a label with a colon, and the feminine of نُشر
    ("قاعدة الزيتونة تعود إلى الليبيين\n\nالتاريخ: 07 مارس 2019\nطرابلس - «الوكالات»", "2019-03-07"),
    ("قاعدة الزيتونة تعود إلى الليبيين\n\nنُشرت في: 07/03/2019 - 09:20", "2019-03-07"),
    # a byline whose last segment is the stamp
    ("قاعدة الزيتونة تعود إلى الليبيين\n\nمصراتة - صحيفة الساحل: سالم العريبي | الخميس 07 مارس 2019, 09:20 صباحا",
     "2019-03-07"),
    # a dateline with the Hijri date first and الموافق before the Gregorian one
    ("قاعدة الزيتونة تعود إلى الليبيين\n\nمصراتة – الخميس 30 جمادى الآخرة 1440هـ الموافق 07 مارس 2019",
     "2019-03-07"),
    # near misses: "history" in the body with a date after it; a Hijri date alone
    ("قاعدة الزيتونة تعود إلى الليبيين\n\nمصراتة - «الوكالات»", None),
    ("قاعدة الزيتونة تعود إلى الليبيين\n\nمصراتة – الخميس 30 جمادى الآخرة 1440هـ", None),
])
def test_publication_date_lines(head, iso):
    from kg.extract import dates
    text = head + _BODY + "وقال الضابط إن الجنود دخلوا التاريخ في 5 مايو 2011 عندما حرروا المدينة."
    got = dates.publication_date(text, "ar", load_lexicon("ar"))
    assert (got.iso if got is not None else None) == iso


def test_yesterday_counts_from_a_byline_stamp(extract):
    ex = extract("قاعدة الزيتونة تعود إلى الليبيين\n\nمصراتة - صحيفة الساحل: سالم العريبي | الخميس 07 مارس 2019, "
                 "09:20 صباحا" + _BODY)
    assert _only(ex).date is not None and _only(ex).date.iso == "2019-03-06"


@pytest.mark.parametrize("tail,iso", [
    # "the same day" with the full stop on it is not today
    ("ودخلت وحدات ليبية القاعدة في اليوم ذاته.", None),
    ("ودخلت وحدات ليبية القاعدة اليوم.", "2019-03-07"),
])
def test_the_same_day_is_not_today(tail, iso):
    import datetime as dt
    from kg.extract import dates
    got = [d.iso for d in dates.find_dates(tail, "ar", load_lexicon("ar"), anchor=dt.date(2019, 3, 7))]
    assert got == ([iso] if iso else [])


# -- parties: a base's owner after التابع لـ; what followed a withdrawal (لـ + a present verb) -----------

@pytest.mark.parametrize("text,frm,to", [
    # the owner of the base received from, never the receiver
    ("تسلم الجيش الليبي اليوم المعسكر التابع للقوات البريطانية في مصراتة.", "british_forces", "libyan_army"),
    ('تسلم الجيش الليبي اليوم المجمع العسكري التابع لـ"القوات البريطانية" في مصراتة.', "british_forces",
     "libyan_army"),
    ("سلمت القوات البريطانية قاعدة الزيتونة التابعة للجيش الليبي إلى القوات الإيطالية.", "british_forces",
     "italian_forces"),
    # near miss: units belonging to a force are that force acting (not a base's owner)
    ("تسلمت وحدات تابعة للجيش الليبي قاعدة الزيتونة من القوات البريطانية.", "british_forces", "libyan_army"),
])
def test_owner_of_a_base_after_an_adjective_of_belonging(extract, text, frm, to):
    h = _only(extract(text))
    assert (_key(h.from_force), _key(h.to_force)) == (frm, to)


@pytest.mark.parametrize("text,to", [
    ("أخلت القوات البريطانية قاعدة الزيتونة أمس لتتسلمها القوات الإيطالية.", "italian_forces"),
    ("انسحبت القوات البريطانية من قاعدة الزيتونة، لتدخلها وحدات من الجيش الليبي بعد ساعات.", "libyan_army"),
    ("انسحبت القوات البريطانية من قاعدة الزيتونة، لتدخلها القوات الإيطالية بعد ساعات.", "italian_forces"),
])
def test_receiver_of_what_followed_a_withdrawal(extract, text, to):
    h = _only(extract(text))
    assert _key(h.from_force) == "british_forces" and _key(h.to_force) == to


@pytest.mark.parametrize("text", [
    # a purpose after a verb that hands nothing over; a planned withdrawal
    "أرسلت القوات الإيطالية وحدات إلى مصراتة لتتسلم قاعدة الزيتونة من القوات البريطانية.",
    "ستنسحب القوات البريطانية من قاعدة الزيتونة لتتسلمها القوات الإيطالية.",
])
def test_purpose_after_no_handover_is_still_no_handover(extract, text):
    assert extract(text).handovers == []


# -- bases: the internal passive of أخلى; a base coordinated by "، إلى جانب" --------------------------------

def test_internal_passive_of_evacuate_reports_a_handover(extract):
    ex = extract("سلمت القوات البريطانية قاعدة سرت إلى الجيش الليبي، كما أُخليت قاعدة الزيتونة في مصراتة "
                 "نهاية الشهر الماضي.")
    got = {fold(h.base.surface).strip(): _key(h.from_force) for h in ex.handovers}
    assert got.get(fold("قاعدة الزيتونة")) == "british_forces"


@pytest.mark.parametrize("text,n", [
    ("وكانت القوات البريطانية قد أخلت في الأسابيع الماضية معسكر الزيتونة في مصراتة، إلى جانب قاعدة الوطية "
     "الجوية.", 2),
    # near misses: next to a landmark (no comma); a new clause with its own verb
    ("أخلت القوات البريطانية معسكر الزيتونة الواقع إلى جانب قاعدة الوطية الجوية.", 1),
    ("أخلت القوات البريطانية معسكر الزيتونة، وانتقلت إلى جانب قاعدة الوطية الجوية.", 1),
])
def test_base_coordinated_by_alongside(extract, text, n):
    assert len(extract(text).handovers) == n


# -- dates: the handover told in the sentence before ----------------------------------------------------

@pytest.mark.parametrize("text,iso", [
    ("انسحبت القوات البريطانية في 12 آذار 2019 من بلدة مصراتة، وسلمت مواقعها إلى الجيش الليبي. "
     "وجرت عملية التسليم في معسكر الزيتونة بحضور ضباط من البلدين.", "2019-03-12"),
    # near miss: the sentence before told another base's handover
    ("انسحبت القوات البريطانية في 12 آذار 2019 من قاعدة الوطية الجوية. "
     "وجرت عملية التسليم في معسكر الزيتونة بحضور ضباط من البلدين.", None),
])
def test_event_noun_takes_the_date_of_the_handover_told_before(extract, text, iso):
    h = next(h for h in extract(text).handovers if "الزيتونه" in fold(h.base.surface))
    assert (h.date.iso if h.date else None) == iso


# -- troops: a count in apposition between commas (وعددهم نحو N جندي،) -------------------------------------

@pytest.mark.parametrize("text,troops", [
    # the verb after the closing comma
    ("تسلّم الجيش الليبي اليوم قاعدة الزيتونة من القوات البريطانية.\nوأفادت مصادر بأن آخر دفعة من الجنود "
     "البريطانيين، وعددها نحو مئة وعشرين جندياً، غادرت القاعدة على متن طائرة نقل فجر اليوم.", 120),
    # the (passive) verb before the counted noun phrase
    ("أخلت القوات البريطانية قاعدة سرت. ونُقل بقية الجنود البريطانيين، وعددهم نحو 350 جندياً، جواً إلى قبرص.", 350),
    # near miss: no leaving verb around the apposition
    ("أخلت القوات البريطانية قاعدة سرت. وقالت الوزارة إن الجنود البريطانيين، وعددهم نحو 350 جندياً، في حالة "
     "جيدة.", None),
])
def test_troops_counted_in_apposition(extract, text, troops):
    assert _troops(_only(extract(text))) == troops


# -- dates: a day counted from the page's date heading a sentence is not a dateline ------------------------

@pytest.mark.parametrize("text,dates", [
    ("الزيتونة في عهدة الجيش الليبي\nالأحد 10 آذار 2019\nتسلّم الجيش الليبي اليوم الأحد قاعدة الزيتونة من القوات "
     "البريطانية، بعد أن أخلت القوات البريطانية قاعدة سرت أمس.",
     {"الزيتونه": "2019-03-10", "سرت": "2019-03-09"}),
    # near miss: a real dateline (a written date) still counts أمس from itself
    ("طرابلس 10 آذار 2019 (وكالات) سلمت القوات البريطانية أمس قاعدة الزيتونة إلى الجيش الليبي.",
     {"الزيتونه": "2019-03-09"}),
])
def test_today_heading_a_sentence_is_not_a_dateline(extract, text, dates):
    ex = extract(text)
    got = {w: next(h.date.iso for h in ex.handovers if w in fold(h.base.surface)) for w in dates}
    assert got == dates


# -- parties: a verb marked plural has its subject before it -----------------------------------------------

@pytest.mark.parametrize("text,frm", [
    # the country after غادروا is the place left, not who left
    ("وقال الضابط إن آخر جنودنا غادروا ليبيا اليوم بعد إخلاء قاعدة الزيتونة.", None),
    # near miss: a singular verb's subject after it (VSO) still acts
    ("غادرت القوات البريطانية قاعدة الزيتونة اليوم.", "british_forces"),
])
def test_plural_verb_takes_no_subject_after_it(extract, text, frm):
    assert _key(_only(extract(text)).from_force) == frm


# -- the headline's receiver; قد before a present verb is "may" -----------------------------------------------

@pytest.mark.parametrize("text,frm,to", [
    # a country or force receiving in the headline completes a passive or a withdrawal in the body
    ("ليبيا تتسلم قاعدة الزيتونة من بريطانيا\nجرى اليوم تسليم قاعدة الزيتونة في مراسم رسمية حضرها مسؤولون من "
     "البلدين وعدد من الضباط.", "british_forces", "libyan_army"),
    ("الجيش الليبي يتسلم قاعدة الزيتونة من القوات البريطانية\nانسحبت القوات البريطانية اليوم من قاعدة الزيتونة "
     "بعد سنوات من الانتشار فيها وفق ما أعلنت الوزارة.", "british_forces", "libyan_army"),
    # near miss: a headline that only says it may happen
    ("الجيش الليبي قد يتسلم قاعدة الزيتونة قريبا\nانسحبت القوات البريطانية اليوم من قاعدة الزيتونة بعد سنوات من "
     "الانتشار فيها وفق ما أعلنت الوزارة.", "british_forces", None),
])
def test_headline_receiver_completes_the_body(extract, text, frm, to):
    h = _only(extract(text))
    assert (_key(h.from_force), _key(h.to_force)) == (frm, to)


@pytest.mark.parametrize("text,n", [
    ("قالت مصادر إن الجيش الليبي قد يتسلم قاعدة الزيتونة قريبا.", 0),
    ("قالت مصادر إن القوات البريطانية قد سلمت قاعدة الزيتونة.", 1),     # قد before a past verb: done
])
def test_qad_before_a_present_verb_is_a_possibility(extract, text, n):
    assert len(extract(text).handovers) == n


# -- troops: a troop noun in construct (جنود حفظ السلام) before the leaving verb ------------------------------

@pytest.mark.parametrize("text,troops", [
    (_GIVEN + "وأضافت أن نحو 250 من جنود حفظ السلام غادروا القاعدة في قافلة برية.", 250),
    # near miss: the same troops, still there
    (_GIVEN + "وأضافت أن نحو 250 من جنود حفظ السلام ما زالوا في المدينة.", None),
])
def test_troops_named_by_a_construct_phrase(extract, text, troops):
    assert _troops(_only(extract(text))) == troops


def test_headline_receiver_is_only_the_lead_story_s(extract):
    ex = extract("الجيش الليبي يتسلم قاعدة الزيتونة من القوات البريطانية\nانسحبت القوات البريطانية اليوم من قاعدة "
                 "الزيتونة بعد سنوات من الانتشار فيها. وكانت القوات البريطانية قد انسحبت في آذار من قاعدة سرت "
                 "وسلمتها إلى القوات الإيطالية.")
    got = {fold(h.base.surface).strip(): _key(h.to_force) for h in ex.handovers}
    assert got == {fold("قاعدة الزيتونة"): "libyan_army", fold("قاعدة سرت"): "italian_forces"}


# -- the subject after a duration phrase, or through a troop noun in construct ---------------------------

_LEFT = "أخلت القوات البريطانية قاعدة الزيتونة أمس، "


@pytest.mark.parametrize("text,to", [
    # a duration phrase between the verb and its subject (VSO)
    (_LEFT + "لتدخلها بعد ساعات وحدات تابعة للجيش الليبي.", "libyan_army"),
    (_LEFT + "لتدخلها خلال يومين قوات الجيش الليبي.", "libyan_army"),
    # near miss: the force after the duration is governed by a preposition (no subject)
    (_LEFT + "بعد ساعات من وصول قوات الجيش الليبي إلى سرت.", None),
])
def test_subject_after_a_duration_phrase(extract, text, to):
    assert _key(_only(extract(text)).to_force) == to


@pytest.mark.parametrize("text,frm,to", [
    # a troop noun in construct (مقاتلو X، عناصر X، جنود X) stands for its force
    (_LEFT + "ثم سيطر مقاتلو الجيش الليبي على القاعدة.", "british_forces", "libyan_army"),
    (_LEFT + "ثم سيطر عناصر الجيش الليبي على القاعدة.", "british_forces", "libyan_army"),
    ("انسحب جنود القوات البريطانية من قاعدة الزيتونة أمس وسلموها إلى الجيش الليبي.", "british_forces",
     "libyan_army"),
    # near miss: a counted troop noun before a force is no construct (the force is an object)
    (_LEFT + "وغادر 300 جندي الجيش الليبي المدينة.", "british_forces", None),
])
def test_troop_noun_in_construct_is_its_force(extract, text, frm, to):
    h = _only(extract(text))
    assert (_key(h.from_force), _key(h.to_force)) == (frm, to)


# -- a place spelt like a trigger verb (الخرج: خرج "left") does not cut the clause -------------------------

@pytest.mark.parametrize("text,to,trigger", [
    ("سلّمت القوات البريطانية قاعدة الزيتونة في الخرج إلى الجيش الليبي.", "libyan_army", "سلّمت"),
    ("سلّمت القوات البريطانية قاعدة الزيتونة قرب مدينة الخرج إلى الجيش الليبي.", "libyan_army", "سلّمت"),
    # near miss: the verb itself (no article, no preposition) still reports the leaving
    ("خرج الجيش البريطاني من قاعدة الزيتونة أمس وسلّمها إلى الجيش الليبي.", "libyan_army", "خرج"),
])
def test_place_spelt_as_a_trigger_verb(extract, text, to, trigger):
    h = _only(extract(text))
    assert (_key(h.to_force), h.trigger) == (to, trigger)


@pytest.mark.parametrize("text,to", [
    # factions "belonging to" a quoted name (فصائل تابعة لـ"X"): the quote mark is no break
    (_LEFT + 'لتدخلها بعد ساعات فصائل تابعة لـ"الجيش الليبي".', "libyan_army"),
    # near miss: the same factions only speak; nobody moves in
    (_LEFT + 'وقالت فصائل تابعة لـ"الجيش الليبي" إنها ستدخلها.', None),
])
def test_factions_of_a_quoted_force_move_in(extract, text, to):
    assert _key(_only(extract(text)).to_force) == to


# =====================================================================================================
# Generalisation rules (handovers): constructions common in Arabic news of any outlet
# =====================================================================================================

# -- VSO with a pronoun phrase before the subject: انسحبت منها قوات X -----------------------------------

@pytest.mark.parametrize("text,frm", [
    # a takeover, then the leaving told with the base as a pronoun right after the verb
    ("أعلن الجيش الليبي سيطرته على قاعدة الزيتونة، بعد أن انسحبت منها القوات البريطانية ليلا.",
     "british_forces"),
    ("دخل الجيش الليبي قاعدة الزيتونة صباح أمس، وكانت قد خرجت منها القوات الإيطالية قبل يومين.",
     "italian_forces"),
    # near miss: the force after the pronoun is governed by a preposition (where they went), no subject
    ("أعلن الجيش الليبي سيطرته على قاعدة الزيتونة، بعد أن انسحبت منها إلى مدينة سرت.", None),
])
def test_subject_after_a_pronoun_phrase(extract, text, frm):
    h = _only(extract(text))
    assert (_key(h.from_force), _key(h.to_force)) == (frm, "libyan_army")


# -- a withdrawal figure with no base of its own, in an article about several bases -----------------------

_TWO = ("سلّمت القوات البريطانية قاعدة الزيتونة إلى الجيش الليبي يوم الأحد. "
        "وسلّمت القوات الإيطالية معسكر النخيل إلى الجيش الليبي أمس. ")


def _troops_at(ex, word):
    return next(_troops(h) for h in ex.handovers if word in fold(h.base.surface))


@pytest.mark.parametrize("text,zaytuna,nakhil", [
    # the base's handover told earlier in the same sentence, then the troops leaving
    (_TWO + "وأكد متحدث أن تسليم معسكر النخيل اكتمل، مضيفا أن نحو 700 جندي غادروا البلاد.", None, 700),
    # the leavers' force gave the base told two stories back, not the one just told
    (_TWO + "وقالت وزارة الدفاع إن المراسم جرت بهدوء. وغادر نحو 450 جندي بريطاني ليبيا عقب ذلك.", 450, None),
    # near miss: troops of a force that gave neither base
    (_TWO + "وقالت وزارة الدفاع إن المراسم جرت بهدوء. وغادر نحو 450 جندي أمريكي ليبيا عقب ذلك.", None, None),
])
def test_troops_of_the_story_they_belong_to(extract, text, zaytuna, nakhil):
    ex = extract(text)
    assert (_troops_at(ex, "الزيتونه"), _troops_at(ex, "النخيل")) == (zaytuna, nakhil)


# -- the troops a base housed, told in the past (كان/كانوا ... يتمركزون) ------------------------------------

@pytest.mark.parametrize("text,troops", [
    (_GIVEN + "وكان نحو 600 جندي بريطاني يتمركزون في القاعدة حتى الشهر الماضي.", 600),
    (_GIVEN + "وأوضح مسؤول أن 250 عسكريا كانوا يتمركزون في قاعدة الزيتونة.", 250),
    # near miss: troops still there (present, no form of كان)
    (_GIVEN + "وقال مسؤول إن نحو 600 جندي بريطاني يتمركزون في قاعدة الزيتونة حتى الآن.", None),
])
def test_troops_the_base_housed(extract, text, troops):
    assert _troops(_only(extract(text))) == troops


# -- a count of those who left the base, estimated at N (قدّر عدد من غادروا X بنحو N) -----------------------

@pytest.mark.parametrize("text,zaytuna,nakhil", [
    (_TWO + "وقدّر مصدر عسكري عدد من غادروا قاعدة الزيتونة خلال الأسبوع الماضي بقرابة 900 جندي.", 900, None),
    (_TWO + "وقدّرت الوزارة عدد الجنود البريطانيين الذين أخلوا قاعدة الزيتونة على دفعات طوال الشهر بنحو 350 جنديا.", 350, None),
    # near miss: the count of those who moved in (the receiver's troops), not of those who left
    (_TWO + "وقدّرت الوزارة عدد الجنود الذين دخلوا قاعدة الزيتونة على دفعات طوال الشهر بنحو 350 جنديا.", None, None),
])
def test_troops_count_of_those_who_left(extract, text, zaytuna, nakhil):
    ex = extract(text)
    assert (_troops_at(ex, "الزيتونه"), _troops_at(ex, "النخيل")) == (zaytuna, nakhil)


# -- a handover told as N days before the sentence's date (بعد يوم من انسحاب X، غداة تسليم) -------------------

@pytest.mark.parametrize("text,iso", [
    ("شهدت مدينة سرت يوم الأحد 12 مارس 2017 أعمال نهب، بعد يوم واحد من مغادرة القوات البريطانية قاعدة الزيتونة.",
     "2017-03-11"),
    ("احتفل السكان يوم الأحد 12 مارس 2017 بعد يومين من تسليم القوات البريطانية قاعدة الزيتونة إلى الجيش الليبي.",
     "2017-03-10"),
    ("شهدت مدينة سرت يوم الأحد 12 مارس 2017 أعمال نهب غداة انسحاب القوات البريطانية من قاعدة الزيتونة.",
     "2017-03-11"),
    # near miss: the date is the handover's own (no interval phrase before the trigger)
    ("انسحبت القوات البريطانية يوم الأحد 12 مارس 2017 من قاعدة الزيتونة بعد يوم طويل من المفاوضات.",
     "2017-03-12"),
])
def test_date_of_a_handover_days_before_the_told_day(extract, text, iso):
    assert _only(extract(text)).date.iso == iso


# -- who moved in, told in the next sentence with no base of its own (وتسلّم Y الموقع) ---------------------

@pytest.mark.parametrize("text,to", [
    ("انسحبت القوات البريطانية من قاعدة الزيتونة فجر أمس. وبعد ساعات تسلّم الجيش الليبي الموقع.", "libyan_army"),
    ("غادرت القوات البريطانية قاعدة الزيتونة يوم الأحد، ودخل الجيش الليبي المكان بعد ساعات.", "libyan_army"),
    # near miss: the force moved into a town, named as a place
    ("انسحبت القوات البريطانية من قاعدة الزيتونة فجر أمس. وبعد ساعات دخل الجيش الليبي مدينة سرت.", None),
])
def test_receiver_moving_in_next(extract, text, to):
    assert _key(_only(extract(text)).to_force) == to


# -- the same ceremony: a second base handed over in it takes its day (في المراسم نفسها) ---------------------

_CEREMONY = "سلّمت القوات البريطانية قاعدة الزيتونة إلى الجيش الليبي يوم الأحد 12 مارس 2017. "


@pytest.mark.parametrize("text,iso", [
    (_CEREMONY + "وفي المراسم نفسها سُلّم معسكر النخيل إلى الجيش الليبي.", "2017-03-12"),
    (_CEREMONY + "وخلال الحفل ذاته سلّمت القوات الإيطالية معسكر النخيل إلى الجيش الليبي.", "2017-03-12"),
    # near miss: another ceremony, its day not told
    (_CEREMONY + "وفي مراسم لاحقة سُلّم معسكر النخيل إلى الجيش الليبي.", None),
])
def test_date_of_the_same_ceremony(extract, text, iso):
    h = next(h for h in extract(text).handovers if "النخيل" in fold(h.base.surface))
    assert (h.date.iso if h.date else None) == iso


def test_date_interval_shared_by_coordinated_nouns(extract):
    h = _only(extract("شهدت قاعدة الزيتونة يوم الأحد 12 مارس 2017 أعمال نهب، بعد يوم من انسحاب القوات "
                      "البريطانية منها وتسليمها إلى الجيش الليبي."))
    assert (h.date.iso, _key(h.to_force)) == ("2017-03-11", "libyan_army")


# -- a weekday alone, then a full date of a later day (the statement's): the weekday before it -------------

_STATEMENT = " وقالت في بيان نشرته يوم الأحد 20 أغسطس 2023 إن مغادرة قاعدة الزيتونة جرت بسلاسة."


@pytest.mark.parametrize("text,iso", [
    ("أعلنت القوات البريطانية أنها أنهت السبت الماضي انسحابها من قاعدة الزيتونة." + _STATEMENT, "2023-08-19"),
    ("أعلنت القوات البريطانية أنها أنهت يوم الخميس انسحابها من قاعدة الزيتونة." + _STATEMENT, "2023-08-17"),
    # near miss: the weekday is the day of the full date
    ("أعلنت القوات البريطانية أنها أنهت الأحد انسحابها من قاعدة الزيتونة." + _STATEMENT, "2023-08-20"),
])
def test_weekday_alone_before_a_later_full_date(extract, text, iso):
    assert _only(extract(text)).date.iso == iso


# -- a verbal noun with a subject pronoun after بعد/عقب (بعد تسلّمه قاعدة X): the sentence's subject ---------

@pytest.mark.parametrize("text,role,actor", [
    ("أعلن الجيش الليبي، أمس، انتهاء مهام القوات الإيطالية في البلاد بعد تسلّمه قاعدة الزيتونة.",
     "to", "libyan_army"),
    ("أكدت القوات البريطانية انتهاء عمليات الجيش الليبي في المنطقة عقب انسحابها من قاعدة الزيتونة.",
     "from", "british_forces"),
    # near miss: a noun of handing over with a pronoun and no base after it (تسليمها: handing it over)
    ("أعلن الجيش الليبي انتهاء مهام القوات الإيطالية في قاعدة الزيتونة بعد تسليمها إلى الجيش الليبي.",
     "from", "italian_forces"),
])
def test_subject_pronoun_of_a_verbal_noun_is_the_sentence_subject(extract, text, role, actor):
    h = _only(extract(text))
    assert _key(h.from_force if role == "from" else h.to_force) == actor


# =====================================================================================================
# Round 10 (generalisation): constructions common in Arabic handover reports of any outlet
# =====================================================================================================

# -- a day pointed back at (في ذلك اليوم) or the same hour (في الساعة ذاتها): the day told before, not today --

_TOLD_DAY = "باريس 5 مايو 2021 - أنهت القوات الإيطالية انسحابها من قاعدة الزيتونة في 14 فبراير 1996. "


@pytest.mark.parametrize("text,iso", [
    (_TOLD_DAY + "وفي صباح ذلك اليوم تسلّم الجيش الليبي معسكر النخيل في مراسم قصيرة.", "1996-02-14"),
    (_TOLD_DAY + "وفي ذاك اليوم تسلّم الجيش الليبي معسكر النخيل.", "1996-02-14"),
    # near miss: اليوم alone is the day of writing
    (_TOLD_DAY + "وتسلّم الجيش الليبي اليوم معسكر النخيل من القوات الإيطالية.", "2021-05-05"),
])
def test_that_day_is_the_day_told_before(extract, text, iso):
    h = next(h for h in extract(text).handovers if "النخيل" in fold(h.base.surface))
    assert (h.date.iso if h.date else None) == iso


_HOUR = "تسلّم الجيش الليبي فجر يوم الأحد 12 مارس 2017 قاعدة الزيتونة من القوات البريطانية. "


@pytest.mark.parametrize("text,iso", [
    (_HOUR + "وشمل التسليم، الذي جرى في الساعة ذاتها، معسكر النخيل.", "2017-03-12"),
    # near miss: ذلك followed by a day of its own (a subject, not «that day»)
    (_HOUR + "وسلّمت القوات البريطانية معسكر النخيل إلى الجيش الليبي، وكان ذلك يوم الثلاثاء 14 مارس 2017.",
     "2017-03-14"),
])
def test_same_hour_takes_the_day_told_before(extract, text, iso):
    h = next(h for h in extract(text).handovers if "النخيل" in fold(h.base.surface))
    assert (h.date.iso if h.date else None) == iso


# -- a base the sentence opens on as its topic (أما قاعدة X، ...، فقد سلّمها Y): the pronoun's antecedent ----

_CLOSED = "أغلقت القوات الإيطالية قاعدة الزيتونة في مارس الماضي. "


def _given_to(ex, key):
    return sorted(fold(h.base.surface) for h in ex.handovers if _key(h.to_force) == key)


def test_topic_base_is_what_the_pronoun_refers_to(extract):
    ex = extract(_CLOSED + "أما قاعدة النخيل، التي شيدتها القوات البريطانية قبل عقود قرب مصراتة، "
                           "فقد سلّمتها القوات البريطانية إلى الجيش الليبي في أبريل.")
    assert _given_to(ex, "libyan_army") == [fold("قاعدة النخيل")]


def test_topic_that_is_no_base_leaves_the_pronoun_to_the_base_before(extract):
    # near miss: the sentence opens on a force, not a base
    ex = extract(_CLOSED + "أما القوات البريطانية، فقد سلّمتها إلى الجيش الليبي في أبريل.")
    assert _given_to(ex, "libyan_army") == [fold("قاعدة الزيتونة")]


# -- troops the base housed: the verb's usual spellings and tenses, a time phrase before the count ------

_HANDED = "أعلنت الوزارة أن تسليم قاعدة الزيتونة إلى الجيش الليبي جرى بهدوء، موضحة أن القاعدة "


@pytest.mark.parametrize("text,troops", [
    (_HANDED + "كانت تؤوي خلال السنوات الماضية نحو 400 جندي.", 400),
    (_HANDED + "ضمت نحو 600 عسكري.", 600),
    (_HANDED + "استضافت 250 جنديا.", 250),
    # near miss: the count is far from the verb, past words that are no time phrase
    (_HANDED + "تؤوي مطارا ومستودعات ومخازن يحرسها نحو 400 جندي.", None),
])
def test_troops_housed_by_the_base(extract, text, troops):
    assert _troops(_only(extract(text))) == troops


@pytest.mark.parametrize("text,troops", [
    # serving at the base, in the past (كان ... يخدمون): the troops it held until the handover
    (_GIVEN + "وكان نحو 700 جندي بريطاني ما زالوا يخدمون في القاعدة مطلع العام.", 700),
    # near miss: serving there now, a head count, not troops that left
    (_GIVEN + "وقال مسؤول إن نحو 700 جندي بريطاني يخدمون في القاعدة حاليا.", None),
])
def test_troops_serving_at_the_base(extract, text, troops):
    assert _troops(_only(extract(text))) == troops


# -- the speaker as the subject of a support verb over the event noun (أعلنت X أنها بسطت سيطرتها على) ---------

@pytest.mark.parametrize("text,role,actor", [
    ("أعلن تنظيم الدولة، الأحد، أنه بسط سيطرته الكاملة على معسكر النخيل التابع للجيش الليبي.", "to", "isis"),
    ("أكدت القوات البريطانية في بيان أنها أتمت انسحابها من قاعدة الزيتونة.", "from", "british_forces"),
    # near miss: the support verb has a subject of its own, not the speaker
    ("أعلن تنظيم الدولة أن الجيش الليبي بسط سيطرته الكاملة على معسكر النخيل.", "to", "libyan_army"),
])
def test_speaker_is_the_subject_of_a_support_verb(extract, text, role, actor):
    h = _only(extract(text))
    assert _key(h.from_force if role == "from" else h.to_force) == actor


# -- a day of the last month (في 19 يونيو الماضي) with no day of writing known: its year is unknown ------------

@pytest.mark.parametrize("text,iso", [
    ("أخلت القوات البريطانية قاعدة الزيتونة في 19 يونيو الماضي، تنفيذا لاتفاق وقع عام 2009.", None),
    ("أخلت القوات البريطانية قاعدة الزيتونة في التاسع من مارس المنصرم، تنفيذا لاتفاق وقع عام 2009.", None),
    # near misses: the dateline gives the day of writing; a year the text states
    ("انسحاب من قاعدة الزيتونة\n\n3 سبتمبر 2015\n\nأخلت القوات البريطانية قاعدة الزيتونة في 19 يونيو الماضي.",
     "2015-06-19"),
    ("أخلت القوات البريطانية قاعدة الزيتونة في 19 يونيو 2012، تنفيذا لاتفاق وقع عام 2009.", "2012-06-19"),
])
def test_last_month_without_a_day_of_writing(extract, text, iso):
    h = _only(extract(text))
    assert (h.date.iso if h.date else None) == iso


def test_last_month_after_a_full_date_takes_its_year(extract):
    # near miss: a full date stated before sets the story's time, so the year is no guess
    ex = extract("تسلّم الجيش الليبي في 12 مارس 2019 معسكر النخيل من القوات الإيطالية. "
                 "وكانت القوات البريطانية قد أخلت قاعدة الزيتونة في 19 يناير الماضي.")
    h = next(h for h in ex.handovers if fold("الزيتونة") in fold(h.base.surface))
    assert (h.date.iso if h.date else None) == "2019-01-19"


# -- أعاد / إعادة: giving back, also in the passive (أُعيدت القاعدة إلى X); before another verbal noun: «re-» ---

@pytest.mark.parametrize("text", [
    "وأُعيدت قاعدة الزيتونة رسميا إلى الجيش الليبي بعد مراسم قصيرة.",
    "أُعيد معسكر الزيتونة إلى الجيش الليبي في مراسم رسمية.",
])
def test_passive_giving_back(extract, text):
    assert _key(_only(extract(text)).to_force) == "libyan_army"


@pytest.mark.parametrize("text", [
    "أعادت القوات البريطانية نشر قواتها في قاعدة الزيتونة.",
    "وأُعيدت تسمية قاعدة الزيتونة لتحمل اسما جديدا.",
    "قررت الحكومة إعادة تأهيل قاعدة الزيتونة.",
])
def test_giving_back_before_another_action_is_no_handover(extract, text):
    assert extract(text).handovers == []


# -- a paper's header line dates the issue: أمس in the body counts from it ---------------------------------

_HEADER = "الخميس 3 شعبان 1431 هـ 15 يوليو 2010 العدد 4521\n\nانسحاب بريطاني من ليبيا\n\n"


@pytest.mark.parametrize("text,iso", [
    (_HEADER + "أخلت القوات البريطانية أمس قاعدة الزيتونة وسلمتها إلى الجيش الليبي.", "2010-07-14"),
    # near miss: a full date inside a sentence of the body is an event, not the day
    # near miss: a web page's clock among its navigation, the day the page was saved
    ("الوضع الليلي\nالخميس 15 يوليو 2010\nبحث\nانسحاب بريطاني من ليبيا\n\n"
     "أخلت القوات البريطانية أمس قاعدة الزيتونة وسلمتها إلى الجيش الليبي.", None),
    ("انسحاب بريطاني من ليبيا\n\nأعلنت الوزارة في بيان مطول أن اتفاقا بين البلدين وقع في 15 يوليو 2010 "
     "لتنظيم الانسحاب التدريجي من البلاد.\n\nوأخلت القوات البريطانية أمس قاعدة الزيتونة.", None),
])
def test_yesterday_counts_from_the_header_date(extract, text, iso):
    h = _only(extract(text))
    assert (h.date.iso if h.date else None) == iso


# ==========================================================================================================
# Session 11: takeovers by force, a presence ended, a ceremony's date, and the mood of a verbal noun's verb
# ==========================================================================================================

# -- a takeover by force (اقتحم، استولى، سيطر in all their forms): the force that took it receives it ----------

@pytest.mark.parametrize("text", [
    "اقتحم تنظيم الدولة قاعدة الوطية الجوية فجر الأحد بعد معارك عنيفة.",
    "وكان تنظيم الدولة قد اقتحم قاعدة الوطية الجوية قبل أسبوع.",
    "وقال سكان إن مقاتلي تنظيم الدولة اقتحموا قاعدة الوطية الجوية ليلا.",
    "وأفاد شهود بأن مسلحي تنظيم الدولة استولوا على قاعدة الوطية الجوية دون قتال.",
    "ويستولي تنظيم الدولة على قاعدة الوطية الجوية بعد أيام من الحصار.",
    "وجاء ذلك بعد اقتحام تنظيم الدولة قاعدة الوطية الجوية، وفرار حاميتها.",
    "وبعد أن سيطروا على قاعدة الوطية الجوية، رفع عناصر تنظيم الدولة رايتهم فيها.",
])
def test_takeover_by_force_in_all_its_forms(extract, text):
    h = _only(extract(text))
    assert fold("الوطية") in fold(h.base.surface)


def test_takeover_receiver_is_the_force_that_stormed(extract):
    assert _key(_only(extract("اقتحم تنظيم الدولة قاعدة الوطية الجوية فجر الأحد.")).to_force) == "isis"


@pytest.mark.parametrize("text", [
    # near misses: an attempt, a failure, a storming foiled: nobody took the base
    "حاول تنظيم الدولة اقتحام قاعدة الوطية الجوية فجر الأحد.",
    "لم يتمكن تنظيم الدولة من اقتحام قاعدة الوطية الجوية رغم الحصار.",
    "وأحبط الجيش الليبي محاولة تنظيم الدولة اقتحام قاعدة الوطية الجوية.",
    "حاولت القوات البريطانية الانسحاب من قاعدة الوطية الجوية تحت النيران.",
])
def test_attempted_takeover_or_withdrawal_is_no_handover(extract, text):
    assert extract(text).handovers == []


# -- a presence ended (أنهت X وجودها في Y، إنهاء الوجود في Y): X left Y -------------------------------------------

@pytest.mark.parametrize("text,giver", [
    ("أنهت القوات البريطانية وجودها العسكري في قاعدة الوطية الجوية بعد عقدين.", "british_forces"),
    ("أنهى الجيش الليبي الخميس الماضي تواجده في قاعدة الوطية الجوية.", "libyan_army"),
    ("وأعلنت روما رسميا إنهاء الوجود العسكري الإيطالي في قاعدة الوطية الجوية.", "italian_forces"),
    ("وتنهي القوات الأمريكية بذلك حضورها في قاعدة الوطية الجوية.", "us_forces"),
])
def test_presence_ended_is_leaving(extract, text, giver):
    h = _only(extract(text))
    assert fold("الوطية") in fold(h.base.surface)
    assert _key(h.from_force) == giver


@pytest.mark.parametrize("text", [
    # near misses: a presence reinforced; an end planned; an end of presence in a country, no base
    "عززت القوات البريطانية وجودها العسكري في قاعدة الوطية الجوية.",
    "تنوي القوات البريطانية إنهاء وجودها في قاعدة الوطية الجوية العام المقبل.",
    "أنهت القوات البريطانية وجودها العسكري في ليبيا بعد عقدين.",
    "وناقش الوزيران الوجود العسكري البريطاني في قاعدة الوطية الجوية.",
])
def test_presence_not_ended_is_no_handover(extract, text):
    assert extract(text).handovers == []


# -- a ceremony at the base, in a sentence of its own, dates the handover --------------------------------------

_HANDED = "سلّمت القوات الإيطالية قاعدة الوطية الجوية إلى الجيش الليبي. "


@pytest.mark.parametrize("text,iso", [
    (_HANDED + "وأقيمت مراسم إنزال العلم الإيطالي في القاعدة صباح الثلاثاء 7 مارس 2017.", "2017-03-07"),
    (_HANDED + "ونُظم حفل رسمي في قاعدة الوطية الجوية يوم 9 مايو 2017 بحضور وزير الدفاع.", "2017-05-09"),
    (_HANDED + "وجرى رفع العلم الليبي فوق القاعدة في 2 يونيو 2018.", "2018-06-02"),
    # near misses: a ceremony at another base; a visit, no ceremony; two dates (which one?)
    (_HANDED + "وأقيمت مراسم في قاعدة معيتيقة الجوية يوم 7 مارس 2017.", None),
    (_HANDED + "وزار وزير الدفاع القاعدة يوم 7 مارس 2017 والتقى قادتها.", None),
    (_HANDED + "وأقيمت مراسم في القاعدة بين 7 مارس 2017 و9 مارس 2017.", None),
])
def test_ceremony_at_the_base_dates_its_handover(extract, text, iso):
    h = next(h for h in extract(text).handovers if fold("الوطية") in fold(h.base.surface))
    assert (h.date.iso if h.date else None) == iso


def test_ceremony_does_not_override_the_date_told(extract):
    text = ("سلّمت القوات الإيطالية في 3 مارس 2017 قاعدة الوطية الجوية إلى الجيش الليبي. "
            "وأقيمت مراسم إنزال العلم الإيطالي في القاعدة يوم 7 مارس 2017.")
    h = next(h for h in extract(text).handovers if fold("الوطية") in fold(h.base.surface))
    assert h.date.iso == "2017-03-03"


# -- a list of quoted names after a construct head (قاعدتي "X" و"Y"، معسكرات «X» و«Y»): one base each ---------

@pytest.mark.parametrize("text,names", [
    ('أخلت القوات البريطانية قاعدتي "الصفصاف" و"الرمانة" شمال البلاد.', ["الصفصاف", "الرمانة"]),
    ("أخلت القوات البريطانية قاعدتي «الصفصاف» و«الرمانة».", ["الصفصاف", "الرمانة"]),
    ('وسلّمت القوات البريطانية معسكرات "الصفصاف" و"الرمانة" و"الزيزفون" إلى الجيش الليبي.',
     ["الصفصاف", "الرمانة", "الزيزفون"]),
    # near miss: a quoted clause after an indefinite dual is words said, not names
    ('وقالت القوات البريطانية إن قاعدتين "تعرضتا للقصف" أمس.', []),
])
def test_quoted_names_after_a_construct_head(extract, text, names):
    got = sorted(fold(h.base.surface).strip('"«» ') for h in extract(text).handovers)
    assert got == sorted(fold(n) for n in names)


# -- a recapture (استعاد) is a takeover; a base after من is where something came from, not what was taken -------

@pytest.mark.parametrize("text,taken", [
    ("وكان الجيش الليبي قد استعاد في مايو 2019 قاعدة الوطية الجوية بعد انسحاب تنظيم الدولة منها.", True),
    ("ويستعيد الجيش الليبي قاعدة الوطية الجوية بعد معارك استمرت أسبوعين.", True),
    ("وجاءت استعادة الجيش الليبي قاعدة الوطية الجوية بعد حصار طويل.", True),
    # near misses: equipment recovered from the base; entering from the base towards a town
    ("استعادت القوات البريطانية معداتها من قاعدة الوطية الجوية.", False),
    ("دخل الجيش الليبي مدينة سرت من قاعدة الوطية الجوية.", False),
])
def test_recapture_is_a_takeover(extract, text, taken):
    hs = [h for h in extract(text).handovers if fold("الوطية") in fold(h.base.surface)]
    assert bool(hs) == taken
    if taken:
        assert _key(hs[0].to_force) == "libyan_army"


# -- a counted plural object (سلّمت ثلاث قواعد) whose bases the next sentence lists (والقواعد الثلاث هي ...) -------

_COUNTED = "سلّمت القوات البريطانية ثلاث قواعد عسكرية إلى الجيش الليبي أمس. "


@pytest.mark.parametrize("text,names", [
    (_COUNTED + "والقواعد الثلاث هي قاعدة الصفصاف في مدينة هون، وقاعدة الرمانة وقاعدة الزيزفون.",
     ["الصفصاف", "الرمانة", "الزيزفون"]),
    (_COUNTED + "والمواقع الثلاثة هي معسكر الصفصاف، ومعسكر الرمانة، فضلا عن معسكر الزيزفون.",
     ["الصفصاف", "الرمانة", "الزيزفون"]),
    # near misses: the next sentence does not open on the plural; the object is not counted
    (_COUNTED + "وزار الوزير قاعدة الصفصاف وقاعدة الرمانة الأسبوع الماضي.", []),
    ("سلّمت القوات البريطانية المهام الأمنية إلى الجيش الليبي. "
     "والقواعد الثلاث هي قاعدة الصفصاف، وقاعدة الرمانة وقاعدة الزيزفون.", []),
])
def test_counted_bases_listed_in_the_next_sentence(extract, text, names):
    hs = extract(text).handovers
    got = sorted(n for n in ("الصفصاف", "الرمانة", "الزيزفون")
                 if any(fold(n) in fold(h.base.surface) for h in hs))
    assert got == sorted(names)
    assert all(_key(h.to_force) == "libyan_army" for h in hs)


@pytest.mark.parametrize("text,names", [
    # a town named after مدينة is where the base is, not the next base of the list
    ("أخلت القوات البريطانية قواعد الصفصاف في مدينة وهون، والرمانة.", ["الصفصاف", "الرمانة"]),
    # a linking word (إضافة إلى، فضلا عن) is no base
    ("أخلت القوات البريطانية قاعدتي الصفصاف والرمانة، إضافة إلى مخازن السلاح.", ["الصفصاف", "الرمانة"]),
    ("أخلت القوات البريطانية قواعد الصفصاف والرمانة، فضلا عن الزيزفون.", ["الصفصاف", "الرمانة", "الزيزفون"]),
])
def test_list_items_are_names_not_towns_or_links(extract, text, names):
    got = sorted(fold(h.base.surface) for h in extract(text).handovers)
    assert got == sorted(fold(n) for n in names)


@pytest.mark.parametrize("text", [
    # a handover decided (تقرر / يُقرر) is not yet done
    "وبذلك يرتفع عدد القواعد المعادة إلى عشر من أصل عشرين قاعدة تقرر تسليمها إلى الجيش الليبي.",
    "ويقرر مجلس الوزراء تسليم قاعدة الصفصاف إلى الجيش الليبي الشهر المقبل.",
])
def test_decided_handover_is_not_done(extract, text):
    assert [h for h in extract(text).handovers] == []


# -- a unit's headquarters «التابعة لـ X» past the arm after its number (الفرقة 16 مشاة): X held it and lost it ------

@pytest.mark.parametrize("text,giver", [
    ("أعلن تنظيم الدولة سيطرته على مقر قيادة اللواء 14 مشاة التابع للجيش الليبي في سرت.", "libyan_army"),
    ("اقتحم تنظيم الدولة مقر الكتيبة 9 مدرعة التابعة للجيش الليبي قرب هون.", "libyan_army"),
    # near miss: the force the taker fought (مع X) is not the one it belonged to; the unit whose
    # seat it was held it (arabic_holders: a stormed base named for its unit)
    ("أعلن تنظيم الدولة سيطرته على مقر قيادة اللواء 14 مشاة بعد معارك مع الجيش الليبي.", "اللواء 14 مشاه"),
])
def test_headquarters_of_a_numbered_unit_belonging_to_a_force(extract, text, giver):
    h = _only(extract(text))
    assert _key(h.from_force) == giver
    assert _key(h.to_force) == "isis"


# -- a base as the subject of a giving or closing verb: the verb is a passive (vowelled or not) -------------------

@pytest.mark.parametrize("text,typ_to", [
    ("وأوضح البيان أن قاعدة الصفصاف القريبة سُلّمت بدورها إلى الجيش الليبي.", "libyan_army"),
    ("وأوضح البيان أن قاعدة الصفصاف سلمت إلى الجيش الليبي قبل يومين.", "libyan_army"),
    ("وقال مسؤول إن معسكر الرمانة نُقل إلى الجيش الليبي الأسبوع الماضي.", "libyan_army"),
    ("وذكرت الوزارة أن قاعدة الصفصاف أغلقت نهائيا.", None),
    ("وأُغلق معسكر الرمانة أمس بعد مغادرة آخر الجنود.", None),
])
def test_base_subject_makes_a_passive(extract, text, typ_to):
    h = _only(extract(text))
    assert _key(h.to_force) == typ_to
    assert h.from_force is None or _key(h.from_force) != _key(h.to_force)


@pytest.mark.parametrize("text,giver,receiver", [
    # near misses: a force subject before the verb (SVO) gives; a present active vowelled with a damma
    ("وقال إن القوات البريطانية سلمت قاعدة الصفصاف إلى الجيش الليبي.", "british_forces", "libyan_army"),
    ("يُسلّم الجيش الليبي قاعدة الصفصاف إلى القوات الإيطالية اليوم.", "libyan_army", "italian_forces"),
])
def test_force_subject_stays_active(extract, text, giver, receiver):
    h = _only(extract(text))
    assert (_key(h.from_force), _key(h.to_force)) == (giver, receiver)


# -- تخلّى عن (gave up) is a leaving; لصالح Y names who gains the base ------------------------------------------

@pytest.mark.parametrize("text,giver,receiver", [
    ("وكانت القوات البريطانية قد تخلت الشهر الماضي عن قاعدة الصفصاف.", "british_forces", None),
    ("ويتخلى الجيش الليبي عن معسكر الرمانة بعد حصار طويل.", "libyan_army", None),
    ("تخلت القوات البريطانية عن قاعدة الصفصاف لصالح الجيش الليبي.", "british_forces", "libyan_army"),
    ("انسحبت القوات الإيطالية من قاعدة الصفصاف لصالح الجيش الليبي.", "italian_forces", "libyan_army"),
    # near miss: لصالح in another clause (a step in someone's favour) names no receiver
    ("انسحبت القوات الإيطالية من قاعدة الصفصاف، في خطوة تصب لصالح الجيش الليبي.", "italian_forces", None),
])
def test_giving_up_and_in_favour_of(extract, text, giver, receiver):
    h = _only(extract(text))
    assert (_key(h.from_force), _key(h.to_force)) == (giver, receiver)


@pytest.mark.parametrize("text", [
    # near misses: giving up a plan; a refusal to give up
    "تخلت القوات البريطانية عن خطتها لإخلاء قاعدة الصفصاف.",
    "لن تتخلى القوات البريطانية عن قاعدة الصفصاف مهما كانت الضغوط.",
])
def test_giving_up_something_else_is_no_handover(extract, text):
    assert extract(text).handovers == []


# -- the plural present of a listed verb (يغادرون، يتسلمون; لم يغادروا) is that verb ----------------------------

@pytest.mark.parametrize("text,troops", [
    (_GIVEN + "وكانت قاعدة الزيتونة تضم نحو 1600 جندي بريطاني يغادرون تباعا.", 1600),
    (_GIVEN + "وكانت قاعدة الزيتونة تضم نحو 1600 جندي بريطاني.", None),
])
def test_troops_leaving_in_the_plural_present(extract, text, troops):
    assert _troops(_only(extract(text))) == troops


@pytest.mark.parametrize("text,found", [
    ("ويتسلمون قاعدة الزيتونة من القوات البريطانية تباعا.", True),
    ("وبدأ الجنود البريطانيون يغادرون قاعدة الزيتونة على دفعات.", True),
    # near misses: the jussive after لم is negated; the plural present of deploying tells where troops are
    ("ولم يغادروا قاعدة الزيتونة حتى الآن.", False),
    ("ولا يزال نحو ألف جندي بريطاني ينتشرون في قاعدة الزيتونة.", False),
])
def test_plural_present_forms_are_triggers(extract, text, found):
    assert bool(extract(text).handovers) == found


# -- guards: a passive's base is never a destination; a takeover of "this camp" is the one reported or none ---------

def test_passive_subject_is_not_the_destination_before_it(extract):
    text = ("غادرت القوات الإيطالية قاعدة الصفصاف إلى الجيش الليبي. وأعلنت الوزارة أن آخر الجنود "
            "غادروا على متن طائرة متجهة إلى مطار الرمانة العسكري، وأن المنشآت سُلّمت إلى الجيش الليبي.")
    assert [fold(h.base.surface) for h in extract(text).handovers] == [fold("قاعدة الصفصاف")]


def test_takeover_of_an_unreported_anaphor_is_no_new_base(extract):
    text = ("سلّمت القوات الإيطالية قاعدة الصفصاف إلى الجيش الليبي. وقال الوزير إن "
            "\"استعادة هذا المعسكر لا تعني القطيعة مع روما\".")
    assert len(extract(text).handovers) == 1


# ==========================================================================================================
# Review mends (p11): a ceremony that is not the handover's, the leftover bases of a list, a takeover with no
# force taking, the vowelled passive read by its pattern, and word lists moved to the lexicon
# ==========================================================================================================

# -- 1. only the handover's own ceremony, told as done, dates it -------------------------------------------

@pytest.mark.parametrize("text,iso", [
    # still dated: the handover's ceremony (its noun, or a bare one), told as done
    (_HANDED + "وأقيم حفل التسليم في القاعدة يوم 11 أبريل 2017.", "2017-04-11"),
    (_HANDED + "وجرت مراسم الاستلام في قاعدة الوطية الجوية يوم 11 أبريل 2017.", "2017-04-11"),
    # near misses: a ceremony of another event; a pluperfect; a ceremony still to come
    (_HANDED + "وكانت القاعدة قد احتضنت حفل تكريم لعدد من الضباط يوم 20 يناير 2016.", None),
    (_HANDED + "ونظم احتفال بذكرى الاستقلال في القاعدة يوم 24 ديسمبر 2016.", None),
    (_HANDED + "وكانت مراسم رسمية قد أقيمت في القاعدة يوم 20 يناير 2016.", None),
    (_HANDED + "وستقام مراسم رسمية في القاعدة يوم 11 أبريل 2017.", None),
])
def test_only_the_handovers_ceremony_dates_it(extract, text, iso):
    h = next(h for h in extract(text).handovers if fold("الوطية") in fold(h.base.surface))
    assert (h.date.iso if h.date else None) == iso


# -- 2. the bases left over after a counted list are not the ones counted ----------------------------------

@pytest.mark.parametrize("text,names", [
    (_COUNTED + "والقواعد المتبقية هي قاعدة الصفصاف وقاعدة الرمانة.", []),
    (_COUNTED + "والقواعد الأخرى هي قاعدة الصفصاف وقاعدة الرمانة.", []),
    # the list must hold as many bases as were counted
    (_COUNTED + "والقواعد الثلاث هي قاعدة الصفصاف وقاعدة الرمانة.", []),
    (_COUNTED + "والقواعد الثلاث هي قاعدة الصفصاف وقاعدة الرمانة وقاعدة الزيزفون.",
     ["الصفصاف", "الرمانة", "الزيزفون"]),
])
def test_leftover_or_miscounted_list_is_not_the_counted_bases(extract, text, names):
    hs = extract(text).handovers
    got = sorted(n for n in ("الصفصاف", "الرمانة", "الزيزفون")
                 if any(fold(n) in fold(h.base.surface) for h in hs))
    assert got == sorted(names)


# -- 3. a takeover by force needs a force taking: not a crowd, not the base as subject ---------------------

@pytest.mark.parametrize("text", [
    "اقتحم محتجون غاضبون قاعدة الوطية الجوية صباح السبت.",
    "واقتحمت حشود من الأهالي قاعدة الوطية الجوية مساء الجمعة.",
    "استعادت قاعدة الوطية الجوية حركتها الجوية بعد إغلاق دام أسبوعين.",
])
def test_takeover_without_a_force_taking_is_no_handover(extract, text):
    assert extract(text).handovers == []


def test_takeover_by_a_force_still_counts(extract):
    h = _only(extract("اقتحمت القوات الإيطالية قاعدة الوطية الجوية صباح السبت."))
    assert fold("الوطية") in fold(h.base.surface)


# -- 4. a past passive is read by its vowel pattern, not by its first letter alone -------------------------

@pytest.mark.parametrize("word,passive", [
    ("نُقلت", True), ("تُركت", True), ("وتُركوا", True), ("سُلّمت", True), ("وأُغلق", True), ("أُخليت", True),
    ("أُسلّم", False), ("يُسلّم", False), ("تُسلّم", False), ("نُسلّم", False), ("يُسلّمون", False),
])
def test_passive_past_by_its_pattern(word, passive):
    from types import SimpleNamespace

    from kg.extract.arabic_handovers import HandoverFinder
    finder = HandoverFinder.__new__(HandoverFinder)
    finder.doc = SimpleNamespace(text=word, start=[0], end=[len(word)])
    assert finder._passive_past(0) is passive


def test_vowelled_passive_with_ta_as_first_letter(extract):
    h = _only(extract("ونُقلت قاعدة الوطية الجوية إلى الجيش الليبي صباح السبت."))
    assert _key(h.to_force) == "libyan_army"


# -- 6. language word lists live in the lexicon; the verbal-noun test is a public helper -------------------

def test_moved_word_lists_are_in_the_lexicon():
    from kg.extract import arabic_handover_mood as mood
    from kg.extract import arabic_handovers as handovers
    from kg.extract import arabic_person_names as person_names
    from kg.extract.arabic_handover_bases import masdar
    lex = load_lexicon("ar")
    assert {"verb_object_gap", "in_favour_of", "place_spelt_preps"} <= set(lex["handovers"])
    assert "post_place_preps" in lex["mentions"]["person"] and "as_reported" in lex["speech"]
    assert not hasattr(mood, "_BETWEEN_VERB_AND_OBJECT") and not hasattr(mood, "_PLACE_PREPS")
    assert not hasattr(handovers, "_IN_FAVOUR_OF") and not hasattr(person_names, "_PLACE_PREPS")
    assert masdar("تسليم") and not masdar("سلمت")

