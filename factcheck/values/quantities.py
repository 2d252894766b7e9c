"""Numbers with units, money, percentages, durations, ages, ordinals and vague counts,
with the guards that reject years-as-counts and identifiers (COVID-19, Boeing 737)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from factcheck.models import Value
from factcheck.values.context import Gate, Scan, _Context, _value
from factcheck.values.numbers import ALSO_READ, _digit_value, _is_noun, _noun_after, _word_value, parse_number
from factcheck.values.patterns import (
    _AGE_AFTER,
    _AGE_BEFORE,
    _CHANGE_BEFORE,
    _COMPOUND_PART,
    _CURRENCY_AFTER,
    _CURRENCY_BEFORE,
    _DATE_HEDGE_BEFORE,
    _DEGREES_AFTER,
    _H,
    _HEDGE_BEFORE,
    _NOUN_AFTER,
    _NUMBER_CONTEXT,
    _ORDINAL_WORD,
    _PERCENT_AFTER,
    _PLURAL_UNIT_WORDS,
    _PREV_TOKEN,
    _QUANTITY,
    _SCALE_AFTER,
    _TIME_AFTER,
    _VAGUE_COUNT,
    _VAGUE_SCALES,
    _VAGUE_TIME,
    _YEAR_CONTEXT,
    NUMBER_WORDS,
)
from factcheck.values.tallies import ordered_noun_before
from factcheck.values.vocabulary import (
    _BIG,
    _CALENDAR,
    _COMMON,
    _CURRENCY_SIGNS,
    _CURRENCY_WORDS,
    _DENOMINATORS,
    _GLUED_UNITS,
    _IRREGULAR_PLURALS,
    _MONTHS,
    _ONES,
    _ORDINALS,
    _SECONDS,
    _TEENS,
    _TENS,
    _TIME_UNITS,
    _UNIT_ALIASES,
    _WEEKDAYS,
    MEASURES,
    PERCENT,
    PERCENT_CHANGE,
    PERCENTAGE_POINT,
    PHYSICAL_UNITS,
)

# "at one point", "at one time", "at one stage": when, not how many (an idiom of time, as "at
# some point" is); "scored one point" counts.
_AT_ONE_TIME = re.compile(r"(?i:at)\s(?i:one)\s+(?i:point|time|stage|moment)")


def _quantity_candidates(ctx: _Context) -> Iterable[Value]:
    """Numbers, money, percentages, ordinals, durations, ages and years in digits or words."""
    # Cheap literal tests first: the value reader runs on every candidate passage.
    lower = ctx.text.lower()
    if any(word in lower for word in _FRACTION_VALUES):
        # First: of two candidates as long, the first found wins, and "three quarters of
        # people" is a fraction before it is three things called quarters.
        yield from _word_fractions(ctx)
    if "one in " in lower or "one out of " in lower:
        yield from _one_in_shares(ctx)
    if any(phrase in lower for phrase in _A_UNIT_PHRASES):
        yield from _one_unit_compounds(ctx)
    yield from _half_units(ctx)
    for match in _QUANTITY_SCAN.finditer(ctx):
        value = _quantity(ctx, match)
        if value is not None and not _AT_ONE_TIME.fullmatch(ctx.text, max(0, value.start - 3), value.end):
            yield value
    if "score of" in lower or "score years" in lower:
        for match in _A_SCORE.finditer(ctx.text):
            noun = _NOUN_AFTER.match(ctx.text, match.end())
            if match["n"].lower() in ("a", "one") and not (noun and _is_noun(noun["w"]) and _is_counted(noun["w"])):
                continue  # "a score of zero", "a score of such": a game's score, or no count
            value = _after_number(ctx, match.start(), match.end(), 20.0 * (parse_number(match["n"]) or 1.0), "",
                                  words=match.group())
            if value is not None:
                yield value
    if "twice" in lower or "thrice" in lower:
        for match in _MULTIPLE.finditer(ctx.text):
            # "twice as many", "nearly twice the figure": two times, as "three times" reads
            yield _number(ctx, match.start(), match.end(), _MULTIPLES[match.group().lower()], "time")
    if any(word in lower for word in _CHANGE_HINTS):
        yield from _changes_in_words(ctx)
    for match in _DASH_RANGE_SCAN.finditer(ctx):
        value = _dash_range(ctx, match)
        if value is not None:
            yield value
    for match in _FRACTION_OF_SCAN.finditer(ctx):
        amount = _FRACTIONS[" ".join(match["f"].lower().replace("-", " ").split())] * _BIG[match["s"].lower()]
        value = _after_number(ctx, match.start(), match.end(), amount, "", words=match.group())
        if value is not None:
            yield value


# "14–18 feet", "4.3–5.5 m", "2-10%", "$50–$100 million", "40,000–100,000 years", "500 000–700 000
# inhabitants": a range written with a dash, read only with what it measures after it (a bare
# "17–22" may be a score, pages or an identifier).
_RANGE_END = r"\d{1,3}(?:,\d{3})+(?![\d.])|\d{1,3}(?:[ \u2009\u202f\u00a0]\d{3})+(?![\d.,])|\d+(?:\.\d+)?"
_DASH_RANGE = re.compile(rf"(?<![\w.,/#№–-])(?P<cur>{_CURRENCY_BEFORE})?(?P<low>{_RANGE_END})[-–](?P=cur)?(?P<high>{_RANGE_END})"
                         r"(?P<glue>%|km|kg|cm|mm|m|°[CF])?(?![\w.,–-]\d|[-–]\d)")
_QUANTITY_SCAN = Scan(_QUANTITY, digit=True, words=NUMBER_WORDS)
_DASH_RANGE_SCAN = Scan(_DASH_RANGE, digit=True)


# A relative change in words: "doubled" (+100%), "tripled" (+200%), "halved" (-50%), "rose by
# half" (50%), "fell by a third" (33⅓%), as "up 100%", "down 50%" state them (the change is
# unsigned, as a percentage's is). The verb is part of the value: a passage that says "up 50%"
# states "rose by half" whole.
_CHANGE_VERBS = ("rose|risen|rises|rising|grew|grown|grows|growing|increased|increases|climbed|jumped|soared"
                 "|fell|fallen|falls|falling|dropped|drops|declined|declines|decreased|decreases|shrank|shrunk"
                 "|slipped|slumped|plunged|was{_H}+up|was{_H}+down|were{_H}+up|were{_H}+down|is{_H}+up|is{_H}+down"
                 "|are{_H}+up|are{_H}+down|cut|reduced|raised")
_CHANGE_FRACTION = re.compile(
    rf"\b(?:{_CHANGE_VERBS.format(_H=_H)}){_H}+by{_H}+(?P<f>half|a{_H}+half|a{_H}+third|a{_H}+quarter|a{_H}+fifth"
    rf"|a{_H}+tenth|two[- ]thirds|three[- ]quarters)\b(?!{_H}+(?:of|an?|the)\b)"
    rf"|\b(?P<m>doubled|tripled|trebled|quadrupled|halved)\b(?!-\w)"
    rf"(?!{_H}+(?:as{_H}+an?|up|back|over)\b)", re.I)  # "doubled as a hospital" is no change
_CHANGE_AMOUNTS = {"half": 50.0, "a half": 50.0, "a third": 100 / 3, "a quarter": 25.0, "a fifth": 20.0,
                   "a tenth": 10.0, "two thirds": 200 / 3, "three quarters": 75.0, "doubled": 100.0,
                   "tripled": 200.0, "trebled": 200.0, "quadrupled": 300.0, "halved": 50.0}
_CHANGE_HINTS = ("by half", "by a ", "by two", "by three", "doubled", "tripled", "trebled", "quadrupled", "halved")


def _changes_in_words(ctx: _Context) -> Iterable[Value]:
    for match in _CHANGE_FRACTION.finditer(ctx.text):
        said = " ".join((match["f"] or match["m"]).lower().replace("-", " ").split())
        start = ctx.hedge_start(match.start(), _HEDGE_BEFORE) if match["m"] else match.start()  # "more than doubled"
        yield _value(ctx, "number", start, match.end(), amount=_CHANGE_AMOUNTS[said], unit=PERCENT_CHANGE)


# "a score of farms", "two score years": a score is twenty (OED, "score", n. II.11).
_A_SCORE = re.compile(rf"\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten){_H}+score(?={_H}+(?:of|years)\b)", re.I)
_MULTIPLES = {"twice": 2.0, "thrice": 3.0}
_MULTIPLE = re.compile(r"\b(?:twice|thrice)\b", re.I)


def _dash_range(ctx: _Context, match: re.Match[str]) -> Value | None:
    low, high = _range_end(ctx, match["low"]), _range_end(ctx, match["high"])
    if low is None or high is None or low >= high or _is_identifier(ctx, match.start(), words=False):
        return None
    currency = _CURRENCY_SIGNS.get((match["cur"] or "").lower(), "")
    glue = (match["glue"] or "").lower()
    if glue == "%":
        return _number(ctx, match.start(), match.end(), high, _percent_unit(ctx, match.start(), match.end()))
    if glue:
        return _number(ctx, match.start(), match.end(), high, _GLUED_UNITS.get(glue, ""))
    value = _after_number(ctx, match.start(), match.end(), high, currency)
    if value is None or not (currency or value.unit) or value.kind == "date":
        return None
    return value


def _range_end(ctx: _Context, digits: str) -> float | None:
    """One end of a dashed range: plain digits, or digits grouped in thousands by commas or spaces."""
    if digits.isdigit() or "." in digits:
        return float(digits)
    return _digit_value(digits, ctx.conventions.decimal_comma)


# A fraction in words ("three quarters", "one third", "a quarter"), read as a fraction where its
# place makes it one: before a magnitude ("a quarter million members", "one and a quarter
# million"), or before "of" ("three quarters of people", "one third of the ice", "three quarters
# of a century", "three-quarters of a mile"). Elsewhere "three quarters" are three of something
# (a game's quarters) and "a third" is an ordinal. A fraction of a century or decade is stated in
# years (three quarters of a century = 75 years).
_FRACTION_WORD = (r"(?P<f>(?:a|one)[- ]quarter|(?:two|three)[- ]quarters|(?:a|one)[- ]third|two[- ]thirds"
                  r"|(?:a|one)[- ](?:fifth|tenth|half)|(?:two|three|four)[- ]fifths|half(?=[ \t]+of\b))")
_WORD_FRACTION = re.compile(
    rf"\b(?:(?P<whole>one|two|three|four|five|six|seven|eight|nine|ten){_H}+and{_H}+)?{_FRACTION_WORD}"
    rf"(?:[- ](?P<s>thousand|million|billion|trillion)\b|(?={_H}+of{_H}+(?P<a>an?(?={_H}))?))", re.I)
_FRACTION_VALUES = {"quarter": 0.25, "third": 1 / 3, "fifth": 0.2, "tenth": 0.1, "half": 0.5}
_AND_BEFORE = re.compile(rf"\band{_H}+$", re.I)
_WHOLE = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10}


def _word_fractions(ctx: _Context) -> Iterable[Value]:
    for match in _WORD_FRACTION.finditer(ctx.text):
        count, denominator = re.split(r"[- ]", match["f"].lower()) if match["f"].lower() != "half" else ("a", "half")
        amount = _WHOLE[count] * _FRACTION_VALUES[denominator.removesuffix("s")]
        if not match["whole"] and _AND_BEFORE.search(ctx.text, max(0, match.start() - 6), match.start()):
            continue  # "an hour and a half of play": the end of a duration, no share
        if match["whole"]:
            if not match["s"]:
                continue  # "one and a quarter hours" is the duration reader's
            amount += _WHOLE[match["whole"].lower()]
        if match["s"]:
            value = _after_number(ctx, match.start(), match.end(), amount * _BIG[match["s"].lower()], "",
                                  words=match.group())
        elif match["a"]:  # "three quarters of a century", "three-quarters of a mile"
            value = _after_number(ctx, match.start(), match.end("a"), amount, "", words=match.group())
            if value is None or not value.unit:
                value = _number(ctx, match.start(), match.end(), amount, "")
            elif value.kind == "duration" and value.unit in ("century", "decade") and value.amount is not None:
                scale = 100 if value.unit == "century" else 10
                value = _value(ctx, "duration", value.start, value.end, amount=value.amount * scale, unit="year")
        else:  # "three quarters of people": a share, stated as the percentage it is (75%)
            value = _number(ctx, match.start(), match.end(), amount * 100, PERCENT)
        if value is not None:
            yield value


def _one_in_shares(ctx: _Context) -> Iterable[Value]:
    """"one in five commuters": a share (20%), the counted noun kept in the value's text."""
    for match in _ONE_IN.finditer(ctx.text):
        denominator = parse_number(match["n"])
        if not denominator or denominator < 2 or ctx.prev_word(match.start()) == "number" \
                or _SCALE_AFTER.match(ctx.text, match.end()):
            continue  # "number one in five countries" (a chart place), "one in 50 trillion"
        noun, end = _noun_after(ctx.text, match.end())
        if noun in _RATING_NOUNS or noun in _TIME_UNITS.values():
            continue  # "one out of five stars": a rating; "(a trip) in 80 days": a duration
        yield _number(ctx, match.start(), end, 100 / denominator, PERCENT)


_RATING_NOUNS = frozenset({"star", "point", "mark"})


# "one in five commuters", "one in every 10 adults", "one out of four": a share (20%, 10%, 25%).
_ONE_IN = re.compile(
    rf"\bone{_H}+(?:in|out{_H}+of){_H}+(?:every{_H}+)?(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven"
    rf"|twelve|twenty|fifty|(?:a{_H}+)?hundred|(?:a{_H}+)?thousand|[1-9]\d{{0,2}}(?:,\d{{3}})?)\b(?![.,]\d)", re.I)


# "a year and four months", "an hour and 55 minutes": one unit, then a smaller one; "a year"
# alone is left unread (it is often no measure: "a year of change").
_A_UNIT = re.compile(rf"\b(?P<a>an?){_H}+(?P<u>year|month|week|day|hour|minute)(?=,?{_H}+and{_H}+)", re.I)
_WORD_COUNTS = sorted({*_ONES, *_TEENS, *_TENS, "hundred", "thousand", "million", "dozen"}, key=len, reverse=True)
_A_UNIT_PHRASES = ("a year", "a month", "a week", "a day", "an hour", "a minute")


def _one_unit_compounds(ctx: _Context) -> Iterable[Value]:
    for match in _A_UNIT.finditer(ctx.text):
        if _COMPOUND_PART.match(ctx.text, match.end()):
            value = _duration(ctx, match.start(), match, 1.0, match["a"])
            if value is not None and value.unit != _TIME_UNITS[match["u"].lower()]:
                yield value


# "a week after", "a month later", "a year ago", "for a month", "spent a year in jail", "took a
# month", "lasted a week", "waited an hour", "in a single day": one unit, read only where the
# phrase measures time between events or a stretch of it (a verb of duration before it: "take"
# and "last" as Quirk et al. 1985, §10.35, class them, with "spend" and "wait"; "in" or "within"
# for the time something took, not "within a year of", whose "of" names a bound). Not "a year of
# change", nor a rate ("$6,000 a month", "twice a week"), nor a bound ("within a year of"): the
# words around tell the length.
_A_UNIT_SPAN = Scan(re.compile(
    rf"(?:\b(?P<before>for|after|spent|spend|spending|served|serve|serving|took|take|takes|taking|taken"
    rf"|lasted|last|lasts|lasting|waited|wait|waits|waiting|in|within){_H}+)?"
    rf"(?:\b(?:about|around|roughly|nearly|almost|over|under|more{_H}+than|less{_H}+than){_H}+)?"
    rf"\b(?P<a>an?)(?:{_H}+single)?{_H}+(?P<u>year|month|week|day|hour|minute)\b"
    rf"(?P<after>{_H}+(?:after|later|before|earlier|ago)\b)?", re.I),
    words=("year", "month", "week", "day", "hour", "minute"))
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
# "the following day", "the next week": one unit after the event before (a relative date read as
# the time between, as "a day later" is). Not "the next year": a claim dates by it what its source
# dates by the year itself ("born the next year" / "in December 2013"; WiCE dev lost a true claim).
# So is "the day after the attack", "the week before the trial" (one unit from the event named).
_NEXT_UNIT = Scan(re.compile(rf"\bthe{_H}+(?:(?:following|next){_H}+(?P<u>day|week)\b(?!{_H}+of\b)"
                             rf"|(?P<u2>day|week)(?={_H}+(?:after|before)\b))", re.I),
                  words=("following", "next", "after", "before"))
ONE_UNIT_GATE = Gate(_A_UNIT_SPAN, _NEXT_UNIT)
_RATE_BEFORE = re.compile(r"times$|once$|twice$|thrice$")


def _a_rate(ctx: _Context, start: int) -> bool:
    """Whether the "a" at ``start`` says "per": "35 times a day", "$300 a month", "300 euros a
    month" (a count or an amount in the two words before it, with no comma between: "On March
    14, a week after" measures)."""
    before = ctx.text[max(0, start - 40):start]
    if before.rstrip()[-1:] in (",", ";", ":", "("):
        return False
    return bool(_RATE_BEFORE.match(ctx.prev_word(start))) or any(c.isdigit() for w in before.split()[-2:] for c in w)


def _one_unit_candidates(ctx: _Context) -> Iterable[Value]:
    """One unit of time in words, where the phrase measures time: "a week after", "a month
    later", "a year ago", "for a month", "spent a year in jail", "the following day" (a duration
    of 1)."""
    for match in _NEXT_UNIT.finditer(ctx):
        yield _value(ctx, "duration", match.start(), match.end(), amount=1.0,
                     unit=_TIME_UNITS[(match["u"] or match["u2"]).lower()])
    for match in _A_UNIT_SPAN.finditer(ctx):
        if match["before"] is None and _a_rate(ctx, match.start("a")):
            continue
        if match["before"] and match["before"].lower() in ("in", "within") and (
                _OF_AFTER.match(ctx.text, match.end("u")) or _RATE_BEFORE.match(ctx.prev_word(match.start("before")))):
            continue  # "within a year of the attack", "in a year of change", "twice in a day": no length taken
        if (match["before"] or match["after"]) and not _COMPOUND_PART.match(ctx.text, match.end("u")):
            # (With its hedge: "spent about a year in jail" is a year, give or take.)
            yield _value(ctx, "duration", ctx.hedge_start(match.start("a"), _HEDGE_BEFORE), match.end("u"), amount=1.0,
                         unit=_TIME_UNITS[match["u"].lower()])


# "half a year", "half an hour" (0.5 of the unit) and "a year and a half", "an hour and a half"
# (1.5): durations that say their half in words. "half the year" and "the first half of the
# year" name a part of a period, not a length of time, and are left to the period readers.
_HALF_A_UNIT = Scan(re.compile(rf"\bhalf{_H}+an?{_H}+(?P<u>year|month|week|day|hour|minute)\b", re.I),
                    words=("half",))
_UNIT_AND_A_HALF = Scan(re.compile(rf"\ban?{_H}+(?P<u>year|month|week|day|hour|minute){_H}+and{_H}+a{_H}+half\b",
                                   re.I), words=("half",))


def _half_units(ctx: _Context) -> Iterable[Value]:
    for scan, amount in ((_HALF_A_UNIT, 0.5), (_UNIT_AND_A_HALF, 1.5)):
        for match in scan.finditer(ctx):
            yield _value(ctx, "duration", ctx.hedge_start(match.start(), _HEDGE_BEFORE), match.end(), amount=amount,
                         unit=_TIME_UNITS[match["u"].lower()])


# "a quarter of a billion", "three-quarters of a million", "half of one million": a fraction of
# a magnitude (read whole, so that "a billion" inside it is not taken for the amount).
_FRACTIONS = {"a quarter": 0.25, "one quarter": 0.25, "three quarters": 0.75, "a third": 1 / 3,
              "one third": 1 / 3, "two thirds": 2 / 3, "a half": 0.5, "one half": 0.5, "half": 0.5,
              "a fifth": 0.2, "one fifth": 0.2, "a tenth": 0.1, "one tenth": 0.1}
_MAGNITUDES = ("thousand", "million", "billion", "trillion")
_FRACTION_OF = re.compile(
    r"\b(?P<f>(?:a|one)[- ]quarter|three[- ]quarters|(?:a|one)[- ]third|two[- ]thirds|(?:a|one)[- ]half|half"
    rf"|(?:a|one)[- ]fifth|(?:a|one)[- ]tenth)[- ]of[- ](?:a|an|one)[- ](?P<s>{'|'.join(_MAGNITUDES)})\b",
    re.I)
_FRACTION_OF_SCAN = Scan(_FRACTION_OF, words=_MAGNITUDES)
# What every value of _quantity_candidates holds besides its scans' needs (a digit, a number
# word, "half", a magnitude): a fraction in words its fraction's word ("three quarters of",
# "a third", "two-thirds"), "a score of" its "score", "twice"/"thrice", a change in words its
# verb ("doubled") or its fraction ("rose by a third"); "one in five" holds "one" and "a year
# and four months" its second count, both number words. Each is a whole run of letters there.
QUANTITIES_GATE = Gate(_QUANTITY_SCAN, _DASH_RANGE_SCAN, _FRACTION_OF_SCAN, _HALF_A_UNIT, _UNIT_AND_A_HALF,
                       words=("quarter", "quarters", "third", "thirds", "fifth", "fifths", "tenth", "half", "score",
                              "twice", "thrice", "doubled", "tripled", "trebled", "quadrupled", "halved"))


def _quantity(ctx: _Context, match: re.Match[str]) -> Value | None:
    """Classify one number match by what is glued to it and what follows it."""
    if match["words"]:
        amount = _word_value(" ".join(match["words"].lower().split()))
        if amount is None or _is_identifier(ctx, match.start("words"), words=True):
            return None
        value = _after_number(ctx, match.start(), match.end(), amount, "", words=match["words"])
        if value is not None and value.kind == "number" and not value.unit and _spoken_thousands_year(ctx, match, amount):
            return _value(ctx, "date", ctx.hedge_start(match.start(), _DATE_HEDGE_BEFORE), match.end(),
                          date=(int(amount), None, None))
        return value
    amount = _digit_value(match["digits"], ctx.conventions.decimal_comma)
    if (amount is None or ctx.conventions.decimal_comma is False) and _counts_whole(ctx, match):
        amount = _digit_value(match["digits"], True)
    grouped = 0.0
    if amount is None and ctx.conventions.both_readings and _POINT_OR_GROUP.fullmatch(match["digits"]):
        # "42.195 km" in a claim: decimals or thousands. Both readings are kept, the point's as
        # the amount and the group's in the key, and compare as either (number_readings).
        amount, grouped = float(match["digits"]), 1000.0
    if amount is None:
        return None  # "4.719 km" where the document does not say which separator groups digits
    value = _digits_quantity(ctx, match, amount)
    if not grouped or value is None or value.amount is None:
        return value
    return replace(value, key=f"{ALSO_READ}{value.amount * grouped!r}")


_POINT_OR_GROUP = re.compile(r"\d{1,3}\.\d{3}")


def _digits_quantity(ctx: _Context, match: re.Match[str], amount: float) -> Value | None:
    """A number in digits, ``amount`` as read, classified by what is glued to it and follows it."""
    glue = (match["glue"] or "").lower()
    currency = _CURRENCY_SIGNS.get((match["cur"] or "").strip().lower(), "")
    start, end = match.start(), match.end()
    if _after_range_dash(ctx.text, match.start("digits")):
        return None  # the second half of "1979–2000" or "26-28"
    if not currency and not glue and len(match["digits"]) <= 3 and match["digits"].isdigit() \
            and ordered_noun_before(ctx.text, start):
        return None  # "chapter 4 of the novel", "Act 2": an ordinal (tallies.py), no count of novels
    if glue and not currency and (glue not in ("bn", "mn", "k", "%", "+")):  # "35k spectators": thousands
        return _glued(ctx, match, amount, glue)
    amount *= {"bn": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3, "b": 1e9}.get(glue, 1.0)
    if ctx.text[start - 1:start] == "(" and ctx.text[end:end + 1] == ")" and not currency \
            and not glue and not _is_year(ctx, match):
        return None  # "(1)", "(2)": list markers and archive counts, not claims
    if (ctx.text[start - 1:start] == "\u2212" and (start < 2 or not ctx.text[start - 2].isalnum())) \
            or (ctx.text[start - 1:start] == "-" and (start < 2 or ctx.text[start - 2] in _BEFORE_MINUS)):
        # "−60 °C", "−4.96%": the minus sign (U+2212) is no dash; nor is a hyphen-minus that
        # opens a word ("fell to -20 °C", "grew by -2.5%"), as typists write the sign
        amount, start = -amount, start - 1
    elif not currency and (minus := _MINUS_WORD.search(ctx.text, max(0, start - 7), start)):
        amount, start = -amount, minus.start()  # "fell to minus 12 °C", "minus 15 degrees"
    if glue == "%":
        return _number(ctx, start, end, amount, _percent_unit(ctx, start, end))
    if not currency and not glue and _is_year(ctx, match):
        return _value(ctx, "date", ctx.hedge_start(start, _DATE_HEDGE_BEFORE), end,
                      date=(int(amount), None, None))
    if not currency and not glue and (age := _apposed_age(ctx, match, amount)) is not None:
        return age  # "Lindqvist, 52, said ...": her age
    if not currency and not glue and (rival := _rival_count(ctx, start, end, amount)) is not None:
        return rival  # "54,210 votes to Tom Hale's 48,900": Hale's 48,900 votes
    if not currency and _is_identifier(ctx, match.start("digits"), words=False):
        # After a name, a number is an identifier ("Boeing 737", "Windows 10"), unless it is
        # money or a magnitude: "fined Aidos Serik 2.5 million rubles" states an amount.
        value = _after_number(ctx, start, end, amount, currency)
        if value is None or not (value.unit in _MONEY_UNITS or _MAGNITUDE_AFTER.match(ctx.text, end)
                                 or _owned_share(ctx, start, value)):
            return None
        return value
    return _after_number(ctx, start, end, amount, currency)


# A name and its comma right before a number set off by commas: "Lindqvist, 52, said", "Brand,
# 36, was cleared" (the news convention for a person's age). Not after a month or weekday.
_NAME_COMMA_BEFORE = re.compile(r"\b(?P<w>[A-Z][\w'’-]+),[^\S\r\n]+$")


def _apposed_age(ctx: _Context, match: re.Match[str], amount: float) -> Value | None:
    """A person's age set off by commas after the name (:data:`_NAME_COMMA_BEFORE`), as an
    ``age`` in years; None for anything else (a whole number of 1 to 119 only)."""
    start, end = match.start(), match.end()
    if not match["digits"].isdigit() or not 1 <= amount <= 119 or ctx.text[end:end + 1] != ",":
        return None
    name = _NAME_COMMA_BEFORE.search(ctx.text, max(0, start - 40), start)
    if name is None or name["w"].lower() in _MONTHS or name["w"].lower() in _WEEKDAYS:
        return None
    return _value(ctx, "age", start, end, amount=amount, unit="year")


def _owned_share(ctx: _Context, start: int, value: Value) -> bool:
    """Whether a number after a possessive name is that name's percentage ("to Hargreaves's 41
    per cent", "Kestrel's 24%"): a share the name has, not an identifier ("Boeing's 737")."""
    return value.unit in ("percent", PERCENTAGE_POINT) and bool(
        _POSSESSIVE_BEFORE.search(ctx.text, max(0, start - 4), start))


# "received 54,210 votes to Tom Hale's 48,900", "won 54 per cent against Hale's 46": a count set
# against a rival's, whose noun the rival's count leaves out (an ellipsis). The first count's noun
# (or its percent) is the second's; the possessive name before the second says whose it is.
_RIVAL_BEFORE = re.compile(
    r"(?<![\w.,])\d[\d,.]*(?:[^\S\r\n]*(?P<percent>%|per[^\S\r\n]?cent\b|percent\b)"
    r"|[^\S\r\n]+(?P<noun>[a-z]+))[^\S\r\n]+"
    r"(?:to|against|versus|vs\.?|compared[^\S\r\n]+(?:with|to))[^\S\r\n]+(?:the[^\S\r\n]+)?"
    r"(?:[A-Z][\w.’'-]*[^\S\r\n]+){0,3}[A-Z][\w-]*['’]s?[^\S\r\n]+$")
_RIVAL_REACH = 90  # characters back from the rival's count to the first count


def _rival_count(ctx: _Context, start: int, end: int, amount: float) -> Value | None:
    """A bare count after a possessive name that rivals a count before it (:data:`_RIVAL_BEFORE`):
    the count with the first one's noun or percent, or None. A count followed by a noun of its own
    ("to Ford's 3,000 trucks") is read as usual."""
    if not _POSSESSIVE_BEFORE.search(ctx.text, max(0, start - 4), start) or (_NOUN_AFTER.match(ctx.text, end) \
            and _noun_after(ctx.text, end)[0]):
        return None
    rival = _RIVAL_BEFORE.search(ctx.text, max(0, start - _RIVAL_REACH), start)
    if rival is None:
        return None
    if rival["percent"]:
        return _number(ctx, start, end, amount, "percent")
    noun, _ = _noun_after(ctx.text, rival.start("noun") - 1)
    if not noun or not rival["noun"].endswith("s"):
        return None  # a plural counted noun only: "54,210 votes", not "in 2019 to Hale's"
    return _number(ctx, start, end, amount, noun)


_MINUS_WORD = re.compile(r"\bminus[ \t]+$", re.I)
_BEFORE_MINUS = frozenset(" \t\n\u00a0([")  # what may stand before a hyphen-minus that is a sign


_SPOKEN_YEAR_BEFORE = frozenset("in since until till before after during year circa".split())


def _spoken_thousands_year(ctx: _Context, match: re.Match[str], amount: float) -> bool:
    """"in two thousand and twelve", "the year two thousand", "in nineteen hundred and five": a
    year said in thousands or hundreds (the years a transcript writes out), where a year is
    expected and nothing is counted."""
    words = match["words"].lower()
    hundreds = re.match(r"(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
                        r"[- ]hundred\b", words)  # "nineteen hundred and five": a year said in hundreds
    if ("thousand" not in words and not hundreds) or amount != int(amount) or not 1000 <= amount <= 2099:
        return False
    before = ctx.prev_word(match.start())
    return before == "year" or (before in _SPOKEN_YEAR_BEFORE and amount % 1000 != 0)


_MONEY_UNITS = frozenset(_CURRENCY_WORDS.values())
_MAGNITUDE_AFTER = re.compile(rf"{_H}+(?:thousand|million|billion|trillion)\b", re.IGNORECASE)


def _counts_whole(ctx: _Context, match: re.Match[str]) -> bool:
    """Whether an ambiguous "45.000" can only be forty-five thousand: nobody writes a decimal
    with three trailing zeros ("8.000 people"), nor counts people, votes or cars in fractions
    ("45.312 inhabitants": a plural noun of things counted whole, not a unit of measure)."""
    digits = match["digits"]
    if not re.fullmatch(r"\d{1,3}\.\d{3}", digits):
        return False
    if digits.endswith(".000"):
        return True
    noun, noun_end = _noun_after(ctx.text, match.end())
    written = ctx.text[match.end():noun_end].strip().lower()
    return bool(noun) and written != noun and noun not in _MEASURE_NOUNS


_MEASURE_NOUNS = frozenset({*MEASURES, *_UNIT_ALIASES.values(), *_TIME_UNITS.values(), "degree", "ton", "ounce", "point"})


_POSSESSIVE_BEFORE = re.compile(r"\w(?:['’]s?)[^\S\r\n]+$")


def _after_range_dash(text: str, start: int) -> bool:
    """Whether a number follows "<digit>-": the end of a range, a score or a phone number."""
    return start > 1 and text[start - 1] in "-–" and text[start - 2].isdigit()


def _glued(ctx: _Context, match: re.Match[str], amount: float, glue: str) -> Value | None:
    """A number with letters glued on: ordinal (21st), decade (1990s) or unit (5km)."""
    start, end = match.start(), match.end()
    if glue in ("st", "nd", "rd", "th"):
        possessive = _POSSESSIVE_BEFORE.search(ctx.text, max(0, start - 4), start)
        if (_is_identifier(ctx, start, words=False) and not possessive and not _rank_of_name(ctx, start, end)) \
                or "," in match["digits"]:
            return None  # but "Rovers' 121st year", "Apple's 10th store": what the name has
        unit, noun_end = _noun_after(ctx.text, end)
        return _value(ctx, "ordinal", start, max(end, noun_end), amount=amount, unit=unit)
    if glue == "s":
        if _is_identifier(ctx, start, words=False) or ctx.text[end:end + 1] in ("-", "–"):
            return None  # "1970s–1980s": a span, not one decade
        year = int(amount)
        if not (1000 <= year <= 2090 and year % 10 == 0 and match["digits"].isdigit()):
            return None
        unit = "century" if year % 100 == 0 and year <= 1900 else "decade"
        return _value(ctx, "date", start, end, date=(year, None, None), unit=unit)
    if glue == "m":
        return _metres_or_millions(ctx, start, end, amount)
    if glue in _GLUED_UNITS and not _is_identifier(ctx, start, words=False):
        return _number(ctx, start, end, amount, _GLUED_UNITS[glue])
    return None


_MONEY_BEFORE = frozenset("paid pay pays paying worth cost costs spent spend spends raised raise raises earned "
                          "earns earning fee fees sold bought budget budgeted priced valued fine fined".split())


def _metres_or_millions(ctx: _Context, start: int, end: int, amount: float) -> Value | None:
    """"1.5m people" is a million-scale count, "1.5m euros" money (as "€1.5m"), "the 100m
    sprint" and "2m high" are metres, and "paid 1.5m for him" (money without a currency) is
    either and is not read."""
    if follow := _CURRENCY_AFTER.match(ctx.text, end):
        return _number(ctx, start, follow.end(), amount * 1e6, _follow_unit(follow))
    noun, noun_end = _noun_after(ctx.text, end)
    written = ctx.text[end:noun_end].strip().lower()
    if noun and written != noun:  # a plural noun counts
        return _number(ctx, start, noun_end, amount * 1e6, noun)
    if ctx.prev_word(start) in _MONEY_BEFORE or _is_identifier(ctx, start, words=False):
        return None
    return _number(ctx, start, end, amount, "metre")


def _number(ctx: _Context, start: int, end: int, amount: float, unit: str) -> Value:
    """A count or amount, with any hedge ("about", "up to") kept inside its text; a length
    per hour or second ("100 km/h", "60 miles per hour", "33 metres per second", "11 km/s") is a speed."""
    if unit in ("kilometre", "mile", "metre", "foot") and (speed := _PER_TIME.match(ctx.text, end)):
        per = "second" if speed["s"] else "hour"
        if f"{unit} per {per}" in PHYSICAL_UNITS:
            end, unit = speed.end(), f"{unit} per {per}"
    return _value(ctx, "number", ctx.hedge_start(start, _HEDGE_BEFORE), end,
                  amount=amount, unit=unit)


_PER_TIME = re.compile(r"/h\b|/hr\b|[^\S\r\n]+(?:per|an|a)[^\S\r\n]+hour\b"
                       r"|(?P<s>/s\b|/sec\b|[^\S\r\n]+(?:per|a)[^\S\r\n]+second\b)", re.I)


def _after_number(ctx: _Context, start: int, end: int, amount: float, currency: str,
                  words: str = "") -> Value | None:
    """Decide the kind and unit of a number from the words that follow it."""
    text = ctx.text
    scale = _SCALE_AFTER.match(text, end) if not words else None
    if scale:
        amount, end = amount * _BIG[scale["s"].lower()], scale.end()
    if currency:
        return _number(ctx, start, end, amount, currency)
    if age := _AGE_AFTER.match(text, end):
        unit = (age["u"] or age["u2"]).lower()
        return _value(ctx, "age", ctx.hedge_start(start, _HEDGE_BEFORE), age.end(),
                      amount=amount, unit=unit)
    if time := _TIME_AFTER.match(text, end):
        return _duration(ctx, start, time, amount, words)
    if follow := _PERCENT_AFTER.match(text, end):
        unit = PERCENTAGE_POINT if follow["pp"] else _percent_unit(ctx, start, follow.end())
        return _number(ctx, start, follow.end(), amount, unit)
    for pattern in (_CURRENCY_AFTER, _DEGREES_AFTER):
        if follow := pattern.match(text, end):
            unit = _follow_unit(follow)
            if unit == "gbp" and not currency and _WEIGHT_BEFORE.search(text, max(0, start - 60), start):
                unit = "pound"  # "weighed 550 pounds": a mass, not money
            return _number(ctx, start, follow.end(), amount, unit)
    noun, noun_end = _noun_after(text, end)
    if noun in _DENOMINATORS and text[end:end + 1] == "-":
        return _number(ctx, start, noun_end, amount / _DENOMINATORS[noun], "")  # "nine-tenths"
    if not noun and words.lower() in ("one", "a", "an"):
        return None  # "no one", "one more time": a pronoun, not a count
    if not noun and _POPULATION_BEFORE.search(text, max(0, start - _POPULATION_REACH), start):
        noun = "person"  # "a mostly Muslim country of around 18 million": its people
    return _number(ctx, start, max(end, noun_end), amount, noun)


# A place "of" a bare count counts its people ("a country of around 18 million", "a city of
# 80,000"): the noun the count leaves out is its inhabitants.
_POPULATION_BEFORE = re.compile(
    r"\b(?:country|nation|city|town|village|region|province|state|island|capital|metropolis|republic)"
    r"[^\S\r\n]+of[^\S\r\n]+(?:(?:about|around|roughly|some|nearly|almost|over|more[^\S\r\n]+than|"
    r"approximately|just[^\S\r\n]+over|just[^\S\r\n]+under|under|fewer[^\S\r\n]+than)[^\S\r\n]+)?$",
    re.I)
_POPULATION_REACH = 60


def _percent_unit(ctx: _Context, start: int, end: int) -> str:
    """A percentage is a level ("unemployment was 6%") or a relative change ("rose by 50%",
    "an increase of 50%", "up 50%"); a difference of two percentages is stated in percentage
    points, a unit of its own. The three never compare as one unit (Eurostat, "Statistics
    Explained: Percentage point"; the AP Stylebook, "percentage points"). ``start`` and ``end``
    bound the percentage ("2%", "5 percent")."""
    before = _CHANGE_BEFORE.search(ctx.text, max(0, start - 40), start)
    if before and before.group().split()[0].lower() in ("up", "down") \
            and ctx.prev_word(before.start()) in _PHRASAL_UP:
        before = None  # "made up 37%", "take up 5%": a share, not a change
    if before or _CHANGE_AFTER.match(ctx.text, end):  # "a 25% increase"
        return PERCENT_CHANGE
    return PERCENT


_WEIGHT_BEFORE = re.compile(r"\b(?:weigh(?:s|ed|ing|t|ts)?|heav(?:y|ier|iest)|mass|load|lift(?:s|ed)?|gain(?:ed)?|lost|lose)\b"
                            r"[^.;]*$", re.I)
_PHRASAL_UP = frozenset("made make makes making take takes took taking taken add adds added adding sum sums summed "
                        "set sets end ends ended".split())
_CHANGE_AFTER = re.compile(r"[^\S\r\n]*(?:increase|rise|drop|decrease|decline|fall|gain|jump|growth|cut|reduction|hike"
                           r"|surge|slump|expansion|contraction)s?\b", re.I)


def _follow_unit(match: re.Match[str]) -> str:
    """Unit of a currency word or a degree mark matched after a number."""
    groups = match.groupdict()
    if groups.get("c"):
        return _CURRENCY_WORDS[groups["c"].lower()]
    scale = (groups.get("g") or groups.get("s") or "").lower()
    return {"c": "celsius", "f": "fahrenheit", "celsius": "celsius", "centigrade": "celsius",
            "fahrenheit": "fahrenheit"}.get(scale, "degree")


def _duration(ctx: _Context, start: int, time: re.Match[str], amount: float,
              words: str) -> Value | None:
    """A number of time units, folding "two years and three months" into 27 months."""
    unit = _TIME_UNITS[time["u"].lower()]
    if words.lower() == "one" and unit == "day" and _idiomatic_one_day(ctx, start, time.end()):
        return None
    end = time.end()
    while part := _COMPOUND_PART.match(ctx.text, end):
        smaller = _TIME_UNITS[part["u"].lower()]
        factor = _unit_factor(unit, smaller)
        count = parse_number(part["n"])
        if factor is None or factor <= 1 or count is None:
            break
        amount, unit, end = amount * factor + count, smaller, part.end()
    return _value(ctx, "duration", ctx.hedge_start(start, _HEDGE_BEFORE), end,
                  amount=amount, unit=unit)


def _idiomatic_one_day(ctx: _Context, start: int, end: int) -> bool:
    """"And then one day, ..." tells a story; it is not a one-day duration."""
    following = ctx.text[end:end + 2]
    return following.startswith(",") or ctx.prev_word(start) in ("then", "until", "some")


def _unit_factor(big: str, small: str) -> float | None:
    """How many ``small`` units make one ``big`` unit, when that is exact."""
    for table in (_SECONDS, _CALENDAR):
        if big in table and small in table:
            return table[big] / table[small]
    return None


# Adverbs that bound or round a number (the hedges of _HEDGE_BEFORE and their kin) beyond the
# common words: capitalised at a sentence's start they are no name that numbers a model.
_NUMBER_ADVERBS = frozenset("approximately roughly exactly precisely fully estimated barely fewer".split())


def _is_identifier(ctx: _Context, start: int, *, words: bool) -> bool:
    """Numbers glued to ids (COVID-19, Boeing 737) or ranges (2014-16) are not values."""
    text = ctx.text
    if start > 0 and text[start - 1] in "-–":
        before = text[max(0, start - 30):start - 1]
        if not before or not before[-1].isalpha():
            return bool(before) and before[-1].isdigit()
        word = re.search(r"[\w]+$", before)
        return bool(word and (not word.group().islower() or any(c.isdigit() for c in word.group())))
    if words:
        return False
    token = _PREV_TOKEN.search(text, max(0, start - 40), start)
    if not token:
        return False
    prev = token.group(1)
    if prev.lower() in ("no.", "nos.", "#", "№"):
        return True
    if not prev[:1].isupper() or prev.lower().rstrip(".,") in _COMMON or prev.lower() in _NUMBER_ADVERBS:
        return False  # "Roughly 500,000 tourists": a sentence's first word, no name
    return prev.lower().rstrip(".") not in _MONTHS and prev[-1] not in ",.;:"


def _is_year(ctx: _Context, match: re.Match[str]) -> bool:
    """A bare 4-digit number is a year when its position says so (in 2018, the 2021 Index)."""
    digits = match["digits"]
    if not (len(digits) == 4 and digits.isdigit()):
        return False
    year = int(digits)
    if not 1000 <= year <= 2100:
        return False
    end = match.end()
    if _SCALE_AFTER.match(ctx.text, end) or _PERCENT_AFTER.match(ctx.text, end):
        return False
    if ctx.text[max(0, match.start() - 4):match.start()].lower() == "mid-":
        return True  # "mid-1995 shows ...": a year, whatever follows
    noun = _NOUN_AFTER.match(ctx.text, end)
    if noun and _is_noun(noun["w"]) and _is_counted(noun["w"]):
        return False
    prev = ctx.prev_word(match.start())
    if prev in _YEAR_CONTEXT or prev in _MONTHS:
        return True
    if ctx.text[match.start() - 1:match.start()] == "(" and ctx.text[end:end + 1] in (")", "–", "-", ","):
        return True  # "Madonna (1638)", "(1944–2001)"
    if prev in _NUMBER_CONTEXT:
        return False
    return 1900 <= year <= 2099


def _is_counted(word: str) -> bool:
    """A plural noun after a number means it counts things (2000 people), not a year."""
    if word in _IRREGULAR_PLURALS or word in _TIME_UNITS:
        return True
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _rank_of_name(ctx: _Context, start: int, end: int) -> bool:
    """Whether an ordinal after a name is the name's rank, not part of an identifier: a place
    among a number ("Kazakhstan 125th out of 180 countries", "Norway 3rd of 20"), or a place a
    placing verb gives the name ("placed Kazakhstan 125th", "ranked Oslo 2nd")."""
    if _RANK_AMONG.match(ctx.text, end):
        return True
    name = _PREV_TOKEN.search(ctx.text, max(0, start - 40), start)
    return name is not None and bool(_PLACING.search(ctx.text, max(0, name.start(1) - 30), name.start(1)))


_RANK_AMONG = re.compile(r"[^\S\r\n]+(?:out[^\S\r\n]+)?of[^\S\r\n]+(?:the[^\S\r\n]+)?\d")


# Verbs that give a rank by an ordinal alone (a race's or a poll's place).
_PLACING = re.compile(r"\b(?:finish(?:ed|es|ing)?|c[oa]me|comes|coming|plac(?:ed|es|ing)|rank(?:ed|s|ing)?|rat(?:ed|es|ing)|end(?:ed|s)?)"
                      r"[^\S\r\n]+$", re.I)


_ORDINAL_WORD_SCAN = Scan(_ORDINAL_WORD, words=_ORDINALS)  # "twenty-first" holds "first"
_VAGUE_COUNT_SCAN = Scan(_VAGUE_COUNT, words=_VAGUE_SCALES)
_VAGUE_TIME_SCAN = Scan(_VAGUE_TIME, words=_PLURAL_UNIT_WORDS)
_AGE_BEFORE_SCAN = Scan(_AGE_BEFORE, words=("age", "aged"))
WORD_ORDINALS_GATE = Gate(_ORDINAL_WORD_SCAN)
VAGUE_GATE = Gate(_VAGUE_COUNT_SCAN, _VAGUE_TIME_SCAN)
AGE_PREFIX_GATE = Gate(_AGE_BEFORE_SCAN)


_FRACTION_BEFORE = re.compile(r"\b(?:a|one)[ -]$", re.I)


def _word_ordinal_candidates(ctx: _Context) -> Iterable[Value]:
    """Ordinals in words ("sixth floor", "twenty-first century"), only before a noun."""
    for match in _ORDINAL_WORD_SCAN.finditer(ctx):
        if _FRACTION_BEFORE.search(ctx.text, max(0, match.start() - 5), match.start()) \
                and ctx.text[match.end():match.end() + 3].lower() == " of":
            continue  # "a third of the members", "one fifth of": a share (_word_fractions), no rank
        unit, end = _noun_after(ctx.text, match.end())
        if not unit and _PLACING.search(ctx.text, max(0, match.start() - 20), match.start()):
            unit, end = "place", match.end()  # "finished second", "came third", "ranked first"
        if not unit or (unit in _TIME_UNITS.values() and match.group().lower() == "second"):
            continue
        parts = re.split(r"-", match.group().lower())
        amount = sum(_TENS.get(p, _ORDINALS.get(p, 0)) for p in parts)
        yield _value(ctx, "ordinal", match.start(), end, amount=float(amount), unit=unit)


def _vague_candidates(ctx: _Context) -> Iterable[Value]:
    """"hundreds of cases", "several months", "hours later": a scale without a count."""
    for match in _VAGUE_COUNT_SCAN.finditer(ctx):
        unit, end = _noun_after(ctx.text, match.end())
        scale = {"dozens": 12.0, "hundreds": 100.0}.get(match["w"].lower())
        amount = scale or _BIG[match["w"].lower()[:-1]]
        yield _value(ctx, "number", match.start(), end, amount=amount, unit=unit)
    for match in _VAGUE_TIME_SCAN.finditer(ctx):
        if match["u2"] and _COUNT_BEFORE.search(ctx.text, max(0, match.start() - 24), match.start()):
            continue  # "five years later", "20 days ago": a stated count, the duration reader's
        unit = _TIME_UNITS[(match["u1"] or match["u2"] or match["u3"]).lower()]
        yield _value(ctx, "duration", match.start(), match.end(), unit=unit)


_COUNT_BEFORE = re.compile(rf"(?:\d|\b(?:{'|'.join(_WORD_COUNTS)}))[- ]?$", re.I)


def _age_prefix_candidates(ctx: _Context) -> Iterable[Value]:
    """"aged 17", "at the age of 17"."""
    for match in _AGE_BEFORE_SCAN.finditer(ctx):
        amount = parse_number(match["n"])
        if amount is None:
            continue
        if time := _TIME_AFTER.match(ctx.text, match.end()):
            # "at the age of nine months", "age of 10 years and 3 months": an age in that unit
            stated = _duration(ctx, match.start("n"), time, amount, match["n"])
            if stated is not None and stated.amount is not None:
                yield _value(ctx, "age", match.start(), stated.end, amount=stated.amount, unit=stated.unit)
                continue
        yield _value(ctx, "age", match.start(), match.end(), amount=amount, unit="year")
