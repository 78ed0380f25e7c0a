"""Cities of countries no town list of the detector knew: listed only (they vote for no locale).

Why: a town column is told by a share of listed towns, and Faker, whose lists the detector reads, invents
English- or Spanish-looking towns for many locales or has none. The cities most of a country's people live in
matched nothing: Uzbek ``Buxoro``, Albanian ``Shkodër``, the Irish-language ``Gaillimh``, Catalan ``Sabadell``,
Uruguay's ``Paysandú``, Angola's ``Lubango``, Ecuador's ``Ambato``, Costa Rica's ``Alajuela``, the Dominican
``San Pedro de Macorís``, Bahrain's ``مدينة حمد``, the Swedish names of Finnish towns (``Åbo``, ``Jakobstad``),
Jamaica's ``Ocho Rios``, Senegal's ``Kaolack`` and the French names of Belgian towns (``Bruxelles``, ``Wavre``);
and Central America's, Bolivia's, Paraguay's and the Gulf's. Set 22 (seen) left 25 such town columns.

Words that are also common first names or surnames (``Mercedes``, ``Rivera``, ``Heredia``, ``Barahona``,
``Maldonado``, ``Berat``, ``Lima``) or plain words (``Loja`` shop, ``Spa``, ``Sur``, ``Florida``) are left out:
a column of people must not read as towns. Read in any case and without accents, like the other lists.
"""

from __future__ import annotations

MORE_TOWNS = (
    # Uzbekistan (Latin and Cyrillic)
    "Toshkent, Tashkent, Samarqand, Samarkand, Buxoro, Bukhara, Andijon, Andijan, Namangan, Fargʻona, Farg'ona, "
    "Fergana, Qarshi, Nukus, Urganch, Jizzax, Navoiy, Termiz, Guliston, Xiva, Qoʻqon, Qo'qon, Kokand, Margʻilon, "
    "Margilan, Chirchiq, Olmaliq, Angren, Bekobod, Shahrisabz, Denov, Тошкент, Самарқанд, Бухоро, Андижон, "
    "Наманган, Фарғона, Қарши, Нукус, Урганч, Жиззах, Навоий, Термиз, Гулистон, Хива, Қўқон, Чирчиқ, "
    # Albania
    "Tiranë, Tirana, Durrës, Durres, Vlorë, Vlora, Elbasan, Shkodër, Shkodra, Korçë, Korca, Lushnjë, Kavajë, "
    "Pogradec, Gjirokastër, Sarandë, Lezhë, Kukës, Kuçovë, Krujë, Peshkopi, Librazhd, Tepelenë, Përmet, Gramsh, "
    "Himarë, Delvinë, Rrëshen, "
    # Ireland in Irish
    "Baile Átha Cliath, Corcaigh, Gaillimh, Luimneach, Port Láirge, Trá Lí, Cill Chainnigh, Dún Dealgan, "
    "Droichead Átha, Sligeach, An Nás, Ceatharlach, Loch Garman, Leitir Ceanainn, Cluain Meala, Baile Átha Luain, "
    "An Muileann gCearr, Tulach Mhór, Port Laoise, Cill Airne, Caisleán an Bharraigh, Cathair na Mart, "
    "Béal an Átha, Daingean Uí Chúis, Dún Garbhán, An Uaimh, Ros Comáin, Muineachán, An Cabhán, Inis Córthaidh, "
    # Catalonia
    "Girona, Lleida, Tarragona, Sabadell, Terrassa, Badalona, Mataró, Manresa, Granollers, Olot, Sitges, "
    "Igualada, Castelldefels, Viladecans, Cornellà de Llobregat, L'Hospitalet de Llobregat, El Prat de Llobregat, "
    "Vilanova i la Geltrú, Sant Cugat del Vallès, Sant Boi de Llobregat, Mollet del Vallès, Vilafranca del Penedès, "
    # Uruguay, Paraguay, Bolivia
    "Montevideo, Paysandú, Las Piedras, Tacuarembó, Fray Bentos, Colonia del Sacramento, Punta del Este, "
    "Ciudad de la Costa, Treinta y Tres, San José de Mayo, Asunción, Ciudad del Este, Encarnación, "
    "Capiatá, Lambaré, Fernando de la Mora, Pedro Juan Caballero, Santa Cruz de la Sierra, Cochabamba, El Alto, "
    "Oruro, Potosí, Tarija, Trinidad de Bolivia, "
    # Angola and Mozambique
    "Luanda, Huambo, Lobito, Benguela, Lubango, Kuito, Malanje, Namibe, Soyo, Cabinda, Uíge, Saurimo, Sumbe, "
    "Menongue, Dundo, Ondjiva, Caxito, Luena, Mbanza Kongo, Cacuaco, Maputo, Matola, Beira, Nampula, Chimoio, "
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
    "مسقط, صلالة, صحار, نزوى, البريمي, عبري, السيب, Muscat, Salalah, Sohar, Nizwa, Seeb, "
    # Finland in Swedish
    "Helsingfors, Åbo, Vasa, Jakobstad, Borgå, Ekenäs, Esbo, Tammerfors, Uleåborg, Kristinestad, "
    "Karleby, Gamlakarleby, Nykarleby, Hangö, Kaskö, Närpes, Mariehamn, Raseborg, Kyrkslätt, Grankulla, "
    "Sibbo, Pargas, Nådendal, Björneborg, Tavastehus, Villmanstrand, Lahtis, Korsholm, Malax, Kronoby, Larsmo, "
    "Pedersöre, Kimitoön, Ingå, "
    # Jamaica and the Caribbean
    "Kingston, Montego Bay, Spanish Town, Portmore, Mandeville, Ocho Rios, May Pen, Savanna-la-Mar, "
    "Port Antonio, Linstead, Old Harbour, Half Way Tree, Morant Bay, Negril, Lucea, St. Ann's Bay, Port Maria, "
    "Port of Spain, San Fernando, Chaguanas, Bridgetown, Nassau, Freeport, Castries, "
    # Senegal, Côte d'Ivoire, Mali, Cameroon (French)
    "Dakar, Thiès, Kaolack, Saint-Louis, Ziguinchor, Rufisque, Touba, Mbour, Diourbel, Louga, Tambacounda, Kolda, "
    "Fatick, Kaffrine, Kédougou, Matam, Sédhiou, Pikine, Guédiawaye, Richard-Toll, Tivaouane, Mbacké, Abidjan, "
    "Bouaké, Yamoussoukro, Daloa, San-Pédro, Korhogo, Bamako, Sikasso, Ségou, Mopti, Kayes, Yaoundé, Douala, "
    "Garoua, Bamenda, Bafoussam, Ngaoundéré, "
    # Belgium in French
    "Bruxelles, Wavre, Liège, Namur, Charleroi, Mons, La Louvière, Tournai, Verviers, Seraing, Mouscron, "
    "Louvain-la-Neuve, Ottignies, Nivelles, Arlon, Bastogne, Dinant, Braine-l'Alleud, Gembloux, "
    "Marche-en-Famenne, Anvers, Gand, Bruges, Louvain, Malines, Courtrai, Ostende, Hasselt, Alost"
)


def more_towns() -> tuple[str, ...]:
    """The towns of :data:`MORE_TOWNS`, one string each."""
    return tuple(t.strip() for t in MORE_TOWNS.split(",") if t.strip())
