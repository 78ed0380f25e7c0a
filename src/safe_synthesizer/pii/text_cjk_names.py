"""Japanese and Chinese person names in free text that carry no honorific.

Chinese and Japanese write no spaces between words and have no capitals, so a name is told by
where it stands:

- **after a role noun** in the same run of ideographs or right after it (``通報者中村京助``,
  ``目撃者小林。``, ``证人程。``, ``组长张。``, ``出席者 小林``, ``报警人陆英，``): the rest of the run is
  a listed family name with a listed given name, or a listed family name alone where the run ends.
  A single character is a family name only here, next to such a cue (``王`` starts many words).
- **as a whole run** bounded by kana, punctuation, spaces or Latin letters, three or more
  characters that split into a listed family and a listed given name (``入口付近で加藤直樹（``,
  ``お客様：石川明美です``), or a listed family name, a space and a listed given name in kana or kanji
  (``藤原 くみ子です``). Two-character runs (``文学``: family 文 + given 学) need a cue.
- **in a list** after a name found so far (``出席李、陈瑜``, ``坂本 修平、岡本篤司``): a listed family
  name (with a listed given name) after ``、``/``，``/``と``.
- **after a few verbs** that take a person in Chinese (``发现``, ``联系``, ``找``): a listed family
  and a listed given name ending the run (``在入口处发现薛敏，``).

The lists are Faker's ``ja_JP`` and ``zh_CN`` names (offline).

Example::

    cjk_name_spans("22:14 现场：报警人陆英，电话123，组长张。")
    # [(13, 15, 'name'), (26, 27, 'last_name')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.validators import scripts as S
from safe_synthesizer.pii.validators.japanese import split_unspaced
from safe_synthesizer.utils.scripts import HAN, ITERATION_MARK, KANA

__all__ = ["cjk_family", "cjk_given", "cjk_name_spans"]

_RUN = re.compile(f"[{HAN}{ITERATION_MARK}]+")
# Nouns for a person's role in a report, a form or minutes: the person's name follows them.
_ROLES = (
    # Japanese
    "通報者", "目撃者", "出席者", "参加者", "担当者", "責任者", "申請者", "申込者", "契約者", "依頼者", "利用者",
    "相談者", "報告者", "記入者", "記録者", "代表者", "保護者", "被保険者", "受取人", "差出人", "届出人", "証人",
    "保証人", "代理人", "発見者", "被害者", "容疑者", "加害者", "患者", "傷病者", "運転手", "運転者", "隊長",
    "班長", "係長", "課長", "部長", "社長", "店長", "院長", "所長", "主任", "医師", "看護師", "担任", "講師",
    "職員", "社員", "係員", "作業員", "氏名", "名前", "宛名", "署名", "本人", "担当", "出席", "委員", "会員",
    # Chinese
    "投保人", "被保险人", "被保人", "受益人", "病人", "姓名", "联系人", "聯絡人", "客户", "客戶", "申请人", "申請人",
    "租客", "租户", "房东", "业主", "收件人", "寄件人", "签收人", "经办人", "负责人", "报案人", "报警人", "證人",
    "证人", "家长", "员工", "顾客", "参会", "组长", "队长", "科长", "处长", "局长", "医生", "医师",
    "护士", "司机", "经理", "老师", "教师", "律师", "同事", "目击者", "嫌疑人", "被害人", "受害人", "当事人",
    "申报人", "填表人", "记录人", "审核人", "值班人", "接待人", "送货人", "快递员", "业务员", "销售员", "营业员",
    "收银员", "店员", "出席人", "参会人", "发起人", "担保人", "承租人", "出租人", "买方", "卖方", "賃借人", "賃貸人",
    "借主", "貸主", "入居者", "申込人", "依頼人", "送り主", "届け人", "連絡者",
    # Kin of the person a note is about, with the possessive 其 ("其兄蔡莹为担保人": "his brother"): bare
    # 兄/妹/父 open ordinary words (兄弟, 姐妹, 父母), 其 + kin does not.
    "其兄", "其弟", "其姐", "其妹", "其妻", "其夫", "其父", "其母", "其子", "其女", "其兄长", "其兄長", "哥哥", "弟弟",
    "姐姐", "妹妹", "胞兄", "胞弟", "胞姐", "胞妹", "配偶", "邻居", "鄰居",
    # Guests, customers, members and other people a log or a register names ("客人陈秀珍，房间512").
    "客人", "住客", "旅客", "房客", "乘客", "访客", "訪客", "来访者", "來訪者", "游客", "遊客", "宾客", "賓客",
    "来宾", "來賓", "会员", "會員", "用户", "用戶", "买家", "買家", "卖家", "賣家", "车主", "車主", "户主", "戶主",
    "住户", "住戶", "学生", "學生", "学员", "學員", "考生", "应聘者", "應聘者", "求职者", "求職者", "候选人",
    "候選人", "家属", "家屬", "监护人", "監護人", "患儿", "病患", "伤者", "傷者", "职工", "職工", "雇员", "僱員",
    "借款人", "持卡人", "开户人", "開戶人", "户名", "戶名", "委托人", "委託人", "原告", "被告", "宿泊者", "宿泊客",
    # Family members and the customer a visit note or a booking names ("女儿张英在场", "お客様渡辺 稔").
    "女儿", "女兒", "儿子", "兒子", "妻子", "丈夫", "母亲", "母親", "父亲", "父親", "儿媳", "兒媳", "女婿", "孙子",
    "孫子", "孙女", "孫女", "亲属", "親屬", "家人", "客様", "長女", "長男", "次女", "次男", "息子", "家族", "乗客",
    "利用客",
    # A bed or room number before a patient's name ("3床张桂荣", "3号室 橋本").
    "床", "号室",
)  # fmt: skip
# A form label ending in a person noun and a colon ("賃借人：", "受付者:") names the person after it.
_LABEL = re.compile(f"[{HAN}]+[人者主員员]$")
# Verbs whose object is a person in Chinese notes ("发现薛敏", "联系王芳"): weaker, a full name only.
_VERBS = ("发现", "發現", "联系", "聯繫", "找", "致电", "通知", "询问", "拜访", "陪同", "委托", "见到", "遇到")
# Words that end like a role but are none ("或者": "or").
_NOT_ROLE_BEFORE = {"者": ("或者", "或者是", "再者", "前者", "後者", "后者", "两者", "両者", "三者")}
# A list goes on after these (Japanese "と"/"や" are kana, so they end a run).
_LIST_GAP = re.compile(r"^[ \t\u3000]*[、，,・と][ \t\u3000]*$|^[ \t\u3000]*[及与與和][ \t\u3000]*$")
# Between a role noun and its person: a colon, spaces.
_CUE_GAP = re.compile(r"^[ \t\u3000]*[：:]?[ \t\u3000]*$")
# A given name written after the family name and a space (kana or kanji: "藤原 くみ子", "井上 篤司").
_SPACED_GIVEN = re.compile(f"[ \u3000]?([{HAN}{ITERATION_MARK}{KANA}]{{1,4}})")
# A run alone at the end of a line, after a sentence's end: a signature ("…。\n石川幹", "…未到账。刘东").
_SIGNED_BEFORE = re.compile(r"(?:^|[\n。．！？!?])[ \t\u3000]*$")
_SIGNED_AFTER = re.compile(r"[ \t\u3000]*(?:\n|$)")
# Honorifics written in kanji end a run without being part of the name.
_HONORIFIC_END = re.compile("(?:様|氏|殿|君|先生|女士|小姐|医生)$")
# A given name alone introducing oneself ("【SMS】花子です。", "あすかと申します").
_SELF_INTRO = re.compile(
    f"(?:^|(?<=[】」「『』、。！？!?\\s：:]))(?P<name>[{HAN}{ITERATION_MARK}{KANA}]{{2,4}}?)(?=です|と申します|といいます)"
)
# Honorifics that may follow a given name directly ("橋本さゆり様").
_HONORIFIC_START = re.compile("様|さん|さま|氏|先生|くん|君|ちゃん|殿|女士|小姐|医生")


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    """(family names, given names) of the Japanese and Chinese lists (kanji, kana)."""
    from safe_synthesizer.pii import gazetteers

    family = gazetteers._collect("person", ("ja_JP",), ("last_names",)) | S.family_names("han")
    given = gazetteers._collect(
        "person",
        ("ja_JP",),
        ("first_names", "first_names_male", "first_names_female", "first_kana_names"),
    )
    return family, given | S.given_names("han")


def cjk_family(word: str) -> bool:
    """A listed Japanese or Chinese family name (``小林``, ``王``)."""
    return word in _lists()[0]


def cjk_given(word: str) -> bool:
    """A listed Japanese or Chinese given name (``直樹``, ``くみ子``, ``秀英``)."""
    return word in _lists()[1]


def _split_listed(word: str) -> tuple[str, str] | None:
    """(family, given) when ``word`` is a listed family name followed by a listed given name."""
    split = split_unspaced(word)
    if split is not None:
        return split
    for cut in (2, 1, 3):
        if len(word) > cut and cjk_family(word[:cut]) and cjk_given(word[cut:]):
            return word[:cut], word[cut:]
    return None


def _role_tail(run: str) -> int | None:
    """Where the part after the run's last role noun (or person verb) starts, ``None`` without one."""
    best: int | None = None
    for role in _ROLES:
        at = run.rfind(role)
        while at >= 0:
            end = at + len(role)
            before = run[:end]
            if not any(before.endswith(w) for w in _NOT_ROLE_BEFORE.get(role[-1], ())):
                best = end if best is None else max(best, end)
                break
            at = run.rfind(role, 0, at)
    return best


def _inner_role_tails(run: str, last: int | None) -> list[int]:
    """Ends of role nouns before the run's last one (``其兄蔡莹为担保人``: the kin word opens the name, the
    role 担保人 closes the clause), latest first."""
    ends = {at + len(role) for role in _ROLES if (at := run.find(role)) >= 0}
    return sorted((e for e in ends if last is None or e < last - 1), reverse=True)


def _verb_tail(run: str) -> int | None:
    ends = [run.rfind(v) + len(v) for v in _VERBS if v in run]
    return max(ends) if ends else None


def _spaced_given(text: str, end: int) -> int | None:
    """End of a listed given name written after ``text[:end]`` and one space, or glued when it starts
    in kana (``橋本さゆり様``), else ``None``."""
    m = _SPACED_GIVEN.match(text, end)
    if m is None:
        return None
    given, spaced = m.group(1), m.start(1) > end
    for size in range(len(given), 0, -1):
        tail = m.start(1) + size
        if not cjk_given(given[:size]):
            continue
        if not spaced and not re.match(f"[{KANA}]", given):
            return None  # "山田太郎" glued in kanji is a whole run, judged as one
        if not re.match(f"[{HAN}{ITERATION_MARK}]", text[tail : tail + 1]) or _HONORIFIC_START.match(text, tail):
            return tail
    return None


def _person(text: str, start: int, end: int, *, cued: bool) -> tuple[int, int, str] | None:
    """The name in ``text[start:end]`` (the tail of a run), as a span, or ``None``."""
    word = text[start:end]
    if not word:
        return None
    if cjk_family(word) and len(word) <= 2:
        spaced = _spaced_given(text, end)
        if spaced is not None:
            return start, spaced, E.NAME
        # One character before kana is a word's stem ("高い"), not a family name.
        alone = len(word) == 2 or not re.match(f"[{KANA}]", text[end : end + 1])
        return (start, end, E.LAST_NAME) if cued and alone else None
    # A one-character family and given name (张伟) in Chinese only: in Japanese text such pairs are words.
    short_ok = len(word) >= 3 or (cued and not re.search(f"[{KANA}]", text))
    if len(word) <= 5 and _split_listed(word) is not None and short_ok:  # 長谷川翔太, 斉藤美加子
        return start, end, E.NAME
    if cued and len(word) == 3 and S.split_family_given(word) is not None and cjk_given(word[-1]):
        return start, end, E.NAME  # a family name and a one-character given name with a listed last part
    return None


# Chinese minutes and tasks: a surname alone opens a clause and does the calling ("任务：章拨打…").
_CLAUSE_SURNAME = re.compile(
    rf"(?:^|(?<=[：:，,。；;、 \t]))(?P<name>[{HAN}])(?=拨打|致电|联系|负责|回电|通知|核对|跟进|汇报|签字|签收|打电话)"
)
# Words that open such clauses and are family names too ("请拨打", "可致电", "由…负责").
_NOT_CLAUSE_SURNAME = frozenset("请可需再已未将由并或先另均应须会要立即速务亦也都又还不没勿您我他她你们")
# A full name inside a Chinese sentence, between a connective and a function word ("但是陈玉英把钱…").
_INLINE = re.compile(
    rf"(?:但是|然后|以及|并且|而且|由|让|叫|给|被|向|对|跟|和|与|及|是|找)(?P<name>[{HAN}]{{2,3}}?)"
    r"(?=把|给|说|向|对|跟|负责|表示|称)"
)

_PERSON_NEXT = ("把", "给", "说", "表示", "称", "负责", "向", "跟", "对")


# A full name opening a clause, with what the person does or is right after it ("韩桂荣不在家，",
# "王芳已经签收", "李明表示…", "陈凯的电话…"): a listed family and a listed given name, then a predicate.
# Two-character names (陈凯, 高利; also 文明 = 文 + 明) need a predicate that ordinary words seldom take.
_STRONG_NEXT = (
    "不在", "没在", "没有", "没接", "未接", "不接", "已经", "已于", "表示", "要求", "希望", "打电话", "打来",
    "来电", "致电", "回电", "签收", "本人", "同意", "拒绝", "确认", "反映", "投诉", "称", "说", "今天", "昨天",
    "明天", "上午", "下午", "晚上", "的电话", "的手机", "的地址", "的家", "家里", "于", "因病", "请假", "到访",
    "来访", "住在", "住院", "出院",
    # A body part or a health reading right after a name is the person's ("舒晶膝盖疼痛减轻": Chinese puts
    # the person first as the topic, no 的 needed); ordinary words seldom precede these.
    "膝盖", "膝蓋", "肩膀", "肩部", "腰部", "腰痛", "背部", "背痛", "颈部", "頸部", "颈椎", "頸椎", "头部", "頭部",
    "头痛", "頭痛", "腿部", "脚踝", "腳踝", "手臂", "手腕", "胸口", "腹部", "胃部", "膝关节", "膝關節", "髋关节",
    "髖關節", "肘部", "左膝", "右膝", "左肩", "右肩", "左腿", "右腿", "血压", "血壓", "血糖", "体温", "體溫",
    "病情", "伤口", "傷口",
)  # fmt: skip
_BROAD_NEXT = (
    *_STRONG_NEXT,
    "不", "没", "未", "已", "也", "都", "还", "又", "再", "将", "正在", "在", "是", "的", "和", "与", "及", "会",
    "要", "想", "需要", "可以", "去", "来", "到", "把", "给", "向", "对", "跟", "被", "让", "现在", "刚才", "因",
    "请", "請",  # "家属霍帅请回电": a request the person is asked or makes
    "为", "為",  # "其兄蔡莹为担保人": the person serves as (a guarantor, a witness)
)  # fmt: skip


def _clause_start_names(text: str) -> list[tuple[int, int, str]]:
    """Full names at the start of a run of ideographs, before a predicate (Chinese text only)."""
    out = []
    for m in _RUN.finditer(text):
        run = m.group()
        for size in (3, 4, 2):
            word, rest = run[:size], run[size:]
            if len(run) <= size or _split_listed(word) is None:
                continue
            if rest.startswith(_STRONG_NEXT if size == 2 else _BROAD_NEXT):
                out.append((m.start(), m.start() + size, E.NAME))
                break
    return out


def _chinese_sentence_names(text: str) -> list[tuple[int, int, str]]:
    """Surnames opening a task clause and full names inside a sentence (Chinese text only)."""
    out = _clause_start_names(text)
    for m in _CLAUSE_SURNAME.finditer(text):
        if m.group("name") not in _NOT_CLAUSE_SURNAME and cjk_family(m.group("name")):
            out.append((m.start("name"), m.end("name"), E.LAST_NAME))
    for m in _INLINE.finditer(text):
        name, after = m.group("name"), text[m.end("name") : m.end("name") + 2]
        # Only before a verb or preposition people take ("把", "说"): "但是文学就是…" (family 文 + given
        # 学) and "对于文章都…" are no names.
        strong = after.startswith(_PERSON_NEXT)
        if _split_listed(name) is not None and strong:
            out.append((m.start("name"), m.end("name"), E.NAME))
    return out


_LATIN = re.compile("[A-Za-z]")
_BARE_RUN = re.compile(f"[{HAN}{ITERATION_MARK}{KANA}]+")
# Honorifics, place and unit words that end a run which is then no bare name ("吴先生", "建军县王路344号").
_NOT_BARE_END = re.compile(
    "(?:先生|女士|小姐|同学|同學|老师|医生|经理|様|さん|氏|殿|[市县縣区區省路街道号號镇鎮村楼樓室座])$"
)


def _names_in_latin_notes(text: str) -> list[tuple[int, int, str]]:
    """In a note written in Latin letters a run of ideographs stands out: a listed family name and a given
    name is a person ("raised by 汤涛 against 吴洋"), a lone listed family name a surname ("Says 吴 shouted")."""
    if len(_LATIN.findall(text)) <= len("".join(_BARE_RUN.findall(text))) * 3:
        return []
    out = []
    for m in _BARE_RUN.finditer(text):
        run, start, end = m.group(), m.start(), m.end()
        if not 1 <= len(run) <= 4 or _NOT_BARE_END.search(run) or S.script_town(run):
            continue
        if re.match(r"\d", text[end : end + 1]) or re.search(r"\d$", text[:start]):
            continue  # "2025年10月13日": date parts
        if cjk_given(run) and (len(run) > 1 or not cjk_family(run)):
            out.append((start, end, E.NAME))  # a given name alone ("pass to 拓真", "escalated to あすか")
            continue
        if re.search(f"[{KANA}]", run):
            continue
        if len(run) == 1:
            if cjk_family(run):
                out.append((start, end, E.LAST_NAME))
        elif _split_listed(run) is not None or S.split_family_given(run) is not None:
            out.append((start, end, E.NAME))
    return out


def _role_then_predicate(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """A full name after a role noun with its predicate in the same run (``女儿张英在场``, ``客户王芳已签收``):
    a listed family and a listed given name, then a word a person's clause goes on with. The role noun is
    the cue, so a Japanese address elsewhere in the note (``横浜市保土ケ谷区``) does not matter."""
    tail = text[start:end]
    for size in (3, 2, 4):
        word, rest = tail[:size], tail[size:]
        if len(tail) > size and _split_listed(word) is not None and rest.startswith(_BROAD_NEXT):
            return start, start + size, E.NAME
    return None


def cjk_name_spans(text: str) -> list[tuple[int, int, str]]:
    """Names in Japanese and Chinese notes after role nouns, as whole runs and in lists (see module)."""
    out: list[tuple[int, int, str]] = []
    prev_end, prev_run, prev_name = 0, "", False
    for m in _RUN.finditer(text):
        run, start, end = m.group(), m.start(), m.end()
        if start < prev_end:  # inside a spaced name found just before
            continue
        honorific = _HONORIFIC_END.search(run)
        if honorific and honorific.start() > 0:  # "佐々木直子様": the name ends before the honorific
            run, end = run[: honorific.start()], start + honorific.start()
        gap = text[prev_end:start]
        found = None
        tail = _role_tail(run)
        if tail is not None and tail < len(run):
            found = _person(text, start + tail, end, cued=True)
        if found is None and tail is not None and tail < len(run):
            found = _role_then_predicate(text, start + tail, end)  # "女儿张英在场"
        for inner in _inner_role_tails(run, tail) if found is None and tail is not None else ():
            found = _role_then_predicate(text, start + inner, end)  # "其兄蔡莹为担保人"
            if found is not None:
                break
        labelled = prev_run and _CUE_GAP.match(gap) and (":" in gap or "：" in gap) and _LABEL.search(prev_run)
        if found is None and prev_run and _CUE_GAP.match(gap) and (_role_tail(prev_run) == len(prev_run) or labelled):
            found = _person(text, start, end, cued=True)  # "出席者 小林", "氏名：山田 太郎"
        if found is None and prev_name and _LIST_GAP.match(gap):
            found = _person(text, start, end, cued=True)  # "出席李、陈瑜"
        if found is None:
            verb = _verb_tail(run)
            if verb is not None and verb < len(run) and 2 <= len(run) - verb <= 3:
                word = run[verb:]
                if _split_listed(word) is not None:
                    found = (start + verb, end, E.NAME)
        if found is None and _SIGNED_BEFORE.search(text[:start]) and _SIGNED_AFTER.match(text, end):
            word = run[:4]
            if _split_listed(word) is not None and len(run) <= 4:  # a signature line: "…未到账。刘东"
                found = (start, end, E.NAME)
        if found is None:
            found = _person(text, start, end, cued=False)
        if found is not None:
            out.append(found)
        prev_end = found[1] if found is not None and found[1] > end else end
        prev_run, prev_name = run, found is not None and found[1] >= end
    if not re.search(f"[{KANA}]", text):
        out += _chinese_sentence_names(text)
    out += _names_in_latin_notes(text)
    for m in _SELF_INTRO.finditer(text):
        name = m.group("name")
        if cjk_given(name) or (len(name) >= 3 and _split_listed(name) is not None):
            out.append((m.start("name"), m.end("name"), E.NAME))
    return out
