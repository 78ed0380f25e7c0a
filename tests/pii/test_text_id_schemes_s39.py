"""Session 39: an Andorran NRT (F-402117-M) written in prose is a national id (python-stdnum's ad.nrt)."""

from __future__ import annotations

from safe_synthesizer.pii.text_id_schemes import extra_id_scheme
from safe_synthesizer.pii.text_patterns import pattern_spans

_WANTED = frozenset({"national_id", "phone_number"})


def _ids(text: str) -> list[str]:
    return [text[a:b] for a, b, e in pattern_spans(text, ("ES",), _WANTED) if e == "national_id"]


def test_an_andorran_nrt_in_its_layout_is_an_id() -> None:
    assert extra_id_scheme("U-208931-K") == ("ad.nrt", True)
    assert _ids("Lease signed by the tenant (NRT U-208931-K) on 3 March.") == ["U-208931-K"]
    assert _ids("Resident card F-402117-M shown at the desk.") == ["F-402117-M"]


def test_outside_the_kinds_ranges_it_is_none() -> None:
    # A person's F numbers stop at 699999; A and L numbers are 700000-799999.
    assert _ids("Part F-912345-Z and part A-123456-Z ordered.") == []
