"""Notes in the locale's language for held-out set 23 (session 37, written from the languages): a business's
appointment confirmation by e-mail (a fitting, a repair, a site visit) and a self-declaration of residence (the
signed statement of where one lives that a council, school or bank asks for).

Placeholders as in ``heldout23_notes``. The confirmation names the customer (in the row's form or by title and
surname), the date (not personal), the street and town of the visit, a phone, an e-mail and, for the deposit, an
IBAN or a card; the declaration names the declarant, their birth date, their id (by its own name), the street,
postcode and town, a second person living there and a phone. A language without an entry here gets the English
genres.
"""

from __future__ import annotations

CONFIRMATION = {
    "de": "Sehr geehrte/r {titled}, hiermit bestätigen wir Ihren Termin am {date} um {time} Uhr in {street}, "
    "{postcode} {town}. Die Anzahlung von {amount} EUR buchen wir von Ihrem Konto {iban} ab. Rückfragen bitte "
    "unter {phone} oder an {email}. Mit freundlichen Grüßen, {staff}",
    "fr": "Bonjour {name}, nous vous confirmons votre rendez-vous du {date} à {time} au {street}, {postcode} "
    "{town}. L'acompte de {amount} € sera prélevé sur le compte {iban}. En cas d'empêchement, appelez le {phone} "
    "ou écrivez à {email}. Cordialement, {staff}",
    "es": "Estimado/a {titled}: le confirmamos su cita del {date} a las {time} en {street}, {postcode} {town}. "
    "La señal de {amount} € se cargará en la cuenta {iban}. Para cualquier cambio llame al {phone} o escriba a "
    "{email}. Un saludo, {staff}",
    "it": "Gentile {name}, le confermiamo l'appuntamento del {date} alle ore {time} in {street}, {postcode} "
    "{town}. L'acconto di {amount} euro sarà addebitato sul conto {iban}. Per modifiche chiami il {phone} o "
    "scriva a {email}. Cordiali saluti, {staff}",
    "nl": "Beste {name}, hierbij bevestigen wij uw afspraak op {date} om {time} uur aan de {street}, {postcode} "
    "{town}. De aanbetaling van € {amount} wordt afgeschreven van rekening {iban}. Verhinderd? Bel {phone} of "
    "mail naar {email}. Met vriendelijke groet, {staff}",
    "pt": "Caro(a) {name}, confirmamos a sua marcação para {date} às {time} na {street}, {postcode} {town}. O "
    "sinal de {amount} € será debitado da conta {iban}. Para alterar, ligue para o {phone} ou escreva para "
    "{email}. Com os melhores cumprimentos, {staff}",
    "cy": "Annwyl {name}, rydym yn cadarnhau eich apwyntiad ar {date} am {time} yn {street}, {town} {postcode}. "
    "Bydd y blaendal o £{amount} yn cael ei gymryd o'r cyfrif {iban}. Os oes angen newid, ffoniwch {phone} neu "
    "e-bostiwch {email}. Cofion, {staff}",
    "ca": "Benvolgut/da {name}, us confirmem la cita del {date} a les {time} al {street}, {postcode} {town}. La "
    "paga i senyal de {amount} € es carregarà al compte {iban}. Per a qualsevol canvi truqueu al {phone} o "
    "escriviu a {email}. Salutacions, {staff}",
    "sv": "Hej {name}! Vi bekräftar din tid den {date} kl. {time} på {street}, {postcode} {town}. Handpenningen "
    "på {amount} kr dras från kontot {iban}. Vid förhinder, ring {phone} eller mejla {email}. Vänliga hälsningar, "
    "{staff}",
    "pl": "Szanowna Pani / Szanowny Panie {name}, potwierdzamy wizytę w dniu {date} o godz. {time} pod adresem "
    "{street}, {postcode} {town}. Zaliczka w wysokości {amount} zł zostanie pobrana z konta {iban}. W razie "
    "zmian prosimy o kontakt: {phone} lub {email}. Z poważaniem, {staff}",
}
DECLARATION = {
    "de": "Wohnsitzerklärung: Ich, {name}, geboren am {dob}, {idname} {id}, erkläre, dass ich seit {date} in "
    "{street}, {postcode} {town} wohne. Mit mir wohnt {name2}. Erreichbar unter {phone}.",
    "fr": "Attestation sur l'honneur de domicile. Je soussigné(e) {name}, né(e) le {dob}, {idname} {id}, atteste "
    "résider au {street}, {postcode} {town} depuis le {date}, avec {name2}. Téléphone : {phone}.",
    "es": "Declaración responsable de domicilio. D./Dña. {name}, nacido/a el {dob}, con {idname} {id}, declara "
    "que reside en {street}, {postcode} {town} desde el {date} junto con {name2}. Teléfono: {phone}.",
    "it": "Autocertificazione di residenza. Il/La sottoscritto/a {name}, nato/a il {dob}, {idname} {id}, "
    "dichiara di risiedere in {street}, {postcode} {town} dal {date}, insieme a {name2}. Recapito: {phone}.",
    "nl": "Eigen verklaring woonadres. Ondergetekende {name}, geboren op {dob}, {idname} {id}, verklaart sinds "
    "{date} te wonen aan de {street}, {postcode} {town}, samen met {name2}. Telefoon: {phone}.",
    "pt": "Declaração de residência. Eu, {name}, nascido(a) a {dob}, {idname} {id}, declaro que resido na "
    "{street}, {postcode} {town} desde {date}, com {name2}. Contacto: {phone}.",
    "cy": "Datganiad preswylio. Rwyf i, {name}, a anwyd ar {dob}, {idname} {id}, yn datgan fy mod yn byw yn "
    "{street}, {town} {postcode} ers {date}, gyda {name2}. Ffôn: {phone}.",
    "ca": "Declaració responsable de domicili. {name}, nascut/da el {dob}, amb {idname} {id}, declara que viu al "
    "{street}, {postcode} {town} des del {date}, juntament amb {name2}. Telèfon: {phone}.",
    "sv": "Egen försäkran om bostadsadress. Jag, {name}, född {dob}, {idname} {id}, intygar att jag sedan {date} "
    "bor på {street}, {postcode} {town} tillsammans med {name2}. Telefon: {phone}.",
    "pl": "Oświadczenie o miejscu zamieszkania. Ja, {name}, urodzony/a {dob}, {idname} {id}, oświadczam, że od "
    "{date} mieszkam pod adresem {street}, {postcode} {town} wraz z {name2}. Telefon: {phone}.",
}


def local_templates(language: str) -> tuple[tuple[str, str], ...]:
    """(genre, template) of the local genres of ``language`` (empty where none is written here)."""
    out = []
    if language in CONFIRMATION:
        out.append(("confirmation", CONFIRMATION[language]))
    if language in DECLARATION:
        out.append(("declaration", DECLARATION[language]))
    return tuple(out)
