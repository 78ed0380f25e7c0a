"""Held-out set 40: four of the eight export shapes (a tool library's loans, a cattery's boarding book, a ballet
school's pupil register, a cobbler and key-cutting counter's repair tickets), and what every shape shares: a column
(``Col``), headers in the table's language, cells of a person.

A shape is called with the table's context (``ctx``: locale, header language, ``random.Random``, row count, ``draw``
of a person from the table's pool of people, who come back) and returns its columns and, per row, the row's main
person and the others a note may name. Labels are exact: a column of people is labelled with what it holds
(``NAME``, ``FIRST``, ``LAST``...), staff "don't care", and things named after people, companies or places (tools
``Makita``/``Henry hoover``, cats ``Mr Darcy``/``Dolly Parton``, vets ``Herriot & Partners``, ballet roles
``Giselle``/``Clara``, brands ``Dr. Martens``/``Jimmy Choo``/``Yale``) are ``None``: no personal data.
"""

from __future__ import annotations

import random
import types
from dataclasses import dataclass

import heldout40_language as language
import heldout40_people as people

P = people


@dataclass
class Col:
    """One column: its header key (``HEADERS``) or own header, its label and its cells."""

    key: str
    label: object
    values: list


# key: en | de | fr | es | it | nl | pt | da | cs (a line starting with spaces goes on with the key above)
_HEADER_TEXT = """
loan: Loan no | Ausleihe Nr | N° de prêt | Nº préstamo | N. prestito | Uitleennr | N.º empréstimo | Lån nr
    Číslo výpůjčky
member: Member | Mitglied | Adhérent | Socio | Socio | Lid | Sócio | Medlem | Člen
member_no: Member no | Mitgliedsnr | N° adhérent | Nº socio | N. tessera | Lidnummer | N.º sócio | Medlemsnr
    Č. člena
tool: Tool | Werkzeug | Outil | Herramienta | Attrezzo | Gereedschap | Ferramenta | Værktøj | Nářadí
out: Out | Ausgeliehen | Sorti le | Salida | Uscita | Uitgeleend | Saída | Udlånt | Vypůjčeno
due: Due back | Rückgabe bis | Retour prévu | Devolver | Restituire entro | Terug op | Devolver até | Afleveres
    Vrátit do
returned: Returned | Zurück am | Rendu le | Devuelto | Restituito | Teruggebracht | Devolvido | Afleveret
    Vráceno
phone: Phone | Telefon | Téléphone | Teléfono | Telefono | Telefoon | Telefone | Telefon | Telefon
mobile: Mobile | Handy | Portable | Móvil | Cellulare | Mobiel | Telemóvel | Mobil | Mobil
home_phone: Home phone | Festnetz | Tél. domicile | Teléfono fijo | Tel. casa | Vast nummer | Telefone fixo
    Fastnet | Pevná linka
email: Email | E-Mail | Courriel | Correo | Email | E-mail | Email | E-mail | E-mail
address: Address | Anschrift | Adresse | Dirección | Indirizzo | Adres | Morada | Adresse | Adresa
street: Street | Straße | Rue | Calle | Via | Straat | Rua | Vej | Ulice
postcode: Postcode | PLZ | Code postal | C.P. | CAP | Postcode | Código postal | Postnr | PSČ
town: Town | Ort | Ville | Localidad | Città | Plaats | Localidade | By | Obec
desk: On desk | Dienst | Bénévole | Voluntario | Volontario | Vrijwilliger | Voluntário | Vagt | Služba
condition: Condition | Zustand | État | Estado | Stato | Staat | Estado | Stand | Stav
booking: Booking | Buchung | Réservation | Reserva | Prenotazione | Boeking | Reserva | Booking | Rezervace
owner: Owner | Besitzer | Propriétaire | Dueño | Proprietario | Eigenaar | Dono | Ejer | Majitel
owner_last: Owner surname | Nachname | Nom | Apellidos | Cognome | Achternaam | Apelido | Efternavn | Příjmení
owner_first: First names | Vorname | Prénom | Nombre | Nome | Voornaam | Nome próprio | Fornavn | Jméno
cats: Cat(s) | Katze(n) | Chat(s) | Gato(s) | Gatto/i | Kat(ten) | Gato(s) | Kat(te) | Kočka
breed: Breed | Rasse | Race | Raza | Razza | Ras | Raça | Race | Plemeno
arrive: Arrives | Anreise | Arrivée | Llegada | Arrivo | Aankomst | Chegada | Ankomst | Příjezd
leave: Leaves | Abreise | Départ | Salida | Partenza | Vertrek | Partida | Afrejse | Odjezd
pen: Pen | Gehege | Box | Box | Box | Hok | Box | Bur | Kotec
vet: Vet | Tierarzt | Vétérinaire | Veterinario | Veterinario | Dierenarts | Veterinário | Dyrlæge | Veterinář
vacc: Vaccinated | Geimpft am | Vacciné le | Vacunado | Vaccinato il | Gevaccineerd | Vacinado | Vaccineret
    Očkováno
emergency: Emergency contact | Notfallkontakt | Contact d'urgence | Contacto de emergencia | Contatto emergenza
    Noodcontact | Contacto de emergência | Nødkontakt | Nouzový kontakt
emergency_phone: Emergency phone | Notfallnummer | Tél. urgence | Tel. emergencia | Tel. emergenza | Noodnummer
    Tel. emergência | Nødnummer | Nouzový telefon
pupil: Pupil | Schülerin | Élève | Alumna | Allieva | Leerling | Aluna | Elev | Žákyně
pupil_first: Pupil first name | Vorname | Prénom | Nombre | Nome | Voornaam | Nome | Fornavn | Jméno
surname: Surname | Nachname | Nom | Apellidos | Cognome | Achternaam | Apelido | Efternavn | Příjmení
dob: Date of birth | Geburtsdatum | Date de naissance | Fecha de nacimiento | Data di nascita | Geboortedatum
    Data de nascimento | Fødselsdato | Datum narození
grade: Grade | Stufe | Niveau | Nivel | Livello | Niveau | Nível | Niveau | Stupeň
class: Class | Kurs | Cours | Clase | Corso | Les | Aula | Hold | Kurz
parent: Parent/carer | Erziehungsberechtigte | Parent | Padre/madre | Genitore | Ouder/verzorger | Encarregado
    Forælder | Rodič
parent_mobile: Parent mobile | Handy Eltern | Portable parent | Móvil padres | Cell. genitore | Mobiel ouder
    Telemóvel pais | Forælders mobil | Mobil rodiče
parent_email: Parent email | E-Mail Eltern | Courriel parent | Correo padres | Email genitore | E-mail ouder
    Email pais | Forælders e-mail | E-mail rodiče
medical: Medical | Gesundheit | Santé | Salud | Note mediche | Medisch | Saúde | Helbred | Zdraví
photo: Photo consent | Fotoerlaubnis | Droit à l'image | Fotos | Consenso foto | Foto's | Fotos | Fotosamtykke
    Souhlas foto
teacher: Teacher | Lehrerin | Professeur | Profesora | Insegnante | Docent | Professora | Lærer | Učitelka
role: Show role | Rolle | Rôle | Papel | Ruolo | Rol | Papel | Rolle | Role
ticket: Ticket | Auftrag | Ticket | Resguardo | Scontrino | Bon | Talão | Bon | Lístek
ticket_name: Name | Name | Nom | Nombre | Nome | Naam | Nome | Navn | Jméno
item: Item | Artikel | Article | Artículo | Articolo | Artikel | Artigo | Vare | Věc
job: Job | Arbeit | Travail | Trabajo | Lavoro | Klus | Serviço | Opgave | Práce
price: Price | Preis | Prix | Precio | Prezzo | Prijs | Preço | Pris | Cena
ready: Ready | Fertig am | Prêt le | Listo | Pronto | Klaar | Pronto | Klar | Hotovo
collected: Collected | Abgeholt | Retiré le | Recogido | Ritirato | Opgehaald | Levantado | Afhentet
    Vyzvednuto
taken_by: Taken in by | Angenommen von | Reçu par | Recibido por | Ricevuto da | Aangenomen door | Recebido por
    Modtaget af | Přijal
collected_by: Collected by | Abgeholt von | Retiré par | Recogido por | Ritirato da | Opgehaald door
    Levantado por | Afhentet af | Vyzvedl
native: Name (native) | Name (Originalschrift) | Nom (écriture d'origine) | Nombre (original) | Nome (originale)
    Naam (eigen schrift) | Nome (original) | Navn (originalskrift) | Jméno (původní písmo)
"""


def parse_headers(text: str) -> dict[str, tuple[str, ...]]:
    """Headers per key from a text table (``key: en | de | ...``, long rows going on in indented lines)."""
    out: dict[str, list[str]] = {}
    key = ""
    for line in text.strip("\n").split("\n"):
        if not line.startswith(" "):
            key, line = line.split(": ", 1)
            out[key] = []
        out[key] += [x.strip() for x in line.split(" | ")]
    assert all(len(v) == 9 for v in out.values()), [k for k, v in out.items() if len(v) != 9]
    return {k: tuple(v) for k, v in out.items()}


HEADERS = parse_headers(_HEADER_TEXT)
_LG_INDEX = {lg: i for i, lg in enumerate(("en", "de", "fr", "es", "it", "nl", "pt", "da", "cs"))}


def header(key: str, lg: str, own: dict | None = None) -> str:
    """A column's header in the table's language (a shape's own header where it has one)."""
    if own and key in own:
        return own[key][_LG_INDEX.get(lg, 0)] if isinstance(own[key], tuple) else own[key]
    return HEADERS[key][_LG_INDEX.get(lg, 0)]


def english(key: str, own: dict | None = None) -> str:
    """The English header of a key."""
    return header(key, "en", own)


def dob_cell(p, ctx, layouts: list[str]) -> str:
    """A birth date in one of the column's layouts."""
    return language.fmt_date(language.iso_of(p.dob), ctx.locale, ctx.rng.choice(layouts))


def maybe(rng: random.Random, share: float, value: str) -> str:
    """The value in about ``share`` of the rows, else empty (a column mostly empty)."""
    return value if rng.random() < share else ""


def name_forms(rng: random.Random, pool: tuple[str, ...] = P.NAME_FORMS) -> list[str]:
    """The one or two name forms a column of a table mixes."""
    return rng.sample(pool, rng.choice((1, 1, 2)))


def layouts(rng: random.Random, k: int = 3) -> list[str]:
    """Two to ``k`` phone layouts of a column."""
    return rng.sample(P.PHONE_LAYOUTS, rng.randint(2, k))


def date_layout(rng: random.Random) -> str:
    """The layout of a table's event dates."""
    return rng.choice(language.DATE_LAYOUTS)


def name_of(p, ctx, forms: list[str]) -> str:
    """A person's cell in one of the column's forms."""
    return P.name_cell(p, ctx.rng.choice(forms), ctx.lg)


def staff(ctx, k: int = 3) -> list[str]:
    """The first names (or initials) staff sign with: "don't care"."""
    names = [ctx.staff_person().first for _ in range(k)]
    if ctx.rng.random() < 0.3:
        names = [n[:2].upper() for n in names]
    return names


def address_cols(ctx, rows: list, whole: bool, street_key: str = "street") -> list[Col]:
    """The address as one cell or as street, postcode and town (an empty postcode column dropped)."""
    if whole:
        return [Col("address", P.ADDRESS, [p.address for p in rows])]
    cols = [Col(street_key, P.STREET, [p.street for p in rows])]
    if any(p.postcode for p in rows):
        cols.append(Col("postcode", P.POSTCODE, [p.postcode or "" for p in rows]))
    cols.append(Col("town", P.CITY, [p.town for p in rows]))
    return cols


def shape_out(cols: list[Col], main: list, others: list, genre: str, own: dict | None = None):
    """What a shape returns to the builder."""
    return types.SimpleNamespace(cols=cols, main=main, others=others, genre=genre, own=own or {})


_TOOLS = ("Makita drill", "Henry hoover", "Stanley knife set", "Black+Decker sander", "Bosch jigsaw",
          "Kärcher pressure washer", "Ryobi strimmer", "Dremel multitool", "Hilti breaker", "Fiskars loppers",
          "Einhell tile cutter", "DeWalt mitre saw", "Morris ladder 3-way", "Mrs Mop carpet cleaner",
          "Flymo")  # fmt: skip
_CONDITION = ("ok", "blade blunt", "missing 1 bit", "dirty - cleaned", "fine", "battery flat", "")


def toollib(ctx) -> types.SimpleNamespace:
    """A tool library's loans: the member (one or two name forms), a member number, the tool (makes named after
    people and companies: no personal data), out/due/returned dates, a phone in two or three layouts, an e-mail in
    about half, the address (one cell or parts), the volunteer on the desk ("don't care") and the condition."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = date_layout(rng)
    desk = staff(ctx)
    cols = [
        Col("loan", None, [f"L{1200 + i:05d}" for i in range(n)]),
        Col("member", P.NAME, [name_of(p, ctx, forms) for p in rows]),
        Col("member_no", None, [f"M{rng.randint(100, 999)}" for _ in rows]),
        Col("tool", None, [rng.choice(_TOOLS) for _ in rows]),
        Col("out", None, [language.event(rng, ctx.locale, dl, 0.5) for _ in rows]),
        Col("due", None, [language.future(rng, ctx.locale, dl, 21) for _ in rows]),
        Col("returned", None, [maybe(rng, 0.5, language.event(rng, ctx.locale, dl, 0.2)) for _ in rows]),
        Col("phone", P.PHONE, [P.phone_cell(p, rng, lay, landline=0.3) for p in rows]),
        Col("email", P.EMAIL, [maybe(rng, 0.5, p.email) for p in rows]),
        *address_cols(ctx, rows, rng.random() < 0.5),
        Col("desk", "dont_care", [rng.choice(desk) for _ in rows]),
        Col("condition", None, [rng.choice(_CONDITION) for _ in rows]),
    ]
    return shape_out(cols, rows, [[ctx.draw()] for _ in rows], "toollib")


_CATS = ("Mr Darcy", "Agatha", "Mrs Norris", "Dolly Parton", "Elvis", "Lady Grey", "Sherlock", "Tilly & Bob",
         "Captain Jack", "Miss Marple", "Boris", "Winston", "Cleo", "Percy & Mabel", "Sir Isaac", "Dave")  # fmt: skip
_BREEDS = ("Moggy", "British Shorthair", "Maine Coon", "Siamese", "Ragdoll", "DSH", "Bengal", "Persian")
_VETS = ("Herriot & Partners", "Armstrong Vets", "Castle Vets", "Dr Hadwen's Surgery", "Vets4Pets", "St Francis Vets",
         "Willows Vet Group", "Pennine Vets")  # fmt: skip


def cattery(ctx) -> types.SimpleNamespace:
    """A cattery's boarding book: the owner (one name column in a form the book uses, or surname and first names
    apart), the cats (named after people: no personal data), breed, dates, pen, the vet practice (named after
    people: no personal data), the address in one cell, a landline and a mobile, an emergency contact while away
    and their phone (mostly empty), the vaccination date."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    contacts = [ctx.draw() if rng.random() < 0.4 else None for _ in rows]
    dl = date_layout(rng)
    lay, lay2 = layouts(rng), layouts(rng)
    if rng.random() < 0.5:
        forms = name_forms(rng, ("title_last", "last_title_first", "full", "title_init_last", "LAST_first"))
        owner = [Col("owner", P.NAME, [name_of(p, ctx, forms) for p in rows])]
    else:
        upper = rng.random() < 0.4
        owner = [Col("owner_last", P.LAST, [p.last.upper() if upper else p.last for p in rows]),
                 Col("owner_first", P.FIRST, [p.first for p in rows])]  # fmt: skip
    cform = name_forms(rng, ("full", "first_paren", "title_last", "lower"))
    keys = ("phone", "phone") if rng.random() < 0.3 else ("home_phone", "mobile")  # ``Phone``, ``Phone.1``
    cols = [
        Col("booking", None, [f"C{rng.randint(1000, 9999)}" for _ in rows]),
        *owner,
        Col("cats", None, [rng.choice(_CATS) for _ in rows]),
        Col("breed", None, [rng.choice(_BREEDS) for _ in rows]),
        Col("arrive", None, [language.future(rng, ctx.locale, dl, 60) for _ in rows]),
        Col("leave", None, [language.future(rng, ctx.locale, dl, 80) for _ in rows]),
        Col("pen", None, [f"{rng.choice('ABC')}{rng.randint(1, 12)}" for _ in rows]),
        Col("vet", None, [rng.choice(_VETS) for _ in rows]),
        Col("address", P.ADDRESS, [p.address for p in rows]),
        Col(keys[0], P.PHONE, [maybe(rng, 0.7, P.phone_cell(p, rng, lay, landline=0.9)) for p in rows]),
        Col(keys[1], P.PHONE, [P.phone_cell(p, rng, lay2) for p in rows]),
        Col("emergency", P.NAME, ["" if c is None else name_of(c, ctx, cform) for c in contacts]),
        Col("emergency_phone", P.PHONE, ["" if c is None else P.phone_cell(c, rng, lay2) for c in contacts]),
        Col("vacc", None, [language.event(rng, ctx.locale, dl, 1.0) for _ in rows]),
    ]
    others = [[c] if c is not None else [ctx.draw()] for c in contacts]
    return shape_out(cols, rows, others, "cattery")


_GRADES = ("Pre-primary", "Primary", "Grade 1", "Grade 2", "Grade 3", "Grade 4", "Grade 5", "Intermediate Foundation")
_CLASSES = ("Tues 4:30", "Wed 5:15", "Sat 9:00", "Sat 10:30", "Thurs 6pm")
_ROLES = ("Clara", "Sugar Plum Fairy", "Giselle", "Coppélia", "Mother Ginger", "Snowflake", "Mouse", "Cinderella",
          "Odette", "Peter Rabbit", "Jemima Puddle-Duck", "Mrs Tiggy-Winkle", "")  # fmt: skip
_MEDICAL = ("", "", "asthma - inhaler in bag", "nut allergy", "", "glasses", "eczema", "none")


def ballet(ctx) -> types.SimpleNamespace:
    """A ballet school's pupil register: the pupil (full name, or the given name and the family surname apart), the
    child's birth date in one or two layouts, grade and class, the parent in another form, the parent's mobile and
    e-mail, medical notes, photo consent, the teacher ("don't care") and the show role (characters: no personal
    data)."""
    rng, n = ctx.rng, ctx.n
    parents = [ctx.draw() for _ in range(n)]
    kids = [P.with_surname(ctx.child(), p.last) for p in parents]
    dls = rng.sample(language.DATE_LAYOUTS, rng.choice((1, 2)))
    lay = layouts(rng)
    pforms = name_forms(rng, ("title_init_last", "full", "title_last", "last_comma_init", "first_init"))
    teacher = [f"Miss {x}" for x in staff(ctx, 2)]
    if rng.random() < 0.5:
        pupil = [Col("pupil", P.NAME, [name_of(k, ctx, name_forms(rng, ("full", "LAST_first"))) for k in kids])]
    else:
        pupil = [Col("pupil_first", P.FIRST, [k.first for k in kids]), Col("surname", P.LAST, [k.last for k in kids])]
    cols = [
        *pupil,
        Col("dob", P.DOB, [dob_cell(k, ctx, dls) for k in kids]),
        Col("grade", None, [rng.choice(_GRADES) for _ in kids]),
        Col("class", None, [rng.choice(_CLASSES) for _ in kids]),
        Col("parent", P.NAME, [name_of(p, ctx, pforms) for p in parents]),
        Col("parent_mobile", P.PHONE, [P.phone_cell(p, rng, lay) for p in parents]),
        Col("parent_email", P.EMAIL, [maybe(rng, 0.8, p.email) for p in parents]),
        Col("medical", None, [rng.choice(_MEDICAL) for _ in kids]),
        Col("photo", None, [rng.choice(("Y", "N", "Y", "yes - not online")) for _ in kids]),
        Col("teacher", "dont_care", [rng.choice(teacher) for _ in kids]),
        Col("role", None, [rng.choice(_ROLES) for _ in kids]),
    ]
    return shape_out(cols, kids, [[p] for p in parents], "ballet")


_ITEMS = ("Dr. Martens 1460 resole", "Clarks heels", "Jimmy Choo heel tips", "Church's brogues", "Yale key x2",
          "Chubb 3G114 cut", "Mul-T-Lock copy", "Timberland re-stitch", "Hunter wellies patch", "Louis Vuitton strap",
          "watch battery - Seiko", "Birkenstock footbed", "Ted Baker belt hole", "Era window key")  # fmt: skip


def cobbler(ctx) -> types.SimpleNamespace:
    """A cobbler and key-cutting counter's repair tickets: the ticket, the name on it (the surname alone, in
    capitals or with a title), a phone as the customer says it (run together, local, in two layouts), the item
    (brands named after people: no personal data), job, price, ready and collected dates, who took it in ("don't
    care") and who collected it when not the customer (mostly empty)."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    dl = date_layout(rng)
    lay = rng.sample(("nat_run", "national", "run", "word_after", "nat_dash", "intl"), 2)
    local = rng.random() < 0.5
    forms = name_forms(rng, ("last_upper", "title_last", "surname"))
    collectors = [ctx.draw() if rng.random() < 0.2 else None for _ in rows]
    cform = name_forms(rng, ("full", "first_init", "title_last"))
    till = staff(ctx)

    def ticket_name(p) -> str:
        form = rng.choice(forms)
        return p.last if form == "surname" else P.name_cell(p, form, ctx.lg)

    def phone(p) -> str:
        if local and rng.random() < 0.4:
            return P.phone_local(p.mobile if rng.random() < 0.5 else p.landline or p.mobile)
        return P.phone_cell(p, rng, lay, landline=0.4)

    cols = [
        Col("ticket", None, [f"{rng.randint(1, 999):03d}" for _ in rows]),
        Col("ticket_name", P.LAST, [ticket_name(p) for p in rows]),
        Col("phone", P.PHONE, [phone(p) for p in rows]),
        Col("item", None, [rng.choice(_ITEMS) for _ in rows]),
        Col("price", None, [f"{rng.randint(4, 45)}.{rng.choice(('00', '50', '95'))}" for _ in rows]),
        Col("ready", None, [language.future(rng, ctx.locale, dl, 10) for _ in rows]),
        Col("collected", None, [maybe(rng, 0.4, language.event(rng, ctx.locale, dl, 0.1)) for _ in rows]),
        Col("taken_by", "dont_care", [rng.choice(till) for _ in rows]),
        Col("collected_by", P.NAME, ["" if c is None else name_of(c, ctx, cform) for c in collectors]),
    ]
    others = [[c] if c is not None else [ctx.draw()] for c in collectors]
    return shape_out(cols, rows, others, "cobbler")
