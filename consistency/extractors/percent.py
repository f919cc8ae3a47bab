"""Percentages: "6.9%", "over 20 percent", "6.9 per cent", "twenty percent", "3 percentage
points", "50 basis points" (read as 0.5 percentage points), ranges ("between 5 and 7
percent", "5-7%", "5% to 7%") and bound words as for money ("nearly", "more than").

The value is the magnitude as written ("fell 6.9%" → ``6.9``) with the precision of the
figure in ``low``/``high``; the unit is ``percent`` or ``percentage points``, which are
different units (5% → 8% is a rise of 3 percentage points, or of 60 percent). When the
figure is a change, ``note`` says which way: ``change:up`` / ``change:down`` for a change
verb before it ("fell", "rose by", "has increased by", "up", "down", "a rise of"), a
change noun or a comparative after it ("a 5% drop", "5% lower than", "5% below their peak", "4% down
on a year earlier") or a sign ("-3%"); before a figure the same comparatives are bounds ("below
5%"). "Rose to 7%" states a level, not a
change, and carries no note. "Rose from 5% to 7%" is two levels, not a range; "from 50 to 80%"
with no change or move before it ("ranging from", "let from 50 to 80% through") is a range. A figure in the scope
of "wish" ("I wish inflation were 2%") is hoped for, not reported, and is skipped.

Fractions of a point named in words are percentage points: "a percentage point", "a half-point
cut", "three-quarters of a point". Without "percentage" a point is one only where the sentence
speaks of a rate ("the Fed raised rates by a quarter point"); "extended his lead to half a point"
is a score.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..schema import Fact
from ..text import SPACE
from ._base import DocumentContext, Example
from ._context import added_to, canonical_subject, scope_of, subject_of_quantity, without_asides, without_period
from ._numbers import (
    BOUND,
    FALL_WORDS,
    FRACTION_OF_ONE,
    LOWERING_VERBS,
    NUMBER_DIGITS,
    NUMBER_WORDS,
    OBJECT_VERBS,
    RISE_WORDS,
    Reading,
    address_spans,
    bound_qualifier,
    canonical,
    counted_noun,
    in_spans,
    interval,
    read_number,
    wished,
)

KIND = "percent"

_SP = SPACE
#: The unit words by first letter, each followed by the rest of its forms (in any case).
_UNIT_WORDS = {"p": rf"er{_SP}*cent(?:age{_SP}+points?)?|ct", "b": rf"asis{_SP}+points?|ps?"}
_UNIT = rf"(?:%|(?<![A-Za-z])(?i:{'|'.join(f'{first}(?:{rest})' for first, rest in _UNIT_WORDS.items())})\b)"
_NUM = rf"(?:{NUMBER_DIGITS}|{FRACTION_OF_ONE}|{NUMBER_WORDS})"
_ATOM = re.compile(
    rf"(?:(?<![\w.,/+\-−])(?P<sign>[+\-−])|(?<![\w.,/+\-−%]))(?P<num>{_NUM})"
    rf"(?:{_SP}*(?P<unit1>{_UNIT}))?"
    rf"(?:{_SP}*(?P<sep>-|–|—|(?i:to|and)(?={_SP})){_SP}*(?P<num2>{_NUM}))?"
    rf"{_SP}*(?P<unit>{_UNIT})"
)
#: Units are rare, so the scan looks for them and reads the figure backwards from each. Each
#: branch opens with a literal first character (the letter test follows it as a look-behind), so
#: the engine skips from one "%", "p" or "b" to the next instead of trying every position.
_UNIT_SCAN = re.compile("%|" + "|".join(rf"{letter}(?<![A-Za-z].)(?i:{rest})\b" for first, rest in _UNIT_WORDS.items()
                                        for letter in (first, first.upper())))
_ATOM_TO_UNIT = re.compile(_ATOM.pattern + r"\Z")
_BOUND_BEFORE = re.compile(rf"(?P<bound>{BOUND}){_SP}+$")
_BETWEEN_BEFORE = re.compile(rf"\b(?i:between){_SP}+$")
_FROM_BEFORE = re.compile(rf"\b(?i:from){_SP}+$")
_PHRASAL = re.compile(rf"\b(?i:make|makes|made|making|take|takes|took|taking|set|sets|add|adds|added|sum|"
                      rf"summed|step|stepped|pick|picked|turn|turned|break|broke|back|backed|put|puts|end|ends|"
                      rf"ended|narrow|narrowed|bring|brings|brought|hold|holds|held|shut|live){_SP}+$")
_CHANGE_BEFORE = re.compile(
    rf"(?i:\b(?:(?P<verb>{RISE_WORDS}|{FALL_WORDS})(?:{_SP}+[a-z]+ly)?(?:{_SP}+(?:by|of))?"
    rf"|(?P<transitive>{OBJECT_VERBS})(?P<object>(?:{_SP}+[a-z][\w’'-]*){{1,4}}?){_SP}+by)){_SP}+$")
#: A change or a move before "from": "from 5% to 7%" then gives two levels; elsewhere ("enough to
#: let from 50 to 80% through", "ranging from 5 to 7%") it is a range.
_MOVED_FROM = re.compile(rf"(?i:\b(?:(?:{RISE_WORDS}|{FALL_WORDS}|went|gone|goes|going|moved|moves|changed|changes"
                         rf"|shifted|swung|switched)(?:{_SP}+[a-z]+ly)?"
                         # A verb and its object: "raised its key rate from 4% to 4.25%".
                         rf"|(?:{OBJECT_VERBS})(?P<object>(?:{_SP}+[a-z][\w’'-]*){{1,4}}?)){_SP}+from){_SP}+$")
_LEVEL_BEFORE = re.compile(rf"(?i:\b(?:{RISE_WORDS}|{FALL_WORDS})(?:{_SP}+[a-z]+ly)?{_SP}+(?:from|to)){_SP}+$")
_ARTICLE_BEFORE = re.compile(rf"\b(?i:an?){_SP}+$")
_OF_PHRASE = re.compile(rf"{_SP}+(?:(?P<of>of)|in)(?:{_SP}+(?i:the|its|their|our|all|his|her))?(?={_SP})")
# A figure right before a state measures how far it has gone: "35 percent contained" (a fire),
# "80% complete" (a project), "60 percent full" (a reservoir). The state is what the figure gives,
# whatever the sentence names it by ("it", "the fire", "the blaze"), so it is the subject.
_STATE_AFTER = re.compile(rf"{_SP}+(?P<state>(?i:contained|complete|completed|full|finished|built|vaccinated))\b")
_CHANGE_AFTER = re.compile(
    rf"{_SP}+(?i:(?:year-on-year|year-over-year|annual|yearly|monthly|quarterly|sharp|steep){_SP}+)?"
    rf"(?P<noun>(?i:increases?|rises?|jump|surge|gains?|growth|hike|boost|rebound|expansion|higher|more"
    rf"|drops?|declines?|fall|decreases?|cuts?|reduction|slump|loss|losses|contraction|dip|plunge|lower"
    # A comparative after the figure makes it a difference: "5% below their peak", "3% above forecast",
    # "2% up on a year earlier". Before the figure the same words are bounds ("below 5%").
    rf"|less|above(?!-)|below(?!-)|(?:up|down)(?={_SP}+(?:on|from)\b)))\b")
_DOWN_WORD = re.compile(rf"(?i:{FALL_WORDS}|{LOWERING_VERBS}|drop|decline|fall|decreases?|slump|loss|losses"
                        rf"|contraction|dip|plunge|less|below)")
#: Words of :data:`_CHANGE_AFTER` that compare rather than name a change: an "in" phrase after them
#: says when or where ("2% higher in March"), while after a noun it says what changed ("a 2% rise in exports").
_COMPARATIVES = {"higher", "lower", "more", "less", "above", "below", "up", "down"}
#: A fraction of a point in words, up to the word "point": "a quarter", "half a", "three-quarters
#: of a", "a full", "a half-" and, with "percentage", plain "a" or "one" ("a percentage point").
_POINT_FRACTION = re.compile(
    rf"(?<![\w-])(?P<amount>(?i:(?:(?:a|one){_SP}+)?quarter|three(?:{_SP}+|-)quarters?(?:{_SP}+of{_SP}+a)?"
    rf"|half(?:{_SP}+(?:of{_SP}+)?a)?|(?:a|one){_SP}+half|(?:(?:a|one){_SP}+)?full|a|one))"
    rf"(?:{_SP}+|-)(?P<percentage>(?i:percentage)(?:{_SP}+|-))?(?i:points?)\Z")
_POINT_WORD = re.compile(r"[Pp]oints?\b")
_POINT_VALUES = {"quarter": 0.25, "half": 0.5, "three": 0.75, "full": 1.0, "a": 1.0, "one": 1.0}
#: A sentence that speaks of a rate, where a point is a percentage point: "rates", "yields",
#: "inflation", "unemployment", a central bank.
_RATE_CONTEXT = re.compile(r"\b(?:(?i:rates?|yields?|inflation|unemployment|jobless|borrowing[ -]costs|"
                           r"central[ -]bank|mortgage)|Fed|Federal Reserve|ECB|Bank of [A-Z]\w*)\b")
_FIGURE = re.compile(r"(?<![\w.,])(?:[$€£¥]\d|(?!(?:19|20)\d\d\b)\d)")  # a figure, not a year
_AUXILIARIES = {"has", "have", "had", "was", "were", "is", "are", "been", "also", "will", "would"}
_CROSSABLE = {"of", "to", "in", "from", "for", "on"}
#: What a share of the economy is taken of: "a deficit of 4.5% of GDP" measures the deficit.
_SHARE_BASES = {"gdp", "gross domestic product", "output", "economic output", "national income", "gni"}
#: Verbs of a trading session before a change: "shares closed up 2.3%" is a change of the shares.
_SESSION_VERBS = {"closed", "opened", "ended", "finished", "settled", "traded", "ends", "closes", "opens",
                  "closing", "opening", "ending", "finishing", "trading"}
_STOPS = {"that", "which", "and", "or", "but", "as", "while", "when", "than", "said", "says", "say",
          "noted", "with", "by", "at", "after", "before", "since", "if", "because", "where", "data"}

EXAMPLES = [
    Example("Rail imports fell [4.2%] last quarter.", "4.2", unit="percent", qualifier="exact",
            low=4.15, high=4.25, note="change:down", subject="rail imports"),
    Example("Freight volume has grown by [more than 15 per cent] since the reform.", "15",
            qualifier="above", low=15.0, high=None, note="change:up", subject="freight volume"),
    Example("The central bank lifted its key rate by [0.5 percentage points].", "0.5",
            unit="percentage points", low=0.45, high=0.55, note="change:up"),
    Example("The lender trimmed its rate by [25 basis points].", "0.25", unit="percentage points"),
    Example("The bank surprised markets, raising its key rate by [0.4 percentage points].", "0.4",
            note="change:up", subject="key rate"),
    Example("The fund is cutting its growth forecast by [0.3 percentage points].", "0.3", note="change:down",
            subject="growth forecast"),
    Example("The bank cut its main rate by [a quarter of a percentage point].", "0.25",
            unit="percentage points", low=0.245, high=0.255, note="change:down"),
    Example("Mortgage rates rose [half a percentage point] in a month.", "0.5", unit="percentage points",
            note="change:up"),
    Example("Support for the party slipped by [three quarters of a per cent].", "0.75", unit="percent"),
    Example("The Fed raised rates by [a quarter point] on Wednesday.", "0.25", unit="percentage points",
            low=0.245, high=0.255, note="change:up", subject="rates"),
    Example("The ECB delivered [a half-point] cut in its deposit rate.", "0.5", unit="percentage points",
            note="change:down", subject="deposit rate"),
    Example("Unemployment jumped by [a full percentage point] in a year.", "1", unit="percentage points",
            note="change:up", subject="unemployment"),
    Example("Turnout was [nearly sixty percent] in the capital.", "60", qualifier="approx",
            low=54.0, high=60.0, subject="turnout", note=""),
    Example("Analysts expect growth of [between 3 and 4 percent] next year.", "3..4",
            qualifier="range", low=3.0, high=4.0),
    Example("The party polled [12-14%] in the north.", "12..14", qualifier="range", low=12.0, high=14.0),
    Example("Unemployment rose to [7.5%] in March.", "7.5", note="", subject="unemployment"),
    Example("Key points:\n- The cash rate is now [4.25 per cent]", "4.25", subject="cash rate"),
    Example("The Board decided to raise the cash rate target by 25 basis points to [4.35 per cent].", "4.35",
            subject="cash rate"),
    Example("The inflation target is [2%].", "2", subject="inflation target"),
    Example("The levy adds [0.3 percentage points] to inflation.", "0.3", note="change:up", subject="inflation"),
    Example("The deficit narrowed to [3%] of output.", "3", subject="deficit"),
    Example("The widening [3%] gap between rich and poor was noted.", "3", note=""),
    Example("Labour's narrowing [5%] lead worried the party.", "5", note=""),
    Example("Shares posted a [3%] drop in early trading.", "3", note="change:down"),
    Example("Rents were [5%] below their peak.", "5", qualifier="exact", note="change:down", subject="rents"),
    Example("Profits were [3%] above forecast.", "3", note="change:up", subject="profits"),
    Example("Inflation stayed [below 5%] all year.", "5", qualifier="below", note=""),
    Example("Prices were [2%] higher in March.", "2", note="change:up", subject="prices"),
    Example("Output was [+2.4%] on the month.", "2.4", note="change:up"),
    Example("[Some 40 percent] of respondents said no.", "40", qualifier="approx", low=36.0, high=44.0,
            subject="respondents"),
    Example("Exports reached $3 billion in 2024, up [8 pct] on the year.", "8", note="change:up",
            subject="exports", scope="2024"),
    Example("The index gained [1.25%] on Monday.", "1.25", low=1.245, high=1.255, subject="index"),
    # a state the figure measures is its subject, whatever names the thing in that state
    Example("The blaze was [35 percent] contained by Wednesday evening.", "35", subject="contained"),
    Example("Firefighters said the fire is [60%] contained.", "60", subject="contained"),
    Example("The new runway is [about 80 per cent] complete.", "80", subject="complete"),
    Example("Reservoirs in the region are [41 percent] full.", "41", subject="full"),
    Example("[Some 70%] of adults are fully vaccinated.", "70", subject="adults"),
    # Counterexamples: no percentage anywhere.
    Example("The 2025 percentages are not yet published."),
    Example("Visit https://example.com/report?share=50%25&page=2 for details."),
    Example("He scored 40 points and had 12 rebounds."),
    Example("The percentile ranks of 90 pupils were compared."),
    Example("A COVID-19 vaccine was approved on May 5."),
    Example("Inflation stayed high, the bank said."),
    Example("I wish inflation were back at 2 percent."),
    Example("The champion extended her lead to half a point after round six."),
    Example("She made a point of thanking the staff."),
]


def find(context: DocumentContext) -> Iterator[Fact]:
    """Yield every percentage in the document that is not boilerplate or part of a URL."""
    text = context.text
    addresses = address_spans(text)
    previous_subject, previous_sentence = "", -1
    position = 0
    found: list[tuple[int, int]] = []  # spans read, which the fractions of a point in words must not repeat
    for unit in _UNIT_SCAN.finditer(text):
        if unit.start() < position:
            continue
        back = _ATOM_TO_UNIT.search(text, max(position, unit.start() - 120), unit.end())
        atom = _ATOM.match(text, back.start()) if back else None  # forward: "2% to 7%" is one atom
        if atom is None:
            continue
        position = atom.end()
        if context.skip(atom.start(), atom.end()) or in_spans(addresses, atom.start()):
            continue
        for fact in _read(context, atom):
            if wished(text, fact.sentence_start, fact.start):
                continue  # "I wish inflation were 2%": hoped for, not reported
            if fact.sentence_start != previous_sentence:
                previous_subject = ""
            if not fact.subject and fact.note and previous_subject:
                fact.subject = previous_subject  # "…, up 5% and down 2% from …": same thing
            previous_subject, previous_sentence = fact.subject or previous_subject, fact.sentence_start
            found.append((fact.start, fact.end))
            yield fact
    yield from _points_in_words(context, found)


def _points_in_words(context: DocumentContext, found: list[tuple[int, int]]) -> Iterator[Fact]:
    """Fractions of a percentage point named in words ("a quarter point", "half a percentage point")
    that the figures read before do not cover."""
    text = context.text
    for word in _POINT_WORD.finditer(text):
        low = max(0, word.start() - 40)
        phrase = _POINT_FRACTION.search(text[low:word.end()])
        if phrase is None:
            continue
        start, end = low + phrase.start(), word.end()
        amount = phrase.group("amount").lower().replace("-", " ").split()
        key = next((w for w in reversed(amount) if w in ("quarter", "half", "full")), amount[0])
        if key in ("a", "one") and not phrase.group("percentage"):
            continue  # "made a point", "one point": no fraction, and no percentage named
        if any(start < high and low_ < end for low_, high in found) or context.skip(start, end):
            continue
        sentence = context.sentences.at(start)
        if not phrase.group("percentage") and not _RATE_CONTEXT.search(context.sentence_text(sentence)):
            continue  # "extended his lead to half a point": a score, not a rate
        value = _POINT_VALUES["three" if amount[0] == "three" else key]
        # A fraction named in words is exact to the hundredth: "a quarter point" is 0.25.
        low_, high_, qualifier = interval(Reading(value, 0.005), 1.0, "exact")
        fact = context.fact(KIND, start, end, canonical(value), unit="percentage points", low=low_, high=high_,
                            qualifier=qualifier)
        yield _finish(context, fact, start, end, _CHANGE_BEFORE.search(text[max(0, start - 60):start]))


def _unit(unit: str) -> tuple[str, float]:
    word = unit.lower()
    if word.startswith("basis") or word.startswith("bp"):
        return "percentage points", 0.01
    return ("percentage points", 1.0) if "point" in word else ("percent", 1.0)


def _read(context: DocumentContext, atom: re.Match) -> Iterator[Fact]:
    text = context.text
    unit, factor = _unit(atom.group("unit"))
    first_unit, first_factor = _unit(atom.group("unit1")) if atom.group("unit1") else (unit, factor)
    try:
        first = read_number(atom.group("num"))
        second = read_number(atom.group("num2")) if atom.group("num2") else None
    except ValueError:
        return
    start = atom.start()
    if second is None:
        yield _single(context, start, atom.end(), first, unit, factor, atom.group("sign"))
        return
    sep = atom.group("sep").lower()
    head = text[max(0, start - 60):start]
    between = _BETWEEN_BEFORE.search(head)
    change = _CHANGE_BEFORE.search(head)
    from_ = _FROM_BEFORE.search(head)
    moved = from_ and _MOVED_FROM.search(head)  # "rose from 5% to 7%": two levels
    two_levels = moved or (atom.group("unit1") and sep == "to" and change and change.group("verb")
                           and not change.group().rstrip().endswith("of"))
    is_range = (sep in "-–—" or (sep == "and" and between) or (sep == "to" and not two_levels))
    if is_range and first.value < second.value and not atom.group("sign") and first_unit == unit:
        low, high = first.value * factor, second.value * factor
        opener = between or (from_ if sep == "to" else None)  # "between 5 and 7%", "from 50 to 80%"
        start -= len(opener.group()) if opener else 0
        yield _finish(context, context.fact(
            KIND, start, atom.end(), f"{canonical(low)}..{canonical(high)}", unit=unit, low=low,
            high=high, qualifier="range"), atom.start("num"), atom.end(),
            _CHANGE_BEFORE.search(text[max(0, start - 60):start]))
        return
    # Two figures: "from 5% to 7%", "rose 2% to 7%", "5% and 7% respectively".
    first_end = atom.end("unit1") if atom.group("unit1") else atom.end("num")
    before = _single(context, start, first_end, first, first_unit, first_factor, atom.group("sign"))
    after = _single(context, atom.start("num2"), atom.end(), second, unit, factor, None)
    after.subject = after.subject or before.subject
    yield before
    yield after


def _single(context: DocumentContext, start: int, end: int, reading: Reading, unit: str, factor: float,
            sign: str | None) -> Fact:
    text = context.text
    number_start = start + (1 if sign else 0)
    bound = None if sign else _BOUND_BEFORE.search(text[max(0, start - 40):start])
    if bound:
        start -= len(bound.group())
    low, high, qualifier = interval(reading, factor, bound_qualifier(bound.group("bound") if bound else None))
    fact = context.fact(KIND, start, end, canonical(reading.value * factor), unit=unit, low=low, high=high,
                        qualifier=qualifier)
    head = text[max(0, start - 60):start]
    change = _CHANGE_BEFORE.search(head)
    if change and change.group("verb") and change.group("verb").lower() in ("up", "down") and \
            _PHRASAL.search(head, 0, change.start()):
        change = None  # "make up 4%", "set up", "narrowed down": a particle, not a change
    if sign:
        fact.note = "change:up" if sign == "+" else "change:down"
    return _finish(context, fact, number_start, end, change)


def _finish(context: DocumentContext, fact: Fact, number_start: int, end: int,
            change: re.Match | None) -> Fact:
    """Fill note (direction of a change), subject and scope."""
    text = context.text
    sentence_start = fact.sentence_start
    after = None if change else _CHANGE_AFTER.match(text, end)
    word = (change.group("verb") or change.group("transitive") if change else
            after.group("noun") if after else "").lower()
    if word:
        fact.note = "change:down" if _DOWN_WORD.fullmatch(word) else "change:up"
    subject, anchor = "", None
    if change and change.group("transitive"):  # "lifted its key rate by": the object changed
        subject = canonical_subject(change.group("object"))
    elif change:
        verb_start = max(0, fact.start - 60) + change.start()
        anchor = _earlier_figure(text, sentence_start, verb_start)
        subject = (_noun_phrase_before(text, sentence_start, verb_start) if anchor is None else
                   subject_of_quantity(text, sentence_start, anchor, anchor) or _counted_at(text, anchor))
    level = None if change else _LEVEL_BEFORE.search(text[max(0, fact.start - 60):fact.start])
    if level and not subject:  # "inflation rose from 5% to 7%"
        subject = _noun_phrase_before(text, sentence_start, max(0, fact.start - 60) + level.start())
    moved = None if (change or subject) else _MOVED_FROM.search(text[max(0, fact.start - 60):fact.start])
    if moved and moved.group("object"):  # "raised its key rate from 4% to 4.25%": the object moved
        subject = canonical_subject(moved.group("object"))
    of = _OF_PHRASE.match(text, after.end()) if after else _OF_PHRASE.match(text, end)
    if of and not of.group("of") and after and after.group("noun").lower() in _COMPARATIVES:
        of = None  # "2% higher in March", "5% lower in London": when or where, not what was compared
    phrase = counted_noun(text, of.end(), singular=True) if of and (after or of.group("of")) else None
    if not of and not after and _ARTICLE_BEFORE.search(text[max(0, fact.start - 4):fact.start]):
        phrase = counted_noun(text, end, max_words=2, singular=True)  # "a 25% tariff on steel"
    if phrase and not subject:  # "40 percent of respondents", "a 10% rise in exports"
        subject = canonical_subject(phrase[0])
        if subject in _SHARE_BASES:  # "the deficit will widen to 4.5% of GDP": the deficit, as a share
            subject = subject_of_quantity(text, sentence_start, number_start, number_start) or subject
    added = None if (change or after) else added_to(text, fact.start, end)
    if added:  # "adds 0.3 percentage points to inflation": inflation rises by 0.3 points
        subject, fact.note = added, "change:up"
    state = None if (subject or after or phrase) else _STATE_AFTER.match(text, end)
    if state:
        subject = state.group("state").lower()
    if not subject:
        subject = subject_of_quantity(text, sentence_start, number_start, after.end() if after else end)
    fact.subject = subject
    fact.scope = scope_of(fact.sentence, number_start - sentence_start)
    if not fact.scope and anchor is not None:  # "$3 billion in 2024, up 8%": the same period
        fact.scope = scope_of(fact.sentence, anchor - sentence_start)
    return fact


def _earlier_figure(text: str, sentence_start: int, verb_start: int) -> int | None:
    """In "Exports reached $3 billion, up 8%", the figure the participle refers back to."""
    before = text[sentence_start:verb_start].rstrip()
    if not before.endswith(","):
        return None
    figures = list(_FIGURE.finditer(before))
    return sentence_start + figures[-1].start() if figures else None


_DIGITS_AT = re.compile(rf"[$€£¥]?\d[\d,.]*(?:{_SP}+(?:thousand|million|billion))?")


def _counted_at(text: str, anchor: int) -> str:
    """What the figure at ``anchor`` counts, for a change after it: "delivered 435,059 vehicles …,
    up 6.4%" is a change in vehicles.

    >>> _counted_at("Tesla delivered 435,059 vehicles in the quarter", 16)
    'vehicles'
    """
    figure = _DIGITS_AT.match(text, anchor)
    noun = counted_noun(text, figure.end()) if figure else None
    return canonical_subject(noun[0]) if noun else ""


def _noun_phrase_before(text: str, sentence_start: int, verb_start: int) -> str:
    """What changed: the noun phrase before a change verb ("agricultural trade has increased
    by"), crossing one preposition ("exports to Russia rose")."""
    before = without_asides(text[sentence_start:verb_start])
    words = before.split()
    # A session verb only before "up"/"down"/"higher"/"lower": "shares closed up 2.3%", but "online
    # trading rose 12%" keeps its noun.
    session = text.startswith(("up", "down", "higher", "lower"), verb_start)
    while words and (words[-1].lower() in _AUXILIARIES or words[-1].lower().endswith("ly")
                     or (session and words[-1].lower() in _SESSION_VERBS)):
        words.pop()
    kept: list[str] = []
    crossed = False
    for word in reversed(words):
        bare = word.lower().strip("“”\"'’")
        if word[-1:] in ",;:(" or bare in _STOPS or any(ch.isdigit() for ch in bare) or len(kept) == 5:
            break
        if bare in _CROSSABLE:
            if crossed or not kept:
                break
            crossed = True
        kept.insert(0, word)
    while kept and kept[0].lower() in _CROSSABLE:
        kept.pop(0)
    return canonical_subject(" ".join(without_period(kept)))
