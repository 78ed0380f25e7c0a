"""A full name no list knows as a clause's subject before a verb of people, or before a possessive ``'s`` and a
noun: ``Declined pledge: Famatta Dolo offered a ring``, ``Tshering Dema rang twice``, ``For Sèna Akpovi's case
please contact ...``, ``Arezki Ikhlef a appelé ce matin``.

Pawn, case and incident notes name the person who did something, in full, as the subject of the sentence, and
an out-of-office reply names whose case is meant by the possessive. The NER model, trained on news, misses
names of stocks no list holds (Liberian, Bhutanese, Beninese, Tongan), and the pair rules need a listed given
name. The grammar is the evidence, the words must still be name-shaped:

- the name opens the text, a line, a sentence (after ``.``, ``!``, ``?``, ``;``) or a heading's clause after a
  colon or a dash (``Declined pledge: ...``, ``Update - ...``), or follows ``for``/``of``/``re`` before a
  possessive;
- two or three capitalised words (an okina may open one: ``'Ana Fifita``), each
  :func:`text_name_relation_bracketed.capital_name_word` (no English word, function word, common word, place,
  title), the first not a listed family name that is an English word;
- a verb only a person does follows (``offered``, ``pledged``, ``rang``, ``signed``, ``complained``, ``did not
  attend``, ``was rude``, and the same in French, Spanish, Italian, Dutch, German, Portuguese): products and
  shops ``arrive``, ``ship``, ``work`` and ``break``, so those verbs are left out; or ``'s`` and a lower-case
  noun (``Xiaomi's battery`` has one word, and a brand of two words needs both to be no English word).

Example::

    verb_subject_spans("Declined pledge: Famatta Dolo offered a ring.")  # [(17, 29, 'name')]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.utils.scripts import LATIN_LOWER, LATIN_UPPER

__all__ = ["INSTITUTIONS", "name_words_unlisted", "never_name_word", "verb_subject_spans"]

_OKINA = "ʻ‘'’"
_CAP = rf"[{_OKINA}]?[{LATIN_UPPER}][{LATIN_LOWER}]+(?:['’][{LATIN_LOWER}]+)?(?:-[{LATIN_UPPER}][{LATIN_LOWER}]+)*"
_VERBS = (
    r"offered|pledged|pawned|brought|rang|phoned|called[ \t]+(?:in|back|to|again|twice)|said|says|asked|asks|"
    r"gave|paid|pays|signed|visited|complained|complains|reported|refused|agreed|wants|wanted|wishes|"
    r"did[ \t]+not|didn't|does[ \t]+not|doesn't|was[ \t]+rude|attended|requested|requests|claimed|borrowed|told|"
    r"emailed|e-mailed|texted|promised|collected|dropped[ \t]+(?:in|off|by)|came[ \t]+(?:in|by)|presented|"
    r"declined|confirmed|confirms|left[ \t]+a[ \t]+(?:message|voicemail)|will[ \t]+(?:call|pay|collect|bring)|"
    r"a[ \t]+(?:apporté|offert|appelé|signé|payé|dit|demandé|refusé|téléphoné)|est[ \t]+venue?|"
    r"trajo|ofreció|llamó|vino|pagó|firmó|dijo|pidió|ha[ \t]+(?:portato|offerto|chiamato|pagato|firmato|detto)|"
    r"è[ \t]+venut[oa]|bracht|bood|belde|kwam|betaalde|zei|tekende|heeft[ \t]+(?:gebeld|betaald|getekend)|"
    r"brachte|bot|rief|kam|zahlte|sagte|unterschrieb|hat[ \t]+(?:angerufen|bezahlt|unterschrieben)|"
    r"trouxe|ofereceu|ligou|veio|pagou|assinou|disse"
)
_SUBJECT = re.compile(
    rf"(?:^|(?<=[.!?;:])|(?<=[ \t][-–—]))[ \t]*(?P<name>{_CAP}(?:[ \t]+{_CAP}){{1,2}})[ \t]+(?:{_VERBS})(?![\w\-])",
    re.M,
)
# What a person's possessive names in case notes: their case, file or account, a relative, their room or grave.
_OWNED = (
    r"case|file|account|claim|request|appointment|booking|application|enrolment|enrollment|tenancy|plot|grave|"
    r"funeral|pledge|loan|prescription|medication|records?|details|payment|refund|complaint|behalf|room|mother|"
    r"father|son|daughter|wife|husband|partner|child|children|family|parents?|carer|guardian|sister|brother"
)
_POSSESSIVE = re.compile(
    rf"(?<![\w'’\-])(?i:for|of|re|about|with)[ \t]+(?P<name>{_CAP}(?:[ \t]+{_CAP}){{1,2}})['’]s[ \t]+"
    rf"(?:{_OWNED})(?![\w\-])"
)
# Words of institutions, firms and shops that open or close their names ("Banco Santander", "Maison Kitsuné").
INSTITUTIONS = frozenset(
    """banco banque bank banca caisse caixa sparkasse société societe groupe grupo gruppo maison casa haus huis hotel
    hôtel hostal clinique clinica clínica klinik kliniek hôpital hospital ospedale ziekenhuis krankenhaus
    pharmacie farmacia farmácia apotheek apotheke université universidad università universiteit universität
    ministère ministerio ministero ministerie ministerium mairie ayuntamiento comune gemeente gemeinde café
    restaurant ristorante taberna boutique tienda negozio winkel laden studio atelier garage""".split()  # noqa: SIM905
)
# Words of a date or a time of day in the languages of the notes ("Lundi Matin", "Mañana Temprano").
_TIME_WORDS = frozenset(
    """matin soir midi nuit prochain prochaine dernier dernière mañana tarde noche próximo próxima pasado mattina
    sera prossimo prossima scorso ochtend middag avond volgende vorige morgen abend nächste nächsten letzte manhã
    noite próximo""".split()  # noqa: SIM905
)
_WORD = re.compile(_CAP)
_CHEAP = re.compile(rf"[{LATIN_UPPER}][{LATIN_LOWER}]+[ \t]+[{_OKINA}]?[{LATIN_UPPER}]")


def never_name_word(low: str) -> bool:
    """The lower-case ``low`` is an institution's word, a month, a weekday or a time of day of the notes' languages."""
    from safe_synthesizer.pii.month_names import month_number
    from safe_synthesizer.pii.text_name_given_word import _MONTHS, _WEEKDAYS

    return low in INSTITUTIONS or low in _TIME_WORDS or low in _MONTHS or low in _WEEKDAYS or bool(month_number(low))


def name_words_unlisted(words: list[str]) -> bool:
    """Capitalised ``words`` that may be a full name of a stock no list holds: each a possible name word
    (:func:`text_name_relation_bracketed.capital_name_word`), no institution's word; a family name after the
    first word may be a town too (``Famatta Dolo``) when it is no word of the languages."""
    from safe_synthesizer.pii.text_name_relation_bracketed import _vocab, capital_name_word

    common, _, vocab, stops, _, _, _ = _vocab()
    for i, word in enumerate(w.lstrip(_OKINA) for w in words):
        low = word.lower()
        if never_name_word(low):
            return False
        if capital_name_word(word, alone=False, surname=i > 0):
            continue
        if i == 0 or "-" in low or low in common or low in vocab or low in stops or len(low) < 3:
            return False
    return True


def verb_subject_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, 'name')`` of full names before a verb of people or a possessive (module docstring)."""
    if not _CHEAP.search(text):
        return []
    out = []
    for pattern in (_SUBJECT, _POSSESSIVE):
        for m in pattern.finditer(text):
            words = _WORD.findall(m.group("name"))
            if name_words_unlisted(words):
                start = m.start("name")
                if text[start] in _OKINA and text[start + 1 : start + 2] not in "AEIOUĀĒĪŌŪ":
                    start += 1
                out.append((start, m.end("name"), E.NAME))
    return out
