"""A given name alone opening a sentence before a verb of contact or of a promise: ``Mariano will call back re
invoice``, ``Wendy rang twice``, ``Gerard says he paid``, ``Anke ruft zurück``, ``Maëlle rappellera``, ``Ximena
llamará mañana``, ``Ornella richiamerà``, ``Fenna belt terug``.

Call, dunning and collection notes record what the other person did or will do, with that person as the
sentence's subject, by the given name alone. Capitalised words open every sentence, so the place says little;
the verb and the name together do:

- the name opens the text, a line (after a bullet), or a sentence after ``.``, ``!``, ``?`` or ``;``;
- it is a strict given name (:func:`text_name_given_word.given_word`: listed, no common word, no English
  adjective, verb or adverb: ``Will called``, ``Hope says``, ``Mark rang`` stay);
- a verb of contact or promise of English or a supported language follows right after it (``will call``,
  ``rang``, ``phoned``, ``says``, ``promised``, ``ruft``, ``rappellera``, ``llamó``, ``richiamerà``, ``belde``);
  verbs of opinion or state (``has``, ``is``, ``loves``) are left out: reviews open with brands (``Maeve has done
  it again``).

Example::

    action_subject_spans("Spoke to spouse. Mariano will call back re invoice 9371348.")  # [(17, 24, 'first_name')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_name_given_word import NAME_WORD, given_word

__all__ = ["action_subject_spans"]

_VERBS = (
    r"will[ \t]+(?:call|ring|phone|email|e-mail|text|pay|collect|confirm|send|come|drop|bring|get[ \t]+back)|"
    r"(?:is|was)[ \t]+(?:calling|ringing|collecting|paying|coming)|to[ \t]+call[ \t]+back|"
    r"called|calls|rang|rings|phoned|phones|emailed|emails|e-mailed|texted|texts|says|said|asked|asks|confirmed|"
    r"confirms|promised|promises|agreed|agrees|requested|requests|paid|collected|collects|wrote|writes|mentioned|"
    r"spoke|visited|dropped[ \t]+(?:in|off|by)|left[ \t]+a[ \t]+(?:message|voicemail|note)|can't[ \t]+pay|"
    r"ruft|rief|hat[ \t]+(?:angerufen|gesagt|bezahlt|bestätigt|zugesagt)|meldet[ \t]+sich|sagt|sagte|bestätigt|"
    r"zahlt|holt|rappellera|rappelle|a[ \t]+(?:appelé|dit|payé|confirmé|promis)|dit|passera|paiera|confirme|"
    r"llamará|llamó|llama|dice|dijo|devolverá|pasará|pagará|confirmó|prometió|richiamerà|richiama|ha[ \t]+"
    r"(?:chiamato|detto|pagato|confermato|promesso)|dice|passerà|pagherà|belt|belde|zegt|zei|betaalt|heeft[ \t]+"
    r"(?:gebeld|gezegd|betaald|bevestigd|beloofd)|komt[ \t]+(?:langs|ophalen)"
)
_SUBJECT = re.compile(
    rf"(?:^[ \t]*(?:[-*•][ \t]+)?|(?<=[.!?;])[ \t]+)(?P<name>{NAME_WORD})[ \t]+(?:{_VERBS})(?![\w\-])",
    re.M,
)


def action_subject_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, entity)`` of given names that open a sentence before a verb of contact or promise."""
    return [
        (m.start("name"), m.end("name"), E.FIRST_NAME)
        for m in _SUBJECT.finditer(text)
        if given_word(m.group("name"), strict=True)
    ]
