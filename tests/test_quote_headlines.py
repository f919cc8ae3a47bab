"""Quotes: headline labels, roles in lower case before a name, and anonymous voices after the quote."""

from __future__ import annotations

import pytest

from consistency import document_from_text
from consistency.extractors import extract_document, quotes


def facts(text: str):
    """(surface, speaker, note) of every quote fact of ``text``, in text order."""
    doc = document_from_text("t", text)
    return [(f.surface, f.speaker, f.note) for f in extract_document(doc, [quotes])]


def speakers(text: str) -> list[str]:
    """The speaker of every quote fact of ``text``, in text order."""
    return [speaker for _, speaker, _ in facts(text)]


# --- a headline or standfirst: "<name>: <quote>" ---------------------------------------------------

@pytest.mark.parametrize("text,speaker", [
    # one word names a person where the text names them in full or with a title, or has them speak
    ("Putin: ‘We will respond to any threat’\nVladimir Putin spoke in Moscow on Monday.", "Putin"),
    ('Ruiz: "The budget is balanced"\nThe deficit fell to 2%, Ruiz told reporters.', "Ruiz"),
    ("Starmer: “We will rebuild the railways”\n\nPrime Minister Keir Starmer spoke in Leeds.", "Starmer"),
    ("Zelensky (pictured): ‘We need more air defence’\nPresident Zelensky visited Kyiv.", "Zelensky"),
    ("Trump: ‘I will sign the bill on Friday’\nThe bill passed the Senate, said Trump.", "Trump"),
    ("Ana Ruiz: ‘The budget is balanced’", "Ana Ruiz"),  # a full name needs nothing more
    # a body speaks by its canonical name, a common noun in lower case
    ("Bank of England: ‘Rates will stay high for longer’", "Bank of England"),
    ("Fed: ‘Rates will stay where they are’", "Federal Reserve"),
    ("Police: ‘The suspect fled on foot’", "police"),
])
def test_a_line_opening_with_a_name_and_a_colon_gives_the_quote_its_speaker(text, speaker):
    assert speakers(text)[0] == speaker


@pytest.mark.parametrize("text", [
    "Update: ‘We are safe and the roads are open’",
    "Watch: “We will fight on until the end”",
    "Explainer: ‘What the new deal means for you’",
    "Exclusive: ‘We were never told about the cuts’",
    "Key points: ‘Rates stay high for longer’",
    "Question: ‘Will rates rise again this year?’",
    "Gaza: ‘We have nothing left to eat’",
    # a word the text itself writes in lower case is a common word, not a name
    "Warnings: ‘The river will burst its banks’\n\nOfficials issued warnings for three towns.",
    # the label must be the whole of the line before the quote
    "He had one message for voters: “We will win this election.”",
])
def test_a_colon_after_an_ordinary_word_names_nobody(text):
    assert speakers(text) == [""]


@pytest.mark.parametrize("text", [
    # one capitalised word the text never shows as a person is a topic, not a speaker
    "Brexit: ‘We will leave on time’\nThe government said Brexit would happen in March.",
    "Heatwave: ‘Stay indoors’\nHealth officials urged people to stay indoors on Tuesday.",
    "Omicron: ‘The next weeks will be hard’\nCases of the Omicron variant rose 40% in a week.",
    "Putin: ‘We will respond’\nMoscow will respond to any threat, the Kremlin said.",
])
def test_a_topic_before_a_colon_names_nobody(text):
    assert speakers(text)[0] == ""


@pytest.mark.parametrize("text,speaker", [
    ("Vladimir Putin: Friends, we meet again today.\n\nThe talks, frankly, are “a long way from finished”.",
     "Vladimir Putin"),
    ("Ursula von der Leyen: ‘The bloc will respond’", "Ursula von der Leyen"),
    ("Finance Minister Ana Ruiz: ‘Taxes will not rise’", "Ana Ruiz"),
])
def test_a_transcript_label_still_speaks_its_passage(text, speaker):
    assert speakers(text) == [speaker]


# --- a role in lower case between the quote and the name --------------------------------------------

@pytest.mark.parametrize("text,speaker", [
    ("“We will not stop,” de facto leader Ana Ruiz said.", "Ana Ruiz"),
    ("“We will not stop,” de facto ruler Ana Ruiz told reporters.", "Ana Ruiz"),
    ("“The ceasefire holds,” de facto president Tom Lee said on Monday.", "Tom Lee"),
])
def test_a_role_opening_with_a_particle_before_the_name_is_no_part_of_the_speaker(text, speaker):
    assert speakers(text) == [speaker]


@pytest.mark.parametrize("text,speaker", [
    ("“We will not stop,” said de facto leader Ana Ruiz.", "Ana Ruiz"),
    ("“We will not stop,” acting prime minister Tom Lee said.", "Tom Lee"),
    ("“It is over,” former president Luiz Lula da Silva said.", "Luiz Lula da Silva"),
    # a particle before a capital still opens the name
    ("“We were unlucky,” ten Hag said.", "ten Hag"),
    ("“The bloc will respond,” von der Leyen said.", "von der Leyen"),
])
def test_roles_and_particles_read_before_stay_as_they_were(text, speaker):
    assert speakers(text) == [speaker]


@pytest.mark.parametrize("text,expected", [
    ("The army will stay in the capital, de facto leader Ana Ruiz said.",
     ("The army will stay in the capital", "Ana Ruiz")),
    ("The port reopens next week, harbour master Joan Ellis said.", ("The port reopens next week", "Joan Ellis")),
    ("The budget will balance by 2027, said acting prime minister Tom Lee.",
     ("The budget will balance by 2027", "Tom Lee")),
    ("The budget will balance by 2027, said finance chief Luca Maestri on Monday.",
     ("The budget will balance by 2027", "Luca Maestri")),
    ("Talks will resume in March, Foreign Ministry spokesperson Mao Ning said.",
     ("Talks will resume in March", "Mao Ning")),
    ("The talks will resume in March, the club’s manager, Gary Neville, said.",
     ("The talks will resume in March", "Gary Neville")),
])
def test_a_report_before_a_role_and_a_name_is_the_named_persons(text, expected):
    assert [(surface, speaker) for surface, speaker, _ in facts(text)] == [expected]


@pytest.mark.parametrize("text,surface", [
    # a clause set off by commas before the name is part of the report, not a role
    ("The economy, hit by the war, shrank, Ana Ruiz said.", "The economy, hit by the war, shrank"),
    ("The deal, worth $5 billion, collapsed, Ana Ruiz said.", "The deal, worth $5 billion, collapsed"),
])
def test_words_set_off_before_a_name_without_a_role_word_stay_in_the_report(text, surface):
    assert facts(text) == [(surface, "Ana Ruiz", "reported")]


# --- a spokesperson for a body, before the verb -----------------------------------------------------

@pytest.mark.parametrize("text,speaker", [
    ("“The strike will go ahead,” a spokesperson for the union said.", "union"),
    ("“The strike will go ahead,” a spokesman for Unite said.", "Unite"),
    ("The strike will go ahead, a spokesperson for the union said.", "union"),
    ("The strike will go ahead on Monday, a spokeswoman for the Red Cross said.", "Red Cross"),
])
def test_a_spokesperson_for_a_body_after_the_quote_speaks_for_the_body(text, speaker):
    assert speakers(text) == [speaker]


# --- anonymous sources and analysts after the quote -------------------------------------------------

@pytest.mark.parametrize("text", [
    "The talks will resume in March, said a person familiar with the matter.",
    "The talks will resume in March, said two people briefed on the talks, who asked not to be named.",
    "The plant will close in June, said several sources close to the company.",
    "“It is done,” a source close to the club said.",
    "“It is done,” said a source close to the club.",
    "“The deal is off,” sources said on Tuesday.",
    "“The deal is off,” said two people familiar with the talks, who asked not to be named.",
    "“The deal is off,” one person with knowledge of the plans told Reuters.",
    "A source close to the club said: “The coach will stay.”",
    "Two people familiar with the matter said, “The deal is off.”",
])
def test_an_anonymous_source_speaks_as_sources_in_every_position(text):
    assert speakers(text) == ["sources"]


def test_a_quote_split_by_a_source_is_the_sources_in_both_parts():
    assert speakers("“It is done,” a source said, “and signed.”") == ["sources", "sources"]


@pytest.mark.parametrize("text", [
    "“Rates will rise again,” analysts said.",
    "“Rates will rise again,” said experts at the institute.",
])
def test_analysts_after_the_quote_speak_as_analysts(text):
    assert speakers(text) == ["analysts"]


@pytest.mark.parametrize("text", [
    "A source close to the Kremlin said the talks would resume in March.",
    "A source close to the Kremlin said: “The talks will resume in March.”",
    "A person close to Prime Minister Ana Ruiz said the cabinet would meet on Friday.",
])
def test_a_body_named_inside_a_sources_phrase_does_not_speak(text):
    assert speakers(text) == ["sources"]


@pytest.mark.parametrize("text,speaker", [
    ("People familiar with the Treasury’s plans said the tax would be scrapped.", "sources"),
    # a named person or body after the quote is unchanged
    ("“It is done,” said Ana Ruiz, a source of calm in the club.", "Ana Ruiz"),
    ("“It is done,” the club said.", "club"),
    ("“It is done,” a club official said.", "club"),
])
def test_voices_and_named_speakers_read_before_stay_as_they_were(text, speaker):
    assert speakers(text) == [speaker]
