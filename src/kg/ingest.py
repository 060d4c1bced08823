"""Read inputs into :class:`~kg.model.Article` objects.

Files and folders; ``.txt`` (any encoding we can detect), ``.html``/``.htm`` (text of the page
without scripts, styles and navigation), ``.jsonl`` (one ``{"url","date","title","text"}`` record
a line, read line by line). A bad input never stops the others: :func:`read_inputs` yields
articles and :class:`~kg.errors.InputError` objects in input order, and the caller reports the
errors. What happens with each kind of bad input is in the README ("What happens with bad input").

Encodings, in this order: a BOM (UTF-8, UTF-16, UTF-32); a known binary signature (PDF, ZIP,
images ...) is refused; many control bytes mean UTF-16 without a BOM (both byte orders tried,
the one giving readable text kept) or else binary; valid UTF-8; UTF-8 with a few broken bytes
(replaced); an HTML page's declared ``charset``; the legacy Arabic code page whose decoding
gives most Arabic letters (Windows-1256, ISO-8859-6, Mac Arabic); Windows-1252. Anything but
UTF-8 is said in :attr:`Article.notes` ("decoded as windows-1256").

Text is then made safe to carry: NUL and other control characters and the bidi embedding,
override and isolate controls (U+202A-202E, U+2066-2069) are removed, line ends become ``\\n``
and lone surrogates (possible in JSON ``"\\ud800"``) become U+FFFD; each removal is noted.
"""
from __future__ import annotations

import codecs
import io
import json
import re
from datetime import date
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator

from .errors import InputError
from .model import Article
from .normalise import ARABIC_LETTER as _ARABIC_LETTER

TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

MAX_BYTES = 1_000_000
"""Largest article read: a text file, a JSON Lines line, the text of an HTML page (HTML files
themselves may be :data:`HTML_FACTOR` times larger, scripts and markup being dropped)."""
HTML_FACTOR = 5

_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
_LATIN = re.compile(r"[A-Za-z]")
_URL_HEADER = re.compile(r"^url:\s*(\S+)\s*$")
# Arabic letters, harakat, Arabic comma/semicolon/question mark, Arabic-Indic digits, tatweel
_ARABIC_CORE = re.compile(r"[\u060C\u061B\u061F\u0621-\u0652\u0660-\u0669\u0640]")
_NON_ASCII = re.compile(r"[^\x00-\x7F]")
_GLUED = re.compile(r"[A-Za-z\u00C0-\u024F][\u0621-\u064A]|[\u0621-\u064A][A-Za-z\u00C0-\u024F]")
_DEFINITE = re.compile(r"(?<![\u0621-\u064A])ال")
_COMMON = re.compile(r"[اليمونهرتبة]")
# what readable Arabic or English text is made of (to tell UTF-16 byte orders apart)
_READABLE = re.compile(r"[\t\n\r\x20-\x7E\u00A0-\u024F\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF"
                       r"\u2000-\u206F\u20AC\uFB50-\uFDFF\uFE70-\uFEFF]")
# bytes that do not occur in text (C0 controls but tab, line feed, vertical tab, form feed, CR, ESC)
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 27), *range(28, 32), 127])
_CONTROL = re.compile(r"[\x00-\x08\x0E-\x1F\x7F-\x84\x86-\x9F]")
_BIDI_CONTROL = re.compile(r"[\u202A-\u202E\u2066-\u2069]")
_SURROGATE = re.compile(r"[\uD800-\uDFFF]")
_LINE_BREAK = re.compile(r"\r\n|[\r\x0B\x0C\x85\u2028]")
_BOMS = ((b"\x00\x00\xfe\xff", "utf-32-be", "utf-32"), (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32"),
         (b"\xef\xbb\xbf", "utf-8", "utf-8-sig"), (b"\xff\xfe", "utf-16-le", "utf-16"),
         (b"\xfe\xff", "utf-16-be", "utf-16"))
_SIGNATURES = ((b"%PDF", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx/.epub)"),
               (b"\x1f\x8b", "a gzip archive"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
               (b"GIF8", "a GIF image"), (b"BZh", "a bzip2 archive"), (b"\xfd7zXZ", "an xz archive"),
               (b"7z\xbc\xaf", "a 7-Zip archive"), (b"\x7fELF", "a program (ELF)"), (b"MZ", "a Windows program"),
               (b"\xd0\xcf\x11\xe0", "an old Office document (.doc/.xls)"), (b"SQLite format 3", "an SQLite database"),
               (b"RIFF", "a RIFF file (audio, video or WebP image)"), (b"OggS", "an Ogg media file"),
               (b"ID3", "an MP3 file"), (b"\x00\x00\x00", "a binary file"))
_LEGACY = (("cp1256", "windows-1256"), ("iso8859_6", "iso-8859-6"), ("mac_arabic", "mac-arabic"))
# charsets an HTML page may declare that we are willing to trust (Python codec -> our name)
_DECLARABLE = {"cp1256": "windows-1256", "iso8859-6": "iso-8859-6", "mac-arabic": "mac-arabic",
               "cp1252": "windows-1252", "iso8859-1": "iso-8859-1", "cp720": "cp720", "cp864": "cp864"}
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_SNIFF = 1 << 16


def detect_language(text: str) -> str:
    """'ar' when Arabic letters are at least a third of the letters, else 'en'."""
    ar = len(_ARABIC.findall(text[:20000]))
    la = len(_LATIN.findall(text[:20000]))
    return "ar" if ar and ar * 2 >= la else "en"


# --- bytes -> text ------------------------------------------------------------------------------

def _signature(data: bytes) -> str | None:
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            return what
    return None


def _control_share(data: bytes) -> float:
    sample = data[:_SNIFF]
    return (len(sample) - len(sample.translate(None, _CONTROL_BYTES))) / max(1, len(sample))


def _readable_share(text: str) -> float:
    sample = text[:_SNIFF]
    return len(_READABLE.findall(sample)) / max(1, len(sample))


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a BOM: the byte order whose decoding reads as Arabic/English text."""
    sample = data[:_SNIFF]
    best = None
    for enc in ("utf-16-le", "utf-16-be"):
        share = _readable_share(sample[: len(sample) - len(sample) % 2].decode(enc, errors="replace"))
        if share >= 0.9 and (best is None or share > best[0]):
            best = (share, enc)
    if best is None:
        return None
    return data[: len(data) - len(data) % 2].decode(best[1], errors="replace"), best[1]


def _arabic_score(text: str) -> tuple[int, int] | None:
    """How Arabic a decoding reads: ``None`` unless most non-ASCII characters are Arabic and no
    Arabic letter is glued to a Latin one (Latin text read in an Arabic code page); else the
    number of definite articles (ال) and of the commonest letters, which a wrong Arabic code
    page scrambles (it maps bytes to other Arabic letters)."""
    non_ascii = len(_NON_ASCII.findall(text))
    letters = len(_ARABIC_LETTER.findall(text))
    if not letters or len(_ARABIC_CORE.findall(text)) < 0.6 * non_ascii:
        return None
    if len(_GLUED.findall(text)) * 10 > letters:
        return None
    return len(_DEFINITE.findall(text)), len(_COMMON.findall(text))


def _legacy(data: bytes) -> tuple[str, str] | None:
    """The legacy Arabic code page that reads as most Arabic (ties go to the more common one)."""
    best = None
    for codec, name in _LEGACY:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        score = _arabic_score(text)
        if score is not None and (best is None or score > best[0]):
            best = (score, text, name)
    return (best[1], best[2]) if best else None


def _declared(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` near its start (if we trust it)."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        codec = codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None
    return codec if codec in _DECLARABLE else None


def _wide_or_binary(data: bytes, path: str) -> tuple[str, str] | None:
    """Text and encoding for UTF-16 without a BOM; ``None`` for 8-bit text (NUL bytes inside
    text are tolerated when removing them leaves most of the file and hardly any other control
    byte: they are dropped later, with a note); :class:`InputError` for binary content."""
    if _control_share(data) <= 0.05:
        return None
    found = _utf16_without_bom(data)
    if found:
        return found
    without_nul = data[:_SNIFF].replace(b"\x00", b"")
    if len(without_nul) * 2 >= len(data[:_SNIFF]) and _control_share(without_nul) <= 0.05:
        return None
    raise InputError(path, "is not a text file (binary content)", "give .txt, .html or .jsonl files")


def _decode(data: bytes, path: str, html: bool = False) -> tuple[str, str]:
    if not data.strip():
        raise InputError(path, "the file is empty", "remove it or put the article's text in it")
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace"), name
    what = _signature(data)
    if what:
        raise InputError(path, f"is {what}, not text", "save the article as .txt, .html or .jsonl")
    found = _wide_or_binary(data, path)
    if found:
        return found
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    loose = data.decode("utf-8", errors="replace")
    broken = loose.count("\ufffd")
    if broken * 20 <= len(_NON_ASCII.findall(loose)):    # at most 5 % of the non-ASCII broken
        return loose, f"utf-8 with {broken} invalid byte sequence(s) replaced"
    if html:
        codec = _declared(data)
        if codec:
            try:
                return data.decode(codec), _DECLARABLE[codec]
            except UnicodeDecodeError:
                pass
    found = _legacy(data)
    if found:
        return found
    try:
        return data.decode("cp1252"), "windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "iso-8859-1"


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Text and the encoding it was read in (see the module doc for the order of guesses).
    Raises :class:`InputError` for an empty or binary file."""
    return _decode(data, path)


# --- text -> text fit to carry ----------------------------------------------------------------

def _unsurrogate(text: str) -> tuple[str, int]:
    """Pairs of surrogates joined into their character, lone ones replaced by U+FFFD."""
    if not _SURROGATE.search(text):
        return text, 0
    joined = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return joined, joined.count("\ufffd") - text.count("\ufffd")


def _clean_text(text: str, notes: list[str]) -> str:
    text, lone = _unsurrogate(text)
    text = _LINE_BREAK.sub("\n", text).replace("\u2029", "\n\n")
    text, controls = _CONTROL.subn("", text)
    text, bidi = _BIDI_CONTROL.subn("", text)
    if lone:
        notes.append(f"replaced {lone} lone surrogate(s) with U+FFFD")
    if controls:
        notes.append(f"removed {controls} control character(s)")
    if bidi:
        notes.append(f"removed {bidi} bidi embedding/override/isolate character(s)")
    return text


def _field(value, notes: list[str], what: str) -> str | None:
    """An optional string field of a JSON record, made safe to carry (one line)."""
    if value is None:
        return None
    if not isinstance(value, str):
        notes.append(f"ignored a {what} that is not a string")
        return None
    sink: list[str] = []
    value = " ".join(_clean_text(value, sink).split())
    return value or None


def display_name(name: str) -> str:
    """A path as one printable line: undecodable bytes of a file name (kept by Python as
    surrogates) and control characters become escapes, so messages and literals stay valid."""
    if _SURROGATE.search(name):
        name = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in name)


def _strip_header(text: str) -> tuple[str, str | None]:
    """A leading ``url: ...`` header block (as scrapers write) gives the URL, not text."""
    lines = text.split("\n")
    m = _URL_HEADER.match(lines[0]) if lines else None
    if m and "" in lines:
        i = lines.index("")
        return "\n".join(lines[i + 1:]), m.group(1)
    return text, None


def _mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 1e5 else f"{n:,} bytes"


def _too_big(name: str, size: int, limit: int, line: int | None = None) -> InputError:
    what = "line" if line else "file"
    return InputError(name, f"the {what} is {_mb(size)}, more than the {_mb(limit)} limit for one article",
                      "split it into one article per file or per JSON Lines line, or raise --max-bytes",
                      line=line)


# --- files --------------------------------------------------------------------------------------

def read_file(path: Path, display: str | None = None, *,
              max_bytes: int = MAX_BYTES) -> Iterator[Article | InputError]:
    """Articles in one file (one, or one per JSONL line)."""
    path = Path(path)
    name = display_name(display or str(path))
    suffix = path.suffix.lower()
    try:
        if not path.is_file():
            if path.is_symlink() and not path.exists():
                yield InputError(name, "is a link to a missing file", "fix or remove the link")
            else:
                yield InputError(name, "is not a regular file", "give article files or folders")
            return
        if suffix in JSONL_SUFFIXES:
            with path.open("rb") as fh:
                yield from _read_jsonl(fh, name, max_bytes)
            return
        limit = max_bytes * (HTML_FACTOR if suffix in HTML_SUFFIXES else 1)
        size = path.stat().st_size
        if size > limit:
            yield _too_big(name, size, limit)
            return
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except OSError as e:
        yield InputError(name, f"cannot be read ({e.strerror or e})", "check the path and permissions")
        return
    if len(data) > limit:                       # grew since stat, or a special file
        yield _too_big(name, len(data), limit)
        return
    html = suffix in HTML_SUFFIXES
    try:
        text, enc = _decode(data, name, html=html)
    except InputError as e:
        yield e
        return
    notes: list[str] = [] if enc in ("utf-8", "utf-8-sig") else [f"decoded as {enc}"]
    url = None
    if html:
        from .html_text import html_to_text
        title, text = html_to_text(text)
        text = _clean_text(text, notes)
        title = " ".join(_clean_text(title, []).split()) or None if title else None
        size = len(text.encode("utf-8"))
        if size > max_bytes:
            yield _too_big(name, size, max_bytes)
            return
    else:
        title = None
        text, url = _strip_header(_clean_text(text, notes))
    if not text.strip():
        yield InputError(name, "has no text after reading",
                         "check that the page has an article body" if html else "check that the file holds the article")
        return
    yield Article(source=name, text=text, lang=detect_language(text), url=url, title=title,
                  encoding=enc.split(" ")[0], notes=notes)


def _lines(readline: Callable, limit: int, ends, bom=None) -> Iterator[tuple[int, Any, int]]:
    """``(line number, line or None when too long, length)`` of a binary or text stream
    (``readline``; a line ends with ``ends``), never holding more than ``limit``; ``bom`` is
    dropped from the first line."""
    n = 0
    while True:
        line = readline(limit + 1)
        if not line:
            return
        n += 1
        if n == 1 and bom and line.startswith(bom):
            line = line[len(bom):]
        if len(line) > limit and not line.endswith(ends):
            size = len(line)
            while line and not line.endswith(ends):
                line = readline(1 << 20)
                size += len(line)
            yield n, None, size
        else:
            yield n, line, len(line)


def _read_jsonl(fh: IO[bytes], name: str, max_bytes: int) -> Iterator[Article | InputError]:
    head = fh.read(4096)
    fh.seek(0)
    if not head.strip():
        yield InputError(name, "the file is empty", "remove it or put one JSON record a line in it")
        return
    bom = next(((b, c, label) for b, c, label in _BOMS if head.startswith(b)), None)
    what = _signature(head) if bom is None else None
    if what:
        yield InputError(name, f"is {what}, not JSON Lines", 'give one {"url","date","title","text"} record a line')
        return
    wide, label = (bom[1], bom[2]) if bom and bom[1] != "utf-8" else (None, None)
    if bom is None:
        try:
            found = _wide_or_binary(head, name)
        except InputError as e:
            yield e
            return
        if found:
            wide = label = found[1]
    if wide:      # UTF-16/32: decode as a stream, line by line
        stream = io.TextIOWrapper(fh, encoding=wide, errors="replace", newline="")
        lines = _lines(stream.readline, max_bytes, ("\n", "\r"), "\ufeff" if bom else None)
    else:
        lines = _lines(fh.readline, max_bytes, b"\n")
    first = True
    for n, raw, size in lines:
        if raw is None:
            yield _too_big(name, size, max_bytes, line=n)
            continue
        notes: list[str] = []
        if isinstance(raw, bytes):
            if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            try:
                line, enc = raw.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                try:
                    line, enc = _decode(raw, name)
                except InputError as e:
                    yield InputError(name, e.reason, e.fix, line=n)
                    continue
                notes.append(f"decoded as {enc}")
        else:
            line, enc = raw, label
            if not line.strip():
                continue
            notes.append(f"decoded as {label}")
        if first:
            first = False
            if line.strip() in ("[", "{") or line.lstrip().startswith("[{"):
                yield InputError(name, "is pretty-printed JSON or a JSON array, not JSON Lines",
                                 "write one record a line, e.g. jq -c '.[]' FILE.json > FILE.jsonl")
                return
        yield _record(line, name, n, enc.split(" ")[0], notes)


def _record(line: str, name: str, n: int, enc: str, notes: list[str]) -> Article | InputError:
    fix = 'each line must be one JSON object {"url": ..., "date": ..., "title": ..., "text": ...}'
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as e:
        return InputError(name, f"broken JSON Lines record ({e.msg} at column {e.colno})", fix, line=n)
    except (ValueError, RecursionError) as e:
        return InputError(name, f"broken JSON Lines record ({type(e).__name__}: {str(e)[:80]})", fix, line=n)
    if not isinstance(rec, dict):
        return InputError(name, f"the record is a JSON {type(rec).__name__}, not an object", fix, line=n)
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        return InputError(name, 'the record has no "text" string' if not isinstance(text, str)
                          else 'the record\'s "text" is blank', 'give each record a non-empty "text" string', line=n)
    text = _clean_text(text, notes)
    if not text.strip():
        return InputError(name, 'the record\'s "text" has no readable characters', 'give each record its article text', line=n)
    title = _field(rec.get("title"), notes, "title")
    url = rec.get("url")     # kept as given (lone surrogates aside): build writes an odd one as text, not as an IRI
    if not isinstance(url, str) or not url.strip():
        if url is not None:
            notes.append("ignored a url that is not a string")
        url = None
    else:
        url = _unsurrogate(url.strip())[0]
    published = None
    raw_date = _field(rec.get("date"), notes, "date")
    if raw_date:
        try:
            published = date.fromisoformat(raw_date[:10])
        except ValueError:
            notes.append(f"ignored a date that is not YYYY-MM-DD ({raw_date[:30]!r})")
    return Article(source=f"{name}#{n}", text=text, lang=detect_language(text), url=url, title=title,
                   published=published, encoding=enc, notes=notes)


# --- many inputs --------------------------------------------------------------------------------

def expand(inputs: Iterable[str | Path]) -> Iterator[tuple[Path, str] | InputError]:
    """Files named and the readable files inside folders (sorted, recursive; hidden files and
    folders, such as ``.git``, and files of other suffixes are passed over)."""
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            found = False
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p).parts
                if (f.suffix.lower() in SUFFIXES and not any(part.startswith(".") for part in rel)
                        and f.is_file()):
                    found = True
                    yield f, str(f)
            if not found:
                yield InputError(display_name(str(p)), "the folder holds no .txt, .html or .jsonl file",
                                 "check the folder; hidden files and other suffixes are passed over")
        elif p.exists() or p.is_symlink():
            yield p, str(p)
        else:
            yield InputError(display_name(str(p)), "no such file or folder", "check the path")


def read_inputs(inputs: Iterable[str | Path], *, max_bytes: int = MAX_BYTES) -> Iterator[Article | InputError]:
    """Articles and :class:`InputError` objects, in input order (one error per bad input)."""
    for item in expand(inputs):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_file(*item, max_bytes=max_bytes)
