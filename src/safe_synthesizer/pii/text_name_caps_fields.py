"""Names in capitals that a scanned form's field label, a holder cue or a sentence's start marks.

OCR'd paper forms and pasted registers write the name in capitals and separate the fields by runs of
spaces, not punctuation: ``NAME: ALICIA SHELTON-HOLMES   TEL 2486083244   ADDR 914 LONG STRAVENUE   SIGNED
SHELTON-HOLMES``, ``NEXT OF KIN: PA HEATHER   RELATION: SISTER``, ``NAME: गणेश सैनी ... SIGNED सक्सेना``.
The capitals rule of headings (:mod:`text_name_caps_runs`) reads ``LISA FIELDS   TEL`` as one run, longer
than a name, and keeps it. Mixed-case notes quote what a card or an ID says in capitals: ``Wallet has card
in name of PETERSON-GUERRA``, ``Name on ID reads MICHELLE OLSEN``; a guest register's note opens with the
surname as the passport has it: ``SCHWARTZ checking out early``. Three layouts, each with its own cue:

1. **Field label** (:data:`_LABELS`: ``NAME``, ``FULL NAME``, ``NEXT OF KIN``, ``SIGNED``, ``SIGNATURE``,
   ``SURNAME``, ``PRINT NAME`` and their French, German, Spanish, Italian, Dutch, Nordic and Polish forms; a
   role label such as ``PATIENT`` or ``GUARDIAN`` only with its colon): the value is up to four words in
   capitals, or in a script without case, on the label's line, each separated by one space. The value ends
   at a run of spaces, punctuation, a lower-case word or the first word that is a field label (``TEL``,
   ``ADDR``, ``RELATION``), a function word or an English word that no name list holds (``SISTER``,
   ``STORE``): the label says what the value is, so a listed name is not needed, an English word is refused.
2. **Holder cue** in mixed-case prose (``in (the) name of``, ``name on ID reads``, ``card reads``,
   ``registered to``, ``au nom de``, ``op naam van``...): one to four words in capitals after it, each a listed
   given or family name or a word of no vocabulary, one at least listed.
3. **Capitals opening a sentence** before a lower-case word: one or two capitals words (a hyphenated one
   counts once) that are all listed names, none an English word, a common word or a place, and of three
   letters or more, so ``ATM checking``, ``URGENT please call`` and ``NHS said`` stay.

Example::

    caps_field_name_spans("NAME: LISA FIELDS   TEL 2194666848   SIGNED FIELDS")
    # [(6, 17, 'name'), (45, 51, 'last_name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.common_words import common_words, place_names
from safe_synthesizer.pii.text_cued_names import english_vocabulary, latin_stop_words, spacy_stop_words
from safe_synthesizer.pii.text_name_lists import family_names, given_names
from safe_synthesizer.utils.scripts import LATIN_UPPER

__all__ = ["caps_field_name_spans"]

# Labels whose value is a person's whole name or surname; the colon may be missing ("SIGNED SHELTON").
_LABELS = (
    "name", "full name", "name in full", "full names", "print name", "printed name", "name (print)",
    "name (block capitals)", "name in capitals", "next of kin", "nok", "signed", "signed by", "signature",
    "surname", "last name", "family name", "surname/name", "name of patient", "patient name", "client name",
    "customer name", "guest name", "donor name", "holder name", "cardholder name", "name of holder",
    "name of applicant", "applicant name", "contact name", "emergency contact", "emergency contact name",
    "nom", "nom et prénom", "nom prénom", "nom complet", "signé", "nom de famille", "vollständiger name",
    "nachname", "familienname", "unterschrift", "unterzeichnet", "nombre", "nombre completo", "apellidos",
    "apellido", "firma", "firmado", "nome", "nome completo", "cognome", "firmato", "naam", "volledige naam",
    "achternaam", "getekend", "handtekening", "namn", "efternamn", "navn", "etternavn", "efternavn", "nimi",
    "sukunimi", "imię i nazwisko", "nazwisko", "podpis", "jméno", "příjmení", "név", "ad soyad", "soyadı",
)  # fmt: skip
# Role labels that name a person only as a form field, with their colon ("PATIENT: ", "GUARDIAN:").
_ROLE_LABELS = (
    "patient", "client", "customer", "guest", "donor", "holder", "cardholder", "account holder", "applicant",
    "claimant", "tenant", "owner", "caller", "passenger", "guardian", "parent", "parent/guardian", "witness",
    "contact", "insured", "member", "pupil", "student", "employee", "driver", "kin", "relative", "spouse",
)  # fmt: skip
_SEP = r"[ \t]*[:：\-–][ \t]*"


def _label_alternation(labels: tuple[str, ...]) -> str:
    return "|".join(re.escape(x).replace(r"\ ", r"[ \t]+") for x in sorted(labels, key=len, reverse=True))


_LABEL = re.compile(
    rf"(?<![\w'’\-])(?:(?:{_label_alternation(_LABELS)})(?:{_SEP}|[ \t]+)"
    rf"|(?:{_label_alternation(_ROLE_LABELS)}){_SEP})",
    re.IGNORECASE,
)
# Mixed-case prose quoting a card or ID: the capitals after it are the holder's name.
_HOLDER = re.compile(
    r"(?<![\w'’\-])(?:in[ \t]+(?:the[ \t]+)?name[ \t]+of"
    r"|name[ \t]+on[ \t]+(?:the[ \t]+|his[ \t]+|her[ \t]+|their[ \t]+)?"
    r"(?:id|i\.d\.|card|passport|licen[cs]e|ticket|booking|account|form|document|cheque|check|parcel|label)"
    r"[ \t]+(?:reads|says|shows|is)|(?:card|passport|id|licen[cs]e|cheque|label|badge)[ \t]+(?:reads|says)"
    r"|au[ \t]+nom[ \t]+de|auf[ \t]+den[ \t]+namen"
    r"(?:[ \t]+von)?|a[ \t]+nombre[ \t]+de|op[ \t]+naam[ \t]+van|a[ \t]+nome[ \t]+di|em[ \t]+nome[ \t]+de"
    r"|på[ \t]+namnet|i[ \t]+navnet|på[ \t]+navnet)[ \t]*[:\"'“‘]?[ \t]*",
    re.IGNORECASE,
)
_UP = LATIN_UPPER
# A word of letters (``O'NEIL``, ``SHELTON-HOLMES``, ``ЯКУШЕВА``, ``गणेश`` with its vowel signs); whether it is in
# capitals or in a script without case is checked on the word (``str.isupper``), so every cased script counts.
_MARKS = r"\u0300-\u036f\u0483-\u0487\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0900-\u0dff\u0e31-\u0e4e\u200c\u200d"
_LETTERS = rf"(?:[^\W\d_]|[{_MARKS}])"
_ANY_WORD = re.compile(rf"{_LETTERS}+(?:['’\-]{_LETTERS}+)*(?![\w'’\-])")
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]{2,})")
# A sentence's start: the text's or a line's, or a space after its stop ("6 H.SULTANOV says": a street's initial).
_OPENER = re.compile(r"(?:^|(?<=\n)|(?<=[.!?][ \t]))[ \t]*(?=[^\W\d_])")
# Endings of family names in the cased scripts the name lists hardly cover (Cyrillic, Armenian, Georgian).
_SURNAME_END = re.compile(
    r"(?:ОВ|ЕВ|ЁВ|ИН|ЫН|ОВА|ЕВА|ИНА|ЫНА|СКИЙ|ЦКИЙ|СКАЯ|ЦКАЯ|СКИ|СКА|ЕНКО|УК|ЮК|ИЧ|ЕВИЧ|ОВИЧ|ЕВ|ІВ|ЇВ|ИШИН|ЯН|ОВ"
    r"|ИЋ|ІЧ|ОЎ|ЕЎ|ІН|ОВІЧ|ЕВІЧ|ՅԱՆ|ԵԱՆ|ՈՒՆԻ|ᲫᲔ|ᲨᲕᲘᲚᲘ|ᲘᲐ|ᲣᲐ|ᲐᲕᲐ|ᲔᲚᲘ|ᲣᲠᲘ|ᲐᲜᲘ|ᲛᲐ)$"
)


_CAPS_PAIR = re.compile(r"[^\W\d_a-z]{2}")


def _lower_next(text: str, end: int) -> bool:
    """A lower-case word follows ``text[:end]`` after spaces on the same line."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1).islower()


def _is_caps(word: str) -> bool:
    """``word`` is written in capitals (at least two cased letters, none lower case)."""
    return word.isupper() and sum(c.isupper() for c in word) >= 2


def _uncased(word: str) -> bool:
    """``word`` is of a script without case (Devanagari, Arabic, Hebrew, Thai...)."""
    return not any(c.isupper() or c.islower() for c in word)


_PARTICLES = frozenset(
    """van von der den de del della di da dos das du la le ten ter vom zu het mac mc ap af bin binti al el ben st d'
    ó ní nic ua uí mhic""".split()  # noqa: SIM905
)
# Field labels of forms and records that a value in capitals runs into: they end a name.
_FIELD_WORDS = frozenset(
    """тел телефон адрес дата подпис подпись паспорт tel telephone phone ph mob mobile cell fax email e-mail addr
    address adr dob born date age sex gender relation relationship rel id nid ref no nr nbr num number
    passport postcode zip city town country
    signed signature sig name surname forename kin nok patient client guest room bed ward unit dept mrn nhs ssn
    occupation nationality status date tel/mob mob/tel contact emergency next of dated witness""".split()  # noqa: SIM905
)


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    listed = given_names() | family_names() | gazetteers.last_names() | gazetteers.first_names()
    plain = english_vocabulary(("adj", "verb", "adv"))
    nouns = english_vocabulary(("noun",))
    return listed, plain, nouns, latin_stop_words(), common_words() | place_names()


@lru_cache(maxsize=1)
def _english_stop() -> frozenset[str]:
    return spacy_stop_words(("en",))


def _vocabulary_word(low: str) -> bool:
    """``low`` or its stem without an English inflection (``delivered``, ``checking``, ``says``) is an English
    adjective, verb or adverb."""
    plain = _lists()[1]
    if low in plain:
        return True
    for end, repl in (("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("es", ""),
                      ("s", ""), ("ly", "")):  # fmt: skip
        if low.endswith(end) and len(low) > len(end) + 2 and low[: -len(end)] + repl in plain:
            return True
    return low[-3:] in ("ing",) or (low.endswith("ed") and low[-3:-2] == low[-4:-3])


def _listed(word: str, listed: frozenset[str]) -> bool:
    parts = [p for p in re.split(r"[-'’]", word.lower()) if len(p) > 1]
    return bool(parts) and all(p in listed for p in parts)


def _field_value(text: str, pos: int) -> tuple[int, int] | None:
    """The name in capitals (or an uncased script) starting at ``pos``: ``(start, end)`` or ``None``."""
    listed, _, nouns, stop, _ = _lists()
    words: list[tuple[int, int, str]] = []
    at = pos
    while len(words) < 4:
        m = _ANY_WORD.match(text, at)
        if m is None:
            break
        word = m.group()
        low = word.lower().rstrip("'’")
        particle = low in _PARTICLES and word.isupper()  # "VAN DEN EERENBEEMT", "Ó GALLCHÓIR"
        if not (particle or _is_caps(word) or _uncased(word)) or low in _FIELD_WORDS:
            break  # a lower-case or capitalised word (prose), or the next field's label
        if not particle and re.search(rf"[{_UP}]", word):  # Latin capitals: the vocabulary decides
            is_name = _listed(word, listed)
            # "PER OLSSON": a function word that is a listed given name may open a name of two words or more.
            opener = not words and low in given_names() and _next_is_caps(text, m.end())
            if len(low) < 2 or (low in _english_stop() and not opener) or (low in stop and not is_name):
                break  # "THE COMPANY", "OFF BY": English function words end the value
            if not is_name and (low in nouns or _vocabulary_word(low)):
                break
        words.append((m.start(), m.end(), word))
        # One space (or tab) between words of a name; a run of spaces separates the form's fields.
        gap = re.match(r"[ \t]", text[m.end() : m.end() + 1])
        if gap is None or text[m.end() + 1 : m.end() + 2] in (" ", "\t"):
            break
        at = m.end() + 1
    while words and words[-1][2].lower().rstrip("'’") in _PARTICLES:
        words.pop()
    if not words:
        return None
    return words[0][0], words[-1][1]


def _next_is_caps(text: str, end: int) -> bool:
    """One space, then another word in capitals, follows ``text[:end]``."""
    m = _ANY_WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    return m is not None and _is_caps(m.group())


def _entity(text: str, start: int, end: int, label: str) -> str:
    if len([w for w in text[start:end].split() if w.lower() not in _PARTICLES]) > 1:
        return E.NAME
    label = label.lower()
    if any(k in label for k in ("first", "given", "vorname", "prénom", "fornavn", "förnamn", "etunimi")):
        return E.FIRST_NAME
    return E.LAST_NAME


def _label_spans(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _LABEL.finditer(text):
        if text[m.start() : m.end()].rstrip()[-1:] not in (":", "：", "-", "–") and m.group().split()[0].islower():
            continue  # "signed the form": a label without its colon must be written in capitals
        found = _field_value(text, m.end())
        if found is None:
            continue
        start, end = found
        # The value's line must not be prose: a lower-case word right after it ("NAME: LISA went home").
        if _lower_next(text, end) and not text[end : end + 3].startswith(("  ", "\t")):
            continue
        out.append((start, end, _entity(text, start, end, m.group())))
    return out


def _holder_spans(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _HOLDER.finditer(text):
        found = _field_value(text, m.end())
        if found is not None:
            out.append((found[0], found[1], _entity(text, found[0], found[1], "")))
    return out


def _opener_word(word: str) -> bool:
    """``word``, in capitals opening a sentence of mixed-case prose, is a family or given name."""
    listed, plain, nouns, stop, _ = _lists()
    if not re.search(rf"[{_UP}]", word):  # Cyrillic, Armenian, Georgian capitals: a family name's ending
        return len(word) >= 5 and bool(_SURNAME_END.search(word))
    parts = [p for p in re.split(r"[-'’]", word.lower()) if p]
    if len(parts) > 1:  # "GRAHAM-WHITE", "JACOB-BODIN": every part a listed name
        return all(len(p) >= 3 and p in listed and p not in stop for p in parts)
    low = parts[0] if parts else ""
    if len(low) < 3 or low in plain or low in stop or low in _heading_words():
        return False
    # Listed only: an unlisted capitals word opening a sentence is as often a brand or an acronym ("TESCO
    # delivery was late", "OFSTED visited") as a surname.
    if low not in listed or _vocabulary_word(low):
        return False
    return low not in nouns or low in family_names()


@lru_cache(maxsize=1)
def _heading_words() -> frozenset[str]:
    """Words an all-caps opener of a note is when it is no name (``NOTE``, ``URGENT``, ``TODAY``), and places."""
    from safe_synthesizer.pii.common_words import HEADING_WORDS

    return frozenset(HEADING_WORDS) | place_names() | _FIELD_WORDS


def _opener_spans(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _OPENER.finditer(text):
        words = []
        at = m.end()
        while len(words) < 3 and (w := _ANY_WORD.match(text, at)) is not None and _is_caps(w.group()):
            words.append(w)
            if text[w.end() : w.end() + 1] != " ":
                break
            at = w.end() + 1
        # "VAN VELZEN checking out": a particle opens the surname.
        lead = 1 if len(words) > 1 and words[0].group().lower() in _PARTICLES else 0
        if not words or len(words) - lead > 2 or not _lower_next(text, words[-1].end()):
            continue  # a heading or a sentence in capitals, or capitals before no lower-case word
        if all(_opener_word(w.group()) for w in words[lead:]):
            start, end = words[0].start(), words[-1].end()
            out.append((start, end, E.NAME if len(words) - lead > 1 else E.LAST_NAME))
    return out


def caps_field_name_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, entity)`` of names in capitals after a form's label, a holder cue or opening a
    sentence of mixed-case prose (see the module's notes); may overlap other rules' spans."""
    if not _CAPS_PAIR.search(text):
        return []
    return _label_spans(text) + _holder_spans(text) + _opener_spans(text)
