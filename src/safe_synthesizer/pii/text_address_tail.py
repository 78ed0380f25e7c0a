"""The rest of an address after a street line in free text: its postcode and town.

A street found in a note rarely ends the address: ``wohnhaft Käfergasse 1/2, 9993 Wörgl``,
``at 4825 Carter Center, Jacquelinetown 11491``, ``OF 7 KIERAN WALL, WENDYBERG G51 7GA``. Left alone,
the postcode and town survive next to a fake street and point back at the person (or the town is
taken for a person's name and gets a first name as its fake). Right after a street span, this module
reads the two layouts of the world's addresses:

- postcode, then town (most of Europe and Latin America): ``8094 Steyregg``, ``75011 Paris``,
  ``00-950 Warszawa``, ``1234 AB Utrecht``, ``LV-1050 Rīga``, ``A-8094 Steyregg``;
- town, then postcode (English-speaking countries): ``Wendyberg G51 7GA``, ``Springfield, IL 62704``,
  ``Lac-Provencher B4S 2S9``, ``New Soniaside 2910``.

The postcode becomes a ``postcode`` span and the town a ``city`` span, so they get the same fakes
as the row's postcode and town columns (one mapper serves columns and text). A bare number after a
street is no postcode unless a town word comes with it (``Käfergasse 1/2, 2019 moved``: "moved"
is not capitalised in a mixed-case note, so nothing is added).

Example::

    >>> from safe_synthesizer.pii.text_spans import TextSpan
    >>> text = "wohnhaft Käfergasse 1/2, 9993 Wörgl."
    >>> [(text[s.start:s.end], s.entity) for s in with_address_tails(text, [TextSpan(9, 23, "street_address", 0.9)])]
    [('Käfergasse 1/2', 'street_address'), ('9993', 'postcode'), ('Wörgl', 'city')]
"""

from __future__ import annotations

import re
from collections.abc import Collection

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.gazetteers import all_cities
from safe_synthesizer.pii.text_address_alone import lone_tail, split_code_at_end
from safe_synthesizer.pii.text_address_regions import region_end
from safe_synthesizer.pii.text_spans import TextSpan

# Joined town names take a hyphen or an en dash ("Hubli–Dharwad").
_WORD = r"[^\W\d_][^\W\d_'’.\-–]*(?:['’\-–][^\W\d_]+)*\.?"
# Small words inside town names: Sankt Veit an der Glan, Newcastle upon Tyne, Saint-Denis-de-la-Réunion.
_PARTICLES = frozenset({"an", "am", "im", "in", "bei", "der", "den", "la", "le", "les", "de", "del", "della", "di",
                        "do", "da", "dos", "das", "du", "en", "sur", "sous", "upon", "on", "y", "i", "e",
                        # Czech, Slovak and Slovene towns by a river or hill ("Týn nad Vltavou", "Kostelec na Hané").
                        "na", "nad", "pod", "pri", "ob"})  # fmt: skip
# Words of a note's labels and units that a number follows: "Room 2044", "Tel 12345", "2500 EUR" are
# no town and postcode.
_NOT_TOWN = frozenset({
    "tel", "tél", "tlf", "telefon", "phone", "ph", "mob", "mobile", "fax", "room", "rm", "ref", "no", "nr", "box",
    "flat", "apt", "suite", "unit", "floor", "gate", "seat", "code", "pin", "ext", "id", "case", "order", "invoice",
    "account", "acct", "contract", "eur", "usd", "gbp", "chf", "sek", "nok", "dkk", "pln", "czk", "huf", "kr", "km",
    "bus", "route", "line", "platform", "desk", "ward", "bed", "page", "step", "year", "years",
    # Unit words after a house number ("Los Aromos 96 Dpto. 577", "Picarte 66 Of. 39", "bte 22").
    "dpto", "depto", "of", "oficina", "piso", "apto", "bte", "boîte", "íbúð", "lgh", "whg", "app", "int", "torre",
})  # fmt: skip
_TOWN = rf"{_WORD}(?:[ \t]+{_WORD}){{0,4}}"
# Brazil's "55888-108", Portugal's "9526-037", Poland's "00-950", Czechia's "123 45", the Netherlands' "1234 AB",
# six digits (Russia, Romania, India), four or five elsewhere.
_POSTCODE_FIRST = (
    r"(?:[A-Z]{1,2}-)?(?:\d{2}-\d{3}|\d{5}-\d{3,4}|\d{4}-\d{3}|\d{3}[ \t]\d{2}|\d{4}[ \t]?[A-Z]{2}(?![^\W\d_])"
    r"|\d{4,7})(?![\d\-])"
)
# Iceland's three digits ("Hringbraut 9, 793 Selfoss"): only for a town that ends the field or sentence.
_SHORT_CODE = re.compile(
    r"[ \t]*,[ \t]*(?P<postcode>\d{3})[ \t]+(?P<town>[A-ZÀ-ÖØ-Þ][^\W\d_]{2,}(?:[ \t-][A-ZÀ-ÖØ-Þ][^\W\d_]+)?)"
)
_UK = r"[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}"
_CA = r"[A-Z]\d[A-Z][ \t]?\d[A-Z]\d"
_EIRCODE = r"[AC-FHKNPRTV-Y]\d{2}[ \t]?[AC-FHKNPRTV-Y\d]{4}"
# India's six-digit PIN after the town ("Tezpur 405247").
_POSTCODE_LAST = rf"(?:{_UK}|{_CA}|{_EIRCODE}|[A-Z]{{2}}-\d{{4,5}}|\d{{5}}(?:-\d{{4}})?|\d{{6}}|\d{{4}})"
# A comma and a line break in either order: a scanned form breaks lines before the comma ("… 9 bte 21\n, 8513").
# Forms typed by hand put a space before the comma ("Puerta 9 , 04301 Navarra"); a Hungarian house number
# keeps its dot before it ("út 144., 3464 Nagykanizsa").
_GAP = r"(?:\.(?=[ \t]*,))?(?:[ \t]*\n(?=[ \t]*,))?[ \t]*,?[ \t]*(?:\n[ \t]*)?"
# A Korean town: its administrative unit ends it, a particle may be glued after ("98898 횡성군입니다").
_HANGUL_TOWN = re.compile(
    r"[가-힣]{1,8}?(?:특별자치시|특별자치도|특별시|광역시|시|군|구|읍|면)(?:[ \t]+[가-힣]{1,8}?(?:시|군|구|읍|면))?"
)
_END = r"(?![\w\-/])"
_POSTCODE_THEN_TOWN = re.compile(rf"{_GAP}(?P<postcode>{_POSTCODE_FIRST})[ \t]+(?P<town>{_TOWN})")
_GAP_RE = re.compile(_GAP)
_TOWN_WORDS = re.compile(rf"{_WORD}(?:[ \t]+{_WORD}){{0,3}}")
_REGION_GAP = re.compile(r",?[ \t]+")
# A state's code between the town and the postcode ("Springfield, IL 62704", "Tezpur, MH 405247").
_REGION_CODE = re.compile(r"[A-Z]{2,3}(?![\w\-])")
_POSTCODE_AFTER = re.compile(rf",?[ \t]+(?P<postcode>{_POSTCODE_LAST}){_END}")
# A postcode the street pattern took for a house number after a comma ("avenue de Da Silva, 34406"): five
# digits, or four after the street's own number ("924, avenue Pineau, 2524").
_CODE_AT_END = re.compile(r"[ \t]*,[ \t]*(\d{5}|\d{4}|\d{5}-\d{3}|\d{4}-\d{3})$")
_REPLACEABLE = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME, E.CITY, E.STATE, E.POSTCODE})


def _town_words(town: str, cased: bool, closed: bool = False) -> int:
    """How many characters of ``town`` (words after a postcode) belong to the town's name.

    In a note written in mixed case the town's words are capitalised, one or two at a time (small
    particles between them), up to four when a delimiter closes them (``60124 San Marzano Oliveto;``:
    the field ends there); in an all lower-case or all capitals note only the first word is taken.
    """
    words = list(re.finditer(r"\S+", town))
    if not cased:
        return words[0].end()
    end, run = 0, 0
    for i, w in enumerate(words):
        word = w.group()
        if word[0].isupper():
            run += 1
            if run > (4 if closed else 2):  # "Wörgl Beklagte Frau": German nouns are capitalised too
                break
            end = w.end()
        elif word in _PARTICLES and any(
            later.group() not in _PARTICLES and later.group()[0].isupper() for later in words[i + 1 : i + 3]
        ):
            run = 0  # "Sankt Veit an der Glan", "Frankfurt am Main"
        else:
            break
        if word.endswith((".", ",")):
            break
    return end


def _plausible(postcode: str, town: list[str]) -> bool:
    """In a note all in lower case or all in capitals no capital marks the town: a bare number
    (``portkod 1234``, ``pin 4411``) then needs a listed town; a postcode with letters or a separator
    (``G51 7GA``, ``00-950``, ``1234 AB``) is telling enough by itself."""
    if not postcode.isdigit():
        return True
    return " ".join(town).strip(".,").lower() in all_cities()


def _is_label(words: list[str]) -> bool:
    return any(w.strip(".,:").lower() in _NOT_TOWN for w in words)


def _closed(text: str, end: int) -> bool:
    """The words before ``end`` are a whole field: a delimiter or the text's end follows them."""
    rest = text[end : end + 2].lstrip(" \t")
    return not rest or rest[0] in ",;|()[]{}\"'\n"


def _town_first(text: str, pos: int, cased: bool) -> list[tuple[int, int, str]] | None:
    """Town, maybe its region, then the postcode (``Emilyhaven, Victoria 0231``, ``Springfield, IL 62704``,
    ``Tezpur 405247``); or a town and a listed region alone (``Carpenterport, Alberta.``)."""
    m = _TOWN_WORDS.match(text, pos)
    if m is None:
        return None
    # The town went with the street line ("Apt. 948, South Johnport"): the region and postcode are left.
    if cased and (stop := region_end(text, pos)) is not None and (code := _POSTCODE_AFTER.match(text, stop)):
        return [(pos, stop, E.STATE), (*code.span("postcode"), E.POSTCODE)]
    words = list(re.finditer(r"\S+", m.group()))
    for k in range(len(words), 0, -1):
        town = [w.group() for w in words[:k]]
        if _is_label(town) or (cased and not all(w[0].isupper() or w in _PARTICLES for w in town)):
            continue
        # A full stop inside ends the sentence ("High Street, London. Total 2300 GBP"), unless it shortens a
        # word of the name ("St. Keithborough", "Mt. Eliza").
        if any(w.endswith(".") and len(w) > 4 for w in town[:-1]):
            continue
        town_end = pos + words[k - 1].end()
        pieces = [(pos, town_end - (text[town_end - 1] in ".,"), E.CITY)]
        after = town_end
        region = None
        if gap := _REGION_GAP.match(text, town_end):
            if (stop := region_end(text, gap.end())) is not None:
                region = (gap.end(), stop, E.STATE)
            elif abbr := _REGION_CODE.match(text, gap.end()):
                region = (gap.end(), abbr.end(), E.STATE)
        if region:
            after = region[1]
        code = _POSTCODE_AFTER.match(text, after)
        unit = re.match(r"[ \t]+([^\W\d_]+)", text[code.end() : code.end() + 12]) if code else None
        if unit and unit.group(1).lower() in _NOT_TOWN:  # an amount ("2300 GBP"), not a postcode
            code = None
        if code and (cased or _plausible(code.group("postcode"), town)):
            return [*pieces, *([region] if region else []), (*code.span("postcode"), E.POSTCODE)]
        named = region and region[1] - region[0] > 3 and text[town_end] == ","
        if named and (text[region[1] : region[1] + 1] == "." or (cased and _closed(text, region[1]))):
            return [*pieces, region]
    return None


def _country_after(text: str, end: int) -> tuple[int, int, str] | None:
    """A region or country written after the town (``75011 Paris, France``, ``44496 Ávila, Castilla y León``)."""
    gap = re.match(r",[ \t]*", text[end : end + 4])
    if gap is None:
        return None
    stop = region_end(text, end + gap.end())
    if stop is None or (
        stop < len(text) and (text[stop].isalnum() or text[stop : stop + 2].strip(" \t")[:1].isupper())
    ):
        return None
    return (end + gap.end(), stop, E.STATE)


def _tail(text: str, end: int) -> list[tuple[int, int, str]] | None:
    """The (start, end, entity) pieces of the address right after position ``end``: postcode, town, and the
    region or country, in either layout."""
    cased = any(ch.isupper() for ch in text) and any(ch.islower() for ch in text)
    gap = _GAP_RE.match(text, end)
    town_first = _town_first(text, gap.end(), cased) if gap else None
    if town_first:
        return town_first
    m = _POSTCODE_THEN_TOWN.match(text, end)
    if m and (korean := _HANGUL_TOWN.match(m.group("town"))):
        return [(*m.span("postcode"), E.POSTCODE), (m.start("town"), m.start("town") + korean.end(), E.CITY)]
    if m and re.fullmatch(r"\d{4}", m.group("postcode")) and re.match(r"[A-Z]{2}\b", m.group("town")):
        m = None  # a Dutch postcode's letters ("2822 YY, twee keer") are no town: the postcode alone is left
    if m:
        town_text = m.group("town")
        # The next label of a form ends the town ("8513 Wavre Téléphone: 0462").
        label = next(
            (w for w in re.finditer(r"\S+", town_text) if w.start() and text[m.start("town") + w.end() :][:1] == ":"),
            None,
        )
        town_text = town_text[: label.start()].rstrip() if label else town_text
        size = _town_words(town_text, cased, _closed(text, m.start("town") + len(town_text)))
        words = m.group("town")[:size].split()
        if size and not _is_label(words) and (cased or _plausible(m.group("postcode"), words)):
            town_end = m.start("town") + size
            if text[town_end - 1] in ".,":  # the sentence's full stop, not an abbreviation of the town
                town_end -= 1
            pieces = [(*m.span("postcode"), E.POSTCODE), (m.start("town"), town_end, E.CITY)]
            country = _country_after(text, town_end) if cased else None
            return [*pieces, country] if country else pieces
    m = _SHORT_CODE.match(text, end)
    if (
        m
        and cased
        and not _is_label([m.group("town")])
        and (_closed(text, m.end()) or text[m.end() : m.end() + 1] == ".")
    ):
        return [(*m.span("postcode"), E.POSTCODE), (*m.span("town"), E.CITY)]
    # A postcode alone or a town alone after the street ("Platz 1321, 18987.", "N° 347, Resistencia desde").
    return lone_tail(text, end, cased)


# Russian and Ukrainian addresses put the postcode and the settlement (its kind in lower case: "місто",
# "с.", "клх") before the street: "347726, с. Чегем, пер. Достоевского, д. 3".
_HEAD = re.compile(
    r"(?<![\w\-])(?P<postcode>\d{5,6}),[ \t]*(?:[^\W\d_A-ZА-ЯІЇЄҐЁ][^\W\d_]{0,7}\.?[ \t]+)?"
    r"(?P<town>[A-ZÀ-ÖØ-ÞА-ЯІЇЄҐЁ][^\W\d_]+(?:[ \-][A-ZÀ-ÖØ-ÞА-ЯІЇЄҐЁ][^\W\d_]+){0,2})"
    r"(?:[ \t]*\([^()\n]{1,20}\))?[ \t]*,[ \t]*$"
)


def _head(text: str, start: int) -> list[tuple[int, int, str]] | None:
    """The postcode and town written before a street (``07978, місто Житомир, набережна Сьома, буд. 2``)."""
    window = max(0, start - 80)
    m = _HEAD.search(text, window, start)
    if m is None:
        return None
    # The postcode opens a field or follows a preposition ("Address: 07978, ...", "at 979303, ..."); after
    # another word it is that word's number ("Invoice 12345, Paris, ...").
    before = text[: m.start()].rstrip(" \t")
    word = re.search(r"[^\W\d_]+$", before)
    if before and before[-1] not in ":|\"'([{,;\n" and not (word and len(word.group()) <= 3 and word.group().islower()):
        return None
    return [(*m.span("postcode"), E.POSTCODE), (*m.span("town"), E.CITY)]


def _split_code(text: str, street: TextSpan) -> tuple[int, list[tuple[int, int, str]] | None]:
    """(street end, tail) when the street span swallowed the postcode after a comma as its house number
    (``boulevard de Mahe, 14368 Girard-la-Forêt``): a five-digit number, or four digits after the street's
    own number, that a town follows is the postcode."""
    m = _CODE_AT_END.search(text, street.start, street.end)
    if m is None or m.end() != street.end:
        return street.end, None
    code = m.group(1)
    if len(code) == 4 and not any(ch.isdigit() for ch in text[street.start : m.start()]):
        return street.end, None
    tail = _tail(text, m.start())
    if tail and any(entity == E.POSTCODE and start == m.start(1) for start, _, entity in tail):
        return m.start(), tail
    return street.end, None


def _misread(text: str, span: TextSpan, start: int, stop: int, codes: list[tuple[int, int]]) -> bool:
    """A span the tail may take over: a street span inside it that starts with a word is the region and
    postcode read as a street name and number (``Western Australia 3182``; one that starts with a number is a
    street of its own), and any span inside the postcode is the code read as something else (Mexico's
    ``61450-3392`` as a phone number)."""
    if any(a <= span.start and span.end <= b for a, b in codes):
        return True
    return span.entity == E.STREET_ADDRESS and start <= span.start and span.end <= stop and text[span.start].isalpha()


def with_address_tails(
    text: str, spans: list[TextSpan], allowed: Collection[str] = (E.POSTCODE, E.CITY, E.STATE)
) -> list[TextSpan]:
    """``spans`` (resolved, sorted) plus ``postcode``, ``city`` and ``state`` spans after each street span.

    Name or place spans that the tail covers (a town read as a person) give way to it; any other
    span there (a phone number, an id) means the text after the street is not its address, and
    nothing is added. A piece whose entity is not ``allowed`` is left as the other spans had it.
    """
    if not any(s.entity == E.STREET_ADDRESS for s in spans):
        return spans
    out = list(spans)
    for street in spans:
        if street.entity != E.STREET_ADDRESS:
            continue
        street_end, tail = _split_code(text, street)
        if tail is None and (halved := split_code_at_end(text, street.start, street.end)):
            street_end, tail = halved[0], [(*halved[1], E.POSTCODE)]
        tail = (tail or _tail(text, street_end) or []) + (_head(text, street.start) or [])
        if not tail:
            continue
        start, stop = min(p[0] for p in tail), max(p[1] for p in tail)
        covered = [s for s in out if s.start < stop and s.end > start and s is not street]
        codes = [(a, b) for a, b, entity in tail if entity == E.POSTCODE]
        if any(s.entity not in _REPLACEABLE and not _misread(text, s, start, stop, codes) for s in covered):
            continue
        pieces = [p for p in tail if p[2] in allowed]
        covered = [s for s in covered if any(s.start < b and s.end > a for a, b, _ in pieces)]
        out = [s for s in out if s not in covered and s is not street]
        out.append(TextSpan(street.start, street_end, E.STREET_ADDRESS, street.score))
        out += [TextSpan(a, b, entity, street.score) for a, b, entity in pieces]
    return sorted(out, key=lambda s: (s.start, s.end))
