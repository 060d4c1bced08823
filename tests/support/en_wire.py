"""English text through the whole pipeline with the project's gazetteer, as a wire report: what the
force tests read of it (sentences are the tests' own)."""
from __future__ import annotations

from kg.model import Article, Kind
from kg.pipeline import extract
from kg.resolve import resolve


def wire_extraction(text: str):
    return extract(Article(source="t.txt", text="Wire report\n\n" + text + "\n\nOfficials gave no figures.", lang="en"))


def force_nodes(text: str) -> set[str]:
    return {eid for eid in resolve([wire_extraction(text)]).entities if eid.startswith("force/")}


def force_surfaces(text: str) -> set[str]:
    return {m.surface for m in wire_extraction(text).mentions if m.kind is Kind.FORCE}
