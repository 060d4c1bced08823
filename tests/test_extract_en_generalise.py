"""The English extractor on wordings from other outlets and theatres (every sentence written for
these tests): objects that open with a force word, asides with an acronym before the reporting
verb, contrastive quotations, possessive bases, "the country's army", numbers in words.
The gazetteer is the small one of :mod:`support.en_fixtures`."""
from __future__ import annotations

import pytest

from support.en_fixtures import _said, _surf, extract, extractor  # noqa: F401  (extract is a fixture)


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
    ("Some 600 Danish soldiers had been based in the country.", None),
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
