"""Export wrapping is split off the value a fake is drawn for."""

from __future__ import annotations

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.cell_wrapping import split_wrapping


def test_wrappings_of_each_entity() -> None:
    assert split_wrapping("mailto:jd@x.org", E.EMAIL) == ("mailto:", "jd@x.org", "")
    assert split_wrapping("MAILTO:JD@X.ORG", E.EMAIL) == ("MAILTO:", "JD@X.ORG", "")
    assert split_wrapping("VISA 4111 1111 1111 1111", E.CREDIT_DEBIT_CARD) == ("VISA ", "4111 1111 1111 1111", "")
    assert split_wrapping("IBAN DE89370400440532013000", E.IBAN) == ("IBAN ", "DE89370400440532013000", "")
    assert split_wrapping("SSN: 123-45-6789", E.SSN) == ("SSN: ", "123-45-6789", "")
    assert split_wrapping("'123-45-6789", E.SSN) == ("'", "123-45-6789", "")


def test_values_without_wrapping_are_whole() -> None:
    for value, entity in [("jd@x.org", E.EMAIL), ("4111 1111 1111 1111", E.CREDIT_DEBIT_CARD),
                          ("Maria Lopez", E.NAME), ("Visa Street 4", E.STREET_ADDRESS), ("mailto:", E.EMAIL),
                          ("DE89370400440532013000", E.IBAN)]:  # fmt: skip
        assert split_wrapping(value, entity) == ("", value, "")


def test_tails_a_fake_keeps() -> None:
    assert split_wrapping("447911123456.0", E.PHONE_NUMBER) == ("", "447911123456", ".0")
    assert split_wrapping("'123456789.0", E.NATIONAL_ID) == ("'", "123456789", ".0")
    assert split_wrapping("020 7946 0958 (home)", E.PHONE_NUMBER) == ("", "020 7946 0958", " (home)")
    assert split_wrapping("Maria Lopez (deceased)", E.NAME) == ("", "Maria Lopez", " (deceased)")
    assert split_wrapping("Lopez (née García)", E.LAST_NAME) == ("", "Lopez (née García)", "")  # a name inside
    assert split_wrapping("12.50", E.POSTCODE) == ("", "12.50", "")
