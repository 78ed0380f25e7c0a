"""Real towns and streets for countries Faker has no address provider for (Malta, Nigeria, Venezuela),
and Maltese names.

Why: Faker's ``mt_MT``, ``en_NG`` and ``es_VE`` write ``en_US`` addresses (``Port Petertown``,
``743 Mary Burgs``), so a Maltese, Nigerian or Venezuelan table's towns and streets were replaced by
invented American ones. These are the countries' larger towns (Malta's local councils, Nigeria's
state capitals and big cities, Venezuela's state capitals and big cities) and common street names
(Maltese ``Triq`` streets, Nigerian streets named after people, Venezuelan avenues); they are the
pool the fakes are drawn from, never data.

Example::

    own_places("mt_MT", "city")[:2]  # ("Attard", "Balzan")
"""

from __future__ import annotations

from functools import cache

from safe_synthesizer.pii.country_towns import locale_country_towns

_TOWNS = {
    "mt_MT": (
        "Valletta, Birkirkara, Mosta, Qormi, Żabbar, San Pawl il-Baħar, Sliema, Naxxar, Żejtun, Żebbuġ, Fgura, "
        "Marsaskala, Rabat, Swieqi, Gżira, Attard, Paola, Ħamrun, Birżebbuġa, Msida, San Ġwann, Santa Venera, "
        "Tarxien, Luqa, Marsa, Siġġiewi, Mellieħa, Pietà, Floriana, Victoria, Nadur, Xagħra, Għajnsielem, "
        "Żurrieq, Mġarr, Dingli, Lija, Balzan, Iklin, Gudja, Għaxaq, Kirkop, Safi, Mqabba, Qrendi, Kalkara, "
        "Birgu, Isla, Bormla, Xgħajra, Pembroke, San Ġiljan, Ta' Xbiex, Marsaxlokk, Santa Luċija, Kerċem, "
        "Xewkija, Sannat, Żebbuġ Għawdex, Fontana, Munxar, Għarb, Għasri, San Lawrenz, Qala, Mtarfa, Imsida, "
        "Senglea, Hamrun"
    ),
    "en_NG": (
        "Lagos, Abuja, Kano, Ibadan, Port Harcourt, Benin City, Kaduna, Enugu, Onitsha, Aba, Jos, Ilorin, Warri, "
        "Owerri, Abeokuta, Calabar, Uyo, Akure, Osogbo, Ado-Ekiti, Sokoto, Maiduguri, Zaria, Bauchi, Makurdi, "
        "Lokoja, Minna, Yola, Gombe, Katsina, Asaba, Awka, Umuahia, Abakaliki, Yenagoa, Lafia, Jalingo, "
        "Damaturu, Dutse, Birnin Kebbi, Gusau, Ikeja, Ikorodu, Ogbomosho, Ile-Ife, Ilesa, Oyo, Nnewi, Sapele, "
        "Ijebu Ode, Badagry, Epe, Suleja, Kafanchan, Bida, Nsukka, Sagamu, Ota, Ondo, Okene, Gboko, Keffi, "
        "Ikot Ekpene, Eket, Ughelli, Auchi, Ekpoma, Iseyin, Offa, Mubi, Ife"
    ),
    "es_VE": (
        "Caracas, Maracaibo, Valencia, Barquisimeto, Maracay, Ciudad Guayana, Barcelona, Maturín, Puerto La Cruz, "
        "Petare, Turmero, Ciudad Bolívar, Mérida, San Cristóbal, Barinas, Cumaná, Cabimas, Coro, Los Teques, "
        "Guanare, Acarigua, Punto Fijo, Valera, El Tigre, Carúpano, Puerto Cabello, San Fernando de Apure, "
        "Guacara, Ocumare del Tuy, Charallave, Guarenas, Guatire, Calabozo, San Felipe, Tucupita, "
        "Puerto Ayacucho, La Asunción, Porlamar, San Juan de los Morros, Trujillo, El Vigía, Ciudad Ojeda, "
        "Anaco, Upata, Palo Negro, Cagua, La Victoria, Tinaquillo, San Carlos, Machiques, Villa de Cura, "
        "Zaraza, El Tocuyo, Carora, Quíbor, Cantaura, Santa Teresa del Tuy, Cúa, San Antonio de los Altos"
    ),
}
_STREETS = {
    "mt_MT": (
        "Triq il-Kbira, Triq San Pawl, Triq ir-Repubblika, Triq il-Kappillan, Triq Santa Marija, Triq il-Knisja, "
        "Triq il-Mosta, Triq Birkirkara, Triq San Ġużepp, Triq il-Wied, Triq il-Parroċċa, Triq Sant'Anna, "
        "Triq il-Ħamrun, Triq Manwel Dimech, Triq Dun Karm, Triq il-Fortizza, Triq il-Mitħna, Triq il-Ġnien, "
        "Triq San Ġorġ, Triq Tal-Balal, Triq il-Qasam, Triq Sant'Antnin, Triq il-Marsa, Triq ix-Xatt, "
        "Triq Villambrosa, Triq Ħal Qormi, Triq il-Prinċipessa Melita, Triq Tower, Triq Bisazza, Triq Ross, "
        "Triq il-Kurat, Triq l-Imdina, Triq Nazzjonali, Triq San Ġwann, Triq Santa Luċija, Triq il-Ħarrub"
    ),
    "en_NG": (
        "Adeola Odeku Street, Awolowo Road, Allen Avenue, Herbert Macaulay Way, Ahmadu Bello Way, Akin Adesola "
        "Street, Ademola Adetokunbo Crescent, Adetokunbo Ademola Street, Bode Thomas Street, Opebi Road, "
        "Isaac John Street, Obafemi Awolowo Way, Nnamdi Azikiwe Street, Aminu Kano Crescent, Ogunlana Drive, "
        "Adeniran Ogunsanya Street, Olusegun Obasanjo Way, Murtala Mohammed Way, Broad Street, Marina Road, "
        "Ikorodu Road, Agege Motor Road, Okota Road, Oba Akran Avenue, Adebayo Doherty Road, Yakubu Gowon "
        "Crescent, Tafawa Balewa Way, Sani Abacha Road, Aba Road, Ogui Road, Zik Avenue, Airport Road, "
        "Stadium Road, Hospital Road, Church Street, Market Road, Old Ife Road, Ring Road, Independence Avenue"
    ),
    "es_VE": (
        "Avenida Bolívar, Calle Páez, Avenida Francisco de Miranda, Avenida Libertador, Calle Sucre, "
        "Avenida Urdaneta, Calle Miranda, Avenida Las Américas, Avenida Lara, Calle Comercio, Avenida Universidad, "
        "Avenida Baralt, Calle Real, Avenida Andrés Bello, Calle Arismendi, Avenida 5 de Julio, Calle Bermúdez, "
        "Avenida Rómulo Gallegos, Calle Mariño, Avenida Principal, Calle Urdaneta, Avenida Santander, "
        "Avenida Intercomunal, Calle Falcón, Avenida Los Próceres, Calle Carabobo, Avenida Sucre, Calle Zamora"
    ),
}


# Malta: Faker has no Maltese names either (its mt_MT writes en_US ones); the commonest surnames and
# given names of the islands.
_PEOPLE = {
    ("mt_MT", "last_name"): (
        "Borg, Camilleri, Vella, Farrugia, Zammit, Galea, Micallef, Grech, Attard, Spiteri, Azzopardi, Mifsud, "
        "Agius, Pace, Debono, Caruana, Cassar, Fenech, Schembri, Sammut, Buttigieg, Abela, Xuereb, Calleja, "
        "Saliba, Gauci, Muscat, Bonnici, Aquilina, Cutajar, Tabone, Bugeja, Portelli, Scicluna, Bartolo, Falzon, "
        "Ellul, Mallia, Zerafa, Busuttil, Cachia, Formosa, Baldacchino, Dalli, Magro, Psaila, Xerri, Zahra, "
        "Vassallo, Briffa, Chetcuti, Cauchi, Frendo, Gatt, Pisani, Sultana, Tanti, Zarb, Mizzi, Bezzina"
    ),
    ("mt_MT", "first_name"): (
        "Joseph, Maria, John, Carmel, Charles, Anthony, Mary, Rita, Mario, Paul, Josephine, Doris, Carmen, "
        "Michael, George, Emanuel, Francis, Alfred, Joanna, Antoinette, Christine, Marthese, Rose, Maryanne, "
        "Jean, Luke, Matthew, Kurt, Clayton, Roderick, Nicola, Nicole, Elaine, Rachel, Sarah, Martina, Julian, "
        "Ġużeppi, Ġorġ, Pawlu, Ċensu, Karmenu, Salvu, Wenzu, Marija, Rożina, Lonza, Tereża, Pietru, Andrea"
    ),
}


def _split(text: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in text.split(",") if t.strip())


@cache
def own_places(locale: str | None, kind: str) -> tuple[str, ...]:
    """Real towns (``city``), street names (``street_name``) or names (``first_name``, ``last_name``,
    ``name``) of ``locale``, else ``()``. Towns also for every country Faker has no locale of
    (:mod:`country_towns`)."""
    if kind == "name" and (locale, "last_name") in _PEOPLE:
        firsts, lasts = own_places(locale, "first_name"), own_places(locale, "last_name")
        return tuple(f"{f} {la}" for f in firsts for la in lasts)
    places = {"city": _TOWNS, "street_name": _STREETS}.get(kind, {})
    if kind in ("first_name_male", "first_name_female"):
        kind = "first_name"  # the Maltese list is not split by gender
    text = _PEOPLE.get((locale or "", kind)) or places.get(locale or "")
    if not text and kind == "city":
        # A country Faker has no locale of (``en_PG``, ``to_TO``, ``fr_CD``): its real towns, not invented ones.
        return locale_country_towns(locale)
    return _split(text) if text else ()
