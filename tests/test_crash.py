"""Crash safety of the store (issue #8, part 3): kill -9 at random points of `kg ingest`, two writers
and a reader at once, a full disk and a read-only store.

What is under test always runs as real `python -m kg ingest` subprocesses on real folders; the
stores they are compared with are built the same way or, where only the result matters, by
``kg.store_ingest.ingest`` in this process (cheaper on a busy machine). Random choices come from seeded
RNGs: which kill points are tried is fixed by the seed; where in the work a timed kill lands still
depends on the machine's speed.

The invariants (docs/decisions/0003-store.md): the store opens after anything; each article graph
is absent or exactly what an uninterrupted ingest of the same corpus writes; the manifest names
exactly the article graphs present; without an INTERRUPTED marker the derived graph is up to date;
the next ingest finishes the work and gives the store an uninterrupted ingest gives.

Articles resolved in a later run (after a kill, or a full disk) once came out differently from one
run of the whole corpus (another base, another label; test_crash_resumed_ingest_*). Where a store
differs from the one-run reference, support.crash.Checker still tells that apart from damage (it
also accepts what an uninterrupted ingest from the state before the killed run writes, so the
articles are whole), and the test then fails naming the difference (split_runs_differ).
"""
from __future__ import annotations

import os
import random
import re
import resource
import shutil
import signal
import subprocess
import sys
import time
from contextlib import nullcontext
from pathlib import Path

import pytest

from kg.errors import StoreError
from kg.store import MANIFEST, open_store
from kg.store_ingest import ingest
from support.crash import (KG_ENV, Checker, Ingest, article_graphs, can_mount, check_whole, child_env, diff, fill,
                           graphs, ingest_args, ingest_options, kg, pin_sources, remount, tmpfs, write_corpus)

SEED = 20261121
N_ARTICLES = 30
# kill -9s per run of the random test; --jobs 2 starts two extraction processes per ingest, which
# triples its cost, so it gets fewer unless KG_CRASH_KILLS asks for more
MIN_KILLS = {None: 20, 2: 10}
if os.environ.get("KG_CRASH_KILLS"):
    MIN_KILLS = dict.fromkeys(MIN_KILLS, int(os.environ["KG_CRASH_KILLS"]))
LOCKED = "is being written by process {pid}"
MANIFEST_G = f"<{MANIFEST}>"


# --- fixtures ----------------------------------------------------------------------------------------

@pytest.fixture(scope="module", autouse=True)
def frozen_sources(tmp_path_factory):
    """Every kg subprocess of this module runs the sources as they were when it started."""
    pin_sources(Path(__file__).resolve().parent.parent, tmp_path_factory.mktemp("sources"))
    yield
    KG_ENV.clear()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """N_ARTICLES invented articles in WORK/articles. Stores go in WORK too, so every store records
    the sources as articles/NNN-....txt, as the reference does."""
    work = tmp_path_factory.mktemp("crash")
    write_corpus(work / "articles", N_ARTICLES, SEED)
    return work / "articles"


@pytest.fixture(scope="module")
def reference(corpus) -> dict:
    """What an uninterrupted `kg ingest` of the corpus writes (a process of its own, like the killed
    ones), and when it printed its progress lines (seconds after its launch)."""
    store = corpus.parent / "reference"
    run = Ingest(ingest_args(corpus, store, None))
    assert run.wait() == 0, run.stderr
    snapshot = graphs(store)
    assert len(article_graphs(snapshot)) == N_ARTICLES, run.stderr
    times = {"end": run.lines[-1][0]}
    for t, line in run.lines:
        for key, prefix in (("extracting", "extracting"), ("first write", "[1/"), ("reconciling", "reconciling")):
            if line.startswith(prefix):
                times.setdefault(key, t)
    assert set(times) == {"end", "extracting", "first write", "reconciling"}, run.stderr
    return {"store": store, "graphs": snapshot, "times": times}


@pytest.fixture()
def store(corpus, request) -> Path:
    """A new store folder beside the corpus."""
    path = corpus.parent / f"store-{request.node.name}"
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="module")
def halves(corpus, tmp_path_factory) -> Path:
    """A folder with a/ (10 articles), b/ (10 more), store/ holding a/, and expected/: a/ then b/
    ingested with room to spare. Copied (layout and all) wherever a test needs a store to damage."""
    root = tmp_path_factory.mktemp("halves")
    files = sorted(corpus.iterdir())
    for name, part in (("a", files[:10]), ("b", files[10:20])):
        (root / name).mkdir()
        for f in part:
            shutil.copy(f, root / name / f.name)
    r = kg(*ingest_args(root / "a", root / "store", None))
    assert r.returncode == 0 and "10 added" in r.stderr, r.stderr
    shutil.copytree(root / "store", root / "expected")
    r = kg(*ingest_args(root / "b", root / "expected", None))
    assert r.returncode == 0 and "10 added" in r.stderr, r.stderr
    return root


def copy_halves(halves: Path, where: Path) -> Path:
    for name in ("a", "b", "store"):
        shutil.copytree(halves / name, where / name)
    return where / "store"


@pytest.fixture(scope="module")
def ingest_help() -> str:
    return ingest_options()


@pytest.fixture(scope="module")
def mounting() -> None:
    reason = can_mount()
    if reason:
        pytest.skip(reason)


def same_as(store: Path, want: dict, what: str) -> None:
    got = graphs(store)
    assert got == want, f"{what}: the store differs from an uninterrupted ingest:\n{diff(got, want)}"


def split_runs_differ(checker: Checker) -> None:
    """Fails if a store, whole and equal to what an uninterrupted ingest from the same state gives,
    still differed from what one run gives: an ingest resumed after an interruption resolved
    differently (see test_crash_resumed_ingest_*)."""
    assert not checker.split, (f"an ingest resumed after an interruption resolves differently from one "
                               f"uninterrupted run ({len(checker.split)} time(s)): {checker.split[0][:600]}")


PROGRESS = re.compile(r"^(extracting |\[\d+/\d+\] (added|replaced) |reconciling$|recorded )")


def one_line_error(r: subprocess.CompletedProcess, store: Path, cause: str) -> None:
    """Exit 2 and one line: `kg ingest: error: ...`, naming the store folder and the cause (after
    the progress lines of what was done before, if any: nothing else)."""
    lines = [line for line in r.stderr.strip().splitlines() if not PROGRESS.match(line)]
    assert r.returncode == 2, f"exit {r.returncode}, expected 2:\n{r.stderr[-2000:]}"
    assert len(lines) == 1 and lines[0].startswith("kg ingest: error: "), r.stderr[-2000:]
    assert r.stderr.strip().splitlines()[-1] == lines[0], r.stderr[-2000:]
    assert str(store) in lines[0] and cause in lines[0], lines[0]


def test_crash_checker_catches_damage(tmp_path, corpus, reference):
    """The checks can fail: a torn article graph, a manifest entry without its graph, and a stale
    derived graph without an INTERRUPTED marker are each caught."""
    damage = {
        "is not whole": "DELETE {{ GRAPH <{a}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{a}> {{ ?s ?p ?o }} "
                        "FILTER(?p = <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf>) }}",
        "manifest and article graphs differ": "DROP GRAPH <{a}>",
        "derived graph is stale": "DROP GRAPH <https://w3id.org/handover-kg/id/graph/derived>",
    }
    article = sorted(article_graphs(reference["graphs"]))[3][1:-1]
    for n, (caught, update) in enumerate(damage.items()):
        store = corpus.parent / f"damaged-{n}"
        shutil.copytree(reference["store"], store)
        try:
            check_whole(store, [reference["graphs"]], "intact copy")
            with open_store(store, write=True) as st:
                st.update(update.format(a=article))
            with pytest.raises(AssertionError, match=caught):
                check_whole(store, [reference["graphs"]], "damaged copy")
        finally:
            shutil.rmtree(store)


# --- 1. kill -9 at random points ---------------------------------------------------------------------

PHASES = ["anytime", "anytime", "start-up", "extracting", "writing", "writing", "writing", "reconciling"]
WRITE = r"^\[(\d+)/(\d+)\] (?:added|replaced) "


def _kill_point(rng: random.Random, times: dict, left: float) -> tuple[str, float]:
    """A phase and a number: seconds after the launch (anytime, start-up), seconds after the phase's
    progress line (extracting, reconciling), or the share of the writes done (writing). ``left`` is
    the share of the corpus this ingest has to do (to scale `anytime` to its length)."""
    phase = rng.choice(PHASES)
    if phase == "anytime":                          # uniform over the (expected) whole run
        start = times["extracting"]
        return phase, rng.uniform(0, (start + (times["end"] - start) * max(left, 0.1)) * 1.05)
    if phase == "start-up":                         # before the first progress line
        return phase, rng.uniform(0, times["extracting"])
    if phase == "extracting":
        return phase, rng.uniform(0, max(0.05, times["first write"] - times["extracting"]))
    if phase == "writing":
        return phase, rng.random()
    return phase, rng.uniform(0, (times["end"] - times["reconciling"]) * 1.1)


def _run_and_kill(run: Ingest, phase: str, x: float, rng: random.Random, todo: int) -> bool:
    """Let ``run`` reach the kill point, then kill -9 it; True if it was still running. ``todo``:
    how many articles it has to write."""
    if phase in ("anytime", "start-up"):
        run.sleep_until(x)
    elif phase == "extracting":
        if run.wait_line(r"^extracting") is not None:
            time.sleep(x)
    elif phase == "writing":                        # after a share x of the writes, 0-20 ms into the next
        if run.wait_writes(1 + int(x * max(0, todo - 1)), WRITE) is not None:
            time.sleep(rng.uniform(0, 0.02))
    elif run.wait_line(r"^reconciling") is not None:
        time.sleep(x)
    return run.kill9()


@pytest.mark.slow
@pytest.mark.parametrize("jobs", [None, 2], ids=["serial", "jobs2"])
def test_crash_kill_9_at_random_points_leaves_whole_articles(store, corpus, reference, ingest_help, jobs):
    """MIN_KILLS kill -9s spread over start-up, extraction, writes and reconcile, 4 to 6 in a
    row on one store (so the ingests that recover are killed too); after each the store opens and
    holds whole articles only, one per progress line printed (or one more: killed between a write
    and its line); then an ingest left alone gives the reference store. With --jobs 2, no worker
    outlives the kill."""
    if jobs and "--jobs" not in ingest_help:
        pytest.skip("`kg ingest` has no --jobs option yet (parallel ingest is being written): "
                    "nothing to kill with --jobs 2")
    rng = random.Random(SEED + (jobs or 0))
    checker = Checker([reference["graphs"]], [corpus], store)
    kills, launches, finished, phases, landed = 0, 0, 0, {}, [0, 0]
    chain = rng.randint(4, 6)                        # kills on this store before one is left to finish
    wanted = MIN_KILLS[jobs]
    try:
        while kills < wanted or chain == 0:
            launches += 1
            assert launches < 2 * wanted + 5, f"only {kills} of {launches} launches were killed while running"
            checker.before()
            stored = len(article_graphs(graphs(checker.pre))) if checker.pre.exists() else 0
            with Ingest(ingest_args(corpus, store, jobs)) as run:
                if chain == 0:                       # the next ingest finishes the work
                    rc = run.wait()
                    assert rc == 0, f"the ingest after {kills} kills failed ({rc}): {run.stderr}"
                    assert not (store / "INTERRUPTED").exists()
                    checker.after_finish(f"store finished after kill {kills}")
                    finished += 1
                    shutil.rmtree(store)
                    chain = rng.randint(4, 6)
                    continue
                phase, x = _kill_point(rng, reference["times"], 1 - stored / N_ARTICLES)
                killed = _run_and_kill(run, phase, x, rng, N_ARTICLES - stored)
                left = run.survivors()
                last = run.stderr.splitlines()[-1:] or ["nothing"]
            what = f"kill {kills + 1} ({phase} {x:.3f}; last line: {last[0][:80]})"
            assert not left, f"{what}: processes outlived kill -9 of kg ingest {run.pid}: {left}"
            if killed:
                kills += 1
                chain -= 1
                phases[phase] = phases.get(phase, 0) + 1
            else:                                   # it finished first
                assert run.proc.returncode == 0, f"{what}: exit {run.proc.returncode}: {run.stderr}"
                chain = 0
            if store.exists() and not (store / "oxigraph").is_dir():
                # killed between taking the lock and creating the database: the next ingest creates it
                held = {p.name for p in store.iterdir()}
                assert held <= {"lock", "INTERRUPTED"}, f"{what}: the store folder holds {sorted(held)}"
                if held:
                    phases["before the database"] = phases.get("before the database", 0) + 1
                continue
            if store.exists():
                if not checker.pre.exists():
                    try:
                        graphs(store)
                    except Exception as e:     # noqa: BLE001 - RuntimeError from RocksDB, or StoreError
                        # killed while RocksDB created the database: nothing was written; readers cannot
                        # open it (test_crash_kill_while_creating_the_database), the next ingest must
                        phases["creating the database"] = phases.get("creating the database", 0) + 1
                        print(f"{what}: {type(e).__name__}: {str(e)[:200]}")
                        continue
                got = checker.after_kill(what)
                if killed:                          # did the kill fall between a write and its line?
                    printed = sum(1 for _, line in run.lines if re.match(WRITE, line))
                    extra = len(article_graphs(got)) - stored - printed
                    assert extra in (0, 1), f"{what}: {extra} articles more than the lines printed"
                    landed[extra] += 1
    finally:
        checker.close()
    print(f"kills by phase: {phases}; stores finished: {finished}; kills after a write but before its "
          f"line: {landed[1]}, other: {landed[0]}")
    assert finished >= 2 and {"writing", "reconciling"} <= set(phases), (finished, phases)
    split_runs_differ(checker)


@pytest.mark.slow
def test_crash_kill_9_while_replacing_changed_articles(tmp_path, corpus, reference):
    """12 articles change and are ingested again: each write drops the old graph and inserts the new
    one in one update. Killed 4 times in a row during those writes and once in reconcile, each
    changed path names its old article or its new one, whole, never both or neither; then an
    ingest left alone gives what one uninterrupted re-ingest gives."""
    rng = random.Random(SEED + 1)
    articles = tmp_path / "articles"
    shutil.copytree(corpus, articles)
    changed = sorted(rng.sample(sorted(articles.iterdir()), 12))
    for path in changed:
        extra = ("\nوأضاف مسؤول أن الخطة أُعدّت مسبقاً.\n" if "-ar-" in path.name
                 else "\nAn official added that the move was planned.\n")
        path.write_text(path.read_text(encoding="utf-8") + extra, encoding="utf-8")
    before = reference["graphs"]
    expected = tmp_path / "expected"
    shutil.copytree(reference["store"], expected)
    r = kg(*ingest_args(articles, expected, None))
    assert r.returncode == 0 and "12 replaced" in r.stderr and "0 added" in r.stderr, r.stderr
    after = graphs(expected)

    def articles_of(snapshot, name):
        return {t.split()[0] for t in snapshot[MANIFEST_G] if t.endswith(f'"articles/{name}"')}

    store = tmp_path / "store"
    shutil.copytree(reference["store"], store)
    checker = Checker([before, after], [articles], store)
    kills = []
    for attempt in ("write", "write", "write", "write", "reconcile"):
        checker.before()
        now = graphs(store)
        todo = sum(articles_of(now, p.name) == articles_of(before, p.name) for p in changed)
        with Ingest(ingest_args(articles, store, None)) as run:
            if attempt == "write" and todo:
                run.wait_writes(rng.randint(1, max(1, todo - 1)), WRITE)
                time.sleep(rng.uniform(0, 0.02))
            elif run.wait_line(r"^reconciling") is not None:
                time.sleep(rng.uniform(0, 0.3))
            if run.kill9():
                kills.append(f"{attempt}: {run.stderr.splitlines()[-1]}")
        what = f"kill {len(kills)} while replacing ({kills[-1:]})"
        got = checker.after_kill(what)
        for path in changed:
            old, new = articles_of(before, path.name), articles_of(after, path.name)
            named = articles_of(got, path.name)
            assert len(named) == 1, f"{what}: {path.name} is named by {named}"
            assert not ((old | new) - named) & set(got), f"{what}: {path.name} has both its graphs"
    checker.before()
    r = kg(*ingest_args(articles, store, None))
    assert r.returncode == 0, r.stderr
    checker.after_finish("store finished after kills while replacing")
    checker.close()
    # the first kills land mid-replacement; later attempts may find the (fast, batched) ingest
    # already done, so fewer than five kills can land — at least two must
    assert len(kills) >= 2, kills
    split_runs_differ(checker)


def test_crash_kill_between_lock_and_database_creation(tmp_path, corpus):
    """kill -9 after the lock file exists and before RocksDB made oxigraph/ (a window of a few ms at
    the first ingest into a new store): the next ingest must still work. The kill is placed exactly:
    the child's pyoxigraph.Store kills its own process when called."""
    store = tmp_path / "store"
    first = sorted(corpus.iterdir())[0]
    child = ("import os, signal, sys, pyoxigraph\n"
             "class Killed:\n"
             "    def __init__(self, *a, **k): os.kill(os.getpid(), signal.SIGKILL)\n"
             "pyoxigraph.Store = Killed\n"
             "from kg.cli import main\n"
             f"sys.exit(main(['ingest', {str(first)!r}, '--store', {str(store)!r}]))\n")
    r = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, timeout=120, env=child_env())
    assert r.returncode == -signal.SIGKILL, r.stderr
    assert sorted(p.name for p in store.iterdir()) == ["INTERRUPTED", "lock"]
    q = kg("query", "articles", "--store", store)         # readers: there is no store yet
    assert q.returncode == 2 and "no store at" in q.stderr and "kg ingest" in q.stderr, q.stderr
    report = ingest([first], store)
    assert len(report.added) == 1 and report.repaired
    assert sorted(p.name for p in store.iterdir()) == ["lock", "oxigraph"]
    with open_store(store) as st:
        assert len(st.article_graphs()) == 1


@pytest.mark.parametrize("landmark", ["IDENTITY", "CURRENT"])
def test_crash_kill_while_creating_the_database(tmp_path, corpus, landmark):
    """kill -9 while RocksDB creates oxigraph/ in a new store, as soon as it has written IDENTITY
    (CURRENT not yet) or CURRENT (column families not yet): the next ingest must work, and a reader
    must either open the (empty) store or say how to make one. The child's pyoxigraph.Store starts
    the real one in a thread and kills its process when the file appears; tried until the kill
    lands before the next step."""
    first = sorted(corpus.iterdir())[0]
    for attempt in range(10):
        store = tmp_path / f"store-{attempt}"
        child = ("import os, signal, sys, threading, pyoxigraph\n"
                 "real = pyoxigraph.Store\n"
                 "def killed(path, *a, **k):\n"
                 "    threading.Thread(target=real, args=(path, *a), kwargs=k, daemon=True).start()\n"
                 f"    while not os.path.exists(os.path.join(path, {landmark!r})): pass\n"
                 "    os.kill(os.getpid(), signal.SIGKILL)\n"
                 "pyoxigraph.Store = killed\n"
                 "from kg.cli import main\n"
                 f"sys.exit(main(['ingest', {str(first)!r}, '--store', {str(store)!r}]))\n")
        r = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, timeout=120,
                           env=child_env())
        assert r.returncode == -signal.SIGKILL, r.stderr
        files = {p.name for p in (store / "oxigraph").iterdir()}
        if landmark == "IDENTITY" and "CURRENT" not in files or landmark == "CURRENT" and not any(
                f.endswith(".sst") for f in files):
            break
    else:
        pytest.skip(f"in 10 tries the kill never landed just after RocksDB wrote {landmark}")
    q = kg("query", "articles", "--store", store)
    assert len(ingest([first], store).added) == 1          # the next ingest works
    with open_store(store) as st:
        assert len(st.article_graphs()) == 1
    lines = q.stderr.strip().splitlines()
    assert "restore the store from an export" not in q.stderr, q.stderr       # nothing was ever written
    assert q.returncode == 0 or (q.returncode == 2 and len(lines) == 1 and "kg ingest" in lines[0]
                                 and str(store) in lines[0]), q.stderr


def test_crash_resumed_ingest_labels_handovers_as_one_run_does(tmp_path):
    """Two Arabic articles about one base, ingested in one run or in two (as when a kill -9 falls
    between them): the stores must be equal (`handover of <base>`@en once differed)."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, date in (("a.txt", "3 آذار 2020"), ("b.txt", "5 نيسان 2021")):
        (folder / name).write_text(f"تسليم معسكر فيكتوري\n\nسلّمت قوات التحالف الدولي معسكر فيكتوري إلى "
                                   f"الجيش العراقي يوم {date}، بحسب بيان رسمي.\n", encoding="utf-8")
    ingest([folder], tmp_path / "one")
    ingest([folder / "a.txt"], tmp_path / "two")
    ingest([folder], tmp_path / "two")
    one, two = graphs(tmp_path / "one"), graphs(tmp_path / "two")
    assert one == two, diff(one, two)


def test_crash_resumed_ingest_resolves_bases_as_one_run_does(tmp_path):
    """Five short Arabic articles: three ingested first (as before a kill -9), then two. The Gao
    article must be about Gao (base/gao), as when all five are ingested in one run. (Seen failing
    on 2026-11-21 with the working tree of the time: base/erbil_air_base; it passes since.)"""
    texts = {
        "1.txt": "أعلنت القوات الإيطالية في 27 شباط 2018 أنها سلّمت قاعدة أربيل الجوية إلى الشرطة الاتحادية.\n\n"
                 "وقال مسؤول إن الشرطة الاتحادية تسلّمت المعدات المتبقية في القاعدة.",
        "2.txt": "سلّمت القوات الإيطالية قاعدة غاو إلى الجيش العراقي يوم 16 كانون الأول 2018، بحسب بيان رسمي.\n\n"
                 "وأوضح البيان أن نحو 870 جندي غادروا القاعدة.",
        "3.txt": "أعلنت قوات التحالف الدولي في 28 شباط 2015 أنها سلّمت قاعدة أبو غريب إلى القوات المالية.\n\n"
                 "وقال مسؤول إن القوات المالية تسلّمت المعدات المتبقية في القاعدة.",
        "4.txt": "أعلنت القوات الإيطالية في 13 حزيران 2020 أنها سلّمت قاعدة أربيل الجوية إلى الشرطة الاتحادية.\n\n"
                 "وقال مسؤول إن الشرطة الاتحادية تسلّمت المعدات المتبقية في القاعدة.",
        "5.txt": "سلّمت القوات البريطانية قاعدة غاو إلى القوات المالية يوم 1 حزيران 2019، بحسب بيان رسمي.\n\n"
                 "وأوضح البيان أن نحو 390 جندي غادروا القاعدة.",
    }
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(f"تسليم\n\n{text}\n", encoding="utf-8")
    ingest([folder], tmp_path / "one")
    ingest([folder / n for n in ("1.txt", "2.txt", "3.txt")], tmp_path / "two")
    ingest([folder], tmp_path / "two")

    def bases_of_5(store):
        with open_store(store) as st:
            art = st.manifest()["articles/5.txt"].article
            return sorted({str(q.subject) for q in st.quads(art) if "/base/" in str(q.subject)})

    assert bases_of_5(tmp_path / "one") == ["<https://w3id.org/handover-kg/id/base/gao>"]
    assert bases_of_5(tmp_path / "two") == bases_of_5(tmp_path / "one")


# --- 2. two writers, a reader during a write ---------------------------------------------------------

def test_crash_two_writers_at_once_one_fails_at_once(store, corpus, reference):
    """Two `kg ingest` started together on a store holding 10 of the articles: one writes the other
    20, the other exits 2 at once with one line naming the first; nothing is damaged."""
    assert kg("ingest", *sorted(corpus.iterdir())[:10], "--store", store).returncode == 0
    checker = Checker([reference["graphs"]], [corpus], store)
    checker.before()
    with Ingest(ingest_args(corpus, store, None)) as a, Ingest(ingest_args(corpus, store, None)) as b:
        ra, rb = a.wait(), b.wait()
    assert sorted([ra, rb]) == [0, 2], f"exits {ra}, {rb}:\n{a.stderr}\n---\n{b.stderr}"
    winner, loser = (a, b) if ra == 0 else (b, a)
    assert "20 added" in winner.stderr, winner.stderr
    # the loser did not wait: it had ended before the winner wrote its first article
    first_write = next(t for t, line in winner.lines if re.match(WRITE, line))
    assert loser.t0 + loser.lines[-1][0] < winner.t0 + first_write, (loser.lines, winner.lines[:2])
    assert not (store / "INTERRUPTED").exists()
    checker.after_finish("store written while a second writer was refused")   # as 10, then 20, give
    checker.close()
    message = loser.stderr.strip()
    assert len(message.splitlines()) == 1 and message.startswith("kg ingest: error: store "), message
    assert str(store) in message and "wait for it to finish or use another --store" in message, message
    assert LOCKED.format(pid=winner.pid) in message, message


@pytest.mark.parametrize("earlier", [None, "99999999\nkg ingest\n2020-01-01 00:00:00\n"],
                         ids=["new-lock-file", "stale-record"])
def test_crash_second_writer_while_the_first_writes_its_pid(tmp_path, corpus, earlier):
    """The first writer has just taken the lock and has not written anything into the lock file yet
    (held there: the child's fcntl.flock sleeps once it has the exclusive lock). A second writer
    must still be told which process writes, not `process ?` nor the pid an earlier writer left."""
    store = tmp_path / "store"
    first = sorted(corpus.iterdir())[0]
    ingest([first], store)
    if earlier:
        (store / "lock").write_text(earlier)
    else:
        (store / "lock").unlink()
    child = ("import fcntl, os, sys, time\n"
             "real = fcntl.flock\n"
             "def paused(fd, op):\n"
             "    real(fd, op)\n"
             "    if op & fcntl.LOCK_EX:\n"
             "        print('locked', os.fstat(fd).st_size, file=sys.stderr, flush=True)\n"
             "        time.sleep(30)\n"
             "fcntl.flock = paused\n"
             "from kg.cli import main\n"
             f"sys.exit(main(['ingest', {str(first)!r}, '--store', {str(store)!r}, '-q']))\n")
    holder = subprocess.Popen([sys.executable, "-c", child], stderr=subprocess.PIPE, text=True, env=child_env())
    try:
        assert holder.stderr.readline().split()[0] == "locked"
        assert (store / "lock").read_text() == (earlier or "")      # nothing written yet: the window is open
        with pytest.raises(StoreError) as e:
            open_store(store, write=True)
    finally:
        holder.kill()
        holder.wait()
    assert LOCKED.format(pid=holder.pid) in str(e.value), str(e.value)
    assert "99999999" not in str(e.value), str(e.value)


def test_crash_second_writer_on_a_new_store(store, corpus):
    """The first writer of a new store holds the lock while RocksDB creates oxigraph/ (held here for
    a while by a child whose pyoxigraph.Store is slow to start): a second writer must be told who
    writes, not that the folder 'is not a kg store'."""
    child = ("import sys, time, pyoxigraph\n"
             "real = pyoxigraph.Store\n"
             "def slow(*a, **k):\n"
             "    print('locked', file=sys.stderr, flush=True)\n"
             "    time.sleep(30)\n"
             "    return real(*a, **k)\n"
             "pyoxigraph.Store = slow\n"
             "from kg.cli import main\n"
             f"sys.exit(main(['ingest', {str(sorted(corpus.iterdir())[0])!r}, '--store', {str(store)!r}, '-q']))\n")
    holder = subprocess.Popen([sys.executable, "-c", child], stderr=subprocess.PIPE, text=True, env=child_env())
    try:
        assert holder.stderr.readline().strip() == "locked"
        with pytest.raises(StoreError) as e:
            open_store(store, write=True)
    finally:
        holder.kill()
        holder.wait()
    assert LOCKED.format(pid=holder.pid) in str(e.value), str(e.value)


def test_crash_reader_during_a_write_is_refused(store, corpus, reference):
    """In the middle of the writes, a reader in this process and a `kg query` (started earlier, told
    to go at the 2nd write) both fail at once, naming the writer; afterwards readers read."""
    reader = subprocess.Popen(
        [sys.executable, "-c",
         "import sys\nimport kg.query, kg.store, kg.cli.query, pyoxigraph, rdflib\nfrom kg.cli import main\n"
         "sys.stdin.readline()\n"
         f"sys.exit(main(['query', 'articles', '--store', {str(store)!r}]))\n"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=child_env())
    try:
        with Ingest(ingest_args(corpus, store, None)) as w:
            assert w.wait_line(r"^\[2/\d+\]"), w.stderr
            with pytest.raises(StoreError, match=LOCKED.format(pid=w.pid)):
                open_store(store)
            out, err = reader.communicate("go\n", timeout=120)
            still_writing = w.proc.poll() is None
            assert w.wait() == 0, w.stderr
    finally:
        if reader.poll() is None:
            reader.kill()
            reader.wait()
    assert still_writing, "the writer had ended before the reader asked: this proved nothing"
    assert reader.returncode == 2, (reader.returncode, out, err)
    assert len(err.strip().splitlines()) == 1 and LOCKED.format(pid=w.pid) in err, err
    same_as(store, reference["graphs"], "store read during its write")


def test_crash_second_writer_names_the_holder_as_kg_ingest(store, corpus):
    """docs/decisions/0003-store.md: `... is being written by process 1234 (kg ingest, since ...)`."""
    with Ingest(ingest_args(corpus, store, None)) as a:
        assert a.wait_line(r"^extracting")
        with pytest.raises(StoreError) as e:
            open_store(store, write=True)
        a.kill9()
    assert f"process {a.pid} (kg ingest, since " in str(e.value), str(e.value)


# --- 3. a full disk, a read-only store ---------------------------------------------------------------

@pytest.mark.parametrize("how", ["tmpfs", "rlimit-fsize"])
def test_crash_disk_full_during_ingest(tmp_path, halves, how, request):
    """The disk fills up while 10 new articles are written (a 24 MiB tmpfs left with 256 KiB, or
    RLIMIT_FSIZE of 200 KiB in the child): exit 2 and one line naming the store and the cause; the
    store opens, the 10 earlier articles intact, new ones whole or absent; once there is room the
    next ingest finishes the work."""
    if how == "tmpfs":
        request.getfixturevalue("mounting")
    with tmpfs(tmp_path / "disk", "24m") if how == "tmpfs" else nullcontext(tmp_path) as disk:
        store = copy_halves(halves, disk)
        before, want = graphs(store), graphs(halves / "expected")
        limit = None
        if how == "tmpfs":
            fill(disk)
            filler = disk / "filler"
            os.truncate(filler, filler.stat().st_size - 256 * 1024)       # room to open, not to write
        else:
            limit = 200 * 1024
        r = kg(*ingest_args(disk / "b", store, None),
               preexec_fn=(lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))) if limit else None)
        assert r.returncode != 0, f"the disk did not fill up ({how}); leave less room:\n{r.stderr}"
        got = check_whole(store, [want], f"after a full disk ({how})")
        for g, triples in article_graphs(before).items():
            assert got.get(g) == triples, f"{g}, stored before, is damaged"
        if how == "tmpfs":
            filler.unlink()
        checker = Checker([want], [disk / "b"], store)
        checker.before()
        r2 = kg(*ingest_args(disk / "b", store, None))
        assert r2.returncode == 0, r2.stderr
        checker.after_finish(f"store finished after a full disk ({how})")
        checker.close()
    one_line_error(r, store, "No space left on device" if how == "tmpfs" else "File too large")
    split_runs_differ(checker)


def test_crash_disk_full_at_open(tmp_path, halves, mounting):
    """No room at all: the database cannot be opened for writing; exit 2, one line, store intact."""
    with tmpfs(tmp_path / "disk", "16m") as disk:
        store = copy_halves(halves, disk)
        before = graphs(store)
        fill(disk)
        r = kg(*ingest_args(disk / "b", store, None))
        (disk / "filler").unlink()
        assert graphs(store) == before
    one_line_error(r, store, "No space left on device")


def _make_read_only(how: str, store: Path, disk: Path):
    """Make ``store`` read-only: remount the tmpfs it is on, bind-mount it read-only over itself, or
    chattr +i everything in it. Returns what undoes it."""
    if how == "remount-ro":
        remount(disk, "ro")
        return lambda: remount(disk, "rw")
    if how == "bind-ro":
        for args in (["--bind", str(store), str(store)], ["-o", "remount,bind,ro", str(store)]):
            r = subprocess.run(["mount", *args], capture_output=True, text=True)
            assert r.returncode == 0, r.stderr
        return lambda: subprocess.run(["umount", str(store)], check=True)
    if shutil.which("chattr") is None:
        pytest.skip("chattr is not installed")
    r = subprocess.run(["chattr", "-R", "+i", str(store)], capture_output=True, text=True)
    if r.returncode != 0:
        pytest.skip(f"chattr +i does not work on {store.parent}: {r.stderr.strip()}")
    return lambda: subprocess.run(["chattr", "-R", "-i", str(store)], check=True)


@pytest.mark.parametrize("how,cause", [("remount-ro", "Read-only file system"),
                                       ("bind-ro", "Read-only file system"),
                                       ("immutable", "Operation not permitted")])
def test_crash_read_only_store(tmp_path, halves, how, cause, request):
    """Ingest into a store that cannot be written: exit 2, one line naming the store and the cause;
    the store is unchanged and still answers queries; writable again, it takes the articles."""
    if how != "immutable":
        request.getfixturevalue("mounting")
    with tmpfs(tmp_path / "disk", "16m") if how == "remount-ro" else nullcontext(tmp_path) as disk:
        store = copy_halves(halves, disk)
        before = graphs(store)
        undo = _make_read_only(how, store, disk)
        try:
            r = kg(*ingest_args(disk / "b", store, None))
            q = kg("query", "articles", "--store", store) if how == "remount-ro" else None
            assert graphs(store) == before                  # it opens, read-only, unchanged
        finally:
            undo()
        one_line_error(r, store, cause)
        if q is not None:
            assert q.returncode == 0 and "(10 rows)" in q.stdout + q.stderr, q.stdout + q.stderr
        assert not (store / "INTERRUPTED").exists()
        r = kg(*ingest_args(disk / "b", store, None))
        assert r.returncode == 0 and "10 added" in r.stderr, r.stderr
        same_as(store, graphs(halves / "expected"), f"store written after being read-only ({how})")


def test_crash_new_store_on_a_read_only_file_system(tmp_path, corpus, mounting):
    with tmpfs(tmp_path / "disk", "4m") as disk:
        remount(disk, "ro")
        try:
            r = kg(*ingest_args(corpus, disk / "store", None))
        finally:
            remount(disk, "rw")
        assert not (disk / "store").exists()
    one_line_error(r, disk / "store", "Read-only file system")
