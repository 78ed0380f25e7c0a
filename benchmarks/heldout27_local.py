"""Notes in the locale's language for held-out set 27: a parent's authorisation for someone else to collect a
child (the ``Abholberechtigung`` a club, school or Kita asks for) and a customer's notice of new bank details,
written as people of the language write them (de fr es it nl pt ca sv sr ru).

Placeholders as in ``heldout27_notes``. The pick-up authorisation names the parent (``{name}``, sometimes lower
case), the child (``{first}``) and the child's birth date (``{cdob}``), the person allowed to collect
(``{name2}``), a phone and the street; the bank-details notice names the customer (``{name}`` or ``{titled}``),
the birth date (``{dob}``), the street, the new IBAN (a card where the country has none), an e-mail and a phone.
Montenegrin tables use the Serbian (Latin) texts, Kyrgyz the Russian, Cuban the Spanish, Lebanese and Mauritian
the French, Surinamese the Dutch, Åland the Swedish; set 26's locales by their language (Luxembourgish the German,
Frisian the Dutch, Breton the French, Basque and Galician the Spanish).
"""

from __future__ import annotations

PICKUP = {
    "de": ("Abholberechtigung: Hiermit erlaube ich, {name}, dass mein Kind {first} (geb. {cdob}) nach dem Training "
           "von {name2} abgeholt werden darf. Bei Fragen: {phone}, {street}.",
           "hallo, {first} wird heute von {name2} abgeholt. lg {name_lower}, tel {phone}"),
    "fr": ("Autorisation de sortie : je soussigné(e) {name} autorise {name2} à récupérer mon enfant {first}, né(e) "
           "le {cdob}, à la sortie de l'entraînement. Tél. {phone}, domicile {street}.",
           "bonjour, c'est {name2} qui vient chercher {first} ce soir. merci, {name_lower} {phone}"),
    "es": ("Autorización de recogida: yo, {name}, autorizo a {name2} a recoger a mi hijo/a {first}, nacido/a el "
           "{cdob}, al terminar el entrenamiento. Teléfono {phone}. Domicilio: {street}.",
           "hola, hoy recoge a {first} {name2}. saludos {name_lower} {phone}"),
    "it": ("Delega al ritiro: io sottoscritto/a {name} delego {name2} a ritirare mio/a figlio/a {first}, nato/a il "
           "{cdob}, al termine dell'allenamento. Tel. {phone}, residente in {street}.",
           "ciao, oggi {first} lo prende {name2}. grazie {name_lower} {phone}"),
    "nl": ("Machtiging ophalen: ik, {name}, geef {name2} toestemming om mijn kind {first} (geb. {cdob}) na de "
           "training op te halen. Bereikbaar op {phone}, adres {street}.",
           "hoi, {first} wordt vandaag opgehaald door {name2}. groetjes {name_lower} {phone}"),
    "pt": ("Autorização de recolha: eu, {name}, autorizo {name2} a ir buscar o meu filho/a minha filha {first}, "
           "nascido/a em {cdob}, no fim do treino. Contacto {phone}, morada {street}.",
           "olá, hoje quem vai buscar o {first} é {name2}. obrigada {name_lower} {phone}"),
    "ca": ("Autorització de recollida: jo, {name}, autoritzo {name2} a recollir el meu fill/la meva filla {first}, "
           "nascut/da el {cdob}, en acabar l'entrenament. Telèfon {phone}. Adreça: {street}.",
           "hola, avui recull en {first} {name2}. gràcies {name_lower} {phone}"),
    "sv": ("Hämtningsfullmakt: Jag, {name}, ger {name2} rätt att hämta mitt barn {first} (född {cdob}) efter "
           "träningen. Nås på {phone}, adress {street}.",
           "hej, {first} hämtas idag av {name2}. mvh {name_lower} {phone}"),
    "sr": ("Ovlašćenje: Ja, {name}, ovlašćujem {name2} da preuzme moje dijete {first}, rođeno {cdob}, poslije "
           "treninga. Telefon {phone}, adresa {street}.",
           "zdravo, danas {first} preuzima {name2}. pozdrav {name_lower} {phone}"),
    "ru": ("Доверенность: Я, {name}, разрешаю {name2} забирать моего ребёнка {first} ({cdob} г.р.) после "
           "тренировки. Телефон {phone}, адрес {street}.",
           "здравствуйте, {first} сегодня заберёт {name2}. {name_lower} {phone}"),
}  # fmt: skip
BANK = {
    "de": ("Änderung der Bankverbindung: {name}, geb. {dob}, {street}. Bitte ab sofort von IBAN {iban} abbuchen. "
           "Rückfragen an {email} oder {phone}.",),
    "fr": ("Changement de coordonnées bancaires : {titled}, née le {dob}, {street}. Merci de prélever désormais "
           "sur l'IBAN {iban}. Contact : {email} / {phone}.",),
    "es": ("Cambio de cuenta: {name}, fecha de nacimiento {dob}, {street}. A partir de ahora cargar en {iban}. "
           "Contacto {email}, {phone}.",),
    "it": ("Variazione coordinate bancarie: {name}, nato/a il {dob}, {street}. Nuovo IBAN {iban}. Per info "
           "{email} o {phone}.",),
    "nl": ("Wijziging rekeningnummer: {name}, geboren {dob}, {street}. Graag voortaan incasseren van {iban}. "
           "Vragen: {email} of {phone}.",),
    "pt": ("Alteração de dados bancários: {name}, nascido/a a {dob}, {street}. Novo IBAN {iban}. Contacto "
           "{email} ou {phone}.",),
    "ca": ("Canvi de compte: {name}, data de naixement {dob}, {street}. Carregueu a partir d'ara a {iban}. "
           "Contacte {email}, {phone}.",),
    "sv": ("Nytt kontonummer: {name}, född {dob}, {street}. Dra i fortsättningen från {iban}. Frågor till "
           "{email} eller {phone}.",),
    "sr": ("Promjena računa: {name}, rođen/a {dob}, {street}. Od sada teretiti račun {iban}. Kontakt {email}, "
           "{phone}.",),
    "ru": ("Смена реквизитов: {name}, дата рождения {dob}, {street}. Новый счёт/карта {iban}. Связь: {email}, "
           "{phone}.",),
}  # fmt: skip
_USE = {"lb": "de", "fy": "nl", "br": "fr", "eu": "es", "gl": "es"}
# The new locales whose language has no text here but that of their neighbours does.
_LOCALE_USE = {"en_MU": "fr"}


def local_language(language: str, locale: str = "") -> str | None:
    """The language whose local texts a table uses, or None (English genres only)."""
    if locale in _LOCALE_USE:
        return _LOCALE_USE[locale]
    lg = _USE.get(language, language)
    return lg if lg in PICKUP else None


def local_templates(language: str, locale: str = "") -> tuple[tuple[str, str], ...]:
    """(genre, template) of the local notes (empty where none is written here)."""
    lg = local_language(language, locale)
    if lg is None:
        return ()
    return tuple(("pick-up authorisation", t) for t in PICKUP[lg]) + tuple(("bank details", t) for t in BANK[lg])
