"""The closed classes of words that give a lower-case token its role in a note's sentence: predicates whose subject
is a person, copulas and auxiliaries before them, relational nouns (kin, partners, carers), closing words of a
sign-off and the names of weekdays.

Why closed classes and not templates: a note names its people in lower case where nothing but the grammar marks them
(``deng arrived late``, ``partner ladu not happy``, ``ta faleniu``, ``Mon Simon, Tue Kenneth``). The words that make
a slot a person's slot are few and shared by every note of a language, whatever the template: the verbs of
arriving, being away, wanting, paying, calling and being (un)happy; the nouns of kinship; the thanks that close a
message. They are listed here per language (English, French, Spanish, Italian, German, Dutch, Portuguese and the
Scandinavian ones) and compiled once; weekday names come from Faker's date-time providers (41 locales), so a rota in
Polish or Turkish reads as well as one in English.

Example::

    person_predicate("arrived late, table 3 sat out", 0)  # (0, 12, 'plain')
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import lru_cache

__all__ = ["CLOSING_WORDS", "RELATIONAL_NOUNS", "day_word", "person_predicate"]

# Copulas and auxiliaries that may stand between a subject and an adjectival or participial predicate.
_COPULAS = r"(?:is|was|has\s+been|'s|’s|est|était|a\s+été|es|está|estaba|estuvo|è|era|é|ist|war|hat|is|was|er|är|var)"

# Predicates only a person takes (after a bare listed name that is also a word: ``rice off sick``): being off sick
# or unhappy, wanting, ringing, saying, agreeing, complaining, not turning up.
_PERSON_ONLY = """
off\\s+sick|off\\s+ill|called\\s+in\\s+sick|home\\s+sick|on\\s+sick\\s+leave|no-?show|
not\\s+(?:happy|pleased|impressed|amused|answering)|unhappy|upset|annoyed|furious|complained|complains|
(?:ok|okay|fine|happy)\\s+with\\s+(?:it|that|this)|agreed|agrees|wants|would\\s+like|rang|rings|says|said|
apologi[sz]ed|can['’]?t\\s+make\\s+it|
pas\\s+content|pas\\s+contente|mécontente?|veut|voudrait|a\\s+appelé|a\\s+téléphoné|d['’]accord|
no\\s+está\\s+content[oa]|quiere|llamó|de\\s+acuerdo|
non\\s+è\\s+content[oa]|vuole|ha\\s+chiamato|d['’]accordo|
nicht\\s+zufrieden|möchte|hat\\s+angerufen|rief\\s+an|einverstanden|
niet\\s+blij|niet\\s+tevreden|belde|heeft\\s+gebeld|
não\\s+está\\s+content[ea]|ligou|ringde|ringte
"""
# Acts of a person that a thing may be the subject of too (``fee paid``, ``order cancelled``): paying, owing,
# calling, being ill or late. After a word no vocabulary holds, never after a listed name that is a word.
_ACTS = """
paid|pays|owes|owed|phoned|texted|emailed|messaged|called|calls|cancelled|canceled|wanted|off\\s+work|
on\\s+leave|malade|a\\s+payé|paie|doit|voulait|enferm[oa]|de\\s+baja|quería|pagó|debe|malat[oa]|voleva|
ha\\s+pagato|krank|hat\\s+bezahlt|zahlt|schuldet|ziek|wil|wilt|heeft\\s+betaald|betaalde|akkoord|doente|quer|
pagou|sjuk|syk|syg|vill|vil|betalade|betalte
"""
# Predicates a person usually takes, a delivery or a pet sometimes (``wood arrived late``): only after a name that
# no vocabulary holds.
_PLAIN = """
arrived(?:\\s+(?:late|early|at|on|with))?|came\\s+(?:late|in|early|by)|turned\\s+up|showed\\s+up|left\\s+early|
late|absent|away|ill|sick|not\\s+(?:in|here|coming|available|well)|didn['’]?t\\s+(?:show|come|turn\\s+up)|
confirmed|asked|asks|needs|needed|prefers|booked|collected|dropped|signed|
(?:est\\s+)?arrivée?|en\\s+retard|absente?|pas\\s+venue?|a\\s+demandé|demande|
llegó(?:\\s+tarde)?|ausente|no\\s+vino|pide|pidió|
(?:è\\s+)?arrivat[oa]|in\\s+ritardo|assente|non\\s+è\\s+venut[oa]|chiede|
kam(?:\\s+zu\\s+spät)?|zu\\s+spät|fehlt|abwesend|
kwam(?:\\s+te\\s+laat)?|te\\s+laat|afwezig|
chegou(?:\\s+atrasad[oa])?|atrasad[oa]|faltou|
kom\\s+(?:för|for)\\s+sent|frånvarande|borte|fraværende
"""


def _alternation(block: str) -> str:
    return "|".join(p.strip() for p in block.replace("\n", "").split("|") if p.strip())


_PREDICATE = re.compile(
    r"(?:[ \t]+-[ \t]+|[ \t]+|,[ \t]+)(?:(?P<copula>" + _COPULAS + r")[ \t]+)?"
    r"(?:(?P<person>" + _alternation(_PERSON_ONLY) + r")|(?P<act>" + _alternation(_ACTS) + r")|"
    r"(?P<plain>" + _alternation(_PLAIN) + r"))"
    r"(?![\w'’\-])",
    re.IGNORECASE,
)
# An agent after the verb makes it passive: the subject is the thing done (``fee paid by card``, ``loan was paid``).
_AGENT = re.compile(r"[ \t]+(?i:by|par|por|da|door|von|av|pelo|pela)(?![\w'’])")


def person_predicate(text: str, pos: int) -> tuple[int, int, str] | None:
    """The predicate that starts right at ``pos`` (after spaces, a comma or a spaced dash): ``(start, end,
    strength)`` where strength is ``"person"`` (only a person takes it), ``"act"`` (a person mostly) or
    ``"plain"``; ``None`` if none does, or if a copula or an agent makes a verb passive (``loan was paid``)."""
    m = _PREDICATE.match(text, pos)
    if m is None:
        return None
    kind = "person" if m.group("person") else "act" if m.group("act") else "plain"
    written = m.group("person") or m.group("act") or m.group("plain")
    if written[:1].isupper() and not written.isupper():  # "ring Said on": a name, not "said"
        return None
    verb = written.lower()
    if (m.group("copula") or _AGENT.match(text, m.end())) and re.search(r"(?:ed|id|ng|elled|aid)\Z", verb):
        return None
    return (m.start(), m.end(), kind)


# Nouns of kin and of the people close to someone: the word after them, in a person's slot, is that person's name.
# Words that are also "man"/"woman"/"girl" or a title (``man``, ``frau``, ``femme``, ``fille``, ``mujer``) are left
# out: they head ordinary noun phrases too.
RELATIONAL_NOUNS = frozenset(
    """partner wife husband hubby spouse son daughter mum mom mother dad father brother sister boyfriend girlfriend
    fiance fiancé fiancee fiancée friend neighbour neighbor nan nana gran granny grandma grandpa grandson
    granddaughter uncle aunt auntie cousin nephew niece carer caregiver guardian colleague flatmate roommate
    housemate stepson stepdaughter stepmum stepdad
    mari conjoint conjointe compagnon compagne fils frère sœur soeur mère père ami amie voisin voisine cousine oncle
    tante neveu nièce
    esposo esposa marido pareja hijo hija hermano hermana madre padre novio novia amigo amiga vecino vecina tío tía
    primo prima abuelo abuela nieto nieta
    moglie compagna figlio figlia fratello sorella fidanzato fidanzata amico amica vicina zio zia cugino cugina
    nonno nonna
    partnerin ehemann ehefrau sohn tochter bruder schwester mutter vater freundin nachbar nachbarin onkel oma opa
    enkel enkelin
    echtgenoot echtgenote zoon dochter broer zus moeder vader vriend vriendin buurman buurvrouw oom
    companheiro companheira filho filha irmão irmã mãe pai namorado namorada vizinho vizinha tio tia avó avô neto
    neta
    sambo maka dotter datter bror syster søster kone""".split()  # noqa: SIM905
)

# Closing words of a message before the writer's name at its end.
CLOSING_WORDS = frozenset(
    """ta thx thanks tks ty tx cheers regards merci gracias grazie danke bedankt obrigado obrigada takk tack tak
    kiitos dzięki hvala saludos saluti grüße groetjes bisous besos baci abrazos""".split()  # noqa: SIM905
)

# Short forms of weekday names that rotas write (three letters, four for ``tues``/``thur``).
_DAY_SHORT = frozenset(
    """mon tue tues wed thu thur thurs fri sat sun lun mar mer jeu ven sam dim mié mie jue vie sáb dom gio sab
    mo di mi do fr sa so ma wo vr za zo""".split()  # noqa: SIM905
)


@lru_cache(maxsize=1)
def _day_names() -> frozenset[str]:
    """Weekday names of every Faker locale that lists them (lower case, one word each)."""
    import faker.providers.date_time as date_time

    names: set[str] = set()
    for info in pkgutil.iter_modules(date_time.__path__):
        try:
            module = importlib.import_module(f"faker.providers.date_time.{info.name}")
        except ImportError:  # pragma: no cover - Faker ships these
            continue
        for value in getattr(module.Provider, "DAY_NAMES", {}).values():
            if " " not in value:
                names.add(value.lower())
    return frozenset(names)


def day_word(word: str) -> bool:
    """``word`` names a weekday in any Faker locale, in full or as a rota's short form (``Mon``, ``Tues``, ``Do``).
    Two-letter forms count only capitalised (``Do``, ``Mi``: ``do`` and ``mi`` are words)."""
    low = word.lower().rstrip(".")
    if low in _day_names():
        return True
    if low in _DAY_SHORT:
        return len(low) > 2 or word[:1].isupper()
    return False
