"""Held-out set 53: the other four export shapes (an optician's recall list, a garage's MOT bookings, a florist's
orders, a pilgrimage tour's manifest).

Labels are exact as in ``heldout53_rows``: optometrists, mechanics, drivers and group leaders are staff ("don't
care"); frames named after people (``Ray-Ban Wayfarer``, ``Tom Ford FT5401``, ``Oliver Peoples Gregory Peck``,
``Calvin Klein CK20``, ``Ted Baker Aubrey``, ``Paul Smith Kennington``, ``Jimmy Choo``), prescriptions, cars named
after people (``Ford Fiesta``, ``Mercedes-Benz A-Class``, ``Ferrari 308``, ``Porsche Cayenne``, ``Citroën C3``,
``Renault Clio``, ``Peugeot 208``, ``Aston Martin DB9``, ``Rolls-Royce Ghost``), registration plates (the British form in British tables) and
mileages, bouquets and flowers with people's names (``The Audrey``, ``Sweet William posy``, ``Black-eyed Susan``,
``Busy Lizzie``, ``Lady's Mantle``, ``Sweet Cicely``, ``The Frida``), card messages, pilgrimage destinations and
hotels (``Lourdes``, ``Fátima``, ``Santiago de Compostela``, ``San Giovanni Rotondo``, ``Knock``, ``Walsingham``,
``Hotel Padre Pio``, ``Hôtel Sainte-Bernadette``, ``Hotel Santa Teresa``) are no personal data.
"""

# ruff: noqa: E501  (frozen held-out data: long literal lines kept as written)
from __future__ import annotations

import types

import heldout53_people as P
import heldout53_rows as base
from heldout53_rows import address_cell, col, dob_of, kcol, layouts, maybe, name_forms, name_of, shape_out, staff


def optician(ctx) -> types.SimpleNamespace:
    """An optician's recall list: the patient (one or two forms) and birth date, phone, e-mail, the address (parts
    or one cell), the frame (brands named after people: no personal data), the prescription, the health number
    (mostly empty), a carer to contact (another person, mostly empty), the optometrist ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    carers = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = base.date_layouts(rng)
    frames = ("Ray-Ban Wayfarer", "Tom Ford FT5401", "Oliver Peoples Gregory Peck", "Calvin Klein CK20", "Ted Baker Aubrey",
              "Paul Smith Kennington", "Jimmy Choo JC310", "Vera Wang V520")  # fmt: skip
    c_cells = [maybe(rng, 0.2, name_of(c, ctx, ["full", "signed_by", "swift_optional"])) for c in carers]
    cols = [
        kcol("patient", ctx, [name_of(p, ctx, forms) for p in rows], P.NAME),
        kcol("dob", ctx, [dob_of(p, ctx, dl) for p in rows], P.DOB),
        kcol("phone", ctx, [P.phone_cell(p, rng, lay, ctx.lg, 0.4) for p in rows], P.PHONE),
        kcol("email", ctx, [maybe(rng, 0.75, p.email) for p in rows], P.EMAIL),
        *base.address_cols(ctx, rows, rng.random() < 0.5),
        col("Frame", [rng.choice(frames) for _ in rows], None),
        col("Rx", [f"{rng.choice(('-', '+'))}{rng.randint(0, 6)}.{rng.choice(('00', '25', '50', '75'))} / -0.{rng.choice(('25', '50', '75'))} x {rng.randint(1, 18) * 10}" for _ in rows], None),
        kcol("health_no", ctx, [maybe(rng, 0.2, P.id_cell(p, ctx.lg, rng)) for p in rows], P.NID),
        kcol("carer", ctx, c_cells, P.NAME),
        col("Optometrist", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[c] if cc else [] for c, cc in zip(carers, c_cells, strict=True)]
    return shape_out(cols, rows, others, "optician")


def _plate(rng, locale: str = "en_GB") -> str:
    a = "ABCDEFGHJKLMNOPRSTUVWXY"
    if base.language.region(locale) != "GB":
        return f"{''.join(rng.choice(a) for _ in range(3))}-{rng.randint(1000, 9999)}"
    return f"{rng.choice(a)}{rng.choice(a)}{rng.randint(51, 74) if rng.random() < 0.5 else rng.randint(10, 24)} {''.join(rng.choice(a) for _ in range(3))}"


def garage(ctx) -> types.SimpleNamespace:
    """A garage's MOT bookings: the date, the customer (one or two forms), phone, e-mail, the car (makes named after
    people: no personal data), the registration plate and the mileage, the address for a pick-up (one cell, mostly
    empty), who drops the car off (another person, mostly empty), the mechanic ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    drops = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    el = base.event_layout(rng)
    cars = ("Ford Fiesta", "Mercedes-Benz A-Class", "Ferrari 308", "Porsche Cayenne", "Citroën C3", "Renault Clio",
            "Peugeot 208", "Aston Martin DB9", "Rolls-Royce Ghost", "Chevrolet Spark", "Ford Focus")  # fmt: skip
    form = rng.choice(("own", *base.ADDRESS_FORMS))
    d_cells = [maybe(rng, 0.25, name_of(d, ctx, ["full", "wa_line", "csharp_record"])) for d in drops]
    cols = [
        kcol("date", ctx, [base.language.future(rng, ctx.locale, el, 30) for _ in rows], None),
        kcol("customer", ctx, [name_of(p, ctx, forms) for p in rows], P.NAME),
        kcol("phone", ctx, [P.phone_cell(p, rng, lay, ctx.lg, 0.2) for p in rows], P.PHONE),
        kcol("email", ctx, [maybe(rng, 0.6, p.email) for p in rows], P.EMAIL),
        col("Vehicle", [rng.choice(cars) for _ in rows], None),
        col("Reg", [_plate(rng, ctx.locale) for _ in rows], None),
        col("Mileage", [f"{rng.randint(8, 160) * 1000 + rng.randint(0, 999):,}" for _ in rows], None),
        kcol("address", ctx, [maybe(rng, 0.25, address_cell(p, form, ctx.hl)) for p in rows], P.ADDRESS),
        kcol("collected", ctx, d_cells, P.NAME),
        col("Mechanic", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[d] if c else [] for d, c in zip(drops, d_cells, strict=True)]
    return shape_out(cols, rows, others, "garage")


def florist(ctx) -> types.SimpleNamespace:
    """A florist's orders: the sender (one or two forms), phone, e-mail, the recipient (another person, most rows)
    and the delivery address (the recipient's, parts or one cell), the bouquet (flowers with people's names: no
    personal data), the card message (no names), the delivery date, the driver ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    recips = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    el = base.event_layout(rng)
    bouquets = ("The Audrey", "Sweet William posy", "Black-eyed Susan", "Busy Lizzie basket", "Lady's Mantle & roses",
                "Sweet Cicely jar", "The Frida", "Forget-me-not posy")  # fmt: skip
    cards = ("Happy Birthday!", "With deepest sympathy", "Congratulations", "Get well soon x", "Thinking of you", "")
    r_cells = [maybe(rng, 0.85, name_of(x, ctx, ["full", "full", "device_name", "elixir_map"])) for x in recips]
    has = [bool(c) for c in r_cells]
    dest = [x if h else p for x, p, h in zip(recips, rows, has, strict=True)]
    cols = [
        kcol("sender", ctx, [name_of(p, ctx, forms) for p in rows], P.NAME),
        kcol("phone", ctx, [P.phone_cell(p, rng, lay, ctx.lg, 0.3) for p in rows], P.PHONE),
        kcol("email", ctx, [maybe(rng, 0.8, p.email) for p in rows], P.EMAIL),
        kcol("recipient", ctx, r_cells, P.NAME),
        *base.address_cols(ctx, dest, rng.random() < 0.5, "delivery"),
        col("Bouquet", [rng.choice(bouquets) for _ in rows], None),
        col("Card", [rng.choice(cards) for _ in rows], None),
        kcol("date", ctx, [base.language.future(rng, ctx.locale, el, 20) for _ in rows], None),
        col("Driver", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[x] if h else [] for x, h in zip(recips, has, strict=True)]
    return shape_out(cols, rows, others, "florist")


def pilgrimage(ctx) -> types.SimpleNamespace:
    """A pilgrimage tour's manifest: the pilgrim (one or two forms), birth date, passport or identity number, phone,
    e-mail, who they share a room with (another person, most rows), the destination and the hotel (named after
    people and places: no personal data), the next of kin's phone (mostly empty), the group leader ("don't
    care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    mates = [ctx.draw() for _ in range(n)]
    kin = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = base.date_layouts(rng)
    places = ("Lourdes", "Fátima", "Santiago de Compostela", "San Giovanni Rotondo", "Knock", "Walsingham", "Assisi", "Medjugorje")
    hotels = ("Hotel Padre Pio", "Hôtel Sainte-Bernadette", "Hotel Santa Teresa", "Hotel São José", "Hotel San Francesco")
    m_cells = [maybe(rng, 0.6, name_of(m, ctx, ["full", "null_middle", "py_bytes"])) for m in mates]
    cols = [
        kcol("pilgrim", ctx, [name_of(p, ctx, forms) for p in rows], P.NAME),
        kcol("dob", ctx, [dob_of(p, ctx, dl) for p in rows], P.DOB),
        kcol("id_seen", ctx, [maybe(rng, 0.85, P.id_cell(p, ctx.lg, rng)) for p in rows], P.NID),
        kcol("phone", ctx, [P.phone_cell(p, rng, lay, ctx.lg, 0.2) for p in rows], P.PHONE),
        kcol("email", ctx, [maybe(rng, 0.7, p.email) for p in rows], P.EMAIL),
        kcol("room_share", ctx, m_cells, P.NAME),
        col("Destination", [rng.choice(places) for _ in rows], None),
        col("Hotel", [rng.choice(hotels) for _ in rows], None),
        kcol("next_of_kin_phone", ctx, [maybe(rng, 0.35, P.phone_cell(k, rng, lay, ctx.lg, 0.3)) for k in kin], P.PHONE),
        col("Group leader", [rng.choice(staff(ctx, 1)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = [[m] if c else [] for m, c in zip(mates, m_cells, strict=True)]
    return shape_out(cols, rows, others, "pilgrimage")
