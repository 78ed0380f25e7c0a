"""Dev (helper AD, session 49): the table passes with the towns-beside-street-names wiring applied in memory, so its
effect can be measured before the lead wires it (see /work/s49docs/wiring_AD.md).

Usage: PYTHONPATH=src:benchmarks python benchmarks/dev_ad_wiring.py rw_RW:34001 ...
"""

from __future__ import annotations

import sys

from safe_synthesizer.pii import table_passes
from safe_synthesizer.pii.column_rescued_towns import towns_beside_rescued_streets

_street_names = table_passes._street_names


def _street_names_then_towns(df, names, detections):
    streets = _street_names(df, names, detections)
    if not streets:
        return streets
    found = {**detections, **streets}
    return {**streets, **towns_beside_rescued_streets(df, names, found, streets)}


def apply() -> None:
    """Patch the street-names pass of :mod:`table_passes` to also find the towns beside the streets it finds."""
    table_passes._street_names = _street_names_then_towns


def apply_towns() -> None:
    """Patch :func:`locale_evidence.settle_country_locales` (as imported by :mod:`replace`) to keep the country of
    town plans (the second wiring request), recomputing the table's country."""
    from safe_synthesizer.pii import locale_evidence, replace
    from safe_synthesizer.pii.country_towns import keep_town_country

    settle = locale_evidence.settle_country_locales

    def settle_then_towns(df, plans):
        plans = settle(df, plans)
        return keep_town_country(plans, locale_evidence.table_country(df, plans), df)

    replace.settle_country_locales = settle_then_towns


def apply_boxes() -> None:
    """Patch :func:`column_lookalikes.coded_places` to read PO boxes as addresses, not codes (wiring request 3)."""
    from safe_synthesizer.pii import column_lookalikes
    from safe_synthesizer.pii.column_address_cells import po_box_cell

    coded = column_lookalikes.coded_places

    def coded_but_boxes(values):
        return coded([v for v in values if not po_box_cell(v)] or values) if values else None

    column_lookalikes.coded_places = coded_but_boxes


if __name__ == "__main__":
    import dev_ad_probe

    apply()
    apply_boxes()
    for spec in sys.argv[1:]:
        loc, _, seed = spec.partition(":")
        print("==", loc, seed)
        dev_ad_probe.probe(loc, int(seed or 34001))
