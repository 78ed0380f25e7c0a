"""Given-name and family-name word lists for the free-text name rules, kept apart (lower case).

The detector's ``_all_first_names`` unites given *and* family names of every locale (a word that is
any name); rules that must tell a given name from a surname (``julie weiss``: given, then family)
need the two lists apart. Both cover the name locales of :mod:`gazetteers`, the column locales
(Hungarian, Slovak, Croatian, Baltic...) and the other Faker locales free text may hold; Faker's
two-word entries (``Luiz Otávio``, ``van Mil``, ``Arenas Bermúdez``) add each word.

Example::

    "julie" in given_names() and "weiss" in family_names()  # True
"""

from __future__ import annotations

from functools import lru_cache

from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.text_name_countries import COUNTRY_FAMILY, COUNTRY_GIVEN
from safe_synthesizer.pii.text_name_regional import REGIONAL_FAMILY, REGIONAL_GIVEN
from safe_synthesizer.pii.validators import scripts as S

__all__ = [
    "WELSH_FAMILY",
    "WELSH_GIVEN",
    "WEST_AFRICAN_FAMILY",
    "WEST_AFRICAN_GIVEN",
    "family_names",
    "given_names",
    "greek_family",
    "greek_given",
    "greek_key",
]

_PARTICLES = frozenset(("van", "von", "der", "den", "del", "della", "dos", "das", "ten", "ter", "vom", "het", "di",
                        "da", "de", "du", "la", "le", "y", "i", "e"))  # fmt: skip


def _locales() -> tuple[str, ...]:
    from safe_synthesizer.pii.text_name_pairs import TEXT_NAME_LOCALES as _TEXT_NAME_LOCALES

    return tuple(dict.fromkeys((*gazetteers.NAME_LOCALES, *gazetteers.COLUMN_NAME_LOCALES, *_TEXT_NAME_LOCALES)))


def _with_words(names: frozenset[str]) -> frozenset[str]:
    words = {w for n in names for w in n.replace("-", " ").split() if len(w) > 1 and w not in _PARTICLES}
    return names | frozenset(words)


# Names of locales Faker has no person provider for, written here (lower case): Romanian of Moldova
# (Russian-influenced spellings: "veaceslav", "olesea", "iurie") and Portuguese of Angola and Mozambique
# (given names Faker's pt_PT/pt_BR lack; Bantu family names); Malay given names of Singapore and Malaysia
# (a Malay father's name is a given name too: "bin Yusof").
_EXTRA_GIVEN = """veaceslav olesea iurie ghenadie vitalie anatolie serghei valeriu eugeniu nadejda liubov ludmila
liuba zinaida stela rodica viorica aurelia lilia vadim pavel vasile ecaterina dumitru sergiu natalia corina
igor tatiana nicolae ion ionel vlad mihail petru tudor alla eudochia efrosinia parascovia
domingas esperança adérito venâncio rosária celestina albertina bartolomeu evaristo avelino luzia madalena
filomena lourenço cristóvão joaquina conceição isaura delfina ermelinda felisberto florinda gaspar
hermenegildo inocência januário justina laurinda leopoldina lucrécia mafalda marcelina olímpia palmira
quitéria sebastiana teodoro zacarias
muhammad mohamad mohd ahmad hafiz irfan faizal azman syed rizwan haikal zulkifli amir aiman danial hakim
haziq ikhwan luqman nabil syafiq zikri hidayah liyana nurul aishah aisyah zarina adibah alya amira balqis
fatimah hanis izzati nadia syazwani zulaikha aminah khadijah mariam rahman ismail osman hassan yusof hamid
rashid salleh kamal razak roslan rosli shahrul fauzi hisham jamal karim mazlan nasir rahim sulaiman zainal
zakaria farhan harith iskandar khairul nazri ridhwan shafiq wafiy""".split()  # noqa: SIM905
_EXTRA_FAMILY = """ceban rusu cojocaru munteanu lungu popa țurcanu turcanu bîrcă birca guțu gutu sîrbu sirbu ciobanu
moraru răileanu raileanu botnari rotari cebotari negru plămădeală grosu bivol balan bodiu bostan botezatu
brînză caraman cazacu chiriac ciorbă covalciuc croitoru curcă dodon gheorghiță ghimpu harea leancă
lupu melnic mîndru oprea pascaru plugaru prodan roșca rotaru sandu scutaru spînu stratan
surdu talmaci tcaci ungureanu vrabie zaharia
quissanga cassoma kiala mbala lukamba chipenda sapalo dembo tchiyevo muondo capapelo kaputo ngola
cangombe sakala kassoma samakuva chivukuvuku cawaia tchimuku van-dúnem
dunem bamba cassinda chimuco chilombo chissola gonga kalandula kapinga kussumua lutonda
mateta mbemba mpanzu ndongala nzinga pembele sanda tchissingui ukuahamba vunge
macuácua mondlane guebuza chissano machel nhantumbo cossa sitoe mabunda""".split()  # noqa: SIM905


# Welsh given and family names (cy_GB has no Faker provider; Welsh notes write "Huw", "Ffion", "Iolo", "Gruffudd",
# "ap Gwilym").
WELSH_GIVEN = frozenset(
    """aled alun aneurin angharad arwel bethan bleddyn branwen bronwen caradog carwyn caryl carys catrin ceri cerys
    dafydd deiniol delyth dewi dilys dyfan dyfed eifion eirian eirlys eleri elin elis emlyn emrys esyllt ffion
    geraint gethin glesni gruffudd gruffydd guto gwenllian gwion gwyneth hafwen heledd huw hywel idris ieuan ifan
    iestyn ioan iolo ithel llinos lowri llywelyn mabli macsen mared meinir meirion menna mererid mirain myfanwy
    nerys nesta osian owain peredur rhian rhiannon rhodri rhun rhys siân sian siôn sioned siwan tegan tegid tomos
    tudur""".split()  # noqa: SIM905
)
WELSH_FAMILY = frozenset(
    """gruffudd gruffydd gwilym llwyd llywelyn meredudd prydderch rhydderch watcyn prys parri puw tudur""".split()  # noqa: SIM905
)

# Senegal, Mali, Guinea, Gambia (Wolof, Pulaar, Serer, Mandinka; French spelling): no Faker locale lists them.
WEST_AFRICAN_GIVEN = frozenset(
    """mamadou moussa ousmane abdoulaye ibrahima cheikh modou serigne amadou aliou babacar alioune souleymane
    lamine malick saliou assane fallou mouhamed mouhamadou boubacar demba samba birame djibril elhadji ousseynou
    pape papa mbaye matar mor momar thierno boubou seydou youssou ismaïla ismaila abdou aboubacar fatou aminata
    khady aïssatou aissatou mariama ndèye ndeye coumba astou bineta rokhaya sokhna dieynaba marième marieme yacine
    seynabou oumou penda kadiatou maimouna maïmouna ndiaya fatoumata dior adja mame nafi sophie khadidiatou
    awa arame""".split()  # noqa: SIM905
)
WEST_AFRICAN_FAMILY = frozenset(
    """diop ndiaye sow diallo gueye faye seck mbaye sarr ndour thiam cissé cisse kane dieng niang diouf sène sene
    mbengue diagne touré toure camara badji diatta sané sagna ndao mendy gomis coly mbacké mbacke ndoye diagana
    diakhaté diakhate fofana keïta keita konaté konate coulibaly traoré traore sylla sakho samb sall wane ndione
    diédhiou diedhiou sonko tine dramé drame ngom mboup lô""".split()  # noqa: SIM905
)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names of every covered locale (and :data:`_EXTRA_GIVEN`), and each word of double ones."""
    attributes = ("first_names", "first_names_male", "first_names_female")
    names = gazetteers._collect("person", _locales(), attributes) | frozenset(_EXTRA_GIVEN) | WEST_AFRICAN_GIVEN
    names |= WELSH_GIVEN | REGIONAL_GIVEN | COUNTRY_GIVEN
    return _with_words(names)


@lru_cache(maxsize=1)
def family_names() -> frozenset[str]:
    """Family names of every covered locale (Polish female forms too, :data:`_EXTRA_FAMILY`), and each word
    of double ones."""
    names = set(gazetteers._collect("person", _locales(), gazetteers._LAST_NAME_ATTRIBUTES)) | gazetteers.last_names()
    return _with_words(
        frozenset(names)
        | frozenset(_EXTRA_FAMILY)
        | WEST_AFRICAN_FAMILY
        | WELSH_FAMILY
        | REGIONAL_FAMILY
        | COUNTRY_FAMILY
    )


def greek_key(word: str) -> str:
    """Lookup form of a Greek word (marks stripped, lower case, final sigma as medial)."""
    return S._key(word)


def greek_given() -> frozenset[str]:
    return S.given_names("greek")


def greek_family() -> frozenset[str]:
    return S.family_names("greek")
