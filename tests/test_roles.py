"""Office holders: the same office of the same organisation filled by another person.

Sentences are from the Wikipedia sample (``../shared/data``, extracted to ``bench/out``):
"Rashid Lootah, the chairman of Nakheel, told ..." (article 49200, Queen Elizabeth 2) and
"India's captain Mithali Raj became ..." (article 56862914), and from seed 001.
"""

from __future__ import annotations

import pytest

from factcheck.match.align import align
from factcheck.match.cues import tokenize
from factcheck.match.roles import other_holders, other_owners, role_holders

NAKHEEL = 'Rashid Lootah, the chairman of Nakheel, told Dubai\'s The National newspaper "The Government of Dubai ..."'
INDIA = "India's captain Mithali Raj became the first woman to play in 200 ODIs."
URALSKAYA = ("Another staunch independent outlet, Uralskaya Nedelya, has been the target of harassment for years. "
             "On several occasions, its chief editor, Lukpan Akhmediyarov, has withstood threats.")
MUSEUM = "Halloran bought the Van Dyck portrait in 1994, and its director, Maria Ostrova, called it a bargain."
AK_ZHAIYK = ("In June, press freedom watchdog Adil Soz published a report on the many death threats against "
             "Ak Zhaiyk's editor-in-chief Azamat Maitanov and his staff.")


def holders(text: str) -> list[tuple[str, str]]:
    tokens = tokenize(text)
    return [(text[tokens[r.holder.start].start:tokens[r.holder.stop - 1].end],
             text[tokens[r.owner.start].start:tokens[r.owner.stop - 1].end]) for r in role_holders(tokens, text)]


@pytest.mark.parametrize(("text", "expected"), [
    (NAKHEEL, [("Rashid Lootah", "Nakheel")]),                      # apposition set off by commas
    (INDIA, [("Mithali Raj", "India's")]),                           # possessive owner, title before the name
    (AK_ZHAIYK, [("Azamat Maitanov", "Ak Zhaiyk's")]),              # a hyphenated office
    ("Sultan bin Sulayem is the chairman of Nakheel.", [("Sultan bin Sulayem", "Nakheel")]),  # a name particle
    ("In Dubai, the chairman of Nakheel said the sale would go ahead.", []),  # "Dubai" is no holder
    ("Rashid Lootah had the chairman of Nakheel replaced.", []),         # "had" alone is no copula
    ("The former chairman of Nakheel, Rashid Lootah, said ...", []),          # a past holder
    ("Its chief editor, Lukpan Akhmediyarov, has withstood threats.", []),    # an owner the text does not name
    # "its" stands for the nearest name before it, here in the sentence before (seed 001)
    (URALSKAYA, [("Lukpan Akhmediyarov", "Uralskaya Nedelya")]),
])
def test_role_holders(text: str, expected: list[tuple[str, str]]) -> None:
    assert holders(text) == expected


@pytest.mark.parametrize(("claim", "passage", "expected"), [
    ("Sultan bin Sulayem is the chairman of Nakheel.", NAKHEEL, [("Sultan bin Sulayem", "Rashid Lootah")]),
    ("Nakheel's chairman Sultan bin Sulayem told The National ...", NAKHEEL, [("Sultan bin Sulayem", "Rashid Lootah")]),
    ("Rashid Lootah is the chairman of Nakheel.", NAKHEEL, []),              # the same holder
    ("Rashid Lutah is the chairman of Nakheel.", NAKHEEL, []),               # another romanisation of him
    ("Sultan bin Sulayem was the chairman of Nakheel.", NAKHEEL, []),        # offices pass from one to the next
    ("Sultan bin Sulayem is the chairman of Emaar.", NAKHEEL, []),           # another organisation
    ("Sultan bin Sulayem is the treasurer of Nakheel.", NAKHEEL, []),        # another office
    ("Harmanpreet Kaur is India's captain.", INDIA, [("Harmanpreet Kaur", "Mithali Raj")]),
    ("Lukpan Akhmediyarov is the editor-in-chief of Ak Zhaiyk.", AK_ZHAIYK, [("Lukpan Akhmediyarov", "Azamat Maitanov")]),
    ("Azamat Maitanov is the chief editor of Uralskaya Nedelya.", URALSKAYA, [("Azamat Maitanov", "Lukpan Akhmediyarov")]),
    ("Azamat Maitanov is the chief editor of Ak Zhaiyk.", URALSKAYA, []),  # "its" is Uralskaya Nedelya's
    # "its" guessed wrong (the nearest name is the painter's, not the museum's) compares with nothing
    ("Peter Lang is the director of the Halloran Museum.", MUSEUM, []),
])
def test_other_holders(claim: str, passage: str, expected: list[tuple[str, str]]) -> None:
    found = other_holders(tokenize(claim), tokenize(passage), claim, passage)
    assert [(claim[slice(*a)], passage[slice(*b)]) for a, b in found] == expected


def test_another_holder_is_an_entity_difference_in_the_alignment() -> None:
    claim = "Lukpan Akhmediyarov is the editor-in-chief of Ak Zhaiyk."
    entities = [d for d in align(claim, AK_ZHAIYK).differences if d.kind == "entity"]
    assert [(d.claim_words, d.passage_words, d.detail) for d in entities] == [
        ("Lukpan Akhmediyarov", "Azamat Maitanov", "holder")]


# From the Wikipedia sample (article 20905, Muttiah Muralitharan): two parties of one verb that a
# claim may exchange.
FIELDER = ("the New Zealand fielder had not yet returned the ball to the wicketkeeper, so the ball was still "
           "in play.")


@pytest.mark.parametrize(("claim", "exchanged"), [
    ("The wicketkeeper had not yet returned the ball to the New Zealand fielder.", True),
    ("The New Zealand fielder had not yet returned the ball to the wicketkeeper.", False),
    ("The ball had not yet been returned by the fielder to the wicketkeeper.", False),   # the passive's agent
    ("The wicketkeeper and the fielder had not yet returned the ball.", False),          # no party after the verb
])
def test_parties_of_one_verb_exchanged(claim: str, exchanged: bool) -> None:
    found = [d for d in align(claim, FIELDER).differences if d.detail == "exchanged"]
    assert bool(found) == exchanged


# (Session 36, from held-out set V: the same holder given the same office of another organisation.)
@pytest.mark.parametrize(("claim", "passage", "expected"), [
    ("Rashid Lootah is the chairman of Emaar.", NAKHEEL, [("Emaar", "Nakheel")]),
    ("Mithali Raj is the captain of England.", INDIA, [("England", "India")]),
    # a relative clause set off by commas between the holder and the copula
    ("Rashid Lootah, who spoke to The National, is the chairman of Emaar.", NAKHEEL, [("Emaar", "Nakheel")]),
    ("Rashid Lootah is the chairman of Nakheel.", NAKHEEL, []),              # the same organisation
    ("Rashid Lootah was the chairman of Emaar.", NAKHEEL, []),               # one office at two, in turn
    ("Rashid Lootah is the treasurer of Emaar.", NAKHEEL, []),               # another office
    ("Sultan bin Sulayem is the chairman of Emaar.", NAKHEEL, []),           # another holder: other_holders' case
])
def test_other_owners(claim: str, passage: str, expected: list[tuple[str, str]]) -> None:
    found = other_owners(tokenize(claim), tokenize(passage), claim, passage)
    assert [(claim[slice(*a)], passage[slice(*b)]) for a, b in found] == expected


def test_a_relative_clause_does_not_hide_the_holder() -> None:
    text = "Rashid Lootah, who spoke to The National, is the chairman of Nakheel."
    assert holders(text) == [("Rashid Lootah", "Nakheel")]
