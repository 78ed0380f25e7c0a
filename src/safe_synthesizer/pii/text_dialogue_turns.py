"""Answers in a chat or call log, read as what the other side's last turn asked for.

Why: support chatbots, call transcripts and messenger exports write one turn per line behind a speaker tag
(``[bot]``, ``[user]``, ``Agent:``, ``<customer>``, ``User >``, ``12:01 Bot:``). The bot asks for the birth
date, the name or the address; the user's next turn holds the bare value: ``[bot] And your date of birth?``
then ``[user] 08/22/1969``, ``[bot] Ihr Geburtsdatum, bitte?`` then ``[user] 05.03.1962``, ``[bot] What is your
full name?`` then ``[user] david scott``. The value carries no cue; the question does, and the question need
not end in ``?`` (``Proszę podać imię i nazwisko.``, ``生年月日をお願いします。``).

Rule: a text is a dialogue when at least three lines open with a speaker tag, of at least two speakers, one
of them speaking twice (a form's ``Name:`` / ``DOB:`` lines each appear once). For each turn, the turns of the
other speakers since this speaker last spoke are the question:

* a birth word there (the caller's birth cues, which may be inflected in a question: ``Fødselsdatoen``,
  ``Syntymäaikasi``, ``הלידה``, ``ميلادك``) makes the first full date near the answer's start a birth date, of a
  year from 1900 to this year (Thai Buddhist-era and Persian solar years where the text is in that script);
* a word for a person's name (the column lexicon's name nouns, and the verbs "to be called" of the
  languages: ``heißen``, ``зовут``, ``викате``, ``jmenujete``) makes an answer that is all a name a name;
* a word for the postal address makes the answer's street part (before its last comma, where the town and
  postcode are) a street, when the answer has a digit and no e-mail or web address.

Example::

    dialogue_turn_spans("[bot] Your date of birth?\\n[user] 08/22/1969\\n[bot] Thanks.", CUE, DATE)
    # [(33, 43, 'date_of_birth')]
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.cues import fold
from safe_synthesizer.pii.text_dates import plausible_birth_year
from safe_synthesizer.pii.text_structured import value_reads_as_name

# A speaker tag at a line's start, after an optional clock time: ``[bot]``, ``<customer>``, ``Agent:``,
# ``User >``, ``[12:01] Bot:``, ``12:01 - Bot:``. A word tag is one to three words (``Customer 2``, ``Dr Lee``).
_TIME = r"(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?[\])]?[ \t]*[-–]?[ \t]*)?"
_TAG = re.compile(
    rf"(?m)^[ \t]*{_TIME}(?:\[(?P<b>[^\[\]\n]{{1,30}})\]|<(?P<a>[^<>/\n]{{1,30}})>"
    r"|(?P<w>[^\W\d_][\w.'’\-]{0,20}(?:[ \t][\w.'’\-]{1,20}){0,2})[ \t]*(?:>|:(?!//)))[ \t]*:?[ \t]*"
)
# Line labels that are no speakers: log levels and mail or form headers ("ERROR: birth date missing" then
# "INFO: 2024-01-01 job done" is no question and answer).
_NOT_SPEAKERS = frozenset(
    ("info", "warn", "warning", "error", "debug", "trace", "fatal", "note", "notes", "date", "time", "re", "subject",
     "from", "to", "cc", "bcc", "status")
)  # fmt: skip
_SPEAKER_NOISE = re.compile(r"[\d:.\-–\s]+")
# Birth words of questions, inflected or with an article glued on, that the statement cues miss:
# Norwegian/Danish "fødselsdatoen", Finnish "syntymäaikasi", Hebrew "הלידה", Arabic "ميلادك", Bengali "জন্ম".
_BIRTH_STEMS = re.compile(r"(?i)f[øo]dselsdato|syntymä|לידה|ميلاد|জন্ম|ծննդ")
# Words for a person's name: nouns (the column lexicon's, folded) and the verbs "to be called".
_NAME_WORDS_TEXT = (
    "name names fullname nom nombre nombres apellido apellidos nome cognome naam achternaam voornaam namn "
    "efternamn fornamn navn efternavn etternavn fornavn nimi nimesi nimenne imie nazwisko jmeno prijmeni "
    "meno priezvisko numele nume prenume nev neve nevet nevem adiniz adin soyadiniz soyad isim ime prezime "
    "nama tên ten pangalan called heissen heisst heisse heet heter hedder appelez appelles llama chiama chama "
    "jmenujete nazywa zovete"
)
_NAME_WORDS = frozenset(_NAME_WORDS_TEXT.split())
# The same in scripts without Latin letters, matched anywhere in the turn (some write no spaces).
_NAME_SCRIPT = re.compile(
    "имя|фамили|зовут|звати|ім['’]я|прізвищ|викате|казвате|презиме|όνομα|ονοματεπώνυμ|λέγεστε|שם|שמך|שמכם|اسم|نام|नाम|"
    "নাম|անուն|名前|氏名|姓名|名字|성함|이름|ชื่อ"
)
_ADDRESS_WORDS_TEXT = (
    "address adresse adres adresa adress anschrift direccion indirizzo domicilio endereco morada postadress "
    "osoite osoitteesi osoitteenne lakcim lakcime lakcimet naslov alamat unvan unvaniniz adresiniz"
)
_ADDRESS_WORDS = frozenset(_ADDRESS_WORDS_TEXT.split())
_ADDRESS_SCRIPT = re.compile(
    "адрес|διεύθυνσ|כתובת|عنوان|نشانی|آدرس|पता|ठेगाना|ঠিকানা|հասցե|住所|地址|住址|주소|ที่อยู่|მისამართ"
)
# E-mail, IP and web addresses are no postal address.
_NOT_POSTAL = re.compile(r"(?i)e-?mail|mail|\bip\b|web|url|почт|邮箱|メール|이메일")
_WORD = re.compile(r"[^\W\d_]+")
# Up to four short words before the answer's date (``it's``, ``sure, it's the``, ``c'est le``).
_LEAD = re.compile(r"^(?:[^\W\d_]{1,10}(?:['’][^\W\d_]{1,3})?[ \t]*[,\-–:]?[ \t]*){0,4}$")
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")
_CJK_NAME = re.compile("[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]{2,6}")
_PLAIN_WORD = re.compile(r"[^\W\d_]{2,}(?:[\-'’][^\W\d_]+)?")
_LAST_COMMA = re.compile(r"^(?P<street>.*\S)[ \t]*[,،，、][^,،，、]*$")


def _turns(text: str) -> list[tuple[str, int, int]]:
    """(speaker, content start, content end) of each tagged turn; a turn runs to the next tag."""
    tags = list(_TAG.finditer(text))
    out = []
    for i, m in enumerate(tags):
        raw = m.group("b") or m.group("a") or m.group("w") or ""
        speaker = _SPEAKER_NOISE.sub(" ", raw).strip().lower()
        if not speaker or speaker in _NOT_SPEAKERS:
            continue
        end = tags[i + 1].start() if i + 1 < len(tags) else len(text)
        out.append((speaker, m.end(), end))
    return out


def _is_dialogue(turns: list[tuple[str, int, int]]) -> bool:
    speakers = [t[0] for t in turns]
    return len(turns) >= 3 and len(set(speakers)) >= 2 and len(set(speakers)) < len(speakers)


def _asks(question: str, cue: re.Pattern[str]) -> set[str]:
    """Entities the other side's turns ask for."""
    asked = set()
    if cue.search(question) or _BIRTH_STEMS.search(question):
        asked.add(E.DATE_OF_BIRTH)
    words = {fold(w).replace("ı", "i") for w in _WORD.findall(question)}  # Turkish dotless i
    if words & _NAME_WORDS or _NAME_SCRIPT.search(question):
        asked.add(E.NAME)
    if (words & _ADDRESS_WORDS or _ADDRESS_SCRIPT.search(question)) and not _NOT_POSTAL.search(question):
        asked.add(E.STREET_ADDRESS)
    return asked


def _dob(text: str, start: int, end: int, date: re.Pattern[str]) -> list[tuple[int, int, str]]:
    m = date.search(text, start, end)
    if m is None or not _LEAD.match(text[start : m.start()]) or not plausible_birth_year(m.group(), text):
        return []
    return [(m.start(), m.end(), E.DATE_OF_BIRTH)]


def _line(text: str, start: int, end: int) -> tuple[int, str]:
    """The answer's first line, without its closing punctuation."""
    line = text[start:end].split("\n", 1)[0].rstrip(" \t\r.!。")
    return start, line


@lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    from safe_synthesizer.pii.text_cued_names import english_vocabulary, latin_stop_words

    return latin_stop_words() | english_vocabulary(("adj", "verb", "adv"))


def _latin_name(line: str, words: list[str]) -> bool:
    """Latin words with a listed given name, or two to four capitalisable words none of which is a function
    word or an English adjective, verb or adverb (names the lists lack: ``beren gülen``, ``Enfes Zengin``)."""
    if value_reads_as_name(line):
        return True
    plain = [w.strip(",").lower() for w in words]
    return 2 <= len(plain) <= 4 and all(_PLAIN_WORD.fullmatch(w) for w in plain) and not set(plain) & _not_name_words()


def _letters(word: str) -> bool:
    """Letters and the vowel signs of Indic and Thai scripts (``re`` counts no mark as a word character)."""
    return all(unicodedata.category(ch)[0] in "LM" or ch in "-'’" for ch in word) and word[:1].isalpha()


def _name(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The whole answer is a name: Latin words (see :func:`_latin_name`), two to five words of another script
    (one such word may be a yes or a no: ``да``, ``نعم``), or two to six CJK letters (``山口さゆり``)."""
    start, line = _line(text, start, end)
    words = line.split()
    if not 1 <= len(words) <= 5:
        return []
    if _LATIN.search(line):
        ok = _latin_name(line, words)
    else:
        ok = all(_letters(w.rstrip(",،")) for w in words) and (len(words) > 1 or _CJK_NAME.fullmatch(line) is not None)
    return [(start, start + len(line), E.NAME)] if ok else []


def _street(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    start, line = _line(text, start, end)
    if "@" in line or "://" in line or not any(ch.isdigit() for ch in line) or not _WORD.search(line):
        return []
    m = _LAST_COMMA.match(line)
    street = m.group("street") if m is not None and _WORD.search(m.group("street")) else line
    return [(start, start + len(street), E.STREET_ADDRESS)]


@lru_cache(maxsize=4)
def _compiled(cue: str, date: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    # no letter of a spaced script before the cue ("出生日期" follows other Han letters), none after unless
    # it ends in a dot or a bracket, as in the date-of-birth rule ("Dzień dobry" is no "dob")
    birth = rf"(?i)(?<![A-Za-zÀ-ɏͰ-ϿЀ-ӿ])(?:{cue})(?:(?<=[.)\u0e00-\u0e7f\u3000-\u9fff\uac00-\ud7af])|(?!\w))"
    return re.compile(birth), re.compile(rf"(?<![\d./\-])(?:{date})(?![\d/.\-]\d)")


def dialogue_turn_spans(
    text: str, cue: str, date: str, entities: frozenset[str] | None = None
) -> list[tuple[int, int, str]]:
    """(start, end, entity) of the answers of a tagged dialogue in ``text`` (see the module's rule); ``cue`` is
    the caller's regex of birth words, ``date`` that of a full date; only ``entities`` when given."""
    if "\n" not in text or not ("]" in text or ":" in text or ">" in text):
        return []
    turns = _turns(text)
    if not _is_dialogue(turns):
        return []
    cue_re, date_re = _compiled(cue, date)
    out: list[tuple[int, int, str]] = []
    for i, (speaker, start, end) in enumerate(turns):
        question = []
        for other, q_start, q_end in reversed(turns[:i]):
            if other == speaker:
                break
            question.append(text[q_start:q_end])
        if not question:
            continue
        asked = _asks(" ".join(question), cue_re)
        if E.DATE_OF_BIRTH in asked:
            out += _dob(text, start, end, date_re)
        if asked & {E.NAME} and not asked & {E.DATE_OF_BIRTH, E.STREET_ADDRESS}:
            out += _name(text, start, end)
        if asked == {E.STREET_ADDRESS}:
            out += _street(text, start, end)
    if entities is not None:
        wanted = set(entities) | ({E.NAME} if entities & {E.FIRST_NAME, E.LAST_NAME} else set())
        wanted |= {E.STREET_ADDRESS} if E.ADDRESS in entities else set()
        out = [s for s in out if s[2] in wanted]
    return out
