"""Note genres of held-out set 16 (new to the sets): physio session notes, loan officer visit reports,
booking-system audit logs, voice-assistant transcripts, customer-review replies, volunteer firefighter
roster swaps, music lesson logs, prize claim verifications, equipment delivery sheets (English); a
bilingual paper form typed in with the local and English labels; a JSON blob pasted into the notes field;
loan-officer and physio notes in the locale's language.

A template's placeholders ``{name}`` are filled per row (``render``): each entity placeholder adds its
written value to the note's truth. Words between placeholders are the template's own ("words kept");
street-like and name-like words there (``Mill Road dock``, ``Kiosk Baker``) measure precision.
"""

from __future__ import annotations

import random
import re
from typing import TYPE_CHECKING

from heldout16_language import FIRST7, LANG, date_layout, format_date
from heldout16_people import case
from heldout16_words import EN_LABELS, FORM_LABELS

if TYPE_CHECKING:
    from heldout16_shapes import Row

EN = {
    "physio session": (
        "S: {name} reports less pain on stairs, 4/10 today. O: knee flexion 115 deg, quads 4/5. A: progressing. "
        "P: continue home exercises, review in 2 weeks. Referred by {staff_t}. Pt mobile {phone}.",
        "session 5 - {first} manages 20 min on the bike now. dob {dob} checked at front desk. lives at {street}, "
        "stairs to 2nd floor no lift. next appt moved, confirm on {phone}",
        "Physio review for {inv}. Low back pain since lifting at work (Hillside Storage). Red flags neg. "
        "Discussed with {staff}. Sick note sent to {email}.",
    ),
    "loan officer visit": (
        "Visit to borrower at {addr} on market day. Met {t_last} and her brother {kin}, who is co-signer. Stock looked "
        "thin, rice and cooking oil only. Promised the arrears by Friday; call {phone} to confirm. ID seen: {id}.",
        "LOAN OFFICER REPORT. Borrower {name_uc}, born {dob}. Business: tailoring, 2 machines, one broken. "
        "Group leader {staff} vouches. Repayments into {iban}. Next visit after harvest.",
        "Field visit, group Sunrise Women 4. {name} was not at home ({street}), neighbour said she moved in with "
        "{kin}. Left card. Phone {phone} rings out.",
    ),
    "booking audit log": (
        "2025-11-03 09:14 user=jlee action=UPDATE field=phone old={phone2} new={phone} | 09:15 user=jlee "
        "action=UPDATE field=email new={email} | 09:16 note=caller {name} verified by DOB {dob}",
        "[audit] created by kiosk-07; 10:02 changed name from {old_name} to {name}; 10:03 address set to {addr}; "
        "10:05 slot 14:30 confirmed by sms to {phone}",
    ),
    "voice assistant transcript": (
        "ASSISTANT: Who am I speaking with? CALLER: it's {name_lc}. ASSISTANT: Can you confirm your date of birth? "
        "CALLER: {dob}. ASSISTANT: And a number we can call back? CALLER: {phone}. ASSISTANT: Thank you, booked.",
        "bot: please say your full name. user: {name}. bot: I heard {name}, is that right? user: yes. "
        "bot: what is your postcode and street? user: {street}. bot: I will text the link to {phone}.",
    ),
    "review reply": (
        "Hi {first}, thanks for the 3-star review. Sorry the bike at Mill Road dock had a flat tyre. I've refunded "
        "the ride to your card and emailed {email}. If it happens again call us. Kind regards, {staff}, Customer Care",
        "Dear {t_last}, we are sorry to read that your lesson with {staff} was cancelled twice. We have credited your "
        "account and will call you on {phone} to rebook. Music Office, Church Street campus",
    ),
    "roster swap": (
        "SWAP REQUEST: FF {name_uc} cannot cover Sat night shift, {staff} takes it. Reach him on {phone}. Lives at "
        "{street}, 6 min from Station Hill Road. Approved by Lt {staff_last}.",
        "roster: {last} off sick tues-thurs, cover from green watch. next of kin {kin} {phone2} informed. "
        "pager unit 4471 returned to stores.",
    ),
    "music lesson log": (
        "Lesson 7: {first} worked on G major scales and the Bach minuet. Mum ({kin}) asked to move lessons to "
        "Thursdays, her mobile {phone}. Invoice to {email}. Practice book left in Room Brahms.",
        "{inv} - grade 3 exam entry done, candidate dob {dob}. Accompanist {staff}. Fees paid by card {card}.",
    ),
    "prize claim check": (
        "Claimant {inv} presented ticket 4471-2291-0087 at Kiosk Baker, Mill Street. ID {id} seen, DOB {dob}. "
        "Prize paid to {iban}. Witness: {staff}.",
        "claim held: name on ticket back ({name_lc}) differs from ID holder {kin}. asked for proof of address, "
        "says she lives at {addr}. callback {phone}.",
    ),
    "equipment delivery": (
        "Delivered rollator and shower stool to {titled_full} at {addr}. Key safe code given by daughter {kin} "
        "({phone}). Collect old frame from {street} next week.",
        "Bed rails fitted. Client {name} (dob {dob}) signed. Carer {staff} present. Any issues ring {phone} "
        "or email {email}. Item serial WF-20931 logged.",
    ),
}

# Loan officer / physio notes in the locale's language (one or two per language).
LOCAL = {
    "de": (
        "Hausbesuch bei {t_last} in der {street}. Bruder {kin} unterschreibt als Bürge. Rückzahlung zugesagt, "
        "Rückruf unter {phone}. Ausweis geprüft: {id}.",
        "Physio-Termin: {name} klagt über Schulterschmerzen seit dem Umzug. Geb. {dob}. Überweisung von {staff_t}, "
        "Befund per Mail an {email}.",
    ),
    "fr": (
        "Visite chez {t_last} au {street}. Son frère {kin} se porte garant. Remboursement promis pour vendredi, "
        "rappeler au {phone}. Pièce d'identité vue : {id}.",
        "Séance de kiné : {name} a moins mal au genou. Née le {dob}. Adressée par {staff_t}. Compte rendu à {email}.",
    ),
    "es": (
        "Visita al domicilio de {t_last} en {street}. Su hermano {kin} firma como aval. Promete pagar el viernes, "
        "llamar al {phone}. Documento revisado: {id}.",
        "Sesión de fisio: {name} refiere menos dolor lumbar. Nació el {dob}. Derivada por {staff_t}; "
        "informe a {email}.",
    ),
    "it": (
        "Visita a domicilio da {t_last} in {street}. Il fratello {kin} firma come garante. Rata promessa per "
        "venerdì, richiamare al {phone}. Documento visto: {id}.",
        "Seduta di fisioterapia: {name} riferisce meno dolore. Nata il {dob}. Inviata da {staff_t}, referto a {email}.",
    ),
    "nl": (
        "Huisbezoek bij {t_last} aan de {street}. Broer {kin} tekent als borg. Betaling toegezegd, terugbellen op "
        "{phone}. Legitimatie gezien: {id}.",
        "Fysio: {name} heeft minder last van de knie. Geboren {dob}. Verwezen door {staff_t}, verslag naar {email}.",
    ),
    "pt": (
        "Visita a {t_last} na {street}. O irmão {kin} é fiador. Prometeu pagar na sexta, ligar para {phone}. "
        "Documento visto: {id}.",
        "Fisioterapia: {name} com menos dor no ombro. Nascida em {dob}. Encaminhada por {staff_t}, "
        "relatório para {email}.",
    ),
    "pl": (
        "Wizyta u {t_last}, {street}. Brat {kin} podpisuje jako poręczyciel. Obiecała spłatę w piątek, oddzwonić "
        "na {phone}. Dowód sprawdzony: {id}.",
        "Fizjoterapia: {name} zgłasza mniejszy ból kolana. Data ur. {dob}. Skierowanie od {staff_t}, wynik na {email}.",
    ),
    "sv": (
        "Hembesök hos {t_last} på {street}. Brodern {kin} skriver på som borgenär. Betalning utlovad, ring {phone}. "
        "Legitimation kontrollerad: {id}.",
    ),
    "ru": (
        "Выезд к заёмщице {t_last}, адрес {street}. Поручитель брат {kin}. Обещала погасить в пятницу, "
        "перезвонить {phone}. Паспорт проверен, ИНН {id}.",
        "Физиотерапия: {name} жалуется на боль в спине. Дата рождения {dob}. Направил {staff}. Заключение на {email}.",
    ),
    "tr": (
        "{t_last} ziyaret edildi, adres {street}. Kardeşi {kin} kefil. Cuma günü ödeme sözü verdi, {phone} aranacak. "
        "Kimlik görüldü: {id}.",
    ),
    "he": (
        "ביקור בית אצל {name} ברחוב {street}. האח {kin} חותם כערב. הבטיחה לשלם ביום שישי, לחזור אליה {phone}. "
        "תעודת זהות נבדקה: {id}.",
        "פיזיותרפיה: {name} מדווחת על פחות כאב בברך. תאריך לידה {dob}. הפניה מאת {staff}. סיכום נשלח ל {email}.",
    ),
    "fa": (
        "بازدید از منزل {name} در {street}. برادرش {kin} ضامن است. قول داد جمعه پرداخت کند، تماس با {phone}. "
        "کد ملی بررسی شد: {id}.",
        "فیزیوتراپی: {name} درد زانو کمتر شده. تاریخ تولد {dob}. ارجاع از {staff}. گزارش به {email} ارسال شد.",
    ),
    "th": ("เยี่ยมบ้านผู้กู้ {name} ที่ {street} พี่ชาย {kin} เป็นผู้ค้ำประกัน สัญญาว่าจะจ่ายวันศุกร์ โทร {phone} ตรวจบัตรประชาชน {id} แล้ว",),
    "ja": (
        "{name}様宅を訪問。住所 {street}。兄の{kin}さんが連帯保証人。金曜日に返済予定、{phone}に連絡。"
        "個人番号 {id} 確認済み。",
        "リハビリ記録: {name}さん、膝の痛みが軽減。生年月日 {dob}。{staff}医師より紹介。結果を{email}へ送付。",
    ),
    "zh": (
        "走访借款人{name}，地址{street}。其兄{kin}为担保人。承诺周五还款，联系电话{phone}。证件号码{id}已核实。",
        "康复记录：{name}膝盖疼痛减轻，出生日期{dob}。由{staff}医生转介，报告发送至{email}。",
    ),
    "ko": (
        "대출자 {name} 자택 방문, 주소 {street}. 형 {kin} 보증인. 금요일 상환 약속, {phone}로 연락. "
        "주민등록번호 {id} 확인.",
    ),
    "az": (
        "{name} evində baş çəkildi, ünvan {street}. Qardaşı {kin} zamin durur. Cümə günü ödəyəcək, {phone} "
        "nömrəsinə zəng. FİN {id} yoxlanıldı.",
    ),
    "ka": (
        "ვიზიტი მსესხებელთან {name}, მისამართი {street}. ძმა {kin} თავდებია. პარასკევს გადაიხდის, ტელეფონი "
        "{phone}. პირადი ნომერი {id} შემოწმდა.",
    ),
    "ro": (
        "Vizită la domiciliul lui {name}, {street}. Fratele {kin} semnează ca garant. Plata promisă vineri, "
        "sunați la {phone}. CNP verificat: {id}.",
    ),
    "hu": (
        "Családlátogatás: {name}, {street}. Testvére, {kin} a kezes. Pénteken fizet, visszahívás: {phone}. "
        "TAJ szám ellenőrizve: {id}.",
    ),
    "el": (
        "Επίσκεψη στο σπίτι του/της {name}, {street}. Ο αδελφός {kin} είναι εγγυητής. Θα πληρώσει την Παρασκευή, "
        "τηλ. {phone}. ΑΜΚΑ {id}.",
    ),
    "id": (
        "Kunjungan ke rumah {name} di {street}. Kakaknya {kin} sebagai penjamin. Janji bayar hari Jumat, hubungi "
        "{phone}. NIK {id} sudah dicek.",
    ),
    "vi": (
        "Thăm nhà khách vay {name} tại {street}. Anh trai {kin} bảo lãnh. Hứa trả vào thứ Sáu, gọi {phone}. "
        "Đã kiểm tra CCCD {id}.",
    ),
    "cs": ("Návštěva u {name}, {street}. Bratr {kin} ručí. Slíbila splátku v pátek, volat {phone}. Rodné číslo {id}.",),
    "uk": (
        "Візит до позичальниці {name}, {street}. Поручитель брат {kin}. Обіцяла сплатити в п'ятницю, {phone}. "
        "РНОКПП {id}.",
    ),
}


def bilingual_form(lang_labels: tuple[str, ...], en_labels: tuple[str, ...], with_email: bool) -> str:
    """A paper form typed into the notes field: each field's local label, ``/``, the English one."""
    keys = ("name", "dob", "phone", "addr", "id", "email")
    fields = [f"{loc} / {en}: {{{k}}}" for loc, en, k in zip(lang_labels, en_labels, keys, strict=True)]
    if not with_email:
        fields = fields[:5]
    return " | ".join(fields)


JSON_BLOBS = (
    '{"applicant": {"name": "{name}", "dob": "{dob}"}, "contact": {"tel": "{phone}", "mail": "{email}"}, '
    '"status": "pending", "branch": "Harbour Road"}',
    '[{"role": "claimant", "full_name": "{name}", "id_no": "{id}", "address": "{addr}"}, '
    '{"role": "witness", "full_name": "{staff}"}]',
    "{'client': '{inv}', 'phone': '{phone}', 'street': '{street}', 'visits': 3, 'flag': 'review'}",
)


# --- notes -------------------------------------------------------------------------------------------
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def note_values(locale: str, r: Row, rng: random.Random, t: dict) -> dict[str, tuple[str, str | None]]:
    """Each placeholder's text and entity (None: no entity) for one note of row ``r``."""
    how = rng.choices(("", "lower", "upper"), (0.7, 0.15, 0.15))[0]
    p = r.p
    idx = "ssn" if locale == "en_US" else "national_id"
    dob_layout = t["date"] if rng.random() < 0.7 else date_layout(locale, rng)
    iban = (r.iban, "iban") if r.iban else (r.card, "credit_debit_card")
    other = t["people"].person()
    return {
        "name": (case(p.natural, how), "name"),
        "name_lc": (p.natural.lower(), "name"),
        "name_uc": (p.natural.upper(), "name"),
        "inv": (case(p.written("inverted"), how), "name"),
        "first": (case(p.first, how), "name"),
        "last": (case(p.last, how), "last_name"),
        "t_last": (case(p.written("titled"), how), "last_name"),
        "titled_full": (case(p.written("titled_full"), how), "name"),
        "kin": (r.kin.natural, "name"),
        "staff": (r.staff.natural, "name"),
        "staff_t": (r.staff.written("titled"), "last_name"),
        "staff_last": (r.staff.last, "last_name"),
        "old_name": (other.natural, "name"),
        "phone": (r.phone, "phone_number"),
        "phone2": (r.phone_b, "phone_number"),
        "email": (r.email, "email"),
        "iban": iban,
        "card": (r.card, "credit_debit_card"),
        "id": (r.national_id, idx),
        "dob": (format_date(p.dob, dob_layout), "date_of_birth"),
        "street": (r.street, "street_address"),
        "addr": (r.addr, "street_address"),
    }


def _truth_value(name: str, text: str, r: Row) -> str:
    """What the scoring looks for: the words of a name as written (an inverted name's comma dropped; a
    titled surname without its title)."""
    if name == "inv":
        return text.replace(",", "")
    if name == "t_last" or name == "staff_t":
        last = r.p.last if name == "t_last" else r.staff.last
        return next((w for w in (last, last.lower(), last.upper()) if w in text), last)
    if name == "titled_full":
        nat = r.p.natural
        return next((w for w in (nat, nat.lower(), nat.upper()) if w in text), nat)
    return text


def render(template: str, values: dict[str, tuple[str, str | None]], r: Row) -> tuple[str, list[tuple[str, str]]]:
    """The note and its truth: every entity placeholder's value as written."""
    truth: list[tuple[str, str]] = []

    def fill(m: re.Match) -> str:
        text, entity = values[m.group(1)]
        if entity and text:
            truth.append((entity, _truth_value(m.group(1), text, r)))
        return text

    return _PLACEHOLDER.sub(fill, template), truth


def pick_note(locale: str, rng: random.Random, shape: str) -> tuple[str, str]:
    """(form, template) of one note: English genres in English-speaking locales, half of them in the other
    first-7, a quarter elsewhere; the rest local prose, the bilingual form or a JSON blob."""
    lang = LANG[locale]
    english = lang == "en" or (locale in FIRST7 and rng.random() < 0.5) or rng.random() < 0.25
    if english:
        genre = rng.choice(sorted(EN))
        return f"en {genre}", rng.choice(EN[genre])
    roll = rng.random()
    if lang in LOCAL and roll < 0.55:
        return "local visit/physio note", rng.choice(LOCAL[lang])
    if roll < 0.8:
        labels = FORM_LABELS.get(lang, EN_LABELS)
        return "bilingual form", bilingual_form(labels, EN_LABELS, rng.random() < 0.5)
    return "json blob", rng.choice(JSON_BLOBS)
