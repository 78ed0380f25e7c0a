"""Held-out set 32: the other four export shapes (``heldout32_rows`` has the first four).

- ``gforms``: a Google Forms response sheet of a volunteer sign-up (Google's ``Timestamp`` and ``Email Address``,
  then the questions as typed by the organiser in the local language; answers typed by each volunteer: names in
  lower case or capitals, birth dates in the volunteer's own layout, the emergency contact's name and number in one
  answer; the quiz ``Score`` column empty; the "anything else" answer is the free text);
- ``hunting``: a hunting-licence register of a district office (surname and given names apart, the birthplace
  "don't care", the weapon's serial and the insurance policy number look-alikes, the hunting district, the issuing
  official "don't care");
- ``coop``: a farmers' cooperative's delivery ledger (a row per delivery: farmers come back; the village; the
  collection centre named after the family that runs it; the payout to a mobile number or an IBAN; the member
  number and field officer "don't care");
- ``tax``: a tax preparer's client list (the client in ``SURNAME, Given``, the spouse's given name alone, the tax id,
  the dependants' given names and birth years in one cell "don't care", the refund IBAN, the preparer's initials).

Each builder fills the table's columns (``heldout32_cells.add``) and returns, per row, the people a note may name.
"""

from __future__ import annotations

import string
import types

import heldout32_cells as c
import heldout32_people as people
from heldout32_language import event_date


def gforms(t: types.SimpleNamespace) -> list:
    """A Google Forms response sheet (module docstring)."""
    who = c.crowd(t, t.n)
    stamps = sorted(event_date(t.rng, 1) for _ in who)
    clock = [f"{t.rng.randint(1, 12)}:{t.rng.randint(10, 59)}:{t.rng.randint(10, 59)}" for _ in who]
    c.add(t, "Timestamp", [f"{d.strftime('%Y/%m/%d')} {h} {t.rng.choice(('AM', 'PM'))} GMT" for d, h in
                           zip(stamps, clock, strict=True)], None)  # fmt: skip
    c.add(t, "Email Address", [p.email for p in who], c.EMAIL)
    c.add(
        t,
        "Full name|Vor- und Nachname|Nom et prénom|Nombre y apellidos|Nome e cognome|Voor- en achternaam|Nome completo",
        c.name_forms(t, who, ("natural", "lower", "upper_all"), (0.7, 0.2, 0.1)),
        c.NAME,
    )
    c.add(t, "Date of birth|Geburtsdatum|Date de naissance|Fecha de nacimiento|Data di nascita|Geboortedatum|"
             "Data de nascimento", c.dobs(t, [p.dob for p in who]), c.DOB)  # fmt: skip
    c.add(t, "Mobile number (WhatsApp if possible)|Handynummer (gern WhatsApp)|Numéro de portable (WhatsApp)|"
             "Móvil (WhatsApp)|Cellulare (WhatsApp)|Mobiel nummer (WhatsApp)|Telemóvel (WhatsApp)",
          c.phones(t, [p.mobile for p in who]), c.PHONE)  # fmt: skip
    lower = t.rng.random() < 0.3
    c.add(t, "Home address|Adresse (Straße, Nr.)|Adresse postale|Dirección|Indirizzo di casa|Woonadres|Morada",
          [p.street.lower() if lower and t.rng.random() < 0.4 else p.street for p in who], c.STREET)  # fmt: skip
    if any(p.postcode for p in who):
        c.add(t, "Postcode|PLZ|Code postal|Código postal|CAP|Postcode|Código postal",
              c.sometimes(t, [p.postcode for p in who], 0.1), c.PC)  # fmt: skip
    kin = []
    for _ in who:
        k = people.new_person(t.src, t.rng)
        ph = people.phone_cell(k.mobile, "national", t.rng)
        kin.append(t.rng.choice((f"{k.full} {ph}", f"{k.first} ({ph})", f"{people.name_cell(k, 'lower')} - {ph}")))
    c.add(t, "Emergency contact (name and number)|Notfallkontakt (Name und Nummer)|Contact d'urgence (nom et numéro)|"
             "Contacto de emergencia (nombre y número)|Contatto di emergenza (nome e numero)|"
             "Contactpersoon bij nood (naam en nummer)|Contacto de emergência (nome e número)",
          c.sometimes(t, kin, 0.05), c.NAME_PHONE)  # fmt: skip
    c.add(t, "Which events can you help at?|Bei welchen Terminen hilfst du?|Quelles dates ?|¿En qué eventos?|"
             "Quali eventi?|Welke activiteiten?|Quais eventos?",
          [", ".join(t.rng.sample(("Fun run", "Bake sale", "Summer fair", "Litter pick", "Quiz night"), 2))
           for _ in who], None)  # fmt: skip
    c.add(t, "T-shirt size|T-Shirt-Größe|Taille t-shirt|Talla camiseta|Taglia maglietta|Maat T-shirt|Tamanho",
          [t.rng.choice(("S", "M", "L", "XL")) for _ in who], None)  # fmt: skip
    c.add(t, "Score", [""] * t.n, None)
    return who


def hunting(t: types.SimpleNamespace) -> list:
    """A hunting-licence register (module docstring)."""
    who = c.crowd(t, t.n)
    c.add(t, "Licence no.|Jagdschein-Nr.|N° de permis|Nº licencia|N. licenza|Jachtaktenr.|N.º licença",
          [f"{t.rng.choice(string.ascii_uppercase)}{t.rng.randint(10000, 99999)}/{t.rng.randint(20, 26)}"
           for _ in who], None)  # fmt: skip
    c.add(t, "Surname|Name|Nom|Apellidos|Cognome|Achternaam|Apelido",
          [p.last.upper() if t.rng.random() < 0.7 else p.last for p in who], c.LAST)  # fmt: skip
    c.add(t, "Given names|Vorname(n)|Prénom(s)|Nombre|Nome|Voornamen|Nomes próprios", [p.first for p in who], c.FIRST)
    c.add(t, "Date of birth|Geburtsdatum|Né(e) le|Fecha nac.|Nato il|Geb. datum|Data nasc.",
          c.dobs(t, [p.dob for p in who]), c.DOB)  # fmt: skip
    c.add(t, "Place of birth|Geburtsort|Lieu de naissance|Lugar de nacimiento|Luogo di nascita|Geboorteplaats|"
             "Naturalidade", [people.new_person(t.src, t.rng).town for _ in who], c.DC)  # fmt: skip
    c.add(t, "Street|Straße|Adresse|Domicilio|Via|Straat|Rua", [p.street for p in who], c.STREET)
    if any(p.postcode for p in who):
        c.add(t, "Postcode|PLZ|CP|C.P.|CAP|Postcode|Código postal", [p.postcode for p in who], c.PC)
    c.add(t, "Town|Wohnort|Commune|Localidad|Comune|Woonplaats|Localidade", [p.town for p in who], c.CITY)
    c.add(t, "Phone|Telefon|Téléphone|Teléfono|Telefono|Telefoon|Telefone",
          c.sometimes(t, c.phones(t, [p.landline for p in who], landline=True), 0.3), c.PHONE)  # fmt: skip
    if t.rng.random() < 0.5 and any(p.nid for p in who):
        c.add(t, "ID number|Ausweisnummer|N° identité|DNI|Codice fiscale|BSN|N.º identificação",
              c.ids(t, who), c.NID)  # fmt: skip
    c.add(t, "Valid until|gültig bis|Validité|Válida hasta|Scadenza|Geldig tot|Validade",
          [event_date(t.rng, 1, ahead=700).isoformat() for _ in who], None)  # fmt: skip
    c.add(t, "Weapon serial|Waffen-Nr.|N° arme|Nº arma|Matricola arma|Wapennummer|N.º arma",
          [f"{t.rng.choice(('SN', 'B', 'K'))}{t.rng.randint(100000, 9999999)}" for _ in who], None)  # fmt: skip
    districts = [f"{people.new_person(t.src, t.rng).last} {w}" for w in ("Forst", "North", "Moor")]
    c.add(t, "Hunting district|Revier|Territoire|Coto|Ambito|Wildbeheereenheid|Zona de caça",
          [t.rng.choice(districts) for _ in who], None)  # fmt: skip
    c.add(t, "Insurer|Versicherer|Assureur|Aseguradora|Assicuratore|Verzekeraar|Seguradora",
          [t.rng.choice(("Allianz", "AXA", "Generali", "Zurich", "")) for _ in who], None)  # fmt: skip
    c.add(t, "Policy no.|Police-Nr.|N° police|Nº póliza|N. polizza|Polisnr.|N.º apólice",
          [f"{t.rng.randint(10**9, 10**10 - 1)}" for _ in who], None)  # fmt: skip
    c.add(t, "Issued by|Ausgestellt von|Délivré par|Expedido por|Rilasciato da|Afgegeven door|Emitido por",
          [people.name_cell(p, "initial") for p in c.crowd(t, 1)] * t.n, c.DC)  # fmt: skip
    return who


def coop(t: types.SimpleNamespace) -> list:
    """A farmers' cooperative's delivery ledger (module docstring)."""
    who = c.visits(t, (0.2, 0.5))
    members = {id(p): f"M{t.rng.randint(100, 4999):04d}" for p in who}
    centres = [f"{people.new_person(t.src, t.rng).last} {w}" for w in ("Store", "Centre")]
    c.add(t, "Date|Datum|Date|Fecha|Data|Datum|Data", [event_date(t.rng, 1).isoformat() for _ in who], None)
    c.add(t, "Receipt|Beleg|Reçu|Recibo|Ricevuta|Bon|Recibo", [f"R{t.rng.randint(10**6, 10**7)}" for _ in who], None)
    c.add(t, "Member No|Mitgl.-Nr.|N° adhérent|Nº socio|N. socio|Lidnr.|N.º sócio", [members[id(p)] for p in who], c.DC)
    c.add(t, "Farmer|Landwirt|Agriculteur|Agricultor|Agricoltore|Teler|Agricultor",
          c.name_forms(t, who, ("natural", "upper_last", "last_first"), (0.6, 0.25, 0.15)), c.NAME)  # fmt: skip
    c.add(t, "Village|Ort|Village|Vereda|Frazione|Dorp|Aldeia", [p.town for p in who], c.CITY)
    c.add(t, "Collection centre|Sammelstelle|Centre de collecte|Centro de acopio|Centro raccolta|Verzamelpunt|"
             "Centro de recolha", [t.rng.choice(centres) for _ in who], None)  # fmt: skip
    c.add(t, "Produce|Erzeugnis|Produit|Producto|Prodotto|Product|Produto",
          [t.rng.choice(("Coffee cherry", "Maize", "Milk", "Tea leaf", "Cocoa")) for _ in who], None)  # fmt: skip
    c.add(t, "Kg", [f"{t.rng.uniform(5, 600):.1f}" for _ in who], None)
    c.add(t, "Grade|Klasse|Qualité|Grado|Grado|Klasse|Grau", [t.rng.choice("ABC") for _ in who], None)
    c.add(t, "Phone|Telefon|Tél.|Teléfono|Telefono|Telefoon|Telefone", c.phones(t, [p.mobile for p in who]), c.PHONE)
    if any(p.nid for p in who):
        c.add(t, "ID No|Ausweis-Nr.|N° CNI|Nº cédula|N. documento|ID-nr.|N.º BI",
              c.sometimes(t, c.ids(t, who), 0.2), c.NID)  # fmt: skip
    ibans = [people.iban_of(p) for p in who]
    if any(ibans):
        c.add(t, "Bank account|Bankverbindung|RIB|Cuenta bancaria|IBAN|Rekeningnummer|NIB",
              c.sometimes(t, [x or "" for x in ibans], 0.25), c.IBAN)  # fmt: skip
    else:
        c.add(t, "Payout number|Auszahlung an|Paiement sur|Pago a|Pagamento su|Uitbetaling aan|Pagamento para",
              [people.phone_cell(p.mobile, "e164", t.rng) for p in who], c.PHONE)  # fmt: skip
    c.add(t, "Field officer|Berater|Technicien|Técnico|Tecnico|Adviseur|Técnico",
          [people.name_cell(p, "natural") for p in c.crowd(t, 2)] * (t.n // 2) + [""] * (t.n % 2), c.DC)  # fmt: skip
    return who


def tax(t: types.SimpleNamespace) -> list:
    """A tax preparer's client list (module docstring)."""
    who = c.crowd(t, t.n)
    c.add(t, "Client|Mandant|Client|Cliente|Cliente|Cliënt|Cliente",
          c.name_forms(t, who, ("comma", "upper_last"), (0.8, 0.2)), c.NAME)  # fmt: skip
    spouses = [people.new_person(t.src, t.rng).first if t.rng.random() < 0.5 else "" for _ in who]
    c.add(t, "Spouse|Ehegatte|Conjoint|Cónyuge|Coniuge|Partner|Cônjuge", spouses, c.FIRST)
    if any(p.nid for p in who):
        c.add(t, "Tax ID|Steuer-ID|N° fiscal|NIF|Codice fiscale|BSN|NIF", c.ids(t, who), c.NID)
    c.add(t, "DOB|Geb.|Né le|F. nac.|Nato il|Geb.|Nasc.", c.dobs(t, [p.dob for p in who]), c.DOB)
    deps = []
    for _ in who:
        kids = [people.new_person(t.src, t.rng, child=True) for _ in range(t.rng.choice((0, 0, 1, 2, 3)))]
        deps.append(", ".join(f"{k.first} ({k.dob.year})" for k in kids))
    c.add(t, "Dependants|Kinder|Enfants à charge|Hijos|Figli a carico|Kinderen|Dependentes", deps, c.DC)
    c.add(t, "Address|Anschrift|Adresse|Domicilio|Indirizzo|Adres|Morada", [p.address for p in who], c.ADDR)
    c.add(t, "Email|E-Mail|Courriel|Email|Email|E-mail|Email", c.sometimes(t, [p.email for p in who], 0.1), c.EMAIL)
    c.add(t, "Phone|Telefon|Téléphone|Teléfono|Telefono|Telefoon|Telefone",
          c.phones(t, [p.mobile for p in who]), c.PHONE)  # fmt: skip
    c.add(t, "Return|Erklärung|Déclaration|Declaración|Dichiarazione|Aangifte|Declaração",
          [t.rng.choice(("2025 individual", "2025 joint", "2024 amended")) for _ in who], None)  # fmt: skip
    c.add(
        t, "Status", [t.rng.choice(("Docs in", "Drafted", "Signed", "Filed", "Waiting on client")) for _ in who], None
    )
    c.add(t, "Fee|Honorar|Honoraires|Honorarios|Onorario|Tarief|Honorários",
          [f"{t.rng.randint(8, 90) * 10}" for _ in who], None)  # fmt: skip
    ibans = [people.iban_of(p) for p in who]
    if any(ibans):
        c.add(t, "Refund IBAN|Erstattung IBAN|IBAN remboursement|IBAN devolución|IBAN rimborso|IBAN teruggave|"
                 "IBAN reembolso", c.sometimes(t, [x or "" for x in ibans], 0.2), c.IBAN)  # fmt: skip
    c.add(t, "Preparer|Bearbeiter|Préparateur|Gestor|Preparatore|Opsteller|Preparador",
          [people.name_cell(p, "initials") for p in c.crowd(t, 3)] * (t.n // 3 + 1), c.DC)  # fmt: skip
    t.cols[-1] = (*t.cols[-1][:2], t.cols[-1][2][: t.n], t.cols[-1][3])
    return who


BUILDERS = {"gforms": gforms, "hunting": hunting, "coop": coop, "tax": tax}
