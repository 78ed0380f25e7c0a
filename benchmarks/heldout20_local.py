"""Notes in the locale's language for held-out set 20: a parent's school absence note and a membership
cancellation letter (gym, club or phone contract), written as people of the language write them.

Placeholders as in ``heldout20_notes``: the absence note names the child (``{first}``), the parent
(``{name}``, the row's person), the date away, a phone and an e-mail; the cancellation names
the member, their street, postcode and town, birth date, IBAN (to stop the debit), membership number, an e-mail
and a phone. A language without an entry here gets the English genres.
"""

from __future__ import annotations

ABSENCE = {
    "de": "Sehr geehrte Frau Lindner, unser Kind {first} konnte am {date} wegen Fieber nicht zur Schule kommen. "
          "Bei Rückfragen erreichen Sie mich unter {phone} oder {email}. Mit freundlichen Grüßen {name}",
    "fr": "Madame, je vous prie d'excuser l'absence de mon enfant {first} le {date} pour un rendez-vous médical. "
          "Je reste joignable au {phone} ou à {email}. Cordialement, {name}",
    "es": "Estimada tutora: mi hijo {first} faltó a clase el {date} porque tenía fiebre. Para cualquier cosa "
          "pueden llamarme al {phone} o escribir a {email}. Un saludo, {name}",
    "it": "Gentile maestra, mia figlia {first} è stata assente il {date} per motivi di salute. Per qualsiasi "
          "informazione potete chiamarmi al {phone} o scrivere a {email}. Cordiali saluti, {name}",
    "nl": "Beste juf, ons kind {first} was op {date} ziek en kon niet naar school. U kunt mij bereiken op "
          "{phone} of via {email}. Met vriendelijke groet, {name}",
    "pt": "Exma. Senhora Professora, o meu filho {first} faltou no dia {date} por estar doente. Qualquer dúvida, "
          "contacte-me pelo {phone} ou por {email}. Com os melhores cumprimentos, {name}",
    "sv": "Hej! {first} var sjuk och hemma från skolan den {date}. Ring mig på {phone} eller mejla {email} om "
          "ni undrar något. Hälsningar {name}",
    "da": "Kære lærer. {first} var syg og blev hjemme fra skole den {date}. I kan ringe til mig på {phone} eller "
          "skrive til {email}. Venlig hilsen {name}",
    "no": "Hei! {first} var syk og var hjemme fra skolen {date}. Ring meg gjerne på {phone} eller send e-post til "
          "{email}. Hilsen {name}",
    "pl": "Szanowna Pani, proszę o usprawiedliwienie nieobecności mojego syna {first} w dniu {date} z powodu "
          "choroby. Kontakt: tel. {phone}, e-mail {email}. Z poważaniem, {name}",
    "cs": "Vážená paní učitelko, omlouvám nepřítomnost svého syna {first} dne {date} z důvodu nemoci. Kontakt: "
          "{phone}, {email}. S pozdravem {name}",
    "ro": "Stimată doamnă învățătoare, vă rog să motivați absența fiicei mele {first} din data de {date}, din "
          "motive medicale. Mă puteți contacta la {phone} sau la {email}. Cu stimă, {name}",
    "hr": "Poštovana učiteljice, molim Vas da opravdate izostanak mog sina {first} dana {date} zbog bolesti. "
          "Možete me dobiti na {phone} ili {email}. S poštovanjem, {name}",
    "bs": "Poštovana nastavnice, molim Vas da opravdate izostanak moje kćerke {first} dana {date} zbog bolesti. "
          "Možete me dobiti na {phone} ili na {email}. Srdačan pozdrav, {name}",
    "tr": "Sayın öğretmenim, oğlum {first} {date} tarihinde hastalığı nedeniyle okula gelemedi. Bana {phone} "
          "numarasından veya {email} adresinden ulaşabilirsiniz. Saygılarımla, {name}",
    "ru": "Уважаемая Ольга Петровна! Мой сын {first} не был в школе {date} по болезни. Мой телефон {phone}, "
          "почта {email}. С уважением, {name}",
    "uk": "Шановна вчителько! Моя донька {first} була відсутня {date} через хворобу. Мій телефон {phone}, "
          "пошта {email}. З повагою, {name}",
    "el": "Αγαπητή κυρία, ο γιος μου {first} απουσίασε στις {date} λόγω ασθένειας. Μπορείτε να με βρείτε στο "
          "{phone} ή στο {email}. Με εκτίμηση, {name}",
    "id": "Yth. Ibu Guru, anak saya {first} tidak masuk sekolah pada {date} karena sakit. Bila perlu, hubungi saya "
          "di {phone} atau {email}. Hormat saya, {name}",
    "ms": "Kepada Cikgu, anak saya {first} tidak hadir ke sekolah pada {date} kerana demam. Sila hubungi saya di "
          "{phone} atau {email}. Terima kasih, {name}",
    "fil": "Mahal na Guro, pasensya na po at hindi nakapasok ang anak kong si {first} noong {date} dahil may "
           "lagnat siya. Tawagan po ninyo ako sa {phone} o mag-email sa {email}. Salamat po, {name}",
    "ja": "担任の先生へ　{date}は{first}が発熱のため欠席しました。ご連絡は{phone}または{email}までお願いします。{name}",
    "zh": "老师您好：{first}在{date}因发烧请假一天。如有需要请拨打{phone}或发邮件至{email}。家长：{name}",
    "ar": "حضرة المعلمة المحترمة، أرجو قبول عذر ابني {first} عن الغياب يوم {date} بسبب المرض. للتواصل: {phone} أو "
          "{email}. مع الشكر، {name}",
    "kk": "Құрметті мұғалім! Ұлым {first} {date} күні ауырып, сабаққа келе алмады. Байланыс: {phone}, {email}. "
          "Құрметпен, {name}",
    "fi": "Hei! {first} oli sairaana ja poissa koulusta {date}. Minut tavoittaa numerosta {phone} tai osoitteesta "
          "{email}. Terveisin {name}",
}  # fmt: skip

CANCEL = {
    "de": "Kündigung der Mitgliedschaft Nr. {ref}\n{name}, {street}, {postcode} {town}, geb. {dob}\nHiermit "
          "kündige ich fristgerecht zum {date}. Bitte buchen Sie nichts mehr von meinem Konto {iban} ab und "
          "bestätigen Sie die Kündigung an {email}.",
    "fr": "Objet : résiliation de mon abonnement n° {ref}. Je soussigné(e) {name}, né(e) le {dob}, demeurant "
          "{street}, {postcode} {town}, résilie mon abonnement à compter du {date}. Merci de cesser les prélèvements "
          "sur le compte {iban} et de me répondre à {email}.",
    "es": "Asunto: baja del socio nº {ref}. Yo, {name}, nacido el {dob}, con domicilio en {street}, {postcode} "
          "{town}, solicito la baja a partir del {date}. Les ruego que no carguen más recibos en la cuenta {iban}. "
          "Contacto: {phone}.",
    "it": "Oggetto: disdetta abbonamento n. {ref}. Il/la sottoscritto/a {name}, nato/a il {dob}, residente in "
          "{street}, {postcode} {town}, comunica la disdetta con effetto dal {date}. Si prega di non addebitare più "
          "l'IBAN {iban}. Recapito: {email}",
    "nl": "Betreft: opzegging lidmaatschap {ref}. Hierbij zeg ik, {name}, geboren {dob}, wonende {street}, "
          "{postcode} {town}, mijn lidmaatschap op per {date}. Wilt u de incasso van {iban} stopzetten? Bevestiging "
          "graag naar {email}.",
    "pt": "Assunto: cancelamento da inscrição n.º {ref}. Eu, {name}, nascido a {dob}, residente na {street}, "
          "{postcode} {town}, venho cancelar a inscrição a partir de {date}. Peço que deixem de debitar a conta "
          "{iban}. Contacto: {phone}.",
    "sv": "Uppsägning av medlemskap {ref}. Jag, {name}, född {dob}, {street}, {postcode} {town}, säger upp mitt "
          "medlemskap från {date}. Sluta dra pengar från {iban}. Bekräftelse till {email}.",
    "da": "Opsigelse af medlemskab nr. {ref}. Jeg, {name}, født {dob}, {street}, {postcode} {town}, opsiger mit "
          "medlemskab pr. {date}. Stop venligst betalingen fra {iban}. Kvittering til {email}.",
    "no": "Oppsigelse av medlemskap nr. {ref}. Jeg, {name}, født {dob}, {street}, {postcode} {town}, sier opp "
          "medlemskapet fra {date}. Stopp trekket fra konto {iban}. Bekreftelse til {email}.",
    "pl": "Wypowiedzenie umowy nr {ref}. Ja, {name}, ur. {dob}, zam. {street}, {postcode} {town}, wypowiadam "
          "umowę z dniem {date}. Proszę o zaprzestanie obciążania rachunku {iban}. Kontakt: {phone}.",
    "cs": "Výpověď členství č. {ref}. Já, {name}, nar. {dob}, bytem {street}, {postcode} {town}, vypovídám členství "
          "ke dni {date}. Prosím, neinkasujte již z účtu {iban}. Kontakt: {email}.",
    "ro": "Subsemnatul/a {name}, născut/ă la {dob}, domiciliat/ă în {street}, {postcode} {town}, solicit "
          "încetarea abonamentului nr. {ref} începând cu {date}. Vă rog să nu mai debitați contul {iban}. "
          "Telefon: {phone}.",
    "hr": "Otkaz članstva br. {ref}. Ja, {name}, rođen/a {dob}, {street}, {postcode} {town}, otkazujem članstvo "
          "s danom {date}. Molim da više ne terećujete račun {iban}. Kontakt: {email}.",
    "tr": "Üyelik iptali, üye no {ref}. Ben {name}, doğum tarihi {dob}, adres {street}, {postcode} {town}, "
          "üyeliğimi {date} itibarıyla iptal ediyorum. {iban} hesabımdan çekim yapılmamasını rica ederim. "
          "Tel: {phone}",
    "ru": "Заявление о расторжении договора № {ref}. Я, {name}, дата рождения {dob}, адрес: {street}, {postcode} "
          "{town}, прошу расторгнуть договор с {date}. Прошу прекратить списания с карты {iban}. Тел.: {phone}",
    "el": "Θέμα: διακοπή συνδρομής αρ. {ref}. Ο/Η {name}, γεννηθείς/είσα {dob}, κάτοικος {street}, {postcode} "
          "{town}, διακόπτω τη συνδρομή από {date}. Παρακαλώ να μη χρεώνεται πλέον ο λογαριασμός {iban}. "
          "Τηλ.: {phone}",
    "id": "Perihal: berhenti keanggotaan no. {ref}. Saya, {name}, lahir {dob}, alamat {street}, {town} {postcode}, "
          "ingin berhenti mulai {date}. Mohon hentikan pendebetan kartu {iban}. HP: {phone}",
    "ms": "Perkara: pembatalan keahlian no. {ref}. Saya, {name}, tarikh lahir {dob}, beralamat {street}, "
          "{postcode} {town}, ingin membatalkan keahlian mulai {date}. Sila hentikan potongan kad {iban}. "
          "E-mel: {email}",
    "ar": "الموضوع: إلغاء الاشتراك رقم {ref}. أنا {name}، تاريخ الميلاد {dob}، العنوان {street}، {town}، أرجو "
          "إلغاء اشتراكي اعتباراً من {date} ووقف الخصم من الحساب {iban}. الهاتف: {phone}",
}  # fmt: skip


def local_templates(language: str) -> tuple[str, ...]:
    """The local-language templates of ``language`` (absence note, cancellation letter; none: English)."""
    return tuple(t for t in (ABSENCE.get(language), CANCEL.get(language)) if t)
