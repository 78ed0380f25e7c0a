"""Notes in the locale's language for held-out set 21: a bank's call note about a lost or stolen card and a
private vehicle sale receipt, written as people of the language write them (session 35, from the languages).

Placeholders as in ``heldout21_notes``. The card note names the customer (in the row's form or by title and
surname), their birth date, the card, the account's IBAN, the street the new card goes to and a phone; the
sale receipt names the seller, their street, postcode, town and id (by its own name), the buyer and the buyer's
phone, and the car (VIN, plate, price: not personal data). A language without an entry here gets the English
genres; Bosnian uses the Croatian texts.
"""

from __future__ import annotations

CARD = {
    "de": (
        "Anruf {date}: {name} (geb. {dob}) meldet den Verlust der Karte {card}. Karte gesperrt, Ersatzkarte "
        "geht an {street}. Konto {iban} nicht betroffen. Rückruf unter {phone}.",
        "Sperrmeldung: {titled} gibt an, die Karte {card} sei gestern am Bahnhof gestohlen worden. Geburtsdatum "
        "{dob} geprüft, Rückrufnummer {phone}.",
    ),
    "fr": (
        "Appel du {date} : {name} (né(e) le {dob}) déclare le vol de sa carte {card}. Opposition faite, "
        "nouvelle carte envoyée au {street}. Compte {iban}. Rappeler au {phone}.",
        "{titled} signale la perte de sa carte {card} ; date de naissance {dob} vérifiée. Joignable au {phone}.",
    ),
    "es": (
        "Llamada del {date}: {name} (nacido/a el {dob}) comunica el robo de la tarjeta {card}. Tarjeta "
        "bloqueada; la nueva se enviará a {street}. Cuenta {iban}. Teléfono de contacto {phone}.",
        "{titled} avisa de que ha perdido la tarjeta {card}. Fecha de nacimiento {dob} comprobada. Llamar al {phone}.",
    ),
    "it": (
        "Telefonata del {date}: {name} (nato/a il {dob}) denuncia il furto della carta {card}. Carta bloccata, "
        "la nuova verrà spedita in {street}. Conto {iban}. Richiamare al {phone}.",
        "{titled} segnala lo smarrimento della carta {card}; data di nascita {dob} verificata. Recapito {phone}.",
    ),
    "nl": (
        "Telefoon {date}: {name} (geb. {dob}) meldt diefstal van pas {card}. Pas geblokkeerd, nieuwe pas "
        "wordt verstuurd naar {street}. Rekening {iban}. Terugbellen op {phone}.",
        "{titled} is de pas {card} kwijt; geboortedatum {dob} gecontroleerd. Bereikbaar op {phone}.",
    ),
    "pt": (
        "Chamada de {date}: {name} (nascido/a a {dob}) comunica o roubo do cartão {card}. Cartão cancelado, "
        "o novo segue para {street}. Conta {iban}. Contactar pelo {phone}.",
        "{titled} informa que perdeu o cartão {card}; data de nascimento {dob} confirmada. Telefone {phone}.",
    ),
    "ca": (
        "Trucada del {date}: {name} (nascut/da el {dob}) comunica el robatori de la targeta {card}. Targeta "
        "bloquejada; la nova s'enviarà a {street}. Compte {iban}. Telèfon de contacte {phone}.",
        "{titled} avisa que ha perdut la targeta {card}. Data de naixement {dob} comprovada. Trucar al {phone}.",
    ),
    "pl": (
        "Telefon {date}: {name} (ur. {dob}) zgłasza kradzież karty {card}. Karta zastrzeżona, nowa zostanie "
        "wysłana na adres {street}. Rachunek {iban}. Kontakt zwrotny: {phone}.",
        "{titled} zgłasza zgubienie karty {card}; data urodzenia {dob} sprawdzona. Telefon {phone}.",
    ),
    "sv": (
        "Samtal {date}: {name} (född {dob}) anmäler att kortet {card} har stulits. Kortet spärrat, nytt kort "
        "skickas till {street}. Konto {iban}. Ring tillbaka på {phone}.",
        "{titled} har tappat kortet {card}; födelsedatum {dob} kontrollerat. Nås på {phone}.",
    ),
    "da": (
        "Opkald {date}: {name} (født {dob}) melder kortet {card} stjålet. Kortet er spærret, nyt kort sendes "
        "til {street}. Konto {iban}. Ring tilbage på {phone}.",
        "{titled} har mistet kortet {card}; fødselsdato {dob} kontrolleret. Telefon {phone}.",
    ),
    "no": (
        "Samtale {date}: {name} (født {dob}) melder at kortet {card} er stjålet. Kortet er sperret, nytt kort "
        "sendes til {street}. Konto {iban}. Ring tilbake på {phone}.",
        "{titled} har mistet kortet {card}; fødselsdato {dob} sjekket. Telefon {phone}.",
    ),
    "ro": (
        "Apel din {date}: {name} (născut/ă la {dob}) anunță furtul cardului {card}. Card blocat, cardul nou "
        "va fi trimis pe {street}. Cont {iban}. Revenim la {phone}.",
        "{titled} anunță pierderea cardului {card}; data nașterii {dob} verificată. Telefon {phone}.",
    ),
    "hr": (
        "Poziv {date}: {name} (rođ. {dob}) prijavljuje krađu kartice {card}. Kartica blokirana, nova se šalje "
        "na adresu {street}. Račun {iban}. Povratni poziv na {phone}.",
        "{titled} prijavljuje gubitak kartice {card}; datum rođenja {dob} provjeren. Telefon {phone}.",
    ),
    "tr": (
        "{date} tarihli arama: {name} (doğum tarihi {dob}) {card} numaralı kartının çalındığını bildirdi. Kart "
        "bloke edildi, yeni kart {street} adresine gönderilecek. Hesap {iban}. Geri dönüş: {phone}.",
        "{titled} {card} numaralı kartını kaybettiğini bildirdi; doğum tarihi {dob} doğrulandı. Tel: {phone}.",
    ),
    "id": (
        "Telepon {date}: {name} (lahir {dob}) melaporkan kartu {card} hilang dicuri. Kartu sudah diblokir, "
        "kartu baru dikirim ke {street}. Rekening {iban}. Hubungi kembali di {phone}.",
        "{titled} melaporkan kartu {card} hilang; tanggal lahir {dob} sudah dicek. No. HP {phone}.",
    ),
    "sr": (
        "Позив {date}: {name} (рођен/а {dob}) пријављује крађу картице {card}. Картица блокирана, нова се "
        "шаље на адресу {street}. Рачун {iban}. Повратни позив на {phone}.",
        "{titled} пријављује губитак картице {card}; датум рођења {dob} проверен. Телефон {phone}.",
    ),
    "ru": (
        "Звонок {date}: {name} ({dob} г.р.) сообщает о краже карты {card}. Карта заблокирована, новая будет "
        "отправлена по адресу {street}. Счёт {iban}. Перезвонить по номеру {phone}.",
        "{titled} сообщает об утере карты {card}; дата рождения {dob} проверена. Телефон {phone}.",
    ),
    "cs": (
        "Hovor {date}: {name} (nar. {dob}) hlásí krádež karty {card}. Karta zablokována, nová bude zaslána na "
        "adresu {street}. Účet {iban}. Zpětné volání na {phone}.",
        "{titled} hlásí ztrátu karty {card}; datum narození {dob} ověřeno. Telefon {phone}.",
    ),
}
SALE = {
    "de": "Kaufvertrag Gebrauchtwagen\nVerkäufer: {name}, {street}, {postcode} {town}, {idname} {id}\nKäufer: "
    "{name2}, Tel. {phone2}\nFahrzeug: FIN {vin}, Kennzeichen {plate}\nKaufpreis {amount}, bar erhalten am {date}.",
    "fr": "Certificat de vente entre particuliers\nVendeur : {name}, {street}, {postcode} {town} ({idname} {id})\n"
    "Acheteur : {name2}, tél. {phone2}\nVéhicule : VIN {vin}, immatriculation {plate}, prix {amount}, payé le {date}.",
    "es": "Contrato de compraventa de vehículo\nVendedor: {name}, {street}, {postcode} {town}, {idname} {id}\n"
    "Comprador: {name2}, tel. {phone2}\nVehículo: bastidor {vin}, matrícula {plate}. "
    "Precio {amount}, pagado el {date}.",
    "it": "Scrittura privata di vendita\nVenditore: {name}, {street}, {postcode} {town}, {idname} {id}\nAcquirente: "
    "{name2}, tel. {phone2}\nVeicolo: telaio {vin}, targa {plate}. Prezzo {amount}, saldato il {date}.",
    "nl": "Koopovereenkomst auto\nVerkoper: {name}, {street}, {postcode} {town}, {idname} {id}\nKoper: {name2}, "
    "tel. {phone2}\nVoertuig: chassisnummer {vin}, kenteken {plate}. Koopsom {amount}, contant voldaan op {date}.",
    "pt": "Declaração de venda de veículo\nVendedor: {name}, {street}, {postcode} {town}, {idname} {id}\nComprador: "
    "{name2}, tel. {phone2}\nViatura: quadro {vin}, matrícula {plate}. Preço {amount}, pago a {date}.",
    "ca": "Contracte de compravenda de vehicle\nVenedor: {name}, {street}, {postcode} {town}, {idname} {id}\n"
    "Comprador: {name2}, tel. {phone2}\nVehicle: bastidor {vin}, matrícula {plate}. Preu {amount}, pagat el {date}.",
    "pl": "Umowa kupna-sprzedaży samochodu\nSprzedający: {name}, {street}, {postcode} {town}, {idname} {id}\n"
    "Kupujący: {name2}, tel. {phone2}\nPojazd: VIN {vin}, nr rej. {plate}. Cena {amount}, zapłacono {date}.",
    "sv": "Köpekontrakt bil\nSäljare: {name}, {street}, {postcode} {town}, {idname} {id}\nKöpare: {name2}, tel. "
    "{phone2}\nFordon: chassinummer {vin}, reg.nr {plate}. Pris {amount}, betalt {date}.",
    "ro": "Contract de vânzare-cumpărare auto\nVânzător: {name}, {street}, {postcode} {town}, {idname} {id}\n"
    "Cumpărător: {name2}, tel. {phone2}\nAutovehicul: serie șasiu {vin}, nr. {plate}. "
    "Preț {amount}, achitat la {date}.",
    "hr": "Kupoprodajni ugovor za vozilo\nProdavatelj: {name}, {street}, {postcode} {town}, {idname} {id}\nKupac: "
    "{name2}, tel. {phone2}\nVozilo: broj šasije {vin}, reg. oznaka {plate}. Cijena {amount}, plaćeno {date}.",
    "tr": "Araç satış senedi\nSatıcı: {name}, {street}, {postcode} {town}, {idname} {id}\nAlıcı: {name2}, tel. "
    "{phone2}\nAraç: şasi no {vin}, plaka {plate}. Bedel {amount}, {date} tarihinde ödendi.",
    "sr": "Уговор о купопродаји возила\nПродавац: {name}, {street}, {postcode} {town}, {idname} {id}\nКупац: "
    "{name2}, тел. {phone2}\nВозило: број шасије {vin}, рег. ознака {plate}. Цена {amount}, плаћено {date}.",
    "ru": "Договор купли-продажи автомобиля\nПродавец: {name}, {street}, {postcode} {town}, {idname} {id}\n"
    "Покупатель: {name2}, тел. {phone2}\nТС: VIN {vin}, госномер {plate}. Цена {amount}, оплачено {date}.",
}
_SAME = {"bs": "hr"}


def local_templates(language: str) -> tuple[tuple[str, str], ...]:
    """(genre, template) of ``language`` in its own words (none: the English genres)."""
    lg = _SAME.get(language, language)
    out = [("lost card (local)", t) for t in CARD.get(lg, ())]
    if lg in SALE:
        out.append(("vehicle sale (local)", SALE[lg]))
    return tuple(out)
