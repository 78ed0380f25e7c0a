"""Held-out set 29: the column headers each export system writes, in the languages it exports in.

None of these systems was used by sets 1-28: an SAP customer master download (table ``KNA1``'s technical field
names whatever the country: ``NAME1``, ``NAME2``, ``STRAS``, ``PSTLZ``, ``ORT01``, ``TELF1``, ``SORTL``, with the
contact person's birth date ``GBDAT`` from ``KNVK``), a Google Contacts CSV (``Given Name``, ``Family Name``,
``Phone 1 - Type``/``Phone 1 - Value``, ``Address 1 - Formatted``, ``Relation 1 - Value``), a charity's Salesforce
NPSP donor report (``Contact: First Name``-style report columns, ``Account Name`` of the household), a dental
practice's patient list (headers in the practice's language: ``Vorname``, ``Nom``, ``Fecha nac.``), a pharmacy's
dispensing log (in the language: ``Rezept-Nr.``, ``Patient``, ``Abgeholt von``), a hotel's Opera PMS profile
export (Oracle column names ``NAME_ID``, ``BIRTH_DATE`` ``05-MAR-56``), a courier's delivery manifest (in the
language: ``Empfänger``, ``Zustellhinweis``) and a ferry's passenger manifest (English, APIS-style).
"""

from __future__ import annotations

LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "ca", "hu", "rm")


def _t(*labels: str) -> dict[str, str]:
    """One field's label in ``LANGS`` order (a missing one is the English)."""
    return dict(zip(LANGS, labels, strict=False))


def label(table: dict[str, dict[str, str]], key: str, lg: str) -> str:
    """The header of field ``key`` in language ``lg`` (English where the system has no such language here)."""
    return table[key].get(lg) or table[key]["en"]


SAP = {k: k for k in ("KUNNR", "ANRED", "NAME1", "NAME2", "SORTL", "STRAS", "PSTLZ", "ORT01", "LAND1", "REGIO",
                      "TELF1", "TELF2", "TELFX", "SMTP_ADDR", "STCD1", "GBDAT", "ERDAT", "ERNAM", "KTOKD",
                      "BRSCH", "ZTERM", "KDGRP", "BANKN", "IBAN", "ZZ_BEMERKUNG")}  # fmt: skip
GOOGLE = ("Name", "Given Name", "Additional Name", "Family Name", "Yomi Name", "Given Name Yomi",
          "Additional Name Yomi", "Family Name Yomi", "Name Prefix", "Name Suffix", "Initials", "Nickname",
          "Short Name", "Maiden Name", "Birthday", "Gender", "Location", "Billing Information", "Directory Server",
          "Mileage", "Occupation", "Hobby", "Sensitivity", "Priority", "Subject", "Notes", "Language", "Photo",
          "Group Membership", "E-mail 1 - Type", "E-mail 1 - Value", "Phone 1 - Type", "Phone 1 - Value",
          "Phone 2 - Type", "Phone 2 - Value", "Address 1 - Type", "Address 1 - Formatted", "Address 1 - Street",
          "Address 1 - City", "Address 1 - PO Box", "Address 1 - Region", "Address 1 - Postal Code",
          "Address 1 - Country", "Address 1 - Extended Address", "Organization 1 - Type", "Organization 1 - Name",
          "Organization 1 - Title", "Relation 1 - Type", "Relation 1 - Value", "Event 1 - Type",
          "Event 1 - Value")  # fmt: skip
NPSP = {
    "id": _t("Contact ID", "Kontakt-ID", "ID du contact", "ID de contacto", "ID contatto", "Contact-ID"),
    "salutation": _t("Salutation", "Anrede", "Civilité", "Saludo", "Titolo", "Aanhef"),
    "first": _t("First Name", "Vorname", "Prénom", "Nombre", "Nome", "Voornaam"),
    "last": _t("Last Name", "Nachname", "Nom", "Apellidos", "Cognome", "Achternaam"),
    "informal": _t("Informal Greeting", "Informelle Anrede", "Formule informelle", "Saludo informal",
                   "Saluto informale", "Informele aanhef"),
    "formal": _t("Formal Greeting", "Formelle Anrede", "Formule formelle", "Saludo formal", "Saluto formale",
                 "Formele aanhef"),
    "account": _t("Account Name", "Accountname", "Nom du compte", "Nombre de la cuenta", "Nome account",
                  "Accountnaam"),
    "street": _t("Mailing Street", "Postanschrift Straße", "Rue (adresse postale)", "Calle de correo",
                 "Via postale", "Poststraat"),
    "city": _t("Mailing City", "Postanschrift Ort", "Ville (adresse postale)", "Ciudad de correo",
               "Città postale", "Postplaats"),
    "zip": _t("Mailing Zip/Postal Code", "Postanschrift PLZ", "Code postal (adresse postale)",
              "Código postal de correo",
              "CAP postale", "Postcode"),
    "country": _t("Mailing Country", "Postanschrift Land", "Pays (adresse postale)", "País de correo", "Paese postale",
                  "Postland"),
    "phone": _t("Home Phone", "Telefon (privat)", "Téléphone domicile", "Teléfono particular", "Telefono casa",
                "Telefoon thuis"),
    "mobile": _t("Mobile", "Mobiltelefon", "Mobile", "Móvil", "Cellulare", "Mobiel"),
    "email": _t("Email", "E-Mail", "E-mail", "Correo electrónico", "Email", "E-mail"),
    "dob": _t("Birthdate", "Geburtsdatum", "Date de naissance", "Fecha de nacimiento", "Data di nascita",
              "Geboortedatum"),
    "opp": _t("Opportunity Name", "Opportunity-Name", "Nom de l'opportunité", "Nombre de la oportunidad",
              "Nome opportunità", "Naam opportunity"),
    "amount": _t("Amount", "Betrag", "Montant", "Importe", "Importo", "Bedrag"),
    "close": _t("Close Date", "Abschlussdatum", "Date de clôture", "Fecha de cierre", "Data chiusura",
                "Sluitingsdatum"),
    "campaign": _t("Primary Campaign Source", "Primäre Kampagnenquelle", "Source de campagne principale",
                   "Origen de campaña principal", "Fonte campagna principale", "Primaire campagnebron"),
    "stage": _t("Stage", "Phase", "Étape", "Etapa", "Fase", "Fase"),
    "owner": _t("Contact Owner", "Kontaktinhaber", "Propriétaire du contact", "Propietario del contacto",
                "Titolare contatto", "Eigenaar contactpersoon"),
    "notes": _t("Stewardship Notes", "Betreuungsnotizen", "Notes de suivi", "Notas de seguimiento",
                "Note di relazione", "Relatienotities"),
}  # fmt: skip
DENTAL = {
    "id": _t("Patient No", "Pat.-Nr.", "N° patient", "N.º paciente", "N. paziente", "Patiëntnr.", "N.º utente",
             "Núm. pacient", "Páciens sz.", "Nr. pazient"),
    "title": _t("Title", "Anrede", "Civilité", "Tratamiento", "Titolo", "Aanhef", "Tratamento", "Tractament",
                "Megszólítás", "Salid"),
    "first": _t("Forename", "Vorname", "Prénom", "Nombre", "Nome", "Voornaam", "Nome próprio", "Nom", "Keresztnév",
                "Prenum"),
    "last": _t("Surname", "Nachname", "Nom", "Apellidos", "Cognome", "Achternaam", "Apelido", "Cognoms",
               "Vezetéknév", "Num"),
    "pref": _t("Known As", "Rufname", "Dit(e)", "Conocido como", "Detto", "Roepnaam", "Conhecido como",
               "Conegut com", "Becenév", "Num da clom"),
    "dob": _t("DOB", "Geb.-Datum", "Né(e) le", "Fecha nac.", "Data nascita", "Geb.datum", "Data nasc.", "Data naix.",
              "Szül. dátum", "Data da naschientscha"),
    "age": _t("Age", "Alter", "Âge", "Edad", "Età", "Leeftijd", "Idade", "Edat", "Életkor", "Vegliadetgna"),
    "addr1": _t("Address 1", "Straße", "Adresse", "Dirección", "Indirizzo", "Adres", "Morada", "Adreça", "Cím",
                "Adressa"),
    "addr2": _t("Address 2", "Adresszusatz", "Complément", "Dirección 2", "Indirizzo 2", "Adres 2", "Morada 2",
                "Adreça 2", "Cím 2", "Adressa 2"),
    "town": _t("Town", "Ort", "Ville", "Localidad", "Città", "Plaats", "Localidade", "Població", "Település",
               "Lieu"),
    "pc": _t("Postcode", "PLZ", "CP", "C.P.", "CAP", "Postcode", "Código postal", "CP", "Irányítószám",
             "Numer postal"),
    "home": _t("Home Tel", "Tel. privat", "Tél. domicile", "Tel. fijo", "Tel. casa", "Tel. thuis", "Tel. casa",
               "Tel. fix", "Otthoni tel.", "Telefon chasa"),
    "mobile": _t("Mobile", "Handy", "Portable", "Móvil", "Cellulare", "Mobiel", "Telemóvel", "Mòbil", "Mobil",
                 "Natel"),
    "email": _t("Email", "E-Mail", "Courriel", "Email", "Email", "E-mail", "Email", "Correu", "E-mail", "E-mail"),
    "nid": _t("National Insurance / ID", "Versicherten-ID", "N° sécu", "DNI/NIE", "Codice fiscale", "BSN", "NIF",
              "DNI", "CNP", "Nr. AHV"),
    "dentist": _t("Dentist", "Zahnarzt", "Praticien", "Odontólogo", "Dentista", "Tandarts", "Médico dentista",
                  "Odontòleg", "Fogorvos", "Dentist"),
    "last_visit": _t("Last Visit", "Letzter Besuch", "Dernière visite", "Última visita", "Ultima visita",
                     "Laatste bezoek", "Última consulta", "Darrera visita", "Utolsó látogatás", "Ultima visita"),
    "recall": _t("Recall Due", "Recall fällig", "Rappel prévu", "Próxima revisión", "Richiamo", "Recall",
                 "Próxima consulta", "Propera revisió", "Következő kontroll", "Proxima controlla"),
    "balance": _t("Balance", "Saldo", "Solde", "Saldo", "Saldo", "Saldo", "Saldo", "Saldo", "Egyenleg", "Saldo"),
    "plan": _t("Payment Plan", "Tarif", "Formule", "Plan de pago", "Piano", "Betaalplan", "Plano", "Pla de pagament",
               "Díjcsomag", "Tariffa"),
    "alert": _t("Medical Alert", "Anamnese-Hinweis", "Alerte médicale", "Alerta médica", "Avviso medico",
                "Medische waarschuwing", "Alerta clínico", "Alerta mèdica", "Orvosi figyelmeztetés",
                "Avis medicinal"),
}  # fmt: skip
PHARMACY = {
    "date": _t("Date", "Datum", "Date", "Fecha", "Data", "Datum", "Data", "Data", "Dátum", "Data"),
    "rx": _t("Rx No", "Rezept-Nr.", "N° ordonnance", "N.º receta", "N. ricetta", "Receptnr.", "N.º receita",
             "Núm. recepta", "Vény sz.", "Nr. recept"),
    "patient": _t("Patient", "Patient", "Patient", "Paciente", "Paziente", "Patiënt", "Utente", "Pacient",
                  "Beteg", "Pazient"),
    "dob": _t("DOB", "Geb.", "Né(e) le", "F. nac.", "Nato il", "Geb.", "Data nasc.", "Data naix.", "Szül.",
              "Naschì"),
    "address": _t("Address", "Anschrift", "Adresse", "Domicilio", "Indirizzo", "Adres", "Morada", "Adreça", "Lakcím",
                  "Adressa"),
    "phone": _t("Contact No", "Telefon", "Tél.", "Teléfono", "Telefono", "Telefoon", "Contacto", "Telèfon",
                "Telefon", "Telefon"),
    "drug": _t("Item", "Artikel", "Médicament", "Medicamento", "Farmaco", "Geneesmiddel", "Medicamento",
               "Medicament", "Készítmény", "Medicament"),
    "qty": _t("Qty", "Menge", "Qté", "Cant.", "Q.tà", "Aantal", "Qtd.", "Quant.", "Menny.", "Quantitad"),
    "prescriber": _t("Prescriber", "Verordner", "Prescripteur", "Prescriptor", "Prescrittore", "Voorschrijver",
                     "Prescritor", "Prescriptor", "Felíró orvos", "Prescriptur"),
    "batch": _t("Batch", "Charge", "Lot", "Lote", "Lotto", "Partij", "Lote", "Lot", "Gyártási szám", "Charge"),
    "collected": _t("Collected By", "Abgeholt von", "Retiré par", "Recogido por", "Ritirato da", "Opgehaald door",
                    "Levantado por", "Recollit per", "Átvette", "Prendì da"),
    "checked": _t("Checked", "Geprüft", "Vérifié", "Revisado", "Controllato", "Gecontroleerd", "Verificado",
                  "Revisat", "Ellenőrizte", "Controllà"),
    "notes": _t("Notes", "Vermerk", "Remarques", "Observaciones", "Note", "Opmerkingen", "Observações",
                "Observacions", "Megjegyzés", "Remartgas"),
}  # fmt: skip
OPERA = ("NAME_ID", "TITLE", "LAST", "FIRST", "MIDDLE", "LANGUAGE", "NATIONALITY", "BIRTH_DATE", "PASSPORT",
         "ADDRESS1", "ADDRESS2", "CITY", "ZIP_CODE", "COUNTRY", "PHONE_NO", "PHONE_TYPE", "EMAIL", "MEMBERSHIP_NO",
         "MEMBERSHIP_LEVEL", "VIP_CODE", "COMPANY", "LAST_STAY", "STAYS", "ROOM_PREF", "COMMENTS")  # fmt: skip
COURIER = {
    "cons": _t("Consignment No", "Sendungsnr.", "N° d'expédition", "N.º envío", "N. spedizione", "Zendingnr.",
               "N.º envio", "Núm. enviament", "Küldeményszám", "Nr. spediziun"),
    "consignee": _t("Consignee", "Empfänger", "Destinataire", "Destinatario", "Destinatario", "Ontvanger",
                    "Destinatário", "Destinatari", "Címzett", "Destinatari"),
    "addr1": _t("Address Line 1", "Straße", "Adresse 1", "Dirección 1", "Indirizzo 1", "Adresregel 1", "Morada 1",
                "Adreça 1", "Cím 1", "Adressa 1"),
    "addr2": _t("Address Line 2", "Zusatz", "Adresse 2", "Dirección 2", "Indirizzo 2", "Adresregel 2", "Morada 2",
                "Adreça 2", "Cím 2", "Adressa 2"),
    "town": _t("Town", "Ort", "Ville", "Población", "Località", "Plaats", "Localidade", "Població", "Helység",
               "Lieu"),
    "pc": _t("Postcode", "PLZ", "CP", "CP", "CAP", "Postcode", "CP", "CP", "Irsz.", "Nr. postal"),
    "tel": _t("Contact Tel", "Tel. Empfänger", "Tél. destinataire", "Tel. destinatario", "Tel. destinatario",
              "Tel. ontvanger", "Tel. destinatário", "Tel. destinatari", "Címzett tel.", "Tel. destinatari"),
    "pcs": _t("Pcs", "Pakete", "Colis", "Bultos", "Colli", "Colli", "Volumes", "Bultos", "Darab", "Pachets"),
    "kg": _t("Weight (kg)", "Gewicht (kg)", "Poids (kg)", "Peso (kg)", "Peso (kg)", "Gewicht (kg)", "Peso (kg)",
             "Pes (kg)", "Súly (kg)", "Paisa (kg)"),
    "service": _t("Service", "Produkt", "Service", "Servicio", "Servizio", "Dienst", "Serviço", "Servei",
                  "Szolgáltatás", "Servetsch"),
    "route": _t("Route", "Tour", "Tournée", "Ruta", "Giro", "Rit", "Rota", "Ruta", "Járat", "Tura"),
    "driver": _t("Driver", "Fahrer", "Chauffeur", "Conductor", "Autista", "Chauffeur", "Motorista", "Conductor",
                 "Futár", "Manischunz"),
    "depot": _t("Depot", "Depot", "Agence", "Delegación", "Filiale", "Depot", "Centro", "Delegació", "Depó",
                "Depot"),
    "signed": _t("Signed By", "Unterschrift", "Signé par", "Firmado por", "Firmato da", "Getekend door",
                 "Assinado por", "Signat per", "Aláírta", "Suttascrit da"),
    "pod": _t("POD Time", "Zugestellt um", "Livré à", "Hora entrega", "Ora consegna", "Afgeleverd om",
              "Hora entrega", "Hora lliurament", "Kézbesítve", "Consegnà a las"),
    "notes": _t("Delivery Instructions", "Zustellhinweis", "Instructions de livraison", "Instrucciones de entrega",
                "Istruzioni di consegna", "Afleverinstructies", "Instruções de entrega", "Instruccions de lliurament",
                "Kézbesítési utasítás", "Instrucziuns da consegna"),
}  # fmt: skip
FERRY = ("Booking Ref", "Sailing", "Surname", "Forename", "Sex", "Date of Birth", "Nationality", "Doc Type",
         "Doc Number", "Vehicle Reg", "Cabin", "Lead Passenger", "Emergency Contact", "Special Assistance")  # fmt: skip


def header_lang(lg: str) -> str:
    """The language a localized system (dental, pharmacy, courier, NPSP) writes its headers in here."""
    return lg if lg in LANGS else "en"
