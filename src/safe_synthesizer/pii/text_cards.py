"""Payment card numbers in free text beyond the common networks' prefixes.

The text detector's card rule (``validators.is_credit_card``) knows Visa, Mastercard, Amex, Discover,
JCB, Diners and Maestro's 50/56-58/6 prefixes. Cards of other networks pass the same Luhn check but
start elsewhere: Russia's Mir (``2200``-``2204``), UnionPay's ``81`` range, Maestro's ``59``. Two rules:

- a Luhn-valid number of 16-19 digits, written in one run or in groups of four, that starts with one
  of those issuer ranges is a card anywhere;
- a Luhn-valid number of 13-19 digits right after a card word of any supported language (``card``,
  ``Karte``, ``carte``, ``tarjeta``, ``карта``, ``kartica`` ...) is a card whatever its prefix (a
  national scheme, a test card, a network this list lacks). Account and order numbers without a card
  word stay untouched.

Example::

    card_spans("Выплата на карту 2202261543982631, телефон ...")  # [(17, 33, 'credit_debit_card')]
"""

from __future__ import annotations

import re

from stdnum import luhn

from safe_synthesizer.pii import entities as E

# Issuer ranges missing from the common card rule: Mir, UnionPay 81, Maestro 59.
_EXTRA_PREFIXES = ("2200", "2201", "2202", "2203", "2204", "81", "59")
# A card number: one run of digits, or groups of four (the last group 1-4 digits), or Amex's 4-6-5.
_NUMBER = re.compile(r"(?<![\w+\-/.,])(?:\d{13,19}|\d{4}(?:[ \-]\d{4}){2,3}(?:[ \-]\d{1,3})?|\d{4}[ \-]\d{6}[ \-]\d{5})"
                     r"(?![\w\-/]|[.,]\d)")  # fmt: skip
# Card words of the supported languages, right before the number (a short label such as "no."/"n°"/
# "номер"/":" may sit between). Lower-cased match; Cyrillic and Greek included.
_CUE = re.compile(
    r"(?i)(?<!\w)(?:card|cards|credit[ \t]+card|debit[ \t]+card|karte|kreditkarte|kartennummer|bankkarte|carte|"
    r"carte[ \t]+bancaire|tarjeta|tarjeta[ \t]+de[ \t]+crédito|carta|carta[ \t]+di[ \t]+credito|cartão|kaart|"
    r"creditcard|pinpas|bankpas|kort|kortnummer|kortet|karta|kartu|karty|kartou|kartica|kartice|kartico|"
    r"kartici|kartı|kart|kartın|kortelė|kortelės|kortelę|kártya|kártyaszám|kártyát|kortti|kortin|"
    r"карта|карты|карту|картой|картка|картки|картку|карткою|картата|κάρτα|κάρτας|カード|卡号|银行卡|信用卡)"
    r"(?!\w)[ \t]*(?:(?:no\.?|nr\.?|n°|nº|#|num\.?|number|nummer|numéro|número|numero|номер|№|číslo|broj|"
    r"številka|szám|numarası|numeris|αριθμός))?[ \t]*[:#]?[ \t]*$"
)
_CJK_CUE = re.compile(r"(?:カード|卡号|银行卡|信用卡)[番号：:\s]*$")


def _digits(value: str) -> str:
    return re.sub(r"[ \-]", "", value)


def card_spans(text: str) -> list[tuple[int, int, str]]:
    """Card numbers of the issuer ranges above, and Luhn-valid numbers after a card word."""
    if sum(ch.isdigit() for ch in text) < 13:
        return []
    out = []
    for m in _NUMBER.finditer(text):
        digits = _digits(m.group())
        if not 13 <= len(digits) <= 19 or not luhn.is_valid(digits):
            continue
        window = text[max(0, m.start() - 40) : m.start()]
        cued = bool(_CUE.search(window) or _CJK_CUE.search(window))
        if cued or (len(digits) >= 16 and digits.startswith(_EXTRA_PREFIXES)):
            out.append((m.start(), m.end(), E.CREDIT_DEBIT_CARD))
    return out
