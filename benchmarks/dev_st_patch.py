"""Helper ST, session 64: the pending wiring of /work/s64docs/wiring_ST.md, monkeypatched for dev_st_s64.py."""

from __future__ import annotations

import safe_synthesizer.pii.replace_engine as engine
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_id_any_cue import any_cue_id_spans, table_id_shapes, with_any_cue_ids
from safe_synthesizer.pii.text_phone_region_groups import with_region_group_phones
from safe_synthesizer.pii.text_replace import TextCells
from safe_synthesizer.pii.text_street_slots import slot_street_spans, table_street_types, with_slot_streets

_TABLE: dict = {}


def note_finders() -> dict:
    """The new note readers alone (no table context but the locale's phone region), for the false-span scan."""
    from safe_synthesizer.pii.locales import region_of
    from safe_synthesizer.pii.text_phone_region_groups import region_group_phone_spans

    return {
        "street_slots": lambda text, loc: slot_street_spans(text, []),
        "any_cue_ids": lambda text, loc: any_cue_id_spans(text),
        "region_groups": lambda text, loc: region_group_phone_spans(text, [], (region_of(loc),)),
    }


def apply() -> None:
    if not hasattr(engine, "detect_text"):
        return  # wiring_ST applied: the engine reads the chunk's context in text_chunk_context
    inner = engine.detect_text
    collect = engine.ChunkReplacer.collect

    def collecting(self, chunk):
        keyed = self._live_mapper().keyed
        cols = [p.column for p in self._active if p.entity in (E.NATIONAL_ID, E.SSN, E.TAX_ID)]
        _TABLE["ids"] = None if keyed else table_id_shapes(v for c in cols for v in chunk[c].tolist())
        _TABLE["keyed"] = keyed
        return collect(self, chunk)

    def patched(series, detector, names=None, streets=None, phones=None, **kw):
        cells = inner(series, detector, names, streets, phones, **kw)
        types = table_street_types(streets) if not _TABLE.get("keyed") else frozenset()
        shapes = _TABLE.get("ids") or frozenset()
        regions_all, local_all = kw.get("phone_regions"), kw.get("local_phones")
        spans = list(cells.spans)
        for i, text in enumerate(cells.texts):
            if text is None:
                continue
            if detector.entities & {E.STREET_ADDRESS, E.ADDRESS}:
                spans[i] = with_slot_streets(text, spans[i], types)
            if detector.entities & {E.PHONE_NUMBER, E.FAX_NUMBER} and (regions_all is not None or local_all):
                own = (regions_all[i] if regions_all is not None else None) or ()
                local = local_all[i] if local_all is not None else None
                regions = tuple(dict.fromkeys([*own, *(local.regions if local is not None else ())]))
                spans[i] = with_region_group_phones(text, spans[i], regions)
            if detector.entities & {E.NATIONAL_ID}:
                spans[i] = with_any_cue_ids(text, spans[i], shapes)
        return TextCells(cells.texts, spans)

    engine.ChunkReplacer.collect = collecting
    engine.detect_text = patched
