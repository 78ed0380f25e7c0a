"""Held-out set 24: streets, postcodes and towns.

Faker's own addresses where it has the locale; the eight new locales have streets and towns written here from
their regions (Basque ``Kale Nagusia``, Galician ``Rúa do Vilar``, Frisian ``Tsjerkestrjitte``, Breton
``Straed ar Vilin`` beside French ``rue de Kerangall``, Gaelic ``Sràid na h-Eaglaise``, Andorran ``Avinguda
Meritxell``, Salvadoran ``Colonia Escalón, Pasaje Los Almendros``, Cameroonian ``Quartier Bastos``); a locale
Faker lacks borrows a sibling's streets and towns (``SIBLING``).
"""

from __future__ import annotations

import random

from faker import Faker
from faker.config import AVAILABLE_LOCALES

# streets (number after or before), towns with their postcode stem, postcode layout ("" : none in use)
OWN = {
    "eu_ES": (("Kale Nagusia", "Foruen Kalea", "Zumalakarregi Kalea", "Andra Mari Kalea", "Iparragirre Kalea",
               "Txurruka Kalea", "Lehendakari Agirre Etorbidea", "Urdaneta Kalea", "Errota Kalea", "Elizondo Kalea",
               "Gernikako Arbola Pasealekua", "Portu Kalea"),
              (("Donostia", "200"), ("Bilbo", "480"), ("Gasteiz", "010"), ("Zarautz", "208"), ("Tolosa", "204"),
               ("Azpeitia", "203"), ("Durango", "482"), ("Gernika-Lumo", "483"), ("Eibar", "206"),
               ("Arrasate", "205"), ("Bergara", "205"), ("Hernani", "201")), "after"),
    "gl_ES": (("Rúa do Vilar", "Rúa da Raíña", "Avenida de Rosalía de Castro", "Praza do Toural", "Rúa Nova",
               "Rúa de San Pedro", "Travesa de Vigo", "Rúa do Hórreo", "Camiño Novo", "Rúa dos Loureiros",
               "Rúa do Franco", "Rúa das Hortas"),
              (("Santiago de Compostela", "157"), ("A Coruña", "150"), ("Lugo", "270"), ("Ourense", "320"),
               ("Pontevedra", "360"), ("Vigo", "362"), ("Ferrol", "154"), ("Monforte de Lemos", "274"),
               ("Ribeira", "159"), ("O Porriño", "364")), "after"),
    "fy_NL": (("Tsjerkestrjitte", "Haadstrjitte", "Skoalstrjitte", "Mûnewei", "Dykstrjitte", "Noarderdyk",
               "Buorren", "Súdergoa", "Tsjerkebuorren", "Nije Wei", "Stasjonswei", "Wiidpaed"),
              (("Ljouwert", "89"), ("Snits", "86"), ("Drachten", "92"), ("It Hearrenfean", "84"), ("Dokkum", "91"),
               ("Boalsert", "87"), ("Frjentsjer", "88"), ("Harns", "88"), ("Grou", "92"), ("Burgum", "92")), "after"),
    "br_FR": (("rue de Kerangall", "Straed ar Vilin", "Hent Kemper", "Straed an Iliz", "rue du Stang",
               "chemin de Kervéguen", "Hent Kerlann", "impasse de Kerbrat", "rue de Pen ar Créac'h",
               "route de Brest", "Plasenn ar Marc'hallac'h", "rue de Kerzu"),
              (("Kemper", "290"), ("Brest", "292"), ("Morlaix", "296"), ("Gwengamp", "222"), ("Lannion", "223"),
               ("Douarnenez", "291"), ("Karaez", "292"), ("Landerne", "298"), ("Pontivi", "563"),
               ("Gwened", "560")), "before"),
    "gd_GB": (("Sràid na h-Eaglaise", "Sràid a' Bhanca", "Rathad a' Chladaich", "Sràid Chrombail", "Ceann a' Bhàigh",
               "Rathad na Mara", "Sràid an Rìgh", "Rathad Mhic Leòid", "Sràid na Drochaide", "Rathad a' Mhuilinn"),
              (("Steòrnabhagh", "HS1"), ("Port Rìgh", "IV51"), ("An t-Òban", "PA34"), ("Inbhir Nis", "IV2"),
               ("Baile a' Mhanaich", "HS7"), ("Tairbeart", "HS3"), ("Loch nam Madadh", "HS6"),
               ("An Gearasdan", "PH33")), "before"),
    "ca_AD": (("Avinguda Meritxell", "Carrer de la Unió", "Avinguda Carlemany", "Carrer Bonaventura Armengol",
               "Avinguda del Fener", "Carrer Prat de la Creu", "Carrer Major", "Avinguda de les Escoles",
               "Carrer de la Closa", "Avinguda de Sant Antoni"),
              (("Andorra la Vella", "AD500"), ("Escaldes-Engordany", "AD700"), ("Encamp", "AD200"),
               ("La Massana", "AD400"), ("Ordino", "AD300"), ("Sant Julià de Lòria", "AD600"),
               ("Canillo", "AD100")), "after"),
    "es_SV": (("Calle Arce", "Avenida Masferrer Norte", "Colonia Escalón, Pasaje Los Almendros",
               "Boulevard de Los Héroes", "Calle El Mirador", "Residencial Santa Elena, Senda 3",
               "Colonia Miramonte, Calle Toluca", "Avenida Olímpica", "Calle Delgado",
               "Colonia Layco, 23 Calle Poniente"),
              (("San Salvador", ""), ("Santa Tecla", ""), ("Soyapango", ""), ("San Miguel", ""), ("Santa Ana", ""),
               ("Mejicanos", ""), ("Apopa", ""), ("Antiguo Cuscatlán", ""), ("Usulután", ""), ("Ahuachapán", "")),
              "casa"),
    "fr_CM": (("Quartier Bastos, rue 1.750", "Quartier Mvog-Mbi", "Quartier Akwa, rue Joss", "Bonapriso, rue Njo-Njo",
               "Quartier Essos, carrefour Émia", "Bonamoussadi, rue des Palmiers", "Quartier Biyem-Assi",
               "Makepe, rue Koumassi", "Quartier Nlongkak", "Deïdo, boulevard de la République"),
              (("Yaoundé", ""), ("Douala", ""), ("Bafoussam", ""), ("Garoua", ""), ("Bamenda", ""),
               ("Ngaoundéré", ""), ("Kribi", ""), ("Limbé", ""), ("Dschang", ""), ("Ebolowa", "")), "bp"),
}  # fmt: skip
# A locale Faker lacks: whose streets and towns it borrows.
SIBLING = {"sw_KE": "en_US", "es_PE": "es_MX", "ms_MY": "id_ID", "kk_KZ": "ru_RU", "ca_ES": "es_ES", "sr_RS": "hr_HR",
           "ro_MD": "ro_RO", "en_SG": "en_AU", "mn_MN": "ru_RU", "es_UY": "es_AR", "pt_AO": "pt_PT", "en_ZA": "zu_ZA",
           "es_EC": "es_CO", "es_CR": "es_MX", "es_DO": "es_MX", "pt_MZ": "pt_PT", "sv_FI": "fi_FI", "en_JM": "en_US",
           "fr_SN": "fr_FR", "es_GT": "es_MX", "es_PY": "es_AR", "pt_CV": "pt_PT", "ar_OM": "ar_SA", "cy_GB": "en_GB",
           "fr_CI": "fr_FR"}  # fmt: skip
# Street type words of the own streets (a kept ``Kalea`` or ``Rúa`` says nothing about the street).
_OWN_STREET_TEXT = (
    "kale kalea etorbidea pasealekua rúa praza avenida travesa camiño strjitte wei dyk buorren paed straed hent "
    "rue chemin impasse route plasenn sràid rathad carrer avinguda calle colonia pasaje boulevard residencial senda "
    "quartier carrefour bp casa"
)
OWN_STREET_WORDS = frozenset(_OWN_STREET_TEXT.split())


def faker_locale(locale: str) -> str:
    """The Faker locale whose addresses a locale uses."""
    return SIBLING.get(locale, locale)


def uses_own(locale: str) -> bool:
    """Whether this module writes the locale's streets and towns."""
    return locale in OWN


def has_postcodes(locale: str) -> bool:
    """Whether the locale's addresses carry a postcode here."""
    return not (locale in OWN and OWN[locale][2] in ("casa", "bp"))


def place(locale: str, rng: random.Random, fake: Faker | None) -> tuple[str, str, str]:
    """(street line, postcode, town) of one address of ``locale``."""
    if locale in OWN:
        streets, towns, order = OWN[locale]
        street = rng.choice(streets)
        town, stem = rng.choice(towns)
        if order == "after":
            line = f"{street} {rng.randint(1, 80)}" + (
                f", {rng.randint(1, 6)}º" if locale == "gl_ES" and rng.random() < 0.4 else ""
            )
        elif order == "before":
            line = f"{rng.randint(1, 60)} {street}" if locale != "gd_GB" else f"{rng.randint(1, 40)} {street}"
        elif order == "casa":
            line = (
                f"{street}, casa #{rng.randint(1, 99)}" if rng.random() < 0.6 else f"{street} No. {rng.randint(1, 400)}"
            )
        else:
            line = street
        if locale in ("eu_ES", "gl_ES"):
            code = stem + str(rng.randint(0, 99)).zfill(2)
        elif locale == "fy_NL":
            letters = "ABCDEGHJKLMNPRSTVWXZ"
            code = f"{stem}{rng.randint(0, 99):02d} {rng.choice(letters)}{rng.choice(letters)}"
        elif locale == "br_FR":
            code = stem + str(rng.randint(0, 9)) + "0"
        elif locale == "gd_GB":
            code = f"{stem} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        else:
            code = stem
        if order == "bp" and rng.random() < 0.4:
            line = f"BP {rng.randint(100, 9999)}"
        return line, code, town
    assert fake is not None
    return fake.street_address().replace("\n", ", "), fake.postcode(), fake.city()


def whole_address(locale: str, street: str, postcode: str, town: str, rng: random.Random) -> str:
    """One cell with the whole address as the country writes it."""
    region = locale.split("_")[1]
    if region in ("US", "CA", "AU", "PH", "JM"):
        return f"{street}, {town} {postcode}".strip()
    if region in ("GB", "IE", "NZ", "MT", "SG", "ZA", "NG", "IN", "PK", "BD"):
        return f"{street}, {town}, {postcode}".strip(", ")
    if not postcode:
        return f"{street}, {town}"
    return f"{street}, {postcode} {town}"


def faker_for(locale: str, seed: int) -> Faker | None:
    """A Faker of the locale's addresses seeded with the table's seed (None for the own ones)."""
    if locale in OWN:
        return None
    loc = faker_locale(locale)
    if loc not in AVAILABLE_LOCALES:
        loc = "en_US"
    fake = Faker(loc)
    fake.seed_instance(seed)
    return fake
