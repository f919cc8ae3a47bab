"""Money: amounts with their currency, precision, bounds and ranges.

Reads symbols before or after the figure (``$``, ``US$``, ``€``, ``£``, ``¥``, escaped ``\\$``
from Markdown; "15€", "15 €"), ISO codes before or after it (``USD 5 million``, ``10 billion
RMB``) and currency words (dollars, yuan, rubles, euros, …). Figures may be digits, with
thousands grouped by commas or spaces ("10 000 dollars"), or words ("a hundred and two
dollars"), with scale words (thousand … trillion, bn, mn) or letters attached to a symbol
amount ("€10M", "$2.174T", "£3.2k"), and bound words ("considerably above", "nearly",
"between … and …"). A range may name its currency once, after the second figure ("3 to 4
million euros", "between 5 and 6 billion dollars"); the first figure then takes the second's
scale unless it has its own ("800 million to 1.2 billion yuan"); a hyphenated scale joins a range
as a spaced one does ("between $300-million and $400-million", "$300- to $400-million"). The value
is in units of the currency; the interval carries the figure's precision.

Cents and pence are read in units of their currency: "10 cents" is 0.10 with the precision of "10"
(±5 cents), "12 pence" and "4p" are pounds, cents are of the dollar or euro named nearest in the
sentence, else US cents. The abbreviations "99c" and "4p" are read only beside a price ("costs 99c",
"142p a litre", "32c per share"), another figure in hundredths ("fell 4p to 120p") or a change verb
("fell 4p"; for "c" only with a dollar or euro in the sentence, as "rose 5c" may be Celsius), and never
before a plural they size ("4p and 5p nails"; "10p coins" and "5p stamps" are money). Cents that
an exchange rate moved by are of the currency it is quoted in ("the euro fell 0.5 cents against the
dollar": US cents). "10 cents on the dollar" and "40p in the pound" are ratios, not amounts.

A comparative after an amount makes it a change, as in percent: "Shares closed 3.5p higher at 245p"
is a rise of 3.5p (``change:up``) and the closing level of 245p, both of shares.

A change verb before "<figure> to <figure>" makes two amounts, not a range, as percent reads "rose
2 percentage points to 45%": "Brent climbed $2 to $85" is the change ($2, note ``change:up``; a fall
gives ``change:down``) and the level reached ($85, no note); "rose by" marks a change alone too.
"Rose from $2 to $3 billion" is the level before and after (no note; the first figure takes the
second's scale), while "ranging from $2 to $3" is a range. Two cases stay ranges after a change
verb: a first figure that borrows the second's scale ("will rise by $2 to $3 billion": a range
of the change) and a dash ("rose $2-3 billion"). "Raised $2 million to $3 million" is money
raised, not a rise.

Negative amounts: a minus sign ("-15€", "$-99.99", "−$5 million"), and the accounting
parentheses of "revenue was ($99.99)", read as negative only where nothing precedes them
but a linking verb or a colon. Elsewhere parentheses hold a conversion or an aside ("10
billion yuan ($1.4 billion)"), which news prints far more often, and the amount stays
positive. Not read: an amount in the scope of "wish" (hoped for, not reported) and a
figure right after another bare number ("245 23 yen": which number is the amount?).
"""

from __future__ import annotations

import heapq
import math
import re
from collections.abc import Iterator
from itertools import chain

from ..schema import Fact
from ..text import SPACE
from ._base import DocumentContext, Example
from ._context import added_to, canonical_subject, scope_of, subject_of_quantity
from ._numbers import (
    BOUND,
    FALL_WORDS,
    NUMBER,
    NUMBER_DIGITS,
    NUMBER_SPACED,
    NUMBER_WORDS,
    RATE_AFTER,
    RISE_WORDS,
    SCALE,
    WHITESPACE,
    bound_qualifier,
    canonical,
    counted_noun,
    interval,
    is_plural,
    literal_alternation,
    period_of,
    read_number,
    scale_of,
    signed,
    wished,
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
_ADJECTIVES = {"canadian": "CAD", "australian": "AUD", "hong": "HKD", "pakistani": "PKR"}
_SYMBOL = r"(?:\\?(?i:US|U\.S\.|C|CA|A|AU|HK|S|NZ)?\\?\$|€|£|¥|₽|₹)"
_CODE = r"(?:USD|EUR|CNY|RMB|RUB|GBP|JPY|INR|PKR|CAD|AUD|HKD)\b"
_WORD = (r"(?:(?:US|U\.S\.|American|Canadian|Australian|Hong{S}+Kong)?{S}*dollars?|yuan|"
         r"renminbi|ro?ubles?|euros?|yen|(?:Indian|Pakistani){S}+rupees|rupees|pounds{S}+"
         r"sterling|sterling)\b").replace("{S}", SPACE)
#: A minus sign attached to the amount; not after a letter or digit, where "-" joins a range.
_MINUS = r"(?<![\w.,\-−])[-−]"
#: A scale word or abbreviation ("5 billion", "5bn", "5 m", a hyphenated "$500-million loan"), or a
#: capital letter attached to the figure as headlines write it ("$10M", "$2.174T", "£3.2K"); never a
#: spaced capital ("$5 T-shirts").
_SCALE = (rf"(?:(?:{SPACE}*|-(?=(?i:thousand|million|billion|trillion)\b))(?P<scale>{SCALE})"
          rf"|(?P<letter>[KMBT])(?![A-Za-z0-9]))")
_AMOUNT = rf"(?P<num>{NUMBER_SPACED}|{NUMBER}){_SCALE}?"
_DIGITS_AMOUNT = rf"(?P<num>{NUMBER_SPACED}|\d[\d,]*(?:\.\d+)?|\.\d+){_SCALE}?"


def _named(pattern: str, suffix: str) -> str:
    return re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<{m.group(1)}{suffix}>", pattern)


_ATOM = re.compile(
    rf"(?P<neg>{_MINUS})?(?P<sym>{_SYMBOL}){SPACE}*(?P<neg2>[-−])?{_AMOUNT}(?:{SPACE}+(?P<trail>{_CODE}))?"
    rf"|(?P<code>{_CODE}){SPACE}*{_named(_AMOUNT, '2')}"
    rf"|(?P<neg3>{_MINUS})?(?<![\w.,]){_named(_DIGITS_AMOUNT, '4')}{SPACE}*(?P<after>[€£¥₽₹$])"
    rf"(?!{SPACE}*[-−]?\.?\d)"
    rf"|(?<![\w.,]){_named(_AMOUNT, '3')}{SPACE}+(?P<word>{_WORD}|{_CODE})"
    # Amounts in a hundredth of the currency: "10 cents", "a 50-cent fare", "12 pence", "99c", "4p".
    rf"|(?<![\w.,])(?P<num5>{NUMBER_DIGITS}|{NUMBER_WORDS})(?:{SPACE}+|-)(?P<minor>cents?|pence)\b"
    rf"|(?<![\w.,\-−])(?P<num6>\d{{1,4}}(?:\.\d+)?)(?P<abbreviated>[cp])(?![A-Za-z0-9]|\.[A-Za-z])"
)
_BOUND_BEFORE = re.compile(rf"(?P<bound>{BOUND}){SPACE}+$")
_BETWEEN_BEFORE = re.compile(rf"(?i:between){SPACE}+$")
_NUMBER_BEFORE = re.compile(rf"(?<![\d,.])\d{{1,3}}{SPACE}+$")
#: A scale word after a figure: spaced ("300 million") or hyphenated as some papers print it ("300-million").
_SCALE_AFTER = rf"(?:{SPACE}*|-(?=(?i:thousand|million|billion|trillion)\b))"
#: The first figure of a range whose currency (and scale) stand only after the second one: "between
#: 5 and", "3 to", "3 million to", "300-million to", "3-" before "4 million dollars".
_RANGE_HEAD = re.compile(
    rf"(?:(?P<between>(?i:between)){SPACE}+)?(?<![\w.,:])(?P<num>{NUMBER})(?:{_SCALE_AFTER}(?P<scale>{SCALE}))?"
    rf"(?:{SPACE}*(?P<dash>-|–|—){SPACE}*|{SPACE}+(?P<word>(?i:to|and)){SPACE}+)\Z")
#: What makes a figure before "to"/"-" no first figure of a range: a label or a date ("Phase 1 –", "Model
#: 3 –", "Feb 4 -", "10:30 -").
_LABEL_BEFORE = re.compile(rf"(?:\b[A-Z][\w.’'-]*{SPACE}+|[:\d])\Z")
#: A change verb right before a figure ("climbed $2", "fell sharply by $2 billion", "rose from $2"): with
#: "to" and a second figure after it, the two are a change and the level reached (see :func:`_change_and_level`).
_CHANGE_BEFORE = re.compile(
    rf"\b(?P<verb>(?i:{RISE_WORDS}|{FALL_WORDS}|lowered|went|moved|changed))(?:{SPACE}+[a-z]+ly)?"
    rf"(?:{SPACE}+(?P<link>(?i:by|from)))?{SPACE}+\Z")
_FALL_WORD = re.compile(rf"(?i:{FALL_WORDS}|lowered)")
#: Cents or pence "on the dollar" or "in the pound": the share of each unit repaid or kept, a ratio.
_ON_THE_UNIT = re.compile(rf"{SPACE}+(?i:on|in|to){SPACE}+(?i:the|every|each){SPACE}+(?i:dollar|pound|euro)\b(?![’'])")
_POSSESSIVE_BEFORE = re.compile(rf"\b(?i:my|his|her|their|our|your){SPACE}+\Z")
_LINK_BEFORE = re.compile(rf"(?:\b(?i:is|was|are|were|be|been|being|totall?ed|stood{SPACE}+at)|:){SPACE}*\($")
_RANGE_TAIL = re.compile(
    rf"{SPACE}*(?P<sep>(?:-{SPACE}*)?(?P<joiner>(?i:to|and))(?={SPACE})|-|–|—){SPACE}*(?P<sign>{_SYMBOL}{SPACE}*)?"
    rf"(?P<num>{NUMBER})(?:{_SCALE_AFTER}(?P<scale>{SCALE})|(?P<letter>[KMBT])(?![A-Za-z0-9]))?"
    rf"(?:{SPACE}+(?:{_WORD}|{_CODE})|(?P<minor>(?:{SPACE}+|-)(?:cents?|pence)\b|[cp](?![A-Za-z0-9])))?"
)

EXAMPLES = [
    Example("Repayments of [$90] a month are typical.", "90", unit="USD/month", subject="repayments"),
    Example("Monthly repayments of [$90] are typical.", "90", unit="USD/month", subject="repayments"),
    Example("Exports fell 3% to [$2bn].", "2000000000", unit="USD", subject="exports"),
    Example("Pre-tax losses widened by [£50m] to £300m.", "50000000", unit="GBP", note="change:up"),
    Example("Pre-tax losses widened by £50m to [£300m].", "300000000", note="", subject="pre-tax losses"),
    Example("Revenue rose [$200 million] in the quarter.", "200000000", note="change:up", subject="revenue"),
    Example("The budget shortfall swelled to [$40 billion].", "40000000000", subject="budget shortfall"),
    Example("The trade deficit narrowed by $2 billion to [$18 billion] in March.", "18000000000", note=""),
    Example("The trade deficit narrowed by [$2 billion] to $18 billion in March.", "2000000000",
            note="change:down"),
    Example("The city will spend [a quarter of a billion dollars] on new roads.", "250000000", unit="USD"),
    Example("bilateral trade reached [$228.1 billion] in 2025", "228100000000", unit="USD",
            qualifier="exact", low=228.05e9, high=228.15e9, subject="trade"),
    Example(r"trade reached [\$228.1 billion] in 2025", "228100000000", unit="USD"),
    Example("trade has been [considerably above $200 billion] for years", "200000000000",
            qualifier="above", low=200e9, high=None, subject="trade"),
    Example("the fund holds [nearly €3bn]", "3000000000", unit="EUR", qualifier="approx"),
    Example("costs of [between $1 and $2 billion] are expected", "1000000000..2000000000",
            qualifier="range", low=1e9, high=2e9),
    Example("a loan of [$1-2 billion]", "1000000000..2000000000", qualifier="range"),
    Example("repairs will cost [3 to 4 million euros]", "3000000..4000000", unit="EUR", qualifier="range",
            low=3e6, high=4e6),
    Example("orders of [between five and six billion dollars]", "5000000000..6000000000", qualifier="range"),
    Example("they spent [10 billion yuan] on roads", "10000000000", unit="CNY",
            subject="roads"),
    Example("exports rose to [RMB 3.5 trillion]", "3500000000000", unit="CNY"),
    Example("a [US$5 million] grant", "5000000", unit="USD"),
    Example("a [$500-million] loan from the bank", "500000000", unit="USD", low=450e6, high=550e6),
    Example("a deal worth [between $300-million and $400-million]", "300000000..400000000", qualifier="range",
            low=300e6, high=400e6),
    Example("Brent crude climbed [$2] to $85 a barrel", "2", qualifier="exact", note="change:up"),
    Example("Brent crude climbed $2 to [$85] a barrel", "85", qualifier="exact", note=""),
    # The level a move started from is an earlier level (see ``_earlier_levels``), not a change.
    Example("revenue grew from [$2] to $3 billion", "2000000000", note="level:before"),
    Example("Revenue was $5bn, up from [$4bn] a year earlier.", "4000000000", note="level:before",
            subject="revenue"),
    Example("spending will rise by [$2 to $3 billion]", "2000000000..3000000000", qualifier="range"),
    Example("the firm lost [as much as $2 billion]", "2000000000", qualifier="below", low=None, high=2e9),
    Example("a deal worth [two billion dollars]", "2000000000", unit="USD"),
    Example("[some 500 million rubles] were paid", "500000000", unit="RUB", qualifier="approx"),
    Example("The trade\u00a0volume hit [$\u00a0228.1\u00a0billion].", "228100000000"),
    Example("The start-up raised [€4.5M] from investors.", "4500000", unit="EUR", low=4.45e6, high=4.55e6),
    Example("The fine came to [12 500 euros].", "12500", unit="EUR", low=12450.0, high=12550.0),
    Example("A ticket costs [35 €] at the door.", "35", unit="EUR"),
    Example("He paid [a hundred and two dollars] for it.", "102", unit="USD"),
    Example("Net income was [($4.2 million)] in the quarter.", "-4200000", unit="USD", low=-4.25e6,
            high=-4.15e6),
    Example("Shares rose [10 cents] to $3.10.", "0.1", unit="USD", low=0.05, high=0.15, note="change:up",
            subject="shares"),
    Example("Shares fell 4p to [120p].", "1.2", unit="GBP", low=1.15, high=1.25, subject="shares"),
    Example("Unleaded costs [189.9 cents] a litre.", "1.899", unit="USD", low=1.8985, high=1.8995),
    Example("A [20-cent] coin lay beside a €2 coin.", "0.2", unit="EUR"),
    Example("Stamps cost [12 pence] more.", "0.12", unit="GBP", low=0.115, high=0.125),
    Example("The app costs [99c].", "0.99", unit="USD"),
    Example("Sales in Asia have risen [$3 billion].", "3000000000", note="change:up", subject="sales in asia"),
    Example("Repayments will rise by [more than $80] a month.", "80", note="change:up", subject="repayments"),
    Example("The rise will add [about $90] a month to repayments.", "90", note="change:up", subject="repayments"),
    Example("The firm added [$2 billion] in revenue.", "2000000000", note="", subject="revenue"),
    Example("Shares closed [3.5p] higher at 245p.", "0.035", unit="GBP", note="change:up", subject="shares"),
    Example("Shares closed 3.5p higher at [245p].", "2.45", unit="GBP", note="", subject="shares"),
    Example("The euro fell [0.5 cents] against the dollar.", "0.005", unit="USD", note="change:down"),
    # "and" after the noun the amount is "in" opens the next clause, not a longer noun
    Example("The EU pledged [EUR 12 million] in humanitarian aid and the UN released $8 million.", "12000000",
            unit="EUR", subject="humanitarian aid"),
    Example("The firm paid [$3 million] in fines and its chief executive resigned.", "3000000",
            subject="fines"),
    Example("The firm paid [$3 million] in fines and penalties.", "3000000", subject="fines and penalties"),
    # a takeover's price, and its value with the target's debt (see ``deal_measure``)
    Example("Harbor agreed to buy Pine Ridge for [$2.3 billion] in cash.", "2300000000", subject="deal"),
    Example("Including debt, the deal values Pine Ridge at [about $3 billion].", "3000000000",
            subject="enterprise value"),
    Example("The bank holds [$5 billion] in cash.", "5000000000", subject="cash"),
    Example("Harbor will pay [$31.25] for each Pine Ridge share.", "31.25", subject="price per share"),
    Example("Harbor agreed to buy the company for [$31.25] a share.", "31.25", subject="price per share"),
    Example("The company reported earnings of [$1.48] a share.", "1.48", subject="earnings"),
    Example("She scored 200 points in 2025 and 3 goals."),
    Example("Creditors will receive 10 cents on the dollar; use 4p and 5p nails."),
    Example("Temperatures rose 5c overnight; the match streams in 1080p."),
    Example("The 2025 budget was approved on May 5."),
    Example("The clerk misprinted the tag as 245 23 yen; 5 T-shirts were sold."),
]


# Where an amount can be: a currency sign, or an ISO code or a currency word after a space or
# a bracket. Two scans, each with a cheap first character (the sign; a space or bracket), merged
# in text order: a trie of words tried at every letter ("e", "d", "r" start many words) costs
# more than both.
_SIGN_SCAN = re.compile(r"[$€£¥₽₹]")
_WORD_LIST = [*(code.upper() for code in _CODES), *(w for word in _WORDS for w in (word, word.capitalize()))]
_WORD_SCAN = re.compile(rf"[{WHITESPACE}(](?P<w>{literal_alternation(_WORD_LIST)})(?![A-Za-z])")
_WORD_AT_START = re.compile(rf"{literal_alternation(_WORD_LIST)}(?![A-Za-z])")
_SPACES_AT_END = re.compile(rf"{SPACE}+\Z")
#: A figure that ends right before a sign: "15 €", "-1 000 000€", "40$".
_FIGURE_BEFORE = re.compile(
    rf"(?:{_MINUS})?(?:{NUMBER_SPACED}|\d[\d,]*(?:\.\d+)?|\.\d+)(?:[KMBT]|{SPACE}*(?:{SCALE}))?{SPACE}*\Z")


#: Cents and pence: "cents", "cent" (not of "per cent") or "pence" after a space or a hyphen ("a 50-cent
#: fare"), "c" or "p" right after a digit ("99c", "4p"). Each branch opens with its letter, so the
#: engine skips from one "c" or "p" to the next.
_HUNDREDTH_SCAN = re.compile(rf"c(?:(?<=\dc)|(?<=[{WHITESPACE}-]c)(?<!r.c)ents?)(?![A-Za-z0-9])"
                             rf"|p(?:(?<=\dp)|(?<=[{WHITESPACE}-]p)ence)(?![A-Za-z0-9])")


def _anchors(text: str) -> Iterator[tuple[int, int]]:
    """Offsets of currency signs, codes and words, and of cents and pence, in text order."""
    words = ((m.start("w"), m.end("w")) for m in _WORD_SCAN.finditer(text))
    first = _WORD_AT_START.match(text)
    if first:
        words = chain([(0, first.end())], words)
    hundredths = ((m.start(), m.end()) for m in _HUNDREDTH_SCAN.finditer(text))
    return heapq.merge(((m.start(), m.end()) for m in _SIGN_SCAN.finditer(text)), words, hundredths)


def _atom_at(text: str, where: int, anchor_end: int, position: int) -> re.Match | None:
    """The amount holding the anchor at ``text[where:anchor_end]``, not starting before ``position``.

    A sign starts its amount (at most a few characters of "US$" or "-" before it) or ends it
    ("15 €"); a word or code ends it ("10 billion yuan", "a hundred and two dollars"), so
    the window before a word is wider."""
    end = min(len(text), anchor_end + 64)
    sign = text[where] in "$€£¥₽₹"
    # The figure may stand a run of spaces before the sign ("35  €" as "35 €").
    before = _SPACES_AT_END.sub("", text[max(0, where - 8):where])
    if sign and before[-1:].isdigit():
        # "15 €", "-1 000 000€", "40$": read the figure backwards from the sign
        figure = _FIGURE_BEFORE.search(text, max(position, where - 40), where)
        atom = _ATOM.match(text, figure.start(), end) if figure else None
        if atom and atom.end() > where:
            return atom
    for atom in _ATOM.finditer(text, max(position, where - (6 if sign else 56)), end):
        if atom.start() > where:
            break
        if atom.end() > where:
            return atom
    return None


def find(context: DocumentContext) -> Iterator[Fact]:
    """Yield every money fact in the document."""
    text = context.text
    previous_subject, previous_sentence = "", -1
    position = 0
    for where, anchor_end in _anchors(text):
        if where < position:
            continue
        atom = _atom_at(text, where, anchor_end, position)
        if atom is None or context.skip(atom.start(), atom.end()):
            continue
        fact = _read(context, atom)
        if fact is None:
            continue
        sentence_start = fact.sentence_start
        if wished(text, sentence_start, fact.start):
            continue
        if sentence_start != previous_sentence:
            previous_subject = ""
        # A range is measured from its first figure ("Sales were [3 to 4 million dollars]").
        measured_from = fact.start if fact.qualifier == "range" else atom.start()
        fact.subject = (subject_of_quantity(text, sentence_start, measured_from, fact.end, previous_subject)
                        or _noun_after(text, sentence_start, fact.start, fact.end))
        added = added_to(text, fact.start, fact.end)
        if added:  # "will add about $90 a month to repayments": repayments rise by $90
            fact.subject, fact.note = added, "change:up"
        fact.subject = deal_measure(text, (sentence_start, fact.sentence_end), fact.start, fact.end, fact.subject)
        fact.scope = scope_of(fact.sentence, atom.start() - sentence_start)
        period = _per_period(text, fact.end)
        if not period:  # "monthly repayments of $90": the period stands in the subject
            fact.subject, period = _periodic_subject(fact.subject)
        fact.unit += period
        previous_subject, previous_sentence = fact.subject or previous_subject, sentence_start
        position = fact.end
        yield fact


# --- a takeover's price ------------------------------------------------------------------------

_S = SPACE
#: A purchase or a deal named near an amount: the sentence speaks of a takeover's price.
_DEAL_CONTEXT = re.compile(rf"\b(?i:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases"
                           rf"|purchased|purchasing|sell|sells|sold|selling|take{_S}+over|takes{_S}+over"
                           rf"|took{_S}+over|taking{_S}+over|deal|transaction|offer|takeover|acquisition"
                           rf"|merger|bid|buyout)\b")
#: "to buy Larkspur Brands for [$8.4 billion]": a verb of purchase, its object, then "for".
_BOUGHT_FOR = re.compile(rf"\b(?i:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchases"
                         rf"|purchased|purchasing|sell|sells|sold|selling|take{_S}+over|takes{_S}+over"
                         rf"|took{_S}+over|taking{_S}+over)\b"
                         # its object a company: a name, or a noun of a business ("a house" is no takeover)
                         rf"(?=[^;]{{0,80}}?(?:\b[A-Z]|\b(?:company|firm|group|business|rival|unit|division|stake)\b))"
                         rf"[^;]{{0,80}}?\b(?i:for){_S}+\Z")
#: "will pay [$52.50] a share", "is offering [$52.50]", "pay shareholders [$52.50]", "will receive [$52.50]".
_PAID = re.compile(rf"\b(?i:pay|pays|paid|paying|offer|offers|offered|offering|bid|bids|bidding|receive|receives"
                   rf"|received|receiving)"
                   rf"(?:{_S}+[A-Za-z][\w’'-]*){{0,2}}{_S}+\Z")
#: "[$52.50] a share", "per (diluted) share", "for each Larkspur share".
_PER_SHARE = re.compile(rf"{_S}+(?i:a|per|each|for{_S}+each|for{_S}+every){_S}+(?:[A-Za-z][\w’'-]*{_S}+){{0,2}}?"
                        rf"(?i:share)\b(?!{_S}*[’']?s\b)")
#: Debt counted in a value ("including debt", "counting Larkspur's borrowings", "plus its net debt"):
#: the value of the whole business, not the price of its shares.
_OWNER = rf"(?:(?:[A-Z][\w.-]*{_S}+){{0,2}}[A-Z][\w.-]*[’']s|(?i:its|their|the))"
_WITH_DEBT = (rf"\b(?i:including|includes|counting|plus|inclusive{_S}+of){_S}+(?:{_OWNER}{_S}+)?"
              rf"(?:(?i:net|assumed|outstanding){_S}+)?(?i:debt|borrowings)\b"
              rf"(?!{_S}+(?i:repayments?|payments?|service|servicing|costs?|relief|ceiling|limit))")
_DEBT_BEFORE = re.compile(_WITH_DEBT + r"[^\d;]*\Z")
_DEBT_AFTER = re.compile(rf"{_S}*,?{_S}*" + _WITH_DEBT)
#: "an [$8.9 billion] all-cash deal": the noun the amount sizes is a deal.
_DEAL_AFTER = re.compile(rf"{_S}+(?:[\w-]+{_S}+)?(?i:deal|transaction|offer|takeover|acquisition|merger|bid|buyout)\b")
#: Words a deal's price is read with: the deal itself, how it is paid, the equity it buys.
_DEAL_NOUNS = {"deal", "transaction", "offer", "takeover", "acquisition", "merger", "bid", "buyout", "purchase"}
_PRICE_WORDS = {"cash", "stock", "shares", "cash and stock", "cash and shares", "equity value", "total equity value",
                "value", "total value", "purchase price", "price"}
#: Of those, the words that name a deal's price wherever a deal is named near ("cash" or "shares"
#: alone may be a company's own: "had $2 billion in cash before the acquisition").
_DEAL_PRICE_WORDS = {"equity value", "total equity value", "purchase price"}
#: A value stated with debt counted: "the deal values Larkspur at", "is worth", "valued at".
_VALUED = re.compile(r"\b(?i:values?|valued|valuing|worth)\b")
#: The subject read for an amount paid per share when nothing else is ("$52.50 for [each] share").
_PER_SHARE_WORDS = _PRICE_WORDS | {"", "each", "every"}
#: How far around an amount, inside its sentence, a deal is looked for and its wording read.
_DEAL_REACH = 160


def deal_measure(text: str, sentence: tuple[int, int], start: int, end: int, subject: str) -> str:
    """The measure an amount paid for a company or its shares is of, as business news words it,
    else ``subject`` (``sentence``: where the amount's sentence starts and ends):

    * "price per share", paid for each share ("will pay [$52.50] per share", "to buy the company
      for [$52.50] a share", "[$52.50] for each Larkspur share");
    * "enterprise value", the value with the target's debt counted ("Including debt, the deal
      values Larkspur at [$10.1 billion]", "[$10.1bn] including net debt");
    * "deal", the price of the whole ("to buy Larkspur for [$8.4 billion] in cash", "an all-cash
      deal valued at [$8.9 billion]", "a total equity value of [$8.4 billion]"). What a deal
      "values" is kept as read ("values the company at [$44 billion]": the company).

    The last two only near a purchase or a deal: "holds [$5bn] in cash" stays cash; "[$1.48] a
    share" of earnings stays earnings.

    >>> deal_measure("It agreed to buy Larkspur for $8.4 billion in cash.", (0, 51), 30, 42, "cash")
    'deal'
    >>> deal_measure("The bank holds $5 billion in cash.", (0, 34), 15, 25, "cash")
    'cash'
    """
    low, high = max(sentence[0], start - _DEAL_REACH), min(sentence[1], end + _DEAL_REACH)
    before = text[low:start]
    in_deal = bool(_DEAL_CONTEXT.search(text, low, high))
    bought = bool(_BOUGHT_FOR.search(before))
    words = subject.split()
    sized_deal = bool(words) and words[-1] in _DEAL_NOUNS
    if _PER_SHARE.match(text, end):
        # Paid ("will pay", "is offering", "will receive") or bought ("to buy the company for") per
        # share, or a deal's price per share: one price, however the share is counted.
        if _PAID.search(before) or (in_deal and (bought or subject in _PER_SHARE_WORDS or sized_deal)):
            return "price per share"
        return subject
    if not in_deal:
        return subject
    # debt counted right after the amount, or before it in a sentence that states a value
    if _DEBT_AFTER.match(text, end) or (_DEBT_BEFORE.search(before) and _VALUED.search(text, low, high)):
        return "enterprise value"
    if bought or sized_deal or subject in _DEAL_PRICE_WORDS or _DEAL_AFTER.match(text, end):
        return "deal"
    return subject


#: "monthly", "weekly", "daily" right after an amount: a rate, as "a month" is.
_PERIODIC_AFTER = re.compile(rf"{SPACE}+(?P<periodic>(?i:monthly|weekly|daily|hourly))\b")
_PERIOD_OF = {"monthly": "month", "weekly": "week", "daily": "day", "hourly": "hour"}
_SHORT_PERIODS = {"second", "hour", "day", "week", "month"}


def _per_period(text: str, end: int) -> str:
    """``/month`` for an amount paid or charged by the month ("$90 a month", "$90 monthly"), and
    likewise by the week, day or hour, so that "$90 a month" is never set against "$1,000 a year".
    An amount by the year takes no period: a year is what an amount with none is mostly for
    ("a budget of $1 billion", "$1 billion a year")."""
    rate = RATE_AFTER.match(text, end)
    periodic = None if rate else _PERIODIC_AFTER.match(text, end)
    period = period_of(rate) if rate else _PERIOD_OF[periodic["periodic"].lower()] if periodic else ""
    return f"/{period}" if period in _SHORT_PERIODS else ""


#: A determiner, and maybe one word ("a record", "the proposed"), right before an amount that
#: qualifies the noun after it: "a record $2.7bn fine", "the $44 billion deal".
_DETERMINER_BEFORE = re.compile(rf"(?<![\w’'-])(?i:an?|the|its|their|his|her|this|that|our)"
                                rf"(?:{SPACE}+[a-z]+)?{SPACE}+\Z")


def _noun_after(text: str, sentence_start: int, start: int, end: int) -> str:
    """The noun an amount qualifies, as an adjective stands before its noun: "a $1 million prize"
    → "prize", "The $44 billion deal" → "deal"; "" for an amount that is no such adjective ("raised
    $5 million last year").

    >>> _noun_after("She won a $1 million prize.", 0, 10, 20), _noun_after("It raised $5 million last year.", 0, 10, 20)
    ('prize', '')
    >>> _noun_after("a $600,000 home loan, on", 0, 2, 10), _noun_after("a $600,000 loan face higher costs", 0, 2, 10)
    ('home loan', 'loan')
    >>> _noun_after("a $600,000 home loan last year", 0, 2, 10)
    'home loan'
    """
    if RATE_AFTER.match(text, end) or not _DETERMINER_BEFORE.search(text, max(sentence_start, start - 24), start):
        return ""  # "a $5 billion a year business": the rate comes first
    noun = counted_noun(text, end, max_words=2, singular=True)
    if noun is None:
        return ""
    words = noun[0].split()
    following = _WORD_AFTER.match(text, noun[1])
    if len(words) > 1 and following and following[1] in _OBJECT_OPENERS:
        # The second word is a verb taking an object ("a $600,000 loan face higher repayments"): the
        # noun is the word right after the amount.
        words = words[:1]
    return canonical_subject(" ".join(words))


_WORD_AFTER = re.compile(rf"{SPACE}+([a-z]+)\b")
#: Words that open a verb's object: after them the word before is a verb, not a noun.
_OBJECT_OPENERS = {"higher", "lower", "more", "less", "fewer", "greater", "bigger", "new", "the", "a", "an",
                   "its", "their", "his", "her", "our", "no", "any", "some"}


def _periodic_subject(subject: str) -> tuple[str, str]:
    """A subject without the period it is paid or charged by, and that period as a unit suffix:
    "monthly repayments" is repayments by the month, as "repayments of $90 a month" are. A year
    takes no period, as in :func:`_per_period` ("annual fee" is already "fee").

    >>> _periodic_subject("average monthly rent"), _periodic_subject("weekly wage"), _periodic_subject("rent")
    (('average rent', '/month'), ('wage', '/week'), ('rent', ''))
    >>> _periodic_subject("monthly mortgage repayments"), _periodic_subject("monthly report showed revenue")
    (('mortgage repayments', '/month'), ('monthly report showed revenue', ''))
    """
    words = subject.split()
    # The period qualifies the head noun, standing right before it or before a noun that
    # qualifies it ("monthly mortgage repayments"); "monthly" alone names no subject to keep.
    at = next((i for i in (len(words) - 2, len(words) - 3) if i >= 0 and words[i] in _PERIOD_OF), None)
    if at is None:
        return subject, ""
    return " ".join(words[:at] + words[at + 1:]), f"/{_PERIOD_OF[words[at]]}"


def _group(atom: re.Match, name: str) -> str | None:
    """A group of whichever of the amount shapes matched."""
    return next((atom.group(form) for form in _FORMS[name] if atom.group(form)), None)


#: The groups of each name in the amount shapes: "num", "num2", … as far as a shape defines one.
_FORMS = {name: [form for form in (name, *(f"{name}{shape}" for shape in range(2, 7))) if form in _ATOM.groupindex]
          for name in ("num", "scale", "letter")}


def _read(context: DocumentContext, atom: re.Match) -> Fact | None:
    text = context.text
    number = _group(atom, "num")
    scale_word = _group(atom, "scale") or _group(atom, "letter")
    per_unit = _per_unit(atom)
    hundredths_of = _hundredths_of(context, atom) if per_unit != 1 else ""
    unit = (hundredths_of or "USD") if per_unit != 1 else _unit(atom)
    try:
        reading = read_number(number)
    except ValueError:
        return None
    start, end = atom.start(), atom.end()
    head = text[max(0, start - 40):start]
    if not (atom.group("sym") or atom.group("code")) and _NUMBER_BEFORE.search(head):
        return None  # "245 23 yen": a list or a garbled figure, not an amount
    if per_unit != 1 and _POSSESSIVE_BEFORE.search(head):
        return None  # "added his two cents": an opinion, not an amount
    if per_unit != 1 and _ON_THE_UNIT.match(text, end):
        return None  # "10 cents on the dollar", "50p in the pound": a ratio, not an amount
    if atom.group("word") or atom.group("after") or atom.group("minor"):  # "3 to 4 million dollars"
        ranged = _range_ending(context, atom, reading, scale_word, unit, per_unit)
        if ranged is not None:
            return ranged
    tail = _RANGE_TAIL.match(text, end)
    between = _BETWEEN_BEFORE.search(head)
    negative = bool(atom.group("neg") or atom.group("neg2") or atom.group("neg3"))
    joiner = (tail.group("joiner") or "").lower() if tail else ""
    tail_scale = tail and (tail.group("scale") or tail.group("letter"))
    upper = _tail_number(tail)
    change = _change_before(text, start) if not (between or negative) else None
    compared = _COMPARED_AFTER.match(text, end) if not (change or between or negative) else None
    if atom.group("abbreviated") and (_sized_thing(text, end) or not (
            _priced(text, start, end) or ((change or compared) and hundredths_of))):
        return None  # "99c", "4p" are cents and pence by a price, else a label, "1080p" or "rose 5c" (Celsius)
    tail_per_unit = _tail_per_unit(tail, per_unit)
    if joiner == "to" and _change_and_level(change, bool(scale_word), bool(tail_scale),
                                            _ratio(reading.value / per_unit, scale_word, tail,
                                                   upper and upper.value / tail_per_unit)):
        if _link(change) == "from" and not scale_word:
            scale_word = tail_scale  # "rose from $2 to $3 billion": two levels in one scale
        tail = None  # "climbed $2 to $85": the change, then the level, read on its own
    elif _link(change) == "from" or (change and change.group("verb").lower() in _NOT_MOVES):
        change = None  # "rose from $2" is a level; "lost $2 billion" a loss, not a move
    if (tail and upper is not None and not negative and (joiner != "and" or between)
            and (tail_scale or not scale_word)):
        scale = scale_of(tail.group("scale") or tail.group("letter") or scale_word)
        low_scale = scale_of(scale_word) if scale_word else scale
        low, high = reading.value * low_scale / per_unit, upper.value * scale / tail_per_unit
        if low < high:
            start = start - len(between.group()) if between else start
            return context.fact(KIND, start, tail.end(), f"{canonical(low)}..{canonical(high)}",
                                unit=unit, low=low, high=high, qualifier="range")
    if not negative and text[end:end + 1] == ")" and _LINK_BEFORE.search(text, max(0, start - 20), start):
        negative, start, end = True, start - 1, end + 1  # accounting: "revenue was ($99.99)"
    bound = None if negative else _BOUND_BEFORE.search(head)
    qualifier = bound_qualifier(bound.group("bound") if bound else None)
    if bound:
        start -= len(bound.group())
    low, high, qualifier = signed(interval(reading, scale_of(scale_word), qualifier), negative)
    if per_unit != 1:  # cents and pence: the interval read in hundredths, in units of the currency
        low, high = (None if low is None else low / per_unit), (None if high is None else high / per_unit)
    value = canonical((-1 if negative else 1) * reading.value * scale_of(scale_word) / per_unit)
    note = _direction(change) or (_compared_direction(compared) if compared else "")
    return context.fact(KIND, start, end, value, unit=unit, low=low, high=high, qualifier=qualifier, note=note)


#: A comparative after an amount makes it a difference, as percent reads "5% higher": "shares closed
#: 3.5p higher at 245p", "oil settled $2 lower", "down 12 cents" (up or down before "on", "from", "at").
_COMPARED_AFTER = re.compile(rf"{SPACE}+(?P<word>(?i:higher|lower|(?:up|down)(?={SPACE}+(?:on|from|at)\b)))\b")


def _compared_direction(compared: re.Match) -> str:
    """The note of an amount with a comparative after it: ``change:up`` or ``change:down``."""
    return "change:up" if compared.group("word").lower() in ("higher", "up") else "change:down"


def _change_before(text: str, start: int) -> re.Match | None:
    """The change verb right before the figure at ``start``, across one bound ("rose more than $2")."""
    bound = _BOUND_BEFORE.search(text, max(0, start - 40), start)
    verb_end = bound.start() if bound else start
    change = _CHANGE_BEFORE.search(text, max(0, verb_end - 40), verb_end)
    if change and change.group("verb").lower() == "raised" and _link(change) != "by":
        return None  # "raised $2 million to $3 million from investors": money raised, not a rise
    return change


def _link(change: re.Match | None) -> str:
    """The preposition after a change verb: "by", "from" or ""."""
    return (change.group("link") or "").lower() if change else ""


#: Verbs of the change list that name an amount rather than a move: "lost $2 billion last year".
_NOT_MOVES = {"lost", "loses", "lose"}
#: How many times the change a level reached after it must be: "Brent climbed $2 to $85" is a
#: change and a level, "fares will increase $2 to $4 depending on distance" a range of the change.
_LEVEL_RATIO = 5


def _tail_number(tail: re.Match | None):
    """The second figure of a range tail, read; None when there is none or it cannot be read."""
    if tail is None:
        return None
    try:
        return read_number(tail.group("num"))
    except ValueError:
        return None


def _ratio(first: float, scale_word: str | None, tail: re.Match | None, second: float | None) -> float:
    """The second figure of "<figure> to <figure>" (``second``, read from ``tail``) over the first,
    each in its own scale (the first borrows the second's when it has none); infinity when either
    is missing or the first is zero. Each figure comes in units of its currency or hundredths of it."""
    if tail is None or second is None:
        return math.inf
    tail_scale = scale_of(tail.group("scale") or tail.group("letter") or scale_word)
    first *= scale_of(scale_word) if scale_word else tail_scale
    return second * tail_scale / first if first else math.inf


def _change_and_level(change: re.Match | None, first_scaled: bool, second_scaled: bool,
                      ratio: float = math.inf) -> bool:
    """Whether "<figure> to <figure>" after a change verb is two figures rather than a range.

    "Brent climbed $2 to $85" and "exports rose by $500 million to $6 billion" give the change,
    then the level reached; "rose from $2 to $3 billion" gives the level before and after (as
    percent reads "rose from 5% to 7%"). But a first figure that borrows the second's scale
    ("spending will rise by $2 to $3 billion") only makes sense as a range of the change, and so
    does, after a bare verb, a second figure less than :data:`_LEVEL_RATIO` times the first ("fares
    will increase $2 to $4": a level is seldom reached by a change of a fifth or more of it; "cut
    by €3 to €12" says "by", and is a change and a level)."""
    if change is None:
        return False
    if _link(change) == "from":
        return True
    return (first_scaled or not second_scaled) and (_link(change) == "by" or ratio >= _LEVEL_RATIO)


def _direction(change: re.Match | None) -> str:
    """The note of a change, as percent writes it: ``change:up`` or ``change:down``; "" for a level
    or a change without a direction ("moved by $2", "rose from $2": a level)."""
    if change is None or _link(change) == "from":
        return ""
    verb = change.group("verb").lower()
    if verb in ("went", "moved", "changed"):
        return ""
    return "change:down" if _FALL_WORD.fullmatch(verb) else "change:up"


def _range_ending(context: DocumentContext, atom: re.Match, upper, scale_word: str | None,
                  unit: str, per_unit: int = 1) -> Fact | None:
    """The range that ``atom`` (a figure followed by its currency) closes: "between 5 and 6 billion
    dollars", "3 to 4 million euros", "3 million-4 million yuan". The first figure takes the scale of
    the second unless it has its own; "and" makes a range only after "between", as in the other shapes."""
    text, start = context.text, atom.start()
    head = _RANGE_HEAD.search(text, max(0, start - 60), start)
    if head is None or (head.group("word") and head.group("word").lower() == "and" and not head.group("between")):
        return None
    before = max(0, head.start() - 40)
    if not head.group("between") and (_LABEL_BEFORE.search(text, before, head.start()) or (
            head.group("word") and _change_and_level(_change_before(text, head.start()),
                                                     bool(head.group("scale")), bool(scale_word)))):
        return None  # "Phase 1 – 300 million euros", "Feb 4 - 300 million euros", "rose by 500 million to 6 billion"
    try:
        lower = read_number(head.group("num"))
    except ValueError:
        return None
    scale = scale_of(scale_word)
    low = lower.value * (scale_of(head.group("scale")) if head.group("scale") else scale) / per_unit
    high = upper.value * scale / per_unit  # "between 10 and 15 cents": both in cents
    if not low < high:
        return None
    start = head.start() if head.group("between") else head.start("num")
    return context.fact(KIND, start, atom.end(), f"{canonical(low)}..{canonical(high)}", unit=unit, low=low,
                        high=high, qualifier="range")


#: Cents in a dollar or euro, pence in a pound.
_HUNDRED = 100


def _per_unit(atom: re.Match) -> int:
    """How many of the amount's figure make a unit of its currency: 1, or a hundred for cents and
    pence ("10 cents", "4p"), whose value is then divided by a hundred ("10 cents" is 0.10 dollars)."""
    return _HUNDRED if atom.group("minor") or atom.group("abbreviated") else 1


def _tail_per_unit(tail: re.Match | None, per_unit: int) -> int:
    """:func:`_per_unit` of the second figure of "<figure> to <figure>": its own word or sign says ("10
    cents to 15 cents", "10 cents to $3.10"); a bare figure counts as the first one does ("10 to 15")."""
    if tail is not None and tail.group("minor"):
        return _HUNDRED
    return 1 if tail is not None and tail.group("sign") else per_unit


#: What makes "99c" or "4p" an amount rather than a label ("Form 4p", "1080p"): a price verb before it
#: ("costs 99c", "sold for 40p"), a rate after it ("142p a litre", "32c per share", "99c each") or a
#: figure in the same unit before "to"/"and"/"or" ("fell 4p to 120p"). A change verb before it counts too,
#: for "c" only where a dollar or euro is named nearby ("fell 40c to A$45.20"; "rose 5c" may be Celsius).
_PRICE_BEFORE = re.compile(
    rf"(?:\b(?i:costs?|costing|priced{SPACE}+at|paid|pays?|paying|charged?|charges|charging|worth|fetch(?:ed|es|ing)?"
    rf"|(?:sold|sells?|selling|bought|buys?|buying){SPACE}+for|(?:closed|opened|ended|finished|settled|traded|trading)"
    rf"{SPACE}+at)|(?:\d[cp]|\b(?:cents?|pence))(?:(?:{SPACE}+(?i:higher|lower|up|down))?{SPACE}+(?i:at)|{SPACE}+(?i:to|and|or)))"
    rf"(?:{SPACE}+{BOUND})?{SPACE}+\Z")
_PER_UNIT_AFTER = re.compile(rf"{SPACE}+(?:(?i:a|an|per){SPACE}+[a-z]|(?i:each)\b(?!{SPACE}+[a-z]))")


#: Plural nouns that a sum in cents or pence may name or modify: "10p coins", "4p and 5p stamps", "2p rises".
_MONEY_THINGS = frozenset(("coins", "pieces", "bits", "stamps", "charges", "fees", "fares", "rises", "cuts", "hikes",
                           "increases", "falls", "drops", "payments", "levies", "taxes", "surcharges", "discounts",
                           "tips", "prices", "shares"))
_WORD_AFTER = re.compile(rf"{SPACE}+(?P<word>[a-z]+)\b")


def _sized_thing(text: str, end: int) -> bool:
    """Whether the abbreviated figure ending at ``end`` ("4p", "5c") sizes or labels the plural noun after
    it ("4p and 5p nails", "10c screws"), which money names only in :data:`_MONEY_THINGS`."""
    after = _WORD_AFTER.match(text, end)
    return bool(after and is_plural(after.group("word")) and after.group("word") not in _MONEY_THINGS)


def _priced(text: str, start: int, end: int) -> bool:
    """Whether the abbreviated cents or pence at ``text[start:end]`` ("99c", "4p") stand beside a price."""
    return bool(_PRICE_BEFORE.search(text, max(0, start - 60), start) or _PER_UNIT_AFTER.match(text, end))


#: The currencies cents are hundredths of, by what names them: a dollar's sign, code or word, or the euro's.
_CENT_CURRENCIES = {"USD", "CAD", "AUD", "HKD", "SGD", "NZD", "EUR"}
_CURRENCY_NAMED = re.compile(rf"{_SYMBOL}|\b{_CODE}|{_WORD}")
#: The currency a rate is quoted in, after the cents it moved by: "the euro fell 0.5 cents against the
#: dollar" is a price of the euro in dollars, so the cents are the dollar's, not the euro's.
_AGAINST_CURRENCY = re.compile(rf"(?:{SPACE}+(?i:higher|lower|up|down))?{SPACE}+(?i:against|versus|vs\.?)"
                               rf"{SPACE}+(?:(?i:the){SPACE}+)?(?P<currency>{_SYMBOL}|{_CODE}|{_WORD})")
#: How far from cents a currency named in the same sentence may stand to be theirs.
_CENT_REACH = 200


def _hundredths_of(context: DocumentContext, atom: re.Match) -> str:
    """The currency of cents or pence: pence ("p") are British; cents ("c") belong to the dollar or
    euro named nearest in the same sentence ("rose 10 cents to $3.10", "a 50-cent coin … €2"), or
    to none named (""), which makes them US cents, unless only a change verb says that "5c" is money
    ("temperatures rose 5c" are degrees)."""
    if (atom.group("minor") or "").startswith("pen") or atom.group("abbreviated") == "p":
        return "GBP"
    quote = _AGAINST_CURRENCY.match(context.text, atom.end())
    if quote and _named_unit(quote.group("currency")) in _CENT_CURRENCIES:
        return _named_unit(quote.group("currency"))  # "the euro fell 0.5 cents against the dollar": US cents
    sentence = context.sentences.at(atom.start())
    low, high = max(sentence.start, atom.start() - _CENT_REACH), min(sentence.end, atom.end() + _CENT_REACH)
    nearest = ("", math.inf)
    for named in _CURRENCY_NAMED.finditer(context.text, low, high):
        unit = _named_unit(named.group())
        distance = named.start() - atom.end() if named.start() >= atom.end() else atom.start() - named.end()
        if unit in _CENT_CURRENCIES and distance < nearest[1]:
            nearest = (unit, distance)
    return nearest[0]


def _named_unit(name: str) -> str:
    """The currency of a sign, code or word as written ("€", "A$", "CAD", "euros", "Canadian dollars")."""
    bare = name.replace("\\", "").lower()
    if bare in _SYMBOLS:
        return _SYMBOLS[bare]
    return _word_unit(name)


def _unit(atom: re.Match) -> str:
    symbol = atom.group("sym") or atom.group("after")
    if symbol:
        trail = atom.group("trail")
        return _CODES[trail.lower()] if trail else _SYMBOLS.get(symbol.replace("\\", "").lower(), "USD")
    return _word_unit(atom.group("code") or atom.group("word"))


def _word_unit(code: str) -> str:
    """The currency of an ISO code or a currency word ("RMB", "euros", "Hong Kong dollars")."""
    words = code.lower().split()
    if code.lower() in _CODES:
        return _CODES[code.lower()]
    if words[0] in _ADJECTIVES:
        return _ADJECTIVES[words[0]]
    if words[-1] == "sterling":
        return "GBP"
    return _WORDS.get(words[-1], "USD")
