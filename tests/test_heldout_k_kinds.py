"""Kinds of change found by new-user set K on the seeds, each tested in other words than the set's."""

from __future__ import annotations

import pytest

from factcheck import Checker, Claim, Corpus
from factcheck.index.bm25 import term
from factcheck.match.align import align
from factcheck.match.cues import hedge_cues, tokenize
from factcheck.values import extract_values
from factcheck.values.clashes import compare_values
from factcheck.values.comparison import compare


@pytest.fixture(scope="module")
def checker(seeds: Corpus) -> Checker:
    return Checker(seeds)


def verdict(checker: Checker, text: str) -> str:
    return checker.check_claim(Claim("t", text)).verdict


def duration(text: str):  # type: ignore[no-untyped-def]
    return next(v for v in extract_values(text) if v.kind == "duration")


@pytest.mark.parametrize(("ours", "theirs", "expected"), [
    ("held for six weeks", "held for six months", False),
    ("jailed for 10 days", "jailed for two years", False),
    ("missing for 3 hours", "missing for 3 months", False),
    ("for eight weeks", "for two months", None),     # within a month's slack: neither exact
    ("for 100 weeks", "for two years", None),
    ("for about five weeks", "for about a month and a half", None),
])
def test_durations_in_weeks_against_months(ours: str, theirs: str, expected: bool | None) -> None:
    a, b = duration(ours), duration(theirs)
    assert compare(a, b) is expected
    assert compare(b, a) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # 004: "... her daughter was held in sexual slavery for six months ..."
    ("A mother revealed that her 17-year-old daughter was kept in sexual slavery for eight weeks.", "contradicted"),
    ("A mother revealed that her 17-year-old daughter was held in sexual slavery for six months.", "supported"),
    # 001: "... he juxtaposed the golden heritage of 19th century poet Abai with the dark reality ..."
    # a century before the same noun dates that noun, whatever verb the claim uses
    ("Zikibay's drawing set the golden heritage of the 18th-century poet Abai against the dark reality of "
     "rural Kazakhstan.", "contradicted"),
    # 003: "She said they beat up the young woman's relative, Rustam, then forced Zhibek into a car":
    # a noun right before a name says what the name is, and a source says it with the name
    ("Musinova said the attackers beat up her daughter's uncle, Rustam, and forced Zhibek into a car.", "partial"),
    ("Musinova said the attackers beat up her daughter's relative, Rustam, and forced Zhibek into a car.",
     "supported"),
    # 001: "... on September 1 The Village wrote a public complaint on its Telegram channel:" -- another
    # name in the claim's tight place, in a passage too loosely worded to contradict
    ("The Village published a public complaint on its Instagram account on September 1.", "partial"),
    ("The Village published a public complaint on its Telegram channel on September 1.", "supported"),
    # 000: "... Batyrbekova traveled with Nursultan to ... Shymkent, to board a train to the former capital, Almaty."
    # ("get on a train" says "board a train": the sentence restates the claim, and another city is
    # in its place; session 30, docs/verdicts.md)
    ("Batyrbekova and Nursultan went to Shymkent on March 14 to get on a train to Karaganda.", "contradicted"),
    # 001: "In Kazakhstan, it is considered better to cover up something as 'shameful' as rape ...":
    # a view reported, which the claim states as a fact
    ("Covering up a rape is better than making it public in Kazakhstan.", "partial"),
    ("In Kazakhstan it is considered better to cover up a rape than to make it public.", "supported"),
    # 003: "... the Musinov family stands by its decision to go public ...": another verb in the
    # present in its place
    ("The Musinov family abandons its decision to go public.", "partial"),
    ("The Musinov family stands by its decision to go public.", "supported"),
    # 000: "... covered in scratches and mud, according to an account provided by his grandmother, ...":
    # another relative after the same possessive pronoun
    ("The seven-year-old returned home covered in scratches and mud, according to an account provided by his aunt.",
     "partial"),
    ("The seven-year-old returned home covered in scratches and mud, according to an account provided by his "
     "grandmother.", "supported"),
    # 004: "Police in Qyzylorda on August 14 confirmed that a case had been filed against the parents of
    # the suspects ...": the same possessor's other relation, in the same place
    ("Police in Qyzylorda confirmed on August 14 that a case had been filed against the suspects' neighbours.",
     "partial"),
    ("Police in Qyzylorda confirmed on August 14 that a case had been filed against the suspects' parents.",
     "supported"),
    # 001: "... showed how several journalists had been targeted with spyware by the country's security services."
    ("The Pegasus Project showed how several journalists had been targeted with spyware by military intelligence "
     "agencies.", "partial"),
    # 002: "The story was first reported by local journalist Amangeldy Batyrbekov, ...": "was the first to"
    # names the doer of the verb after it
    ("Asem Zhapisheva was the first to report the boy's story, in her online S-Inform newspaper.", "contradicted"),
    ("Amangeldy Batyrbekov was the first to report the boy's story, in his online S-Inform newspaper.", "supported"),
    # 003: "She alleged that one of the perpetrators was the son of an influential local official and that
    # police were thus eager to sweep the case under the carpet.": "alleged that" names a speaker too
    ("Zholaman Musinov claimed that police were eager to sweep the case under the carpet.", "contradicted"),
    ("Gulbadar Musinova alleged that one of the perpetrators was the son of an influential local official.",
     "supported"),
    # 004: "Last year witnessed a tragedy in another southern Kazakh city, Turkistan, when a 17-year-old girl
    # jumped ..."; "Earlier this year, the then-16-year-old began spending more and more time with her friend"
    ("This year a 17-year-old girl in Turkistan jumped off the sixth floor of a building after a conflict with a "
     "would-be client.", "contradicted"),
    ("The then-16-year-old began spending more and more time with her friend earlier this year.", "supported"),
    # 003: '"It wasn't an oversight on the police's behalf, it was involvement in the crime," she adds':
    # words only a quotation says are its speaker's
    ("It was not an oversight on the police's behalf but involvement in the crime.", "partial"),
    # 001: "unknown individuals, who introduce themselves as state officials, are attacking us, demanding
    # we remove the article": who they say they are is their claim
    ("State officials were attacking the magazine, demanding it remove the article.", "partial"),
    ("People who introduced themselves as state officials demanded that the magazine remove the article from "
     "its website.", "supported"),
    # 002: "... the suspension of local police and education officials in the Turkistan region": a
    # universal where the source restricts the same word
    ("The reporting led to the suspension of every police and education official in the Turkistan region.",
     "partial"),
    ("The reporting forced the suspension of local police and education officials in the Turkistan region.",
     "supported"),
    # 003: "The suspects in an alleged gang rape last month in southeastern Kazakhstan are in custody":
    # compass words read from their parts
    ("The suspects in an alleged gang rape in northwestern Kazakhstan are in custody.", "contradicted"),
    ("The suspects in an alleged gang rape in southern Kazakhstan are in custody.", "supported"),
    # 004: "... she was sending the group the equivalent of up to $6,000 a month ...": one amount, two rates
    ("As the months went on, the victim was sending the group the equivalent of up to $6,000 a week.",
     "contradicted"),
    ("As the months went on, the victim was sending the group the equivalent of up to $6,000 a month.", "supported"),
    # 004: '... Turkistan, ... She, too, had been registered on the Kazakh "Girls" website, Smailova said.' then
    # '"We know the girl survived the fall, ..." she told RFE/RL.': the names just before a negated passage
    ("Smailova said the girl in Turkistan never survived the fall.", "contradicted"),
    ("Smailova said the girl in Turkistan survived the fall.", "supported"),
    # 004: "... as of August 15, all four minors facing charges of selling their peer for sex were under arrest"
    ("As of August 15, three of the four minors facing charges were under arrest.", "contradicted"),
    ("As of August 15, all four minors facing charges were under arrest.", "supported"),
    # 000: "... the accused perpetrators, who attend a different school from Nursultan, ...": opposites among
    # the index's stopwords ("same" / "different")
    ("Nursultan and the accused perpetrators attend the same school.", "contradicted"),
    # 004: "Chris Rickleton is a journalist living in Almaty. Before joining RFE/RL ... He is a graduate of the
    # University of St. Andrews in Scotland.": the name just before the passage is the passage's "he"
    ("Chris Rickleton is a graduate of the University of St. Andrews in Wales.", "contradicted"),
    ("Chris Rickleton is a graduate of the University of St. Andrews in Scotland.", "supported"),
    # 004: "Dina Smailova, the head of the NeMolchi.kz foundation, who spoke at the press event, ...": a noun
    # that may be a verb heads a phrase before its "of"
    ("Dina Smailova, the assistant head of the NeMolchi.kz foundation, spoke at the press event.", "partial"),
    ("Dina Smailova, the head of the NeMolchi.kz foundation, spoke at the press event.", "supported"),
    # 003: "The family handed over the suspects to authorities at the Esik district police station": the
    # passage's doer made the claim's receiver
    ("Officers handed over the suspects to the family at the Esik district police station.", "partial"),
    ("The family handed over the suspects to authorities at the Esik district police station.", "supported"),
    # 003: "... the accusations of the brutal assault, in which she says the woman and a male relative were
    # attacked leaving a karaoke cafe late one evening.": a report in a relative clause
    ("Zhibek and a male relative were attacked while leaving a karaoke cafe late one evening.", "partial"),
])
def test_the_seeds(checker: Checker, text: str, expected: str) -> None:
    assert verdict(checker, text) == expected


@pytest.mark.parametrize(("claim", "passage", "tight"), [
    ("The band posted the video on its Facebook page.", "The band shared the video on its Telegram channel.", True),
    ("She took a train to Astana.", "She boarded a train to the former capital, Almaty.", True),
    ("She took a train to the capital, Astana.", "She boarded a train to the former capital, Almaty.", True),
    # WiCE dev 00782: loosely placed names name different things
    ("Gauthe was later jailed for violating the Texas sex offender registration law.",
     "Gauthe was arrested for failing to register in Galveston County as a sex offender.", False),
])
def test_names_in_one_tight_place(claim: str, passage: str, tight: bool) -> None:
    alignment = align(claim, passage)
    entities = [d for d in alignment.contradicting if d.kind == "entity"]
    assert any(alignment.named_in_place(d) for d in entities) is tight


@pytest.mark.parametrize(("text", "hedged"), [
    ("It is considered better to settle out of court.", True),
    ("The plan is widely considered unworkable.", True),
    ("She was considered for the post of minister.", False),
    ("He considered running for office.", False),
])
def test_is_considered_reports_a_view(text: str, hedged: bool) -> None:
    assert bool(hedge_cues(tokenize(text))) is hedged


@pytest.mark.parametrize(("claim", "passage", "replaced"), [
    ("The council rejects the plan.", "The council backs the plan.", {"rejects"}),
    ("The mayor opposes the bridge.", "The mayor supports the bridge.", {"opposes"}),
    ("The council backs the plan.", "The council supports the plan.", set()),  # WordNet: one sense
    # a plural noun after a determiner is no verb
    ("The leaves of the tree fall in autumn.", "The branches of the tree fall in autumn.", set()),
])
def test_a_present_verb_with_its_object_replaced(claim: str, passage: str, replaced: set[str]) -> None:
    assert align(claim, passage).replaced() == {term(w) for w in replaced}


@pytest.mark.parametrize(("claim", "passage", "unstated"), [
    ("The court fined the company's auditors.", "The court fined the directors of the company.", {"auditors"}),
    ("The court fined the company's directors.", "The court fined the directors of the company.", set()),
    # another thing of the same possessor elsewhere in the passage is no replacement
    ("The schoolgirl's mother spoke to reporters.", "Police denied they had overseen the schoolgirl's exploitation.",
     set()),
])
def test_the_same_possessors_other_relation(claim: str, passage: str, unstated: set[str]) -> None:
    assert align(claim, passage).unattributed >= {term(w) for w in unstated}
    if not unstated:
        assert not align(claim, passage).unattributed & {term("directors"), term("mother")}


@pytest.mark.parametrize(("claim", "passage", "qualified"), [
    # two modifiers in a row against the passage's words between the same aligned words
    ("Journalists were targeted by foreign intelligence services.",
     "Journalists were targeted by the country's security services.", {"intelligence"}),
    ("Journalists were targeted by the state's security services.",
     "Journalists were targeted by the country's security services.", set()),
    # a noun that may be a verb ends the phrase: a head, not a verb with its subject
    ("The firm hired outside legal services.", "The firm hired outside accounting services.", {"legal"}),
])
def test_modifiers_in_a_row(claim: str, passage: str, qualified: set[str]) -> None:
    assert {word for _, word, _ in align(claim, passage).qualifiers} == qualified


@pytest.mark.parametrize(("claim", "passage", "opposed"), [
    ("The plant closed last year.", "The plant closed this year.", ("last", "this")),
    ("Sales will rise next month.", "Sales will rise this month.", ("next", "this")),
    ("The last train left at noon.", "This train left at noon.", None),   # no period after it
])
def test_periods_counted_from_the_day_of_writing(claim: str, passage: str, opposed: tuple[str, str] | None) -> None:
    found = [(d.claim_words, d.passage_words) for d in align(claim, passage).contradicting if d.kind == "antonym"]
    assert found == ([opposed] if opposed else [])


@pytest.mark.parametrize(("claim", "passage", "hedge"), [
    ("The mayor ignored the warnings.", '"The mayor ignored the warnings," said Anna Berg.', "said Anna Berg"),
    ("The mayor ignored the warnings.", '"The mayor ignored the warnings," she added.', "she added"),
    # and the same words unquoted, a closing report (session 38: before, the news convention of
    # reporting as fact)
    ("The mayor ignored the warnings.", "The mayor ignored the warnings, Berg said.", "Berg said"),
    # the claim reports it too: no hedge
    ("Anna Berg said the mayor ignored the warnings.", '"The mayor ignored the warnings," said Anna Berg.', None),
    ("Berg said the mayor ignored the warnings.", "The mayor ignored the warnings, Berg said.", None),
])
def test_words_only_a_quotation_says(claim: str, passage: str, hedge: str | None) -> None:
    found = [d.passage_words for d in align(claim, passage).hedges]
    assert found == ([hedge] if hedge else [])


@pytest.mark.parametrize(("text", "hedged"), [
    ("Two men posing as police officers robbed the shop.", True),
    ("A caller purporting to be from the bank asked for the code.", True),
    ("Two police officers robbed the shop.", False),
])
def test_who_someone_claims_to_be(text: str, hedged: bool) -> None:
    assert bool(hedge_cues(tokenize(text))) is hedged


def test_a_universal_the_source_restricts_is_named_missing(checker: Checker) -> None:
    result = checker.check_claim(Claim("t", "The reporting led to the suspension of all police and education "
                                             "officials in the Turkistan region."))
    assert result.verdict == "partial" and result.missing == ("all",)


@pytest.mark.parametrize(("claim", "passage", "qualified"), [
    ("The ruling closed all private schools.", "The ruling closed rural private schools.", {"all"}),
    # a bare plural may mean them all (WiCE dev 03784)
    ("The court said all public schools must desegregate.", "Segregation in public schools was unconstitutional.",
     set()),
    ("The ruling closed all private schools.", "The ruling closed 40 private schools.", set()),  # a count: compared
])
def test_universals(claim: str, passage: str, qualified: set[str]) -> None:
    assert {word for _, word, _ in align(claim, passage).qualifiers} == qualified


@pytest.mark.parametrize(("claim", "passage", "opposed"), [
    ("The fire spread in northwestern Spain.", "The fire spread in southeastern Spain.", True),
    ("The fire spread in northwestern Spain.", "The fire spread in northeastern Spain.", True),
    ("The fire spread in southern Spain.", "The fire spread in southeastern Spain.", False),
    ("The fire spread in northern Spain.", "The fire spread in eastern Spain.", False),   # may be one corner
])
def test_compass_words(claim: str, passage: str, opposed: bool) -> None:
    found = [d for d in align(claim, passage).contradicting if d.kind == "antonym"]
    assert bool(found) is opposed


@pytest.mark.parametrize(("claim", "passage", "clash"), [
    ("The job pays $900 a week.", "The job pays $900 a month.", ("$900", "$900 a month")),
    ("The job pays £30,000 per year.", "The job pays £30,000 annually.", None),
    ("The job pays $900 weekly.", "The job pays $900 per week.", None),
    ("The job pays $900.", "The job pays $900 a month.", None),   # no period said: nothing to compare
])
def test_rates(claim: str, passage: str, clash: tuple[str, str] | None) -> None:
    found = compare_values(extract_values(claim), extract_values(passage), claim, passage)
    assert [(c.text, p.text) for c, p in found.conflicts] == ([clash] if clash else [])


@pytest.mark.parametrize(("claim", "passage", "demoted"), [
    ("Police handed the boy over to the family.", "The family handed the boy over to police.", {"police"}),
    ("Doctors gave the results to the parents.", "The parents gave the results to doctors.", {"doctors"}),
    ("The boy handed over by the family was safe.", "The family handed over the boy, who was safe.", set()),
])
def test_the_passages_doer_as_the_claims_object(claim: str, passage: str, demoted: set[str]) -> None:
    assert align(claim, passage).unattributed & {term(w) for w in ("police", "doctors", "boy")} == \
        {term(w) for w in demoted}


@pytest.mark.parametrize(("claim", "passage", "qualified"), [
    ("Reporters are under pressure only from the police.", "Reporters are under pressure from both the police and the army.",
     {"only"}),
    ("The prize went only to Ana.", "The prize went to Ana and Marta.", {"only"}),
    ("The prize went only to Ana.", "The prize went to Ana alone.", set()),
])
def test_only_against_another_coordinated(claim: str, passage: str, qualified: set[str]) -> None:
    assert {word for _, word, _ in align(claim, passage).qualifiers} == qualified


def test_only_is_named_missing(checker: Checker) -> None:
    # 001: "... under pressure from both the authorities and local elites."
    result = checker.check_claim(Claim("t", "Journalists in Kazakhstan find themselves under pressure only from the "
                                             "authorities."))
    assert result.verdict == "partial" and "only" in " ".join(result.missing)


@pytest.mark.parametrize(("text", "hedged"), [
    ("He posted a video in which he says the mayor took bribes.", True),
    ("The video, in which she says nothing, was shared widely.", True),
    ("The house in which she lived was sold.", False),
])
def test_a_report_in_a_relative_clause(text: str, hedged: bool) -> None:
    assert bool(hedge_cues(tokenize(text))) is hedged
