"""The English extractor on sentences written for these tests (none is taken from a real article).

A small gazetteer is built here, so the tests do not move when the project's gazetteer grows:
countries with their demonyms and national forces, one coalition, one base with a short name.
Names that no gazetteer holds (Camp Harrow, the base in Tindar, the 12th Vale Brigade) must be
found from their English shape alone.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract import Resources
from kg.extract.english import EnglishExtractor
from kg.extract.gazetteer import Entry, Gazetteer
from kg.extract.lexicon import load_lexicon
from kg.model import Article, Kind


def _place(key, label, demonyms=(), names=(), located_in=None):
    e = Entry(Kind.PLACE, key, labels={"en": label}, names=[(n, "en") for n in names],
              demonyms=[(d, "en") for d in demonyms], located_in=located_in)
    return e


def _force(key, label, place=None, names=()):
    return Entry(Kind.FORCE, key, labels={"en": label}, names=[(n, "en") for n in names], national_force_of=place)


def _gazetteer() -> Gazetteer:
    return Gazetteer([
        _place("iraq", "Iraq", ["Iraqi"]),
        _place("united_states", "United States", ["American", "U.S.", "US"], ["U.S.", "US", "America"]),
        _place("france", "France", ["French"]),
        _place("mali", "Mali", ["Malian"]),
        _place("chad", "Chad", ["Chadian"]),
        _place("somalia", "Somalia", ["Somali"]),
        _place("syria", "Syria", ["Syrian"]),
        _place("russia", "Russia", ["Russian"]),
        _place("niger", "Niger", ["Nigerien"]),
        _place("kirkuk", "Kirkuk", located_in="iraq"),
        _force("us_forces", "United States Armed Forces", "united_states", ["U.S. forces"]),
        _force("iraqi_forces", "Iraqi security forces", "iraq", ["Iraqi army"]),
        _force("french_forces", "French Armed Forces", "france"),
        _force("malian_army", "Malian Armed Forces", "mali", ["FAMa"]),
        _force("chadian_forces", "Chadian National Army", "chad"),
        _force("somali_forces", "Somali National Army", "somalia"),
        _force("syrian_army", "Syrian Arab Army", "syria"),
        _force("russian_forces", "Russian Armed Forces", "russia"),
        _force("coalition", "Global Coalition", None, ["the coalition", "U.S.-led coalition"]),
        Entry(Kind.BASE, "k1", labels={"en": "K1 Air Base"}, names=[("K-1", "en"), ("K1", "en")],
              short_names=[("Kirkuk", "en")]),
        Entry(Kind.ORGANIZATION, "un", labels={"en": "United Nations"}, names=[("UN", "en")]),
    ])


@pytest.fixture(scope="module")
def extract():
    res = Resources({"gazetteer": _gazetteer(), "lexicon:en": load_lexicon("en")})
    ext = EnglishExtractor(res)
    return lambda text: ext(Article(source="test.txt", text=text, lang="en"))


def _names(ex, kind):
    return {m.surface for m in ex.mentions if m.kind is kind}


def _one(ex):
    assert len(ex.handovers) == 1, [(h.base.surface, h.trigger) for h in ex.handovers]
    return ex.handovers[0]


def _surf(m):
    return m.surface if m is not None else None


# --- handovers ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, base, giver, receiver", [
    ("Danish troops handed over Camp Harrow to the Iraqi army.", "Camp Harrow", "Danish troops", "Iraqi army"),
    ("Danish troops handed Camp Harrow over to the Iraqi army.", "Camp Harrow", "Danish troops", "Iraqi army"),
    ("The French army transferred the Tindar air base to Malian soldiers.", "Tindar air base", "French army",
     "Malian soldiers"),
    ("The coalition turned over control of Camp Harrow to Iraqi security forces.", "Camp Harrow", "coalition",
     "Iraqi security forces"),
    ("Camp Harrow was handed over to the Iraqi army.", "Camp Harrow", None, "Iraqi army"),
    ("Camp Harrow has been transferred to Iraqi forces by the coalition.", "Camp Harrow", "coalition",
     "Iraqi forces"),
    ("Russian forces withdrew from the Tindar airbase.", "Tindar airbase", "Russian forces", None),
    ("U.S. troops pulled out of Camp Harrow.", "Camp Harrow", "U.S. troops", None),
    ("American forces left Camp Harrow.", "Camp Harrow", "American forces", None),
    ("French soldiers vacated the base in Tindar.", "base in Tindar", "French soldiers", None),
    ("The United States completed its withdrawal from Camp Harrow.", "Camp Harrow", "United States", None),
    ("Somali soldiers took over Camp Harrow from the coalition.", "Camp Harrow", "coalition", "Somali soldiers"),
    ("Turkish troops evacuated the outpost in Tindar.", "outpost in Tindar", "Turkish troops", None),
])
def test_extract_en_handover_roles(extract, text, base, giver, receiver):
    h = _one(extract(text))
    assert base in h.base.surface
    assert _surf(h.from_force) == giver
    assert _surf(h.to_force) == receiver


@pytest.mark.parametrize("text", [
    "The coalition has not handed over Camp Harrow to the Iraqi army.",
    "The coalition will hand over Camp Harrow to the Iraqi army next year.",
    "The coalition plans to withdraw from Camp Harrow by December.",
    "Camp Harrow is expected to be handed over to Iraqi forces after the holiday.",
    "French troops never left the base in Tindar, the ministry said.",
    "The coalition agreed to transfer Camp Harrow to the Iraqi army.",
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
    text = ("U.S. forces handed over a desert camp to the Iraqi army on Sunday. "
            "The camp, known as Camp Harrow, housed some 400 soldiers.")
    h = _one(extract(text))
    assert h.base.surface == "Camp Harrow"
    assert _surf(h.to_force) == "Iraqi army"


def test_extract_en_handover_earlier_base_after_ordinal(extract):
    text = ("It is the second base the French army has handed to the Malian army after Tindar. "
            "French troops handed over the base in Gerou to the Malian army on Friday.")
    ex = extract(text)
    bases = {h.base.name for h in ex.handovers}
    assert bases == {"Tindar", "Gerou"}
    for h in ex.handovers:
        assert _surf(h.to_force) == "Malian army"


def test_extract_en_handover_list_of_bases(extract):
    ex = extract("The mission handed over three bases, Gerou, Tindar and Lassa Hill, to the Somali army in May.")
    assert sorted(h.base.name for h in ex.handovers) == ["Gerou", "Lassa Hill", "Tindar"]
    assert all(_surf(h.to_force) == "Somali army" for h in ex.handovers)


def test_extract_en_handover_coordinated_bases(extract):
    ex = extract("French troops handed over the Gerou camp on Monday and the Tindar camp two days later.")
    assert sorted(h.base.surface for h in ex.handovers) == ["Gerou camp", "Tindar camp"]


def test_extract_en_handover_earlier_bases_listed(extract):
    ex = extract("The camp was the third base the French army has returned to Mali, after Gerou and Tindar.")
    assert {h.base.name for h in ex.handovers} == {"Gerou", "Tindar"}


def test_extract_en_handover_title_case_headline(extract):
    text = ("Coalition Hands Over Third Base To Iraqi Forces In A Week\n\n"
            "The coalition handed over Camp Harrow to the Iraqi army on Thursday.")
    h = _one(extract(text))
    assert h.base.surface == "Camp Harrow" and _surf(h.to_force) == "Iraqi army"


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
            "Turkish troops began to evacuate Tindar overnight, a monitor said.")
    h = _one(extract(text))
    assert h.base.name == "Tindar" and _surf(h.from_force) == "Turkish troops"


def test_extract_en_handover_base_only_planned_is_not_the_one_handed_over(extract):
    text = ("French troops handed back a military base in northern Mali on Monday. "
            "The main base at Gerou will be returned to Malian forces at the end of the summer.")
    assert extract(text).handovers == []


def test_extract_en_troops_of_a_plan_are_not_withdrawn(extract):
    text = ("The mission handed over Camp Harrow to the Somali army, in line with a resolution mandating the "
            "withdrawal of 3,000 troops by the end of the year.")
    assert _one(extract(text)).troops is None


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


# --- dates -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, iso", [
    ("Published: 4 March 2024\n\nFrench troops handed over Camp Harrow to the Chadian army on Sunday.",
     "2024-03-03"),
    ("French troops handed over Camp Harrow to the Chadian army on March 26, 2020.", "2020-03-26"),
    ("In a statement on Jan. 5, 2021, officials said French troops had left Camp Harrow on Dec. 30.",
     "2020-12-30"),
    ("Updated: 12 August 2022\n\nFrench troops left Camp Harrow last Friday.", "2022-08-05"),
    ("The army said on Aug. 25, 2020 that the coalition had handed over Camp Harrow on Aug. 23.", "2020-08-23"),
    ("Updated: 12 August 2022\n\nFrench troops left Camp Harrow last week, officials said on Friday.", None),
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
])
def test_extract_en_handover_quantities(extract, text, troops, usd):
    h = _one(extract(text))
    assert (h.troops.value if h.troops else None) == troops
    assert (h.equipment_usd.value if h.equipment_usd else None) == usd


def test_extract_en_troops_from_the_withdrawal_context(extract):
    text = ("Of the 900 soldiers deployed in the country, 600 have already gone home, while the last 300 "
            "soldiers left on Friday. French troops handed over the base in Tindar to the Nigerien army.")
    h = _one(extract(text))
    assert h.troops is not None and h.troops.value in (900, 300)


def test_extract_en_no_troops_from_an_unrelated_figure(extract):
    text = ("French troops handed over the base in Tindar to the Malian army. "
            "At its peak, the base housed about 3,000 soldiers.")
    assert _one(extract(text)).troops is None


# --- entities --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, kind, surface", [
    ("The 12th Vale Brigade took over Camp Harrow.", Kind.FORCE, "12th Vale Brigade"),
    ("Malian Armed Forces (FAMa) soldiers arrived; FAMa said the camp was secure.", Kind.FORCE, "FAMa"),
    ("The Nigerien military took over the base in Tindar.", Kind.FORCE, "Nigerien military"),
    ("Niger's military now controls the base in Tindar.", Kind.FORCE, "Niger's military"),
    ("The Syrian Observatory for Human Rights reported the move.", Kind.ORGANIZATION,
     "Syrian Observatory for Human Rights"),
    ("The Malian Defence Ministry confirmed the handover.", Kind.ORGANIZATION, "Malian Defence Ministry"),
    ("The French Embassy in Bamako closed on Friday.", Kind.ORGANIZATION, "French Embassy in Bamako"),
    ("The Iraqi parliament voted on the troops.", Kind.ORGANIZATION, "Iraqi parliament"),
    ("The camp was handed to the Somali authorities.", Kind.ORGANIZATION, "Somali authorities"),
    ("The UN welcomed the handover.", Kind.ORGANIZATION, "UN"),
    ("Soldiers left the Tindar Air Base at dawn.", Kind.BASE, "Tindar Air Base"),
    ("The move follows the handover of Fort Gerou.", Kind.BASE, "Fort Gerou"),
])
def test_extract_en_entity_kinds(extract, text, kind, surface):
    assert surface in _names(extract(text), kind)


@pytest.mark.parametrize("text, name, role, aff", [
    ("Brig. Gen. Tom Ashdown said the camp was ready.", "Tom Ashdown", "Brig. Gen.", None),
    ("Col. Ana Ruiz, a spokesman for the coalition, said the camp was ready.", "Ana Ruiz",
     "a spokesman for the coalition", "coalition"),
    ("\"The camp is ready,\" said Lieutenant Omar Sadiq of the Iraqi army.", "Omar Sadiq", "Lieutenant",
     "Iraqi army"),
    ("Karim Nasser, commander of the Iraqi army's 8th Division, said the camp was ready.", "Karim Nasser",
     "commander of the Iraqi army's 8th Division", "Iraqi army"),
    ("French President Jean Marceau announced the end of the operation.", "Jean Marceau", "French President",
     None),
    ("Defence Ministry spokesman Yuri Petrenko said the troops had left.", "Yuri Petrenko",
     "Defence Ministry spokesman", None),
])
def test_extract_en_person_role_and_affiliation(extract, text, name, role, aff):
    ex = extract(text)
    p = next(m for m in ex.mentions if m.kind is Kind.PERSON and m.name == name)
    assert role in (p.role or "")
    assert _surf(p.affiliation) == aff


@pytest.mark.parametrize("text", [
    "Read more: Iraq says foreign troops must go",
    "Photo: Danish Army soldiers at Camp Harrow. Credit: Reuters",
    "Subscribe to our newsletter for the latest news",
    "By John Carver",
    "Show More",
    "Related Articles",
])
def test_extract_en_page_furniture_gives_nothing(extract, text):
    ex = extract(f"{text}\nThe weather was calm.")
    assert ex.mentions == [] and ex.handovers == [] and ex.statements == []


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
    ("The last troops left the base at dawn, the Malian Defence Ministry said in a statement.",
     "Malian Defence Ministry", "The last troops left the base at dawn", "reported"),
    ("The Malian Defence Ministry tweeted that the last troops had left the base.", "Malian Defence Ministry",
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
    ('"Nobody told us they were leaving," said Afghan soldier Rahimullah.', "Rahimullah",
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


def test_extract_en_dateline_is_no_part_of_the_statement(extract):
    st = extract("TINDAR, Mali (Reuters) - French troops left the base on Friday, the Malian army said.").statements
    assert len(st) == 1 and st[0].quote.startswith("French troops left")


def test_extract_en_caption_with_photo_credit_gives_nothing(extract):
    text = ("Soldiers stand guard at Camp Harrow, which the coalition handed to the Iraqi army, in this file "
            "photo taken on March 3, 2020. REUTERS/Jane Roe\nThe weather was calm.")
    ex = extract(text)
    assert ex.handovers == [] and ex.mentions == []


def test_extract_en_statement_pronoun_of_a_person_just_introduced(extract):
    text = ("Lt. Col. Omar Sadiq, the camp commander, thanked the local elders. "
            "He said that the camp had played a key role in the fight against the insurgents.")
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
    ex = extract(text)
    quotes = {s.quote: s.speaker.name for s in ex.statements}
    assert quotes.get("We have left the camp") == "Ana Ruiz"
    assert quotes.get("The Iraqi army is in charge now") == "Ana Ruiz"
    assert any("no equipment had been left behind" in q and who == "Ana Ruiz" for q, who in quotes.items())


def test_extract_en_statement_the_statement_speaks_for_its_author(extract):
    text = ("The Malian Defence Ministry said in a statement that the last troops had left Tindar. "
            "According to the statement, the handover took place without incident. "
            '"The army will guard the camp," the statement read.')
    ex = extract(text)
    assert len(ex.statements) == 3
    assert {s.speaker.name for s in ex.statements} == {"Malian Defence Ministry"}


def test_extract_en_statement_description_stands_for_a_named_body(extract):
    text = ("French troops left the base in Tindar, a war monitor said. "
            "The Syrian Observatory for Human Rights has tracked the pullout for weeks.")
    st = extract(text).statements
    assert len(st) == 1 and st[0].speaker.name == "Syrian Observatory for Human Rights"


@pytest.mark.parametrize("text", [
    "The troops left at dawn, an official said.",
    "A senior commander, who asked not to be named, told AFP that the troops had left.",
    "The troops left at dawn, Reuters reported.",
    "The troops left at dawn, according to the AFP news agency.",
    'The soldiers sang "Victory at last" as they left.',
])
def test_extract_en_statement_needs_a_named_speaker(extract, text):
    assert extract(text).statements == []


def test_extract_en_statement_pronoun_after_an_unnamed_speaker(extract):
    text = ("An officer at the base, who asked not to be named, told AFP that the troops would be exposed. "
            '"We cannot fly at night," he said.')
    assert extract(text).statements == []


@pytest.mark.parametrize("text, parts", [
    ('"We did not hand over the camp to them but I can say they left on Monday," said Col. Ana Ruiz.',
     ["We did not hand over the camp to them", "I can say they left on Monday"]),
    ('"The coalition handed over the camp on Friday, while the last soldiers left on Sunday," '
     "said Col. Ana Ruiz.", ["The coalition handed over the camp on Friday", "the last soldiers left on Sunday"]),
    ("“They left at night” and no foreign troops remain in the camp, “not one,” said Col. Ana Ruiz.",
     ["They left at night", "no foreign troops remain in the camp"]),
])
def test_extract_en_statement_one_per_clause(extract, text, parts):
    quotes = [s.quote for s in extract(text).statements]
    for p in parts:
        assert sum(p in q for q in quotes) == 1, quotes
    assert len(quotes) == len(parts)


def test_extract_en_statement_reported_announcement(extract):
    ex = extract("French President Jean Marceau announced the end of the operation in the Sahel.")
    st = ex.statements
    assert len(st) == 1 and "the end of the operation in the Sahel" in st[0].quote
    assert st[0].speaker.name == "Jean Marceau" and st[0].kind == "reported"


# --- whole articles --------------------------------------------------------------------------------

def test_extract_en_article(extract):
    text = ("Coalition hands Camp Harrow to Iraqi army\n"
            "Published: 9 March 2020\n"
            "\n"
            "BAGHDAD (Reuters) - The U.S.-led coalition on Sunday handed over Camp Harrow to the Iraqi army, "
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
