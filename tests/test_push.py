"""Pushing to real servers (Oxigraph, Virtuoso) and running every named query against them, the
local store and a graph file: the answers must be equal. Plus the errors a push can meet."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from kg.push import Remote, RemoteError, _gsp, push
from kg.query import bind, list_queries, run_local, run_remote
from kg.query_render import to_json
from kg.store import Store, open_store
from support.stores import free_port

pytestmark = pytest.mark.slow


def _store_from(ds, path: Path) -> Path:
    with open_store(path, write=True) as st:
        for g in ds.graphs():
            if len(g):
                st.replace_graph(str(g.identifier), g)
    return path


@pytest.fixture(scope="module")
def datasets(examples_build, tmp_path_factory):
    """name -> (on-disk store, TriG file) for the examples' build and the invented corpus."""
    from kg.export import export
    from support.sample import build

    out = {}
    for name, ds in (("examples", examples_build.dataset), ("sample", build())):
        folder = tmp_path_factory.mktemp(f"push-{name}")
        store = _store_from(ds, folder / "store")
        trig = folder / "graph.trig"
        export("trig", store=store, output=trig)
        out[name] = (store, trig)
    return out


def _clear(oxigraph_server, virtuoso_server) -> None:
    oxigraph_server.clear()
    virtuoso_server.clear()


@pytest.mark.parametrize("name", ["examples", "sample"])
def test_push_every_query_gives_equal_answers_everywhere(name, datasets, oxigraph_server, virtuoso_server):
    store, trig = datasets[name]
    with open_store(store) as st:
        graph_names = st.graph_names()
    _clear(oxigraph_server, virtuoso_server)
    r1 = push(oxigraph_server.endpoint, store=store)
    r2 = push(virtuoso_server.endpoint, store=store, user="dba", password=virtuoso_server.password)
    assert set(r1.graphs) == set(r2.graphs) == set(graph_names) and r1.method == r2.method == "gsp"
    remotes = {"oxigraph": Remote(oxigraph_server.endpoint), "virtuoso": Remote(virtuoso_server.endpoint)}
    nonempty = 0
    with open_store(store) as st, Store.from_file(trig) as f:
        for q in list_queries():
            b = bind(q, {p.name: p.example for p in q.params})
            answers = {"store": to_json(run_local(q, b, st)), "file": to_json(run_local(q, b, f))}
            for rname, remote in remotes.items():
                answers[rname] = to_json(run_remote(q, b, remote))
            assert len(set(answers.values())) == 1, (q.name, {k: json.loads(v)["results"]["bindings"][:3]
                                                             for k, v in answers.items()})
            nonempty += bool(json.loads(answers["store"])["results"]["bindings"])
    if name == "sample":
        assert nonempty == len(list_queries())          # every query found something to compare


def test_push_counts_and_batches(datasets, oxigraph_server):
    store, _ = datasets["sample"]
    oxigraph_server.clear()
    r = push(oxigraph_server.endpoint, store=store, batch=50)
    with open_store(store) as st:
        expected = {g: sum(1 for _ in st.quads(g)) for g in st.graph_names()}
    assert r.graphs == expected
    assert r.requests == sum(-(-n // 50) for n in expected.values())
    count = requests.post(oxigraph_server.endpoint, data={"query": "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"},
                          headers={"Accept": "application/sparql-results+json"}).json()
    assert int(count["results"]["bindings"][0]["n"]["value"]) == sum(expected.values())
    again = push(oxigraph_server.endpoint, store=store, batch=50)     # a second push replaces, not doubles
    assert again.graphs == expected


def test_push_graph_file_into_one_graph(datasets, oxigraph_server, virtuoso_server):
    _, trig = datasets["sample"]
    _clear(oxigraph_server, virtuoso_server)
    target = "https://example.org/graph/handovers"
    for endpoint, creds in ((oxigraph_server.endpoint, {}),
                            (virtuoso_server.endpoint, {"user": "dba", "password": virtuoso_server.password})):
        r = push(endpoint, graph_file=trig, graph=target, **creds)
        assert list(r.graphs) == [target]
        q = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{target}> {{ ?s ?p ?o }} }}"
        n = Remote(endpoint).select(q)["results"]["bindings"][0]["n"]["value"]
        assert int(n) == r.triples > 100


def test_push_falls_back_to_sparql_update(datasets, oxigraph_server):
    store, _ = datasets["sample"]
    oxigraph_server.clear()
    r = push(oxigraph_server.endpoint, store=store, gsp=f"{oxigraph_server.base}/no-graph-store")
    assert r.method == "update"
    n = Remote(oxigraph_server.endpoint).select("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")
    assert int(n["results"]["bindings"][0]["n"]["value"]) == r.triples


def test_push_refused_credentials(datasets, virtuoso_server):
    store, _ = datasets["sample"]
    with pytest.raises(RemoteError, match=r"refused the credentials \(HTTP 401\).*--user"):
        push(virtuoso_server.endpoint, store=store, user="dba", password="wrong")
    with pytest.raises(RemoteError, match=r"needs credentials \(HTTP 401\)"):
        push(virtuoso_server.endpoint, store=store, gsp=virtuoso_server.base + "/sparql-graph-crud-auth")


def test_push_unreachable_host(datasets):
    store, _ = datasets["sample"]
    with pytest.raises(RemoteError, match=r"cannot reach 127.0.0.1:\d+ \(connection refused\)"):
        push(f"http://127.0.0.1:{free_port()}/query", store=store)


def test_push_rejected_data_names_the_servers_message(oxigraph_server):
    remote = Remote(oxigraph_server.endpoint)
    with pytest.raises(RemoteError, match=r"rejected the data for graph <https://example.org/g> \(HTTP 400: .+"):
        _gsp(remote, f"{oxigraph_server.base}/store", "https://example.org/g", ["<http://x/a> <http://x/b> .\n"], True)


def test_push_query_on_endpoint_cli(datasets, oxigraph_server):
    store, _ = datasets["sample"]
    oxigraph_server.clear()
    r = subprocess.run([sys.executable, "-m", "kg", "push", "--endpoint", oxigraph_server.endpoint, "--store", str(store)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and "pushed" in r.stderr and "Graph Store Protocol" in r.stderr
    r = subprocess.run([sys.executable, "-m", "kg", "query", "holder-on-date", "-p", "date=2020-06-01", "-p",
                        "base=Camp", "--endpoint", oxigraph_server.endpoint], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "Iraqi army" in r.stdout and "(1 row)" in r.stdout
    r = subprocess.run([sys.executable, "-m", "kg", "push", "--endpoint", "ftp://x", "--store", str(store)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and "not an http(s) URL" in r.stderr
    r = subprocess.run([sys.executable, "-m", "kg", "push", "--endpoint", oxigraph_server.endpoint, "--user", "u",
                        "--store", str(store)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 2 and "give both --user and --password" in r.stderr
