"""People written in one cell with what is said of them: ``Mia Berg (daughter, 7); Leon Berg (son, 4)``.

Why: visit logs, booking forms and maternity lists write the people who come along in one field, each a name with
extras before or after it: a relation, an age, both in brackets, a phone of any layout, an e-mail, a role
(``Mia Berg (daughter, 7); Leon Berg (son, 4)``, ``Ana Ruiz, hermana, 612 345 678``, ``Jan Nowak 601-234-567 /
Ewa Nowak (żona)``, ``Mother: Grace Okafor & Tunde Okafor (8)``). No whole-cell rule reads such a cell (the name
rules see brackets and digits, the contact rule one name then one number), so the column was published as written
(set 31: the other visitors and birth partners of prison and maternity tables, shown and hidden, most locales).

A cell is read here as a list of people: it is split at ``;``, ``|``, `` / ``, `` & ``, `` + `` and the joining words
of :data:`column_joined_people.JOINERS`; brackets, e-mails and phones are taken out first (a bracket is an extra
unless it is a phone's area code: ``(11) 90936-9454``); what is left is split at commas, colons and spaced dashes
into parts, each a listed relation or role word (:data:`EXTRA_WORDS`), an age (``7``, ``7 yrs``, ``8 J.``), a phone
label, or a name. A cell is ``None`` when any part is none of these or a bracket holds something else than
relations, ages, phones, e-mails or one to three words (``Paracetamol (500 mg)``, ``Room 3 (2 beds)``). A name
part is one to five words of letters, no company or street word; ``FAMILY, Given`` is one name.

``strict=False`` (:mod:`.script_name_layouts`, which judges the names itself): names unasked of the lists, any
bracket of up to 30 characters a note (``(2019)``), 7-15 digits a phone, three comma parts a place (``A, B, C``).

:meth:`PeopleCell.rebuild` writes the cell again with each name, phone and e-mail faked and everything else as it
stood, so a visitor list keeps its layout: ``Mia Berg (daughter, 7); Leon Berg (son, 4)`` becomes ``Ida Lund
(daughter, 7); Karl Lund (son, 4)`` (the names through the column's name fakes: one person, one fake).

Example::

    cell = read_people("Mia Berg (daughter, 7); Leon Berg (son, 4)")
    cell.names  # ("Mia Berg", "Leon Berg")
    split_people_cell("Mia Berg")  # None: a plain name is left to the name rules
    split_people_cell("Room 3 (2 beds)")  # None
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_joined_people import JOINERS
from safe_synthesizer.pii.column_kin_contacts import MORE_RELATIONS
from safe_synthesizer.pii.person_cell_tokens import street_word
from safe_synthesizer.pii.text_name_bracket_relation import RELATIONS

__all__ = ["EXTRA_WORDS", "PeopleCell", "read_people", "split_people_cell"]

# Words said of a person in such a cell beside the shared relation lists: who they are at the visit or birth.
_ROLES = frozenset(
    """child children infant baby toddler teen teenager minor adult visitor guest escort companion chaperone
    interpreter translator driver supporter support worker social solicitor lawyer advocate doula godparent
    godmother godfather stepmother stepfather stepmum stepmom stepdad stepbrother stepsister stepchild half-brother
    half-sister ex ex-partner ex-wife ex-husband other lead main primary second 2nd 1st legal birth mr mrs ms
    kinder begleiter begleiterin besucher besucherin dolmetscher dolmetscherin anwalt anwältin säugling
    enfants bébé accompagnant accompagnante visiteur visiteuse interprète avocat avocate
    niños bebé acompañante visitante intérprete abogado abogada
    bambini neonato accompagnatore accompagnatrice visitatore visitatrice interprete avvocato
    kinderen begeleider begeleidster bezoeker bezoekster tolk advocaat
    criança bebê acompanhante advogado advogada
    dziecko dzieci niemowlę ребёнок ребенок дети младенец дитина діти çocuk bebek barn bebis lapsi vauva dítě
    gyerek baba copil""".split()  # noqa: SIM905
)
EXTRA_WORDS: frozenset[str] = RELATIONS | MORE_RELATIONS | _ROLES

# A bracket (fullwidth too): an extra, unless 1-5 digits right before more digits (a phone's area code).
_BRACKET = re.compile(r"[(\[\uff08]([^()\[\]\uff08\uff09]{0,60})[)\]\uff09]")
_AREA_CODE = re.compile(r"[(\[]\d(?:-?\d){0,4}[)\]][ .\-]?\d")
# A bracket round a phone whose area code is in brackets of its own: ``Ana ((201) 991-7890)``, masked out.
_ROUND_PHONE = re.compile(r"[(\[]\s*\x00+\s*[)\]]")
_MAX_NOTE = 30
_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w@])(?:\+|00)?\(?\d[\d ()./\-]{4,22}\d(?:\s*(?:x|ext\.?|extn\.?|poste|DW)\s*\d{1,6})?")
_EXTENSION = re.compile(r"\s*(?:x|ext\.?|extn\.?|poste|DW)\s*\d{1,6}$")
_DATE = re.compile(r"^(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2}))$")
_AGE = re.compile(
    r"^(?:age[ds]?|aged|âge|alter|edad|età|eta|leeftijd|idade|wiek|возраст|yaş)?\s*:?\s*\d{1,2}\s*"
    r"(?:y|yr|yrs|years?|yo|y/o|y\.o|j|jahre|ans?|años?|anos?|anni|jaar|lat|года|лет|год|yaş|år|vuotta|éves|m|"
    r"mo|mos|months?|mois|monate?|meses|mesi|maanden)?\.?$",
    re.I,
)
_LABEL_WORDS = (
    r"(?:tel|tél|tlf|mob|mobile|ph|phone|telefon|teléfono|telefono|telefone|telefoon|tfno|gsm|cell|handy|portable|"
    r"móvil|cellulare|mobiel|e-?mail|mail|courriel|correo|on)\.?:?"
)
_LABEL = re.compile(_LABEL_WORDS + "$", re.I)
_LABEL_BEFORE = re.compile(r"^" + _LABEL_WORDS + r"\s*", re.I)
_LABEL_AFTER = re.compile(r"\s+" + _LABEL_WORDS + "$", re.I)
# The people of a cell: split at these (brackets, phones and e-mails already masked out).
# (Arabic semicolon, ideographic comma too)
_PEOPLE_SEP = re.compile(r"\s*(?:[;|\n\u061b\u3001]|\s/\s|\s[&+]\s)\s*")
_JOINER = re.compile(r"\s+(" + "|".join(sorted(map(re.escape, JOINERS), key=len, reverse=True)) + r")\s+")
# The parts of one person: split at commas (Arabic, fullwidth; typed twice), colons, spaced dashes, masked extras.
_PART_SEP = re.compile(r"\s*(?:[,\u060c\uff0c]+|:|\s[-–—]\s|\x00+)\s*|\s+\x00+\s*")
_COMMAS = ",\u060c\uff0c"
_MASK = "\x00"
# What a cell of more than one plain name has (a comma aside): a digit, a bracket, a separator, an @.
_QUICK = re.compile(r"[\d()\[\];|/&+@:\n]")
_MAX_LEN = 240
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_NON_LATIN = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f]")
_MIN_DIGITS, _MAX_DIGITS = 7, 15
_MAX_NAME_WORDS = 5
_FREE_MAIL = frozenset(
    """gmail.com googlemail.com yahoo.com hotmail.com outlook.com live.com icloud.com aol.com gmx.de gmx.net web.de
    t-online.de orange.fr free.fr laposte.net libero.it virgilio.it hotmail.fr yahoo.fr yahoo.es yahoo.co.uk
    mail.ru yandex.ru wp.pl o2.pl seznam.cz""".split()  # noqa: SIM905
)


@dataclass(frozen=True)
class PeopleCell:
    """One cell read as people: ``parts`` are ``(start, end, kind, person)`` spans of ``text`` (kind ``name``,
    ``phone`` or ``email``; ``person`` the index of the person it belongs to); ``listed`` says per name whether
    the lists vouch for it; ``extras`` counts the relations, ages, phones and e-mails read."""

    text: str
    parts: tuple[tuple[int, int, str, int], ...]
    listed: tuple[bool, ...]
    extras: int

    @property
    def names(self) -> tuple[str, ...]:
        """The names, in order."""
        return tuple(self.text[a:b] for a, b, kind, _ in self.parts if kind == "name")

    @property
    def phones(self) -> tuple[str, ...]:
        """The phone numbers, in order."""
        return tuple(self.text[a:b] for a, b, kind, _ in self.parts if kind == "phone")

    @property
    def said(self) -> int:
        """How many relations, roles and ages are said of the people (phones and e-mails aside)."""
        return self.extras - sum(1 for *_, kind, _ in self.parts if kind != "name")

    @property
    def structured(self) -> bool:
        """More than one person, or a person with extras: not a plain name."""
        return len(self.names) > 1 or self.extras > 0

    def rebuild(self, names: Mapping[str, str], phones: Mapping[str, str]) -> str:
        """The cell written again with each name and phone replaced by its fake (an e-mail by one made of the
        person's fake name), everything between as it stood."""
        fake_of_person: dict[int, str] = {}
        for a, b, kind, who in self.parts:
            if kind == "name":
                fake_of_person.setdefault(who, names.get(self.text[a:b], self.text[a:b]))
        out, at = [], 0
        for a, b, kind, who in self.parts:
            out.append(self.text[at:a])
            original = self.text[a:b]
            if kind == "name":
                fake = names.get(original, original)
                out.append(fake.upper() if original.isupper() and not fake.isupper() else fake)
            elif kind == "phone":
                out.append(phones.get(original, original))
            else:
                out.append(_fake_email(original, fake_of_person.get(who, ""), who))
            at = b
        out.append(self.text[at:])
        return "".join(out)


def _fake_email(original: str, fake_name: str, who: int) -> str:
    local = unicodedata.normalize("NFKD", fake_name).encode("ascii", "ignore").decode().lower()
    local = ".".join(re.findall(r"[a-z]+", local)) or f"person{who + 1}"
    domain = original.rsplit("@", 1)[-1].lower()
    return f"{local}@{domain if domain in _FREE_MAIL else 'example.com'}"


def _street_word(word: str) -> bool:
    """A street word that is no listed name (``Station Road``; ``Fall``, ``Hill``, ``Park`` are family names)."""
    return street_word(word) and not (V.last_name_known(word) or V.first_name_known(word))


def _extra_words(text: str, alone: bool = False) -> bool:
    """One to three relation or role words; ``alone`` (not in brackets): a capitalised listed given name is a name
    (``COOK, Anne``: Turkish ``anne`` is a mother)."""
    words = text.lower().replace("-", " ").split()
    if not 0 < len(words) <= 3 or not all(w.strip(".'’") in EXTRA_WORDS for w in words):
        return False
    return not (alone and len(words) == 1 and text[:1].isupper() and V.first_name_known(text))


def _phone_ok(phone: str, strict: bool = True) -> bool:
    core = _EXTENSION.sub("", phone)
    digits = sum(ch.isdigit() for ch in core)
    if not _MIN_DIGITS <= digits <= _MAX_DIGITS or core.count("(") != core.count(")") or _DATE.match(core):
        return False
    return not strict or V.is_phone_any(core, cued=True)


def _words(item: str) -> bool:
    """One to three words of letters in any script (vowel signs and joiners count: ``बेटी``), a dot at the end."""
    words = re.split(r"[ '’.-]", item.rstrip("."))
    return 0 < len(words) <= 3 and all(
        w
        and w[0].isalpha()
        and all(ch.isalpha() or unicodedata.category(ch)[0] == "M" or ch in "\u200c\u200d" for ch in w)
        for w in words
    )


def _bracket_items(inner: str, strict: bool = True) -> tuple[int, list[tuple[int, int, str]]] | None:
    """How many known extras a bracket's ``inner`` text holds (relations, roles, ages, phones, e-mails) and the
    spans of its phones and e-mails; ``None`` when it holds anything else than those or one to three words."""
    known, values = 0, []
    for m in re.finditer(r"[^,;/]+", inner):
        item = m.group(0).strip()
        if not item:
            continue
        at = m.start() + m.group(0).index(item)
        if _extra_words(item) or _AGE.match(item):
            known += 1
        elif (mail := _EMAIL.fullmatch(item)) is not None:
            values.append((at, at + mail.end(), "email"))
        elif any(ch.isdigit() for ch in item):
            label = _LABEL_BEFORE.match(item)
            number = item[label.end() :] if label else item
            if not _phone_ok(number, strict):
                return None
            values.append((at + len(item) - len(number), at + len(item), "phone"))
        elif not _words(item):
            return None
    return known, values


def _name_ok(name: str) -> bool | None:
    """Whether the lists vouch for ``name`` (True / False), or None when it is no name at all; a name in a non-Latin
    script the Latin-shaped checks do not read (``孟璐``, ``সরকার, আনন্দ``) is graded by the script name lists."""
    if not V.is_name_shaped_any_case(name):
        return _script_name(name) if _NON_LATIN.search(name) and not _LATIN_LETTER.search(name) else None
    if V.has_company_marker(name):
        return None
    words = V.name_words(name)
    if len(words) > _MAX_NAME_WORDS or any(_street_word(w) for w in words):
        return None
    if len(words[-1]) == 1 and _LATIN_LETTER.match(words[-1]):
        return None  # ``Group A``, ``Block C``: a letter after a word is a label, an initial stands before a name
    if len(words) == 1:
        if _NON_LATIN.search(name) and not _LATIN_LETTER.search(name) and not V.is_listed_city(name):
            return _script_name(name)  # ``孟璐``: a whole name written without a space
        if V.is_listed_city(name) or not (V.first_name_known(name) or V.last_name_known(name)):
            return None
        return True
    return bool(V.full_name_known(name) or V.first_name_known(words[0]) or V.last_name_known(words[-1]))


def _script_name(name: str) -> bool | None:
    # Imported here: the script checks read their cells through this module (script_name_layouts).
    from safe_synthesizer.pii.column_script_pairs import NONE, VOUCHED, script_name_cell

    grade = script_name_cell(name)
    return None if grade == NONE else grade == VOUCHED


def _spans(text: str, sep: re.Pattern[str], start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of ``text[start:end]`` between matches of ``sep``, stripped, as spans."""
    out, at = [], start
    for m in sep.finditer(text, start, end):
        out.append((at, m.start()))
        at = m.end()
    out.append((at, end))
    return [
        (a + len(text[a:b]) - len(text[a:b].lstrip()), b - len(text[a:b]) + len(text[a:b].rstrip())) for a, b in out
    ]


def _family_comma_given(work: str, pair: list[tuple[int, int]], strict: bool = True) -> bool:
    """Two name parts set off by one comma are one name, family first, when either is one word or the family part
    is in capitals (``RUIZ, Ana``, ``Weber, Klaus Peter``, ``GARCÍA LÓPEZ, Ana María``, ``آل قصير, آيات``); read
    not strictly, always (a script without capitals: ``آل العسكري, عبد الجليل``)."""
    (a, b), (c, d) = pair
    return work[b:c].strip(_COMMAS + " ") == "" and (not strict or _one_name(work[a:b], work[c:d]))


def _one_name(first: str, second: str) -> bool:
    return len(first.split()) == 1 or len(second.split()) == 1 or first.isupper()


def _person_chunks(masked: str) -> list[tuple[int, int]]:
    chunks = _spans(masked, _PEOPLE_SEP, 0, len(masked))
    out = []
    for a, b in chunks:
        # ``Grace Okafor and Tunde Okafor``: a joining word parts two people when a name stands on each side.
        pieces = _spans(masked, _JOINER, a, b)
        if len(pieces) > 1 and not all(any(ch.isalpha() for ch in masked[x:y]) for x, y in pieces):
            pieces = [(a, b)]
        out.extend(pieces)
    return out


def read_people(cell: object, *, strict: bool = True) -> PeopleCell | None:
    """``cell`` read as one or more people with extras (see the module's rules), or ``None``; a plain name is a
    :class:`PeopleCell` too (:attr:`PeopleCell.structured` False). ``strict=False``: the layout only (names not
    vouched for, any short note, any phone-long number), for callers that know or judge the names."""
    if not isinstance(cell, str):
        return None
    text = cell.strip()
    if not text or len(text) > _MAX_LEN or not any(ch.isalpha() for ch in text):
        return None
    masked = list(text)
    found: list[tuple[int, int, str]] = []
    extras = 0

    def mask(a: int, b: int) -> None:
        masked[a:b] = _MASK * (b - a)

    for m in _BRACKET.finditer(text):
        if _AREA_CODE.match(text, m.start()):
            continue
        items = _bracket_items(m.group(1), strict)
        if items is None and not strict and len(m.group(1)) <= _MAX_NOTE:
            items = (1, [])  # a note, kept as written
        if items is None:
            return None
        extras += items[0]
        # ``(tel. 0176 1234567)``, ``(sister, ana@x.es)``: the number or address inside is faked, the rest kept.
        found.extend((m.start(1) + a, m.start(1) + b, kind) for a, b, kind in items[1])
        mask(m.start(), m.end())
    work = "".join(masked)
    for m in _EMAIL.finditer(work):
        found.append((m.start(), m.end(), "email"))
        mask(m.start(), m.end())
    work = "".join(masked)
    for m in _PHONE.finditer(work):
        phone = m.group(0).rstrip(" ./-")
        while phone.count(")") > phone.count("(") and phone.endswith(")"):
            phone = phone[:-1]
        start = m.start()
        while phone.count("(") > phone.count(")") and phone.startswith("("):
            phone, start = phone[1:], start + 1
        if not _phone_ok(phone, strict):
            if sum(ch.isdigit() for ch in phone) >= 3:
                return None  # numbers that are no phone: an amount, a code, a date
            continue
        found.append((start, start + len(phone), "phone"))
        mask(start, start + len(phone))
    for m in _ROUND_PHONE.finditer("".join(masked)):
        mask(m.start(), m.end())
    extras += len(found)
    work = "".join(masked)
    names: list[tuple[int, int, int]] = []
    listed: list[bool] = []
    person = 0
    for a, b in _person_chunks(work):
        chunk_names: list[tuple[int, int]] = []
        for x, y in _spans(work, _PART_SEP, a, b):
            part = work[x:y].strip(" .")
            if not part or not part.strip(_MASK):
                continue
            if _extra_words(part, alone=True) or _AGE.match(part):
                extras += 1
                continue
            if _LABEL.match(part):
                continue
            label = _LABEL_AFTER.search(part)
            if label is not None:  # ``Ana Ruiz tel.`` before a masked number
                y = x + label.start()
            if any(ch.isdigit() for ch in work[x:y]):
                return None
            chunk_names.append((x, y))
        if not chunk_names:
            continue
        if len(chunk_names) == 2 and _family_comma_given(work, chunk_names, strict):
            chunk_names = [(chunk_names[0][0], chunk_names[1][1])]  # ``RUIZ, Ana``: one name, family first
        elif not strict and len(chunk_names) > 2 and any(ch in _COMMAS for ch in work[a:b]):
            return None  # unvouched words in three comma parts: a place as likely as people
        for x, y in chunk_names:
            vouched = _name_ok(text[x:y]) if strict else False
            if vouched is None:
                return None
            names.append((x, y, person))
            listed.append(vouched)
            person += 1
    if not names:
        return None
    parts = [(x, y, "name", who) for x, y, who in names]
    for a, b, kind in found:  # a phone or e-mail belongs to the person named last before it (or the first)
        who = max((w for x, _, w in names if x < a), default=0)
        parts.append((a, b, kind, who))
    return PeopleCell(text, tuple(sorted(parts)), tuple(listed), extras)


def split_people_cell(cell: object) -> PeopleCell | None:
    """``cell`` as people with extras when it is more than one plain name (:meth:`PeopleCell.rebuild` fakes it),
    else ``None``. Two people joined by one joining word and nothing else are left to :mod:`column_joined_people`."""
    if not isinstance(cell, str) or not _QUICK.search(cell):
        if not isinstance(cell, str) or cell.count(",") != 1:
            return None  # cheap: a plain name has no bracket, separator, digit or @
        first, second = (part.strip() for part in cell.split(","))
        if not _extra_words(second, alone=True) and _one_name(first, second):
            return None  # cheap: ``WEBER, Klaus``, ``Weber, Klaus Peter`` are one name
    people = read_people(cell)
    if people is None or not people.structured:
        return None
    return people
