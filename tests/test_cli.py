"""The kg command as a user runs it: real files, a real subprocess, exit codes and messages."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph

from kg.namespace import HKO


def kg(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=cwd)


def test_cli_help_lists_every_command():
    from kg.cli import COMMANDS

    out = kg("--help")
    assert out.returncode == 0
    for name in COMMANDS:
        assert name in out.stdout
        sub = kg(name, "--help")
        assert sub.returncode == 0 and sub.stdout.strip(), f"kg {name} has no help"


def test_cli_build_writes_turtle(tmp_path, examples_dir):
    out = tmp_path / "g.ttl"
    r = kg("build", str(examples_dir), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert str(out) in r.stderr
    g = Graph().parse(out, format="turtle")
    assert len(list(g.subjects(predicate=None, object=HKO.Article))) == 6


def test_cli_build_default_output_is_exports_graph_ttl(tmp_path, examples_dir):
    r = kg("build", str(examples_dir / "en-k1-2020-03-29.txt"), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "exports" / "graph.ttl").stat().st_size > 0


@pytest.mark.parametrize("name,content,reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n ", "empty"),
    ("image.txt", bytes(range(256)) * 8, "binary"),
])
def test_cli_build_skips_bad_input_and_builds_the_rest(tmp_path, examples_dir, name, content, reason):
    bad = tmp_path / name
    bad.write_bytes(content)
    out = tmp_path / "g.ttl"
    r = kg("build", str(bad), str(examples_dir / "ar-k1-2020-03-29.txt"), "-o", str(out))
    assert r.returncode == 1
    line = next(ln for ln in r.stderr.splitlines() if str(bad) in ln)
    assert reason in line
    g = Graph().parse(out, format="turtle")
    assert len(list(g.subjects(predicate=None, object=HKO.Article))) == 1


def test_cli_build_missing_path_is_reported(tmp_path, examples_dir):
    r = kg("build", str(tmp_path / "nope.txt"), str(examples_dir / "ar-k1-2020-03-29.txt"), "-o", str(tmp_path / "g.ttl"))
    assert r.returncode == 1
    assert "nope.txt" in r.stderr and "no such file" in r.stderr


def test_cli_validate_exit_codes(tmp_path, examples_dir):
    good = tmp_path / "good.ttl"
    assert kg("build", str(examples_dir), "-o", str(good)).returncode == 0
    assert kg("validate", str(good)).returncode == 0
    bad = tmp_path / "bad.ttl"
    bad.write_text(good.read_text(encoding="utf-8") + """
<https://w3id.org/handover-kg/id/handover/broken> a <https://w3id.org/handover-kg/ontology#Handover> ;
    <https://w3id.org/handover-kg/ontology#troopsWithdrawn> -5 .
""", encoding="utf-8")
    r = kg("validate", str(bad))
    assert r.returncode == 1
    assert "handover/broken" in r.stdout
    broken = tmp_path / "broken.ttl"
    broken.write_text("this is not turtle", encoding="utf-8")
    r = kg("validate", str(broken))
    assert r.returncode == 2 and "broken.ttl" in r.stderr


def test_cli_python_m_kg_and_console_script_agree():
    exe = Path(sys.executable).with_name("kg")
    assert subprocess.run([str(exe), "--version"], capture_output=True, text=True).stdout == \
        kg("--version").stdout


def test_cli_build_max_bytes_skips_a_larger_article_and_says_how_to_raise_it(tmp_path, examples_dir):
    big = tmp_path / "long.txt"
    big.write_text("The coalition left the camp. " * 200, encoding="utf-8")
    out = tmp_path / "g.ttl"
    r = kg("build", str(big), str(examples_dir / "en-k1-2020-03-29.txt"), "--max-bytes", "1000", "-o", str(out))
    assert r.returncode == 1
    line = next(ln for ln in r.stderr.splitlines() if "long.txt" in ln)
    assert "--max-bytes" in line
    assert len(list(Graph().parse(out, format="turtle").subjects(predicate=None, object=HKO.Article))) == 1


@pytest.mark.parametrize("command", ["ingest", "extract"])
@pytest.mark.parametrize("batch", ["0", "-3", "many"])
def test_cli_batch_must_be_a_whole_number_of_articles(tmp_path, examples_dir, command, batch):
    out = ["-o", str(tmp_path / "x.nq")] if command == "extract" else ["--store", str(tmp_path / "store")]
    r = kg(command, str(examples_dir), "--batch", batch, *out)
    assert r.returncode == 2
    assert "--batch" in r.stderr and "1 or more" in r.stderr
    assert not (tmp_path / "x.nq").exists() and not (tmp_path / "store").exists()
