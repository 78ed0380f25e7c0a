"""Birth words of more languages: the ones the birth-word tables still left out, and participles they missed.

Why: the birth cues of :mod:`birth_cue_reader`, :mod:`text_birth_words_local` and :mod:`birth_words_world` cover
about a hundred and fifty languages, but a note in Ewe, Kabyle, Corsican, Tswana or Tahitian kept its birth date
whatever its layout: ``Wodzi: 27·02·1947`` (Ewe "was born"), ``ilul ass n 13–07–1980`` (Kabyle "was born the day
of"), ``natu u 02·03·1992`` (Corsican), ``o tsholetswe ka 06·02·1961`` (Tswana: the perfect of ``tsholwa``, where
the table held ``tshotswe`` only), ``fanauhia i te 18–05–1979`` (Tahitian: the table held it as a root, and a root
counts only inside a longer word), ``ዕለት ልደት: 17·04·1958`` (Tigrinya "date of birth", spelled as the table did
not). The next set writes other languages again, so this is a closed class, not the notes' words: the verb "to be
born", its participles and the noun "birth" of each language as a dictionary gives them, for the languages of the
sets' locales no table had (Ewe, Kabyle and the other Berber languages, Corsican, Sardinian, Friulian, Asturian,
Belarusian, Macedonian, the Polynesian languages beyond Samoan and Hawaiian, Northern Sotho, Oshiwambo, Luo,
Yucatec Maya, K'iche') and the forms the tables missed of languages they had (Tswana, Tahitian, Tigrinya,
Amharic).

Same format as :data:`birth_words_world.WORLD_BIRTH_WORDS` (whole words, roots found inside a longer word), read by
it: :func:`birth_words_world._tables` adds this table to its own. Words too short or too common to stand alone are
left out (Ewe ``dzi`` is also "heart" and "on", Tok Pisin and Bislama ``bon`` is French "good", Tswana ``tshola``
is also "to hold").

Example::

    "tsholetswe" in MORE_BIRTH_WORDS["tn"][0].split()  # True
"""

from __future__ import annotations

# Per language: (whole words, roots found inside a longer word), lower case.
MORE_BIRTH_WORDS: dict[str, tuple[str, str]] = {
    # Africa
    "ee": ("wodzi wodzii dzidzi dzigbe", "dzigbeŋkeke"),  # Ewe: wodzi "was born", dzidzi "birth", dzigbe "birthday"
    # Kabyle, Tamazight, Tashelhit: ilul "was born", tlalit "birth"
    "kab": ("ilul tlul lulen lulent talalit tlalit", ""),
    "tn": ("tsholetswe belegwe tsalo matsalo", ""),  # Tswana: o tsholetswe / o belegwe "was born", tsalo "birth"
    "nso": ("belegwe matswalo", "tswalo"),  # Northern Sotho: o belegwe "was born", matswalo "birth"
    "ng": ("", "valwa"),  # Oshiwambo: okuvalwa "to be born", a valwa "was born"
    "luo": ("onyuol nonyuol", "nywol"),  # Luo: ne onyuol "was born", nywol "to give birth"
    "ti": ("ልደት የልደት", ""),  # Tigrinya, Amharic: ልደት "birth", ዕለት ልደት / የልደት ቀን "date of birth", "birthday"
    # The Pacific
    "ty": ("fanauhia fānauhia fanaura'a fanauraʻa", ""),  # Tahitian: fanauhia "was born", fānauraʻa "birth"
    "rar": ("anauia ʻanauia", ""),  # Cook Islands Māori: anauia "was born"
    "rap": ("poreko", ""),  # Rapa Nui: poreko "born"
    "mi": ("whānau whanau", "whanautanga"),  # Māori: i whānau "was born", whānautanga "birth"
    # Europe's smaller languages
    "co": ("natu nata nati nascita nascenza", ""),  # Corsican: natu "born", nascita "birth"
    "sc": ("nàschidu nàschida naschidu naschida", "naschimentu"),  # Sardinian: nàschidu "born"
    "fur": ("nassût nassude nassut", "nassite"),  # Friulian: nassût "born", nassite "birth"
    "ast": ("nacíu naciu", ""),  # Asturian: nacíu "born"
    "be": ("нарадзіўся нарадзілася", "нараджэнн"),  # Belarusian: нарадзіўся "was born", нараджэння "of birth"
    "mk": ("раѓање раѓања", ""),  # Macedonian: роден "born" (in the Bulgarian words), раѓање "birth"
    # The Americas
    "yua": ("síij siij", ""),  # Yucatec Maya: síij "born"
    "quc": ("xalax", ""),  # K'iche': xalax "was born"
}
