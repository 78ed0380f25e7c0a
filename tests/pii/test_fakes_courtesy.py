"""Fakes of names that carry a courtesy word keep the word and replace the name.

``李婷女士`` was faked into ``婷婷`` (family name and ``女士`` lost) and Slovene ``g. Janez Novak`` into
``vitus Roberto Säuberlich`` (the lower-case title read as a given name).
"""

from __future__ import annotations

import re

import pytest

from safe_synthesizer.pii.fake_names import leading_titles
from safe_synthesizer.pii.fakes import FakeMapper

HAN = re.compile(r"^[\u4e00-\u9fff]+$")
HANGUL = re.compile(r"^[\uac00-\ud7a3]+$")


@pytest.mark.parametrize("keyed", [False, True])
def test_chinese_courtesy_word_is_kept_after_a_new_name(keyed: bool) -> None:
    originals = ["王芳女士", "陈凤兰先生", "李婷女士", "张伟先生"]
    fakes = FakeMapper(["zh_CN"], seed=4, keyed=keyed).map_values("name", originals)
    for original, fake in fakes.items():
        suffix = original[-2:]
        assert fake.endswith(suffix), (original, fake)
        core = fake[: -len(suffix)]
        assert HAN.match(core) and 2 <= len(core) <= 4, (original, fake)
        assert core != original[: -len(suffix)], (original, fake)


def test_korean_courtesy_word_is_kept() -> None:
    fakes = FakeMapper(["ko_KR"], seed=2).map_values("name", ["최순옥님", "황상현씨", "박지성 님"])
    for original, fake in fakes.items():
        suffix = " 님" if original.endswith(" 님") else original[-1]
        assert fake.endswith(suffix) and fake != original, (original, fake)
        assert HANGUL.match(fake[: -len(suffix)].strip()), (original, fake)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("g. Janez Novak", ("g.", "Janez Novak")),
        ("p. Jonas Petraitis", ("p.", "Jonas Petraitis")),
        ("p. dr. Jonas Petraitis", ("p. dr.", "Jonas Petraitis")),
        ("r. kager", ("", "r. kager")),  # a lower-case initial of a lower-case name stays an initial
        ("Dr. Hans Bauer", ("Dr.", "Hans Bauer")),
    ],
)
def test_lower_case_title_before_a_capitalised_name(value: str, expected: tuple[str, str]) -> None:
    assert leading_titles(value) == expected


def test_slovene_title_is_kept_and_the_name_replaced() -> None:
    originals = ["g. Janez Novak", "ga. Maja Kos", "p. Jonas Petraitis"]
    fakes = FakeMapper(["sl_SI"], seed=1).map_values("name", originals)
    for original, fake in fakes.items():
        title = original.split()[0]
        assert fake.split()[0] == title and len(fake.split()) == 3, (original, fake)
        assert not set(fake.split()[1:]) & set(original.split()[1:]), (original, fake)
