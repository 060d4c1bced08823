"""Extractors: one per language (or method), plugged in behind a Protocol and a registry.

An extractor declares the languages it serves, the resources it ``needs`` (``gazetteer``,
``lexicon:ar`` ...) and what it ``gives``. :func:`pipeline_for` checks the needs when the
pipeline is assembled, so a missing resource fails early and names itself.

To add one::

    @register_extractor("my-extractor")
    class MyExtractor:
        languages = frozenset({"fr"})
        needs = frozenset({"gazetteer", "lexicon:fr"})
        gives = frozenset({"mentions", "handovers", "statements"})
        def __init__(self, resources: Resources): ...
        def __call__(self, article: Article) -> Extraction: ...
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Protocol, runtime_checkable

from ..errors import ExtractorRequirementsError
from ..model import Article, Extraction


@runtime_checkable
class Extractor(Protocol):
    name: str
    languages: frozenset[str]
    needs: frozenset[str]
    gives: frozenset[str]

    def __call__(self, article: Article) -> Extraction: ...


@dataclass
class Resources:
    """What extractors may use, loaded once per process."""

    available: dict[str, object] = field(default_factory=dict)

    def get(self, name: str):
        from .lexicon import load_lexicon
        from .gazetteer import load_gazetteer

        if name not in self.available:
            if name == "gazetteer":
                self.available[name] = load_gazetteer()
            elif name.startswith("lexicon:"):
                self.available[name] = load_lexicon(name.split(":", 1)[1])
            else:
                raise ExtractorRequirementsError(f"unknown resource {name!r}")
        return self.available[name]

    def provides(self, name: str) -> bool:
        try:
            self.get(name)
            return True
        except (ExtractorRequirementsError, FileNotFoundError):
            return False


EXTRACTORS: dict[str, type] = {}


def register_extractor(name: str) -> Callable[[type], type]:
    """Class decorator: make an extractor findable by name (``grep register_extractor``)."""

    def deco(cls: type) -> type:
        cls.name = name
        EXTRACTORS[name] = cls
        return cls

    return deco


def _load_builtin() -> None:
    from . import arabic, english  # noqa: F401  (registers them)


def extractor_for(lang: str, resources: Resources, name: str | None = None) -> Extractor:
    """The extractor serving ``lang`` (or the one called ``name``), with its needs checked."""
    _load_builtin()
    if name:
        if name not in EXTRACTORS:
            raise ExtractorRequirementsError(
                f"no extractor called {name!r}; registered: {', '.join(sorted(EXTRACTORS))}")
        cls = EXTRACTORS[name]
    else:
        found = [c for c in EXTRACTORS.values() if lang in c.languages]
        if not found:
            raise ExtractorRequirementsError(
                f"no extractor serves language {lang!r}; registered: "
                + ", ".join(f"{n} ({'/'.join(sorted(c.languages))})" for n, c in sorted(EXTRACTORS.items())))
        cls = found[0]
    missing = [n for n in sorted(cls.needs) if not resources.provides(n)]
    if missing:
        raise ExtractorRequirementsError(
            f"extractor {cls.name!r} needs {', '.join(missing)}, which this installation lacks "
            "(reinstall the package: its data files are missing)")
    return cls(resources)


__all__ = ["Extractor", "Resources", "register_extractor", "extractor_for", "EXTRACTORS"]
