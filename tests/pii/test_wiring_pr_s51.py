# ruff: noqa: E501  (the three tables are kept as the CSV they were exported as)
"""Helper PR's wiring (session 51), end to end: a salon's services named after people, a Greenlandic kennel's owners
written both ways round and a raffle's sparse town column are planned as they are (set 36 sq_AL, kl_GL, sw_KE
36001, seen). Fails unwired (Service -> name, owner_1 -> city, c007 -> name), passes wired."""

from __future__ import annotations

import io

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns

SALON = """\
Ref,Scheduled Date,Time,Client,Client Mobile,Client Email,Service,Team Member,Price,Status,Deposit card,Booked by
#147530,01/08/2024,12:00,Sarah Flores,067 559 4369,,Vidal Sassoon bob,Erik,75.00,Completed,4788 0475 7711 2015,
#147531,04/05/2025,11:45,Jordan Campbell,069 985 0685,,The Audrey blow-dry,Jonathan,113.00,Cancelled,,
#147532,05/10/2024,15:45,Jordan Campbell,069 985 0685,campbell.jordan@yahoo.com,Gents cut,Jonathan,156.00,Booked,,
#147533,08/11/2024,12:45,Jordan Campbell,+355 69 985 0685,,The Audrey blow-dry,Jonathan,75.00,Booked,,
#147534,10/07/2025,16:30,James Cantrell,+355 67 216 0138,,Gents cut,Jonathan,59.00,Cancelled,,
#147535,11/05/2025,9:45,Antonio Greene,+355 67 674 9053,,Root tint,Christopher,60.00,No show,,
#147536,13/06/2024,11:15,Kristina Taylor,+355 67 277 3428,kristina.taylor@yahoo.com,Bridal trial,Christopher,95.00,No show,,Jordan Campbell
#147537,15/06/2025,15:00,Jordan Campbell,069 985 0685,,Keratin,Jonathan,138.00,Cancelled,,
#147538,18/08/2024,18:15,Jordan Campbell,+355 69 985 0685,campbell.jordan@yahoo.com,Root tint,Erik,66.00,Booked,,Kristina Taylor
#147539,28/10/2024,14:15,Sarah Flores,067.559.4369,,Vidal Sassoon bob,Richard,65.00,Completed,,
"""

KENNEL = """\
booking_no_1,owner_1,owner_tel_1,address_1,pet_1,breed_1,block_1,vet_1,emergency_contact_1,emergency_tel_1,check_in_1,nights_1
293,Broberg Juaaka,221969,"Kuussuaq 71, 3922 Nanortalik",Rocky,Labrador,Nightingale,Meadow Vets,,,01.11.2025,20
294,Paninnguaq Broberg,22.06.25,"Siaqqinneq 49, 3911 Sisimiut",Milo,Cocker Spaniel,Nightingale,St Francis Animal Clinic,,,02.08.2025,1
295,Broberg Juaaka,22.19.69,"Kuussuaq 71, 3922 Nanortalik",Rocky,Cocker Spaniel,Darwin wing,Harris & Hale Vets,,,02.11.2024,1
296,Geisler Inuk,225000,"B-1381, 3962 Upernavik",Rocky,Border Collie,Churchill,St Francis Animal Clinic,,,06.11.2025,9
297,Kuupik Egede,32.65.90 x397,"Kongevej 114, 3900 Nuuk",Rocky,Labrador,Darwin wing,Harris & Hale Vets,Nukannguaq Sandgreen,22 12 50,08.04.2026,19
298,Minik Broberg,279498,"Nuukullak 75, 3913 Tasiilaq",Poppy,Border Collie,Churchill,Harris & Hale Vets,,,08.05.2025,14
299,Ivalu Ostermann,221836,"Qullilerfik 63, 3951 Qasigiannguit",Bruno,Cocker Spaniel,Nightingale,Meadow Vets,Inuk Geisler,22 50 00,10.08.2024,7
300,Kuupik Egede,221609,"Kongevej 114, 3900 Nuuk",Luna,Jack Russell,Wellington,St Francis Animal Clinic,,,11.01.2025,17
301,Egede Kuupik,+299221609,"Kongevej 114, 3900 Nuuk",Bruno,Labrador,Nightingale,Harris & Hale Vets,,,12.01.2025,12
302,Juaaka Broberg,221969,"Kuussuaq 71, 3922 Nanortalik",Bruno,Border Collie,Wellington,Harris & Hale Vets,Juaaka Broberg,22 19 69,12.11.2025,21
303,Frederiksen Aviaja,+299220661,"Qullilerfik 101, 3940 Paamiut",Rocky,Jack Russell,Wellington,Harris & Hale Vets,Kuupik Olsen,26 98 63,13.11.2025,5
304,Egede Kuupik,221609,"Kongevej 114, 3900 Nuuk",Max,Maine Coon,Churchill,Harris & Hale Vets,Juaaka Broberg,22 19 69,14.08.2025,11
305,Kleist Ane,+299321318,"Hans Egedesvej 13, 3921 Narsaq",Bruno,Labrador,Churchill,Meadow Vets,,,15.07.2025,2
306,Kuitse Kirsten,+299221561,"Kongevej 111, 3952 Ilulissat",Nala,Border Collie,Wellington,Harris & Hale Vets,Kuupik Olsen,26 98 63,16.06.2024,12
307,Inuk Kristiansen,236491,"Kongevej 43, 3905 Nuussuaq",Bella,Maine Coon,Wellington,Meadow Vets,Aqqaluk Motzfeldt,22 53 14,16.06.2024,16
308,Juaaka Broberg,+299326182,"Kuussuaq 71, 3922 Nanortalik",Bella,Border Collie,Churchill,Harris & Hale Vets,,,17.12.2025,10
309,Broberg Paninnguaq,22.06.25,"Siaqqinneq 49, 3911 Sisimiut",Bruno,Jack Russell,Darwin wing,Meadow Vets,,,18.09.2024,2
310,Sandgreen Nukannguaq,22.12.50,"Eqalugalinnguit 89, 3913 Tasiilaq",Rocky,Border Collie,Wellington,St Francis Animal Clinic,,,21.06.2024,10
311,Geisler Inuk,22.50.00,"B-1381, 3962 Upernavik",Rocky,Jack Russell,Darwin wing,St Francis Animal Clinic,Ane Kleist,22 51 94,22.12.2024,8
312,Kuupik Egede,326590,"Kongevej 114, 3900 Nuuk",Max,Cocker Spaniel,Darwin wing,St Francis Animal Clinic,,,23.10.2024,1
"""

RAFFLE = """\
c000,c001,c002,c003,c004,c005,c006,c007
131-135,Samuel,wanjiru kiptoo,0712 283994,£10,Hamper (Miller family),,
136-140,Samuel,akinyi kiprono,+254 20 0501305,£10,Signed shirt,,
141-145,Mercy,dennis wambui,+254 758 966227,owes,Meal for two,,West Alexandershire
146-150,Caroline,mary chebet,+254 712 745342,owes,,,
151-155,Caroline,esther mwangi,+254 720 837882,owes,,453 Elizabeth Greens,
156-160,Caroline,wanjiru kiptoo,+254 712 283994,£5,,,
161-165,Samuel,dennis wambui,+254 758 966227,owes,Meal for two,,West Alexandershire
166-170,Peter,grace wambui,020 2171770,owes,Hamper (Miller family),,
171-175,Peter,wanjiru kiptoo,+254 712 283994,owes,,,
176-180,Samuel,akinyi kiprono,0710 653687,£10,,,
181-185,Caroline,akinyi kiprono,0710 653687,£5,,,
"""


def _plans(text: str) -> dict[str, str]:
    df = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_a_salon_service_named_after_people_is_no_name_column() -> None:
    plans = _plans(SALON)
    assert "Service" not in plans
    assert plans["Client"] == "name"


def test_owners_written_both_ways_round_are_names_not_towns() -> None:
    assert _plans(KENNEL)["owner_1"] == "name"


def test_a_raffle_buyers_sparse_town_is_a_town_column() -> None:
    assert _plans(RAFFLE)["c007"] == "city"
