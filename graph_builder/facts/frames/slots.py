"""Typed slots in a prose leaf: what the frame forms match on.

A slot is a stretch of a leaf's normalised text that names one thing of a type: PLACE, COUNTRY, GOV, ORG,
BODY, POST, PERSON, EVENT, ACT, DOC, GROUP, ACTIONLINE, DATE, COUNT, NAME (a quoted name). Slots come from

* the linked mentions of the leaf (reference entities and open-class names the mentions stage found),
* the event anchors of the event rules (so a frame and the event rules speak of the same event),
* the date and count recognisers,
* and the open-class forms below, for names no list holds: sessions and numbered meetings of any body
  (``委员会第十一届会议``, a bare ``第十二届会议`` of the body the section is about, ``论坛第三次会议``,
  ``首届X论坛``, ``2010年X论坛``), persons written with ``·`` and a Latin form in parentheses, countries
  (ISO 3166 names in Chinese) and their governments (``X政府``), places where something is held
  (``在X举行``), and quoted names (“…”).

Overlaps are resolved longest first (an EVENT holds its BODY, a GOV its COUNTRY). All offsets are in the
leaf's normalised coordinates; ``leaf.span(i, j)`` maps them back.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from graph_builder.entities.open_class import entity_kind
from graph_builder.entities.recognizers import find_counts
from graph_builder.facts.frames.mint import mint_key
from graph_builder.rdf.namespaces import slugify

_CN = "零〇一二两三四五六七八九十百"
_ORD_EN = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
           9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
           15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth"}

#: kind of a listed or minted entity (graph_builder.entities.open_class.KINDS) -> slot types it fills
KIND_TYPES = {
    "PERSON": ("PERSON",), "COUNTRY": ("COUNTRY", "PLACE"), "GOVERNMENT": ("GOV", "ORG"), "ORG": ("ORG",),
    "BODY": ("BODY", "ORG"), "PLACE": ("PLACE",), "EVENT": ("EVENT",), "ACT": ("ACT",), "DOCUMENT": ("DOC",),
    "POST": ("POST",),
}
#: key prefix of a linked mention -> slot types it fills (concepts and groups, which have no KIND)
PREFIX_TYPES = {
    "place": ("PLACE",), "country": ("COUNTRY", "PLACE"), "gov": ("GOV", "ORG"), "org": ("ORG",),
    "body": ("BODY", "ORG"), "post": ("POST",), "person": ("PERSON",), "event": ("EVENT",),
    "resolution": ("ACT",), "decision": ("ACT",), "agreed-conclusions": ("ACT",), "document": ("DOC",),
    "group": ("GROUP",), "actionline": ("ACTIONLINE",), "initiative": ("INITIATIVE",),
}


@dataclass
class Slot:
    types: tuple[str, ...]
    i: int
    j: int
    key: str | None = None  # entity key (reference, anchor or minted)
    value: object = None  # DateMention, Count
    cls: str | None = None  # class of a minted entity (its type triple is emitted with the fact)
    zh: str | None = None
    en: str | None = None
    extra: dict = field(default_factory=dict)

    @property
    def minted(self) -> bool:
        return self.cls is not None


# ------------------------------------------------------------------------------------------ open forms
_PERSON_LATIN = re.compile(r"(?P<zh>[\u4e00-\u9fff]{1,8}(?:[·・•][A-Z](?=[·・•]))?(?:[·・•][\u4e00-\u9fff\-]{1,10}){1,3})"
                           r"(?:\((?P<en>[A-Z][A-Za-z\u00C0-\u024F.' \-]{1,60})\))?")
_SESSION = re.compile(
    rf"(?:(?P<year>(?:19|20)\d\d)年)?第(?P<n>[{_CN}\d]+)(?P<unit>届|次)(?P<noun>会议|年会|届会|大会|论坛|会)"
    rf"|第(?P<nth>[{_CN}\d]+)届(?P<nname>(?:(?![于在向之的为由第])[\u4e00-\u9fffA-Za-z]){{2,20}}?(?:部长级会议|会议|论坛|大会|峰会)(?:论坛|大会)?)"
    rf"|首届(?P<first>[\u4e00-\u9fffA-Za-z]{{0,12}}?(?:论坛|大会|会议|峰会)(?:论坛|大会)?)"
    rf"|(?P<yyear>(?:19|20)\d\d)年(?P<yname>(?:(?![于在向之的和与及为由第季前])[\u4e00-\u9fffA-Za-z]){{1,12}}?(?:论坛|大会|峰会)(?:论坛|大会)?)")
_BODY_SUFFIX = r"工作组|专家组|专题组|小组|委员会|理事会|秘书处|中心|基金|伙伴关系|联盟|网络|任务组|工作队"
# a body named before the name it had before (X原称“Y”, X（原名Y）): its present name, opening the clause
_FORMERLY_BODY = re.compile(rf"(?:^|(?<=[。;:,]))(?:\d+(?:\.\d+)*\.)?(?P<b>[\u4e00-\u9fffA-Za-z]{{2,24}}?(?P<suffix>{_BODY_SUFFIX}))"
                            r"(?=\(?(?:原称|原名|前称|旧称))")
# (下设的X专题组: a body set up under the one named before)
_NEW_BODY = re.compile(rf"(?:设立|成立|建立|组建|设置|下设的?)了?(?:一个|一项)?(?P<b>[\u4e00-\u9fffA-Za-z]{{2,24}}?(?P<suffix>{_BODY_SUFFIX}))")
_BODY_CLASS = {"工作组": "WorkingGroup", "专家组": "WorkingGroup", "小组": "WorkingGroup", "委员会": "Committee",
               "理事会": "Council", "秘书处": "Secretariat", "基金": "Fund", "任务组": "TaskForce", "工作队": "TaskForce",
               "专题组": "TaskForce"}
_PART_OF_BODY = re.compile(rf"(?P<ref>论坛|委员会|理事会)?的(?P<b>[\u4e00-\u9fff]{{0,10}}?(?P<suffix>{_BODY_SUFFIX}))")
_ADDRESSEE = re.compile(r"(?:请|要求|责成|邀请|鼓励|敦促)(?P<x>[\u4e00-\u9fff]{2,12}?(?:局|署|秘书处|办公室|司|部|委员会|组织|中心))(?=于|在|应|尽快|继续|就|向)")
# a unit the lists lack that takes a task on (秘书处由数字经济部电信司承担, 由国家统计局负责): its name closed by the
# word for a unit, right after 由 and before the verb of taking on
_UNIT_TAKES_ON = re.compile(r"由(?P<x>(?:(?![由的])[\u4e00-\u9fff]|、){2,24}?(?:部|司|局|署|处|办公室))(?=承担|负责|提供)")
_MANDATE_OF = re.compile(rf"将(?P<b>[\u4e00-\u9fffA-Za-z]{{2,16}}?(?P<suffix>{_BODY_SUFFIX}|论坛))的?(?:任务期限|任期|任务授权|授权)")
_GENERIC_HEAD = re.compile(r"一个|一项|相应|有关|适当|必要|各|该|这|其|新|此类|若干|多个|两个|三个")
# a ministry named after its country: nominal words closed by 部 (not 部长, 部门, 部分, 部署, 部队)
_MINISTRY = re.compile(r"(?:共和国|王国|联邦|合众国)?[\u4e00-\u9fff]{2,14}?部(?![长门分署队])")
_IN_NO_MINISTRY = re.compile(r"[的在于由与向为将已是]|代表|政府|全部|南部|北部|东部|西部|中部")
# a post of the ministry and its holder follow (…部副部长X, …部的X): the person's country stays the slot
_TITLE_AFTER = re.compile(r"的|副?(?:部长|司长|局长|主任|秘书长|代表|大使|官员|顾问|国务秘书)")
_JOINERS = ("和", "与", "及", "、", "或", "并", "以及")
_UNIT_VERB = re.compile(r"担任|负责|作为|提供|承担|设立|成立|主办|设有|设在|兼任")
_UNIT = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:统计研究所|研究所|研究院|办事处|区域办事处|秘书处|统计司|中心|学院|大学)"
                   r"|[\u4e00-\u9fff]{2,14}?司(?=[,;。]|$)")  # a division at a clause end: …秘书处设在亚太经社会统计与数据司
# (no 的, 在 or 于 inside: …5月4日在内罗毕的渔业论坛 names 渔业论坛, not 日在内罗毕的渔业论坛)
_NAMED_BODY = re.compile(r"(?:^|(?<=[,;。、和与及在由的.:)\s\d]))(?P<name>(?:(?![的在于])[\u4e00-\u9fffA-Za-z]){0,14}?(?P<suffix>委员会|论坛|理事会|工作组|组织|联盟|讲习班|研讨会|协会|平台))(?:的)?$")
# The verbs an act's clause opens with (注意到, 又欢迎, 决定): never part of a name that follows them.
ACT_VERB = re.compile(r"(?:又|还|并|再次|进一步)?(?:满意地|赞赏地|关切地)?(?:注意到|欢迎|回顾|重申|确认|认识到|决定|邀请|"
                       r"鼓励|敦促|吁请|强调|赞赏|要求|呼吁|请)")
_YEARS = re.compile(rf"(?<=延长|为期|期限|任期)(?P<n>[{_CN}\d]+)年")
_LATIN_AFTER = re.compile(r"\([A-Z][A-Za-z\u00C0-\u024F.' \-]{1,60}\)")
# a form of address after a name and its Latin form belongs to the name's words: …（Viktor Ivanenko）先生
_HONORIFIC = re.compile(r"先生|女士|阁下|大使|博士|教授")
_BARE_POST = re.compile(r"副秘书长|秘书长|总干事|执行秘书|副主任|主任")
_TITLE_EN = {"副秘书长": "deputy-secretary-general", "秘书长": "secretary-general", "总干事": "director-general",
             "执行秘书": "executive-secretary", "副主任": "deputy-director", "主任": "director"}
# the title of an organisation's head right after its name, not followed by more of a name (署长办公室)
_HEAD_TITLE = re.compile(r"(?:副署长|署长|副秘书长|秘书长|副总干事|总干事|执行主任|执行秘书)(?![\u4e00-\u9fff]{0,1}(?:办公室|处|司|局))")
_HEAD_TITLE_EN = {"署长": ("Administrator", "administrator"), "副署长": ("Associate Administrator", "associate-administrator"),
                  "秘书长": ("Secretary-General", "secretary-general"),
                  "副秘书长": ("Deputy Secretary-General", "deputy-secretary-general"),
                  "总干事": ("Director-General", "director-general"),
                  "副总干事": ("Deputy Director-General", "deputy-director-general"),
                  "执行主任": ("Executive Director", "executive-director"),
                  "执行秘书": ("Executive Secretary", "executive-secretary")}
_AFTER_NAME = re.compile(r"宣布|担任|当选|连任|出席|主持|发言|表示|致辞|先生|女士|再次|被|为|在|于|的|和|与|及|等")
_TITLE_END = set("长使席理官任员书士生问")  # 部长 大使 主席 总理 主任 议员 秘书 博士 先生 顾问
# a meeting named by its kind as the subject of a dated clause: (，)委员会闭会期间小组会议于2011年…
_MEETING_NAMED = re.compile(r"(?:^|(?<=[,;。:]))(?:\d+(?:\.\d+)*\.|\d+(?:\.\d+)+)?(?!本次|本届|该|这次|这届|此次)(?P<name>[\u4e00-\u9fff]{2,16}(?:小组会议|专家组会议|专家会议|"
                            r"讲习班|研讨会|圆桌会议|磋商会))(?=(?:将|拟|定|计划)?于(?P<year>(?:19|20)\d\d)年)")
# a report named by its place in a series right after the verb that submits it (提交了第一份工作报告); the key holds
# the document id, since the words alone name a different report in each text
_NTH_REPORT = re.compile(r"(?:提交|呈交|递交)了?(?:其)?(?P<d>第[一二三四五六七八九十\d]{1,3}份[\u4e00-\u9fff]{0,6}?报告)")
# a report named by its topic where the sentence says it was submitted: 一份有关论坛的报告在2016年呈交给X
_TOPIC_REPORT = re.compile(r"(?:^|(?<=[,;。:]))(?:一份|这份|该份)?(?P<d>(?:有关|关于)[^,。;:、()“”《》]{1,16}?的"
                           r"[\u4e00-\u9fff]{0,4}?报告)(?=(?:已|已经|曾|将)?(?:于|在)?[^,。;]{0,12}?(?:提交|呈交|递交))")
# a campaign named by what it raises or spreads, right after the verb that launches it: 发起了为论坛筹集资金的活动
_CAMPAIGN = re.compile(r"(?:发起|启动|开展)了?(?:一项|一场|一个)?(?P<c>(?:为[^,。;:、为]{1,12}?)?(?:筹集资金|筹集经费|筹资|募捐|募集资金|宣传)"
                       r"的?(?:活动|运动))")
# a meeting named by its series and year at a clause start (信息社会世界峰会论坛2018年会议), and the process that
# prepares it when the text names one right after it (…的公开磋商进程)
_YEAR_MEETING = re.compile(r"(?:^|(?<=[,;。:]))(?P<name>(?:(?![的在于和与及由将])[\u4e00-\u9fffA-Za-z]){2,20}?(?:论坛|大会|峰会)"
                           r"(?:19|20)\d\d年(?:会议|年会))(?:的(?P<process>(?:公开)?(?:磋商|筹备|协商|征集)(?:进程|程序|阶段)))?")
_QUOTED_EVENT = re.compile(r"“(?P<q>[^”“]{2,30})”(?P<noun>峰会|论坛|大会|会议|研讨会)")
_HELD_AT = re.compile(r"(?:在(?P<p>[\u4e00-\u9fff]{2,7}?)(?:联合|共同)?(?:举行|召开|举办|主办|承办|复会|续会|通过了?第))|(?:(?:设在|设于|位于)(?P<q>[\u4e00-\u9fff]{2,5}?)(?=[,;。]|$))")
# a city the lists lack, written after its country (and maybe its province): 在巴西若昂佩索阿举行,
# 在肯尼亚首都内罗毕召开, 在中国浙江省乌镇举行
_HELD_IN_COUNTRY = re.compile(r"在(?P<p>[\u4e00-\u9fff]{3,18}?)(?=举行|召开|举办|主办|承办|复会|续会)")
_CITY_LEAD = re.compile(r"(?:首都|首府|城市|市)?(?:[\u4e00-\u9fff]{2,6}?[州省])?")
_NOT_A_CITY = re.compile(r"[的和与及、各该本其]|境内|国内|全国|地区|各地|多个|总部|中心|大厦|酒店|饭店|大楼|会堂|宫")
# a ministry or office and the title of its head, after a country's name (智利交通和电信部部长, 秘鲁文化部副部长)
_MINISTER = re.compile(r"(?P<org>[\u4e00-\u9fff]{1,14}?(?:部|署|局|办公室|委员会))(?P<title>副部长|部长|署长|副署长|局长|主任|主席)")
# a minister of a ministry named without its country (a country's own report names its own ministries):
# 邮政和电信部部长X（Latin）, 由数字经济部部长担任主席 -- opening a clause or after 由
_BARE_MINISTER = re.compile(r"(?:^|(?<=[,。;:由]))(?:\d+\.\s?)?(?P<org>(?:(?![的由])[\u4e00-\u9fff]|、){1,20}?部)"
                            r"(?P<title>副部长|部长)")
_CHAIR_AFTER = re.compile(r"(?:担任|出任)(?:主席|共同主席|联合主席)")
# the title of an organisation's head, after the organisation's name (电信管理局局长)
_ORG_HEAD = re.compile(r"副?(?:局长|署长|主任|主席|总裁|总干事|执行主任|理事长|首席执行官|秘书长)")
# a post named by its title opening a clause, its holder's name after 为/是 (基金经理为瑞典的X（Latin）)
# (a body's (共同)协调人 is the body's head: graph_builder/facts/frames/bodies.yaml body-coordinators)
_TITLE_HOLDER = re.compile(r"(?:^|(?<=[,。;:]))(?:\d+\.\s?)?(?P<t>(?!共同|联合)(?:(?!的)[\u4e00-\u9fff]){1,6}?"
                           r"(?P<noun>经理|协调人|协调员|负责人|召集人|司库|特使))(?:为|是)")
# a project opening a clause, then who coordinates or heads it (X项目由马里的Y担任项目协调人)
_PROJECT_HEADED = re.compile(r"(?:^|(?<=[,。;]))(?:\d+\.\s?)?(?P<p>[\u4e00-\u9fffA-Za-z]{2,30}?(?:项目|方案))由")
# a venue written after the city, before the verb of holding: 在日内瓦万国宫举行, 在纽约联合国总部举行了续会
_VENUE = re.compile(r"(?:[\u4e00-\u9fff]{0,10}?(?:万国宫|总部|会议中心|展览中心|大厦|酒店|饭店|大楼|会堂|会议厅))"
                    r"(?=(?:举行|召开|举办|复会|续会))")
# a network of people or institutions (联络人网络, 专家网络, 研究机构网络) is a body; a network of cables is not
_QUOTED_BODY = re.compile(r"(?:工作组|专家组|委员会|理事会|任务组|工作队|伙伴关系|咨询小组|工作小组|(?:人|者|员|家|机构)网络)$")
_QUOTED = re.compile(r"“(?P<q>[^”“]{2,40})”(?:\((?P<abbr>[^()]{1,20})\))?")
_BODY_HEAD = re.compile(r"(委员会|论坛|大会|理事会|工作组|小组)$")


def _num(text: str) -> int | None:
    from graph_builder.entities.recognizers import parse_number

    return parse_number(text)


class Spans:
    """Non-overlapping (i, j, item) spans sorted by start: overlap and end lookups in O(log n)."""

    def __init__(self, items):
        self.items = sorted(items, key=lambda t: (t[0], t[1]))
        self.starts = [t[0] for t in self.items]
        self.by_end = {}
        for t in self.items:
            self.by_end.setdefault(t[1], []).append(t[2])

    def overlaps(self, i: int, j: int) -> bool:
        k = bisect.bisect_left(self.starts, j)  # spans starting before j
        for t in self.items[max(0, k - 3):k]:
            if t[1] > i:
                return True
        return False

    def inside(self, i: int, j: int) -> list:
        k = bisect.bisect_left(self.starts, i)
        out = []
        while k < len(self.items) and self.items[k][0] < j:
            if self.items[k][1] <= j:
                out.append(self.items[k][2])
            k += 1
        return out

    def ending_at(self, j: int) -> list:
        return self.by_end.get(j, [])


# a city written after its country, before the verb of holding: 在斐济苏瓦举行, 在哈萨克斯坦首都阿斯塔纳举行
_CITY_AFTER_COUNTRY = re.compile(r"(?:首都|城市)?(?P<c>[\u4e00-\u9fff]{2,6}?)(?=举行|召开|举办|复会|续会)")


def _city_of_country(ctx, text: str, mentions_list, mentions: Spans) -> list[tuple[int, Slot]]:
    """PLACE slots for ``COUNTRY CITY`` (在卢旺达基加利举行): the city is where it is, the country only says
    which city; the slot spans both and names the city (a listed one, or one minted from the words before the
    verb of holding)."""
    ref = ctx.reference
    out = []
    for k, m in enumerate(mentions_list):
        if ref is None or entity_kind(ref, m.key) != "COUNTRY" or text[max(0, m.i - 1):m.i] not in ("在", "于"):
            continue
        nxt = mentions_list[k + 1] if k + 1 < len(mentions_list) else None
        if nxt is not None and nxt.i == m.j and entity_kind(ref, nxt.key) == "PLACE":
            out.append((4, Slot(("PLACE",), m.i, nxt.j, key=nxt.key)))
            continue
        city = _CITY_AFTER_COUNTRY.match(text, m.j)
        if city and not mentions.overlaps(city.start("c"), city.end("c")):
            zh = city.group("c")
            out.append((4, Slot(("PLACE", "CITY"), m.i, city.end("c"), key=mint_key("place", zh), cls="City",
                                zh=zh)))
    return out


# a meeting named as the object of the verb of holding, up to the clause end: …在蒙得维的亚举行了《…》第五次区域
#筹备会议， / 于2014年秋季在阿拉木图举行年度会议，
_EVENT_AFTER_VERB = re.compile(
    r"(?:于|在)[^,;。]{2,30}?(?:举行|召开|举办|主办|承办)了?(?:一次|其)?"
    r"(?P<name>(?P<title>(?:《[^《》]{2,40}》)?(?:\([^()]{1,20}\))?)[\u4e00-\u9fffA-Za-z0-9+“”\-]{0,30}?"
    r"(?:会议|论坛|年会|讲习班|研讨会|峰会|磋商会|对话会|圆桌会议|高级别活动))(?=[,;。]|$)")
# a meeting named right after the relative clause that dates or places it, before its own verb: 2018年5月在达喀尔举行的
# 西非区域磋商会由…主办 / 在利马召开的拉美区域审查会议有…出席
_EVENT_AFTER_HELD = re.compile(
    r"(?:举行|召开|举办)的(?P<name>(?:(?![的在于由将])[\u4e00-\u9fffA-Za-z0-9“”\-]){2,30}?"
    r"(?:会议|论坛|年会|讲习班|研讨会|峰会|磋商会|对话会|圆桌会议|高级别活动))"
    r"(?=由|于|有|共有|吸引|通过|期间|[,;。、(]|$)")
# a name that says only what kind of meeting it is: the meeting of the clause's subject (工作组…举行年度会议)
_BARE_MEETING = re.compile(r"(?:年度|首次|第一次|特别|全体|年|筹备|区域|专家|部长级|高级别|协商|磋商|圆桌)?(?:会议|年会)")
# a count of meetings, not a name: 举办了四场专题会议, 召开两次区域会议
_COUNT_OF_MEETINGS = re.compile(r"[一二两三四五六七八九十几数多\d]+[场次个届项轮]")


# a meeting named by its topic right after the verb that holds or convenes it (举行一次关于X的高级别会议,
# 于…在纽约召开的关于X的高级别会议, 召集一场关于X的专题辩论): the whole phrase is its name
_TOPIC_EVENT = re.compile(
    r"(?:举行|召开|举办|召集)了?(?:一次|一场|一个)?的?"
    r"(?P<name>关于[^,;。:“”《》()]{2,40}?的[\u4e00-\u9fff]{0,8}?"
    r"(?:会议|辩论|对话|论坛|研讨会|峰会|圆桌会议|磋商会|高级别活动))(?=[,;。(]|$)")


# …and named by its topic as the subject of the clause that dates it (大会关于X的高级别会议于2015年…举行)
_TOPIC_SUBJECT = re.compile(
    r"(?:^|(?<=[,;。:]))(?:(?:又|还|并)?(?:满意地|赞赏地|关切地)?(?:注意到|欢迎|回顾|确认))?"
    r"(?P<name>(?:大会|经济及社会理事会|理事会|委员会)?关于[^,;。:“”《》()]{2,40}?的[\u4e00-\u9fff]{0,8}?"
    r"(?:会议|辩论|对话|论坛|研讨会|峰会|圆桌会议|磋商会|高级别活动))"
    r"(?=(?:将|拟|定|计划|已经?)?(?:于|在)(?P<year>(?:19|20)\d\d)年)")


def _events_by_topic(text: str, leaf, named_events: Spans) -> list[Slot]:
    """EVENT slots for meetings named by their topic after the verb of holding (_TOPIC_EVENT); the year the
    clause dates it in is part of its key, since reviews of one topic recur (2015年…审查的高级别会议, 2025年…)."""
    out = []
    for m in _TOPIC_EVENT.finditer(text):
        i, j = m.start("name"), m.end("name")
        if named_events.overlaps(i, j):
            continue
        zh = m.group("name")
        c0, _ = leaf.clause(m.start())
        years = re.findall(r"((?:19|20)\d\d)年", text[c0:i])
        key = mint_key("event", zh) + (f"-{years[-1]}" if years else "")
        out.append(Slot(("EVENT",), i, j, key=key, cls="Meeting", zh=f"{years[-1]}年{zh}" if years else zh))
    for m in _TOPIC_SUBJECT.finditer(text):
        i, j = m.start("name"), m.end("name")
        if named_events.overlaps(i, j):
            continue
        zh, year = m.group("name"), m.group("year")
        # the convener's name before 关于 is not part of the key: 大会关于X的会议 and 关于X的会议 are one meeting
        topic = zh[zh.index("关于"):]
        out.append(Slot(("EVENT",), i, j, key=f"{mint_key('event', topic)}-{year}", cls="Meeting", zh=f"{year}年{zh}"))
    return out


def _events_after_verb(text: str, leaf, mentions: Spans, named_events: Spans) -> list[Slot]:
    """EVENT slots for meetings named after the verb that holds them (X于DATE在PLACE举行了NAME); a bare kind
    (年度会议) is the meeting of the clause's subject, named with it and the year of the date."""
    out = []
    for m in _EVENT_AFTER_VERB.finditer(text):
        i, j = m.start("name"), m.end("name")
        zh = m.group("name")
        # a document's title in the name (《…》区域磋商会) may be a mention of its own
        if named_events.overlaps(i, j) or mentions.overlaps(m.end("title"), j) or "的" in zh \
                or _COUNT_OF_MEETINGS.match(zh):
            continue
        c0, _ = leaf.clause(m.start())
        lab = re.match(r"\s*(?:\d{1,3}[.．]\s*)?", text[c0:m.start()])
        subject = text[c0 + lab.end():m.start()]
        year = re.search(r"((?:19|20)\d\d)年", m.group(0))
        if _BARE_MEETING.fullmatch(zh):
            if not (4 <= len(subject) <= 30) or re.search(r"[于在将的]", subject) or year is None:
                continue
            zh = f"{subject}{year.group(1)}年{zh}"
        elif len(zh) < 4:
            continue
        key = mint_key("event", zh.replace("“", "").replace("”", "").replace("《", "").replace("》", ""))
        out.append(Slot(("EVENT",), i, j, key=key, cls="Meeting", zh=zh))
    return out


def _events_after_held(text: str, leaf, named_events: Spans) -> list[Slot]:
    """EVENT slots for meetings named after 在PLACE举行的 (_EVENT_AFTER_HELD); the year of the clause is part of the
    key, since regional meetings of one name recur every year. Numbered sessions (第N届…) are the session finder's."""
    out = []
    for m in _EVENT_AFTER_HELD.finditer(text):
        i, j = m.start("name"), m.end("name")
        zh = m.group("name")
        if named_events.overlaps(i, j) or len(zh) < 4 or zh.startswith(("第", "首届", "本届", "本次", "该", "这"))  \
                or _BARE_MEETING.fullmatch(zh) or _COUNT_OF_MEETINGS.match(zh):
            continue
        c0, _ = leaf.clause(m.start())
        years = re.findall(r"((?:19|20)\d\d)年", text[c0:i])
        key = mint_key("event", zh.replace("“", "").replace("”", "")) + (f"-{years[-1]}" if years else "")
        out.append(Slot(("EVENT",), i, j, key=key, cls="Meeting", zh=zh))
    return out


def leaf_slots(ctx, leaf, section_body=None, body_names=None, posts=None, acts=(), named_body=None,
               doc_events=None, surnames=None) -> list[Slot]:
    """Every slot in ``leaf`` (a rules_events_anchors.Leaf), non-overlapping, in text order. ``named_body`` is
    name -> key of the bodies named before the leaf in its section, for a meeting named by a body's head word
    (工作组第一次会议). ``doc_events``: {name as written: anchor} of the meetings the document names by a name of
    their own (2008年X活动群组) where it dates or places them; the same name elsewhere in the document is that
    meeting. ``surnames``: {last part of a name: person key} of the persons the document named in full before,
    each last part naming one person only."""
    text = leaf.text
    ref = ctx.reference
    cands: list[tuple[int, Slot]] = []
    mentions = Spans((x.i, x.j, x) for x in leaf.mentions)
    leaf._spans = mentions  # for the session finder  # (priority, slot); higher priority wins at equal length

    for a in leaf.anchors:
        cands.append((5, Slot(("EVENT",), a.i, a.j, key=a.key, cls=None, extra={"anchor": a, "series": a.series})))
    for name, a in sorted((doc_events or {}).items()):
        k = text.find(name)
        while k >= 0:
            if not any(b.i < k + len(name) and k < b.j for b in leaf.anchors):
                cands.append((4, Slot(("EVENT",), k, k + len(name), key=a.key, cls=None, extra={"series": a.series})))
            k = text.find(name, k + len(name))
    for m in leaf.mentions:
        kind = m.key.split("/", 1)[0]
        types = KIND_TYPES.get(entity_kind(ref, m.key)) if ref is not None else None
        types = types or PREFIX_TYPES.get(kind, ("THING",))
        j = m.j
        if "PERSON" in types:  # the Latin form in parentheses belongs to the name: 科菲·门萨（Kofi Mensah）
            latin = _LATIN_AFTER.match(text, j)
            j = latin.end() if latin else j
            honorific = _HONORIFIC.match(text, j) if latin else None
            j = honorific.end() if honorific else j
        if "PLACE" in types:  # the venue belongs to the place: 日内瓦万国宫
            venue = _VENUE.match(text, j)
            j = venue.end() if venue else j
        cands.append((4, Slot(types, m.i, j, key=m.key)))
        if "COUNTRY" in types:  # 秘鲁交通和通信部: a ministry of that country's government
            ministry = _MINISTRY.match(text, m.j)
            if ministry and not _IN_NO_MINISTRY.search(ministry.group(0)) and not _TITLE_AFTER.match(text, ministry.end()):
                zh = text[m.i:ministry.end()]
                cands.append((3, Slot(("GOV", "ORG"), m.i, ministry.end(), key=mint_key("org", zh), cls="Organization",
                                      zh=zh, extra={"country": m.key})))
    cands += _city_of_country(ctx, text, leaf.mentions, mentions)
    cands += [(0, x) for x in _surname_slots(text, leaf.mentions, mentions, surnames)]
    for i, j, key in acts:  # acts the act rules resolved (第65/141号决议 -> resolution/unga-65-141)
        cands.append((5, Slot(("ACT",), i, j, key=key)))
    for m in _BARE_POST.finditer(text):
        s0 = max(text.rfind("。", 0, m.start()), text.rfind(";", 0, m.start())) + 1
        orgs = [x.key.split("/", 1)[1] for x in mentions.inside(s0, m.start()) if x.key.startswith("org/")]
        # 秘书长: the post of that title of an organisation the sentence names (国际电联…秘书长), else the
        # post of that title named last in the document
        key = next((f"post/{o}-{_TITLE_EN[m.group(0)]}" for o in reversed(orgs)
                    if ref is not None and f"post/{o}-{_TITLE_EN[m.group(0)]}" in ref.by_key), None)
        key = key or (posts or {}).get(m.group(0))
        if key:
            cands.append((0, Slot(("POST",), m.start(), m.end(), key=key)))
    for x in leaf.mentions:  # 联合国开发计划署署长: the head of a listed organisation, as a post
        title = _HEAD_TITLE.match(text, x.j) if x.key.startswith("org/") else None
        if title is None or ref is None:
            continue
        key = f"post/{x.key.split('/', 1)[1]}-{_HEAD_TITLE_EN[title.group(0)][1]}"
        org = ref.by_key.get(x.key)
        en = f"{_HEAD_TITLE_EN[title.group(0)][0]} of the {org.en}" if org is not None and org.en else None
        cands.append((0, Slot(("POST",), x.i, title.end(), key=key, cls=None if key in ref.by_key else "Post",
                              zh=text[x.i:title.end()], en=en, extra={"en_source": "derived"})))
    for d in leaf.dates:
        i, j = leaf.index(d.date_span[0]), leaf.index(d.date_span[1])
        if j > i and d.start_date is not None:
            cands.append((3, Slot(("DATE",), i, j, value=d)))
    for c in find_counts(leaf.norm):
        i, j = leaf.index(c.start), leaf.index(c.end)
        value = c.value
        lead = re.search(r"(\d{1,3}(?:,\d{3})*),$", text[max(0, i - 12):i])  # 1,350: the recogniser reads 350
        if lead and c.surface[:1].isdigit() and value < 1000:
            value = int(lead.group(1).replace(",", "") + f"{value:03d}")
            i -= len(lead.group(0))
        cands.append((3, Slot(_count_types(c, text, j), i, j, value=c, extra={"value": value})))
    for m in _YEARS.finditer(text):  # 延长五年: a duration in years
        n = _num(m.group("n"))
        if n:
            cands.append((3, Slot(("COUNT", "YEARS"), m.start("n"), m.end(), extra={"value": n})))
    # persons with a Latin form, or written with the middle dot, that the mentions stage did not find
    persons = Spans((x.i, x.j, x) for x in leaf.mentions if ref is not None and entity_kind(ref, x.key) == "PERSON")
    for m in _PERSON_LATIN.finditer(text):
        zh = m.group("zh")
        k = max(zh.rfind(c) for c in "的为由") + 1 if any(c in zh for c in "的为由") else 0
        while k < len(zh) and not re.search("[·・•]", zh[k:]):
            k += 1
        zh_name = zh[k:]
        if not re.search("[·・•]", zh_name) or len(zh_name) < 3:
            continue
        # a post written before the name (部长塔雷克·卡迈勒, 秘书长哈马敦·图雷): at most four characters before
        # the dot, and none up to the last one that ends a title
        dot = re.search("[·・•]", zh_name).start()
        if dot > 4:
            zh_name = zh_name[dot - 4:]
            dot = 4
        cut = max((k + 1 for k, ch in enumerate(zh_name[:dot - 1]) if ch in _TITLE_END), default=0)
        zh_name = zh_name[cut:]
        i = m.start("zh") + (len(zh) - len(zh_name))
        if not m.group("en"):  # no Latin form to end the name: it ends before the verb that follows it
            stop = _AFTER_NAME.search(zh_name, zh_name.find("·") + 2 if "·" in zh_name else 1)
            if stop:
                zh_name = zh_name[:stop.start()]
            if len(zh_name) < 3:
                continue
        en = m.group("en").strip() if m.group("en") else None
        end = m.end() if m.group("en") else i + len(zh_name)
        honorific = _HONORIFIC.match(text, end) if m.group("en") else None
        end = honorific.end() if honorific else end
        if persons.overlaps(i, end):
            continue
        cands.append((2, Slot(("PERSON",), i, end, key=mint_key("person", zh_name, en), cls="Person",
                              zh=zh_name, en=en)))
    # sessions and numbered meetings of any body, first and year events
    named_events = Spans([(a.i, a.j, a) for a in leaf.anchors] + [(x.i, x.j, x) for x in leaf.mentions
                                                                  if x.key.startswith("event/") and x.key != "event/wsis"])
    leaf._sessions = []  # the numbered meetings found so far, for a bare 第六次会议 in the next sentence
    for m in _SESSION.finditer(text):
        slot = _session_slot(ctx, leaf, m, section_body, body_names, named_body)
        if slot is not None and not named_events.overlaps(slot.i, slot.j):
            cands.append((1, slot))
            leaf._sessions.append(slot)
    for m in _MEETING_NAMED.finditer(text):  # 委员会闭会期间小组会议于…举行: a meeting named by its kind
        zh = m.group("name")
        if mentions.overlaps(m.start("name"), m.end("name")) or named_events.overlaps(m.start("name"), m.end("name")):
            continue
        year = m.group("year")
        cands.append((1, Slot(("EVENT",), m.start("name"), m.end("name"), key=f"{mint_key('event', zh)}-{year}",
                              cls="Meeting", zh=f"{year}年{zh}" if not zh.startswith(year) else zh)))
    for m in _NTH_REPORT.finditer(text):  # 提交了第一份工作报告: a report named by its place in a series
        if mentions.overlaps(m.start("d"), m.end("d")):
            continue
        zh = m.group("d")
        cands.append((1, Slot(("DOC",), m.start("d"), m.end("d"), key=f"{mint_key('document', zh)}-{leaf.node.doc.doc_id}",
                              cls="Report", zh=zh)))
    for m in _TOPIC_REPORT.finditer(text):  # 一份有关论坛的报告…呈交给X: a report named by what it is about
        zh = m.group("d")
        cands.append((1, Slot(("DOC",), m.start("d"), m.end("d"), key=f"{mint_key('document', zh)}-{leaf.node.doc.doc_id}",
                              cls="Report", zh=zh)))
    for m in _QUOTED_EVENT.finditer(text):  # “连通独联体”峰会
        zh = m.group(0)
        cands.append((1, Slot(("EVENT",), m.start(), m.end(), key=mint_key("event", zh.replace("“", "").replace("”", "")),
                              cls="Meeting", zh=zh)))
    for m in _YEAR_MEETING.finditer(text):  # X论坛2018年会议 at a clause start, and its 公开磋商进程
        if named_events.overlaps(m.start("name"), m.end("name")):
            continue
        zh = m.group("name")
        key = mint_key("event", zh)
        cands.append((1, Slot(("EVENT",), m.start("name"), m.end("name"), key=key, cls="Meeting", zh=zh)))
        if m.group("process"):
            pzh = f"{zh}的{m.group('process')}"
            cands.append((1, Slot(("EVENT",), m.start("process"), m.end("process"), key=mint_key("event", pzh),
                                  cls="Event", zh=pzh)))
    for slot in _events_after_verb(text, leaf, mentions, named_events):
        cands.append((1, slot))
    for slot in _events_by_topic(text, leaf, named_events):
        cands.append((1, slot))
    for slot in _events_after_held(text, leaf, named_events):
        cands.append((1, slot))
    # bodies a sentence sets up, units of a named organisation, a body's secretariat
    for m in _MANDATE_OF.finditer(text):  # 将区域论坛的任务期限…: the body whose mandate an act extends
        zh = m.group("b")
        if mentions.overlaps(m.start("b"), m.end("b")):
            continue
        cands.append((1, Slot(("BODY", "ORG"), m.start("b"), m.end("b"), key=mint_key("body", zh),
                              cls=_BODY_CLASS.get(m.group("suffix"), "Body"), zh=zh)))
    for m in (*_NEW_BODY.finditer(text), *_FORMERLY_BODY.finditer(text)):
        zh = m.group("b")
        if len(zh) <= len(m.group("suffix")) + 1 or "的" in zh or _GENERIC_HEAD.match(zh):
            continue  # 一个任务组, 相应的伙伴关系: a kind of body, not a name
        cls = _BODY_CLASS.get(m.group("suffix"), "Body")
        cands.append((1, Slot(("BODY", "ORG"), m.start("b"), m.end("b"), key=mint_key("body", zh), cls=cls, zh=zh)))
    for x in leaf.mentions:
        if not x.key.startswith(("org/", "body/")):
            continue
        unit = _UNIT.match(text, x.j)
        # X担任秘书处 says what X does, names no unit; X和Y统计司 names two agents, not a unit of X
        if unit and not _UNIT_VERB.search(unit.group(0)) and not unit.group(0).startswith(_JOINERS):
            zh = text[x.i:unit.end()]
            cls = "Secretariat" if unit.group(0).endswith("秘书处") else "Organization"
            cands.append((2, Slot(("BODY", "ORG"), x.i, unit.end(), key=mint_key("body", zh), cls=cls, zh=zh,
                                  extra={"parent": x.key})))
    for m in _PART_OF_BODY.finditer(text):  # 论坛的多利益攸关方咨询小组: a body of the body named before it
        owner = next((x.key for x in mentions.ending_at(m.start()) if x.key.startswith(("body/", "org/"))), None)
        owner = owner or (section_body if m.group("ref") else None)
        if owner is None:
            continue
        zh = m.group("b")
        oslug = owner.split("/", 1)[1]
        oen, ozh = _body_names(ctx, owner)
        cls = _BODY_CLASS.get(m.group("suffix"), "Body")
        cands.append((1, Slot(("BODY", "ORG"), m.start("b"), m.end("b"), key=mint_key("body", zh).replace("body/", f"body/{oslug}-"),
                              cls=cls, zh=f"{ozh}{zh}", extra={"parent": owner})))
    if section_body:
        for m in re.finditer(r"(?:委员会|论坛|理事会|工作组)秘书处", text):
            slug = section_body.split("/", 1)[1]
            en, zh = _body_names(ctx, section_body)
            cands.append((1, Slot(("BODY", "ORG"), m.start(), m.end(), key=f"body/{slug}-secretariat",
                                  cls="Secretariat", zh=f"{zh}秘书处", en=f"Secretariat of the {en}",
                                  extra={"parent": section_body, "en_source": "derived"})))
    for m in _UNIT_TAKES_ON.finditer(text):  # 由数字经济部电信司承担: a unit the list lacks, taking a task on
        i, j = m.start("x"), m.end("x")
        if mentions.overlaps(i, j) or _GENERIC_HEAD.match(text, i):
            continue
        zh = m.group("x")
        cands.append((0, Slot(("BODY", "ORG"), i, j, key=mint_key("body", zh), cls="Organization", zh=zh)))
    for m in _ADDRESSEE.finditer(text):  # 请电信发展局于…: an office the list lacks, asked to act
        i, j = m.start("x"), m.end("x")
        if mentions.overlaps(i, j):
            continue  # names a listed thing (请国际电联或联合国教科文组织…): the mentions say who
        zh = m.group("x")
        cls = "Secretariat" if zh.endswith(("秘书处", "局", "处")) else "Organization"
        cands.append((0, Slot(("BODY", "ORG"), i, j, key=mint_key("body", zh), cls=cls, zh=zh)))
    # places where something is held
    for m in _HELD_AT.finditer(text):
        g = "p" if m.group("p") else "q"
        i, j = m.start(g), m.end(g)
        if mentions.overlaps(i, j):
            continue
        zh = m.group(g)
        cands.append((0, Slot(("PLACE", "CITY"), i, j, key=mint_key("place", zh), cls="City", zh=zh)))
    for m in _HELD_IN_COUNTRY.finditer(text):
        # the country is a mention that starts the place; the rest, no mention and no common word, is its city
        i, j = m.start("p"), m.end("p")
        inside = mentions.inside(i, j) if ref is not None else []
        if not inside or inside[0].i != i or entity_kind(ref, inside[0].key) != "COUNTRY":
            continue
        if len(inside) == 2 and inside[1].j == j and entity_kind(ref, inside[1].key) == "PLACE" \
                and _CITY_LEAD.fullmatch(text, inside[0].j, inside[1].i):
            # a listed city after its country (在乌兹别克斯坦首都塔什干举行): the place is that city
            cands.append((0, Slot(("PLACE",), i, j, key=inside[1].key)))
            continue
        if len(inside) > 1:
            continue
        lead = _CITY_LEAD.match(text, inside[0].j, j)
        k = lead.end() if lead and j - lead.end() >= 2 else inside[0].j
        zh = text[k:j]
        if not 2 <= len(zh) <= 7 or _NOT_A_CITY.search(zh):
            continue
        cands.append((0, Slot(("PLACE", "CITY"), i, j, key=mint_key("place", zh), cls="City", zh=zh,
                              extra={"country": inside[0].key})))
    person_starts = {x.i for x in leaf.mentions if ref is not None and entity_kind(ref, x.key) == "PERSON"}

    def persons_after(j: int) -> bool:
        return j in person_starts or bool(_PERSON_LATIN.match(text, j))

    for c in leaf.mentions:
        # a post in a country's ministry or office, printed right before its holder's name: 智利交通和电信部部长X
        if ref is None or entity_kind(ref, c.key) != "COUNTRY":
            continue
        m = _MINISTER.match(text, c.j)
        if m is None or mentions.overlaps(m.start(), m.end()) or not persons_after(m.end()):
            continue
        country_zh = text[c.i:c.j]
        org_zh = country_zh + m.group("org")
        cands.append((1, Slot(("POST",), m.start(), m.end(), key=mint_key("post", org_zh + m.group("title")),
                              cls="Post", zh=org_zh + m.group("title"),
                              extra={"post_of": (mint_key("org", org_zh), org_zh, c.key)})))
    for m in _BARE_MINISTER.finditer(text):
        # a minister with no country before: the post is the document's (its country's own ministry); kept only
        # where a holder's name follows or the post chairs something (由X部部长担任主席)
        if mentions.overlaps(m.start("org"), m.end()) or not (persons_after(m.end()) or _CHAIR_AFTER.match(text, m.end())):
            continue
        zh = m.group("org") + m.group("title")
        key = f"post/doc-{slugify(leaf.node.doc.doc_id)}-{mint_key('post', zh).split('/', 1)[1]}"
        cands.append((1, Slot(("POST",), m.start("org"), m.end(), key=key, cls="Post", zh=zh)))
    for c in leaf.mentions:
        # the head of a national organisation the text names, right before the holder's name:
        # 塞内加尔邮政和电信管理局局长X (the post of that organisation; a listed agency's posts are listed)
        e = ref.by_key.get(c.key) if ref is not None else None
        if e is None or e.cls != "Organization":
            continue
        m = _ORG_HEAD.match(text, c.j)
        if m is None or mentions.overlaps(m.start(), m.end()) or not persons_after(m.end()):
            continue
        zh = text[c.i:m.end()]
        cands.append((1, Slot(("POST",), c.i, m.end(), key=mint_key("post", zh), cls="Post", zh=zh,
                              extra={"post_of_body": c.key})))
    country_at = {c.i: c.j for c in leaf.mentions if ref is not None and entity_kind(ref, c.key) == "COUNTRY"}

    def holder_after(j: int) -> bool:  # a person's name, or 智利的 and a person's name
        k = country_at.get(j)
        return persons_after(j) or (k is not None and text[k:k + 1] == "的" and persons_after(k + 1))

    for m in _TITLE_HOLDER.finditer(text):  # 基金经理为瑞典的X: a post named by its title, its holder after 为
        if not holder_after(m.end()):
            continue
        inside = mentions.inside(m.start("t"), m.end("t"))
        # the title may open with the body whose post it is (基金经理: the fund the text calls 基金)
        of = next((x for x in inside if x.i == m.start("t") and x.j < m.end("t")
                   and x.key.startswith(("body/", "org/"))), None)
        if mentions.overlaps(m.start("t"), m.end("t")) and (of is None or len(inside) > 1):
            continue
        if of is not None and m.group("noun").startswith("协调") and of.key.startswith("body/"):
            continue
        zh = m.group("t")
        # a title alone (方案经理) names no body: the post is one of the body the sentence names before it, else
        # of the body the section is about, else of the document, so that the same title in two documents is two
        # posts
        s0 = max(text.rfind("。", 0, m.start()), text.rfind(";", 0, m.start())) + 1
        said = [x.key for x in mentions.inside(s0, m.start()) if x.key.startswith("body/")]
        scope = of.key if of is not None else (said[-1] if said else None) or section_body \
            or f"doc/doc-{slugify(leaf.node.doc.doc_id)}"
        key = f"post/{scope.split('/', 1)[1]}-{mint_key('post', zh).split('/', 1)[1]}"
        cands.append((1, Slot(("POST",), m.start("t"), m.end("t"), key=key, cls="Post", zh=zh,
                              extra={"post_of_body": of.key} if of is not None else {})))
    for m in _PROJECT_HEADED.finditer(text):  # X项目由马里的Y担任项目协调人: the project its coordinator heads
        if holder_after(m.end()) and not mentions.overlaps(m.start("p"), m.end("p")):
            zh = m.group("p")
            cands.append((1, Slot(("INITIATIVE",), m.start("p"), m.end("p"), key=mint_key("initiative", zh),
                                  cls="Initiative", zh=zh)))
    for m in _CAMPAIGN.finditer(text):  # 发起了为论坛筹集资金的活动: the campaign, the same wherever so named
        zh = m.group("c")
        key = mint_key("initiative", zh)
        if not zh.startswith("为"):  # a campaign named by its kind alone (宣传活动) is one of this document
            key = f"{key}-{leaf.node.doc.doc_id}"
        cands.append((1, Slot(("INITIATIVE",), m.start("c"), m.end("c"), key=key, cls="Initiative", zh=zh)))
    for m in _QUOTED.finditer(text):
        body = _QUOTED_BODY.search(m.group("q"))
        # a body the mentions stage already names by the whole quoted name: the slot is that body
        whole = next((x for x in mentions.inside(m.start(), m.end()) if x.i <= m.start("q") and x.j >= m.end("q")
                      and x.key.startswith("body/")), None)
        if body and not m.group("abbr") and whole is not None:
            cands.append((0, Slot(("BODY", "ORG"), m.start(), m.end(), key=whole.key)))
            continue
        # a name inside the quoted one (“电子政务联络人网络”) does not make it less a body's name; a name across
        # a quotation mark does
        if body and not m.group("abbr") and not mentions.overlaps(m.start(), m.start() + 1) \
                and not mentions.overlaps(m.end() - 1, m.end()):
            # “宽带问题闭会期间工作组”: a quoted name with a body's head noun names a body
            zh = m.group("q")
            cands.append((0, Slot(("BODY", "ORG"), m.start(), m.end(), key=mint_key("body", zh),
                                  cls=_BODY_CLASS.get(body.group(0), "Body"), zh=zh)))
            continue
        cands.append((0, Slot(("NAME",), m.start(), m.end(), zh=m.group("q"), en=None,
                              extra={"abbr": m.group("abbr")})))
    from graph_builder.facts.frames.resumed import resumed_slots

    cands += resumed_slots(ctx, text, cands)
    return _choose(cands)


_PEOPLE = re.compile(r"与会者|代表|人|参加者|出席|与会|嘉宾|学员|专家|委员|观察员|官员")
# 国家, or countries of a region or kind the noun names before it (阿拉伯国家, 小岛屿发展中国家)
_LANDS = re.compile(r"^(?:国家|会员国|成员国|经济体|国)|^[\u4e00-\u9fff]{1,10}?(?:国家|会员国|成员国|岛国)$")


def _count_types(c, text: str, j: int) -> tuple[str, ...]:
    """COUNT of people (名/人/位 + a participant noun, or a bare 名 after 与会者), of countries, or of anything."""
    noun = c.noun or ""
    if c.unit in ("名", "人", "位") and (_PEOPLE.search(noun) or not noun):
        return ("COUNT", "PEOPLE")
    if c.unit in ("个",) and _LANDS.match(noun):
        return ("COUNT", "COUNTRIES")
    return ("COUNT",)


_NAME_DOT = "·・•"


def last_name(zh: str) -> str | None:
    """The last part of a transliterated name (安娜·卡琳娜·索拉诺 -> 索拉诺), when it has two characters or more."""
    k = max(zh.rfind(c) for c in _NAME_DOT)
    last = zh[k + 1:] if k >= 0 else ""
    return last if len(last) >= 2 and re.fullmatch(r"[\u4e00-\u9fff\-]+", last) else None


@functools.lru_cache(maxsize=64)
def _surname_pattern(names: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))


def _surname_slots(text: str, leaf_mentions, mentions, surnames) -> list[Slot]:
    """A person named later by the last part of a name given in full before (…安娜·卡琳娜·索拉诺… 主席索拉诺):
    that person, never inside another name or a linked mention, never before the full name in the same leaf."""
    if not surnames:
        return []
    out = []
    for m in _surname_pattern(tuple(sorted(surnames))).finditer(text):
        i, j = m.start(), m.end()
        key = surnames[m.group(0)]
        if mentions.overlaps(i, j) or (i > 0 and text[i - 1] in _NAME_DOT) or text[j:j + 1] in _NAME_DOT:
            continue
        if any(x.key == key and x.i > i for x in leaf_mentions):
            continue
        out.append(Slot(("PERSON",), i, j, key=key))
    return out


def _choose(cands: list[tuple[int, Slot]]) -> list[Slot]:
    """Longest first, then priority; a slot never overlaps a chosen one."""
    cands.sort(key=lambda ps: (-(ps[1].j - ps[1].i), -ps[0], ps[1].i))
    taken: list[tuple[int, int]] = []
    out: list[Slot] = []
    for _, s in cands:
        if s.j <= s.i or any(s.i < b and a < s.j for a, b in taken):
            continue
        taken.append((s.i, s.j))
        out.append(s)
    return sorted(out, key=lambda s: s.i)


def _body_names(ctx, key: str) -> tuple[str, str]:
    e = ctx.reference.by_key.get(key) if ctx.reference is not None else None
    return (e.en, e.zh) if e is not None else (key, key)


# words that end a clause or introduce an object, never inside a body's name (…先生为委员会, 将结果提交委员会)
_NOT_IN_NAME = re.compile(r"[为于向请被将]|根据|按照|依照|依据|先生|女士|阁下|举行了?|召开了?|举办了?|主办了?|承办了?|提交|提出|转交|送交|递交")


def _names_kind(ctx, body: str, head: str) -> bool:
    """Whether a head noun (委员会, 论坛) can stand for the section's body: its Chinese name ends with it
    (a bare 论坛 under a committee's section names some other forum)."""
    _, zh = _body_names(ctx, body)
    return zh == body or zh.endswith(head)


_BODY_HEAD_BEFORE = re.compile(r"(?:^|(?<=[,;。:]))(?:\d{1,3}\.)?(?P<h>伙伴关系|工作队|工作组|专家组|任务组|小组|网络)(?:的|其)?$")


def _earlier_body_head(text: str, i: int, named: str) -> str:
    """The head noun (with 的) opening the clause right before ``i`` when it ends the body named last, else ''."""
    h = _BODY_HEAD_BEFORE.search(text[max(0, i - 10):i])
    if h is None or not named.strip("“”").endswith(h.group("h")):
        return ""
    return h.group(0)[h.start("h") - h.start():]


def _named_earlier(leaf, i: int, head: str, named_body) -> str | None:
    """The key of the body named last before ``i`` whose name ends with ``head`` (工作组): in the leaf, else in
    ``named_body`` (name -> key of the bodies named in the earlier leaves of the section, in order)."""
    text = leaf.text
    here = [x.key for x in leaf.mentions if x.j <= i and x.key.startswith("body/") and text[x.i:x.j].endswith(head)]
    if here:
        return here[-1]
    named = list(named_body.items()) if isinstance(named_body, dict) else list(named_body or ())
    return next((key for name, key in reversed(named) if name.rstrip("”").endswith(head)), None)


def _earlier_in_series(ctx, leaf, m: re.Match, section_body, body_names, named_body) -> str | None:
    """The body of the meeting of the same kind with a lower number named earlier in the leaf, when the bare
    ordinal at ``m`` opens a clause (X工作组第一次会议于…举行；第二次会议于…举行。第三次会议预定于…)."""
    text, i = leaf.text, m.start()
    n = _num(m.group("n"))
    if n is None or n < 2 or not (i == 0 or text[i - 1] in ",;。:"):
        return None
    prev = [x for x in m.re.finditer(text, 0, i) if x.group("n") and x.group("unit") == m.group("unit")
            and (_num(x.group("n")) or n) < n]
    if not prev:
        return None
    slot = _session_slot(ctx, leaf, prev[-1], None, body_names, named_body)
    return slot.extra.get("series") if slot is not None else None


# A United Nations resolution's adopting body: its subject line (大会，/经济及社会理事会，) or its symbol
_RESOLUTION_ISSUER = (
    (re.compile(r"(?m)^[ \t\u3000]*大会[ \t\u3000]*[,，][ \t\u3000]*$|(?<![A-Za-z0-9/])A/RES/\d"), "body/unga"),
    (re.compile(r"(?m)^[ \t\u3000]*经济及社会理事会[ \t\u3000]*[,，][ \t\u3000]*$|(?<![A-Za-z0-9/])E/RES/\d"), "body/ecosoc"),
)


def resolution_issuer(doc) -> str | None:
    """The key of the body that adopts ``doc`` when it is a General Assembly or ECOSOC resolution, else None
    (cached on the document)."""
    cached = doc.__dict__.get("_resolution_issuer", "")
    if cached != "":
        return cached
    found = next((key for pattern, key in _RESOLUTION_ISSUER if pattern.search(doc.text)), None)
    doc.__dict__["_resolution_issuer"] = found
    return found


_NUMBERED_KEY = re.compile(r"-(?:session|meeting)-\d+$")


def _meeting_series_before(ctx, leaf, i: int) -> tuple | None:
    """When ``i`` opens a sentence: (key, minted body or None) of the body whose numbered meeting the sentence
    before names first."""
    text = leaf.text
    if i == 0 or text[i - 1] not in "。;":
        return None
    s0 = max(text.rfind("。", 0, i - 1), text.rfind(";", 0, i - 1)) + 1
    found = [(a.i, a.series, text[a.i:a.ordinal_span[0]] if a.ordinal_span else "") for a in leaf.anchors
             if s0 <= a.i < i and a.series and (a.ordinal is not None or _NUMBERED_KEY.search(a.key))]
    found += [(x.i, x.extra["series"], (x.extra.get("minted_body") or (None, ""))[1])
              for x in getattr(leaf, "_sessions", ())
              if s0 <= x.i < i and str(x.extra.get("series") or "").startswith("body/")]
    if not found:
        return None
    _, key, zh = min(found)
    if ctx.reference is not None and key in ctx.reference.by_key or not zh:
        return key, None
    return key, (key, zh, _BODY_CLASS.get(next((x for x in _BODY_CLASS if zh.endswith(x)), ""), "Body"))


def _session_slot(ctx, leaf, m: re.Match, section_body, body_names, named_body=None) -> Slot | None:
    text = leaf.text
    i, j = m.start(), m.end()
    # 大会恢复的第六十届会议: the body stands before the words that make the session a resumed one
    from graph_builder.facts.frames.resumed import PREFIX

    pre = PREFIX.search(text, max(0, i - 6), i) if m.group("n") else None
    ordinal_i = i
    if pre is not None:
        i = pre.start()
    # the body: a linked body right before (委员会第十一届会议 when 委员会 is linked, CSTD第十一届会议),
    # else a head noun before it that names the section's body (论坛第三次会议), else the section's body
    body, bi, minted_body = None, i, None
    spans = getattr(leaf, "_spans", None) or Spans((x.i, x.j, x) for x in leaf.mentions)
    before = [x for x in spans.ending_at(i) + spans.ending_at(i - 1) if x.key.startswith(("body/", "org/"))
              and (x.j == i or text[x.j] in "的其\n")]  # \n: a title block prints the body on the line above
    if before:
        body, bi = before[-1].key, before[-1].i
    else:
        head = re.search(r"(委员会|论坛|大会|理事会|工作组|专家组)(?:的|其)?$", text[max(0, i - 4):i])
        named = _NAMED_BODY.search(text[max(0, i - 20):i])
        verb = ACT_VERB.match(named.group("name")) if named else None
        if verb:  # 注意到区域论坛第七届会议: the act's verb opens the clause, the name follows it
            named = _NAMED_BODY.search(text[i - len(named.group(0)) + verb.end():i])
        cut = 0
        if named:  # 选举…先生为图书馆论坛第六届会议主席: the name starts after the words that introduce it
            cut = max((x.end() for x in _NOT_IN_NAME.finditer(named.group("name"))), default=0)
        if named and len(named.group("name")) - cut > len(named.group("suffix")):
            # a body the list lacks, named by its suffix right before the session: 区域论坛第七届会议
            zh = named.group("name")[cut:]
            body, bi = mint_key("body", zh), i - len(named.group(0)) + cut
            minted_body = (body, zh, _BODY_CLASS.get(named.group("suffix"), "Body"))
        elif head and section_body and _names_kind(ctx, section_body, head.group(1)):
            body, bi = section_body, i - len(head.group(0))
        elif body_names and _earlier_body_head(text, i, body_names[0]):
            # 伙伴关系第一次会议: the head noun of the body named last before (…设立“X伙伴关系”。)
            body, bi = body_names[1], i - len(_earlier_body_head(text, i, body_names[0]))
            if ctx.reference is None or body not in ctx.reference.by_key:
                minted_body = (body, body_names[0].strip("“”"), "Body")
        elif head and (earlier := _named_earlier(leaf, i - len(head.group(0)), head.group(1), named_body)):
            # 工作组第一次会议 after a sentence or paragraph that named the working group: that group's meeting
            body, bi = earlier, i - len(head.group(0))
        elif m.group("n") and m.group("unit") == "届" and not head and (issuer := resolution_issuer(leaf.node.doc)):
            # 在第七十届会议续会期间, 列入第七十一届会议临时议程: in a resolution, a session named by its number
            # alone is a session of the body that adopts the resolution
            body = issuer
        elif m.group("n") and not head and (prev := _meeting_series_before(ctx, leaf, i)):
            # 第六次会议于… opening the sentence after one about the fifth meeting of a body: that body's meeting
            body, minted_body = prev
        elif m.group("n") and not head and (earlier := _earlier_in_series(ctx, leaf, m, section_body, body_names,
                                                                            named_body)):
            # 工作组第一次会议于…；第二次会议于…: a bare ordinal opening a clause goes on with the series named before
            body = earlier
        elif m.group("n") and section_body and not head:
            body = section_body
    if m.group("n"):
        n = _num(m.group("n"))
        if n is None or body is None:
            return None
        slug = body.split("/", 1)[1]
        en, zh = _body_names(ctx, body) if minted_body is None else (None, minted_body[1])
        session = m.group("unit") == "届"
        kind = "session" if session else "meeting"
        e = ctx.reference.by_key.get(body) if ctx.reference is not None else None
        cls = "ForumMeeting" if e is not None and e.cls == "Forum" else ("CommitteeMeeting" if session else "Meeting")
        if session:
            label_en = f"{en}, {_ORD_EN.get(n, f'No. {n}')} {kind}" if en else None
        else:  # as the event rules name a body's numbered meeting (one label whichever rule names it)
            from graph_builder.facts.rules_events_anchors import meeting_label_en

            label_en = meeting_label_en(n, en) if en else None
        label_zh = f"{zh}第{m.group('n')}{m.group('unit')}{'会议'}"
        extra = {"ordinal": n, "series": body, "ordinal_span": (ordinal_i, j), "en_source": "derived",
                 "minted_body": minted_body}
        if pre is not None:
            extra["resumed_prefix"] = bi
        return Slot(("EVENT",), bi, j, key=f"event/{slug}-{kind}-{n}", cls=cls, zh=label_zh, en=label_en,
                    extra=extra)
    if m.group("first"):
        name = m.group("first")
        return _named_event(ctx, leaf, name, i, j, ordinal=1)
    if m.group("nname"):  # 第二届中亚信息社会部长级会议: the second event of a series named by its words
        n = _num(m.group("nth"))
        return _named_event(ctx, leaf, m.group("nname"), i, j, ordinal=n, written=m.group("nth")) if n else None
    if m.group("yname"):
        return _named_event(ctx, leaf, m.group("yname"), i, j, year=m.group("yyear"))
    return None


def _named_event(ctx, leaf, name: str, i: int, j: int, ordinal: int | None = None, year: str | None = None,
                 written: str | None = None):
    """首届WSIS论坛, 2010年WSIS论坛, 第二届X部长级会议: an event of a named series (the series is the name itself)."""
    series_key = None
    spans = getattr(leaf, "_spans", None) or Spans((x.i, x.j, x) for x in leaf.mentions)
    for x in spans.inside(i, j):
        if x.key.startswith(("body/", "event/", "org/")):
            series_key = x.key
    from graph_builder.facts.frames.mint import pinyin_slug
    from graph_builder.rdf.namespaces import slugify

    latin = re.match(r"([A-Za-z][A-Za-z ]*)(论坛|大会|峰会|会议)$", name)
    if latin:  # WSIS论坛 -> WSIS Forum
        series_en = f"{latin.group(1).strip()} {_GENERIC_EN[latin.group(2)]}"
        base = slugify(series_en)
    else:
        series_en, base = None, pinyin_slug(name)
    if year:
        key, zh = f"event/{base}-{year}", f"{year}年{name}"
        en = f"{series_en} {year}" if series_en else None
    elif written:
        key, zh = f"event/{base}-{ordinal}", f"第{written}届{name}"
        en = f"{series_en} {ordinal}" if series_en else None
    else:
        key, zh = f"event/{base}-1", f"首届{name}"
        en = f"First {series_en}" if series_en else None
    return Slot(("EVENT",), i, j, key=key, cls="Meeting", zh=zh, en=en,
                extra={"ordinal": ordinal, "year": year, "series_name": name, "series": series_key,
                       "en_source": "derived"})


def english_of(name: str) -> str | None:
    """English for a name written as Latin letters + a generic noun (WSIS论坛 -> WSIS Forum), or Latin only."""
    m = re.fullmatch(r"([A-Za-z][A-Za-z0-9 .\-]*?)\s*(论坛|大会|峰会|会议)?", name.strip())
    if not m:
        return None
    return f"{m.group(1).strip()} {_GENERIC_EN[m.group(2)]}" if m.group(2) else m.group(1).strip()


_GENERIC_EN = {"论坛": "Forum", "大会": "Conference", "峰会": "Summit", "会议": "Meeting"}
