"""Named queries: headers, typed parameters, answers on a small invented corpus, output formats, CLI."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import QueryError
from kg.query import bind, list_queries, load_query, parse_query, run, run_local, with_values
from kg.query_render import render
from kg.store import Store

ROOT = Path(__file__).resolve().parent.parent
CONTRACT = ("hko:", "prov:", "skos:", "dcterms:", "rdf:", "rdfs:", "nif:")


@pytest.fixture(scope="session")
def sample_file(tmp_path_factory) -> Path:
    """The invented corpus (tests/support/sample.py) built by kg.build, as a TriG file."""
    from support.sample import build

    path = tmp_path_factory.mktemp("sample") / "sample.trig"
    build().serialize(path, format="trig")
    return path


@pytest.fixture()
def sample(sample_file):
    with Store.from_file(sample_file) as st:
        yield st


def rows(result, *cols):
    return [tuple(str(r[c]) if c in r else None for c in cols) for r in result.rows]


def kg(*args, **kw):
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True,
                          timeout=120, **kw)


# --- the files ----------------------------------------------------------------------------------------

def test_query_files_are_documented():
    found = list_queries()
    assert len(found) >= 10
    for q in found:
        assert q.summary and q.description, f"{q.path}: needs #+ summary and #+ description"
        assert "hko:" in q.text and "PREFIX hko: <https://w3id.org/handover-kg/ontology#>" in q.text
        for p in q.params:
            assert p.type in ("iri", "date", "string") and p.example and p.description, f"{q.path}: {p}"
        bind(q, {p.name: p.example for p in q.params})       # every example is a valid value


@pytest.mark.parametrize("name", ["handovers", "base-history", "holder-on-date", "changes-between",
                                  "statements-by-speaker", "statements-about-base", "event-sources",
                                  "disagreements", "forces", "people", "coverage"])
def test_query_named_queries_of_the_issue_exist(name):
    q = load_query(name)
    assert any(term in q.text for term in CONTRACT)


def test_query_every_file_runs_on_the_examples(examples_build, tmp_path):
    path = tmp_path / "examples.trig"
    examples_build.dataset.serialize(path, format="trig")
    with Store.from_file(path) as st:
        for q in list_queries():
            res = run(str(q.path), [f"{p.name}={p.example}" for p in q.params], store=st)
            assert res.vars and all(v[:1] != "_" for v in res.vars)


# --- answers on the invented corpus ---------------------------------------------------------------------

def test_query_handovers_in_time_order(sample):
    r = run("handovers", store=sample)
    assert rows(r, "date", "base_label", "from_label", "to_label", "sources") == [
        ("2020-03-17", "Camp Example", "coalition", "Iraqi army", "2"),
        ("2021-01-10", "Camp Example", "Iraqi army", "Border Guard", "1"),
        ("2021-06-01", "Fort Sample", "Iraqi army", "Ministry of Defence", "1")]


@pytest.mark.parametrize("base", ["Camp Example", "camp example", "معسكر المثال", "camp-example",
                                  "https://w3id.org/handover-kg/id/base/camp-example"])
def test_query_base_history_matches_iri_key_or_any_name(sample, base):
    r = run("base-history", [f"base={base}"], store=sample)
    assert rows(r, "date", "to_label", "statements") == [("2020-03-17", "Iraqi army", "2"),
                                                         ("2021-01-10", "Border Guard", "0")]


@pytest.mark.parametrize("day, holders", [
    ("2020-03-16", {("Camp Example", "coalition"), ("Fort Sample", "Iraqi army")}),
    ("2020-03-17", {("Camp Example", "Iraqi army"), ("Fort Sample", "Iraqi army")}),   # the receiver, that day
    ("2021-01-10", {("Camp Example", "Border Guard"), ("Fort Sample", "Iraqi army")}),
    ("2022-01-01", {("Camp Example", "Border Guard"), ("Fort Sample", "Ministry of Defence")}),
])
def test_query_holder_on_date_with_open_ends(sample, day, holders):
    r = run("holder-on-date", [f"date={day}"], store=sample)
    assert set(rows(r, "base_label", "holder_label")) == holders
    only = run("holder-on-date", [f"date={day}", "base=Fort"], store=sample)
    assert set(rows(only, "base_label", "holder_label")) == {h for h in holders if h[0] == "Fort Sample"}


def test_query_changes_between(sample):
    r = run("changes-between", ["from=2021-01-01", "to=2021-06-01"], store=sample)
    assert rows(r, "date", "base_label") == [("2021-01-10", "Camp Example"), ("2021-06-01", "Fort Sample")]
    assert run("changes-between", ["from=2019-01-01", "to=2019-12-31"], store=sample).rows == []


def test_query_statements_by_speaker_and_about_base(sample):
    r = run("statements-by-speaker", ["speaker=jane doe"], store=sample)
    assert {q for (q,) in rows(r, "quote")} == {"The Iraqi army is ready to secure Camp Example.",
                                                "الجيش العراقي جاهز لتأمين المعسكر"}
    assert run("statements-by-speaker", ["speaker=جين"], store=sample).rows == r.rows
    about = run("statements-about-base", ["base=Fort Sample"], store=sample)
    assert rows(about, "speaker_label", "kind") == [("Omar Test", "reported")]
    camp = run("statements-about-base", ["base=camp-example"], store=sample)
    assert len(camp.rows) == 2


def test_query_event_sources_quote_the_articles_words(sample):
    from support.sample import AR1, EN1

    texts = {"Coalition hands Camp Example to Iraqi army": EN1, "التحالف يسلم معسكر المثال للجيش العراقي": AR1}
    r = run("event-sources", ["handover=hkr:handover/camp-example-2020-03-17"], store=sample)
    assert len(r.rows) >= 9
    for row in r.rows:
        text = texts[str(row["article_label"])]
        assert text[int(row["begin"]):int(row["end"])] == str(row["words"])
    words = {str(row["words"]) for row in r.rows}
    assert {"$1.1 million", "مليون دولار", "About 300 troops"} <= words


def test_query_disagreements_between_sources(sample):
    r = run("disagreements", store=sample)
    assert rows(r, "property", "value1", "words1", "value2", "words2") == [
        ("https://w3id.org/handover-kg/ontology#equipmentValueUSD", "1000000", "مليون دولار", "1100000",
         "$1.1 million")]


def test_query_forces_people_coverage(sample):
    forces = run("forces", ["force=iraqi army"], store=sample)
    assert rows(forces, "role", "base_label", "date") == [("received", "Camp Example", "2020-03-17"),
                                                          ("left", "Camp Example", "2021-01-10"),
                                                          ("left", "Fort Sample", "2021-06-01")]
    assert len(run("forces", store=sample).rows) == 6                 # the optional parameter left out
    people = run("people", store=sample)
    assert set(rows(people, "person_label", "role", "member_of_label")) == {
        ("Jane Doe", "Colonel", "coalition"), ("Jane Doe", "العقيد", "coalition"),
        ("Omar Test", "Brigadier", "Iraqi army")}
    coverage = run("coverage", store=sample)
    assert rows(coverage, "articles", "languages")[0] == ("2", "2")


# --- parameters ------------------------------------------------------------------------------------------

def test_query_parameter_errors():
    q = load_query("holder-on-date")
    with pytest.raises(QueryError, match="has no parameter 'place'.*it takes: date, base"):
        bind(q, ["place=x"])
    with pytest.raises(QueryError, match=r"needs --param date=VALUE \(date, e.g. 2020-06-01\)"):
        bind(q, [])
    with pytest.raises(QueryError, match="not a date"):
        bind(q, ["date=17/03/2020"])
    with pytest.raises(QueryError, match="name=value"):
        bind(q, ["date"])
    with pytest.raises(QueryError, match="not an IRI"):
        bind(load_query("event-sources"), ["handover=not an iri"])
    with pytest.raises(QueryError, match="not an IRI"):
        bind(load_query("event-sources"), ["handover=http://x/a>b"])
    with pytest.raises(QueryError, match="no query named 'nope'.*handovers"):
        load_query("nope")


def test_query_params_are_bound_not_pasted(sample):
    hostile = 'x") } ; DROP ALL #\n\\ "'
    q = load_query("base-history")
    b = bind(q, {"base": hostile})
    assert run_local(q, b, sample).rows == []
    text = with_values(q.text, b)
    assert text.count("DROP ALL") == 0 or '\\"' in text      # escaped inside one literal
    from kg.query import check_syntax
    check_syntax(q, text)                                     # still one valid query
    assert len(sample) > 0


def test_query_values_block_goes_into_the_outer_where():
    text = "PREFIX x: <http://x/>\nSELECT ?a ?_p WHERE { ?a x:p ?_p }"
    q = parse_query("#+ summary: s\n#+ params:\n#+   - name: p\n#+     type: string\n" + text, "t", Path("t.rq"))
    out = with_values(q.text, bind(q, {"p": "v"}))
    assert out.endswith('WHERE { VALUES (?_p) { ("v") }\n ?a x:p ?_p }')
    construct = "CONSTRUCT { ?a ?b ?c } WHERE { ?a ?b ?c }"
    from kg.query import where_position
    assert construct[where_position(construct):].strip() == "?a ?b ?c }"


@pytest.mark.parametrize("body, message", [
    ("SELECT ?a WHERE { { SELECT ?a WHERE { ?a ?b ?_p } } }", "inside a sub-SELECT"),
    ("SELECT ?a ?_p WHERE { ?a ?b ?c FILTER(!BOUND(?_p)) }", "BOUND"),
    ("SELECT ?a WHERE { ?a ?b ?_p }", "outer SELECT must list"),
    ("SELECT ?a ?_p ?_q WHERE { ?a ?b ?_p . ?a ?b ?_q }", "do not declare|does not declare"),
])
def test_query_authoring_rules_are_checked(body, message):
    header = "#+ summary: s\n#+ params:\n#+   - name: p\n#+     type: string\n"
    with pytest.raises(QueryError, match=message):
        parse_query(header + body, "t", Path("t.rq"))


def test_query_syntax_error_is_one_line(tmp_path, sample_file):
    bad = tmp_path / "bad.rq"
    bad.write_text("#+ summary: broken\nSELECT ?a WHERE { ?a ?b }\n")
    r = kg("query", bad, "--graph", sample_file)
    assert r.returncode == 2
    assert r.stderr.startswith("kg query: error: ") and "SPARQL syntax error" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


# --- output ----------------------------------------------------------------------------------------------

def test_query_output_formats(sample):
    r = run("people", store=sample)
    table = render(r, "table").splitlines()
    assert table[0].split() == r.vars and table[-1] == "(3 rows)"
    arabic = next(line for line in table if "العقيد" in line)
    latin = next(line for line in table if "Colonel" in line)
    from kg.query_render import _width
    assert _width(arabic.split("hkr:")[0]) == _width(latin.split("hkr:")[0])     # columns line up
    data = list(csv.reader(io.StringIO(render(r, "csv"))))
    assert data[0] == r.vars and len(data) == 4
    tsv = render(r, "tsv").splitlines()
    assert tsv[0].split("\t")[0] == "?person_label" and '"العقيد"@ar' in render(r, "tsv")
    doc = json.loads(render(r, "json"))
    assert doc["head"]["vars"] == r.vars and len(doc["results"]["bindings"]) == 3
    role = {b["role"]["value"]: b["role"] for b in doc["results"]["bindings"]}
    assert role["العقيد"]["xml:lang"] == "ar"


def test_query_cli_table_and_queries_list(sample_file):
    r = kg("query", "handovers", "--graph", sample_file)
    assert r.returncode == 0, r.stderr
    assert "Camp Example" in r.stdout and "(3 rows)" in r.stdout
    listing = kg("queries")
    assert listing.returncode == 0
    for q in list_queries():
        assert q.name in listing.stdout and q.summary in listing.stdout
    assert "holder-on-date" in listing.stdout and "[base=<string>]" in listing.stdout
    r = kg("query", "holder-on-date", "--graph", sample_file, "-p", "date=2020-06-01", "-f", "json")
    assert json.loads(r.stdout)["results"]["bindings"][0]["holder_label"]["value"] == "Iraqi army"
    r = kg("query", "handovers", "--graph", sample_file, "-p", "x=1")
    assert r.returncode == 2 and "has no parameter 'x'" in r.stderr


def test_query_cli_on_the_store(tmp_path, examples_dir):
    store = tmp_path / "store"
    assert kg("ingest", examples_dir, "--store", store).returncode == 0
    r = kg("query", "articles", "--store", store, "-f", "csv")
    assert r.returncode == 0, r.stderr
    assert len(list(csv.reader(io.StringIO(r.stdout)))) == 7
    env = dict(os.environ, KG_STORE=str(store))
    assert kg("query", "articles", env=env).stdout.count("hkr:article/") == 6
