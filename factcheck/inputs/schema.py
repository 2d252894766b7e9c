"""Validate one claim record's YAML nodes strictly, pointing at each problem's line and column.

Split from :mod:`factcheck.inputs.claims`, which finds, reads and composes the files; this module
walks the composed node tree. Nodes are checked one by one instead of ``yaml.safe_load``
because we need their marks, and because PyYAML silently keeps the last of two duplicate
keys. Scalars that a writer means as text (``id: 12``, ``tags: [2019]``, ``cite: 002``)
keep their text as written, so YAML's number parsing cannot change them (``002`` would
become ``2``). Problems are collected as :class:`_Invalid` (never raised out of a file),
so that every problem of a file is reported in one pass.
"""

from __future__ import annotations

import calendar
import difflib
import re
from collections.abc import Callable
from datetime import date
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from factcheck.models import Acceptance, Claim, Value
from factcheck.sources.normalize import variant_key
from factcheck.values import extract_values

CLAIM_KEYS = ("id", "claim", "quote", "cite", "expect", "tags", "note", "accept")
DEFAULT_KEYS = ("cite", "tags", "expect")
FILE_KEYS = ("sources", "defaults", "claims")
EXPECT_KINDS = ("date", "number", "name")
_ID_RE = re.compile(r"[A-Za-z0-9._-]+")
_TAG = "tag:yaml.org,2002:"
_TEXT_TAGS = {_TAG + t for t in ("str", "int", "float", "timestamp")}
_EXPECT_TAGS = _TEXT_TAGS | {_TAG + "bool"}
_KNOWN_TAGS = _TEXT_TAGS | {_TAG + t for t in ("bool", "null", "seq", "map", "merge")}
_KINDS = {"str": "a string", "int": "a number", "float": "a number", "bool": "a boolean",
          "null": "nothing (null)", "timestamp": "a date"}
MAX_CLAIM_CHARS = 5_000
"""The longest text a claim's field may hold (``claim``, ``quote``, an ``expect`` value, ...),
in characters. A guard, not a style rule: checking costs more than linear time in a claim's
length (alignment, quotation search), and a 300 KB claim took 221 s (issue 15). The longest
real claims measured: 406 characters in Climate-FEVER (1,535 claims), 373 in WiCE dev (349
Wikipedia sentences), 117 in ``claims/``; the longest sentence in 20 MB of Wikipedia text is
2,353 characters. 5,000 is over twice that, so no real statement meets it."""
_MONTH_NAMES = tuple(calendar.month_name)[1:]
_ISO_MONTH = re.compile(r"(\d{4})-(\d{2})")  # 2019-09: ISO 8601 year and month, which YAML reads as text


class _Invalid(Exception):
    """A value failed validation; ``node`` is where to point the user."""

    def __init__(self, node: Node, message: str) -> None:
        super().__init__(message)
        self.node = node
        self.message = message


def _at(node: Node) -> tuple[int, int]:
    """Return the 1-based (line, column) where ``node`` starts."""
    return node.start_mark.line + 1, node.start_mark.column + 1


def _lint_tree(root: Node) -> list[_Invalid]:
    """Find duplicate keys, non-scalar keys and unsupported tags anywhere in the tree."""
    issues: list[_Invalid] = []
    stack, seen = [root], set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if node.tag not in _KNOWN_TAGS:
            issues.append(_Invalid(node, f"unsupported YAML tag '{node.tag.replace(_TAG, '!!')}'"))
        if isinstance(node, SequenceNode):
            stack += node.value
        elif isinstance(node, MappingNode):
            stack += [n for pair in node.value for n in pair]
            issues += _key_issues(node)
    return issues


def _key_issues(node: MappingNode) -> list[_Invalid]:
    """Report duplicate keys (PyYAML keeps the last silently) and complex keys."""
    issues: list[_Invalid] = []
    first: dict[str, Node] = {}
    for key, _ in node.value:
        if not isinstance(key, ScalarNode):
            issues.append(_Invalid(key, "a key must be a plain name, not a list or a mapping"))
        elif key.value in first:
            line = first[key.value].start_mark.line + 1
            issues.append(_Invalid(key, f"duplicate key '{key.value}' (first at line {line})"))
        else:
            first[key.value] = key
    return issues


def _fields(node: MappingNode, allowed: tuple[str, ...], where: str,
            issues: list[_Invalid]) -> dict[str, tuple[Node, Node]]:
    """Map each allowed key to its (key, value) nodes; report unknown keys."""
    result: dict[str, tuple[Node, Node]] = {}
    for key, value in node.value:
        if not isinstance(key, ScalarNode) or key.value in result:
            continue  # reported by _lint_tree
        if key.value in allowed:
            result[key.value] = (key, value)
            continue
        message = f"unknown key '{key.value}' {where} (expected one of: {', '.join(allowed)})"
        close = difflib.get_close_matches(key.value, allowed, n=1)
        if where == "in defaults" and key.value in CLAIM_KEYS:
            message += f"; '{key.value}' cannot be a default, set it on each claim"
        elif close:
            message += f"; did you mean '{close[0]}'?"
        issues.append(_Invalid(key, message))
    return result


def _kind(node: Node) -> str:
    """Name a node's type the way a writer thinks of it, hinting at quotes for scalars."""
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    kind = _KINDS.get(node.tag.removeprefix(_TAG), f"a '{node.tag.replace(_TAG, '!!')}' value")
    if isinstance(node, ScalarNode) and node.tag in {_TAG + "bool", _TAG + "float"} and node.style is None:
        kind += f" (write \"{node.value}\" in quotes to make it text)"
    return kind


def _text(node: Node, name: str, tags: set[str] = _TEXT_TAGS) -> str:
    """Return a non-empty text scalar as written; numbers and dates keep their spelling."""
    if not isinstance(node, ScalarNode) or node.tag not in tags:
        raise _Invalid(node, f"'{name}' must be a string, got {_kind(node)}")
    text = str(node.value).strip()
    if not text:
        raise _Invalid(node, f"'{name}' must not be empty")
    if len(text) > MAX_CLAIM_CHARS:
        raise _Invalid(node, f"'{name}' is {len(text):,} characters long, over the limit of {MAX_CLAIM_CHARS:,} "
                             "(a claim is one statement: split it into several claims)")
    return text


def _texts(node: Node, name: str) -> tuple[str, ...]:
    """Return a string or a list of strings as a tuple."""
    if isinstance(node, SequenceNode):
        if not all(isinstance(n, ScalarNode) for n in node.value):
            raise _Invalid(node, f"'{name}' must be a string or a list of strings, got a nested list or mapping")
        return tuple(_text(n, f"{name}[{i}]") for i, n in enumerate(node.value))
    if isinstance(node, ScalarNode) and node.tag in _TEXT_TAGS:
        return (_text(node, name),)
    raise _Invalid(node, f"'{name}' must be a string or a list of strings, got {_kind(node)}")


def _expect_value(node: Node, kind: str) -> str:
    """Turn one expected value into text (dates as ISO, numbers as Python prints them) and
    check that it is a value of its kind, as :func:`expected_value` reads it."""
    if not isinstance(node, ScalarNode) or node.tag not in _EXPECT_TAGS:
        raise _Invalid(node, f"'expect.{kind}' must be a value or a list of values, got {_kind(node)}")
    if node.tag in {_TAG + "str", _TAG + "bool"}:  # `name: No` is a name, not False
        text = _text(node, f"expect.{kind}", _EXPECT_TAGS)
    else:
        try:
            value = yaml.SafeLoader("").construct_object(node)
        except ValueError as exc:  # 2019-13-45, 2019-02-30: YAML reads a date and Python refuses it
            raise _Invalid(node, f"'expect.{kind}' '{node.value}' is not a date: {exc}") from None
        text = value.isoformat() if isinstance(value, date) else str(value)
    try:
        expected_value(kind, text)
    except ValueError as exc:
        raise _Invalid(node, f"'expect.{kind}' {exc}") from None
    return text


def expected_value(kind: str, text: str) -> Value:
    """Read one ``expect`` entry (``kind`` is ``date``, ``number`` or ``name``) as the value it
    states, with ``start``/``end`` spanning ``text``. The claims schema validates with it and
    the checker compares what it returns, so an entry that is read is always compared.

    A ``date`` is one date the value extractor reads ("September 2019", "2019-09-01", "in
    2018"), or an ISO year and month (``2019-09``); it must exist in the calendar. A ``number``
    is one number, quantity or duration ("2", "seven", "40%", "two years and three months");
    a bare year-like number (``2019``) is taken as the number it is. A ``name`` is any text.

    Raises:
        ValueError: ``text`` is not one value of that kind; the message says why, starting
            with the text ("'abc' is not a number"), for ``expect.KIND`` to prefix.
    """
    if kind == "name":
        return Value("name", text, 0, len(text), key=" ".join(variant_key(word) for word in text.split()))
    iso = _ISO_MONTH.fullmatch(text)
    if iso and not 1 <= int(iso[2]) <= 12:
        raise ValueError(f"'{text}' is not a date: month must be in 1..12")
    probe = f"{_MONTH_NAMES[int(iso[2]) - 1]} {iso[1]}" if iso else text
    found = [v for v in extract_values(probe) if (v.kind == "date") == (kind == "date")]
    if kind == "number" and not found and re.fullmatch(r"\d+", text):
        found = [Value("number", text, 0, len(text), float(text))]  # "2019" alone reads as a year
    noun = "date" if kind == "date" else "number"
    if not found:
        raise ValueError(f"'{text}' is not a {noun}")
    if len(found) > 1:
        listed = ", ".join(f"'{v.text}'" for v in found)
        raise ValueError(f"'{text}' holds {len(found)} {noun}s ({listed}); give each as its own list item")
    value = found[0]
    if value.date is not None:
        _check_calendar(text, value.date)
    return Value(value.kind, text, 0, len(text), value.amount, value.unit, value.date, value.key)


def _check_calendar(text: str, parts: tuple[int | None, int | None, int | None]) -> None:
    """Refuse a date that no calendar has (30 February, month 13); parts not given are free."""
    year, month, day = parts
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"'{text}' is not a date: month must be in 1..12")
    if day is not None:
        longest = calendar.monthrange(year if year is not None else 2000, month or 1)[1] if month else 31
        if not 1 <= day <= longest:
            raise ValueError(f"'{text}' is not a date: day {day} is not in {_MONTH_NAMES[(month or 1) - 1]}"
                             + (f" {year}" if year is not None else ""))


def _expect(node: Node, issues: list[_Invalid]) -> tuple[tuple[str, str], ...]:
    """Return the ``expect`` mapping as (kind, value) pairs in file order."""
    if not isinstance(node, MappingNode):
        raise _Invalid(node, f"'expect' must be a mapping with keys {', '.join(EXPECT_KINDS)}, got {_kind(node)}")
    pairs: list[tuple[str, str]] = []
    for kind, (_, value) in _fields(node, EXPECT_KINDS, "in expect", issues).items():
        items = value.value if isinstance(value, SequenceNode) else [value]
        pairs += [(kind, _expect_value(item, kind)) for item in items]
    return tuple(pairs)


ACCEPT_FINDINGS: dict[str, tuple[str, ...]] = {
    "verdict": ("partial", "contradicted", "disputed", "not_found"),
    "quote": ("close", "missing"),
    "cite": ("wrong_source", "not_found", "unknown_source"),
}
ACCEPT_KEYS = (*ACCEPT_FINDINGS, "reason")


def _accept(node: Node, issues: list[_Invalid]) -> tuple[Acceptance, ...]:
    """Return the findings a claim accepts: ``{verdict: partial, reason: ...}`` or a list of such.

    Each entry names one finding (``verdict``, ``quote`` or ``cite``, with the status that
    would otherwise fail the run) and a ``reason``, which is required: an accepted finding
    stays visible in every report, and the reason is what a reviewer reads there.
    """
    entries = node.value if isinstance(node, SequenceNode) else [node]
    if not isinstance(node, SequenceNode | MappingNode) or not entries:
        raise _Invalid(node, "'accept' must be a mapping like {verdict: partial, reason: ...} "
                             f"or a list of them, got {_kind(node) if entries else 'an empty list'}")
    accepted: dict[str, tuple[Acceptance, Node]] = {}
    for entry in entries:
        try:
            acceptance = _acceptance(entry, issues)
        except _Invalid as exc:
            issues.append(exc)
            continue
        if acceptance is None:
            continue
        if acceptance.finding in accepted:
            line = accepted[acceptance.finding][1].start_mark.line + 1
            issues.append(_Invalid(entry, f"'{acceptance.finding}' is accepted twice (first at line {line})"))
        else:
            accepted[acceptance.finding] = (acceptance, entry)
    return tuple(a for a, _ in accepted.values())


def _acceptance(node: Node, issues: list[_Invalid]) -> Acceptance | None:
    """One ``accept`` entry: exactly one finding and a non-empty reason."""
    if not isinstance(node, MappingNode):
        raise _Invalid(node, f"an 'accept' entry must be a mapping like {{verdict: partial, reason: ...}}, got {_kind(node)}")
    fields = _fields(node, ACCEPT_KEYS, "in accept", issues)
    named = [name for name in ACCEPT_FINDINGS if name in fields]
    if not named:
        if len(fields) < len(node.value):
            return None  # an unknown key was reported already: that is the problem to fix
        raise _Invalid(node, "an 'accept' entry names no finding: give one of verdict, quote, cite")
    if len(named) > 1:
        raise _Invalid(fields[named[1]][0], f"an 'accept' entry names both '{named[0]}' and '{named[1]}'; "
                                            "write one entry per finding")
    kind = named[0]
    status = _text(fields[kind][1], f"accept.{kind}")
    allowed = ACCEPT_FINDINGS[kind]
    if status not in allowed:
        message = f"'accept.{kind}' must be one of {', '.join(allowed)}, got '{status}'"
        close = difflib.get_close_matches(status, allowed, n=1)
        raise _Invalid(fields[kind][1], message + (f"; did you mean '{close[0]}'?" if close else ""))
    if "reason" not in fields:
        raise _Invalid(node, "missing required key 'reason' in accept (say why the finding is acceptable)")
    reason = _text(fields["reason"][1], "accept.reason")
    return Acceptance(status if kind == "verdict" else f"{kind}:{status}", reason)


_Parser = Callable[[Node, list[_Invalid]], Any]
_FIELD_PARSERS: dict[str, _Parser] = {
    "quote": lambda n, _: _text(n, "quote"),
    "cite": lambda n, _: _texts(n, "cite"),
    "tags": lambda n, _: _texts(n, "tags"),
    "expect": _expect,
    "accept": _accept,
    "note": lambda n, _: None,
}


def _values(fields: dict[str, tuple[Node, Node]], issues: list[_Invalid]) -> dict[str, Any]:
    """Parse each optional field, recording (not raising) each bad one."""
    values: dict[str, Any] = {}
    for name, (_, node) in fields.items():
        if name in _FIELD_PARSERS:
            try:
                values[name] = _FIELD_PARSERS[name](node, issues)
            except _Invalid as exc:
                issues.append(exc)
    return values


def _split_root(root: Node, issues: list[_Invalid]) -> tuple[list[str], list[Node], dict[str, Any]]:
    """Return (sources, claim record nodes, defaults) for either file form."""
    if isinstance(root, SequenceNode):
        return [], list(root.value), {}
    if not isinstance(root, MappingNode):
        message = "a claims file must be a list of claims or a mapping with a 'claims' list"
        raise _Invalid(root, f"{message}, got {_kind(root)}")
    fields = _fields(root, FILE_KEYS, "at top level", issues)
    if "claims" not in fields:
        raise _Invalid(root, "missing required key 'claims' (the list of claims)")
    records = fields["claims"][1]
    if not isinstance(records, SequenceNode):
        raise _Invalid(records, f"'claims' must be a list of claims, got {_kind(records)}")
    sources = list(_texts(fields["sources"][1], "sources")) if "sources" in fields else []
    defaults: dict[str, Any] = {}
    if "defaults" in fields:
        node = fields["defaults"][1]
        if not isinstance(node, MappingNode):
            raise _Invalid(node, f"'defaults' must be a mapping, got {_kind(node)}")
        defaults = _values(_fields(node, DEFAULT_KEYS, "in defaults", issues), issues)
    return sources, list(records.value), defaults


def _claim_id(node: Node) -> str:
    """Return a valid claim id; an int (or date) is taken as written, floats, booleans and null are errors."""
    if not isinstance(node, ScalarNode) or node.tag not in {_TAG + "str", _TAG + "int", _TAG + "timestamp"}:
        raise _Invalid(node, f"'id' must be a string, got {_kind(node)}")
    if not _ID_RE.fullmatch(node.value):
        raise _Invalid(node, f"invalid claim id '{node.value}' (use only letters, digits, '.', '_' and '-')")
    return str(node.value)


def _claim_text(node: Node) -> str:
    """Return the claim's statement, which must be non-empty text."""
    return _text(node, "claim")


def _claim(record: Node, defaults: dict[str, Any], path: str, issues: list[_Invalid],
           ids: list[tuple[str, int, int]]) -> Claim | None:
    """Build one Claim, or record why not and return None."""
    if not isinstance(record, MappingNode):
        issues.append(_Invalid(record, f"a claim must be a mapping with 'id' and 'claim', got {_kind(record)}"))
        return None
    fields = _fields(record, CLAIM_KEYS, "in claim", issues)
    values = defaults | _values(fields, issues)
    for name, parse in (("id", _claim_id), ("claim", _claim_text)):
        if name not in fields:
            issues.append(_Invalid(record, f"missing required key '{name}' in claim"))
            continue
        try:
            values[name] = parse(fields[name][1])
        except _Invalid as exc:
            issues.append(exc)
    if "id" in values:
        ids.append((values["id"], *_at(fields["id"][0])))
    if "id" not in values or "claim" not in values:
        return None  # the file is rejected anyway; the issues say why
    return Claim(id=values["id"], text=values["claim"], file=path, line=record.start_mark.line + 1,
                 quote=values.get("quote"), cite=values.get("cite", ()),
                 expect=values.get("expect", ()), tags=values.get("tags", ()), accept=values.get("accept", ()))
