"""Real towns of the American countries Faker has no locale of (data for :mod:`country_towns`).

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
