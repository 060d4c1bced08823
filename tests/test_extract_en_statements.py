"""English statements and their speakers on wordings common across outlets (every sentence written
for these tests): a quotation of several sentences (one statement), quoted verdicts ("called the handover "…"",
"described the reports as "…"", "what he called "…""), a speaker named before a quotation that has
no reporting verb of its own. The gazetteer is the small one of :mod:`support.en_fixtures`."""
from __future__ import annotations

import pytest

from support.en_fixtures import _said, extract  # noqa: F401  (extract is a fixture)


# --- a quotation of several sentences is one statement, as the dev annotators record it --------------

def test_extract_en_st_quotation_of_several_sentences_is_one_statement(extract):
    said = _said(extract('Brig. Gen. Oskar Lind spoke at the gate. "The camp now belongs to the Danish army. '
                         'Our engineers have cleared every building," Lind said.'))
    assert said == {"The camp now belongs to the Danish army. Our engineers have cleared every building":
                    "Oskar Lind"}


def test_extract_en_st_abbreviation_in_a_quotation_ends_no_sentence(extract):
    said = _said(extract('Brig. Gen. Oskar Lind spoke at the gate. "We met Gen. Roe and John A. Smith at the '
                         'U.S. embassy before dawn," Lind said.'))
    assert list(said) == ["We met Gen. Roe and John A. Smith at the U.S. embassy before dawn"]


# --- quoted verdicts -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, quote, speaker", [
    ('Interior Minister Pavel Sorensen called the handover of the camp "a proud day for the republic".',
     "a proud day for the republic", "Pavel Sorensen"),
    ('Interior Minister Pavel Sorensen called it "reckless."', "reckless", "Pavel Sorensen"),
    ('The French Armed Forces described the move in a post on social media as "a partnership of equals".',
     "a partnership of equals", "French Armed Forces"),
    ('Mayor Ines Varga condemned what she called the army\'s "betrayal of the valley".',
     "betrayal of the valley", "Ines Varga"),
    ('The French Armed Forces dismissed as "baseless and malicious" reports that soldiers had fled.',
     "baseless and malicious", "French Armed Forces"),
    ('Governor Lars Holm, who was abroad, skipped the ceremony but issued a statement calling the transfer '
     '"long overdue."', "long overdue", "Lars Holm"),
    ('Governor Lars Holm hailed "a new era for the north" in a televised address.',
     "a new era for the north", "Lars Holm"),
])
def test_extract_en_st_quoted_verdict(extract, text, quote, speaker):
    assert _said(extract(text)).get(quote) == speaker


def test_extract_en_st_verdict_of_a_name_after_a_noun(extract):
    said = _said(extract('Governor Lars Holm spoke to the crowd. The army resumed night patrols on Friday, '
                         'a step Holm described as "reckless."'))
    assert said.get("reckless") == "Lars Holm"


def test_extract_en_st_verdict_in_two_quoted_pieces_is_one_statement(extract):
    said = _said(extract('Colonel Ada Kirsch described the strike as a "limited" operation "to deny the '
                         'depot to the rebels."'))
    assert list(said.values()) == ["Ada Kirsch"]
    assert "to deny the depot to the rebels" in next(iter(said))


@pytest.mark.parametrize("text", [
    'The ministry called for "calm and restraint" in the town.',                 # a call, no verdict
    'The rebels took a village called "Little Harbour" on Monday.',              # a name
    'The army calls the camp "Fort Hope" in its reports.',                       # a name
    'The plan was called "a mistake" by critics.',                               # no named speaker
])
def test_extract_en_st_no_verdict(extract, text):
    assert _said(extract(text)) == {}


def test_extract_en_st_verdict_then_a_reported_clause(extract):
    said = _said(extract('Interior Minister Pavel Sorensen called the handover of the camp "a proud day for '
                         'the republic" but said the army still needed helicopters.'))
    assert said == {"a proud day for the republic": "Pavel Sorensen",
                    "the army still needed helicopters": "Pavel Sorensen"}


# --- the name of an office is no person ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "But the Director of Army Public Affairs, Col. Ivo Brandt, said the troops had left the camp.",
    "The Acting Director of Defence Information, Col. Ivo Brandt, said the troops had left the camp.",
    # a media or press office is an office, not a news outlet
    "But the Director of Army Media Affairs, Col. Ivo Brandt, said the troops had left the camp.",
    "The head of Army Press Relations, Col. Ivo Brandt, said the troops had left the camp.",
])
def test_extract_en_st_office_before_the_person(extract, text):
    ex = extract(text)
    assert _said(ex) == {"the troops had left the camp": "Ivo Brandt"}
    assert {m.surface for m in ex.mentions if m.kind.name == "PERSON"} == {"Ivo Brandt"}


@pytest.mark.parametrize("text", [
    "The country's main television network said the troops had left the camp.",
    "State media said the troops had left the camp.",
])
def test_extract_en_st_a_news_outlet_is_still_no_speaker(extract, text):
    assert _said(extract(text)) == {}


@pytest.mark.parametrize("text", [
    "A spokesman for Vale Army Omar Sadiq said the troops had left the camp.",
    "A spokesman for the Vale Army Omar Sadiq said the troops had left the camp.",
])
def test_extract_en_st_a_named_body_before_the_person_is_no_office(extract, text):
    assert _said(extract(text)) == {"the troops had left the camp": "Omar Sadiq"}


def test_extract_en_st_title_before_a_name_still_makes_a_person(extract):
    assert _said(extract("Security analyst Lena Ortiz said the troops had left the camp.")) == {
        "the troops had left the camp": "Lena Ortiz"}


# --- a person opening a sentence after a role used as a title is its subject ---------------------------

def test_extract_en_st_he_after_a_subject_with_a_role_title(extract):
    said = _said(extract("Interior Minister Pavel Sorensen said the talks had ended. Garrison commander Col. Aron "
                         "Weiss received the keys from the departing contingent. He told reporters that the camp "
                         "was secure."))
    assert said["that the camp was secure"] == "Aron Weiss"


def test_extract_en_st_he_after_a_possessed_subject_stays_with_the_speaker(extract):
    # "X's convoy" opens the sentence: X is no subject of it
    said = _said(extract("Interior Minister Pavel Sorensen said the talks had ended. Garrison commander Col. Aron "
                         "Weiss's convoy left at dawn. He said that the camp was secure."))
    assert said["that the camp was secure"] == "Pavel Sorensen"


# --- quote first, the one told and where --------------------------------------------------------------

def test_extract_en_st_told_an_audience_somewhere(extract):
    said = _said(extract('"This camp now belongs to the Danish people," Defence Minister Hanno Lund told '
                         'soldiers on the parade ground.'))
    assert said == {"This camp now belongs to the Danish people": "Hanno Lund"}


def test_extract_en_st_told_somewhere_that_is_speaker_first(extract):
    said = _said(extract('Defence Minister Hanno Lund told soldiers on the parade ground that the camp now '
                         'belonged to the Danish people.'))
    assert said == {"that the camp now belonged to the Danish people": "Hanno Lund"}


# --- a reporting participle after a closing attribution -----------------------------------------------

def test_extract_en_st_participle_clause_after_told(extract):
    said = _said(extract('"Tonight we have closed a long chapter," Prime Minister Ilse Kask told reporters, '
                         'saying Denmark had kept its promise to bring the soldiers home.'))
    assert said == {"Tonight we have closed a long chapter": "Ilse Kask",
                    "Denmark had kept its promise to bring the soldiers home": "Ilse Kask"}


def test_extract_en_st_participle_without_a_clause_is_no_statement(extract):
    said = _said(extract('"We are done with this camp," Colonel Rein Tamm said, adding to the confusion.'))
    assert said == {"We are done with this camp": "Rein Tamm"}


# --- the office of a person named before ------------------------------------------------------------

def test_extract_en_st_her_office_speaks_for_her(extract):
    said = _said(extract("President Ilse Kask, who was abroad, sent a message to the ceremony. Her office said "
                         "the site could become a cargo airport."))
    assert said == {"the site could become a cargo airport": "Ilse Kask"}


def test_extract_en_st_her_spokesman_is_someone_unnamed(extract):
    said = _said(extract("President Ilse Kask, who was abroad, sent a message to the ceremony. Her spokesman said "
                         "the site could become a cargo airport."))
    assert said == {}


# --- "the statement said" after a person's statement --------------------------------------------------

def test_extract_en_st_the_statement_of_a_person(extract):
    said = _said(extract('Lt. Gen. Oskar Lind, the top officer in the region, said in a statement that the '
                         'engineers had cleared the ground. "We are glad to hand this ground back to the farmers," '
                         'the statement said.'))
    assert said["We are glad to hand this ground back to the farmers"] == "Oskar Lind"


def test_extract_en_st_a_statement_only_mentioned_names_no_issuer(extract):
    said = _said(extract('Lt. Gen. Oskar Lind said the army had read the ministry\'s statement. "We are glad to '
                         'hand this ground back to the farmers," the statement said.'))
    assert said.get("We are glad to hand this ground back to the farmers") != "Oskar Lind"


# --- "X, but Y" in a quotation ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, quotes", [
    # one contrastive statement
    ('Major Tano Varga spoke at the camp. "We are leaving Gerou, but we are not leaving Chad," Varga said.',
     ["We are leaving Gerou, but we are not leaving Chad"]),
    ('Major Tano Varga spoke at the camp. "The Chadian troops are brave, but they still lack helicopters," '
     'Varga said.', ["The Chadian troops are brave, but they still lack helicopters"]),
    # a denial, then a claim of its own: two statements
    ('Major Tano Varga spoke at the camp. "They have not formally handed over the camp but I can confirm they '
     'left it on Friday," Varga said.',
     ["They have not formally handed over the camp", "I can confirm they left it on Friday"]),
])
def test_extract_en_st_but_in_a_quotation(extract, text, quotes):
    assert sorted(_said(extract(text))) == sorted(quotes)


# --- reporting verbs that need a clause -----------------------------------------------------------------

@pytest.mark.parametrize("text, said", [
    ("Mayor Ines Varga complained that the soldiers had left the gate open.",
     {"that the soldiers had left the gate open": "Ines Varga"}),
    ("Mayor Ines Varga cautioned that the mines had not been cleared.",
     {"that the mines had not been cleared": "Ines Varga"}),
    ("Mayor Ines Varga complained about the noise of the convoys.", {}),
    ("Mayor Ines Varga reiterated her support for the mission.", {}),
])
def test_extract_en_st_reporting_verbs_with_a_clause(extract, text, said):
    assert _said(extract(text)) == said


def test_extract_en_st_a_report_ends_where_the_next_subject_and_its_aside_begin(extract):
    said = _said(extract("The French Armed Forces said they were preparing to move troops into the zone, but a "
                         "spokesman, Ivo Brandt, cautioned that surveyors still had to check the line."))
    assert said == {"they were preparing to move troops into the zone": "French Armed Forces",
                    "that surveyors still had to check the line": "Ivo Brandt"}


# --- "…, a claim X denied": a rebuttal, no attribution ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Vale Front also claimed to have taken the bridge in Gerou, a claim the French Armed Forces denied.",
    "Local officials have complained that Malian troops were slow to hold the towns, a charge the Malian Armed "
    "Forces rejected.",
])
def test_extract_en_st_a_disputed_claim_is_no_attribution(extract, text):
    assert "French Armed Forces" not in _said(extract(text)).values()
    assert "Malian Armed Forces" not in _said(extract(text)).values()


def test_extract_en_st_a_closing_attribution_still_counts(extract):
    assert _said(extract("The Vale Front had seized the airport in Gerou, the French Armed Forces said.")) == {
        "The Vale Front had seized the airport in Gerou": "French Armed Forces"}


# --- a contrasting that-clause; a passive reporting verb ----------------------------------------------

def test_extract_en_st_but_that_is_a_second_statement(extract):
    said = _said(extract('Gen. Ivo Brandt said the first units could move within a month, but that building new '
                         'barracks elsewhere would take years.'))
    assert sorted(said) == ["building new barracks elsewhere would take years",
                            "the first units could move within a month"]


def test_extract_en_st_and_that_stays_one_statement(extract):
    said = _said(extract('Gen. Ivo Brandt said the first units could move within a month and that building new '
                         'barracks elsewhere would take years.'))
    assert len(said) == 1


def test_extract_en_st_passive_reporting_verb_is_no_attribution(extract):
    said = _said(extract("Governor Lars Holm asked villagers to stay calm, saying he had been told by the police "
                         "that the valley would keep its checkpoints."))
    assert said == {"he had been told by the police that the valley would keep its checkpoints": "Lars Holm"}


# --- a quotation opening a sentence after a reported one (every style of quotation mark) ---------------

@pytest.mark.parametrize("open_, close", [("'", "'"), ("‘", "’"), ('"', '"'), ("“", "”"), ("«", "»")])
def test_extract_en_st_quotation_after_a_reported_sentence_is_its_own(extract, open_, close):
    said = _said(extract(f"Major Petra Sund said the company would leave the depot in May. {open_}We have packed "
                         f"the tents, the generators and the trucks,{close} she said."))
    assert said == {"the company would leave the depot in May": "Petra Sund",
                    "We have packed the tents, the generators and the trucks": "Petra Sund"}


def test_extract_en_st_single_quoted_quotation_of_two_sentences_stays_one(extract):
    said = _said(extract("Major Petra Sund spoke at the depot. 'We leave today. The depot is yours now,' "
                         "Sund said."))
    assert said == {"We leave today. The depot is yours now": "Petra Sund"}


def test_extract_en_st_single_quotation_inside_a_double_one_opens_no_sentence(extract):
    said = _said(extract('Major Petra Sund spoke at the depot. "The order read ‘Leave the depot.’ We left at '
                         'dawn," Sund said.'))
    assert list(said.values()) == ["Petra Sund"]
    assert "We left at dawn" in next(iter(said))


# --- "it said" right after a person's statement: "it" is the statement ----------------------------------

@pytest.mark.parametrize("first", [
    'Governor Lars Holm said in a statement that the transfer was overdue.',
    'Governor Lars Holm hailed "a new dawn for the valley" in a statement read on local radio.',
])
def test_extract_en_st_it_said_after_a_persons_statement(extract, first):
    said = _said(extract(first + ' "The valley is safe again and our police are ready," it said.'))
    assert said.get("The valley is safe again and our police are ready") == "Lars Holm"


def test_extract_en_st_it_said_two_sentences_after_a_persons_statement_is_not_the_person(extract):
    said = _said(extract('Governor Lars Holm said in a statement that the transfer was overdue. The soldiers '
                         'left the valley at dawn. "The valley is safe again and our police are ready," it said.'))
    assert said.get("The valley is safe again and our police are ready") != "Lars Holm"


def test_extract_en_st_it_said_after_a_bodys_statement_stays_the_body(extract):
    said = _said(extract('Gen. Tomas Brink addressed the troops at the airfield. The Danish army said in a '
                         'statement that the airfield would close in June. "All equipment has been moved to the '
                         'coast," it said.'))
    assert said.get("All equipment has been moved to the coast") == "Danish army"


# --- "the army said": the army the article named with the same word -----------------------------------

def test_extract_en_st_the_army_said_is_the_army_named_before(extract):
    said = _said(extract('The Danish army said on Monday that the airfield would close in June. Gen. Tomas Brink '
                         'led the last convoy out. "All equipment has been moved to the coast," the army said.'))
    assert said.get("All equipment has been moved to the coast") == "Danish army"


def test_extract_en_st_the_army_said_is_no_other_force(extract):
    said = _said(extract('The rebel Vale Front said on Monday that the airfield would close in June. "All '
                         'equipment has been moved to the coast," the army said.'))
    assert said.get("All equipment has been moved to the coast") is None


# --- a denial or a claim about oneself opens with its verb ---------------------------------------------

@pytest.mark.parametrize("text, quote", [
    ("The Danish army claimed to have recaptured the airfield at Gerou on Sunday.",
     "claimed to have recaptured the airfield at Gerou on Sunday"),
    ("The Danish army denied having abandoned the airfield at Gerou.", "denied having abandoned the airfield at Gerou"),
    ("The Danish army denied reports that its troops had abandoned the airfield at Gerou.",
     "denied reports that its troops had abandoned the airfield at Gerou"),
    ("The Danish army denied that its troops had abandoned the airfield at Gerou.",
     "denied that its troops had abandoned the airfield at Gerou"),
])
def test_extract_en_st_denial_or_claim_opens_with_its_verb(extract, text, quote):
    assert _said(extract(text)) == {quote: "Danish army"}


@pytest.mark.parametrize("text", [
    "The Danish army denied the rebels access to the airfield at Gerou.",
    "The rebels were denied access to the airfield at Gerou by the Danish army.",
])
def test_extract_en_st_denying_something_to_someone_is_no_statement(extract, text):
    assert _said(extract(text)) == {}


def test_extract_en_st_a_rebuttal_tail_hides_no_earlier_statement(extract):
    said = _said(extract("The Vale Front also claimed to have taken the bridge in Kirkuk, in the north, a claim "
                         "the army denied and which nobody could verify."))
    assert said == {"claimed to have taken the bridge in Kirkuk, in the north": "Vale Front"}


# --- "the statement added" right after someone spoke: their statement goes on ---------------------------

@pytest.mark.parametrize("verb", ["said", "added"])
def test_extract_en_st_the_statement_goes_on_after_a_body_spoke(extract, verb):
    said = _said(extract('The Danish army said on Monday that the airfield would close in June. "All equipment '
                         f'has been moved to the coast," the statement {verb}.'))
    assert said.get("All equipment has been moved to the coast") == "Danish army"


def test_extract_en_st_the_statement_after_a_sentence_of_news_is_nobodys(extract):
    said = _said(extract('The Danish army said on Monday that the airfield would close in June. The rebels '
                         'attacked the base three days later. "All equipment has been moved to the coast," the '
                         'statement added.'))
    assert said.get("All equipment has been moved to the coast") is None


# --- a verdict on a claim without quotation marks ---------------------------------------------------------

@pytest.mark.parametrize("text, quote", [
    ("The rebels said they had taken the airfield. The Danish army described the claim as propaganda.",
     "propaganda"),
    ("The rebels said they had taken the airfield. The Danish army dismissed the reports as baseless rumours "
     "on Tuesday.", "baseless rumours"),
])
def test_extract_en_st_unquoted_verdict_on_a_claim(extract, text, quote):
    assert _said(extract(text)).get(quote) == "Danish army"


@pytest.mark.parametrize("text", [
    "The Danish army described the airfield as a vital hub for the region.",
    "Analysts described the claim as propaganda.",
])
def test_extract_en_st_unquoted_verdict_needs_a_claim_and_a_speaker(extract, text):
    assert _said(extract(text)) == {}


# --- "said her unit …": a possessive opening the clause, no one told ---------------------------------------

def test_extract_en_st_her_after_said_opens_the_clause(extract):
    said = _said(extract("Major Petra Sund said her company would leave the depot in May."))
    assert said == {"her company would leave the depot in May": "Petra Sund"}


def test_extract_en_st_her_after_told_is_the_one_told(extract):
    said = _said(extract("Colonel Jens Holm told her the troops would leave the depot in May."))
    assert said == {"the troops would leave the depot in May": "Jens Holm"}


# --- "the MoD": the ministry of defence the article named ----------------------------------------------

def test_extract_en_st_the_mod_is_the_ministry_of_defence_named_before(extract):
    said = _said(extract("British troops have left the depot near Gerou, the Ministry of Defence has confirmed. "
                         "The MoD said that security at the depot had been handed to the local police."))
    assert said.get("that security at the depot had been handed to the local police") == "Ministry of Defence"


def test_extract_en_st_the_mod_alone_names_no_body(extract):
    said = _said(extract("British troops have left the depot near Gerou. The MoD said that security at the depot "
                         "had been handed to the local police."))
    assert said == {}


# --- "…, according to Y, a UK-based monitor.": an aside about Y, no clause ---------------------------------

def test_extract_en_st_according_to_a_body_and_its_aside_closes_the_sentence(extract):
    said = _said(extract("About 400 rebel fighters left the airfield on Wednesday and crossed the river, according "
                         "to the Vale Monitoring Mission, a Geneva-based observer group."))
    assert said == {"About 400 rebel fighters left the airfield on Wednesday and crossed the river":
                    "Vale Monitoring Mission"}


def test_extract_en_st_according_to_inside_the_clause_with_an_aside(extract):
    said = _said(extract("The rebels, according to the Vale Monitoring Mission, a Geneva-based observer group, had "
                         "left the airfield on Wednesday."))
    assert said == {"had left the airfield on Wednesday": "Vale Monitoring Mission"}


# --- "…, and denied …": the subject's second predicate, no closing attribution ---------------------------

def test_extract_en_st_and_then_a_reporting_verb_is_no_attribution(extract):
    said = _said(extract("The Danish army said the tanks had left the airfield while evacuating wounded soldiers, "
                         "and denied trying to drive the mission from the north."))
    assert said.get("the tanks had left the airfield while evacuating wounded soldiers") == "Danish army"
    assert said.get("denied trying to drive the mission from the north") == "Danish army"


# ======================================================================================================
# Generalisation rules (statements): each sentence below is written for these tests.
# ======================================================================================================

# --- 'X said that A "…" and that B': a quoted claim, then a paraphrased one: two statements ---------------

def test_extract_en_st_second_that_clause_after_a_quoted_piece_is_a_statement(extract):
    said = _said(extract('Colonel Jens Holm told journalists in Kabul that the withdrawal was "agreed long ago" '
                         'and that no rifles had been left at the depot.'))
    assert said == {'that the withdrawal was "agreed long ago"': "Jens Holm",
                    "no rifles had been left at the depot": "Jens Holm"}


def test_extract_en_st_two_paraphrased_that_clauses_stay_one_statement(extract):
    said = _said(extract('Colonel Jens Holm told journalists in Kabul that the withdrawal was agreed long ago '
                         'and that no rifles had been left at the depot.'))
    assert len(said) == 1


# --- a few quoted words inside a paraphrase ('said that Moldova "will not …" in the south'): the clause ----

def test_extract_en_st_quoted_words_inside_a_that_clause_keep_the_clause(extract):
    said = _said(extract('Foreign Minister Ana Petrov said last week that Moldova "would not tolerate a vacuum" in '
                         'the south, where the rebels hold three towns.'))
    assert any('Moldova "would not tolerate a vacuum" in the south' in q for q in said)


def test_extract_en_st_quotation_right_after_the_verb_stays_the_quotation(extract):
    said = _said(extract('Foreign Minister Ana Petrov said: "Moldova will not tolerate a vacuum in the south."'))
    assert said == {"Moldova will not tolerate a vacuum in the south": "Ana Petrov"}


# --- a date written with a month abbreviation between the verb and its clause ("said on Nov. 3 that") ------

@pytest.mark.parametrize("text", [
    "Army spokesman Colonel Pavel Dorn said on Sept. 3 that the last convoy had left the depot.",
    "Army spokesman Colonel Pavel Dorn insisted on Feb. 21 that the last convoy had left the depot.",
])
def test_extract_en_st_month_abbreviation_between_verb_and_clause(extract, text):
    said = _said(extract(text))
    assert said.get("that the last convoy had left the depot") == "Pavel Dorn", said



# --- relative clauses: "…, which Y claimed to annex" is no attribution; "…, which Y said had been …"
# reports what Y said of the noun before it -----------------------------------------------------------

def test_extract_en_st_object_relative_clause_is_no_closing_attribution(extract):
    said = _said(extract("Colonel Pavel Dorn insisted that the pullout left the legal standing of the valley unchanged, "
                         "which the Danish army claimed to control in May."))
    assert said == {"that the pullout left the legal standing of the valley unchanged": "Pavel Dorn"}


def test_extract_en_st_object_relative_clause_keeps_the_speaker_for_he(extract):
    said = _said(extract("Colonel Pavel Dorn insisted that the pullout left the legal standing of the valley unchanged, "
                         "which the Danish army claimed to control in May. \"Nothing has changed in the valley,\" "
                         "he told reporters."))
    assert said.get("Nothing has changed in the valley") == "Pavel Dorn"


def test_extract_en_st_relative_clause_reporting_about_its_noun(extract):
    said = _said(extract("Among the gear left behind was a mobile radar mounted on a truck, which the Danish army "
                         "said had been supplied by a foreign government."))
    assert said == {"had been supplied by a foreign government": "Danish army"}


def test_extract_en_st_relative_clause_with_an_object_says_nothing(extract):
    said = _said(extract("The convoy passed the old depot, which the Danish army described as a ruin."))
    assert said == {}


# --- a month abbreviation in a closing attribution ("…, the army said on Nov. 13.") ------------------------

def test_extract_en_st_closing_attribution_with_an_abbreviated_month(extract):
    said = _said(extract("The Danish army has taken the old depot outside Tarn, the army said on Oct. 4."))
    assert said == {"The Danish army has taken the old depot outside Tarn": "Danish army"}


# --- ", telling reporters (in X) that …": the participle's hearers are no part of the statement -----------

def test_extract_en_st_telling_reporters_that_leaves_out_the_hearers(extract):
    said = _said(extract("Colonel Pavel Dorn played down the dispute, telling reporters in Tarn that the depot "
                         "would reopen in May."))
    assert said == {"the depot would reopen in May": "Pavel Dorn"}


def test_extract_en_st_telling_with_no_clause_is_no_statement(extract):
    said = _said(extract("Colonel Pavel Dorn visited the depot, telling stories of the war to the recruits."))
    assert said == {}


# --- "he" with no one heard lately: the one person the sentence before names -------------------------------

def test_extract_en_st_he_after_a_sentence_naming_one_person(extract):
    said = _said(extract('Footage posted on Friday showed Colonel Pavel Dorn walking through the depot. "We have '
                         'taken the depot, and we ask the villagers to come home," he said in the clip.'))
    assert said == {"We have taken the depot, and we ask the villagers to come home": "Pavel Dorn"}


def test_extract_en_st_he_stays_with_the_speaker_just_heard(extract):
    said = _said(extract('Colonel Jens Holm said the depot was quiet. Footage showed Colonel Pavel Dorn at the '
                         'gate. "We have taken the depot and the valley," he said.'))
    assert said.get("We have taken the depot and the valley") == "Jens Holm"


# --- "… said A and urged X to …": the subject's second report is a statement of its own ---------------------

def test_extract_en_st_said_then_urged_is_two_statements(extract):
    said = _said(extract("Mayor Ines Varga said she was deeply worried by the fighting near Tarn and urged both "
                         "armies to open the road for civilians."))
    assert said == {"she was deeply worried by the fighting near Tarn": "Ines Varga",
                    "urged both armies to open the road for civilians": "Ines Varga"}


def test_extract_en_st_urged_with_a_new_subject_is_not_the_first_speakers(extract):
    said = _said(extract("Mayor Ines Varga said the road was closed, and the army urged villagers to stay home."))
    assert said.get("the road was closed") == "Ines Varga"
    assert not any("villagers" in q and who == "Ines Varga" for q, who in said.items())


def test_extract_en_st_and_continued_to_inside_the_reported_clause_is_no_report(extract):
    said = _said(extract("The Danish army said the rebels were digging in near Tarn and continued to shell the "
                         "villages they had left."))
    assert list(said.values()) == ["Danish army"]


# --- "…, Col. X, spokesman for Y, said [on national television].": a closing attribution with the name
# before its role, and a broadcast channel after the verb ---------------------------------------------------

def test_extract_en_st_closing_attribution_name_then_role(extract):
    said = _said(extract("Danish troops entered the depot on Friday, Colonel Pavel Dorn, spokesman for the Danish "
                         "army, said."))
    assert said == {"Danish troops entered the depot on Friday": "Pavel Dorn"}


def test_extract_en_st_closing_attribution_on_national_television(extract):
    said = _said(extract("Danish troops entered the depot on Friday, a few hours after the lead convoys reached Tarn, "
                         "Colonel Pavel Dorn, spokesman for the Danish army, said on national television."))
    assert said == {"Danish troops entered the depot on Friday, a few hours after the lead convoys reached Tarn":
                    "Pavel Dorn"}


def test_extract_en_st_inverted_attribution_after_a_time_phrase_still_names_the_speaker(extract):
    said = _said(extract('"We have left the depot," said on Monday Colonel Pavel Dorn.'))
    assert said == {"We have left the depot": "Pavel Dorn"}


def test_extract_en_st_channel_then_clause_keeps_the_clause_article(extract):
    said = _said(extract("Colonel Pavel Dorn said on social media the depot was empty."))
    assert said == {"the depot was empty": "Pavel Dorn"}


# --- "…, the X Brigade, which wrote that …": the subject of a relative clause speaks ------------------------

def test_extract_en_st_relative_which_wrote_that_speaker_is_the_body_before(extract):
    said = _said(extract("The flag was raised over the depot on Friday, according to photos posted by the Danish "
                         "army, which wrote on social media that its soldiers had taken the depot."))
    assert said == {"that its soldiers had taken the depot": "Danish army"}


def test_extract_en_st_relative_which_said_after_no_name_is_no_speaker(extract):
    said = _said(extract("The flag was raised over the depot on Friday, according to photos posted on a website, "
                         "which said that the soldiers had taken the depot."))
    assert said == {}


# --- 'said A was "…" and did not …', '… "…" and "…"': right after quoted words, the subject's next predicate

@pytest.mark.parametrize("text, second", [
    ('Colonel Jens Holm said the withdrawal was "agreed long ago" and did not mean that the army was leaving '
     'the valley.', "did not mean that the army was leaving the valley"),
    ('The Danish army said its soldiers had "taken the whole depot" and "seized every rifle inside".',
     "seized every rifle inside"),
    ('Colonel Jens Holm said the town had "taken the camp" and would turn it into a school.',
     "would turn it into a school"),
])
def test_extract_en_st_next_predicate_after_quoted_words(extract, text, second):
    said = _said(extract(text))
    assert len(said) == 2 and second in said, said


def test_extract_en_st_next_predicate_with_no_quoted_words_stays_one_statement(extract):
    said = _said(extract("Colonel Jens Holm said the withdrawal was agreed long ago and did not mean that the army "
                         "was leaving the valley."))
    assert len(said) == 1


def test_extract_en_st_next_predicate_after_a_phrase_following_the_quote_stays_one_statement(extract):
    said = _said(extract('Colonel Jens Holm said the army was "fully ready" to run the camp and would use it '
                         'for training.'))
    assert len(said) == 1


# --- "Paris has said …": a city named alone as a speaker stands for its country's government ---------------

@pytest.fixture(scope="module")
def extract_with_capital():
    from support.en_fixtures import _place, extractor
    return extractor(_place("varnsholm", "Varnsholm", located_in="denmark"))


def test_extract_en_st_capital_as_speaker_is_its_country(extract_with_capital):
    ex = extract_with_capital("Varnsholm has said the troops would leave the depot near Gerou by May.")
    assert [(s.quote, s.speaker.key) for s in ex.statements] == [
        ("the troops would leave the depot near Gerou by May", "danish_forces")]


def test_extract_en_st_capital_inside_a_longer_phrase_is_no_government(extract_with_capital):
    ex = extract_with_capital("The Varnsholm city council said the troops would leave the depot near Gerou by May.")
    assert not any(s.speaker is not None and s.speaker.key == "danish_forces" for s in ex.statements)


# =====================================================================================================
# Generalisation rules (statements): a body's officials or spokesman speaking first, …
# (every sentence written for these tests)
# =====================================================================================================

# --- "Iraqi officials said …", "An army spokesman said …": the body speaks through its officials ---------

@pytest.mark.parametrize("text, quote, speaker", [
    ("Iraqi officials said the prison had no wing secure enough for the senior detainees.",
     "the prison had no wing secure enough for the senior detainees", "iraqi_forces"),
    ("Chadian officials have complained that the relief column arrived two weeks late.",
     "that the relief column arrived two weeks late", "chadian_forces"),
    ("Coalition officials said more than a dozen outposts had been handed to local units this year.",
     "more than a dozen outposts had been handed to local units this year", "coalition"),
    ("U.S. military officials said the airfield near Kirkuk would stay open until June.",
     "the airfield near Kirkuk would stay open until June", "us_forces"),
    ("A Danish army spokesman said about 300 soldiers had left the depot near Gerou.",
     "about 300 soldiers had left the depot near Gerou", "danish_forces"),
])
def test_extract_en_st_body_officials_speak_first(extract, text, quote, speaker):
    ex = extract(text)
    got = {s.quote: (s.speaker.key if s.speaker is not None else None) for s in ex.statements}
    assert got.get(quote) == speaker, got


def test_extract_en_st_body_officials_in_a_relative_clause(extract):
    ex = extract("The rebels left a radar truck behind, which Syrian officials said had come from abroad.")
    assert [(s.quote, s.speaker.key) for s in ex.statements] == [("had come from abroad", "syrian_army")]


@pytest.mark.parametrize("text", [
    # trailing "…, officials said": sourcing of the sentence, not a statement of the body
    "The last convoy left the depot near Gerou on Friday, Chadian officials said.",
    # a counted or indefinite handful of officials, an official in the singular: unnamed people
    "Two Iraqi officials said the prison had no wing secure enough for the senior detainees.",
    "An Iraqi official said the prison had no wing secure enough for the senior detainees.",
    # officials with no body named
    "Local officials said the prison had no wing secure enough for the senior detainees.",
    # no clause after the verb
    "Chadian officials complained about the fuel contracts.",
])
def test_extract_en_st_body_officials_near_misses(extract, text):
    assert extract(text).statements == [] or all(s.speaker is None for s in extract(text).statements)


# --- "X thanked Y for "…"": the quoted words of thanks or praise are X's ------------------------------------

@pytest.mark.parametrize("text, quote", [
    ('General Omar Rask thanked the Malian commanders "for years of loyal cooperation on the ground."',
     "for years of loyal cooperation on the ground"),
    ('Colonel Jens Holm praised the departing engineers for "work that will outlast us all".',
     "work that will outlast us all"),
])
def test_extract_en_st_quoted_thanks(extract, text, quote):
    said = _said(extract(text))
    assert quote in said and said[quote] in ("Omar Rask", "Jens Holm"), said


def test_extract_en_st_quoted_thanks_after_a_report_is_a_second_statement(extract):
    said = _said(extract('The French Armed Forces confirmed that the unit had "left the camp" near Gerou and '
                         'thanked the Chadian soldiers for "ten years side by side".'))
    assert any("ten years side by side" in q and "left the camp" not in q for q in said), said
    assert any("left the camp" in q for q in said), said


@pytest.mark.parametrize("text", [
    # thanks with no quoted words: the reporter's account, no statement
    "Colonel Jens Holm thanked the departing engineers for their work.",
    # a report going on with thanks but no quotation: one statement
    "Colonel Jens Holm said the camp was ready and thanked the engineers for their work.",
])
def test_extract_en_st_unquoted_thanks_near_miss(extract, text):
    said = _said(extract(text))
    assert len(said) <= 1 and not any(q.startswith(("the departing engineers", "the engineers")) for q in said), said


# --- "the governor's office said …": an office named by its holder's role speaks as a body ----------------

@pytest.mark.parametrize("text, quote", [
    ("The last soldiers left the depot near Gerou on Sunday, according to the regional governor's office.",
     "The last soldiers left the depot near Gerou on Sunday"),
    ("The prime minister's press office said the airfield near Kirkuk would reopen to civilian flights.",
     "the airfield near Kirkuk would reopen to civilian flights"),
])
def test_extract_en_st_office_of_a_role_speaks(extract, text, quote):
    ex = extract(text)
    got = {s.quote: s.speaker for s in ex.statements}
    assert quote in got and got[quote] is not None and "office" in got[quote].name.lower(), got


@pytest.mark.parametrize("text", [
    # a role's spokesman or aide, unnamed: no statement
    "The regional governor's spokesman said the airfield near Kirkuk would reopen to civilian flights.",
    # a role's camp or party is no office speaking
    "The regional governor's party said the airfield near Kirkuk would reopen to civilian flights.",
])
def test_extract_en_st_office_of_a_role_near_miss(extract, text):
    assert all(s.speaker is None for s in extract(text).statements)


# --- "X has since said …": the adverb between the auxiliary and the verb ------------------------------------

def test_extract_en_st_has_since_said(extract):
    said = _said(extract("The French Armed Forces have since said that they also plan to close the camp near Gerou."))
    assert said == {"that they also plan to close the camp near Gerou": "French Armed Forces"}, said


def test_extract_en_st_since_opening_a_clause_is_no_adverb(extract):
    said = _said(extract("Since the French Armed Forces said they would leave, the camp near Gerou has emptied."))
    assert not any(q.startswith("the camp") for q in said), said


# --- "media office head X", "press officer": a body's own spokespeople are no news outlet -------------------

def test_extract_en_st_media_office_head_is_no_outlet(extract):
    said = _said(extract('Army media office head Jens Holm denied claims on social media that the troops had left '
                         'the camp near Gerou. "That is false," he told reporters.'))
    assert "That is false" in said and len(said) == 2, said


def test_extract_en_st_media_word_alone_is_an_outlet(extract):
    assert _said(extract("Danish television said the troops had left the camp near Gerou.")) == {}


# --- "denied claims on X that …", "<body> <role> <Name>": a denial of a claim, a name after a body's role ------

def test_extract_en_st_denied_claims_far_from_their_clause(extract):
    said = _said(extract("Danish army media office head Jens Holm denied claims on pro-Danish social media accounts "
                         "that the troops had left the camp near Gerou."))
    assert list(said.values()) == ["Jens Holm"] and next(iter(said)).startswith("denied claims"), said


def test_extract_en_st_role_of_a_body_then_a_name(extract):
    said = _said(extract("Coalition press officer Jens Holm said the troops had left the camp near Gerou."))
    assert said == {"the troops had left the camp near Gerou": "Jens Holm"}, said


def test_extract_en_st_role_of_a_body_with_no_name_is_unnamed(extract):
    assert _said(extract("A Danish army officer said the troops had left the camp near Gerou.")) == {}


# --- "according to the X Y Z Project (XYZP)": a long name spelled out by its acronym is a body --------------

def test_extract_en_st_body_spelled_out_by_its_acronym(extract):
    ex = extract("The fighting has driven about 300,000 people from their homes, according to the Baltic "
                 "Conflict Monitoring & Data Project (BCMP).")
    got = [(s.quote, s.speaker.name if s.speaker else None) for s in ex.statements]
    assert got == [("The fighting has driven about 300,000 people from their homes",
                    "Baltic Conflict Monitoring & Data Project")], got


def test_extract_en_st_capitals_not_spelling_the_acronym_are_no_body(extract):
    ex = extract("The fighting has driven about 300,000 people from their homes, according to the Baltic "
                 "Conflict Monitoring Project (XYZ).")
    assert all(s.speaker is None for s in ex.statements)


# =====================================================================================================
# Session 11 (generalisation): asides, closing "according to", attribution tails
# =====================================================================================================

# --- a comma-bounded aside about the subject holding a clause of its own ("X, who was abroad when Y
# fell, told …", "X, who heads Y, the agency that runs Z, said …", "X, elected after the coup that
# toppled Y, said …"): the name before the aside speaks -------------------------------------------------

@pytest.mark.parametrize("text, quote, speaker", [
    ("Militia chief Tomas Brandt, who was in Oslo when his fighters scattered, told state radio that the "
     "men had been left behind by their allies.", "the men had been left behind by their allies", "Tomas Brandt"),
    ("Helga Morten Lund, who heads the Northern Lands Office, the agency that manages the returned sites, "
     "said the camp near Gerou would become a school.", "the camp near Gerou would become a school",
     "Helga Morten Lund"),
    ("Chad's interim leader, Gen. Idriss Mahamat Oumar, appointed in May after the vote that removed Jean "
     "Kolle, said on Friday that no French tanks would remain in Gerou.",
     "no French tanks would remain in Gerou", "Idriss Mahamat Oumar"),
    ("Gen. Idriss Mahamat Oumar, who signed the accord after talks that lasted a year, later said the camp "
     "would stay closed.", "the camp would stay closed", "Idriss Mahamat Oumar"),
])
def test_extract_en_st_subject_aside_holding_a_clause(extract, text, quote, speaker):
    said = _said(extract(text))
    got = {q.removeprefix("that "): who for q, who in said.items()}
    assert got.get(quote) == speaker, said


def test_extract_en_st_clause_word_with_no_aside_stays_a_boundary(extract):
    # "that" opens the clause the reporting verb governs: the speaker is its subject, not the name before
    said = _said(extract("Residents of Gerou feared that Col. Tomas Brandt said too little about the camp."))
    assert "Tomas Brandt" not in said.values() or all("feared" not in q for q in said), said


# --- a closing "according to" whose name has an aside of its own: "…, according to Col. X, spokesman
# for Y.", "…, according to the camp's deputy commander, X, who said …" ------------------------------------

def test_extract_en_st_according_to_a_name_then_a_bare_role(extract):
    said = _said(extract("The last Danish soldiers will leave the camp near Gerou by March, according to "
                         "Colonel Jens Aasted Holm, spokesman for the Danish contingent."))
    assert said == {"The last Danish soldiers will leave the camp near Gerou by March": "Jens Aasted Holm"}, said


def test_extract_en_st_according_to_a_role_then_a_name_who_said(extract):
    said = _said(extract("Two guards were hurt, according to the camp's deputy commander, Jens Aasted Holm, who "
                         "said the raiders had cut the fence before dawn."))
    assert said == {"Two guards were hurt": "Jens Aasted Holm",
                    "the raiders had cut the fence before dawn": "Jens Aasted Holm"}, said


def test_extract_en_st_according_to_before_a_clause_of_its_own_is_no_closing_attribution(extract):
    # the name's comma is followed by a clause with a verb: the attribution sits inside the sentence
    said = _said(extract("Two guards were hurt, according to Colonel Jens Aasted Holm, and the camp was closed."))
    assert "Two guards were hurt, according to Colonel Jens Aasted Holm, and the camp was closed" not in said


# --- a plural possessive in a role ("the rebels' military spokesman"): still a role --------------------------

@pytest.mark.parametrize("text", [
    '"The camp is ours now," Col. Jens Aasted Holm, the rebels\' military spokesman, told reporters.',
    '"The camp is ours now," Col. Jens Aasted Holm, the rebels’ military spokesman, told reporters in Gerou.',
    '"The camp is ours now," Col. Jens Aasted Holm, the veterans\' spokesman, said.',
])
def test_extract_en_st_role_with_a_plural_possessive(extract, text):
    assert _said(extract(text)) == {"The camp is ours now": "Jens Aasted Holm"}


# --- "al-X" named again as "X" (news style drops the Arabic article on a second mention) ---------------------

@pytest.mark.parametrize("again", ["Assadi", "al-Assadi"])
def test_extract_en_st_surname_without_its_article(extract, again):
    said = _said(extract(f"Col. Karim al-Assadi, the garrison commander, signed the papers. "
                         f'"The camp is ours now," {again} told reporters.'))
    assert said.get("The camp is ours now") == "Karim al-Assadi", said


# --- "The real test, he said, will come …": an attribution between a subject and its predicate ---------------

@pytest.mark.parametrize("text, quote", [
    ('Col. Jens Aasted Holm visited the camp. The real test of the accord, he said, will come only "when the '
     'last convoy is gone."', 'will come only "when the last convoy is gone'),
    ("Col. Jens Aasted Holm visited the camp. The main barracks of the northern garrison, Holm said, would "
     "become a school.", "would become a school"),
    ("Col. Jens Aasted Holm visited the camp. The main barracks of the northern garrison, he said on Monday, "
     "had been emptied.", "had been emptied"),
])
def test_extract_en_st_attribution_between_subject_and_predicate(extract, text, quote):
    assert _said(extract(text)).get(quote) == "Jens Aasted Holm"


def test_extract_en_st_parenthetical_after_a_clause_is_a_closing_attribution(extract):
    # the words before the attribution hold a verb: a clause, the attribution closes it
    said = _said(extract("Col. Jens Aasted Holm visited the camp. The convoy left at dawn, he said, and "
                         "the gate was shut."))
    assert not any(q.startswith("and the gate") for q in said), said


# --- a name after a possessive ("The Left party's Jane Roe said", "Chad's Jane Roe said") -------------------

@pytest.mark.parametrize("text", [
    "The Green party's Malin Strand Ekberg said the interpreters had been left behind.",
    "Chad’s Malin Strand Ekberg said the interpreters had been left behind.",
])
def test_extract_en_st_name_after_a_possessive(extract, text):
    assert _said(extract(text)) == {"the interpreters had been left behind": "Malin Strand Ekberg"}


def test_extract_en_st_one_capitalised_word_after_a_possessive_is_no_person(extract):
    # "the army's Holm said": one word may be a unit, a body, a nickname: no person from it alone
    ex = extract("The army's Northern said the interpreters had been left behind.")
    assert all(m.surface != "Northern" for m in ex.mentions), [m.surface for m in ex.mentions]


# --- two reports in one sentence, the second holding a quotation ("X confirmed that A, and Y said "B"") ---

@pytest.mark.parametrize("joint", ["and", "while", "but"])
def test_extract_en_st_report_before_a_quoted_report(extract, joint):
    said = _said(extract(f"Col. Jens Aasted Holm confirmed that the convoy had left the camp near Gerou, {joint} "
                         f'Lt. Karin Dahl, his deputy, said the move had been ordered "by the two governments."'))
    assert said.get("that the convoy had left the camp near Gerou") == "Jens Aasted Holm", said
    assert list(said.values()).count("Karin Dahl") == 1, said


def test_extract_en_st_clause_before_a_quoted_report_without_a_report_is_nothing(extract):
    said = _said(extract('The convoy left the camp near Gerou on Monday, and Lt. Karin Dahl said the move had been '
                         'ordered "by the two governments."'))
    assert list(said.values()) == ["Karin Dahl"], said


# --- "X, who had insisted days ago that A, could not be reached": a relative clause that reports -----------

@pytest.mark.parametrize("text, quote", [
    ("Army spokesman Jens Aasted Holm, who had insisted only days ago that the camp near Gerou would hold, "
     "could not be reached.", "that the camp near Gerou would hold"),
    ("Col. Jens Aasted Holm, who said last week that the garrison was safe, has been replaced.",
     "that the garrison was safe"),
    ("Col. Jens Aasted Holm, who has repeatedly warned that the garrison was too small, was not at the ceremony.",
     "that the garrison was too small"),
])
def test_extract_en_st_relative_clause_that_reports(extract, text, quote):
    assert _said(extract(text)) == {quote: "Jens Aasted Holm"}


def test_extract_en_st_relative_clause_without_a_report_says_nothing(extract):
    assert _said(extract("Col. Jens Aasted Holm, who had commanded the camp near Gerou since 2019, "
                         "has been replaced.")) == {}


# --- "for what he called a correct withdrawal": the words after "what he called", quoted or not -------------

@pytest.mark.parametrize("text, quote", [
    ("Col. Jens Aasted Holm thanked the Chadian authorities for what he called a correct and orderly handover.",
     "a correct and orderly handover"),
    ("Col. Jens Aasted Holm condemned what he described as reckless shelling near Gerou.",
     "reckless shelling near Gerou"),
    ("The Chadian National Army denounced what it termed provocations by the rebels on Sunday.",
     "provocations by the rebels"),
])
def test_extract_en_st_what_they_called_unquoted(extract, text, quote):
    said = _said(extract(text))
    assert len(said) == 1 and quote in said, said


def test_extract_en_st_what_they_called_for_is_no_verdict(extract):
    assert _said(extract("Col. Jens Aasted Holm did what he called on the army to do and left the camp.")) == {}


# --- 'X warned that Y "…" agreed under the accord': a participle phrase after the quoted words goes on the
# paraphrased clause (as a prepositional phrase does) ----------------------------------------------------------

@pytest.mark.parametrize("tail", ["agreed under the accord", "signed in 2015", "held by the rebels"])
def test_extract_en_st_quoted_words_then_a_participle_phrase(extract, tail):
    said = _said(extract(f'The Chadian National Army warned that such handovers "break the security '
                         f'arrangements" {tail}.'))
    assert said == {f'that such handovers "break the security arrangements" {tail}': "Chadian National Army"}, said


def test_extract_en_st_quoted_words_then_a_verb_of_the_subject(extract):
    said = _said(extract('The Chadian National Army warned that such handovers "break the security '
                         'arrangements" and called for talks.'))
    assert "break the security arrangements" in said, said


# --- reporting verbs as a paradigm: past and present forms, the inverted order ('"…," quipped X'); a verb
# that also takes a plain object ("lamented the loss", "maintains 900 troops") reports only a clause -------

@pytest.mark.parametrize("text, quote", [
    ('"We will be back," quipped Col. Jens Aasted Holm.', "We will be back"),
    ('"Nobody asked us," retorted Col. Jens Aasted Holm.', "Nobody asked us"),
    ("Col. Jens Aasted Holm lamented that the camp near Gerou had been lost.", "that the camp near Gerou had been lost"),
    ("The Chadian National Army responds that the camp near Gerou is safe.", "that the camp near Gerou is safe"),
    ("The Chadian National Army maintains that the camp near Gerou is safe.", "that the camp near Gerou is safe"),
    ("Col. Jens Aasted Holm recalls that the camp near Gerou was built in 1990.",
     "that the camp near Gerou was built in 1990"),
])
def test_extract_en_st_reporting_verb_forms(extract, text, quote):
    said = _said(extract(text))
    assert list(said) == [quote], said


@pytest.mark.parametrize("text", [
    "Col. Jens Aasted Holm lamented the loss of the camp near Gerou.",
    "The Chadian National Army maintains about 900 troops near Gerou.",
    "The Chadian National Army responded by shelling the camp near Gerou.",
])
def test_extract_en_st_reporting_verb_with_a_plain_object_says_nothing(extract, text):
    assert _said(extract(text)) == {}


# --- "the general", "the colonel": a rank written short before the name ("Gen. X") is a role a later
# description names; two persons of that rank leave it open ----------------------------------------------

@pytest.mark.parametrize("title, desc", [("Gen.", "general"), ("Lt. Col.", "colonel"), ("Adm.", "admiral"),
                                         ("Gov.", "governor")])
def test_extract_en_st_rank_written_short_then_named_by_description(extract, title, desc):
    said = _said(extract(f'{title} Jens Aasted Holm visited the camp near Gerou on Monday. "The camp is ready," '
                         f'the {desc} said.'))
    assert said == {"The camp is ready": "Jens Aasted Holm"}, said


@pytest.mark.parametrize("text", [
    'Gen. Jens Aasted Holm and Gen. Karin Dahl visited the camp near Gerou. "The camp is ready," the general said.',
    'Gen. Jens Aasted Holm visited the camp near Gerou on Monday. "The camp is ready," the colonel said.',
])
def test_extract_en_st_rank_description_with_no_single_holder_names_no_one(extract, text):
    assert "Jens Aasted Holm" not in _said(extract(text)).values()


# --- "Holm himself spent …. He said …": a sentence opening with the surname of a person named before makes
# that person the one a later "he" stands for ------------------------------------------------------------------

def test_extract_en_st_surname_opening_a_sentence_is_its_subject(extract):
    said = _said(extract('Rebels stormed the camp of Gen. Jens Aasted Holm on Tuesday. "The camp is ours," Col. Karin '
                         'Dahl, the rebels\' spokesman, told reporters. Holm himself spent the day in a bunker near '
                         'Gerou. He said the camp had been lost to treachery.'))
    assert said.get("the camp had been lost to treachery") == "Jens Aasted Holm", said


def test_extract_en_st_capitalised_word_opening_a_sentence_is_no_subject_unless_a_known_surname(extract):
    said = _said(extract('Rebels stormed the camp of Gen. Jens Aasted Holm on Tuesday. "The camp is ours," Col. Karin '
                         'Dahl, the rebels\' spokesman, told reporters. Gerou itself was quiet. He said the camp had '
                         'been taken without a fight.'))
    assert said.get("the camp had been taken without a fight") == "Karin Dahl", said


# --- a negated report ("has not said what …", "did not say who …", "would not yet confirm whether …")
# says nothing; a negation inside the reported clause is the speaker's own ------------------------------------

@pytest.mark.parametrize("text", [
    "The Chadian National Army has not said what it plans to do with the camp near Gerou.",
    "The Chadian National Army has not yet said whether the camp near Gerou will close.",
    "Col. Jens Aasted Holm did not say who had taken over the camp near Gerou.",
    "The Chadian National Army didn't confirm that the camp near Gerou had been lost.",
    "Col. Jens Aasted Holm would not immediately confirm whether the troops had left the camp near Gerou.",
    "The Chadian National Army never said that the camp near Gerou would close.",
])
def test_extract_en_st_negated_report_says_nothing(extract, text):
    assert _said(extract(text)) == {}


def test_extract_en_st_negation_inside_the_reported_clause_is_said(extract):
    said = _said(extract("Col. Jens Aasted Holm said the camp near Gerou had not been lost."))
    assert said == {"the camp near Gerou had not been lost": "Jens Aasted Holm"}


# --- "footage it said showed …", "weapons they say were supplied …": a relative clause without its pronoun;
# what follows the verb has no subject of its own and is no statement -------------------------------------------

@pytest.mark.parametrize("text", [
    "The French Armed Forces released drone footage it said showed soldiers burying bodies near the camp.",
    "The Chadian National Army seized weapons it says were supplied by the rebels.",
    "The Chadian National Army showed trucks they said had carried the rebels to Gerou.",
])
def test_extract_en_st_contact_relative_clause_says_nothing(extract, text):
    assert _said(extract(text)) == {}


@pytest.mark.parametrize("text, quote", [
    ("The Chadian National Army said it had left the camp near Gerou.", "it had left the camp near Gerou"),
    ("The camp was empty and the Chadian National Army said it was closed.", "it was closed"),
])
def test_extract_en_st_pronoun_subject_of_a_report_still_reports(extract, text, quote):
    assert _said(extract(text)) == {quote: "Chadian National Army"}


# --- "France's Armed Forces Ministry said": a name ending in an institution's head (Ministry, Embassy,
# Office …) names that institution, not the country or the force named inside it ------------------------------

@pytest.mark.parametrize("text, body", [
    ("Chad's Armed Forces Ministry said the camp near Gerou was empty.", "Armed Forces Ministry"),
    ("Chad's Interior Ministry said the camp near Gerou was empty.", "Chad's Interior Ministry"),
])
def test_extract_en_st_institution_named_after_a_possessor(extract, text, body):
    assert _said(extract(text)) == {"the camp near Gerou was empty": body}


def test_extract_en_st_force_named_after_a_possessor_is_no_institution(extract):
    # "Army" heads no institution: no body is made of the whole phrase
    said = _said(extract("Chad's Chadian National Army said the camp near Gerou was empty."))
    assert said.get("the camp near Gerou was empty") not in (None, "Chad's Chadian National Army"), said


# --- Typewriter quotation marks (``...''), as older wire copy prints them (our sentences) --------

@pytest.mark.parametrize("text", [
    "``The garrison will leave the valley by spring,'' Col. Tarvo Lindqvist said.",
    "Col. Tarvo Lindqvist told reporters: ``We leave the valley by spring.''",
])
def test_extract_en_st_typewriter_double_quotes_open_and_close_a_quotation(extract, text):
    said = _said(extract(text))
    quoted = text.split("``")[1].split("''")[0].rstrip(",.")
    assert any(quoted in q and "``" not in q for q in said), said
    assert "Tarvo Lindqvist" in said.values()


# --- review mends (finding 3): a capitalised adjective opening a sentence is no known surname -------------

_LONG = ('Gen. Peter Long inspected the depot near Gerou on Tuesday. "The depot is empty," Col. Karin Dahl, the '
         'army\'s spokeswoman, told reporters. {opener} He said the last trucks had gone by noon.')


@pytest.mark.parametrize("opener", [
    "Long convoys left the depot at dawn.",
    "Long lines of trucks formed outside the gate.",
    "Long before dawn, the trucks were gone.",
])
def test_extract_en_st_adjective_opening_is_no_surname(extract, opener):
    said = _said(extract(_LONG.format(opener=opener)))
    assert said.get("the last trucks had gone by noon") == "Karin Dahl", said


@pytest.mark.parametrize("opener", [
    "Long later spent the evening at the gate.",
    "Long, the garrison commander, stayed at the gate.",
    "Long visits the gate every evening.",
])
def test_extract_en_st_surname_opening_with_a_verb_or_apposition(extract, opener):
    said = _said(extract(_LONG.format(opener=opener)))
    assert said.get("the last trucks had gone by noon") == "Peter Long", said
