"""Held-out set 33: the other four export shapes (``heldout33_rows`` has the first four).

- ``allotment``: an allotment society's plot register (the plot number, the tenant and a joint tenant, mostly empty,
  the address and a landline with extensions at times, the site named after a street or a benefactor, the
  water-key number, rent paid, the waiting-list position);
- ``interpreting``: an interpreting agency's booking log (job numbers, the client organisation, a hospital named
  after a saint or a person, the service user's name and birth date, the hospital number "don't care", the
  language, the interpreter a staff category "don't care", the booker's work e-mail "don't care", the service
  user's phone);
- ``burial``: a cemetery's burial register (the deceased with birth and death dates, the last address, the grave in
  a section named after a saint, the owner of the grave rights with phone and e-mail, the funeral director named
  after a family ``Weber & Sons`` and the officiant "don't care");
- ``pawn``: a pawnbroker's pledge book (ticket numbers, the pledger in ``SURNAME Given`` or initials, the id type and
  number, the address, the phone, the item and its serial, the loan paid out in cash or to an IBAN, the card the
  interest was paid with, the clerk's initials "don't care").

Each builder fills the table's columns (``heldout33_cells.add``) and returns, per row, the (person, other) a note
may name.
"""

from __future__ import annotations

import types

import heldout33_cells as c
from heldout33_rows import _dates, address


def allotment(t: types.SimpleNamespace) -> list:
    """An allotment society's plot register (module docstring)."""
    who = c.crowd(t, t.n)
    joint = c.crowd(t, t.n)
    c.add(
        t,
        "Plot|Parzelle|Parcelle|Parcela|Lotto|Tuin nr.|Talhão",
        [f"{t.rng.randint(1, 140)}{t.rng.choice(('', '', 'A', 'B'))}" for _ in who],
        None,
    )
    sites = (f"{c.person(t).last} Gardens", "Station Road", "Mill Lane", "Victoria Park", "Kleingartenanlage Nord")
    c.add(t, "Site|Anlage|Site|Huerto|Orto|Complex|Horta", [t.rng.choice(sites) for _ in who], None)
    c.add(
        t,
        "Tenant|Pächter|Locataire|Hortelano|Assegnatario|Huurder|Arrendatário",
        c.name_forms(t, who, ("natural", "initial", "comma", "upper_last"), (0.5, 0.2, 0.2, 0.1)),
        c.NAME,
    )
    c.add(
        t,
        "Joint tenant|Mitpächter|Co-locataire|Cotitular|Co-assegnatario|Medehuurder|Co-arrendatário",
        [j.full if t.rng.random() < 0.2 else "" for j in joint],
        c.NAME,
    )
    address(t, who)
    c.add(
        t,
        "Tel|Telefon|Tél.|Teléfono|Telefono|Telefoon|Telefone",
        c.sometimes(t, c.phones(t, who, landline=t.rng.random() < 0.5, ext=0.08), 0.1),
        c.PHONE,
    )
    c.add(t, "Email|E-Mail|Courriel|Correo|Email|E-mail|Email", c.sometimes(t, [p.email for p in who], 0.25), c.EMAIL)
    c.add(t, "Joined|Seit|Depuis|Alta|Dal|Lid sinds|Desde", _dates(t, 20), None)
    c.add(
        t,
        "Rent paid|Pacht bezahlt|Loyer payé|Cuota pagada|Canone pagato|Huur betaald|Renda paga",
        [t.rng.choice(("Yes", "No", "Part", "Yes")) for _ in who],
        None,
    )
    c.add(
        t,
        "Water key|Wasserschlüssel|Clé eau|Llave agua|Chiave acqua|Watersleutel|Chave água",
        [f"WK{t.rng.randint(1, 300):03d}" if t.rng.random() < 0.6 else "" for _ in who],
        None,
    )
    c.add(
        t,
        "Waiting list|Warteliste|Liste d'attente|Lista de espera|Lista d'attesa|Wachtlijst|Lista de espera",
        ["" for _ in who],
        None,
    )
    return list(zip(who, joint, strict=True))


def interpreting(t: types.SimpleNamespace) -> list:
    """An interpreting agency's booking log (module docstring)."""
    who = c.visits(t, (0.4, 0.8))
    staff = [f"{p.first} {p.last[0]}." for p in c.crowd(t, 4)]
    bookers = [p.email for p in c.crowd(t, 3)]
    orgs = (
        "St Thomas' Hospital",
        "Royal Victoria Infirmary",
        "Florence Nightingale Hospice",
        "Family Court",
        "Social Services",
        "Job Centre",
        "Police Station",
    )
    langs = ("Arabic", "Polish", "Romanian", "Tigrinya", "Farsi", "Urdu", "Portuguese", "BSL", "Somali")
    c.add(
        t,
        "Job No.|Auftragsnr.|N° mission|N.º servicio|N. incarico|Opdrachtnr.|N.º serviço",
        [f"J{t.rng.randint(100000, 999999)}" for _ in who],
        None,
    )
    c.add(t, "Date|Datum|Date|Fecha|Data|Datum|Data", _dates(t, 1), None)
    c.add(
        t,
        "Time|Uhrzeit|Heure|Hora|Ora|Tijd|Hora",
        [f"{t.rng.randint(8, 17):02d}:{t.rng.choice((0, 15, 30, 45)):02d}" for _ in who],
        None,
    )
    c.add(
        t, "Client|Auftraggeber|Client|Cliente|Cliente|Opdrachtgever|Cliente", [t.rng.choice(orgs) for _ in who], None
    )
    c.add(
        t,
        "Service user|Klient|Usager|Usuario|Utente|Cliënt|Utente",
        c.name_forms(t, who, ("natural", "upper_last", "comma", "lower"), (0.5, 0.2, 0.2, 0.1)),
        c.NAME,
    )
    c.add(t, "DOB|Geb.|Né(e) le|F. nac.|Nato/a|Geb.|D. nasc.", c.sometimes(t, c.dobs(t, who), 0.3), c.DOB)
    c.add(
        t,
        "Hospital No.|Fallnr.|N° dossier|N.º historia|N. cartella|Dossiernr.|N.º processo",
        [f"{t.rng.choice('RKM')}{t.rng.randint(1000000, 9999999)}" if t.rng.random() < 0.6 else "" for _ in who],
        c.DC,
    )
    c.add(t, "Language|Sprache|Langue|Idioma|Lingua|Taal|Língua", [t.rng.choice(langs) for _ in who], None)
    c.add(
        t,
        "Interpreter|Dolmetscher|Interprète|Intérprete|Interprete|Tolk|Intérprete",
        [t.rng.choice(staff) for _ in who],
        c.DC,
    )
    c.add(
        t,
        "Service user phone|Telefon Klient|Tél. usager|Tel. usuario|Tel. utente|Tel. cliënt|Tel. utente",
        c.sometimes(t, c.phones(t, who), 0.35),
        c.PHONE,
    )
    c.add(
        t,
        "Booked by|Gebucht von|Réservé par|Reservado por|Prenotato da|Geboekt door|Reservado por",
        [t.rng.choice(bookers) for _ in who],
        c.DC,
    )
    c.add(t, "Mins|Min.|Min.|Min.|Min.|Min.|Min.", [t.rng.choice((60, 90, 120, 45)) for _ in who], None)
    c.add(
        t,
        "Cost code|Kostenstelle|Code analytique|Centro de coste|Centro di costo|Kostenplaats|Centro de custo",
        [f"CC-{t.rng.randint(100, 999)}" for _ in who],
        None,
    )
    return [(p, c.person(t)) for p in who]


_SECTIONS = ("St Mary", "St Joseph", "Section C", "Old Ground")


def burial(t: types.SimpleNamespace) -> list:
    """A cemetery's burial register (module docstring)."""
    dead, owners = c.crowd(t, t.n), c.crowd(t, t.n)
    for d in dead:
        d.dob = c.born(t, 1925, 1975)
    firms = (f"{c.person(t).last} & Sons", f"{c.person(t).last} Funeral Directors", "Co-op Funeralcare")
    clergy = [f"Rev. {p.last}" for p in c.crowd(t, 2)]
    c.add(
        t,
        "Register No.|Reg.-Nr.|N° registre|N.º registro|N. registro|Registernr.|N.º registo",
        [str(t.rng.randint(1000, 9999)) for _ in dead],
        None,
    )
    c.add(
        t,
        "Deceased|Verstorbene(r)|Défunt(e)|Difunto/a|Defunto/a|Overledene|Falecido/a",
        c.name_forms(t, dead, ("natural", "comma", "upper_last"), (0.6, 0.3, 0.1)),
        c.NAME,
    )
    c.add(
        t,
        "Date of birth|Geburtsdatum|Date de naissance|Fecha de nacimiento|Data di nascita|Geboortedatum|"
        "Data de nascimento",
        c.dobs(t, dead),
        c.DOB,
    )
    c.add(
        t,
        "Date of death|Sterbedatum|Date de décès|Fecha de defunción|Data del decesso|Overlijdensdatum|Data de óbito",
        _dates(t, 4),
        None,
    )
    c.add(
        t,
        "Last address|Letzte Anschrift|Dernière adresse|Último domicilio|Ultimo indirizzo|Laatste adres|Última morada",
        c.sometimes(t, [d.address for d in dead], 0.1),
        c.ADDR,
    )
    c.add(
        t,
        "Grave|Grab|Tombe|Sepultura|Tomba|Graf|Sepultura",
        [f"{t.rng.choice(_SECTIONS)} {t.rng.randint(1, 40)}/{t.rng.choice('ABCDE')}" for _ in dead],
        None,
    )
    c.add(
        t,
        "Grave owner|Nutzungsberechtigte(r)|Concessionnaire|Titular|Concessionario|Rechthebbende|Titular",
        c.name_forms(t, owners, ("natural", "initial", "comma"), (0.6, 0.2, 0.2)),
        c.NAME,
    )
    c.add(
        t,
        "Owner phone|Telefon|Tél.|Teléfono|Telefono|Telefoon|Telefone",
        c.sometimes(t, c.phones(t, owners), 0.1),
        c.PHONE,
    )
    c.add(
        t,
        "Owner email|E-Mail|Courriel|Correo|Email|E-mail|Email",
        c.sometimes(t, [o.email for o in owners], 0.4),
        c.EMAIL,
    )
    c.add(
        t,
        "Funeral director|Bestatter|Pompes funèbres|Funeraria|Impresa funebre|Uitvaartondernemer|Agência funerária",
        [t.rng.choice(firms) for _ in dead],
        c.DC,
    )
    c.add(
        t,
        "Officiant|Redner/Pfarrer|Officiant|Oficiante|Celebrante|Voorganger|Celebrante",
        [t.rng.choice(clergy) for _ in dead],
        c.DC,
    )
    c.add(t, "Type|Art|Type|Tipo|Tipo|Soort|Tipo", [t.rng.choice(("Burial", "Ashes", "Reopen")) for _ in dead], None)
    return list(zip(owners, dead, strict=True))


def pawn(t: types.SimpleNamespace) -> list:
    """A pawnbroker's pledge book (module docstring)."""
    who = c.visits(t, (0.5, 0.85))
    clerks = ["".join(w[0] for w in p.full.split()[:2]).upper() for p in c.crowd(t, 3)]
    items = ("Gold ring 18ct", "iPhone 13", "Rolex Datejust", "Laptop HP", "PlayStation 5", "Gold chain 9ct", "Drill")
    c.add(
        t,
        "Ticket|Pfandschein|Reconnaissance|Papeleta|Polizza|Pandbewijs|Cautela",
        [f"{t.rng.randint(10, 99)}/{t.rng.randint(1000, 9999)}" for _ in who],
        None,
    )
    c.add(t, "Date|Datum|Date|Fecha|Data|Datum|Data", _dates(t, 1), None)
    c.add(
        t,
        "Pledger|Verpfänder|Emprunteur|Pignorante|Cliente|Pandgever|Mutuário",
        c.name_forms(t, who, ("last_first", "upper_last", "comma", "initials"), (0.4, 0.3, 0.2, 0.1)),
        c.NAME,
    )
    c.add(
        t,
        "ID type|Ausweisart|Pièce|Documento|Documento|Legitimatie|Documento",
        [t.rng.choice(("ID card", "Passport", "Driving licence")) for _ in who],
        None,
    )
    if who[0].nid:
        c.add(
            t,
            "ID number|Ausweisnr.|N° pièce|N.º documento|N. documento|Documentnr.|N.º documento",
            c.sometimes(t, c.ids(t, who, 0.5), 0.05),
            c.NID,
        )
    address(t, who)
    c.add(
        t, "Phone|Telefon|Téléphone|Teléfono|Telefono|Telefoon|Telefone", c.sometimes(t, c.phones(t, who), 0.1), c.PHONE
    )
    c.add(t, "Item|Pfand|Objet|Prenda|Oggetto|Pand|Penhor", [t.rng.choice(items) for _ in who], None)
    c.add(
        t,
        "Serial|Seriennr.|N° série|N.º serie|Matricola|Serienr.|N.º série",
        [f"{t.rng.choice('FCDGH')}{t.rng.randint(10**8, 10**9 - 1)}" if t.rng.random() < 0.5 else "" for _ in who],
        None,
    )
    c.add(t, "Loan|Darlehen|Prêt|Préstamo|Prestito|Lening|Empréstimo", [t.rng.randint(20, 900) for _ in who], None)
    if any(p.iban for p in who):
        c.add(
            t,
            "Paid to|Auszahlung an|Versé sur|Abonado en|Accredito su|Uitbetaald op|Pago para",
            [p.iban if p.iban and t.rng.random() < 0.4 else "" for p in who],
            c.IBAN,
        )
    c.add(
        t,
        "Interest card|Zinsen Karte|Carte intérêts|Tarjeta|Carta|Kaart|Cartão",
        [c.card(t) if t.rng.random() < 0.3 else "" for _ in who],
        c.CARD,
    )
    c.add(
        t,
        "Redeemed|Eingelöst|Dégagé|Rescatado|Riscattato|Ingelost|Resgatado",
        [t.rng.choice(("Y", "N", "Renewed", "")) for _ in who],
        None,
    )
    c.add(
        t,
        "Clerk|Mitarbeiter|Agent|Empleado|Operatore|Medewerker|Funcionário",
        [t.rng.choice(clerks) for _ in who],
        c.DC,
    )
    return [(p, c.person(t)) for p in who]


BUILDERS = {"allotment": allotment, "interpreting": interpreting, "burial": burial, "pawn": pawn}
