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

>>> from kg.store import ingest, open_store     # doctest: +SKIP
>>> report = ingest(["examples/"], "store")
>>> with open_store("store") as st:
...     len(st.dataset)
"""
from __future__ import annotations

import errno
import fcntl
import logging
import os
import re
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from .errors import InputError, StoreError

log = logging.getLogger(__name__)

if TYPE_CHECKING:  # heavy imports stay lazy: `kg --help` must be instant
    import pyoxigraph as ox

    from .model import Article
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


def from_ox_memo():
    """:func:`from_ox` remembering what it made: rows of a listing repeat names, dates and counts,
    and an rdflib Literal costs ~20 µs to make."""
    made: dict = {}

    def term(t):
        out = made.get(t)
        if out is None:
            out = made[t] = from_ox(t)
        return out
    return term


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

HOLDER_BYTES = 256
"""The writer's record in the lock file (pid, what, since) is one write of at least this many bytes
at offset 0, padded, never truncated first: the file never reads empty or half-written."""


class _Lock:
    """One writer (LOCK_EX) or many readers (LOCK_SH) on ``DIR/lock``; never waits."""

    def __init__(self, root: Path, write: bool, purpose: str | None = None):
        self.path = root / LOCK_FILE
        self.write = write
        self.purpose = purpose
        self.fd: int | None = None

    def acquire(self) -> None:
        try:
            self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as e:
            if self.write:
                cause, fix = _cause(e)
                raise StoreError(f"store {self.path.parent}: cannot open its lock file for writing ({cause}); "
                                 f"{fix}") from None
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
            what = self.purpose or _program()
            record = f"{os.getpid()}\n{what}\n{time.strftime('%Y-%m-%d %H:%M:%S')}\n"
            size = max(HOLDER_BYTES, len(record.encode()), os.fstat(self.fd).st_size)
            try:
                os.pwrite(self.fd, record.encode().ljust(size, b" "), 0)
            except OSError:
                pass        # a full disk: the kernel still names the holder (_flock_holder)

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
            pid, what, since = ([x.strip() for x in self.path.read_text().split("\n")] + ["", "", ""])[:3]
        except (OSError, UnicodeDecodeError):
            pid, what, since = "", "", ""
        holder = _flock_holder(self.fd)
        if holder is not None and str(holder) != pid:      # the record is a previous writer's (or not yet written)
            pid, what, since = str(holder), "", ""
        doing = f" ({what}, since {since})" if what and since else ""
        return (f"store {store} is being written by process {pid or '?'}{doing}; "
                f"wait for it to finish or use another --store")

    def release(self) -> None:
        if self.fd is not None:
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = None


def _program() -> str:
    """What this process is, for the lock file: ``kg ingest`` when run as kg, else the program."""
    argv = sys.argv or [""]
    name = Path(argv[0]).name
    if name == "kg" or argv[0].endswith(os.path.join("kg", "__main__.py")):
        return " ".join(["kg", *argv[1:2]])
    return name or "python"


def _flock_holder(fd: int) -> int | None:
    """The pid of the process holding an exclusive flock on the file open as ``fd``, as the kernel
    tells it (/proc/locks, Linux), or None when it cannot be told."""
    st = os.fstat(fd)
    dev = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
    try:
        with open("/proc/locks", encoding="ascii", errors="replace") as fh:
            lines = [line.split() for line in fh]
    except OSError:
        return None
    for same_dev in (True, False):          # some file systems (overlay) show another device number
        for f in lines:
            if (len(f) >= 6 and f[1] == "FLOCK" and f[3] == "WRITE" and f[4].isdigit()
                    and (f[5] == dev if same_dev else f[5].rsplit(":", 1)[-1] == str(st.st_ino))):
                return int(f[4]) or None
    return None


_CAUSES = [  # errno -> what to do about it
    (errno.ENOSPC, "free space on its disk, then run the command again (what was written is kept)"),
    (getattr(errno, "EDQUOT", -1), "free space within your disk quota, then run the command again"),
    (errno.EFBIG, "raise the file size limit (ulimit -f), then run the command again"),
    (errno.EROFS, "mount its file system read-write or give another --store"),
    (errno.EACCES, "make the store folder writable by you (chmod) or give another --store"),
    (errno.EPERM, "make the store folder writable (chmod; chattr -i if immutable) or give another --store"),
    (errno.EIO, "the disk failed: check it (dmesg), then run the command again"),
]


def _cause(e: BaseException) -> tuple[str, str]:
    """(cause, fix) of a failed file or database operation. pyoxigraph raises OSError without errno
    for RocksDB's I/O errors, so its message is searched for the system's wording too."""
    text = str(e)
    for code, fix in _CAUSES:
        if code < 0:
            continue
        reason = os.strerror(code)
        if getattr(e, "errno", None) == code or reason in text:
            return reason, fix
    first = text.splitlines()[0][:200] if text else type(e).__name__
    return first, "check the disk and the store folder, then run the command again"


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


def _diff_ops(graph: str, removed: set, added: set) -> str:
    ops = []
    if removed:
        ops.append(f"DELETE DATA {{ GRAPH <{graph}> {{\n" + "\n".join(" ".join(t) + " ." for t in sorted(removed))
                   + "\n} }")
    if added:
        ops.append(_insert_data({graph: added}))
    return " ;\n".join(ops)


def _nquads(graphs: dict[str, set[tuple[str, str, str]]]) -> str:
    """The triples of these graphs as N-Quads (the same terms as :func:`_insert_data` writes)."""
    return "".join(f"{s} {p} {o} <{g}> .\n" for g, triples in graphs.items() for s, p, o in triples)


def _insert_data(graphs: dict[str, set[tuple[str, str, str]]]) -> str:
    body = []
    for g, triples in graphs.items():
        if triples:
            body.append(f"GRAPH <{g}> {{\n" + "\n".join(" ".join(t) + " ." for t in sorted(triples)) + "\n}")
    return "INSERT DATA {\n" + "\n".join(body) + "\n}"


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


def _read(inputs: Iterable[str | Path], root: Path | None):
    """Articles (and errors) of the inputs, their sources named after ``root`` (see
    :func:`_source_name`), or as given when ``root`` is None."""
    from .ingest import expand, read_file

    for item in expand(inputs):
        if isinstance(item, InputError):
            yield item
        else:
            path, given = item
            yield from read_file(path, _source_name(path, root) if root is not None else given)


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


ARTICLES_PER_WRITE = 1
"""New articles written in one transaction (one N-Quads load, which Oxigraph applies whole or not
at all: a killed ingest leaves whole articles only). An article that replaces another is written
alone, in one SPARQL update with the removals. One: a transaction costs little next to its quads
(measured: 1, 20 or 1,000 articles a transaction within 3 % of each other), and a progress line
is printed as each article is written, so after a kill the store holds at most one article more
than the lines printed (tests/test_crash.py relies on it)."""

BATCH = 500
"""Articles resolved together by :func:`ingest` (and held in memory at once). A run of up to this
many new articles is resolved exactly as :func:`kg.pipeline.build` resolves them; a longer run is
resolved batch by batch, each batch joining what the store holds (as separate ingests would)."""


def ingest(inputs: Iterable[str | Path], path: str | Path | None = None, resources=None,
           progress: Callable[[str], None] | None = None, jobs: int = 1, batch: int = BATCH) -> IngestReport:
    """Add articles to the store at ``path``: new ones are extracted, resolved and written (one
    transaction each), unchanged ones skipped, changed ones replace their own graph; then
    :func:`reconcile` recomputes what is derived from the whole store.

    Inputs are streamed: read lazily, extracted on ``jobs`` processes (:func:`kg.pipeline.extract_stream`)
    and resolved ``batch`` articles at a time against what the store holds (:class:`_Known`, kept
    up to date as articles are written), so memory depends on ``batch``, not on the corpus."""
    from .pipeline import extraction_pool

    t0 = time.perf_counter()
    say = progress or (lambda _msg: None)
    report = IngestReport()
    with extraction_pool(jobs) as pool, Store.open(path, write=True, purpose="kg ingest") as st:
        report.repaired = st.interrupted
        written = _write_articles(st, inputs, report, pool=pool, jobs=jobs, batch=batch, resources=resources,
                                  say=say, source_root=st.root,
                                  before_first_write=lambda: report.repaired or st.mark_interrupted(True))
        if written or report.aliased or report.repaired or index_missing(st):
            say("reconciling")
            reconcile(st)
            st.flush()
            st.mark_interrupted(False)
        report.quads = len(st)
    report.seconds = time.perf_counter() - t0
    return report


def _write_articles(st: Store, inputs: Iterable[str | Path], report: IngestReport, *, pool, jobs: int, batch: int,
                    resources, say: Callable[[str], None], source_root: Path | None,
                    before_first_write: Callable[[], object] = lambda: None,
                    select: Callable[["Article"], bool] | None = None) -> int:
    """The work of :func:`ingest` (and of :func:`extract_shard`) on an open store: read, skip the
    unchanged, extract (on ``pool``), resolve in batches, write one transaction per article,
    record new paths of stored texts. ``select`` keeps some articles only (a shard). Returns
    how many articles were written."""
    from .build import article_iri, build_graphs
    from .pipeline import _RESOURCES, extract_stream
    from .resolve import resolve

    gazetteer = (resources or _RESOURCES).get("gazetteer")
    manifest = st.manifest()
    stored_hash = {e.article: e.content_hash for e in manifest.values()}
    entries = dict(manifest)
    had_articles = bool(manifest) or bool(st.article_graphs())
    aliases = []                                 # (source, article IRI, hash, old entry or None)
    first_source: dict[str, str] = {}            # article id -> first source in this run
    total = _count_inputs(inputs)

    def todo() -> Iterator[tuple[int, "Article", ManifestEntry | None]]:
        """New and changed articles, with their position among the inputs (runs in the feeder
        thread when jobs > 1: it only appends to the report and to ``aliases``)."""
        seen_sources: set[str] = set()
        for n, item in enumerate(_read(inputs, source_root), 1):
            if isinstance(item, InputError):
                report.errors.append(item)
                continue
            if select is not None and not select(item):
                continue
            if item.source in seen_sources:
                continue
            seen_sources.add(item.source)
            old = manifest.get(item.source)
            if old is not None and old.content_hash == item.content_hash:
                report.unchanged.append(item.source)
                continue
            iri = str(article_iri(item))
            if iri in stored_hash or item.id in first_source:  # stored (or coming) under another path
                aliases.append((item.source, iri, item.content_hash, old))
                continue
            first_source[item.id] = item.source
            yield n, item, old

    known_view: _Known | None = None
    written_ref: set[tuple[str, str, str]] = set()
    written = 0
    stream = extract_stream(todo(), lambda t: t[1], pool=pool, window=2 * batch, resources=resources)
    for group in _batches(stream, batch):
        if not written:
            before_first_write()
            say(f"extracting and writing ({jobs} extraction process{'es' if jobs > 1 else ''}, "
                f"batches of {batch})")
        if known_view is None:
            known_view, written_ref = _Known(st), _reference_triples(st)
        known = known_view.known(gazetteer, lazy=True) if (had_articles or written) else None
        res = resolve([ex for _, ex in group], (), known)
        graphs = build_graphs(res, gazetteer)
        ref_index: dict[str, list[tuple[str, str, str]]] = {}
        for s, p, o in graphs.get(_uri(REFERENCE), ()):
            t = (_nt(s), _nt(p), _nt(o))
            ref_index.setdefault(t[0], []).append(t)
        batch_ref: set[tuple[str, str, str]] = set()
        released = False
        pending: list[str] = []                    # N-Quads of new articles not written yet
        done: list[tuple[int, "Article", ManifestEntry | None, int]] = []

        def commit() -> None:
            """Write the pending articles in one transaction, then tell of them."""
            nonlocal written
            if pending:
                st.load_nquads("".join(pending))
                pending.clear()
            for n_, art_, old_, size in done:
                written += 1
                (report.replaced if old_ else report.added).append(art_.source)
                say(f"[{n_}/{total}] {'replaced' if old_ else 'added'} {art_.source} ({size} triples)")
            done.clear()

        for (n, art, old), _ in group:
            iri = str(article_iri(art))
            triples = {(_nt(s), _nt(p), _nt(o)) for s, p, o in graphs.get(_uri(iri), ())}
            nodes = {t[0] for t in triples} | {t[2] for t in triples if t[2].startswith("<")}
            if old is not None and old.article != iri:
                commit()                           # what goes is decided on what the store holds
            ops = _release_ops(st, entries, art.source, old, keep=iri)
            ref = _closure(ref_index, nodes)
            new = {iri: triples,
                   REFERENCE: ref - written_ref,           # what the store has already is left out
                   MANIFEST: _manifest_triples(iri, art.source, art.content_hash)}
            done.append((n, art, old, len(triples)))
            if ops:                                # a graph or reference facts go: one update, alone
                st.update(" ;\n".join([*ops, _insert_data(new)]))
                commit()
                released = True                    # what resolution knows is reread before the next batch
                written_ref = _reference_triples(st)
            else:
                pending.append(_nquads(new))
                written_ref |= ref
            batch_ref |= ref
            entries[art.source] = ManifestEntry(art.source, iri, art.content_hash)
            if len(done) >= ARTICLES_PER_WRITE:
                commit()
        commit()
        if released:
            known_view = None                      # rebuilt from the store before the next batch
        else:
            known_view.add((t for name, ts in graphs.items() if name != _uri(REFERENCE) for t in ts), batch_ref)
        del res, graphs, ref_index, group
        if st.root is not None:
            st.flush()                             # RocksDB's memtables to disk: memory stays flat
    for source, iri, digest, old in aliases:
        if not written and not report.aliased:
            before_first_write()
        entries = st.manifest()
        ops = _release_ops(st, entries, source, old, keep=iri)
        ops.append(_insert_data({MANIFEST: _manifest_triples(iri, source, digest)}))
        st.update(" ;\n".join(ops))
        report.aliased.append(source)
        say(f"recorded {source} (same text as an article already stored)")
    return written


# --- beyond one machine: shards -------------------------------------------------------------------

@dataclass
class ShardReport(IngestReport):
    shard: tuple[int, int] = (1, 1)
    output: str = ""


def parse_shard(text: str) -> tuple[int, int]:
    """``"2/8"`` -> (2, 8): the second of eight shards (1-based)."""
    try:
        i, n = (int(x) for x in text.split("/"))
    except ValueError:
        raise StoreError(f"--shard {text!r}: write it as I/N, e.g. 1/4 for the first of four shards") from None
    if not 1 <= i <= n:
        raise StoreError(f"--shard {text}: I must be between 1 and N (1/{n} ... {n}/{n})")
    return i, n


def in_shard(article: "Article", shard: tuple[int, int]) -> bool:
    """Whether an article belongs to shard ``(i, n)``: by its content hash, so every machine
    agrees without talking to the others, and the same text always lands in one shard."""
    i, n = shard
    return int(article.id, 16) % n == i - 1


def extract_shard(inputs: Iterable[str | Path], output: str | Path, shard: tuple[int, int] = (1, 1), *,
                  jobs: int = 1, batch: int = BATCH, resources=None,
                  progress: Callable[[str], None] | None = None) -> ShardReport:
    """Extract, resolve and build the articles of one shard of the inputs and write them as
    N-Quads to ``output``: one named graph per article, the reference facts about their nodes
    and the manifest entries (as :func:`ingest` would store them), no derived graph (holding
    periods are computed over the merged shards by :func:`reconcile` or :func:`reconcile_endpoint`).

    Every machine is given the same inputs; shard ``(i, n)`` keeps the articles whose content
    hash is ``i - 1`` modulo ``n`` (:func:`in_shard`). Shards' outputs concatenate (``cat
    shard-*.nq > all.nq``): the same entity or event has the same IRI in every shard where its
    identity is deterministic (gazetteer keys, names, base + date); see the README ("Performance and scale") for
    what does not merge. Sources are recorded as given on the command line."""
    import pyoxigraph as ox

    from .pipeline import extraction_pool

    t0 = time.perf_counter()
    say = progress or (lambda _msg: None)
    report = ShardReport(shard=shard, output=str(output))
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    with extraction_pool(jobs) as pool:
        st = Store.memory()
        with st:
            _write_articles(st, inputs, report, pool=pool, jobs=jobs, batch=batch, resources=resources, say=say,
                            source_root=None, select=lambda art: in_shard(art, shard))
            fd, tmp = tempfile.mkstemp(dir=output.parent, prefix=f".{output.name}.", suffix=".tmp")
            os.close(fd)
            try:
                st.ox.dump(output=tmp, format=ox.RdfFormat.N_QUADS)    # no derived graph: never reconciled
                os.replace(tmp, output)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
            report.quads = len(st.ox)
    report.seconds = time.perf_counter() - t0
    return report


def _batches(items: Iterable, size: int) -> Iterator[list]:
    group: list = []
    for item in items:
        group.append(item)
        if len(group) >= size:
            yield group
            group = []
    if group:
        yield group


def _count_inputs(inputs: Iterable[str | Path]) -> int:
    """How many articles the inputs hold, cheaply (files; lines of JSON Lines files), for progress."""
    from .ingest import JSONL_SUFFIXES, expand

    n = 0
    for item in expand(inputs):
        if isinstance(item, InputError):
            continue
        path = item[0]
        if path.suffix.lower() in JSONL_SUFFIXES:
            try:
                with open(path, "rb") as fh:
                    n += sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b"")) or 1
            except OSError:
                n += 1
        else:
            n += 1
    return n


# --- N-Triples terms, fast -------------------------------------------------------------------------

_SAFE_IRI = re.compile(r'[^<>"{}|^`\\\x00-\x20]*')
# pyoxigraph's escapes, so that _nt(t) == sparql_term(t) character for character
_ESCAPE = str.maketrans({**{chr(c): f"\\u{c:04X}" for c in [*range(0x20), 0x7F]},
                         "\t": "\\t", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r",
                         '"': '\\"', "\\": "\\\\"})
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


_IRIS: dict = {}          # URIRef -> "<iri>" (a URIRef hashes fast; the same IRIs come back all the time)
_DATATYPES: dict = {}
_TYPES: tuple = ()
_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f\x7f"\\]')


def _nt(term) -> str:
    """An rdflib term in N-Triples/SPARQL syntax: the same text as :func:`sparql_term`, at a
    fraction of its cost (no pyoxigraph object per term); anything unusual goes through it."""
    global _TYPES
    if not _TYPES:
        from rdflib import Literal, URIRef
        _TYPES = (URIRef, Literal)
    cls = type(term)
    if cls is _TYPES[0]:
        text = _IRIS.get(term)
        if text is None:
            text = f"<{term}>" if _SAFE_IRI.fullmatch(term) else sparql_term(term)
            if len(_IRIS) > 200_000:
                _IRIS.clear()
            _IRIS[term] = text
        return text
    if cls is _TYPES[1]:
        lexical = str(term)
        if _NEEDS_ESCAPE.search(lexical):
            lexical = lexical.translate(_ESCAPE)
        lang = term.language
        if lang:
            if _LANG.fullmatch(lang):
                return f'"{lexical}"@{lang.lower()}'
        else:
            dt = term.datatype
            if dt is None:
                return f'"{lexical}"'
            suffix = _DATATYPES.get(dt)                  # "^^<datatype>" keyed by the datatype's URIRef
            if suffix is None and type(dt) is _TYPES[0]:
                suffix = _DATATYPES[dt] = f"^^<{dt}>" if _SAFE_IRI.fullmatch(dt) else ""
            if suffix == f"^^<{_XSD_STRING}>":
                return f'"{lexical}"'
            if suffix:
                return f'"{lexical}"{suffix}'
    return sparql_term(term)


_LANG = re.compile(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*")


# --- what resolution knows of the store ----------------------------------------------------------

_ENTITY_CLASSES = {"Base": "base", "Force": "force", "Person": "person", "Organization": "org", "Place": "place"}
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"


class _Known:
    """The entities and handover events of a store as :func:`kg.resolve.known_from_graph` reads
    them from its union, kept in plain dictionaries and updated from the triples each batch
    writes: reading them again from the store for every batch would cost O(store) a batch.
    Labels and events are read back from the store for the nodes a batch touched (their order
    there decides which label a resolution sees first); alternative names, memberships and
    types are sets and are added as written. ``known()`` gives fresh objects for one batch."""

    def __init__(self, st: Store):
        import pyoxigraph as ox

        self.st = st
        self.kinds: dict[str, set[str]] = {}                 # node IRI -> entity kinds (path segments)
        self.labels: dict[str, list[tuple[str, str]]] = {}   # node IRI -> (lang, label) in store order
        self.alt: dict[str, set[str]] = {}
        self.member: dict[str, set[str]] = {}
        self.events: dict[str, tuple | None] = {}           # handover IRI -> (base, dates, froms, tos)
        self.base_of: dict[str, str] = {}                    # handover IRI -> its base's id (hkr: local name)
        self.by_base: dict[str, set[str]] = {}               # base id -> handover IRIs
        self.keys: dict[str, str] = {}                       # handover IRI -> event key
        rdf_type = ox.NamedNode(RDF_TYPE)
        for cls, kind in _ENTITY_CLASSES.items():
            for q in st.ox.quads_for_pattern(None, rdf_type, ox.NamedNode(HKO_NS + cls), None):
                if isinstance(q.subject, ox.NamedNode):
                    self.kinds.setdefault(q.subject.value, set()).add(kind)
        for node in self.kinds:
            n = ox.NamedNode(node)
            self.alt[node] = {q.object.value for q in st.ox.quads_for_pattern(n, ox.NamedNode(SKOS_ALT), None, None)}
            self.member[node] = {q.object.value for q in st.ox.quads_for_pattern(n, ox.NamedNode(HKO_NS + "memberOf"), None, None)}
            self._read_labels(node)
        for q in st.ox.quads_for_pattern(None, rdf_type, ox.NamedNode(HKO_NS + "Handover"), None):
            if isinstance(q.subject, ox.NamedNode):
                self._read_event(q.subject.value)

    def _read_labels(self, node: str) -> None:
        import pyoxigraph as ox

        self.labels[node] = [(q.object.language or "und", q.object.value)
                             for q in self.st.ox.quads_for_pattern(ox.NamedNode(node), ox.NamedNode(RDFS_LABEL), None, None)
                             if isinstance(q.object, ox.Literal)]

    def _read_event(self, node: str) -> None:
        import pyoxigraph as ox

        n = ox.NamedNode(node)

        def values(prop: str) -> list:
            return [q.object for q in self.st.ox.quads_for_pattern(n, ox.NamedNode(HKO_NS + prop), None, None)]

        bases = self.st.ox.quads_for_pattern(n, ox.NamedNode(HKO_NS + "base"), None, None)
        base = next(iter(bases), None)
        self.events[node] = facts = (base.object.value if base else None, [d.value for d in values("date")],
                                     {x.value for x in values("fromForce")}, {x.value for x in values("toForce")})
        # the index of what known() hands to resolution: events with an hkr: IRI and an hkr: base
        old = self.base_of.pop(node, None)
        if old is not None:
            self.by_base[old].discard(node)
            if not self.by_base[old]:
                del self.by_base[old]
            del self.keys[node]
        eid = node[len(HKR_NS):] if node.startswith(HKR_NS) else None
        b = facts[0][len(HKR_NS):] if facts[0] and facts[0].startswith(HKR_NS) else None
        if eid and b:
            self.base_of[node] = b
            self.by_base.setdefault(b, set()).add(node)
            self.keys[node] = eid.split("/", 1)[1]

    def add(self, article_triples: Iterable[tuple], reference: Iterable[tuple[str, str, str]]) -> None:
        """Take in what a batch wrote: its article graphs' triples (rdflib terms) and the reference
        facts about their nodes (N-Triples terms)."""
        from rdflib import URIRef

        classes = {HKO_NS + c: k for c, k in _ENTITY_CLASSES.items()}
        handover, alt, member = HKO_NS + "Handover", SKOS_ALT, HKO_NS + "memberOf"
        event_props = {HKO_NS + p for p in ("base", "date", "fromForce", "toForce")}
        relabel: set[str] = set()
        events: set[str] = set()

        def typed(node: str, cls: str) -> None:
            if cls in classes:
                if node not in self.kinds:
                    relabel.add(node)
                self.kinds.setdefault(node, set()).add(classes[cls])
                self.alt.setdefault(node, set())
                self.member.setdefault(node, set())
            elif cls == handover:
                events.add(node)

        for s, p, o in article_triples:
            if type(s) is not URIRef:
                continue
            p = str(p)
            if p == RDF_TYPE:
                typed(str(s), str(o))
            elif p == alt:
                self.alt.setdefault(str(s), set()).add(str(o))
            elif p == member:
                self.member.setdefault(str(s), set()).add(str(o))
            elif p == RDFS_LABEL:
                relabel.add(str(s))
            elif p in event_props:
                events.add(str(s))
        type_, label = f"<{RDF_TYPE}>", f"<{RDFS_LABEL}>"
        for s, p, o in reference:
            if s[0] == "<" and p == type_ and o[0] == "<":
                typed(s[1:-1], o[1:-1])
            elif s[0] == "<" and p == label:
                relabel.add(s[1:-1])
        for node in relabel:
            if node in self.kinds:
                self._read_labels(node)
        for node in events:
            self._read_event(node)

    def known(self, gazetteer=None, lazy: bool = False):
        """Fresh :class:`kg.resolve.Known` objects (resolution changes them). One difference from
        :func:`kg.resolve.known_from_graph`: an entity whose key is in ``gazetteer`` is marked
        ``in_gazetteer``, as it was when first resolved; without it, two gazetteer bases with
        names that sound alike (Xaaji Cali, Burgavo) merge when the second comes in a later batch.
        ``lazy``: events are made on demand, for the bases a batch names (``Known.events_of``):
        the store's events grow with the corpus, and making them all for every batch made the
        cost per article grow with the store."""
        from datetime import date

        from .model import DateValue, Entity, Event, Kind, Span
        from .resolve import Known

        def local(iri: str) -> str | None:
            return iri[len(HKR_NS):] if iri.startswith(HKR_NS) else None

        out = Known()
        for node, kinds in self.kinds.items():
            eid = local(node)
            if not eid or "/" not in eid:
                continue
            key = eid.split("/", 1)[1]
            members = {local(x) for x in self.member.get(node, ())} - {None}
            for kind in kinds:
                ent = Entity(Kind(kind), key, known=True,
                             in_gazetteer=gazetteer is not None and gazetteer.get(Kind(kind), key) is not None)
                for lang, value in self.labels.get(node, ()):
                    ent.labels.setdefault(lang, value)
                ent.known_names = set(self.alt.get(node, ()))
                ent.member_of = set(members)
                out.entities.append(ent)
        def event(node: str) -> Event:
            facts = self.events[node]
            ev = Event(key=local(node).split("/", 1)[1], base=local(facts[0]), known=True)
            for d in facts[1]:
                try:
                    day = date.fromisoformat(d[:10])
                except ValueError:
                    continue
                ev.dates.append(DateValue(day.year, day.month, day.day, Span(0, 0), d))
            ev.froms = {local(x) for x in facts[2]} - {None}
            ev.tos = {local(x) for x in facts[3]} - {None}
            return ev

        def events_of(bases: set[str]) -> list[Event]:
            return sorted((event(node) for b in bases for node in self.by_base.get(b, ())), key=lambda e: e.key)

        if lazy:
            out.events_of, out.event_bases, out.event_keys = events_of, self.by_base.keys(), set(self.keys.values())
        else:
            out.events = events_of(set(self.by_base))
        out.entities.sort(key=lambda e: e.id)
        return out


def _reference_triples(st: Store) -> set[tuple[str, str, str]]:
    """The reference graph as N-Triples terms (a few facts per entity: small)."""
    return {(str(q.subject), str(q.predicate), str(q.object)) for q in st.quads(REFERENCE)}


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
    """Recompute what depends on the whole store after articles were added or replaced: the
    derived graph (below) and the index graph (:func:`reconcile_index`).

    The derived graph holds the holding periods from every dated handover in the store. Periods
    are computed base by base (:func:`kg.timeline.holding_periods` on :func:`_handover_facts`
    of one base: a base's periods depend on its own handovers only) and each base's difference
    with what the store holds is written in one update, so memory holds one base at a time and
    an unchanged base costs no write. Derived facts of bases that lost all their handovers go.
    The place to re-key events across articles later.
    """
    import pyoxigraph as ox

    from .build import holding_period_triples
    from .timeline import holding_periods

    derived = ox.NamedNode(DERIVED)
    held = ox.NamedNode(HKO_NS + "heldBase")
    bases = {q.object for q in store.ox.quads_for_pattern(None, ox.NamedNode(HKO_NS + "base"), None, None)
             if isinstance(q.object, ox.NamedNode)}
    bases |= {q.object for q in store.ox.quads_for_pattern(None, held, None, derived)
              if isinstance(q.object, ox.NamedNode)}
    expected: set[str] = set()                         # subjects the derived graph keeps
    for base in sorted(bases, key=lambda b: b.value):
        periods = [p for p in holding_periods(_handover_facts(store, base)) if str(p.base) == base.value]
        new = {(_nt(s), _nt(p), _nt(o)) for s, p, o in holding_period_triples(periods)}
        expected |= {t[0] for t in new}
        nodes = {q.subject for q in store.ox.quads_for_pattern(None, held, base, derived)}
        old = {(str(q.subject), str(q.predicate), str(q.object))
               for node in nodes for q in store.ox.quads_for_pattern(node, None, None, derived)}
        if new != old:
            store.update(_diff_ops(DERIVED, old - new, new - old))
    stray = {(str(q.subject), str(q.predicate), str(q.object)) for q in store.quads(DERIVED)
             if str(q.subject) not in expected}
    if stray:
        store.update(_diff_ops(DERIVED, stray, set()))
    reconcile_index(store)


def reconcile_index(store: Store) -> None:
    """Rewrite ``hkr:graph/index`` (:func:`kg.build.index_triples`: one display label, date and
    source count per node, what the named queries read) from the whole store, writing only the
    difference in one update. It depends on the article and reference graphs only, and is
    recomputed in full each time: an ingest killed before this step leaves INTERRUPTED, and the
    next one comes here again (about 0.5 s on a store of 1M quads)."""
    from .build import index_triples_of

    new = {(_nt(s), _nt(p), _nt(o)) for s, p, o in index_triples_of(store.ox)}
    old = {(str(q.subject), str(q.predicate), str(q.object)) for q in store.quads(INDEX)}
    if new != old:
        store.update(_diff_ops(INDEX, old - new, new - old))


def index_missing(store: Store) -> bool:
    """A store with articles but no index graph (written before the index existed)."""
    import pyoxigraph as ox

    return not store.ox.contains_named_graph(ox.NamedNode(INDEX)) and bool(store.article_graphs())


def reconcile_endpoint(endpoint: str, *, user: str | None = None, password: str | None = None,
                       token: str | None = None, progress: Callable[[str], None] | None = None) -> int:
    """:func:`reconcile` for a remote SPARQL store (shards bulk-loaded into Virtuoso, say): read
    each base's handovers and the index's facts with SELECT queries (paged: Virtuoso answers at
    most 10,000 rows), compute the holding periods and the index here and replace
    ``hkr:graph/derived`` and ``hkr:graph/index`` there (Graph Store Protocol, or SPARQL Update).
    The endpoint's default graph must be the union of its named graphs. Returns the number of
    derived triples."""
    from rdflib import Graph

    from .build import INDEX_FACTS, holding_period_triples, index_triples
    from .push import Remote, guess_services, push
    from .query import _from_json
    from .timeline import holding_periods

    say = progress or (lambda _msg: None)
    remote = Remote(endpoint, user, password, token)
    hko, rdf = HKO_NS, "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    head = f"PREFIX hko: <{hko}> PREFIX rdf: <{rdf}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
    bases = [b["b"]["value"] for b in _select_all(
        remote, head + "SELECT DISTINCT ?b WHERE { ?h a hko:Handover ; hko:base ?b . FILTER(isIRI(?b)) }", "?b")]
    say(f"{len(bases)} bases with handovers at {endpoint}")
    lines: list[str] = []
    for base in bases:
        g = Graph()
        facts = head + (f"SELECT DISTINCT ?h ?p ?o WHERE {{ ?h hko:base <{base}> ; a hko:Handover ; ?p ?o . "
                        f"VALUES ?p {{ rdf:type hko:date hko:fromForce hko:toForce hko:base <{PROV_DERIVED}> }} }}")
        for row in _select_all(remote, facts, "?h ?p ?o"):
            g.add((_from_json(row["h"]), _from_json(row["p"]), _from_json(row["o"])))
        labels = head + (f"SELECT DISTINCT ?n ?l WHERE {{ ?h hko:base <{base}> ; a hko:Handover ; ?q ?n . "
                         "VALUES ?q { hko:base hko:fromForce hko:toForce } ?n rdfs:label ?l }")
        for row in _select_all(remote, labels, "?n ?l"):
            g.add((_from_json(row["n"]), _uri(RDFS_LABEL), _from_json(row["l"])))
        periods = [p for p in holding_periods(g) if str(p.base) == base]
        lines += [f"{_nt(s)} {_nt(p)} {_nt(o)} .\n" for s, p, o in holding_period_triples(periods)]

    def select(name: str) -> Iterator[tuple]:
        query, columns = INDEX_FACTS[name]
        for row in _select_all(remote, query, " ".join("?" + c for c in columns)):
            yield tuple(row[c]["value"] if c in row and row[c]["type"] != "bnode" else None for c in columns)

    graphs = {DERIVED: sorted(set(lines)),
              INDEX: sorted({f"{_nt(s)} {_nt(p)} {_nt(o)} .\n" for s, p, o in index_triples(select)})}
    if any(graphs.values()):                    # push replaces the graphs its file holds
        fd, tmp = tempfile.mkstemp(suffix=".nq", prefix="kg-derived-")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                for name, graph_lines in graphs.items():
                    fh.writelines(line[:-3] + f" <{name}> .\n" for line in graph_lines)
            push(endpoint, graph_file=tmp, user=user, password=password, token=token)
        finally:
            Path(tmp).unlink(missing_ok=True)
    for name in [n for n, graph_lines in graphs.items() if not graph_lines]:
        _, update = guess_services(endpoint, remote.authenticated)
        remote.send("POST", update, data={"update": f"DROP SILENT GRAPH <{name}>"}, what="the update")
    for name, graph_lines in graphs.items():
        say(f"{name}: {len(graph_lines)} triples")
    return len(graphs[DERIVED])


def _select_all(remote, query: str, order: str, page: int = 10_000) -> Iterator[dict]:
    """Every row of a SELECT, a page at a time (ORDER BY makes the pages consistent)."""
    offset = 0
    while True:
        rows = remote.select(f"{query} ORDER BY {order} LIMIT {page} OFFSET {offset}") \
            .get("results", {}).get("bindings", [])
        yield from rows
        if len(rows) < page:
            return
        offset += page


def load_files(store: Store, files: Iterable[str | Path], progress: Callable[[str], None] | None = None) -> int:
    """Bulk-load N-Quads (or other RDF) files into an open store, such as the shards of
    :func:`extract_shard`: Oxigraph's bulk loader, fast and not transactional (load into a new
    store; if it is interrupted, start again). Returns the number of quads in the store after."""
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


class _Facts:
    """The little of rdflib's Graph that :func:`kg.timeline.holding_periods` uses (``subjects``
    and ``objects``, objects in the order they were added, each once), over plain dictionaries:
    a Graph costs more to fill than the periods cost to compute."""

    def __init__(self) -> None:
        self.spo: dict = {}

    def add(self, triple) -> None:
        s, p, o = triple
        objects = self.spo.setdefault(s, {}).setdefault(p, {})
        objects.setdefault(o, None)

    def subjects(self, predicate, obj):
        return [s for s, po in self.spo.items() if obj in po.get(predicate, ())]

    def objects(self, subject, predicate):
        return iter(list(self.spo.get(subject, {}).get(predicate, ())))


def _handover_facts(store: Store, base) -> _Facts:
    """What :func:`handover_graph` gives for the handovers of one base (a pyoxigraph NamedNode),
    with one lookup per handover instead of one per handover and property."""
    import pyoxigraph as ox

    g = _Facts()
    rdf_type, handover = ox.NamedNode(RDF_TYPE), ox.NamedNode(HKO_NS + "Handover")
    props = {RDF_TYPE, HKO_NS + "date", HKO_NS + "fromForce", HKO_NS + "toForce", HKO_NS + "base", PROV_DERIVED}
    roles = {HKO_NS + "fromForce", HKO_NS + "toForce", HKO_NS + "base"}
    of_base = {q.subject for q in store.ox.quads_for_pattern(None, ox.NamedNode(HKO_NS + "base"), base, None)}
    nodes, seen = set(), set()
    term = from_ox_memo()                  # forces, dates, labels repeat
    for h in sorted(of_base, key=str):
        if not any(True for _ in store.ox.quads_for_pattern(h, rdf_type, handover, None)):
            continue
        for q in store.ox.quads_for_pattern(h, None, None, None):
            p = q.predicate.value
            if p in props and (q.predicate, q.object) not in seen:
                seen.add((q.predicate, q.object))
                g.add((term(h), term(q.predicate), term(q.object)))
                if p in roles:
                    nodes.add(q.object)
        seen.clear()
    for node in sorted(nodes, key=str):
        for q in store.ox.quads_for_pattern(node, ox.NamedNode(RDFS_LABEL), None, None):
            g.add((term(q.subject), term(q.predicate), term(q.object)))
    return g


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
    for node in sorted(nodes, key=str):
        for q in store.ox.quads_for_pattern(node, ox.NamedNode(RDFS_LABEL), None, None):
            g.add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
    return g
