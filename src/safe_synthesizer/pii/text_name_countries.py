"""Given and family names of countries and peoples whose names Faker lists in no locale (lower case).

Faker has no Faroese, Greenlandic, Sami or Panamanian person provider, its Swahili one holds a few dozen coastal
Muslim names, and its Spanish lists hold none of the Aymara and Quechua family names a third of Bolivians carry.
Notes from those places write them: ``Jógvan Joensen``, ``Máret Gaup``, ``Mwanaidi Massawe``, ``Limbert Mamani Quispe``.
The lists below are the common names of each (frequent given names of the last decades and frequent family
names, as the national registries and name dictionaries list them), as the language spells them, accented and
plain where both are used.

Words that are also an ordinary word of a language the notes are written in are left out, as in
:mod:`text_name_regional`: Swahili names that are nouns (``Furaha`` joy, ``Neema`` grace, ``Upendo`` love,
``Baraka`` blessing, ``Amani`` peace, ``Zawadi`` gift, ``Juma`` week, ``Jumanne`` Tuesday), Faroese ``Bjørk``
(birch) and ``Lív`` (life), Sami ``Sara``, ``Elle``, ``Inga``, ``Ante`` (French "she", Swedish "none", Spanish
"before"), Aymara and Quechua family names that are Spanish words (``Calle`` street, ``Copa`` cup).

Free text only (:mod:`text_name_lists`, :mod:`text_name_pairs`), like the regional lists.
"""

from __future__ import annotations

__all__ = ["COUNTRY_FAMILY", "COUNTRY_GIVEN"]


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


# Faroe Islands
_FAROESE_GIVEN = """jógvan jogvan pól óli rannvá rannva guðrun gudrun sjúrður sjurdur ólavur olavur hervør
sunneva eyð eyd turið turid beinta sámal samal símun simun hanus heðin hedin rógvi rogvi tróndur trondur bárður
bardur dánjal danjal eyðun eydun høgni hogni jákup jakup jóannes joannes kári kari leivur óluva oluva sólja tóra
 ása ásla eyðna marjun malan ingibjørg guðrið brandur heini regin tummas ári árni atli
fróði hjalti kjartan rúni sverri torkil bjarni birita durita gunnvá hjørdis jensina rakul sunnvá sólrun
tórunn ronja sigmund hjørleif hjørleifur súni eirikur petur sámuel elinborg
"""
_FAROESE_FAMILY = """joensen jacobsen poulsen johannesen thomsen danielsen mortensen midjord niclasen lamhauge
ziska nolsøe gaardbo dalsgaard højgaard hammershaimb heinesen mikkelsen djurhuus ellingsgaard kallsberg patursson
samuelsen skaale zachariasen weihe debes fossádal egholm hentze hoydal isaksen justinussen magnussen michelsen
reinert sólsker thomassen vestergaard hammer lützen joensen háberg mohr jákupsson olsen hansen
"""
# Sápmi (Northern Sami)
_SAMI_GIVEN = """ánne anne máret maret biret sárá risten ristin sunná sunna mággá magga ándde ánte áslat
aslat jovnna ovllá ovlla piera niillas máhtte mahtte mihkkal issát issat juhán gáddja kárená ingá biera
ánde iŋgá ravdna rávdná márjá marja elen ellá ásllat heaika nillá
"""
_SAMI_FAMILY = """gaup hætta haetta somby eira buljo utsi oskal turi bongo balto mienna nango triumf logje skum
aslaksen kemi sarre labba länsman kuoljok spiik tuolja
"""
# Tanzania (Swahili, Chagga, Sukuma, Haya, Nyakyusa, Ngoni, Zanzibar)
_TANZANIAN_GIVEN = """mwanaidi mwajuma mussa selemani saida athumani rashidi shabani hassani halima zuhura
mwanahawa mwanamisi mwamvita mwantumu salma mariamu hadija khadija hamisi ramadhani bakari omari abdallah iddi
salumu hemedi kassimu mwinyi mrisho mwanahamisi mwanaisha zainabu mwasiti mwanaharusi mwanakombo
 mwanajuma mwanahija mbaraka salehe hussein ayubu yusufu elia eliya ezekieli godlisten
elibariki lucas anyesi ester joyce godfrey
"""
_TANZANIAN_FAMILY = """mushi massawe kimaro swai lyimo mrema shirima temba mollel laizer mbwambo mwakyusa mwakalinga
mwakasege mapunda komba haule nyoni ngonyani mbilinyi kapinga mhagama msuya kweka minja urassa ngowi kessy mtui
njau tarimo kaaya kisanga mallya kileo mfinanga mgaya mwita marwa chacha magesa masanja mabula maganga shija
mashaka nyerere kikwete magufuli mkapa kawawa sokoine makame kagaruki kilawe mnyampala salum mwakasungula
mwaipopo mwasomola kiwelu macha mmari kiwia mosha akyoo mchome mlay tesha
"""
# Bolivia (Aymara and Quechua family names) and Bolivian given names Faker's Spanish lists lack
_BOLIVIAN_GIVEN = """limbert wilfredo remberto wilmer grover ruddy jhonny evo alvaro edwin freddy jhon jhonatan
mirtha rosmery gladys eulogia teodora felipa cinthia roxana wara nayra inti amaru yola
"""
_BOLIVIAN_FAMILY = """mamani quispe condori choque huanca apaza ticona colque yujra villca coaquira limachi chambi
poma cusi tarqui quisbert callisaya machaca alanoca aruquipa chura huarachi mollericona chipana ajata layme
huayta copana alavi cutipa patzi yapura quenta mayta tancara
"""
# Panama (given names coined in the country)
_PANAMANIAN_GIVEN = """anayansi itzel yariel xiomara yamileth aracelly omaira migdalia yaritza edilma nitzia
arelys yorlenis kathia iveth eyra yaneth dalys
"""

# Greenland (Kalaallisut given names; the family names of Greenlandic families, Danish in form, that Faker's
# da_DK list lacks). Left out: ``ataata`` (father), ``aka``, ``varna`` (a town), ``storch`` (German stork).
_GREENLANDIC_GIVEN = """aviaja ivalu nivi pipaluk nukaaka paninnguaq arnaq inuk aputsiaq aputsiaraq pavia kuupik aqqaluk
aqqaluaq kaali ujarneq kiista minik nuka angunnguaq tupaarnaq nivikka aleqa najaaraq inunnguaq salik tittaaq niviaq
kunuk aaja arnannguaq bolatta ivaana kimmernaq naasunnguaq nuunu paarnannguaq pilunnguaq qupanuk sikkersoq tukummeq
usinnguaq aqqalu asii eqaluk hansi inooraq jaaku kaaleeraq kuluk makka natuk nukannguaq piitannguaq qillaq sakio
suluk ulloriaq vittus aappilattoq nukappiaaluk
"""
_GREENLANDIC_FAMILY = """lynge motzfeldt kleist egede berthelsen kreutzmann heilmann rosing skifte sandgreen davidsen
fleischer hammeken enoksen lennert nathanielsen nathanaelsen kuko jeremiassen abelsen lyberth høegh hoegh thorleifsen
zeeb josefsen tobiassen olsvig petrussen korneliussen siegstad fencker mathæussen mathaeussen kielsen hendriksen
platou ottosen kaalund kuitse aronsen amondsen boassen dorph noahsen willumsen
"""

#: Given names of the countries above (lower case).
COUNTRY_GIVEN = frozenset().union(
    *map(
        _words,
        (_FAROESE_GIVEN, _SAMI_GIVEN, _TANZANIAN_GIVEN, _BOLIVIAN_GIVEN, _PANAMANIAN_GIVEN, _GREENLANDIC_GIVEN),
    )
)
#: Family names of the countries above (lower case).
COUNTRY_FAMILY = frozenset().union(
    *map(_words, (_FAROESE_FAMILY, _SAMI_FAMILY, _TANZANIAN_FAMILY, _BOLIVIAN_FAMILY, _GREENLANDIC_FAMILY))
)
