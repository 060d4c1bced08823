"""English handover attributes as other outlets write them: the date a lead or a ceremony gives
a handover the draft reader found elsewhere, dates counted from the day told before, and troop
figures (number words with a hedge after them, coordinated nationalities, verbs of leaving in all
their forms; soldiers who arrive or stay are no withdrawn troops). Every sentence is written for
these tests, with other names, places and bases than the evaluation sets."""
from __future__ import annotations

import pytest

from kg.extract.gazetteer import Entry
from kg.model import Kind
from support.en_fixtures import _by_base, extract, extractor  # noqa: F401  (extract is a fixture)

_HEAD = "Soldiers quit northern posts\n\nMarch 9, 2019\n\nBy Ann Riis\n\n"    # Saturday, 9 March 2019


def _iso(h):
    d = h.date
    return d.iso if d is not None else None


def _troops(h):
    return int(h.troops.value) if h.troops is not None else None


# --- dates: a sentence that names the base with a handover word ------------------------------------

@pytest.mark.parametrize("lead", [
    # a long aside between the base and its verb
    "Camp Tarvo, 40 miles east of Gerou, from which Paris once ran its whole Sahel campaign, was handed "
    "over to Malian property officials on Thursday, a spokesman said.",
    # a verb of taking with a long object, and a flag raised
    "Rebel fighters burst into the walled Camp Tarvo of the old regime on Thursday after a night of heavy "
    "fighting, tearing down its flags.",
    "Malian soldiers marched into Camp Tarvo on Thursday, raising their flag over the gate.",
])
def test_extract_en_attributes_lead_sentence_dates_the_handover(extract, lead):
    # the handover is read from other words (the headline's); the lead names the base with a word
    # of handing over, taking or a flag, and one day
    ex = extract("Malian army takes over Camp Tarvo\n\nMarch 9, 2019\n\n" + lead
                 + "\n\nAbout 300 officers left the compound during the final week.")
    assert _iso(_by_base(ex)["Camp Tarvo"]) == "2019-03-07"


def test_extract_en_attributes_lead_names_a_town_base_inside_a_description():
    # a base the gazetteer knows by its town's name, told again in the lead as "the … centre at X"
    ex = extractor(Entry(Kind.BASE, "tarsk", labels={"en": "Tarsk"}, located_in="chad"))(
        "Russia Hands Over Tarsk, Last Military Site in Chad\n\nPublished: Saturday, March 9, 2019\n\n"
        "NDJAMENA, Chad -- Russia formally handed the former Soviet radar training centre at Tarsk to Chad "
        "on Thursday, removing its last military site from the country.")
    assert _iso(_by_base(ex)["Tarsk"]) == "2019-03-07"


@pytest.mark.parametrize("lead", [
    "Camp Tarvo, 40 miles east of Gerou, from which Paris once ran its whole Sahel campaign, would be handed "
    "over to Malian property officials on Thursday, a spokesman said.",
    "Camp Tarvo, 40 miles east of Gerou, from which Paris once ran its whole Sahel campaign, was not handed "
    "over to Malian property officials on Thursday, a spokesman said.",
])
def test_extract_en_attributes_lead_with_a_plan_or_denial_gives_no_date(extract, lead):
    ex = extract("Malian army takes over Camp Tarvo\n\nMarch 9, 2019\n\n" + lead)
    h = _by_base(ex).get("Camp Tarvo")
    assert h is not None and _iso(h) is None       # the headline tells the handover; the lead gives no date


def test_extract_en_attributes_day_of_a_quote_on_another_handover_gives_no_date(extract):
    # bases handed over before, named in a sentence of their own: the day of another sentence's
    # "today's handover" is not theirs
    ex = extract(_HEAD + "The coalition handed Camp Sivo to the Iraqi army on Thursday. \"Today's handover "
                 "is a milestone,\" the spokesman said. Earlier, it handed over Camp Tarvo and Camp Osk.")
    by = _by_base(ex)
    assert _iso(by["Camp Tarvo"]) is None and _iso(by["Camp Osk"]) is None


def test_extract_en_attributes_sentence_about_another_base_gives_no_date(extract):
    ex = extract("Malian army takes over Camp Tarvo\n\nMarch 9, 2019\n\n"
                 "Danish troops left Camp Sivo on Thursday after eleven years.\n\n"
                 "The Malian army takes over Camp Tarvo, a dusty compound in the north.")
    h = _by_base(ex).get("Camp Tarvo")
    assert h is not None and _iso(h) is None       # the headline tells the handover; the lead gives no date


_DATELINE = "Danes hand Gerou province and base to Chad\n\nThu Mar 7, 2019 1:47pm GMT\n\nGEROU, Chad, March 7 (Wire) - "
_KEYS = "\n\nAt a ceremony inside the compound, Danish officers gave the keys of the base to Chadian army commanders."


def test_extract_en_attributes_dateline_and_weekday_of_one_day_date_the_flag_lowering(extract):
    # the dateline's date and the weekday name the same day: one date, not two
    ex = extract(_DATELINE + "Danish troops handed control of the eastern province of Gerou to Chadian "
                 "forces on Thursday, lowering their flag over Camp Sivo outside the town." + _KEYS)
    assert _iso(_by_base(ex)["Camp Sivo"]) == "2019-03-07"


def test_extract_en_attributes_two_days_in_the_flag_sentence_give_no_date(extract):
    ex = extract(_DATELINE + "Danish troops, who first came on 2 May 2011, handed control of the eastern "
                 "province of Gerou to Chadian forces on Thursday, lowering their flag over Camp Sivo "
                 "outside the town." + _KEYS)
    assert _iso(_by_base(ex)["Camp Sivo"]) is None


# --- dates: the day told before ----------------------------------------------------------------------

@pytest.mark.parametrize("opening", ["Earlier in the day", "Later that evening", "Later the same night",
                                     "Earlier that morning"])
def test_extract_en_attributes_same_day_opening_takes_the_day_told_before(extract, opening):
    ex = extract(_HEAD + "French troops handed over Camp Tarvo to the Malian army on 7 March 2019.\n\n"
                 f"{opening}, Danish soldiers abandoned Camp Sivo near Gerou.")
    h = _by_base(ex)["Camp Sivo"]
    assert _iso(h) == "2019-03-07"


def test_extract_en_attributes_same_day_words_after_the_verb(extract):
    ex = extract(_HEAD + "French troops handed over Camp Tarvo to the Malian army on 7 March 2019. "
                 "Danish soldiers abandoned Camp Sivo near Gerou later that day.")
    assert _iso(_by_base(ex)["Camp Sivo"]) == "2019-03-07"


def test_extract_en_attributes_earlier_in_the_year_is_no_day(extract):
    ex = extract(_HEAD + "French troops handed over Camp Tarvo to the Malian army on 7 March 2019.\n\n"
                 "Earlier in the year, Danish soldiers abandoned Camp Sivo near Gerou.")
    h = _by_base(ex)["Camp Sivo"]
    assert _iso(h) != "2019-03-07"


# --- troops: how the figure is written ---------------------------------------------------------------

@pytest.mark.parametrize("text, n", [
    # a hedge after the number word, before the noun
    ("The last three hundred or so Danish soldiers left Camp Sivo on Thursday.", 300),
    ("The final two hundred or so French troops left Camp Tarvo on Thursday.", 200),
    # "officers and men": the old army phrase for all ranks
    ("About 600 officers and men of the brigade staff left Camp Sivo on Thursday.", 600),
    # two nationalities before one noun
    ("Some 400 Chadian and Nigerien soldiers left Camp Sivo on Thursday.", 400),
    # a force's name before the noun takes one place in the window
    ("About 145 Royal Chadian Air Force personnel left Camp Sivo on Thursday.", 145),
    ("Some 90 Foreign Legion paratroopers left Camp Sivo on Thursday.", 90),
    # a name before a noun of things: no troops
    ("About 40 Toyota Land Cruiser vehicles left Camp Sivo on Thursday.", None),
])
def test_extract_en_attributes_troop_figure_forms(extract, text, n):
    h = _by_base(extract(_HEAD + text))["Camp Sivo" if "Sivo" in text else "Camp Tarvo"]
    assert _troops(h) == n


def test_extract_en_attributes_figure_of_other_things_is_no_troops(extract):
    ex = extract(_HEAD + "French troops left Camp Tarvo on Thursday, taking some 300 vehicles and "
                 "containers with them.")
    assert _troops(_by_base(ex)["Camp Tarvo"]) is None


# --- troops: the figure's own verb ---------------------------------------------------------------------

@pytest.mark.parametrize("verb", ["managed to slip out of", "were moving out of", "had evacuated",
                                  "abandoned", "pulled out of"])
def test_extract_en_attributes_verbs_of_leaving_govern_the_figure(extract, verb):
    ex = extract(_HEAD + "Chadian troops left Camp Sivo on Thursday. "
                 f"More than 200 Chadian soldiers {verb} the camp during the night, the army said.")
    assert _troops(_by_base(ex)["Camp Sivo"]) == 200


def test_extract_en_attributes_troops_left_in_the_country_stay(extract):
    # a passive "were left": those who remain, not those who left
    ex = extract(_HEAD + "U.S. forces handed Camp Sivo to the Iraqi army on Thursday. "
                 "Roughly 3,000 U.S. troops were left in Iraq on Friday.")
    assert _troops(_by_base(ex)["Camp Sivo"]) is None


@pytest.mark.parametrize("clause, n", [
    ("when about 100 French troops arrived in the province", None),
    ("when about 100 French troops took over the camp", None),
    ("when about 100 U.S. troops left the province", 100),
])
def test_extract_en_attributes_arriving_soldiers_are_not_withdrawn(extract, clause, n):
    ex = extract(_HEAD + f"France took over Camp Sivo from U.S. forces on 4 May 2003, {clause}.")
    assert _troops(_by_base(ex)["Camp Sivo"]) == n


@pytest.mark.parametrize("text, n", [
    # the garrison on the base as it fell
    ("Some 200 Chadian soldiers were on the base when it fell.", 200),
    # on patrol: no place of stay
    ("Some 200 Chadian soldiers were on patrol when it fell.", None),
    # a strength of years before
    ("Ten years ago, nearly 1,200 Chadian soldiers were stationed at the base.", None),
])
def test_extract_en_attributes_garrison_as_the_base_was_lost(extract, text, n):
    ex = extract(_HEAD + f"Rebel fighters took control of Camp Sivo near Gerou on Thursday evening. {text}")
    assert _troops(_by_base(ex)["Camp Sivo"]) == n


@pytest.mark.parametrize("hedge, n", [
    # the reporter's hedge lengthens the verb chain, not the distance to the base
    ("were believed to have been stationed", 70),
    ("are thought to have been based", 70),
    # a plan is still no strength
    ("were expected to be stationed", None),
])
def test_extract_en_attributes_hedged_garrison_figure(extract, hedge, n):
    ex = extract(_HEAD + "Chadian troops left Camp Sivo on Thursday. "
                 f"More than 70 Chadian soldiers {hedge} at Camp Sivo when the pull-out began.")
    assert _troops(_by_base(ex)["Camp Sivo"]) == n


def test_extract_en_attributes_troops_that_have_left_are_withdrawn(extract):
    # "have left" is the perfect of leaving, not the passive "were left" of those who stay
    ex = extract(_HEAD + "French troops handed Camp Tarvo to the Malian army on Thursday. About 350 "
                 "French troops have left the country since the drawdown began, the general said.")
    assert _troops(_by_base(ex)["Camp Tarvo"]) == 350


# --- equipment: the base a sentence names again is the one in focus ------------------------------------

def test_extract_en_attributes_base_named_again_takes_the_focus_back(extract):
    ex = extract(_HEAD + "French troops handed Camp Sivo to the Chadian army on Thursday. A smaller "
                 "post, Camp Tarvo, was handed to the Chadian army on the same day.\n\n"
                 "About 180 French troops were at Camp Sivo when the pullout started.\n\n"
                 "The mission also left behind generators and vehicles worth an estimated $1.4 million.")
    by = _by_base(ex)
    assert by["Camp Sivo"].equipment_usd is not None and int(by["Camp Sivo"].equipment_usd.value) == 1400000
    assert by["Camp Tarvo"].equipment_usd is None


def test_extract_en_attributes_without_the_base_named_again_the_last_told_keeps_the_focus(extract):
    ex = extract(_HEAD + "French troops handed Camp Sivo to the Chadian army on Thursday. A smaller "
                 "post, Camp Tarvo, was handed to the Chadian army on the same day.\n\n"
                 "The mission also left behind generators and vehicles worth an estimated $1.4 million.")
    by = _by_base(ex)
    assert by["Camp Sivo"].equipment_usd is None


# --- troops: a numbered unit of the giving state ----------------------------------------------------------

@pytest.mark.parametrize("unit, n", [
    # a numbered unit with no country of its own, where a state gives the base: the state's unit
    ("The Air Force's 376th Expeditionary Wing", 500),
    ("The 3rd Logistics Brigade", 500),
    # a unit of another country: its strength is not the giver's
    ("The Iraqi army's 4th Division", None),
])
def test_extract_en_attributes_numbered_unit_of_the_giver(extract, unit, n):
    ex = extract(_HEAD + "The United States handed Camp Sivo to the Iraqi army on Thursday.\n\n"
                 f"{unit}, which still had some 500 soldiers at Camp Sivo this spring, has already "
                 "flown most of its people out.")
    assert _troops(_by_base(ex)["Camp Sivo"]) == n


def test_men_of_a_village_are_no_troops_withdrawn():
    """'men' alone is anyone: only soldiers' words count (review of the session's rules)."""
    text = ("Wire report\n\nThe US army handed over Camp Alpha to Iraqi forces on Thursday. About 40 men from "
            "the village left the camp, where they had worked as cooks.\n\nOfficials gave no figures.")
    from kg.model import Article
    from kg.pipeline import extract
    hs = extract(Article(source="t.txt", text=text, lang="en")).handovers
    assert hs and all(h.troops is None for h in hs)
