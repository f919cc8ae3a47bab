"""Money: amounts with their currency, precision, bounds and ranges.

Reads symbols (``$``, ``US$``, ``€``, ``£``, ``¥``, escaped ``\\$`` from
Markdown), ISO codes before or after the amount (``USD 5 million``,
``10 billion RMB``) and currency words (dollars, yuan, rubles, euros, …), with
scale words (thousand … trillion, bn, mn) and bound words ("considerably above",
"nearly", "between … and …"). The value is in units of the currency; the
interval carries the figure's precision.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..schema import Fact
from ..text import SPACE
from ._base import Anchors, DocumentContext, Example, anchored
from ._context import scope_of, subject_of_quantity
from ._numbers import (
    BOUND,
    NUMBER,
    SCALE,
    bound_qualifier,
    canonical,
    interval,
    read_number,
    scale_of,
)

KIND = "money"

_SYMBOLS = {"us$": "USD", "u.s.$": "USD", "$": "USD", "c$": "CAD", "ca$": "CAD", "a$": "AUD",
            "au$": "AUD", "hk$": "HKD", "s$": "SGD", "nz$": "NZD", "€": "EUR", "£": "GBP",
            "¥": "JPY", "₽": "RUB", "₹": "INR"}
_CODES = {"usd": "USD", "eur": "EUR", "cny": "CNY", "rmb": "CNY", "rub": "RUB", "gbp": "GBP",
          "jpy": "JPY", "inr": "INR", "pkr": "PKR", "cad": "CAD", "aud": "AUD", "hkd": "HKD"}
_WORDS = {"dollars": "USD", "dollar": "USD", "yuan": "CNY", "renminbi": "CNY", "rubles": "RUB",
          "roubles": "RUB", "ruble": "RUB", "rouble": "RUB", "euros": "EUR", "euro": "EUR",
          "yen": "JPY", "rupees": "INR", "pounds sterling": "GBP", "sterling": "GBP"}
_SYMBOL = r"(?:\\?(?i:US|U\.S\.|C|CA|A|AU|HK|S|NZ)?\\?\$|€|£|¥|₽|₹)"
_CODE = r"(?:USD|EUR|CNY|RMB|RUB|GBP|JPY|INR|PKR|CAD|AUD|HKD)\b"
_WORD = (r"(?:(?:US|U\.S\.|American|Canadian|Australian|Hong{S}+Kong)?{S}*dollars?|yuan|"
         r"renminbi|ro?ubles?|euros?|yen|(?:Indian|Pakistani){S}+rupees|rupees|pounds{S}+"
         r"sterling|sterling)\b").replace("{S}", SPACE)
_AMOUNT = rf"(?P<num>{NUMBER})(?:{SPACE}*(?P<scale>{SCALE}))?"
_ATOM = re.compile(
    rf"(?P<sym>{_SYMBOL}){SPACE}?{_AMOUNT}(?:{SPACE}+(?P<trail>{_CODE}))?"
    rf"|(?P<code>{_CODE}){SPACE}*{_AMOUNT.replace('num>', 'num2>').replace('scale>', 'scale2>')}"
    rf"|{_AMOUNT.replace('num>', 'num3>').replace('scale>', 'scale3>')}{SPACE}+"
    rf"(?P<word>{_WORD}|{_CODE})"
)
_BOUND_BEFORE = re.compile(rf"(?P<bound>{BOUND}){SPACE}+$")
_BETWEEN_BEFORE = re.compile(rf"(?i:between){SPACE}+$")
_RANGE_TAIL = re.compile(
    rf"{SPACE}*(?P<sep>-|–|—|(?i:to|and)(?={SPACE})){SPACE}*(?:{_SYMBOL}{SPACE}?)?"
    rf"(?P<num>{NUMBER})(?:{SPACE}*(?P<scale>{SCALE}))?(?:{SPACE}+(?:{_WORD}|{_CODE}))?"
)

EXAMPLES = [
    Example("bilateral trade reached [$228.1 billion] in 2025", "228100000000", unit="USD",
            qualifier="exact", low=228.05e9, high=228.15e9, subject="trade"),
    Example(r"trade reached [\$228.1 billion] in 2025", "228100000000", unit="USD"),
    Example("trade has been [considerably above $200 billion] for years", "200000000000",
            qualifier="above", low=200e9, high=None, subject="trade"),
    Example("the fund holds [nearly €3bn]", "3000000000", unit="EUR", qualifier="approx"),
    Example("costs of [between $1 and $2 billion] are expected", "1000000000..2000000000",
            qualifier="range", low=1e9, high=2e9),
    Example("a loan of [$1-2 billion]", "1000000000..2000000000", qualifier="range"),
    Example("they spent [10 billion yuan] on roads", "10000000000", unit="CNY",
            subject="roads"),
    Example("exports rose to [RMB 3.5 trillion]", "3500000000000", unit="CNY"),
    Example("a [US$5 million] grant", "5000000", unit="USD"),
    Example("a deal worth [two billion dollars]", "2000000000", unit="USD"),
    Example("[some 500 million rubles] were paid", "500000000", unit="RUB", qualifier="approx"),
    Example("The trade\u00a0volume hit [$\u00a0228.1\u00a0billion].", "228100000000"),
    Example("She scored 200 points in 2025 and 3 goals."),
    Example("The 2025 budget was approved on May 5."),
]


# Where an amount can be: a currency sign, an ISO code or a currency word.
_ANCHORS = Anchors([*(code.upper() for code in _CODES), *(w for word in _WORDS for w in (word, word.capitalize()))],
                   [r"[$€£¥₽₹]"])


def find(context: DocumentContext) -> Iterator[Fact]:
    """Yield every money fact in the document."""
    text = context.text
    previous_subject, previous_sentence = "", -1
    position = 0
    for atom in anchored(_ATOM, _ANCHORS, text):
        if atom.start() < position or context.skip(atom.start(), atom.end()):
            continue
        fact = _read(context, atom)
        if fact is None:
            continue
        if fact.sentence_start != previous_sentence:
            previous_subject = ""
        sentence_start = fact.sentence_start
        fact.subject = subject_of_quantity(text, sentence_start, atom.start(), fact.end,
                                           previous_subject)
        fact.scope = scope_of(fact.sentence, atom.start() - sentence_start)
        previous_subject, previous_sentence = fact.subject or previous_subject, sentence_start
        position = fact.end
        yield fact


def _read(context: DocumentContext, atom: re.Match) -> Fact | None:
    text = context.text
    number = atom.group("num") or atom.group("num2") or atom.group("num3")
    scale_word = atom.group("scale") or atom.group("scale2") or atom.group("scale3")
    unit = _unit(atom)
    try:
        reading = read_number(number)
    except ValueError:
        return None
    start, end = atom.start(), atom.end()
    head = text[max(0, start - 40):start]
    tail = _RANGE_TAIL.match(text, end)
    between = _BETWEEN_BEFORE.search(head)
    if tail and (tail.group("sep").lower() != "and" or between) and (
            tail.group("scale") or not scale_word):
        try:
            upper = read_number(tail.group("num"))
        except ValueError:
            upper = None
        if upper is not None:
            scale = scale_of(tail.group("scale") or scale_word)
            low_scale = scale_of(scale_word) if scale_word else scale
            low, high = reading.value * low_scale, upper.value * scale
            if low < high:
                start = start - len(between.group()) if between else start
                return context.fact(KIND, start, tail.end(), f"{canonical(low)}..{canonical(high)}",
                                    unit=unit, low=low, high=high, qualifier="range")
    bound = _BOUND_BEFORE.search(head)
    qualifier = bound_qualifier(bound.group("bound") if bound else None)
    if bound:
        start -= len(bound.group())
    low, high, qualifier = interval(reading, scale_of(scale_word), qualifier)
    value = canonical(reading.value * scale_of(scale_word))
    return context.fact(KIND, start, end, value, unit=unit, low=low, high=high,
                        qualifier=qualifier)


def _unit(atom: re.Match) -> str:
    if atom.group("sym"):
        symbol = atom.group("sym").replace("\\", "").lower()
        trail = atom.group("trail")
        return _CODES[trail.lower()] if trail else _SYMBOLS.get(symbol, "USD")
    if atom.group("code"):
        return _CODES[atom.group("code").lower()]
    word = " ".join(atom.group("word").lower().split())
    if word.upper() in ("USD", "EUR", "CNY", "RMB", "RUB", "GBP", "JPY", "INR", "PKR", "CAD",
                        "AUD", "HKD"):
        return _CODES[word]
    if word.startswith(("canadian",)):
        return "CAD"
    if word.startswith(("australian",)):
        return "AUD"
    if word.startswith("hong"):
        return "HKD"
    if word.startswith("pakistani"):
        return "PKR"
    return _WORDS.get(word.split()[-1] if word.split()[-1] != "sterling" or len(word.split()) == 1
                      else "pounds sterling", "USD")
