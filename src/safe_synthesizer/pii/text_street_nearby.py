"""A landmark after an address in free text (``..., near Lobamba clinic``), and a village placed by its landmark.

Where houses have no numbers (Eswatini, Sierra Leone, Malawi, rural Africa and South Asia, informal
settlements anywhere) an address is a place and the landmark beside it: ``Plot 1582, Mahlanya, near the
Lobamba clinic``, ``off Wilkinson Road, by Congo Cross``, ``Mbabane, next to the Kingdom Hall``. The street
rules end the span at the street or plot, so the landmark is left in the note and locates the person as well as
the street did. Two rules:

- :func:`landmark_tail_end`: after a street span, a landmark phrase (``near``, ``next to``, ``opposite``,
  ``behind``, ``beside``, ``close to``, ``across from``, ``by``, ``off``; maybe ``the``) with one to three
  capitalised words that end in a landmark noun (``clinic``, ``Hall``, ``Cross``, ``market``) or hold a word
  no English vocabulary has (``near Lobamba``); ``by`` wants the landmark noun (``... by Monday`` stays);
- :func:`nearby_street_spans`: after ``at``/``in``/``from``, one to three capitalised words holding a word no
  English vocabulary has, a comma, and a landmark phrase ending in a landmark noun (``at Msunduza, next to the
  Kingdom Hall``); ``at Reception, next to the Main Hall`` stays (every word English); an English street with
  no number before its landmark (``off Wilkinson Road, by Congo Cross``); and a Lusophone or Hispanic
  neighbourhood as the address (``Bairro Quinta de Santo António``, ``Barrio Los Ángeles``) when no capitalised
  word comes before it (``Barrio`` is a Spanish surname: ``Ángela Barrio Lumbreras`` stays).

Also :func:`plot_head_start`: a plot word before a street span's number (``Erf 9770, Uhland Street``; Namibia
and South Africa number the erf, not the house) or a house's name (``Palmetto House, 16 North Shore Road``)
belongs to the span, and so do the quarter and commune after a
Congolese line (``..., Q/ Binza, C/ Ngaliema``).

A compiled pre-check on the landmark cues keeps other notes cheap.

Example::

    nearby_street_spans("Pick-up at Msunduza, next to the Kingdom Hall, at 9.")  # [(11, 45, 'street_address')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_street_lots import _unknown_word
from safe_synthesizer.utils.scripts import LATIN_LOWER, LATIN_UPPER

__all__ = ["landmark_tail_end", "nearby_street_spans", "plot_head_start", "with_landmarks"]

_CAP = rf"[{LATIN_UPPER}][{LATIN_LOWER}{LATIN_UPPER}'’\-]+"
# Landmark nouns, English (the notes' language where a locale writes addresses in English) and the Romance and
# Germanic words the street rules' locales write.
_NOUNS = (
    r"clinic|hospital|school|college|university|church|chapel|cathedral|mosque|masjid|temple|hall|market|"
    r"station|stadium|mall|shop|store|supermarket|garage|bank|office|roundabout|junction|bridge|cross|corner|"
    r"stage|police|pharmacy|hotel|lodge|park|ground|grounds|field|tower|tank|borehole|cemetery|filling station|"
    r"petrol station|bus stop|post office|health centre|health center|community centre|community center|"
    r"primary school|secondary school|high school|barracks|depot|factory|mill|plaza|square|gate|"
    r"clinique|hôpital|école|église|mosquée|marché|gare|pharmacie|"
    r"clínica|hospital|escuela|colegio|iglesia|mercado|estación|farmacia|igreja|escola|mercado|"
    r"Klinik|Schule|Kirche|Markt|Bahnhof"
)
_NOUN = rf"(?i:{_NOUNS})"
_CUE = r"(?i:near|next[ \t]+to|opposite|behind|beside|close[ \t]+to|across[ \t]+from|adjacent[ \t]+to|by|off)"
# One to three capitalised words (or lower-case "the"-led names) and maybe a landmark noun in lower case.
_NAMED = rf"(?:{_CAP}(?:[ \t]+{_CAP}){{0,2}})(?:[ \t]+{_NOUN})?"
_TAIL = re.compile(rf"[ \t]*,?[ \t]*(?P<cue>{_CUE})[ \t]+(?:the[ \t]+)?(?P<named>{_NAMED})(?![\w'’\-])")
_PRE = re.compile(r"(?i:near|next to|opposite|behind|beside|close to|across from|adjacent to|\bby\b|\boff\b)")
_ENDS_IN_NOUN = re.compile(rf"(?:^|[ \t]){_NOUN}$")
# Nguni locatives glue a lower-case prefix to the place (``eMbabane``, ``KwaMashu``, ``iBhayi``).
_PLACE_WORD = rf"(?:[a-z]{{1,3}}(?=[{LATIN_UPPER}]))?{_CAP}"
_PLACE_CUE = re.compile(
    rf"(?<![\w'’\-])(?i:at|in|from|address)[ \t]*:?[ \t]+"
    rf"(?P<place>{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD}){{0,2}})(?=[ \t]*,[ \t]*{_CUE}[ \t])"
)
# "off Wilkinson Road, by Congo Cross": a street with no number, placed by its landmark.
_STREET_CUE = re.compile(
    rf"(?<![\w'’\-])(?P<place>(?:(?i:off)[ \t]+)?{_CAP}(?:[ \t]+{_CAP}){{0,2}}[ \t]+"
    r"(?:Road|Street|Avenue|Lane|Drive|Highway|Way|Close|Crescent|Rd\.?|St\.?|Ave\.?))(?=[ \t]*,?[ \t]*"
    rf"{_CUE}[ \t])"
)
# Congolese and Rwandan lines name the quarter and the commune after the street (``Av. Kasa-Vubu n°117, Q/
# Binza, C/ Ngaliema``; ``Q. Righini, C. Lemba``); a lone ``C.`` is an initial, so the commune wants its quarter.
_DISTRICT = rf"[ \t]*{_CAP}(?:[ \t]+{_CAP}){{0,2}}"
_DISTRICT_TAIL = re.compile(
    rf"[ \t]*,[ \t]*(?:(?:Q/|Q\.|Quartier|Qtier)(?:{_DISTRICT})(?:[ \t]*,[ \t]*(?:C/|C\.|Commune)(?:{_DISTRICT}))?"
    rf"|(?:C/|Commune)(?:{_DISTRICT}))(?![\w'’\-])"
)
# "Bairro Quinta de Santo António", "Barrio Los Ángeles": a Lusophone or Hispanic neighbourhood as the address.
# "Barrio" is a Spanish surname too ("Ángela Barrio Lumbreras", "P. Barrio Córdoba"): not after a capitalised word.
_HOOD = re.compile(
    rf"(?<![\w'’\-])(?:Bairro|Barrio|BAIRRO|BARRIO)[ \t]+(?:(?:d[aoe]s?|del|de[ \t]+la|los|las|la|el)[ \t]+)?{_CAP}"
    rf"(?:[ \t]+(?:(?:d[aoe]s?|del|de[ \t]+la)[ \t]+)?{_CAP}){{0,3}}"
)
_WORD_BEFORE = re.compile(r"([^\W\d_][\w.'’\-]*)[ \t]*$")
# A house's name before its number and street ("Palmetto House, 16 North Shore Road", "Rose Cottage, 3 Mill Lane"):
# Bermuda and the British Isles name houses; the name locates the home as well as the number.
_HOUSE_NAME_HEAD = re.compile(
    rf"(?<![\w'’\-])(?:{_CAP}[ \t]+){{1,2}}(?:House|Lodge|Cottage|Villa|Hall|Hill|Manor|Farm|Barn|Grange|Court)"
    r"[ \t]*,[ \t]*$"
)
_PLOT_HEAD = re.compile(r"(?:(?i:erf|plot|stand|lot)[ \t]+(?:(?i:no)\.?[ \t]*)?|[nN][°º][ \t]*)$")


def landmark_tail_end(text: str, end: int) -> int:
    """The end of the landmark phrase right after a street span ending at ``end``, or ``end`` (module
    docstring)."""
    m = _TAIL.match(text, end)
    if m is None:
        return end
    named = m.group("named")
    if _ENDS_IN_NOUN.search(named):
        return m.end()
    if m.group("cue").lower() in ("by", "off"):
        return end
    words = [w for w in named.split() if not (w.isupper() and len(w) <= 4)]
    return m.end() if words and _unknown_word(" ".join(words)) else end


def plot_head_start(text: str, start: int) -> int:
    """The start of a plot word (``Erf``, ``Plot``, ``Stand``, ``Lot``, ``n°``) or a house's name (``Aster Lodge,``)
    right before a street span's number."""
    if not text[start : start + 1].isdigit():
        return start
    m = _PLOT_HEAD.search(text, max(0, start - 12), start)
    if m:
        return m.start()
    m = _HOUSE_NAME_HEAD.search(text, max(0, start - 60), start)
    return m.start() if m else start


def _hood_spans(text: str) -> list[tuple[int, int, str]]:
    """ "Bairro ..."/"Barrio ..." neighbourhoods, not after a capitalised word (a person's surname)."""
    out: list[tuple[int, int, str]] = []
    if "arrio" not in text and "airro" not in text and "ARRIO" not in text and "AIRRO" not in text:
        return out
    for m in _HOOD.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before is None or not before.group(1)[:1].isupper():
            out.append((m.start(), m.end(), E.STREET_ADDRESS))
    return out


def nearby_street_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, 'street_address')`` of a village or suburb placed by its landmark, and of a neighbourhood
    named as the address (module docstring)."""
    out = _hood_spans(text)
    if _PRE.search(text) is None:
        return out
    for m in _PLACE_CUE.finditer(text):
        place = m.group("place")
        if not _unknown_word(place):
            continue
        tail = _TAIL.match(text, m.end("place"))
        if tail is not None and _ENDS_IN_NOUN.search(tail.group("named")):
            out.append((m.start("place"), tail.end(), E.STREET_ADDRESS))
    for m in _STREET_CUE.finditer(text):
        end = landmark_tail_end(text, m.end("place"))
        if end > m.end("place"):
            out.append((m.start("place"), end, E.STREET_ADDRESS))
    return out


def with_landmarks(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` (street lines) with their plot word before and landmark phrase after (module docstring)."""
    if not spans:
        return spans
    cued = _PRE.search(text) is not None
    districts = "Q/" in text or "Q." in text or "C/" in text or "Quartier" in text or "Commune" in text
    out = []
    for start, end, entity in spans:
        start = plot_head_start(text, start)
        if districts and (m := _DISTRICT_TAIL.match(text, end)):
            end = m.end()
        if cued:
            end = landmark_tail_end(text, end)
        out.append((start, end, entity))
    return out
