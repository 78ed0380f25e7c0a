"""Month words of the languages the C library's locale data leaves out, and the names CLDR gives beside its own.

Why: :mod:`calendar_words_world` reads month words from the C library's locales (about two hundred languages), so a
birth date written ``2021.ʻAtete.10`` (Tahitian), ``1948, 19 Malaki`` (Hawaiian), ``1988.Ade.18`` (Ewe) or
``1953.mar.11`` (Corsican) was no date at all, and ``1994.Nun.15`` (Kabyle ``Nunembeṛ``, the name CLDR gives where
glibc writes ``Wambeṛ``) neither. No installed library holds these (no ``babel``; Faker's date providers cover the
large languages only), so the table here is a closed one written from the languages' dictionaries and CLDR: the
Pacific (Hawaiian, Tahitian, Cook Islands Māori, Tuvaluan, Fijian, Kiribati, Marshallese, Chamorro, and the
loan names Māori writes beside its own), Africa (Ewe, Ga, Twi's newer names, Shona, Chichewa, Kirundi, Sango, the
Berber languages in Latin and Tifinagh letters), the Americas (Guarani) and Europe's small languages
(Corsican, Romansh, Tetum's Portuguese loans, Latin). Per language the twelve full names only; what exports cut
them to is GENERATED, not listed:

- the name without its glottal stop mark (``ʻAtete`` is also written ``Atete`` or ``'Atete``: an apostrophe is no
  letter, so the word read is ``Atete``);
- its first three letters (``Tīt``, ``Kēk``, ``Ade``, ``Nun``), as the C library's abbreviations are, kept where at
  most two months of the language start so (``Tiu`` is June or July in Tahitian: either is a date; Guarani's
  ``Jas`` starts all twelve and is no month).

Words are looked up as :mod:`calendar_words_world` does (lower case, Latin accents and macrons dropped), and the
table is merged into its month forms (:func:`with_more_months`), so a fake date is written in the same language
and form.

Example::

    more_months()["ty"].split(";")[7]  # 'ate/atete/ʻat/ʻatete'
"""

from __future__ import annotations

from functools import lru_cache

# How many letters of a month's name an export cuts it to, and how many months of a language may share that start.
CUT_LETTERS = 3
MAX_MONTHS_PER_CUT = 2
# Glottal stop marks written inside Polynesian words (ʻokina, saltillo, apostrophes); a name is also written without.
_GLOTTAL = "\u02bb\u02bc\u2018\u2019'\ua78c"

# Language -> the twelve full month names, January first, separated by ``;`` (a month's other names by ``/``).
FULL_MONTHS: dict[str, str] = {
    # The Pacific
    "haw": "ianuali;pepeluali;malaki;ʻapelila;mei;iune;iulai;ʻaukake;kepakemapa;ʻokakopa;nowemapa;kēkēmapa",
    "ty": "tenuare;fepuare;māti;ʻeperēra;mē;tiunu;tiurai;ʻatete;tetepa;ʻatopa;novema;tītema",
    "rar": "tianuare;pepueare;māti;āperira;mē;tiunu;tiurai;ākuteta;tepetema;ʻokotopa;noema;tītema",
    "tvl": "ianuali;fepuali;mati;apelila;me;iuni;iulai;aokuso;setema;oketopa;novema;tesema",
    "fj": "janueri;feperueri;maji;epereli;me;june;julai;okosita;seviteba;okotova;noveba;tiseba",
    "gil": "ianuare;feberuare;mati;eberi;mei;iuun;iurai;aokati;tebetembwa;okitobwa;noembwa;ritembwa",
    "mh": "jānwōde;pāpode;māaj;eprōl;māe;jūn;jūlai;ōkwōj;jeptōmba;oktoba;nobōmba;tijeṃba",
    "ch": "eneru;febreru/fibreru;matsu;abrit;mayu;huñu;hulio;agostu;septembri;oktubri;nobembri;disembri",
    # Māori's loan names, written beside its own (``Hānuere`` as often as ``Kohi-tātea``).
    "mi": "hānuere;pēpuere;māehe;āperira;mei;hune;hūrae;ākuhata;hepetema;oketopa;noema;tīhema",
    # Africa
    "ee": "dzove;dzodze;tedoxe;afɔfĩe;dama;masa;siamlɔm;deasiamime;anyɔnyɔ;kele;adeɛmekpɔxe;dzome",
    "gaa": "aharabata;oflo;ochokrikri;abeibee;agbeinaa;otukwadan;maawe;manyawale;gbo;antoon;alemle;afuabee",
    "ak": "ɔpɛpɔn;ɔgyefuo;ɔbɛnem;oforisuo;kɔtɔnimma;ayɛwohomumu;kutawonsa;ɔsanaa;ɛbɔ;ahinime;obubuo;ɔpɛnimma",
    "sn": "ndira;kukadzi;kurume;kubvumbi;chivabvu;chikumi;chikunguru;nyamavhuvhu;gunyana;gumiguru;mbudzi;zvita",
    "ny": "januwale;febuluwale;malichi;epulo;meyi;juni;julai;ogasiti;seputemba;okutoba;novembala;disembala",
    "rn": "nzero;ruhuhuma;ntwarante;ndamukiza;rusama;ruheshi;mukakaro;nyandagaro;nyakanga;gitugutu;munyonyo;kigarama",
    "sg": "nyenye;fulundïgi;mbängü;ngubùe;bêläwü;föndo;lengua;kükürü;mvuka;ngberere;nabändüru;kakauka",
    "kab": "yennayer;fuṛar;meɣres;yebrir;mayyu;yunyu;yulyu;ɣuct;ctembeṛ;tubeṛ;nunembeṛ;duǧembeṛ",
    "tzm": "yennayer;yebrayer;mars;ibrir;mayyu;yunyu;yulyuz;ɣuct;cutanbir;kṭuber;nwanbir;dujanbir",
    "shi": "innayr;bṛayṛ;maṛṣ;ibrir;mayyu;yunyu;yulyuz;ɣuct;cutanbir;ktubr;nuwanbir;dujanbir",
    "zgh": "ⵉⵏⵏⴰⵢⵔ;ⴱⵕⴰⵢⵕ;ⵎⴰⵕⵚ;ⵉⴱⵔⵉⵔ;ⵎⴰⵢⵢⵓ;ⵢⵓⵏⵢⵓ;ⵢⵓⵍⵢⵓⵣ;ⵖⵓⵛⵜ;ⵛⵓⵜⴰⵏⴱⵉⵔ;ⴽⵟⵓⴱⵕ;ⵏⵓⵡⴰⵏⴱⵉⵔ;ⴷⵓⵊⵏⴱⵉⵔ",
    # The Americas
    "gn": (
        "jasyteĩ;jasykõi;jasyapy;jasyrundy;jasypo;jasypoteĩ;jasypokõi;jasypoapy;jasyporundy;jasypa;jasypateĩ;jasypakõi"
    ),
    # Europe's small languages, Latin
    "co": "ghjennaghju;ferraghju;marzu;aprile;maghju;ghjugnu;lugliu;aostu;settembre;ottobre;nuvembre;dicembre",
    "rm": "schaner;favrer;mars;avrigl;matg;zercladur;fanadur;avust;settember;october;november;december",
    "tet": "janeiru;fevereiru;marsu;abríl;maiu;juñu;jullu;agostu;setembru;outubru;novembru;dezembru",
    "la": "ianuarius;februarius;martius;aprilis;maius;iunius;iulius;augustus;september;october;november;december",
}
# Languages written with another's month names (Twi with Akan's, Javanese with Indonesian's, Kurmanji with Kurdish,
# Norwegian with Bokmål, Quechua and Aymara with the C library's Cusco Quechua and Aymara): the same table.
SAME_MONTHS = {"tw": "ak", "jv": "id", "kmr": "ku", "no": "nb", "qu": "quz", "ay": "ayc"}


def _without_glottal(name: str) -> str:
    return "".join(ch for ch in name if ch not in _GLOTTAL)


def _forms_of(names: list[list[str]]) -> list[set[str]]:
    """Per month its names, the names without glottal marks, and the starts of :data:`CUT_LETTERS` letters that at
    most :data:`MAX_MONTHS_PER_CUT` months of the language share."""
    out = [{n for name in month for n in (name, _without_glottal(name))} for month in names]
    cuts: dict[str, set[int]] = {}
    for i, forms in enumerate(out):
        for form in forms:
            if len(form) > CUT_LETTERS:
                cuts.setdefault(form[:CUT_LETTERS], set()).add(i)
    for cut, months in cuts.items():
        if len(months) <= MAX_MONTHS_PER_CUT:
            for i in months:
                out[i].add(cut)
    return out


@lru_cache(maxsize=1)
def more_months() -> dict[str, str]:
    """Language -> its months in :mod:`calendar_words_data`'s format (January to December joined by ``;``, a month's
    forms by ``/``, sorted), generated from :data:`FULL_MONTHS`.

    Example::

        more_months()["haw"].split(";")[2]  # 'mal/malaki'
    """
    out = {}
    for lang, joined in FULL_MONTHS.items():
        months = [[name.strip() for name in slot.split("/")] for slot in joined.split(";")]
        if len(months) != 12:
            raise ValueError(f"{lang}: {len(months)} months")
        out[lang] = ";".join("/".join(sorted(forms)) for forms in _forms_of(months))
    return out


def with_more_months(table: dict[str, str]) -> dict[str, str]:
    """``table`` (language -> months, :mod:`calendar_words_data`'s format) with the months of :func:`more_months`
    added: a language of both gets the forms of both per month; the languages of :data:`SAME_MONTHS` the table of
    the language they write with. A new dict; ``table`` is not changed.

    Example::

        "ʻatete" in with_more_months({})["ty"]  # True
    """
    out = dict(table)
    for lang, joined in more_months().items():
        if lang not in out:
            out[lang] = joined
            continue
        mine = [set(slot.split("/")) for slot in joined.split(";")]
        theirs = [set(slot.split("/")) for slot in out[lang].split(";")]
        out[lang] = ";".join("/".join(sorted(a | b)) for a, b in zip(theirs, mine, strict=True))
    for lang, model in SAME_MONTHS.items():
        if lang not in out and model in out:
            out[lang] = out[model]
    return out
