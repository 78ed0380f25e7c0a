"""A contact or id cell as the value checks should see it: export wrapping and labels taken off.

Why: exports wrap the value a column holds in ways no value rule foresaw, and each blind set found new
ones: ``'0612345678`` (Excel's text apostrophe), ``447911123456.0`` (a float export), ``mob: 0612 34 56 78``
and ``030 1234567 (privat)`` (labels), ``Jane Doe <jd@x.org>`` and ``mailto:jd@x.org`` (mail clients),
``jd at x dot org`` (obfuscated), ``IBAN DE89 ...`` and ``BIC COBADEFF IBAN DE89 ...`` (bank exports),
``VISA 4111 ...``, ``SSN: 123-45-6789``. The checks (phones, e-mail, IBAN, card, ids) are exact about the
value, so one wrapper per column made the whole column miss. A cell is unwrapped only when what is left is
the kind of value the wrapper announces (digits for a phone label, an address inside ``<...>``), so words,
amounts and codes of ordinary columns are left as they are.

Missing-value words (``n/a``, ``unknown``, ``withheld``, ``000-000-0000``) are no values at all: a short
column with half its distinct values such words failed the share its real values pass.

Example::

    unwrap_cell("mob: 0612 34 56 78")      # "0612 34 56 78"
    unwrap_cell("Jane Doe <jd@x.org>")     # "jd@x.org"
    unwrap_cell("447911123456.0")          # "447911123456"
    is_missing_token("withheld")           # True
"""

from __future__ import annotations

import re

from safe_synthesizer.pii.vcard_names import vcard_name

#: Words and placeholders exports write for a missing value (compared case-folded).
MISSING_TOKENS = frozenset({
    "", "-", "--", "---", "?", "??", ".", "0", "n/a", "na", "n.a.", "n.v.", "k.a.", "k. a.", "nan", "null", "none",
    "nil", "unknown", "unk", "not known", "withheld", "refused", "declined", "not given", "not provided", "tbc",
    "tbd", "unbekannt", "keine", "inconnu", "néant", "desconocido", "ninguno", "sconosciuto", "nessuno", "onbekend",
    "geen", "desconhecido", "nenhum", "000-000-0000", "0000000000", "000 000 0000", "(000) 000-0000", "xxx",
})  # fmt: skip

# Words that label a phone, card or id number in a cell (English, German, French, Spanish, Italian, Dutch,
# Portuguese), with an optional dot and colon after them.
_LABEL_WORDS = (
    r"tel|tél|tel[eé]fono|telefon|telefone|t[eé]l[eé]phone|telefoon|telefono|phone|ph|mob|mobile|mobil|mobiel|"
    r"m[oó]vil|cell|cellulare|cel|handy|portable|port|fixe|fijo|fisso|vast|thuis|home|work|office|bureau|büro|"
    r"privat|priv|dienst|gesch|casa|trabajo|lavoro|ufficio|werk|telem[oó]vel|fixo|fax|whatsapp|"
    r"visa|mc|mastercard|amex|maestro|card|carte|karte|tarjeta|carta|kaart|cart[aã]o|"
    r"ssn|nin|nino|id|no|nr|n[ºo°]|num|number|nummer|num[eé]ro|n[uú]mero|passport|pass|reisepass|passeport|"
    r"pasaporte|passaporto|paspoort|passaporte|ausweis|dni|nie|nif|bsn|pps|tfn|ird|sin|ahv|avs|cf|curp|rfc|nir"
)
_LABEL = rf"(?:\b(?:{_LABEL_WORDS})\b\.?\s*[:#]?|\((?:{_LABEL_WORDS})\.?\))"
_LABELS = re.compile(rf"\s*{_LABEL}\s*", re.IGNORECASE)
# What a labelled cell must be once its labels are gone: digits in groups (a number or a list of them,
# with extensions), or a letter/digit code; at least five digits.
_NUMBER_LEFT = re.compile(r"^(?=(?:\D*\d){5})[+(]?[\dA-Za-z][\w\s().\-/;,|+]*$")
_APOSTROPHE = re.compile(r"^'(?=[+\d(])")
_FLOAT_TAIL = re.compile(r"^(\+?\d{6,19})\.0+$")
_MAILTO = re.compile(r"^mailto:", re.IGNORECASE)
# The part before the ``@`` may hold accented letters (``hélène.brun@free.fr``), as ``validators.is_email`` reads it.
_EMAIL_CORE = r"[\w.%+\-']+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,24}"
_EMAIL_ONLY = re.compile(rf"^{_EMAIL_CORE}$")
# ``Ann Lee <ann@x.org>`` (a mail header), and Outlook's ``E-mail Display Name`` export ``Ann Lee (ann@x.org)``.
_DISPLAY_NAME = re.compile(
    rf"^[^<>()@]*(?:<\s*(?:mailto:)?({_EMAIL_CORE})\s*>|\(\s*(?:mailto:)?({_EMAIL_CORE})\s*\))$", re.IGNORECASE
)
_EMAIL_SEP = r"(?:\s*[;,/|]\s*|\s+)"
_SEVERAL_EMAILS = re.compile(rf"^({_EMAIL_CORE}){_EMAIL_SEP}{_EMAIL_CORE}(?:{_EMAIL_SEP}{_EMAIL_CORE})*$")
_AT = r"\s*(?:\[at\]|\(at\)|\{at\}|\s+at\s+)\s*"
_DOT = r"(?:\s*(?:\[dot\]|\(dot\)|\{dot\}|\s+dot\s+)\s*|\.)"
_OBFUSCATED = re.compile(rf"^([\w.%+\-]+){_AT}([A-Za-z0-9\-]+(?:{_DOT}[A-Za-z0-9\-]+)*{_DOT}[A-Za-z]{{2,24}})$",
                         re.IGNORECASE)  # fmt: skip
_DOT_WORD = re.compile(r"\s*(?:\[dot\]|\(dot\)|\{dot\}|\s+dot\s+)\s*", re.IGNORECASE)
_IBAN_LEFT = re.compile(r"^[A-Za-z]{2}\d{2}(?:\s?[A-Za-z0-9]){10,32}$")
_IBAN_PREFIX = re.compile(r"^(?:IBAN\s*[:#]?\s*)(.+)$", re.IGNORECASE)
# ``BIC COBADEFFXXX IBAN DE89 ...``, ``COBADEFF / DE89...``: a bank code, then the IBAN.
_BIC_IBAN = re.compile(
    r"^(?:BIC|SWIFT)?\s*[:#]?\s*[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?\s*(?:[/,;|]\s*)?(?:IBAN\s*[:#]?\s*)?(.+)$",
    re.IGNORECASE,
)
_LETTER = re.compile(r"[^\W\d_]")
_MAYBE = re.compile(
    r"['\"\u2018\u201c<@\[({]|\.0+$|mailto|iban|\b(?:at|dot)\b|[^\W\d_]\W*\s*[+(\d]|\d\s*\(", re.IGNORECASE
)


def is_missing_token(value: str) -> bool:
    """``value`` is a word or placeholder exports write for a missing value (``n/a``, ``withheld``, ``-``)."""
    return value.strip().casefold() in MISSING_TOKENS


# A phone label right before a number (``tel. 0412``, ``(mob: +61``): the label words, then the number's start.
_LABEL_BEFORE_NUMBER = re.compile(rf"\b(?:{_LABEL_WORDS})\b\.?\s*[:#]?\s*(?=[+(\d])", re.IGNORECASE)


def without_phone_labels(text: str) -> str:
    """``text`` without the phone labels written before its numbers (``Ann Lee (tel. 0412 555 019)`` ->
    ``Ann Lee (0412 555 019)``), unchanged when none.

    Why: a contact written as a name and a labelled number is split where the number starts; the label is
    neither part.
    """
    return _LABEL_BEFORE_NUMBER.sub("", text)


def unwrap_cell(value: str) -> str:
    """``value`` without the export wrapping around the contact or id value it holds (unchanged when none).

    Cheap for ordinary cells: one prefilter search decides whether any rule can apply.
    """
    text = value.strip()
    if ";" in text and (card := vcard_name(text)) is not None:
        return card.as_comma()  # ``Myers;Melissa;;;``: a vCard's structured name
    if not text or not _MAYBE.search(text) or plain_email(text):
        return text
    text = _unquoted(text)
    text = _APOSTROPHE.sub("", text)
    if (m := _FLOAT_TAIL.match(text)) is not None:
        return m.group(1)
    if "@" in text or "<" in text or _MAILTO.match(text):
        return _email(text)
    if (m := _OBFUSCATED.match(text)) is not None:
        return f"{m.group(1)}@{_DOT_WORD.sub('.', m.group(2))}".replace(" ", "")
    if (iban := _iban(text)) is not None:
        return iban
    return _unlabelled(text)


# ``'1964-02-19'``, ``"Vera Heras``: a cell inside quote marks, or opened by one the export never closed
# (a text field's quoting written into the value). Dutch ``'t Hart`` opens with its own apostrophe.
_QUOTED = re.compile(r"^(['\"\u2018\u201c])(.+?)['\"\u2019\u201d]?$")
_CLOSE = {"'": "'", '"': '"', "\u2018": "\u2019", "\u201c": "\u201d"}


def plain_email(text: str) -> bool:
    """``text`` (stripped) is one bare e-mail address, which no rule of :func:`unwrap_cell` changes: it opens
    with no quote mark and holds no space, bracket, ``<``, ``:`` or list separator for a rule to take off.

    Why: an e-mail column's every distinct value is unwrapped when the column is sampled, and the rules after
    the prefilter (quotes, display names, several addresses) cost five pattern matches per cell.
    """
    return not text.startswith("'") and _EMAIL_ONLY.match(text) is not None


def _unquoted(text: str) -> str:
    """``text`` without the quote marks around it (both, or an opening one left alone), else as it is."""
    m = _QUOTED.match(text)
    if m is None:
        return text
    mark, inner = m.group(1), m.group(2).strip()
    closed = text.endswith(_CLOSE[mark]) and len(text) > 1
    if not inner or (not closed and (mark == "'" and (inner[:1].isdigit() or inner[:2] in ("t ", "s ", "s-")))):
        return text  # an Excel apostrophe before digits is the caller's; ``'t Hart``, ``'s-Hertogenbosch``
    if not closed and any(q in inner for q in "'\"\u2019\u201d"):
        return text  # a quote inside (``'Ann "Bob" Lee``): a quoted part, not quoting of the cell
    return inner


def _email(text: str) -> str:
    text = _MAILTO.sub("", text).strip()
    local, at, domain = text.partition("@")
    if at and "<" not in text and _DOT_WORD.search(domain):  # ``ann@x dot com``, ``ann@x[dot]com``
        dotted = _DOT_WORD.sub(".", domain).replace(" ", "")
        if _EMAIL_ONLY.match(cell := f"{local.strip()}@{dotted}"):
            return cell
    if (m := _DISPLAY_NAME.match(text)) is not None:
        return m.group(1) or m.group(2)
    if (m := _SEVERAL_EMAILS.match(text)) is not None:
        return m.group(1)
    return text


def _iban(text: str) -> str | None:
    for pattern in (_IBAN_PREFIX, _BIC_IBAN):
        if (m := pattern.match(text)) is not None and _IBAN_LEFT.match(rest := m.group(1).strip()):
            return rest.upper()
    return None


# Short extension words the phone checks do not know (German ``DW``/``App.``, Dutch ``tst.``, French ``p.``):
# written as ``ext.``, which they do.
# Two labels in a row (``Tel. / Mobil:``) leave one separator.
_SLASHES = re.compile(r"(?:\s*/\s*){2,}")
_SHORT_EXTENSION = re.compile(r"\s+(?:DW|App\.?|Nst\.?|tst\.?|p\.|int\.)\s*(\d{1,5})$", re.IGNORECASE)


def _unlabelled(text: str) -> str:
    """``text`` without its label words when only a number (or a list of numbers) is left."""
    if not _LETTER.search(text) or text.isalnum():
        # Letters and digits alone (an IBAN written without spaces): a label word has a word boundary on
        # both sides, which such a cell has only at its ends, and a cell that is all label leaves no number.
        return text
    text = _SHORT_EXTENSION.sub(r" ext. \1", text)
    # A label between two numbers (``Phone: 02 7429 2667 Mobile: 349 955 5104``, QuickBooks and CRM exports) starts
    # the second one: a list separator keeps the numbers apart (phone lists split at a spaced slash).
    left = _LABELS.sub(lambda m: _label_gap(text, m), text).strip(" :;,-|/")
    left = _SLASHES.sub(" / ", left)
    left = re.sub(r"\s{2,}", " ", left)
    if left != text and _NUMBER_LEFT.match(left) and all(w.casefold() in _WORDS_LEFT for w in _WORD.findall(left)):
        return left
    return text


def _label_gap(text: str, label: re.Match) -> str:
    """What a label leaves: a list separator between two numbers, unless a join (``oder``, ``/``) is there."""
    before = text[: label.start()].rstrip()
    if not before or label.end() >= len(text) or before[-1] in "/;,|":
        return " "
    last = _WORD.findall(before[-12:])
    return " " if last and before.endswith(last[-1]) and last[-1].casefold() in _WORDS_LEFT else " / "


_WORD = re.compile(r"\b[^\W\d_]{2,}\b")
# Words that may stay beside the numbers: extensions and "or" between two numbers.
_WORDS_LEFT = frozenset({
    "ext", "extn", "extension", "durchwahl", "dw", "app", "interno", "int", "toestel", "tst", "poste", "anexo", "ramal",
    "or", "oder", "und", "and", "ou", "et", "o", "y", "e", "of", "en",
})  # fmt: skip
