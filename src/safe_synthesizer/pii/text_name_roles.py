"""Surnames named as a role's holder: ``Treating vet is Little.``, ``GP was Page``, ``le vétérinaire est
Torres``, ``der Tierarzt ist Riepl``, ``dierenarts is van der Avoirt``, ``Handling adjuster: Short``.

Claim notes, referrals and handovers name the professional on a case by a surname alone after a role noun
and a copula (or a colon). Such surnames are often ordinary English words (``Little``, ``Short``,
``Page``, ``Wood``) that no capitalisation rule may take on its own, and the NER model reads a lone
capitalised word after ``is`` as an adjective. The role noun and the copula are the cue; the word after
them must still look like a surname:

- capitalised inside the sentence (``vet is happy`` stays), optionally after surname particles
  (``van der``, ``de la``), with at most one more capitalised word that is a listed name
  (``GP is Amy Page``);
- no function word of any supported language, month, weekday, title or status word (``Unknown``,
  ``Pending``, ``Away``, ``TBC``), no town unless it is a listed surname too;
- a listed family name of any covered locale, or a word no English vocabulary holds (``Kumer``,
  ``Riepl``), or an English noun that ends its clause (``vet is Summer.``); an English adjective, verb
  or adverb that is no listed surname (``vet is Available``) stays.

Example::

    >>> [(a, b) for a, b, _ in role_copula_spans("Treating vet is Little. Call back")]
    [(16, 22)]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers

__all__ = ["PROFESSIONAL_ROLES", "role_copula_spans"]

# People a case, a claim or a booking is handled by, in English and the supported languages.
PROFESSIONAL_ROLES = frozenset(
    """vet vets veterinarian veterinary doctor gp physician surgeon consultant registrar anaesthetist anesthetist
    nurse midwife dentist therapist physio physiotherapist pharmacist optician psychologist psychiatrist
    paediatrician pediatrician clinician practitioner specialist solicitor lawyer attorney barrister notary
    counsel advocate agent adjuster adjustor assessor loss-adjuster inspector investigator officer caseworker
    handler landlord landlady tenant witness manager supervisor teacher tutor coach instructor driver courier
    engineer technician plumber electrician surveyor valuer broker advisor adviser counsellor counselor guardian
    executor sponsor referee interviewer examiner chaplain priest pastor vicar celebrant officiant translator
    interpreter carer caregiver keyworker key-worker receptionist contact owner vétérinaire médecin docteur
    infirmier infirmière avocat avocate notaire expert gestionnaire veterinario veterinaria médico médica
    enfermero enfermera abogado abogada perito gestor tierarzt tierärztin arzt ärztin hausarzt hausärztin
    anwalt anwältin rechtsanwalt rechtsanwältin gutachter gutachterin sachbearbeiter sachbearbeiterin
    dierenarts huisarts arts advocaat notaris behandelaar veterinär läkare advokat handläggare dyrlæge læge
    sagsbehandler dyrlege lege saksbehandler weterynarz lekarz adwokat likvidator veterinário medico avvocato
    perito eläinlääkäri lääkäri asianajaja käsittelijä""".split()  # noqa: SIM905
)
_COPULA = (
    r"(?:is|was|will[ \t]+be|remains|est|était|sera|es|era|será|è|era|ist|war|wird|is|was|blijft|är|var|er|"
    r"jest|był|była|é|foi|oli)"
)
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİŁŃŇŌŐŒŘŚŞŠȘŢȚŤŪŮŰŲŹŻŽ"
_LOW = "a-zß-öø-ÿāăąćčďđēėęěğīįıłńňōőœřśşšșţțťūůűųźżž"
_CAP = rf"(?:O['’]|Ma?c|D['’])?[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
_PARTICLES = r"(?:(?:van|von|de|der|den|du|da|di|del|della|la|le|ten|ter|dos|das)[ \t]+){0,3}"
_ROLE_COPULA = re.compile(
    rf"(?<![\w'’\-])(?P<role>[^\W\d_][\w\-]*)(?:[ \t]+{_COPULA}[ \t]+|[ \t]*[:=][ \t]*|[ \t]+[-–][ \t]+)"
    rf"(?P<name>{_PARTICLES}(?P<first>{_CAP})(?:[ \t]+(?P<second>{_CAP}))?)(?![\w'’\-])",
    re.IGNORECASE,
)
# What may follow a surname that ends its clause: punctuation, a line break or the end of the text.
_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:!?)\]]|\n|$)")
# Words that stand where a surname would without being one.
_STATUS = frozenset(
    """unknown pending away off available unavailable closed open here there yes no none same other tbc tbd
    tba n/a na self myself himself herself new not now today tomorrow yesterday unassigned vacant required
    needed changed confirmed booked ok okay fine""".split()  # noqa: SIM905
)
_CALENDAR = frozenset(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
     "april", "may", "june", "july", "august", "september", "october", "november", "december")
)  # fmt: skip


@lru_cache(maxsize=1)
def _vocab() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(function words of the supported languages, English adjectives/verbs/adverbs, all English words)."""
    from safe_synthesizer.pii.text_cued_names import english_vocabulary, latin_stop_words

    return latin_stop_words(), english_vocabulary(("adj", "verb", "adv")), english_vocabulary()


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    from safe_synthesizer.pii.text_cued_names import english_vocabulary

    return english_vocabulary(("noun",))


@lru_cache(maxsize=1)
def _adjectives() -> frozenset[str]:
    from safe_synthesizer.pii.text_cued_names import english_vocabulary

    return english_vocabulary(("adj",))


def _surname(word: str, *, clause_ends: bool = False) -> bool:
    """``word`` (capitalised) can be a surname named after a role and a copula; an English noun only when
    the clause ends after it (``Treating vet is Summer.``, not ``contact is Reception for bookings``)."""
    from safe_synthesizer.pii.text_name_lists import family_names
    from safe_synthesizer.pii.titles import is_title

    low = word.lower()
    stop, _, english = _vocab()
    if low in stop or low in _STATUS or low in _CALENDAR or is_title(word) or len(low) < 2:
        return False
    listed = low in family_names() or low in gazetteers.last_names() or low.split("-")[-1] in family_names()
    if low in gazetteers.all_cities() and not listed:
        return False
    if listed:
        return True
    if low not in english:
        return True
    # "Treating vet is Summer.": a noun (that is no adjective) closing the clause after a copula.
    return clause_ends and low in _nouns() and low not in _adjectives()


def role_copula_spans(text: str) -> list[tuple[int, int, str]]:
    """Surnames (``LAST_NAME``) or names (``NAME``) after a professional role noun and a copula or colon."""
    from safe_synthesizer.pii.text_name_lists import family_names, given_names

    out: list[tuple[int, int, str]] = []
    for m in _ROLE_COPULA.finditer(text):
        if m.group("role").lower() not in PROFESSIONAL_ROLES:
            continue
        first, second = m.group("first"), m.group("second")
        if not first[:1].isupper():
            continue
        if second and not second[:1].isupper():
            second = None  # the pattern ignores case: "Little and kind" is one name and two words
        # "GP is Amy Page": a listed given name then a listed surname is the whole name.
        if second and first.lower() in given_names() and second.lower() in family_names() and _surname(second):
            out.append((m.start("name"), m.end("second"), E.NAME))
            continue
        copula = not re.match(r"[ \t]*[:=\-–]", text[m.end("role") :])
        clause_ends = copula and bool(_CLAUSE_END.match(text, m.end("first")))
        if _surname(first, clause_ends=clause_ends):
            low = first.lower()
            given_only = low in given_names() and low not in family_names()
            out.append((m.start("name"), m.end("first"), E.FIRST_NAME if given_only else E.LAST_NAME))
    return out
