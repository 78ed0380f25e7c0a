"""Held-out set 54: four of the eight export shapes (an airport taxi firm's account bookings, a university's
graduation guest tickets, a language school's enrolments, a music exam board's entries), and what every shape
shares: a column (``col``), headers in the table's language, cells of a person, set 54's address cells.

A shape is called with the table's context (``ctx``: locale, header language ``hl``, note language ``lg``,
``random.Random``, row count ``n``, ``draw`` of a person from the table's pool, who come back) and returns its
columns and, per row, the row's main person and the others a note may name. Labels are exact: a column of people
is labelled with what it holds, staff and job, student and candidate numbers "don't care", and things named after
people or places are ``None``: no personal data (airports ``John Lennon Airport``, ``George Best Belfast City``,
``Charles de Gaulle T2``, ``Leonardo da Vinci (Fiumicino)``, ``Marco Polo``, ``Frédéric Chopin``, ``Franz Josef
Strauss``, ``John F. Kennedy T4``; flight numbers; colleges ``Balliol``, ``Churchill College``, ``Darwin College``,
``Lady Margaret Hall``, ``Hughes Hall``, ``Sidney Sussex``; gowns by ``Ede & Ravenscroft``; exams and institutes
``Goethe-Zertifikat B1``, ``Instituto Cervantes``, ``Alliance Française``, ``Società Dante Alighieri``, ``Instituto
Camões``; pieces ``Clementi Sonatina in C``, ``Beethoven Für Elise``, ``Czerny Study``, ``Joplin The
Entertainer``, ``Satie Gymnopédie No. 1``).

A third of the person columns are plain (the plain form only, ``plain`` set: their header is never restyled nor
their case changed). Address cells of set 54 (one cell): an EDIFACT ``NAD`` segment (``NAD+DP+++12 Elm
Road+Leeds++LS1 4AB+GB'``), an Android ``geo:`` URI, a Yandex Maps link, a PostgreSQL ``hstore`` (``"street"=>"12
Elm Road", "town"=>"Leeds"``), an LDAP ``postalAddress`` (``12 Elm Road$Leeds$LS1 4AB``) and a protobuf text
message (``street: "12 Elm Road" town: "Leeds"``) besides the locale's own whole address.
"""

# ruff: noqa: E501  (frozen held-out data: long literal lines kept as written)
from __future__ import annotations

import random
import types
import urllib.parse

import heldout43_rows as r43
import heldout53_rows as r53
import heldout54_language as language
import heldout54_people as P

_LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "da", "cs", "nb", "mi")
_HEADER_TEXT = """
booked_by: Booked by | Gebucht von | Réservé par | Reservado por | Prenotato da | Geboekt door | Reservado por |
    Bestilt af | Objednal/a | Bestilt av | Nā wai i tono
pickup: Pick-up address | Abholadresse | Adresse de prise en charge | Dirección de recogida | Indirizzo di ritiro |
    Ophaaladres | Morada de recolha | Afhentningsadresse | Adresa vyzvednutí | Henteadresse | Wāhi tiki
graduand: Graduand | Absolvent/in | Diplômé(e) | Graduado/a | Laureando/a | Afgestudeerde | Finalista | Kandidat |
    Absolvent/ka | Kandidat | Tauira puta
guest2: Guest 2 | Gast 2 | Invité 2 | Invitado 2 | Ospite 2 | Gast 2 | Convidado 2 | Gæst 2 | Host 2 | Gjest 2 |
    Manuhiri 2
student: Student | Kursteilnehmer/in | Étudiant(e) | Estudiante | Studente | Cursist | Aluno/a | Kursist | Student/ka |
    Elev | Ākonga
host: Host family | Gastfamilie | Famille d'accueil | Familia de acogida | Famiglia ospitante | Gastgezin |
    Família de acolhimento | Værtsfamilie | Hostitelská rodina | Vertsfamilie | Whānau manaaki
candidate: Candidate | Prüfling | Candidat(e) | Candidato/a | Candidato/a | Kandidaat | Candidato/a | Kandidat |
    Uchazeč/ka | Kandidat | Kaitono
teacher: Teacher | Lehrer/in | Professeur | Profesor/a | Insegnante | Docent | Professor/a | Lærer | Učitel/ka |
    Lærer | Kaiako
volunteer: Volunteer | Helfer/in | Bénévole | Voluntario/a | Volontario/a | Vrijwilliger | Voluntário/a | Frivillig |
    Dobrovolník | Frivillig | Tūao
leader: Party leader | Gruppenleiter/in | Chef de groupe | Responsable del grupo | Capogruppo | Groepsleider |
    Responsável do grupo | Gruppeleder | Vedoucí skupiny | Gruppeleder | Kaiārahi
party: Party members | Teilnehmende | Membres du groupe | Integrantes | Partecipanti | Groepsleden | Participantes |
    Deltagere | Členové skupiny | Deltakere | Ngā mema
pilot: P1 | Pilot/in | Pilote | Piloto | Pilota | Piloot | Piloto | Pilot | Pilot | Pilot | Kaiurungi
p2: P2 | Zweitsitz | Passager P2 | P2 / pasajero | P2 / passeggero | P2 / passagier | P2 / passageiro | P2 | P2 |
    P2 | P2
lead_passenger: Lead passenger | Hauptreisende/r | Passager principal | Pasajero principal | Passeggero principale |
    Hoofdreiziger | Passageiro principal | Hovedrejsende | Hlavní cestující | Hovedreisende | Pāhihi matua
passengers: Other passengers | Mitreisende | Autres passagers | Otros pasajeros | Altri passeggeri | Medereizigers |
    Outros passageiros | Medrejsende | Spolucestující | Medreisende | Ētahi atu pāhihi
"""
HEADERS = {**r53.HEADERS, **r43.parse_headers(_HEADER_TEXT)}
ADDRESS_FORMS = ("edifact_nad", "geo_uri", "yandex_maps", "hstore", "ldap_postal", "proto_text")


def header(key: str, hl: str) -> str:
    """A column's header in the table's header language (English where the language has none)."""
    row = HEADERS[key]
    return row[_LANGS.index(hl)] if hl in _LANGS and _LANGS.index(hl) < len(row) else row[0]


col = r43.col
maybe = r43.maybe
shape_out = r43.shape_out


def kcol(key: str, ctx, values: list[str], label) -> types.SimpleNamespace:
    """A column with a header from ``HEADERS`` (its key kept)."""
    c = col(header(key, ctx.hl), values, label)
    c.key = key
    return c


def name_forms(rng: random.Random, pool: tuple[str, ...] = P.COLUMN_FORMS) -> list[str]:
    """The forms a column of people mixes: about a third plain (the plain form only), else one or two of set 54's,
    the plain form often among them."""
    if rng.random() < 0.35:
        return ["full"]
    forms = rng.sample(pool, 2)
    return forms if rng.random() < 0.5 else ["full", forms[0]]


def pcol(key: str, ctx, people: list, forms: list[str], share: float = 1.0) -> types.SimpleNamespace:
    """A column of people in ``forms`` (a plain column when the plain form is the only one), filled in about
    ``share`` of the rows; ``people`` may hold ``None`` for an empty cell."""
    vals = [name_of(p, ctx, forms) if p is not None and ctx.rng.random() < share else "" for p in people]
    c = kcol(key, ctx, vals, P.NAME)
    c.plain = forms == ["full"]
    return c


def layouts(rng: random.Random, k: int = 3) -> list[str]:
    """One to ``k - 1`` of set 54's phone layouts and one of the usual ones; a column in four plain."""
    if rng.random() < 0.25:
        return [rng.choice(("national", "intl"))]
    out = rng.sample(P.PHONE_LAYOUTS, rng.randint(1, k - 1))
    return [*out, rng.choice(("national", "intl", "national"))]


def date_layouts(rng: random.Random) -> list[str]:
    """The one or two layouts of a table's birth dates (a table in four the locale's own)."""
    if rng.random() < 0.25:
        return ["local"]
    return rng.sample(language.DATE_LAYOUTS, rng.choice((1, 1, 2)))


def event_layout(rng: random.Random) -> str:
    """The layout of a table's other dates."""
    return rng.choice(("nsdate", "asctime", "stata_td", "iso", "local"))


def name_of(p, ctx, forms: list[str], of: str = "") -> str:
    """A person's cell in one of the column's forms."""
    return P.name_cell(p, ctx.rng.choice(forms), ctx.hl, ctx.rng, of)


def dob_of(p, ctx, dl: list[str]) -> str:
    """A person's birth date cell."""
    return P.dob_cell(p, ctx.locale, dl, ctx.rng, "en" if ctx.lg == "en" else ctx.lg)


def staff(ctx, k: int = 3) -> list[str]:
    """The first names staff sign with: "don't care"."""
    return [ctx.draw().first for _ in range(k)]


def address_cell(p, form: str, hl: str = "en") -> str:
    """The address in one cell in one of set 54's forms (or the locale's own)."""
    parts = [x for x in (p.street, p.town, p.postcode) if x]
    reg = language.region(p.locale)
    if form == "edifact_nad":
        esc = [
            x.replace("?", "??").replace("+", "?+").replace("'", "?'").replace(":", "?:")
            for x in (p.street, p.town, p.postcode)
        ]
        return f"NAD+DP+++{esc[0]}+{esc[1]}++{esc[2]}+{reg}'"
    if form == "geo_uri":
        return "geo:0,0?q=" + urllib.parse.quote(", ".join(parts), safe="")
    if form == "yandex_maps":
        return "https://yandex.com/maps/?text=" + urllib.parse.quote_plus(", ".join(parts))
    if form == "hstore":
        return f'"street"=>"{p.street}", "town"=>"{p.town}"' + (f', "postcode"=>"{p.postcode}"' if p.postcode else "")
    if form == "ldap_postal":
        return "$".join(parts)
    if form == "proto_text":
        return f'street: "{p.street}" town: "{p.town}"' + (f' postcode: "{p.postcode}"' if p.postcode else "")
    return p.address


def address_cols(ctx, rows: list, whole: bool, key: str = "address") -> list:
    """The address as one cell (the locale's own or one of set 54's forms) or as street, postcode and town."""
    if whole:
        form = ctx.rng.choice(("own", "own", *ADDRESS_FORMS))
        return [kcol(key, ctx, [address_cell(p, form, ctx.hl) for p in rows], P.ADDRESS)]
    cols = [kcol("street", ctx, [p.street for p in rows], P.STREET)]
    if any(p.postcode for p in rows):
        cols.append(kcol("postcode", ctx, [p.postcode for p in rows], P.POSTCODE))
    cols.append(kcol("town", ctx, [p.town for p in rows], P.CITY))
    return cols


def juniors(ctx, share: float) -> tuple[list, list, list]:
    """Per row a parent, whether the row is a junior's, and the row's person (a junior named after the parent as
    the place does it: ``heldout54_people.child_of``)."""
    parents = [ctx.draw() for _ in range(ctx.n)]
    kids = [ctx.rng.random() < share for _ in range(ctx.n)]
    rows = [P.child_of(ctx.draw(child=True), par) if k else par for par, k in zip(parents, kids, strict=True)]
    return parents, kids, rows


def _others(*pairs) -> list:
    """Per row the other people a note may name: those whose cell is filled."""
    return [[p for p, filled in row if filled] for row in zip(*pairs, strict=True)]


def taxi(ctx) -> types.SimpleNamespace:
    """An airport taxi firm's account bookings: the job number, the date, the passenger (plain or in set 54's forms),
    phone, the pick-up address (one cell), the airport (named after people: no personal data), the flight, who
    booked it (another person, half the rows), their e-mail, the fare, the driver ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    bookers = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    el = event_layout(rng)
    airports = ("John Lennon Airport", "George Best Belfast City", "Charles de Gaulle T2", "Leonardo da Vinci (Fiumicino)",
                "Marco Polo Venice", "Frédéric Chopin Warsaw", "Franz Josef Strauss Munich", "John F. Kennedy T4",
                "Adolfo Suárez Madrid-Barajas", "Indira Gandhi Intl T3")  # fmt: skip
    form = rng.choice(("own", "own", *ADDRESS_FORMS))
    b_col = pcol("booked_by", ctx, bookers, ["full", "pp_signed"] if rng.random() < 0.5 else name_forms(rng), 0.5)
    has_b = [bool(v) for v in b_col.values]
    cols = [
        col("Job", [f"TX-{rng.randint(10000, 99999)}" for _ in rows], None),
        kcol("date", ctx, [language.future(rng, ctx.locale, el, 45) for _ in rows], None),
        pcol("passenger", ctx, rows, forms),
        kcol("phone", ctx, [P.phone_cell(p, rng, lay, ctx.lg, 0.2) for p in rows], P.PHONE),
        kcol("pickup", ctx, [address_cell(p, form, ctx.hl) for p in rows], P.ADDRESS),
        col("Airport", [rng.choice(airports) for _ in rows], None),
        col("Flight", [f"{rng.choice(('EZY', 'BA', 'FR', 'LH', 'AF', 'KL', 'U2'))}{rng.randint(10, 9899)}" for _ in rows], None),
        b_col,
        kcol("email", ctx, [b.email if h else maybe(rng, 0.6, p.email) for p, b, h in zip(rows, bookers, has_b, strict=True)], P.EMAIL),
        col("Fare", [f"{rng.randint(25, 140)}.{rng.choice(('00', '50'))}" for _ in rows], None),
        col("Driver", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    return shape_out(cols, rows, _others(zip(bookers, has_b, strict=True)), "taxi")


def graduation(ctx) -> types.SimpleNamespace:
    """A university's graduation guest tickets: the graduand (plain or in set 54's forms), the student number
    ("don't care"), the college (named after people: no personal data), the degree, two guests (other people,
    the second mostly empty), phone, e-mail, the gown hire (``Ede & Ravenscroft``), the marshal ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    g1 = [ctx.draw() for _ in range(n)]
    g2 = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    colleges = ("Balliol", "Churchill College", "Darwin College", "Lady Margaret Hall", "Hughes Hall", "Sidney Sussex",
                "Wolfson College", "Robinson College", "St Hugh's", "Fitzwilliam")  # fmt: skip
    degrees = (
        "BA (Hons) History",
        "MSc Data Science",
        "BSc Physics",
        "MA English",
        "LLB Law",
        "MEng Civil Engineering",
        "PhD Chemistry",
    )
    c1 = pcol("guest", ctx, g1, name_forms(rng), 0.85)
    c2 = pcol("guest2", ctx, g2, ["full"] if rng.random() < 0.5 else name_forms(rng), 0.35)
    cols = [
        pcol("graduand", ctx, rows, forms),
        col("Student no.", [f"{rng.choice(('s', 'u', ''))}{rng.randint(1900000, 2499999)}" for _ in rows], "dont_care"),
        col("College", [rng.choice(colleges) for _ in rows], None),
        col("Degree", [rng.choice(degrees) for _ in rows], None),
        c1, c2,
        kcol("phone", ctx, [P.phone_cell(p, rng, lay, ctx.lg, 0.1) for p in rows], P.PHONE),
        kcol("email", ctx, [maybe(rng, 0.9, p.email) for p in rows], P.EMAIL),
        col("Gown", [rng.choice(("Ede & Ravenscroft", "Ede & Ravenscroft", "own gown", "")) for _ in rows], None),
        col("Marshal", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    return shape_out(
        cols,
        rows,
        _others(zip(g1, [bool(v) for v in c1.values], strict=True), zip(g2, [bool(v) for v in c2.values], strict=True)),
        "graduation",
    )


def language_school(ctx) -> types.SimpleNamespace:
    """A language school's enrolments: the student (plain or in set 54's forms), birth date, the passport or id seen
    for the visa letter, phone, e-mail, the course (exams and institutes named after people: no personal data),
    the host family (another person) and their address (parts or one cell), the teacher ("don't care")."""
    rng, n = ctx.rng, ctx.n
    rows = [ctx.draw() for _ in range(n)]
    hosts = [ctx.draw() for _ in range(n)]
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = date_layouts(rng)
    courses = ("Cambridge B2 First", "IELTS Academic prep", "DELF B1 (Alliance Française)", "Goethe-Zertifikat B1",
               "DELE A2 (Instituto Cervantes)", "CILS Uno (Società Dante Alighieri)", "CAPLE (Instituto Camões)", "TestDaF")  # fmt: skip
    h_col = pcol("host", ctx, hosts, name_forms(rng), 0.7)
    has_h = [bool(v) for v in h_col.values]
    cols = [
        pcol("student", ctx, rows, forms),
        kcol("dob", ctx, [dob_of(p, ctx, dl) for p in rows], P.DOB),
        kcol("id_seen", ctx, [maybe(rng, 0.6, P.id_cell(p, ctx.lg, rng)) for p in rows], P.NID),
        kcol("phone", ctx, [P.phone_cell(p, rng, lay, ctx.lg, 0.1) for p in rows], P.PHONE),
        kcol("email", ctx, [maybe(rng, 0.9, p.email) for p in rows], P.EMAIL),
        col("Course", [rng.choice(courses) for _ in rows], None),
        h_col,
    ]  # fmt: skip
    whole = rng.random() < 0.5
    addr = address_cols(ctx, hosts, whole)
    for c in addr:
        c.values = [v if h else "" for v, h in zip(c.values, has_h, strict=True)]
    cols += [*addr, col("Teacher", [rng.choice(staff(ctx, 2)) for _ in rows], "dont_care")]
    return shape_out(cols, rows, _others(zip(hosts, has_h, strict=True)), "language_school")


def music_exam(ctx) -> types.SimpleNamespace:
    """A music exam board's entries: the candidate (plain or in set 54's forms; juniors with their birth date and a
    parent signing), the candidate number ("don't care"), the grade, the pieces (composers: no personal data), the
    candidate's own teacher (another person), phone, e-mail, the accompanist and the examiner ("don't care")."""
    rng = ctx.rng
    parents, kids, rows = juniors(ctx, 0.55)
    teachers = [ctx.draw() for _ in rows]
    forms = name_forms(rng)
    lay = layouts(rng)
    dl = date_layouts(rng)
    pieces = ("Clementi Sonatina in C", "Bach Minuet in G", "Beethoven Für Elise", "Czerny Study Op. 599 No. 19",
              "Chopin Prelude in E minor", "Joplin The Entertainer", "Satie Gymnopédie No. 1", "Debussy Clair de lune",
              "Kabalevsky Toccatina", "Grieg Arietta")  # fmt: skip
    t_col = pcol("teacher", ctx, teachers, ["full"] if rng.random() < 0.5 else name_forms(rng), 0.75)
    par_vals = [name_of(par, ctx, ["full", "pp_signed"]) if k else "" for par, k in zip(parents, kids, strict=True)]
    cols = [
        pcol("candidate", ctx, rows, forms),
        kcol("dob", ctx, [dob_of(p, ctx, dl) if k else "" for p, k in zip(rows, kids, strict=True)], P.DOB),
        kcol("parent", ctx, par_vals, P.NAME),
        col("Cand. no.", [f"{rng.randint(1, 240):03d}" for _ in rows], "dont_care"),
        col("Grade", [f"Grade {rng.randint(1, 8)} {rng.choice(('Piano', 'Violin', 'Flute', 'Singing', 'Guitar'))}" for _ in rows], None),
        col("Pieces", [" / ".join(rng.sample(pieces, 2)) for _ in rows], None),
        t_col,
        kcol("phone", ctx, [P.phone_cell(par, rng, lay, ctx.lg, 0.3) for par in parents], P.PHONE),
        kcol("email", ctx, [maybe(rng, 0.8, par.email) for par in parents], P.EMAIL),
        col("Accompanist", [maybe(rng, 0.5, rng.choice(staff(ctx, 2))) for _ in rows], "dont_care"),
        col("Examiner", [rng.choice(staff(ctx, 1)) for _ in rows], "dont_care"),
    ]  # fmt: skip
    others = _others(zip(parents, kids, strict=True), zip(teachers, [bool(v) for v in t_col.values], strict=True))
    return shape_out(cols, rows, others, "music_exam")
