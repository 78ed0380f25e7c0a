"""Japanese and Chinese names without an honorific: after role nouns, as whole runs, in lists and
signatures (held-out set 10: ja_JP text names 0.39, zh_CN surnames 0.00 before these rules)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_cjk_names import cjk_name_spans
from safe_synthesizer.pii.text_script_names import script_name_spans


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], e) for a, b, e in sorted(cjk_name_spans(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role noun glued to a full name or to a lone family name ending the run
        ("搬送記録：依頼者山口陽子 連絡済み、担当者佐藤。", [("山口陽子", E.NAME), ("佐藤", E.LAST_NAME)]),
        ("值班记录：负责人王秀英，电话已通知，证人刘。", [("王秀英", E.NAME), ("刘", E.LAST_NAME)]),
        # a role noun, a space or a colon, then the name
        ("面談 参加者 田中、渡辺 さゆり。", [("田中", E.LAST_NAME), ("渡辺 さゆり", E.NAME)]),
        # a list after a name
        ("出席李、张伟。", [("李", E.LAST_NAME), ("张伟", E.NAME)]),
        # a whole run between kana/punctuation that splits into listed family + given name
        ("本日は高橋直樹が来店しました。", [("高橋直樹", E.NAME)]),
        # a family name and a kana given name, glued, before an honorific
        ("5号室 石川さゆり様より電話。", [("石川さゆり", E.NAME)]),
        # a person verb in Chinese, then a listed full name
        ("今天在门口发现王芳，已通知家属。", [("王芳", E.NAME)]),
        # a signature line
        ("退款至今未到账，请尽快处理。\n李娜", [("李娜", E.NAME)]),
        # a form label ending in a person noun and a colon
        ("借受人：森 直樹", [("森 直樹", E.NAME)]),
        # a guest, a member or a customer a log names (set 11 zh_CN hotel log, seen)
        ("23:10 晚到：客人周建国，房间8。", [("周建国", E.NAME)]),
        ("会员吴芳，积分已到账。", [("吴芳", E.NAME)]),
    ],
)
def test_names_in_japanese_and_chinese_notes(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "文学が好きです。",  # 文 (family) + 学 (given): two characters need a cue
        "这款手机采用高强度玻璃，或者选择金色外壳。",  # "或者" ends in 者 but is "or"
        "个人信息保护政策已更新。",  # 人 + 信息: no listed given name
        "患者出生日期不详。",  # a role, then no name
        "客人投诉噪音，已换房。",  # a guest, then a verb: no name
        "用户反馈很好，会员积分翻倍。",
        "高清屏幕、大容量电池、快速充电。",  # a list of product features
        "商品番号：ABC-123、色：黒、サイズ：M",
    ],
)
def test_product_and_prose_text_has_no_cjk_names(text: str) -> None:
    assert _found(text) == []


def test_job_titles_after_a_surname_mark_the_surname() -> None:
    text = "如有疑问请找崔经理或者王主任。"
    assert [(text[a:b], e) for a, b, e in script_name_spans(text) if e == E.LAST_NAME] == [
        ("崔", E.LAST_NAME),
        ("王", E.LAST_NAME),
    ]
    assert not [s for s in script_name_spans("请联系销售经理。") if s[2] == E.LAST_NAME]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("周会：宋负责核对库存，何致电供应商。", [("宋", E.LAST_NAME), ("何", E.LAST_NAME)]),
        ("服务一般，但是王秀英把问题解决了。", [("王秀英", E.NAME)]),
        ("后来由张伟向客户说明情况。", [("张伟", E.NAME)]),
    ],
)
def test_surnames_opening_a_task_and_names_inside_chinese_sentences(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "请拨打客服电话，可致电我们。",  # 请/可 open such clauses and are no surnames
        "但是文学就是生活，对于文章都是如此。",  # two-character words that split like names
        "受付時間外は、明日連絡します。",  # Japanese text: the Chinese sentence rules stay off
    ],
)
def test_chinese_sentences_without_names(text: str) -> None:
    assert _found(text) == []


def test_five_character_names_as_whole_runs() -> None:
    assert _found("本日、長谷川翔太が来院。") == [("長谷川翔太", E.NAME)]


def test_a_given_name_introducing_oneself_and_a_name_before_a_kanji_honorific() -> None:
    assert _found("【連絡】花子です。明日伺います。") == [("花子", E.NAME)]
    assert _found("【連絡】あすかと申します。") == [("あすか", E.NAME)]
    assert _found("5号室 佐々木直子様、夜間は安定。") == [("佐々木直子", E.NAME)]
    assert _found("以上です。承知です。よろしくお願いします、文学です。") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a full name opening a clause before what the person does or is (issue 11, set 12 zh_CN, seen)
        ("快递员：孙秀兰不在家，已放快递柜。", [("孙秀兰", E.NAME)]),
        ("回访记录。黄建国表示满意，不需要再联系。", [("黄建国", E.NAME)]),
        ("早上何静已经签收了。", []),  # not at the start of a run: the predicate alone is no cue
        ("罗强说明天再来。", [("罗强", E.NAME)]),  # two characters before a strong predicate
        ("备注：徐丽的电话换了。", [("徐丽", E.NAME)]),
    ],
)
def test_full_names_opening_a_chinese_clause(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "文明是一种习惯，安全不是小事。",  # 文 + 明 split like a name, but 是 is too common after two characters
        "明天下午到，高兴不起来。",
        "平安到达，方便的话回电。",
    ],
)
def test_words_opening_a_chinese_clause_are_no_names(text: str) -> None:
    assert _found(text) == []


def test_a_three_character_family_name_before_an_honorific() -> None:
    text = "荷物は隣に預けました。佐々木様、ご確認ください。長谷川さんにも連絡。"
    found = [(text[a:b], e) for a, b, e in script_name_spans(text) if e in (E.NAME, E.LAST_NAME)]
    assert ("佐々木", E.LAST_NAME) in found and ("長谷川", E.LAST_NAME) in found
    assert [s for s in script_name_spans("皆様、お客様へのお知らせ。") if s[2] == E.LAST_NAME] == []


def test_chinese_names_inside_english_notes() -> None:
    text = "Complaint filed by 孙秀兰 about supervisor 周建国. Says 周 ignored her on 2025年3月8日. Cc 郑先生."
    assert set(_found(text)) == {("孙秀兰", E.NAME), ("周建国", E.NAME), ("周", E.LAST_NAME)}
    # towns, dishes and address lines in an English note are no names
    assert _found("Flights from 北京 to 上海 and 广州, dinner 宫保鸡丁 and 麻婆豆腐 at 建军县王路344号.") == []


def test_a_given_name_alone_in_an_english_note() -> None:
    assert _found("good fit, hand over to 拓真 for the 2nd round") == [("拓真", E.NAME)]
    assert _found("escalated to あすか in retentions") == [("あすか", E.NAME)]
    assert _found("paid on 2025年3月8日 and 4月 again") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A family member or the customer right before the name, its predicate in the same run.
        ("社工到访。儿子周建国在场，情况稳定。", "周建国"),
        ("送货：客户王芳已签收。", "王芳"),
        # A Japanese address elsewhere in the note does not stop the Chinese rule.
        ("地址：横浜市保土ケ谷区1号。女儿刘洋在场。", "刘洋"),
        # Japanese: the customer ("お客様") before a family name, a space and a given name.
        ("配車：駅前、9時、お客様山本 直樹、到着時に電話。", "山本 直樹"),
    ],
)
def test_family_member_and_customer_cues(text: str, name: str) -> None:
    assert name in [text[a:b] for a, b, _ in cjk_name_spans(text)]


@pytest.mark.parametrize("text", ["女儿在场。", "儿子很好，谢谢。", "女儿文学很好。"])
def test_family_words_without_a_name(text: str) -> None:
    assert cjk_name_spans(text) == []


def test_name_after_possessive_kin_word_before_wei() -> None:
    # "其兄蔡莹为担保人" (his brother Cai Ying is the guarantor): the kin word with 其 opens the name even
    # though the clause's last role noun (担保人) ends the run; bare 兄弟/父母 stay words.
    text = "走访借款人涂洁，地址北镇街。其兄蔡莹为担保人。"
    assert ("蔡莹", E.NAME) in [(text[a:b], e) for a, b, e in cjk_name_spans(text)]
    assert cjk_name_spans("兄弟姐妹都在。父母为人很好。其兄长为人正直。") == []


def test_name_before_body_part_opens_clause() -> None:
    # "舒晶膝盖疼痛减轻" (Shu Jing's knee pain eased): Chinese puts the person first, then the body part.
    for text, name in (("康复记录：舒晶膝盖疼痛减轻。", "舒晶"), ("康复记录：馬麗雲膝盖疼痛减轻。", "馬麗雲")):
        assert (name, E.NAME) in [(text[a:b], e) for a, b, e in cjk_name_spans(text)]
    assert cjk_name_spans("左膝盖疼痛，他们的膝盖没问题。") == []
