"""English statements whose content is a verb phrase, and attributions past a plural possessive
(every sentence written for these tests).

* A directive or a commitment (``urged residents to stay calm``, ``called on the army to …``, ``called
  for calm``, ``told police to …``, ``promised to rebuild …``, ``vowed to …``) says nothing without its
  verb: the statement is the verb phrase, verb included, in every tense a report takes (``urged``,
  ``urges``, ``has urged``), alone or coordinated after another report (``said … and urged …``).
* ``he told a crowd at the officers' club``: a plural possessive inside the place the words were
  spoken is no quotation mark, and the attribution still closes the quotation before it.

The gazetteer is the small one of :mod:`support.en_fixtures`.
"""
from __future__ import annotations

import pytest

from support.en_fixtures import _said, extract  # noqa: F401  (extract is a fixture)

_LEAD = "KABUL -- The army left the valley on Monday.\n\n"


def _holding(said: dict, words: str):
    """The speaker of the one statement holding ``words`` (None if no statement holds them)."""
    got = [who for q, who in said.items() if words in q]
    assert len(got) <= 1, said
    return got[0] if got else None


# --- a directive or a commitment alone: the verb phrase is the statement ----------------------------

@pytest.mark.parametrize("sentence, words", [
    ("Governor Pavel Sorensen urged residents to stay calm.", "urged residents to stay calm"),
    ("Governor Pavel Sorensen has urged residents of the old town to stay calm.",
     "has urged residents of the old town to stay calm"),
    ("Governor Pavel Sorensen, who toured the depot, had urged residents to stay calm.",
     "had urged residents to stay calm"),
    ("Governor Pavel Sorensen urges residents to stay calm.", "urges residents to stay calm"),
    ("Governor Pavel Sorensen on Sunday called on residents to stay calm.", "called on residents to stay calm"),
    ("Governor Pavel Sorensen called for calm in the city.", "called for calm in the city"),
    ("Governor Pavel Sorensen promised to rebuild the market within a year.",
     "promised to rebuild the market within a year"),
    ("Governor Pavel Sorensen has also pledged to rebuild the market.", "pledged to rebuild the market"),
    ("Governor Pavel Sorensen vowed to rebuild the market.", "vowed to rebuild the market"),
    ("In a statement, the Danish army told its units to stay inside the camp.",
     "told its units to stay inside the camp"),
    ("The Danish army encouraged residents to keep away from the depot.",
     "encouraged residents to keep away from the depot"),
])
def test_extract_en_st2_directive_alone_is_the_verb_phrase(extract, sentence, words):
    said = _said(extract(_LEAD + sentence))
    assert _holding(said, words) is not None, said
    assert "In a statement" not in said, said


@pytest.mark.parametrize("sentence", [
    "The convoy was urged to turn back at the bridge.",               # passive: no speaker
    "Governor Pavel Sorensen promised land to the veterans of the war.",  # no infinitive: a gift, no words
    "Governor Pavel Sorensen called the meeting to order at noon.",     # "called X to order": no call for
    "A spokesman urged residents to stay calm.",                         # an unnamed speaker
])
def test_extract_en_st2_no_directive_statement(extract, sentence):
    said = _said(extract(_LEAD + sentence))
    assert not any(who is not None for who in said.values()), said


def test_extract_en_st2_told_reporters_keeps_its_clause(extract):
    said = _said(extract(_LEAD + "Governor Pavel Sorensen told reporters the bridge was open again."))
    assert said == {"the bridge was open again": "Pavel Sorensen"}


# --- a directive coordinated after another report ---------------------------------------------------

@pytest.mark.parametrize("second, words", [
    ("and urged drivers to avoid the old ford", "urged drivers to avoid the old ford"),
    ("and has urged drivers to avoid the old ford", "has urged drivers to avoid the old ford"),
    ("and called on drivers to avoid the old ford", "called on drivers to avoid the old ford"),
    ("and promised to rebuild the old ford", "promised to rebuild the old ford"),
    ("but vowed to rebuild the old ford", "vowed to rebuild the old ford"),
])
def test_extract_en_st2_directive_after_a_report(extract, second, words):
    said = _said(extract(_LEAD + f"Mayor Lina Osk said the bridge had reopened {second}."))
    assert said.get("the bridge had reopened") == "Lina Osk", said
    assert _holding(said, words) == "Lina Osk", said


def test_extract_en_st2_added_that_opens_no_verb_phrase(extract):
    said = _said(extract(_LEAD + "Mayor Lina Osk said the bridge had reopened and added that the ford was "
                                 "closed."))
    assert said.get("the ford was closed") == "Lina Osk", said


def test_extract_en_st2_quoted_verdict_then_directive(extract):
    said = _said(extract(_LEAD + 'Mayor Lina Osk condemned what she called "a reckless raid" and urged '
                                 'drivers to avoid the old ford.'))
    assert _holding(said, "urged drivers to avoid the old ford") == "Lina Osk", said


# --- a plural possessive after a closing quotation ---------------------------------------------------

@pytest.mark.parametrize("place", [
    "at the officers' club on Monday evening",
    "outside the veterans' hall",
    "at the soldiers’ mess",
])
def test_extract_en_st2_plural_possessive_in_the_attribution(extract, place):
    said = _said(extract(_LEAD + "Col. Gen. Ivo Marek, the garrison commander, will fly home today. "
                                 f'"We came as guests and we leave as friends," he told a small crowd {place}.'))
    assert said.get("We came as guests and we leave as friends") == "Ivo Marek", said


def test_extract_en_st2_directive_in_a_relative_aside_is_no_report(extract):
    said = _said(extract(_LEAD + "Mayor Lina Osk, who has called for the closure of the depot, did not attend."))
    assert said == {}, said


# --- "X said …, while Y thanked … and said …": the second report is Y's ----------------------------

@pytest.mark.parametrize("link, first_verb", [("while", "thanked"), ("whereas", "praised"), ("while", "has thanked")])
def test_extract_en_st2_report_after_a_while_clause_is_its_subjects(extract, link, first_verb):
    said = _said(extract(_LEAD + f"President Vera Lind said the pullout closed a dark chapter, {link} Chancellor "
                                 f"Otto Brandt {first_verb} the soldiers and said the country owed them a debt."))
    assert said.get("the pullout closed a dark chapter") == "Vera Lind", said
    assert said.get("the country owed them a debt") == "Otto Brandt", said


def test_extract_en_st2_second_report_of_the_same_subject(extract):
    said = _said(extract(_LEAD + "President Vera Lind said the pullout closed a dark chapter and said the country "
                                 "owed the soldiers a debt."))
    assert said.get("the country owed the soldiers a debt") == "Vera Lind", said


@pytest.mark.parametrize("verb", ["promised", "has promised", "pledged", "vowed"])
def test_extract_en_st2_commitment_with_a_that_clause(extract, verb):
    said = _said(extract(_LEAD + f'In a recorded message, Colonel Omar Dahl {verb} that his men would "guard '
                                 f'every house and every shop" in the town.'))
    assert _holding(said, "guard every house and every shop") == "Omar Dahl", said


def test_extract_en_st2_verdict_inside_a_directive_is_one_statement(extract):
    said = _said(extract(_LEAD + "Mayor Lina Osk urged residents to ignore what she called the lies of the "
                                 "smugglers."))
    assert said == {"urged residents to ignore what she called the lies of the smugglers": "Lina Osk"}, said


# --- "… and described X as Y", "… and accused X of Y": the verb carries the verdict -----------------------

@pytest.mark.parametrize("second, words", [
    ("and described the reports as lies", "described the reports as lies"),
    ("and accused the rebels of spreading lies", "accused the rebels of spreading lies"),
    ("but dismissed the reports as rumours", "dismissed the reports as rumours"),
])
def test_extract_en_st2_verdict_after_a_report_keeps_its_verb(extract, second, words):
    said = _said(extract(_LEAD + f'Spokeswoman Maria Lund said the soldiers "remain loyal" {second}.'))
    assert _holding(said, words) == "Maria Lund", said


def test_extract_en_st2_stressed_that_keeps_the_clause_alone(extract):
    said = _said(extract(_LEAD + "Spokeswoman Maria Lund said the soldiers remain loyal but stressed that the "
                                 "depot was lost."))
    assert said.get("the depot was lost") == "Maria Lund", said


# --- "In a speech on Sunday, X hailed what he called "…" and urged …": the subject past the adverbial --------

def test_extract_en_st2_subject_after_an_opening_adverbial(extract):
    said = _said(extract(_LEAD + 'Spokeswoman Maria Lund said the depot was lost. In a televised speech on Sunday '
                                 'night, rebel leader Omar al-Dahl hailed what he called a "victory for all Danes" '
                                 'and urged his supporters to stay calm.'))
    assert said.get("victory for all Danes") == "Omar al-Dahl", said
    assert _holding(said, "urged his supporters to stay calm") == "Omar al-Dahl", said


# --- "X, who …, said roughly 100 trucks would …": an adverb of quantity opens the clause, no aside ----------

@pytest.mark.parametrize("clause", ["roughly 100 trucks would be moved out", "nearly half the stores would be moved out",
                                    "approximately 40 soldiers had stayed behind", "at least 85 soldiers were killed",
                                    "at most a dozen trucks had left"])
def test_extract_en_st2_quantity_adverb_after_an_aside(extract, clause):
    said = _said(extract(_LEAD + f"Major Ivo Marek, who is in charge of the camp, said {clause}."))
    assert said == {clause: "Ivo Marek"}, said


def test_extract_en_st2_adverb_after_a_closing_attribution_is_no_content(extract):
    said = _said(extract(_LEAD + "The trucks would be moved out within a week, Major Ivo Marek said quietly."))
    assert said == {"The trucks would be moved out within a week": "Ivo Marek"}, said


def test_extract_en_st2_at_least_after_a_pronoun_speaker(extract):
    said = _said(extract(_LEAD + "Major Ivo Marek said the base had fallen. He said at least 85 soldiers were "
                                 "killed in the assault."))
    assert said.get("at least 85 soldiers were killed in the assault") == "Ivo Marek", said


# --- "Lower Saxony's premier, X, said …": a head of government the role list knows -----------------------

@pytest.mark.parametrize("role", ["The regional premier", "The province's premier", "Chancellor", "The town's prefect",
                                  "A veteran legislator", "The city councillor"])
def test_extract_en_st2_role_before_a_name_the_gazetteer_lacks(extract, role):
    said = _said(extract(_LEAD + f"{role}, Karl Stolz, said the state hopes to house offices at the camp."))
    assert said == {"the state hopes to house offices at the camp": "Karl Stolz"}, said


def test_extract_en_st2_directive_in_a_dating_clause_is_background(extract):
    said = _said(extract(_LEAD + "The mission closed in June, after Governor Pavel Sorensen called for the "
                                 "departure of the force."))
    assert said == {}, said


# --- review: a relative clause with words before its verb, and "told" with a clause ----------------

def _quotes_of(text: str):
    from kg.model import Article
    from kg.pipeline import extract
    ex = extract(Article(source="t.txt", text="Headline\n\n" + text + "\n\nA source said it was calm.", lang="en"))
    return [st.quote for st in ex.statements]


def test_a_directive_in_a_relative_clause_with_an_adverbial_is_no_report():
    quotes = _quotes_of("Mayor Peter Lund, who last year urged the navy to leave, welcomed the decision on Friday.")
    assert not any("urged" in q for q in quotes)


def test_told_with_a_clause_object_is_no_directive():
    quotes = _quotes_of("The navy left Port Vala on Friday. Mayor Peter Lund told reporters he hoped to reopen the "
                        "harbour soon.")
    assert "he hoped to reopen the harbour soon" in quotes
    assert not any(q.startswith("told") for q in quotes)
