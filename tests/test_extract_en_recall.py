"""The English extractor finding more of the handovers an article tells (every sentence written for
these tests): a pronoun subject, lists of bases sharing one trigger and one date, dates that belong
to the clause before, a base named before by its toponym in a passive, "soldiers of X took
control", event nouns ("the closure of X"), and lists of countries that are no bases.
The gazetteer is the small one of :mod:`support.en_fixtures`."""
from __future__ import annotations

import pytest

from kg.extract import Resources
from kg.extract.english import EnglishExtractor
from kg.model import Article, Kind

from support.en_fixtures import _by_base, _key, _place, extract, extractor  # noqa: F401  (extract is a fixture)


def _iso(h):
    return h.date.iso if h.date is not None else None


# --- a pronoun subject stands for the actor told before ------------------------------------------

@pytest.mark.parametrize("text, giver", [
    ("Danish troops announced a review of their posts in March. Since then they have pulled out of "
     "Camp Lorrin and Camp Osk.", "danish_forces"),
    ("Denmark announced the pullout in May. In June it left Camp Lorrin and Camp Osk.", "danish_forces"),
    ("French troops handed over Camp Lorrin in April, and in May they also vacated Camp Osk.", "french_forces"),
])
def test_extract_en_recall_pronoun_subject_is_the_giver(extract, text, giver):
    ex = extract(text)
    got = {b: _key(h.from_force) for b, h in _by_base(ex).items()}
    assert got == {"Camp Lorrin": giver, "Camp Osk": giver}


def test_extract_en_recall_dateline_country_is_no_subject(extract):
    ex = extract("TINDAR, Mali, May 3 -\n\nThe convoy reached the border at night. Hours later it left Camp Osk.")
    assert [_key(h.from_force) for h in ex.handovers] == [None]


# --- lists of bases after one trigger -------------------------------------------------------------

def test_extract_en_recall_appositive_after_a_conjunct_is_no_new_base(extract):
    ex = extract("The coalition handed over K1 to the Iraqi army, and on 4 May 2020 it transferred Camp "
                 "Lorrin, once its biggest training hub, to the Iraqi army.")
    assert sorted(_by_base(ex)) == ["Camp Lorrin", "K1"]


def test_extract_en_recall_date_after_and_belongs_to_the_next_trigger(extract):
    ex = extract("Danish troops handed over Camp Osk to the Iraqi army, and on 4 May 2020 they transferred "
                 "Camp Lorrin to the Iraqi army.")
    assert {b: _iso(h) for b, h in _by_base(ex).items()} == {"Camp Osk": None, "Camp Lorrin": "2020-05-04"}


def test_extract_en_recall_date_of_the_last_conjunct_is_shared(extract):
    ex = extract("French troops handed over Camp Lorrin and Camp Osk to the Chadian army on 12 March 2021.")
    assert {b: _iso(h) for b, h in _by_base(ex).items()} == {"Camp Lorrin": "2021-03-12", "Camp Osk": "2021-03-12"}


def test_extract_en_recall_own_dates_of_conjuncts_are_not_shared(extract):
    ex = extract("French troops handed over Camp Lorrin on 2 March 2021 and Camp Osk on 12 March 2021.")
    assert {b: _iso(h) for b, h in _by_base(ex).items()} == {"Camp Lorrin": "2021-03-02", "Camp Osk": "2021-03-12"}


@pytest.mark.parametrize("text, dates", [
    ("Danish troops pulled out of Camp Lorrin on 3 June 2021, and French troops left Camp Osk days earlier.",
     {"Camp Lorrin": "2021-06-03", "Camp Osk": None}),
    ("French troops left Camp Lorrin in December and ceded Camp Osk on 11 January 2022.",
     {"Camp Lorrin": None, "Camp Osk": "2022-01-11"}),
])
def test_extract_en_recall_a_date_belongs_to_its_own_clause(extract, text, dates):
    ex = extract(text)
    assert {b: _iso(h) for b, h in _by_base(ex).items()} == dates


def test_extract_en_recall_bases_in_countries_are_no_bases(extract):
    ex = extract("Over the years French troops relinquished bases in Mali, Chad and Niger after the coups.")
    assert ex.handovers == []


# --- arguments found further away -----------------------------------------------------------------

def test_extract_en_recall_toponym_of_a_base_as_passive_subject(extract):
    ex = extract("French troops left Camp Lorrin on 2 May 2021. A spokesman said Lorrin had been handed "
                 "over to the Malian army.")
    h = _by_base(ex)["Camp Lorrin"]
    assert len(ex.handovers) == 1 and _key(h.to_force) == "malian_army"


def test_extract_en_recall_soldiers_of_a_force_take_control(extract):
    ex = extract("French troops left Camp Lorrin on Friday. Hours later, soldiers of the Malian army took "
                 "control of the camp.")
    h = _by_base(ex)["Camp Lorrin"]
    assert (_key(h.from_force), _key(h.to_force)) == ("french_forces", "malian_army")


# --- event nouns ----------------------------------------------------------------------------------

def test_extract_en_recall_closure_of_a_base(extract):
    ex = extract("The French drawdown saw the closure of Camp Lorrin, where trainers had worked for years.")
    assert [h.base.surface for h in ex.handovers] == ["Camp Lorrin"]


# --- round 3: bases named through a place, coordination, series, relative clauses ------------------

def test_extract_en_recall_base_named_through_its_place(extract):
    ex = extract("Marines also vacated an outpost at the Tarvo cement factory and the base at Ain Osk "
                 "on 3 May 2020.")
    assert sorted(_by_base(ex)) == ["Ain Osk", "Tarvo cement factory"]


def test_extract_en_recall_base_near_a_gazetteer_place(extract):
    ex = extract("The coalition left its former camp near Kirkuk on 3 May 2020.")
    assert [_key(h.base) for h in ex.handovers] == ["k1"]


def test_extract_en_recall_base_in_a_country_stays_indefinite(extract):
    ex = extract("The coalition left a base in Iraq on 3 May 2020.")
    assert all(_key(h.base) != "iraq" for h in ex.handovers)


def test_extract_en_recall_closure_of_one_base_and_of_another(extract):
    ex = extract("The closure of the Tarvo airfield, where trainers drilled recruits, and of a smaller "
                 "base at Lassa airport was completed on 3 May 2020.")
    assert sorted(_by_base(ex)) == ["Lassa", "Tarvo airfield"]


def test_extract_en_recall_both_sites_give_the_receiver(extract):
    ex = extract("The coalition pulled out of Camp Lorrin and Camp Osk on 3 May 2020. Both sites were "
                 "turned over to the Iraqi army.")
    got = {b: _key(h.to_force) for b, h in _by_base(ex).items()}
    assert got == {"Camp Lorrin": "iraqi_forces", "Camp Osk": "iraqi_forces"}


def test_extract_en_recall_series_sentences_date_each_base(extract):
    ex = extract("The coalition handed over Camp Lorrin, Camp Osk and Camp Veld to the Iraqi army in 2020. "
                 "Camp Lorrin, by the river, went first, on 17 March 2020. Camp Osk followed on 26 March "
                 "2020, and Camp Veld, near the hills, on 29 March 2020.")
    got = {b: _iso(h) for b, h in _by_base(ex).items()}
    assert got == {"Camp Lorrin": "2020-03-17", "Camp Osk": "2020-03-26", "Camp Veld": "2020-03-29"}


def test_extract_en_recall_followed_needs_a_series(extract):
    ex = extract("Camp Osk hosted a parade on 3 May 2020. Heavy rain followed on 4 May 2020.")
    assert ex.handovers == []


def test_extract_en_recall_relative_clause_names_the_taker(extract):
    ex = extract("French troops left Camp Osk on 2 May 2020. The camp, which the Iraqi army had taken "
                 "over by noon, was looted.")
    h = _by_base(ex)["Camp Osk"]
    assert _key(h.to_force) == "iraqi_forces"


def test_extract_en_recall_sites_left_by_a_force_are_no_handover(extract):
    ex = extract("The Iraqi army moved into the last sites left by French troops, whose withdrawal "
                 "ended on 3 May 2020.")
    assert all(_key(h.from_force) != "iraqi_army" for h in ex.handovers)


def test_extract_en_recall_one_list_shares_the_default_giver(extract):
    ex = extract("French troops have completed their withdrawal from the region. The drawdown saw the "
                 "closure of Camp Lorrin and of Camp Osk on 3 May 2020.")
    got = {b: _key(h.from_force) for b, h in _by_base(ex).items()}
    assert got == {"Camp Lorrin": "french_forces", "Camp Osk": "french_forces"}


# --- a strength told of an earlier time, a whole country or a whole mission is no base's figure ---

@pytest.mark.parametrize("after", [
    "About 900 French soldiers were stationed there a decade ago.",
    "About 900 French soldiers had been stationed at the camp before the withdrawal.",
    "Some 900 French soldiers were based at the camp before the 2021 coup.",
])
def test_extract_en_recall_earlier_strength_is_no_withdrawn_figure(extract, after):
    ex = extract("French troops handed over Camp Lorrin to the Malian army on 3 May 2022. " + after)
    assert _by_base(ex)["Camp Lorrin"].troops is None


def test_extract_en_recall_strength_at_the_time_stays(extract):
    ex = extract("French troops handed over Camp Lorrin to the Malian army on 3 May 2022. About 900 French "
                 "soldiers were still stationed at the camp when it closed.")
    assert _by_base(ex)["Camp Lorrin"].troops.value == 900


@pytest.fixture(scope="module")
def extract_tarka():
    return extractor(_place("tarka", "Tarka", located_in="niger"))


def test_extract_en_recall_country_strength_with_two_bases_there(extract_tarka):
    ex = extract_tarka("U.S. forces handed over the base at Oru to the Nigerien army on 7 July 2024 and left "
                       "the base at Tarka on 5 August 2024. Some 1,000 American troops were deployed in Niger.")
    assert [h.troops for h in ex.handovers] == [None, None]
    one = extract_tarka("U.S. forces handed over the base at Oru to the Nigerien army on 7 July 2024. Some "
                        "1,000 American troops were deployed in Niger.")
    assert one.handovers[0].troops.value == 1000     # the only base there: the country's figure is its own


@pytest.mark.parametrize("after", [
    "About 2,000 personnel are leaving the mission this year.",
    "The mission's 2,000 personnel have been pulled out of the region.",
])
def test_extract_en_recall_mission_strength_is_no_base_figure(extract, after):
    ex = extract("The Vale Monitoring Mission handed over Camp Lorrin to the Malian army on 3 May 2023. " + after)
    assert _by_base(ex)["Camp Lorrin"].troops is None


# --- a date told relative to the handover before it ------------------------------------------------

@pytest.mark.parametrize("second, iso", [
    ("They vacated Camp Osk two days later.", "2022-05-05"),
    ("The next day they left Camp Osk.", "2022-05-04"),
    ("Camp Osk followed a week after.", "2022-05-10"),
    ("Camp Osk had been vacated two days earlier.", "2022-05-01"),
])
def test_extract_en_recall_relative_date_anchored_on_the_handover_before(extract, second, iso):
    ex = extract("French troops left Camp Lorrin on 3 May 2022. " + second)
    assert _iso(_by_base(ex)["Camp Osk"]) == iso


@pytest.mark.parametrize("text", [
    "French troops left Camp Lorrin on 3 May 2022. They left Camp Osk a week after the ceremony.",
    "They left Camp Osk a week later.",
])
def test_extract_en_recall_relative_date_needs_a_handover_anchor(extract, text):
    ex = extract(text)
    assert _iso(_by_base(ex)["Camp Osk"]) is None


# --- a definite event noun naming a handover told before keeps its date ----------------------------

@pytest.mark.parametrize("text", [
    "French troops vacated Camp Osk in May 2022. The hasty departure from Camp Osk, on 3 May 2022, came "
    "after a rocket attack.",
    "French troops vacated the camp near Tindar in May 2022. The departure from Tindar, on 3 May 2022, "
    "surprised the town.",
])
def test_extract_en_recall_definite_event_noun_keeps_its_date(extract, text):
    assert [_iso(h) for h in extract(text).handovers] == ["2022-05-03"]


@pytest.mark.parametrize("text", [
    "French troops vacated Camp Lorrin in May 2022. The departure from Camp Osk, on 3 May 2022, surprised the town.",
    "French troops vacated Camp Osk in May 2022. The planned departure from Camp Osk, on 3 June 2022, worries them.",
    "French troops vacated Camp Osk in May 2022. The departure from Camp Osk, on 3 June 2022, would leave it exposed.",
])
def test_extract_en_recall_event_noun_without_a_told_handover_adds_nothing(extract, text):
    assert all(_iso(h) is None for h in extract(text).handovers)


# --- a list of bases after a plural base noun, each member placed by its own phrase ----------------

@pytest.mark.parametrize("text, bases", [
    ("Earlier this year the coalition turned over bases at al-Harrow near the Vale border, Camp Osk in "
     "the eastern desert and K1 close to Kirkuk.", {"al-Harrow", "Camp Osk", "K1"}),
    ("Before that, French troops had handed over camps at Gerou in the north, Oru on the river and Tindar.",
     {"Gerou", "Oru", "Tindar"}),
    ("The mission vacated posts at Lassa Hill on the border, Tindar near the lake, and Oru in May.",
     {"Lassa Hill", "Tindar", "Oru"}),
])
def test_extract_en_recall_list_members_with_their_own_place_phrase(extract, text, bases):
    assert set(_by_base(extract(text))) == bases


# --- "withdrew from A in May, …, and from B and C in June": the preposition repeats the trigger -----

@pytest.mark.parametrize("text, bases", [
    ("French troops had pulled out of Camp Osk in May, handing it to the Malian army, and of Lassa Hill "
     "and Camp Veld in June.", {"Camp Osk", "Lassa Hill", "Camp Veld"}),
    ("French troops withdrew from Camp Lorrin in March after heavy fighting nearby, and from Camp Osk and "
     "Camp Veld in April.", {"Camp Lorrin", "Camp Osk", "Camp Veld"}),
    ("Danish soldiers departed from Camp Lorrin early and later from Camp Osk.", {"Camp Lorrin", "Camp Osk"}),
])
def test_extract_en_recall_repeated_preposition_adds_conjuncts(extract, text, bases):
    ex = extract(text)
    assert set(_by_base(ex)) == bases
    assert {_key(h.from_force) for h in ex.handovers} != {None}



# --- "left B, handing the camp to X": the base just left, not an earlier camp ----------------------

@pytest.mark.parametrize("text, base", [
    ("French troops left Camp Osk in March. In May they withdrew from Tindar airfield, handing the camp "
     "to the Chadian army.", "Tindar airfield"),
    ("Danish troops vacated Camp Lorrin on 2 May 2021. A week later they pulled out of K1, turning the "
     "camp over to the Iraqi army.", "K1"),
])
def test_extract_en_recall_the_camp_is_the_base_just_left(extract, text, base):
    got = {b: _key(h.to_force) for b, h in _by_base(extract(text)).items()}
    assert got[base] is not None and [b for b, r in got.items() if r is not None] == [base]


# --- a base's short name where English places troops or names a base --------------------------------

@pytest.fixture(scope="module")
def extract_short():
    from kg.extract.gazetteer import Entry
    return extractor(*(
        Entry(Kind.BASE, key, labels={"en": label}, short_names=[(short, "en")])
        for key, label, short in (("harrow", "Harrow Airfield", "Harrow"), ("lorr", "Lorr Garrison", "Lorr"),
                                  ("kessa", "Kessa Air Base", "Kessa"))))


def _base_keys(ex):
    return {m.key for m in ex.mentions if m.kind is Kind.BASE}


@pytest.mark.parametrize("text, keys", [
    ("Some 900 U.S. troops remain at Harrow and Lorr, and at Kessa near the border.", {"harrow", "lorr", "kessa"}),
    ("Danish soldiers are still stationed at Kessa, officials said.", {"kessa"}),
    ("Its largest camp, Lorr outside the capital, will be handed over next year.", {"lorr"}),
    ("The army's other base, Harrow, hosts a drone squadron.", {"harrow"}),
    ("The Kessa cement plant had served as a special forces hub since 2016.", {"kessa"}),
    ("Drones flew from the Lorr sugar factory until the spring.", {"lorr"}),
])
def test_extract_en_recall_short_name_of_a_base_in_context(extract_short, text, keys):
    assert _base_keys(extract_short(text)) == keys


@pytest.mark.parametrize("text", [
    "Rebels attacked a market at Harrow on Monday.",
    "The convoy drove from Lorr to Kessa overnight.",
    "Harrow, a town of 20,000, lies on the river.",
    "A Kessa cement plant supplies the region.",
])
def test_extract_en_recall_short_name_of_a_base_alone_is_a_place(extract_short, text):
    assert _base_keys(extract_short(text)) == set()


# --- "X had served as a hub. Troops pulled out on May 3": an object-less departure from the base ----

@pytest.mark.parametrize("text, base, giver", [
    ("The Tindar airfield had served as a French logistics hub since 2014. French troops pulled out on "
     "3 May 2021, and the army moved in.", "Tindar airfield", "french_forces"),
    ("Camp Osk lies east of the river. Danish soldiers withdrew on 2 June 2020.", "Camp Osk", "danish_forces"),
])
def test_extract_en_recall_objectless_departure_leaves_the_base_just_named(extract, text, base, giver):
    got = {b: _key(h.from_force) for b, h in _by_base(extract(text)).items()}
    assert got == {base: giver}


@pytest.mark.parametrize("text", [
    "Camp Osk lies east of the river.\n\nDanish soldiers withdrew on 2 June 2020.",
    "Camp Osk lies east of the river and Camp Lorrin west of it. Danish soldiers withdrew on 2 June 2020.",
    "Camp Osk lies east of the river. Danish soldiers withdrew as rebels advanced on the town.",
])
def test_extract_en_recall_objectless_departure_needs_one_base_just_named(extract, text):
    assert not extract(text).handovers


# --- "X was vacated and taken over by Y": the agent belongs to the second participle ---------------

@pytest.mark.parametrize("text, base, taker", [
    ("Camp Osk was vacated on 3 May 2021 and taken over by the Iraqi army.", "Camp Osk", "iraqi_forces"),
    ("Camp Veld was abandoned in May and taken over by Russian troops a week later.", "Camp Veld", "russian_forces"),
])
def test_extract_en_recall_coordinated_passives_share_the_base(extract, text, base, taker):
    h = _by_base(extract(text))[base]
    assert (_key(h.from_force), _key(h.to_force)) == (None, taker)


# --- the trigger vocabulary: "given to", "moved into", "occupied", "shut down", "dismantled" -------

@pytest.mark.parametrize("text, base, giver, taker", [
    ("On 4 May 2020 the coalition's hilltop post, Camp Lorrin, was given to the Iraqi army.",
     "Camp Lorrin", None, "iraqi_forces"),
    ("French troops gave Camp Osk to the Malian army on 2 June 2021.", "Camp Osk", "french_forces", "malian_army"),
    ("Russian troops moved into Camp Veld on 9 April 2024.", "Camp Veld", None, "russian_forces"),
    ("Syrian soldiers occupied Camp Veld on 9 April 2024.", "Camp Veld", None, "syrian_army"),
    ("Danish troops shut down Camp Osk on 2 June 2020.", "Camp Osk", "danish_forces", None),
    ("In March 2022 French troops dismantled Camp Lorrin.", "Camp Lorrin", "french_forces", None),
])
def test_extract_en_recall_more_trigger_words(extract, text, base, giver, taker):
    h = _by_base(extract(text))[base]
    assert (_key(h.from_force), _key(h.to_force)) == (giver, taker)


@pytest.mark.parametrize("text", [
    "The junta seized power in 2020 and gave the French ambassador three days to leave.",
    "Soldiers returned home from Camp Osk for the holidays, the ministry said.",
    "Traffic was shut down on the road to Camp Osk for an hour.",
])
def test_extract_en_recall_more_trigger_words_need_a_base_object(extract, text):
    assert not extract(text).handovers


# --- a facility's name ("X Palace", "the Y Building", "the Z gas field") as a trigger's base -------

@pytest.mark.parametrize("text, base, giver, taker", [
    ("French soldiers left the town at dawn, handing Tindar Palace over to the Malian army.",
     "Tindar Palace", "french_forces", "malian_army"),
    ("Danish troops handed the Old Customs Building to the Iraqi army on 3 May 2020.",
     "Old Customs Building", "danish_forces", "iraqi_forces"),
    ("In May 2020 the Harrow Grain Terminal by the docks was handed, with its cranes, to Iraqi army units.",
     "Harrow Grain Terminal", None, "iraqi_forces"),
    ("U.S. troops vacated the Rasheed gas field on 1 May 2025.", "Rasheed gas field", "us_forces", None),
])
def test_extract_en_recall_facility_name_as_base(extract, text, base, giver, taker):
    h = _by_base(extract(text))[base]
    assert (_key(h.from_force), _key(h.to_force)) == (giver, taker)


@pytest.mark.parametrize("text", [
    "U.S. troops left the American airfield on 1 May 2025.",
    "The Elysee Palace said on Monday that the talks would go on.",
])
def test_extract_en_recall_facility_needs_a_name(extract, text):
    assert not [m for m in extract(text).mentions if m.kind is Kind.BASE and "Palace" in m.surface
                or m.kind is Kind.BASE and "American" in m.surface]


# --- "Camp de X", "Fort du Y": a lower-case particle inside a base's name ---------------------------

def test_extract_en_recall_particle_inside_base_name(extract):
    ex = extract("France still keeps a few hundred soldiers at Camp de Brie, near the coast, and some at Fort du Lac.")
    assert {m.surface for m in ex.mentions if m.kind is Kind.BASE} == {"Camp de Brie", "Fort du Lac"}


# --- "their camps in A, on May 2, and B, a week later": a dated list -------------------------------

def test_extract_en_recall_list_with_dates_between(extract):
    ex = extract("In 2021 Chadian troops vacated their camps in Gerou, on 2 May, and Oru, a week later.")
    assert {b: _key(h.from_force) for b, h in _by_base(ex).items()} == {"Gerou": "chadian_forces",
                                                                     "Oru": "chadian_forces"}


# --- "Jordan's prime minister, X, …": a proper name's possessive opens the role before a name --------

@pytest.mark.parametrize("text, name", [
    ("Tindar's governor, Karim Nasser, backed the deal on Monday.", "Karim Nasser"),
    ("Vale's prime minister, Walid Haddad, has said he wants the soldiers to stay.", "Walid Haddad"),
    ("No request was made, according to a spokeswoman for the embassy in Tindar, Rana Haddad.", "Rana Haddad"),
])
def test_extract_en_recall_role_before_name_possessive(extract, text, name):
    assert name in {m.surface for m in extract(text).mentions if m.kind is Kind.PERSON}


# --- '"…," X, co-chair of Y, told Reuters': the outlet told is no speaker ----------------------------

@pytest.mark.parametrize("text", [
    "“We were left alone,” Lina Farouk, co-chair of the Vale Council, told Reuters.",
    "\"We were left alone,\" Lina Farouk, the council's co-chair, told the BBC.",
])
def test_extract_en_recall_told_outlet_after_apposition(extract, text):
    ex = extract(text)
    assert [(s.speaker.surface if s.speaker else None, s.quote) for s in ex.statements] == [
        ("Lina Farouk", "We were left alone")]


# --- "their base in A, B State, after …": a bare name set off by commas is an apposition -------------

@pytest.mark.parametrize("text, bases", [
    ("Soldiers pulled out of their base in Oru, Vale State, after weeks of shelling.", {"Oru"}),
    ("Chadian troops handed over the fort in Gerou, the general's home town, to the police.", {"Gerou"}),
    ("Chadian troops handed over the fort in Gerou, Omar Sadiq’s home town, to the police.", {"Gerou"}),
    ("In 2021 Chadian troops vacated their camps in Gerou, Oru and Lassa.", {"Gerou", "Oru", "Lassa"}),
])
def test_extract_en_recall_apposition_is_no_second_base(extract, text, bases):
    assert set(_by_base(extract(text))) == bases


# --- armed groups of the Lake Chad basin and Afghanistan, from the project's gazetteer ---------------

@pytest.mark.parametrize("text, keys", [
    ("Boko Haram fighters overran the garrison town before dawn.", {"boko_haram"}),
    ("The post was attacked by Islamic State West Africa Province (ISWAP) militants; ISWAP later "
     "claimed the raid.", {"iswap"}),
    ("Gunmen loyal to Hezb-i-Islami shelled the outpost overnight.", {"hezb_i_islami"}),
])
def test_extract_en_recall_armed_groups_in_gazetteer(text, keys):
    ex = EnglishExtractor(Resources())(Article(source="test.txt", text=text, lang="en"))
    assert {m.key for m in ex.mentions if m.kind is Kind.FORCE} == keys


# --- "left the base in October 2009": a month after "base in" is a date, no base named by it --------

@pytest.mark.parametrize("text", [
    "Danish troops had abandoned that base in October 2019, days after a heavy assault.",
    "Chadian soldiers quit the camp in March 2021 and moved north.",
])
def test_extract_en_recall_month_is_no_base_place(extract, text):
    ex = extract(text)
    assert not [m.surface for m in ex.mentions if m.kind is Kind.BASE]
    assert not ex.handovers


# --- "said in a recent interview that …": an adjective inside the speech-noun adverbial --------------

@pytest.mark.parametrize("text", [
    "Colonel Omar Sadiq said in a recent interview that the garrison would stay until spring.",
    "Colonel Omar Sadiq, who leads the brigade, said in a telephone interview that the garrison would stay until spring.",
])
def test_extract_en_recall_adjective_in_speech_adverbial(extract, text):
    ex = extract(text)
    assert [(s.speaker.surface, "the garrison would stay until spring" in s.quote) for s in ex.statements] == [
        ("Omar Sadiq", True)]


# --- '"…," X, co-chair of Y, the Z's political wing, told …': the name after the quotation speaks ----

def test_extract_en_recall_name_before_two_asides_speaks(extract):
    ex = extract("“Nobody warned us,” Lina Farouk, co-chair of the Vale Council, the Vale Front’s civilian arm, "
                 "told Reuters.")
    assert [(s.speaker.surface if s.speaker else None, s.quote) for s in ex.statements] == [
        ("Lina Farouk", "Nobody warned us")]
