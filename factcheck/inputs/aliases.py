"""Read an aliases file: the names a user declares to be one entity, or not one.

Sources disagree about names for reasons a checker cannot know: a region was renamed
(South Kazakhstan Region became Turkistan Region in 2018), a city has an old name, two
people share a family name. An aliases file records that knowledge once, for
``factcheck conflicts --aliases FILE`` (and for ``check``)::

    # aliases.yaml
    same:                        # each group names ONE entity
      - [South Kazakhstan Region, Turkistan Region]
      - [Abay, Abai]             # a spelling variant the editor has accepted
    different:                   # each group names entities that are NOT one
      - [Batyrbekov, Batyrbekova]

- ``same``: a list of groups, each a list of two names or more. A finding between
  names of one group is *explained*: kept in JSON with ``"explained": true`` but not
  shown as a problem and not failing the run.
- ``different``: a list of groups of two names or more. Names in one group are never
  reported as spelling variants of each other (the finding is dropped).
- Both keys are optional; an empty file declares nothing. Names match whatever their
  case, accents or script (``fold``), and a declared name also matches a longer name
  that ends with it or a word of a name (``Abai`` matches the spelling in "village of Abai").
- Anything else (an unknown key, a name that is not text, a group of one, invalid YAML)
  is an :class:`InputError` at ``path:line:col``; nothing partial is returned.

The YAML tree is walked node by node (not ``yaml.safe_load``) to keep line marks and to
see duplicate keys, as :mod:`factcheck.inputs.claims` does.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from factcheck.errors import InputError
from factcheck.sources.corpus import read_text
from factcheck.sources.normalize import fold

__all__ = ["Aliases", "load_aliases", "parse_aliases"]

ALIAS_KEYS = ("same", "different")
_TAG = "tag:yaml.org,2002:"
_NAME_TAGS = {_TAG + t for t in ("str", "int", "float")}


@dataclass(frozen=True, slots=True)
class Aliases:
    """Declared name groups, folded for matching: ``same`` ones and ``different`` ones."""

    same: tuple[frozenset[str], ...] = ()
    different: tuple[frozenset[str], ...] = ()

    def are_same(self, a: str, b: str) -> bool:
        """Whether the user declared ``a`` and ``b`` to name one entity."""
        return _in_one_group(self.same, a, b)

    def are_different(self, a: str, b: str) -> bool:
        """Whether the user declared ``a`` and ``b`` to name different entities."""
        return _in_one_group(self.different, a, b)


def _in_one_group(groups: Iterable[frozenset[str]], a: str, b: str) -> bool:
    """Two names fall in one group when each matches a different member of it."""
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return False
    for group in groups:
        ours = {m for m in group if _matches(fa, m)}
        theirs = {m for m in group if _matches(fb, m)}
        if ours and theirs and (ours | theirs) != (ours & theirs):
            return True
    return False


def _matches(name: str, member: str) -> bool:
    """A folded name matches a declared member equal to it or to its last words."""
    return name == member or name.endswith(" " + member) or member.endswith(" " + name)


def load_aliases(path: str | Path) -> Aliases:
    """Read and validate an aliases file.

    Raises:
        InputError: the file is missing, unreadable, invalid YAML, or not in the format.
    """
    path = Path(path)
    shown = path.as_posix()
    if not path.is_file():
        raise InputError(shown, "no such aliases file")
    return parse_aliases(read_text(path), shown)


def parse_aliases(text: str, shown: str = "<aliases>") -> Aliases:
    """Validate the text of an aliases file (``shown`` names it in errors)."""
    root = _compose(text, shown)
    if root is None or (isinstance(root, ScalarNode) and root.tag == _TAG + "null"):
        return Aliases()
    if not isinstance(root, MappingNode):
        raise _error(shown, root, "an aliases file is a mapping with 'same' and/or 'different'")
    found: dict[str, tuple[frozenset[str], ...]] = {}
    for key_node, value_node in root.value:
        key = key_node.value if isinstance(key_node, ScalarNode) else None
        if key not in ALIAS_KEYS:
            raise _error(shown, key_node, f"unknown key {key!r} (allowed: {', '.join(ALIAS_KEYS)})")
        if key in found:
            raise _error(shown, key_node, f"duplicate key '{key}'")
        found[key] = _groups(value_node, key, shown)
    return Aliases(found.get("same", ()), found.get("different", ()))


def _compose(text: str, shown: str) -> Node | None:
    """Compose the one YAML document of the file; syntax errors become InputErrors."""
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = (mark.line + 1, mark.column + 1) if mark else (None, None)
        raise InputError(shown, f"invalid YAML: {exc.problem or exc.context or 'syntax error'}", *where) from None
    except yaml.YAMLError as exc:  # several documents, reader errors
        raise InputError(shown, f"invalid YAML: {exc}") from None


def _groups(node: Node, key: str, shown: str) -> tuple[frozenset[str], ...]:
    """A list of groups, each a list of two names or more."""
    if isinstance(node, ScalarNode) and node.tag == _TAG + "null":
        return ()
    if not isinstance(node, SequenceNode):
        raise _error(shown, node, f"'{key}' must be a list of name groups, e.g. [[Abay, Abai]]")
    groups = []
    for group in node.value:
        if not isinstance(group, SequenceNode):
            raise _error(shown, group, f"each '{key}' entry must be a list of names, e.g. [Abay, Abai]")
        names = [_name(item, key, shown) for item in group.value]
        if len(set(names)) < 2:
            raise _error(shown, group, f"a '{key}' group needs two different names or more")
        groups.append(frozenset(names))
    return tuple(groups)


def _name(node: Node, key: str, shown: str) -> str:
    """One declared name: a non-empty scalar, kept folded."""
    if not isinstance(node, ScalarNode) or node.tag not in _NAME_TAGS or not str(node.value).strip():
        raise _error(shown, node, f"a name in '{key}' must be non-empty text")
    return fold(str(node.value))


def _error(shown: str, node: Node, message: str) -> InputError:
    """An InputError pointing at the 1-based line and column where ``node`` starts."""
    return InputError(shown, message, node.start_mark.line + 1, node.start_mark.column + 1)
