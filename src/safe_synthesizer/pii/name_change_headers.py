"""Column headers that name a surname a person had before or took on marriage: married, maiden and birth names.

Why: a reunion sheet's ``Married name (if changed)``, a parish register's ``geb.``, a civil form's ``nom de jeune
fille`` or ``apellido de casada`` holds a second family name of the row's person, filled for a few persons. The
general header cues read ``name`` in them (a full name) or nothing at all, and the values (one surname on a row in
six) are too few for the value checks; beside a family-name column the stock-pair pass then took the column for the
given-name half of a pair. The header words tell it, in the languages the sets use, in any export's spelling
(``marriedNameIfChanged``, ``MARRIED_NAME_IF_CHANGED``, ``Married Nm if changed``).

Example::

    says_changed_surname("marriedNameIfChanged")  # True
    says_changed_surname("Geburtsname")  # True
    says_changed_surname("Company name")  # False
"""

from __future__ import annotations

import re
import unicodedata

_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SEPARATORS = re.compile(r"[_\-./|:()\[\]#*]+")
# Name words of a header (``name``, ``nm``, ``surname``, ``family name`` and their other-language forms).
_NAME = r"(?:name|nm|surname|last ?name|family ?name|nom|apellidos?|nome|sobrenome|cognome|naam|achternaam)"
_CHANGED = [
    # English: married / maiden / birth / former / previous surname, name at birth, name if changed, née.
    rf"\b(?:married|maiden|birth|former|previous|prior|earlier|premarital) {_NAME}\b",
    rf"\b{_NAME} (?:at|from|by|of) (?:birth|marriage)\b",
    rf"\b{_NAME} (?:before|after) (?:marriage|wedding)\b",
    rf"\b{_NAME} if (?:changed|different)\b",
    r"\bnée\b|\(nee\)",
    # German, Dutch, Scandinavian: Geburtsname, Mädchenname, Ehename, geb., meisjesnaam, geboortenaam, flicknamn.
    r"geburtsname|m(?:ae|ä)dchenname|\behename|fr(?:ue|ü)herer? name|\bgeb\b|\bgeborene\b",
    r"meisjesnaam|geboortenaam|naam (?:bij|voor) (?:geboorte|huwelijk)|aangetrouwde naam",
    r"flicknamn|f(?:ö|o)delsenamn|ogift namn|pigenavn|f(?:ø|o)denavn|pikenavn|syntym(?:ä|a)nimi",
    # French, Spanish, Portuguese, Italian, Romanian, Catalan.
    r"\bnom (?:de )?(?:jeune fille|naissance|marital|d'(?:é|e)pouse|d'usage|de femme mari(?:é|e)e)\b",
    r"\bapellidos? (?:de )?(?:casada|soltera|nacimiento|de la esposa)\b",
    r"\b(?:nome|sobrenome|apelido) (?:de )?(?:solteira|casada|nascimento)\b",
    r"\bcognome (?:da |di )?(?:nubile|sposata|acquisito|nascita|coniugale)\b",
    r"\bnume(?:le)? (?:de )?(?:fat(?:ă|a)|na(?:ș|s)tere|anterior)\b|\bcognom de (?:soltera|casada)\b",
    # Polish, Czech, Slovak, Hungarian, Turkish, Russian, Ukrainian, Greek.
    r"nazwisko (?:rodowe|panie(?:ń|n)skie)|rodn(?:é|e) (?:p(?:ř|r)íjmení|priezvisko)|\bleánykori\b|\bszületett\b",
    r"kızlık soyad|kizlik soyad|evlilik öncesi soyad|девичья фамилия|фамилия при рождении|дівоче прізвище",
    r"πατρικό επώνυμο|επώνυμο γέννησης|\bτο γένος\b",
    # Japanese, Chinese: 旧姓 (former surname), 婚前姓, 原姓, 曾用名 (name once used).
    r"旧姓|舊姓|婚前姓|原姓|曾用名|出生姓",
]
_CHANGED_RE = re.compile("|".join(f"(?:{p})" for p in _CHANGED))


def header_words(header: str) -> str:
    """The header as plain words: camel case and separators split, case folded, spaces collapsed."""
    text = unicodedata.normalize("NFC", _CAMEL.sub(" ", str(header)))
    return " ".join(_SEPARATORS.sub(" ", text).casefold().split())


def says_changed_surname(header: str) -> bool:
    """The header names a surname the person had before or took on marriage (married, maiden, birth name)."""
    return bool(_CHANGED_RE.search(header_words(header)))
