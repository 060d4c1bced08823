#!/usr/bin/env python3
"""Set-up and the two things a new user does first, with nothing but Python 3.11:

    python3 tools/dev.py demo    # venv + install, then build the examples into exports/graph.ttl
    python3 tools/dev.py test    # venv + install + system packages the tests use, then the whole suite

System packages (Debian): a Java runtime is expected on the machine; Virtuoso open source,
Apache Jena (riot) and Chromium are installed with apt-get when missing (root, or sudo).
Servers the tests need are started by the tests themselves, on loopback.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
PY = VENV / "bin" / "python"
APT_PACKAGES = {
    # package: a file that shows it is installed
    "virtuoso-opensource": "/usr/bin/virtuoso-t",
    "libapache-jena-java": "/usr/share/java/jena-arq.jar",
    "chromium": "/usr/bin/chromium",  # the viz tests drive it over CDP (tests/support/browser.py): no driver
    "fonts-dejavu-core": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",  # Arabic glyphs in screenshots
}


def sh(*cmd: str, **kw) -> None:
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, **kw)


def venv() -> None:
    if not PY.exists():
        sh(sys.executable, "-m", "venv", str(VENV))
        sh(str(PY), "-m", "pip", "install", "-q", "--upgrade", "pip")
    stamp = VENV / ".installed"
    sources = [ROOT / "pyproject.toml"]
    if not stamp.exists() or any(p.stat().st_mtime > stamp.stat().st_mtime for p in sources):
        sh(str(PY), "-m", "pip", "install", "-q", "-e", f"{ROOT}[test]")
        stamp.touch()


def system_packages() -> None:
    missing = [pkg for pkg, probe in APT_PACKAGES.items() if not Path(probe).exists()]
    if not missing:
        return
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    if not shutil.which("apt-get"):
        sys.exit(f"tools/dev.py: these system packages are needed and apt-get is missing: {', '.join(missing)}")
    sh(*sudo, "apt-get", "update", "-q", env=env)
    sh(*sudo, "apt-get", "install", "-y", "-q", "--no-install-recommends", *missing, env=env)


def demo() -> int:
    venv()
    out = ROOT / "exports" / "graph.ttl"
    code = subprocess.run([str(VENV / "bin" / "kg"), "build", str(ROOT / "examples"), "-o", str(out)]).returncode
    if code == 0:
        print(f"\nThe examples' graph is in {out.relative_to(ROOT)}; try: .venv/bin/kg stats --graph {out.relative_to(ROOT)}")
    return code


def test(extra: list[str]) -> int:
    venv()
    system_packages()
    return subprocess.run([str(PY), "-m", "pytest", "-q", *extra], cwd=ROOT).returncode


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in ("demo", "test", "setup"):
        print(__doc__)
        return 2
    if sys.argv[1] == "setup":
        venv()
        system_packages()
        return 0
    return demo() if sys.argv[1] == "demo" else test(sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
