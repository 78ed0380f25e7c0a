"""Held-out set 47: four of the eight export shapes (a bonsai society's show entries, a falconry centre's hawk walk
bookings, a watch and clock repairer's job book, a sailing club's dinghy park), and what every shape shares: a column
(``col``), headers in the table's language, cells of a person, set 47's address cells.

A shape is called with the table's context (``ctx``: locale, header language ``hl``, note language ``lg``,
``random.Random``, row count ``n``, ``draw`` of a person from the table's pool, who come back) and returns its
columns and, per row, the row's main person and the others a note may name. Labels are exact: a column of people
is labelled with what it holds, staff "don't care", and things named after people or places (bonsai styles and
cultivars ``Kiyohime``, ``Chojubai``, ``Shishigashira``, trees called ``Old Man Willow``, ``The Duchess``, pots
``Tokoname``, ``Bigei``; hawks and owls called ``Merlin``, ``Sir Percival``, ``Lady Grey``, ``Hermione``,
``Barney``, walks ``King's Wood``, ``Lady Anne's Ride``; watches and clocks ``Patek Philippe``, ``Breguet``,
``Jaeger-LeCoultre``, ``Omega Seamaster``, ``Longcase (John Harrison style)``, ``Vienna regulator``; dinghy classes
``Laser``, ``Mirror``, ``Enterprise``, ``Wayfarer``, ``Albacore``, boats called ``Lady Jane``, ``Saucy Sue``,
``Betsy``, ``Swallow``, ``Amazon``) are ``None``: no personal data; the sail number and the berth are no personal
data.

Address cells of set 47 (one cell): the parts separated by tabs (``12 Elm Road<TAB>Leeds<TAB>LS1 4AB``), the town in
capitals before the postcode at the end (``12 Elm Road, LEEDS LS1 4AB``), two lines with the postcode and town first
(``LS1 4AB Leeds<LF>12 Elm Road``), commas with no spaces (``12 Elm Road,Leeds,LS1 4AB``), a double slash before the
town (``12 Elm Road // Leeds LS1 4AB``) and the town in brackets first (``(Leeds) 12 Elm Road``) besides the
locale's own whole address.
"""

from __future__ import annotations

import random
import types

import heldout43_rows as r43
import heldout46_rows as r46
import heldout47_language as language
import heldout47_people as P

_LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "da", "cs", "nb", "mi")
_HEADER_TEXT = """
exhibitor47: Exhibitor | Aussteller/in | Exposant | Expositor | Espositore | Inzender | Expositor | Udstiller |
    Vystavovatel | Utstiller | Kaiwhakaatu
guest: Guest | Gast | Invité | Invitado | Ospite | Gast | Convidado | Gæst | Host | Gjest | Manuhiri
booker: Booked by | Gebucht von | Réservé par | Reservado por | Prenotato da | Geboekt door | Reservado por |
    Booket af | Rezervoval | Booket av | I tāpuia e
helm: Helm | Steuermann/-frau | Barreur | Timonel | Timoniere | Stuurman | Timoneiro | Rorgænger | Kormidelník |
    Rorsmann | Kaiurungi
crew: Crew | Vorschoter/in | Équipier | Tripulante | Prodiere | Bemanning | Tripulante | Gast | Posádka | Mannskap |
    Kaumoana
grower: Grower | Züchter/in | Cultivateur | Cultivador | Coltivatore | Kweker | Cultivador | Dyrker | Pěstitel |
    Dyrker | Kaiwhakatupu
walker: Puppy walker | Patenfamilie | Famille d'accueil | Familia educadora | Famiglia affidataria | Gastgezin |
    Família de acolhimento | Hvalpefamilie | Vychovatel | Valpefamilie | Kaihīkoi kurī
birthday: Birthday child | Geburtstagskind | Enfant fêté | Cumpleañero | Festeggiato | Jarige | Aniversariante |
    Fødselar | Oslavenec | Bursdagsbarn | Tamaiti huritau
reader: Owner of book | Buchbesitzer/in | Propriétaire du livre | Dueño del libro | Proprietario del libro |
    Eigenaar boek | Dono do livro | Bogens ejer | Majitel knihy | Bokens eier | Kaipupuri pukapuka
spectator: Also attending | Begleitung | Accompagnant | Acompañante | Accompagnatore | Begeleider | Acompanhante |
    Ledsager | Doprovod | Følge | Hoa haere
"""
HEADERS = {**r46.HEADERS, **r43.parse_headers(_HEADER_TEXT)}
ADDRESS_FORMS = ("tabs", "upper_town", "rev_lines", "comma_tight", "dbl_slash", "town_bracket_first")


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
    """One to ``k - 1`` of set 47's phone layouts, and one of the usual ones."""
    out = rng.sample(P.PHONE_LAYOUTS, rng.randint(1, k - 1))
    return [*out, rng.choice(("national", "intl", "national"))]


def date_layouts(rng: random.Random) -> list[str]:
    """The one or two layouts of a table's birth dates."""
    return rng.sample(language.DATE_LAYOUTS, rng.choice((1, 1, 2)))


def event_layout(rng: random.Random) -> str:
    """The layout of a table's other dates (set 47's, not the age one)."""
    return rng.choice([x for x in language.DATE_LAYOUTS if x != "iso_arrow_age"])


def name_of(p, ctx, forms: list[str], of: str = "") -> str:
    """A person's cell in one of the column's forms."""
    return P.name_cell(p, ctx.rng.choice(forms), ctx.hl, ctx.rng, of)


def staff(ctx, k: int = 3) -> list[str]:
    """The first names staff sign with: "don't care"."""
    return [ctx.draw().first for _ in range(k)]


def address_cell(p, form: str) -> str:
    """The address in one cell in one of set 47's forms (or the locale's own)."""
    parts = [x for x in (p.street, p.town, p.postcode) if x]
    tail = " ".join(x for x in (p.town, p.postcode) if x)
    if form == "tabs":
        return "\t".join(parts)
    if form == "upper_town" and p.town:
        return f"{p.street}, {' '.join(x for x in (p.town.upper(), p.postcode) if x)}"
    if form == "rev_lines" and p.town:
        return f"{' '.join(x for x in (p.postcode, p.town) if x)}\n{p.street}"
    if form == "comma_tight":
        return ",".join(parts)
    if form == "dbl_slash" and tail:
        return f"{p.street} // {tail}"
    if form == "town_bracket_first" and p.town:
        return f"({p.town}) {p.street}"
    return p.address


def address_cols(ctx, rows: list, whole: bool, key: str = "address") -> list:
    """The address as one cell (the locale's own or one of set 47's forms) or as street, postcode and town."""
    if whole:
        form = ctx.rng.choice(("own", "own", *ADDRESS_FORMS))
        return [col(header(key, ctx.hl), [address_cell(p, form) for p in rows], P.ADDRESS)]
    cols = [col(header("street", ctx.hl), [p.street for p in rows], P.STREET)]
    if any(p.postcode for p in rows):
        cols.append(col(header("postcode", ctx.hl), [p.postcode for p in rows], P.POSTCODE))
    cols.append(col(header("town", ctx.hl), [p.town for p in rows], P.CITY))
    return cols


def juniors(ctx, share: float) -> tuple[list, list, list]:
    """Per row a parent, whether the row is a junior's, and the row's person (a junior with the parent's surname
    where the place hands one down)."""
    parents = [ctx.draw() for _ in range(ctx.n)]
    kids = [ctx.rng.random() < share for _ in range(ctx.n)]
    rows = [P.with_surname(ctx.draw(child=True), par.last) if k else par for par, k in zip(parents, kids, strict=True)]
    return parents, kids, rows


def bonsai(ctx) -> types.SimpleNamespace:
    """A bonsai society's show entries: the entry number, the exhibitor (one or two forms), phone, e-mail, the
    species and cultivar, the tree's own name, the style and the pot (named after people and places: no personal
    data), the years in training, the owner's address (one cell, mostly empty: for the return of trophies), the
    judge ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    species = ("Japanese maple 'Kiyohime'", "Chinese elm", "Juniper 'Itoigawa'", "Quince 'Chojubai'",
               "Maple 'Shishigashira'", "Scots pine", "Trident maple", "Satsuki azalea 'Kaho'")  # fmt: skip
    trees = ("Old Man Willow", "The Duchess", "Little Bertie", "Lord Sandwich", "Grandfather", "")
    styles = ("Moyogi", "Bunjin", "Kengai", "Chokkan", "Yamadori", "Sokan")
    pots = ("Tokoname", "Bigei", "Gordon Duffett", "Walsall Studio", "Ian Baillie", "Isaac Fisher")
    form = rng.choice(("own", *ADDRESS_FORMS))
    cols = [
        col("Entry", [f"B{rng.randint(1, 250):03d}" for _ in rows], None),
        col(header("exhibitor47", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("phone", ctx.hl), [maybe(rng, 0.85, P.phone_cell(p, rng, lay, ctx.lg, 0.3)) for p in rows], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.6, p.email) for p in rows], P.EMAIL),
        col("Species", [rng.choice(species) for _ in rows], None),
        col("Tree name", [rng.choice(trees) for _ in rows], None),
        col("Style", [rng.choice(styles) for _ in rows], None),
        col("Pot", [rng.choice(pots) for _ in rows], None),
        col("Years", [str(rng.randint(3, 60)) for _ in rows], None),
        col(header("address", ctx.hl), [maybe(rng, 0.2, address_cell(p, form)) for p in rows], P.ADDRESS),
        col("Judge", [rng.choice(staff(ctx, 1)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    return shape_out(cols, rows, [[] for _ in rows], "bonsai")


def falconry(ctx) -> types.SimpleNamespace:
    """A falconry centre's hawk walk bookings: the date, the booker (one or two forms), phone, e-mail, the guests'
    birth dates (children must be 8: the junior's birth date), a second guest (another person, mostly empty), the bird
    and the walk (birds named like people, woods named after people: no personal data), the home address (parts or
    one cell), the falconer ("don't care")."""
    rng = ctx.rng
    parents, kids, rows = juniors(ctx, 0.3)
    guests = [ctx.draw() for _ in rows]
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = date_layouts(rng)
    el = event_layout(rng)
    birds = ("Merlin (merlin)", "Sir Percival (Harris hawk)", "Lady Grey (barn owl)", "Hermione (kestrel)",
             "Barney (eagle owl)", "Pip (little owl)", "Gandalf (Harris hawk)", "Mrs Miggins (tawny owl)")  # fmt: skip
    walks = ("King's Wood", "Lady Anne's Ride", "Bishop's Meadow", "Warren Hill")
    guest_cells = [maybe(rng, 0.2, name_of(g, ctx, ["full", "yob_after", "ldap_dn"])) for g in guests]
    cols = [
        col(header("date", ctx.hl), [language.future(rng, ctx.locale, el, 120) for _ in rows], None),
        col(header("guest", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("dob", ctx.hl), [P.dob_cell(p, ctx.locale, dl, rng) if k else ""
                                    for p, k in zip(rows, kids, strict=True)], P.DOB),
        col(header("booker", ctx.hl), [name_of(par, ctx, ["full", "rel_of"], p.first) if k else ""
                                       for par, p, k in zip(parents, rows, kids, strict=True)], P.NAME),
        col(header("phone", ctx.hl), [P.phone_cell(par, rng, lay, ctx.lg, 0.2) for par in parents], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.7, par.email) for par in parents], P.EMAIL),
        col(header("spectator", ctx.hl), guest_cells, P.NAME),
        col("Bird", [rng.choice(birds) for _ in rows], None),
        col("Walk", [rng.choice(walks) for _ in rows], None),
        *address_cols(ctx, parents, rng.random() < 0.5),
        col("Falconer", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [([par] if k else []) + ([g] if c else []) for par, k, g, c in zip(parents, kids, guests, guest_cells, strict=True)]  # noqa: E501
    return shape_out(cols, rows, others, "falconry")


def watchrepair(ctx) -> types.SimpleNamespace:
    """A watch and clock repairer's job book: the envelope number, the customer (one or two forms), phone, the
    piece and the movement (named after makers and people: no personal data), the work, who may collect (another
    person, mostly empty), the id seen for a valuable piece (mostly empty), a home visit address for a longcase clock
    (one cell, mostly empty), the estimate, the repairer ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    coll = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    pieces = ("Patek Philippe Calatrava", "Breguet Classique", "Jaeger-LeCoultre Reverso", "Omega Seamaster",
              "Rolex Oyster", "Longcase (John Harrison style)", "Vienna regulator", "Smiths mantel clock",
              "Seiko 5", "Hamilton Khaki", "Ingersoll pocket watch")  # fmt: skip
    work = ("service", "new mainspring", "crystal", "battery and seals", "strike repair", "dial restoration")
    coll_cells = [maybe(rng, 0.2, name_of(c, ctx, ["full", "vcard_n", "tab_sep"])) for c in coll]
    visit = [rng.random() < 0.15 for _ in rows]
    form = rng.choice(("own", *ADDRESS_FORMS))
    cols = [
        col("Env.", [str(rng.randint(1000, 9999)) for _ in rows], None),
        col(header("customer", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("phone", ctx.hl), [P.phone_cell(p, rng, lay, ctx.lg, 0.4) for p in rows], P.PHONE),
        col("Piece", [rng.choice(pieces) for _ in rows], None),
        col("Work", [rng.choice(work) for _ in rows], None),
        col(header("collected", ctx.hl), coll_cells, P.NAME),
        col(header("id_seen", ctx.hl), [maybe(rng, 0.15, P.id_cell(p, ctx.lg, rng)) for p in rows], P.NID),
        col(header("address", ctx.hl), [address_cell(p, form) if v else "" for p, v in zip(rows, visit, strict=True)],
            P.ADDRESS),
        col("Estimate", [f"{rng.randint(30, 900)}" for _ in rows], None),
        col("Bench", [rng.choice(staff(ctx, 1)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[c] if x else [] for c, x in zip(coll, coll_cells, strict=True)]
    return shape_out(cols, rows, others, "watchrepair")


def dinghy(ctx) -> types.SimpleNamespace:
    """A sailing club's dinghy park: the berth, the class and the boat's own name (named after people and books: no
    personal data), the sail number, the helm (one or two forms; junior helms with a parent's surname), the junior's
    birth date, the crew (another person, mostly empty), the parent (juniors), phone, e-mail, the address (parts or
    one cell), the bosun ("don't care")."""
    rng = ctx.rng
    parents, kids, rows = juniors(ctx, 0.3)
    crew = [ctx.draw() for _ in rows]
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = date_layouts(rng)
    classes = ("Laser", "Mirror", "Enterprise", "Wayfarer", "Albacore", "Topper", "GP14", "RS Feva", "Optimist")
    boats = ("Lady Jane", "Saucy Sue", "Betsy", "Swallow", "Amazon", "Jolly Roger", "Wee Hamish", "")
    crew_cells = [maybe(rng, 0.25, name_of(c, ctx, ["full", "urlenc", "hon_given"])) for c in crew]
    cols = [
        col("Berth", [f"{rng.choice('ABCD')}{rng.randint(1, 60)}" for _ in rows], None),
        col("Class", [rng.choice(classes) for _ in rows], None),
        col("Boat", [rng.choice(boats) for _ in rows], None),
        col("Sail no.", [str(rng.randint(100, 220000)) for _ in rows], None),
        col(header("helm", ctx.hl), [name_of(p, ctx, forms) for p in rows], P.NAME),
        col(header("dob", ctx.hl), [P.dob_cell(p, ctx.locale, dl, rng) if k else ""
                                    for p, k in zip(rows, kids, strict=True)], P.DOB),
        col(header("crew", ctx.hl), crew_cells, P.NAME),
        col(header("guardian", ctx.hl), [name_of(par, ctx, ["full", "rel_of", "vcard_n"], p.first) if k else ""
                                         for par, p, k in zip(parents, rows, kids, strict=True)], P.NAME),
        col(header("phone", ctx.hl), [P.phone_cell(par, rng, lay, ctx.lg, 0.3) for par in parents], P.PHONE),
        col(header("email", ctx.hl), [maybe(rng, 0.6, par.email) for par in parents], P.EMAIL),
        *address_cols(ctx, parents, rng.random() < 0.4),
        col("Bosun", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [([par] if k else []) + ([c] if x else []) for par, k, c, x in zip(parents, kids, crew, crew_cells, strict=True)]  # noqa: E501
    return shape_out(cols, rows, others, "dinghy")
