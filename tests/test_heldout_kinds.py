"""Kinds of change found by new-user set I on the seeds, each tested in other words than the set's:
an ended state ("no longer"), a proportion noun ("the vast majority of"), another name as the
subject of the same verb, and a name exchanged with a common noun around one verb."""

from __future__ import annotations

import pytest

from factcheck import Checker, Claim, Corpus
from factcheck.match.align import align
from factcheck.match.cues import negation_scopes, tokenize


@pytest.fixture(scope="module")
def checker(seeds: Corpus) -> Checker:
    return Checker(seeds)


def verdict(checker: Checker, text: str) -> str:
    return checker.check_claim(Claim("t", text)).verdict


@pytest.mark.parametrize(("text", "negates"), [
    ("The family no longer stands by its decision.", True),
    ("The trial no longer than a week ended.", False),   # a comparison
    ("There is no doubt he left.", False),
])
def test_no_longer_ends_a_state(text: str, negates: bool) -> None:
    assert bool(negation_scopes(tokenize(text))) is negates


@pytest.mark.parametrize(("text", "expected"), [
    # 003: "Meanwhile, in their modest house in Esik, the Musinov family stands by its decision to go public ..."
    ("The Musinov family no longer stands by its decision to go public.", "contradicted"),
    ("The Musinov family stands by its decision to go public.", "supported"),
    # 003: "Smailova says the vast majority of rapes in Kazakhstan go unreported."
    # (a stronger quantifier: stated by neither side, session 57)
    ("Smailova says every rape in Kazakhstan goes unreported.", "partial"),
    ("Smailova says most rapes in Kazakhstan go unreported.", "supported"),
    # "according to" names who says it, as "says" does: the claim keeps the attribution
    ("According to Smailova, the great majority of rapes in Kazakhstan go unreported.", "supported"),
    ("The vast majority of rapes in Kazakhstan go unreported.", "partial"),
    # 000: "according to an account provided by his grandmother, Sharipa Batyrbekova"; the apposition
    # opened by a possessive says what she is, and the source says she is another relative of his
    ("Sharipa Batyrbekova, Nursultan's mother, said the boy came home covered in scratches and mud.", "contradicted"),
    ("Sharipa Batyrbekova, Nursultan's grandmother, said the boy came home covered in scratches and mud.",
     "supported"),
    # 003: "She said they beat up the young woman's relative, Rustam, then forced Zhibek into a car":
    # a kinship given to a name that the source states nowhere is the claim's own
    ("The attackers beat up Zhibek's cousin, Rustam, and forced her into a car.", "partial"),
    ("Musinova said the attackers beat up her son, Rustam, and forced Zhibek into a car.", "partial"),
    # (with the mother's report kept: said flatly, her account is partial, session 35)
    ("The attackers beat up Zhibek's relative, Rustam, and forced her into a car, the mother said.", "supported"),
    ("The attackers beat up Zhibek's relative, Rustam, and forced her into a car.", "partial"),
    ("Rustam, who was beaten in the attack, is Zhibek's cousin.", "partial"),
    # 000: "On March 14, ..., Batyrbekova traveled with Nursultan to the nearest large city, Shymkent, ..."
    ("On March 14, Zagipa Baliyeva traveled with Nursultan to Shymkent.", "contradicted"),
    # in a longer claim, less of it restated: still not the claim's name
    ("On March 14, Zagipa Baliyeva traveled with Nursultan to Shymkent to board a train to the former capital.",
     "contradicted"),
    ("On March 14, Sharipa Batyrbekova traveled with Nursultan to Shymkent.", "supported"),
    # 001: "... until the boy's grandmother managed to catch the attention of local journalist Amangeldy Batyrbekov"
    ("Amangeldy Batyrbekov managed to catch the attention of the boy's grandmother.", "contradicted"),
    ("The boy's grandmother caught the attention of the journalist Amangeldy Batyrbekov.", "supported"),
    # 002: "The story was first reported by local journalist Amangeldy Batyrbekov, who wrote ...";
    # "... written by journalist Asem Zhapisheva, tells the story of a 7-year-old boy": another
    # doer of the same verb, which the source says of someone else
    ("The story was first reported by local journalist Asem Zhapisheva.", "contradicted"),
    ("The story was first reported by local journalist Amangeldy Batyrbekov.", "supported"),
    # 001: "... against Ak Zhaiyk's editor-in-chief Azamat Maitanov and his staff"; "its chief
    # editor, Lukpan Akhmediyarov" is Uralskaya Nedelya's: a clash that states what the support
    # leaves out is about the claim, not about something else
    ("Lukpan Akhmediyarov is the editor-in-chief of Ak Zhaiyk.", "contradicted"),
    ("Ak Zhaiyk's editor-in-chief is Lukpan Akhmediyarov.", "contradicted"),
    ("Ak Zhaiyk's editor-in-chief is Azamat Maitanov.", "supported"),
])
def test_changes_a_bag_of_words_misses(checker: Checker, text: str, expected: str) -> None:
    assert verdict(checker, text) == expected


def test_the_doer_of_one_verb_is_its_subject_or_its_agent() -> None:
    claim, passage = "Later Baliyeva traveled to Astana.", "Later Batyrbekova traveled to Almaty."
    a = align(claim, passage)
    assert a.doer_of_one_verb((6, 14), (6, 17))
    # not the name after the verb
    assert not a.doer_of_one_verb((28, 34), (30, 36))
    claim, passage = "It was reported by journalist Asem Zhapisheva.", "It was reported by local journalist Amangeldy Batyrbekov."
    a = align(claim, passage)
    assert a.doer_of_one_verb((30, 45), (36, 56))


@pytest.mark.parametrize(("text", "expected"), [
    # 000: "... they had wanted to go to Almaty, where Nursultan's mother lives." (The place the
    # verb's own clause gives: contradicted since session 48, Astana against Almaty.)
    ("Nursultan's mother lives in Astana.", "contradicted"),
    ("Nursultan's mother lives in Almaty.", "supported"),
])
def test_a_where_clause_gives_its_verb_a_place(checker: Checker, text: str, expected: str) -> None:
    assert verdict(checker, text) == expected


def test_the_place_of_a_where_clause() -> None:
    a = align("Her sister works in Paris.", "She moved to Lyon, where her sister works.")
    assert a.other_place() == {t.key for t in a.claim if t.folded == "paris"}
    assert not align("Her sister works in Lyon.", "She moved to Lyon, where her sister works.").other_place()


def test_a_connective_of_another_sentence_is_no_reordering(checker: Checker) -> None:
    # 001: "... sentenced for libel in 2019, after reports that unveiled cases of corruption ... His
    # initial sentence ... was overturned on appeal, and he was freed after serving four months in jail."
    result = checker.check_claim(Claim("t", "Batyrbekov's initial sentence was overturned on appeal, and he "
                                            "was freed after four months in jail."))
    assert result.verdict == "supported"
    assert not [d for d in result.disagreements if d.kind == "antonym"]


@pytest.mark.parametrize(("text", "expected"), [
    # 000: "The country's prosecutor general has appointed a special counsel ..."; "Zagipa Baliyeva,
    # the government ombudswoman for children's rights": the support states the description, not
    # that she is the one it describes
    ("Zagipa Baliyeva, the country's prosecutor general, appointed a special counsel to take charge of the case.",
     "partial"),
    ("The country's prosecutor general appointed a special counsel to take charge of the case.", "supported"),
    # 001: "the country's Ombudsman for Children, Aruzhan Sain, noted in a Facebook post ...": a title
    # with its "of" phrase is a description too
    ("Aruzhan Sain, the Minister of Information, noted in a Facebook post that Zhapisheva's article falsely "
     "stated where the child lives.", "partial"),
    ("Aruzhan Sain, the Ombudsman for Children, noted in a Facebook post that Zhapisheva's article falsely "
     "stated where the child lives.", "supported"),
    # 000: "his grandmother, Sharipa Batyrbekova"; "Nursultan's mother" stands in other sentences,
    # with no "Batyrbekova": a predicate noun is a description too, and another relative of the
    # boy than the one the source names her contradicts it
    ("Sharipa Batyrbekova is Nursultan's mother.", "contradicted"),
    ("Sharipa Batyrbekova is Nursultan's grandmother.", "supported"),
])
def test_an_apposition_says_who_the_name_is(checker: Checker, text: str, expected: str) -> None:
    assert verdict(checker, text) == expected
