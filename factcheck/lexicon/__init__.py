"""Lexical resources: irregular verb forms, closed-class cue lists and the WordNet antonym table."""
