"""One name spelled in two romanisations: Muhammad/Mohammed, Kyiv/Kiev, Mao Tse-tung/Mao Zedong.

Used for names only. :func:`factcheck.sources.normalize.variant_key` keys every word of the
index and must stay narrow; the looser correspondences below would merge ordinary words
("bed"/"bad"), so they apply only where both sides are already taken for names.

A word is compared as segments: runs of consonants and runs of vowels (``y`` counts as
the vowel ``i``, as in ``variant_key``). Two words are one name when they have the same
segments in the same order, each pair equal or one of these documented alternations:

- **Arabic and Persian romanisations** (ALA-LC, BGN/PCGN, French and English press usage,
  as listed in the ALA-LC Arabic and Persian romanization tables' notes on variant forms):
  ``q``/``gh``/``g`` for qaf and ghayn (Qasem/Ghasem, Qaddafi/Gaddafi) and ``q``/``k``
  (Qasem/Kasem); ``dh``/``d`` (Gadhafi/Gaddafi, Ramadhan/Ramadan); ``ou``/``oo``/``u``
  (Youssef/Yusef, Mahmoud/Mahmood/Mahmud); ``ee``/``i`` (Sameer/Samir); ``ei``/``ai``/``ay``
  (Hussein/Husain/Husayn); the short vowels ``a``/``e`` (fatha: Ahmed/Ahmad), ``o``/``u``
  (damma: Osama/Usama, Mohammed/Muhammad) and ``e``/``i`` (kasra: Ebrahim/Ibrahim), never in a
  word's final vowel; ``e``/``i`` (but as a weak alternation, below) and ``o``/``u`` never in
  its last syllable either, where they spell different patterns (Sāmir/Samīr: Samer and
  Samir are two names), and ``a``/``e``
  never in its first; a final ``h`` after a
  vowel (ta marbuta: Fatimah/Fatima); ``w``/``v``; the article (al-, el-, ar-, ash-...) and
  ``Abd al-``/``Abdel``/``Abdul``, ``bin``/``ben``/``ibn`` are handled per name in
  :func:`same_name`.
- **Weak Arabic and Persian alternations**, counted only beside another word of the name
  spelled two ways (:func:`same_name`): ``k``/``g``, both for qaf (French and older English
  ``k``, Libyan and Gulf ``g``: Kadhafi/Gaddafi, by way of Qadhafi), and ``e``/``i`` in a
  word's closed last syllable (kasra: ``e`` in Persian romanisation and Egyptian and Levantine
  usage, ``i`` in ALA-LC and BGN/PCGN: Hafez/Hafiz, Laden/Ladin), and ``e``/``u`` there, and
  ``i``/``u`` (a long u that Egyptian and Levantine usage writes ``e`` or ``i``: Yusuf/Youssef,
  Yunus/Younes/Younis; but Hamed and Hamud are two names). Alone they tell names apart
  as often as they spell one (Keller/Geller, Kamal/Gamal, Gandhi/Kandy, Samer/Samir,
  Salem/Salim): a word may use one of them, once, only when another word of its name differs
  by an alternation of a vowel or consonant above (Moammar Kadhafi/Muammar Gaddafi, Usama bin
  Ladin/Osama bin Laden), not merely by a doubled letter or a digraph, which European
  spellings vary too (Britt Andersson/Brett Anderson, Kari Lokke/Gary Locke); and never in
  the first word, the given name, which tells the members of one family apart (Kamal
  Hossein/Gamal Hussein, Samer/Samir al-Masri may be brothers). So Kadhafi/Gaddafi and
  Hafez/Hafiz alone, and Hafiz al-Asad/Hafez al-Assad, stay apart.
- **Russian and Scandinavian spellings** (BGN/PCGN 1947 writes Russian ё as ``ë``, which the
  press writes ``e`` or ``yo``; French-style romanisation ends ``-ov`` in ``-off``; Swedish
  spelling before 1906 wrote final ``v`` as ``f``): ``e``/``yo`` for ё (Zhuravlev/Zhuravlyov,
  Fedor/Fyodor, Semenov/Semyonov; not the older ``eo`` of Feodor, which would make Leon
  Lion), and ``e``/``o`` for ё after a hushing consonant, which Russian spelling writes о and
  Ukrainian has as о (Gorbachev/Gorbachov, Khrushchev/Khrushchov, Chernobyl/Chornobyl), a word's final ``v``/``f`` or ``ff`` (Rachmaninov/Rachmaninoff,
  Gustav/Gustaf), ``x``/``ks`` for кс (Alexander/Aleksandr, Maxim/Maksim, Xenia/Ksenia),
  ``ye``/``e`` for a word's initial е (BGN/PCGN ``ye``, the press often ``e``: Yevgeny/Evgeny,
  Yeltsin/Eltsin), and the English ``-der``/``-ter`` for a final ``-dr``/``-tr`` with no vowel
  in the Cyrillic (Alexander/Aleksandr, Peter/Petr); the French ``tch`` and German ``tsch`` for
  ч at a word's start, where English (BGN/PCGN) writes ``ch`` (Tchaikovsky/Chaikovsky/Tschaikowsky).
- **Ukrainian against Russian forms** (Ukrainian national transliteration, Cabinet of Ministers
  resolution No. 55 of 27 January 2010; Russian by BGN/PCGN 1947): Ukrainian ``h`` for
  Russian ``g`` (г) inside a word (Luhansk/Lugansk, Chernihiv/Chernigov), and Ukrainian ``i``
  for Russian ``o``/``e``/``ie`` in a closed last syllable before ``v`` or ``l`` (ikavism:
  Kharkiv/Kharkov, Lviv/Lvov, Kyiv/Kiev, Ternopil/Ternopol).
- **Wade-Giles against Hanyu Pinyin**: the syllable table of the ``pypinyin`` package
  (``pypinyin/style/wadegiles.py``, compiled from the Library of Congress and University of
  Chicago conversion tables), read as data: a Wade-Giles word (``Tse-tung``, ``Hsiao-p'ing``)
  matches the pinyin word one of its readings spells (``Zedong``, ``Xiaoping``). A word is
  taken for Wade-Giles only when it cannot be pinyin (``hs``, ``ts``, ``-ih``, ``-ieh``) or
  is hyphenated syllables, and then the other words of its name are read the same way
  (``Teng``/``Deng``); ``Chang`` alone stays ``Chang``, not ``Zhang``.
- **Diacritics**: folded by Unicode decomposition (NFKD); the Latin letters that have no
  decomposition (``ł ø đ ħ ı ß æ œ þ ð``) by the table below; German umlauts also as
  ``ae``/``oe``/``ue`` (Müller/Mueller) when one side writes the umlaut.

- **Exonyms of cities**: Peking/Beijing, Bombay/Mumbai, Alma-Ata/Almaty, from GeoNames'
  alternate names (:mod:`factcheck.lexicon.exonyms`), word by word or the whole name.

Three answers (:func:`name_relation`, :func:`name_word_relation`): ``"same"``, ``"maybe"``
or ``"different"``. A pair that the rules above keep apart only for precision, a weak
alternation without another word respelled (Kadhafi/Gaddafi, Hafiz/Hafez in Hafiz al-Asad/Hafez
al-Assad, Kamal/Gamal) or a city name other places go by too (Canton/Guangzhou), is
``"maybe"``: not evidence that a claim and its source agree, nor that they disagree. Where
names are compared for a conflict, only ``"different"`` may conflict.

Initials and order (:func:`same_name`): ``J. Smith`` is ``John Smith`` (the initial is the
word's first letter; ``K. Smith`` is not), and ``Smith, John`` is ``John Smith``.

Precision comes first: a word's last vowel never changes or disappears (Ali/Alia,
Ivan/Ivana, Jan/Jana, Roberto/Roberta are different people), at most three segments may
alternate, and a word of fewer than four letters matches only its own spelling.
"""

from __future__ import annotations

import ast
import importlib.util
import re
from functools import cache, lru_cache
from itertools import combinations, product
from pathlib import Path
from typing import Literal

from factcheck.lexicon import collections_paused
from factcheck.lexicon.exonyms import may_be_a_city, same_place
from factcheck.sources.normalize import fold, variant_key

# Latin letters without a Unicode decomposition (NFKD leaves them whole).
_UNDECOMPOSED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "ß": "ss", "æ": "ae",
                               "œ": "oe", "þ": "th", "ð": "d", "ŀ": "l", "ŧ": "t"})
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
# Apostrophes and modifier letters for ayn and hamza (Sa'id, ʿAbd) and Wade-Giles aspiration (p'ing).
_MARKS = re.compile(r"['’`ʻʼʽʾʿ\u02b9\u02ba]")
_VOWELS = frozenset("aeiouy")
_MIN_LENGTH = 4
_MAX_ALTERNATIONS = 3

# Consonant digraphs first, each to one symbol: kh (kha), gh and q (ghayn, qaf), dh (dhal), ...
_CONSONANTS = (("kh", "x"), ("gh", "q"), ("dh", "d"), ("sh", "š"), ("ch", "č"), ("zh", "ž"), ("ph", "f"),
               ("ck", "k"), ("dj", "j"), ("w", "v"))
_VOWEL_RUNS = (("ou", "u"), ("oo", "u"), ("ee", "i"), ("ei", "ai"))  # y is i already: ey, ay
# Alternating consonants: (a, b, where) with where "any", "inner" (not word-initial) or "weak" (see above).
_CONSONANT_PAIRS = {frozenset("qk"): "any", frozenset("qg"): "any", frozenset("hg"): "inner", frozenset("kg"): "weak",
                    frozenset("vf"): "final"}
# English spellings of Russian and other names insert a vowel before a final r after d or t,
# which the Cyrillic does not have: Alexander / Aleksandr (Александр), Peter / Petr.
_FINAL_SCHWA = re.compile(r"(?<=[dt])er$")
# French (tch) and German (tsch) spellings of Russian ч, written ch in English (BGN/PCGN): at a
# word's start only, where no English or German name has them (Tchaikovsky / Chaikovsky).
_INITIAL_TCH = re.compile(r"^ts?ch")
_HUSHING = frozenset("čžš")  # ch, zh, sh (as _CONSONANTS writes them): the consonants before which ё is written o
_HUSHED_MIN = 6  # letters a word needs for that: Chen and Chon (Chinese, Korean) are two names
_MAX_WEAK = 1  # weak alternations (k/g; e/i, e/u or i/u in the last syllable) a word may use

# The article: al-/el-/ul-, or assimilated to a sun letter that the next word repeats (ar-Rashid, ash-Sham).
_ARTICLE = re.compile(r"^(?:al|el|ul)-|^[ae](sh|th|dh|[dnrstz])-(?=\1)")
_ABD = re.compile(r"^abd(?:-?(?:al|el|ul|ol|ar|as|ash|at|an|ad|ur))?-?(?=[a-z]{3}|$)")
_SON_OF = frozenset({"bin", "ben", "ibn"})


@lru_cache(maxsize=65536)
def clean(word: str) -> str:
    """A word as letters only: folded (case, NFKD diacritics, Cyrillic), the undecomposed
    letters mapped, ayn/hamza/aspiration marks and hyphens dropped. ``"Sa'id"`` → ``"said"``."""
    return _MARKS.sub("", fold(word).translate(_UNDECOMPOSED)).replace("-", "").replace(".", "")


@lru_cache(maxsize=65536)
def _segments(word: str) -> tuple[str, ...]:
    """Consonant and vowel runs of a cleaned word, with the digraphs and vowel runs above unified."""
    word = _FINAL_SCHWA.sub("r", word.replace("x", "ks"))  # Alexander / Aleksandr
    word = _INITIAL_TCH.sub("ch", word)  # Tchaikovsky / Chaikovsky, Tschaikowsky
    for old, new in _CONSONANTS:
        word = word.replace(old, new)
    word = re.sub(r"([^aeiou])\1+", r"\1", word.replace("y", "i"))  # vowel runs: _vowel_run
    if len(word) > 2 and word.endswith("h") and word[-2] in _VOWELS:
        word = word[:-1]  # ta marbuta: Fatimah / Fatima
    runs = re.findall(r"[aeiou]+|[^aeiou]+", word)
    return tuple(_vowel_run(r) if r[0] in _VOWELS else r for r in runs)


def _vowel_run(run: str) -> str:
    """One vowel run with its spelling variants unified: ou, oo → u; ee → i; ei → ai."""
    for old, new in _VOWEL_RUNS:
        run = run.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", run)


def _vowels_alternate(x: str, y: str, first: bool, last: bool, closing: str, final: bool) -> bool | None:
    """Whether vowel runs ``x`` and ``y`` may spell one vowel (see the module docstring):
    True, False, or None for a weak alternation (``e``/``i`` in the closed last syllable).

    ``first`` and ``last`` say whether the run is the word's first or last vowel run, ``closing`` the consonant run after it ("" at the word's end) and
    ``final`` whether that consonant run ends the word. A syllable is closed when two
    consonants follow it, or a final one; the alternations of the short vowels keep to
    closed syllables except ``o``/``u``, so that Danny/Denny and Barry/Berry stay apart, and
    ``a``/``e`` keeps out of the first syllable, where it tells names apart (Salma/Selma,
    Ellen/Allen) more often than it spells one vowel (Mehdi/Mahdi is lost to that).
    """
    if not closing:
        return False  # a word's final vowel never changes: Maria / Marie, Roberto / Roberta
    closed = len(closing) >= 2 or final
    if last and final and closing in ("v", "l") and {x, y} in ({"i", "o"}, {"i", "ie"}, {"i", "io"}):
        return True  # Ukrainian ikavism in a closed last syllable: Kharkiv / Kharkov, Kyiv / Kiev
    if {x, y} == {"e", "io"}:
        return True  # Russian ё, written e or yo: Zhuravlev / Zhuravlyov, Fedor / Fyodor
    if len(x) != len(y):
        return False
    weak = False
    for p, q in zip(x, y, strict=True):
        pair = {p, q}
        if p == q:
            continue
        if pair == {"o", "u"} and not last:
            continue  # damma: Mohammed / Muhammad, Osama / Usama
        if pair == {"a", "e"} and not first and closed:
            continue  # fatha: Ahmed / Ahmad, Mohammed / Muhammad; not Salma / Selma
        if pair == {"e", "i"} and closed:
            weak = weak or last  # kasra: Ebrahim / Ibrahim; in the last syllable weak: Hafez / Hafiz
            continue
        if (pair == {"e", "u"} or pair == {"i", "u"}) and last and closed:
            weak = True  # a long u written e or i: Yusuf / Youssef, Yunus / Younes / Younis
            continue
        return False
    return None if weak else True


def _consonants_alternate(x: str, y: str, initial: bool, final: bool = False) -> bool | None:
    """Whether consonant runs ``x`` and ``y`` may spell one sound (q/k, q/g, inner h/g, a
    word's final v/f): True, False, or None for a weak alternation (k/g)."""
    if len(x) != len(y):
        return False
    weak = False
    for p, q in zip(x, y, strict=True):
        if p == q:
            continue
        where = _CONSONANT_PAIRS.get(frozenset((p, q)))
        if where is None or (where == "inner" and initial) or (where == "final" and not final):
            return False
        weak = weak or where == "weak"
    return None if weak else True


def _family_match(a: str, b: str, *, respelled: bool = False) -> bool:
    """Two cleaned words spelled by the alternations of the module docstring; one weak
    alternation (k/g, last-syllable e/i) only with ``respelled`` (another word of their name
    is spelled two ways, :func:`same_name`)."""
    if min(len(a), len(b)) < _MIN_LENGTH:
        return False
    x, y = _segments(a), _segments(b)
    if x == y:
        return True
    if len(x) != len(y):
        return False
    vowel_positions = [k for k, run in enumerate(x) if run[0] in _VOWELS]
    last_vowel = vowel_positions[-1] if vowel_positions else -1
    changed = weak = 0
    for k, (p, q) in enumerate(zip(x, y, strict=True)):
        if p == q:
            continue
        changed += 1
        if (p[0] in _VOWELS) != (q[0] in _VOWELS):
            return False
        if k == 0 and {p, q} == {"e", "ie"}:
            continue  # Russian initial е, written ye or e: Yevgeny / Evgeny, Yeltsin / Eltsin
        if k > 0 and x[k - 1] == y[k - 1] and x[k - 1][-1] in _HUSHING and {p, q} == {"e", "o"} \
                and min(len(a), len(b)) >= _HUSHED_MIN:
            continue  # ё after a hushing consonant, written e or o: Gorbachev / Gorbachov, Chernobyl / Chornobyl
        if p[0] in _VOWELS:
            after = x[k + 1] if k + 1 < len(x) else ""
            if after != (y[k + 1] if k + 1 < len(y) else ""):
                return False  # the consonants that close a changed vowel must agree
            alternate = _vowels_alternate(p, q, k == vowel_positions[0], k == last_vowel, after, k + 2 == len(x))
        else:
            alternate = _consonants_alternate(p, q, k == 0, k + 1 == len(x))
        if alternate is False:
            return False
        weak += alternate is None
    if changed > _MAX_ALTERNATIONS or weak > _MAX_WEAK:
        return False
    return not weak or respelled


@cache
@collections_paused
def _wade_giles() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """Wade-Giles syllable → its pinyin readings, and the set of pinyin syllables, from the
    conversion table of the ``pypinyin`` package (both sides folded: no tone marks, aspiration
    apostrophes or umlauts). Read with :func:`ast.literal_eval` rather than imported: importing
    ``pypinyin`` loads its character dictionaries (about 0.4 s). Empty if it is not installed."""
    spec = importlib.util.find_spec("pypinyin")
    if spec is None or not spec.submodule_search_locations:
        return {}, frozenset()
    path = Path(next(iter(spec.submodule_search_locations))) / "style" / "wadegiles.py"
    readings: dict[str, set[str]] = {}
    pinyin: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id in ("_convert_table", "_except_table")
                                                 for t in node.targets):
            for py, wg in ast.literal_eval(node.value):
                if "v" in py:
                    continue  # "lve": the keyboard spelling of "lüe", listed twice
                py_folded, wg_folded = clean(py), clean(wg)
                readings.setdefault(wg_folded, set()).add(py_folded)
                pinyin.add(py_folded)
    return {k: frozenset(v) for k, v in readings.items()}, frozenset(pinyin)


def _syllables(word: str) -> list[str]:
    """A folded word's hyphen-separated syllables, marks dropped (``"hsiao-p'ing"`` → hsiao, ping)."""
    return [s for s in _MARKS.sub("", fold(word)).split("-") if s]


@lru_cache(maxsize=65536)
def is_wade_giles(word: str) -> bool:
    """Whether a word must be Wade-Giles: hyphenated Wade-Giles syllables (``Tse-tung``), or
    one syllable that Wade-Giles has and pinyin lacks (``Hsiao``, ``Tse``, ``Chih``)."""
    table, pinyin = _wade_giles()
    parts = _syllables(word)
    if not parts or not all(p in table for p in parts):
        return False
    return len(parts) > 1 or parts[0] not in pinyin


def _pinyin_readings(word: str) -> set[str]:
    """The pinyin spellings of a Wade-Giles word (``"tse-tung"`` → zedong, zetong, cedong, cetong)."""
    table, _ = _wade_giles()
    parts = _syllables(word)
    if not parts or len(parts) > 4 or not all(p in table for p in parts):
        return set()
    return {"".join(combo) for combo in product(*(sorted(table[p]) for p in parts))}


@lru_cache(maxsize=65536)
def same_name_word(a: str, b: str, *, wade_giles: bool = False, respelled: bool = False) -> bool:
    """Whether two words (any case, script or diacritics) spell one name word.

    True for the same variant key (Abay/Abai), an initial and a word it begins (``J``/``John``),
    the alternations of the module docstring (Muhammad/Mohammed, Kharkiv/Kharkov), and a
    Wade-Giles word against its pinyin (``Tse-tung``/``Zedong``); with ``wade_giles`` (another
    word of the name is Wade-Giles) any Wade-Giles syllable is read so (``Teng``/``Deng``);
    with ``respelled`` (another word of the name is spelled two ways) a weak alternation
    counts too (``Kadhafi``/``Gaddafi`` in Moammar Kadhafi/Muammar Gaddafi).
    """
    if variant_key(a) == variant_key(b):
        return True
    x, y = clean(a), clean(b)
    if not x or not y:
        return False
    if x == y:
        return True
    if len(x) == 1 or len(y) == 1:
        return len(x) != len(y) and x[0] == y[0]
    for p, q in ((a, y), (b, x)):
        if (wade_giles or is_wade_giles(p)) and q in _pinyin_readings(p):
            return True
    umlaut_a, umlaut_b = a.translate(_UMLAUTS), b.translate(_UMLAUTS)
    if umlaut_a != a or umlaut_b != b:
        # A German umlaut is a vowel of its own, written without its dots or with an "e"
        # (Müller, Muller, Mueller), never another vowel: the Arabic and Persian alternations
        # above do not reach it (Müller / Möller are two names).
        return clean(umlaut_a) == clean(umlaut_b) or x == clean(umlaut_b) or y == clean(umlaut_a)
    return _family_match(x, y, respelled=respelled)


# The consonants _consonants_alternate lets alternate, one letter for each class they form.
_CONSONANT_CLASSES = str.maketrans("qkghvf", "kkkkff")


@lru_cache(maxsize=65536)
def _word_features(word: str) -> tuple[str, str, tuple[str, ...] | None, bool]:
    """What tells cheaply that two name words are no pair (:func:`_may_pair`): the word's
    variant key; its letters (:func:`clean`); the shape of its segments, each vowel run as one
    mark and each consonant run by the classes of consonants that may alternate (None below
    :data:`_MIN_LENGTH` letters, where no alternation applies); and whether it may pair by a rule
    those do not show: a Wade-Giles reading, an umlaut, a city's name."""
    x = clean(word)
    shape = tuple("V" if run[0] in _VOWELS else run.translate(_CONSONANT_CLASSES) for run in _segments(x)) \
        if len(x) >= _MIN_LENGTH else None
    special = _readable_as_wade_giles(word) or word.translate(_UMLAUTS) != word or may_be_a_city(word)
    return variant_key(word), x, shape, special


def _readable_as_wade_giles(word: str) -> bool:
    """Whether :func:`_pinyin_readings` gives a word any reading (without making them)."""
    table, _ = _wade_giles()
    parts = _syllables(word)
    return bool(parts) and len(parts) <= 4 and all(p in table for p in parts)


def _may_pair(a: str, b: str) -> bool:
    """False only for two name words that no rule of this module makes one word, nor one city:
    :func:`same_name_word` is False for them with any flags, and :func:`name_word_relation` says
    "different". Each of its ways needs one of: the same variant key or letters, an initial and
    its word's first letter, segments of one shape (the family alternations change a vowel run
    only for a vowel run, a consonant only for one of its class), or a rule the shape does not
    show (:func:`_word_features`). Most pairs a run meets are two unrelated words, told apart
    here from what is kept per word, without the pair's own comparisons."""
    key_a, x, shape_a, special_a = _word_features(a)
    key_b, y, shape_b, special_b = _word_features(b)
    if special_a or special_b or key_a == key_b or x == y:
        return True
    if not x or not y:
        return False
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]
    return shape_a is not None and shape_a == shape_b


def name_words(name: str) -> list[str]:
    """A name's words in given-name-first order, the Arabic article and ``Abd al-`` unified.

    ``"Smith, John"`` → John, Smith; ``"Abd al-Fattah el-Sisi"`` → abd, Fattah, Sisi;
    ``"J.R.R. Tolkien"`` → J, R, R, Tolkien; ``"bin"``/``"ben"``/``"ibn"`` after the first word → bin.
    """
    if name.count(",") == 1:
        surname, given = name.split(",")
        name = f"{given} {surname}" if given.strip() and surname.strip() else name.replace(",", " ")
    words: list[str] = []
    for raw in re.split(r"\s+", name.strip()):
        raw = raw.strip(".,;:()\"'“”‘’")
        if not raw:
            continue
        if re.fullmatch(r"(?:[^\W\d_]\.)+[^\W\d_]?", raw + ("" if raw.endswith(".") else ".")) and raw.count(".") >= 1:
            words.extend(c for c in raw if c != ".")
            continue
        folded = _MARKS.sub("", fold(raw))
        if folded in ("al", "el", "ul") and (words or raw[:1].islower()):
            continue  # a separate article inside a name: Abdel Fattah al Sisi, Zine El Abidine
        folded = _ARTICLE.sub("", folded)
        abd = _ABD.match(folded)
        if abd:
            words.append("abd")
            folded = folded[abd.end():]
        if words and folded in _SON_OF:
            folded = "bin"
        if folded:
            words.append(raw if folded == _MARKS.sub("", fold(raw)) else folded)
    return words


@lru_cache(maxsize=65536)
def same_name(a: str, b: str) -> bool:
    """Whether two names (several words each) spell one name: the same number of words after
    :func:`name_words`, each pair :func:`same_name_word`, and at least one pair that is not
    an initial. ``"J. Smith"``/``"John Smith"`` yes, ``"J. Smith"``/``"K. Smith"`` no.
    One pair after the first (the given name) may match by a weak alternation of the module
    docstring when another pair is one word respelled by a vowel or consonant alternation
    (``"Moammar Kadhafi"``/``"Muammar Gaddafi"``; not ``"Kamal Hossein"``/``"Gamal Hussein"``)."""
    xs, ys = _name_words(a), _name_words(b)
    if not xs or len(xs) != len(ys):
        return False
    wade_giles: bool | None = None  # whether a word of either name is Wade-Giles, found when needed
    full = False
    failed = []
    for k, (x, y) in enumerate(zip(xs, ys, strict=True)):
        paired = _may_pair(x, y)  # False: no rule joins the two words, whatever the flags
        if not (paired and same_name_word(x, y)):
            if paired and wade_giles is None:
                wade_giles = any(is_wade_giles(w) for w in xs + ys)
            if not (paired and wade_giles and same_name_word(x, y, wade_giles=True)):
                failed.append(k)
                if failed[0] == 0 or len(failed) > 1:
                    return False  # as below: only one pair after the given name may fail
        full = full or min(len(clean(x)), len(clean(y))) > 1
    if len(failed) == 1 and failed[0] > 0:  # not in the given name, which tells kin apart
        k = failed[0]
        respelled = any(j != k and _respelled(x, y) for j, (x, y) in enumerate(zip(xs, ys, strict=True)))
        return full and respelled and same_name_word(xs[k], ys[k], respelled=True)
    return full and not failed


NameRelation = Literal["same", "maybe", "different"]


@lru_cache(maxsize=65536)
def name_word_relation(a: str, b: str, *, wade_giles: bool = False) -> NameRelation:
    """Whether two name words are one (:func:`same_name_word`, or one city's names:
    Peking/Beijing), may be one (a weak alternation alone: Kadhafi/Gaddafi, Hafiz/Hafez; an
    ambiguous city name: Canton/Guangzhou), or are different (Kharkiv/Kyiv)."""
    # The weak alternations only widen the strict ones: a pair they do not join is no pair at
    # all, the common case, settled by one family comparison instead of two.
    loose = same_name_word(a, b, wade_giles=wade_giles, respelled=True)
    if loose and same_name_word(a, b, wade_giles=wade_giles):
        return "same"
    place = same_place(a, b)
    if place is not None:
        return place
    return "maybe" if loose else "different"


@lru_cache(maxsize=65536)
def name_relation(a: str, b: str, *, within: bool = False) -> NameRelation:
    """Whether two names are one (:func:`same_name`, or one city's names: Peking/Beijing),
    may be one (each pair of words one or maybe one, by :func:`name_word_relation`: Muammar
    Kadhafi/Muammar Gaddafi, Hafiz al-Asad/Hafez al-Assad), or are different.

    With ``within``, the shorter name may be some of the longer one's words in their order
    (a claim's "Peter Tchaikowsky" against a source's "Pyotr Ilyich Tchaikovsky", "Kyiv"
    against "Kiev Metro"), as a claim names fewer words of a name than its source; at least
    one matched pair is more than an initial either way. Two different regnal numbers make
    two people ("Elizabeth I" / "Queen Elizabeth II")."""
    numbers = {_regnal(a), _regnal(b)} - {""}
    if len(numbers) == 2:
        return "different"
    if same_name(a, b):
        return "same"
    place = same_place(a, b)
    if place is not None:
        return place
    xs, ys = _name_words(a), _name_words(b)
    if not xs or not ys or (len(xs) != len(ys) and not within):
        return "different"
    if len(xs) > len(ys):
        xs, ys = ys, xs
    wade_giles: bool | None = None  # (read only once a pair of words may be one: most names have none)
    # Each pair of words is related once, into a table that the placings below read: they
    # meet each pair many times. A word of the shorter name that is none of the longer one's
    # words spoils every placing, so the common case (two unrelated names) ends at its row.
    relations: list[list[NameRelation]] = []
    for x in xs:
        may = [_may_pair(x, y) for y in ys]
        if not any(may):
            return "different"
        if wade_giles is None:
            wade_giles = any(is_wade_giles(w) for w in xs + ys)
        row: list[NameRelation] = [name_word_relation(x, y, wade_giles=wade_giles) if pairs else "different"
                                   for y, pairs in zip(ys, may, strict=True)]
        if all(r == "different" for r in row):
            return "different"
        relations.append(row)
    whole_x = [len(clean(x)) > 1 for x in xs]  # more than an initial
    whole_y = [len(clean(y)) > 1 for y in ys]
    best: NameRelation = "different"
    for places in combinations(range(len(ys)), len(xs)):
        if not any(whole_x[i] and whole_y[k] for i, k in enumerate(places)):
            continue
        found = {relations[i][k] for i, k in enumerate(places)}
        if found == {"same"}:
            return "same"
        if "different" not in found:
            best = "maybe"
    return best


_ROMAN_NUMERAL = re.compile(r"[IVXLC]+")


@lru_cache(maxsize=65536)  # pure; asked of both names of every pair name_relation meets
def _regnal(name: str) -> str:
    """The Roman numeral that ends a name of two words or more ("Henry VIII"), or ""."""
    words = name.split()
    return words[-1] if len(words) >= 2 and _ROMAN_NUMERAL.fullmatch(words[-1]) else ""


def _respelled(a: str, b: str) -> bool:
    """Whether two words of a name are one word in two romanisations, by an alternation of a
    vowel or consonant of the module docstring (Osama/Usama, Qasem/Kasem), not merely by a
    doubled letter or a digraph (Assad/Asad, Locke/Lokke, Creek/Crick: European spelling too)."""
    x, y = clean(a), clean(b)
    return min(len(x), len(y)) >= _MIN_LENGTH and _segments(x) != _segments(y) and _family_match(x, y)


@lru_cache(maxsize=65536)
def _name_words(name: str) -> tuple[str, ...]:
    return tuple(name_words(name))


def with_continuation(text: str, start: int, end: int) -> str:
    """``text[start:end]`` extended over the lower-case Wade-Giles syllables joined to it by
    hyphens (``"Mao Tse"`` in ``"Mao Tse-tung said"`` → ``"Mao Tse-tung"``)."""
    match = re.match(r"(?:-[a-z'’]+)+", text[end:end + 40])
    if match and is_wade_giles(text[start:end].split()[-1] + match.group()):
        end += match.end()
    return text[start:end]
