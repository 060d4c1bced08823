"""Inputs as they come: encodings, HTML pages, JSON Lines corpora, empty/binary/huge files,
folders of thousands of files. Real files in tmp_path; the CLI as a subprocess where the
message the user reads matters."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Graph

from kg.errors import InputError
from kg.html_text import html_to_text
from kg.ingest import MAX_BYTES, decode, detect_language, read_file, read_inputs
from kg.model import Article
from kg.namespace import HKO

# our own sentences (not from the corpus); the Arabic ones use letters every code page has
AR = "سلمت القوات الأجنبية قاعدة الصقر إلى الجيش، يوم الأحد. وقال متحدث إن الجنود غادروا المعسكر؟ نعم."
AR_1256 = "قال «المتحدث» إن الجنود غادروا معسكر چمچمال."        # «» and چ: bytes ISO-8859-6 lacks
AR_DIGITS = "غادر ٣٠٠ جندي المعسكر يوم ٢٩ آذار ٢٠٢٠ بحسب المتحدث."   # Arabic-Indic digits: not in ISO-8859-6
EN = "The foreign troops handed the Falcon base to the army on Sunday, a spokesman said."
EN_ACCENTS = "The café near the base reopened — naïve hopes, the résumé said."


def kg(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, cwd=cwd)


def articles(items) -> list[Article]:
    return [x for x in items if isinstance(x, Article)]


def errors(items) -> list[InputError]:
    return [x for x in items if isinstance(x, InputError)]


def built_articles(ttl: Path) -> int:
    return len(set(Graph().parse(ttl, format="turtle").subjects(None, HKO.Article)))


def stderr_lines_about(stderr: str, needle: str) -> list[str]:
    return [ln for ln in stderr.splitlines() if needle in ln]


# --- encodings --------------------------------------------------------------------------------

ENCODINGS = [
    # (lang, text, how to make the bytes, encoding we must report, whether it is noted)
    ("ar", AR, lambda t: t.encode("utf-8"), "utf-8", False),
    ("en", EN, lambda t: t.encode("utf-8"), "utf-8", False),
    ("ar", AR, lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"), "utf-8-sig", False),
    ("en", EN, lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"), "utf-8-sig", False),
    ("ar", AR, lambda t: t.encode("utf-16"), "utf-16", True),
    ("en", EN, lambda t: t.encode("utf-16"), "utf-16", True),
    ("ar", AR, lambda t: t.encode("utf-16-le"), "utf-16-le", True),
    ("en", EN, lambda t: t.encode("utf-16-le"), "utf-16-le", True),
    ("ar", AR, lambda t: t.encode("utf-16-be"), "utf-16-be", True),
    ("en", EN, lambda t: t.encode("utf-16-be"), "utf-16-be", True),
    ("ar", AR, lambda t: t.encode("utf-32"), "utf-32", True),
    ("ar", AR, lambda t: t.encode("cp1256"), "windows-1256", True),
    ("ar", AR_1256, lambda t: t.encode("cp1256"), "windows-1256", True),
    ("ar", AR, lambda t: t.encode("iso8859_6"), "iso-8859-6", True),
    ("ar", AR_DIGITS, lambda t: t.encode("mac_arabic"), "mac-arabic", True),
    ("en", EN_ACCENTS, lambda t: t.encode("cp1252"), "windows-1252", True),
]


@pytest.mark.parametrize("lang,text,encode,encoding,noted", ENCODINGS,
                         ids=[f"{e[0]}-{e[3]}" + {AR_DIGITS: "-digits", AR_1256: "-guillemets"}.get(e[1], "") for e in ENCODINGS])
def test_ingest_detects_encoding(tmp_path, lang, text, encode, encoding, noted):
    f = tmp_path / "article.txt"
    f.write_bytes(encode(text))
    [art] = list(read_file(f))
    assert art.text == text
    assert art.lang == lang
    assert art.encoding.startswith(encoding.split("-sig")[0])
    assert (f"decoded as {encoding}" in art.notes) == noted, art.notes


@pytest.mark.parametrize("text,codec", [(AR, "cp1256"), (AR_1256, "cp1256"), (AR, "iso8859_6"), (AR_DIGITS, "mac_arabic")])
def test_ingest_legacy_arabic_code_pages_are_not_confused(text, codec):
    """The three Arabic code pages share bytes; the decoding kept is the one that reads as Arabic."""
    got, _ = decode(text.encode(codec), "x.txt")
    assert got == text


@pytest.mark.parametrize("name,lang", [("ar.txt", "ar"), ("en.txt", "en")])
def test_ingest_short_legacy_text_is_still_read(tmp_path, name, lang):
    f = tmp_path / name
    word = {"ar": "قاعدة", "en": "café"}[lang]
    f.write_bytes(word.encode("cp1256" if lang == "ar" else "cp1252"))
    [art] = list(read_file(f))
    assert art.text == word


def test_ingest_mostly_utf8_with_a_broken_byte_keeps_utf8(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes(AR.encode() + b" \xff " + AR.encode())
    [art] = list(read_file(f))
    assert art.text == AR + " \ufffd " + AR
    assert any("utf-8 with 1 invalid byte" in n for n in art.notes)


@pytest.mark.parametrize("lang,text", [("ar", AR), ("en", EN_ACCENTS)])
def test_cli_build_says_how_a_file_was_decoded(tmp_path, lang, text):
    codec, name = ("cp1256", "windows-1256") if lang == "ar" else ("cp1252", "windows-1252")
    f = tmp_path / f"{lang}.txt"
    f.write_bytes(text.encode(codec))
    r = kg("build", str(f), "-o", str(tmp_path / "g.ttl"))
    assert r.returncode == 0, r.stderr
    assert f"note {f}: decoded as {name}" in r.stderr.splitlines()
    quiet = kg("build", str(f), "-o", str(tmp_path / "g.ttl"), "--quiet")
    assert quiet.returncode == 0 and quiet.stderr == ""


# --- HTML ---------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="{lang}" dir="{dir}"><head><meta charset="utf-8">
<title>{title} | Example News</title>
<style>.cookie-banner {{ position: fixed }} p::before {{ content: "STYLE" }}</style>
<script>var tracker = "<p>SCRIPT TEXT</p>"; if (a < b && c > d) {{ document.write("SCRIPT2") }}</script>
<script type="application/ld+json">{{"headline": "JSONLD TEXT"}}</script>
</head><body>
<div id="cookie-consent" class="cookie-banner"><p>COOKIE We use cookies to improve your experience.</p>
<button>Accept all</button></div>
<header class="site-header"><nav class="main-nav"><ul><li><a href="/">NAV Home</a></li><li>NAV World</li></ul></nav></header>
<div class="container"><div class="row"><div class="col-8">
<article class="story">
  <h1>{title}</h1>
  <div class="byline">{byline}</div>
  <div class="share-tools"><a>SHARE Facebook</a><a>SHARE X</a></div>
  <div class="story-body"><div><div>
    <p>{p1} &amp; &quot;{p1b}&quot;&nbsp;&#8212; &#x200F;{p1c}</p>
    <p>{p2a}<br>{p2b}<br/>{p2c}
    <p>{p3}</p>
    <aside class="related"><h3>RELATED</h3><ul><li>RELATED other story</li></ul></aside>
  </div></div></div>
</article>
</div><div class="col-4 sidebar"><section class="most-read"><h2>MOSTREAD</h2>
<article class="teaser"><p>TEASER a different and shorter story</p></article></section></div></div></div>
<footer><p>FOOTER (c) Example News</p></footer>
<div class="modal newsletter-signup" style="display:none"><p>NEWSLETTER Subscribe now</p></div>
</body></html>
"""
PAGES = {
    "ar": dict(lang="ar", dir="rtl", title="القوات تغادر قاعدة الصقر", byline="بغداد — مراسلنا",
               p1="سلمت القوات الأجنبية قاعدة الصقر إلى الجيش", p1b="بلا شروط", p1c="يوم الأحد.",
               p2a="وقال المتحدث:", p2b="غادر الجنود المعسكر", p2c="صباحا.", p3="وانتهت العملية بهدوء."),
    "en": dict(lang="en", dir="ltr", title="Troops leave Falcon base", byline="BAGHDAD — our correspondent",
               p1="The foreign troops handed the Falcon base to the army", p1b="without conditions",
               p1c="on Sunday.", p2a="The spokesman said:", p2b="the soldiers left the camp", p2c="in the morning.",
               p3="The operation ended quietly."),
}
BOILERPLATE = ("STYLE", "SCRIPT", "JSONLD", "COOKIE", "Accept all", "NAV", "SHARE", "RELATED", "MOSTREAD",
               "TEASER", "FOOTER", "NEWSLETTER")


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_html_text_takes_the_article_body_of_a_news_page(lang):
    v = PAGES[lang]
    title, text = html_to_text(PAGE.format(**v))
    assert title == v["title"]
    for junk in BOILERPLATE:
        assert junk not in text, (junk, text)
    paragraphs = text.split("\n\n")
    assert paragraphs[0] == v["title"]
    assert paragraphs[1] == v["byline"]
    assert paragraphs[2] == f'{v["p1"]} & "{v["p1b"]}" \u2014 \u200f{v["p1c"]}'   # entities decoded, RLM kept
    assert paragraphs[3] == f'{v["p2a"]}\n{v["p2b"]}\n{v["p2c"]}'                  # <br> is a line break
    assert paragraphs[4] == v["p3"]
    assert len(paragraphs) == 5


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_html_text_without_article_takes_the_largest_block(lang):
    v = PAGES[lang]
    page = f"""<html><body><div class="top"><div class="links">{v['byline']}</div></div>
    <div class="content"><div class="part"><p>{v['p1']}.</p><p>{v['p3']}</p></div>
    <div class="part"><p>{v['p2a']} {v['p2b']}.</p><p>{v['p3']}</p></div></div>
    <div class="teasers"><p>TEASER one</p></div></body></html>"""
    title, text = html_to_text(page)
    assert text.split("\n\n") == [f"{v['p1']}.", v["p3"], f"{v['p2a']} {v['p2b']}.", v["p3"]]
    assert title is None


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_html_text_prefers_main_when_there_is_no_article(lang):
    v = PAGES[lang]
    page = f"""<html><body><div class="promo"><p>{'PROMO words ' * 5}</p></div>
    <main><h1>{v['title']}</h1><p>{v['p1']}</p><p>{v['p3']}</p></main></body></html>"""
    title, text = html_to_text(page)
    assert title == v["title"]
    assert text == f"{v['title']}\n\n{v['p1']}\n\n{v['p3']}"


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_html_text_class_words_do_not_eat_the_body(lang):
    """class="share-enabled" on the body's own wrapper must not drop the article."""
    v = PAGES[lang]
    page = f"""<html><body><div class="share-enabled"><p>{v['p1']}</p><p>{v['p3']}</p></div></body></html>"""
    _, text = html_to_text(page)
    assert text == f"{v['p1']}\n\n{v['p3']}"


@pytest.mark.parametrize("depth", [50, 20000])
def test_html_text_survives_broken_and_deep_markup(depth):
    page = "<div>" * depth + "<p>Falcon base <b>handed <i>over</b> today<li>one<li>two</span></td>" + "</div>" * (depth // 2)
    _, text = html_to_text(page)
    assert "Falcon base handed over today" in text
    assert text.split("\n\n")[-2:] == ["one", "two"]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_ingest_html_page_in_windows_1256_is_read_by_its_declared_charset(tmp_path, lang):
    v = PAGES[lang]
    page = PAGE.format(**v).replace('charset="utf-8"', 'charset="windows-1256"')
    f = tmp_path / "page.html"
    f.write_bytes(page.encode("cp1256", errors="xmlcharrefreplace"))
    [art] = list(read_file(f))
    assert art.title == v["title"] and art.lang == lang
    assert v["p3"] in art.text
    if lang == "ar":
        assert "decoded as windows-1256" in art.notes


# --- JSON Lines -------------------------------------------------------------------------------

def _jsonl_lines() -> list[str]:
    return [
        json.dumps({"url": "https://news.example/ar/1", "date": "2024-03-05", "title": "قاعدة الصقر", "text": AR},
                   ensure_ascii=False),
        json.dumps({"url": "https://news.example/en/1", "date": "2024-03-05T10:00:00Z", "title": "Falcon", "text": EN}),
        '{"url": "https://news.example/broken", "text": "no closing brace"',   # line 3: broken
        "",                                                                      # blank: passed over
        '["a", "list"]',                                                         # line 5: not an object
        '{"title": "no text"}',                                                  # line 6: no text
        '{"text": "   "}',                                                       # line 7: blank text
        "[" * 100000,                                                            # line 8: too deep
        '{"text": "lone \\ud800 surrogate and a pair \\ud83d\\ude00 in ' + "English" + '", "title": 5, "date": "soon"}',
    ]


def test_ingest_jsonl_reports_broken_lines_and_reads_the_others(tmp_path):
    f = tmp_path / "corpus.jsonl"
    f.write_text("\n".join(_jsonl_lines()) + "\n", encoding="utf-8")
    items = list(read_inputs([f]))
    errs = {e.line: e.reason for e in errors(items)}
    assert set(errs) == {3, 5, 6, 7, 8}
    assert "broken JSON Lines record" in errs[3] and "column" in errs[3]
    assert "not an object" in errs[5]
    assert '"text"' in errs[6] and "blank" in errs[7]
    assert "RecursionError" in errs[8] or "broken" in errs[8]
    arts = articles(items)
    assert [a.lang for a in arts] == ["ar", "en", "en"]
    assert [a.source for a in arts] == [f"{f}#1", f"{f}#2", f"{f}#9"]
    assert arts[0].published.isoformat() == "2024-03-05" == arts[1].published.isoformat()
    assert arts[0].url == "https://news.example/ar/1" and arts[0].title == "قاعدة الصقر"
    last = arts[2]
    assert last.text == "lone \ufffd surrogate and a pair \U0001F600 in English"
    assert last.text.encode("utf-8")      # no lone surrogate left
    assert last.title is None and last.published is None
    assert any("surrogate" in n for n in last.notes)
    assert any("title that is not a string" in n for n in last.notes)
    assert any("not YYYY-MM-DD" in n for n in last.notes)


def test_cli_build_jsonl_one_line_per_broken_record(tmp_path):
    f = tmp_path / "corpus.jsonl"
    f.write_text("\n".join(_jsonl_lines()) + "\n", encoding="utf-8")
    out = tmp_path / "g.ttl"
    r = kg("build", str(f), "-o", str(out))
    assert r.returncode == 1, r.stderr
    skipped = [ln for ln in r.stderr.splitlines() if ln.startswith("skipped ")]
    assert [ln.split(": ")[0] for ln in skipped] == [f"skipped {f}:{n}" for n in (3, 5, 6, 7, 8)]
    assert all("(" in ln and ln.endswith(")") for ln in skipped)            # every line says the fix
    assert "skipped 5 input(s)" in r.stderr
    assert built_articles(out) == 3


@pytest.mark.parametrize("codec,note", [("utf-16", "decoded as utf-16"), ("utf-8-sig", None)])
def test_ingest_jsonl_in_utf16_or_with_bom(tmp_path, codec, note):
    f = tmp_path / "c.jsonl"
    lines = [json.dumps({"text": AR}, ensure_ascii=False), json.dumps({"text": EN})]
    f.write_bytes("\r\n".join(lines).encode(codec))
    arts = list(read_file(f))
    assert [a.text for a in arts] == [AR, EN]
    assert all((note in a.notes) if note else not a.notes for a in arts)


def test_ingest_jsonl_line_in_windows_1256_is_read(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_bytes(json.dumps({"text": EN}).encode() + b"\n" + json.dumps({"text": AR}, ensure_ascii=False).encode("cp1256"))
    arts = list(read_file(f))
    assert [a.text for a in arts] == [EN, AR]
    assert arts[1].notes == ["decoded as windows-1256"]


@pytest.mark.parametrize("content", ['[\n  {"text": "a"}\n]\n', '{\n  "text": "a"\n}\n', '[{"text": "a"}, {"text": "b"}]\n'])
def test_ingest_pretty_json_is_one_error_not_one_per_line(tmp_path, content):
    f = tmp_path / "c.jsonl"
    f.write_text(content)
    items = list(read_file(f))
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert "not JSON Lines" in items[0].reason and "jq -c" in items[0].fix


def test_ingest_jsonl_line_over_the_limit_is_reported_and_the_rest_read(tmp_path):
    f = tmp_path / "c.jsonl"
    big = json.dumps({"text": EN * 200})
    f.write_text("\n".join([json.dumps({"text": AR}, ensure_ascii=False), big, json.dumps({"text": EN})]) + "\n")
    items = list(read_inputs([f], max_bytes=5000))
    assert [type(x).__name__ for x in items] == ["Article", "InputError", "Article"]
    assert items[1].line == 2 and "limit" in items[1].reason and "--max-bytes" in items[1].fix


# --- empty, binary, special and huge files ---------------------------------------------------

BAD = [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b" \n\r\n\t ", "empty"),
    ("blank.jsonl", b"\n\n", "empty"),
    ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG image"),
    ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
    ("archive.html", b"PK\x03\x04" + b"\x00" * 40, "ZIP archive"),
    ("dump.jsonl", b"\x1f\x8b\x08\x00" + bytes(range(256)), "gzip archive"),
    ("noise.txt", bytes(range(256)) * 8, "binary"),
    ("noise.jsonl", bytes(range(1, 256)) * 8, "binary"),
    ("tags.html", b"<html><body><script>x()</script><nav>Home</nav></body></html>", "no text"),
]


@pytest.mark.parametrize("name,content,reason", BAD, ids=[b[0] for b in BAD])
def test_cli_build_bad_file_is_one_line_and_the_rest_is_built(tmp_path, name, content, reason):
    bad = tmp_path / name
    bad.write_bytes(content)
    good_ar, good_en = tmp_path / "ar.txt", tmp_path / "en.txt"
    good_ar.write_text(AR, encoding="utf-8")
    good_en.write_text(EN, encoding="utf-8")
    out = tmp_path / "g.ttl"
    r = kg("build", str(good_ar), str(bad), str(good_en), "-o", str(out))
    assert r.returncode == 1, r.stderr
    [line] = stderr_lines_about(r.stderr, str(bad))
    assert line.startswith(f"skipped {bad}: ") and reason in line and line.endswith(")")
    assert built_articles(out) == 2


@pytest.mark.parametrize("lang,text", [("ar", AR), ("en", EN)])
def test_ingest_nul_and_control_bytes_inside_text_are_removed_and_noted(tmp_path, lang, text):
    f = tmp_path / f"{lang}.txt"
    half = len(text) // 2
    f.write_bytes(text[:half].encode() + b"\x00\x00\x07" + text[half:].encode() + b"\x1b\x00")
    [art] = list(read_file(f))
    assert art.text == text and art.lang == lang
    assert "removed 5 control character(s)" in art.notes


def test_ingest_special_file_is_refused(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    [err] = list(read_inputs([fifo]))       # must not block reading it
    assert isinstance(err, InputError) and "not a regular file" in err.reason


@pytest.mark.parametrize("make,reason", [
    (lambda p: (p / "dangling.txt").symlink_to(p / "gone.txt"), "link to a missing file"),
    (lambda p: (p / "empty-folder").mkdir(), "holds no .txt, .html or .jsonl file"),
    (lambda p: None, "no such file or folder"),
])
def test_ingest_paths_that_hold_nothing_are_reported(tmp_path, make, reason):
    make(tmp_path)
    target = next((x for x in tmp_path.iterdir()), tmp_path / "missing.txt")
    [err] = list(read_inputs([target]))
    assert isinstance(err, InputError) and reason in err.reason and err.fix


def test_ingest_file_over_the_limit_is_refused_without_reading(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(EN * 100)
    [err] = list(read_inputs([f], max_bytes=1000))
    assert isinstance(err, InputError) and "limit" in err.reason and "--max-bytes" in err.fix
    [art] = list(read_inputs([f], max_bytes=100_000))
    assert isinstance(art, Article)


def test_cli_build_50_mb_text_file_is_refused_quickly(tmp_path):
    """A 50 MB text is not one article: refused by its size (not read), the rest built."""
    huge = tmp_path / "huge.txt"
    block = ((EN + "\n\n") * 100).encode()
    with huge.open("wb") as fh:
        for _ in range(50_000_000 // len(block) + 1):
            fh.write(block)
    assert huge.stat().st_size > 50_000_000 > MAX_BYTES
    good = tmp_path / "ar.txt"
    good.write_text(AR, encoding="utf-8")
    out = tmp_path / "g.ttl"
    t0 = time.monotonic()
    r = kg("build", str(huge), str(good), "-o", str(out))
    elapsed = time.monotonic() - t0
    assert r.returncode == 1
    [line] = stderr_lines_about(r.stderr, str(huge))
    assert "50.0 MB, more than the 1.0 MB limit" in line and "--max-bytes" in line
    assert built_articles(out) == 1
    assert elapsed < 60, f"refusing a 50 MB file took {elapsed:.1f} s"


@pytest.mark.parametrize("lang,text", [("ar", AR), ("en", EN)])
def test_ingest_text_just_under_the_limit_is_read(tmp_path, lang, text):
    f = tmp_path / "a.txt"
    body = (text + "\n\n") * (4000 // len((text + "\n\n").encode()))
    f.write_text(body, encoding="utf-8")
    [art] = list(read_inputs([f], max_bytes=4000))
    assert art.text == body and art.lang == lang


# --- folders ----------------------------------------------------------------------------------

def test_ingest_folder_skips_hidden_and_foreign_files(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(AR, encoding="utf-8")
    (tmp_path / "news" / "b.TXT").write_text(EN, encoding="utf-8")
    (tmp_path / "news" / ".git" / "objects" / "ab").mkdir(parents=True)
    (tmp_path / "news" / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (tmp_path / "news" / ".git" / "objects" / "ab" / "cdef").write_bytes(b"x\x9c\x00\x01binary")
    (tmp_path / "news" / ".draft.txt").write_text(EN)
    (tmp_path / "news" / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    items = list(read_inputs([tmp_path / "news"]))
    assert [Path(a.source).name for a in articles(items)] == ["a.txt", "b.TXT"]
    assert errors(items) == []


def _make_folder(root: Path, n: int, bad_every: int) -> tuple[int, int]:
    good = bad = 0
    for i in range(n):
        sub = root / f"{i // 1000:02d}"
        sub.mkdir(exist_ok=True)
        f = sub / f"{i:05d}.txt"
        if i % bad_every == bad_every - 1:
            f.write_bytes(b"" if (i // bad_every) % 2 else b"\x00\x01\x02\x03" * 64)   # empty / binary
            bad += 1
        elif i % 2:
            f.write_text(f"{AR} رقم {i}.", encoding="utf-8")
            good += 1
        else:
            f.write_bytes(f"{EN} Number {i}.".encode("utf-16"))
            good += 1
    return good, bad


def test_ingest_folder_of_10000_files_all_read_or_reported(tmp_path):
    good, bad = _make_folder(tmp_path, 10_000, bad_every=500)
    t0 = time.monotonic()
    items = list(read_inputs([tmp_path]))
    elapsed = time.monotonic() - t0
    assert len(articles(items)) == good == 9980 and len(errors(items)) == bad == 20
    assert sorted(e.reason for e in errors(items)) == ["is not a text file (binary content)"] * 10 + ["the file is empty"] * 10
    assert len({a.id for a in articles(items)}) == good
    assert elapsed < 60, f"reading 10,000 small files took {elapsed:.1f} s"


@pytest.mark.slow   # about 3 minutes: extraction and build, ~18 ms an article on a loaded 2-core machine
def test_cli_build_folder_of_10000_files(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    good, bad = _make_folder(folder, 10_000, bad_every=500)
    out = tmp_path / "g.ttl"
    t0 = time.monotonic()
    r = kg("build", str(folder), "-o", str(out), "--quiet")
    elapsed = time.monotonic() - t0
    assert r.returncode == 1
    skipped = [ln for ln in r.stderr.splitlines() if ln.startswith("skipped ")]
    assert len(skipped) == bad
    assert sum("empty" in ln for ln in skipped) == sum("binary" in ln for ln in skipped) == bad // 2
    assert built_articles(out) == good
    assert elapsed < 600, f"kg build of 10,000 small files took {elapsed:.0f} s"


# --- language ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [(AR, "ar"), (EN, "en"), ("K1 قاعدة", "ar"), ("Camp K1 near كركوك city", "en"),
                                       ("12345 ...", "en")])
def test_ingest_detect_language(text, lang):
    assert detect_language(text) == lang
