"""Reported speech: "Xi said that …", "Putin noted: …", "Wang said the two countries should …",
"…, Xi said.", "…, said Smith.", "…, and noted that …", "…, saying that …".

Each speech cue is read outward to its sentence: the speaker is the subject before the verb (a name,
he/she, a group such as "the two leaders" or "they", the passive "It was pointed out"), the
sentence's subject for "…, and noted that"/"…, saying that", or the name after "said". A role in
lower case before the name is no part of it ("…, de facto leader Ana Ruiz said", "…, said acting
prime minister Tom Lee"); a voice speaks as "sources" or "analysts" after the verb as before it ("…,
said a person familiar with the matter"), and a body named inside its phrase does not speak ("A
source close to the Kremlin said"). The reported content starts after "that" or ":" or right after
the verb, or after an occasion ("said on Tuesday it would …", "said in a statement the plant …");
after express, voice, reaffirm, urge and call for/on the object counts ("expressed his willingness
to …"), after stress, emphasise, highlight and underline only a stance noun phrase ("the need for
…", "the importance of …"). It runs to the sentence end, or up to the next cue that starts a report
of its own ("… and reiterated that …", "…, urging …", "Noting that A, Xi said B"); "…, Xi said."
(and "…, Xi told reporters.") takes the clause before the comma and a parenthetical cue ("Both
sides, he noted, have …", ", according to analysts,") the whole sentence. Inside a direct quote the
clause stops at the closing mark. Everything is read within one sentence, so readings are cached by
sentence text: wire copy and reprinted readouts repeat sentences across a corpus.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache

from ._base import DocumentContext
from ._context import (
    ACCORDING,
    SPEECH_VERBS,
    WEEKDAY,
    according_source,
    clause_follows,
    common_head,
    common_phrase,
    common_subject,
    is_office,
    located,
    name_after_verb,
    takes_object,
)
from ._numbers import literal_alternation
from ._quote_marks import (
    ADVERB,
    ADVERBIAL_COLON,
    AUDIENCE,
    CLOSING,
    LEAD_NAME,
    LEADING,
    NAME,
    OCCASION,
    OPENERS,
    ROLE,
    ROLE_THEN_NAME,
    ROLE_WORDS,
    SAID,
    VOICE,
    VOICE_FOR,
    WHO,
    Quote,
    S,
    canonical_speaker,
    voice_name,
)

_ING = ["saying", "noting", "adding", "stressing", "stating", "emphasising", "emphasizing", "underlining", "insisting",
        "warning", "citing", "highlighting", "reiterating", "acknowledging", "reaffirming", "urging", "expressing",
        "voicing"]
# Verbs whose noun-phrase object states a position ("expressed his willingness to …", "urged both
# sides to …", "voiced support for …"), and the passive/agreement cues that need a that-clause.
_EXTRA = ["expressed", "expresses", "voiced", "voices", "reaffirms", "urges", "mentioned", "agreed", "agree", "agrees"]
_OBJECT = ("express", "voic", "reaffirm", "urg", "call")
# After these a noun phrase counts only when it states a position ("the need for", "the importance of").
_STANCE = ("stress", "emphasi", "highlight", "underlin")
_NESTED_ING = {"reaffirming", "expressing", "voicing"}  # inside a report: the reported subject's act
_CALLS = rf"call(?:ed|s|ing)?{S}+(?:for|on)\b|calling(?={S}+(?:it|this|them){S})"
_ING_FORMS = [form for word in _ING for form in (word, word.capitalize())]  # "Noting that A, Xi said B"
_VERB = re.compile(rf"\b(?:{_CALLS}|[Aa]ccording{S}+to{S}+|(?P<ing>[Pp]ointing{S}+out\b|(?:{'|'.join(_ING_FORMS)})\b)"
                   rf"|(?:{SPEECH_VERBS}|{'|'.join(_EXTRA)})\b)")
_HEAD = re.compile(r"(?:[a-z]|\[[a-z]+\])+")


def _first_words(alternation: str) -> set[str]:
    """The first word of each alternative of a verb alternation, letter classes expanded.

    >>> sorted(_first_words(r"(?:said|emphasi[sz]ed|pointed[ ]+out)"))
    ['emphasised', 'emphasized', 'pointed', 'said']
    """
    words = set()
    for alternative in alternation.removeprefix("(?:").removesuffix(")").split("|"):
        forms = [""]
        for choice, letter in re.findall(r"\[([a-z]+)\]|([a-z])", _HEAD.match(alternative).group()):
            forms = [form + char for form in forms for char in (choice or letter)]
        words.update(forms)
    return words


# Every speech verb starts with one of these words ("pointed" of "pointed out"): a trie finds
# them several times faster than the verb pattern itself.
_VERB_WORDS = re.compile(literal_alternation(_first_words(SPEECH_VERBS) | set(_ING_FORMS) | set(_EXTRA)
                                             | {"call", "called", "calls", "calling", "according", "According",
                                                "pointing", "Pointing"}))
# The same words after a character that is not a letter or digit: the scan then tries the trie only
# where a word starts, not at the many letters inside words that begin a verb's first word.
_VERB_AFTER_BREAK = re.compile(rf"[\W_](?:{_VERB_WORDS.pattern})")
# The same with any character but an ASCII letter or digit before: the engine tests such a class by a
# table and a class of non-word characters by a Unicode look-up, so this scan of whole texts runs
# faster; the few hits after other letters and digits ("é") are then dropped. A hit consumes no
# character another hit needs (it ends in a letter, the next opens on no letter or digit).
_VERB_AFTER_ASCII_BREAK = re.compile(rf"[^a-zA-Z0-9](?:{_VERB_WORDS.pattern})")
_SUBJECT_END = re.compile(rf"{WHO}{ADVERB}{S}+$")
_MID = (rf"(?:,{S}*among{S}+other{S}+things,?|{S}+[a-z]+ly|{S}+(?:on|in|at|during|after|before|via|while)\b"
        rf"[^,.;:\n“”\"]{{1,40}}?,?|{S}+(?:reporters|journalists|him|her|them|us|{NAME})"
        rf"|{S}+(?:with{S}+)?(?:satisfaction|hope|confidence|concern|regret)"  # "noted with satisfaction that"
        rf"|(?:{S}+[\w’'-]+){{1,3}}?{S}+(?:showing|indicating|suggesting))")  # "citing data showing that"
_THAT = re.compile(rf"(?:{_MID}){{0,2}}(?:(?:{S}+that)?{S}+that\b{S}*:?|{S}*:)")  # "added that that …"
# "told reporters the president would sign …": after "told" and whom it tells, what was told, with or
# without "that". Without it, the words must read as a clause (a verb within the first few words:
# an auxiliary, a modal or a past tense), not a noun phrase ("told reporters the details").
_TOLD = re.compile(rf"{AUDIENCE}{OCCASION}")
_TOLD_HEADS = {"told", "tells"}
# "said on Tuesday", "said in a statement", "said at a news conference in Paris" before what was said.
_SAID_OCCASION = re.compile(rf"{OCCASION}(?:(?<=[a-z]){S}+(?:morning|afternoon|evening|night)\b,?)?")
# "said at least 12 people were killed", "said about 500 homes were lost": a count opens the clause,
# though "at" and "about" after "said" usually open an occasion or a topic ("said at the meeting").
_COUNT_OPENING = re.compile(rf"(?:at{S}+(?:least|most)|on{S}+average){S}|about{S}+[\d$€£]")
_SAID_NAME = re.compile(rf",[{CLOSING}]?{S}*(?:said|says|added|adds|noted|wrote){S}+(?P<name>{NAME})")
_BARE_VERBS = {"said", "says", "say", "saying", "added", "adds", "argued", "insisted", "warned"}
_NOT_CLAUSE = {"on", "in", "at", "during", "after", "before", "with", "to", "for", "by", "of", "from",
               "about", "and", "or", "but", "nothing", "so", "goodbye", "hello", "yes", "no", "it."}
_TAIL = re.compile(rf"(?:{S}+(?:on|in|at|during|after|before|via)\b[^,.;:\n]{{0,40}}?)?{S}*(?:[.!?]|,|$)")
# "…, said Tom Lee, chief economist at Fundstrat.", "…, said the Foreign Ministry."
_NAME_TAIL = re.compile(name_after_verb(rf"(?:the{S}+)?{NAME}", S))
_COMMON_TAIL = re.compile(name_after_verb(common_phrase(S), S))  # "…, said the ministry."
# "…, said acting prime minister Tom Lee.": a role in lower case between the verb and the name.
_ROLE_NAME_TAIL = re.compile(name_after_verb(rf"{ROLE_THEN_NAME}{NAME}", S))
# "…, de facto leader Ana Ruiz said.": a role in lower case between the comma and the name.
_ROLE_AFTER_COMMA = re.compile(rf",{S}*(?P<role>{ROLE})")
_ROLE_WORD = re.compile(rf"[’']s{S}|\b(?:{'|'.join(ROLE_WORDS)})\b")
_ROLE_REACH = 80
# "…, a spokesman for Unite said.", "…, a spokesperson for the union said.": the voice opens the subject.
_VOICE_FOR_END = re.compile(rf",{S}*(?P<voice>{VOICE_FOR})")
_VOICE_TAIL = re.compile(name_after_verb(VOICE.pattern, S))  # "…, said a person familiar with the talks."
# The tests for what ends the words before a verb open with a literal (the look-behind after it says
# what ``\b`` or a look-behind before it said), so that a search skips to its few places.
_COORDINATED = re.compile(rf"and(?<!\wand){S}+(?:also{S}+)?$")
_COMMA_END = re.compile(rf",{S}*$")
#: The end of a direct quote, right before the speaker of its attribution (a single mark only after
#: a comma: alone it may be a plural's apostrophe).
_QUOTE_CLOSES = ('"', "”", '",', "”,", ',"', ",”", ",’", ",'")
_COMMA_OR_AND_END = re.compile(rf"(?:,|and(?<!\wand)){S}*$")
_UNQUOTED_COMMA_END = re.compile(rf",(?<![{CLOSING}],){S}*$")
_AFTER_COMMA = re.compile(rf",{S}*(?![a-z]+ing\b|and\b|but\b)[a-z]")
_STANCE_NP = re.compile(rf"(?:{_MID})?{S}+(?P<np>(?:the{S}+)?(?:need|importance|necessity|significance)\b"
                        rf"|(?:their|his|her|its|the){S}+(?:shared{S}+|common{S}+)?responsibility\b)")
_VOICE_END = re.compile(rf"(?<![\w’'-])(?:{VOICE.pattern}){ADVERB}{S}+$")
_VOICE_REACH = 100  # a voice reaches over a phrase of at most 60 characters to its verb
_PASSIVE = re.compile(rf"[Ii](?<!\w.)t{S}+(?:was|is|has{S}+been){S}+(?:also{S}+)?$")
# "… during a virtual meeting on Wednesday" closing a report says when it was said, not what.
_OCCASION_NOUNS = ("meeting", "call", "talks", "conversation", "videoconference", "summit")
_OCCASION = re.compile(rf"{S}+(?:during|at|in|via|over){S}+(?:a|an|the|their|his|her){S}+(?:[\w-]+{S}+){{0,3}}?"
                       rf"(?:{'|'.join(_OCCASION_NOUNS)})(?:{S}+on{S}+[A-Z][a-z]+)?$")
_FIRST_PERSON = re.compile(r"(?:I|We|My|Our)\b")
_BY_END = re.compile(rf"\b(?:by|while|before|after){S}+$")
_GROUP = re.compile(rf"(?:\b(?:[Tt]he|[Bb]oth)(?:{S}+two)?{S}+(?:leaders|sides|presidents|ministers|mayors|officials"
                    rf"|delegations|parties|governments|countries|nations|envoys|negotiators|heads{S}+of{S}+state)"
                    rf"|\b[Tt]hey|\b(?:{VOICE.pattern})){ADVERB}{S}+$")

#: A reading: clause start and end, speaker, where the attribution stands (all offsets in the
#: sentence), and whether the verb stands inside a direct quote.
Reading = tuple[int, int, str, int, bool]


def reported(context: DocumentContext, spans: list[tuple[int, int]]) -> list[Quote]:
    """Reported-speech clauses of the document; ``spans`` are its direct quotes, sorted."""
    text = context.text
    starts = [start for start, _ in spans]
    found: list[Quote] = []
    # Only sentences holding a verb word can report speech: one scan of the text finds them.
    verb_words = verb_word_starts(text)
    for sentence in context.sentences.items:
        first, last = sentence.start, sentence.end
        at = bisect_left(verb_words, first)
        if at == len(verb_words) or verb_words[at] >= last:
            continue
        # The direct quotes over this sentence, as offsets in it (clipped: only order matters).
        index = bisect_left(starts, last)
        near = []
        while index > 0 and spans[index - 1][1] > first:
            index -= 1
            near.append((max(spans[index][0] - first, -1), min(spans[index][1] - first, last - first + 1)))
        words = _words_inside(verb_words, at, first, last)
        for start, end, speaker, at, inside in _readings(context.sentence_text(sentence), tuple(reversed(near)), words):
            found.append(Quote(first + start, first + end, speaker, first + at, "reported", inside=inside))
    return found


@lru_cache(maxsize=2)  # the document being read: every sentence of it asks (see ``_context.speaker_of``)
def verb_word_starts(text: str) -> tuple[int, ...]:
    """Where a word of :data:`_VERB_WORDS` starts a word of ``text`` (after a character that is
    no letter or digit, or at the start), in order: one scan of the whole text."""
    breaks = map(re.Match.start, _VERB_AFTER_ASCII_BREAK.finditer(text))
    found = [start + 1 for start in breaks if not text[start].isalnum()]  # "ésaid" is no verb word
    if _VERB_WORDS.match(text):
        found.insert(0, 0)
    return tuple(found)


def _words_inside(verb_words: tuple[int, ...], at: int, first: int, last: int) -> tuple[int, ...]:
    """The verb words of ``text[first:last]`` after its first character, as offsets in it, from
    the text's ``verb_words`` (``at`` the first at or after ``first``). A word opening the sentence
    is left to ``_VERB_WORDS.match`` in :func:`_verb_word_starts`, which reads it without the
    character before."""
    end = bisect_left(verb_words, last, at)
    if at < end and verb_words[at] == first:
        at += 1
    return tuple(word - first for word in verb_words[at:end])


@lru_cache(maxsize=8192)
def _readings(sentence: str, spans: tuple[tuple[int, int], ...],
              inner_words: tuple[int, ...] | None = None) -> tuple[Reading, ...]:
    """Reported-speech clauses of one sentence, found from each speech verb outward.

    A clause runs to the sentence end, or to the next cue that starts a report of its own:
    a coordinated verb ("… and reiterated that"), a participle ("…, saying …", "…, urging …")
    or a new subject after a comma ("Noting that A, Xi said B"). ``inner_words`` are the verb
    words after the sentence's first character when the caller has found them already."""
    found: list[list] = []  # [start, end, speaker, at, inside]
    for word_start in _verb_word_starts(sentence, inner_words):
        verb = _VERB.match(sentence, word_start)
        if verb is None:
            continue
        head = verb.group().split()[0].lower()
        before = sentence[max(0, verb.start() - 200):verb.start()]
        index = bisect_right(spans, (verb.start(), len(sentence) + 2)) - 1
        inside = index >= 0 and spans[index][1] > verb.start()
        limit = min(len(sentence), spans[index][1]) if inside else len(sentence)
        open_ = found[-1] if found and found[-1][1] > verb.start() and found[-1][0] < verb.start() else None
        if head == "according":
            if not found and not _VERB_WORDS.search(sentence, 0, verb.start()) and not _FIRST_PERSON.match(sentence):
                reading = _according(sentence, verb.start(), before, limit)
                if reading:
                    found.append([*reading, verb.start(), inside])
            continue
        speaker, at, subject = _speaker_of_verb(sentence, before, verb)
        if at < 0:
            continue
        participle = bool(verb.group("ing"))
        split = bool(participle and head not in _NESTED_ING) or _COORDINATED.search(before) or bool(
            _COMMA_END.search(before[:subject]) and subject < len(before))
        if open_ is not None and not split:
            continue  # a verb of the reported content ("said that Lee noted …", "…, reaffirming …")
        comma = verb.start() - len(before) + len(before[:subject].rstrip()) - 1
        words = len(sentence[:max(comma, 0)].split())
        # Readings from the sentence start come only first, so no two readings overlap.
        if (not found and not participle and comma > 0 and 0 < words <= 6 and subject < len(before)
                and _COMMA_END.search(before[:subject]) and _AFTER_COMMA.match(sentence, verb.end(), limit)):
            found.append([0, limit, speaker, at, inside])  # "Both sides, he noted, have …": one report
            continue
        if ((head in _BARE_VERBS or head in _TOLD_HEADS) and not participle and _COMMA_END.search(before[:subject])
                and (_attribution_ends(sentence, verb, head, limit) or subject == len(before)) and comma > 0
                and words >= 4
                and sentence[0] not in OPENERS and sentence[comma - 1] not in CLOSING):
            if not found:  # "…, Xi said." or "…, said Xi.": the reported clause comes first.
                found.append([0, comma, speaker, at, inside])
            elif open_ is not None and subject < len(before) and _ends_sentence(sentence, verb, head, limit):
                open_[1] = comma  # "The Kremlin said A, spokesman Dmitry Peskov told reporters.": A ends there
            continue
        if (head in _BARE_VERBS and sentence[:max(comma, 0) + 1].rstrip().endswith(_QUOTE_CLOSES)
                and not _THAT.match(sentence, verb.end(), limit) and not _clause_after(sentence, verb.end(), limit)):
            continue  # "“…,” Kessler said outside the courthouse.": what follows the quote's attribution is no report
        start = _content_start(sentence, verb, head, limit)
        if start is None:
            continue
        if open_ is not None:
            open_[1] = verb.start() - len(before) + subject
        found.append([start, limit, speaker, at, inside])
    return tuple(_clause(sentence, *reading) for reading in found if reading[1] > reading[0])


def _attribution_ends(sentence: str, verb: re.Match, head: str, limit: int) -> bool:
    """True when the sentence ends (or a comma comes) after the verb, an occasion and, after "told",
    whom it told: "…, Xi said.", "…, Xi said on Monday.", "…, Xi told reporters in Beijing."."""
    return _attribution_end(sentence, verb, head, limit) >= 0


def _ends_sentence(sentence: str, verb: re.Match, head: str, limit: int) -> bool:
    """True when the attribution at ``verb`` closes its sentence: nothing goes on after it but a
    participle with more of the speaker's words (", adding that …")."""
    end = _attribution_end(sentence, verb, head, limit)
    return end >= 0 and (sentence[end - 1:end] != "," or bool(_PARTICIPLE_NEXT.match(sentence, end, limit)))


_PARTICIPLE_NEXT = re.compile(rf"{S}*(?:{'|'.join(_ING)})\b")


def _attribution_end(sentence: str, verb: re.Match, head: str, limit: int) -> int:
    """Where the attribution at ``verb`` ends (see :func:`_attribution_ends`), or -1."""
    at = verb.end()
    if head in _TOLD_HEADS:
        told = _TOLD.match(sentence, at, limit)
        if told is None:
            return -1
        at = told.end()
        if sentence[at - 1] == ",":
            return at  # "…, Xi told reporters, adding …"
    tail = _TAIL.match(sentence, at, limit)
    return tail.end() if tail else -1


def _according(sentence: str, at: int, before: str, limit: int) -> tuple[int, int, str] | None:
    """The report an "according to" cue at ``sentence[at:]`` makes, as ``(start, end, speaker)``:
    the clause after it when it opens the sentence ("According to police, the driver fled"), the
    clause before it when it closes the sentence ("The driver fled, according to police.") and the
    whole sentence when it stands between commas ("The driver, according to police, fled"). The
    speaker is whom the phrase cites (:func:`._context.according_source`) or a voice ("analysts",
    "sources"); a phrase citing neither ("according to the Chinese calendar") reports nothing."""
    cue = ACCORDING.match(sentence, at)
    if cue is None or _VERB.search(sentence, cue.end(), limit):  # "According to X, Xi said: …" is Xi's
        return None
    phrase = cue.group("name")
    voice = VOICE.fullmatch(phrase)
    # "according to analysis" (no owner named) is the analysts' view
    speaker = voice_name(voice) if voice else "analysts" if phrase.lower() == "analysis" else according_source(phrase)
    if not speaker:
        return None
    after = cue.end()
    if not before.strip(" ,") or before.strip(" ,").lower() in _OPENING_CONJUNCTIONS:
        start = after + 1 + len(sentence[after + 1:limit]) - len(sentence[after + 1:limit].lstrip())
        if sentence[after:after + 1] != "," or len(sentence[start:limit].split()) < 3:
            return None
        return start, limit, speaker
    if not _COMMA_END.search(before):
        return None
    if _AFTER_COMMA.match(sentence, after, limit):
        return 0, limit, speaker
    comma = len(before.rstrip()) - 1 + at - len(before)
    if not sentence[after:limit].strip(" .!?…") and len(sentence[:comma].split()) >= 3:
        return 0, comma, speaker
    return None


#: Words that may open a sentence before "according to" opens its report: "But according to police, …".
_OPENING_CONJUNCTIONS = {"but", "and", "yet", "however", "so", "still", "meanwhile", "instead"}


def _verb_word_starts(sentence: str, inner_words: tuple[int, ...] | None = None) -> Iterator[int]:
    """Where a word of :data:`_VERB_WORDS` starts a word of ``sentence``, in order; ``inner_words``,
    when given, are those after its first character, found by a scan of the whole text.

    That scan finds the same words: a hit follows a character that is no letter or digit and
    ends in a letter, so no hit swallows the character another needs, and a word running past
    the sentence end is no verb of it (:data:`_VERB` then fails on it, as on any other miss)."""
    if _VERB_WORDS.match(sentence):
        yield 0
    if inner_words is not None:
        yield from inner_words
        return
    for match in _VERB_AFTER_BREAK.finditer(sentence):
        yield match.start() + 1


#: A verb whose short adverbial ends at a colon and a quote ("said later: “…”") introduces the quote.
_INTRODUCES_QUOTE = re.compile(rf"{ADVERBIAL_COLON}{S}*[{OPENERS}]")


#: Words opening an adverbial clause or phrase after a verb of saying, not what was said: "said as
#: she handed down the sentence", "said outside the courthouse".
_ADVERBIAL_OPENERS = frozenset(("as", "while", "when", "after", "before", "because", "since", "outside", "inside",
                                "near", "during", "at", "in", "on", "from", "with", "later", "afterwards"))


#: A day named with no preposition after a verb of saying: "said Friday night", "said yesterday".
_BARE_DAY = re.compile(rf"{S}+(?:{WEEKDAY}|yesterday|today|tonight|last{S}+night)"
                       rf"(?:{S}+(?:morning|afternoon|evening|night))?,?")


def _clause_after(sentence: str, end: int, limit: int) -> bool:
    """True when a clause of what was said follows a verb ending at ``end``, after an occasion if
    any ("said on Friday the verdict would be overturned"); not an adverbial ("said as she …")."""
    occasion = _SAID_OCCASION.match(sentence, end, limit)
    start = occasion.end() if occasion else end
    day = _BARE_DAY.match(sentence, start, limit)  # "said Friday night after jurors returned …"
    start = day.end() if day else start
    words = sentence[start:limit].split()
    return bool(words) and words[0].lower() not in _ADVERBIAL_OPENERS and clause_follows(sentence, start, limit)


def _content_start(sentence: str, verb: re.Match, head: str, limit: int) -> int | None:
    """Where the reported content after ``verb`` starts, or None when the verb reports none."""
    if _INTRODUCES_QUOTE.match(sentence, verb.end(), limit):
        return None  # "The coach said after the match: “…”": what follows is quoted, not reported
    told = _TOLD.match(sentence, verb.end(), limit) if head in _TOLD_HEADS else None
    that = _THAT.match(sentence, told.end() if told else verb.end(), limit)
    occasion = _SAID_OCCASION.match(sentence, verb.end(), limit) if head in _BARE_VERBS and not that else None
    if told and not that:
        start = told.end()
        # "told reporters on Tuesday, adding that …": the participle goes on, no clause was told
        if sentence[start - 1] == "," or not clause_follows(sentence, start, limit):
            return None
    elif occasion and occasion.end() > verb.end():
        # "said on Tuesday it would cut 1,000 jobs": an occasion, then the clause without "that"
        start = occasion.end()
        if sentence[start - 1] == "," or not clause_follows(sentence, start, limit):
            return None
    elif that:
        start = that.end()
    elif head.startswith(_OBJECT):
        start = verb.end()
    elif head.startswith(_STANCE):
        stance = _STANCE_NP.match(sentence, verb.end(), limit)
        if not stance:
            return None
        start = stance.start("np")
    elif head not in _BARE_VERBS:
        return None
    else:
        start = verb.end()
        if takes_object(sentence, head, start):
            return None  # "The company added 2,000 jobs last year": an object, no clause was said
    while start < limit and sentence[start].isspace():
        start += 1
    words = sentence[start:limit].split()
    if len(words) < 3 or not sentence[start].isalnum() or (
            not that and words[0].lower() in _NOT_CLAUSE and not head.startswith("call")
            and not _COUNT_OPENING.match(sentence, start, limit)):
        return None
    return start


def _speaker_of_verb(sentence: str, before: str, verb: re.Match) -> tuple[str, int, int]:
    """Who speaks the verb, where that attribution stands (-1: nobody), and where in ``before``
    its subject starts: the subject before the verb ("The President" names nobody but is one;
    "the leaders", "they" and the passive "It was pointed out" are joint, named later); the
    sentence's subject for "…, and noted that", "…, saying that" and "responded by reaffirming";
    or the name after it in "…, said Smith."."""
    base = verb.start() - len(before)
    participle = verb.group("ing") or verb.group().startswith("calling")
    if participle or _COORDINATED.search(before):
        if participle and not before.strip():  # "Noting that A, Xi said B": named after
            said = SAID.search(sentence, verb.end())
            return (canonical_speaker(said.group("name")) if said else ""), 0, len(before)
        # The last attribution before the verb: "Xi said …", or "…, said Ana Ruiz, an economist, adding …".
        saids = list(SAID.finditer(sentence, 0, verb.start())) + list(_SAID_NAME.finditer(sentence, 0, verb.start()))
        said = max(saids, key=lambda match: match.start(), default=None)
        body = None if said else _common_said(sentence, verb.start())
        if body and _COMMA_OR_AND_END.search(before):  # "…, the ministry said, adding that …"
            return body[0], body[1], len(before)
        lead = LEAD_NAME.match(sentence)
        name, at = ((said.group("name"), said.start()) if said else
                    (lead.group("name"), 0) if lead else ("", 0))
        if not _COMMA_OR_AND_END.search(before) and not (participle and _BY_END.search(before)):
            return "", -1, 0
        if not canonical_speaker(name) and (not participle or _FIRST_PERSON.match(sentence)):
            return "", -1, 0  # "We commemorated …, reaffirming …": the speaker's own words
        return canonical_speaker(name), at, len(before)
    subject = _SUBJECT_END.search(before)
    # "A source close to the Kremlin said": a voice whose phrase holds the name speaks, not the name.
    # Such a phrase puts a word in lower case just before the name ("the", "to", "with").
    group = (_VOICE_END.search(before, max(0, subject.start() - _VOICE_REACH))
             if subject and before[:subject.start()].rstrip()[-1:].islower() else None)
    if (subject and not all(w.lower() in LEADING for w in subject.group("name").split())
            and not common_head(subject.group("name")) and not (group and group.start() < subject.start())):
        name = located(before, subject.start(), subject.group("name"))  # "rescuers in Turkey said"
        return canonical_speaker(name), base + subject.start(), _role_start(before, subject.start())
    group = group or _GROUP.search(before) or _PASSIVE.search(before)
    if group:
        return voice_name(group), base + group.start(), group.start()
    common = common_subject(before, len(before))  # "the ministry said", "a company spokesman said"
    if common:
        return common[0], base + common[1], _role_start(before, common[1])
    after = _NAME_TAIL.match(sentence, verb.end()) or _ROLE_NAME_TAIL.match(sentence, verb.end())
    if after and _UNQUOTED_COMMA_END.search(before) and canonical_speaker(after.group("name")):
        return canonical_speaker(after.group("name")), verb.end(), len(before)
    voice = None if after else _VOICE_TAIL.match(sentence, verb.end())
    if voice and _UNQUOTED_COMMA_END.search(before):  # "…, said two people briefed on the talks."
        return voice_name(voice), verb.end(), len(before)
    tail = None if after else _COMMON_TAIL.match(sentence, verb.end())
    common = common_subject(sentence, tail.end("name")) if tail and _UNQUOTED_COMMA_END.search(before) else None
    if common:  # "…, said the ministry.", "…, said a company spokesman.": as "…, the ministry said."
        return common[0], verb.end(), len(before)
    return "", -1, 0


_SPOKEN = re.compile(rf"{S}+(?:{SPEECH_VERBS})\b")


def _common_said(sentence: str, end: int) -> tuple[str, int, bool] | None:
    """The body or office that a speech verb before ``end`` has as its subject ("…, the ministry
    said, adding …", "the prime minister said"), as :func:`common_subject` gives it, or None."""
    for spoken in reversed(list(_SPOKEN.finditer(sentence, 0, end))):
        common = common_subject(sentence, spoken.start())
        if common and common[0] and (common[2] or is_office(common[0])):
            return common
    return None


def _role_start(before: str, start: int) -> int:
    """Where the subject named at ``before[start:]`` starts when a role in lower case stands
    between it and the comma before it ("…, de facto leader Ana Ruiz said", "…, the club's
    manager, Gary Neville, said"): at the role; else ``start``. A role set off by a comma must
    hold a role word or a possessive: in "The economy, hit by the war, shrank, Ana Ruiz said"
    "shrank" is no role."""
    reach = max(0, start - _ROLE_REACH)
    comma = before.rfind(",", reach, start)
    if comma < 0:
        return start
    voice = _VOICE_FOR_END.fullmatch(before, comma, start)
    if voice:
        return voice.start("voice")
    set_off = not before[comma + 1:start].strip()  # "…, the club's manager, Gary Neville"
    if set_off:
        comma = before.rfind(",", reach, comma)
    role = _ROLE_AFTER_COMMA.fullmatch(before, comma, start) if comma >= 0 else None
    if role is None or (set_off and not _ROLE_WORD.search(role.group("role"))):
        return start
    return role.start("role")


def _clause(sentence: str, start: int, end: int, speaker: str, at: int, inside: bool) -> Reading:
    """The reading with its end trimmed of spaces, final punctuation, a connective left before the
    next cue (", and"), and a closing mark whose quote opened inside the clause (“… track.”)."""
    while end > start:
        char = sentence[end - 1]
        if char.isspace() or char in ".!?…,;:—–" or (
                char in CLOSING and any(mark in OPENERS for mark in sentence[start:end - 1])):
            end -= 1
        elif sentence.endswith("and", start, end) and end - 4 >= start and sentence[end - 4].isspace():
            end -= 3
        else:
            break
    return start, _occasion_start(sentence, start, end), speaker, at, inside


def _occasion_start(sentence: str, start: int, end: int) -> int:
    """Where an occasion closing ``sentence[start:end]`` starts (:data:`_OCCASION`), else ``end``.

    An occasion ends in its noun or in "on <Day>", a capitalised word: string tests rule out
    the many clauses that end otherwise before the pattern is searched."""
    last_word = sentence[start:end].rsplit(None, 1)[-1:]
    if not (sentence.endswith(_OCCASION_NOUNS, start, end) or (last_word and last_word[0][:1].isupper())):
        return end
    occasion = _OCCASION.search(sentence, start, end)
    return occasion.start() if occasion else end
