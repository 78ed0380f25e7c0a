"""An id cell read after normalising its SPELLING: characters spaced one by one put back together, the dressing
(a key and quotes, an expiry, a check mark and a word) left as the id cell reader's residue, and the check of the
schemes python-stdnum lacks (a Russian SNILS) and the layout of a US SSN tried beside the national schemes.

Why: a clerk's register writes the same id three ways in one column: bare (``520726-8599``), spaced character by
character as a form's boxes print it (``4 7 0 5 1 6 - 5 7 4 6``, ``P M 4 3 7 3 7 4 B``, ``F B V L D F 6 0 R 2 0 F 6
8 1 X``) and dressed by the tool that exported it (``number: "520726-8599"``, ``804-83-4333, exp. 02/2027``,
``430-485-367 71 ✔ verified``). The id cell reader (:func:`~safe_synthesizer.pii.id_cell_reader.read_id_cell`)
reads runs of at most eight tokens, so a spaced id of nine to sixteen characters was read as a part of itself (a
Maltese id inside a British NI number) or not at all, and a column with one cell in four spaced so fell below the
share of valid ids (set 51: en_GB, es_ES, it_IT, sv_SE, en_US, ba_RU id columns, shown and hidden). No layout is
listed: any run of single characters split by single blanks (the way boxes are printed, whatever the scheme) is
joined, and what is inside is judged by the schemes' checks, as a bare id is.

Example::

    read_spelt_id("4 7 0 5 1 6 - 5 7 4 6").core   # "470516-5746"
    read_spelt_id('number: "670-68-1031"').schemes  # ("us.ssn",)
    read_spelt_id("430-485-367 71 ✔ verified").schemes  # ("ru.snils",)
    read_spelt_id("Order 4 4 1 2 7 7 0 1")  # None: a record's number
"""

from __future__ import annotations

import re

from safe_synthesizer.pii.id_cell_reader import IdCell, _residue_ok, read_id_cell

__all__ = ["despaced", "extra_id_schemes", "read_spelt_id", "snils_ok"]

# Single characters (a letter, a digit, a separator) split by single blanks, at least this many: a form's boxes.
_SPACED_RUN = re.compile(r"(?<!\S)(?:[0-9A-Za-z\-/.] ){4,}[0-9A-Za-z](?!\S)")
MIN_SPACED_DIGITS = 4
# A Russian SNILS (``112-233-445 95``): three groups of three digits, a blank or hyphen (lost when the boxes are
# spaced), two check digits.
_SNILS = re.compile(r"(?<![\d-])(\d{3})-(\d{3})-(\d{3})[ -]?(\d{2})(?![\d-])")
# A US SSN in its printed layout (area not 000, 666 or 9xx; group not 00; serial not 0000): the layout is the
# evidence (no phone plan writes 3-2-4 groups), there is no check digit.
_SSN = re.compile(r"(?<![\d-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])")


def despaced(value: str) -> str:
    """``value`` with every run of single characters split by single blanks joined (``6 7 0 - 6 8 - 1 0 3 1`` ->
    ``670-68-1031``); runs of few digits (``A B C``, ``1 2 3``) are kept as written."""

    def join(match: re.Match[str]) -> str:
        run = match.group()
        return run.replace(" ", "") if sum(ch.isdigit() for ch in run) >= MIN_SPACED_DIGITS else run

    return _SPACED_RUN.sub(join, value)


def snils_ok(digits: str) -> bool:
    """The SNILS check: the first nine digits weighted 9..1, summed, mod 101 (100 written ``00``)."""
    if len(digits) != 11 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(9, 0, -1), strict=True))
    check = total % 101 if total > 101 else total
    return int(digits[9:]) == (0 if check in (100, 101) else check)


def extra_id_schemes(core: str) -> tuple[str, ...]:
    """The schemes :func:`~safe_synthesizer.pii.validators.national_ids.column_id_schemes` does not try that
    ``core`` passes as a whole: a SNILS by its check, an SSN by its layout."""
    text = core.strip()
    out = []
    if (m := _SNILS.fullmatch(text)) is not None and snils_ok("".join(m.groups())):
        out.append("ru.snils")
    if _SSN.fullmatch(text) is not None:
        out.append("us.ssn")
    return tuple(out)


def _extra_cell(text: str) -> IdCell | None:
    """A SNILS or an SSN inside ``text`` with a residue of shape (the id cell reader's test)."""
    for pattern, scheme in ((_SNILS, "ru.snils"), (_SSN, "us.ssn")):
        found = list(pattern.finditer(text))
        if len(found) != 1:
            continue
        m = found[0]
        if scheme not in extra_id_schemes(m.group()):
            continue
        before, after = text[: m.start()], text[m.end() :]
        if _residue_ok(before) and _residue_ok(after):
            return IdCell(before, m.group(), after, (scheme,))
    return None


def read_spelt_id(value: str) -> IdCell | None:
    """The national id in ``value`` read after joining its spaced characters, with its dressing, or ``None``.

    The cell's ``before``/``core``/``after`` are of the joined text (a fake replaces the whole cell).

    Example::

        read_spelt_id("P M F Z M T 6 4 A 4 1 P 5 5 1 R").schemes  # ("it.codicefiscale",)
    """
    text = despaced(value.strip())
    cell = _extra_cell(text)
    if cell is not None:
        return cell
    return read_id_cell(text)
