"""Surnames that differ only by their gendered ending: Batyrbekov / Batyrbekova, Seltanov /
Seltanova, Kowalski / Kowalska. In Russian, Kazakh, Polish and other Slavic naming the two
forms name a man and a woman of one family: two different people, never one name spelled
two ways (a typo's near-match must not join them).

Standard library only; lowercase (folded) words or index terms.
"""

from __future__ import annotations

# (masculine, feminine) endings: -ov/-ova, -ev/-eva, -in/-ina (Russian, Kazakh, Bulgarian),
# -ski/-ska, -sky/-ska, -ki/-ka (Polish, Czech), -ik/-ika.
GENDERED_ENDINGS = (("ov", "ova"), ("ev", "eva"), ("in", "ina"), ("ski", "ska"), ("sky", "ska"),
                    ("ki", "ka"), ("ik", "ika"))


def gendered_pair(a: str, b: str) -> bool:
    """Whether two folded words are the masculine and feminine forms of one surname."""
    for masculine, feminine in GENDERED_ENDINGS:
        for x, y in ((a, b), (b, a)):
            if x.endswith(masculine) and y.endswith(feminine) and x[: -len(masculine)] == y[: -len(feminine)]:
                return True
    return False
