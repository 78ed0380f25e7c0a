"""Notes in the locale's language for held-out set 29: a telephone message taken at the front desk (a callback
request: ``Rückrufbitte``, ``message téléphonique``) and an authorisation to collect or act for someone else (the
``Vollmacht`` / ``procuration`` a pharmacy, a courier or a hotel keeps), written as people of the language write
them (de fr es it nl pt ca).

Placeholders as in ``heldout29_notes``. The callback names the caller (``{titled}``: its surname is scored, or
``{name}``), a phone, sometimes the e-mail; the authorisation names the person (``{name}``), the birth date after
its cue (``geb. am``, ``né le``, ``nacido el``), the street, the authorised person (``{name2}``) and the id.
Madagascar uses the French texts, Timor-Leste the Portuguese; set 28's locales by their language (Luxembourgish the
German, Frisian the Dutch, Basque and Galician the Spanish).
"""

from __future__ import annotations

CALLBACK = {
    "de": (
        "Rückrufbitte: {titled} hat angerufen wegen Termin/Rechnung.\nBitte zurückrufen unter {phone} "
        "(ab 16 Uhr). - {staff}"
    ),
    "fr": "Message tél. : {titled} a appelé pour son dossier.\nMerci de rappeler au {phone} avant midi. — {staff}",
    "es": "Llamó {name} por el tema de la factura.\nDevolver llamada al {phone} o escribir a {email}. ({staff})",
    "it": "Ha telefonato {titled}, chiede di essere richiamato/a al {phone}\ndopo le 17. Presa da {staff}.",
    "nl": "Terugbelverzoek: {titled} belde over de afspraak.\nGraag terugbellen op {phone}. Groet, {staff}",
    "pt": "Recado: ligou {name} por causa da fatura.\nLigar de volta para o {phone} depois das 18h. ({staff})",
    "ca": "Ha trucat {titled} per la cita.\nTornar la trucada al {phone} o escriure a {email}. — {staff}",
}
AUTHORISATION = {
    "de": (
        "Vollmacht: Ich, {name}, geb. am {dob}, wohnhaft {street}, bevollmächtige\n{name2} zur Abholung. "
        "Ausweis-Nr. {id}"
    ),
    "fr": (
        "Procuration : je soussigné(e) {name}, né(e) le {dob}, demeurant {street},\nautorise {name2} à retirer "
        "le colis/les médicaments. Pièce d'identité {id}"
    ),
    "es": (
        "Autorización: Yo, {name}, nacido/a el {dob}, con domicilio en {street},\nautorizo a {name2} a recoger "
        "en mi nombre. DNI {id}"
    ),
    "it": (
        "Delega: io sottoscritto/a {name}, nato/a il {dob}, residente in {street},\ndelego {name2} al ritiro. "
        "Documento {id}"
    ),
    "nl": (
        "Machtiging: ik, {name}, geboren op {dob}, wonende {street},\nmachtig {name2} om namens mij af te halen. "
        "BSN {id}"
    ),
    "pt": (
        "Autorização: eu, {name}, nascido(a) a {dob}, residente em {street},\nautorizo {name2} a levantar em meu "
        "nome. Doc. {id}"
    ),
    "ca": (
        "Autorització: jo, {name}, nascut/da el {dob}, amb domicili a {street},\nautoritzo {name2} a recollir-ho "
        "en nom meu. DNI {id}"
    ),
}
_USE = {"lb": "de", "fy": "nl", "eu": "es", "gl": "es"}
GENRE_OF_SHAPE = {"sap": "callback", "google": "callback", "npsp": "callback", "dental": "callback",
                  "opera": "callback", "pharmacy": "authorisation", "courier": "authorisation",
                  "ferry": "authorisation"}  # fmt: skip


def local_language(language: str) -> str | None:
    """The language whose local texts a table uses, or None (English genres only)."""
    language = _USE.get(language, language)
    return language if language in CALLBACK else None


def local_templates(language: str, shape: str) -> tuple[tuple[str, str], ...]:
    """(genre, template) of the local notes of ``shape`` (empty where none is written here)."""
    lg = local_language(language)
    if lg is None:
        return ()
    genre = GENRE_OF_SHAPE[shape]
    text = CALLBACK[lg] if genre == "callback" else AUTHORISATION[lg]
    return ((genre + " (" + lg + ")", text),)
