"""Column decisions wired in session 40."""

import pandas as pd

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import detect_column


def test_dotted_norwegian_numbers_are_phones_not_ip_addresses() -> None:
    values = ["41.76.32.53", "93.81.22.70", "48.20.11.95", "90.55.17.34", "46.12.89.31"]
    df = pd.DataFrame({"c015": values})
    det = detect_column(df["c015"], infer_schema(df)["c015"], entities=[E.PHONE_NUMBER, E.IP_ADDRESS])
    assert det is not None and det.entity == E.PHONE_NUMBER, det


def test_real_ip_addresses_stay_ip_addresses() -> None:
    values = ["192.168.1.20", "10.0.0.7", "172.16.254.1", "81.2.69.160", "203.0.113.5"]
    df = pd.DataFrame({"host": values})
    det = detect_column(df["host"], infer_schema(df)["host"], entities=[E.PHONE_NUMBER, E.IP_ADDRESS])
    assert det is not None and det.entity == E.IP_ADDRESS, det
