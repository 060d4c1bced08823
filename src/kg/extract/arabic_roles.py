"""Who acts in a handover clause (rules of :class:`~kg.extract.arabic_handovers.HandoverFinder`).

The agent is the subject: before the verb when it stands right there (SVO: X سلّم، X قد سلّم، وكان
X قد سلّم), else right after it (VSO) or the genitive of a verbal noun, else the nearest force
before it that no preposition governs, no relative clause holds and no earlier verb of the
sentence owns; a duration phrase may stand between a verb and its subject (لتدخلها بعد ساعات X).
A force acts through a part of it (وحدات من X، فصائل تابعة لـ"X"، مقاتلو X in construct) and troops
of a nationality stand for that nation's force (ألف جندي فرنسي غادروا). The receiver follows إلى /
لـ, or is the first of two objects (سلّمت X الجيشَ Y القاعدةَ Z); a receiving verb's giver follows
من or held the base (التي كانت تشغلها X).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Kind
from .arabic_common import AGENTS, RELATIVES, M

if TYPE_CHECKING:
    from .arabic_claims import Claim


_QUOTES = ('"', "«", "“", "'")


class RoleRules:
    """A mixin of :class:`~kg.extract.arabic_handovers.HandoverFinder` (it uses the finder's
    document, tags, mentions and ``_prep`` / ``_agent`` / ``_can_act``)."""

    def _bare(self, m: M, t: int) -> bool:
        """Is m a bare noun phrase (a subject or object, no preposition), possibly through a part
        of it (وحدات من X)?"""
        if self._in_hands(self._np_start(m) - 1):
            return False                             # في يد X، في قبضة X: X holds, it is no subject
        return self._prep(m) == "" or (self._partitive_of(m) and not self._part_governed(m))

    def _part_governed(self, m: M) -> bool:
        """Is the part noun of a partitive m governed by إلى / لـ (لوحدات من X، إلى عناصر من X)?
        Then X receives; it is no subject."""
        k = self._np_start(m)
        w = self.doc.norm[k]
        return w.startswith("لل") or (w[:1] == "ل" and len(self.doc.forms(k)) > 1) \
            or self._prep_at(k) in ("الي", "ل")

    def _partitive_of(self, m: M) -> bool:
        """X in وحدات من X / عناصر من X / آخر الجنود التابعين لـ X: the force a part of which acts."""
        return self._part_start(m) is not None

    def _np_start(self, m: M) -> int:
        """Where the noun phrase of m starts (its part noun when m is partitive)."""
        k = self._part_start(m)
        if k is None:
            return m.a
        doc = self.doc
        while k > 0 and not doc.punct_before(k) and (doc.norm[k - 1] in ("اخر", "بقيه", "باقي", "معظم", "جميع")
                                                     or self.tags[k - 1] & {"PARTITIVE", "TROOP_NOUN"}):
            k -= 1                                   # آخر المستشارين العسكريين
        return k

    def _part_start(self, m: M) -> int | None:
        doc = self.doc
        x = m.a - 1
        if x < 1 or (doc.punct_before(m.a) and doc.gap[m.a].strip() not in _QUOTES):
            return None                              # تابعة لـ"X": a quoted name is no break
        if doc.norm[x] == "من":
            k = x - 1
            o = self.owner[k] if k >= 0 else None
            if o is not None and o is not m and o.kind in AGENTS and o.b == x:
                return o.a                           # الفرقة 27 من الجيش: a unit of the force
        elif doc.norm[m.a][:1] == "ل" or doc.norm[x] == "ل":
            y = x - 1 if doc.norm[x] == "ل" else x
            if y < 1 or doc.forms(y)[0] not in ("تابعين", "تابعه", "تابع", "تابعون") or doc.punct_before(y + 1):
                return None
            k = y - 1
        elif self.tags[x] & {"PARTITIVE", "TROOP_NOUN"} and not doc.defn[x] and not doc.norm[x].isdigit() \
                and not doc.norm[x - 1].isdigit() and (self.owner[x] is None or self.owner[x].cat == "anon"):
            return x                                 # مقاتلو X، عناصر X: a troop noun in construct
        else:
            return None
        lo = k - 3
        while k > lo and k >= 0 and doc.defn[k] and not self.tags[k] & {"PARTITIVE", "TROOP_NOUN"} \
                and not doc.punct_before(k + 1):
            k -= 1                                   # آخر المستشارين العسكريين التابعين
        return k if k >= 0 and self.tags[k] & {"PARTITIVE", "TROOP_NOUN"} else None

    def _agent_of(self, t: int, before: list[M], after: list[M], bases: list[M], start: int):
        """(agent, first object). The subject before the verb when one stands right before it
        (SVO: X سلّم، X قد سلّم، وكان X قد سلّم), else right after it (VSO) or its genitive (a
        verbal noun); else the nearest force before it that no preposition governs and no
        relative clause holds. A bare actor after the verb that is not the subject, before the
        base, is the verb's first object."""
        doc = self.doc
        first_base = min((m.a for m in bases if m.a > t), default=self.n)
        pre = None
        for m in reversed(before):
            if m.kind is Kind.BASE:
                continue
            head = self._chain_head(m, before)
            if self._adjacent_subject(m, t) and self._bare(head, t) and self._can_act(head):
                pre = self._agent(head)
            break
        bare_after = []
        for m in after:
            if m.a - t > (6 if pre is None else 8) or m.a >= first_base:
                break
            if m.kind is None and m.cat == "place" and m.a != t + 1 and not bare_after:
                break
            if m.kind is Kind.BASE:
                break
            if self._bare(m, t) and self._can_act(m) and not m.extra.get("in_role"):
                bare_after.append(m)
            elif self._prep(m) and not bare_after:
                break
        if pre is not None:
            obj = bare_after[0] if bare_after and self._next_to(start, self._np_start(bare_after[0])) else None
            return pre, self._agent(obj)
        if bare_after and self._next_to(start, self._np_start(bare_after[0])):
            agent = self._agent(bare_after[0])
            obj = bare_after[1] if len(bare_after) > 1 and \
                self._next_to(bare_after[0].b, self._np_start(bare_after[1])) else None
            return agent, self._agent(obj)
        for m in reversed(before if not self._after_trigger(t, before) else ()):
            if any("COMPL" in self.tags[x] or "SPEECH" in self.tags[x] for x in range(m.b, t)):
                break                                # the reporter of a clause is not its subject
            if m.kind is Kind.BASE:
                continue
            if m.kind is None and m.cat == "place" and not self._adjacent_subject(m, t):
                continue
            if self._relative_held(m) or m.extra.get("in_role"):
                continue
            if self._prep(m) == "" and self._can_act(m):
                return self._agent(self._first_conjunct(m, before)), None
        return None, None

    def _first_conjunct(self, m: M, before: list[M]) -> M:
        """X وY أنزلتا ...، وسلّمت: of two forces joined as one subject, the first leads."""
        doc = self.doc
        if doc.norm[m.a][:1] != "و" or doc.punct_before(m.a):
            return m
        prev = next((p for p in before if p.b == m.a and p.kind in AGENTS), None)
        return prev if prev is not None and self._prep(prev) == "" else m

    def _subject_before(self, t: int, before: list[M], to: M | None) -> M | None:
        """A passive handover (وجرى تسليم القاعدة) in a sentence whose subject is a force (أنزلت X
        العلم في القاعدة، وجرى بعدها تسليمها): that force gave it, unless it is the receiver or
        only reports the handover (قالت X إنه تم تسليم ...)."""
        for m in reversed(before):
            if any("COMPL" in self.tags[x] for x in range(m.b, t)):
                return None
            if m.kind not in AGENTS or self._relative_held(m) or m.extra.get("in_role"):
                continue
            if self._prep(m) == "" and self._can_act(m) and (to is None or self.group_key(m) != self.group_key(to)):
                return self._agent(m)
        return None

    def _chain_head(self, m: M, before: list[M]) -> M:
        """The first force of a chain a subject noun phrase ends in (قوة من الفرقة X في الجيش Y
        تسلّمت: الفرقة X, of which the army is said after في / من)."""
        doc = self.doc
        while self._prep(m) in ("في", "من") and m.a >= 2 and not doc.punct_before(m.a) \
                and not doc.punct_before(m.a - 1):
            prev = next((p for p in before if p.b == m.a - 1 and p.kind in AGENTS), None)
            if prev is None:
                break
            m = prev
        return m

    def _next_to(self, x: int, y: int) -> bool:
        """Only time words (and the commas around them) between tokens x and y: a verb's subject
        and objects follow it so (سلّمت فرنسا، أمس، الجيشَ ...)."""
        doc = self.doc
        if y - x > 4:
            return False
        if all("TIME" in self.tags[k] or doc.norm[k].isdigit() or doc.norm[k] in ("يوم", "قد", "رسميا")
               for k in range(x, y)):
            return True
        return self._duration(x, y)

    def _duration(self, x: int, y: int) -> bool:
        """A duration phrase between a verb and its subject (لتدخلها بعد ساعات قوات X، دخلت خلال
        يومين وحدات X): words of a time adverbial, one of them a time noun, not only prepositions."""
        doc, adv = self.doc, self.mf.lex.time_adverbial
        timed = False
        for k in range(x, y):
            if self.owner[k] is not None or (k > x and doc.punct_before(k)):
                return False
            if "TIME" in self.tags[k] or doc.norm[k].isdigit():
                timed = True
            elif not any(f in adv for f in doc.forms(k)[:2]):
                return False
            elif doc.norm[k] not in ("في", "قبل", "منذ", "خلال", "بعد"):
                timed = True
        return timed

    def _after_trigger(self, t: int, before: list[M]) -> bool:
        """Does another trigger stand earlier in the sentence? Then the mentions before this one
        are that trigger's objects, not this one's subject."""
        a, _ = self.doc.sentence_of(t)
        return any("TRIGGER" in self.tags[x] for x in range(a, t))

    def _receiver(self, t: int, after: list[M], agent: M | None, we: int) -> M | None:
        """After a giving word: the body after إلى / لـ, also through a part of it (إلى وحدات من
        الجيش) or a noun of control (إلى سيطرة الجيش); else a nation named by its people or its
        control (للعراقيين، إلى السيطرة الأفغانية). After a weak one (نقل، أعاد), a country is
        where things went, not who got them."""
        doc = self.doc
        weak = self.lex.profile(doc.norm[t]).trigger.weak
        for m in after:
            if m is agent or not self._can_act(m) or (weak and m.kind is None):
                continue
            p = self._prep(m)
            if p == "ل" and self._genitive_lam(m):
                continue
            if p in ("الي", "ل") and not self._partitive_of(m):
                return self._agent(m)
            if p == "" and m.a > t + 1 and self._governed_control(m.a - 1) and not doc.punct_before(m.a):
                return self._agent(m)                # إلى عهدة الجيش X، لسيطرة قوات X
            if m.a > t + 1 and self._in_hands(self._np_start(m) - 1) \
                    and self._hands_of_subject(t, self._np_start(m) - 1):
                return self._agent(m)                # في يد X، بأيدي مقاتلي X
            if self._partitive_of(m) and self._part_governed(m):
                return self._agent(m)                # لوحدات من X: through a part of it
            if p == "من" and m.a >= 3 and any(doc.norm[x] in ("الي", "الى") for x in range(m.a - 3, m.a - 1)):
                return self._agent(m)
        return self._nation_governed(t, we, agent)

    def _governed_to(self, x: int, preps: tuple[str, ...] = ("الي", "الى", "ل")) -> bool:
        """Is token x governed by إلى / لـ (للعراقيين، إلى العراقيين، لسيطرة), or by one of
        ``preps`` written apart?"""
        doc = self.doc
        w = doc.norm[x]
        if "ل" in preps and (w.startswith("لل") or (w[:1] == "ل" and len(doc.forms(x)) > 1)):
            return True
        return x > 0 and doc.norm[x - 1] in preps and not doc.punct_before(x) and self.owner[x - 1] is None

    def _in_hands(self, x: int) -> bool:
        """A noun of hands or grip at token x, after في or joined to بـ (في يد، بأيدي، في قبضة)."""
        doc = self.doc
        if x < 1 or self.owner[x] is not None or doc.punct_before(x + 1):
            return False
        w = doc.norm[x]
        if w == "بيد":                               # بيد X (three letters keep their بـ); بيد أن is "but"
            return x + 1 < len(doc.norm) and doc.norm[x + 1] not in ("ان", "أن")
        if not set(doc.forms(x)) & self.lex.hands_nouns:
            return False
        return (w[:1] == "ب" and len(doc.forms(x)) > 1) or (doc.norm[x - 1] == "في" and not doc.punct_before(x))

    def _hands_of_subject(self, t: int, h: int) -> bool:
        """After a falling word (سقط، سقوط), the hands at h take what fell: only a base may stand
        between the word and the hands (its subject or genitive, with a time word: سقط معسكر X أمس
        بأيدي Y). سقط ثلاثة قتلى بأيدي X is a casualty phrase: X takes no base further on."""
        tr = self.lex.profile(self.doc.norm[t]).trigger
        if tr is None or not tr.base_subject:
            return True
        doc = self.doc
        end = h - 1 if h > 0 and doc.norm[h - 1] == "في" else h
        x = t + 1
        while x < end:
            o = self.owner[x]
            if o is not None and o.kind is Kind.BASE and o.b > x:
                x = o.b
            elif self.tags[x] & {"TIME"} and not doc.punct_before(x):
                x += 1
            else:
                return False
        return True

    def _governed_control(self, x: int) -> bool:
        """A noun of control governed by إلى / لـ at token x (إلى السيطرة، لعهدة، إلى أيدي)."""
        return self.owner[x] is None and bool(set(self.doc.forms(x)) & self.lex.control_nouns) \
            and self._governed_to(x)

    def _nation_governed(self, t: int, we: int, agent: M | None,
                         preps: tuple[str, ...] = ("الي", "الى", "ل")) -> M | None:
        """A nation receiving a base, named by no force: its people after إلى / لـ (للعراقيين،
        إلى الأفغان: a plural, never the adjective of a noun before it), or its control, hands or
        troops (إلى السيطرة العراقية، لأيدٍ أفغانية، للجنود الماليين). Its national force; never
        the other party's own. With ``preps`` = من: the nation a base is received from (تسلّم X
        القاعدة من الأمريكيين)."""
        gaz = self.mf.gaz
        for place, x, end in self._nations_governed(t, we, preps):
            if agent is not None and (agent.key == gaz.national_force[place] or agent.place == place):
                continue
            return self._national(place, M(Kind.FORCE, x, end, self.doc.start[x], self.doc.end[end - 1], "national"))
        return None

    def _nations_governed(self, t: int, we: int, preps: tuple[str, ...] = ("الي", "الى", "ل")):
        """(place, first token, end token) of each nation :meth:`_nation_governed` may read."""
        doc, gaz = self.doc, self.mf.gaz
        for x in range(t + 1, we):
            if self.owner[x] is not None or not self._governed_to(x, preps):
                continue
            place, end = self.mf.demonym(x), x + 1
            if place and not self._people(x):
                place = None                         # لأمريكي: one person; the adjective is singular
            if not place and (set(doc.forms(x)) & self.lex.control_nouns or self.tags[x] & {"TROOP_NOUN"}) \
                    and x + 1 < we and not doc.punct_before(x + 1) and self.owner[x + 1] is None:
                place, end = self.mf.demonym(x + 1), x + 2
            if place and place in gaz.national_force:
                yield place, x, end

    def _genitive_lam(self, m: M) -> bool:
        """لـ X right after a force's or a body's head and its adjectives (البعثة المشتركة للأمم
        المتحدة، قوة حفظ السلام لـ X): X owns that noun (a genitive), it receives nothing."""
        doc = self.doc
        x = m.a - 1
        while x >= 0 and m.a - x <= 4 and not doc.punct_before(x + 1):
            t = self.tags[x]
            o = self.owner[x]
            if o is not None and o.kind in AGENTS and not (o.key or o.place):
                return bool(t & {"FH_STRONG", "FH_WEAK", "ORG_HEAD"}) or o.b == m.a
            if t & {"FH_STRONG", "FH_WEAK", "ORG_HEAD"} and o is None:
                return True
            if not doc.defn[x] or t & {"TRIGGER", "FUNC"} or o is not None:
                return False
            x -= 1
        return False

    def _holder(self, after: list[M], agent: M | None) -> M | None:
        """مواقع كانت تشغلها X، الذي كانت تتمركز فيه وحدة من X، التي كانت تحت سيطرة X: the body
        that held what is received gave it (through a part of it, a resumptive فيه / بها between)."""
        doc = self.doc
        for m in after:
            if m is agent or m.kind not in AGENTS or m.a == 0:
                continue
            x = m.a - 1
            while x > 0 and m.a - x <= 3 and not doc.punct_before(x + 1) and \
                    (self.tags[x] & {"BARE_ANAPH", "PARTITIVE"} or doc.norm[x] in ("بها", "به")):
                x -= 1
            if "HOLDER" in self.tags[x] and not doc.punct_before(x + 1):
                return m
            if x > 0 and doc.norm[x - 1] == "تحت" and set(doc.forms(x)) & self.lex.control_nouns \
                    and not doc.punct_before(x + 1) and not doc.punct_before(x):
                return m                             # التي كانت تحت سيطرة X: X held it
        return None

    def _last_leaver(self, prev: list[Claim]) -> M | None:
        for c in reversed(prev[-4:]):
            if c.type in ("leave", "give", "close") and c.frm is not None:
                return c.frm
        return None

    def _partitive(self, t: int, after: list[M]) -> M | None:
        """The last soldier of a force left the base: the force a part of which acts."""
        doc = self.doc
        for m in after:
            if m.kind is Kind.BASE or m.a - t > 6:
                return None
            if (self._prep(m) == "من" or self._partitive_of(m)) and m.kind in AGENTS:
                if any(doc.norm[x] in ("الي", "الى") or (doc.norm[x].startswith("ل") and doc.norm[x] != "ل"
                                                         and not self._partitive_of(m))
                       for x in range(t + 1, m.a)):
                    return None                      # إلى وحدات من الجيش: the receiver
                return m
        return None

    def _troop_subject(self, t: int, before_only: bool = False) -> M | None:
        """Troops of a nationality as the subject, before the verb or right after it (ألف جندي
        فرنسي غادروا؛ غادر آخر 300 جندي فرنسي القاعدة): that nation's force. Troops of two nations
        joined (العسكريون الأتراك والروس) are two forces: the first named acts, the other is
        found as a force of its own."""
        doc = self.doc
        for step, start in ((-1, t - 1),) if before_only else ((-1, t - 1), (1, t + 1)):
            k, troop, nations = start, False, {}
            while 0 <= k < self.n and abs(k - t) <= 7 and self.owner[k] is None:
                if (step < 0 and doc.punct_before(k + 1)) or (step > 0 and doc.punct_before(k)):
                    break
                tk = self.tags[k]
                p = self.mf.demonym(k)
                if p:
                    nations.setdefault(p, k)
                    troop = troop or self._people(k)   # غادر الأمريكيون، بعد رحيل آخر الأمريكيين
                elif tk & {"TROOP_NOUN", "PARTITIVE"} or doc.norm[k].isdigit() or doc.norm[k] in ("نحو", "قرابه", "حوالي", "اخر"):
                    troop = troop or "TROOP_NOUN" in tk
                elif step > 0 and doc.norm[k] == "من" and "PARTITIVE" in self.tags[k - 1]:
                    pass                             # آخر دفعة من العسكريين الروس: a part of the troops
                elif not (doc.norm[k].startswith("و") and self.lex.profile(doc.norm[k][1:]).tags & {"TROOP_NOUN"}):
                    break
                k += step
            known = sorted((k, p) for p, k in nations.items() if self.mf.gaz.national_force.get(p))
            if troop and known:
                for k, p in known[1:]:
                    self._national(p, self._nationality_token(k))
                k, p = known[0]
                return self._national(p, self._nationality_token(k))
        return None

    def _people(self, k: int) -> bool:
        """A nationality in the plural with the article, standing for its people (الأمريكيون،
        الأفغان): its troops when they act. The singular and the feminine (الأمريكي، الأمريكية) are
        adjectives of a noun."""
        return self.doc.defn[k] and not self.doc.forms(k)[-1].endswith(("ي", "يه"))

    def _nationality_token(self, k: int) -> M:
        """The nationality word at k as a mention, without the conjunction و joined to it."""
        doc = self.doc
        start = doc.start[k]
        if doc.text[start:start + 1] == "و" and doc.norm[k][:1] == "و" \
                and self.mf.gaz.place_of_demonym(doc.norm[k][1:]):
            start += 1
        return M(Kind.FORCE, k, k + 1, start, doc.end[k], "national")

    def _subject_of_support(self, m: M, t: int) -> bool:
        """m at most two words before the trigger at t, or three when they are قد and a support
        verb whose object the noun is (الجيش قد بسط سيطرته، وكان الجيش قد أحكم سيطرته)."""
        doc = self.doc
        if t - m.b <= 2:
            return True
        return t - m.b == 3 and not any(doc.punct_before(x) for x in range(m.b, t + 1)) and \
            all(doc.norm[x] in ("قد", "لقد") or doc.norm[x] in self.lex.support_verbs for x in range(m.b, t))

    def _adjacent_subject(self, m: M, t: int) -> bool:
        """Nothing but particles and light verbs between a subject and its trigger
        (X بدأت في ...، X أكملت انسحابها، X قد سلّم)."""
        doc = self.doc
        if t - m.b > 3 or any(doc.punct_before(x) for x in range(m.b, t + 1)):
            return False
        return all(doc.norm[x] in ("قد", "لقد") or "FUNC" in self.tags[x] for x in range(m.b, t))

    def _relative_held(self, m: M) -> bool:
        """Is m inside a relative clause (التي تقودها الولايات المتحدة)?"""
        doc = self.doc
        for x in range(max(0, m.a - 3), m.a):
            if doc.norm[x] in RELATIVES and doc.sent[x] == doc.sent[m.a]:
                return True
        return False

    def _speaker_agent(self, t: int) -> M | None:
        """The trigger sits in a statement by a force (قالت البعثة إنها سلمت ...): the speaker."""
        off = self.doc.start[t]
        for s in self.sf.stmts:
            if s.start <= off < s.end and s.speaker.kind in AGENTS:
                w = self.doc.norm[t - 1] if t else ""
                if w in ("انها", "انه", "انهم", "بانها", "بانه", "اننا", "انا"):
                    return s.speaker                 # the speaker itself
        return None
