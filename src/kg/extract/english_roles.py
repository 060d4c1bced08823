"""People named in an English sentence by their roles.

:func:`people` finds names that only their context marks as people (``X, a spokesman for Y``;
``a spokesman for Y X``) and reads roles and affiliations (``commander of Z``, ``of the Danish
army``). :func:`office_name` tells an office (``the Director of Army Public Relations``) from the
person holding it. One name per thing across the article is :mod:`.english_coref`'s job.
"""
from __future__ import annotations

from ..model import Kind
from .english_entities import Cand, Finder
from .english_names import match_phrase
from .english_text import QUOTES, Sentence

_ROLE_END = frozenset({",", ".", ";", ":", ")", "(", "—", "–"}) | QUOTES
_DET = frozenset({"a", "an", "the", "his", "her", "its", "their", "our"})


def _role_phrase(s: Sentence, j: int, finder: Finder) -> int:
    """End of a role phrase starting at token ``j`` (``j`` when it is none)."""
    toks = s.toks
    lex = finder.lex
    k = j
    has_role = False
    while k < len(toks) and k - j < 16:
        t = toks[k]
        if t.text in _ROLE_END or (t.word and k > j and not t.cap and (
                t.low in lex.report_verbs or t.low in lex.be_aux or t.low in lex.modal
                or (t.low.endswith("ed") and toks[k - 1].low not in ("of", "for", "in", "the", "a", "an"))
                or t.low in lex.verbs)):
            break                                   # "…, the camp's Commander urged …": the role ends
        if k > j and t.cap and toks[k - 1].cap and toks[k - 1].low in lex.role_nouns \
                and finder.name_run(toks, k) - k >= 2 and not any(x.low in lex.role_nouns for x in toks[
                    k:finder.name_run(toks, k)]):
            return j                                # "…, French Ambassador Jean Roe and …": another person
        if t.low in lex.role_nouns:
            has_role = True
        k += 1
    if not has_role:
        return j
    first = toks[j]
    if not (first.low in _DET or first.low in lex.role_nouns or first.cap or first.low in ("former", "deputy", "acting")):
        return j
    return k


def _det_before(toks, k: int) -> int | None:
    """The determiner opening the noun phrase whose head is token ``k`` (``the Danish army
    chief``, ``a spokesman``), looking back over at most four modifiers."""
    j = k - 1
    while j >= 0 and k - j <= 5:
        t = toks[j]
        if t.low in _DET or t.low == "former":
            return j
        if t.text in ("'s", "’s") and j > 0 and toks[j - 1].cap and toks[j - 1].word:
            # "Kosovo's prime minister": a proper name's possessive determines the phrase
            a = j - 1
            while a > 0 and j - a < 3 and toks[a - 1].cap and toks[a - 1].word:
                a -= 1
            return a
        if not t.word and t.text not in ("'s", "’s"):
            return None
        j -= 1
    return None


def _cand_in(chosen: list[Cand], a: int, b: int, kinds) -> Cand | None:
    return next((c for c in chosen if a <= c.a and c.b <= b and c.kind in kinds), None)


_NAME_PREPOSITIONS = frozenset({"of", "for", "at", "from", "with", "by", "on", "in", "to"})


def office_name(toks, i: int, taken=()) -> bool:
    """Do the capitalised words from ``i`` continue a run that follows a preposition (``the
    Director of Army Public Relations``)? Then they name an office, not the person holding it.
    A name found before (``a spokesman for Vale Army Omar Sadiq``, ``taken``) ends the run."""
    k = i
    while k > 0 and toks[k - 1].word and toks[k - 1].cap and k - 1 not in taken:
        k -= 1
    return k > 0 and toks[k - 1].low in _NAME_PREPOSITIONS


def people(s: Sentence, chosen: list[Cand], finder: Finder) -> None:
    """Add persons marked by an appositive role; attach roles and affiliations."""
    if s.title:
        return
    toks = s.toks
    n = len(toks)
    taken = set()
    for c in chosen:
        taken.update(range(c.a, c.b))
    actor = (Kind.FORCE, Kind.ORGANIZATION)
    starts = [t.i for t in toks if t.cap and t.word]
    i = 0
    for i0 in starts:
        if i0 < i:
            continue
        i = i0
        t = toks[i]
        if i in taken or not finder.nameword(t):
            i += 1
            continue
        k = finder.name_run(toks, i)
        if k - i < 2 or any(x in taken for x in range(i, k)):
            i = max(k, i + 1)
            continue
        role_a = role_b = None
        if k + 1 < n and toks[k].text == ",":
            e = _role_phrase(s, k + 1, finder)
            if e > k + 1:
                role_a, role_b = k + 1, e
        if role_a is None and i > 0 and not office_name(toks, i, taken):
            # "a spokesman for the army's 12th Vale Brigade Omar Sadiq": the role before the name;
            # "A Brigade spokesman, Omar Sadiq, said": the role, then the name in apposition
            # ("… according to a spokeswoman for the embassy, Rana Haddad." ends the sentence)
            apposed = i > 1 and toks[i - 1].text == "," and k < n and (
                toks[k].text == "," or (k == n - 1 and toks[k].text == "."))
            back = i - 2 if apposed else i - 1
            while back >= 0 and i - back <= 10 and toks[back].text not in _ROLE_END:
                d = _det_before(toks, back) if toks[back].low in finder.lex.role_nouns else None
                if d is not None:
                    role_a, role_b = d, (i - 1 if apposed else i)
                    break
                back -= 1
        if role_a is None:
            i = k
            continue
        c = Cand(Kind.PERSON, s, i, k, name=s.text[toks[i].start:toks[k - 1].end], prio=3)
        c.role = s.text[toks[role_a].start:toks[role_b - 1].end]
        c.aff = _cand_in(chosen, role_a, role_b, actor)
        chosen.append(c)
        taken.update(range(i, k))
        i = k
    chosen.sort(key=lambda c: c.a)
    lex = finder.lex
    for c in chosen:
        if c.kind is not Kind.PERSON:
            continue
        if c.role is None:
            # a gazetteer name written with its title: "President Jean Marceau"
            j = c.a
            while True:
                e = match_phrase(lex.ranks, toks, j) or match_phrase(lex.offices, toks, j)
                if not e or e >= c.b:
                    break
                j = e
            if j > c.a:
                q = c.a - 1 if c.a > 0 and toks[c.a - 1].cap and toks[c.a - 1].word and finder.nationality(
                    toks[c.a - 1]) else c.a
                c.role = s.text[toks[q].start:toks[j - 1].end]
        b = c.b
        if b + 1 < n and toks[b].text == ",":
            e = _role_phrase(s, b + 1, finder)
            if e > b + 1:
                extra = s.text[toks[b + 1].start:toks[e - 1].end]
                if c.role is None:
                    c.role = extra
                elif extra not in c.role:
                    c.role = f"{c.role}, {extra}"
                c.aff = c.aff or _cand_in(chosen, b + 1, e, actor)
        if b + 1 < n and toks[b].low == "of":
            nxt = _cand_in(chosen, b + 1, min(n, b + 8), actor)
            if nxt and nxt.a <= b + 2:
                c.aff = c.aff or nxt
        t0 = c.t0
        if t0 > 2 and toks[t0 - 1].text == ",":
            # "the Danish army chief of staff, General X, said"
            back = t0 - 2
            while back > 0 and t0 - back <= 12 and toks[back].text not in _ROLE_END:
                d = _det_before(toks, back) if toks[back].low in finder.lex.role_nouns else None
                if d is not None and _cand_in(chosen, d, t0 - 1, (Kind.PERSON,)) is not None:
                    break                               # "Minister X, Ambassador Y": a list of persons
                if d is not None:
                    prefix = s.text[toks[d].start:toks[t0 - 2].end]
                    c.role = prefix if not c.role else c.role if prefix in c.role else f"{prefix}, {c.role}"
                    c.aff = c.aff or _cand_in(chosen, back, t0 - 1, actor)
                    break
                back -= 1
        if c.role is None and t0 > 0 and toks[t0 - 1].low in finder.lex.role_nouns and not toks[t0 - 1].cap:
            # "coalition spokesman Col. X": the words before the name say what the person is
            a = t0 - 1
            while a > 0 and t0 - a < 4 and toks[a - 1].word and toks[a - 1].low not in _DET \
                    and toks[a - 1].low not in finder.lex.function_words \
                    and toks[a - 1].low not in finder.lex.report_verbs:
                a -= 1
            c.role = s.text[toks[a].start:toks[t0 - 1].end]
            c.aff = c.aff or _cand_in(chosen, a, t0, actor)
        if c.role is None and c.a > 0:
            # "a spokesman for the army's 12th Vale Brigade Omar Sadiq": the role before the name
            back = c.a - 1
            while back > 0 and c.a - back <= 10 and toks[back].text not in _ROLE_END:
                d = _det_before(toks, back) if toks[back].low in finder.lex.role_nouns else None
                if d is not None:
                    c.role = s.text[toks[d].start:toks[c.a - 1].end]
                    c.aff = c.aff or _cand_in(chosen, back, c.a, actor)
                    break
                back -= 1
