from safe_synthesizer.pii.name_venue_words import has_venue_word


def test_places_named_after_people_carry_a_word_of_their_kind():
    for value in ("Salle Debussy", "Grieg Room", "Beethovenhalle", "Sibeliuszaal", "Sala Rodrigo", "Dojo Tanaka",
                  "Kanepo-Ryu", "Universidad Simón Bolívar", "Aula Verdi", "Hall Elgar"):  # fmt: skip
        assert has_venue_word(value), value


def test_names_of_people_that_share_a_word_with_places_are_no_places():
    for value in ("Ana Sala", "Jerry Hall", "Park Min-jun", "Kai Weber", "Shirley Temple", "Olaf Hallen", "Erika Pena"):
        assert not has_venue_word(value), value
