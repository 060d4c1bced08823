"""Ingest into the store: articles read, extracted, resolved in batches against what the store
knows (:class:`kg.store_known._Known`) and written one transaction each (:func:`ingest`), then
reconciled (:func:`kg.store_reconcile.reconcile`); and the same work for one shard of the
inputs, written as N-Quads (:func:`extract_shard`).

>>> from kg.store_ingest import ingest     # doctest: +SKIP
>>> report = ingest(["examples/"], "store")
"""
from __future__ import annotations

import os
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from .errors import InputError, StoreError
from .store import ARTICLE_PREFIX, HKO_NS, HKR_NS, MANIFEST, REFERENCE, ManifestEntry, Store
from .store_known import _Known
from .store_reconcile import index_missing, reconcile
from .store_terms import _insert_data, _nquads, _nt, _uri, sparql_term

if TYPE_CHECKING:
    from .model import Article


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


def _reference_triples(st: Store) -> set[tuple[str, str, str]]:
    """The reference graph as N-Triples terms (a few facts per entity: small)."""
    return {(str(q.subject), str(q.predicate), str(q.object)) for q in st.quads(REFERENCE)}


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
