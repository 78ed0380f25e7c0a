import pytest

from safe_synthesizer.pii.name_change_headers import header_words, says_changed_surname


@pytest.mark.parametrize(
    "header",
    [
        "Maiden name", "maidenName", "MAIDEN_NM", "Birth surname", "Name before marriage", "Surname if different",
        "geb.", "Mädchenname", "Ehename", "Meisjesnaam", "nom de naissance", "Nom d'épouse", "Apellido de soltera",
        "Nome de casada", "Cognome da sposata", "Nazwisko panieńskie", "Kızlık soyadı", "Девичья фамилия", "旧姓",
        "Flicknamn", "Pigenavn", "Leánykori név",
    ],
)  # fmt: skip
def test_married_maiden_and_birth_name_headers_of_many_languages(header):
    assert says_changed_surname(header)


@pytest.mark.parametrize(
    "header",
    ["Name", "Last name", "Company name", "Date of birth", "Geburtsdatum", "Place of birth", "Nee?", "Spouse name",
     "Geboren op", "Old name", "OS", "Previous address", "Product name", "Nickname"],
)  # fmt: skip
def test_other_headers_are_not_read_as_changed_surnames(header):
    assert not says_changed_surname(header)


def test_header_words_split_camel_case_and_separators():
    assert header_words("u_maidenNameIfChanged") == "u maiden name if changed"
