from safe_synthesizer.pii.people_cells import read_people, split_people_cell


def test_several_people_with_relation_and_age_in_brackets():
    cell = split_people_cell("Tomasz Wrona (son, 6); Zofia Wrona (daughter, 11)")
    assert cell.names == ("Tomasz Wrona", "Zofia Wrona")
    assert cell.rebuild({"Tomasz Wrona": "Ivo Berg", "Zofia Wrona": "Ada Berg"}, {}) == (
        "Ivo Berg (son, 6); Ada Berg (daughter, 11)"
    )
    assert split_people_cell("Hannelore Vogt (Tochter, 9) / Jonas Vogt (Sohn, 4)").names == (
        "Hannelore Vogt",
        "Jonas Vogt",
    )
    assert split_people_cell("Mother: Adaeze Nwosu & Chidi Nwosu (7)").names == ("Adaeze Nwosu", "Chidi Nwosu")


def test_a_name_with_a_phone_of_any_layout_the_area_code_in_brackets():
    cell = split_people_cell("Rafaela Duarte (21) 98812-4470")
    assert (cell.names, cell.phones) == (("Rafaela Duarte",), ("(21) 98812-4470",))
    assert cell.rebuild({"Rafaela Duarte": "Lia Sousa"}, {"(21) 98812-4470": "(31) 91111-2222"}) == (
        "Lia Sousa (31) 91111-2222"
    )
    assert split_people_cell("Bernd Kaiser 0151-22348817").phones == ("0151-22348817",)
    assert split_people_cell("Olga Dahl (tel. 0412 555 019)").phones == ("0412 555 019",)
    cell = split_people_cell("Lucía Ferrer, hermana, 622 118 904 / Iker Ferrer (8)")
    assert cell.names == ("Lucía Ferrer", "Iker Ferrer") and cell.phones == ("622 118 904",)


def test_an_email_is_faked_from_the_persons_fake_name():
    cell = split_people_cell("Greta Lind, 7 yrs, greta.lind@gmail.com")
    assert cell.rebuild({"Greta Lind": "Maja Holm"}, {}) == "Maja Holm, 7 yrs, maja.holm@gmail.com"
    cell = split_people_cell("Greta Lind (g.lind@firma-lind.de)")
    assert cell.rebuild({"Greta Lind": "Maja Holm"}, {}) == "Maja Holm (maja.holm@example.com)"


def test_family_comma_given_is_one_name_and_capitals_stay_capitals():
    cell = split_people_cell("KOWALSKI, Jan (brother)")
    assert cell.names == ("KOWALSKI, Jan",)
    assert split_people_cell("GRETA LIND (sister)").rebuild({"GRETA LIND": "Maja Holm"}, {}) == "MAJA HOLM (sister)"


def test_a_plain_name_is_read_but_not_split():
    assert split_people_cell("Luiz Gustavo Mendes") is None
    # a family name, a comma and given names are one person (``anne`` is also Turkish for mother)
    for cell in ("COOK, Anne", "Weber, Klaus Peter", "GARCÍA LÓPEZ, Ana María"):
        assert split_people_cell(cell) is None, cell
    assert split_people_cell("Ana Ruiz, Pedro Ruiz").names == ("Ana Ruiz", "Pedro Ruiz")
    plain = read_people("Luiz Gustavo Mendes")
    assert plain.names == ("Luiz Gustavo Mendes",) and not plain.structured


def test_categories_with_brackets_and_separators_are_no_people():
    for cell in (
        "Room 3 (2 beds)",
        "Smith & Sons Ltd",
        "Paracetamol (500 mg); Ibuprofen",
        "Group A (adults, 12)",
        "Jackie Brown (1997)",
        "Invoice 2024-11-03 (paid)",
        "Hauptstr. 12 (Hinterhaus)",
        "Dr Okafor & Partners",
        "Block C; Level 2",
        "Marseille (13); Lyon (69)",
    ):
        assert split_people_cell(cell) is None, cell


def test_other_languages_letter_cases_and_layouts_of_the_same_kind():
    cases = {
        "jalsa din (child, 2); banjeet din (child, 8)": ("jalsa din", "banjeet din"),
        "MIA BERG (DAUGHTER, 7)": ("MIA BERG",),
        "daughter: Mia Berg": ("Mia Berg",),
        "Mia Berg - daughter - 7": ("Mia Berg",),
        "Anna Kowalska (córka, 7 lat)": ("Anna Kowalska",),
        "Léa Martin (fille, 7 ans) et Hugo Martin (fils, 4 ans)": ("Léa Martin", "Hugo Martin"),
        "Lucía Pérez (hija, 5 años) y Mateo Pérez (hijo, 3 años)": ("Lucía Pérez", "Mateo Pérez"),
        "Mia Berg, 7; Leon Berg, 4": ("Mia Berg", "Leon Berg"),
        "Mia Berg [Tochter]": ("Mia Berg",),
    }
    for cell, names in cases.items():
        assert split_people_cell(cell).names == names, cell
    cell = split_people_cell("Ahmed Khan (brother) +44 7700 900123; Sara Khan (sister)")
    assert cell.phones == ("+44 7700 900123",)
    fakes = {"Ahmed Khan": "Omar Ali", "Sara Khan": "Hina Ali"}
    assert cell.rebuild(fakes, {"+44 7700 900123": "+44 7700 900456"}) == (
        "Omar Ali (brother) +44 7700 900456; Hina Ali (sister)"
    )


def test_notes_in_brackets_in_any_script_are_extras():
    # vowel signs are no letters to ``\w``: ``(बेटी, 6)`` was no note and the cell no people
    cell = split_people_cell("सुनीता शर्मा (बहन, 31)")
    assert cell is not None and cell.names == ("सुनीता शर्मा",)
    assert split_people_cell("Mia Berg (Tochter, 9)").names == ("Mia Berg",)


def test_the_layout_reading_leaves_the_names_to_the_caller():
    # not strict: any short note, any number of phone length, names not asked of the lists
    cell = read_people("ნინო ბერიძე (2019)؛ ლია ბერიძე", strict=False)
    assert cell.names == ("ნინო ბერიძე", "ლია ბერიძე") and cell.structured
    assert read_people("ნინო ბერიძე (2019)؛ ლია ბერიძე") is None  # strict: a year in brackets is no known extra
    assert read_people("Mia Berg (2019)", strict=False).names == ("Mia Berg",)
    assert read_people("Юрий Лебедев 8 999 1234567", strict=False).phones == ("8 999 1234567",)
    # Arabic and fullwidth commas, typed twice: one name, family first
    assert read_people("حداد،، سلمى", strict=False).names == ("حداد،، سلمى",)
    assert read_people("佐藤，花子 (090-1234-5678)", strict=False).names == ("佐藤，花子",)
    # three comma parts of unvouched words: a place, not people
    assert read_people("Nordhavn, Aarhus, Jylland", strict=False) is None
    assert read_people("Ana Ruiz, Pedro Ruiz, Eva Ruiz").names == ("Ana Ruiz", "Pedro Ruiz", "Eva Ruiz")  # vouched


def test_a_phone_in_brackets_whose_area_code_has_brackets_of_its_own():
    cell = split_people_cell("Daniel ((312) 555-0147)")
    assert cell.names == ("Daniel",) and cell.phones == ("(312) 555-0147",)
    assert cell.rebuild({"Daniel": "Mark"}, {"(312) 555-0147": "(415) 555-0199"}) == "Mark ((415) 555-0199)"
    # an area code written with a dash (Lithuanian ``(8-5)``, ``(0-612)``) is a phone's, not a note
    assert split_people_cell("Rasa Petraitė (sister) (8-5) 2123456").phones == ("(8-5) 2123456",)


def test_names_in_a_non_latin_script_are_asked_of_that_scripts_lists():
    # family name, comma, given name and a number after a dash: the Latin-shaped checks read none of it
    cell = split_people_cell("शर्मा, राहुल - +91 98765 43210")
    assert cell is not None and cell.names == ("शर्मा, राहुल",) and cell.phones == ("+91 98765 43210",)
    assert split_people_cell("अनीता वर्मा (sister) 098765 43210").names == ("अनीता वर्मा",)
    # words of the script no list vouches for are read but not vouched (the column needs most cells vouched)
    assert split_people_cell("वार्ड सात (पूर्व) 98765 43210").listed == (False,)


def test_a_whole_name_written_without_a_space_in_han():
    cell = split_people_cell("刘洋 (husband) 139 1234 5678")
    assert cell.names == ("刘洋",) and cell.listed == (True,)
    assert split_people_cell("李, 娜 - +86 139 1234 5678").names == ("李, 娜",)  # one Han letter is a given name
    assert split_people_cell("红茶 (大杯)") is None
