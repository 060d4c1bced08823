"""English forces: one node per force within an article, and demonyms that name people, not a
nation's forces (sentences written for these tests; the gazetteer is the project's)."""
from __future__ import annotations

import pytest

from kg.model import Article, Kind
from kg.pipeline import extract
from kg.resolve import resolve

from support.en_wire import force_nodes as _force_nodes, force_surfaces as _force_surfaces  # noqa: F401
from support.en_wire import wire_extraction as _extraction  # noqa: F401


# --- a numbered unit named without its arm ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The 7th Armoured Division took over the airfield on Monday. A spokesman for the 7th Division said the "
    "handover went smoothly.",
    "Officers of the 2nd Division said they would leave by May. The 2nd Mechanised Infantry Division moved "
    "into the barracks after the ceremony.",
    "The 12th Brigade entered the camp. Soldiers of the 12th Mountain Brigade raised their flag there.",
])
def test_numbered_unit_without_its_arm_is_one_force(text):
    assert len(_force_nodes(text)) == 1


@pytest.mark.parametrize("text", [
    # another number, or another head: two units
    "The 7th Armoured Division took over the airfield. The 9th Division stayed in the north.",
    "The 7th Armoured Division took over the airfield. The 7th Brigade stayed in the north.",
    # two fuller names the short one could shorten: which is not said
    "The 4th Infantry Division and the 4th Marine Division met at the port. The 4th Division left first.",
])
def test_numbered_units_that_differ_stay_apart(text):
    assert len(_force_nodes(text)) >= 2


# --- a unit named by its opening words --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Officers of the Southern Group of Forces said the Southern Group would be gone by June.",
    "The Southern Group began its pullout in March. The Southern Group of Forces had 40,000 men there.",
    "The Multinational Brigade in Kosovo handed the camp to local police. The Multinational Brigade had "
    "used it since 1999.",
])
def test_unit_named_by_its_opening_words_is_one_force(text):
    assert len(_force_nodes(text)) == 1


def test_opening_words_that_are_no_unit_head_stay_apart():
    # "Southern Group" does not shorten "Southern Command": different heads
    assert len(_force_nodes("The Southern Group left in March. The Southern Command took over the camp.")) == 2


# --- a movement's men named by its adjective ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Houthi rebels seized the army camp on Sunday. Houthi fighters then entered the barracks.",
    "Houthi militiamen guarded the gate. The Houthis said the camp was now theirs.",
    "Kurdish fighters took over the oil field. The Kurdish-led Vale Democratic Forces said it would hold it.",
])
def test_a_groups_fighters_are_the_group(text):
    assert len(_force_nodes(text)) == 1


def test_fighters_backed_by_a_nation_are_not_that_nations_force():
    nodes = _force_nodes("Turkish-backed Vale fighters arrived. Turkish forces shelled the road.")
    assert len(nodes) == 2


# --- demonyms that name people ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Soldiers lowered the Malaysian and Indonesian flags at dawn.",
    "The Malaysian said he was glad to leave the camp.",
    "The governor said the airfield now belonged to all Yemenis.",
    "At its height the camp employed 3,000 Iraqis.",
    "Over the years the base employed thousands of Afghans.",
])
def test_demonym_naming_people_is_no_force(text):
    assert not _force_surfaces(text)


@pytest.mark.parametrize("text, surface", [
    ("The French are leaving the camp this week.", "The French"),
    ("The Chinese left the port on Monday.", "The Chinese"),
    ("Americans withdrew from the base in 2011.", "Americans"),
    ("The Americans and Afghans held a ceremony at the camp.", "The Americans"),
])
def test_demonym_as_a_nations_forces_is_still_found(text, surface):
    assert surface in _force_surfaces(text)


# --- coordinated names ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, surface", [
    ("The range was handed to the U.S. Fish and Wildlife Service in May.", "U.S. Fish and Wildlife Service"),
    ("The depot went to the Vale Search and Rescue Service last year.", "Vale Search and Rescue Service"),
])
def test_two_words_joined_by_and_inside_a_unit_name(text, surface):
    assert surface in _force_surfaces(text)


@pytest.mark.parametrize("text, parts", [
    ("The site went to ISAF and Coalition Forces.", {"ISAF", "Coalition Forces"}),
    ("The Iraqi Army and Federal Police took the camp.", {"Iraqi Army", "Federal Police"}),
])
def test_two_forces_joined_by_and_stay_two(text, parts):
    assert parts <= _force_surfaces(text)


@pytest.mark.parametrize("text", [
    "Afghan police and soldiers took over the compound. Afghan security forces now guard it.",
    "Somali police and troops moved into the camp. Somali forces said the camp was secure.",
])
def test_a_nations_police_and_soldiers_together_are_its_forces(text):
    assert len(_force_nodes(text)) == 1


def test_a_nations_police_alone_stays_its_own_force():
    assert len(_force_nodes("Afghan police took over the compound. Afghan security forces guard the road.")) == 2


# --- a body named as the modifier of the people who serve it -----------------------------------------

@pytest.mark.parametrize("text, key", [
    ('Speaking for the Taliban, a Taliban spokesman, Abdul Karim, told reporters the outpost was theirs.', "taliban"),
    ("The Taliban spokesman Abdul Karim said the camp had fallen.", "taliban"),
    ("Senior Nato commanders met the governor on Friday.", "nato"),
    ("NATO officials said the airfield would close.", "nato"),
])
def test_body_before_a_post_noun_is_a_force(text, key):
    assert key in {m.key for m in _extraction(text).mentions if m.kind is Kind.FORCE}


@pytest.mark.parametrize("text", [
    "NATO and coalition installations across the province were closed.",
    "A Taliban offensive began in the spring.",
])
def test_body_before_a_thing_noun_is_still_a_modifier(text):
    assert not {m.key for m in _extraction(text).mentions if m.kind is Kind.FORCE} & {"nato", "taliban"}


# --- where a unit serves, not when ---------------------------------------------------------------------

@pytest.mark.parametrize("text, surface", [
    ("The camp was handed to the Vale Border Service in March.", "Vale Border Service"),
    ("The Vale Mission in May took over the depot.", "Vale Mission"),
    ("The Vale Mission in Chad took over the depot.", "Vale Mission in Chad"),
])
def test_a_month_after_in_is_no_place_of_the_unit(text, surface):
    assert surface in _force_surfaces(text)


# --- a title-case headline capitalises common words --------------------------------------------------

def _headline_forces(headline: str) -> set[str]:
    ex = extract(Article(source="t.txt", text=headline + "\n\nThe camp was quiet on Monday.", lang="en"))
    return {m.surface for m in ex.mentions if m.kind is Kind.FORCE}


@pytest.mark.parametrize("headline", [
    "Allied Troops Begin Final Pullout From Vale",
    "Foreign Forces Quit Vale Base After Ten Years",
    "Remaining Foreign Troops Head Home",
])
def test_common_words_capitalised_in_a_headline_are_no_unit_name(headline):
    assert not _headline_forces(headline)


def test_a_units_name_in_a_headline_is_still_found():
    assert "Vale Liberation Army" in _headline_forces("Vale Liberation Army Takes Hilltop Camp")


@pytest.mark.parametrize("text", [
    "The signing took place before the US military attache and the governor.",
    "A Belgian military chief of staff said the camp was handed over.",
])
def test_a_nations_military_before_a_post_names_the_post(text):
    assert not {m.key for m in _extraction(text).mentions if m.kind is Kind.FORCE}


# --- "blue helmets": the press's name for peacekeepers ---------------------------------------------

@pytest.mark.parametrize("text, surface", [
    ("Chadian blue helmets guarded the camp until Friday.", "Chadian blue helmets"),
    ("Somali blue helmets left the base on Monday.", "Somali blue helmets"),
])
def test_a_nations_blue_helmets_are_its_peacekeepers(text, surface):
    assert surface in _force_surfaces(text)


def test_blue_helmets_worn_are_no_force():
    assert not _force_surfaces("The soldiers wore blue helmets at the ceremony.")


# --- a kind of men is no force's name ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Shi'ite militias shelled the depot twice last week.",
    "Sunni fighters withdrew from the town on Monday.",
    "Christian militiamen guarded the church beside the camp.",
    "Islamist-led forces now control the port, residents said.",
    "Rebel-led units moved into the barracks.",
])
def test_a_sect_or_a_kind_of_men_names_no_force(text):
    assert not _force_surfaces(text)


@pytest.mark.parametrize("text, surface", [
    ("Tuareg-led rebels took the camp on Monday.", "Tuareg-led rebels"),
    ("Pro-government militias left the camp on Monday.", "Pro-government militias"),
])
def test_a_force_named_by_who_leads_or_whom_it_backs_is_still_found(text, surface):
    assert surface in _force_surfaces(text)


# --- a body's peacekeepers are its one mission of the article ------------------------------------------

def test_un_peacekeepers_are_the_un_mission_the_article_names():
    assert len(_force_nodes("UN peacekeepers quit Vale camp\n\nThe UN Multidimensional Integrated "
                            "Vale Mission in Mali gave the camp to the Malian army on Monday.") - {
        "force/malian_army"}) == 1


def test_un_peacekeepers_beside_two_un_missions_stay_apart():
    nodes = _force_nodes("UN peacekeepers left Vale camp. The UN Vale Mission in Mali and the UN Tindar Force "
                         "in Chad both withdrew.")
    assert len(nodes) == 3


# --- a coalition outside the years of the gazetteer's coalitions ----------------------------------------

def test_one_coalition_named_two_ways_before_the_gazetteers_coalitions_is_one_node():
    from datetime import date
    text = ("Coalition forces quit outpost in Vale province\n\nThe U.S.-led coalition forces handed the outpost "
            "to Afghan soldiers on Saturday, a provincial spokesman said.")
    ex = extract(Article(source="t.txt", text=text, lang="en", published=date(2012, 5, 6)))
    nodes = {eid for eid in resolve([ex]).entities if eid.startswith("force/") and "coalition" in eid}
    assert len(nodes) == 1
