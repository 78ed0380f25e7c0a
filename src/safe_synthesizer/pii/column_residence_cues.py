"""A header that asks where the person lives is a town column's cue: ``Where do you live now?``, ``fld13_wheredoyou``.

Why: form and survey tools (Google Forms, Typeform, SurveyMonkey, a reunion RSVP or a petition) export a
question's text as its column's header, and cut it short in narrow exports (``fld13_wheredoyou``, 16 characters).
The answer is a town (``Lilongwe``, ``Kiffa``, ``St Sampson``), yet no cue word (``city``, ``town``) is in the
question, so a column of a small country's few home towns was judged on its values alone, and a handful of towns
shared by many rows reads as a branch list: kept as written (set 35, seen: en_MW, ar_MR, en_GG). The question is as
clear as ``Home town``: it cues the town, in the languages of the supported locales.

Only questions and labels about living somewhere: ``Where do you work?`` (an employer), ``Where did you hear about
us?`` (a channel) and ``Where are you from?`` (a country, as often as a town) cue nothing. A question cut short
right after ``where do you`` is read as the living question (exports cut a question at a fixed width; the other
questions keep their verb only when they are not cut).

Example::

    residence_cues("Where do you live now?")  # {"city"}
    residence_cues("Where do you work?")  # set()
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.gazetteers import plain_form

# The question's or label's words, accent-folded, lower case, one space between (``Où habitez-vous ?`` -> ``ou habitez
# vous``); a space may be missing (glued ``wheredoyoulive``): English, French, Spanish, Portuguese, Italian, German,
# Dutch, Polish, Swedish, Danish, Norwegian, Indonesian/Malay, Swahili.
_S = r" ?"
_LIVING = re.compile(
    r"\b(?:"
    rf"where{_S}(?:(?:do|does|did){_S})?(?:you|u|they|he|she|the{_S}[a-z]{{3,12}}){_S}(?:(?:currently|now|usually)"
    rf"{_S})?(?:live|living|reside|stay|residing|staying)|where{_S}do{_S}you{_S}(?:l[a-z]{{0,3}})?$|"
    rf"where{_S}you{_S}live|(?:place|town|city|commune|village){_S}of{_S}residence|current{_S}residence|"
    rf"(?:town|city|village){_S}you{_S}live{_S}in|(?:lives|living){_S}in(?:{_S}(?:now|currently))?$|"
    rf"ou{_S}(?:habitez|habites|habite|vivez|vis|residez)|(?:lieu|ville|commune){_S}de{_S}residence|"
    rf"donde{_S}(?:vive|vives|reside|resides)|(?:lugar|ciudad|municipio){_S}de{_S}residencia|"
    rf"onde{_S}(?:voce{_S})?(?:mora|vive)|(?:cidade|local){_S}de{_S}residencia|"
    rf"dove{_S}(?:abiti|abita|vivi|vive)|(?:luogo|citta|comune){_S}di{_S}residenza|"
    rf"wo{_S}(?:wohnen|wohnst|wohnt)|wohnhaft{_S}in|waar{_S}(?:woon|woont|woonde)|"
    rf"gdzie{_S}mieszka[a-z]*|miejsce{_S}zamieszkania|(?:var|hvor){_S}bor|"
    rf"di{_S}?mana{_S}(?:anda{_S})?tinggal|unaishi{_S}wapi|mahali{_S}unapoishi"
    r")\b"
)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_NOT_LETTERS = re.compile(r"[^a-z]+")
# Longer than any form's question: a sentence of instructions names no column.
MAX_CHARS = 120


def residence_cues(column_name: str) -> set[str]:
    """``{"city"}`` when the header asks or labels where the person lives (see the module), else an empty set."""
    text = str(column_name)
    if len(text) > MAX_CHARS:
        return set()
    # Folded here, not with ``cues.fold``: :mod:`cues` imports this module.
    folded = plain_form(_CAMEL.sub(" ", text.replace("ß", "ss"))).lower()
    words = _NOT_LETTERS.sub(" ", folded).strip()
    return {E.CITY} if _LIVING.search(words) else set()
