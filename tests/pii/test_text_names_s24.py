"""Session 24: lower-case full names, introduced given names, local titles (free text)."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_cued_names import cued_name_spans
from safe_synthesizer.pii.text_name_intro import intro_name_spans
from safe_synthesizer.pii.text_name_lower import lower_name_spans


def _found(fn, text: str) -> list[tuple[str, str]]:
    return [(text[a:b], e) for a, b, e in fn(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("customer julie weiss wants future drops at the side gate", "julie weiss"),
        ("paket bitte bei friedlinde ernst im 2. stock abgeben", "friedlinde ernst"),
        ("laissez le colis chez michel baron svp", "michel baron"),
        ("lämna paketet hos karl johansson på tredje våningen", "karl johansson"),
        ("dejen el paquete con pepita arenas bermúdez en el portal", "pepita arenas bermúdez"),
        ("pakketje graag bij sofia van drenthe op nummer 14", "sofia van drenthe"),
        ("paket bitte bei rolf-peter juncken abgeben", "rolf-peter juncken"),
        ("jättäkää paketti juhani valkama:lle toiseen kerrokseen", "juhani valkama"),
        ("αφηστε το δεμα στον ιερόθεος τρομπούκη στο ισογειο", "ιερόθεος τρομπούκη"),
        ("a csomagot hagyjátok bogdán márk szomszédnál", "bogdán márk"),
    ],
)
def test_lower_case_full_names_after_a_cue(text: str, name: str) -> None:
    assert (name, E.NAME) in _found(lower_name_spans, text)


@pytest.mark.parametrize(
    "text",
    [
        "love the color, it goes with grace and style",
        "i bought it to wear with jeans and boots in march",
        "runs small so order up; true to size for my mom",
        "the fabric is soft and the fit is long and flowy",
        "customer service was great and shipping fast",
    ],
)
def test_review_prose_keeps_its_words(text: str) -> None:
    assert lower_name_spans(text) == []
    assert intro_name_spans(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("[SMS 14:02] hi its Emma from 215 Carr Springs, van missed me", "Emma"),
        ("hallo hier ist Kirstin, paket bitte abgeben", "Kirstin"),
        ("hola soy Inés, dejen el paquete", "Inés"),
        ("slt c Noémi, laissez le colis", "Noémi"),
        ("hej det är Anton, lämna paketet", "Anton"),
        ("hej tu Daniel, paczke prosze zostawic", "Daniel"),
        ("bok, ja sam Leon, paket ostavite", "Leon"),
        ("merhaba ben Nurdeniz, paketi alacak", "Nurdeniz"),
        ("oi aqui é Íris, deixa a encomenda", "Íris"),
        ("hoi met Sven, pakketje graag", "Sven"),
        ("moi täällä Heidi, jättäkää paketti", "Heidi"),
        ("γεια ειμαι ο Δρόσος, αφηστε το δεμα", "Δρόσος"),
        ("szia Petra vagyok, a csomagot", "Petra"),
        ("same here. my husband Caleb got charged twice", "Caleb"),
    ],
)
def test_introduced_given_name_is_a_first_name(text: str, name: str) -> None:
    assert (name, E.FIRST_NAME) in _found(intro_name_spans, text)


def test_capitalised_short_cue_is_no_introduction() -> None:
    # "Met Office", "Ben ...": a capitalised short cue is a word or a name of its own.
    assert _found(intro_name_spans, "Met Emma at the Met Office") == []


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Dottern ringde, syster Nilsson ronderar i morgon.", "Nilsson"),
        ("kirjoitan naapurini tohtori Salo puolesta", "Salo"),
        ("Kći je zvala, g. Prpić dolazi ujutro.", "Prpić"),
        ("vecinei mele dna. Lupu, care nu a primit", "Lupu"),
        ("εκ μέρους της γειτόνισσάς μου κ. Μάστορας, που", "Μάστορας"),
        ("0030 2542 047546, Δρ. Ρήγας: θα περάσει", "Ρήγας"),
        ("A kaució visszajár. Aláírás: C. Orosz", "Orosz"),
        ("Η εγγύηση επιστρέφεται. Υπογραφή: Σ. Παναγιωτακοπούλου", "Παναγιωτακοπούλου"),
    ],
)
def test_surname_after_a_local_title_or_signature(text: str, surname: str) -> None:
    assert (surname, E.LAST_NAME) in _found(intro_name_spans, text)


def test_cued_name_spans_includes_the_new_rules() -> None:
    text = "hallo hier ist Kirstin, paket bitte bei friedlinde ernst im 2. stock"
    found = _found(cued_name_spans, text)
    assert ("Kirstin", E.FIRST_NAME) in found and ("friedlinde ernst", E.NAME) in found


@pytest.mark.parametrize(
    "text",
    [
        "this dress listening to john mayer and feeling fab",
        "love this sweater skirt by tracy reese. i'm a huge fan",
        "My carrie bradshaw jacket",
        "it's perfect for san francisco summer it never gets hot",
        "i wore it in costa rica and it felt great",
    ],
)
def test_english_prose_names_designers_and_places_in_lower_case(text: str) -> None:
    # Reviews write designers, singers and places in lower case after articles and prepositions.
    assert lower_name_spans(text) == []


@pytest.mark.parametrize(
    ("text", "name", "entity"),
    [
        ("夜勤申し送り：3号室 田中太郎様（1955年01月17日生）、夜間は安定。", "田中太郎", E.NAME),
        ("折り返し希望、山本さんが明朝回診。", "山本", E.LAST_NAME),
        ("隣人の林様の件で連絡しました。", "林", E.LAST_NAME),
        ("您好，我替邻居王女士投诉，退款至今未到账。", "王", E.LAST_NAME),
        ("女儿来电，郑医生明早查房。", "郑", E.LAST_NAME),
        ("你好，我是倪萍，明天到。", "倪萍", E.NAME),
    ],
)
def test_cjk_names_before_honorifics_and_after_self_introductions(text: str, name: str, entity: str) -> None:
    from safe_synthesizer.pii.text_script_names import script_name_spans

    assert (name, entity) in _found(script_name_spans, text)


def test_cjk_kin_words_before_honorifics_are_no_names() -> None:
    from safe_synthesizer.pii.text_script_names import script_name_spans

    assert script_name_spans("お母さんと皆さん、お客様へ。") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("settled overnight, obs stable. Daughter danielle watkins rang on 8727485712", "danielle watkins"),
        ("left at no. 12. customer james young wants future drops", "james young"),
    ],
)
def test_role_word_before_lower_case_name_in_any_case(text: str, name: str) -> None:
    # The role word may be capitalised; after it, given and family names that are also words count.
    assert (name, E.NAME) in _found(lower_name_spans, text)


def test_lower_case_surnames_after_lower_case_titles():
    # set 10: meeting minutes and voicemails write "mr kelly", "dr. chapman" (about 720 spans, none found).
    from safe_synthesizer.pii.text_name_intro import intro_name_spans

    text = "minutes: mr kelly and dr. chapman agreed; frau müller rief an"
    assert {text[a:b] for a, b, _ in intro_name_spans(text)} == {"kelly", "chapman", "müller"}
    for plain in ("i miss brown dresses", "spoke to mrs young today", "the dr said so"):
        assert intro_name_spans(plain) == [], plain
