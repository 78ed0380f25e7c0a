"""Notes in the locale's language for held-out set 25: a key-handover record (a dog walker, a cleaner or a
fitter takes a house key) and a parent's medical and pick-up consent for a holiday camp, written as people of the
language write them (de fr es it nl pt ca).

Placeholders as in ``heldout25_notes``. The key handover names the key holder (``{name}``, sometimes lower case),
the street, a phone, a second person (``{name2}``) allowed to use the key and the handover date; the camp consent
names the child (``{first}``) and the child's birth date (``{cdob}``), the parent, a collector, phones, an e-mail
and an id. East Belgian tables use the German texts, Sammarinese the Italian, Monegasque the French, Bolivian and
Panamanian the Spanish, Andorran and Catalan the Catalan, Swiss, Austrian and Luxembourg tables their language's;
a language without an entry here gets the English genres.
"""

from __future__ import annotations

KEYS = {
    "de": "Schlüsselübergabe am {date}: 1 Haustürschlüssel + 1 Briefkastenschlüssel an {staff} übergeben. "
    "Eigentümer {name}, {street}, {postcode} {town}, Tel. {phone}. Im Notfall darf auch {name2} den Schlüssel "
    "abholen.",
    "fr": "Remise de clés le {date} : 2 clés (porte d'entrée + garage) confiées à {staff}. Propriétaire {name}, "
    "{street}, {postcode} {town}, tél. {phone}. En cas d'urgence, {name2} peut récupérer les clés.",
    "es": "Entrega de llaves el {date}: 1 llave del portal y 1 del piso a {staff}. Titular {name}, {street}, "
    "{town}, tel. {phone}. En caso de urgencia también puede recogerlas {name2}.",
    "it": "Consegna chiavi del {date}: 2 chiavi (portone + appartamento) a {staff}. Proprietario {name}, "
    "{street}, {postcode} {town}, cell. {phone}. In caso di emergenza può ritirarle anche {name2}.",
    "nl": "Sleuteloverdracht op {date}: 1 voordeursleutel aan {staff} gegeven. Eigenaar {name}, {street}, "
    "{postcode} {town}, tel. {phone}. Bij nood mag ook {name2} de sleutel ophalen.",
    "pt": "Entrega de chaves em {date}: 2 chaves (porta da rua + casa) entregues a {staff}. Proprietário {name}, "
    "{street}, {postcode} {town}, telemóvel {phone}. Em caso de urgência pode levantá-las {name2}.",
    "ca": "Lliurament de claus el {date}: 1 clau del portal i 1 del pis a {staff}. Titular {name}, {street}, "
    "{town}, tel. {phone}. En cas d'urgència també les pot recollir {name2}.",
}
CAMP = {
    "de": "Einverständniserklärung: Mein Sohn/meine Tochter {first} (geb. {cdob}) darf an der Freizeit teilnehmen. "
    "Abholen darf außer mir ({name}, {phone}) nur {name2} ({phone2}). Ausweisnr. {id}. Rückfragen an {email}.",
    "fr": "Autorisation parentale : j'autorise {first} (né(e) le {cdob}) à participer au séjour. Seul(e) {name2} "
    "({phone2}) peut venir le/la chercher en dehors de moi, {name} ({phone}). Pièce d'identité {id}. Contact : "
    "{email}.",
    "es": "Autorización: autorizo a mi hijo/a {first} (nacido/a el {cdob}) a participar en el campamento. Además "
    "de mí, {name} ({phone}), solo puede recogerlo/a {name2} ({phone2}). Documento {id}. Correo: {email}.",
    "it": "Autorizzazione: autorizzo mio/a figlio/a {first} (nato/a il {cdob}) a partecipare al centro estivo. "
    "Oltre a me, {name} ({phone}), può ritirarlo/a solo {name2} ({phone2}). Documento {id}. Email: {email}.",
    "nl": "Toestemming: {first} (geboren {cdob}) mag mee op kamp. Behalve ikzelf, {name} ({phone}), mag alleen "
    "{name2} ({phone2}) mijn kind ophalen. ID-nummer {id}. Vragen via {email}.",
    "pt": "Autorização: autorizo o meu filho/a minha filha {first} (nascido/a a {cdob}) a participar no campo de "
    "férias. Além de mim, {name} ({phone}), só {name2} ({phone2}) pode ir buscá-lo/a. Documento {id}. Email: "
    "{email}.",
    "ca": "Autorització: autoritzo el meu fill/la meva filla {first} (nascut/da el {cdob}) a participar al casal. "
    "A part de mi, {name} ({phone}), només el/la pot recollir {name2} ({phone2}). Document {id}. Correu: {email}.",
}
_USE = {"de": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl", "pt": "pt", "ca": "ca", "fy": "nl",
        "br": "fr", "eu": "es", "gl": "es", "lb": "de"}  # fmt: skip


def local_language(language: str) -> str | None:
    """The language whose local texts a table of ``language`` uses, or None (English genres only)."""
    return _USE.get(language)


def local_templates(language: str) -> tuple[tuple[str, str], ...]:
    """(genre, template) of the local notes of ``language`` (empty where none is written here)."""
    lg = local_language(language)
    if lg is None:
        return ()
    return (("key handover", KEYS[lg]), ("camp consent", CAMP[lg]))
