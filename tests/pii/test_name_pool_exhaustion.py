"""A table of common names of one locale (the fake pool's own names) keeps its variety."""

from faker import Faker

from safe_synthesizer.pii.fakes import FakeMapper


def test_names_from_the_pool_locale_are_not_folded_onto_a_few_fakes() -> None:
    faker = Faker("de_DE")
    faker.seed_instance(4242)
    surnames = sorted({faker.last_name() for _ in range(3000)})  # nearly every de_DE surname Faker has
    mapping = FakeMapper(["de_DE"], seed=3, phone_region="DE").map_values("last_name", surnames)
    assert len(surnames) > 300
    assert len(set(mapping.values())) >= 0.5 * len(surnames)  # was 20 fakes for ~400 names
    assert all(fake.lower() != name.lower() for name, fake in mapping.items())
