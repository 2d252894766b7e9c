"""Titles and offices that open a person's name: "Judge Taubai Qadyrbaev", "Chief financial
officer Peter Lund". Closed-class word lists, lowercased.

* :data:`TITLES` are dropped from the front of a name run by the value reader
  (:mod:`factcheck.values.names`): "President Tokayev" names Tokayev.
* :data:`HONORIFICS` are courtesy titles, no content of what a claim says: "Mr Smith was elected"
  is stated by "John Smith was elected" (:meth:`factcheck.match.retrieve.Matcher.claim_terms`).
* :data:`OFFICES` add the words of job titles that tell no one apart, which the aligner leaves
  out when it compares two speakers (:mod:`factcheck.match.align`): "Chief executive Signe
  Holmgaard" and "Chief financial officer Peter Lund" share "chief", not a name.
"""

from __future__ import annotations

TITLES = frozenset("""
president minister judge journalist activist blogger lawyer officer doctor chief director
editor correspondent spokesman spokeswoman ombudsman ombudswoman mr mrs ms dr prof sir
general colonel senator governor mayor deputy prime king queen prince princess sheikh
then-president former late councillor councilor councilman councilwoman
""".split())

# The honorific prefixes that Wikipedia's Manual of Style keeps out of a person's name in running
# text (Wikipedia:Manual of Style/Biography, "Honorific prefixes"): courtesy titles, and "Dr", which
# the same guideline treats alike. Only before a capitalised name do they count as such: "ms" is
# also multiple sclerosis, "miss" a verb.
HONORIFICS = frozenset("mr mrs ms miss mx dr sir dame".split())

OFFICES = TITLES | frozenset("""
executive financial operating vice head secretary professor chairman chairwoman chair
commissioner ambassador coach captain manager
""".split())
