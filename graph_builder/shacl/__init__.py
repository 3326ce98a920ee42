"""SHACL validation as SPARQL on a pyoxigraph store.

:mod:`.compile` turns a shapes graph into SPARQL SELECT queries (one per shape and kind of constraint);
:mod:`.run` runs them on a store whose chosen named graphs form the data graph; :mod:`.current` has the
checks SHACL cannot state over that union (every fact has its statement; the current view keeps one value
of a single-valued property and its order constraints). :mod:`graph_builder.validation` turns the results
into a report.
"""
