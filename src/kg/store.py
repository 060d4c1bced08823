"""The persistent store: one folder on disk, an Oxigraph (RocksDB) database behind rdflib.

    store/
      oxigraph/      the RocksDB database (pyoxigraph), read through oxrdflib's "Oxigraph" store
      lock           fcntl.flock: one writer (exclusive) or any number of readers (shared); taken
                     before anything else is looked at or made; the writer's pid, what and since
      INTERRUPTED    present while an ingest runs (and while a new store is created: a folder
                     holding only lock and INTERRUPTED is a new store); a later ingest re-derives

Named graphs as in docs/decisions/0001-graph-shape.md, plus ``hkr:graph/manifest``: for every
source path ingested, ``<article> hko:sourcePath "path" ; hko:contentHash "sha256"`` (copies of
the article's own triples), which is how re-ingesting finds unchanged and changed articles.
Every article is written in ONE SPARQL update (its graph, its reference facts, its manifest
entry, and the removal of the graph it replaces), which Oxigraph applies atomically, so a
killed ingest leaves whole articles only. See docs/decisions/0003-store.md.

>>> from kg.store import open_store     # doctest: +SKIP
>>> from kg.store_ingest import ingest
>>> report = ingest(["examples/"], "store")
>>> with open_store("store") as st:
...     len(st.dataset)
"""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from .errors import StoreError
from .store_lock import LOCK_FILE, _cause, _Lock
from .store_terms import _diff_ops, _nt

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # heavy imports stay lazy: `kg --help` must be instant
    import pyoxigraph as ox
    from rdflib import Dataset


HKO_NS = "https://w3id.org/handover-kg/ontology#"
HKR_NS = "https://w3id.org/handover-kg/id/"
MANIFEST = HKR_NS + "graph/manifest"
REFERENCE = HKR_NS + "graph/reference"
DERIVED = HKR_NS + "graph/derived"
INDEX = HKR_NS + "graph/index"
ARTICLE_PREFIX = HKR_NS + "article/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
ENV_VAR = "KG_STORE"
DB_DIR = "oxigraph"
DIRTY_FILE = "INTERRUPTED"
FILE_FORMATS = {".ttl": "TURTLE", ".turtle": "TURTLE", ".nt": "N_TRIPLES", ".nq": "N_QUADS", ".trig": "TRIG",
                ".jsonld": "JSON_LD", ".json": "JSON_LD", ".rdf": "RDF_XML", ".owl": "RDF_XML", ".xml": "RDF_XML",
                ".n3": "N3"}


def default_store() -> Path:
    """``$KG_STORE`` if set, else ``./store`` in the working folder."""
    return Path(os.environ.get(ENV_VAR) or "store")


# --- the store ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ManifestEntry:
    source: str          # source path as recorded (relative to the store's folder when inside it)
    article: str         # article IRI
    content_hash: str


class Store:
    """An open store. ``dataset`` is an rdflib :class:`~rdflib.Dataset` over Oxigraph whose default
    graph is the union of the named graphs; ``ox`` is the pyoxigraph store beneath it."""

    def __init__(self, root: Path | None, ox_store: "ox.Store", lock: _Lock | None, write: bool):
        self.root = root
        self.ox = ox_store
        self.write = write
        self._lock = lock
        self._dataset: "Dataset | None" = None

    # -- opening ------------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path | None = None, write: bool = False, purpose: str | None = None) -> "Store":
        """Open for reading (shared lock, RocksDB read-only) or writing (exclusive lock; a new
        store is created). ``purpose`` is what other processes are told holds the lock (default:
        this program, e.g. ``kg ingest``). Every failure is a StoreError naming the store."""
        import pyoxigraph as ox

        root = Path(path) if path is not None else default_store()
        db = root / DB_DIR
        if not write:
            if not db.is_dir():
                raise StoreError(f"no store at {root} (create one with: kg ingest INPUT... --store {root})")
            lock = _Lock(root, False)
            lock.acquire()
            try:
                return cls(root, ox.Store.read_only(str(db)), lock, False)
            except (OSError, RuntimeError) as e:          # RuntimeError: RocksDB's corruption and the like
                if _creation_unfinished(root, e):         # killed before its first article: it holds none
                    log.warning("store %s: the ingest that created it was stopped before it stored any article, "
                                "so it reads as empty; finish it with: kg ingest INPUT... --store %s", root, root)
                    return cls(root, ox.Store(), lock, False)
                lock.release()
                raise _open_error(root, e, write=False) from None
        _check_shape(root)                # before the lock file is made in a folder that is not a store
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            cause, fix = _cause(e)
            raise StoreError(f"store {root}: cannot create its folder ({cause}); {fix}") from None
        lock = _Lock(root, True, purpose)
        lock.acquire()
        try:
            _check_shape(root)            # again: only a lock holder sees the folder in a settled state
            dirty = root / DIRTY_FILE
            created = not db.is_dir() and not dirty.exists()
            if created:                   # killed from here until the marker goes: the next writer creates it again
                dirty.touch()
            store = ox.Store(str(db))
            if created:
                store.flush()
                dirty.unlink()
        except StoreError:
            lock.release()
            raise
        except (OSError, RuntimeError) as e:
            lock.release()
            raise _open_error(root, e, write=True) from None
        return cls(root, store, lock, write)

    @classmethod
    def from_file(cls, path: str | Path) -> "Store":
        """An in-memory store holding one RDF file (Turtle, N-Triples, N-Quads, TriG, JSON-LD,
        RDF/XML, by extension); triples outside named graphs stay in the default graph."""
        import pyoxigraph as ox

        path = Path(path)
        fmt = _rdf_format(path, "write one with kg build or kg export")
        mem = ox.Store()
        try:
            mem.load(path=str(path), format=getattr(ox.RdfFormat, fmt))
        except SyntaxError as e:
            raise _syntax_error(path, fmt, e) from None
        except OSError as e:
            raise StoreError(f"{path}: cannot be read ({e})") from None
        return cls(path, mem, None, False)

    @classmethod
    def memory(cls) -> "Store":
        """A writable store in memory (no folder, no lock): what a shard is built in."""
        import pyoxigraph as ox

        return cls(None, ox.Store(), None, True)

    def default_graph_size(self) -> int:
        import pyoxigraph as ox

        return sum(1 for _ in self.ox.quads_for_pattern(None, None, None, ox.DefaultGraph()))

    def close(self, quiet: bool = False) -> None:
        """Flush and really close the database before the lock goes: RocksDB closes when the last
        reference to the pyoxigraph store goes, and rdflib's Dataset (reference cycles) would keep
        one alive until the garbage collector runs, while another handle could open it. The lock
        is released even when the flush fails (a full disk); that failure is raised after, unless
        ``quiet`` (an error is already on its way)."""
        error = None
        if self.ox is not None:
            if self.write:
                try:
                    self.ox.flush()
                except OSError as e:
                    error = self._failed(e, "writing to disk")
            if self._dataset is not None:
                self._dataset.store._store = None
                self._dataset = None
                import gc
                gc.collect()
            self.ox = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        if error is not None and not quiet:
            raise error

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, exc_type, *exc) -> None:
        self.close(quiet=exc_type is not None)

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
        return self.root is not None and (self.root / DIRTY_FILE).exists()

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

    def _failed(self, e: OSError, doing: str) -> StoreError:
        cause, fix = _cause(e)
        return StoreError(f"store {self.root or '(in memory)'}: {doing} failed ({cause}); {fix}")

    def update(self, sparql: str) -> None:
        """One SPARQL update: Oxigraph applies it whole or not at all."""
        self._require_write()
        try:
            self.ox.update(sparql)
        except OSError as e:
            raise self._failed(e, "a write") from None

    def load_nquads(self, text: str) -> None:
        """Add N-Quads in one transaction: Oxigraph's ``load`` applies them whole or not at all
        (no SPARQL to parse, unlike :meth:`update`)."""
        import pyoxigraph as ox

        self._require_write()
        try:
            self.ox.load(text, format=ox.RdfFormat.N_QUADS)
        except OSError as e:
            raise self._failed(e, "a write") from None

    def flush(self) -> None:
        """RocksDB's memtables to disk."""
        try:
            self.ox.flush()
        except OSError as e:
            raise self._failed(e, "writing to disk") from None

    def mark_interrupted(self, on: bool) -> None:
        """Create (``on``) or remove the INTERRUPTED marker of an on-disk store."""
        if self.root is None:
            return
        try:
            if on:
                (self.root / DIRTY_FILE).touch()
            else:
                (self.root / DIRTY_FILE).unlink(missing_ok=True)
        except OSError as e:
            raise self._failed(e, f"{'creating' if on else 'removing'} its {DIRTY_FILE} marker") from None

    def replace_graph(self, graph: str, triples: Iterable) -> bool:
        """Make a named graph hold exactly these rdflib triples, in one update that deletes and
        inserts the difference only. False if unchanged."""
        self._require_write()
        new = {(_nt(s), _nt(p), _nt(o)) for s, p, o in triples}
        old = {(str(q.subject), str(q.predicate), str(q.object)) for q in self.quads(graph)}
        if new == old:
            return False
        self.update(_diff_ops(graph, old - new, new - old))
        return True


def open_store(path: str | Path | None = None, write: bool = False, purpose: str | None = None) -> Store:
    """Open the store at ``path`` (default :func:`default_store`) for reading or writing."""
    return Store.open(path, write=write, purpose=purpose)


def _rdf_format(path: Path, make_one: str) -> str:
    """The pyoxigraph format name of an RDF file, by extension; a StoreError unless it is a
    file of a known format (``make_one``: how to get one, for the message)."""
    fmt = FILE_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise StoreError(f"{path}: unknown RDF format (use one of {', '.join(sorted(FILE_FORMATS))})")
    if not path.is_file():
        raise StoreError(f"{path}: no such file ({make_one})")
    return fmt


def _syntax_error(path: Path, fmt: str, e: SyntaxError) -> StoreError:
    return StoreError(f"{path}: not valid {fmt.replace('_', '-').title()} ({str(e).splitlines()[0][:200]})")


def _check_shape(root: Path) -> None:
    """A store folder is new (absent or empty, or holding only the lock file and the INTERRUPTED
    marker that a creation killed early leaves) or has its database folder."""
    if root.exists() and not root.is_dir():
        raise StoreError(f"{root} is a file, not a store folder; give another --store")
    if not root.is_dir() or (root / DB_DIR).is_dir():
        return
    try:
        other = sorted(p.name for p in root.iterdir() if p.name not in (LOCK_FILE, DIRTY_FILE))
    except OSError as e:
        cause, fix = _cause(e)
        raise StoreError(f"store {root}: cannot list its folder ({cause}); {fix}") from None
    if other:
        raise StoreError(f"{root} is not a kg store (it has no {DB_DIR}/ folder, and holds {', '.join(other[:3])}"
                         f"{', ...' if len(other) > 3 else ''}); give an empty or new folder with --store")


def _creation_unfinished(root: Path, e: BaseException) -> bool:
    """The process that created ``root``'s database was killed before it was whole: the creation
    marker is still there and RocksDB or Oxigraph lacks a part of what creation writes (the CURRENT
    file, a column family, Oxigraph's version record, which a read-only open cannot add)."""
    if not (root / DIRTY_FILE).exists():
        return False
    text = str(e)
    return (not (root / DB_DIR / "CURRENT").exists() or "Column family not found" in text
            or "only possible on read-write" in text or "No such file or directory" in text)


def _open_error(root: Path, e: BaseException, write: bool) -> StoreError:
    """Why RocksDB would not open the database of ``root``, and what to do, on one line."""
    db = root / DB_DIR
    text = str(e).splitlines()[0][:200] if str(e) else type(e).__name__
    unfinished = not (db / "CURRENT").exists() or "Column family not found" in text   # killed while RocksDB made it
    if "LOCK:" in text or "lock hold by" in text:
        return StoreError(f"store {root}: another program (not kg: the store's own lock is free) has its database "
                          f"{db} open ({text}); stop it, then run the command again")
    if not write and unfinished:
        return StoreError(f"store {root}: its database cannot be read ({text}): the ingest that created it was "
                          f"stopped; finish it with: kg ingest INPUT... --store {root}")
    if isinstance(e, RuntimeError) and "Corruption" in text:
        return StoreError(f"store {root}: its database is damaged ({text}); restore the store from an export "
                          f"(kg export) or ingest the articles again into a new --store")
    cause, fix = _cause(e)
    return StoreError(f"store {root}: its database cannot be opened{' for writing' if write else ''} ({cause}); {fix}")


def load_files(store: Store, files: Iterable[str | Path], progress: Callable[[str], None] | None = None) -> int:
    """Bulk-load N-Quads (or other RDF) files into an open store, such as the shards of
    :func:`kg.store_ingest.extract_shard`: Oxigraph's bulk loader, fast and not transactional
    (load into a new store; if it is interrupted, start again). Returns the number of quads in
    the store after."""
    import pyoxigraph as ox

    store._require_write()
    say = progress or (lambda _msg: None)
    for f in files:
        path = Path(f)
        fmt = _rdf_format(path, "make shards with kg extract --shard I/N ... -o FILE.nq")
        t0 = time.perf_counter()
        try:
            store.ox.bulk_load(path=str(path), format=getattr(ox.RdfFormat, fmt))
        except SyntaxError as e:
            raise _syntax_error(path, fmt, e) from None
        except OSError as e:
            raise store._failed(e, f"loading {path}") from None
        say(f"loaded {path} ({time.perf_counter() - t0:.1f} s)")
    store.flush()
    return len(store.ox)
