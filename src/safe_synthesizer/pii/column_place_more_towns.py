"""Cities of countries no town list of the detector knew: listed only (they vote for no locale).

Why: a town column is told by a share of listed towns, and Faker, whose lists the detector reads, invents
English- or Spanish-looking towns for many locales or has none. The cities most of a country's people live in
matched nothing: Uzbek ``Buxoro``, Albanian ``Shkodër``, the Irish-language ``Gaillimh``, Catalan ``Sabadell``,
Uruguay's ``Paysandú``, Angola's ``Lubango``, Ecuador's ``Ambato``, Costa Rica's ``Alajuela``, the Dominican
``San Pedro de Macorís``, Bahrain's ``مدينة حمد``, the Swedish names of Finnish towns (``Åbo``, ``Jakobstad``),
Jamaica's ``Ocho Rios``, Senegal's ``Kaolack`` and the French names of Belgian towns (``Bruxelles``, ``Wavre``);
and Central America's, Bolivia's, Paraguay's and the Gulf's. Set 22 (seen) left 25 such town columns.

Words that are also known first names or surnames (``Kingston``, ``Asunción``, ``Vasa``, ``Mercedes``,
``Rivera``, ``Heredia``, ``Maldonado``, ``Berat``, ``Lima``, ``Houston``, ``Sydney``) or plain words (``Loja``
shop, ``Spa``, ``Sur``, ``Nice``, ``Reading``, ``Natal``) are left out: a column of people must not read as towns.
Read in any case and without accents, like the other lists.
"""

from __future__ import annotations

MORE_TOWNS = (
    # The largest cities of countries whose Faker towns are invented (the United States, France, Britain,
    # Brazil, Turkey, Mexico, Australia, Canada) or missing (Georgia, Armenia). Towns that are also people's
    # names (``Houston``, ``Paris``, ``London``, ``Sydney``) or words (``Nice``, ``Reading``, ``Natal``) are not.
    "New York, Chicago, Philadelphia, Dallas, Jacksonville, Fort Worth, Columbus, Indianapolis, Seattle, "
    "Denver, Boston, Nashville, Detroit, Oklahoma City, Portland, Las Vegas, Memphis, Louisville, Baltimore, "
    "Milwaukee, Tucson, Sacramento, Kansas City, Miami, Omaha, Minneapolis, Cleveland, Pittsburgh, Cincinnati, "
    "Tampa, New Orleans, Honolulu, Anchorage, Salt Lake City, Marseille, Toulouse, Nantes, Montpellier, "
    "Strasbourg, Bordeaux, Rennes, Reims, Toulon, Saint-Étienne, Le Havre, Grenoble, Dijon, Nîmes, "
    "Villeurbanne, Clermont-Ferrand, Aix-en-Provence, Brest, Amiens, Limoges, Perpignan, Rouen, Mulhouse, "
    "Caen, Avignon, Poitiers, Calais, Dunkerque, Bayonne, Cannes, Annecy, Alicante, Valladolid, Gijón, "
    "A Coruña, Vitoria-Gasteiz, Elche, Donostia, Cádiz, Huelva, Almería, Logroño, Badajoz, "
    "Jerez de la Frontera, Marbella, Albacete, Castellón de la Plana, Manchester, Leeds, Glasgow, Liverpool, "
    "Bristol, Sheffield, Edinburgh, Cardiff, Belfast, Leicester, Coventry, Nottingham, Newcastle upon Tyne, "
    "Southampton, Portsmouth, Plymouth, Aberdeen, Swansea, Stoke-on-Trent, Wolverhampton, Sunderland, "
    "Brighton, Norwich, Oxford, Cambridge, Exeter, Dundee, Luton, Swindon, Bournemouth, Middlesbrough, "
    "Blackpool, Ipswich, Peterborough, Inverness, Köln, Frankfurt am Main, Düsseldorf, Leipzig, Dortmund, "
    "Nürnberg, Bochum, Wuppertal, Bielefeld, Bonn, São Paulo, Brasília, Fortaleza, Manaus, Curitiba, Recife, "
    "Belém, Goiânia, Guarulhos, Campinas, São Luís, Maceió, Teresina, Florianópolis, Cuiabá, Aracaju, "
    "Londrina, Joinville, Niterói, Ribeirão Preto, Sorocaba, Uberlândia, İstanbul, Istanbul, Ankara, İzmir, "
    "Izmir, Bursa, Antalya, Konya, Adana, Gaziantep, Şanlıurfa, Kocaeli, Mersin, Diyarbakır, Kayseri, "
    "Eskişehir, Samsun, Denizli, Malatya, Trabzon, Erzurum, Manisa, Balıkesir, Ciudad de México, Guadalajara, "
    "Puebla, Tijuana, Zapopan, Ciudad Juárez, Querétaro, San Luis Potosí, Aguascalientes, Hermosillo, "
    "Saltillo, Mexicali, Culiacán, Acapulco, Cancún, Chihuahua, Toluca, Veracruz, Oaxaca, Tampico, Melbourne, "
    "Brisbane, Perth, Canberra, Hobart, Gold Coast, Wollongong, Geelong, Townsville, Toowoomba, Ballarat, "
    "Bendigo, Toronto, Montreal, Montréal, Vancouver, Calgary, Ottawa, Edmonton, Winnipeg, Halifax, Québec, "
    "Kitchener, Saskatoon, St. John's, Mississauga, Brampton, Surrey, Gatineau, Longueuil, Sherbrooke, "
    "Burnaby, Tbilisi, Batumi, Kutaisi, Yerevan, Gyumri, Vanadzor, "
    # Uzbekistan (Latin and Cyrillic)
    "Toshkent, Tashkent, Samarqand, Samarkand, Buxoro, Bukhara, Andijon, Andijan, Namangan, Fargʻona, Farg'ona, "
    "Fergana, Qarshi, Nukus, Urganch, Jizzax, Navoiy, Termiz, Guliston, Xiva, Qoʻqon, Qo'qon, Kokand, Margʻilon, "
    "Margilan, Chirchiq, Olmaliq, Angren, Bekobod, Shahrisabz, Denov, Тошкент, Самарқанд, Бухоро, Андижон, "
    "Наманган, Фарғона, Қарши, Нукус, Урганч, Жиззах, Навоий, Термиз, Гулистон, Хива, Қўқон, Чирчиқ, "
    # Albania
    "Tiranë, Tirana, Durrës, Durres, Vlorë, Elbasan, Shkodër, Shkodra, Korçë, Korca, Lushnjë, Kavajë, "
    "Pogradec, Gjirokastër, Sarandë, Lezhë, Kukës, Kuçovë, Krujë, Peshkopi, Librazhd, Tepelenë, Përmet, Gramsh, "
    "Himarë, Delvinë, Rrëshen, "
    # Scotland in Gaelic and Wales in Welsh: bilingual signs and Gaelic-medium forms write these (set 35, seen: a
    # Hebridean town column of ``Steòrnabhagh``, ``Port Rìgh``).
    "Steòrnabhagh, Port Rìgh, An t-Òban, Inbhir Nis, Baile a' Mhanaich, Loch nam Madadh, Tairbeart, "
    "An Gearasdan, Dùn Èideann, Glaschu, Obar Dheathain, Dùn Dè, Peairt, Sruighlea, Inbhir Àir, Dùn Phris, "
    "Eilginn, Inbhir Theòrsa, Ceann Loch Chille Chiarain, Bogha Mòr, Dùn Omhain, Inbhir Aora, Àird Driseig, "
    "Caol Loch Aillse, Ulapul, Dòrnach, Inbhir Ghòrdain, Baile Dhubhthaich, Ionbhar Nis, Cille Chuimein, "
    "Malaig, Beinn na Faoghla, Loch Baghasdail, Bàgh a' Chaisteil, Lèanaig, Ceann a' Bhàigh, Bun Sgoil, "
    "Caerdydd, Abertawe, Casnewydd, Wrecsam, Caerfyrddin, Aberystwyth, Caernarfon, Bangor, Llandudno, "
    "Pen-y-bont ar Ogwr, Merthyr Tudful, Pont-y-pŵl, Y Barri, Caerffili, Aberhonddu, Y Fenni, Hwlffordd, "
    "Aberteifi, Llanelli, Porthmadog, Dolgellau, Pwllheli, Machynlleth, Y Drenewydd, Y Trallwng, Rhuthun, "
    "Dinbych, Yr Wyddgrug, Treffynnon, Caergybi, Llangefni, Biwmares, Abergwaun, Castell-nedd, Pontypridd, "
    # Ireland in Irish
    "Baile Átha Cliath, Corcaigh, Gaillimh, Luimneach, Port Láirge, Trá Lí, Cill Chainnigh, Dún Dealgan, "
    "Droichead Átha, Sligeach, An Nás, Ceatharlach, Loch Garman, Leitir Ceanainn, Cluain Meala, Baile Átha Luain, "
    "An Muileann gCearr, Tulach Mhór, Port Laoise, Cill Airne, Caisleán an Bharraigh, Cathair na Mart, "
    "Béal an Átha, Daingean Uí Chúis, Dún Garbhán, An Uaimh, Ros Comáin, Muineachán, An Cabhán, Inis Córthaidh, "
    # Catalonia
    "Lleida, Tarragona, Sabadell, Terrassa, Badalona, Mataró, Manresa, Granollers, Olot, Sitges, "
    "Igualada, Castelldefels, Viladecans, Cornellà de Llobregat, L'Hospitalet de Llobregat, El Prat de Llobregat, "
    "Vilanova i la Geltrú, Sant Cugat del Vallès, Sant Boi de Llobregat, Mollet del Vallès, Vilafranca del Penedès, "
    # Uruguay, Paraguay, Bolivia
    "Montevideo, Paysandú, Las Piedras, Tacuarembó, Fray Bentos, Colonia del Sacramento, Punta del Este, "
    "Ciudad de la Costa, Treinta y Tres, San José de Mayo, Ciudad del Este, "
    "Capiatá, Lambaré, Fernando de la Mora, Pedro Juan Caballero, Santa Cruz de la Sierra, Cochabamba, El Alto, "
    "Oruro, Potosí, Tarija, Trinidad de Bolivia, "
    # Angola and Mozambique
    "Luanda, Huambo, Lobito, Benguela, Lubango, Kuito, Malanje, Namibe, Soyo, Cabinda, Uíge, Saurimo, Sumbe, "
    "Menongue, Dundo, Ondjiva, Caxito, Mbanza Kongo, Cacuaco, Maputo, Matola, Beira, Nampula, Chimoio, "
    "Nacala, Quelimane, Xai-Xai, Lichinga, Inhambane, "
    # Ecuador, Costa Rica, Central America, the Dominican Republic, Puerto Rico
    "Quito, Guayaquil, Machala, Portoviejo, Ambato, Riobamba, Esmeraldas, Latacunga, "
    "Babahoyo, Tulcán, Otavalo, Alajuela, Cartago, Puntarenas, Puerto Limón, Ciudad Quesada, Desamparados, "
    "Escazú, Turrialba, Tegucigalpa, San Pedro Sula, La Ceiba, Choloma, Comayagua, Choluteca, Managua, Masaya, "
    "Matagalpa, Chinandega, Estelí, Jinotega, San Salvador, Soyapango, Santa Tecla, Sonsonate, "
    "Ciudad de Guatemala, Quetzaltenango, Escuintla, Antigua Guatemala, Cobán, Huehuetenango, Chimaltenango, "
    "Ciudad de Panamá, San Miguelito, La Chorrera, Chitré, Penonomé, Santo Domingo, Santiago de los Caballeros, "
    "La Romana, San Pedro de Macorís, Puerto Plata, San Francisco de Macorís, Higüey, Punta Cana, Bonao, Baní, "
    "Nagua, Samaná, Bayamón, Mayagüez, Arecibo, Guaynabo, "
    # The Gulf (Arabic and Latin)
    "المنامة, المحرق, الرفاع, مدينة حمد, مدينة عيسى, سترة, جدحفص, البديع, الحد, الزلاق, Manama, Muharraq, Riffa, "
    "Hamad Town, Isa Town, Sitra, Budaiya, مدينة الكويت, الجهراء, حولي, السالمية, الفروانية, الأحمدي, Kuwait City, "
    "Jahra, Hawalli, Salmiya, Farwaniya, الدوحة, الريان, الوكرة, الخور, أم صلال, Al Rayyan, Al Wakrah, Al Khor, "
    "مسقط, صلالة, صحار, نزوى, البريمي, عبري, السيب, Salalah, Sohar, Nizwa, Seeb, "
    # Finland in Swedish
    "Helsingfors, Åbo, Jakobstad, Borgå, Ekenäs, Esbo, Tammerfors, Uleåborg, Kristinestad, "
    "Karleby, Gamlakarleby, Nykarleby, Hangö, Kaskö, Närpes, Mariehamn, Raseborg, Kyrkslätt, Grankulla, "
    "Sibbo, Pargas, Nådendal, Björneborg, Tavastehus, Villmanstrand, Lahtis, Korsholm, Malax, Kronoby, Larsmo, "
    "Pedersöre, Kimitoön, "
    # Jamaica and the Caribbean
    "Montego Bay, Spanish Town, Portmore, Mandeville, Ocho Rios, May Pen, Savanna-la-Mar, "
    "Port Antonio, Linstead, Old Harbour, Half Way Tree, Morant Bay, Negril, Lucea, St. Ann's Bay, Port Maria, "
    "Port of Spain, San Fernando, Chaguanas, Bridgetown, Nassau, Freeport, Castries, "
    # Senegal, Côte d'Ivoire, Mali, Cameroon (French)
    "Dakar, Kaolack, Saint-Louis, Ziguinchor, Rufisque, Touba, Mbour, Diourbel, Louga, Tambacounda, Kolda, "
    "Fatick, Kaffrine, Kédougou, Matam, Sédhiou, Pikine, Guédiawaye, Richard-Toll, Tivaouane, Mbacké, Abidjan, "
    "Bouaké, Yamoussoukro, Daloa, Korhogo, Bamako, Sikasso, Ségou, Mopti, Kayes, Yaoundé, Douala, "
    "Garoua, Bamenda, Bafoussam, Ngaoundéré, "
    # Belgium in French
    "Bruxelles, Wavre, Liège, Namur, Charleroi, Mons, La Louvière, Tournai, Verviers, Seraing, Mouscron, "
    "Louvain-la-Neuve, Ottignies, Nivelles, Arlon, Bastogne, Dinant, Braine-l'Alleud, Gembloux, "
    "Marche-en-Famenne, Anvers, Gand, Bruges, Louvain, Malines, Courtrai, Ostende, Hasselt, Alost"
)


def more_towns() -> tuple[str, ...]:
    """The towns of :data:`MORE_TOWNS`, one string each."""
    return tuple(t.strip() for t in MORE_TOWNS.split(",") if t.strip())
