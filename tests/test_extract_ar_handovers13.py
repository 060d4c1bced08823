"""Arabic handovers: who takes, gives and receives a base in constructions common in news Arabic
(takeovers by armed groups named through their fighters, a force moving into another's place, a
base described as a force's seat or stronghold). Every sentence is written for these tests (none
comes from a real article or a diagnostic set); the gazetteer is the small one of
``support.ar_fixtures``. Each rule has its positive forms and a near miss that must not fire."""
from __future__ import annotations

import pytest

from kg.normalise import fold

from support.ar_fixtures import extract  # noqa: F401  (extract is a fixture)


def _key(m):
    return None if m is None else (m.key or fold(m.name or m.surface).strip())


def _roles(ex):
    return [(fold(h.base.surface), _key(h.from_force), _key(h.to_force)) for h in ex.handovers]


def _at(ex, base: str):
    hs = [h for h in ex.handovers if fold(base) in fold(h.base.surface)]
    assert len(hs) == 1, _roles(ex)
    return hs[0]


# -- a force acting through its gunmen / fighters in construct ----------------------------------------

@pytest.mark.parametrize("text", [
    # the nominative plural in construct (مسلحو X), VSO, with a time phrase before the object
    "سيطر مسلحو تنظيم الدولة فجر أمس على قاعدة الصقر غرب الأنبار.",
    # with the conjunction and another takeover verb
    "واقتحم مسلحو داعش معسكر النصر قرب البصرة.",
    # the oblique in construct after a verbal noun (بسيطرة مسلحي X)
    "وأفادت مصادر محلية بسيطرة مسلحي تنظيم الدولة على قاعدة الصقر.",
    # the oblique written for the nominative, as some outlets do (مقاتلي X as subject)
    "واستولى مقاتلي داعش على قاعدة الصقر.",
])
def test_takeover_by_the_gunmen_of_a_group(extract, text):
    assert _key(_at(extract(text), "الصقر" if "الصقر" in text else "النصر").to_force) == "isis"


def test_unnamed_gunmen_take_nothing(extract):
    # near miss: gunmen of no named group, an indefinite subject: no taker, no handover
    assert extract("اقتحم مسلحون مجهولون قاعدة الصقر ليلا.").handovers == []


# -- a force moving into the place of another: the one in construct with محل / مكان gave -------------

@pytest.mark.parametrize("text", [
    # a purpose-shaped consequence after a deployment
    "انتشرت وحدات من الجيش الليبي في قاعدة الزيتونة لتحل محل القوات الإيطالية.",
    # VSO: the subject between the verb and محل
    "وحلّت القوات العراقية محلّ القوات الأمريكية في قاعدة الصقر.",
    # مكان for محل, after an entry in the same sentence
    "دخلت القوات العراقية قاعدة الصقر وحلت مكان القوات الأمريكية.",
    # the verbal noun with its subject in the genitive
    "وأعلنت بغداد حلول القوات العراقية محل القوات الأمريكية في قاعدة الصقر.",
])
def test_moving_into_the_place_of_a_named_force(extract, text):
    h = _at(extract(text), "الصقر" if "الصقر" in text else "الزيتونه")
    gone = "italian_forces" if "الإيطالية" in text else "us_forces"
    assert (_key(h.from_force), _key(h.to_force)) == (gone, "libyan_army" if gone == "italian_forces" else "iraqi_forces")


@pytest.mark.parametrize("text", [
    # near miss: محلها with a pronoun: the force after it moved in; it did not leave
    "انسحبت القوات الأمريكية من قاعدة الصقر، وحلت محلها القوات العراقية.",
    "انسحبت القوات الأمريكية من قاعدة الصقر، وحلت القوات العراقية محلها.",
])
def test_place_noun_with_a_pronoun_keeps_the_leaver(extract, text):
    h = _at(extract(text), "الصقر")
    assert (_key(h.from_force), _key(h.to_force)) == ("us_forces", "iraqi_forces")


# -- a base described as a force's seat or stronghold: that force held it ----------------------------

@pytest.mark.parametrize("text,frm,to", [
    # a relative clause with ظلت and a time phrase, the seat noun with its adjective and a link noun
    ("تسلم الجيش الليبي أمس قاعدة الزيتونة جنوب طرابلس، التي ظلت لسنوات المركز الرئيسي لعمليات "
     "القوات الإيطالية في البلاد.", "italian_forces", "libyan_army"),
    # an apposition: the last of a force's strongholds, taken by force
    ("سيطر تنظيم الدولة على قاعدة الصقر، آخر معاقل القوات العراقية في الأنبار.", "iraqi_forces", "isis"),
    # a pluperfect entry; the seat noun after أحد أكبر (one of the largest)
    ("وكانت القوات العراقية قد دخلت معسكر النصر، الذي ظل منذ عام 2014 أحد أكبر معاقل داعش في البصرة.",
     "isis", "iraqi_forces"),
    # the indefinite accusative with tanween, then لقيادة
    ("تسلمت القوات العراقية قاعدة الصقر، التي كانت لعقود مقراً لقيادة القوات الأمريكية في المنطقة.",
     "us_forces", "iraqi_forces"),
])
def test_base_described_as_a_force_seat(extract, text, frm, to):
    h = _at(extract(text), "الصقر" if "الصقر" in text else "النصر" if "النصر" in text else "الزيتونه")
    assert (_key(h.from_force), _key(h.to_force)) == (frm, to)


@pytest.mark.parametrize("text", [
    # near miss: a force in the relative clause that is no seat of it (a visit)
    "تسلمت القوات العراقية قاعدة الصقر، التي زارها قائد القوات الأمريكية العام الماضي.",
    # near miss: a seat noun describing the base with no force (the largest air base)
    "تسلمت القوات العراقية قاعدة الصقر، أكبر قاعدة جوية في الأنبار.",
    # near miss: the receiver's own stronghold tells no giver
    "تسلمت القوات العراقية قاعدة الصقر، التي أصبحت أكبر معاقل القوات العراقية في الأنبار.",
])
def test_description_without_a_holder(extract, text):
    h = _at(extract(text), "الصقر")
    assert (_key(h.from_force), _key(h.to_force)) == (None, "iraqi_forces")


# -- a base named for the unit whose seat it is: that unit held it --------------------------------------

@pytest.mark.parametrize("text,unit", [
    # a division's headquarters taken by a group's gunmen
    ("سيطر مسلحو تنظيم الدولة أمس على مقر الفرقة الثالثة في الأنبار.", "الفرقه الثالثه"),
    # a brigade's command headquarters stormed, the brigade named by its number and arm
    ("اقتحم تنظيم الدولة مقر قيادة اللواء 12 مشاة في الأنبار.", "اللواء 12 مشاه"),
    # the verbal noun of a takeover told by the taker
    ("وأعلن تنظيم الدولة سيطرته على معسكر الكتيبة الخامسة قرب البصرة.", "الكتيبه الخامسه"),
])
def test_base_named_for_its_unit(extract, text, unit):
    h = extract(text).handovers[0]
    assert (_key(h.from_force), _key(h.to_force)) == (unit, "isis")


@pytest.mark.parametrize("text,frm", [
    # near miss: a retaking: the unit named is the taker's own, it gave nothing
    ("واستعادت القوات العراقية السيطرة على مقر الفرقة الثالثة في الأنبار.", None),
    ("وأعلن الجيش العراقي استعادة مقر الفرقة الثالثة في الأنبار.", None),
    # near miss: the sentence names the giver: it wins over the name
    ("وتسلم الجيش الليبي مقر اللواء 12 مشاة من القوات الإيطالية.", "italian_forces"),
])
def test_unit_in_the_name_gives_only_when_nothing_else_does(extract, text, frm):
    assert _key(extract(text).handovers[0].from_force) == frm


# -- entering a base: إلى after a verb of moving in names the base, not a destination --------------------

@pytest.mark.parametrize("text", [
    "دخلت القوات العراقية إلى قاعدة الصقر بعد انسحاب القوات الأمريكية.",
    # the verbal noun, as the object of a reporting verb
    "وأعلنت بغداد دخول القوات العراقية إلى قاعدة الصقر.",
    # الى written without its hamza, through a part of the force
    "ودخلت وحدات من القوات العراقية الى قاعدة الصقر أمس.",
])
def test_entering_into_a_base(extract, text):
    assert _key(_at(extract(text), "الصقر").to_force) == "iraqi_forces"


def test_entering_into_a_dual_list_of_bases(extract):
    ex = extract("دخلت القوات العراقية إلى قاعدتي الصقر والنصر.")
    assert sorted(b for b, _, _ in _roles(ex)) == ["الصقر", "النصر"]


def test_going_on_to_a_base_is_no_entry(extract):
    # near miss: إلى after a verb of going (توجهت) is where the force went next
    assert extract("دخلت القوات العراقية مدينة الرطبة ثم توجهت إلى قاعدة الصقر.").handovers == []


# -- overrunning and falling: takeovers told without سيطر ---------------------------------------------

@pytest.mark.parametrize("text", [
    "اجتاح تنظيم الدولة قاعدة الصقر فجر أمس.",
    # a headline-style present plural, the subject a group's gunmen
    "مسلحو داعش يجتاحون قاعدة الصقر.",
    # the verbal noun after a reporting verb
    "وأكدت مصادر اجتياح تنظيم الدولة قاعدة الصقر.",
])
def test_overrunning_a_base(extract, text):
    assert _key(_at(extract(text), "الصقر").to_force) == "isis"


@pytest.mark.parametrize("text,frm", [
    # the base as the subject of falling, into the hands / grip of a force
    ("سقطت قاعدة الصقر في يد تنظيم الدولة.", None),
    ("وسقط معسكر النصر في يد تنظيم الدولة فجر أمس.", None),
    # with the withdrawal that let it fall: the force in the grip is no subject of that withdrawal
    ("سقطت قاعدة الصقر في قبضة تنظيم الدولة بعد انسحاب القوات العراقية.", "iraqi_forces"),
    ("وأعلن الجيش سقوط قاعدة الصقر في قبضة تنظيم الدولة بعد انسحاب القوات العراقية منها.", "iraqi_forces"),
])
def test_base_falling_into_the_hands_of_a_force(extract, text, frm):
    h = _at(extract(text), "الصقر" if "الصقر" in text else "النصر")
    assert (_key(h.from_force), _key(h.to_force)) == (frm, "isis")


@pytest.mark.parametrize("text", [
    # near miss: shells falling on a base: nobody's hands, no takeover
    "سقطت قذائف على قاعدة الصقر فجر أمس.",
    # near miss: a base falling silent / a base that fell with no taker named
    "سقطت قاعدة الصقر بعد معارك عنيفة.",
])
def test_falling_without_hands_is_no_handover(extract, text):
    assert extract(text).handovers == []


# -- a flag lowered or raised with a nationality: that nation gave or received --------------------------

@pytest.mark.parametrize("text,frm,to", [
    # the passive of نكّس (lowered to half-mast / struck), then a passive handover
    ("نُكّس العلم الإيطالي أمس في قاعدة الزيتونة، وسُلّمت القاعدة إلى الجيش الليبي.", "italian_forces", "libyan_army"),
    # both flags, lowered and raised, around a verbal noun with its object pronoun
    ("وأُنزل العلم البريطاني ورُفع العلم العراقي فوق قاعدة الصقر بعد تسليمها.", "british_forces", "iraqi_forces"),
    # the verbal noun of lowering, a ceremony
    ("وجرى تسليم قاعدة الصقر في مراسم إنزال العلم الأمريكي.", "us_forces", None),
])
def test_flag_nationality_names_the_sides(extract, text, frm, to):
    h = _at(extract(text), "الصقر" if "الصقر" in text else "القاعده")
    assert (_key(h.from_force), _key(h.to_force)) == (frm, to)


@pytest.mark.parametrize("text,frm,to", [
    # near miss: the receiver's own flag raised over the base: no giver, and no description of it
    ("تسلم الجيش الليبي قاعدة الزيتونة، ورفع العلم الليبي فوقها.", None, "libyan_army"),
    # near miss: a flag raised at some other base
    ("وسُلّمت قاعدة الصقر أمس، ورُفع العلم الأمريكي في قاعدة أخرى.", None, None),
])
def test_flag_that_tells_no_side(extract, text, frm, to):
    h = _at(extract(text), "الصقر" if "الصقر" in text else "الزيتونه")
    assert (_key(h.from_force), _key(h.to_force)) == (frm, to)


# -- the army named without its country, taking a base placed by a town after its name ---------------------

@pytest.mark.parametrize("text", [
    # the pluperfect with a support verb, a time phrase set off by commas; the base في a province
    "وكان الجيش قد بسط سيطرته، أمس، على قاعدة الصقر في الأنبار.",
    # VSO with the support verb first
    "وبسط الجيش سيطرته على قاعدة الصقر في الأنبار.",
    # the base placed by a compass word and a town (جنوب البصرة)
    "وكان الجيش قد بسط سيطرته على معسكر النصر جنوب البصرة.",
])
def test_home_army_takes_a_base_placed_after_its_name(extract, text):
    h = extract(text).handovers[0]
    assert _key(h.to_force) == "iraqi_forces"


def test_home_army_with_no_country_for_the_base(extract):
    # near miss: the base placed by no known town: no country, no national army
    h = extract("وكان الجيش قد بسط سيطرته على قاعدة الصقر في مدينة أخرى.").handovers[0]
    assert h.to_force is None
