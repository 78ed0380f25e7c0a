"""Singapore and Malaysian names with a patronymic link: unlisted second given names, lower case (session 36)."""

from safe_synthesizer.pii.text_name_patronymic import patronymic_name_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in patronymic_name_spans(text)]


def test_unlisted_given_name_before_the_link() -> None:
    assert _found("parcel for Hidayah Aishah binte Raman, side door") == ["Hidayah Aishah binte Raman"]


def test_lower_case_links() -> None:
    assert _found("you: deepa d/o krishnan\nbot: thanks") == ["deepa d/o krishnan"]
    assert _found("deliver to siti farah binte kumar c/o reception") == ["siti farah binte kumar"]


def test_lower_case_bin_needs_listed_names() -> None:
    assert _found("put it in the bin liner today") == []
    assert _found("empty the bin ahmad said") == []


def test_lower_case_bin_with_malay_given_names() -> None:
    assert _found("deliver to hafiz haikal bin yusof c/o reception") == ["hafiz haikal bin yusof"]
