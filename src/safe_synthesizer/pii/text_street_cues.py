"""Street lines known by what surrounds them, not by a street word: an address cue before the street, or a
postcode and a town after it.

Many streets carry no street-type word at all: Croatian ``Jurjeve 1c``, ``Šestinski vrh 4a/1``, Slovenian
``Stegne 2b``, ``Pot do šole 033``, Slovak ``Bodvianska 6``, Czech ``Boční I 7``. Their layout is a name
(capitalised words, maybe a lower-case word or a Roman numeral) and a house number, which prose also has
("Verzija 2", "Tim 5"). Two things mark them as a street:

- an address cue before them: an address label (``adresa:``, ``naslov``, ``bydliště``), a street noun in any
  case (``u ulici``, ``v ulici``, ``na ulici``), where someone lives (``lives at``, ``stanujem u``,
  ``vivo en``, ``wohnhaft``) or a dwelling and its preposition (``stan u``, ``bytu na``, ``stanovanju na``);
- a postcode and a town after them, as a letter or form writes an address (``Jurjeve 1c, 10000 Zagreb``,
  ``Spolupráce 4 (123 45 Vimperk)``, ``Stegne 2b, 1000 Ljubljana``).

Example::

    cued_street_spans("Dobar dan, stanujem u ulici Šestinski vrh 4a/1, hvala.")  # [(28, 46, 'street_address')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E

__all__ = ["address_cue", "cued_street_spans"]

# Words that say a street follows. Each is an address label (with or without a colon), a street noun in the
# case prose uses before a street's name, a verb of living with its preposition, or a dwelling with its
# preposition; matched in any case ("Adresa:", "U ulici").
_CUE_WORDS = (
    # Where someone lives, English ("lives alone at", "nobody home at") is handled apart (see _ADDRESS_CUE).
    # Address labels of the Latin-script languages.
    "address", "adresse", "adresa", "adresas", "adres", "adress", "adresă", "dirección", "direccion", "domicilio",
    "endereço", "morada", "indirizzo", "anschrift", "bydliště", "bydlisko", "lakcím", "osoite", "naslov", "naslovu",
    "naslova", "prebivališče", "prebivalište", "boravište", "trvalý pobyt", "trvalé bydliště", "trvalé bydlisko",
    # Phrases of a move ("se stěhuje na adresu", "új címe", "yeni adresi", "nowy adres").
    "na adresu", "na adresi", "na adrese", "új címe", "új cím", "címe", "yeni adresi", "yeni adres", "adresine",
    "nová adresa", "novou adresu", "nova adresa", "novi adresa", "nowy adres", "neue adresse", "nouvelle adresse",
    "nueva dirección", "nuovo indirizzo", "nieuw adres", "new address", "ny adresse", "ny adress", "uusi osoite",
    # A street noun before the street's name ("u ulici Jurjeve 1c", "v ulici Boční I 7", "przy ulicy").
    "u ulici", "v ulici", "na ulici", "na ulicu", "v ulicah", "przy ulicy", "na ulicy", "ulica", "ulici", "ulice",
    "ulicy",
    # Where someone lives or is registered, with the preposition.
    "stanujem u", "stanuje u", "stanuju u", "živim u", "živim na", "živi u", "živi na", "živim v", "živi v",
    "bydlím v", "bydlím na", "bydlí v", "bydlí na", "bývam v", "bývam na", "býva v", "býva na", "bytem", "bytom",
    "sídlem", "sídlom", "gyvenu", "gyvena", "mieszkam przy", "mieszka przy", "mieszkam na", "mieszka na",
    "zamieszkały", "zamieszkała", "zamieszkały", "locuiesc pe", "locuiește pe", "domiciliat în", "domiciliată în",
    # Formal words of residence only: "vive en Monterrey 3 años", "bor i Oslo 3 år" name a town, not a street.
    "domiciliado en", "domiciliada en", "con domicilio en", "domiciliado na", "domiciliada na", "wohnhaft",
    "wohnhaft in", "wohne in der", "wohnt in der", "demeurant", "demeurant au", "domicilié", "domiciliée",
    "domicilié au", "domiciliée au", "woonachtig", "woonachtig aan", "woont aan de", "woon aan de",
    "domicilié(e)", "domicilié(e) au", "résidant", "résidant au", "résidente", "domiciliato in", "domiciliata in",
    "residente in", "residente a", "wonend", "wonend aan", "wonende", "wonende te", "wonende aan",
    # A flat or house and its preposition ("škoda v bytu na Hlavná 5", "u stanu u ulici", "v stanovanju na").
    "bytu na", "bytu v", "byte na", "byte v", "bytě na", "bytě v", "domu na", "dome na", "stanu u", "stanu na",
    "kući u", "kuće u", "stanovanju na", "stanovanje na", "hiši na", "hiše na",
    # Where a crew is or a sold item is picked up ("na mjestu", "vietoje", "preuzimanje", "odbiór").
    "na mjestu", "na místě", "na mieste", "na miejscu", "vietoje", "helyszín", "preuzimanje", "vyzdvihnutie",
    "vyzvednutí", "odbiór", "atsiimti", "átvétel",
)  # fmt: skip


def _alternation(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(set(words), key=len, reverse=True))


# "My new address is ...", "Mi nueva dirección es ...", "Ma nouvelle adresse est ...": the verb after the cue.
_COPULA = r"(?:[ \t]+(?:is|es|est|ist|è|é|er|är|jest|je|sera|será|will[ \t]+be))?"
# A form's street label, with its colon only ("Calle: Paulina Álvarez 106", "Gata: Álfheimar 179"): without
# the colon these words open a street line of their own ("Calle Mayor 5") or are prose ("the street 5").
_STREET_LABELS = (
    "street", "calle", "rue", "rua", "via", "straße", "strasse", "straat", "gata", "gatan", "gade", "gate", "katu",
    "gatvė", "iela", "tänav", "utca", "sokak", "cadde", "ulice",
)  # fmt: skip
# The day a new address holds from, between the cue and its colon ("Change of address from 30.11.2025: Imaneq
# 23", "new address as of 1 May 2025:", "neue Adresse ab 01.05.2025:"): a notice of a move, dated.
_DATE = (
    r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.?[ \t][^\W\d_]{3,10}\.?[ \t]\d{4}"
    r"|[A-Z][a-z]{2,8}[ \t]\d{1,2},?[ \t]\d{4})"
)
_DATED = (
    r"(?:[ \t]+(?i:from|as[ \t]+of|as[ \t]+from|since|effective|with[ \t]+effect[ \t]+from|ab|seit|dès|à[ \t]+partir"
    rf"[ \t]+du|desde|dal|vanaf|per|fra|från|od)[ \t]+{_DATE}[ \t]*(?=:))?"
)
_ADDRESS_CUE = (
    rf"(?:(?<![\w\-])(?i:{'|'.join(_STREET_LABELS)})[ \t]*:"
    r"|\b(?i:lives?|living|home|resides?|residing|staying|stays)\b(?:[ \t]+[a-z]+){0,2}?[ \t]+(?:at|on)"
    rf"|(?<![\w\-])(?i:{_alternation(_CUE_WORDS)})(?![\w\-]){_DATED}{_COPULA}(?:[ \t]*[:\-–])?)[ \t]+"
)


def address_cue() -> str:
    """The regex of an address cue and the space after it (labels, dated move notices, where someone lives), for
    the rules of other scripts."""
    return _ADDRESS_CUE


# A postcode ("10000", "1000", "123 45", "00-950", "1234 AB", "1000-001", "01310-000") and a town after a
# street; a currency or a unit is no town ("12, 2000 EUR", "5, 1000 Kč").
# A bare four-digit code shaped like a year is left out ("Version 2, 2019 Edition"), though it costs the
# few real ones (2000 Maribor) the rule without a cue.
_POSTCODE = (
    r"(?:\d{5}-\d{3}|\d{4}-\d{3}|\d{2}-\d{3}|\d{3}[ \t]\d{2}|\d{4}[ \t]?[A-Z]{2}(?![\w])|\d{5}"
    r"|\d{6,7}|(?!(?:19|20)\d\d)\d{4})(?!\d)"
)
_NOT_TOWN = (
    "eur", "euro", "euros", "usd", "dollars", "kč", "czk", "kn", "hrk", "ft", "huf", "lei", "ron", "lev", "leva",
    "bgn", "zł", "pln", "sek", "nok", "dkk", "chf", "gbp", "km", "kg", "mb", "gb", "kb", "rpm", "kwh", "mwh",
)  # fmt: skip


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(street after an address cue, street before a postcode and a town, street before a flat's number)."""
    from safe_synthesizer.pii import text_streets as T

    units = _alternation(T.UNITS)
    prefix = (
        rf"(?:(?i:{_alternation(T.PREFIXES)})|{_alternation(T.CAPITALISED_PREFIXES + T._faker_prefixes())}"
        rf"|(?i:{_alternation(T.DOTTED_PREFIXES)})\.)"
    )
    name = (
        rf"(?:{T._PARTICLE}\s*){{0,2}}{T._CAP}"
        rf"(?:[ \t]+(?:{T._PARTICLE}[ \t]*){{0,2}}(?!(?i:{units})\b){T._CAP}){{0,3}}"
    )
    # Capitalised words, then lower-case words may end the name ("Radnički dol 6a", "Pot do šole 033") or a
    # comma and a lower-case word may join its parts ("Rožna dolina, cesta III 7c"), a one-letter preposition
    # only before another lower-case word ("Pot v hribec 5c"), then capitalised words
    # or a regnal number ("Perivoj biskupa Stjepana II. 7b"). "lives at Level 3" is no street.
    lower = r"[a-zß-öø-ÿā-ž]{2,14}"
    words = (
        rf"(?:{T._PARTICLE}[ \t]*){{0,2}}(?!(?i:{units})\b){T._CAP}(?:[ \t]+(?:{T._PARTICLE}[ \t]+)?{T._CAP}){{0,3}}"
        rf"(?:,?[ \t]+(?:{lower}|[a-zčšž](?=[ \t]+[a-zß-ž]))){{0,3}}(?:[ \t]+(?:{T._CAP}|[IVX]{{1,4}}\.)){{0,2}}"
    )
    # The unit parts after the house ("des Wallons 157 bte 37", "Los Aromos 96 Dpto. 577", "Picarte 66 Of. 39").
    tail = rf"(?:[ \t]*,?[ \t]*{T.unit_regex()}){{0,3}}"
    number = rf"{T._NUMBER}(?:[ \t]\d{{3}}(?![\d/.:]))?\b{tail}"
    # Portuguese "lives in the" only before a street type ("Mora na Travessa da Paz"): "mora no Rio 5 anos" is
    # a town and a duration.
    lives = r"(?i:mora|moro|moram|reside|residente|vive)[ \t]+(?i:na|no|em)[ \t]+"
    cued = re.compile(
        rf"{_ADDRESS_CUE}(?P<street>{words},?[ \t]+{number}|{prefix}[ \t]+{name})"
        rf"|(?<!\w){lives}(?P<typed>{prefix}[ \t]+{name})"
    )
    # Before a postcode and a town: the name's words stay on one line and hold no comma of their own;
    # no capitalised word follows a lower-case one ("Pošljite na Jurjeve 1c": the verb is no street).
    # No month or weekday starts it ("since March 2020, 1500 Patients"), no year is its house number.
    plain = (
        rf"(?<![\w\-.])(?!(?i:{units}|{_alternation(T._CALENDAR)})\b)"
        rf"{T._CAP}(?:[ \t]+(?:{T._PARTICLE}[ \t]+)?{T._CAP}){{0,3}}(?:[ \t]+{lower}){{0,2}}"
    )
    town = r"[A-ZÀ-ÖØ-ÝĀ-Ž][a-zß-öø-ÿā-ž]{2,}"
    placed = re.compile(
        rf"(?P<street>{plain}[ \t]+(?!(?:19|20)\d\d\b){T._NUMBER}{tail})(?:,[ \t]*|[ \t]*\([ \t]*)"
        rf"(?:[A-Z]{{1,2}}-)?{_POSTCODE}[ \t]+"
        rf"(?!(?i:{'|'.join(_NOT_TOWN)})\b){town}"
    )
    # A name and a house number with a flat or office after it ("to Las Araucarias 7141 Of. 9712", "Los Aromos
    # 96 Dpto. 577"): these unit words are written in addresses only (not "Room", "Gate", "Suite").
    flat = (
        r"(?:(?i:dpto|depto|departamento|apto|bte|boîte|íbúð|wohnung|whg|lgh|appartamento|interno|piso)\.?|[Oo]f\.)"
        r"[ \t]*\d{1,4}[A-Za-z]?(?![\w/])"
    )
    flatted = re.compile(
        rf"(?<![\w\-.])(?P<street>(?!(?i:{units}|{_alternation(T._CALENDAR)})\b){name}[ \t]+"
        rf"(?!(?:19|20)\d\d\b){T._NUMBER}[ \t]*,?[ \t]*{flat}{tail})"
    )
    return cued, placed, flatted


# A Belgian letter box after the house number ("de la Station 157 bte 10", "DES TANNEURS 4 BTE 18",
# "saint-gilles 124 bte 5"): "bte"/"boîte" is written in addresses only, so it marks the words before the
# number as a street in any case, back to a function word of the sentence ("got out from").
_W = r"[^\W\d_][^\W\d_'’\-]*(?:[\-'’][^\W\d_]+)*"
_BOXED = re.compile(
    rf"(?<![\w\-'’])(?P<name>(?:{_W}[ \t]+){{0,4}}{_W})[ \t]+\d{{1,5}}[A-Za-z]?[ \t]*,?[ \t]+"
    r"(?i:bte|boîte)\.?[ \t]*\d{1,4}[A-Za-z]?(?![\w])"
)


def _boxed_spans(text: str) -> list[tuple[int, int, str]]:
    from safe_synthesizer.pii.text_street_caseless import _PARTICLES, _stop_words

    stops = _stop_words()
    out = []
    for m in _BOXED.finditer(text):
        words = list(re.finditer(r"\S+", m.group("name")))
        keep = len(words)
        capitalised = False
        for i in range(len(words) - 1, -1, -1):
            raw = words[i].group()
            word = raw.lower()
            if word in _PARTICLES or re.match(r"[dl]['’]", word):
                if keep == i + 1:
                    keep = i  # particles before the name belong to it ("de la Station")
                continue
            # A lower-case word before a capitalised name is the sentence's ("habite Léopold 93 bte 32").
            if word in stops or word in _NOT_TOWN or (capitalised and raw.islower()):
                break
            capitalised = capitalised or not raw.islower()
            keep = i
        core = [w.group().lower() for w in words[keep:]]
        if keep < len(words) and core[-1] not in _PARTICLES and any(w not in _PARTICLES for w in core):
            out.append((m.start("name") + words[keep].start(), m.end(), E.STREET_ADDRESS))
    return out


def cued_street_spans(text: str) -> list[tuple[int, int, str]]:
    """Streets after an address cue or before a postcode and a town (see the module)."""
    if " " not in text:
        return []
    cued, placed, flatted = _patterns()
    lowered = text.lower()
    out = _boxed_spans(text) if "bte" in lowered or "boîte" in lowered else []
    for pattern in (cued, placed, flatted) if any(ch.isdigit() for ch in text) else (cued,):
        for m in pattern.finditer(text):
            group = "street" if pattern is not cued or m.group("street") is not None else "typed"
            start, end = m.start(group), m.end(group)
            while end > start and text[end - 1] in ",. ":
                end -= 1
            out.append((start, end, E.STREET_ADDRESS))
    return out
