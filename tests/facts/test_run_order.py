"""Rules run by name, ``after_all`` rules last, and each rule after the rules it names in ``after``."""

import pytest

from graph_builder.facts import base
from graph_builder.facts.base import RULES, run_order


@pytest.fixture
def rules(monkeypatch):
    """A private registry: the test's rules only."""
    monkeypatch.setattr(base, "RULES", {})

    def make(name, after=(), last=False):
        fn = base.rule(name, after)(lambda ctx: None)
        if last:
            fn.after_all = True
        return fn

    return make


def test_by_name_with_after_all_last(rules):
    rules("b.two"), rules("a.one", last=True), rules("c.three")
    assert run_order(base.RULES) == ["b.two", "c.three", "a.one"]


def test_a_rule_runs_after_the_rules_it_reads(rules):
    rules("a.reads", after=("z.writes",)), rules("m.other"), rules("z.writes")
    order = run_order(base.RULES)
    assert order.index("z.writes") < order.index("a.reads")
    assert order == ["m.other", "z.writes", "a.reads"]


def test_a_rule_left_out_is_not_waited_for(rules):
    rules("a.reads", after=("z.writes",)), rules("z.writes")
    assert run_order(["a.reads"]) == ["a.reads"]


def test_unknown_rule_and_cycle_are_errors(rules):
    rules("a.reads", after=("nowhere",))
    with pytest.raises(ValueError, match="not a rule"):
        run_order(base.RULES)
    base.RULES.clear()
    rules("a", after=("b",)), rules("b", after=("a",))
    with pytest.raises(ValueError, match="wait for each other"):
        run_order(base.RULES)


def test_the_project_rules_that_read_others_run_after_them():
    from graph_builder.facts import _load_rule_modules

    _load_rule_modules()
    order = run_order(RULES)
    for name in order:
        for dep in RULES[name].after:
            assert order.index(dep) < order.index(name), (dep, name)
    assert order.index("events.when_where") < order.index("events.when_where_hours")
    assert order.index("actions.directives") < order.index("actions.directives_revised")
