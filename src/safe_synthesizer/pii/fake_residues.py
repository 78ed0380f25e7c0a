"""The last check over a found column's fakes: no token of the original that itself bears PII is left in its fake.

Why: the fakers of dressed cells fake the part they read and write the rest of the cell back as it came, so the
rest keeps whatever PII a reader did not know to look for: a child's name in ``Maria Vidal (parent de Joana)``
(``Isabelle Lopez (parent de Joana)``), a birth year beside a person (``Name (1962)``), an id left whole in a cell
the fakers did not read. A list of such dresses would miss the next one; the residue is judged by its SHAPE
instead, whatever stands around it, for every entity:

- an id-shaped run: a token of letters and digits (digits of any script) with four digits or more, or two digits
  among four or more letters and digits (``985716``), left whole in the fake; not in dates (a shifted date keeps its
  year by design), phones and fax numbers (the area and country codes are kept on purpose);
- a year (1900-2039) beside a person: in name columns, the four digits of a year left in the fake;
- a name token: in name columns, a capitalised word of the original, left in the fake, that a name list knows as a
  given name or a surname, or that no word list knows and is no title; words in square brackets are a role the
  clerk wrote (``[tesorero]``) and lower-case words are the dress (``de``, ``von``, ``parent``), neither a name.

What is DRESS, not residue, is told from the column as a whole, not from a list of dresses (session 64's first
check faked Turkish titles ``Yrd.``, a staff code tail ``· K5521`` and an LDAP ``OU=Users``): a person's PII is
unique to the record, dress is shared by records.

- a word or run that stands in many distinct cells of the column, in one slot (a title, a role, a unit, a key);
- an id-shaped run in a name column whose FORM (its letters as written, its digits as a count) comes back in other
  cells: a code system the column writes beside its people (``K5521``, ``K1187``), kept by the fakers as a record
  key; a code carrying the record's own letters (``GH4471`` beside Gail Harvey) has a form of its own and is residue;
- the dotted abbreviations the fakers themselves keep before a name (:func:`fake_names.leading_titles`:
  ``Yrd. Doç.``), so the check and the fakers read titles alike;
- the value of a record field whose key is not a name key (``OU=Users``, ``role: Owner``): the record's own grammar
  says it holds no person (:mod:`cell_record_syntaxes` reads the name keys).

A cell the fakers left as written is junk (``xx``, ``not given``) and judged only for id-shaped runs: a postcode
in Bengali digits left whole in a found postcode column (bn_BD, set 49) is one, and gets new digits of its script.

Each residue is faked in place: a name token by the mapper's fake of it (the same token gets the same fake in every
cell), a year moved by a keyed number of years, an id run scrambled class for class (:func:`formats.scramble`, the
value's own keyed draw): the fake keeps its layout and nothing of the original's PII. A token of the original the
fake holds by chance (a fake surname equal to a real given name of the cell) is faked again; that costs nothing.
Every boundary test is a plain scan (no regex is built per token: 100k rows must stay cheap).

Privacy: no value is logged.

Example::

    residue_tokens("Maria Vidal (parent de Joana)", "Isabelle Lopez (parent de Joana)", "name")  # ["Joana"]
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.cell_record_syntaxes import _DN_NAME_KEYS, _FAMILY_KEYS, _GIVEN_KEYS
from safe_synthesizer.pii.common_words import common_words
from safe_synthesizer.pii.fake_names import leading_titles
from safe_synthesizer.pii.formats import scramble
from safe_synthesizer.pii.titles import is_title

__all__ = ["ColumnDress", "column_dress", "dress_words", "residue_tokens", "scrub_residues"]

_PEOPLE = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})
# Entities whose fakes keep digits of the original by design: a shifted date keeps its year, a phone its codes.
_KEEPS_DIGITS = frozenset({E.DATE_OF_BIRTH, E.PHONE_NUMBER, E.FAX_NUMBER, "date", "date_time"})
# Characters that set a dress apart from the value in a cell written without spaces (``12345(scanned)``, ``a/b``).
_DRESS_MARKS = frozenset("()[]{}<>/|;,:=#*")
# A space or a dress mark anywhere in a cell: one regex search instead of a test per character (100k cells).
_SPACE_OR_MARK = re.compile("[\\s" + re.escape("".join(sorted(_DRESS_MARKS))) + "]")
_RUN = re.compile(r"(?<![^\W_])[^\W_]+(?![^\W_])")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_BRACKETED = re.compile(r"\[[^\]]*\]")
_YEAR = re.compile(r"^(?:19\d\d|20[0-3]\d)$")
# A machine record's attribute and its value (``OU=Users``, ``dept=Sales``): the grammar of DNs, query strings, INI.
_FIELD = re.compile(r"([^\W\d][\w.\-]*)\s*=\s*([^,;+&|=]*)")
_NAME_KEYS = _DN_NAME_KEYS | _GIVEN_KEYS | _FAMILY_KEYS
MIN_RUN_DIGITS = 4
MIN_MIXED_CHARS, MIN_MIXED_DIGITS = 4, 2
# A word in this many distinct cells of a column, and this share of them, in one slot, is the column's dress: a
# person's own word stands in one record (a child's name comes back only with its parent, one distinct cell).
MIN_DRESS_CELLS, MIN_DRESS_SHARE = 3, 0.05
# An id run's form (letters as written, digits as a count) in this many distinct cells is the column's code system.
MIN_CODE_CELLS = 2
# Generation suffixes: part of the name's layout, kept by the fakers.
_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV", "Jnr", "Snr"})
# Years a kept year is moved by (never 0): near enough to keep an age band's sense.
MAX_YEAR_MOVE = 4


@dataclass(frozen=True)
class ColumnDress:
    """What a column shares across its records: ``words`` (titles, roles, keys, units) and ``forms`` (the forms of
    the codes it writes beside its people, :func:`_form`)."""

    words: frozenset[str] = field(default_factory=frozenset)
    forms: frozenset[str] = field(default_factory=frozenset)


_NO_DRESS = ColumnDress()


def _id_shaped(token: str) -> bool:
    digits = sum(ch.isdigit() for ch in token)
    if digits >= MIN_RUN_DIGITS:
        return True
    return digits >= MIN_MIXED_DIGITS and len(token) >= MIN_MIXED_CHARS and digits < len(token)


def _form(token: str) -> str:
    """A code's form: its letters as written, each digit (of any script) as ``9``: ``K5521`` and ``K1187`` share
    ``K9999``; ``GH4471`` and ``MB2210`` (a record's initials) do not."""
    return "".join("9" if ch.isdigit() else ch for ch in token)


def _name_word(word: str) -> bool:
    """A capitalised word (or one in capitals) a name list knows, or one no word list knows that is no title: a
    name of a culture the lists lack (``Jòrdi``, ``Loïsa``) is still a name where a name column writes it."""
    if len(word) < 2 or not word[0].isupper() or word in _SUFFIXES:
        return False
    plain = word if not word.isupper() else word.capitalize()
    if V.is_known_first_name(plain) or V.is_known_last_name(plain):
        return True
    if word.isupper() or is_title(word) or is_title(word + "."):
        return False  # an acronym or a title: the fakers keep titles on purpose
    return plain.casefold() not in common_words()


def _ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _spans(token: str, text: str, joins: Callable[[str], bool]) -> list[int]:
    """Where ``token`` stands whole in ``text``: no character ``joins`` it on either side. A plain scan, not a regex
    built per token (compiling one per cell cost more than the whole replacement on 100k rows)."""
    out = []
    at = text.find(token)
    while at != -1:
        end = at + len(token)
        if not (at and joins(text[at - 1])) and not (end < len(text) and joins(text[end])):
            out.append(at)
        at = text.find(token, at + 1)
    return out


def _in(token: str, text: str, joins: Callable[[str], bool]) -> bool:
    return bool(_spans(token, text, joins))


def _replace_whole(text: str, token: str, replacement: str, joins: Callable[[str], bool]) -> str:
    """``text`` with every whole ``token`` (as :func:`_spans` finds it) written as ``replacement``."""
    spans = _spans(token, text, joins)
    if not spans:
        return text
    parts, last = [], 0
    for at in spans:
        parts.append(text[last:at])
        parts.append(replacement)
        last = at + len(token)
    parts.append(text[last:])
    return "".join(parts)


def _field_words(cell: str) -> set[str]:
    """Words in the value of a record field whose key names no person (``OU=Users``): dress by the record's grammar."""
    if "=" not in cell:
        return set()
    out: set[str] = set()
    for key, value in _FIELD.findall(cell):
        if key.casefold() not in _NAME_KEYS:
            out.update(_WORD.findall(value))
    return out


def _title_words(cell: str) -> set[str]:
    """The words of the titles the fakers keep before a name (``Yrd. Doç.``): they and the check read titles alike."""
    if "." not in cell:
        return set()
    titles, _rest = leading_titles(cell)
    return set(_WORD.findall(titles)) if titles else set()


def dress_words(originals: Iterable[str]) -> frozenset[str]:
    """The capitalised words a column writes in many of its distinct cells (at least :data:`MIN_DRESS_CELLS` and
    :data:`MIN_DRESS_SHARE` of them) in one slot: the column's dress (``Guardian``, ``Elternteil``, ``Yrd``), not a
    person's name, which stands in its own record or moves between slots.

    Example::

        dress_words(["Ana Ruiz (Guardian)", "Eva Soto (Guardian)", "Luis Gil (Guardian)"])  # {"Guardian"}
    """
    cells = list(dict.fromkeys(o for o in originals if isinstance(o, str)))
    counts: Counter = Counter()
    slots: dict[str, set[tuple[str, int]]] = {}
    for cell in cells:
        words = _WORD.findall(cell)
        for i, w in enumerate(words):
            if w[:1].isupper():
                slots.setdefault(w, set()).update({("start", i), ("end", len(words) - i)})
        counts.update({w for w in words if w[:1].isupper()})
    floor = max(MIN_DRESS_CELLS, MIN_DRESS_SHARE * len(cells))

    # Dress stands in one slot of the cell (counted from its start or its end); a name that recurs (a child who is
    # also a parent's given name) moves between slots.
    def one_slot(word: str) -> bool:
        kinds = [k for k, _ in slots[word]]
        return kinds.count("start") == 1 or kinds.count("end") == 1

    return frozenset(w for w, n in counts.items() if n >= floor and one_slot(w))


def column_dress(originals: Iterable[str], entity: str) -> ColumnDress:
    """What the column's distinct cells share (:class:`ColumnDress`): its dress words and, in a name column, the
    forms of the codes that come back in :data:`MIN_CODE_CELLS` cells or more.

    Example::

        column_dress(["Tor Haugen · K5521", "Knut Dahl · K1187", "Eva Soto"], "name").forms  # {"K9999"}
    """
    if entity not in _PEOPLE:
        return _NO_DRESS
    cells = list(dict.fromkeys(o for o in originals if isinstance(o, str)))
    forms: Counter = Counter()
    for cell in cells:
        forms.update({_form(t) for t in _RUN.findall(cell) if _id_shaped(t) and not _YEAR.match(t)})
    codes = frozenset(f for f, n in forms.items() if n >= MIN_CODE_CELLS)
    return ColumnDress(dress_words(cells), codes)


def residue_tokens(
    original: str, fake: str, entity: str, dress: Collection[str] | ColumnDress = frozenset()
) -> list[str]:
    """The PII-bearing tokens of ``original`` left whole in ``fake`` (see the module docstring); ``[]`` when the
    fake is the original itself (a cell of no value the fakers leave as written). ``dress``: the column's dress
    (:func:`column_dress`, or a set of dress words), never a residue.

    Example::

        residue_tokens("Ana Ruiz (1962)", "Eva Soto (1962)", "name")  # ["1962"]
    """
    if not original or not fake:
        return []
    if not isinstance(dress, ColumnDress):
        dress = ColumnDress(frozenset(dress))
    # A cell left as written is junk (``xx``, ``not given``) unless it holds an id-shaped run (a postcode in
    # Bengali digits the fakers did not read): only its runs are judged.
    whole = original.strip().casefold() == fake.strip().casefold()
    if not whole and entity not in _PEOPLE and not _SPACE_OR_MARK.search(original):
        return []  # one token faked whole (an e-mail, an IBAN, an SSN): no dress a residue could stand in
    out: list[str] = []
    people = entity in _PEOPLE and not whole
    # Cheap gates first (a digit, a shared word): nearly every fake shares nothing with its original.
    if entity not in _KEEPS_DIGITS and any(ch.isdigit() for ch in original):
        for token in dict.fromkeys(_RUN.findall(original)):
            if not any(ch.isdigit() for ch in token):
                continue
            if _YEAR.match(token):
                kept = people and token not in dress.words
            else:
                kept = _id_shaped(token) and not (entity in _PEOPLE and _form(token) in dress.forms)
            if kept and _in(token, fake, _ascii_alnum):
                out.append(token)
    if people:
        open_text = _BRACKETED.sub(" ", original) if "[" in original else original
        open_fake = _BRACKETED.sub(" ", fake) if "[" in fake else fake
        left = [w for w in dict.fromkeys(_WORD.findall(open_text)) if _in(w, open_fake, _word_char)]
        if left:
            shared = dress.words | _title_words(original) | _field_words(original)
            out.extend(w for w in left if w not in shared and _name_word(w))
    return out


def _moved_year(token: str, rng_value: int) -> str:
    move = 1 + rng_value % MAX_YEAR_MOVE
    year = int(token)
    return str(year - move if year - move >= 1900 else year + move)


def scrub_residues(mapping: Mapping[str, str], entity: str, mapper, locale: str | None = None) -> dict[str, str]:
    """``mapping`` (original cell -> fake) with every residue of :func:`residue_tokens` faked in its fake.
    ``mapper``: the run's :class:`~safe_synthesizer.pii.fakes.FakeMapper` (name fakes and keyed draws).

    Example::

        scrub_residues({"Maria Vidal (parent de Joana)": "Isabelle Lopez (parent de Joana)"}, "name", mapper)
        # {"Maria Vidal (parent de Joana)": "Isabelle Lopez (parent de Lucie)"}
    """
    out = dict(mapping)
    # First without the column's dress (which only takes tokens away): most columns leave no candidate at all, and
    # reading the dress of 100k cells costs more than the whole check.
    candidates = [
        (original, fake)
        for original, fake in mapping.items()
        if isinstance(original, str) and isinstance(fake, str) and residue_tokens(original, fake, entity)
    ]
    if not candidates:
        return out
    dress = column_dress(mapping, entity)
    for original, fake in candidates:
        kept = residue_tokens(original, fake, entity, dress)
        if not kept:
            continue
        new = fake
        for token in kept:
            new = _fake_token(new, token, mapper, locale)
        out[original] = new
    return out


def _script_digits(token: str, rng) -> str:
    """Digits of another script (Bengali, Devanagari, Arabic-Indic) drawn anew in their own script: the scrambler
    replaces ASCII letters and digits only."""
    out = []
    for ch in token:
        if ch.isdecimal() and not ch.isascii():  # a superscript ``³`` has no script of ten digits to draw from
            zero = ord(ch) - unicodedata.decimal(ch)
            out.append(chr(zero + int(rng.integers(0, 10))))
        else:
            out.append(ch)
    return "".join(out)


def _fake_token(fake: str, token: str, mapper, locale: str | None) -> str:
    if any(ch.isdigit() for ch in token):
        rng = mapper.value_rng("residue", token)
        if _YEAR.match(token):
            replacement = _moved_year(token, int(rng.integers(0, 1 << 30)))
        else:
            replacement = _script_digits(scramble(token, rng), rng)
            if replacement == token:
                replacement = _script_digits(scramble(token, mapper.value_rng("residue", token, attempt=1)), rng)
        joins = _ascii_alnum
    else:
        plain = token if not token.isupper() else token.capitalize()
        kind = E.FIRST_NAME if V.is_known_first_name(plain) else E.LAST_NAME
        replacement = mapper.map_values(kind, [plain], locale=locale).get(plain, plain)
        replacement = replacement.upper() if token.isupper() else replacement
        joins = _word_char
    # Outside square brackets only: a role the clerk wrote there is no residue.
    parts = re.split(r"(\[[^\]]*\])", fake)
    return "".join(p if p.startswith("[") else _replace_whole(p, token, replacement, joins) for p in parts)
