"""Held-out set 28: the column headers each export system writes, in the languages it exports in.

None of these systems was used by sets 1-27: a public library's Koha patron export (Koha's own ``borrowers``
field names, English and lower case whatever the country: ``surname``, ``streetnumber``, ``B_address``,
``contactname``, ``dateofbirth``), a web shop's WooCommerce order export (``billing_first_name``,
``shipping_address_1``, ``customer_note``, line-item meta ``_lot_number``), a small firm's Personio employee
export (its attributes in the account's language: ``Vorname``, ``Date de naissance``, ``Steuer-ID``,
``Notfallkontakt``), a guesthouse's property-management guest register (the police registration fields in the
country's language: ``Zimmer``, ``Anreise``, ``Name, Vorname`` written ``LAST First``, ``Kfz-Kennzeichen``), a
wedding planner's Zola guest list re-saved in Excel (the partner's columns have the same headers as the guest's:
pandas reads ``First Name.1``), a theatre's Spektrix customer report (``Addressee``, ``Address Line 1`` with the
house number first), a car dealer's DMS service-reminder list (German-style field names in the country's
language, one header cell lost: ``Unnamed: 9``) and a physiotherapy practice's Calendly export (the intake
questions as ``Question 1``/``Response 1`` pairs: the header says nothing of the answer).
"""

from __future__ import annotations

LANGS = ("en", "de", "fr", "es", "it", "nl", "pt")


def _t(*labels: str) -> dict[str, str]:
    """One field's label in ``LANGS`` order (a missing one is the English)."""
    return dict(zip(LANGS, labels + (labels[0],) * (len(LANGS) - len(labels)), strict=True))


def label(table: dict[str, dict[str, str]], key: str, lg: str) -> str:
    """The header of field ``key`` in language ``lg`` (English where the system has no such language here)."""
    return table[key].get(lg, table[key]["en"])


KOHA = ("borrowernumber", "cardnumber", "surname", "firstname", "title", "othernames", "initials", "streetnumber",
        "address", "address2", "city", "zipcode", "country", "email", "phone", "mobile", "dateofbirth", "branchcode",
        "categorycode", "dateenrolled", "dateexpiry", "contactname", "contactfirstname", "relationship", "sex",
        "sort1", "borrowernotes", "B_address", "B_city")  # fmt: skip

WOO = ("order_number", "order_date", "status", "billing_first_name", "billing_last_name", "billing_company",
       "billing_address_1", "billing_address_2", "billing_postcode", "billing_city", "billing_country",
       "billing_email", "billing_phone", "shipping_first_name", "shipping_last_name", "shipping_address_1",
       "shipping_postcode", "shipping_city", "shipping_phone", "payment_method_title", "order_total",
       "coupon_items", "line_item_1", "_lot_number", "customer_note")  # fmt: skip

PERSONIO = {
    "id": _t("ID", "ID", "ID", "ID", "ID", "ID", "ID"),
    "first": _t("First name", "Vorname", "Prénom", "Nombre", "Nome", "Voornaam", "Nome próprio"),
    "last": _t("Last name", "Nachname", "Nom", "Apellidos", "Cognome", "Achternaam", "Apelido"),
    "email": _t("Email", "E-Mail", "E-mail", "Correo electrónico", "E-mail", "E-mail", "E-mail"),
    "position": _t("Position", "Position", "Poste", "Puesto", "Posizione", "Functie", "Cargo"),
    "department": _t("Department", "Abteilung", "Département", "Departamento", "Reparto", "Afdeling", "Departamento"),
    "supervisor": _t("Supervisor", "Vorgesetzte:r", "Responsable", "Responsable", "Responsabile", "Leidinggevende",
                     "Responsável"),
    "hire": _t("Hire date", "Eintrittsdatum", "Date d'embauche", "Fecha de incorporación", "Data di assunzione",
               "Datum in dienst", "Data de admissão"),
    "dob": _t("Date of birth", "Geburtstag", "Date de naissance", "Fecha de nacimiento", "Data di nascita",
              "Geboortedatum", "Data de nascimento"),
    "taxid": _t("Tax ID", "Steuer-ID", "Numéro de sécurité sociale", "DNI/NIE", "Codice fiscale", "BSN", "NIF"),
    "iban": _t("IBAN", "IBAN", "IBAN", "IBAN", "IBAN", "IBAN", "IBAN"),
    "address": _t("Private address", "Privatadresse", "Adresse personnelle", "Dirección particular",
                  "Indirizzo privato", "Privéadres", "Morada"),
    "phone": _t("Private phone", "Telefon (privat)", "Téléphone personnel", "Teléfono personal", "Telefono privato",
                "Telefoon privé", "Telefone pessoal"),
    "emergency": _t("Emergency contact", "Notfallkontakt", "Contact d'urgence", "Contacto de emergencia",
                    "Contatto di emergenza", "Contactpersoon bij nood", "Contacto de emergência"),
    "emergency_phone": _t("Emergency contact phone", "Notfallkontakt Telefon", "Téléphone d'urgence",
                          "Teléfono de emergencia", "Telefono di emergenza", "Telefoon noodcontact",
                          "Telefone de emergência"),
    "cost": _t("Cost center", "Kostenstelle", "Centre de coûts", "Centro de coste", "Centro di costo",
               "Kostenplaats", "Centro de custo"),
    "notes": _t("Notes", "Notizen", "Remarques", "Notas", "Note", "Notities", "Notas"),
}  # fmt: skip

GUESTREG = {
    "room": _t("Room", "Zimmer", "Chambre", "Habitación", "Camera", "Kamer", "Quarto"),
    "arrival": _t("Arrival", "Anreise", "Arrivée", "Entrada", "Arrivo", "Aankomst", "Entrada"),
    "departure": _t("Departure", "Abreise", "Départ", "Salida", "Partenza", "Vertrek", "Saída"),
    "name": _t("Surname First name", "Name, Vorname", "Nom Prénom", "Apellidos y nombre", "Cognome e nome",
               "Naam", "Apelido e nome"),
    "dob": _t("Date of birth", "Geburtsdatum", "Date de naissance", "Fecha de nacimiento", "Data di nascita",
              "Geboortedatum", "Data de nascimento"),
    "nationality": _t("Nationality", "Staatsangehörigkeit", "Nationalité", "Nacionalidad", "Cittadinanza",
                      "Nationaliteit", "Nacionalidade"),
    "doc": _t("ID document no.", "Ausweis-Nr.", "N° pièce d'identité", "Nº documento", "N. documento",
              "Documentnummer", "N.º documento"),
    "street": _t("Street", "Straße", "Rue", "Calle", "Via", "Straat", "Rua"),
    "postcode": _t("Postcode", "PLZ", "CP", "C.P.", "CAP", "Postcode", "Código postal"),
    "town": _t("Town", "Ort", "Ville", "Localidad", "Località", "Plaats", "Localidade"),
    "phone": _t("Phone", "Telefon", "Téléphone", "Teléfono", "Telefono", "Telefoon", "Telefone"),
    "email": _t("Email", "E-Mail", "E-mail", "Email", "Email", "E-mail", "Email"),
    "plate": _t("Car registration", "Kfz-Kennzeichen", "Immatriculation", "Matrícula", "Targa", "Kenteken",
                "Matrícula"),
    "companion": _t("Accompanied by", "Mitreisende", "Accompagnant", "Acompañante", "Accompagnatore", "Medereiziger",
                    "Acompanhante"),
    "rate": _t("Rate", "Preis/Nacht", "Tarif", "Tarifa", "Tariffa", "Tarief", "Tarifa"),
    "notes": _t("Remarks", "Bemerkung", "Remarque", "Observaciones", "Note", "Opmerking", "Observações"),
}  # fmt: skip

ZOLA = ("Title", "First Name", "Last Name", "Suffix", "Title.1", "First Name.1", "Last Name.1", "Child 1 First Name",
        "Street Address 1", "Street Address 2", "City", "State/Region", "Zip/Postal Code", "Country", "Email",
        "Phone", "Tags", "RSVP", "Meal", "Table", "Unnamed: 20", "Notes")  # fmt: skip

SPEKTRIX = ("Customer ID", "Title", "First Name", "Last Name", "Addressee", "Address Line 1", "Address Line 2",
            "Town", "Postcode", "Country", "Email", "Home Phone", "Mobile Phone", "Seat", "Ticket No", "Cloakroom",
            "Last Booking", "Membership", "Access Requirements")  # fmt: skip

DMS = {
    "plate": _t("Registration", "Kennzeichen", "Immatriculation", "Matrícula", "Targa", "Kenteken", "Matrícula"),
    "vin": _t("VIN", "FIN", "VIN", "Bastidor", "Telaio", "Chassisnummer", "VIN"),
    "make": _t("Make/Model", "Marke/Modell", "Marque/Modèle", "Marca/Modelo", "Marca/Modello", "Merk/Model",
               "Marca/Modelo"),
    "first_reg": _t("First registered", "Erstzulassung", "Mise en circulation", "Primera matriculación",
                    "Immatricolazione", "Datum eerste toelating", "Data de matrícula"),
    "customer": _t("Customer", "Kunde", "Client", "Cliente", "Cliente", "Klant", "Cliente"),
    "salutation": _t("Salutation", "Anrede", "Civilité", "Tratamiento", "Titolo", "Aanhef", "Tratamento"),
    "street": _t("Address", "Straße", "Adresse", "Dirección", "Indirizzo", "Adres", "Morada"),
    "postcode": _t("Postcode", "PLZ", "CP", "CP", "CAP", "Postcode", "CP"),
    "town": _t("Town", "Ort", "Ville", "Población", "Comune", "Woonplaats", "Localidade"),
    "phone": _t("Phone", "Tel. privat", "Tél. domicile", "Teléfono", "Tel. casa", "Tel. privé", "Tel. casa"),
    "dob": _t("Date of birth", "Geb.-Datum", "Né(e) le", "F. nacimiento", "Data nascita", "Geb.datum", "Data nasc."),
    "advisor": _t("Service advisor", "Serviceberater", "Conseiller", "Asesor", "Accettatore", "Serviceadviseur",
                  "Consultor"),
    "branch": _t("Branch", "Filiale", "Site", "Concesionario", "Sede", "Vestiging", "Filial"),
    "due": _t("Next service due", "Nächste HU", "Prochain CT", "Próxima ITV", "Prossima revisione", "APK-datum",
              "Próxima inspeção"),
    "km": _t("Mileage", "Km-Stand", "Kilométrage", "Kilometraje", "Km", "Km-stand", "Quilometragem"),
    "notes": _t("Comment", "Bemerkung", "Commentaire", "Comentario", "Commento", "Opmerking", "Comentário"),
}  # fmt: skip

CALENDLY = ("Invitee Name", "Invitee First Name", "Invitee Last Name", "Invitee Email", "Text Reminder Number",
            "Event Type Name", "Start Date & Time", "End Date & Time", "Invitee Time Zone", "Scheduled At",
            "Assigned To", "Canceled", "Question 1", "Response 1", "Question 2", "Response 2", "Question 3",
            "Response 3", "Question 4", "Response 4", "UTM Source")  # fmt: skip
# The practice's intake questions, in the language it asks them (Calendly keeps the question's own text).
CALENDLY_Q = {
    "dob": _t("Date of birth", "Geburtsdatum", "Date de naissance", "Fecha de nacimiento", "Data di nascita",
              "Geboortedatum", "Data de nascimento"),
    "address": _t("Home address", "Wohnadresse", "Adresse", "Domicilio", "Indirizzo", "Woonadres", "Morada"),
    "reason": _t("What brings you in?", "Was führt Sie zu uns?", "Motif de la consultation", "Motivo de la consulta",
                 "Motivo della visita", "Reden van uw bezoek", "Motivo da consulta"),
    "emergency": _t("Emergency contact (name and phone)", "Notfallkontakt (Name, Telefon)",
                    "Personne à prévenir (nom, téléphone)", "Contacto de emergencia (nombre y teléfono)",
                    "Contatto di emergenza (nome e telefono)", "Contactpersoon (naam en telefoon)",
                    "Contacto de emergência (nome e telefone)"),
}  # fmt: skip


def header_lang(lg: str) -> str:
    """The language a localized system (Personio, the guest register, the DMS) writes its headers in here."""
    return lg if lg in LANGS else "en"
