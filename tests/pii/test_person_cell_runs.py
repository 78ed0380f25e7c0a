"""The dress-free person-cell reader: the name runs of a cell whatever stands around them, a fake in place."""

import pytest

from safe_synthesizer.pii.person_cell_runs import may_wear_runs, name_runs, runs_layer


@pytest.mark.parametrize(
    ("cell", "inner"),
    [
        ("('June', 'Jackson')", "June Jackson"),
        ("('ثنا کامران',)", "ثنا کامران"),
        ("['Porfirio', 'Posada Agustí']", "Porfirio Posada Agustí"),
        ("@patrick.cooper", "Patrick Cooper"),
        ("@kevin_meadows", "Kevin Meadows"),
        ("[treasurer] Gail Harvey", "Gail Harvey"),
        ("[Kassenwart] Hans-Peter Meier", "Hans-Peter Meier"),
        ("[captain] Ignacio D. Santos", "Ignacio D. Santos"),
        ("Keith Cuevas ✓", "Keith Cuevas"),
        ("★ Keith Cuevas", "Keith Cuevas"),
        ("Haley Morgan (Heather's parent)", "Haley Morgan"),
        ("Hans Meier (Elternteil von Tom)", "Hans Meier"),
        ("(Gail Harvey)", "Gail Harvey"),
        ("[treasurer] Harvey, Gail", "Harvey, Gail"),
        ("Николай Петрович Сивцев ✓", "Николай Петрович Сивцев"),
        ("@heather", "Heather"),
        ("#McDonaldRoss", "McDonald Ross"),
    ],
)
def test_the_name_runs_are_read_whatever_stands_around_them(cell: str, inner: str) -> None:
    found = runs_layer(cell)
    assert found is not None
    assert found[0] == inner
    assert found[2] == "runs"


@pytest.mark.parametrize(
    "cell",
    [
        "Ana Berg",  # nothing stands around the words
        "Gail R. Harvey",
        "Tom's Bar (closed)",  # a possessive between the words
        "Ana / Leon (x)",  # two things joined
        "[GB] 1234",  # digits: an id's business
        "Gail Harvey 07700 900123",
        "(Ana) (Leon)",  # two groups at one depth
        "don't",
        "((Ana Berg)",  # brackets that do not balance
        "[a] one two three four five six seven",  # more words than a name
        "a=b c=d",
        # Shapes the person readers already read WITH the name (sets 33-48), or no name at all: left to them.
        "Blackburn (Gary)",
        "Ibrahim [Djibo]",
        "Heidelore Steuer (née Jansen)",
        "Kerime Demirel (née Silva)",
        "Dino Casadei (papà)",
        "Trevino-Gibson, K. (Kathy)",
        "Trecho Almeida (Albuquerque dos Dourados)",
        "cat (Minka)",
        "Sainsbury's",
        "Ciglie'",
        "(none given)",
        "<empty>",
        "O+",
        "#NAME?",
        "<NA>",
    ],
)
def test_no_name_runs_where_nothing_is_dress_or_the_words_are_not_one_name(cell: str) -> None:
    assert runs_layer(cell) is None


def test_a_fake_is_written_over_the_same_runs_keeping_every_other_character() -> None:
    assert runs_layer("('June', 'Jackson')")[1]("Mara Olsen") == "('Mara', 'Olsen')"
    assert runs_layer("('ثنا کامران',)")[1]("Mara Olsen") == "('Mara Olsen',)"
    assert runs_layer("[treasurer] Gail Harvey")[1]("Ann Lee") == "[treasurer] Ann Lee"
    assert runs_layer("Keith Cuevas ✓")[1]("Ann Lee") == "Ann Lee ✓"
    assert runs_layer("@patrick.cooper")[1]("Ann Lee") == "@ann.lee"


def test_more_or_fewer_fake_words_than_runs() -> None:
    # More: the last run takes the rest (glued in a handle, ASCII where the handle was).
    assert runs_layer("('June', 'Jackson')")[1]("Ana María López") == "('Ana', 'María López')"
    assert runs_layer("@patrick.cooper")[1]("Ana María López") == "@ana.marialopez"
    # Fewer: the first runs and the last take them, the middle dropped.
    assert runs_layer("[captain] Ignacio D. Santos")[1]("Mara Olsen") == "[captain] Mara Olsen"
    assert runs_layer("('Porfirio', 'Posada Agustí')")[1]("Mara Olsen") == "('Mara', 'Olsen')"


def test_an_initial_stays_an_initial() -> None:
    assert runs_layer("[captain] Ignacio D. Santos")[1]("Mara Lee Olsen") == "[captain] Mara L. Olsen"


def test_another_person_in_the_residue_is_faked_too_the_same_for_the_same_fake() -> None:
    _text, dress, _ = runs_layer("Haley Morgan (Heather's parent)")
    out = dress("Lena Fischer")
    assert out.startswith("Lena Fischer (") and out.endswith("'s parent)")
    assert "Heather" not in out
    assert dress("Lena Fischer") == out
    german = runs_layer("Hans Meier (Elternteil von Tom)")[1]("Lena Fischer")
    assert german.startswith("Lena Fischer (Elternteil von ") and "Tom" not in german
    # A role word is no person: left as written.
    assert runs_layer("[Kassenwart] Hans Meier")[1]("Lena Fischer") == "[Kassenwart] Lena Fischer"


def test_name_runs_spans() -> None:
    cell = "[treasurer] Gail Harvey"
    found = name_runs(cell)
    assert [cell[r.start : r.end] for r in found.name] == ["Gail", "Harvey"]
    assert not found.handle


def test_the_cheap_gate() -> None:
    assert may_wear_runs("Keith Cuevas ✓")
    assert may_wear_runs("[treasurer] Gail Harvey")
    assert may_wear_runs("@patrick.cooper")
    assert not may_wear_runs("Ana Berg")
    assert not may_wear_runs("Gail R. Harvey")
