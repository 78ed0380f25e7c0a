"""Indonesian and Malay names after an honorific: ``Bapak Makuta Hutapea``, ``Ibu Farhunnisa``, ``Pak
Budi``, ``Sdri. Lintang Pranowo``, ``Tn. Gasti Mustofa``, ``BU CAKRAWALA SIREGAR``.

Indonesian notes name people with an honorific (``Bapak``/``Pak`` sir, ``Ibu``/``Bu`` madam, ``Sdr.``/
``Sdri.`` brother/sister, ``Tn.``/``Ny.``/``Nn.`` Mr/Mrs/Miss) and often one name only (many Javanese
have no family name), so the ``First Last`` rules, which want a listed given name and a surname, miss
them, and the titles list of :mod:`titles` has none of these words. After an honorific, one to three
capitalised words (or words in capitals after one in capitals) are the person's name when the first is
a listed given or family name, or no common word, town or title. ``Ibu`` and ``Bu`` also mean "mother":
``Ibu Kota`` (capital city) is a place, and a common word after them ends the match.

Example::

    honorific_name_spans("Mohon hubungi Bapak Makuta Hutapea besok")  # [(20, 34, 'name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.text_name_lists import family_names, given_names

__all__ = ["honorific_name_spans"]

_HONORIFIC = re.compile(
    r"(?<![\w'’])(?:Bapak|Pak|Ibu|Bu|Saudara|Saudari|Sdr\.|Sdri\.|Sdra\.|Tn\.|Ny\.|Nn\.|Tuan|Nyonya|Nona|"
    r"BAPAK|PAK|IBU|BU|SDR\.|SDRI\.|TN\.|NY\.)[ \t]+"
)
_CAP = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_UPPER = r"[A-Z]{2,}(?:-[A-Z]{2,})?"
_WORDS = re.compile(rf"(?P<name>{_CAP}(?:[ \t]+{_CAP}){{0,2}}|{_UPPER}(?:[ \t]+{_UPPER}){{0,2}})(?![\w'’\-])")
# Words after "Ibu"/"Bu"/"Pak" that are no person ("Ibu Kota", "Bu Guru", "Pak RT", "Bapak Presiden").
_NOT_NAMES = frozenset(
    """kota guru dokter bidan camat lurah rt rw ketua direktur presiden menteri bupati walikota gubernur kepala
    pendeta haji hajjah ustad ustadz kyai polisi satpam sopir supir dan di ke dari yang untuk dengan pada ini itu
    sudah akan tidak atau juga""".split()  # noqa: SIM905
)


@lru_cache(maxsize=1)
def _ordinary() -> frozenset[str]:
    from safe_synthesizer.pii.common_words import common_words
    from safe_synthesizer.pii.text_cued_names import english_vocabulary, latin_stop_words

    places = gazetteers.all_cities() | gazetteers.all_regions()
    return latin_stop_words() | common_words() | english_vocabulary() | frozenset(places)


def _name_word(word: str) -> bool:
    from safe_synthesizer.pii.text_cued_names import latin_stop_words

    low = word.lower()
    if low in _NOT_NAMES or low in latin_stop_words():
        return False
    return low in given_names() or low in family_names() or low not in _ordinary()


def honorific_name_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, 'name')`` of names after Indonesian and Malay honorifics (module docstring)."""
    out = []
    for h in _HONORIFIC.finditer(text):
        m = _WORDS.match(text, h.end())
        if m is None:
            continue
        end = m.start()
        for w in re.finditer(r"\S+", m.group("name")):
            if not _name_word(w.group()):
                break
            end = m.start() + w.end()
        if end > m.start():
            out.append((m.start(), end, E.NAME))
    return out
