"""Kazakh and Mongolian names in Cyrillic, which the per-country name lists of the column check do not hold.

Why: a parish roll of Almaty (``Forenames``: ``Мөлдір``, ``Асхат``, ``Нұржан``) or a studio in Ulaanbaatar
(``Last Name``: ``Сүхбаатар``, ``Энхтайван``: Mongolians file the father's given name as the "last name") lists no
value the column lists know, so even under a person header the column was left as written. Kazakh given names are a
closed list (:data:`text_name_kazakh.KAZAKH_GIVEN`); Mongolian given names are compounds of a few dozen elements
(``Бат-Эрдэнэ``, ``Ганзориг``: :func:`text_name_mongolian.mongolian_given`). Only a person header asks for them
(:mod:`column_person_evidence`): the header says person, these lists say the words are names.

Example::

    steppe_given_share(sample_of(["Мөлдір", "Асхат", "Сүхбаатар"]))  # 1.0
"""

from __future__ import annotations

import re

from safe_synthesizer.pii.column_sample import ValueSample
from safe_synthesizer.pii.text_name_kazakh import KAZAKH_GIVEN
from safe_synthesizer.pii.text_name_mongolian import mongolian_given

_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+")


def _steppe_given(value: str) -> bool:
    """Every Cyrillic word (hyphen parts apart) is a Kazakh listed or Mongolian compound given name."""
    words = _CYRILLIC_WORD.findall(value)
    return (
        bool(words)
        and len(words) == len(value.replace("-", " ").split())
        and all(w.lower() in KAZAKH_GIVEN or mongolian_given(w) > 0 for w in words)
    )


def steppe_given_share(sample: ValueSample) -> float:
    """Share of the sample's distinct values made only of Kazakh or Mongolian given names."""
    return sample.share(_steppe_given)
