"""The ACCESSIBLE NAME of a markup cell: what a screen reader says for an element, read by the rules of WAI-ARIA's
name computation, not by the element's visible text.

Why: a web export writes a person as an element whose visible text is a badge (``<span aria-label="Michel
Blanc">MB</span>``, ``<abbr title="Gail Harvey">GH</abbr>``, ``<img alt="Gail Harvey" src=...>``). The markup decoder
(:mod:`cell_record_syntaxes`) took the element's TEXT, the initials, so the name readers saw ``MB``, ``JA``, ``SC``
and a column of people was left as written (set 51: two lost columns of session 65 and four more). The accessible
name is a general notation, the same in every export: ``aria-label`` wins over the content; ``alt`` names an image;
``title`` names an element whose content is empty or only the title's initials (a tooltip on a badge). This layer
returns that name for the column judges (it judges nothing) and writes a fake back into the attribute and, where
the visible text was derived from the name (its initials, the name itself, one of its words), into the text as well,
so no initials of the real person survive beside the fake.

Example::

    text, dress, kind = accessible_name_layer('<span aria-label="Michel Blanc">MB</span>')
    text                    # "Michel Blanc"
    dress("Lena Fischer")   # '<span aria-label="Lena Fischer">LF</span>'
    accessible_name_layer("<b>Ana Berg</b>")   # None: no accessible-name attribute (the markup decoder reads it)
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

__all__ = ["accessible_name_layer"]

Layer = tuple[str, Callable[[str], str], str]

_MAX_LEN = 300
# One element (or a void one: ``<img ... />``), optionally closed, and nothing else in the cell.
_ELEMENT = re.compile(
    r"^\s*<(?P<tag>[A-Za-z][\w:-]*)(?P<attrs>(?:\s+[^<>]*?)?)\s*(?P<void>/?)>(?P<text>[^<>]*)(?:</(?P=tag)\s*>)?\s*$"
)
_ATTR = re.compile(r"""(?P<key>[A-Za-z_:][\w:.-]*)\s*=\s*(?P<q>["'])(?P<value>.*?)(?P=q)""")
_WORD = re.compile(r"[^\W\d_]+")


def _initials(name: str) -> str:
    return "".join(w[0] for w in _WORD.findall(name))


def _derived(text: str, name: str) -> str | None:
    """How the visible ``text`` was made from ``name``: ``"initials"``, ``"whole"``, ``"word:<k>"``, else ``None``."""
    bare = text.strip()
    if not bare:
        return None
    letters = re.sub(r"[\s.]", "", bare)
    if letters and letters.casefold() == _initials(name).casefold():
        return "initials"
    if bare.casefold() == name.strip().casefold():
        return "whole"
    words = [w.casefold() for w in _WORD.findall(name)]
    if bare.casefold() in words:
        return f"word:{words.index(bare.casefold())}"
    return None


def _cased(word: str, like: str) -> str:
    if like.isupper():
        return word.upper()
    if like.islower():
        return word.lower()
    return word


def accessible_name_layer(text: str) -> Layer | None:
    """The accessible name of a one-element markup cell and how to write a fake back, or ``None`` when the element
    names nobody by attribute (no ``aria-label``, ``alt`` or qualifying ``title`` holding letters)."""
    if len(text) > _MAX_LEN or "<" not in text:
        return None
    m = _ELEMENT.match(text)
    if m is None:
        return None
    attrs = {a.group("key").lower(): a for a in _ATTR.finditer(m.group("attrs"))}
    visible = m.group("text")
    chosen = None
    for key in ("aria-label", "alt", "title"):
        a = attrs.get(key)
        if a is None or not _WORD.search(html.unescape(a.group("value"))):
            continue
        value = html.unescape(a.group("value")).strip()
        # ``title`` is a tooltip: it names the element only when the content says nothing of its own.
        if key == "title" and visible.strip() and _derived(visible, value) != "initials":
            continue
        chosen = (a, value)
        break
    if chosen is None:
        return None
    attr, name = chosen
    way = _derived(visible, name)
    start, end = m.start("attrs") + attr.start("value"), m.start("attrs") + attr.end("value")
    t_start, t_end = m.start("text"), m.end("text")
    quote = attr.group("q")

    def dress(fake: str) -> str:
        value = html.escape(fake, quote=False).replace(quote, "&quot;" if quote == '"' else "&#x27;")
        shown = visible
        if way == "initials":
            core = visible.strip()
            made = _initials(fake)
            if "." in core:
                made = ".".join(made) + "."
            shown = visible.replace(core, _cased(made, core))
        elif way == "whole":
            shown = visible.replace(visible.strip(), _cased(fake, visible.strip()))
        elif way is not None:
            k = int(way.split(":")[1])
            words = _WORD.findall(fake) or [fake]
            shown = visible.replace(visible.strip(), _cased(words[min(k, len(words) - 1)], visible.strip()))
        return text[:start] + value + text[end:t_start] + shown + text[t_end:]

    return name, dress, "accessible"
