"""Arabic handover receivers and where a base's name ends: a nation named by its people, its
control or its troops after إلى / لـ; a receiver only in the giving word's own clause (a verb of
going opens another, its إلى a destination). Every sentence is written for these tests (none comes
from a real article or a diagnostic set); the gazetteer is the small one of ``support.ar_fixtures``
with two countries more (one with a broken plural). Each rule has its positive forms and near
misses that must not fire."""
from __future__ import annotations

import pytest

from kg.extract.gazetteer import Entry, Gazetteer
from kg.model import Kind
from kg.normalise import fold

from support.ar_fixtures import _gazetteer, extractor


def _with_more_countries() -> Gazetteer:
    base = list(_gazetteer().entries.values())
    return Gazetteer(base + [
        Entry(Kind.PLACE, "afghanistan", labels={"ar": "أفغانستان"},
              demonyms=[("أفغاني", "ar"), ("أفغانية", "ar"), ("أفغان", "ar")]),
        Entry(Kind.FORCE, "afghan_forces", labels={"ar": "القوات الأفغانية"}, national_force_of="afghanistan"),
        Entry(Kind.PLACE, "kuwait", labels={"ar": "الكويت"}, demonyms=[("كويتي", "ar"), ("كويتية", "ar")]),
        Entry(Kind.FORCE, "kuwaiti_forces", labels={"ar": "القوات الكويتية"}, national_force_of="kuwait"),
    ])


@pytest.fixture(scope="module")
def extract():
    return extractor(_with_more_countries())


def _only(ex):
    assert len(ex.handovers) == 1, [(h.base.surface, h.trigger) for h in ex.handovers]
    return ex.handovers[0]


def _key(m):
    return None if m is None else (m.key or fold(m.name or m.surface).strip())


# -- a nation named by its people after إلى / لـ ------------------------------------------------------

@pytest.mark.parametrize("text,giver,receiver", [
    # the sound plural after لـ and after إلى; a broken plural
    ("سلّمت القوات الأمريكية قاعدة السنديان للعراقيين أمس.", "us_forces", "iraqi_forces"),
    ("سلّمت القوات البريطانية قاعدة السنديان إلى العراقيين بعد سنوات.", "british_forces", "iraqi_forces"),
    ("سلّم الجنود البريطانيون معسكر النخيل للأفغان في حفل قصير.", "british_forces", "afghan_forces"),
    # a weak giving verb (returned), a verbal noun, a present tense with a plural subject before it
    ("أعادت القوات الأمريكية قاعدة السنديان للعراقيين بعد عقد.", "us_forces", "iraqi_forces"),
    ("وجاء تسليم القوات الأمريكية قاعدة السنديان للكويتيين بعد مفاوضات.", "us_forces", "kuwaiti_forces"),
    ("الجنود البريطانيون يسلّمون معسكر النخيل للأفغان.", "british_forces", "afghan_forces"),
    # تسلّم is "hands over" (not "receives") when a people follows لـ
    ("القوات البريطانية تسلّم قاعدة السنديان للعراقيين اليوم.", "british_forces", "iraqi_forces"),
    # near miss: the people of the giver's own nation receive nothing from it
    ("سلّمت القوات العراقية قاعدة السنديان للعراقيين.", "iraqi_forces", None),
    # near miss: a people the gazetteer knows no country of
    ("سلّمت القوات الأمريكية قاعدة السنديان للأكراد.", "us_forces", None),
])
def test_receiver_named_by_its_people(extract, text, giver, receiver):
    h = _only(extract(text))
    assert (_key(h.from_force), _key(h.to_force)) == (giver, receiver)


@pytest.mark.parametrize("text,base", [
    # the people after لـ end the base's name: a nationality adjective takes no preposition
    ("سلّمت القوات الأمريكية قاعدة السنديان للعراقيين.", "قاعدة السنديان"),
    ("سلّمت القوات الأمريكية قاعدة السنديان للأفغان.", "قاعدة السنديان"),
    ("سلّمت القوات البريطانية معسكر النخيل الجوي للأفغان.", "معسكر النخيل الجوي"),
    # near miss: a nationality adjective of the base stays with it
    ("سلّمت القوات البريطانية مطار السنديان العراقي إلى الجيش الليبي.", "مطار السنديان العراقي"),
    # near miss: a quoted name keeps all its words
    ("سلّمت القوات الأمريكية معسكر «الوفاء للعراقيين» إلى القوات العراقية.", "معسكر «الوفاء للعراقيين»"),
])
def test_people_after_lam_end_the_base_name(extract, text, base):
    assert _only(extract(text)).base.surface == base


def test_people_after_lam_is_no_nationality_of_the_base(extract):
    """قاعدة X للعراقيين is not an Iraqi base: the Iraqis received it, they did not hold it."""
    h = _only(extract("سلّمت قاعدة السنديان للعراقيين بعد انسحاب طويل."))
    assert _key(h.to_force) == "iraqi_forces" and _key(h.from_force) != "iraqi_forces"


def test_quoted_name_keeps_its_people_and_the_receiver_follows(extract):
    h = _only(extract("سلّمت القوات الأمريكية معسكر «الوفاء للعراقيين» إلى القوات الأردنية."))
    assert _key(h.to_force) != "iraqi_forces"


# -- a nation named by its control, its hands or its troops --------------------------------------------

@pytest.mark.parametrize("text,receiver", [
    ("سلّمت القوات الأمريكية قاعدة السنديان إلى السيطرة العراقية.", "iraqi_forces"),
    ("نقلت القوات البريطانية معسكر النخيل إلى السيطرة الأفغانية.", "afghan_forces"),
    ("سُلّمت قاعدة السنديان إلى السيادة العراقية رسميا.", "iraqi_forces"),
    ("سلّمت القوات الأمريكية قاعدة السنديان إلى أيدٍ عراقية.", "iraqi_forces"),
    ("سلّمت القوات البريطانية معسكر النخيل للجنود الأفغان.", "afghan_forces"),
    # a control noun in construct with a force: that force receives
    ("سلّمت القوات الأمريكية قاعدة السنديان إلى عهدة الجيش الليبي.", "libyan_army"),
    ("سلّمت القوات الأمريكية قاعدة السنديان لسيطرة القوات السودانية.", "sudanese_forces"),
    # near miss: the giver's own control
    ("سلّمت القوات العراقية قاعدة السنديان إلى السيطرة العراقية.", None),
])
def test_receiver_named_by_control_or_troops(extract, text, receiver):
    assert _key(_only(extract(text)).to_force) == receiver


def test_an_administration_is_no_force(extract):
    """الإدارة العراقية is a government: it makes no Iraqi force."""
    ex = extract("سلّمت القوات الأمريكية قاعدة السنديان للإدارة العراقية الجديدة.")
    assert _key(_only(ex).to_force) != "iraqi_forces"
    assert "iraqi_forces" not in {m.key for m in ex.mentions if m.kind is Kind.FORCE}


def test_control_after_the_receiver_is_no_second_handover(extract):
    """إلى السيطرة ... names who receives; it is no takeover of its own."""
    ex = extract("سلّمت القوات الأمريكية قاعدة السنديان إلى السيطرة العراقية.")
    assert len(ex.handovers) == 1


# -- a receiver only in the giving word's own clause ----------------------------------------------------

@pytest.mark.parametrize("text,receiver", [
    # a verb of going after و / ثم, in the past, the present, the plural; a verbal noun of going
    ("سلّمت القوات الأمريكية قاعدة السنديان ثم توجهت القافلة إلى الأردن.", None),
    ("سلّمت القوات الأمريكية قاعدة السنديان وعبرت آخر قافلة إلى الأردن.", None),
    ("سلّمت القوات الأمريكية قاعدة السنديان ثم عبر الجنود إلى الأردن.", None),
    ("سلّمت القوات الأمريكية قاعدة السنديان ويتجه الجنود إلى الأردن.", None),
    ("سلّمت القوات الأمريكية قاعدة السنديان وعادوا إلى الأردن.", None),
    ("سلّمت القوات الأمريكية قاعدة السنديان قبل وصول قافلتها إلى الأردن.", None),
    ("سلّمت القوات الأمريكية قاعدة السنديان ثم انطلقت الشاحنات إلى الأردن.", None),
    # the receiver before the verb of going stays
    ("سلّمت القوات الأمريكية قاعدة السنديان للعراقيين ثم توجهت القافلة إلى الأردن.", "iraqi_forces"),
    ("سلّمت القوات الأمريكية قاعدة السنديان إلى الجيش الليبي وعبرت قافلتها إلى الأردن.", "libyan_army"),
    # near miss: عبر as "through" is no verb; the receiver after it stays
    ("سلّمت القوات الأمريكية قاعدة السنديان عبر وسطاء إلى القوات العراقية.", "iraqi_forces"),
])
def test_destination_of_a_verb_of_going_is_no_receiver(extract, text, receiver):
    assert _key(_only(extract(text)).to_force) == receiver


@pytest.mark.parametrize("text,receiver", [
    # a reporting verb with و, or a circumstantial participle, opens another speaker's clause
    ("سلّمت القوات الأمريكية قاعدة السنديان، وأشار المتحدث إلى القوات العراقية.", None),
    ("سلّمت القوات الأمريكية قاعدة السنديان أمس، مشيرة إلى القوات العراقية.", None),
    # near miss: the receiver before the reporting verb stays
    ("سلّمت القوات الأمريكية قاعدة السنديان إلى القوات العراقية، وأشار المتحدث إلى أهمية الخطوة.", "iraqi_forces"),
])
def test_reporting_clause_after_the_handover_gives_no_receiver(extract, text, receiver):
    assert _key(_only(extract(text)).to_force) == receiver


def test_withdrawal_to_a_country_has_no_receiver(extract):
    h = _only(extract("انسحبت القوات البريطانية من قاعدة السنديان إلى الأردن."))
    assert (_key(h.from_force), h.to_force) == ("british_forces", None)


# -- where a base's name ends ------------------------------------------------------------------------

@pytest.mark.parametrize("text,base", [
    # an indefinite word with و after a definite one opens a clause: no word of the name
    ("سلّمت القوات الأمريكية قاعدة السنديان وعادوا إلى بلادهم.", "قاعدة السنديان"),
    ("سلّمت القوات الأمريكية قاعدة السنديان ويتجه الجنود إلى الأردن.", "قاعدة السنديان"),
    # conjunctions of time and adverbs are never words of a name
    ("تسلّم الجيش الليبي قاعدة السنديان بعدما غادرتها القوات الإيطالية.", "قاعدة السنديان"),
    ("أخلت القوات البريطانية قاعدة السنديان حينما وصلت القوات الليبية.", "قاعدة السنديان"),
    ("سلّمت القوات الأمريكية قاعدة السنديان بدورها إلى الجيش الليبي.", "قاعدة السنديان"),
    # near miss: و inside a name after a bare word (a transliterated name) stays
    ("سلّمت القوات البريطانية قاعدة كاسل وود إلى الجيش الليبي.", "قاعدة كاسل وود"),
])
def test_where_a_base_name_ends(extract, text, base):
    assert _only(extract(text)).base.surface == base


# -- a nation named by its people as the giver ---------------------------------------------------------

@pytest.mark.parametrize("text,giver,receiver", [
    # the people as the subject, after the verb and before it, nominative and accusative plurals
    ("غادر الأمريكيون قاعدة السنديان فجر أمس.", "us_forces", None),
    ("انسحب البريطانيون من معسكر النخيل بعد عقدين.", "british_forces", None),
    ("الإيطاليون يغادرون قاعدة السنديان تباعا.", "italian_forces", None),
    ("سلّم البريطانيون قاعدة السنديان للعراقيين.", "british_forces", "iraqi_forces"),
    # the people after من of a receiving verb; the people of a verbal noun of leaving
    ("تسلّم الجيش الليبي قاعدة السنديان من الإيطاليين.", "italian_forces", "libyan_army"),
    ("تسلّمت القوات العراقية قاعدة السنديان بعد رحيل الأمريكيين.", "us_forces", "iraqi_forces"),
    ("تسلّمت القوات العراقية قاعدة السنديان بعد مغادرة آخر الأمريكيين.", "us_forces", "iraqi_forces"),
    # a part of the troops, then من (آخر دفعة من الجنود X)
    ("تسلّم الجيش الليبي قاعدة السنديان بعدما غادرتها آخر دفعة من الجنود الإيطاليين.", "italian_forces", "libyan_army"),
    # near miss: the receiver's own people give it nothing
    ("تسلّم الجيش العراقي قاعدة السنديان من العراقيين.", None, "iraqi_forces"),
])
def test_giver_named_by_its_people(extract, text, giver, receiver):
    h = _only(extract(text))
    assert (_key(h.from_force), _key(h.to_force)) == (giver, receiver)


def test_people_outside_a_handover_make_no_claim(extract):
    assert extract("قال الأمريكيون إن قاعدة السنديان مهمة.").handovers == []


# -- control passing on, its noun the subject -----------------------------------------------------------

@pytest.mark.parametrize("text,giver,receiver", [
    # past, feminine and masculine nouns of control; آلت; the giver from the clause before
    ("وانتقلت السيطرة على قاعدة السنديان إلى القوات العراقية أمس.", None, "iraqi_forces"),
    ("وآلت السيطرة على معسكر النخيل إلى القوات السودانية.", None, "sudanese_forces"),
    ("وعادت السيادة على قاعدة السنديان إلى الجيش الليبي.", None, "libyan_army"),
    ("غادر آخر جنود الجيش الإيطالي قاعدة السنديان مساء الثلاثاء، وانتقلت المسؤولية عن القاعدة "
     "إلى الجيش الليبي.", "italian_forces", "libyan_army"),
    ("سلّمت القوات الأمريكية قاعدة السنديان وانتقلت السيطرة عليها إلى القوات العراقية.", "us_forces", "iraqi_forces"),
])
def test_control_passing_on(extract, text, giver, receiver):
    h = _only(extract(text))
    assert (_key(h.from_force), _key(h.to_force)) == (giver, receiver)


@pytest.mark.parametrize("text", [
    # near misses: troops moving between bases, coming back to one
    "انتقل الجنود من قاعدة السنديان إلى معسكر النخيل.",
    "عاد الجنود إلى قاعدة السنديان.",
])
def test_troops_moving_hand_nothing_over(extract, text):
    assert extract(text).handovers == []


def test_evening_is_no_word_of_a_base_name(extract):
    h = _only(extract("غادرت القوات الإيطالية قاعدة السنديان مساء الثلاثاء."))
    assert h.base.surface == "قاعدة السنديان"


# -- the headline's receiver of a giving word -----------------------------------------------------------

@pytest.mark.parametrize("text,giver,receiver", [
    # a giving headline with its receiver completes a body that names none (a passive, a withdrawal)
    ("القوات البريطانية تسلّم قاعدة السنديان للعراقيين\nجرى اليوم تسليم قاعدة السنديان في مراسم حضرها "
     "ضباط من البلدين.", "british_forces", "iraqi_forces"),
    ("القوات الإيطالية تسلّم قاعدة السنديان إلى الجيش الليبي\nانسحبت القوات الإيطالية اليوم من قاعدة السنديان "
     "بعد سنوات من الانتشار فيها.", "italian_forces", "libyan_army"),
    # near miss: the body's own receiver stands
    ("القوات البريطانية تسلّم قاعدة السنديان للعراقيين\nسلّمت القوات البريطانية اليوم قاعدة السنديان إلى "
     "القوات السودانية.", "british_forces", "sudanese_forces"),
])
def test_headline_receiver_of_a_giving_word(extract, text, giver, receiver):
    h = _only(extract(text))
    assert (_key(h.from_force), _key(h.to_force)) == (giver, receiver)


# -- نقلت X السيطرة على القاعدة إلى Y: control handed over by a country, a time set in ------------------

@pytest.mark.parametrize("text,giver,receiver", [
    # a country as the VSO subject; a time word between commas before the object
    ("نقلت إيطاليا السيطرة على قاعدة السنديان إلى الجيش الليبي.", "italian_forces", "libyan_army"),
    ("نقلت إيطاليا، أمس، السيطرة على قاعدة السنديان إلى الجيش الليبي.", "italian_forces", "libyan_army"),
    ("نقلت بريطانيا اليوم السيطرة على معسكر النخيل إلى القوات العراقية.", "british_forces", "iraqi_forces"),
    # near miss: control taken by force, no giving verb: the taker receives
    ("بسطت القوات العراقية السيطرة على قاعدة السنديان.", None, "iraqi_forces"),
])
def test_control_handed_over_by_a_country(extract, text, giver, receiver):
    h = _only(extract(text))
    assert (_key(h.from_force), _key(h.to_force)) == (giver, receiver)


# -- a base returning or passing to a receiver -------------------------------------------------------------

@pytest.mark.parametrize("text,receiver", [
    # the base after the verb (VSO) or before it (SVO); past and present; a people or a control
    ("وبذلك تعود قاعدة السنديان إلى القوات العراقية بعد سنوات.", "iraqi_forces"),
    ("وعادت قاعدة السنديان إلى السيادة العراقية أمس.", "iraqi_forces"),
    ("ومعسكر النخيل يعود إلى الجيش الليبي بعد عقدين.", "libyan_army"),
    ("وآلت قاعدة السنديان إلى القوات السودانية بعد الانسحاب.", "sudanese_forces"),
])
def test_base_returning_to_a_receiver(extract, text, receiver):
    assert _key(_only(extract(text)).to_force) == receiver


@pytest.mark.parametrize("text", [
    # near misses: a base dating back to an era; troops returning to a base or a country
    "وتقع قاعدة السنديان قرب طرابلس وتعود إلى الحقبة العثمانية.",
    "عاد الجنود الإيطاليون إلى قاعدة السنديان.",
    "عادت القوات الإيطالية إلى ليبيا.",
])
def test_returning_without_a_base_given_is_no_handover(extract, text):
    assert extract(text).handovers == []


# -- the holder of a base taken or received: تحت سيطرة X ---------------------------------------------------

@pytest.mark.parametrize("text,giver,receiver", [
    # "under X's control" in a relative clause about the base, after كان / ظل / لا تزال
    ("سيطرت القوات العراقية على قاعدة السنديان التي كانت تحت سيطرة القوات السودانية.",
     "sudanese_forces", "iraqi_forces"),
    ("اقتحمت القوات الليبية قاعدة السنديان، إحدى آخر القواعد التي كانت لا تزال تحت سيطرة القوات "
     "الإيطالية، واعتقلت قائدها.", "italian_forces", "libyan_army"),
    ("تسلّم الجيش الليبي قاعدة السنديان التي ظلت تحت سيطرة القوات البريطانية عشر سنوات.",
     "british_forces", "libyan_army"),
    # near miss: a protection (no control) is no holding
    ("سيطرت القوات العراقية على قاعدة السنديان الواقعة تحت حماية الأمم المتحدة.", None, "iraqi_forces"),
])
def test_holder_under_whose_control_the_base_was(extract, text, giver, receiver):
    h = _only(extract(text))
    assert (_key(h.from_force), _key(h.to_force)) == (giver, receiver)


def test_under_control_is_no_takeover(extract):
    """تحت سيطرة X tells who holds a base; it is no handover of its own."""
    assert extract("وتقع قاعدة السنديان تحت سيطرة القوات السودانية منذ عامين.").handovers == []
