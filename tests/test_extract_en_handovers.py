"""English handover events, their attributes, and publication dates as outlets print them.
Every sentence is written for these tests (other names, places and bases than the evaluation
sets). The gazetteer is the small one of :mod:`support.en_fixtures`."""
from __future__ import annotations

import pytest

from kg.extract.dates import publication_date
from kg.extract.lexicon import load_lexicon
from support.en_fixtures import _by_base, _key, _one, _surf, extract  # noqa: F401  (extract is a fixture)

_EN_BODY = ("\n\nThe army said on Monday it had handed over the camp to local forces at a ceremony "
            "attended by elders and officials from the provincial capital and nearby districts.\n\n"
            "More follows about the handover.")
_AR_BODY = "\n\nقالت وزارة الدفاع إن القوات سلمت المعسكر إلى الجيش في احتفال رسمي حضره عدد من المسؤولين."


def _published(lang, head):
    body = _EN_BODY if lang == "en" else _AR_BODY
    d = publication_date(head + body, lang, load_lexicon(lang))
    return d and f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


# --- publication dates: bylines, outlet stamps, a date opening the body, ISO and colon stamps -------

@pytest.mark.parametrize("lang, head, iso", [
    # a byline and the date, with a dash, a comma or "on" between them
    ("en", "Troops quit Lomar camp\n\nBy Coastal Wire - Tue Mar 5 2019, 10:12 am", "2019-03-05"),
    ("en", "Troops quit Lomar camp\n\nPosted by Ann Riis on 5 March 2019", "2019-03-05"),
    ("en", "Troops quit Lomar camp\n\nBy Ann Riis, Coastal Wire\nValley Herald • March 5, 2019", "2019-03-05"),
    # the date first, then the author's name after a bar
    ("en", "Troops quit Lomar camp\n\nMarch 5, 2019 | Ann Riis", "2019-03-05"),
    # the date opening the body's first paragraph
    ("en", "Troops quit Lomar camp\n\n5 March 2019 — The army on Tuesday left the camp near Lomar "
           "after eleven years.", "2019-03-05"),
    # an ISO stamp with its time
    ("en", "Troops quit Lomar camp\n\n2019-03-05T10:12:00Z", "2019-03-05"),
    ("en", "Troops quit Lomar camp\n\n2019-03-05T10:12:00+02:00", "2019-03-05"),
    # year:month:day.hour:minute, as some Arabic sites print it
    ("ar", "انسحاب القوات من معسكر لومار\n\n2019:03:05.10:12", "2019-03-05"),
    ("ar", "انسحاب القوات من معسكر لومار\n\nنشر في 2019:03:05 10:12", "2019-03-05"),
])
def test_extract_en_handovers_publication_date_forms(lang, head, iso):
    assert _published(lang, head) == iso


# a numeric stamp that reads either way round: the order that puts the body's events shortly before it
@pytest.mark.parametrize("stamp, body_date, iso", [
    ("05/03/2019 10:12", "March 2", "2019-03-05"),
    ("Last updated: 05/03/2019 10:12", "April 29", "2019-05-03"),
])
def test_extract_en_handovers_publication_numeric_order_from_the_body(stamp, body_date, iso):
    text = (f"Troops quit Lomar camp\n\n{stamp}\n\nThe army said it had left the camp near Lomar on {body_date} "
            "after a ceremony attended by elders and officials from the provincial capital.")
    d = publication_date(text, "en", load_lexicon("en"))
    assert d is not None and d.iso == iso


@pytest.mark.parametrize("body", [
    "The army said it had left the camp near Lomar after a ceremony attended by elders.",   # no date
    "The army said it had left the camp near Lomar on March 1 and a second camp on March 25.",  # both fit
])
def test_extract_en_handovers_publication_numeric_order_unsure(body):
    assert publication_date(f"Troops quit Lomar camp\n\n03/04/2019\n\n{body}", "en", load_lexicon("en")) is None


@pytest.mark.parametrize("lang, head", [
    # a headline with a date is the event's date, not a byline's
    ("en", "Troops to quit Lomar camp on March 5, 2019"),
    # the date first and then a sentence in lower case: not the body's opening
    ("en", "Troops quit Lomar camp\n\nMarch 5, 2019 - the army said it would leave."),
    # a colon stamp with no time after it is not read
    ("ar", "انسحاب القوات من معسكر لومار\n\n2019:03:05"),
])
def test_extract_en_handovers_publication_date_not_read(lang, head):
    assert _published(lang, head) is None


# --- receivers: a country as a state, a unit of a force ------------------

@pytest.fixture(scope="module")
def extract_more():
    from support.en_fixtures import _place, extractor
    return extractor(_place("velmora", "Velmora", ["Velmoran"]))


def test_extract_en_handovers_country_without_a_force_receives(extract_more):
    h = _one(extract_more("The United States handed Fort Harlan to Velmora on Friday, ending 60 years of use."))
    assert _surf(h.to_force) == "Velmora"


def test_extract_en_handovers_country_receiver_only_after_to(extract_more):
    # a country after "from" or "in" is no receiver
    h = _one(extract_more("The United States handed over Fort Harlan in Velmora on Friday."))
    assert h.to_force is None


@pytest.mark.parametrize("text", [
    "Danish troops handed over Camp Sivo to a battalion of the Malian army on Monday.",
    "Danish troops handed over Camp Sivo to a unit of the Malian army on Monday.",
])
def test_extract_en_handovers_receiver_is_a_unit_of_a_force(extract, text):
    assert _one(extract(text)).to_force.key == "malian_army"


def test_extract_en_handovers_unit_of_non_force_is_no_receiver(extract):
    assert _one(extract("Danish troops handed over Camp Sivo to a group of elders on Monday.")).to_force is None


# --- bases: a relative clause in the passive, a coordinated passive subject, "the return of X" --------

def test_extract_en_handovers_passive_relative_clause_gives_receiver(extract):
    h = _one(extract("Last week Danish troops vacated Camp Sivo near Gerou, which was handed to a battalion of "
                     "the Malian army."))
    assert h.base.surface == "Camp Sivo"
    assert h.from_force.key == "danish_forces" and h.to_force.key == "malian_army"


def test_extract_en_handovers_relative_clause_on_a_non_base_adds_nothing(extract):
    assert extract("The village, which was handed to the Malian army, lies near Gerou.").handovers == []


@pytest.mark.parametrize("text, bases", [
    ("Camp Sivo and Camp Doro were returned to the Malian army on Friday.", ["Camp Sivo", "Camp Doro"]),
    ("Camp Sivo, Camp Doro and Camp Hana were handed over to the Malian army on Friday.",
     ["Camp Sivo", "Camp Doro", "Camp Hana"]),
    ("Camp Sivo, Camp Doro, and Camp Hana were handed over to the Malian army on Friday.",
     ["Camp Sivo", "Camp Doro", "Camp Hana"]),
])
def test_extract_en_handovers_coordinated_passive_subject(extract, text, bases):
    ex = extract(text)
    assert sorted(h.base.surface for h in ex.handovers) == sorted(bases)
    assert all(h.to_force.key == "malian_army" for h in ex.handovers)


def test_extract_en_handovers_comma_without_and_is_no_list(extract):
    ex = extract("Beside Camp Sivo, Camp Doro was handed over to the Malian army on Friday.")
    assert [h.base.surface for h in ex.handovers] == ["Camp Doro"]


@pytest.mark.parametrize("text", [
    "The return of Camp Sivo to the Malian army was completed on Friday.",
    "Danish troops completed the return of Camp Sivo to the Malian army on Friday.",
])
def test_extract_en_handovers_nominal_return(extract, text):
    h = _one(extract(text))
    assert h.base.surface == "Camp Sivo" and h.to_force.key == "malian_army"


@pytest.mark.parametrize("text", [
    "Officials discussed the return of Camp Sivo to the Malian army.",
    "The return of the troops to their barracks took place on Friday.",
])
def test_extract_en_handovers_nominal_return_needs_an_event_and_a_base(extract, text):
    assert extract(text).handovers == []


# --- dates: "a day earlier" counts from the story's last date -------------------------------------------

def test_extract_en_handovers_day_earlier_counts_from_the_last_handover(extract):
    ex = extract("GEROU, March 5, 2019 - Danish troops handed over Camp Sivo to the Malian army on Sunday. "
                 "A day earlier, the Chadian army had vacated its camp in Oru.")
    by = {h.base.surface: h for h in ex.handovers}
    assert by["Camp Sivo"].date.iso == "2019-03-03"
    oru = next(h for k, h in by.items() if "Oru" in k)
    assert oru.date.iso == "2019-03-02"


def test_extract_en_handovers_days_ago_counts_from_publication(extract):
    ex = extract("GEROU, March 5, 2019 - Danish troops handed over Camp Sivo to the Malian army on Sunday. "
                 "Two days ago, the Chadian army had vacated its camp in Oru.")
    oru = next(h for h in ex.handovers if "Oru" in h.base.surface)
    assert oru.date.iso == "2019-03-03"


# --- troops and dates: plans, deadlines and a country's whole deployment are not the handover's ------

_DEADLINE = ("GEROU, March 5, 2019 - Danish troops on Sunday handed over Camp Sivo to the Malian army to meet "
             "a March 31 deadline for cutting 1,000 soldiers from the force.")


def test_extract_en_handovers_deadline_date_is_not_the_handover_date(extract):
    assert _one(extract(_DEADLINE)).date.iso == "2019-03-03"


def test_extract_en_handovers_deadline_figure_is_not_withdrawn(extract):
    assert _one(extract(_DEADLINE)).troops is None


def test_extract_en_handovers_date_before_a_deadline_word_elsewhere_stays(extract):
    h = _one(extract("GEROU, March 5, 2019 - Danish troops handed over Camp Sivo to the Malian army on March 3, "
                     "well ahead of the deadline."))
    assert h.date.iso == "2019-03-03"


_COUNTRY_WIDE = ("GEROU, March 5, 2019 - French troops on Sunday handed over Camp Sivo in Gerou to the Chadian army. "
                 "It was the second base handed over this month, after Camp Hana. "
                 "Around 3,000 French troops remain in Chad.")


def test_extract_en_handovers_country_wide_figure_not_one_of_several_bases(extract):
    h = next(h for h in extract(_COUNTRY_WIDE).handovers if h.base.surface.startswith("Camp Sivo"))
    assert h.troops is None


def test_extract_en_handovers_figure_stationed_at_the_base_still_read(extract):
    h = next(h for h in extract(_COUNTRY_WIDE.replace("remain in Chad", "were stationed at the base until Sunday"))
             .handovers if h.base.surface.startswith("Camp Sivo"))
    assert h.troops is not None and int(h.troops.value) == 3000


# --- a passive's subject named before an aside ---------------------------------------------------------

@pytest.mark.parametrize("aside", [
    "the other big Danish installation in the region",
    "which lies near Gerou",
])
def test_extract_en_handovers_passive_subject_before_an_aside(extract, aside):
    ex = extract(f"Danish troops handed over Camp Doro on Monday. Camp Sivo, {aside}, was handed over to the "
                 "Malian army in May.")
    by = {h.base.surface: h for h in ex.handovers}
    assert set(by) == {"Camp Doro", "Camp Sivo"}
    assert by["Camp Sivo"].to_force.key == "malian_army"
    assert by["Camp Doro"].to_force is None



# --- "handing both to X": the pronoun resumes the bases just left --------------------------------------

def test_extract_en_handovers_both_resumes_the_bases_just_left(extract):
    ex = extract("Danish troops left Camp Sivo and Camp Doro on Friday, handing both to the Malian army.")
    assert sorted(h.base.surface for h in ex.handovers) == ["Camp Doro", "Camp Sivo"]
    assert all(h.to_force.key == "malian_army" for h in ex.handovers)


def test_extract_en_handovers_both_without_a_handover_before_is_nothing(extract):
    assert extract("Both sides handed the prisoners to the Malian army on Friday.").handovers == []


# --- a plural object, the country its bases are in, then the bases in apposition --------------------------

@pytest.mark.parametrize("text, bases", [
    ("France on Friday handed its two remaining bases in Chad, Camp Sivo and Camp Doro, to the Chadian army.",
     ["Camp Doro", "Camp Sivo"]),
    ("France on Friday handed its two remaining bases in Chad, Camp Sivo and the airfield at Gerou, to the "
     "Chadian army.", ["Camp Sivo", "airfield at Gerou"]),
])
def test_extract_en_handovers_apposed_list_after_a_country(extract, text, bases):
    ex = extract(text)
    assert sorted(h.base.surface for h in ex.handovers) == sorted(bases)
    assert all(h.to_force.key == "chadian_forces" for h in ex.handovers)


def test_extract_en_handovers_list_of_countries_is_no_list_of_bases(extract):
    assert extract("France handed over its bases in Mali, Chad and Niger to local armies.").handovers == []


def test_extract_en_handovers_apposed_list_after_plural_sites(extract):
    ex = extract("France handed its last two military sites in Chad, Camp Sivo and Camp Doro, to the Chadian "
                 "army on Friday.")
    assert sorted(h.base.surface for h in ex.handovers) == ["Camp Doro", "Camp Sivo"]


def test_extract_en_handovers_plural_sites_without_names_are_no_base(extract):
    assert extract("France on Friday handed its remaining sites to the Chadian army.").handovers == []


# --- "according to X" is a source, not a receiver ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Camp Sivo was handed over in April, according to the Malian army.",
    "Danish troops handed over Camp Sivo in May, according to the Malian army.",
])
def test_extract_en_handovers_according_to_is_no_receiver(extract, text):
    assert _one(extract(text)).to_force is None


def test_extract_en_handovers_receiver_after_according_to_clause_still_read(extract):
    h = _one(extract("According to officials, Danish troops handed over Camp Sivo to the Malian army in May."))
    assert h.to_force.key == "malian_army"


# --- wire style: the day between subject and verb dates the handover -------------------------------------

def test_extract_en_handovers_day_before_the_verb_beats_a_later_date(extract):
    h = _one(extract("GEROU, March 5, 2019 - The Vale Monitoring Mission on Sunday handed over Camp Sivo to the "
                     "Malian army, two weeks before its mandate ends on March 31."))
    assert h.date.iso == "2019-03-03"


def test_extract_en_handovers_date_after_the_verb_when_none_next_to_it(extract):
    h = _one(extract("GEROU, March 5, 2019 - On Sunday, the mission said it had handed over Camp Sivo to the "
                     "Malian army on March 1."))
    assert h.date.iso == "2019-03-01"


# --- troops: "flown out", "the last N still at the base" -------------------------------------------------

@pytest.mark.parametrize("second, n", [
    ("The last of some 90 soldiers were flown out by plane.", 90),
    ("The last 320 soldiers still at the camp boarded trucks for the coast.", 320),
])
def test_extract_en_handovers_troops_flown_out_or_still_there(extract, second, n):
    h = _one(extract("GEROU, March 5, 2019 - Danish troops on Sunday handed over Camp Sivo to the Malian army. "
                     + second))
    assert h.troops is not None and int(h.troops.value) == n


@pytest.mark.parametrize("second", [
    "Some 120 soldiers were flown in by helicopter to guard it.",
    "Some 3,000 soldiers are still in the country.",
])
def test_extract_en_handovers_troops_flown_in_or_country_wide_not_read(extract, second):
    h = _one(extract("GEROU, March 5, 2019 - Danish troops on Sunday handed over Camp Sivo to the Malian army. "
                     + second))
    assert h.troops is None


# --- "took full control of", "control of X passed / reverted to Y" ----------------------------------------

def test_extract_en_handovers_took_full_control_then_after_giver(extract):
    h = _one(extract("Malian troops took full control of Camp Sivo on Monday after Danish troops abandoned the base."))
    assert h.to_force.key == "malian_army" and h.from_force.key == "danish_forces"


def test_extract_en_handovers_full_control_of_a_town_is_no_handover(extract):
    assert extract("Malian troops took full control of the town on Monday.").handovers == []


@pytest.mark.parametrize("text", [
    "Danish troops left Camp Sivo on Monday. Control of the camp passed to the Malian army.",
    "Control of Camp Sivo reverted to the Malian army on Monday.",
    "Camp Sivo reverted to the Malian army in 2011.",
])
def test_extract_en_handovers_base_or_its_control_passes_to(extract, text):
    h = _one(extract(text))
    assert h.base.surface == "Camp Sivo" and h.to_force.key == "malian_army"


@pytest.mark.parametrize("text", [
    "The convoy passed to the north of Camp Sivo on Monday.",
    "The decision passed to the Malian army on Monday.",
])
def test_extract_en_handovers_passed_to_without_a_base_subject(extract, text):
    assert extract(text).handovers == []


# --- part of a base given back: "returned 4,000 hectares of X" ---------------------------------------------

@pytest.mark.parametrize("text", [
    "The U.S. military on Monday returned about 3,500 hectares of Camp Sivo to the Malian army.",
    "The U.S. military on Monday returned some 900 acres of Camp Sivo to the Malian army.",
])
def test_extract_en_handovers_area_of_a_base_returned(extract, text):
    h = _one(extract(text))
    assert h.base.surface == "Camp Sivo" and h.to_force.key == "malian_army"


def test_extract_en_handovers_part_of_something_else_is_no_base(extract):
    assert extract("Danish troops on Friday returned two of their vehicles to the Malian army near Camp "
                   "Sivo.").handovers == []


# --- ", leaving it / the town to X": the force a base is left to ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Danish troops left Camp Sivo on Monday, leaving it to the Malian army.",
    "Danish troops vacated their base in Gerou on Monday, leaving the town to the Malian army.",
])
def test_extract_en_handovers_leaving_it_to_a_force(extract, text):
    assert _one(extract(text)).to_force.key == "malian_army"


def test_extract_en_handovers_leaving_to_do_something_is_no_receiver(extract):
    assert _one(extract("Danish troops left Camp Sivo on Monday, leaving the town to return to "
                        "Denmark.")).to_force is None


# --- a list of bases, each with its own date: "A, on May 2, and B, two days later" ---------------------------

@pytest.mark.parametrize("text, dates", [
    ("Danish troops left their camps in Sivo, on March 11, and Doro, two days later, handing them to the "
     "Malian army.", {"Sivo": "2019-03-11", "Doro": "2019-03-13"}),
    ("Danish troops left their camps in Sivo, on March 11, and Doro, on March 14, handing both to the "
     "Malian army.", {"Sivo": "2019-03-11", "Doro": "2019-03-14"}),
    ("Danish troops handed over Camp Sivo, on March 11, and Camp Doro, on March 14, to the Malian army.",
     {"Camp Sivo": "2019-03-11", "Camp Doro": "2019-03-14"}),
])
def test_extract_en_handovers_each_listed_base_takes_its_own_date(extract, text, dates):
    ex = extract("GEROU, March 25, 2019 - " + text)
    assert {h.base.surface: h.date and h.date.iso for h in ex.handovers} == dates


@pytest.mark.parametrize("text", [
    "Danish troops left their camps in Sivo and Doro on March 11, handing both to the Malian army.",
    "Danish troops handed over their camps in Sivo and Doro to the Malian army on March 11.",
])
def test_extract_en_handovers_one_date_after_a_list_is_shared(extract, text):
    ex = extract("GEROU, March 25, 2019 - " + text)
    assert {h.base.surface: h.date and h.date.iso for h in ex.handovers} == {"Sivo": "2019-03-11",
                                                                             "Doro": "2019-03-11"}


# --- an aside on whom a figure counts: "300 peacekeepers, most of them from Chad, flew home" ------------------

_SIVO = ("GEROU, March 25, 2019 - The Vale Monitoring Mission handed over Camp Sivo to the Malian army on "
         "Sunday. ")


@pytest.mark.parametrize("second, n", [
    ("More than 300 peacekeepers, most of them from Chad, flew home on Monday, a spokesman said.", 300),
    ("Some 600 soldiers, mostly from Chad, had been based at the camp.", 600),
    ("He said about 600 soldiers had been stationed at the camp, and that the handover went well.", 600),
])
def test_extract_en_handovers_figure_past_an_aside_on_its_make_up(extract, second, n):
    h = _one(extract(_SIVO + second))
    assert h.troops is not None and int(h.troops.value) == n


@pytest.mark.parametrize("second", [
    "More than 300 peacekeepers, who had trained soldiers in Chad, flew home on Monday, a spokesman said.",
    "Some 600 soldiers, mostly from Chad, would be based at the camp.",
    "Some 600 soldiers would be based at the camp.",
])
def test_extract_en_handovers_aside_of_another_kind_or_a_plan_reads_no_figure(extract, second):
    assert _one(extract(_SIVO + second)).troops is None


# --- a relative clause about a base past an aside on where it lies: "X, in Y province, which Z took over" ---

@pytest.mark.parametrize("text", [
    "Last month Danish troops vacated their camp at Sivo, near Gerou, which Malian troops took over.",
    "Last month Danish troops vacated Camp Sivo, in Gerou province, which Malian troops took over.",
])
def test_extract_en_handovers_relative_clause_past_a_place_aside(extract, text):
    h = _one(extract(text))
    assert h.from_force.key == "danish_forces" and h.to_force.key == "malian_army"


def test_extract_en_handovers_relative_clause_without_a_trigger_gives_no_receiver(extract):
    h = _one(extract("Last month Danish troops vacated Camp Sivo in Gerou, near the town, which Malian troops "
                     "used to patrol."))
    assert h.to_force is None


# --- "the second camp handed over, after X, which Y vacated": X's own clause names its giver -----------------

def test_extract_en_handovers_earlier_base_keeps_the_giver_of_its_own_clause(extract):
    ex = extract("The Vale Monitoring Mission on Monday handed over Camp Sivo, the second camp to be handed over "
                 "after Camp Doro near Gerou, which Danish troops vacated in 2010.")
    by = {h.base.surface: h for h in ex.handovers}
    assert by["Camp Sivo"].from_force.key == "vmc" and by["Camp Doro"].from_force.key == "danish_forces"


def test_extract_en_handovers_earlier_base_without_its_own_clause_takes_the_series_giver(extract):
    ex = extract("The Vale Monitoring Mission on Monday handed over Camp Sivo, the second camp to be handed over "
                 "after Camp Doro.")
    assert {h.base.surface: h.from_force.key for h in ex.handovers} == {"Camp Sivo": "vmc", "Camp Doro": "vmc"}


# --- "X, which Danish troops vacated": the relative clause's own subject is the giver ---------------------

def test_extract_en_handovers_subject_of_an_object_relative_clause(extract):
    h = _one(extract("The Vale Army now patrols Camp Doro, which Danish troops vacated in May."))
    assert h.from_force.key == "danish_forces"


def test_extract_en_handovers_closed_relative_clause_keeps_the_main_subject(extract):
    h = _one(extract("The Vale Monitoring Mission, which the Malian army had long accused of bias, vacated Camp "
                     "Sivo on Monday."))
    assert h.from_force.key == "vmc"


# --- "took over the Danish army's former base": the possessor is the giver --------------------------------

@pytest.mark.parametrize("text, giver", [
    ("Malian troops on Monday took over the Danish army's former base at Sivo.", "danish_forces"),
    ("Malian troops on Monday took over France's former base at Sivo.", "french_forces"),
])
def test_extract_en_handovers_possessor_of_the_base_taken_is_the_giver(extract, text, giver):
    h = _one(extract(text))
    assert h.from_force.key == giver and h.to_force.key == "malian_army"


@pytest.mark.parametrize("text", [
    "Malian troops on Monday took over the former base at Sivo.",
    "Malian troops on Monday took over the Malian army's former base at Sivo.",
])
def test_extract_en_handovers_no_possessor_or_the_receiver_itself_gives_no_giver(extract, text):
    h = _one(extract(text))
    assert h.from_force is None and h.to_force.key == "malian_army"


def test_extract_en_handovers_host_country_possessive_is_no_giver(extract):
    h = _one(extract("Niger's Camp Sivo was handed over to the Malian army on Monday."))
    assert h.from_force is None


# --- troops said to be "at" the base when it was left ---------------------------------------------------

def test_extract_en_handovers_troops_were_at_the_base_when_it_was_left():
    from support.en_fixtures import _one, _place, extractor
    ex = extractor(_place("dalmar", "Dalmar", located_in="mali"))(
        "The Vale Monitoring Mission on Wednesday handed its base at Dalmar to the Malian army. "
        "About 240 Danish troops were at Dalmar when the pullout started last month, an official said.")
    h = _one(ex)
    assert h.troops is not None and h.troops.value == 240


def test_extract_en_handovers_near_miss_troops_were_in_the_country_are_not_the_base():
    from support.en_fixtures import _one, _place, extractor
    ex = extractor(_place("dalmar", "Dalmar", located_in="mali"))(
        "The Vale Monitoring Mission on Wednesday handed its base at Dalmar to the Malian army. "
        "About 2,400 troops were in the country when the pullout started last month, an official said.")
    assert _one(ex).troops is None


def test_extract_en_handovers_near_miss_another_country_troops_at_a_national_givers_base():
    from support.en_fixtures import _one, _place, extractor
    ex = extractor(_place("dalmar", "Dalmar", located_in="mali"))(
        "U.S. forces on Wednesday handed their base at Dalmar to the Malian army. "
        "About 240 Danish troops were at Dalmar when the pullout started last month, an official said.")
    assert _one(ex).troops is None


# --- a body that gives or receives a base is a party: a force, as in Arabic -----------------------------

def test_extract_en_ho_body_receiving_a_base_is_a_force(extract):
    from kg.model import Kind
    ex = extract("Dutch troops handed Camp Veldhoven to the Vale government on Friday. The Vale government "
                 "thanked the departing battalion, and the Vale Foreign Ministry said it welcomed the move.")
    (h,) = ex.handovers
    assert h.to_force.surface == "Vale government" and h.to_force.kind is Kind.FORCE
    kinds = {m.surface: m.kind for m in ex.mentions}
    assert kinds["Vale government"] is Kind.FORCE          # every mention of the party
    assert kinds["Vale Foreign Ministry"] is Kind.ORGANIZATION     # a body that only speaks stays a body


def test_extract_en_ho_body_that_takes_over_is_a_force(extract):
    from kg.model import Kind
    ex = extract("The Vale authorities took over the Korsa airfield on Monday after the last Dutch troops left.")
    (h,) = ex.handovers
    assert h.to_force is not None and h.to_force.kind is Kind.FORCE


# --- "after" + a clause about a person is no list of bases handed over before ---------------------------

def test_extract_en_ho_after_a_person_clause_names_no_prior_base(extract):
    from kg.model import Kind
    ex = extract("Danish troops handed over Camp Veldhoven on Friday, weeks after President Ivo Raske refused "
                 "to extend their mandate.")
    assert {m.surface for m in ex.mentions if m.kind is Kind.BASE} == {"Camp Veldhoven"}


# === generalisation rules (handovers session 10): troop strengths held or left, a bracketed body as
# the subject, lists of described bases, "respectively", a sentence opened by "Earlier," ==============

def _troops(ex):
    h = _one(ex)
    return h.troops.value if h.troops is not None else None


@pytest.mark.parametrize("text, n", [
    # a strength told as staying on at the base as it was handed over
    ("Danish troops handed over Camp Sivo to the Malian army on Friday. About 160 Danish soldiers had "
     "stayed on at the camp to dismantle its workshops.", 160),
    # a verb of having and "at" + the base: the strength a force still held there
    ("Danish troops handed over Camp Sivo to the Malian army on Friday. The battalion, which still had "
     "some 240 soldiers at Camp Sivo in the spring, has flown most of them home.", 240),
    # an aside on who came with the soldiers ("along with …") before their verb
    ("Danish troops handed over Camp Sivo to the Malian army on Friday. Some 310 Danish soldiers, along "
     "with a few dozen civilian contractors, were stationed at the camp when the pullout began.", 310),
    # a participle or relative clause on the soldiers before their own verb of leaving
    ("Danish troops handed over Camp Sivo to the Malian army on Friday. The ceremony was brief. Roughly 420 "
     "Danish soldiers stationed at the camp had driven north to Gerou in convoys over the past week. "
     "Denmark now has about 9,000 soldiers left in the country.", 420),
    ("Danish troops handed over Camp Sivo to the Malian army on Friday. Roughly 420 Danish soldiers who "
     "had lived and trained at the camp have moved to Camp Oru, officials said.", 420),
])
def test_extract_en_handovers_troops_held_or_moving_on(extract, text, n):
    assert _troops(extract(text)) == n


@pytest.mark.parametrize("text", [
    # "has N soldiers left in the country": the strength that remains, not those who went
    "Danish troops handed over Camp Sivo to the Malian army on Friday. Denmark now has about 9,000 "
    "soldiers left in the country.",
    # "at the start of the year" is a time, not the base
    "Danish troops handed over Camp Sivo to the Malian army on Friday. The force had about 9,000 "
    "personnel at the start of the year.",
    # having soldiers in a named country is no strength of the base
    "Danish troops handed over Camp Sivo to the Malian army on Friday. Denmark still has some 9,000 "
    "soldiers in Chad.",
])
def test_extract_en_handovers_troops_held_elsewhere_not_read(extract, text):
    assert _troops(extract(text)) is None


def test_extract_en_handovers_bracketed_name_of_a_long_subject_is_the_giver():
    from support.en_fixtures import _force, extractor
    ext = extractor(_force("velmo", "Vale Lake Observer Mission", None, ["VELMO"]))
    h = _one(ext("The United Nations observer operation on the lake (VELMO) on Monday handed over its "
                 "camp in Gerou to the Chadian army."))
    assert h.from_force is not None and h.from_force.key == "velmo"


def test_extract_en_handovers_bracketed_name_inside_an_of_phrase_is_not_the_giver():
    from support.en_fixtures import _force, extractor
    ext = extractor(_force("velmo", "Vale Lake Observer Mission", None, ["VELMO"]))
    h = _one(ext("The Danish contingent of the Vale Lake Observer Mission (VELMO) on Monday handed over "
                 "its camp in Gerou to the Chadian army."))
    assert h.from_force is not None and h.from_force.key == "danish_forces"


def test_extract_en_handovers_described_bases_in_a_list_with_respective_dates():
    from support.en_fixtures import _place, extractor
    ext = extractor(_place("dalmar", "Dalmar", located_in="mali"), _place("tavu", "Tavu", located_in="mali"))
    ex = ext("The Vale Monitoring Mission handed its team site in Dalmar and its former sector headquarters "
             "in Tavu to the Malian army, on 3 March 2021 and 17 March 2021 respectively.")
    got = {h.base.surface.split()[-1]: h.date.iso if h.date else None for h in ex.handovers}
    assert got == {"Dalmar": "2021-03-03", "Tavu": "2021-03-17"}


def test_extract_en_handovers_respectively_needs_one_date_per_base():
    from support.en_fixtures import _place, extractor
    ext = extractor(_place("dalmar", "Dalmar", located_in="mali"), _place("tavu", "Tavu", located_in="mali"))
    ex = ext("The Vale Monitoring Mission handed its team site in Dalmar and its former sector headquarters "
             "in Tavu to the Malian army on 3 March 2021, weeks ahead of schedule respectively.")
    assert {h.date.iso for h in ex.handovers if h.date} == {"2021-03-03"}


def test_extract_en_handovers_described_conjunct_needs_a_place_preposition(extract):
    # "and its soldiers to Gerou": no second base described
    ex = extract("Danish troops handed over Camp Sivo and its remaining stores to the Malian army on Friday.")
    assert [h.base.surface for h in ex.handovers] == ["Camp Sivo"]


def test_extract_en_handovers_earlier_opens_a_step_of_the_same_withdrawal():
    from support.en_fixtures import _place, extractor
    ext = extractor(_place("dalmar", "Dalmar", located_in="mali"), _place("tavu", "Tavu", located_in="mali"))
    ex = ext("Danish troops on Monday handed over Camp Sivo to the Malian army.\n\n"
             "Earlier, the camp in Tavu had been handed to the Malian army as well.")
    givers = {h.base.surface: h.from_force.key if h.from_force else None for h in ex.handovers}
    assert givers.get("camp in Tavu") == "danish_forces", givers


def test_extract_en_handovers_earlier_inside_a_sentence_is_no_series_opener():
    from support.en_fixtures import _place, extractor
    ext = extractor(_place("tavu", "Tavu", located_in="mali"))
    ex = ext("Danish troops on Monday handed over Camp Sivo to the Malian army.\n\n"
             "The camp in Tavu had been handed to the Malian army earlier than planned, officials said.")
    givers = {h.base.surface: h.from_force.key if h.from_force else None for h in ex.handovers}
    assert givers.get("camp in Tavu") is None, givers


def test_extract_en_handovers_ceremony_sentence_at_the_base_dates_it():
    from support.en_fixtures import extractor
    ex = extractor()("Vale troops leave Camp Sivo\n\nPublished 12 March 2019\n\n"
                     "Danish soldiers have left their old quarters, the army said.\n\n"
                     "The ceremony took place on Monday at Camp Sivo, the army said in a statement on "
                     "Tuesday.\n\nCamp Sivo has been taken over by the Malian army.")
    got = {h.base.surface: h.date.iso if h.date else None for h in ex.handovers}
    assert got.get("Camp Sivo") == "2019-03-11", got


def test_extract_en_handovers_ceremony_sentence_about_another_base_gives_no_date():
    from support.en_fixtures import extractor
    ex = extractor()("Vale troops leave Camp Sivo\n\nPublished 12 March 2019\n\n"
                     "Camp Sivo has been taken over by the Malian army.\n\n"
                     "A ceremony took place on Monday at Camp Doro, the army said.")
    got = {h.base.surface: h.date.iso if h.date else None for h in ex.handovers}
    assert got.get("Camp Sivo") is None, got


def test_extract_en_handovers_flag_lowered_right_after_dates_it(extract):
    ex = extract("Danish troops have handed Camp Sivo back to the Malian army, officials said. The Danish "
                 "flag was lowered over the camp on 4 May 2019 in front of a few dozen guests.")
    assert _one(ex).date.iso == "2019-05-04"


def test_extract_en_handovers_flag_of_a_parade_is_no_ceremony_of_the_handover(extract):
    # a flag carried, not lowered or raised
    ex = extract("Danish troops have handed Camp Sivo back to the Malian army, officials said. Soldiers "
                 "carried the flag through Gerou on 4 May 2019.")
    assert _one(ex).date is None


@pytest.mark.parametrize("text", [
    "The Vale Front said its fighters had taken over Camp Sivo after the Malian army left.",
    "The Vale Front said that their units took over Camp Sivo after the Malian army left.",
])
def test_extract_en_handovers_reporters_members_take_the_base(text):
    from support.en_fixtures import _force, extractor
    ex = extractor(_force("vale_front", "Vale Front", None))(text)
    h = _by_base(ex)["Camp Sivo"]
    assert h.to_force is not None and h.to_force.key == "vale_front"


def test_extract_en_handovers_members_of_a_named_force_are_not_the_reporters():
    from support.en_fixtures import _force, extractor
    # "the fighters" (no "its") may be anyone's
    ex = extractor(_force("vale_front", "Vale Front", None))(
        "The Vale Front said the fighters had taken over Camp Sivo after the Malian army left.")
    h = _by_base(ex)["Camp Sivo"]
    assert h.to_force is None or h.to_force.key != "vale_front"


def test_extract_en_handovers_the_police_stands_for_the_police_named_before():
    from support.en_fixtures import _force, extractor
    ext = extractor(_force("vnp", "Vale National Police", None))
    ex = ext("Danish troops handed Camp Sivo to the Vale National Police on 3 May 2019. "
             "A smaller Danish post at Camp Doro was handed to the police on the same day.")
    h = _by_base(ex)["Camp Doro"]
    assert h.to_force is not None and h.to_force.key == "vnp"
    assert h.date is not None and h.date.iso == "2019-05-03"


def test_extract_en_handovers_the_police_of_a_place_is_not_the_police_named_before():
    from support.en_fixtures import _force, extractor
    ext = extractor(_force("vnp", "Vale National Police", None))
    ex = ext("Danish troops handed Camp Sivo to the Vale National Police on 3 May 2019. "
             "A smaller Danish post at Camp Doro was handed to the police of Gerou.")
    h = _by_base(ex)["Camp Doro"]
    assert h.to_force is None or h.to_force.key != "vnp"


def test_extract_en_handovers_generators_left_are_equipment(extract):
    ex = extract("Danish troops handed Camp Sivo to the Malian army on Friday. Under the deal the Danes left "
                 "generators, tents and a water-purification unit valued at roughly $3.2 million.")
    h = _one(ex)
    assert h.equipment_usd is not None and h.equipment_usd.value == 3200000


def test_extract_en_handovers_generators_built_are_no_equipment_left(extract):
    ex = extract("Danish troops handed Camp Sivo to the Malian army on Friday. The generators at the camp "
                 "cost $3.2 million to build in 2014.")
    assert _one(ex).equipment_usd is None


@pytest.mark.parametrize("text", [
    # a denial verb, then the claim noun with its modifiers
    "The ministry rejected social media reports that Danish troops were abandoning Camp Sivo.",
    # the claim noun after a quoted verdict, and where it was made before "that"
    'The ministry dismissed as "false" reports on social media that Danish troops had abandoned Camp Sivo.',
    # a negation before the claim noun
    '"There is no truth to the reports that we are leaving Camp Sivo," a Danish officer said.',
])
def test_extract_en_handovers_denied_reports_give_no_handover(extract, text):
    assert extract(text).handovers == []


def test_extract_en_handovers_reports_confirmed_still_give_the_handover(extract):
    ex = extract("The ministry confirmed social media reports that Danish troops had abandoned Camp Sivo.")
    assert [h.base.surface for h in ex.handovers] == ["Camp Sivo"]


@pytest.mark.parametrize("text", [
    "The plan would see Danish troops abandon Camp Sivo and Danish jets leave Camp Doro.",
    "A deal could let Danish troops leave Camp Sivo within weeks.",
])
def test_extract_en_handovers_bare_verb_under_a_modal_causative_is_a_prospect(extract, text):
    assert extract(text).handovers == []


def test_extract_en_handovers_causative_without_a_modal_is_told_as_done(extract):
    ex = extract("Residents watched Danish troops leave Camp Sivo on Friday.")
    assert [h.base.surface for h in ex.handovers] == ["Camp Sivo"]


def test_extract_en_handovers_subject_of_a_clause_after_comma_and(extract):
    ex = extract("Danish troops packed up on Tuesday, and Malian soldiers entered Camp Sivo in the afternoon.")
    h = _by_base(ex)["Camp Sivo"]
    assert h.to_force is not None and h.to_force.key == "malian_army"


def test_extract_en_handovers_comma_and_without_an_actor_keeps_the_first_subject(extract):
    ex = extract("Danish troops packed up on Tuesday, and then left Camp Sivo in the afternoon.")
    h = _by_base(ex)["Camp Sivo"]
    assert h.from_force is not None and h.from_force.key == "danish_forces"


def test_extract_en_handovers_local_police_stands_for_the_police_named_before():
    from support.en_fixtures import _force, extractor
    ext = extractor(_force("vnp", "Vale National Police", None))
    ex = ext("Danish troops handed Camp Sivo to the Vale National Police on 3 May 2019. On 9 May Danish "
             "troops vacated Camp Doro, handing it to local police.")
    h = _by_base(ex)["Camp Doro"]
    assert h.to_force is not None and h.to_force.key == "vnp"


@pytest.mark.parametrize("text", [
    "Danish forces have stopped operating Camp Sivo after their lease ran out.",
    "Danish forces ceased operations at Camp Sivo on Friday.",
    "Danish forces decommissioned Camp Sivo on Friday.",
])
def test_extract_en_handovers_closure_verbs(extract, text):
    h = _one(extract(text))
    assert h.base.surface == "Camp Sivo" and h.from_force.key == "danish_forces"


@pytest.mark.parametrize("text", [
    "Danish forces stopped patrolling near Camp Sivo on Friday.",     # no closure: another verb after "stopped"
    "Danish forces will decommission Camp Sivo next year.",          # a plan
])
def test_extract_en_handovers_closure_verbs_near_misses(extract, text):
    assert extract(text).handovers == []


def test_extract_en_handovers_troops_of_a_coalition_contingent_that_flew_out(extract):
    ex = extract("The U.S.-led coalition handed over Camp Sivo to the Iraqi army on 26 October 2013. "
                 "The ceremony was short. Nearly 900 American soldiers were based there this summer; "
                 "the last of them flew out on Friday.")
    assert _troops(ex) == 900


def test_extract_en_handovers_troops_deployed_in_the_province_are_not_the_bases():
    from support.en_fixtures import _place, extractor
    ex = extractor(_place("dalmar", "Dalmar", located_in="mali"))(
        "The Vale Monitoring Mission handed its base at Dalmar to the Malian army on Wednesday, the first "
        "step of its withdrawal from the north. Around 2,000 uniformed personnel are still deployed in "
        "the province.")
    assert _troops(ex) is None


@pytest.mark.parametrize("text, giver", [
    ("Camp Sivo fell to Malian soldiers on Friday after a three-day siege.", None),
    ("The Danish army's base at Camp Sivo fell to Malian soldiers on Friday.", "danish_forces"),
])
def test_extract_en_handovers_base_fell_to_a_force(extract, text, giver):
    h = _one(extract(text))
    assert h.base.surface == "Camp Sivo" and h.to_force.key == "malian_army"
    assert (h.from_force.key if h.from_force else None) == giver


@pytest.mark.parametrize("text", [
    "Troop numbers at Camp Sivo fell to 300 last year.",             # the base inside the subject
    "The task of guarding Camp Sivo fell to Malian soldiers.",
    "Camp Sivo could fall to Malian soldiers within days.",           # a prospect
])
def test_extract_en_handovers_fell_to_near_misses(extract, text):
    assert extract(text).handovers == []


# =====================================================================================================
# --- takeovers by force: assault verbs, their passives and nouns; ultimatums are no handovers -------
# =====================================================================================================

@pytest.mark.parametrize("text, giver", [
    # assault and recapture verbs, active and passive, with their irregular participles
    ("Chadian troops overran Camp Sivo on Friday after a two-day assault.", None),
    ("Camp Sivo was overrun by Chadian troops on Friday.", None),
    ("Camp Sivo has been stormed by Chadian troops.", None),
    ("Chadian troops entered the district on Friday, storming Camp Sivo.", None),
    ("Chadian troops recaptured Camp Sivo from Russian troops on Friday.", "russian_forces"),
    ("Camp Sivo was retaken by Chadian troops on Friday.", None),
    ("Chadian troops wrested control of Camp Sivo from Russian troops on Friday.", "russian_forces"),
    # gaining control, and breaking into the base
    ("Chadian troops regained full control of Camp Sivo on Friday.", None),
    ("Chadian troops gained control of Camp Sivo on Friday.", None),
    ("Chadian troops swept into Camp Sivo on Friday.", None),
    ("Chadian troops burst into Camp Sivo on Friday.", None),
    # the nouns of a capture, their agent after "by" and a fall's receiver after "to"
    ("The capture of Camp Sivo by Chadian troops on Friday ended the siege.", None),
    ("The storming of Camp Sivo by Chadian troops took place on Friday.", None),
    ("The fall of Camp Sivo to Chadian troops on Friday ended the siege.", None),
    ("Chadian troops completed their takeover of Camp Sivo on Friday.", None),
])
def test_extract_en_handovers_takeover_by_force(extract, text, giver):
    h = _one(extract(text))
    assert h.base.surface == "Camp Sivo" and h.to_force.key == "chadian_forces"
    assert (h.from_force.key if h.from_force else None) == giver


@pytest.mark.parametrize("text", [
    "Chadian troops are storming Camp Sivo.",                       # an assault under way
    "Chadian troops tried to storm Camp Sivo on Friday.",            # an attempt
    "Chadian troops could overrun Camp Sivo within days.",           # a prospect
    "Chadian troops did not storm Camp Sivo.",
    "Chadian troops stormed the parliament on Friday.",              # no base
    "Chadian troops swept into the town on Friday.",
    "Crowds stormed Camp Sivo on Tuesday and freed 140 prisoners.",  # no force takes the base
    "Two Chadian tanks smashed through the main gate of Camp Sivo and stayed for an hour.",   # a breach
    "Chadian troops gained ground near Camp Sivo on Friday.",        # no control of the base
    "A takeover of Camp Sivo by Chadian troops is expected next week.",
])
def test_extract_en_handovers_takeover_by_force_near_misses(extract, text):
    assert extract(text).handovers == []


@pytest.mark.parametrize("text", [
    # an ultimatum: the "to" of an infinitive, not of a receiver
    "Russian soldiers gave the Chadian garrison at Camp Sivo one hour to surrender.",
    "The Chadian garrison was given 48 hours to leave Camp Sivo.",
    "Russian soldiers handed the Chadian officers at Camp Sivo a deadline to withdraw.",
])
def test_extract_en_handovers_ultimatum_is_no_handover(extract, text):
    assert extract(text).handovers == []


@pytest.mark.parametrize("text", [
    "Russian soldiers gave Camp Sivo back to the Chadian army on Friday.",
    "Russian soldiers handed Camp Sivo to Chadian troops on Friday.",
])
def test_extract_en_handovers_ultimatum_guard_keeps_a_receiver(extract, text):
    h = _one(extract(text))
    assert h.from_force.key == "russian_forces" and h.to_force.key == "chadian_forces"


# --- a passive's subject described before a long aside; national groups of officers as parties --------

@pytest.mark.parametrize("aside", [
    "for years the hub of the army's Train, Advise and Assist Command North",
    "which housed soldiers, trainers, doctors and engineers for two decades",
])
def test_extract_en_handovers_passive_subject_before_an_aside_with_commas(extract, aside):
    ex = extract(f"Chadian troops left Camp Sivo on Tuesday, the ministry said. The camp itself, {aside}, "
                 "was handed over to the Malian army's 12th Corps.")
    h = _one(ex)
    assert h.base.surface == "Camp Sivo" and h.to_force.key == "malian_army"


def test_extract_en_handovers_passive_subject_before_an_aside_not_a_part_of_the_base(extract):
    ex = extract("Chadian troops left Camp Sivo on Tuesday. The camp's equipment, including tents, workshops "
                 "and a clinic, was transferred to the Malian army free of charge.")
    assert _one(ex).to_force is None


def test_extract_en_handovers_passive_subject_before_an_aside_not_a_town(extract):
    ex = extract("Chadian troops left Camp Sivo on Tuesday, the ministry said. The town, which housed "
                 "soldiers, trainers, doctors and engineers for two decades, was handed over to the Malian army.")
    assert _one(ex).to_force is None


@pytest.mark.parametrize("text, giver, receiver", [
    ("At a short ceremony, Danish officers gave the keys of Camp Sivo to Malian army commanders.",
     "danish_forces", "malian_army"),
    ("Danish naval personnel handed Camp Sivo to the Malian officers on Friday.", "danish_forces", "malian_army"),
])
def test_extract_en_handovers_national_groups_of_officers_are_parties(extract, text, giver, receiver):
    h = _one(extract(text))
    assert (_key(h.from_force), _key(h.to_force)) == (giver, receiver)


@pytest.mark.parametrize("text", [
    "Danish officials handed Camp Sivo to the Malian army on Friday.",     # civilians: not the armed force
    "Camp Sivo, built by Danish engineers, was handed to the Malian army in May.",  # a builder, no subject
    "Camp Sivo was handed to the Malian army in May, according to Danish officers.",  # a source
])
def test_extract_en_handovers_national_groups_near_misses(extract, text):
    h = _one(extract(text))
    assert _key(h.from_force) != "danish_forces"


# --- a base given with no receiver in its own words goes to the article's one receiver -----------------

def test_extract_en_handovers_given_base_takes_the_articles_one_receiver(extract):
    ex = extract("Denmark handed Camp Sivo to Mali on Monday, the latest of its bases to change hands. The Danish "
                 "navy turned over Camp Lora in March, and Camp Teru was transferred in 1997.")
    got = {b: _key(h.to_force) for b, h in _by_base(ex).items()}
    assert got == {"Camp Sivo": "malian_army", "Camp Lora": "malian_army", "Camp Teru": "malian_army"}


@pytest.mark.parametrize("text, base", [
    # only left: a withdrawal or closure may have no receiver
    ("Denmark handed Camp Sivo to Mali on Monday, the latest of its bases to change hands. Danish troops "
     "left Camp Lora in March.", "Camp Lora"),
    # told on its own, not as one of a series
    ("Denmark handed Camp Sivo to Mali on Monday. The Danish navy turned over Camp Lora in March.", "Camp Lora"),
    # two receivers in the article: none is the default
    ("Denmark handed Camp Sivo to Mali on Monday. Camp Teru was handed to Chad on Friday. The Danish navy "
     "also turned over Camp Lora in March.", "Camp Lora"),
])
def test_extract_en_handovers_default_receiver_near_misses(extract, text, base):
    assert _by_base(extract(text))[base].to_force is None


# --- a date label above the body the publication reader did not take still anchors its weekdays ------

def test_extract_en_handovers_weekday_anchored_by_a_date_label_above_the_body(extract):
    ex = extract("Chadian troops hand over Camp Sivo\n\nMar. 7, 2019, 11:47 p.m. | Chad — by Gerou Post staff\n\n"
                 "GEROU -- Chadian troops handed Camp Sivo to the Malian army on Tuesday evening, the army said.")
    h = _one(ex)
    assert h.date is not None and h.date.iso == "2019-03-05"


def test_extract_en_handovers_date_label_needs_its_year(extract):
    # a label without its year says nothing sure of the year: the weekday stays a weekday
    ex = extract("Chadian troops hand over Camp Sivo\n\nMar. 7, 11:47 p.m. | Chad — by Gerou Post staff\n\n"
                 "GEROU -- Chadian troops handed Camp Sivo to the Malian army on Tuesday evening, the army said.")
    h = _one(ex)
    assert h.date is None


# --- equipment given with the base: gift and donation verbs -------------------------------------------

@pytest.mark.parametrize("tail, usd", [
    ("Vehicles and generators worth $3 million were donated to the Malian army along with the camp.", 3_000_000),
    ("Buildings and equipment valued at about $22 million were gifted to the Malian government with the base, "
     "the statement said.", 22_000_000),
    # money given, not equipment: a donation to others, a building grant
    ("Denmark has donated $40 million to Malian hospitals since 2015.", None),
    ("Denmark donated $12 million to build the camp in 2014.", None),
])
def test_extract_en_handovers_equipment_gifted_with_the_base(extract, tail, usd):
    h = _one(extract(f"Danish troops handed Camp Sivo to the Malian army on Tuesday. {tail}"))
    assert (int(h.equipment_usd.value) if h.equipment_usd else None) == usd


# --- several bases: a list after a colon or dash, and bases added by "along with" / "as well as" -------

@pytest.mark.parametrize("text", [
    "Danish troops handed over three bases to the Malian army on Tuesday: Camp Sivo, Camp Lora and Camp Teru.",
    "Danish troops handed over three bases to the Malian army on Tuesday — Camp Sivo, Camp Lora and Camp Teru.",
    "Danish troops handed over Camp Sivo on Tuesday to the Malian army, along with Camp Lora and Camp Teru.",
    "Danish troops handed over Camp Sivo to the Malian army together with Camp Lora and Camp Teru.",
])
def test_extract_en_handovers_bases_listed_after_a_colon_or_added(extract, text):
    by = _by_base(extract(text))
    assert set(by) == {"Camp Sivo", "Camp Lora", "Camp Teru"}
    assert all(_key(h.to_force) == "malian_army" and _key(h.from_force) == "danish_forces" for h in by.values())


def test_extract_en_handovers_as_well_as_adds_a_base_left(extract):
    by = _by_base(extract("Danish troops left Camp Sivo on Tuesday, as well as Camp Lora."))
    assert set(by) == {"Camp Sivo", "Camp Lora"}


@pytest.mark.parametrize("text", [
    # the added words belong to a relative clause, or name a base's garrison, not a base
    "Danish troops handed over Camp Sivo to the Malian army, which will share it along with Camp Lora.",
    "Danish troops handed over Camp Sivo to the Malian army along with Camp Lora's garrison.",
    # no list after the colon: a clause of its own
    "Danish troops handed over Camp Sivo to the Malian army on Tuesday: the army said Camp Lora would be next.",
])
def test_extract_en_handovers_added_bases_near_misses(extract, text):
    assert set(_by_base(extract(text))) == {"Camp Sivo"}


# --- review mends (finding 1): "also" tells another handover, not the same receiver ----------------

def _with_bases():
    from support.en_fixtures import extractor
    from kg.extract.gazetteer import Entry
    from kg.model import Kind
    return extractor(Entry(Kind.BASE, "camp_orlo", labels={"en": "Camp Orlo"}, located_in="kirkuk"),
                     Entry(Kind.BASE, "camp_besk", labels={"en": "Camp Besk"}, located_in="gerou"))


@pytest.mark.parametrize("text, base", [
    # a bare "also": the article says nothing of where the second base went
    ("Danish troops handed Camp Sivo to the Malian army in June. The Danish navy also turned over Camp Lora "
     "in March.", "Camp Lora"),
    # the second base lies in another country than the receiver's, even told as one of a series
    ("U.S. forces handed Camp Orlo to the Iraqi army in June, the latest of its bases to change hands. The "
     "Navy also turned over Camp Besk in March.", "Camp Besk"),
])
def test_extract_en_handovers_also_is_no_shared_receiver(text, base):
    assert _by_base(_with_bases()(text))[base].to_force is None


def test_extract_en_handovers_series_named_with_its_receiver(extract):
    # a sentence of its own names the series and its receiver: the bases told next share it
    ex = extract("Denmark handed Camp Sivo to Mali on Monday. Sivo is the latest in a string of camps returned to "
                 "Mali this year. The Danish navy turned over Camp Lora in March, and Camp Teru was transferred "
                 "in 1997.")
    assert {b: _key(h.to_force) for b, h in _by_base(ex).items()} == {
        "Camp Sivo": "malian_army", "Camp Lora": "malian_army", "Camp Teru": "malian_army"}


def test_extract_en_handovers_also_with_a_base_in_the_receivers_country():
    # the gazetteer puts both bases in Iraq: the series shares its Iraqi receiver
    by = _by_base(_with_bases()("U.S. forces handed K-1 Air Base to the Iraqi army in June. The Navy also "
                                "turned over Camp Orlo in March."))
    assert _key(by["Camp Orlo"].to_force) == "iraqi_forces"


# --- review mends (finding 2): a time noun before a receiver's "to" is no ultimatum ------------------

@pytest.mark.parametrize("text, receiver", [
    ("Russian soldiers handed Camp Sivo within days to Chadian troops.", "chadian_forces"),
    ("Danish troops handed Camp Lora after six months to the Malian army.", "malian_army"),
])
def test_extract_en_handovers_time_noun_before_a_receivers_to(extract, text, receiver):
    assert _key(_one(extract(text)).to_force) == receiver


def test_extract_en_handovers_ultimatum_with_a_verb_outside_the_infinitive_list(extract):
    # a base-form verb the lexicon knows after the ultimatum's noun: still an infinitive
    assert extract("Russian soldiers handed the Chadian garrison at Camp Sivo a week to turn in its "
                   "weapons.").handovers == []
