"""Contact columns: each cell a person's name and their phone number (``Patric Löchel 015908721590``).

Why: booking and intake forms ask for an emergency contact or a companion in one field ("Emergency contact (name
and phone)", Calendly, Typeform, Google Forms, Acuity), and people answer with the name, then the number:
``Ann Lee 0412 555 019``, ``Ann Lee, +61 412 555 019``, ``Ann Lee (tel. 0412 555 019)``, ``Ann Lee - 0412555019``;
a few write the number first. No whole-cell check reads such a cell: the name checks see digits, the phone checks
see words, so the column was published as it was written (set 28: 25 tables, shown and hidden). Each cell is split
where its number starts; the column is one of contacts when nearly every cell is a name-shaped part (a listed given
or family name on most) and a phone number (labels such as ``tel.``/``mob:`` read past). A street line (``Hauptstr.
12``), a town with its postcode or an order with its number never passes: their numbers are no phones, their words
no listed names.

Example::

    contact_cell("Patric Löchel 015908721590")  # ("Patric Löchel", "015908721590")
    contact_people(sample_values(df["Response 4"], 500, 0))
    # Score(share=0.97, values_decide=True, evidence='97% name + phone contact cells (88% listed names)')
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_contact_cells import without_phone_labels
from safe_synthesizer.pii.column_sample import _PROBE, Score, ValueSample, _pct
from safe_synthesizer.pii.text_script_people import script_person_value

# Share of the distinct cells that must be a name and a phone, and share of those whose name part is listed.
MIN_CONTACT_CELLS = 0.8
MIN_LISTED_NAMES = 0.5
# Distinct contacts a column needs: two people with their numbers are a pair of values, not a column's evidence.
MIN_DISTINCT_CONTACTS = 3

# A number: ``+``, ``00`` or a digit first, the separators people type between groups, maybe in brackets; the
# name's separator from it; a name ends in a letter or a combining mark (Sinhala, Devanagari and Thai words end in
# vowel signs).
_PHONE = r"[(\[]?(?P<phone>[+\d][\d\s().\-/]*\d)[)\]]?"
_GAP = r"[\s,;:/|–—\-]*"
_NAME_THEN_PHONE = re.compile(rf"^(?P<name>[^\d+()\[\]@]*?[^\s\d_+()\[\]@,;:/|–—.\-]\.?){_GAP}{_PHONE}$")
_PHONE_THEN_NAME = re.compile(rf"^{_PHONE}{_GAP}(?P<name>[^\W\d_][^\d+()\[\]@]*)$")
_SEPARATORS = " ,;:/|–—-("


def contact_cell(value: str) -> tuple[str, str] | None:
    """(name, phone) of a cell written as a name and a phone number in either order, else ``None``.

    The name part is one to five name words (any script; a phone label such as ``tel.`` before the number is
    neither part);
    the phone part is a phone number of some supported region as a phone column would hold it.
    """
    text = value.strip()
    if len(text) > 90 or not any(ch.isdigit() for ch in text):
        return None
    text = without_phone_labels(text)
    m = _NAME_THEN_PHONE.match(text) or _PHONE_THEN_NAME.match(text)
    if m is None:
        return None
    name = m.group("name").strip(_SEPARATORS)
    phone = m.group("phone").strip()
    if not name or not V.is_name_shaped_any_case(name) or V.has_company_marker(name):
        return None
    if V.is_listed_city(name) and not V.first_name_known(name):
        return None  # ``Lisboa 1250-096``: a town and its postcode (``Sofia`` is also a given name)
    if not V.is_phone_any(phone, cued=True):
        return None
    return name, phone


def listed_name(name: str) -> bool:
    """The name part is vouched for by the lists: a listed full name, a listed given name first, a listed family
    name last, or a listed pair in a spaced non-Latin script."""
    words = V.name_words(name)
    if V.full_name_known(name) or V.first_name_known(words[0]) or V.last_name_known(words[-1]):
        return True
    script = script_person_value(name)
    return script is not None and script[1]


def contact_people(sample: ValueSample) -> Score | None:
    """A column of name + phone contact cells (see the module's rules), or ``None`` when it is not one."""
    if sample.n_distinct < MIN_DISTINCT_CONTACTS:
        return None
    probe = sample.values[:_PROBE]
    if sum(1 for v in probe if any(ch.isdigit() for ch in v)) < MIN_CONTACT_CELLS * len(probe):
        return None  # cheap: a column of words alone is never one of contacts
    cells = [contact_cell(v) for v in sample.values]
    n = len(cells)
    contacts = [c for c in cells if c is not None]
    share = len(contacts) / n
    if share < MIN_CONTACT_CELLS:
        return None
    listed = sum(1 for name, _ in contacts if listed_name(name)) / len(contacts)
    if listed < MIN_LISTED_NAMES:
        return None
    return Score(share, True, f"{_pct(share)} name + phone contact cells ({_pct(listed)} listed names)")
