"""A birth date after its cue and a word saying it was checked: ``DOB confirmed 07/05/2000``.

Clinical, adverse-event and intake notes record that the identity check was done by writing the birth-date
cue, a participle of checking and the date: ``DOB confirmed 07/05/2000``, ``DOB re-verified: 1954-02-12``,
``date of birth validated against passport 12/03/1980``, ``Geburtsdatum bestätigt 12.03.1980``, ``fecha de
nacimiento confirmada 12/03/1980``, ``data di nascita verificata``, ``geboortedatum gecontroleerd``. The
main cue rule of ``text_patterns`` allows only short words (up to eight letters) between its cue and the
date, so that a long sentence after "born" (``DOB unknown, admitted 12/03/2024``) does not lend its date
the birth label; the participles of checking are longer in most languages (``confirmed``, ``bestätigt``,
``confirmada``) and say nothing else happened on that date: the date is the birth date that was checked.
A short aside in brackets after the cue says the same (``DOB (per ID) 07/05/2000``, ``DOB (as stated):``).

Rule: a birth cue (the caller's regex), optionally ``was``/``is``/``has been`` (or the language's auxiliary),
a participle of checking from :data:`CHECKED`, optionally ``as``/``against``/``per``/``with`` and at most two
short words (``against passport``, ``with mother as``), then a date whose year a living person can be born
in; or a birth cue, a bracketed aside of up to 30 characters with no digit, then such a date.

Example::

    checked_dob_spans("Reviewed. DOB confirmed 07/05/2000. Seen.", DOB_CUE, DATE)  # [(24, 34, 'date_of_birth')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_dates import plausible_birth_year

# Participles (and a few set phrases) of checking a record, per language, both genders where they differ.
CHECKED = (
    # English
    r"(?:re-?)?confirmed|(?:re-?)?verified|(?:re-?)?checked|validated|cross-checked|double-checked|corrected|"
    r"amended|updated|given|stated|recorded|provided|documented|declared|reported|on[ \t]+file|"
    # French, German, Spanish and Portuguese, Italian, Dutch
    r"confirmée?s?|vérifiée?s?|contrôlée?s?|corrigée?|indiquée?|déclarée?|"
    r"bestätigt|geprüft|überprüft|verifiziert|kontrolliert|korrigiert|angegeben|"
    r"confirmad[oa]|verificad[oa]|comprobad[oa]|corregid[oa]|indicad[oa]|conferid[oa]|"
    r"confermat[oa]|verificat[oa]|controllat[oa]|corrett[oa]|"
    r"bevestigd|gecontroleerd|geverifieerd|gecorrigeerd|"
    # Polish, Czech, Swedish, Danish, Norwegian, Finnish
    r"potwierdzon[aey]|zweryfikowan[aey]|sprawdzon[aey]|ověřen[oáý]?|potvrzen[oáý]?|"
    r"bekräftat|kontrollerat|verifierat|bekræftet|kontrolleret|bekreftet|kontrollert|vahvistettu|tarkistettu"
)
# An auxiliary between the cue and the participle ("DOB was confirmed", "Geburtsdatum wurde bestätigt").
_AUX = (
    r"(?:was|is|has[ \t]+been|been|now|ist|wurde|a[ \t]+été|est|fue|es|foi|è[ \t]+stat[oa]|è|werd|"
    r"została|zostało|je|är|blev|ble|er)"
)
# What may stand between the participle and the date: "as", "against passport", "with mother as", "laut
# Ausweis", "selon CNI", "según DNI", "per ID".
_LINK = r"(?:as|to|with|by|per|against|from|via|on|laut|gemäß|mit|selon|avec|par|según|con|secondo|als|met)"
_SHORT = r"[^\W\d_]{1,10}\.?"
# Quick gate: the stems of the participles (lower case); a text holding none of them and no bracket after a cue
# is skipped before any regex runs.
_GATE = (
    "confirm", "verif", "check", "valid", "correct", "amend", "updat", "given", "stated", "record", "provid",
    "document", "declar", "report", "on file", "vérif", "contrôl", "corrig", "indiqu", "bestätig", "prüft",
    "kontroll", "korrig", "angegeben", "comprob", "indicad", "conferi", "conferm", "controll", "corrett",
    "bevestig", "gecontrol", "geverif", "potwierdz", "zweryfik", "sprawdz", "ověř", "potvrz", "bekräft",
    "bekræft", "bekreft", "vahvist", "tarkist", "(",
)  # fmt: skip


# How far before the participle the cue may end (``date of birth was`` ... ``confirmed``).
_WINDOW = 60


@lru_cache(maxsize=4)
def _patterns(cue: str, date: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The participle (or the aside) and the date after it; and the cue ending a window before them. The
    participle is searched first: the cue alternation of every language is long, and runs only where one is."""
    checked = (
        rf"(?:{_AUX}[ \t]+)?(?:{CHECKED})(?!\w)[ \t:,\-]*"
        rf"(?:{_LINK}[ \t]+(?:{_SHORT}[ \t:,]+){{0,2}}?)?"
    )
    aside = r"\([^()\d\n]{1,30}\)"
    after = re.compile(rf"(?i)(?<!\w)(?:{checked}|{aside})[ \t:,\-]*(?<![\d./\-])(?P<date>{date})(?![\d/]|[.\-]\d)")
    before = re.compile(rf"(?i)(?<!\w){cue}(?:(?<=[.)])|(?!\w))[ \t:,\-]*$")
    return after, before


def checked_dob_spans(text: str, cue: str, date: str) -> list[tuple[int, int, str]]:
    """Birth dates of ``text`` written after a birth cue and a word of checking; ``cue`` is the regex of the
    caller's birth words, ``date`` that of a full date. Returns ``(start, end, DATE_OF_BIRTH)`` of each date."""
    if not any(ch.isdigit() for ch in text):
        return []
    low = text.lower()
    if not any(g in low for g in _GATE):
        return []
    after, before = _patterns(cue, date)
    out = []
    for m in after.finditer(text):
        window = text[max(0, m.start() - _WINDOW) : m.start()]
        if before.search(window) and plausible_birth_year(m.group("date"), text):
            out.append((m.start("date"), m.end("date"), E.DATE_OF_BIRTH))
    return out
