"""English statements on constructions every outlet uses (every sentence written for these tests):

* an accusation (``accused X of …``, ``accuses``, ``has accused``, ``accusing X … of …``) says nothing
  without its verb: the statement is the verb phrase; a passive (``was accused of``), an adjective
  (``the accused men``) or a negated verb reports nothing; a country named alone (``Denmark has accused …``)
  speaks as it does with ``said``;
* a participle after the speech noun of ``in a statement`` (``read out on state television``,
  ``faxed from its office in Oslo``, ``issued after the meeting``) modifies the statement: the
  content is the that-clause after it, and ``read``/``posted`` there is no reporting verb (but ``The
  statement read: …`` is);
* ``threatened`` reports only with a to-infinitive or a that-clause (``… was illegal and threatened the
  security of the valley`` is one clause);
* ``reports``/``claims`` opening a clause (``early reports suggested``) are nouns; ``read out the names``
  reads aloud; a denial keeps its verb (``denying reports that …``), in any verb of denial with the claim
  it disputes (``rejected claims that …``; not ``rejected the claim.``, not ``dismissed X as Y``);
* a body described by a common noun (``the presidential committee``), also with a reduced relative
  clause (``… charged with overseeing the truce said``), and a described body speaking through its
  office (``the military's media wing said``);
* an opening adverbial, a parenthetical attribution, then the clause (``Under the deal, it said, …``);
* a that-clause several phrases after its verb (``said on Wednesday during a visit to the troops that``);
* ``Country's [adjective] Named Body said``: the body speaks;
* a paraphrase, then ``and`` with a quoted claim (``… and "went as agreed"``): two statements.

The gazetteer is the small one of :mod:`support.en_fixtures`.
"""
from __future__ import annotations

import pytest

from support.en_fixtures import _said, extract  # noqa: F401  (extract is a fixture)

_LEAD = "OSLO -- The Danish army left the valley on Monday.\n\n"


def _holding(said: dict, words: str):
    """The speaker of the one statement holding ``words`` (None if no statement holds them)."""
    got = [who for q, who in said.items() if words in q]
    assert len(got) <= 1, said
    return got[0] if got else None


# --- an accusation: the verb phrase is the statement -------------------------------------------------

@pytest.mark.parametrize("sentence, words, speaker", [
    ("Colonel Jens Moller accused the Malian army of breaking the truce signed in May.",
     "accused the Malian army of breaking the truce", "Jens Moller"),
    ("Colonel Jens Moller has accused the Malian army of breaking the truce signed in May.",
     "has accused the Malian army of breaking the truce", "Jens Moller"),
    ("Governor Pavel Sorensen accuses the militia of looting the depot at night.",
     "accuses the militia of looting the depot", "Pavel Sorensen"),
    ("Governor Pavel Sorensen on Sunday accused the militia of war crimes in the valley.",
     "accused the militia of war crimes", "Pavel Sorensen"),
    ("Governor Pavel Sorensen resigned on Friday, accusing the council in his resignation letter of "
     "sidelining the army and taking decisions alone.", "of sidelining the army and taking decisions alone",
     "Pavel Sorensen"),
    ("The Danish army said the camp was safe and accused the rebels of spreading lies about the siege.",
     "accused the rebels of spreading lies about the siege", "Danish army"),
    ('Colonel Jens Moller accused the militia of "treachery" in the valley.', 'of "treachery" in the valley',
     "Jens Moller"),
    # a country named alone speaks as it does with "said" (review 13b: the special case is dropped)
    ("Denmark has accused the peacekeepers of failing to prevent the offensive.",
     "has accused the peacekeepers of failing to prevent the offensive", "Denmark"),
])
def test_extract_en_st13_accusation_is_the_verb_phrase(extract, sentence, words, speaker):
    said = _said(extract(_LEAD + sentence))
    assert _holding(said, words) == speaker, said


@pytest.mark.parametrize("sentence", [
    "Governor Pavel Sorensen was accused of taking bribes from the militia.",     # a passive
    "The accused men of the militia were held at the depot for a week.",          # an adjective
    "Governor Pavel Sorensen did not accuse the army of anything at the meeting.",  # negated
])
def test_extract_en_st13_no_accusation(extract, sentence):
    said = _said(extract(_LEAD + sentence))
    assert not said, said


# --- a participle after "in a statement": the that-clause is the content ----------------------------

@pytest.mark.parametrize("sentence", [
    "The Danish army said in a statement read out on state television that troops had held the ford for hours.",
    "The Danish army said in a statement issued after the meeting of its chiefs that troops had held the "
    "ford for hours.",
    "The Danish army said in a statement published on its website on Monday evening that troops had held "
    "the ford for hours.",
    "The Danish army said in a written statement handed out at the gate that troops had held the ford for hours.",
    "The Danish army said in a statement faxed from its office in Oslo that troops had held the ford for hours.",
    "The Danish army, in a statement read out on radio, said troops had held the ford for hours.",
])
def test_extract_en_st13_participle_after_statement_is_no_content(extract, sentence):
    said = _said(extract(_LEAD + sentence))
    got = [q for q in said if "troops had held the ford" in q]
    assert len(got) == 1 and said[got[0]] == "Danish army", said
    assert not any(w in got[0] for w in ("out", "issued", "published", "faxed", "website")), said


@pytest.mark.parametrize("text", [
    'The Danish army said in a statement read out on radio: "We held the ford for hours."',
    'The Danish army said in a statement on Monday that the ford was quiet again. The statement read: '
    '"We held the ford for hours."',        # the statement is the subject of "read": a report
])
def test_extract_en_st13_quotation_after_statement_participle(extract, text):
    said = _said(extract(_LEAD + text))
    assert said.get("We held the ford for hours") == "Danish army", said


# --- "threatened" reports only with what is threatened: a to-infinitive or a that-clause ------------

def test_extract_en_st13_threatened_with_an_object_is_no_report(extract):
    said = _said(extract(_LEAD + "The Danish army said on Thursday that a militia deployment near the airfield, "
                                 "made without its approval, was illegal and threatened the security of the valley."))
    assert list(said.values()) == ["Danish army"], said
    assert "was illegal and threatened the security of the valley" in next(iter(said)), said


@pytest.mark.parametrize("sentence, words", [
    ("The Danish army said the deployment was illegal and threatened to expel the militia from the valley.",
     "threatened to expel the militia"),
    ("The Danish army said the deployment was illegal and threatens to expel the militia.",
     "threatens to expel the militia"),
    ("The Danish army said the deployment was illegal and threatened that it would expel the militia.",
     "threatened that it would expel the militia"),
])
def test_extract_en_st13_threat_with_its_content_is_a_second_statement(extract, sentence, words):
    said = _said(extract(_LEAD + sentence))
    assert _holding(said, words) == "Danish army", said
    assert _holding(said, "the deployment was illegal") == "Danish army", said


# --- "reports"/"claims" opening a reported clause are nouns, not reporting verbs ---------------------

@pytest.mark.parametrize("second, words", [
    ('He added that early reports suggested "two officers have been taken by the militia".',
     "two officers have been taken by the militia"),
    ('He said initial claims were "wildly exaggerated by the militia".', "wildly exaggerated by the militia"),
])
def test_extract_en_st13_plural_noun_after_that_is_no_reporting_verb(extract, second, words):
    said = _said(extract(_LEAD + "Colonel Jens Moller said troops had held the ford for hours. " + second))
    assert _holding(said, words) == "Jens Moller", said


# --- "read out" reads a text aloud: no words of the reader's own (but "pointed out that" reports) ------

def test_extract_en_st13_read_out_is_no_report(extract):
    said = _said(extract(_LEAD + "General Jens Moller read out the names of the ten soldiers killed during the "
                                 "deployment."))
    assert not said, said


def test_extract_en_st13_pointed_out_still_reports(extract):
    said = _said(extract(_LEAD + "General Jens Moller pointed out that the valley was quiet again."))
    assert _holding(said, "the valley was quiet again") == "Jens Moller", said


# --- a body described by a common noun with a reduced relative clause ---------------------------------

@pytest.mark.parametrize("subject", [
    "The presidential committee",
    "The presidential commission charged with overseeing the truce in the valley",
    "The Danish army, stationed in the north,",
    "The Danish army stationed in the north",
])
def test_extract_en_st13_body_with_reduced_relative_speaks(extract, subject):
    said = _said(extract(_LEAD + subject + " said in a statement on Wednesday that the militia bore full "
                                          "responsibility for the bloodshed."))
    assert len(said) == 1 and "the militia bore full responsibility" in next(iter(said)), said
    assert next(iter(said.values())) in ("presidential committee", "presidential commission", "Danish army"), said


# --- an opening adverbial, a parenthetical attribution, then the whole clause --------------------------

@pytest.mark.parametrize("sentence, words", [
    ("Under the deal, Colonel Jens Moller said, the militia was to leave the valley.", "the militia was to leave"),
    ("By the spring, Colonel Jens Moller said, the last soldiers would have left the camp.",
     "the last soldiers would have left the camp"),
    ("In the valley, Colonel Jens Moller said, the roads are open again.", "the roads are open again"),
])
def test_extract_en_st13_adverbial_then_parenthetical_attribution(extract, sentence, words):
    said = _said(extract(_LEAD + sentence))
    assert _holding(said, words) == "Jens Moller", said
    assert not any(q.startswith(("Under", "By the", "In the")) for q in said), said


def test_extract_en_st13_pronoun_in_parenthetical_after_adverbial(extract):
    said = _said(extract(_LEAD + "The presidential committee said in a statement that the militia bore the blame. "
                                 "Under the deal, it said, the colonel was to leave the valley."))
    assert _holding(said, "the colonel was to leave the valley") == "presidential committee", said


# --- what a denial denies is no statement of the denier's: the denial keeps its verb --------------------

@pytest.mark.parametrize("sentence, denial", [
    ("In a separate statement, the Danish army said none of its soldiers had been deployed at the ford, "
     "denying reports that Danish troops had fled with the militia.",
     "denying reports that Danish troops had fled with the militia"),
    ("The Danish army has denied claims that its troops had fled with the militia.",
     "denied claims that its troops had fled with the militia"),
])
def test_extract_en_st13_denied_report_keeps_the_denial(extract, sentence, denial):
    said = _said(extract(_LEAD + sentence))
    assert _holding(said, denial) == "Danish army", said
    assert not any(q.startswith("that") for q in said), said


# --- a body described before, speaking through its media office -----------------------------------------

_IRAQ = "KIRKUK -- The Iraqi army took over the base on Monday.\n\n"


@pytest.mark.parametrize("sentence, words", [
    ('"Control of the airbase now rests with our units," the military\'s media wing said.',
     "Control of the airbase now rests with our units"),
    ("The army's press office said the base was calm.", "the base was calm"),
    ("The army's media office said the base was calm.", "the base was calm"),
])
def test_extract_en_st13_described_body_speaks_through_its_office(extract, sentence, words):
    said = _said(extract(_IRAQ + sentence))
    assert _holding(said, words) == "Iraqi army", said


@pytest.mark.parametrize("sentence", [
    "The army's commander said the base was calm.",          # a person, unnamed
    "The army's logistics branch said the base was calm.",   # no office that speaks for it
])
def test_extract_en_st13_described_body_part_is_no_voice(extract, sentence):
    said = _said(extract(_IRAQ + sentence))
    assert "Iraqi army" not in said.values(), said


# --- a that-clause several phrases after its reporting verb ----------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Colonel Jens Moller said on Wednesday during a visit to the troops in the north that the ford was held.",
    "Colonel Jens Moller said in an interview with state television late on Sunday that the ford was held.",
    "Colonel Jens Moller wrote on his official Facebook page shortly after midnight that the ford was held.",
    "Colonel Jens Moller said at a news conference in Oslo, the capital, that the ford was held.",
])
def test_extract_en_st13_that_clause_after_several_phrases(extract, sentence):
    said = _said(extract(_LEAD + sentence))
    assert said == {"that the ford was held": "Jens Moller"}, said


# --- "Country's [adjective] Named Body said": the body speaks, not the country's national force -------------

@pytest.fixture(scope="module")
def extract_rsf():
    from support.en_fixtures import _force, extractor
    return extractor(_force("tindar_forces", "Tindar Support Forces", None, ["Tindar Support Forces", "TSF"]))


@pytest.mark.parametrize("subject", [
    "Syria's paramilitary Tindar Support Forces",
    "Syria's Tindar Support Forces",
])
def test_extract_en_st13_country_possessive_before_a_named_body(extract_rsf, subject):
    said = _said(extract_rsf("DAMASCUS -- Fighting spread on Saturday.\n\n" + subject +
                             " said on Thursday they had seized the headquarters of the division in the city."))
    assert _holding(said, "they had seized the headquarters") == "Tindar Support Forces", said


def test_extract_en_st13_country_possessive_before_a_common_noun(extract_rsf):
    said = _said(extract_rsf("DAMASCUS -- Fighting spread on Saturday.\n\n"
                             "Syria's army said on Thursday it had retaken the headquarters of the division."))
    assert _holding(said, "it had retaken the headquarters") not in (None, "Tindar Support Forces"), said


# --- a paraphrase, then "and" with a quoted claim: two statements ------------------------------------------

@pytest.mark.parametrize("sentence, first, second", [
    ('Colonel Jens Moller said the transfer had been planned for months and "went exactly as the accord '
     'envisaged."', "the transfer had been planned for months", "went exactly as the accord envisaged"),
    ('Governor Pavel Sorensen urged the militia to pull out of the valley and "return all the heavy weapons '
     'taken from the army".', "urged the militia to pull out of the valley",
     "return all the heavy weapons taken from the army"),
])
def test_extract_en_st13_paraphrase_and_quoted_claim(extract, sentence, first, second):
    said = _said(extract(_LEAD + sentence))
    assert _holding(said, first) is not None and _holding(said, second) is not None, said
    assert not any(first in q and second in q for q in said), said
    assert not any(q.startswith('"') or q.endswith('"') for q in said), said


@pytest.mark.parametrize("sentence, whole", [
    ('Colonel Jens Moller said the camp was quiet and "calm".', 'the camp was quiet and "calm"'),
    # a quoted noun phrase joined to another: one claim
    ("Colonel Jens Moller said the valley was now in the hands of its own forces and 'our friends who chose "
     "to stay with us'.", "the valley was now in the hands of its own forces and 'our friends who chose to stay "
                          "with us'"),
])
def test_extract_en_st13_quoted_word_or_noun_phrase_stays_in_the_paraphrase(extract, sentence, whole):
    said = _said(extract(_LEAD + sentence))
    assert list(said.values()) == ["Jens Moller"] and whole.replace("'", "") in next(iter(said)).replace(
        "'", "").replace("‘", "").replace("’", ""), said


# --- a denial in any of its verbs, with the claim it disputes ------------------------------------------------

@pytest.mark.parametrize("sentence, words", [
    ("Colonel Jens Moller dismissed reports circulating on social media that the militia would move into the "
     "camp, calling them 'pure speculation'.", "dismissed reports circulating on social media"),
    ("Colonel Jens Moller rejected claims that the militia would move into the camp.",
     "rejected claims that the militia would move into the camp"),
    ("Colonel Jens Moller refuted the allegations that the militia had moved into the camp.",
     "refuted the allegations that the militia had moved into the camp"),
])
def test_extract_en_st13_denial_of_a_claim_reports(extract, sentence, words):
    said = _said(extract(_LEAD + sentence))
    assert _holding(said, words) == "Jens Moller", said


@pytest.mark.parametrize("sentence", [
    "Colonel Jens Moller rejected the plan to move the militia into the camp.",   # no claim disputed
    "The militia said it held the ford. Colonel Jens Moller rejected the claim.",  # nothing told of it
])
def test_extract_en_st13_rejection_without_a_told_claim_is_no_report(extract, sentence):
    said = _said(extract(_LEAD + sentence))
    assert not any(q.startswith("rejected") for q in said), said
