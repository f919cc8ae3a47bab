"""Topics and trend words: how much each account says about what, and in which tone.

A topic is a named list of keywords (regular-expression fragments matched as
whole words, case-insensitive). The defaults are general international-news
themes; ``[topics]`` in the configuration replaces or adds lists. Countries and
regions named in an account count as topics too (from the gazetteer), so "only
one origin mentions Iran" needs no list.

Trend words mark the direction a sentence gives a topic: "a minor decline" is
negative, "sound momentum" positive.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

DEFAULT_TOPICS: dict[str, list[str]] = {
    "trade and economy": [r"trade", r"economic", r"econom(?:y|ies)", r"investments?", r"exports?",
                          r"imports?", r"tariffs?", r"business(?:es)?", r"market"],
    "energy": [r"energy", r"oil", r"(?:natural |pipeline )?gas", r"pipelines?", r"LNG", r"coal"],
    "security and arms control": [r"security", r"military", r"defen[cs]e", r"arms", r"missiles?",
                                  r"nuclear", r"strategic stability", r"remilitari[sz]ation"],
    "technology": [r"technolog(?:y|ies)", r"artificial intelligence", r"AI", r"innovati(?:on|ve)",
                   r"space exploration", r"high-tech", r"digital"],
    "culture and education": [r"cultur(?:e|al)", r"education(?:al)?", r"students?", r"universit(?:y|ies)",
                              r"visas?", r"visa-free", r"touris[mt]s?", r"people-to-people", r"humanitarian"],
    "history and commemoration": [r"anniversar(?:y|ies)", r"victory", r"commemorat\w+", r"parade",
                                  r"World War II", r"WWII", r"Great Patriotic War", r"Anti-Fascist War"],
    "multilateral bodies": [r"UN", r"U\.N\.", r"United Nations", r"SCO", r"BRICS", r"APEC", r"G20",
                            r"Shanghai Cooperation Organi[sz]ation", r"multilateral"],
}

POSITIVE = [r"grow(?:s|n|ing)?", r"grew", r"growth", r"momentum", r"ris(?:e|es|ing)", r"rose",
            r"increas(?:e|ed|es|ing)", r"expand(?:ed|ing|s)?", r"expansion", r"robust(?:ly)?", r"steady",
            r"steadily", r"dynamic(?:ally)?", r"boost(?:ed)?", r"record high", r"strong(?:er)?", r"thriv\w+"]
NEGATIVE = [r"declin(?:e|ed|es|ing)", r"decreas(?:e|ed|es|ing)", r"fell", r"fall(?:s|ing)?",
            r"drop(?:ped|s)?", r"slump(?:ed)?", r"contract(?:ed|ion)", r"shr[iau]nk\w*", r"weak(?:er|ened)?",
            r"slow(?:ed|down|ing)", r"adjustment", r"downturn"]


def _compile(words: list[str]) -> re.Pattern:
    return re.compile(r"(?<![\w-])(?:" + "|".join(words) + r")(?![\w-])", re.IGNORECASE)


_POSITIVE, _NEGATIVE = _compile(POSITIVE), _compile(NEGATIVE)


@dataclass
class Coverage:
    """Per account: sentences per topic, and trend words per topic with their sentences."""

    sentences: dict[str, list] = field(default_factory=lambda: defaultdict(list))
    positive: dict[str, list] = field(default_factory=lambda: defaultdict(list))
    negative: dict[str, list] = field(default_factory=lambda: defaultdict(list))


def compile_topics(topics: dict[str, list[str]] | None = None) -> dict[str, re.Pattern]:
    """Compiled topic patterns: the defaults, replaced or extended by ``topics``."""
    merged = dict(DEFAULT_TOPICS)
    merged.update(topics or {})
    return {name: _compile(words) for name, words in merged.items() if words}


def coverage(sentences, patterns: dict[str, re.Pattern], places: dict[str, str] | None = None
             ) -> dict[tuple[str, str], Coverage]:
    """Topic coverage of each account over ``sentences`` (objects with ``account``,
    ``text``, ``tokens``). ``places`` maps lower-case place words to a topic name."""
    result: dict[tuple[str, str], Coverage] = defaultdict(Coverage)
    for sentence in sentences:
        found = {name for name, pattern in patterns.items() if pattern.search(sentence.text)}
        if places:
            found |= {places[t.lower()] for t in sentence.tokens if t[:1].isupper() and t.lower() in places}
        account = result[sentence.account]
        for topic in found:
            account.sentences[topic].append(sentence)
        for topic in found & set(patterns):
            up, down = _POSITIVE.search(sentence.text), _NEGATIVE.search(sentence.text)
            if down:
                account.negative[topic].append((sentence, down))
            elif up:
                account.positive[topic].append((sentence, up))
    return result
