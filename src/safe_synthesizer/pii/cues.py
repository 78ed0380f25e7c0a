"""Column-name cues: a *hint* of which entity a column holds; the values decide.

A name is split into lower-case, accent-folded tokens (``fake_Vorname_1`` -> {fake, vorname, 1},
``pCódigo Postal`` -> {pcodigo, postal}). An entity is cued when every token of one of its
patterns (English, German, French, Spanish, Italian, Dutch, Portuguese, Polish,
Scandinavian, Finnish and Czech words) appears in the name (names in Japanese, Chinese, Korean,
Cyrillic, Arabic or Thai: :mod:`script_cues`), either as a
token or glued to other letters (``pIndirizzo``, ``nameFirst``); extra tokens (``fake_``, ``pt_``,
``_1``, ``patient``, ``cust``) are ignored. Person-name cues are cancelled by a token saying the
name is of a thing (``Division Name``, ``product_name``, ``file name``).

Example::

    cued_entities("pt_vorname_1")   # {"first_name"}
    cued_entities("Class Name")     # set()
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_person_roles import NOT_GLUED_CUES, person_role_cues
from safe_synthesizer.pii.column_residence_cues import residence_cues
from safe_synthesizer.pii.column_tenancy_roles import tenancy_role_cues
from safe_synthesizer.pii.cue_abbreviations import TRAILING_DIGITS, abbreviated_cues, is_truncation
from safe_synthesizer.pii.cue_vocabulary import COMPANION_WORDS, CUES, EVENT_WORDS, NOT_A_PERSON
from safe_synthesizer.pii.header_undress import undress_header
from safe_synthesizer.pii.person_role_words import role_word_cues
from safe_synthesizer.pii.script_cues import script_cues

_UNDECOMPOSABLE = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "Ae",
        "đ": "d",
        "Đ": "D",
        "ə": "e",
        "Ə": "E",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "Th",
    }
)
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_SPLIT = re.compile(r"[^a-z0-9]+")
_NUMBER_TAIL = re.compile(r"^([a-z]{2,})(?:no|nr|num|nbr)$")
# Shortest cue word that may be glued to other letters (``ptvorname``); shorter ones must stand alone.
MIN_GLUED = 4

_PERSON_ENTITIES = frozenset({E.FIRST_NAME, E.LAST_NAME, E.NAME})


def fold(text: str) -> str:
    """Lower case without accents (``Straße`` -> ``strasse``, ``Città`` -> ``citta``)."""
    # ł/Ł and ø/æ have no decomposition: fold them by hand (``Miejscowość``, ``Fødselsdato``).
    text = str(text).replace("ß", "ss").replace("ẞ", "ss").translate(_UNDECOMPOSABLE)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


# Single letters each followed by a dot, two or more: one abbreviation (``C.A.P.`` -> ``cap``,
# ``T.C. Kimlik`` -> ``tc kimlik``).
_SHAREPOINT_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_DOTTED = re.compile(r"(?<![a-z0-9])((?:[a-z]\.){2,})(?![a-z0-9])")


_TYPE_TAG = re.compile(r"^(?:str|int|lng|dtm|dt|cur|bln|bool|dbl|sng|byt|obj|txt|chr|dec|flt|sz)(?=[A-Z][a-z])")


def tokens(column_name: str) -> frozenset[str]:
    """Lower-case, accent-folded word tokens of a column name (camelCase, snake_case, spaces, dashes).

    Dotted abbreviations are one token (``C.A.P. residenza`` -> {cap, residenza}).

    Example::

        tokens("pt_nameFirst_1")  # frozenset({"pt", "name", "first", "1"})
    """
    # A Hungarian-notation type tag (``strTown``, ``dtmDOB``) says how, not what: ``str`` is no street.
    # SharePoint writes a header's spaces and dots as ``_x0020_``, ``_x002e_`` (``Date_x0020_of_x0020_birth``).
    # Code, markup and typographic dress off first (``row["owner_of_book"]``, ``getRéservéPar()``, ``«Crew»``).
    unescaped = _SHAREPOINT_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), undress_header(str(column_name)))
    spaced = _CAMEL.sub(" ", _TYPE_TAG.sub("", unescaped.replace("ß", "ss")))
    folded = _DOTTED.sub(lambda m: m.group(1).replace(".", ""), fold(spaced))
    return frozenset(t for t in _SPLIT.split(folded) if t)


#: Header tokens that say nothing of what a column holds (``c002``, ``F3``, ``Unnamed: 4``, ``col_7``).
PLACEHOLDER_TOKENS = frozenset({"c", "col", "column", "field", "f", "v", "var", "x", "unnamed"})


def says_nothing(column_name: str, also: frozenset[str] = frozenset()) -> bool:
    """Every token of the name is a placeholder word (:data:`PLACEHOLDER_TOKENS` or ``also``), numbered or not.

    Example::

        says_nothing("Unnamed: 4")  # True
        says_nothing("c002_phone")  # False
    """
    words = PLACEHOLDER_TOKENS | also
    return all(t.isdigit() or t.rstrip("0123456789") in words for t in tokens(column_name))


def _has(word: str, name_tokens: frozenset[str]) -> bool:
    if word in name_tokens:
        return True
    # A version or width glued to the word (``zip5``, ``email2``) leaves it a cue: ``zip`` is too
    # short to be matched inside another token.
    if any((m := TRAILING_DIGITS.match(t)) and m.group(1) == word for t in name_tokens):
        return True
    # So does a "number" glued to it in 8-character names (SAS, dBase: ``telno``, ``mobnr``, ``phno``).
    if any((m := _NUMBER_TAIL.match(t)) and m.group(1) == word for t in name_tokens):
        return True
    if len(word) < MIN_GLUED:
        return False
    return any(
        len(t) > len(word) and t not in NOT_GLUED_CUES and (t.endswith(word) or t.startswith(word)) for t in name_tokens
    )


#: Harmless extra tokens: who or which one (``customer``, ``home``, ``2``) and decorations (``fake_``).
QUALIFIERS = frozenset(
    {
        "customer", "client", "user", "player", "patient", "person", "people", "contact", "kontakt", "employee",
        "owner", "holder", "account", "member", "student", "applicant", "guest", "buyer", "seller",
        "primary", "secondary", "alt", "alternate", "other", "home", "work", "office", "personal",
        "business", "billing", "shipping", "mailing", "postal", "residence", "residential", "birth",
        "death", "current", "legal", "preferred", "full", "of", "the", "no", "num", "number", "nr",
        "txt", "str", "value", "raw", "middle", "emergency", "parent", "mother", "father", "spouse",
        "manager", "doctor", "physician", "sender", "recipient", "line", "addr", "address", "cardholder",
        "main", "mobile", "cell", "day", "evening", "nick", "fake", "src", "old", "new", "orig", "tmp",
        "x", "pt", "cust", "de", "del", "di", "du", "la", "le", "van", "von", "des", "da", "numero",
        # Role prefixes exports put before a person's columns, as ``patient``: ``pupil_phone``, ``tenantEmail``.
        "pupil", "learner", "homeowner", "tenant", "interpreter", "installer", "tutor", "landlord", "driver",
        # The person a record is about, by what they are to it: under DP (no values read) ``Passenger DOB`` must
        # still be planned as a birth date, not left to the notes' rules.
        "passenger", "traveller", "traveler", "visitor", "resident", "child", "kid", "donor", "volunteer",
        "subscriber", "caller", "borrower", "guardian", "participant", "attendee", "climber", "beneficiary",
        "policyholder", "insured", "carer", "caregiver", "kin", "son", "daughter", "infant", "baby",
    }
)  # fmt: skip


def _harmless(token: str, pattern: tuple[str, ...]) -> bool:
    """A token a strict cue allows: a pattern word, a qualifier, or a word glued to a qualifier."""
    if token in pattern or token in QUALIFIERS or token.isdigit():
        return True
    if (m := TRAILING_DIGITS.match(token)) and (m.group(1) in pattern or m.group(1) in QUALIFIERS):
        return True  # ``zip5``: the word plus a number
    for word in pattern:
        if len(word) >= MIN_GLUED and word in token:
            rest = token.replace(word, "", 1)
            if (
                not rest
                or rest in QUALIFIERS
                or rest in pattern
                or any(rest == w for p in CUES.values() for q in p for w in q)
            ):
                return True
    return False


def matched_entities(name_tokens: frozenset[str], strict: bool) -> set[str]:
    found: set[str] = set()
    for entity, patterns in CUES.items():
        for pattern in patterns:
            if not all(_has(w, name_tokens) for w in pattern):
                continue
            if strict and not all(_harmless(t, pattern) for t in name_tokens):
                continue
            found.add(entity)
            break
    return _without_people_of_things(found, name_tokens)


def _without_people_of_things(found: set[str], name_tokens: frozenset[str]) -> set[str]:
    """``found`` without the person entities when the header names a thing or a place (``Class Name``,
    ``street name``): its "name" is not a person's; without the birth date when it names a wedding day
    (Outlook's ``Anniversaire de mariage``: ``anniversaire`` alone is its birthday field)."""
    if name_tokens & _WEDDING:
        found = found - {E.DATE_OF_BIRTH}
    return found - _PERSON_ENTITIES if name_tokens & NOT_A_PERSON else found


_WEDDING = frozenset({"mariage", "noces", "wedding", "hochzeit", "boda", "matrimonio", "bruiloft", "huwelijk"})


def cue_hints(column_name: str) -> set[str]:
    """Entities the column name hints at, whatever other tokens it has (the detector's hint).

    Example::

        cue_hints("pt_vorname_1")   # {"first_name", "name"}
        cue_hints("Class Name")     # set()
    """
    return set(_cue_hints(column_name))


# A header is asked about by dozens of passes (162 calls for Adult's 15 columns): read it once.
@lru_cache(maxsize=8192)
def _cue_hints(column_name: str) -> frozenset[str]:
    name_tokens = tokens(column_name)
    found = (
        matched_entities(name_tokens, strict=False)
        | script_cues(column_name)
        | person_role_cues(name_tokens)
        | tenancy_role_cues(name_tokens)
        | residence_cues(column_name)  # "Where do you live now?": a question after the home town
        | role_word_cues(column_name)  # ``Puppy walker``, ``Auftraggeber``, ``Famille d'accueil``: people by role
    )
    return frozenset(
        found or _abbreviated(name_tokens) or _doubled_letter_typos(name_tokens) or _cut_pattern(name_tokens)
    )


# Letters a cut-short word of a two-word cue keeps (``cod`` of *codice fiscale*, ``pos`` of *codigo postal*).
MIN_CUT_WORD = 3


def _cut_pattern(name_tokens: frozenset[str]) -> set[str]:
    """Entities of a cue of two or more words whose other words are all there and one is cut short
    (``CODIGO_POS``, ``Cod. fiscale``): a short header's last word is often cut at the column's width."""
    found: set[str] = set()
    for entity, patterns in CUES.items():
        for pattern in patterns:
            if len(pattern) < 2:
                continue
            missing = [w for w in pattern if not _has(w, name_tokens)]
            if len(missing) == 1 and any(is_truncation(t, missing[0], MIN_CUT_WORD) for t in name_tokens):
                found.add(entity)
                break
    return _without_people_of_things(found, name_tokens)


_RUNS = re.compile(r"(.)\1+")


def _doubled_letter_typos(name_tokens: frozenset[str]) -> set[str]:
    """Entities a hand-typed header cues once a letter typed twice is read once (``streeet``, ``locaalidad``)."""
    squashed = {_RUNS.sub(r"\1", t) for t in name_tokens if len(t) >= 6 and t.isalpha() and _RUNS.search(t)}
    if not squashed:
        return set()
    found = {e for e, word in _abbreviable() if len(word) >= 5 and _RUNS.sub(r"\1", word) in squashed}
    return _without_people_of_things(found, name_tokens)


def _abbreviated(name_tokens: frozenset[str]) -> set[str]:
    """Entities a vowel-less token abbreviates (``PSTLZ``, ``GBDAT``: :mod:`cue_abbreviations`)."""
    # Most names abbreviate nothing: the vocabulary (a second to load) is read only when a token would.
    if not abbreviated_cues(name_tokens, _abbreviable(), frozenset()):
        return set()
    found = abbreviated_cues(name_tokens, _abbreviable(), known_words(), _foreign_words())
    return _without_people_of_things(found, name_tokens)


@lru_cache(maxsize=1)
def _foreign_words() -> frozenset[str]:
    """Everyday words of the European languages Faker writes lorem text in (French ``acte``, Dutch ``achter``)."""
    import importlib

    words: set[str] = set()
    for locale in ("fr_FR", "es_ES", "de_DE", "it_IT", "nl_NL", "pl_PL", "cs_CZ"):
        provider = importlib.import_module(f"faker.providers.lorem.{locale}").Provider
        words |= {w.lower() for w in provider.word_list}
    return frozenset(words)


@lru_cache(maxsize=1)
def _abbreviable() -> tuple[tuple[str, str], ...]:
    return tuple(
        (e, p[0])
        for e, patterns in CUES.items()
        for p in patterns
        if len(p) == 1 and p[0].isalpha() and p[0] not in COMPANION_WORDS
    )


@lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    """Tokens that are words in their own right: English words, common words, the cue lists' own words."""
    from safe_synthesizer.pii.common_words import common_words
    from safe_synthesizer.pii.text_cued_names import english_vocabulary

    own = {w for patterns in CUES.values() for p in patterns for w in p}
    return frozenset(english_vocabulary() | common_words() | own | QUALIFIERS | NOT_A_PERSON | EVENT_WORDS)


def cued_entities(column_name: str) -> set[str]:
    """Entities the column name *says* it holds: a cue word plus only harmless extra tokens.

    Stricter than :func:`cue_hints` (``first_visit`` hints at a first name but says nothing), for
    callers that cannot look at values (the DP plan).

    Example::

        cued_entities("fake_Téléphone")  # {"phone_number"}
    """
    return matched_entities(tokens(column_name), strict=True) | script_cues(column_name, strict=True)
