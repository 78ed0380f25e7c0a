"""Words and marks that stand for a value not known, in the languages the detectors know: one list.

Why: the detector drops these cells before it judges a column (a birth-date column with three ``niet opgegeven``
is still a birth-date column) and the replacer writes them out as they came in (``n/a`` is no person to fake).
Two lists drifted apart (stop 37's review: ``niet opgegeven`` kept by the replacer, read as a date by the
detector); both now read this one.

Example::

    "keine angabe" in NOT_KNOWN_WORDS  # True
"""

from __future__ import annotations

from safe_synthesizer.pii.column_contact_cells import MISSING_TOKENS
from safe_synthesizer.pii.missing_words_world import MISSING_WORDS_WORLD

# The ones date columns add (``keine Angabe``, ``non renseigné``, ``s/d``, ``redacted``, masked dates).
_DATE_WORDS = frozenset(
    {
        "n. a.", "anonymous", "anon", "x", "xx", "keine angabe", "inconnue", "non renseigné", "nc", "n.c.",
        "desconocida", "sconosciuta", "n.d.", "nd", "desconhecida", "s/d", "sin datos", "#n/a", "redacted",
        "00/00/0000", "00.00.0000", "00-00-0000", "0000-00-00", "??/??/????", "xx/xx/xxxx",
    }
)  # fmt: skip
# More languages' forms (compared case-folded, trimmed).
_MORE_WORDS = frozenset(
    {
        # English, German, French, Spanish, Italian, Dutch, Portuguese forms the detectors do not list.
        "not given", "not available", "not applicable", "no data", "none given", "no value", "missing", "blank",
        "empty", "n. a", "n.a", "n/v", "k.a", "k. a", "nicht bekannt", "nicht angegeben", "ohne angabe",
        "non communiqué", "non connu", "non renseignée", "non disponible", "sans objet", "néant", "s.o.",
        "no consta", "no disponible", "sin dato", "ninguna", "no aplica", "non disponibile", "non noto", "nessuna",
        "n.v.t.", "nvt", "niet bekend", "onbekende", "não informado", "não disponível", "nenhuma", "s/n", "n/d",
        "sem dados",
        # Polish, Czech, Slovak, Hungarian, Romanian, Swedish, Danish, Norwegian, Finnish, Turkish, Greek.
        "nieznany", "nieznana", "brak", "brak danych", "b.d.", "bd", "neznámý", "neznámá", "neuvedeno", "neznámé",
        "neznámy", "neuvedené", "ismeretlen", "nincs", "nincs adat", "necunoscut", "necunoscută", "nespecificat",
        "okänd", "okänt", "saknas", "uppgift saknas", "ukendt", "ikke oplyst", "ukjent", "ikke oppgitt",
        "tuntematon", "ei tiedossa", "ei tietoa", "bilinmiyor", "bilinmeyen", "yok", "belirtilmemiş",
        "άγνωστο", "άγνωστος", "δεν υπάρχει",
        # Korean, Japanese, Chinese, Russian, Ukrainian.
        "미상", "없음", "알수없음", "알 수 없음", "모름", "不明", "なし", "未記入", "不详", "未知", "无",
        "неизвестно", "нет", "нет данных", "невідомо", "немає",
        "niet opgegeven", "niet ingevuld", "not stated", "not disclosed", "prefer not to say", "non indiqué",
        "no indicado", "non indicato", "nicht erfasst", "o. a.", "o.a.", "o. a", "o.a",
        # A spreadsheet's error values left in an export (a formula that failed): no one is written there.
        "#value!", "#ref!", "#div/0!", "#name?", "#null!", "#num!", "#spill!", "#calc!", "#n/a!", "#na",
    }
)  # fmt: skip
#: Every not-known word, case-folded as the cells are before the lookup (Greek ``άγνωστος`` folds its final sigma).
# ... and the world's other languages' negative answers (``نییە``, ``ਨਹੀਂ``, ``юк``, ``tewali``): missing_words_world.
NOT_KNOWN_WORDS = (
    frozenset(word.casefold() for word in MISSING_TOKENS | _DATE_WORDS | _MORE_WORDS) | MISSING_WORDS_WORLD
)
