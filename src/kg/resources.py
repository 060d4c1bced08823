"""Where the project's non-Python files are: the ontology and the SHACL shapes.

The authoritative files live in ``ontology/`` at the repository root (``hko.ttl``,
``shapes.ttl``). We install with ``pip install -e .``, so from this file that folder is
``parents[2]/"ontology"`` (``src/kg/resources.py`` -> ``src/kg`` -> ``src`` -> root). Set
``KG_ONTOLOGY_DIR`` to use another folder (an installed copy, or a modified ontology in tests).
"""
from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "KG_ONTOLOGY_DIR"


def ontology_dir() -> Path:
    """The folder that holds ``hko.ttl`` and ``shapes.ttl``."""
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[2] / "ontology"


def ontology_path(name: str = "hko.ttl") -> Path:
    """The path of one file in the ontology folder; ``FileNotFoundError`` says where it looked."""
    path = ontology_dir() / name
    if not path.is_file():
        raise FileNotFoundError(
            f"{path}: ontology file not found. Run from a source checkout installed with "
            f"`pip install -e .`, or set {ENV_VAR} to the folder holding hko.ttl and shapes.ttl."
        )
    return path
