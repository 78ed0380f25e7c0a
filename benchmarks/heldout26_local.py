"""Notes in the locale's language for held-out set 26: a parish's baptism registration (the child, the parents,
the godparent) and a landlord's confirmation that a tenant moved in (the ``Wohnungsgeberbestätigung`` a German
town hall asks for, and its kin elsewhere), written as people of the language write them (de fr es it nl pt ca).

Placeholders as in ``heldout26_notes``. The baptism registration names the child (``{first}``) and the child's
birth date (``{cdob}``), a parent (``{name}``, sometimes lower case) and the godparent (``{name2}``), the street and a
phone; the landlord confirmation names the landlord (``{name2}``), the tenant (``{name}``), the street, the date of
moving in (``{date}``, not scored), a phone and an e-mail. South Tyrolean tables use the German texts, Moroccan the
French, Puerto Rican and Honduran the Spanish; set 25's locales as set 25 mapped them (Swiss, Austrian, Belgian,
Luxembourg tables their language's; Andorran and Catalan the Catalan); a language without an entry here gets the
English genres only.
"""

from __future__ import annotations

BAPTISM = {
    "de": ("Taufanmeldung: Wir möchten unseren Sohn {first}, geboren am {cdob}, taufen lassen. Eltern: {name} und "
           "Partner, wohnhaft {street}. Pate: {name2}. Rückruf bitte unter {phone}.",
           "Anmeldung zur Taufe von {first} (geb. {cdob}). Mutter {name_lower}, Tel. {phone}. Patin {name2}."),
    "fr": ("Demande de baptême pour notre fille {first}, née le {cdob}. Parents : {name}, demeurant {street}. "
           "Parrain : {name2}. Nous joindre au {phone}.",
           "Baptême de {first} (né le {cdob}) : contacter la maman, {name_lower}, au {phone}. Marraine {name2}."),
    "es": ("Solicitud de bautizo: nuestro hijo {first}, nacido el {cdob}. Padres: {name}, con domicilio en "
           "{street}. Padrino: {name2}. Teléfono de contacto {phone}.",
           "Bautizo de {first} (nacida el {cdob}). Llamar a la madre, {name_lower}, al {phone}. Madrina {name2}."),
    "it": ("Richiesta di battesimo per nostro figlio {first}, nato il {cdob}. Genitori: {name}, residenti in "
           "{street}. Padrino: {name2}. Recapito telefonico {phone}.",
           "Battesimo di {first} (nata il {cdob}): chiamare la mamma, {name_lower}, al {phone}. Madrina {name2}."),
    "nl": ("Aanmelding doop: onze zoon {first}, geboren op {cdob}. Ouders: {name}, wonend aan {street}. "
           "Peetoom: {name2}. Bereikbaar op {phone}.",
           "Doop van {first} (geb. {cdob}). Moeder {name_lower} belt terug via {phone}. Peettante {name2}."),
    "pt": ("Pedido de batismo do nosso filho {first}, nascido a {cdob}. Pais: {name}, morada {street}. "
           "Padrinho: {name2}. Contacto {phone}.",
           "Batizado de {first} (nascida a {cdob}): ligar à mãe, {name_lower}, para o {phone}. Madrinha {name2}."),
    "ca": ("Sol·licitud de bateig: el nostre fill {first}, nascut el {cdob}. Pares: {name}, amb domicili a "
           "{street}. Padrí: {name2}. Telèfon de contacte {phone}.",
           "Bateig de {first} (nascuda el {cdob}). Trucar a la mare, {name_lower}, al {phone}. Padrina {name2}."),
}  # fmt: skip
LANDLORD = {
    "de": ("Wohnungsgeberbestätigung: Hiermit bestätige ich, {name2}, dass {name} am {date} in meine Wohnung "
           "{street} eingezogen ist. Erreichbar unter {phone2}, Mieter-E-Mail {email}.",),
    "fr": ("Attestation d'hébergement : je soussigné(e) {name2} certifie que {name} occupe depuis le {date} le "
           "logement situé {street}. Tél. du propriétaire {phone2}, courriel du locataire {email}.",),
    "es": ("Certificado del arrendador: yo, {name2}, certifico que {name} vive desde el {date} en mi vivienda de "
           "{street}. Teléfono del propietario {phone2}, correo del inquilino {email}.",),
    "it": ("Dichiarazione del proprietario: io sottoscritto {name2} dichiaro che {name} abita dal {date} "
           "nell'appartamento in {street}. Telefono del proprietario {phone2}, email dell'inquilino {email}.",),
    "nl": ("Verklaring verhuurder: ik, {name2}, verklaar dat {name} sinds {date} woont in mijn woning aan "
           "{street}. Telefoon verhuurder {phone2}, e-mail huurder {email}.",),
    "pt": ("Declaração do senhorio: eu, {name2}, declaro que {name} reside desde {date} na habitação da "
           "{street}. Telefone do senhorio {phone2}, email do inquilino {email}.",),
    "ca": ("Declaració del propietari: jo, {name2}, declaro que {name} viu des del {date} a l'habitatge de "
           "{street}. Telèfon del propietari {phone2}, correu de l'inquilí {email}.",),
}  # fmt: skip
# Languages whose tables use another's local texts.
_USE = {"lb": "de", "fy": "nl", "br": "fr", "eu": "es", "gl": "es"}


def local_language(language: str) -> str | None:
    """The language whose local texts a table of ``language`` uses, or None (English genres only)."""
    language = _USE.get(language, language)
    return language if language in BAPTISM else None


def local_templates(language: str) -> tuple[tuple[str, str], ...]:
    """(genre, template) of the local notes of ``language`` (empty where none is written here)."""
    lg = local_language(language)
    if lg is None:
        return ()
    return tuple(("baptism registration", t) for t in BAPTISM[lg]) + tuple(("landlord confirmation", t)
                                                                           for t in LANDLORD[lg])  # fmt: skip
