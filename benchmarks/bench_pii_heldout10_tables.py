# ruff: noqa: E501
"""Held-out set 10 for the PII stage: 33 locales, seeds 10001-10002, export shapes and note genres of its own.

Written in session 24 by a helper that did not read the PII tests, the earlier held-out tables,
``docs/pii.md`` or the detector's internals; kept out of the repository until after the AFTER run,
so nothing was tuned on it. Each (locale, seed) is one table of one of six export shapes (pharmacy
dispensing log, gym memberships, bank KYC review, parcel returns, veterinary clinic, car rental) with
column names in the locale's language (and English), prefixed/suffixed, in several cases, and a notes
column of seven new genres in the locale's language: chat transcript, voicemail transcription,
incident report, review naming staff, meeting minutes, ambulance dispatch radio log, classified ad. Entities in the notes take varied forms: lower
or upper case names, ``Surname, First``, titles, initials, ids glued to their label, phones in several
layouts. Labels: every PII column's entity (a tuple of acceptable plans, ``None`` for non-PII,
``"dont_care"`` for regions / branch towns) and every entity span inserted into a note.

Values come from Faker's locale providers where they are the locale's own, and from small generators
here where Faker falls back to en_US (Lithuanian, Turkish and Japanese streets, national ids, IBANs
with valid check digits). Dates are drawn between fixed bounds, so the tables do not follow the clock.
"""

from __future__ import annotations

import hashlib
import random
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

import pandas as pd
import phonenumbers
from faker import Faker
from stdnum import iban as stdnum_iban

SEEDS = (10001, 10002)
N_ROWS = 150
FIRST7 = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL")
OTHER23 = ("sv_SE", "pl_PL", "pt_PT", "da_DK", "en_AU", "de_AT", "fr_CH", "en_IN", "en_CA", "fr_CA", "pt_BR",
           "es_MX", "cs_CZ", "fi_FI", "tr_TR", "ja_JP", "zh_CN", "no_NO", "ro_RO", "el_GR", "hu_HU", "sk_SK",
           "hr_HR")  # fmt: skip
SET9_30 = FIRST7 + OTHER23
NEW3 = ("de_CH", "lt_LT", "uk_UA")
LOCALES = SET9_30 + NEW3
CJK = ("ja_JP", "zh_CN")
LANG = {x: x.split("_")[0] for x in LOCALES} | {"no_NO": "no"}
SHAPES = ("pharmacy", "gym", "kyc", "returns", "vet", "rental")
FORMS = ("chat", "voicemail", "incident", "review", "minutes", "dispatch", "classified")

TITLES = {
    "en": ("Dr", "Dr.", "Mr", "Mrs", "Ms"), "de": ("Herr", "Frau", "Dr."), "fr": ("M.", "Mme", "Dr"),
    "es": ("Sr.", "Sra.", "Dr."), "it": ("sig.", "sig.ra", "dott."), "nl": ("dhr.", "mevr.", "dr."),
    "sv": ("doktor",), "pl": ("pan", "pani", "dr"), "pt": ("Sr.", "Sra.", "Dr."), "da": ("dr.",), "no": ("dr.",),
    "cs": ("pan", "paní", "MUDr."), "sk": ("pán", "pani", "MUDr."), "fi": ("tohtori",), "tr": ("Bay", "Bayan", "Dr."),
    "ro": ("dl.", "dna.", "dr."), "el": ("κ.", "κα", "Δρ."), "hu": ("dr.",), "hr": ("g.", "gđa", "dr."),
    "lt": ("p.", "dr."), "uk": ("пан", "пані", "д-р"), "ja": (), "zh": (),
}  # fmt: skip

# Note templates: {N} full name, {S} title + surname, {I} initial + surname (CJK: surname), {P} phone,
# {E} e-mail, {A} street, {D} national id, {B} IBAN (a card where the country has none), {O} birth date,
# {C} card number.
T = {
    "en": ("[09:14] agent: hi, who am I speaking with? [09:14] customer: this is {N}, my number is {P} [09:15] agent: thanks, do we still have {E} as your email?",
           "Voicemail 00:42 - \"Hi, it's {N} calling back about the order, I'm at {A} until six, ring me on {P} or ask for {S}. Thanks\"",
           "INCIDENT 4471: at approx 21:30 security found {N} (dob {O}) near gate 3. Witness {I} gave a statement. Subject ID:{D}, address given {A}.",
           "Two stars. Staff member {S} was rude at the till but {N} sorted my refund to card {C}. Email me at {E} if you need details.",
           "Minutes of the team meeting: present {I} and {N}. Action: {S} to call the client on {P} and confirm account {B} before payout.",
           "2214 UNIT 12 to control: attending {A}, caller {N} TEL:{P}, patient dob {O}, crew lead {I}.",
           "FOR SALE: kids bike, hardly used, 40 ono. Collect from {A} or call {N} on {P} after 6pm. No time wasters."),
    "de": ("[08:02] Kundin: hallo, hier ist {N}, erreichbar unter {P} [08:03] Support: danke, ist {E} noch aktuell?",
           "Mailbox 0:37 – „Guten Tag, hier spricht {N}, ich wohne {A}, bitte rufen Sie mich unter {P} zurück, sonst fragen Sie nach {S}.“",
           "Einsatzprotokoll 22:10 Uhr: Person {N}, geb. {O}, am Haupteingang angetroffen. Zeuge {I} bestätigt. Ausweis-Nr.{D}, Anschrift {A}.",
           "Zwei Sterne. {S} an der Kasse war unfreundlich, aber {N} hat die Erstattung auf Karte {C} erledigt. Rückfragen an {E}.",
           "Protokoll Teamsitzung: anwesend {I} und {N}. Aufgabe: {S} ruft unter {P} an und prüft das Konto {B} vor der Auszahlung.",
           "22:14 RTW 3/83-1 an Leitstelle: Einsatzort {A}, Anrufer {N} Tel.{P}, Patient geb. {O}, Einsatzleiter {I}.",
           "Verkaufe Kinderfahrrad, kaum benutzt, VB 40 €. Abholung {A}, Anfragen an {N} unter {P} ab 18 Uhr."),
    "fr": ("[08:02] client : bonjour, ici {N}, joignable au {P} [08:03] conseiller : merci, l'adresse {E} est-elle toujours valable ?",
           "Messagerie 0:41 – « Bonjour, c'est {N}, j'habite {A}, rappelez-moi au {P} ou demandez {S}, merci. »",
           "Main courante 22h10 : individu {N}, né le {O}, contrôlé devant l'entrée. Témoin {I} présent. Pièce n°{D}, domicile déclaré {A}.",
           "Deux étoiles. {S} à l'accueil était désagréable mais {N} a remboursé sur la carte {C}. Contactez-moi : {E}.",
           "Compte rendu de réunion : présents {I} et {N}. Action : {S} appelle le {P} et vérifie le compte {B} avant le virement.",
           "22h14 VSAV 2 au CTA : intervention {A}, appelant {N} tél.{P}, victime née le {O}, chef d'agrès {I}.",
           "À vendre vélo enfant, très peu servi, 40 € à débattre. À retirer au {A}, contacter {N} au {P} après 18h."),
    "es": ("[08:02] cliente: hola, soy {N}, mi móvil es {P} [08:03] agente: gracias, ¿sigue siendo {E} su correo?",
           "Buzón 0:39 – «Buenas, le habla {N}, vivo en {A}, llámeme al {P} o pregunte por {S}, gracias.»",
           "Parte de incidencia 22:10: se identifica a {N}, nacido el {O}, en la puerta principal. Testigo {I}. Documento {D}, domicilio {A}.",
           "Dos estrellas. {S} en caja fue borde, pero {N} me devolvió el dinero a la tarjeta {C}. Escribidme a {E}.",
           "Acta de la reunión: asisten {I} y {N}. Tarea: {S} llamará al {P} y comprobará la cuenta {B} antes del pago.",
           "22:14 SVB 4 a central: intervención en {A}, llamante {N} tel.{P}, paciente nacido el {O}, jefe de equipo {I}.",
           "Vendo bici infantil, casi sin uso, 40 € negociables. Recoger en {A} o llamar a {N} al {P} a partir de las 18h."),
    "it": ("[08:02] cliente: salve, sono {N}, il mio cellulare è {P} [08:03] operatore: grazie, la mail {E} è ancora valida?",
           "Segreteria 0:40 – «Buongiorno, sono {N}, abito in {A}, mi richiami al {P} oppure chieda di {S}, grazie.»",
           "Rapporto di servizio ore 22:10: fermato {N}, nato il {O}, davanti all'ingresso. Testimone {I}. Documento n.{D}, residente in {A}.",
           "Due stelle. {S} alla cassa è stato scortese, ma {N} ha rimborsato sulla carta {C}. Scrivetemi a {E}.",
           "Verbale riunione: presenti {I} e {N}. Azione: {S} chiama il {P} e verifica il conto {B} prima del bonifico.",
           "22:14 MSB 7 a centrale: intervento in {A}, chiamante {N} tel.{P}, paziente nato il {O}, capo squadra {I}.",
           "Vendo bici da bambino, quasi nuova, 40 € trattabili. Ritiro in {A}, contattare {N} al {P} dopo le 18."),
    "nl": ("[08:02] klant: hoi, met {N}, bereikbaar op {P} [08:03] medewerker: dank je, klopt {E} nog?",
           "Voicemail 0:38 – 'Goedemiddag, u spreekt met {N}, ik woon op {A}, bel me terug op {P} of vraag naar {S}, dank u.'",
           "Meldingsrapport 22:10 uur: persoon {N}, geboren {O}, aangetroffen bij de ingang. Getuige {I}. BSN:{D}, woonadres {A}.",
           "Twee sterren. {S} bij de kassa was onvriendelijk, maar {N} heeft het bedrag teruggestort op kaart {C}. Mail me op {E}.",
           "Notulen overleg: aanwezig {I} en {N}. Actie: {S} belt {P} en controleert rekening {B} voor de uitbetaling.",
           "22:14 AMBU 17-112 aan meldkamer: ter plaatse {A}, melder {N} tel.{P}, patiënt geb. {O}, teamleider {I}.",
           "Te koop: kinderfiets, nauwelijks gebruikt, 40 euro. Ophalen aan {A}, bellen naar {N} op {P} na 18 uur."),
    "sv": ("[08:02] kund: hej, det är {N}, nås på {P} [08:03] handläggare: tack, stämmer {E} fortfarande?",
           "Röstmeddelande 0:36 – ”Hej, det här är {N}, jag bor på {A}, ring mig på {P} eller fråga efter {S}, tack.”",
           "Händelserapport kl 22.10: {N}, född {O}, påträffades vid entrén. Vittne {I}. Personnummer {D}, adress {A}.",
           "Två stjärnor. {S} i kassan var otrevlig men {N} återbetalade till kortet {C}. Mejla mig på {E}.",
           "Mötesprotokoll: närvarande {I} och {N}. Åtgärd: {S} ringer {P} och kontrollerar kontot {B} före utbetalning.",
           "22.14 Ambulans 4410 till larmcentralen: på plats {A}, inringare {N} tel.{P}, patient född {O}, ansvarig {I}.",
           "Säljes: barncykel, nästan oanvänd, 400 kr. Hämtas på {A}, ring {N} på {P} efter kl 18."),
    "pl": ("[08:02] klient: dzień dobry, tu {N}, mój numer to {P} [08:03] konsultant: dziękuję, czy adres {E} jest aktualny?",
           "Poczta głosowa 0:40 – „Dzień dobry, mówi {N}, mieszkam przy {A}, proszę oddzwonić pod {P} albo pytać o {S}.”",
           "Notatka służbowa, godz. 22:10: wylegitymowano {N}, ur. {O}, przy wejściu głównym. Świadek {I}. PESEL {D}, adres {A}.",
           "Dwie gwiazdki. {S} przy kasie był niemiły, ale {N} zwrócił pieniądze na kartę {C}. Proszę pisać na {E}.",
           "Protokół ze spotkania: obecni {I} oraz {N}. Zadanie: {S} dzwoni pod {P} i sprawdza konto {B} przed wypłatą.",
           "22:14 ZRM W12 do dyspozytora: na miejscu {A}, zgłaszający {N} tel.{P}, pacjent ur. {O}, kierownik zespołu {I}.",
           "Sprzedam rower dziecięcy, mało używany, 150 zł do negocjacji. Odbiór {A}, kontakt {N} pod numerem {P} po 18."),
    "pt": ("[08:02] cliente: olá, fala {N}, o meu contacto é {P} [08:03] assistente: obrigado, o email {E} ainda está correto?",
           "Correio de voz 0:39 – «Boa tarde, é {N}, moro na {A}, ligue-me para o {P} ou pergunte por {S}, obrigado.»",
           "Auto de ocorrência 22h10: identificado {N}, nascido a {O}, junto à entrada. Testemunha {I}. Documento {D}, morada {A}.",
           "Duas estrelas. {S} no balcão foi antipático, mas {N} fez o reembolso no cartão {C}. Escrevam para {E}.",
           "Ata da reunião: presentes {I} e {N}. Ação: {S} liga para {P} e confirma a conta {B} antes do pagamento.",
           "22h14 AEM 3 para a central: no local {A}, chamador {N} tel.{P}, vítima nascida a {O}, chefe de equipa {I}.",
           "Vendo bicicleta de criança, pouco uso, 40 € negociáveis. Levantar na {A}, falar com {N} pelo {P} depois das 18h."),
    "da": ("[08:02] kunde: hej, det er {N}, mit nummer er {P} [08:03] medarbejder: tak, er {E} stadig korrekt?",
           "Telefonsvarer 0:35 – »Hej, det er {N}, jeg bor på {A}, ring tilbage på {P} eller spørg efter {S}, tak.«",
           "Hændelsesrapport kl. 22.10: {N}, født {O}, truffet ved indgangen. Vidne {I}. CPR {D}, adresse {A}.",
           "To stjerner. {S} ved kassen var uvenlig, men {N} refunderede til kortet {C}. Skriv til {E}.",
           "Referat fra mødet: til stede {I} og {N}. Opgave: {S} ringer til {P} og tjekker kontoen {B} før udbetaling.",
           "22.14 Ambulance 3 til vagtcentralen: fremme ved {A}, anmelder {N} tlf.{P}, patient født {O}, holdleder {I}.",
           "Sælges: børnecykel, næsten ubrugt, 300 kr. Afhentes på {A}, ring til {N} på {P} efter kl. 18."),
    "no": ("[08:02] kunde: hei, dette er {N}, nummeret mitt er {P} [08:03] rådgiver: takk, stemmer {E} fortsatt?",
           "Talemelding 0:35 – «Hei, det er {N}, jeg bor i {A}, ring meg tilbake på {P} eller spør etter {S}, takk.»",
           "Hendelsesrapport kl. 22.10: {N}, født {O}, påtruffet ved inngangen. Vitne {I}. Fødselsnummer {D}, adresse {A}.",
           "To stjerner. {S} i kassen var uhøflig, men {N} refunderte til kortet {C}. Send e-post til {E}.",
           "Møtereferat: til stede {I} og {N}. Oppgave: {S} ringer {P} og sjekker kontoen {B} før utbetaling.",
           "22.14 Ambulanse 3 til AMK: framme på {A}, innringer {N} tlf.{P}, pasient født {O}, leder {I}.",
           "Selges: barnesykkel, nesten ubrukt, 400 kr. Hentes i {A}, ring {N} på {P} etter kl. 18."),
    "cs": ("[08:02] zákazník: dobrý den, tady {N}, moje číslo je {P} [08:03] operátor: děkuji, platí ještě {E}?",
           "Hlasová schránka 0:40 – „Dobrý den, tady {N}, bydlím v ulici {A}, zavolejte mi na {P} nebo se zeptejte na {S}.“",
           "Úřední záznam 22:10: u vchodu zjištěn {N}, nar. {O}. Svědek {I}. Rodné číslo {D}, bydliště {A}.",
           "Dvě hvězdičky. {S} u pokladny byl nepříjemný, ale {N} vrátil peníze na kartu {C}. Pište na {E}.",
           "Zápis z porady: přítomni {I} a {N}. Úkol: {S} zavolá na {P} a ověří účet {B} před výplatou.",
           "22:14 RZP 3 na dispečink: na místě {A}, volající {N} tel.{P}, pacient nar. {O}, vedoucí posádky {I}.",
           "Prodám dětské kolo, málo používané, 900 Kč. Vyzvednutí {A}, volejte {N} na {P} po 18. hodině."),
    "sk": ("[08:02] zákazník: dobrý deň, tu {N}, moje číslo je {P} [08:03] operátor: ďakujem, platí ešte {E}?",
           "Hlasová schránka 0:40 – „Dobrý deň, tu je {N}, bývam na {A}, zavolajte mi na {P} alebo sa pýtajte na {S}.“",
           "Úradný záznam 22:10: pri vchode zistený {N}, nar. {O}. Svedok {I}. Rodné číslo {D}, bydlisko {A}.",
           "Dve hviezdičky. {S} pri pokladni bol nepríjemný, ale {N} vrátil peniaze na kartu {C}. Píšte na {E}.",
           "Zápisnica z porady: prítomní {I} a {N}. Úloha: {S} zavolá na {P} a overí účet {B} pred výplatou.",
           "22:14 RZP 3 na dispečing: na mieste {A}, volajúci {N} tel.{P}, pacient nar. {O}, vedúci posádky {I}.",
           "Predám detský bicykel, málo používaný, 40 €. Vyzdvihnutie {A}, volajte {N} na {P} po 18. hodine."),
    "fi": ("[08:02] asiakas: hei, täällä {N}, numeroni on {P} [08:03] palvelu: kiitos, onko {E} vielä oikein?",
           "Vastaajaviesti 0:37 – ”Hei, täällä {N}, asun osoitteessa {A}, soittakaa numeroon {P} tai kysykää {S}, kiitos.”",
           "Tapahtumailmoitus klo 22.10: {N}, syntynyt {O}, tavattiin sisäänkäynnillä. Todistaja {I}. Henkilötunnus {D}, osoite {A}.",
           "Kaksi tähteä. {S} kassalla oli epäkohtelias, mutta {N} palautti rahat kortille {C}. Sähköposti {E}.",
           "Kokousmuistio: läsnä {I} ja {N}. Tehtävä: {S} soittaa numeroon {P} ja tarkistaa tilin {B} ennen maksua.",
           "22.14 Ensihoito 431 hätäkeskukselle: kohteessa {A}, ilmoittaja {N} puh.{P}, potilas syntynyt {O}, vastuuhenkilö {I}.",
           "Myydään lasten pyörä, vähän käytetty, 40 €. Nouto {A}, soita {N} numeroon {P} klo 18 jälkeen."),
    "tr": ("[08:02] müşteri: merhaba, ben {N}, numaram {P} [08:03] temsilci: teşekkürler, {E} adresi hâlâ geçerli mi?",
           "Sesli mesaj 0:39 – “İyi günler, ben {N}, adresim {A}, beni {P} numarasından arayın ya da {S} ile görüşün.”",
           "Olay tutanağı saat 22.10: girişte {N}, doğum tarihi {O}, tespit edildi. Tanık {I}. TC kimlik no {D}, adres {A}.",
           "İki yıldız. Kasadaki {S} kabaydı ama {N} iadeyi {C} numaralı karta yaptı. Bana {E} üzerinden yazın.",
           "Toplantı tutanağı: katılanlar {I} ve {N}. Görev: {S} {P} numarasını arayıp ödemeden önce {B} hesabını kontrol edecek.",
           "22.14 112 Ambulans 3 merkeze: olay yeri {A}, arayan {N} tel.{P}, hasta doğum tarihi {O}, ekip sorumlusu {I}.",
           "Satılık çocuk bisikleti, az kullanılmış, 1500 TL. Teslim {A}, {N} ile {P} numarasından akşam 6'dan sonra görüşün."),
    "ro": ("[08:02] client: bună ziua, sunt {N}, numărul meu este {P} [08:03] operator: mulțumesc, adresa {E} mai este valabilă?",
           "Mesagerie vocală 0:39 – „Bună ziua, sunt {N}, locuiesc pe {A}, sunați-mă la {P} sau întrebați de {S}.”",
           "Proces-verbal ora 22:10: la intrare a fost legitimat {N}, născut la {O}. Martor {I}. CNP {D}, domiciliu {A}.",
           "Două stele. {S} de la casă a fost nepoliticos, dar {N} a returnat banii pe cardul {C}. Scrieți-mi la {E}.",
           "Minuta ședinței: prezenți {I} și {N}. Sarcină: {S} sună la {P} și verifică contul {B} înainte de plată.",
           "22:14 SMURD 3 către dispecerat: la fața locului {A}, apelant {N} tel.{P}, pacient născut la {O}, șef echipaj {I}.",
           "Vând bicicletă de copii, puțin folosită, 200 lei negociabil. Ridicare din {A}, sunați-l pe {N} la {P} după ora 18."),
    "el": ("[08:02] πελάτης: καλημέρα, είμαι ο {N}, το κινητό μου είναι {P} [08:03] υπάλληλος: ευχαριστώ, ισχύει ακόμη το {E};",
           "Φωνητικό μήνυμα 0:40 – «Καλησπέρα, είμαι ο {N}, μένω στην οδό {A}, καλέστε με στο {P} ή ζητήστε τον {S}.»",
           "Αναφορά συμβάντος 22:10: στην είσοδο εντοπίστηκε ο {N}, γεν. {O}. Μάρτυρας {I}. ΑΜΚΑ {D}, διεύθυνση {A}.",
           "Δύο αστέρια. Ο {S} στο ταμείο ήταν αγενής, αλλά ο {N} έκανε επιστροφή στην κάρτα {C}. Γράψτε μου στο {E}.",
           "Πρακτικά συνάντησης: παρόντες {I} και {N}. Ενέργεια: ο {S} καλεί στο {P} και ελέγχει τον λογαριασμό {B} πριν την πληρωμή.",
           "22:14 ΕΚΑΒ 3 προς κέντρο: στο σημείο {A}, καλών {N} τηλ.{P}, ασθενής γεν. {O}, επικεφαλής {I}.",
           "Πωλείται παιδικό ποδήλατο, ελάχιστα χρησιμοποιημένο, 40 €. Παραλαβή από {A}, επικοινωνία {N} στο {P} μετά τις 18:00."),
    "hu": ("[08:02] ügyfél: jó napot, {N} vagyok, a számom {P} [08:03] ügyintéző: köszönöm, a {E} cím még érvényes?",
           "Hangposta 0:38 – „Jó napot, {N} beszél, a címem {A}, hívjanak vissza a {P} számon vagy keressék {S} kollégát.”",
           "Eseményjelentés 22:10: a bejáratnál igazoltattuk: {N}, szül. {O}. Tanú: {I}. Személyi szám {D}, lakcím {A}.",
           "Két csillag. {S} a pénztárnál udvariatlan volt, de {N} visszautalta a pénzt a {C} kártyára. Írjatok: {E}.",
           "Emlékeztető: jelen volt {I} és {N}. Feladat: {S} felhívja a {P} számot és ellenőrzi a {B} számlát kifizetés előtt.",
           "22:14 Mentő 3 a diszpécsernek: helyszín {A}, bejelentő {N} tel.{P}, beteg szül. {O}, egységvezető {I}.",
           "Eladó gyerekbicikli, alig használt, 15 000 Ft. Átvétel: {A}, érdeklődni {N} néven a {P} számon 18 óra után."),
    "hr": ("[08:02] korisnik: dobar dan, ovdje {N}, moj broj je {P} [08:03] agent: hvala, vrijedi li još {E}?",
           "Govorna pošta 0:39 – „Dobar dan, ovdje {N}, stanujem u {A}, nazovite me na {P} ili pitajte za {S}.”",
           "Službena bilješka 22:10: na ulazu zatečen {N}, rođen {O}. Svjedok {I}. OIB {D}, adresa {A}.",
           "Dvije zvjezdice. {S} na blagajni bio je neljubazan, ali {N} je vratio novac na karticu {C}. Pišite na {E}.",
           "Zapisnik sastanka: prisutni {I} i {N}. Zadatak: {S} zove {P} i provjerava račun {B} prije isplate.",
           "22:14 HMP 3 prema dojavnom centru: na mjestu {A}, pozivatelj {N} tel.{P}, pacijent rođen {O}, voditelj tima {I}.",
           "Prodajem dječji bicikl, malo korišten, 40 €. Preuzimanje {A}, zvati {N} na {P} nakon 18 sati."),
    "lt": ("[08:02] klientas: laba diena, čia {N}, mano numeris {P} [08:03] konsultantas: ačiū, ar {E} dar galioja?",
           "Balso pašto žinutė 0:38 – „Laba diena, čia {N}, gyvenu {A}, perskambinkite {P} arba klauskite {S}.“",
           "Įvykio protokolas 22:10: prie įėjimo nustatytas {N}, gim. {O}. Liudytojas {I}. Asmens kodas {D}, adresas {A}.",
           "Dvi žvaigždutės. {S} prie kasos buvo nemandagus, bet {N} grąžino pinigus į kortelę {C}. Rašykite {E}.",
           "Susirinkimo protokolas: dalyvavo {I} ir {N}. Užduotis: {S} skambina {P} ir patikrina sąskaitą {B} prieš išmoką.",
           "22:14 GMP 3 dispečerinei: vietoje {A}, skambintojas {N} tel.{P}, pacientas gim. {O}, brigados vadovas {I}.",
           "Parduodu vaikišką dviratį, mažai naudotas, 40 €. Atsiimti {A}, skambinti {N} tel. {P} po 18 val."),
    "uk": ("[08:02] клієнт: добрий день, це {N}, мій номер {P} [08:03] оператор: дякую, адреса {E} ще актуальна?",
           "Голосова пошта 0:40 – «Добрий день, це {N}, живу за адресою {A}, передзвоніть на {P} або спитайте {S}.»",
           "Протокол події 22:10: біля входу виявлено {N}, дата народження {O}. Свідок {I}. РНОКПП {D}, адреса {A}.",
           "Дві зірки. {S} на касі був неввічливий, але {N} повернув гроші на картку {C}. Пишіть на {E}.",
           "Протокол наради: присутні {I} та {N}. Завдання: {S} телефонує на {P} і перевіряє рахунок {B} перед виплатою.",
           "22:14 Бригада 3 до диспетчера: на місці {A}, абонент {N} тел.{P}, пацієнт нар. {O}, старший бригади {I}.",
           "Продам дитячий велосипед, мало використовувався, 1500 грн. Самовивіз {A}, телефонуйте {N} за номером {P} після 18:00."),
    "ja": ("[08:02] お客様：{N}です。電話番号は{P}です。[08:03] 担当：ありがとうございます。メール{E}でお間違いないですか？",
           "留守番電話 0:40「お世話になっております、{N}です。住所は{A}です。{P}に折り返しお願いします。{S}さんによろしく。」",
           "事案報告 22:10 入口付近で{N}（生年月日{O}）を確認。目撃者{I}。個人番号{D}、住所{A}。",
           "星2つ。レジの{S}さんは不親切でしたが、{N}さんがカード{C}に返金してくれました。連絡先{E}。",
           "議事録：出席者 {I}、{N}。対応：{S}さんが{P}に電話し、支払い前に口座{B}を確認する。",
           "22:14 救急3号より指令センターへ：現場{A}、通報者{N} TEL{P}、傷病者生年月日{O}、隊長{I}。",
           "子供用自転車売ります、美品、4000円。引き取りは{A}まで、{N}（{P}）へ18時以降にご連絡ください。"),
    "zh": ("[08:02] 客户：你好，我是{N}，电话{P}。[08:03] 客服：谢谢，邮箱{E}还在用吗？",
           "语音留言 0:40：“您好，我是{N}，住在{A}，请回电{P}，或者找{S}经理。”",
           "事件报告 22:10：在入口处发现{N}，出生日期{O}。证人{I}。身份证号{D}，住址{A}。",
           "两星。收银台的{S}态度很差，但是{N}把钱退到了卡{C}上。联系我：{E}。",
           "会议纪要：出席{I}、{N}。任务：{S}拨打{P}，付款前核对账户{B}。",
           "22:14 急救3号呼叫调度：现场{A}，报警人{N}，电话{P}，患者出生日期{O}，组长{I}。",
           "出售儿童自行车，九成新，200元。自提地址{A}，联系人{N}，电话{P}，晚6点后联系。"),
}  # fmt: skip
_SLOT = re.compile(r"\{([NSIPEADBOC])\}")
NOTHING = ("-", "OK", "n/a", "—")

# Column-name words per language: first, last, name, email, phone, street, postcode, city, address, dob, id, notes
_KEYS = ("first", "last", "name", "email", "phone", "street", "postcode", "city", "address", "dob", "id", "notes")
_COLS = {
    "en": "first name|surname|full name|email|mobile|street|postcode|town|home address|date of birth|id number|notes",
    "de": "vorname|nachname|name|e-mail|handy|strasse|plz|ort|anschrift|geburtsdatum|ausweisnummer|bemerkung",
    "fr": "prénom|nom de famille|nom complet|courriel|portable|rue|code postal|ville|adresse|date de naissance|numéro identité|remarques",
    "es": "nombre|apellidos|nombre completo|correo|móvil|calle|código postal|localidad|domicilio|fecha nacimiento|documento|observaciones",
    "it": "nome|cognome|nominativo|posta elettronica|cellulare|via|cap|comune|indirizzo|data di nascita|codice fiscale|annotazioni",
    "nl": "voornaam|achternaam|naam|e-mailadres|mobiel|straat|postcode|plaats|adres|geboortedatum|bsn|opmerkingen",
    "sv": "förnamn|efternamn|namn|e-post|mobil|gatuadress|postnummer|ort|adress|födelsedatum|personnummer|anteckningar",
    "pl": "imię|nazwisko|imię i nazwisko|e-mail|telefon kom|ulica|kod pocztowy|miejscowość|adres|data urodzenia|pesel|uwagi",
    "pt": "primeiro nome|apelido|nome completo|correio eletrónico|telemóvel|rua|código postal|localidade|morada|data nascimento|documento|observações",
    "da": "fornavn|efternavn|navn|e-mail|mobil|vej|postnr|by|adresse|fødselsdato|cpr|bemærkninger",
    "no": "fornavn|etternavn|navn|e-post|mobil|gate|postnr|poststed|adresse|fødselsdato|fødselsnummer|merknader",
    "cs": "jméno|příjmení|celé jméno|e-mail|mobil|ulice|psč|obec|adresa|datum narození|rodné číslo|poznámka",
    "sk": "meno|priezvisko|celé meno|e-mail|mobil|ulica|psč|obec|adresa|dátum narodenia|rodné číslo|poznámka",
    "fi": "etunimi|sukunimi|nimi|sähköposti|matkapuhelin|katuosoite|postinumero|postitoimipaikka|osoite|syntymäaika|henkilötunnus|huomiot",
    "tr": "ad|soyad|ad soyad|eposta|cep tel|sokak|posta kodu|ilçe|adres|doğum tarihi|tc kimlik|notlar",
    "ro": "prenume|nume familie|nume complet|email|mobil|strada|cod postal|localitate|adresa|data nasterii|cnp|observatii",
    "el": "όνομα|επώνυμο|ονοματεπώνυμο|email|κινητό|οδός|τκ|πόλη|διεύθυνση|ημερομηνία γέννησης|αμκα|σημειώσεις",
    "hu": "keresztnév|vezetéknév|név|email cím|mobilszám|utca|irányítószám|település|lakcím|születési dátum|személyi szám|megjegyzés",
    "hr": "ime|prezime|ime i prezime|e-pošta|mobitel|ulica|poštanski broj|mjesto|adresa|datum rođenja|oib|napomena",
    "lt": "vardas|pavardė|vardas pavardė|el paštas|mobilusis|gatvė|pašto kodas|miestas|adresas|gimimo data|asmens kodas|pastabos",
    "uk": "ім'я|прізвище|піб|ел пошта|мобільний|вулиця|індекс|місто|адреса|дата народження|рнокпп|примітки",
    "ja": "名|姓|氏名|メールアドレス|携帯電話|番地|郵便番号|市区町村|住所|生年月日|個人番号|備考",
    "zh": "名|姓|姓名|电子邮箱|手机|街道|邮编|城市|地址|出生日期|身份证号|备注",
}  # fmt: skip
COLS = {lang: dict(zip(_KEYS, words.split("|"), strict=True)) for lang, words in _COLS.items()}

# Shapes: (column key, kind). Kinds decide values and labels; ``notes`` is the free-text column.
SHAPE_COLUMNS = {
    "pharmacy": ("rx", "dispensed", "name_inv", "dob", "phone", "id", "drug", "qty", "notes", "staff"),
    "gym": ("member", "first", "last", "email", "phone", "street", "postcode", "city", "plan", "joined", "iban", "notes"),
    "kyc": ("case", "name_title", "dob", "country", "id", "address", "phone", "risk", "staff", "notes", "reviewed"),
    "returns": ("ret", "name", "email", "phone", "street", "postcode", "city", "region", "card", "reason", "notes"),
    "vet": ("visit", "name", "pet", "species", "phone", "email", "address", "seen", "staff", "notes"),
    "rental": ("agreement", "first", "last", "id", "dob", "card", "branch", "email", "phone", "pickup", "notes"),
}  # fmt: skip
_PREFIX = {"pharmacy": ("pat_", "patient ", "rx_"), "gym": ("mbr_", "member_", ""), "kyc": ("kyc_", "client_", "cl "),
           "returns": ("ret_", "cust_", "sender "), "vet": ("owner_", "own ", "client_"),
           "rental": ("renter_", "drv_", "hirer ")}  # fmt: skip
_LABELS = {
    "first": ("first_name", "name"), "last": ("last_name", "name"), "name": ("name",), "name_inv": ("name",),
    "name_title": ("name",), "staff": ("name", "last_name"), "email": ("email",), "phone": ("phone_number", "fax_number"),
    "street": ("street_address", "address"), "postcode": ("postcode",), "city": ("city",),
    "address": ("address", "street_address"), "dob": ("date_of_birth",), "id": ("national_id", "ssn", "tax_id"),
    "iban": ("iban",), "card": ("credit_debit_card",), "region": "dont_care", "branch": "dont_care",
}  # fmt: skip
# Countries with IBANs and their IBAN length (the BBAN layout comes from the IBAN registry of python-stdnum).
_IBAN = {"GB": 22, "DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "SE": 24, "PL": 28, "PT": 25, "DK": 18,
         "AT": 20, "CH": 21, "CZ": 24, "FI": 18, "TR": 26, "NO": 15, "RO": 24, "GR": 27, "HU": 28, "SK": 24,
         "HR": 21, "LT": 20, "UA": 29, "BR": 29}  # fmt: skip
_DOB_FMT = {"en_US": "%m/%d/%Y", "en": "%d/%m/%Y", "de": "%d.%m.%Y", "fr": "%d/%m/%Y", "es": "%d/%m/%Y",
            "it": "%d/%m/%Y", "nl": "%d-%m-%Y", "sv": "%Y-%m-%d", "pl": "%d.%m.%Y", "pt": "%d/%m/%Y",
            "da": "%d.%m.%Y", "no": "%d.%m.%Y", "cs": "%d.%m.%Y", "sk": "%d.%m.%Y", "fi": "%d.%m.%Y",
            "tr": "%d.%m.%Y", "ro": "%d.%m.%Y", "el": "%d/%m/%Y", "hu": "%Y.%m.%d.", "hr": "%d.%m.%Y.",
            "lt": "%Y-%m-%d", "uk": "%d.%m.%Y", "ja": "%Y年%m月%d日", "zh": "%Y年%m月%d日"}  # fmt: skip
_LT_STREETS = ("Gedimino pr.", "Vilniaus g.", "Laisvės al.", "Savanorių pr.", "Žalgirio g.", "Ąžuolyno g.",
               "Taikos pr.", "Kęstučio g.", "Pylimo g.", "Liepų g.", "Ukmergės g.", "Draugystės g.")  # fmt: skip
_LT_TOWNS = ("Vilnius", "Kaunas", "Klaipėda", "Šiauliai", "Panevėžys", "Alytus", "Marijampolė", "Utena", "Telšiai",
             "Kėdainiai", "Tauragė", "Jonava")  # fmt: skip
_TR_STREETS = ("Atatürk Cad.", "Cumhuriyet Mah. Lale Sok.", "İnönü Bulvarı", "Bağdat Cad.", "Gazi Mustafa Kemal Blv.",
               "Menekşe Sok.", "Fevzi Çakmak Cad.", "Yıldız Sok.", "Kazım Karabekir Cad.", "Çınar Sok.")  # fmt: skip
_TR_TOWNS = ("Kadıköy", "Çankaya", "Bornova", "Nilüfer", "Seyhan", "Muratpaşa", "Karşıyaka", "Üsküdar", "Tepebaşı",
             "Odunpazarı", "Selçuklu", "Meram")  # fmt: skip
_SHAPE_VALUES = {
    "drug": ("Amoxicillin 500mg", "Metformin 850mg", "Ibuprofen 400mg", "Atorvastatin 20mg", "Salbutamol inh."),
    "plan": ("basic", "premium", "off-peak", "student", "family"), "risk": ("low", "medium", "high"),
    "reason": ("damaged", "wrong size", "not as described", "late", "changed mind"),
    "species": ("dog", "cat", "rabbit", "parrot", "ferret"),
    "pet": ("Max", "Bella", "Luna", "Charlie", "Milo", "Coco", "Rocky", "Daisy", "Oscar", "Lily", "Simba", "Nala"),
    "country": ("DE", "FR", "GB", "US", "PL", "IT", "ES", "NL", "TR", "UA"),
}  # fmt: skip


@dataclass
class Table:
    """One labelled table: the frame, column labels, the notes column and each note's entity spans."""

    frame: pd.DataFrame
    labels: dict
    notes_column: str
    notes: list[list[tuple[str, str]]] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)
    shape: str = ""


def region(locale: str) -> str:
    """The phone/IBAN country of a locale (``phonenumbers`` region code)."""
    return locale.split("_")[1]


def _stable(*parts: object) -> int:
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:12], 16)


def template_literals(locale: str) -> dict[str, list[str]]:
    """Per note form, the template's own text between the entity slots."""
    return {form: [s for s in _SLOT.split(t)[0::2] if s] for form, t in zip(FORMS, T[LANG[locale]], strict=True)}


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii() and (c.isalnum() or c in ".-"))


def _iban(rng: random.Random, country: str) -> str:
    """An IBAN a bank could issue: the registry's BBAN layout, national check digits (ES, NO, ...), mod-97 check."""
    layout = stdnum_iban._ibandb.info(country)[0][1]["bban"]
    for _ in range(5000):
        bban = ""
        for count, kind in re.findall(r"(\d+)!([nac])", layout):
            pool = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if kind == "a" else "0123456789"
            bban += "".join(rng.choice(pool) for _ in range(int(count)))
        number = country + stdnum_iban.calc_check_digits(country + "00" + bban) + bban
        if stdnum_iban.is_valid(number):
            return number
    raise ValueError(f"no valid {country} IBAN drawn")


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _national_id(fake: Faker, rng: random.Random, locale: str, born: date) -> str:
    """A national id in the country's own layout (Faker's where it has one, else built here)."""
    yymmdd = born.strftime("%y%m%d")
    if locale == "en_GB":
        return f"{rng.choice('ABCEGHJKLMNPRSTWXYZ')}{rng.choice('ABCEGHJKLMNPRSTWXYZ')} {_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)} {rng.choice('ABCD')}"
    if locale == "de_DE":
        return f"{rng.randint(10, 79)} {yymmdd[4:]}{yymmdd[2:4]}{yymmdd[:2]} {_ascii(fake.last_name())[:1].upper() or 'M'} {_digits(rng, 3)}"
    if locale == "es_ES":
        n = rng.randint(10_000_000, 99_999_999)
        return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
    if locale == "pt_PT":
        body = [rng.randint(1, 2)] + [rng.randint(0, 9) for _ in range(7)]
        check = 11 - sum(d * w for d, w in zip(body, range(9, 1, -1), strict=True)) % 11
        return "".join(map(str, body)) + str(0 if check >= 10 else check)
    if locale == "da_DK":
        return f"{born.strftime('%d%m%y')}-{_digits(rng, 4)}"
    if locale == "en_AU":
        return f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}"
    if locale == "en_IN":
        return f"{rng.randint(2, 9)}{_digits(rng, 3)} {_digits(rng, 4)} {_digits(rng, 4)}"
    if locale == "fr_CA":
        return f"{rng.randint(1, 7)}{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}"
    if locale in ("cs_CZ", "sk_SK"):  # rodné číslo: 10 digits divisible by 11 (women: month + 50)
        month = born.month + (50 if rng.random() < 0.5 else 0)
        base = f"{born:%y}{month:02d}{born:%d}{_digits(rng, 3)}"
        return f"{base[:6]}/{base[6:]}{int(base) % 11 % 10}"
    if locale == "ja_JP":
        return f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}"
    if locale == "lt_LT":
        return f"{rng.choice('3456')}{yymmdd}{_digits(rng, 4)}"
    if locale == "pl_PL":  # PESEL: Faker's draws its birth date up to the current second
        month = born.month + (20 if born.year >= 2000 else 0)
        body = f"{born:%y}{month:02d}{born:%d}{_digits(rng, 4)}"
        total = sum(int(d) * w for d, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9, 1, 3), strict=True))
        return body + str(-total % 10)
    if locale == "de_AT":  # SVNR: serial, check digit, ddmmyy
        while True:
            serial, tail = _digits(rng, 3), born.strftime("%d%m%y")
            check = sum(int(d) * w for d, w in zip(serial + tail, (3, 7, 9, 5, 8, 4, 2, 1, 6), strict=True)) % 11
            if check < 10 and serial[0] != "0":
                return f"{serial}{check}{tail}"
    if locale == "el_GR":  # AMKA: ddmmyy + 4 digits + Luhn digit
        body = [int(d) for d in born.strftime("%d%m%y") + _digits(rng, 4)]
        total = sum(d if i % 2 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(reversed(body)))
        return "".join(map(str, body)) + str(-total % 10)
    if locale == "uk_UA":  # RNOKPP: days since 1899-12-31, serial, check digit
        body = f"{(born - date(1899, 12, 31)).days:05d}{_digits(rng, 4)}"
        total = sum(int(d) * w for d, w in zip(body, (-1, 5, 7, 9, 4, 6, 10, 5, 7), strict=True))
        return body + str(total % 11 % 10)
    if locale == "pt_BR":
        return fake.cpf()
    if locale == "es_MX":
        return fake.curp()
    return str(fake.ssn())


def _phone(fake: Faker, rng: random.Random, locale: str, layout: str) -> str:
    reg = region(locale)
    raw = fake.phone_number()
    for _ in range(30):
        try:
            parsed = phonenumbers.parse(raw, reg)
            if phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == reg:
                break
        except phonenumbers.NumberParseException:
            pass
        raw = fake.phone_number()
    else:
        return raw
    parsed.extension = None  # an extension identifies no one: only Faker's raw layout keeps it
    if layout == "intl":
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if layout == "e164":
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    if layout == "national":
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    if layout == "digits":
        return re.sub(r"\D", "", phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL))
    if layout == "dots":
        return re.sub(r"[\s\-()]+", ".", phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL))
    return raw


def _street(fake: Faker, rng: random.Random, locale: str) -> str:
    if locale == "lt_LT":
        return f"{rng.choice(_LT_STREETS)} {rng.randint(1, 140)}" + (f"-{rng.randint(1, 60)}" if rng.random() < 0.5 else "")
    if locale == "tr_TR":
        return f"{rng.choice(_TR_STREETS)} No: {rng.randint(1, 120)} D: {rng.randint(1, 24)}"
    if locale == "ja_JP":
        return f"{fake.town()}{rng.randint(1, 9)}-{rng.randint(1, 30)}-{rng.randint(1, 20)}"
    return re.sub(r"\s*\n\s*", ", ", fake.street_address()).strip()


def _city(fake: Faker, rng: random.Random, locale: str) -> str:
    if locale == "lt_LT":
        return rng.choice(_LT_TOWNS)
    if locale == "tr_TR":
        return rng.choice(_TR_TOWNS)
    return fake.city()


def _postcode(fake: Faker, rng: random.Random, locale: str) -> str:
    if locale == "lt_LT":
        return f"LT-{_digits(rng, 5)}"
    if locale == "tr_TR":
        return f"{rng.randint(1, 81):02d}{_digits(rng, 3)}"
    return str(fake.postcode())


@dataclass
class _Person:
    first: str
    last: str
    born: date
    email: str


def _person(fake: Faker, rng: random.Random, locale: str) -> _Person:
    first, last = fake.first_name(), fake.last_name()
    born = date.fromordinal(rng.randint(date(1938, 1, 1).toordinal(), date(2006, 12, 31).toordinal()))
    a, b = _ascii(first).lower(), _ascii(last).lower().replace(" ", "")
    if locale in CJK or not a or not b or rng.random() < 0.4:
        email = fake.email()
    else:
        email = f"{rng.choice((f'{a}.{b}', f'{a[0]}{b}', f'{b}{rng.randint(1, 99)}'))}@{fake.free_email_domain()}"
    return _Person(first, last, born, email)


def _full(p: _Person, locale: str, style: str = "title") -> str:
    """A person's name as written in ``style`` (``title``, ``lower``, ``upper``, ``inverted``)."""
    if locale in CJK:
        return f"{p.last}{p.first}" if locale == "zh_CN" or style != "title" else f"{p.last} {p.first}"
    words = f"{p.last} {p.first}" if locale == "hu_HU" else f"{p.first} {p.last}"
    if style == "inverted":
        words = f"{p.last.upper() if LANG[locale] == 'fr' else p.last}, {p.first}"
    return {"lower": words.lower(), "upper": words.upper()}.get(style, words)


def _dob(p: _Person, locale: str, rng: random.Random) -> str:
    fmt = _DOB_FMT.get(locale, _DOB_FMT[LANG[locale]])
    return p.born.isoformat() if rng.random() < 0.25 else p.born.strftime(fmt)


def _card(fake: Faker, rng: random.Random) -> str:
    """A Luhn-valid Visa or Mastercard number (Faker's card types differ by locale)."""
    body = [int(c) for c in rng.choice(("4", "51", "52", "53", "54", "55"))]
    body += [rng.randint(0, 9) for _ in range(15 - len(body))]
    total = sum(d if i % 2 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(reversed(body)))
    digits = "".join(map(str, body)) + str(-total % 10)
    return " ".join(digits[i : i + 4] for i in range(0, 16, 4)) if rng.random() < 0.5 else digits


def _note(fake: Faker, rng: random.Random, locale: str, row: _Person) -> tuple[str, list[tuple[str, str]], str]:
    """One note of a random form: its text, its entity spans (as scored) and its form."""
    if rng.random() < 0.1:
        return rng.choice(NOTHING), [], ""
    lang = LANG[locale]
    form_index = rng.randrange(len(FORMS))
    template = T[lang][form_index]
    form = FORMS[form_index]
    reg = region(locale)
    out: list[str] = []
    truth: list[tuple[str, str]] = []
    for i, piece in enumerate(_SLOT.split(template)):
        if i % 2 == 0:
            out.append(piece)
            continue
        if piece == "N":
            p = row if rng.random() < 0.5 else _person(fake, rng, locale)
            weights = {"chat": (2, 5, 1, 1), "incident": (3, 1, 4, 3), "dispatch": (2, 1, 5, 2), "classified": (5, 3, 1, 1)}.get(form, (6, 1, 1, 2))
            style = rng.choices(("title", "lower", "upper", "inverted"), weights=weights)[0]
            text = _full(p, locale, style)
            titles = TITLES[lang]
            if titles and style == "title" and rng.random() < 0.25:
                text = f"{rng.choice(titles)} {text}"
            value = text if locale in CJK else " ".join(w for w in re.split(r"[\s,]+", _full(p, locale, style)) if w)
            truth.append(("name", value))
        elif piece in ("S", "I"):
            last = _person(fake, rng, locale).last
            if locale in CJK:
                text = last
            elif piece == "S":
                titles = TITLES[lang]
                text = f"{rng.choice(titles)} {last}" if titles else last
                if rng.random() < 0.2:
                    text, last = text.lower(), last.lower()
            else:
                text = f"{_person(fake, rng, locale).first[0]}. {last}"
            truth.append(("last_name", last))
        elif piece == "P":
            text = _phone(fake, rng, locale, rng.choice(("intl", "national", "digits", "raw", "e164")))
            truth.append(("phone_number", text))
        elif piece == "E":
            text = row.email if rng.random() < 0.5 else _person(fake, rng, locale).email
            truth.append(("email", text))
        elif piece == "A":
            text = _street(fake, rng, locale)
            truth.append(("street_address", text))
        elif piece == "D":
            text = _national_id(fake, rng, locale, row.born)
            truth.append(("ssn" if locale == "en_US" else "national_id", text))
        elif piece == "B":
            if reg in _IBAN:
                text = _iban(rng, reg)
                if rng.random() < 0.4:
                    text = " ".join(text[j : j + 4] for j in range(0, len(text), 4))
                truth.append(("iban", text))
            else:
                text = _card(fake, rng)
                truth.append(("credit_debit_card", text))
        elif piece == "O":
            text = _dob(row, locale, rng)
            truth.append(("date_of_birth", text))
        else:  # C
            text = _card(fake, rng)
            truth.append(("credit_debit_card", text))
        out.append(text)
    return "".join(out), truth, form


def _column_name(lang: str, key: str, shape: str, rng: random.Random) -> str:
    """A column name in the locale's language (sometimes English), prefixed, suffixed or re-cased."""
    words = COLS[lang] if rng.random() < 0.7 else COLS["en"]
    base = words.get(key, key)
    if key not in ("notes",) and rng.random() < 0.5:
        base = rng.choice(_PREFIX[shape]) + base
    if rng.random() < 0.2:
        base += rng.choice(("_1", " (primary)", "_txt", "_v2"))
    style = rng.random()
    if style < 0.3:
        return re.sub(r"\s+", "_", base.lower())
    if style < 0.45:
        return base.upper()
    if style < 0.6:
        return base.title()
    return base


_KIND_KEY = {"first": "first", "last": "last", "name": "name", "name_inv": "name", "name_title": "name",
             "email": "email", "phone": "phone", "street": "street", "postcode": "postcode", "city": "city",
             "address": "address", "dob": "dob", "id": "id", "notes": "notes"}  # fmt: skip
_OTHER_NAMES = {"staff": "staff", "iban": "iban", "card": "card number", "region": "region", "branch": "branch",
                "country": "nationality", "drug": "drug", "qty": "qty", "plan": "plan", "risk": "risk rating",
                "reason": "reason", "species": "species", "pet": "pet name", "rx": "rx no", "member": "member no",
                "case": "case ref", "ret": "return id", "visit": "visit id", "agreement": "agreement no",
                "dispensed": "dispensed on", "joined": "joined", "reviewed": "reviewed on", "seen": "seen on",
                "pickup": "pickup date"}  # fmt: skip


def heldout10_table(locale: str, seed: int, n: int = N_ROWS) -> Table:
    """The set-10 table of ``locale`` and ``seed``: ``n`` rows of one export shape, labelled."""
    lang = LANG[locale]
    rng = random.Random(_stable("set10", locale, seed))
    fake = Faker(locale)
    fake.seed_instance(_stable("faker", locale, seed) % 2**31)
    shape = SHAPES[(LOCALES.index(locale) * 2 + SEEDS.index(seed)) % len(SHAPES)]
    kinds = SHAPE_COLUMNS[shape]
    names: dict[str, str] = {}
    for kind in kinds:
        key = _KIND_KEY.get(kind)
        name = _column_name(lang, key, shape, rng) if key else _OTHER_NAMES[kind]
        while name in names.values():
            name += "_2"
        names[kind] = name
    case = {k: rng.choice(("title", "title", "lower", "upper")) for k in ("first", "last", "name")}
    phone_layout = rng.choice(("intl", "national", "digits", "raw", "e164", "dots"))
    staff = [_person(fake, rng, locale) for _ in range(6)]
    titles = TITLES[lang]
    rows, notes, forms = [], [], []
    for i in range(n):
        p = _person(fake, rng, locale)
        street, postcode, city = _street(fake, rng, locale), _postcode(fake, rng, locale), _city(fake, rng, locale)
        row: dict[str, object] = {}
        for kind in kinds:
            if kind == "first":
                v: object = {"lower": p.first.lower(), "upper": p.first.upper()}.get(case["first"], p.first)
            elif kind == "last":
                v = {"lower": p.last.lower(), "upper": p.last.upper()}.get(case["last"], p.last)
            elif kind == "name":
                v = _full(p, locale, case["name"])
            elif kind == "name_inv":
                v = _full(p, locale, "inverted")
            elif kind == "name_title":
                v = f"{rng.choice(titles)} {_full(p, locale)}" if titles else _full(p, locale)
            elif kind == "staff":
                s = staff[i % len(staff)]
                v = s.last if locale in CJK else f"{s.first[0]}. {s.last}" if shape != "vet" else f"Dr. {s.last}"
            elif kind == "email":
                v = p.email.upper() if case["name"] == "upper" and rng.random() < 0.3 else p.email
            elif kind == "phone":
                v = _phone(fake, rng, locale, phone_layout)
            elif kind == "street":
                v = street
            elif kind == "postcode":
                v = postcode
            elif kind == "city":
                v = city
            elif kind == "address":
                if locale in CJK:
                    v = f"{postcode} {city}{street}"
                elif lang == "en" or locale in ("fr_CA", "pt_BR"):
                    v = f"{street}, {city} {postcode}"
                else:
                    v = f"{street}, {postcode} {city}"
            elif kind == "dob":
                v = p.born.isoformat() if shape == "kyc" else p.born.strftime(_DOB_FMT.get(locale, _DOB_FMT[lang]))
            elif kind == "id":
                v = _national_id(fake, rng, locale, p.born)
            elif kind == "iban":
                v = _iban(rng, region(locale)) if region(locale) in _IBAN else None
            elif kind == "card":
                v = _card(fake, rng)
            elif kind in ("region",):
                v = fake.state() if hasattr(fake, "state") else fake.city()
            elif kind == "branch":
                v = _city(fake, random.Random(i % 5), locale)
            elif kind in _SHAPE_VALUES:
                v = rng.choice(_SHAPE_VALUES[kind])
            elif kind == "qty":
                v = rng.choice((14, 28, 30, 56, 90))
            elif kind in ("dispensed", "joined", "reviewed", "seen", "pickup"):
                v = date.fromordinal(date(2023, 1, 1).toordinal() + rng.randint(0, 700)).isoformat()
            elif kind == "notes":
                text, truth, form = _note(fake, rng, locale, p)
                v = text
                notes.append(truth)
                forms.append(form)
            else:  # reference numbers
                v = f"{kind[:3].upper()}-{rng.randint(100000, 999999)}"
            row[names[kind]] = v
        rows.append(row)
    frame = pd.DataFrame(rows)
    labels = {names[k]: _LABELS.get(k) for k in kinds if k != "notes"}
    if "iban" in kinds and region(locale) not in _IBAN:
        frame = frame.drop(columns=[names["iban"]])
        labels.pop(names["iban"])
    return Table(frame, labels, names["notes"], notes, forms, shape)
