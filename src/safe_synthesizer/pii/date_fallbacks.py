"""Fills :mod:`date_reader`'s registry of fallback readers once, when the package is imported.

Why: the readers of the notations the token reader does not read (dressed dates, ISO week and ordinal dates, three
fields wherever they stand, machine serialisations, tagged literals, dates read out in words) all build on
:mod:`date_reader`, so it cannot import them; it imported them INSIDE ``read_date_at`` and ``read_date``, on the
hot path of every note and cell, and each new reader meant editing that function. Now :mod:`date_reader` keeps the
lists (``DATE_FALLBACKS``, ``DATE_TAILS``, ``CELL_FALLBACKS``) and this module, imported first by the package's
``__init__``, fills them in the order the readers are tried. A new reader is one line here.

The order is the one ``read_date_at`` had: the dressed reader, ISO week and ordinal dates (both extended by the
tails: a time of day, a serialiser's zone), then three fields wherever they stand and serialisations (which read
their own tails); then the tagged literals and the dates in words. Whole cells :func:`date_reader.read_date` reads
nothing in go to the serialisations, the tagged literals and the dates in words.
"""

from __future__ import annotations

from safe_synthesizer.pii import date_reader
from safe_synthesizer.pii.dress_cell_dates import read_date_in_dress
from safe_synthesizer.pii.dressed_dates import read_dressed_date_at
from safe_synthesizer.pii.iso_calendar_dates import read_iso_date_at
from safe_synthesizer.pii.serialised_dates import read_serialised_date, read_serialised_date_at, with_serial_tail
from safe_synthesizer.pii.spoken_dates import read_spoken_date, read_spoken_date_at
from safe_synthesizer.pii.tagged_dates import read_tagged_date, read_tagged_date_at
from safe_synthesizer.pii.three_field_dates import read_field_date_at, with_residue
from safe_synthesizer.pii.wrapped_cell_dates import read_wrapped_date


def _iso_at(text: str, start: int, language: str | None, day_first: bool | None) -> date_reader.DateReading | None:
    return read_iso_date_at(text, start)  # ``2017-W29-2``, ``2012-335``: no language or order to tell


def fill() -> None:
    """Fill the registry (once: a second call changes nothing)."""
    if date_reader.DATE_FALLBACKS:
        return
    date_reader.DATE_FALLBACKS.extend(
        [
            (read_dressed_date_at, True),
            (_iso_at, True),
            # ``December 21ˢᵗ, 2015``, ``31 Dezember (1949)``: three fields wherever they stand, with the time or
            # bracketed age after them (read by the reader itself).
            (read_field_date_at, False),
            # ``datetime.date(1936, 6, 16)``, ``/Date(872809200000)/``: a date inside a literal or a serialisation.
            (read_serialised_date_at, False),
            # ``#<Date: 1998-04-02 ((2450906j,0s,0n),+0s,2299161j)>``, ``~D[1998-04-02]``: a tagged literal.
            (read_tagged_date_at, False),
            # ``thirty-first of May nineteen eighty-seven``: a date read out in words.
            (read_spoken_date_at, False),
        ]
    )
    # ``21-05-2013 15:57``, ``21/08/1990 [36 сыл]``: the rest read by its shape; ``1954-08-27+01:00``: a zone.
    date_reader.DATE_TAILS.extend([with_residue, with_serial_tail])
    # ``TO_DATE('28-OCT-1949', 'DD-MON-YYYY')``, ``19521101000000.0Z``, ``Fri, 22 Jul 1938 00:00:00 +0000``: one date
    # among dress (a call, a midnight, a zone, a format string, its weekday), read last.
    date_reader.CELL_FALLBACKS.extend([read_serialised_date, read_tagged_date, read_spoken_date, read_date_in_dress])
    # ``<say-as format="dmy">03-01-2018</say-as>``, ``=DATE(2015,11,17)``, ``BDAY:19480220``: a date inside a markup
    # element, after a formula sign or after a key's label (the inside read by the readers above).
    date_reader.CELL_FALLBACKS.append(read_wrapped_date)


fill()
