"""A phone number in a note read by its notation alone: digit groups joined by any one separator class (spaces,
dots, middle dots, thin or no-break spaces, dashes, slashes) whose digits make a valid national number of the
region the table's phones point to, of a length that region's numbering plan allows (libphonenumber's metadata),
unless the word before it labels a RECORD (an order's, an invoice's, a booking's number).

Why: the note rules take a number after a cue word, beside a name or standing as a sentence alone; a number after
a clause in a language none of their cue lists holds was kept (set 49, Bambara: ``A fɔ Mariam Koné ye, 66 70 11
04``; set 50, Cantonese: ``請打 6235 9185``), and so was a number grouped with middle dots (``88·90·96·01``) or
non-breaking hyphens (``5429‑1064``). The notation is the cue: a run of two or more digit groups, each of one to
four digits, one separator class throughout, with exactly the national significant length of one of the table's
regions (or that length after the national prefix) and valid there. A local number without its area code
(``491-3981``: seven digits in a +1 table) counts only where it closes the note or a sentence, written with a
dash, as people jot a number down.

Session 64's first version of this reader (``text_phone_region_groups``) read ``order 662-4455`` as a phone and was
taken out. A number's label decides what the number is: the one or two words right before it (a ``:``, ``#``,
``-`` between them and the number is the label's closing). When a label word is a telephone word of any language
(:data:`phone_words_world.WORLD_PHONE_WORDS`, the note rules' cue words, stems such as ``tel``/``phon``/``fon``/
``mob``) the number is read; when it names a record (a closed class of the nouns shops, offices and clubs number
their records with, in the languages of the sets, and the word "number" itself without a telephone word beside
it: ``Kundennummer``, ``order no``) it is that record's number and is left alone.

Guards, for the amounts, dates, scores and ids that are digit groups too: no group of four digits that reads as a
year beside day and month groups (``12 05 2024``), no currency sign or unit word beside the run (``12 500 000
FCFA``, ``€ 12 50``), no ``#``/``no.``/``№`` label before it (an id's), no run inside a longer token
(``ID-12 34 56``), and no overlap with a span found already.

Example::

    note_group_phone_spans("A fɔ Mariam Koné ye, 66 70 11 04", [], ("ML",))
    # [(21, 32, "phone_number")]
    note_group_phone_spans("Paid 250-300 grams of nails, order 662-4455.", [], ("US",))
    # []
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import phonenumbers

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.phone_words_world import WORLD_PHONE_WORDS
from safe_synthesizer.pii.text_phone_cues import CUE_WORD
from safe_synthesizer.pii.text_spans import TextSpan, resolve_spans

__all__ = ["note_group_phone_spans", "record_label_before", "with_note_phone_groups"]

# Separators a number's groups are written with; one class per number (a space and a dot do not mix).
_SEPARATORS = " .\u00b7\u2027\u2219\u22c5\u2009\u202f\u00a0\u2007\\-/\u2010\u2011\u2012\u2013"
_RUN = re.compile(
    rf"(?<![\w+#№.,/:\-\u00b7])(?:\+?\(?\d{{1,4}}\)?)(?:[{_SEPARATORS}]{{1,3}}\d{{1,4}}){{1,7}}"
    r"(?!\w|[.,:/\-\u00b7]\d)"
)
_GROUP_SEP = re.compile(rf"[{_SEPARATORS}()]+")
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
# A currency or a unit beside the run makes it an amount or a measure.
_UNIT_AFTER = re.compile(
    r"^[ \t\u00a0]?(?:%|€|\$|£|¥|₹|₦|(?i:fcfa|cfa|xof|xaf|eur|usd|gbp|inr|pkr|rs|rub|₽|руб|kg|g|km|m|cm|mm|ml|l|"
    r"mb|gb|kb|min|mins|h|hrs|pts|points|ans|years|yrs)(?![^\W\d_]))"
)
_UNIT_BEFORE = re.compile(r"(?:[€$£¥₹₦₽%#№]|(?i:\bno\.?|\bnr\.?|\bn°|\brs\.?|\bfcfa|\bcfa|\beur|\busd))[ \t\u00a0]*$")
# Where a jotted local number may stand: closing the note, a line or a sentence.
_CLOSES = re.compile(r"^[ \t]*(?:[.!?]*[ \t]*(?:\n|$)|[.!?]+[ \t])")

# The nouns records are numbered by: a closed class of what shops, offices, clubs and carriers number, not any one
# note's words. Long, distinctive stems match at a word's start (``orders``, German and Dutch compounds such as
# ``Bestellnummer``, ``factura``/``facture``); short words only whole, plural or abbreviated (``ref.``, ``rooms``),
# so ``regards``, ``pager`` or ``roommate`` before a number are no record's label.
_RECORD_STEMS = (
    "order", "invoice", "receipt", "ticket", "booking", "reservation", "policy", "account", "membership", "serial",
    "tracking", "parcel", "consignment", "shipment", "waybill", "voucher", "coupon", "transaction", "payment",
    "contract", "registration", "customer", "commande", "factur", "réserv", "dossier", "abonn", "chambre", "pedido",
    "encomenda", "recibo", "expediente", "habitaci", "ordine", "fattur", "ricevut", "prenotaz", "pratica", "tessera",
    "bestell", "auftrag", "rechnung", "kunden", "buchung", "vorgang", "mitglied", "sendung", "factuur", "boeking",
    "bestilling", "beställning", "kvitto", "zamówien", "zamowien", "rachun", "objednáv", "zakázk", "заказ",
    "квитанц", "договор", "sipariş", "rezervasyon", "pesanan", "tagihan", "kuitansi",
)  # fmt: skip
_RECORD_WORDS = (
    "inv", "ref", "case", "claim", "acct", "acc", "member", "job", "batch", "lot", "model", "item", "sku", "part",
    "flight", "seat", "room", "table", "lane", "docket", "file", "folio", "code", "pin", "txn", "cheque", "quote",
    "estimate", "licence", "license", "permit", "plate", "reg", "loan", "stub", "raffle", "entry", "bib", "lap",
    "heat", "vol", "chapter", "unit", "bay", "locker", "gate", "platform", "bus", "route", "tag", "chip", "client",
    "patient", "student", "employee", "staff", "badge", "card", "iban", "id", "reçu", "billet", "colis", "devis",
    "reserva", "quarto", "cliente", "socio", "sócio", "camera", "comanda", "rebut", "akte", "zimmer", "paket",
    "klant", "kamer", "lid", "pakket", "ordre", "faktura", "kunde", "medlem", "bokning", "счёт", "счет", "fatura",
    "faktur", "resi",
)  # fmt: skip
_RECORD = re.compile(
    rf"(?i)^(?:(?:{'|'.join(re.escape(s) for s in _RECORD_STEMS)})[^\W\d_]*|"
    rf"(?:{'|'.join(re.escape(s) for s in _RECORD_WORDS)})s?)$"
)
# "Number" words: alone before a number they are as often an order's or a member's as a phone's.
_NUMBER_WORD = re.compile(
    r"(?i)^(?:numbers?|nos?|nr|num|nummer|numéro|numero|número|nº|n°|№|номер|nomor|nombor|namba|numara)\.?$"
)
# Stems of the telephone words shared by most languages written in Latin or Cyrillic letters.
_PHONE_STEM = re.compile(r"(?i)^(?:tel|phon|fon|mob|cell|handy|ruf|whats|sms|text|ring|call|тел|моб|звон)")
_LABEL_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")
_LABEL_GAP = re.compile(r"[ \t\u00a0:#=\-–—.(]*$")


def _phone_word(word: str) -> bool:
    folded = word.casefold().strip(".'’")
    if _NUMBER_WORD.match(folded):
        return False  # "number" is the cue lists' weak word: it labels members and orders as often
    return bool(_PHONE_STEM.match(folded) or folded in WORLD_PHONE_WORDS or CUE_WORD.fullmatch(folded))


def record_label_before(text: str, start: int) -> bool:
    """The one or two words right before ``text[start]`` (with a ``:``, ``#``, dash or dot between) label a record,
    not a telephone: ``order 662-4455``, ``Invoice: 06 12 34 56 78``, ``Kundennummer 030 1234567``, ``case no.
    44 12 09 87``. A telephone word among them (``Order line: tel 662-4455``) keeps the number a phone's."""
    head = text[max(0, start - 60) : start]
    gap = _LABEL_GAP.search(head)
    head = head[: gap.start()] if gap else head
    words = _LABEL_WORD.findall(head.split("\n")[-1])[-2:]
    if not words:
        return False
    # Only words that stand right before the number count: a sentence's end between them ends the label.
    if len(words) == 2 and re.search(r"[.!?;,]\s", head[head.rfind(words[0]) :]):
        words = words[1:]
    if any(_phone_word(w) for w in words):
        return False
    last = words[-1].strip(".")
    if _RECORD.match(last) or (re.search(r"(?i)(?:nummer|nr|no)$", last) and len(last) > 4):
        return True
    return _NUMBER_WORD.match(last) is not None and (len(words) == 1 or not _phone_word(words[0]))


@lru_cache(maxsize=512)
def _lengths(region: str) -> tuple[frozenset[int], frozenset[int], str]:
    """(national lengths, local-only lengths, national prefix) of ``region``'s plan."""
    md = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if md is None or md.general_desc is None:
        return frozenset(), frozenset(), ""
    desc = md.general_desc
    return (
        frozenset(desc.possible_length or ()),
        frozenset(desc.possible_length_local_only or ()),
        md.national_prefix or "",
    )


def _one_separator_class(value: str) -> bool:
    seps = {s.strip() or " " for s in _GROUP_SEP.findall(value.strip("+()"))}
    return len(seps) <= 1 or (seps <= {" ", "-"} and "(" in value)


def _dated(groups: list[str], value: str) -> bool:
    """``12 05 2024``, ``30/06/26``, ``02.05.26``: a day, a month and a year."""
    if len(groups) != 3:
        return False
    if any(_YEAR.match(g) for g in (groups[0], groups[-1])):
        return True
    day, month = (int(groups[0]), int(groups[1])) if len(groups[0]) <= 2 and len(groups[1]) <= 2 else (99, 99)
    return bool(re.search(r"[/.]", value)) and 1 <= day <= 31 and 1 <= month <= 12 and len(groups[2]) in (2, 4)


def _valid(digits: str, regions: Sequence[str]) -> tuple[bool, bool]:
    """(valid as a national number of one of ``regions``, valid only as a local number without area code)."""
    for region in regions:
        national, local, prefix = _lengths(region)
        n = len(digits)
        if n in national or (prefix and digits.startswith(prefix) and n - len(prefix) in national):
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(digits, region)):
                    return True, False
            except phonenumbers.NumberParseException:
                continue
    for region in regions:
        _, local, _ = _lengths(region)
        if len(digits) in local and digits[0] not in "01":
            return False, True
    return False, False


def note_group_phone_spans(
    text: str, spans: Sequence[tuple[int, int, str]] = (), regions: Sequence[str] = ()
) -> list[tuple[int, int, str]]:
    """Digit-group phone numbers of ``regions`` in ``text`` (see the module docstring), outside ``spans``."""
    if not regions or not text or sum(ch.isdigit() for ch in text) < 5:
        return []
    out: list[tuple[int, int, str]] = []
    for m in _RUN.finditer(text):
        a, b = m.span()
        if any(s < b and a < e for s, e, _ in spans):
            continue
        value = m.group()
        if value.startswith("(") and ")" not in value:
            a, value = a + 1, value[1:]  # "(06 15 98 95 72)": the bracket around the number is the sentence's
        if value.startswith("+"):
            continue  # international numbers are the detector's (it reads the country code)
        groups = [g for g in _GROUP_SEP.split(value) if g]
        if len(groups) < 2 or not _one_separator_class(value) or _dated(groups, value):
            continue
        if _UNIT_AFTER.match(text[b:]) or _UNIT_BEFORE.search(text[:a]) or record_label_before(text, a):
            continue
        digits = "".join(groups)
        national, local = _valid(digits, tuple(regions))
        if national or (local and "-" in value and len(groups) == 2 and _CLOSES.match(text[b:])):
            out.append((a, b, E.PHONE_NUMBER))
    return out


def with_note_phone_groups(text: str, spans: list[TextSpan], regions: Sequence[str]) -> list[TextSpan]:
    """``spans`` with the numbers of :func:`note_group_phone_spans` added."""
    found = note_group_phone_spans(text, [(s.start, s.end, s.entity) for s in spans], regions)
    if not found:
        return spans
    return resolve_spans(spans + [TextSpan(a, b, e, 0.9) for a, b, e in found])
