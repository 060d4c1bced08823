"""The small English gazetteer and extractor the English extraction tests share.

The gazetteer is built here, so the tests do not move when the project's gazetteer grows:
countries with their demonyms and national forces, one coalition, one base with a short name.
A test module imports the ``extract`` fixture and the helpers it reads results with; a test that
needs more entries builds its own extractor with ``extractor(*entries)``.
"""
from __future__ import annotations

import pytest

from kg.extract import Resources
from kg.extract.english import EnglishExtractor
from kg.extract.gazetteer import Entry, Gazetteer
from kg.extract.lexicon import load_lexicon
from kg.model import Article, Kind


def _place(key, label, demonyms=(), names=(), located_in=None):
    return Entry(Kind.PLACE, key, labels={"en": label}, names=[(n, "en") for n in names],
                 demonyms=[(d, "en") for d in demonyms], located_in=located_in)


def _force(key, label, place=None, names=()):
    return Entry(Kind.FORCE, key, labels={"en": label}, names=[(n, "en") for n in names], national_force_of=place)


def _gazetteer(*more: Entry) -> Gazetteer:
    """The small gazetteer, with ``more`` entries added."""
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
        _place("denmark", "Denmark", ["Danish"]),
        _place("kirkuk", "Kirkuk", located_in="iraq"),
        _place("gerou", "Gerou", located_in="chad"),
        _place("oru", "Oru", located_in="niger"),
        _force("us_forces", "United States Armed Forces", "united_states", ["U.S. forces"]),
        _force("iraqi_forces", "Iraqi security forces", "iraq", ["Iraqi army"]),
        _force("french_forces", "French Armed Forces", "france"),
        _force("malian_army", "Malian Armed Forces", "mali", ["Vale Army"]),
        _force("chadian_forces", "Chadian National Army", "chad"),
        _force("somali_forces", "Somali National Army", "somalia"),
        _force("syrian_army", "Syrian Arab Army", "syria"),
        _force("russian_forces", "Russian Armed Forces", "russia"),
        _force("danish_forces", "Danish Defence", "denmark"),
        _force("nigerien_forces", "Nigerien Armed Forces", "niger"),
        _force("coalition", "Global Coalition", None, ["the coalition", "U.S.-led coalition"]),
        Entry(Kind.BASE, "k1", labels={"en": "K1 Air Base"}, names=[("K-1", "en"), ("K1", "en")],
              short_names=[("Kirkuk", "en")], located_in="kirkuk"),
        Entry(Kind.ORGANIZATION, "un", labels={"en": "United Nations"}, names=[("UN", "en")]),
        _force("vmc", "Vale Monitoring Mission", None, ["VMC", "UN peacekeeping mission in Mali"]),
        *more,
    ])


def extractor(*more: Entry):
    """``text -> Extraction`` with the small gazetteer (and ``more`` entries)."""
    ext = EnglishExtractor(Resources({"gazetteer": _gazetteer(*more), "lexicon:en": load_lexicon("en")}))
    return lambda text: ext(Article(source="test.txt", text=text, lang="en"))


@pytest.fixture(scope="module")
def extract():
    return extractor()


# --- reading an extraction ---------------------------------------------------------------------------

def _names(ex, kind):
    return {m.surface for m in ex.mentions if m.kind is kind}


def _one(ex):
    assert len(ex.handovers) == 1, [(h.base.surface, h.trigger) for h in ex.handovers]
    return ex.handovers[0]


def _surf(m):
    return m.surface if m is not None else None


def _key(m):
    return m.key if m is not None else None


def _by_base(ex):
    return {h.base.name or h.base.surface: h for h in ex.handovers}


def _said(ex):
    """{quote: speaker name} of an extraction's statements (``None`` for a statement with no speaker)."""
    return {s.quote: (s.speaker.name or s.speaker.surface) if s.speaker else None for s in ex.statements}


def _speaker_of(ex, words):
    st = [s for s in ex.statements if words in s.quote]
    assert st, [s.quote for s in ex.statements]
    return st[0].speaker.name or st[0].speaker.surface
