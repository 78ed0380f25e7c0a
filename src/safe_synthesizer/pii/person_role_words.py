"""Header words naming a PERSON by the role they play to the record, in many languages: a hint of a people column.

Why: small organisations head a people column with what the person does, never "name": a show's ``Exhibitor``, a
sailing club's ``Helm`` / ``Barreur`` / ``Timonel`` / ``Crew``, a charity's ``Puppy walker``, a commission book's
``Auftraggeber`` / ``Opdrachtgever``, a hall's ``Keyholder`` / ``Tiene llaves``, a party hire's ``Birthday child`` /
``Enfant fêté``, a host family's ``Famille d'accueil``. A list of the headers one set wrote misses the next set's
``Auftragnehmer``, ``Halterin`` or ``Vermieter``. This reader holds CLOSED CLASSES instead: per language, the agent
and relation nouns of owning, holding and keeping, hiring and commissioning, renting, buying and selling, hosting
and attending, accompanying, guarding and parenting, breeding and growing, exhibiting and competing, steering and
crewing, booking and paying; German and Dutch compounds are read by their HEAD (the last part: ``Buchbesitzer`` is
a kind of ``besitzer``, ``Auftraggeber`` of ``geber``), gender forms (``/in``, ``(m/w/d)``, ``:in``, ``*in``,
``(e)``) are set aside, and the role noun must be the head of the header: the last word (``Puppy walker``) or the
first before a complement (``Owner of book``, ``Proprietario del libro``, ``Eigenaar boek``). A word of another
entity or of an attribute beside it (``Customer ID``, ``Owner type``, ``Parent company``, ``Mother tongue``) makes the
header name that thing, not the person. The hint only lowers how many values must read as people; the values decide
(:mod:`column_detector`), so a ``Client`` column of firms stays a firm column.

Example::

    role_word_cues("Puppy walker")      # {"name"}
    role_word_cues("Auftragnehmer/in")  # {"name"}
    role_word_cues("Customer ID")       # set()
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.header_undress import undress_header
from safe_synthesizer.pii.role_nouns_world import names_a_person_by_phrase

__all__ = ["ROLE_HEADS", "ROLE_NOUNS", "role_word_cues"]

# Role nouns per language (folded: lower case, no accents), whole words. Agent and relation nouns only: the person
# who owns/holds/keeps, hires/commissions, rents, buys/sells, hosts/attends, accompanies, guards/parents,
# breeds/grows, exhibits/competes, steers/crews, books/pays.
_EN = (
    "owner", "owners", "coowner", "holder", "keyholder", "keeper", "householder", "leaseholder", "walker", "grower",
    "breeder", "exhibitor", "entrant", "competitor", "contestant", "helm", "helmsman", "helmsperson", "skipper",
    "crew", "crewman", "crewmember", "cox", "coxswain", "guest", "invitee", "attendee", "attending", "companion",
    "escort", "chaperone", "guardian", "parent", "parents", "mother", "father", "mum", "mom", "dad", "carer",
    "client", "customer", "patron", "buyer", "purchaser", "seller", "tenant", "lessee", "lessor", "landlord",
    "landlady", "renter", "hirer", "employer", "payer", "payee", "consignee", "signatory", "witness", "applicant",
    "claimant", "trainer", "rider", "jockey", "fosterer", "hostess", "organiser", "organizer",
    "booker", "sitter", "babysitter", "minder", "nanny", "mentor", "coach", "instructor", "celebrant", "honoree",
    "godparent", "godmother", "godfather", "stepparent", "grandparent", "fiance", "fiancee",
)  # fmt: skip
_DE = (
    "kunde", "kundin", "gast", "gaste", "besitzer", "eigentumer", "halter", "inhaber", "zuchter", "aussteller",
    "teilnehmer", "begleiter", "begleitung", "begleitperson", "auftraggeber", "auftragnehmer", "vermieter", "mieter",
    "pachter", "kaufer", "verkaufer", "bewerber", "steuermann", "steuerfrau", "schiffsfuhrer", "mannschaft",
    "eltern", "elternteil", "mutter", "vater", "patin", "gastfamilie", "pflegefamilie", "pflegeeltern",
    "geburtstagskind", "mitarbeiter", "mitarbeiterin", "betreuer", "zahler", "absender", "besteller",
    "antragsteller", "gastgeber", "hundefuhrer", "fahrer",
)  # fmt: skip
_NL = (
    "klant", "gast", "eigenaar", "houder", "bezitter", "fokker", "kweker", "exposant", "deelnemer", "begeleider",
    "opdrachtgever", "opdrachtnemer", "verhuurder", "huurder", "koper", "verkoper", "stuurman", "roerganger",
    "schipper", "bemanning", "ouder", "ouders", "moeder", "vader", "gastgezin", "pleeggezin", "sleutelhouder",
    "jarige", "medewerker", "oppas", "verzorger", "betaler", "besteller", "gastheer", "gastvrouw",
)  # fmt: skip
_FR = (
    "client", "cliente", "invite", "invitee", "hote", "hotesse", "accompagnant", "accompagnante", "proprietaire",
    "detenteur", "detentrice", "titulaire", "gardien", "gardienne", "eleveur", "eleveuse", "exposant", "exposante",
    "participant", "participante", "concurrent", "concurrente", "barreur", "barreuse", "equipier", "equipiere",
    "equipage", "parent", "parents", "mere", "pere", "locataire", "bailleur", "loueur", "acheteur", "acheteuse",
    "vendeur", "vendeuse", "commanditaire", "tuteur", "tutrice", "parrain", "marraine", "payeur", "expediteur",
    "porteur", "responsable", "beneficiaire",
)  # fmt: skip
_ES = (
    "cliente", "invitado", "invitada", "huesped", "acompanante", "propietario", "propietaria", "dueno", "duena",
    "titular", "poseedor", "poseedora", "criador", "criadora", "cultivador", "cultivadora", "expositor", "expositora",
    "participante", "concursante", "timonel", "patron", "patrona", "tripulante", "tripulacion", "padre", "madre",
    "padres", "tutor", "tutora", "inquilino", "inquilina", "arrendatario", "arrendador", "comprador",
    "compradora", "vendedor", "vendedora", "cumpleanero", "cumpleanera", "encargado", "encargada", "anfitrion",
    "anfitriona", "pagador", "remitente", "contratante",
)  # fmt: skip
_IT = (
    "cliente", "ospite", "invitato", "invitata", "accompagnatore", "accompagnatrice", "proprietario", "proprietaria",
    "titolare", "possessore", "detentore", "allevatore", "allevatrice", "coltivatore", "coltivatrice", "espositore",
    "espositrice", "partecipante", "concorrente", "timoniere", "equipaggio", "genitore", "genitori", "madre",
    "padre", "inquilino", "inquilina", "locatario", "locatore", "acquirente", "compratore", "venditore",
    "venditrice", "festeggiato", "festeggiata", "committente", "custode", "tutore", "tutrice", "padrino", "madrina",
)  # fmt: skip
_PT = (
    "cliente", "convidado", "convidada", "hospede", "acompanhante", "proprietario", "proprietaria", "dono",
    "titular", "criador", "criadora", "cultivador", "expositor", "participante", "concorrente", "timoneiro",
    "tripulante", "tripulacao", "pai", "mae", "encarregado", "encarregada", "inquilino",
    "locatario", "locador", "comprador", "compradora", "vendedor", "vendedora", "aniversariante", "contratante",
    "responsavel", "tutor", "padrinho", "madrinha",
)  # fmt: skip
# The new languages' own words where a header may be written in them (Latin script; folded).
_OTHER_LATIN = (
    "invitatu", "pruprietariu", "genitore", "cumpratore",  # Corsican
    "manihini", "metua",  # Tahitian
    "malihini", "makua", "kahu",  # Hawaiian
    "moeng", "motsadi", "moreki",  # Tswana
    "amedzro", "dzila",  # Ewe
    "inebgi", "imawlan",  # Kabyle
    "mgeni", "mzazi", "mteja", "mmiliki",  # Swahili
    "tamu", "pelanggan", "pemilik", "wali",  # Indonesian / Javanese
    "misafir", "musteri", "veli", "sahibi",  # Turkish
)  # fmt: skip
# Role nouns in scripts without a Latin spelling, matched as words of the raw header.
_OTHER_SCRIPT = (
    "అతిథి", "యజమాని", "తల్లిదండ్రులు", "కస్టమర్",  # Telugu: guest, owner, parents, customer
    "ጋሻ", "ወናኒ", "ወለዲ",  # Tigrinya: guest, owner, parent
    "ग्राहक", "अतिथि", "मालिक", "अभिभावक",  # Hindi: customer, guest, owner, guardian
    "অতিথি", "মালিক", "অভিভাবক", "গ্রাহক",  # Bengali
    "гость", "владелец", "клиент", "родитель",  # Russian
    "ضيف", "مالك", "عميل", "ولي",  # Arabic
)  # fmt: skip
ROLE_NOUNS: frozenset[str] = frozenset((*_EN, *_DE, *_NL, *_FR, *_ES, *_IT, *_PT, *_OTHER_LATIN))
# Heads of German and Dutch compounds (``Buchbesitzer``, ``Fahrzeughalterin``, ``Opdrachtnemer``): a longer word
# ending in one names that kind of person.
ROLE_HEADS: tuple[str, ...] = (
    "geber", "nehmer", "besitzer", "halter", "inhaber", "eigentumer", "zuchter", "mieter", "pachter", "kaufer",
    "bewerber", "teilnehmer", "begleiter", "betreuer", "fuhrer", "fahrer", "zahler", "pfleger", "gast", "gever",
    "nemer", "houder", "eigenaar", "bezitter", "huurder", "koper", "kweker", "fokker",
    "begeleider", "deelnemer", "verzorger", "holder", "keeper", "owner", "walker", "grower", "breeder",
)  # fmt: skip
# Two words naming a person together, neither alone: the birthday child, the host or foster family, who gave the
# order, who is also attending.
_ROLE_PHRASES: tuple[tuple[str, ...], ...] = (
    ("birthday", "child"), ("birthday", "boy"), ("birthday", "girl"), ("enfant", "fete"), ("enfant", "fetee"),
    ("nino", "cumpleanos"), ("bambino", "festeggiato"), ("jarig", "kind"), ("host", "family"), ("foster", "family"),
    ("famille", "accueil"), ("familia", "acogida"), ("famiglia", "ospitante"), ("famiglia", "affidataria"),
    ("familia", "acolhimento"), ("donneur", "ordre"), ("also", "attending"), ("next", "of", "kin"),
)  # fmt: skip
# Longer words ending in a role head that name no person.
_NOT_ROLE = frozenset({"placeholder", "cupholder", "platzhalter", "haushalter", "bookholder", "heimatkunde"})
# A role noun spelled with an ending of the feminine or plural (German ``-in``/``-innen``, Dutch ``-ster``).
_ENDINGS = ("innen", "in", "ster", "s", "e", "a")
# Words beside a role word that make the header name something OF the person or a thing the role qualifies.
_ATTRIBUTE_WORDS = frozenset({
    "id", "no", "nr", "num", "number", "code", "type", "status", "count", "total", "size", "group", "class",
    "category", "segment", "level", "rank", "score", "rating", "since", "date", "time", "dob", "age", "email",
    "mail", "phone", "tel", "mobile", "address", "addr", "street", "city", "town", "postcode", "zip", "country",
    "company", "firm", "business", "organisation", "organization", "account", "card", "fee", "amount", "price",
    "tongue", "language", "occupation", "job", "profession", "nationality", "income", "education", "gender", "sex",
    "relation", "relationship", "key", "ref", "reference", "flag", "yn", "ok", "list", "directory", "table",
    "name", "names", "board", "node", "process",
    "thread", "server", "port", "os", "kunden", "nummer", "datum", "telefon", "adresse", "typ", "art", "firma",
    "nom", "prenom", "numero", "telephone", "nombre", "apellido", "fecha", "direccion", "telefono",
    "nome", "cognome", "data", "indirizzo", "naam", "adres", "bedrijf", "societe", "empresa", "azienda",
    "sprache", "langue", "lengua", "lingua", "taal", "idioma", "anzahl", "cantidad", "aantal", "quantita",
})  # fmt: skip
# Words of no content between a role noun and its complement (``Owner of book``, ``Famille d'accueil``).
_LINK_WORDS = frozenset({
    "of", "the", "a", "an", "for", "by", "de", "del", "della", "dello", "dei", "di", "du", "des", "d", "da", "do",
    "dos", "das", "der", "die", "van", "het", "le", "la", "les", "l", "el", "los", "las", "il", "lo", "per", "pour",
    "para", "por", "von", "vom", "also", "too", "main", "first", "second", "other", "co", "in", "m", "w", "f", "r",
    "x", "e", "innen",
})  # fmt: skip
# Verb phrases naming a holder or booker: ``Tiene llaves`` (has keys), ``Has keys``, ``Hat Schlüssel``.
_KEY_WORDS = frozenset({"keys", "key", "llaves", "llave", "schlussel", "cles", "clefs", "chiavi", "sleutels", "chaves"})
_HAS_WORDS = frozenset({"has", "holds", "tiene", "hat", "a", "ha", "heeft", "tem", "detient", "possiede"})
_WORD = re.compile(r"[a-z0-9]+")
_MAX_WORDS = 5


def _fold(text: str) -> str:
    from safe_synthesizer.pii.cues import fold

    return fold(text)


def _is_role(word: str) -> bool:
    if word in _NOT_ROLE:
        return False
    if word in ROLE_NOUNS:
        return True
    if any(word.endswith(e) and word[: -len(e)] in ROLE_NOUNS for e in _ENDINGS if len(word) - len(e) >= 4):
        return True  # ``halterin``, ``kundinnen``, ``eigenaars``, ``invitee``
    return any(
        len(word) >= len(head) + 3 and (word.endswith(head) or any(word == head + e for e in _ENDINGS))
        for head in ROLE_HEADS
    ) or any(len(word) >= len(h) + 3 + len(e) and word.endswith(h + e) for h in ROLE_HEADS for e in ("in", "innen"))


def _names_a_role_by_deed(header: str) -> bool:
    """The phrases of :mod:`column_role_headers` (``Booked by``, ``Levantado por``, ``Réservé par``, ``Plus one``)."""
    from safe_synthesizer.pii.column_role_headers import names_a_person_role  # it reads headers through cues

    return names_a_person_role(header)


def _content(words: list[str]) -> list[str]:
    return [w for w in words if w not in _LINK_WORDS and not w.isdigit()]


@lru_cache(maxsize=4096)
def role_word_cues(column_name: str) -> set[str]:
    """``{"name"}`` when the header's head word is a person-role noun (see the module), else an empty set.

    Example::

        role_word_cues("Proprietario del libro")  # {"name"}
        role_word_cues("Parent company")          # set()
    """
    raw = undress_header(str(column_name))
    if any(w in raw for w in _OTHER_SCRIPT) and not _WORD.search(_fold(raw)):
        return {E.NAME}
    words = _WORD.findall(_fold(raw))
    if not words or len(words) > _MAX_WORDS + 2:
        return set()
    content = _content(words)
    if not content or len(content) > _MAX_WORDS or set(content) & _ATTRIBUTE_WORDS:
        return set()
    if any(all(w in words for w in phrase) for phrase in _ROLE_PHRASES) or _names_a_role_by_deed(raw):
        return {E.NAME}
    # A trade's agent noun as the head (``Handler``, ``Farm manager``, ``Chef d'exploitation``), ``Made by``, ``In
    # memory of``, ``Ter nagedachtenis aan`` (:mod:`role_nouns_world`).
    if names_a_person_by_phrase(words):
        return {E.NAME}
    if set(content) & _KEY_WORDS and set(words) & (_HAS_WORDS | {"holder", "halter", "houder"}):
        return {E.NAME}
    # The head: the last content word (``Puppy walker``, ``Also attending``) or the first, before a complement
    # (``Owner of book``, ``Eigenaar boek``, ``Famille d'accueil``, ``Enfant fêté``), or every word a role
    # (``Padre/madre``).
    if _is_role(content[-1]) or _is_role(content[0]) or all(_is_role(w) for w in content):
        return {E.NAME}
    return set()
