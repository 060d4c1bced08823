"""An armed group that English news names once and then calls by one word of its name (``the
Tigers``) or by what it is (``the rebels``, ``the insurgents``, ``the militants``): such a mention
is the group named, so a base it takes keeps its receiver; with no group, or two, nothing is
joined. Every sentence is written for these tests, with other names, places and bases than the
evaluation sets."""
from __future__ import annotations

import pytest

from kg.model import Kind
from support.en_fixtures import _by_base, extract  # noqa: F401  (extract is a fixture)

_HEAD = "Garrison lost in the north\n\nMay 4, 2011\n\n"


def _forces(ex) -> dict[str, str]:
    return {m.surface: (m.name or m.surface) for m in ex.mentions if m.kind is Kind.FORCE}


def _receiver(ex, base_word):
    hs = [h for b, h in _by_base(ex).items() if base_word in b]
    assert hs, list(_by_base(ex))
    to = hs[0].to_force
    return (to.name or to.surface) if to is not None else None


# --- one word of a group's name: "the Tigers" after "the Liberation Tigers of ..." -------------------

_PANTHERS = ("Guerrillas of the Liberation Panthers of Vanatu (LPV) shelled the army camp at Korvala "
             "for a week, the Chadian army said. ")


@pytest.mark.parametrize("sentence", [
    "The outpost at Meruna was abandoned on Friday and was later occupied by the Panthers.",
    "The Panthers occupied the outpost at Meruna on Friday after the soldiers left.",
    "On Friday the Panthers took over the outpost at Meruna.",
])
def test_one_plural_word_of_a_groups_name_is_that_group(extract, sentence):
    ex = extract(_HEAD + _PANTHERS + sentence)
    assert _receiver(ex, "Meruna") == "Liberation Panthers of Vanatu"


def test_a_plural_word_no_group_is_named_by_stays_out(extract):
    # "the Falcons" names nothing the article named before: no force of that word
    ex = extract(_HEAD + _PANTHERS + "The Falcons occupied the outpost at Meruna on Friday after the soldiers left.")
    assert "the Falcons" not in _forces(ex) and "The Falcons" not in _forces(ex)


# --- what the group is: "the rebels", "the insurgents", "the militants" ---------------------------

@pytest.mark.parametrize("noun", ["rebels", "insurgents", "militants", "guerrillas", "fighters", "militiamen"])
@pytest.mark.parametrize("verb", ["seized", "took control of", "captured", "overran"])
def test_a_bare_description_is_the_one_group_named(extract, noun, verb):
    ex = extract(_HEAD + "Fighters of the Liberation Panthers of Vanatu (LPV) attacked Korvala on Monday. "
                 f"By Tuesday the {noun} {verb} the army camp at Meruna, officials said.")
    assert _receiver(ex, "Meruna") == "Liberation Panthers of Vanatu"


def test_a_description_at_the_start_of_a_sentence(extract):
    ex = extract(_HEAD + "Fighters of the Liberation Panthers of Vanatu (LPV) attacked Korvala on Monday. "
                 "The insurgents seized the army camp at Meruna on Tuesday, officials said.")
    assert _receiver(ex, "Meruna") == "Liberation Panthers of Vanatu"


def test_a_description_with_two_groups_named_is_nobody(extract):
    # rebels and a militia fighting them: "the rebels" may be either; nothing is joined
    ex = extract(_HEAD + "Fighters of the Liberation Panthers of Vanatu (LPV) and the Meruna Defence "
                 "Militia clashed near Korvala on Monday. By Tuesday the rebels had seized the army camp "
                 "at Meruna, officials said.")
    assert "the rebels" not in _forces(ex)


def test_a_description_that_modifies_a_noun_is_no_mention(extract):
    # "the rebel commander", "the rebels' leader said": a person of the group, not the group
    ex = extract(_HEAD + "Fighters of the Liberation Panthers of Vanatu (LPV) attacked Korvala on Monday. "
                 "The fighters commander said on Tuesday that the camp at Meruna was quiet.")
    assert "The fighters" not in _forces(ex)


def test_a_description_with_no_group_named_is_no_force_of_the_group(extract):
    # a country's army alone is named: "the rebels" is given to no one
    ex = extract(_HEAD + "The Chadian army shelled Korvala on Monday. By Tuesday the rebels had seized the "
                 "army camp at Meruna, officials said.")
    assert _forces(ex).get("the rebels") != "Chadian National Army"


def test_the_group_is_the_one_armed_group_named(extract):
    ex = extract(_HEAD + "Fighters of the Liberation Panthers of Vanatu (LPV) attacked Korvala on Monday. "
                 "The group said on Tuesday that it had seized the army camp at Meruna.")
    named = {m.surface: (m.name or m.surface) for m in ex.mentions}
    assert named.get("The group") == "Liberation Panthers of Vanatu"


def test_the_group_after_an_army_unit_is_no_armed_group(extract):
    # "the group" of a state's forces ("the Southern Group of Forces") is that unit's own word, not a movement
    ex = extract(_HEAD + "The last officers of the Southern Group of Forces left Korvala on Monday. "
                 "The group handed the army camp at Meruna to Chadian officials on Tuesday.")
    assert _forces(ex).get("The group") in (None, "Southern Group of Forces")


def test_an_alliance_the_gazetteer_knows_is_no_armed_group(extract):
    # the coalition is no movement: "the group" and "the militants" are not its names
    ex = extract(_HEAD + "Aircraft of the U.S.-led coalition struck Korvala on Monday. "
                 "The group handed the army camp at Meruna to Chadian officials on Tuesday, and the "
                 "militants left the town.")
    forces = _forces(ex)
    assert forces.get("The group") is None and forces.get("the militants") is None
