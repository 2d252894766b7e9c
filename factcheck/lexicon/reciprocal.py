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


# Verbs of a measure going through a body that votes on it, said either way with one meaning:
# "the bill passed the Senate" / "the Senate passed the bill", "the budget cleared the
# committee" / "the committee cleared the budget" (the legislative senses of "pass" and
# "clear": WordNet 3.0 pass.v.13 "be accepted" and pass.v.11 "approve"). Only with a body
# that votes as one of the parties: "the car passed the truck" is no longer the truck's doing.
CONVERSE_VOTING_VERBS = frozenset("pass passes passed clear clears cleared".split())
VOTING_BODIES = frozenset(
    "parliament parliaments senate house assembly congress committee council chamber legislature lawmakers "
    "mps senators deputies board cabinet".split())
