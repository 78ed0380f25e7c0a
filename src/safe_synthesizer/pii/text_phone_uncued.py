"""Phone numbers in text without a cue word, told by what they stand next to: a name, an e-mail, a question label.

Why: short national numbers (8 digits in Denmark, Latvia, Estonia, 7 in Iceland) are taken in text only after
a cue word (``call``, ``tel``), so a number that follows a person's name and a comma (``Guarantor Anne Koch,
34 29 91 84``), an e-mail address and "or" (``via anna@example.org or 21685192``, ``... or text 6148662``)
or a contact label and a colon (``Questions: 5149 4994``, ``Fragen: 0151 2345678``), or stood as a field of
its own in a record written on one line (``TIMM HARTUNG / DOB 1967-05-26 / 01526 3334862 / ...``) was kept.
In those places prose writes a contact's number; amounts, dates, order numbers and postcodes are written elsewhere (an
amount has a currency or decimals, a postcode a town after it, a date its separators). The number must still
be a valid one of some country's plan, end its clause, and carry no unit or currency.

Example::

    uncued_phone_spans("Guarantor Anne Koch, 34 29 91 84.", [], ("DK",))  # [(21, 32, "phone_number")]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.locales import phone_region_of
from safe_synthesizer.pii.text_date_heading import reads_as_name
from safe_synthesizer.pii.text_phone_cues import TEXT_PHONE_REGIONS

# A name word: letters with inner apostrophes or hyphens (as text_date_heading's).
_WORD = r"(?:[^\W\d_](?:[^\W\d_]|['’\-])*[^\W\d_])"
# A national number: digits in groups of spaces, dashes or dots, an area code in brackets; no "+" (those are
# taken anywhere already).
_NUMBER = r"(?P<number>\(?\d[\d().\- ]{5,18}\d)"
# The number ends its clause: a stop, comma, semicolon, bracket or the line's end, and no digit after a dot.
_END = r"(?=[ \t]*(?:[,;:!?)\]]|\.(?!\d)|$))"
# After an e-mail and "or" any word may follow the number ("or 21685192 any time"): no digit or decimal only.
_END_LOOSE = r"(?![\d(]|[.,]\d)"
# Before a number: a person's name (two to four words) and a comma.
_AFTER_NAME = re.compile(rf"(?P<name>{_WORD}(?:[ \t]+{_WORD}){{1,3}})[ \t]*,[ \t]*{_NUMBER}{_END}", re.MULTILINE)
# A person's name (two to four words) and the number right after it, or after "on"/"at": a note's sign-off
# ("saludos ariel morata 76299738", "obrigada eduardo campos 974 71 62") or the contact named before their
# number ("if no answer Ruth Tudela 6949-7870.", "Spoke to Elizabeth Elorza on 54640861,"). Without the comma
# the number must be valid in the caller's regions (not merely in some far plan) and no reference word may precede.
_NAME_THEN_NUMBER = re.compile(
    rf"(?P<name>{_WORD}(?:[ \t]+{_WORD}){{1,3}})[ \t]+(?:(?:on|at)[ \t]+)?{_NUMBER}{_END}", re.MULTILINE
)
# "or" in the languages of the supported locales, then an optional verb of calling or texting (and "me", "on").
_OR = (
    r"or|oder|ou|o|of|eller|tai|lub|albo|nebo|alebo|ili|или|або|veya|vagy|sau|arba|vai|või|eða|ή|atau|hoặc|oppure|"
    r"ovvero|eller"
)
_VERB = (
    r"call|ring|phone|text|sms|whatsapp|message|anrufen|simsen|appeler|appelez|llamar|llame|chiamare|ligar|bellen|"
    r"ringe|ring|soita|zadzwoń|zavolejte|zvaniet|helista|hringdu|hívjon|sunați"
)
_AFTER_EMAIL = re.compile(
    rf"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+[ \t]*,?[ \t]+(?:{_OR})[ \t]+(?:(?:{_VERB})[ \t]+(?:me[ \t]+|us[ \t]+)?"
    rf"(?:on[ \t]+|at[ \t]+|to[ \t]+)?)?{_NUMBER}{_END_LOOSE}",
    re.IGNORECASE,
)
# Labels of questions and help lines, then a colon: "Questions: 5149 4994", "Fragen: ...", "Consultas: ...".
_LABELS = (
    r"questions|queries|query|enquiries|enquiry|inquiries|inquiry|helpline|hotline|help[ \t]+line|bookings|booking|"
    r"reservations|emergencies|emergency|urgent|after[ \t]+hours|out[ \t]+of[ \t]+hours|info|information|"
    r"fragen|rückfragen|auskunft|vragen|informatie|spørgsmål|spørsmål|frågor|kysymykset|kysymyksiä|küsimused|"
    r"jautājumi|klausimai|pytania|informacje|dotazy|otázky|kérdések|întrebări|informații|preguntas|consultas|"
    r"dudas|información|dúvidas|informações|domande|informazioni|renseignements|questions|spurningar|"
    r"ερωτήσεις|πληροφορίες|вопросы|справки|питання|довідки|въпроси|pitanja|vprašanja|sorular|bilgi|pyetje"
)
# The label may name the person to call first ("Emergency: Pilar Fernandes 942 50 38"): a name read as one.
_AFTER_LABEL = re.compile(
    rf"(?<![\w])(?:{_LABELS})[ \t]*:[ \t]*(?:(?P<name>{_WORD}(?:[ \t]+{_WORD}){{1,3}}),?[ \t]+)?{_NUMBER}{_END}",
    re.IGNORECASE,
)
# A field of its own in a record written on one line between slashes or bars ("REPAIR TICKET J41840 / TIMM
# HARTUNG / DOB 1967-05-26 / 01526 3334862 / ..."): a ticket's or label's contact number.
_FIELD = re.compile(rf"(?<=[ \t][/|][ \t]){_NUMBER}(?=[ \t]+[/|][ \t]|[ \t]*$)", re.MULTILINE)
_FIELD_SEPARATOR = re.compile(r"[ \t][/|][ \t]")
MIN_RECORD_FIELDS = 3  # separators on the line: a record, not "either / or" prose
#: A currency or unit right after the number (then it is an amount or a size; also read by text_phone_short).
UNIT_AFTER = re.compile(r"[ \t]*(?:%|€|\$|£|eur|usd|gbp|kr|sek|nok|dkk|chf|pln|czk|huf|ron|kg|km|m²|m2|ml|cm|mm)\b",
                         re.IGNORECASE)  # fmt: skip
# Digits in thousands groups with a decimal part ("1 250,50") are amounts.
_DECIMAL = re.compile(r"\d[.,]\d{1,2}$")
# A compact date of eight digits, year first or last ("20240512", "12052024").
COMPACT_DATE = re.compile(r"^(?:(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|"
                           r"(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d)$")  # fmt: skip


def is_uncued_phone(text: str, start: int, value: str, regions: Sequence[str]) -> bool:
    """``value`` (at ``start`` in ``text``) is a 7-15 digit number that is no date, amount or size, valid in
    some country's plan."""
    digits = sum(ch.isdigit() for ch in value)
    if not 7 <= digits <= 15 or _DECIMAL.search(value):
        return False
    if V.looks_like_date(value) or V.starts_with_date(value) or COMPACT_DATE.match(value):
        return False
    if UNIT_AFTER.match(text, start + len(value)):
        return False
    return phone_region_of(value, (*regions, *TEXT_PHONE_REGIONS)) is not None


# The words before the name: one of them may make the number a reference of that person's (an order, a room).
_BEFORE_NAME = re.compile(r"[^\W\d_]+")
BEFORE_NAME_WORDS = 3


def _own_number(text: str, name_start: int, start: int, value: str, regions: Sequence[str]) -> bool:
    """A number right after a name (no comma) is a phone when it is valid in one of the caller's ``regions``, has
    seven digits or more in groups or eight in a run, and no reference word (``order``, ``room``, ``account``)
    stands among the three words before the number's name or in it."""
    from safe_synthesizer.pii.text_phone_short import REFERENCE_WORDS

    digits = sum(ch.isdigit() for ch in value)
    if digits < 8 and value.isdigit():
        return False
    # The matched name may open with the clause's own words ("Order for Maria Gonzalez"): those count too.
    before = _BEFORE_NAME.findall(text[max(0, name_start - 40) : name_start])[-BEFORE_NAME_WORDS:]
    if any(w.lower() in REFERENCE_WORDS for w in (*before, *_BEFORE_NAME.findall(text[name_start:start]))):
        return False
    return bool(regions) and phone_region_of(value, regions) is not None


def uncued_phone_spans(
    text: str, found: Sequence[tuple[int, int]] = (), regions: Sequence[str] = ()
) -> list[tuple[int, int, str]]:
    """Phone spans of ``text`` after a person's name and a comma, after an e-mail address and "or", or after a
    question or help-line label and a colon; numbers overlapping ``found`` (spans already taken) are left."""
    out: list[tuple[int, int, str]] = []
    taken = list(found)
    record = len(_FIELD_SEPARATOR.findall(text)) >= MIN_RECORD_FIELDS
    for pattern in (_AFTER_NAME, _AFTER_EMAIL, _AFTER_LABEL, _FIELD, _NAME_THEN_NUMBER):
        if pattern is _FIELD and not record:
            continue
        for m in pattern.finditer(text):
            value = m.group("number").rstrip(" -.(")
            start = m.start("number")
            end = start + len(value)
            if any(a < end and start < b for a, b in taken):
                continue
            if pattern in (_AFTER_NAME, _AFTER_LABEL, _NAME_THEN_NUMBER) and m.groupdict().get("name"):
                words = m.group("name").split()
                if not any(reads_as_name(" ".join(words[-n:])) for n in range(2, min(4, len(words)) + 1)):
                    continue
            if pattern is _NAME_THEN_NUMBER and not _own_number(
                text, m.start("name"), m.start("number"), value, regions
            ):
                continue
            if not is_uncued_phone(text, start, value, regions):
                continue
            out.append((start, end, E.PHONE_NUMBER))
            taken.append((start, end))
    return out
