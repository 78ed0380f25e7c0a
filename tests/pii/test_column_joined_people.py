from safe_synthesizer.pii.column_joined_people import joined_fakes, joined_person, split_joined
from safe_synthesizer.pii.column_people import person_layout
from safe_synthesizer.pii.gazetteers import all_street_words


def test_two_people_joined_split_at_the_one_joiner():
    assert split_joined("Frau Roth und Herr Lang") == ("Frau Roth", " und ", "Herr Lang")
    assert split_joined("K. Weber + A. Braun") == ("K. Weber", " + ", "A. Braun")
    assert split_joined("Anna Weber") is None
    assert split_joined("Jan A Novak") is None  # an initial in capitals, no Czech ``a``


def test_each_half_read_as_a_person():
    streets = all_street_words()
    assert joined_person("Mrs Okafor & Mr Bello", person_layout, streets) == ("couple", True)
    assert joined_person("Sra. Ibáñez y Sr. Lozano", person_layout, streets) is not None
    assert joined_person("mevr. Bakker & dhr. Visser", person_layout, streets) is not None


def test_firms_and_pairs_of_words_are_no_joined_people():
    streets = all_street_words()
    for value in ("Marks & Spencer", "Johnson & Johnson", "Smith & Sons Ltd", "Fish and Chips", "Salt & Pepper"):
        assert joined_person(value, person_layout, streets) is None, value


def test_the_fake_fakes_each_half_and_keeps_the_joiner():
    def full_names(values):
        return {v: f"Fake{i}" for i, v in enumerate(values)}

    out = joined_fakes(["Frau Roth und Herr Lang", "Anna Weber", "Marks & Spencer"], full_names)
    assert out == {"Frau Roth und Herr Lang": "Fake0 und Fake1"}


def test_a_joined_cell_is_faked_person_by_person_through_the_name_fakes() -> None:
    from safe_synthesizer.pii.fakes import FakeMapper

    fakes = FakeMapper(["de_DE"], seed=1).map_values("name", ["Frau Roth und Herr Lang", "Frau Roth"])
    joined = fakes["Frau Roth und Herr Lang"]
    assert joined.count(" und ") == 1 and "Roth" not in joined and "Lang" not in joined
