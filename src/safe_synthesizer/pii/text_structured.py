"""Values of structured records pasted into a text cell: JSON, Python dict literals, ``key=value`` lists, XML.

Why: notes fields receive whole records copied from another system (``{"applicant": {"name": "agathe
meunier", "dob": "14/11/1941"}}``, ``{'client': 'glica, olgierd', 'street': 'plac Żeromskiego 92/78'}``,
``full_name=lara lopes; id_no=293719191``, ``<fullName>Damian Barnett</fullName>``). There the KEY (an XML
element's tag name too) says what the value is, better than any word of prose could: a bare date after
``"dob":`` is a birth date, a lower-case ``"full_name"`` is a name, nine digits after ``"id_no"`` an id
and not a phone. The keys are read with the column-name lexicon of the column detector
(:func:`safe_synthesizer.pii.cues.cued_entities`: ``dob``, ``geb_datum``, ``full_name``, ``id_no``, ``telefono``,
``street``...), so a key means in a note what it means as a column name. A key naming the
person a record is about (``client``, ``applicant``, ``witness``: the column lexicon's person qualifiers and
the professional roles) marks its value as a name when the value reads as one.

Each value must still look like its entity (a date for a birth date, a digit for an id, letters that read as
a name for a name), and a person key under a thing's key (``"company": {"name": ...}``) is no person. Keys of
other dates (``"date"``, ``"created_at"``, ``"appointment"``) map to nothing, so their dates stay.

Example::

    structured_spans('{"name": "agathe meunier", "dob": "14/11/1941"}', r"\\d{2}/\\d{2}/\\d{4}")
    # [(10, 24, 'name'), (35, 45, 'date_of_birth')]
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.cue_vocabulary import NOT_A_PERSON
from safe_synthesizer.pii.cues import QUALIFIERS, cued_entities, tokens
from safe_synthesizer.pii.text_dob_values import birth_date_length, birth_key
from safe_synthesizer.pii.text_keyed_dob import keyed_dob_spans
from safe_synthesizer.pii.text_keyed_sql import sql_value_slots
from safe_synthesizer.pii.text_name_roles import PROFESSIONAL_ROLES
from safe_synthesizer.pii.text_records_csv import record_spans
from safe_synthesizer.pii.text_records_header import header_table_spans
from safe_synthesizer.pii.text_records_vcard import vcard_name_spans

# A quoted key, its colon, then a quoted value (the value's closing quote is the one before a comma, a
# closing brace or bracket, or the end: an apostrophe inside ``'o'brien, sean'`` does not end it) or a bare
# number (``"id_no": 293719191``).
_QUOTED = re.compile(
    r"""(?P<kq>["'])(?P<key>[^"'\n:{}\[\],]{1,40})(?P=kq)[ \t]*:[ \t]*"""
    r"""(?:(?P<vq>["'])(?P<value>(?:(?!["'][ \t]*:)[^\n]){1,120}?)(?P=vq)(?=[ \t]*(?:[,}\]]|$))"""
    r"""|(?P<number>[+\d][\d .\-/]{2,30}\d)(?=[ \t]*[,}\]]))"""
)
# An unquoted identifier key, ``=`` or ``:``, then the value up to the next separator or key
# (``dob=14/11/1941; full_name=lara lopes``, ``id_no: 293719191 | phone: ...``). With a colon the key must
# be written as an identifier (``id_no``, ``birthDate``): ``Contact: Dr Ahmed tomorrow.`` is prose.
_BARE = re.compile(
    r"(?<![\w\"'])(?P<key>[A-Za-z_][A-Za-z0-9_]{1,30})[ \t]*(?P<sep>[=:])[ \t]*"
    r"(?P<value>[^\s\"'{}\[\];|&=][^;|&\n=]{0,80}?)"
    r"(?=[ \t]*(?:[;|&\n]|,[ \t]*[A-Za-z_][A-Za-z0-9_]{1,30}[ \t]*[=:]|$)"
    # logfmt: the next ``key=`` after a space ends the value (``dob=07-12-1941 amount=854.25``)
    r"|[ \t]+[A-Za-z_][A-Za-z0-9_.\-]{0,30}=)"
)
# A logfmt, TOML or INI value in quotes (``dob="07-12-1941"``, ``birth_date = "1956-03-11"``,
# ``account='DE89...'``): the quotes bound the value.
_KEY_EQ_QUOTED = re.compile(
    r"""(?<![\w"'.\-])(?P<key>[A-Za-z_][A-Za-z0-9_.\-]{1,30})[ \t]*=[ \t]*(?P<q>["'])"""
    r"""(?P<value>[^"'\n]{1,120})(?P=q)"""
)
# An XML or HTML-ish element with text only: ``<birthDate>29 Apr 2004</birthDate>``, ``<ns:fullName>``; the tag
# name is the key (camelCase split as in column names), attributes are skipped.
_ELEMENT = re.compile(
    r"<(?P<key>[A-Za-z][\w.\-]{0,40}(?::[A-Za-z][\w.\-]{0,40})?)(?:[ \t][^<>\n]{0,200})?>"
    r"(?P<value>[^<>\n]{1,120})</(?P=key)>"
)
# The nearest element still open before a position: ``<address><line1>`` (``line1`` says street only there).
_OPEN = re.compile(r"<(?P<key>[A-Za-z][\w.\-]{0,40})(?:[ \t][^<>\n]{0,200})?>")
# The key before an opening brace or bracket, of the object it opens: ``"applicant": {``, ``"company": {``.
_PARENT = re.compile(r"""(?P<q>["'])(?P<key>[^"'\n:{}\[\],]{1,40})(?P=q)[ \t]*:[ \t]*$""")
# The entity a key stands for when the column lexicon gives several (``address``: street and address).
_ORDER = (E.DATE_OF_BIRTH, E.SSN, E.NATIONAL_ID, E.TAX_ID, E.IBAN, E.CREDIT_DEBIT_CARD, E.EMAIL, E.PHONE_NUMBER,
          E.FAX_NUMBER, E.STREET_ADDRESS, E.ADDRESS, E.NAME, E.FIRST_NAME, E.LAST_NAME, E.POSTCODE, E.CITY)  # fmt: skip
_PERSON = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})
_DIGIT_VALUED = frozenset({E.SSN, E.NATIONAL_ID, E.TAX_ID, E.IBAN, E.CREDIT_DEBIT_CARD, E.PHONE_NUMBER, E.FAX_NUMBER})
# Letters with inner spaces, hyphens, apostrophes, dots of initials and one comma (``glica, olgierd``).
_NAME_VALUE = re.compile(r"^[^\W\d_][^\W\d_ .'’\-]*(?:,?[ \t]+[^\W\d_][^\W\d_.'’\-]*\.?|[\-'’][^\W\d_]+){0,4}$")
_NUMBER_WORDS = frozenset({"no", "nr", "num", "nbr", "nro", "numero"})
_IDENTIFIER = re.compile(r"_|[a-z][A-Z]")
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")
# Qualifier tokens that say whose value it is, not that the value is a person (``home``, ``number``).
_PERSON_QUALIFIERS = QUALIFIERS - {
    "account", "primary", "secondary", "alt", "alternate", "other", "home", "work", "office", "personal",
    "business", "billing", "shipping", "mailing", "postal", "residence", "residential", "birth", "death",
    "current", "legal", "preferred", "full", "of", "the", "no", "num", "number", "nr", "txt", "str", "value",
    "raw", "middle", "line", "addr", "address", "main", "mobile", "cell", "day", "evening", "nick", "fake", "src",
    "old", "new", "orig", "tmp", "x", "pt", "cust", "de", "del", "di", "du", "la", "le", "van", "von", "des",
    "da", "numero",
}  # fmt: skip


def _gate(text: str) -> bool:
    """A structured record is written with a key's colon or equals sign after a quote or an identifier."""
    return ('":' in text or "':" in text or '" :' in text or "=" in text or "_" in text) and (
        ":" in text or "=" in text
    )


@lru_cache(maxsize=4096)
def _key_entity(key: str) -> tuple[str | None, bool]:
    """The entity a record key names, by the column lexicon, and whether the key is a person's role or
    qualifier (``client``, ``witness``: a name, read more strictly)."""
    words = tokens(key)
    # "no", "nr", "num" abbreviate "number" in keys as in column names: ``id_no`` is an id number.
    found = cued_entities(" ".join("number" if w in _NUMBER_WORDS else w for w in sorted(words)))
    for entity in _ORDER:
        if entity in found:
            return entity, False
    if words and words <= (_PERSON_QUALIFIERS | PROFESSIONAL_ROLES) and not words & NOT_A_PERSON:
        return E.NAME, True
    if birth_key(key):  # "birth_dt", "bdate", "fecha_nac", "data_nascita": machine spellings of a birth key
        return E.DATE_OF_BIRTH, False
    return None, False


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    return gazetteers.column_first_names()


@lru_cache(maxsize=1)
def _listed() -> frozenset[str]:
    return gazetteers.column_first_names() | gazetteers.column_surname_words()


def _script_word(word: str) -> bool:
    return word[:1].isalpha() and all(unicodedata.category(ch)[0] in "LM" or ch in "-'’" for ch in word)


def _reads_as_name(value: str, entity: str, strict: bool) -> bool:
    """Letters in one to five words. Latin-script values need listed names: a full name a listed given name
    (``"name": "Kings Cross"`` under a branch is a place), a given name or a surname itself listed, and
    every word listed after a role key (``"client": "review pending"`` is no name)."""
    if len(value) > 60:
        return False
    words = [w.strip(",.").lower() for w in value.split() if len(w.strip(",.")) > 1]
    if not _LATIN.search(value):
        # Cyrillic, Greek, Arabic, Hebrew, CJK, Indic, Thai names: the key alone says it (letters and the vowel
        # signs ``re`` does not count as word characters: ``विमल कुमार``, ``ดวงพร ทศโยธิน``)
        parts = [w.strip(",.،") for w in value.split()]
        return bool(words) and len(parts) <= 5 and all(_script_word(w) for w in parts if w)
    if not _NAME_VALUE.match(value) or not words:
        return False
    first, listed = _first_names(), _listed()
    hits = [w in listed or gazetteers.plain_form(w) in listed for w in words]
    if strict:
        return all(hits) and len(words) >= 2
    if entity == E.NAME:
        return any(w in first or gazetteers.plain_form(w) in first for w in words)
    return any(hits)


def value_reads_as_name(value: str) -> bool:
    """``value`` as a whole reads as a person's full name (a record's or an answer's): Latin words with a
    listed given name, or letters of another script."""
    return _reads_as_name(value, E.NAME, strict=False)


def _is_birth_date(value: str, date: re.Pattern[str], text: str) -> bool:
    return birth_date_length(value.strip(), date.pattern, text) is not None


def _fits(entity: str, value: str, role_key: bool, date: re.Pattern[str], text: str) -> bool:
    """``value`` looks like ``entity`` (a record's key may name an empty or placeholder value)."""
    if entity == E.DATE_OF_BIRTH:
        return _is_birth_date(value, date, text)
    if entity in _PERSON:
        return _reads_as_name(value, entity, strict=role_key)
    if entity in _DIGIT_VALUED:
        return sum(ch.isdigit() for ch in value) >= 5
    if entity == E.EMAIL:
        return "@" in value
    if entity in (E.STREET_ADDRESS, E.ADDRESS):
        return any(ch.isdigit() for ch in value) and any(ch.isalpha() for ch in value)
    return any(ch.isalnum() for ch in value)


def _thing_parent(text: str, start: int) -> bool:
    """The value's object is opened under a thing's key (``"company": {"name": ...}``): the innermost
    unclosed ``{`` before ``start`` and the key before it."""
    depth = 0
    for i in range(start - 1, -1, -1):
        ch = text[i]
        if ch in "}]":
            depth += 1
        elif ch in "{[":
            if depth == 0:
                m = _PARENT.search(text, max(0, i - 50), i)
                return m is not None and bool(tokens(m.group("key")) & NOT_A_PERSON)
            depth -= 1
    return False


@lru_cache(maxsize=4)
def _date_regex(date: str) -> re.Pattern[str]:
    return re.compile(date)


def structured_spans(text: str, date: str, entities: frozenset[str] | None = None) -> list[tuple[int, int, str]]:
    """(start, end, entity) of the values of ``text``'s records whose keys name an entity; ``date`` is the
    caller's regex of a full date; only ``entities`` are kept (any person entity keeps all three, a street
    or an address keeps streets) when given."""
    date_re = _date_regex(date)
    # '"Sellers","Grant","02/17/2003","(260) 876-0488"': a person's row pasted without its header
    out = record_spans(text, date_re)
    out += vcard_name_spans(text)  # "N:scott;david;;;", "ATTENDEE;CN=Jane Doe:mailto:...": the property says it
    if "\n" in text:  # "Name;DOB;Phone\nAnna Koch;12.03.1980;...": a header cell is a key for its column
        out += header_table_spans(
            text, lambda key: _key_entity(key)[0], lambda key, a, b: _span(text, key, a, b, date_re)
        )
    # "INSERT INTO people (name, dob) VALUES ('Ann Lee', '1941-12-07')": a value's column is its key
    for column, start, end in sql_value_slots(text):
        out += _span(text, column, start, end, date_re)
    if not _gate(text) and "</" not in text:
        return _wanted(out, entities, text, date)
    for m in _QUOTED.finditer(text):
        group = "value" if m.group("value") is not None else "number"
        out += _span(text, m.group("key"), m.start(group), m.end(group), date_re)
    if "</" in text:
        for m in _ELEMENT.finditer(text):
            key = _element_key(text, m.group("key"), m.start())
            out += _span(text, key, m.start("value"), m.end("value"), date_re)
    if "=" in text:
        for m in _KEY_EQ_QUOTED.finditer(text):
            out += _span(text, m.group("key"), m.start("value"), m.end("value"), date_re)
    if "=" in text or "_" in text:
        for m in _BARE.finditer(text):
            if m.group("sep") == ":" and not _IDENTIFIER.search(m.group("key")):
                continue
            out += _span(text, m.group("key"), m.start("value"), m.end("value"), date_re)
    return _wanted(out, entities, text, date)


def _wanted(
    out: list[tuple[int, int, str]], entities: frozenset[str] | None, text: str, date: str
) -> list[tuple[int, int, str]]:
    if entities is None or E.DATE_OF_BIRTH in entities:
        # "dob -> 12/03/1950", "[dob 1956-03-11]", "X-Patient-DOB: 1956-03-11": a birth key in any layout
        out += [s for s in keyed_dob_spans(text, date) if s not in out]
    if entities is None:
        return out
    wanted = set(entities) | (_PERSON if entities & _PERSON else set())
    wanted |= {E.STREET_ADDRESS} if E.ADDRESS in entities else set()
    return [s for s in out if s[2] in wanted]


def _element_key(text: str, key: str, start: int) -> str:
    """An element's key: its tag name without a namespace, read with its parent's where the tag alone names
    nothing (``<address><line1>`` is an address line; ``<postCode>`` under it is still a postcode)."""
    key = key.rsplit(":", 1)[-1]
    if _key_entity(key)[0] is not None:
        return key
    opened = [
        m
        for m in _OPEN.finditer(text, max(0, start - 300), start)
        if f"</{m.group('key')}>" not in text[m.end() : start]
    ]
    return f"{opened[-1].group('key').rsplit(':', 1)[-1]} {key}" if opened else key


def _span(text: str, key: str, start: int, end: int, date: re.Pattern[str]) -> list[tuple[int, int, str]]:
    entity, role_key = _key_entity(key)
    if entity is None:
        return []
    value = text[start:end].strip()
    start += len(text[start:end]) - len(text[start:end].lstrip())
    if not _fits(entity, value, role_key, date, text):
        return []
    if entity in _PERSON and _thing_parent(text, start):
        return []
    if entity == E.DATE_OF_BIRTH:  # "1956-03-11T00:00:00Z": the date, its time stays
        value = value[: birth_date_length(value, date.pattern, text)]
    if entity == E.ADDRESS:
        entity = E.STREET_ADDRESS  # a whole address is faked as a street; its postcode and town go with it
    return [(start, start + len(value), entity)]
