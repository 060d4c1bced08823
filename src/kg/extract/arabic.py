"""Placeholder arabic extractor: gazetteer names only (replaced by the full extractor)."""
from __future__ import annotations

from ..model import Article, Extraction
from ..normalise import tokens
from . import Resources, register_extractor
from .gazetteer import mention_of


@register_extractor("arabic-rules")
class ArabicExtractor:
    languages = frozenset({"ar"})
    needs = frozenset({"gazetteer"})
    gives = frozenset({"mentions"})

    def __init__(self, resources: Resources):
        self.gaz = resources.get("gazetteer")

    def __call__(self, article: Article) -> Extraction:
        _, toks = tokens(article.text)
        mentions = [mention_of(m, toks, article.text) for m in self.gaz.find_all(toks)]
        return Extraction(article, mentions=mentions)
