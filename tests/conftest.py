"""Shared fixtures. Fixture modules of their own live in tests/support/ and are loaded here."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"

pytest_plugins: list[str] = ["support.stores", "support.browser"]


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def examples_build():
    """The examples built once per test session (a kg.pipeline.BuildResult)."""
    from kg.pipeline import build

    return build([EXAMPLES])


@pytest.fixture(scope="session")
def examples_graph(examples_build):
    return examples_build.graph


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite tests/golden/*/expected.ttl from the current build")
