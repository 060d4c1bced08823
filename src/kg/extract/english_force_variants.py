"""One force, two wordings, within an English article.

News names a unit in full once and shorter after (or before, in a headline): ``the 3rd Division``
for the ``3rd Infantry Division``, ``the Eastern Group`` for the ``Eastern Group of Forces``, and a
movement's men by its name as an adjective (``Houthi fighters`` beside ``the Houthis`` or ``Houthi
rebels``). These passes give such a mention the key and name of the one force of the article it
shortens, so resolution makes one node of them; with two candidate hosts nothing is joined.
"""
from __future__ import annotations

from ..model import Kind
from .english_entity_cand import Cand, is_ordinal_word

_PLACE_LINKS = frozenset({"of", "in", "for"})          # "Group of Forces", "Mission in Chad"
_ARTICLES = frozenset({"the", "a", "an"})


def _words(text: str) -> list[str]:
    ws = text.lower().replace(",", " ").split()
    while ws and ws[0] in _ARTICLES:
        ws = ws[1:]
    return ws


def _identity(c: Cand) -> str:
    """What one real force is known by in the article: its key, else its name."""
    return c.key or (c.name or c.surface).lower()


def _subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(w in it for w in short)


def _shortens(short: list[str], long: list[str], unit_heads: frozenset[str]) -> bool:
    """Is ``short`` a shorter name of the unit ``long`` names?

    - its opening words up to a unit head, before what places or qualifies it: ``Eastern Group``
      of ``Eastern Group of Forces`` (not ``Eastern Group`` of ``Eastern Command``);
    - a numbered unit without its arm: ``3rd Division`` of ``3rd Infantry Division``, the same
      number and head (the number identifies a unit of that head; not ``3rd Brigade``, and not a
      chain of units, ``1st Battalion, 5th Marines``, whose own head comes first)."""
    if len(short) < 2 or len(long) <= len(short) or short[-1] not in unit_heads:
        return False
    if long[:len(short)] == short and long[len(short)] in _PLACE_LINKS:
        return True
    return (short[0] == long[0] and short[-1] == long[-1] and is_ordinal_word(short[0])
            and len(long) - len(short) <= 2 and not any(is_ordinal_word(w) for w in long[1:])
            and _subsequence(short, long))


def join_short_unit_names(forces: list[Cand], unit_heads: frozenset[str]) -> None:
    """A unit named shorter is the one unit of the article whose fuller name it shortens (see
    :func:`_shortens`)."""
    heads = frozenset(h.lower() for h in unit_heads)
    full: dict[str, tuple[Cand, list[str]]] = {}
    for f in forces:
        full.setdefault(_identity(f), (f, _words(f.name or f.surface)))
    for c in forces:
        if c.key is not None:
            continue
        cw = _words(c.name or c.surface)
        hosts = {ident: f for ident, (f, fw) in full.items() if ident != _identity(c) and _shortens(cw, fw, heads)}
        if len(hosts) == 1:
            host = next(iter(hosts.values()))
            c.key, c.name = host.key, host.name


def join_group_fighters(forces: list[Cand]) -> None:
    """``Houthi fighters`` (irregulars named by their group's adjective) are the one force of the
    article named by that word: ``the Houthis``, ``Houthi rebels``, the ``Kurdish-led Syrian
    Democratic Forces`` for ``Kurdish fighters``. Not ``Turkish-backed`` forces, whom the Turks
    only back."""
    for c in forces:
        if "irregulars" not in c.flags or c.key is not None:
            continue
        group = _words(c.name or c.surface)[:-1]
        if not group:
            continue
        word = group[0]
        hosts: dict[str, Cand] = {}
        for f in forces:
            if f is c or "irregulars" in f.flags and _words(f.name or f.surface)[:-1] == group:
                continue
            fw = [_words(x) for x in (f.surface, f.name or "")]
            led = f.a > 0 and f.sent.toks[f.a - 1].text.lower() == word + "-led"
            if any(w[:len(group)] == group and len(w) > len(group) for w in fw if w) or (len(group) == 1 and (
                    led or any(w and w[0] in (word + "s", word + "-led") for w in fw))):
                hosts.setdefault(_identity(f), f)
        if len(hosts) == 1:
            host = next(iter(hosts.values()))
            c.key, c.name = host.key, host.name


def drop_people_only_forces(per: list[list[Cand]], parties: list[Cand | None]) -> None:
    """``left in place for the Iraqis``, ``fled with the Nigerians.``: a nation named only by its
    people's plural, with no act of theirs after it, never by a force noun (``Iraqi troops``, ``the
    Iraqi army``), nor as a party that gives, receives or speaks, nor as a person's body, is people
    the article mentions, not a force it reports on; its mentions are dropped."""
    used = {_identity(c) for c in parties if c is not None}
    used |= {_identity(c.aff) for cands in per for c in cands if c.aff is not None}   # "a spokesman for the X"
    forces = [c for cands in per for c in cands if c.kind is Kind.FORCE]
    named = {_identity(c) for c in forces if "people_word" not in c.flags}
    drop = {_identity(c) for c in forces if "people_word" in c.flags} - named - used
    if drop:
        for cands in per:
            cands[:] = [c for c in cands if not (c.kind is Kind.FORCE and _identity(c) in drop)]
