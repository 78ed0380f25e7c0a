"""Held-out set 48: four of the eight export shapes (a sheepdog trial's entries, a conker championship's draw, a dry
stone walling course's bookings, a village scarecrow festival's trail), and what every shape shares: a column
(``col``), headers in the table's language, cells of a person, set 48's address cells.

A shape is called with the table's context (``ctx``: locale, header language ``hl``, note language ``lg``,
``random.Random``, row count ``n``, ``draw`` of a person from the table's pool, who come back) and returns its
columns and, per row, the row's main person and the others a note may name. Labels are exact: a column of people
is labelled with what it holds, staff "don't care", and things named after people or places (sheepdogs ``Old
Hemp``, ``Wiston Cap``, ``Moss``, ``Queenie``, ``Sir Winston``; farms ``Lady Well Farm``, ``Bryn Mawr``; conkers
``Old Tom``, ``King Conker``, ``The Iron Duke``, ``Lady Muck``; trees from ``Lady Margaret's Walk``; walling styles
``Galloway dyke``, ``Cornish hedge``, stones ``Collyweston``, ``Hamstone``, hammers ``Estwing``; scarecrows
``Worzel Gummidge``, ``Aunt Sally``, ``Dolly Parton``, ``Mrs Doubtfire``, ``Captain Birdseye``, ``Paddington``) are
``None``: no personal data; run numbers, trail numbers and ISDS numbers are no personal data.

Address cells of set 48 (one cell): the parts separated by semicolons (``12 Elm Road; Leeds; LS1 4AB``), the
postcode in brackets at the end (``12 Elm Road, Leeds (LS1 4AB)``), the town first with a colon (``Leeds: 12 Elm
Road, LS1 4AB``), a JSON object (``{"street": "12 Elm Road", "city": "Leeds", "zip": "LS1 4AB"}``), the street in
capitals (``12 ELM ROAD, Leeds LS1 4AB``) and en dashes between the parts (``12 Elm Road – Leeds – LS1 4AB``)
besides the locale's own whole address.
"""

from __future__ import annotations

import random
import types

import heldout43_rows as r43
import heldout47_rows as r47
import heldout48_language as language
import heldout48_people as P

_LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "da", "cs", "nb", "mi")
_HEADER_TEXT = """
handler: Handler | Hundeführer/in | Conducteur | Guía | Conduttore | Geleider | Condutor | Fører | Psovod | Fører |
    Kaiārahi kurī
trainee: Trainee | Kursteilnehmer/in | Stagiaire | Alumno | Corsista | Cursist | Formando | Kursist |
    Účastník kurzu | Kursdeltaker | Ākonga
maker: Made by | Gebaut von | Créé par | Hecho por | Realizzato da | Gemaakt door | Feito por | Lavet af | Vyrobil |
    Laget av | Nā wai i hanga
hirer: Hirer | Mieter/in | Locataire | Arrendatario | Noleggiatore | Huurder | Locatário | Lejer | Nájemce |
    Leietaker | Kaireti
attendee: Attendee | Teilnehmer/in | Participant | Asistente | Partecipante | Deelnemer | Participante | Deltager |
    Účastník | Deltaker | Tangata tae mai
memorial: In memory of | Im Gedenken an | En mémoire de | En memoria de | In memoria di | Ter nagedachtenis aan |
    Em memória de | Til minde om | Na památku | Til minne om | Hei maumaharatanga ki
manager: Farm manager | Betriebsleiter/in | Chef d'exploitation | Encargado | Fattore | Bedrijfsleider | Capataz |
    Driftsleder | Správce | Driftsleder | Kaiwhakahaere
with_whom: Booked with | Gebucht mit | Réservé avec | Reservado con | Prenotato con | Geboekt met | Reservado com |
    Booket med | Rezervováno s | Booket med | I tāpuia me
"""
HEADERS = {**r47.HEADERS, **r43.parse_headers(_HEADER_TEXT)}
ADDRESS_FORMS = ("semicolons", "pc_bracket_end", "town_colon", "json_addr", "street_upper", "en_dashes")


def header(key: str, hl: str) -> str:
    """A column's header in the table's header language (English where the language has none)."""
    row = HEADERS[key]
    return row[_LANGS.index(hl)] if hl in _LANGS and _LANGS.index(hl) < len(row) else row[0]


col = r43.col
maybe = r43.maybe
shape_out = r43.shape_out


def name_forms(rng: random.Random, pool: tuple[str, ...] = P.COLUMN_FORMS) -> list[str]:
    """The one or two name forms a column of a table mixes (the plain form often among them)."""
    forms = rng.sample(pool, 2)
    return forms if rng.random() < 0.6 else ["full", forms[0]]


def layouts(rng: random.Random, k: int = 3) -> list[str]:
    """One to ``k - 1`` of set 48's phone layouts, and one of the usual ones."""
    out = rng.sample(P.PHONE_LAYOUTS, rng.randint(1, k - 1))
    return [*out, rng.choice(("national", "intl", "national"))]


def date_layouts(rng: random.Random) -> list[str]:
    """The one or two layouts of a table's birth dates."""
    return rng.sample(language.DATE_LAYOUTS, rng.choice((1, 1, 2)))


def event_layout(rng: random.Random) -> str:
    """The layout of a table's other dates (set 48's, not the age one)."""
    return rng.choice([x for x in language.DATE_LAYOUTS if x != "age_semicolon"])


def name_of(p, ctx, forms: list[str], of: str = "") -> str:
    """A person's cell in one of the column's forms."""
    return P.name_cell(p, ctx.rng.choice(forms), ctx.hl, ctx.rng, of)


def staff(ctx, k: int = 3) -> list[str]:
    """The first names staff sign with: "don't care"."""
    return [ctx.draw().first for _ in range(k)]


def address_cell(p, form: str) -> str:
    """The address in one cell in one of set 48's forms (or the locale's own)."""
    parts = [x for x in (p.street, p.town, p.postcode) if x]
    tail = " ".join(x for x in (p.town, p.postcode) if x)
    if form == "semicolons":
        return "; ".join(parts)
    if form == "pc_bracket_end" and p.postcode and p.town:
        return f"{p.street}, {p.town} ({p.postcode})"
    if form == "town_colon" and p.town:
        return f"{p.town}: " + ", ".join(x for x in (p.street, p.postcode) if x)
    if form == "json_addr":
        keys = (("street", p.street), ("city", p.town), ("zip", p.postcode))
        return "{" + ", ".join(f'"{k}": "{v}"' for k, v in keys if v) + "}"
    if form == "street_upper" and tail:
        return f"{p.street.upper()}, {tail}"
    if form == "en_dashes":
        return " – ".join(parts)
    return p.address


def address_cols(ctx, rows: list, whole: bool, key: str = "address") -> list:
    """The address as one cell (the locale's own or one of set 48's forms) or as street, postcode and town."""
    if whole:
        form = ctx.rng.choice(("own", "own", *ADDRESS_FORMS))
        return [col(header(key, ctx.hl), [address_cell(p, form) for p in rows], P.ADDRESS)]
    cols = [col(header("street", ctx.hl), [p.street for p in rows], P.STREET)]
    if any(p.postcode for p in rows):
        cols.append(col(header("postcode", ctx.hl), [p.postcode for p in rows], P.POSTCODE))
    cols.append(col(header("town", ctx.hl), [p.town for p in rows], P.CITY))
    return cols


def juniors(ctx, share: float) -> tuple[list, list, list]:
    """Per row a parent, whether the row is a junior's, and the row's person (a junior named after the parent as
    the place does it: ``heldout48_people.child_of``)."""
    parents = [ctx.draw() for _ in range(ctx.n)]
    kids = [ctx.rng.random() < share for _ in range(ctx.n)]
    rows = [P.child_of(ctx.draw(child=True), par) if k else par for par, k in zip(parents, kids, strict=True)]
    return parents, kids, rows


def sheepdog(ctx) -> types.SimpleNamespace:
    """A sheepdog trial's entries: the run number, the class, the handler (one or two forms; young handlers with
    their birth date and a parent), phone, e-mail, the dog and its ISDS number, the farm (named after people and
    places: no personal data), the address (parts or one cell), the points, the judge ("don't care")."""
    rng = ctx.rng
    parents, kids, rows = juniors(ctx, 0.15)
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = date_layouts(rng)
    dogs = ("Moss", "Jess", "Old Hemp", "Wiston Cap", "Nell", "Queenie", "Sir Winston", "Roy", "Gyp", "Bess")
    farms = ("Lady Well Farm", "Bryn Mawr", "High Riggs", "Nelson's Pasture", "Kitchener's Hill", "Mill House Farm")
    cols = [
        col("Run", [str(i + 1) for i in range(ctx.n)], None),
        col("Class", [rng.choice(("Open", "Novice", "Nursery", "Brace", "Young handler")) for _ in rows], None),
        col(header("handler", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("dob", ctx.hl), [P.dob_cell(p, ctx.locale, dl, rng) if k else ""
                                    for p, k in zip(rows, kids, strict=True)], P.DOB),
        col(header("guardian", ctx.hl), [name_of(par, ctx, ["full", "rel_for"], p.first) if k else ""
                                         for par, p, k in zip(parents, rows, kids, strict=True)], P.NAME),
        col(header("phone", ctx.hl), [P.phone_cell(par, rng, lay, ctx.lg, 0.5) for par in parents], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.5, par.email) for par in parents], P.EMAIL),
        col("Dog", [rng.choice(dogs) for _ in rows], None),
        col("ISDS", [str(rng.randint(300000, 399999)) for _ in rows], None),
        col("Farm", [rng.choice(farms) for _ in rows], None),
        *address_cols(ctx, parents, rng.random() < 0.5),
        col("Points", [str(rng.randint(0, 110)) for _ in rows], None),
        col("Judge", [rng.choice(staff(ctx, 1)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[par] if k else [] for par, k in zip(parents, kids, strict=True)]
    return shape_out(cols, rows, others, "sheepdog")


def conker(ctx) -> types.SimpleNamespace:
    """A conker championship's draw: the round and the bout, the competitor (one or two forms; juniors with their
    birth date and a parent), the conker's name and the tree it came from (named after people and places: no
    personal data), phone, e-mail, an emergency contact and their phone (another person, mostly empty), the
    result, the umpire ("don't care")."""
    rng = ctx.rng
    parents, kids, rows = juniors(ctx, 0.4)
    emerg = [ctx.draw() for _ in rows]
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = date_layouts(rng)
    conkers = ("Old Tom", "King Conker", "The Iron Duke", "Lady Muck", "Big Bertha", "Nelson", "")
    trees = ("Lady Margaret's Walk", "Ashton village green", "Vicarage lane", "King George's Field")
    em_cells = [maybe(rng, 0.2, name_of(e, ctx, ["full", "xml_elem", "initials_sq"])) for e in emerg]
    cols = [
        col("Round", [str(rng.randint(1, 6)) for _ in rows], None),
        col("Bout", [f"{rng.choice('ABCD')}{rng.randint(1, 32)}" for _ in rows], None),
        col(header("competitor", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("dob", ctx.hl), [P.dob_cell(p, ctx.locale, dl, rng) if k else ""
                                    for p, k in zip(rows, kids, strict=True)], P.DOB),
        col(header("guardian", ctx.hl), [name_of(par, ctx, ["full", "rel_for", "json_obj"], p.first) if k else ""
                                         for par, p, k in zip(parents, rows, kids, strict=True)], P.NAME),
        col("Conker", [rng.choice(conkers) for _ in rows], None),
        col("Tree", [rng.choice(trees) for _ in rows], None),
        col(header("phone", ctx.hl), [P.phone_cell(par, rng, lay, ctx.lg, 0.3) for par in parents], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.4, par.email) for par in parents], P.EMAIL),
        col(header("emergency", ctx.hl), em_cells, P.NAME),
        col(header("emergency_phone", ctx.hl), [P.phone_cell(e, rng, lay, ctx.lg) if c else ""
                                                for e, c in zip(emerg, em_cells, strict=True)], P.PHONE),
        col("Result", [rng.choice(("won", "lost", "bye", "smashed", "disqualified (baked)")) for _ in rows], None),
        col("Umpire", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [([par] if k else []) + ([e] if c else []) for par, k, e, c in zip(parents, kids, emerg, em_cells, strict=True)]  # noqa: E501
    return shape_out(cols, rows, others, "conker")


def drystone(ctx) -> types.SimpleNamespace:
    """A dry stone walling course's bookings: the course date and style, the trainee (one or two forms), phone,
    e-mail, the trainee's birth date (mostly empty: for the insurance), the address (one cell, mostly empty), the
    stone and the hammer hired (named after people and places: no personal data), an emergency contact (another
    person, mostly empty), the diet, the tutor ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    emerg = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = date_layouts(rng)
    el = event_layout(rng)
    styles = ("Galloway dyke", "Cornish hedge", "Cotswold coping", "Herringbone", "Pennine through-stones")
    stones = ("Yorkstone", "Collyweston", "Purbeck", "Hamstone", "Caithness flag")
    hammers = ("Estwing 2lb", "Stanley club hammer", "Thor mallet", "own")
    em_cells = [maybe(rng, 0.25, name_of(e, ctx, ["full", "member_no", "hashtag"])) for e in emerg]
    form = rng.choice(("own", *ADDRESS_FORMS))
    cols = [
        col(header("date", ctx.hl), [language.future(rng, ctx.locale, el, 150) for _ in rows], None),
        col("Course", [rng.choice(styles) for _ in rows], None),
        col(header("trainee", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("mobile", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.2) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.8, p.email) for p in rows], P.EMAIL),
        col(header("dob", ctx.hl), [maybe(rng, 0.25, P.dob_cell(p, ctx.locale, dl, rng)) for p in rows], P.DOB),
        col(header("address", ctx.hl), [maybe(rng, 0.2, address_cell(p, form)) for p in rows], P.ADDRESS),
        col("Stone", [rng.choice(stones) for _ in rows], None),
        col("Hammer", [rng.choice(hammers) for _ in rows], None),
        col(header("emergency", ctx.hl), em_cells, P.NAME),
        col("Diet", [rng.choice(("", "", "veggie", "vegan", "no nuts", "GF")) for _ in rows], None),
        col("Tutor", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[e] if c else [] for e, c in zip(emerg, em_cells, strict=True)]
    return shape_out(cols, rows, others, "drystone")


def scarecrow(ctx) -> types.SimpleNamespace:
    """A village scarecrow festival's trail: the number on the trail map, the scarecrow's title (named after people
    and characters: no personal data), the maker (one or two forms; junior makers with their birth date and a
    parent), the street it stands in (the maker's) and the postcode, phone, e-mail, the votes, the judge ("don't
    care")."""
    rng = ctx.rng
    parents, kids, rows = juniors(ctx, 0.3)
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = date_layouts(rng)
    titles = ("Worzel Gummidge", "Aunt Sally", "Dolly Parton", "Mrs Doubtfire", "Captain Birdseye", "Paddington",
              "Wallace and Gromit", "Elvis", "The Queen's Guard", "Lord of the Rings")  # fmt: skip
    cols = [
        col("Trail no.", [str(i + 1) for i in range(ctx.n)], None),
        col("Scarecrow", [rng.choice(titles) for _ in rows], None),
        col(header("maker", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("dob", ctx.hl), [P.dob_cell(p, ctx.locale, dl, rng) if k else ""
                                    for p, k in zip(rows, kids, strict=True)], P.DOB),
        col(header("guardian", ctx.hl), [name_of(par, ctx, ["full", "rel_for", "domain_user"], p.first) if k else ""
                                         for par, p, k in zip(parents, rows, kids, strict=True)], P.NAME),
        col(header("street", ctx.hl), [par.street for par in parents], P.STREET),
        *([col(header("postcode", ctx.hl), [maybe(rng, 0.5, par.postcode) for par in parents], P.POSTCODE)]
          if any(par.postcode for par in parents) else []),
        col(header("phone", ctx.hl), [maybe(rng, 0.7, P.phone_cell(par, rng, lay, ctx.lg, 0.5)) for par in parents],
            P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.3, par.email) for par in parents], P.EMAIL),
        col("Votes", [str(rng.randint(0, 400)) for _ in rows], None),
        col("Judge", [rng.choice(staff(ctx, 1)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[par] if k else [] for par, k in zip(parents, kids, strict=True)]
    return shape_out(cols, rows, others, "scarecrow")
