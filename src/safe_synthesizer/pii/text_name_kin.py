"""A relative's given name right after a kinship word: ``please excuse my daughter Sara``, ``unser Kind
Mia``, ``mon enfant Luc``, ``Ұлым Асқар``, ``ابني أحمد``, ``anak saya Aisyah``, ``ang anak kong si Jomar``.

Why a rule of its own: parents' letters, absence notes and relatives' messages name the child or the
spouse by the given name alone, which no name-pair rule sees (one word) and the English NER model misses
in other languages; the older role-word rule (:mod:`text_name_intro`) needs a listed given name, and
Kazakh, Malay, Filipino or Bosnian names are in no list the package carries. The kinship word with its
possessive (``my son``, ``mein Sohn``, ``fiul meu``, ``oğlum``, ``poikani``, ``ұлым``, ``ابني``,
``anak saya``) is the evidence, so the word after it is a name when:

- in a script with capitals (Latin, Cyrillic, Greek, Armenian): it is capitalised (first letter upper,
  the rest lower) and no function word, month, weekday, title or common English word; a capitalised
  listed family name right after it joins the span (``my son Tom Lind``);
- in a script without capitals (Arabic, Devanagari, Odia, Bengali, Tamil...): it is a listed given name
  of that script (:mod:`script_lexicon`), since there no capital tells a name from ``ابني مريض`` (my son
  is ill).

Each language's kinship words are written with the possessive they need: a bare ``Son`` or ``Mother``
(``Mother Teresa Hospital``, ``Sister Act``) cues nothing.

Example::

    kin_name_spans("Please excuse my daughter Sara from swimming.")  # [(26, 30, 'first_name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import script_lexicon as L
from safe_synthesizer.pii.titles import is_title

__all__ = ["kin_name_spans"]

# Kinship nouns after a possessive word (both lists per language; any case).
_PRE = {
    "en": ("my our his her their your", "son sons daughter daughters child kid boy girl grandson granddaughter "
           "grandchild stepson stepdaughter wife husband partner fiance fiancee fiancé fiancée mother father mum "
           "mom dad mummy mommy brother sister nephew niece cousin aunt uncle grandmother grandfather grandma "
           "grandpa granny nan twin toddler baby eldest youngest"),
    "de": ("mein meine meinem meinen meiner meines unser unsere unserem unseren unserer unseres sein seine ihr ihre "
           "ihrem ihren", "sohn sohnes tochter kind kindes enkel enkelin enkelsohn enkeltochter frau mann ehemann "
           "ehefrau gattin gatte mutter vater bruder schwester neffe neffen nichte cousin cousine tante onkel oma opa "
           "großmutter großvater stiefsohn stieftochter lebensgefährte lebensgefährtin kleiner kleine"),
    "fr": ("mon ma mes notre nos leur", "fils fille enfant petit-fils petite-fille petit-enfant femme épouse mari "
           "époux mère père frère sœur soeur neveu nièce cousin cousine tante oncle grand-mère grand-père "
           "beau-fils belle-fille compagne compagnon fiston"),
    "es": ("mi mis nuestro nuestra nuestros nuestras tu", "hijo hija hijito hijita nieto nieta niño niña esposo "
           "esposa marido mujer madre padre mamá papá hermano hermana sobrino sobrina primo prima tío tía abuelo "
           "abuela hijastro hijastra pareja"),
    "it": ("mio mia miei mie nostro nostra nostri nostre", "figlio figlia figliolo figliola bambino bambina nipote "
           "nipotino nipotina moglie marito madre padre mamma papà fratello sorella fratellino sorellina cugino "
           "cugina zio zia nonno nonna compagno compagna"),
    "pt": ("meu minha meus minhas nosso nossa", "filho filha neto neta criança esposa esposo marido mulher mãe pai "
           "irmão irmã sobrinho sobrinha primo prima tio tia avô avó enteado enteada"),
    "nl": ("mijn onze ons", "zoon zoontje dochter dochtertje kind kindje kleinzoon kleindochter kleinkind vrouw man "
           "echtgenoot echtgenote moeder vader broer broertje zus zusje neef nicht oom tante opa oma stiefzoon "
           "stiefdochter"),
    "sv": ("min mitt mina vår vårt våra", "son dotter barn barnbarn sonson dotterson sondotter dotterdotter fru make "
           "maka sambo mamma pappa mor far bror syster kusin"),
    "da": ("min mit mine vores", "søn datter barn barnebarn kone mand hustru mor far bror søster nevø niece"),
    "no": ("min mitt mine vår vårt", "sønn datter barn barnebarn kone mann samboer mor far mamma pappa bror søster"),
    "pl": ("mój moja moje mojego mojej mojemu moim nasz nasza naszego naszej naszą", "syn syna synem synek córka "
           "córki córkę córką dziecko dziecka wnuk wnuka wnuczka wnuczki wnuczkę żona żony mąż męża mama matka "
           "tata ojciec brat brata siostra siostry"),
    "cs": ("můj moje moji mého mé mou mojí náš naše našeho naší našeho môj moja mojej môjho", "syn syna synovi "
           "dcera dcery dceru dcerou dcéra dcéry dcéru dítě dieťa vnuk vnuka vnučka vnučky vnučku manželka "
           "manželky manžel manžela máma matka táta otec bratr brat sestra sestry"),
    "sh": ("moj moja moje mog mojeg mojoj mome moju naš naša našeg našoj našu", "sin sina sinu kći kćer kćeri "
           "kćerka kćerke kćerku ćerka ćerku ćerke dijete djeteta dete deteta unuk unuka unuku unuka unuci "
           "unukom supruga suprug žena muž majka mama otac tata brat sestra nećak nećakinja hči hčerka otrok vnuk "
           "vnukinja mož oče"),
    "ru": ("мой моя моё мою моего моей моему мои наш наша наше нашего нашей нашу мій моє мого моєї наша нашої "
           "нашого", "сын сына сыну дочь дочка дочку дочери дочке ребёнок ребенок ребёнка ребенка внук внука "
           "внучка внучку внучки жена жену муж мужа мама маму мать папа отец брат брата сестра сестру "
           "племянник племянница син сина донька доньку доньки дитина дитину онук онука онучка онучку "
           "дружина дружину чоловік чоловіка тато батько"),
    "lt": ("mano mūsų", "sūnus sūnų dukra dukrą duktė vaikas vaiką anūkas anūkė žmona vyras"),
    "lv": ("mans mana mūsu", "dēls dēlu meita meitu bērns mazdēls mazmeita sieva vīrs"),
    "et": ("minu mu meie", "poeg poja tütar tütre laps lapse lapselaps naine mees"),
    "hi": ("मेरा मेरी मेरे हमारा हमारी हमारे", "बेटा बेटी बेटे पुत्र पुत्री पोता पोती नाती नातिन पत्नी पति भाई बहन"),
    "ne": ("मेरो हाम्रो", "छोरा छोरी नाति नातिनी श्रीमती श्रीमान"),
    "mr": ("माझा माझी माझे आमचा आमची", "मुलगा मुलगी नातू नात पत्नी"),
    "or": ("ମୋ ମୋର ଆମ ଆମର", "ପୁଅ ଝିଅ ନାତି ନାତୁଣୀ ସ୍ତ୍ରୀ ସ୍ୱାମୀ ଭାଇ ଭଉଣୀ"),
    "bn": ("আমার আমাদের", "ছেলে মেয়ে নাতি নাতনি স্ত্রী স্বামী"),
    "gu": ("મારો મારી મારા અમારો અમારી", "દીકરો દીકરી પુત્ર પુત્રી પૌત્ર પૌત્રી પત્ની"),
    "ta": ("என் எனது எங்கள்", "மகன் மகள் பேரன் பேத்தி மனைவி கணவர்"),
    "hy": ("իմ մեր", "որդին որդիս աղջիկը աղջիկս երեխան թոռը կինը ամուսինը"),
    "ka": ("ჩემი ჩვენი", "შვილი ვაჟი ქალიშვილი შვილიშვილი ცოლი ქმარი"),
    "ga": ("mo", "mhac iníon pháiste gharmhac nighean bhean"),  # Irish and Scottish Gaelic
    "ca": ("meu meva meus meves nostre nostra nostres", "fill filla fillet filleta nen nena net neta dona marit mare "
           "pare germà germana nebot neboda cosí cosina oncle tia avi àvia"),
    "gl": ("meu miña meus miñas noso nosa", "fillo filla neno nena neto neta muller home marido nai pai irmán irmá "
           "sobriño sobriña curmán curmá tío tía avó avoa"),
    "eu": ("nire gure", "semea alaba umea haurra biloba emaztea senarra ama aita anaia arreba ahizpa neba"),
    "fy": ("myn ús", "soan dochter bern famke jonge pake beppe frou man mem heit broer suster"),
    "br": ("ma va hor", "mab merc'h bugel pried gwreg gwaz mamm tad breur c'hoar"),
}  # fmt: skip
# Kinship nouns before their possessive (Romanian, Albanian, Greek, Bulgarian, Malay/Indonesian,
# Filipino, Swahili, Icelandic, Vietnamese, Scandinavian definite forms, Zulu, Yoruba, Persian izafe).
_POST = (
    "(?:fiul|fiului|fiica|fiicei|fata|băiatul|copilul|nepotul|nepoata|soția|soțul|mama|tatăl|fratele|sora)"
    r"\s+(?:meu|mea|mele|nostru|noastră|noastre)",
    r"(?:djali|vajza|bija|fëmija|nipi|mbesa|gruaja|burri|nëna|babai|vëllai|motra|djalin|vajzën)\s+(?:im|ime|ynë|jonë|tim|time)",
    r"(?:ο γιος|τον γιο|η κόρη|την κόρη|το παιδί|ο εγγονός|η εγγονή|η σύζυγος|η γυναίκα|ο άντρας|ο σύζυγος|η μητέρα|"
    r"ο πατέρας|ο αδερφός|η αδερφή|ο ανιψιός|η ανιψιά)\s+(?:μου|μας)",
    r"(?:синът|сина|дъщеря|дъщерята|детето|внукът|внучката|съпругата|съпругът|жена|мъжът|майка|баща)\s+(?:ми|ни)",
    r"(?:anak|anakanda|cucu|putra|putri|putera|puteri|isteri|istri|suami|adik|kakak|abang|ibu|bapa|ayah|emak)"
    r"(?:\s+(?:lelaki|perempuan|laki-laki|sulung|bongsu|bungsu))?\s+(?:saya|kami|aku|beta)(?:\s+(?:yang\s+)?bernama)?",
    r"(?:anakku|anakmu|cucuku|suamiku|isteriku|istriku)",
    r"(?:ang\s+|sa\s+|ng\s+)?(?:anak|apo|asawa|kapatid|pamangkin|bunso|panganay)(?:\s+na\s+(?:lalaki|babae))?"
    r"\s+(?:kong|ko\s+na|ko\s*,|ko|naming|namin\s+na|namin)(?=\s+(?:si|na\s+si)\b)(?:\s+na)?\s+si",
    r"(?:mwanangu|mwanetu|binti\s+yangu|mtoto\s+wangu|mjukuu\s+wangu|mke\s+wangu|mume\s+wangu|kaka\s+yangu|dada\s+yangu)",
    r"(?:sonur|dóttir|barnið|dóttur|son)\s+(?:minn|mín|mitt|minn|okkar)",
    r"(?:con\s+trai|con\s+gái|cháu\s+trai|cháu\s+gái|con|cháu|vợ|chồng)\s+(?:tôi|của\s+tôi|chúng\s+tôi|em|mình)",
    r"(?:sonen|dottern|dottera|datteren|dattera|sønnen|barnet|kona|kånan|mannen|barnebarnet)\s+(?:min|mi|mitt|vår|vårt|vores)",
    r"(?:indodana|indodakazi|ingane|umzukulu|umkami)\s+(?:yami|wami|yethu)",
    r"(?:ọmọ|ọkọ|ìyàwó|omo|oko|iyawo)\s+(?:mi|wa)",
    r"(?:پسرم|دخترم|همسرم|نوه‌ام|نوه ام|فرزندم)",
)
# Kinship words that carry the possessive as a suffix (Turkish, Azerbaijani, Uzbek, Kazakh, Finnish,
# Hungarian, Estonian-free; Arabic and Hebrew suffixes; Maltese, Amharic).
_SUFFIXED = (
    r"(?:oğlum|oğlumuz|oğlumu|oğlumun|kızım|kızımız|kızımı|kızımın|torunum|torunumuz|eşim|karım|kocam|annem|babam|"
    r"kardeşim|ağabeyim|ablam|yeğenim|qızım|nəvəm|o['’‘ʻ]g['’‘ʻ]lim|qizim|nevaram|farzandim|xotinim)",
    r"(?:ұлым|ұлымыз|ұлымның|ұлымды|қызым|қызымыз|қызымның|қызымды|балам|баламыз|баламның|немерем|немереміз|жиенім|"
    r"әйелім|күйеуім|інім|қарындасым|сіңлім|ағам|апам|шөберем)",
    r"(?:poikani|poikamme|poikaani|tyttäreni|tyttäremme|tytärtäni|lapseni|lapsemme|lastani|lapsenlapseni|"
    r"pojanpoikani|tyttärentyttäreni|vaimoni|mieheni|äitini|isäni|veljeni|siskoni|sisareni)",
    r"(?:fiam|fiamat|fiunk|lányom|lányomat|lányunk|gyermekem|gyerekem|unokám|unokánk|feleségem|férjem|anyám|"
    r"apám|öcsém|bátyám|húgom|nővérem)",
    r"(?:[ولب]?(?:ابني|ابنتي|ابننا|ابنتنا|بنتي|ولدي|طفلي|طفلتي|حفيدي|حفيدتي|زوجتي|زوجي|والدتي|والدي|أخي|أختي|"
    r"ابن أخي|ابنة أختي))(?:\s+(?:المدعو|المدعوة|واسمه|واسمها|اسمه|اسمها))?",
    r"(?:הבן שלי|הבת שלי|בתי|הנכד שלי|הנכדה שלי|אשתי|בעלי)",
    r"(?:ibni|binti|it-tifel tiegħi|it-tifla tiegħi|ir-raġel tiegħi|il-mara tiegħi)",
    r"(?:ልጄ|ልጃችን|የልጅ ልጄ|ባለቤቴ)",
)
# Words that say "named" and may stand between the kinship word and the name.
_NAMED = (
    r"(?:named|called|namens|nommée?|prénommée?|llamad[oa]|chiamat[oa]|di nome|genaamd|heter|hedder|по имени|"
    r"на име|isimli|adlı|bernama)"
)
_SEP = r"(?:[ \t]*,)?[ \t]+"


# "my little son", "meine kleine Tochter", "il mio piccolo": one adjective may stand between.
_ADJECTIVES = ("little", "kleiner", "kleinen", "kleine", "petite", "petit", "pequeño", "pequeña", "piccolo", "piccola")


def _pre_pattern() -> str:
    parts = []
    for possessives, nouns in _PRE.values():
        pos = "|".join(sorted(map(re.escape, possessives.split()), key=len, reverse=True))
        kin = "|".join(sorted(map(re.escape, nouns.split()), key=len, reverse=True))
        adjectives = "|".join(_ADJECTIVES)
        parts.append(rf"(?:{pos})[ \t]+(?:(?:{adjectives})[ \t]+)?(?:{kin})")
    return "|".join(parts)


_CUE = re.compile(
    rf"(?<![\w\-])(?i:{_pre_pattern()}|{'|'.join(_POST)}|{'|'.join(_SUFFIXED)})(?:{_SEP}{_NAMED})?(?![\w\-])",
)
_WORD = re.compile(r"[^\W\d_]+(?:[\-'’][^\W\d_]+)?")
_UNCASED = re.compile(r"[^\s\d]+")
_PUNCT = ".,;:!?()[]\"'«»“”،؛؟।॥"
_MONTHS_DAYS = frozenset(
    """january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag freitag samstag sonntag januar
    februar märz juni juli oktober dezember lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes
    miércoles jueves viernes sábado domingo lunedì martedì mercoledì giovedì venerdì sabato domenica maandag
    dinsdag woensdag donderdag vrijdag zaterdag zondag понедельник вторник среда четверг пятница суббота
    воскресенье""".split()  # noqa: SIM905
)


# A word with its vowel signs (Indic scripts write them as marks, which ``\w`` leaves out).
_TOKEN = re.compile(r"(?:[^\W\d_]|[\u0900-\u0dff\u064b-\u065f\u0670\u200c\u200d])+")


# The kinship nouns of :data:`_POST` (their possessive comes after them): each alone lets a text through
# the cheap test of :func:`_has_trigger`.
_POST_NOUNS = frozenset(
    """fiul fiului fiica fiicei fata băiatul copilul nepotul nepoata soția soțul mama tatăl fratele sora djali
    vajza bija fëmija nipi mbesa gruaja burri nëna babai vëllai motra djalin vajzën γιος γιο κόρη παιδί εγγονός
    εγγονή σύζυγος γυναίκα άντρας μητέρα πατέρας αδερφός αδερφή ανιψιός ανιψιά синът сина дъщеря дъщерята
    детето внукът внучката съпругата съпругът жена мъжът майка баща anak anakanda cucu putra putri putera
    puteri isteri istri suami adik kakak abang ibu bapa ayah emak anakku anakmu cucuku suamiku isteriku istriku
    apo asawa kapatid pamangkin bunso panganay mwanangu mwanetu binti mtoto mjukuu mke mume kaka dada sonur
    dóttir barnið dóttur son con cháu vợ chồng sonen dottern dottera datteren dattera sønnen barnet kona kånan
    mannen barnebarnet indodana indodakazi ingane umzukulu umkami ọmọ ọkọ ìyàwó omo oko iyawo پسرم دخترم همسرم
    نوه فرزندم""".split()  # noqa: SIM905
)


@lru_cache(maxsize=1)
def _triggers() -> tuple[frozenset[tuple[str, str]], frozenset[str]]:
    """(possessive, next word) pairs of :data:`_PRE`, and the single words of the other forms: a text with
    none of them holds no cue and skips the long case-insensitive pattern (most cells of a table)."""
    pairs = set()
    for possessives, nouns in _PRE.values():
        firsts = {_TOKEN.findall(n)[0] for n in nouns.lower().split()} | set(_ADJECTIVES)
        pairs |= {(p, n) for p in possessives.lower().split() for n in firsts}
    singles = {w.lower() for pattern in _SUFFIXED for w in _TOKEN.findall(pattern) if len(w) > 1} - {"it", "ir", "il"}
    return frozenset(pairs), frozenset(singles | _POST_NOUNS)


def _has_trigger(text: str) -> bool:
    pairs, singles = _triggers()
    tokens = _TOKEN.findall(text.lower())
    for i, token in enumerate(tokens):
        # Arabic glues "and", "to", "with" to the word: "لابنتي" is "to my daughter".
        if token in singles or (token[:1] in "ولب" and token[1:] in singles):
            return True
        if i + 1 < len(tokens) and (token, tokens[i + 1]) in pairs:
            return True
    return False


@lru_cache(maxsize=1)
def _never() -> frozenset[str]:
    """Lower-case words that are no given name even when capitalised after a kinship word."""
    from safe_synthesizer.pii.common_words import common_words
    from safe_synthesizer.pii.text_cued_names import latin_stop_words, spacy_stop_words

    stops = latin_stop_words() | spacy_stop_words(("ru", "uk", "el", "tr", "hu", "ro", "hr", "sr", "sq", "id"))
    return frozenset(stops | common_words() | _MONTHS_DAYS)


def _cased_name(word: str) -> bool:
    """Capitalised, and no function word, month or common word unless a listed given name (``Will``,
    ``May``, ``Sara``: Italian ``sarà`` unaccented is a function word, and a parent's ``Sara`` a name)."""
    from safe_synthesizer.pii.text_name_lists import given_names

    low = word.lower()
    return (
        len(word) > 1
        and word[0].isupper()
        and word[1:].replace("-", "").replace("'", "").replace("’", "").islower()
        and (low not in _never() or (low in given_names() and low not in _MONTHS_DAYS))
        and not is_title(word)
    )


def _uncased_name(word: str) -> bool:
    word = word.strip(_PUNCT)
    script = L.spaced_script_of(word)
    if script is None:
        return False
    key = L.name_key(word)
    return (key,) in L.given_entries(script) or (key,) in L.family_entries(script)


def _family(word: str) -> bool:
    from safe_synthesizer.pii.text_name_lists import family_names

    return _cased_name(word) and word.lower() in family_names()


def kin_name_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, entity)`` of the given names (and a listed surname after them) that follow a kinship word."""
    out: list[tuple[int, int, str]] = []
    if not _has_trigger(text):
        return out
    for cue in _CUE.finditer(text):
        gap = re.match(_SEP, text[cue.end() :])
        if gap is None:
            continue
        start = cue.end() + gap.end()
        first = _WORD.match(text, start)
        if first is None:
            continue
        word = first.group()
        cased = word[0].isupper() or word[0].islower()
        if cased and not _cased_name(word):
            continue
        if not cased:  # Indic vowel signs are marks, not \w: take the whole run up to a space or a stop
            token = _UNCASED.match(text, start)
            if token is None or not _uncased_name(token.group()):
                continue
            out.append((start, start + len(token.group().rstrip(_PUNCT)), E.FIRST_NAME))
            continue
        end, entity = first.end(), E.FIRST_NAME
        second = re.match(r"[ \t]+([^\W\d_]+(?:-[^\W\d_]+)?)", text[end:])
        if cased and second is not None and _family(second.group(1)):
            end, entity = end + second.end(), E.NAME
        out.append((first.start(), end, entity))
    return out
