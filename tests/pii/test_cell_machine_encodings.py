"""Cells undressed of machine encodings (directory DNs, contact cards, form/percent encoding, key/value pairs, markup,
escapes, quoted-printable, control separators) and fakes dressed back the same way."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.cell_machine_encodings import undress_encoded_cell


@pytest.mark.parametrize(
    ("cell", "inner", "fake", "dressed"),
    [
        ("CN=Olga Brandt,OU=Staff", "Olga Brandt", "Lena Fischer", "CN=Lena Fischer,OU=Staff"),
        ("cn=Brandt\\, Olga,ou=People,dc=ex,dc=org", "Brandt, Olga", "Fischer, Lena",
         "cn=Fischer\\, Lena,ou=People,dc=ex,dc=org"),
        ("displayName=정미숙;ou=Kunden", "정미숙", "김민수", "displayName=김민수;ou=Kunden"),
        ("givenName=Olga+sn=Brandt", "Brandt, Olga", "Fischer, Lena", "givenName=Lena+sn=Fischer"),
        ("N:Ter Horst;Sanne;;;", "Ter Horst, Sanne", "Fischer, Lena", "N:Fischer;Lena;;;"),
        ("FN;CHARSET=UTF-8:Olga Brandt", "Olga Brandt", "Lena Fischer", "FN;CHARSET=UTF-8:Lena Fischer"),
        ("Olga%20Brandt", "Olga Brandt", "Lena Fischer", "Lena%20Fischer"),
        ("Ren%C3%A9e+Fran%C3%A7ois", "Renée François", "Zoé Lemaître", "Zo%C3%A9+Lema%C3%AEtre"),
        ("ጸጋ%20ወልዱ", "ጸጋ ወልዱ", "ሰላም ኣብርሃ", "ሰላም%20ኣብርሃ"),
        ("Sanne+ter+Horst", "Sanne ter Horst", "Lena Fischer", "Lena+Fischer"),
        ('{"given": "Olga", "surname": "Brandt"}', "Brandt, Olga", "Fischer, Lena",
         '{"given": "Lena", "surname": "Fischer"}'),
        ("first_name=Olga&last_name=Brandt", "Brandt, Olga", "Fischer, Lena", "first_name=Lena&last_name=Fischer"),
        ('"owner": "Olga Brandt"', "Olga Brandt", "Lena Fischer", '"owner": "Lena Fischer"'),
        ("contactName=Olga Brandt", "Olga Brandt", "Lena Fischer", "contactName=Lena Fischer"),
        ("<i>Olga Brandt</i>", "Olga Brandt", "Lena Fischer", "<i>Lena Fischer</i>"),
        ("Ren&eacute;e Brandt", "Renée Brandt", "Zoé Brandt", "Zo&eacute; Brandt"),
        ("Ren\\u00e9e Brandt", "Renée Brandt", "Zoé Brandt", "Zo\\u00e9 Brandt"),
        ("Ren=C3=A9e Brandt", "Renée Brandt", "Zoé Brandt", "Zo=C3=A9 Brandt"),
        ("Brandt\tOlga", "Brandt, Olga", "Fischer, Lena", "Fischer\tLena"),
        ("Brandt\\tOlga", "Brandt, Olga", "Lena Fischer", "Fischer\\tLena"),
        ("CN=Olga%20Brandt,OU=Staff", "Olga Brandt", "Lena Fischer", "CN=Lena%20Fischer,OU=Staff"),
    ],
)  # fmt: skip
def test_dressed_cells_read_and_fakes_dressed_back(cell: str, inner: str, fake: str, dressed: str) -> None:
    found = undress_encoded_cell(cell)
    assert found is not None
    assert found.inner == inner
    assert found.dress(inner) == cell
    assert found.dress(fake) == dressed


@pytest.mark.parametrize(
    "cell",
    [
        "Olga Brandt", "Brandt, Olga", "https://shop.example/item%20blue", "C:\\temp\\report.txt", "50% off",
        "C++", "Note: call back tomorrow", "Total: 12", "a=b;c=d", "", "Mr. Smith; Mrs. Smith",
        "https://example.org/?q=1", "Lieferung: Montag",
    ],
)  # fmt: skip
def test_cells_without_machine_dress_are_left(cell: str) -> None:
    assert undress_encoded_cell(cell) is None


@pytest.mark.parametrize(
    ("cell", "inner", "fake", "dressed"),
    [
        ('="Olga Brandt"', "Olga Brandt", "Lena Fischer", '="Lena Fischer"'),
        ("N'Olga Brandt'", "Olga Brandt", "Lena Fischer", "N'Lena Fischer'"),
        ("«Olga Brandt»", "Olga Brandt", "Lena Fischer", "«Lena Fischer»"),
        ("„Olga Brandt“", "Olga Brandt", "Lena Fischer", "„Lena Fischer“"),
        ("=?UTF-8?Q?Ren=C3=A9e_Brandt?=", "Renée Brandt", "Zoé Roth", "=?UTF-8?Q?Zo=C3=A9_Roth?="),
        ("=?utf-8?B?UmVuw6llIEJyYW5kdA==?=", "Renée Brandt", "Renée Brandt", "=?utf-8?B?UmVuw6llIEJyYW5kdA==?="),
        ("𝐎𝐥𝐠𝐚 𝐁𝐫𝐚𝐧𝐝𝐭", "Olga Brandt", "Lena Roth", "𝐋𝐞𝐧𝐚 𝐑𝐨𝐭𝐡"),
        ("Ｏｌｇａ　Ｂｒａｎｄｔ", "Olga Brandt", "Lena Roth", "Ｌｅｎａ Ｒｏｔｈ"),
        ('<person givenName="Olga" sn="Brandt"/>', "Brandt, Olga", "Fischer, Lena",
         '<person givenName="Lena" sn="Fischer"/>'),
    ],
)  # fmt: skip
def test_literals_mail_words_styles_and_attributes(cell: str, inner: str, fake: str, dressed: str) -> None:
    found = undress_encoded_cell(cell)
    assert found is not None
    assert found.inner == inner
    assert found.dress(fake) == dressed


@pytest.mark.parametrize("cell", ["O'Neill", "D'Souza-Pereira", "'quoted' and more", "«Crew» list"])
def test_apostrophes_and_partial_quotes_are_no_literal(cell: str) -> None:
    assert undress_encoded_cell(cell) is None
