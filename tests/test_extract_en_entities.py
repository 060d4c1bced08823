"""English entity rules (sentences written for these tests, with invented names): a force the
gazetteer knows under another generic noun, and a country whose name has two words before the
possessive of its forces. The gazetteer is the small one of :mod:`support.en_fixtures`."""
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
