"""Review of the English statements and bases rules of session 13 (every sentence written for these
tests): each rule keeps doing what it was written for and no longer misfires on ordinary news text.

* a participle after the noun of a prepositional phrase describes that noun, not the speaker, and a
  comma-set name after it is the speaker (``The commander of the troops deployed to X, General Y, said``);
* an ``-s`` word after a subject (``which the UN says is …``) is the verb, not a plural noun;
* ``formerly X`` renames only the base named right before it in the same sentence;
* ``and "…"`` is cut into a statement of its own only when the quotation holds a clause and ends there;
* ``rejected the claims that circulated …``: a relative clause, no disputed claim;
* Puerto Rico: a base in it is a base in both languages;
* ``X-era`` is never part of a base's name;
* a country named alone speaks with ``accused`` as it does with ``said``.

The gazetteer is the small one of :mod:`support.en_fixtures` (the real one for Puerto Rico).
"""
from __future__ import annotations

import pytest

from kg.model import Article, Kind
from support.en_fixtures import _said, extract  # noqa: F401  (extract is a fixture)

_LEAD = "OSLO -- The Danish army left the valley on Monday.\n\n"


def _holding(said: dict, words: str):
    got = [who for q, who in said.items() if words in q]
    assert len(got) <= 1, said
    return got[0] if got else None


# --- 1. a participle describing a noun inside the speaker phrase; a comma-set name after it ----------

@pytest.mark.parametrize("sentence, words", [
    ("The head of the soldiers posted to Tarvo, Colonel Jens Moller, said the depot at the ford was empty.",
     "the depot at the ford was empty"),
    ("An officer with the battalion based in the valley, Colonel Jens Moller, said the ford would reopen soon.",
     "the ford would reopen soon"),
])
def test_review13b_participle_of_an_inner_noun_keeps_the_named_speaker(extract, sentence, words):
    said = _said(extract(_LEAD + sentence))
    assert _holding(said, words) == "Jens Moller", said


# --- 2. a subject before "says": the -s word is the verb ----------------------------------------------

@pytest.mark.parametrize("sentence, speaker", [
    ("The militia, which the UN says is armed by its neighbours, took the ford on Monday.", "UN"),
    ("The militia, which Colonel Jens Moller says is armed by its neighbours, took the ford on Monday.",
     "Jens Moller"),
])
def test_review13b_subject_before_says_makes_it_a_verb(extract, sentence, speaker):
    said = _said(extract(_LEAD + sentence))
    assert _holding(said, "is armed by its neighbours") == speaker, said


# --- 3. "formerly X" joins only the base named right before it ----------------------------------------

def _base_names(ex) -> dict[str, str]:
    return {m.surface: m.name for m in ex.mentions if m.kind is Kind.BASE}


def test_review13b_formerly_after_an_unnamed_place_renames_no_earlier_base(extract):
    ex = extract("The Danish army left Camp Ravello on Monday. The soldiers went on to an old airstrip, "
                 "formerly Camp Dune, in the hills.")
    names = _base_names(ex)
    assert names.get("Camp Dune") == "Camp Dune", names


def test_review13b_formerly_right_after_the_base_still_renames(extract):
    ex = extract("The Danish army left Camp Ravello, formerly Camp Dune, on Monday.")
    assert _base_names(ex).get("Camp Dune") == "Camp Ravello"


# --- 4. 'and "…"' is a statement of its own only for a quoted clause closing the piece ----------------

@pytest.mark.parametrize("sentence, whole", [
    ('Colonel Jens Moller said the army would give up its trucks and "spare parts kept for the '
     'brigade" at the ford.', 'the army would give up its trucks and "spare parts kept for the brigade" at the ford'),
    ('Colonel Jens Moller said the army would keep the ford and "several smaller posts along the river".',
     'the army would keep the ford and "several smaller posts along the river"'),
])
def test_review13b_quoted_noun_phrase_after_and_stays_with_its_clause(extract, sentence, whole):
    said = _said(extract(_LEAD + sentence))
    assert said.get(whole) == "Jens Moller", said
    assert len(said) == 1, said


def test_review13b_quoted_clause_after_and_is_still_its_own_statement(extract):
    said = _said(extract(_LEAD + 'Colonel Jens Moller said the pullout was planned and "ended without a '
                                 'single shot".'))
    assert _holding(said, "ended without a single shot") == "Jens Moller", said
    assert _holding(said, "the pullout was planned") == "Jens Moller", said


# --- 5. a relative clause after a disputed-claim noun tells no claim ----------------------------------

@pytest.mark.parametrize("sentence", [
    "The ministry rejected the claims that surfaced online about the ford.",
    "The ministry dismissed the reports that were shared by the rebels about the ford.",
])
def test_review13b_disputed_claim_noun_with_relative_clause_is_no_statement(extract, sentence):
    said = _said(extract(_LEAD + sentence))
    assert not any("the ford" in q for q in said), said


def test_review13b_disputed_claim_with_its_that_clause_still_reports(extract):
    said = _said(extract(_LEAD + "Colonel Jens Moller rejected claims that the militia held the ford."))
    assert _holding(said, "the militia held the ford") == "Jens Moller", said


# --- 6. Puerto Rico: a base in it is a base in both languages ------------------------------------------

def _real(text: str, lang: str):
    from kg.pipeline import extract as pipeline_extract
    return pipeline_extract(Article(source="t.txt", text=text, lang=lang))


def test_review13b_base_in_puerto_rico_arabic():
    ex = _real("غادرت القوات الأمريكية قاعدة في بورتوريكو يوم الجمعة.", "ar")
    assert [h.base.name for h in ex.handovers] == ["بورتوريكو"]


def test_review13b_base_in_puerto_rico_english():
    ex = _real("American troops left a base in Puerto Rico on Friday.", "en")
    assert [h.base.name for h in ex.handovers] == ["Puerto Rico"]


# --- 7. "X-era" is never part of a base's name --------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The Danish army left the Soviet-era barracks on Friday.",
    "The Danish army left the Second World War-era airfield on Friday.",
    "The Danish army left the Ottoman-era fort on Friday.",
])
def test_review13b_era_compound_is_no_base_name(extract, sentence):
    ex = extract(sentence)
    assert not any("era" in (m.name or m.surface) for m in ex.mentions if m.kind is Kind.BASE), \
        [(m.surface, m.name) for m in ex.mentions]


# --- 8. a country named alone: the same with "accused" as with "said" ----------------------------------

@pytest.mark.parametrize("sentence, words", [
    ("Denmark accused the militia of emptying the depot at the ford.", "of emptying the depot"),
    ("Denmark said the militia had emptied the depot at the ford.", "the militia had emptied the depot"),
])
def test_review13b_country_speaks_with_any_reporting_verb(extract, sentence, words):
    said = _said(extract(_LEAD + sentence))
    assert _holding(said, words) == "Denmark", said
