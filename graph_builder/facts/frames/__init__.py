"""Fact families as data: one YAML file per family, compiled and matched by :mod:`.engine` over the slots of
:mod:`.slots`; the rule that runs them is ``graph_builder.facts.rules_frames``."""
