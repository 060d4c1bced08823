"""Text of a news page: the article body without scripts, styles, navigation, banners or forms.

Standard library only (:mod:`html.parser`), tolerant of the HTML real sites serve: unclosed
``<p>``/``<li>``, stray end tags, deep nesting (no recursion), entities (decoded; a bad
numeric reference becomes U+FFFD). The body is the largest ``<article>``, else ``<main>``, else
the block holding most paragraph text (readability's idea: a paragraph's length counts for its
parent and half for its grandparent, so a body split in parts is taken whole). Boilerplate is
dropped by tag (``script``, ``nav``, ``footer`` ...), by ARIA role or ``hidden``, and by class or
id words (``cookie``, ``consent``, ``share``, ``related`` ...); when the class words would drop
most of the body, they are not used. Paragraphs are separated by a blank line, ``<br>`` is a
line break; bidi marks are kept (normalise drops them).
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

# never text of the article
_SKIP = {"script", "style", "noscript", "nav", "footer", "aside", "form", "button", "select",
         "option", "svg", "math", "iframe", "template", "menu", "figure", "figcaption", "dialog",
         "textarea", "input", "object", "embed", "canvas", "video", "audio", "head", "title"}
_BLOCK = {"p", "div", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
          "article", "blockquote", "pre", "ul", "ol", "dl", "table", "tbody", "thead", "tfoot", "main",
          "header", "address", "center", "body", "html", "hr", "details", "summary", "caption"}
_VOID = {"br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed",
         "param", "track", "keygen"}
_CLOSES_P = _BLOCK - {"br", "body", "html"}
_PARA = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "dd", "pre"}
_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog",
          "menu", "menubar", "toolbar", "alert", "tooltip"}
_KEEP_TAGS = {"article", "main", "body", "html"}
_BOILER = {"cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe", "subscription", "paywall",
           "share", "sharing", "social", "related", "recommended", "comments", "comment", "advert",
           "advertisement", "ads", "ad", "sponsored", "promo", "breadcrumb", "breadcrumbs", "sidebar",
           "navbar", "nav", "menu", "popup", "modal", "banner", "outbrain", "taboola", "toolbar",
           "skip", "signup", "login", "trending", "most-read", "mostread", "widget"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_SPLIT = re.compile(r"[\s_-]+")
_SPACES = re.compile(r"[ \t\n\r\f\v\u00a0]+")
_BR, _PB = "\x00br", "\x00pb"   # markers in the rendered parts (NUL never survives decoding)


class _Node:
    __slots__ = ("tag", "attrs", "children", "parent", "boiler")

    def __init__(self, tag: str, attrs: dict[str, str], parent: "_Node | None"):
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[_Node | str] = []
        self.boiler = _is_boiler(tag, attrs)


def _is_boiler(tag: str, attrs: dict[str, str]) -> bool:
    """Dropped by its class/id words (only when the class filter is on)."""
    if tag in _KEEP_TAGS:
        return False
    words = set()
    for name in ("class", "id"):
        for token in (attrs.get(name) or "").lower().split():
            words.update(_SPLIT.split(token))
    return bool(words & _BOILER)


def _is_skipped(node: _Node) -> bool:
    a = node.attrs
    return (node.tag in _SKIP or "hidden" in a or (a.get("aria-hidden") or "").lower() == "true"
            or (a.get("role") or "").lower() in _ROLES or bool(_HIDDEN_STYLE.search(a.get("style") or "")))


class _Tree(HTMLParser):
    """A forgiving DOM: enough structure to pick the body and render its paragraphs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root", {}, None)
        self.cur = self.root
        self.title: list[str] = []
        self.og_title: str | None = None
        self.in_title = False

    def _open(self, tag: str) -> bool:
        n = self.cur
        while n is not None:
            if n.tag == tag:
                return True
            n = n.parent
        return False

    def _close(self, tag: str) -> None:
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            self.cur = n.parent

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "title":
            self.in_title = True
        if tag == "meta" and (a.get("property") or a.get("name") or "").lower() == "og:title":
            self.og_title = self.og_title or a.get("content")
        if tag in _CLOSES_P and self.cur.tag == "p":
            self._close("p")
        if tag in ("li", "dt", "dd") and self.cur.tag in ("li", "dt", "dd"):
            self._close(self.cur.tag)
        if tag in _VOID:
            if tag in ("br", "hr"):
                self.cur.children.append(_BR if tag == "br" else _PB)
            return
        node = _Node(tag, a, self.cur)
        self.cur.children.append(node)
        self.cur = node

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self._close(tag)

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag == "br":                  # </br> is a line break in browsers too
            self.cur.children.append(_BR)
        elif self._open(tag):
            self._close(tag)

    def handle_data(self, data):
        data = data.replace("\x00", "")
        if self.in_title:
            self.title.append(data)
        self.cur.children.append(data)


def _walk(node: _Node):
    """Every element under ``node`` (itself included), depth first, without recursion."""
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        stack.extend(c for c in reversed(n.children) if isinstance(c, _Node))


def _render(node: _Node, use_class: bool) -> str:
    """Text of ``node``: paragraphs separated by a blank line, ``<br>`` a line break."""
    parts: list[str] = []
    stack: list[object] = [node]
    in_pre = 0
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if item == "\x00endpre":
                in_pre -= 1
            elif in_pre and item not in (_BR, _PB):
                parts.append(item.replace("\n", _BR))
            else:
                parts.append(item)
            continue
        n = item
        if n is not node and (_is_skipped(n) or (use_class and n.boiler)):
            continue
        block = n.tag in _BLOCK
        if block:
            parts.append(_PB)
            stack.append(_PB)
        elif n.tag in ("td", "th"):
            parts.append(" ")
            stack.append(" ")
        if n.tag == "pre":
            in_pre += 1
            stack.append("\x00endpre")
        stack.extend(reversed(n.children))
    paragraphs = []
    for para in "".join(parts).split(_PB):
        lines = [_SPACES.sub(" ", ln).strip() for ln in para.split(_BR)]
        lines = [ln for ln in lines if ln]
        if lines:
            paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


def _container(node: _Node) -> _Node | None:
    """Where a text's length counts: the nearest block around it, or the block around a paragraph."""
    n = node
    while n is not None and n.tag not in _BLOCK and n.tag not in ("td", "th", "#root"):
        n = n.parent
    if n is not None and n.tag in _PARA:
        n = n.parent
    return n


def _body(root: _Node) -> list[_Node]:
    """The article body: largest <article>, else <main>, else the block with most paragraph text
    and those of its sibling blocks that hold at least a third as much (a body split in parts)."""
    score: dict[int, float] = {}
    nodes: dict[int, _Node] = {}
    size: dict[int, int] = {}          # characters of text under each element that is not skipped
    order: list[_Node] = []
    skipped: set[int] = set()
    for n in _walk(root):
        if n.parent is not None and id(n.parent) in skipped or _is_skipped(n):
            skipped.add(id(n))
            continue
        order.append(n)
        direct = sum(len(c.strip()) for c in n.children if isinstance(c, str) and not c.startswith("\x00"))
        size[id(n)] = direct
        if not direct:
            continue
        host = _container(n)
        for weight, target in ((1.0, host), (0.5, host.parent if host is not None else None)):
            if target is not None:
                score[id(target)] = score.get(id(target), 0.0) + weight * direct
                nodes[id(target)] = target
    for n in reversed(order):          # children before parents: sizes add up in one pass
        if n.parent is not None and id(n.parent) in size:
            size[id(n.parent)] += size[id(n)]
    largest = max(nodes.values(), key=lambda n: score[id(n)], default=root)
    for tag in ("article", "main"):
        tagged = [n for n in order if n.tag == tag and size[id(n)]]
        if tagged:
            n = max(tagged, key=lambda x: size[id(x)])
            # an <article> that is a teaser card next to the real body does not win
            if size[id(n)] * 4 >= score.get(id(largest), 0.0):
                return [n]
    if largest.parent is None:
        return [largest]
    top = score.get(id(largest), 0.0)
    return [c for c in largest.parent.children if isinstance(c, _Node) and
            (c is largest or (id(c) not in skipped and score.get(id(c), 0.0) * 3 >= top))]


def html_to_text(html: str) -> tuple[str | None, str]:
    """``(title, text)`` of an HTML page: the title (``<h1>`` of the body, else ``og:title``,
    else ``<title>``) and the body's text, paragraphs separated by a blank line."""
    p = _Tree()
    p.feed(html)
    p.close()
    body = _body(p.root)
    text = "\n\n".join(t for t in (_render(n, use_class=True) for n in body) if t)
    plain = "\n\n".join(t for t in (_render(n, use_class=False) for n in body) if t)
    if len(text) * 4 < len(plain):          # class words misfired (e.g. class="share-enabled" on the body)
        text = plain
    title = None
    for n in (x for b in body for x in _walk(b)):
        if n.tag == "h1" and not _is_skipped(n):
            title = " ".join(_render(n, use_class=False).split()) or None
            if title:
                break
    title = title or " ".join((p.og_title or "").split()) or " ".join("".join(p.title).split()) or None
    return title, text
