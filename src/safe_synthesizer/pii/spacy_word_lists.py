"""Word lists from spaCy's data (stop lists of many languages, English words by part of speech), read without
importing spaCy.

Why: the lists are plain data files: ``spacy/lang/<lang>/stop_words.py`` (one set literal, no imports) and the
English model's lemma index (``lemmatizer/lookups/lookups.bin``, msgpack). Reading them the usual way runs
``spacy/__init__``, which imports thinc and torch: 3-4 s of CPU that a PII run on a table without free text paid
for two word lists (session 68: about a tenth of the 100k x 10 replace). Each file is read on its own, as spaCy
would; a spaCy whose files do not read so falls back to spaCy's own loader. Without spaCy or its model (the optional
``pii`` extra) every list is empty.

Example::

    "the" in spacy_stop_words(("en",))          # True
    "brown" in english_vocabulary(("adj",))     # True
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

__all__ = ["english_vocabulary", "spacy_stop_words"]

# spaCy's 64-bit string hashes of the lemma index's part-of-speech keys (its StringStore hash, part of the saved
# format): the table is read with srsly alone.
_POS_KEYS = {
    "noun": 16833663260455505849, "adj": 12401032943472870168, "verb": 6360137228241296794,
    "adv": 10054248821341768113,
}  # fmt: skip


def _package_folder(name: str) -> Path | None:
    """An installed package's folder, found without importing it; ``None`` when it is not installed."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


@lru_cache(maxsize=1)
def _spacy_languages() -> Path | None:
    folder = _package_folder("spacy")
    return folder / "lang" if folder is not None else None


@lru_cache(maxsize=64)
def _language_stop_words(language: str) -> frozenset[str]:
    folder = _spacy_languages()
    path = folder / language / "stop_words.py" if folder is not None else None
    if path is None or not path.is_file():
        return frozenset()
    spec = importlib.util.spec_from_file_location(f"_spacy_stop_words_{language}", path)
    try:
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        words = module.STOP_WORDS
    except (ImportError, AttributeError):  # a list that needs its package: the usual import
        words = __import__(f"spacy.lang.{language}.stop_words", fromlist=["STOP_WORDS"]).STOP_WORDS
    return frozenset(w.lower() for w in words)


@lru_cache(maxsize=16)
def spacy_stop_words(languages: tuple[str, ...]) -> frozenset[str]:
    """Function words of ``languages`` (spaCy's stop lists in full, lower case); empty without spaCy.

    Example::

        spacy_stop_words(("de", "fr")) >= {"und", "et"}  # True
    """
    return frozenset().union(*(_language_stop_words(lang) for lang in languages))


@lru_cache(maxsize=1)
def _lemma_index(model: str) -> dict:
    """The model's lemma index as {part-of-speech hash: words}; empty when the model is not installed."""
    root = _package_folder(model)
    paths = (list(root.glob("*/lemmatizer/lookups")) or list(root.glob("lemmatizer/lookups"))) if root else []
    if not paths or not (paths[0] / "lookups.bin").is_file():
        return {}
    import srsly

    index = srsly.msgpack_loads((paths[0] / "lookups.bin").read_bytes()).get("lemma_index", {})
    if not set(_POS_KEYS.values()) <= set(index):  # another hash or layout: spaCy's own loader
        from spacy.lookups import Lookups

        table = Lookups().from_disk(paths[0]).get_table("lemma_index")
        index = {key: table.get(pos, ()) for pos, key in _POS_KEYS.items()}
    return index


@lru_cache(maxsize=4)
def english_vocabulary(parts: tuple[str, ...] = ("noun", "adj", "verb", "adv")) -> frozenset[str]:
    """Lower-case English words of the given parts of speech (WordNet's index shipped in the spaCy model's
    lemmatizer tables); empty when the model is not installed.

    Example::

        "petite" in english_vocabulary(("adj",))  # True
    """
    from safe_synthesizer.pii.text_detector import SPACY_MODEL

    try:
        index = _lemma_index(SPACY_MODEL)
    except (ImportError, OSError, ValueError, KeyError):
        return frozenset()
    return frozenset(w for pos in parts for w in index.get(_POS_KEYS.get(pos), ()) if w.isalpha())
