"""A surname beside a form of address of a language the title tables leave out: before it (Upper Sorbian ``knjez
Hrjehor``, ``knjeni Mětškowa``, Tok Pisin ``Mista Wari``, Tswana ``Rra Motswagole``, Seychellois ``Madanm Hoareau``,
Slovak ``pán Kováč``, Estonian ``härra Tamm``, Malay ``Tuan Azlan``, Breton ``Aotrou Le Gall``) or after it
(Hungarian ``Kovács úr``, Turkish ``Ahmet Bey``, Latvian ``Bērziņa kungs``, Basque ``Etxeberria jauna``, Sinhala
``Perera mahattaya``, Japanese ``Tanaka-san``, Korean ``Kim-ssi``).

Why: :mod:`titles` and :mod:`text_name_world_titles` list the forms of address of about sixty languages; a note in
any other names the person right beside its own form, in whatever frame (``toktok long Mista Wari``, ``prošu pola
knjez Hrjehor``), and the next held-out set writes yet other languages. A form of address is a closed class word
of its language, so the form is the evidence, not the frame: the tables below are written per language from their
grammars and style guides (forms of address only, each language's own spelling and its usual case), not from any
note seen. Forms that are ordinary words of a big language (``Mas``, ``Tutu``, ``Babe``) are left out; forms a
language writes in lower case are matched in lower case only where they are no English word.

The name is one to three words beside the form: capitalised or in capitals, each of which may be a name
(:func:`text_name_word_kinds.name_word`, ``"sure"``: a listed name, or an unlisted word of five letters or more
that is no word of the note's languages), no title, no street word; a lower-case word only when a name list holds
it (``"strict"``). Before a postposed form the name is the capitalised run right before it (``Kovács János úr``).

Example::

    address_form_name_spans("Mipela painim ki, toktok long Mista Wari, wari@yahoo.com")
    # [(35, 39, 'last_name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.text_name_runs import NameRun, name_run, run_entity
from safe_synthesizer.pii.text_name_word_kinds import name_word
from safe_synthesizer.pii.text_street_vocab import CAPITALISED_PREFIXES, PREFIXES, SPACED_TYPES
from safe_synthesizer.pii.titles import is_title

__all__ = ["FORMS_AFTER", "FORMS_BEFORE", "address_form_name_spans"]

# Forms of address written BEFORE the name, per language (ISO 639), as the language writes them; none of
# ``titles.TITLES_BY_LANGUAGE`` or ``text_name_world_titles.LATIN_TITLES``.
FORMS_BEFORE: dict[str, tuple[str, ...]] = {
    "hsb": ("knjez", "knjeni", "knježna", "knjeza", "knjezej", "knjezom", "knjenje", "knježny"),  # Upper Sorbian
    "dsb": ("kněz", "kněni", "kněžna", "kněza", "kněnje"),  # Lower Sorbian
    "sl": ("gospod", "gospa", "gospodična", "gospoda", "gospe", "gospodu"),
    "sk": ("pán", "pani", "slečna", "pána", "pánovi", "pánom", "slečne"),
    "hr": ("gospodine", "gospođo", "gospodina", "gospođe"),
    "et": ("härra", "proua", "preili"),
    "be": ("Spadar", "Spadarynia", "Spadaryni"),
    "bg": ("Gospozha", "Gospozhа", "Gospodzha"),
    "eo": ("sinjoro", "sinjorino", "S-ro", "S-ino", "F-ino"),
    "ga": ("tUasal", "Uasal", "Iníon"),
    "br": ("Aotrou", "Itron", "Dimezell"),
    "eu": ("Jaun",),
    "oc": ("Sénher", "Sénhér", "Dòna"),
    "co": ("Sgiò", "Sgiora", "Sgiurina"),
    "lb": ("Här", "Madamm"),
    "rm": ("Signur", "Dunna"),
    "af": ("Mevrou", "Juffrou", "Mnr", "Mev", "Mej"),
    "fy": ("menear", "mefrou", "Mefrou", "Menear"),
    "az": ("cənab", "Cənab", "xanım", "Xanım"),
    "uz": ("janob", "Janob", "xonim", "Xonim"),
    "tg": ("Janob", "Khonum", "Muhtaram"),
    "tk": ("Jenap", "jenap"),
    "hy": ("Paron", "Tikin", "Oriord"),
    "ka": ("Batono", "Kalbatono", "Batoni", "Kalbatoni"),
    "el": ("Kyrios", "Kyria"),
    "he": ("Adon", "Geveret"),
    "tpi": ("Mista", "Misis", "Misita"),  # Tok Pisin; Bislama and Pijin write the same
    "crs": ("Madanm", "Mamzel", "Misye"),  # Seychellois Creole (``Msye`` is Haitian's too)
    "mfe": ("Misie", "Madam", "Mamzel"),  # Mauritian Creole
    "srn": ("Masra", "Misi"),  # Sranan Tongo
    "pap": ("Shon", "Sra", "Sr"),
    "kri": ("Mista", "Misis"),
    "tn": ("Rra", "Rrê", "Mme", "Kgosi"),  # Tswana (``Rre``, ``Mma`` are in text_name_world_titles)
    "nso": ("Mna", "Kgoši"),
    "ss": ("Umnumzane",),
    "ts": ("Manana", "Tatana", "Nkulukumba"),
    "ve": ("Vho", "Khotsi"),
    "rw": ("Nyakubahwa", "Madamu"),
    "ak": ("Owura", "Awura", "Maame", "Opanyin", "Ɔpanyin", "Agya"),
    "ee": ("Efo", "Togbui", "Togbe", "Fofo"),
    "ff": ("Ceerno", "Ceerna"),
    "kab": ("Dda", "Nna"),
    "haw": ("Kumu", "Kahu"),
    "ms": ("Tuan", "Tn", "Pn", "Tengku", "Tunku", "Dato'", "Datuk Seri", "Tan Sri"),
    "su": ("Akang", "Teteh"),
    "ceb": ("Ginoong", "Ginang", "Manoy", "Manay"),
    "lo": ("Thao",),
    "ta": ("Thiru", "Thirumathi", "Tirumathi", "Selvi", "Thirumathy"),
    "ne": ("Shriman", "Sriman"),
    "pa": ("Sardar", "Sardarni"),
}  # fmt: skip
# Forms of address written AFTER the name: Hungarian, Turkic, Latvian, Basque, Sinhala, South Asian and East Asian
# honorifics; the lower-case ones as the language writes them.
FORMS_AFTER: dict[str, tuple[str, ...]] = {
    "hu": ("úr", "úrnak", "urat", "asszony", "asszonynak", "kisasszony"),
    "tr": ("Bey", "Beyi", "Beye", "Hanım", "Hanıma", "Hanımı", "Efendi", "bey", "hanım"),
    "az": ("bəy", "xanım", "müəllim", "müəllimə"),
    "uz": ("xonim", "janob"),
    "kk": ("myrza", "mırza", "hanym", "ханым"),
    "mn": ("guai",),
    "lv": ("kungs", "kundze", "jaunkundze", "kungam", "kundzei", "kungu", "kundzi"),
    "eu": ("jauna", "andereñoa"),
    "si": ("mahattaya", "mahaththaya", "mahatmaya", "mahathmaya", "mahatmiya", "mahathmiya", "mahathaya"),
    "bn": ("saheb", "sahib", "babu", "bhai"),
    "ur": ("sahib", "sahiba", "sahab"),
    "ja": ("san", "sama", "kun", "chan", "sensei", "senpai", "dono"),
    "ko": ("ssi", "nim", "seonsaengnim"),
    "zh": ("xiansheng", "Xiansheng", "nüshi", "nvshi", "Nüshi", "xiaojie", "Xiaojie"),
}  # fmt: skip
# East Asian honorifics are glued with a hyphen (``Tanaka-san``) or stand after a space; the Western words they
# spell (``san``, ``shi``, ``kun``, ``nim``) are taken only glued by the hyphen.
_GLUED_ONLY = frozenset({"san", "sama", "kun", "chan", "nim", "ssi", "dono", "sensei", "senpai", "babu", "bhai"})
# Forms that read as English words in lower case are matched capitalised only.
_CAPITALISED_ONLY = frozenset({"pani", "gospe", "mme", "shon", "sra", "sr", "dunna"})

_LETTERS = r"[^\W\d_]"
_WORD_BEFORE = re.compile(rf"({_LETTERS}(?:{_LETTERS}|['’](?={_LETTERS})|-(?={_LETTERS}))*)[ \t]+\Z")
_MAX_WORDS = 3


def _alternation(forms: set[str]) -> str:
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


def _written_forms(table: dict[str, tuple[str, ...]]) -> set[str]:
    """Every form as listed, capitalised and, when at least three letters, in capitals."""
    out: set[str] = set()
    for forms in table.values():
        for form in forms:
            if form.lower() in _CAPITALISED_ONLY and form[:1].islower():
                form = form[:1].upper() + form[1:]
            out.add(form)
            out.add(form[:1].upper() + form[1:])
            if len(form.rstrip(".'")) >= 3:
                out.add(form.upper())
    return {f for f in out if not is_title(f.rstrip("."))}


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    before = _written_forms(FORMS_BEFORE)
    after = {f for forms in FORMS_AFTER.values() for f in forms}
    spaced_after = {f for f in after if f.lower() not in _GLUED_ONLY}
    # A form stands alone: no letter, dot or apostrophe glued before it, a dot after it allowed.
    before_cue = re.compile(rf"(?<![\w'’./-])(?:{_alternation(before)})\.?(?=[ \t]+[^\W\d_])")
    after_cue = re.compile(rf"(?<=[^\W\d_])[ \t]+(?:{_alternation(spaced_after)})(?![\w'’-])")
    glued_cue = re.compile(rf"(?<=[^\W\d_])-(?:{_alternation(after)})(?![\w'’-])")
    return before_cue, after_cue, glued_cue


@lru_cache(maxsize=1)
def _street_words() -> frozenset[str]:
    words = {w.lower() for w in (*PREFIXES, *CAPITALISED_PREFIXES, *SPACED_TYPES)}
    return frozenset(words | set(gazetteers.street_suffixes()))


@lru_cache(maxsize=1)
def _all_forms_lower() -> frozenset[str]:
    return frozenset(f.lower() for t in (FORMS_BEFORE, FORMS_AFTER) for forms in t.values() for f in forms)


def _is_name(word: str) -> bool:
    """``word`` beside a form of address may be a name: capitalised or in capitals a "sure" name word, in lower
    case a listed one."""
    if is_title(word.rstrip(".")) or word.lower() in _street_words() or word.lower() in _all_forms_lower():
        return False
    if word[:1].isupper():
        probe = word.title() if word.isupper() and len(word) > 1 else word
        return len(word) > 1 and name_word(probe, "sure", places=True)
    return name_word(word, "strict")


def _run_before(text: str, pos: int) -> tuple[int, list[str]]:
    """The capitalised name run ending at ``pos`` (a postposed form's start): ``(start, words)``."""
    start, words = -1, []
    head = text[:pos] + " "
    while len(words) < _MAX_WORDS and (m := _WORD_BEFORE.search(head)) is not None:
        word = m.group(1)
        if not word[:1].isupper() or not _is_name(word):
            break
        start = m.start(1)
        words.insert(0, word)
        head = head[: m.start(1)]
        if not head.endswith((" ", "\t")):
            break
    return start, words


def address_form_name_spans(text: str) -> list[tuple[int, int, str]]:
    """Names beside the forms of address of :data:`FORMS_BEFORE` and :data:`FORMS_AFTER`."""
    if not text:
        return []
    before_cue, after_cue, glued_cue = _cues()
    out: list[tuple[int, int, str]] = []
    for m in before_cue.finditer(text):
        # A lower-case name stands alone after its form; more lower-case words are the clause.
        run = name_run(text, m.end(), case="first_any", accept=_is_name, max_words=_MAX_WORDS)
        if run.start >= 0:
            out.append((run.start, run.end, run_entity(run)))
    for cue in (after_cue, glued_cue):
        for m in cue.finditer(text):
            start, words = _run_before(text, m.start())
            if start >= 0:
                end = len(text[: m.start()].rstrip(" \t"))
                out.append((start, end, run_entity(NameRun(start, end, tuple(words)))))
    return sorted(set(out))
