"""Development notes for lower-case person names (helper LC, session 33): my own templates, not a held-out set.

Notes of many styles (dictated memos in lower case, logfmt lines, sticky notes, postcards, record change
logs, markdown tables, @mentions, call transcripts) in the seven main languages, with the gold spans of
the people they name; and negative notes full of words that are also names (``will``, ``mark``,
``rosa``, ``koch``, ``visser``) that hold no person. Scored on the text detector's name spans:

    PYTHONPATH=src .venv/bin/python benchmarks/dev_lc_notes.py [--seed 7] [--n 60] [--show]

Recall: a gold name counts when name spans cover all its letters; false spans: name spans that touch
no gold name (in the negative notes every name span is false).
"""

from __future__ import annotations

import argparse
import random
import re
from collections import defaultdict

from faker import Faker

LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL")
LANG = {"en_US": "en", "en_GB": "en", "de_DE": "de", "fr_FR": "fr", "es_ES": "es", "it_IT": "it", "nl_NL": "nl"}

# {n}: full name, {g}: given name alone (the same person again), {f}: family name alone.
POSITIVE = {
    "en": {
        "memo": [
            "memo tuesday spoke to {n} about the boiler still leaking, call back after lunch",
            "ok note to self {n} rang again re invoice 4471 wants a refund asap",
            "per {n} the pallet goes out friday not thursday",
            "need to ask {n} to sign the consent form before monday",
            "meeting with {n} moved to three pm, room b",
            "patient {n} reports mild pain in the left knee, review in two weeks",
            "left a voicemail for {n} about the quote",
            "had a chat with {n} today, {g} is happy with the new rota",
            "this is {n} calling about my order number 5521 please call me back",
            "hi my name is {n} and i am ringing about the parking permit",
            "mr {f} came by the front desk asking for the manager",
            "dr {f} signed off the discharge letter",
            "got an email from {n} saying the delivery was short two boxes",
            "visit done, {n} was not home, left card, {f} to call the depot",
        ],
        "logfmt": [
            "ts=2024-05-02T10:11:09Z level=info user={n} action=login ok=true",
            "level=warn msg=\"password reset\" user=\"{n}\" ip=10.0.0.4",
            "event=ticket_reassigned owner={n} prio=high",
        ],
        "sticky": ["call {n} back!! re keys", "{n} - ring tmrw about the van", "ring {n} before 5"],
        "postcard": [
            "dear {g}, greetings from the coast, weather is lovely. love, {n}",
            "hi {g}! having a great time, see you soon. xx {n}",
        ],
        "changelog": [
            "2024-03-01 14:02 status changed by {n}: open -> closed",
            "record updated by {n} (field: phone)",
            "owner: {n}\nstatus: pending",
            "assigned to {n} on 12/03",
        ],
        "table": [
            "| name | role |\n|---|---|\n| {n} | driver |",
            "| who | task |\n| --- | --- |\n| {n} | inventory |",
        ],
        "mention": ["@{n} can you check the stock count for aisle 4", "cc {n} on the reply please"],
    },
    "de": {
        "memo": [
            "notiz montag habe mit {n} gesprochen wegen der heizung, rückruf nach dem mittag",
            "rückruf von {n} wegen der rechnung 4471, will eine gutschrift",
            "bitte {n} anrufen wegen des termins",
            "termin mit {n} auf donnerstag verschoben",
            "gesprochen mit {n}, {g} ist mit dem angebot einverstanden",
            "patient {n} klagt über schmerzen im knie",
            "hallo ich bin {n} und rufe wegen meiner bestellung an",
            "herr {f} war heute am empfang und wollte den chef sprechen",
            "frau {f} hat angerufen, bitte zurückrufen",
            "laut {n} kommt die lieferung erst freitag",
        ],
        "logfmt": ["ts=2024-05-02T10:11:09Z level=info user={n} aktion=anmeldung ok=true",
                   "ereignis=zuweisung besitzer={n} prio=hoch"],
        "sticky": ["{n} zurückrufen!! schlüssel", "an {n} denken wegen transporter"],
        "postcard": ["liebe {g}, viele grüße von der ostsee, wetter ist super. dein {n}"],
        "changelog": ["2024-03-01 14:02 status geändert von {n}: offen -> erledigt", "zugewiesen an {n} am 12.03."],
        "table": ["| name | aufgabe |\n|---|---|\n| {n} | fahrer |"],
        "mention": ["@{n} kannst du den bestand prüfen", "cc {n} bitte"],
    },
    "fr": {
        "memo": [
            "note lundi appelé {n} au sujet du devis, rappeler après midi",
            "j'ai parlé avec {n} de la facture 4471, {g} veut un avoir",
            "rappeler {n} demain matin",
            "rdv avec {n} reporté à jeudi",
            "patient {n} se plaint de douleurs au genou",
            "bonjour je m'appelle {n} je vous appelle pour ma commande",
            "mme {f} est passée à l'accueil",
            "m. {f} a appelé pour le contrat",
            "selon {n} la livraison arrive vendredi",
        ],
        "logfmt": ["ts=2024-05-02T10:11:09Z niveau=info utilisateur={n} action=connexion",
                   "evenement=attribution responsable={n} prio=haute"],
        "sticky": ["rappeler {n}!! clés", "{n} - appeler demain pour la camionnette"],
        "postcard": ["chère {g}, bisous de la mer, il fait beau. {n}"],
        "changelog": ["2024-03-01 14:02 statut modifié par {n} : ouvert -> fermé", "attribué à {n} le 12/03"],
        "table": ["| nom | rôle |\n|---|---|\n| {n} | chauffeur |"],
        "mention": ["@{n} tu peux vérifier le stock", "cc {n} svp"],
    },
    "es": {
        "memo": [
            "nota lunes hablé con {n} sobre la factura 4471, quiere un abono",
            "llamar a {n} mañana por la mañana",
            "reunión con {n} aplazada al jueves",
            "paciente {n} refiere dolor en la rodilla",
            "hola me llamo {n} llamo por mi pedido",
            "la sra. {f} pasó por la oficina",
            "el sr {f} llamó por el contrato",
            "según {n} el envío sale el viernes, {g} confirma mañana",
        ],
        "logfmt": ["ts=2024-05-02T10:11:09Z nivel=info usuario={n} accion=acceso",
                   "evento=asignacion responsable={n} prio=alta"],
        "sticky": ["llamar a {n}!! llaves", "{n} - devolver llamada"],
        "postcard": ["querida {g}, saludos desde la playa, hace mucho sol. besos, {n}"],
        "changelog": ["2024-03-01 14:02 estado cambiado por {n}: abierto -> cerrado", "asignado a {n} el 12/03"],
        "table": ["| nombre | puesto |\n|---|---|\n| {n} | conductor |"],
        "mention": ["@{n} puedes revisar el stock", "cc {n} por favor"],
    },
    "it": {
        "memo": [
            "nota lunedì ho sentito {n} per il preventivo, richiamare dopo pranzo",
            "richiamare {n} domani mattina",
            "riunione con {n} spostata a giovedì",
            "paziente {n} riferisce dolore al ginocchio",
            "buongiorno mi chiamo {n} chiamo per il mio ordine",
            "il sig. {f} è passato in reception",
            "la sig.ra {f} ha chiamato per il contratto",
            "secondo {n} la consegna arriva venerdì, {g} conferma domani",
        ],
        "logfmt": ["ts=2024-05-02T10:11:09Z livello=info utente={n} azione=accesso",
                   "evento=assegnazione responsabile={n} prio=alta"],
        "sticky": ["richiamare {n}!! chiavi", "{n} - chiamare per il furgone"],
        "postcard": ["cara {g}, saluti dal mare, fa caldo. baci, {n}"],
        "changelog": ["2024-03-01 14:02 stato modificato da {n}: aperto -> chiuso", "assegnato a {n} il 12/03"],
        "table": ["| nome | ruolo |\n|---|---|\n| {n} | autista |"],
        "mention": ["@{n} puoi controllare il magazzino", "cc {n} grazie"],
    },
    "nl": {
        "memo": [
            "notitie maandag gebeld met {n} over de factuur 4471, wil een creditnota",
            "{n} morgen terugbellen",
            "afspraak met {n} verzet naar donderdag",
            "patiënt {n} klaagt over pijn in de knie",
            "hallo ik ben {n} ik bel over mijn bestelling",
            "dhr. {f} is langs geweest bij de balie",
            "mevr. {f} heeft gebeld over het contract",
            "volgens {n} komt de levering vrijdag, {g} bevestigt morgen",
        ],
        "logfmt": ["ts=2024-05-02T10:11:09Z niveau=info gebruiker={n} actie=inloggen",
                   "gebeurtenis=toewijzing eigenaar={n} prio=hoog"],
        "sticky": ["{n} terugbellen!! sleutels", "{n} - bellen over de bus"],
        "postcard": ["lieve {g}, groetjes van zee, het is mooi weer. liefs, {n}"],
        "changelog": ["2024-03-01 14:02 status gewijzigd door {n}: open -> gesloten", "toegewezen aan {n} op 12-03"],
        "table": ["| naam | rol |\n|---|---|\n| {n} | chauffeur |"],
        "mention": ["@{n} kun je de voorraad checken", "cc {n} graag"],
    },
}

# Notes without a person, full of words that are also given or family names.
NEGATIVE = {
    "en": [
        'spoke to the manager about the bill, will call back',
        'per the rose garden plan we replant in may',
        'email from paris office about the grace period',
        'owner=ops user=admin action=deploy',
        'changed by system: open -> closed',
        'dr pepper and chips for the van',
        'cc the sales team on the reply',
        'this is the final version, my name is on the rota',
        'ask hope desk for the form',
        'rang the bank, said the mark was wrong',
        'sunny day, summer hope and joy',
        'meeting with sales moved to friday',
        "will mark the rose bed with a stake, may need more sun, hope the grace period covers the bill",
        "the bill is due in may, mark it in the calendar and call the bank",
        "sunny and warm in paris, florence next week, then york by train",
        "saw carmen at the opera, the mercedes needs new tyres",
        "spoke to the smith about the gate, he will call back with a price",
        "ask the cook for the menu, per kilo price went up",
        "patient reports pain, will review in may, hope it settles",
        "called the bank re the bill, they will mark it paid",
        "level=info user=admin action=login ok=true",
        "owner: ops team\nstatus: pending",
        "assigned to night shift on 12/03",
        "| name | qty |\n|---|---|\n| rose gold chain | 4 |",
        "my name is on the list, this is the final version",
        "gave the angel figure and the rose candle to grace church",
    ],
    "de": [
        'gesprochen mit dem chef wegen der heizung',
        'termin mit frau doktor am montag',
        'laut rosa liste fehlt nichts',
        'rückruf von der bank wegen der rechnung',
        'ich bin heute im büro',
        'herr der ringe auf dvd',
        'user=system besitzer=team',
        'mit allen kollegen gesprochen',
        'bitte koch anrufen wegen menü',
        "der koch hat mit dem fischer über den fang gesprochen",
        "im wald sahen wir einen wolf, der müller mahlt das korn",
        "rosa blüten und ein schwarzer hund am fluss",
        "gesprochen mit dem team wegen der heizung, rückruf morgen",
        "bitte den schmied anrufen wegen des tores",
        "laut plan kommt die lieferung freitag",
        "user=admin aktion=anmeldung ok=true",
        "zugewiesen an frühschicht am 12.03.",
        "ich bin morgen im büro, mark und euro im museum",
    ],
    "fr": [
        'parlé avec le notaire du contrat',
        'rdv avec le médecin jeudi',
        'mme la directrice a signé',
        'appelé le service client',
        'je suis rose de honte',
        'm. le maire est passé',
        'selon la météo il pleut',
        'utilisateur=admin action=connexion',
        "la pierre du mur est fissurée, il faut la remplacer",
        "appelé le service client au sujet du devis, rappeler demain",
        "rdv avec le notaire reporté à jeudi",
        "une rose blanche et un angel cake pour la fête",
        "selon le plan la livraison arrive vendredi",
        "attribué à équipe de nuit le 12/03",
        "je m'appelle pas, je passe demain",
    ],
    "es": [
        'hablé con el banco sobre la factura',
        'según la luz del sol',
        'la sra. directora firmó',
        'me llamo la atención el precio',
        'cita con el dentista el jueves',
        'usuario=admin accion=acceso',
        'llamar a casa mañana',
        'el sr. alcalde pasó',
        "la rosa blanca del jardín y el perro moreno",
        "hablé con el banco sobre la factura, llaman mañana",
        "luz y sol en la playa, un ángel en la iglesia",
        "reunión con el equipo aplazada al jueves",
        "el coche blanco de mercedes en el taller",
        "asignado a turno de noche el 12/03",
        "según el plan el envío sale el viernes",
    ],
    "it": [
        'ho sentito la banca per il mutuo',
        'secondo la rosa dei venti',
        'il sig. direttore è passato',
        'mi chiamo fuori',
        'riunione con il capo giovedì',
        'utente=admin azione=accesso',
        'richiamare domani mattina',
        "una rosa rossa e un leone di pietra in piazza",
        "ho sentito il fornitore per il preventivo",
        "riunione con il team spostata a giovedì",
        "secondo il piano la consegna arriva venerdì",
        "assegnato a turno di notte il 12/03",
        "il sole e la luna sopra firenze",
    ],
    "nl": [
        'gebeld met de bank over de factuur',
        'volgens de kok is het menu klaar',
        'dhr. directeur komt morgen',
        'ik ben moe',
        'afspraak met de bakker verzet',
        'mevr. de directeur belt terug',
        'gebruiker=admin actie=inloggen',
        "de kok en de visser praten in het bos over de vangst",
        "gebeld met de bank over de factuur, morgen terugbellen",
        "afspraak met de tandarts verzet naar donderdag",
        "een wolf in het bos van de boer",
        "volgens de planning komt de levering vrijdag",
        "toegewezen aan nachtdienst op 12-03",
        "ik ben morgen op kantoor, de bakker komt om acht uur",
    ],
}

_SYLLABLES = ("bra", "ko", "wi", "ter", "hal", "len", "mon", "dri", "vas", "quel", "tor", "sen", "gru", "bel",
              "nak", "ros", "zi", "lup", "ver", "dun")  # fmt: skip


def invented_family(rng: random.Random) -> str:
    """A family name no list holds ("brakowitz"-like): tests the 'not a dictionary word' path."""
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3)))


def person(fake: Faker, rng: random.Random) -> tuple[str, str]:
    given = fake.first_name().split()[0].lower()
    family = invented_family(rng) if rng.random() < 0.2 else fake.last_name().lower()
    return given, family


def positive_notes(locale: str, n: int, seed: int) -> list[tuple[str, str, list[tuple[int, int]]]]:
    """(style, note, gold spans) for ``n`` notes of ``locale``."""
    rng = random.Random(f"{seed}-{locale}")
    fake = Faker(locale)
    fake.seed_instance(seed)
    templates = [(style, t) for style, ts in POSITIVE[LANG[locale]].items() for t in ts]
    out = []
    for _ in range(n):
        style, template = rng.choice(templates)
        given, family = person(fake, rng)
        values = {"n": f"{given} {family}", "g": given, "f": family}
        text, gold, pos = "", [], 0
        for m in re.finditer(r"\{(\w)\}", template):
            text += template[pos : m.start()]
            value = values[m.group(1)]
            gold.append((len(text), len(text) + len(value)))
            text += value
            pos = m.end()
        text += template[pos:]
        out.append((style, text, gold))
    return out


def _covered(span: tuple[int, int], found: list[tuple[int, int]], text: str) -> bool:
    return all(
        any(a <= i < b for a, b in found) for i in range(span[0], span[1]) if text[i].isalpha()
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--n", type=int, default=60)
    parser.add_argument("--show", action="store_true", help="print misses and false spans")
    args = parser.parse_args()
    from safe_synthesizer.pii.text_detector import load_text_detector

    det = load_text_detector(["name", "first_name", "last_name"])
    names = {"name", "first_name", "last_name"}
    total = defaultdict(lambda: [0, 0, 0])  # locale -> hit, gold, false
    by_style = defaultdict(lambda: [0, 0])
    neg_false = defaultdict(int)
    for locale in LOCALES:
        notes = positive_notes(locale, args.n, args.seed)
        spans = det.find_spans([t for _, t, _ in notes])
        for (style, text, gold), found in zip(notes, spans, strict=True):
            found = [(s.start, s.end) for s in found if s.entity in names]
            for g in gold:
                ok = _covered(g, found, text)
                total[locale][0] += ok
                total[locale][1] += 1
                by_style[style][0] += ok
                by_style[style][1] += 1
                if not ok and args.show:
                    print(f"MISS {locale} {text[g[0]:g[1]]!r} in {text!r}")
            for a, b in found:
                if not any(a < gb and ga < b for ga, gb in gold):
                    total[locale][2] += 1
                    if args.show:
                        print(f"FALSE {locale} {text[a:b]!r} in {text!r}")
        negs = NEGATIVE[LANG[locale]]
        for text, found in zip(negs, det.find_spans(negs), strict=True):
            for s in found:
                if s.entity in names:
                    neg_false[locale] += 1
                    if args.show:
                        print(f"NEG {locale} {text[s.start:s.end]!r} in {text!r}")
    print("locale  recall        false(pos notes)  false(neg notes)")
    for locale in LOCALES:
        hit, gold, false = total[locale]
        print(f"{locale}   {hit}/{gold} = {hit / gold:.3f}   {false}   {neg_false[locale]}")
    hit, gold = sum(v[0] for v in total.values()), sum(v[1] for v in total.values())
    print(f"all     {hit}/{gold} = {hit / gold:.3f}   {sum(v[2] for v in total.values())}   {sum(neg_false.values())}")
    for style, (h, g) in sorted(by_style.items()):
        print(f"  {style:10s} {h}/{g} = {h / g:.3f}")


if __name__ == "__main__":
    main()
