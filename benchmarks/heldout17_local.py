"""Notes of held-out set 17 in the locale's language: a support-chatbot log and a transcribed handwritten
letter, written from the language (grammatical sentences, the placeholders of ``heldout17_notes``).

A language without a chatbot entry gets the English genres and the structured ones (XML, vCard, CSV row,
wrap-up line); a language without a letter entry gets its chatbot log instead.
"""

from __future__ import annotations

# The bot's six lines: ask the name, the birth date, the phone, "or by e-mail", the address, hand over.
CHAT = {
    "de": ("Hallo! Ich bin der Service-Bot. Wie ist Ihr vollständiger Name?", "Danke. Ihr Geburtsdatum, bitte?",
           "Unter welcher Nummer erreichen wir Sie?", "oder per Mail an", "Und Ihre aktuelle Anschrift?",
           "Vielen Dank, ich verbinde Sie jetzt mit einem Mitarbeiter."),
    "fr": ("Bonjour ! Je suis l'assistant virtuel. Quel est votre nom complet ?",
        "Merci. Votre date de naissance, s'il vous plaît ?",
           "À quel numéro pouvons-nous vous joindre ?", "ou par mail :", "Et votre adresse actuelle ?",
           "Merci, je vous mets en relation avec un conseiller."),
    "es": ("¡Hola! Soy el asistente virtual. ¿Cuál es su nombre completo?", "Gracias. ¿Su fecha de nacimiento?",
           "¿En qué número podemos localizarle?", "o por correo a", "¿Y su dirección actual?",
               "Gracias, le paso con un agente."),
    "it": ("Ciao! Sono l'assistente virtuale. Qual è il suo nome e cognome?", "Grazie. La sua data di nascita?",
           "A quale numero possiamo contattarla?", "oppure via email a", "E il suo indirizzo attuale?",
           "Grazie, la metto in contatto con un operatore."),
    "nl": ("Hallo! Ik ben de chatassistent. Wat is uw volledige naam?", "Dank u. Wat is uw geboortedatum?",
           "Op welk nummer kunnen we u bereiken?", "of mail naar", "En wat is uw huidige adres?",
           "Bedankt, ik verbind u door met een medewerker."),
    "pt": ("Olá! Sou o assistente virtual. Qual é o seu nome completo?", "Obrigado. A sua data de nascimento?",
           "Em que número o podemos contactar?", "ou por email para", "E a sua morada atual?",
           "Obrigado, vou passá-lo a um assistente."),
    "pl": ("Dzień dobry! Jestem wirtualnym asystentem. Proszę podać imię i nazwisko.", "Dziękuję. Data urodzenia?",
           "Pod jakim numerem możemy się skontaktować?", "albo mailowo:", "A aktualny adres?",
               "Dziękuję, łączę z konsultantem."),
    "sv": ("Hej! Jag är den virtuella assistenten. Vad heter du, för- och efternamn?", "Tack. Ditt födelsedatum?",
           "Vilket nummer når vi dig på?", "eller mejla", "Och din nuvarande adress?",
               "Tack, jag kopplar dig till en handläggare."),
    "da": ("Hej! Jeg er den virtuelle assistent. Hvad er dit fulde navn?", "Tak. Din fødselsdato?",
           "Hvilket nummer kan vi ringe til?", "eller skriv til", "Og din nuværende adresse?",
           "Tak, jeg stiller dig videre til en medarbejder."),
    "no": ("Hei! Jeg er den virtuelle assistenten. Hva er fullt navn?", "Takk. Fødselsdatoen din?",
           "Hvilket nummer kan vi nå deg på?", "eller send e-post til", "Og nåværende adresse?",
           "Takk, jeg setter deg over til en saksbehandler."),
    "fi": ("Hei! Olen virtuaaliavustaja. Mikä on koko nimesi?", "Kiitos. Syntymäaikasi?",
        "Mistä numerosta tavoitamme sinut?",
           "tai sähköpostilla", "Entä nykyinen osoitteesi?", "Kiitos, siirrän sinut asiakaspalvelijalle."),
    "cs": ("Dobrý den! Jsem virtuální asistent. Jak se jmenujete, jméno a příjmení?", "Děkuji. Datum narození?",
           "Na jakém čísle vás zastihneme?", "případně e-mail", "A vaše současná adresa?",
               "Děkuji, přepojuji vás na operátora."),
    "ro": ("Bună ziua! Sunt asistentul virtual. Care este numele dumneavoastră complet?", "Mulțumesc. Data nașterii?",
           "La ce număr vă putem contacta?", "sau pe e-mail la", "Și adresa actuală?",
               "Mulțumesc, vă transfer la un operator."),
    "hu": ("Jó napot! A virtuális asszisztens vagyok. Kérem, adja meg a teljes nevét.", "Köszönöm. Születési dátum?",
           "Milyen telefonszámon érhetjük el?", "vagy e-mailben:", "És a jelenlegi lakcíme?",
               "Köszönöm, kapcsolom egy ügyintézőt."),
    "tr": ("Merhaba! Ben sanal asistanım. Adınız ve soyadınız nedir?", "Teşekkürler. Doğum tarihiniz?",
           "Size hangi numaradan ulaşabiliriz?", "ya da e-posta:", "Güncel adresiniz nedir?",
           "Teşekkürler, sizi bir temsilciye aktarıyorum."),
    "ru": ("Здравствуйте! Я виртуальный помощник. Как вас зовут?", "Спасибо. Дата рождения?",
           "По какому номеру с вами связаться?", "или по почте", "А ваш текущий адрес?",
               "Спасибо, перевожу вас на оператора."),
    "uk": ("Вітаю! Я віртуальний помічник. Як вас звати?", "Дякую. Дата народження?",
        "За яким номером з вами зв'язатися?",
           "або на пошту", "А ваша поточна адреса?", "Дякую, з'єдную вас з оператором."),
    "el": ("Γεια σας! Είμαι ο ψηφιακός βοηθός. Ποιο είναι το ονοματεπώνυμό σας;", "Ευχαριστώ. Ημερομηνία γέννησης;",
           "Σε ποιο τηλέφωνο μπορούμε να σας βρούμε;", "ή με email στο", "Και η τρέχουσα διεύθυνσή σας;",
           "Ευχαριστώ, σας συνδέω με έναν εκπρόσωπο."),
    "id": ("Halo! Saya asisten virtual. Siapa nama lengkap Anda?", "Terima kasih. Tanggal lahir Anda?",
           "Nomor berapa yang bisa kami hubungi?", "atau email ke", "Dan alamat Anda sekarang?",
           "Terima kasih, saya sambungkan ke petugas kami."),
    "vi": ("Xin chào! Tôi là trợ lý ảo. Họ và tên của quý khách là gì?", "Cảm ơn. Ngày sinh của quý khách?",
           "Chúng tôi có thể liên hệ qua số nào?", "hoặc email", "Địa chỉ hiện tại của quý khách?",
           "Cảm ơn, tôi sẽ chuyển quý khách tới nhân viên hỗ trợ."),
    "ja": ("こんにちは。自動応答アシスタントです。お名前を教えてください。",
        "ありがとうございます。生年月日をお願いします。",
           "ご連絡先の電話番号は？", "またはメール", "現在のご住所をお願いします。",
               "ありがとうございます。担当者におつなぎします。"),
    "zh": ("您好！我是智能客服。请问您的姓名？", "谢谢。请提供出生日期。", "我们可以通过哪个号码联系您？", "或者邮箱",
           "您现在的地址是？", "谢谢，正在为您转接人工客服。"),
    "ko": ("안녕하세요! 챗봇 상담원입니다. 성함을 알려 주세요.", "감사합니다. 생년월일을 알려 주세요.",
        "연락 가능한 전화번호는요?",
           "또는 이메일", "현재 주소를 알려 주세요.", "감사합니다. 상담원에게 연결해 드리겠습니다."),
    "he": ("שלום! אני הבוט הדיגיטלי. מה שמך המלא?", "תודה. מה תאריך הלידה שלך?", "באיזה מספר אפשר להשיג אותך?",
        "או במייל",
           "ומה הכתובת הנוכחית שלך?", "תודה, אני מעביר אותך לנציג."),
    "fa": ("سلام! من دستیار مجازی هستم. نام و نام خانوادگی شما چیست؟", "متشکرم. تاریخ تولد شما؟",
           "با چه شماره‌ای می‌توانیم با شما تماس بگیریم؟", "یا ایمیل", "و نشانی فعلی شما؟",
               "متشکرم، شما را به کارشناس وصل می‌کنم."),
    "th": ("สวัสดีค่ะ ฉันคือผู้ช่วยอัตโนมัติ ขอทราบชื่อและนามสกุลค่ะ", "ขอบคุณค่ะ วันเกิดของคุณคือ",
        "เบอร์โทรที่ติดต่อได้คือ",
           "หรืออีเมล", "ที่อยู่ปัจจุบันของคุณคือ", "ขอบคุณค่ะ กำลังโอนสายไปยังเจ้าหน้าที่"),
    "az": ("Salam! Mən virtual köməkçiyəm. Adınız və soyadınız?", "Təşəkkürlər. Doğum tarixiniz?",
           "Sizinlə hansı nömrə ilə əlaqə saxlayaq?", "və ya e-poçt", "Hazırkı ünvanınız?",
               "Təşəkkürlər, sizi operatora yönləndirirəm."),
    "hi": ("नमस्ते! मैं वर्चुअल सहायक हूँ। कृपया अपना पूरा नाम बताएँ।", "धन्यवाद। आपकी जन्म तिथि?",
           "हम आपसे किस नंबर पर संपर्क करें?", "या ईमेल", "और आपका वर्तमान पता?",
               "धन्यवाद, मैं आपको हमारे प्रतिनिधि से जोड़ रहा हूँ।"),
    "bn": ("হ্যালো! আমি ভার্চুয়াল সহকারী। আপনার পুরো নাম কী?", "ধন্যবাদ। আপনার জন্ম তারিখ?",
           "কোন নম্বরে আপনার সাথে যোগাযোগ করব?", "অথবা ইমেইল", "আর আপনার বর্তমান ঠিকানা?",
           "ধন্যবাদ, আপনাকে একজন প্রতিনিধির সাথে যুক্ত করছি।"),
    "hy": ("Բարև Ձեզ։ Ես վիրտուալ օգնականն եմ։ Ինչպե՞ս է Ձեր անունը և ազգանունը։",
        "Շնորհակալություն։ Ձեր ծննդյան ամսաթիվը։",
           "Ո՞ր համարով կարող ենք կապվել Ձեզ հետ։", "կամ էլ. փոստով՝", "Իսկ Ձեր ներկայիս հասցեն։",
           "Շնորհակալություն, միացնում եմ օպերատորին։"),
    "ne": ("नमस्ते! म भर्चुअल सहायक हुँ। तपाईंको पूरा नाम के हो?", "धन्यवाद। तपाईंको जन्म मिति?",
           "हामी तपाईंलाई कुन नम्बरमा सम्पर्क गरौं?", "वा इमेल", "अनि तपाईंको हालको ठेगाना?",
           "धन्यवाद, म तपाईंलाई प्रतिनिधिसँग जोड्दैछु।"),
    "mk": ("Здраво! Јас сум виртуелниот асистент. Како се викате, име и презиме?", "Благодарам. Датум на раѓање?",
           "На кој број можеме да ве добиеме?", "или на е-пошта", "А вашата сегашна адреса?",
               "Благодарам, ве поврзувам со оператор."),
    "ar": ("مرحبًا! أنا المساعد الآلي. ما اسمك بالكامل؟", "شكرًا. تاريخ ميلادك؟",
        "ما الرقم الذي يمكننا التواصل معك عليه؟",
           "أو عبر البريد", "وما عنوانك الحالي؟", "شكرًا، سأحولك الآن إلى أحد الموظفين."),
}  # fmt: skip

# A transcribed handwritten letter: the writer's name, address, birth date, a contact person and phone.
LETTER = {
    "de": "[Abschrift eines handschriftlichen Briefes]\nSehr geehrte Damen und Herren,\nich heiße {name}, wohnhaft "
        "{street}, "
          "{postcode} {city}, geboren am {dob}. Bitte rufen Sie meine Kontaktperson {name2} unter {phone} an, ich höre "
          "schlecht.\nMit freundlichen Grüßen\n{name_upper}",
    "fr": "[Transcription d'une lettre manuscrite]\nMadame, Monsieur,\nje m'appelle {name}, j'habite au {street}, "
        "{postcode} "
          "{city}, et je suis né(e) le {dob}. Merci d'appeler ma personne de confiance, {name2}, au {phone}.\nVeuillez "
          "agréer mes salutations distinguées.\n{name_upper}",
    "es": "[Transcripción de carta manuscrita]\nEstimados señores:\nme llamo {name}, vivo en {street}, {postcode} "
        "{city} y nací "
          "el {dob}. Por favor, llamen a mi persona de contacto, {name2}, al {phone}.\nAtentamente,\n{name_upper}",
    "it": "[Trascrizione di lettera manoscritta]\nGentili signori,\nmi chiamo {name}, abito in {street}, {postcode} "
        "{city} e "
          "sono nato/a il {dob}. Vi prego di chiamare la mia persona di fiducia, {name2}, al numero {phone}.\nDistinti "
          "saluti,\n{name_upper}",
    "nl": "[Uitgetypte handgeschreven brief]\nGeachte heer/mevrouw,\nmijn naam is {name}, ik woon op {street}, "
        "{postcode} "
          "{city} en ben geboren op {dob}. Wilt u mijn contactpersoon {name2} bellen op {phone}?\nMet vriendelijke "
          "groet,\n{name_upper}",
    "pt": "[Transcrição de carta manuscrita]\nExmos. Senhores,\no meu nome é {name}, moro na {street}, {postcode} "
        "{city} e "
          "nasci a {dob}. Por favor liguem para a minha pessoa de contacto, {name2}, para o {phone}.\nCom os melhores "
          "cumprimentos,\n{name_upper}",
    "pl": "[Przepisany list odręczny]\nSzanowni Państwo,\nnazywam się {name}, mieszkam pod adresem {street}, "
        "{postcode} "
          "{city}, urodziłem/am się {dob}. Proszę dzwonić do mojej osoby kontaktowej, {name2}, pod numer {phone}.\nZ "
          "poważaniem\n{name_upper}",
    "ru": "[Расшифровка рукописного письма]\nУважаемые господа!\nМеня зовут {name}, я живу по адресу: {street}, "
        "{postcode} "
          "{city}, дата рождения {dob}. Прошу звонить моему контактному лицу, {name2}, по номеру {phone}.\nС "
          "уважением,\n{name_upper}",
    "tr": "[El yazısı mektubun dökümü]\nSayın yetkili,\nadım {name}, {street}, {postcode} {city} adresinde "
        "oturuyorum, doğum "
          "tarihim {dob}. Lütfen irtibat kişim {name2} ile {phone} numarasından görüşün.\nSaygılarımla,\n{name_upper}",
    "hi": "[हस्तलिखित पत्र की प्रतिलिपि]\nमहोदय,\nमेरा नाम {name} है और मैं {street}, {city} {postcode} में "
        "रहता/रहती हूँ। "
          "मेरी जन्म तिथि {dob} है। कृपया मेरे संपर्क व्यक्ति {name2} को {phone} पर फ़ोन करें।\nभवदीय,\n{name_upper}",
    "ar": "[نسخ لخطاب مكتوب بخط اليد]\nالسادة المحترمون،\nاسمي {name}، وأسكن في {street}، {city} {postcode}، وتاريخ "
        "ميلادي "
          "{dob}. برجاء الاتصال بالشخص المسؤول عني {name2} على الرقم {phone}.\nمع خالص التحية،\n{name_upper}",
    "mk": "[Препис на рачно напишано писмо]\nПочитувани,\nсе викам {name}, живеам на {street}, {postcode} {city}, "
        "роден/а "
          "сум на {dob}. Ве молам јавете се на моето лице за контакт, {name2}, на {phone}.\nСо почит,\n{name_upper}",
    "hy": "[Ձեռագիր նամակի արտագրություն]\nՀարգելի պարոնայք,\nիմ անունը {name} է, ապրում եմ {street}, {postcode} "
        "{city} "
          "հասցեում, ծնվել եմ {dob}։ Խնդրում եմ զանգահարել իմ կոնտակտային անձին՝ {name2}, {phone} "
              "համարով։\nՀարգանքով՝\n{name_upper}",
    "bn": "[হাতে লেখা চিঠির প্রতিলিপি]\nজনাব,\nআমার নাম {name}, আমি {street}, {city} {postcode} ঠিকানায় থাকি। আমার "
        "জন্ম "
          "তারিখ {dob}। অনুগ্রহ করে আমার যোগাযোগের ব্যক্তি {name2}-কে {phone} নম্বরে ফোন করুন।\nবিনীত,\n{name_upper}",
}  # fmt: skip


def chat_template(language: str) -> str | None:
    """The chatbot log of ``language`` as a note template, or None where the set has no lines for it."""
    lines = CHAT.get(language)
    if lines is None:
        return None
    ask_name, ask_dob, ask_phone, or_mail, ask_address, bye = lines
    return (f"[bot] {ask_name}\n[user] {{name}}\n[bot] {ask_dob}\n[user] {{dob}}\n[bot] {ask_phone}\n"
            f"[user] {{phone}} {or_mail} {{email}}\n[bot] {ask_address}\n[user] {{street}}, {{postcode}} {{city}}\n"
            f"[bot] {bye}")  # fmt: skip


def letter_template(language: str) -> str | None:
    """The transcribed handwritten letter of ``language``, or None."""
    return LETTER.get(language)
