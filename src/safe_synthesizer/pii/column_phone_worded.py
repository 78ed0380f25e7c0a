"""Phone columns whose cells say "phone" in words :mod:`column_phone_marked` does not read: a phone word without a
colon (``tel 0504 524 97 46``), a phone symbol (``☎ 07407 604398``), a messenger or line after a dash, a slash or in
brackets (``- home``, ``/ WhatsApp``, ``(WA)``, ``(viber)``) or an extension (``21576 ext. 469``).

Why: a clerk types each number as the person gave it and adds what it is, so a column mixes ``+34 612 73 37 97 /
WhatsApp``, ``697 97 67 96 (WA)``, ``Tel. +34 632 68 61 43``, ``☎ +34 612 06 93 34`` and bare national numbers.
Read whole, few cells are phone numbers of one layout; :mod:`column_phone_marked` reads ``tel:``, ``(h)`` and
``mob:`` but not these words, so with the header hidden (``c010``) the column was left: held-out set 40, sixteen
hidden phone columns (Britain, France, Spain, Turkey, Cyprus, Belgium, Macau, Mauritania, Papua New Guinea,
Solomon Islands, Montserrat, American Samoa, Guam, the Virgin Islands...) and two shown ones under ``Mobile``.

:func:`retag` rewrites such a cell as the number with the line tag ``(tel)`` (``☎ 07407 604398`` ->
``07407 604398 (tel)``); :func:`worded_phone_score` hands the rewritten cells to
:func:`~safe_synthesizer.pii.column_phone_marked.marked_phone_score`, whose tests then decide (nine in ten cells
valid numbers of one country, dialled with its code or written in its national layout; a quarter of the cells
tagged when none is dialled; five digits or more a number). The words are closed lists of phone words, line
words and messengers: a word after a number that says nothing of a phone (``12345 (paid)``, ``- east``) leaves the
cell unread, so order numbers, amounts and codes with a note after them stay what they were.

Cheap: runs on a column's sample only, one regex a cell, and returns at once when no cell was rewritten.

Example::

    worded_phone_score(["+34 612 73 37 97 / WhatsApp", "697 97 67 96 (WA)", "☎ +34 612 06 93 34", ...])
    # Score(share=1.0, values_decide=True, evidence="numbers marked as phones (... dialled +34): ...")
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from safe_synthesizer.pii.column_phone_marked import LINE_TAGS, marked_phone_score
from safe_synthesizer.pii.column_sample import Score

# Messengers and line words a number is followed by, beyond column_phone_marked's line tags.
MESSENGERS = (
    "wa", "whatsapp", "whats app", "whatsap", "viber", "signal", "telegram", "sms", "text", "texts", "imessage",
    "wechat", "line", "zalo", "kakao", "kakaotalk", "imo", "botim", "mob.", "mobile phone", "cellphone",
    "cell phone", "home phone", "work phone", "landline", "fixed", "daytime", "evenings", "after 6", "after 6pm",
    "emergency", "main", "private", "personal", "business", "pager", "satellite", "sat", "direct", "switchboard",
    "answerphone", "voicemail", "msg", "messages", "celular", "cellulare", "portable", "mobiel", "handy", "gsm",
)  # fmt: skip
# Phone words that may open a cell without a colon (``tel 0504 ...``, ``Mob +90 ...``): two letters or more.
LEAD_WORDS = (
    "tel", "tel.", "tél", "tél.", "tlf", "tlf.", "tfn", "tf", "telf", "telf.", "teléfono", "telefono", "telefone",
    "telefon", "téléphone", "phone", "ph", "ph.", "mob", "mob.", "mobile", "mobil", "cell", "cel", "cel.", "gsm",
    "handy", "móvil", "movil", "celular", "portable", "port.", "whatsapp", "wa", "fixe", "fijo", "fixo", "home",
    "work", "office", "landline", "hp",
)  # fmt: skip
_SYMBOLS = "☎☏✆📞📱📲☎️"


def _alternation(words: Sequence[str]) -> str:
    escaped = (re.escape(w.rstrip(".")).replace(r"\ ", r"\s+") for w in set(words))
    return "|".join(sorted(escaped, key=len, reverse=True))


_TAILS = _alternation((*LINE_TAGS, *MESSENGERS))
_LEADS = _alternation((*LINE_TAGS, *LEAD_WORDS))
_LONG_LEADS = _alternation([w for w in (*LINE_TAGS, *LEAD_WORDS) if len(w.rstrip(".")) > 1])
# A phone symbol (and a colon), a phone word with a dot or colon, or one of two letters or more with a space before
# a digit, ``+`` or ``(`` (``tel 0504 ...``; ``m 0612`` may be metres).
_LEADING = re.compile(
    rf"^\s*(?:[{_SYMBOLS}]\ufe0f?\s*[:.]?\s*|(?:{_LEADS})\.?\s*[:.#]\s*|(?:{_LONG_LEADS})\.?\s+(?=[+(\d]))",
    re.IGNORECASE,
)
# A line or messenger word after the number: in brackets, or after a spaced dash or slash.
_TRAILING = re.compile(
    rf"(?:\s*[(\[]\s*(?:{_TAILS})\.?(?:\s*[/&,]\s*(?:{_TAILS})\.?)?\s*[)\]]|\s+[-–—/|]\s*(?:{_TAILS})\.?)\s*$",
    re.IGNORECASE,
)
# An extension (``ext. 469``, ``x 12``, ``poste 21``, ``Durchwahl 5``, ``anexo 3``, ``ramal 40``).
_EXTENSION = re.compile(
    r"(?:\s*[,;]?\s*(?:ext|extn|extension|x|poste|durchwahl|dw|anexo|ramal|int|interno|lok|kl)\.?\s*#?\s*\d{1,5})\s*$",
    re.IGNORECASE,
)
_HAS_WORD = re.compile(rf"[^\W\d_]|[{_SYMBOLS}]")
_NUMBER_ONLY = re.compile(r"^\s*[+(]?[\d\s().\-/+]*\d[\d\s().\-/]*$")
# Two numbers in a cell: ``;``, ``|``, ``&``, a comma and space, a spaced slash, ``or``/``alt``.
_BETWEEN = re.compile(r"\s*(?:[&|;]|,\s+|\s/\s|\s+(?:or|alt\.?|oder|ou|o|of|eller|tai|veya|или)\s+)\s*", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
TAG = " (tel)"
MIN_DIGITS = 4  # a cell with fewer digits holds no number to read (a name, a word, ``Flat 2``)
TAIL = 40  # characters at a cell's end read for the words after its number
# A column the caller's own check already reads as phones this far needs no rewriting (its vetoes still apply).
MAX_WRITTEN = 0.9
PROBE = 60  # first cells read before the whole sample: none rewritten there, none read further


def _retag_one(part: str) -> str | None:
    """One number with its words taken off and the tag ``(tel)`` put after it, or ``None`` when no known word was
    taken off or something other than a number is left."""
    text, taken = part.strip(), False
    for _ in range(2):  # ``☎ 0501 976 08 72 ext. 3 (WA)``: a word before, an extension and a word after
        if (m := _LEADING.match(text)) is not None and m.end() < len(text):
            text, taken = text[m.end() :], True
        if (m := _TRAILING.search(text, max(0, len(text) - TAIL))) is not None and m.start() > 0:
            text, taken = text[: m.start()], True
        ext = _EXTENSION.search(text, max(0, len(text) - TAIL))
        if ext is not None and ext.start() > 0 and _NUMBER_ONLY.match(text[: ext.start()]):
            text, taken = text[: ext.start()], True
    text = text.strip()
    if not taken or not _NUMBER_ONLY.match(text):
        return None
    return text + TAG


def retag(value: str) -> str | None:
    """``value`` with each number's phone words replaced by the line tag ``(tel)`` (``+90 540 569 19 39 /
    WhatsApp`` -> ``+90 540 569 19 39 (tel)``; two numbers joined by ``;`` or ``or`` kept two), or ``None`` when
    the cell holds no such word (or anything but numbers and phone words)."""
    if len(_DIGIT.findall(value)) < MIN_DIGITS or not _HAS_WORD.search(value):
        return None
    # A slash between a number and a messenger is the word's, not a second number's: taken off before the split.
    whole = _retag_one(value)
    if whole is not None and not _BETWEEN.search(whole[: -len(TAG)]):
        return whole
    parts = [p for p in _BETWEEN.split(value.strip()) if p]
    if len(parts) < 2:
        return whole
    out, taken = [], False
    for part in parts:
        if (tagged := _retag_one(part)) is not None:
            out.append(tagged)
            taken = True
        elif _NUMBER_ONLY.match(part):
            out.append(part.strip())
        else:
            return None
    return " ; ".join(out) if taken else None


def worded_phone_score(values: Sequence[str], written: float = 0.0) -> Score | None:
    """Phone evidence of a column whose cells name themselves phones in words (module docstring), or ``None`` when
    no cell does or the rewritten cells fail :func:`~safe_synthesizer.pii.column_phone_marked.marked_phone_score`'s
    tests. ``written``: the share the caller's own check gave (the score never goes below it)."""
    if written >= MAX_WRITTEN or not any(retag(v) is not None for v in values[:PROBE] if v):
        return None
    rewritten, changed = [], 0
    for value in values:
        tagged = retag(value) if value else None
        changed += tagged is not None
        rewritten.append(value if tagged is None else tagged)
    if not changed:
        return None
    score = marked_phone_score(rewritten, written)
    if score is None:
        return None
    return Score(score.share, score.values_decide, f"phone words after or before the numbers; {score.evidence}")
