"""Kinds found by blind set H21 on the seeds (session 51), tested in other words than the set's:
a date of one act said with another verb between the same aligned words; another relative
doing the claim relative's verb, its owner after "of", in a clause the passage restates; a
name doing the claim's verb over a verb that takes it as its complement; the relatives of
another party of the case; and a quotation the source gives by name to someone it describes
by no relative, where the claim gives it to a relative."""

from __future__ import annotations

from pathlib import Path

from conftest import article_checker

from factcheck import Checker, Claim
from factcheck.match.align import align

# --------------------------------------------------------------------------- a date of one act

MUSEUM = (
    "Storm Damage Closes Harbour Museum\n\n"
    "The harbour museum in Lerwick lost part of its roof in the January gales. "
    "Volunteers cleared the galleries over the following week, while on March 4 the museum board "
    "wrote a formal appeal on its website asking for donations. "
    "The board chair, Ellen Moar, said the repairs would take most of the year."
)


def test_a_date_of_the_same_act_said_with_another_verb_contradicts(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "museum.txt", MUSEUM)
    result = checker.check_claim(Claim("t", "The museum board posted a formal appeal on its website on March 9."))
    assert result.verdict == "contradicted"
    assert [(d.kind, d.claim_value, d.source_value) for d in result.disagreements] == [("date", "March 9", "March 4")]


def test_the_same_date_said_with_another_verb_is_no_clash(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "museum.txt", MUSEUM)
    result = checker.check_claim(Claim("t", "The museum board posted a formal appeal on its website on March 4."))
    assert result.verdict != "contradicted"


def test_a_count_beside_another_verb_stays_apart(tmp_path: Path) -> None:
    # The verb in the claim verb's place says when, not what is counted: "three" counts the
    # women, "ten" is a rank.
    text = ("Tennis in Norway\n\nHere are the three Norwegian women who have reached the top ten of the "
            "rankings. Anna Berg was the first of them, in 1998.")
    claim = "Anna Berg was the only player from Norway to be ranked in the top ten of the rankings."
    result = article_checker(tmp_path, "tennis.txt", text).check_claim(Claim("t", claim))
    assert result.verdict != "contradicted"
    assert not [d for d in result.disagreements if d.kind == "number"]


# --------------------------------------------------------------------------- who did it

FLOOD = (
    "Flood Family Sues Council\n\n"
    "The case came to court after the father of a nine-year-old pupil disclosed how his son had been "
    "left alone on the flooded school bus for three hours. "
    "Undeterred, Councillor Rhona Barr petitioned the regional transport office to replace the flooded school bus with a safer minibus. "
    "A lawsuit was later filed against the parents of the drivers for negligence in supervising a minor. "
    "The boy has since returned to school."
)


def test_another_relative_doing_the_same_verb_in_a_restated_clause(tmp_path: Path) -> None:
    claim = ("The lawsuit followed after his mother disclosed that the boy had been left alone on the "
             "flooded school bus for three hours.")
    result = article_checker(tmp_path, "flood.txt", FLOOD).check_claim(Claim("t", claim))
    assert result.verdict == "contradicted"
    assert [(d.kind, d.claim_value, d.source_value) for d in result.disagreements] == [("entity", "mother", "father")]


def test_the_same_relative_doing_the_verb_is_no_difference() -> None:
    claim = "The case came to court after his father disclosed that the boy had been left alone on the bus."
    passage = "The case came to court after the father of a nine-year-old pupil disclosed how his son had been left alone on the bus."
    assert not [d for d in align(claim, passage).differences if d.kind == "entity"]


def test_another_name_doing_the_verb_over_a_catenative_verb(tmp_path: Path) -> None:
    claim = "Ewan Muir spent months petitioning the regional transport office to replace the flooded school bus with a safer minibus."
    result = article_checker(tmp_path, "flood.txt", FLOOD).check_claim(Claim("t", claim))
    assert result.verdict == "contradicted"
    assert ("entity", "Ewan Muir", "Councillor Rhona Barr") in [(d.kind, d.claim_value, d.source_value) for d in result.disagreements]


def test_the_relatives_of_another_party(tmp_path: Path) -> None:
    claim = "A lawsuit was later filed against the parents of the pupils for negligence in supervising a minor."
    result = article_checker(tmp_path, "flood.txt", FLOOD).check_claim(Claim("t", claim))
    assert result.verdict == "contradicted"
    assert [(d.kind, d.claim_value, d.source_value) for d in result.disagreements] == [("entity", "pupils", "drivers")]


def test_the_relatives_of_the_same_party_said_otherwise_stay_supported(tmp_path: Path) -> None:
    claim = "A lawsuit was later filed against the drivers' parents for negligence in supervising a minor."
    result = article_checker(tmp_path, "flood.txt", FLOOD).check_claim(Claim("t", claim))
    assert result.verdict == "supported"


# --------------------------------------------------------------------------- whose words

CLINIC = (
    "Clinic Closure Protest\n\n"
    "Marta Kowal, the director of the Riverside Health Trust, joined the protest outside the clinic.\n\n"
    "The patient's daughter, who asked not to be named, said the family had been given no notice.\n\n"
    "\"The waiting list doubled in a single month. Nobody told the patients why. Some of them have "
    "waited for a year and more,\" Kowal said.\n\n"
    "The trust has promised a review."
)


def test_a_relative_given_the_words_a_named_director_said(tmp_path: Path) -> None:
    claim = "The patient's daughter said the waiting list had doubled in a single month."
    result = article_checker(tmp_path, "clinic.txt", CLINIC).check_claim(Claim("t", claim))
    assert result.verdict == "contradicted"
    [d] = result.disagreements
    assert (d.kind, d.claim_value, d.source_value) == ("entity", "patient's daughter", "Kowal")
    assert CLINIC[d.value_start:d.value_end] == "Kowal"


def test_an_office_given_the_words_may_be_the_named_speaker(tmp_path: Path) -> None:
    # "The trust's head" may be its director in other words: no relative, no contradiction.
    claim = "The trust's head said the waiting list had doubled in a single month."
    result = article_checker(tmp_path, "clinic.txt", CLINIC).check_claim(Claim("t", claim))
    assert result.verdict != "contradicted"


def test_the_named_speaker_keeps_her_words(tmp_path: Path) -> None:
    claim = "Kowal said the waiting list had doubled in a single month."
    result = article_checker(tmp_path, "clinic.txt", CLINIC).check_claim(Claim("t", claim))
    assert result.verdict == "supported"


# --------------------------------------------------------------------------- a place named by one noun

DEPOT = (
    "Bus Depot Fire\n\n"
    "Firefighters tackling the blaze at the bus depot in the northern port city of Tromso have warned "
    "residents to keep their windows closed, citing smoke from burning tyres."
)


def test_another_place_naming_the_same_noun_contradicts(tmp_path: Path) -> None:
    claim = "The firefighters tackling the depot blaze are based in the city of Bergen."
    result = article_checker(tmp_path, "depot.txt", DEPOT).check_claim(Claim("t", claim))
    assert result.verdict == "contradicted"
    assert [(d.kind, d.claim_value, d.source_value) for d in result.disagreements] == [("entity", "Bergen", "Tromso")]


def test_the_same_place_naming_the_noun_is_no_clash(tmp_path: Path) -> None:
    claim = "The firefighters tackling the depot blaze are in the port city of Tromso."
    result = article_checker(tmp_path, "depot.txt", DEPOT).check_claim(Claim("t", claim))
    assert result.verdict != "contradicted"


# --------------------------------------------------------------------------- verbs of one act (guards)

FERRY = (
    "Island Ferry Resumes\n\n"
    "On April 2, the harbour master took the mayor, two councillors and a nurse to the island, Hoy, "
    "saying the crossing was finally safe. "
    "The ferry company later relocated its ticket office to the pier."
)


def test_a_more_general_verb_of_the_claim_is_stated_by_a_narrower_one(tmp_path: Path) -> None:
    claim = "The ferry company later moved its ticket office to the pier."
    result = article_checker(tmp_path, "ferry.txt", FERRY).check_claim(Claim("t", claim))
    assert result.verdict == "supported"


def test_the_same_verb_is_stated(tmp_path: Path) -> None:
    claim = "On April 2, the harbour master took the mayor, two councillors and a nurse to the island, Hoy."
    result = article_checker(tmp_path, "ferry.txt", FERRY).check_claim(Claim("t", claim))
    assert result.verdict == "supported"


# --------------------------------------------------------------------------- an editor's bracket


def test_a_name_after_an_editors_bracket_stands_in_the_bracket_place() -> None:
    claim = "In a case investigated in Bergen, the police said, the stolen paintings were hidden in a barn."
    passage = ('"In one case we investigated in [Norway\'s second city] Oslo...the stolen paintings were hidden '
               'in a barn," she said.')
    assert [(d.kind, d.claim_words, d.passage_words) for d in align(claim, passage).differences
            if d.kind == "entity"] == [("entity", "Bergen", "Oslo")]


# --------------------------------------------------------------------------- a short claim's date

CHOIR = (
    "Choir Celebrates Anniversary\n\n"
    "The Riverside Choir, a popular amateur ensemble in Yorkshire, was established in 2009 as a light "
    "hobby mostly targeting teachers from Leeds, the county's most populous city. "
    "The Riverside Choir now has more than sixty members. "
    "The choir sings at the cathedral every December. "
    "Tickets for the choir's spring concert sold out within a day. "
    "The choir's conductor, Mary Holt, has led it from the start."
)


def test_a_date_said_otherwise_beside_a_synonym_of_the_claims_verb(tmp_path: Path) -> None:
    # The claim says little else: "set up" and "established" are one WordNet synset. (A guard
    # for the date rules above: it held before them too.)
    result = article_checker(tmp_path, "choir.txt", CHOIR).check_claim(Claim("t", "The Riverside Choir was set up in 2011."))
    assert result.verdict == "contradicted"
    assert [(d.kind, d.claim_value, d.source_value) for d in result.disagreements] == [("date", "2011", "2009")]


def test_the_same_date_beside_a_synonym_is_supported(tmp_path: Path) -> None:
    result = article_checker(tmp_path, "choir.txt", CHOIR).check_claim(Claim("t", "The Riverside Choir was set up in 2009."))
    assert result.verdict == "supported"


# --------------------------------------------------------------------------- "she said" for a name

WELLS = (
    "Dry Summer\n\n"
    "Karin Olsen, the chair of the farmers' association, spoke at the meeting.\n\n"
    "\"Our wells have run dry twice this summer,\" Olsen said.\n\n"
    "\"The council knows this. Nobody has come to check the pumps. In one village we visited in "
    "[the county's largest town] Brandal...the "
    "pumps had been switched off for a whole week,\" she said."
)


def test_a_name_the_passage_gives_a_she_for_is_its_speaker(tmp_path: Path) -> None:
    claim = "In a village visited in Alesund, Olsen said, the pumps had been switched off for a whole week."
    result = article_checker(tmp_path, "wells.txt", WELLS).check_claim(Claim("t", claim))
    assert result.verdict == "contradicted"
    assert [(d.kind, d.claim_value, d.source_value) for d in result.disagreements] == [("entity", "Alesund", "Brandal")]


def test_the_same_place_with_the_same_speaker_is_supported(tmp_path: Path) -> None:
    claim = "In a village visited in Brandal, Olsen said, the pumps had been switched off for a whole week."
    result = article_checker(tmp_path, "wells.txt", WELLS).check_claim(Claim("t", claim))
    assert result.verdict == "supported"


def test_the_quotations_own_sentences_are_not_searched_for_the_speaker() -> None:
    from factcheck.match.align import _pronoun_antecedent
    from factcheck.match.cues import quoted, tokenize

    text = WELLS[WELLS.index("\"Our wells"):]
    tokens = tokenize(text)
    she = next(k for k, t in enumerate(tokens) if t.folded == "she")
    resolved = _pronoun_antecedent(tokens, quoted(tokens), she, text)
    assert resolved is not None and resolved[1] == "Olsen"


def test_a_place_said_otherwise_in_words_a_she_gives_the_claims_speaker(seeds_checker: Checker) -> None:
    # 004: '"They have codes ... In one case we investigated in [Kazakhstan's largest city]
    # Almaty...they dyed the girls' hair different colors ...," she said.' after two quotations
    # given to Smailova: the "she" is Smailova, so the passage speaks of the claim's speaker.
    claim = ("In a case investigated in Taraz, Smailova said, girls' hair was dyed in various colours so "
             "customers would know they were underage.")
    result = seeds_checker.check_claim(Claim("t", claim))
    assert result.verdict == "contradicted"
    assert ("entity", "Taraz", "Almaty") in [(d.kind, d.claim_value, d.source_value) for d in result.disagreements]


def test_a_relative_given_the_words_of_a_she_who_is_a_named_chair(tmp_path: Path) -> None:
    claim = "In a village visited in Brandal, a farmer's wife said, the pumps had been switched off for a whole week."
    result = article_checker(tmp_path, "wells.txt", WELLS).check_claim(Claim("t", claim))
    assert result.verdict == "contradicted"
    [d] = result.disagreements
    assert (d.kind, d.claim_value, d.source_value) == ("entity", "farmer's wife", "she")
    assert d.detail.startswith("speaker: she is Olsen")


def test_an_office_given_the_words_of_the_same_she_may_be_her(tmp_path: Path) -> None:
    claim = "In a village visited in Brandal, the association's head said, the pumps had been switched off for a whole week."
    result = article_checker(tmp_path, "wells.txt", WELLS).check_claim(Claim("t", claim))
    assert result.verdict != "contradicted"


# --------------------------------------------------------------------------- a subordinator's noun


def test_the_noun_of_in_order_to_is_no_term_of_the_claim(seeds_checker: Checker) -> None:
    terms = seeds_checker.matcher.claim_terms("The cartel bribed the guards in order to smuggle more cigarettes.")
    assert "order" not in {t for _, _, t in terms.spans}
    assert seeds_checker.matcher.claim_terms("The order was signed.").weights  # a noun of its own stays
    assert any(t.startswith("order") for _, _, t in seeds_checker.matcher.claim_terms("The order was signed.").spans)


def test_a_hedged_purpose_clause_is_said_in_part(seeds_checker: Checker) -> None:
    # 004: "The group was also allegedly drugging her to maximize her economic value."
    claim = "The group drugged the girl in order to get more money out of her."
    assert seeds_checker.check_claim(Claim("t", claim)).verdict == "partial"


# --------------------------------------------------------------------------- a quotation given to another

RULING = (
    "Court Clears Officers\n\n"
    "Commentators on local social media, consumed by every turn of the case, seized upon the ruling "
    "as proof that the inquiry had been a sham.\n\n"
    "\"Why does nobody ever answer for this? No apology, no inquiry?\" wrote Ola Berg in a typical response. "
    "\"Shameful!\""
)


def test_a_quotation_given_to_another_writer_contradicts_however_little_else_is_said(tmp_path: Path) -> None:
    claim = "Kari Nilsen responded to the officers' acquittal by writing: 'Why does nobody ever answer for this?'"
    result = article_checker(tmp_path, "ruling.txt", RULING).check_claim(Claim("t", claim))
    assert result.verdict == "contradicted"
    assert [d.kind for d in result.disagreements] == ["entity"]


def test_the_quotation_given_to_its_writer_is_no_clash(tmp_path: Path) -> None:
    claim = "Ola Berg responded to the officers' acquittal by writing: 'Why does nobody ever answer for this?'"
    result = article_checker(tmp_path, "ruling.txt", RULING).check_claim(Claim("t", claim))
    assert result.verdict != "contradicted"


# --------------------------------------------------------------------------- order told by sequence

PETITION = (
    "Village School Saved\n\n"
    "For weeks, the headteacher wrote to every regional newspaper about the planned closure. "
    "Eventually, in late May, the education minister agreed to visit the school."
)


def test_two_events_the_passage_sequences_the_other_way_round(tmp_path: Path) -> None:
    claim = "The education minister agreed to visit the school before the headteacher wrote to the regional newspapers."
    result = article_checker(tmp_path, "school.txt", PETITION).check_claim(Claim("t", claim))
    assert result.verdict == "contradicted"
    assert [(d.kind, d.claim_value, d.source_value) for d in result.disagreements] == [("antonym", "before", "Eventually")]


def test_two_events_in_the_passages_order_are_no_clash(tmp_path: Path) -> None:
    claim = "The education minister agreed to visit the school after the headteacher wrote to the regional newspapers."
    result = article_checker(tmp_path, "school.txt", PETITION).check_claim(Claim("t", claim))
    assert result.verdict != "contradicted"


# --------------------------------------------------------------------------- a negation's reach


def negations(claim: str, passage: str) -> list[tuple[str, str]]:
    return [(d.claim_words, d.passage_words) for d in align(claim, passage).differences if d.kind == "negation"]


def test_a_negated_pronoun_head_negates_its_relative_clause() -> None:
    claim = "Tie-break sets are not those in which the first player to reach seven points wins the set."
    passage = "Tie-break sets are those in which the first player to reach seven points wins the set."
    assert negations(claim, passage) and negations(claim, passage)[0][0].startswith("not those")


def test_a_negation_past_a_listing_parenthetical_between_commas() -> None:
    claim = "The scores of the round, goals scored and assists per player, are not published, and the table is updated."
    passage = "The scores of the round, goals scored and assists per player, are published, and the table is updated."
    assert negations(claim, passage) == [("not published", "published")]


def test_a_negation_past_a_quoted_name_and_a_parenthesis_in_its_clause() -> None:
    claim = 'In chess, what is not called a "rook" (the piece that moves in straight lines) in English is a "tower" in Spanish.'
    passage = 'In chess, what is called a "rook" (the piece that moves in straight lines) in English is a "tower" in Spanish.'
    assert negations(claim, passage) == [("not called", "called")]


BRAILLE = (
    "Braille\n\n"
    "Braille is a tactile system of writing for blind readers.\n\n"
    "It is named after its creator, Louis Braille.\n\n"
    "Although not the first tactile system of writing for blind readers (see night writing), Braille is the "
    "first to be adopted in schools across the world."
)


def test_a_sentence_restating_the_claim_unnegated_outweighs_a_looser_one_with_a_not(tmp_path: Path) -> None:
    result = article_checker(tmp_path, "braille.txt", BRAILLE).check_claim(
        Claim("t", "Braille is not a tactile system of writing for blind readers."))
    assert result.verdict == "contradicted"
    assert [d.kind for d in result.disagreements] == ["negation"]


# --------------------------------------------------------------------------- a report raised over its subject


def test_a_report_raised_over_its_subject_hedges() -> None:
    pairs = (("The singer sold ten million records in Brazil.",
              "The singer is reported to have sold ten million records in Brazil.", "is reported to"),
             ("The singer was the richest performer in Brazil.",
              "The singer was understood to be the richest performer in Brazil.", "was understood to"))
    for claim, passage, cue in pairs:
        assert [d.passage_words for d in align(claim, passage).differences if d.kind == "hedge"] == [cue]


def test_a_claim_that_keeps_the_report_is_not_hedged() -> None:
    passage = "The singer is reported to have sold ten million records in Brazil."
    claim = "The singer is reported to have sold ten million records in Brazil."
    assert not [d for d in align(claim, passage).differences if d.kind == "hedge"]


def test_a_report_whose_that_clause_opens_with_a_subordinate_clause_hedges_its_main_clause() -> None:
    claim = "Because the river flooded every spring, the farmers moved their houses to the hills."
    passage = "Lindqvist argues that because the river flooded every spring, the farmers moved their houses to the hills."
    assert [d.passage_words for d in align(claim, passage).differences if d.kind == "hedge"] == ["Lindqvist argues"]


def test_seen_as_over_an_adverb_hedges() -> None:
    claim = "The harbour towns are the cradle of the region's shipbuilding."
    passage = "The harbour towns are often seen as the cradle of the region's shipbuilding."
    assert [d.kind for d in align(claim, passage).differences] == ["hedge"]


# --------------------------------------------------------------------------- a range's lower end


def test_a_range_that_starts_otherwise_clashes() -> None:
    from factcheck.values import extract_values
    from factcheck.values.clashes import compare_values

    claim = "The survey counted 12 to 40 nesting pairs on the island."
    passage = "The survey counted 25 to 40 nesting pairs on the island."
    check = compare_values(extract_values(claim), extract_values(passage), claim, passage)
    assert [(c.text[:8], p.text[:8]) for c, p in check.conflicts] == [("12 to 40", "25 to 40")]
    same = "The survey counted 25 to 40 nesting pairs on the island."
    assert not compare_values(extract_values(same), extract_values(passage), same, passage).conflicts


def test_between_two_ages_that_start_otherwise_clash(tmp_path: Path) -> None:
    text = ("Registration\n\nIn Norway, men between 19 and 44 must register for service, although few "
            "are ever called up.")
    result = article_checker(tmp_path, "service.txt", text).check_claim(
        Claim("t", "In Norway, men between 16 and 44 must register for service."))
    assert result.verdict == "contradicted"


# --------------------------------------------------------------------------- a hedge a looser source cannot outweigh


def test_a_hedged_restatement_is_not_outweighed_by_a_loose_sentence_of_another_source(tmp_path: Path) -> None:
    from conftest import write_tree

    from factcheck import Options, load_corpus

    files = {
        "series.txt": ("Lantern Keepers\n\nA tie-in book based on the cartoon is due in May. According to its "
                       "creator, Lena Moss, the book will feature an original story.\n"),
        "writer.txt": ("Career\n\nAfter deciding he did not want to write a western book, he turned the story "
                       "into his first original screenplay and sold it for a record sum.\n"),
        "storm.txt": ("Storms in fiction\n\nThe best-known storm in fiction is the great gale of 1703, as told in "
                      "the books \"Storm Tide\" and \"The Long Night\" among other works. Ann Lee's widely read "
                      "short story, \"The Widow\", features a sailor who convinces a widow that a flood is coming.\n"),
    }
    checker = Checker(load_corpus([write_tree(tmp_path, files)]), Options(index=False))
    assert checker.check_claim(Claim("t", "The book will feature an original story.")).verdict == "partial"
