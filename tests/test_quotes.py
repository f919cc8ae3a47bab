"""Quotes: direct quotes and reported speech, their spans, speakers, notes and values."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consistency import document_from_text
from consistency.documents import load_corpus
from consistency.extractors import extract_document, quotes
from consistency.extractors.quotes import normalise_quote

SLOW = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def facts(text: str):
    """(surface, speaker, note) of every quote fact of ``text``, in text order."""
    doc = document_from_text("t", text)
    return [(f.surface, f.speaker, f.note) for f in extract_document(doc, [quotes])]


def test_multi_paragraph_quote_is_one_fact_per_paragraph_with_the_closing_attribution():
    text = ("“We cleared the roads overnight.\n\n“We salted every bridge.\n\n"
            "“Schools open on Monday,” said Mayor Ana Ruiz.")
    assert facts(text) == [("We cleared the roads overnight", "Ana Ruiz", ""),
                           ("We salted every bridge", "Ana Ruiz", ""),
                           ("Schools open on Monday", "Ana Ruiz", "")]


def test_quote_not_reopened_stops_at_its_paragraph_end():
    text = "Ana Ruiz said: “We cleared the roads.\n\n“We salted the bridges.\n\nThe council met later."
    assert facts(text) == [("We cleared the roads", "Ana Ruiz", ""),
                           ("We salted the bridges", "Ana Ruiz", "unclosed")]


def test_paragraph_ending_with_a_colon_hands_its_speaker_to_the_next_quote():
    text = ("The ministry released a commentary by Deputy Minister Olga Petrova.\n\n"
            "She also noted that: “The talks were long,” and added:\n\n“Nobody left the room early.”")
    assert facts(text) == [("The talks were long", "Olga Petrova", ""),
                           ("Nobody left the room early", "Olga Petrova", "")]


def test_pronoun_means_the_subject_of_a_recent_sentence_over_an_older_speaker():
    text = ("Wang Yi said that the talks went well. Sergei Shoigu extended greetings to the hosts. "
            "He said that the treaty turns 25 this year.")
    assert [s for _, s, _ in facts(text)] == ["Wang Yi", "Sergei Shoigu"]


def test_surname_alone_takes_the_full_name_given_earlier_in_the_document():
    text = "Wang Yiwei, a professor, told reporters that ties were stable. Wang said more talks would follow."
    assert [s for _, s, _ in facts(text)] == ["Wang Yiwei", "Wang Yiwei"]


@pytest.mark.parametrize("text,expected", [
    ("“The plan is sound,” said Prime Minister Jane Doe.", ("The plan is sound", "Jane Doe", "")),
    ("The plan is sound and fully funded, said Prime Minister Jane Doe.",
     ("The plan is sound and fully funded", "Jane Doe", "reported")),
    ("Wang Yiwei, a professor at Renmin University, told reporters on Monday that the talks were useful.",
     ("the talks were useful", "Wang Yiwei", "reported")),
    ("According to the ministry, Lee said: the plan is final and cannot change.",
     ("the plan is final and cannot change", "Lee", "reported")),
    ("The Chinese Foreign Ministry said that the talks were candid and useful.",
     ("the talks were candid and useful", "MFA", "reported")),
    ("Putin spoke warmly about the year, and said that trade would keep growing.",
     ("trade would keep growing", "Putin", "reported")),
    ("Xi recalled their two meetings, saying that they had lifted ties to a new level.",
     ("they had lifted ties to a new level", "Xi", "reported")),
    # business and parliamentary titles are titles, not part of the name
    ("“Demand is strong,” Acme CEO Maria Lopez told Reuters.", ("Demand is strong", "Maria Lopez", "")),
    ("Chief Executive Tom Okafor said that prices would fall.", ("prices would fall", "Tom Okafor", "reported")),
    ("Chair Ana Ruiz said: “We are not in a hurry.”", ("We are not in a hurry", "Ana Ruiz", "")),
])
def test_attribution_forms(text, expected):
    assert facts(text) == [expected]


@pytest.mark.parametrize("text", [
    "The minister said in a statement.",
    "As noted above, the ministers met in Rome.",
    "Trade grew, officials said.",
    "The so-called “Board of Peace” met on Monday.",
    "'Til the cows come home, rock 'n' roll in the '60s, the ol' days.",
    "The envoys' cars and the drivers' keys were lost.",
])
def test_no_quote(text):
    assert facts(text) == []


def reported_spans(text: str):
    """The surfaces of the reported-speech facts of ``text``, in text order."""
    return [surface for surface, _, note in facts(text) if note == "reported"]


@pytest.mark.parametrize("text,expected", [
    # a second cue in the sentence starts a new span; the first ends before its connective
    ("Mayor Tom Reed said the budget was balanced and reiterated that taxes would not rise.",
     ["the budget was balanced", "taxes would not rise"]),
    ("Lee said the port would reopen, and voiced hope for a quick recovery of trade.",
     ["the port would reopen", "hope for a quick recovery of trade"]),
    ("Ruiz acknowledged that costs had risen and reiterated that the plan stands, stressing that no jobs would go.",
     ["costs had risen", "the plan stands", "no jobs would go"]),
    ("Coach Ben Ito responded that the team was ready, saying he trusts the players and that the fans will help.",
     ["the team was ready", "he trusts the players and that the fans will help"]),
    ("Ana Ruiz called for calm talks and fair rules, urging both unions to return to work.",
     ["calm talks and fair rules", "both unions to return to work"]),
    # objects of express/voice/reaffirm/urge/call for/call on state a position
    ("Minister Tom Reed expressed his willingness to meet the strikers next week.",
     ["his willingness to meet the strikers next week"]),
    ("Lee voiced support for the new bridge over the river.", ["support for the new bridge over the river"]),
    ("Governor Ann Cole called on both parties to settle the dispute quickly.",
     ["both parties to settle the dispute quickly"]),
    ("The two mayors reaffirmed their commitment to a shared transit plan.",
     ["their commitment to a shared transit plan"]),
    # after stress/emphasise/highlight/underline only a stance noun phrase counts
    ("Lee stressed the need for more nurses in rural clinics.", ["the need for more nurses in rural clinics"]),
    ("Ruiz underlined on Monday the importance of clean water for every school.",
     ["the importance of clean water for every school"]),
    ("Lee stressed the housing question at length.", []),
    ("Ruiz highlighted growing trade between the two ports.", []),
    # passives, groups, cue words and cue phrases
    ("It was pointed out that the two plans overlap almost entirely.", ["the two plans overlap almost entirely"]),
    ("It was also mentioned that exports had doubled since spring.", ["exports had doubled since spring"]),
    ("The two leaders agreed that the border should stay open.", ["the border should stay open"]),
    ("They noted with satisfaction that the new school had opened on time.", ["the new school had opened on time"]),
    ("The ministers expressed satisfaction that the harvest had been good.", ["the harvest had been good"]),
    ("Trade grew fast last year, Ruiz said, citing figures showing that exports rose by a third.",
     ["Trade grew fast last year", "exports rose by a third"]),
    # parenthetical cues keep the whole sentence
    ("Most voters, she noted, want lower rents and faster trains.",
     ["Most voters, she noted, want lower rents and faster trains"]),
    ("The new rules, according to analysts, will cut costs for small firms.",
     ["The new rules, according to analysts, will cut costs for small firms"]),
    # "according to" opening or closing the sentence reports the clause beside it
    ("According to the fire department, the blaze started in a kitchen on the third floor.",
     ["the blaze started in a kitchen on the third floor"]),
    ("The blaze started in a kitchen on the third floor, according to the fire department.",
     ["The blaze started in a kitchen on the third floor"]),
    ("But according to two people briefed on the talks, the deal is close.", ["the deal is close"]),
    # … unless the clause reports speech of its own, or the phrase cites nobody who speaks
    ("According to the ministry, Lee said that the port would reopen in May.", ["the port would reopen in May"]),
    ("According to the old calendar, today is the first day of spring.", []),
    ("According to him, the talks have stalled.", []),
    ("The results show growth in every region, according to the census.", []),
    # fronted participle clauses are spans of their own, fronted phrases are outside
    ("Noting that rents rose by a fifth, Mayor Ana Ruiz said the city will build more homes.",
     ["rents rose by a fifth", "the city will build more homes"]),
    ("Looking ahead, Lee said that the market would recover by autumn.", ["the market would recover by autumn"]),
    # a participle inside the reported content is not a new cue
    ("Lee noted that both towns marked the anniversary, reaffirming their old friendship.",
     ["both towns marked the anniversary, reaffirming their old friendship"]),
    # the occasion of the statement and a closing quote mark are outside the span
    ("Lee and Ruiz reaffirmed their support for the rail link during a phone call on Tuesday.",
     ["their support for the rail link"]),
    ("Ruiz said the talks were back “on the right track.”", ["the talks were back “on the right track"]),
    # not reports: an agreement to act, topics, first-person words
    ("The two leaders agreed to meet again in spring.", []),
    ("Lee recalled the two meetings they held last year.", []),
    ("We marked the anniversary together, reaffirming our friendship.", []),
    ("I note that today, according to the old calendar, is the first day of spring.", []),
    ("The results, according to the census, show growth in every region.", []),
    ("The lawyers argued the case in court for hours.", []),
])
def test_reported_speech_spans(text, expected):
    assert reported_spans(text) == expected


@pytest.mark.parametrize("text,speaker", [
    # whom "according to" cites speaks, named as a speech verb's subject would be
    ("The new rules, according to Mayor Ana Ruiz, will cut costs for small firms.", "Ana Ruiz"),
    ("According to the Fed, bank lending rose in every month of the year.", "Federal Reserve"),
    ("According to a ministry statement, the bridge will reopen in May.", "ministry"),
    # voices that name nobody in particular: analysts, and anonymous sources
    ("The blaze started in a kitchen, according to people familiar with the investigation.", "sources"),
    ("A source close to the club said the coach would stay for another season.", "sources"),
    ("Sources said the two clubs had agreed a fee for the striker.", "sources"),
    ("Two people with knowledge of the plans, who asked not to be named, said the factory would close.", "sources"),
    ("Several experts said the bridge needed urgent repairs.", "analysts"),
    ("The bridge, according to engineering analysts, needed urgent repairs.", "analysts"),
])
def test_who_a_report_cites_speaks(text, speaker):
    assert [(s, note) for _, s, note in facts(text)] == [(speaker, "reported")]


def test_people_alone_are_no_speaker():
    assert facts("People said the two clubs had agreed a fee for the striker.") == []


@pytest.mark.parametrize("text", [
    "According to Finance Minister Ana Ruiz, exports rose 4% to $52 billion last year.",
    "Exports rose 4% to $52 billion last year, according to the Fed.",
    "According to the Chinese Foreign Ministry, exports rose 4% to $52 billion last year.",
])
def test_a_report_and_its_figures_share_one_speaker(text):
    found = extract_document(document_from_text("t", text))
    speakers = {f.kind: f.speaker for f in found if f.kind in ("quote", "money", "percent")}
    assert set(speakers) == {"quote", "money", "percent"} and len(set(speakers.values())) == 1, speakers
    assert "Minister" not in speakers["quote"] and speakers["quote"] not in ("Fed", "Chinese Foreign Ministry")


@pytest.mark.parametrize("text,expected", [
    ("The coach said after the match: “We were not good enough.”", [("We were not good enough", "coach", "")]),
    ("The ministry said later: “The talks will resume.”", [("The talks will resume", "ministry", "")]),
    ("The mayor told reporters on Tuesday: “The bridge will reopen.”", [("The bridge will reopen", "mayor", "")]),
    ("The company said simply: “We do not comment on rumours.”",
     [("We do not comment on rumours", "company", "")]),
    ("Mayor Anne Hidalgo opened the bridge. The mayor said afterwards: “It is a triumph.”",
     [("It is a triumph", "Anne Hidalgo", "")]),
    # counterexamples: a named speaker was read already; a clause before the colon is reported
    ("Mikel Arteta said after the match: “We were not good enough.”",
     [("We were not good enough", "Mikel Arteta", "")]),
    ("The ministry said in a statement: “The talks will resume.”", [("The talks will resume", "ministry", "")]),
])
def test_a_verb_then_a_short_adverbial_and_a_colon_introduces_the_quote(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "<person> of <organisation>" and "<person>, <title> at <organisation>,": the person speaks
    ("Bitcoin could reach $250,000 this year, said Tom Lee of Fundstrat Global Advisors.",
     ("Bitcoin could reach $250,000 this year", "Tom Lee", "reported")),
    ("Kenji Sato of the Bank of Japan said that prices would rise again in spring.",
     ("prices would rise again in spring", "Kenji Sato", "reported")),
    ("Wages will outpace prices this year, said Maria Lopez, chief economist at Harbor Bank, on Monday.",
     ("Wages will outpace prices this year", "Maria Lopez", "reported")),
    ("The strike will end within days, said Ivo Bran, a spokesman for the dockers' union.",
     ("The strike will end within days", "Ivo Bran", "reported")),
    # "<organisation> <title> <person>": the person speaks, not the institution
    ("Central Bank Chair Ana Ruiz said the bank would hold rates steady.",
     ("the bank would hold rates steady", "Ana Ruiz", "reported")),
    ("“We have the votes,” White House Press Secretary Karoline Leavitt told reporters.",
     ("We have the votes", "Karoline Leavitt", "")),
    ("Bank of England Governor Andrew Bailey said that inflation would fall in the spring.",
     ("inflation would fall in the spring", "Andrew Bailey", "reported")),
    # a lower-case role between the organisation and the name
    ("“We will respond,” Foreign Ministry spokesperson Mao Ning told a regular briefing.",
     ("We will respond", "Mao Ning", "")),
    ("“Demand is soft,” Fundstrat head of research Tom Lee said on Monday.", ("Demand is soft", "Tom Lee", "")),
    ("“The deal is done,” the bank's chief economist Ana Ruiz said.", ("The deal is done", "Ana Ruiz", "")),
    ("“The deal is done,” but the minister said otherwise.", ("The deal is done", "", "")),
    ("“The deal is done,” but the ministry said otherwise.", ("The deal is done", "", "")),
    # an institution with "of" or a title word inside its name stays the institution (by its
    # canonical name where the alias table knows it)
    ("The Ministry of Foreign Affairs said that the talks were candid.",
     ("the talks were candid", "Foreign Ministry", "reported")),
    ("The Senate Foreign Relations Committee said that the treaty needed changes.",
     ("the treaty needed changes", "Senate Foreign Relations Committee", "reported")),
    ("Chancellor Ines Berg and Bank of England Governor Andrew Bailey said that talks went well.",
     ("talks went well", "", "reported")),
])
def test_the_person_beside_an_organisation_speaks(text, expected):
    assert facts(text) == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Karoline Leavitt told reporters the president would sign the bill.",
     ["the president would sign the bill"]),
    ("Ana Ruiz told a news conference that rates would stay at 4%.", ["rates would stay at 4%"]),
    ("Li Wen told state television on Sunday the economy grew 5% last year.", ["the economy grew 5% last year"]),
    ("Tom Lee told CNN in an interview the market had already hit bottom.", ["the market had already hit bottom"]),
    ("Jon Berg, the mayor's aide, told lawmakers the city needed 200 new buses.",
     ["the city needed 200 new buses"]),
    ("Ana Ruiz tells voters the plan will cut rents.", ["the plan will cut rents"]),
    # an order, a topic, a place, a noun phrase: nothing reported
    ("Ana Ruiz told reporters to leave the room.", []),
    ("Ana Ruiz told reporters about the new budget rules.", []),
    ("Ana Ruiz told reporters at the White House.", []),
    ("Ana Ruiz told reporters the details of the plan.", []),
])
def test_told_an_audience_reports_what_follows(text, expected):
    assert reported_spans(text) == expected


@pytest.mark.parametrize("text,expected", [
    # "added" with an object: something was added, nothing was said
    ("The company added 2,000 jobs last year.", []),
    ("Retailers added 50,000 jobs in May, the survey showed.", []),
    ("The bank added 15 branches in Texas.", []),
    ("She added three more names to the list.", []),
    ("Officials added the 40 bodies found on Tuesday to the toll.", []),  # a participle after its noun
    ("The airline added three flights that will serve Lisbon from June.", []),  # a relative clause
    # a relative clause inside what was said
    ("He added the plant that closed in May had 300 workers.", ["the plant that closed in May had 300 workers"]),
    # "added" before "that", a colon or a clause reports speech
    ("He added 20 people had died in the floods.", ["20 people had died in the floods"]),
    ("The minister added the government would review the plan in May.",
     ["the government would review the plan in May"]),
    ("Ana Ruiz added that 300 homes had been lost.", ["300 homes had been lost"]),
    # an irregular past, a present tense, a clause opening with a figure
    ("Police chief Dana Ruiz added the officers found 12 bodies at the site.",
     ["the officers found 12 bodies at the site"]),
    ("He added the firm sold 3 million phones in 2025.", ["the firm sold 3 million phones in 2025"]),
    ("She added the town faces a $3 million shortfall.", ["the town faces a $3 million shortfall"]),
    ("He added 1,200 people had died in the floods.", ["1,200 people had died in the floods"]),
    ("The mayor added 3.5 million people were without power.", ["3.5 million people were without power"]),
    ("Mr Lee added 40% of voters backed the plan.", ["40% of voters backed the plan"]),
])
def test_added_reports_speech_only_before_a_clause(text, expected):
    assert reported_spans(text) == expected


def test_added_before_a_late_that_still_speaks():
    doc = document_from_text("t", "Ana Smith added in an interview with the Financial Times last week that rates "
                                  "would rise to 5%.")
    assert [f.speaker for f in extract_document(doc) if f.kind == "percent"] == ["Ana Smith"]


def test_who_adds_something_is_no_speaker():
    doc = document_from_text("t", "Employers added 250,000 jobs in March. Retailers added 40,000.")
    found = extract_document(doc)
    assert [f.surface for f in found if f.kind == "person"] == []
    assert {f.speaker for f in found} == {""}


@pytest.mark.parametrize("text, speaker", [
    # a surname alone opening the sentence before, given in full earlier
    ('Gregory Thale was jailed.\n\nLena Ostrowski testified at trial.\n\nThale, dressed in a grey suit, '
     'spoke briefly. "I am sorry," he said.', "Gregory Thale"),
    # the one person the sentence before names, though not as its subject
    ('Gregory Thale was jailed.\n\nAmong the investors in court was Janet Fairley, a retired librarian. '
     '"I have had to sell my home," she said.', "Janet Fairley"),
    # a subject with her age in apposition
    ('Gregory Thale was jailed.\n\nJanet Fairley, 71, lost $240,000. "I have had to sell my home," she said.',
     "Janet Fairley"),
    ('The mayor spoke first.\n\nTom Reed, Harbor\'s chief engineer, inspected the bridge. "It is safe," he said.',
     "Tom Reed"),
    ('Tom Reed was hurt when a car hit him. "It was awful," he said.', "Tom Reed"),
    # a place opening the sentence after a preposition is where, not who
    ('Crews worked all night.\n\nOn Ridge Road, where six houses burned, Karen Wills stood in the ash. '
     '"We had maybe ten minutes," she said.', "Karen Wills"),
    ('The quake struck at dawn.\n\nNear Halveri, rescuer Anna Berg dug through the rubble. '
     '"There is still hope," she said.', "Anna Berg"),
    ('Storms hit the coast.\n\nAlong Main Street, shop owner Rosa Diaz swept up glass. "We will reopen," she said.',
     "Rosa Diaz"),
])
def test_he_or_she_is_the_person_the_sentence_before_names(text, speaker):
    assert [quote_speaker for _, quote_speaker, _ in facts(text)] == [speaker]


@pytest.mark.parametrize("text", [
    'Police arrested Mark Hale, 19, on Monday. "We are relieved," she said.',
    'The ministry did not name Gregory Thale in its statement. "We cannot comment on individuals," he said.',
    'Tributes were paid to Maria Lopez, who died on Monday. "She was the heart of this town," he said.',
    'Police named the victim as Maria Lopez, 34. "We are devastated," he said.',
    # the sentence refers to its person as "her": "he" is someone else
    'Maria Lopez was killed when a car hit her. "It was awful," he said.',
])
def test_he_or_she_is_never_a_person_the_sentence_before_names_as_an_object(text):
    assert [quote_speaker for _, quote_speaker, _ in facts(text)] == [""]


def test_he_or_she_after_a_sentence_naming_two_people_is_neither():
    text = ('Gregory Thale was jailed.\n\nAmong those in court were Janet Fairley and Walter Brennan. '
            '"I have had to sell my home," she said.')
    assert [quote_speaker for _, quote_speaker, _ in facts(text)] == [""]


@pytest.mark.parametrize("text, expected", [
    ('"We will appeal," Kessler said outside the courthouse.', [("We will appeal", "Kessler", "")]),
    ('"You made a choice," Judge Ana Ruiz said as she handed down the sentence.',
     [("You made a choice", "Ana Ruiz", "")]),
    ('"We are shocked," Hale said Friday night after jurors returned the verdict.', [("We are shocked", "Hale", "")]),
    # with "that" or a clause after an occasion, the attribution goes on to report more
    ('\u201cWe will appeal,\u201d Kessler said on Friday the verdict would be overturned.',
     [("We will appeal", "Kessler", ""), ("the verdict would be overturned", "Kessler", "reported")]),
    ('\u201cWe will appeal,\u201d Kessler said on Friday that the firm would pay.',
     [("We will appeal", "Kessler", ""), ("the firm would pay", "Kessler", "reported")]),
])
def test_the_words_after_a_quotes_attribution_report_nothing_without_that(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text, speaker", [
    ("Home Secretary Yvette Cooper met union leaders. The union general secretary said the talks had failed.",
     "secretary"),
    ("Home Secretary Yvette Cooper spoke first. Her private secretary said the speech had been rewritten.",
     "secretary"),
    ("Home Secretary Yvette Cooper met police chiefs. The home secretary said crime had fallen.", "Yvette Cooper"),
    # words that describe the holder leave the office as it is
    ("Prime Minister Keir Starmer visited Leeds on Monday. The embattled prime minister said the plan would work.",
     "Keir Starmer"),
])
def test_an_office_qualified_otherwise_than_a_title_is_another_office(text, speaker):
    assert [quote_speaker for _, quote_speaker, _ in facts(text)] == [speaker]


def test_a_participle_after_an_inverted_attribution_keeps_its_speaker():
    text = ("Prices rose 3.1% in the year to January, said Ana Ruiz, an economist at Barclays, "
            "adding that rents were the main driver.")
    assert facts(text) == [("Prices rose 3.1% in the year to January", "Ana Ruiz", "reported"),
                           ("rents were the main driver", "Ana Ruiz", "reported")]


@pytest.mark.parametrize("text,expected", [
    # the next sentence, the next paragraph, and on from quote to quote
    ("“We will not raise rates,” Ana Ruiz told a news conference. “The economy is strong.”",
     ["Ana Ruiz", "Ana Ruiz"]),
    ("“A long wait is over,” Ana Ruiz said.\n\n“The economy is strong.” “Jobs are growing.”",
     ["Ana Ruiz", "Ana Ruiz", "Ana Ruiz"]),
    # an attribution with no words of its own, and reported speech, just before
    ("Omar Haddad said on Tuesday. “The port reopens next week.”", ["Omar Haddad"]),
    ("Omar Haddad, the harbour master, told reporters.\n\n“The port reopens next week.”", ["Omar Haddad"]),
    ("Ana Ruiz said rates would stay high. “The economy is strong.”", ["Ana Ruiz", "Ana Ruiz"]),
    ("Ruiz told a news conference. “The economy is strong,” she added.", ["Ruiz"]),
    # not continued: its own attribution, a sentence or paragraph between, not a sentence of its own,
    # two speakers before
    ("“A long wait is over,” Ana Ruiz said. “The economy is strong,” Tom Lee said.", ["Ana Ruiz", "Tom Lee"]),
    ("“A long wait is over,” Ana Ruiz said. The bank met in May. “The economy is strong.”", ["Ana Ruiz", ""]),
    ("“A long wait is over,” Ana Ruiz said.\n\nThe bank met in May.\n\n“The economy is strong.”",
     ["Ana Ruiz", ""]),
    ("“A long wait is over,” Ana Ruiz said. “The economy is strong” was the slogan.", ["Ana Ruiz", ""]),
    ("“A long wait is over,” Ana Ruiz and Tom Lee said. “The economy is strong.”", ["", ""]),
])
def test_a_quote_standing_alone_continues_the_speaker_just_before(text, expected):
    assert [speaker for _, speaker, _ in facts(text)] == expected


def test_reported_speech_inside_a_direct_quote_is_kept_with_its_own_speaker():
    text = "Yury Ushakov said: “Vladimir Putin emphasised that Russia will act with restraint.”"
    assert facts(text) == [("Vladimir Putin emphasised that Russia will act with restraint", "Yury Ushakov", ""),
                           ("Russia will act with restraint", "Vladimir Putin", "reported")]


def test_a_bare_title_names_nobody_unless_an_enclosing_quote_does():
    assert facts("The President noted that the treaty expires tomorrow.") == [
        ("the treaty expires tomorrow", "", "reported")]
    assert facts("Yury Ushakov said: “The President noted that the treaty expires tomorrow.”")[1] == (
        "the treaty expires tomorrow", "Yury Ushakov", "reported")


def test_joint_speakers_name_nobody_but_keep_the_claim():
    assert facts("Xi and Putin said that the partnership was at its best level.") == [
        ("the partnership was at its best level", "", "reported")]


def test_quote_inside_a_transcript_passage_takes_the_label():
    text = ("President of Freedonia Rufus Firefly: Good morning.\n\n"
            "We wish you, as the saying goes, “success in all your undertakings,” and peace.")
    assert facts(text) == [("success in all your undertakings", "Rufus Firefly", "")]


def test_nested_single_quotes_are_part_of_the_outer_quote():
    (quote,) = extract_document(document_from_text("t", "Lee said: “They called it ‘a disaster’ then.”"),
                                [quotes])
    assert quote.surface == "They called it ‘a disaster’ then"
    assert quote.value == "They called it 'a disaster' then"


def test_two_straight_quotes_in_one_sentence_pair_up():
    found = facts('Ellis said "we will win" and later "never again" to the crowd.')
    assert [surface for surface, _, _ in found] == ["we will win", "never again"]


@pytest.mark.parametrize("gap", [" ", "  "])
@pytest.mark.parametrize("open_, close", [("'", "'"), ("‘", "’")])
def test_single_quoted_words_ending_in_s_pair_up_when_another_quote_opens_after(gap, open_, close):
    # "votes’ or" could be a plural possessive; a mark opening a new quote after it says it closed.
    text = f"The mayor urged {open_}votes{close}{gap}or {open_}seats{close} for the party."
    assert [surface for surface, _, _ in facts(text)] == ["votes", "seats"]


@pytest.mark.parametrize("gap", [" ", "  "])
def test_a_plural_possessive_inside_a_single_quote_does_not_close_it(gap):
    text = f"‘The farmers’{gap}union will strike,’ Ada Moss said."
    assert facts(text) == [(f"The farmers’{gap}union will strike", "Ada Moss", "")]


def test_a_sentence_reads_by_the_quotes_around_it_even_when_seen_before():
    """Reported speech is read sentence by sentence and cached by sentence text: the same
    sentence closes a direct quote in one report (the clause stops at the mark) and holds a
    stray mark in another (the clause runs to the sentence end)."""
    quoted = facts("Ann Cole said: “We won. Lee said that the port will reopen soon.”")
    stray = facts("Ann Cole said: We won. Lee said that the port will reopen soon.”")
    assert quoted == [("We won. Lee said that the port will reopen soon", "Ann Cole", ""),
                      ("the port will reopen soon", "Lee", "reported")]
    assert stray == [("the port will reopen soon.”", "Lee", "reported")]


def test_repeated_reports_give_the_same_quotes_at_their_own_offsets():
    text = "“Trade grew,” Lee said. He noted that the port will reopen soon."
    alone = extract_document(document_from_text("t", text), [quotes])
    later = extract_document(document_from_text("t", "A storm came.\n\n" + text), [quotes])
    shift = len("A storm came.\n\n")
    assert [(f.start + shift, f.end + shift, f.value, f.speaker, f.note) for f in alone] == [
        (f.start, f.end, f.value, f.speaker, f.note) for f in later]
    assert [(f.value, f.speaker) for f in later] == [("Trade grew", "Lee"), ("the port will reopen soon", "Lee")]


@pytest.mark.parametrize("text,speaker", [
    ("Ushakov pointed out that the talks were long and hard.", "Ushakov"),
    ("Lee emphasized that the talks were long and hard.", "Lee"),
    ("Lee emphasised that the talks were long and hard.", "Lee"),
])
def test_every_speech_verb_is_scanned_for(text, speaker):
    assert [(s, note) for _, s, note in facts(text)] == [(speaker, "reported")]


@pytest.mark.parametrize("raw,value", [
    ("  It’s  “done”,\n ", "It's done"),
    ("the law of the jungle.", "the law of the jungle"),
    ("Russia’s ‘red lines’ hold!", "Russia's 'red lines' hold"),
    ("\u00a0Trade\u2002rose …", "Trade rose"),
])
def test_normalise_quote(raw, value):
    assert normalise_quote(raw) == value


def test_fact_ids_are_unique_and_qualifiers_follow_the_note():
    text = ('Xi said that the sides must "respect each other" and Putin said: “We agree fully.” '
            "“Indeed,” Xi added.")
    found = extract_document(document_from_text("t", text), [quotes])
    assert len({f.fact_id for f in found}) == len(found) == 4
    assert {(f.note, f.qualifier) for f in found} == {("reported", "approx"), ("", "exact"), ("fragment", "exact")}


def test_seed_smoke_check():
    """Speakers and fragments the seed reports are known to hold (checked by reading them)."""
    found = {}
    for doc in load_corpus("seeds"):
        for fact in extract_document(doc, [quotes]):
            found.setdefault(doc.doc_id[:3], []).append(fact)
    wang = [(f.value, f.speaker, f.note) for f in found["003"] if f.note == "fragment"]
    assert ("the law of the jungle", "Wang Yiwei", "fragment") in wang
    assert ("rare certainty", "Wang Yiwei", "fragment") in wang
    assert any(f.value == "chart the direction and course for China-U.S. relations" and f.note == ""
               and f.speaker == "Xi" for f in found["003"])
    ushakov = [f for f in found["000"] if f.origin == "Kremlin" and f.note == "" and f.speaker == "Yury Ushakov"]
    assert len(ushakov) == 14  # "He also noted that: “…” and added: “…”", then 12 paragraphs of one quote


# --- invariants -----------------------------------------------------------------------------

MARKS = st.sampled_from(['"', "“", "”", "‘", "’", "'", "„", "\n", "\n\n", " ", ", she said. ", "5'10\" ",
                         "Xi said: ", " said that ", "China’s ", "’90s ", "He added: ", "Jane Doe: "])
WORDS = st.text(st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")), max_size=12)
TEXTS = st.lists(st.one_of(MARKS, WORDS), max_size=40).map("".join)


@SLOW
@given(TEXTS)
def test_any_text_yields_quotes_that_slice_and_stay_within_a_paragraph(text):
    doc = document_from_text("t", text)
    if not doc.usable:
        return
    found = extract_document(doc, [quotes])
    for fact in found:
        assert doc.text[fact.start:fact.end] == fact.surface
        assert fact.surface.strip() == fact.surface and fact.surface
        assert "\n" not in fact.surface
        assert fact.note in ("", "fragment", "reported", "unclosed")
    assert len({f.start for f in found}) == len(found)


PARAGRAPH = st.tuples(st.booleans(), st.lists(st.sampled_from(["trade", "grew", "fast", "and", "ties"]),
                                              min_size=1, max_size=6), st.booleans())


@SLOW
@given(st.lists(PARAGRAPH, min_size=1, max_size=5))
def test_multi_paragraph_convention(paragraphs):
    """A quote continues into a paragraph exactly when the one before is left open and the next
    reopens with a mark; every part is a fact of its own paragraph with the opening speaker."""
    parts, chain_open, expected, speaker = [], False, [], None
    for index, (reopen, words, close) in enumerate(paragraphs):
        opens = index == 0 or reopen
        body = " ".join(words) + "."
        parts.append(("Ana Ruiz said: “" if index == 0 else "“" if reopen else "") + body + ("”" if close else ""))
        if index == 0:
            speaker = "Ana Ruiz"
        elif opens and not chain_open:
            speaker = None  # a new quote nobody introduced
        if opens:
            expected.append((body[:-1], speaker))
        chain_open = opens and not close
    text = "\n\n".join(parts)
    found = [(f.surface, f.speaker) for f in extract_document(document_from_text("t", text), [quotes])]
    assert [surface for surface, _ in found] == [surface for surface, _ in expected]
    for (_, speaker), (_, want) in zip(found, expected, strict=True):
        if want is not None:
            assert speaker == want


CUES = st.sampled_from([" said ", " said that ", ", saying ", " and reiterated that ", ", urging ", " noted, ",
                        "Noting that ", " expressed ", " stressed the need for ", ", according to analysts, ",
                        "It was pointed out that ", ", Lee said. ", " the two leaders agreed that ", "Ruiz ", "he ",
                        " and ", ", ", ". ", "“", "”"])
CUE_TEXTS = st.lists(st.one_of(CUES, st.sampled_from(["trade", "grew", "fast", "ties", "the port"])),
                     max_size=30).map("".join)


@SLOW
@given(CUE_TEXTS)
def test_reported_spans_never_overlap_and_slice_to_their_surface(text):
    doc = document_from_text("t", text)
    if not doc.usable:
        return
    found = sorted((f for f in extract_document(doc, [quotes]) if f.note == "reported"), key=lambda f: f.start)
    for fact in found:
        assert doc.text[fact.start:fact.end] == fact.surface and fact.surface.strip() == fact.surface
    for left, right in pairwise(found):
        assert left.end <= right.start


@pytest.mark.parametrize("text,expected", [
    # a body, a voice or a paper named by a common noun speaks: the head noun, lower-cased
    ("The ministry said that talks would resume in March.",
     [("talks would resume in March", "ministry", "reported")]),
    ("The ministry said in a statement on Wednesday that talks would resume in March.",
     [("talks would resume in March", "ministry", "reported")]),
    ("Talks with the union will resume in March, the ministry said.",
     [("Talks with the union will resume in March", "ministry", "reported")]),
    ("The company told reporters that the plant would close in June.",
     [("the plant would close in June", "company", "reported")]),
    ("Police said the two men were arrested near the border.",
     [("the two men were arrested near the border", "police", "reported")]),
    ("Senior officials said that the bridge would reopen in May.",
     [("the bridge would reopen in May", "officials", "reported")]),
    # a paper of unknown issuer names nobody, as for the figures beside it
    ("A statement said that the bridge would reopen in May.",
     [("the bridge would reopen in May", "", "reported")]),
    ("A government spokeswoman said the fares would rise by a tenth.",
     [("the fares would rise by a tenth", "government", "reported")]),
    ("A spokesman for the agency said that the launch was delayed.",
     [("the launch was delayed", "agency", "reported")]),
    # direct quotes with the attribution after or before them
    ("“Talks will resume in March,” the ministry said.", [("Talks will resume in March", "ministry", "")]),
    ("“We will appeal,” a company spokesman told reporters.", [("We will appeal", "company", "")]),
    ("The bank said: “Rates will stay where they are.”", [("Rates will stay where they are", "bank", "")]),
    # a person named just before the noun keeps speaking; the noun as an object names nobody
    ("Acme chief Jane Roe said the company would hire 300 workers.",
     [("the company would hire 300 workers", "Jane Roe", "reported")]),
    ("“We will appeal,” Jane Roe told the company.", [("We will appeal", "Jane Roe", "")]),
    ("The bank said nothing.", []),
    ("Trade grew, officials said.", []),
])
def test_a_body_named_by_a_common_noun_speaks(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,speaker", [
    ("Senator John Thune of South Dakota said the vote would wait.", "John Thune"),
    ("The vote would wait, said Senator John Thune of South Dakota.", "John Thune"),
    ("Mayor Ana Ruiz of Lyon said that the trams would run all night.", "Ana Ruiz"),
    ("Ana Ruiz from Texas said the vote would wait.", "Ana Ruiz"),
    ("Rep. Ana Ruiz (D-Texas) said the vote would wait.", "Ana Ruiz"),
    ("Acme (ACME.N) said the plant would close in June.", "Acme"),
    # institutions with "of" stay whole
    ("The Bank of England said the vote would wait.", "Bank of England"),
    ("The University of Sydney said the vote would wait.", "University of Sydney"),
])
def test_a_person_of_a_place_speaks_not_the_place(text, speaker):
    assert [who for _, who, _ in facts(text)] == [speaker]


@pytest.mark.parametrize("text,expected", [
    # the verb before the body: "…, said the ministry." reads as "…, the ministry said."
    ("Talks with the union will resume in March, said the ministry.",
     [("Talks with the union will resume in March", "ministry", "reported")]),
    ("The bridge over the river will reopen in May, said a council spokeswoman on Friday.",
     [("The bridge over the river will reopen in May", "council", "reported")]),
    ("The plant will close in June after eight decades, said a spokesman for the company.",
     [("The plant will close in June after eight decades", "company", "reported")]),
    ("The plant will close in June after eight decades, said the Foreign Ministry.",
     [("The plant will close in June after eight decades", "Foreign Ministry", "reported")]),
    ("“We will appeal the ruling,” said the airline.", [("We will appeal the ruling", "airline", "")]),
    ("“We will appeal the ruling,” said a company spokesman.", [("We will appeal the ruling", "company", "")]),
    # a named body after "the", before or after the verb, is that body, not its common noun
    ("“We will not accept new tariffs,” the Foreign Ministry said.",
     [("We will not accept new tariffs", "Foreign Ministry", "")]),
    ("“Rates will stay where they are,” said the Bank of England.",
     [("Rates will stay where they are", "Bank of England", "")]),
    # the noun as an object or in a clause is no speaker
    ("The plant will close in June after eight decades, said the head of the ministry.", []),
    ("“We will appeal the ruling,” Jane Roe told the company.", [("We will appeal the ruling", "Jane Roe", "")]),
])
def test_a_body_named_after_an_inverted_verb_speaks(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,expected", [
    # analysts, experts and observers opening a sentence speak as they do after the clause
    ("Analysts said that inflation would slow to 3% next year.",
     [("inflation would slow to 3% next year", "analysts", "reported")]),
    ("Experts say the drought will cut the wheat harvest by a fifth.",
     [("the drought will cut the wheat harvest by a fifth", "analysts", "reported")]),
    ("Observers noted that turnout fell to 48% in the capital.",
     [("turnout fell to 48% in the capital", "analysts", "reported")]),
    ("Inflation would slow to 3% next year, analysts said.",
     [("Inflation would slow to 3% next year", "analysts", "reported")]),
])
def test_generic_people_opening_a_sentence_speak_as_after_the_clause(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize("text,speaker", [
    # a body noun means the nearest organisation named before it whose name holds the noun
    ("The Foreign Ministry summoned the envoy on Monday. The ministry said that talks would resume in March.",
     "Foreign Ministry"),
    ("The Bank of England held rates. “We will act if prices climb again,” the bank said.", "Bank of England"),
    ("Victoria Police arrested two men on Friday.\n\nPolice said the men were held near the border.",
     "Victoria Police"),
    ("The Interior Ministry named a new chief. The Defence Ministry said on Monday that the drill would go on. "
     "The ministry added that the drill would end on Friday.", "Defence Ministry"),
    # or a kind that the noun is a generic for: a firm, an airline, a central bank
    ("Acme Corp reported a loss on Thursday. The company said its plant in Ohio would close.", "Acme Corp"),
    ("Qantas Airways cancelled a dozen flights. The airline said that the storm had closed two runways.",
     "Qantas Airways"),
    ("The Reserve Bank of Australia held its rate on Tuesday. Prices would cool by December, the central bank "
     "said.", "Reserve Bank of Australia"),
    ("Russia's Defence Ministry reported the strike. The ministry said the drones were downed near the border.",
     "Russia's Defence Ministry"),
    # no such organisation before: the noun speaks as written
    ("The ministry said that talks would resume in March. The Foreign Ministry hosted the envoys.", "ministry"),
    ("The World Bank cut its forecast. The central bank said that rates would stay where they are.",
     "central bank"),
    ("Bank of America raised its forecast. The central bank said that rates would stay where they are.",
     "central bank"),
    ("The Bank of Japan held its rate. The central bank said that rates would stay where they are.",
     "Bank of Japan"),
    ("Reuters reported the deal first. The company said the plant in Ohio would close.", "company"),
    # "the union" is a trade union, never a union of states
    ("The European Union imposed tariffs. The union said that pay talks would resume in March.", "union"),
    ("The African Union met in Addis Ababa. The union said that pay talks would resume in March.", "union"),
    ("The EU imposed tariffs. The union said that pay talks would resume in March.", "union"),
    ("The Transport Workers Union called a strike. The union said that pay talks would resume in March.",
     "Transport Workers Union"),
    ("The Australian Workers Union called a strike. The union said that pay talks would resume in March.",
     "Australian Workers Union"),
    # a company named by one word, known by a company's cue ("shares of", "said in a statement")
    ("Shares of Tesla fell on Monday. Tesla cut prices again. The company said the plant in Ohio would close.",
     "Tesla"),
    ("Rates rose again. Westpac chief economist Luci Ellwood left. The company said that the branch would close.",
     "Westpac"),
    ("John Smith quit on Monday. Later, Smith said in a statement that he was sorry. The company said that the "
     "plant in Ohio would close.", "company"),
])
def test_a_body_noun_means_the_organisation_named_before(text, speaker):
    found = facts(text)
    assert [who for _, who, _ in found][-1] == speaker


def test_a_body_of_that_kind_brought_in_since_stops_a_body_noun_meaning_an_earlier_name():
    text = ("Tesla Inc cut prices on Monday. In other news, a small firm in Ohio went bust. "
            "The firm said its debts reached $2 million.")
    doc = document_from_text("t", text)
    speakers = {f.speaker for f in extract_document(doc) if f.kind in ("quote", "money")}
    assert speakers == {"firm"}


@pytest.mark.parametrize("text,speaker", [
    # a paper speaks for whoever issued it; its modifiers name that body, except where it was lodged
    ("A court filing said the bank would pay the fine in June.", ""),
    ("The two men sold the shares early, a court filing said.", ""),
    ("“We did nothing wrong,” a court filing said.", ""),
    ("A regulatory filing said that the mine would close in June.", ""),
    ("A ministry statement said that the drill would end on Friday.", "ministry"),
    ("A Foreign Ministry statement said that the drill would end on Friday.", "Foreign Ministry"),
    # "the statement" is the one last mentioned, and its issuer speaks; else nobody does
    ("Acme Corp issued a statement on Monday. The statement said the plant would close in June.", "Acme Corp"),
    ("Acme Corp said in a statement that sales fell. The statement added that the plant would close in June.",
     "Acme Corp"),
    ("In a statement, Ana Ruiz said sales fell. “The plant will close in June,” the statement said.", "Ana Ruiz"),
    ("The Foreign Ministry issued a statement on Friday. The statement said the drill would end on Monday.",
     "Foreign Ministry"),
    ("The Foreign Ministry met the envoy. The ministry issued a statement. The statement said the drill would "
     "end on Monday.", "Foreign Ministry"),
    ("The statement said the plant would close in June.", ""),
    ("Acme Corp issued a statement. Unions sent a statement too. The statement said the plant would close in June.",
     ""),
])
def test_a_paper_speaks_for_whoever_issued_it(text, speaker):
    assert [who for _, who, _ in facts(text)][-1] == speaker


@pytest.mark.parametrize("text,speaker", [
    # a common noun opening the attribution speaks in lower case, whatever its capital
    ("“It is over,” Police said.", "police"),
    ("“It is over,” Officials told reporters.", "officials"),
    ("Police said: “It is over.”", "police"),
    ("“It is over,” said Police.", "police"),
    ("Victoria Police made two arrests. “It is over,” Police said.", "Victoria Police"),
    # names keep their capitals
    ("“It is over,” Ana Ruiz said.", "Ana Ruiz"),
    ("“It is over,” Victoria Police said.", "Victoria Police"),
])
def test_a_capitalised_common_noun_speaks_as_in_lower_case(text, speaker):
    assert [who for _, who, _ in facts(text)][-1] == speaker


@pytest.mark.parametrize("text,speaker", [
    # a body the alias table knows speaks by its one name, however a report writes it
    ("The RBA said that rates would stay where they are.", "Reserve Bank of Australia"),
    ("“Rates will stay where they are,” the RBA said.", "Reserve Bank of Australia"),
    ("The Reserve Bank of Australia said that rates would stay where they are.", "Reserve Bank of Australia"),
    ("“Rates will stay where they are,” said the Fed.", "Federal Reserve"),
    ("The EU said that tariffs would rise in June.", "European Union"),
    ("“We are confident,” Apple Inc. said.", "Apple Inc"),
    ("“We are confident,” Apple Inc said.", "Apple Inc"),
    # an origin label stays the label
    ("The Chinese Foreign Ministry said that talks would resume in March.", "MFA"),
])
def test_one_body_written_two_ways_is_one_speaker(text, speaker):
    assert [who for _, who, _ in facts(text)] == [speaker]


@pytest.mark.parametrize("text,speaker", [
    ("Later Smith said the deal was worth $5 million.", "Smith"),
    ("Meanwhile Jones said prices rose 5%.", "Jones"),
    ("On Monday Brown said 300 jobs would go.", "Brown"),
    ("Earlier Ana Ruiz said the plant would close.", "Ana Ruiz"),
])
def test_a_word_opening_the_sentence_is_no_part_of_its_speaker(text, speaker):
    figures = [fact for fact in extract_document(document_from_text("t", text, "2026-02-05"))
               if fact.kind in ("money", "percent", "count", "quote")]
    assert figures and {fact.speaker for fact in figures} == {speaker}


@pytest.mark.parametrize("text,speaker", [
    ("\u201cThis is not over,\u201d Reed's lawyer, Tom Hughes, told reporters outside the courthouse.", "Tom Hughes"),
    ("\u201cIt is over,\u201d the company's chief executive, Ana Ruiz, said on Monday.", "Ana Ruiz"),
    ("\u201cWe will rebuild,\u201d the town's mayor, Lena Ortiz, told a news conference.", "Lena Ortiz"),
])
def test_a_name_set_off_after_its_role_speaks_the_quote_before_it(text, speaker):
    assert [who for _, who, _ in facts(text)] == [speaker]


@pytest.mark.parametrize("text,speaker", [
    # by the name "The UN said" gives it: one speaker however the report cites it
    ("According to a UN report released Thursday, 3.4 million people have fled.", "United Nations"),
    ("According to data from the ministry, exports rose 5%.", "ministry"),
    ("According to a Reuters tally, 45 people died.", "Reuters"),
    ("According to a statement by the Kremlin, the talks lasted two hours.", "Kremlin"),
    ("According to analysis, 45 people died.", ""),  # a source owned by nobody names nobody
    ("According to the World Bank, growth slowed to 2.1%.", "World Bank"),
])
def test_the_owner_of_a_source_after_according_to_speaks(text, speaker):
    figures = [fact for fact in extract_document(document_from_text("t", text, "2026-02-05"))
               if fact.kind in ("money", "percent", "count", "duration")]
    assert figures and {fact.speaker for fact in figures} == {speaker}


@pytest.mark.parametrize("text,expected", [
    # an occasion between "said" and a clause without "that"
    ("The company said on Tuesday it would cut 1,000 jobs.", ("it would cut 1,000 jobs", "company")),
    ("The ministry said in a statement the plant would close in June.", ("the plant would close in June", "ministry")),
    ("Ana Ruiz said at a news conference in Paris the talks had failed.", ("the talks had failed", "Ana Ruiz")),
    ("Ana Ruiz said on Monday night the talks had failed.", ("the talks had failed", "Ana Ruiz")),
    # a count opening the clause
    ("Officials said at least 12 people were killed in the blast.", ("at least 12 people were killed in the blast",
                                                                    "officials")),
    ("Police said about 500 homes were lost in the fire.", ("about 500 homes were lost in the fire", "police")),
    # "told <audience>" closing the sentence, as "said" does
    ("At least 12 people were killed, local officials told AFP.", ("At least 12 people were killed", "officials")),
    ("Talks will resume in March, Ana Ruiz told reporters in Beijing.", ("Talks will resume in March", "Ana Ruiz")),
    ("The plant will close in June, a company spokesman told Reuters on Tuesday.",
     ("The plant will close in June", "company")),
])
def test_reports_with_an_occasion_a_count_or_a_closing_told_are_read(text, expected):
    assert [(surface, speaker) for surface, speaker, _ in facts(text)] == [expected]


@pytest.mark.parametrize("text", [
    "Ana Ruiz said on Tuesday.",
    "Ana Ruiz said in an interview with the BBC.",
    "Ana Ruiz said at the meeting in Paris.",
    "Ana Ruiz told reporters on Tuesday.",
])
def test_an_occasion_with_no_clause_after_it_reports_nothing(text):
    assert facts(text) == []


def test_a_participle_after_told_and_its_audience_is_no_told_clause():
    text = "“We will not raise taxes,” Ana Ruiz told reporters on Tuesday, adding that the budget was balanced."
    assert facts(text) == [("We will not raise taxes", "Ana Ruiz", ""),
                           ("the budget was balanced", "Ana Ruiz", "reported")]


@pytest.mark.parametrize("text,surface", [
    ("The Kremlin said Putin had no plans to meet Zelensky, spokesman Dmitry Peskov told reporters.",
     "Putin had no plans to meet Zelensky"),
    ("The ministry said the talks would resume in March, a spokesman said on Tuesday.",
     "the talks would resume in March"),
    ("Police said the suspect fled on foot, a police spokeswoman told AFP.", "the suspect fled on foot"),
])
def test_an_attribution_closing_the_sentence_ends_the_report_before_it(text, surface):
    assert facts(text)[0][0] == surface


def test_a_participle_after_a_closing_told_is_the_only_report_after_it():
    text = "Police said the suspect fled on foot, a spokeswoman told AFP, adding that a search was under way."
    assert facts(text) == [("the suspect fled on foot", "police", "reported"),
                           ("a search was under way", "police", "reported")]


def test_a_parenthetical_attribution_inside_a_report_stays_in_it():
    assert facts("Ana Ruiz said that prices, Tom Lee said, would rise.") == [
        ("prices, Tom Lee said, would rise", "Ana Ruiz", "reported")]


@pytest.mark.parametrize("text,speaker", [
    # people or officials are anonymous only with the words that say so
    ("People with disabilities said the new rules were unfair to them.", None),
    ("Officials with the health ministry said at least 12 people died.", "Health Ministry"),
    ("A person who asked not to be named said the deal was close.", "sources"),
    # a paper with its owner is no analyst
    ("A Treasury analysis said the plan would cost far more than planned.", None),
])
def test_who_is_an_anonymous_voice(text, speaker):
    found = [s for _, s, note in facts(text) if note == "reported"]
    assert found == ([] if speaker is None else [speaker])


@pytest.mark.parametrize("text,speaker", [
    ("“Rates will stay high,” said Lena Park. Markets fell after the remarks.", "Lena Park"),
    ("“We are not for sale,” said Okafor. Analysts doubted it.", "Okafor"),
    ("“The dam is safe,” said Water Minister Ravi Menon. John Roe disagreed with him.", "Ravi Menon"),
    # full stops inside a name run on: a title, an initial, a country's abbreviation
    ("“Talks will resume,” said Sen. Ana Ruiz.", "Ana Ruiz"),
    ("“Talks will resume,” said U.S. Trade Representative Ana Ruiz.", "Ana Ruiz"),
])
def test_the_speaker_after_said_ends_with_the_sentence(text, speaker):
    assert facts(text)[0][1] == speaker
