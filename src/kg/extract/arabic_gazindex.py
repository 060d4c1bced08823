"""The gazetteer's names as a word trie, for matching at every token of an article.

Same semantics as :meth:`kg.extract.gazetteer.Gazetteer.match_at` (every word of a name matches
one of the clitic-peeled forms of a text word, in order; the longest name wins; short names only
when asked), but a walk down a trie instead of a scan of every name that shares a first word,
so looking up each token of a few-kilobyte article costs microseconds.
"""
from __future__ import annotations

from ..normalise import name_key
from .gazetteer import Gazetteer, Match


class GazIndex:
    def __init__(self, gaz: Gazetteer):
        self.root: dict = {}
        for e in gaz.entries.values():
            for surface, _ in e.names + [(v, k) for k, v in e.labels.items()]:
                self._add(name_key(surface), e, False)
            for surface, _ in e.short_names:
                self._add(name_key(surface), e, True)

    def _add(self, words: tuple[str, ...], entry, short: bool) -> None:
        if not words:
            return
        node = self.root
        for w in words:
            node = node.setdefault(w, {})
        ends = node.setdefault(None, [])
        if not any(e is entry and s == short for e, s in ends):
            ends.append((entry, short))

    def __contains__(self, word: str) -> bool:
        """Does some name begin with this word?"""
        return word in self.root

    def candidates(self, forms, n: int, i: int) -> list[tuple[int, object, bool]]:
        """Every name starting at token ``i``: (length in tokens, entry, short), in the order a
        walk finds them (shorter first)."""
        out = []
        frontier = [(node, i + 1) for f in forms(i) if (node := self.root.get(f)) is not None]
        while frontier:
            nxt = []
            for node, j in frontier:
                for e, s in node.get(None, ()):
                    out.append((j - i, e, s))
                if j < n:
                    for f in forms(j):
                        child = node.get(f)
                        if child is not None:
                            nxt.append((child, j + 1))
            frontier = nxt
        return out

    def match_at(self, forms, n: int, i: int, kinds=None, short: bool = False) -> Match | None:
        """The longest name starting at token ``i``; ``forms(k)`` gives token k's forms."""
        best = None
        frontier = [(node, i + 1) for f in forms(i) if (node := self.root.get(f)) is not None]
        while frontier:
            nxt = []
            for node, j in frontier:
                for e, s in node.get(None, ()):
                    if (kinds and e.kind not in kinds) or (s and not short):
                        continue
                    if best is None or j - i > best[0]:
                        best = (j - i, e, s)
                if j < n:
                    for f in forms(j):
                        child = node.get(f)
                        if child is not None:
                            nxt.append((child, j + 1))
            frontier = nxt
        return Match(best[1], i, i + best[0], best[2]) if best else None
