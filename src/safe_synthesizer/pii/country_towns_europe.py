"""Real towns of the European countries Faker has no locale of (data for :mod:`country_towns`).

Each country's capital, regional capitals and larger towns, as its people write them (Latin spelling, and the
country's own script where it has one: Arabic, Cyrillic, Khmer, Lao, Burmese): a few dozen per country, a handful
for the smallest islands. They are a pool of fakes and a list for the detector, never data.
"""

from __future__ import annotations

EUROPE: dict[str, str] = {
    "BY": (
        "Minsk, Gomel, Homiel, Mogilev, Mahilyow, Vitebsk, Viciebsk, Grodno, Hrodna, Brest, Babruysk, Bobruisk, "
        "Baranovichi, Baranavichy, Barysaw, Borisov, Pinsk, Orsha, Mazyr, Mozyr, Salihorsk, Soligorsk, Navapolatsk, "
        "Novopolotsk, Maladzyechna, Molodechno, Polotsk, Zhlobin, Svetlahorsk, Rechytsa, Slutsk, Zhodzina, "
        "Kobryn, Slonim, Vawkavysk, Kalinkavichy, Smalyavichy, Asipovichy, Hlybokaye, Navahrudak, Nesvizh, "
        "Минск, Гомель, Могилёв, Могилев, Витебск, Гродно, Брест, Бобруйск, Барановичи, Борисов, Пинск, Орша, "
        "Мозырь, Солигорск, Новополоцк, Лида, Молодечно, Полоцк, Жлобин, Светлогорск, Речица, Слуцк, Жодино, "
        "Мінск, Гомель, Магілёў, Віцебск, Гродна, Брэст, Бабруйск, Баранавічы, Барысаў, Пінск, Орша"
    ),
    "MD": (
        "Chișinău, Chisinau, Bălți, Balti, Tiraspol, Bender, Tighina, Rîbnița, Cahul, Ungheni, Soroca, Orhei, "
        "Dubăsari, Comrat, Ceadîr-Lunga, Strășeni, Căușeni, Drochia, Edineț, Durlești, Vulcănești, Hîncești, "
        "Ialoveni, Florești, Sîngerei, Călărași, Nisporeni, Fălești, Glodeni, Rîșcani, Briceni, Ocnița, Dondușeni, "
        "Telenești, Rezina, Șoldănești, Criuleni, Anenii Noi, Cimișlia, Basarabeasca, Leova, Cantemir, Taraclia, "
        "Ștefan Vodă, Codru, Cricova, Sîngera, Otaci, Cupcini, Costești"
    ),
    "RS": (
        "Beograd, Belgrade, Novi Sad, Niš, Kragujevac, Subotica, Zrenjanin, Pančevo, Čačak, Novi Pazar, Kraljevo, "
        "Smederevo, Leskovac, Valjevo, Kruševac, Vranje, Šabac, Užice, Sombor, Požarevac, Pirot, Zaječar, "
        "Kikinda, Sremska Mitrovica, Jagodina, Vršac, Prokuplje, Loznica, Inđija, Ruma, Obrenovac, "
        "Lazarevac, Aranđelovac, Paraćin, Ćuprija, Negotin, Gornji Milanovac, Vrbas, Bačka Palanka, Stara Pazova, "
        "Београд, Нови Сад, Ниш, Крагујевац, Суботица, Зрењанин, Панчево, Чачак, Нови Пазар, Краљево, "
        "Смедерево, Лесковац, Ваљево, Крушевац, Врање, Шабац, Ужице, Сомбор, Пожаревац, Пирот, Зајечар"
    ),
    "ME": (
        "Podgorica, Nikšić, Herceg Novi, Pljevlja, Bijelo Polje, Cetinje, Berane, Budva, Ulcinj, Tivat, "
        "Rožaje, Kotor, Danilovgrad, Mojkovac, Plav, Kolašin, Žabljak, Šavnik, Andrijevica, Plužine, Gusinje, "
        "Petnjica, Tuzi, Golubovci, Sutomore, Petrovac, Risan, Igalo, Virpazar, "
        "Подгорица, Никшић, Херцег Нови, Пљевља, Бијело Поље, Цетиње, Бар, Беране, Будва, Улцињ, Тиват, Котор"
    ),
    "XK": (
        "Prishtinë, Pristina, Prizren, Ferizaj, Pejë, Gjakovë, Gjilan, Mitrovicë, Podujevë, Vushtrri, Suharekë, "
        "Rahovec, Drenas, Lipjan, Malishevë, Kamenicë, Viti, Deçan, Istog, Klinë, Skenderaj, Dragash, Fushë "
        "Kosovë, Kaçanik, Shtime, Obiliq, Junik, Hani i Elezit, Graçanicë, Shtërpcë, Novobërdë, Zubin Potok"
    ),
    "AD": (
        "Andorra la Vella, Escaldes-Engordany, Encamp, Sant Julià de Lòria, La Massana, Santa Coloma, Ordino, "
        "Canillo, Pas de la Casa, Arinsal, Soldeu, El Tarter, Anyós, Erts, La Cortinada, Sispony, Llorts"
    ),
    "MC": ("Monaco, Monte-Carlo, La Condamine, Fontvieille, Moneghetti, Larvotto, Saint-Roman, Monaco-Ville"),
    "SM": (
        "San Marino, Serravalle, Borgo Maggiore, Domagnano, Fiorentino, Acquaviva, Faetano, Chiesanuova, "
        "Montegiardino, Dogana, Falciano, Rovereta, Murata, Cailungo, Ventoso, Gualdicciolo, Torraccia"
    ),
    "VA": ("Città del Vaticano, Vaticano, Castel Gandolfo"),
    "GI": ("Gibraltar, Catalan Bay, Sandy Bay, Westside, South District, Town Area, East Side, Upper Town"),
    "IM": (
        "Douglas, Onchan, Ramsey, Port Erin, Castletown, Port St Mary, Laxey, Ballasalla, Kirk Michael, "
        "Foxdale, Union Mills, Ballaugh, Jurby, Santon, Baldrine, Sulby, Glen Vine"
    ),
    "JE": (
        "St Helier, Saint Helier, St Brelade, St Clement, St Saviour, St Lawrence, St Ouen, St Martin, "
        "Grouville, St Mary, St John, St Peter, St Aubin, Les Quennevais, La Rocque, First Tower"
    ),
    "GG": (
        "St Peter Port, Saint Peter Port, St Sampson, St Martin, St Saviour, Torteval, "
        "St Andrew, St Pierre du Bois, Alderney, St Anne, L'Islet, Cobo, Les Baissières, "
        # Guernsey's parishes are its towns: people write Castel and Vale as their home (set 35, seen).
        "Castel, Vale, Forest, St Peter's, Sark, Herm, Braye, L'Ancresse, Bordeaux, Pleinmont"
    ),
    "FO": (
        "Tórshavn, Klaksvík, Runavík, Tvøroyri, Fuglafjørður, Vestmanna, Vágur, Sørvágur, Miðvágur, Sandavágur, "
        "Saltangará, Hoyvík, Argir, Strendur, Eiði, Sandur, Hvalba, Sumba, Kollafjørður, Nólsoy, Viðareiði"
    ),
    "GL": (
        "Nuuk, Sisimiut, Ilulissat, Qaqortoq, Aasiaat, Maniitsoq, Tasiilaq, Paamiut, Narsaq, Nanortalik, "
        "Uummannaq, Upernavik, Qasigiannguit, Qeqertarsuaq, Kangaatsiaq, Qaanaaq, Ittoqqortoormiit, "
        "Kangerlussuaq, Narsarsuaq, Kullorsuaq, Kulusuk, Alluitsup Paa, Qasigiannguit"
    ),
    "AX": (
        "Mariehamn, Jomala, Finström, Lemland, Saltvik, Hammarland, Sund, Eckerö, Föglö, Geta, Vårdö, Lumparland, "
        "Brändö, Kumlinge, Kökar, Sottunga, Godby"
    ),
}
