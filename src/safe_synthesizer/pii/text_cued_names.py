"""Names that only their context marks as names: lower-case names after an introduction, lone first
names after an address cue, ``Surname, F.`` lists.

- ``[chat] visitor: hi its sarah again``, ``Rx collected by elaine long as proxy``, ``my name is
  tom``: chats and dictated notes write names in lower case, so neither the NER model nor the
  capitalisation rules see them. A lower-case listed first name (and a listed surname after it) is a
  name right after a *strong* cue (``its``, ``this is``, ``i'm``, ``my name is``, ``call me``,
  ``signed``, ``collected by`` and the same phrases in the supported languages).
- ``Dear parents of Tullio,``, ``Avviso della scuola: Tullio oggi esce``: a capitalised listed
  first name alone after an address cue (``parents of``, ``mother of``, ``genitori di``...) or opening
  a clause after a colon, followed by lower-case prose.
- ``Refill request from Karz, C. (ward 3)``: a surname, a comma and one initial (the inverted layout
  of lists and prescriptions); surname and initial are the span (the fake keeps the layout).

Precision: a listed first name that is also an ordinary word (``long``, ``will``, ``may``,
``mark``, ``grace``) counts only when a listed surname follows it, and no function word of any
language counts at all. Reviews ("its long and flowy", "i'm petite") therefore keep their words.

Example::

    cued_name_spans("hi its sarah again; collected by elaine long")
    # [(7, 12, 'name'), (33, 44, 'name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import gazetteers
from safe_synthesizer.pii.spacy_word_lists import english_vocabulary, spacy_stop_words
from safe_synthesizer.pii.text_name_any_case_slots import any_case_slot_spans
from safe_synthesizer.pii.text_name_asides import aside_free_name_spans
from safe_synthesizer.pii.text_name_bare_signoff import bare_signoff_spans
from safe_synthesizer.pii.text_name_caps_arguments import caps_argument_spans
from safe_synthesizer.pii.text_name_caps_first import caps_first_name_spans
from safe_synthesizer.pii.text_name_chat_export import chat_export_speaker_spans
from safe_synthesizer.pii.text_name_chat_layouts import chat_layout_name_spans
from safe_synthesizer.pii.text_name_class_prefixes import class_prefix_name_spans
from safe_synthesizer.pii.text_name_clause_roles import clause_role_spans
from safe_synthesizer.pii.text_name_clause_subjects import clause_subject_spans
from safe_synthesizer.pii.text_name_context import context_name_spans
from safe_synthesizer.pii.text_name_handover import handover_name_spans
from safe_synthesizer.pii.text_name_icelandic import patronymic_surname_spans
from safe_synthesizer.pii.text_name_initial_cued import initial_cued_name_spans
from safe_synthesizer.pii.text_name_intro import intro_name_spans
from safe_synthesizer.pii.text_name_letter_subject import letter_subject_name_spans
from safe_synthesizer.pii.text_name_list_members import list_member_spans
from safe_synthesizer.pii.text_name_lists import family_names
from safe_synthesizer.pii.text_name_lower import lower_name_spans
from safe_synthesizer.pii.text_name_lower_alias import lower_alias_spans
from safe_synthesizer.pii.text_name_lower_cues import lower_cue_name_spans
from safe_synthesizer.pii.text_name_lower_deposit import lower_deposit_spans
from safe_synthesizer.pii.text_name_lower_evidence import lower_evidence_name_spans
from safe_synthesizer.pii.text_name_lower_full_subjects import lower_full_subject_spans
from safe_synthesizer.pii.text_name_lower_handled import lower_handled_name_spans
from safe_synthesizer.pii.text_name_lower_keyholder import lower_keyholder_spans
from safe_synthesizer.pii.text_name_lower_offices import lower_office_spans
from safe_synthesizer.pii.text_name_lower_sentence_slots import lower_sentence_slot_spans
from safe_synthesizer.pii.text_name_lower_slots import lower_slot_name_spans
from safe_synthesizer.pii.text_name_noble import noble_name_spans
from safe_synthesizer.pii.text_name_note_frames import note_frame_name_spans
from safe_synthesizer.pii.text_name_person_slots import person_slot_spans
from safe_synthesizer.pii.text_name_role_reader import role_name_spans
from safe_synthesizer.pii.text_name_roll_items import roll_item_spans
from safe_synthesizer.pii.text_name_script_lists import script_list_name_spans
from safe_synthesizer.pii.text_name_sentence_word_slots import sentence_word_slot_spans
from safe_synthesizer.pii.text_name_signoff import signoff_frame_spans
from safe_synthesizer.pii.text_name_slot_reader import slot_name_spans
from safe_synthesizer.pii.text_name_subject import subject_name_spans
from safe_synthesizer.pii.text_name_thread_labels import thread_label_spans
from safe_synthesizer.pii.text_name_titled import role_lower_spans, titled_lower_spans

__all__ = ["cued_name_spans"]

_LOWER = r"a-zß-öø-ÿāăąćčďđēėęěğīįıłńňōőœřśşšșţțťūůűųźżž"
_UP = r"A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİŁŃŇŌŐŒŘŚŞŠȘŢȚŤŪŮŰŲŹŻŽ"
_LWORD = rf"[{_LOWER}][{_LOWER}'’\-]*[{_LOWER}]"
# Cues after which a lower-case word that is a listed first name is the speaker's or a person's name.
_STRONG_CUES = (
    r"its|it's|it’s|it is|this is|i'm|i’m|im|i am|my name is|my name's|name's|call me|signed|signed by|"
    r"collected by|picked up by|dropped off by|seen by|booked by|on behalf of|ask for|speak to|"
    r"je suis|je m'appelle|c'est|me llamo|soy|mi chiamo|sono|ich bin|mein name ist|hier ist|ik ben|"
    r"mijn naam is|jag heter|jeg heter|jeg hedder|det er|jestem|nazywam się|sou|meu nome é|chamo-me|"
    r"aquí|benim adım|ben|jmenuji se|tady je|minä olen|olen|numele meu este|sunt|eu sunt"
)
_LOWER_NAME = re.compile(
    rf"(?i:(?<![\w'’])(?:{_STRONG_CUES}))[ \t]*[:,]?[ \t]+(?P<first>{_LWORD})(?:[ \t]+(?P<last>{_LWORD}))?"
    rf"(?![\w'’\-])"
)
# Cues before a lone capitalised first name of a child or a recipient ("Dear parents of Tullio,").
_ADDRESS_CUE = (
    r"parents of|mother of|father of|family of|guardian of|carer of|parent of|mum of|mom of|dad of|"
    r"parents de|parent de|mère de|père de|famille de|padres de|madre de|padre de|familia de|genitori di|"
    r"madre di|padre di|famiglia di|eltern von|mutter von|vater von|familie von|ouders van|moeder van|"
    r"vader van|familie van|pais de|mãe de|pai de|föräldrar till|forældre til|foreldre til|rodzice"
)
_CAP_FIRST = rf"[{_UP}][{_LOWER}]+(?:-[{_UP}][{_LOWER}]+)?"
_ADDRESSED = re.compile(rf"(?i:(?<!\w)(?:{_ADDRESS_CUE}))[ \t]+(?P<first>{_CAP_FIRST})(?![\w'’\-])")
# "Avviso della scuola: Tullio oggi esce": a first name opening the clause after a colon, then prose.
_AFTER_COLON = re.compile(rf"(?<=:)[ \t]+(?P<first>{_CAP_FIRST})(?=[ \t]+[{_LOWER}])")
# "Karz, C. (ward 3)": a capitalised surname, a comma, one initial with its dot, then no more name.
_SURNAME_INITIAL = re.compile(
    rf"(?<![\w'’\-.])(?P<last>[{_UP}][{_LOWER}'’]+(?:-[{_UP}][{_LOWER}'’]+)?),[ \t]*[{_UP}]\.(?![ \t]*[{_UP}]\.?\w)"
    rf"(?![\w.])"
)

# Given names that are ordinary words of English and the supported languages; they count as a
# name only before a listed surname ("collected by will turner"), never alone ("its long").
_WORD_NAMES = frozenset(
    """will may mark grace long rose june hope joy faith sky summer dawn bill jack pat sue rob art amber iris lily
    daisy ruby pearl jade ivy hazel holly heather violet olive ginger candy crystal sandy sunny star rich king
    frank gene ray guy chase dale glen lane wade drew miles max rex mercy harmony angel precious destiny autumn
    april august sage river rain storm happy honey cherry berry brook brooke cliff don dot earl ernest fern
    forest gay gray grey hunter jewel judge major mason melody merry page penny price rocky rusty scout skip
    sterling stone taylor true victor young cash colt duke rock royal baker carter cook clay carol noel
    bob sunday monday friday tuesday ash bay blue clove coco dusty fawn flora gem gold honor lark lucky marsh
    misty nova ocean paris pepper poppy rowan saffron sierra snow spring tangerine willow wren
    trim petite love care nice sale simple super fine pretty cute""".split()  # noqa: SIM905
)


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(first names, surnames, words that never start a name), lower case."""
    from safe_synthesizer.pii.common_words import common_words
    from safe_synthesizer.pii.text_name_pairs import all_first_names as _all_first_names
    from safe_synthesizer.pii.text_prose import _function_words

    never = common_words() | _function_words() | gazetteers.all_cities() | gazetteers.all_regions()
    return _all_first_names(), gazetteers.last_names(), frozenset(never)


def _lower_names(text: str) -> list[tuple[int, int, str]]:
    first_names, surnames, never = _lists()
    out = []
    for m in _LOWER_NAME.finditer(text):
        first, last = m.group("first"), m.group("last")
        if not first.islower() or first not in first_names or first in latin_stop_words():
            continue
        with_last = last is not None and last.islower() and _surname_after_cue(last, surnames, never)
        # Alone, the word must be a given name of the main name lists: the wider lists of every Faker
        # locale hold words ("silk", "ivory", "warmer") that reviews write after "it's".
        if not with_last and first not in gazetteers.first_names():
            continue
        # A first name that is also a word ("will", "grace", "brown") needs a surname after it, and
        # that surname must not be a word either ("i'm fair skin", "it's rose gold").
        wordy = first in _WORD_NAMES or first in _english_words()
        if not with_last and (wordy or first in never):
            continue
        if with_last and wordy and last in _english_words():
            continue  # "it's rose gold": a word, then a word that is also a surname
        end = m.end("last") if with_last else m.end("first")
        out.append((m.start("first"), end, E.NAME))
    return out


def _surname_after_cue(word: str, surnames: frozenset[str], never: frozenset[str]) -> bool:
    """A listed surname after a cued first name: the main lists, or the family names of every covered
    locale ("it's charles fenech", "it's elena sakalauskas": Maltese and Lithuanian surnames the main
    lists lack) when the word is no ordinary word of any kind."""
    if word in latin_stop_words():
        return False
    if word in surnames:
        return True
    return word in family_names() and word not in never and word not in _english_words()


def latin_stop_words() -> frozenset[str]:
    """Function words of the main Latin-script languages."""
    return spacy_stop_words(("en", "de", "fr", "es", "it", "nl", "pt", "sv", "da", "nb", "pl", "cs", "fi", "tr", "ro"))


def _english_words() -> frozenset[str]:
    """English adjectives, verbs and adverbs (WordNet's index in the spaCy model's lemmatizer tables).

    A lower-case word after "it's" or "i'm" in a review is mostly one of these ("it's brown", "i'm
    petite", "i am fair"); nouns are left out because WordNet lists given names as nouns.
    """
    return english_vocabulary(("adj", "verb", "adv"))


def _lone_first_names(text: str) -> list[tuple[int, int, str]]:
    first_names, _, never = _lists()
    out = []
    for regex in (_ADDRESSED, _AFTER_COLON):
        for m in regex.finditer(text):
            word = m.group("first")
            low = word.lower()
            if low.split("-")[0] in first_names and low not in never and low not in _WORD_NAMES:
                out.append((m.start("first"), m.end("first"), E.NAME))
    return out


def _surname_initials(text: str) -> list[tuple[int, int, str]]:
    _, surnames, never = _lists()
    out = []
    for m in _SURNAME_INITIAL.finditer(text):
        last = m.group("last")
        low = last.lower()
        # A listed surname, or a capitalised word that is no common word nor place ("Karz, C.").
        if low.split("-")[0] in surnames or low not in never:
            out.append((m.start("last"), m.end(), E.NAME))  # the initial too: it is the person's
    return out


def cued_name_spans(text: str) -> list[tuple[int, int, str]]:
    """Names marked by their context only (see the module docstring); overlaps resolved by the caller."""
    out = _lower_names(text) + _lone_first_names(text) + lower_name_spans(text) + intro_name_spans(text)
    out += handover_name_spans(text) + context_name_spans(text)
    out += titled_lower_spans(text) + role_lower_spans(text)
    # "brianna wilson was not at home", "Gitta manages 20 min", "user: ann-kathrin van der dussen.": grammar.
    out += subject_name_spans(text)
    # "Thanks margrit,", "ellinor lindau <l@x.de> wrote", "fyi s. moore", "NAME: lotte rupp": layouts.
    out += lower_cue_name_spans(text)
    # "Chair michelle rivera thanked all", "ran as mandy bennett", "Colis déposé chez bernard vigneau": an office, an
    # alias phrase or a leaving verb's preposition before a lower-case name.
    out += lower_office_spans(text) + lower_alias_spans(text) + lower_deposit_spans(text)
    # "[10:02] troy trott: is Brad coming", "Volunteers - Ana Cruz (am), donald cook (pm)", "returned by hannes
    # kabus", "Chased trevor good-warren by text": a chat speaker, a list of names, a returning/chasing verb.
    out += lower_slot_name_spans(text) + lower_handled_name_spans(text)
    # "sabrina: is alexander coming?? / Jo: yes / sabrina: gr8", "> kenneth says ok", "[julia long] late!! [Jo] np.
    # [julia long] ...", "Spare key with danuta gutknecht,": a pasted thread's slots, a key-holding/collecting cue.
    out += chat_layout_name_spans(text) + lower_keyholder_spans(text)
    if "," in text and "." in text:
        out += _surname_initials(text)
    # "PRINSEN Cas", "tony adler, Fiebigring 9/4", "Sold to D. Roman", "Dear Mr Bond,\nRebeca has": session 37.
    out += caps_first_name_spans(text) + lower_evidence_name_spans(text) + initial_cued_name_spans(text)
    out += letter_subject_name_spans(text) + patronymic_surname_spans(text) + noble_name_spans(text)
    # "[02/05/26, 18:40] delores stoutt: anyone got ...": a messaging app's export line names its sender after the
    # date and time; "anyone got Bryant's number?", "can Kelli cover?", "Eli seconded", "7) Porter paid cash",
    # "Spare keys with Helen": one-word names in person slots; "Apologies: मोहन महाजन, ... Actions: महाजन to write",
    # "TODO ring ცომაია re form": names in scripts without capitals in a Latin template's roll call or person slot.
    out += chat_export_speaker_spans(text) + person_slot_spans(text) + script_list_name_spans(text)
    # "... about it. ~anusha", "Mary KELLEY x": a note's sign-off (text_name_signoff); "[10:42] Beate: running late":
    # a chat line stamped with a time alone; "SMS 14:07 - david here": a message head's sender. Lower-case words must
    # be listed names.
    out += signoff_frame_spans(text) + note_frame_name_spans(text)
    # "Me: is Sat ok? / matthew: yes, matthew x", "... no answer - Agnès", "... council robin x": a thread's senders
    # (the writer's own label or a repeated one marks the thread) and a bare sign-off at the note's end.
    out += thread_label_spans(text) + bare_signoff_spans(text)
    # "Near miss - mohammad field tripped", "Spoke to Flynn-Nolan about it", "Brunet wants", "Rota: Andres, Mrs
    # Glenn, William Ralph + Curry on Saturday": names in a sentence's person slots (lower-case full names, one
    # capitalised word) and the one-word items of a roll whose other items are surely names.
    out += lower_sentence_slot_spans(text) + sentence_word_slot_spans(text) + roll_item_spans(text)
    # "tristan rang about the 80th", "cummings owes 2 cleans", "sara (DOB 10.02.2016) moving up", "Minutes: ...;
    # trevor dickinson to do the rota", "ask Sara for their number", "Keys to Valeria on Friday", "Llamar a Yaoska
    # al", "Tygo terugbellen op": a name by its role in the clause (subject before a person's predicate, object of a
    # person verb, the one to call back), in any case.
    out += clause_role_spans(text)
    # "If marilyn rings (...) ask", "michela paga venerdì", "shaun home after 3", "naar van den Berghe gestuurd",
    # "Present: tahirou, Souley, Mme Reynaud et Yacouba": a conditional clause's subject, the subject of a local
    # speech/payment verb or a presence clause, a sending verb's recipient, the other members of a list of people.
    out += clause_subject_spans(text) + list_member_spans(text)
    # "deng arrived late", "partner ladu not happy", "K. Vargas / sunia / DESTINY", "... 553 3822 ta russ", "Mon Simon,
    # Tue Kenneth": lower-case names by the role they fill (subject of a person's predicate, after a relational noun, a
    # member of a list of people, after a closing word, a weekday's slot), in several languages.
    out += role_name_spans(text)
    # "... 848-2717 xx caleb", "(SARR)" after a phone number, "from Kirsten's shift", "accepted by russell (", "-
    # MORRIS asked for", "angela brought", "Lady Schultz (Anne Kirby)": names by the slot only a person fills, a list
    # or the word's shape agreeing (text_name_slot_reader).
    out += slot_name_spans(text)
    # "Response to karen curtis's review", "signed for by FRANCIS at", ", susan allen to appeal", "... /lori": the
    # same slots in the other case, a comma's clause, a slash's sign-off (text_name_any_case_slots).
    out += any_case_slot_spans(text)
    # "jessica (chorus) needs a licence", "Group of 3 under DE GROOT,", "matthew vega overdue from", "Tsalela
    # u-Thandeka Matyila": the slots an aside in brackets hides, capitals after the other prepositions of a person, a
    # whole lower-case name before an adjective, a name after a Nguni class prefix (text_name_asides,
    # text_name_caps_arguments, text_name_lower_full_subjects, text_name_class_prefixes).
    out += aside_free_name_spans(text) + caps_argument_spans(text) + lower_full_subject_spans(text)
    out += class_prefix_name_spans(text)
    return out
