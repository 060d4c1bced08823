"""English bases on unseen text (every sentence written for these tests): two bases named by towns
whose names open with the same article stay two; a particle inside a base's name; the designators of
US and allied installations; a headquarters that speaks is the command; an era or a country is no
base's name; the gazetteer's town of a known base; one town, two kinds of place; a headline's
description of the body's base; a town airport as a landmark; a base's former names; clause openers.
The gazetteer is the small one of :mod:`support.en_fixtures` (with entries added where a test says)."""
from __future__ import annotations

import pytest

from kg.extract.gazetteer import Entry
from kg.model import Kind
from kg.resolve import resolve
from support.en_fixtures import extract, extractor  # noqa: F401  (extract is a fixture)


def _bases(ex) -> list[str]:
    return [m.surface for m in ex.mentions if m.kind is Kind.BASE]


def _base_nodes(ex) -> list[list[str]]:
    """The base entities one article resolves to, each as the sorted surfaces of its mentions."""
    res = resolve([ex])
    ents = res.entities.values() if isinstance(res.entities, dict) else res.entities
    return sorted(sorted(m.surface for _, m in e.mentions) for e in ents if e.kind is Kind.BASE)


# --- a town whose name opens with an article (El, Al, La) is told by the word after it ------------

@pytest.mark.parametrize("text", [
    "The battalion left its base in El Mereikh on Monday. Its supply base in El Hosh will close in May.",
    "Troops withdrew from the base in Al Sadoun on Sunday. The army took over the base in Al Wahda later.",
    "Rebels overran the garrison near La Pinta. The government still holds the garrison near La Sarda.",
])
def test_extract_en_bases_two_towns_with_one_article_stay_two(extract, text):
    assert len(_base_nodes(extract(text))) == 2


def test_extract_en_bases_a_town_description_still_joins_the_base_named_there(extract):
    text = ("Peacekeepers handed Camp Ravello outside El Hosh to the army on Monday. "
            "The base near El Hosh had housed 800 troops.")
    assert _base_nodes(extract(text)) == [["Camp Ravello", "base near El Hosh"]]


# --- a lower-case particle inside a name written before the base noun ---------------------------

@pytest.mark.parametrize("text, base", [
    ("Spanish troops handed the Pedro de Alvarado camp to the army on Monday.", "Pedro de Alvarado camp"),
    ("The Italians left the Luigi di Savoia base on Friday.", "Luigi di Savoia base"),
    ("Iraqi troops took over the Ain al Harra air base on Monday.", "Ain al Harra air base"),
])
def test_extract_en_bases_particle_inside_the_name(extract, text, base):
    assert _bases(extract(text)) == [base]


def test_extract_en_bases_particle_of_another_name_stays_out(extract):
    # "de" belongs to a person's name, not to the camp's
    assert _bases(extract("Soldiers loyal to Juan de Tarsa left the Korvo camp on Monday.")) == ["Korvo camp"]


# --- designators of US and allied installations --------------------------------------------------

@pytest.mark.parametrize("text, base", [
    ("U.S. soldiers handed Joint Security Station Condor to the Iraqi police on Monday.",
     "Joint Security Station Condor"),
    ("The last platoon left JSS Tarmiyah on Friday.", "JSS Tarmiyah"),
    ("American troops vacated Contingency Operating Site Hawk in December.", "Contingency Operating Site Hawk"),
    ("The Navy closed Naval Support Activity Tarvo in 2011.", "Naval Support Activity Tarvo"),
    ("The Army returned the Korvel Army Airfield to the German authorities.", "Korvel Army Airfield"),
    ("The squadron moved to Tarvo Marine Corps Air Station last year.", "Tarvo Marine Corps Air Station"),
    ("Marines left Marine Corps Base Korvel on Monday.", "Marine Corps Base Korvel"),
])
def test_extract_en_bases_installation_designators(extract, text, base):
    assert _bases(extract(text)) == [base]


@pytest.mark.parametrize("text", [
    "The Joint Security Station concept was dropped in 2009.",
    "Officers of the Naval Support Activity said the pier was closed.",
])
def test_extract_en_bases_designator_without_name_is_no_base(extract, text):
    assert _bases(extract(text)) == []


# --- a headquarters that speaks is the command, not a site -----------------------------------------

@pytest.mark.parametrize("text", [
    "The Defence Headquarters in Korvel did not confirm that the garrison had fallen.",
    "The army headquarters in Korvel would not comment on the report.",
    "Army headquarters in Korvel on Monday denied that troops had left.",
])
def test_extract_en_bases_headquarters_speaking_is_no_base(extract, text):
    assert _bases(extract(text)) == []


@pytest.mark.parametrize("text", [
    "Rebels seized the army headquarters in Korvel on Monday, officials said.",
    "The army headquarters in Korvel will not fall, the governor said.",
])
def test_extract_en_bases_headquarters_as_a_site_stays(extract, text):
    assert _bases(extract(text)) == ["army headquarters in Korvel"]


# --- an era is when a base was built, not its name -------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Navy handed the sprawling Cold War base to the Tarvo government.",
    "The army took over a World War II airfield on Monday.",
    "Troops left the Second World War barracks on Friday.",
    "Troops left a Cold War-era radar station on Friday.",
])
def test_extract_en_bases_era_is_no_name(extract, text):
    assert _bases(extract(text)) == []


def test_extract_en_bases_name_that_merely_starts_like_an_era_stays(extract):
    assert _bases(extract("Troops left the Cold Harbour base on Monday.")) == ["Cold Harbour base"]


# --- a description by the town the gazetteer places a known base in is that base -----------------

_PLACED = (Entry(Kind.PLACE, "tarvo", labels={"en": "Tarvo"}, located_in="chad"),
           Entry(Kind.PLACE, "el_sabra", labels={"en": "El Sabra"}, located_in="chad"),
           Entry(Kind.BASE, "ravello", labels={"en": "Camp Ravello"}, located_in="tarvo"),
           Entry(Kind.BASE, "sabra_post", labels={"en": "Camp Oryx"}, located_in="el_sabra"))


@pytest.mark.parametrize("text, nodes", [
    ("French troops have left their base outside Tarvo. Camp Ravello was handed to the Chadian army on Friday.", 1),
    ("The army took over Camp Ravello and Camp Dune on Friday. The base near Tarvo had housed 900 French troops.", 2),
    ("French troops quit El Sabra base\n\nThe Chadian army took over Camp Oryx on Friday.", 1),
])
def test_extract_en_bases_town_of_a_known_base_joins_it(text, nodes):
    assert len(_base_nodes(extractor(*_PLACED)(text))) == nodes


def test_extract_en_bases_base_in_another_town_stays_apart():
    text = "French troops have left their base outside Gerou. Camp Ravello was handed to the Chadian army on Friday."
    assert len(_base_nodes(extractor(*_PLACED)(text))) == 2


# --- a country's name of several words before a base noun says whose, not which ----------------------

@pytest.mark.parametrize("text", [
    "The Navy handed over the Sierra Leone camp on Monday.",
    "U.S. troops left the South Korea base on Monday.",
    "The Marines left the eastern Burkina Faso base in March.",
])
def test_extract_en_bases_country_of_several_words_is_no_name(text):
    ex = extractor(Entry(Kind.PLACE, "sierra_leone", labels={"en": "Sierra Leone"}, demonyms=[("Sierra Leonean", "en")]),
                   Entry(Kind.PLACE, "south_korea", labels={"en": "South Korea"}, demonyms=[("South Korean", "en")]),
                   Entry(Kind.PLACE, "burkina_faso", labels={"en": "Burkina Faso"}, demonyms=[("Burkinabe", "en")]))
    assert _bases(ex(text)) == []


def test_extract_en_bases_town_of_several_words_names_the_base():
    ex = extractor(Entry(Kind.PLACE, "sierra_vista", labels={"en": "Sierra Vista"}, located_in="chad"))
    assert _bases(ex("The Chadian army took over the Sierra Vista base on Monday.")) == ["Sierra Vista base"]


# --- one town, two kinds of place: an airfield is not the headquarters named by the same town --------

def test_extract_en_bases_same_town_other_kind_stays_apart(extract):
    text = ("Army leaves Korvel headquarters\n\nThe U.S. Army closed its headquarters in Korvel on Friday. "
            "The Korvel Army Airfield will be returned to the city next year.")
    nodes = _base_nodes(extract(text))
    assert ["Korvel Army Airfield"] in nodes and len(nodes) == 2


def test_extract_en_bases_same_town_same_kind_joins(extract):
    text = "Troops left the Korvel air base on Friday. The Korvel airfield had been their home since 2004."
    assert len(_base_nodes(extract(text))) == 1


# --- a headline's description of the base is the base the body names ----------------------------------

@pytest.mark.parametrize("text, nodes", [
    ("Peacekeepers hand over Korvel base as mission ends\n\n"
     "KORVEL (Reuters) - Danish peacekeepers on Monday handed Camp Lindholm to the Iraqi army. "
     "Their second base, Camp Tarm, was handed to the police on Tuesday.", 2),
    ("Army leaves Tarvo headquarters after 60 years\n\n"
     "The U.S. Army on Friday closed Warner Barracks, handing the post back to the city. "
     "It returned Camp Ebert to the state on Monday.", 2),
    ("Rebels overrun army headquarters in Tarvo\n\n"
     "Rebels on Sunday seized the headquarters of the 4th Armoured Brigade after a night of fighting.", 1),
])
def test_extract_en_bases_headline_description_is_the_body_base(extract, text, nodes):
    assert len(_base_nodes(extract(text))) == nodes


def test_extract_en_bases_headline_description_repeated_in_body_stays_its_own(extract):
    text = ("Troops quit Korvel base\n\n"
            "Danish troops on Monday left Camp Lindholm. The Korvel base, 40 km away, closed in May.")
    assert len(_base_nodes(extract(text))) == 2


def test_extract_en_bases_headline_description_of_another_kind_stays_apart(extract):
    text = ("Flights resume at Korvel airport\n\n"
            "Danish troops on Friday left Camp Lindholm. Camp Tarm was handed to the police on Tuesday.")
    assert len(_base_nodes(extract(text))) == 3


# --- a town's airport is not the base described by the town ---------------------------------------------

def test_extract_en_bases_town_airport_is_not_the_town_base(extract):
    text = ("Danish troops left Camp Lindholm, their last base in Tarvo, on Monday. "
            "A few advisers will stay at Tarvo airport until March.")
    assert len(_base_nodes(extract(text))) == 2


# --- a town's airport that places a named base is a landmark --------------------------------------------

def test_extract_en_bases_airport_placing_a_named_complex_is_a_landmark(extract):
    text = "Officials said the larger Camp Ravello complex near Tarvo airport would stay open."
    assert _bases(extract(text)) == ["Camp Ravello"]


def test_extract_en_bases_airport_naming_an_unnamed_base_stays(extract):
    assert "Tarvo" in " ".join(_bases(extract("The logistics base near Tarvo airport was handed over on Monday.")))


# --- a base's former name joins the base (the whole family of "formerly" constructions) ----------------

@pytest.mark.parametrize("text", [
    "The army took over Camp Ravello, formerly known as Camp Dune, on Monday.",
    "The army took over Camp Ravello, formerly Camp Dune, on Monday.",
    "The army took over Camp Ravello (formerly Camp Dune) on Monday.",
    "The army took over Camp Ravello, previously called Camp Dune, on Monday.",
    "The army took over Camp Ravello, originally named Camp Dune, on Monday.",
    "The army took over Camp Ravello, once known as Camp Dune, on Monday.",
    "The army took over Camp Ravello, the former Camp Dune, on Monday.",
    "Camp Dune was renamed Camp Ravello in 2010.",
])
def test_extract_en_bases_former_name_is_the_same_base(extract, text):
    assert len(_base_nodes(extract(text))) == 1


@pytest.mark.parametrize("text", [
    "Troops left Camp Ravello and the former Camp Dune on Monday.",
    "The army took over Camp Ravello. Once Camp Dune falls, the rebels will advance.",
])
def test_extract_en_bases_two_bases_not_renamed_stay_two(extract, text):
    assert len(_base_nodes(extract(text))) == 2


# --- a word that opens a clause is never part of a base's name ------------------------------------------

@pytest.mark.parametrize("text, base", [
    ("Once Camp Dune falls, the rebels will advance.", "Camp Dune"),
    ("Until Tarvo base closes, the troops will stay.", "Tarvo base"),
])
def test_extract_en_bases_subordinator_is_no_name(extract, text, base):
    assert _bases(extract(text)) == [base]


def test_extract_en_bases_headline_base_with_no_base_in_the_body(extract):
    text = "Rebels overrun Tarvo base\n\nThe fighting has displaced 20,000 people, the UN said."
    assert _bases(extract(text)) == ["Tarvo base"]


def test_extract_en_bases_headline_naming_the_base_too_keeps_its_apposition_apart(extract):
    # the headline names the base ("Lindholm"): its "base in Tarvo" is an apposition, left as written
    text = ("Danes hand over Lindholm, their last base in Tarvo\n\n"
            "Danish troops on Monday handed Camp Lindholm to the Iraqi army. Camp Tarm closed in May.")
    nodes = _base_nodes(extract(text))
    assert not any("base in Tarvo" in n and "Camp Lindholm" in n for n in nodes)
