"""One page per thing: an entity's or a paragraph's facts with their evidence, as data, Turtle or HTML.

:mod:`.entity` gathers what the graph says about one IRI (labels, facts grouped by property, each with its
quotes inside their paragraphs); :mod:`.html` draws it; :mod:`.web` serves the pages beside the SPARQL
endpoint and writes them as a static site.
"""
