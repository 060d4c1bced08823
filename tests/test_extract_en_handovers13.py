"""English handovers: givers and receivers that journalistic constructions name around the trigger.
Every sentence is written for these tests (other names, places and bases than the evaluation sets).
The gazetteer is the small one of :mod:`support.en_fixtures`."""
from __future__ import annotations

import pytest

from support.en_fixtures import _by_base, _key, _one, _surf, extract  # noqa: F401  (extract is a fixture)


# --- a base taken by force: the side the taker fought held it -----------------------------------------

@pytest.mark.parametrize("text, giver", [
    # "after (heavy) fighting with X", the noun's forms and its modifiers
    ("Russian troops seized Camp Lomar on Sunday after heavy fighting with the Malian army.", "malian_army"),
    ("Russian troops captured Camp Lomar on Sunday following two days of clashes with French forces.",
     "french_forces"),
    ("Russian troops overran Camp Lomar on Sunday after a fierce battle with Chadian troops.", "chadian_forces"),
    ("Russian troops took control of Camp Lomar on Sunday amid sporadic gunbattles against French forces.",
     "french_forces"),
    # "the (regular) army": the army the article has named
    ("The Malian army has held Camp Lomar since 2013. Russian troops stormed the camp on Sunday as fighting "
     "with the regular army spread to the north.", "malian_army"),
    # "fighting ... between X and Y": the side that is not the taker
    ("Russian troops took over Camp Lomar on Sunday, hours after fighting broke out between French forces "
     "and Russian troops in the north.", "french_forces"),
    # a passive takeover
    ("Camp Lomar was captured by Russian troops on Sunday after a week of fighting with the Malian army.",
     "malian_army"),
])
def test_extract_en_handovers13_taken_after_fighting_with_the_holder(extract, text, giver):
    h = _one(extract(text))
    assert (_key(h.from_force), _key(h.to_force)) == (giver, "russian_forces")


@pytest.mark.parametrize("text", [
    # the verb, not the noun: those fighting alongside the taker did not hold the base
    "Malian soldiers fighting with Russian troops seized Camp Lomar on Sunday.",
    # no noun of fighting before "with"
    "Russian troops seized Camp Lomar on Sunday with the help of French forces.",
])
def test_extract_en_handovers13_fighting_near_misses(extract, text):
    h = _one(extract(text))
    assert _key(h.from_force) is None


def test_extract_en_handovers13_named_giver_wins_over_the_fighting(extract):
    h = _one(extract("Russian troops took over Camp Lomar from the Malian army on Sunday after clashes with "
                     "French forces."))
    assert (_key(h.from_force), _key(h.to_force)) == ("malian_army", "russian_forces")


def test_extract_en_handovers13_fighting_gives_no_receiver_to_a_base_left(extract):
    # a base left under fire: the attacker is not said to have taken it
    h = _one(extract("French troops left Camp Lomar on Sunday after heavy fighting with Russian forces."))
    assert (_key(h.from_force), _key(h.to_force)) == ("french_forces", None)


# --- a collective or a number of a force as the subject: "a convoy of X", "the last group of X" ---------

@pytest.mark.parametrize("text, giver, receiver", [
    ("A convoy of Danish soldiers left Camp Kelo on Tuesday.", "danish_forces", None),
    ("The last group of French troops vacated Camp Kelo on Tuesday.", "french_forces", None),
    ("The last contingent of French troops handed over Camp Kelo to the Malian army on Tuesday.",
     "french_forces", "malian_army"),
    ("Hundreds of Russian soldiers took over Camp Kelo on Tuesday.", None, "russian_forces"),
    ("A column of Russian troops rolled into the town at dawn and took over Camp Kelo.", None, "russian_forces"),
    ("A battalion of Chadian soldiers moved into Camp Kelo on Tuesday.", None, "chadian_forces"),
])
def test_extract_en_handovers13_collective_subject(extract, text, giver, receiver):
    h = _one(extract(text))
    assert (_key(h.from_force), _key(h.to_force)) == (giver, receiver)


@pytest.mark.parametrize("text, receiver", [
    # a noun that is no group of the force: the force after "of" is not the subject
    ("The families of Danish soldiers watched as Malian troops took over Camp Kelo on Tuesday.", "malian_army"),
    ("A spokesman of the Danish forces said Malian troops took over Camp Kelo on Tuesday.", "malian_army"),
])
def test_extract_en_handovers13_collective_subject_near_misses(extract, text, receiver):
    h = _one(extract(text))
    assert _key(h.to_force) == receiver


# --- "X was abandoned … and was later occupied by Y": a second passive, its auxiliary repeated ----------

@pytest.mark.parametrize("text, giver, receiver", [
    ("Camp Kelo was abandoned on Monday and was later occupied by Russian troops.", None, "russian_forces"),
    ("Camp Kelo was vacated by French troops in May and has since been taken over by the Malian army.",
     "french_forces", "malian_army"),
    ("Camp Kelo was evacuated by French troops on Monday and was then handed to the Malian army.",
     "french_forces", "malian_army"),
])
def test_extract_en_handovers13_second_passive_shares_the_subject(extract, text, giver, receiver):
    h = _one(extract(text))
    assert (_key(h.from_force), _key(h.to_force)) == (giver, receiver)


def test_extract_en_handovers13_second_passive_with_its_own_subject(extract):
    hs = _by_base(extract("Camp Kelo was abandoned on Monday and Camp Dara was occupied by Russian troops."))
    assert _key(hs["Camp Dara"].to_force) == "russian_forces"
    assert _key(hs["Camp Kelo"].to_force) is None


# --- a base as the subject of a verb of coming: "came under X control", "fell into X hands" -------------

@pytest.mark.parametrize("text", [
    "Camp Kelo came under Russian control on Monday.",
    "Camp Kelo comes under Russian control on Monday, the army said.",
    "Camp Kelo fell into Russian hands on Monday.",
    "Camp Kelo fell into the hands of Russian troops on Monday.",
    "Camp Kelo came under the control of Russian troops on Monday.",
    "Camp Kelo came under the full control of Russian forces on Monday.",
    "Camp Kelo passed into Russian hands on Monday.",
    "Camp Kelo reverted to Russian control on Monday.",
])
def test_extract_en_handovers13_base_came_under_control(extract, text):
    h = _one(extract(text))
    assert (_surf(h.base), _key(h.to_force)) == ("Camp Kelo", "russian_forces")


@pytest.mark.parametrize("text", [
    "Camp Kelo came under fire on Monday.",
    "Camp Kelo came under attack by Russian troops on Monday.",
    "Camp Kelo came under heavy shelling from Russian positions on Monday.",
    "Troop numbers at Camp Kelo fell to 300 under Russian control.",
    "Camp Kelo could fall into Russian hands within days, officials warned.",
])
def test_extract_en_handovers13_came_under_near_misses(extract, text):
    assert not [h for h in extract(text).handovers if _key(h.to_force) == "russian_forces"]


def test_extract_en_handovers13_returned_to_control_keeps_its_passive(extract):
    h = _one(extract("Camp Kelo was returned to Malian control on Monday."))
    assert _key(h.to_force) == "malian_army"


# --- a long apposition between the base and its receiver's "to" --------------------------------------

@pytest.mark.parametrize("text", [
    "French troops handed Camp Kelo, a walled compound of barracks, hangars and workshops on the river's "
    "eastern bank just outside the old provincial capital, to the Malian army on Monday.",
    "French troops handed Camp Kelo, which had housed the regional headquarters of the mission and its "
    "logistics battalion for most of the decade, to the Malian army on Monday.",
])
def test_extract_en_handovers13_receiver_after_a_long_apposition(extract, text):
    h = _one(extract(text))
    assert (_surf(h.base), _key(h.from_force), _key(h.to_force)) == ("Camp Kelo", "french_forces", "malian_army")


# --- a base taken by force from no one named: the article's one giver held it -------------------------

def test_extract_en_handovers13_taken_base_was_the_articles_giver(extract):
    ex = extract("The Malian army pulled out of Camp Kelo on Monday after a week-long siege.\n\n"
                 "It was the heaviest loss since Russian troops overran Camp Dara in 2019.")
    hs = _by_base(ex)
    assert _key(hs["Camp Dara"].from_force) == "malian_army"
    assert _key(hs["Camp Dara"].to_force) == "russian_forces"


@pytest.mark.parametrize("text", [
    # the taker is the article's giver: no base of its own is taken from itself
    "The Malian army pulled out of Camp Kelo on Monday.\n\nIn 2019 the Malian army had stormed Camp Dara.",
    # a base only left, not taken, keeps an unknown giver
    "The Malian army pulled out of Camp Kelo on Monday.\n\nCamp Dara was abandoned in 2019 after floods.",
])
def test_extract_en_handovers13_taken_base_default_near_misses(extract, text):
    hs = _by_base(extract(text))
    assert _key(hs["Camp Dara"].from_force) is None


# --- "signed over" with no receiver named ------------------------------------------------------------

@pytest.mark.parametrize("text, giver", [
    ("French troops signed over Camp Kelo on Monday.", "french_forces"),
    ("French officers signed Camp Kelo over in a brief ceremony on Monday.", "french_forces"),
])
def test_extract_en_handovers13_signed_over_without_a_receiver(extract, text, giver):
    h = _one(extract(text))
    assert (_surf(h.base), _key(h.from_force)) == ("Camp Kelo", giver)


@pytest.mark.parametrize("text", [
    "French officers signed over the weekend a deal on the future of Camp Kelo.",
    "The French commander signed over the documents at Camp Kelo on Monday.",
    # a passive with no receiver: the base may be only a word of its subject
    "The accord on Camp Kelo was signed over the holidays by French and Malian officers.",
])
def test_extract_en_handovers13_signed_over_near_misses(extract, text):
    assert not extract(text).handovers


# --- one base named in full once and by its name alone elsewhere ---------------------------------------

def _group(surface, key=None, name=None):
    from types import SimpleNamespace

    from kg.model import Kind
    base = SimpleNamespace(kind=Kind.BASE, surface=surface, key=key, name=name)
    return SimpleNamespace(base=base, drafts=[surface])


def test_extract_en_handovers13_full_name_joins_the_short_one():
    from kg.extract.english import _fold_full_names
    short, full = _group("Lomar", key="lomar", name="FOB Lomar"), _group("Contingency Operating Site Lomar")
    out = _fold_full_names([short, full], [], [[full.base]])
    assert out == [short] and short.drafts == ["Lomar", "Contingency Operating Site Lomar"]
    assert full.base.key == "lomar"


@pytest.mark.parametrize("full", [
    "the new base at Lomar",            # a description, not a capitalised designation before the name
    "Lomar",                            # the same words
])
def test_extract_en_handovers13_full_name_near_misses(full):
    from kg.extract.english import _fold_full_names
    short, other = _group("Lomar", key="lomar"), _group(full)
    assert _fold_full_names([short, other], [], [[]]) == [short, other]


@pytest.mark.parametrize("text", [
    "The Malian army held Camp Kelo until May, when it fell into the hands of Russian troops.",
    "The Malian army held Camp Kelo for years. In May it came under Russian control.",
])
def test_extract_en_handovers13_it_came_under_control(extract, text):
    h = _one(extract(text))
    assert (_surf(h.base), _key(h.to_force)) == ("Camp Kelo", "russian_forces")


@pytest.mark.parametrize("text", [
    # "it" is the army; the phrase is no control
    "The Malian army held Camp Kelo for years. The army said it came under fire in May.",
    # the base was named too long before
    "The Malian army held Camp Kelo for years.\n\nThe town is poor.\n\nFarmers grow millet.\n\n"
    "In May it came under Russian control.",
])
def test_extract_en_handovers13_it_came_under_near_misses(extract, text):
    assert not extract(text).handovers
