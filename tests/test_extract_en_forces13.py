"""English forces on unseen text: what a nation's name does not make a force of, and forces named
by constructions news uses in any outlet (sentences written for these tests; the gazetteer is
the project's)."""
from __future__ import annotations

import pytest

from kg.model import Kind

from support.en_wire import force_nodes as _force_nodes, force_surfaces as _force_surfaces  # noqa: F401
from support.en_wire import wire_extraction as _extraction  # noqa: F401


# --- a nation's control: who holds a thing is not always to whom it passes ------------------------

@pytest.mark.parametrize("text", [
    # sovereignty and jurisdiction are the state's, never its forces'
    "The detention centre at Fort Alder was returned to Lebanese sovereignty on Friday.",
    "Lawmakers demanded that the depots be placed under Lebanese jurisdiction.",
    # staying under a nation's command or control says who holds it, not a transfer
    "Ministers insisted the ports would remain under Peruvian command after the accord.",
    "The airstrips will stay under Peruvian control, the minister said.",
    "The harbour, still under Peruvian control, was closed to visitors on Tuesday.",
    "Officials said they kept the depots under Peruvian command throughout the talks.",
])
def test_a_nation_holding_or_sovereign_is_no_force(text):
    assert not any(s in ("Lebanese", "Peruvian") for s in _force_surfaces(text))


@pytest.mark.parametrize("text, surface", [
    ("The airstrip at Punta Rasa was placed under Peruvian control on Monday.", "Peruvian"),
    ("Camp Lindell was handed over to Lebanese control on Sunday.", "Lebanese"),
    ("The depot passed into Peruvian hands after the last convoy left.", "Peruvian"),
    ("The outpost was brought under Lebanese command in May.", "Lebanese"),
])
def test_a_thing_passing_to_a_nations_control_still_names_its_forces(text, surface):
    assert surface in _force_surfaces(text)


# --- a group named by the forces it groups and the land it stands in -------------------------------

@pytest.mark.parametrize("text, surface", [
    ("The Group of Soviet Forces in Germany left its last barracks at Wuensdorf in 1994.",
     "Group of Soviet Forces in Germany"),
    ("General Orlov, who commands the Group of Russian Forces in the Transnistria region, attended.",
     "Group of Russian Forces in the Transnistria"),
    ("The Central Group of Forces in Czechoslovakia began to pull out in February.",
     "Central Group of Forces in Czechoslovakia"),
])
def test_group_of_forces_in_a_land_is_one_named_force(text, surface):
    assert surface in _force_surfaces(text)


@pytest.mark.parametrize("text", [
    "The Group of Seven met in May to discuss the pullout.",
    "A contact group of diplomats in Vienna discussed the base.",
])
def test_a_group_of_no_forces_is_no_force(text):
    assert not any(s.startswith("Group") for s in _force_surfaces(text))


# --- a service's name inside a site's name ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Kitzingen Army Airfield will be returned next year, officials said.",
    "Wounded marines were flown to Bethesda Army Medical Center on Monday.",
    "Contractors cleared the Mare Island Navy Yard before the transfer.",
    "Trucks left the Sierra Army Depot on Tuesday.",
])
def test_a_service_inside_a_sites_name_is_no_force(text):
    assert not any(s.endswith(("Army", "Navy")) for s in _force_surfaces(text))


def test_a_service_named_before_other_words_is_still_a_force():
    assert "Vale Army" in _force_surfaces("The Vale Army took over the airfield at Rasa on Monday.")


# --- a participle opening a sentence is no name ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Wounded soldiers were flown out of the base on Monday.",
    "Retreating troops set fire to the depot before dawn.",
    "Exhausted soldiers waited at the gate for hours.",
])
def test_a_participle_opening_a_sentence_names_no_force(text):
    assert not _force_surfaces(text)


def test_a_name_opening_a_sentence_still_names_a_force():
    assert "Vale forces" in _force_surfaces("Vale forces took over the airfield on Monday.")


# --- a people's plural alone names people, not a force -----------------------------------------------

@pytest.mark.parametrize("text", [
    "Generators worth $2 million were left in place for the Peruvians, a spokeswoman said.",
    "A Taliban spokesman said the British had fled and that the same fate awaited the Canadians.",
    "Officials described the Ukrainians at the depot as instructors under a bilateral deal.",
])
def test_a_peoples_plural_alone_is_no_force(text):
    surfaces = _force_surfaces(text)
    assert not any(s.lower() in ("the peruvians", "the canadians", "the ukrainians") for s in surfaces)


@pytest.mark.parametrize("text, surface", [
    # the article also names that nation's forces: the plural is them
    ("Generators were left for the Peruvians. Peruvian troops moved into the camp on Monday.", "the Peruvians"),
    # a party that takes a base over
    ("The Canadians handed Camp Ridley to the Afghan army on Monday.", "The Canadians"),
])
def test_a_peoples_plural_beside_its_forces_or_acting_stays(text, surface):
    assert surface in _force_surfaces(text)


# --- "the army" of a story from one country ------------------------------------------------------------

_HOME = ("Rebel fighters overran the garrison outside the capital of Chad on Tuesday. {} Residents said "
         "the fighting in Chad had stopped by nightfall, and aid groups in Chad asked for access.")


@pytest.mark.parametrize("sentence, surface", [
    ("A military official said the army had ordered its units to withdraw.", "the army"),
    ("The defence ministry said the armed forces would retake the camp.", "the armed forces"),
    ("The rebels seized the headquarters of the army's northern command.", "the army"),
    ("Officers said the military was regrouping near the border.", "the military"),
])
def test_the_army_of_a_story_from_one_country_is_its_army(sentence, surface):
    ex = _extraction(_HOME.format(sentence))
    hits = [m for m in ex.mentions if m.kind is Kind.FORCE and m.surface == surface]
    assert hits and hits[0].key == "chadian_forces"


@pytest.mark.parametrize("text", [
    # the article names a nation's forces: "the army" may be theirs
    _HOME.format("French troops left the base, and the army said it would stay."),
    # not the noun alone: a post, another body, or a phrase that goes on
    _HOME.format("The army chief resigned, and the military police sealed the road."),
    _HOME.format("Observers said the military situation was calm."),
    # places in two countries: whose army is not said
    "Rebels seized the garrison in Niger on Tuesday. Officials in Mali and Niger said the army had withdrawn. "
    "Mali closed the border with Niger.",
])
def test_the_army_elsewhere_is_no_home_army(text):
    ex = _extraction(text)
    assert not any(m.kind is Kind.FORCE and m.surface.lower() in ("the army", "the military", "the armed forces")
                   and m.key in ("chadian_forces", "nigerien_forces", "malian_army", "malian_forces")
                   for m in ex.mentions)


def test_the_military_after_a_force_named_with_that_noun_is_no_home_army():
    text = _HOME.format("Talks with Ruritania's military failed, and the military said it would fight on.")
    ex = _extraction(text)
    assert not any(m.kind is Kind.FORCE and m.surface == "the military" and m.key == "chadian_forces"
                   for m in ex.mentions)


# --- one serviceman is a person -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A roadside bomb killed two contractors and a Danish soldier near the camp on Monday.",
    "An Estonian serviceman was wounded when the convoy was hit.",
])
def test_one_serviceman_alone_names_no_force(text):
    assert not _force_surfaces(text)


@pytest.mark.parametrize("text, surface", [
    ("A roadside bomb killed a Danish soldier near the camp. Danish troops left the base a week later.",
     "Danish soldier"),
    ("Danish soldiers handed the camp to the Afghan army on Monday.", "Danish soldiers"),
])
def test_one_serviceman_beside_his_force_or_many_stay(text, surface):
    assert surface in _force_surfaces(text)
