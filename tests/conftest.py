"""Shared fixtures: paths to the real datasets in ``../shared/data`` and small slices of them.

Tests read real data (never mocks of our own results) but keep it small: a slice is written into
``tmp_path`` so every test stays in the seconds range on a 2-core laptop.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pandas as pd
import pytest

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"

# Correct column types of the shared datasets (pbcseq grouped by `id`, cdnow by `customer_id`),
# used by the inference tests and by `run train --validate`.
INT, F, C, D, T, ID = "integer", "float", "categorical", "datetime", "text", "identifier"

ADULT = {
    "age": INT, "workclass": C, "fnlwgt": INT, "education": C, "education-num": INT, "marital-status": C,
    "occupation": C, "relationship": C, "race": C, "sex": C, "capital-gain": INT, "capital-loss": INT,
    "hours-per-week": INT, "native-country": C, "income": C,
}  # fmt: skip
WOMENS = {
    "Clothing ID": ID,  # an id-named integer repeated over reviews (235 distinct): rows per id are kept
    "Age": INT, "Title": T, "Review Text": T, "Rating": INT, "Recommended IND": INT,
    "Positive Feedback Count": INT, "Division Name": C, "Department Name": C, "Class Name": C,
}  # fmt: skip
PBCSEQ = {
    "id": ID, "futime": INT, "status": INT, "trt": INT, "age": F, "sex": C, "day": INT, "ascites": INT,
    "hepato": INT, "spiders": INT, "edema": F, "bili": F, "chol": INT, "albumin": F, "alk.phos": INT,
    "ast": F, "platelet": INT, "protime": F, "stage": INT,
}  # fmt: skip
CDNOW = {"customer_id": ID, "date": D, "number_of_cds": INT, "dollar_value": F}
LAHMAN = {
    "playerID": ID, "birthYear": INT, "birthMonth": INT, "birthDay": INT, "birthCountry": C,
    "birthState": C, "birthCity": C, "deathYear": INT, "deathMonth": INT, "deathDay": INT,
    "deathCountry": C, "deathState": C, "deathCity": C, "nameFirst": C, "nameLast": C,
    "nameGiven": C, "weight": INT, "height": INT, "bats": C, "throws": C, "debut": D, "finalGame": D,
    "retroID": ID, "bbrefID": ID,
}  # fmt: skip

EXPECTED_TYPES: dict[str, dict[str, str]] = {
    "adult.csv": ADULT,
    "womens_clothing_reviews.csv": WOMENS,
    "pbcseq_visits.csv": PBCSEQ,
    "cdnow_transactions.csv": CDNOW,
    "lahman_people.csv": LAHMAN,
}


@pytest.fixture(scope="session")
def expected_types() -> dict[str, dict[str, str]]:
    """``expected_types["adult.csv"]`` -> ``{column: type}`` as inference must find them."""
    return EXPECTED_TYPES


@pytest.fixture(autouse=True)
def _private_ledger(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """DP runs record spent epsilon in a ledger: keep it out of the user's home during tests."""
    monkeypatch.setenv("SAFE_SYNTHESIZER_LEDGER", str(tmp_path_factory.mktemp("ledger") / "ledger.json"))


@pytest.fixture(autouse=True)
def _detach_console_logging() -> Iterator[None]:
    """CLI tests run in-process: drop their console log handlers so later tests see clean output."""
    yield
    logger = logging.getLogger("safe_synthesizer")
    for handler in list(logger.handlers):
        if getattr(handler, "_safe_synthesizer_console", False):
            logger.removeHandler(handler)
    logger.propagate = True


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``<repo>/../shared/data``; skips the test when the datasets are not checked out."""
    if not (SHARED_DATA / "adult.csv").is_file():
        pytest.skip(f"shared datasets not found at {SHARED_DATA}")
    return SHARED_DATA


def read_raw(path: Path, nrows: int | None = None) -> pd.DataFrame:
    """A CSV as the user wrote it: every cell a string, no NA guessing (keeps '00123')."""
    return pd.read_csv(path, dtype=str, keep_default_na=False, nrows=nrows)


@pytest.fixture
def data_slice(shared_data: Path, tmp_path: Path) -> Callable[..., Path]:
    """``data_slice("adult.csv", 1500)`` writes the first 1500 rows (or all) into tmp_path.

    Cells are read as strings, so zero-padded codes and missing cells survive the copy.
    """

    def make(name: str, nrows: int | None = None, out_name: str | None = None) -> Path:
        target = tmp_path / (out_name or name)
        if nrows is None:
            target.write_bytes((shared_data / name).read_bytes())
        else:
            # pandas counts records, not lines: a quoted review may span several lines.
            read_raw(shared_data / name, nrows=nrows).to_csv(target, index=False)
        return target

    return make


CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
    "--disable-component-update", "--disable-sync", "--window-size=1400,1800",
)  # fmt: skip


@pytest.fixture
def browser() -> Iterator[object]:
    """Headless Chromium through Selenium, offline, with its console log kept (``get_log("browser")``).

    Needs the Debian packages ``chromium`` and ``chromium-driver`` (``.ci/run`` installs them);
    the test is skipped with that reason when they are missing.
    """
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    if binary is None or driver_path is None:
        pytest.skip("headless Chromium not installed (apt-get install chromium chromium-driver)")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    options.add_argument(f"--user-data-dir={profile}")
    options.binary_location = binary
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
