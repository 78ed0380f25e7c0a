"""Notes in the locale's language for held-out set 28: a web-shop customer's return request (the ``Retoure`` /
``rétractation`` message a shop keeps in the order note) and an employee's sick note to HR (``Krankmeldung``),
written as people of the language write them (de fr es it nl pt ca ms).

Placeholders as in ``heldout28_notes``. The return request names the customer (``{name}`` or ``{name_lower}``), the
street, a phone, the e-mail and the IBAN for the refund (a card where the country has none), sometimes the person
taking the parcel (``{name2}``); the sick note names the employee (``{name}``), the birth date (``{dob}``), a phone,
a child's given name (``{first}``) and the doctor or a colleague (``{titled}``: its surname is scored).
Réunion and Tunisia use the French texts, Nicaragua the Spanish, Curaçao the Dutch, Brunei the Malay; set 27's
locales by their language (Luxembourgish the German, Frisian the Dutch, Basque and Galician the Spanish).
"""

from __future__ import annotations

RETURN = {
    "de": ("Hallo, ich möchte die Bestellung widerrufen.\nBitte Erstattung auf IBAN {iban} (Kontoinhaber {name}).\n"
           "Abholung bei {street}, ich bin unter {phone} erreichbar.",
           "Paket kam beschädigt an!! Bitte Ersatz an {name2}, {street} schicken. Rückfragen an {email} – "
           "Gruß {name_lower}"),
    "fr": ("Bonjour, je souhaite me rétracter.\nMerci de rembourser sur l'IBAN {iban} au nom de {name}.\n"
           "Colis à récupérer au {street}, tél. {phone}.",
           "Colis reçu abîmé ! Merci de renvoyer chez ma voisine {name2}, {street}. Contact : {email}. "
           "Cordialement, {name_lower}"),
    "es": ("Hola, quiero devolver el pedido.\nReembolso a la cuenta {iban}, titular {name}.\n"
           "Recogida en {street}, llamar al {phone}.",
           "El paquete llegó roto. Por favor enviar otro a {name2}, {street}. Mi correo: {email}. "
           "Saludos, {name_lower}"),
    "it": ("Buongiorno, vorrei esercitare il recesso.\nRimborso sull'IBAN {iban} intestato a {name}.\n"
           "Ritiro in {street}, cell. {phone}.",
           "Pacco arrivato danneggiato. Spedite il nuovo a {name2}, {street}. Email {email}. Grazie, "
           "{name_lower}"),
    "nl": ("Hallo, ik wil de bestelling retourneren.\nGraag terugbetalen op {iban} t.n.v. {name}.\n"
           "Ophalen op {street}, bel {phone}.",
           "Pakket kwam kapot aan! Nieuw pakket graag naar buurvrouw {name2}, {street}. Mail: {email}. "
           "Groetjes {name_lower}"),
    "pt": ("Olá, quero devolver a encomenda.\nReembolso para o IBAN {iban}, titular {name}.\n"
           "Recolha na {street}, telemóvel {phone}.",
           "A encomenda chegou partida. Enviem outra para {name2}, {street}. Email {email}. Obrigada, "
           "{name_lower}"),
    "ca": ("Hola, vull retornar la comanda.\nReemborsament al compte {iban}, titular {name}.\n"
           "Recollida a {street}, telèfon {phone}.",
           "El paquet ha arribat trencat. Envieu-ne un altre a {name2}, {street}. Correu: {email}. "
           "Salutacions, {name_lower}"),
    "ms": ("Salam, saya mahu pulangkan pesanan ini.\nSila bayar balik ke akaun {iban} atas nama {name}.\n"
           "Ambil di {street}, telefon {phone}.",),
}  # fmt: skip
SICK = {
    "de": ("Krankmeldung {name} (geb. {dob}): AU vom Hausarzt {titled} liegt vor, voraussichtlich bis Freitag.\n"
           "Erreichbar unter {phone}.",
           "Kind krank – {first} hat Fieber, ich bleibe heute zu Hause. {name}, Handy {phone}"),
    "fr": ("Arrêt maladie de {name} (né(e) le {dob}) : certificat du {titled}, jusqu'à vendredi.\n"
           "Joignable au {phone}.",
           "Enfant malade : {first} a de la fièvre, je reste à la maison. {name}, {phone}"),
    "es": ("Baja médica de {name} (nacido/a el {dob}): parte del {titled} hasta el viernes.\nMóvil {phone}.",
           "Mi hijo {first} está con fiebre, hoy no voy. {name}, tel. {phone}"),
    "it": ("Malattia {name} (nato/a il {dob}): certificato del {titled} fino a venerdì.\nCell. {phone}.",
           "{first} ha la febbre, oggi resto a casa. {name}, {phone}"),
    "nl": ("Ziekmelding {name} (geb. {dob}): huisarts {titled} gezien, tot vrijdag thuis.\nBereikbaar op {phone}.",
           "{first} is ziek, ik werk vandaag thuis. Groet, {name} ({phone})"),
    "pt": ("Baixa de {name} (nascido/a a {dob}): atestado do {titled} até sexta.\nTelemóvel {phone}.",
           "O {first} está com febre, hoje fico em casa. {name}, {phone}"),
    "ca": ("Baixa de {name} (nascut/da el {dob}): informe del {titled} fins divendres.\nMòbil {phone}.",
           "En {first} té febre, avui em quedo a casa. {name}, {phone}"),
    "ms": ("Cuti sakit {name} (lahir {dob}): sijil dari {titled}, sampai hari Jumaat.\nTelefon {phone}.",),
}  # fmt: skip
_USE = {"lb": "de", "fy": "nl", "eu": "es", "gl": "es", "br": "fr"}
GENRE_OF_SHAPE = {"woocommerce": ("return request", RETURN), "personio": ("sick note", SICK)}


def local_language(language: str) -> str | None:
    """The language whose local texts a table uses, or None (English genres only)."""
    language = _USE.get(language, language)
    return language if language in RETURN else None


def local_templates(language: str, shape: str) -> tuple[tuple[str, str], ...]:
    """(genre, template) of the local notes of ``shape`` (empty where none is written here)."""
    lg = local_language(language)
    if lg is None or shape not in GENRE_OF_SHAPE:
        return ()
    genre, texts = GENRE_OF_SHAPE[shape]
    return tuple((genre, t) for t in texts[lg])
