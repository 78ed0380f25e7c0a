"""Notes in the locale's language for held-out set 24: a data-protection consent declaration typed into the
notes field, and a parent's message asking for private tutoring for a child, written as people of the language
write them (de fr es it nl pt ca gl).

Placeholders as in ``heldout24_notes``. The consent names the person, their birth date, street, postcode and
town, e-mail and phone; the tutoring request names the child (``{first}``) and the child's birth date
(``{cdob}``), the street, a phone, an e-mail and the parent (``{name}``). Frisian tables use the Dutch texts,
Breton ones the French, Basque and Salvadoran ones the Spanish, Andorran ones the Catalan; a language without an
entry here gets the English genres.
"""

from __future__ import annotations

CONSENT = {
    "de": "Einwilligungserklärung Datenschutz: Ich, {name}, geb. am {dob}, wohnhaft {street}, {postcode} {town}, "
    "bin damit einverstanden, dass meine Kontaktdaten (E-Mail: {email}, Tel.: {phone}) zur Terminerinnerung "
    "gespeichert werden. Die Einwilligung kann ich jederzeit widerrufen. {town}, den {date}",
    "fr": "Consentement RGPD : je soussigné(e) {name}, né(e) le {dob}, demeurant {street}, {postcode} {town}, "
    "accepte que mes coordonnées (courriel : {email}, tél. : {phone}) soient conservées pour l'envoi des rappels "
    "de rendez-vous. Je peux retirer mon consentement à tout moment. Fait à {town}, le {date}",
    "es": "Consentimiento de protección de datos: yo, {name}, nacido/a el {dob}, con domicilio en {street}, "
    "{postcode} {town}, autorizo el tratamiento de mis datos de contacto (correo: {email}, tel.: {phone}) para "
    "recordatorios de citas. Puedo revocar este consentimiento en cualquier momento. En {town}, a {date}",
    "it": "Consenso al trattamento dei dati personali: il/la sottoscritto/a {name}, nato/a il {dob}, residente in "
    "{street}, {postcode} {town}, acconsente all'uso dei propri recapiti (email: {email}, tel.: {phone}) per i "
    "promemoria degli appuntamenti. Il consenso è revocabile in ogni momento. {town}, {date}",
    "nl": "Toestemmingsverklaring AVG: ik, {name}, geboren op {dob}, wonend aan de {street}, {postcode} {town}, "
    "geef toestemming om mijn contactgegevens (e-mail: {email}, tel.: {phone}) te bewaren voor herinneringen aan "
    "afspraken. Ik kan deze toestemming altijd intrekken. {town}, {date}",
    "pt": "Declaração de consentimento RGPD: eu, {name}, nascido/a a {dob}, residente na {street}, {postcode} "
    "{town}, autorizo o tratamento dos meus contactos (email: {email}, tel.: {phone}) para lembretes de marcações. "
    "Posso retirar o consentimento a qualquer momento. {town}, {date}",
    "ca": "Consentiment de protecció de dades: jo, {name}, nascut/da el {dob}, amb domicili a {street}, {postcode} "
    "{town}, autoritzo el tractament de les meves dades de contacte (correu: {email}, tel.: {phone}) per als "
    "recordatoris de cites. Puc revocar aquest consentiment en qualsevol moment. {town}, {date}",
    "gl": "Consentimento de protección de datos: eu, {name}, nado/a o {dob}, con enderezo en {street}, {postcode} "
    "{town}, autorizo o tratamento dos meus datos de contacto (correo: {email}, tel.: {phone}) para os "
    "lembretes das citas. Podo revogar este consentimento en calquera momento. {town}, {date}",
}
TUTORING = {
    "de": "Hallo, ich suche Nachhilfe in Mathe für meine Tochter {first} (geb. {cdob}, 7. Klasse). Wir wohnen in "
    "der {street}, gern auch online. Am besten erreichen Sie mich unter {phone} oder per Mail an {email}. "
    "Viele Grüße, {name}",
    "fr": "Bonjour, je cherche des cours particuliers de maths pour mon fils {first} (né le {cdob}, en 5e). Nous "
    "habitons {street}. Vous pouvez me joindre au {phone} ou par mail à {email}. Merci d'avance, {name}",
    "es": "Hola, busco clases particulares de matemáticas para mi hijo {first} (nació el {cdob}, va a 1º de ESO). "
    "Vivimos en {street}. Me podéis llamar al {phone} o escribir a {email}. Un saludo, {name}",
    "it": "Buongiorno, cerco ripetizioni di matematica per mia figlia {first} (nata il {cdob}, seconda media). "
    "Abitiamo in {street}. Potete contattarmi al {phone} oppure scrivere a {email}. Grazie, {name}",
    "nl": "Hoi, ik zoek bijles wiskunde voor mijn zoon {first} (geboren {cdob}, brugklas). We wonen aan de "
    "{street}. Bel of app gerust naar {phone}, of mail naar {email}. Groetjes, {name}",
    "pt": "Olá, procuro explicações de matemática para a minha filha {first} (nasceu a {cdob}, 7.º ano). Moramos "
    "na {street}. Podem ligar-me para o {phone} ou enviar email para {email}. Obrigada, {name}",
    "ca": "Hola, busco classes de repàs de matemàtiques per al meu fill {first} (va néixer el {cdob}, 1r d'ESO). "
    "Vivim al {street}. Em podeu trucar al {phone} o escriure a {email}. Gràcies, {name}",
    "gl": "Ola, busco clases particulares de matemáticas para a miña filla {first} (naceu o {cdob}, 1º da ESO). "
    "Vivimos na {street}. Podedes chamarme ao {phone} ou escribir a {email}. Grazas, {name}",
}
_USE = {"fy": "nl", "br": "fr", "eu": "es", "lb": "de"}


def local_language(language: str) -> str | None:
    """The language whose local texts a table of ``language`` uses, or None (English genres only)."""
    language = _USE.get(language, language)
    return language if language in CONSENT else None


def local_templates(language: str) -> tuple[tuple[str, str], ...]:
    """(genre, template) of the local notes of ``language`` (empty where none is written here)."""
    lg = local_language(language)
    if lg is None:
        return ()
    return (("consent_declaration", CONSENT[lg]), ("tutoring_request", TUTORING[lg]))
