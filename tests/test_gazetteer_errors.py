"""A gazetteer file that cannot be read stops the load with an error naming the file (and the
line, for broken Turtle) and the fix, not a bare ValueError from deep inside."""
from __future__ import annotations

import pytest

from kg.errors import InputError
from kg.extract.gazetteer import load_gazetteer

_HEAD = """@prefix hko: <https://w3id.org/handover-kg/ontology#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
"""


def _folder(tmp_path, body: str):
    (tmp_path / "forces.ttl").write_text(_HEAD + body, encoding="utf-8")
    return tmp_path


def test_a_period_that_is_no_year_names_the_file_the_entry_and_the_fix(tmp_path):
    folder = _folder(tmp_path, """
<https://w3id.org/handover-kg/id/force/old_mission> a hko:Force ;
    rdfs:label "Old mission"@en ;
    hko:activeFrom "the nineties"^^xsd:gYear .
""")
    with pytest.raises(InputError) as err:
        load_gazetteer(folder)
    message = str(err.value)
    assert str(folder / "forces.ttl") in message
    assert "old_mission" in message and "'the nineties'" in message
    assert "2014" in message                       # the fix shows the expected form


def test_broken_turtle_names_the_file_and_line(tmp_path):
    folder = _folder(tmp_path, "\n<https://w3id.org/handover-kg/id/force/x> a hko:Force\n")
    with pytest.raises(InputError) as err:
        load_gazetteer(folder)
    assert err.value.path == str(folder / "forces.ttl")
    assert err.value.line is not None and err.value.line >= 4


def test_a_well_formed_period_is_read_as_years(tmp_path):
    folder = _folder(tmp_path, """
<https://w3id.org/handover-kg/id/force/old_mission> a hko:Force ;
    rdfs:label "Old mission"@en ;
    hko:activeFrom "1995"^^xsd:gYear ; hko:activeUntil "1999"^^xsd:gYear .
""")
    gaz = load_gazetteer(folder)
    entry = gaz.entries["force/old_mission"]
    assert entry.active == (1995, 1999)
