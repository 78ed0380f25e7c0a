"""Names in scanned or pasted forms whose labels pair the name fields: ``Surname / Given name: DOE /
Jane``, ``Eftirnafn / Fornafn: NICOLASSON /\\nHeiðveig``, ``Priimek / Ime: JERIČ /\\nKarolina``,
``姓 / 名: 小林 /\\n加奈``, ``Фамилия / Име: ИВАНОВА /\\nМария``.

Paper forms put both name fields under one label; OCR and copy-paste keep the label, the two values with
their slash and break the line wherever the scan wrapped. Neither value has to be a listed name (an
Icelandic patronymic, a double surname in capitals): the label says what they are. The rule reads

- a surname label and a given-name label (either order, any supported language, any case) joined by
  ``/``, then ``:``;
- the first value: one to three words of letters (no digits) up to the next ``/``;
- the second value: the words after that ``/`` (the line may break before them), up to a line break, a
  digit or the next label (a word followed by ``:``).

A single surname or given-name label (``Priimek: JERIČ``) is :mod:`text_names`' layout rule.

Example::

    >>> [(a, b, e) for a, b, e in form_name_spans("Surname / First name: NOWAK /\\nAnna Phone: 0123")]
    [(22, 27, 'last_name'), (30, 34, 'first_name')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E

__all__ = ["form_name_spans"]

_SURNAME_LABELS = (
    "surname", "last name", "last-name", "family name", "nachname", "familienname", "nom de famille", "nom",
    "apellidos", "apellido", "primer apellido", "cognome", "achternaam", "familienaam", "efternamn", "etternavn",
    "efternavn", "sukunimi", "nazwisko", "příjmení", "priezvisko", "vezetéknév", "családi név", "prezime",
    "priimek", "pavardė", "uzvārds", "perekonnanimi", "soyadı", "soyad", "nume de familie", "nume", "sobrenome",
    "apelido", "apelidos", "eftirnafn", "姓", "氏", "姓氏", "성", "фамилия", "прізвище", "презиме", "επώνυμο",
    "επωνυμο",
)  # fmt: skip
_GIVEN_LABELS = (
    "first name", "first names", "first-name", "given name", "given names", "forename", "forenames",
    "christian name", "vorname", "vornamen", "prénom", "prénoms", "prenom", "nombre", "nombres", "nome",
    "nomi", "nome próprio", "voornaam", "voornamen", "förnamn", "fornavn", "etunimi", "etunimet", "imię",
    "imiona", "jméno", "meno", "keresztnév", "utónév", "ime", "vardas", "vārds", "eesnimi", "adı", "ad",
    "prenume", "prenumele", "fornafn", "名", "名前", "이름", "имя", "ім'я", "ім’я", "име", "όνομα", "ονομα",
)  # fmt: skip


def _alternation(labels: tuple[str, ...]) -> str:
    return "|".join(re.escape(x).replace(r"\ ", r"[ \t]+") for x in sorted(labels, key=len, reverse=True))


_NAME_WORD = r"[^\W\d_][^\W\d_'’.\-]*(?:[\-'’][^\W\d_]+)*"
_SURNAME = _alternation(_SURNAME_LABELS)
_GIVEN = _alternation(_GIVEN_LABELS)
_PAIRED = re.compile(
    rf"(?<![\w'’])(?i:(?P<surname_first>{_SURNAME})[ \t]*/[ \t]*(?:{_GIVEN})|(?:{_GIVEN})[ \t]*/[ \t]*(?:{_SURNAME}))"
    rf"[ \t]*[:：][ \t]*(?P<one>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})[ \t]*/[ \t]*\n?[ \t]*"
    rf"(?P<two>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})?"
)
_LABEL_AFTER = re.compile(r"[ \t]*[:：]")


def _second_value(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """The second value's span: its words up to the next label (a word followed by a colon)."""
    if m.group("two") is None:
        return None
    start = m.start("two")
    words = [(w.start(), w.end()) for w in re.finditer(_NAME_WORD, m.group("two"))]
    words = [(start + a, start + b) for a, b in words]
    if _LABEL_AFTER.match(text, words[-1][1]):
        words = words[:-1]  # "Heiðveig Sími:": the label of the next field
    if not words:
        return None
    return words[0][0], words[-1][1]


def form_name_spans(text: str) -> list[tuple[int, int, str]]:
    """Surname and given-name values after a paired label (see the module docstring)."""
    if "/" not in text:
        return []
    out: list[tuple[int, int, str]] = []
    for m in _PAIRED.finditer(text):
        surname_first = m.group("surname_first") is not None
        first_kind, second_kind = (E.LAST_NAME, E.FIRST_NAME) if surname_first else (E.FIRST_NAME, E.LAST_NAME)
        out.append((m.start("one"), m.end("one"), first_kind))
        second = _second_value(text, m)
        if second is not None:
            out.append((*second, second_kind))
    return out
