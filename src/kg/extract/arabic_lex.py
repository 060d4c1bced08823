"""The Arabic lexicon (``data/lang/ar/lexicon.json``) compiled for fast look-up.

Every word list is folded (:func:`kg.normalise.fold`) and stripped of its article once; a
word of the text is looked up through its clitic-peeled forms (:func:`kg.normalise.word_forms`),
so ``والقوات``, ``للقوات`` and ``قوات`` all find ``قوات``. Each distinct word of the text gets a
:class:`Profile` (its tags, trigger and speech readings), computed once and cached.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..normalise import fold, strip_article
from .arabic_text import forms_of


def _w(word: str) -> str:
    """A list word as the text's words are looked up: folded, without its article (but a word
    opening with a hamza on alef before lam has none: ألوية، إليه، آليات keep their first letters)."""
    w = word.strip()
    if w[:2] in ("أل", "إل", "آل"):
        return fold(w)
    return strip_article(fold(w))


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


def stem_shape(stem: str) -> str | None:
    """The derived-noun pattern a bare stem (no article, no ta marbuta) has, if any.

    ``strong``: shapes proper names hardly ever take: the verbal nouns of the derived forms
    انفعال / افتعال / استفعال (انطلاق، ارتكاز، استقبال). ``weak``: shapes names do take now and
    then (تفعيل، تفعّل، مفاعلة and the participles مُفعَّل / مفعول: تدريب، تجمع، مراقبة، مدمر، منقول,
    but also تكريت، تدمر، الموصل), which count only where grammar confirms them."""
    n = len(stem)
    if n == 6 and stem[0] == "ا" and stem[4] == "ا" and (stem[1] == "ن" or stem[2] in "تطد"):
        return "strong"                          # انفعال، افتعال (اصطفاف، ازدحام)
    if n == 7 and stem.startswith("است") and stem[5] == "ا":
        return "strong"                          # استفعال
    if n == 5 and stem[0] == "ت" and stem[3] == "ي":
        return "weak"                            # تفعيل
    if n in (4, 5) and stem[0] == "ت" and "ا" not in stem[1:3] and "و" not in stem[1:3]:
        return "weak"                            # تفعّل، تفعلل (تجمع، تمركز)
    if n == 5 and stem[0] == "م" and stem[2] == "ا":
        return "weak"                            # مفاعلة (without its ta marbuta)
    if stem[0] == "م" and (n == 4 or (n == 5 and stem[3] == "و")):
        return "weak"                            # مُفعَّل، مفعول
    return None


def derived_noun(word: str, last: str = "") -> bool:
    """Is a (normalised) word a verbal noun or participle, by its shape? A common noun, never
    part of a proper name: قاعدة انطلاق، نقطة ارتكاز، مواقع تمركزه، القاعدة المدمرة.

    Strong shapes count alone; weak ones (which names share) only with the article or a
    possessive pronoun attached, or, for participles, the ta marbuta of agreement. ``last`` is
    the word's last letter as written: a final ه is a pronoun unless it was written ة."""
    suffixes = ("هما", "هم", "ها") if last == "ة" else ("هما", "هم", "ها", "ه")
    w = word
    arts = definite(w)
    for _ in range(2):
        if w[:1] in "وفبكل" and len(w) > 4 and not w.startswith("ال"):
            w = w[1:]
    if w.startswith("لل") and len(w) > 4:
        w = w[2:]
    elif w.startswith("ال") and len(w) > 4:
        w = w[2:]
    poss = False
    for suf in suffixes:
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            stem = w[:-len(suf)]
            stem = stem[:-1] + "ه" if stem.endswith("ت") else stem
            if stem_shape(stem.removesuffix("ه")) is not None:
                w, poss = stem, True
                break
    fem = w.endswith("ه")
    stem = w[:-1] if fem else w
    shape = stem_shape(stem)
    if shape == "strong":
        return True
    if shape == "weak":
        participle = stem[0] == "م" and not (len(stem) == 5 and stem[2] == "ا")
        return poss or (arts and (fem or not participle))
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
    needs_before: frozenset[str] = frozenset()   # a noun that is a handover only as the object of
    #                                              one of these verbs (أنهت وجودها في: left)
    base_subject: bool = False    # valid too, without needs_next, when a base is its subject (تعود القاعدة إلى)
    needs_receiver: bool = False  # no claim without a receiver after it (عاد/آل ... إلى X)


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
            "FH_PLACE": _set(fh.get("place_only", ())), "FH_GEN_ONLY": _set(fh.get("genitive_only", ())), "FH_GENERIC_HEAD": _set(fh["generic"]),
            "F_GENERIC": _set(m["force_generic_words"]), "F_NAMED_ADJ": _set(m["force_named_adjectives"]),
            "F_ENEMY": _set(m["force_enemy_links"]),
            "BH_SING": _set(bh["singular"]), "BH_DUAL": _set(bh["dual"]), "BH_PLUR": _set(bh["plural"]),
            "BH_ONE_PLUR": _set(bh["one_base_plurals"]),
            "BH_WEAK": _set(bh["weak"]), "B_ADJ": _set(m["base_adjectives"]),
            "B_GENERIC": _set(m["base_generic_complements"]), "B_LOC": _set(m["base_locative_links"]),
            "ORDINAL": _set(m["base_ordinals"]), "ORDINAL_ADJ": _set(m.get("ordinal_adjectives", ())),
            "LOCALITY": _set(m["locality_nouns"]), "LIST_OPEN": _set(m["list_openers"]),
            "LOC_VERB": _set(m.get("location_verbs", ())),
            "ADMIN": _set(m.get("admin_regions", ())),
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
            "QUOTE_WORD": _set(s["quote_words"]), "WRITE": _set(s.get("writing_verbs", ())),
            "PLATFORM": _set(s.get("platforms", ())),
            "EQUIP": _set(h["equipment_nouns"]), "TROOP_HOST": _set(h["troop_host_verbs"]),
            "TROOP_NOUN": _set(h["troop_nouns"]), "PASSIVE": _set(h["passive_markers"]),
            "HOLDER": _set(h["holder_verbs"]), "STATIVE": _set(h.get("stative_verbs", ())),
            "MODAL": _set(h["modal_before"]), "FUTURE_VERB": _set(h["future_verbs"]),
            "MODAL_AFTER": _set(h["modal_after"]),
            "NEG": _set(h["negations"]), "BARE_ANAPH": _set(h["bare_anaphora"]),
            "DENIAL": _set(h.get("denial_verbs", ())), "IMMINENT": _set(h.get("imminent_before", ())),
            "PEAK": _set(h.get("peak_words", ())),
            "STATIONED": _set(h.get("stationed_words", ())), "ADJACENT": _set(h.get("adjacency_words", ())), "ELLIPSIS": _set(h.get("ellipsis_links", ())),
            "PARTITIVE": _set(w for w in h.get("partitive_nouns", ()) if " " not in w),
            "FH_UNIT": _set(fh.get("units", ())), "NAME_CONT": _set(per.get("name_continuations", ())),
            "RANK_AMBIG": _set(per.get("ambiguous_ranks", ())),
        }
        numbers = [*raw.get("number_words", ()), *raw.get("number_hundred_words", ()),
                   *raw.get("number_scales", ()), *raw.get("number_teen_units", ()), *raw.get("number_half", ())]
        self.sets["NUMBER"] = _set(numbers)       # a number word: a sentence may hold a figure
        if "date_months" in raw:                 # the dates' own month names are time words too
            months = [name.split()[0] for names in raw["date_months"].values() for name in names
                      if len(fold(name.split()[0])) > 2]      # كانون الثاني: the month word only
            self.sets["TIME"] = self.sets["TIME"] | _set(months)
        # words the lists write with a final alef maqsura (على، إلى، لدى): folded, they meet names
        # written with ya (علي); the text's own spelling tells them apart (see arabic_mentions)
        self.maqsura_words = frozenset(
            _w(x) for group in (m["function_words"], m["generic_nouns_not_names"], m["destination_preps"],
                                s["complement_preps"], per["role_links"])
            for x in group if isinstance(x, str) and x.endswith("ى"))
        self.force_compounds: dict[str, list[tuple[str, ...]]] = {}
        for comp in _phrases(fh["compound"]):
            comp = tuple(strip_article(w) for w in comp)
            self.force_compounds.setdefault(comp[0], []).append(comp)
        self.on_tongue = _phrases(s["on_tongue"])
        # kept out of the tags: من and داخل are everywhere; they count only beside an adjacency word
        self.base_landmark_words = _set(h.get("base_landmark_words", ()))
        self.base_landmark_fillers = _set(h.get("base_landmark_fillers", ()))
        self.seat_bodies = _set(h.get("seat_bodies", ()))
        self.military_site_nouns = _set(h.get("military_site_nouns", ()))
        # reporting in a fixed frame (kept out of the tags: عبر is also "across", نقل "moved")
        self.framed_verbs: dict[str, str] = {}
        for frame in ("express", "suffice", "relay"):
            for w in s.get(frame + "_verbs", ()):
                self.framed_verbs.setdefault(_w(w), frame)
        self.suffice_objects = _set(s.get("suffice_objects", ()))
        self.eponym_titles = _set(per.get("eponym_titles", ()))
        self.led_by = frozenset(_phrases(fh.get("led_by", ())))   # بقيادة، تحت قيادة: "led by"
        self.time_adverbial = _set(s.get("time_adverbial_words", ()))
        self.boilerplate: dict[str, list[tuple[str, ...]]] = {}
        for phrase in _phrases(p["boilerplate_starts"]):
            if phrase:
                self.boilerplate.setdefault(phrase[0], []).append(phrase)
        self.short_line = int(p.get("short_line_tokens", 12))
        self.object_suffixes = tuple(fold(x) for x in h["object_suffixes"])
        self.base_head_same_as = {strip_article(fold(k)): strip_article(fold(v))
                                  for k, v in bh.get("same_as", {}).items()}
        rel = h.get("relative_days", {})
        self.relative_days = {tuple(strip_article(fold(w)) for w in ph): off
                              for key, off in (("next", 1), ("same", 0)) for ph in rel.get(key, ())}
        # which words of a phrase are written with the article: there the text's word must have it
        # too (ذلك اليوم: that day; وكان ذلك يوم الأحد: a subject, then a day of its own)
        self.relative_days_article = {tuple(strip_article(fold(w)) for w in ph):
                                      tuple(strip_article(fold(w)) != fold(w) for w in ph)
                                      for key in ("next", "same") for ph in rel.get(key, ())}
        # the phrases by their first word, and their order (the day-finder tries only the phrases a
        # word can open: the whole table at every word was the extractor's slowest loop)
        self.relative_days_by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self.relative_days:
            self.relative_days_by_first.setdefault(phrase[0], []).append(phrase)
        self.relative_days_rank = {phrase: i for i, phrase in enumerate(self.relative_days)}.__getitem__
        # one-word days counted from the day of writing (أمس، اليوم): from a dateline's date
        self.dateline_days = {fold(w): v["days"] for w, v in raw.get("date_relative", {}).items()
                              if " " not in w and isinstance(v, dict) and set(v) == {"days"}}
        self.topic_markers = frozenset(fold(w) for w in h.get("topic_markers", ()))
        # a country's own services (arabic_services): each phrase as its set of folded words without
        # the article, as Doc.forms gives them
        words_of = lambda x: frozenset(strip_article(fold(w)) for w in ([x] if isinstance(x, str) else x))  # noqa: E731
        self.own_services = tuple(words_of(x) for x in fh.get("own_services", ()))
        self.nation_troops = frozenset(words_of(fh.get("nation_troops", ())))
        self.nation_troops_counts = frozenset(fold(w) for w in fh.get("nation_troops_counts", ()))   # آلاف: no article
        self.proxy_links = frozenset(words_of(fh.get("proxy_links", ())))
        self.generic_named_adjectives = frozenset(words_of(m.get("force_generic_named_adjectives", ())))
        self.services_abroad = frozenset(" ".join(sorted(words_of(x))) for x in fh.get("own_services_abroad", ()))
        self.stand_for_country_heads = tuple(words_of(x) for x in m["org_heads"].get("stand_for_country", ()))
        self.object_nouns = _set(per.get("object_nouns", ()))     # نفى X وجود ...: a name ends before them
        self.time_prepositions = frozenset(fold(w) for w in h.get("time_prepositions", ()))
        self.support_verbs = frozenset(fold(w) for w in h.get("support_verbs", ()))
        redo = h.get("redo", {})
        self.redo_verbs = frozenset(strip_article(fold(w)) for w in redo.get("verbs", ()))
        self.redo_nouns = frozenset(strip_article(fold(w)) for w in redo.get("nouns", ()))
        # a month told as the last / next / current one (يونيو الماضي): its year counts from the day
        # of writing
        self.month_deixis = frozenset(fold(w) for w, v in raw.get("date_month_relative_after", {}).items()
                                      if v in ("past", "next", "this"))
        since = h.get("days_since", {})
        self.days_after_words = frozenset(fold(w) for w in since.get("after", ()))
        self.days_units = {fold(w): n for w, n in since.get("units", {}).items()}
        self.days_links = {fold(w): n for w, n in since.get("links", {}).items()}
        self.list_connectives = frozenset(fold(x) for x in h.get("list_connectives", ()))
        self.troop_companions = _set(h.get("troop_companion_nouns", ()))
        money = h.get("money_not_equipment", {})
        self.money_periodic = _set(money.get("periodic", ()))
        self.money_spending = _set(money.get("spending", ()))
        dep = h.get("troop_departures", {})
        self.departure_carriers = _set(dep.get("carriers", ()))
        self.departure_last = _set(dep.get("last", ()))
        self.departure_verbs = _set(dep.get("departure_verbs", ()))
        self.departure_carrying = _set(dep.get("carrying", ()))
        self.departure_remnants = _set(dep.get("remnants", ()))
        self.return_verbs = _set(dep.get("return_verbs", ()))
        self.home_words = _set(dep.get("home_words", ()))
        # words compared with the text's folded word as it stands (article and clitics kept)
        past_deixis = [w for w, v in raw.get("date_weekday_relative_after", {}).items() if v == "past"]
        self.verb_object_gap = frozenset(fold(x) for x in [*h.get("verb_object_gap", ()), *past_deixis,
                                                           *(w + "ة" for w in past_deixis)])
        self.in_favour_of = frozenset(fold(x) for x in h.get("in_favour_of", ()))
        self.control_nouns = _set(h.get("control_nouns", ()))     # إلى السيطرة العراقية: who receives
        self.seat_nouns = _set(h.get("seat_nouns", ()))           # ، آخر معاقل X: X held the base
        self.seat_links = _set(h.get("seat_links", ()))
        self.retake_forms = _set(h.get("retake_forms", ()))       # استعاد: the unit named is the taker's
        self.hands_nouns = _set(h.get("hands_nouns", ()))         # في يد X: X receives
        self.motion_verbs = _set(h.get("motion_verbs", ()))       # توجهت إلى X: where one went
        self.place_spelt_preps = frozenset(fold(x) for x in h.get("place_spelt_preps", ()))
        self.post_place_preps = frozenset(fold(x) for x in per.get("post_place_preps", ()))
        self.as_reported = frozenset(fold(x) for x in s.get("as_reported", ()))
        # the words that make a ceremony the handover's, by role (handovers.ceremony_of_handover)
        self.ceremony_of_handover = {k: _set(v) for k, v in h.get("ceremony_of_handover", {}).items()
                                     if not k.startswith("_")}
        # trigger forms whose entry needs its actor: a takeover by force (اقتحم، سيطر)
        self.needs_actor = frozenset(f for e in h["triggers"] if e.get("needs_actor") for f in _set(e["forms"]))
        # what tells a gazetteer force to be a mission or an operation by its labels
        labels = {k: tuple(fold(w) for w in v) if not k.startswith("en") else tuple(v)
                  for k, v in s.get("mission_labels", {}).items() if not k.startswith("_")}
        # a qualifier is matched without its first article (قوة الأمم المتحدة، القوة ... للأمم المتحدة)
        labels["force_qualifiers"] = tuple(q[2:] if q.startswith("ال") else q for q in labels.get("force_qualifiers", ()))
        self.mission_labels = labels
        ceremony = h.get("ceremony", {})
        self.ceremony_nouns = frozenset(_w(x) for x in ceremony.get("nouns", ()))
        # a flag lowered / raised (with a nationality: that nation gave / received, ceremony._doc_sides)
        self.flag_lowering = _set(ceremony.get("lowering", ()))
        self.flag_raising = _set(ceremony.get("raising", ()))
        self.flag_acts = self.flag_lowering | self.flag_raising
        self.flag_words = self.flag_nouns = _set(ceremony.get("flags", ()))
        home = h.get("home_army", {})
        self.home_army_heads = frozenset(strip_article(fold(x)) for x in home.get("heads", ()))
        self.home_army_heads_adj = frozenset(strip_article(fold(x)) for x in home.get("heads_with_adjective", ()))
        self.home_army_adjectives = frozenset(strip_article(fold(x)) for x in home.get("adjectives", ()))
        # how a military unit is named (military_units; arabic_units), folded, article off; a
        # teen ordinal's second word (الحادية عشرة) is the numbers' teen suffix
        units = raw["military_units"]
        self.irregular_heads = _set(fh["irregular"])            # فصائل عراقية: a group, no army
        self.belonging = _set(units["belonging"])                 # التابعة لـ: ends a name
        self.present_prefixes = tuple(fold(x) for x in units["present_prefixes"])
        self.military_region = tuple(_w(x) for x in units["military_region"])   # (منطقه, عسكريه)
        self.region_adjectives = _set(units["region_adjectives"])
        self.arms = _set(units["arms"])
        self.arm_qualifiers = _set(units["arm_qualifiers"])
        self.named_units = _set(units["named_units"])
        self.teens = _set(raw["number_teen_suffixes"])
        # how a base is named (base_names; arabic_base_names)
        names = raw["base_names"]
        self.possessives = tuple(fold(x) for x in names["possessives"])
        self.compass = _set(names["compass"])
        self.armed_service_adjectives = _set(names["armed_service_adjectives"])
        self.institution_seats = _set(names.get("institution_seats", ()))
        self.site_only_heads = _set(names.get("site_only_heads", ()))
        self.known_as = _set(names.get("known_as", ()))
        self.known_as_fillers = _set(names.get("known_as_fillers", ()))
        self.force_group_nouns = _set(names.get("force_group_nouns", ()))
        self.triggers: dict[str, Trigger] = {}
        for entry in h["triggers"]:
            nxt = frozenset(fold(x) for x in entry.get("needs_next", ()))
            prior = frozenset(_w(x) for x in entry.get("needs_before", ()))
            for form in entry["forms"]:
                f = _w(form)
                self.triggers.setdefault(f, Trigger(entry["type"], bool(entry.get("weak")), nxt,
                                                    bool(entry.get("needs_base_in")), form=f, needs_before=prior,
                                                    base_subject=bool(entry.get("base_subject")),
                                                    needs_receiver=bool(entry.get("needs_receiver"))))
        for f, t in list(self.triggers.items()):
            # the passive participle مفعول of a transitive form I verb (نقل -> منقول، منقولة)
            if len(f) == 3 and t.type in ("give", "leave", "close") and not t.needs_next and not t.needs_before:
                ptcp = "م" + f[:2] + "و" + f[2]
                for form in (ptcp, ptcp + "ه"):
                    self.triggers.setdefault(form, Trigger(t.type, t.weak, t.needs_next, t.needs_base_in, form=form))
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
        if word.startswith("ال") and len(word) > 3:
            forms = forms + (word,)             # ألوية، آليات: listed whole (their أل is no article)
        if len(word) == 3 and word[0] in "وف" and word[1:] in self.sets["NEG"]:
            forms = forms + (word[1:],)           # ولم، ولن، فلا: short particles keep their clitic
        tags = {tag for tag, words in self.sets.items() if any(f in words for f in forms)}
        if "RANK" in tags and "GIVEN" in tags and not word.startswith(("ال", "وال", "لل")):
            tags.discard("RANK")                # عماد، أمين: a given name; the rank takes the article (العماد)
        if "ROLE" in tags and word.endswith("ه") and word[:-1] in self.sets["GIVEN"]:
            tags.discard("ROLE")                # أمينة: without the article, the feminine of a given name
        if "FUNC" in tags and not self._func_as_written(word):
            tags.discard("FUNC")                # العند، البين: a particle never takes the article
        if any(c.isdigit() for c in word) or forms[-1].endswith(("مئه", "مائه", "مئتي", "مئتين")):
            tags.add("NUMBER")                  # 750، ثلاثمئة
        trig = self._trigger(forms)
        if trig is not None:
            tags.add("TRIGGER")
        if not tags:
            for f in forms:                     # the accusative alef of an indefinite noun (متعاقداً)
                if f.endswith("ا") and len(f) > 4:
                    tags |= {tag for tag in ("TROOP_NOUN", "EQUIP") if f[:-1] in self.sets[tag]}
        if not tags:
            for f in forms:                     # حاكمة، مندوبة: the feminine of a listed role is that role
                if f.endswith("ه") and len(f) > 4 and f[:-1] not in self.sets["GIVEN"]:   # أمينة: a name
                    tags |= {tag for tag in ("ROLE", "TITLE") if f[:-1] in self.sets[tag]}
        if not tags and 3 <= len(forms[0]) <= 6:
            tags |= self._typo_heads(forms[0])
        for f in forms:                       # مقرها، قاعدتها: a base head with a possessive
            for suf in self.object_suffixes:
                if f.endswith(suf) and len(f) - len(suf) >= 3:
                    stem = f[:-len(suf)]
                    stems = (stem, stem[:-1] + "ه") if stem.endswith("ت") else (stem,)   # قاعدتها
                    if stem.endswith("ي"):            # مقاتليه، مستشاريها: a plural in construct
                        stems = stems + (stem[:-1] + "ين", stem[:-1] + "ون")
                    for tag in ("BH_SING", "BH_PLUR", "FH_STRONG", "HOLDER", "TROOP_NOUN", "B_GENERIC", "DENIAL",
                                "EQUIP"):
                        if any(x in self.sets[tag] for x in stems) and tag not in tags:
                            tags.update((tag, "POSS") if tag not in ("HOLDER", "DENIAL", "EQUIP") else (tag,))
                            # ما يتم تداوله: a hearsay verb with its object pronoun
                            # مقر قيادتها: a base's complement with a possessive
        return Profile(frozenset(tags), trig)

    _NOMINAL_FUNC = frozenset({"كل", "بعض", "جميع", "عدد", "عده", "نفس", "نفسه", "نفسها"})

    def _func_as_written(self, word: str) -> bool:
        """Is the word a function word without its article being peeled? Prepositions and
        particles never take ال (العند is a name, not عند); quantifier nouns do (البعض، الجميع)."""
        funcs = self.sets["FUNC"]
        w = word
        for k in range(3):
            if w in funcs:
                return True
            if w.startswith("ال") and len(w) > 3 or w.startswith("لل") and len(w) > 4:
                rest = w[2:]
                return rest not in funcs or rest in self._NOMINAL_FUNC
            if w[:1] in "وفبكل" and len(w) > 3 and k < 2:
                w = w[1:]
            else:
                return True
        return True

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
            future = f[:1] == "س" and f[1:2] in ("ي", "ت", "ن", "ا") and len(f) > 3
            stems = [f] + ([f[1:]] if future else [])
            for k, stem in enumerate(stems):
                fut = k == 1
                for cand, pron in self._conjugations(stem):
                    t = self.triggers.get(cand)
                    if t and t.type == "replace" and cand[:1] in "يت" and stem[len(cand):len(cand) + 2] in ("ون", "وا"):
                        continue                    # ينتشرون، يسيطرون: where they are, not a change
                    if t:
                        return replace(t, future=fut, pronoun=pron)
        return None

    def _conjugations(self, stem: str):
        """(form, has an object pronoun) a verb or verbal noun of the text may be written from:
        itself; without an object / possessive pronoun (سلمتها، إخلاءها، سلموها -> سلموا); without
        the dual endings of a listed form (سلمتا -> سلمت، يسلمان -> يسلم), also after a pronoun
        (سلمتاها); without the plural endings of a present form (يغادرون، لم يغادروا -> يغادر). The masculine dual ending ا alone is not peeled: it is the accusative ending
        of adverbs (نقلاً) as often."""
        yield stem, False
        bases = [(stem, False)]
        for suf in self.object_suffixes:
            if stem.endswith(suf) and len(stem) - len(suf) >= 3:
                base = stem[:-len(suf)]
                if base.endswith("و"):
                    yield base + "ا", True          # سلموها -> سلموا
                yield base, True
                bases.append((base, True))
                break
        for base, pron in bases:
            if base.endswith("تا") and len(base) > 4:
                yield base[:-1], pron               # سلمتا -> سلمت
            elif base.endswith("ان") and len(base) > 4 and base[0] in "يت":
                yield base[:-2], pron               # يسلمان -> يسلم
            elif base.endswith("ون") and len(base) > 4 and base[0] in "يت":
                yield base[:-2], pron               # يغادرون، يتسلمون -> يغادر، يتسلم: the plural present
            elif base.endswith("وا") and len(base) > 4 and base[0] in "يت":
                yield base[:-2], pron               # (لم) يغادروا، (أن) يسلموا: its subjunctive / jussive

    def base_head(self, head: str) -> str:
        """The native head a base head stands for (كامب -> معسكر), or the head itself."""
        return self.base_head_same_as.get(head, head)

    def belonging_adjective(self, norm: str) -> bool:
        """Is a folded word, as written, a definite adjective of belonging (التابع، العائدة)?"""
        return norm.startswith("ال") and norm[2:] in self.belonging

    def known(self, word: str) -> bool:
        """Is the word itself (not a clitic-peeled form) in one of the lists?"""
        return strip_article(word) in self._all

    def has(self, word: str, tag: str) -> bool:
        return tag in self.profile(word).tags
