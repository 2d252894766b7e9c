"""Kinds found by held-out set H30 and a new user's own articles in session 56, each tested in
other words than theirs: two news stories that give one vote's tally otherwise (a dispute, not a
support), a claim's quantifier stronger than its source's (partial, not contradicted nor
supported), a claim's subject where the source's "she" stands for someone else, and a speaker's
"insisting that" as a hedge."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import write_tree

from factcheck import Checker, Claim, Corpus
from factcheck.conflicts.scan import find_conflicts
from factcheck.inputs.drafts import read_draft
from factcheck.lexicon.noun_kinds import converse_kin
from factcheck.match.align import align
from factcheck.match.cues import tokenize
from factcheck.match.predicates import main_verb, one_predicate, passive_participle
from factcheck.run.pipeline import Options
from factcheck.sources.corpus import load_corpus
from factcheck.sources.titles import capitalised, names_its_subject
from factcheck.values import extract_values
from factcheck.values.dateline import statement_values

# Two reports of one council vote, filed on two days, in sentence-case headlines that their
# stories never repeat; the second gives the tally and the closure otherwise.
FIRST = """Harbour council backs ferry pier demolition

PORT ELLIS, May 6, 2025 -- The town council voted 5 to 4 on Monday to demolish the old ferry pier at Quay Road. Engineers had found its timber piles rotten.

Council leader Ruth Amari said the work would cost $2.1 million. "We have patched that pier for twenty years," she said after the vote.

Harbourmaster Tomas Reyes said boats would moor at the north jetty while the pier is rebuilt.
"""

SECOND = """Demolition crews move onto the old pier

PORT ELLIS, June 2, 2025 -- Crews began work on Monday at the Quay Road ferry pier, which the town council voted 6 to 3 last month to demolish.

Council leader Ruth Amari said the demolition would take eleven weeks. Harbourmaster Tomas Reyes said the north jetty was ready for the ferries.
"""


@pytest.fixture(scope="module")
def two_reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_tree(tmp_path_factory.mktemp("pier"), {"first.txt": FIRST, "second.txt": SECOND})


def test_two_stories_that_tally_one_vote_otherwise_disagree(two_reports: Path) -> None:
    report = find_conflicts(load_corpus([two_reports]).documents)
    numbers = [c for c in report.conflicts if c.kind == "number"]
    assert [sorted(v.value for v in c.values) for c in numbers] == [["5 to 4", "6 to 3"]]


def test_a_claim_with_one_sides_tally_is_disputed(two_reports: Path) -> None:
    checker = Checker(load_corpus([two_reports]), Options(index=False))
    result = checker.check_claim(Claim("t", "The town council voted 5 to 4 to demolish the Quay Road ferry pier."))
    assert result.verdict == "disputed"


def test_a_dateline_date_is_no_value_of_the_statement() -> None:
    text = "PORT ELLIS, June 2, 2025 -- Crews began work on Monday at the pier, which the council voted 6 to 3 to demolish."
    kept = [v.text for v in statement_values(text, extract_values(text))]
    assert "6 to 3" in kept and not any("2025" in v for v in kept)
    plain = "On June 2, 2025, crews began work at the pier."
    assert any("2025" in v.text for v in statement_values(plain, extract_values(plain)))


@pytest.mark.parametrize(("title", "body", "names"), [
    ("Demolition crews move onto the old pier", "Crews began work on Monday ...", False),  # a headline
    ("Levering Smith", "Levering Smith was an American admiral.", True),  # title case
    ("1903 Boston mayoral election", "The 1903 boston mayoral election occurred on ...", True),  # stated by its body
])
def test_a_title_names_its_subject(title: str, body: str, names: bool) -> None:
    assert names_its_subject(title, body.lower()) is names
    assert capitalised("Demographics of Saint Kitts and Nevis") and not capitalised("Tribunal rules on Harbour Lane flats")


# Quantifiers (the seeds' words): 003 "Some people in Kazakhstan and elsewhere in Central Asia
# practice so-called bride kidnapping"; 003 "the vast majority of rapes in Kazakhstan go unreported";
# 004 "in conservative provinces where victims often lack support networks".
@pytest.mark.parametrize(("text", "expected"), [
    ("Many people in Kazakhstan and elsewhere in Central Asia practice bride kidnapping.", "partial"),
    ("Smailova argues that victims in conservative provinces usually lack support networks.", "partial"),
    ("Smailova says many rapes in Kazakhstan go unreported.", "supported"),
])
def test_a_stronger_quantifier_than_the_sources_is_partial(seeds_checker: Checker, text: str, expected: str) -> None:
    assert seeds_checker.check_claim(Claim("t", text)).verdict == expected


def test_a_stronger_quantifier_is_named_as_a_qualification() -> None:
    found = align("Engineers usually inspect the pier in spring.",
                  "Engineers frequently inspect the pier in spring.")
    assert [(d.kind, d.claim_words, d.passage_words) for d in found.hedges] == [("quantifier", "usually", "frequently")]
    assert not found.contradicting
    assert not align("Everyone on the council opposed the plan.", "Many on the council opposed the plan.").contradicting


@pytest.mark.parametrize(("claim", "found"), [
    # "she" stands for the only woman named before it
    ("After the vote, Ruth Amari resigned from the council.", [("entity", "Ruth Amari", "Marta Lindqvistova")]),
    # the claim's own person
    ("After the vote, Marta Lindqvistova resigned from the council.", []),
    # a name after a preposition is no subject
    ("After the vote, a councillor from Port Ellis resigned from the council.", []),
])
def test_the_subject_a_pronoun_stands_for(claim: str, found: list[tuple[str, str, str]]) -> None:
    passage = "After councillor Marta Lindqvistova lost the vote on the pier, she resigned from the council."
    differences = align(claim, passage).differences
    assert [(d.kind, d.claim_words, d.passage_words) for d in differences if d.detail == "pronoun"] == found


def test_a_pronoun_with_two_antecedents_names_no_one() -> None:
    passage = "After Marta Lindqvistova met Anna Petrova about the vote, she resigned from the council."
    differences = align("After the vote, Ruth Amari resigned from the council.", passage).differences
    assert not [d for d in differences if d.detail == "pronoun"]


def test_insisting_that_attributes_what_follows(tmp_path: Path) -> None:
    text = ("Harbour plan approved\n\nThe harbourmaster moved the ferries to the north jetty, "
            "insisting that it was the safest berth in the port.\n")
    checker = Checker(load_corpus([write_tree(tmp_path, {"harbour.txt": text})]), Options(index=False))
    flat = checker.check_claim(Claim("t", "The harbourmaster moved the ferries to the north jetty, the safest berth in the port."))
    kept = checker.check_claim(Claim("t", "The harbourmaster moved the ferries to the north jetty, insisting it was the safest berth in the port."))
    assert (flat.verdict, kept.verdict) == ("partial", "supported")


def test_seeds_keep_their_verdicts_on_a_corpus_without_entity_titles(seeds: Corpus) -> None:
    # The seeds open with headlines and a URL line: their one statement conflict stays found.
    kinds = sorted(c.kind for c in find_conflicts(seeds.documents).conflicts)
    assert kinds == ["name_variant", "name_variant", "statement"]


# Kinds of H30 in other words: a quotation's word turned to its antonym, an ellipsis over "rather
# than", another place of one noun, the doer of a relative clause, a name and a value both other,
# a domain's name, and a predicate no sentence states.
HARBOUR = """Harbour inquiry opens

PORT ELLIS, May 20, 2025 -- The Harbour Gazette, a weekly paper in Port Ellis, was founded in 1998 by two retired fishermen.

Ruth Amari said the harbour inspectors "were thorough and honest" during the inquiry. "We want the council to repair the pier rather than close it," the shop owners wrote in a letter published by PortEllisNews.com.

Amari complained about the care her son received at Dunmore's clinic after the storm.

The inquiry was welcomed by councillor Tomas Reyes, who started a petition against the closure last month.
"""


@pytest.fixture(scope="module")
def harbour(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    root = write_tree(tmp_path_factory.mktemp("harbour"), {"harbour.txt": HARBOUR})
    return Checker(load_corpus([root]), Options(index=False))


@pytest.mark.parametrize(("text", "expected"), [
    # a quoted word turned into its WordNet antonym
    ('Ruth Amari said the harbour inspectors "were thorough and dishonest" during the inquiry.', "contradicted"),
    ('Ruth Amari said the harbour inspectors "were thorough and honest" during the inquiry.', "supported"),
    # an ellipsis over "rather than" keeps what the speakers reject
    ('The shop owners wrote: "We want the council to ... close it."', "contradicted"),
    # another place for the one clinic
    ("Amari complained about the care her son received at a clinic in Riverton after the storm.", "contradicted"),
    ("Amari complained about the care her son received at a clinic in Dunmore after the storm.", "supported"),
    # the antecedent of "who" started the petition
    ("A petition against the closure was started by Ruth Amari.", "contradicted"),
    ("A petition against the closure was started by councillor Tomas Reyes.", "supported"),
])
def test_h30_kinds_in_other_words(harbour: Checker, text: str, expected: str) -> None:
    assert harbour.check_claim(Claim("t", text)).verdict == expected


def test_another_name_and_another_value_are_another_fact(harbour: Checker) -> None:
    # The Gazette's founding says nothing of the news site's.
    assert harbour.check_claim(Claim("t", "The news site PortEllisNews.com was founded in 2004.")).verdict != "contradicted"


def test_a_predicate_no_sentence_states_is_not_found(harbour: Checker) -> None:
    assert harbour.check_claim(Claim("t", "The Harbour Gazette is owned by a Canadian media holding.")).verdict == "not_found"


@pytest.mark.parametrize(("text", "names"), [
    ("The news site Informburo.kz reported it first.", ["Informburo.kz"]),
    ("He left Yahoo.co.uk for Amazon.com in 2001.", ["Yahoo.co.uk", "Amazon.com"]),
    ("She wrote to Smith.he never answered.", ["Smith"]),  # a sentence glued on, no domain
])
def test_a_domain_is_part_of_its_name(text: str, names: list[str]) -> None:
    assert [v.text for v in extract_values(text) if v.kind == "name"] == names


@pytest.mark.parametrize(("text", "one"), [
    ("The Gazette is owned by a Canadian media holding.", True),  # "holding": a noun after "a ... media"
    ("The mayor spoke about the pier in a televised address.", True),  # "televised": an adjective
    ("The council criticised the police's handling of the case.", True),  # "handling": a verbal noun
    ("The council closed the pier and reopened the jetty.", False),  # two predicates
])
def test_a_verb_form_inside_a_noun_phrase_predicates_nothing(text: str, one: bool) -> None:
    tokens = tokenize(text)
    verb = next(k for k in (main_verb(tokens), passive_participle(tokens, over_adverbs_of_time=True)) if k is not None)
    assert one_predicate(tokens, verb) is one


# A quotation given to "the father", where the story says elsewhere whose father the named man is.
CRASH = """Families of crash victims demand answers

Omar Haddad spoke outside the court about his son, who was injured in the crash. Lena Ortiz, a neighbour, stood beside him.

"We will not stay silent until the company pays," the father told reporters.
"""


@pytest.mark.parametrize(("text", "expected"), [
    ('Omar Haddad told reporters: "We will not stay silent until the company pays."', "supported"),
    ('Lena Ortiz told reporters: "We will not stay silent until the company pays."', "contradicted"),  # a neighbour
])
def test_a_relative_named_by_the_converse_kinship(tmp_path: Path, text: str, expected: str) -> None:
    checker = Checker(load_corpus([write_tree(tmp_path, {"crash.txt": CRASH})]), Options(index=False))
    assert checker.check_claim(Claim("t", text)).verdict == expected


@pytest.mark.parametrize(("relative", "owned", "converse"), [
    ("mother", "daughter", True), ("father", "son", True), ("grandmother", "grandson", True),
    ("mother", "grandson", False), ("grandmother", "daughter", False), ("sister", "daughter", False),
])
def test_converse_kinships(relative: str, owned: str, converse: bool) -> None:
    assert converse_kin(relative, owned) is converse


# A quotation cut across sentences of its source, given to its speaker.
APPEAL = """Fishermen appeal to the council

"The harbour is silting up. Nobody dredges it any more. Our boats cannot leave at low tide, and we lose two days a week," said Tomas Reyes, the harbourmaster.
"""


def test_a_quotation_cut_across_sentences(tmp_path: Path) -> None:
    # The sentence left out ("Nobody dredges it any more.") changes nothing the others say.
    checker = Checker(load_corpus([write_tree(tmp_path, {"appeal.txt": APPEAL})]), Options(index=False))
    quoted = '"The harbour is silting up. ... Our boats cannot leave at low tide."'
    assert checker.check_claim(Claim("t", f"Tomas Reyes said: {quoted}")).verdict == "supported"
    assert checker.check_claim(Claim("t", f"Ruth Amari said: {quoted}")).verdict != "supported"
    # A negation left out of a kept sentence still inverts it.
    cut = checker.check_claim(Claim("t", 'Tomas Reyes said: "The harbour is silting up. ... dredges it any more."'))
    assert cut.verdict == "contradicted"


# Kinds a new user met from a fresh clone (session 57), in other words than theirs.
DEPOT = """Depot fire under investigation

KELSO, Ontario (March 3, 2024) - Kelso town council voted 6 to 1 on Monday to rebuild the bus depot that burned last week.

Councillor Ines Moreau, who proposed the rebuilding, said the new depot would open in 2025. Councillor Paul Grant, the one member who voted against it, said the town could not afford it.

Mayor Rita Chen voted in favour.

Fire investigator Sam Ode said there was no evidence that the fire had been started deliberately.
"""


@pytest.fixture(scope="module")
def depot(tmp_path_factory: pytest.TempPathFactory) -> Checker:
    root = write_tree(tmp_path_factory.mktemp("depot"), {"depot.txt": DEPOT})
    return Checker(load_corpus([root]), Options(index=False))


@pytest.mark.parametrize(("text", "expected"), [
    # "no evidence that X" denies X
    ("Fire investigator Sam Ode said the fire had been started deliberately.", "contradicted"),
    # the antecedent of ", who" proposed it; a councillor's title names no one
    ("Councillor Paul Grant proposed the rebuilding.", "contradicted"),
    ("Councillor Ines Moreau proposed the rebuilding.", "supported"),
])
def test_new_user_kinds(depot: Checker, text: str, expected: str) -> None:
    assert depot.check_claim(Claim("t", text)).verdict == expected


def test_a_name_that_modifies_the_subject_is_no_other_doer(depot: Checker) -> None:
    # "Kelso town council voted ..." names a council, not another voter than the mayor.
    assert depot.check_claim(Claim("t", "Mayor Rita Chen voted for the new bus depot.")).verdict != "contradicted"


def test_a_quotation_takes_no_speaker_from_another_sentence(seeds_checker: Checker) -> None:
    # 001's "We do not intend to remove our article." is The Village's statement, which the line
    # before its block introduces; Aruzhan Sain's Facebook post is another sentence.
    result = seeds_checker.check_claim(Claim("t", 'Aruzhan Sain wrote on Facebook: "We do not intend to remove our article."'))
    assert result.verdict != "supported"
    kept = seeds_checker.check_claim(Claim("t", 'The Village wrote on its Telegram channel: "We do not intend to remove our article."'))
    assert kept.verdict == "supported"


def test_a_plain_text_draft_keeps_a_sentence_with_a_marker(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("The depot burned down in 2023.[^a]\n\n[^a]: depot.txt\n", encoding="utf-8")
    read = read_draft(str(draft))
    assert [p.text for p in read.paragraphs] == ["The depot burned down in 2023.[^a]"]
    assert read.warnings and "Markdown drafts only" in read.warnings[0]


def test_a_quotation_that_inverts_its_source_shows_where(seeds_checker: Checker) -> None:
    # 001: "We do not intend to remove our article." The ellipsis swallows the "not".
    result = seeds_checker.check_claim(Claim("t", 'The Village wrote in its statement: "We ... intend to remove our article."'))
    assert result.verdict == "contradicted"
    assert [e.quote for e in result.evidence if e.stance == "contradicts"] == ["We do not intend to remove our article."]
    assert result.missing == ()


def test_a_hedge_stays_in_its_own_sentence_of_a_window() -> None:
    passage = ("The blaze broke out at about 2:15 a.m. in a storage area, according to the fire chief. "
               "Forty-two firefighters from three stations fought the flames for five hours.")
    flat = align("The blaze was fought by forty-two firefighters from three stations.", passage)
    assert not flat.hedges
    hedged = align("The blaze broke out at about 2:15 a.m. in a storage area.", passage)
    assert [d.passage_words for d in hedged.hedges] == ["according to"]


def test_a_quotation_given_to_another_named_speaker(tmp_path: Path) -> None:
    # APPEAL closes its quotation with '..., said Tomas Reyes, the harbourmaster.'
    checker = Checker(load_corpus([write_tree(tmp_path, {"appeal.txt": APPEAL})]), Options(index=False))
    result = checker.check_claim(Claim("t", 'Ruth Amari said: "Our boats cannot leave at low tide."'))
    assert result.verdict == "contradicted"
    assert [(d.kind, d.detail, d.claim_value, d.source_value) for d in result.disagreements
            if d.detail == "speaker"] == [("entity", "speaker", "Ruth Amari", "Tomas Reyes")]
    assert checker.check_claim(Claim("t", 'Tomas Reyes said: "Our boats cannot leave at low tide."')).verdict == "supported"


def test_a_record_quote_given_to_another_speaker_than_the_sources(seeds_checker: Checker) -> None:
    # 000 closes the quotation '... He won't even go to the bathroom unaccompanied," Batyrbekova told
    # KTK television station.' The claim paraphrases it and gives it to Baliyeva.
    claim = Claim("t", "Zagipa Baliyeva told KTK that the police accused the boy of lying.",
                  quote="The police say: ‘You’re lying. Do you have evidence?’")
    result = seeds_checker.check_claim(claim)
    assert result.verdict == "contradicted"
    assert [(d.claim_value, d.source_value) for d in result.disagreements if d.detail == "speaker"] == [
        ("Zagipa Baliyeva", "Batyrbekova")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Mayor Rita Chen voted against the new bus depot.", "contradicted"),  # "voted in favour"
    ("Councillor Paul Grant voted against it.", "supported"),
])
def test_for_and_against_oppose(depot: Checker, text: str, expected: str) -> None:
    assert depot.check_claim(Claim("t", text)).verdict == expected


def test_two_reports_that_give_one_quotation_to_two_speakers(tmp_path: Path) -> None:
    reports = {
        "gazette.txt": "Pier reopens\n\nPORT ELLIS -- The pier reopened on Monday. \"We were lucky nobody was hurt,\" "
                       "Ruth Amari said at the ceremony.\n",
        "courier.txt": "Crowds return to the pier\n\nPORT ELLIS -- Hundreds walked the reopened pier on Monday. "
                       "\"We were lucky nobody was hurt,\" harbourmaster Tomas Reyes said.\n",
    }
    checker = Checker(load_corpus([write_tree(tmp_path, reports)]), Options(index=False))
    result = checker.check_claim(Claim("t", 'Ruth Amari said: "We were lucky nobody was hurt."'))
    assert result.verdict == "disputed"


def test_a_finding_keeps_its_source() -> None:
    passage = "According to a city survey released in June, 62 percent of residents support more bike lanes."
    kept = align("A city survey released in June found that 62 percent of residents support more bike lanes.", passage)
    assert not kept.hedges
    flat = align("62 percent of residents support more bike lanes.", passage)
    assert [d.passage_words for d in flat.hedges] == ["According to"]


def test_an_opening_ellipsis_that_cuts_off_the_head_of_a_clause(tmp_path: Path) -> None:
    text = 'Harbour row\n\n"The men who flooded the harbour should pay for it, not the fishermen," said Tomas Reyes.\n'
    checker = Checker(load_corpus([write_tree(tmp_path, {"row.txt": text})]), Options(index=False))
    cut = checker.check_claim(Claim("t", 'Tomas Reyes said: "... the harbour should pay for it."'))
    assert cut.verdict != "supported"
    assert [d.source_value for d in cut.disagreements if d.kind == "quote"] == ["The men who flooded"]
    kept = checker.check_claim(Claim("t", 'Tomas Reyes said: "... should pay for it, not the fishermen."'))
    assert kept.verdict == "supported"
