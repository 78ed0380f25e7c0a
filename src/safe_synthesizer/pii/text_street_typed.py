"""Street layouts whose street type follows the name, with cheap gates (:mod:`text_streets`): Hungarian
(``Petőfi utca 71.``), Turkish (``İnönü Caddesi No: 28/9``), Baltic and South Slavic (``Gedimino pr. 12-5``,
``Zagrebačka cesta 12``), Slovenian and Croatian paths (``Zajčeva pot 5``); Romanian lines with their ``Nr.``,
``Bl.``, ``Ap.`` parts; where a Chinese or Japanese line starts after the words glued before it; and Italian
``via`` typed in lower case after a preposition.

Why a module of its own: these layouts are the languages' own (each with its own type words and number
marks), and :mod:`text_streets` runs them only when their gate matches, so a note without ``utca`` or ``g.``
pays nothing for them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii.text_street_vocab import _CAP, _NUMBER


@lru_cache(maxsize=1)
def _typed_patterns() -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """(gate, pattern) of the layouts whose street type follows the name with a number after it: the
    pattern runs only on text the cheap gate finds its street type in."""
    # Hungarian: the name (a lower-case second word too: "Petőfi sándor utca"), the street type, the house
    # number with its dot ("Petőfi utca 71.", "Balatonfürdői tér 1.", "Kossuth Lajos u. 5/A").
    hungarian = (
        rf"\b{_CAP}(?:[ \t]+(?:{_CAP}|[a-záéíóöőúüű]{{3,12}})){{0,2}}[ \t]+(?i:{_HU_TYPES})[ \t]+"
        rf"\d{{1,4}}(?:/[A-Za-z0-9]{{1,3}})?\.?(?:[ \t]*\d{{1,2}}\.[ \t]*em(?:elet)?\.?(?:[ \t]*\d{{1,3}}\.?)?)?"
    )
    # Turkish: the neighbourhood maybe ("Lale Mah."), the name, the street type, then "No: 28/9" and maybe the
    # flat ("D: 1", "Daire 4", "Kat: 2"): "İnönü Caddesi No: 28/9", "Lale Mah. Barış Sok. No: 111 D: 1".
    turkish = (
        rf"\b(?:{_CAP}(?:[ \t]+{_CAP}){{0,2}}[ \t]+(?i:mahallesi|mah\.|mh\.),?[ \t]+)?"
        rf"{_CAP}(?:[ \t]+{_CAP}){{0,2}}[ \t]+(?i:{_TR_TYPES})[ \t]*,?[ \t]*(?i:no)[ \t]*[:.]?[ \t]*"
        rf"\d{{1,5}}(?:[ \t]*/[ \t]*\d{{1,4}})?"
        rf"(?:[ \t]*,?[ \t]*(?i:d[ \t]*[:.]|daire|kat)[ \t]*[:.]?[ \t]*\d{{1,4}}\b)?"
    )
    # Baltic and South Slavic: the name, a street type written apart (often abbreviated), the house number
    # ("Gedimino pr. 12-5", "Vilniaus g. 3", "Brīvības iela 40", "Narva mnt. 5", "Zagrebačka cesta 12").
    # A second word of the name ("Vinco Kudirkos g. 5") never opens a sentence ("Atsiimti Savanorių pr. 137").
    baltic = (
        rf"\b(?:(?<=[^\n])(?<![.!?:;][ \t])(?<![.!?:;]){_CAP}[ \t]+)?{_CAP}[ \t]+(?:{_BALTIC_TYPES})[ \t]*{_NUMBER}\b"
        # The flat after the house: Latvian "dz." (dzīvoklis), Estonian "korter", Lithuanian "but." (butas).
        r"(?:[ \t]*,?[ \t]*(?:dz\.|dzīv\.|korter|k\.|kv\.|but\.)[ \t]*\d{1,4}\b)?"
    )
    return (
        (re.compile(rf"[ \t](?:{_BALTIC_TYPES})[ \t]*\d"), re.compile(baltic)),
        (re.compile(r"[ \t]p[ou]t[ \t]+\d"), re.compile(_SLAVIC_PATH)),
        (re.compile(rf"(?i)[ \t](?:{_HU_TYPES})[ \t]+\d"), re.compile(hungarian)),
        (re.compile(rf"(?i)[ \t](?:{_TR_TYPES})[ \t]*,?[ \t]*no\b"), re.compile(turkish)),
    )


# Lower case only (a capital starts the next name): Lithuanian "g." (gatvė), "pr." (prospektas), "al." (alėja),
# "pl." (plentas), "skg." (skersgatvis), "a." (aikštė); Latvian "iela"; Estonian "tn.", "mnt.", "pst.";
# Croatian, Serbian and Slovenian "cesta", "ulica", "obala", "trg", "šetalište", "odvojak", "prilaz".
_BALTIC_TYPES = (
    r"g\.|gatvė|pr\.|prospektas|al\.|alėja|pl\.|plentas|skg\.|skersgatvis|a\.|aikštė|kelias|krantinė|"
    r"iela|ielā|bulvāris|prospekts|gatve|gatvėje|tn\.?|tänav|mnt\.?|maantee|pst\.?|puiestee|tee|põik|väljak|"
    r"cesta|ulica|obala|trg|šetalište|odvojak|prilaz|ogranak|naselje|"
    # ... and more South Slavic types after the name ("Kratka steza 7", "Krakovski nasip 98", "Strupijevo
    # nabrežje 8b", "Rokov perivoj 2a", "Dvoranski prečac 3a/1"); "pot"/"put" are English words: see _SLAVIC_PATH.
    r"steza|nasip|nabrežje|sprehajališče|šetališče|prečac|perivoj|vijenac|stube|drevored|klanec"
)
# Slovenian "pot" and Croatian "put" (path) after an adjective of four letters or more ("Zajčeva pot 5",
# "Srednja pot 606", "Bijenički put 12"); "I put 3 apples", "Crock pot 3" are prose.
_SLAVIC_PATH = (
    r"\b(?:[A-ZČŠŽĆĐ][a-zčšžćđ]+[ \t]+)?[A-ZČŠŽĆĐ][a-zčšžćđ]{2,}(?:[aoi]|ov|ev|in)[ \t]+(?:pot|put)[ \t]+"
    r"\d{1,4}[a-z]?(?:/\d{1,3}[a-z]?)?\b"
)
_HU_TYPES = r"utca|u\.|út|útja|tér|tere|körút|krt\.|köz|köze|sor|sétány|rakpart|fasor|lépcső|dűlő|liget|lakótelep"
_TR_TYPES = r"caddesi|cadde|cad\.|cd\.|sokak|sokağı|sok\.|sk\.|bulvarı|blv\.|mahallesi|mah\.|yolu|meydanı"
# Romanian street lines: a street type, the name, then "Nr. 263", "Bl. 13", "Sc. 73", "Et. 2", "Ap. 974"
# (``Strada Stana Preda Nr. 583 Bl. 19  Sc. 87 Ap. 486``). Capitalised types name a street without a
# number too (``din Soseaua Nistor``, ``Intrarea Stănescu``).
_RO_TYPES = (
    r"(?:Strada|Str\.|Bulevardul|Bd\.|B-dul|Aleea|Calea|Șoseaua|Şoseaua|Soseaua|Șos\.|Şos\.|Sos\.|Piața|Piaţa|"
    r"Piata|Splaiul|Intrarea|Drumul|Fundătura|Fundatura|Prelungirea)"
)
_RO_UNIT = r"(?:Nr|Bl|Sc|Et|Ap)"
_RO_STREET = re.compile(
    rf"(?<![\w-]){_RO_TYPES}[ \t]+(?!{_RO_UNIT}\b){_CAP}(?:[ \t]+(?!{_RO_UNIT}\b){_CAP}){{0,2}}"
    rf"(?:[ \t]*,?[ \t]*{_RO_UNIT}\.?[ \t]*\d{{1,4}}[A-Za-z]?){{0,5}}"
)


# Chinese and Japanese address words glued before a street ("住址六盘水街329号"): a label, not the street.
_CJK_ADDRESS_WORD = re.compile(
    r"(?:新住所|現住所|住所|新住址|现住址|住址|新地址|地址|寄到|搬到|送到|住在|位於|位于|寄至|搬至|遷至|迁至|送至)[：:]?"
)
# Words of the sentence glued before a road's name ("我住在中山路", "搬家到民生路"): the line starts after them.
_CJK_GLUED_WORD = re.compile(r"[在到于於往是的]")
_CJK_ROAD = re.compile(r"(?:路|街|大道|道|巷|弄|丁目|[0-9])")


def _cjk_start(text: str, start: int, end: int) -> int:
    """Where a Chinese or Japanese street line starts: after the last address word or sentence word glued
    before the road's name, when at least two characters of the name are left."""
    road = _CJK_ROAD.search(text, start, end)
    stop = road.start() if road else end
    for pattern in (_CJK_ADDRESS_WORD, _CJK_GLUED_WORD):
        cut = [m.end() for m in pattern.finditer(text, start, stop) if stop - m.end() >= 2]
        if cut:
            start = cut[-1]
    return start


# Italian "via" typed in lower case inside a sentence ("abita in via Cantonale 97", "lives at via Lugano 106"):
# after a preposition only, as "sent via DHL 3 times" is English.
_LOWER_VIA = re.compile(
    rf"(?<![\w\-])(?:[Ii]n|[Aa]t|a|da|di|on|to|nella|sulla)[ \t]+(?P<street>(?:via|viale)[ \t]+"
    rf"(?:(?:al|del|della|dei|delle|di)[ \t]+)?{_CAP}(?:[ \t]+{_CAP}){{0,2}},?[ \t]+{_NUMBER})\b"
    r"(?![ \t]+(?:days?|times?|hours?|weeks?|months?|years?|minutes?|items?|pages?|giorni|volte|ore)\b)"
)
