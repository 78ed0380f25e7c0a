"""Real towns of the American, Asian, Pacific and European countries Faker has no locale of (data for
:mod:`country_towns`).

Each country's capital, regional capitals and larger towns, as its people write them (Latin spelling, and the
country's own script where it has one: Arabic, Cyrillic, Khmer, Lao, Burmese): a few dozen per country, a handful
for the smallest islands. They are a pool of fakes and a list for the detector, never data.
"""

from __future__ import annotations

AMERICAS: dict[str, str] = {
    "BO": (
        "La Paz, Santa Cruz de la Sierra, Cochabamba, El Alto, Sucre, Oruro, Tarija, Potosí, Sacaba, Quillacollo, "
        "Montero, Trinidad, Riberalta, Yacuiba, Cobija, Guayaramerín, Villazón, Tupiza, Camiri, Warnes, Viacha, "
        "Llallagua, Uyuni, Villamontes, Bermejo, Puerto Suárez, Caranavi, Achacachi, Copacabana, Punata, Tiquipaya, "
        "Colcapirhua, Vinto, San Ignacio de Velasco, Ascensión de Guarayos, Rurrenabaque, Challapata, Huanuni"
    ),
    "PY": (
        "Asunción, Ciudad del Este, San Lorenzo, Luque, Capiatá, Lambaré, Fernando de la Mora, Ñemby, "
        "Encarnación, Mariano Roque Alonso, Pedro Juan Caballero, Villa Elisa, Coronel Oviedo, Caaguazú, Itauguá, "
        "Villarrica, Presidente Franco, Hernandarias, Caacupé, San Antonio, Areguá, Itá, "
        "Paraguarí, San Estanislao, Salto del Guairá, Villa Hayes, Minga Guazú, Ypacaraí, Curuguaty, Filadelfia"
    ),
    "UY": (
        "Montevideo, Salto, Ciudad de la Costa, Paysandú, Las Piedras, Rivera, Maldonado, Tacuarembó, "
        "Minas, San José de Mayo, Durazno, Barros Blancos, Treinta y Tres, "
        "San Carlos, Pando, Fray Bentos, Colonia del Sacramento, Trinidad, Carmelo, Canelones, "
        "Punta del Este, Piriápolis, Santa Lucía, Bella Unión, Río Branco, Chuy, Nueva Helvecia"
    ),
    "EC": (
        "Guayaquil, Quito, Cuenca, Santo Domingo, Machala, Durán, Manta, Portoviejo, Loja, Ambato, Esmeraldas, "
        "Quevedo, Riobamba, Ibarra, La Libertad, Babahoyo, Sangolquí, Daule, Latacunga, Tulcán, Chone, "
        "Santa Rosa, Huaquillas, Nueva Loja, El Carmen, Montecristi, Samborondón, Cayambe, Otavalo, "
        "Azogues, Puyo, Tena, Macas, Jipijapa, Vinces, Balzar, Guaranda"
    ),
    "PE": (
        "Lima, Arequipa, Chiclayo, Piura, Iquitos, Cusco, Chimbote, Huancayo, Tacna, Juliaca, Ica, "
        "Sullana, Ayacucho, Chincha Alta, Huánuco, Pucallpa, Tarapoto, Puno, Tumbes, Talara, Huaraz, Cajamarca, "
        "Moquegua, Abancay, Huacho, Callao, Puerto Maldonado, Chachapoyas, Moyobamba, Cerro de Pasco, Huancavelica, "
        "Paita, Lambayeque, Jaén, Ilo, Pisco, Nazca, Barranca, Huaral, Cañete, Tingo María, Juliaca, Andahuaylas"
    ),
    "CR": (
        "San José, Alajuela, Heredia, Cartago, Puntarenas, Desamparados, San Isidro de "
        "El General, Curridabat, San Vicente, Purral, Turrialba, Nicoya, Santa Cruz, San Ramón, "
        "Escazú, Santa Ana, Tibás, Moravia, Goicoechea, Guápiles, Siquirres, Cañas, "
        "Orotina, Quepos, Jacó, Golfito, Ciudad Neily, Upala, Los Chiles, Tilarán, Sarchí, Aserrí"
    ),
    "SV": (
        "San Salvador, Santa Ana, Soyapango, San Miguel, Mejicanos, Santa Tecla, Apopa, Ilopango, "
        "Usulután, Ahuachapán, Sonsonate, Cojutepeque, Zacatecoluca, San Vicente, Chalatenango, La Unión, "
        "San Martín, Antiguo Cuscatlán, Quezaltepeque, Acajutla, Metapán, Chalchuapa, Sensuntepeque, "
        "San Francisco Gotera, Ilobasco, La Libertad, Izalco, Nahuizalco, Santiago de María, Jiquilisco"
    ),
    "HN": (
        "Tegucigalpa, San Pedro Sula, Choloma, La Ceiba, El Progreso, Choluteca, Comayagua, Puerto Cortés, "
        "La Lima, Danlí, Siguatepeque, Juticalpa, Villanueva, Tocoa, Tela, Santa Rosa de Copán, Olanchito, "
        "Catacamas, Comayagüela, Juticalpa, Yoro, La Esperanza, Nacaome, Roatán, Santa Bárbara, "
        "Ocotepeque, Marcala, Talanga, Potrerillos, Siguatepeque, Santa Rita, Copán Ruinas"
    ),
    "NI": (
        "Managua, Masaya, Matagalpa, Chinandega, Granada, Estelí, Tipitapa, Jinotega, Juigalpa, Bluefields, "
        "Puerto Cabezas, Bilwi, Diriamba, Jinotepe, Nueva Guinea, Ocotal, Boaco, Somoto, Chichigalpa, "
        "El Viejo, Ciudad Sandino, Nagarote, La Paz Centro, Masatepe, Nindirí, Camoapa, San Carlos, Siuna, "
        "Corinto, San Juan del Sur, Sébaco, Ciudad Darío, Condega, Waslala"
    ),
    "PA": (
        "Ciudad de Panamá, Panamá, San Miguelito, La Chorrera, Arraiján, Santiago de Veraguas, "
        "Chitré, Penonomé, Las Tablas, Aguadulce, Changuinola, Bocas del Toro, Boquete, Puerto Armuelles, "
        "Vista Alegre, Tocumen, Pacora, Las Cumbres, Juan Díaz, Pedregal, Chepo, Capira, Natá, Soná, "
        "Bugaba, La Concepción, Los Santos, Macaracas, Ocú, Portobelo, Sabanitas, Nuevo Arraiján"
    ),
    "GT": (
        "Ciudad de Guatemala, Guatemala, Mixco, Villa Nueva, Quetzaltenango, Petapa, San Juan Sacatepéquez, "
        "Villa Canales, Escuintla, Chinautla, Chimaltenango, Huehuetenango, Amatitlán, Totonicapán, Santa Lucía "
        "Cotzumalguapa, Puerto Barrios, Cobán, Antigua Guatemala, Mazatenango, Retalhuleu, Coatepeque, Jalapa, "
        "Chiquimula, Zacapa, Jutiapa, Salamá, Sololá, San Benito, Santa Cruz del Quiché, San Marcos, "
        "Malacatán, Poptún, Sayaxché, Panajachel, Tecpán, Patzún, Palín, Fraijanes, Santa Catarina Pinula"
    ),
    "DO": (
        "Santo Domingo, Santiago de los Caballeros, Santo Domingo Este, Santo Domingo Norte, Santo Domingo Oeste, "
        "San Pedro de Macorís, La Romana, San Cristóbal, Puerto Plata, San Francisco de Macorís, Higüey, La Vega, "
        "Bonao, Moca, Baní, Azua, Barahona, Mao, Cotuí, Nagua, Bávaro, Punta Cana, Boca Chica, Los Alcarrizos, "
        "Hato Mayor, El Seibo, Samaná, Monte Plata, San Juan de la Maguana, "
        "Jarabacoa, Sosúa, Neiba, Dajabón, Montecristi, Pedernales, Villa Altagracia"
    ),
    "CU": (
        "La Habana, Santiago de Cuba, Camagüey, Holguín, Santa Clara, Guantánamo, Bayamo, Las Tunas, Cienfuegos, "
        "Pinar del Río, Matanzas, Ciego de Ávila, Sancti Spíritus, Manzanillo, Cárdenas, Palma Soriano, Moa, "
        "Contramaestre, Trinidad, Artemisa, San José de las Lajas, Nueva Gerona, Puerto Padre, "
        "Banes, Baracoa, Varadero, Sagua la Grande, Placetas, Güines, Consolación del Sur"
    ),
    "HT": (
        "Port-au-Prince, Cap-Haïtien, Carrefour, Delmas, Pétion-Ville, Gonaïves, Saint-Marc, Les Cayes, Jacmel, "
        "Port-de-Paix, Jérémie, Hinche, Fort-Liberté, Miragoâne, Léogâne, Croix-des-Bouquets, Tabarre, Cité "
        "Soleil, Petit-Goâve, Mirebalais, Limbé, Ouanaminthe, Dessalines, Aquin, Trou du Nord, Grande-Rivière-du-"
        "Nord, Verrettes, Saint-Raphaël, Kenscoff, Gressier, Arcahaie, Cabaret, Anse-à-Veau, Marigot, Belladère"
    ),
    "JM": (
        "Kingston, Portmore, Spanish Town, Montego Bay, May Pen, Mandeville, Old Harbour, Savanna-la-Mar, "
        "Ocho Rios, Linstead, Half Way Tree, Morant Bay, Port Antonio, Black River, Lucea, St. Ann's Bay, "
        "Port Maria, Bog Walk, Ewarton, Negril, Santa Cruz, Runaway Bay, Discovery Bay, Brown's Town, "
        "Stony Hill, Constant Spring, Greater Portmore, Yallahs, Annotto Bay, Frankfield"
    ),
    "TT": (
        "Port of Spain, San Fernando, Chaguanas, Arima, Point Fortin, Scarborough, Couva, Sangre Grande, "
        "Diego Martin, Tunapuna, Marabella, Princes Town, Siparia, Rio Claro, Fyzabad, Curepe, St. Augustine, "
        "San Juan, Laventille, Barataria, Maraval, Petit Valley, Carenage, Chaguaramas, Cunupia, "
        "Claxton Bay, Gasparillo, Moruga, Mayaro, Toco, Arouca, D'Abadie, Piarco"
    ),
    "BB": (
        "Bridgetown, Speightstown, Oistins, Holetown, Bathsheba, Six Cross Roads, Warrens, Wildey, Black Rock, "
        "St. Lawrence Gap, Christ Church, Saint Michael, Saint James, Saint Philip, Saint "
        "George, Saint Thomas, Saint Joseph, Saint Andrew, Saint Lucy, Saint Peter, Belleplaine"
    ),
    "BS": (
        "Nassau, Marsh Harbour, Cooper's Town, Andros Town, Clarence Town, Dunmore Town, "
        "George Town, Alice Town, Arthur's Town, Matthew Town, Spanish Wells, Rock Sound, Governor's Harbour, "
        "Lucaya, Eight Mile Rock, Fresh Creek, Nicholls Town, Treasure Cay, Hope Town, Deadman's Cay, Cable Beach, "
        "Freeport, West End, High Rock, Sweeting's Cay, Mangrove Cay, Congo Town, Kemp's Bay, Staniard Creek, "
        "Coopers Town, Green Turtle Cay, Dunmore, Tarpum Bay, Gregory Town, Harbour Island, Bimini, Alice Town"
    ),
    "BZ": (
        "Belize City, Belmopan, San Ignacio, Orange Walk Town, San Pedro, Corozal Town, Dangriga, Benque Viejo "
        "del Carmen, Punta Gorda, Santa Elena, Ladyville, Placencia, Caye Caulker, Shipyard, Spanish "
        "Lookout, Burrell Boom, Sarteneja, Guinea Grass, Valley of Peace, San Antonio, Bullet Tree Falls"
    ),
    "GY": (
        "Georgetown, New Amsterdam, Anna Regina, Bartica, Skeldon, Rosignol, Mahaicony, Parika, Vreed en "
        "Hoop, Lethem, Mabaruma, Mahdia, Corriverton, Enmore, Timehri, Soesdyke, Port Kaituma, Aishalton, "
        "Kwakwani, Ituni, Uitvlugt, Black Bush Polder, Port Mourant, Crabwood Creek"
    ),
    "SR": (
        "Paramaribo, Lelydorp, Nieuw Nickerie, Moengo, Meerzorg, Nieuw Amsterdam, Mariënburg, Albina, "
        "Brownsweg, Onverwacht, Totness, Brokopondo, Apoera, Zanderij, Domburg, Paranam, "
        "Tammenga, Wanica, Commewijne, Saramacca, Coronie, Marowijne, Kwatta, Blauwgrond, Uitvlugt"
    ),
    "AW": (
        "Oranjestad, San Nicolas, Santa Cruz, Paradera, Savaneta, Tanki Leendert, Pos Chiquito, "
        "Sabana Basora, Sero Colorado, Palm Beach, Madiki, Barcadera"
    ),
    "CW": (
        "Willemstad, Punda, Otrobanda, Pietermaai, Scharloo, Sint Michiel, Westpunt, Tera Kora, "
        "Santa Rosa, Brievengat, Groot Piscadera, Jan Thiel, Mahaai, Seru Fortuna, Boka Sami"
    ),
    "SX": ("Philipsburg, Simpson Bay, Cole Bay, Dutch Quarter, Lower Prince's Quarter"),
    "BQ": ("Kralendijk, Rincon, Antriol, Nikiboko, Tera Kora, Oranjestad, Windwardside"),
    "PR": (
        "San Juan, Bayamón, Carolina, Ponce, Caguas, Guaynabo, Arecibo, Toa Baja, Mayagüez, Trujillo Alto, "
        "Aguadilla, Humacao, Vega Baja, Cayey, Manatí, Yauco, Guayama, Cataño, "
        "Canóvanas, Río Grande, San Germán, Cabo Rojo, Hatillo, Juana Díaz, Coamo, Aibonito, Barceloneta"
    ),
    "AG": ("St. John's, All Saints, Liberta, Parham, Bolans, Codrington, Potters Village, Swetes, Old Road, Piggotts"),
    "LC": ("Castries, Gros Islet, Vieux Fort, Soufrière, Micoud, Dennery, Laborie, Anse La Raye, Choiseul"),
    "GD": ("St. George's, Gouyave, Grenville, Sauteurs, Hillsborough, Grand Anse, Woburn"),
    "VC": ("Kingstown, Georgetown, Barrouallie, Layou, Chateaubelair, Port Elizabeth, Calliaqua, Biabou"),
    "DM": ("Roseau, Portsmouth, Marigot, Berekua, Mahaut, Saint Joseph, Castle Bruce, La Plaine, Canefield"),
    "KN": ("Basseterre, Charlestown, Sandy Point Town, Cayon, Dieppe Bay Town, Gingerland, Old Road Town, Tabernacle"),
    "KY": ("George Town, West Bay, Bodden Town, Cayman Brac"),
    "BM": ("St. George's, Flatts"),
    "TC": ("Cockburn Town, Cockburn Harbour, Providenciales, Grace Bay, Bottle Creek"),
    "VG": ("Road Town, Spanish Town, Carrot Bay, Great Harbour"),
    "VI": ("Charlotte Amalie, Christiansted, Frederiksted, Cruz Bay, Coral Bay, Red Hook, Anna's Retreat, Kingshill"),
    "GP": (
        "Pointe-à-Pitre, Les Abymes, Baie-Mahault, Le Gosier, Petit-Bourg, Sainte-Anne, Le Moule, Sainte-Rose, "
        "Capesterre-Belle-Eau, Basse-Terre, Lamentin, Saint-François, Morne-à-l'Eau, Goyave, Trois-Rivières, "
        "Gourbeyre, Bouillante, Deshaies, Petit-Canal, Port-Louis, Anse-Bertrand, Grand-Bourg, Vieux-Habitants, "
        "Baillif, Capesterre-de-Marie-Galante, La Désirade, Pointe-Noire, Saint-Claude, Saint-Louis, Terre-de-Bas, "
        "Terre-de-Haut, Vieux-Fort, Jarry, Bas-du-Fort, Grands-Fonds, Beauport, Boissard"
    ),
    "MQ": (
        "Fort-de-France, Le Lamentin, Le Robert, Schœlcher, Sainte-Marie, Le François, Ducos, Saint-Joseph, "
        "Rivière-Pilote, La Trinité, Le Marin, Sainte-Luce, Rivière-Salée, Le Vauclin, Les Trois-Îlets, "
        "Le Diamant, Saint-Pierre, Le Lorrain, Le Carbet, Case-Pilote, Gros-Morne, Le Morne-Rouge, Basse-Pointe, "
        "L'Ajoupa-Bouillon, Les Anses-d'Arlet, Bellefontaine, Fonds-Saint-Denis, Le Gros-Morne, Grand'Rivière, "
        "Macouba, Le Marigot, Le Morne-Vert, Le Prêcheur, Saint-Esprit, Sainte-Anne, Le Robert, Les Trois-Ilets"
    ),
    "GF": (
        "Cayenne, Saint-Laurent-du-Maroni, Matoury, Kourou, Rémire-Montjoly, Macouria, Mana, Maripasoula, "
        "Apatou, Grand-Santi, Saint-Georges, Sinnamary, Papaïchton, Roura, Montsinéry-Tonnegrande, Iracoubo, "
        "Camopi, Awala-Yalimapo, Régina, Ouanary, Saint-Élie, Saül"
    ),
    "PM": ("Saint-Pierre, Miquelon, Miquelon-Langlade, Langlade"),
    "BL": ("Gustavia, Lorient, Saint-Jean, Colombier, Corossol, Flamands, Grand Cul-de-Sac, Anse des Cayes"),
    "MF": ("Marigot, Grand-Case, Quartier-d'Orléans, Sandy Ground, Concordia, Cul-de-Sac, Baie-Nettlé, Colombier"),
    "AI": ("Blowing Point, Sandy Ground, The Farrington, Island Harbour, South Hill, Stoney Ground"),
    "MS": ("Brades, Little Bay, St. John's, Cudjoe Head, Davy Hill, Olveston"),
    "FK": ("Goose Green, Port Howard, Fox Bay, Mount Pleasant, Port Stephens, Hill Cove"),
}

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
