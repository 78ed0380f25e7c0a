"""Real towns of the Asian and Pacific countries Faker has no locale of (data for :mod:`country_towns`).

Each country's capital, regional capitals and larger towns, as its people write them (Latin spelling, and the
country's own script where it has one: Arabic, Cyrillic, Khmer, Lao, Burmese): a few dozen per country, a handful
for the smallest islands. They are a pool of fakes and a list for the detector, never data.
"""

from __future__ import annotations

ASIA_PACIFIC: dict[str, str] = {
    # Pacific
    "PG": (
        "Port Moresby, Lae, Mount Hagen, Madang, Kokopo, Popondetta, Arawa, Mendi, Wewak, Goroka, Kimbe, Kavieng, "
        "Alotau, Daru, Vanimo, Kundiawa, Wabag, Lorengau, Kerema, Tari, Buka, Rabaul, Bulolo, Kainantu, Wau, "
        "Banz, Minj, Ialibu, Kiunga, Tabubil, Kokoda, Samarai, Namatanai, Maprik, Finschhafen, Kiriwina, Hohola, "
        "Boroko, Gerehu, Waigani, Tokarara, Gordons, Badili, Koki, Hanuabada, Erima, Morata, Six Mile, Nine Mile"
    ),
    "FJ": (
        "Suva, Lautoka, Nadi, Labasa, Nausori, Ba, Lami, Sigatoka, Tavua, Rakiraki, Savusavu, Levuka, Navua, "
        "Korovou, Nasinu, Vatukoula, Seaqaqa, Namaka, Tavua, Keiyasi, Nabouwalu, Korolevu, Pacific Harbour, "
        "Valelevu, Nakasi, Raiwaqa, Samabula, Tamavua, Vatuwaqa, Kalabu, Waimanu, Wainibokasi"
    ),
    "TO": (
        "Nuku'alofa, Neiafu, Haveluloto, Vaini, Pangai, Ohonua, Hihifo, Mu'a, Kolonga, Ha'ateiho, Kolomotu'a, "
        "Kolofo'ou, Tofoa, Veitongo, Houma, Nukunuku, Fua'amotu, Lapaha, Ma'ufanga, Popua, "
        "Sopu, Halaleva, Tokomololo, Longolongo, Matahau, Kanokupolu, Ha'apai, Vava'u, 'Eua, Niuatoputapu"
    ),
    "WS": (
        "Apia, Vaitele, Faleula, Siusega, Malie, Vaiusu, Fasito'outa, Le'auva'a, Nofoali'i, Afega, Salelologa, "
        "Mulifanua, Faleolo, Lufilufi, Falefa, Solosolo, Leulumoega, Safotu, Asau, Fagamalo, Satupa'itea, "
        "Tuasivi, Puapua, Faleasiu, Lalomanu, Poutasi, Vailele, Moata'a, Vaimoso, Lepea, Vaivase, Toamua"
    ),
    "AS": ("Pago Pago, Tafuna, Nu'uuli, Leone, Faleniu, Aua, Fagatogo, Utulei, Vaitogi, Ili'ili, Malaeimi, Ofu, Ta'u"),
    "SB": (
        "Honiara, Auki, Gizo, Munda, Buala, Kirakira, Lata, Tulagi, Noro, Tigoa, Malu'u, Atoifi, Seghe, "
        "Yandina, Ringgi, Kukum, White River, Burns Creek, Henderson, Tenaru, Visale, Avuavu, Afio"
    ),
    "VU": (
        "Port Vila, Luganville, Norsup, Isangel, Lakatoro, Lenakel, Saratamata, Longana, Erakor, "
        "Pango, Ifira, Port Olry, Big Bay, Craig Cove, Lamap, Lonorore, Whitesands, Dillon's Bay"
    ),
    "NC": (
        "Nouméa, Dumbéa, Mont-Dore, Païta, Koné, Bourail, Poindimié, Houaïlou, Koumac, La Foa, Thio, Canala, "
        "Touho, Hienghène, Poum, Ouégoa, Voh, Pouembout, Kaala-Gomen, Wé, Lifou, Maré, Ouvéa, Yaté, Boulouparis"
    ),
    "PF": (
        "Papeete, Faa'a, Punaauia, Pirae, Mahina, Paea, Papara, Arue, Moorea-Maiao, Taiarapu-Est, Uturoa, "
        "Teva I Uta, Afareaitu, Vaitape, Taravao, Teahupoo, Tiarei, Papenoo, Hitiaa, Rangiroa, Atuona, "
        "Taiohae, Mataura, Rikitea, Nuku Hiva, Bora Bora, Huahine, Raiatea"
    ),
    "KI": ("South Tarawa, Betio, Bairiki, Bikenibeu, Teaoraereke, Bonriki, Banraeaba, Eita, Tabwakea"),
    "MH": ("Majuro, Ebeye, Delap-Uliga-Djarrit, Jaluit, Wotje, Likiep, Mili, Ailinglaplap"),
    "FM": ("Palikir, Kolonia, Weno, Tofol, Lelu, Madolenihmw, Sokehs, Tonoas"),
    "PW": ("Ngerulmud, Koror, Melekeok, Airai, Kloulklubed, Ngardmau, Ngaraard, Ngchesar, Ngiwal, Kayangel"),
    "NR": ("Yaren, Aiwo, Denigomodu, Meneng, Anibare, Baiti, Buada, Ijuw, Nibok, Uaboe, Anabar, Anetan"),
    "TV": ("Funafuti, Vaiaku, Fongafale, Nanumea, Nanumanga, Niutao, Nui, Vaitupu, Nukufetau, Nukulaelae, Niulakita"),
    "CK": ("Avarua, Arorangi, Titikaveka, Ngatangiia, Matavera, Nikao, Tupapa, Arutanga, Omoka, Oneroa"),
    "NU": ("Alofi, Hakupu, Avatele, Tamakautoga, Makefu, Tuapa, Lakepa, Mutalau, Hikutavake, Vaiea"),
    "GU": ("Hagåtña, Dededo, Tamuning, Yigo, Mangilao, Barrigada, Agana Heights, Santa Rita, Talofofo, Yona, Sinajana"),
    "MP": ("Saipan, Garapan, Susupe, Chalan Kanoa, San Jose, Tinian, Rota, Songsong, Koblerville, Capitol Hill"),
    "WF": ("Mata-Utu, Leava, Alele, Vailala, Halalo, Mala'e, Sigave, Tepa, Vaitupu"),
    "TL": (
        "Dili, Baucau, Maliana, Suai, Liquiçá, Aileu, Ermera, Gleno, Lospalos, Viqueque, Manatuto, Ainaro, "
        "Pante Macassar, Oecusse, Atauro, Atambua, Comoro, Becora, Bidau, Metinaro, Tibar, Letefoho"
    ),
    # South and South-East Asia
    "BN": (
        "Bandar Seri Begawan, Kuala Belait, Seria, Tutong, Bangar, Muara, Jerudong, Berakas, Gadong, Kiulap, "
        "Lumut, Sungai Liang, Kampong Ayer, Kiarong, Lambak, Mentiri, Sengkurong, Tungku, Beribi, Panaga"
    ),
    "KH": (
        "Phnom Penh, Siem Reap, Battambang, Sihanoukville, Kampong Cham, Poipet, Ta Khmau, Pursat, Kampot, Kep, "
        "Takeo, Kampong Speu, Kampong Chhnang, Kampong Thom, Prey Veng, Svay Rieng, Kratie, Stung Treng, "
        "Banlung, Sen Monorom, Koh Kong, Pailin, Serei Saophoan, Samraong, Tbeng Meanchey, Bavet, Suong, "
        "ភ្នំពេញ, សៀមរាប, បាត់ដំបង, ព្រះសីហនុ, កំពង់ចាម, ប៉ោយប៉ែត, តាខ្មៅ, ពោធិ៍សាត់, កំពត, កែប, តាកែវ"
    ),
    "LA": (
        "Vientiane, Pakse, Savannakhet, Luang Prabang, Thakhek, Xam Neua, Phonsavan, Muang Xay, Houayxay, "
        "Luang Namtha, Phongsaly, Sayabouly, Salavan, Attapeu, Sekong, Paksan, Vang Vieng, Thakek, Kaysone "
        "Phomvihane, Muang Khong, Champasak, Xaysomboun, Anouvong, Xaythany, Sikhottabong, Chanthabouly, "
        "ວຽງຈັນ, ປາກເຊ, ສະຫວັນນະເຂດ, ຫຼວງພະບາງ, ທ່າແຂກ, ຊຳເໜືອ, ໂພນສະຫວັນ"
    ),
    "MM": (
        "Yangon, Mandalay, Naypyidaw, Mawlamyine, Bago, Pathein, Monywa, Meiktila, Sittwe, Myeik, Taunggyi, "
        "Myingyan, Dawei, Pyay, Hinthada, Lashio, Pakokku, Thaton, Pyin Oo Lwin, Yenangyaung, Taungoo, Thayetmyo, "
        "Magway, Myitkyina, Hpa-An, Loikaw, Hakha, Kalay, Kyaukse, Shwebo, Sagaing, Bhamo, Kengtung, Muse, "
        "Tachileik, Myawaddy, Kawthaung, ရန်ကုန်, မန္တလေး, နေပြည်တော်, မော်လမြိုင်, ပုသိမ်, တောင်ကြီး, စစ်တွေ"
    ),
    "SG": (
        "Singapore, Ang Mo Kio, Bedok, Bishan, Bukit Batok, Bukit Merah, Bukit Panjang, Bukit Timah, Choa Chu "
        "Clementi, Geylang, Hougang, Jurong East, Jurong West, Kallang, Marine Parade, Pasir Ris, Punggol, "
        "Sembawang, Sengkang, Serangoon, Tampines, Toa Payoh, Yishun, Novena, Tanglin"
    ),
    "HK": (
        "Hong Kong, Kowloon, Wan Chai, Causeway Bay, Mong Kok, Tsim Sha Tsui, Sha Tin, Tsuen Wan, "
        "Tuen Mun, Yuen Long, Tai Po, Sheung Shui, Fanling, Kwun Tong, Sham Shui Po, Kwai Chung, Tseung Kwan O, "
        "Tung Chung, North Point, Quarry Bay, Chai Wan, Tin Shui Wai, Ma On Shan, Sai Kung"
    ),
    "MO": ("Macau, Macao, Taipa, Coloane, Cotai, Nossa Senhora de Fátima, Santo António, São Lázaro, Sé, São Lourenço"),
    "MV": (
        "Malé, Addu City, Hithadhoo, Fuvahmulah, Kulhudhuffushi, Thinadhoo, Naifaru, Hulhumalé, Villimalé, "
        "Eydhafushi, Dhidhdhoo, Funadhoo, Ungoofaaru, Mahibadhoo, Felidhoo, Nilandhoo, Kudahuvadhoo, Veymandoo, "
        "Maradhoo, Feydhoo, Meedhoo, Hulhudhoo, Fonadhoo, Manadhoo, Dhuvaafaru"
    ),
    "BT": (
        "Thimphu, Phuntsholing, Paro, Punakha, Gelephu, Samdrup Jongkhar, Wangdue Phodrang, Trashigang, Mongar, "
        "Bumthang, Jakar, Trongsa, Samtse, Tsirang, Dagana, Lhuentse, Pemagatshel, Trashiyangtse, Zhemgang, "
        "Gasa, Nganglam, Gedu, Damphu, Khaling, Kanglung, Sarpang"
    ),
    "AF": (
        "Kabul, Kandahar, Herat, Mazar-i-Sharif, Jalalabad, Kunduz, Ghazni, Balkh, Baghlan, Pul-e Khumri, "
        "Sheberghan, Taloqan, Khost, Charikar, Gardez, Faizabad, Lashkargah, Zaranj, Chaghcharan, Bamyan, "
        "Maymana, Sar-e Pol, Aybak, Mahmud-i-Raqi, Bazarak, Asadabad, Mehtarlam, Pul-i-Alam, Qalat, Tarinkot, "
        "کابل, قندهار, هرات, مزار شریف, جلال‌آباد, کندز, غزنی, بلخ, بغلان, شبرغان, تالقان, خوست, چاریکار, "
        "گردیز, فیض‌آباد, لشکرگاه, فراه, زرنج, بامیان, میمنه"
    ),
    # Central Asia and Mongolia
    "KG": (
        "Bishkek, Osh, Jalal-Abad, Karakol, Tokmok, Uzgen, Naryn, Balykchy, Talas, Batken, Kara-Balta, "
        "Kara-Suu, Kyzyl-Kiya, Tash-Kumyr, Cholpon-Ata, Mailuu-Suu, Kok-Jangak, Isfana, Nookat, Kerben, "
        "Бишкек, Ош, Джалал-Абад, Жалал-Абад, Каракол, Токмок, Узген, Нарын, Балыкчы, Талас, Баткен, Кара-Балта, "
        "Кант, Кара-Суу, Кызыл-Кия, Таш-Кумыр, Чолпон-Ата, Майлуу-Суу"
    ),
    "TJ": (
        "Dushanbe, Khujand, Kulob, Bokhtar, Qurghonteppa, Istaravshan, Vahdat, Tursunzoda, Konibodom, Isfara, "
        "Panjakent, Khorog, Hisor, Norak, Yovon, Danghara, Farkhor, Levakant, Buston, Guliston, Vose, "
        "Душанбе, Худжанд, Хуҷанд, Куляб, Кӯлоб, Бохтар, Истаравшан, Вахдат, Турсунзаде, Канибадам, Исфара, "
        "Пенджикент, Хорог, Гиссар, Нурек"
    ),
    "TM": (
        "Ashgabat, Aşgabat, Türkmenabat, Dashoguz, Daşoguz, Balkanabat, Türkmenbaşy, Tejen, Bayramaly, "
        "Serdar, Abadan, Baharly, Gökdepe, Magdanly, Atamyrat, Köneürgenç, Gazojak, Seydi, Sarahs, Yolöten, "
        "Murgap, Kaka, Bereket, Gumdag, Hazar, Saparmyrat Türkmenbaşy, Ruhubelent, Änew, Büzmeýin, "
        "Ашхабад, Туркменабат, Дашогуз, Мары, Балканабат, Туркменбаши, Теджен, Байрамали"
    ),
    "MN": (
        "Ulaanbaatar, Erdenet, Darkhan, Choibalsan, Mörön, Nalaikh, Bayankhongor, Ölgii, Khovd, Arvaikheer, "
        "Ulaangom, Sükhbaatar, Baruun-Urt, Dalanzadgad, Mandalgovi, Sainshand, Zuunmod, Tsetserleg, Öndörkhaan, "
        "Chinggis, Bulgan, Altai, Uliastai, Züünkharaa, Zamyn-Üüd, Kharkhorin, Sainshand, Baganuur, "
        "Улаанбаатар, Эрдэнэт, Дархан, Чойбалсан, Мөрөн, Налайх, Баянхонгор, Өлгий, Ховд, Арвайхээр, Улаангом, "
        "Сүхбаатар, Баруун-Урт, Даланзадгад, Мандалговь, Сайншанд, Зуунмод, Цэцэрлэг, Чингис, Булган, Алтай"
    ),
    "KP": (
        "Pyongyang, Hamhung, Chongjin, Nampo, Wonsan, Sinuiju, Tanchon, Kaechon, Kaesong, Sariwon, Sunchon, "
        "Pyongsong, Hyesan, Kanggye, Haeju, Anju, Tokchon, Kimchaek, Rason, 평양, 함흥, 청진, 남포, 원산, 신의주, "
        "단천, 개천, 개성, 사리원, 순천, 평성, 혜산, 강계, 해주"
    ),
    # Middle East
    "SY": (
        "Damascus, Aleppo, Homs, Latakia, Hama, Raqqa, Deir ez-Zor, Al-Hasakah, Qamishli, Tartus, Idlib, Daraa, "
        "As-Suwayda, Douma, Jaramana, Manbij, Al-Bab, Jableh, Baniyas, Salamiyah, Palmyra, Tadmur, Qardaha, Safita, "
        "Al-Nabek, Yabroud, Zabadani, Afrin, Azaz, Kobani, Al-Mayadin, Abu Kamal, Quneitra, Ma'arrat al-Nu'man, "
        "دمشق, حلب, حمص, اللاذقية, حماة, الرقة, دير الزور, الحسكة, القامشلي, طرطوس, إدلب, درعا, السويداء, دوما, "
        "جرمانا, منبج, الباب, جبلة, بانياس, السلمية, تدمر, القرداحة, صافيتا, النبك, يبرود, الزبداني, عفرين"
    ),
    "IQ": (
        "Baghdad, Basra, Mosul, Erbil, Sulaymaniyah, Kirkuk, Najaf, Karbala, Nasiriyah, Amarah, Duhok, Diwaniyah, "
        "Kut, Hillah, Ramadi, Fallujah, Samarra, Baqubah, Tikrit, Zakho, Halabja, Sinjar, Tal Afar, Kufa, Samawah, "
        "Haditha, Balad, Khanaqin, Ranya, Koya, Soran, Akre, Umm Qasr, Zubair, Abu al-Khasib, Qurna, "
        "بغداد, البصرة, الموصل, أربيل, السليمانية, كركوك, النجف, كربلاء, الناصرية, العمارة, دهوك, الديوانية, "
        "الكوت, الحلة, الرمادي, الفلوجة, سامراء, بعقوبة, تكريت, زاخو, حلبجة, سنجار, تلعفر, الكوفة, السماوة"
    ),
    "LB": (
        "Beirut, Tripoli, Sidon, Saida, Jounieh, Zahle, Baalbek, Nabatieh, Byblos, Jbeil, Aley, "
        "Batroun, Chouf, Baabda, Broummana, Zgharta, Bint Jbeil, Marjayoun, Hermel, Halba, Rashaya, Jezzine, "
        "Bsharri, Dbayeh, Antelias, Hazmieh, Jdeideh, Choueifat, Damour, Chekka, Amioun, Ehden, "
        "بيروت, طرابلس, صيدا, صور, جونيه, زحلة, بعلبك, النبطية, جبيل, عاليه, البترون, بعبدا, زغرتا, بنت جبيل, "
        "الهرمل, حلبا, جزين, بشري"
    ),
    "KW": (
        "Kuwait City, Al Ahmadi, Hawalli, Salmiya, Al Farwaniyah, Al Jahra, Mubarak Al-Kabeer, Fahaheel, "
        "Al Fintas, Mangaf, Abu Halifa, Sabah Al-Salem, Jleeb Al-Shuyoukh, Khaitan, Al Rai, Shuwaikh, Rumaithiya, "
        "Jabriya, Mishref, Surra, Qurain, Ardiya, Sulaibiya, Wafra, Abdali, Fahad Al-Ahmad, "
        "مدينة الكويت, الأحمدي, حولي, السالمية, الفروانية, الجهراء, مبارك الكبير, الفحيحيل, المنقف, أبو حليفة, "
        "صباح السالم, خيطان, الجابرية, مشرف, بيان, سلوى, الرميثية"
    ),
    "QA": (
        "Doha, Al Rayyan, Umm Salal, Al Wakrah, Al Khor, Lusail, Al Daayen, Al Shamal, Madinat ash Shamal, "
        "Mesaieed, Dukhan, Al Wukair, Al Shahaniya, Ras Laffan, Umm Bab, Al Gharrafa, Al Sadd, Al Waab, Muaither, "
        "الدوحة, الريان, أم صلال, الوكرة, الخور, لوسيل, الضعاين, الشمال, مسيعيد, دخان, الوكير, الشحانية"
    ),
    "OM": (
        "Muscat, Seeb, Salalah, Sohar, Nizwa, Ibri, Saham, Barka, Rustaq, Bawshar, Al Buraimi, Ibra, Bahla, "
        "Khasab, Duqm, Shinas, Al Suwaiq, Samail, Izki, Haima, Mutrah, Ruwi, Al Khuwair, Al Amerat, "
        "Qurayyat, Jalan Bani Bu Ali, Mudhaibi, "
        "مسقط, السيب, صلالة, صحار, نزوى, صور, عبري, صحم, بركاء, الرستاق, بوشر, البريمي, إبراء, بهلاء, خصب, "
        "الدقم, شناص, لوى, السويق, سمائل, مطرح, روي, العامرات, قريات"
    ),
    "YE": (
        "Sanaa, Sana'a, Aden, Taiz, Al Hudaydah, Hodeidah, Mukalla, Ibb, Dhamar, Amran, Sayun, Seiyun, Zinjibar, "
        "Al Bayda, Hajjah, Saada, Marib, Lahij, Al Ghaydah, Ataq, Shibam, Yarim, Zabid, Bajil, "
        "Rada'a, Al Mahwit, Sa'dah, Al Dhale, Abyan, "
        "صنعاء, عدن, تعز, الحديدة, المكلا, إب, ذمار, عمران, سيئون, زنجبار, البيضاء, حجة, صعدة, مأرب, لحج, "
        "الغيضة, عتق, شبام, تريم, يريم, زبيد, المخا, رداع, المحويت, الضالع"
    ),
}
