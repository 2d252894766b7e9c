"""Verbs whose two parties may change places with the same meaning ("A met B" / "B met A").

Verbs of social interaction (Levin 1993, *English Verb Classes and Alternations*, 36.1-36.4:
correspond, marry, meet, and the like), and verbs of competition that one may say either way.
Surface forms, lowercased; callers reduce them to their own index terms.
"""

from __future__ import annotations

RECIPROCAL_VERBS = frozenset(
    "meet met marry married wed divorce date play played face faced fight fought battle battled debate debated "
    "tie tied draw drew partner join joined merge merged collaborate compete negotiate embrace hug kiss consult "
    "correspond talk speak spoke argue quarrel clash agree disagree differ share swap exchange trade split unite "
    "ally cooperate rival resemble".split())
