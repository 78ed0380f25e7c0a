"""Held-out set 49: four of the eight export shapes (a chimney sweep's bookings, a swimming lessons waiting list, a
farrier's round, a pottery kiln's firing log), and what every shape shares: a column (``col``), headers in the
table's language, cells of a person, set 49's address cells.

A shape is called with the table's context (``ctx``: locale, header language ``hl``, note language ``lg``,
``random.Random``, row count ``n``, ``draw`` of a person from the table's pool, who come back) and returns its
columns and, per row, the row's main person and the others a note may name. Labels are exact: a column of people
is labelled with what it holds, staff "don't care", and things named after people or places (stoves ``Jøtul F
100``, ``Morsø 1410``, ``Charnwood Island``, ``Esse``, ``Aga``; pools ``Victoria Baths``, ``Jubilee Pool``,
``Ponds Forge``; badges ``Duckling``, ``Rainbow``; horses ``Red Rum``, ``Desert Orchid``, ``Mr Frisk``, ``Lady
Jane``, ``Captain Jack``; equine practices ``Rossdales``, ``Donnington Grove``; clays ``Valentine's Earthstone``,
``Audrey Blackman porcelain``, ``Potclays Buff``; glazes ``Leach cream``, ``Tenmoku``, ``Shino``) are ``None``: no
personal data; certificate, waiting-list and firing numbers are no personal data.

Address cells of set 49 (one cell): the parts separated by pipes (``12 Elm Road | Leeds | LS1 4AB``), XML elements
(``<street>12 Elm Road</street><city>Leeds</city><postcode>LS1 4AB</postcode>``), a URL query string
(``street=12+Elm+Road&city=Leeds&zip=LS1+4AB``), a breadcrumb from the country down (``GB › Leeds LS1 4AB › 12 Elm
Road``), the postcode after the table's word for it (``12 Elm Road, Leeds, postcode LS1 4AB``, ``PLZ``, ``CP``,
``CAP``, ``PSČ``) and the whole address in lower case besides the locale's own whole address.
"""

from __future__ import annotations

import random
import types
import urllib.parse

import heldout43_rows as r43
import heldout48_rows as r48
import heldout49_language as language
import heldout49_people as P

_LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "da", "cs", "nb", "mi")
_HEADER_TEXT = """
swimmer: Swimmer | Schwimmer/in | Nageur | Nadador/a | Nuotatore | Zwemmer | Nadador | Svømmer | Plavec | Svømmer |
    Kaukau
potter: Potter | Töpfer/in | Potier | Alfarero/a | Vasaio | Pottenbakker | Oleiro | Pottemager | Keramik | Pottemaker |
    Kaihanga uku
curler: Curler | Curler/in | Curleur | Jugador/a | Giocatore | Curler | Jogador | Curler | Hráč | Curler | Kaitākaro
dancer: Dancer | Tänzer/in | Danseur | Bailarín/a | Ballerino | Danser | Bailarino | Danser | Tanečník | Danser |
    Kaikanikani
passenger: Passenger | Passagier/in | Passager | Pasajero/a | Passeggero | Passagier | Passageiro | Passager |
    Cestující | Passasjer | Kaieke
knitter: Knitter | Strickerin | Tricoteuse | Tejedora | Magliaia | Breister | Tricotadeira | Strikker | Pletařka |
    Strikker | Kaiwhatu
yard_manager: Yard manager | Stallmeister/in | Responsable écurie | Encargado cuadra | Responsabile scuderia |
    Stalmeester | Responsável | Staldmester | Správce stáje | Stallmester | Kaiwhakahaere
next_of_kin: Next of kin | Angehörige/r | Proche à prévenir | Familiar | Familiare | Naaste familie | Familiar |
    Pårørende | Příbuzný | Pårørende | Whanaunga
next_of_kin_phone: NOK phone | Tel. Angehörige | Tél. proche | Tel. familiar | Tel. familiare | Tel. familie |
    Tel. familiar | Tlf. pårørende | Tel. příbuzný | Tlf. pårørende | Waea whanaunga
yard: Yard address | Stalladresse | Adresse de l'écurie | Dirección cuadra | Indirizzo scuderia | Adres stal |
    Morada coudelaria | Staldadresse | Adresa stáje | Stalladresse | Wāhitau
keyholder_phone: Keyholder tel | Tel. Schlüssel | Tél. clés | Tel. llaves | Tel. chiavi | Tel. sleutel | Tel. chaves |
    Tlf. nøgler | Tel. klíče | Tlf. nøkler | Waea kī
"""
HEADERS = {**r48.HEADERS, **r43.parse_headers(_HEADER_TEXT)}
ADDRESS_FORMS = ("pipes", "xml_addr", "qs_addr", "breadcrumb", "pc_word", "lower_all")
_PC_WORD = {"en": "postcode", "de": "PLZ", "fr": "CP", "es": "C.P.", "it": "CAP", "nl": "postcode", "pt": "CP",
            "da": "postnr.", "cs": "PSČ", "nb": "postnr."}  # fmt: skip


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
    """One to ``k - 1`` of set 49's phone layouts, and one of the usual ones."""
    out = rng.sample(P.PHONE_LAYOUTS, rng.randint(1, k - 1))
    return [*out, rng.choice(("national", "intl", "national"))]


def date_layouts(rng: random.Random) -> list[str]:
    """The one or two layouts of a table's birth dates."""
    return rng.sample(language.DATE_LAYOUTS, rng.choice((1, 1, 2)))


def event_layout(rng: random.Random) -> str:
    """The layout of a table's other dates (set 49's, not the age nor the birth-time one)."""
    return rng.choice([x for x in language.DATE_LAYOUTS if x not in ("age_bracket", "with_time", "epoch")])


def name_of(p, ctx, forms: list[str], of: str = "") -> str:
    """A person's cell in one of the column's forms."""
    return P.name_cell(p, ctx.rng.choice(forms), ctx.hl, ctx.rng, of)


def staff(ctx, k: int = 3) -> list[str]:
    """The first names staff sign with: "don't care"."""
    return [ctx.draw().first for _ in range(k)]


def address_cell(p, form: str, hl: str = "en") -> str:
    """The address in one cell in one of set 49's forms (or the locale's own)."""
    parts = [x for x in (p.street, p.town, p.postcode) if x]
    if form == "pipes":
        return " | ".join(parts)
    if form == "xml_addr":
        keys = (("street", p.street), ("city", p.town), ("postcode", p.postcode))
        return "".join(f"<{k}>{v}</{k}>" for k, v in keys if v)
    if form == "qs_addr":
        keys = (("street", p.street), ("city", p.town), ("zip", p.postcode))
        return "&".join(f"{k}={urllib.parse.quote_plus(v)}" for k, v in keys if v)
    if form == "breadcrumb" and p.town:
        tail = " ".join(x for x in (p.town, p.postcode) if x)
        return f"{language.region(p.locale)} › {tail} › {p.street}"
    if form == "pc_word" and p.postcode and p.town:
        word = "ZIP" if p.locale.endswith(("_US", "_GU")) else _PC_WORD.get(P._wl(hl), "postcode")
        return f"{p.street}, {p.town}, {word} {p.postcode}"
    if form == "lower_all":
        return p.address.lower()
    return p.address


def address_cols(ctx, rows: list, whole: bool, key: str = "address") -> list:
    """The address as one cell (the locale's own or one of set 49's forms) or as street, postcode and town."""
    if whole:
        form = ctx.rng.choice(("own", "own", *ADDRESS_FORMS))
        return [col(header(key, ctx.hl), [address_cell(p, form, ctx.hl) for p in rows], P.ADDRESS)]
    cols = [col(header("street", ctx.hl), [p.street for p in rows], P.STREET)]
    if any(p.postcode for p in rows):
        cols.append(col(header("postcode", ctx.hl), [p.postcode for p in rows], P.POSTCODE))
    cols.append(col(header("town", ctx.hl), [p.town for p in rows], P.CITY))
    return cols


def juniors(ctx, share: float) -> tuple[list, list, list]:
    """Per row a parent, whether the row is a junior's, and the row's person (a junior named after the parent as
    the place does it: ``heldout49_people.child_of``)."""
    parents = [ctx.draw() for _ in range(ctx.n)]
    kids = [ctx.rng.random() < share for _ in range(ctx.n)]
    rows = [P.child_of(ctx.draw(child=True), par) if k else par for par, k in zip(parents, kids, strict=True)]
    return parents, kids, rows


def sweep(ctx) -> types.SimpleNamespace:
    """A chimney sweep's bookings: the date, the customer (one or two forms), phone, e-mail, the address (parts or
    one cell), the appliance (stoves named after makers and places: no personal data), the flue, the certificate
    number, a keyholder and their phone (another person, mostly empty), the sweep ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    keyh = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    el = event_layout(rng)
    stoves = ("Jøtul F 100", "Morsø 1410", "Charnwood Island", "Esse 100", "Aga", "Stovax Riva", "Clearview Pioneer",
              "open fire")  # fmt: skip
    kh_cells = [maybe(rng, 0.2, name_of(k, ctx, ["full", "check_mark", "role_bracket"])) for k in keyh]
    cols = [
        col(header("date", ctx.hl), [language.future(rng, ctx.locale, el, 60) for _ in rows], None),
        col(header("customer", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.4) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.6, p.email) for p in rows], P.EMAIL),
        *address_cols(ctx, rows, rng.random() < 0.5),
        col("Appliance", [rng.choice(stoves) for _ in rows], None),
        col("Flue", [rng.choice(("clay liner", "steel liner", "masonry", "twin wall")) for _ in rows], None),
        col("Cert no.", [f"CS{rng.randint(10000, 99999)}" for _ in rows], None),
        col(header("keyholder", ctx.hl), kh_cells, P.NAME),
        col(header("keyholder_phone", ctx.hl), [P.phone_cell(k, rng, lay, ctx.lg) if c else ""
                                                for k, c in zip(keyh, kh_cells, strict=True)], P.PHONE),
        col("Sweep", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[k] if c else [] for k, c in zip(keyh, kh_cells, strict=True)]
    return shape_out(cols, rows, others, "sweep")


def swimlessons(ctx) -> types.SimpleNamespace:
    """A swimming lessons waiting list: the list number, the swimmer (one or two forms; most are children with their
    birth date and a parent), the parent's phone and e-mail, the stage and badge, the pool (named after people and
    places: no personal data), a medical remark, the teacher ("don't care")."""
    rng = ctx.rng
    parents, kids, rows = juniors(ctx, 0.8)
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = date_layouts(rng)
    pools = ("Victoria Baths", "Jubilee Pool", "Ponds Forge", "Queen Mother Pool", "Lido")
    badges = ("Stage 1 – Duckling", "Stage 3 – Rainbow", "Stage 5", "Adult improver", "Stage 7 – Dolphin")
    cols = [
        col("List no.", [str(i + 1) for i in range(ctx.n)], None),
        col(header("swimmer", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("dob", ctx.hl), [P.dob_cell(p, ctx.locale, dl, rng) if k else ""
                                    for p, k in zip(rows, kids, strict=True)], P.DOB),
        col(header("guardian", ctx.hl), [name_of(par, ctx, ["full", "rel_paren", "kv_pairs"], p.first) if k else ""
                                         for par, p, k in zip(parents, rows, kids, strict=True)], P.NAME),
        col(header("parent_phone", ctx.hl), [P.phone_cell(par, rng, lay, ctx.lg, 0.2) for par in parents], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.6, par.email) for par in parents], P.EMAIL),
        col("Stage", [rng.choice(badges) for _ in rows], None),
        col("Pool", [rng.choice(pools) for _ in rows], None),
        col("Medical", [rng.choice(("", "", "", "asthma", "grommets", "epipen")) for _ in rows], None),
        col("Teacher", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[par] if k else [] for par, k in zip(parents, kids, strict=True)]
    return shape_out(cols, rows, others, "swim")


def farrier(ctx) -> types.SimpleNamespace:
    """A farrier's round: the date, the horse's owner (one or two forms), phone, e-mail, the yard address (parts or
    one cell), the horse and its breed (horses named after people and characters: no personal data), the work, the
    vet practice (named after places: no personal data), a yard manager (another person, mostly empty), the id
    seen for a cash payment (mostly empty), the farrier ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    mgr = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    el = event_layout(rng)
    horses = ("Red Rum", "Desert Orchid", "Mr Frisk", "Lady Jane", "Captain Jack", "Bramble", "Duke", "Kings Theatre")
    breeds = ("Welsh Cob", "Clydesdale", "Shire", "Connemara", "TB x", "Fell pony", "Highland")
    vets = ("Rossdales", "Donnington Grove", "Oakham Equine", "B&W Equine", "Liphook Equine")
    mg_cells = [maybe(rng, 0.2, name_of(m, ctx, ["full", "py_tuple", "at_mention"])) for m in mgr]
    cols = [
        col(header("date", ctx.hl), [language.event(rng, ctx.locale, el, 0.5) for _ in rows], None),
        col(header("owner", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.3) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.5, p.email) for p in rows], P.EMAIL),
        *address_cols(ctx, rows, rng.random() < 0.5, "yard"),
        col("Horse", [rng.choice(horses) for _ in rows], None),
        col("Breed", [rng.choice(breeds) for _ in rows], None),
        col("Work", [rng.choice(("full set", "trim", "fronts only", "remedial", "studs")) for _ in rows], None),
        col("Vet", [rng.choice(vets) for _ in rows], None),
        col(header("yard_manager", ctx.hl), mg_cells, P.NAME),
        col(header("id_seen", ctx.hl), [maybe(rng, 0.12, P.id_cell(p, ctx.lg, rng)) for p in rows], P.NID),
        col("Farrier", [rng.choice(staff(ctx, 1)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[m] if c else [] for m, c in zip(mgr, mg_cells, strict=True)]
    return shape_out(cols, rows, others, "farrier")


def kiln(ctx) -> types.SimpleNamespace:
    """A pottery kiln's firing log: the firing number and date, the potter (one or two forms; children's class
    members with their birth date and a parent), phone, e-mail, the clay and glaze (named after people and places:
    no personal data), pieces and cone, who collects (another person, mostly empty), the tutor ("don't care")."""
    rng = ctx.rng
    parents, kids, rows = juniors(ctx, 0.25)
    coll = [ctx.draw() for _ in rows]
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = date_layouts(rng)
    el = event_layout(rng)
    clays = ("Valentine's Earthstone", "Audrey Blackman porcelain", "Potclays Buff", "Scarva ES5", "St Thomas body")
    glazes = ("Leach cream", "Tenmoku", "Shino", "Celadon", "Chun blue", "clear")
    co_cells = [maybe(rng, 0.2, name_of(c, ctx, ["full", "check_mark", "middle_initial"])) for c in coll]
    cols = [
        col("Firing", [f"K{rng.randint(100, 999)}" for _ in rows], None),
        col(header("date", ctx.hl), [language.event(rng, ctx.locale, el, 0.4) for _ in rows], None),
        col(header("potter", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("dob", ctx.hl), [P.dob_cell(p, ctx.locale, dl, rng) if k else ""
                                    for p, k in zip(rows, kids, strict=True)], P.DOB),
        col(header("guardian", ctx.hl), [name_of(par, ctx, ["full", "rel_paren"], p.first) if k else ""
                                         for par, p, k in zip(parents, rows, kids, strict=True)], P.NAME),
        col(header("phone", ctx.hl), [P.phone_cell(par, rng, lay, ctx.lg, 0.3) for par in parents], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.5, par.email) for par in parents], P.EMAIL),
        col("Clay", [rng.choice(clays) for _ in rows], None),
        col("Glaze", [rng.choice(glazes) for _ in rows], None),
        col("Pieces", [str(rng.randint(1, 12)) for _ in rows], None),
        col("Cone", [rng.choice(("06", "04", "6", "8", "10")) for _ in rows], None),
        col(header("collected", ctx.hl), co_cells, P.NAME),
        col("Tutor", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [
        ([par] if k else []) + ([c] if cc else []) for par, k, c, cc in zip(parents, kids, coll, co_cells, strict=True)
    ]
    return shape_out(cols, rows, others, "kiln")
