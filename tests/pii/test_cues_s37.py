"""Header cues added in session 37."""

from safe_synthesizer.pii.cues import cue_hints


def test_short_spanish_and_french_birth_date_names():
    for header in ("fecha_nac", "FECHA NAC", "fec_nac", "date_nais"):
        assert "date_of_birth" in cue_hints(header), header


def test_number_glued_to_a_short_cue_word_still_cues():
    for header in ("telno", "TELNR", "mobno", "phno", "cellno"):
        assert "phone_number" in cue_hints(header), header
    for header in ("casino", "piano", "domino", "negno", "accno"):
        assert not cue_hints(header), header
