"""Korean names in notes and forms: ``성명: 윤지혜``, ``김현주님(1967.02.23생)``, ``가족 백재호님이``,
``담당 박민수 씨``.

Korean writes a name as one word of Hangul syllables, a family name (one syllable, two for ``남궁``,
``황보``...) then a one- or two-syllable given name, and glues honorifics (``님``, ``씨``) and case
particles (``이``, ``가``, ``의``, ``께``) to it. The NER model reads no Hangul and the CJK rules read
ideographs only, so the detector saw none of these names. A Hangul word is a name when

1. it follows a name label and a colon (``성명:``, ``이름:``, ``보호자명:``, ``환자명:``), or a role noun
   (``가족``, ``보호자``, ``환자``, ``담당``, ``고객``, ``신청인``) and a space: a listed family syllable
   then one or two syllables;
2. or ``님``/``씨`` follows it (then a particle or a break): a listed family syllable and two syllables
   (``김현주님``); two-syllable words before ``님`` are kin and role words too (``형님``, ``부장님``).

3. or, anywhere, a three-syllable word that splits into a listed family syllable and a listed given name
   (``이영철``, ``송예준 메모:``, ``황종수 고객``, ``고미정 처방``), alone or with a particle or honorific glued
   to it (``김민수씨가``, ``박지영님은``, ``이영철의``): ordinary words rarely split so.

4. or a family name alone after a Latin-script title (``Owner Mrs 김 wants ...``): the surname of a person
   an English note addresses.

Words of address that end like names (``고객님``, ``선생님``, ``사장님``) are no names.

Example::

    >>> [(a, b) for a, b, _ in korean_name_spans("가족 백재호님이 연락 요청")]
    [(3, 6)]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.validators.scripts import family_names, given_names
from safe_synthesizer.utils.scripts import HANGUL

__all__ = ["korean_name_spans"]

_LABELS = ("성명", "이름", "성함", "환자명", "환자 성명", "보호자명", "보호자 성명", "고객명", "신청인", "신청자",
           "예약자", "예약자명", "수령인", "수취인", "받는 사람", "보내는 사람", "담당자", "작성자", "대표자",
           "계약자", "임차인", "임대인", "피보험자", "보험계약자", "세입자", "집주인", "연락처 성명")  # fmt: skip
_ROLES = ("가족", "보호자", "환자", "담당", "담당자", "고객", "신청인", "신청자", "배우자", "아들", "딸", "남편",
          "아내", "어머니", "아버지", "세입자", "임차인", "집주인", "기사", "의사", "간호사", "수의사", "직원",
          "대리인", "증인", "예약자", "수령인", "보험계약자", "피보험자")  # fmt: skip
# Words of address and roles that take 님/씨 like a name does.
_NOT_NAMES = frozenset(
    """고객 선생 사장 부장 과장 차장 대리 팀장 실장 원장 교수 회장 이사 기사 형 누나 언니 오빠 어머 아버 부모 환자
    보호자 회원 주인 손님 선배 후배 담임 목사 신부 스님 박사 의사 간호사 수의사 대표 소장 국장 위원 조교 작가
    감독 반장 총무 여러분 당신 그분 이분 저분 어르신 할머 할아버 아주머 아저 사모 동생 아드 따""".split()  # noqa: SIM905
)
_WORD = f"[{HANGUL}]{{2,4}}"
_BOUND = f"(?<![{HANGUL}])"
_LABELLED = re.compile(
    rf"(?:{'|'.join(sorted(_LABELS, key=len, reverse=True))})[ \t]*[:：][ \t]*(?P<name>{_WORD})(?![{HANGUL}])"
)
_ROLE = re.compile(
    rf"{_BOUND}(?:{'|'.join(sorted(_ROLES, key=len, reverse=True))})[ \t]+(?P<name>{_WORD})"
    rf"(?=님|씨|[ \t]*(?:님|씨)|[ \t,.(（)]|$|[이가은는을를의께에])"
)
# Particles and punctuation after an honorific: the word ends there.
_HONORIFIC = re.compile(rf"{_BOUND}(?P<name>[{HANGUL}]{{3,4}}?)[ \t]?(?:님|씨)(?=[^{HANGUL}]|$|[이가은는을를의께에도])")


_PARTICLES = "이가은는을를의께에"
# A three-syllable word standing alone, or with a particle or an honorific glued to it.
_GLUED = re.compile(
    rf"{_BOUND}(?P<name>[{HANGUL}]{{3}})(?=(?:님|씨)?(?:[이가은는을를의께에도와과랑]|에게|한테|께서|이랑)?(?![{HANGUL}]))"
)
_HONORIFIC_NEXT = re.compile(r"[ \t]?(?:님|씨)")
# A Latin-script title before a family name alone ("Owner Mrs 김 wants ...", "Dr. 남궁 called"): notes in
# English address Korean people by title and family name.
_TITLED = re.compile(rf"(?<![\w])(?:Mrs|Mr|Ms|Miss|Mx|Dr|Prof)\.?[ \t]+(?P<name>[{HANGUL}]{{1,2}})(?![{HANGUL}])")


def _listed_given(word: str) -> bool:
    """The part after a listed family syllable is a listed Korean given name (``정미숙``: ``미숙``)."""
    givens, families = given_names("hangul"), family_names("hangul")
    return any(word[:cut] in families and word[cut:] in givens for cut in (1, 2))


def _family_split(word: str) -> bool:
    """A listed family name (two syllables first, then one) followed by one or two syllables."""
    families = family_names("hangul")
    return any(len(word) - cut in (1, 2) and word[:cut] in families for cut in (2, 1))


def _address_word(word: str) -> bool:
    return any(word.startswith(w) for w in _NOT_NAMES if len(w) >= 2) or word in _NOT_NAMES


def korean_name_spans(text: str) -> list[tuple[int, int, str]]:
    """Korean full names after labels and role nouns or before honorifics (see the module docstring)."""
    if not re.search(f"[{HANGUL}]", text):
        return []
    out: list[tuple[int, int, str]] = []
    for regex in (_LABELLED, _ROLE):
        for m in regex.finditer(text):
            name = m.group("name")
            # A particle glued to the name ("백재호가"): only a three-syllable name keeps its fourth.
            if len(name) == 4 and name[-1] in _PARTICLES and _family_split(name[:3]):
                name = name[:3]
            if not _family_split(name) or _address_word(name):
                continue
            end = m.start("name") + len(name)
            # After a role noun (no label) the given name must be listed or an honorific follow: "환자 정보는"
            # is "the patient's information", not a person 정보는.
            if regex is _ROLE and not _HONORIFIC_NEXT.match(text, end) and not _listed_given(name):
                continue
            out.append((m.start("name"), end, E.NAME))
    for m in _HONORIFIC.finditer(text):
        name = m.group("name")
        if len(name) == 3 and _family_split(name) and not _address_word(name):
            out.append((m.start("name"), m.end("name"), E.NAME))
    for m in _GLUED.finditer(text):
        name = m.group("name")
        if _listed_given(name) and not _address_word(name):
            out.append((m.start("name"), m.end("name"), E.NAME))
    for m in _TITLED.finditer(text):
        if m.group("name") in family_names("hangul"):
            out.append((m.start("name"), m.end("name"), E.LAST_NAME))
    return sorted(set(out))  # one span per name: rule 3 finds the names rules 1 and 2 found too
