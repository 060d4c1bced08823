"""The library functions the CLI and notebooks call: read -> extract -> resolve -> build.

>>> from kg import build
>>> result = build(["examples/"])          # doctest: +SKIP
>>> result.graph.serialize(format="turtle")  # doctest: +SKIP
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from rdflib import Dataset, Graph

from .errors import InputError
from .extract import Resources, extractor_for
from .ingest import read_inputs
from .model import Article, Extraction, Resolution

_RESOURCES = Resources()


_EXTRACTORS: dict[tuple[int, str], object] = {}


def extract(article: Article, resources: Resources | None = None) -> Extraction:
    """Run the extractor for the article's language (extractors are made once per process)."""
    res = resources or _RESOURCES
    lang = article.lang or "en"
    ext = _EXTRACTORS.get((id(res), lang))
    if ext is None:
        ext = _EXTRACTORS[(id(res), lang)] = extractor_for(lang, res)
    ex = ext(article)
    ex.extractor = ext.name
    return ex


def extract_all(articles: Iterable[Article], resources: Resources | None = None) -> Iterator[Extraction]:
    for art in articles:
        yield extract(art, resources)


@dataclass
class BuildResult:
    dataset: Dataset
    resolution: Resolution
    errors: list[InputError] = field(default_factory=list)

    @property
    def graph(self) -> Graph:
        from .build import union
        return union(self.dataset)

    @property
    def skipped(self) -> int:
        return len(self.errors)


def read_same_as(path: str | Path) -> list[tuple[str, str]]:
    """Confirmed merges from a Turtle file of ``hkr:… owl:sameAs hkr:…`` triples, as entity ids."""
    from rdflib import Graph
    from rdflib.namespace import OWL

    from .errors import KGError
    from .namespace import HKR

    g = Graph()
    try:
        g.parse(path, format="turtle")
    except Exception as e:
        raise KGError(f"{path}: not valid Turtle ({str(e).splitlines()[0][:200]}); "
                      "write one 'hkr:person/a owl:sameAs hkr:person/b .' per confirmed merge") from e
    out = []
    for s, o in g.subject_objects(OWL.sameAs):
        if str(s).startswith(str(HKR)) and str(o).startswith(str(HKR)):
            out.append((str(s)[len(str(HKR)):], str(o)[len(str(HKR)):]))
    return sorted(out)


def resolve_and_build(extractions: list[Extraction], resources: Resources | None = None,
                      same_as: list[tuple[str, str]] = (), known=None) -> tuple[Resolution, Dataset]:
    """Resolve and build; ``known`` (:func:`kg.resolve.known_from_graph` of a store) makes new
    articles join the entities and events the store already holds."""
    from .build import build_dataset, set_holding_periods, union
    from .resolve import resolve
    from .timeline import holding_periods

    res = resolve(extractions, same_as, known)
    ds = build_dataset(res, (resources or _RESOURCES).get("gazetteer"))
    set_holding_periods(ds, holding_periods(union(ds)))
    return res, ds


def build(inputs: Iterable[str | Path], resources: Resources | None = None,
          same_as: list[tuple[str, str]] = ()) -> BuildResult:
    """Read the inputs (files or folders), extract, resolve and build a dataset.
    Unreadable inputs are collected in ``errors``; the others are built. ``same_as``: confirmed
    merges (entity id pairs, see :func:`read_same_as`)."""
    errors: list[InputError] = []
    extractions: list[Extraction] = []
    seen: set[str] = set()
    for item in read_inputs(inputs):
        if isinstance(item, InputError):
            errors.append(item)
            continue
        if item.id in seen:           # the same text twice is one article
            continue
        seen.add(item.id)
        extractions.append(extract(item, resources))
    res, ds = resolve_and_build(extractions, resources, same_as)
    return BuildResult(ds, res, errors)


def write_turtle(graph: Graph, path: str | Path) -> Path:
    """Write a plain RDF 1.1 Turtle file (parent folders created; written atomically)."""
    import os
    import tempfile

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            graph.serialize(fh, format="turtle")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
