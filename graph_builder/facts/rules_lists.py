"""Lists inside a paragraph: a body's mandate or responsibilities printed as one run of tasks
(``任务是收集区域数据、组织能力建设讲习班和编写年度报告``) -> one node per task, in order, each with its own evidence
(docs/MODEL.md 'Bodies').

Rule ``lists.tasks`` (after the body rules, whose ``wsis:mandate`` and ``wsis:responsibleFor`` literals it reads):
the literal is split at 、, ；, ``，并``/``，以及`` and a last 和/及/以及 of an enumeration, and only when every piece
starts with a task verb (收集, 组织, 编写, 制定 …), so a list of objects (``审查A、B和C的情况``) stays one task. Each
task is a ``wsis:Task`` ``task/{node path}-{body}-{k}``: ``rdfs:label`` @zh the verbatim item, ``wsis:rank`` k (1-based,
as printed), ``wsis:statedIn`` the node; the body ``wsis:mandateTask`` it. The literal stays as it is.
"""

from __future__ import annotations

import re

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from graph_builder.facts import rule
from graph_builder.rdf.namespaces import ID, WSIS, entity_iri, node_iri, slugify

_SOURCES = (WSIS.mandate, WSIS.responsibleFor)
#: Verbs a task starts with (after 并/和/以及 and an adverb such as 定期/积极).
TASK_VERBS = (
    "收集", "组织", "编写", "编制", "编拟", "制定", "制订", "起草", "推动", "推进", "促进", "协调", "审查", "审议", "监督",
    "监测", "跟踪", "评估", "提出", "提供", "支持", "开展", "举办", "召集", "召开", "筹备", "管理", "确保", "加强",
    "建立", "发布", "分析", "汇编", "通报", "研究", "落实", "实施", "协助", "帮助", "维护", "更新", "培训", "宣传",
    "传播", "向", "为", "就",
)
_ADVERB = r"(?:定期|积极|及时|每年|继续|共同|全面|进一步)?"
_LEAD = re.compile(rf"^(?:并且|并|以及|及|和|同时)?{_ADVERB}(?:{'|'.join(TASK_VERBS)})")
_SEP = re.compile(r"、|；|;|，(?=并|以及)|,(?=并|以及)")
_LAST_AND = re.compile(r"(?:以及|及|和)")


def split_tasks(text: str) -> list[tuple[int, int]] | None:
    """[start, end) of each task of ``text``, or None when it is not a list of tasks."""
    cuts = [(m.start(), m.end()) for m in _SEP.finditer(text)]
    spans, last = [], 0
    for a, b in cuts:
        spans.append((last, a))
        last = b
    spans.append((last, len(text)))
    if len(spans) >= 2 and text[cuts[-1][0]] == "、":
        # A、B和C: the last piece may hold the final item after 和/及/以及
        a, b = spans[-1]
        for m in _LAST_AND.finditer(text, a, b):
            if _LEAD.match(text[m.start():b]) and m.start() > a:
                spans[-1:] = [(a, m.start()), (m.start(), b)]
                break
    if len(spans) < 2:
        return None
    out = []
    for a, b in spans:
        piece = text[a:b].strip()
        if len(piece) < 3 or not _LEAD.match(piece):
            return None
        lead = re.match(r"(?:并且|并|以及|及|和|同时)", text[a:b])
        out.append((a + (lead.end() if lead else 0), b))
    return out


@rule("lists.tasks")
def tasks(ctx) -> None:
    add = ctx.store.add
    found = [(s, p, o, evs) for (s, p, o), evs in ctx.store.facts.items() if p in _SOURCES and isinstance(o, Literal)]
    for s, p, o, evs in sorted(found, key=lambda t: (str(t[0]), str(t[1]), str(t[2]))):
        text = str(o)
        pieces = split_tasks(text)
        if pieces is None:
            continue
        for ev in sorted(evs):
            doc = ctx.doc(ev.doc_id)
            at = doc.source.text.find(text, ev.start, ev.end + len(text))
            if at < 0:
                continue  # not verbatim in its evidence span (a normalised quote): the literal stays alone
            node = doc.by_id[ev.node_id]
            for k, (a, b) in enumerate(pieces, 1):
                start, end = at + a, at + b
                whose = str(s).rsplit("/", 1)[-1]
                item = entity_iri("task", f"{slugify(ev.node_id.replace('/', '-'))}-{whose}-{k}")
                add(item, RDF.type, WSIS.Task, ev.doc_id, start, end)
                add(item, RDFS.label, Literal(doc.source.text[start:end].strip(), lang="zh"), ev.doc_id, start, end)
                add(item, RDFS.label, Literal(f"Task {k} ({node.locator})", lang="en"), ev.doc_id, start, end)
                add(item, WSIS.rank, Literal(k, datatype=XSD.integer), ev.doc_id, start, end)
                add(item, WSIS.statedIn, node_iri(ev.node_id), ev.doc_id, start, end)
                add(URIRef(s), WSIS.mandateTask, item, ev.doc_id, start, end)


tasks.after_all = True
