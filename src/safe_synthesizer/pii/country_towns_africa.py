"""Real towns of the African countries Faker has no locale of (data for :mod:`country_towns`).

Each country's capital, regional capitals and larger towns, as its people write them in the official language's
Latin spelling (and in Arabic for the Arabic-writing countries): a few dozen per country, the places most rows of a
real table name. They are a pool of fakes and a list for the detector, never data.
"""

from __future__ import annotations

AFRICA: dict[str, str] = {
    # Central Africa
    "CD": (
        "Kinshasa, Lubumbashi, Mbuji-Mayi, Kisangani, Kananga, Bukavu, Goma, Kolwezi, Likasi, Tshikapa, Kikwit, "
        "Matadi, Mbandaka, Uvira, Butembo, Beni, Bunia, Kalemie, Kindu, Isiro, Boma, Gemena, Bandundu, Mwene-Ditu, "
        "Kabinda, Gbadolite, Kamina, Lisala, Buta, Kenge, Inongo, Lusambo, Moanda, Kasumbalesa, Kipushi, Idiofa, "
        "Mbanza-Ngungu, Kasongo, Kabalo, Aru, Mahagi, Kabare, Baraka, Fizi, Lodja, Tshela, Zongo"
    ),
    "CG": (
        "Brazzaville, Pointe-Noire, Dolisie, Nkayi, Impfondo, Ouesso, Madingou, Owando, Sibiti, Mossendjo, Djambala, "
        "Gamboma, Kinkala, Ewo, Loandjili, Mouyondzi, Oyo, Makoua, Boundji, Mossaka, Loutété, Bétou, Kintélé, Makabana"
    ),
    "CF": (
        "Bangui, Bimbo, Berbérati, Carnot, Bambari, Bouar, Bossangoa, Bria, Bangassou, Nola, Kaga-Bandoro, Sibut, "
        "Mbaïki, Bozoum, Paoua, Batangafo, Kabo, Bocaranga, Alindao, Mobaye, Obo, Ndélé, Birao, Zémio, Damara, Boali"
    ),
    "CM": (
        "Yaoundé, Douala, Garoua, Bamenda, Maroua, Bafoussam, Ngaoundéré, Bertoua, Loum, Kumba, Nkongsamba, Buea, "
        "Limbé, Edéa, Kribi, Ebolowa, Dschang, Foumban, Kousséri, Mbouda, Sangmélima, Mbalmayo, Bafang, Tiko, "
        "Meiganga, Guider, Yagoua, Mokolo, Bafia, Obala, Mbanga, Batouri, Tibati, Kumbo, Wum, Abong-Mbang, "
        "Banyo, Nkambé, Mamfé, Akonolinga, Bangangté, Foumbot, Manjo, Penja, Mora, Kaélé"
    ),
    "GA": (
        "Libreville, Port-Gentil, Franceville, Oyem, Moanda, Mouila, Lambaréné, Tchibanga, Koulamoutou, Makokou, "
        "Bitam, Owendo, Akanda, Ntoum, Gamba, Mounana, Ndendé, Booué, Lastoursville, Okondja, Mitzic, Mayumba, "
        "Fougamou, Lébamba, Minvoul, Medouneu, Cocobeach, Kango, Ndjolé, Omboué"
    ),
    "GQ": (
        "Malabo, Bata, Ebebiyín, Aconibe, Añisok, Luba, Evinayong, Mongomo, Mengomeyén, Micomeseng, Rebola, "
        "Baney, Riaba, Mbini, Cogo, Nsork, Niefang, Acurenam, Mongola, Ciudad de la Paz, Oyala, Nsok-Nsomo, "
        "San Antonio de Palé, Ayene, Machinda, Bidjabidjan, Ncue, Ebibeyin, Akurenam"
    ),
    "ST": (
        "São Tomé, Santo António, Neves, Trindade, Guadalupe, São João dos Angolares, Porto Alegre, "
        "Santo Amaro, Pantufo, Ribeira Afonso, Bombom, Batepá, Monte Café, Ribeira Peixe, Praia Melão, "
        "Micoló, Uba Budo, Água Izé, Porto Real, Sundy, Belo Monte, Angolares, Santa Catarina, Pinheira"
    ),
    "TD": (
        "N'Djamena, Moundou, Abéché, Sarh, Kélo, Koumra, Pala, Am Timan, Bongor, Mongo, Doba, Ati, Laï, Oum Hadjer, "
        "Bitkine, Mao, Massaguet, Dourbali, Mboursou Léré, Massakory, Faya-Largeau, Moussoro, Goz Beïda, Biltine, "
        "Fada, Bol, Massenya, Kyabé, Baïbokoum, Goundi, Moïssala, Bébédjia, Bokoro, Guéréda, Iriba, Mangalmé"
    ),
    "BI": (
        "Bujumbura, Gitega, Ngozi, Rumonge, Muyinga, Ruyigi, Kayanza, Cibitoke, Bubanza, Bururi, Makamba, Muramvya, "
        "Kirundo, Mwaro, Cankuzo, Karusi, Rutana, Nyanza-Lac, Kabezi, Matana, Kinama, Gihofi, Mabanda, Rumonge"
    ),
    "RW": (
        "Kigali, Butare, Huye, Gitarama, Muhanga, Ruhengeri, Musanze, Gisenyi, Rubavu, Byumba, Gicumbi, Cyangugu, "
        "Rusizi, Nyanza, Kibuye, Karongi, Rwamagana, Kibungo, Ngoma, Nyagatare, Kayonza, Kirehe, Bugesera, Nyamata, "
        "Kamonyi, Ruhango, Nyamagabe, Nyaruguru, Gisagara, Nyamasheke, Rutsiro, Ngororero, Nyabihu, Burera, Gakenke, "
        "Rulindo, Gatsibo, Kicukiro, Gasabo, Nyarugenge, Kabarondo, Kibeho, Rubengera"
    ),
    # West Africa, French-writing
    "BJ": (
        "Cotonou, Porto-Novo, Parakou, Abomey-Calavi, Djougou, Bohicon, Kandi, Lokossa, Ouidah, Abomey, Natitingou, "
        "Savè, Nikki, Malanville, Dassa-Zoumè, Pobè, Kétou, Sakété, Comè, Allada, Aplahoué, Dogbo, Bembèrèkè, "
        "Tchaourou, Savalou, Bassila, Banikoara, Tanguiéta, Kouandé, Sèmè-Kpodji, Grand-Popo, Athiémé, Glazoué"
    ),
    "BF": (
        "Ouagadougou, Bobo-Dioulasso, Koudougou, Ouahigouya, Banfora, Dédougou, Kaya, Tenkodogo, Fada N'Gourma, "
        "Houndé, Réo, Gaoua, Dori, Ziniaré, Kombissiri, Koupéla, Yako, Pouytenga, Djibo, Diébougou, Léo, "
        "Tougan, Nouna, Boromo, Kongoussi, Orodara, Titao, Gourcy, Zorgho, Boulsa, Po, Sapouy, Solenzo, Sebba"
    ),
    "CI": (
        "Abidjan, Bouaké, Daloa, Yamoussoukro, San-Pédro, Korhogo, Man, Divo, Gagnoa, Abengourou, Anyama, Agboville, "
        "Grand-Bassam, Dabou, Bingerville, Séguéla, Odienné, Bondoukou, Soubré, Dimbokro, Sinfra, Issia, Duékoué, "
        "Guiglo, Katiola, Ferkessédougou, Bouaflé, Toumodi, Adzopé, Aboisso, Sassandra, Tiassalé, Danané, "
        "Boundiali, Mankono, Daoukro, Oumé, Lakota, Tabou, Bongouanou, Cocody, Yopougon, Abobo, Treichville"
    ),
    "GN": (
        "Conakry, Nzérékoré, Kankan, Kindia, Labé, Kamsar, Boké, Mamou, Kissidougou, Guéckédou, Siguiri, Fria, "
        "Faranah, Macenta, Dabola, Coyah, Dubréka, Kouroussa, Télimélé, Gaoual, Dinguiraye, Beyla, "
        "Yomou, Forécariah, Boffa, Tougué, Lélouma, Koundara, Mandiana, Kérouané, Dalaba, Matoto, Ratoma"
    ),
    "ML": (
        "Bamako, Sikasso, Mopti, Koutiala, Ségou, Kayes, Kati, Gao, San, Tombouctou, Kita, Bougouni, Kidal, "
        "Djenné, Nioro du Sahel, Markala, Kolokani, Bandiagara, Douentza, Dioïla, Koulikoro, Kadiolo, Niono, "
        "Bafoulabé, Diéma, Yélimané, Ménaka, Ansongo, Bourem, Goundam, Diré, Tominian, Kangaba, Banamba, Fana"
    ),
    "NE": (
        "Niamey, Zinder, Maradi, Agadez, Tahoua, Dosso, Tillabéri, Diffa, Arlit, Birni-N'Konni, Madaoua, Tessaoua, "
        "Gaya, Dogondoutchi, Mirriah, Magaria, Tera, Ayorou, Filingué, Tanout, Loga, Madarounfa, Dakoro, Illéla, "
        "Bouza, Abalak, Nguigmi, Mainé-Soroa, Kollo, Ouallam, Gouré, Matamèye, Guidan Roumdji"
    ),
    "SN": (
        "Dakar, Touba, Thiès, Kaolack, Mbour, Saint-Louis, Rufisque, Ziguinchor, Diourbel, Louga, Tambacounda, "
        "Richard-Toll, Kolda, Mbacké, Tivaouane, Joal-Fadiouth, Kaffrine, Dahra, Kédougou, Fatick, Sédhiou, "
        "Matam, Bignona, Pikine, Guédiawaye, Nioro du Rip, Vélingara, Bambey, Linguère, Podor, Mékhé, Khombole, "
        "Pout, Bargny, Diamniadio, Kébémer, Gossas, Foundiougne, Sokone, Kounghel, Ourossogui, Dagana, Saly"
    ),
    "TG": (
        "Lomé, Sokodé, Kara, Kpalimé, Atakpamé, Dapaong, Tsévié, Aného, Bassar, Notsé, Sotouboua, Tchamba, "
        "Vogan, Badou, Niamtougou, Bafilo, Kandé, Tabligbo, Kévé, Amlamé, Blitta, Pagouda, Cinkassé, Agbodrafo, "
        "Kpagouda, Tohoun, Elavagnon, Guérin-Kouka, Mandouri, Danyi, Agou, Adéta, Baguida, Adidogomé, Bè"
    ),
    "MR": (
        "Nouakchott, Nouadhibou, Kiffa, Kaédi, Zouérat, Rosso, Atar, Néma, Sélibaby, Aleg, Akjoujt, Tidjikja, "
        "Boutilimit, Aïoun, Boghé, Tintane, Guérou, Timbédra, Bababé, Mbout, Chinguetti, Ouadane, Tichitt, "
        "Maghama, Magta Lahjar, Ouad Naga, Bir Moghrein, Fdérik, Kankossa, Barkéol, Bassikounou, Djiguenni, "
        "نواكشوط, نواذيبو, كيفة, كيهيدي, ازويرات, روصو, أطار, النعمة, سيلبابي, ألاك"
    ),
    # West Africa, English- and Portuguese-writing
    "SL": (
        "Freetown, Bo, Kenema, Makeni, Koidu, Lunsar, Port Loko, Waterloo, Kabala, Kailahun, Magburaka, Bonthe, "
        "Moyamba, Pujehun, Kambia, Segbwema, Lungi, Yengema, Mattru Jong, Daru, Tongo, Kenema Town, Rokupr, "
        "Mile 91, Masiaka, Pendembu, Blama, Zimmi, Sumbuya, Yele, Gbinti, Bumbuna, Kamakwie, Koindu, Tombodu"
    ),
    "LR": (
        "Monrovia, Gbarnga, Buchanan, Ganta, Kakata, Voinjama, Zwedru, Harbel, Greenville, Sanniquellie, "
        "Robertsport, Tubmanburg, Bopolu, Barclayville, Fish Town, Cestos City, Foya, Pleebo, Tappita, Paynesville, "
        "Bensonville, Careysburg, Salayea, Zorzor, Yekepa, Karnplay, Saclepea, Bong Mines, Brewerville"
    ),
    "GM": (
        "Banjul, Serekunda, Brikama, Bakau, Farafenni, Lamin, Sukuta, Basse Santa Su, Gunjur, Soma, Brufut, "
        "Bansang, Kerewan, Janjanbureh, Mansa Konko, Kuntaur, Essau, Barra, Kanifing, Fajara, Tanji, Sanyang, "
        "Kololi, Yundum, Busumbala, Latrikunda, Bundung, Abuko, Kotu, Gambissara, Diabugu, Kiang"
    ),
    "GW": (
        "Bissau, Bafatá, Gabú, Bissorã, Bolama, Cacheu, Bubaque, Catió, Mansôa, Buba, Quebo, Canchungo, Farim, "
        "Quinhámel, Fulacunda, Pitche, Bigene, São Domingos, Ingoré, Contuboel, Bambadinca, Xitole, Empada"
    ),
    "CV": (
        "Praia, Mindelo, Santa Maria, Assomada, Pedra Badejo, São Filipe, Tarrafal, Espargos, Porto Novo, "
        "Ribeira Grande, Sal Rei, Calheta de São Miguel, Vila do Maio, Ribeira Brava, Cidade Velha, Picos, "
        "Nova Sintra, Ponta do Sol, Pombas, Palmeira, São Domingos, Tarrafal de São Nicolau, Cova Figueira"
    ),
    # North Africa, Arabic- and French-writing
    "MA": (
        "Casablanca, Rabat, Fès, Marrakech, Tanger, Agadir, Meknès, Oujda, Kénitra, Tétouan, Safi, Témara, Salé, "
        "Mohammédia, Khouribga, El Jadida, Béni Mellal, Nador, Taza, Settat, Berrechid, Khémisset, Inezgane, "
        "Ksar El Kébir, Larache, Guelmim, Khénifra, Berkane, Taourirt, Sidi Slimane, Errachidia, Ouarzazate, "
        "Essaouira, Tiznit, Al Hoceïma, Chefchaouen, Ifrane, Azrou, Midelt, Taroudant, Laâyoune, Dakhla, "
        "الدار البيضاء, الرباط, فاس, مراكش, طنجة, أكادير, مكناس, وجدة, القنيطرة, تطوان, آسفي, سلا, المحمدية, "
        "الجديدة, بني ملال, الناظور, تازة, سطات, العيون, الداخلة"
    ),
    "TN": (
        "Tunis, Sfax, Sousse, Kairouan, Bizerte, Gabès, Ariana, Gafsa, Monastir, Ben Arous, Kasserine, Médenine, "
        "Nabeul, Tataouine, Béja, Le Kef, Mahdia, Sidi Bouzid, Jendouba, Tozeur, La Manouba, Siliana, Zaghouan, "
        "Kébili, Hammamet, Djerba, Houmt Souk, Zarzis, Msaken, La Marsa, Le Bardo, Hammam-Lif, Menzel Bourguiba, "
        "تونس, صفاقس, سوسة, القيروان, بنزرت, قابس, أريانة, قفصة, المنستير, بن عروس, القصرين, مدنين, نابل, "
        "تطاوين, باجة, الكاف, المهدية, سيدي بوزيد, جندوبة, توزر"
    ),
    "LY": (
        "Tripoli, Benghazi, Misrata, Zliten, Bayda, Zawiya, Ajdabiya, Tobruk, Sabha, Sirte, Derna, Gharyan, "
        "Khoms, Sabratha, Surman, Zuwara, Bani Walid, Tarhuna, Marj, Shahhat, Kufra, Ubari, Murzuq, Ghat, Yafran, "
        "Nalut, Jadu, Brega, Ras Lanuf, Waddan, Tajura, Janzur, "
        "طرابلس, بنغازي, مصراتة, زليتن, البيضاء, الزاوية, أجدابيا, طبرق, سبها, سرت, درنة, غريان, الخمس, صبراتة, "
        "زوارة, بني وليد, ترهونة, المرج, الكفرة, أوباري"
    ),
    "SD": (
        "Khartoum, Omdurman, Khartoum North, Bahri, Port Sudan, Kassala, Gedaref, Nyala, El Obeid, Wad Madani, "
        "El Fasher, Kosti, Al Qadarif, Geneina, Ed Daein, Atbara, Sennar, Dongola, Rabak, Ed Damer, Kadugli, "
        "Shendi, Al Fulah, Zalingei, Merowe, Wadi Halfa, Suakin, Tokar, Halfa al Jadida, Sinja, Ad Damazin, "
        "الخرطوم, أم درمان, بحري, بورتسودان, كسلا, القضارف, نيالا, الأبيض, ود مدني, الفاشر, كوستي, الجنينة, عطبرة, "
        "سنار, دنقلا, كادقلي, شندي"
    ),
    # East Africa
    "UG": (
        "Kampala, Gulu, Mbarara, Jinja, Mbale, Masaka, Entebbe, Kasese, Arua, Hoima, Fort Portal, Soroti, "
        "Mukono, Nansana, Makindye, Wakiso, Iganga, Tororo, Kabale, Busia, Mityana, Masindi, Kitgum, Moroto, "
        "Bushenyi, Ntungamo, Rukungiri, Lugazi, Kamuli, Pallisa, Kumi, Kotido, Adjumani, Koboko, Nebbi, Apac, "
        "Kayunga, Luwero, Mubende, Kiboga, Bundibugyo, Kisoro, Sironko, Kapchorwa, Njeru, Bweyogerere"
    ),
    "TZ": (
        "Dar es Salaam, Dodoma, Mwanza, Arusha, Mbeya, Morogoro, Tanga, Zanzibar, Kigoma, Moshi, Tabora, Songea, "
        "Musoma, Iringa, Shinyanga, Sumbawanga, Mtwara, Bukoba, Singida, Lindi, Kahama, Babati, Njombe, Geita, "
        "Bariadi, Mpanda, Korogwe, Tunduma, Makambako, Kibaha, Bagamoyo, Mafinga, Handeni, Chake Chake, Wete, "
        "Mkoani, Ifakara, Kilosa, Masasi, Nzega, Igunga, Tarime, Bunda, Ngara, Karagwe, Muleba, Mwanga"
    ),
    "SS": (
        "Juba, Wau, Malakal, Yei, Aweil, Yambio, Torit, Rumbek, Bentiu, Kuajok, Nimule, Kapoeta, Renk, "
        "Maridi, Tonj, Akobo, Pibor, Mundri, Kajo Keji, Terekeka, Yirol, Gogrial, Tambura, "
        "Mayom, Ezo, Magwi, Lafon, Ikotos, Pochalla, Fangak, Ulang, Melut, Kodok, Abyei, Twic, Warrap"
    ),
    "ER": (
        "Asmara, Keren, Massawa, Assab, Mendefera, Barentu, Adi Keyh, Dekemhare, Ak'ordat, Agordat, Nakfa, Ghinda, "
        "Teseney, Adi Quala, Segeneiti, Senafe, Himbirti, Afabet, Emba Derho, Serejeka, Mai Mne, "
        "ኣስመራ, ከረን, ምጽዋዕ, ዓሰብ, መንደፈራ, ባረንቱ, ዓዲ ቐይሕ, ደቀምሓረ"
    ),
    "DJ": (
        "Djibouti, Ali Sabieh, Dikhil, Tadjourah, Obock, Arta, Holhol, Yoboki, As Eyla, Balho, Galafi, Loyada, "
        "Damerjog, Ali Adde, Dorra, Khor Angar, Assamo, Balbala, Gabode, جيبوتي, علي صبيح, دخيل, تاجورة, أوبوك"
    ),
    "SO": (
        "Mogadishu, Muqdisho, Hargeisa, Bosaso, Galkayo, Berbera, Baidoa, Kismayo, Burao, Beledweyne, Garowe, "
        "Jowhar, Afgooye, Marka, Borama, Las Anod, Erigavo, Dhusamareb, Bardera, Luuq, Hudur, Garbahaarey, "
        "Baraawe, Qardho, Eyl, Hobyo, Adado, Gabiley, Buuhoodle, Afmadow, Balcad, Wanlaweyn, Qoryooley"
    ),
    "KM": (
        "Moroni, Mutsamudu, Fomboni, Domoni, Tsémbéhou, Ouani, Mirontsi, Mitsamiouli, Mbéni, Foumbouni, "
        "Koni-Djodjo, Adda-Douéni, Nioumachoua, Ouellah, Iconi, Ntsoudjini, Mitsoudjé, Itsandra, Bandamadji"
    ),
    "SC": (
        "Anse Boileau, Beau Vallon, Bel Ombre, Anse Royale, Takamaka, Anse aux Pins, Baie "
        "Lazare, Grand Anse, Port Glaud, Pointe Larue, Baie Sainte Anne, La Digue, La Passe, Mont Fleuri, "
        "Les Mamelles, Roche Caïman, Anse Etoile, English River, Au Cap, Grand'Anse"
    ),
    "MU": (
        "Port Louis, Beau Bassin-Rose Hill, Vacoas-Phoenix, Curepipe, Quatre Bornes, Triolet, Goodlands, Centre de "
        "Flacq, Mahébourg, Saint Pierre, Bel Air Rivière Sèche, Grand Baie, Rose Belle, Le Hochet, Pamplemousses, "
        "Rivière du Rempart, Souillac, Chemin Grenier, Tamarin, Flic en Flac, Rivière Noire, Rose Hill, Plaine "
        "Magnien, Bambous, Lallmatie, Bon Accueil, Surinam, Terre Rouge, Petite Rivière, Port Mathurin"
    ),
    "MG": (
        "Antananarivo, Toamasina, Antsirabe, Fianarantsoa, Mahajanga, Toliara, Antsiranana, Ambovombe, Antanifotsy, "
        "Ambatondrazaka, Morondava, Manakara, Sambava, Nosy Be, Ambositra, Moramanga, Fenoarivo Atsinanana, "
        "Farafangana, Ambanja, Tolagnaro, Fort-Dauphin, Maroantsetra, Mananjary, Antalaha, Ihosy, Mandritsara, "
        "Maevatanana, Marovoay, Miarinarivo, Tsiroanomandidy, Arivonimamo, Ambatolampy, Betafo, Vohémar, Ambalavao, "
        "Ivato, Ambohidratrimo, Andoharanofotsy, Talatamaty, Ankazobe"
    ),
    # Southern Africa
    "MW": (
        "Lilongwe, Blantyre, Mzuzu, Zomba, Kasungu, Mangochi, Karonga, Salima, Nkhotakota, Liwonde, Balaka, "
        "Dedza, Mchinji, Nkhata Bay, Rumphi, Ntcheu, Dowa, Mulanje, Thyolo, Chikwawa, Nsanje, Mwanza, Chitipa, "
        "Machinga, Phalombe, Chiradzulu, Ntchisi, Mponela, Luchenza, Limbe, Monkey Bay, Likoma, Neno, Chileka"
    ),
    "ZM": (
        "Lusaka, Kitwe, Ndola, Kabwe, Chingola, Mufulira, Livingstone, Luanshya, Kasama, Chipata, Mazabuka, "
        "Kalulushi, Chililabombwe, Mongu, Choma, Solwezi, Mansa, Kapiri Mposhi, Monze, Chongwe, Nakonde, "
        "Mpika, Kalomo, Sesheke, Petauke, Mumbwa, Kaoma, Mkushi, Serenje, Chinsali, Mporokoso, Kawambwa, Nchelenge, "
        "Samfya, Lundazi, Katete, Siavonga, Itezhi-Tezhi, Kasempa, Mwinilunga, Senanga, Kalabo"
    ),
    "ZW": (
        "Harare, Bulawayo, Chitungwiza, Mutare, Epworth, Gweru, Kwekwe, Kadoma, Masvingo, Chinhoyi, Marondera, "
        "Chegutu, Bindura, Beitbridge, Redcliff, Victoria Falls, Hwange, Rusape, Chiredzi, Kariba, Karoi, "
        "Gokwe, Shurugwi, Zvishavane, Chipinge, Gwanda, Plumtree, Mutoko, Murehwa, Mvurwi, Ruwa, Chivhu, "
        "Nyanga, Shamva, Lupane, Mashava, Esigodini, Filabusi"
    ),
    "BW": (
        "Gaborone, Francistown, Molepolole, Maun, Mogoditshane, Serowe, Selebi-Phikwe, Kanye, Mahalapye, Mochudi, "
        "Palapye, Lobatse, Ramotswa, Tlokweng, Tonota, Mmadinare, Letlhakane, Moshupa, Thamaga, Bobonong, Jwaneng, "
        "Orapa, Ghanzi, Kasane, Tsabong, Tutume, Shoshong, Mmathubudukwane, Lethlakeng, Gumare, Shakawe, Sowa, "
        "Hukuntsi, Mopipi, Rakops, Letlhakeng, Metsimotlhabe, Gabane, Mmopane"
    ),
    "NA": (
        "Windhoek, Rundu, Walvis Bay, Swakopmund, Oshakati, Katima Mulilo, Grootfontein, Rehoboth, Otjiwarongo, "
        "Ondangwa, Okahandja, Keetmanshoop, Tsumeb, Gobabis, Lüderitz, Mariental, Outapi, Eenhana, Opuwo, "
        "Omaruru, Karibib, Usakos, Otavi, Oshikango, Ongwediva, Oranjemund, Khorixas, Outjo, Okakarara, Arandis, "
        "Karasburg, Bethanie, Aranos, Henties Bay, Nkurenkuru, Divundu, Helao Nafidi, Katutura, Okahao"
    ),
    "LS": (
        "Maseru, Teyateyaneng, Mafeteng, Hlotse, Leribe, Mohale's Hoek, Maputsoe, Qacha's Nek, Quthing, Butha-Buthe, "
        "Mokhotlong, Thaba-Tseka, Semonkong, Morija, Mapoteng, Peka, Ha Ramabanta, Matelile, Mazenod, "
        "Thaba Bosiu, Malealea, Sehlabathebe, Mount Moorosi, Nazareth, Kolonyama, Pitseng, Hlotse, Mahobong"
    ),
    "SZ": (
        "Mbabane, Manzini, Matsapha, Lobamba, Siteki, Nhlangano, Piggs Peak, Hlathikhulu, Simunye, "
        "Mhlume, Tshaneni, Ezulwini, Malkerns, Mankayane, Lavumisa, Hluti, Bhunya, Mhlambanyatsi, Sidvokodvo, "
        "Mpaka, Lubuli, Kwaluseni, Bulembu, Ntfonjeni, Mahamba, Mbangweni, Siphofaneni, Sithobela"
    ),
    "AO": (
        "Luanda, Lubango, Huambo, Benguela, Lobito, Cabinda, Malanje, Saurimo, Kuito, Uíge, Namibe, Moçâmedes, "
        "Soyo, Luena, Ondjiva, Menongue, Sumbe, Dundo, Caxito, Ndalatando, Mbanza Kongo, Catumbela, Cacuaco, "
        "Cazenga, Talatona, Caála, Ganda, Cubal, Porto Amboim, Gabela, Camacupa, Lucapa, Tômbwa, Negage, "
        "Damba, Quibala, Waku Kungo, Longonjo, Chibia, Matala, Cuito Cuanavale, Belas, Kilamba"
    ),
    "MZ": (
        "Maputo, Matola, Beira, Nampula, Chimoio, Quelimane, Tete, Lichinga, Pemba, Xai-Xai, Inhambane, Maxixe, "
        "Nacala, Gurúè, Mocuba, Montepuez, Dondo, Angoche, Cuamba, Manica, Chókwè, Ilha de Moçambique, Vilankulo, "
        "Moatize, Mocímboa da Praia, Boane, Marracuene, Namaacha, Manhiça, Massinga, Chibuto, Caia, "
        "Catandica, Milange, Alto Molócuè, Ribáuè, Monapo, Nametil, Mueda, Marrupa, Mandimba"
    ),
    # French overseas departments of Africa
    "RE": (
        "Saint-Denis, Saint-Paul, Saint-Pierre, Le Tampon, Saint-André, Saint-Louis, Le Port, Saint-Benoît, "
        "Saint-Joseph, Sainte-Marie, Saint-Leu, La Possession, Sainte-Suzanne, Bras-Panon, Saint-Philippe, "
        "L'Étang-Salé, Petite-Île, Les Avirons, Cilaos, Entre-Deux, Salazie, Sainte-Rose, La Plaine-des-Palmistes, "
        "Trois-Bassins"
    ),
    "YT": (
        "Mamoudzou, Koungou, Dzaoudzi, Pamandzi, Dembeni, Tsingoni, Sada, Ouangani, Chiconi, Bandraboua, Mtsamboro, "
        "Acoua, M'Tsangamouji, Bandrélé, Chirongui, Kani-Kéli, Bouéni, Labattoir, Kawéni, Passamaïnty"
    ),
    "EH": ("Laâyoune, Dakhla, Smara, Boujdour, Tifariti, Bir Lahlou, Guelta Zemmur, Mahbès, Aousserd, Tichla"),
}
