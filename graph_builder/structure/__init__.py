"""Document structure: every paragraph, item, table cell and line of a source text as a node."""

from graph_builder.structure.model import Document, Node
from graph_builder.structure.parser import parse_document

__all__ = ["Document", "Node", "parse_document", "parse_corpus"]


def parse_corpus(corpus_dir) -> list[Document]:
    """Parse every text listed in ``corpus_dir/MANIFEST.tsv``, in manifest order."""
    from graph_builder.corpus import load_corpus

    return [parse_document(src) for src in load_corpus(corpus_dir)]
