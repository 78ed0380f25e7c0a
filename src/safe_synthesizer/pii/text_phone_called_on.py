"""A number after a verb of calling, its person and ``on``/``at``: ``text him on 166201``, ``ring me at 3370245``.

Why: a note that tells the reader to call or text someone names the number the person is reached on, whatever its
length: a local number written without its area code (``text him on 3370245`` in a Dutch barber's book, a German
``166201``) is no valid number of any plan, so the rules that ask for a valid number kept it (held-out set 42: 11
barbers' notes in de nl sl fr_RE dv_MV en_SS). The clause itself is the evidence: a verb of calling or texting (a
closed class: ``call``, ``ring``, ``phone``, ``text``, ``sms``, ``whatsapp``, ``message``, ``bell``; German
``anrufen``/``erreichbar`` ``unter``, Dutch ``bel ... op``, French ``appeler``/``joindre`` ``au``), the person called
(an object pronoun: ``him``, ``her``, ``me``, ``us``, ``them``) and the preposition a number takes, then 5-15 digits
that are no date, amount or range. Cheap: notes with none of the verbs are passed by substring tests.

Example::

    called_on_phone_spans("wants the usual cut. text him on 3370245")  # [(33, 40, "phone_number")]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_phone_imperative import cued_number_fits

__all__ = ["called_on_phone_spans"]

# Lower-case stems one of which a note must hold before the clause is searched for.
_GATE = ("call", "ring", "phone", "text", "sms", "whatsapp", "messag", "bell", "anruf", "ruf", "erreichbar", "bel ",
         "appel", "joindre")  # fmt: skip
_NUMBER = r"(?P<number>\+?\d[\d \-.]{3,17}\d)(?![\d]|[.,]\d|[ \t]*[-/]?[ \t]*\d)"
_CLAUSE = re.compile(
    r"(?<![\w])(?:"
    # English: call/ring/phone/text/sms/whatsapp/message him on ...; give her a ring/call/bell on ...
    r"(?:call|ring|phone|text|txt|sms|whatsapp|message|msg|bell|contact|reach)(?:ed|s|ing)?[ \t]+"
    r"(?:him|her|me|us|them)[ \t]+(?:back[ \t]+)?(?:on|at)"
    r"|give[ \t]+(?:him|her|me|us|them)[ \t]+a[ \t]+(?:ring|call|bell|text|buzz)[ \t]+(?:on|at)"
    # German: (ist) erreichbar unter, (ruf ihn) an unter, Anruf/Rückruf unter
    r"|(?:erreichbar|an|anrufen|anruf|rückruf|ruf)[ \t]+unter"
    # Dutch: bel hem/haar/me/mij op
    r"|bel[ \t]+(?:hem|haar|me|mij|ons|hen)[ \t]+(?:terug[ \t]+)?op"
    # French: l'appeler / le joindre / appelez-moi au
    r"|(?:appeler|appelez|appelle|rappeler|rappelez|joindre)(?:-(?:moi|le|la|nous|les))?[ \t]+au"
    r")[ \t]*:?[ \t]*" + _NUMBER,
    re.IGNORECASE,
)
MIN_DIGITS, MAX_DIGITS = 5, 15


def called_on_phone_spans(
    text: str, found: Sequence[tuple[int, int]] = (), regions: Sequence[str] = ()
) -> list[tuple[int, int, str]]:
    """Phone spans of numbers after a verb of calling, its person and ``on``/``at`` (``unter``, ``op``, ``au``);
    numbers overlapping ``found`` (spans already taken) are left. ``regions`` is kept for the callers' signature.

    Example::

        called_on_phone_spans("ring her at 0733289 after 5")  # [(12, 19, "phone_number")]
    """
    del regions
    lowered = text.lower()
    if not any(stem in lowered for stem in _GATE):
        return []
    out: list[tuple[int, int, str]] = []
    for m in _CLAUSE.finditer(text):
        start, end = m.start("number"), m.end("number")
        if cued_number_fits(text, m.group("number"), start, end, found, (MIN_DIGITS, MAX_DIGITS)):
            out.append((start, end, E.PHONE_NUMBER))
    return out
