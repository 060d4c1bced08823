"""The persistent store: one folder on disk, an Oxigraph (RocksDB) database behind rdflib.

    store/
      oxigraph/      the RocksDB database (pyoxigraph), read through oxrdflib's "Oxigraph" store
      lock           fcntl.flock: one writer (exclusive) or any number of readers (shared)
      INTERRUPTED    present while an ingest runs; a later ingest that finds it re-derives

Named graphs as in docs/decisions/0001-graph-shape.md, plus ``hkr:graph/manifest``: for every
source path ingested, ``<article> hko:sourcePath "path" ; hko:contentHash "sha256"`` (copies of
the article's own triples), which is how re-ingesting finds unchanged and changed articles.
Every article is written in ONE SPARQL update (its graph, its reference facts, its manifest
entry, and the removal of the graph it replaces), which Oxigraph applies atomically, so a
killed ingest leaves whole articles only. See docs/decisions/0003-store.md.

>>> from kg.store import ingest, open_store     # doctest: +SKIP
>>> report = ingest(["examples/"], "store")
>>> with open_store("store") as st:
...     len(st.dataset)
"""
from __future__ import annotations

import errno
import fcntl
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from .errors import InputError, StoreError

if TYPE_CHECKING:  # heavy imports stay lazy: `kg --help` must be instant
    import pyoxigraph as ox
    from rdflib import Dataset

HKO_NS = "https://w3id.org/handover-kg/ontology#"
HKR_NS = "https://w3id.org/handover-kg/id/"
MANIFEST = HKR_NS + "graph/manifest"
REFERENCE = HKR_NS + "graph/reference"
DERIVED = HKR_NS + "graph/derived"
ARTICLE_PREFIX = HKR_NS + "article/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
ENV_VAR = "KG_STORE"
DB_DIR = "oxigraph"
LOCK_FILE = "lock"
DIRTY_FILE = "INTERRUPTED"
FILE_FORMATS = {".ttl": "TURTLE", ".turtle": "TURTLE", ".nt": "N_TRIPLES", ".nq": "N_QUADS", ".trig": "TRIG",
                ".jsonld": "JSON_LD", ".json": "JSON_LD", ".rdf": "RDF_XML", ".owl": "RDF_XML", ".xml": "RDF_XML",
                ".n3": "N3"}


def default_store() -> Path:
    """``$KG_STORE`` if set, else ``./store`` in the working folder."""
    return Path(os.environ.get(ENV_VAR) or "store")


# --- terms: rdflib <-> pyoxigraph ----------------------------------------------------------------

def to_ox(term):
    """An rdflib term as a pyoxigraph term (raises ValueError on an invalid IRI or language tag)."""
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise ValueError(f"not an RDF term: {term!r}")


def from_ox(term):
    from rdflib import BNode, Literal, URIRef
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        if dt == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(dt))
    raise ValueError(f"unsupported term {term!r}")


def sparql_term(term) -> str:
    """An rdflib term in SPARQL/N-Triples syntax, escaped by pyoxigraph (never pasted by hand)."""
    return str(to_ox(term))


def quad_sort_key(q) -> tuple[str, str, str, str]:
    """A total order on pyoxigraph quads: graph, subject, predicate, object (as N-Triples text)."""
    g = "" if isinstance(q.graph_name, type(None)) else str(q.graph_name)
    return (g, str(q.subject), str(q.predicate), str(q.object))


# --- the lock -------------------------------------------------------------------------------------

class _Lock:
    """One writer (LOCK_EX) or many readers (LOCK_SH) on ``DIR/lock``; never waits."""

    def __init__(self, root: Path, write: bool):
        self.path = root / LOCK_FILE
        self.write = write
        self.fd: int | None = None

    def acquire(self) -> None:
        try:
            self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as e:
            if self.write:
                raise StoreError(f"{self.path}: cannot create the lock file ({e.strerror}); "
                                 "check that the store folder is writable") from e
            return                           # a read-only copy of a store: nothing to lock
        try:
            fcntl.flock(self.fd, (fcntl.LOCK_EX if self.write else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except OSError as e:
            if e.errno not in (errno.EAGAIN, errno.EACCES):
                raise
            message = self._holder_message()
            os.close(self.fd)
            self.fd = None
            raise StoreError(message) from None
        if self.write:
            os.ftruncate(self.fd, 0)
            os.write(self.fd, f"{os.getpid()}\n{' '.join(sys.argv[:3])}\n{time.strftime('%Y-%m-%d %H:%M:%S')}\n".encode())

    def _holder_message(self) -> str:
        store = self.path.parent
        writer = True
        if self.write:
            # readers hold it shared: if a shared lock can be had, nobody is writing
            probe = os.open(self.path, os.O_RDONLY)
            try:
                fcntl.flock(probe, fcntl.LOCK_SH | fcntl.LOCK_NB)
                writer = False
            except OSError:
                pass
            finally:
                os.close(probe)
        if not writer:
            return (f"store {store} is open for reading by another process (kg query, export or push); "
                    f"wait for it to finish or use another --store")
        try:
            pid, what, since = (self.path.read_text().split("\n") + ["", "", ""])[:3]
        except OSError:
            pid, what, since = "?", "", ""
        doing = f" ({what.split('/')[-1]}, since {since})" if what else ""
        return (f"store {store} is being written by process {pid or '?'}{doing}; "
                f"wait for it to finish or use another --store")

    def release(self) -> None:
        if self.fd is not None:
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = None


# --- the store ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ManifestEntry:
    source: str          # source path as recorded (relative to the store's folder when inside it)
    article: str         # article IRI
    content_hash: str


class Store:
    """An open store. ``dataset`` is an rdflib :class:`~rdflib.Dataset` over Oxigraph whose default
    graph is the union of the named graphs; ``ox`` is the pyoxigraph store beneath it."""

    def __init__(self, root: Path, ox_store: "ox.Store", lock: _Lock | None, write: bool):
        self.root = root
        self.ox = ox_store
        self.write = write
        self._lock = lock
        self._dataset: "Dataset | None" = None

    # -- opening ------------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path | None = None, write: bool = False) -> "Store":
        import pyoxigraph as ox

        root = Path(path) if path is not None else default_store()
        db = root / DB_DIR
        if write:
            if root.exists() and not root.is_dir():
                raise StoreError(f"{root} is a file, not a store folder; give another --store")
            if root.is_dir() and any(root.iterdir()) and not db.is_dir():
                raise StoreError(f"{root} is not a kg store (it has no {DB_DIR}/ folder); "
                                 "give an empty or new folder with --store")
            root.mkdir(parents=True, exist_ok=True)
        elif not db.is_dir():
            raise StoreError(f"no store at {root} (create one with: kg ingest INPUT... --store {root})")
        lock = _Lock(root, write)
        lock.acquire()
        try:
            store = ox.Store(str(db)) if write else ox.Store.read_only(str(db))
        except OSError as e:
            lock.release()
            raise StoreError(f"{db}: the database cannot be opened ({e}); if another program uses it, "
                             "stop it, else restore the store from an export") from e
        return cls(root, store, lock, write)

    @classmethod
    def from_file(cls, path: str | Path) -> "Store":
        """An in-memory store holding one RDF file (Turtle, N-Triples, N-Quads, TriG, JSON-LD,
        RDF/XML, by extension); triples outside named graphs stay in the default graph."""
        import pyoxigraph as ox

        path = Path(path)
        fmt = FILE_FORMATS.get(path.suffix.lower())
        if fmt is None:
            raise StoreError(f"{path}: unknown RDF format (use one of {', '.join(sorted(FILE_FORMATS))})")
        if not path.is_file():
            raise StoreError(f"{path}: no such file (write one with kg build or kg export)")
        mem = ox.Store()
        try:
            mem.load(path=str(path), format=getattr(ox.RdfFormat, fmt))
        except SyntaxError as e:
            raise StoreError(f"{path}: not valid {fmt.replace('_', '-').title()} ({str(e).splitlines()[0][:200]})") from None
        except OSError as e:
            raise StoreError(f"{path}: cannot be read ({e})") from None
        return cls(path, mem, None, False)

    def default_graph_size(self) -> int:
        import pyoxigraph as ox

        return sum(1 for _ in self.ox.quads_for_pattern(None, None, None, ox.DefaultGraph()))

    def close(self) -> None:
        """Flush and really close the database before the lock goes: RocksDB closes when the last
        reference to the pyoxigraph store goes, and rdflib's Dataset (reference cycles) would keep
        one alive until the garbage collector runs, while another handle could open it."""
        if self.ox is not None:
            if self.write:
                self.ox.flush()
            if self._dataset is not None:
                self._dataset.store._store = None
                self._dataset = None
                import gc
                gc.collect()
            self.ox = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def dataset(self) -> "Dataset":
        """rdflib's API over this store; queries see the union of the named graphs."""
        if self._dataset is None:
            from oxrdflib import OxigraphStore
            from rdflib import Dataset

            from .build import PREFIXES

            self._dataset = Dataset(store=OxigraphStore(store=self.ox), default_union=True)
            for prefix, ns in PREFIXES.items():
                self._dataset.bind(prefix, ns)
        return self._dataset

    # -- what is in it ------------------------------------------------------------------------------
    @property
    def interrupted(self) -> bool:
        """An ingest began and did not finish (the derived graph may be out of date)."""
        return (self.root / DIRTY_FILE).exists()

    def graph_names(self) -> list[str]:
        """Named graphs holding data (the manifest, which is the store's own bookkeeping, left out)."""
        import pyoxigraph as ox

        names = (g.value for g in self.ox.named_graphs() if isinstance(g, ox.NamedNode))
        return sorted(n for n in names if n != MANIFEST)

    def article_graphs(self) -> list[str]:
        return [g for g in self.graph_names() if g.startswith(ARTICLE_PREFIX)]

    def quads(self, graph: str | None = None) -> Iterator["ox.Quad"]:
        """Quads of one named graph, or of every data graph (the manifest left out)."""
        import pyoxigraph as ox

        if graph is not None:
            yield from self.ox.quads_for_pattern(None, None, None, ox.NamedNode(graph))
            return
        for q in self.ox.quads_for_pattern(None, None, None, None):
            if not (isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value == MANIFEST):
                yield q

    def manifest(self) -> dict[str, ManifestEntry]:
        """source path -> entry, read from ``hkr:graph/manifest``."""
        import pyoxigraph as ox

        g = ox.NamedNode(MANIFEST)
        hashes = {q.subject.value: q.object.value
                  for q in self.ox.quads_for_pattern(None, ox.NamedNode(HKO_NS + "contentHash"), None, g)}
        out = {}
        for q in self.ox.quads_for_pattern(None, ox.NamedNode(HKO_NS + "sourcePath"), None, g):
            art = q.subject.value
            out[q.object.value] = ManifestEntry(q.object.value, art, hashes.get(art, ""))
        return out

    def __len__(self) -> int:
        """Quads in the data graphs (the manifest left out)."""
        res = self.ox.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{MANIFEST}>) }}")
        return int(next(iter(res))[0].value)

    # -- writing ------------------------------------------------------------------------------------
    def _require_write(self) -> None:
        if not self.write:
            raise StoreError(f"store {self.root} was opened for reading; open it with write=True")

    def update(self, sparql: str) -> None:
        """One SPARQL update: Oxigraph applies it whole or not at all."""
        self._require_write()
        self.ox.update(sparql)

    def replace_graph(self, graph: str, triples: Iterable) -> bool:
        """Make a named graph hold exactly these rdflib triples, in one update. False if unchanged."""
        self._require_write()
        new = {tuple(sparql_term(t) for t in triple) for triple in triples}
        old = {(str(q.subject), str(q.predicate), str(q.object)) for q in self.quads(graph)}
        if new == old:
            return False
        ops = [f"DROP SILENT GRAPH <{graph}>"]
        if new:
            ops.append(_insert_data({graph: new}))
        self.update(" ;\n".join(ops))
        return True


def _insert_data(graphs: dict[str, set[tuple[str, str, str]]]) -> str:
    body = []
    for g, triples in graphs.items():
        if triples:
            body.append(f"GRAPH <{g}> {{\n" + "\n".join(" ".join(t) + " ." for t in sorted(triples)) + "\n}")
    return "INSERT DATA {\n" + "\n".join(body) + "\n}"


def open_store(path: str | Path | None = None, write: bool = False) -> Store:
    """Open the store at ``path`` (default :func:`default_store`) for reading or writing."""
    return Store.open(path, write=write)


# --- ingest -------------------------------------------------------------------------------------

@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)       # source paths of new articles
    replaced: list[str] = field(default_factory=list)    # source paths whose text changed
    unchanged: list[str] = field(default_factory=list)
    aliased: list[str] = field(default_factory=list)     # a new path for text already stored
    errors: list[InputError] = field(default_factory=list)
    repaired: bool = False                               # an interrupted ingest was finished
    quads: int = 0                                       # statements in the data graphs afterwards
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.replaced or self.aliased or self.repaired)


def _source_name(path: Path, root: Path) -> str:
    """How a file is recorded: relative to the folder that holds the store when it is inside
    it (so ``kg ingest examples/`` gives ``examples/x.txt`` from any working folder), else absolute."""
    absolute = path.resolve()
    home = root.resolve().parent
    try:
        return absolute.relative_to(home).as_posix()
    except ValueError:
        return absolute.as_posix()


def _read(inputs: Iterable[str | Path], root: Path):
    from .ingest import expand, read_file

    for item in expand(inputs):
        if isinstance(item, InputError):
            yield item
        else:
            path, _ = item
            yield from read_file(path, _source_name(path, root))


def _closure(ref: dict[str, list[tuple[str, str, str]]], nodes: set[str]) -> set[tuple[str, str, str]]:
    """Reference triples about these nodes and the nodes they point to (geometries)."""
    out: set[tuple[str, str, str]] = set()
    todo = [n for n in nodes if n in ref]
    seen = set(todo)
    while todo:
        for t in ref[todo.pop()]:
            out.add(t)
            if t[2].startswith("<") and t[2] not in seen and t[2] in ref:
                seen.add(t[2])
                todo.append(t[2])
    return out


def ingest(inputs: Iterable[str | Path], path: str | Path | None = None, resources=None,
           progress: Callable[[str], None] | None = None) -> IngestReport:
    """Add articles to the store at ``path``: new ones are extracted, resolved and written (one
    transaction each), unchanged ones skipped, changed ones replace their own graph; then
    :func:`reconcile` recomputes what is derived from the whole store."""
    from .build import article_iri
    from .pipeline import extract, resolve_and_build

    t0 = time.perf_counter()
    say = progress or (lambda _msg: None)
    report = IngestReport()
    with Store.open(path, write=True) as st:
        dirty = st.root / DIRTY_FILE
        report.repaired = st.interrupted
        manifest = st.manifest()
        stored_hash = {e.article: e.content_hash for e in manifest.values()}
        todo = []                                    # (article, entry it replaces or None)
        aliases = []                                 # (source, article IRI, hash, old entry or None)
        batch: dict[str, str] = {}                   # article id -> first source in this run
        seen_sources: set[str] = set()
        for item in _read(inputs, st.root):
            if isinstance(item, InputError):
                report.errors.append(item)
                continue
            if item.source in seen_sources:
                continue
            seen_sources.add(item.source)
            old = manifest.get(item.source)
            if old is not None and old.content_hash == item.content_hash:
                report.unchanged.append(item.source)
                continue
            iri = str(article_iri(item))
            if iri in stored_hash or item.id in batch:  # this text is stored (or coming) under another path
                aliases.append((item.source, iri, item.content_hash, old))
                continue
            batch[item.id] = item.source
            todo.append((item, old))

        if not (todo or aliases or report.repaired):
            report.quads = len(st)
            report.seconds = time.perf_counter() - t0
            return report

        dirty.touch()
        if todo:
            say(f"extracting {len(todo)} article(s)")
            extractions = [extract(art, resources) for art, _ in todo]
            known = None
            if st.article_graphs():                  # new articles join what the store holds
                from .resolve import known_from_graph
                known = known_from_graph(st.dataset)
            _, ds = resolve_and_build(extractions, resources, known=known)
            ref_index: dict[str, list[tuple[str, str, str]]] = {}
            for s, p, o in ds.graph(_uri(REFERENCE)):
                ref_index.setdefault(sparql_term(s), []).append((sparql_term(s), sparql_term(p), sparql_term(o)))
            entries = {src: e for src, e in manifest.items()}
            for n, (art, old) in enumerate(todo, 1):
                iri = str(article_iri(art))
                triples = {(sparql_term(s), sparql_term(p), sparql_term(o)) for s, p, o in ds.graph(_uri(iri))}
                nodes = {t[0] for t in triples} | {t[2] for t in triples if t[2].startswith("<")}
                ops = _release_ops(st, entries, art.source, old, keep=iri)
                ops.append(_insert_data({
                    iri: triples,
                    REFERENCE: _closure(ref_index, nodes),
                    MANIFEST: _manifest_triples(iri, art.source, art.content_hash),
                }))
                st.update(" ;\n".join(ops))
                entries[art.source] = ManifestEntry(art.source, iri, art.content_hash)
                (report.replaced if old else report.added).append(art.source)
                say(f"[{n}/{len(todo)}] {'replaced' if old else 'added'} {art.source} ({len(triples)} triples)")
        for source, iri, digest, old in aliases:
            entries = st.manifest()
            ops = _release_ops(st, entries, source, old, keep=iri)
            ops.append(_insert_data({MANIFEST: _manifest_triples(iri, source, digest)}))
            st.update(" ;\n".join(ops))
            report.aliased.append(source)
            say(f"recorded {source} (same text as an article already stored)")
        say("reconciling")
        reconcile(st)
        st.ox.flush()
        dirty.unlink(missing_ok=True)
        report.quads = len(st)
    report.seconds = time.perf_counter() - t0
    return report


def _uri(iri: str):
    from rdflib import URIRef
    return URIRef(iri)


def _manifest_triples(iri: str, source: str, digest: str) -> set[tuple[str, str, str]]:
    from rdflib import Literal
    return {(f"<{iri}>", f"<{HKO_NS}sourcePath>", sparql_term(Literal(source))),
            (f"<{iri}>", f"<{HKO_NS}contentHash>", sparql_term(Literal(digest)))}


def _release_ops(st: Store, entries: dict[str, ManifestEntry], source: str, old: ManifestEntry | None,
                 keep: str) -> list[str]:
    """Updates that detach ``source`` from the article it named before; when no other source
    names that article any more, its graph goes, and so do reference facts nothing else uses."""
    from rdflib import Literal

    if old is None or old.article == keep:
        return []
    ops = [f"DELETE DATA {{ GRAPH <{MANIFEST}> {{ <{old.article}> <{HKO_NS}sourcePath> "
           f"{sparql_term(Literal(source))} }} }}"]
    if any(e.article == old.article and e.source != source for e in entries.values()):
        return ops
    ops.append(f"DELETE WHERE {{ GRAPH <{MANIFEST}> {{ <{old.article}> ?p ?o }} }}")
    ops.append(f"DROP SILENT GRAPH <{old.article}>")
    for node in _orphans(st, old.article):
        ops.append(f"DELETE WHERE {{ GRAPH <{REFERENCE}> {{ {node} ?p ?o }} }}")
    return ops


def _orphans(st: Store, graph: str) -> list[str]:
    """Nodes of ``graph`` that no other article graph mentions (their reference facts can go)."""
    import pyoxigraph as ox

    g = ox.NamedNode(graph)
    nodes = set()
    for q in st.ox.quads_for_pattern(None, None, None, g):
        nodes.add(q.subject)
        if isinstance(q.object, ox.NamedNode):
            nodes.add(q.object)
    out = []
    for node in nodes:
        used = any(q.graph_name != g and isinstance(q.graph_name, ox.NamedNode)
                   and q.graph_name.value.startswith(ARTICLE_PREFIX)
                   for pattern in ((node, None, None), (None, None, node))
                   for q in st.ox.quads_for_pattern(*pattern, None))
        if not used:
            out.append(str(node))
            for q in st.ox.quads_for_pattern(node, None, None, ox.NamedNode(REFERENCE)):
                if isinstance(q.object, ox.NamedNode) and q.object.value.startswith(HKR_NS + "geometry/"):
                    out.append(str(q.object))
    return sorted(out)


# --- what is recomputed after every ingest ----------------------------------------------------------

def reconcile(store: Store) -> None:
    """Recompute what depends on the whole store after articles were added or replaced.

    Today: the derived graph (holding periods from every dated handover in the store), written
    in one update, and only when it changed. The place to re-key events across articles later.
    """
    from rdflib import Dataset, URIRef

    from .build import DERIVED as DERIVED_IRI, set_holding_periods
    from .timeline import holding_periods

    periods = holding_periods(handover_graph(store))
    ds = Dataset()
    set_holding_periods(ds, periods)
    store.replace_graph(DERIVED, ds.graph(URIRef(str(DERIVED_IRI))))


def handover_graph(store: Store):
    """The part of the store :func:`kg.timeline.holding_periods` reads, as a small rdflib graph:
    handovers (type, base, forces, date, sources) and the labels of their bases and forces."""
    import pyoxigraph as ox
    from rdflib import Graph

    g = Graph()
    handovers = {q.subject for q in store.ox.quads_for_pattern(None, ox.NamedNode(RDF_TYPE),
                                                               ox.NamedNode(HKO_NS + "Handover"), None)}
    nodes = set()
    for h in sorted(handovers, key=str):
        for prop in (RDF_TYPE, HKO_NS + "date", HKO_NS + "fromForce", HKO_NS + "toForce", HKO_NS + "base",
                     PROV_DERIVED):
            for q in store.ox.quads_for_pattern(h, ox.NamedNode(prop), None, None):
                g.add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
                if prop in (HKO_NS + "fromForce", HKO_NS + "toForce", HKO_NS + "base"):
                    nodes.add(q.object)
    for node in nodes:
        for q in store.ox.quads_for_pattern(node, ox.NamedNode(RDFS_LABEL), None, None):
            g.add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
    return g
