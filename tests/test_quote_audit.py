"""Speakers of quotes as news copy writes them: names with particles, names set off after a role,
roles before a name, quotes split by their attribution."""

from __future__ import annotations

import pytest

from consistency import document_from_text
from consistency.extractors import extract_document, quotes


def speakers(text: str) -> list[tuple[str, str]]:
    """(value, speaker) of every quote fact of ``text``, in text order."""
    return [(f.value, f.speaker) for f in extract_document(document_from_text("t", text), [quotes])]


# --- names with lower-case particles: one person however the copy opens the name ---------------

@pytest.mark.parametrize(("text", "speaker"), [
    ("“The bloc will respond,” said Ursula von der Leyen.", "Ursula von der Leyen"),
    ("European Commission President Ursula von der Leyen said the bloc would respond.", "Ursula von der Leyen"),
    ("“We were unlucky,” said Erik ten Hag.", "Erik ten Hag"),
    ("Manchester United manager Erik ten Hag said the side had been unlucky.", "Erik ten Hag"),
    ("“The economy is growing,” said Luiz Inacio Lula da Silva.", "Luiz Inacio Lula da Silva"),
    ("“We will win,” said Mohammed bin Salman.", "Mohammed bin Salman"),
    ("“Talks will resume in Cairo,” said Majed al-Ansari.", "Majed al-Ansari"),
    ("Majed al-Ansari told a briefing in Doha: “Talks will resume in Cairo.”", "Majed al-Ansari"),
])
def test_a_particle_inside_a_name_is_part_of_the_name(text, speaker):
    assert [s for _, s in speakers(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("“Prices will fall,” said Tom Lee.", "Tom Lee"),
    ("“Rates will hold,” said the Bank of England.", "Bank of England"),
    ("President Vladimir Putin said the talks would resume in May.", "Vladimir Putin"),
])
def test_names_without_particles_are_read_as_before(text, speaker):
    assert [s for _, s in speakers(text)] == [speaker]


# --- a name set off after its role, or after a lower-case role: the person speaks ---------------

@pytest.mark.parametrize(("text", "speaker"), [
    ("The defendant’s lawyer, Paul Kim, said the verdict would be appealed.", "Paul Kim"),
    ("Apple’s chief executive, Tim Cook, told analysts the company was confident.", "Tim Cook"),
    ("The EU’s foreign policy chief, Josep Borrell, said the bloc would respond.", "Josep Borrell"),
    ("The club’s manager, Gary Neville, said: “It’s a sad day for football.”", "Gary Neville"),
    ("“The bloc will respond,” the EU’s foreign policy chief, Josep Borrell, said.", "Josep Borrell"),
    ("“We will appeal,” said the company’s lawyer, Jane Roe.", "Jane Roe"),
])
def test_a_name_set_off_after_its_role_speaks(text, speaker):
    assert [s for _, s in speakers(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("The head of AFAD, Yunus Sezer, said the death toll was 1,500.", "Yunus Sezer"),
    ("The chief executive of Nvidia, Jensen Huang, said demand was strong.", "Jensen Huang"),
])
def test_a_person_set_off_after_a_body_speaks_not_the_body(text, speaker):
    assert [s for _, s in speakers(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("“Margins will improve,” said finance chief Luca Maestri.", "Luca Maestri"),
    ("“The whole building shook,” said resident Ali Demir.", "Ali Demir"),
    ("“The evidence is overwhelming,” prosecutor Linda Chavez told jurors.", "Linda Chavez"),
    ("“China firmly opposes this,” foreign ministry spokesman Wang Wenbin said.", "Wang Wenbin"),
    ("“The data are clear,” said lead author Dr Emma Watson of the University of Leeds.", "Emma Watson"),
])
def test_a_lower_case_role_before_a_name_leaves_the_name_speaking(text, speaker):
    assert [s for _, s in speakers(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Tom Lee, chief strategist at Fundstrat, said oil would rise.", "Tom Lee"),
    ("Jane Doe, Prime Minister, said taxes would fall.", "Jane Doe"),
    ("“Rates will stay,” said the Bank of England.", "Bank of England"),
    ("“We lost,” and then Smith said nothing.", ""),
    ("“The talks are over,” told reporters Monday.", ""),
])
def test_appositives_and_bodies_after_the_verb_are_read_as_before(text, speaker):
    assert [s for _, s in speakers(text)][:1] == [speaker]


# --- a quote split by an attribution after its verb: both parts are the speaker's ----------------

@pytest.mark.parametrize(("text", "expected"), [
    ("“Rates must rise,” said Governor Tiff Macklem, “and soon.”",
     [("Rates must rise", "Tiff Macklem"), ("and soon", "Tiff Macklem")]),
    ("‘The plan is working,’ said Mr Sunak, ‘and we are sticking to it.’",
     [("The plan is working", "Sunak"), ("and we are sticking to it", "Sunak")]),
    ("“We will fight,” said finance chief Luca Maestri, “for every customer.”",
     [("We will fight", "Luca Maestri"), ("for every customer", "Luca Maestri")]),
])
def test_a_quote_split_by_an_inverted_attribution_keeps_its_speaker(text, expected):
    assert speakers(text) == expected


def test_a_split_part_is_speech_not_a_fragment():
    text = "“Rates must rise,” said Governor Tiff Macklem, “and soon.”"
    notes = [f.note for f in extract_document(document_from_text("t", text), [quotes])]
    assert notes == ["", ""]


@pytest.mark.parametrize(("text", "expected"), [
    ("“Rates must rise,” Macklem said, “and soon.”", [("Rates must rise", "Macklem"), ("and soon", "Macklem")]),
    ("“Rates must rise,” said Macklem, who spoke in Ottawa. “Prices are too high,” the “hawks” say.",
     [("Rates must rise", "Macklem"), ("Prices are too high", ""), ("hawks", "")]),
])
def test_quotes_not_split_by_an_inverted_attribution_are_read_as_before(text, expected):
    assert speakers(text) == expected


# --- a pronoun with its verb contracted is no speaker's name ------------------------------------

@pytest.mark.parametrize(("text", "speaker"), [
    ("“I’ve said it before and I’ll say it again: we didn’t do it,” Jones said.", "Jones"),
    ("“We’ve said that the plant will close,” Ana Ruiz said.", "Ana Ruiz"),
    ("“They’ve said the talks are over,” said Tom Lee.", "Tom Lee"),
])
def test_a_contracted_pronoun_inside_a_quote_names_no_speaker(text, speaker):
    assert {s for _, s in speakers(text)} == {speaker}


@pytest.mark.parametrize(("text", "speaker"), [
    ("I’m told the talks have stalled, Jones said.", "Jones"),
    ("Ivey said the talks had stalled.", "Ivey"),
    ("Weir said the plant would close.", "Weir"),
])
def test_names_that_open_like_a_pronoun_are_read_as_before(text, speaker):
    assert {s for _, s in speakers(text)} == {speaker}


# --- an occasion between a body's verb and its quote: the body still speaks ---------------------

@pytest.mark.parametrize(("text", "speaker"), [
    ("The ministry said on Monday: “Order has been restored.”", "ministry"),
    ("Acme Corp reported a loss on Tuesday. The company said in a statement: “We expect a recovery next year.”",
     "Acme Corp"),
    ("The Foreign Ministry summoned the envoy. The ministry said in a statement on Friday: “We reject the claims.”",
     "Foreign Ministry"),
    ("A company spokesman said on Tuesday: “Sales in Europe are strong.”", "company"),
])
def test_an_occasion_after_the_verb_keeps_the_body_as_speaker(text, speaker):
    assert [s for _, s in speakers(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("The ministry said: “Order has been restored.”", "ministry"),
    ("Acme Corp reported a loss. The company said: “We expect a recovery next year.”", "Acme Corp"),
    ("The bank met on Monday. “Rates will stay where they are.”", ""),
    ("Police said at a news conference in Leeds: “Two men were arrested overnight.”", "police"),
])
def test_a_body_before_its_quote_reads_as_before(text, speaker):
    assert [s for _, s in speakers(text)] == [speaker]


# --- "continued" set off by punctuation is a verb of speech, as "added" is ----------------------

@pytest.mark.parametrize(("text", "speaker"), [
    ("Mayor Tom Reed opened the bridge. He continued: “It will mean shorter waits for everyone.”", "Tom Reed"),
    ("Health Secretary Wes Streeting praised the plan. “It will mean shorter waits,” he continued.",
     "Wes Streeting"),
    ("“The market is cooling,” said Ana Ruiz. “Buyers are waiting for lower rates,” she continued.", "Ana Ruiz"),
    ("“We have no choice,” Lena Park continued, “but to raise prices.”", "Lena Park"),
])
def test_continued_set_off_reports_speech(text, speaker):
    assert {s for _, s in speakers(text)} == {speaker}


@pytest.mark.parametrize("text", [
    "Fighting continued in the east, and a resident called it “a disaster for everyone here”.",
    "Prices continued to rise, a trend one trader called “relentless and painful”.",
    "Rain continued. “The pitch is fine.”",
])
def test_continued_as_a_plain_verb_names_nobody(text):
    assert [s for _, s in speakers(text)] == [""]


# --- a surname opening with a lower-case particle after the quote is the speaker ----------------

@pytest.mark.parametrize(("text", "speaker"), [
    ("“The EU will respond,” von der Leyen said.", "von der Leyen"),
    ("“We were unlucky,” ten Hag said after the match.", "ten Hag"),
    ("“France will endure,” de Gaulle told the crowd.", "de Gaulle"),
    ("“The squad is tired,” ten Hag added on Sunday.", "ten Hag"),
])
def test_a_particle_may_open_the_name_after_a_quote(text, speaker):
    assert [s for _, s in speakers(text)] == [speaker]


def test_a_particled_surname_means_the_full_name_quoted_before():
    text = "“We must improve,” said Erik ten Hag. “We were unlucky today,” ten Hag said."
    assert [s for _, s in speakers(text)] == ["Erik ten Hag", "Erik ten Hag"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("The result, ten days later, was a draw. “We were unlucky,” the coach said.", "coach"),
    ("“The bloc will respond,” said Ursula von der Leyen.", "Ursula von der Leyen"),
    ("“Prices will rise,” Ana Ruiz said.", "Ana Ruiz"),
])
def test_names_without_an_opening_particle_read_as_before(text, speaker):
    assert [s for _, s in speakers(text)] == [speaker]


# --- a spokesperson speaks for the body named beside them, however the copy orders the words ----

@pytest.mark.parametrize(("text", "speaker"), [
    ("“The needs are enormous,” said a Red Cross spokeswoman.", "Red Cross"),
    ("“The needs are enormous,” a spokeswoman for the Red Cross told AFP.", "Red Cross"),
    ("“The needs are enormous,” said a spokesman for the Red Cross.", "Red Cross"),
    ("“We are ready to help,” an Amnesty International spokeswoman said.", "Amnesty International"),
    ("“Rates will hold for now,” said an official at the Bank of England.", "Bank of England"),
    ("“Talks failed this week,” said a spokesman for Prime Minister Ana Ruiz.", "Ana Ruiz"),
])
def test_a_spokesperson_speaks_for_the_body_named(text, speaker):
    assert [s for _, s in speakers(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("“We will comply with the order,” said a Ukrainian spokesman.", "spokesman"),
    ("“We will comply with the order,” said a company spokesman.", "company"),
    ("“Fares will rise next year,” said a spokeswoman for the airline.", "airline"),
])
def test_a_spokesperson_beside_no_named_body_reads_as_before(text, speaker):
    assert [s for _, s in speakers(text)] == [speaker]
