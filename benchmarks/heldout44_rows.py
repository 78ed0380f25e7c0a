"""Held-out set 44: four of the eight export shapes (a beekeepers' association's hive register, a marina's mooring
list, a choir's robe fitting, a locksmith's call-outs), and what every shape shares: a column (``Col``), headers in
the table's language, cells of a person, set 44's address cells.

A shape is called with the table's context (``ctx``: locale, header language ``hl``, note language ``lg``,
``random.Random``, row count ``n``, ``draw`` of a person from the table's pool, who come back) and returns its
columns and, per row, the row's main person and the others a note may name. Labels are exact: a column of people
is labelled with what it holds, staff "don't care", and things named after people or places (queen lines ``Brother
Adam Buckfast``, hives ``Langstroth``, ``Dadant``, ``WBC``; boats ``Lady Jane``, ``Mary Rose``, ``Sir Humphrey``;
yachts ``Hallberg-Rassy``, ``Nicholson 32``; robes ``Wippell``, anthems ``Stanford in C``, ``Parry's I was glad``;
locks ``Chubb``, ``Yale``, ``Banham``, ``Ingersoll``) are ``None``: no personal data.

Address cells of set 44 (one cell): the town first in capitals with a colon (``LEEDS: 12 Elm Road``), the parts on
one line joined by `` / `` with the postcode last (``12 Elm Road / Leeds / LS1 4AB``) and the street after the
town and postcode with a semicolon (``LS1 4AB Leeds; 12 Elm Road``) besides the locale's own whole address.
"""

from __future__ import annotations

import random
import types

import heldout43_rows as r43
import heldout44_language as language
import heldout44_people as P

_LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "da", "cs", "nb", "mi")
_HEADER_TEXT = """
keeper: Beekeeper | Imker/in | Apiculteur | Apicultor | Apicoltore | Imker | Apicultor | Biavler | Včelař |
    Birøkter | Kaitiaki pī
site: Apiary site | Bienenstand | Rucher | Colmenar | Apiario | Bijenstand | Apiário | Bigård | Stanoviště | Bigård |
    Wāhi pī
swarm: Swarm contact | Schwarmkontakt | Contact essaim | Contacto enjambre | Contatto sciame | Zwermcontact |
    Contacto enxame | Sværmkontakt | Kontakt roj | Svermkontakt | Whakapā pōkai
owner: Owner | Eigner | Propriétaire | Propietario | Proprietario | Eigenaar | Proprietário | Ejer | Majitel | Eier |
    Kaipupuri
keyholder: Keyholder | Schlüsselinhaber | Détenteur des clés | Tiene llaves | Custode chiavi | Sleutelhouder |
    Tem chaves | Nøgleholder | Má klíče | Nøkkelholder | Kaipupuri kī
singer: Singer | Sänger/in | Choriste | Corista | Corista | Zanger | Corista | Sanger | Zpěvák | Sanger | Kaiwaiata
guardian: Guardian | Erziehungsberechtigte/r | Responsable | Tutor | Tutore | Voogd | Responsável | Værge |
    Zákonný zástupce | Foresatt | Kaitiaki
customer: Customer | Kunde | Client | Cliente | Cliente | Klant | Cliente | Kunde | Zákazník | Kunde | Kiritaki
id_seen: ID seen | Ausweis gesehen | Pièce d'identité | Documento visto | Documento visto | ID gezien |
    Documento visto | ID set | Doklad | ID sett | Tuakiri
donor: Donor | Spender/in | Donateur | Donante | Donatore | Donateur | Doador | Donor | Dárce | Giver | Kaituku
runner: Runner | Läufer/in | Coureur | Corredor | Podista | Loper | Corredor | Løber | Běžec | Løper | Kaiomaoma
client: Client | Auftraggeber | Client | Cliente | Cliente | Opdrachtgever | Cliente | Kunde | Klient | Kunde |
    Kiritaki
found_by: Found by | Gefunden von | Trouvé par | Encontrado por | Trovato da | Gevonden door | Encontrado por |
    Fundet af | Našel | Funnet av | I kitea e
"""
HEADERS = {**r43.HEADERS, **r43.parse_headers(_HEADER_TEXT)}


def header(key: str, hl: str) -> str:
    """A column's header in the table's header language (English where the language has none)."""
    row = HEADERS[key]
    return row[_LANGS.index(hl)] if hl in _LANGS else row[0]


col = r43.col
maybe = r43.maybe
shape_out = r43.shape_out


def name_forms(rng: random.Random, pool: tuple[str, ...] = P.COLUMN_FORMS) -> list[str]:
    """The one or two name forms a column of a table mixes (the plain form often among them)."""
    forms = rng.sample(pool, 2)
    return forms if rng.random() < 0.6 else ["full", forms[0]]


def layouts(rng: random.Random, k: int = 3) -> list[str]:
    """One to ``k - 1`` of set 44's phone layouts, and one of the usual ones."""
    out = rng.sample(P.PHONE_LAYOUTS, rng.randint(1, k - 1))
    return [*out, rng.choice(("national", "intl", "national"))]


def date_layouts(rng: random.Random) -> list[str]:
    """The one or two layouts of a table's birth dates."""
    return rng.sample(language.DATE_LAYOUTS, rng.choice((1, 1, 2)))


def name_of(p, ctx, forms: list[str]) -> str:
    """A person's cell in one of the column's forms."""
    return P.name_cell(p, ctx.rng.choice(forms), ctx.hl, ctx.rng)


def staff(ctx, k: int = 3) -> list[str]:
    """The first names staff sign with: "don't care"."""
    return [ctx.draw().first for _ in range(k)]


def address_cell(p, form: str) -> str:
    """The address in one cell in one of set 44's forms (or the locale's own)."""
    if form == "town_colon" and p.town:
        return f"{p.town.upper()}: {p.street}"
    if form == "slashes":
        return " / ".join(x for x in (p.street, p.town, p.postcode) if x)
    if form == "semicolon_tail" and p.town:
        return f"{' '.join(x for x in (p.postcode, p.town) if x)}; {p.street}"
    return p.address


def address_cols(ctx, rows: list, whole: bool) -> list:
    """The address as one cell (the locale's own or one of set 44's forms) or as street, postcode and town."""
    if whole:
        form = ctx.rng.choice(("own", "own", "town_colon", "slashes", "semicolon_tail"))
        return [col(header("address", ctx.hl), [address_cell(p, form) for p in rows], P.ADDRESS)]
    cols = [col(header("street", ctx.hl), [p.street for p in rows], P.STREET)]
    if any(p.postcode for p in rows):
        cols.append(col(header("postcode", ctx.hl), [p.postcode for p in rows], P.POSTCODE))
    cols.append(col(header("town", ctx.hl), [p.town for p in rows], P.CITY))
    return cols


def hives(ctx) -> types.SimpleNamespace:
    """A beekeepers' association's hive register: the hive number, the apiary site (places), the keeper (one or two
    forms), the keeper's phone, e-mail, the queen's line and the hive type (named after people: no personal data),
    colonies, the last inspection, the inspector ("don't care"), a swarm contact (another person, mostly empty), the
    treatment (mostly empty)."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    swarm = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    sites = ("Allotments Plot 7", "Church Farm orchard", "Hanging Wood", "Rectory garden", "Moor Lane field",
             "St Anne's meadow")  # fmt: skip
    queens = ("Brother Adam Buckfast", "Carniolan", "Italian (Ligustica)", "Amm native black", "Buckfast B34",
              "Elgon", "local mongrel")  # fmt: skip
    types_ = ("National", "Langstroth", "Dadant", "WBC", "Warré", "Smith", "Commercial")
    swarm_cells = [maybe(rng, 0.2, name_of(s, ctx, ["full", "init_upper", "square_last"])) for s in swarm]
    cols = [
        col("Hive", [f"H{rng.randint(1, 80):02d}" for _ in rows], None),
        col(header("site", ctx.hl), [rng.choice(sites) for _ in rows], None),
        col(header("keeper", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.3, 0.08) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.6, p.email) for p in rows], P.EMAIL),
        col("Queen", [rng.choice(queens) for _ in rows], None),
        col("Type", [rng.choice(types_) for _ in rows], None),
        col("Colonies", [str(rng.randint(1, 12)) for _ in rows], None),
        col("Inspected", [language.event(rng, ctx.locale, "roman_dash", 0.3) for _ in rows], None),
        col("Inspector", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
        col(header("swarm", ctx.hl), swarm_cells, P.NAME),
        col("Varroa tx", [maybe(rng, 0.25, rng.choice(("Apivar", "Api-Bioxal", "MAQS", "oxalic drip")))
                          for _ in rows], None),
    ]  # fmt: skip
    others = [[s] if c else [] for s, c in zip(swarm, swarm_cells, strict=True)]
    return shape_out(cols, rows, others, "hives")


def mooring(ctx) -> types.SimpleNamespace:
    """A marina's mooring list: the berth, the boat's name (named after people: no personal data), the make, the
    length, the owner (one or two forms), the owner's address (one cell or parts), phone, e-mail, the paid-until date,
    a keyholder (another person, mostly empty), the harbourmaster's initials ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    keys = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    boats = ("Lady Jane", "Mary Rose", "Ellen Louise", "Sir Humphrey", "Molly Malone", "Grace Darling", "Saucy Sue",
             "Jolie Brise", "Nancy Blackett", "Spirit of Tom")  # fmt: skip
    makes = ("Westerly Centaur", "Contessa 32", "Hallberg-Rassy 31", "Nicholson 32", "Beneteau First", "Fairey Huntsman",  # noqa: E501
             "Colin Archer")  # fmt: skip
    key_cells = [maybe(rng, 0.18, name_of(k, ctx, ["full", "comma_init_given", "honours"])) for k in keys]
    cols = [
        col("Berth", [f"{rng.choice('ABCDE')}{rng.randint(1, 40)}" for _ in rows], None),
        col("Boat", [rng.choice(boats) for _ in rows], None),
        col("Make", [rng.choice(makes) for _ in rows], None),
        col("LOA m", [f"{rng.uniform(6, 14):.1f}" for _ in rows], None),
        col(header("owner", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        *address_cols(ctx, rows, rng.random() < 0.5),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.2, 0.1) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.7, p.email) for p in rows], P.EMAIL),
        col("Paid to", [language.future(rng, ctx.locale, "slash_mon_upper", 300) for _ in rows], None),
        col(header("keyholder", ctx.hl), key_cells, P.NAME),
        col("HM", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[k] if c else [] for k, c in zip(keys, key_cells, strict=True)]
    return shape_out(cols, rows, others, "mooring")


def choir(ctx) -> types.SimpleNamespace:
    """A choir's robe fitting: the singer (juniors with a parent's surname), voice part, birth date (the junior
    choristers' age), robe size and maker (named after people: no personal data), the anthem on the order of service
    (named after people), the guardian for juniors (mostly empty) and their phone, the singer's e-mail, the robe
    secretary ("don't care")."""
    rng, n = ctx.rng, ctx.n
    parents = [ctx.draw() for _ in range(n)]
    kids = [rng.random() < 0.35 for _ in range(n)]
    rows = [P.with_surname(ctx.draw(child=True), par.last) if k else par for par, k in zip(parents, kids, strict=True)]
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = date_layouts(rng)
    robes = ("Wippell cassock", "J&M Sewing surplice", "Slabbinck robe", "Watts & Co ruff", "Vanpoulles alb")
    anthems = ("Stanford in C", "Parry's I was glad", "Rutter Gloria", "Howells Collegium Regale", "Tallis If ye love me",  # noqa: E501
               "Byrd Ave verum")  # fmt: skip
    cols = [
        col(header("singer", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col("Part", [rng.choice(("S", "A", "T", "B", "Treble", "Alto 2")) for _ in rows], None),
        col(header("dob", ctx.hl), [P.dob_cell(p, ctx.locale, dl, rng) if k or rng.random() < 0.3 else ""
                                    for p, k in zip(rows, kids, strict=True)], P.DOB),
        col("Robe", [rng.choice(robes) for _ in rows], None),
        col("Size", [rng.choice(("XS", "S", "M", "L", "XL", "54in", "58in")) for _ in rows], None),
        col("Anthem", [rng.choice(anthems) for _ in rows], None),
        col(header("guardian", ctx.hl), [name_of(par, ctx, ["full", "nee", "amp_couple"]) if k else ""
                                         for par, k in zip(parents, kids, strict=True)], P.NAME),
        col(header("phone", ctx.hl), [P.phone_cell(par, rng, lay, ctx.lg) if k or rng.random() < 0.4 else ""
                                      for par, k in zip(parents, kids, strict=True)], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.5, par.email) for par in parents], P.EMAIL),
        col("Robe sec.", [rng.choice(staff(ctx, 1)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[par] if k else [] for par, k in zip(parents, kids, strict=True)]
    return shape_out(cols, rows, others, "choir")


def locksmith(ctx) -> types.SimpleNamespace:
    """A locksmith's call-outs: the job, the date and time, the customer (one or two forms), the address in one cell,
    the phone (two numbers now and then), the lock (brands named after people: no personal data), the job type, the
    id seen at a lock-out (the national id where the country has one, mostly empty), a keyholder (mostly empty), the
    engineer ("don't care"), the fee."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    keys = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    locks = ("Chubb 3G114", "Yale Platinum", "Banham L2000", "Ingersoll SC71", "ERA Fortress", "Abloy Protec2",
             "Mul-T-Lock", "Union 2134")  # fmt: skip
    jobs = ("lock-out", "lock change", "uPVC mechanism", "snapped key", "safe opening", "burglary repair")
    key_cells = [maybe(rng, 0.15, name_of(k, ctx, ["full", "last_bare_init"])) for k in keys]
    cols = [
        col("Job", [f"LS-{rng.randint(1000, 9999)}" for _ in rows], None),
        col(header("date", ctx.hl), [language.event(rng, ctx.locale, "dmyy", 0.2) for _ in rows], None),
        col(header("time", ctx.hl), [f"{rng.randint(0, 23):02d}:{rng.choice(('05', '20', '45'))}" for _ in rows], None),
        col(header("customer", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        *address_cols(ctx, rows, True),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.3, 0.15) for p in rows], P.PHONE),
        col("Lock", [rng.choice(locks) for _ in rows], None),
        col("Type", [rng.choice(jobs) for _ in rows], None),
        col(header("id_seen", ctx.hl), [maybe(rng, 0.3, p.nid or "") for p in rows], P.NID),
        col(header("keyholder", ctx.hl), key_cells, P.NAME),
        col("Engineer", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
        col("Fee", [f"{rng.randint(60, 420)}" for _ in rows], None),
    ]  # fmt: skip
    others = [[k] if c else [] for k, c in zip(keys, key_cells, strict=True)]
    return shape_out(cols, rows, others, "locksmith")
