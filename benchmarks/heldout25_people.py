"""Held-out set 25: people of the eight new locales, and the messy ways a CRM row writes a name.

Set 24's people (``heldout24_people``: Faker where it has the locale, its own lists elsewhere) for its 126
locales; names written here for the new eight: East Belgian (German names with Walloon and Limburg surnames),
Sammarinese, Monegasque, Bolivian (Spanish given names, Quechua/Aymara and Spanish surnames, two of them),
Panamanian (two surnames), Tanzanian (Swahili and Chagga/Haya/Sukuma names), Faroese (``Jógvan``, ``á Rógvi``)
and Northern Sami (``Máret``, ``Áilu``, ``Hætta``).

Written forms of a name cell vary row by row as in a hand-kept list: ``Last, First``, a middle initial, a
nickname in quotes (``Robert "Bob" Miller``), a title or suffix inside the cell, upper or lower case, accents
dropped by an old system, double-barrelled surnames.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

import heldout24_people as set24
import heldout25_language as language

_N = {
    "de_BE": (
        "Jonas Lukas Felix Elias Noah Leon Tim Jan Lars Marc Yannick Kevin Thomas Michael Stefan Guido Herbert Josef "
        "Erwin Hubert Pascal Luc Dominik Raphael",
        "Lena Lea Emma Mia Laura Julia Sarah Lisa Anna Nathalie Sandra Martina Sabine Annick Marie-Claire Brigitte "
        "Elke Monika Gaby Chantal Ilse Josiane Vanessa Céline",
        "Kreutz Lambertz Schröder Heinen Mertens Xhonneux Pankert Jousten Heck Kessler Hilgers Brüls Paasch Ortmann "
        "Gennen Fickers Mockel Thönnissen Radermacher Klinkenberg Schmitz Kever Laschet Collas Dederichs Willems "
        "Meyer Offermann Lennertz Piront Stoffels Margraff",
    ),
    "it_SM": (
        "Marco Luca Matteo Davide Andrea Federico Simone Nicola Gian Marino Pier Paolo Alessandro Filippo Giacomo "
        "Stefano Roberto Mirco Fabio Enrico Maurizio",
        "Giulia Sara Chiara Francesca Elisa Martina Federica Valentina Silvia Laura Elena Paola Barbara Manuela "
        "Loretta Maria Grazia Antonella Roberta Monica Cinzia",
        "Gasperoni Guidi Casali Giardi Muccioli Mularoni Stefanelli Ceccoli Gatti Zonzini Righi Valentini Terenzi "
        "Bollini Tamagnini Selva Michelotti Belluzzi Berardi Ugolini Podeschi Francini Bonelli Matteini Santi "
        "Beccari Mazza Giovagnoli Reffi Rossini Renzi Canti",
    ),
    "fr_MC": (
        "Louis Pierre Jean-Luc Antoine Hugo Julien Nicolas Alexandre Olivier Maxime Théo Lucas Raphaël Stéphane "
        "Christophe Rainier Albert Frédéric Gérard Marc",
        "Camille Charlotte Louise Sophie Julie Caroline Stéphanie Élodie Mélanie Valérie Isabelle Christine Chloé "
        "Léa Manon Inès Gabrielle Pauline Hélène Sandrine",
        "Boisson Notari Palmaro Gastaud Médecin Crovetto Bergonzi Marsan Fissore Pastor Marquet Giordano Rinaldi "
        "Orecchia Ravera Vatrican Campora Blanchi Cellario Lorenzi Grinda Bellando Pallanca Ferrero Rey Barral "
        "Cottalorda Olivié Lanteri Soccal Passeron Bosio",
    ),
    "es_BO": (
        "Juan Carlos Luis Fernando Jorge Marco Antonio Mario Freddy Wilfredo Edwin Rolando Gonzalo Álvaro Sergio "
        "Ronald Iván Rubén Néstor Evo Simón Wilmer Limbert",
        "María Ana Rosa Lidia Carmen Gladys Sonia Roxana Patricia Marisol Ximena Paola Verónica Eliana Norma "
        "Teresa Ruth Mónica Daniela Wara Nayra Janeth",
        "Mamani Quispe Condori Choque Huanca Flores Vargas Gutiérrez Rojas Apaza Ticona Limachi Calle Poma Chambi "
        "Coaquira Yujra Copa Nina Laura Callisaya Mendoza Aliaga Arce Pinto Villca Colque Cruz Torrez Cáceres "
        "Zurita Paredes",
    ),
    "es_PA": (
        "José Luis Carlos Ricardo Eduardo Rubén Aristides Abdiel Omar Jaime Rogelio Arquímedes Edwin Yariel "
        "Kevin Ramón Alcibíades Juan Diego Eric",
        "Yaritza Yamileth Itzel Anayansi Marisol Katherine Lourdes Mirna Xiomara Yessenia Aracelly Dayana Nathalie "
        "Milagros Gisela Eneida Rosa Denia Aminta Yarisel",
        "González Rodríguez Pérez Sánchez Castillo Batista Vásquez Díaz Jaén Quintero Barría Herrera Samaniego "
        "Moreno Pinzón Saavedra Cedeño Rivera Bernal Guerra Arosemena Tejeira Vergara Caballero Ábrego Solís "
        "Atencio Cortés Murillo Espinosa Valdés Delgado",
    ),
    "sw_TZ": (
        "Juma Baraka Hamisi Rashidi Saidi Idrisa Hassani Emmanuel Godfrey Frank Mussa Omari Athumani Salim Ally "
        "Joseph Elia Msafiri Shabani Selemani",
        "Amina Rehema Neema Zawadi Upendo Faraja Halima Mwanaidi Salma Saida Mwajuma Tatu Rukia Happiness Agnes "
        "Grace Asha Zuhura Eliza Furaha",
        "Mwakyusa Kimaro Massawe Mushi Lyimo Mrema Swai Shirima Kweka Mollel Laizer Mwakalinga Mfinanga Mbwambo "
        "Magesa Mwita Chacha Kisanga Rutabanzibwa Kagaruki Mnyampala Nyanda Makame Salum Mapunda Haule Komba "
        "Ngowi Msuya Temba Lema Kilawe",
    ),
    "fo_FO": (
        "Jógvan Rógvi Bárður Sjúrður Heðin Óli Tróndur Símun Hanus Pól Dánjal Eyðun Jóannes Kristian Gunnar "
        "Magnus Brandur Finnur Sámal Teitur",
        "Guðrun Rannvá Sunneva Turið Marjun Elin Maria Anna Katrin Ragnhild Sólrun Beinta Hervør Jóhanna Rakul "
        "Bjørk Eyð Ásla Kristina Ólavur",
        "Joensen Hansen Jacobsen Olsen Poulsen Petersen Johannesen Thomsen Danielsen Djurhuus Dahl Niclasen "
        "Rasmussen Mikkelsen Ellefsen Zachariasen Midjord Højgaard Lamhauge Vang Nolsøe Justinussen Sørensen "
        "Hammershaimb Simonsen Gaardbo Joensen-Næs Ziska Leo Mortensen Heinesen Berg",
    ),
    "se_NO": (
        "Áilu Máhtte Ánde Ásllat Niillas Mihkkal Jovnna Biera Heaika Issát Piera Nils Johan Aslak Mikkel Per "
        "Anders Isak Ole Sámmol",
        "Máret Biret Sárá Elle Inga Ánne Rávdná Kárin Ristiinná Iŋgá Ellen Berit Marit Karen Kirsten Anne Sara "
        "Ellá Ásllá Risten",
        "Hætta Sara Gaup Eira Buljo Somby Bongo Turi Logje Utsi Mienna Oskal Skum Triumf Kemi Balto Siri Gaino "
        "Nango Anti Sandvik Juuso Kalstad Labba Porsanger Aslaksen Persen Smuk Vars Keskitalo Jåma",
    ),
}
# Countries whose people write two surnames (father's, mother's).
TWO_SURNAMES = {"es_BO", "es_PA"}
# Particles that stay lower case inside a surname (Faroese ``á Rógvi``, ``í Líð``).
_FO_PARTICLES = ("á Rógvi", "í Líð", "á Lakjuni", "við Gjógv", "í Dali", "á Ryggi")


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    female: bool
    middle: str = ""
    nickname: str = ""


def own(locale: str) -> bool:
    """Whether this module writes the locale's names (the new eight)."""
    return locale in _N


def name_faker(locale: str, seed: int):
    """A Faker of set 24's names for its locales (None for the eight written here)."""
    return None if own(locale) else set24.name_faker(locale, seed)


def person(locale: str, rng: random.Random, fake) -> Person:
    """One person of ``locale`` (sometimes with a middle name, a nickname or a double-barrelled surname)."""
    if own(locale):
        male, female, last = (s.split() for s in _N[locale])
        is_f = rng.random() < 0.5
        first = rng.choice(female if is_f else male)
        surname = rng.choice(last)
        if locale in TWO_SURNAMES:
            surname = f"{surname} {rng.choice(last)}"
        elif locale == "fo_FO" and rng.random() < 0.15:
            surname = rng.choice(_FO_PARTICLES)
        middle = rng.choice(female if is_f else male) if rng.random() < 0.15 else ""
        return Person(first, surname, is_f, middle if middle != first else "")
    p = set24.person(locale, rng, fake)
    last = p.last
    # English, French, German and Dutch families join two surnames with a hyphen on marriage.
    if language.lang(locale) in ("en", "fr", "de", "nl") and rng.random() < 0.08 and " " not in last:
        last = f"{last}-{set24.person(locale, rng, fake).last.split()[-1]}"
    middle = ""
    if language.lang(locale) in ("en", "de", "nl", "sv", "da", "no") and rng.random() < 0.2:
        middle = set24.person(locale, rng, fake).first.split()[0]
    nick = ""
    if language.lang(locale) == "en" and rng.random() < 0.06:
        nick = rng.choice(("Bob", "Liz", "Jim", "Sue", "Tony", "Kate", "Sandy", "Mack", "Bunny", "Dot", "Chip"))
    return Person(p.first, last, p.female, middle if middle != p.first else "", nick)


def full(p: Person, locale: str) -> str:
    """The name as the locale writes it in running text (family name first where set 24 writes it so)."""
    if own(locale):
        return f"{p.first} {p.last}"
    return set24.full(set24.Person(p.first, p.last, p.female), locale)


def ascii_text(text: str) -> str:
    """``text`` without accents (what an old system or an e-mail address keeps of a name)."""
    return set24.ascii_text(text)


def strip_accents(text: str) -> str:
    """Accents dropped but letters kept (``Hætta`` stays, ``Müller`` -> ``Muller``): an old DOS-era database."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def email(p: Person, locale: str, rng: random.Random) -> str:
    """An address made from the person's name (set 24's providers; local ones for the new eight)."""
    if not own(locale):
        return set24.email(set24.Person(p.first, p.last, p.female), locale, rng)
    domains = {"de_BE": ("skynet.be", "proximus.be", "gmail.com"), "it_SM": ("omniway.sm", "libero.it", "gmail.com"),
               "fr_MC": ("monaco.mc", "orange.fr", "gmail.com"), "es_BO": ("hotmail.com", "gmail.com", "entel.bo"),
               "es_PA": ("cwpanama.net", "hotmail.com", "gmail.com"), "sw_TZ": ("yahoo.com", "gmail.com", "ttcl.co.tz"),
               "fo_FO": ("olivant.fo", "post.olivant.fo", "gmail.com"),
               "se_NO": ("online.no", "gmail.com", "samediggi.no")}  # fmt: skip
    first = ascii_text(p.first).lower().replace(" ", "")
    last = ascii_text(p.last.split()[0] if p.last.split()[0] not in ("á", "í", "við") else p.last.split()[-1]).lower()
    last = last.replace(" ", "")
    local = rng.choice((f"{first}.{last}", f"{first[0]}{last}", f"{first}{rng.randint(1, 99)}", f"{last}.{first}"))
    return f"{local}@{rng.choice(domains[locale])}"


TITLE_WORDS = {
    "en": (("Mr", "Mrs", "Ms", "Dr"), ("Jr.", "Sr.", "III", "MBE")),
    "de": (("Herr", "Frau", "Dr."), ("jun.", "sen.")),
    "fr": (("M.", "Mme", "Dr"), ()),
    "es": (("Sr.", "Sra.", "Dr."), ()),
    "it": (("Sig.", "Sig.ra", "Dott."), ()),
    "nl": (("dhr.", "mevr.", "dr."), ()),
    "pt": (("Sr.", "Sra.", "Dr."), ()),
    "sw": (("Bw.", "Bi.", "Dkt."), ()),
    "fo": (("Harra", "Frú"), ()),
    "se": (("Hr.", "Fru"), ()),
}


def written(p: Person, locale: str, form: str, lg: str) -> str:
    """``p`` in one cell's written form: ``natural``, ``comma`` (``Last, First``), ``initial`` (middle initial),
    ``nick`` (nickname in quotes), ``titled`` (title in the cell), ``suffix``, ``upper``, ``lower``, ``ascii``."""
    first, last = p.first, p.last
    if form == "comma":
        return f"{last}, {first}"
    if form == "initial":
        return f"{first} {(p.middle or 'A')[0]}. {last}" if p.middle else f"{first[0]}. {last}"
    if form == "nick" and p.nickname:
        return f'{first} "{p.nickname}" {last}'
    if form == "titled":
        titles = TITLE_WORDS.get(lg, TITLE_WORDS["en"])[0]
        t = titles[1] if p.female and len(titles) > 1 else titles[0]
        return f"{t} {first} {last}"
    if form == "suffix" and TITLE_WORDS.get(lg, ((), ()))[1] and not p.female:
        return f"{first} {last} {TITLE_WORDS[lg][1][0]}"
    if form == "upper":
        return full(p, locale).upper()
    if form == "lower":
        return full(p, locale).lower()
    if form == "ascii":
        return strip_accents(full(p, locale))
    if form == "middle" and p.middle:
        return f"{first} {p.middle} {last}"
    return full(p, locale)


def case_cell(text: str, rng: random.Random, share: float = 0.12) -> str:
    """A name part typed in mixed case by different people: most as written, some upper, a few lower."""
    x = rng.random()
    if x < share:
        return text.upper()
    if x < share * 1.5:
        return text.lower()
    return text
