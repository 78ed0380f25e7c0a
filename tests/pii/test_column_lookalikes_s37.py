"""Academic degrees after people's names are no company legal forms (session 37)."""

from safe_synthesizer.pii.column_lookalikes import organisations


def test_degrees_are_no_legal_form():
    people = [
        "Karin Fiebig B.Sc.",
        "Ursula Holt MBA.",
        "Isa Tintzmann B.Sc.",
        "Gitte Weinhold B.A.",
        "Anna Koch",
        "Uwe Zahn",
        "Linda Koch MBA.",
        "Hans Meier B.Sc.",
        "Eva Braun",
        "Paul Roth MBA.",
        "Otto Graf",
    ]
    assert organisations(people) is None
    assert organisations(["Müller BV", "Jansen BV", "De Vries BV", "Smit BV", "Bakker"]) is not None
