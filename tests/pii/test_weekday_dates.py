"""Long dates naming their weekday (``Thursday, 5 March 1942``, ``Di., 9. März 1954``, ``1953年3月28日(土)``):
read as dates in birth-date columns (names shown and hidden), and faked in their own layout and language with the
weekday recomputed for the fake date (session 43)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pandas as pd
import pytest

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.formats import shift_date_string
from safe_synthesizer.pii.replace import plan_columns
from safe_synthesizer.pii.weekday_dates import core_dates, weekday_date

# A spreadsheet's long-date layout per language: (weekdays Monday..Sunday, months, layout).
LONG = {
    "en_GB": (
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
        "January February March April May June July August September October November December",
        "{w}, {d} {m} {y}",
    ),
    "de_AT": (
        "Mo. Di. Mi. Do. Fr. Sa. So.",
        "Jänner Februar März April Mai Juni Juli August September Oktober November Dezember",
        "{w}, {d}. {m} {y}",
    ),
    "es_AR": (
        "lunes martes miércoles jueves viernes sábado domingo",
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
        "{w}, {d} de {m} de {y}",
    ),
    "sv_SE": (
        "måndag tisdag onsdag torsdag fredag lördag söndag",
        "januari februari mars april maj juni juli augusti september oktober november december",
        "{w} {d} {m} {y}",
    ),
    "pl_PL": (
        "poniedziałek wtorek środa czwartek piątek sobota niedziela",
        "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
        "{w}, {d} {m} {y}",
    ),
    "ja_JP": ("月 火 水 木 金 土 日", " ".join(f"{i}" for i in range(1, 13)), "{y}年{m}月{d}日({w})"),
}


def _long(d: date, locale: str) -> str:
    weekdays, months, layout = LONG[locale]
    return layout.format(w=weekdays.split()[d.weekday()], d=d.day, m=months.split()[d.month - 1], y=d.year)


def _staff(locale: str, seed: int, n: int) -> pd.DataFrame:
    """An HR export: birth dates in the long layout (a third written numerically), hire dates of the last decade
    on working days in the same long layout."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        born = date(2004, 12, 31) - timedelta(days=rng.randint(0, 60 * 365))
        hired = date(2026, 6, 30) - timedelta(days=rng.randint(30, 9 * 365))
        while hired.weekday() >= 5:
            hired -= timedelta(days=1)
        birth = _long(born, locale) if rng.random() < 0.7 else f"{born.day:02d}.{born.month:02d}.{born.year}"
        rows.append({"Staff no": f"P{1000 + i}", "Born": birth, "Started": _long(hired, locale),
                     "Team": rng.choice(["Ops", "Sales", "IT"])})  # fmt: skip
    return pd.DataFrame(rows)


def _plans(df: pd.DataFrame, hidden: bool) -> dict[str, str | None]:
    frame = df.copy()
    if hidden:
        frame.columns = [f"c{i:03d}" for i in range(len(df.columns))]
    found = {p.column: p.entity for p in plan_columns(frame, infer_schema(frame), ReplacePiiParameters(), seed=0)}
    return {name: found.get(col) for name, col in zip(df.columns, frame.columns, strict=True)}


@pytest.mark.parametrize("locale", sorted(LONG))
@pytest.mark.parametrize("hidden", [False, True])
def test_long_birth_dates_are_found_and_hire_dates_are_not(locale: str, hidden: bool) -> None:
    df = _staff(locale, seed=4307, n=45)
    if not hidden:
        df = df.rename(columns={"Born": "Date of birth"})
    plans = _plans(df, hidden)
    assert plans["Date of birth" if not hidden else "Born"] == "date_of_birth"
    assert plans["Started"] in (None, "free_text")  # text, scanned for spans: no birth-date column


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Thursday, 5 March 1942", date(1942, 3, 5)),
        ("Thursday, March 5, 1942", date(1942, 3, 5)),
        ("Di., 9. März 1954", date(1954, 3, 9)),
        ("torsdag den 5. marts 1942", date(1942, 3, 5)),
        ("1942. március 5., csütörtök", date(1942, 3, 5)),
        ("5 Mart 1942 Perşembe", date(1942, 3, 5)),
        ("четверг, 5 марта 1942 г.", date(1942, 3, 5)),
        ("1942年3月5日木曜日", date(1942, 3, 5)),
        ("1942년 3월 5일 목요일", date(1942, 3, 5)),
        ("Sat 03/04/1943", date(1943, 4, 3)),  # the weekday tells the order: 3 April 1943 was a Saturday
    ],
)
def test_weekday_agrees_with_its_date(cell: str, expected: date) -> None:
    found = weekday_date(cell)
    assert found is not None and found.agrees and found.date == expected


def test_a_weekday_that_disagrees_is_no_long_date() -> None:
    assert not weekday_date("Monday, 5 March 1942").agrees  # a Thursday
    assert weekday_date("Monday 5 apples") is None
    assert weekday_date("Monday") is None


@pytest.mark.parametrize(
    "cell",
    [
        "Thursday, 5 March 1942",
        "So., 24. Jan. 1971",
        "Mo., 5. Sep. 1949",
        "jueves, 13 de mayo de 2004",
        "giovedì 5 marzo 1942",
        "1942. március 5., csütörtök",
        "четверг, 5 марта 1942 г.",
        "1953年3月28日(土)",
        "1942년 3월 5일 목요일",
        "Sat 03/04/1943",
        "DONDERDAG 5 MAART 1942",
    ],
)
@pytest.mark.parametrize("days", [-40, 3, 75])
def test_fake_keeps_the_layout_and_recomputes_the_weekday(cell: str, days: int) -> None:
    fake = shift_date_string(cell, days)
    assert fake is not None and fake != cell
    old, new = weekday_date(cell), weekday_date(fake)
    assert new is not None and new.agrees, fake
    assert new.date == old.date + timedelta(days=days)
    assert new.form.lang == old.form.lang and new.form.form == old.form.form
    assert (new.word.isupper(), new.word[:1].isupper()) == (old.word.isupper(), old.word[:1].isupper())


def test_month_is_written_in_the_weekday_language() -> None:
    # ``marzo`` is Spanish and Italian: the Italian weekday says which, so April is ``aprile``, not ``abril``.
    assert shift_date_string("giovedì 5 marzo 1942", 40) == "martedì 14 aprile 1942"
    # A German abbreviation: as many letters of the new month, no dot where the whole name is written.
    assert shift_date_string("So., 24. Jan. 1971", 40) == "Fr., 5. März 1971"
    assert shift_date_string("Mo., 5. Sep. 1949", 40) == "Sa., 15. Okt. 1949"


def test_kanji_date_keeps_its_padding() -> None:
    assert shift_date_string("1953年3月28日", 40) == "1953年5月7日"
    assert shift_date_string("1955年01月17日", 30) == "1955年02月16日"
    assert core_dates("1953年3月28日") == [date(1953, 3, 28)]


def test_names_cut_short_with_a_dot() -> None:
    # A tool that cuts every weekday and month name to three letters (Dutch ``din.`` for dinsdag, ``maa.`` for maart).
    found = weekday_date("din. 16 maa. 1976")
    assert found is not None and found.agrees and found.date == date(1976, 3, 16)
    assert shift_date_string("din. 16 maa. 1976", 20) == "maa. 5 apr. 1976"
    assert weekday_date("Ref. 16/03/1976") is None


def test_abbreviated_month_tells_the_language() -> None:
    # ``dom.`` is Sunday in Spanish, Italian and Portuguese; ``lug.`` (luglio) is only Italian.
    assert shift_date_string("dom. 13 lug. 1975", 33) == "ven. 15 ago. 1975"
