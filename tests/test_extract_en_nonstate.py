"""Armed men named by a nationality and a word for non-state fighters are a force of their own,
never that country's state forces (sentences written for this test)."""
from __future__ import annotations

import pytest

from kg.model import Article, Kind
from kg.pipeline import extract


def _forces(text: str) -> dict:
    ex = extract(Article(source="t.txt", text="Wire report\n\n" + text + "\n\nOfficials gave no figures.", lang="en"))
    return {m.surface: m.key for m in ex.mentions if m.kind is Kind.FORCE}


@pytest.mark.parametrize("text, surface", [
    ("Syrian rebels overran the hilltop garrison on Monday.", "Syrian rebels"),
    ("Iraqi militias moved into the abandoned depot.", "Iraqi militias"),
    ("Malian rebels said they now held the camp.", "Malian rebels"),
])
def test_a_nationality_with_rebels_or_militias_is_not_the_state_army(text, surface):
    forces = _forces(text)
    assert surface in forces
    assert forces[surface] is None or not forces[surface].endswith(("_army", "_forces"))


@pytest.mark.parametrize("text, surface, key", [
    ("Syrian troops left the hilltop garrison on Monday.", "Syrian troops", "syrian_army"),
    ("Malian soldiers moved into the camp.", "Malian soldiers", "malian_army"),
])
def test_a_nationality_with_soldiers_is_still_the_state_army(text, surface, key):
    assert _forces(text).get(surface) == key
