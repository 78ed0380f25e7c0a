"""Towns of small countries that Faker does not list: Latvia, Lithuania, Estonia, Ireland, Luxembourg,
Iceland, Italian Switzerland and the Philippines.

Why: a town column is told by its values (a share of listed towns), and Faker, whose lists the
detector reads, has no towns at all for lv_LV, lt_LT and et_EE and only counties for en_IE. A
column of ``liepāja``, ``valmiera``, ``alytus`` or ``Athlone`` matched nothing and was left as it
was (set 12: 290 Latvian and 59 Lithuanian cells kept). These are the countries' cities and larger
towns (official lists of towns with town rights, plus Ireland's census towns over ~5,000 people):
the places most rows of a real table name. They are read in any case and without accents
(``Panevezys``), and they vote for their locale, so the fakes come in the same country's language.

Example::

    small_country_town("liepāja")  # "lv_LV"
    small_country_town("Alytus")  # "lt_LT"
    small_country_town("Springfield")  # None
"""

from __future__ import annotations

from functools import lru_cache

from safe_synthesizer.pii import gazetteers

_TOWNS: dict[str, str] = {
    "lv_LV": (
        "Rīga, Daugavpils, Liepāja, Jelgava, Jūrmala, Ventspils, Rēzekne, Valmiera, Jēkabpils, Ogre, Tukums, "
        "Cēsis, Salaspils, Kuldīga, Olaine, Saldus, Talsi, Dobele, Sigulda, Krāslava, Bauska, Ludza, Līvāni, "
        "Gulbene, Madona, Limbaži, Aizkraukle, Preiļi, Balvi, Alūksne, Smiltene, Valka, Kandava, Aizpute, Auce, "
        "Ainaži, Aloja, Baldone, Baloži, Brocēni, Dagda, Durbe, Grobiņa, Iecava, Ikšķile, Ilūkste, Jaunjelgava, "
        "Kārsava, Ķegums, Lielvārde, Līgatne, Lubāna, Mazsalaca, Pāvilosta, Piltene, Pļaviņas, Priekule, "
        "Rūjiena, Sabile, Salacgrīva, Skrunda, Staicele, Stende, Strenči, Subate, Vaiņode, Valdemārpils, "
        "Varakļāni, Viesīte, Viļaka, Viļāni, Zilupe, Ādaži, Mārupe, Ķekava, Koknese, Saulkrasti, Vecumnieki"
    ),
    "lt_LT": (
        "Vilnius, Kaunas, Klaipėda, Šiauliai, Panevėžys, Alytus, Marijampolė, Mažeikiai, Jonava, Utena, "
        "Kėdainiai, Telšiai, Tauragė, Ukmergė, Visaginas, Plungė, Kretinga, Šilutė, Palanga, Radviliškis, "
        "Gargždai, Druskininkai, Rokiškis, Biržai, Elektrėnai, Kuršėnai, Garliava, Jurbarkas, Vilkaviškis, "
        "Raseiniai, Anykščiai, Lentvaris, Grigiškės, Prienai, Joniškis, Kelmė, Varėna, Kaišiadorys, Pasvalys, "
        "Kupiškis, Zarasai, Skuodas, Kazlų Rūda, Širvintos, Molėtai, Šakiai, Trakai, Ignalina, Šalčininkai, "
        "Neringa, Birštonas, Pabradė, Naujoji Akmenė, Švenčionys, Nemenčinė, Rietavas, Kalvarija, Lazdijai, "
        "Pakruojis, Šilalė, Akmenė, Ariogala, Vievis, Žiežmariai, Ežerėlis, Kybartai, Ramygala"
    ),
    "et_EE": (
        "Tallinn, Tartu, Narva, Pärnu, Kohtla-Järve, Viljandi, Maardu, Rakvere, Kuressaare, Sillamäe, Valga, "
        "Võru, Jõhvi, Haapsalu, Keila, Paide, Saue, Põlva, Türi, Rapla, Jõgeva, Kiviõli, Põltsamaa, "
        "Sindi, Paldiski, Kärdla, Kunda, Tõrva, Narva-Jõesuu, Kehra, Loksa, Otepää, Räpina, Tamsalu, Kilingi-Nõmme"
    ),
    "en_IE": (
        "Dublin, Cork, Limerick, Galway, Waterford, Drogheda, Dundalk, Swords, Bray, Navan, Kilkenny, Ennis, "
        "Carlow, Tralee, Newbridge, Portlaoise, Balbriggan, Naas, Athlone, Mullingar, Celbridge, Wexford, "
        "Letterkenny, Sligo, Greystones, Clonmel, Malahide, Carrigaline, Leixlip, Tullamore, Killarney, Arklow, "
        "Cobh, Ashbourne, Midleton, Mallow, Castlebar, Enniscorthy, Wicklow, Tramore, Cavan, Athy, Longford, "
        "Dungarvan, Nenagh, Thurles, Youghal, Monaghan, Buncrana, Ballina, Shannon, Kildare, "
        "Carrick-on-Suir, Tipperary, Westport, Roscommon, Gorey, Kells, Birr, Maynooth, Dunboyne, Portarlington, "
        "Laytown, Lusk, Skerries, Kinsale, Bandon, Fermoy, Listowel, Ballinasloe, Loughrea, Tuam, "
        "Edenderry, Mountmellick, Roscrea, Cashel, Carrickmacross, Clones, Ballyshannon, Donegal, Dungloe, "
        "Bantry, Clonakilty, Skibbereen, Macroom, Charleville, Kilrush, Ennistymon, Boyle, Carrick-on-Shannon, "
        "Ardee, Bettystown, Duleek, Blessington, Kilcock, Sallins, Clane, Prosperous, Rathnew, New Ross, "
        "Bunclody, Castleisland, Kenmare, Dingle, Cahersiveen, Newcastle West, Abbeyfeale, Kilmallock, Ballybofey"
    ),
    # Jordan, the Emirates, Bosnia and Herzegovina and Odisha: Faker invents English-looking towns for ar_JO,
    # ar_AE and bs_BA and Odia ones for or_IN, so their real towns (Latin spellings of exports, and the
    # Odia script) matched no list. Their cities and larger towns.
    "ar_JO": (
        "Amman, Zarqa, Irbid, Russeifa, Sahab, Aqaba, Madaba, Mafraq, Jerash, As-Salt, Ramtha, Karak, "
        "Ma'an, Tafilah, Ajloun, Zarqa Jadida, Fuheis, Deir Alla, Shouneh, Ruseifa, Wadi Musa, Azraq, Dhiban"
    ),
    "ar_AE": (
        "Dubai, Abu Dhabi, Sharjah, Al Ain, Ajman, Ras Al Khaimah, Fujairah, Umm Al Quwain, Khor Fakkan, "
        "Kalba, Dibba, Dibba Al-Fujairah, Madinat Zayed, Ruwais, Jebel Ali, Hatta, Dhaid, Liwa, Ghayathi"
    ),
    "bs_BA": (
        "Sarajevo, Banja Luka, Tuzla, Zenica, Mostar, Bihać, Bijeljina, Brčko, Prijedor, Trebinje, Doboj, "
        "Cazin, Velika Kladuša, Visoko, Goražde, Konjic, Gračanica, Gradačac, Bugojno, Živinice, Travnik, "
        "Lukavac, Sanski Most, Srebrenik, Kakanj, Zvornik, Livno, Široki Brijeg, Gradiška, Derventa, Maglaj, "
        "Tešanj, Jajce, Vitez, Kiseljak, Ilidža, Vogošća, Stolac, Čapljina, Ljubuški, Foča, Višegrad, Bosanska Krupa, "
        "Kalesija, Kladanj, Olovo, Vareš, Breza, Zavidovići, Žepče, Novi Travnik, Gornji Vakuf, Prozor, Jablanica, "
        "Tomislavgrad, Posušje, Neum, Bileća, Nevesinje, Gacko, Sokolac, Rogatica, Srebrenica, Modriča"
    ),
    "or_IN": (
        "Bhubaneswar, Cuttack, Rourkela, Berhampur, Brahmapur, Sambalpur, Puri, Balasore, Baleshwar, Bhadrak, "
        "Baripada, Jharsuguda, Jeypore, Bargarh, Rayagada, Bhawanipatna, Dhenkanal, Barbil, Kendujhar, "
        "Sunabeda, Paradeep, Angul, Talcher, Jajpur, Koraput, Kendrapara, Jagatsinghpur, Nayagarh, Phulbani, "
        "Balangir, Bolangir, Sonepur, Titlagarh, Khordha, Malkangiri, Nabarangpur, Gunupur, Paralakhemundi, "
        "ଭୁବନେଶ୍ୱର, କଟକ, ରାଉରକେଲା, ବ୍ରହ୍ମପୁର, ସମ୍ବଲପୁର, ପୁରୀ, ବାଲେଶ୍ୱର, ଭଦ୍ରକ, ବାରିପଦା, ଝାରସୁଗୁଡ଼ା, "
        "ଜୟପୁର, ବରଗଡ଼, ରାୟଗଡ଼ା, ଭବାନୀପାଟଣା, ଢେଙ୍କାନାଳ, କେନ୍ଦୁଝର, ପାରାଦୀପ, ଅନୁଗୋଳ, ତାଳଚେର, ଯାଜପୁର, "
        "କୋରାପୁଟ, କେନ୍ଦ୍ରାପଡ଼ା, ଜଗତସିଂହପୁର, ନୟାଗଡ଼, ଫୁଲବାଣୀ, ବଲାଙ୍ଗିର, ସୋନପୁର, ଖୋର୍ଦ୍ଧା, ମାଲକାନଗିରି, "
        "ନବରଙ୍ଗପୁର, ଗୁଣପୁର, ପାରଳାଖେମୁଣ୍ଡି"
    ),
}
# Towns of countries Faker has no locale for, voted to the nearest locale whose fakes fit the script and
# language (Kazakhstan's Cyrillic and Latin spellings -> ru_RU; Peru -> Latin American Spanish).
_NEAREST: dict[str, str] = {
    "ru_RU": (
        "Алматы, Астана, Нур-Султан, Шымкент, Қарағанды, Караганда, Ақтөбе, Актобе, Тараз, Павлодар, Өскемен, "
        "Усть-Каменогорск, Семей, Семипалатинск, Атырау, Қостанай, Костанай, Қызылорда, Кызылорда, Орал, Уральск, "
        "Петропавл, Петропавловск, Ақтау, Актау, Теміртау, Темиртау, Түркістан, Туркестан, Көкшетау, Кокшетау, "
        "Талдықорған, Талдыкорган, Екібастұз, Экибастуз, Рудный, Жезқазған, Жезказган, Балқаш, Балхаш, Жаңаөзен, "
        "Жанаозен, Кентау, Сатпаев, Қонаев, Конаев, Капшагай, Риддер, Степногорск, Байқоңыр, Байконур, Сарань, "
        "Almaty, Astana, Shymkent, Karaganda, Qaraghandy, Aktobe, Aqtobe, Taraz, Pavlodar, Oskemen, "
        "Ust-Kamenogorsk, Semey, Atyrau, Kostanay, Qostanay, Kyzylorda, Qyzylorda, Uralsk, Petropavl, "
        "Aktau, Aqtau, Temirtau, Turkistan, Kokshetau, Taldykorgan, Ekibastuz, Zhezkazgan, Balkhash, Zhanaozen"
    ),
    "es_CO": (
        "Arequipa, Trujillo, Chiclayo, Piura, Iquitos, Cusco, Cuzco, Chimbote, Huancayo, Tacna, Juliaca, "
        "Sullana, Ayacucho, Chincha Alta, Huánuco, Pucallpa, Tarapoto, Puno, Tumbes, Talara, Jaén, Huaraz, "
        "Cajamarca, Moquegua, Abancay, Huacho, Chosica, Callao, Miraflores, Barranco, San Isidro, Surco, "
        "Santiago de Surco, San Juan de Lurigancho, Chorrillos, Villa El Salvador, Los Olivos, "
        "Puerto Maldonado, Chachapoyas, Moyobamba, Cerro de Pasco, Huancavelica, Sechura, Paita, Lambayeque"
    ),
}


# Countries for which Faker only invents English-looking towns (``New John`` for de_LU): their real
# towns are both the detector's list and the fakes' pool (:func:`own_towns`), so a Luxembourg
# town is replaced by another Luxembourg town, not by ``Lake Johnburgh``.
_OWN_TOWNS: dict[str, str] = {
    "de_LU": (
        "Luxembourg, Esch-sur-Alzette, Differdange, Dudelange, Ettelbruck, Diekirch, Wiltz, Echternach, "
        "Rumelange, Grevenmacher, Remich, Vianden, Clervaux, Mersch, Redange, Capellen, Bettembourg, Strassen, "
        "Bertrange, Hesperange, Sanem, Pétange, Kayl, Schifflange, Mamer, Mondorf-les-Bains, Junglinster, "
        "Steinsel, Walferdange, Lorentzweiler, Mondercange, Leudelange, Kehlen, Steinfort, Niederanven, "
        "Sandweiler, Contern, Schuttrange, Roeser, Frisange, Weiler-la-Tour, Käerjeng, Bascharage, Colmar-Berg, "
        "Bissen, Beckerich, Useldange, Troisvierges, Hosingen, Wincrange, Erpeldange, Schieren, Bettendorf, "
        "Beaufort, Larochette, Heffingen, Mertert, Wasserbillig, Consdorf, Berdorf, Rosport, Betzdorf, Biwer, "
        "Flaxweiler, Lenningen, Stadtbredimus, Bous, Dalheim, Schengen, Wormeldange, Manternach, Koerich, "
        "Garnich, Dippach, Reckange-sur-Mess, Kopstal, Lintgen, Fischbach, Boevange-sur-Attert, Préizerdaul"
    ),
    "is_IS": (
        "Reykjavík, Kópavogur, Hafnarfjörður, Akureyri, Reykjanesbær, Garðabær, Mosfellsbær, Selfoss, Akranes, "
        "Vestmannaeyjar, Ísafjörður, Borgarnes, Egilsstaðir, Sauðárkrókur, Húsavík, Grindavík, Hveragerði, "
        "Seltjarnarnes, Dalvík, Siglufjörður, Ólafsfjörður, Höfn, Vík, Hella, Hvolsvöllur, Þorlákshöfn, "
        "Stykkishólmur, Grundarfjörður, Ólafsvík, Bolungarvík, Patreksfjörður, Blönduós, Hvammstangi, "
        "Neskaupstaður, Eskifjörður, Reyðarfjörður, Seyðisfjörður, Vogar, Sandgerði, Keflavík, Njarðvík, "
        "Hofsós, Hólmavík, Flateyri, Þingeyri, Suðureyri, Grenivík, Raufarhöfn, Þórshöfn, Vopnafjörður, "
        "Djúpivogur, Fáskrúðsfjörður, Stöðvarfjörður, Breiðdalsvík, Kirkjubæjarklaustur, Laugarvatn, Flúðir, "
        "Búðardalur, Skagaströnd, Hnífsdalur, Tálknafjörður, Bíldudalur, Varmahlíð, Eyrarbakki, Stokkseyri"
    ),
    "it_CH": (
        "Lugano, Bellinzona, Locarno, Mendrisio, Chiasso, Giubiasco, Minusio, Massagno, Biasca, Losone, Ascona, "
        "Muralto, Stabio, Balerna, Novazzano, Coldrerio, Paradiso, Agno, Bioggio, Capriasca, Caslano, "
        "Collina d'Oro, Gambarogno, Tenero-Contra, Gordola, Riviera, Faido, Airolo, Acquarossa, Blenio, Maggia, "
        "Cevio, Morcote, Melide, Vezia, Savosa, Sorengo, Porza, Canobbio, Cadempino, Lamone, Manno, Monteceneri, "
        "Arbedo-Castione, Sant'Antonino, Cadenazzo, Brissago, Centovalli, Poschiavo, Brusio, Roveredo, Grono, "
        "Mesocco, Bregaglia, Vacallo, Morbio Inferiore, Breggia, Castel San Pietro, Riva San Vitale, Lumino"
    ),
    "en_PH": (
        "Manila, Quezon City, Caloocan, Davao City, Cebu City, Zamboanga City, Taguig, Pasig, Antipolo, "
        "Cagayan de Oro, Parañaque, Makati, Valenzuela, Las Piñas, Bacolod, General Santos, Muntinlupa, Marikina, "
        "Iloilo City, Pasay, Mandaluyong, Malabon, Navotas, Baguio, Dasmariñas, Bacoor, Imus, Calamba, Angeles, "
        "Lapu-Lapu, Mandaue, Tarlac City, Batangas City, Lipa, Lucena, San Pablo, Santa Rosa, Biñan, Cabuyao, "
        "Olongapo, Puerto Princesa, Tacloban, Butuan, Iligan, Cotabato City, Legazpi, Naga, Dumaguete, "
        "Tagbilaran, Roxas City, Ormoc, Tuguegarao, Laoag, Vigan, Dagupan, Cabanatuan, Malolos, Meycauayan, "
        "San Jose del Monte, Koronadal, Digos, Tagum, Surigao City, Ozamiz, Dipolog, Pagadian, Kidapawan, "
        "Malaybalay"
    ),
}
_TOWNS.update(_OWN_TOWNS)
for _locale, _towns in _NEAREST.items():
    _TOWNS[_locale] = f"{_TOWNS[_locale]}, {_towns}" if _locale in _TOWNS else _towns


def own_towns(locale: str | None) -> tuple[str, ...]:
    """Real towns of a locale Faker only invents towns for (``de_LU``, ``is_IS``, ``it_CH``, ``en_PH``),
    else ``()``: the pool of town fakes for that locale."""
    text = _OWN_TOWNS.get(locale or "")
    return tuple(t.strip() for t in text.split(",")) if text else ()


def _variants(town: str) -> set[str]:
    low = town.strip().lower()
    return {low, gazetteers.plain_form(low)}


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    out: dict[str, str] = {}
    for locale, towns in _TOWNS.items():
        for town in towns.split(","):
            for key in _variants(town):
                out.setdefault(key, locale)
    return out


def small_country_town(value: str) -> str | None:
    """The locale of a listed Latvian, Lithuanian, Estonian or Irish town (any case, accents
    optional), else None."""
    text = value.strip().lower()
    index = _index()
    return index.get(text) or index.get(gazetteers.plain_form(text))
