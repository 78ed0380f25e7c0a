"""Helper TS (session 50): free-text street recall and false street spans on set 35's table shapes, fast.

Usage: PYTHONPATH=src:benchmarks python benchmarks/dev_ts_streets35.py fr_GP,en_GG 35501,35502 [--false] [--set 34]

No whole ``replace_pii`` run: the notes go through the text detector alone (rules, gazetteers, NER) and each
span is blanked, so a street counts as caught when no core word of it is left (the set's own trace test).
``--false`` lists street spans that overlap no labelled street (to review precision).
"""

from __future__ import annotations

import importlib
import sys

import bench_pii_heldout as scoring
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_detector import load_text_detector

ENTITIES = (E.NAME, E.FIRST_NAME, E.LAST_NAME, E.STREET_ADDRESS, E.ADDRESS, E.CITY, E.POSTCODE, E.PHONE_NUMBER,
            E.EMAIL, E.STATE)  # fmt: skip


def _blank(text: str, spans) -> str:
    for s in sorted(spans, key=lambda s: -s.start):
        text = text[: s.start] + "<" + s.entity + ">" + text[s.end :]
    return text


def run(locales: list[str], seeds: list[int], show_false: bool, set_no: int) -> None:
    shapes = importlib.import_module(f"heldout{set_no}_shapes")
    build = getattr(shapes, f"heldout{set_no}_table")
    det = load_text_detector(ENTITIES)
    all_got = all_total = all_false = 0
    for locale in locales:
        got = total = false = 0
        lines = []
        for seed in seeds:
            try:
                table = build(locale, seed)
            except Exception as exc:  # a locale a set does not have
                print(locale, seed, "no table", exc)
                continue
            notes = [n if isinstance(n, str) else "" for n in table.frame[table.notes_column].tolist()]
            found = det.find_spans(notes)
            for note, spans, truth in zip(notes, found, table.notes, strict=True):
                streets = [v for e, v in truth if e == "street_address"]
                after = _blank(note, spans)
                for value in streets:
                    total += 1
                    ok = scoring.caught("street_address", value, after)
                    got += ok
                    if not ok:
                        lines.append(f"   MISS {value!r} in {after!r}")
                for s in spans:
                    if s.entity not in (E.STREET_ADDRESS, E.ADDRESS):
                        continue
                    text = note[s.start : s.end]
                    if not any(text in v or v in text or set(text.split()) & set(v.split()) for v in streets):
                        false += 1
                        if show_false:
                            lines.append(f"   FALSE {text!r} in {note!r}")
        all_got, all_total, all_false = all_got + got, all_total + total, all_false + false
        print(f"{locale}: {got}/{total} false {false}")
        print("\n".join(dict.fromkeys(lines)))
    print(f"ALL: {all_got}/{all_total} false {all_false}")


def main() -> None:
    locales = sys.argv[1].split(",")
    seeds = [int(s) for s in sys.argv[2].split(",")] if len(sys.argv) > 2 and sys.argv[2][0].isdigit() else [35501]
    set_no = int(sys.argv[sys.argv.index("--set") + 1]) if "--set" in sys.argv else 35
    run(locales, seeds, "--false" in sys.argv, set_no)


if __name__ == "__main__":
    main()
