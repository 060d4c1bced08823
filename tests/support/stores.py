"""Real triple stores for the tests: an Oxigraph server, a Virtuoso server and Apache Jena's riot.

Each server runs on loopback on a free port, with its data in a temporary folder, for the whole
test session; it is stopped (and its folder removed) at the end. The classes work outside pytest
too (``with OxigraphServer() as ox: ...``), which helps when trying a query by hand.

Facts these rely on are in ../shared/design/components.md: Virtuoso needs an ini of its own
(the Debian service cannot start here), speaks digest auth on ``/sparql-graph-crud-auth``, and
``isql-vt`` exits 0 even when SQL fails; riot needs the xerces message bundles on its classpath.
"""
from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import pytest
import requests

VIRTUOSO_BIN = "/usr/bin/virtuoso-t"
VIRTUOSO_INI = "/usr/share/virtuoso-opensource-7/virtuoso.ini"
VIRTUOSO_VSP = "/var/lib/virtuoso-opensource-7/vsp"
ISQL = "/usr/bin/isql-vt"
JAVA_DIR = Path("/usr/share/java")
# riot's classpath: Jena's jars (Debian's version-less links) and what they need
RIOT_JARS = ("jena-*.jar", "commons-*.jar", "dexx.collection.jar", "gson.jar", "guava.jar", "httpclient.jar",
             "httpcore.jar", "jackson-*.jar", "jsonld-java.jar", "slf4j-api.jar", "slf4j-simple.jar", "thrift.jar",
             "protobuf.jar", "titanium-json-ld.jar", "jakarta.json-api.jar")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(check, timeout: float, what: str, proc: subprocess.Popen | None = None, log: Path | None = None) -> None:
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            tail = log.read_text(errors="replace")[-2000:] if log and log.exists() else ""
            raise RuntimeError(f"{what} exited with {proc.returncode} while starting:\n{tail}")
        try:
            if check():
                return
        except Exception as e:  # not up yet
            last = e
        time.sleep(0.2)
    raise RuntimeError(f"{what} did not answer within {timeout:.0f} s ({last})")


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


class OxigraphServer:
    """``oxigraph serve`` (from the PyPI ``oxigraph`` package), in memory, union default graph.

    ``endpoint`` is its SPARQL query URL (``/query``); Graph Store at ``/store``, updates at ``/update``.
    """

    def __init__(self, workdir: Path | None = None):
        self.workdir = Path(workdir or tempfile.mkdtemp(prefix="kg-oxigraph-"))
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.endpoint = f"{self.base}/query"
        self.proc: subprocess.Popen | None = None

    @staticmethod
    def binary() -> str | None:
        here = Path(sys.executable).parent / "oxigraph"
        return str(here) if here.exists() else shutil.which("oxigraph")

    def start(self) -> "OxigraphServer":
        exe = self.binary()
        if exe is None:
            raise RuntimeError("the oxigraph binary is missing: pip install -e '.[test]' (it ships with PyPI's oxigraph)")
        self.log = self.workdir / "oxigraph.log"
        self.proc = subprocess.Popen([exe, "serve", "--bind", f"127.0.0.1:{self.port}", "--union-default-graph"],
                                     stdout=self.log.open("wb"), stderr=subprocess.STDOUT)
        _wait(lambda: requests.get(self.endpoint, params={"query": "ASK {}"}, timeout=2).ok, 30,
              "oxigraph serve", self.proc, self.log)
        return self

    def clear(self) -> None:
        requests.post(f"{self.base}/update", data={"update": "DROP ALL"}, timeout=30).raise_for_status()

    def stop(self) -> None:
        if self.proc is not None:
            _stop(self.proc)
        shutil.rmtree(self.workdir, ignore_errors=True)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


class VirtuosoServer:
    """Virtuoso open source 7 from Debian, with a database and ini of its own in a temp folder.

    The dba password is changed from the well-known default to ``password`` so that tests of
    refused credentials mean something. ``endpoint`` is ``/sparql``.
    """

    user = "dba"

    def __init__(self, workdir: Path | None = None, password: str = "kgTest4store"):
        self.workdir = Path(workdir or tempfile.mkdtemp(prefix="kg-virtuoso-"))
        self.sql_port = free_port()
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.endpoint = f"{self.base}/sparql"
        self.password = password
        self.proc: subprocess.Popen | None = None

    @staticmethod
    def available() -> bool:
        return Path(VIRTUOSO_BIN).exists() and Path(ISQL).exists()

    def _ini(self) -> str:
        db = self.workdir / "db"
        db.mkdir(parents=True, exist_ok=True)
        values = {
            "Database": {"DatabaseFile": db / "virtuoso.db", "ErrorLogFile": db / "virtuoso.log",
                         "LockFile": db / "virtuoso.lck", "TransactionFile": db / "virtuoso.trx",
                         "xa_persistent_file": db / "virtuoso.pxa"},
            "TempDatabase": {"DatabaseFile": db / "virtuoso-temp.db", "TransactionFile": db / "virtuoso-temp.trx"},
            "Parameters": {"ServerPort": f"127.0.0.1:{self.sql_port}", "DirsAllowed": f"., {db}",
                           "NumberOfBuffers": 20000, "MaxDirtyBuffers": 15000},
            "HTTPServer": {"ServerPort": f"127.0.0.1:{self.port}", "ServerRoot": VIRTUOSO_VSP},
        }
        out, section = [], None
        for line in Path(VIRTUOSO_INI).read_text().splitlines():
            m = re.match(r"\s*\[(.+)\]", line)
            if m:
                section = m.group(1)
            else:
                m = re.match(r"\s*([A-Za-z_]+)\s*=", line)
                if m and section in values and m.group(1) in values[section]:
                    line = f"{m.group(1)} = {values[section].pop(m.group(1))}"
            out.append(line)
        missing = {s: v for s, v in values.items() if v}
        assert not missing, f"virtuoso.ini lacks {missing}"
        return "\n".join(out) + "\n"

    def isql(self, sql: str, password: str | None = None) -> str:
        r = subprocess.run([ISQL, f"127.0.0.1:{self.sql_port}", self.user, password or self.password, f"exec={sql}"],
                           capture_output=True, text=True, timeout=120)
        out = r.stdout + r.stderr
        if "*** Error" in out or r.returncode != 0:   # isql-vt exits 0 on SQL errors
            raise RuntimeError(f"isql failed on {sql!r}: {out.strip()[-500:]}")
        return out

    def start(self) -> "VirtuosoServer":
        if not self.available():
            raise RuntimeError("Virtuoso is missing: apt-get install virtuoso-opensource (tools/dev.py does)")
        ini = self.workdir / "virtuoso.ini"
        ini.write_text(self._ini())
        self.log = self.workdir / "stdout.log"
        self.proc = subprocess.Popen([VIRTUOSO_BIN, "+configfile", str(ini), "+foreground"], cwd=self.workdir,
                                     stdout=self.log.open("wb"), stderr=subprocess.STDOUT)
        _wait(lambda: requests.get(self.endpoint, params={"query": "ASK {}"}, timeout=2).ok, 90,
              "virtuoso-t", self.proc, self.log)
        self.isql(f"SET PASSWORD dba {self.password};", password="dba")
        return self

    def clear(self, prefixes=("https://w3id.org/handover-kg/", "https://example.org/", "urn:x-handover-kg")) -> None:
        """Drop the graphs tests made (Virtuoso's own graphs stay)."""
        r = requests.post(self.endpoint, data={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"},
                          headers={"Accept": "application/sparql-results+json"}, timeout=60)
        r.raise_for_status()
        for b in r.json()["results"]["bindings"]:
            g = b["g"]["value"]
            if g.startswith(tuple(prefixes)):
                self.isql(f"SPARQL CLEAR GRAPH <{g}>;")

    def stop(self) -> None:
        if self.proc is not None:
            _stop(self.proc)
        shutil.rmtree(self.workdir, ignore_errors=True)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


class Riot:
    """Apache Jena's ``riot`` (Debian's jars) run with ``java -cp``; :meth:`validate` is strict."""

    def __init__(self, workdir: Path | None = None):
        self.workdir = Path(workdir or tempfile.mkdtemp(prefix="kg-riot-"))

    @staticmethod
    def available() -> bool:
        return (JAVA_DIR / "jena-arq.jar").exists() and shutil.which("java") is not None

    def classpath(self) -> str:
        bundles = self.workdir / "xerces-bundles"
        if not bundles.exists():
            # As shipped, riot dies in XSSimpleTypeDecl ("internal error") because the xerces message
            # bundles are missing from where it looks: copy them out of jena-core.jar.
            tmp = Path(tempfile.mkdtemp(dir=self.workdir))
            with zipfile.ZipFile(JAVA_DIR / "jena-core.jar") as z:
                for name in z.namelist():
                    m = re.match(r"org/apache/jena/ext/(xerces/impl/(?:msg|xpath/regex)/[^/]+\.properties)$", name)
                    if m:
                        target = tmp / m.group(1)
                        target.parent.mkdir(parents=True, exist_ok=True)
                        target.write_bytes(z.read(name))
            tmp.rename(bundles)
        jars: list[str] = []
        for pattern in RIOT_JARS:
            jars += sorted(str(p) for p in JAVA_DIR.glob(pattern) if not re.search(r"-\d[\w.~+-]*\.jar$", p.name))
        return os.pathsep.join([str(bundles), *jars])

    def run(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(["java", "-cp", self.classpath(), "riotcmd.riot", *args],
                              capture_output=True, text=True, timeout=300)

    def validate(self, path: Path, syntax: str | None = None) -> subprocess.CompletedProcess:
        """Exit 0 valid; 1 invalid (message with line and column on stderr). Strict mode."""
        extra = [f"--syntax={syntax}"] if syntax else []
        return self.run("--validate", "--strict", "--check", *extra, str(path))

    def count(self, path: Path, syntax: str | None = None) -> subprocess.CompletedProcess:
        extra = [f"--syntax={syntax}"] if syntax else []
        return self.run("--count", "--strict", *extra, str(path))


# --- pytest fixtures (session-scoped: one server of each kind for the whole run) ---------------

@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    server = OxigraphServer(tmp_path_factory.mktemp("oxigraph-server")).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory):
    if not VirtuosoServer.available():
        pytest.fail("Virtuoso is not installed: run the tests with `python3 tools/dev.py test`, "
                    "which apt-installs virtuoso-opensource")
    server = VirtuosoServer(tmp_path_factory.mktemp("virtuoso-server")).start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def riot(tmp_path_factory):
    if not Riot.available():
        pytest.fail("Apache Jena is not installed: run the tests with `python3 tools/dev.py test`, "
                    "which apt-installs libapache-jena-java")
    return Riot(tmp_path_factory.mktemp("riot"))


@pytest.fixture
def strict_riot(request):
    """``riot`` where Jena is installed; elsewhere the test is skipped (only ``tools/dev.py test``
    guarantees it)."""
    if not Riot.available():
        pytest.skip("Jena riot not installed (/usr/share/java/jena-arq.jar and java): apt-get install libapache-jena-java")
    return request.getfixturevalue("riot")
