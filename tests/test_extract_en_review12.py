"""Review 12 (English): rules that misfired on ordinary news text. Every sentence written for these
tests. The gazetteer is the small one of :mod:`support.en_fixtures`."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.model import Kind
from support.en_fixtures import _surf, extract  # noqa: F401  (extract is a fixture)


def _bases(ex) -> list[str]:
    return [m.surface for m in ex.mentions if m.kind is Kind.BASE]


def _handovers(ex):
    return [(h.base.surface, _surf(h.from_force), _surf(h.to_force)) for h in ex.handovers]


# --- finding 1: a bare "depot" is no base; a military one is -----------------------------------------

@pytest.mark.parametrize("text", [
    "Rebels seized a fuel depot in Gerou on Sunday.",
    "The tram depot in Gerou was handed over to the town council on Friday.",
])
def test_review12_a_civilian_depot_is_no_base(extract, text):
    ex = extract(text)
    assert (_bases(ex), _handovers(ex)) == ([], [])


@pytest.mark.parametrize("noun", ["ammunition depot", "weapons depot", "arms depot"])
def test_review12_a_military_depot_is_still_a_base(extract, noun):
    ex = extract(f"Chadian troops handed the {noun} in Gerou to the Malian army on Monday.")
    assert [b for b, _, to in _handovers(ex) if to == "Malian army"] == [f"{noun} in Gerou"]


# --- finding 2: a holiday or "... Day" after "on" is a time, not an island ----------------------------

@pytest.mark.parametrize("text", [
    "Chadian troops handed over the base on Thanksgiving to the Malian army.",
    "Chadian troops handed over the base on Easter to the Malian army.",
    "Chadian troops handed over the base on Christmas to the Malian army.",
    "Chadian troops handed over the base on Eid to the Malian army.",
    "French troops left the base on Independence Day.",
    "French troops left the camp on New Year's Eve.",
])
def test_review12_a_holiday_after_on_places_no_base(extract, text):
    ex = extract(text)
    assert [b for b in _bases(ex) if " on " in b] == []


# --- finding 3: "signed over the weekend" is no sign-over ---------------------------------------------

@pytest.mark.parametrize("text", [
    "The accord on Camp Belmora was signed over the holidays by Chadian and Malian officers.",
    "The deal on Camp Belmora was signed over the past week by Chadian and Malian officers.",
])
def test_review12_sign_over_a_time_is_no_handover(extract, text):
    assert extract(text).handovers == []


# --- finding 4: "the army's base" is not a rebel army's -----------------------------------------------

def test_review12_the_army_is_not_a_group_named_army(extract):
    ex = extract("The Korvel Liberation Army shelled Gerou on Monday. The Belmora Front overran the army's "
                 "base at Oru on Sunday.")
    assert ex.handovers, "the overrun base is still a handover"
    assert [_surf(h.from_force) for h in ex.handovers if _surf(h.from_force) == "Korvel Liberation Army"] == []


def test_review12_the_army_is_still_a_lower_case_army(extract):
    ex = extract("Fighting spread across Chad on Monday. The Belmora Front overran the army's Hilltop base.")
    assert [(h.from_force.key if h.from_force else None) for h in ex.handovers] == ["chadian_forces"]


# --- finding 5: a command that speaks or acts is the body, not a site -----------------------------------

@pytest.mark.parametrize("text", [
    "The army general command announced a truce in Gerou.",
    "The army's general command ordered troops to leave Gerou.",
    "The 6th Brigade's headquarters said the town was quiet.",
    "The 6th Brigade's headquarters on Monday denied the report.",
])
def test_review12_a_command_speaking_is_no_base(extract, text):
    assert _bases(extract(text)) == []


@pytest.mark.parametrize("text", [
    "Rebels seized the army general command in Gerou.",
    "Rebels seized the 6th Brigade's headquarters on Monday.",
])
def test_review12_a_command_seized_is_still_a_base(extract, text):
    assert len(_bases(extract(text))) == 1


# --- finding 6: only a military noun in apposition makes a town a base ---------------------------------

@pytest.mark.parametrize("text", [
    "French troops left Tarvola, the site of a famous market, on Monday.",
    "Chadian troops left Tarvola, the main hub of the salt trade, on Monday.",
    "Chadian troops left Tarvola, the last station on the old railway, on Monday.",
])
def test_review12_a_civilian_description_makes_no_base(extract, text):
    ex = extract(text)
    assert ("Tarvola" not in _bases(ex), _handovers(ex)) == (True, [])


def test_review12_a_military_description_still_makes_a_base(extract):
    ex = extract("Chadian troops left Tarvola, their last garrison in the north, on Monday.")
    assert "Tarvola" in _bases(ex)


# --- finding 8: the word lists live in the lexicon, read once ------------------------------------------

def test_review12_word_lists_are_in_the_lexicon():
    from kg.extract import english_claim_actors
    from kg.extract.english_names import Lexicon
    raw = json.loads((Path(__file__).parents[1] / "src/kg/data/lang/en/lexicon.json").read_text(encoding="utf-8"))
    for key in ("army_common_nouns", "described_place_modifiers", "designating_control_nouns", "holiday_names"):
        assert raw.get(key), key
    assert not hasattr(english_claim_actors, "_ARMY_NOUNS")
    lex = Lexicon(raw)
    assert "officials" in lex.receiver_officials and "army" in lex.army_nouns
    assert "possession" in lex.control_nouns and "former" in lex.described_mods
