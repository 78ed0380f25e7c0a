"""Notes in the locale's language for held-out set 18: a voicemail transcription (every language) and a
shift-handover line (the larger languages), written as people of the language write them.

Placeholders as in ``heldout18_notes``. A voicemail names the caller, their number, birth date (with a cue),
e-mail and address; the handover names a client by title and surname, a second person, and a national id.
"""

from __future__ import annotations

VOICEMAIL = {
    "de": (
        "Sprachnachricht von {phone}: Guten Tag, hier spricht {name}. Es geht um den Vorgang {ref}. "
        "Ich bin am {dob} geboren. Bitte rufen Sie mich zurück oder schreiben Sie an {email}. Meine "
        "Adresse ist {street}, {postcode} {town}."
    ),
    "fr": (
        "Message vocal du {phone} : Bonjour, c'est {name}. J'appelle au sujet du dossier {ref}. Je "
        "suis né le {dob}. Merci de me rappeler ou d'écrire à {email}. J'habite {street}, {postcode} "
        "{town}."
    ),
    "es": (
        "Mensaje de voz del {phone}: Hola, soy {name}. Llamo por el expediente {ref}. Nací el {dob}. "
        "Por favor, devuélvanme la llamada o escriban a {email}. Mi dirección es {street}, "
        "{postcode} {town}."
    ),
    "it": (
        "Messaggio vocale dal {phone}: Buongiorno, sono {name}. Chiamo per la pratica {ref}. Sono "
        "nato il {dob}. Vi prego di richiamarmi o di scrivere a {email}. Abito in {street}, "
        "{postcode} {town}."
    ),
    "nl": (
        "Voicemail van {phone}: Goedemiddag, u spreekt met {name}. Ik bel over dossier {ref}. Mijn "
        "geboortedatum is {dob}. Wilt u mij terugbellen of mailen naar {email}? Mijn adres is "
        "{street}, {postcode} {town}."
    ),
    "pt": (
        "Mensagem de voz do {phone}: Bom dia, fala {name}. Ligo por causa do processo {ref}. Nasci a "
        "{dob}. Por favor liguem-me de volta ou escrevam para {email}. A minha morada é {street}, "
        "{postcode} {town}."
    ),
    "sv": (
        "Röstmeddelande från {phone}: Hej, det är {name}. Jag ringer om ärende {ref}. Jag är född "
        "{dob}. Ring gärna tillbaka eller mejla {email}. Min adress är {street}, {postcode} {town}."
    ),
    "da": (
        "Telefonsvarerbesked fra {phone}: Hej, det er {name}. Jeg ringer angående sag {ref}. Jeg er "
        "født den {dob}. Ring venligst tilbage eller skriv til {email}. Min adresse er {street}, "
        "{postcode} {town}."
    ),
    "no": (
        "Talemelding fra {phone}: Hei, dette er {name}. Jeg ringer om sak {ref}. Jeg er født {dob}. "
        "Ring meg tilbake eller send e-post til {email}. Adressen min er {street}, {postcode} {town}."
    ),
    "pl": (
        "Wiadomość głosowa z numeru {phone}: Dzień dobry, mówi {name}. Dzwonię w sprawie {ref}. "
        "Urodziłem się {dob}. Proszę o telefon albo wiadomość na {email}. Mój adres to {street}, "
        "{postcode} {town}."
    ),
    "cs": (
        "Hlasová zpráva z čísla {phone}: Dobrý den, tady {name}. Volám kvůli spisu {ref}. Narodil "
        "jsem se {dob}. Zavolejte mi prosím zpět nebo napište na {email}. Bydlím na adrese {street}, "
        "{postcode} {town}."
    ),
    "sk": (
        "Hlasová správa z čísla {phone}: Dobrý deň, tu je {name}. Volám kvôli spisu {ref}. Narodil "
        "som sa {dob}. Prosím, zavolajte mi späť alebo napíšte na {email}. Bývam na adrese {street}, "
        "{postcode} {town}."
    ),
    "fi": (
        "Vastaajaviesti numerosta {phone}: Hei, täällä {name}. Soitan asiasta {ref}. Olen syntynyt "
        "{dob}. Soittakaa takaisin tai kirjoittakaa osoitteeseen {email}. Osoitteeni on {street}, "
        "{postcode} {town}."
    ),
    "tr": (
        "{phone} numarasından sesli mesaj: Merhaba, ben {name}. {ref} numaralı dosya için arıyorum. "
        "Doğum tarihim {dob}. Lütfen beni geri arayın ya da {email} adresine yazın. Adresim "
        "{street}, {postcode} {town}."
    ),
    "ro": (
        "Mesaj vocal de la {phone}: Bună ziua, sunt {name}. Sun în legătură cu dosarul {ref}. M-am "
        "născut pe {dob}. Vă rog să mă sunați înapoi sau să scrieți la {email}. Adresa mea este "
        "{street}, {postcode} {town}."
    ),
    "hu": (
        "Hangüzenet a {phone} számról: Jó napot, {name} vagyok. A {ref} ügyszám miatt telefonálok. "
        "{dob} napján születtem. Kérem, hívjanak vissza, vagy írjanak a {email} címre. A címem "
        "{postcode} {town}, {street}."
    ),
    "hr": (
        "Glasovna poruka s broja {phone}: Dobar dan, ovdje {name}. Zovem zbog predmeta {ref}. Rođen "
        "sam {dob}. Molim vas nazovite me ili pišite na {email}. Moja adresa je {street}, {postcode} "
        "{town}."
    ),
    "sl": (
        "Glasovno sporočilo s številke {phone}: Dober dan, tukaj {name}. Kličem glede zadeve {ref}. "
        "Rojen sem {dob}. Prosim, pokličite me nazaj ali pišite na {email}. Moj naslov je {street}, "
        "{postcode} {town}."
    ),
    "ru": (
        "Голосовое сообщение с номера {phone}: Здравствуйте, это {name}. Звоню по делу {ref}. Дата "
        "рождения {dob}. Пожалуйста, перезвоните или напишите на {email}. Мой адрес: {street}, "
        "{town}, {postcode}."
    ),
    "uk": (
        "Голосове повідомлення з номера {phone}: Добрий день, це {name}. Телефоную щодо справи "
        "{ref}. Дата народження {dob}. Будь ласка, передзвоніть або напишіть на {email}. Моя адреса: "
        "{street}, {town}, {postcode}."
    ),
    "bg": (
        "Гласово съобщение от {phone}: Добър ден, обажда се {name}. Звъня във връзка с преписка "
        "{ref}. Роден съм на {dob}. Моля, върнете ми обаждането или пишете на {email}. Адресът ми е "
        "{street}, {postcode} {town}."
    ),
    "mk": (
        "Гласовна порака од {phone}: Добар ден, се јавува {name}. Ѕвонам во врска со предметот "
        "{ref}. Роден сум на {dob}. Ве молам јавете ми се или пишете на {email}. Мојата адреса е "
        "{street}, {postcode} {town}."
    ),
    "el": (
        "Φωνητικό μήνυμα από {phone}: Καλημέρα, είμαι ο/η {name}. Τηλεφωνώ για την υπόθεση {ref}. "
        "Γεννήθηκα στις {dob}. Παρακαλώ καλέστε με πίσω ή γράψτε στο {email}. Η διεύθυνσή μου είναι "
        "{street}, {postcode} {town}."
    ),
    "lt": (
        "Balso žinutė iš {phone}: Laba diena, čia {name}. Skambinu dėl bylos {ref}. Gimiau {dob}. "
        "Prašau perskambinti arba rašyti adresu {email}. Mano adresas: {street}, {postcode} {town}."
    ),
    "lv": (
        "Balss ziņa no {phone}: Labdien, šeit {name}. Zvanu par lietu {ref}. Esmu dzimis {dob}. "
        "Lūdzu, atzvaniet vai rakstiet uz {email}. Mana adrese ir {street}, {town}, {postcode}."
    ),
    "et": (
        "Kõneposti sõnum numbrilt {phone}: Tere, siin {name}. Helistan asja {ref} pärast. Olen "
        "sündinud {dob}. Palun helistage tagasi või kirjutage aadressile {email}. Minu aadress on "
        "{street}, {postcode} {town}."
    ),
    "is": (
        "Talhólfsskilaboð frá {phone}: Góðan dag, þetta er {name}. Ég hringi vegna máls {ref}. Ég er "
        "fædd {dob}. Vinsamlegast hringið til baka eða sendið póst á {email}. Heimilisfangið mitt er "
        "{street}, {postcode} {town}."
    ),
    "id": (
        "Pesan suara dari {phone}: Selamat siang, saya {name}. Saya menelepon soal berkas {ref}. "
        "Saya lahir tanggal {dob}. Mohon telepon balik atau kirim surel ke {email}. Alamat saya "
        "{street}, {town} {postcode}."
    ),
    "vi": (
        "Tin nhắn thoại từ số {phone}: Chào anh chị, tôi là {name}. Tôi gọi về hồ sơ {ref}. Tôi sinh "
        "ngày {dob}. Xin gọi lại cho tôi hoặc gửi thư tới {email}. Địa chỉ của tôi là {street}, "
        "{town}."
    ),
    "ja": (
        "留守番電話（{phone}から）：お世話になっております、{name}です。受付"
        "番号{ref}の件でお電話しました。生年月日は{dob}です。折り返しのお電話か"
        "、{email}までご連絡ください。住所は〒{postcode} {town}"
        "{street}です。"
    ),
    "zh": (
        "语音留言（来电 {phone}）：您好，我是{name}。我打电话是关于编号"
        "{ref}的事情。我的出生日期是{dob}。请给我回电话，或者发邮件到"
        "{email}。我的地址是{town}{street}，邮编{postcode}"
        "。"
    ),
    "ko": (
        "음성 메시지 ({phone}): 안녕하세요, {name}입니다. 접수번호"
        " {ref} 건으로 전화드렸습니다. 생년월일은 {dob}입니다. 다시 전"
        "화 주시거나 {email}로 메일 주세요. 주소는 {town} "
        "{street}, 우편번호 {postcode}입니다."
    ),
    "th": (
        "ข้อความเสียงจาก {phone}: สวัสดีครับ ผม{name} โทรมาเรื่องเลขที่ {ref} ผมเกิดวันที่ {dob} "
        "กรุณาโทรกลับหรือส่งอีเมลมาที่ {email} ที่อยู่ของผมคือ {street} {town} {postcode}"
    ),
    "he": (
        "הודעה קולית מ-{phone}: שלום, מדבר {name}. אני מתקשר בעניין תיק {ref}. תאריך הלידה שלי "
        "{dob}. נא לחזור אליי או לכתוב ל-{email}. הכתובת שלי: {street}, {town} {postcode}."
    ),
    "ar": (
        "رسالة صوتية من {phone}: مرحباً، معك {name}. أتصل بخصوص الملف رقم {ref}. تاريخ ميلادي {dob}. "
        "أرجو معاودة الاتصال بي أو مراسلتي على {email}. عنواني {street}، {town} {postcode}."
    ),
    "fa": (
        "پیام صوتی از {phone}: سلام، {name} هستم. درباره پرونده {ref} تماس می\u200cگیرم. تاریخ تولدم "
        "{dob} است. لطفاً با من تماس بگیرید یا به {email} ایمیل بزنید. نشانی من {street}، {town}، کد "
        "پستی {postcode} است."
    ),
    "hi": (
        "{phone} से वॉइसमेल: नमस्ते, मैं {name} बोल रहा हूँ। मैं मामला संख्या {ref} के बारे में फ़ोन "
        "कर रहा हूँ। मेरी जन्म तिथि {dob} है। कृपया मुझे वापस फ़ोन करें या {email} पर लिखें। मेरा "
        "पता {street}, {town} {postcode} है।"
    ),
    "ne": (
        "{phone} बाट भ्वाइसमेल: नमस्ते, म {name} बोल्दैछु। म फाइल नम्बर {ref} को बारेमा फोन गर्दैछु। "
        "मेरो जन्म मिति {dob} हो। कृपया मलाई फेरि फोन गर्नुहोस् वा {email} मा लेख्नुहोस्। मेरो "
        "ठेगाना {street}, {town} हो।"
    ),
    "bn": (
        "{phone} থেকে ভয়েসমেল: নমস্কার, আমি {name} বলছি। আমি ফাইল নম্বর {ref} নিয়ে ফোন করছি। আমার "
        "জন্ম তারিখ {dob}। অনুগ্রহ করে আমাকে ফোন করুন অথবা {email} এ লিখুন। আমার ঠিকানা {street}, "
        "{town} {postcode}।"
    ),
    "az": (
        "{phone} nömrəsindən səsli mesaj: Salam, mən {name}. {ref} nömrəli iş barədə zəng edirəm. "
        "Doğum tarixim {dob}. Xahiş edirəm mənə geri zəng edin və ya {email} ünvanına yazın. Ünvanım "
        "{street}, {town} {postcode}."
    ),
    "ka": (
        "ხმოვანი შეტყობინება ნომრიდან {phone}: გამარჯობა, მე ვარ {name}. გირეკავთ საქმე {ref}-ის "
        "თაობაზე. დავიბადე {dob}. გთხოვთ, გადმომირეკოთ ან მომწეროთ {email}-ზე. ჩემი მისამართია "
        "{street}, {town} {postcode}."
    ),
    "hy": (
        "Ձայնային հաղորդագրություն {phone} համարից. Բարև Ձեզ, ես {name}-ն եմ։ Զանգում եմ {ref} գործի "
        "վերաբերյալ։ Ծնվել եմ {dob}։ Խնդրում եմ հետ զանգահարել կամ գրել {email} հասցեին։ Իմ հասցեն է "
        "{street}, {town} {postcode}։"
    ),
    "ta": (
        "{phone} இலிருந்து குரலஞ்சல்: வணக்கம், நான் {name} பேசுகிறேன். கோப்பு எண் {ref} பற்றி "
        "அழைக்கிறேன். என் பிறந்த தேதி {dob}. தயவுசெய்து என்னைத் திரும்ப அழையுங்கள் அல்லது {email} "
        "க்கு எழுதுங்கள். என் முகவரி {street}, {town} {postcode}."
    ),
    "uz": (
        "{phone} raqamidan ovozli xabar: Assalomu alaykum, men {name}. {ref} raqamli ish bo'yicha "
        "qo'ng'iroq qilyapman. Tug'ilgan sanam {dob}. Iltimos, menga qayta qo'ng'iroq qiling yoki "
        "{email} manziliga yozing. Manzilim: {street}, {town} {postcode}."
    ),
    "sq": (
        "Mesazh zanor nga {phone}: Mirëdita, jam {name}. Po telefonoj për dosjen {ref}. Kam lindur "
        "më {dob}. Ju lutem më merrni në telefon ose më shkruani në {email}. Adresa ime është "
        "{street}, {postcode} {town}."
    ),
    "ga": (
        "Glórphost ó {phone}: Dia duit, seo {name}. Táim ag glaoch faoin gcomhad {ref}. Rugadh mé ar "
        "{dob}. Glaoigh ar ais orm, le do thoil, nó scríobh chuig {email}. Is é mo sheoladh ná "
        "{street}, {town} {postcode}."
    ),
    "sw": (
        "Ujumbe wa sauti kutoka {phone}: Habari, mimi ni {name}. Napiga simu kuhusu faili namba "
        "{ref}. Nilizaliwa tarehe {dob}. Tafadhali nipigie tena au uniandikie kwa {email}. Anwani "
        "yangu ni {street}, {town} {postcode}."
    ),
    "am": (
        "ከ{phone} የድምፅ መልእክት፦ ጤና ይስጥልኝ፣ {name} ነኝ። ስለ መዝገብ ቁጥር {ref} ነው የምደውለው። የተወለድኩት {dob} ነው። "
        "እባክዎ መልሰው ይደውሉልኝ ወይም በ{email} ይጻፉልኝ። አድራሻዬ {street}፣ {town} ነው።"
    ),
    "si": (
        "{phone} අංකයෙන් හඬ පණිවිඩය: ආයුබෝවන්, මම {name}. මම ලිපිගොනු අංක {ref} ගැන කතා කරන්නේ. මගේ "
        "උපන් දිනය {dob}. කරුණාකර මට නැවත ඇමතුමක් දෙන්න, නැතහොත් {email} වෙත ලියන්න. මගේ ලිපිනය "
        "{street}, {town} {postcode}."
    ),
    "mt": (
        "Messaġġ tal-vuċi minn {phone}: Bonġu, jien {name}. Qed inċempel dwar il-fajl {ref}. Twelidt "
        "fil-{dob}. Jekk jogħġbok ċempilli lura jew ikteb lil {email}. L-indirizz tiegħi hu "
        "{street}, {town} {postcode}."
    ),
    "zu": (
        "Umlayezo wezwi ovela ku-{phone}: Sawubona, ngingu-{name}. Ngishaya mayelana nefayela {ref}. "
        "Ngazalwa ngo-{dob}. Ngicela ungishayele futhi noma ungibhalele ku-{email}. Ikheli lami "
        "ngu-{street}, {town} {postcode}."
    ),
}

HANDOVER = {
    "de": (
        "Übergabe Spätdienst: {titled} hat erneut angerufen, Rückruf unter {phone2}. Die Tochter "
        "{name2} bringt die Unterlagen vorbei; {idname} laut Akte {id}."
    ),
    "fr": (
        "Relève de l'équipe de nuit : {titled} a rappelé, à recontacter au {phone2}. Sa fille "
        "{name2} passera déposer les papiers ; {idname} au dossier : {id}."
    ),
    "es": (
        "Relevo del turno de tarde: {titled} volvió a llamar, hay que devolverle la llamada al "
        "{phone2}. Su hija {name2} traerá los papeles; {idname} en el expediente: {id}."
    ),
    "it": (
        "Passaggio di consegne: {titled} ha richiamato, ricontattare al {phone2}. La figlia {name2} "
        "porterà i documenti; {idname} in pratica: {id}."
    ),
    "nl": (
        "Overdracht avonddienst: {titled} belde opnieuw, terugbellen op {phone2}. Dochter {name2} "
        "komt de papieren brengen; {idname} volgens het dossier: {id}."
    ),
    "pt": (
        "Passagem de turno: {titled} voltou a ligar, devolver a chamada para o {phone2}. A filha "
        "{name2} vem entregar os papéis; {idname} no processo: {id}."
    ),
    "pl": (
        "Przekazanie zmiany: {titled} dzwonił ponownie, oddzwonić pod {phone2}. Córka {name2} "
        "przyniesie dokumenty; {idname} w aktach: {id}."
    ),
    "sv": (
        "Överlämning kvällspasset: {titled} ringde igen, ring tillbaka på {phone2}. Dottern {name2} "
        "lämnar in papperen; {idname} enligt akten: {id}."
    ),
    "ru": (
        "Передача смены: {titled} звонил повторно, перезвонить по номеру {phone2}. Дочь, {name2}, "
        "привезёт документы; {idname} по делу: {id}."
    ),
    "tr": (
        "Vardiya devri: {titled} yine aradı, {phone2} numarasından geri aranacak. Kızı {name2} "
        "evrakları getirecek; dosyadaki {idname}: {id}."
    ),
}
