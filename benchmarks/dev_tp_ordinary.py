"""TP's precision check: ordinary notes full of numbers that are no PII (amounts, dates, times, order numbers,
quantities, postcodes, references), in several languages. Every phone/id/IBAN/card span found is printed.

Usage: PYTHONPATH=src .venv/bin/python benchmarks/dev_tp_ordinary.py   (or another tree's src to compare)
"""

from __future__ import annotations

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.locales import PHONE_REGIONS
from safe_synthesizer.pii.text_patterns import pattern_spans

WANTED = frozenset({E.PHONE_NUMBER, E.NATIONAL_ID, E.IBAN, E.CREDIT_DEBIT_CARD})
NOTES = [
    ("GB", "Order 40912837 shipped on 12/05/2024, that's 3 days late; refund 12.50 GBP (ref 2024051233)."),
    ("GB", "Invoice total (12345678) or billing@shop.co.uk for questions."),
    ("GB", "Delivered to SW1A 1AA, i.e. 10 Downing St; parcel 123456 weighs 2.5 kg."),
    ("DE", "Bestellung 48291733 vom 03.04.2024, d.h. 48291734 ist die Nachlieferung."),
    ("FR", "Commande n° 20240412 livrée au 75011 Paris, soit 120000 points fidélité."),
    ("FR", "Réunion (14h30) avec Claire (salle 204), budget (12 500 000) validé."),
    ("ES", "Pedido (51234567) o consulte pedidos@tienda.es; factura 2024-0012."),
    ("US", "Tracking no. 1Z999AA10123456784, i.e. 9400 1000 0000 0000 0000 00 for USPS."),
    ("US", "Flight 1198 at 10:42, gate 22, seat 14C; budget 1 200 000 for 2024 or 2025."),
    ("US", "The model Grace 2 (2024) comes in sizes 38-30-40; about 120000 sold."),
    ("NO", "Konto 1503 12 34567 eller faktura 20240112; beløp 4 500 kr."),
    ("DK", "Ordre 34400187 er sendt, dvs. 34400188 følger senere."),
    ("RW", "Budget 1 200 000 000 000 RWF for the district, project 2023 7 1234567 0 01."),
    ("ZW", "Stand 13-433122 T 13 at the show, lot 63 and 64."),
    ("MO", "Room 7295369(7) is a serial, not an id; batch 1234567(8)."),
    ("GL", "tel +299 22 54 92, 3900 Nuuk; 2 children, 226783 kr saved."),
    ("JO", "Model JO90 version 2.1, Flight QA67 to Doha, KW94 at gate 12."),
    ("US", "Witness statement ref (51234567) was filed; the witness said it was fine (41234567)."),
    ("US", "Harvest (20231104) ran long; Harry Potter (1997) is a book; Paris (75001) is in France."),
    ("US", "Order for Harry (771234567) shipped; the team (51234567) won."),
]


def main() -> None:
    total = 0
    for region, text in NOTES:
        regions = (region, *(r for r in PHONE_REGIONS if r != region))
        spans = sorted({(a, b, e) for a, b, e in pattern_spans(text, regions, WANTED) if e in WANTED})
        total += len(spans)
        if spans:
            print([(e, text[a:b]) for a, b, e in spans], "<-", text)
    print("spans on ordinary notes:", total)


if __name__ == "__main__":
    main()
