"""Places: countries, regions, seas, provinces, cities and landmark venues, canonicalised.

Reads the names of :mod:`consistency.gazetteer` (title case, or capitals as in a
dateline "BEIJING, Feb. 6", which is metadata but still a place), with either
apostrophe: "Republic of Korea" and "South Korea" are both "South Korea"; "U.S.",
"US", "USA" and "United States" are "United States"; "People’s Republic of China"
is "China". A possessive counts ("China’s" names China). Also read:

* each place of a compound that starts with a capitalised word: "China-Russia relations"
  and "U.S.-Iran clash" name the parties (China, Russia; United States, Iran), as does
  "U.S.-led"; a name that is itself hyphenated ("Asia-Pacific", "Guinea-Bissau") stays whole;
* places in titles: "President of Russia", "U.S. President", "Secretary of Iran’s …" say
  whose office it is, which is what a reader compares;
* landmark venues ("the Great Hall of the People", "talks at the Kremlin"); a building that
  also names its institution is an organisation where it acts ("the Kremlin said");
* first-level regions ("California", "South Dakota", "New South Wales", "Bavaria", "Uttar Pradesh",
  "Puducherry", "Baja California", "Eastern Cape").

Not read as places, by design:

* nationality adjectives ("Chinese", "Russian"): they qualify, not locate;
* names inside an organisation's name ("Shanghai" in "Shanghai Cooperation
  Organisation", "China" in "Renmin University of China");
* a compound after a lower-case prefix ("one-China", "pro-EU") and "One China", which
  name a policy or stance rather than a party;
* a place word in a person's name ("Paris Hilton", "George Washington", "Mr Jordan", "Galicia
  Ruiz said"; see :mod:`.people`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..gazetteer import PLACE_ALIASES, VENUES, canonical_place, canonical_venue
from ..schema import Fact
from ._base import DocumentContext, Example
from ._capitals import NameIndex, SpanSet, compound_names, longest_names
from .orgs import mentions as org_mentions

KIND = "place"

_SP = r"[^\S\r\n]+"
_INDEX = NameIndex([*PLACE_ALIASES, *(name.upper() for name in PLACE_ALIASES), *VENUES])
_POLICY_BEFORE = re.compile(rf"\b(?:One|one){_SP}$")


def _lookup(name: str) -> str | None:
    """The canonical place or venue ``name`` is written for, else None."""
    return canonical_place(name) or canonical_venue(name)


@lru_cache(maxsize=64)
def matches(text: str) -> tuple[tuple[int, int, str], ...]:
    """Every gazetteer name in ``text`` as ``(start, end, canonical)``, in text order, before any
    skipping: whole names among the capitalised runs (one pass, dictionary lookups), then the
    places inside compounds ("China-Russia") that are not names themselves."""
    whole = longest_names(text, _lookup, _INDEX)
    return tuple(sorted(whole + compound_names(text, canonical_place, whole)))


def find(context: DocumentContext) -> Iterator[Fact]:
    """Yield every place named in the document outside boilerplate and organisations' names."""
    from .people import mentions as person_mentions  # people read places' spans: imported late, no cycle

    text = context.text
    orgs = SpanSet(org_mentions(text))
    # A place word inside a person's name ("Paris Hilton", "George Washington") is the name's.
    people = SpanSet(person_mentions(text, tuple(context.doc.boilerplate)))
    for start, end, value in matches(text):
        if orgs.covers(start, end) or people.overlaps(start, end) or context.skip(start, end):
            continue
        # "One" may stand more than one space before ("One  China"): the window allows a run.
        if text[start - 1:start].isspace() and _POLICY_BEFORE.search(text, max(0, start - 16), start):
            continue
        yield context.fact(KIND, start, end, value)


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
    Example("Brazil-[Argentina] trade rose.", "Argentina"),
    Example("The [U.S.]-led coalition grew.", "United States"),
    Example("The President of [Kenya] spoke.", "Kenya"),
    Example("The dinner was held in the [Great Hall of the People].", "Great Hall of the People"),
    Example("Envoys met at the [Kremlin] on Monday.", "Kremlin"),
    Example("Wildfires spread across [California] on Monday.", "California"),
    Example("Floods hit [New South Wales] again.", "New South Wales"),
    Example("Strikes hit [Gaza City] overnight.", "Gaza City"),
    Example("The Princess of [Wales] opened the ward.", "Wales"),
    Example("Voters in [Georgia] went to the polls.", "Georgia"),
    Example("Senator John Thune of [South Dakota] spoke.", "South Dakota"),
    Example("Troops were sent to [Baja California].", "Baja California"),
    Example("Storms lashed the [Eastern Cape] overnight.", "Eastern Cape"),
    Example("The Chinese and Russian delegations met."),
    Example("Paris Hilton and Jordan Henderson arrived late."),
    Example("George Washington crossed the river."),
    Example("Asia Argento told reporters she would appeal."),
    Example("The Shanghai Cooperation Organisation opened an office."),
    Example("She studied at Renmin University of China."),
    Example("The one-China principle and the One China policy were restated."),
    Example("The Kremlin said the talks went well."),
]
