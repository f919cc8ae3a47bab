"""Places: countries, regions, seas, provinces and cities, with aliases canonicalised.

Reads the names of :mod:`consistency.gazetteer` (title case, or capitals as in a
dateline "BEIJING, Feb. 6", which is metadata but still a place), with either
apostrophe: "Republic of Korea" and "South Korea" are both "South Korea"; "U.S.",
"US", "USA" and "United States" are "United States"; "People’s Republic of China"
is "China". A possessive counts ("China’s" names China).

Not read as places, by design:

* nationality adjectives ("Chinese", "Russian"): they qualify, not locate;
* names inside an organisation's name ("Shanghai" in "Shanghai Cooperation
  Organisation", "China" in "Renmin University of China");
* names inside a person's title ("Russia" in "President of Russia Vladimir Putin",
  "U.S." in "U.S. President"): the title says whose office it is, not where anything
  happens;
* hyphenated compounds ("China-Russia relations", "U.S.-Iran clash", "one-China"),
  which are adjectives like the nationality words, and "One China" (a policy's name).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..gazetteer import PLACE_ALIASES, canonical_place
from ..schema import Fact
from ._base import DocumentContext, Example
from ._names import SpanSet, first_words, longest_names, sentence_speakers
from .orgs import mentions as org_mentions

KIND = "place"

_SP = r"[^\S\r\n]+"
_TITLE = (r"(?:President|Presidents|Minister|Premier|Ambassador|Secretary|Envoy|Leader|Chancellor|King|Queen|"
          r"Prime|Vice|Deputy|Foreign|Defen[cs]e|Finance|Chief|Consul|Governor|Spokes(?:person|man|woman))")
_TITLE_BEFORE = re.compile(rf"\b{_TITLE}{_SP}of{_SP}(?:the{_SP})?$")
_TITLE_AFTER = re.compile(rf"(?:['’]s)?{_SP}{_TITLE}\b")
_STARTS = first_words(list(PLACE_ALIASES) + [name.upper() for name in PLACE_ALIASES])
_POLICY_BEFORE = re.compile(rf"\b(?:One|one){_SP}$")


@lru_cache(maxsize=64)
def matches(text: str) -> tuple[tuple[int, int, str], ...]:
    """Every gazetteer name in ``text`` as ``(start, end, canonical)``, before any skipping.

    Names are looked up among the capitalised runs (one pass, dictionary lookups), so a
    hyphenated compound ("China-Russia") is one word and no place.
    """
    return tuple(longest_names(text, canonical_place, _STARTS))


def find(context: DocumentContext) -> Iterator[Fact]:
    """Yield every place named in the document outside boilerplate, orgs and titles."""
    text = context.text
    orgs = SpanSet(org_mentions(text))
    speaker = sentence_speakers(context)
    for start, end, value in matches(text):
        if context.skip(start, end) or orgs.covers(start, end):
            continue
        before = text[max(0, start - 40):start]
        if _TITLE_BEFORE.search(before) or _TITLE_AFTER.match(text, end) or _POLICY_BEFORE.search(before):
            continue
        yield context.fact(KIND, start, end, value, speaker=speaker(start))


EXAMPLES = [
    Example("Delegates from the [Republic of Korea] arrived.", "South Korea"),
    Example("Exports to [South Korea] grew.", "South Korea"),
    Example("Officials in the [U.S.] disagreed.", "United States"),
    Example("[USA] and Canada signed.", "United States"),
    Example("The talks were held in [Abu Dhabi] last week.", "Abu Dhabi"),
    Example("Ties with the [People’s Republic of China] deepened.", "China"),
    Example("The [Russian Federation] objected.", "Russia"),
    Example("[TOKYO], March 3 (Kyodo) — Markets fell.", "Tokyo"),
    Example("Ships crossed the [Taiwan Strait] overnight.", "Taiwan Strait"),
    Example("[Germany]’s exports rose.", "Germany"),
    Example("Growth in the [Asia-Pacific] slowed.", "Asia-Pacific"),
    Example("Flights to [Havana] resumed.", "Havana"),
    Example("The Chinese and Russian delegations met."),
    Example("The Shanghai Cooperation Organisation opened an office."),
    Example("She studied at Renmin University of China."),
    Example("China-Russia trade and U.S.-Iran tensions dominated."),
    Example("The President of Russia spoke."),
    Example("Russian President Vladimir Putin and U.S. President Donald Trump spoke."),
]
