"""Organisations: names with their aliases mapped to one canonical value (see :mod:`._org_values`).

Reads these kinds of mention:

* **known aliases** from :data:`._org_aliases.ALIASES` ("SCO", "U.N.", "CPC", "PR Newswire",
  "the Kremlin", "Fed", "ECB"), matched case-sensitively as whole words ("Fed up" is no
  alias), also at the head of a compound ("UN-centred", "NATO-led") and through an editor's
  brackets ("Asia-Pacific [Economic] Cooperation");
* **named bodies**: capitalised phrases headed by an organisation word (Organisation,
  Council, Ministry, University, Committee, Party, …; a firm's trade: Motors, Technologies,
  Securities, Capital, Partners, Advisors, Research, …) with their "of/for …" complements
  ("Renmin University of China", "Central Commission for Foreign Affairs"); a leading
  possessive country is the owner, in the value but not the span ("Iran’s [Supreme National
  Security Council]"), and "… of Member States" belongs to the organisation named just before;
* **acronyms defined in the text**: "Asia-Pacific Economic Cooperation (APEC)" makes "APEC" an
  alias of that name for the rest of the document; the name and the bracketed acronym are two
  mentions (an acronym inside a name, "United Nations (UN) Security Council", is not);
* **a site's name** alone on a line ("rki.news"), as scraped pages credit their source;
* **a company named by one word** with no organisation word, known by what only a company has
  (see :func:`companies`): "Westpac chief economist …", "Nvidia shares fell", "shares of Boeing",
  "Qantas said in a statement"; never a word that is part of a person's name in the document
  ("John Smith … Smith said in a statement"), nor a common noun or nationality ("Tech shares").

In a Title Case line (a headline) the capitals before an organisation word are no evidence of
a name ("Wildfire Forces Thousands From Homes"): there a body is read only when it is known
(an alias, a body named elsewhere in the document, or one after "the").

An internal organ ("Political Bureau of the CPC Central Committee", "Office of the …",
"Secretariat of the Central Committee of …") stands for the organisation holding it: the
mention is the owner's name ("CPC"), and a named body inside the chain is a mention of its
own ("Central Commission for Foreign Affairs"). A building named as a place ("talks at the
Kremlin") is a venue for the place extractor. A credit tag ("February 4 (MFA) –") is a
mention in a metadata line.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from itertools import compress

from ..gazetteer import PLACE_ALTERNATION, VENUES, canonical_place
from ..schema import Fact
from ._base import DocumentContext, Example
from ._capitals import (
    NameIndex,
    SpanSet,
    capital_tokens,
    compound_names,
    ends_sentence,
    longest_names,
    lookup_span,
    token_keys,
)
from ._names import title_case_lines
from ._numbers import branch_alternation
from ._org_aliases import COMPLEMENTS, HEAD_WORDS, LEAD_WORDS, LEGAL_FORMS, NOT_ORG_HEADS, PUBLIC_HEADS, TRADES
from ._org_names import ALIAS_KEYS, TABLE, key, normalise, pieces, qualify

KIND = "org"


def _alternation(names) -> str:
    return "(?:" + "|".join(sorted(names, key=len, reverse=True)) + ")"


_SP = r"[^\S\r\n]+"  # any horizontal space (news copy has no-break and en spaces)
# An ampersand between capitalised words is a word of the name: "Food & Drug Administration".
_CAP = (rf"(?:Heads{_SP}of{_SP}(?:State|Government)|[A-Z\u00C0-\u00DE][\w'’&.-]*|\([A-Z][A-Z0-9&]{{1,7}}\)"
        rf"|&(?={_SP}[A-Z]))")
_HEAD = _alternation(HEAD_WORDS) + r"\b(?![-’'])"
# Inside a complement "of" may join words: "Council of Heads of Government of Member States". A name
# has at most four complements: a longer run ("The Ministry of the " over and over in a flattened
# table) is several names, and reading it as one would cost time growing with its square.
_INNER = rf"(?:{_CAP}{_SP}(?:(?:of|for){_SP}(?:the{_SP})?)?){{0,8}}"
# A complement's last word may be joined by "and" to one more of its kind: "Department of Health and
# Human Services", "Ministry of Foreign Affairs and Trade" (not to a name: "… Health and Foreign Ministry").
_COMPLEMENT = (rf"{_alternation(COMPLEMENTS)}\b(?!['’])(?:{_SP}and{_SP}(?:[A-Z][a-z]+{_SP}){{0,2}}"
               rf"{_alternation(COMPLEMENTS)}\b(?![’']|{_SP}[A-Z]))?")
_BODY = re.compile(
    rf"(?<![\w-])(?:{_CAP}{_SP}){{0,6}}{_HEAD}(?:{_SP}(?:of|for|on)(?:{_SP}the)?{_SP}{_INNER}(?:{_HEAD}|"
    rf"{_COMPLEMENT}|{PLACE_ALTERNATION}(?![\w-]))){{0,4}}")
# The first nouns of a public body's name joined by "and", after "the" (which marks where the name
# begins): "the [Securities and] Exchange Commission", "the U.S. [Fish and] Wildlife Service".
_NOUNS_AND_BEFORE = re.compile(rf"(?<![\w’'.-])[Tt]he{_SP}(?P<words>(?:[A-Z][\w’'.&-]*{_SP}){{1,3}})and{_SP}\Z")
_AND_REACH = 80
# Aliases as written (apostrophes straightened, spaces single), looked up among capitalised runs.
_INDEX = NameIndex(ALIAS_KEYS)
_DEFINED = re.compile(r"\((?P<acr>[A-Z][A-Z0-9&]{1,7})\)")
_SENTENCE_BREAK = re.compile(r"(?<=[a-z]{2})[.!?]\s+")
_LEAD = re.compile(rf"^(?:{_alternation(LEAD_WORDS)}\s+)+")
_MEMBER_STATES = re.compile(rf"{_SP}of{_SP}(?:the{_SP})?Member{_SP}(?:States|Countries|Nations)$")
_ARTICLE_BEFORE = re.compile(rf"\b(?:the|The){_SP}$")
_VENUE_BEFORE = re.compile(rf"\b(?:at|in|inside|outside|near|within)(?:{_SP}the)?{_SP}$", re.IGNORECASE)
# Aliases that are also a word of a set phrase, and the words that make them that phrase.
_COMMON_AFTER = {"Fed": re.compile(rf"{_SP}up\b")}
_SITE_LINE = re.compile(r"\n[^\S\n]*(?P<site>(?:www\.)?[a-z0-9][a-z0-9-]*\.(?:news|com|org|net|info|tv|"
                        r"co\.uk|cn|ru|in|pk))[^\S\n]*(?=\n|$)")


# --- a company named by one word: "Westpac chief economist …", "shares of Tesla rose" ---------

_MOVES = ("rose|fell|jumped|climbed|gained|surged|soared|rallied|slipped|slid|dropped|declined|tumbled|plunged"
          "|sank|slumped|eased|edged|closed|ended|opened|traded|were|are|have|had|hit|lost|added")
# The words that make a capitalised word before them a company (one scan finds where they stand):
# its shares moving, its officers, its shareholders, a statement or filing it made.
# A scan for plain words finds where a cue may stand (a class or a look-behind opening a pattern
# makes the engine try every position); the cue is then matched there.
_COMPANY_CUE_WORD = re.compile(r"said|hares|stock|chief|CEO|CFO")  # "hares": "shares", "Shares", "shareholders"
_COMPANY_CUE = re.compile(rf"(?:(?P<shares>(?:[Ss]hares|stock)(?:{_SP}(?:also|have|had))?{_SP}(?:{_MOVES})\b)"
                          rf"|(?P<officer>chief{_SP}(?:executive|economist|financial{_SP}officer|operating{_SP}officer)"
                          rf"|CEO|CFO)\b|shareholders\b"
                          rf"|said(?:{_SP}on{_SP}[A-Z][a-z]+)?{_SP}in{_SP}(?:a|an|its){_SP}(?:[\w-]+{_SP}){{0,2}}?"
                          rf"(?:statement|filing)\b|(?P<of>[Ss]hares{_SP}(?:of|in){_SP}[A-Z]))")
_ONE_WORD_BEFORE = re.compile(rf"(?<![\w’'.&-])(?P<name>[A-Z][\w&-]*[A-Za-z0-9])(?P<possessive>['’]s)?{_SP}\Z")
_SHARES_OF = re.compile(rf"[Ss]hares{_SP}(?:of|in){_SP}(?P<name>[A-Z][\w&-]*[A-Za-z0-9])(?![\w’'&.-]|{_SP}[A-Z(])")
_NAME_BEFORE = re.compile(rf"[A-Z][\w'’.&-]*{_SP}\Z")
_MID_SENTENCE = re.compile(r"[\w,;:)’'\"”-][^\S\n]+\Z")  # a word or a comma just before: no sentence start
_COMPANY_REACH = 40
#: A sentence that speaks of a company by its kind ("The company added …", "The carmaker said"):
#: the one-word name that spoke or reported in the sentence before is that company.
# The look-behind follows "The" (its width fixed at four) so the engine scans for the literal "The".
_THE_COMPANY = re.compile(rf"The(?<![\w’'-]The){_SP}(?:company|firm|carmaker|automaker|retailer|chipmaker|airline|"
                          rf"insurer|miner|lender|conglomerate|startup|manufacturer|broadcaster|publisher)\b")
#: A one-word name right after the noun of its kind, set in apposition: "the ride-hailing company
#: Uber", "the state weather agency Aemet", "the chipmaker Nvidia".
#: The kind is found by a trie scan; its word boundary is tested on each hit
#: (:func:`_kind_then_name`), since a look-behind before the trie makes the engine try every position.
_KIND_THEN_NAME = re.compile(branch_alternation(["company", "firm", "agency", "carmaker", "automaker", "retailer",
                                                 "chipmaker", "airline", "carrier", "insurer", "miner", "lender",
                                                 "conglomerate", "startup", "manufacturer", "broadcaster", "publisher",
                                                 "regulator", "supermarket", "brewer", "bank"])
                             + rf"{_SP}"
                             rf"(?P<name>[A-Z][\w&-]*[A-Za-z0-9])(?![\w’'&.-]|{_SP}[A-Z(])")
_NAME_THEN_VERB = re.compile(rf"(?<![\w’'.&-])(?P<name>[A-Z][\w&-]*[A-Za-z0-9]){_SP}(?:(?:also|on{_SP}[A-Z][a-z]+)"
                             rf"{_SP})?(?:said|says|reported|reports|announced|announces|posted|posts|forecast|"
                             rf"warned|expects|plans|added)\b")
_BACK_REACH = 240
_WORD_PART = re.compile(r"[\w’'-]")


@lru_cache(maxsize=64)
def companies(text: str) -> frozenset[str]:
    """The companies ``text`` names by one capitalised word with no organisation word ("Westpac",
    "Tesla"), known by what only a company has: shares or stock that move ("Tesla shares rose",
    "shares of Tesla fell"), a chief executive, economist or financial officer ("Westpac chief
    economist Luci Ellwood", "Nvidia's CEO"), shareholders, or a statement or filing it made
    ("Tesla said in a statement").

    The reading is cautious, since people say things in statements too, and a sentence's first
    word is capitalised whatever it is. A word is left out when the document writes it in lower
    case ("Tech shares rose … tech firms"), when it is a place, a nationality or a common
    capitalised word ("Asian shares"), when it stands right after another capitalised word
    anywhere ("John Smith", "Nikola Tesla", "Mr Smith": a person's name), and when it is
    capitalised only where a sentence opens.

    >>> sorted(companies("Westpac chief economist Luci Ellwood spoke. Rates rose."))
    ['Westpac']
    >>> sorted(companies("John Smith left. Later Smith said in a statement that he was sorry."))
    []
    >>> sorted(companies("Tesla said sales fell. The company added that margins held."))
    ['Tesla']
    >>> sorted(companies("The ride-hailing company Uber said revenue rose. The agency Aemet said so."))
    ['Aemet', 'Uber']
    """
    cued: dict[str, bool] = {}  # each cued word: whether a cue alone is evidence enough
    for word in _COMPANY_CUE_WORD.finditer(text):
        cue = _COMPANY_CUE.match(text, word.start() - (word.group() == "hares"))
        if cue is None:
            continue
        if cue["of"]:  # "shares of Boeing"
            after = _SHARES_OF.match(text, cue.start())
            if after:
                cued[after["name"]] = cued.get(after["name"], False)
            continue
        before = _ONE_WORD_BEFORE.search(text, max(0, cue.start() - _COMPANY_REACH), cue.start())
        if before and not _NAME_BEFORE.search(text, max(0, before.start() - _COMPANY_REACH), before.start()):
            # An officer is evidence even where a sentence opens ("Westpac chief economist …"):
            # a common noun seldom stands before "chief economist" as it does before "shares".
            cued[before["name"]] = cued.get(before["name"], False) or bool(cue["officer"])
    for kind in _kind_then_name(text):  # "the ride-hailing company Uber": the kind says it
        cued[kind["name"]] = True
    for kind in _THE_COMPANY.finditer(text):
        low = max(0, kind.start() - _BACK_REACH)
        before = text[low:kind.start()].rstrip()
        if not before or before[-1] not in ".!?”\"":
            continue  # "the company" must open its sentence, after the one that named it
        # A body known by name is no company named by one word: "Reuters reported the deal. The
        # company said …" speaks of another.
        spoke = [found for found in _NAME_THEN_VERB.finditer(text, low, kind.start())
                 if found["name"] not in ALIAS_KEYS and not _after_a_name(text, found.start())]
        if spoke:  # the nearest: "Tesla said sales fell. The company added …"
            cued[spoke[-1]["name"]] = True
    return frozenset(name for name, enough in cued.items() if _may_be_company(text, name, enough))


#: Words of office that may open a sentence before "chief executive": "Interim chief executive …".
_OFFICE_WORDS = frozenset(("acting", "interim", "outgoing", "incoming", "founding", "joint", "senior", "then", "group",
                           "global", "regional", "company", "bank", "airline", "firm"))


def _kind_then_name(text: str) -> Iterator[re.Match]:
    """The hits of :data:`_KIND_THEN_NAME` whose kind is a whole word ("subcompany Foo" is none)."""
    for found in _KIND_THEN_NAME.finditer(text):
        if not found.start() or not _WORD_PART.match(text, found.start() - 1):
            yield found


def _may_be_company(text: str, name: str, cued_enough: bool) -> bool:
    """True when a cued word may be a company's name (see :func:`companies`); ``cued_enough``
    when a cue alone is evidence enough, else it must be capitalised where no sentence opens."""
    from ..gazetteer import DEMONYMS, is_place
    from ._name_lists import NOT_NAMES, THING_HEADS, TITLE_TOKENS
    from ._names import lower_words_of

    lower = name.lower()
    if (lower in NOT_NAMES or lower in THING_HEADS or lower in TITLE_TOKENS or lower in _OFFICE_WORDS
            or is_place(lower) or name in DEMONYMS or lower in lower_words_of(text) or name in HEAD_WORDS
            or name in COMPLEMENTS or lower.removesuffix("s") in lower_words_of(text)):
        return False
    mid_sentence = cued_enough
    for found in re.finditer(rf"(?<![\w’'&.-]){re.escape(name)}(?![\w&-]|['’][a-rt-z])", text):
        if _after_a_name(text, found.start()):
            return False  # "John Smith", "Nikola Tesla", "Mr Smith": a person's name
        mid_sentence = mid_sentence or bool(_MID_SENTENCE.search(text, max(0, found.start() - _COMPANY_REACH),
                                                                 found.start()))
    return mid_sentence


def _after_a_name(text: str, start: int) -> bool:
    """True when a capitalised word stands right before ``start`` in its sentence ("John [Smith]",
    "Mr [Smith]"), not a sentence's last word ("Tuesday. [Globex]") nor a leading word ("The")."""
    before = _NAME_BEFORE.search(text, max(0, start - _COMPANY_REACH), start)
    return bool(before and not ends_sentence(before.group().rstrip()) and not _LEAD.match(before.group()))


@lru_cache(maxsize=64)
def mentions(text: str) -> tuple[tuple[int, int, str], ...]:
    """Every organisation mention of ``text`` as ``(start, end, value)``, in text order."""
    defined: dict[str, str] = {}
    candidates: list[tuple[int, int, str]] = []
    for match in _DEFINED.finditer(text):
        name_start = _defined_name(text, match.start(), match["acr"])
        if name_start is not None:
            name = text[name_start:match.start()].rstrip()
            defined[match["acr"]] = normalise(name)
            candidates.append((name_start, name_start + len(name), defined[match["acr"]]))
    # What a body's phrase holds depends on the phrase alone (``defined`` is complete by now), and a
    # document repeats its bodies' names: each phrase is read once, at offset 0, and shifted.
    read: dict[str, list[tuple[int, int, str]]] = {}
    bodies: list[tuple[int, int, str]] = []
    for low, high in _body_spans(text):
        for match in _BODY.finditer(text, low, high):
            start, phrase = match.start(), match.group()
            cut = _LEAD.match(phrase)
            if cut:
                start, phrase = start + cut.end(), phrase[cut.end():]
            start, phrase = _with_nouns_joined(text, start, phrase)
            if phrase not in read:
                read[phrase] = pieces(0, phrase, defined)
            bodies += [(start + begin, start + end, value) for begin, end, value in read[phrase]
                       if not _a_field_of_study(text, start + end, value)]
    candidates += _headline_bodies(text, bodies, defined)

    def alias(phrase: str) -> str | None:
        found = ALIAS_KEYS.get(phrase) or defined.get(phrase)
        return found or (None if phrase.isalnum() else ALIAS_KEYS.get(key(phrase)))  # one plain word: no more

    candidates += [hit for hit in longest_names(text, alias, _INDEX) + compound_names(text, alias)  # canonical
                   if not _common_word(text, hit[0], hit[1])]
    tokens, keys = capital_tokens(text), token_keys(text)[0]
    for index in compress(range(len(keys)), map(defined.__contains__, keys)) if defined else ():  # C loops
        start, end = tokens[index]
        hit = lookup_span(text, *((start + 1, end - 1) if text[start] == "(" else (start, end)), defined.get)
        candidates += [hit] if hit else []
    candidates += [(m.start("site") - 1, m.end("site") - 1, m["site"]) for m in _SITE_LINE.finditer("\n" + text)]
    for name in companies(text):  # "Westpac chief economist …": each mention of the word
        candidates += [(found.start(), found.end(), name) for found in re.finditer(
            rf"(?<![\w’'&.-]){re.escape(name)}(?![\w&-])", text)]
    candidates += _ampersand_names(text)
    candidates += _short_forms(text, candidates)
    candidates += _self_referred(text, candidates)
    kept: list[tuple[int, int, str]] = []
    taken = bytearray(len(text))  # characters already claimed by a longer mention
    for start, end, value in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
        if 1 not in taken[start:end] and not (value in VENUES and _VENUE_BEFORE.search(
                text, max(0, start - 16), start)):
            kept.append((start, end, value))
            taken[start:end] = b"\x01" * (end - start)
    return tuple(qualify(_owned_by_members(text, sorted(kept), defined)))


#: The legal form that closes a company's full name; the words before it are its short name
#: ("JPMorgan Chase" of "JPMorgan Chase & Co").
_LEGAL_FORM = re.compile(rf"(?:{_SP}&)?{_SP}(?:Corp|Corporation|Inc|Incorporated|Ltd|Limited|plc|PLC|LLC|Co|Holdings"
                         rf"|AG|SA|NV|SE|GmbH)\.?$")

# --- a name joined by an ampersand: "Marks & Spencer", "Procter & Gamble", "Tiffany & Co" ----------

_AMPERSAND_WORD = r"[A-Z][\w'’.-]*"
#: The capitalised words before an ampersand (at most three: "Bed Bath & Beyond"), read back from it.
_BEFORE_AMPERSAND = re.compile(rf"(?<![\w'’.&-])(?P<left>(?:{_AMPERSAND_WORD}{_SP}){{0,2}}{_AMPERSAND_WORD}){_SP}\Z")
#: The word after it, with a possessive that belongs to the name ("Standard & Poor's") and the
#: legal forms that may close the name ("Procter & Gamble Co", "Marks & Spencer Group Plc").
_AFTER_AMPERSAND = re.compile(rf"{_SP}(?P<right>[A-Z][\w-]*(?:['’]s)?(?:{_SP}{_alternation(LEGAL_FORMS)}\b\.?){{0,2}})"
                              rf"(?![\w'’&-])")
_AMPERSAND_REACH = 60


def _ampersand_names(text: str) -> list[tuple[int, int, str]]:
    """The names of ``text`` whose capitalised words an ampersand joins ("Marks & Spencer",
    "Johnson & Johnson", "JPMorgan Chase & Co"): news writes "and" between people, and an
    ampersand inside a name is a firm's ("Spencer said" after "Marks & Spencer" is no person).

    Not read: a place so written ("Trinidad & Tobago"), words around a title or an ordinary
    capitalised word ("Mr & Mrs Smith", "On Monday & Tuesday"), and names in Title Case lines,
    where "&" may stand for "and" between people ("Harry & Meghan Visit Sydney"), unless the
    document writes the same name in prose.

    >>> [name for _, _, name in _ampersand_names("Marks & Spencer said sales rose. Mr & Mrs Lee left.")]
    ['Marks & Spencer']
    """
    found: list[tuple[int, int, str]] = []
    at = text.find("&")
    while at >= 0:
        name = _ampersand_name(text, at)
        if name:
            found.append(name)
        at = text.find("&", at + 1)
    if not found:
        return found
    lines = SpanSet(title_case_lines(text))
    in_prose = {value for start, end, value in found if not lines.covers(start, end)}
    return [name for name in found if name[2] in in_prose]


def ampersand_firm(text: str, speaker: str) -> str:
    """The firm an ampersand name of ``text`` gives, for a speaker read as its words after the "&"
    (the speaker patterns take no "&"): "Spencer" in a text naming "Marks & Spencer" is that firm,
    so one firm is one speaker; any other speaker is returned as it is.

    >>> ampersand_firm("Marks & Spencer said sales rose.", "Spencer"), ampersand_firm("Lee said so.", "Lee")
    ('Marks & Spencer', 'Lee')
    """
    if not speaker or "&" not in text:
        return speaker
    return _firms_by_tail(text).get(speaker, speaker)


@lru_cache(maxsize=2)  # the document being read: each of its speakers asks
def _firms_by_tail(text: str) -> dict[str, str]:
    """Each ampersand name of ``text`` by the words after its "&": "Spencer" → "Marks & Spencer"."""
    return {name.split("&", 1)[1].strip(): name for _, _, name in _ampersand_names(text)}


def _ampersand_name(text: str, at: int) -> tuple[int, int, str] | None:
    """The name an ampersand at ``at`` joins, as ``(start, end, value)``, or None (see
    :func:`_ampersand_names`)."""
    before = _BEFORE_AMPERSAND.search(text, max(0, at - _AMPERSAND_REACH), at)
    after = _AFTER_AMPERSAND.match(text, at + 1)
    if not before or not after:
        return None
    words = list(re.finditer(r"\S+", before["left"]))
    while words and _not_a_name_word(words[0].group()):  # "On Monday Marks & Spencer": the name starts later
        words.pop(0)
    last, right = words[-1].group() if words else "", after["right"].split()[0]
    if not words or _not_a_name_word(last) or _not_a_name_word(right) or ends_sentence(last):
        return None
    if len(words) > 1 and re.match(r"[ \u00a0]+[A-Z][a-z]", text[after.end("right"):]):
        return None  # "Ana Ruiz & Tom Lee": two people, the name after "&" goes on past the match
    start, end = before.start("left") + words[0].start(), after.end("right")
    end -= text[end - 1] == "."  # "Procter & Gamble Co." as "Ford Motor Co.": the full stop is no part
    name = text[start:end]
    if canonical_place(name.replace("&", "and")):
        return None
    return start, end, normalise(name)


def _not_a_name_word(word: str) -> bool:
    """True for a word that opens no name, or joins none by an ampersand: a function word, a
    title, a calendar or other ordinary capitalised word, a place or a nationality."""
    from ..gazetteer import DEMONYMS, is_place
    from ._name_lists import NOT_NAMES, TITLE_TOKENS

    bare = word.rstrip(".").removesuffix("'s").removesuffix("’s")
    lower = bare.lower()
    return (bare in LEAD_WORDS or lower in NOT_NAMES or lower in TITLE_TOKENS or bare in DEMONYMS
            or is_place(lower))


def _short_forms(text: str, candidates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Each mention of a company by its name without its legal form ("Acme" after "Acme Corp",
    "Globex" after "Globex Inc."), as that company: the short name is no person.

    >>> _short_forms("Acme Corp said so. On Monday, Acme said no.", [(0, 9, "Acme Corp")])
    [(30, 34, 'Acme Corp')]
    """
    found = []
    for value in {value for _, _, value in candidates if _LEGAL_FORM.search(value)}:
        short = _LEGAL_FORM.sub("", value)
        if not short[:1].isupper():
            continue
        for mention in re.finditer(rf"(?<![\w’'&.-]){re.escape(short)}(?![\w&-]|{_SP}[A-Z])", text):
            if not _after_a_name(text, mention.start()):
                found.append((mention.start(), mention.end(), value))
    return found


# --- a name the sentence refers back to by "its": "Goldman Sachs raised its forecast" ------------

#: A verb by which a company acts on or reports its own figures, then "its" and such a figure
#: (with at most two words before it: "its quarterly sales", "its full-year profit forecast").
_ITS_FIGURE = re.compile(rf"its{_SP}(?:[a-z-]+{_SP}){{0,2}}?(?:sales|profits?|revenues?|earnings|forecasts?|outlook|"
                         rf"guidance|targets?|dividends?|shares|margins?)\b")
_NAME_BEFORE_ITS = re.compile(rf"(?<![\w'’.&-])(?P<name>(?:[A-Z][\w'’.&-]*{_SP}){{0,3}}[A-Z][\w&-]*[\w]){_SP}"
                              # verbs acting on the figures, not "said": "Tim Cook said its sales rose" is
                              # a person speaking of a firm
                              rf"(?:(?:also|on{_SP}[A-Z][a-z]+){_SP})?(?:raised|raises|cut|cuts|lowered|"
                              rf"lowers|lifted|lifts|trimmed|trims|boosted|kept|held|maintained|"
                              rf"reported|reports|posted|posts|increased|reduced|slashed){_SP}\Z")
_ITS_REACH = 90


def _self_referred(text: str, candidates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Each mention of a name that a sentence refers back to by "its" for a firm's own figures:
    "Goldman Sachs cut its forecast", "Morgan Stanley raised its target", "Dr. Martens cut its
    forecast". A person's figures are "his" or "her", so the name is no person's, whatever its
    words ("Morgan", "Dr."); a place or a body already read keeps its reading.

    Not read: a name holding a title after its first word ("Apple CEO Tim Cook said its sales
    rose": "its" is the firm before the title), a name that follows another capitalised word
    elsewhere ("Mr Stanley"), a single word the document writes in lower case or that is a
    common capitalised word (see :func:`_may_be_company`).

    >>> text = "Morgan Stanley raised its target. Analysts at Morgan Stanley agreed."
    >>> [(start, value) for start, _, value in sorted(_self_referred(text, []))]
    [(0, 'Morgan Stanley'), (46, 'Morgan Stanley')]
    """
    taken = SpanSet(candidates)
    patterns: set[str] = set()  # each name's words, as a pattern allowing any spacing between them
    at = text.find("its")
    while at >= 0:
        if _ITS_FIGURE.match(text, at) and (at == 0 or not text[at - 1].isalnum()):
            before = _NAME_BEFORE_ITS.search(text, max(0, at - _ITS_REACH), at)
            words = _name_referred(text, before) if before else None
            if words and not taken.overlaps(before.start("name"), before.end("name")):
                patterns.add(_SP.join(map(re.escape, words)))
        at = text.find("its", at + 3)
    found = []
    for pattern in patterns:
        for mention in re.finditer(rf"(?<![\w’'&.-]){pattern}(?![\w&-]|['’][a-rt-z]|{_SP}[A-Z])", text):
            if not taken.overlaps(mention.start(), mention.end()):
                found.append((mention.start(), mention.end(), normalise(mention.group())))
    return found


def _name_referred(text: str, before: re.Match) -> list[str] | None:
    """The words of the name ``before`` ends with, once the words opening its sentence or no name
    are cut ("On Monday Goldman Sachs" → "Goldman Sachs"), if it may be a firm's (see
    :func:`_self_referred`)."""
    from ..gazetteer import DEMONYMS
    from ._name_lists import NOT_NAMES, TITLE_TOKENS

    words = before["name"].split()
    # "Tuesday. Goldman Sachs": the name starts after the full stop, which a title's ("Dr.") is not.
    last_stop = max((index for index, word in enumerate(words)
                     if ends_sentence(word) and word[:-1].lower() not in TITLE_TOKENS), default=-1)
    words = words[last_stop + 1:]
    while words and (words[0] in LEAD_WORDS or words[0].lower() in NOT_NAMES):
        words.pop(0)
    if not words or any(word.lower().rstrip(".") in TITLE_TOKENS for word in words[1:]):
        return None
    name = " ".join(words)
    if canonical_place(name) or name in DEMONYMS or name in ALIAS_KEYS or (
            len(words) == 1 and not _may_be_company(text, name, True)):
        return None
    pattern = _SP.join(map(re.escape, words))
    if any(_after_a_name(text, found.start()) for found in re.finditer(rf"(?<![\w’'&.-]){pattern}\b", text)):
        return None  # a person's name elsewhere ("Mr Stanley")
    return words


def _headline_bodies(text: str, bodies: list[tuple[int, int, str]], defined) -> list[tuple[int, int, str]]:
    """The named ``bodies`` that stand, with those of Title Case lines read as known bodies.

    A Title Case line capitalises its common words, so the capitalised words before an
    organisation word are no evidence of a name ("Wildfire Forces Thousands From Homes",
    "Biden Signs Bill To Fund Repairs"). There a body is read only when it is known: a known
    organisation, one the document names outside such lines, or one after "the", which marks
    where a name begins ("Statement by the Monetary Policy Board"); else the longest such name
    that ends the phrase ("Farmers Protest Outside European Parliament" → "European
    Parliament" when the report names it); else none."""
    lines = SpanSet(title_case_lines(text)) if bodies else None
    inside = set(lines.covered(bodies)) if lines and lines.spans else set()
    if not inside:
        return bodies
    known = {value for index, (_, _, value) in enumerate(bodies) if index not in inside}
    kept = [body for index, body in enumerate(bodies) if index not in inside]
    for index in sorted(inside):
        start, end, _ = bodies[index]
        tail = next(((begin, name) for begin, name in _tails(text, start, end, defined)
                     if name in known or name.lower() in TABLE
                     or _ARTICLE_BEFORE.search(text, max(0, begin - 5), begin)), None)
        if tail:
            kept.append((tail[0], end, tail[1]))
    return sorted(kept)


def _tails(text: str, start: int, end: int, defined) -> Iterator[tuple[int, str]]:
    """The start and value of each phrase that ends ``text[start:end]`` at a word, longest first."""
    yield start, normalise(text[start:end], defined)
    for space in re.finditer(_SP, text[start:end]):
        begin = start + space.end()
        if text[begin:begin + 1].isupper():
            yield begin, normalise(text[begin:end], defined)


def _with_nouns_joined(text: str, start: int, phrase: str) -> tuple[int, str]:
    """The start and phrase of the body ``phrase`` names once the nouns joined to its first word by
    "and" are taken in: "the Securities and [Exchange Commission]" is the Securities and Exchange
    Commission, "the Food and [Drug Administration]" the Food and Drug Administration.

    Only a public body's name is so joined (see :data:`PUBLIC_HEADS`), after "the", and only
    nouns (a trade's too: "Securities"): a body's head word, a known body, a place or a
    nationality before "and" is a name of its own ("the Federal Trade Commission and Justice
    Department", "the Pentagon and State Department", "Britain and France"), as is a firm's
    ("Microsoft and Google Cloud")."""
    head = next((word for word in phrase.split() if word in HEAD_WORDS), "")
    if head not in PUBLIC_HEADS or "and" not in text[max(0, start - 5):start]:
        return start, phrase
    joined = _NOUNS_AND_BEFORE.search(text, max(0, start - _AND_REACH), start)
    if joined is None or _names_its_own(joined["words"].split()):
        return start, phrase
    begin = joined.start("words")
    return begin, text[begin:start] + phrase


#: Trades that are also fields of study, and what a field of study names before it: "BBC Economics
#: Editor Faisal Islam", "a Home Economics teacher", "Behavioural Economics expert".
_FIELDS = frozenset(("Economics", "Macroeconomics", "Analytics"))
_FIELD_AFTER = re.compile(rf"{_SP}+(?i:editor|correspondent|reporter|professor|teacher|lecturer|expert|student"
                          rf"|researcher|graduate|degree|class|course|department|faculty|prize|nobel)\b")


def _a_field_of_study(text: str, end: int, value: str) -> bool:
    """True when a name ending at ``end`` in a field of study is no firm but the field, named before a
    post, a course or a prize ("BBC Economics Editor", "Home Economics teacher")."""
    return value.rsplit(" ", 1)[-1] in _FIELDS and bool(_FIELD_AFTER.match(text, end))


def _names_its_own(words: list[str]) -> bool:
    """True when the capitalised ``words`` before "and" end a name of their own: a body's head word
    ("Commission"), a place, a nationality, a known body ("Pentagon", "White House") or a body named
    by one word ("Treasury", "FBI", "Republicans")."""
    from ..gazetteer import DEMONYMS, is_place  # the gazetteer imports this package

    last = words[-1]
    return ((last in HEAD_WORDS and last not in TRADES) or last in LEAD_WORDS or is_place(last.lower())
            or last in DEMONYMS or any(" ".join(words[index:]) in ALIAS_KEYS for index in range(len(words)))
            or last in _ONE_WORD_BODIES)


#: Bodies named by one word that the alias table does not know (it knows "Pentagon"), which "and"
#: joins to another body, never to its name: "The Treasury
#: and Commerce Department", "The FBI and Homeland Security Department", "The Republicans and
#: Democratic National Committee". (A plural or an acronym alone is no such sign: "Ways and Means
#: Committee", "Courts and Tribunals Service", "National HIV and AIDS Commission".)
_ONE_WORD_BODIES = frozenset(("Treasury", "Interior", "Exchequer", "Admiralty", "Chancellery", "FBI", "CIA", "NSA",
                              "NHS", "IRS", "EPA", "Republicans", "Democrats", "Conservatives", "Tories"))


def _common_word(text: str, start: int, end: int) -> bool:
    """True for an alias that is a common word here: "Fed" (the Federal Reserve) in "Fed up with …"."""
    after = _COMMON_AFTER.get(text[start:end])
    return after is not None and after.match(text, end) is not None


def _body_spans(text: str) -> Iterator[tuple[int, int]]:
    """Stretches of the capitalised runs that may hold a body's name: runs of two or more words
    with an organisation word, cut where a sentence ends ("… Arab League. The Council …")."""
    tokens, (keys, run_end) = capital_tokens(text), token_keys(text)
    done = -1  # the end of the last run read
    # Only the runs holding an organisation word are read (found by a C loop over the tokens).
    for head in compress(range(len(keys)), map(HEAD_WORDS.__contains__, keys)):
        last = run_end[head]
        if last == done:
            continue
        done = last
        first = bisect_left(run_end, last)  # run ends rise from run to run: the run's first token
        if last - first < 2:
            continue
        low = tokens[first][0]
        for start, end in tokens[first:last]:
            if text[end - 1] == "." and ends_sentence(text[start:end]):  # not "U.S."
                yield low, end - 1
                low = end
        yield low, tokens[last - 1][1]


def _owned_by_members(text: str, kept: list[tuple[int, int, str]], defined) -> list[tuple[int, int, str]]:
    """"… and the Council of Heads of Government of Member States": the members are those of the
    organisation named just before in the sentence, which owns the body ("SCO Council of …")."""
    for index, (start, end, _value) in enumerate(kept):
        members = _MEMBER_STATES.search(text, start, end) if text.find("Member", start, end) >= 0 else None
        between = (kept[index - 1][1], start) if index else (0, 0)
        if members and index and "\n" not in text[slice(*between)] and not _SENTENCE_BREAK.search(text, *between):
            body = text[start:members.start()]
            kept[index] = (start, end, normalise(f"{kept[index - 1][2]} {body}", defined))
    return kept


def _defined_name(text: str, paren: int, acronym: str) -> int | None:
    """Start of the name an acronym in parentheses abbreviates, or None.

    The words before the parenthesis are read backwards, skipping "of", "for", "and",
    "the", until their initials (and those of hyphenated parts) spell the acronym.
    """
    initials, start = "", None
    for word in reversed(list(re.finditer(r"[\w'’.-]+", text[max(0, paren - 160):paren]))):
        token = word.group()
        if token.lower() in ("of", "for", "and", "the", "on"):
            continue
        if not token[:1].isupper():
            return None
        initials = "".join(part[0] for part in token.split("-") if part) + initials
        start = max(0, paren - 160) + word.start()
        if initials.upper() == acronym.upper():
            name = text[start:paren].strip()
            return None if canonical_place(name) or name.split()[-1] in NOT_ORG_HEADS else start
        if len(initials) >= len(acronym):
            return None
    return None


def find(context: DocumentContext) -> Iterator[Fact]:
    """Yield every organisation named in the document outside boilerplate."""
    for start, end, value in mentions(context.text):
        if not context.skip(start, end):
            yield context.fact(KIND, start, end, value)


EXAMPLES = [
    Example("Delegates met at the [UN] headquarters.", "United Nations"),
    Example("The [U.N.] said aid would resume.", "United Nations"),
    Example("Both are permanent members of the [U.N. Security Council].", "United Nations Security Council"),
    Example("Leaders of the [Shanghai Cooperation Organization] gathered in Astana.",
            "Shanghai Cooperation Organisation"),
    Example("The bloc, known as the [SCO], expanded again.", "Shanghai Cooperation Organisation"),
    Example("The statement came from the [Chinese Foreign Ministry].", "Chinese Foreign Ministry"),
    Example("The [Ministry of Foreign Affairs of China] issued a readout.", "Chinese Foreign Ministry"),
    Example("She teaches at [Renmin University of China].", "Renmin University of China"),
    Example("A plenum of the [CPC] Central Committee opened.", "Communist Party of China"),
    Example("Members of the Political Bureau of the [Workers’ Party of Korea] Central Committee met.",
            "Workers' Party of Korea"),
    Example("[Xinhua] reported the call.", "Xinhua"),
    Example("The [Kremlin] declined to comment.", "Kremlin"),
    Example("Ministers of the [Caribbean Development Bank] met.", "Caribbean Development Bank"),
    Example("The Nordic Reindeer Herders (NRH) met. Later the [NRH] voted.", "Nordic Reindeer Herders"),
    Example("Officials of the [Russian Security Council] attended.", "Security Council of Russia"),
    Example("Mali’s [Supreme Defence Council] met.", "Supreme Defence Council of Mali"),
    Example("They back a [UN]-centred order.", "United Nations"),
    Example("March 3 ([Reuters]) - The council met in Geneva.", "Reuters"),
    Example("The [Federal Reserve] raised rates.", "Federal Reserve"),
    Example("The [Fed] held rates steady.", "Federal Reserve"),
    Example("The [Bank of England] held rates.", "Bank of England"),
    Example("The [ECB] cut rates.", "European Central Bank"),
    # one word with what only a company has: officers, shares that move, a statement it made
    Example("Rates rose again. [Westpac] chief economist Luci Ellwood expects another rise.", "Westpac"),
    Example("Markets slid as [Nvidia] shares fell 3% on Tuesday.", "Nvidia"),
    Example("John Smith resigned. Later, Smith said in a statement that he was sorry."),
    Example("Tech shares rose 4% as tech firms gained."),
    Example("Trade grew quickly in the Asia-Pacific region."),
    Example("Fed up with delays, residents left."),
    Example("The council met on Friday in Geneva."),
    Example("Prices rose in the United States and the United Kingdom."),
    Example("The Spring Festival and the Year of the Horse were celebrated."),
    Example("Sales of the Great Wall brand were up."),
    Example("The Strategic Arms Reduction Treaty (START) expires."),
    Example("The envoys met at the Kremlin."),
    Example("Farmers Protest Outside [European Parliament]\nTractors blocked roads near the European Parliament.",
            "European Parliament"),
    Example("Wildfire Forces Thousands From Homes Near Sydney\nA blaze spread west of the city."),
    # a name closed by a legal form is a company's, though its first words would name a person
    Example("[Ford Motor Co]. said sales fell.", "Ford Motor Co"),
    Example("[Lloyds Banking Group] will close 50 branches.", "Lloyds Banking Group"),
    Example("Texas AG Ken Paxton said he would sue."),
    # an ampersand joins the words of a firm's or a body's name, never two people's
    Example("[Marks & Spencer] said clothing sales rose.", "Marks & Spencer"),
    Example("Shares of [Wells Fargo & Co] fell.", "Wells Fargo & Co"),
    Example("The [Food & Drug Administration] approved the drug.", "Food & Drug Administration"),
    Example("Mr & Mrs Lee flew to Trinidad & Tobago."),
    # "and" joins the first nouns of a public body's name after "the", or two words of a complement
    Example("The [Securities and Exchange Commission] fined the bank.", "Securities and Exchange Commission"),
    Example("A spokesman for the [Department of Health and Human Services] said so.",
            "Department of Health and Human Services"),
    Example("Britain and France said they would send aid."),
    Example("Harry & Meghan Visit Sydney As Fans Gather\nThe couple met fans on Monday."),
    # a name the sentence refers back to by "its" for a firm's own figures is a firm's
    Example("[Morgan Stanley] raised its target for the index.", "Morgan Stanley"),
    Example("[Dr. Martens] cut its profit forecast.", "Dr. Martens"),
    Example("Dr. Martens said sales fell 10%."),
    Example("Jordan said its border with Syria would reopen."),
    # a plural trade closes only a firm's name
    Example("[General Motors] said sales rose.", "General Motors"),
    Example("[Dell Technologies] reported a rise in revenue.", "Dell Technologies"),
    Example("Helen Baptiste, an analyst at [Keystone Securities], said so.", "Keystone Securities"),
    Example("Tom Reyes of [Harbor Capital] said the price was high.", "Harbor Capital"),
    Example("Research shows that savers hold too much cash."),
    Example("[Capital Economics] said growth would slow to 1.2%.", "Capital Economics"),
]
