"""A contact's given name beside their relationship to the member is no name pair (``column_contact_pairs``)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns

_NA = None


def test_relationship_words_beside_a_contacts_given_name_are_no_surnames() -> None:
    # A swimming club's members, family name first; three have a contact: family and given name, then how they are
    # related to the member.
    df = pd.DataFrame({
        "surname": ["Whitfield", "Ashdown", "Pemberton", "Langley", "Cartwright", "Holloway", "Fairbairn", "Kingsley",
                    "Radcliffe", "Thornton", "Ellison", "Marsh"],
        "firstname": ["Harriet", "Oscar", "Imogen", "Felix", "Poppy", "Rufus", "Tilly", "Jasper", "Esme", "Hugo", "Ada",
                      "Noah"],
        "contactname": [_NA, "Ashdown", _NA, "Langley", _NA, _NA, _NA, _NA, "radcliffe", _NA, _NA, _NA],
        "contactfirstname": [_NA, "Malcolm", _NA, "Brenda", _NA, _NA, _NA, _NA, "Shona", _NA, _NA, _NA],
        "relationship": [_NA, "father", _NA, "grandparent", _NA, _NA, _NA, _NA, "grandparent", _NA, _NA, _NA],
        "sex": ["F", "M", "F", "M", "F", "M", "F", "M", "F", "M", "F", "M"],
    })  # fmt: skip
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("relationship") is None
    assert plans.get("contactname") == "last_name"
    assert plans.get("contactfirstname") == "first_name"
