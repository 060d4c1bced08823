"""English bases named by the unit they house, and who gives them (every sentence written for these
tests): ``the headquarters of the Fourth Brigade``, ``the 9th Brigade's headquarters``, ``the Eastern
Command headquarters in X``; in a takeover the unit that held the base gives it.
The gazetteer is the small one of :mod:`support.en_fixtures`."""
from __future__ import annotations

import pytest

from kg.model import Kind
from support.en_fixtures import _surf, extract  # noqa: F401  (extract is a fixture)


def _bases(ex) -> list[str]:
    return [m.surface for m in ex.mentions if m.kind is Kind.BASE]


def _forces(ex) -> list[str]:
    return [m.surface for m in ex.mentions if m.kind is Kind.FORCE]


def _handover(ex):
    assert len(ex.handovers) == 1, [(h.base.surface, h.trigger) for h in ex.handovers]
    h = ex.handovers[0]
    return h.base.surface, _surf(h.from_force), _surf(h.to_force)


# --- a unit's headquarters (or the camp a takeover names) is a base the unit holds ---------------

@pytest.mark.parametrize("text, base, giver", [
    # "<noun> of the <unit>": a headquarters (a unit has one), whatever the verb
    ("The Korvel Liberation Front seized the headquarters of the Fourth Mechanised Brigade on Monday.",
     "headquarters of the Fourth Mechanised Brigade", "Fourth Mechanised Brigade"),
    ("The Korvel Liberation Front overran the headquarters of the army's 9th Division on Monday.",
     "headquarters of the army's 9th Division", "9th Division"),
    # any base noun when a takeover governs it: the verb's object, or "control of"
    ("The Korvel Liberation Front captured the camp of the 7th Armoured Regiment on Monday.",
     "camp of the 7th Armoured Regiment", "7th Armoured Regiment"),
    ("The Korvel Liberation Front took control of the barracks of the Belmora Guard on Monday.",
     "barracks of the Belmora Guard", "Belmora Guard"),
    # the possessive: "<unit>'s headquarters", "<unit>'s barracks"
    ("The Korvel Liberation Front captured the 9th Brigade's headquarters on Friday.",
     "9th Brigade's headquarters", "9th Brigade"),
    ("The Korvel Liberation Front stormed the Sixth Brigade's barracks on Monday.",
     "Sixth Brigade's barracks", "Sixth Brigade"),
    # the compound: "<unit> headquarters (in <town>)"
    ("The Korvel Liberation Front took control of the Eastern Command headquarters in Korvel on Tuesday.",
     "Eastern Command headquarters in Korvel", "Eastern Command"),
])
def test_extract_en_unit_base_taken_from_its_unit(extract, text, base, giver):
    assert _handover(extract(text)) == (base, giver, "Korvel Liberation Front")


@pytest.mark.parametrize("text, base", [
    # the passive, "fell to", and the noun of capture: the holder still gives the base
    ("The headquarters of the Fifth Brigade was captured by the Korvel Liberation Front on Sunday.",
     "headquarters of the Fifth Brigade"),
    ("The headquarters of the Second Brigade fell to the Korvel Liberation Front on Sunday.",
     "headquarters of the Second Brigade"),
    ("The capture of the headquarters of the 5th Brigade by the Korvel Liberation Front ended the siege.",
     "headquarters of the 5th Brigade"),
])
def test_extract_en_unit_base_taken_from_its_unit_other_forms(extract, text, base):
    b, giver, taker = _handover(extract(text))
    assert (b, taker) == (base, "Korvel Liberation Front")
    assert giver is not None and giver in base


def test_extract_en_unit_base_a_spelled_ordinal_unit_is_only_located_in_its_town(extract):
    # "the Third Infantry Division in Korvel": the town places the headquarters; the unit's name
    # ends before "in" (as with "the 3rd Infantry Division in Korvel")
    ex = extract("The Korvel Liberation Front seized the headquarters of the Third Infantry Division in Korvel "
                 "on Monday.")
    assert "Third Infantry Division" in _forces(ex)
    assert not any(" in " in f for f in _forces(ex))
    assert _surf(ex.handovers[0].from_force) == "Third Infantry Division"


def test_extract_en_unit_base_near_miss_a_mission_is_named_by_where_it_serves(extract):
    assert "Korvel Mission in Belmora" in _forces(extract("The Korvel Mission in Belmora left on Monday."))


def test_extract_en_unit_base_the_town_names_a_possessed_headquarters(extract):
    # "the Belmora Group's headquarters at Korvel", signed over: named by the town, given by the group
    ex = extract("The Belmora Group's headquarters at Korvel was signed over to the Malian army on Tuesday.")
    assert [h.base.name for h in ex.handovers] == ["Korvel"]
    assert (_surf(ex.handovers[0].from_force), _surf(ex.handovers[0].to_force)) == ("Belmora Group", "Malian army")


@pytest.mark.parametrize("verb", ["signed over", "was signing over"])
def test_extract_en_unit_base_sign_over_is_a_handover(extract, verb):
    ex = extract(f"Chadian troops {verb} Camp Belmora to the Malian army on Monday.")
    assert [(h.base.surface, _surf(h.to_force)) for h in ex.handovers] == [("Camp Belmora", "Malian army")]


def test_extract_en_unit_base_near_miss_signing_without_over(extract):
    assert extract("Chadian officers signed the protocol at Camp Belmora on Monday.").handovers == []


def test_extract_en_unit_base_near_miss_a_named_giver_is_kept(extract):
    # the subject who hands the unit's headquarters over gives it, not the unit
    ex = extract("Chadian troops handed the headquarters of the 4th Brigade to the Malian army on Monday.")
    assert _handover(ex) == ("headquarters of the 4th Brigade", "Chadian troops", "Malian army")


@pytest.mark.parametrize("text", [
    # a camp of a unit with no takeover, no town and no article "a": mostly the story's base again
    "Soldiers paraded at the camp of the 7th Regiment on Monday.",
    # no base noun after the possessive
    "The 9th Brigade's commander fled on Monday.",
])
def test_extract_en_unit_base_near_miss_no_base(extract, text):
    assert _bases(extract(text)) == []


def test_extract_en_unit_base_near_miss_an_aside_about_a_named_base(extract):
    # "Camp X, the 9th Brigade's headquarters, …": what the named base is, not a second base
    ex = extract("Camp Korvel, the 9th Brigade's headquarters, was handed over to the Malian army on Monday.")
    assert _bases(ex) == ["Camp Korvel"]


# --- a plural base noun with its places: "the bases at A and (at) B", "the garrisons of A and B" ---

@pytest.mark.parametrize("text", [
    # the passive's subject names the list
    "The garrisons of Korvel and Belmora were handed to the Malian army in May.",
    "The bases at Korvel and Belmora were returned to the Malian army in May.",
    # the preposition repeated, each place with its region, past a long subject
    "The air bases at Korvel in the south and at Belmora in the east were returned to the Malian army in May.",
    # the object
    "Chadian troops handed their garrisons at Korvel and at Belmora to the Malian army in May.",
])
def test_extract_en_unit_base_plural_noun_with_its_places(extract, text):
    ex = extract(text)
    assert sorted(h.base.surface for h in ex.handovers) == ["Belmora", "Korvel"]
    assert {_surf(h.to_force) for h in ex.handovers} == {"Malian army"}


@pytest.mark.parametrize("text", [
    # no list: one place, or the places are where the bases stand, not their names
    "The bases in Mali were returned to the Malian army in May.",
    "The garrisons were handed to the Malian army in May.",
])
def test_extract_en_unit_base_near_miss_plural_noun_without_a_list(extract, text):
    # every base handed over is the plural noun's phrase, none a place read as one of a list
    assert [h.base.surface for h in extract(text).handovers
            if not any(w in h.base.surface.lower() for w in ("bases", "garrisons"))] == []


# --- kinds of military site named with their place ---------------------------------------------------

@pytest.mark.parametrize("text, base", [
    ("The navy handed its ammunition depot at Korvel to the Malian army in May.", "Korvel"),
    ("Chadian troops left the firing range near Korvel in March.", "Korvel"),
    ("Chadian troops closed the bombing range at Korvel in March.", "Korvel"),
    ("Chadian troops handed the gunnery range at Korvel to the Malian army.", "Korvel"),
    # "on" places a site on an island, with or without the word "Island"
    ("Chadian troops handed their training range on Belmora to the Malian army in March.", "Belmora"),
    ("Chadian troops handed their training range on Belmora Island to the Malian army in March.", "Belmora Island"),
    ("Chadian troops handed the naval base on Belmora to the Malian army in March.", "Belmora"),
])
def test_extract_en_unit_base_a_site_kind_named_by_its_place(extract, text, base):
    assert [h.base.name for h in extract(text).handovers] == [base]


@pytest.mark.parametrize("text", [
    # "on" a day, a road, or an owner's name: no island
    "Chadian troops left the naval base on Monday.",
    "Chadian troops left the naval base on Route 9 in March.",
    # a range of things, not a range for firing
    "Chadian troops handed over a range of vehicles to the Malian army.",
])
def test_extract_en_unit_base_near_miss_no_site_named(extract, text):
    ex = extract(text)
    assert [m.surface for m in ex.mentions if m.kind is Kind.BASE] == []


def test_extract_en_unit_base_near_miss_a_month_ends_a_units_name(extract):
    # "to the Vale Mission in May": when it was given, not where the mission serves
    ex = extract("Chadian troops handed Camp Belmora to the Vale Mission in May.")
    assert "Vale Mission" in _forces(ex) and not any("May" in f for f in _forces(ex))


# --- a place told in apposition to be a base ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Chadian troops left Korvel, the former headquarters of the 4th Brigade, on Monday.",
    "Chadian troops left Korvel, their last base in the north, on Monday.",
    "Chadian troops handed over Korvel, the old camp of the 4th Brigade, to the Malian army.",
])
def test_extract_en_unit_base_a_place_described_as_a_base(extract, text):
    assert [h.base.surface for h in extract(text).handovers] == ["Korvel"]


@pytest.mark.parametrize("text", [
    "Chadian troops left Korvel, the capital of the province, on Monday.",
    "Chadian troops left Mali, their last base in the region, on Monday.",
])
def test_extract_en_unit_base_near_miss_a_place_described_otherwise(extract, text):
    assert [h.base.surface for h in extract(text).handovers if h.base.surface in ("Korvel", "Mali")] == []


# --- an army's "general command": the compound of its top command ---------------------------------------

@pytest.mark.parametrize("text, base", [
    ("The Korvel Liberation Front took control of the headquarters of the army's general command on Sunday.",
     "headquarters of the army's general command"),
    ("The Korvel Liberation Front stormed the military's general headquarters on Sunday.",
     "military's general headquarters"),
    ("The Korvel Liberation Front seized the army general command in Belmora on Sunday.",
     "army general command in Belmora"),
])
def test_extract_en_unit_base_an_armys_general_command(extract, text, base):
    assert [h.base.surface for h in extract(text).handovers] == [base]


@pytest.mark.parametrize("text", [
    "The army general said the camp was secure.",
    "The General Command said its forces had taken the town.",
])
def test_extract_en_unit_base_near_miss_a_general_or_a_force_named_general_command(extract, text):
    assert [m.surface for m in extract(text).mentions if m.kind is Kind.BASE] == []


@pytest.mark.parametrize("text", [
    '"There is no Russian military base on Malian soil," the minister said.',
    "Chadian troops left the naval base on Korvelian soil in March.",
])
def test_extract_en_unit_base_near_miss_on_a_nations_soil(extract, text):
    # a nationality before a word for land is an adjective, no island
    assert [m.surface for m in extract(text).mentions if m.kind is Kind.BASE] == []


# --- a nation's officials receive a base for its state --------------------------------------------------

@pytest.mark.parametrize("text, taker", [
    ("Camp Belmora was handed over to Malian officials on Monday.", "Malian officials"),
    ("Chadian troops handed Camp Belmora to Malian representatives on Monday.", "Malian representatives"),
    ("Chadian troops gave the keys of Camp Belmora to the Malian delegates on Monday.", "Malian delegates"),
])
def test_extract_en_unit_base_a_nations_officials_receive(extract, text, taker):
    assert [_surf(h.to_force) for h in extract(text).handovers] == [taker]


@pytest.mark.parametrize("text", [
    # officials of no nation, or officials who only speak
    "Camp Belmora was handed over on Monday, officials said.",
    "Malian officials said Camp Belmora was handed over on Monday.",
])
def test_extract_en_unit_base_near_miss_officials_who_receive_nothing(extract, text):
    assert [_surf(h.to_force) for h in extract(text).handovers] == [None]


def test_extract_en_unit_base_a_units_hold_is_no_campaigns_giver(extract):
    # the brigade gives its own headquarters; the next base taken "also" is not the brigade's
    ex = extract("The Korvel Liberation Front seized the headquarters of the Fourth Brigade on Sunday. "
                 "The Korvel Liberation Front also took control of Camp Belmora.")
    givers = {h.base.surface: _surf(h.from_force) for h in ex.handovers}
    assert givers == {"headquarters of the Fourth Brigade": "Fourth Brigade", "Camp Belmora": None}


# --- a nickname quoted inside an aside between a passive's subject and its verb -------------------------

@pytest.mark.parametrize("text", [
    "The headquarters in Korvel, the town locals nicknamed ‘Little Moscow’, was handed over to the Malian army.",
    'Camp Korvel, the base soldiers called "The Rock", was handed over to the Malian army on Monday.',
    "Camp Korvel, which the troops nicknamed 'Fort Dust', was handed over to the Malian army on Monday.",
])
def test_extract_en_unit_base_a_quoted_nickname_inside_the_aside(extract, text):
    assert [_surf(h.to_force) for h in extract(text).handovers] == ["Malian army"]


@pytest.mark.parametrize("camp", ["the camp", "Camp Korvel"])
def test_extract_en_unit_base_near_miss_a_quotation_is_no_aside(extract, camp):
    # a quoted clause (not a short name) still closes the subject: no base named before or inside it
    # is what the Malian army receives
    ex = extract(f'The commander said, "we are leaving {camp} soon", and was handed over to the Malian army.')
    assert [h.base.surface for h in ex.handovers if _surf(h.to_force) == "Malian army"] == []


# --- "the group's headquarters": the unit named before by that head word holds it -----------------------

@pytest.mark.parametrize("text, giver", [
    ("Officers of the Northern Group of Forces boarded a train. Earlier this week the group's headquarters "
     "in Korvel was handed over to the Malian army.", "Northern Group of Forces"),
    # (another force withdrawing in the article: the head word, not the article's one leaver, decides)
    ("The 4th Vale Brigade was formed in 1990. Chadian troops withdrew from the region in May. Officials said "
     "the brigade's camp in Korvel was handed over to the Malian army.", "4th Vale Brigade"),
    ("The Vale Division was formed in 1990. Chadian troops withdrew from the region in May. The division's "
     "former barracks at Korvel were handed to the Malian army.", "Vale Division"),
])
def test_extract_en_unit_base_held_by_the_unit_a_head_word_recalls(extract, text, giver):
    assert [_surf(h.from_force) for h in extract(text).handovers] == [giver]


def test_extract_en_unit_base_near_miss_no_unit_with_that_head_word(extract):
    ex = extract("Chadian troops left the town. The brigade's camp in Korvel was handed over to the Malian army.")
    assert [_surf(h.from_force) for h in ex.handovers] == ["Chadian troops"]
    assert all("brigade" not in (_surf(h.from_force) or "").lower() for h in ex.handovers)


# --- "the army's X base": the army of the country the article is about gives it ---------------------------

@pytest.mark.parametrize("text", [
    "Fighting spread across Chad on Monday. The Korvel Liberation Front overran the army's Hilltop base on Sunday.",
    "Fighting spread across Chad on Monday. The Korvel Liberation Front took control of the headquarters of the "
    "army's general command.",
    "Fighting spread across Chad on Monday. The Korvel Liberation Front captured the military's Hilltop base.",
])
def test_extract_en_unit_base_the_armys_base_is_the_national_armys(extract, text):
    ex = extract(text)
    assert [(h.from_force.key if h.from_force else None) for h in ex.handovers] == ["chadian_forces"]


def test_extract_en_unit_base_near_miss_the_armys_base_with_no_country(extract):
    ex = extract("The Korvel Liberation Front overran the army's Hilltop base on Sunday.")
    assert [h.from_force for h in ex.handovers] == [None]
