"""Names a word announces (rules of :class:`~kg.extract.arabic_persons.PersonFinder`): the leader
after بقيادة، برئاسة، بزعامة، التي يرأسها; the one a description names (شاب يدعى X، ضابط اسمه X).
"""
from __future__ import annotations

from .arabic_common import M
from .arabic_participles import speech_words


class PersonCueRules:
    """A mixin of :class:`~kg.extract.arabic_persons.PersonFinder`."""

    def _led_by(self, k: int) -> bool:
        """بقيادة، برئاسة، بزعامة، التي يرأسها / يقودها: the name after it is the leader's."""
        w = self.doc.norm[k]
        return self.mf._led_by(k) or (w,) in self.mf.lex.led_by or w in speech_words("headed_by")

    def _after_led_by(self, i: int) -> M | None:
        """بقيادة NAME، بزعامة NAME: a force or movement led by a person, named in full (two words
        at least; a country or a force after it is a mention of its own and stops the name)."""
        k = i + 1
        if k >= self.n or self.owner[k] is not None or self.mf.punct(k):
            return None
        if self.tags[k] & {"RANK", "ROLE", "TITLE"}:
            return None                                 # بقيادة العقيد X: the rank's own rule
        e = self.name_at(k, 2)
        if e == k or not self._name_word(k):
            return None
        if all(self.doc.norm[x].endswith("ون") for x in range(k, e)):
            return None                                 # يتزعمه متطرفون موالون: a plural noun and its adjective
        return self._person(k, k, e, self._role_after(e))

    def _naming_word(self, k: int) -> bool:
        return self.doc.forms(k)[0] in speech_words("naming_words")

    def _after_naming_word(self, i: int) -> M | None:
        """شاب يدعى NAME، ضابط اسمه NAME: the name a description gives, two words at least (a rank
        before it is the rank's own rule)."""
        k = i + 1
        if k >= self.n or self.owner[k] is not None or self.mf.punct(k) or self.tags[k] & {"RANK", "ROLE", "TITLE"}:
            return None
        e = self.name_at(k, 2)
        if e == k or not self._name_word(k):
            return None
        return self._person(k, k, e, None)
