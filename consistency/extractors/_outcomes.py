"""What befell the people a count counts: killed, injured, missing, arrested … (casualty counts).

News gives one casualty figure in many wordings: "the death toll rose to 112", "112 people were
killed", "the quake killed 112", "left 112 dead", "112 people died", "the number of dead stands at
112". A count of people with such an outcome takes the outcome as its subject, so that these
wordings share one slot ("deaths") while other outcomes keep their own ("injured", "missing"),
and "80 people died and 200 were hurt" are two claims, not one figure given twice. A count of a
named group keeps the group ("30 soldiers were killed" → "soldiers killed"), so that soldiers and
civilians killed in one attack are never set against each other.

The outcome is read from the words around the figure only (a bounded window in its clause):
after it ("were killed", "are feared dead", "dead", "injured"), before it ("killed at least 40",
"injuring 12", "left 12 dead"), or a toll before it ("the death toll rose to", "the number of
injured reached", "casualties climbed to").

A count of voters takes the side it took in the same way ("Six of the nine members backed the
increase", "seven members voted for it", "the decision was supported by seven of the Board's nine
members" → "members in favour"; "12 Democrats voted against the bill" → "democrats against"), so
that the members who backed a decision, those who dissented and the whole board are three slots,
not one slot of "members" setting 9 against 7 against 2.

A count of the people an employer employs is its workforce: "Halden employs about 3,200 people",
"Norvik's 12,000 employees" and "Norvik, based in Oslo, employs about 12,000 people" count "halden
employees" and "norvik employees", so that two employers' headcounts are never set against each
other (see ``workforce_subject``).
"""

from __future__ import annotations

import re

from ..text import SPACE

_SP = SPACE

#: Outcome words, as written, and the outcome each names (the subject of a count of people).
_OUTCOME_OF = {
    **dict.fromkeys(["killed", "kill", "kills", "killing", "dead", "died", "die", "deaths", "fatalities"], "deaths"),
    **dict.fromkeys(["injured", "injure", "injures", "injuring", "injuries", "wounded", "wound", "wounds", "wounding",
                     "hurt", "hurting"], "injured"),
    "missing": "missing",
    **dict.fromkeys(["arrested", "arrest", "arrests", "arresting", "detained", "detain", "detains", "detaining"],
                    "arrested"),
    **dict.fromkeys(["evacuated", "evacuate", "evacuates", "evacuating"], "evacuated"),
    **dict.fromkeys(["displaced", "displace", "displaces", "displacing"], "displaced"),
    **dict.fromkeys(["rescued", "rescue", "rescues", "rescuing"], "rescued"),
    **dict.fromkeys(["hospitalised", "hospitalized"], "hospitalised"),
    "homeless": "homeless",
    # what befell buildings, counted as people are: "87 homes were destroyed", "damaged 23 houses"
    **dict.fromkeys(["destroyed", "destroy", "destroys", "destroying"], "destroyed"),
    **dict.fromkeys(["damaged", "damage", "damages", "damaging"], "damaged"),
}
#: The last word of an outcome said in a phrase (see ``_PHRASES``), and the outcome it names.
_PHRASE_OUTCOME = {"homes": "displaced", "alive": "rescued", "hospital": "hospitalised", "injuries": "injured"}
#: How a count of a named group words each outcome: "soldiers killed", "passengers injured".
_PARTICIPLE = {"deaths": "killed", "injured": "injured", "missing": "missing", "arrested": "arrested",
               "evacuated": "evacuated", "displaced": "displaced", "rescued": "rescued",
               "hospitalised": "hospitalised", "homeless": "made homeless", "destroyed": "destroyed",
               "damaged": "damaged"}
#: Heads that name no group: the outcome alone is the subject ("people killed" → "deaths").
_ANYONE = frozenset(("", "people", "persons", "individuals", "others", "more"))

_PARTICIPLES = "killed|dead|died|injured|wounded|hurt|missing|arrested|detained|evacuated|displaced|rescued|" \
               "hospitali[sz]ed|homeless|destroyed|damaged"
#: Outcomes said in a phrase, read by their first word: "forced from their homes", "fled their
#: homes" (displaced), "pulled alive from the rubble", "brought out alive" (rescued), "in hospital",
#: "suffered minor injuries", "treated for burns and injuries" (injured).
_PHRASES = (rf"(?:forced|driven){_SP}+(?:from|out{_SP}+of){_SP}+their{_SP}+homes|fled{_SP}+their{_SP}+homes"
            rf"|(?:suffered|sustained|treated{_SP}+for){_SP}+(?:[a-z]+{_SP}+){{0,3}}?injuries"
            rf"|(?:pulled|brought|dug){_SP}+(?:out{_SP}+)?alive|(?:in|taken{_SP}+to){_SP}+hospital")
#: After a figure: auxiliaries and hedges, then a participle ("were killed", "are feared dead",
#: "have been reported missing", "died"), or an outcome adjective at once ("12 dead, 40 injured";
#: "hurt" only after an auxiliary: "300 products hurt exporters" is a verb of the clause). A second
#: count joined by "and" shares the outcome: "87 homes and 14 outbuildings were destroyed".
_AFTER = re.compile(
    rf"(?:{_SP}+and{_SP}+\d[\d,]*{_SP}+[a-z]+)?"
    rf"(?P<aux>(?:{_SP}+(?:were|was|are|is|have|has|had|been|being|also|reportedly|later|now|still|all|since|"
    rf"confirmed|feared|believed|thought|presumed|reported|found|left|made|listed|seriously|critically|badly|"
    rf"slightly|lightly|remain|remains|remained)){{0,4}}){_SP}+(?P<word>{_PARTICIPLES}|{_PHRASES})\b")
#: Right before a figure (and its bound): a verb whose object it counts ("killed at least 40",
#: "injuring 12", "evacuated 1,200 residents"; not "hurt", which hurts sales as often as people).
_BEFORE = re.compile(
    rf"\b(?P<word>kill(?:ed|ing|s)?|injur(?:ed|ing|es|e)|wound(?:ed|ing|s)?|arrest(?:ed|ing|s)?|"
    rf"detain(?:ed|ing|s)?|evacuat(?:ed|ing|es|e)|displac(?:ed|ing|es|e)|rescu(?:ed|ing|es|e)|"
    rf"destroy(?:ed|ing|s)?|damag(?:ed|ing|es|e)){_SP}+\Z")
#: A toll before a figure with no noun: the toll's noun, up to twelve words in the same clause (a
#: verb phrase, "from the floods", and where and when: "the number of people killed in a powerful
#: earthquake in north-western Dravenia has risen to"), then "to"/"at" or nothing ("the death toll
#: rose to", "casualties climbed to", "the number of injured now stands at"; a bare "toll" may be a
#: road's).
_TOLL = re.compile(
    rf"\b(?:(?P<toll>(?i:death|casualty|fatality){_SP}+(?:toll|count))"
    rf"|(?i:number|count|tally|total){_SP}+of{_SP}+(?P<of>(?:[a-z]+{_SP}+)?(?!(?:now|still|already|also|so|and|or|"
    # a preposition starts the phrase after the noun: "the number of injured in the crash"
    rf"in|on|from|after|near|across|during|since|among)\b|[a-z]+ly\b)[a-z]+)"
    rf"|(?P<plain>(?i:deaths|fatalities|casualties|dead)))"
    # the words between may name a day or a place: "the death toll from Monday's blast rose to"
    # "of" only before a name: "in the state of Kerala"
    rf"(?:{_SP}+(?:(?!(?:of|and|or|for|per|to|at)\b)[A-Za-z][a-z’']*(?:-[a-z]+)?|of(?={_SP}+[A-Z]))){{1,12}}"
    rf"(?:{_SP}+(?:to|at))?{_SP}+\Z")
_WINDOW = 60
#: How far before a bare figure its toll may start: a toll names its event and place at length.
_TOLL_WINDOW = 120
#: Outcomes read after a figure only behind an auxiliary: "300 products hurt exporters", "40 in
#: hospital beds", "12 homeless shelters" say nothing of what befell anyone.
_AFTER_AUXILIARY_ONLY = frozenset(("hurt", "homeless", "in hospital"))
#: A noun that only counts, as the subject of a move or a level, right before a figure with no
#: noun: "measles cases rose to 2,911", "arrests have climbed to 300", "visitors totalled 1.2
#: million". One modifier before the noun is kept ("measles cases"), as in "the number of measles
#: cases". Nouns that may be amounts ("sales", "prices", "shares") are left out.
_COLLECTIVE = "(?i:population|membership|attendance|enrol(?:l)?ment|headcount|crowd)"
_COUNTED = re.compile(
    rf"(?<![\w’'-])(?P<noun>(?:(?!(?i:the|a|an|its|their|his|her|our|of|and|or|in|on|at)\b)[A-Za-z-]+{_SP}+)?"
    rf"(?i:cases|infections|hospitali[sz]ations|admissions|arrests|arrivals|visitors|tourists|applications|"
    rf"applicants|complaints|incidents|shootings|homicides|murders|burglaries|births|subscribers|members|"
    rf"users|customers|patients|refugees|migrants|layoffs|bankruptcies|insolvencies|wildfires"
    # collective nouns of people counted ("the population rose to 1.2 million", "a crowd of 20,000")
    rf"|{_COLLECTIVE}))"
    rf"(?:{_SP}+(?i:has|have|had|now|also|since|already|again|officially|been)){{0,3}}"
    rf"{_SP}+(?i:rose|risen|rise|rises|climbed|climbs|jumped|jumps|surged|soared|grew|grown|increased|"
    rf"fell|fallen|falls|dropped|drops|declined|decreased|reached|reach|reaches|hit|hits|totalled|totaled|"
    rf"totals|topped|tops|stood|stands|numbered|numbers)"
    # a change on the way to the level: "has grown by a fifth to", "fell by 3% to"
    rf"(?:{_SP}+by{_SP}+[^,.;:\d]{{1,20}}?(?={_SP}+to\b)|{_SP}+by{_SP}+\d[\d.,]*%?(?={_SP}+to\b))?"
    rf"(?:{_SP}+(?:to|at))?{_SP}+\Z")
#: A collective noun's size after "of": "a population of 1.2 million", "a crowd of 20,000".
_COLLECTIVE_OF = re.compile(rf"(?<![\w’'-])(?P<noun>{_COLLECTIVE}){_SP}+of{_SP}+\Z")


def outcome_after(text: str, end: int) -> str:
    """The outcome named right after a figure or its noun ending at ``end``, or "".

    >>> outcome_after("40 people were killed", 9), outcome_after("12 dead and", 2), outcome_after("12 were", 2)
    ('deaths', 'deaths', '')
    >>> outcome_after("40 were hurt", 2), outcome_after("300 products hurt exporters", 12)
    ('injured', '')
    >>> outcome_after("52,000 have been forced from their homes", 6), outcome_after("12 were left homeless", 2)
    ('displaced', 'homeless')
    >>> outcome_after("120 have been pulled alive from", 3), outcome_after("311 remain in hospital", 3)
    ('rescued', 'hospitalised')
    """
    found = _AFTER.match(text, end, end + _WINDOW)
    if found is None or (found.group("word").lower() in _AFTER_AUXILIARY_ONLY and not found.group("aux")):
        return ""  # "300 products hurt exporters": a verb of the clause, not what befell them
    words = found.group("word").lower().split()
    return _PHRASE_OUTCOME[words[-1]] if len(words) > 1 else _OUTCOME_OF.get(words[0], "")


def outcome_before(text: str, start: int) -> str:
    """The outcome of a verb right before a figure starting at ``start``, or "".

    >>> outcome_before("The storm killed 40", 17), outcome_before("injuring 12", 9), outcome_before("saw 12", 4)
    ('deaths', 'injured', '')
    """
    found = _BEFORE.search(text, max(0, start - 20), start)
    return _OUTCOME_OF.get(found.group("word").lower(), "") if found else ""


def toll_before(text: str, low: int, start: int) -> str:
    """The subject of a toll in ``text[low:start]`` that a bare figure at ``start`` gives, or "":
    "deaths" for a death toll, "injured" for the number of injured, the noun of "the number of
    cases rose to".

    >>> toll_before("The death toll rose to 112", 0, 23), toll_before("The number of cases hit 50", 0, 24)
    ('deaths', 'cases')
    >>> toll_before("a toll road of 5", 0, 15), toll_before("The toll on the bridge rose to 12", 0, 30)
    ('', '')
    >>> toll_before("Measles cases rose to 2,911", 0, 22), toll_before("The cases rose to 50", 0, 18)
    ('measles cases', 'cases')
    """
    found = _TOLL.search(text, max(low, start - _TOLL_WINDOW), start)
    if found is None:
        counted = (_COUNTED.search(text, max(low, start - _WINDOW), start)
                   or _COLLECTIVE_OF.search(text, max(low, start - _WINDOW), start))
        return _counted_subject(counted.group("noun").lower().split()) if counted else ""
    if found.group("toll"):
        return "casualties" if found.group("toll").lower().startswith("casualty") else "deaths"
    if found.group("plain"):
        word = found.group("plain").lower()
        return "casualties" if word == "casualties" else "deaths"
    return _counted_subject(found.group("of").lower().split())  # "cases", "new cases", "dead", "people killed"


def _counted_subject(words: list[str]) -> str:
    """The subject of the counted noun ``words``: an outcome by its name ("arrests" → "arrested",
    "people killed" → "deaths"), else the words."""
    outcome = _OUTCOME_OF.get(words[-1], "")
    if outcome and len(words) == 2:
        return outcome_subject(words[0], outcome)
    return outcome or " ".join(words)


def outcome_subject(noun: str, outcome: str) -> str:
    """The subject of a count of ``noun`` with ``outcome``: the outcome alone for people in
    general, else the group and what befell it.

    >>> outcome_subject("people", "deaths"), outcome_subject("soldiers", "deaths"), outcome_subject("", "injured")
    ('deaths', 'soldiers killed', 'injured')
    """
    if noun in _ANYONE:
        return outcome
    return f"{noun} {_PARTICIPLE[outcome]}"


#: Nouns of posts that count jobs when the jobs are cut ("cut 1,200 roles", "a reduction of about
#: 1,200 positions", "1,200 posts will go"), and the nouns that count jobs cut themselves. Posts
#: created are left as written: set in the slot of jobs, they would meet jobs cut ("create 500
#: positions" against "cut 1,200 jobs"), and "positions" lost or added are as often a fund's.
_JOB_HEADS = frozenset(("roles", "positions", "posts"))
_JOBS_CUT = {"job cuts": "jobs", "job losses": "jobs"}
#: Right before a count (its bound included): a verb or a noun of cutting jobs.
_JOB_CHANGE_BEFORE = re.compile(
    rf"\b(?i:cut|cuts|cutting|eliminat(?:e|es|ed|ing)|ax(?:e|es|ed|ing)|shed|sheds|shedding|slash(?:es|ed|ing)?"
    rf"|(?:reduction|elimination|cut)s?{_SP}+(?:of|in))(?:{_SP}+(?:a|an|the|some))?{_SP}+\Z")
#: After a count and its noun: auxiliaries, then a participle of cutting ("would be cut", "are to
#: be eliminated"), or "go" after an auxiliary and not before "to" ("will go"; "300 posts go to the
#: new unit" and "six roles will go to women" move them).
_JOB_CHANGE_AFTER = re.compile(
    rf"(?P<aux>(?:{_SP}+(?:will|would|could|may|might|must|are|were|is|was|to|be|been|being|have|has|had|set|"
    rf"expected|likely|also|eventually)){{0,4}}){_SP}+(?P<verb>cut|eliminated|axed|shed|slashed"
    rf"|go|gone)\b(?!{_SP}+to\b)")

#: Right before a count of jobs: a verb or a noun of making them ("create", "added", "the creation of"),
#: or of a payroll's gain ("gained 180,000 jobs", "rose by 150,000 jobs").
_JOB_CREATE_BEFORE = re.compile(
    rf"\b(?i:creat(?:e|es|ed|ing)|add|adds|added|adding|generat(?:e|es|ed|ing)|bring|brings|bringing|brought"
    rf"|gain|gains|gained|gaining|(?:rose|rise|rises|increased|grew|climbed|jumped){_SP}+by"
    rf"|(?:creation|addition)s?{_SP}+of)(?:{_SP}+(?:a|an|the|some|another|more|nearly|about|around|up{_SP}+to"
    rf"|over|almost)){{0,2}}{_SP}+\Z")
#: After a count of jobs: auxiliaries, then a participle of making them ("will be created").
_JOB_CREATE_AFTER = re.compile(
    rf"(?:{_SP}+(?:will|would|could|may|might|are|were|is|was|to|be|been|being|have|has|had|expected|also)){{1,4}}"
    rf"{_SP}+(?:created|added|generated)\b")


#: A court's word on charges before their count: "convicted him on seven counts", "was acquitted of
#: two charges", "found guilty on", "pleaded guilty to"; the words between stay in the clause.
_VERDICT = re.compile(rf"\b(?:convict(?:ed|s|ing)?|acquit(?:ted|s|ting)?|cleared|not{_SP}+guilty"
                      rf"|(?<!not{_SP})guilty)\b")
#: Between the verdict and the count: its object and "on", "of" or "to", in one clause (no comma,
#: "and" or "but": "cleared of wrongdoing but will face trial on five counts" is no acquittal).
_VERDICT_TO_COUNT = re.compile(
    rf"(?:(?!\b(?:and|but|while|whereas)\b)[^.,;:!?\n]){{0,50}}?"
    rf"\b(?:on|of|to)(?:{_SP}+(?:all|both|the|another|a{_SP}+further|a{_SP}+total{_SP}+of))?{_SP}+\Z")
_ACQUITTED = ("acquit", "cleared", "not")
_PLEADED = re.compile(rf"\bplead(?:ed|s|ing)?{_SP}+\Z")
#: The nouns of charges a court rules on.
_CHARGE_NOUNS = frozenset(("counts", "charges"))


def charges_subject(text: str, noun: str, start: int) -> str:
    """The subject of a count of charges starting at ``start`` on which a court ruled: "counts
    convicted" or "counts acquitted", so the counts a jury convicted on and those it acquitted on
    stay apart; "" for other nouns, and for charges brought ("charged with nine counts": the noun).

    >>> charges_subject("A jury convicted Thale in May on seven", "counts", 33)
    'counts convicted'
    >>> charges_subject("He was acquitted on two", "counts", 20), charges_subject("He faces two", "counts", 9)
    ('counts acquitted', '')
    """
    if noun not in _CHARGE_NOUNS:
        return ""
    verdicts = list(_VERDICT.finditer(text, max(0, start - 80), start))
    # the nearest verdict rules: "convicted on two counts and acquitted on [four counts]"
    if not verdicts or not _VERDICT_TO_COUNT.match(text, verdicts[-1].end(), start):
        return ""
    if _PLEADED.search(text, max(0, verdicts[-1].start() - 12), verdicts[-1].start()) and \
            verdicts[-1].group().lower().startswith("not"):
        return ""  # "pleaded not guilty to seven charges": a plea, no verdict
    acquitted = verdicts[-1].group().lower().startswith(_ACQUITTED)
    return f"{noun} {'acquitted' if acquitted else 'convicted'}"


def jobs_noun(text: str, noun: str, start: int, end: int) -> str:
    """``noun`` as a count of jobs when the count at ``text[start:end]`` (its noun ending at ``end``)
    counts posts cut: "roles", "positions" and "posts" are then "jobs" ("Some 1,200 roles
    will go", "eliminate 1,200 positions"), and "job cuts" and "job losses" always are; other nouns
    are returned as they are.

    >>> jobs_noun("Some 1,200 roles will go", "roles", 0, 16), jobs_noun("cut 50 senior posts", "senior posts", 4, 19)
    ('jobs', 'senior jobs')
    >>> jobs_noun("1,200 job cuts", "job cuts", 0, 14), jobs_noun("She has 3 roles in the play", "roles", 8, 15)
    ('jobs', 'roles')
    >>> jobs_noun("300 posts go to the new unit", "posts", 0, 9)
    'posts'
    >>> jobs_noun("will create 500 positions", "positions", 12, 25)
    'positions'

    Jobs created are "new jobs" ("create 500 jobs", "500 jobs will be added", "bring 500 new
    jobs"), so they stay apart from jobs cut in the same report:

    >>> jobs_noun("create 500 full-time jobs", "full-time jobs", 7, 25), jobs_noun("cut 500 jobs", "jobs", 4, 12)
    ('new full-time jobs', 'jobs')
    """
    if noun in _JOBS_CUT:
        return _JOBS_CUT[noun]
    words = noun.split()
    if not words or words[-1] not in (*_JOB_HEADS, "jobs"):
        return noun
    after = _JOB_CHANGE_AFTER.match(text, end, end + _WINDOW)
    if after and after.group("verb") in ("go", "gone") and not after.group("aux"):
        after = None
    if words[-1] == "jobs":
        # A cut said after the count wins over a verb before it: "He added 500 jobs would go".
        created = after is None and ("new" in words or _JOB_CREATE_AFTER.match(text, end, end + _WINDOW)
                                     or _JOB_CREATE_BEFORE.search(text, max(0, start - 30), start))
        return " ".join(["new", *(word for word in words[:-1] if word != "new"), "jobs"]) if created else noun
    if after is None and _JOB_CHANGE_BEFORE.search(text, max(0, start - 30), start) is None:
        return noun
    return " ".join([*words[:-1], "jobs"])


#: A verb of a vote after a count (and its noun), and the side it takes; "backed by …" and
#: "supported by …" after a noun are participles of another clause ("candidates backed by the party").
_VOTE_AFTER = re.compile(
    rf"(?:{_SP}+of{_SP}+(?:the{_SP}+)?(?:[\w.&-]+[’']s{_SP}+)?(?:[A-Za-z][\w.&-]*{_SP}+){{0,3}}?[A-Za-z][\w.&-]*)?"
    rf"(?:{_SP}+(?:had|have|also|all|unanimously))?"
    rf"{_SP}+(?P<vote>voted{_SP}+(?:for|in{_SP}+favou?r|against)|backed|supported|endorsed|favou?red|opposed"
    rf"|dissented|abstained)\b(?!{_SP}+by\b)")
#: The agent of a passive vote right before a count: "was supported by seven of", "were opposed by
#: 12". The auxiliary makes it a vote on the clause's subject; a participle alone is help, not a
#: vote ("rescuers are working at 180 sites, supported by 14 international teams").
_VOTE_BEFORE = re.compile(
    rf"\b(?:was|were|is|are|be|been|being)(?:{_SP}+(?:narrowly|only|also|unanimously|overwhelmingly))?{_SP}+"
    rf"(?P<vote>backed|supported|endorsed|favou?red|opposed|approved|rejected)(?:{_SP}+only)?{_SP}+by{_SP}+\Z")
_AGAINST = frozenset(("against", "opposed", "dissented", "rejected"))
#: A proposal named indefinitely after the vote ("voted for a cut", "backed an increase", "opposed
#: another delay"): one option among others, perhaps the one that lost, so the voters' side on the
#: decision itself is unsaid ("two members voted for a cut" when the rate was held).
_PROPOSAL_AFTER = re.compile(rf"{_SP}+(?i:a|an|another){_SP}")


def vote_side(text: str, start: int, end: int) -> str:
    """The side of a vote that the voters counted at ``text[start:end]`` (a count and its noun) took:
    "in favour", "against", "abstaining", or "".

    >>> vote_side("Six of the nine members of the Board backed the rise", 11, 23)
    'in favour'
    >>> vote_side("The bill was opposed by 12 senators", 24, 35), vote_side("12 candidates backed by a party", 0, 13)
    ('against', '')
    >>> vote_side("Two members voted for a cut", 0, 11), vote_side("200 sites, supported by 14 teams", 24, 32)
    ('', '')
    """
    found = _VOTE_AFTER.match(text, end, end + _WINDOW)
    if found is not None and _PROPOSAL_AFTER.match(text, found.end()):
        return ""
    found = found or _VOTE_BEFORE.search(text, max(0, start - 50), start)
    if found is None:
        return ""
    vote = found.group("vote").lower()
    if vote == "abstained":
        return "abstaining"
    return "against" if vote.split()[-1] in _AGAINST else "in favour"


#: Nouns of people an employer employs, and those that are its staff whoever names them.
_WORKFORCE_NOUNS = frozenset(("people", "persons", "employees", "staff", "workers", "personnel", ""))
_STAFF_NOUNS = frozenset(("employees", "staff"))
#: A verb of employing right before a count (its bound included): "employs about 24,000 people".
_EMPLOYS_BEFORE = re.compile(rf"\b(?i:employs|employed|employing|employ)(?:{_SP}+(?i:a{_SP}+total{_SP}+of))?{_SP}+\Z")
_NAME_WORDS = rf"[A-Z][\w&’'.-]*(?:{_SP}+(?:[A-Z][\w&’'.-]*|&|of))*"
#: An employer's name right before its possessive and a count: "Norvik's 12,000 employees".
_OWNER_BEFORE = re.compile(rf"(?<![\w’'-])(?P<name>{_NAME_WORDS})(?:[’']s|(?<=s)[’']){_SP}+\Z")
#: An employer's name right before the verb: "Halden employs", "Halden, which employs", "Halden
#: Foods, which now employs".
_NAME_BEFORE_VERB = re.compile(
    # no comma without a relative pronoun: "Halden Steel, based in Ohio, employs" is not Ohio's staff
    rf"(?<![\w’'-])(?P<name>{_NAME_WORDS})(?:,?{_SP}+(?:which|that|who))?(?:{_SP}+(?:now|also|still|currently))?"
    rf"{_SP}+(?i:employs|employed|employ)\b")
#: The name opening a sentence, its subject: "Halden Steel Inc., based in Ohio, … employs".
_NAME_OPENING = re.compile(rf"(?P<name>{_NAME_WORDS})(?=,|{_SP}+[a-z])")


def _word_set(words: str) -> frozenset:
    return frozenset(words.split())


#: Capitalised words that open a sentence without naming anyone.
_NOT_NAMES = _word_set("the a an in on at it its this that these those but and as after before since when while "
                       "analysts officials he she they we i there here some about last")
#: Words that close a company's name without telling one company from another.
_CORPORATE = _word_set("inc inc. corp corp. co co. ltd ltd. plc llc group holdings sa ag nv se company "
                       "corporation")
#: First words that many companies' names share: the rest of the name tells them apart.
_SHARED_FIRST = _word_set("bank general american national united first british royal new international global "
                          "china deutsche western southern northern eastern")


def workforce_subject(text: str, noun: str, start: int, end: int, sentence_start: int) -> str:
    """The subject of a count at ``text[start:end]`` (its noun, ``noun``, ending at ``end``) that is an
    employer's workforce, or "" when it is none: "<employer> employees" for a count after "employs"
    ("Halden employs about 3,200 people") or of "employees" or "staff" after the employer's
    possessive ("Norvik's 12,000 employees"), "employees" when the employer goes unnamed ("the
    company employs 500 people"). The employer is named right before the possessive or the verb,
    else by the name opening the sentence ("Norvik, based in Oslo, employs …").

    >>> workforce_subject("Halden employs about 3,200 people", "people", 15, 33, 0)
    'halden employees'
    >>> workforce_subject("Norvik's 12,000 employees", "employees", 9, 25, 0)
    'norvik employees'
    >>> workforce_subject("The group employs 500 people", "people", 18, 28, 0)
    'employees'
    >>> workforce_subject("Britain's 60 million people", "people", 10, 27, 0)
    ''
    """
    if noun not in _WORKFORCE_NOUNS:
        return ""
    low = max(sentence_start, start - 40)
    owner = _OWNER_BEFORE.search(text, low, start) if noun in _STAFF_NOUNS else None
    if owner:
        return _employees_of(owner.group("name"))
    verb = _EMPLOYS_BEFORE.search(text, max(sentence_start, start - 30), start)
    if verb is None:
        return ""
    named = _NAME_BEFORE_VERB.search(text, max(sentence_start, verb.start() - 60), verb.end())
    opening = _NAME_OPENING.match(text, sentence_start, verb.start())
    name = named.group("name") if named else opening.group("name") if opening else ""
    return _employees_of(name)


def _employees_of(name: str) -> str:
    """ "<employer> employees" for an employer's ``name``, by the word that tells it from other
    companies: "Halden Steel Inc." and "Halden" are "halden", "Bank of Norway" is "bank of
    norway"; "employees" when ``name`` names no one.

    >>> _employees_of("Halden Steel Inc."), _employees_of("Bank of Norway"), _employees_of("The")
    ('halden employees', 'bank of norway employees', 'employees')
    """
    words = [word.strip(".,’'").lower() for word in name.split()]
    while words and words[-1] in _CORPORATE:
        words.pop()
    if not words or words[0] in _NOT_NAMES:
        return "employees"
    key = words if words[0] in _SHARED_FIRST else words[:1]
    return " ".join([*key, "employees"])
