"""The serialisations' grammars (PHP ``serialize()``, PostgreSQL composites, iCalendar/vCard lines): opened into
fields and written back in the same grammar (PHP's lengths recounted in UTF-8 bytes)."""

from __future__ import annotations

from safe_synthesizer.pii.address_link_queries import read_link_query
from safe_synthesizer.pii.address_serialised_cells import is_serialised_cell, open_serialised

_PHP = 'a:3:{s:6:"street";s:9:"Henkweg 1";s:4:"town";s:9:"Eilenburg";s:8:"postcode";s:5:"42065";}'


def test_php_array_opened_by_keys_and_lengths_rewritten() -> None:
    box = open_serialised(_PHP)
    assert box is not None and box.kind == "php" and box.keyed
    assert box.fields == (("street", "Henkweg 1"), ("town", "Eilenburg"), ("postcode", "42065"))
    assert box.refill(["Lindenweg 12", "Görlitz", "02826"]) == (
        'a:3:{s:6:"street";s:12:"Lindenweg 12";s:4:"town";s:8:"Görlitz";s:8:"postcode";s:5:"02826";}'
    )
    assert box.refill([v for _, v in box.fields]) == _PHP


def test_php_lengths_count_bytes_of_any_script() -> None:
    cell = 'a:2:{s:6:"street";s:23:"বাসা নং ৬";s:4:"town";s:21:"গাজীপুর";}'
    box = open_serialised(cell)
    assert box is not None and box.fields[1] == ("town", "গাজীপুর")
    assert 's:12:"ঢাকা"' in box.refill(["বাসা নং ৬", "ঢাকা"])


def test_php_positional_and_nested_arrays() -> None:
    box = open_serialised('a:2:{i:0;s:9:"Henkweg 1";i:1;s:9:"Eilenburg";}')
    assert box is not None and not box.keyed and box.text == "Henkweg 1, Eilenburg"
    nested = open_serialised('a:1:{s:7:"address";a:2:{s:6:"street";s:4:"Hof1";s:4:"city";s:3:"Ulm";}}')
    assert nested is not None and nested.fields == (("street", "Hof1"), ("city", "Ulm"))


def test_postgres_composite_quoting_kept() -> None:
    cell = '("ул. Ключевская, 27",Гусиноозёрск,671160)'
    box = open_serialised(cell)
    assert box is not None and box.kind == "composite" and box.text == "ул. Ключевская, 27, Гусиноозёрск, 671160"
    assert box.refill([v for _, v in box.fields]) == cell
    assert box.rebuild("12 Elm Road, New York, 10001") == '("12 Elm Road","New York",10001)'
    assert open_serialised('("say ""hi""",Leeds)').fields[0] == (None, 'say "hi"')


def test_icalendar_escapes_read_and_written() -> None:
    box = open_serialised("LOCATION:Plot 35\\, Kenyatta Avenue\\, Nairobi\\, 00610")
    assert box is not None and box.text == "Plot 35, Kenyatta Avenue, Nairobi, 00610"
    assert box.rebuild("4 Elm Road, Leeds, LS1 4AB") == "LOCATION:4 Elm Road\\, Leeds\\, LS1 4AB"
    adr = open_serialised("ADR;TYPE=home:;;12 Elm Road;Leeds;;LS1 4AB;UK")
    assert adr is not None and adr.text == "12 Elm Road, Leeds, LS1 4AB, UK"
    assert adr.rebuild("4 Oak Lane, York, YO1 7HH, UK") == "ADR;TYPE=home:;;4 Oak Lane;York;;YO1 7HH;UK"


def test_no_grammar_no_reading() -> None:
    for cell in ("(see note, call later)", "NOTE: call him later", "Called {Ana} back", "12 Elm Road, Leeds",
                 "a:3:{broken", "https://example.com/x", "(Leeds)"):  # fmt: skip
        assert open_serialised(cell) is None, cell
    assert is_serialised_cell("{'street': '12 Elm Road', 'town': 'Leeds'}")
    assert not is_serialised_cell("Called {Ana} back about the boiler; she will ring on Friday.")


def test_link_query_opened_whatever_the_host() -> None:
    link = read_link_query("https://waze.com/ul?q=10%20Serangoon%20Road%20Singapore%20208409&navigate=yes")
    assert link is not None and link.address == "10 Serangoon Road Singapore 208409"
    assert link.rewrite("4 Elm Road") == "https://waze.com/ul?q=4%20Elm%20Road&navigate=yes"
    assert read_link_query("https://example.com/page?id=12") is None
