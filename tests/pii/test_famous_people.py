import pytest

from safe_synthesizer.pii.famous_people import is_famous_name


@pytest.mark.parametrize(
    "value",
    ["Audrey Hepburn", "Mozart", "Saint-Saëns", "Van Gogh Room", "Mrs Grace Kelly", "J. S. Bach", "TCHAIKOVSKY"],
)
def test_famous_people_are_known(value: str):
    assert is_famous_name(value)


@pytest.mark.parametrize("value", ["Anna Wagner", "Luis Cervantes", "Grace Pereira", "Kelly Grant", "Bach", "", "12"])
def test_people_sharing_a_family_name_are_not(value: str):
    assert not is_famous_name(value)
