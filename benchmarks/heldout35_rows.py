"""Held-out set 35: four export shapes (a golf club's tee sheet, a notary's deed register, a tailor's alteration
tickets, a museum's accession register), each as the system such a business uses exports it.

A shape returns ``cols`` (header, label, values), the notes column's header, the row's person (``rows``) and the
table's people (``crowd``); the builder adds the notes. Labels are ``heldout35_people``'s tuples, ``None`` for
look-alikes (numbers, courses, galleries and studios named after people, cloth named after a prince) and
``"dont_care"`` where a reader could argue either way (staff, makers, provenance lines).
"""

from __future__ import annotations

import types

import heldout35_cells as cells
import heldout35_people as people
from heldout35_people import ADDRESS, CARD, DOB, EMAIL, NAME, NID, PHONE


def _staff(ctx, k: int = 3) -> list[str]:
    return [people.name_cell(q, ctx.rng.choice(["initial", "natural"])) for q in cells.pool(ctx, k)]


def golf(ctx) -> types.SimpleNamespace:
    """A golf club's tee sheet (BRS/ClubV1-like): the player, playing partners in one cell, a guest's host mostly
    empty, handicap and WHS numbers, courses named after great players, the pro shop's booker "don't care"."""
    rng, crowd = ctx.rng, cells.pool(ctx, max(4, ctx.n * 2 // 3))
    rows = cells.rows_of(ctx, crowd, repeat=0.45)
    form = rng.choice(["comma", "tcomma", "natural", "upper_last"])
    lay = cells.phone_layouts(ctx)
    staff = _staff(ctx)
    partners = []
    for p in rows:
        mates = [people.name_cell(cells.other(ctx, crowd, p), rng.choice(["initial", "natural"]))
                 for _ in range(rng.randint(1, 3))]  # fmt: skip
        partners.append(
            rng.choice([", ".join(mates), " & ".join(mates), " / ".join(mates)]) if rng.random() < 0.6 else ""
        )
    cols = [
        (cells.h(ctx, "date", "Date"), None, [cells.event(ctx, 1, 1) for _ in rows]),
        (
            "Tee Time",
            None,
            [f"{rng.randint(7, 16):02d}:{rng.choice(['00', '08', '16', '24', '32', '40', '48'])}" for _ in rows],
        ),
        ("Tee", None, [rng.choice(["1st", "10th"]) for _ in rows]),
        ("Member No.", None, [rng.choice(["", "M"]) + cells.number(ctx, 100, 4999, 4) for _ in rows]),
        ("Player", NAME, cells.with_junk(ctx, [people.name_cell(p, form) for p in rows], 0.02)),
        ("Handicap Index", None, [f"{rng.uniform(-1, 36):.1f}" for _ in rows]),
        ("WHS No.", None, [cells.number(ctx, 1000000000, 1099999999) for _ in rows]),
        ("Playing With", NAME, partners),
        (
            "Guest Of",
            NAME,
            cells.sparse(ctx, [people.name_cell(cells.other(ctx, crowd, p), "natural") for p in rows], 0.08),
        ),
        (cells.h(ctx, "mobile", "Mobile"), PHONE, cells.with_junk(ctx, [people.phone(p, rng, lay) for p in rows])),
        ("Email", EMAIL, cells.sparse(ctx, [p.email for p in rows], 0.85)),
        ("Buggy", None, [rng.choice(["Y", "N", "N", ""]) for _ in rows]),
        (
            "Course",
            None,
            [rng.choice(["Old Tom Morris", "Harry Vardon", "Seve Ballesteros Nine", "Championship"]) for _ in rows],
        ),
        ("Booked By", "dont_care", [rng.choice([*staff, "online", "online"]) for _ in rows]),
        ("Green Fee", None, [rng.choice(["0.00", "35.00", "48.00", "member"]) for _ in rows]),
    ]
    return types.SimpleNamespace(cols=cols, notes="Booking Notes", rows=rows, crowd=crowd, genre="marshal")


_NOTARY = {
    "rep": {"fr": "N° répertoire", "de": "UR-Nr.", "es": "Nº protocolo", "it": "N. repertorio", "nl": "Repertoriumnr.",
            "pt": "N.º livro"},
    "kind": {"fr": "Nature de l'acte", "de": "Urkundenart", "es": "Clase de escritura", "it": "Tipo atto",
             "nl": "Soort akte", "pt": "Natureza do ato"},
    "party1": {"fr": "Comparant 1", "de": "Beteiligter 1", "es": "Otorgante", "it": "Parte 1", "nl": "Comparant 1",
               "pt": "Outorgante"},
    "party2": {"fr": "Comparant 2", "de": "Beteiligter 2", "es": "Adquirente", "it": "Parte 2", "nl": "Comparant 2",
               "pt": "Segundo outorgante"},
    "property": {"fr": "Adresse du bien", "de": "Objekt", "es": "Finca", "it": "Immobile", "nl": "Adres onroerend goed",
                 "pt": "Prédio"},
    "notary": {"fr": "Notaire", "de": "Notar", "es": "Notario", "it": "Notaio", "nl": "Notaris", "pt": "Notário"},
    "office": {"fr": "Étude", "de": "Kanzlei", "es": "Notaría", "it": "Studio", "nl": "Kantoor", "pt": "Cartório"},
    "fee": {"fr": "Émoluments", "de": "Gebühr", "es": "Honorarios", "it": "Onorario", "nl": "Honorarium",
            "pt": "Emolumentos"},
}  # fmt: skip
_KINDS = {"fr": ["Vente", "Donation", "Testament", "Procuration", "Bail"],
          "de": ["Kaufvertrag", "Schenkung", "Testament", "Vollmacht", "Grundschuld"],
          "es": ["Compraventa", "Donación", "Testamento", "Poder", "Hipoteca"],
          "it": ["Compravendita", "Donazione", "Testamento", "Procura", "Mutuo"],
          "nl": ["Koopakte", "Schenking", "Testament", "Volmacht", "Hypotheek"],
          "pt": ["Compra e venda", "Doação", "Testamento", "Procuração", "Hipoteca"]}  # fmt: skip


def notary(ctx) -> types.SimpleNamespace:
    """A notary's deed register: two parties (the second empty for wills and powers of attorney), the first
    party's birth date and id, the property's whole address, the notary (``Me Weber``) and the office named after
    a notary (``Étude Dubois & Associés``) as look-alike / "don't care"."""
    rng, crowd = ctx.rng, cells.pool(ctx, ctx.n + 4)
    rows = cells.rows_of(ctx, crowd, repeat=0.12)
    kinds = _KINDS.get(ctx.lg, ["Sale", "Gift", "Will", "Power of attorney", "Mortgage"])
    kind = [rng.choice(kinds) for _ in rows]
    single = {kinds[2], kinds[3]}
    form = rng.choice(["comma", "upper_last", "natural", "titled"])
    mix = cells.language.dob_mix(rng)
    nids = any(p.nid for p in crowd)
    founder = people.name_cell(cells.pool(ctx, 1)[0], "natural").split()[-1]
    word = {"fr": "Me", "de": "Notar", "es": "Notario", "it": "Notaio", "nl": "mr.", "pt": "Dr."}.get(ctx.lg, "Notary")
    notaries = [f"{word} {people.name_cell(q, 'natural').split()[-1]}" for q in cells.pool(ctx, 2)]

    def cell(p):
        return (
            f"{cells.title(ctx, p)} {people.name_cell(p, 'upper_last')}"
            if form == "titled"
            else people.name_cell(p, form)
        )

    cols = [
        (
            cells.local(ctx, _NOTARY["rep"], "Register No."),
            None,
            [f"{2025 + i // 200}/{i + 101:04d}" for i in range(len(rows))],
        ),
        (cells.h(ctx, "date", "Date"), None, [cells.event(ctx, 2, 0, rng.choice(["num", "iso"])) for _ in rows]),
        (cells.local(ctx, _NOTARY["kind"], "Deed"), None, kind),
        (cells.local(ctx, _NOTARY["party1"], "Party 1"), NAME, [cell(p) for p in rows]),
        (
            cells.h(ctx, "dob", "Party 1 date of birth"),
            DOB,
            cells.with_junk(ctx, [people.dob(p, ctx.locale, mix, rng) for p in rows], 0.03),
        ),
        (cells.h(ctx, "nid", "Party 1 ID"), NID if nids else None, [p32_id(ctx, p) for p in rows]),
        (
            cells.local(ctx, _NOTARY["party2"], "Party 2"),
            NAME,
            ["" if k in single else cell(cells.other(ctx, crowd, p)) for k, p in zip(kind, rows, strict=True)],
        ),
        (
            cells.local(ctx, _NOTARY["property"], "Property"),
            ADDRESS,
            ["" if k in single else cells.pool(ctx, 1)[0].address for k in kind],
        ),
        (cells.local(ctx, _NOTARY["notary"], "Notary"), "dont_care", [rng.choice(notaries) for _ in rows]),
        (
            cells.local(ctx, _NOTARY["office"], "Office"),
            None,
            [f"{founder} & Associés" if ctx.lg == "fr" else f"{founder} & Partner"] * len(rows),
        ),
        (cells.local(ctx, _NOTARY["fee"], "Fee"), None, [f"{rng.randint(80, 4000)},00" for _ in rows]),
    ]
    return types.SimpleNamespace(
        cols=cols, notes=cells.h(ctx, "notes", "Remarks"), rows=rows, crowd=crowd, genre="memo"
    )


def p32_id(ctx, p) -> str:
    """The person's national id with or without separators ("" where the locale writes none)."""
    return people.p32.id_cell(p.nid, ctx.rng) if p.nid else ""


def tailor(ctx) -> types.SimpleNamespace:
    """A tailor's alteration tickets: ``Weber Klaus`` on the ticket, phones in several layouts, the cutter's first
    name "don't care", cloth named after a prince, the card a deposit was taken on mostly empty, who collected
    mostly empty."""
    rng, crowd = ctx.rng, cells.pool(ctx, max(3, ctx.n * 3 // 4))
    rows = cells.rows_of(ctx, crowd, repeat=0.3)
    form = rng.choice(["last_first", "comma", "natural", "lower"])
    lay = cells.phone_layouts(ctx)
    cutters = [q.first for q in cells.pool(ctx, 3)]
    cols = [
        ("Ticket", None, [f"T{rng.randint(1000, 9999)}" for _ in rows]),
        ("In", None, [cells.event(ctx, 1, 0, "num") for _ in rows]),
        ("Ready", None, [cells.event(ctx, 0, 1, "num") for _ in rows]),
        ("Customer", NAME, cells.with_junk(ctx, [people.name_cell(p, form) for p in rows], 0.03)),
        (
            cells.h(ctx, "phone", "Tel"),
            PHONE,
            [people.phone(p, rng, lay, landline=rng.random() < 0.2, ext=0.05) for p in rows],
        ),
        (
            "Garment",
            None,
            [rng.choice(["Suit jacket", "Trousers", "Wedding dress", "Coat", "Kilt", "Shirt x3"]) for _ in rows],
        ),
        (
            "Work",
            None,
            [rng.choice(["Shorten hem 2cm", "Take in waist", "Let out seat", "Re-line", "Zip"]) for _ in rows],
        ),
        ("Cloth", None, [rng.choice(["Prince of Wales check", "Harris tweed", "Donegal", "Linen", ""]) for _ in rows]),
        ("Chest", None, [str(rng.randint(86, 124)) if rng.random() < 0.5 else "" for _ in rows]),
        ("Inside leg", None, [str(rng.randint(70, 88)) if rng.random() < 0.5 else "" for _ in rows]),
        ("Cutter", "dont_care", [rng.choice(cutters) for _ in rows]),
        (
            "Deposit card",
            CARD,
            cells.sparse(ctx, [people.p32.card(rng, grouped=rng.random() < 0.5) for _ in rows], 0.1),
        ),
        (
            "Collected by",
            NAME,
            cells.sparse(ctx, [people.name_cell(cells.other(ctx, crowd, p), "initial") for p in rows], 0.1),
        ),
        ("Paid", None, [rng.choice(["cash", "card", "", "acct"]) for _ in rows]),
    ]
    return types.SimpleNamespace(cols=cols, notes="Fitting notes", rows=rows, crowd=crowd, genre="fitting")


def museum(ctx) -> types.SimpleNamespace:
    """A museum's accession register: the donor and the donor's whole address and phone, the deceased a bequest
    came from mostly empty, makers and provenance lines "don't care", galleries named after benefactors."""
    rng, crowd = ctx.rng, cells.pool(ctx, max(3, ctx.n // 2))
    rows = cells.rows_of(ctx, crowd, repeat=0.5)
    form = rng.choice(["natural", "tcomma", "upper_last"])
    lay = cells.phone_layouts(ctx)
    patron = people.name_cell(cells.pool(ctx, 1)[0], "natural").split()[-1]
    method = [rng.choice(["Gift", "Bequest", "Purchase", "Transfer", "Found in collection"]) for _ in rows]
    makers = ["Unknown", "Josiah Wedgwood & Sons", "after Rembrandt", "Workshop of Lucas Cranach", "local maker"]
    cols = [
        ("Accession No.", None, [f"{rng.randint(1950, 2026)}.{rng.randint(1, 80)}.{rng.randint(1, 30)}" for _ in rows]),
        (
            "Object name",
            None,
            [rng.choice(["Sampler", "Teapot", "Photograph", "Medal", "Quilt", "Letter", "Clock"]) for _ in rows],
        ),
        ("Maker", "dont_care", [rng.choice(makers) for _ in rows]),
        (
            "Donor / vendor",
            NAME,
            [
                people.name_cell(p, form) if m != "Found in collection" else ""
                for p, m in zip(rows, method, strict=True)
            ],
        ),
        (
            "Donor address",
            ADDRESS,
            [p.address if m != "Found in collection" else "" for p, m in zip(rows, method, strict=True)],
        ),
        ("Donor tel.", PHONE, cells.sparse(ctx, [people.phone(p, rng, lay, landline=True) for p in rows], 0.7)),
        ("Donor email", EMAIL, cells.sparse(ctx, [p.email for p in rows], 0.4)),
        ("Method", None, method),
        (
            "Bequest of",
            NAME,
            [people.name_cell(cells.pool(ctx, 1)[0], "natural") if m == "Bequest" else "" for m in method],
        ),
        (
            "Provenance",
            "dont_care",
            [
                rng.choice(["", "ex-collection of the donor's grandmother", f"bought at auction by {patron}", "family"])
                for _ in rows
            ],
        ),
        ("Date received", None, [cells.event(ctx, 3) for _ in rows]),
        (
            "Gallery",
            None,
            [rng.choice([f"{patron} Gallery", "Store B", "Nightingale Room", "Brunel Wing"]) for _ in rows],
        ),
        ("Catalogued by", "dont_care", [rng.choice(["JW", "AM", "KT"]) for _ in rows]),
    ]
    return types.SimpleNamespace(cols=cols, notes="Curatorial notes", rows=rows, crowd=crowd, genre="provenance")
