"""Name splitting, particles and letter case (name_parts)."""

from __future__ import annotations

from safe_synthesizer.pii.name_parts import is_particle, match_case, split_full_name


def test_particles_start_the_surname():
    assert split_full_name("Emir van Holland") == ("Emir", "van Holland", False)
    assert split_full_name("Liv van 't Houteveen") == ("Liv", "van 't Houteveen", False)
    assert split_full_name("Jan Smit") == ("Jan", "Smit", False)
    assert split_full_name("Smit, Jan") == ("Jan", "Smit", True)


def test_titles_are_no_part_of_a_name():
    assert split_full_name("pani Lidia Welc") == ("Lidia", "Welc", False)


def test_particle_only_as_written_in_lower_case():
    assert is_particle("van") and is_particle("'t")
    assert not is_particle("Van") and not is_particle("Berg")


def test_case_follows_original():
    assert match_case("Fairley", "LITTLE") == "FAIRLEY"
    assert match_case("Fairley", "little") == "fairley"
    assert match_case("Fairley", "Little") == "Fairley"
