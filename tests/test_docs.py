"""The README and the repository keep their promises: the two commands, every command
documented, the demo builds, and no sentence of the dev articles copied into the project."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_docs_readme_opens_with_the_two_commands_and_ci_runs_the_second():
    first_block = re.search(r"```sh\n(.*?)```", README, re.S).group(1)
    assert "python3 tools/dev.py demo" in first_block and "python3 tools/dev.py test" in first_block
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "python3 tools/dev.py test" in ci


def test_docs_every_command_has_a_readme_section():
    from kg.cli import COMMANDS

    for name in COMMANDS:
        assert re.search(rf"`kg {name}\b", README), f"kg {name} is not documented in the README"


def test_docs_demo_command_builds_the_examples():
    r = subprocess.run([sys.executable, str(ROOT / "tools" / "dev.py"), "demo"], capture_output=True, text=True,
                       cwd=ROOT)
    assert r.returncode == 0, r.stderr[-2000:]
    assert "exports/graph.ttl" in r.stdout
    from rdflib import Graph

    assert len(Graph().parse(ROOT / "exports" / "graph.ttl", format="turtle")) > 100


@pytest.mark.skipif(not (ROOT.parent / "shared" / "corpus" / "dev").exists(), reason="../shared is not beside the repo")
def test_docs_no_dev_article_text_in_the_project():
    """Six words in a row shared with a dev article, outside the gazetteer (whose official
    names of bodies are facts, not sentences), mean text was copied."""
    r = subprocess.run([sys.executable, str(ROOT / "tools" / "dev_overlap.py"), "6"], capture_output=True, text=True)
    hits = [ln for ln in r.stdout.splitlines() if not ln.startswith("src/kg/data/gazetteer/")]
    assert not hits, "\n".join(hits)
