"""What the pages show, read off the sample graph."""

from __future__ import annotations

ID = "https://w3id.org/wsiskg/id/"


def test_network_nodes_edges_and_evidence(sample_page_data):
    net = sample_page_data["network"]
    nodes = {n["id"]: n for n in net["nodes"]}
    assert len(nodes) == 29  # 22 entities + 7 fact nodes (4 facilitations, 2 directives, 1 contribution)
    hlsoc = nodes[ID + "body/hlsoc"]
    assert (hlsoc["g"], hlsoc["t"], hlsoc["en"], hlsoc["zh"]) == ("Body", "Committee",
                                                                  "High-Level Summit Organizing Committee", "高峰会议高级别组委会")
    assert hlsoc["docs"] == ["001"]
    chair = [e for e in net["edges"] if e["s"] == ID + "body/hlsoc"]
    assert chair == [{"s": ID + "body/hlsoc", "p": "wsis:chair", "o": ID + "post/itu-secretary-general",
                      "ev": [{"doc": "001", "loc": "001 para 17", "quote": "HLSOC由电联秘书长"},
                             {"doc": "001", "loc": "001 para 17", "quote": "HLSOC由电联秘书长主持"}]}]
    count = [v for v in net["values"] if v["p"] == "wsis:participantCount"]
    assert count[0]["v"] == "969" and count[0]["ev"][0]["quote"] == "969人出席"
    assert all(0 <= n["x"] <= 1000 and 0 <= n["y"] <= 1000 for n in net["nodes"])
    assert [d["id"] for d in net["documents"]] == ["000", "001", "004"]


def test_unnamed_fact_nodes_get_descriptive_labels(sample_page_data):
    nodes = {n["id"]: n for n in sample_page_data["network"]["nodes"]}
    assert nodes[ID + "facilitation/c1-3-itu"]["en"] == "C1 · ITU #3"
    assert nodes[ID + "directive/004-tunis-agenda-para-72"]["en"] == "Request: Tunis Agenda para 72"
    assert nodes[ID + "directive/004-tunis-agenda-para-72"]["zh"] == "召开这一论坛"
    assert nodes[ID + "contribution/000-table-1-row-1"]["en"] == "Japan: CHF 12500.00"


def test_timeline_items_with_precision(sample_page_data):
    items = {i["id"].rsplit("/", 1)[-1]: i for i in sample_page_data["timeline"]["items"]}
    assert sorted(items) == ["004-plan-of-action-para-6-a", "004-tunis-agenda-para-72", "a-res-56-183",
                             "itu-pp-73-1998", "prepcom-1", "wsis-geneva-phase", "wsis-tunis-phase"]
    prepcom = items["prepcom-1"]
    assert (prepcom["lane"], prepcom["start"], prepcom["end"], prepcom["precision"]) == (
        "meeting", "2002-07-01", "2002-07-05", "day")
    igf = items["004-tunis-agenda-para-72"]
    assert (igf["lane"], igf["iso"], igf["precision"], igf["qualifier"], igf["start"], igf["end"]) == (
        "deadline", "2006-Q2", "quarter", "before", "2006-04-01", "2006-06-30")
    assert items["itu-pp-73-1998"]["precision"] == "year"
    resolution = items["a-res-56-183"]
    assert resolution["lane"] == "act"
    assert [e["quote"] for e in resolution["ev"]] == ["2001年12月21日", "2001年12月21日，联合国大会通过了一项决议"]
    assert items["004-plan-of-action-para-6-a"]["ev"] == [{"doc": "004", "loc": "004 Plan of Action para 6 a)", "quote": ""}]
    assert sample_page_data["timeline"]["from"] == "1998-01-01"
    assert sample_page_data["timeline"]["to"] == "2016-01-01"


def test_matrix_rows_columns_ranks(sample_page_data):
    matrix = sample_page_data["matrix"]
    assert [r["notation"] for r in matrix["rows"]] == ["C1", "C7", "C7 e-health"]
    assert [r["sub"] for r in matrix["rows"]] == [False, False, True]
    cols = [c["en"] for c in matrix["cols"]]
    assert cols[0] in {"ECOSOC", "ITU", "UN Regional Commissions"} and cols[-1] == "WHO"
    ranks = {(c["row"].rsplit("/", 1)[-1], c["col"].rsplit("/", 1)[-1]): c["rank"] for c in matrix["cells"]}
    assert ranks == {("c1", "ecosoc"): 1, ("c1", "un-regional-commissions"): 2, ("c1", "itu"): 3,
                     ("c7-e-health", "who"): 1}
    itu = [c for c in matrix["cells"] if c["col"].endswith("/itu")][0]
    assert itu["ev"] == [{"doc": "004", "loc": "004 Tunis Agenda annex, C1", "quote": "国际电联"}]


def test_property_names_come_from_the_ontology_in_both_languages(sample_page_data):
    props = sample_page_data["network"]["props"]
    used = {e["p"] for e in sample_page_data["network"]["edges"]} | {v["p"] for v in sample_page_data["network"]["values"]}
    assert set(props) == used
    assert props["wsis:chair"] == {"en": "chair", "zh": "主席"}
    assert props["schema:startDate"] == {"en": "start date", "zh": "开始日期"}
    assert all(p["en"] and p["zh"] and ":" not in p["en"] for p in props.values())


def test_kinds_have_names_in_both_languages(sample_page_data):
    groups = {g["name"]: g for g in sample_page_data["network"]["groups"]}
    assert (groups["Body"]["en"], groups["Body"]["zh"]) == ("Body", "机构")


def test_timeline_items_know_their_entities(sample_page_data):
    timeline = sample_page_data["timeline"]
    prepcom = next(i for i in timeline["items"] if i["id"].endswith("/prepcom-1"))
    assert prepcom["rel"] == [ID + "event/wsis-geneva-phase", ID + "place/geneva"]
    igf = next(i for i in timeline["items"] if i["id"].endswith("/004-tunis-agenda-para-72"))
    assert igf["rel"] == [ID + "body/igf", ID + "post/un-secretary-general"]
    assert set(timeline["names"]) == {r for i in timeline["items"] for r in i["rel"]}
