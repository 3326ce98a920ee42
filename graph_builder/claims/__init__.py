"""Per-source claims (docs/MODEL.md 'Claims').

Each document's statement of a fact is a claim: one ``wsis:Statement`` per (triple, source document) with
``prov:wasDerivedFrom`` the document and ``wsis:asOf`` its date. From the claims a current view is derived
(:mod:`.current`) and written to graph/facts; disagreements between claims are listed by
:mod:`.discrepancies`; :mod:`.diff` compares two documents or two dates.
"""
