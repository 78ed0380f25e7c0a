"""Famous people after whom things are named: composers, writers, painters, scientists, film stars.

Why: rooms, tables at a wedding, works in rehearsal, ships, wards and prizes are named after famous people
(``Table Keats``, ``Grace Kelly``, ``Elgar``, ``Brahms German Requiem``), so a column of them reads like people.
A column of customers, patients or members holds a famous person's name only by chance, never for a large share of
its distinct values: :mod:`column_named_things` counts these names with the words of a thing's kind, in columns
whose values repeat (a category). Two lists: whole names (``grace kelly``), safe whatever the family name, and
family names that are the famous person's alone (``mozart``, ``tchaikovsky``; not ``Bach``, ``Wagner``, ``Grant``
or ``Kelly``, nor ``Rossini``, ``Cervantes`` or ``Borges``, which many people carry).

Example::

    is_famous_name("Audrey Hepburn"), is_famous_name("Mozart"), is_famous_name("Anna Wagner")
    # (True, True, False)
"""

from __future__ import annotations

import re

from safe_synthesizer.pii.gazetteers import plain_form

__all__ = ["FAMOUS_FAMILY_NAMES", "FAMOUS_WHOLE_NAMES", "is_famous_name"]

# Family names (accents folded) that name one famous person: composers, writers, painters, scientists, explorers.
FAMOUS_FAMILY_NAMES = frozenset(
    {
        # composers
        "mozart", "beethoven", "brahms", "vivaldi", "handel", "haendel", "haydn", "chopin", "debussy",
        "puccini", "tchaikovsky", "tschaikowsky", "mendelssohn", "dvorak", "sibelius", "grieg", "elgar",
        "mahler", "liszt", "faure", "durufle", "rachmaninoff", "rachmaninov", "stravinsky", "prokofiev",
        "shostakovich", "bizet", "satie", "monteverdi", "palestrina", "tallis", "telemann", "pergolesi",
        "saint-saens", "gershwin", "offenbach", "smetana", "janacek", "bartok", "kodaly", "borodin", "mussorgsky",
        "rimsky-korsakov", "albeniz", "piazzolla", "paganini", "donizetti",
        # writers and poets
        "shakespeare", "wordsworth", "tennyson", "dickens", "bronte", "tolkien", "goethe", "neruda",
        "pessoa", "camoes", "tolstoy", "dostoevsky", "chekhov", "pushkin", "moliere", "voltaire", "baudelaire",
        "rimbaud", "kafka", "rilke", "ibsen", "strindberg", "yeats", "hemingway", "steinbeck", "nabokov",
        "dostoyevsky", "verlaine", "mallarme", "petrarca", "boccaccio", "pirandello", "unamuno",
        "saramago", "cortazar", "kipling", "chaucer", "tagore", "mickiewicz", "szymborska", "keats",
        # painters and sculptors
        "picasso", "monet", "renoir", "rembrandt", "vermeer", "michelangelo", "botticelli", "klimt", "matisse",
        "cezanne", "gauguin", "hockney", "kahlo", "caravaggio", "rubens", "durer", "kandinsky",
        "modigliani", "magritte", "rodin", "degas", "manet", "chagall", "warhol",
        # scientists, explorers, inventors
        "einstein", "galileo", "copernicus", "kepler", "pasteur", "tesla", "faraday", "nightingale",
        "curie", "mendeleev", "lavoisier", "archimedes", "pythagoras", "magellan",
    }
)  # fmt: skip
# Whole names (accents folded, lower case) whose family name alone is common: film stars, singers, writers.
FAMOUS_WHOLE_NAMES = frozenset(
    {
        "audrey hepburn", "katharine hepburn", "grace kelly", "cary grant", "marilyn monroe", "humphrey bogart",
        "greta garbo", "marlene dietrich", "sophia loren", "charlie chaplin", "james dean", "elvis presley",
        "frank sinatra", "ingrid bergman", "bette davis", "clark gable", "fred astaire", "ginger rogers",
        "judy garland", "gene kelly", "marlon brando", "paul newman", "doris day", "lauren bacall",
        "elizabeth taylor", "vivien leigh", "rita hayworth", "brigitte bardot", "romy schneider",
        "john lennon", "paul mccartney", "david bowie", "freddie mercury", "bob marley", "edith piaf",
        "jane austen", "charles dickens", "oscar wilde", "virginia woolf", "agatha christie", "george eliot",
        "lord byron", "percy shelley", "mary shelley", "emily bronte", "charlotte bronte", "william blake",
        "robert burns", "dylan thomas", "victor hugo", "emile zola", "thomas mann", "gunter grass",
        "isaac newton", "charles darwin", "marie curie", "albert einstein", "florence nightingale", "ada lovelace",
        "alan turing", "nelson mandela", "winston churchill", "martin luther king", "mahatma gandhi",
        "vincent van gogh", "van gogh", "leonardo da vinci", "da vinci", "frida kahlo", "salvador dali",
        "francisco goya", "j s bach", "johann sebastian bach", "richard wagner", "johann strauss",
        "robert schumann", "clara schumann", "franz schubert", "giuseppe verdi", "eddy merckx", "karl jenkins",
    }
)  # fmt: skip
_NON_LETTER = re.compile(r"[^\w\s-]|[\d_]")
_SPACES = re.compile(r"\s+")


def is_famous_name(value: str) -> bool:
    """``value`` holds a famous person's whole name, or a family name that is a famous person's alone."""
    text = _SPACES.sub(" ", _NON_LETTER.sub(" ", plain_form(value).casefold())).strip()
    if not text:
        return False
    if any(w in FAMOUS_FAMILY_NAMES for w in text.split()):  # ``saint-saens`` whole
        return True
    words = text.replace("-", " ").split()
    if any(w in FAMOUS_FAMILY_NAMES for w in words):
        return True
    runs = {" ".join(words[i : i + k]) for k in (2, 3, 4) for i in range(len(words) - k + 1)}
    return not runs.isdisjoint(FAMOUS_WHOLE_NAMES)
