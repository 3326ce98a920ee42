"""The first part of a transliterated name (graph_builder/entities/persons.py): after punctuation a single
character jieba reads as a word is a syllable of the name; five-syllable first parts are kept whole; words before
a name are still cut. New names written for this test."""

from __future__ import annotations

import pytest

from graph_builder.entities.persons import dotted_names


@pytest.mark.parametrize("text,name", [
    ("副主席（博茨瓦纳）莫图西·塞雷策（Mothusi Seretse）大使", "莫图西·塞雷策"),
    ("司长贝亚特丽斯·洛伦茨（Beatrice Lorenz）女士介绍了报告", "贝亚特丽斯·洛伦茨"),
    ("随后卡洛斯·罗哈斯（Carlos Rojas）发言", "卡洛斯·罗哈斯"),
    ("，并约翰·史密斯（John Smith）发言", "约翰·史密斯"),
    ("会议随后由阿玛拉·孔戴主持", "阿玛拉·孔戴"),
    # a hyphenated double surname: each name counts on its own
    ("由智利总统费尔南达·加利亚多-比利亚努埃瓦(Fernanda Gallardo-Villanueva)主持", "费尔南达·加利亚多-比利亚努埃瓦"),
    # a six-syllable first part right after a boundary (the country and 的, punctuation)
    ("选举不丹的索南多吉旺楚·多杰（Sonamdorjiwangchu Dorji）为主席", "索南多吉旺楚·多杰"),
    ("会议闭幕,图门巴雅尔玛·策伦(Tumenbayarma Tseren)致辞", "图门巴雅尔玛·策伦"),
    # right after a post a single character is the name's first syllable (托 is no verb here)
    ("委员会副主席托比亚斯·林德（Tobias Lind）先生（瑞典）介绍了草案", "托比亚斯·林德"),
    # …but a preposition after the post is still cut
    ("主席由安娜·科瓦尔(Anna Koval)担任", "安娜·科瓦尔"),
])
def test_first_part_of_a_name(text, name):
    assert [h.surface for h in dotted_names(text, [False] * len(text))] == [name]


def test_a_run_of_characters_too_long_for_a_name_part_is_not_a_name():
    text = "由阿玛拉·孔戴孔戴孔戴孔戴-孔戴(Amara Conde)主持"
    assert dotted_names(text, [False] * len(text)) == []


def test_six_characters_after_a_word_keep_five_for_the_name():
    # no boundary before the sixth character: it belongs to the words before the name, not to the name
    assert [h.surface for h in dotted_names("他们向莫图西塞雷·策(Mothusi Seretse)致意",
                                            [False] * 40)] != ["向莫图西塞雷·策"]


@pytest.mark.parametrize("text", ["三.结论和建议", "\n四.区域一级的后续行动\n", "十二.其他事项"])
def test_a_chapter_number_and_its_title_are_not_a_name(text):
    assert dotted_names(text, [False] * len(text)) == []
