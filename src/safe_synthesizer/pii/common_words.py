"""Word lists that tell ordinary words from names in free text.

Many text rules ask the same two questions of a capitalised word: is it a common English word
(a heading, a sentence word) and is it a place? The lists are built once, lazily, from Faker's
lorem words, spaCy's stop words (when the optional extra is installed), street words and the
gazetteers' towns and regions.

Example::

    "period" in common_words()  # True: ``GRACE PERIOD`` is a heading, not a name
"""

from __future__ import annotations

from functools import lru_cache

from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.spacy_word_lists import spacy_stop_words

__all__ = ["HEADING_WORDS", "common_words", "place_names"]

# Heading words the general word lists lack (``GRACE PERIOD``, ``MAY UPDATE``, ``SALES DEPT``).
HEADING_WORDS = frozenset(
    ["period", "update", "updates", "department", "dept", "services", "sales", "ltd", "inc", "llc", "plc", "corp",
     "co", "gmbh", "centre", "park", "hall", "closed", "urgent", "review", "notice", "reminder", "overdue",
     "details", "request", "required", "received", "pending", "approved", "declined", "complaint", "invoice",
     "statement", "refund", "ride", "only", "attn", "fao", "dear", "re", "fw", "fwd", "cc", "ref", "tel", "fax"]
)  # fmt: skip


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Common English words (spaCy's stop words, Faker's English lorem words, heading words, street
    and place words): an all-caps run of these is a heading, not a name."""
    from faker.providers.lorem.en_US import Provider as Lorem

    words = {w.lower() for w in Lorem.word_list} | HEADING_WORDS | gazetteers.all_street_words()
    # spaCy is the optional 'pii' extra; without it the lorem list still covers the commonest words.
    return frozenset(words | spacy_stop_words(("en",)))


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Every listed town and region name, lower case: a word of these ends no person's name."""
    return gazetteers.all_cities() | gazetteers.all_regions()
