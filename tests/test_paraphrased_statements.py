"""A statement paraphrased around its value (session 52): a phrasal verb in the place of its
one-word synonym ("was set up in" / "was established in"), tested on articles written for the
tests, in other words than the blind sets'."""

from __future__ import annotations

from pathlib import Path

from conftest import article_checker

from factcheck import Checker, Claim
from factcheck.lexicon.synonyms import phrasal_synonyms
from factcheck.match.align import align
from factcheck.match.synonyms import phrasal_synonym_terms

TRUST = (
    "Lighthouse Trust Marks Anniversary\n\n"
    "The Shetland Lighthouse Trust was established in 1996 by a group of former keepers. "
    "Its volunteers now run guided tours of four lighthouses every summer. "
    "The trust completed a survey of the island's coastline in 2014."
)


def test_phrasal_synonyms_are_wordnet_first_senses() -> None:
    assert {"establish", "found"} <= phrasal_synonyms("set", "up")
    assert "accomplish" in phrasal_synonyms("carried", "out")
    assert not phrasal_synonyms("set", "free")  # "free" is no particle
    assert "establish" in phrasal_synonym_terms("setting", "up")


def test_a_phrasal_verb_finds_the_sentence_of_its_synonym(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "trust.txt", TRUST)
    result = checker.check_claim(Claim("t", "The Shetland Lighthouse Trust was set up in 1996."))
    assert result.verdict == "supported"
    assert result.evidence[0].quote.startswith("The Shetland Lighthouse Trust was established in 1996")


def test_a_phrasal_verb_with_another_year_contradicts(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "trust.txt", TRUST)
    result = checker.check_claim(Claim("t", "The Shetland Lighthouse Trust was set up in 1991."))
    assert result.verdict == "contradicted"
    assert [(d.kind, d.claim_value, d.source_value) for d in result.disagreements] == [("date", "1991", "1996")]


def test_a_verb_with_another_word_after_it_is_no_phrasal_synonym(tmp_path: Path) -> None:
    # "set free" is no "set up": the year of the trust's founding is no year of this.
    checker = article_checker(tmp_path, "trust.txt", TRUST)
    result = checker.check_claim(Claim("t", "The Shetland Lighthouse Trust was set free in 1991."))
    assert result.verdict != "contradicted"


# --------------------------------------------------------------------------- a gerund and its act noun

COUNCIL = (
    "Council Fined Over Flood Warnings\n\n"
    "The harbour council was fined after its failure to inspect the barriers. "
    "The council said it would appeal."
)


def test_a_gerund_after_a_preposition_is_stated_by_its_act_noun(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "council.txt", COUNCIL)
    claim = "The harbour council was fined after failing to inspect the barriers."
    result = checker.check_claim(Claim("t", claim))
    assert result.verdict == "supported"
    assert "failing" not in result.missing



# --------------------------------------------------------------------------- a name in apposition

FERRY = (
    "Storm Strands Island Family\n\n"
    "On May 2, Ingrid Dahl drove with her son to the nearest large town, Bergen, to catch a ferry to the capital, Oslo. "
    "The crossing was cancelled because of the storm."
)


def test_another_name_in_apposition_in_the_claim_names_place_contradicts(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "ferry.txt", FERRY)
    result = checker.check_claim(Claim("t", "On May 2, Ingrid Dahl and her son drove to Stavanger to catch a ferry bound for Oslo."))
    assert result.verdict == "contradicted"
    assert [(d.kind, d.claim_value, d.source_value) for d in result.disagreements] == [("entity", "Stavanger", "Bergen")]


def test_the_same_name_in_apposition_supports(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "ferry.txt", FERRY)
    result = checker.check_claim(Claim("t", "On May 2, Ingrid Dahl and her son drove to Bergen to catch a ferry to Oslo."))
    assert result.verdict == "supported"


# --------------------------------------------------------------------------- "only" against a list

FERRY_COMPANY = (
    "Ferry Contract Questioned\n\n"
    "When the contract was signed, reporters found out more. "
    "The mayor, the harbour master and one of the town's senior councillors were all shareholders of the "
    "struggling Nordvik ferry company. The company has since been sold."
)


def test_only_against_a_list_contradicts_whatever_the_predicate_is_worded(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "ferry.txt", FERRY_COMPANY)
    claim = "Of the local officials named, only the mayor turned out to own shares in the struggling Nordvik ferry company."
    result = checker.check_claim(Claim("t", claim))
    assert result.verdict == "contradicted"
    assert [d.kind for d in result.disagreements] == ["quantifier"]


def test_one_of_a_list_without_only_is_no_quantifier_clash(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "ferry.txt", FERRY_COMPANY)
    claim = "Of the local officials named, the mayor turned out to own shares in the struggling Nordvik ferry company."
    assert checker.check_claim(Claim("t", claim)).verdict != "contradicted"


# --------------------------------------------------------------------------- temporal "since"

MILL = (
    "Town Adapts After Mill Closure\n\n"
    "Since the paper mill closed its gates and the workers left, the town council has opened a new job centre "
    "on the high street. "
    "Because the roads were icy, the council kept the primary school shut on Monday."
)


def test_since_with_a_perfect_orders_the_events(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "mill.txt", MILL)
    before = checker.check_claim(Claim("t", "The town council opened a new job centre on the high street before the paper mill closed its gates."))
    after = checker.check_claim(Claim("t", "The town council opened a new job centre on the high street after the paper mill closed its gates."))
    assert before.verdict == "contradicted"
    assert [d.kind for d in before.disagreements] == ["antonym"]
    assert after.verdict == "supported"


def test_a_causal_since_says_no_order(tmp_path: Path) -> None:
    text = "Storm Week\n\nSince the roads were icy, the council kept the primary school shut on Monday."
    checker = article_checker(tmp_path, "storm.txt", text)
    result = checker.check_claim(Claim("t", "The council kept the primary school shut on Monday before the roads were icy."))
    assert result.verdict != "contradicted"


# --------------------------------------------------------------------------- events told in order

TRIBUNAL = (
    "Fisherman Wins Licence Appeal\n\n"
    "In March, the regional tribunal upheld Olav Berg's complaint and ordered that his fishing licence be restored "
    "without delay. "
    "His boat had been idle in the harbour for a year."
)


def test_events_conjoined_by_and_are_told_in_order(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "tribunal.txt", TRIBUNAL)
    before = checker.check_claim(Claim("t", "Olav Berg's fishing licence was restored before the regional tribunal upheld his complaint."))
    after = checker.check_claim(Claim("t", "Olav Berg's fishing licence was restored after the regional tribunal upheld his complaint."))
    assert before.verdict == "contradicted"
    assert [d.kind for d in before.disagreements] == ["antonym"]
    assert after.verdict != "contradicted"


def test_a_past_perfect_after_and_tells_the_earlier_event_later(tmp_path: Path) -> None:
    text = ("Licence Restored\n\nIn March, Olav Berg's fishing licence was restored and the regional tribunal had "
            "upheld his complaint the week before.")
    checker = article_checker(tmp_path, "licence.txt", text)
    result = checker.check_claim(Claim("t", "Olav Berg's fishing licence was restored after the regional tribunal upheld his complaint."))
    assert result.verdict != "contradicted"


# --------------------------------------------------------------------------- an opposite against a pooled support


def test_one_sentence_that_says_the_opposite_outweighs_a_looser_support_elsewhere(seeds_checker: Checker) -> None:
    # 002 restates all of it with "first"; 001 only pools "catch the attention of journalist
    # Amangeldy Batyrbekov" with "Batyrbekov's report".
    result = seeds_checker.check_claim(Claim("t", "The story was last reported by local journalist Amangeldy Batyrbekov."))
    assert result.verdict == "contradicted"
    assert [(d.kind, d.claim_value, d.source_value) for d in result.disagreements] == [("antonym", "last", "first")]


def test_the_same_sentence_with_the_source_word_supports(seeds_checker: Checker) -> None:
    result = seeds_checker.check_claim(Claim("t", "The story was first reported by local journalist Amangeldy Batyrbekov."))
    assert result.verdict == "supported"


# --------------------------------------------------------------------------- a modifier said otherwise

BAKERY = (
    "Village Bakery Sold\n\n"
    "Before the big new supermarket opened in the old fishing village, Hansen's was a thriving bakery. "
    "It was sold to a chain in May."
)


def test_another_modifier_before_the_same_noun_in_clauses_told_in_another_order_is_unstated(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "bakery.txt", BAKERY)
    result = checker.check_claim(Claim("t", "Hansen's was a shabby bakery before the big new supermarket opened in the old fishing village."))
    assert result.verdict != "supported"
    assert "shabby" in result.missing


def test_the_same_modifier_in_clauses_told_in_another_order_supports(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "bakery.txt", BAKERY)
    result = checker.check_claim(Claim("t", "Hansen's was a thriving bakery before the big new supermarket opened in the old fishing village."))
    assert result.verdict == "supported"


# --------------------------------------------------------------------------- a closing report's speaker

TRAWLER = (
    "Trawler Crew Fears Strike\n\n"
    "Union organiser Per Olsen has called a meeting for Friday. "
    "The second skipper, Ivar, \"feared for the crew\" after hearing \"rumours\" that include talk of a lockout at "
    "the harbour, Helga Strand said."
)


def test_a_closing_report_given_to_another_speaker_contradicts(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "trawler.txt", TRAWLER)
    result = checker.check_claim(Claim("t", "Ivar feared for the crew after hearing rumours, Per Olsen said."))
    assert result.verdict == "contradicted"
    assert [(d.kind, d.claim_value, d.source_value) for d in result.disagreements] == [("entity", "Per Olsen", "Helga Strand")]


def test_a_closing_report_given_to_its_own_speaker_supports(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "trawler.txt", TRAWLER)
    result = checker.check_claim(Claim("t", "Ivar feared for the crew after hearing rumours, Helga Strand said."))
    assert result.verdict == "supported"


# --------------------------------------------------------------------------- a passive agent in the next sentence

HARBOUR = (
    "Harbour Thefts\n\n"
    "Since the thefts were reported, regional police officers have opened an inquiry and detained two "
    "dockworkers.The regional customs service has said it will review its own checks."
)


def test_a_passive_agent_found_only_in_the_next_sentence_is_unstated(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "harbour.txt", HARBOUR)
    result = checker.check_claim(Claim("t", "Two dockworkers were detained by the regional customs service."))
    assert result.verdict != "supported"
    assert "customs service" in " ".join(result.missing)


def test_a_passive_agent_in_the_verbs_own_sentence_is_stated(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "harbour.txt", HARBOUR)
    result = checker.check_claim(Claim("t", "Two dockworkers were detained by regional police officers."))
    assert result.verdict == "supported"


# --------------------------------------------------------------------------- an apposition with a reflexive

SKIPPER = (
    "Fishing Quotas\n\n"
    "Marit Lunde, a former trawler skipper herself, criticises the new quotas for small boats. "
    "The harbour inspector who enforces them, Knut Vik, declined to comment."
)


def test_an_apposition_closed_by_a_reflexive_describes_the_name(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "quotas.txt", SKIPPER)
    other = checker.check_claim(Claim("t", "Marit Lunde, a former harbour inspector herself, criticises the new quotas for small boats."))
    same = checker.check_claim(Claim("t", "Marit Lunde, a former trawler skipper herself, criticises the new quotas for small boats."))
    assert other.verdict != "supported"
    assert "inspector" in " ".join(other.missing)
    assert same.verdict == "supported"


# --------------------------------------------------------------------------- a title that opens the claim

PROTEST = (
    "Harbour Protest\n\n"
    "Teacher Mona Berg, who leads the parents' group, spoke at the harbour protest on Friday. "
    "A local journalist filmed the speeches. "
    "The other suspect in the vandalism, a dockworker, was questioned. "
    "The other witness of the vandalism, Tor Aas, said he saw two men at the gate."
)


def test_a_capitalised_title_that_opens_the_claim_describes_the_name(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "protest.txt", PROTEST)
    other = checker.check_claim(Claim("t", "Journalist Mona Berg, who leads the parents' group, spoke at the harbour protest on Friday."))
    same = checker.check_claim(Claim("t", "Teacher Mona Berg, who leads the parents' group, spoke at the harbour protest on Friday."))
    assert other.verdict != "supported"
    assert same.verdict == "supported"


def test_a_description_before_a_name_opened_by_the_claims_first_word(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "protest.txt", PROTEST)
    other = checker.check_claim(Claim("t", "The other suspect of the vandalism, Tor Aas, said he saw two men at the gate."))
    assert other.verdict != "supported"
    assert "suspect" in other.missing


# --------------------------------------------------------------------------- reports that hedge

COUNCIL_MEETING = (
    "Harbour Council Meeting\n\n"
    "Astrid Holm, the chair of the harbour users' association, who spoke at the council meeting, said the "
    "new mooring fees were unfair to small fishing boats. "
    "\"After the meeting the council began to review the fees,\" Holm said of the councillors' response."
)


def test_a_report_whose_subject_has_an_apposition_and_a_relative_clause_hedges(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "council.txt", COUNCIL_MEETING)
    flat = checker.check_claim(Claim("t", "The new mooring fees were unfair to small fishing boats."))
    kept = checker.check_claim(Claim("t", "Astrid Holm said the new mooring fees were unfair to small fishing boats."))
    assert flat.verdict == "partial"
    assert kept.verdict == "supported"


def test_a_quotation_said_of_someone_hedges_what_it_says_of_them(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "council.txt", COUNCIL_MEETING)
    flat = checker.check_claim(Claim("t", "The councillors began to review the fees after the meeting."))
    assert flat.verdict == "partial"


# --------------------------------------------------------------------------- no exchange across sentences

FAMILY = (
    "Clinic Ties\n\n"
    "The nurse, the headmaster and one of the town's top officials were all members of the wealthy Dalen "
    "family. It is not known whether the two suspects, who attend a different school from Erik, are connected "
    "to the family."
)


def test_a_name_of_the_windows_other_sentence_is_no_party_exchanged(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "family.txt", FAMILY)
    result = checker.check_claim(Claim("t", "The nurse who treated Erik was a member of the Dalen family."))
    assert result.verdict != "contradicted"


# --------------------------------------------------------------------------- a quotation given to another speaker

FERRY_ROW = (
    "Ferry Row\n\n"
    "The captain's arrival at the quay set off another wave of anger as the harbour master kept the crew waiting "
    "for hours. Footage showing the captain's daughter being kept waiting outside the office with the crew was "
    "widely shared.\n\n"
    "\u201cI am more of a captain to this crew than their own captain, because I have sailed with them day and "
    "night,\u201d Holm declared in one of a string of interviews.\n"
)


def test_the_sentence_that_gives_the_words_to_another_speaker_outweighs_pooled_words(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "ferry.txt", FERRY_ROW)
    other = checker.check_claim(Claim("t", "The daughter said she was more of a captain to the crew than their own captain."))
    same = checker.check_claim(Claim("t", "Holm said she was more of a captain to the crew than their own captain."))
    assert other.verdict == "contradicted"
    assert [(d.kind, d.claim_value, d.source_value) for d in other.disagreements] == [("entity", "daughter", "Holm")]
    assert same.verdict == "supported"


# --------------------------------------------------------------------------- whose relative


def test_a_relative_of_someone_else_does_not_state_the_names_relative(seeds_checker: Checker) -> None:
    # 003 pools "the son of an influential local official" beside Musinova's video appeal.
    other = seeds_checker.check_claim(Claim("t", "Gulbadar Musinova, whose son was attacked, posted a video appeal."))
    same = seeds_checker.check_claim(Claim("t", "Gulbadar Musinova, whose daughter was attacked, posted a video appeal."))
    assert other.verdict != "supported"
    assert "son" in other.missing
    assert same.verdict == "supported"


# --------------------------------------------------------------------------- particles and near-matches

RADIO = (
    "Radio Operator Warned\n\n"
    "After the threats began, the operator immediately switched off her radio and asked the coast guard for help. "
    "Her licence, granted after a long education programme, was revoked on appeal, and she left the island."
)


def test_opposed_particles_of_one_verb_contradict(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "radio.txt", RADIO)
    other = checker.check_claim(Claim("t", "The operator immediately switched on her radio and asked the coast guard for help."))
    same = checker.check_claim(Claim("t", "The operator immediately switched off her radio and asked the coast guard for help."))
    assert other.verdict == "contradicted"
    assert [(d.kind, d.claim_value, d.source_value) for d in other.disagreements] == [("antonym", "on", "off")]
    assert same.verdict == "supported"


def test_a_verb_near_matched_elsewhere_is_still_replaced_in_its_place(tmp_path: Path) -> None:
    # "reduced" is one letter from the index term of "education": a typo's allowance, not a statement.
    checker = article_checker(tmp_path, "radio.txt", RADIO)
    result = checker.check_claim(Claim("t", "Her licence, granted after a long education programme, was reduced on appeal."))
    assert result.verdict != "supported"
    assert "reduced" in result.missing


# --------------------------------------------------------------------------- what was done to someone described

ARSON = (
    "Harbour Arson Case\n\n"
    "Eventually, one of the arsonists was sentenced to five years in prison, while two other men avoided "
    "prosecution because they were minors. The fire destroyed three warehouses and a ferry. Insurers paid out "
    "within a month. The ferry company's lawyer, Nils Dahl, has been sued for libel by those he accused."
)


def test_a_named_patient_is_not_stated_by_a_passive_of_someone_described(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "arson.txt", ARSON)
    other = checker.check_claim(Claim("t", "The ferry company's lawyer, Nils Dahl, was sentenced to five years in prison."))
    same = checker.check_claim(Claim("t", "One of the arsonists was sentenced to five years in prison."))
    assert other.verdict != "supported"
    assert "Nils Dahl" in other.missing
    assert same.verdict == "supported"


def test_a_claim_whose_name_no_support_states_is_not_disputed(seeds_checker: Checker) -> None:
    # 002's "one of the perpetrators was sentenced to seven years" and 001's "no one was ever
    # punished" disagree about the perpetrators, not about the victim's lawyer.
    result = seeds_checker.check_claim(Claim("t", "Qurmanghazy Musir was sentenced to seven years in prison."))
    assert result.verdict == "partial"
    assert "Qurmanghazy Musir" in result.missing


# --------------------------------------------------------------------------- a possessor that opens the claim

COURT = (
    "Licence Restored\n\n"
    "In May, Judge Per Moe of the Bergen District Court accepted Olav Berg's appeal and ordered that his licence "
    "be restored. Ingrid Haugland, the harbour master, said she would not appeal."
)


def test_another_possessor_opening_the_claim_contradicts(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "court.txt", COURT)
    other = checker.check_claim(Claim("t", "Haugland's appeal was accepted in May by Judge Per Moe of the Bergen District Court."))
    same = checker.check_claim(Claim("t", "Olav Berg's appeal was accepted in May by Judge Per Moe of the Bergen District Court."))
    assert other.verdict == "contradicted"
    assert [(d.kind, d.claim_value, d.source_value) for d in other.disagreements] == [("entity", "Haugland's", "Olav Berg's")]
    assert same.verdict == "supported"


# --------------------------------------------------------------------------- a negated verb said twice

BLOG = (
    "Blog Post Goes Viral\n\n"
    "After the skipper wrote a follow-up to a long-running story about illegal trawling, which reached a readership "
    "of 30,000 in just two days, remarkable for a long read in Norway, she started receiving angry messages."
)


def test_a_negated_verb_whose_word_the_passage_has_only_for_another_claim_word_is_unstated(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "blog.txt", BLOG)
    claim = ("Within two days, the skipper's follow-up on the illegal trawling story had not been read by 30,000 people, "
             "a remarkable figure for a long read in Norway.")
    result = checker.check_claim(Claim("t", claim))
    assert result.verdict != "supported"
    assert "read" in result.missing


# --------------------------------------------------------------------------- a name that opens the claim

DELIVERY = (
    "Island Delivery\n\n"
    "On June 2, Haugland took the doctor, his nurse and another volunteer to the island, Utsira, insisting that it "
    "was the only safe landing. Solberg had refused to sail."
)


def test_another_name_that_opens_the_claim_contradicts(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "delivery.txt", DELIVERY)
    other = checker.check_claim(Claim("t", "Solberg took the doctor, his nurse and another volunteer to Utsira on June 2."))
    same = checker.check_claim(Claim("t", "Haugland took the doctor, his nurse and another volunteer to Utsira on June 2."))
    assert other.verdict == "contradicted"
    assert [(d.kind, d.claim_value, d.source_value) for d in other.disagreements] == [("entity", "Solberg", "Haugland")]
    assert same.verdict == "supported"


def test_two_names_that_open_their_sentences_are_compared(tmp_path: Path) -> None:
    text = "Libel Suit\n\nHaugland told the local paper that two judges had filed a libel suit against him over his posts."
    checker = article_checker(tmp_path, "suit.txt", text)
    other = checker.check_claim(Claim("t", "Solberg told the local paper that two judges had filed a libel suit against him over his posts."))
    assert other.verdict == "contradicted"


def test_adjectives_that_open_their_sentences_are_no_names(tmp_path: Path) -> None:
    text = "Fund\n\nMoneyed social media users pitched in to pay the family's legal costs."
    checker = article_checker(tmp_path, "fund.txt", text)
    assert checker.check_claim(Claim("t", "Wealthy social media users chipped in to pay the family's legal costs.")).verdict != "contradicted"


# --------------------------------------------------------------------------- opposed possessors, "whose" appositions

TRAWLING = (
    "Illegal Trawling\n\n"
    "The story was first reported by local journalist Eirik Haugland, who wrote in his online newspaper about the "
    "boy's ordeal at sea and the reluctance of the coast guard to investigate it. "
    "Sigrid Nes, a blogger whose post on the case was widely shared, argued that the whole fisheries system is at fault."
)


def test_opposed_possessors_before_the_same_noun_contradict(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "trawling.txt", TRAWLING)
    other = checker.check_claim(Claim("t", "The girl's ordeal at sea was first reported by local journalist Eirik Haugland in his online newspaper."))
    same = checker.check_claim(Claim("t", "The boy's ordeal at sea was first reported by local journalist Eirik Haugland in his online newspaper."))
    assert other.verdict == "contradicted"
    assert [(d.kind, d.claim_value, d.source_value) for d in other.disagreements] == [("antonym", "girl's", "boy's")]
    assert same.verdict == "supported"


def test_an_apposition_with_a_whose_clause_describes_the_name(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "trawling.txt", TRAWLING)
    other = checker.check_claim(Claim("t", "Sigrid Nes, a journalist whose post on the case was widely shared, argued that the whole fisheries system is at fault."))
    same = checker.check_claim(Claim("t", "Sigrid Nes, a blogger whose post on the case was widely shared, argued that the whole fisheries system is at fault."))
    assert other.verdict != "supported"
    assert same.verdict == "supported"


# --------------------------------------------------------------------------- according to a relative

RESCUE = (
    "Rescue At Sea\n\n"
    "An uncle, Knut Lunde, told the local radio that the crew \"pulled two of them\" out of the water. "
    "The crew handed the survivors over to medics at the Utsira harbour office, not far from the scene of the "
    "wreck, he added. According to the coast guard, the skipper's father had been at sea that night."
)


def test_according_to_another_relative_than_the_source_gives_the_speaker(tmp_path: Path) -> None:
    checker = article_checker(tmp_path, "rescue.txt", RESCUE)
    other = checker.check_claim(Claim("t", "According to his father, the crew handed the survivors over to medics at the Utsira harbour office, not far from the scene of the wreck."))
    same = checker.check_claim(Claim("t", "According to his uncle, the crew handed the survivors over to medics at the Utsira harbour office, not far from the scene of the wreck."))
    assert other.verdict != "supported"
    assert same.verdict == "supported"


def test_another_subject_of_the_same_verb_after_a_fronted_clause_contradicts(seeds_checker: Checker) -> None:
    # 000: "On March 16, Baliyeva took Nursultan, his grandmother and another female relative to the
    # capital, Astana, insisting that would be the safest place for the boy."
    claim = ("Insisting the capital would be the safest place for him, {} took Nursultan, his grandmother and "
             "another female relative to Astana on March 16.")
    other = seeds_checker.check_claim(Claim("t", claim.format("Batyrbekova")))
    assert other.verdict == "contradicted"
    assert [(d.kind, d.claim_value, d.source_value) for d in other.disagreements] == [("entity", "Batyrbekova", "Baliyeva")]
    assert seeds_checker.check_claim(Claim("t", claim.format("Baliyeva"))).verdict == "supported"


def test_a_name_that_opens_the_claim_is_no_place_adjective_of_the_passage() -> None:
    # (Found by held-out set H20: "Smailova" against a sentence's "Kazakh".)
    other = align("Haugland's boats were registered on the site in May.", "In May, Solberg's boats were registered on the site.")
    place = align("Haugland's boats were registered on the site in May.", "In May, Norwegian boats were registered on the site.")
    assert [(d.kind, d.claim_words, d.passage_words) for d in other.differences] == [("entity", "Haugland's", "Solberg's")]
    assert not [d for d in place.differences if d.kind == "entity"]
