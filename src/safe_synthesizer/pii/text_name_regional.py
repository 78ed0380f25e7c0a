"""Given and family names of Europe's regional languages that Faker lists in no locale (lower case).

Faker has person providers for Spain, France, the Netherlands and the UK, but their lists are the names of the
state language: Basque (``Iñaki``, ``Etxeberria``), Galician (``Xosé``, ``Outeiro``), West Frisian
(``Sjoerd``, ``Hylkema``), Breton (``Gwenaël``, ``Le Gall``), Scottish Gaelic (``Aonghas``,
``NicDhòmhnaill``) and Catalan (``Oriol``, ``Alsina``) names are missing, and notes from those regions
write them. The lists below are the common names of each region (frequent given names of the last decades
and frequent family names, as the regional statistics offices and name dictionaries list them), written
as the language spells them; accented and plain spellings where both are used. Words that are also an
ordinary word of a language the notes are written in (Galician ``Novo``, Breton ``Le Gros``, Catalan
``Abril`` = April, Basque ``Peru``, Catalan ``Esteve`` = Portuguese "was") are left out: a listed word is one
more false name there.

Free text only (:mod:`text_name_lists`, :mod:`text_name_pairs`); the column checks keep their own lists.
"""

from __future__ import annotations

__all__ = ["REGIONAL_FAMILY", "REGIONAL_GIVEN"]


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


# Basque (Euskadi, Navarre, Iparralde)
_BASQUE_GIVEN = """iker unai aitor asier mikel ander xabier gorka koldo iñaki inaki joseba eneko julen oier ibai aritz
urko beñat benat gaizka imanol iñigo inigo josu kepa markel peio unax xabat eñaut haritz ekaitz mattin patxi
txomin andoni aimar hodei lander aratz oihan ekain ane amaia leire maite nerea irati uxue garazi ainhoa edurne miren
itziar izaro nahia naroa olatz oihana saioa aintzane arantxa arrate idoia itxaso josune karmele lorea maialen nekane
usue zuriñe zurine alaitz haizea ainara enara izaskun jone lide malen aiora eider goizane irune iraia amets naia
ekiñe"""
_BASQUE_FAMILY = """agirre aguirre etxeberria etxebarria echeverria goikoetxea bengoetxea mendizabal zubizarreta urrutia
aranburu aramburu lizarraga otxoa ochoa iturbe azpiazu uriarte garmendia larrañaga larranaga olaizola arrieta elorza
urkiola ibarguren arregi arana aranguren arrizabalaga arteaga azkue barrenetxea beitia berasategi elizondo errasti
egaña elustondo erdozain galarraga gabilondo goñi gorostiaga ibarrola idiakez irazoki iriarte iribarren irigoyen
iriondo isasi jauregi larrea lasa legarreta loiola madariaga mujika murua olabarria olano olazabal oñatibia
ormaetxea otegi oyarzabal oiartzabal salaberria sarasola telleria txurruka ugarte unanue urdangarin uribe urquijo
zabala zabaleta zubiria zuloaga zuazo arruti atxa altuna amezaga aizpurua arizmendi goitia ugalde gaztañaga
etxezarreta basterretxea lertxundi zabalegi ezeiza beristain alkorta urretxua izagirre eizagirre"""
# Galician (Galicia)
_GALICIAN_GIVEN = """xosé xose xoán xoan xan xurxo brais anxo roi iago breogán breogan antón uxío uxio martiño bieito
fiz lois manel xaime xulio xacobe alberte pegerto tomé uxía uxia antía antia iria xiana carme sabela aldara lúa olalla
icía icia maruxa xoana xulia ledicia mariña xeila ánxela anxela catuxa tareixa"""
_GALICIAN_FAMILY = """lema vázquez outeiro piñeiro pineiro regueira seoane souto barreiro loureiro carballo varela otero
pazos figueiras fraga louzao mosquera neira noya quintela sanmartín soutelo teixeira vilar vilariño añón anon abal
amoedo bouzas caamaño cambeiro carreira castiñeira cortizo couto dopazo failde ferreiro fontán freire gondar lamas
míguez miguez nogueira outes penedo pombo rial salgueiro sanjurjo santiso seijas sotelo tobío touriño valiño
vieites viñas rivadulla cotelo mouriño ogando quiroga rañó rozas taboada ulloa veiga"""
# West Frisian (Fryslân)
_FRISIAN_GIVEN = """sjoerd wobbe binne sietse hylke jelle douwe gerben tjeerd wytze sytse haring hotse auke bauke eelke
feike folkert hessel jouke lolke marten oene rients rintje sjerp sybren tiede tsjalle ype ynze freerk harmen hidde
jitse jurjen meindert obbe redmer reitse sipke tjalling watse wiebe abe sjoukje wypkje froukje janke aukje
hiske geeske tjitske baukje doutzen fenna fokje gerbrich grytsje hinke jeltje lysbeth marije nynke rimke romkje
sytske teatske tetje trijntje wytske akke antsje dieuwke durkje eelkje hylkje ytsje jikke klaske minke wiepkje yfke
imke tsjikke"""
_FRISIAN_FAMILY = """hylkema haitsma algra hoekstra wijnja rinsma zijlstra dijkstra dykstra bosma postma terpstra
wiersma hettema jelsma tjeerdsma sikkema hiemstra kingma kooistra nauta osinga posthuma reitsma rijpma sijtsma
tolsma wouda ykema wierda westra zwaagstra bergsma boersma bouma breeuwsma feenstra galama haagsma hofstra holwerda
jansma miedema pietersma poortinga sjoerdsma steenstra tuinstra veenstra vellinga wijbenga yntema zandstra anema atsma
bijlsma dijkema elzinga gerbrandy jorritsma kamminga leistra oostra rinia sinnema stellingwerf talsma"""
# Breton (Brittany): family names with the article "Le" are listed by their word ("Le Gall": "gall").
_BRETON_GIVEN = """yann gwenaël gwenael tudual annaig annaïg anaïg gaïd gaid enora nolwenn erwan erwann loïc loic ronan
goulven gwendal jakez maël mael tanguy yannick youenn armel brieuc corentin efflam fañch fanch gurvan hoël hoel iwan
kilian konan lenaig loeiz neven paol padrig riwal tangi visant yvon gwenn gwenola katell maïwenn maiwenn rozenn
soazig tifenn aziliz bleuenn enogat gwenaëlle klervi mannaig soizic azenor elouan awen"""
_BRETON_FAMILY = """gall guen duff goff bihan floch floc'h corre gac meur moal coz hir berre guellec dantec
goaziou saout scouarnec bourhis cléac'h goasduff morvan quéré quere cariou kervella l'hostis hostis kerbrat kerjean
kermarrec kerouedan abgrall bescond caradec cloarec derrien gourmelen guéguen gueguen jaouen madec nédélec nedelec
omnès pennec quéméner quemener riou salaün salaun thépaut jézéquel jezequel kerhervé coadou gloaguen guivarc'h
prigent toullec"""
# Scottish Gaelic (Gàidhealtachd): women's surnames take "Nic" where men's take "Mac".
_GAELIC_GIVEN = """aonghas ailean coinneach ceitidh eòghann eoghann ealasaid mòrag morag murchadh peigi raonaid seonag
sìne oighrig dòmhnall domhnall seumas ruairidh tormod uilleam dùghall dughall pàdraig padraig eachann
fionnlagh gilleasbuig lachlann somhairle teàrlach tearlach ùisdean uisdean catrìona catriona ciorstaidh floraidh
iseabail màiri mairi mairead seònaid seonaid beathag curstaidh eilidh fionnghal sorcha cairistìona dìorbhail
magaidh raghnaid marsaili muireall seòras seoras dàibhidh daibhidh anndra donnchadh eòin fearchar goiridh mìcheal
ruaraidh tòmas"""
_GAELIC_FAMILY = """maccoinnich niccoinnich macaoidh nicaoidh macleòid nicleòid macleoid nicleoid macdhòmhnaill
nicdhòmhnaill macdhomhnaill nicdhomhnaill macilleathain nicilleathain macnèill nicnèill macneill nicneill caimbeul
dòmhnallach domhnallach moireasdan macamhlaigh nicamhlaigh macaonghais nicaonghais macgriogair nicgriogair
macfhionghain nicfhionghain friseal grannd stiùbhart rothach macasgaill macìomhair maciomhair maclachlainn macrath
niclachlainn macdhùghaill macphàil macruairidh macthòmais maccuithein macdhonnchaidh macfhearghais siosalach
moireach bochanan camshron saoir"""
# Catalan (Catalonia, Andorra, Valencia, the Balearics)
_CATALAN_GIVEN = """oriol jordi pau marc arnau gerard xavier laia mireia meritxell montserrat núria nuria roser pol biel
martí marti joan josep jaume lluís lluis pere quim sergi ferran bernat guillem roc aleix eloi genís genis xavi txell
berta elisenda gemma glòria jana júlia mercè montse queralt aina arlet bruna ariadna eulàlia imma vinyet mariona"""
_CATALAN_FAMILY = """alsina puig soler ferrer pujol roca serra riera vidal torrent bosch camps comas farré fàbregas
giralt grau guasch llopis llorens miró oliveras ribas rovira sabater sunyer surroca tarrés vallès verdaguer bonet
canals capdevila casals codina colomer cortada dalmau espinàs feliu figueras gasol marsal massana montaner
noguera obiols pallarès pagès planas puigvert sardà segarra solà subirana tarragó torras vendrell vilaró xirau
batlle cabré cerdà fuster llach mallol martorell molist pijoan soldevila tàpies"""

#: Given names of the regional languages above (lower case).
REGIONAL_GIVEN = frozenset().union(
    *map(_words, (_BASQUE_GIVEN, _GALICIAN_GIVEN, _FRISIAN_GIVEN, _BRETON_GIVEN, _GAELIC_GIVEN, _CATALAN_GIVEN))
)
#: Family names of the regional languages above (lower case).
REGIONAL_FAMILY = frozenset().union(
    *map(_words, (_BASQUE_FAMILY, _GALICIAN_FAMILY, _FRISIAN_FAMILY, _BRETON_FAMILY, _GAELIC_FAMILY, _CATALAN_FAMILY))
)
