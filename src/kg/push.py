"""Load a graph into a remote triple store, and talk to remote SPARQL endpoints.

The SPARQL 1.1 Graph Store HTTP Protocol first (PUT the first batch of a graph, which replaces
it, POST the others), SPARQL 1.1 Update ``INSERT DATA`` where the server has no Graph Store;
at most :data:`BATCH` triples per request. Where the Graph Store and Update services are is
guessed from the query endpoint's URL for the servers we test (Oxigraph ``/query`` -> ``/store``
and ``/update``; Virtuoso ``/sparql`` -> ``/sparql-graph-crud-auth`` and ``/sparql-auth``), or
given with ``gsp=`` / ``update=``.

>>> from kg.push import push                                       # doctest: +SKIP
>>> push("http://127.0.0.1:7878/query", store="store")
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable, Iterator
from urllib.parse import urlsplit, urlunsplit

from .errors import KGError

if TYPE_CHECKING:
    import requests

BATCH = 100_000
TIMEOUT = 300
PROBE_GRAPH = "urn:x-handover-kg:probe"


class RemoteError(KGError):
    """A remote store could not be reached, refused the credentials or rejected a request."""


# --- HTTP -----------------------------------------------------------------------------------------

def _with_path(url: str, path: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def guess_services(endpoint: str, authenticated: bool) -> tuple[str, str]:
    """(Graph Store URL, Update URL) for a query endpoint, after the servers' conventions."""
    path = urlsplit(endpoint).path.rstrip("/")
    if path.endswith("/sparql") or path.endswith("/sparql-auth"):       # Virtuoso
        root = path.rsplit("/", 1)[0]
        gsp = f"{root}/sparql-graph-crud-auth" if authenticated else f"{root}/sparql-graph-crud"
        upd = f"{root}/sparql-auth" if authenticated else f"{root}/sparql"
        return _with_path(endpoint, gsp), _with_path(endpoint, upd)
    if path.endswith("/query"):                                          # Oxigraph, Fuseki
        root = path[: -len("/query")]
        return _with_path(endpoint, f"{root}/store"), _with_path(endpoint, f"{root}/update")
    return endpoint, endpoint


class Remote:
    """A session with one server: credentials, and errors turned into one-line messages."""

    def __init__(self, endpoint: str, user: str | None = None, password: str | None = None,
                 token: str | None = None, timeout: float = TIMEOUT):
        import requests

        parts = urlsplit(endpoint)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise RemoteError(f"{endpoint!r} is not an http(s) URL (give the SPARQL endpoint, "
                              "e.g. http://127.0.0.1:8890/sparql)")
        if (user is None) != (password is None):
            raise RemoteError("give both --user and --password (or --token)")
        if token and user:
            raise RemoteError("give either --user/--password or --token, not both")
        self.endpoint = endpoint
        self.user, self.password, self.token = user, password, token
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["User-Agent"] = "handover-kg"
        if token:
            self.session.headers["Authorization"] = f"Bearer {token}"
        self._auth_ready: set[str] = set()

    @property
    def authenticated(self) -> bool:
        return bool(self.user or self.token)

    def _host(self, url: str) -> str:
        return urlsplit(url).netloc

    def _prepare_auth(self, url: str) -> None:
        """Learn the scheme the server wants (digest or basic) with a small request, and for
        digest get a nonce before any large upload: Virtuoso answers a large first request
        with 401 and closes the connection."""
        if not self.user or url in self._auth_ready:
            return
        from requests.auth import HTTPBasicAuth, HTTPDigestAuth

        probe = self.send("GET", url, params=self._graph_params(url, PROBE_GRAPH), auth_step=True, ok=(401, 404))
        challenge = probe.headers.get("WWW-Authenticate", "")
        self.session.auth = (HTTPDigestAuth(self.user, self.password) if "digest" in challenge.lower()
                             else HTTPBasicAuth(self.user, self.password))
        self.send("GET", url, params=self._graph_params(url, PROBE_GRAPH), auth_step=True, ok=(404,))
        self._auth_ready.add(url)

    @staticmethod
    def _graph_params(url: str, graph: str | None) -> dict:
        if graph is None:
            return {"default": ""}
        return {"graph-uri" if "sparql-graph-crud" in url else "graph": graph}

    def send(self, method: str, url: str, *, auth_step: bool = False, ok: tuple[int, ...] = (), what: str = "",
             **kw) -> "requests.Response":
        import requests

        if not auth_step:
            self._prepare_auth(url)
        try:
            r = self.session.request(method, url, timeout=self.timeout, **kw)
        except requests.exceptions.ConnectionError as e:
            reason = "connection refused" if "refused" in str(e).lower() else "no connection"
            raise RemoteError(f"cannot reach {self._host(url)} ({reason}): check the URL and that the server "
                              "is running") from None
        except requests.exceptions.Timeout:
            raise RemoteError(f"{self._host(url)} did not answer within {self.timeout:.0f} s: "
                              "the server is busy or the request too large") from None
        if r.status_code in ok or r.ok:
            return r
        if r.status_code in (401, 403):
            if self.authenticated:
                raise RemoteError(f"{url} refused the credentials (HTTP {r.status_code}): check --user and "
                                  "--password (or --token), and that the account may write")
            raise RemoteError(f"{url} needs credentials (HTTP {r.status_code}): give --user and --password "
                              "or --token")
        raise RemoteError(f"{url} rejected {what or 'the request'} (HTTP {r.status_code}: {_message(r)})")

    # -- SPARQL ---------------------------------------------------------------------------------------
    def select(self, query: str) -> dict:
        """SPARQL results JSON for a query sent to the endpoint (POST, form-encoded)."""
        self._prepare_query_auth()
        r = self.send("POST", self.endpoint, data={"query": query}, what="the query",
                      headers={"Accept": "application/sparql-results+json"})
        try:
            return r.json()
        except ValueError:
            raise RemoteError(f"{self.endpoint} did not answer with SPARQL results JSON "
                              f"(Content-Type {r.headers.get('Content-Type')}): is it a SPARQL endpoint?") from None

    def _prepare_query_auth(self) -> None:
        if self.user and self.endpoint not in self._auth_ready:
            from requests.auth import HTTPBasicAuth, HTTPDigestAuth

            probe = self.send("GET", self.endpoint, params={"query": "ASK {}"}, auth_step=True, ok=(401,))
            if probe.status_code == 401:
                challenge = probe.headers.get("WWW-Authenticate", "")
                self.session.auth = (HTTPDigestAuth(self.user, self.password) if "digest" in challenge.lower()
                                     else HTTPBasicAuth(self.user, self.password))
            self._auth_ready.add(self.endpoint)


def _message(r) -> str:
    """The first meaningful line of a server's error answer."""
    import re

    text = re.sub(r"<[^>]+>", " ", r.text or "")
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    msg = " ".join(lines[:3])[:300]
    return msg or r.reason or "no message"


# --- pushing --------------------------------------------------------------------------------------

@dataclass
class PushReport:
    graphs: dict[str, int] = field(default_factory=dict)   # target graph -> triples sent
    requests: int = 0
    method: str = "gsp"                                     # or "update"
    seconds: float = 0.0

    @property
    def triples(self) -> int:
        return sum(self.graphs.values())


def _batches(lines: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(lines), size):
        yield lines[i:i + size]


def _lines(quads) -> list[str]:
    """N-Triples lines (sorted, so that a push is repeatable), non-ASCII escaped as \\uXXXX."""
    out = sorted({f"{q.subject} {q.predicate} {q.object} .\n" for q in quads})
    return [_ascii(line) for line in out]


def _ascii(line: str) -> str:
    if line.isascii():
        return line
    return "".join(c if ord(c) < 128 else (f"\\u{ord(c):04X}" if ord(c) <= 0xFFFF else f"\\U{ord(c):08X}")
                   for c in line)


def push(endpoint: str, *, store=None, graph_file=None, graph: str | None = None, user: str | None = None,
         password: str | None = None, token: str | None = None, gsp: str | None = None,
         update: str | None = None, batch: int = BATCH, progress=None) -> PushReport:
    """Send the store's graphs (or a file's) to a remote store; each named graph replaces the
    graph of the same name there. ``graph`` sends everything into that one graph instead."""
    from .store import Store, open_store

    t0 = time.perf_counter()
    say = progress or (lambda _m: None)
    if not 1 <= batch <= BATCH:
        raise RemoteError(f"batch size {batch} is out of range (1 to {BATCH})")
    remote = Remote(endpoint, user, password, token)
    guessed_gsp, guessed_update = guess_services(endpoint, remote.authenticated)
    gsp, update = gsp or guessed_gsp, update or guessed_update
    if graph is not None:
        _check_iri(graph)

    src = Store.from_file(graph_file) if graph_file is not None else open_store(store)
    with src:
        plan: list[tuple[str, list[str]]] = []
        if graph is not None:
            plan.append((graph, _lines(src.quads())))
        else:
            loose = src.default_graph_size()
            if loose:
                raise RemoteError(f"{graph_file or src.root} has {loose} triples outside named graphs: give --graph IRI "
                                  "to load everything into that graph")
            for name in src.graph_names():
                lines = _lines(src.quads(name))
                if lines:
                    plan.append((name, lines))
    report = PushReport()
    for name, lines in plan:
        for n, chunk in enumerate(_batches(lines, batch)):
            if report.method == "gsp":
                try:
                    _gsp(remote, gsp, name, chunk, replace=(n == 0))
                except _NoGraphStore:
                    say(f"{gsp} has no Graph Store: using SPARQL Update at {update}")
                    report.method = "update"
            if report.method == "update":
                _update(remote, update, name, chunk, replace=(n == 0))
            report.requests += 1
            report.graphs[name] = report.graphs.get(name, 0) + len(chunk)
        say(f"{name}: {len(lines)} triples")
    report.seconds = time.perf_counter() - t0
    return report


class _NoGraphStore(Exception):
    pass


def _check_iri(iri: str) -> None:
    import pyoxigraph as ox

    try:
        ox.NamedNode(iri)
    except ValueError as e:
        raise RemoteError(f"--graph {iri!r} is not an IRI ({e})") from None
    if ":" not in iri:
        raise RemoteError(f"--graph {iri!r} is not an absolute IRI (e.g. https://example.org/graph/handovers)")


def _gsp(remote: Remote, url: str, graph: str, lines: list[str], replace: bool) -> None:
    r = remote.send("PUT" if replace else "POST", url, params=remote._graph_params(url, graph),
                    data="".join(lines).encode("ascii"), ok=(404, 405, 501),
                    headers={"Content-Type": "text/turtle; charset=utf-8"}, what=f"the data for graph <{graph}>")
    if r.status_code in (404, 405, 501):
        raise _NoGraphStore()


def _update(remote: Remote, url: str, graph: str, lines: list[str], replace: bool) -> None:
    ops = [f"DROP SILENT GRAPH <{graph}>"] if replace else []
    if lines:
        ops.append(f"INSERT DATA {{ GRAPH <{graph}> {{\n{''.join(lines)}}} }}")
    if not ops:
        return
    remote.send("POST", url, data={"update": " ;\n".join(ops)}, what=f"the update for graph <{graph}>")
