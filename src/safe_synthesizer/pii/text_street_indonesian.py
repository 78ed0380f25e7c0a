"""Indonesian and Malay street lines in free text: ``Jl. Merdeka No. 12``, ``Gang Kapten Muslihat No. 742``,
``Jalan Ir. H. Djuanda No. 854``, ``Gg. Mawar II No. 7, RT 03/RW 05, Kel. Sukajadi``.

An Indonesian street line opens with its type word (``Jalan``/``Jl.``/``Jln.``, ``Gang``/``Gg.``, ``Lorong``/
``Lr.``, ``Komplek``, ``Perumahan``/``Perum.``), then the name (capitalised words and the abbreviated titles
of the person it is named after: ``Ir.``, ``H.``, ``KH``, ``Moch.``, ``M.H``), then the house: ``No. 12``,
``Nomor 5``, ``Blok C2 No. 15``, ``Kav. 52``, ``Km. 20`` or a bare number. The neighbourhood after it
(``RT 03/RW 05``, ``Kel. Sukajadi``, ``Desa Sukamaju``) names a few dozen households, so it belongs to the
line: a fake street beside the old RT/RW would still point at the home. The district (``Kec.``), regency
(``Kab.``) and town stay.

"Jalan" (walk, road) and "gang" (an English word) are prose words, so a line needs its house number, or a
dotted type (``Jl. Sudirman``) before a capitalised name; the names' words are capitalised unless the type
is the dotted one (``jl. merdeka no 12``, typed in lower case).

Example::

    indonesian_street_spans("Tinggal di Jl. Ronggowarsito No. 626. Hubungi 0812.")  # [(11, 36, 'street_address')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E

__all__ = ["indonesian_street_spans"]

# Cheap gate: one of the type words, in any case.
_GATE = re.compile(r"(?i)(?<![\w.])(?:jl|jln|jalan|gg|gang|lr|lorong|komplek|kompleks|komp|perumahan|perum)\b")
# A capitalised word or an abbreviated title (``Ir.``, ``H.``, ``KH``, ``M.H``, ``HOS.``, ``Moch.``).
_CAP_WORD = r"(?:[A-Z][A-Za-z'’\-]*\.?(?:[A-Z]\.?)*|[IVX]{1,4}\b|\d{1,2}(?=[ \t]+[A-Z]))"
_ANY_WORD = r"(?:[A-Za-z][A-Za-z'’\-]*\.?|[IVX]{1,4}\b)"
_HOUSE = (
    r"(?:(?:Blok|blok|BLOK)[ \t]+[A-Z]{0,2}\d{0,3}[A-Z]?[ \t]*[,/]?[ \t]*)?"
    r"(?:(?i:no|nomor|nmr|kav|km)\.?[ \t]*\d{1,4}[A-Za-z]?(?:[ \t]*[/\-][ \t]*\d{1,4}[A-Za-z]?)?"
    r"|(?<=[ \t])\d{1,4}[A-Za-z]?(?:[/\-]\d{1,4})?(?![\d.,:/]\d))"
)
# The neighbourhood unit after the house: "RT 03/RW 05", "RT.003 RW.005", "RT 3 RW 5", then the
# urban village or village ("Kel. Sukajadi", "Kelurahan Cempaka Putih", "Desa Sukamaju", "Ds. Mekar").
_RT_RW = r"(?i:rt)[ \t.]*\d{1,3}[ \t]*(?:/|,)?[ \t]*(?i:rw)[ \t.]*\d{1,3}"
_VILLAGE = r"(?:Kel\.|Kelurahan|KELURAHAN|Desa|DESA|Ds\.)[ \t]*[A-Z][A-Za-z'\-]*(?:[ \t]+[A-Z][A-Za-z'\-]*){0,2}"
_TAIL = rf"(?:[ \t]*,?[ \t]*(?:{_RT_RW}|{_VILLAGE}))*"
_DOTTED = r"(?i:jl|jln|gg|lr|komp|perum)\."
_WORDED = r"(?:Jalan|JALAN|Gang|GANG|Lorong|LORONG|Komplek|KOMPLEK|Kompleks|Perumahan|PERUMAHAN)"
# Names stop before a house word, a neighbourhood word or a district word.
_STOP = r"(?!(?i:no|nomor|nmr|kav|km|blok|rt|rw|kel|kec|kab|kota|desa)\b)"
_CAP_NAME = rf"{_STOP}{_CAP_WORD}(?:[ \t]+{_STOP}{_CAP_WORD}){{0,4}}"
_LINES = (
    # A dotted type: name words in any case, then the house.
    re.compile(rf"(?<![\w.]){_DOTTED}[ \t]*(?:{_STOP}{_ANY_WORD}[ \t]*){{1,5}}?,?[ \t]*{_HOUSE}{_TAIL}"),
    # A type written out: capitalised name words, then the house.
    re.compile(rf"(?<![\w.]){_WORDED}[ \t]+{_CAP_NAME},?[ \t]*{_HOUSE}{_TAIL}"),
    # A dotted type and a capitalised name without a house ("Jl. Sudirman", "Gg. Mawar II").
    re.compile(rf"(?<![\w.]){_DOTTED}[ \t]*{_CAP_NAME}{_TAIL}"),
)


def indonesian_street_spans(text: str) -> list[tuple[int, int, str]]:
    """Indonesian street lines (type word, name, house, neighbourhood) in ``text``."""
    if not _GATE.search(text):
        return []
    out = []
    for line in _LINES:
        for m in line.finditer(text):
            end = m.end()
            while end > m.start() and text[end - 1] in ",. \t":
                end -= 1
            out.append((m.start(), end, E.STREET_ADDRESS))
    return out
