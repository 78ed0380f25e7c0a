"""The rest of an address after a street line in free text: its postcode and town.

A street found in a note rarely ends the address: ``wohnhaft Käfergasse 1/2, 9993 Wörgl``,
``at 4825 Carter Center, Jacquelinetown 11491``, ``OF 7 KIERAN WALL, WENDYBERG G51 7GA``. Left alone,
the postcode and town survive next to a fake street and point back at the person (or the town is
taken for a person's name and gets a first name as its fake). Right after a street span, this module
reads the two layouts of the world's addresses:

- postcode, then town (most of Europe and Latin America): ``8094 Steyregg``, ``75011 Paris``,
  ``00-950 Warszawa``, ``1234 AB Utrecht``, ``LV-1050 Rīga``, ``A-8094 Steyregg``;
- town, then postcode (English-speaking countries): ``Wendyberg G51 7GA``, ``Springfield, IL 62704``,
  ``Lac-Provencher B4S 2S9``, ``New Soniaside 2910``.

The postcode becomes a ``postcode`` span and the town a ``city`` span, so they get the same fakes
as the row's postcode and town columns (one mapper serves columns and text). A bare number after a
street is no postcode unless a town word comes with it (``Käfergasse 1/2, 2019 moved``: "moved"
is not capitalised in a mixed-case note, so nothing is added).

Example::

    >>> from safe_synthesizer.pii.text_spans import TextSpan
    >>> text = "wohnhaft Käfergasse 1/2, 9993 Wörgl."
    >>> [(text[s.start:s.end], s.entity) for s in with_address_tails(text, [TextSpan(9, 23, "street_address", 0.9)])]
    [('Käfergasse 1/2', 'street_address'), ('9993', 'postcode'), ('Wörgl', 'city')]
"""

from __future__ import annotations

import re
from collections.abc import Collection

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.gazetteers import all_cities
from safe_synthesizer.pii.text_spans import TextSpan

_WORD = r"[^\W\d_][^\W\d_'’.\-]*(?:['’\-][^\W\d_]+)*\.?"
# Small words inside town names: Sankt Veit an der Glan, Newcastle upon Tyne, Saint-Denis-de-la-Réunion.
_PARTICLES = frozenset({"an", "am", "im", "in", "bei", "der", "den", "la", "le", "les", "de", "del", "della", "di",
                        "do", "da", "dos", "das", "du", "en", "sur", "sous", "upon", "on", "y", "i", "e"})  # fmt: skip
# Words of a note's labels and units that a number follows: "Room 2044", "Tel 12345", "2500 EUR" are
# no town and postcode.
_NOT_TOWN = frozenset({
    "tel", "tél", "tlf", "telefon", "phone", "ph", "mob", "mobile", "fax", "room", "rm", "ref", "no", "nr", "box",
    "flat", "apt", "suite", "unit", "floor", "gate", "seat", "code", "pin", "ext", "id", "case", "order", "invoice",
    "account", "acct", "contract", "eur", "usd", "gbp", "chf", "sek", "nok", "dkk", "pln", "czk", "huf", "kr", "km",
    "bus", "route", "line", "platform", "desk", "ward", "bed", "page", "step", "year", "years",
    # Unit words after a house number ("Los Aromos 96 Dpto. 577", "Picarte 66 Of. 39", "bte 22").
    "dpto", "depto", "of", "oficina", "piso", "apto", "bte", "boîte", "íbúð", "lgh", "whg", "app", "int", "torre",
})  # fmt: skip
_TOWN = rf"{_WORD}(?:[ \t]+{_WORD}){{0,4}}"
_POSTCODE_FIRST = r"(?:[A-Z]{1,2}-)?(?:\d{2}-\d{3}|\d{4}-\d{3}|\d{3}[ \t]\d{2}|\d{4}[ \t]?[A-Z]{2}(?![^\W\d_])|\d{4,5})"
_UK = r"[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}"
_CA = r"[A-Z]\d[A-Z][ \t]?\d[A-Z]\d"
_EIRCODE = r"[AC-FHKNPRTV-Y]\d{2}[ \t]?[AC-FHKNPRTV-Y\d]{4}"
_POSTCODE_LAST = rf"(?:{_UK}|{_CA}|{_EIRCODE}|\d{{5}}(?:-\d{{4}})?|\d{{4}})"
# A comma and a line break in either order: a scanned form breaks lines before the comma ("… 9 bte 21\n, 8513").
_GAP = r"(?:[ \t]*\n(?=[ \t]*,))?,?[ \t]*(?:\n[ \t]*)?"
# A Korean town: its administrative unit ends it, a particle may be glued after ("98898 횡성군입니다").
_HANGUL_TOWN = re.compile(
    r"[가-힣]{1,8}?(?:특별자치시|특별자치도|특별시|광역시|시|군|구|읍|면)(?:[ \t]+[가-힣]{1,8}?(?:시|군|구|읍|면))?"
)
_END = r"(?![\w\-/])"
_POSTCODE_THEN_TOWN = re.compile(rf"{_GAP}(?P<postcode>{_POSTCODE_FIRST})[ \t]+(?P<town>{_TOWN})")
_TOWN_THEN_POSTCODE = re.compile(
    rf"{_GAP}(?P<town>{_WORD}(?:[ \t]+{_WORD}){{0,3}}),?[ \t]+(?:[A-Z]{{2,3}},?[ \t]+)?"
    rf"(?P<postcode>{_POSTCODE_LAST}){_END}"
)
_REPLACEABLE = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME, E.CITY, E.POSTCODE})


def _town_words(town: str, cased: bool) -> int:
    """How many characters of ``town`` (words after a postcode) belong to the town's name.

    In a note written in mixed case the town's words are capitalised, one or two at a time (small
    particles between them); in an all lower-case or all capitals note only the first word is taken.
    """
    words = list(re.finditer(r"\S+", town))
    if not cased:
        return words[0].end()
    end, run = 0, 0
    for i, w in enumerate(words):
        word = w.group()
        if word[0].isupper():
            run += 1
            if run > 2:  # "Wörgl Beklagte Frau": German nouns are capitalised too; a town has 1-2 words
                break
            end = w.end()
        elif word in _PARTICLES and any(
            later.group() not in _PARTICLES and later.group()[0].isupper() for later in words[i + 1 : i + 3]
        ):
            run = 0  # "Sankt Veit an der Glan", "Frankfurt am Main"
        else:
            break
        if word.endswith((".", ",")):
            break
    return end


def _plausible(postcode: str, town: list[str]) -> bool:
    """In a note all in lower case or all in capitals no capital marks the town: a bare number
    (``portkod 1234``, ``pin 4411``) then needs a listed town; a postcode with letters or a separator
    (``G51 7GA``, ``00-950``, ``1234 AB``) is telling enough by itself."""
    if not postcode.isdigit():
        return True
    return " ".join(town).strip(".,").lower() in all_cities()


def _is_label(words: list[str]) -> bool:
    return any(w.strip(".,:").lower() in _NOT_TOWN for w in words)


def _tail(text: str, end: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(postcode span, town span) right after position ``end``, in either layout."""
    cased = any(ch.isupper() for ch in text) and any(ch.islower() for ch in text)
    m = _TOWN_THEN_POSTCODE.match(text, end)
    town = m.group("town").split() if m else []
    if (
        m
        and not _is_label(town)
        and (all(w[0].isupper() or w in _PARTICLES for w in town) if cased else _plausible(m.group("postcode"), town))
    ):
        return m.span("postcode"), m.span("town")
    m = _POSTCODE_THEN_TOWN.match(text, end)
    if m and (korean := _HANGUL_TOWN.match(m.group("town"))):
        return m.span("postcode"), (m.start("town"), m.start("town") + korean.end())
    if m:
        town_text = m.group("town")
        # The next label of a form ends the town ("8513 Wavre Téléphone: 0462").
        label = next(
            (w for w in re.finditer(r"\S+", town_text) if w.start() and text[m.start("town") + w.end() :][:1] == ":"),
            None,
        )
        size = _town_words(town_text[: label.start()].rstrip() if label else town_text, cased)
        words = m.group("town")[:size].split()
        if size and not _is_label(words) and (cased or _plausible(m.group("postcode"), words)):
            town_end = m.start("town") + size
            if text[town_end - 1] in ".,":  # the sentence's full stop, not an abbreviation of the town
                town_end -= 1
            return m.span("postcode"), (m.start("town"), town_end)
    return None


def with_address_tails(
    text: str, spans: list[TextSpan], allowed: Collection[str] = (E.POSTCODE, E.CITY)
) -> list[TextSpan]:
    """``spans`` (resolved, sorted) plus a ``postcode`` and a ``city`` span after each street span.

    Name or place spans that the tail covers (a town read as a person) give way to it; any other
    span there (a phone number, an id) means the text after the street is not its address, and
    nothing is added.
    """
    if not any(s.entity == E.STREET_ADDRESS for s in spans):
        return spans
    out = list(spans)
    for street in spans:
        if street.entity != E.STREET_ADDRESS:
            continue
        tail = _tail(text, street.end)
        if tail is None:
            continue
        (p0, p1), (t0, t1) = tail
        start, stop = min(p0, t0), max(p1, t1)
        covered = [s for s in out if s.start < stop and s.end > start]
        if any(s.entity not in _REPLACEABLE for s in covered):
            continue
        out = [s for s in out if s not in covered]
        if E.POSTCODE in allowed:
            out.append(TextSpan(p0, p1, E.POSTCODE, street.score))
        if E.CITY in allowed:
            out.append(TextSpan(t0, t1, E.CITY, street.score))
    return sorted(out, key=lambda s: (s.start, s.end))
