"""English entity rules (sentences written for these tests, with invented names): a force the
gazetteer knows under another generic noun, a country whose name has two words before the
possessive of its forces; then precision guards (events, institutions, quantifiers, descriptions of
a base, credit lines) and name shapes (numbered units, stations, bases named after officers).
The gazetteer is the small one of :mod:`support.en_fixtures`."""
from __future__ import annotations

import pytest

from kg.extract.gazetteer import Entry
from kg.model import Kind
from support.en_fixtures import _force, _place, extractor


@pytest.fixture(scope="module")
def extract():
    return extractor(
        _place("upper_tindar", "Upper Tindar", ["Upper Tindarian"], ["Upper Tindar"]),
        _force("upper_tindar_forces", "Armed Forces of Upper Tindar", "upper_tindar"),
        _place("tindar", "Tindar", ["Tindarian"]),
        _force("tindar_forces", "Tindarian Armed Forces", "tindar"),
        _force("vorn_army", "Vorn Liberation Army", None, ["Varga's forces", "Varga forces"]),
    )


def _forces(ex) -> dict:
    return {m.surface: m.key for m in ex.mentions if m.kind is Kind.FORCE}


@pytest.mark.parametrize("text, surface", [
    ("Varga's troops withdrew from the airport on Monday.", "Varga's troops"),
    ("Varga's soldiers pulled out of the town overnight.", "Varga's soldiers"),
    ("Varga's army entered the district after the talks.", "Varga's army"),
])
def test_extract_en_entities_force_known_under_another_generic_noun(extract, text, surface):
    assert _forces(extract(text)).get(surface) == "vorn_army"


def test_extract_en_entities_near_miss_another_leader_is_not_the_known_force(extract):
    # "Vargas" is not "Varga": no gazetteer name, no key
    assert _forces(extract("Vargas's troops withdrew from the airport on Monday.")).get("Vargas's troops") is None


@pytest.mark.parametrize("text", [
    "The camp was handed to Upper Tindar's armed forces on Thursday.",
    "Upper Tindar's army took over the camp on Thursday.",
])
def test_extract_en_entities_two_word_country_before_its_forces(extract, text):
    ex = extract(text)
    keys = {m.key for m in ex.mentions if m.kind is Kind.FORCE}
    assert "upper_tindar_forces" in keys and "tindar_forces" not in keys
    assert not any(m.surface.startswith("Tindar") for m in ex.mentions if m.kind is Kind.FORCE)


def test_extract_en_entities_near_miss_one_word_country_stays_its_own(extract):
    ex = extract("The camp was handed to Tindar's armed forces on Thursday.")
    assert {m.key for m in ex.mentions if m.kind is Kind.FORCE} == {"tindar_forces"}


# --- a facility named after its town is not every base of the town ---------------------------------

@pytest.fixture(scope="module")
def extract_bases():
    return extractor(
        Entry(Kind.BASE, "tindar_palace", labels={"en": "Tindar Palace"}),
        Entry(Kind.BASE, "oru_air_base", labels={"en": "Oru Air Base"}),
    )


def _bases(ex) -> dict:
    return {m.surface: m.key for m in ex.mentions if m.kind is Kind.BASE}


def test_extract_en_entities_palace_and_airport_of_one_town_stay_apart(extract_bases):
    ex = extract_bases("The brigade handed Tindar Palace to the army on Monday and withdrew to Tindar airport.")
    b = _bases(ex)
    assert b.get("Tindar Palace") == "tindar_palace"
    assert b.get("Tindar airport") != "tindar_palace"


def test_extract_en_entities_near_miss_base_named_after_town_still_corefers(extract_bases):
    ex = extract_bases("The brigade handed Oru Air Base to the army on Monday. The Oru base had housed 300 troops.")
    assert set(_bases(ex).values()) == {"oru_air_base"}


def _persons(ex) -> set:
    return {m.surface for m in ex.mentions if m.kind is Kind.PERSON}


# --- an event's or a treaty's name is not a person ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "The airfield, built during World War II, was handed to the Tindarian army on Monday.",
    "Its commander, a pilot wounded in the 1998 Vorn War, said the base was quiet.",
])
def test_extract_en_entities_war_name_is_not_a_person(extract, text):
    assert not {p for p in _persons(extract(text)) if "War" in p}


def test_extract_en_entities_near_miss_person_after_event_is_still_a_person(extract):
    assert "Leda Marsk" in _persons(extract("After the Vorn War, Col. Leda Marsk said the base was quiet."))


# --- a quantifier opening a sentence is not a base's name ---------------------------------------------

def _base_names(ex) -> set:
    return {m.surface for m in ex.mentions if m.kind is Kind.BASE}


@pytest.mark.parametrize("text", [
    "No base has been handed over, the Tindarian army said.",
    "Every camp in the district was emptied by Friday.",
])
def test_extract_en_entities_quantifier_is_not_a_base_name(extract, text):
    assert not _base_names(extract(text))


def test_extract_en_entities_near_miss_capitalised_name_before_base_still_counts(extract):
    assert "Norvik base" in _base_names(extract("Norvik base has been handed over, the Tindarian army said."))


# --- descriptions of a base are not its name -----------------------------------------------------------

@pytest.fixture(scope="module")
def extract_places():
    return extractor(_place("norvik", "Norvik"), _place("dalmar", "Dalmar"))


@pytest.mark.parametrize("text", [
    # a bloc or continental adjective before the base noun describes the base
    "Norvik had been the biggest Soviet naval base on that coast.",
    "It is the second time the army has left a Central Asian base.",
    # a superlative ranks the base within the place after "in": the place does not name it
    "The fall would hand the rebels the biggest army garrison in Dalmar.",
    "It was the second-largest base in Dalmar.",
    # a compass word before a continent is still a broad region
    "Moscow gave up the final outpost it kept in Southeast Asia.",
])
def test_extract_en_entities_described_base_is_no_base_name(extract_places, text):
    assert not _base_names(extract_places(text))


@pytest.mark.parametrize("text, surface", [
    ("The army base in Dalmar fell on Monday.", "army base in Dalmar"),
    ("The rebels took the Norvik naval base on Monday.", "Norvik naval base"),
])
def test_extract_en_entities_near_miss_base_named_by_place_still_counts(extract_places, text, surface):
    assert surface in _base_names(extract_places(text))


# --- an institution or a compound adjective is no part of a person's name ---------------------------

@pytest.mark.parametrize("text", [
    '"The camp is empty," said a security analyst at the London-based Vale Policy Forum.',
    '"The camp is empty," said a researcher at the Norvik Strategy Institute.',
])
def test_extract_en_entities_institution_is_not_a_person(extract, text):
    assert not {p for p in _persons(extract(text)) if "Forum" in p or "Institute" in p}


def test_extract_en_entities_near_miss_analyst_name_still_a_person(extract):
    ex = extract('"The camp is empty," said Oskar Vellan, an analyst at the Vale Policy Forum.')
    assert "Oskar Vellan" in _persons(ex)


# --- a numbered unit "of" its numbered parent unit is one name -------------------------------------------

@pytest.mark.parametrize("text, surface", [
    ("Control of the airfield passed to the 6th Brigade of the Tindarian army's 301st Corps on Monday.",
     "6th Brigade of the Tindarian army's 301st Corps"),
    ("The 3rd Battalion of the 9th Vale Regiment left the town.", "3rd Battalion of the 9th Vale Regiment"),
])
def test_extract_en_entities_unit_of_parent_unit_is_one_force(extract, text, surface):
    assert surface in _forces(extract(text))


def test_extract_en_entities_near_miss_unit_of_an_army_stays_short(extract):
    assert "7th Brigade" in _forces(extract("The 7th Brigade of the army took the town on Monday."))


# --- credit lines and press-release contact blocks are page furniture, not forces ------------------------

_CREDITED = """Vale army leaves Norvik camp

The Tindarian army left Norvik camp on Monday, officials said.

Vale Radio's Tindarian Service contributed to this report.
"""

_CONTACT = """The Vale Monitoring Mission handed over its base in Kirkuk to the Iraqi army on Monday, the mission
said in a statement issued in the town.

For more information:
Vale Monitoring Mission Public Information Division
"""


@pytest.mark.parametrize("text, words", [(_CREDITED, "Service"), (_CONTACT, "Division")])
def test_extract_en_entities_credit_and_contact_lines_name_no_force(extract, text, words):
    assert not {f for f in _forces(extract(text)) if words in f}


def test_extract_en_entities_near_miss_sentence_about_a_service_keeps_its_force(extract):
    text = "The Tindarian Security Service contributed to the report on the camp, officials said on Monday."
    assert "Tindarian Security Service" in _forces(extract(text))


# --- a middle initial, a name before an institution noun, a base named after an officer ------------------

def test_extract_en_entities_middle_initial_a_is_no_article(extract):
    assert "Oskar A. Vellan" in _persons(extract("Rear Adm. Oskar A. Vellan said the base was closed."))


def test_extract_en_entities_words_before_institution_noun_are_no_person(extract):
    ex = extract('"It is over," said a Gulf analyst at the Norvik Policy Forum.')
    assert not _persons(ex)


@pytest.mark.parametrize("text, surface", [
    ("Troops left Base General Ostrander on Monday.", "Base General Ostrander"),
    ("The army left Camp Gen. Ruiz Tovar on Monday.", "Camp Gen. Ruiz Tovar"),
])
def test_extract_en_entities_base_named_after_officer_is_a_base(extract, text, surface):
    ex = extract(text)
    assert surface in _base_names(ex) and not _persons(ex)


def test_extract_en_entities_near_miss_officer_after_camp_word_is_a_person(extract):
    assert "Tom Berk" in _persons(extract("The camp commander, Gen. Tom Berk, said it was quiet."))


# --- listening, radar and communications stations are bases; an adjective may stand before the head -----

@pytest.mark.parametrize("text, surface", [
    ("Moscow gave up the Norvik electronic listening station to save money.", "Norvik electronic listening station"),
    ("The Dalmar early-warning radar station was switched off on Monday.", "Dalmar early-warning radar station"),
    ("Last month the navy vacated its communications station at Dalmar.", "communications station at Dalmar"),
])
def test_extract_en_entities_station_is_a_base(extract_places, text, surface):
    assert surface in _base_names(extract_places(text))


@pytest.mark.parametrize("text", [
    "The Iraqi military base was quiet on Monday.",     # a nationality, not a name, before the adjective
    "The radio station was quiet on Monday.",           # a station of no listed kind
])
def test_extract_en_entities_near_miss_no_station_or_adjective_name(extract_places, text):
    assert not _base_names(extract_places(text))


# --- a unit named by a bare number before its head (British and Commonwealth usage) ---------------------

@pytest.mark.parametrize("text, surface", [
    ("Marines of 45 Commando handed the patrol base to the Tindarian army.", "45 Commando"),
    ("The commander of 2 Para battle group said the town was calm.", "2 Para battle group"),
    ("Troops of the Tindarian army's 9 Division took over the camp on Monday.", "9 Division"),
])
def test_extract_en_entities_bare_number_before_unit_head_names_a_unit(extract, text, surface):
    assert surface in _forces(extract(text))


@pytest.mark.parametrize("text", [
    "The army keeps 2 Divisions in the north.",       # a count of plural units
    "In 2014 Division commanders met in the capital.",  # a year
])
def test_extract_en_entities_near_miss_count_or_year_is_no_unit_number(extract, text):
    assert not {f for f in _forces(extract(text)) if f[:1].isdigit()}


# --- an ordinal or superlative before "Owner camp" counts the owner's camps: no base name ----------------

@pytest.mark.parametrize("text", [
    "Camp Holt is the second major VMC camp to be handed over this year.",
    "It was the last Vale Mission base in the north.",
])
def test_extract_en_entities_ordinal_before_owner_camp_is_no_name(extract, text):
    assert not {b for b in _base_names(extract(text)) if b != "Camp Holt"}


def test_extract_en_entities_near_miss_named_camp_after_the_is_still_a_base(extract):
    assert "Norvik camp" in _base_names(extract("The Norvik camp was handed over on Monday."))


# --- a hyphenated rank, as British and Commonwealth outlets write it, is a rank -------------------------

@pytest.mark.parametrize("text,name", [
    ("Major-General Owen Vance said the garrison had left the barracks.", "Owen Vance"),
    ("Lieutenant-Colonel Ida Brandt said the camp was empty by noon.", "Ida Brandt"),
    ("Air Vice-Marshal Ross Keane said the airfield would close.", "Ross Keane"),
])
def test_extract_en_entities_hyphenated_rank_is_no_part_of_the_name(extract, text, name):
    from kg.model import Kind
    assert [m.surface for m in extract(text).mentions if m.kind is Kind.PERSON] == [name]


# --- "General" before an institution's noun opens the institution's name, not a person's ---------------

@pytest.mark.parametrize("text", [
    "Lena Odu, spokeswoman for the General Coordination of Camps in Tarn, said the site was empty.",
    "A statement from the General Command said the garrison had left.",
])
def test_extract_en_entities_general_before_an_institution_is_no_person(extract, text):
    from kg.model import Kind
    people = [m.surface for m in extract(text).mentions if m.kind is Kind.PERSON]
    assert not any(p in ("Coordination", "Command") or p.startswith(("Coordination", "Command")) for p in people)


# --- a broadcaster's service or corps is no armed force ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Tindar Radio External Service reported that the camp was empty.",
    "The Vale Television Service said the camp was empty.",
])
def test_extract_en_entities_a_broadcaster_is_no_force(extract, text):
    from kg.model import Kind
    assert not [m.surface for m in extract(text).mentions if m.kind is Kind.FORCE]


def test_extract_en_entities_a_security_service_is_still_a_force(extract):
    from kg.model import Kind
    ex = extract("The Vale Security Service said the camp was empty.")
    assert [m.surface for m in ex.mentions if m.kind is Kind.FORCE] == ["Vale Security Service"]


# ==== generalisation rules (session 10): police, located units, headquarters named by place =========

def _force_names(ex) -> dict:
    """{surface: name} of the force mentions (after article naming)."""
    return {m.surface: (m.key, m.name) for m in ex.mentions if m.kind is Kind.FORCE}


@pytest.mark.parametrize("text, police, army", [
    ("Chadian police and Chadian troops entered the camp on Friday.", "Chadian police", "Chadian troops"),
    ("The Malian army and Malian gendarmes took over the airfield.", "Malian gendarmes", "Malian army"),
    ("Syrian national police moved into the garrison after Syrian forces left.", "Syrian national police",
     "Syrian forces"),
])
def test_extract_en_entities_a_nations_police_is_its_own_force(extract, text, police, army):
    # police and gendarmerie are their own institution, not the national armed forces
    fs = _force_names(extract(text))
    assert fs[army][0] is not None
    assert fs[police][0] is None and fs[police] != fs[army]


def test_extract_en_entities_two_names_of_one_nations_police_are_one(extract):
    fs = _force_names(extract("Russian national police patrolled the town. Russian police left the base on Monday."))
    assert fs["Russian national police"] == fs["Russian police"]


def test_extract_en_entities_military_police_are_the_nations_armed_forces(extract):
    # as in the Arabic reading (الشرطة العسكرية) and the dev gold: military police are soldiers
    fs = _force_names(extract("Syrian military police moved into the garrison after Syrian forces left."))
    assert fs["Syrian military police"][0] == fs["Syrian forces"][0] is not None


def test_extract_en_entities_near_miss_police_trainers_are_military_personnel(extract):
    # "Danish police trainers": trainers the forces send, counted with the forces
    fs = _force_names(extract("Danish police trainers left the camp on Friday."))
    assert fs["Danish police trainers"][0] == "danish_forces"


@pytest.mark.parametrize("text, unit", [
    ("The 9th Infantry Division in Tarvo handed the barracks to the police.", "9th Infantry Division"),
    ("Fighters overran the 4th Armoured Brigade at Selmo after a week of shelling.", "4th Armoured Brigade"),
])
def test_extract_en_entities_a_numbered_units_place_is_no_part_of_its_name(extract, text, unit):
    assert unit in _force_names(extract(text))


def test_extract_en_entities_near_miss_a_mission_in_a_country_keeps_its_name(extract):
    # a mission is named by where it serves: "Mission in Chad" is the name
    assert "United Nations Mission in Chad" in _force_names(
        extract("The United Nations Mission in Chad handed the camp to the army."))


@pytest.mark.parametrize("text, place", [
    ("The mission's headquarters in Tarvo was shelled twice last week.", "Tarvo"),
    ("The brigade handed its former sector headquarters in Selmo to the governor.", "Selmo"),
])
def test_extract_en_entities_headquarters_named_by_its_town(extract, text, place):
    bases = [m for m in extract(text).mentions if m.kind is Kind.BASE]
    assert [m.name for m in bases] == [place]
    assert "headquarters" in bases[0].surface


def test_extract_en_entities_near_miss_a_named_sectors_headquarters_is_not_its_towns(extract):
    # "Sector North" names the headquarters: the town only locates it
    ex = extract("The Vale-led Sector North headquarters at Tarvo was shelled on Monday.")
    assert not [m for m in ex.mentions if m.kind is Kind.BASE and m.name == "Tarvo"]


def test_extract_en_entities_near_miss_a_bodys_named_headquarters_is_no_base_in_town(extract):
    # "NATO headquarters in Brussels": a named body's offices, no base named by the town
    assert not [m for m in extract("NATO headquarters in Brussels said the talks were over.").mentions
                if m.kind is Kind.BASE and m.name == "Brussels"]


def _people(ex) -> list[str]:
    return [m.surface for m in ex.mentions if m.kind is Kind.PERSON]


@pytest.mark.parametrize("text, name", [
    ("Tindarian Ambassador to Chad Osman Kerr said the station would close.", "Osman Kerr"),
    ("The Danish Ambassador to Upper Tindar Ivo Sand said the camp was empty.", "Ivo Sand"),
])
def test_extract_en_entities_office_to_a_country_before_the_name(extract, text, name):
    assert name in _people(extract(text))


def test_extract_en_entities_near_miss_office_to_a_country_without_a_name(extract):
    assert _people(extract("The Tindarian Ambassador to Chad left the camp on Monday.")) == []


@pytest.mark.parametrize("text", [
    "The navy handed over its Pacific air base to the government in June.",
    "Troops left the Caribbean air base on Monday.",
    "Troops withdrew from the Caspian naval base before the winter.",
])
def test_extract_en_entities_a_sea_or_ocean_before_a_base_is_no_name(extract, text):
    # a sea or ocean says where the base lies (one of many there), it does not name it
    assert not [m for m in extract(text).mentions if m.kind is Kind.BASE and m.key is None
                and m.surface.split()[0] in ("Pacific", "Caribbean", "Caspian")]


def test_extract_en_entities_near_miss_a_town_before_a_base_still_names_it(extract):
    assert [m.surface for m in extract("The navy handed over the Tarvo air base in June.").mentions
            if m.kind is Kind.BASE] == ["Tarvo air base"]


@pytest.mark.parametrize("text, name", [
    ("Vale media office head Rena Tamsin denied the reports.", "Rena Tamsin"),
    ("Camp administrator Nour Salem denied the reports.", "Nour Salem"),
])
def test_extract_en_entities_name_after_any_lower_case_role_noun(extract, text, name):
    assert name in _people(extract(text))


def test_extract_en_entities_near_miss_role_noun_before_one_capitalised_word(extract):
    # one capitalised word after the noun is a place or a body, not a person's full name
    assert _people(extract("A founding member Chad joined the mission in May.")) == []


@pytest.mark.parametrize("text, name", [
    ("Analysts at the Tarvo Crisis Group said the camp was empty.", "Tarvo Crisis Group"),
    ("The Joint Liaison Group met in the capital on Monday.", "Joint Liaison Group"),
    ("A report by the Vale Research Group said the base had closed.", "Vale Research Group"),
])
def test_extract_en_entities_a_civil_group_is_a_body_not_a_force(extract, text, name):
    # a group named for talks, research or advice is a body, not an armed force
    ex = extract(text)
    assert name not in [m.surface for m in ex.mentions if m.kind is Kind.FORCE]
    assert name in [m.surface for m in ex.mentions if m.kind is Kind.ORGANIZATION]


@pytest.mark.parametrize("text, name", [
    ("The 5th Special Forces Group left the airfield on Monday.", "5th Special Forces Group"),
    ("The Vale Carrier Strike Group sailed from the port on Monday.", "Vale Carrier Strike Group"),
])
def test_extract_en_entities_near_miss_a_military_group_stays_a_force(extract, text, name):
    assert name in [m.surface for m in extract(text).mentions if m.kind is Kind.FORCE]


@pytest.mark.parametrize("text", [
    "Ana Ruiz is a fellow in the Institute's military and security studies program.",
    "The University's military history department said the base had closed.",
])
def test_extract_en_entities_a_research_body_owns_no_force(extract, text):
    # an institute or university before "military" is an academic owner, not an armed force
    assert not [m for m in extract(text).mentions if m.kind is Kind.FORCE]


def test_extract_en_entities_near_miss_a_nations_military_is_still_a_force(extract):
    assert [m.key for m in extract("Chad's military and security forces left the camp.").mentions
            if m.kind is Kind.FORCE] == ["chadian_forces"]
