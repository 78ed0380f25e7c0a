"""Held-out set 15: free-text note genres and their rendering with labels.

English genres new to the sets (GP telephone triage, Teams/Slack channel export, helpdesk ticket comments,
a transcribed handwritten intake form, probation supervision notes, a quoted e-mail reply chain, a
lost-and-found log, crowdfunding backer messages, student-housing viewing feedback, an allotment plot
inspection log), a handwritten intake with the language's own field labels (every locale), and ticket
comments and telephone triage in the locale's own language (de fr es it nl pt pl sv da no fi cs tr ru uk ja
zh ko id vi). Placeholders: people ``{name}`` (first and last), ``{inv}`` (``Surname, First``), ``{first}``,
``{last_t}`` (title and surname), ``{init}`` (initial and surname), ``{other}``/``{other_t}`` (a second
person); ``{street}`` (street line), ``{addr}`` (street, postcode and town), ``{phone}``, ``{phone2}``,
``{email}``, ``{nid}``, ``{iban}``, ``{card}``, ``{dob}``; not personal: ``{ref}``, ``{date}``, ``{time}``,
``{amount}``, ``{room}``, ``{plot}``, ``{n}``.
"""

from __future__ import annotations

import re

ENGLISH: dict[str, list[str]] = {
    "gp triage": [
        "TRIAGE {date} {time} - {name} (DOB {dob}) rang re chest tightness since last night, no SOB at rest. lives "
        "alone at {street}. callback on {phone} within 1hr. id {nid} confirmed. booked f2f with {other_t} 11:20.",
        "tel triage: caller {inv}, dob {dob}, c/o rash + fever x2 days. safety-netted, advised 111 if worse. pref "
        "contact {email}, alt no. {phone}. daughter {other} present on speaker.",
        "Call back req. {last_t} says the inhaler ran out, repeat sent to pharmacy. Confirmed address {addr} and "
        "mobile {phone}. Next review {date}.",
    ],
    "teams export": [
        "[{time}] {other}: has anyone got a working number for {name}? the one on file ({phone}) goes straight to "
        "voicemail\n[{time}] {other}: try {email}, they moved to {street} last month\n[{time}] {other}: cheers, done",
        "[{time}] {other}: fyi {init} came in about the deposit, wants it paid to {iban} instead\n[{time}] {other}: "
        "ok, can you check dob {dob} against the file first? thx",
        "[{date} {time}] {other}: new starter {name} - id {nid}, lives at {addr}\n[{time}] {other}: added to the "
        "rota, ping {phone} if anything changes",
    ],
    "ticket comments": [
        "#{ref} comment by {other} ({date}): customer {name} says the payment from {iban} was taken twice. asked "
        "them to confirm DOB {dob} before refund. status -> pending",
        "Internal note: {last_t} called back from {phone}, wants the invoice re-sent to {email} not the old address. "
        "Ticket {ref}, priority low.",
        "{date} - escalated. {inv} disputes the charge on card {card}. Lives at {street}, says nobody there on "
        "the delivery day. Reply sent.",
    ],
    "handwritten intake": [
        "NAME: {name}\nD.O.B: {dob}\nADDRESS: {addr}\nTEL: {phone} (mob)\nID NO: {nid}\nSIGNED: [illegible] {date}"
        "\n-- transcribed by {other}",
        "Surname/First: {inv}   born {dob}\nhome: {street} [smudged] \nphone {phone} or {phone2}\nemail {email}\n"
        "next of kin: {other} (sister)",
    ],
    "probation note": [
        "Supervision {date}: {name} attended on time. Reports living at {street} with partner, not yet confirmed by "
        "home visit. New mobile {phone}. Reminded of curfew. Next appt {date} with {other_t}.",
        "Missed appt. Called {phone} twice, no answer. Letter sent to {addr}. {last_t}'s id {nid} checked, nothing "
        "new recorded.",
        "{init} reports a new job at the depot from {date}. Employer contact {other}. DOB on file {dob} matches. "
        "Review in 4 weeks.",
    ],
    "reply chain": [
        "Thanks {first}, that works for us.\n\n> On {date}, {name} <{email}> wrote:\n> Hi, my new address is "
        "{addr} and my phone is {phone}.\n> Kind regards",
        "Noted, updated.\n-----Original Message-----\nFrom: {email}\nSent: {date}\nSubject: change of details\n"
        "Please use {phone} from now on. My id is {nid} if you need it. Thanks, {name}",
    ],
    "lost and found": [
        "{date} {time} | found: black wallet, level 2 | contains card {card} and licence in the name of {name}, "
        "{street} | owner phoned {phone}, collected {date} (id seen)",
        "Item: blue umbrella and keys. Claimed by {inv} ({email}). Says they live near {street}. Ref {ref}.",
        "phone found in room {room}, lock screen shows {first}; rang the emergency no {phone}, {other} will collect",
    ],
    "backer message": [
        "hey it's {name}! please ship my reward to {addr}, not my old place. reach me on {phone} if the courier "
        "needs it",
        "Pledge {ref}: backer {last_t} asked us to refund to {iban} instead of the card. email {email}.",
        "backer {inv} (born {dob}) wants the limited edition, moved to {street}, new no. {phone}",
    ],
    "viewing feedback": [
        "Viewing {date}: {name} and parent {other} viewed room {room}. Liked it. Guarantor will be {other_t}, tel "
        "{phone}. Current address {addr}.",
        "{init} did not turn up to the {time} viewing. Texted {phone}, emailed {email}. Re-offered {room}.",
    ],
    "plot inspection": [
        "Plot {plot} inspected {date}: overgrown at rear, shed door missing. Tenant {inv} notified by text to {phone}. "
        "Second warning letter to {street}.",
        "{plot} - good order. {last_t} asks about the water trough; lives at {addr}, email {email}.",
    ],
}

# Ticket comments and telephone triage in the locale's own language.
LOCAL: dict[str, dict[str, list[str]]] = {
    "de": {
        "ticket": [
            "Kommentar {other} ({date}): Kundin {name} meldet doppelte Abbuchung von {iban}. Rückruf unter "
            "{phone} vereinbart, Geburtsdatum {dob} geprüft.",
            "{last_t} hat angerufen, neue Anschrift {addr}, Rechnung bitte an {email}. Ticket {ref}.",
        ],
        "triage": [
            "Telefonnotiz {date}: {inv}, geb. {dob}, klagt über Schwindel. Wohnt {street}. Rückruf {phone}.",
            "Anruf von {name} wegen Rezept, Steuer-ID {nid} angegeben, erreichbar unter {phone}.",
        ],
    },
    "fr": {
        "ticket": [
            "Commentaire de {other} ({date}) : {name} signale un double prélèvement sur {iban}. Rappel au "
            "{phone}, date de naissance {dob} vérifiée.",
            "{last_t} a appelé : nouvelle adresse {addr}, facture à envoyer à {email}. Ticket {ref}.",
        ],
        "triage": [
            "Appel du {date} : {inv}, né(e) le {dob}, vertiges depuis hier. Habite {street}. Rappeler au {phone}.",
            "{name} demande un renouvellement, n° {nid}, joignable au {phone}.",
        ],
    },
    "es": {
        "ticket": [
            "Comentario de {other} ({date}): {name} reclama un cargo doble en {iban}. Devolver llamada al "
            "{phone}, fecha de nacimiento {dob} comprobada.",
            "Llamó {last_t}: nueva dirección {addr}, factura a {email}. Incidencia {ref}.",
        ],
        "triage": [
            "Llamada {date}: {inv}, nacido el {dob}, mareos desde ayer. Vive en {street}. Llamar al {phone}.",
            "{name} pide receta, documento {nid}, teléfono {phone}.",
        ],
    },
    "it": {
        "ticket": [
            "Commento di {other} ({date}): {name} segnala un doppio addebito su {iban}. Richiamare al "
            "{phone}, data di nascita {dob} verificata.",
            "Ha chiamato {last_t}: nuovo indirizzo {addr}, fattura a {email}. Ticket {ref}.",
        ],
        "triage": [
            "Telefonata del {date}: {inv}, nato il {dob}, capogiri da ieri. Abita in {street}. Richiamare al {phone}.",
            "{name} chiede la ricetta, codice {nid}, cellulare {phone}.",
        ],
    },
    "nl": {
        "ticket": [
            "Opmerking van {other} ({date}): {name} meldt een dubbele afschrijving van {iban}. Terugbellen op "
            "{phone}, geboortedatum {dob} gecontroleerd.",
            "{last_t} belde: nieuw adres {addr}, factuur naar {email}. Ticket {ref}.",
        ],
        "triage": [
            "Telefoonnotitie {date}: {inv}, geb. {dob}, duizelig sinds gisteren. Woont {street}. Terugbellen {phone}.",
            "{name} vraagt herhaalrecept, BSN {nid}, bereikbaar op {phone}.",
        ],
    },
    "pt": {
        "ticket": [
            "Comentário de {other} ({date}): {name} reclama débito duplicado em {iban}. Ligar para {phone}, "
            "data de nascimento {dob} confirmada.",
            "{last_t} ligou: nova morada {addr}, fatura para {email}. Pedido {ref}.",
        ],
        "triage": [
            "Chamada {date}: {inv}, nascido a {dob}, tonturas desde ontem. Mora na {street}. Ligar {phone}.",
            "{name} pede receita, NIF {nid}, telefone {phone}.",
        ],
    },
    "pl": {
        "ticket": [
            "Komentarz {other} ({date}): {name} zgłasza podwójne obciążenie konta {iban}. Oddzwonić na "
            "{phone}, data urodzenia {dob} sprawdzona.",
            "Dzwonił(a) {last_t}: nowy adres {addr}, faktura na {email}. Zgłoszenie {ref}.",
        ],
        "triage": [
            "Notatka z rozmowy {date}: {inv}, ur. {dob}, zawroty głowy od wczoraj. Mieszka {street}. "
            "Oddzwonić {phone}.",
            "{name} prosi o receptę, PESEL {nid}, tel. {phone}.",
        ],
    },
    "sv": {
        "ticket": [
            "Kommentar från {other} ({date}): {name} har dragits två gånger från {iban}. Ring upp på "
            "{phone}, födelsedatum {dob} kontrollerat.",
            "{last_t} ringde: ny adress {addr}, fakturan till {email}. Ärende {ref}.",
        ],
        "triage": [
            "Telefonanteckning {date}: {inv}, född {dob}, yrsel sedan igår. Bor på {street}. Ring {phone}.",
            "{name} vill förnya recept, personnummer {nid}, nås på {phone}.",
        ],
    },
    "da": {
        "ticket": [
            "Kommentar fra {other} ({date}): {name} er trukket to gange fra {iban}. Ring tilbage på {phone}, "
            "fødselsdato {dob} tjekket.",
            "{last_t} ringede: ny adresse {addr}, faktura til {email}. Sag {ref}.",
        ],
        "triage": [
            "Telefonnotat {date}: {inv}, født {dob}, svimmel siden i går. Bor {street}. Ring {phone}.",
            "{name} ønsker fornyet recept, CPR {nid}, tlf. {phone}.",
        ],
    },
    "no": {
        "ticket": [
            "Kommentar fra {other} ({date}): {name} er trukket to ganger fra {iban}. Ring tilbake på {phone}, "
            "fødselsdato {dob} sjekket.",
            "{last_t} ringte: ny adresse {addr}, faktura til {email}. Sak {ref}.",
        ],
        "triage": [
            "Telefonnotat {date}: {inv}, født {dob}, svimmel siden i går. Bor i {street}. Ring {phone}.",
            "{name} ber om resept, fødselsnummer {nid}, mobil {phone}.",
        ],
    },
    "fi": {
        "ticket": [
            "Kommentti {other} ({date}): {name} ilmoittaa kaksoisveloituksesta tililtä {iban}. Soita "
            "{phone}, syntymäaika {dob} tarkistettu.",
            "{last_t} soitti: uusi osoite {addr}, lasku osoitteeseen {email}. Tiketti {ref}.",
        ],
        "triage": [
            "Puhelinmuistio {date}: {inv}, syntynyt {dob}, huimausta eilisestä. Asuu {street}. Soita {phone}.",
            "{name} pyytää reseptiä, hetu {nid}, puhelin {phone}.",
        ],
    },
    "cs": {
        "ticket": [
            "Komentář {other} ({date}): {name} hlásí dvojí stržení z účtu {iban}. Zavolat na {phone}, datum "
            "narození {dob} ověřeno.",
            "Volal(a) {last_t}: nová adresa {addr}, fakturu na {email}. Tiket {ref}.",
        ],
        "triage": [
            "Telefonický záznam {date}: {inv}, nar. {dob}, závratě od včera. Bydlí {street}. Volat {phone}.",
            "{name} žádá recept, rodné číslo {nid}, tel. {phone}.",
        ],
    },
    "tr": {
        "ticket": [
            "{other} yorumu ({date}): {name} {iban} hesabından iki kez çekim yapıldığını bildirdi. {phone} "
            "numarasından geri aranacak, doğum tarihi {dob} kontrol edildi.",
            "{last_t} aradı: yeni adres {addr}, fatura {email} adresine. Kayıt {ref}.",
        ],
        "triage": [
            "Telefon notu {date}: {inv}, doğum {dob}, dünden beri baş dönmesi. Adres {street}. Geri ara {phone}.",
            "{name} reçete istiyor, TC {nid}, cep {phone}.",
        ],
    },
    "ru": {
        "ticket": [
            "Комментарий {other} ({date}): {name} сообщает о двойном списании, карта {card}. Перезвонить "
            "{phone}, дата рождения {dob} проверена.",
            "Звонил(а) {last_t}: новый адрес {addr}, счёт на {email}. Заявка {ref}.",
        ],
        "triage": [
            "Телефонная запись {date}: {inv}, {dob} г.р., головокружение со вчерашнего дня. Живёт: {street}. "
            "Перезвонить {phone}.",
            "{name} просит рецепт, ИНН {nid}, тел. {phone}.",
        ],
    },
    "uk": {
        "ticket": [
            "Коментар {other} ({date}): {name} повідомляє про подвійне списання з {iban}. Передзвонити "
            "{phone}, дату народження {dob} перевірено.",
            "Телефонував(ла) {last_t}: нова адреса {addr}, рахунок на {email}. Заявка {ref}.",
        ],
        "triage": [
            "Запис дзвінка {date}: {inv}, нар. {dob}, запаморочення з учора. Мешкає: {street}. Передзвонити {phone}.",
            "{name} просить рецепт, РНОКПП {nid}, тел. {phone}.",
        ],
    },
    "ja": {
        "ticket": [
            "{date} {other}コメント：{name}様より二重引き落としの連絡（カード{card}）。{phone}へ折り返し、"
            "生年月日{dob}確認済み。",
            "{name}様から電話。新住所{addr}、請求書は{email}へ。受付番号{ref}。",
        ],
        "triage": [
            "電話メモ {date}：{name}さん（{dob}生）昨日からめまい。住所{street}。{phone}に折り返し。",
            "{name}様 処方の再発行希望、マイナンバー{nid}、連絡先{phone}。",
        ],
    },
    "zh": {
        "ticket": [
            "{date} {other}备注：{name}反映银行卡{card}被重复扣款，请回电{phone}，出生日期{dob}已核对。",
            "{name}来电：新地址{addr}，发票请发到{email}。工单{ref}。",
        ],
        "triage": [
            "电话记录 {date}：{name}，出生日期{dob}，昨天起头晕。住址{street}。回电{phone}。",
            "{name}要求续方，身份证号{nid}，手机{phone}。",
        ],
    },
    "ko": {
        "ticket": [
            "{date} {other} 메모: {name} 고객 이중 결제 문의 (카드 {card}). {phone} 으로 회신, 생년월일 {dob} 확인.",
            "{name} 고객 전화: 새 주소 {addr}, 청구서는 {email} 로. 접수번호 {ref}.",
        ],
        "triage": [
            "전화 메모 {date}: {name} ({dob} 생) 어제부터 어지러움. 주소 {street}. {phone} 회신 요망.",
            "{name} 처방 재발급 요청, 주민번호 {nid}, 연락처 {phone}.",
        ],
    },
    "id": {
        "ticket": [
            "Komentar {other} ({date}): {name} melaporkan tagihan ganda di kartu {card}. Telepon balik ke "
            "{phone}, tgl lahir {dob} sudah dicek.",
            "{last_t} menelepon: alamat baru {addr}, tagihan ke {email}. Tiket {ref}.",
        ],
        "triage": [
            "Catatan telepon {date}: {inv}, lahir {dob}, pusing sejak kemarin. Tinggal di {street}. Hubungi {phone}.",
            "{name} minta resep ulang, NIK {nid}, HP {phone}.",
        ],
    },
    "vi": {
        "ticket": [
            "Ghi chú của {other} ({date}): {name} báo bị trừ tiền hai lần, thẻ {card}. Gọi lại {phone}, đã "
            "kiểm tra ngày sinh {dob}.",
            "{last_t} gọi: địa chỉ mới {addr}, gửi hóa đơn về {email}. Phiếu {ref}.",
        ],
        "triage": [
            "Ghi chú cuộc gọi {date}: {inv}, sinh ngày {dob}, chóng mặt từ hôm qua. Ở {street}. Gọi lại {phone}.",
            "{name} xin cấp lại đơn thuốc, CCCD {nid}, SĐT {phone}.",
        ],
    },
}

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def intake_template(labels: dict[str, list[str]]) -> str:
    """A transcribed handwritten intake form with the language's field labels (``COLUMNS`` of the language)."""
    return (
        f"{labels['name'][0].upper()}: {{name}}\n{labels['dob'][0]}: {{dob}}\n{labels['address'][0]}: {{addr}}\n"
        f"{labels['phone'][0]}: {{phone}} / [illegible]\n{labels['email'][0]}: {{email}}\n"
        f"{labels['nid'][0]}: {{nid}}\n[signature] {{date}}"
    )


def render(template: str, fields: dict[str, tuple[str, str | None, str | None]]) -> tuple[str, list[tuple[str, str]]]:
    """``template`` with each ``{placeholder}`` replaced by ``fields[name][0]``; the labels are
    ``(entity, value)`` of every personal placeholder (``fields[name][1:]``), one per occurrence."""
    labels: list[tuple[str, str]] = []

    def sub(m: re.Match) -> str:
        text, entity, value = fields[m.group(1)]
        if entity:
            labels.append((entity, value or text))
        return text

    return _PLACEHOLDER.sub(sub, template), labels
