"""Word lists read from spaCy's data files without importing spaCy (:mod:`safe_synthesizer.pii.spacy_word_lists`)."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

from safe_synthesizer.pii.spacy_word_lists import english_vocabulary, spacy_stop_words

pytest.importorskip("spacy")


@pytest.mark.parametrize("language", ["en", "de", "hu", "el", "az"])
def test_the_same_words_as_the_import(language: str) -> None:
    imported = importlib.import_module(f"spacy.lang.{language}.stop_words").STOP_WORDS
    assert spacy_stop_words((language,)) == frozenset(w.lower() for w in imported)


def test_several_languages_are_one_set_and_an_unknown_one_is_empty() -> None:
    assert spacy_stop_words(("de", "fr")) == spacy_stop_words(("de",)) | spacy_stop_words(("fr",))
    assert spacy_stop_words(("xx-not-a-language",)) == frozenset()
    assert {"und", "et", "the"} <= spacy_stop_words(("de", "fr", "en"))


@pytest.mark.parametrize("parts", [("noun", "adj", "verb", "adv"), ("adj", "verb", "adv"), ("noun",)])
def test_english_words_are_spacys_lemma_index(parts: tuple[str, ...]) -> None:
    from spacy.lookups import Lookups
    from spacy.util import get_package_path

    from safe_synthesizer.pii.text_detector import SPACY_MODEL

    root = get_package_path(SPACY_MODEL)
    index = Lookups().from_disk(next(root.glob("*/lemmatizer/lookups"))).get_table("lemma_index")
    expected = frozenset(w for pos in parts for w in index.get(pos, ()) if w.isalpha())
    assert expected and english_vocabulary(parts) == expected


def test_reading_the_lists_does_not_import_spacy() -> None:
    code = (
        "import sys\n"
        "from safe_synthesizer.pii.common_words import common_words\n"
        "from safe_synthesizer.pii.cues import known_words\n"
        "assert 'the' in common_words() and 'brown' in known_words()\n"
        "print('spacy' in sys.modules, 'torch' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
