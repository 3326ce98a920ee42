"""wsiskg: a knowledge graph of the WSIS texts, with evidence for every fact."""

__version__ = "0.1.0"
