"""Session 50: ``validators/places.py`` split by concept; every name stays importable from ``places``."""

from __future__ import annotations

from safe_synthesizer.pii.validators import places, postcodes, streets


def test_moved_names_are_the_same_objects() -> None:
    for name in ("is_postcode", "postcode_locales", "_ZIP", "_UK_POSTCODE_ANYWHERE", "_OTHER_POSTCODE"):
        assert getattr(places, name) is getattr(postcodes, name)
    for name in ("is_street_any", "is_street_address", "street_locales", "is_named_street", "is_unnumbered_street",
                 "_HOUSE_NUMBER"):  # fmt: skip
        assert getattr(places, name) is getattr(streets, name)


def test_behaviour_of_each_concept() -> None:
    assert postcodes.postcode_locales("EH1 2NG") == ("en_GB",)
    assert streets.is_street_any("Kossuth utca 19.")
    assert places.is_address_any("Rua das Flores 12, 4050-262 Porto")
    assert not places.is_address_any("see notes")
