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
