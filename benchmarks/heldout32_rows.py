"""Held-out set 32: four of the eight export shapes (``heldout32_rows2`` has the others).

- ``care_rota``: a home-care agency's visit rota (Birdie / CareLineLive style: a row per visit, clients come back
  daily; the carer a staff category "don't care"; the key-safe code a 4-digit look-alike; the next of kin's name,
  relation and number in one cell; the funder and care package as categories);
- ``momo``: a mobile-money agent's transaction register (English headers in most places, as the operator's agent
  app exports them: ``MSISDN``, ``Trans. ID``, the customer in capitals, the id type and number, the other party's
  number; the agent's shop named after its owner; customers come back);
- ``scrap``: a scrap-metal dealer's purchase record (the seller's name, address whole or in parts, the id document
  and its reference "don't care", the vehicle registration a look-alike, the bank account for transfers);
- ``matters``: a law firm's matter list (Clio's export headers in English, or the local practice system's: the
  display number ``00123-Weber`` joining a number and the client's surname "don't care", the opposing party, the
  responsible lawyer "don't care", practice areas).

Each builder fills the table's columns (``heldout32_cells.add``) and returns, per row, the people a note may name.
"""

from __future__ import annotations

import string
import types

import heldout32_cells as c
import heldout32_people as people
from heldout28_ids import plate
from heldout32_language import event_date, region


def _staff(t: types.SimpleNamespace, k: int, form: str = "initial") -> list[str]:
    return [people.name_cell(p, form) for p in c.crowd(t, k)]


def _kin(t: types.SimpleNamespace, who: list) -> list[str]:
    rel = {"en": ("daughter", "son", "wife", "neighbour"), "de": ("Tochter", "Sohn", "Ehefrau", "Nachbarin"),
           "fr": ("fille", "fils", "épouse", "voisine"), "es": ("hija", "hijo", "esposa", "vecina"),
           "it": ("figlia", "figlio", "moglie", "vicina"), "nl": ("dochter", "zoon", "echtgenote", "buurvrouw"),
           "pt": ("filha", "filho", "esposa", "vizinha")}[t.lang]  # fmt: skip
    out = []
    for _ in who:
        k = people.new_person(t.src, t.rng)
        ph = people.phone_cell(k.mobile, t.rng.choice(("national", "intl")), t.rng)
        form = t.rng.random()
        if form < 0.4:
            out.append(f"{k.full} ({t.rng.choice(rel)}) {ph}")
        elif form < 0.7:
            out.append(f"{people.name_cell(k, 'comma')} - {ph}")
        else:
            out.append(f"{t.rng.choice(rel).capitalize()}: {k.full}, {ph}")
    return c.sometimes(t, out, 0.1)


def care_rota(t: types.SimpleNamespace) -> list:
    """A home-care agency's visit rota (module docstring)."""
    who = c.visits(t, (0.15, 0.45))
    carers = _staff(t, t.rng.randint(3, 6), t.rng.choice(("initial", "natural", "initials")))
    c.add(t, "Visit ID|Einsatz-Nr.|N° intervention|Nº visita|ID visita|Bezoeknr.|N.º visita",
          [f"V{40000 + i * 7}" for i in range(t.n)], None)  # fmt: skip
    dates = sorted(event_date(t.rng, 1) for _ in range(t.n))
    c.add(t, "Date|Datum|Date|Fecha|Data|Datum|Data", [d.isoformat() for d in dates], None)
    c.add(
        t,
        "Start|Beginn|Début|Inicio|Inizio|Start|Início",
        [f"{t.rng.choice((7, 8, 12, 13, 17, 20))}:{t.rng.choice(('00', '15', '30', '45'))}" for _ in who],
        None,
    )
    form = t.rng.choice((("comma", "upper_last"), ("natural", "initial"), ("last_first", "natural")))
    c.add(t, "Client|Klient|Bénéficiaire|Usuario|Assistito|Cliënt|Utente",
          c.name_forms(t, who, form, (0.8, 0.2)), c.NAME)  # fmt: skip
    if t.rng.random() < 0.7:
        c.add(t, "Client DOB|Geburtsdatum|Date de naissance|F. nacimiento|Data di nascita|Geboortedatum|"
                 "Data de nascimento", c.sometimes(t, c.dobs(t, [p.dob for p in who]), 0.1), c.DOB)  # fmt: skip
    c.add(t, "Visit address|Einsatzort|Adresse d'intervention|Dirección|Indirizzo|Bezoekadres|Morada",
          [p.address for p in who], c.ADDR)  # fmt: skip
    c.add(t, "Key safe|Schlüsselsafe|Boîte à clés|Caja de llaves|Cassetta chiavi|Sleutelkluis|Cofre chaves",
          c.sometimes(t, [f"{t.rng.randint(1000, 9999)}" for _ in who], 0.3), None)  # fmt: skip
    c.add(t, "Carer|Pflegekraft|Intervenant|Auxiliar|Operatore|Verzorgende|Cuidador",
          [t.rng.choice(carers) for _ in who], c.DC)  # fmt: skip
    c.add(t, "Second carer|2. Kraft|2e intervenant|2º auxiliar|2° operatore|2e verzorgende|2.º cuidador",
          [t.rng.choice(carers) if t.rng.random() < 0.1 else "" for _ in who], c.DC)  # fmt: skip
    c.add(t, "Client tel|Telefon|Téléphone|Teléfono|Telefono|Telefoon|Telefone",
          c.sometimes(t, c.phones(t, [p.landline for p in who], landline=True), 0.15), c.PHONE)  # fmt: skip
    c.add(t, "Next of kin|Angehörige|Proche aidant|Familiar de contacto|Familiare|Contactpersoon|Familiar",
          _kin(t, who), c.NAME_PHONE)  # fmt: skip
    if t.locale in ("en_GB", "en_IM") and t.rng.random() < 0.8:
        c.add(t, "NHS No", [people.nhs_number(t.rng) for _ in who], c.NID)
    c.add(t, "Care package|Leistung|Prestation|Servicio|Servizio|Zorgpakket|Serviço",
          [t.rng.choice(("Personal care 45", "Medication prompt", "Meal prep 30", "Sit service", "Double-up"))
           for _ in who], None)  # fmt: skip
    c.add(t, "Funder|Kostenträger|Financeur|Financiador|Ente pagatore|Financier|Financiador",
          [t.rng.choice(("Private", "Local authority", "CHC", "Direct payment")) for _ in who], None)  # fmt: skip
    return who


def _txn_id(t: types.SimpleNamespace) -> str:
    return "".join(t.rng.choice(string.ascii_uppercase + string.digits) for _ in range(10))


def momo(t: types.SimpleNamespace) -> list:
    """A mobile-money agent's transaction register (module docstring)."""
    who = c.visits(t, (0.3, 0.8))
    owner = people.new_person(t.src, t.rng)
    c.add(t, "Date", [f"{event_date(t.rng, 1).isoformat()} {t.rng.randint(6, 21):02d}:{t.rng.randint(0, 59):02d}"
                      for _ in who], None)  # fmt: skip
    c.add(t, "Trans. ID", [_txn_id(t) for _ in who], None)
    types_ = [t.rng.choice(("Cash In", "Cash Out", "Send Money", "Bill Pay", "Airtime")) for _ in who]
    c.add(t, "Type", types_, None)
    c.add(t, "Customer Name", c.name_forms(t, who, ("upper_all", "natural", "comma"), (0.6, 0.3, 0.1)), c.NAME)
    c.add(t, "MSISDN", c.phones(t, [p.mobile for p in who]), c.PHONE)
    if any(p.nid for p in who):
        c.add(t, "ID Type", [t.rng.choice(("National ID", "National ID", "Passport", "Voter card")) for _ in who], None)
        c.add(t, "ID Number", c.sometimes(t, c.ids(t, who), 0.05), c.NID)
    others = [people.new_person(t.src, t.rng).mobile for _ in who]
    cells = [
        people.phone_cell(o, "e164", t.rng) if ty == "Send Money" else "" for o, ty in zip(others, types_, strict=True)
    ]
    c.add(t, "Recipient MSISDN", cells, c.PHONE)
    c.add(t, "Amount", [f"{t.rng.randint(1, 400) * 50}" for _ in who], None)
    c.add(t, "Float Bal.", [f"{t.rng.randint(100, 90000)}.00" for _ in who], None)
    c.add(t, "Agent Till", [f"{t.rng.randint(100000, 999999)}" for _ in range(1)] * t.n, None)
    c.add(t, "Agent Name", [f"{owner.first} {owner.last} Enterprises".upper()] * t.n, None)
    return who


def scrap(t: types.SimpleNamespace) -> list:
    """A scrap-metal dealer's purchase record (module docstring)."""
    who = c.visits(t, (0.4, 0.85))
    c.add(t, "Ticket No|Beleg-Nr.|N° bon|Nº ticket|N. ticket|Bonnr.|N.º talão",
          [f"{t.rng.randint(10, 99)}-{5000 + i}" for i in range(t.n)], None)  # fmt: skip
    c.add(
        t,
        "Date/Time|Datum/Zeit|Date/heure|Fecha/hora|Data/ora|Datum/tijd|Data/hora",
        [event_date(t.rng, 1).strftime("%d/%m/%Y") + " 10:1" + str(t.rng.randint(0, 9)) for _ in who],
        None,
    )
    c.add(t, "Seller|Verkäufer|Vendeur|Vendedor|Venditore|Verkoper|Vendedor",
          c.name_forms(t, who, ("natural", "upper_last", "initial"), (0.6, 0.3, 0.1)), c.NAME)  # fmt: skip
    if t.rng.random() < 0.5:
        c.add(t, "Seller address|Anschrift|Adresse|Domicilio|Indirizzo|Adres|Morada",
              [p.address for p in who], c.ADDR)  # fmt: skip
    else:
        c.add(t, "Address 1|Straße|Adresse 1|Dirección|Via|Straat|Rua", [p.street for p in who], c.STREET)
        if any(p.postcode for p in who):
            c.add(t, "Postcode|PLZ|CP|CP|CAP|Postcode|Cód. postal", [p.postcode for p in who], c.PC)
        c.add(t, "Town|Ort|Ville|Localidad|Città|Plaats|Localidade", [p.town for p in who], c.CITY)
    c.add(t, "Phone|Telefon|Tél.|Tel.|Tel.|Tel.|Tel.", c.sometimes(t, c.phones(t, [p.mobile for p in who]), 0.2),
          c.PHONE)  # fmt: skip
    c.add(t, "ID seen|Ausweisart|Pièce|Documento|Documento|ID-bewijs|Documento",
          [t.rng.choice(("Driving licence", "Passport", "ID card")) for _ in who], None)  # fmt: skip
    c.add(
        t,
        "ID ref|Ausweis-Nr.|N° pièce|Nº documento|N. documento|Documentnr.|N.º documento",
        [t.rng.choice(string.ascii_uppercase) + str(t.rng.randint(1000000, 9999999)) for _ in who],
        c.DC,
    )
    c.add(t, "Vehicle reg|Kennzeichen|Immatriculation|Matrícula|Targa|Kenteken|Matrícula",
          c.sometimes(t, [plate(region(t.locale), t.rng) for _ in who], 0.25), None)  # fmt: skip
    c.add(
        t,
        "Material|Material|Matière|Material|Materiale|Materiaal|Material",
        [t.rng.choice(("Copper #2", "Brass", "Lead", "Cast iron", "Ali cans", "Cable")) for _ in who],
        None,
    )
    c.add(t, "Net kg|Netto kg|Net kg|Neto kg|Netto kg|Netto kg|Líquido kg",
          [f"{t.rng.uniform(2, 900):.1f}" for _ in who], None)  # fmt: skip
    ibans = [people.iban_of(p) for p in who]
    if any(ibans):
        c.add(t, "Paid to account|Konto|Compte|Cuenta|Conto|Rekening|Conta",
              c.sometimes(t, [x or "" for x in ibans], 0.3), c.IBAN)  # fmt: skip
    c.add(t, "Checked by|Geprüft|Vérifié par|Revisado|Verificato|Gecontroleerd|Verificado",
          [people.name_cell(p, "initials") for p in c.crowd(t, 1)] * t.n, c.DC)  # fmt: skip
    return who


def matters(t: types.SimpleNamespace) -> list:
    """A law firm's matter list (module docstring)."""
    who = c.visits(t, (0.6, 0.95))
    lawyers = _staff(t, t.rng.randint(2, 5), "natural")
    c.add(t, "Matter|Akte|Dossier|Expediente|Pratica|Dossier|Processo",
          [f"{100 + i:05d}-{p.last}" for i, p in enumerate(who)], c.DC)  # fmt: skip
    c.add(t, "Client|Mandant|Client|Cliente|Cliente|Cliënt|Cliente",
          c.name_forms(t, who, ("comma", "natural"), (0.6, 0.4)), c.NAME)  # fmt: skip
    c.add(t, "Client Email|E-Mail|Courriel|Correo electrónico|E-mail|E-mail|E-mail",
          c.sometimes(t, [p.email for p in who], 0.15), c.EMAIL)  # fmt: skip
    c.add(t, "Client Phone|Telefon|Téléphone|Teléfono|Telefono|Telefoon|Telefone",
          c.phones(t, [p.mobile if t.rng.random() < 0.6 else p.landline for p in who]), c.PHONE)  # fmt: skip
    c.add(t, "Client Address|Anschrift|Adresse|Domicilio|Indirizzo|Adres|Morada", [p.address for p in who], c.ADDR)
    c.add(
        t,
        "Client Date of Birth|Geburtsdatum|Date de naissance|Fecha de nacimiento|Data di nascita|"
        "Geboortedatum|Data de nascimento",
        c.sometimes(t, c.dobs(t, [p.dob for p in who]), 0.5),
        c.DOB,
    )
    opp = [people.new_person(t.src, t.rng) for _ in who]
    c.add(t, "Opposing Party|Gegner|Partie adverse|Parte contraria|Controparte|Wederpartij|Parte contrária",
          [q.full if t.rng.random() < 0.45 else "" for q in opp], c.NAME)  # fmt: skip
    c.add(t, "Responsible Attorney|Sachbearbeiter|Avocat responsable|Letrado|Avvocato|Behandelaar|Advogado",
          [t.rng.choice(lawyers) for _ in who], c.DC)  # fmt: skip
    c.add(t, "Practice Area|Rechtsgebiet|Domaine|Área|Materia|Rechtsgebied|Área",
          [t.rng.choice(("Family", "Conveyancing", "Wills & Probate", "Employment", "Personal Injury"))
           for _ in who], None)  # fmt: skip
    c.add(t, "Open Date|Angelegt|Ouverture|Apertura|Apertura|Geopend|Abertura",
          [event_date(t.rng, 4).isoformat() for _ in who], None)  # fmt: skip
    c.add(t, "Status", [t.rng.choice(("Open", "Pending", "Closed")) for _ in who], None)
    c.add(
        t,
        "Referral Source|Empfehlung|Source|Origen|Fonte|Bron|Origem",
        [t.rng.choice(("Google", "Word of mouth", "Law Society", "Existing client", "")) for _ in who],
        None,
    )
    c.add(t, "Trust Balance|Fremdgeld|Séquestre|Provisión|Deposito|Derdengelden|Provisão",
          [f"{t.rng.randint(0, 9000)}.00" for _ in who], None)  # fmt: skip
    return who


BUILDERS = {"care_rota": care_rota, "momo": momo, "scrap": scrap, "matters": matters}
