"""False and missed PII columns of a held-out set with helper PR's session-52 veto (things named after people)
patched in as ``/work/s52docs/wiring_PR.md`` asks, no shared file edited.

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_pr_things_wired.py [--wired] --set 37 --seeds 37501-37503

Arguments as :mod:`dev_pr_false_columns` (without its own ``--wired``, which patched session 51's vetoes, now in).
"""

from __future__ import annotations

import sys

import dev_pr_false_columns as base


def wire() -> None:
    """The veto after the rules' table passes and on the classifier's findings, as the wiring request says."""
    from safe_synthesizer.pii import detect_table as dt
    from safe_synthesizer.pii.column_named_things import thing_named_columns

    second, venue = dt.second_birth_columns, dt.venue_named_columns

    def second_or_things(frame, found):  # type: ignore[no-untyped-def]
        return list(dict.fromkeys([*second(frame, found), *thing_named_columns(frame, found)]))

    def venue_or_things(frame, found):  # type: ignore[no-untyped-def]
        return list(dict.fromkeys([*venue(frame, found), *thing_named_columns(frame, found)]))

    dt.second_birth_columns, dt.venue_named_columns = second_or_things, venue_or_things


if __name__ == "__main__":
    if "--wired" in sys.argv:
        sys.argv.remove("--wired")
        wire()
        print("WIRED", file=sys.stderr)
    sys.exit(base.main())
