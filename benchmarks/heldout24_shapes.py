"""The eight export shapes of held-out set 24 and the table builder.

Shapes new to the sets, each exported by the system a business of that kind uses and so with that system's
column naming (``heldout24_columns``): carpet-cleaning jobs (a Power BI table export, ``Customers[Surname]``,
``(Blank)`` in empty cells), podiatry patients (HL7 FHIR element paths, ISO birth dates), tool-hire accounts (a
MySQL Workbench result grid: the query's expressions as headers, ``NULL`` in empty cells, ``DATETIME`` birth
dates), babysitting-agency families (vCard properties: ``N`` as ``Surname;Given;;;``, ``ADR`` as
``;;street;town;;postcode;country``, ``tel:`` URIs), veg-box subscribers (a Mailchimp audience export: the
address in one cell with double spaces, ``CONFIRM_IP``, the ``MM/DD`` birthday), engraved-jewellery orders (a
Shopify order export: English headers everywhere, billing and a gift recipient's shipping details, phones with
Excel's protective apostrophe), phone-repair drop-offs (a web form's export, required fields marked ``*``) and
private-tutoring requests (SurveyMonkey, two header rows joined, the child's name and birth date).

Rows: 15-30 per table, one table of each of the first 7 with 200-220 rows and one with 50-70 (a business's
whole year), the second table of each new locale 40-50; customers come back (fewer people than rows). One
phone layout per column (national, ``212.555.0142`` dots, bare digits, without trunk 0, international without
``+``, E.164, ``00``, integer columns that lost the leading zero, ``.0`` floats, extensions, two numbers in a
cell, Shopify's ``'+44...``, vCard ``tel:``); missing cells as the system writes them. Look-alikes (label
``None``): job, hire, ticket, respondent and Shopify order ids with a phone's digit count, IMEIs (15 digits,
Luhn), SNOMED codes, insurer member numbers, UUIDs and hashes, carpets, tools and jewellery brands carrying
surnames (``Stanley``, ``Thomas Sabo``), employers (``Johnson Matthey``), clinics with street words, technician
and tutor first names repeated as a category, plates, coordinates, amounts, event dates in the birth-date
layout, and the depot's or branch's town (``None`` with names shown, "don't care" hidden: ``branch``). An IP
address column is personal (``ip_address``); Mailchimp's ``MM/DD`` birthday is "don't care".
"""

from __future__ import annotations

import random
import types

import pandas as pd

import heldout24_columns as columns
import heldout24_ids as ids
import heldout24_language as language
import heldout24_local as local
import heldout24_notes as notes
import heldout24_people as people
import heldout24_places as places
import heldout24_words as words
from heldout_common import template_parts

FIRST7, OTHER, NEW8_24 = language.FIRST7, language.OTHER, language.NEW8_24
LOCALES, SEEDS, N_ROWS, CJK = language.LOCALES, language.SEEDS, language.N_ROWS, language.CJK
region = language.region
LANG = {x: language.lang(x) for x in LOCALES}
TITLES = {lg: words.titles(lg) + ([] if lg == "en" else words.titles("en")) for lg in set(LANG.values())}

# shape: (style, personal keys, optional personal keys, look-alike keys, English genres)
SHAPES = {
    "carpet_cleaning": ("powerbi", ("first", "last", "phone", "street", "postcode", "town"), ("email", "phone2"),
                        ("job_no", "carpet", "rooms", "amount", "service_date", "tech", "plate", "branch", "stain"),
                        ("carpet_job", "bulky_waste")),
    "podiatry": ("fhir", ("first", "last", "phone", "street", "postcode", "town", "dob"), ("email", "id", "contact"),
                 ("encounter", "snomed", "condition", "clinic", "branch", "member", "uuid", "practitioner"),
                 ("podiatry_letter", "mediation_referral")),
    "tool_hire": ("sql", ("first", "last", "phone", "dob", "email"), ("id", "money", "address_or_split", "phone2"),
                  ("hire_no", "tool", "deposit", "out", "branch", "serial", "returned"), ("tool_hire", "bulky_waste")),
    "babysitting": ("vcard", ("name", "phone", "email", "address"), ("phone2", "child", "dob", "contact"),
                    ("org", "categories", "rev", "uid", "rate", "children"), ("babysit_profile", "tutor_report")),
    "veg_box": ("mailchimp", ("email", "first", "last", "address", "phone"), ("dob", "money", "birthday_md"),
                ("box", "day", "rating", "optin", "ip", "lat", "lon", "tz", "leid", "euid", "tags", "branch"),
                ("vegbox_instructions", "mediation_referral")),
    "engraving": ("shopify", ("email", "name", "street", "town", "postcode", "phone"), ("contact", "ship_address"),
                  ("order", "status", "item", "sku", "price", "vendor", "created", "shop_id", "ship"),
                  ("engraving_proof", "vegbox_instructions")),
    "phone_repair": ("asterisk", ("first", "last", "phone", "email", "postcode", "town"), ("dob", "street", "id"),
                     ("imei", "device", "pin", "ticket", "quote", "dropoff", "branch", "tech"),
                     ("repair_ticket", "mediation_referral")),
    "tutoring": ("survey", ("first", "last", "email", "phone", "child", "dob"), ("street", "town", "postcode"),
                 ("respondent", "collector", "start", "end", "ip", "maths", "english", "level", "tutor", "budget"),
                 ("tutor_report", "babysit_profile")),
}  # fmt: skip
SHAPE_ORDER = tuple(SHAPES)
_LABEL = {"first": ("first_name", "name"), "last": ("last_name", "name"), "name": ("name",), "contact": ("name",),
          "child": ("first_name", "name"), "phone": ("phone_number",), "phone2": ("phone_number",),
          "email": ("email",), "street": ("street_address", "address"), "street2": ("street_address", "address"),
          "postcode": ("postcode",), "postcode2": ("postcode",), "town": ("city",), "town2": ("city",),
          "address": ("address", "street_address"), "dob": ("date_of_birth",), "iban": ("iban",),
          "card": ("credit_debit_card",), "ip": ("ip_address",)}  # fmt: skip
_PHONE_LAYOUTS = {"powerbi": ("national", "bare", "int_lost_zero", "dots", "no_trunk"),
                  "fhir": ("e164", "international", "national"),
                  "sql": ("bare", "int_lost_zero", "float", "national", "extension", "two_numbers", "dots"),
                  "vcard": ("tel_uri", "international", "e164"),
                  "mailchimp": ("national", "intl_no_plus", "e164", "dots", "bare"),
                  "shopify": ("apostrophe", "e164", "international"),
                  "asterisk": ("national", "bare", "no_trunk", "double_zero", "dots", "two_numbers"),
                  "survey": ("national", "bare", "intl_no_plus", "no_trunk", "extension")}  # fmt: skip
_COUNTRY = {"US": "United States", "GB": "United Kingdom", "DE": "Germany", "FR": "France", "ES": "Spain",
            "IT": "Italy", "NL": "Netherlands", "AD": "Andorra", "SV": "El Salvador", "CM": "Cameroon"}  # fmt: skip
_LATLON = {"US": (40.7, -74.0), "GB": (52.5, -1.9), "DE": (51.2, 10.4), "FR": (46.6, 2.4), "ES": (40.4, -3.7),
           "IT": (42.5, 12.5), "NL": (52.1, 5.3)}  # fmt: skip


def _shape_of(locale: str, seed: int) -> str:
    """Six different shapes for a first-7 locale's six tables; elsewhere by the locale's place in the list."""
    return SHAPE_ORDER[(LOCALES.index(locale) * 3 + seed - 24001) % len(SHAPE_ORDER)]


def _rows(locale: str, seed: int, rng: random.Random) -> int:
    if locale in FIRST7 and seed == 24003:
        return rng.randint(200, 220)
    if locale in FIRST7 and seed == 24006:
        return rng.randint(50, 70)
    if locale in NEW8_24 and seed == 24002:
        return rng.randint(40, 50)
    return rng.randint(15, 30)


def template_literals(locale: str) -> dict[str, list[str]]:
    """Per note form, the own text of its first template (the runner counts each note's own template)."""
    out = {genre: template_parts(ts[0]) for genre, ts in notes.ENGLISH.items()}
    for genre, t in local.local_templates(LANG[locale]):
        out[genre] = template_parts(t)
    return out


def _title(p: people.Person, lg: str) -> str:
    ts = words.titles(lg)
    male = {"en": "Mr", "de": "Herr", "fr": "M.", "es": "Sr.", "it": "Sig.", "nl": "dhr.", "pt": "Sr.",
            "ca": "Sr.", "gl": "Sr."}.get(lg, ts[0])  # fmt: skip
    female = {"en": "Mrs", "de": "Frau", "fr": "Mme", "es": "Sra.", "it": "Sig.ra", "nl": "mevr.", "pt": "Sra.",
              "ca": "Sra.", "gl": "Sra."}.get(lg, ts[1])  # fmt: skip
    return female if p.female else male


def _pool(locale: str, rng: random.Random, name_fake, place_fake, size: int) -> list[dict]:
    reg = region(locale)
    out = []
    for _ in range(size):
        p = people.person(locale, rng, name_fake)
        dob = language.birth_date(rng)
        street, postcode, town = places.place(locale, rng, place_fake)
        ship = places.place(locale, rng, place_fake)
        phone = ids.phone_number(reg, rng, mobile=True)
        phone2 = ids.phone_number(reg, rng, mobile=False)
        out.append({"p": p, "dob": dob, "street": street, "postcode": postcode, "town": town, "ship": ship,
                    "phone": phone, "phone2": phone2, "email": people.email(p, locale, rng),
                    "id": ids.national_id(locale, rng, dob, p.female), "iban": ids.iban(reg, rng),
                    "card": ids.card(rng), "contact": people.person(locale, rng, name_fake),
                    "child": people.person(locale, rng, name_fake).first,
                    "cdob": language.birth_date(rng, child=True)})  # fmt: skip
    return out


def _id_label(locale: str) -> tuple[str, ...]:
    return ("ssn", "national_id", "tax_id") if locale == "en_US" else ("national_id", "ssn", "tax_id")


def _choose_keys(shape: str, locale: str, rng: random.Random) -> list[str]:
    """The table's personal columns: the shape's own, some of its optional ones, expanded to real columns."""
    _, keys, optional, _, _ = SHAPES[shape]
    chosen = list(keys) + [k for k in optional if rng.random() < 0.6]
    out: list[str] = []
    for k in chosen:
        if k == "money":
            out.append("iban" if ids.iban(region(locale), random.Random(0)) else "card")
        elif k == "address_or_split":
            out += ["address"] if rng.random() < 0.5 else ["street", "postcode", "town"]
        elif k == "ship_address":
            out += ["street2", "postcode2", "town2"]
        elif k == "birthday_md":
            out.append("birthday_md")
        else:
            out.append(k)
    if not places.has_postcodes(locale):
        out = [k for k in out if not k.startswith("postcode")]
    if ids.validator(locale) is None or (shape == "tool_hire" and locale in CJK):
        out = [k for k in out if k != "id"]
    seen: list[str] = []
    for k in out:
        if k not in seen:
            seen.append(k)
    return seen


def _dob_layout(style: str, locale: str, rng: random.Random) -> tuple[str, bool]:
    """The birth-date layout of the table's system (and whether it writes a time of day too)."""
    us = locale in language.US_LIKE
    if style == "fhir":
        return "%Y-%m-%d", False
    if style == "sql":
        return (("%m/%d/%Y" if us else "%d/%m/%Y"), False) if rng.random() < 0.5 else ("%Y-%m-%d", True)
    if style == "vcard":
        return rng.choice(("%Y%m%d", "%Y-%m-%d")), False
    if style == "survey":
        return ("%m/%d/%Y" if us else "%d/%m/%Y"), False
    return language.dob_layout(locale, rng), style == "asterisk" and rng.random() < 0.25


def _missing(style: str, locale: str, rng: random.Random) -> object:
    if style == "powerbi":
        return "(Blank)"
    if style == "sql":
        return "NULL"
    if style == "asterisk":
        return rng.choice((*language.missing_words(locale), ""))
    return None


def _case(text: str, form: str) -> str:
    return text.upper() if form == "upper" else text.lower() if form == "lower" else text


def _cell(key: str, e: dict, t: dict, rng: random.Random, locale: str) -> object:
    """The cell of personal column ``key`` for pool entry ``e`` as the table's system writes it."""
    p, style = e["p"], t["style"]
    if key == "first":
        return _case(p.first, t["case_first"])
    if key == "last":
        return _case(p.last, "upper" if style == "sql" else t["case_last"])
    if key == "name":
        if style == "vcard":
            return f"{p.last};{p.first};;;"
        return people.written(p, locale, t["name_form"])
    if key == "contact":
        c = p if (style == "shopify" and rng.random() < 0.5) else e["contact"]
        return people.full(c, locale)
    if key == "child":
        return e["child"]
    if key in ("phone", "phone2"):
        n = e[key]
        layout = t[f"{key}_layout"]
        return ids.write_phone(n, layout, rng, other=e["phone2"] if key == "phone" else e["phone"])
    if key == "email":
        return e["email"].upper() if t["email_upper"] else e["email"]
    if key in ("street", "street2"):
        return e["street"] if key == "street" else e["ship"][0]
    if key in ("postcode", "postcode2"):
        return e["postcode"] if key == "postcode" else e["ship"][1]
    if key in ("town", "town2"):
        town = e["town"] if key == "town" else e["ship"][2]
        return town.upper() if style == "sql" else town
    if key == "address":
        reg = region(locale)
        if style == "vcard":
            return f";;{e['street']};{e['town']};;{e['postcode']};{_COUNTRY.get(reg, reg)}"
        if style == "mailchimp":
            return f"{e['street']}  {e['town']}    {e['postcode']}  {reg}".replace("      ", "    ")
        return places.whole_address(locale, e["street"], e["postcode"], e["town"], rng)
    if key == "dob":
        d = e["cdob"] if style == "survey" else e["dob"]
        text = language.fmt_date(d, locale, t["dob_layout"], 0 if t["dob_time"] else -1)
        return text + ":00" if style == "sql" and t["dob_time"] else text
    if key == "id":
        v = e["id"]
        return v.replace(" ", "") if t["id_compact"] else v
    if key == "iban":
        return (
            e["iban"] if not t["iban_grouped"] else " ".join(e["iban"][i : i + 4] for i in range(0, len(e["iban"]), 4))
        )
    if key == "card":
        return e["card"]
    raise KeyError(key)


def _header(style: str, key: str, locale: str) -> str:
    base = {"street2": "street2", "postcode2": "postcode2", "town2": "town2"}
    if style == "shopify" or key in base:
        return columns.SHOPIFY.get(key) or columns.header(style, key.rstrip("2"), locale) + " 2"
    if key in ("ip", "birthday_md"):
        return columns.look_header(style, key, locale)
    if style == "vcard" and key in ("iban", "card", "id"):
        return columns.VCARD[key]
    return columns.header(style, key, locale)


def _english_share(locale: str) -> float:
    if LANG[locale] == "en" or local.local_language(LANG[locale]) is None:
        return 1.0
    return 0.5 if locale in FIRST7 else 0.4 if locale in NEW8_24 else 0.35


def _note(e: dict, t: dict, rng: random.Random, locale: str) -> tuple[str, list, str, str]:
    """(note, truth, genre, template) of a row; an empty notes cell about one row in eight."""
    if rng.random() < 0.12:
        return "", [], "", ""
    lg = LANG[locale]
    if rng.random() < _english_share(locale):
        genres = t["genres"] if rng.random() < 0.7 else tuple(notes.ENGLISH)
        genre = rng.choice(genres)
        template, note_lg = rng.choice(notes.ENGLISH[genre]), "en"
    else:
        genre, template = rng.choice(local.local_templates(lg))
        note_lg = local.local_language(lg) or "en"
    p = e["p"]
    child_first = genre in ("babysit_profile", "tutor_report", "tutoring_request")
    money = e["iban"] or e["card"]
    ident = e["id"] or e["card"]
    layout = t["note_dob_layout"]
    values = {
        "name": people.written(p, locale, t["note_name_form"]), "name_lower": people.full(p, locale).lower(),
        "name_upper": people.full(p, locale).upper(), "name2": people.full(e["contact"], locale),
        "first": e["child"] if child_first else p.first, "titled": f"{_title(p, note_lg)} {p.last}", "_surname": p.last,
        "phone": ids.phone_text(ids.write_phone(e["phone"], t["note_phone_layout"], rng)),
        "phone2": ids.phone_text(ids.write_phone(e["phone2"], "national", rng)), "email": e["email"],
        "street": e["street"], "dob": language.fmt_date(e["dob"], locale, layout),
        "cdob": language.fmt_date(e["cdob"], locale, layout), "id": ident, "iban": money, "card": e["card"],
        "postcode": e["postcode"], "town": e["town"], "ref": f"{t['ref_prefix']}{rng.randint(1000, 99999)}",
        "date": language.fmt_date(language.event_date(rng), locale, layout),
        "time": f"{rng.randint(8, 18)}:{rng.choice(('00', '30'))}",
        "amount": columns.amount(rng, locale, 25, 420), "idname": ids.id_name(locale) if e["id"] else "card",
        "staff": rng.choice(t["staff"]), "device": rng.choice(columns.DEVICES),
    }  # fmt: skip
    kinds = {"id": "ssn" if locale == "en_US" else "national_id"}
    if not e["id"]:
        kinds["id"] = "credit_debit_card"
    if not e["iban"]:
        kinds["iban"] = "credit_debit_card"
    text, truth = notes.render(template, values, kinds)
    return text, truth, genre, template


def heldout24_table(locale: str, seed: int, n: int = N_ROWS) -> types.SimpleNamespace:
    """One table of ``locale`` and ``seed`` -> ``frame``, ``labels`` (column -> accepted entities, None for not
    personal data, "dont_care"), ``notes`` (each row's ``[(entity, value)]``), ``forms`` (genres), ``templates``,
    ``notes_column``, ``shape`` and ``branch`` (the depot/branch-town columns); ``n`` 0: the table's own count."""
    rng = random.Random(f"set24|{locale}|{seed}")
    shape = _shape_of(locale, seed)
    style, _, _, looks, genres = SHAPES[shape]
    rows = n or _rows(locale, seed, rng)
    name_fake, place_fake = people.name_faker(locale, seed), places.faker_for(locale, seed)
    size = max(3, round(rows * rng.uniform(0.55, 0.95)))
    pool = _pool(locale, rng, name_fake, place_fake, size)
    keys = _choose_keys(shape, locale, rng)
    plain = [k for k in looks if k != "branch"]
    look_keys = rng.sample(plain, min(len(plain), rng.randint(3, 6)))
    if "branch" in looks and rng.random() < 0.75:
        look_keys.append("branch")
    reg = region(locale)
    dob_layout, dob_time = _dob_layout(style, locale, rng)
    if style == "powerbi" and language.has_long_dates(locale):
        event_layout = "%A, %B %-d, %Y" if locale in language.US_LIKE else "%A, %-d %B %Y"
    else:
        event_layout = dob_layout
    phone_len = len(str(pool[0]["phone"].national_number)) + (0 if reg in ("US", "CA", "IT") else 1)
    t = {"style": style, "genres": genres, "case_first": rng.choice(("natural", "natural", "upper", "lower")),
         "case_last": rng.choice(("natural", "natural", "upper")), "name_form": rng.choice(people.FORMS),
         "phone_layout": rng.choice(_PHONE_LAYOUTS[style]), "phone2_layout": rng.choice(_PHONE_LAYOUTS[style]),
         "email_upper": rng.random() < 0.08, "dob_layout": dob_layout, "dob_time": dob_time,
         "id_compact": rng.random() < 0.4, "iban_grouped": rng.random() < 0.5,
         "note_name_form": rng.choice(("natural", "natural", "upper", "last_first_comma")),
         "note_phone_layout": rng.choice(("national", "national", "international", "bare")),
         "note_dob_layout": language.dob_layout(locale, rng), "ref_prefix": rng.choice(("J", "HR-", "#", "T", "C")),
         "staff": rng.sample(columns.TECHS, 3)}  # fmt: skip
    if t["phone2_layout"] == "two_numbers":
        t["phone2_layout"] = "national"
    lat, lon = _LATLON.get(reg, (rng.uniform(-30, 55), rng.uniform(-90, 120)))
    staff = t["staff"] if style != "survey" else columns.TUTORS
    ctx = {"phone_len": phone_len, "staff": staff, "dob_layout": event_layout,
           "van": columns.plate(rng, locale), "lat": lat, "lon": lon, "order": rng.randint(1001, 4000),
           "collector": rng.randint(400000000, 499999999),
           "branches": tuple(places.place(locale, rng, place_fake)[2] for _ in range(rng.randint(1, 3)))}  # fmt: skip
    order = list(range(size)) + [rng.randrange(size) for _ in range(rows - size)]
    rng.shuffle(order)
    order = order[:rows]
    miss = _missing(style, locale, rng)
    cols: dict[str, list] = {}
    labels: dict[str, object] = {}
    branch: list[str] = []
    header_of = {}
    for k in keys:
        h = _header(style, k, locale) if k not in ("ip", "birthday_md") else columns.look_header(style, k, locale)
        if style == "sql" and k == "dob" and dob_time:  # the raw DATETIME column, not a formatted one
            h = h.split("(")[1].split(",")[0]
        header_of[k] = h
        cols[h] = []
        labels[h] = "dont_care" if k == "birthday_md" else _id_label(locale) if k == "id" else _LABEL[k]
    for k in look_keys:
        h = columns.look_header(style, k, locale)
        header_of[k] = h
        cols[h] = []
        labels[h] = _LABEL["ip"] if k == "ip" else None
        if k == "branch":
            branch.append(h)
    notes_col = (
        columns.header(style, "notes", locale)
        if style in ("fhir", "vcard", "shopify", "mailchimp", "survey")
        else {
            "powerbi": "Jobs[Job Notes]",
            "sql": "h.remarks",
            "asterisk": words.labels(LANG[locale])["name"] and "Notes",
        }[style]
    )
    if style == "asterisk":
        notes_col = {
            "de": "Fehlerbeschreibung",
            "fr": "Description de la panne",
            "es": "Descripción de la avería",
            "it": "Descrizione del guasto",
            "nl": "Omschrijving storing",
        }.get(LANG[locale], "Fault description")
    truth_notes, forms, templates, note_cells = [], [], [], []
    for i in order:
        e = pool[i]
        ctx["dob"] = e["dob"]
        for k in keys:
            if k == "birthday_md":
                v = columns.lookalike("birthday_md", rng, locale, ctx)
            elif k == "ip":
                v = ids.ip_address(rng)
            else:
                v = _cell(k, e, t, rng, locale)
            if k not in ("first", "last", "name", "email") and rng.random() < 0.06:
                v = pd.NA if isinstance(v, int) else float("nan") if isinstance(v, float) else miss
            cols[header_of[k]].append(v)
        for k in look_keys:
            cols[header_of[k]].append(columns.lookalike(k, rng, locale, ctx) if k != "ip" else ids.ip_address(rng))
        text, truth, form, template = _note(e, t, rng, locale)
        note_cells.append(text if text or style != "powerbi" else "(Blank)")
        truth_notes.append(truth)
        forms.append(form)
        templates.append(template)
    # The personal and look-alike columns mixed as the system lays them out; the notes column last or in the middle.
    names = list(cols)
    rng.shuffle(names)
    names.sort(key=lambda h: 0 if labels[h] is not None else rng.random() * 2)
    at = len(names) if rng.random() < 0.6 else rng.randint(len(names) // 2, len(names))
    names.insert(at, notes_col)
    cols[notes_col] = note_cells
    data = {}
    for h in names:
        values = cols[h]
        if any(isinstance(v, int) and not isinstance(v, bool) for v in values) and all(
            (isinstance(v, int) or v is pd.NA) for v in values
        ):
            data[h] = pd.array(values, dtype="Int64")
        else:
            data[h] = values
    frame = pd.DataFrame(data)
    return types.SimpleNamespace(frame=frame, labels=labels, notes=truth_notes, forms=forms, templates=templates,
                                 notes_column=notes_col, shape=shape, branch=tuple(branch))  # fmt: skip
