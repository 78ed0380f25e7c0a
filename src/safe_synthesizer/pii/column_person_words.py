"""Whole names told by where their words stand: given names open the cell, family names close it.

Why: a survey's respondent column (``okot mugisha``, ``Siân Llywelyn``, ``ELIN LEWIS-DAVIES``) or a CRM's person
column in a country the lists cover thinly holds names whose given name *or* surname is listed, seldom both, so the
share of listed full names stays low (8-30 %) and, with the column name hidden, nothing decided it. Yet a column of
people's names has a shape no other column of words has: nearly one value per row, two or three words, the
opening word of most cells a listed given name or the closing word a listed surname, and two separate vocabularies,
the words that open cells (given names) hardly ever closing one (family names), each varied. Towns repeat their
opening words (``New``, ``Port``, ``North``), streets their closing ones (``Road``), colours and products repeat
whole values, firms carry legal forms; none keeps two varied vocabularies apart like this.

Example::

    positional_names(sample)
    # Score(share=0.87, values_decide=True, evidence="100% two or three words, 87% open with a listed given ...")
"""

from __future__ import annotations

from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_sample import Score, ValueSample, _pct

# Share of distinct values of two or three name words; share opening with a listed given name or closing with a
# listed surname.
MIN_WORDS_SHARE = 0.9
MIN_LISTED_END = 0.6
# Distinct values needed and rows per value allowed (people come back once or twice; categories fill many rows).
MIN_DISTINCT = 8
MAX_ROWS_PER_VALUE = 2.0
# Each vocabulary (opening words, closing words) as a share of the distinct values, and the most they may share.
MIN_VOCABULARY = 0.2
MAX_SHARED_WORDS = 0.1


def _closes_with_surname(value: str) -> bool:
    words = V.name_words(value)
    return len(words) >= 2 and V.last_name_known(words[-1])


def _listed_end(value: str) -> bool:
    return V.opens_with_given_name(value) or _closes_with_surname(value)


def positional_names(sample: ValueSample) -> Score | None:
    """The evidence that ``sample`` is a column of whole names by the place of its words, ``None`` if it is not."""
    if sample.n_distinct < MIN_DISTINCT or not len(sample.counts):
        return None
    if float(sample.counts.mean()) > MAX_ROWS_PER_VALUE:
        return None
    shaped = sample.share(lambda v: 2 <= len(V.name_words(v)) <= 3 and V.is_name_shaped_any_case(v))
    if shaped < MIN_WORDS_SHARE:
        return None
    listed = sample.share(_listed_end)
    if listed < MIN_LISTED_END:
        return None
    split = [w for v in sample.values if len(w := V.name_words(v)) >= 2]
    opening = {w[0].casefold() for w in split}
    closing = {w[-1].casefold() for w in split}
    n = len(sample.values)
    if min(len(opening), len(closing)) < MIN_VOCABULARY * n:
        return None
    shared = len(opening & closing) / min(len(opening), len(closing))
    if shared > MAX_SHARED_WORDS:
        return None
    evidence = (
        f"{_pct(shaped)} two or three words, {_pct(listed)} open with a listed given name or close with a listed "
        f"surname, {len(opening)} opening and {len(closing)} closing words kept apart"
    )
    return Score(max(listed, 0.7 + 0.3 * listed), True, evidence)
