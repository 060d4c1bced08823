"""The library functions the CLI and notebooks call: read -> extract -> resolve -> build.

>>> from kg import build
>>> result = build(["examples/"])          # doctest: +SKIP
>>> result.graph.serialize(format="turtle")  # doctest: +SKIP
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, TypeVar

from rdflib import Dataset, Graph

from .errors import InputError
from .extract import Resources, extractor_for
from .ingest import MAX_BYTES, read_inputs
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


# --- extraction on several cores ------------------------------------------------------------------

CHUNK = 16          # articles sent to a worker at a time
T = TypeVar("T")


def _init_worker() -> None:
    """Pool initialiser: load the resources and make both extractors once per worker process."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)      # Ctrl-C is the parent's to handle
    for lang in ("ar", "en"):
        try:
            extract(Article(source="", text="", lang=lang))
        except Exception:                              # an extractor that dislikes empty text
            pass


def _extract_chunk(articles: list[Article]) -> list[Extraction]:
    return [extract(a) for a in articles]


@contextmanager
def extraction_pool(jobs: int) -> Iterator[object | None]:
    """A pool of ``jobs`` extraction processes (None for ``jobs <= 1``), each with the resources
    loaded and both extractors made once (:func:`_init_worker`).

    Workers are forked where the platform can (Linux): make the pool early, before opening a
    store (no RocksDB threads yet) and before loading much (``gc.freeze`` keeps the parent's
    objects out of the children's garbage collections, so their pages stay shared). Elsewhere
    they are spawned, which needs the calling script to guard its entry point
    (``if __name__ == "__main__":``), as :mod:`multiprocessing` explains."""
    if jobs <= 1:
        yield None
        return
    import gc
    import multiprocessing as mp

    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    gc.freeze()
    try:
        pool = ctx.Pool(jobs, initializer=_init_worker)
    finally:
        gc.unfreeze()
    try:
        yield pool
    finally:
        pool.terminate()
        pool.join()


def extract_stream(items: Iterable[T], article_of: Callable[[T], Article], pool=None,
                   window: int = 512, resources: Resources | None = None) -> Iterator[tuple[T, Extraction]]:
    """``(item, extraction)`` for every item, in input order, extracting on the processes of
    ``pool`` (:func:`extraction_pool`), or in this process when it is None.

    Streams: a feeder thread reads the items lazily and sends them to the pool in chunks of
    :data:`CHUNK`; at most ``window`` articles are in flight (read, being extracted or waiting to
    be consumed), so memory does not grow with the corpus. An extractor's exception is raised
    here, as it would be without workers."""
    if pool is None:
        for item in items:
            yield item, extract(article_of(item), resources)
        return
    if resources is not None and resources is not _RESOURCES:
        raise ValueError("extract_stream with a pool uses each worker's default resources")
    import queue
    import threading

    pending: "queue.Queue" = queue.Queue(maxsize=max(2, window // CHUNK))
    stop = threading.Event()
    done = object()

    def submit(chunk: list) -> None:
        _put(pending, (chunk, pool.apply_async(_extract_chunk, ([article_of(i) for i in chunk],))), stop)

    def feed() -> None:
        try:
            chunk: list = []
            for item in items:
                if stop.is_set():
                    return
                chunk.append(item)
                if len(chunk) >= CHUNK:
                    submit(chunk)
                    chunk = []
            if chunk:
                submit(chunk)
            _put(pending, done, stop)
        except BaseException as e:             # handed to the consumer, which raises it
            _put(pending, e, stop)

    feeder = threading.Thread(target=feed, name="kg-extract-feeder", daemon=True)
    feeder.start()
    try:
        while True:
            got = pending.get()
            if got is done:
                break
            if isinstance(got, BaseException):
                raise got
            chunk, result = got
            yield from zip(chunk, result.get())
    finally:
        stop.set()
        while feeder.is_alive():               # unblock a feeder waiting for room
            try:
                pending.get_nowait()
            except queue.Empty:
                feeder.join(0.05)


def _put(q, value, stop) -> None:
    import queue

    while not stop.is_set():
        try:
            q.put(value, timeout=0.1)
            return
        except queue.Full:
            continue


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
    from .build import build_dataset, set_holding_periods
    from .resolve import resolve
    from .timeline import holding_periods

    res = resolve(extractions, same_as, known)
    ds = build_dataset(res, (resources or _RESOURCES).get("gazetteer"))
    set_holding_periods(ds, holding_periods(handover_facts(ds)))
    return res, ds


def handover_facts(ds: Dataset) -> Graph:
    """The triples of ``ds`` that :func:`kg.timeline.holding_periods` reads (handovers' type, base,
    forces, dates and sources; labels), as one graph, in the order the union of ``ds`` has them:
    the same periods as from :func:`kg.build.union` at a fraction of its cost."""
    from rdflib import RDF, RDFS
    from rdflib.namespace import PROV

    from .build import PREFIXES
    from .namespace import HKO

    keep = {HKO.date, HKO.fromForce, HKO.toForce, HKO.base, PROV.wasDerivedFrom, RDFS.label}
    rdf_type, handover = RDF.type, HKO.Handover
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        if p in keep or (p == rdf_type and o == handover):
            g.add((s, p, o))
    return g


def build(inputs: Iterable[str | Path], resources: Resources | None = None,
          same_as: list[tuple[str, str]] = (), max_bytes: int = MAX_BYTES) -> BuildResult:
    """Read the inputs (files or folders), extract, resolve and build a dataset.
    Unreadable inputs are collected in ``errors``; the others are built. ``same_as``: confirmed
    merges (entity id pairs, see :func:`read_same_as`); ``max_bytes``: the largest article read."""
    errors: list[InputError] = []
    extractions: list[Extraction] = []
    seen: set[str] = set()
    for item in read_inputs(inputs, max_bytes=max_bytes):
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
