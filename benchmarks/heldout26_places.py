"""Held-out set 26: streets, postcodes and towns of the eight new locales, and the address lines a form splits.

Set 25's places (``heldout25_places``: public functions, set 26's seeds) for its 134 locales. The new eight,
written here from their countries' address customs:

- de_IT: South Tyrolean streets (``Laubengasse 23``) and the towns' own postcodes (Bozen 39100, Meran 39012...);
- es_PR: ``Calle Luna 254``, ``Urb. Villa Carolina, Calle 12 Bloque 45 #3``, ``Cond. ... Apt 5B``, rural
  ``HC 2 Box 8123`` routes, and each town's US ZIP code (006xx-009xx);
- en_HK: ``Flat 12B, 8/F, Block 3, Kingsford Terrace, 23 Nathan Road`` with its district; Hong Kong has no
  postcodes;
- kl_GL: Greenlandic streets (``Aqqusinersuaq 14``) and Nuuk's building numbers (``B-845``), 39xx postcodes;
- sq_XK: ``Rruga Agim Ramadani 23`` and Kosovo's five-digit postcodes (Prishtinë 10000);
- fr_MA: ``12, Rue Ibn Batouta``, ``Résidence Al Manar, Imm. 4, Appt 12``, five-digit postcodes;
- en_UG: ``Plot 14, Kampala Road`` or a ``P.O. Box``; Uganda has no postcodes;
- es_HN: ``Col. Kennedy, Bloque 12, Casa 3431``; Honduras has postcodes on paper but nobody writes them.
"""

from __future__ import annotations

import random

import heldout25_places as set25
import heldout26_language as language

# Town -> postcodes ("" where the country writes none).
_TOWNS = {
    "de_IT": {"Bozen": "39100", "Meran": "39012", "Brixen": "39042", "Bruneck": "39031", "Sterzing": "39049",
              "Schlanders": "39028", "Kaltern": "39052", "Eppan": "39057", "Lana": "39011", "Neumarkt": "39044",
              "Klausen": "39043", "Sand in Taufers": "39032", "Innichen": "39038", "Algund": "39022",
              "Naturns": "39025", "Leifers": "39055"},
    "es_PR": {"San Juan": "00907", "Río Piedras": "00926", "Bayamón": "00961", "Carolina": "00979", "Ponce": "00716",
              "Caguas": "00725", "Mayagüez": "00680", "Arecibo": "00612", "Guaynabo": "00969", "Humacao": "00791",
              "Aguadilla": "00603", "Toa Baja": "00949", "Trujillo Alto": "00976", "Cayey": "00736",
              "Fajardo": "00738", "Vega Baja": "00693", "Isabela": "00662"},
    "en_HK": dict.fromkeys(("Mong Kok", "Sha Tin", "Tsuen Wan", "Kwun Tong", "Tai Po", "Yuen Long", "Tuen Mun",
                            "Causeway Bay", "Wan Chai", "Sham Shui Po", "Tseung Kwan O", "Aberdeen",
                            "Kowloon City", "North Point", "Sai Kung", "Tai Koo"), ""),
    "kl_GL": {"Nuuk": "3900", "Nuussuaq": "3905", "Paamiut": "3940", "Qaqortoq": "3920", "Narsaq": "3921",
              "Nanortalik": "3922", "Maniitsoq": "3912", "Sisimiut": "3911", "Kangerlussuaq": "3910",
              "Aasiaat": "3950", "Qasigiannguit": "3951", "Ilulissat": "3952", "Qeqertarsuaq": "3953",
              "Uummannaq": "3961", "Upernavik": "3962", "Tasiilaq": "3913"},
    "sq_XK": {"Prishtinë": "10000", "Prizren": "20000", "Pejë": "30000", "Mitrovicë": "40000", "Gjakovë": "50000",
              "Ferizaj": "70000", "Gjilan": "60000", "Podujevë": "11000", "Vushtrri": "42000", "Suharekë": "23000",
              "Rahovec": "21000", "Drenas": "13000", "Lipjan": "14000", "Malishevë": "24000", "Kamenicë": "62000",
              "Deçan": "51000"},
    "fr_MA": {"Casablanca": "20250", "Rabat": "10090", "Marrakech": "40000", "Fès": "30050", "Tanger": "90000",
              "Agadir": "80000", "Meknès": "50000", "Oujda": "60000", "Kénitra": "14000", "Tétouan": "93000",
              "Salé": "11100", "El Jadida": "24000", "Safi": "46000", "Mohammedia": "28810", "Béni Mellal": "23000",
              "Nador": "62000"},
    "en_UG": dict.fromkeys(("Kampala", "Entebbe", "Jinja", "Mbarara", "Gulu", "Mukono", "Wakiso", "Masaka",
                            "Mbale", "Lira", "Fort Portal", "Arua", "Kabale", "Hoima", "Soroti", "Tororo"), ""),
    "es_HN": dict.fromkeys(("Tegucigalpa", "San Pedro Sula", "La Ceiba", "Choluteca", "Comayagua", "El Progreso",
                            "Danlí", "Juticalpa", "Siguatepeque", "Puerto Cortés", "Santa Rosa de Copán", "Tela",
                            "Villanueva", "Roatán", "Olanchito", "Catacamas"), ""),
}  # fmt: skip
_STREETS = {
    "de_IT": ["Laubengasse", "Silbergasse", "Dr.-Streiter-Gasse", "Obstplatz", "Goethestraße", "Vintlerstraße",
              "Rittner Straße", "Sparkassenstraße", "Freiheitsstraße", "Romstraße", "Runkelsteiner Straße",
              "Brennerstraße", "Kapuzinergasse", "Talfergasse", "Andreas-Hofer-Straße", "Stadtgasse",
              "Pfarrgasse", "Weinbergweg"],
    "es_PR": ["Calle Luna", "Calle Sol", "Calle San Francisco", "Calle Fortaleza", "Calle Loíza", "Calle Betances",
              "Calle Muñoz Rivera", "Calle Degetau", "Avenida Ponce de León", "Avenida Ashford", "Calle Acosta",
              "Calle Robles", "Calle Eleanor Roosevelt", "Calle del Parque", "Calle Tetuán", "Calle Mayagüez"],
    "en_HK": ["Nathan Road", "Argyle Street", "Des Voeux Road Central", "Queen's Road East", "King's Road",
              "Hennessy Road", "Castle Peak Road", "Tai Po Road", "Lockhart Road", "Shanghai Street",
              "Fa Yuen Street", "Electric Road", "Pok Fu Lam Road", "Hoi Bun Road", "Tung Choi Street",
              "Sai Yeung Choi Street South"],
    "kl_GL": ["Aqqusinersuaq", "Imaneq", "Issortarfimmut", "Qullilerfik", "Tuapannguit", "Siaqqinneq",
              "Qernertunnguit", "Paarnaqutit", "Eqalugalinnguit", "Nuukullak", "Kuussuaq", "Aalisartut Aqqutaat",
              "Sarfaarsuit", "Jaaku Kreutzmannip Aqqutaa", "Hans Egedesvej", "Kongevej"],
    "sq_XK": ["Rruga Nëna Terezë", "Bulevardi Bill Clinton", "Rruga Agim Ramadani", "Rruga Garibaldi",
              "Rruga Luan Haradinaj", "Rruga UÇK", "Rruga Rexhep Luci", "Rruga Fehmi Agani", "Rruga Dardania",
              "Rruga Ilir Konushevci", "Rruga Tirana", "Rruga Adem Jashari", "Rruga Skënderbeu",
              "Rruga Isa Boletini", "Rruga Ismail Qemali", "Rruga Zahir Pajaziti"],
    "fr_MA": ["Rue Ibn Batouta", "Boulevard Zerktouni", "Avenue Mohammed V", "Boulevard d'Anfa",
              "Rue Tarik Ibn Ziad", "Avenue Hassan II", "Rue Moulay Ismail", "Derb Sidi Bouloukat", "Avenue des FAR",
              "Rue Allal Ben Abdellah", "Boulevard Abdelmoumen", "Rue Oued Sebou", "Avenue Allal El Fassi",
              "Rue Ibn Sina", "Rue Jbel Toubkal", "Rue Soumaya"],
    "en_UG": ["Kampala Road", "Jinja Road", "Bombo Road", "Lumumba Avenue", "Acacia Avenue", "Kira Road",
              "Ggaba Road", "Entebbe Road", "Nile Avenue", "Buganda Road", "Luwum Street", "Namirembe Road",
              "Salaama Road", "Gayaza Road", "Ntinda Road", "Kabalagala Road"],
    "es_HN": ["Col. Kennedy", "Col. Palmira", "Col. Miraflores", "Col. Las Colinas", "Barrio El Centro",
              "Barrio Guamilito", "Col. Trejo", "Res. Lomas del Mayab", "Col. San Carlos", "Col. Humuya",
              "Barrio La Guadalupe", "Col. Rivera Hernández", "Col. Alameda", "Res. Plaza", "Col. Tepeyac",
              "Barrio Los Andes"],
}  # fmt: skip
_HK_ESTATES = ["Kingsford Terrace", "Lek Yuen Estate", "Mei Foo Sun Chuen", "Taikoo Shing", "Kornhill",
               "Laguna City", "City One Shatin", "Sceneway Garden", "Wah Fu Estate", "Amoy Gardens"]  # fmt: skip
_PR_URBS = ["Villa Carolina", "Santa Juanita", "Levittown", "Country Club", "Villa Fontana", "Río Hondo",
            "Los Dominicos", "Sierra Bayamón"]  # fmt: skip
_MA_RESIDENCES = ["Résidence Al Manar", "Résidence Nassim", "Résidence Les Jardins d'Anfa", "Lotissement Al Qods"]
_KAMPALA_AREAS = ["Ntinda", "Kololo", "Nakasero", "Bukoto", "Kansanga", "Muyenga", "Naalya", "Kireka", "Najjera"]
# The street-type and unit words of the new eight: a kept ``Rruga`` or ``Calle`` says nothing about the street.
OWN_STREET_WORDS = set25.OWN_STREET_WORDS | frozenset(
    "rruga bulevardi calle avenida urb cond apt hc box flat block estate road street rue boulevard avenue derb "  # noqa: SIM905
    "résidence imm appt plot col bloque casa barrio res gasse straße platz weg vej aqqutaa aqqutaat".split()
)  # fmt: skip


def faker_locale(locale: str) -> str:
    """The Faker locale whose addresses a locale uses (the new eight: their own code, not in Faker)."""
    return locale if uses_own(locale) else set25.faker_locale(locale)


def uses_own(locale: str) -> bool:
    """Whether this module writes the locale's streets and towns (the new eight)."""
    return locale in language.NEW8_26


def has_postcodes(locale: str) -> bool:
    """Whether the locale's addresses carry a postcode (Hong Kong, Uganda and Honduras write none)."""
    if uses_own(locale):
        return locale not in ("en_HK", "en_UG", "es_HN")
    return set25.has_postcodes(locale)


def faker_for(locale: str, seed: int):
    """Set 25's address Faker seeded with the table's seed (None for the new eight)."""
    return None if uses_own(locale) else set25.faker_for(locale, seed)


def _own_street(locale: str, rng: random.Random) -> str:
    street = rng.choice(_STREETS[locale])
    n = rng.randint(1, 120)
    if locale == "es_PR":
        kind = rng.random()
        if kind < 0.3:
            return f"Urb. {rng.choice(_PR_URBS)}, Calle {rng.randint(1, 30)} Bloque {rng.randint(1, 60)} #{n}"
        if kind < 0.4:
            return f"HC {rng.randint(1, 9)} Box {rng.randint(1000, 9999)}"
        return f"{street} {n}" if rng.random() < 0.7 else f"{n} {street}"
    if locale == "en_HK":
        flat = f"Flat {rng.randint(1, 30)}{rng.choice('ABCDEFGH')}, {rng.randint(2, 40)}/F"
        if rng.random() < 0.5:
            return f"{flat}, Block {rng.randint(1, 12)}, {rng.choice(_HK_ESTATES)}"
        return f"{flat}, {n} {street}"
    if locale == "kl_GL":
        return f"B-{rng.randint(100, 1999)}" if rng.random() < 0.15 else f"{street} {n}"
    if locale == "fr_MA":
        if rng.random() < 0.25:
            return f"{rng.choice(_MA_RESIDENCES)}, Imm. {rng.randint(1, 20)}, Appt {rng.randint(1, 40)}"
        return f"{n}, {street}"
    if locale == "en_UG":
        if rng.random() < 0.2:
            return f"P.O. Box {rng.randint(100, 39999)}"
        return f"Plot {n}, {street}" if rng.random() < 0.6 else f"Plot {n} {street}, {rng.choice(_KAMPALA_AREAS)}"
    if locale == "es_HN":
        return f"{street}, Bloque {rng.choice('ABCDEFGHJK')}{rng.randint(1, 30)}, Casa {rng.randint(1, 4000)}"
    return f"{street} {n}"


def place(locale: str, rng: random.Random, fake) -> tuple[str, str, str]:
    """(street line, postcode, town) of one address of ``locale`` (postcode "" where the country writes none)."""
    if not uses_own(locale):
        return set25.place(locale, rng, fake)
    town = rng.choice(sorted(_TOWNS[locale]))
    return _own_street(locale, rng), _TOWNS[locale][town], town


def unit_line(lg: str, rng: random.Random, co_name: str) -> str:
    """A second address line: a flat, floor or building, or ``c/o`` another person (set 25's)."""
    return set25.unit_line(lg, rng, co_name)


def locality(locale: str, rng: random.Random, fake) -> str:
    """A third address line: a district, village or estate of the town (what UK-style forms put in line 3)."""
    if locale == "en_UG":
        return rng.choice(_KAMPALA_AREAS)
    if uses_own(locale):
        return rng.choice(sorted(_TOWNS[locale]))
    return place(locale, rng, fake)[2]


def whole_address(locale: str, street: str, postcode: str, town: str, rng: random.Random) -> str:
    """One cell with the whole address as the country writes it (set 25's for its locales)."""
    if not uses_own(locale):
        return set25.whole_address(locale, street, postcode, town, rng)
    if locale == "es_PR":
        return f"{street}, {town}, PR {postcode}"
    if locale == "en_HK":
        return f"{street}, {town}, {'Kowloon' if rng.random() < 0.5 else 'Hong Kong'}"
    if postcode:
        return f"{street}, {postcode} {town}"
    return f"{street}, {town}"
