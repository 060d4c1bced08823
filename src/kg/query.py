"""Named queries: the documented SPARQL files in ``queries/``, run on the store, a file or an endpoint.

Each ``queries/NAME.rq`` starts with grlc-style comment headers::

    #+ summary: Who held a base on a given day
    #+ description: ...
    #+ params:
    #+   - name: date
    #+     type: date            (iri | date | string | integer | decimal)
    #+     example: 2020-06-01
    #+     default: ""           (makes it optional; left out, it is bound to this value)

A parameter ``name`` is the variable ``?_name`` in the query. Values are typed by the header and
bound, never pasted: locally with rdflib's ``initBindings`` (Oxigraph substitutes them), remotely
as a ``VALUES`` block of escaped RDF terms at the start of the outer WHERE group. Hence two rules,
checked on loading: a parameter is used in the outer query only, not inside a sub-SELECT, and
the outer SELECT projects it (Oxigraph substitutes projected variables only; add it to GROUP BY
where there is one). Columns whose name starts with ``_`` are not shown.
Queries see the default graph as the union of the named graphs (locally; remote servers must
be set up so: Virtuoso is, ``oxigraph serve --union-default-graph`` is) and are written to
give the same answer whether that union keeps duplicates or not.
"""
from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from .errors import QueryError

if TYPE_CHECKING:
    from .store import Store

ENV_VAR = "KG_QUERIES"
PARAM_TYPES = ("iri", "date", "string", "integer", "decimal")
XSD = "http://www.w3.org/2001/XMLSchema#"


def queries_dir() -> Path:
    """``$KG_QUERIES``, else the project's ``queries/`` folder."""
    env = os.environ.get(ENV_VAR)
    return Path(env) if env else Path(__file__).resolve().parents[2] / "queries"


@dataclass
class Param:
    name: str
    type: str = "string"
    example: str = ""
    description: str = ""
    default: str | None = None      # given: the parameter is optional and bound to this when left out

    @property
    def required(self) -> bool:
        return self.default is None


@dataclass
class NamedQuery:
    name: str
    path: Path
    text: str
    summary: str = ""
    description: str = ""
    params: list[Param] = field(default_factory=list)

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


# --- reading the files ------------------------------------------------------------------------------

def _header(text: str, where: str) -> tuple[dict[str, str], list[dict[str, str]]]:
    """The ``#+`` lines: top-level keys (continuation lines indented) and the params list."""
    keys: dict[str, str] = {}
    params: list[dict[str, str]] = []
    current: str | None = None
    for n, line in enumerate(text.splitlines(), 1):
        if not line.startswith("#+"):
            if line.strip() and not line.lstrip().startswith("#"):
                break
            continue
        body = line[2:]
        if current == "params" and body.startswith("   "):
            item = body.strip()
            if item.startswith("- "):
                params.append({})
                item = item[2:]
            if not params or ":" not in item:
                raise QueryError(f"{where}:{n}: a params entry must be '- name: NAME' then 'key: value' lines")
            k, v = item.split(":", 1)
            params[-1][k.strip()] = v.strip()
            continue
        if body.startswith("   ") and current:
            keys[current] = (keys[current] + " " + body.strip()).strip()
            continue
        if ":" not in body:
            raise QueryError(f"{where}:{n}: a header line must be '#+ key: value'")
        k, v = body.split(":", 1)
        current = k.strip()
        keys[current] = v.strip()
    return keys, params


def parse_query(text: str, name: str, path: Path) -> NamedQuery:
    where = str(path)
    keys, raw_params = _header(text, where)
    params = []
    for raw in raw_params:
        if "name" not in raw or not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", raw["name"]):
            raise QueryError(f"{where}: a parameter needs a name of letters, digits and _ ({raw})")
        ptype = raw.get("type", "string")
        if ptype not in PARAM_TYPES:
            raise QueryError(f"{where}: parameter {raw['name']} has type {ptype!r}; use one of {', '.join(PARAM_TYPES)}")
        default = raw.get("default")
        if default is not None and len(default) >= 2 and default[0] == default[-1] and default[0] in "'\"":
            default = default[1:-1]
        params.append(Param(raw["name"], ptype, raw.get("example", ""), raw.get("description", ""), default))
    q = NamedQuery(name, path, text, keys.get("summary", ""), keys.get("description", ""), params)
    _check_params(q)
    return q


def load_query(name_or_file: str) -> NamedQuery:
    """A query by name (``handovers``) or by file (``my.rq``)."""
    p = Path(name_or_file)
    if p.suffix == ".rq" or os.sep in name_or_file:
        if not p.is_file():
            raise QueryError(f"{p}: no such query file")
        return parse_query(p.read_text(encoding="utf-8"), p.stem, p)
    folder = queries_dir()
    path = folder / f"{name_or_file}.rq"
    if not path.is_file():
        names = ", ".join(q.name for q in list_queries()) or f"none in {folder}"
        raise QueryError(f"no query named {name_or_file!r} (known: {names}; or give a .rq file)")
    return parse_query(path.read_text(encoding="utf-8"), name_or_file, path)


def list_queries() -> list[NamedQuery]:
    folder = queries_dir()
    return [parse_query(p.read_text(encoding="utf-8"), p.stem, p) for p in sorted(folder.glob("*.rq"))]


# --- a small SPARQL scanner: enough to find the WHERE group and the variables in sub-SELECTs -------

_TOKEN = re.compile(r"""
    (?P<comment>\#[^\n]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][A-Za-z0-9_\u00B7\u00C0-\uFFFF]+)
  | (?P<word>[A-Za-z_][A-Za-z0-9_-]*)
  | (?P<open>\{) | (?P<close>\}) | (?P<other>.)
""", re.VERBOSE | re.DOTALL)


def _tokens(text: str):
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind in ("comment",) or (kind == "other" and m.group().isspace()):
            continue
        yield kind, m.group(), m.start(), m.end()


def _check_params(q: NamedQuery) -> None:
    declared = {p.name for p in q.params}
    used: set[str] = set()
    depth, sub_depths = 0, []          # brace depths at which sub-SELECTs started
    for kind, tok, _, _ in _tokens(q.text):
        if kind == "open":
            depth += 1
        elif kind == "close":
            depth -= 1
            while sub_depths and depth < sub_depths[-1]:
                sub_depths.pop()
        elif kind == "word" and tok.upper() == "SELECT" and depth > 0:
            sub_depths.append(depth)
        elif kind == "var" and tok[1:2] == "_":
            name = tok[2:]
            used.add(name)
            if sub_depths:
                raise QueryError(f"{q.path}: parameter {tok} is used inside a sub-SELECT; use parameters in the "
                                 "outer query only (remote endpoints get them as VALUES there)")
    if used - declared:
        raise QueryError(f"{q.path}: variables {', '.join('?_' + n for n in sorted(used - declared))} look like "
                         "parameters (?_name) but the #+ params header does not declare them")
    if declared - used:
        raise QueryError(f"{q.path}: parameters {', '.join(sorted(declared - used))} are declared but the query "
                         "does not use ?_NAME for them")
    if re.search(r"BOUND\s*\(\s*[?$]_", q.text, re.I):
        raise QueryError(f"{q.path}: BOUND(?_param) is always false under Oxigraph's substitution; give an "
                         "optional parameter a default (#+ default: \"\") and test for that value instead")
    projected = _projection(q.text)
    if projected is not None and declared - projected:
        raise QueryError(f"{q.path}: the outer SELECT must list the parameters "
                         f"{', '.join('?_' + n for n in sorted(declared - projected))} (Oxigraph binds projected "
                         "variables only; they are not shown)")


def _projection(text: str) -> set[str] | None:
    """Parameter names the outer SELECT projects (None for SELECT * and other query forms)."""
    names: set[str] = set()
    seen_select = False
    depth = 0
    for kind, tok, _, _ in _tokens(text):
        if kind == "word" and tok.upper() in ("CONSTRUCT", "ASK", "DESCRIBE") and not seen_select:
            return None
        if kind == "word" and tok.upper() == "SELECT" and not seen_select:
            seen_select = True
            continue
        if not seen_select:
            continue
        if kind == "open" or (kind == "word" and tok.upper() in ("WHERE", "FROM")):
            break
        if kind == "other" and tok == "*" and depth == 0:
            return None
        if kind == "other" and tok == "(":
            depth += 1
        elif kind == "other" and tok == ")":
            depth -= 1
        elif kind == "var" and depth == 0 and tok[1:2] == "_":
            names.add(tok[2:])
    return names


def where_position(text: str) -> int:
    """Offset just after the ``{`` that opens the outer WHERE group."""
    toks = list(_tokens(text))
    i = 0
    form = None
    while i < len(toks):
        kind, tok, start, end = toks[i]
        if kind == "word" and tok.upper() in ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE"):
            form = tok.upper()
            break
        i += 1
    if form is None:
        raise QueryError("not a SPARQL query (no SELECT, CONSTRUCT, ASK or DESCRIBE)")
    i += 1
    if form == "CONSTRUCT" and i < len(toks) and toks[i][0] == "open":   # skip the template
        depth = 0
        while i < len(toks):
            if toks[i][0] == "open":
                depth += 1
            elif toks[i][0] == "close":
                depth -= 1
                if depth == 0:
                    i += 1
                    break
            i += 1
    while i < len(toks):
        if toks[i][0] == "open":
            return toks[i][3]
        i += 1
    raise QueryError("the query has no WHERE group")


# --- parameters -------------------------------------------------------------------------------------

def _term(param: Param, value: str):
    from rdflib import Literal, URIRef

    from .build import PREFIXES

    t = param.type
    if t == "iri":
        v = value.strip()
        if v.startswith("<") and v.endswith(">"):
            v = v[1:-1]
        prefix, _, rest = v.partition(":")
        if prefix in PREFIXES and not rest.startswith("//"):
            v = PREFIXES[prefix] + rest
        if not re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", v) or re.search(r'[\x00-\x20<>"{}|^`\\]', v):
            raise QueryError(f"--param {param.name}={value}: not an IRI (give a full IRI, or hkr:... / hko:...)")
        return URIRef(v)
    if t == "date":
        try:
            return Literal(date.fromisoformat(value.strip()).isoformat(), datatype=URIRef(XSD + "date"))
        except ValueError:
            raise QueryError(f"--param {param.name}={value}: not a date (give YYYY-MM-DD, e.g. "
                             f"{param.example or '2020-03-17'})") from None
    if t in ("integer", "decimal"):
        pattern = r"[+-]?\d+" if t == "integer" else r"[+-]?(\d+(\.\d*)?|\.\d+)"
        if not re.fullmatch(pattern, value.strip()):
            raise QueryError(f"--param {param.name}={value}: not an {t}")
        return Literal(value.strip(), datatype=URIRef(XSD + t))
    return Literal(value)


def bind(q: NamedQuery, values: dict[str, str] | Iterable[str]) -> dict[str, object]:
    """Typed RDF terms for ``name=value`` pairs (a dict, or strings as given to --param)."""
    if not isinstance(values, dict):
        pairs: dict[str, str] = {}
        for item in values:
            if "=" not in item:
                raise QueryError(f"--param {item!r}: write it as name=value")
            k, v = item.split("=", 1)
            pairs[k.strip()] = v
        values = pairs
    out = {}
    for name, value in values.items():
        param = q.param(name)
        if param is None:
            takes = ", ".join(p.name for p in q.params) or "no parameters"
            raise QueryError(f"the query {q.name} has no parameter {name!r} (it takes: {takes})")
        out[name] = _term(param, value)
    for p in q.params:
        if p.name not in out and p.default is not None:
            out[p.name] = _term(p, p.default)
    missing = [p for p in q.params if p.name not in out]
    if missing:
        raise QueryError(f"the query {q.name} needs " + ", ".join(
            f"--param {p.name}=VALUE ({p.type}, e.g. {p.example})" for p in missing))
    return out


def with_values(text: str, bindings: dict[str, object]) -> str:
    """The query with its parameters as a VALUES block of escaped terms opening the WHERE group."""
    from .store_terms import sparql_term

    names = sorted(bindings)
    if not names:
        return text
    block = (" VALUES (" + " ".join(f"?_{n}" for n in names) + ") { ("
             + " ".join(sparql_term(bindings[n]) for n in names) + ") }\n")
    pos = where_position(text)
    return text[:pos] + block + text[pos:]


# --- running ----------------------------------------------------------------------------------------

@dataclass
class Result:
    """A query's answer in one shape whatever ran it: variables and rows of rdflib terms."""

    vars: list[str]
    rows: list[dict[str, object]]
    boolean: bool | None = None
    seconds: float = 0.0


def _normal(term):
    """One spelling for a term across engines: xsd:string literals are plain literals."""
    from rdflib import Literal

    if isinstance(term, Literal) and term.datatype is not None and str(term.datatype) == XSD + "string":
        return Literal(str(term))
    return term


def check_syntax(q: NamedQuery, text: str | None = None) -> None:
    import pyoxigraph as ox

    try:
        ox.Store().query(text or q.text)
    except SyntaxError as e:
        msg = " ".join(str(e).split())
        raise QueryError(f"{q.path}: SPARQL syntax error: {msg[:300]} (fix the query file)") from None


def run_local(q: NamedQuery, bindings: dict[str, object], store: "Store") -> Result:
    """Run on an open store (or in-memory file store): pyoxigraph with the parameters as
    substitutions, the union of the named graphs as the default graph and the store's prefixes
    (what rdflib's ``Dataset.query`` over oxrdflib does), rows made rdflib terms once per
    distinct term (:func:`kg.store_terms.from_ox_memo`)."""
    import pyoxigraph as ox

    from .store_terms import from_ox_memo, to_ox

    check_syntax(q)
    t0 = time.perf_counter()
    try:
        res = store.ox.query(q.text, use_default_graph_as_union=True, prefixes=_prefixes(store),
                             substitutions={ox.Variable("_" + k): to_ox(v) for k, v in bindings.items()})
    except SyntaxError as e:
        raise QueryError(f"{q.path}: SPARQL syntax error: {' '.join(str(e).split())[:300]}") from None
    except (OSError, RuntimeError, ValueError) as e:
        raise QueryError(f"{q.path}: the query failed ({' '.join(str(e).split())[:300]})") from None
    term = from_ox_memo()
    try:
        if isinstance(res, ox.QueryBoolean):
            return Result([], [], bool(res), time.perf_counter() - t0)
        if isinstance(res, ox.QueryTriples):
            rows = [{"subject": term(t.subject), "predicate": term(t.predicate), "object": term(t.object)}
                    for t in res]
            return Result(["subject", "predicate", "object"], rows, None, time.perf_counter() - t0)
        names = [v.value for v in res.variables]
        shown = [(i, n) for i, n in enumerate(names) if n[:1] != "_"]
        rows = []
        for solution in res:
            values = tuple(solution)
            rows.append({n: term(values[i]) for i, n in shown if values[i] is not None})
    except (OSError, RuntimeError, ValueError) as e:       # evaluation is lazy: errors come while reading
        raise QueryError(f"{q.path}: the query failed ({' '.join(str(e).split())[:300]})") from None
    return Result([n for _, n in shown], rows, None, time.perf_counter() - t0)


def _prefixes(store: "Store") -> dict[str, str]:
    """The prefixes rdflib binds on the store's dataset (usable in a query without PREFIX)."""
    return {prefix: str(ns) for prefix, ns in store.dataset.namespaces()}


def run_remote(q: NamedQuery, bindings: dict[str, object], remote) -> Result:
    """Run on a SPARQL endpoint (a :class:`kg.push.Remote`), parameters as a VALUES block."""
    text = with_values(q.text, bindings)
    check_syntax(q, text)
    t0 = time.perf_counter()
    data = remote.select(text)
    seconds = time.perf_counter() - t0
    if "boolean" in data:
        return Result([], [], bool(data["boolean"]), seconds)
    names = [n for n in data.get("head", {}).get("vars", []) if n[:1] != "_"]
    rows = [{k: _from_json(v) for k, v in b.items() if k[:1] != "_"}
            for b in data.get("results", {}).get("bindings", [])]
    return Result(names, rows, None, seconds)


def _from_json(v: dict):
    from rdflib import BNode, Literal, URIRef

    kind = v.get("type")
    if kind == "uri":
        return URIRef(v["value"])
    if kind == "bnode":
        return BNode(v["value"])
    if "xml:lang" in v:
        return Literal(v["value"], lang=v["xml:lang"])
    if v.get("datatype"):
        return _normal(Literal(v["value"], datatype=URIRef(v["datatype"])))
    return Literal(v["value"])


def run(name_or_file: str, params=(), *, store: "Store | None" = None, remote=None) -> Result:
    """Load, bind and run a named query on an open store or a remote endpoint."""
    q = load_query(name_or_file)
    bindings = bind(q, params)
    if remote is not None:
        return run_remote(q, bindings, remote)
    if store is None:
        raise QueryError("nothing to query: give a store, a graph file or an endpoint")
    return run_local(q, bindings, store)
