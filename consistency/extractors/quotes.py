"""Quotes: direct quotations and reported speech, each with its speaker.

Direct quotes are read from straight ("…", '…') and typographic (“…”, ‘…’)
marks. The span is the text between the marks, trimmed of spaces and of a
trailing comma, colon, semicolon or full stop (the punctuation news style puts
inside the closing mark). A quote never crosses a line break: a quote still
open at the end of its paragraph continues only when the next paragraph
reopens with a double mark (the news convention for long quotes); each
paragraph is then a fact of its own, all with the speaker of the whole quote.
A double quote that is never closed stops at its paragraph end (note
``unclosed``); an unclosed single quote is taken for an apostrophe and dropped.
Apostrophes ("China’s", "’90s", "rock 'n' roll"), feet and inches (5'10") and
quotes nested in a double quote are not quotes; nor are short title-case
names in marks not introduced as speech (a film title, “Board of Peace”).
Short inline quotes of at most three content words ("rare certainty", "the
law of the jungle") carry note ``fragment``.

Reported speech ("Xi said that …", "Putin noted: …", "Wang said the two countries should …", "…, Xi
said.", "…, said Tom Lee, chief strategist at Fundstrat.", "X told reporters (that) …", "…, X told
reporters.", "X said on Tuesday it would …", "Police said at least 12 people …", "…, saying that …",
"X expressed his willingness to …", "X stressed the need for …", "It was pointed out that …") yields
a quote with note ``reported`` and qualifier ``approx``: the reported clause up to the sentence end
or the next cue of the sentence (see ``_reported``).

Speakers come from the attribution nearest the quote ("“…,” she said", "X added: “…”", a paragraph
ending "and added:" before it; a body named by a common noun speaks as that noun, lower-cased: "the
ministry said" → "ministry", "a company spokesman said" → "company", "officials said" → "officials",
"“…,” Police said" → "police", and so after the verb: "…, said the ministry."; a paper speaks for
whoever issued it: the body before it ("a ministry statement said" → "ministry", but "a court
filing" was lodged in court, and names nobody), or for "the statement" whoever issued the paper last
mentioned ("Acme issued a statement … The statement said" → "Acme"), else nobody; a body noun means
the nearest organisation named before it in the document whose name it may stand for, as that name
speaks: "The Foreign Ministry said … The ministry added that …" → "Foreign Ministry" (see
``_context.named_body``); "analysts", "experts" and "observers" speak as "analysts", anonymous
sources ("sources", "a source close to the talks", "two people familiar with the matter") as
"sources", before the verb or after it, and after a quote ("“…,” a source close to the club said",
"…, said two people briefed on the talks, who asked not to be named."), even when the phrase names a
body ("a source close to the Kremlin" is no word of the Kremlin's); "according to X" reports the
clause beside it ("According to police, the driver fled", "…, according to the Fed.", a whole
sentence "X, according to analysts, did Y"), X speaking by the name a speech verb's subject would
give it; "Senator John Thune of South Dakota" and "Rep. Ana Ruiz (D-Texas)" are the person; a body
the organisation alias table knows speaks by its canonical name: "RBA" → "Reserve Bank of
Australia", "the Fed" → "Federal Reserve"), with he/she resolved to the nearest earlier named person
(or "commentary by X"). A quote standing alone as its sentence, with no attribution of its own,
continues the speaker of the sentence just before it when that sentence is in the same or the
previous paragraph ("“A,” Ruiz said. “B.”", "Ruiz told a news conference. “B.”"): the newswire
convention. Else the speaker is the transcript label of the passage ("Vladimir Putin: …"). A
headline or standfirst that names its speaker before a colon, the label being all of its line before
the quote, is that speaker's: "Putin: ‘We will respond’" (Putin), "Bank of England: ‘…’", "Fed: ‘…’"
(Federal Reserve), "Police: ‘…’" (police); a colon after page furniture, a common word (one the text
writes in lower case), a title alone or a place names nobody ("Update:", "Watch:", "Explainer:",
"Key points:", "Gaza:"), nor does one word the rest of the text never shows as a person (named in
full or with a title, or speaking): "Brexit: ‘…’" is a topic. A person beside an organisation
speaks for it ("Tom Lee of Fundstrat", "Central Bank Chair Ana Ruiz", "Foreign Ministry
spokesperson Mao Ning"), and a role in lower case
before the name is no part of it, after the quote or the report alike ("“…,” de facto leader Ana
Ruiz said", "…, said acting prime minister Tom Lee.", "…, harbour master Joan Ellis said."); a
spokesperson for a body speaks for it ("“…,” a spokesperson for the union said" → "union"). The
value is :func:`normalise_quote`.

Direct quotes are read by ``_quote_marks``, reported speech by ``_reported``; this module
resolves pronouns, surnames and transcript labels across both and makes the facts.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache

from ..schema import Fact
from ._base import DocumentContext, Example
from ._context import NAME_PARTICLES, SPEECH_VERBS, TITLE_WORDS, anaphoric, refers_back, transcript_speaker
from ._quote_marks import (
    ADVERB,
    AUDIENCE,
    CLOSING,
    LEAD_NAME,
    NAME,
    OCCASION,
    OPENERS,
    SAID,
    WHO,
    Quote,
    S,
    canonical_speaker,
    direct_quotes,
    institution,
)
from ._reported import reported
from .orgs import ampersand_firm

KIND = "quote"

_BY_CUE = re.compile(rf"\b(?:commentary|comments|remarks|statement|speech|interview|briefing|address)\b"
                     rf"[^.\n]{{0,40}}?\bby{S}+(?P<name>{NAME})")
_SINGLE_MARKS = re.compile("[‘’‚‛′`]")
_DOUBLE_MARKS = re.compile("[\"“”„‟″]")

EXAMPLES = [
    Example("The coach said after the match: “[We were not good enough].”", "We were not good enough",
            speaker="coach"),
    Example("Finance Minister Ana Ruiz said: “[We will not raise taxes this year].”",
            "We will not raise taxes this year", speaker="Ana Ruiz", qualifier="exact", note=""),
    Example('"[Prices will fall by summer]," Lena Park said on Monday.', "Prices will fall by summer",
            speaker="Lena Park"),
    # The name after "said" stops at the full stop that ends its sentence, not at an abbreviation's.
    Example("“[We will not sell the port],” said Mayor Joan Ellis. Unions want a vote.",
            "We will not sell the port", speaker="Joan Ellis"),
    Example("“[The plant stays open],” said Gov. Tom Reed. Workers cheered.", "The plant stays open",
            speaker="Tom Reed"),
    Example("Harbour master Joan Ellis said the storm had passed. “[The port reopens next week],” she said.",
            "The port reopens next week", speaker="Joan Ellis"),
    Example("Along Main Street, shop owner Rosa Diaz swept up glass. “[We will reopen],” she said.",
            "We will reopen", speaker="Rosa Diaz"),
    Example("Mayor Tom Reed said: “We have cleared the roads.\n\n“[Schools will open on Monday].”",
            "Schools will open on Monday", speaker="Tom Reed"),
    Example("Director Ann Cole said: “[The ruling stands and will be enforced]\n\nThe court rose.",
            "The ruling stands and will be enforced", speaker="Ann Cole", note="unclosed"),
    Example("Leo Marsh told us: “[It’s the ’90s all over again!]”", "It's the '90s all over again",
            speaker="Leo Marsh"),
    Example("Maria Lopez, the coach, said that [the team would rest its captain on Sunday].",
            "the team would rest its captain on Sunday", speaker="Maria Lopez", note="reported",
            qualifier="approx"),
    Example("Senator Paul Grant said [the bill lacked the votes to pass].", "the bill lacked the votes to pass",
            speaker="Paul Grant", note="reported"),
    Example("[The factory will hire 300 workers next year], Ken Ito said.",
            "The factory will hire 300 workers next year", speaker="Ken Ito", note="reported"),
    Example("Prime Minister Jane Doe: “[We will not back down].”", "We will not back down", speaker="Jane Doe"),
    # a person "of" an organisation, or titled after one, is who speaks
    Example("[Oil will trade near $90 a barrel], said Tom Lee of Fundstrat Global Advisors.",
            "Oil will trade near $90 a barrel", speaker="Tom Lee", note="reported"),
    Example("[Demand will cool by autumn], said Maria Lopez, chief economist at Harbor Bank, on Monday.",
            "Demand will cool by autumn", speaker="Maria Lopez", note="reported"),
    Example("Central Bank Chair Ana Ruiz said [the bank would hold rates steady].",
            "the bank would hold rates steady", speaker="Ana Ruiz", note="reported"),
    Example("“[We will respond],” Foreign Ministry spokesperson Mao Ning told a regular briefing.",
            "We will respond", speaker="Mao Ning"),
    # a body named by a common noun speaks as that noun; a spokesperson for the body named before it
    Example("The ministry said in a statement on Wednesday that [talks would resume in March].",
            "talks would resume in March", speaker="ministry", note="reported"),
    Example("[Talks with the union will resume in March], the ministry said.",
            "Talks with the union will resume in March", speaker="ministry", note="reported"),
    Example("“[We will appeal the ruling],” a company spokeswoman told reporters.", "We will appeal the ruling",
            speaker="company"),
    # "continued" set off by punctuation reports speech; "Prices continued to rise" does not
    Example("Mayor Tom Reed opened the bridge. “[It will mean shorter waits],” he continued.",
            "It will mean shorter waits", speaker="Tom Reed"),
    Example("Prices continued to rise, a trend one trader called “[relentless and painful]”.",
            "relentless and painful", speaker="", note="fragment"),
    # an occasion between the verb and the quote
    Example("The ministry said on Monday: “[Order has been restored in the capital].”",
            "Order has been restored in the capital", speaker="ministry"),
    # a titled person "of" a place, or with a party and state in brackets, speaks
    Example("Senator John Thune of South Dakota said [the vote would wait until June].",
            "the vote would wait until June", speaker="John Thune", note="reported"),
    Example("Rep. Ana Ruiz (D-Texas) said [the vote would wait until June].",
            "the vote would wait until June", speaker="Ana Ruiz", note="reported"),
    Example("The bank said nothing."),
    # a name set off after its role speaks, not the role or the body named in it
    Example("The head of the agency, Yunus Sezer, said [the death toll was 1,500].", "the death toll was 1,500",
            speaker="Yunus Sezer", note="reported"),
    Example("“[It was a sad day],” said the club’s manager, Gary Neville.", "It was a sad day",
            speaker="Gary Neville"),
    Example("“[Margins will improve],” said finance chief Luca Maestri.", "Margins will improve",
            speaker="Luca Maestri"),
    # a quote split by an inverted attribution: both parts are the speaker's
    Example("“Rates must rise,” said Governor Tiff Macklem, “[and soon].”", "and soon", speaker="Tiff Macklem",
            note=""),
    # a pronoun with its verb contracted ("I’ve said") is no name: the quote's speaker speaks
    Example("“I’ve said [it before and we did nothing wrong],” Jones said.", "it before and we did nothing wrong",
            speaker="Jones", note="reported"),
    # a lower-case particle inside a name is part of it
    Example("“[The bloc will respond],” said Ursula von der Leyen.", "The bloc will respond",
            speaker="Ursula von der Leyen"),
    Example("“[We were unlucky],” ten Hag said.", "We were unlucky", speaker="ten Hag"),
    # the verb before the body, as after it; a named body after "the" is the body
    Example("[Talks with the union will resume in March], said the ministry.",
            "Talks with the union will resume in March", speaker="ministry", note="reported"),
    Example("“[We will appeal the ruling],” said a company spokesman.", "We will appeal the ruling",
            speaker="company"),
    Example("“[The needs are enormous],” said a spokesman for the Red Cross.", "The needs are enormous",
            speaker="Red Cross"),
    Example("“[The needs are enormous],” said a Red Cross spokeswoman.", "The needs are enormous",
            speaker="Red Cross"),
    Example("“[Rates will stay where they are],” said the Bank of England.", "Rates will stay where they are",
            speaker="Bank of England"),
    # a body noun means the nearest organisation named before whose name it may stand for
    Example("The Foreign Ministry summoned the envoy on Monday. The ministry said that [talks would resume in March].",
            "talks would resume in March", speaker="Foreign Ministry", note="reported"),
    Example("The World Bank cut its forecast. The central bank said that [rates would stay at 4%].",
            "rates would stay at 4%", speaker="central bank", note="reported"),
    Example("Bank of America raised its forecast. The central bank said that [rates would stay at 4%].",
            "rates would stay at 4%", speaker="central bank", note="reported"),
    Example("The European Union imposed tariffs. The union said that [pay talks would resume in March].",
            "pay talks would resume in March", speaker="union", note="reported"),
    # a paper speaks for its issuer: the body before it, or who issued "the statement" last mentioned
    Example("A court filing said that [the bank would pay the fine in June].", "the bank would pay the fine in June",
            speaker="", note="reported"),
    Example("Acme Corp issued a statement. The statement said that [the plant would close in June].",
            "the plant would close in June", speaker="Acme Corp", note="reported"),
    # a body the alias table knows speaks by its canonical name
    Example("“[Rates will stay where they are],” the RBA said.", "Rates will stay where they are",
            speaker="Reserve Bank of Australia"),
    # a common noun speaks in lower case, capitalised or not
    Example("“[It is over],” Police said.", "It is over", speaker="police"),
    # analysts opening the sentence speak as after the clause
    Example("According to the Fed, [bank lending rose in every month of the year].",
            "bank lending rose in every month of the year", speaker="Federal Reserve", note="reported"),
    Example("[The blaze started in a kitchen], according to people familiar with the investigation.",
            "The blaze started in a kitchen", speaker="sources", note="reported"),
    Example("A source close to the club said [the coach would stay for another season].",
            "the coach would stay for another season", speaker="sources", note="reported"),
    Example("According to the old calendar, today is the first day of spring."),
    Example("Analysts said that [inflation would slow to 3% next year].",
            "inflation would slow to 3% next year", speaker="analysts", note="reported"),
    # "told <audience>" reports what follows, with or without "that"
    Example("Karoline Leavitt told reporters [the president would sign the bill on Friday].",
            "the president would sign the bill on Friday", speaker="Karoline Leavitt", note="reported"),
    Example("Li Wen told a news conference in Beijing that [exports had fallen for a third month].",
            "exports had fallen for a third month", speaker="Li Wen", note="reported"),
    # a quote standing alone continues the attribution of the sentence just before it
    Example("“We will not raise rates,” Ana Ruiz said. “[The economy is strong].”", "The economy is strong",
            speaker="Ana Ruiz"),
    Example("Omar Haddad told a news conference on Tuesday.\n\n“[The port reopens next week].”",
            "The port reopens next week", speaker="Omar Haddad"),
    Example("“Rates stay,” Ana Ruiz said. The bank met in May. “[Jobs are growing].”", "Jobs are growing",
            speaker=""),
    Example("Ana Ruiz told reporters to leave the room."),
    Example("Ana Ruiz told reporters about the new budget rules on Monday."),
    Example("Governor Sam Hill: Thank you all.\n\nThe bridge is, frankly, “[a long way from finished]”.",
            "a long way from finished", speaker="Sam Hill", note="fragment"),
    Example("Analysts called the plan a “[bold gamble]” for the region.", "bold gamble", note="fragment",
            speaker=""),
    Example("The envoy warned of '[a very cold winter]' ahead.", "a very cold winter", note="fragment"),
    Example("China’s exports and Russia's imports boomed in the ’90s and the '80s."),
    Example("The player is 5'10\" and his brother is 6' tall."),
    Example("Her 32\" monitor sat beside a 12' ladder in the countries' shared office."),
    Example("The film “The Quiet Harbour” opens in May."),
    Example("Rock 'n' roll fans filled the stadium on the teams' final night."),
    Example("Putin noted the importance of trade. As noted above, the talks ended early."),
    # a headline or standfirst naming its speaker before a colon; page furniture names nobody
    Example("Putin: ‘[We will respond to any threat]’\nVladimir Putin spoke in Moscow.",
            "We will respond to any threat", speaker="Putin"),
    Example("Brexit: ‘[We will leave on time]’\nThe government said Brexit would come in March.",
            "We will leave on time", speaker=""),  # one word the text never shows as a person: a topic
    Example("Bank of England: ‘[Rates will stay high for longer]’", "Rates will stay high for longer",
            speaker="Bank of England"),
    Example("Explainer: ‘[What the new deal means for you]’", "What the new deal means for you", speaker=""),
    # a role in lower case before the name, after the quote or the report
    Example("“[We will not stop],” de facto leader Ana Ruiz said.", "We will not stop", speaker="Ana Ruiz"),
    Example("[The budget will balance by 2027], said acting prime minister Tom Lee.",
            "The budget will balance by 2027", speaker="Tom Lee", note="reported"),
    Example("[The port reopens next week], harbour master Joan Ellis said.", "The port reopens next week",
            speaker="Joan Ellis", note="reported"),
    Example("“[The strike will go ahead],” a spokesperson for the union said.", "The strike will go ahead",
            speaker="union"),
    # anonymous sources speak as "sources" wherever they stand, even beside a body they are close to
    Example("“[It is done],” a source close to the club said.", "It is done", speaker="sources"),
    Example("[The talks will resume in March], said two people briefed on the talks, who asked not to be named.",
            "The talks will resume in March", speaker="sources", note="reported"),
    Example("A source close to the Kremlin said [the talks would resume in March].",
            "the talks would resume in March", speaker="sources", note="reported"),
    Example("“[Rates will rise again],” analysts said.", "Rates will rise again", speaker="analysts"),
    # an occasion between "said" and a clause without "that"; "told <audience>" closing the sentence
    Example("The company said on Tuesday [it would cut 1,000 jobs].", "it would cut 1,000 jobs",
            speaker="company", note="reported"),
    Example("Officials said [at least 12 people were killed in the blast].",
            "at least 12 people were killed in the blast", speaker="officials", note="reported"),
    Example("[Talks will resume in March], Ana Ruiz told reporters in Beijing.", "Talks will resume in March",
            speaker="Ana Ruiz", note="reported"),
    Example("Ana Ruiz said in an interview with the BBC."),
    # an attribution closing the sentence ends the report before it
    Example("The Kremlin said [Putin had no plans to meet Zelensky], spokesman Dmitry Peskov told reporters.",
            "Putin had no plans to meet Zelensky", speaker="Kremlin", note="reported"),
]


def normalise_quote(text: str) -> str:
    """A quote as compared across sources: typographic apostrophes and single marks made straight,
    double quote marks dropped, spaces folded, leading and trailing punctuation (not apostrophes:
    "’90s", "countries’") trimmed, case kept.

    >>> normalise_quote("  It’s  “done”,\\n ")
    "It's done"
    """
    return _normalised(text)


@lru_cache(maxsize=8192)
def _normalised(text: str) -> str:
    text = _DOUBLE_MARKS.sub("", _SINGLE_MARKS.sub("'", text))
    return " ".join(text.split()).strip(" .,;:!?…-–—")


def find(context: DocumentContext) -> Iterator[Fact]:
    """Yield every direct quote and reported-speech clause in the document."""
    text = context.text
    direct = direct_quotes(context)
    spans = sorted((q.start, q.end) for q in direct)
    found = reported(context, spans)
    seen: set[int] = set()
    for q in sorted(_resolve(context, direct, found, spans), key=lambda q: q.start):
        if q.start in seen or q.end <= q.start or context.skip(q.start, q.end):
            continue
        seen.add(q.start)
        yield context.fact(KIND, q.start, q.end, _normalised(text[q.start:q.end]),
                           qualifier="approx" if q.note == "reported" else "exact",
                           speaker=q.speaker, note=q.note)


def _resolve(context: DocumentContext, direct: list[Quote], indirect: list[Quote],
             spans: list[tuple[int, int]]) -> list[Quote]:
    """Give he/she the nearest earlier named person, a joint speaker ("X and Y") nobody, a quote
    standing alone the speaker of the sentence just before (see :func:`_continued`), and any other
    unattributed quote the transcript label of its passage."""
    items = direct + indirect
    for q in indirect:  # "the ministry said that President Xi …": Xi is who "he" means next
        lead = _person(context.text, q.start) if q.speaker and institution(q.speaker) else ""
        if lead:
            items.append(Quote(q.start, q.start, lead, q.start))
    # "Ruiz told a news conference." just before a quote: an attribution with no words of its own,
    # for the quote after it and for "she" in it.
    attributions = _bare_attributions(context, direct)
    items += attributions
    last: Quote | None = None
    for q in sorted(items, key=lambda q: (q.at, q.start)):
        if q.speaker in ("he", "she"):
            q.speaker = _antecedent(context, q.at, last, spans, q.speaker)
        if q.speaker[:1].isupper() and not q.inside and " and " not in q.speaker and not institution(q.speaker):
            last = q
    full: dict[str, str] = {}  # a surname alone ("Wang") means the full name said earlier here
    direct.sort(key=lambda q: q.start)
    done: list[Quote] = []  # the quotes read so far, in text order
    for q in sorted(direct + indirect + attributions, key=lambda q: q.start):
        q.speaker = "" if " and " in q.speaker else q.speaker
        if anaphoric(q.speaker):  # "The ministry added that …" after "The Foreign Ministry said …"
            q.speaker = refers_back(context, q.speaker, q.at)
        if not q.speaker and q.inside:  # "Ushakov: “The President noted that …”": Ushakov's words
            index = bisect_right(direct, q.start, key=lambda d: d.start) - 1
            q.speaker = direct[index].speaker if index >= 0 and direct[index].end >= q.start else ""
        if not q.speaker and not q.note.startswith("reported") and _stands_alone(context, q):
            source = _continued(context, q, done)
            if source is not None:
                q.speaker, q.at = source.speaker, source.at
        q.speaker = q.speaker or transcript_speaker(context, q.start)
        q.speaker = ampersand_firm(context.text, full.get(q.speaker, q.speaker))
        if len(q.speaker.split()) > 1 and q.speaker[:1].isupper():
            words = q.speaker.split()
            full.update((token, q.speaker) for token in words)
            # a surname with its particle ("von der Leyen", "ten Hag") means the full name too
            full.update((" ".join(words[i:]), q.speaker) for i, token in enumerate(words) if token in NAME_PARTICLES)
        done.append(q)
    return direct + indirect


# A sentence that only says who spoke: "Ruiz told a news conference.", "Smith said on Tuesday."
_BARE_ATTRIBUTION = re.compile(rf"{WHO}{ADVERB}{S}+(?:{SPEECH_VERBS}|asked)(?:{AUDIENCE})?{OCCASION}{S}*[.!]?")


def _bare_attributions(context: DocumentContext, direct: list[Quote]) -> list[Quote]:
    """Attributions with no words of their own in the sentence just before a direct quote, as
    empty quotes (note ``attribution``) holding their speaker."""
    found: dict[int, Quote] = {}
    for q in direct:
        previous = context.sentences.previous(context.sentences.at(q.start), 1)
        if not previous or previous[0].start in found:
            continue
        sentence = previous[0]
        bare = _BARE_ATTRIBUTION.fullmatch(context.sentence_text(sentence))
        speaker = canonical_speaker(bare.group("name")) if bare else ""
        if speaker:
            found[sentence.start] = Quote(sentence.start, sentence.start, speaker, sentence.start, "attribution")
    return list(found.values())


_AFTER_QUOTE = re.compile(rf"[.,!?;:…{CLOSING}]*(?P<space>[^\S\n]*)")


def _stands_alone(context: DocumentContext, q: Quote) -> bool:
    """True when a direct quote is a sentence of its own: its marks open the sentence and nothing
    but punctuation follows them before the line ends or a new sentence (not "Lee said.") opens."""
    text = context.text
    sentence = context.sentences.at(q.start)
    if q.end <= q.start or text[sentence.start:q.start].strip(OPENERS + " \u00a0\t"):
        return False
    tail = _AFTER_QUOTE.match(text, q.end)
    after = tail.end()
    if after >= len(text) or text[after] == "\n":
        return True
    return bool(tail.group("space")) and (text[after].isupper() or text[after] in OPENERS) and not SAID.match(
        text, after)


def _continued(context: DocumentContext, q: Quote, done: list[Quote]) -> Quote | None:
    """The quote or attribution whose speaker a quote standing alone continues: the last one with a
    speaker in the sentence just before it, when that sentence is in the same paragraph or ends the
    one before (the newswire convention: "“A,” Ruiz said. “B.”" — both are Ruiz's)."""
    sentence = context.sentences.at(q.start)
    previous = context.sentences.previous(sentence, 1)
    if not previous or previous[0].paragraph < sentence.paragraph - 1:
        return None
    first, last = previous[0].start, previous[0].end
    for earlier in reversed(done):  # in text order: the nearest first
        if earlier.start < first - _QUOTE_REACH:
            break  # a bounded look-back: a quote opening this far back has no part in the sentence
        in_sentence = earlier.start < last and (earlier.end > first or first <= earlier.at < last)
        if in_sentence and earlier.speaker and not earlier.inside:
            return earlier
    return None


_QUOTE_REACH = 2000


def _antecedent(context: DocumentContext, at: int, last: Quote | None, spans: list[tuple[int, int]],
                pronoun: str = "he") -> str:
    """Who "he"/"she" (``pronoun``) at ``at`` means: the last named speaker within three paragraphs,
    unless one of the three sentences before (outside quotes) names a person more recently, as its
    subject ("Sergei Shoigu extended greetings.") or as an author ("a commentary by Yury Ushakov.").
    A sentence that refers to its person by the other pronoun only ("Maria Lopez was killed when a
    car hit her") names no one "he" can mean."""
    sentence = context.sentences.at(at)
    best, where = "", -1
    if last is not None and sentence.paragraph - context.sentences.at(last.at).paragraph <= 3:
        best, where = last.speaker, last.at
    items = context.sentences.items
    index = bisect_right(items, sentence.start, key=lambda s: s.start) - 1
    for previous in reversed(items[max(index - 3, 0):max(index, 0)]):
        if previous.start <= where:
            break
        index = bisect_right(spans, (previous.start, len(context.text))) - 1
        if index >= 0 and spans[index][1] > previous.start:
            continue
        if _other_pronoun_only(context.sentence_text(previous), pronoun):
            return ""
        cues = list(_BY_CUE.finditer(context.text, previous.start, previous.end))
        name = canonical_speaker(cues[-1].group("name")) if cues else _person(context.text, previous.start)
        if name:
            return name
        named = _named_in(context, previous)
        if len(named) == 1:
            return named.pop()
        if named:
            return ""  # "… were Janet Fairley and Walter Brennan. “…,” she said": either, so neither
    return best


_PRONOUNS = {"he": frozenset(("he", "him", "his", "himself")), "she": frozenset(("she", "her", "hers", "herself"))}


def _other_pronoun_only(sentence: str, pronoun: str) -> bool:
    """True when ``sentence`` uses the pronouns of the other sex than ``pronoun`` and none of its own."""
    words = set(re.findall(r"[a-z]+", sentence.lower()))
    other = "she" if pronoun.lower() == "he" else "he"
    return bool(words & _PRONOUNS[other]) and not words & _PRONOUNS.get(pronoun.lower(), frozenset())


def _named_in(context: DocumentContext, sentence) -> set[str]:
    """The people a sentence names as its subject where ``_person`` cannot read them: by a surname
    the document gave in full earlier, opening the sentence ("Gregory Thale … Thale, dressed in a
    grey suit, spoke"), or after "was"/"were" of a sentence that says who was there ("Among the
    investors in court was Janet Fairley"). A person named as an object ("Police arrested Mark
    Hale", "Tributes were paid to Maria Lopez") is none: "he" or "she" seldom means them."""
    from .people import mentions  # people imports the quote modules

    found = mentions(context.text, tuple(context.doc.boilerplate))
    text = context.text
    opening = sentence.start + len(text[sentence.start:sentence.end]) - len(text[sentence.start:sentence.end].lstrip())
    there = _THERE_WAS.search(text, sentence.start, sentence.end)
    # "Along Main Street, shop owner Rosa Diaz …", "On Ridge Road, where six houses burned, Karen Wills …"
    setting = [comma.end() for comma in _COMMA.finditer(text, opening, min(sentence.end, opening + 120))][:2] if (
        _SETTING.match(text, opening, sentence.end)) else []
    named = set()
    for mention in found[bisect_left(found, sentence.start, key=lambda m: m.start):]:
        if mention.start >= sentence.end:
            break
        shortened = mention.start == opening and len(mention.name.split()) == 1
        listed = there is not None and _LISTED.fullmatch(text, there.end(), mention.start)
        after_setting = any(_ROLE_WORDS.fullmatch(text, end, mention.start) for end in setting)
        if len(mention.value.split()) > 1 and (shortened or listed or after_setting):
            named.add(mention.value)
    return named


#: A preposition opening a sentence's setting, where or when, before its subject: "Along Main Street,",
#: "On Ridge Road, where six houses burned,"; the subject follows one of its first two commas.
_SETTING = re.compile(r"(?:On|In|At|Near|Along|Outside|Inside|Across|From|After|Before|During)\b")
_COMMA = re.compile(rf",{S}+")
#: A role in lower case before the subject's name: "shop owner", "rescuer".
_ROLE_WORDS = re.compile(rf"(?:[a-z][\w-]*{S}+){{0,3}}")


#: A sentence that says who was there: "Among the investors in court was", "In the dock were".
_THERE_WAS = re.compile(rf"\b(?:was|were){S}+(?=[A-Z])")
#: What may stand between "was"/"were" and each person listed: other names, ages, "and".
_LISTED = re.compile(rf"(?:[^.;:!?]*?(?:,|{S}and)){S}*|")


#: Prepositions that open a sentence's setting: the name after one is a place or a time.
_PLACE_PREPOSITIONS = frozenset(("on", "in", "at", "near", "along", "outside", "inside", "across", "from"))


def _person(text: str, position: int) -> str:
    """The person named at ``position`` ("President Xi", "Sergei Shoigu"), or ``""``."""
    lead = LEAD_NAME.match(text, position)
    if not lead or lead.group("name").split()[0].lower() in _PLACE_PREPOSITIONS:
        return ""  # "On Ridge Road, where …, Karen Wills stood": where, not who
    name = canonical_speaker(lead.group("name"))
    titled = lead.group("name").split()[0].lower() in TITLE_WORDS
    if not name[:1].isupper() or institution(name) or (len(name.split()) < 2 and not titled):
        return ""
    return name
