"""Read inputs into :class:`~kg.model.Article` objects.

Files and folders; ``.txt`` (any encoding we can detect), ``.html``/``.htm`` (text of the page
without scripts, styles and navigation), ``.jsonl`` (one ``{"url","date","title","text"}`` record
a line). A bad input never stops the others: :func:`read_inputs` yields articles and
:class:`~kg.errors.InputError` objects in input order, and the caller reports the errors.
"""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

from .errors import InputError
from .model import Article

TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
_LATIN = re.compile(r"[A-Za-z]")
_URL_HEADER = re.compile(r"^url:\s*(\S+)\s*$")


def detect_language(text: str) -> str:
    """'ar' when Arabic letters are at least a third of the letters, else 'en'."""
    ar = len(_ARABIC.findall(text[:20000]))
    la = len(_LATIN.findall(text[:20000]))
    return "ar" if ar and ar * 2 >= la else "en"


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Text and the encoding it was read in. UTF-8 (with or without BOM), UTF-16 with a BOM,
    then Windows-1256 (legacy Arabic) and Latin-1 as last resorts."""
    if not data.strip():
        raise InputError(path, "the file is empty", "remove it or give it text")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data[:4096]:
        if len(data) > 3 and (data[1::2].count(0) > len(data) // 3 or data[0::2].count(0) > len(data) // 3):
            enc = "utf-16-le" if data[1::2].count(0) > data[0::2].count(0) else "utf-16-be"
            return data.decode(enc, errors="replace"), enc
        raise InputError(path, "not a text file (binary content)", "give .txt, .html or .jsonl files")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1256", errors="replace")
    if len(_ARABIC.findall(text)) > 0.2 * max(1, len(re.findall(r"\w", text))):
        return text, "windows-1256"
    return data.decode("latin-1"), "latin-1"


def _strip_header(text: str) -> tuple[str, str | None]:
    """A leading ``url: ...`` header block (as scrapers write) gives the URL, not text."""
    lines = text.split("\n")
    m = _URL_HEADER.match(lines[0]) if lines else None
    if m and "" in lines:
        i = lines.index("")
        return "\n".join(lines[i + 1:]), m.group(1)
    return text, None


def read_file(path: Path, display: str | None = None) -> Iterator[Article | InputError]:
    """Articles in one file (one, or one per JSONL line)."""
    name = display or str(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        yield InputError(name, f"cannot be read ({e.strerror or e})", "check the path and permissions")
        return
    suffix = path.suffix.lower()
    try:
        text, enc = decode(data, name)
    except InputError as e:
        yield e
        return
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(text, name, enc)
        return
    url = None
    if suffix in HTML_SUFFIXES:
        from .html_text import html_to_text
        title, text = html_to_text(text)
    else:
        title = None
        text, url = _strip_header(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        yield InputError(name, "has no text after reading", "check that the page has an article body")
        return
    art = Article(source=name, text=text, lang=detect_language(text), url=url, title=title, encoding=enc)
    if enc not in ("utf-8", "utf-8-sig"):
        art.notes.append(f"decoded as {enc}")
    yield art


def _read_jsonl(text: str, name: str, enc: str) -> Iterator[Article | InputError]:
    for n, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            if not isinstance(rec, dict) or not isinstance(rec.get("text"), str) or not rec["text"].strip():
                raise ValueError("a record needs a non-empty \"text\" string")
        except ValueError as e:
            yield InputError(name, f"broken JSON Lines record ({e})",
                             'each line must be {"url","date","title","text"}', line=n)
            continue
        published = None
        if isinstance(rec.get("date"), str):
            try:
                published = date.fromisoformat(rec["date"][:10])
            except ValueError:
                pass
        t = rec["text"].replace("\r\n", "\n")
        yield Article(source=f"{name}#{n}", text=t, lang=detect_language(t), url=rec.get("url"),
                      title=rec.get("title"), published=published, encoding=enc)


def expand(inputs: Iterable[str | Path]) -> Iterator[tuple[Path, str] | InputError]:
    """Files named and the readable files inside folders (sorted, recursive)."""
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            for f in sorted(x for x in p.rglob("*") if x.is_file()):
                if f.suffix.lower() in SUFFIXES and not f.name.startswith("."):
                    yield f, str(f)
        elif p.exists():
            yield p, str(p)
        else:
            yield InputError(str(p), "no such file or folder", "check the path")


def read_inputs(inputs: Iterable[str | Path]) -> Iterator[Article | InputError]:
    for item in expand(inputs):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_file(*item)
