"""Held-out set 41: the other four export shapes (a brass band's players' register, a village cricket club's
availability and teas rota, a plumber's job sheet, a playgroup's sign-in sheet).

Labels are exact as in ``heldout41_rows``: bandmasters, captains, engineers and key workers are staff ("don't
care"); bands named after places and companies (``Black Dyke``, ``Grimethorpe Colliery``, ``Fodens``), marches
named after people (``Colonel Bogey``, ``The Floral Dance``), grounds (``Lord's``, ``Grace Road``), bat makers
(``Gray-Nicolls``, ``Gunn & Moore``, ``Duncan Fearnley``), boilers (``Worcester Bosch``, ``Baxi``, ``Vaillant``),
letting agents (``Martin & Co``, ``Bairstow Eves``), collection passwords (``Peppa``, ``Gruffalo``) and who is
collecting (``Mum``, ``Grandad``, in a column of its own) are no personal data.
"""

from __future__ import annotations

import types

import heldout41_language as language
import heldout41_rows as base
from heldout41_rows import Col, address_cols, date_layouts, dob_cell, layouts, maybe, name_forms, name_of, staff

P = base.P
base.HEADERS.update(
    base.parse_headers("""
player: Player | Spieler/in | Musicien | Músico | Musicista | Muzikant | Músico | Musiker | Muzyk
instrument: Instrument | Instrument | Instrument | Instrumento | Strumento | Instrument | Instrumento | Instrument
    Instrument
position: Seat | Platz | Pupitre | Atril | Leggio | Plaats | Estante | Stämma | Pulpit
band: Band | Kapelle | Harmonie | Banda | Banda | Korps | Banda | Orkester | Orkiestra
piece: Next piece | Nächstes Stück | Prochain morceau | Próxima pieza | Prossimo brano | Volgend stuk | Próxima peça
    Nästa stycke | Następny utwór
subs: Subs | Beitrag | Cotisation | Cuota | Quota | Contributie | Quota | Avgift | Składka
bandmaster: Bandmaster | Dirigent | Chef | Director | Maestro | Dirigent | Maestro | Dirigent | Kapelmistrz
regno: Reg. no | Reg.-Nr. | N° inscr. | Nº registro | N. iscr. | Reg.nr | N.º registo | Reg.nr | Nr rej.
sat: Sat | Sa | Sam | Sáb | Sab | Za | Sáb | Lör | Sob
sun: Sun | So | Dim | Dom | Dom | Zo | Dom | Sön | Nd
team: Team | Mannschaft | Équipe | Equipo | Squadra | Team | Equipa | Lag | Drużyna
teas: Teas | Kuchendienst | Goûter | Meriendas | Merende | Theedienst | Lanches | Fika | Herbata
ground: Ground | Platz | Terrain | Campo | Campo | Veld | Campo | Plan | Boisko
kit: Bat | Schläger | Batte | Bate | Mazza | Bat | Taco | Slagträ | Kij
captain: Captain | Kapitän | Capitaine | Capitán | Capitano | Aanvoerder | Capitão | Kapten | Kapitan
memno: Member no | Mitgl.-Nr. | N° adhérent | Nº socio | N. socio | Lidnr | N.º sócio | Medl.nr | Nr członka
job: Job | Auftrag | Intervention | Trabajo | Lavoro | Klus | Trabalho | Jobb | Zlecenie
customer: Customer | Kunde | Client | Cliente | Cliente | Klant | Cliente | Kund | Klient
site: Site address | Einsatzort | Adresse chantier | Dirección obra | Indirizzo cantiere | Werkadres | Morada obra
    Arbetsplats | Adres zlecenia
tenant: Tenant | Mieter | Locataire | Inquilino | Inquilino | Huurder | Inquilino | Hyresgäst | Najemca
tenantphone: Tenant phone | Tel. Mieter | Tél. locataire | Tel. inquilino | Tel. inquilino | Tel. huurder
    Tel. inquilino | Tel. hyresgäst | Tel. najemcy
agent: Agent | Verwaltung | Agence | Agencia | Agenzia | Makelaar | Agência | Förvaltare | Zarządca
boiler: Boiler | Therme | Chaudière | Caldera | Caldaia | Ketel | Caldeira | Panna | Kocioł
engineer: Engineer | Monteur | Technicien | Técnico | Tecnico | Monteur | Técnico | Montör | Technik
child: Child | Kind | Enfant | Niño/a | Bambino/a | Kind | Criança | Barn | Dziecko
session: Session | Gruppe | Séance | Sesión | Turno | Dagdeel | Sessão | Pass | Zajęcia
dropoff: Dropped off by | Gebracht von | Déposé par | Traído por | Accompagnato da | Gebracht door | Trazido por
    Lämnad av | Przyprowadził(a)
collect: Collected by | Abgeholt von | Récupéré par | Recogido por | Ritirato da | Opgehaald door | Recolhido por
    Hämtad av | Odebrał(a)
relation: Relation | Beziehung | Lien | Relación | Parentela | Relatie | Relação | Relation | Relacja
password: Password | Kennwort | Mot de passe | Contraseña | Parola | Wachtwoord | Senha | Lösenord | Hasło
allergies: Allergies | Allergien | Allergies | Alergias | Allergie | Allergieën | Alergias | Allergier | Alergie
keyworker: Key worker | Bezugserzieher/in | Référent | Tutor/a | Educatrice | Mentor | Educadora | Pedagog | Opiekunka
timein: In | Ankunft | Arrivée | Entrada | Entrata | In | Entrada | In | Przyjście
timeout: Out | Abholung | Départ | Salida | Uscita | Uit | Saída | Ut | Wyjście
""")
)

_INSTRUMENTS = ("Cornet", "Euphonium", "Flugelhorn", "Tenor horn", "Baritone", "Trombone", "Bass trombone",
                "Eb bass", "BBb bass", "Percussion", "Soprano cornet")  # fmt: skip
_BANDS = ("Black Dyke", "Grimethorpe Colliery", "Brighouse & Rastrick", "Fodens", "Cory", "Youth band", "Training band",
          "Senior band")  # fmt: skip
_PIECES = ("Colonel Bogey", "The Floral Dance", "Slaidburn", "Ravenswood", "Mrs Robinson arr.", "Nimrod",
           "Abide with Me", "Queensbury", "Death or Glory", "The Cossack")  # fmt: skip


def brass(ctx) -> types.SimpleNamespace:
    """A brass band's players' register: the player (one or two name forms), instrument and seat, the band or
    section (named after places and companies: no personal data), birth date for the youth players only, a phone,
    e-mail, the address as street and town or in one cell, subs, the registry number (a band's: no personal
    data), the next piece (marches named after people: no personal data), the bandmaster ("don't care")."""
    rng, n = ctx.rng, ctx.n
    forms, lay, dl = name_forms(rng), layouts(rng), date_layouts(rng)
    youth = [rng.random() < 0.3 for _ in range(n)]
    rows = [ctx.draw(child=y) for y in youth]
    masters = staff(ctx, 2)
    cols = [
        Col("player", [name_of(p, ctx, forms) for p in rows], P.NAME),
        Col("instrument", [rng.choice(_INSTRUMENTS) for _ in rows], None),
        Col("position", [rng.choice(("Principal", "Solo", "2nd", "3rd", "Rep", "Back row", "")) for _ in rows], None),
        Col("band", [rng.choice(_BANDS) for _ in rows], None),
        Col("dob", [dob_cell(p, ctx, dl) if y else "" for p, y in zip(rows, youth, strict=True)], P.DOB),
        Col("phone", [P.phone_cell(p, rng, lay, landline=0.3) for p in rows], P.PHONE),
        Col("email", [maybe(rng, 0.6, p.email) for p in rows], P.EMAIL),
        *address_cols(ctx, rows, rng.random() < 0.5),
        Col("subs", [rng.choice(("paid", "£5/mth", "owes Q2", "exempt", "")) for _ in rows], None),
        Col("regno", [f"{rng.randint(10000, 99999)}" for _ in rows], None),
        Col("piece", [rng.choice(_PIECES) for _ in rows], None),
        Col("bandmaster", [rng.choice(masters) for _ in rows], "dont_care"),
    ]
    return shape_out(cols, rows, [[] for _ in rows], "brass")


_GROUNDS = ("Lord's", "Trent Bridge", "Grace Road", "The Oval", "Headingley", "home", "away - Little Snoring",
            "Recreation Ground")  # fmt: skip
_BATS = ("Gray-Nicolls", "Gunn & Moore", "Duncan Fearnley", "Slazenger", "Kookaburra", "Newbery", "club bat", "")


def cricket(ctx) -> types.SimpleNamespace:
    """A village cricket club's availability and teas rota: the player as a scorebook writes them (``Haynes C``,
    ``C.A. Haynes``) or whole, availability, team, the member doing teas that week (another member, in the same
    form: personal data), a phone, an e-mail mostly, junior members' birth dates, the ground (named after people
    and places: no personal data), the bat (makers named after people: no personal data), member number (no
    personal data), the captain ("don't care")."""
    rng, n = ctx.rng, ctx.n
    forms = rng.sample(("last_init_nodot", "inits_last", "upper_last_init", "full", "first_lastinit"), 2)
    lay, dl = layouts(rng), date_layouts(rng)
    juniors = [rng.random() < 0.25 for _ in range(n)]
    rows = [ctx.draw(child=j) for j in juniors]
    teas = [ctx.draw() if rng.random() < 0.6 else None for _ in range(n)]
    captains = staff(ctx, 2)
    cols = [
        Col("memno", [f"M{rng.randint(100, 399)}" for _ in rows], None),
        Col("player", [name_of(p, ctx, forms) for p in rows], P.NAME),
        Col("sat", [rng.choice(("Y", "N", "?", "Y", "am only")) for _ in rows], None),
        Col("sun", [rng.choice(("Y", "N", "", "Y")) for _ in rows], None),
        Col("team", [rng.choice(("1st XI", "2nd XI", "Sunday XI", "U15", "U13")) for _ in rows], None),
        Col("teas", [name_of(t, ctx, forms) if t else "" for t in teas], P.NAME),
        Col("phone", [P.phone_cell(p, rng, lay) for p in rows], P.PHONE),
        Col("email", [maybe(rng, 0.4, p.email) for p in rows], P.EMAIL),
        Col("dob", [dob_cell(p, ctx, dl) if j else "" for p, j in zip(rows, juniors, strict=True)], P.DOB),
        Col("ground", [rng.choice(_GROUNDS) for _ in rows], None),
        Col("kit", [rng.choice(_BATS) for _ in rows], None),
        Col("captain", [rng.choice(captains) for _ in rows], "dont_care"),
    ]
    return shape_out(cols, rows, [[t] if t else [] for t in teas], "cricket")


_BOILERS = ("Worcester Bosch Greenstar", "Baxi Duo-tec", "Vaillant ecoTEC", "Ideal Logic", "Glow-worm Betacom",
            "Potterton Promax", "Viessmann Vitodens", "n/a - leak")  # fmt: skip
_AGENTS = ("", "", "Martin & Co", "Bairstow Eves", "Hunters", "Kinleigh Folkard & Hayward", "private landlord", "")
_JOBS = ("annual service", "no hot water", "leak under sink", "new radiator", "power flush", "toilet cistern",
         "gas safety cert", "boiler pressure")  # fmt: skip


def plumber(ctx) -> types.SimpleNamespace:
    """A plumber's job sheet: the customer (a title and the surname, or whole), the site address (one cell, or the
    street and the postcode apart), two phones in one cell now and then, the tenant on site and their phone
    (mostly empty), the letting agent (named after people: no personal data), the boiler (makes named after
    people: no personal data), job, engineer ("don't care"), date, price and paid."""
    rng, n = ctx.rng, ctx.n
    lay = layouts(rng)
    rows = [ctx.draw() for _ in range(n)]
    tenants = [ctx.draw() if rng.random() < 0.3 else None for _ in range(n)]
    forms = rng.sample(("title_full", "upper_comma_title", "mr_mrs", "full", "last_space_first"), 2)
    engineers = staff(ctx, 2)
    cols = [
        Col("job", [f"J{26000 + i * 3 + rng.randint(0, 2)}" for i in range(n)], None),
        Col("date", [language.event(rng, ctx.locale, "iso_time", 0.3) for _ in rows], None),
        Col("customer", [name_of(p, ctx, forms) for p in rows], P.NAME),
        *address_cols(ctx, rows, rng.random() < 0.6, street_key="site"),
        Col("phone", [P.phone_cell(p, rng, lay, landline=0.4, both=0.3) for p in rows], P.PHONE),
        Col("tenant", [P.name_cell(t, "full", ctx.lg) if t else "" for t in tenants], P.NAME),
        Col("tenantphone", [P.phone_text(t.mobile, rng.choice(lay)) if t else "" for t in tenants], P.PHONE),
        Col("agent", [rng.choice(_AGENTS) for _ in rows], None),
        Col("boiler", [rng.choice(_BOILERS) for _ in rows], None),
        Col("description", [rng.choice(_JOBS) for _ in rows], None, "Job description"),
        Col("engineer", [rng.choice(engineers) for _ in rows], "dont_care"),
        Col("price", [rng.choice(("85", "£120", "65.00", "tbc", "240")) for _ in rows], None),
        Col("paid", [rng.choice(("Y", "N", "card", "inv sent", "")) for _ in rows], None),
    ]
    return shape_out(cols, rows, [[t] if t else [] for t in tenants], "plumber")


_PASSWORDS = ("Peppa", "Gruffalo", "Bluey", "Paddington", "Elmer", "Postman Pat", "Hey Duggee", "Tigger")
_RELATIONS = ("Mum", "Dad", "Grandma", "Grandad", "Nanny", "childminder", "Auntie", "")


def playgroup(ctx) -> types.SimpleNamespace:
    """A playgroup's sign-in sheet: the child (given name and surname apart, or the given name alone), birth date,
    session, times in and out, who dropped off and collected (a parent or carer by name, in another form: personal
    data; their relation in a column of its own: no personal data), the collection password (characters: no
    personal data), allergies, the carer's phone, the key worker ("don't care")."""
    rng, n = ctx.rng, ctx.n
    lay, dl = layouts(rng), date_layouts(rng)
    carers = [ctx.draw() for _ in range(n)]
    kids = [P.with_surname(ctx.draw(child=True), c.last) for c in carers]
    collectors = [ctx.draw() if rng.random() < 0.2 else c for c in carers]
    cforms = name_forms(rng)
    split = rng.random() < 0.6
    workers = staff(ctx)
    cols = [Col("date", [language.event(rng, ctx.locale, "weekday", 0.1) for _ in kids], None)]
    if split:
        cols += [Col("first", [k.first for k in kids], P.FIRST), Col("surname", [k.last for k in kids], P.LAST)]
    else:
        cols.append(Col("child", [k.first if rng.random() < 0.6 else k.full for k in kids], P.NAME))
    cols += [
        Col("dob", [dob_cell(k, ctx, dl) for k in kids], P.DOB),
        Col("session", [rng.choice(("Mon am", "Tue am", "Wed pm", "Thu all day", "Fri am")) for _ in kids], None),
        Col("timein", [f"{rng.randint(8, 9)}:{rng.choice(('00', '05', '20', '45'))}" for _ in kids], None),
        Col("dropoff", [name_of(c, ctx, cforms) for c in carers], P.NAME),
        Col("relation", [rng.choice(_RELATIONS) for _ in kids], None),
        Col("collect", [name_of(c, ctx, cforms) if rng.random() < 0.8 else "" for c in collectors], P.NAME),
        Col("password", [rng.choice(_PASSWORDS) for _ in kids], None),
        Col("allergies", [rng.choice(("", "", "none", "dairy", "nuts!!", "egg", "plasters")) for _ in kids], None),
        Col("phone", [P.phone_cell(c, rng, lay) for c in carers], P.PHONE),
        Col("keyworker", [rng.choice(workers) for _ in kids], "dont_care"),
        Col(
            "timeout", [maybe(rng, 0.9, f"{rng.randint(11, 15)}:{rng.choice(('00', '30', '15'))}") for _ in kids], None
        ),
    ]
    others = [[c] + ([x] if x is not c else []) for c, x in zip(carers, collectors, strict=True)]
    return shape_out(cols, kids, others, "playgroup")


def shape_out(cols, main, others, genre) -> types.SimpleNamespace:
    """What a shape returns to the builder (``heldout41_rows.shape_out``)."""
    return base.shape_out(cols, main, others, genre)
