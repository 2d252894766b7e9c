"""Reports and lists across the sentences of a window, from held-out sets O and P (session 31).

- a report that opens the second sentence of a two-sentence window glued to the first ("... and
  sped away.The mother said family members tracked down the car ..."): what follows is the
  mother's report, as it is in a sentence of its own; a claim that opens with "According to her
  mother" keeps it;
- a quotation that runs over two sentences and names its speaker only after the second ('He's
  afraid, he says, to go out alone. He won't even go to the bathroom unaccompanied," Batyrbekova
  told KTK'): a claim that states its words flatly is `partial`, as with a one-sentence quotation;
- words mostly in another speaker's quotation ('"It wasn't an oversight on the police's behalf,
  it was involvement in the crime," she adds', she being Smailova), the rest in other words: the
  claim's named speaker (Gulbadar Musinova) is not stated, though not contradicted either;
- a name that owns a description ("Lukpan Akhmediyarov, Ak Zhaiyk's chief editor") must stand
  with the name and the noun in one passage, or in the passage before it (001: "Another staunch
  independent outlet, Uralskaya Nedelya, ... On several occasions, its chief editor, Lukpan
  Akhmediyarov, ..."); pooled from two sentences it is missing, and named so;
- the named objects of two verbs in each other's places, the second verbs in other words ("beat
  Zhibek and then bundled her relative Rustam into a car" / "beat up the young woman's relative,
  Rustam, then forced Zhibek into a car");
- a report in a participle clause (", saying that the editors had asked ...") attributes what
  follows, as "said that" does, unless it tells the speaker's own doings (", saying that its
  representative had indeed contacted ...");
- the adverb "all" ("scratched all over", "knew all along") is no quantifier to set against a
  count ("the seven-year old");
- a phrasal verb whose particle stands between it and the next aligned word ("came back to her
  family home" / "returned to her family home": WordNet's {return, come back}) is stated;
- a subordinator or preposition that opens a sentence ("Whenever", "Whereas", "Throughout") is
  no name: a claim that opened with one named someone no source names, and was `not_found`;
- "only X" against a list that the claim itself names before narrowing it (in
  tests/test_semblance_and_opposites.py, with the other "only" cases).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import article_checker

from factcheck import Checker, Claim
from factcheck.match.align import align
from factcheck.match.cues import hedge_cues, hedge_cues_across, tokenize
from factcheck.values import extract_values

# Written for the test; its sentences glued as the seeds' are.
FLAT = """Night Raid on Harbour Street

The officers searched the flat on Harbour Street and left before midnight.The neighbour said two men carried boxes out of the building late that night and drove off in a grey van.

The police have not named the men.

"We heard the van twice. It stopped by the gate for ten minutes and then drove towards the port," the neighbour told the local radio station.
"""


def test_a_report_opening_a_glued_sentence_is_a_cue() -> None:
    text = "The officers searched the flat and left.The neighbour said two men carried boxes out."
    tokens = tokenize(text)
    opening = next(k for k, t in enumerate(tokens) if t.folded == "the" and t.capital and k > 0)
    assert [tokens[lo].folded for lo, _ in hedge_cues_across(tokens, frozenset({opening}))] == ["said"]
    # Read as one sentence, "The neighbour said" stands inside the first one's last clause.
    assert hedge_cues(tokens) == []


@pytest.mark.parametrize(("claim", "expected"), [
    ("When relatives tracked down the car hours later, the attackers were still inside with Zhibek.", "partial"),
    ("The mother said family members tracked down the car hours later and found the attackers still inside.",
     "supported"),
    ("According to her mother, the attackers beat up Zhibek's relative Rustam, then forced her into a car.",
     "supported"),
])
def test_the_mothers_report_in_a_window(seeds_checker: Checker, claim: str, expected: str) -> None:
    """003: 'She said they beat up ... and sped away.The mother said family members tracked down
    the car hours later and found the attackers and victim still inside'."""
    result = seeds_checker.check_claim(Claim("t", claim))
    assert result.verdict == expected
    if expected == "partial":
        assert [d.source_value for d in result.disagreements if d.kind == "hedge"] == ["mother said"]


@pytest.mark.parametrize(("claim", "expected"), [
    ("After the officers left, two men carried boxes out of the building late that night.", "partial"),
    ("The neighbour said two men carried boxes out of the building late that night.", "supported"),
    ("According to the neighbour, two men carried boxes out of the building late that night.", "supported"),
])
def test_a_report_in_a_window_in_other_words(tmp_path: Path, claim: str, expected: str) -> None:
    checker = article_checker(tmp_path, "flat.txt", FLAT)
    assert checker.check_claim(Claim("t", claim)).verdict == expected


@pytest.mark.parametrize(("claim", "expected"), [
    ("Nursultan is afraid to go out alone and will not even go to the bathroom unaccompanied.", "partial"),
    ("Batyrbekova told KTK that Nursultan is afraid to go out alone and will not even go to the bathroom "
     "unaccompanied.", "supported"),
])
def test_a_quotation_over_two_sentences_on_the_seeds(seeds_checker: Checker, claim: str, expected: str) -> None:
    """000: '... He's afraid, he says, to go out alone. He won't even go to the bathroom
    unaccompanied," Batyrbekova told KTK television station.'"""
    result = seeds_checker.check_claim(Claim("t", claim))
    assert result.verdict == expected
    if expected == "partial":
        assert [d.source_value for d in result.disagreements if d.kind == "hedge"] == ["Batyrbekova told"]


@pytest.mark.parametrize(("claim", "expected"), [
    ("The van stopped by the gate for ten minutes and then drove towards the port.", "partial"),
    ("The neighbour told the local radio station that the van stopped by the gate for ten minutes and then drove "
     "towards the port.", "supported"),
])
def test_a_quotation_over_two_sentences_in_other_words(tmp_path: Path, claim: str, expected: str) -> None:
    checker = article_checker(tmp_path, "flat.txt", FLAT)
    assert checker.check_claim(Claim("t", claim)).verdict == expected


@pytest.mark.parametrize(("claim", "expected"), [
    ("Gulbadar Musinova said the police's conduct was no oversight but amounted to involvement in the crime.",
     "partial"),
    ("Dina Smailova said the police's conduct was no oversight but amounted to involvement in the crime.",
     "supported"),
])
def test_a_speaker_of_words_mostly_quoted_by_another(seeds_checker: Checker, claim: str, expected: str) -> None:
    """003: 'But Smailova ... says such determination can lead to convictions ... "It wasn't an
    oversight on the police's behalf, it was involvement in the crime," she adds'."""
    result = seeds_checker.check_claim(Claim("t", claim))
    assert result.verdict == expected
    assert any("Musinova" in word for word in result.missing) is (expected == "partial")


def test_a_speaker_of_words_mostly_quoted_by_another_in_other_words() -> None:
    context = ("Councillor Anna Berg, who chairs the housing committee, praises the tenants' persistence and says "
               "such neglect should cost a landlord his licence.")
    passage = ("\"It was not an accident on the landlord's part, it was a choice to save money,\" she adds, "
               "\"because the leaks were reported for months.\"")
    claim = "{} said the landlord's behaviour was no accident but amounted to a choice to save money."
    assert align(claim.format("Maria Holm"), passage, context).unattributed == {"holm"}
    assert align(claim.format("Anna Berg"), passage, context).unattributed == frozenset()


PAPERS = """Local Papers Under Pressure

BERGEN -- Small newspapers on the west coast say they face growing pressure from local officials.

In March, the press council published a report on the many threats against the Harbour Post's editor-in-chief Eva Lind and her staff.

Another independent paper, Coastal Times, has been sued for libel twice this year. On several occasions, its chief editor, Jon Dahl, has faced threats and police pressure over stories the paper has published.

Both papers say their readership has grown.

The regional council issued a statement on Friday, saying that its officials had met the editors to discuss advertising rates. It sent a second note on Monday, saying that the editors had asked the council for the meeting about advertising rates.
"""


@pytest.mark.parametrize(("claim", "expected", "missing"), [
    ("Lukpan Akhmediyarov, Ak Zhaiyk's chief editor, has withstood threats and police pressure.", "partial",
     {"Ak Zhaiyk", "editor"}),
    ("Uralskaya Nedelya's chief editor, Lukpan Akhmediyarov, has on several occasions withstood threats and "
     "police pressure.", "supported", set()),
])
def test_an_owner_of_a_description_on_the_seeds(seeds_checker: Checker, claim: str, expected: str,
                                                missing: set[str]) -> None:
    result = seeds_checker.check_claim(Claim("t", claim))
    assert result.verdict == expected
    assert missing <= set(result.missing)


@pytest.mark.parametrize(("claim", "expected"), [
    ("Jon Dahl, the Harbour Post's chief editor, has faced threats and police pressure over the paper's stories.",
     "partial"),
    ("Jon Dahl, Coastal Times's chief editor, has faced threats and police pressure over the paper's stories.",
     "supported"),
    ("Coastal Times's chief editor, Jon Dahl, has faced threats and police pressure over the paper's stories.",
     "supported"),
])
def test_an_owner_of_a_description_in_other_words(tmp_path: Path, claim: str, expected: str) -> None:
    checker = article_checker(tmp_path, "papers.txt", PAPERS)
    assert checker.check_claim(Claim("t", claim)).verdict == expected


@pytest.mark.parametrize(("claim", "expected"), [
    ("The attackers beat Zhibek and then bundled her relative Rustam into a car.", "contradicted"),
    ("The attackers beat Rustam and then forced Zhibek into a car, the mother said.", "supported"),
    ("The attackers beat Rustam and then forced Zhibek into a car.", "partial"),  # her account, said flatly
])
def test_objects_exchanged_between_verbs_in_other_words_on_the_seeds(seeds_checker: Checker, claim: str,
                                                                     expected: str) -> None:
    """003: "They beat up the young woman's relative, Rustam, then forced Zhibek into a car"."""
    assert seeds_checker.check_claim(Claim("t", claim)).verdict == expected


@pytest.mark.parametrize(("claim", "passage", "exchanged"), [
    ("The guards searched Petrov and then dragged his brother Ivan out of the building.",
     "The guards searched his brother, Ivan, then pushed Petrov out of the building.", True),
    ("The guards searched Ivan and then dragged Petrov out of the building.",
     "The guards searched his brother, Ivan, then pushed Petrov out of the building.", False),
    # common nouns may change places in a paraphrase: only names are compared
    ("The guards searched the driver and then dragged the cook out of the building.",
     "The guards searched the cook, then pushed the driver out of the building.", False),
])
def test_objects_exchanged_between_verbs_in_other_words(claim: str, passage: str, exchanged: bool) -> None:
    found = [d for d in align(claim, passage).differences if d.detail == "exchanged"]
    assert bool(found) is exchanged


@pytest.mark.parametrize(("claim", "expected"), [
    ("The editors asked the regional council for the meeting about advertising rates.", "partial"),
    ("The regional council said the editors had asked it for the meeting about advertising rates.", "supported"),
    # its own doings, as the speaker tells them, are stated: "saying that its officials had met ..."
    ("The regional council's officials met the editors to discuss advertising rates.", "supported"),
])
def test_a_participle_report_in_other_words(tmp_path: Path, claim: str, expected: str) -> None:
    checker = article_checker(tmp_path, "papers.txt", PAPERS)
    assert checker.check_claim(Claim("t", claim)).verdict == expected


@pytest.mark.parametrize(("claim", "passage", "quantifier"), [
    ("Nursultan came home one day late last August scratched all over and covered in mud.",
     "And then one day, late last August, the seven-year old returned to his home covered in scratches and mud.", False),
    ("The two guards knew all along that the gate was open.", "The seven guards knew that the gate was open.", False),
    ("All guards knew that the gate was open.", "The seven guards knew that the gate was open.", True),
])
def test_the_adverb_all_is_no_quantifier(claim: str, passage: str, quantifier: bool) -> None:
    found = [d for d in align(claim, passage).differences if d.kind == "quantifier"]
    assert bool(found) is quantifier


@pytest.mark.parametrize("sentence", [
    # Wikipedia sample, 10110_Emperor_of_Japan.txt (bench/perturb.py seed 0: a claim left unchanged)
    'The Emperor is not even the "nominal" Chief Executive unlike most other constitutional monarchies and he '
    'possesses only certain important ceremonial powers.',
    "The doctor, the principal and the policeman came, and only the doctor stayed until the end.",
])
def test_only_said_by_the_passage_too(sentence: str) -> None:
    """A claim that says "only" where its passage does opposes nothing, whatever list stands before."""
    assert [d for d in align(sentence, sentence).differences if d.kind == "quantifier"] == []


@pytest.mark.parametrize(("claim", "expected"), [
    ("The schoolgirl came back to her family home on August 6.", "supported"),
    ("The schoolgirl came back to her family home on August 16.", "contradicted"),
])
def test_a_phrasal_verb_in_place_on_the_seeds(seeds_checker: Checker, claim: str, expected: str) -> None:
    """004: "But on August 6, the victim returned to her family home" (before: `partial`, "came
    back" missing)."""
    result = seeds_checker.check_claim(Claim("t", claim))
    assert result.verdict == expected
    assert "came back" not in result.missing


@pytest.mark.parametrize(("claim", "passage", "stated"), [
    ("The crew came back to the harbour at dawn.", "The crew returned to the harbour at dawn.", {"come", "bak"}),
    # ("off" is a stopword: no index term; "put off" is paired with "postponed" outright, as
    # WordNet makes them synonyms in their first senses: align._phrasal_standins)
    ("The council put off the vote on the harbour until May.", "The council postponed the vote on the harbour until May.",
     {"put"}),
    ("The crew came back to the harbour at dawn.", "The crew sailed to the harbour at dawn.", set()),
])
def test_a_phrasal_verb_in_place_in_other_words(claim: str, passage: str, stated: set[str]) -> None:
    """Stated in place: reworded, or paired outright with the passage's verb."""
    alignment = align(claim, passage)
    verbs = {t.key for t in alignment.claim if t.key in ("come", "bak", "put")}
    paired = {alignment.claim[i].key for i, _ in alignment.pairs} & verbs
    assert alignment.reworded() | paired == stated


@pytest.mark.parametrize("opener", ["Whenever", "Wherever", "Whereas", "Whilst", "Throughout", "Beyond"])
def test_a_subordinator_opening_a_sentence_is_no_name(opener: str) -> None:
    assert [v.text for v in extract_values(f"{opener} the girl was late, the group beat her.") if v.kind == "name"] == []


def test_a_claim_opened_by_whenever_on_the_seeds(seeds_checker: Checker) -> None:
    """004: "If she was late in making payments to the group they would beat her or indulge in
    psychological torture, her mother said." (before: `not_found`, "Whenever" a name no source has)."""
    claim = "Whenever the girl was late with a payment, the group beat her or subjected her to psychological torture."
    assert seeds_checker.check_claim(Claim("t", claim)).verdict == "partial"


@pytest.mark.parametrize(("claim", "expected"), [
    # 003: "She alleged that one of the perpetrators was the son of an influential local official and that
    # police were thus eager to sweep the case under the carpet."
    ("Police were eager to sweep the case under the carpet.", "partial"),
    ("The mother alleged that police were eager to sweep the case under the carpet.", "supported"),
])
def test_a_second_that_clause_is_reported_too_on_the_seeds(seeds_checker: Checker, claim: str, expected: str) -> None:
    """(The first was `supported`: the report's scope ended at "and".)"""
    assert seeds_checker.check_claim(Claim("t", claim)).verdict == expected


def test_a_second_that_clause_is_reported_too() -> None:
    passage = "The union claimed that the director had lied and that the accounts were forged."
    assert [d.kind for d in align("The accounts were forged.", passage).differences] == ["hedge"]


@pytest.mark.parametrize(("claim", "expected"), [
    # 000: "Nursultan's mother had until that point ... . Informburo.kz reported that she had moved to
    # Kazakhstan from Uzbekistan in 2003." (KTK is named elsewhere in 000.)
    ("According to KTK, Nursultan's mother moved to Kazakhstan from Uzbekistan in 2003.", "contradicted"),
    ("KTK reported that Nursultan's mother had moved to Kazakhstan from Uzbekistan in 2003.", "contradicted"),
    ("According to Informburo.kz, Nursultan's mother moved to Kazakhstan from Uzbekistan in 2003.", "supported"),
    ("Informburo.kz reported that Nursultan's mother had moved to Kazakhstan from Uzbekistan in 2003.", "supported"),
])
def test_another_named_reporter_on_the_seeds(seeds_checker: Checker, claim: str, expected: str) -> None:
    """(The two KTK claims were `supported`.)"""
    assert seeds_checker.check_claim(Claim("t", claim)).verdict == expected


BRIDGE = """Riga Bridge Reopens

RIGA -- The Stone Bridge reopened to traffic on Sunday after eight months of repairs. A Reuters photographer filmed the first trams crossing the river.

The city's transport office had closed the bridge in March. The Baltic Times reported that the repairs had cost 2 million euros.
"""


@pytest.mark.parametrize(("claim", "expected"), [
    ("Reuters reported that the repairs had cost 2 million euros.", "contradicted"),
    ("The Baltic Times reported that the repairs had cost 2 million euros.", "supported"),
])
def test_another_named_reporter_in_other_words(tmp_path: Path, claim: str, expected: str) -> None:
    checker = article_checker(tmp_path, "bridge.txt", BRIDGE)
    assert checker.check_claim(Claim("t", claim)).verdict == expected


@pytest.mark.parametrize(("claim", "expected"), [
    # 004: '"One of her friends from Instagram helped bring her home. She told us everything. She was filthy
    # and bruised all over. ... saunas," the mother said.'
    ('Smailova said the girl was "filthy and bruised all over."', "partial"),
    ("Smailova said the girl was filthy and bruised all over.", "partial"),
])
def test_a_sentence_inside_a_longer_quotation_on_the_seeds(seeds_checker: Checker, claim: str, expected: str) -> None:
    """(Both were `supported`: the sentence has no quotation mark of its own.)"""
    result = seeds_checker.check_claim(Claim("t", claim))
    assert result.verdict == expected
    assert "Smailova" in result.missing


FLOOD = """Flood Relief Stalls

NOVI SAD -- Aid for the flooded villages along the Danube has yet to arrive, residents say. Mayor Petar Ilic promised on Monday that the first convoy would leave within days.

"We waited three days on the roof. The water reached the second floor and the children were freezing. Nobody from the council came. Then a fisherman saw us from the dyke. He took all eleven of us to the school in his boat," said Ana Kovac, a teacher from Begec.
"""


@pytest.mark.parametrize(("claim", "expected"), [
    ("Petar Ilic said the water reached the second floor and the children were freezing.", "partial"),
    ("Ana Kovac said the water reached the second floor and the children were freezing.", "supported"),
])
def test_a_sentence_inside_a_longer_quotation_in_other_words(tmp_path: Path, claim: str, expected: str) -> None:
    checker = article_checker(tmp_path, "flood.txt", FLOOD)
    assert checker.check_claim(Claim("t", claim)).verdict == expected


@pytest.mark.parametrize(("paragraph", "inside"), [
    ('"One of her friends from Instagram helped bring her home. She told us everything. ', True),
    ('"Why should I be ashamed?" the mother asks. "Those men who raped my daughter should be ashamed, not us."', False),
    ("No quotation here.", False),
])
def test_an_open_quotation_before_a_passage(paragraph: str, inside: bool) -> None:
    """The state after the paragraph's last mark, not its last word's: a quotation closed right
    before the passage ('... not us."She alleged ...') leaves the passage outside it."""
    from factcheck.match.align import _inside_open_quotation

    assert _inside_open_quotation(tokenize("She alleged that police were eager."), paragraph) is inside
