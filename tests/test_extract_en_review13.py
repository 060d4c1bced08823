"""English review 13: rules added in session 13 that misfired on ordinary news text. Every sentence
is written for these tests (the gazetteer is the project's)."""
from __future__ import annotations

import pytest

from kg.model import Article, Kind
from kg.pipeline import extract


def _ex(text: str):
    return extract(Article(source="t.txt", text=text, lang="en"))


def _handovers(text: str) -> dict[str, tuple]:
    return {h.base.surface: (h.from_force and h.from_force.key, h.to_force and h.to_force.key)
            for h in _ex(text).handovers}


def _forces(text: str) -> set[tuple[str, str | None]]:
    return {(m.surface, m.key) for m in _ex(text).mentions if m.kind is Kind.FORCE}


# === 1. a base taken by force gets the article's one giver only when that giver plausibly held it ========

def test_review13_taken_base_of_another_episode_keeps_an_unknown_giver():
    hs = _handovers("British troops handed Camp Bastion to the Afghan army on Tuesday. In 2015, Taliban "
                    "fighters seized Camp Dwyer near Garmsir.")
    assert hs["Camp Bastion"] == ("british_forces", "afghan_forces")
    assert hs["Camp Dwyer"][0] is None


def test_review13_taken_base_told_as_the_givers_loss_keeps_the_giver():
    hs = _handovers("The Afghan army pulled out of Camp Dwyer on Tuesday. It was the worst setback since "
                    "Taliban fighters overran Camp Shorabak in 2015.")
    assert hs["Camp Shorabak"] == ("afghan_forces", "taliban")


# === 2. "it" stands for the base only when nothing else it could stand for comes between ===============

def test_review13_it_after_another_place_is_not_the_base():
    text = ("Iraqi troops held on to Camp Taji. The nearby village of Saba al-Bour was cut off for days, "
            "and it fell into Islamic State hands in June.")
    assert "Camp Taji" not in _handovers(text)


def test_review13_it_right_after_the_base_is_still_the_base():
    hs = _handovers("Iraqi troops held Camp Taji for a decade. In June it fell into Islamic State hands.")
    assert hs.get("Camp Taji", (None, None))[1] == "isis"


# === 3. "the military" of a host country is not said when another country's service is there ==========

@pytest.mark.parametrize("text", [
    "Protesters gathered in Naha, Japan, on Saturday as the military began moving Marine Corps Air Station "
    "Futenma to Henoko. Tokyo agreed to the move, and Japan pays most of the bill.",
    "Villagers near Kadena, Japan, complained on Friday after the military extended night flights. The US Air "
    "Force said the flights were needed, and Japan asked for fewer of them.",
])
def test_review13_foreign_service_leaves_the_military_unsaid(text):
    assert not any(key == "japanese_forces" for _, key in _forces(text))


# === 4. only a staying verb or the object of hold/keep makes "under X control" a holding ================

def test_review13_held_as_is_no_holding():
    text = "A parade was held as Camp Shorabak came under Afghan control on Friday."
    assert ("Afghan", "afghan_forces") in _forces(text)
    assert _handovers(text).get("Camp Shorabak", (None, None))[1] == "afghan_forces"


@pytest.mark.parametrize("text", [
    "Camp Shorabak will remain securely under Afghan control.",
    "Officials kept Camp Shorabak firmly under Afghan control.",
])
def test_review13_staying_with_an_ly_adverb_is_a_holding(text):
    assert not any(key == "afghan_forces" for _, key in _forces(text))


# === 5. a fight between two third parties, or allies at the taker's side, names no giver ==============

@pytest.mark.parametrize("text", [
    "Kurdish Peshmerga captured Camp Ashraf after clashes between Islamic State and the Iraqi army.",
    "Kurdish Peshmerga captured Camp Ashraf after a fierce battle with Iranian advisers at their side.",
])
def test_review13_third_parties_and_allies_are_no_giver(text):
    assert _handovers(text)["Camp Ashraf"] == (None, "peshmerga")


def test_review13_fight_with_the_taker_still_names_the_other_side():
    hs = _handovers("Kurdish Peshmerga captured Camp Ashraf after clashes between the Peshmerga and Islamic State.")
    assert hs["Camp Ashraf"] == ("isis", "peshmerga")


# === 6. a people's plural that receives or gives in a handover verb stays a force ======================

@pytest.mark.parametrize("text, surface", [
    ("The outpost was turned over to the Afghans.", "the Afghans"),
    ("The compound was taken back from the Americans last year.", "the Americans"),
])
def test_review13_peoples_plural_as_a_transfer_party_is_kept(text, surface):
    assert surface in {s for s, _ in _forces(text)}


def test_review13_peoples_plural_with_no_transfer_is_still_dropped():
    assert "the Afghans" not in {s for s, _ in _forces("French troops left the generators in place for the Afghans.")}


# === 7. the word lists are the lexicon's ==============================================================

def test_review13_word_lists_live_in_the_lexicon():
    import importlib
    import json
    from pathlib import Path

    control = importlib.import_module("kg.extract.english_claim_control")
    triggers = importlib.import_module("kg.extract.english_claim_triggers")
    lex = json.loads((Path(control.__file__).parents[1] / "data/lang/en/lexicon.json").read_text(encoding="utf-8"))
    assert {"apposition_openers", "control_phrase_prepositions", "control_phrase_modifiers"} <= set(lex)
    assert not hasattr(triggers, "_APPOSITION_OPENERS") and not hasattr(control, "_CONTROL_PREPS")
