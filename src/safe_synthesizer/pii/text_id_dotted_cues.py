"""National id numbers after dotted, glued or abbreviated id cues: ``I.D: 01-947525``, ``D.N.I 1755592 LP``, ``SSN#
01-695807``, ``nat. ins no CF6645957174F9``, ``contribuinte 5793524(2)``, ``tax nr A1234567``.

Why: :mod:`text_id_loose_cues` reads typo'd id words spelt out (``ID nbr``, ``passprt no``) and :mod:`text_ids` the
id words of each country, but an acronym written with dots (``I.D:``, ``D.N.I``, ``C.I.``, ``b.s.n.``) has no
word boundary where those rules expect one, ``nat. ins`` abbreviates "national insurance", Portuguese notes name
the taxpayer number ``contribuinte`` and Brunei's and Malaysia's ids (``01-947525``) have one dash and fewer digits
than the layouts those rules take. Set 39 kept them (ms_BN text ids 0.00, es_BO 0.00, en_UG 0.50, zh_MO and ps_AF
0.67).

An id is taken when a cue (:data:`_ACRONYMS` written with or without dots, ``#`` glued or not, or one of the
abbreviated phrases of :data:`_PHRASES`) is followed by at most three fillers (``no``, ``nr``, ``nº``, ``#``,
``:``, ``seen``, ``visto``...) and a token in an id's layout: 6-20 upper-case letters and digits with a digit and
an optional bracketed check character or two-letter suffix (``5793524(2)``, ``1755592 LP``), digit groups joined by
dashes (``1398-1652-85454``, ``01-947525``: seven digits or more). Dates, times, lower-case words, short numbers and
tokens after a record word (``order``, ``booking``) are no id. The fake keeps the layout (``fake_id_layouts``).

Example::

    dotted_cue_id_spans("New player Aino Valeri, I.D: 01-947525 for the county registration.")
    # [(29, 38, 'national_id')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V

__all__ = ["dotted_cue_id_spans"]

# Id acronyms of many countries (lower case, letters only): written "DNI", "D.N.I", "d.n.i.", "SSN#".
_ACRONYMS = frozenset(
    {"id", "dni", "ci", "nic", "nin", "nid", "bi", "rut", "run", "cui", "nif", "nie", "cpf", "rg", "cnp", "ssn",
     "sin", "tin", "nir", "cf", "bsn", "pnr", "uid", "cin", "cni", "ine", "curp", "rfc", "dui", "nit", "ruc", "cnic",
     "egn", "oib", "jmbg", "amka", "afm", "hkid", "tckn", "ppsn", "pps", "nino", "ni", "ic", "nric", "fin", "nuit",
     "cnib", "ssnit", "nida", "idnr", "idno", "ahv", "avs", "nss", "nas", "pin"}
)  # fmt: skip
# Acronyms that are ordinary words or codes spelt plainly ("pin", "fin", "sin", "run", "nas"): only with dots.
_DOTTED_ONLY = frozenset({"pin", "fin", "sin", "run", "nas", "ic", "ni", "bi", "cf", "ci", "rg", "ine", "nit"})
_ACRONYM = re.compile(r"(?i)(?<![\w.])((?:[a-z][.][ \t]?){1,4}[a-z][.]?|[a-z]{2,5})(?=[\s#:.\-–—(]|$)")
# Abbreviated id phrases: national insurance, the Portuguese taxpayer number, tax and social-security numbers,
# Italian "cod. fisc.", French "num sécu", German "Ausw.-Nr", Swedish "pers.nr", identity card words.
_PHRASES = re.compile(
    r"(?i)(?<![\w.])(?:nat(?:l|ional)?\.?[ \t]*ins(?:urance)?\.?|nat(?:l|ional)?\.?[ \t]*id|contribuinte|"
    r"n\.?[ºo°][ \t]*(?:de[ \t]+)?contribuinte|tax[ \t]*(?:nr|no|id|num|number|#)\.?|tax[ \t]*payer|"
    r"cod(?:ice)?\.?[ \t]*fisc(?:ale)?\.?|num(?:éro)?\.?[ \t]*s[ée]cu|ausw(?:eis)?\.?[ \t\-]*nr\.?|"
    r"pers(?:onal)?\.?[ \t]*nr\.?|soc(?:ial)?\.?[ \t]*sec(?:urity)?\.?|ident\.?|i\.?[ \t]?d\.?[ \t]*card|"
    r"c[ée]dula|carnet|carn[eê]|bilhete[ \t]+de[ \t]+identidade|tazkira|tazkera|e-tazkira|i/c|"
    # Passport words, typo'd or not, for the one-dash ids the loose-cue rule leaves ("pasport no 01-911640").
    r"pas+p?ort\w*|passp\w*)"
    r"(?=[\s#:.\-–—(]|$)"
)
# What may stand between the cue and the number.
_FILLER = re.compile(
    r"(?i)(?:[ \t]*(?:(?:nbr|nmbr|numbr|num|number|no|nr|nro|n°|nº|n\.º|n\.°|no\.|nr\.|num\.|seen|sighted|visto|"
    r"vista|check|checked|card|de|do|da)(?![^\W\d_])|[#№:\-–—.])){0,4}[ \t]*"
)
# The number: digit groups joined by dashes (Afghan, Bruneian, Zimbabwean), then letters and digits with an
# optional bracketed check character or a two-letter suffix.
_TOKEN = re.compile(
    r"(?-i:\d{1,4}(?:-\d{1,6}){1,4}(?:[ \t]?[A-Z](?:[ \t]?\d{2})?)?"
    r"|[A-Z0-9]{6,20}(?:\([0-9A-Z]\))?(?:[ \t][A-Z]{2}(?![\w]))?)(?![\w\-/]|[.,]\d)"
)
_RECORD_BEFORE = re.compile(
    r"(?i)\b(?:order|booking|ticket|invoice|room|receipt|tracking|parcel|job|transaction|payment|caller|"
    r"session|user|login|wifi|wi-fi|product|item|sku|batch|lot|bank|card|account|acct|gate|door|key|safe)\W*$"
)
MIN_DIGITS = 6
MIN_DASHED_DIGITS = 7
_TIME = re.compile(r"^\d{1,2}[.:]\d{2}$")


def _cue_ends(text: str) -> list[int]:
    """Where each id cue of ``text`` ends (its acronyms, dotted or not, and its abbreviated phrases)."""
    ends = [m.end() for m in _PHRASES.finditer(text)]
    for m in _ACRONYM.finditer(text):
        word = m.group(1)
        letters = "".join(ch for ch in word if ch.isalpha()).lower()
        if letters not in _ACRONYMS:
            continue
        dotted = "." in word
        if not dotted and (letters in _DOTTED_ONLY or (word.islower() and len(letters) < 3)):
            continue  # "pin", "fin", lower-case "id"/"ci": words or the loose-cue rules' own
        ends.append(m.end())
    return sorted(set(ends))


def _id_shaped(value: str) -> bool:
    """A token an id is written as: enough digits, no lower-case letter, no date or time."""
    core = value.split("(")[0].split()[0] if value.split() else value
    digits = sum(ch.isdigit() for ch in core)
    if any(ch.islower() for ch in core) or V.looks_like_date(value) or _TIME.match(value):
        return False
    if "-" in core:
        return digits >= MIN_DASHED_DIGITS and not V.looks_like_date(core)
    return digits >= MIN_DIGITS or (digits >= 1 and len(core) >= 7 and any(ch.isalpha() for ch in core))


def dotted_cue_id_spans(text: str, found: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, str]]:
    """National-id spans of ``text`` after a dotted, glued or abbreviated id cue (module docstring); tokens
    overlapping ``found`` (spans already taken), or equal to one, are left."""
    if not any(ch.isdigit() for ch in text):
        return []
    out: list[tuple[int, int, str]] = []
    for cue_end in _cue_ends(text):
        filler = _FILLER.match(text, cue_end)
        at = filler.end() if filler else cue_end
        if at == cue_end and text[at - 1 : at] not in ("#", ":", ".") and at < len(text) and text[at] != " ":
            continue
        m = _TOKEN.match(text, at)
        if m is None:
            continue
        start, end = m.start(), m.end()
        # A span inside the token (the digits before a bracketed check character) gives way to the whole id; the token
        # an earlier rule already gave whole is not given twice.
        if (start, end) in found or any(a < end and start < b and not start <= a < b <= end for a, b in found):
            continue
        if (start, end, E.NATIONAL_ID) in out:
            continue
        cue_start = text.rfind(" ", 0, max(0, cue_end - 1)) + 1
        if _RECORD_BEFORE.search(text, max(0, cue_start - 24), cue_start):
            continue
        if _id_shaped(m.group()):
            out.append((start, end, E.NATIONAL_ID))
    return out
