"""Person columns told by the layouts their cells are written in, not by one layout only.

Why: staff, guest and customer lists mix layouts in one column: ``L. Cardano`` beside ``Maria
Botticelli``, ``Dr A. Daniels`` beside ``Herr Schmidtke``, ``ΡΌΚΑΣ, Σπυρίδων`` beside
``Γιαννέλος, Σοφοκλής``. Each layout alone covers too few cells for a column rule (the share of
listed full names, or of initials + surname, stays under what values alone need), yet every cell
reads as a person's name in *some* layout. A cell counts as a person when it is:

* one or more titles then a name (``Herr Schmidtke``, ``κα Ρόγγα``: :func:`titled_person_cell`), or a
  title abbreviated in lower case the title lists lack (``g. Tjaša Resnik``, ``p. Domas Butkus``);
* initials then a capitalised surname (``H. Schmid``, ``Ş. Şafak``, ``R. van der Heijden``);
* a listed full name in either order, or ``Family, Given`` with a listed given name (``Бойко, Андрій``,
  ``ΡΌΚΑΣ, Σπυρίδων``: any case, any script);
* a listed given name then capitalised name words (``Maria Ferro``: surnames that are also words
  are missing from the lists on purpose).

The column needs most cells in some layout, many with listed evidence (a listed surname after the
initials, a listed full name, a title), and nothing of a place or a company: a column of
``St. Louis``, ``N. Main`` or ``J. Crew Ltd`` is not people.

Example::

    person_cells_score(sample_values(df["guest"], 500, 0))
    # Score(share=0.96, values_decide=True, evidence='96% person names (55% initials + surname, ...)')
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_contact_people import contact_people
from safe_synthesizer.pii.column_joined_people import joined_person
from safe_synthesizer.pii.column_name_cased import cased_people
from safe_synthesizer.pii.column_patronymic_names import patronymic_people
from safe_synthesizer.pii.column_person_evidence import MIN_DISTINCT_FULL_NAMES, few_people
from safe_synthesizer.pii.column_person_forms import decorated_person, particle_name, surname_initials
from safe_synthesizer.pii.column_sample import _PROBE, MIN_DISTINCT_WITHOUT_CUE, Score, ValueSample, _pct
from safe_synthesizer.pii.column_script_pairs import script_pair_people
from safe_synthesizer.pii.column_whole_names import whole_names
from safe_synthesizer.pii.gazetteers import PARTICLES, TITLES, all_street_words, column_first_names, last_names
from safe_synthesizer.pii.name_honorifics import split_latin_courtesy, split_lower_title
from safe_synthesizer.pii.script_surnames import cyrillic_surname_shaped
from safe_synthesizer.pii.text_script_people import script_person_value
from safe_synthesizer.pii.titles import titled_person_cell

# A column whose values are nearly all title + name (``Herr Schmidtke``, ``Dr A. Daniels``) is a
# person column whatever the lists say: the title is the evidence, so few distinct values suffice.
MIN_TITLED_SHARE = 0.8
MIN_DISTINCT_TITLED = 3
# Mixed layouts: share of cells that read as a person in some layout, and share with listed
# evidence (a listed surname, a listed full name, a title).
MIN_PERSON_CELLS = 0.85
MIN_LISTED_CELLS = 0.5
# Share of cells in a layout no plain full-name check reads (initials, titles, ``Family, Given``)
# below which the ordinary name rules decide alone.
MIN_STRUCTURED_CELLS = 0.15
# Shares of town-like and company cells, and of cells made only of given names, that make the
# column something else (a town list, a company list, a given-names column).
MAX_PLACE_CELLS = 0.2
MAX_COMPANY_CELLS = 0.1
MAX_GIVEN_ONLY_CELLS = 0.5

# Staff written as initials and a surname (``H. Schmid``, ``Ş. Şafak``, ``R. van der Heijden``,
# ``L. Heredia Andrés``): the initials are letters of any alphabet, each with its dot, then one to
# three words (particles, or a second surname as Spanish and Portuguese write them).
_INITIALLED = re.compile(r"^((?:[^\W\d_]\.\s?){1,3})\s*((?:[^\W\d_][\w'’ʼ\-]*\s+){0,2}[^\W\d_][\w'’ʼ\-]+)$")
# A capitalised name word of any alphabet (``Ferro``, ``Гончар``, ``O'Neill``, ``Худобʼяк``).
_CAPITALISED = re.compile(r"^[^\W\d_][^\W\d_'’ʼ\-]*(?:['’ʼ\-][^\W\d_]+)*$")


def _initialled(value: str) -> tuple[bool, bool]:
    """(initials + surname, that surname is listed).

    Capitals mark the name (``H. Schmid``); a cell written all in lower case (``e. hansson``,
    ``l. peña zabala``: exports that lower-case everything) has no capitals to show, so there a
    listed surname is what makes it a name at all. Of several surname words (``Heredia Andrés``)
    one listed suffices; no word may be a street word (``N. Main St``) or a legal form.
    """
    m = _INITIALLED.match(value)
    if not m:
        return False, False
    lower = value.islower()
    if not (m.group(1).replace(".", "").replace(" ", "").isupper() or lower):
        return False, False
    words = m.group(2).split()
    names = [w for w in words[:-1] if w.lower() not in PARTICLES] + [words[-1]]
    if len(names) > 2 or not all(_CAPITALISED.match(w.rstrip(".")) and (w[0].isupper() or lower) for w in names):
        return False, False
    street_words = all_street_words()
    if any(w.rstrip(".").lower() in street_words for w in words) or V.has_company_marker(value):
        return False, False  # ``N. Main St``-like cells are streets
    listed = any(w.split("-")[0].lower() in last_names() or V.last_name_known(w) for w in names)
    return (listed or not lower), listed


def initialled_person_cell(value: str) -> bool:
    """Initials then a listed surname (``H. Schmid``, ``Ş. Şafak``, ``R. van der Heijden``)."""
    shaped, listed = _initialled(value)
    return shaped and listed


def _given_then_names(value: str) -> bool:
    """A listed given name, then one to three capitalised name words (``Maria Ferro``, ``Mateo Golub``)."""
    words = V.name_words(value)
    if not 2 <= len(words) <= 4 or "," in value:
        return False
    if words[0].lower() not in column_first_names():
        return False
    street_words = all_street_words()
    rest = [w for w in words[1:] if w.lower() not in PARTICLES]
    return bool(rest) and all(
        _CAPITALISED.match(w) and (w[0].isupper() or value.islower()) and w.lower() not in street_words for w in rest
    )


def _family_comma_given(value: str) -> bool:
    """``Family, Given`` with a listed given name and capitalised family words (``Бойко, Андрій``,
    ``FERRO, Maria``): the comma and the given name are the evidence when the surname is unlisted."""
    family, comma, given = value.partition(",")
    family_words, given_words = family.split(), given.split()
    if not comma or not 1 <= len(family_words) <= 3 or not 1 <= len(given_words) <= 2:
        return False
    if not all(_CAPITALISED.match(w) and (w[0].isupper() or value.islower()) for w in family_words):
        return False
    return V.first_name_known(given_words[0])


def _lower_title_then_name(value: str, street_words: frozenset[str]) -> tuple[bool, bool]:
    """(lower-case title abbreviation + capitalised name, that name is listed): ``g. Tjaša Resnik``,
    ``p. Domas Butkus``, ``ga. Novak``.

    Initials of a capitalised name are capitals, so a lower-case dotted word before one is a title
    the lists lack (each language abbreviates its own ``Mr``/``Mrs``). Street abbreviations that open
    a street's name (``ul. Długa``, ``str. Mihai Eminescu``, ``nám. Míru``) are no title; ``dr`` is both,
    and before a name it is the title.
    """
    title, name = split_lower_title(value)
    if not title or any(w.rstrip(".") in street_words and w.rstrip(".") not in TITLES for w in title.split()):
        return False, False
    rest = name.split()
    if not 1 <= len(rest) <= 3 or not all(w[:1].isupper() and _CAPITALISED.match(w) for w in rest):
        return False, False
    if any(w.lower() in street_words for w in rest) or V.has_company_marker(name):
        return False, False
    if len(rest) == 1:
        listed = V.last_name_known(name)
        return listed, listed
    listed = V.full_name_known(name)
    return listed or _given_then_names(name), listed


def _courtesy_name_listed(name: str, street_words: frozenset[str]) -> bool | None:
    """Whether the name after or before a courtesy word (``Ông Nguyễn Văn An``, ``Kovács János úr``) is
    listed: True for a listed full name or surname, False for a listed given name then name words,
    None when it does not read as a name (``Ibu Kota``: the rest must be names, not any words)."""
    words = name.split()
    if not 1 <= len(words) <= 4 or any(w.lower() in street_words for w in words) or V.has_company_marker(name):
        return None
    if V.full_name_known(name) or (len(words) == 1 and V.last_name_known(name)):
        return True
    return False if _given_then_names(name) else None


def person_layout(value: str, street_words: frozenset[str]) -> tuple[str, bool] | None:
    """(layout, listed evidence) of a cell that reads as a person's name, else None.

    Layouts: ``titled`` (also names with a suffix, post-nominal, trailing id or nickname), ``couple``
    (``M. et Mme Dupont``; both in :mod:`column_person_forms`; also two people joined by ``&``/``und``/``et``:
    :mod:`column_joined_people`), ``initials`` (also ``Doe J``), ``particle``
    (``Juan de la Cruz``), ``comma`` (``Family, Given``), ``full`` (listed given and family names), ``given``
    (a listed given name then capitalised words).
    """
    if titled_person_cell(value, street_words):
        return "titled", True
    if (decorated := decorated_person(value, person_layout, street_words)) is not None:
        return decorated
    shaped, listed = _lower_title_then_name(value, street_words)
    if shaped:
        return "titled", listed
    before, name, after = split_latin_courtesy(value)
    if (before or after) and (listed := _courtesy_name_listed(name, street_words)) is not None:
        return "titled", listed
    shaped, listed = _initialled(value)
    if shaped:
        return "initials", listed
    shaped, listed = surname_initials(value)
    if shaped:
        return "initials", listed
    shaped, listed = particle_name(value)
    if shaped:
        return "particle", listed
    if V.full_name_known(value):
        return ("comma" if "," in value else "full"), True
    if _family_comma_given(value):
        return "comma", True
    if _given_then_names(value):
        return "given", False
    return joined_person(value, person_layout, street_words)  # Mrs Patla & Mr Varma, Frau Roth und Herr Lang


def _titled_or_initialled(value: str, street_words: frozenset[str]) -> bool:
    return titled_person_cell(value, street_words) or initialled_person_cell(value)


def titled_people(sample: ValueSample) -> Score | None:
    """Title + name cells (``Dott. Pisacane``, ``κα Ρόγγα``) and initialled listed surnames
    (``H. Schmid``), or None when too few are."""
    if sample.n_distinct < MIN_DISTINCT_TITLED:
        return None
    street_words = all_street_words()
    probe = sample.values[:_PROBE]
    if sum(1 for v in probe if _titled_or_initialled(v, street_words)) < MIN_TITLED_SHARE * len(probe):
        return None
    share = sample.share(lambda v: _titled_or_initialled(v, street_words))
    return Score(share, True, f"{_pct(share)} title + name") if share >= MIN_TITLED_SHARE else None


def mixed_people(sample: ValueSample) -> Score | None:
    """A column of person names written in several layouts (``L. Cardano``, ``Maria Botticelli``,
    ``Dr Pace``, ``Leone, Antonina``), or None when it is not one (see the module's rules). A small table's
    column (fewer than 20 distinct cells) counts when it is a short list of people (:func:`few_people`)."""
    if sample.n_distinct < MIN_DISTINCT_FULL_NAMES:
        return None
    street_words = all_street_words()
    probe = sample.values[:_PROBE]
    if sum(1 for v in probe if person_layout(v, street_words)) < MIN_PERSON_CELLS * len(probe) - 1:
        return None
    layouts = [person_layout(v, street_words) for v in sample.values]
    n = len(layouts)
    person = sum(1 for x in layouts if x) / n
    listed = sum(1 for x in layouts if x and x[1]) / n
    counts: dict[str, int] = {}
    for x in layouts:
        if x:
            counts[x[0]] = counts.get(x[0], 0) + 1
    structured = sum(counts.get(k, 0) for k in ("titled", "initials", "comma", "particle", "couple")) / n
    if person < MIN_PERSON_CELLS or listed < MIN_LISTED_CELLS or structured < MIN_STRUCTURED_CELLS:
        return None
    if sample.n_distinct < MIN_DISTINCT_WITHOUT_CUE and not few_people(sample, listed):
        return None
    if sample.share(V.first_name_known) >= MAX_GIVEN_ONLY_CELLS:
        return None  # ``Anna Maria``, ``Henry Louis``: given names
    # ``Juan de la Cruz`` carries the town marker ``de la`` between a listed given name and surname, and
    # ``dhr. en mevr. Jansen`` the marker ``en``: those layouts are no town.
    others = [v for v, x in zip(sample.values, layouts, strict=True) if not x or x[0] not in ("particle", "couple")]
    if others and max(_share(others, V.has_place_marker), _share(others, V.is_listed_city)) >= MAX_PLACE_CELLS:
        return None
    if sample.share(V.has_company_marker) >= MAX_COMPANY_CELLS:
        return None
    parts = ", ".join(f"{_pct(c / n)} {_LABELS[k]}" for k, c in sorted(counts.items(), key=lambda kv: -kv[1]))
    return Score(person, True, f"{_pct(person)} person names ({parts}; {_pct(listed)} listed)")


def _share(values: list[str], check) -> float:
    return sum(1 for v in values if check(v)) / len(values)


_LABELS = {
    "titled": "title + name",
    "initials": "initials + surname",
    "comma": "Family, Given",
    "full": "listed full names",
    "given": "given name + name words",
    "particle": "given name + particle + surname",
    "couple": "couple",
}


# Names in Hebrew, Arabic, Georgian, Armenian or an Indic script: share of cells written as bare letters of
# one such script below which the column is something else (addresses, free text).
MIN_SCRIPT_CELLS = 0.9


def script_people(sample: ValueSample) -> Score | None:
    """A column of names in a spaced non-Latin script (``יעל מלכה``, ``ბატონი მირიან გულიაშვილი``,
    ``دکتر اسرا مهدیان``): most cells a listed pair or a title and a name, half of them listed, or None.

    The general name checks read these scripts' words as unknown, so without this the column stays
    unplanned and every name is published as written.
    """
    if sample.n_distinct < MIN_DISTINCT_TITLED:
        return None
    probe = sample.values[:_PROBE]
    if sum(1 for v in probe if script_person_value(v) is not None) < MIN_SCRIPT_CELLS * len(probe):
        return None
    layouts = [script_person_value(v) for v in sample.values]
    n = len(layouts)
    person = sum(1 for x in layouts if x and x[0]) / n
    listed = sum(1 for x in layouts if x and x[1]) / n
    if person < MIN_PERSON_CELLS or listed < MIN_LISTED_CELLS:
        return None
    return Score(person, True, f"{_pct(person)} person names in a non-Latin script ({_pct(listed)} listed)")


# Slavic full names in Cyrillic with no list to vouch for them (Macedonian, Serbian): share of cells that are a
# given name and a family name by its ending, and share whose given name is listed (Russian/Bulgarian lists).
MIN_SLAVIC_CELLS = 0.85
MIN_SLAVIC_LISTED_GIVEN = 0.2


def _slavic_full_name(value: str) -> tuple[bool, bool]:
    """(a given word and a family name by its ending, that given word is listed): ``Димка Заева``,
    ``Крстески, Михаил``. Adjectives come before their noun in Slavic phrases (``Охридска банка``), so a phrase
    of words ends in its noun; only a person's name ends in an adjective-shaped family name."""
    family, comma, given = value.partition(",")
    words = [given.strip(), family.strip()] if comma else value.split()
    lower = value.islower()  # ``чедо атанасова``: exports that lower-case everything
    if len(words) != 2 or not all(_CAPITALISED.match(w) and (w[0].isupper() or lower) for w in words):
        return False, False
    if not cyrillic_surname_shaped(words[1]) or cyrillic_surname_shaped(words[0]):
        return False, False
    return True, V.first_name_known(words[0])


def slavic_people(sample: ValueSample) -> Score | None:
    """Full names of a Slavic country no Faker locale lists (``Димка Заева``, ``Михаил Крстески``), or None."""
    if sample.n_distinct < MIN_DISTINCT_WITHOUT_CUE:
        return None
    probe = sample.values[:_PROBE]
    if sum(1 for v in probe if _slavic_full_name(v)[0]) < MIN_SLAVIC_CELLS * len(probe):
        return None
    layouts = [_slavic_full_name(v) for v in sample.values]
    n = len(layouts)
    person = sum(1 for x in layouts if x[0]) / n
    listed = sum(1 for x in layouts if x[1]) / n
    if person < MIN_SLAVIC_CELLS or listed < MIN_SLAVIC_LISTED_GIVEN:
        return None
    if max(sample.share(V.has_place_marker), sample.share(V.is_listed_city)) >= MAX_PLACE_CELLS:
        return None
    return Score(person, True, f"{_pct(person)} given + Slavic family names by ending ({_pct(listed)} listed given)")


def people_score(sample: ValueSample) -> Score | None:
    """Person evidence from cell layouts: titles or initials alone, else mixed layouts, else names in a
    non-Latin script (also family name first), else Slavic full names by their family names' ending, else
    whole names of countries whose family names are also given names, else names linked by ``bin``/``binti``,
    else ``Given FAMILY`` names with the family name in capitals, else a name and a phone number in each cell
    (an emergency contact: :mod:`column_contact_people`), or None."""
    return (
        titled_people(sample)
        or mixed_people(sample)
        or script_people(sample)
        or script_pair_people(sample)
        or slavic_people(sample)
        or whole_names(sample)
        or patronymic_people(sample)
        or cased_people(sample)
        or contact_people(sample)
    )
