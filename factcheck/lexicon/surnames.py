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


def surname_gender(word: str) -> str | None:
    """"masculine" or "feminine" for a folded surname with a gendered ending of at least two
    letters before it (Batyrbekova: feminine; Musinov: masculine), else None. The endings are
    those of :data:`GENDERED_ENDINGS`; "-in" and "-ki" are left out, as too many names of
    other languages end so (Martin, Franklin, Nakamura-ki)."""
    for masculine, feminine in GENDERED_ENDINGS:
        if masculine in ("in", "ki"):
            continue
        if word.endswith(feminine) and len(word) > len(feminine) + 2:
            return "feminine"
        if word.endswith(masculine) and len(word) > len(masculine) + 2:
            return "masculine"
    return None
