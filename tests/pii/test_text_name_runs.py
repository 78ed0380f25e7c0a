"""The one reader of a name run after a cue: its word notation, its particles and its case policies."""

from __future__ import annotations

from safe_synthesizer.pii.text_name_runs import NameRun, name_run, run_entity


def _words(text: str, pos: int, **kw) -> tuple[str, tuple[str, ...]]:
    run = name_run(text, pos, **kw)
    return (text[run.start : run.end] if run.start >= 0 else ""), run.words


def test_capitalised_words_up_to_the_first_other_word() -> None:
    assert _words("Avvisare Mons. Gasbarri al 341", 15) == ("Gasbarri", ("Gasbarri",))
    assert _words("call Mr Anne-Marie O'Brien today", 7) == ("Anne-Marie O'Brien", ("Anne-Marie", "O'Brien"))
    assert _words("ring Mr ALI KHAN now", 7) == ("ALI KHAN", ("ALI", "KHAN"))
    assert name_run("Mr jones said", 2) == NameRun(-1, -1, ())


def test_particles_inside_are_kept_in_the_span_not_in_the_words_and_left_out_at_the_end() -> None:
    assert _words("for Mr Jan van der Berg, ok", 6) == ("Jan van der Berg", ("Jan", "Berg"))
    assert _words("for Mr Jan van, ok", 6) == ("Jan", ("Jan",))
    # A particle is not the run's first word's excuse: it is read as a word (the accept test judges it).
    assert _words("Mr Van Dijk", 2) == ("Van Dijk", ("Van", "Dijk"))


def test_the_first_word_may_be_lower_case_when_the_policy_says_so() -> None:
    assert _words("knjez hrjehor Kral", 5, case="first_any") == ("hrjehor Kral", ("hrjehor", "Kral"))
    assert _words("knjez hrjehor kral", 5, case="first_any") == ("hrjehor", ("hrjehor",))
    assert _words("knjez hrjehor Kral", 5) == ("", ())


def test_the_accept_test_and_the_word_limit_end_the_run() -> None:
    assert _words("Mr Ali Street West", 2, accept=lambda w: w != "Street") == ("Ali", ("Ali",))
    assert _words("Mr A B C D", 2, max_words=2) == ("A B", ("A", "B"))
    # An apostrophe takes two letters after it; a possessive ends the word.
    assert _words("Mr Kim's car", 2) == ("Kim", ("Kim",))


def test_run_entity_counts_the_name_words() -> None:
    assert run_entity(name_run("Mr Jan van Berg", 2)) == "name"
    assert run_entity(name_run("Mr Nyirenda", 2)) == "last_name"
