"""Name columns that hold the groups people belong to: a youth movement's sections, a club's age groups.

Why: a scout group's roster has a ``Section`` column (``Beavers``, ``Cubs``, ``Scouts``, ``Explorers``,
``Rainbows``, ``Brownies``, ``Guides``), and the name lists read six or seven of those plural words, repeated over
the rows, as given names: a false first-name column in eight tables of set 38 (seen), shown and hidden. A person's
given name is not a plural group word; a column whose few distinct values are mostly the names of a movement's
sections or a club's age groups (:data:`GROUP_WORDS`, in the languages the movements use) holds groups.

A column with many distinct values is a roster of people whatever a few of them are: :data:`MAX_DISTINCT`.

Example::

    group_section_columns(df, {"Section": det_first_name})  # ["Section"] for Cubs, Scouts, Beavers, Rainbows ...
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.cues import fold

__all__ = ["GROUP_WORDS", "group_section_columns", "is_group_word"]

#: Sections of the scout and guide movements and clubs' age groups, plural, accents folded: UK, US, Australia and
#: NZ (Joeys, Venturers), German, French, Dutch and Flemish, Italian, Spanish and Portuguese, Nordic.
GROUP_WORDS = frozenset(
    {
        "squirrels", "beavers", "cubs", "scouts", "explorers", "rainbows", "brownies", "guides", "rangers",
        "rovers", "venturers", "joeys", "keas", "webelos", "daisies", "cadettes", "ambassadors", "sea scouts",
        "cub scouts", "girl guides", "boy scouts", "senior section", "young leaders", "network",
        "juniors", "seniors", "minis", "colts", "cadets", "veterans", "tots", "tigers", "lions",
        "wolves", "bears", "pups", "seals",
        "biber", "wolflinge", "jungpfadfinder", "pfadfinder", "pfadis", "rover", "wichtel", "meuten",
        "farfadets", "louveteaux", "jeannettes", "pionniers", "caravelles", "compagnons", "eclaireurs",
        "eclaireuses", "lutins", "castors", "louvettes",
        "bevers", "welpen", "kabouters", "verkenners", "gidsen", "roverscouts", "kapoenen", "jonggivers",
        "givers", "jins", "akabe", "esploratori", "lupetti", "coccinelle", "scolte", "castorini",
        "lobatos", "castores", "pioneros", "rutas", "escultas", "exploradores", "lobitos", "caminantes",
        "lobinhos", "escoteiros", "seniores", "pioneiros", "sporare", "upptackare", "aventyrare", "utmanare",
        "ulvunger", "speidere", "ulveunger", "spejdere", "mikroer", "minier", "juniorer", "trop",
    }
)  # fmt: skip
MAX_DISTINCT = 15
MIN_SHARE = 0.6
MAX_ROWS = 2000
_PERSON = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})


def is_group_word(value: str) -> bool:
    """``value`` is a movement's section or a club's age group (``Cubs``, ``Louveteaux``, ``Under-12s`` no)."""
    return " ".join(fold(value).replace("-", " ").split()) in GROUP_WORDS


def group_section_columns(df: pd.DataFrame, found: Mapping[str, ColumnDetection | None]) -> list[str]:
    """The people columns of ``found`` with at most :data:`MAX_DISTINCT` distinct values (first :data:`MAX_ROWS`
    rows), at least :data:`MIN_SHARE` of them group words (:func:`is_group_word`)."""
    out = []
    for column, det in found.items():
        if det is None or det.entity not in _PERSON or column not in df.columns:
            continue
        values = {v.strip() for v in df[column].iloc[:MAX_ROWS].to_numpy() if isinstance(v, str) and v.strip()}
        if 0 < len(values) <= MAX_DISTINCT and sum(map(is_group_word, values)) >= MIN_SHARE * len(values):
            out.append(column)
    return out
