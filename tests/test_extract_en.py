"""The English extractor on sentences written for these tests (none is taken from a real article,
from the dev corpus or from the held-out set).

The small gazetteer of :mod:`support.en_fixtures` keeps the tests still when the project's
gazetteer grows: countries with their demonyms and national forces, one coalition, one base with
a short name.
Names that no gazetteer holds (Camp Harrow, the base in Tindar, the 12th Vale Brigade) must be
found from their English shape alone. Each phenomenon is a parametrised case, so more wordings
can be added next to the ones here.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from kg.model import Kind

from support.en_fixtures import (  # noqa: F401  (extract is a fixture)
    _by_base, _names, _one, _said, _speaker_of, _surf, extract,
)


# --- handovers ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, base, giver, receiver", [
    ("Danish troops handed over Camp Harrow to the Iraqi army.", "Camp Harrow", "Danish troops", "Iraqi army"),
    ("Danish troops handed Camp Harrow over to the Iraqi army.", "Camp Harrow", "Danish troops", "Iraqi army"),
    ("The Danish army transferred the Tindar air base to Chadian soldiers.", "Tindar air base", "Danish army",
     "Chadian soldiers"),
    ("The coalition turned over control of Camp Harrow to Iraqi security forces.", "Camp Harrow", "coalition",
     "Iraqi security forces"),
    ("Camp Harrow was given back to Iraqi soldiers last spring.", "Camp Harrow", None, "Iraqi soldiers"),
    ("Camp Harrow was handed to Iraqi soldiers in a brief ceremony.", "Camp Harrow", None, "Iraqi soldiers"),
    ("Camp Harrow has been transferred to Iraqi forces by the coalition.", "Camp Harrow", "coalition",
     "Iraqi forces"),
    ("Russian forces withdrew from the Tindar airbase.", "Tindar airbase", "Russian forces", None),
    ("U.S. troops pulled out of Camp Harrow.", "Camp Harrow", "U.S. troops", None),
    ("American forces left Camp Harrow.", "Camp Harrow", "American forces", None),
    ("American marines slipped out of Camp Harrow before dawn.", "Camp Harrow", "American marines", None),
    ("Chadian soldiers vacated the base in Tindar.", "base in Tindar", "Chadian soldiers", None),
    ("The United States completed its withdrawal from Camp Harrow.", "Camp Harrow", "United States", None),
    ("Somali soldiers took over Camp Harrow from the coalition.", "Camp Harrow", "coalition", "Somali soldiers"),
    ("Syrian troops evacuated the outpost in Tindar.", "outpost in Tindar", "Syrian troops", None),
    ("Iraqi forces received Camp Harrow from the international coalition.", "Camp Harrow", "coalition",
     "Iraqi forces"),
])
def test_extract_en_handover_roles(extract, text, base, giver, receiver):
    h = _one(extract(text))
    assert base in h.base.surface
    assert _surf(h.from_force) == giver
    assert _surf(h.to_force) == receiver


@pytest.mark.parametrize("text", [
    "The coalition has not handed over Camp Harrow to the Iraqi army.",
    "The coalition will hand over Camp Harrow to the Iraqi army next year.",
    "The coalition plans to withdraw from Camp Harrow before winter.",
    "Camp Harrow is expected to be handed over to Iraqi forces after the holiday.",
    "Danish troops never left the base in Tindar, the ministry said.",
    "The coalition agreed to transfer Camp Harrow to the Iraqi army.",
    # intent, talk and refusal nouns before a gerund or an event noun
    "Washington sees no reason for quitting Camp Harrow, the envoy said.",
    "There is no question of abandoning the base in Tindar, the minister said.",
    "Officials rejected talk of a withdrawal from Camp Harrow.",
    "Washington has made plans for handing over Camp Harrow to the Iraqi army.",
])
def test_extract_en_handover_not_done(extract, text):
    assert extract(text).handovers == []


@pytest.mark.parametrize("text", [
    "The transfer of weapons went ahead despite the fighting.",
    "Fighting left three soldiers dead near the border.",
    "Iraqi forces left for the front on Monday.",
    "Thousands of residents have left the country since the war began.",
])
def test_extract_en_handover_not_a_base(extract, text):
    assert extract(text).handovers == []


@pytest.mark.parametrize("text, moved_to", [
    ("The coalition handed over Camp Harrow to the Iraqi army on Sunday. About 200 advisers left the "
     "camp and were relocated to Camp Oru and Lassa Hill.", {"Camp Oru"}),
    ("Danish troops left Camp Harrow on Friday. They flew to Camp Oru, where they will stay until May.",
     {"Camp Oru"}),
])
def test_extract_en_destination_is_no_handover(extract, text, moved_to):
    ex = extract(text)
    assert {h.base.surface for h in ex.handovers} == {"Camp Harrow"}
    assert moved_to <= _names(ex, Kind.BASE)


def test_extract_en_handover_one_claim_per_base(extract):
    text = ("The coalition handed over Camp Harrow to the Iraqi army on Sunday. "
            "The camp was the third base transferred this month. "
            "About 500 coalition troops left the base, a spokesman said. "
            "The army took control of the facility in a short ceremony.")
    h = _one(extract(text))
    assert h.base.surface == "Camp Harrow"
    assert _surf(h.from_force) == "coalition"
    assert _surf(h.to_force) == "Iraqi army"
    assert h.troops is not None and h.troops.value == 500


def test_extract_en_handover_indefinite_base_joins_named_one(extract):
    text = ("U.S. forces gave up a hilltop outpost to the Iraqi army on Sunday. "
            "The outpost, known as Camp Harrow, had served as a radar station.")
    h = _one(extract(text))
    assert h.base.surface == "Camp Harrow"
    assert _surf(h.to_force) == "Iraqi army"


@pytest.mark.parametrize("text, base", [
    ("Denmark gave up its final army outpost in Chad, Camp Harrow near the lake, "
     "to the Chadian army on Monday.", "Camp Harrow"),
    ("Danish troops vacated their biggest camp in the region, Camp Harrow, at dawn.", "Camp Harrow"),
])
def test_extract_en_handover_base_named_in_apposition(extract, text, base):
    assert _one(extract(text)).base.surface == base


def test_extract_en_handover_earlier_base_after_ordinal(extract):
    text = ("This is the fourth camp that the Danish army has returned to the Chadian army after Tindar. "
            "Danish soldiers handed over the camp in Gerou to the Chadian army on Friday.")
    ex = extract(text)
    assert {h.base.name for h in ex.handovers} == {"Tindar", "Gerou"}
    for h in ex.handovers:
        assert _surf(h.to_force) == "Chadian army"


def test_extract_en_handover_list_of_bases(extract):
    ex = extract("The mission handed over four posts, Gerou, Tindar, Oru and Lassa Hill, to the Somali army.")
    assert sorted(h.base.name for h in ex.handovers) == ["Gerou", "Lassa Hill", "Oru", "Tindar"]
    assert all(_surf(h.to_force) == "Somali army" for h in ex.handovers)


@pytest.mark.parametrize("text", [
    "The mission vacated three camps in the Upper Vale region, Gerou, Tindar and Oru, handing them to the "
    "Somali army.",
    "Danish troops earlier withdrew from camps at Gerou, Tindar and Oru, handing them over to the Somali army.",
])
def test_extract_en_handover_list_then_them(extract, text):
    ex = extract(text)
    assert sorted(h.base.name for h in ex.handovers) == ["Gerou", "Oru", "Tindar"]
    assert all(_surf(h.to_force) == "Somali army" for h in ex.handovers)


def test_extract_en_handover_coordinated_bases(extract):
    ex = extract("Danish troops handed over the Gerou camp on Monday and the Tindar camp two days later.")
    assert sorted(h.base.surface for h in ex.handovers) == ["Gerou camp", "Tindar camp"]


def test_extract_en_handover_list_of_dated_earlier_handovers(extract):
    text = ("Published: 12 May 2019\n\n"
            "The coalition handed over Camp Harrow to the Iraqi army on Saturday. "
            "The move follows the handover of Camp Oru on April 2, Lassa Hill on April 19 and Fort Gerou "
            "near the border on May 1.")
    hs = _by_base(extract(text))
    assert set(hs) == {"Camp Harrow", "Camp Oru", "Lassa Hill", "Fort Gerou"}
    assert {k: h.date.iso for k, h in hs.items()} == {"Camp Harrow": "2019-05-11", "Camp Oru": "2019-04-02",
                                                     "Lassa Hill": "2019-04-19", "Fort Gerou": "2019-05-01"}
    assert all(h.from_force.key == "coalition" and h.to_force.key == "iraqi_forces" for h in hs.values())


def test_extract_en_handover_earlier_bases_listed(extract):
    ex = extract("The camp was the third base the Danish army has returned to Chad, after Gerou and Tindar.")
    assert {h.base.name for h in ex.handovers} == {"Gerou", "Tindar"}


def test_extract_en_handover_title_case_headline(extract):
    text = ("Coalition Hands Over Third Base To Iraqi Forces In A Week\n\n"
            "The coalition handed over Camp Harrow to the Iraqi army on Thursday.")
    h = _one(extract(text))
    assert h.base.surface == "Camp Harrow" and _surf(h.to_force) == "Iraqi army"


def test_extract_en_handover_headline_naming_the_base_otherwise(extract):
    text = ("Danes Quit Hilltop Base In Chad\n\n"
            "Danish troops handed over the camp in Gerou to the Chadian army on Sunday.")
    h = _one(extract(text))
    assert h.base.name == "Gerou"


def test_extract_en_handover_earlier_bases_with_places(extract):
    text = ("This is the fourth base the coalition has handed over to the Iraqi army this month, following "
            "Gerou in the north, Tindar near the border, and Lassa Hill.")
    ex = extract(text)
    assert {h.base.name for h in ex.handovers} == {"Gerou", "Tindar", "Lassa Hill"}
    assert all(h.to_force.key == "iraqi_forces" for h in ex.handovers)


@pytest.mark.parametrize("text, base", [
    ("The Tindar camp was closed and its last soldiers flew home.", "Tindar camp"),
    ("The mission closed the Gerou base on Friday.", "Gerou base"),
])
def test_extract_en_handover_closed_base(extract, text, base):
    assert _one(extract(text)).base.surface == base


def test_extract_en_handover_bare_place_named_as_base_before(extract):
    text = ("The outpost in Tindar was the largest in the province. "
            "Syrian troops began to evacuate Tindar overnight, a monitor said.")
    h = _one(extract(text))
    assert h.base.name == "Tindar" and _surf(h.from_force) == "Syrian troops"


def test_extract_en_handover_base_only_planned_is_not_the_one_handed_over(extract):
    text = ("Danish troops gave up a small camp in eastern Chad on Monday. "
            "Their headquarters at Gerou is to be returned to Chadian forces next year.")
    assert extract(text).handovers == []


def test_extract_en_handover_gazetteer_short_name_after_head_noun(extract):
    ex = extract("The coalition left the Kirkuk air base on Sunday.")
    h = _one(ex)
    assert h.base.key == "k1"
    assert _names(ex, Kind.BASE) == {"Kirkuk air base"}


def test_extract_en_handover_national_force_keys(extract):
    ex = extract("U.S. forces handed the base in Tindar to Iraqi troops. American soldiers then left Iraq.")
    h = _one(ex)
    assert h.from_force.key == "us_forces" and h.to_force.key == "iraqi_forces"
    keys = {m.key for m in ex.mentions if m.kind is Kind.FORCE}
    assert keys == {"us_forces", "iraqi_forces"}


@pytest.mark.parametrize("text, base, receiver", [
    # a plural base noun placed at a named base
    ("Russian forces withdrew from positions at Tindar airport overnight.", "Tindar airport", None),
    # "the airport" is the airport named before, not the base named last
    ("Russian troops left Tindar airport and flew on to Camp Oru. Officials said the airport had been handed "
     "to Syrian soldiers.", "Tindar airport", "Syrian soldiers"),
    # a force named by who leads it receives the base
    ("Vale-led rebels took over Camp Harrow on Monday.", "Camp Harrow", "Vale-led rebels"),
])
def test_extract_en_handover_base_and_receiver_in_context(extract, text, base, receiver):
    h = _one(extract(text))
    assert h.base.surface == base
    assert _surf(h.to_force) == receiver


@pytest.mark.parametrize("text", [
    "The coalition began moving equipment out of Camp Harrow on Monday.",
    "Danish troops have pulled their heavy weapons out of Camp Harrow.",
])
def test_extract_en_moving_equipment_out_is_no_handover(extract, text):
    assert extract(text).handovers == []


# --- givers nobody names ----------------------------------------------------------------------------

def test_extract_en_giver_of_a_lone_handover_is_the_force_withdrawing(extract):
    text = ("Danish troops have been withdrawing from Chad for months. "
            "The base in Gerou was given up to Chadian soldiers on Sunday.")
    assert _surf(_one(extract(text)).from_force) == "Danish troops"


@pytest.mark.parametrize("text, giver", [
    # two handovers, nothing ties the second to the first actor: no giver for it
    ("Danish troops handed over Camp Harrow to the Iraqi army in March. "
     "Months later, the base in Tindar was turned over to Chadian soldiers.", None),
    # one campaign told as a series ("also") by the one actor the article names
    ("Danish troops handed over Camp Harrow to the Iraqi army in March. "
     "The base in Tindar was also handed over to the Chadian army.", "Danish troops"),
    # coordinated in one sentence
    ("Danish troops handed over Camp Harrow, and the base in Tindar was given up to the Chadian army.",
     "Danish troops"),
])
def test_extract_en_giver_shared_only_within_one_campaign(extract, text, giver):
    hs = _by_base(extract(text))
    assert _surf(hs["Tindar"].from_force) == giver


# --- dates -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, iso", [
    ("Published: 4 March 2024\n\nDanish troops handed over Camp Harrow to the Chadian army on Sunday.",
     "2024-03-03"),
    ("Danish troops handed over Camp Harrow to the Chadian army on March 26, 2020.", "2020-03-26"),
    ("In a statement on Jan. 5, 2021, officials said Danish troops had left Camp Harrow on Dec. 30.",
     "2020-12-30"),
    ("Updated: 12 August 2022\n\nDanish troops left Camp Harrow last Friday.", "2022-08-05"),
    ("The army said on Aug. 25, 2020 that the coalition had handed over Camp Harrow on Aug. 23.", "2020-08-23"),
    ("Updated: 12 August 2022\n\nDanish troops left Camp Harrow last week, officials said on Friday.", None),
    # a dateline with the date after the agency credit anchors the weekday
    ("GEROU, Chad (AP) — March 4, 2022\n\nDanish troops left Camp Harrow on Monday, officials said.",
     "2022-02-28"),
    ("OUM HADJER, Chad — Sept. 9, 2021 —\n\nDanish troops slipped out of Camp Harrow before dawn on "
     "Tuesday.", "2021-09-07"),
    # "The United States" is no reporting verb in front of the date
    ("Published: 6 August 2024\n\nThe United States on Monday gave Camp Harrow back to Chadian soldiers.",
     "2024-08-05"),
])
def test_extract_en_handover_date(extract, text, iso):
    h = _one(extract(text))
    assert (h.date.iso if h.date else None) == iso


def test_extract_en_handover_weekday_without_anchor(extract):
    h = _one(extract("Iraqi forces took over Camp Harrow on Tuesday, the army said."))
    assert h.date is None and h.weekday == 1


def test_extract_en_date_of_the_statement_is_not_the_handover_date(extract):
    text = "Published: 14 June 2021\n\nU.S. forces have left Camp Harrow, officials said on Friday."
    h = _one(extract(text))
    assert h.date is None


def test_extract_en_publication_date_only_when_stated(extract):
    assert extract("Published on 2 May 2021\n\nIraqi forces took over Camp Harrow.").published.iso == "2021-05-02"
    assert extract("Iraqi forces took over Camp Harrow on 2 May 2021.").published is None


# --- numbers ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, troops, usd", [
    ("The coalition handed over Camp Harrow, where about 300 personnel were based, to the Iraqi army, and "
     "left equipment worth $1.1 million.", 300, Decimal("1100000")),
    ("The coalition left $347 million worth of equipment when it handed Camp Harrow to the Iraqi army.",
     None, Decimal("347000000")),
    ("More than 2,000 troops withdrew from Camp Harrow.", 2000, None),
    # a building cost is no equipment value
    ("The coalition handed Camp Harrow, built at a cost of $90 million, to the Iraqi army.", None, None),
    # a strength of old is no withdrawal
    ("Danish troops handed over Camp Harrow, which once hosted 4,000 soldiers, to the Iraqi army.", None, None),
])
def test_extract_en_handover_quantities(extract, text, troops, usd):
    h = _one(extract(text))
    assert (h.troops.value if h.troops else None) == troops
    assert (h.equipment_usd.value if h.equipment_usd else None) == usd


@pytest.mark.parametrize("text, troops", [
    # a figure that a withdrawal verb governs, said of the base
    ("Danish troops gave up the camp in Tindar to the Chadian army. The last 250 soldiers left the camp "
     "on Friday.", 250),
    # said of the base's country, the article naming no other base there
    ("Of the 900 soldiers posted in Chad, 600 went home in May, while the final 300 soldiers left the "
     "country on Friday. Danish troops handed over the camp in Gerou to the Chadian army.", 300),
    # a figure stationed at the base while it was being left
    ("Danish troops began leaving Camp Harrow in May. Some 700 soldiers were still stationed there in June.", 700),
    # a figure about another country's withdrawal: none
    ("Danish troops handed over the camp in Gerou to the Chadian army. Elsewhere, 75 soldiers were pulled "
     "out of Niger in May.", None),
    # a figure about another base: none
    ("Danish troops handed over Camp Harrow to the Iraqi army. Some 400 soldiers left Camp Oru, which "
     "remains open.", None),
    # the largest figure nearby is no withdrawal: none
    ("Danish troops left Camp Harrow on Friday. The country hosts about 5,000 foreign soldiers.", None),
])
def test_extract_en_troops_fallback(extract, text, troops):
    hs = [h for h in extract(text).handovers if h.base.surface != "Camp Oru"]
    assert len(hs) == 1
    assert (hs[0].troops.value if hs[0].troops else None) == troops


@pytest.mark.parametrize("text, troops", [
    ("Danish troops handed over Camp Harrow to the Iraqi army. About 150 Danish soldiers, who had trained "
     "Iraqi units at the camp, returned home this week.", 150),
    ("Danish troops left Camp Harrow on Monday. About 110 Danish soldiers, part of a joint task group, departed "
     "over the past week, the minister said.", 110),
    ("Danish troops left Camp Harrow on Monday, adding that around 80 Danish personnel had already returned to "
     "the Netherlands.", 80),
    ("Danish troops left Camp Harrow on Monday. The camp, which had hosted around 200 Danish soldiers, is the "
     "fifth site transferred this year.", 200),
    ("Danish troops left Camp Harrow, which housed 9,000 soldiers and civilians at the campaign's height.", None),
])
def test_extract_en_troops_going_home_past_an_aside(extract, text, troops):
    h = _one(extract(text))
    assert (h.troops.value if h.troops else None) == troops


def test_extract_en_troops_of_a_plan_are_not_withdrawn(extract):
    text = ("The mission handed over Camp Harrow to the Somali army, under a plan that requires 2,500 troops to "
            "go home before the year is out.")
    assert _one(extract(text)).troops is None


def test_extract_en_no_troops_from_an_unrelated_figure(extract):
    text = ("Danish troops gave up the camp in Tindar to the Chadian army. "
            "At its peak, the base housed about 3,000 soldiers.")
    assert _one(extract(text)).troops is None


def test_extract_en_equipment_value_said_of_the_base_in_focus(extract):
    text = ("The coalition handed over Camp Harrow to the Iraqi army. "
            "The coalition handed over Camp Oru to the Iraqi army a week earlier. "
            "About 90 advisers left Camp Harrow on Sunday. "
            '"The army is ready," Col. Ana Ruiz said. '
            "She added that equipment worth $4 million was left behind for Iraqi units.")
    hs = _by_base(extract(text))
    assert hs["Camp Harrow"].equipment_usd.value == Decimal("4000000")
    assert hs["Camp Oru"].equipment_usd is None


# --- entities --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, kind, surface", [
    ("The 12th Vale Brigade took over Camp Harrow.", Kind.FORCE, "12th Vale Brigade"),
    ("Chadian Armed Forces (CAF) soldiers arrived; CAF said the camp was secure.", Kind.FORCE, "CAF"),
    ("The Nigerien military took over the base in Tindar.", Kind.FORCE, "Nigerien military"),
    ("Chad's army now controls the base in Tindar.", Kind.FORCE, "Chad's army"),
    ("The Vale Observatory for Civil Liberties reported the move.", Kind.ORGANIZATION,
     "Vale Observatory for Civil Liberties"),
    ("The Chadian Defence Ministry confirmed the handover.", Kind.ORGANIZATION, "Chadian Defence Ministry"),
    ("The Danish Embassy in Gerou closed on Friday.", Kind.ORGANIZATION, "Danish Embassy in Gerou"),
    ("The Iraqi parliament voted on the troops.", Kind.ORGANIZATION, "Iraqi parliament"),
    ("The camp was handed to the Somali authorities.", Kind.ORGANIZATION, "Somali authorities"),
    ("The UN welcomed the handover.", Kind.ORGANIZATION, "UN"),
    ("Soldiers left the Tindar Air Base at dawn.", Kind.BASE, "Tindar Air Base"),
    ("The move follows the handover of Fort Gerou.", Kind.BASE, "Fort Gerou"),
    # a possessive country stays in a ministry's name; a force noun before "ministry" is no force
    ("Officials of Chad's Ministry of National Defence met on Monday.", Kind.ORGANIZATION,
     "Chad's Ministry of National Defence"),
    ("Denmark's armed forces ministry announced the move.", Kind.ORGANIZATION, "Denmark's armed forces ministry"),
])
def test_extract_en_entity_kinds(extract, text, kind, surface):
    assert surface in _names(extract(text), kind)


def test_extract_en_force_noun_before_ministry_is_no_force(extract):
    assert _names(extract("Denmark's armed forces ministry announced the move."), Kind.FORCE) == set()


def test_extract_en_two_ministries_stay_two(extract):
    ex = extract("Chad's Ministry of National Defence and Denmark's Ministry of Defence met in Gerou.")
    assert {"Chad's Ministry of National Defence", "Denmark's Ministry of Defence"} <= _names(ex, Kind.ORGANIZATION)


@pytest.mark.parametrize("text, kind, surface", [
    ("The People's Lassa Army took the camp.", Kind.FORCE, "People's Lassa Army"),
    ("The strike killed army general Omar Sadiq last year.", Kind.PERSON, "Omar Sadiq"),
    ("The Liberation Front said the camp was empty.", Kind.FORCE, "Liberation Front"),
    ("The rebel alliance, the Vale Liberation Front (VLF), met on Monday.", Kind.FORCE, "Vale Liberation Front"),
    ("The Northern Salvation Council (CNS) met on Monday.", Kind.ORGANIZATION, "Northern Salvation Council"),
    ("Most soldiers sleep in the camp next to Tindar's main harbour.", Kind.BASE,
     "camp next to Tindar's main harbour"),
])
def test_extract_en_entity_shapes_more(extract, text, kind, surface):
    assert surface in _names(extract(text), kind)


@pytest.mark.parametrize("text, surface, key", [
    ("The United Nations peacekeeping mission in Mali left the camp.", "United Nations peacekeeping mission in Mali",
     "vmc"),
    ("Danish police trainers left the camp.", "Danish police trainers", "danish_forces"),
])
def test_extract_en_force_phrases(extract, text, surface, key):
    ex = extract(text)
    assert any(m.surface == surface and m.key == key for m in ex.mentions if m.kind is Kind.FORCE), ex.mentions


def test_extract_en_missions_of_one_body_are_one_force(extract):
    text = ("UN mission quits Tindar\n\n"
            "The United Nations peacekeeping mission in Chad handed over its camp in Tindar to the Chadian army.")
    ex = extract(text)
    forces = {(m.surface, m.key or m.name) for m in ex.mentions if m.kind is Kind.FORCE and "mission" in m.surface}
    assert len({k for _, k in forces}) == 1 and len(forces) == 2
    assert _one(ex).from_force.surface == "United Nations peacekeeping mission in Chad"


@pytest.mark.parametrize("text, kind, surface", [
    ("Camp Harrow is its only permanent base in Africa.", Kind.BASE, "base in Africa"),
    ("Soldiers left the Tindar forward operating base in Upper Vale on Monday.", Kind.BASE, "Upper Vale"),
    ("The rebel coalition took the camp.", Kind.FORCE, "coalition"),
])
def test_extract_en_entity_shapes_not_names(extract, text, kind, surface):
    assert not any(surface in x for x in _names(extract(text), kind))


@pytest.mark.parametrize("text, surface, key", [
    ("The Chadians said the camp was theirs.", "The Chadians", "chadian_forces"),
    ("It was the third camp the Danish have given up.", "the Danish", "danish_forces"),
    ("After the Russians left, the base was looted.", "the Russians", "russian_forces"),
    ("Officials said the Nigeriens had already moved in.", "the Nigeriens", "nigerien_forces"),
    ("The French and the Iraqis signed a deal.", "The French", "french_forces"),
])
def test_extract_en_the_demonym_is_the_national_force(extract, text, surface, key):
    ex = extract(text)
    assert any(m.surface == surface and m.key == key for m in ex.mentions if m.kind is Kind.FORCE)


@pytest.mark.parametrize("text", [
    "Chadians who gathered outside the gate celebrated.",
    "The French government protested.",
])
def test_extract_en_demonym_of_people_or_bodies_is_no_force(extract, text):
    assert _names(extract(text), Kind.FORCE) == set()


@pytest.mark.parametrize("text, name, role, aff", [
    ("Brig. Gen. Tom Ashdown said the camp was ready.", "Tom Ashdown", "Brig. Gen.", None),
    ("Col. Ana Ruiz, a spokesman for the coalition, said the camp was ready.", "Ana Ruiz",
     "a spokesman for the coalition", "coalition"),
    ("\"The camp is ready,\" said Lieutenant Omar Sadiq of the Iraqi army.", "Omar Sadiq", "Lieutenant",
     "Iraqi army"),
    ("Karim Nasser, commander of the Iraqi army's 8th Division, said the camp was ready.", "Karim Nasser",
     "commander of the Iraqi army's 8th Division", "Iraqi army"),
    ("Danish Prime Minister Jens Holm announced the end of the operation.", "Jens Holm",
     "Danish Prime Minister", None),
    ("Defence Ministry spokesman Yuri Petrenko said the troops had left.", "Yuri Petrenko",
     "Defence Ministry spokesman", None),
    ("The talks were attended by his Chadian counterpart Idriss Mahamat.", "Idriss Mahamat",
     "his Chadian counterpart", None),
])
def test_extract_en_person_role_and_affiliation(extract, text, name, role, aff):
    ex = extract(text)
    p = next(m for m in ex.mentions if m.kind is Kind.PERSON and m.name == name)
    assert role in (p.role or "")
    assert _surf(p.affiliation) == aff


# --- page furniture --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Read more: Iraq says foreign troops must go",
    "Photo: Danish Army soldiers at Camp Harrow. Credit: Reuters",
    "Subscribe to our newsletter for the latest news",
    "By John Carver",
    "By John Carver and Mary Lin | Defence correspondents",
    "Show More",
    "Related Articles",
    "Scroll to top button",
    "Share this story on Facebook",
    "Advertisement",
    "Compiled from wire reports by the news desk",
    "With reporting from Reuters and AFP",
    "Danish soldiers at Camp Harrow in 2019. (Reuters)",
    "Chadian soldiers at the gate of Camp Harrow. AFP/Jane Roe",
])
def test_extract_en_page_furniture_gives_nothing(extract, text):
    ex = extract(f"{text}\nThe weather was calm.")
    assert ex.mentions == [] and ex.handovers == [] and ex.statements == []


def test_extract_en_related_links_under_a_marker_give_nothing(extract):
    text = ("Danish troops left Camp Harrow on Friday, ending a long deployment, the army said.\n"
            "Read more:\n"
            "• Iraqi army takes over Camp Oru\n"
            "• Russian forces quit Tindar airbase\n")
    ex = extract(text)
    assert {h.base.surface for h in ex.handovers} == {"Camp Harrow"}
    assert "Russian forces" not in _names(ex, Kind.FORCE)


def test_extract_en_a_sentence_opening_with_by_is_no_byline(extract):
    h = _one(extract("By Monday, Danish troops had left Camp Harrow."))
    assert h.base.surface == "Camp Harrow"


# --- statements ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, speaker, words, kind", [
    ('"The base is now in Iraqi hands," said Col. Ana Ruiz, a spokesman for the coalition.', "Ana Ruiz",
     "The base is now in Iraqi hands", "direct"),
    ('"The base is now in Iraqi hands," Col. Ana Ruiz said.', "Ana Ruiz", "The base is now in Iraqi hands",
     "direct"),
    ("“The base is now in Iraqi hands,” Col. Ana Ruiz told reporters.", "Ana Ruiz",
     "The base is now in Iraqi hands", "direct"),
    ("Col. Ana Ruiz said: «The base is now in Iraqi hands».", "Ana Ruiz", "The base is now in Iraqi hands",
     "direct"),
    ("‘The base is now in Iraqi hands,’ said Col. Ana Ruiz.", "Ana Ruiz", "The base is now in Iraqi hands",
     "direct"),
    ('Col. Ana Ruiz said: "The base is now in Iraqi hands and the troops are going home.', "Ana Ruiz",
     "the troops are going home", "direct"),
    ("Col. Ana Ruiz said that the base was now in Iraqi hands.", "Ana Ruiz",
     "the base was now in Iraqi hands", "reported"),
    ("Col. Ana Ruiz told the Associated Press that the base was now in Iraqi hands.", "Ana Ruiz",
     "the base was now in Iraqi hands", "reported"),
    ("The base is now in Iraqi hands, Col. Ana Ruiz said on Sunday.", "Ana Ruiz",
     "The base is now in Iraqi hands", "reported"),
    ("According to Col. Ana Ruiz, the base is now in Iraqi hands.", "Ana Ruiz",
     "the base is now in Iraqi hands", "reported"),
    ("The last troops left the base at dawn, the Chadian Defence Ministry said in a statement.",
     "Chadian Defence Ministry", "The last troops left the base at dawn", "reported"),
    ("The Chadian Defence Ministry tweeted that the last troops had left the base.", "Chadian Defence Ministry",
     "the last troops had left the base", "reported"),
    ("The last troops left the base at dawn, as reported by the Somali army, according to Reuters.",
     "Somali army", "The last troops left the base at dawn", "reported"),
])
def test_extract_en_statement_shapes(extract, text, speaker, words, kind):
    ex = extract(text)
    st = next(s for s in ex.statements if words in s.quote)
    assert st.kind == kind
    assert speaker in st.speaker.surface or speaker == st.speaker.name


@pytest.mark.parametrize("text, speaker, words", [
    ('"We are leaving the camp," Col. Ana Ruiz said, "but we will be back if we are needed."', "Ana Ruiz",
     "we will be back if we are needed"),
    ("Col. Ana Ruiz said in an interview with the BBC that the camp was empty.", "Ana Ruiz", "the camp was empty"),
    ("Omar Haddad, who heads the local council, said the soldiers had gone.", "Omar Haddad",
     "the soldiers had gone"),
    ('"Nobody told us they were leaving," said Chadian soldier Mahamat.', "Mahamat",
     "Nobody told us they were leaving"),
    ("Security analyst Lena Ortiz told Al Jazeera that the army was ready.", "Lena Ortiz", "the army was ready"),
    ("The troops left before dawn, the army said in a post on social media.", None, None),
])
def test_extract_en_statement_more_attributions(extract, text, speaker, words):
    st = extract(text).statements
    if speaker is None:
        assert all("social media" not in s.quote for s in st)
        return
    s = next(s for s in st if words in s.quote)
    assert s.speaker.name == speaker


@pytest.mark.parametrize("text, speaker, words", [
    # quotation first, then the name with an appositive, then the verb
    ('"The camp stays open. It is vital to us," Anna Berg, the ministry\'s chief spokeswoman, told reporters.',
     "Anna Berg", "The camp stays open"),
    ('"We are not leaving," Jens Holm, who leads the mission, told reporters in Gerou.', "Jens Holm",
     "We are not leaving"),
    # comma-bounded asides between the speaker and the verb
    ("Col. Ana Ruiz, speaking by telephone from Gerou, said the convoy had arrived.", "Ana Ruiz",
     "the convoy had arrived"),
    ("The Chadian Defence Ministry, which oversees the army, said the camp was secure.",
     "Chadian Defence Ministry", "the camp was secure"),
    ("A spokesman for the army, Col. Ana Ruiz, said the camp was secure.", "Ana Ruiz", "the camp was secure"),
    # what follows the closing verb only modifies it
    ("The camp is empty now, Col. Ana Ruiz said during a visit to the base.", "Ana Ruiz", "The camp is empty now"),
    ("The camp is empty now, Col. Ana Ruiz told reporters as she left the gate.", "Ana Ruiz",
     "The camp is empty now"),
    ("The camp is empty now, Col. Ana Ruiz said on the understanding that she would not be quoted at length.",
     "Ana Ruiz", "The camp is empty now"),
    ('"We have no plans to leave," Col. Ana Ruiz told a briefing.', "Ana Ruiz", "We have no plans to leave"),
    # a coordinated predicate: the subject of the first verb speaks
    ("Col. Ana Ruiz, the coalition spokesman, confirmed the handover and said the advisers had gone home.",
     "Ana Ruiz", "the advisers had gone home"),
    # the date said of the announcement sits between the verb and its content
    ("The Joint Command announced today, Friday, that Iraqi units had taken over the camp.", "Joint Command",
     "Iraqi units had taken over the camp"),
    # the one told, however long its name, then the end of the sentence
    ('"The camp is closed," Defence Minister Anna Berg told Danish public broadcaster DR.', "Anna Berg",
     "The camp is closed"),
    # a role, then the name in apposition
    ("A Brigade spokesman, Omar Sadiq, said the convoy had left.", "Omar Sadiq", "the convoy had left"),
    # a body named in brackets after its description
    ("The Vale monitoring mission in Chad (VMC) said on Monday it had left the camp.", "VMC",
     "it had left the camp"),
    # an appositive that names the body
    ("The rebel alliance, the Vale Liberation Front (VLF), said its fighters had taken the camp.",
     "Vale Liberation Front", "its fighters had taken the camp"),
    # a dateline in title case before a dash is no part of the statement
    ("Gerou — Danish troops left Camp Harrow on Monday, the Chadian Defence Ministry said.",
     "Chadian Defence Ministry", "Danish troops left Camp Harrow"),
])
def test_extract_en_statement_asides_around_the_attribution(extract, text, speaker, words):
    assert _speaker_of(extract(text), words) == speaker


@pytest.mark.parametrize("text, words", [
    ("The withdrawal is nearly over, according to the Chadian Defence Ministry, and the last trucks leave "
     "next week.", "The withdrawal is nearly over"),
    ("Most soldiers have gone, according to the Chadian Defence Ministry, but a few guards remain.",
     "Most soldiers have gone"),
])
def test_extract_en_statement_according_to_then_a_new_clause(extract, text, words):
    assert _speaker_of(extract(text), words) == "Chadian Defence Ministry"


@pytest.mark.parametrize("text, words", [
    ('The embassy was shut on Friday, on the grounds that "staff could no longer work safely."',
     "staff could no longer work safely"),
    ('The embassy was shut on Friday because "staff could no longer work safely."',
     "staff could no longer work safely"),
    ('The embassy was shut on Friday, saying "staff could no longer work safely."',
     "staff could no longer work safely"),
])
def test_extract_en_statement_reason_or_participle_before_a_quotation(extract, text, words):
    ex = extract("The Danish Embassy in Gerou issued a notice. " + text)
    assert _speaker_of(ex, words) == "Danish Embassy in Gerou"


@pytest.mark.parametrize("text, first, second", [
    ('"The camp has been handed over," the ministry said, adding that the soldiers would leave "within days" '
     'by road.', "The camp has been handed over", "the soldiers would leave"),
    ("The camp has been handed over, the ministry said, noting that no equipment was left behind.",
     "The camp has been handed over", "no equipment was left behind"),
])
def test_extract_en_statement_participle_tail_is_another_statement(extract, text, first, second):
    ex = extract("The Chadian Defence Ministry spoke on Monday. " + text)
    assert _speaker_of(ex, first) == "Chadian Defence Ministry"
    assert _speaker_of(ex, second) == "Chadian Defence Ministry"


@pytest.mark.parametrize("text, speaker", [
    ("A convoy left the camp at dawn, the nation's military council said.", "nation's military council"),
    ("The last soldiers left the camp on Monday, the army general staff announced in a press release.",
     "army general staff"),
])
def test_extract_en_statement_by_a_described_body(extract, text, speaker):
    ex = extract(text)
    assert ex.statements and ex.statements[0].speaker.name == speaker
    assert ex.statements[0].speaker.kind is Kind.ORGANIZATION


def test_extract_en_statement_description_returns_to_the_described_body(extract):
    text = ("A convoy left the camp at dawn, the nation's military council said. "
            "The council said in a communique broadcast on the radio that the camp was now under army control.")
    ex = extract(text)
    assert {s.speaker.name for s in ex.statements} == {"nation's military council"}
    assert any(s.quote.endswith("the camp was now under army control") for s in ex.statements)


@pytest.mark.parametrize("text, speaker, kind", [
    ("Prime Minister Jens Holm's office said the troops were safe.", "Prime Minister Jens Holm's office",
     Kind.ORGANIZATION),
    ("Col. Ana Ruiz's press office said the troops were safe.", "Col. Ana Ruiz's press office",
     Kind.ORGANIZATION),
    ("Jens Holm said the troops were safe.", "Jens Holm", Kind.PERSON),
])
def test_extract_en_statement_office_of_a_person_is_a_body(extract, text, speaker, kind):
    st = extract(text).statements
    assert len(st) == 1 and st[0].speaker.surface == speaker and st[0].speaker.kind is kind


def test_extract_en_statement_spokesman_of_a_person_is_unnamed(extract):
    assert extract("Jens Holm's spokesman said the troops were safe.").statements == []


def test_extract_en_statement_mission_described_by_its_long_form(extract):
    text = ("The Vale monitoring mission in Chad (VMC) left Gerou on Monday. "
            '"We have left the town," the mission said on X, adding that the pullout had been "sped up because '
            'of the rains".')
    ex = extract(text)
    assert _speaker_of(ex, "We have left the town") == "VMC"
    assert _speaker_of(ex, "the pullout had been") == "VMC"


def test_extract_en_statement_surname_continues_a_full_name(extract):
    text = ("The airfield changed hands on Sunday, coalition spokesman Col. Mark T. Reddy Jr. wrote on Twitter.\n\n"
            "Iraqi soldiers raised their flag over the gate.\n\n"
            '"The Iraqi army is ready to take charge," Reddy said.')
    ex = extract(text)
    st = next(s for s in ex.statements if "ready to take charge" in s.quote)
    assert st.speaker.name == "Mark T. Reddy Jr" or st.speaker.name.startswith("Mark T. Reddy")


def test_extract_en_statement_joint_statement_of_two_ministries(extract):
    text = ("Danish troops handed Camp Harrow to the Chadian army, Chad's Ministry of National Defence and "
            "Denmark's Ministry of Defence announced in a shared communique.")
    ex = extract(text)
    assert _speaker_of(ex, "Danish troops handed Camp Harrow") == "Chad's Ministry of National Defence"
    assert {"Chad's Ministry of National Defence", "Denmark's Ministry of Defence"} <= _names(ex, Kind.ORGANIZATION)


@pytest.mark.parametrize("text, speaker, words", [
    ("About 90 coalition soldiers were based at the camp, a coalition statement said.", "coalition",
     "About 90 coalition soldiers were based at the camp"),
    ("Defence Minister Anna Berg visited the troops. No soldier will stay behind, the minister said.",
     "Anna Berg", "No soldier will stay behind"),
    ("The Chadian Defence Ministry spoke first. The ministry said that the camp was secure.",
     "Chadian Defence Ministry", "the camp was secure"),
])
def test_extract_en_statement_speaker_by_description(extract, text, speaker, words):
    assert _speaker_of(extract(text), words) == speaker


def test_extract_en_statement_the_ministry_is_the_one_named_before(extract):
    text = ("Denmark's defence ministry said that the camp was empty. "
            "Later the Chadian Defence Ministry welcomed the soldiers.")
    assert _speaker_of(extract(text), "the camp was empty") == "Denmark's defence ministry"


def test_extract_en_dateline_is_no_part_of_the_statement(extract):
    st = extract("TINDAR, Chad (Reuters) - Danish troops left the base on Friday, the Chadian army said.").statements
    assert len(st) == 1 and st[0].quote.startswith("Danish troops left")


def test_extract_en_caption_with_photo_credit_gives_nothing(extract):
    text = ("Soldiers stand guard at Camp Harrow, which the coalition handed to the Iraqi army, in this file "
            "photo taken on March 3, 2020. REUTERS/Jane Roe\nThe weather was calm.")
    ex = extract(text)
    assert ex.handovers == [] and ex.mentions == []


def test_extract_en_statement_pronoun_of_a_person_just_introduced(extract):
    text = ("Lt. Col. Omar Sadiq, the camp commander, praised the work of the engineers. "
            "He said that the camp had mattered a great deal to the region.")
    st = extract(text).statements
    assert len(st) == 1 and st[0].speaker.name == "Omar Sadiq"


def test_extract_en_statement_whole_clause_around_a_partial_quote(extract):
    text = ('Col. Ana Ruiz said the decision was "long planned" and not related to the recent attacks.')
    st = extract(text).statements
    assert len(st) == 1 and "not related to the recent attacks" in st[0].quote and "long planned" in st[0].quote


def test_extract_en_statement_continuation_and_pronouns(extract):
    text = ('"We have left the camp," said Col. Ana Ruiz, a spokesman for the coalition. '
            '"The Iraqi army is in charge now."\n'
            "She added that no equipment had been left behind.")
    quotes = _said(extract(text))
    assert quotes.get("We have left the camp") == "Ana Ruiz"
    assert quotes.get("The Iraqi army is in charge now") == "Ana Ruiz"
    assert any("no equipment had been left behind" in q and who == "Ana Ruiz" for q, who in quotes.items())


def test_extract_en_statement_the_statement_speaks_for_its_author(extract):
    text = ("The Chadian Defence Ministry announced in a communique that the last troops had left Tindar. "
            "According to the statement, the handover took place without incident. "
            '"The army will guard the camp," the statement read.')
    ex = extract(text)
    assert len(ex.statements) == 3
    assert {s.speaker.name for s in ex.statements} == {"Chadian Defence Ministry"}


def test_extract_en_statement_indefinite_description_introduces_a_body_named_later(extract):
    text = ("Danish troops quit the camp in Tindar, a rights monitor said. "
            "The Vale Observatory for Civil Liberties has tracked the pullout for weeks.")
    st = extract(text).statements
    assert len(st) == 1 and st[0].speaker.name == "Vale Observatory for Civil Liberties"


@pytest.mark.parametrize("text", [
    "The troops left at dawn, an official said.",
    "A senior commander, who requested anonymity, told Reuters that the troops had left.",
    "The troops left at dawn, Reuters reported.",
    "The troops left at dawn, according to the Reuters news agency.",
    'The soldiers sang "Home at last" as they left.',
    "The troops left at dawn, a defence official said on the basis that he would not be named.",
])
def test_extract_en_statement_needs_a_named_speaker(extract, text):
    assert extract(text).statements == []


def test_extract_en_statement_pronoun_after_an_unnamed_speaker(extract):
    text = ("A pilot at the airfield, who requested anonymity, told Reuters that the runway would close. "
            '"We cannot land after dark," he said.')
    assert extract(text).statements == []


@pytest.mark.parametrize("text, parts", [
    ('"We did not give them the keys but I can say they left on Monday," said Col. Ana Ruiz.',
     ["We did not give them the keys", "I can say they left on Monday"]),
    ('"The coalition handed over the camp on Friday, while the last soldiers left on Sunday," '
     "said Col. Ana Ruiz.", ["The coalition handed over the camp on Friday", "the last soldiers left on Sunday"]),
    ("“They went at dawn” and the camp is empty now, “all of it,” said Col. Ana Ruiz.",
     ["They went at dawn", "the camp is empty now"]),
])
def test_extract_en_statement_one_per_clause(extract, text, parts):
    quotes = [s.quote for s in extract(text).statements]
    for p in parts:
        assert sum(p in q for q in quotes) == 1, quotes
    assert len(quotes) == len(parts)


def test_extract_en_statement_reported_announcement(extract):
    ex = extract("Danish Prime Minister Jens Holm announced the end of the mission in the Vale region.")
    st = ex.statements
    assert len(st) == 1 and "the end of the mission in the Vale region" in st[0].quote
    assert st[0].speaker.name == "Jens Holm" and st[0].kind == "reported"


# --- whole articles --------------------------------------------------------------------------------

def test_extract_en_article(extract):
    text = ("Coalition hands Camp Harrow to Iraqi army\n"
            "Published: 9 March 2020\n"
            "\n"
            "BAGHDAD (Reuters) - The coalition on Sunday handed over Camp Harrow to the Iraqi army, "
            "the third base it has transferred this month, the coalition said in a statement.\n"
            "About 300 coalition personnel left the camp, and equipment worth $1.1 million was handed to "
            "the Iraqi army, said Col. Ana Ruiz, a spokesman for the coalition.\n"
            '"The Iraqi army is ready to protect the camp," Ruiz said.\n'
            "Read more: Iraq tells foreign troops to leave\n")
    ex = extract(text)
    assert ex.published.iso == "2020-03-09"
    h = _one(ex)
    assert h.base.surface == "Camp Harrow" and h.from_force.key == "coalition"
    assert h.to_force.key == "iraqi_forces"
    assert h.date.iso == "2020-03-08"
    assert h.troops.value == 300 and h.troops.qualifier == "about"
    assert h.equipment_usd.value == Decimal("1100000")
    speakers = sorted((s.speaker.key or s.speaker.name) for s in ex.statements)
    assert speakers == ["Ana Ruiz", "Ana Ruiz", "coalition"]
