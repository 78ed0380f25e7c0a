"""Notes in the locale's language for held-out set 30: a witness statement of a small incident (``Zeugenaussage``,
``témoignage``) and a consent form filled in by hand (``Einwilligung``, ``consentement``), written as people of the
language write them (de fr es it nl pt).

Placeholders as in ``heldout30_notes``. The statement names the witness (``{name}``), the birth date after its cue
(``geb. am``, ``né(e) le``, ``nacido el``), the street and a phone, and the person seen (``{titled2}``: its surname);
the consent names the person, the phone or e-mail and sometimes the id. Polynesia and Haiti use the French texts,
Namibia the German; set 29's locales by their language.
"""

from __future__ import annotations

WITNESS = {
    "de": "Zeugenaussage: Ich, {name}, geb. am {dob}, wohnhaft {street}, habe gesehen, wie {titled2} auf der Treppe "
    "ausrutschte. Erreichbar unter {phone}.",
    "fr": "Témoignage : je soussigné(e) {name}, né(e) le {dob}, demeurant {street}, atteste avoir vu {titled2} tomber "
    "devant l'entrée. Tél. {phone}.",
    "es": "Declaración de testigo: yo, {name}, nacido el {dob}, con domicilio en {street}, vi cómo {titled2} se "
    "caía en la escalera. Teléfono {phone}.",
    "it": "Dichiarazione testimoniale: io sottoscritto {name}, nato il {dob}, residente in {street}, ho visto "
    "{titled2} cadere sulle scale. Cell. {phone}.",
    "nl": "Getuigenverklaring: ik, {name}, geboren op {dob}, wonende {street}, zag dat {titled2} bij de ingang viel. "
    "Bereikbaar op {phone}.",
    "pt": "Declaração de testemunha: eu, {name}, nascido em {dob}, residente na {street}, vi {titled2} cair na "
    "escada. Contacto {phone}.",
}
CONSENT = {
    "de": "Einwilligung erteilt von {name} (Tel. {phone}, E-Mail {email}); Kopie an Angehörige(n) {name2}. "
    "Ausweis-Nr. {id}.",
    "fr": "Consentement signé par {name}, joignable au {phone} ou à {email} ; copie remise à un proche, {name2}. "
    "Pièce d'identité {id}.",
    "es": "Consentimiento firmado por {name} (tel. {phone}, correo {email}); copia entregada a su familiar {name2}. "
    "Documento {id}.",
    "it": "Consenso firmato da {name} (tel. {phone}, e-mail {email}); copia consegnata al familiare {name2}. "
    "Documento {id}.",
    "nl": "Toestemming getekend door {name} (tel. {phone}, e-mail {email}); kopie aan familielid {name2}. "
    "Identiteitsbewijs {id}.",
    "pt": "Consentimento assinado por {name} (tel. {phone}, e-mail {email}); cópia entregue ao familiar {name2}. "
    "Documento {id}.",
}
_USE = {"lb": "de", "fy": "nl", "eu": "es", "gl": "es", "ca": "es", "rm": "de"}
GENRE_OF_SHAPE = {"blood": "consent", "trial": "consent", "payroll": "consent", "letting": "witness",
                  "ward": "witness", "rooming": "witness", "debt": "consent", "angling": "witness"}  # fmt: skip


def local_language(language: str) -> str | None:
    """The language whose local texts a table uses, or None (English genres only)."""
    lg = _USE.get(language, language)
    return lg if lg in WITNESS else None


def local_templates(language: str, shape: str) -> tuple[tuple[str, str], ...]:
    """(genre, template) of the local note of ``shape`` (empty where none is written here)."""
    lg = local_language(language)
    if lg is None:
        return ()
    genre = GENRE_OF_SHAPE[shape]
    return ((f"local_{genre}", (WITNESS if genre == "witness" else CONSENT)[lg]),)
