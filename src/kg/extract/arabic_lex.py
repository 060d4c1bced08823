"""The Arabic lexicon (``data/lang/ar/lexicon.json``) compiled for fast look-up.

Every word list is folded (:func:`kg.normalise.fold`) and stripped of its article once; a
word of the text is looked up through its clitic-peeled forms (:func:`kg.normalise.word_forms`),
so ``والقوات``, ``للقوات`` and ``قوات`` all find ``قوات``. Each distinct word of the text gets a
:class:`Profile` (its tags, trigger and speech readings), computed once and cached.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..normalise import fold, strip_article
from .arabic_text import forms_of


def _w(word: str) -> str:
    return strip_article(fold(word).strip())


def _set(words) -> frozenset[str]:
    return frozenset(_w(x) for x in words if isinstance(x, str) and not x.startswith("_"))


def _phrases(items) -> list[tuple[str, ...]]:
    out = []
    for it in items:
        words = it.split() if isinstance(it, str) else list(it)
        out.append(tuple(fold(w).strip() for w in words))
    return out


def definite(word: str) -> bool:
    """Does the (normalised) word carry the article ال, after at most two proclitics?"""
    w = word
    for _ in range(3):
        if w.startswith("ال") and len(w) > 3:
            return True
        if w.startswith("لل") and len(w) > 3:
            return True
        if w[:1] in "وفبكل" and len(w) > 3:
            w = w[1:]
        else:
            return False
    return False


@dataclass(frozen=True)
class Trigger:
    type: str                 # give | receive | give_or_receive | leave | close | replace
    weak: bool = False
    needs_next: frozenset[str] = frozenset()
    needs_base_in: bool = False
    future: bool = False      # ستنسحب، سيسلم
    pronoun: bool = False     # an object/possessive pronoun is attached (سلمتها، إخلاءها)
    form: str = ""


@dataclass(frozen=True)
class Profile:
    tags: frozenset[str]
    trigger: Trigger | None


class ArabicLexicon:
    """Word lists and tables for the Arabic extractor."""

    def __init__(self, raw: dict):
        m, h, s, p = raw["mentions"], raw["handovers"], raw["speech"], raw["page"]
        fh = m["force_heads"]
        bh = m["base_heads"]
        per = m["person"]
        self.sets: dict[str, frozenset[str]] = {
            "FH_STRONG": _set(fh["strong"]), "FH_WEAK": _set(fh["weak"]), "FH_DEM": _set(fh["demonym_only"]),
            "FH_PLACE": _set(fh.get("place_only", ())), "FH_GENERIC_HEAD": _set(fh["generic"]),
            "F_GENERIC": _set(m["force_generic_words"]), "F_NAMED_ADJ": _set(m["force_named_adjectives"]),
            "F_ENEMY": _set(m["force_enemy_links"]),
            "BH_SING": _set(bh["singular"]), "BH_DUAL": _set(bh["dual"]), "BH_PLUR": _set(bh["plural"]),
            "BH_WEAK": _set(bh["weak"]), "B_ADJ": _set(m["base_adjectives"]),
            "B_GENERIC": _set(m["base_generic_complements"]), "B_LOC": _set(m["base_locative_links"]),
            "ORDINAL": _set(m["base_ordinals"]),
            "LOCALITY": _set(m["locality_nouns"]), "LIST_OPEN": _set(m["list_openers"]),
            "DEST": _set(m["destination_preps"]),
            "ORG_HEAD": _set(m["org_heads"]["heads"]), "ORG_NEED_NAME": _set(m["org_heads"]["need_name"]),
            "MEDIA": _set(m["media_heads"]), "ANON": _set(m["anonymous_sources"]),
            "RANK": _set(per["ranks"]), "RANK_MOD": _set(per["rank_modifiers"]), "TITLE": _set(per["titles"]),
            "ROLE": _set(per["role_nouns"]), "ROLE_LINK": _set(per["role_links"]),
            "P_ANAPH": _set(per["anaphors"]), "PARTICLE": _set(per["name_particles"]),
            "GIVEN": _set(per["given_names"]), "NOT_NAME": _set(m["generic_nouns_not_names"]),
            "FUNC": _set(m["function_words"]), "TIME": _set(m["time_words"]),
            "SPEECH": _set(s["verbs"]), "ANNOUNCE": _set(s["announce_verbs"]),
            "NEEDS_BAYAN": _set(s["verbs_needing_bayan"]), "PARTICIPLE": _set(s["participles"]),
            "COMPL": _set(s["complementizers"]), "COMPL_PREP": _set(s["complement_preps"]),
            "ATTR_PREP": _set(s["attribution_preps"]), "ATTR_VERBAL": _set(s["attribution_verbal"]),
            "STMT_NOUN": _set(s["statement_nouns"]), "ISSUER_LINK": _set(s["statement_issuer_links"]),
            "QUOTE_WORD": _set(s["quote_words"]),
            "EQUIP": _set(h["equipment_nouns"]), "TROOP_HOST": _set(h["troop_host_verbs"]),
            "TROOP_NOUN": _set(h["troop_nouns"]), "PASSIVE": _set(h["passive_markers"]),
            "HOLDER": _set(h["holder_verbs"]),
            "MODAL": _set(h["modal_before"]), "FUTURE_VERB": _set(h["future_verbs"]),
            "MODAL_AFTER": _set(h["modal_after"]),
            "NEG": _set(h["negations"]), "BARE_ANAPH": _set(h["bare_anaphora"]),
        }
        self.force_compounds: dict[str, list[tuple[str, ...]]] = {}
        for comp in _phrases(fh["compound"]):
            comp = tuple(strip_article(w) for w in comp)
            self.force_compounds.setdefault(comp[0], []).append(comp)
        self.on_tongue = _phrases(s["on_tongue"])
        self.boilerplate: dict[str, list[tuple[str, ...]]] = {}
        for phrase in _phrases(p["boilerplate_starts"]):
            if phrase:
                self.boilerplate.setdefault(phrase[0], []).append(phrase)
        self.short_line = int(p.get("short_line_tokens", 12))
        self.object_suffixes = tuple(fold(x) for x in h["object_suffixes"])
        self.triggers: dict[str, Trigger] = {}
        for entry in h["triggers"]:
            nxt = frozenset(fold(x) for x in entry.get("needs_next", ()))
            for form in entry["forms"]:
                f = _w(form)
                self.triggers.setdefault(f, Trigger(entry["type"], bool(entry.get("weak")), nxt,
                                                    bool(entry.get("needs_base_in")), form=f))
        self._cache: dict[str, Profile] = {}
        self._all = frozenset().union(*self.sets.values(), self.triggers)

    # -- per word -----------------------------------------------------------------------------
    def profile(self, word: str) -> Profile:
        p = self._cache.get(word)
        if p is None:
            p = self._cache[word] = self._profile(word)
        return p

    def _profile(self, word: str) -> Profile:
        forms = forms_of(word)
        if len(word) == 3 and word[0] in "وف" and word[1:] in self.sets["NEG"]:
            forms = forms + (word[1:],)           # ولم، ولن، فلا: short particles keep their clitic
        tags = {tag for tag, words in self.sets.items() if any(f in words for f in forms)}
        trig = self._trigger(forms)
        if trig is not None:
            tags.add("TRIGGER")
        if not tags and 3 <= len(forms[0]) <= 6:
            tags |= self._typo_heads(forms[0])
        for f in forms:                       # مقرها، قاعدتها: a base head with a possessive
            for suf in self.object_suffixes:
                if f.endswith(suf) and len(f) - len(suf) >= 3:
                    stem = f[:-len(suf)]
                    stems = (stem, stem[:-1] + "ه") if stem.endswith("ت") else (stem,)   # قاعدتها
                    for tag in ("BH_SING", "BH_PLUR", "FH_STRONG", "HOLDER"):
                        if any(x in self.sets[tag] for x in stems) and tag not in tags:
                            tags.update((tag, "POSS") if tag != "HOLDER" else (tag,))
        return Profile(frozenset(tags), trig)

    def _typo_heads(self, w: str) -> set[str]:
        """A head noun with one letter dropped (القاعد for القاعدة، قوت for قوات): tagged TYPO plus
        the head's tags; the rules accept it only where the next words confirm it."""
        out: set[str] = set()
        for k in range(1, len(w) + 1):
            for c in "اهيو":
                cand = w[:k] + c + w[k:]
                for tag in ("BH_SING", "FH_STRONG"):
                    if cand in self.sets[tag]:
                        out.update((tag, "TYPO"))
        return out

    def _trigger(self, forms: tuple[str, ...]) -> Trigger | None:
        for f in forms:
            t = self.triggers.get(f)
            if t:
                return t
        for f in forms:
            future = f[:1] == "س" and f[1:2] in ("ي", "ت", "ن") and len(f) > 3
            stems = [f] + ([f[1:]] if future else [])
            for k, stem in enumerate(stems):
                fut = k == 1
                t = self.triggers.get(stem)
                if t:
                    return Trigger(t.type, t.weak, t.needs_next, t.needs_base_in, fut, False, t.form)
                for suf in self.object_suffixes:
                    if stem.endswith(suf) and len(stem) - len(suf) >= 3:
                        base = stem[:-len(suf)]
                        t = self.triggers.get(base) or (self.triggers.get(base + "ا") if base.endswith("و") else None)
                        if t:
                            return Trigger(t.type, t.weak, t.needs_next, t.needs_base_in, fut, True, t.form)
        return None

    def known(self, word: str) -> bool:
        """Is the word itself (not a clitic-peeled form) in one of the lists?"""
        return strip_article(word) in self._all

    def has(self, word: str, tag: str) -> bool:
        return tag in self.profile(word).tags
