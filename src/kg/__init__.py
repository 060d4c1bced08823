"""handover-kg: knowledge graphs of military base handovers from Arabic and English news.

>>> import kg
>>> result = kg.build(["examples/"])   # doctest: +SKIP
>>> result.graph                        # doctest: +SKIP
"""
from .errors import InputError, KGError
from .model import Article, Extraction
from .pipeline import BuildResult, build, extract, write_turtle

__all__ = ["build", "extract", "write_turtle", "BuildResult", "Article", "Extraction", "KGError", "InputError"]
