"""A base handed 'to Iraqi control' or 'into Afghan hands' goes to that nation's forces (sentences
written for this test)."""
from __future__ import annotations

import pytest

from kg.model import Article
from kg.pipeline import extract


def _handover(text: str):
    ex = extract(Article(source="t.txt", text="Wire report\n\n" + text + "\n\nOfficials gave no figures.", lang="en"))
    return ex.handovers[0] if ex.handovers else None


@pytest.mark.parametrize("text, key", [
    ("Camp Dorn was handed over to Iraqi control on Sunday.", "iraqi_forces"),
    ("US troops transferred Camp Dorn to Iraqi control on Sunday.", "iraqi_forces"),
    ("Camp Dorn was returned to Afghan control after the troops left.", "afghan_forces"),
    ("Camp Dorn reverted to Iraqi custody on Sunday.", "iraqi_forces"),
])
def test_a_base_handed_to_a_nations_control_goes_to_its_forces(text, key):
    h = _handover(text)
    assert h is not None and h.to_force is not None and h.to_force.key == key


@pytest.mark.parametrize("text", [
    "The Iraqi control room was moved to Camp Dorn on Sunday.",
    "US troops handed over Camp Dorn to the Iraqi army on Sunday, under Iraqi command rules.",
])
def test_a_nations_control_elsewhere_is_no_receiver_of_its_own(text):
    h = _handover(text)
    assert h is None or h.to_force is None or h.to_force.surface != "Iraqi"
