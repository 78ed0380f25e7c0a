"""IdentifierEncoder: new ids keep the layout the training ids share, never a training id."""

from __future__ import annotations

import re
import uuid

import numpy as np
import pandas as pd

from safe_synthesizer.models.builtin.codec import ExactStatistics, Protection
from safe_synthesizer.models.builtin.codec.generated import IdentifierEncoder, fixed_characters, hex_case_of


def _new_ids(values: list[str], n: int = 200) -> list[str]:
    encoder = IdentifierEncoder.fit("id", pd.Series(values), protection=Protection(), salt="00000000")
    return encoder.decode(np.zeros((n, 0), dtype=np.int64), np.random.default_rng(0)).tolist()


def test_a_shared_prefix_stays_literal() -> None:
    rng = np.random.default_rng(3159)
    training = [f"EMP-{v:05d}" for v in rng.integers(1, 99_999, 300)]
    made = _new_ids(training)
    # Old code: the prefix letters were drawn at random ('QXN-69765').
    assert all(v.startswith("EMP-") and len(v) == 9 for v in made)
    assert not set(made) & set(training) and len(set(made)) == len(made)


def test_stamp_like_ids_keep_their_separator_letters() -> None:
    training = [f"2024{m:02d}{d:02d}T{h:02d}X" for m in range(1, 13) for d in range(1, 28) for h in (1, 13)]
    made = _new_ids(training)
    assert all(v[8] == "T" and v[-1] == "X" and v.startswith("20") for v in made)


def test_shared_digits_are_kept_only_while_there_is_room() -> None:
    # 60 ids '00001'..'00060': one fixed zero leaves 10,000 ids (100 per value), two only 1,000.
    assert fixed_characters([f"{i:05d}" for i in range(1, 61)]) == [[0, "0"]]
    assert fixed_characters([f"{i:05d}" for i in range(1, 301)]) == []
    assert fixed_characters([f"{i:05d}" for i in range(1, 10)]) == []  # too few values to tell


def test_private_statistics_keep_no_literals() -> None:
    stats = ExactStatistics()
    stats.private = True  # type: ignore[misc]  # instance flag: the private code path
    values = pd.Series([f"EMP-{i:05d}" for i in range(300)])
    encoder = IdentifierEncoder.fit("id", values, protection=Protection(), salt="", stats=stats)
    assert encoder.literals == []


def test_hex_ids_stay_hexadecimal() -> None:
    # UUIDs and hex device ids: old code drew any letter ('976o-o92v') and took one id's shape.
    rng = np.random.default_rng(3126)
    uuids = [str(uuid.UUID(bytes=rng.bytes(16), version=4)) for _ in range(300)]
    made = _new_ids(uuids)
    assert all(re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}", v) for v in made)
    assert not set(made) & set(uuids)
    upper = _new_ids([f"{v:08X}" for v in rng.integers(0, 2**32, 300)])
    assert all(re.fullmatch(r"[0-9A-F]{8}", v) for v in upper)
    assert hex_case_of([f"EMP-{i:05d}" for i in range(300)]) == ""  # letters outside a-f
    assert hex_case_of([f"{i:08d}" for i in range(300)]) == ""  # digits only: decimal codes


def test_a_shared_hex_letter_prefix_is_not_a_hex_id() -> None:
    """Probe 5: pupil ids 'E76828' (one letter in six, a-f) were read as hex: new ids came out
    '658796' and 'B25857', shapes the column never writes."""
    rng = np.random.default_rng(9283)
    pupils = [f"E{v}" for v in rng.choice(np.arange(10000, 99999), 300, replace=False)]
    assert hex_case_of(pupils) == ""
    made = _new_ids(pupils)
    assert all(re.fullmatch(r"E\d{5}", v) for v in made)
    assert not set(made) & set(pupils)


def test_hex_ids_keep_their_decimal_positions_decimal() -> None:
    # Bank references: a date then six hex digits. Hex everywhere gave '202F33F82C7B20'.
    rng = np.random.default_rng(3141)
    days = pd.Timestamp("2023-01-01") + pd.to_timedelta(rng.integers(0, 700, 400), unit="D")
    refs = [f"{d:%Y%m%d}{v:06X}" for d, v in zip(days, rng.integers(0, 16**6, 400), strict=True)]
    made = _new_ids(refs)
    assert all(re.fullmatch(r"20\d{6}[0-9A-F]{6}", v) for v in made)


def test_random_mixed_case_ids_keep_their_prefix_and_length() -> None:
    """Probe 4: Qualtrics 'R_3fKx9...' ids (15 random letters and digits: every value its own
    shape) came back as 'A_3134074B9r66L5q', 'D_38...': one training value's shape, the 'R_' lost."""
    from safe_synthesizer.models.builtin.codec import Protection
    from safe_synthesizer.models.builtin.codec.generated import IdentifierEncoder

    rng = np.random.default_rng(9151)
    alnum = list("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    ids = pd.Series(["R_" + "".join(rng.choice(alnum, 15)) for _ in range(300)])
    enc = IdentifierEncoder.fit("ResponseId", ids, protection=Protection(), salt="s")
    out = enc.decode(np.zeros((300, 0), dtype=np.int64), np.random.default_rng(1))
    assert out.str.fullmatch(r"R_[A-Za-z0-9]{15}").all()
    assert not out.isin(set(ids)).any()
    # Letters and digits mix at each position, as in the input.
    assert out.str[2:].str.contains(r"\d").mean() > 0.9 and out.str[2:].str.contains("[a-z]").mean() > 0.9


def test_digit_ids_without_leading_zeros_get_none() -> None:
    """Probe 4: order numbers 100000-106000 (an id typed as text) came back '026667'."""
    from safe_synthesizer.models.builtin.codec import Protection
    from safe_synthesizer.models.builtin.codec.generated import IdentifierEncoder

    ids = pd.Series([str(100_000 + 3 * i) for i in range(2000)], dtype=object)
    enc = IdentifierEncoder.fit("Nº Pedido", ids, protection=Protection(), salt="s")
    out = enc.decode(np.zeros((1000, 0), dtype=np.int64), np.random.default_rng(2))
    assert not out.str.startswith("0").any() and out.str.fullmatch(r"\d{6}").all()
    padded = pd.Series([f"{i:05d}" for i in range(0, 4000, 2)], dtype=object)
    back = IdentifierEncoder.fit("code", padded, protection=Protection(), salt="s").decode(
        np.zeros((500, 0), dtype=np.int64), np.random.default_rng(3)
    )
    assert back.str.startswith("0").any()  # zero-padded ids stay so
