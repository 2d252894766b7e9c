"""Fold text for matching while keeping a map back to the original characters.

Matching must survive curly quotes, dashes, case, diacritics and Cyrillic script, yet
every quote we report must be a verbatim slice of the source. So normalisation is done
character by character: each output character remembers the original span it came from.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

_PUNCTUATION = {
    **dict.fromkeys("‘’‚‛′`´ʼ", "'"),
    **dict.fromkeys("“”„‟«»″", '"'),
    **dict.fromkeys("‐‑‒–—―−", "-"),
    "…": "...",
    "\u00ad": "",  # soft hyphen: invisible, must not split words
    "\u200b": "",
    "\ufeff": "",
}

# Scholarly-ish Latin transliteration of Russian and Kazakh Cyrillic; the variant key
# below absorbs the differences between transliteration schemes (Q/K, Y/I, KH/H).
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "ә": "a", "ғ": "g", "қ": "q", "ң": "n", "ө": "o", "ұ": "u", "ү": "u",
    "һ": "h", "і": "i", "є": "ye", "ї": "yi", "ў": "u",
}

_SPACES = re.compile("  +")  # (" {2,}" matches the same runs, three times slower: no literal prefix to scan for)


@cache
def fold_char(char: str) -> str:
    """Return the folded form of one character (possibly empty or several characters)."""
    if char in _PUNCTUATION:
        return _PUNCTUATION[char]
    if char.isspace():
        return " "
    lower = char.lower()
    if lower in _CYRILLIC:
        return _CYRILLIC[lower]
    if char.isascii():
        return lower
    decomposed = unicodedata.normalize("NFKD", lower)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


class _FoldTable(dict[int, str]):
    """A ``str.translate`` table that folds any character on first sight."""

    def __missing__(self, code: int) -> str:
        folded = fold_char(chr(code))
        self[code] = folded
        return folded


_TABLE = _FoldTable()
# Each ASCII character folds to one ASCII character (a space, its lower case, "'" for "`"): a
# byte table folds them in one pass of C, several times faster than the dict table, which calls
# back into Python's dict per character. In UTF-8 an ASCII byte is always an ASCII character (the
# bytes of any other character are 0x80 and above, which the table keeps), so a text that is not
# ASCII has its ASCII characters folded so, and its runs of other characters by the dict table:
# each character is folded once, as the dict table alone folds it.
_ASCII_TABLE = bytes(ord(fold_char(chr(code))) for code in range(128)) + bytes(range(128, 256))
_NOT_ASCII = re.compile(rb"[\x80-\xff]+")
_FOLD_ERRORS = "factcheck.fold"


def _fold_not_ascii(error: UnicodeError) -> tuple[str, int]:
    """The ASCII decoder's error handler that :func:`fold` decodes with: the run of bytes
    outside ASCII from the one it stopped at (UTF-8 of characters outside ASCII), decoded
    and folded by the dict table; decoding goes on after the run. The decoder finds those
    runs at C speed, where a regex scan of the whole text cost half of a document's fold."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    data = error.object
    end = _NOT_ASCII.match(data, error.start).end()  # type: ignore[union-attr]  # the byte at start is outside ASCII
    return bytes(data[error.start:end]).decode(errors="surrogatepass").translate(_TABLE), end


codecs.register_error(_FOLD_ERRORS, _fold_not_ascii)


def fold(text: str) -> str:
    """Fold text fast, without an offset map; equal to ``normalize(text).text``."""
    if text.isascii():
        folded = text.encode("ascii").translate(_ASCII_TABLE).decode("ascii")
    else:
        # ("surrogatepass": a lone surrogate, which a claim's JSON may hold, is a character like any other)
        folded = text.encode(errors="surrogatepass").translate(_ASCII_TABLE).decode("ascii", errors=_FOLD_ERRORS)
    if "  " in folded:  # (a substring test is much cheaper than the regex's scan, and most texts have no run)
        folded = _SPACES.sub(" ", folded)
    return folded.strip(" ")


@dataclass(frozen=True, slots=True)
class Normalized:
    """Folded text plus, for each folded character, its original ``[start, end)`` span."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` range of the folded text back to the original text."""
        if start >= end:
            position = self.starts[start] if start < len(self.starts) else (self.ends[-1] if self.ends else 0)
            return position, position
        return self.starts[start], self.ends[end - 1]


def normalize(text: str) -> Normalized:
    """Fold quotes, dashes, whitespace, case, diacritics and Cyrillic, keeping offsets."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for index, char in enumerate(text):
        folded = fold_char(char)
        if folded == " " and (not out or out[-1] == " "):
            continue
        for piece in folded:
            out.append(piece)
            starts.append(index)
            ends.append(index + 1)
    if out and out[-1] == " ":
        out.pop()
        starts.pop()
        ends.pop()
    return Normalized("".join(out), tuple(starts), tuple(ends))


_WORD = re.compile(r"[a-z0-9]+")
_DOUBLE = re.compile(r"(.)\1+")
_KEY_RULES = (("kh", "h"), ("ck", "k"), ("q", "k"), ("ph", "f"), ("w", "v"), ("y", "i"), ("j", "i"))
_INNER_I = re.compile(r"(?<=[aeou])i(?=[aeou])")


@lru_cache(maxsize=65536)
def variant_key(word: str) -> str:
    """Key under which transliteration variants of a name coincide.

    ``Abay``/``Abai``, ``Assem``/``Asem``, ``Kyzylorda``/``Qyzylorda``/``Кызылорда`` and
    ``Nazarbayev``/``Nazarbaev`` each share one key. Used for names and for index terms.
    """
    key = fold(word)
    for old, new in _KEY_RULES:
        key = key.replace(old, new)
    key = _DOUBLE.sub(_first_letter, key)
    return _INNER_I.sub("", key)


def _first_letter(run: re.Match[str]) -> str:
    """A run of one letter as the letter (a function, not the template ``r"\\1"``, which ``re``
    expands through Python code on every call, and most words have no run)."""
    return run.group(1)


def words(folded: str) -> list[tuple[int, int, str]]:
    """Split folded text into ``(start, end, word)`` runs of letters and digits."""
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(folded)]


def word_strings(folded: str) -> list[str]:
    """The words of a folded text without their offsets (the index's fast path)."""
    if folded.isascii():
        # The runs of [a-z0-9] that the regex finds, at a third of its cost: a byte table blanks
        # every other character, and split() returns the runs between the blanks.
        return folded.encode("ascii").translate(_WORD_BYTES).decode("ascii").split()
    return _WORD.findall(folded)


_WORD_BYTES = bytes(c if 97 <= c <= 122 or 48 <= c <= 57 else 32 for c in range(256))
