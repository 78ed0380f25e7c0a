"""Held-out set 13 tables: 44 locales, seeds 13001-13002, export shapes and note genres new to the sets.

Written in session 27 by a helper that did not read the PII tests, the earlier held-out tables or probes,
``docs/pii*.md`` or the detector's internals. Each (locale, seed) is one table of one of eight export shapes
(mortgage applications, vaccination clinic bookings, taxi bookings, removal quotes, sports club members,
university alumni, social-care home visits, tax adviser clients). Column names come in the locale's language
or in English (prefixed, suffixed, numbered, snake/camel/CAPS/Title, abbreviations); values in lower, upper
or title case; names natural, ``Surname, First``, titled, with initials; phones national, international,
E.164, digits only or with an extension (valid numbers of the locale's country, ``phonenumbers``); national
ids with valid check digits (birth-date ids from the row's own birth date; every one checked with
python-stdnum, except the UK NI number and the Hungarian TAJ which stdnum lacks and which follow their own
rules here); IBANs (built and checked with stdnum) in countries that use them; whole and split addresses;
and look-alike columns that are no personal data (booking/lot/plate numbers, amounts, visit dates in the
birth-date layout, vehicles, rooms, teams, counts, zone names with street words).

Free text (the notes column) uses genres new to the sets: dispatcher log, home-visit note, mortgage broker
file note, referral letter, taxi booking remarks, removal survey, club committee minutes, alumni update,
council complaint, field engineer job sheet, vaccination reception log; every English-speaking locale writes
English notes, the other first-7 locales half English, the rest a quarter; the others are written in the
locale's language. Nothing depends on the clock: birth dates count back from 2026-01-01, and every draw comes
from a ``random.Random`` or a Faker seeded with the table's seed.

The tables are built by the ``heldout13_*`` modules, one concept each: ``heldout13_base`` (seeds, locales,
records), ``heldout13_ids`` (national ids, IBANs, phones, cards), ``heldout13_language`` (titles, dates,
addresses, column names), ``heldout13_people`` (people and their cells), ``heldout13_notes`` (templates and
rendering) and ``heldout13_shapes`` (the export shapes). This module builds a table and still exports every
name it had (the runner and ``pii_heldout_scoring`` read ``LOCALES``, ``CJK``, ``TITLES``, ``LANG``,
``template_literals``, ``region`` ... from it); splitting it changed no table (a SHA-256 per locale of
frames, labels and notes is the same before and after).
"""

# ruff: noqa: F401  (every name the module had before its split stays importable from it)
from __future__ import annotations

import random

import pandas as pd
from faker import Faker

from heldout13_base import (
    CJK,
    FIRST7,
    LANG,
    LOCALES,
    N_ROWS,
    NEW5,
    OTHER32,
    REF,
    SEEDS,
    Person,
    Table,
    _ascii,
    _digits,
    _retry,
)
from heldout13_ids import (
    IBAN_BBAN,
    _cf_part,
    _gb_nino,
    _hu_taj,
    card,
    iban,
    id_valid,
    national_id,
    phone,
    render_phone,
)
from heldout13_language import (
    _DMY,
    _DMYD,
    _MDY,
    _YMD,
    ADDRESS_STYLE,
    CONCEPTS,
    DATE_FORMATS,
    EN_COLS,
    MAIL_DOMAINS,
    OWN_ADDRESS,
    ROLE_EN,
    SUFFIX_TITLE,
    TITLE_BY_SEX,
    TITLES,
    VOCAB,
    WORD_FIRST_F,
    WORD_FIRST_M,
    WORD_SURNAMES,
    _num,
    _style,
    colname,
)
from heldout13_notes import (
    EN_TEMPLATES,
    NATIVE_TEMPLATES,
    _kv_template,
    english_share,
    render_note,
    template_literals,
    template_words_literals,
    templates_of,
)
from heldout13_people import (
    _amount,
    _case_col,
    _cased,
    _event_date,
    _street,
    _titled,
    dob_text,
    email,
    full_address,
    full_name,
    name_cell,
    person,
    title_of,
)
from heldout13_shapes import (
    ADDR,
    NAME,
    NOTES_EN,
    SHAPE_GENRES,
    SHAPES,
    STREET,
    _blank,
    _Cols,
    _nid_label,
    _phones,
    shape_alumni,
    shape_club,
    shape_mortgage,
    shape_removal,
    shape_social_care,
    shape_tax,
    shape_taxi,
    shape_vaccination,
)
from heldout_common import region


def heldout13_table(locale: str, seed: int, n: int = N_ROWS) -> Table:
    """One set-13 table: the shape is fixed by (locale, seed), every value drawn from them."""
    idx = LOCALES.index(locale)
    rng = random.Random(seed * 1000 + idx)
    fake = Faker(locale)
    fake.seed_instance(seed * 100 + idx)
    names = list(SHAPES)
    shape = names[(idx * 3 + (seed - SEEDS[0]) * 5) % len(names)]
    ps = [person(locale, fake, rng) for _ in range(n)]
    os_ = [person(locale, fake, rng) for _ in range(n)]
    cols = _Cols(locale, rng)
    SHAPES[shape](cols, ps, os_, fake)
    en, native = templates_of(locale)
    own = [t for t in en if t[0] in SHAPE_GENRES[shape]]
    notes, truths, forms, used = [], [], [], []
    for p, o in zip(ps, os_, strict=True):
        if rng.random() < 0.08:
            notes.append(None)
            truths.append([])
            forms.append("")
            used.append("")
            continue
        english = not (native and rng.random() >= english_share(locale))
        if english:
            form, case, text = rng.choice(own if own and rng.random() < 0.6 else en)
        else:
            form, case, text = rng.choice(native)
        note, truth = render_note(locale, text, case, p, o, rng, english)
        notes.append(note)
        truths.append(truth)
        forms.append(form)
        used.append(text)
    if LANG[locale] != "en" and rng.random() < cols.native:
        notes_col = VOCAB[LANG[locale]]["notes"]
    else:
        notes_col = rng.choice(NOTES_EN[shape])
    cols.add(None, "", notes, None, name=notes_col)
    notes_col = list(cols.data)[-1]
    labels = {k: v for k, v in cols.labels.items() if k != notes_col}
    frame = pd.DataFrame(cols.data)
    return Table(frame, labels, truths, forms, used, notes_col, shape)
