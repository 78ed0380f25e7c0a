"""Dev check (helper ID, session 49): ``dev_id_columns`` with the wiring requested in ``/work/s49docs/wiring_ID.md``
patched in (before the lead wires it): a paired postcode column of bare digits the table's country never writes
is dropped (``column_postcode_countries.fits_table_country``); a header naming an id seen (``ID seen``) lets the
unseen-layout id rule read the column (``column_id_seen_headers``). Same arguments as ``dev_id_columns``."""

from __future__ import annotations

import sys

import dev_id_columns
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import table_passes
from safe_synthesizer.pii.column_id_seen_headers import names_a_checked_id
from safe_synthesizer.pii.column_postcode_countries import fits_table_country

_paired = table_passes._paired_places


def _paired_places(df, names, detections, params):
    found = _paired(df, names, detections, params)
    return {
        name: d for name, d in found.items() if d.entity != E.POSTCODE or fits_table_country(df[name], detections, df)
    }


_says = table_passes._says_no_more_than_id


def _says_no_more_than_id(name: str) -> bool:
    return _says(name) or names_a_checked_id(name)


if "--unwired" not in sys.argv:
    table_passes._paired_places = _paired_places
    table_passes._says_no_more_than_id = _says_no_more_than_id

if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--unwired"]
    dev_id_columns.main(int(args[0]), args[1].split(","), int(args[2]), int(args[3]),
                        set(args[4].split(",")) if len(args) > 4 else None)  # fmt: skip
