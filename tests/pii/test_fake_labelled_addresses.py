"""Fakes of labelled address cells: the labels and separators kept, each part faked as its label says."""

from __future__ import annotations

from safe_synthesizer.pii.fake_labelled_addresses import relabelled_addresses


def _fake(kind: str, part: str) -> str:
    return {"street_address": "7 New Road", "city": "Newtown", "postcode": "99999"}[kind]


def test_labels_kept_parts_faked_by_kind() -> None:
    out = relabelled_addresses(["Street: BP 3996, Town: Conakry", "-", "Rue: Kaloum; Ville: Kindia; PC: 1234"], _fake)
    assert out == ["Street: 7 New Road, Town: Newtown", None, "Rue: 7 New Road; Ville: Newtown; PC: 99999"]
