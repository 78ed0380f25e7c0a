"""Notes in the locale's language for held-out set 22 (session 36, written from the languages): an order by
e-mail for a home delivery of heating oil or firewood, and a request to the civil registry for a copy of a
birth certificate.

Placeholders as in ``heldout22_notes``. The order names the customer, the delivery street, postcode and town, a
phone, an e-mail and the IBAN to debit; the registry request names the applicant, their birth date, their id
(by its own name), the mother (a second person), the street, a phone and an e-mail. A language without an entry
here gets the English genres.
"""

from __future__ import annotations

ORDER = {
    "de": "Guten Tag, ich möchte 2.000 Liter Heizöl EL bestellen. Lieferadresse: {name}, {street}, {postcode} {town}. "
          "Der Tank steht im Keller, Zufahrt über die Einfahrt links. Bitte vorher anrufen: {phone}. Bezahlung per "
          "Lastschrift von {iban}. Rechnung bitte an {email}. Mit freundlichen Grüßen",
    "fr": "Bonjour, je souhaite commander 3 stères de bois de chauffage (chêne, 33 cm). Livraison chez {name}, "
          "{street}, {postcode} {town}. Merci de m'appeler avant de passer au {phone}. Prélèvement sur le compte "
          "{iban}. Facture à envoyer à {email}. Cordialement",
    "es": "Buenos días, quisiera pedir 1.000 litros de gasóleo de calefacción. Entrega a nombre de {name}, {street}, "
          "{postcode} {town}. El depósito está en el patio, entrada por la puerta trasera. Llamen antes al {phone}. "
          "Cargo en la cuenta {iban}. Factura a {email}. Un saludo",
    "it": "Buongiorno, vorrei ordinare 20 quintali di legna da ardere (faggio). Consegna a {name}, {street}, "
          "{postcode} {town}. Prima di arrivare chiamate il {phone}. Pagamento con addebito su {iban}. Fattura a "
          "{email}. Cordiali saluti",
    "nl": "Goedemiddag, graag bestel ik 1500 liter huisbrandolie. Afleveradres: {name}, {street}, {postcode} {town}. "
          "De tank staat achter de schuur. Bel even vooraf op {phone}. Het bedrag mag worden afgeschreven van "
          "{iban}. Factuur graag naar {email}. Met vriendelijke groet",
    "pt": "Bom dia, gostaria de encomendar 2 toneladas de lenha de azinho. Entrega em nome de {name}, {street}, "
          "{postcode} {town}. Liguem antes para o {phone}. Débito direto na conta {iban}. Fatura para {email}. "
          "Com os melhores cumprimentos",
    "sv": "Hej! Jag vill beställa 3 m³ björkved. Leveransadress: {name}, {street}, {postcode} {town}. Ring gärna "
          "innan ni kommer, {phone}. Autogiro från konto {iban}. Fakturan skickas till {email}. Med vänlig hälsning",
    "da": "Hej, jeg vil gerne bestille 1.200 liter fyringsolie. Leveringsadresse: {name}, {street}, {postcode} "
          "{town}. Tanken står bag garagen. Ring venligst først på {phone}. Beløbet trækkes fra {iban}. Faktura "
          "til {email}. Venlig hilsen",
    "no": "Hei! Jeg ønsker å bestille 4 sekker bjørkeved. Leveringsadresse: {name}, {street}, {postcode} {town}. "
          "Ring før levering på {phone}. Trekk beløpet fra {iban}. Faktura sendes til {email}. Vennlig hilsen",
    "pl": "Dzień dobry, chciałbym zamówić 2 tony węgla orzech. Adres dostawy: {name}, {street}, {postcode} "
          "{town}. Proszę o telefon przed przyjazdem: {phone}. Płatność z rachunku {iban}. Fakturę proszę "
          "wysłać na {email}. Pozdrawiam",
    "cs": "Dobrý den, chtěl bych objednat 5 prostorových metrů palivového dřeva. Adresa dodání: {name}, {street}, "
          "{postcode} {town}. Před příjezdem prosím zavolejte na {phone}. Platba inkasem z účtu {iban}. Fakturu "
          "prosím na {email}. S pozdravem",
    "fi": "Hei, haluaisin tilata 2000 litraa lämmitysöljyä. Toimitusosoite: {name}, {street}, {postcode} {town}. "
          "Soittakaa ennen toimitusta numeroon {phone}. Veloitus tililtä {iban}. Lasku osoitteeseen {email}. "
          "Ystävällisin terveisin",
    "ro": "Bună ziua, aș dori să comand 5 metri steri de lemne de foc. Adresa de livrare: {name}, {street}, "
          "{postcode} {town}. Vă rog să sunați înainte la {phone}. Plata prin debit direct din contul {iban}. "
          "Factura la {email}. Cu stimă",
    "tr": "Merhaba, 2 ton kalorifer kömürü sipariş etmek istiyorum. Teslimat adresi: {name}, {street}, {postcode} "
          "{town}. Gelmeden önce {phone} numarasından arayın lütfen. Ödeme {iban} hesabından. Fatura için "
          "{email}. İyi çalışmalar",
    "ca": "Bon dia, voldria encarregar 1.000 litres de gasoil de calefacció. Lliurament a nom de {name}, {street}, "
          "{postcode} {town}. Truqueu abans al {phone}. Càrrec al compte {iban}. Factura a {email}. Salutacions",
}  # fmt: skip
REGISTRY = {
    "de": "An das Standesamt: Hiermit beantrage ich eine Abschrift meiner Geburtsurkunde. Name: {name}, geboren "
          "am {dob}, Mutter: {name2}. {idname}: {id}. Anschrift: {street}, {postcode} {town}. Rückfragen unter "
          "{phone} oder {email}.",
    "fr": "Madame, Monsieur, je sollicite une copie intégrale de mon acte de naissance. Nom : {name}, né(e) le "
          "{dob}, mère : {name2}. {idname} : {id}. Adresse : {street}, {postcode} {town}. Tél. {phone}, courriel "
          "{email}. Veuillez agréer mes salutations distinguées.",
    "es": "Al Registro Civil: solicito un certificado literal de nacimiento. Nombre: {name}, nacido/a el {dob}, "
          "madre: {name2}. {idname}: {id}. Domicilio: {street}, {postcode} {town}. Teléfono {phone}, correo "
          "{email}.",
    "it": "All'Ufficio di Stato Civile: chiedo l'estratto dell'atto di nascita. Richiedente: {name}, nato/a il "
          "{dob}, madre {name2}. {idname}: {id}. Residenza: {street}, {postcode} {town}. Recapiti: {phone}, "
          "{email}.",
    "nl": "Aan de afdeling Burgerzaken: graag ontvang ik een afschrift van mijn geboorteakte. Naam: {name}, "
          "geboren op {dob}, moeder: {name2}. {idname}: {id}. Adres: {street}, {postcode} {town}. Bereikbaar op "
          "{phone} of {email}.",
    "pt": "À Conservatória do Registo Civil: venho requerer uma certidão de nascimento. Nome: {name}, nascido(a) "
          "em {dob}, filho(a) de {name2}. {idname}: {id}. Morada: {street}, {postcode} {town}. Contacto {phone}, "
          "{email}.",
    "sv": "Till Skatteverket: jag begär ett personbevis. Namn: {name}, född {dob}, mor: {name2}. {idname}: {id}. "
          "Adress: {street}, {postcode} {town}. Nås på {phone} eller {email}.",
    "da": "Til kirkekontoret: jeg anmoder om en kopi af min fødselsattest. Navn: {name}, født {dob}, mor: {name2}. "
          "{idname}: {id}. Adresse: {street}, {postcode} {town}. Telefon {phone}, mail {email}.",
    "no": "Til Skatteetaten: jeg ber om en fødselsattest. Navn: {name}, født {dob}, mor: {name2}. {idname}: {id}. "
          "Adresse: {street}, {postcode} {town}. Telefon {phone}, e-post {email}.",
    "pl": "Do Urzędu Stanu Cywilnego: wnoszę o wydanie odpisu zupełnego aktu urodzenia. Imię i nazwisko: {name}, "
          "data urodzenia {dob}, matka: {name2}. {idname}: {id}. Adres: {street}, {postcode} {town}. Kontakt: "
          "{phone}, {email}.",
    "cs": "Matričnímu úřadu: žádám o vydání duplikátu rodného listu. Jméno: {name}, narozen(a) {dob}, matka: "
          "{name2}. {idname}: {id}. Adresa: {street}, {postcode} {town}. Telefon {phone}, e-mail {email}.",
    "fi": "Digi- ja väestötietovirastolle: pyydän virkatodistusta. Nimi: {name}, syntynyt {dob}, äiti: {name2}. "
          "{idname}: {id}. Osoite: {street}, {postcode} {town}. Puhelin {phone}, sähköposti {email}.",
    "ro": "Către Starea Civilă: solicit eliberarea unui duplicat al certificatului de naștere. Nume: {name}, "
          "născut(ă) la {dob}, mama: {name2}. {idname}: {id}. Domiciliul: {street}, {postcode} {town}. Telefon "
          "{phone}, e-mail {email}.",
    "tr": "Nüfus Müdürlüğüne: doğum kayıt örneği talep ediyorum. Ad Soyad: {name}, doğum tarihi {dob}, anne adı: "
          "{name2}. {idname}: {id}. Adres: {street}, {postcode} {town}. Telefon {phone}, e-posta {email}.",
    "ca": "Al Registre Civil: sol·licito un certificat literal de naixement. Nom: {name}, nascut/da el {dob}, mare: "
          "{name2}. {idname}: {id}. Domicili: {street}, {postcode} {town}. Telèfon {phone}, correu {email}.",
}  # fmt: skip


def local_templates(language: str) -> tuple[tuple[str, str], ...]:
    """(genre, template) in ``language``; empty where none is written here."""
    out = []
    if language in ORDER:
        out.append(("delivery order (local)", ORDER[language]))
    if language in REGISTRY:
        out.append(("registry request (local)", REGISTRY[language]))
    return tuple(out)
