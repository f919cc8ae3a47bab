"""Reading the context of a fact: who says it, what it measures, when it holds.

These are deliberately grammatical heuristics over one sentence (and, for
speakers, the transcript labels and the sentences just before), so they work
on any English news copy without a model.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import pairwise
from types import ModuleType
from typing import TYPE_CHECKING

from ..gazetteer import is_place
from ..text import SPACE, LineOpening, Sentence, spaced
from ._calendar import MONTHS, WEEKDAYS
from ._numbers import (
    BOUND,
    FALL_WORDS,
    NUMBER_WORD_LIST,
    OBJECT_VERBS,
    RISE_WORDS,
    counted_noun,
    literal_alternation,
    opening_words,
)

if TYPE_CHECKING:  # pragma: no cover
    from ._base import DocumentContext

TITLE_WORDS = {
    "president", "presidential", "aide", "mr", "mrs", "ms", "dr", "comrade", "secretary",
    "minister", "premier", "prime", "chairman", "chairwoman", "director", "professor", "prof",
    "foreign", "spokesman", "spokeswoman", "spokesperson", "ambassador", "general", "chancellor",
    "king", "queen", "vice", "deputy", "senator", "governor", "mayor", "leader", "member",
    "chief", "head", "envoy", "state", "councillor", "councilor", "sir", "madam", "justice", "judge",
    "coach", "captain", "commissioner", "lord", "lady", "rabbi", "imam", "bishop", "pope", "sheikh",
    # business titles: "Nvidia CEO Jensen Huang", "Chief Executive Elon Musk", "Fed Chair Jerome Powell"
    "chair", "ceo", "cfo", "coo", "executive", "founder", "co-founder", "speaker",
    # offices of finance, law and the police: "Treasurer Jim Hale", "Detective Sergeant Mia Cole"
    "treasurer", "attorney", "inspector", "superintendent", "sergeant", "constable", "detective", "sheriff",
    "agent",  # "Special Agent Dana Cole", "FBI Agent Tom Reed"
    "charge",  # "Special Agent in Charge Thomas Wendt"
    "defendant", "co-defendant",  # "Co-defendant Lena Ostrowski pleaded guilty"
    # military ranks, as rescue and relief reports name their officers: "Colonel Anton Reshi said"
    # ("Major" is left out: it is a surname too, "said Mark Major")
    "colonel", "lieutenant", "brigadier", "admiral", "commander", "marshal", "corporal",
}
#: Labels of metadata lines ("Document Date: …") that are not speakers of a transcript.
_METADATA_LABELS = {"date", "document date", "category", "categories", "source", "sources", "author",
                    "tags", "tag", "posted", "published", "updated", "photo", "credit", "editor", "location",
                    "dateline", "subject", "title", "summary", "description", "keywords", "link", "url"}
#: Labels of a news page's furniture before a colon ("Key points:", "Live updates:"): no speaker of
#: a transcript, nor of a headline's quote (``_quote_marks`` reads their words as kickers).
PAGE_FURNITURE = {"key points", "key facts", "live updates", "live", "update", "watch", "read more", "related",
                  "latest", "breaking news", "explainer", "analysis", "opinion", "exclusive", "highlights",
                  "background", "what we know"}
#: Verbs that report speech, as written (a space stands for any run of spaces).
SPEECH_VERB_WORDS = ["said", "says", "say", "noted", "notes", "stressed", "stresses", "added", "adds", "emphasised",
                     "emphasized", "underlined", "highlighted", "recalled", "stated", "remarked", "announced",
                     "reiterated", "urged", "told", "tells", "pointed out", "explained", "observed", "argued",
                     "insisted", "warned", "affirmed", "reaffirmed", "acknowledged", "outlined", "wrote", "declared",
                     "confirmed", "responded", "replied"]
SPEECH_VERBS = "(?:" + "|".join(map(spaced, SPEECH_VERB_WORDS)) + ")"


def _letter_or_spaces(char: str) -> str:
    """A character of a verb as a regex: a space stands for any run of spaces ("pointed out")."""
    return spaced(char) if char == " " else re.escape(char)


#: Lower-case particles inside a person's name: "Ursula von der Leyen", "Erik ten Hag", "Lula da Silva",
#: "Mohammed bin Salman", "Charles de Gaulle"; and prefixes joined by a hyphen ("Majed al-Ansari").
NAME_PARTICLES = ("von", "van", "der", "den", "de", "la", "le", "da", "das", "dos", "du", "del", "della", "di",
                  "ten", "ter", "bin", "bint", "ibn", "al", "el")
_HYPHENED_PARTICLES = ("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul")
_PARTICLE_WORDS = "|".join(NAME_PARTICLES)
_HYPHENED = rf"(?:(?:{'|'.join(_HYPHENED_PARTICLES)})-)"


def name_rest(space: str, most: int, possessive: bool = False) -> str:
    """A name's rest after its first capital, as a regex: up to ``most`` more capitalised words
    ("Bank of England", "Ministry of the Interior"), apart by runs of ``space``, or by one or two
    particles of a person's name ("von der Leyen", "Lula da Silva"); a word may open with a
    particle joined by a hyphen ("al-Ansari"). ``possessive`` reads the words without giving
    letters back, for places where what follows a name (a comma, a space, the end) can follow no
    shorter reading of it.

    >>> bool(re.fullmatch("[A-Z]" + name_rest(" ", 2), "Bank of England"))
    True
    >>> [bool(re.fullmatch("[A-Z]" + name_rest(" ", 3), name)) for name in ("Ursula von der Leyen", "Majed al-Ansari")]
    [True, True]
    """
    plus = "+" if possessive else ""
    joint = rf"(?:of{space}+(?:the{space}+)?|&{space}+|(?:(?:{_PARTICLE_WORDS}){space}+){{1,2}})"
    return rf"[\w'’.-]*{plus}(?:{space}+{joint}?{_HYPHENED}?[A-Z][\w'’.-]*{plus}){{0,{most}}}{plus}"


def name_particle(token: str) -> bool:
    """True for a lower-case particle of a person's name ("von", "da", "bin") or a word opening
    with one joined by a hyphen ("al-Ansari"): part of the name, though not capitalised."""
    return token in NAME_PARTICLES or bool(re.match(rf"{_HYPHENED}[A-Z]", token))


#: A name of up to nine capitalised words ("Bank of England"): its first capital, then the rest.
_NAME_REST = name_rest(r"[ \u00a0]", 8)
_NAME = rf"(?:[A-Z]{_NAME_REST})"
_LABEL_BODY = rf"(?:[^\n]{{0,60}}?[–—][ \u00a0]+)?(?P<label>{_NAME})(?:[ \u00a0]+\([^)\n]*\))?:[ \u00a0]+\S"
_LABELS = LineOpening(_LABEL_BODY)  # a label opens a line
# "<name> said": found fast, the verb first, then the name just before it.
# The verbs as a trie: after each space the engine tests a few first letters, not every verb.
_SPEECH_VERB = re.compile(rf"[ \u00a0]+{literal_alternation(SPEECH_VERB_WORDS, _letter_or_spaces)}\b")
# After "told reporters" or "added" with no "that", the words must read as a clause (a verb within
# the first few words: an auxiliary, a modal, a past tense or a common present one), not a noun
# phrase ("told reporters the details", "added 2,000 jobs"). A word is any run without spaces, so
# a figure ("1,200", "$2", "40%") is one word of the subject.
_AUXILIARY_OR_PRESENT = (r"would|will|could|should|can|cannot|may|might|must|was|were|is|are|had|has|have|did|does"
                         r"|do|[a-z]+n[’']t|plans|wants|needs|expects|remains|believes|sees|faces|face|hits|cuts"
                         r"|sells|backs|supports|says|shows|suggests|means")
_PAST = (r"[a-z]{2,}ed|grew|rose|fell|saw|made|took|won|lost|held|knew|kept|left|paid|spent|sent|came|went|got|gave"
         r"|began|found|hit|cut|sold|stole|bought|built|brought|caught|fought|fled|led|met|ran|put|set|shot|stood"
         r"|struck|spoke|told|said|wrote|thought|became|drew|drove|threw")
_CLAUSE_VERB = re.compile(rf"(?:\S+{SPACE}+){{1,8}}?(?:{_AUXILIARY_OR_PRESENT}|{_PAST})\b")
#: The same after "added", where the words may be its object: a past form before a preposition is
#: then a participle after its noun ("added the 40 bodies found on Tuesday to the toll"), and a verb
#: after "that", "which" or "who" a relative clause's ("added three flights that will serve Lisbon").
_CLAUSE_VERB_AFTER_OBJECT = re.compile(
    rf"(?:\S+{SPACE}+){{1,8}}?(?<!\bthat )(?<!\bwhich )(?<!\bwho )"  # a relative clause's verb is the object's
    rf"(?:(?:{_AUXILIARY_OR_PRESENT})\b|(?:{_PAST})\b(?!{SPACE}+(?:on|in|at|by|from|near"
    rf"|during|after|to|with|under|over|since|for|across|inside|outside)\b))")
#: Speech verbs that as often take an object as report speech: "The company added 2,000 jobs".
_ALSO_TRANSITIVE = frozenset(("added", "adds"))
#: What lets such a verb speak however the words after it read: "that", a colon, a quotation mark,
#: a comma or the sentence's end ("…, he added.").
_SPEAKS_AFTER = re.compile(rf"{SPACE}*(?:that\b|[:,.;!?\"“”'‘’]|$)", re.MULTILINE)
#: "that" or a quotation later in the clause: "added in an interview with the paper last week that …";
#: a "that" before a verb opens a relative clause ("added three flights that will serve Lisbon").
_SPEECH_LATER = re.compile(rf"[^.!?\n]*?(?:\bthat\b(?!{SPACE}+(?:{_AUXILIARY_OR_PRESENT}|{_PAST})\b)|[:“\"])")
#: Where the words after "added" stop being its object or clause: a comma before a space (", the
#: survey showed"; "1,200" goes on) or the sentence's end before a capital ("3.5" goes on).
_CLAUSE_STOP = re.compile(r",(?=\s)|[.!?](?=[\"”’]?(?:\s+[A-Z\"“]|\s*$))")
#: How far after the verb its object or clause is read: a clause's verb comes within a few words.
_OBJECT_REACH = 120


def clause_follows(sentence: str, start: int, limit: int, pattern: re.Pattern = _CLAUSE_VERB) -> bool:
    """True when the words from ``start`` (up to ``limit``) read as a clause: a verb within the first
    few words.

    >>> clause_follows("told reporters the plant would close", 15, 36), clause_follows("added 2,000 jobs", 6, 16)
    (True, False)
    >>> clause_follows("added 1,200 people had died", 6, 27)
    True
    """
    while start < limit and sentence[start].isspace():
        start += 1
    return bool(pattern.match(sentence, start, limit))


def takes_object(text: str, verb: str, end: int) -> bool:
    """True when the speech verb ``verb`` ending at ``end`` takes an object instead of reporting
    speech: "added" before a noun phrase ("The company added 2,000 jobs last year"), not before
    "that" (at once or later in the clause), a colon or a clause ("He added 1,200 people had died").

    >>> takes_object("Employers added 250,000 jobs in March.", "added", 15)
    True
    >>> takes_object("He added 20 people had died.", "added", 8), takes_object("“No,” he added.", "added", 14)
    (False, False)
    """
    if verb not in _ALSO_TRANSITIVE or _SPEAKS_AFTER.match(text, end):
        return False
    limit = min(len(text), end + _OBJECT_REACH)
    stop = _CLAUSE_STOP.search(text, end, limit)  # the clause ends with its sentence or a comma
    limit = stop.start() if stop else limit
    return not (_SPEECH_LATER.match(text, end, limit) or clause_follows(text, end, limit, _CLAUSE_VERB_AFTER_OBJECT))


#: "on Monday" between a speaker and the verb ("The White House on Monday said"): the day is no speaker.
WEEKDAY = "(?:" + "|".join(day.capitalize() for day in WEEKDAYS) + r")\b"
WEEKDAY_OCCASION = rf"on[ \u00a0]+{WEEKDAY}"


def name_or_pronoun(rest_of_name: str) -> str:
    r"""A name (a capital, then ``rest_of_name``) that is no weekday, or "he"/"she" opening a word:
    ``(?!WEEKDAY)[A-Z]<rest>|\b[Hh]e|\b[Ss]he``, written to open with one character class.

    Python's engine skips ahead to the characters a pattern can open with only when it opens
    with a literal or a class; a look-ahead or ``\b`` first makes a search try every position.
    So the class of first letters comes first, and each branch checks after it what the
    original checked before it: which letter it was, that no weekday starts there, that the
    word starts there (``(?<!\w.)``: no word character before the letter). Same matches.

    >>> pattern = re.compile(name_or_pronoun(r"\w*"))
    >>> [m.group() for m in pattern.finditer("On Monday she met Lee; ashes, he said. Mondays")]
    ['On', 'she', 'Lee', 'he', 'Mondays']
    """
    # "o(?<=Mo)nday": each branch opens with a literal, which the engine rejects at once.
    weekday_rest = "|".join(rf"{day[1]}(?<={day[:2].capitalize()}){day[2:]}\b" for day in WEEKDAYS)
    after_capital = f"(?<=[A-Z])(?!{weekday_rest})"
    return rf"[A-Zhs](?:{after_capital}{rest_of_name}|(?<=[Hh])(?<!\w.)e|(?<=[Ss])(?<!\w.)he)"


def set_off(space: str) -> str:
    """A regex, to follow a name's first capital, that marks (group ``set_off``) a name opening
    right after a comma and a ``space``: a name set off after its role ("The club's manager, Gary
    Neville, said"), which a lone comma may then close (see :func:`appositive`). Checked after the
    first capital, so that a pattern holding it still opens with a class of letters. A look-behind
    has a fixed width, so up to three spaces may stand after the comma."""
    after_comma = "|".join(rf"(?<=,{space * count}[A-Z])" for count in (1, 2, 3))
    return rf"(?:(?:{after_comma})(?P<set_off>))?"


def appositive(space: str, char: str) -> str:
    """A regex for what may close a speaker's name before its verb: an appositive set off by
    commas ("Tom Lee, chief strategist at Fundstrat, said"; ``char`` the class of its characters),
    or a lone comma after a name set off after its role (:func:`set_off`).

    A person's name (two to four capitalised words, none a title) set off after a name is no
    appositive of it but the person that name stands for: "The head of AFAD, Yunus Sezer, said" is
    Yunus Sezer's word, not AFAD's; "Jane Doe, Prime Minister, said" stays Jane Doe's."""
    title = rf"(?i:{'|'.join(sorted(TITLE_WORDS, key=len, reverse=True))})\b"
    word = rf"(?:(?:{_PARTICLE_WORDS}){space}+)*(?!{title}){_HYPHENED}?[A-Z][\w'’.-]*"
    person = rf"{space}*{word}(?:{space}+{word}){{1,3}},"
    return rf"(?:,(?!{person}){char}{{1,60}},|(?(set_off),|(?!)))?"


# The name read possessively, as in ``_quote_marks.WHO``: a comma, a space or the end follows it.
_NAME_BEFORE_REST = name_rest(r"[ \u00a0]", 8, possessive=True)
_SPACE_CHAR = "[ \u00a0]"
_NAME_BEFORE = re.compile(rf"(?P<name>{name_or_pronoun(set_off(_SPACE_CHAR) + _NAME_BEFORE_REST)})"
                          rf"(?:[ \u00a0]+\([^()\n]{{1,40}}\))?{appositive(_SPACE_CHAR, '[^,]')}"
                          rf"(?:[ \u00a0]+(?:also|then|later|further|{WEEKDAY_OCCASION}))?$")
_LOOK_BACK = 160


def name_after_verb(name: str, space: str) -> str:
    """A pattern for the speaker named after an inverted verb of saying ("…, said Tom Lee."), up to
    the sentence end or a participle (", adding that …"): the name (``name``, a regex), then an optional
    appositive (", chief economist at Harbor Bank,", not a new clause: ", and …") and an optional
    occasion (" on Monday", " in a statement"). ``space`` is the regex of one space character."""
    stop = r"[^,.;:!?\n“”\"]"
    appositive = rf",{space}+(?!(?:and|but|or|so|while|as|though|although)\b){stop}{{1,80}}?"
    occasion = rf",?{space}+(?:on|in|at|during|after|before|via|while|when)\b{stop}{{0,60}}?"
    # It ends the sentence, or a participle goes on with more of the speaker's words (", adding that …").
    end = rf"{space}*,?(?:[.!?]|$)|,{space}+(?=[a-z]+ing\b)"
    return rf"{space}+(?P<name>{name})(?:{appositive})?(?:{occasion})?(?:{end})"


_NOUN_BEFORE_PLACE = re.compile(rf"\b(?P<noun>[A-Za-z]+){SPACE}+(?P<at>of|in|at|from|near|for|across|outside)"
                                rf"(?:{SPACE}+the)?{SPACE}+\Z")


def located(text: str, start: int, name: str) -> str:
    """The speaker phrase for ``name`` found at ``start``: a place after a noun and a preposition
    says where the speakers are, not who they are ("The governor of Ontario said" →
    "governor of Ontario", "Police in Victoria said" → "police in Victoria"), so the phrase is
    kept whole; any other name is the speaker as it stands ("Russia said", "Xi said").

    >>> located("The mayor of Paris said", 13, "Paris"), located("Paris said", 0, "Paris")
    ('mayor of Paris', 'Paris')
    >>> located("Officials in Texas said", 13, "Texas")
    ''
    """
    if not is_place(name):
        return name
    before = _NOUN_BEFORE_PLACE.search(text, max(0, start - 40), start)
    if before is None:
        return name
    if before["noun"].lower() in _FUNCTION_WORDS:
        return ""  # "Officials in Texas said" names nobody, as "Officials said" does
    person = _person_before(text, before.end("noun"))
    if person:
        return person  # "Ana Ruiz from Texas said", "Sen. Thune of Texas said": the person
    return f"{before['noun'].lower()} {before['at']} {name}"


_CAPITALISED_RUN = re.compile(rf"(?:[A-Z][\w'’.-]*{SPACE}+){{0,3}}[A-Z][\w'’.-]*\Z")


def _person_before(text: str, end: int) -> str:
    """The person whose name ends at ``end`` (before "from Texas"): two to four personal words, or
    one or more after a title ("Ana Ruiz", "Sen. Thune"); ``""`` for a noun ("Police", "Rescuers")."""
    run = _CAPITALISED_RUN.search(text, max(0, end - 60), end)
    if run is None:
        return ""
    words = run.group().split()
    titles = next((index for index, word in enumerate(words) if not _title_word(word)), len(words))
    person = words[titles:]
    if (1 if titles else 2) <= len(person) and all(_personal_word(word) for word in person):
        return run.group()
    return ""


def located_phrase(words: list[str]) -> bool:
    """True for the words of a phrase :func:`located` made ("mayor of Paris"): the whole phrase
    speaks, and no name in it is to be picked out."""
    return len(words) >= 3 and words[0].islower() and words[1] in _PLACE_PREPOSITIONS


# --- a body named by a common noun: "the ministry said", "police said", "a company spokesman said" ---

#: Bodies that speak as one ("the ministry said", "police said"): the speaker of their words.
BODY_NOUNS = {"ministry", "department", "agency", "company", "firm", "bank", "police", "government", "office",
              "military", "army", "navy", "court", "council", "committee", "commission", "regulator", "board",
              "embassy", "union", "administration", "cabinet", "airline", "group", "party", "campaign",
              "university", "hospital", "school", "club", "team", "league", "church"}
#: Papers a body issues ("a ministry statement said"). A paper names who wrote it only by the body
#: before it ("a Foreign Ministry statement"); alone, "the statement" is the one last mentioned,
#: whose issuer speaks ("Acme issued a statement … The statement said" → "Acme"), and "a
#: statement" or a paper of unknown issuer names nobody, for quotes and figures alike.
PAPER_NOUNS = {"statement", "readout", "communique", "communiqué", "filing"}
#: Papers whose modifiers say where they were lodged, not who wrote them: "a court filing", "a stock
#: exchange filing" (the court and the exchange say nothing).
_LODGED_PAPERS = {"filing"}
#: People and papers that speak for a body ("a company spokesman said", "a ministry statement said"): the
#: body speaks when the phrase names it; alone they name nobody in particular.
VOICE_NOUNS = {"spokesperson", "spokesman", "spokeswoman", "spokespeople", "official", "officials",
               "representative", "representatives", "authorities"} | PAPER_NOUNS
#: Offices a person holds, as news refers back to them ("Prime Minister Keir Starmer … The prime
#: minister said"): the office speaks for the person last named with it (see :func:`named_person`).
ROLE_NOUNS = {"president", "minister", "chancellor", "governor", "mayor", "senator", "premier", "king", "queen",
              "pope", "chairman", "chairwoman", "coach", "judge", "prosecutor", "ambassador", "commissioner",
              "envoy", "sheriff", "executive", "secretary"}
#: Words before an office that belong to it: "prime minister", "foreign minister", "chief executive".
_ROLE_MODIFIERS = {"prime", "foreign", "deputy", "vice", "chief", "first", "head", "defence", "defense",
                   "finance", "opposition"}
_COMMON_HEADS = sorted(BODY_NOUNS | VOICE_NOUNS | ROLE_NOUNS)
_COMMON_HEAD_SET = frozenset(_COMMON_HEADS)
#: Words before a head that end its phrase: a determiner (part of the phrase, dropped from the
#: speaker) or a word that is no modifier (a preposition, a conjunction, a verb of saying).
_DETERMINERS_OF_SPEAKERS = {"the", "a", "an", "its", "their", "his", "her", "our", "one", "two", "three",
                            "several", "some", "many", "other", "both", "all", "another"}
_NO_MODIFIERS = {"and", "or", "but", "nor", "that", "which", "who", "whom", "as", "in", "on", "at", "of", "by",
                 "for", "to", "with", "from", "into", "than", "while", "when", "if", "after", "before", "said",
                 "says", "told", "it", "he", "she", "they", "we", "i", "you", "also", "then", "this", "these",
                 "those", "there", "is", "are", "was", "were", "has", "have", "had", "not", "so", "yet"}
# The head right before the verb (after "also", "then", "on Monday", an adverb in -ly, "has"): a
# literal alternation, so that a search skips to where a head can start.
_COMMON_HEAD = re.compile(rf"(?<![\w’'-])(?i:{literal_alternation(_COMMON_HEADS)})(?P<possessive>[’']s)?"
                          rf"(?:{SPACE}+(?:also|then|later|further|again|earlier|has|have|had|[a-z]+ly"
                          rf"|{WEEKDAY_OCCASION}))*{SPACE}*$")
_WORD = re.compile(r"[\w’'.-]+")
_COMMON_REACH = 60  # up to the head: three words before it at most


def common_subject(text: str, end: int) -> tuple[str, int, bool] | None:
    """The body or voice named by a common noun just before ``text[end:]`` (a verb of saying):
    ``(speaker, where its phrase starts, whether it names a body)``, or None.

    The speaker is the head noun, lower-cased and without its determiner or adjectives ("the
    ministry" → "ministry", "Police" → "police", "senior officials" → "officials"), as a place
    after a noun is read ("police in Victoria"). A spokesperson, official or statement speaks
    for the body named before it ("a company spokesman" → "company", "a Foreign Ministry
    statement" → "Foreign Ministry"); "central bank" is one head.

    >>> common_subject("The ministry said", 13), common_subject("Talks went well, a police spokesman said", 36)
    (('ministry', 0, True), ('police', 17, True))
    >>> common_subject("Senior officials said", 17), common_subject("Jane Roe said", 9)
    (('officials', 0, False), None)

    A paper alone names nobody, unless "the" points back to one issued before (see
    :data:`PAPER_NOUNS`); a filing's modifiers say where it was lodged:

    >>> common_subject("A court filing said", 15), common_subject("The statement said", 14)
    (('', 0, False), ('statement', 0, False))
    """
    head = _COMMON_HEAD.search(text, max(0, end - _COMMON_REACH), end)
    if head is None:
        return None
    noun = _WORD.match(text, head.start(), end).group().lower().removesuffix("'s").removesuffix("’s")
    modifiers, start = _modifiers(text, head.start())
    speaker, body = _common_speaker(noun, [] if noun in _LODGED_PAPERS else modifiers)
    if noun in PAPER_NOUNS and not body:  # "the statement" refers back; "a court filing" names nobody
        speaker = noun if _WORD.match(text, start).group().lower() in _DEFINITE else ""
    return speaker, start, body


#: Determiners that point back to a paper already mentioned: "the statement", "its filing".
_DEFINITE = {"the", "its", "their", "his", "her", "our"}


def common_phrase(space: str) -> str:
    """A regex for a body or voice named by a common noun after an inverted verb of saying ("…,
    said the ministry.", "said a company spokesman", "said a spokeswoman for the company"): an
    optional determiner, at most two modifiers and a head of :func:`common_subject`, then maybe
    "for"/"at"/"of" another head. ``space`` is the regex of one space character; the speaker is
    read back from the phrase's end by :func:`common_subject`."""
    head = rf"(?i:{literal_alternation(_COMMON_HEADS)})(?![\w’'-])"
    determiner = rf"(?:(?:the|a|an|its|their){space}+)?"
    return (rf"{determiner}(?:[\w’'-]+{space}+){{0,2}}?{head}"
            rf"(?:{space}+(?:for|at|of){space}+(?:the{space}+)?(?:[\w’'-]+{space}+)?{head})?")


def common_head(name: str) -> bool:
    """True when a capitalised word read as a name is a head noun of :func:`common_subject`
    ("Police said", "Officials said" opening a sentence)."""
    return name.lower() in _COMMON_HEAD_SET


def _modifiers(text: str, head_start: int) -> tuple[list[str], int]:
    """The words that modify a head starting at ``head_start`` (at most two, joined to it by
    spaces only), and where its phrase starts: at its determiner, its first modifier or the head."""
    window = max(0, head_start - _COMMON_REACH)
    modifiers: list[str] = []
    start = head_start
    for word in reversed(list(_WORD.finditer(text, window, head_start))[-3:]):
        if text[word.end():start].strip():
            break  # a comma or a mark between: the phrase ends there
        bare = word.group().lower().removesuffix("'s").removesuffix("’s")
        if bare in _DETERMINERS_OF_SPEAKERS:
            start = word.start()
            break
        if bare in _NO_MODIFIERS or len(modifiers) == 2:
            break
        modifiers.insert(0, word.group())
        start = word.start()
    return modifiers, start


def _common_speaker(noun: str, modifiers: list[str]) -> tuple[str, bool]:
    """The speaker a head and its modifiers name, and whether it is a body (see :func:`common_subject`)."""
    from ..origins import canonical_origin, is_institution  # origins imports this package

    last = modifiers[-1].lower().removesuffix("'s").removesuffix("’s") if modifiers else ""
    if noun in BODY_NOUNS:
        return _body_named(noun, modifiers), True
    if noun in ROLE_NOUNS and not any(word[:1].isupper() for word in modifiers[-1:]):
        return _role(noun, modifiers), False
    named = " ".join(word.removesuffix("'s").removesuffix("’s") for word in modifiers if word[:1].isupper())
    # "a Foreign Ministry spokesman", "the Kremlin's statement"; not a body noun opening the sentence
    # ("Ministry officials said"), which is read as the noun it is.
    if named and named.lower() not in BODY_NOUNS and is_institution(named):
        return canonical_origin(named), True
    if named and noun in _SPOKES_NOUNS and _names_a_body(named):
        return canonical_origin(named), True  # "a Red Cross spokeswoman": a spokesperson speaks for the name
    if last in BODY_NOUNS:  # "a company spokesman", "police officials", "a central bank statement"
        return _body_named(last, modifiers[:-1]), True
    return noun, False


def _role(noun: str, modifiers: list[str]) -> str:
    """An office and the words before it that belong to it: "prime minister", "chief executive"
    (an "executive" alone is no office), "health minister".

    >>> _role("minister", ["the", "prime"]), _role("executive", ["chief"]), _role("mayor", ["new"])
    ('prime minister', 'chief executive', 'mayor')
    """
    words = [noun]
    for word in reversed(modifiers):
        lower = word.lower()
        if lower not in _ROLE_MODIFIERS and lower not in PORTFOLIOS:
            break
        words.insert(0, lower)
    return " ".join(words) if words != ["executive"] else ""


def _body_named(noun: str, modifiers: list[str]) -> str:
    """The body a body noun and the words before it name: "central bank", a ministry or department
    by its field ("the health ministry" is the Health Ministry, however a report capitalises it),
    else the noun."""
    from ..origins import canonical_origin  # origins imports this package

    if noun == "bank" and modifiers and modifiers[-1].lower() == "central":
        return "central bank"
    portfolio = _portfolio(modifiers) if noun in _PORTFOLIO_HEADS else ""
    if not portfolio:
        return noun
    # A country's ministry keeps its owner, as the capitalised name does: "Israel's health ministry"
    # is "Israel's Health Ministry", never another country's.
    owner = modifiers[-len(portfolio.split()) - 1] if len(modifiers) > len(portfolio.split()) else ""
    owned = owner if owner[:1].isupper() and owner.endswith(("'s", "’s")) else ""
    return " ".join(filter(None, (owned, canonical_origin(f"{portfolio} {noun.title()}"))))


#: Government bodies named by the field they govern ("the health ministry", "the justice department").
_PORTFOLIO_HEADS = {"ministry", "department"}
#: The fields of government that name a ministry or department in English news.
PORTFOLIOS = {"health", "foreign", "interior", "home", "finance", "treasury", "defence", "defense", "justice",
               "education", "trade", "commerce", "economy", "energy", "agriculture", "transport",
               "transportation", "environment", "labour", "labor", "culture", "tourism", "housing",
               "emergencies", "emergency", "information", "communications", "industry", "science", "sports",
               "security", "immigration", "infrastructure", "fisheries", "water", "mines",
               "petroleum", "oil", "planning", "welfare", "employment", "veterans", "state"}


#: A ministry or department named by its field in lower case: "the health ministry".
_FIELD_BODY = re.compile(rf"(?<![\w’'-])(?P<field>(?:{literal_alternation(sorted(PORTFOLIOS))})"
                         rf"(?:{SPACE}+affairs)?){SPACE}+(?P<head>ministry|department)(?![\w’'-])")


def _portfolio(modifiers: list[str]) -> str:
    """The field of government the words before "ministry" or "department" name, title-cased, or
    ``""``: the run of field words that closes them ("the country's health ministry" → "Health",
    "Health ministry officials" → "Health"). "Affairs" after a field adds nothing: "the foreign
    affairs ministry" is the Foreign Ministry, as the capitalised name is read.

    >>> _portfolio(["country's", "health"]), _portfolio(["foreign", "affairs"]), _portfolio(["new"])
    ('Health', 'Foreign', '')
    """
    if modifiers and modifiers[-1].lower() == "affairs":
        modifiers = modifiers[:-1]
    run: list[str] = []
    for word in reversed(modifiers):
        if word.lower() not in PORTFOLIOS:
            break
        run.insert(0, word.title())
    return " ".join(run)


#: People whose office is to speak for whoever is named beside them ("a Red Cross spokeswoman").
_SPOKES_NOUNS = {"spokesperson", "spokesman", "spokeswoman", "spokespeople"}


def _names_a_body(named: str) -> bool:
    """True when the capitalised words before a spokesperson name whom they speak for, not where
    they are from ("a Red Cross spokeswoman", not "a Ukrainian spokesman" or "a US spokesman")."""
    from ..gazetteer import DEMONYMS, is_place  # it imports this package

    return named not in DEMONYMS and not is_place(named)


# --- a body named before: "The Foreign Ministry said … The ministry added …" ---------------

#: Last words of a firm's name ("Acme Corp", "Qantas Airways"): "the company" or "the firm" may mean it.
_FIRM_FORMS = {"inc", "corp", "corporation", "company", "co", "ltd", "llc", "plc", "holdings", "industries", "group",
               "airlines", "airways"}
_AIRLINE_FORMS = {"airlines", "airways"}


def anaphoric(speaker: str) -> bool:
    """True for a speaker that a body or a person named earlier may stand behind: a body noun of
    :func:`common_subject` ("ministry", "company", "central bank"), a paper ("statement"), or an
    office ("the prime minister")."""
    return speaker in BODY_NOUNS or speaker == "central bank" or speaker in PAPER_NOUNS or is_office(speaker)


def is_office(speaker: str) -> bool:
    """True for a speaker read as an office ("prime minister", "mayor"; see :data:`ROLE_NOUNS`)."""
    return speaker.islower() and speaker.rpartition(" ")[2] in ROLE_NOUNS


def refers_back(context: DocumentContext, noun: str, position: int) -> str:
    """Who an :func:`anaphoric` speaker at ``position`` stands for: the organisation named before
    that a body noun means (:func:`named_body`), else the noun itself ("ministry"); for a paper,
    whoever issued the one last mentioned (:func:`issuer`), else nobody (``""``)."""
    if noun in PAPER_NOUNS:
        return issuer(context, noun, position)
    if is_office(noun):
        return named_person(context, noun, position) or noun
    return named_body(context, noun, position) or noun


def named_person(context: DocumentContext, role: str, position: int) -> str:
    """The person an office speaking at ``position`` refers back to ("President Joe Biden visited
    Ohio. The president said …" → "Joe Biden"), or ``""``: the nearest person named before with a
    title holding the office ("Prime Minister" for "the prime minister", "Defence Minister" for "the
    minister"), in the same section of the document. A title that holds another office beside it
    ("Vice President", "Deputy Mayor", "Former President") is not the office; where two people
    hold it in one sentence ("President Biden met President Macron"), the office names neither."""
    from .people import mentions  # people imports this module

    qualifiers = _office_qualifiers(context.text, role, position)
    holders: list[tuple[str, int]] = []  # (person, where the sentence naming them starts)
    for mention in mentions(context.text, tuple(context.doc.boilerplate)):
        if mention.end > position:
            break
        title = mention.title.lower().replace(".", "")
        if (title and (title == role or title.endswith(" " + role)) and not _OTHER_OFFICE & set(title.split())
                and qualifiers <= set(title.split()) and context.same_section(mention.end - 1, position)):
            holders.append((mention.value, context.sentences.at(mention.start).start))
    if not holders:
        return ""
    person, sentence = holders[-1]
    if any(other != person and at == sentence for other, at in holders[:-1]):
        return ""  # two holders of the office in one sentence: either may be meant
    return person


def _office_qualifiers(text: str, role: str, position: int) -> set[str]:
    """The words that qualify the office ``role`` where it speaks, near ``position``: a portfolio
    ("home" in "the home secretary said") or another office's word ("union general" in "The union
    general secretary said"); a title that lacks one holds another office ("Home Secretary" is no
    union's general secretary)."""
    window = text[max(0, position - _QUALIFIER_REACH):position + _QUALIFIER_REACH]
    pattern = rf"(?P<words>(?:(?<![\w’'-])[a-z][\w-]*{SPACE}+){{0,2}})(?<![\w’'-])(?i:{re.escape(role)})\b"
    found = list(re.finditer(pattern, window))  # the office's last mention there is the one speaking
    words = found[-1]["words"].lower().split() if found else []
    return {word for word in words if word in PORTFOLIOS or word in _OFFICE_QUALIFIERS}


#: How far around where an office speaks its qualifiers are looked for.
_QUALIFIER_REACH = 60
#: Words that make an office another beside a portfolio (see :data:`PORTFOLIOS`): "the union general
#: secretary", "her private secretary". Other words before an office describe its holder ("the
#: embattled prime minister", "the new home secretary") and leave the office as it is.
_OFFICE_QUALIFIERS = frozenset(("general", "private", "union", "party", "permanent", "press", "parliamentary",
                                "shadow", "junior", "cabinet", "executive", "company", "club", "team", "board"))
#: Words that make a title another office than its last noun: a vice president is no president.
_OTHER_OFFICE = frozenset(("vice", "deputy", "former", "acting", "ex", "assistant", "associate", "lieutenant"))


def _nouns_for(name: str, value: str) -> set[str]:
    """The common nouns that may refer back to an organisation named ``name`` (its canonical
    ``value`` beside it), in the same document:

    * a body noun that is a word of the name or of its value ("ministry" → "Foreign Ministry",
      "bank" → "Bank of England", "police" → "Victoria Police", "ministry" → "MFA" whose value
      is "Chinese Foreign Ministry");
    * "company" and "firm" for a name ending in a firm's legal form ("Acme Corp", "Tesla Inc",
      "Qantas Airways"), "airline" for an airline's ("… Airlines", "… Airways");
    * "central bank" for a central bank: a name holding "Central Bank" or "Reserve Bank", the
      "Federal Reserve", or one of :data:`._org_aliases.CENTRAL_BANKS` ("Bank of England",
      "Bundesbank"), whose names alone do not tell them from commercial banks ("Bank of
      America", "Bank of China", "Commerzbank" are no central banks).

    >>> sorted(_nouns_for("Reserve Bank of Australia", "Reserve Bank of Australia"))
    ['bank', 'central bank']
    >>> sorted(_nouns_for("Bank of America", "Bank of America"))
    ['bank']
    >>> sorted(_nouns_for("European Union", "European Union")), sorted(_nouns_for("Transport Workers Union", "x"))
    ([], ['union'])
    >>> sorted(_nouns_for("Qantas Airways", "Qantas Airways")), sorted(_nouns_for("Xinhua", "Xinhua"))
    (['airline', 'company', 'firm'], [])
    """
    words = [word.lower().strip(".,’'") for word in f"{name} {value}".split()]
    nouns = {word for word in words if word in BODY_NOUNS}
    last = name.split()[-1].lower().strip(".")
    if last in _FIRM_FORMS:
        nouns |= {"company", "firm"}
    if last in _AIRLINE_FORMS:
        nouns.add("airline")
    if any(word.endswith("bank") for word in words):
        nouns.add("bank")
    if _central_bank(name, value, words):
        nouns.add("central bank")
    if "union" in nouns and _union_of_states(value):
        nouns.discard("union")
    return nouns


#: Words that may qualify a union of states beside places and nationalities ("Eurasian Economic Union").
_STATE_UNION_WORDS = {"economic", "customs", "monetary", "eurasian"}


def _union_of_states(value: str) -> bool:
    """True for a union of states ("European Union", "African Union", "Soviet Union", "Eurasian
    Economic Union": every word before "Union" a place, a nationality or an economic qualifier),
    which news copy does not call "the union": that is a trade union ("Australian Workers' Union",
    "National Union of Teachers")."""
    words = value.split()
    if "Union" not in words or words.index("Union") == 0:
        return False
    before = [word.lower() for word in words[:words.index("Union")]]
    return all(is_place(word) or word in _STATE_UNION_WORDS for word in before)


def _central_bank(name: str, value: str, words: list[str]) -> bool:
    """True when an organisation named ``name`` (canonical ``value``, lower-cased ``words`` of
    both) is a central bank: see :func:`_nouns_for`."""
    from ._org_aliases import CENTRAL_BANKS  # it imports this module through ``_name_lists``

    pairs = set(pairwise(words))
    return (bool(pairs & {("central", "bank"), ("reserve", "bank"), ("federal", "reserve")})
            or value in CENTRAL_BANKS or name.replace("’", "'") in CENTRAL_BANKS)


_OWNER_BEFORE = re.compile(rf"(?<![\w’'-])[A-Z][\w.-]*[’']s{SPACE}+\Z")  # "Russia's " before "Defence Ministry"


@lru_cache(maxsize=4)  # the document being read: each of its body nouns asks
def _named_bodies(text: str) -> dict[str, tuple[list[int], list[str]]]:
    """For each noun of :func:`_nouns_for`, the organisations of ``text`` it may mean: where each
    mention ends, in order, and the speaker it names. A bare noun ("Police said") names none."""
    from .orgs import companies, mentions  # orgs imports this module (through ``_base``)

    firms = companies(text)  # one-word companies ("Tesla shares rose"): "the company" may mean them
    named: list[tuple[int, str, str]] = []  # (where the mention ends, a noun it may be meant by, its speaker)
    for start, end, value in mentions(text):
        name = text[start:end]
        owner = _OWNER_BEFORE.search(text, max(0, start - 30), start)
        # The speaker as the name gives it where it speaks: with its owner ("Russia's Defence Ministry").
        speaker = _speaker_name(owner.group() + name if owner else name)
        if not speaker or name.lower() in BODY_NOUNS:
            continue
        nouns = _nouns_for(name, value) | ({"company", "firm"} if value in firms else set())
        named += [(end, noun, speaker) for noun in nouns]
    # "the health ministry said … The ministry added": a body named by its field in lower case
    for field in _FIELD_BODY.finditer(text):
        named.append((field.end(), field["head"].lower(), _body_named(field["head"].lower(), field["field"].split())))
    found: dict[str, tuple[list[int], list[str]]] = {}
    for end, noun, speaker in sorted(named):
        ends, speakers = found.setdefault(noun, ([], []))
        ends.append(end)
        speakers.append(speaker)
    return found


def named_body(context: DocumentContext, noun: str, position: int) -> str:
    """The organisation a body noun speaking at ``position`` refers back to ("The Foreign Ministry
    said on Monday … The ministry added that …" → "Foreign Ministry"), or ``""``.

    It is the nearest organisation named before ``position`` in the same section of the document
    whose name the noun may mean (see :func:`_nouns_for`), as the speaker that name gives where it
    speaks itself, unless a body of that kind is brought in between ("a small firm"); without one
    the noun speaks as it stands. Found by bisection in an index built
    once per document from its organisation mentions."""
    ends, speakers = _named_bodies(context.text).get(noun, ((), ()))
    index = bisect_right(ends, position) - 1
    if index < 0 or not context.same_section(ends[index] - 1, position):
        return ""
    # "Tesla Inc cut prices. … a small firm in Ohio went bust. The firm said …": a body of that kind
    # brought in since ("a", "an", "another" before the noun) is the one meant, and it has no name.
    low = max(ends[index], position - _BARRIER_REACH)
    if _indefinite(noun).search(context.text, low, position):
        return ""
    return speakers[index]


_BARRIER_REACH = 2000


@lru_cache(maxsize=64)
def _indefinite(noun: str) -> re.Pattern:
    """The body noun after an indefinite article and up to two modifiers: "a small firm"."""
    words = r"[ \u00a0]+".join(map(re.escape, noun.split()))
    return re.compile(rf"\b(?i:a|an|another)(?:[ \u00a0]+[a-z-]+){{0,2}}?[ \u00a0]+{words}\b", re.IGNORECASE)


# --- who issued a paper: "Acme issued a statement … The statement said …" ---------------------

_PAPER_WORD = re.compile(r"(?<![\w-])(?:statement|readout|communiqu[eé]|filing)(?![\w-])")
#: Who issues a paper: a capitalised name or a body noun after "the" ("the ministry").
_ISSUER_NAME = (rf"(?:[Tt]he{SPACE}+)?(?:[A-Z][\w'’.&-]*(?:{SPACE}+(?:of{SPACE}+(?:the{SPACE}+)?)?[A-Z][\w'’.&-]*)"
                rf"{{0,5}}|(?:central{SPACE}+)?(?:{literal_alternation(sorted(BODY_NOUNS))}))")
_ISSUE_VERBS = rf"(?:issued|released|published|filed|posted|put{SPACE}+out|sent{SPACE}+out|made)"
_SAY_IN = rf"(?:said|says|added|announced|warned|confirmed|stated|wrote)(?:{SPACE}+{WEEKDAY_OCCASION})?{SPACE}+in"
_ARTICLE_AND_MODIFIERS = rf"(?:a|an|its|their|his|her){SPACE}+(?:[\w-]+{SPACE}+){{0,2}}?"
# "Acme Corp issued a statement", "Acme said on Monday in a brief statement": the issuer before the paper.
_ISSUER_BEFORE = re.compile(rf"(?<![\w’'-])(?P<who>{_ISSUER_NAME})(?:{SPACE}+(?:also|later|has|had|have|"
                            rf"{WEEKDAY_OCCASION}))*{SPACE}+(?:{_ISSUE_VERBS}|{_SAY_IN}){SPACE}+"
                            rf"{_ARTICLE_AND_MODIFIERS}\Z")
# "a statement released by the Kremlin", "In a statement, Acme said": the issuer after it.
_ISSUER_AFTER = re.compile(rf"{SPACE}+{_ISSUE_VERBS}{SPACE}+by{SPACE}+(?P<who>{_ISSUER_NAME})")
_IN_PAPER = re.compile(rf"\b[Ii]n{SPACE}+{_ARTICLE_AND_MODIFIERS}\Z")
_SAID_AFTER_PAPER = re.compile(rf"(?:{SPACE}+{WEEKDAY_OCCASION})?,{SPACE}*(?P<who>{_ISSUER_NAME}){SPACE}+"
                               rf"(?:said|says|added|announced|warned|confirmed|stated|wrote)\b")
_ISSUER_REACH = 120  # the words before a paper that may name its issuer


@lru_cache(maxsize=4)  # the document being read: each paper noun of it asks
def _papers(text: str) -> dict[str, list[int]]:
    """For each paper noun, where ``text`` mentions one, in order."""
    found: dict[str, list[int]] = {}
    for paper in _PAPER_WORD.finditer(text):
        found.setdefault(paper.group().replace("é", "e"), []).append(paper.start())
    return found


def _issuer_at(text: str, start: int) -> tuple[str, int]:
    """Who issued the paper whose noun starts at ``start``, as written, and where that name
    stands; ``("", -1)`` when the words around it do not say."""
    end = _WORD.match(text, start).end()
    low = max(0, start - _ISSUER_REACH)
    who = _ISSUER_BEFORE.search(text, low, start) or _ISSUER_AFTER.match(text, end)
    if who is None and _IN_PAPER.search(text, low, start):
        who = _SAID_AFTER_PAPER.match(text, end)
    return (who["who"], who.start("who")) if who else ("", -1)


def issuer(context: DocumentContext, noun: str, position: int) -> str:
    """Who issued the paper that "the <noun>" at ``position`` refers to: the last one mentioned
    before it in the same section, when the text says who issued that one ("Acme Corp issued a
    statement", "Acme said in a statement", "a statement released by the Kremlin", "In a
    statement, Acme said"), as that name speaks; else ``""``."""
    starts = _papers(context.text).get(noun.replace("é", "e"), [])
    index = bisect_left(starts, position) - 1
    if index < 0 or not context.same_section(starts[index], position) or position - starts[index] > _BARRIER_REACH:
        return ""
    who, at = _issuer_at(context.text, starts[index])
    bare = re.sub(rf"^[Tt]he{SPACE}+", "", who)
    if bare.lower() in BODY_NOUNS or bare.lower() == "central bank" or (" " in bare and bare.split()[0] == "central"):
        noun = " ".join(bare.lower().split())
        return named_body(context, noun, at) or noun
    return _speaker_name(who) if who else ""


# Verbs that may stand before their speaker ("…, said Smith."): not "told Smith", "urged Smith".
_INVERTIBLE = ["said", "says", "added", "adds", "noted", "wrote", "explained", "argued", "insisted", "warned",
               "stated", "declared", "remarked", "observed", "replied", "responded", "stressed", "recalled",
               "acknowledged"]
# "…, said Tom Lee.", "…, said the Foreign Ministry.": a name, "the" before it or not.
_NAME_AFTER_VERB = name_after_verb(rf"(?:the[ \u00a0]+)?{_NAME}", "[ \u00a0]")
_INVERTED = re.compile(rf",[\"”’']?[ \u00a0]*{literal_alternation(_INVERTIBLE)}{_NAME_AFTER_VERB}")
# "…, said the ministry.", "…, said a company spokesman.": a body named by a common noun.
_COMMON_AFTER_VERB = name_after_verb(common_phrase("[ \u00a0]"), "[ \u00a0]")
_INVERTED_COMMON = re.compile(rf",[\"”’']?[ \u00a0]*{literal_alternation(_INVERTIBLE)}{_COMMON_AFTER_VERB}")


def named_speech(text: str) -> str | None:
    """The name (or he/she) before the first speech verb that has one: "Xi Jinping said" → "Xi Jinping";
    else the name after an inverted verb closing the sentence: "…, said Tom Lee." → "Tom Lee",
    or the body named there by a common noun: "…, said the ministry." → "ministry".

    >>> named_speech("Trade grew, Prime Minister Jane Doe told reporters.")
    'Prime Minister Jane Doe'
    >>> named_speech("Trade grew 5%, said Maria Lopez, chief economist at Harbor Bank, on Monday.")
    'Maria Lopez'
    """
    for verb in _SPEECH_VERB.finditer(text):
        if takes_object(text, verb.group().split()[-1], verb.end()):
            continue  # "The company added 2,000 jobs": no speech
        if _voice_before_verb().search(text, max(0, verb.start() - _LOOK_BACK), verb.start()):
            return None  # "a source close to the Kremlin said": a voice, not the Kremlin, speaks
        found = _NAME_BEFORE.search(text, max(0, verb.start() - _LOOK_BACK), verb.start())
        if found and not common_head(found.group("name")):
            return located(text, found.start(), found.group("name"))
        # "the ministry said", "a police spokesman said": the body speaks; a voice alone ("officials
        # said", "a statement said") names nobody in particular.
        common = common_subject(text, verb.start())
        # "the statement" is resolved by its issuer, "the president" by the person holding the office
        if common and (common[2] or common[0] in PAPER_NOUNS or is_office(common[0])):
            return common[0]
        # Only a verb right after a comma can be inverted: the search is anchored there.
        comma = text.rfind(",", max(0, verb.start() - 2), verb.start())
        inverted = _INVERTED.match(text, comma) if comma >= 0 else None
        if inverted:  # the full stop closing the sentence is no part of the name ("said Tom Lee.")
            return re.sub(r"(?<=\w\w\w)\.$", "", inverted.group("name"))
        common = _INVERTED_COMMON.match(text, comma) if comma >= 0 else None
        body = common_subject(text, common.end("name")) if common else None
        if body and (body[2] or is_office(body[0])):  # "…, said the ministry.", as "…, the ministry said."
            return body[0]
    return None


# Each opens with its word's first letter, so a sentence is skipped through, not tried everywhere.
#: "according to <name>", the name running to a comma or the sentence end (``name``).
ACCORDING = re.compile(rf"{opening_words(['According', 'according'])}{SPACE}+to{SPACE}+"
                        rf"(?P<name>(?:the{SPACE}+)?[\w’'-]+"
                        rf"(?:{SPACE}+[A-Z\w][\w’'-]*){{0,7}}?)(?=[,.;:]|{SPACE}+(?:data|figures)\b|$)")
_DATA_OWNERS = [form for word in ("official", "customs", "government", "our", "their")
                for form in (word, word.capitalize())]
_DATA_NOUNS = ("data", "statistics", "figures")
_DATA_SHOWS = re.compile(rf"(?P<name>{opening_words(_DATA_OWNERS)}"
                         rf"{SPACE}+(?:{'|'.join(_DATA_NOUNS)}))(?:{SPACE}+(?:shows?|showing|showed|"
                         rf"indicates?|suggests?))?\b")
_CITING = re.compile(rf"{opening_words(['citing'])}{SPACE}+(?P<name>[\w’'-]+(?:{SPACE}+[\w’'-]+){{0,2}}?)"
                     rf"(?={SPACE}+(?:showing|that|which)\b|[,.;])")
_PRONOUN = re.compile(r"^(?:he|she)$", re.IGNORECASE)


#: Titles before a name: :data:`TITLE_WORDS` and the abbreviated and legislative ones of US copy
#: ("Sen. John Thune", "Rep. Ana Ruiz", "Gen. Mark Milley").
_NAME_TITLES = TITLE_WORDS | {"sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "adm", "sgt", "rev", "atty",
                              "representative", "congressman", "congresswoman", "assemblyman", "assemblywoman",
                              "councilman", "councilwoman", "lawmaker", "legislator"}


def person_name(label: str) -> str:
    """Strip titles and "of <Country>" from a name: "President of Russia Vladimir Putin" →
    "Vladimir Putin"; "Presidential Aide Yury Ushakov" → "Yury Ushakov"."""
    label = re.sub(r"\([^)]*\)", " ", label)
    tokens = label.replace("\u00a0", " ").split()
    name: list[str] = []
    title_end = _chief_title_end(tokens) if "hief" in label else 0
    for index in range(len(tokens) - 1, -1, -1):
        token = tokens[index]
        bare = token.strip(".,;:").lower()
        if index < title_end or bare in _NAME_TITLES or bare in ("of", "the") or not _name_word(
                tokens, index, bool(name)):
            break
        if index > 0 and tokens[index - 1].lower() in ("of", "the"):
            break
        name.insert(0, token.strip(",;:"))
    return " ".join(name)


def _chief_title_end(tokens: list[str]) -> int:
    """Where the last title "Chief" opens in ``tokens`` ends ("Chief Engineer Ravi Menon" → 2), else 0."""
    from ._names import chief_title_end  # it imports this module

    chiefs = [index for index, token in enumerate(tokens) if token.strip(".,;:").lower() == "chief"]
    return chief_title_end(tokens, chiefs[-1]) if chiefs else 0


def _name_word(tokens: list[str], index: int, followed: bool) -> bool:
    """Whether ``tokens[index]`` may be a word of a person's name read from its end: a capitalised
    word, a word opening with a hyphened particle ("al-Ansari"), or a bare particle inside the name,
    with a word of the name after it (``followed``) and a capitalised word, a particle or nothing
    before it ("Ursula von der Leyen", "von der Leyen")."""
    token = tokens[index]
    if token[:1].isupper() or (token not in NAME_PARTICLES and name_particle(token)):
        return True
    # A particle may open the name as the copy writes it: "von der Leyen said", "ten Hag said".
    return (followed and token in NAME_PARTICLES
            and (index == 0 or tokens[index - 1][:1].isupper() or tokens[index - 1] in NAME_PARTICLES))


#: Head words of bodies that "of" may follow ("School of Economics", "Republic of Korea"), beside
#: those of :data:`._org_aliases.HEAD_WORDS`: such a phrase is no "<person> of <organisation>".
_BODY_HEADS = {"school", "college", "institutes", "institution", "republic", "kingdom", "states", "church",
               "chamber", "museum", "federation", "confederation", "trust", "group", "club", "hospital",
               "library", "laboratory", "conference", "coalition", "mission", "division", "unit"}


@lru_cache(maxsize=4096)
def person_in(name: str) -> str:
    """The person a speaker phrase names beside an organisation, or ``""`` when it names none so:

    * "<person> of <organisation>": the person before "of" speaks, not the organisation
      ("Tom Lee of Fundstrat Global Advisors" → "Tom Lee"); a title before "of" is the
      person's office instead ("President of Russia Vladimir Putin" is read by :func:`person_name`);
    * "<organisation> <title> <person>": the person speaks ("Central Bank Chair Ana Ruiz" →
      "Ana Ruiz", "White House Press Secretary Karoline Leavitt" → "Karoline Leavitt").

    >>> person_in("Tom Lee of Fundstrat Global Advisors"), person_in("Central Bank Chair Ana Ruiz")
    ('Tom Lee', 'Ana Ruiz')
    >>> person_in("Bank of England"), person_in("Ministry of Foreign Affairs")
    ('', '')
    """
    tokens = name.replace("\u00a0", " ").split()
    if "and" in tokens:
        return ""  # two speakers ("X and Y said"): each part is read on its own
    if "of" in tokens:
        head = tokens[:tokens.index("of")]
        # "Senator John Thune of South Dakota", "Mayor Ana Ruiz of Lyon": the titled person before "of"
        titles = next((index for index, token in enumerate(head) if not _title_word(token)), len(head))
        person = head[titles:]
        if (1 if titles else 2) <= len(person) <= 4 and all(_personal_word(token) for token in person) and not (
                is_place(" ".join(person))):
            return " ".join(person)
    person = person_name(name)
    if not person or person == name:
        return ""
    before = tokens[len(tokens) - len(person.split()) - 1].strip(".,").lower()
    if before in TITLE_WORDS and all(_personal_word(token) for token in person.split()):
        return person
    return ""


def _title_word(token: str) -> bool:
    """A word of a title before a name ("Senator", "Sen.", "Prince", "Foreign")."""
    from ._name_lists import TITLE_TOKENS  # it imports this module

    bare = token.strip(".,").lower()
    return bare in _NAME_TITLES or bare in TITLE_TOKENS


def _personal_word(token: str) -> bool:
    """A capitalised word that may be part of a person's name: no title, no head word of a body
    ("Bank", "Institute"), no complement of one ("Affairs"), no common capitalised word; or a
    particle of a name ("von", "al-Ansari")."""
    from ._name_lists import NOT_NAMES, THING_HEADS, TITLE_TOKENS  # these import this module
    from ._org_aliases import COMPLEMENTS, HEAD_WORDS

    bare = token.strip(".,;:")
    if name_particle(bare):  # "von", "da", "al-Ansari" inside a name
        return True
    lower = bare.lower()
    return (bare[:1].isupper() and bare not in HEAD_WORDS and bare not in COMPLEMENTS
            and not {lower, lower.removesuffix("s")} & (TITLE_TOKENS | NOT_NAMES | THING_HEADS | _BODY_HEADS))


@lru_cache(maxsize=64)
def transcript_labels(text: str) -> tuple[tuple[int, str], ...]:
    """The transcript labels of a text ("President of Russia Vladimir Putin: …") as
    ``(offset, person name)`` pairs, metadata labels ("Document Date:") left out."""
    labels = []
    for match in _LABELS.finditer(text):
        label = " ".join(match.group("label").lower().split())  # "Document  Date:" too
        if label in _METADATA_LABELS or label in PAGE_FURNITURE:
            continue
        name = person_name(match.group("label"))
        words = match.group("label").split()
        # A label names a person: at least one title or two capitalised words, and no figure ("Dravenia
        # M7.1: what we know" is a headline's topic).
        titled = any(w.lower() in TITLE_WORDS for w in words)
        if name and (titled or len(name.split()) >= 2) and len(words) <= 12 and not any(map(str.isdigit, name)):
            labels.append((match.start("label"), name))
    return tuple(labels)


def transcript_speaker(context: DocumentContext, offset: int) -> str:
    """The speaker of a transcript passage ("Vladimir Putin: …") holding ``offset``.

    A label speaks until the next label or until the origin section ends.
    """
    labels = transcript_labels(context.text)
    if not labels:
        return ""  # most texts are no transcripts
    index = bisect_right(labels, offset, key=lambda label: label[0]) - 1  # the last label at or before
    if index < 0:
        return ""
    start, name = labels[index]
    return name if context.same_section(start, offset) else ""


@lru_cache(maxsize=8192)
def sentence_speaker(text: str, may_name: bool = True) -> str:
    """Who a single sentence attributes its content to, or ``""``. ``may_name`` is False when
    the sentence is known to hold no speech verb, so that no name can be read before one.

    >>> sentence_speaker("Economic ties grew, Xi said, citing official data showing that …")
    'Xi, citing official data'
    >>> sentence_speaker("Official data shows that trade reached $5 billion.")
    'official data'
    """
    person = ""
    name = named_speech(text) if may_name else None
    if name:
        person = _speaker_name(name)
    # A substring test is many times cheaper than a regex search, and most sentences hold none
    # of the words each pattern needs.
    according = ACCORDING.search(text) if "ccording" in text else None
    source = according_source(according.group("name")) if according else ""
    citing = _CITING.search(text) if "citing" in text else None
    data = _DATA_SHOWS.search(text) if any(map(text.__contains__, _DATA_NOUNS)) else None
    cited = citing.group("name") if citing else (data.group("name").lower() if data else "")
    if cited.lower().startswith(("our ", "their ")):
        cited = ""
    if person and cited:
        return " ".join(f"{person}, citing {cited.lower()}".split())  # one space, however the text spaces it
    return " ".join((person or source or cited).split())


_FUNCTION_WORDS = {"as", "it", "this", "that", "the", "they", "we", "i", "you", "there", "these",
                   "those", "what", "which", "who", "when", "while", "if", "so", "but", "and", "also",
                   "both", "all", "some", "many", "officials", "analysts", "experts", "observers", "sources"}
#: Words that open a sentence before its speaker: adverbs of time and order, and a day.
_OPENING_WORDS = {"later", "earlier", "meanwhile", "however", "separately", "additionally", "afterwards", "then",
                  "now", "today", "yesterday", "tomorrow", "tonight", "on", "in", "at", "after", "before", "last",
                  "next", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning",
                  "afternoon", "evening", "night", "overnight", "previously", "subsequently", "instead"}


def without_openers(words: list[str]) -> list[str]:
    """A speaker's words without the words opening its sentence before it ("Later Smith said",
    "On Monday Brown said"); a single word stays.

    >>> without_openers(["Later", "Smith"]), without_openers(["Meanwhile,", "Ana", "Ruiz"]), without_openers(["Today"])
    (['Smith'], ['Ana', 'Ruiz'], ['Today'])
    """
    start = 0
    while start < len(words) - 1 and words[start].lower().strip(",") in _OPENING_WORDS:
        start += 1
    return words[start:]


_PLACE_PREPOSITIONS = {"of", "in", "at", "from", "near", "for", "across", "outside"}
_DATA_WORDS = {"data", "figures", "statistics", "estimates", "survey", "report", "poll"}
_SOURCE_NOUNS = _DATA_WORDS | {"tally", "count", "study", "analysis", "statement", "review", "assessment",
                               "projections", "forecast", "calculations", "records", "documents", "filing"}
_OWNER_AFTER = re.compile(rf"{SPACE}(?:from|by|of){SPACE}+(?P<owner>.+)$")


def _owner_of_source(phrase: str) -> str:
    """Who a source phrase after "according to" belongs to: "a UN report released Thursday" → "UN",
    "data from the ministry" → "the ministry", "a Reuters tally" → "Reuters"; a name or a body
    stays as written ("the World Bank", "police").

    >>> _owner_of_source("a UN report released Thursday"), _owner_of_source("data from the ministry")
    ('UN', 'the ministry')
    >>> _owner_of_source("the World Bank"), _owner_of_source("official data")
    ('the World Bank', 'official data')
    """
    words = phrase.split()
    # The paper's own words end at a participle or a time after it ("released Thursday").
    cut = next((i for i, word in enumerate(words) if i and word.islower() and word.endswith("ed")), len(words))
    words = words[:cut]
    nouns = [i for i, word in enumerate(words) if word.lower() in _SOURCE_NOUNS]
    if not nouns:
        return " ".join(words)
    owner = _OWNER_AFTER.search(" " + " ".join(words[nouns[0]:]))
    if owner:
        return owner.group("owner")
    named = [word for word in words[:nouns[0]] if word[:1].isupper() and word.lower() not in ("the", "a", "an")]
    return " ".join(named) if named else " ".join(words)


@lru_cache(maxsize=1024)
def according_source(phrase: str) -> str:
    """Who "according to <phrase>" cites, named as the subject of a speech verb would be: a person or
    body by their canonical name ("Finance Minister Ana Ruiz" → "Ana Ruiz", "the Fed" → "Federal
    Reserve"), a paper or data by its owner ("a UN report released Thursday" → "United Nations", "a
    police statement" → "police"); ``""`` for a phrase naming nobody who speaks ("the Chinese
    calendar", "him") and for voices that name nobody in particular ("officials", "analysts").

    >>> according_source("Finance Minister Ana Ruiz"), according_source("the Fed"), according_source("police")
    ('Ana Ruiz', 'Federal Reserve', 'police')
    >>> according_source("a police statement"), according_source("official data")
    ('police', 'official data')
    >>> according_source("the Chinese calendar"), according_source("him"), according_source("analysts")
    ('', '', '')
    """
    if _names_a_source(phrase):
        return _speaker_name(re.sub(r"^the\s+", "", _owner_of_source(phrase), flags=re.IGNORECASE))
    paper = common_subject(phrase, len(phrase))  # "a police statement": the body before the paper
    return paper[0] if paper and paper[2] and paper[1] == 0 else ""


def _names_a_source(name: str) -> bool:
    """"the Interior Ministry", "Reuters", "official data", "the ministry": yes; "the lunar calendar": no."""
    words = name.split()
    last = words[-1].lower()
    if last in _SOURCE_NOUNS - _DATA_WORDS:  # "a Reuters tally" names whose it is; "analysis" alone, nobody
        return any(word[:1].isupper() for word in words[:-1])
    return words[-1][:1].isupper() or last in _DATA_WORDS or last in BODY_NOUNS  # "the ministry"


@lru_cache(maxsize=4096)  # names recur through a text and across reports
def _speaker_name(name: str) -> str:
    """A person's name without titles, or an institution's origin label ("MFA"); a bare
    title keeps its title ("President"); function words ("As noted") name nobody."""
    from ..origins import canonical_origin, is_institution  # origins imports this package

    words = name.split()
    while words and words[0].lower() in _FUNCTION_WORDS:
        words.pop(0)
    words = without_openers(words)
    if not words:
        return ""
    name = " ".join(words)
    if located_phrase(words):
        return name  # "rescuers in Turkey": the phrase is the speaker
    person = person_in(name)  # "Tom Lee of Fundstrat", "Central Bank Chair Ana Ruiz": the person speaks
    if person:
        return person
    known = known_body(name)
    if known:  # "RBA" and "Reserve Bank of Australia", "Fed" and "Federal Reserve": one speaker
        return canonical_origin(known)
    if is_institution(name):
        return canonical_origin(name)
    return person_name(name) or name


@lru_cache(maxsize=4096)
def known_body(name: str) -> str:
    """The canonical name of an organisation the alias table knows, however ``name`` writes it
    ("RBA" → "Reserve Bank of Australia", "the Fed" → "Federal Reserve"), else ``""``: so that two
    reports naming one speaker differently name one speaker."""
    from ._org_names import ALIAS_KEYS, key  # it imports this package

    return ALIAS_KEYS.get(key(re.sub(r"^[Tt]he\s+", "", name)), "")


def speaker_of(context: DocumentContext, sentence: Sentence, offset: int) -> str:
    """Speaker of the fact at ``offset``: the sentence's attribution, a pronoun resolved
    to the nearest earlier speaker, or the transcript label speaking there."""
    speaker = _speaker_in(context, sentence)
    if speaker and _PRONOUN.match(speaker.split(",")[0]):
        for previous in context.sentences.previous(sentence, 3):
            earlier = _speaker_in(context, previous)
            if earlier and not _PRONOUN.match(earlier.split(",")[0]):
                speaker = earlier.split(",")[0] + speaker[len(speaker.split(",")[0]):]
                break
        else:
            speaker = ""
    head = speaker.split(",")[0]
    if anaphoric(head):  # "The ministry added that …" after "The Foreign Ministry said …"
        meant = refers_back(context, head, _noun_position(context, sentence, head))
        rest = speaker[len(head):]
        speaker = meant + rest if meant else rest.removeprefix(", citing ")
    return _firm_named(context.text, speaker) or transcript_speaker(context, offset)


def _firm_named(text: str, speaker: str) -> str:
    """``speaker`` as the firm an ampersand names ("Spencer" → "Marks & Spencer"; see
    ``orgs.ampersand_firm``, imported on use: it imports this module)."""
    if "&" not in text or not speaker:
        return speaker
    from .orgs import ampersand_firm

    return ampersand_firm(text, speaker)


def _noun_position(context: DocumentContext, sentence: Sentence, noun: str) -> int:
    """Where the body noun ``noun`` stands in ``sentence`` as written in lower case ("…, said the
    ministry", "the central bank said"), else where the sentence starts ("Police said …", or a
    pronoun that the noun of an earlier sentence resolved)."""
    found = re.search(rf"(?<![\w-]){noun.split()[-1]}(?![\w-])", context.sentence_text(sentence))
    return sentence.start + (found.start() if found else 0)


def _speaker_in(context: DocumentContext, sentence: Sentence) -> str:
    """:func:`sentence_speaker` of a sentence of the document.

    Most sentences hold no speech verb: one scan of the document for the first words of
    verbs (shared with reported speech) tells which, and those skip :func:`named_speech`.
    Every speech verb opens with such a word after a space, so the skip changes nothing."""
    words = _reported().verb_word_starts(context.text)
    index = bisect_right(words, sentence.start)  # a verb needs a space before it, in the sentence
    return sentence_speaker(context.sentence_text(sentence), index < len(words) and words[index] < sentence.end)


@lru_cache(maxsize=1)
def _voice_before_verb() -> re.Pattern:
    """A voice that names nobody in particular ending right before a speech verb ("two people
    familiar with the matter", "analysts"), built on first use from the quote module's pattern
    (it imports this one)."""
    from ._quote_marks import VOICE

    return re.compile(rf"(?<![\w’'-])(?:{VOICE.pattern})(?:{SPACE}+(?:also|then|later|on{SPACE}+[A-Z][a-z]+day))?"
                      rf"{SPACE}*$")


@lru_cache(maxsize=1)
def _reported() -> ModuleType:
    """The reported-speech module, imported on first use (it imports this one): a cached call
    costs a tenth of an ``import`` statement, and every sentence asks."""
    from . import _reported

    return _reported


# --- what a quantity measures -------------------------------------------------------------

_DETERMINERS = {"the", "a", "an", "our", "their", "its", "his", "her", "this", "that", "these",
                "those", "total", "overall", "bilateral", "two-way", "mutual", "annual", "both"}
#: Verbs of a move that take no object: what stands before them is what moved, whether a change
#: ("Revenue rose $200 million") or a level ("rose to", "fell from") follows. Verbs that also take
#: an object ("raised", "cut", "lost", "advanced") are left out: their subject is who acts.
_MOVE_VERBS = ("rose|risen|grew|grown|fell|fallen|doubled|tripled|trebled|quadrupled|halved"
               "|dropped|climbed|increased|decreased|jumped|surged|soared"
               "|widened|swelled|narrowed|declined|slipped|eased|shrank|plunged|tumbled|gained|slid|sank"
               "|dipped|slumped|rebounded|plummeted|slowed|accelerated|quickened|cooled|moderated|softened"
               # The same verbs in the present and after a modal or "to" ("repayments will rise by $80",
               # "prices rise 5%", "wages are set to grow by 3%").
               "|(?:rise|grow|fall|drop|climb|increase|decrease|jump|surge|soar|widen|swell|narrow|decline"
               "|slip|ease|shrink|plunge|tumble|gain|slide|sink|dip|slump|rebound|plummet)s?")
#: A modal or "to" before the base form of a move verb: "will rise", "is expected to fall".
_MODAL = (r"(?:will|would|could|may|might|should|must|(?:is|are|was|were){SP}+(?:set|expected|likely|due|forecast"
          r"|projected|predicted|poised){SP}+to)")
_MEASURE_VERBS = (r"(?:reached|hit|was|were|is|are|has{SP}+been|have{SP}+been|had{SP}+been|stood"
                  r"{SP}+at|stands{SP}+at|(?:ran|runs|(?:(?:is|are|was|were){SP}+)?(?:running|travell?ing|driving|moving|flying"
                  r"|speeding|sailing|cruising)|came{SP}+in|comes{SP}+in|held|holds){SP}+at|totall?ed|amounted{SP}+to|(?:{MOVES})(?:{SP}+(?:to|by|from))?"
                  r"|exceeded|surpassed|topped|came{SP}+to|account(?:s|ed)?{SP}+for|make{SP}+up|makes{SP}+up"
                  r"|made{SP}+up|"
                  # a price at the end of a trading day: "shares closed 3.5p higher", "closed at 245p"
                  r"(?:closed|opened|ended|finished|settled)(?:{SP}+at)?|"
                  r"of|(?:(?:is|was|are|were|be){SP}+)?worth|valued{SP}+at|reaching|remained|will{SP}+be|would{SP}+be|could{SP}+"
                  r"be)").replace("{SP}", SPACE).replace("{MOVES}", _MOVE_VERBS)
_SUBJECT_BEFORE = re.compile(
    # From token starts only (the look-behind after the first character), where the leftmost match starts.
    rf"(?P<np>[\w’'-](?<![\w’'-].)(?:[\w’'-]*{SPACE}+[\w’'-]){{0,4}}?[\w’'-]*){SPACE}+(?:(?:has|have|had|also|continued"
    rf"{SPACE}+to|steadily|consistently|{_MODAL.replace('{SP}', SPACE)}){SPACE}+)*{_MEASURE_VERBS}"
    rf"(?:{SPACE}+(?:[\w-]+ly|now|still|already|up|down))?"
    rf"(?:{SPACE}+an?{SPACE}+(?:record|new{SPACE}+record|fresh|near-record|all-time))?"  # "reached a record 67%"
    rf"(?:{SPACE}+{BOUND})?{SPACE}*$"
)
#: A level kept by whoever acts: "the Fed held [rates] at 4%", "kept [its key rate] unchanged at". After
#: "to" it is a wish or a plan ("two members preferred to hold the rate at 4.10%"), no level held.
_HELD_AT = re.compile(rf"(?P<wish>\bto{SPACE}+)?(?<![\w’'-])(?:kept|keeps?|held|holds?|left|leaves?|maintained|"
                      # a worth set on the object: "the deal values the company at $44 billion"
                      rf"values|valued|valuing|"
                      rf"maintains?){SPACE}+(?P<np>[\w’'-]+(?:{SPACE}+[\w’'-]+){{0,3}}?)(?:{SPACE}+"
                      rf"(?:unchanged|steady|stable|on{SPACE}+hold))?{SPACE}+at(?:{SPACE}+{BOUND})?{SPACE}*$")
#: The object a verb moves, before "by" or "to" and the figure: "will raise the minimum wage by
#: 9.8% to £11.44", "cut its forecast by $2 billion". A word in -ly is a manner ("increased sharply by").
_MOVED_OBJECT = re.compile(rf"(?<![\w’'-])(?:{OBJECT_VERBS}){SPACE}+(?P<np>(?![a-z]+ly\b)[A-Za-z][\w’'-]*"
                           rf"(?:{SPACE}+[\w’'-]+){{0,3}}?){SPACE}+(?:by|to)(?:{SPACE}+{BOUND})?{SPACE}*$")
_PARTICIPLE_LINK = re.compile(rf",{SPACE}*(?:(?:[\w-]+ly){SPACE}+)?(?:exceeding|surpassing|reaching|topping|"
                              rf"(?:(?:up|down){SPACE}+)?from|up|down|compared{SPACE}+(?:with|to)|versus)"
                              rf"{SPACE}*$")
#: A figure, its scale or currency, and "to" right before a figure: "widened by £50m to £300m",
#: "rose from $2 billion to", "fell 4p to", "closed 3.5p higher at". The second figure is the level
#: the first one's subject reached (or the end of a move from it), so it measures the same thing.
_FIGURE_THEN_TO = re.compile(rf"\d(?:[\d.,]*(?:%|[A-Za-z]{{0,8}}))(?:(?:{SPACE}+[a-z]{{1,10}}){{0,2}}?{SPACE}+to"
                             rf"|(?:{SPACE}+(?:cents?|pence))?(?:{SPACE}+(?:higher|lower|up|down))?{SPACE}+at)"
                             rf"(?:{SPACE}+{BOUND})?{SPACE}*$")  # "from around 3% to over 6%"
_SUBJECT_AFTER = re.compile(rf"{SPACE}+(?:in|of|worth{SPACE}+of|for|on){SPACE}+(?P<np>(?:[a-z][\w’'-]*"
                            rf"{SPACE}+){{0,2}}[a-z][\w’'-]*)")
_AUXILIARIES = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had"}
#: Words that end the noun phrase after a figure ("in damages [after] the trial").
_STOP_AFTER = {"after", "before", "during", "since", "until", "against", "despite", "when", "while", "as",
               "but", "than", "that", "which", "who", "to", "from", "by", "with", "at", "over", "under"}
_STOP_BEFORE = {"and", "or", "but", "that", "which", "while", "as", "with", "despite", "since",
                "because", "than", "said", "noted", "showing", "shows", "show", "in", "on",
                "at", "by", "for", "from", "to", "of", "data"}


#: Prepositions a subject may cross once, as percent's reading does: "sales in Asia", "exports to
#: China", "spending on defence" measure the head as qualified, not the place or the object. Not "of":
#: "the value of the contract", "the cost of the bridge" name the measure of what follows, which is
#: the subject, as in "the contract was worth $4 million".
_CROSSABLE = {"in", "to", "from", "for", "on", "at"}
#: Words of a time after a preposition ("in 2024", "in March", "in the first quarter"): when, not what.
#: Nouns of a period of time, as a report names when a figure holds ("in the quarter", "for the year").
_PERIODS = {"quarter", "half", "year", "month", "week", "period", "decade"}
_TIME_WORDS = {*MONTHS, *_PERIODS}
#: A change noun before a preposition names the change, not the thing changed: "a rise in sales of $5".
_CHANGE_NOUN = re.compile(rf"(?i:{RISE_WORDS}|{FALL_WORDS})")


#: Units a change is counted in: "to" after them leads to the level reached ("by a quarter point to").
_CHANGE_UNITS = {"point", "points", "percent", "cent", "cents", "pence"}


def _noun_phrase_end(words: list[str]) -> list[str]:
    """The noun phrase that ends ``words`` (the words before a measure verb): the words after the
    last stop word or comma, reaching across one preposition to the noun it qualifies ("Sales in
    Asia have risen" → "Sales in Asia", not "Asia"). A time after the preposition says when, not
    what ("Sales in 2024 were" → "Sales"); after a change noun the noun of the preposition is
    what changed ("a rise in sales of" → "sales")."""
    for index in range(len(words) - 1, -1, -1):
        word = words[index].lower().strip(",")
        if word not in _STOP_BEFORE and not words[index].endswith(","):
            continue
        tail = words[index + 1:]
        if word not in _CROSSABLE or words[index].endswith(",") or not tail or index == 0:
            return tail
        if any(_time_word(later) for later in tail):
            return _noun_phrase_end(words[:index])  # "Sales in Asia in 2024": the scope, not the subject
        before = words[index - 1].lower().strip(",")
        if before in _STOP_BEFORE or words[index - 1].endswith(",") or _CHANGE_NOUN.fullmatch(before) or (
                word == "to" and before in _CHANGE_UNITS):
            return tail  # "by a quarter point to a range of": the level reached, not the change
        head = index - 1
        while head > 0 and words[head - 1].lower().strip(",") not in _STOP_BEFORE and not words[head - 1].endswith(","):
            head -= 1
        return words[head:]
    return words


def _time_word(word: str) -> bool:
    """A year, a month or a period word ("2024", "March", "quarter")."""
    bare = word.lower().strip(",.;:")
    return bare.removesuffix("s") in _TIME_WORDS or (len(bare) == 4 and bare[:2] in ("19", "20") and bare.isdigit())


def canonical_subject(phrase: str) -> str:
    """Reduce a noun phrase to what it measures: determiners, "bilateral" and country-pair
    compounds ("China-Russia", "U.S.-China") are dropped, other modifiers kept.

    >>> canonical_subject("our bilateral trade"), canonical_subject("China-Russia trade")
    ('trade', 'trade')
    >>> canonical_subject("agricultural trade")
    'agricultural trade'

    A central bank's policy rate is the target it sets: "the cash rate target" and "the target
    federal funds rate" are "cash rate" and "federal funds rate", as news names them; the target of
    any other rate or quantity ("the inflation target", "an exchange rate target") stays a target.

    >>> canonical_subject("the cash rate target"), canonical_subject("the inflation target")
    ('cash rate', 'inflation target')
    """
    words = [w.strip(",.;:“”\"'’") for w in phrase.replace("\u00a0", " ").split()]
    kept = [w.lower() for w in words if w and w.lower() not in _DETERMINERS and not _pair_compound(w)]
    while len(kept) > 1 and kept[0] in _COMPARING:  # "beating estimates of $1.05": the estimates
        kept.pop(0)
    if "target" in kept and "rate" in kept:
        kept = _policy_rate(kept)
    return " ".join(kept)


#: Participles that set a figure against another, opening a phrase before it ("beating estimates of",
#: "outpacing inflation of"): the phrase measures their object.
_COMPARING = {"beating", "outpacing", "exceeding", "surpassing", "topping", "matching", "missing", "trailing",
              "outstripping", "lagging"}
#: Words naming a central bank's policy rate before "rate": "cash rate", "federal funds rate".
_POLICY_RATES = {"cash", "funds", "policy", "bank", "repo", "benchmark", "overnight", "key", "base",
                 "refinancing", "deposit", "interest", "lending"}


def _policy_rate(words: list[str]) -> list[str]:
    """``words`` without the "target" of a policy rate: "cash rate target", "target cash rate"."""
    rate = words.index("rate")
    if rate == 0 or words[rate - 1] not in _POLICY_RATES:
        return words
    if words[rate + 1:] == ["target"]:
        return words[:rate + 1]
    if "target" in words[:rate - 1]:
        return [word for word in words if word != "target"]
    return words


def _pair_compound(word: str) -> bool:
    """"China-Russia", "U.S.-China", "Sino-Russian": every part names a place (not "Five-Year")."""
    parts = [p for p in word.split("-") if p]
    return len(parts) > 1 and all(is_place(p.rstrip(".")) or p.lower() in ("sino", "euro", "russo", "anglo")
                                  for p in parts)


_SUBJECT_REACH = 400


#: An aside set off by commas between a subject and its verb: who says so ("The economy, she said,
#: will grow", "Sales, according to analysts, rose") or a connective ("Sales, meanwhile, rose").
_ASIDE = re.compile(rf",{SPACE}*(?:according{SPACE}+to{SPACE}+[^,;:]{{1,80}}|(?:[\w’'.-]+{SPACE}+){{1,5}}?(?:said|says?"
                    rf"|noted|notes|added|adds|argued|argues|believes?|thinks?|estimated|estimates|reckons?|expects?|expected)"
                    rf"|however|meanwhile|though|too|also|moreover|overall|in{SPACE}+turn|in{SPACE}+contrast"
                    rf"|by{SPACE}+contrast|in{SPACE}+particular|for{SPACE}+(?:example|instance|(?:its|their|his|her)"
                    rf"{SPACE}+part)"
                    # an appositive or a relative clause between the subject and its verb: "Sales, the
                    # group's biggest source of income, rose", "The strike, which began in May, lasted"
                    rf"|(?:the|a|an|its|their|his|her|which|who|whose){SPACE}+[^,;:()\n]{{1,60}}"
                    # (not one after an object, before the verb's adverbial: "buy Larkspur, the
                    # maker of crackers, in a deal valued at")
                    rf"(?=,(?!{SPACE}*(?:in|on|at|for|with|to|from|by|and|or|but|as|after|before|while|of|than)\b))"
                    rf"),")


def without_asides(text: str) -> str:
    """``text`` with each aside of :data:`_ASIDE` blanked out (spaces, so offsets hold), so that the
    subject before it meets its verb.

    >>> without_asides("The economy, she said, will grow by").split()
    ['The', 'economy', 'will', 'grow', 'by']
    >>> without_asides("Sales, meanwhile, rose").split(), without_asides("In 2024, sales rose")
    (['Sales', 'rose'], 'In 2024, sales rose')
    >>> without_asides("In Paris, however, prices rose").split()
    ['In', 'Paris,', 'prices', 'rose']
    >>> without_asides("Sales, the group's biggest source of income, rose").split()
    ['Sales', 'rose']
    """
    return _ASIDE.sub(lambda aside: _blanked(text, aside), text) if "," in text else text


#: Words opening a phrase set before the subject ("In Paris, however, prices rose", "Last year,
#: analysts said, revenue fell"): the comma after such a phrase stays when the aside is blanked.
_OPENING_PHRASE = {"in", "on", "at", "by", "for", "from", "after", "before", "during", "since", "over", "under",
                   "with", "without", "despite", "last", "this", "next", "earlier", "later", "yesterday", "today"}


def _blanked(text: str, aside: re.Match) -> str:
    """Spaces for ``aside``, or a comma and spaces when the words before it (back to a comma or
    the text's start) open with a preposition or a time: they are no subject, and the comma keeps
    them out of the one after the aside."""
    before = text[text.rfind(",", 0, aside.start()) + 1:aside.start()].split()
    keep = bool(before) and before[0].lower() in _OPENING_PHRASE
    return ("," if keep else " ") + " " * (len(aside.group()) - 1)


def subject_of_quantity(text: str, sentence_start: int, start: int, end: int,
                        previous: str = "", _reach_back: int = 2) -> str:
    """What the quantity at ``text[start:end]`` measures, from its sentence. A level reached after
    another figure ("fell 3% to $2bn") is read from that figure, at most ``_reach_back`` figures
    back, so a sentence of many "… to …" figures stays linear."""
    # The subject is a few words before the figure: a bounded window keeps a sentence with many
    # figures (a table flattened into one line) linear.
    before = without_asides(text[max(sentence_start, start - _SUBJECT_REACH):start])
    if previous and (_PARTICIPLE_LINK.search(before) or _FIGURE_THEN_TO.search(before)):
        return previous
    then_to = _FIGURE_THEN_TO.search(before) if _reach_back else None
    if then_to:  # "Exports fell 3% to $2bn": the level reached measures what the figure before it does
        earlier = start - len(before) + then_to.start()
        while earlier > sentence_start and not text[earlier - 1].isspace():  # its sign: "$2.1bn", "US$5"
            earlier -= 1
        reached = subject_of_quantity(text, sentence_start, earlier, earlier, _reach_back=_reach_back - 1)
        if reached:
            return reached
    held = _HELD_AT.search(before, max(0, len(before) - 80))
    if held and not _STOP_BEFORE.intersection(held.group("np").lower().split()) and not held.group("wish"):
        return canonical_subject(held.group("np"))
    moved = _MOVED_OBJECT.search(before, max(0, len(before) - 80))
    if moved and not _STOP_BEFORE.intersection(moved.group("np").lower().split()):
        return canonical_subject(moved.group("np"))
    match = _SUBJECT_BEFORE.search(before)
    if match:
        words = match.group("np").split()
        # Stop words and a list's bullet ("- The cash rate is now 4.25 per cent") open no subject.
        while words and (words[0].lower().strip(",") in _STOP_BEFORE or not words[0].strip("-,")):
            words.pop(0)
        while words and words[-1].lower() in _AUXILIARIES:  # "…, is running at": the verb's, not a noun
            words.pop()
        words = without_period(words)
        words = _object_phrase(_noun_phrase_end(words))
        subject = canonical_subject(" ".join(words))
        if subject:
            return subject
    after = _SUBJECT_AFTER.match(text, end)
    if after:
        # The phrase ends before a word that opens another ("$45 million in damages after a trial").
        words = after.group("np").split()
        words = words[:next((index for index, word in enumerate(words) if word in _STOP_AFTER), len(words))]
        words = _before_next_clause(words, text, after.end())
        # A period says when, not what: "3.4% in the year to February".
        return "" if _is_period(words) else canonical_subject(" ".join(words))
    return ""


#: Words that open a clause after "and"/"or": a determiner or pronoun opens its subject.
_CLAUSE_OPENERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "it",
                   "they", "he", "she", "we", "i", "you", "there", "then", "also"}
_NEXT_WORD = re.compile(rf"{SPACE}+([\w’'-]+)")


def _before_next_clause(words: list[str], text: str, end: int) -> list[str]:
    """The noun phrase after a figure without an "and"/"or" that opens the sentence's next clause:
    one followed by a determiner, a pronoun, a name or a verb in -ed ("€12m in aid [and the UN has
    released] $8m", "€250m in emergency funds [and declared] mourning"); "roads and bridges" stays.

    >>> text = "$5m in aid and the UN sent $8m"
    >>> _before_next_clause(["aid", "and", "the"], text, 22), _before_next_clause(["roads", "and", "bridges"], "", 0)
    (['aid'], ['roads', 'and', 'bridges'])
    """
    for index, word in enumerate(words):
        if word not in ("and", "or"):
            continue
        following = words[index + 1] if index + 1 < len(words) else _word_at(text, end)
        if (following.lower() in _CLAUSE_OPENERS or following[:1].isupper()
                or (following.endswith("ed") and len(following) > 4)):
            return words[:index]
    return words


def _word_at(text: str, position: int) -> str:
    """The word right after ``position`` (spaces skipped), or ""."""
    found = _NEXT_WORD.match(text, position)
    return found.group(1) if found else ""


#: Words that open a noun phrase, and the prepositions that may hold one inside another.
_ARTICLES = {"a", "an", "the", "its", "their", "his", "her", "our"}
_INNER_PREPOSITIONS = {"of", "in", "for", "on", "to", "from", "with", "at", "by", "over", "under", "between",
                       "among", "across", "within", "into", "about", "per"}
#: Verbs that state a result as their object ("posted revenue of $25 billion"): what follows is
#: what the figure measures, with or without an article.
_RESULT_VERBS = {"reported", "reports", "posted", "posts", "recorded", "records", "booked", "books", "logged",
                 "registered", "announced", "announces", "unveiled", "unveils", "approved", "approves",
                 "generated", "generates", "earned", "earns", "delivered", "delivers", "declared", "declares",
                 "showed", "shows", "revealed", "reveals"}
#: Verbs of expectation: "analysts expected a profit of $5 billion" is no profit made, so its
#: phrase is left whole and never shares a slot with the profit a report states.
_EXPECTATION_VERBS = {"expected", "expects", "expect", "forecast", "forecasts", "forecasted", "predicted",
                      "predicts", "estimated", "estimates", "projected", "projects", "targeted", "targets",
                      "sought", "seeks", "wanted", "wants", "hoped", "hopes", "planned", "plans", "proposed",
                      "proposes"}


_PERIOD_PREPOSITIONS = {"for", "in", "during", "over", "since"}
_PERIOD_WORDS = {"the", "this", "that", "last", "first", "second", "third", "fourth", "past", "latest", "same",
                 "whole", "full", "fiscal", "financial", "calendar"}
_PERIOD_NOUNS = _PERIODS | {"season", "day"}


def without_period(words: list[str]) -> list[str]:
    """The phrase without a closing period of time, which says when, not what ("its net loss
    [for the quarter] was", "profits [in the first half] were"); a phrase that is only a period
    stays as it is.

    >>> without_period("its net loss for the quarter".split()), without_period("sales in Asia".split())
    (['its', 'net', 'loss'], ['sales', 'in', 'Asia'])
    """
    for index in range(len(words) - 2, 0, -1):
        if words[index].lower() in _PERIOD_PREPOSITIONS:
            return words[:index] if _is_period(words[index + 1:]) else words
    return words


def _is_period(words: list[str]) -> bool:
    """True for a phrase naming a period of time: "the year", "the first half", "the same period"."""
    return bool(words) and words[-1].lower().removesuffix("s") in _PERIOD_NOUNS and all(
        word.lower() in _PERIOD_WORDS or word.isdigit() or word.lower() in NUMBER_WORD_LIST for word in words[:-1])


def _object_phrase(words: list[str]) -> list[str]:
    """The noun phrase a quantity's phrase ends with, when it is the object of a verb: after an
    article that follows a verb ("the company reported [a net loss] of $1.2 billion", "the
    government unveiled [a stimulus package] worth $500 billion") or after a verb stating a result
    ("Tesla posted [revenue] of $25 billion"). An article after a preposition opens a phrase
    inside the subject, which stays whole ("the value of the contract"); after a verb of
    expectation the phrase stays whole too ("analysts expected a profit").

    >>> _object_phrase("company reported a net loss".split()), _object_phrase("value of the contract".split())
    (['net', 'loss'], ['value', 'of', 'the', 'contract'])
    >>> _object_phrase("Tesla posted revenue".split()), _object_phrase("analysts expected a profit".split())
    (['revenue'], ['analysts', 'expected', 'a', 'profit'])
    """
    for index in range(len(words) - 2, -1, -1):  # the phrase's last word is its head: never cut there
        word, before = words[index].lower(), words[index - 1].lower() if index else ""
        if word in _EXPECTATION_VERBS or (before in _EXPECTATION_VERBS and word in _ARTICLES):
            return words
        if word in _RESULT_VERBS:
            return words[index + 1:]
        if index and word in _ARTICLES and before not in _INNER_PREPOSITIONS:
            return words[index + 1:]
    return words


#: "add <figure> to <noun>": the noun rises by the figure ("will add about $90 a month to repayments",
#: "added $2 billion to the deficit", "adds 0.3 percentage points to inflation"). A rate after the
#: figure ("a month", "per share") belongs to the figure.
_ADD_BEFORE = re.compile(rf"\b(?i:add|adds|added|adding)(?:{SPACE}+{BOUND})?{SPACE}+\Z")
_RATE_THEN_TO = re.compile(rf"(?:{SPACE}+(?:a|an|per|each){SPACE}+[a-z]+)?{SPACE}+to"
                           rf"(?:{SPACE}+(?:the|its|their|his|her|our|your|this|that))?(?={SPACE})")


def added_to(text: str, start: int, end: int) -> str | None:
    """The subject a figure at ``text[start:end]`` is added to, as in "will add about $90 a month to
    repayments" (→ "repayments"): such a figure is a rise of that noun. None when the figure is not
    the object of "add … to".

    >>> added_to("The rise will add about $90 a month to repayments on a loan", 18, 27)
    'repayments'
    >>> added_to("The firm added $2 billion in revenue", 15, 25) is None
    True
    """
    if not _ADD_BEFORE.search(text, max(0, start - 30), start):
        return None
    to = _RATE_THEN_TO.match(text, end)
    phrase = counted_noun(text, to.end(), singular=True) if to else None
    return canonical_subject(phrase[0]) if phrase else None


_SCOPE = re.compile(rf"\b(?i:in|for|during|of|over){SPACE}+(?:the{SPACE}+(?:whole{SPACE}+|first"
                    rf"{SPACE}+half{SPACE}+of{SPACE}+|year{SPACE}+)?)?(?P<year>(?:19|20)\d\d)\b")


def scope_of(sentence: str, offset_in_sentence: int) -> str:
    """The year a figure holds for ("in 2025"): in the figure's own clause if one is
    named there, else the nearest year named earlier in a sentence whose clause is
    not a participle aside (", exceeding $200 billion for three years").

    >>> scope_of("Trade reached $5 billion in 2025, exceeding $4 billion for years.", 14)
    '2025'
    >>> scope_of("Trade reached $5 billion in 2025, exceeding $4 billion for years.", 44)
    ''
    """
    if "19" not in sentence and "20" not in sentence:
        return ""  # a scope is a year, (19|20)dd: most sentences hold none
    # Every look is bounded by a window around the figure, so that a run-on line of many figures
    # (a flattened table) costs linear time, not a scan of the whole line per figure.
    low = max(0, offset_in_sentence - _SCOPE_REACH)
    high = min(len(sentence), offset_in_sentence + _SCOPE_REACH)
    clause_start = max(low - 1, *(sentence.rfind(mark, low, offset_in_sentence) for mark in ",;(")) + 1
    ends = [i for i in (sentence.find(mark, offset_in_sentence, high) for mark in ",;)") if i >= 0]
    clause_end = min(ends) if ends else high
    in_clause = _SCOPE.search(sentence, clause_start, clause_end)
    if in_clause:
        return in_clause.group("year")
    if _PARTICIPLE_LINK.search(sentence[low:offset_in_sentence] + " "):
        return ""
    earlier = [m for m in _SCOPE.finditer(sentence, low, offset_in_sentence)
               if not _starting_point(sentence, low, m.start())]
    return earlier[-1].group("year") if earlier else ""


_SCOPE_REACH = 600


def _starting_point(sentence: str, low: int, year_at: int) -> bool:
    """True when the year at ``year_at`` stands in a clause that dates a start or an aside, not the
    figure after it: "Since the conflict erupted in 2023, 40,000 people have died", "The company,
    founded in 2001, employs 3,200 people", "The virus, first detected in 2019, has killed …".

    >>> _starting_point("Since the war began in 2023, 40 died", 0, 22), _starting_point("In 2024, 40 died", 0, 3)
    (True, False)
    """
    clause_start = max(low - 1, *(sentence.rfind(mark, low, year_at) for mark in ",;(")) + 1
    first = sentence[clause_start:year_at].split()[:1]
    word = first[0].lower() if first else ""
    return word in _STARTING_WORDS or (word.endswith("ed") and clause_start > 0)


#: Words opening a clause whose year is a start or an aside ("since", "which", "first detected").
_STARTING_WORDS = {"since", "which", "who", "first", "born", "built"}


#: Verbs that follow "due to" where it plans ("is due to meet"), not where it gives a cause ("was
#: cancelled due to rain", "due to the strike").
_DUE_TO_VERBS = ("be|begin|start|meet|expire|arrive|take|hold|visit|vote|open|close|end|return|sign|travel|speak|"
                 "testify|appear|launch|finish|complete|deliver|announce|report|publish|face|resume|attend|go|come|"
                 "leave|make|give|hear|rule|decide|stand|run|host|play|land|depart|retire|step|release|submit|"
                 "present|enter|reopen|debate|sit|address|lift|conclude|fly|air|premiere|unveil|hand|set|stay|"
                 "remain|expand|receive|pay|reach|become|join|lead|kick|wrap|gather|convene|reconvene")
_FUTURE = re.compile(opening_words(
    [word.replace("{S}", SPACE) for word in ["will", "would", "shall", "'ll", "is{S}+to", "are{S}+to", "going{S}+to",
                                             "plans?{S}+to", "scheduled",
                                             f"due{{S}}+to{{S}}+(?:{_DUE_TO_VERBS})",
                                             "set{S}+to", "expected{S}+to",
                                             "upcoming", "next",
                                             # a deadline: "has until May 28" (for "must report by July
                                             # 13" see ``dates._MUST_BEFORE``)
                                             "has{S}+until", "have{S}+until"]],
    any_case=True) + r"\b")


@lru_cache(maxsize=4096)
def is_future(sentence: str) -> bool:
    """True when a sentence speaks of the future ("will meet", "is due to expire")."""
    return bool(_FUTURE.search(sentence))
