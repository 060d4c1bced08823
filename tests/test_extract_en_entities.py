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


# ===================================================================================================
# Session 11 (generalisation): base designators, unit appointments, … (sentences written for these
# tests; invented names)
# ===================================================================================================

def _base_mentions(ex) -> list:
    return [m for m in ex.mentions if m.kind is Kind.BASE]


@pytest.mark.parametrize("text, surface", [
    ("Troops handed over Main Operating Base Korvath to the army on Monday.", "Main Operating Base Korvath"),
    ("The last convoy left MOB Korvath at dawn.", "MOB Korvath"),
    ("Soldiers pulled out of PB Selvan on Friday.", "PB Selvan"),
    ("The gunners left Fire Support Base Ardent in March.", "Fire Support Base Ardent"),
    ("The navy closed Naval Air Station Brenmoor last year.", "Naval Air Station Brenmoor"),
    ("The navy closed Naval Station Brenmoor last year.", "Naval Station Brenmoor"),
])
def test_extract_en_entities_designator_before_a_base_name(extract, text, surface):
    assert surface in [m.surface for m in _base_mentions(extract(text))]


@pytest.mark.parametrize("text", [
    "A mob gathered outside Selvan on Monday.",
    "Mob Storms Selvan Embassy",
])
def test_extract_en_entities_near_miss_a_designators_letters_in_lower_case_name_no_base(extract, text):
    # "MOB", "PB" designate a base only in capitals: "a mob" is a crowd
    assert _base_mentions(extract(text)) == []


def test_extract_en_entities_two_operating_bases_stay_two(extract):
    # "Main Operating Base" is a designator, not the bases' shared name
    ex = extract("Troops handed over Main Operating Base Korvath and Main Operating Base Ilden on Monday.")
    names = {m.name for m in _base_mentions(ex)}
    assert len(names) == 2, names


def test_extract_en_entities_a_site_named_after_a_town_and_more_is_not_the_towns_base(extract):
    ex = extract("Troops left Camp Gerou on Monday and Patrol Base Gerou Tamsa on Tuesday.")
    assert len({m.name for m in _base_mentions(ex)}) == 2


def test_extract_en_entities_near_miss_a_site_named_only_by_its_town_is_the_towns_base(extract):
    ex = extract("Troops left Camp Gerou on Monday. The Gerou base was empty by Friday.")
    assert len({m.name for m in _base_mentions(ex)}) == 1


def test_extract_en_entities_a_numbered_site_keeps_its_number(extract):
    assert "Observation Post Harrow 2" in [m.surface for m in _base_mentions(extract(
        "The army now holds only Observation Post Harrow 2, near the river."))]


def test_extract_en_entities_near_miss_a_count_after_a_base_is_no_part_of_its_name(extract):
    assert "Camp Harrow" in [m.surface for m in _base_mentions(extract(
        "Camp Harrow 12 miles away was shelled on Monday."))]


@pytest.mark.parametrize("text, unit", [
    ("Brigadier Tom Ardley, Commander Task Force Korvath, said the base was ready.", "Task Force Korvath"),
    ("Colonel Ina Morse, Deputy Commander Joint Task Force Selvan, said the base was ready.",
     "Joint Task Force Selvan"),
])
def test_extract_en_entities_an_appointment_title_before_a_unit_is_no_part_of_it(extract, text, unit):
    assert unit in _forces(extract(text))


def test_extract_en_entities_near_miss_task_force_after_a_qualifier_keeps_it(extract):
    assert "Combined Task Force Selvan" in _forces(extract("Combined Task Force Selvan left the port."))


@pytest.mark.parametrize("text, name", [
    ("President-elect Rosa Tamsin will take office in May.", "Rosa Tamsin"),
    ("Prime Minister-designate Ivo Sand said the camp would be handed back.", "Ivo Sand"),
    ("Ex-President Omar Sadiq said the base had been sold.", "Omar Sadiq"),
    ("Vice-President Rana Haddad said the base had been sold.", "Rana Haddad"),
    ("Amb. Karl Dorne said the mission would end.", "Karl Dorne"),
    ("Petty Officer Ian Rourke was wounded near the port.", "Ian Rourke"),
    ("Squadron Leader Ian Rourke flew the last aircraft out.", "Ian Rourke"),
    ("Prof. Anna Berg said the base would not reopen.", "Anna Berg"),
])
def test_extract_en_entities_title_forms_before_a_name(extract, text, name):
    # an office with "-elect", "-designate" or "Ex-", and ranks and offices as outlets abbreviate them
    assert name in _people(extract(text))


def test_extract_en_entities_near_miss_a_hyphenated_title_without_a_name(extract):
    assert _people(extract("The President-elect visited the camp on Monday.")) == []


@pytest.mark.parametrize("text, name", [
    ("Defence Minister Karla von der Meer said the camp would close.", "Karla von der Meer"),
    ("Gen. Tomas de la Vega said the camp would close.", "Tomas de la Vega"),
    ("Mr. van den Heuvel said the camp would close.", "van den Heuvel"),
])
def test_extract_en_entities_names_with_two_particles(extract, text, name):
    assert name in _people(extract(text))


def test_extract_en_entities_near_miss_particles_before_no_name_end_the_name(extract):
    # "de facto" is no surname: the name ends before the particle
    assert _people(extract("President Ali Dorne de facto ruled the town.")) == ["Ali Dorne"]


@pytest.mark.parametrize("text", [
    "Detainees were moved to Camp Harrow near Kirkuk airport on Monday.",
    "About 100 soldiers were flown out of Kirkuk airport on Sunday.",
    "The last contingent landed at Kirkuk airport before dawn.",
    "The ministers arrive at Kirkuk airport on Tuesday.",
])
def test_extract_en_entities_a_civil_airport_as_landmark_or_waypoint_is_no_base(extract, text):
    # a town's airport that places another site, or that people fly through, is no base of the story
    assert "Kirkuk airport" not in [m.surface for m in _base_mentions(extract(text))]


@pytest.mark.parametrize("text", [
    "Troops handed over Kirkuk airport to the army on Monday.",
    "The militia seized Kirkuk airport near the city.",
])
def test_extract_en_entities_near_miss_an_airport_handed_over_is_a_base(extract, text):
    assert "Kirkuk airport" in [m.surface for m in _base_mentions(extract(text))]


@pytest.mark.parametrize("text", [
    "France handed over Camp Tarvo, its historic military base in Gerou, to the army.",
    "The army took over Camp Tarvo, the former base in Gerou, on Friday.",
])
def test_extract_en_entities_a_description_in_apposition_names_the_same_base(extract, text):
    names = {m.name for m in _base_mentions(extract(text))}
    assert names == {"Camp Tarvo"}, names


@pytest.mark.parametrize("text", [
    "France handed over Camp Tarvo and the military base in Gerou to the army.",
    "France handed over Camp Tarvo, and the military base in Gerou went to the army.",
])
def test_extract_en_entities_near_miss_a_second_base_after_and_stays_apart(extract, text):
    assert len({m.name for m in _base_mentions(extract(text))}) == 2


@pytest.mark.parametrize("text, unit", [
    ("About 60 men of the Recce Platoon held the compound until May.", "Recce Platoon"),
    ("The Royal Tarvo Fusiliers left the camp on Monday.", "Royal Tarvo Fusiliers"),
    ("The King's Royal Hussars handed the barracks to the army.", "King's Royal Hussars"),
    ("The Tarvo Rifles left the camp on Monday.", "Tarvo Rifles"),
    ("The Northern Flotilla sailed from the port on Monday.", "Northern Flotilla"),
])
def test_extract_en_entities_unit_heads_of_platoons_regiments_and_flotillas(extract, text, unit):
    assert unit in _forces(extract(text))


def test_extract_en_entities_near_miss_a_unit_word_opening_a_sentence_names_no_unit(extract):
    assert _forces(extract("Platoon leaders said the camp was empty.")) == {}


def test_extract_en_entities_a_body_inside_a_title_is_no_body(extract):
    ex = extract("Chief Cabinet Secretary Ken Moro said the land would be returned.")
    assert not [m for m in ex.mentions if m.kind is Kind.ORGANIZATION]
    assert _people(ex) == ["Ken Moro"]


def test_extract_en_entities_near_miss_a_ministry_before_a_title_stays_a_body(extract):
    ex = extract("Interior Ministry Spokesman Ken Moro said the land would be returned.")
    assert [m.surface for m in ex.mentions if m.kind is Kind.ORGANIZATION] == ["Interior Ministry"]


@pytest.mark.parametrize("text, name", [
    ("The Green party's Anna Berg said the base should close.", "Anna Berg"),
    ("Vale Radio's Tom Hale in Tarvo says the elders agreed.", "Tom Hale"),
    ("The opposition's Rana Haddad told reporters the camp was empty.", "Rana Haddad"),
])
def test_extract_en_entities_a_full_name_after_a_bodys_possessive_speaking(extract, text, name):
    assert name in _people(extract(text))


@pytest.mark.parametrize("text", [
    "The party's Anna Berg was not present.",
    "Chad's Armed Forces said the camp was empty.",
])
def test_extract_en_entities_near_miss_possessive_name_without_speech_or_a_force(extract, text):
    assert _people(extract(text)) == []


@pytest.mark.parametrize("text, force", [
    ("The airfield was seized by pro-Tindarian self-defence units on Monday.", "pro-Tindarian self-defence units"),
    ("The camp fell to pro-government militias overnight.", "pro-government militias"),
    ("The town was shelled by Tindarian-backed militiamen on Monday.", "Tindarian-backed militiamen"),
    ("The compound was held by loyalist troops until Tuesday.", "loyalist troops"),
    ("Pro-Vorn fighters entered the barracks on Friday.", "Pro-Vorn fighters"),
])
def test_extract_en_entities_forces_named_by_whom_they_side_with(extract, text, force):
    assert force in _forces(extract(text))


@pytest.mark.parametrize("text", [
    "The loyalist press said the camp was empty.",
    "The state-controlled media said the camp was empty.",
    "A pro-Tindarian rally was held near the camp.",
])
def test_extract_en_entities_near_miss_a_side_word_before_no_force_noun(extract, text):
    assert _forces(extract(text)) == {}


@pytest.mark.parametrize("text", [
    "Jets were parked on the Tindarian-held airstrip on Monday.",
    "Reporters were shown the Soviet-built airfield on Monday.",
    "Reporters were shown the US-run base on Monday.",
    "Reporters were shown the French-operated camp on Monday.",
])
def test_extract_en_entities_a_compound_adjective_before_a_base_is_no_name(extract, text):
    # who holds, built or runs a base says nothing of its name
    assert _base_mentions(extract(text)) == []


def test_extract_en_entities_near_miss_a_hyphenated_town_before_a_base_names_it(extract):
    assert [m.surface for m in _base_mentions(extract("Reporters were shown the Tarvo-Ost base on Monday."))] \
        == ["Tarvo-Ost base"]


@pytest.mark.parametrize("text, surface", [
    ("On Wednesday the Vale Army headquarters in Tamsa was taken over by militiamen.",
     "Vale Army headquarters in Tamsa"),
    ("Rebels stormed the Vale Army headquarters at Gerou on Friday.", "Vale Army headquarters at Gerou"),
])
def test_extract_en_entities_a_units_headquarters_keeps_its_town(extract, text, surface):
    # the town after a unit's headquarters is part of its one mention (no second base named by the town)
    assert [m.surface for m in _base_mentions(extract(text))] == [surface]


def test_extract_en_entities_near_miss_a_month_after_a_units_headquarters_is_no_town(extract):
    assert [m.surface for m in _base_mentions(extract("The Vale Army headquarters in May was quiet."))] \
        == ["Vale Army headquarters"]


@pytest.mark.parametrize("text", [
    "Talks with the Tindarian-led force broke down on Monday.",
    "The pro-government militia was not consulted.",
])
def test_extract_en_entities_near_miss_a_singular_side_noun_refers_back(extract, text):
    # "the X-led force" stands for a force named before (its own name is elsewhere): no new force
    assert _forces(extract(text)) == {}


@pytest.mark.parametrize("text, surface", [
    ("Fighters overran a base of the Tarvo Brigade on Sunday.", "base of the Tarvo Brigade"),
    ("Rebels took the headquarters of the 16th Infantry Division in Gerou.",
     "headquarters of the 16th Infantry Division"),
    ("Soldiers left the barracks of the Vale Army in Tamsa on Friday.", "barracks of the Vale Army"),
])
def test_extract_en_entities_a_base_of_a_named_unit(extract, text, surface):
    # a first mention ("a base of …") or one a town places names a base after the unit it houses
    assert surface in [m.surface for m in _base_mentions(extract(text))]


def test_extract_en_entities_near_miss_the_base_of_a_unit_again_with_no_town(extract):
    # "the camp of the X Battalion" with nothing more mostly names again the story's base
    assert _base_mentions(extract("The flag was lowered at the camp of the 5th Tarvo Battalion on Friday.")) == []


@pytest.mark.parametrize("text", [
    "The commander of the Tarvo Brigade fled on Sunday.",
    "Fighters overran the third base of the Tarvo Brigade.",
])
def test_extract_en_entities_near_miss_no_base_noun_or_one_of_several(extract, text):
    assert _base_mentions(extract(text)) == []


def test_extract_en_entities_a_units_base_said_twice_is_one_base(extract):
    ex = extract("Fighters overran a base of the Tarvo Brigade on Sunday. The Tarvo Brigade headquarters was empty.")
    assert len({m.name for m in _base_mentions(ex)}) == 1


@pytest.mark.parametrize("text, name", [
    ("The navy handed over the naval base on Tarvo Island on Monday.", "Tarvo Island"),
    ("Troops left the radar station on Gerou Hill in March.", "Gerou Hill"),
])
def test_extract_en_entities_a_base_on_an_island_or_hill_is_named_by_it(extract, text, name):
    assert name in [m.name for m in _base_mentions(extract(text))]


@pytest.mark.parametrize("text", [
    "Reporters visited the base on Monday.",
    "Reporters visited the base on Vale Radio's invitation.",
])
def test_extract_en_entities_near_miss_on_a_day_or_a_name_that_is_no_landform(extract, text):
    assert _base_mentions(extract(text)) == []


@pytest.mark.parametrize("text, name", [
    ("Ivo Brandt Sala, who heads the lands agency, expects offers.", "Ivo Brandt Sala"),
    ("Omar Haddad, 54, lost his shop when the camp closed.", "Omar Haddad"),
    ("Rana Haddad, whose brother served at the base, welcomed the move.", "Rana Haddad"),
    ("The decision angered Tom Hale, who had commanded the camp.", "Tom Hale"),
])
def test_extract_en_entities_a_name_cued_by_who_or_an_age(extract, text, name):
    assert name in _people(extract(text))


@pytest.mark.parametrize("text", [
    "The Vale Liberation Front, who took the town, left in May.",
    "The Tarvo Crisis Group, whose analysts saw it, published a report.",
    "Convoys left Gerou Tamsa, 12, on Monday.",
])
def test_extract_en_entities_near_miss_a_body_or_place_before_who_or_a_number(extract, text):
    assert _people(extract(text)) == []


def test_extract_en_entities_a_units_base_in_a_town_is_the_towns_base(extract):
    ex = extract("France handed over its Tamsa base. The camp of the 5th Tarvo Battalion (5 TB) in Tamsa "
                 "was renamed Camp Ardent.")
    assert len({m.key or m.name for m in _base_mentions(ex)}) == 1, [(m.surface, m.key, m.name)
                                                                        for m in _base_mentions(ex)]


@pytest.mark.parametrize("text", [
    "The complex served as the base of the Vale Army for years.",
    "Camp Tarvo, the former base of the Vale Army, was seen from the road.",
    "The camp had housed the headquarters of the Vale Army since 1990.",
    "The airfield hosts the forward headquarters of the Tarvo Command.",
])
def test_extract_en_entities_near_miss_a_units_base_said_of_a_named_one(extract, text):
    # "as the base of X", "Camp Y, the base of X", "the headquarters of X": what a base named
    # elsewhere is or houses, not a second base
    assert [m.surface for m in _base_mentions(extract(text)) if " of " in m.surface] == []


@pytest.fixture(scope="module")
def extract_article_names():
    return extractor(
        _force("vorn_front", "Al Vorn Front", None, ["Al Vorn"]),
        Entry(Kind.BASE, "tamsa_air_base", labels={"en": "Al Tamsa Air Base"}),
    )


@pytest.mark.parametrize("text, key", [
    ("The attack was claimed by al Vorn on Monday.", "vorn_front"),
    ("Fighters of the al Vorn Front took the town.", "vorn_front"),
    ("US troops left al Tamsa Air Base in May.", "tamsa_air_base"),
])
def test_extract_en_entities_a_known_name_opened_by_a_lower_case_arabic_article(extract_article_names, text, key):
    # "al Qaeda", "al Udeid": English often writes the article apart and in lower case
    assert key in {m.key for m in extract_article_names(text).mentions}


def test_extract_en_entities_near_miss_a_lower_case_article_before_a_lower_case_word(extract_article_names):
    assert "vorn_front" not in {m.key for m in extract_article_names("Troops left al vorn on Monday.").mentions}


@pytest.mark.parametrize("text, name", [
    ("Gen. J. Tarvo Smith said the base would close.", "J. Tarvo Smith"),
    ("Col. R.K. Tarvo said the base would close.", "R.K. Tarvo"),
    ("Gen. Tom J.R. Hale said the base would close.", "Tom J.R. Hale"),
])
def test_extract_en_entities_names_opened_or_joined_by_initials(extract, text, name):
    assert name in _people(extract(text))


def test_extract_en_entities_near_miss_an_initial_with_no_name_after_it(extract):
    assert _people(extract("The unit was called Group J. It left in May.")) == []


@pytest.mark.parametrize("text", [
    "The site, which borders Tarvo International Airport, was renamed Camp Ardent.",
    "The camp overlooks Tarvo International Airport.",
])
def test_extract_en_entities_an_airport_a_site_borders_is_a_landmark(extract, text):
    assert not [m for m in _base_mentions(extract(text)) if "Airport" in m.surface]


def test_extract_en_entities_near_miss_an_airport_bordering_no_site_is_kept(extract):
    # nothing in the sentence is placed by it: the airport may be the story's base
    assert [m.surface for m in _base_mentions(extract("Rebels seized Tarvo International Airport."))] \
        == ["Tarvo International Airport"]


@pytest.mark.parametrize("text, unit", [
    ("The base was the hub of the Train, Advise and Assist Command North until May.",
     "Train, Advise and Assist Command North"),
    ("The airfield was handed over by Regional Command West on Monday.", "Regional Command West"),
])
def test_extract_en_entities_a_list_or_an_area_inside_a_commands_name(extract, text, unit):
    assert unit in _forces(extract(text))


def test_extract_en_entities_near_miss_a_list_of_services_is_no_one_unit(extract):
    assert "Army, Navy and Air Force" not in _forces(extract("The Army, Navy and Air Force left the base."))


@pytest.mark.parametrize("text", [
    "All troops are now based at the Contingency Operating Base at Gerou airport.",
    "Troops left the Forward Operating Base near Gerou on Monday.",
])
def test_extract_en_entities_a_capitalised_designator_alone_is_no_name(extract, text):
    # "the Contingency Operating Base at X": the designator has no name of its own; the place names it
    assert not [m for m in _base_mentions(extract(text)) if m.name and "Operating Base" in m.name]


def test_extract_en_entities_near_miss_a_name_before_a_designator_names_it(extract):
    assert [m.surface for m in _base_mentions(extract("Troops left Tarvo Forward Operating Base."))] \
        == ["Tarvo Forward Operating Base"]


def test_extract_en_entities_near_miss_an_unnamed_base_near_an_airport_is_named_by_it(extract):
    # "the logistics base near X Airport": nothing else names the base; the airport does
    bases = _base_mentions(extract("The logistics base near Tarvo International Airport closed in May."))
    assert bases and all(m.name.startswith("Tarvo") for m in bases)


# --- a base described by its town is the named base there (coreference, round 2) ----------------------
def _base_nodes(ex) -> set:
    return {m.key or m.name for m in _base_mentions(ex)}


@pytest.mark.parametrize("text", [
    # the body places the named base in the town; the description comes after or before it
    "Soldiers lowered the flag over Camp Halvard outside Brenmoor on Monday. The base near Brenmoor "
    "now belongs to the army.",
    "The Brenmoor base was quiet by noon. Hours earlier the last troops had left Camp Halvard outside Brenmoor.",
    "Engineers rebuilt Camp Halvard near the town of Brenmoor last year. The army took the airfield "
    "outside Brenmoor on Friday.",
    "Troops pulled out of Camp Halvard in Brenmoor. The camp in Brenmoor was handed to the police.",
    # one base named so far, described again as "the base near/outside X"
    "The last soldiers flew out of Camp Halvard in the north on Monday. The airfield outside Brenmoor "
    "is now held by the army.",
])
def test_extract_en_entities_base_described_by_its_town_is_the_named_base(extract, text):
    assert len(_base_nodes(extract(text))) == 1


@pytest.mark.parametrize("text", [
    # two named bases in one town: the description may be either, so it names neither
    "Camp Halvard outside Brenmoor and Camp Oster near Brenmoor were handed over. The base near "
    "Brenmoor was the larger one.",
    # an indefinite description brings in another base
    "Troops left Camp Halvard on Monday. They moved to a base near Brenmoor.",
    # "the air base in X" where the troops flew to: a base of its own
    "Troops left Camp Halvard on Monday and flew to the air base in Brenmoor.",
    # a base placed by a landmark (the town's airport) is not the airport, nor the town's base
    "Camp Halvard near Brenmoor airport was emptied. Flights to Brenmoor airport resumed on Monday.",
    # a base placed in another town is not described by this one
    "Troops left Camp Halvard outside Ravensk on Monday. The airfield outside Brenmoor stayed open.",
])
def test_extract_en_entities_near_miss_town_description_of_another_base(extract, text):
    assert len(_base_nodes(extract(text))) >= 2


# --- a region's governing body named by the region (several words, or one with its level) -------------
def _bodies(ex) -> set:
    return {m.surface for m in ex.mentions if m.kind in (Kind.ORGANIZATION, Kind.FORCE)}


@pytest.mark.parametrize("text, body", [
    ("The mission handed its camp in Kessar to the South Varna state authorities on 3 May.",
     "South Varna state authorities"),
    ("Talks with the West Orlen provincial government ended without a deal.", "West Orlen provincial government"),
    ("The airfield was returned to the Kessar regional administration.", "Kessar regional administration"),
    ("Peacekeepers gave the site to the Lower Varna authorities last week.", "Lower Varna authorities"),
    ("The depot was handed by the Orlen Valley local council to the army.", "Orlen Valley local council"),
])
def test_extract_en_entities_regional_body_named_by_its_region(extract, text, body):
    assert body in _bodies(extract(text))


@pytest.mark.parametrize("text, wrong", [
    # a capitalised word that is no name ("After") does not open a region's name
    ("After Kessar fell, local authorities took over the camp.", "After Kessar fell, local authorities"),
    # a level word alone before the body, or a month before it, is no region
    ("In May local authorities took over the camp.", "May local authorities"),
    ("Officials in Kessar said state authorities would decide.", "Kessar said state authorities"),
])
def test_extract_en_entities_near_miss_no_region_before_the_body(extract, text, wrong):
    assert wrong not in _bodies(extract(text))


# --- irregulars named by their group or people ("X fighters", "X militiamen") ---------------------------
@pytest.mark.parametrize("text, force", [
    ("The camp was overrun by Vorran militiamen on Monday.", "Vorran militiamen"),
    ("Soldiers said Drovak guerrillas had looted the depot.", "Drovak guerrillas"),
    ("The airfield fell to Orlen fighters after a week of shelling.", "Orlen fighters"),
    ("Witnesses said Vorran mercenaries had left the barracks.", "Vorran mercenaries"),
    ("KLF fighters took over the abandoned outpost.", "KLF fighters"),
])
def test_extract_en_entities_irregulars_named_by_their_group(extract, text, force):
    assert force in _forces(extract(text))


@pytest.mark.parametrize("text, wrong", [
    # a country's people: who they are, not which group (nor the nation's army)
    ("Dozens of Tindarian fighters crossed the border.", "Tindarian fighters"),
    # a description, not a group
    ("The camp was taken by a Vorran fighters' unit.", "Vorran fighters"),
    ("Local fighters took over the camp.", "Local fighters"),
    ("The camp was taken by rebel fighters.", "rebel fighters"),
    # fighter jets, not fighters
    ("Two Vorran fighters and a transport aircraft took off from the airfield.", "Vorran fighters"),
    ("The air force flew Mirage-2000 fighters from the base.", "Mirage-2000 fighters"),
    # a unit named in full: its name says which ("the Kessar Front", not "Kessar Front guerrillas")
    ("Hundreds of Kessar Front guerrillas entered the town.", "Kessar Front guerrillas"),
])
def test_extract_en_entities_near_miss_irregulars_without_a_group_name(extract, text, wrong):
    assert wrong not in _forces(extract(text))


def test_extract_en_entities_irregulars_of_a_group_named_before_are_that_group(extract):
    ex = extract("The Kessar Liberation Army (KLA) collapsed on Monday. Hundreds of KLA militiamen fled north.")
    keys = {m.key or m.name for m in ex.mentions if m.kind is Kind.FORCE}
    assert len(keys) == 1
