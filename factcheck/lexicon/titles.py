"""Titles and offices that open a person's name: "Judge Taubai Qadyrbaev", "Chief financial
officer Peter Lund". Closed-class word lists, lowercased.

* :data:`TITLES` are dropped from the front of a name run by the value reader
  (:mod:`factcheck.values.names`): "President Tokayev" names Tokayev.
* :data:`OFFICES` add the words of job titles that tell no one apart, which the aligner leaves
  out when it compares two speakers (:mod:`factcheck.match.align`): "Chief executive Signe
  Holmgaard" and "Chief financial officer Peter Lund" share "chief", not a name.
"""

from __future__ import annotations

TITLES = frozenset("""
president minister judge journalist activist blogger lawyer officer doctor chief director
editor correspondent spokesman spokeswoman ombudsman ombudswoman mr mrs ms dr prof sir
general colonel senator governor mayor deputy prime king queen prince princess sheikh
then-president former late
""".split())

OFFICES = TITLES | frozenset("""
executive financial operating vice head secretary professor chairman chairwoman chair
commissioner ambassador coach captain manager
""".split())
