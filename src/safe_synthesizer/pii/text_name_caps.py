"""Names inside sentences written all in capitals, cut at the label and prose words around them.

``CUSTOMER ADA OBARZANEK READ OUT CARD ...``, ``CLAIMANT FRANK WILSON (DOB ...) OF 7 ...``,
``TENANT BRITT-MARIE SÖDERBERG CALLED``: call-centre and court notes in capitals run the name into the
words around it, so the capitals run is longer than a name and its first word is a label, which the
heading-safe capitals rule (``caps_name_spans``) rightly leaves alone. Here a role or party word
(:data:`ROLE_WORDS` and the parties of forms: ``CLAIMANT``, ``RESPONDENT``, ``ACCOUNT HOLDER``...) marks
the next words: a listed given name, then one to three words that are listed given or family names and
no English function word (``OF``, ``ON``, ``AND``) or label word, is the person's name (a third
word also no English word). A word that is
no listed name ends the name (``READ``, ``ATTENDED``), so only the name is replaced.

Example::

    caps_label_name_spans("CUSTOMER ADA OBARZANEK READ OUT CARD")  # [(9, 22, 'name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.text_name_lists import family_names, given_names
from safe_synthesizer.pii.text_name_lower import ROLE_WORDS
from safe_synthesizer.utils.scripts import LATIN_UPPER

__all__ = ["caps_label_name_spans", "caps_surname_first_spans"]

_UP = LATIN_UPPER
_WORD = rf"[{_UP}][{_UP}'’]+(?:-[{_UP}][{_UP}'’]+)?"
# Parties and labels of forms, notes and court lists that name the person next.
_PARTY_WORDS = frozenset(
    """claimant respondent applicant defendant plaintiff appellant witness accused petitioner holder member
    donor employee insured beneficiary debtor creditor borrower subscriber cardholder passenger driver student
    pupil candidate caller customer client patient tenant demandante demandado demandeur défendeur kläger
    beklagter eiser gedaagde ricorrente convenuto""".split()  # noqa: SIM905
)
_LABEL = re.compile(rf"(?<![\w'’\-])(?P<label>{_WORD})[ \t]+(?P<run>{_WORD}(?:[ \t]+{_WORD}){{1,3}})(?![\w'’\-])")
# Greetings of receipts, letters and banners in capitals ("THANK YOU PAULA CLARKE!", "DEAR JOHN SMITH").
_GREETINGS = frozenset(("dear", "hi", "hello", "hey", "thanks", "welcome", "congratulations", "goodbye", "bye"))
# Prepositions of headings before a person in capitals ("REFERENCE FOR ...", "SIGNED BY ...").
_PREPOSITIONS = frozenset(("for", "by", "to", "from"))
_PREP_END = re.compile(r"[ \t]*(?:[.,;:()!?\n]|$)")
_PATRONYMIC = re.compile(r"(?:sson|sdóttir|sdottir)$")
# Surname particles written inside a capitalised name ("ANA DE SOUZA"): the one list of the gazetteers.
_PARTICLES = gazetteers.PARTICLES


def _stop() -> frozenset[str]:
    from safe_synthesizer.pii.text_ner import english_stop_words

    return english_stop_words()


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    """English words and common words: a name of three capitals words ends before them."""
    from safe_synthesizer.pii.common_words import common_words
    from safe_synthesizer.pii.text_cued_names import english_vocabulary

    return english_vocabulary() | common_words()


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    from safe_synthesizer.pii import gazetteers

    return gazetteers.all_cities() | gazetteers.all_regions()


def _given(word: str) -> bool:
    return word in given_names() or word.split("-")[0] in given_names()


def _family(word: str) -> bool:
    """A listed family name, or an Icelandic patronymic no list holds (``EGGERTSDÓTTIR``, ``NIKANORSSON``) that is
    no English word (``COMPARISON``)."""
    if word in family_names() or word.split("-")[-1] in family_names():
        return True
    return len(word) > 7 and _PATRONYMIC.search(word) is not None and word not in _words()


def _greets(text: str, start: int, label: str) -> bool:
    """``label`` (at ``start``) greets the person next: a greeting word, or ``YOU`` of ``THANK YOU``."""
    return label in _GREETINGS or (label == "you" and text[:start].rstrip().lower().endswith("thank"))


def _prep_name(lows: list[str], text: str, end: int) -> bool:
    """After ``FOR``/``BY``/``TO`` (``LANDLORD REFERENCE FOR ANDREA CARPENTER.``) only a listed given name that is
    no common word and a listed family name, and the heading's clause ends right after them (a full stop, a
    comma, a bracket, a line's or the text's end): "OPEN FOR CHRISTMAS EVE SHOPPING" stays."""
    return len(lows) <= 3 and lows[0] not in _common() and _family(lows[-1]) and _PREP_END.match(text, end) is not None


def caps_label_name_spans(text: str) -> list[tuple[int, int, str]]:
    """Names after a role or party word in capitals (see the module docstring)."""
    if not any(c.isupper() for c in text):
        return []
    stop = _stop()
    out = []
    pos = 0
    while (m := _LABEL.search(text, pos)) is not None:
        pos = m.start("run")  # the run may hold the next label ("HOLDER ... CUSTOMER")
        label = m.group("label").lower()
        prep = label in _PREPOSITIONS
        if label not in ROLE_WORDS and label not in _PARTY_WORDS and not _greets(text, m.start(), label) and not prep:
            continue
        words = m.group("run").split()
        lows = [w.lower() for w in words]
        if not _given(lows[0]) or lows[0] in stop:
            continue
        n = 1
        while n < len(lows):
            w = lows[n]
            if w in _PARTICLES and n + 1 < len(lows) and _family(lows[n + 1]):
                n += 2
                continue
            # The surname right after the given name may be unlisted if it is no word or place at all.
            unlisted = n == 1 and len(w) > 2 and w not in _words() and w not in _places()
            if w in stop or w in ROLE_WORDS or w in _PARTY_WORDS or not (_family(w) or _given(w) or unlisted):
                break
            if n >= 2 and w in _words():  # a third word that is also prose ("... OBARZANEK READ OUT")
                break
            n += 1
        if n < 2 or not (_family(lows[n - 1]) or (n == 2 and lows[1] not in _words())):
            continue
        offsets = [mm.start() for mm in re.finditer(r"\S+", m.group("run"))]
        start = m.start("run")
        end = start + offsets[n - 1] + len(words[n - 1])
        if prep and not _prep_name(lows[:n], text, end):
            continue
        out.append((start, end, E.NAME))
        pos = end
    return out


# "CALLAHAN Frank", "- DUPONT Jean-Luc", "Attendees: OKAFOR Chidi": a surname in capitals, then the given name
# capitalised, at the start of a line or after a bullet or a label's colon (rosters, attendance and
# admission lists, French and Italian forms write NOM Prénom).
_SURNAME_FIRST = re.compile(
    rf"(?:^|(?<=\n)|(?<=:)|(?<=;))[ \t]*(?:[-*•·]|\d{{1,3}}[.)])?[ \t]*"
    rf"(?P<name>(?P<family>{_WORD})[ \t]+(?P<given>[{_UP}][a-zß-öø-ÿāăąćčďđēėęěğīįıłńňōőœřśşšșţțťūůűųźżž]+"
    rf"(?:-[{_UP}][a-zß-öø-ÿ]+)?))(?![\w'’\-])"
)


def _surname_in_caps(word: str) -> bool:
    """A listed family name, or (unlisted) a word of 4+ letters with a vowel that is no
    English word, place or acronym-like short run (``NHS``, ``ICU``, ``NOTE``, ``URGENT`` are not)."""
    low = word.lower()
    if low in _stop() or low in ROLE_WORDS or low in _PARTY_WORDS or low in _places():
        return False
    if _family(low):  # "BROWN Lisa", "YOUNG Amir": a listed surname, even one that is also a word
        return True
    return len(low) >= 4 and re.search(r"[aeiouyà-ÿ]", low) is not None and low not in _words()


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    from safe_synthesizer.pii.common_words import common_words

    return common_words()


def caps_surname_first_spans(text: str) -> list[tuple[int, int, str]]:
    """``SURNAME Given`` at a line's start (see :data:`_SURNAME_FIRST`): the given name must be listed."""
    if not any(c.isupper() for c in text):
        return []
    out = []
    for m in _SURNAME_FIRST.finditer(text):
        given = m.group("given").lower()
        if not _given(given) or given in _stop() or given in _common() or not _surname_in_caps(m.group("family")):
            continue
        out.append((m.start("name"), m.end("name"), E.NAME))
    return out
