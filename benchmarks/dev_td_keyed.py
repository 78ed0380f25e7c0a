"""Development set of helper TD (session 33): dates of birth, IBANs and national ids inside notes and logs.

Own templates, names and keys (not taken from the held-out sets or the tests) for the seven main locales
(en_US en_GB de_DE fr_FR es_ES it_IT nl_NL): a date of birth under many key layouts (logfmt, ``key: value``,
arrows, tags, query strings, SQL, YAML/TOML/INI, headers, nested JSON, brackets after a name, birth words of
the language, ticket threads) in many date layouts; IBANs in many spellings; national ids with and without
cue words in the language's sentences. Negative notes carry order numbers, amounts, appointment and log dates,
phones, postcodes and versions that must not become birth dates, ids or IBANs.

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/dev_td_keyed.py [--n 30] [--show FORM]``; prints caught /
total per form (a target is caught when one span covers it whole; "typed" when that span's entity is right)
and the negatives wrongly taken.
"""

from __future__ import annotations

import argparse
import random
import string
from collections import defaultdict
from datetime import date

LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL")
REGION = {"en_US": "US", "en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "es_ES": "ES", "it_IT": "IT", "nl_NL": "NL"}
NAMES = {
    "en_US": ["Darnell Hughes", "Kristen Oakley", "Marcus Bell", "Tamara Price", "Wesley Ford"],
    "en_GB": ["Gemma Pickering", "Rhys Holloway", "Siobhan Clarke", "Callum Dunn", "Imogen Shaw"],
    "de_DE": ["Torsten Brandt", "Heike Lindner", "Jannik Vogel", "Sabine Kühn", "Ulrich Marx"],
    "fr_FR": ["Élodie Marchand", "Thibault Roux", "Capucine Leroy", "Yannick Perrin", "Solène Girard"],
    "es_ES": ["Alejandro Fuentes", "Nerea Castillo", "Iker Navarro", "Rocío Serrano", "Gonzalo Ibáñez"],
    "it_IT": ["Lorenzo Galli", "Chiara Ferri", "Matteo Conti", "Ilaria Barbieri", "Davide Longo"],
    "nl_NL": ["Sander Visser", "Femke de Boer", "Joris Mulder", "Lotte Smits", "Bram van Dijk"],
}
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}
# Birth-date keys of each language (identifier spellings), and birth words of its prose.
DOB_KEYS = {
    "en": ["dob", "DOB", "birth_dt", "bdate", "birthDate", "patientDOB", "date_of_birth", "BirthDate", "d_o_b"],
    "de": ["geb_datum", "geburtsdatum", "GebDatum", "dob", "geburtstag"],
    "fr": ["date_naissance", "dateNaissance", "ddn", "date_de_naissance", "dob"],
    "es": ["fecha_nac", "fechaNacimiento", "fecha_nacimiento", "f_nac", "dob"],
    "it": ["data_nascita", "dataNascita", "data_di_nascita", "dob", "nascita"],
    "nl": ["geboortedatum", "geb_datum", "gebdatum", "dob", "geboorte_datum"],
}
BORN = {  # a third-person birth sentence part with the name before: "{name} {born} {dob}"
    "en": ["born", "born on", "b."],
    "de": ["geboren am", "geb.", "(* {dob})"],
    "fr": ["né le", "née le", "(née le {dob})"],
    "es": ["nacido el", "nacida el", "(nacida el {dob})"],
    "it": ["nato il", "nata il", "(nata il {dob})"],
    "nl": ["geboren op", "geb.", "(geboren op {dob})"],
}
TICKET = {
    "en": ["DOB on file is {dob}", "date of birth updated to {dob}", "confirmed birthdate {dob} with caller",
           "customer gave DOB as {dob}", "dob corrected from {dob}"],
    "de": ["Geburtsdatum im System ist {dob}", "Geburtsdatum korrigiert auf {dob}", "Geb.-Datum bestätigt: {dob}"],
    "fr": ["date de naissance enregistrée : {dob}", "date de naissance corrigée en {dob}", "DDN confirmée {dob}"],
    "es": ["fecha de nacimiento en ficha: {dob}", "fecha de nacimiento corregida a {dob}", "F. nac. confirmada {dob}"],
    "it": ["data di nascita in archivio {dob}", "data di nascita aggiornata a {dob}", "nascita confermata: {dob}"],
    "nl": ["geboortedatum in dossier is {dob}", "geboortedatum gewijzigd naar {dob}", "geb. datum bevestigd {dob}"],
}
IBAN_CUES = {"en": ["IBAN", "account", "bank account"], "de": ["Kontonr.", "IBAN", "Konto"],
             "fr": ["compte", "IBAN", "RIB"], "es": ["cuenta", "IBAN", "nº de cuenta"],
             "it": ["conto", "IBAN", "c/c"], "nl": ["rekening", "IBAN", "rekeningnummer"]}  # fmt: skip
IBAN_COUNTRY = {"en_US": "DE", "en_GB": "GB", "de_DE": "DE", "fr_FR": "FR", "es_ES": "ES", "it_IT": "IT",
                "nl_NL": "NL"}  # fmt: skip
ID_CUES = {
    "en_US": ["SSN", "social security number", "SSN#"],
    "en_GB": ["NI number", "NINO", "National Insurance no."],
    "de_DE": ["Steuer-ID", "Steuer-IdNr.", "Steueridentifikationsnummer"],
    "fr_FR": ["NIR", "n° de sécurité sociale", "numéro de sécu"],
    "es_ES": ["DNI", "NIE", "documento"],
    "it_IT": ["codice fiscale", "C.F.", "cod. fiscale"],
    "nl_NL": ["BSN", "burgerservicenummer", "BSN-nummer"],
}
LOCAL_ID_SENTENCE = {
    "en": "{name} called to update the file, {cue} {id}, please check",
    "de": "Übergabe: {name} hat angerufen, {cue} {id}, bitte prüfen",
    "fr": "Relève : {name} a appelé, {cue} {id}, à vérifier",
    "es": "Cambio de turno: llamó {name}, {cue} {id}, revisar",
    "it": "Consegna turno: ha chiamato {name}, {cue} {id}, verificare",
    "nl": "Overdracht: {name} belde, {cue} {id}, graag nakijken",
}
BARE_ID_SENTENCE = {
    "en": "{name} {id} left a message for the team",
    "de": "Rückruf an {name} ({id}) wegen Unterlagen",
    "fr": "Dossier de {name} ({id}) transmis au service",
    "es": "Expediente de {name} ({id}) enviado",
    "it": "Pratica di {name} ({id}) inoltrata",
    "nl": "Dossier {name} ({id}) doorgestuurd",
}


def lang(locale: str) -> str:
    return locale[:2]


def dob_layouts(locale: str, d: date, rng: random.Random) -> dict[str, str]:
    """A birth date in many written layouts (month-first only in en_US)."""
    la = lang(locale)
    month = MONTHS[la].split()[d.month - 1]
    abbr = month[:3] + ("." if la in ("de", "fr", "nl") and len(month) > 4 else "")
    day_first = locale != "en_US"
    dm = (d.day, d.month) if day_first else (d.month, d.day)
    out = {
        "slash": f"{dm[0]:02d}/{dm[1]:02d}/{d.year}",
        "dot": f"{dm[0]:02d}.{dm[1]:02d}.{d.year}",
        "dash": f"{dm[0]:02d}-{dm[1]:02d}-{d.year}",
        "unpadded": f"{dm[0]}/{dm[1]}/{d.year}",
        "iso": d.isoformat(),
        "iso_time": d.isoformat() + rng.choice(["T00:00:00Z", "T00:00:00", " 00:00:00", "T00:00:00.000Z"]),
        "long": f"{d.day} {month} {d.year}" if la != "en" or locale == "en_GB" else f"{month} {d.day}, {d.year}",
        "abbr": f"{d.day} {abbr} {d.year}" if locale != "en_US" else f"{abbr} {d.day} {d.year}",
        "two_digit": f"{dm[0]:02d}/{dm[1]:02d}/{d.year % 100:02d}",
        "compact": f"{d.year}{d.month:02d}{d.day:02d}",
    }
    if la == "en":
        suffix = "th" if 10 < d.day % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        out["ordinal"] = f"{d.day}{suffix} {month} {d.year}"
    if la == "fr" and d.day == 1:
        out["ordinal"] = f"1er {month} {d.year}"
    if la == "de":
        out["long"] = f"{d.day}. {month} {d.year}"
    if la == "es":
        out["long"] = f"{d.day} de {month} de {d.year}"
    return out


def birth(rng: random.Random) -> date:
    return date.fromordinal(date(1935, 1, 1).toordinal() + rng.randint(0, 70 * 365))


def dob_forms(locale: str, name: str, dob: str, rng: random.Random) -> dict[str, str]:
    """One note per key/value form, ``{dob}`` in place."""
    la = lang(locale)
    key = rng.choice(DOB_KEYS[la])
    ref = f"{rng.choice(string.ascii_uppercase)}{rng.randint(10000, 99999)}"
    amount = f"{rng.randint(10, 999)}.{rng.randint(0, 99):02d}"
    first, last = name.split(" ", 1)
    born = rng.choice(BORN[la])
    born_text = born.format(dob=dob) if "{dob}" in born else f"{born} {dob}"
    return {
        "logfmt": f"level=info msg=updated ref={ref} name=\"{name}\" {key}={dob} amount={amount}",
        "logfmt_quoted": f'ts=2025-02-03T10:11:12Z level=warn user="{name}" {key}="{dob}" src=crm',
        "colon_kv": f"ref: {ref} | {key}: {dob} | status: open",
        "arrow": f"{key} -> {dob} (was blank)",
        "bracket_tag": f"[{key} {dob}] {name} rang about the renewal",
        "query": f"GET /api/v2/people?ref={ref}&{key}={dob}&lang={la}",
        "sql": f"INSERT INTO people (name, {key}, ref) VALUES ('{name}', '{dob}', '{ref}');",
        "yaml": f"person:\n  name: {name}\n  {key}: {dob}\n  ref: {ref}",
        "toml": f'[person]\nname = "{name}"\n{key} = "{dob}"',
        "ini": f"[record]\nref={ref}\n{key} = {dob}",
        "header": f"X-Ref: {ref}\nX-{key.replace('_', '-').title()}: {dob}",
        "json_nested": f'{{"data": {{"person": {{"{key}": "{dob}", "ref": "{ref}"}}}}}}',
        "paren_cue": f"spoke to {name} ({rng.choice(['dob', 'DOB:', 'd.o.b.', 'DOB'])} {dob}) re: refund",
        "paren_bare": f"caller {name} ({dob}) says the card never arrived",
        "born_word": f"{name} {born_text} — {rng.choice(['file updated', 'rappel', 'nota'])}",
        "ticket": f"#{ref} comment 2 ({rng.choice(['agent', 'ops'])}): {rng.choice(TICKET[la]).format(dob=dob)}",
        "inverted_name": f"{last}, {first} ({dob})",
    }


def iban_value(country: str, rng: random.Random) -> str:
    from stdnum import iban as stdiban

    length = {"GB": 22, "DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18}[country]
    while True:
        if country == "GB":
            bban = "".join(rng.choice(string.ascii_uppercase) for _ in range(4)) + "".join(
                rng.choice(string.digits) for _ in range(14)
            )
        elif country == "NL":
            bban = "".join(rng.choice(string.ascii_uppercase) for _ in range(4)) + "".join(
                rng.choice(string.digits) for _ in range(10)
            )
        elif country == "IT":
            bban = rng.choice(string.ascii_uppercase) + "".join(rng.choice(string.digits) for _ in range(22))
        else:
            bban = "".join(rng.choice(string.digits) for _ in range(length - 4))
        check = stdiban.calc_check_digits(country + "00" + bban)
        value = f"{country}{check}{bban}"
        if stdiban.is_valid(value):
            return value


def group4(value: str, sep: str = " ") -> str:
    return sep.join(value[i : i + 4] for i in range(0, len(value), 4))


def iban_forms(locale: str, name: str, rng: random.Random) -> dict[str, tuple[str, str]]:
    la = lang(locale)
    iban = iban_value(IBAN_COUNTRY[locale], rng)
    cue = rng.choice(IBAN_CUES[la])
    forms = {
        "grouped": group4(iban), "compact": iban, "lower": group4(iban).lower(), "dotted": group4(iban, "."),
        "dashed": group4(iban, "-"), "telegram": group4(iban), "bracket": group4(iban), "quoted": iban,
        "after_cue": group4(iban), "lower_compact": iban.lower(),
    }  # fmt: skip
    text = {
        "grouped": f"{name} asked to pay into {{v}} from next month",
        "compact": f"refund to {{v}} approved ({name})",
        "lower": f"{cue} {{v}} - {name}",
        "dotted": f"{cue}: {{v}}",
        "dashed": f"{cue} {{v}}, {name}",
        "telegram": f"ARRIVED STOP SEND MONEY TO {cue.upper()} {{v}} STOP {name.upper()} STOP",
        "bracket": f"{name} [{{v}}] to be refunded",
        "quoted": f'account="{{v}}" holder="{name}"',
        "after_cue": f"{cue} {{v}} gewijzigd / changed",
        "lower_compact": f"{cue} {{v}}",
    }
    return {k: (text[k].replace("{v}", v), v) for k, v in forms.items()}


def national_id(locale: str, rng: random.Random) -> list[tuple[str, str]]:
    """(kind, value) ids of the locale, in their written layouts."""
    from stdnum.de import idnr
    from stdnum.es import dni
    from stdnum.fr import nir
    from stdnum.it import codicefiscale
    from stdnum.nl import bsn

    digits = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
    if locale == "en_US":
        a, b, c = rng.randint(100, 665), rng.randint(10, 99), rng.randint(1000, 9999)
        return [("ssn_dashed", f"{a}-{b}-{c}"), ("ssn_plain", f"{a}{b}{c}"), ("ssn_spaced", f"{a} {b} {c}")]
    if locale == "en_GB":
        pre = rng.choice(["AB", "JK", "NW", "TC", "PR", "SM"])
        n = digits(6)
        return [("nino_spaced", f"{pre} {n[:2]} {n[2:4]} {n[4:]} {rng.choice('ABCD')}"),
                ("nino_compact", f"{pre}{n}{rng.choice('ABCD')}")]  # fmt: skip
    if locale == "de_DE":
        while True:
            v = str(rng.randint(1, 9)) + digits(9)
            if len(set(v)) >= 8:
                try:
                    v = v + idnr.calc_check_digit(v)
                except Exception:
                    continue
                if idnr.is_valid(v):
                    break
        return [("steuer_id", f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"), ("steuer_id_plain", v)]
    if locale == "fr_FR":
        body = f"{rng.choice('12')}{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 95):02d}"
        body += digits(6)
        key = nir.calc_check_digits(body)
        return [("nir_spaced", f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key}"),
                ("nir_plain", body + key)]  # fmt: skip
    if locale == "es_ES":
        n = digits(8)
        nie_n = digits(7)
        nie_letter = dni.calc_check_digit(str("XYZ".index("Y")) + nie_n)
        return [("dni", n + dni.calc_check_digit(n)), ("nie", f"Y{nie_n}{nie_letter}")]
    if locale == "it_IT":
        letters = lambda k: "".join(rng.choice("BCDFGLMNPRSTVZ") for _ in range(k))  # noqa: E731
        body = f"{letters(6)}{rng.randint(40, 99):02d}{rng.choice('ABCDEHLMPRST')}{rng.randint(1, 28):02d}" + (
            f"{rng.choice('AFHLM')}{rng.randint(100, 999)}"
        )
        cf = body + codicefiscale.calc_check_digit(body)
        return [("cf_upper", cf), ("cf_lower", cf.lower())]
    while True:
        v = digits(9)
        if bsn.is_valid(v) and v[0] != "0":
            break
    return [("bsn", v), ("bsn_dotted", f"{v[:4]}.{v[4:6]}.{v[6:]}")]


NEGATIVES = (
    "level=info ts={ts} order={order} amount={amount} currency=EUR status=paid",
    "appointment={appt} ref={order} room=12 clinician=\"{name}\"",
    "visit_date: {appt} | next_review: {appt2} | {name}",
    "created_at={ts} updated_at={ts} version=2.14.3 build=20240311",
    "INSERT INTO orders (id, order_date, total) VALUES ({order_digits}, '{appt}', {amount});",
    "{{\"invoice\": {{\"number\": \"{order}\", \"date\": \"{appt}\", \"total\": {amount}}}}}",
    "Invoice {order_digits} dated {appt}, amount {amount} EUR, due {appt2}",
    "tel {phone} | postcode {postcode} | order {order_digits}",
    "[{ts}] INFO job=export rows=123456 took=12.5s v1.9.0",
    "GET /orders?from={appt}&to={appt2}&page=2",
    "ARRIVED {appt} STOP ORDER {order_digits} STOP TOTAL {amount} STOP",
    "{name} ({appt}) meeting moved to {appt2}",
    "ticket #{order_digits}: closed on {appt}, reopened {appt2}",
    "ref {order_digits} case {case} account 12345678 sort 20-00-00",
)


def negatives(locale: str, rng: random.Random) -> list[tuple[str, list[str]]]:
    """Notes whose numbers and dates are no birth date, id or IBAN (each note with the values to keep)."""
    out = []
    for template in NEGATIVES:
        appt = date(2024, 1, 1).toordinal() + rng.randint(0, 700)
        lay = dob_layouts(locale, date.fromordinal(appt), rng)
        lay2 = dob_layouts(locale, date.fromordinal(appt + rng.randint(7, 60)), rng)
        style = rng.choice(["slash", "dot", "iso", "dash"])
        values = {
            "ts": date.fromordinal(appt).isoformat() + f"T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:07Z",
            "order": f"ORD-{rng.randint(100000, 999999)}", "order_digits": str(rng.randint(10**7, 10**9)),
            "amount": f"{rng.randint(10, 9999)}.{rng.randint(0, 99):02d}", "appt": lay[style], "appt2": lay2[style],
            "name": rng.choice(NAMES[locale]), "phone": rng.choice(["+44 20 7946 0958", "030 1234567",
            "06 12345678", "01 42 68 53 00", "(212) 555-0147", "912 345 678", "02 1234 5678"]),
            "postcode": rng.choice(["SW1A 1AA", "10115", "75008", "28013", "00184", "1012 AB", "94105"]),
            "case": f"C-{rng.randint(1000, 9999)}",
        }  # fmt: skip
        text = template.format(**values)
        keep = [values[k] for k in ("ts", "order", "order_digits", "amount", "appt", "appt2", "phone", "postcode")
                if "{" + k + "}" in template]  # fmt: skip
        out.append((text, keep))
    return out


def build(n: int, seed: int = 3301) -> tuple[list[tuple[str, str, str, str, str]], list[tuple[str, str, list[str]]]]:
    """(group, form, locale, text, target) cases and (locale, text, kept values) negatives."""
    rng = random.Random(seed)
    cases = []
    for locale in LOCALES:
        la = lang(locale)
        for i in range(n):
            name = rng.choice(NAMES[locale])
            layouts = dob_layouts(locale, birth(rng), rng)
            styles = sorted(layouts)
            for form, text in dob_forms(locale, name, "{dob}", rng).items():
                style = styles[(i + len(form)) % len(styles)]
                dob = layouts[style]
                cases.append(("dob", form, locale, text.replace("{dob}", dob), dob))
                cases.append(("dob_layout", style, locale, text.replace("{dob}", dob), dob))
            for form, (text, value) in iban_forms(locale, name, rng).items():
                cases.append(("iban", form, locale, text, value))
            for kind, value in national_id(locale, rng):
                cue = rng.choice(ID_CUES[locale])
                cases.append(("id", f"{kind}+cue", locale, LOCAL_ID_SENTENCE[la].format(name=name, cue=cue, id=value),
                              value))  # fmt: skip
                cases.append(("id", f"{kind}+bare", locale, BARE_ID_SENTENCE[la].format(name=name, id=value), value))
                cases.append(("id", f"{kind}+key", locale, f"user={name.split()[0].lower()} {rng.choice(['national_id', 'id_number', 'tax_id'])}={value} ok=1", value))  # noqa: E501
    negs = [(locale, text, keep) for locale in LOCALES for _ in range(max(1, n // 5)) for text, keep in
            negatives(locale, rng)]  # fmt: skip
    return cases, negs


_SENSITIVE = {"date_of_birth", "national_id", "ssn", "tax_id", "iban", "credit_debit_card"}
_EXPECTED = {"dob": {"date_of_birth"}, "dob_layout": {"date_of_birth"}, "iban": {"iban"},
             "id": {"national_id", "ssn", "tax_id"}}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=20)
    parser.add_argument("--show", default="", help="print the misses of this form")
    parser.add_argument("--group", default="", help="only this group (dob, iban, id)")
    parser.add_argument("--wire", action="store_true", help="add text_id_iban.iban_spans as the wiring request asks")
    args = parser.parse_args()
    if args.wire:
        import safe_synthesizer.pii.text_detector as td
        from safe_synthesizer.pii.text_id_iban import iban_spans

        original = td.pattern_spans
        td.pattern_spans = lambda text, regions, entities: original(text, regions, entities) + (
            iban_spans(text) if "iban" in entities else []
        )

    from safe_synthesizer.pii import entities as E
    from safe_synthesizer.pii.text_detector import load_text_detector

    wanted = [E.NAME, E.FIRST_NAME, E.LAST_NAME, E.STREET_ADDRESS, E.CITY, E.POSTCODE, E.PHONE_NUMBER, E.EMAIL,
              E.SSN, E.NATIONAL_ID, E.TAX_ID, E.CREDIT_DEBIT_CARD, E.IBAN, E.DATE_OF_BIRTH]  # fmt: skip
    cases, negs = build(args.n)
    dets = {loc: load_text_detector(wanted, region=REGION[loc]) for loc in LOCALES}
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    by_loc: dict[str, list[str]] = defaultdict(list)
    for _, _, loc, text, _ in cases:
        by_loc[loc].append(text)
    for loc, text, _ in negs:
        by_loc[loc].append(text)
    found = {}
    for loc, texts in by_loc.items():
        for text, spans in zip(texts, dets[loc].find_spans(texts), strict=True):
            found[(loc, text)] = spans
    for group, form, loc, text, target in cases:
        if args.group and group != args.group:
            continue
        start = text.index(target)
        spans = found[(loc, text)]
        cover = [s for s in spans if s.start <= start and s.end >= start + len(target)]
        row = tally[(group, form)]
        row[0] += 1
        row[1] += bool(cover)
        row[2] += any(s.entity in _EXPECTED[group] for s in cover)
        if args.show and form == args.show and not any(s.entity in _EXPECTED[group] for s in cover):
            print("MISS", loc, repr(text), "->", [(text[s.start : s.end], s.entity) for s in spans])
    for (group, form), (total, caught, typed) in sorted(tally.items()):
        print(f"{group:10s} {form:18s} {caught:4d}/{total:<4d} typed {typed:4d}  {caught / total:.3f}")
    fp = 0
    kept = 0
    for loc, text, keep in negs:
        spans = found[(loc, text)]
        for value in keep:
            start = text.index(value)
            bad = [s for s in spans if s.entity in _SENSITIVE and s.start < start + len(value) and s.end > start]
            kept += 1
            if bad:
                fp += 1
                if args.show in ("neg", "all"):
                    print("FP", loc, repr(text), [(text[s.start : s.end], s.entity) for s in bad])
    print(f"negatives: {fp} of {kept} kept values taken as a birth date / id / IBAN")
    totals = defaultdict(lambda: [0, 0])
    for (group, _), (total, caught, _) in tally.items():
        totals[group][0] += total
        totals[group][1] += caught
    for group, (total, caught) in sorted(totals.items()):
        print(f"TOTAL {group:10s} {caught}/{total} = {caught / total:.3f}")


if __name__ == "__main__":
    main()
