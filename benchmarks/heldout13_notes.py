"""Held-out set 13: note templates (English genres and the locales' own) and the rendering of a note
with its labelled spans (split out of ``bench_pii_heldout13_tables.py``; nothing here changed a table).
"""

# ruff: noqa: E501  (templates, vocabularies and address lists read best one per line)
from __future__ import annotations

import random
import re

from heldout13_base import CJK, FIRST7, LANG, Person
from heldout13_ids import render_phone
from heldout13_language import VOCAB
from heldout13_people import _cased, _titled, dob_text, full_address, full_name, title_of
from heldout_common import template_parts

# ---------------------------------------------------------------- data: note templates
# (form, case, text): case "lower"/"upper" writes the names/streets/towns of the note in that case (the
# template's own words are already written so). Placeholders: {name} {inv} (Surname, First) {tname} (title +
# name) {tlast} (title + surname) {init} (initial + surname) {first}; {oname} {otlast} {oinv} another person;
# {street} {addr} {ostreet}; {phone} {ophone} {email} {nid} {iban} {card} {dob}.

EN_TEMPLATES = [
    ("dispatcher log", "lower", "21:14 job 4471 - pickup {street} for {tname}, cb {phone}. driver 12 en route, eta 9 mins"),
    ("dispatcher log", "lower", "caller {name} rang from {phone}, says her husband fell outside {street}. neighbour {oname} waiting with him. crew tasked"),
    ("dispatcher log", "upper", "CALLER {name} AT {addr} REPORTS SMOKE FROM NEXT DOOR. CALLBACK {phone}. DOB {dob} GIVEN FOR WELFARE CHECK"),
    ("dispatcher log", "", "22:40 welfare check requested by {oname} ({ophone}) for {inv}, last seen at {street}. No answer on {phone}."),
    ("home-visit note", "", "Visited {tname} at home ({addr}) with daughter {oname} present. Meds reviewed, {first} says the stairs are getting harder. Next visit booked, contact {phone} or {email}."),
    ("home-visit note", "", "HV done. client: {inv}, dob {dob}, id {nid}. lives alone at {street}. GP {otlast} to be updated re falls."),
    ("home-visit note", "lower", "popped round to {street} - no answer. left card. {name} rang back later from {phone}, will try thurs"),
    ("mortgage broker file note", "", "File note: spoke with {tname} re remortgage of {addr}. Applicant DOB {dob}, ID {nid}. Salary paid into {iban}. Co-applicant {oinv} to send 3 payslips to {email}."),
    ("mortgage broker file note", "", "Client {inv} called from {phone} - wants to know if the valuation on {street} is back. Advised 5-7 working days. Case handler {otlast}."),
    ("mortgage broker file note", "", "Fact find completed for {name}, born {dob}, ID#{nid}. No arrears. Deposit coming from {iban}, gift letter from {oname}."),
    ("referral letter", "", "Dear {otlast},\nThank you for seeing {tname} (DOB {dob}) of {addr}, who has had worsening knee pain since March. Tel {phone}.\nYours sincerely,\n{oname}"),
    ("referral letter", "", "Re: {name}, {dob}, {street}. I would be grateful if you could assess this patient, who can be reached on {phone} or at {email}."),
    ("taxi booking remarks", "", "pax {tlast} - pick up outside {street} 06:40, to airport T2, call {phone} on arrival, paid by card {card}"),
    ("taxi booking remarks", "lower", "regular - {name}, from {street} to the station, wheelchair, ring {phone} not the doorbell"),
    ("taxi booking remarks", "upper", "ACCOUNT JOB FOR {inv}, COLLECT FROM {addr}, RETURN 17:30, MOBILE {phone}"),
    ("removal survey", "", "Survey at {addr} for {tname}. 3-bed semi, piano in lounge, parking tight. Customer mobile {phone}, email {email}. Moving to {ostreet} on the 28th."),
    ("removal survey", "", "Surveyor notes - {inv}: loft full, 40 boxes, dismantle wardrobes. Deposit paid by card {card}. Keys with neighbour {oname}."),
    ("club committee minutes", "", "Item 4, membership: {name} reported that {oname} has not paid subs since June; letter to go to {ostreet}, phone {ophone}."),
    ("club committee minutes", "", "Apologies from {tlast}. {oname} proposed {name} as new junior coach, seconded by {otlast}. Vetting form: DOB {dob}, ID {nid}."),
    ("alumni update", "", "Class of 2009 update: {name} now lives at {addr} and works in finance. New email {email}, mobile {phone}."),
    ("alumni update", "", "Alumni office: {tname} asked us to delete the old address ({street}) and use {email} from now on. Regular gift from {iban}."),
    ("council complaint", "", "I am writing to complain that the bins on {street} have not been collected for 3 weeks. My name is {name} and I live at {addr}. Please call me on {phone}. Ref/ID {nid}."),
    ("council complaint", "lower", "complaint re potholes outside {street}. resident {name} ({email}) says her car was damaged, wants compensation paid to {iban}"),
    ("field engineer job sheet", "", "JOB SHEET | Customer: {inv} | Site: {addr} | Tel: {phone} | Fault: boiler pressure low | Parts: PRV valve | Signed: {init}"),
    ("field engineer job sheet", "", "Engineer attended {street}, met {tname}. Replaced meter, reading taken. DOB {dob} verified for account; callback {phone}."),
    ("vaccination reception log", "", "09:12 {name}, dob {dob}, arrived for booster. Walked in from {street}. ID no. {nid}. Next of kin {oname} {ophone}."),
    ("vaccination reception log", "lower", "walk in: {name} dob:{dob} id:{nid} tel{phone} - 2nd dose, reminder to {email}"),
]  # fmt: skip

NATIVE_TEMPLATES = {
    "de": [("home-visit note (native)", "", "Hausbesuch bei {tname}, {addr}. Tochter {oname} war anwesend. Rückruf unter {phone}, geb. {dob}, Ausweis-Nr. {nid}."),
           ("taxi booking remarks (native)", "lower", "abholung {street} 7:15 uhr, fahrgast {name}, bitte vorher anrufen {phone}"),
           ("council complaint (native)", "", "Beschwerde von {inv} ({email}): Die Straßenlaterne vor {street} ist seit Wochen defekt. Erstattung bitte auf {iban}.")],
    "fr": [("home-visit note (native)", "", "Visite à domicile chez {tname}, {addr}. Sa fille {oname} était présente. Rappeler au {phone}, date de naissance {dob}, n° {nid}."),
           ("taxi booking remarks (native)", "lower", "prise en charge {street} à 7h15, client {name}, appeler avant au {phone}"),
           ("council complaint (native)", "", "Réclamation de {inv} ({email}) : le lampadaire devant le {street} est en panne depuis des semaines. Remboursement sur {iban}.")],
    "es": [("home-visit note (native)", "", "Visita domiciliaria a {tname} en {addr}. Estaba presente su hija {oname}. Llamar al {phone}, fecha de nacimiento {dob}, documento {nid}."),
           ("taxi booking remarks (native)", "lower", "recogida en {street} a las 7:15, pasajero {name}, llamar antes al {phone}"),
           ("council complaint (native)", "", "Queja de {inv} ({email}): la farola delante de {street} lleva semanas apagada. Abono en {iban}.")],
    "it": [("home-visit note (native)", "", "Visita domiciliare a {tname}, {addr}. Presente la figlia {oname}. Richiamare al {phone}, data di nascita {dob}, CF {nid}."),
           ("taxi booking remarks (native)", "lower", "ritiro in {street} alle 7:15, passeggero {name}, chiamare prima il {phone}"),
           ("council complaint (native)", "", "Reclamo di {inv} ({email}): il lampione davanti a {street} è guasto da settimane. Rimborso su {iban}.")],
    "nl": [("home-visit note (native)", "", "Huisbezoek bij {tname}, {addr}. Dochter {oname} was aanwezig. Terugbellen op {phone}, geboren {dob}, id {nid}."),
           ("taxi booking remarks (native)", "lower", "ophalen {street} om 7:15, passagier {name}, graag eerst bellen {phone}"),
           ("council complaint (native)", "", "Klacht van {inv} ({email}): de lantaarnpaal voor {street} is al weken kapot. Vergoeding naar {iban}.")],
    "pt": [("home-visit note (native)", "", "Visita domiciliária a {tname}, {addr}. A filha {oname} estava presente. Ligar para {phone}, data de nascimento {dob}, documento {nid}."),
           ("taxi booking remarks (native)", "lower", "recolha na {street} às 7h15, passageiro {name}, ligar antes para {phone}")],
    "sv": [("home-visit note (native)", "", "Hembesök hos {tname}, {addr}. Dottern {oname} var närvarande. Ring tillbaka på {phone}, född {dob}, personnummer {nid}."),
           ("taxi booking remarks (native)", "lower", "hämtning {street} kl 7.15, resenär {name}, ring först {phone}")],
    "da": [("home-visit note (native)", "", "Hjemmebesøg hos {tname}, {addr}. Datteren {oname} var til stede. Ring tilbage på {phone}, født {dob}, CPR {nid}."),
           ("taxi booking remarks (native)", "lower", "afhentning {street} kl. 7.15, passager {name}, ring først på {phone}")],
    "no": [("home-visit note (native)", "", "Hjemmebesøk hos {tname}, {addr}. Datteren {oname} var til stede. Ring tilbake på {phone}, født {dob}, fødselsnr. {nid}."),
           ("taxi booking remarks (native)", "lower", "henting {street} kl. 07.15, passasjer {name}, ring først {phone}")],
    "pl": [("home-visit note (native)", "", "Wizyta domowa u {tname}, {addr}. Obecna była córka {oname}. Oddzwonić pod {phone}, data urodzenia {dob}, PESEL {nid}."),
           ("taxi booking remarks (native)", "lower", "odbiór {street} o 7:15, pasażer {name}, zadzwonić wcześniej {phone}"),
           ("council complaint (native)", "", "Skarga od {inv} ({email}): latarnia przed {street} nie działa od tygodni. Zwrot na konto {iban}.")],
    "fi": [("home-visit note (native)", "", "Kotikäynti: {tname}, {addr}. Tytär {oname} oli paikalla. Soita takaisin {phone}, syntynyt {dob}, hetu {nid}."),
           ("taxi booking remarks (native)", "lower", "nouto {street} klo 7.15, asiakas {name}, soita ensin {phone}")],
    "cs": [("home-visit note (native)", "", "Domácí návštěva u {tname}, {addr}. Přítomna byla dcera {oname}. Zavolat zpět na {phone}, datum narození {dob}, RČ {nid}."),
           ("taxi booking remarks (native)", "lower", "vyzvednutí {street} v 7:15, zákazník {name}, předem volat {phone}")],
    "sk": [("home-visit note (native)", "", "Domáca návšteva u {tname}, {addr}. Prítomná bola dcéra {oname}. Zavolať späť na {phone}, dátum narodenia {dob}, RČ {nid}."),
           ("taxi booking remarks (native)", "lower", "vyzdvihnutie {street} o 7:15, zákazník {name}, vopred volať {phone}")],
    "tr": [("home-visit note (native)", "", "{tname} ziyaret edildi, adres: {addr}. Kızı {oname} de oradaydı. Geri arama {phone}, doğum tarihi {dob}, TC {nid}."),
           ("taxi booking remarks (native)", "lower", "alış {street} saat 7.15, yolcu {name}, önce arayın {phone}")],
    "ja": [("home-visit note (native)", "", "{tname}宅を訪問（{addr}）。娘の{oname}さんが同席。折り返し{phone}、生年月日{dob}、マイナンバー{nid}。"),
           ("taxi booking remarks (native)", "", "迎車：{street}、7時15分、お客様{name}、到着時に{phone}へ電話。")],
    "zh": [("home-visit note (native)", "", "上门探访{tname}，地址：{addr}。女儿{oname}在场。回电{phone}，出生日期{dob}，身份证{nid}。"),
           ("taxi booking remarks (native)", "", "接车地点{street}，7点15分，乘客{name}，到达前请拨打{phone}。")],
    "ro": [("home-visit note (native)", "", "Vizită la domiciliu la {tname}, {addr}. Fiica {oname} a fost prezentă. Sunați înapoi la {phone}, data nașterii {dob}, CNP {nid}."),
           ("taxi booking remarks (native)", "lower", "preluare {street} la ora 7:15, pasager {name}, sunați înainte la {phone}")],
    "el": [("home-visit note (native)", "", "Επίσκεψη στο σπίτι: {tname}, {addr}. Παρούσα η κόρη {oname}. Επικοινωνία στο {phone}, ημ. γέννησης {dob}, ΑΜΚΑ {nid}."),
           ("taxi booking remarks (native)", "", "Παραλαβή από {street} στις 7:15, επιβάτης {name}, τηλεφωνήστε πρώτα στο {phone}")],
    "hu": [("home-visit note (native)", "", "Családlátogatás: {tname}, {addr}. A lánya, {oname} is jelen volt. Visszahívás: {phone}, születési dátum {dob}, TAJ {nid}."),
           ("taxi booking remarks (native)", "lower", "felvétel {street} 7:15-kor, utas {name}, előtte hívja: {phone}")],
    "hr": [("home-visit note (native)", "", "Kućni posjet: {tname}, {addr}. Prisutna je bila kći {oname}. Nazvati na {phone}, datum rođenja {dob}, OIB {nid}."),
           ("taxi booking remarks (native)", "lower", "preuzimanje {street} u 7:15, putnik {name}, prije nazvati {phone}")],
    "sl": [("home-visit note (native)", "", "Obisk na domu pri {tname}, {addr}. Prisotna je bila hči {oname}. Pokličite nazaj na {phone}, datum rojstva {dob}, EMŠO {nid}."),
           ("taxi booking remarks (native)", "lower", "prevzem {street} ob 7.15, potnik {name}, prej pokličite {phone}")],
    "lt": [("home-visit note (native)", "", "Apsilankymas namuose: {tname}, {addr}. Dalyvavo dukra {oname}. Perskambinti {phone}, gimimo data {dob}, asmens kodas {nid}."),
           ("taxi booking remarks (native)", "lower", "paėmimas {street} 7:15, keleivis {name}, prieš tai skambinti {phone}")],
    "lv": [("home-visit note (native)", "", "Mājas vizīte: {tname}, {addr}. Klāt bija meita {oname}. Atzvanīt uz {phone}, dzimšanas datums {dob}, personas kods {nid}."),
           ("taxi booking remarks (native)", "lower", "saņemšana {street} plkst. 7:15, pasažieris {name}, iepriekš zvanīt {phone}")],
    "et": [("home-visit note (native)", "", "Koduvisiit: {tname}, {addr}. Kohal oli tütar {oname}. Helistada tagasi {phone}, sünniaeg {dob}, isikukood {nid}."),
           ("taxi booking remarks (native)", "lower", "pealevõtt {street} kell 7.15, sõitja {name}, helistage enne {phone}")],
    "uk": [("home-visit note (native)", "", "Візит додому: {tname}, {addr}. Була присутня донька {oname}. Передзвонити на {phone}, дата народження {dob}, РНОКПП {nid}."),
           ("taxi booking remarks (native)", "", "Подача таксі: {street}, 7:15, пасажир {name}, зателефонувати заздалегідь {phone}")],
    "ru": [("home-visit note (native)", "", "Визит на дом: {tname}, {addr}. Присутствовала дочь {oname}. Перезвонить по номеру {phone}, дата рождения {dob}, ИНН {nid}."),
           ("taxi booking remarks (native)", "", "Подача такси: {street}, 7:15, пассажир {name}, позвонить заранее {phone}")],
    "bg": [("home-visit note (native)", "", "Домашно посещение: {tname}, {addr}. Присъстваше дъщеря ѝ {oname}. Да се обадим на {phone}, дата на раждане {dob}, ЕГН {nid}."),
           ("taxi booking remarks (native)", "", "Вземане от {street} в 7:15, пътник {name}, обадете се предварително на {phone}")],
}  # fmt: skip


def _kv_template(lang: str) -> tuple[str, str, str]:
    """A ``key: value`` sheet in the language, its keys from the column vocabulary."""
    v = VOCAB[lang]
    sep = "：" if lang in ("ja", "zh") else ": "
    return ("key-value sheet (native)", "", f"{v['name']}{sep}{{inv}} | {v['phone']}{sep}{{phone}} | {v['address']}{sep}"
            f"{{addr}} | {v['dob']}{sep}{{dob}} | {v['id']}{sep}{{nid}}")


def templates_of(locale: str) -> tuple[list, list]:
    """(English templates, native templates) of a locale."""
    lang = LANG[locale]
    native = list(NATIVE_TEMPLATES.get(lang, [])) + ([_kv_template(lang)] if lang in VOCAB else [])
    return EN_TEMPLATES, native


def english_share(locale: str) -> float:
    if LANG[locale] == "en":
        return 1.0
    return 0.5 if locale in FIRST7 else 0.25


def template_literals(locale: str) -> dict[str, list[str]]:
    """Per note form, the literal text of its first template (the runner counts words per note's own template)."""
    out: dict[str, list[str]] = {}
    en, native = templates_of(locale)
    for form, _, text in [*en, *native]:
        out.setdefault(form, template_parts(text))
    return out


def template_words_literals(template: str) -> list[str]:
    """The parts of a note's own template between its placeholders (``heldout_common.template_parts``)."""
    return template_parts(template)


def render_note(
    locale: str, template: str, case: str, p: Person, o: Person, rng: random.Random, english: bool = False
) -> tuple[str, list]:
    """The note's text and its labelled spans ``[(entity, value as written)]`` (``english``: an English
    template, whose titles are English)."""
    tlocale = "en_US" if english else locale
    truth: list[tuple[str, str]] = []
    nid_entity = "ssn" if locale == "en_US" else "national_id"

    def person_bits(key: str, who: Person) -> tuple[str, str, str]:
        full = full_name(locale, who)
        if key == "name":
            v = _cased(full, case)
            return v, "name", v
        if key == "inv":
            v = _cased(f"{who.last}, {who.first}" if locale not in CJK else full, case)
            return v, "name", v
        if key == "tname":
            v = _cased(full, case)
            return _titled(tlocale, v, _cased(title_of(tlocale, who, rng), case)), "name", v
        if key == "tlast":
            v = _cased(who.last, case)
            return _titled(tlocale, v, _cased(title_of(tlocale, who, rng), case)), "last_name", v
        if key == "init":
            v = _cased(who.last, case)
            if locale in CJK:
                return _titled(tlocale, v, title_of(tlocale, who, rng)), "last_name", v
            return _cased(f"{who.first[0]}. ", case) + v, "last_name", v
        v = _cased(who.first, case)  # first
        return v, "name", v

    def sub(m: re.Match) -> str:
        key = m.group(1)
        other = key in ("oname", "otlast", "oinv", "ostreet", "ophone")
        who = o if other else p
        base = key[1:] if other else key
        if base in ("name", "inv", "tname", "tlast", "init", "first"):
            shown, entity, value = person_bits(base, who)
            truth.append((entity, value))
            return shown
        if base == "street":
            v = _cased(who.street, case)
            truth.append(("street_address", v))
            return v
        if base == "addr":
            street = _cased(who.street, case)
            truth.append(("street_address", street))
            return _cased(full_address(locale, who), case)
        if base == "phone":
            v = render_phone(who.phone, rng.choice(["national", "national", "intl", "e164", "digits"]), rng)
            truth.append(("phone_number", v))
            return v
        if base == "email":
            truth.append(("email", who.email))
            return who.email
        if base == "nid":
            truth.append((nid_entity, who.nid))
            return who.nid
        if base == "iban" and who.iban:
            truth.append(("iban", who.iban))
            return who.iban
        if base in ("iban", "card"):
            v = who.card if rng.random() < 0.5 or len(who.card) != 16 else " ".join(who.card[i : i + 4] for i in range(0, 16, 4))
            truth.append(("credit_debit_card", v))
            return v
        if base == "dob":
            v = dob_text(locale, who.dob, rng)
            truth.append(("date_of_birth", v))
            return v
        raise KeyError(key)

    return re.sub(r"\{(\w+)\}", sub, template), truth
