"""Small builders for entity tests: a reference list from YAML text, a SourceText from a string."""

from __future__ import annotations

from pathlib import Path

from graph_builder.corpus import SourceText
from graph_builder.entities.reference import Reference, load_reference


def ref_from_yaml(tmp_path: Path, text: str) -> Reference:
    path = tmp_path / "entities.yaml"
    path.write_text(text, encoding="utf-8")
    return load_reference(path)


def source(text: str, doc_id: str = "900") -> SourceText:
    return SourceText(
        doc_id=doc_id, path=Path(f"{doc_id}.txt"), text=text, language="zh", title_en="t", title_zh="t",
        publisher="p", date_or_period="2005", contents="c",
    )


SMALL = """
entities:
- key: org/itu
  class: UNSystemOrganization
  en: International Telecommunication Union
  zh: 国际电信联盟
  acronym: ITU
  aliases: [国际电联, 电联, ITU]
  wikidata: Q376150
  wikidata_source: "a stored table"
- key: body/itu-council
  class: Council
  en: ITU Council
  zh: 国际电联理事会
  parent: org/itu
  aliases: [{form: 理事会, docs: ["901"]}]
- key: body/ecosoc
  class: Council
  en: Economic and Social Council
  zh: 经济及社会理事会
  aliases: [{form: 理事会, followed_by: '第\\d{4}/\\d+号商定结论'}]
- key: body/wsis-executive-secretariat
  class: Secretariat
  en: Executive Secretariat of the World Summit on the Information Society
  zh: 执行秘书处
  acronym: ES
  aliases: [ES]
- key: place/tunis
  class: City
  en: Tunis
  zh: 突尼斯
  country: place/tunisia
- key: place/tunisia
  class: Country
  en: Tunisia
  zh: 突尼斯
  link_zh: false
  aliases: [{form: 突尼斯, followed_by: '提出'}]
- key: document/tunis-commitment
  class: OutcomeDocument
  en: Tunis Commitment
  zh: 突尼斯承诺
- key: body/unga
  class: Body
  en: United Nations General Assembly
  zh: 联合国大会
exclusions:
- {text: 委员会, reason: "anaphoric"}
- {text: 主要联合国大会, block: true, reason: "major UN conferences"}
"""
