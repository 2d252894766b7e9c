"""Who holds an office of an organisation, as a claim and a passage state it.

"Lukpan Akhmediyarov is the editor-in-chief of Ak Zhaiyk" and "Ak Zhaiyk's editor-in-chief
Azamat Maitanov" fill the same role of the same organisation with two people: the words of the
role align, the holders do not, and the word-by-word aligner cannot see it, because the two
texts put the holder on opposite sides of the role. This module reads the three patterns in
which English names an office holder, on both texts:

* copula: "NAME is/was/became the ROLE of ORG";
* apposition: "NAME, the ROLE of ORG" and "ORG's ROLE, NAME";
* title before the name: "ORG's ROLE NAME", "the ROLE of ORG NAME".

Only roles tied to a named organisation on both sides are compared ("of Ak Zhaiyk",
"Ak Zhaiyk's", or "its" after the organisation's name): an office with no organisation ("the
ombudswoman") may have had several holders over time. A role said of a former holder ("former editor", "ex-chairman") is
no statement about who holds it now, and neither is a claim in the past tense ("Joaquim
Chissano was the president of Mozambique" is not contradicted by "Armando Guebuza, the
president of Mozambique, pledged ..."): offices pass from one holder to the next.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.lexicon.titles import OFFICES
from factcheck.match.cues import ARTICLES, POSSESSIVE_ENDINGS, Token
from factcheck.sources.transliteration import name_relation

_COPULAS = frozenset("is was are were became becomes become remains remained".split())
_PAST_COPULAS = frozenset("was were became had".split())
# Lowercase words inside personal names (bin Sulayem, al-Assad, van Gogh, da Silva).
_PARTICLES = frozenset("bin ibn bint al el van von de da di du der den dos das del la le ter".split())
_JOINERS = frozenset(("in", "of"))   # inside a hyphenated office: "editor-in-chief", "commander-in-chief"
_PAST = frozenset("former then late acting interim outgoing previous".split())


@dataclass(frozen=True)
class RoleHolder:
    """One statement of who holds an office: token ranges into one text's tokens.

    ``role`` covers the office words ("editor in chief"), ``holder`` the person's name,
    ``owner`` the organisation's name ("Ak Zhaiyk")."""

    role: range
    holder: range
    owner: range
    past: bool = False  # said with a past copula: "was the editor of ...", "had been ..."

    def role_keys(self, tokens: Sequence[Token]) -> frozenset[str]:
        """The index terms of the office words."""
        return frozenset(k for i in self.role if (k := tokens[i].key))


def role_holders(tokens: Sequence[Token], text: str) -> list[RoleHolder]:
    """Every office of a named organisation that ``text`` gives a named holder, in order.

    Args:
        tokens: ``tokenize(text)``.
        text: the text the tokens index.

    Returns:
        One :class:`RoleHolder` per office run with both a holder and an owner found."""
    found = []
    i = 0
    while i < len(tokens):
        if not _office_word(tokens[i]):
            i += 1
            continue
        start, end = i, _role_end(tokens, text, i)
        i = end
        before = tokens[start - 1] if start > 0 else None
        if any(tokens[k].folded in _PAST for k in range(start, end)) or (before is not None and _past(before, text)):
            continue
        owner = _owner(tokens, start, end)
        holder = _holder(tokens, start, end, owner)
        if owner is not None and holder is not None:
            past = holder.stop < start and tokens[holder.stop].folded in _PAST_COPULAS
            found.append(RoleHolder(range(start, end), holder, owner, past))
    return found


def other_holders(ours: Sequence[Token], theirs: Sequence[Token], claim: str, passage: str) \
        -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Claim and passage name different holders of the same office of the same organisation.

    Returns:
        ``(claim_span, passage_span)`` character offsets of the two holders' names, one pair
        per claim statement that the passage contradicts this way. A holder in another
        romanisation, or maybe in one (``name_relation``), is no other holder."""
    return _other_parties(ours, theirs, claim, passage, same="owner", other="holder")


def _other_parties(ours: Sequence[Token], theirs: Sequence[Token], claim: str, passage: str, *,
                   same: str, other: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The office statements of the claim whose ``same`` party (``"owner"`` or ``"holder"``) and
    office the passage states with another ``other`` party, by name (:func:`other_holders`,
    :func:`other_owners`). A claim in the past tense is left out: offices pass from one holder to
    the next. Returns the two ``other`` names' character spans per such statement."""
    theirs_roles = role_holders(theirs, passage)
    if not theirs_roles:
        return []
    found = []
    for mine in role_holders(ours, claim):
        if mine.past:
            continue
        keys = mine.role_keys(ours)
        fixed = _keys(ours, getattr(mine, same))
        ours_other = _keys(ours, getattr(mine, other))
        matching = [r for r in theirs_roles if r.role_keys(theirs) == keys and _keys(theirs, getattr(r, same)) & fixed]
        if not matching or any(_keys(theirs, getattr(r, other)) & ours_other for r in matching):
            continue
        claim_span = _name_span(ours, getattr(mine, other))
        for r in matching:
            passage_span = _name_span(theirs, getattr(r, other))
            if name_relation(claim[slice(*claim_span)], passage[slice(*passage_span)]) == "different":
                found.append((claim_span, passage_span))
                break
    return found


def _past(before: Token, text: str) -> bool:
    """Whether the word before an office makes it a past one: "former", "ex-"."""
    return before.folded in _PAST or (before.folded == "ex" and text[before.end:before.end + 1] == "-")


def _keys(tokens: Sequence[Token], span: range) -> set[str]:
    return {k for i in span if (k := tokens[i].key)}


def _office_word(t: Token) -> bool:
    return t.word and not t.capital and t.folded in OFFICES


def _role_end(tokens: Sequence[Token], text: str, i: int) -> int:
    """The index after the office run at ``i``: office words, and the joiners of a hyphenated
    office ("editor-in-chief")."""
    k = i + 1
    while k < len(tokens):
        t = tokens[k]
        joined = t.folded in _JOINERS and k + 1 < len(tokens) and text[tokens[k - 1].end:t.start] == "-" \
            and text[t.end:tokens[k + 1].start] == "-"
        if not (_office_word(t) or joined):
            break
        k += 1
    return k


def _name_word(t: Token) -> bool:
    return t.word and t.capital and bool(t.key) and not t.folded.isdigit() and t.folded not in OFFICES


def _run_after(tokens: Sequence[Token], k: int) -> range | None:
    """The run of name words that starts at ``k``, if one does, over lowercase particles
    between two of its words ("Sultan bin Sulayem")."""
    end = k
    while end < len(tokens):
        if _name_word(tokens[end]):
            end += 1
        elif end > k and tokens[end].folded in _PARTICLES and end + 1 < len(tokens) and _name_word(tokens[end + 1]):
            end += 2
        else:
            break
    return range(k, end) if end > k else None


def _run_before(tokens: Sequence[Token], k: int) -> range | None:
    """The run of name words that ends just before ``k``, if one does (particles as in
    :func:`_run_after`)."""
    start = k
    while start > 0:
        if _name_word(tokens[start - 1]):
            start -= 1
        elif start < k and start > 1 and tokens[start - 1].folded in _PARTICLES and _name_word(tokens[start - 2]):
            start -= 2
        else:
            break
    return range(start, k) if start < k else None


def _owner(tokens: Sequence[Token], start: int, end: int) -> range | None:
    """The organisation an office belongs to: "ROLE of (the) ORG" or "ORG's ROLE"."""
    if end < len(tokens) and tokens[end].folded == "of":
        k = end + 1 + (end + 1 < len(tokens) and tokens[end + 1].folded in ARTICLES)
        return _run_after(tokens, k)
    if start > 0 and tokens[start - 1].capital and tokens[start - 1].folded.endswith(POSSESSIVE_ENDINGS):
        return _run_before(tokens, start)
    if start > 0 and tokens[start - 1].folded == "its":
        return _antecedent(tokens, start - 1)
    return None


def _antecedent(tokens: Sequence[Token], k: int) -> range | None:
    """The name "its" at ``k`` stands for: the nearest name before it in the text (a sentence
    or two), as in "Another outlet, Uralskaya Nedelya, has been the target of harassment. On
    several occasions, its chief editor, Lukpan Akhmediyarov, ..." (the most recent compatible
    antecedent: Hobbs 1978, "Resolving pronoun references"). None when no name precedes it;
    a wrong guess names another organisation, which compares with nothing."""
    for j in range(k - 1, -1, -1):
        if _name_word(tokens[j]):
            return _run_before(tokens, j + 1)
    return None


def _before_supplement(tokens: Sequence[Token], k: int) -> int:
    """Where the subject before token ``k`` ends, over a relative clause set off by commas
    ("Azamat Maitanov, who has received many death threats, is ..."): the first comma of the
    clause, or ``k`` itself when none stands right before it."""
    if k < 1 or tokens[k - 1].folded != ",":
        return k
    for j in range(k - 2, 0, -1):
        if tokens[j].folded == "," and tokens[j + 1].folded in _RELATIVES:
            return j
    return k


_RELATIVES = frozenset("who which whose".split())


def other_owners(ours: Sequence[Token], theirs: Sequence[Token], claim: str, passage: str) \
        -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Claim and passage give the same holder the same office of two different organisations:
    "Azamat Maitanov ... is the chief editor of Uralskaya Nedelya" against "Ak Zhaiyk's
    editor-in-chief Azamat Maitanov". A claim in the past tense is left out, as in
    :func:`other_holders` (a person may hold one office at two organisations in turn).

    Returns:
        ``(claim_span, passage_span)`` character offsets of the two organisations' names, one
        pair per claim statement that the passage contradicts this way."""
    return _other_parties(ours, theirs, claim, passage, same="holder", other="owner")


_NAME_TAIL = 2  # lower-case words that may end an organisation's name: "the NeMolchi.kz foundation"


def _comma_after_words(tokens: Sequence[Token], k: int) -> bool:
    """Whether at most :data:`_NAME_TAIL` lower-case words from ``k`` run to a comma: the rest of
    an organisation's name before the comma that closes an apposition ("Zagipa Baliyeva, head of
    the NeMolchi.kz foundation, told ...")."""
    end = k
    while end < len(tokens) and end - k < _NAME_TAIL and tokens[end].word and not tokens[end].capital:
        end += 1
    return end > k and end < len(tokens) and tokens[end].folded == ","


def _name_span(tokens: Sequence[Token], run: range) -> tuple[int, int]:
    """The character span of a name run, without a possessive ending ("Ak Zhaiyk's": "Ak Zhaiyk")."""
    last = tokens[run.stop - 1]
    # ("Ak Zhaiyk's" loses "'s"; "Workers'" only its apostrophe.)
    cut = next((1 if e[0] == "s" else 2 for e in POSSESSIVE_ENDINGS if last.folded.endswith(e) and len(last.folded) > len(e)), 0)
    return tokens[run.start].start, last.end - cut


def _holder(tokens: Sequence[Token], start: int, end: int, owner: range | None) -> range | None:
    """The person an office is said of: a name before it across a copula ("Lukpan
    Akhmediyarov is the editor-in-chief of ..."), or across a comma when the phrase is set off
    on both sides ("Zagipa Baliyeva, the ombudswoman of ..., entered"); else a name right
    after it ("Ak Zhaiyk's editor-in-chief Azamat Maitanov"; "the editor of Ak Zhaiyk,
    Azamat Maitanov")."""
    tail = owner.stop if owner is not None and owner.start >= end else end
    k = (owner.start if owner is not None and owner.stop == start else start) - 1
    while k >= 0 and tokens[k].folded in ARTICLES:
        k -= 1
    if k >= 0 and tokens[k].folded == ",":
        closed = tail >= len(tokens) or not tokens[tail].word or _comma_after_words(tokens, tail)
        return _run_before(tokens, k) if closed else None
    if k >= 1 and tokens[k].folded == "been" and tokens[k - 1].folded in ("has", "have", "had"):
        return _run_before(tokens, k - 1)  # "has been the editor of ...": "had" alone is no copula
    if k >= 0 and tokens[k].folded in _COPULAS:
        return _run_before(tokens, _before_supplement(tokens, k))
    comma = tail < len(tokens) and tokens[tail].folded == ","
    if tail > end and not comma:
        return None  # "the editor of Ak Zhaiyk Azamat Maitanov": where the owner's name ends is unknown
    return _run_after(tokens, tail + comma)
