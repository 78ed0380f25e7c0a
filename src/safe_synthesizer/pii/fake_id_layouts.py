"""Fake national ids of the layout schemes (:mod:`column_id_layouts`) that pass the scheme again.

Why: replacing ids by scrambling every character writes ``XQB-712345678-1`` for a Ghana Card, a Maltese
id card with a letter no card has, a Saudi id with a wrong Luhn digit or a Sri Lankan NIC whose day of the
year does not exist: the output no longer looks like the country's ids, and a check in the consumer's
system rejects it. Here a fresh id of the same scheme is made (a new birth date, serial and check digit;
the fixed parts kept: ``GHA``, ``784``, the Maltese letter, the citizen/resident digit) and poured into
the original's written layout (its separators, letter case and padding).

Example::

    fake_layout_ids(["GHA-712345678-1", "gha 700000001 2"], np.random.default_rng(0))
    # ['GHA-3...-.', 'gha 4... .']  (new digits, same layout, Ghana's letters)
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import numpy as np

from safe_synthesizer.pii.column_id_layouts import layout_id_schemes, luhn_ok

# Probe this many originals for a scheme before making fakes one by one.
_PROBE = 20
_CYRILLIC = "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯ"


def _digits(rng: np.random.Generator, n: int) -> str:
    return "".join(str(d) for d in rng.integers(0, 10, n))


def _birth(rng: np.random.Generator) -> date:
    return date(1940, 1, 1) + timedelta(days=int(rng.integers(0, 365 * 65)))


def _with_luhn(body: str) -> str:
    return next(body + str(d) for d in range(10) if luhn_ok(body + str(d)))


def _ghana(compact: str, rng: np.random.Generator) -> str:
    return "GHA" + _digits(rng, 10)


def _malta(compact: str, rng: np.random.Generator) -> str:
    width = len(compact) - 1
    # Zero-padded to seven digits on the card: a padded original gets a padded fake.
    number = int(rng.integers(1, 10 ** (width - 1) if compact[0] == "0" else 10**width))
    return f"{number:0{width}d}" + compact[-1]


def _sri_lanka(compact: str, rng: np.random.Generator) -> str:
    born = _birth(rng)
    doy = born.timetuple().tm_yday + (500 if int(rng.integers(0, 2)) else 0)
    if compact[-1] in "VX":
        return f"{born.year % 100:02d}{doy:03d}{_digits(rng, 4)}{compact[-1]}"
    return f"{born.year}{doy:03d}0{_digits(rng, 4)}"


def _saudi(compact: str, rng: np.random.Generator) -> str:
    return _with_luhn(compact[0] + _digits(rng, 8))


def _emirates(compact: str, rng: np.random.Generator) -> str:
    return _with_luhn(f"784{_birth(rng).year}{_digits(rng, 7)}")


def _kazakh(compact: str, rng: np.random.Generator) -> str:
    while True:
        born = _birth(rng)
        century = (3 if born.year < 2000 else 5) + int(rng.integers(0, 2))
        body = [int(d) for d in born.strftime("%y%m%d") + str(century) + _digits(rng, 4)]
        check = sum(d * w for d, w in zip(body, range(1, 12), strict=True)) % 11
        if check == 10:
            check = sum(d * w for d, w in zip(body, (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2), strict=True)) % 11
        if check < 10:
            return "".join(map(str, body)) + str(check)


def _mongolia(compact: str, rng: np.random.Generator) -> str:
    born = _birth(rng)
    month = born.month + (20 if born.year >= 2000 else 0)
    letters = "".join(_CYRILLIC[int(i)] for i in rng.integers(0, len(_CYRILLIC), 2))
    return f"{letters}{born.year % 100:02d}{month:02d}{born.day:02d}{_digits(rng, 2)}"


def _jmbg(compact: str, rng: np.random.Generator) -> str:
    weights = (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    while True:
        born = _birth(rng)
        body = born.strftime("%d%m") + f"{born.year % 1000:03d}" + compact[7:9] + _digits(rng, 3)
        rest = 11 - sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11
        if rest != 10:
            return body + str(0 if rest == 11 else rest)


def _honduras(compact: str, rng: np.random.Generator) -> str:
    # The original's department and municipality are kept (a place, not the person); year and serial are new.
    return compact[:4] + str(_birth(rng).year) + _digits(rng, 5)


_MAKERS: dict[str, Callable[[str, np.random.Generator], str]] = {
    "gh.card": _ghana, "mt.id": _malta, "lk.nic": _sri_lanka, "sa.id": _saudi, "ae.eid": _emirates,
    "kz.iin": _kazakh, "mn.rd": _mongolia, "ba.jmbg": _jmbg, "hn.dni": _honduras,
}  # fmt: skip


_REDRAWS = 8  # draws for a fake that passes exactly the original's schemes, no other by chance


def _pour(fresh: str, original: str) -> str:
    """``fresh``'s characters in ``original``'s letter and digit places (separators, case, blanks kept)."""
    chars = iter(fresh)
    out = []
    for ch in original:
        if ch.isalnum():
            new = next(chars, "")
            out.append(new.lower() if ch.islower() else new)
        else:
            out.append(ch)
    return "".join(out)


def fake_layout_id(original: str, rng: np.random.Generator) -> str | None:
    """A fresh id of the layout scheme ``original`` passes, written as ``original`` is; ``None`` if none."""
    schemes = [s for s in layout_id_schemes(original) if s in _MAKERS]
    if not schemes:
        return None
    compact = "".join(ch for ch in original.strip().upper() if ch.isalnum())
    wanted = layout_id_schemes(original)
    for _ in range(_REDRAWS):
        fresh = _MAKERS[schemes[0]](compact, rng)
        if len(fresh) != len(compact):
            return None
        fake = _pour(fresh, original)
        # A Saudi id that also passes the NHS check by chance (one in eleven) reads as another column type.
        if layout_id_schemes(fake) == wanted:
            break
    return fake


def fake_layout_ids(originals: list[str], rng: np.random.Generator) -> list[str | None]:
    """:func:`fake_layout_id` of each value; all ``None`` at once when the first values pass no scheme
    (a column of other ids pays for a few checks only)."""
    if not any(layout_id_schemes(v) for v in originals[:_PROBE]):
        return [None] * len(originals)
    return [fake_layout_id(v, rng) for v in originals]
