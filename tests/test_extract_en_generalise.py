"""The English extractor on wordings from other outlets and theatres (every sentence written for
these tests): objects that open with a force word, asides with an acronym before the reporting
verb, contrastive quotations, possessive bases, "the country's army", numbers in words.
The gazetteer is the small one of :mod:`support.en_fixtures`."""
from __future__ import annotations

import pytest

from support.en_fixtures import _said, _speaker_of, _surf, extract, extractor  # noqa: F401  (extract is a fixture)


# --- the object of a withdrawal verb opens with a force word -----------------------------------

@pytest.mark.parametrize("text, base", [
    ("Danish troops withdrew from Air Base 12 near Tindar on Monday.", "Air Base 12"),
    ("Danish troops pulled out of Camp 12 on Monday.", "Camp 12"),
])
def test_extract_en_gen_base_opening_with_a_force_word(extract, text, base):
    ex = extract(text)
    assert [h.base.surface for h in ex.handovers] == [base]
    assert _surf(ex.handovers[0].from_force) == "Danish troops"


# --- speakers -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ("Major Tano Varga, a spokesman for the Vale Monitoring Mission (VMC), said the army had sent units "
     "to guard the camp.", "Tano Varga"),
    ("Lt. Col. Ann Riis, spokesperson of the Global Coalition (GC), said the army had secured the camp.",
     "Ann Riis"),
])
def test_extract_en_gen_speaker_before_an_aside_with_an_acronym(extract, text, speaker):
    assert list(_said(extract(text)).values()) == [speaker]


# --- quotations -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, quotes", [
    ('Major Tano Varga spoke at the camp. "This is not a retreat, but a new kind of cooperation," Varga said.',
     ["This is not a retreat, but a new kind of cooperation"]),
    ('Major Tano Varga spoke at the camp. “We did not leave the camp, but we will hand it back next year,” '
     'he said.', ["We did not leave the camp", "we will hand it back next year"]),
])
def test_extract_en_gen_not_x_but_y_is_one_statement(extract, text, quotes):
    assert sorted(_said(extract(text))) == sorted(quotes)


@pytest.mark.parametrize("text, speaker, words", [
    # an outlet's name inside a longer proper name is no outlet ("Liberation", "Dawn", "The National")
    ('The Tindar Liberation Front said it saw the handover as a betrayal and vowed to "seize every camp '
     'the army leaves behind."', "Tindar Liberation Front", "seize every camp the army leaves behind"),
    # the subject of a coordinated verb, past an acronym in brackets and an aside
    ('The Tindar Liberation Front (TLF), an alliance of rebel groups, said it saw the handover as a betrayal '
     'and vowed to "seize every camp the army leaves behind."', "Tindar Liberation Front",
     "seize every camp the army leaves behind"),
    ('The Dawn Brigade of Tindar pledged to "hold the airfield at any cost," a day after the army left.',
     "Dawn Brigade of Tindar", "hold the airfield at any cost"),
])
def test_extract_en_gen_body_vows_a_quotation(extract, text, speaker, words):
    said = _said(extract(text))
    assert any(words in q and who == speaker for q, who in said.items()), said


def test_extract_en_gen_mission_named_in_apposition(extract):
    ex = extract("Malian troops took over Camp Harrow after the United Nations peacekeeping mission VMC left.")
    missions = [m for m in ex.mentions if "mission" in m.surface]
    assert missions and all(m.key == "vmc" for m in missions)
    assert ex.handovers[0].from_force.key == "vmc"


@pytest.mark.parametrize("text, giver", [
    ("The Vale Monitoring Mission withdrew from Camp Harrow on Tuesday. Its camp in Tindar was vacated "
     "last week.", "vmc"),
    ("Danish troops withdrew from Camp Harrow on Tuesday. Their last base in Tindar was handed over a week "
     "earlier.", "danish_forces"),
    # an agent named in the clause wins over the pronoun's owner
    ("Danish troops withdrew from Camp Harrow on Tuesday. Its camp in Tindar was vacated by Chadian soldiers "
     "last week.", "chadian_forces"),
])
def test_extract_en_gen_possessive_base_belongs_to_the_last_giver(extract, text, giver):
    hs = {h.base.surface: h for h in extract(text).handovers}
    tindar = next(h for b, h in hs.items() if "Tindar" in b)
    assert tindar.from_force is not None and tindar.from_force.key == giver


@pytest.mark.parametrize("text, giver, receiver", [
    ("France on Monday handed over Camp Harrow in Chad to the Central African country's army.",
     "french_forces", "chadian_forces"),
    ("Chad is a key ally. Danish troops handed Camp Harrow over to the country's armed forces on Monday.",
     "danish_forces", "chadian_forces"),
])
def test_extract_en_gen_the_countrys_army_is_its_national_force(extract, text, giver, receiver):
    h = extract(text).handovers[0]
    assert (h.from_force.key, h.to_force.key if h.to_force else None) == (giver, receiver)


@pytest.mark.parametrize("tail, troops", [
    ("Some 600 Danish soldiers had been stationed in the country.", None),
    ("Some 600 Danish soldiers had been deployed across the region.", None),
    ("Some 600 Danish soldiers had been stationed at the camp.", 600),
])
def test_extract_en_gen_troops_stationed_in_the_whole_country_are_not_the_bases(extract, tail, troops):
    h = extract("Danish troops handed over Camp Harrow to the Iraqi army on Sunday. " + tail).handovers[0]
    assert (h.troops.value if h.troops else None) == troops


def test_extract_en_gen_base_name_with_an_elided_particle(extract):
    ex = extract("Chadian soldiers moved into Camp Jean d'Arcy Okello after the Danish troops left it.")
    assert "Camp Jean d'Arcy Okello" in {m.surface for m in ex.mentions if m.kind.name == "BASE"}


@pytest.mark.parametrize("tail", [
    "The camp was renamed Camp Jean d'Arcy Okello after a former general.",
    "The site, now called Camp Okello, will house a training school.",
])
def test_extract_en_gen_renamed_base_is_the_same_base(extract, tail):
    ex = extract("Danish troops handed over Camp Harrow to the Iraqi army on Sunday. " + tail)
    bases = [m for m in ex.mentions if m.kind.name == "BASE"]
    assert len(bases) == 2 and len({m.name for m in bases}) == 1


@pytest.mark.parametrize("text, giver, receiver", [
    ("Russia's Vale Monitoring Mission took control of Camp Harrow on Sunday.", None, "vmc"),
    ("Russian troops handed Camp Harrow to Chad's Vale Monitoring Mission on Sunday.", "russian_forces", "vmc"),
    ("Danish troops handed Camp Harrow to Chad's army on Sunday.", "danish_forces", "chadian_forces"),
])
def test_extract_en_gen_force_named_after_a_possessive_country(extract, text, giver, receiver):
    h = extract(text).handovers[0]
    assert (h.from_force.key if h.from_force else None, h.to_force.key if h.to_force else None) == (giver, receiver)


@pytest.mark.parametrize("text, words", [
    ("Camp Harrow was transferred to the Iraqi army, a coalition spokesman, Sgt. Maj. Tom Riis, said on Monday.",
     "Camp Harrow was transferred to the Iraqi army"),
    ("The camp is empty, a spokesman for the coalition, Col. Tom Riis, said.", "The camp is empty"),
])
def test_extract_en_gen_role_then_name_closing_a_statement(extract, text, words):
    assert _said(extract(text)) == {words: "Tom Riis"}


@pytest.mark.parametrize("text, role", [
    ("A spokesman for the Iraqi army, Tom Riis, said the camp was empty.", "A spokesman for the Iraqi army"),
    ("The Observatory's director, Tom Riis, said the camp was empty.", "The Observatory's director"),
])
def test_extract_en_gen_role_before_the_name_is_said_once(extract, text, role):
    p = next(m for m in extract(text).mentions if m.kind.name == "PERSON")
    assert p.role == role


def test_extract_en_gen_government_forces_are_the_national_force():
    from kg.extract.gazetteer import Entry
    from kg.model import Kind
    gov = Entry(Kind.ORGANIZATION, "chad_government", labels={"en": "Government of Chad"},
                names=[("Chadian government", "en")], located_in="chad")
    ex = extractor(gov)("Chadian government forces took over Camp Harrow on Friday.")
    assert ex.handovers[0].to_force.key == "chadian_forces"


# --- handovers only denied or rumoured ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Chadian army on Monday denied reports that its soldiers had pulled out of Camp Harrow.",
    "Officials in Tindar dismissed rumours that Danish troops had left Camp Harrow overnight.",
    "The ministry rejected claims that Camp Harrow was handed over to the rebels.",
    # a base whose handover is denied is not handed over by the residents' account that follows either
    "The Chadian army denied reports that its soldiers had withdrawn from Camp Harrow. Residents said on "
    "Sunday that the soldiers abandoned Camp Harrow after a raid.",
])
def test_extract_en_gen_denied_or_rumoured_handover_is_none(extract, text):
    assert extract(text).handovers == []


@pytest.mark.parametrize("text", [
    "The ministry confirmed reports that Danish troops had withdrawn from Camp Harrow.",
    "After denying the rumours for a week, the ministry confirmed on Friday that Danish troops had withdrawn "
    "from Camp Harrow.",
])
def test_extract_en_gen_confirmed_report_is_a_handover(extract, text):
    assert [h.base.surface for h in extract(text).handovers] == ["Camp Harrow"]


# --- the mission and its peacekeepers as the giver --------------------------------------------------

@pytest.mark.parametrize("tail", [
    "The peacekeepers pulled out of Camp Harrow on Tuesday.",
    "The mission had earlier vacated Camp Harrow.",
    "The mission's last peacekeepers left Camp Harrow on Tuesday.",
    "UN peacekeepers handed Camp Harrow to the Malian army on Tuesday.",
])
def test_extract_en_gen_the_mission_named_before_gives(extract, tail):
    ex = extract("The Vale Monitoring Mission (VMC) has been closing its camps since July. " + tail)
    assert [h.from_force.key if h.from_force else None for h in ex.handovers] == ["vmc"]


def test_extract_en_gen_peacekeepers_of_a_country_are_not_the_mission(extract):
    ex = extract("The Vale Monitoring Mission (VMC) has been closing its camps. "
                 "Chadian peacekeepers left Camp Harrow on Tuesday.")
    assert ex.handovers[0].from_force.key == "chadian_forces"


# --- a unit named with the units it belongs to -----------------------------------------------------

@pytest.mark.parametrize("text, unit", [
    ("Soldiers of the 2nd Battalion, 14th Infantry Regiment, 10th Mountain Division, left Camp Harrow on Friday.",
     "2nd Battalion, 14th Infantry Regiment, 10th Mountain Division"),
    ("The 3rd Brigade Combat Team, 1st Cavalry Division handed Camp Harrow to the Iraqi army.",
     "3rd Brigade Combat Team, 1st Cavalry Division"),
    ("Task Force Falcon, a unit of the Iraqi army, took over Camp Harrow.", "Task Force Falcon"),
])
def test_extract_en_gen_comma_chained_unit_is_one_force(extract, text, unit):
    ex = extract(text)
    h = ex.handovers[0]
    assert unit in {_surf(h.from_force), _surf(h.to_force)}
    assert not any(m.surface in unit.split(", ")[1:] for m in ex.mentions)


# --- a withdrawal from a town whose base the article then speaks of ----------------------------------

@pytest.mark.parametrize("text", [
    "Danish troops have now pulled out of the town of Harrow after a month of attacks. The soldiers left the "
    "police compound on Tuesday.",
    "Danish troops withdrew from positions in Harrow on Sunday. They had vacated the compound before dawn.",
])
def test_extract_en_gen_town_left_names_the_base(extract, text):
    h = extract(text).handovers
    assert [(x.base.surface, _surf(x.from_force)) for x in h] == [("Harrow", "Danish troops")]


def test_extract_en_gen_town_left_without_a_base_is_no_handover(extract):
    assert extract("Danish troops pulled out of the town of Harrow on Sunday after a truce.").handovers == []


# --- base names headed by "Outpost"; casualty counts --------------------------------------------------

def test_extract_en_gen_outpost_before_its_name_is_a_base(extract):
    ex = extract("Outpost Harrow and the other hilltop firebases had been vacated by Danish troops on Friday.")
    assert [h.base.surface for h in ex.handovers] == ["Outpost Harrow"]


@pytest.mark.parametrize("text, troops", [
    ("Danish troops abandoned Camp Harrow in May, a week after a rocket attack killed six soldiers.", None),
    ("Danish troops abandoned Camp Harrow in May after 12 soldiers were wounded there.", None),
    ("About 300 Danish soldiers left Camp Harrow in May.", 300),
])
def test_extract_en_gen_the_dead_and_wounded_are_not_troops_withdrawn(extract, text, troops):
    h = extract(text).handovers[0]
    assert (h.troops.value if h.troops else None) == troops


def test_extract_en_gen_speaker_before_a_role_naming_a_chained_unit(extract):
    ex = extract('"The valley was never ours to keep," Colonel Tom Riis, the commander of the 2nd Brigade '
                 'Combat Team, 10th Mountain Division, told reporters.')
    assert _said(ex) == {"The valley was never ours to keep": "Tom Riis"}


@pytest.mark.parametrize("text", [
    "The U.S. military handed over Camp Harrow to the Iraqi army on Thursday.",
    "The Chadian military turned over Camp Harrow to the Iraqi army on Thursday.",
])
def test_extract_en_gen_force_ending_in_military_is_the_giver_not_a_base(extract, text):
    h = extract(text).handovers
    assert [(x.base.surface, _surf(x.to_force)) for x in h] == [("Camp Harrow", "Iraqi army")]
    assert h[0].from_force is not None


@pytest.mark.parametrize("title", ["Deputy Justice Minister", "Deputy Health Minister"])
def test_extract_en_gen_portfolio_between_titles_is_no_name(extract, title):
    ex = extract(f"{title} Tom Riis said the prison was ready for the inmates.")
    assert _said(ex) == {"the prison was ready for the inmates": "Tom Riis"}


def test_extract_en_gen_camp_in_the_town_of_x_is_x_base(extract):
    h = extract("Danish troops pulled out of their camp in the northern town of Harrow on Tuesday.").handovers
    assert [(x.base.surface, _surf(x.from_force)) for x in h] == [("Harrow", "Danish troops")]


# --- statements: speaker shapes seen on independent text -------------------------------------------

@pytest.mark.parametrize("text, quote, speaker", [
    # a relative clause about the subject is no closing attribution
    ("Gen. Tano Varga, who now runs the airfield, said his officers heard of the departure at dawn.",
     "his officers heard of the departure at dawn", "Tano Varga"),
    # a manner adverb between the verb and its that-clause
    ("The parliament voted to end the lease, and President Ann Riis had said repeatedly that she wanted "
     "the airfield turned over to civilians.", "she wanted the airfield turned over to civilians", "Ann Riis"),
    # "the reports" is a noun, not a reporting verb
    ("UN spokesman Tano Varga said the peacekeeping mission in Chad, VMC, knew of the reports and was "
     "ready to help the inquiry.", "knew of the reports", "Tano Varga"),
    # a compound modifier before the body's name
    ("Danish troops left the hilltop camp last week, the Paris-based Vale Monitoring Mission said.",
     "Danish troops left the hilltop camp last week", "Vale Monitoring Mission"),
    # a time phrase between the subject and its verb; "announced" with a clause
    ("The Global Coalition last month announced it would cut its troops in Syria by half.",
     "it would cut its troops in Syria by half", "Global Coalition"),
])
def test_extract_en_gen_statement_speaker_shapes(extract, text, quote, speaker):
    assert _speaker_of(extract(text), quote) == speaker


def test_extract_en_gen_according_to_a_role_then_the_name(extract):
    ex = extract("The government has not asked for any change, according to a spokeswoman for the Vale "
                 "Monitoring Mission, Ann Riis. She said both sides talk every week.")
    assert _speaker_of(ex, "has not asked for any change") == "Ann Riis"
    assert _speaker_of(ex, "both sides talk every week") == "Ann Riis"


def test_extract_en_gen_pronoun_after_a_role_set_off_before_the_name(extract):
    ex = extract("The province's governor, Ann Riis, defended the deal. He told reporters that the elders had "
                 "kept their promises and that the army would come back if the truce broke.")
    assert _speaker_of(ex, "the elders had kept their promises") == "Ann Riis"


def test_extract_en_gen_participle_link_before_a_clause_holding_the_quotation(extract):
    ex = extract('A spokesman for the local council, Harun al-Basri, welcomed the withdrawal, saying the '
                 'local tribal militia would "leave alone any soldiers who take over the palace" from now on.')
    assert _said(ex) == {"leave alone any soldiers who take over the palace": "Harun al-Basri"}


@pytest.mark.parametrize("text, quotes", [
    ('"The handover ends a long chapter, but not our work together," Gen. Tano Varga said.',
     ["The handover ends a long chapter, but not our work together"]),
])
def test_extract_en_gen_but_not_joins_one_quotation(extract, text, quotes):
    assert list(_said(extract(text))) == quotes


def test_extract_en_gen_a_short_quotation_goes_on_in_the_next_sentence(extract):
    ex = extract('"We feel forgotten," Ann Riis, co-chair of the Vale Council, told the BBC. "The Americans '
                 'were our partners for a decade, and now they leave us alone against the gunmen."')
    assert _speaker_of(ex, "now they leave us alone against the gunmen") == "Ann Riis"


# --- a reported statement goes on: participles and second reporting verbs ---------------------------

@pytest.mark.parametrize("text, first, second", [
    ("Minister Dana Holt told reporters the pullout had gone smoothly, adding that a few advisers would "
     "stay in the capital.", "the pullout had gone smoothly", "a few advisers would stay in the capital"),
    ("Col. Peter Lang told a news conference that his men held the bridge, saying rebel fighters were "
     "fleeing toward the hills.", "his men held the bridge", "rebel fighters were fleeing toward the hills"),
    ("President Omar Vell said the talks had collapsed and accused the rebels of breaking the truce.",
     "the talks had collapsed", "the rebels of breaking the truce"),
    ("Gen. Ruth Adler said the convoy had reached the valley, accusing the militia of mining the road.",
     "the convoy had reached the valley", "accusing the militia of mining the road"),
])
def test_extract_en_gen_reported_statement_goes_on(extract, text, first, second):
    said = _said(extract(text))
    assert len(said) == 2, said
    q1, q2 = list(said)
    assert first in q1 and second not in q1
    assert second in q2
    assert len(set(said.values())) == 1


def test_extract_en_gen_participle_with_a_pronoun_object_stays_with_its_statement(extract):
    # "calling it …" judges what was just said: part of that statement, not one of its own
    said = _said(extract("Gen. Ruth Adler said the troops had left the valley, calling it a necessary step."))
    assert list(said) == ["the troops had left the valley, calling it a necessary step"]


def test_extract_en_gen_second_that_clause_stays_with_the_first(extract):
    said = _said(extract("Gen. Ruth Adler said the troops had left the valley and that the police would "
                         "take over the post."))
    assert len(said) == 1


# --- "X, he said, …": the attribution inside the clause ---------------------------------------------

def test_extract_en_gen_attribution_after_the_subject(extract):
    ex = extract("Defence Minister Dana Holt thanked the departing contingents. The government, she said, "
                 "would send more police to the two districts.")
    assert _said(ex) == {"would send more police to the two districts": "Dana Holt"}


# --- bodies speaking: a time phrase before the clause, "the mission", "the army" ---------------------

def test_extract_en_gen_said_on_a_day_without_that(extract):
    ex = extract("The Vale Monitoring Mission (VMC) said on Monday its observers would remain in every post "
                 "along the border.")
    said = _said(ex)
    assert list(said) == ["its observers would remain in every post along the border"]
    assert list(said.values())[0] in ("VMC", "Vale Monitoring Mission")


def test_extract_en_gen_the_mission_is_the_peacekeeping_force(extract):
    ex = extract("The United Nations Stabilisation Force in Tindar (UNSFT) said its troops would remain in "
                 "their posts. The mission said two armoured vehicles had forced the gate of a post near "
                 "the village.")
    speakers = set(_said(ex).values())
    assert speakers == {"United Nations Stabilisation Force in Tindar"}, _said(ex)
    assert len(ex.statements) == 2


def test_extract_en_gen_the_army_is_the_armed_forces(extract):
    ex = extract("The Tindar Armed Forces (TAF) lost the town. On Friday, the army said its jets had struck "
                 "rebel depots east of the capital.")
    assert _speaker_of(ex, "its jets had struck").lower() == "tindar armed forces"


# --- more attribution shapes --------------------------------------------------------------------------

@pytest.mark.parametrize("text, quote, speaker", [
    # a coordinated predicate: the second verb reports
    ("Minister Dana Holt praised the outgoing soldiers but stressed that the police now held the district.",
     "the police now held the district", "Dana Holt"),
    # a parenthetical adverb between the verb and its clause
    ("Col. Peter Lang spoke at the camp. He conceded, however, that the brigade still lacked helicopters.",
     "the brigade still lacked helicopters", "Peter Lang"),
    # a prepositional phrase between the verb and its clause
    ("The commander, Col. Amos Reed, insisted through an interpreter that his soldiers were ready.",
     "his soldiers were ready", "Amos Reed"),
    ("Maj. Gen. Tarek Saleh told a news conference in Kandi that no aircraft had been lost.",
     "no aircraft had been lost", "Tarek Saleh"),
    # an aside giving another name
    ("Militia leader Omar Vell, widely known as Abu Saif, told a radio station that his men would hold "
     "the ridge.", "his men would hold the ridge", "Omar Vell"),
    # no reporting verb: a reporting participle after the subject's first verb phrase
    ("Col. Peter Lang dismissed the report, saying government troops still held the crossing.",
     "government troops still held the crossing", "Peter Lang"),
])
def test_extract_en_gen_more_attribution_shapes(extract, text, quote, speaker):
    said = _said(extract(text))
    hits = [q for q in said if quote in q]
    assert hits, said
    assert said[hits[0]] == speaker
    assert not hits[0].startswith("through")


def test_extract_en_gen_participle_after_a_quotation(extract):
    ex = extract('Gen. Ruth Adler said the convoy was "moving on schedule," adding that two bridges '
                 'would be repaired next week.')
    said = _said(ex)
    assert "two bridges would be repaired next week" in said, said
    assert said["two bridges would be repaired next week"] == "Ruth Adler"


def test_extract_en_gen_participle_of_an_unnamed_subject_is_no_statement(extract):
    ex = extract("The brigade left the valley on Monday, saying the roads were no longer safe.")
    assert ex.statements == []


# --- one force, two names: the last words of a full name --------------------------------------------

def test_extract_en_gen_force_named_by_the_end_of_its_full_name():
    from support.en_fixtures import _force
    ext = extractor(_force("vale_forces", "Vale Defence Forces"))
    ex = ext("The Defence Forces said on Monday the last unit had left Camp Kora. The Vale Defence Forces "
             "had held the camp for ten years.")
    keys = {m.key for m in ex.mentions if m.kind.name == "FORCE"}
    assert keys == {"vale_forces"}, [(m.surface, m.key) for m in ex.mentions]



# --- a list of titled persons: each keeps its own role ----------------------------------------------

def test_extract_en_gen_titled_persons_in_a_list(extract):
    ex = extract("The flag was lowered in the presence of Defence Minister Paul Okam, French Ambassador "
                 "Jean Dupuis and senior officers. \"France is not leaving the region,\" the ambassador "
                 "said in a speech.")
    roles = {m.surface: m.role for m in ex.mentions if m.kind.name == "PERSON"}
    assert roles == {"Paul Okam": "Defence Minister", "Jean Dupuis": "French Ambassador"}
    assert _said(ex) == {"France is not leaving the region": "Jean Dupuis"}


# --- a second reporting verb after a few quoted words -------------------------------------------------

def test_extract_en_gen_second_verb_after_a_quoted_word(extract):
    ex = extract('Defence Minister Paolo Verdi called the shelling "unacceptable" and said Rome would not '
                 'take orders on where its soldiers should stand.')
    # (the quoted verdict is a statement of its own: see test_extract_en_statements.py)
    assert _said(ex) == {"Rome would not take orders on where its soldiers should stand": "Paolo Verdi",
                         "unacceptable": "Paolo Verdi"}


def test_extract_en_gen_second_verb_after_a_quotation(extract):
    ex = extract('Gen. Ruth Adler stressed that the handover "does not signal a close to the mission" and urged '
                 'the militias to lay down their arms.')
    said = _said(ex)
    assert said.get("urged the militias to lay down their arms") == "Ruth Adler", said
    assert said.get("does not signal a close to the mission") == "Ruth Adler", said


# --- a denied plan does not undo a handover told elsewhere ------------------------------------------

def test_extract_en_gen_denied_plan_keeps_the_handover(extract):
    ex = extract("On Saturday a Danish company handed over its base at Kora to Malian troops. The French army "
                 "denied reports that its units would take over the base at Kora.")
    assert [h.base.surface for h in ex.handovers] == ["base at Kora"]
    assert _surf(ex.handovers[0].to_force) == "Malian troops"


def test_extract_en_gen_denied_event_still_undoes_it(extract):
    ex = extract("On Saturday a Danish company handed over its base at Kora to Malian troops. The French army "
                 "denied reports that its troops had taken over the base at Kora.")
    assert ex.handovers == []


def test_extract_en_gen_field_camp_is_one_base_name(extract):
    ex = extract("Danish soldiers handed over Field Camp Kora to the Malian army on Monday.")
    assert [h.base.surface for h in ex.handovers] == ["Field Camp Kora"]


# --- "according to X" set off inside the clause -------------------------------------------------------

def test_extract_en_gen_according_to_inside_the_clause(extract):
    ex = extract("The rebels, according to Col. Amos Reed, had left the town before dawn.")
    said = _said(ex)
    assert len(said) == 1 and "had left the town before dawn" in next(iter(said)), said
    assert list(said.values()) == ["Amos Reed"]


def test_extract_en_gen_according_to_an_unnamed_source_inside_the_clause(extract):
    ex = extract("The rebels, according to a local official, had left the town before dawn.")
    assert ex.statements == []


# --- a bare coalition word is the coalition the article named (full gazetteer) --------------------------

@pytest.mark.parametrize("lang,text", [
    ("en", "The Saudi-led coalition said on Monday it was leaving the port city. The coalition handed Camp Safra "
           "to Yemeni government forces the same day."),
    ("ar", "أعلن التحالف العربي الاثنين انسحابه من المدينة الساحلية. وسلّم التحالف معسكر الصفراء إلى القوات "
           "الحكومية اليمنية في اليوم نفسه."),
    ("ar", "سلّم التحالف العربي بقيادة السعودية معسكر الصفراء إلى القوات الحكومية اليمنية في اليوم نفسه."),
])
def test_extract_gen_bare_coalition_is_the_one_the_article_named(lang, text):
    from kg.model import Article
    from kg.pipeline import extract as extract_article

    (h,) = extract_article(Article(source="t.txt", text=text, lang=lang)).handovers
    assert h.from_force.key == "saudi_led_coalition"


def test_extract_gen_bare_coalition_stays_the_gazetteer_one_when_none_is_named():
    from kg.model import Article
    from kg.pipeline import extract as extract_article

    (h,) = extract_article(Article(source="t.txt", text="Coalition forces handed K1 to the Iraqi army on Sunday.",
                                   lang="en")).handovers
    assert h.from_force.key == "coalition"


# --- a paraphrase with a quotation, the speaker between two quoted pieces: no crash, X speaks -----

@pytest.mark.parametrize("text, quote", [
    ('Brig. Gen. Oskar Lind spoke at the gate. The army will leave the camp "within days," Lind said, '
     '"and it will not come back."', "and it will not come back"),
    ('The last convoy left Camp Osk "without a shot," Brig. Gen. Oskar Lind said, "and in good order '
     'with every truck."', "and in good order with every truck"),
])
def test_extract_en_gen_speaker_between_quotes_after_a_paraphrase(extract, text, quote):
    assert _said(extract(text)).get(quote) == "Oskar Lind"
