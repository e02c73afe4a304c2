"""What the code knows about English news text, in one place every step reads.

The steps (ingest, extraction, merge, rendering, evaluation) ask this layer what a
sentence is, who says it, what a date phrase means, which place a name is, and which
words belong to a class ("verbs of saying", "hedges", "offices"). It imports only
``summarizer.core`` (the shared types) and the libraries it stands on; no step's rules
live here, only the reading of text that more than one step needs.

- ``text``: what "the same text" means for each comparison (names, lines, phrases).
- ``lexicon``: the named word classes, each defined once.
- ``sentences``: sentence splitting with character spans into the text as given.
- ``speakers``: who says a sentence, as the article's grammar tells.
- ``dates``: date phrases, resolved only against a publication date (a year is never guessed).
- ``places``: the gazetteer: which place (and country) a name is.
- ``published``: an article's own date line.
"""
