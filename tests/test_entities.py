"""Entity extractors (person, org, place, attendees): aliases, in-document resolution,
what is skipped, attendee lists, and invariants on random text.

Expected values were written from the test texts by hand, not copied from output."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consistency import document_from_text
from consistency.extractors import attendees, extract_document, orgs, people, places
from consistency.extractors._capitals import NameIndex, SpanSet, capital_runs, compounds, longest_names, lookup_span
from consistency.extractors._names import bare, canonical_name, resolve
from consistency.extractors._org_names import normalise
from consistency.gazetteer import PLACES, canonical_place, canonical_venue, is_place

MODULES = [people, orgs, places, attendees]


def facts(text: str, module, published: str | None = None):
    doc = document_from_text("t", text, published)
    return [f for f in extract_document(doc, [module]) if f.kind == module.KIND]


def values(text: str, module) -> list[str]:
    return [f.value for f in facts(text, module)]


def by_surface(text: str, module) -> dict[str, str]:
    return {f.surface: f.value for f in facts(text, module)}


# --- aliases -------------------------------------------------------------------------------

def test_organisation_aliases_share_one_value():
    text = ("The Shanghai Cooperation Organization met. The Shanghai Cooperation Organisation grew. "
            "The SCO said so. The U.N. and the UN and the United Nations agreed. "
            "The U.N. Security Council, the UN Security Council and the United Nations Security Council met.")
    found = by_surface(text, orgs)
    assert {found["Shanghai Cooperation Organization"], found["Shanghai Cooperation Organisation"],
            found["SCO"]} == {"Shanghai Cooperation Organisation"}
    assert {found["U.N."], found["UN"], found["United Nations"]} == {"United Nations"}
    assert {found["U.N. Security Council"], found["UN Security Council"],
            found["United Nations Security Council"]} == {"United Nations Security Council"}


def test_ministries_and_countries_of_government_bodies_are_canonical():
    # A national ministry reads "<Demonym> <Topic> Ministry" however it is written (the gold's form).
    for written in ("Chinese Foreign Ministry", "China’s Ministry of Foreign Affairs",
                    "Ministry of Foreign Affairs of China", "Foreign Ministry of the People’s Republic of China"):
        assert normalise(written) == "Chinese Foreign Ministry", written
    assert normalise("Russian Defense Ministry") == normalise("Ministry of Defence of Russia") == (
        "Russian Defence Ministry")
    assert normalise("Ministry of Foreign Affairs") == normalise("MFA") == "Foreign Ministry"
    # Another body of a state takes its country in an "of" complement.
    assert normalise("Kenyan Electoral Commission") == normalise("Electoral Commission of Kenya") == (
        "Electoral Commission of Kenya")
    assert normalise("Mali’s Supreme Defence Council") == "Supreme Defence Council of Mali"
    assert normalise("Ministry of Emergency Situations of Russia") == "Ministry of Emergency Situations of Russia"
    assert normalise("Chinese Communist Party") == "Communist Party of China"
    # A university keeps its own name: the country is not moved (a possessive owner is dropped).
    assert normalise("Chinese Academy of Sciences") == "Chinese Academy of Sciences"
    assert normalise("Kenya’s Moi University") == "Moi University"


def test_bodies_named_by_their_members_and_by_an_owner_acronym_are_canonical():
    assert normalise("Foreign Ministers Council") == normalise("Council of Foreign Ministers") == (
        "Council of Foreign Ministers")
    assert normalise("CSTO Heads of State Council") == normalise(
        "Collective Security Treaty Organization Council of Heads of State") == "CSTO Council of Heads of State"
    # A document's own acronym counts too, either way round.
    defined = {"NRH": "Nordic Reindeer Herders"}
    assert normalise("NRH Council", defined) == normalise("Nordic Reindeer Herders Council", defined) == "NRH Council"


def test_an_acronym_defined_in_parentheses_is_an_alias_for_the_document():
    text = "The Baltic Amber Guild (BAG) met in Riga. Later the BAG elected a chair."
    found = facts(text, orgs)
    # "Full Name (ABBR)" names the body twice, as the gold counts it: one fact per name written.
    assert [(f.surface, f.start, f.value) for f in found] == [
        ("Baltic Amber Guild", 4, "Baltic Amber Guild"), ("BAG", 24, "Baltic Amber Guild"),
        ("BAG", 52, "Baltic Amber Guild")]
    # In another document "BAG" means nothing.
    assert values("The BAG was heavy.", orgs) == []
    assert [f.surface for f in facts("The Asia-Pacific Economic Cooperation (APEC) forum met.", orgs)] == [
        "Asia-Pacific Economic Cooperation", "APEC"]
    # An acronym inside a name is part of that one mention.
    assert [(f.surface, f.value) for f in facts("The United Nations (UN) Security Council voted.", orgs)] == [
        ("United Nations (UN) Security Council", "United Nations Security Council")]


def test_credit_tags_are_organisations_in_a_metadata_line():
    found = facts("March 3 (Reuters) - The Kremlin said talks went well.", orgs)
    assert [(f.surface, f.value, f.origin) for f in found] == [
        ("Reuters", "Reuters", "metadata"), ("Kremlin", "Kremlin", "Reuters")]


def test_an_unqualified_body_takes_the_one_qualified_form_of_the_document():
    text = "The Chinese Foreign Ministry issued a readout. The Foreign Ministry added details (MFA)."
    assert values(text, orgs) == ["Chinese Foreign Ministry"] * 3
    # Two qualified forms: the unqualified one stays as written.
    text = "The Chinese Foreign Ministry and the Japanese Foreign Ministry met. The Foreign Ministry spoke."
    assert values(text, orgs) == ["Chinese Foreign Ministry", "Japanese Foreign Ministry", "Foreign Ministry"]


def test_an_internal_organ_stands_for_the_organisation_holding_it():
    text = ("Lin Tao, a member of the Political Bureau of the Workers’ Party of Korea Central Committee and "
            "director of the Office of the Commission for Trade Affairs of the Workers’ Party of Korea Central "
            "Committee, met the Secretariat of the Central Committee of the Workers’ Party of Korea.")
    found = facts(text, orgs)
    assert [(f.surface, f.value) for f in found] == [
        ("Workers’ Party of Korea", "Workers' Party of Korea"),
        ("Commission for Trade Affairs", "Commission for Trade Affairs"),
        ("Workers’ Party of Korea", "Workers' Party of Korea"),
        ("Workers’ Party of Korea", "Workers' Party of Korea")]
    # "Name (ABBR)" before the organ gives both mentions; a bare organ names nobody.
    text = "The Socialist Party of Chile (PSC) Central Committee met. The Central Committee met again."
    assert [(f.surface, f.value) for f in facts(text, orgs)] == [
        ("Socialist Party of Chile", "Socialist Party of Chile"), ("PSC", "Socialist Party of Chile")]
    # Without an owner that is itself an organisation, "Office of …" is part of the name.
    assert values("The Office of Budget Planning of Kenya objected.", orgs) == ["Office of Budget Planning of Kenya"]


def test_a_possessive_country_owns_the_body_but_stays_a_place():
    text = "He met the secretary of Kenya’s Electoral Commission in Nairobi."
    assert [(f.surface, f.value) for f in facts(text, orgs)] == [
        ("Electoral Commission", "Electoral Commission of Kenya")]
    assert values(text, places) == ["Kenya", "Nairobi"]


def test_a_body_of_member_states_belongs_to_the_organisation_named_before_it():
    text = ("The Collective Security Treaty Organisation summit and the meeting of the Council of Foreign "
            "Ministers of Member States took place in Yerevan. The CSTO Foreign Ministers Council met again.")
    found = by_surface(text, orgs)
    assert found["Council of Foreign Ministers of Member States"] == "CSTO Council of Foreign Ministers"
    assert found["CSTO Foreign Ministers Council"] == "CSTO Council of Foreign Ministers"
    # No organisation before it in the sentence: the body keeps its own words.
    assert values("The Council of Foreign Ministers of Member States met.", orgs) == [
        "Council of Foreign Ministers of Member States"]


def test_aliases_at_the_head_of_a_compound_and_through_editorial_brackets():
    text = ("They back a UN-centred order, NATO-led patrols and the U.N.-backed plan of the Asia-Pacific "
            "[Economic] Cooperation.")
    assert [(f.surface, f.value) for f in facts(text, orgs)] == [
        ("UN", "United Nations"), ("NATO", "NATO"), ("U.N.", "United Nations"),
        ("Asia-Pacific [Economic] Cooperation", "Asia-Pacific Economic Cooperation")]
    assert values(text, places) == []  # "Asia-Pacific" belongs to the organisation's name
    assert values("Anti-NATO and pro-EU crowds rallied.", orgs) == []
    assert values("Anti-China protests spread.", places) == []


def test_a_site_name_alone_on_a_line_is_an_organisation():
    text = "Show on website\n\nnewsnow.com\n\nThe minister said the visit went well at example.com today."
    assert [(f.surface, f.value) for f in facts(text, orgs)] == [("newsnow.com", "newsnow.com")]


def test_aliases_of_an_institution_known_by_its_seat():
    text = "The Russian Presidency published the text. The Presidential Executive Office confirmed it."
    assert values(text, orgs) == ["Kremlin", "Kremlin"]


def test_place_aliases_share_one_value():
    text = ("Seoul, the capital of the Republic of Korea, and South Korea. The U.S., the US, the USA and "
            "the United States. The People’s Republic of China and the People's Republic of China and "
            "China. The Russian Federation and Russia. The UK and the United Kingdom.")
    found = by_surface(text, places)
    assert found["Republic of Korea"] == found["South Korea"] == "South Korea"
    assert {found["U.S."], found["US"], found["USA"], found["United States"]} == {"United States"}
    assert {found["People’s Republic of China"], found["People's Republic of China"], found["China"]} == {"China"}
    assert found["Russian Federation"] == found["Russia"] == "Russia"
    assert found["UK"] == found["United Kingdom"] == "United Kingdom"


def test_person_aliases_and_middle_initials():
    text = "U.S. President Donald J. Trump called. Donald Trump later spoke, and Trump left."
    assert set(values(text, people)) == {"Donald Trump"}


# --- resolution within a document -----------------------------------------------------------

def test_surname_only_mentions_resolve_within_the_document():
    text = ("President Xi said the talks went well. Chinese President Xi Jinping then left. "
            "Xi returned on Friday. Presidential Aide Yury Ushakov spoke. Ushakov also noted a date.")
    found = facts(text, people)
    assert [f.surface for f in found] == ["Xi", "Xi Jinping", "Xi", "Yury Ushakov", "Ushakov"]
    assert [f.value for f in found] == ["Xi Jinping"] * 3 + ["Yury Ushakov"] * 2
    assert found[0].note == "title: President"


def test_a_short_name_without_its_full_form_stays_as_written():
    # The corpus-wide pass, not this extractor, links "Xi" across documents.
    assert values("Xi said the talks went well.", people) == ["Xi"]


def test_two_full_forms_sharing_a_surname_are_told_apart_by_the_nearest_earlier_one():
    text = ("Foreign Minister Wang Yi met the envoy. Wang Yiwei, a professor, told reporters that "
            "ties were good. Wang said more was to come.")
    found = facts(text, people)
    assert [(f.surface, f.value) for f in found] == [("Wang Yi", "Wang Yi"), ("Wang Yiwei", "Wang Yiwei"),
                                                     ("Wang", "Wang Yiwei")]


def test_resolve_prefers_the_longest_form_holding_the_words_in_order():
    assert resolve([(0, "Sergei Shoigu"), (5, "Shoigu"), (9, "Sergei")]) == ["Sergei Shoigu"] * 3
    assert resolve([(0, "Ann Lee"), (5, "Lee")]) == ["Ann Lee", "Ann Lee"]
    assert resolve([(0, "Lee")]) == ["Lee"]


def test_titles_in_parentheses_and_complements():
    text = ("Comrade (Ivan) Petrov spoke. Later Comrade Petrov left. "
            "Secretary of the National Security Council Maria Lopes attended.")
    found = facts(text, people)
    assert [(f.surface, f.value, f.note) for f in found] == [
        ("(Ivan) Petrov", "Ivan Petrov", "title: Comrade"),
        ("Petrov", "Ivan Petrov", "title: Comrade"),
        ("Maria Lopes", "Maria Lopes", "title: Secretary of the National Security Council")]


@pytest.mark.parametrize("text", [
    "The Spring Festival and the Year of the Horse begin in Moscow.",
    "Looking ahead, Against all odds, the Great Hall of the People hosted World War II veterans.",
    "The Shanghai Cooperation Organisation and Renmin University of China signed a memorandum.",
    "Ministers met on Monday in Beijing, not in January.",
    "He arrived in Kuala Lumpur and later flew to Addis Ababa.",
    "President Xi Jinping Has Virtual Meeting with Officials",
    "Analysts at Goldman Sachs said rates would hold. Brussels. The European Commission agreed.",
])
def test_not_people(text):
    assert not {v for v in values(text, people) if v != "Xi Jinping"}


def test_a_byline_in_an_author_bio_is_boilerplate():
    text = "Xi Jinping met Vladimir Putin.\n\nJane Roe\nJane Roe\nThe writer is a columnist at a paper."
    assert set(values(text, people)) == {"Xi Jinping", "Vladimir Putin"}


# --- what places skip -----------------------------------------------------------------------

def test_places_inside_organisation_names_are_skipped():
    text = ("The Shanghai Cooperation Organisation, the Communist Party of China and Renmin University of "
            "China all sit in Beijing.")
    assert values(text, places) == ["Beijing"]


def test_places_in_titles_and_compounds_are_places_nationalities_and_policies_are_not():
    text = ("The President of Kenya met U.S. President Joan Hale. Brazil-Argentina trade, the U.S.-led "
            "plan and the one-China principle were discussed by Chinese and Russian officials in Tokyo.")
    assert [(f.surface, f.value) for f in facts(text, places)] == [
        ("Kenya", "Kenya"), ("U.S.", "United States"), ("Brazil", "Brazil"), ("Argentina", "Argentina"),
        ("U.S.", "United States"), ("Tokyo", "Tokyo")]
    # En dashes join a compound as hyphens do; a hyphenated name stays whole.
    text = "The France–Germany axis and Guinea-Bissau and Indo-Pacific ties and pro-Russia, anti-EU rallies."
    assert values(text, places) == ["France", "Germany", "Guinea-Bissau", "Indo-Pacific"]
    assert values("Sino-Russian and Russian-Chinese schools and the One China policy.", places) == []


def test_venues_are_places_and_a_seat_that_acts_is_an_organisation():
    text = ("Talks were held at the Kremlin and a dinner in the Great Hall of the People. "
            "The Kremlin said the talks went well, and the White House agreed.")
    assert [(text[f.start - 7:f.start], f.surface) for f in facts(text, places)] == [
        ("at the ", "Kremlin"), ("in the ", "Great Hall of the People")]
    assert [(text[f.start - 4:f.start], f.surface) for f in facts(text, orgs)] == [
        ("The ", "Kremlin"), ("the ", "White House")]
    assert canonical_venue("Élysée Palace") == canonical_venue("Elysee Palace") == "Elysee Palace"
    assert "kremlin" not in PLACES and not is_place("hall")  # venues' words stay out of the word list


def test_possessives_and_datelines_are_places():
    text = "BEIJING, Feb. 6 (Xinhua) -- China’s exports and the United States' imports rose."
    found = facts(text, places, "2026-02-06")
    assert [(f.surface, f.value) for f in found] == [("BEIJING", "Beijing"), ("China", "China"),
                                                     ("United States", "United States")]


def test_gazetteer_still_answers_single_words():
    assert is_place("beijing") and is_place("Moscow’s") and is_place("chinese") and not is_place("shoigu")
    assert "busan" in PLACES and "shenzhen" in PLACES
    assert canonical_place("Republic of Korea") == "South Korea"
    assert canonical_place("Shoigu") is None


# --- attendees ------------------------------------------------------------------------------

def test_presence_lists_one_or_more_people():
    found = facts("Minister Hana Kim was present at the meeting.", attendees)
    assert [(f.surface, f.value, f.subject, f.note) for f in found] == [
        ("Minister Hana Kim was present at the meeting", "Hana Kim", "meeting", "present")]


@pytest.mark.parametrize("text,expected", [
    ("The meeting was attended by Ana Ruiz, Li Wen and Tom Lee.", ["Ana Ruiz; Li Wen; Tom Lee"]),
    ("Ana Ruiz, Li Wen and Tom Lee attended the meeting.", ["Ana Ruiz; Li Wen; Tom Lee"]),
    ("The talks in Oslo were also attended by Envoy Kari Holm and Minister Jon Berg.", ["Jon Berg; Kari Holm"]),
    ("The ceremony, attended by Crown Princess Ingrid Alexandra, lasted an hour.", ["Ingrid Alexandra"]),
    ("The dinner was hosted by the embassy and attended by Ambassador Eli Marsh.", ["Eli Marsh"]),
    # attended by no one named, or a person not attending
    ("The summit in Geneva was attended by hundreds of delegates.", []),
    ("The meeting was called by Ana Ruiz after the vote.", []),
])
def test_the_passive_attended_by_lists_the_same_people_as_the_active(text, expected):
    assert values(text, attendees) == expected


def test_talks_with_a_counterpart_list_both_with_canonical_names():
    text = ("Chancellor Ines Berg held talks with Prime Minister Ravi Kapoor on Monday. "
            "Berg later spoke with Kapoor on the phone.")
    found = facts(text, attendees)
    assert [f.value for f in found] == ["Ines Berg; Ravi Kapoor"] * 2
    assert found[1].surface == "Berg later spoke with Kapoor on the phone"
    assert {f.subject for f in found} == {"meeting"}


def test_separate_meetings_give_one_list_per_counterpart():
    text = "Premier Li Wen held separate talks with President Ana Ruiz and Chancellor Ines Berg."
    assert values(text, attendees) == ["Ana Ruiz; Li Wen", "Ines Berg; Li Wen"]


def test_a_joint_meeting_lists_everyone():
    text = "Premier Li Wen held talks with President Ana Ruiz and Chancellor Ines Berg."
    assert values(text, attendees) == ["Ana Ruiz; Ines Berg; Li Wen"]


def test_a_meeting_between_people_and_consultations_between_them():
    text = ("A meeting between Envoy Kari Holm and Minister Jon Berg took place. Consultations were "
            "held on May 2 in Oslo between Deputy Minister Kari Holm and Envoy Jon Berg.")
    found = facts(text, attendees)
    assert [f.value for f in found] == ["Jon Berg; Kari Holm"] * 2
    assert found[0].surface.startswith("meeting between") and found[1].surface.startswith("Consultations")


def test_conjoined_subjects_who_met_are_one_list():
    text = "German Chancellor Ines Berg and French President Ana Ruiz held talks in Paris."
    found = facts(text, attendees)
    assert [(f.surface, f.value) for f in found] == [
        ("Chancellor Ines Berg and French President Ana Ruiz held talks", "Ana Ruiz; Ines Berg")]


def test_a_compound_of_names_seen_in_full_is_two_people():
    text = ("Ana Ruiz met Ines Berg. The Ruiz-Berg talks went well, and a Berg–Ruiz call followed. "
            "Jean-Luc Picard spoke. Later Jean-Luc left, and Coca-Cola and the Smith-Jones act were mentioned.")
    found = facts(text, people)
    assert [(f.surface, f.value) for f in found] == [
        ("Ana Ruiz", "Ana Ruiz"), ("Ines Berg", "Ines Berg"), ("Ruiz", "Ana Ruiz"), ("Berg", "Ines Berg"),
        ("Berg", "Ines Berg"), ("Ruiz", "Ana Ruiz"), ("Jean-Luc Picard", "Jean-Luc Picard"),
        ("Jean-Luc", "Jean-Luc Picard")]


def test_event_words_count_only_as_whole_words_in_sentences_naming_people():
    text = ("Ana Ruiz and Ines Berg presented talkshow awards. The talks were long. "
            "Ana Ruiz and Ines Berg held talks.")
    found = facts(text, attendees)
    assert [(f.surface, f.value) for f in found] == [("Ana Ruiz and Ines Berg held talks", "Ana Ruiz; Ines Berg")]


def test_event_class_of_the_nearest_event_word_or_phrase():
    from consistency.extractors._events import _event_words, event_of

    sentence = "The vote was held after a Video Calls series on the treaty."
    # "Video Calls" is one event of two words, read at its first word; "treaty" is a signing.
    assert _event_words(sentence) == ((4, "election"), (sentence.index("Video"), "meeting"),
                                      (sentence.index("treaty"), "signing"))
    assert event_of(sentence, sentence.index("treaty") - 3) == "signing"
    assert event_of(sentence, 0) == "election"
    assert event_of("A videos call came.", 2) == "meeting"  # "call" alone: "videos call" is no phrase
    assert event_of("Nothing happened here.", 3) == ""


def test_attendees_need_named_people():
    assert values("He held talks with the delegation. They met with reporters.", attendees) == []


# --- helpers --------------------------------------------------------------------------------

def test_name_helpers():
    assert bare("(Sergei)") == "Sergei" and bare("Xi’s") == "Xi" and bare("U.S.") == "U.S."
    assert canonical_name(["George", "W.", "Bush"]) == "George Bush"
    assert canonical_name(["J.", "K.", "Rowling"]) == "J. K. Rowling"
    spans = SpanSet([(0, 5), (10, 20)])
    assert spans.covers(11, 19) and not spans.covers(4, 11) and spans.overlaps(4, 11)
    assert spans.covered([(1, 2), (6, 8), (12, 20), (18, 21)]) == [0, 2]
    text = "the People’s Republic of China and BEIJING"
    assert [[text[s:e] for s, e in run] for run in capital_runs(text)] == [
        ["People’s", "Republic", "China", "BEIJING"]]


def test_capitalised_compounds_and_name_lookups():
    text = "China-Russia ties, a U.S.-Iran clash, UN-centred rules, a Xi–Lee call, one-China, (X-Y) and 2020-21."
    assert [[text[s:e] for s, e in parts] for parts in compounds(text)] == [
        ["China", "Russia"], ["U.S.", "Iran"], ["UN", "centred"], ["Xi", "Lee"]]
    known = {"Gulf of Aden": "Gulf of Aden", "Aden": "Aden", "Oman": "Oman"}.get
    assert lookup_span("Oman’s.", 0, 7, known) == (0, 4, "Oman")
    assert lookup_span("Omani", 0, 5, known) is None
    text = "Ships left the Gulf of Aden for Oman’s ports and Aden."
    index = NameIndex(["Gulf of Aden", "Aden", "Oman"])
    assert [(text[s:e], v) for s, e, v in longest_names(text, known, index)] == [
        ("Gulf of Aden", "Gulf of Aden"), ("Oman", "Oman"), ("Aden", "Aden")]


# --- the seeds (smoke) ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_facts():
    from consistency.documents import load_corpus
    from consistency.pipeline import bundled_corpus
    rows = []
    for doc in load_corpus(bundled_corpus()):
        rows += [(doc.doc_id, f) for f in extract_document(doc, MODULES)]
    return rows


def test_seeds_every_xi_is_xi_jinping(seed_facts):
    xi = [f for _, f in seed_facts if f.kind == "person" and f.surface.split()[0] == "Xi"]
    assert len(xi) > 40 and {f.value for f in xi} == {"Xi Jinping"}


def test_seeds_korea_and_sco_aliases_agree(seed_facts):
    korea = {(d[:3], f.surface): f.value for d, f in seed_facts if f.kind == "place" and "Korea" in f.surface}
    assert korea == {("002", "Republic of Korea"): "South Korea", ("003", "South Korea"): "South Korea"}
    sco = {f.value for _, f in seed_facts if f.kind == "org" and (f.surface == "SCO" or "Shanghai" in f.surface)}
    assert sco == {"Shanghai Cooperation Organisation"}


# --- invariants -----------------------------------------------------------------------------

FRAGMENTS = st.sampled_from([
    "-", "–", "China-Russia", "UN-centred", "Xi-Trump", " Central Committee", "Political Bureau of the ",
    "[Economic]", "\nrki.news\n", " at the Kremlin", "Great Hall of the People", " of Member States",
    "Iran’s Supreme National Security Council", "(CPC)", "Heads of Government Council",
    "President Xi", "Xi Jinping", " said", "Comrade (Sergei) Shoigu", "Wang Yi", "the SCO", "(APEC)",
    "Asia-Pacific Economic Cooperation", "U.S.", "Republic of Korea", "China’s", "China-Russia",
    " held talks with ", " and ", " was present at the meeting", "between ", "Renmin University of China",
    "BEIJING, Feb. 6 --", "Ministry of Foreign Affairs of", ". ", ", ", "\n\n", "\u00a0", "’s", "(", ")",
    "The Kremlin", "Mr. ", "J. ", "von der ", "Office of the ", "Council", " of the ", "Washington, D.C.",
])
TEXTS = st.lists(st.one_of(FRAGMENTS, st.text(max_size=12)), max_size=30).map("".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_spans_slice_to_surface_on_random_text(text):
    doc = document_from_text("t", text)
    if not doc.usable:
        return
    found = extract_document(doc, MODULES)
    for fact in found:
        assert doc.text[fact.start:fact.end] == fact.surface
        assert fact.surface.strip() == fact.surface and fact.value
    for kind in ("person", "org", "place", "attendees"):
        starts = [f.start for f in found if f.kind == kind]
        assert len(starts) == len(set(starts)), f"two {kind} facts share an offset"


# --- regions, places that are names, central banks --------------------------------------------

def test_first_level_regions_are_places():
    text = ("Wildfires spread across California and Texas. Floods hit New South Wales and Queensland. "
            "Voters in Scotland, Wales and Northern Ireland went to the polls. Ontario and Quebec "
            "froze prices. Bavaria and Lower Saxony closed schools. Heavy rain fell in Uttar Pradesh "
            "and Kerala, and in Hubei and Inner Mongolia.")
    assert values(text, places) == [
        "California", "Texas", "New South Wales", "Queensland", "Scotland", "Wales", "Northern Ireland",
        "Ontario", "Quebec", "Bavaria", "Lower Saxony", "Uttar Pradesh", "Kerala", "Hubei", "Inner Mongolia"]
    # A region is a place word, not a name: no person "South Wales", "Saxony" or "Pradesh".
    assert values(text, people) == []
    assert canonical_place("NSW") == "New South Wales" and canonical_place("Québec") == "Quebec"
    # Generic words of the regions' names do not become place words on their own.
    assert not any(is_place(word) for word in ("Island", "Prince", "Edward", "Territory", "Lower", "Capital"))


def test_a_city_named_after_its_region_is_the_city():
    assert values("Strikes hit Gaza City overnight. Aid reached Gaza.", places) == ["Gaza City", "Gaza"]
    assert values("Crowds gathered at the Brandenburg Gate in Berlin.", places) == ["Brandenburg Gate", "Berlin"]


def test_a_title_of_a_region_names_no_person():
    # "Princess of Wales" is a title: Wales is the region it names, not a person.
    text = "The Princess of Wales visited a hospital in Cardiff. The Duke of Edinburgh was absent."
    assert "Wales" not in values(text, people)
    assert "Wales" in values(text, places)


@pytest.mark.parametrize(("text", "person", "place"), [
    ("Paris Hilton attended the launch in Los Angeles.", "Paris Hilton", "Los Angeles"),
    ("Jordan Henderson scored twice for England.", "Jordan Henderson", "England"),
    ("Victoria Beckham opened a shop in London.", "Victoria Beckham", "London"),
    ("Defence Minister Israel Katz flew to Cyprus.", "Israel Katz", "Cyprus"),
    ("George Washington crossed the Delaware.", "George Washington", "Delaware"),
    ("Michael Jordan visited Chicago.", "Michael Jordan", "Chicago"),
    ("Mr Jordan said the plan had failed in Ohio.", "Jordan", "Ohio"),
    ("Queen Victoria reigned from London.", "Victoria", "London"),
    ("Joe Montana threw two touchdowns in Ohio.", "Joe Montana", "Ohio"),
])
def test_a_place_word_in_a_personal_name_is_the_name(text, person, place):
    assert values(text, people) == [person]
    assert values(text, places) == [place]


@pytest.mark.parametrize(("text", "expected"), [
    ("Jordan said it would reopen its border with Syria.", ["Jordan", "Syria"]),
    ("Israel’s Netanyahu met Jordan’s King Abdullah in Amman.", ["Israel", "Jordan", "Amman"]),
    ("Georgia Governor Brian Kemp signed the bill.", ["Georgia"]),
    ("Rents in Greater London rose, and Central London was busiest.", ["London", "London"]),
    ("Farmers in the Jordan Valley said water was short.", ["Jordan"]),
    ("Voters in Georgia and Washington went to the polls.", ["Georgia", "Washington"]),
    ("Police in Victoria arrested two men near Sydney.", ["Victoria", "Sydney"]),
    # Title Case headlines: a capitalised verb after the place is no surname.
    ("Paris Braces For Strikes\nUnions in Paris called a strike.", ["Paris", "Paris"]),
    ("Storm Batters London\nHeavy rain fell across the city.", ["London"]),
    ("Former Washington Post editor Marty Baron spoke.", ["Washington"]),
])
def test_a_place_word_next_to_no_name_stays_a_place(text, expected):
    assert values(text, places) == expected
    assert not any(word in name for name in values(text, people) for word in expected)


@pytest.mark.parametrize(("text", "person"), [
    ("Galicia Ruiz said the strike would go on.", "Galicia Ruiz"),
    ("India Knight wrote that the plan was doomed.", "India Knight"),
    ("Asia Argento told reporters she would appeal.", "Asia Argento"),
    ("Kenya Moore, a former model, said the show was over.", "Kenya Moore"),
    ("“We were ready,” said Galicia Ruiz.", "Galicia Ruiz"),
    ("Dr. Lombardy Rossi treated the wounded.", "Lombardy Rossi"),
    ("Senator Kenya Moore voted against it.", "Kenya Moore"),
])
def test_a_place_before_a_surname_where_a_person_stands_is_a_given_name(text, person):
    assert values(text, people) == [person]
    assert values(text, places) == []


@pytest.mark.parametrize(("text", "expected"), [
    # A determiner makes the pair a thing's name; a title or a possessive after the place keeps it.
    ("The Moscow Times reported that the plant had closed.", ["Moscow"]),
    ("The Jerusalem Post reported the strike.", ["Jerusalem"]),
    ("Texas Governor Greg Abbott said the border was shut.", ["Texas"]),
    ("Kenya’s Ruto said the talks had failed.", ["Kenya"]),
    # Not where a person stands: no verb of saying, no title.
    ("Flights from India Knight Frank had chartered were cancelled.", ["India"]),
    ("The storm hit Galicia on Monday, Ruiz said.", ["Galicia"]),
])
def test_a_place_before_a_capitalised_word_elsewhere_stays_a_place(text, expected):
    assert values(text, places) == expected


@pytest.mark.parametrize(("text", "person"), [
    ("Elon Musk Says Tesla Will Build Robots\nMusk told investors the plan would work.", "Elon Musk"),
    ("Rachel Reeves Defends Budget Plans\nReeves told reporters the plan was fair.", "Rachel Reeves"),
    ("Shares Slide As Keir Starmer Unveils Tax Plan\nStarmer said the plan was fair.", "Keir Starmer"),
    ("Markets Rally, Ngozi Okonjo Warns Of Risks\nOkonjo said trade was slowing.", "Ngozi Okonjo"),
])
def test_a_headline_keeps_the_given_name_of_a_surname_the_report_uses(text, person):
    assert set(values(text, people)) == {person}


@pytest.mark.parametrize(("text", "expected"), [
    # A word the report writes alone is no given name; a headline verb before a surname is none.
    ("Tesla Musk Feud Deepens\nTesla shares fell. Musk said the board was wrong.", {"Musk"}),
    ("Trump Hails Musk As Partner\nMusk said he was honoured.", {"Musk"}),
    ("Board Backs Musk Pay Deal\nMusk said he was grateful.", {"Musk"}),
    # Without the surname in the report, a headline names nobody.
    ("Elon Musk Says Tesla Will Build Robots\nThe company said costs would fall.", set()),
])
def test_a_headline_word_before_a_known_surname_is_not_always_a_given_name(text, expected):
    assert set(values(text, people)) == expected


def test_a_party_label_is_no_part_of_a_name():
    assert values("Georgia Republican Marjorie Taylor Greene said she would run.", people) == [
        "Marjorie Taylor Greene"]
    assert values("Texas Democrat Beto O’Rourke and Ohio Republicans met.", people) == ["Beto O’Rourke"]


def test_central_banks_and_their_short_names():
    text = ("The Federal Reserve raised rates and the Bank of England held. The Fed said inflation eased; "
            "the ECB and the European Central Bank are one. The BoJ and the Bank of Japan acted, "
            "as did the People’s Bank of China and the PBOC.")
    assert by_surface(text, orgs) == {
        "Federal Reserve": "Federal Reserve", "Bank of England": "Bank of England", "Fed": "Federal Reserve",
        "ECB": "European Central Bank", "European Central Bank": "European Central Bank",
        "BoJ": "Bank of Japan", "Bank of Japan": "Bank of Japan",
        "People’s Bank of China": "People's Bank of China", "PBOC": "People's Bank of China"}
    # The place in a bank's name is the bank's, not a place of its own.
    assert values(text, places) == []


def test_fed_up_is_no_central_bank():
    assert values("Fed up with delays, residents protested. They were fed up.", orgs) == []
    assert values("Fed officials met. Fed Chair Jerome Powell spoke.", orgs) == ["Federal Reserve"] * 2


def test_a_named_bank_keeps_its_possessive_word():
    # "People's" heads the name; it is no owner's possessive ("China's Renmin University").
    assert normalise("People's Bank of China") == "People's Bank of China"
    assert normalise("Bank of England") == "Bank of England"
    assert normalise("China's Renmin University") == "Renmin University"


def test_colleges_airlines_and_clubs_are_organisations():
    text = ("Students at Imperial College protested. Singapore Airlines and British Airways cut fares. "
            "The Paris Club met creditors. Israel Aerospace Industries won a contract.")
    assert values(text, orgs) == ["Imperial College", "Singapore Airlines", "British Airways", "Paris Club",
                                  "Israel Aerospace Industries"]
    assert values(text, people) == []


def test_a_run_of_many_complements_is_read_as_several_names():
    # A flattened table repeats one heading. Read as one name, the run's cost would grow with its
    # square; a name holds a bounded number of complements, so the longest mention is as long in
    # a run of 40 headings as in a run of 200, and far shorter than either.
    longest = {}
    for repeats in (40, 200):
        text = "The Ministry of the " * repeats + "Interior said so."
        longest[repeats] = max(end - start for start, end, _ in orgs.mentions(text))
    assert longest[40] == longest[200] < len("The Ministry of the ") * 40 / 2


@pytest.mark.parametrize("text,name", [
    ("The Committee on Trade of the Council of Ministers of the League of Arab States met.",
     "Committee on Trade of the Council of Ministers of the League of Arab States"),
    ("The Council of Heads of State of the Commonwealth of Independent States met.",
     "Council of Heads of State of the Commonwealth of Independent States"),
])
def test_a_name_with_several_complements_is_still_read_whole(text, name):
    assert name in [text[start:end] for start, end, _ in orgs.mentions(text)]


@pytest.mark.parametrize("text,person", [
    # "Lake", "River", "Beach" and "Island" are surnames too: no head of a named thing
    ("Talk show host Ricki Lake said 40 guests came.", "Ricki Lake"),
    ("The film starred Veronica Lake and Alan Ladd.", "Veronica Lake"),
    ("The actor River Phoenix died in 1993.", "River Phoenix"),
])
def test_water_words_in_personal_names_stay_names(text, person):
    assert person in values(text, people)


# --- Title Case lines ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Storm Batters Coastal Towns As Leaders Meet In Geneva\nA storm hit the coast on Monday, officials said.",
    "Strong Winds Ground Flights Across Northern Europe\nAirlines cancelled hundreds of flights on Sunday.",
    "Markets Rally As Inflation Cools\nStocks rose on Wednesday as price growth slowed.",
    "Heavy Rain Floods Streets, Disrupts Trains In Mumbai\nMonsoon rains lashed the city on Monday.",
    "Parliament Passes Budget After Marathon Debate\nLawmakers approved the spending plan late on Tuesday.",
    "Biden Signs Bill To Fund Highway Repairs\nThe president signed the measure on Tuesday.",
])
def test_a_title_case_headline_names_nobody_the_report_does_not_name(text):
    assert values(text, people) == []


@pytest.mark.parametrize(("text", "expected"), [
    # A headline word is a name when the report names that person outside the headline.
    ("Hamilton Wins Monaco Grand Prix\nLewis Hamilton won the race on Sunday.", ["Lewis Hamilton"] * 2),
    ("Biden Signs Bill To Fund Highway Repairs\nPresident Joe Biden signed the measure on Tuesday.",
     ["Joe Biden"] * 2),
    ("Biden Signs Bill Into Law\nThe law will create jobs, Biden said on Tuesday.", ["Biden"] * 2),
    ("Xi, Putin Hold Video Call Ahead Of Spring Festival\nChinese President Xi Jinping held a video call "
     "with Russian President Vladimir Putin on Wednesday.", ["Xi Jinping", "Vladimir Putin"] * 2),
    ("Union Chief Maria Lopez Warns Of Strikes\nWorkers may walk out, Lopez told members.", ["Maria Lopez"] * 2),
    # After a title the words are a name, as anywhere.
    ("President Macron Meets Farmers In Paris\nFarmers gathered outside the hall.", ["Macron"]),
    # A byline, a caption of titled names and an ordinary sentence are no Title Case lines.
    ("Parliament Passes Budget After Marathon Debate\nBy Jane Roe\nLawmakers approved the plan on Tuesday.",
     ["Jane Roe"]),
    ("Prime Minister Keir Starmer and President Emmanuel Macron\nThe two leaders met in London.",
     ["Keir Starmer", "Emmanuel Macron"]),
    ("Ana Ruiz Met Tom Lee In Madrid.", ["Ana Ruiz", "Tom Lee"]),
])
def test_a_title_case_headline_names_the_people_the_report_names(text, expected):
    assert values(text, people) == expected


@pytest.mark.parametrize(("text", "lines"), [
    ("Storm Batters Coastal Towns As Leaders Meet In Geneva\nThe storm hit.", [0]),
    ("U.S. at Odds with China Over Chips\nTalks stalled.", [0]),  # short function words may stay lower case
    ("Heavy Rain Floods Streets\nRains flooded the city.", [0]),  # "Floods": the report writes "flooded"
    ("By Jane Roe\nThe storm hit the coast.", []),
    ("BEIJING, Feb. 5 (Xinhua) -- Trade grew.", []),
    ("Prime Minister Keir Starmer and President Emmanuel Macron\nThey met.", []),
    ("Members of the Political Bureau of the Workers’ Party of Korea Central Committee met.", []),
    ("Ana Ruiz, Tom Lee And Li Wen Met Tuesday.", []),  # a sentence closed by a full stop
    ("Central Bank Governor Ana Ruiz\nShe spoke on Tuesday.", []),  # no word that prose writes in lower case
])
def test_which_lines_are_title_case(text, lines):
    from consistency.extractors._names import title_case_lines

    starts = [0, *(index + 1 for index, char in enumerate(text) if char == "\n")]
    assert [starts.index(start) for start, _ in title_case_lines(text)] == lines


_INVENTED = st.text("bcdfghklmnprstvz", min_size=3, max_size=8).map(lambda word: word + "a")


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(_INVENTED, min_size=2, max_size=6), st.sampled_from(["In", "As", "Over", "After", "Amid"]))
def test_invented_words_of_a_title_case_headline_are_nobody(words, joiner):
    """Capitalised words the report never uses elsewhere are no evidence of a name in a headline."""
    capitalised = [word.capitalize() for word in words]
    headline = " ".join([*capitalised[:1], joiner, *capitalised[1:]])
    assert values(f"{headline}\nThe storm hit the coast on Monday, officials said.", people) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Wildfire Forces Thousands From Homes Near Sydney\nA blaze spread west of the city.", []),
    ("Biden Signs Bill To Fund Highway Repairs\nThe president signed the measure.", []),
    ("Farmers Protest Outside European Parliament\nTractors blocked roads near the European Parliament.",
     ["European Parliament"] * 2),
    # A body after "the" or a known organisation stays read.
    ("Statement by the Monetary Policy Board: Monetary Policy Decision\nThe Board decided to act.",
     ["Monetary Policy Board"]),
    ("Federal Reserve Holds Rates Steady As Inflation Eases\nPolicymakers kept rates on hold.", ["Federal Reserve"]),
])
def test_a_title_case_headline_names_known_bodies_only(text, expected):
    assert values(text, orgs) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # States of two words are read whole, never as their last word.
    ("Senator John Thune of South Dakota said the vote would wait.", ["South Dakota"]),
    ("Governors of North Carolina, New Mexico, West Virginia and Rhode Island met in Washington.",
     ["North Carolina", "New Mexico", "West Virginia", "Rhode Island", "Washington"]),
    ("Floods hit Western Australia and the Northern Territory.", ["Western Australia", "Northern Territory"]),
    ("Voters in Madhya Pradesh and Tamil Nadu went to the polls.", ["Madhya Pradesh", "Tamil Nadu"]),
    # Union territories, states and provinces of other federations.
    ("Police in Puducherry and Chandigarh made arrests.", ["Puducherry", "Chandigarh"]),
    ("Troops were sent to Sinaloa and Baja California.", ["Sinaloa", "Baja California"]),
    ("Storms lashed KwaZulu-Natal and the Eastern Cape.", ["KwaZulu-Natal", "Eastern Cape"]),
    ("Fires burned in Sumatra and Borneo, and floods hit Minas Gerais.", ["Sumatra", "Borneo", "Minas Gerais"]),
    ("Residents of the District of Columbia cannot vote in Senate races.", ["District of Columbia"]),
])
def test_first_level_regions_are_read_whole(text, expected):
    assert values(text, places) == expected


@pytest.mark.parametrize(("text", "person"), [
    ("Luis Suarez scored twice.", "Luis Suarez"),
    ("Ariana Grande sang.", "Ariana Grande"),
    ("District Attorney Alvin Bragg filed charges.", "Alvin Bragg"),
])
def test_a_region_adds_no_given_name_to_the_place_words(text, person):
    assert values(text, people) == [person]


@pytest.mark.parametrize(("text", "name", "note"), [
    ("Sen. John Thune spoke on Monday.", "John Thune", "title: Sen."),
    ("Gov. Kristi Noem signed the bill.", "Kristi Noem", "title: Gov."),
    ("The order came from Gen. Mark Milley on Friday.", "Mark Milley", "title: Gen."),
    ("Dr. Amina Yusuf led the team.", "Amina Yusuf", "title: Dr."),
])
def test_an_abbreviated_title_names_the_person_after_it(text, name, note):
    assert [(f.value, f.note) for f in facts(text, people)] == [(name, note)]


def test_a_full_title_closing_a_sentence_is_no_title_of_the_next():
    assert [(f.value, f.note) for f in facts("He met the President. Kim Jong Un left.", people)] == [
        ("Kim Jong Un", "")]
    assert values("Police thanked Mr. Jordan for his help.", places) == []


@pytest.mark.parametrize("text, expected", [
    ("Theresa May said the deal was dead.", ["Theresa May"]),
    ("Defence Minister Dong Jun said China was ready.", ["Dong Jun"]),
    ("Kim Jun-ho met April Ryan in Seoul.", ["Kim Jun-ho", "April Ryan"]),
    ("August Wilson wrote ten plays.", ["August Wilson"]),
    ("Lee Jae-myung and Kim Min-jun spoke.", ["Lee Jae-myung", "Kim Min-jun"]),
])
def test_a_month_word_or_a_hyphenated_syllable_beside_a_name_is_part_of_it(text, expected):
    assert values(text, people) == expected


@pytest.mark.parametrize("text, expected", [
    ("In May Ryan Reynolds left the studio.", ["Ryan Reynolds"]),  # "In May": a date
    ("Talks resume on May 5, Ryan Cole said.", ["Ryan Cole"]),
    ("Sales rose in June, Ana Smith said.", ["Ana Smith"]),
    ("Ana Smith left in April and returned in June 2026.", ["Ana Smith"]),
])
def test_a_month_word_as_a_date_stays_out_of_a_name(text, expected):
    assert values(text, people) == expected


@pytest.mark.parametrize("text", [
    "Prosecutors said the suspect fled the scene.",
    "Investigators said the fire started in the kitchen.",
    "Doctors said he was in a stable condition.",
    "Economists said growth would slow this year.",
    "Firefighters said the blaze was under control by midnight.",
    "Lawmakers voted 51-49 to pass the bill.",
])
def test_a_plural_group_noun_opening_a_sentence_is_no_person(text):
    assert values(text, people) == []


@pytest.mark.parametrize("text,name", [
    ("Senator Bernie Sanders said the bill failed.", "Bernie Sanders"),
    ("Sanders said the bill failed, Bernie Sanders told reporters.", "Bernie Sanders"),
    ("Rogers said the talks would resume, Kenny Rogers added.", "Kenny Rogers"),
])
def test_surnames_that_look_like_plurals_stay_people(text, name):
    assert name in values(text, people)


@pytest.mark.parametrize("text", [
    "The Boston Globe reported the deal on Monday.",
    "The Harbour Herald said the council had voted.",
    "The Wall Street Journal reported the merger first.",
    "The chancellor told MPs the plan would cost more.",
    "CEOs said demand was weak.",
    "NGOs warned of famine in the north.",
])
def test_a_name_after_an_article_and_an_acronyms_plural_name_no_person(text):
    assert values(text, people) == []


@pytest.mark.parametrize("text,name", [
    ("Donald Trump spoke on Monday. The deal was done with the Donald Trump administration.", "Donald Trump"),
    ("The President Joe Biden said no.", "Joe Biden"),
    ("The Rev. Al Sharpton spoke at the rally.", "Al Sharpton"),
])
def test_a_person_named_after_an_article_stays_when_the_document_names_them_or_a_title_does(text, name):
    assert name in values(text, people)


@pytest.mark.parametrize("text,company", [
    # what only a company has makes one capitalised word a company: its officers, shares, statements
    ("Rates rose again. Westpac chief economist Luci Ellwood expects another rise.", "Westpac"),
    ("Markets slid as Nvidia shares fell 3% on Tuesday.", "Nvidia"),
    ("Investors sold shares of Boeing after the crash.", "Boeing"),
    ("Nvidia's chief executive Jensen Huang spoke in Taipei.", "Nvidia"),
    ("On Monday, Qantas said in a statement that flights had resumed.", "Qantas"),
    # the next sentence calls it by its kind
    ("Tesla said deliveries fell 9% in the quarter. The company added that margins held.", "Tesla"),
    ("Unilever reported higher sales on Thursday. The firm also raised its dividend.", "Unilever"),
    ("Toyota warned of weaker demand. The carmaker cut its forecast.", "Toyota"),
])
def test_a_one_word_company_is_known_by_what_only_a_company_has(text, company):
    assert company in values(text, orgs)
    assert company not in values(text, people)


@pytest.mark.parametrize("text", [
    # a person's name, a common noun or a nationality before the cue is no company
    "John Smith resigned on Monday. Later, Smith said in a statement that he was sorry.",
    "The vote went to Nikola Tesla. Investors said Tesla shares rose 3%.",
    "Tech shares rose 4% as tech firms gained.",
    "Markets rallied as Asian shares rose 2%.",
    "Interim chief executive Jane Roe said 300 jobs would go.",
    "Prosecutors said in a statement that three men were held.",
    "Ms Roe said in a statement that she was sorry.",
    # "the company" speaks of no person named with a given name, nor of a word that opens no name
    "Jane Roe joined in May. Roe said sales fell. The company added that margins held.",
    "Officials said the plant would close. The company declined to comment.",
    "Roe said sales fell, and the company added that margins held.",
])
def test_no_company_without_a_company_cue_on_a_word_that_may_be_one(text):
    assert not [value for value in values(text, orgs) if " " not in value and value.isalpha()]


def _event_at(sentence: str, date: str) -> str:
    from consistency.extractors._events import event_of

    return event_of(sentence, sentence.index(date))


@pytest.mark.parametrize("sentence,date", [
    # What the date dates is the toll, the statement, the deadline or the criticism, not the incident.
    ("The death toll from the quake rose to 310 on Thursday, officials said.", "Thursday"),
    ("The quake's death toll rose to 310 on Thursday.", "Thursday"),
    ("Schools reopened on Monday after the floods.", "Monday"),
    ("The victims of the attack were buried on Friday.", "Friday"),
    ("The airline said on Wednesday the crash was under investigation.", "Wednesday"),
    ("The crash is under investigation, the airline told reporters on Wednesday.", "Wednesday"),
    ("Firefighters said the blaze was brought under control by Sunday morning.", "Sunday"),
    ("Firefighters said the blaze was brought under control by Sunday morning.", "morning"),
    ("Crews expect to contain the wildfire by late Friday.", "Friday"),
    ("The government faced a storm of criticism on Monday over the plan.", "Monday"),
    ("The club received a flood of complaints on Tuesday.", "Tuesday"),
    ("The team came through winds and storms to win the title on Sunday.", "Sunday"),
])
def test_an_incident_named_only_beside_the_date_does_not_date_it(sentence, date):
    assert _event_at(sentence, date) == ""


@pytest.mark.parametrize("sentence,date", [
    ("A magnitude 7.1 earthquake struck early on Tuesday off the coast of Japan.", "Tuesday"),
    ("Rescuers searched the rubble after yesterday's quake killed at least 42 people.", "yesterday"),
    ("Police closed the road for six hours after the crash on Tuesday.", "Tuesday"),
    ("The jury was shown footage of the attack on the 12th of March.", "12th"),
    ("Investigators said the crash on Tuesday was caused by a faulty engine.", "Tuesday"),
    ("Tuesday's crash was the deadliest in a decade.", "Tuesday"),
    ("The fire broke out at about 2 a.m. on Saturday.", "Saturday"),
    ("The train derailed near Leeds on Thursday, injuring 14 passengers.", "Thursday"),
    ("The floods of 2023 destroyed 400 homes.", "2023"),
])
def test_an_incident_dated_by_its_own_words_stays_an_incident(sentence, date):
    assert _event_at(sentence, date) == "incident"


@pytest.mark.parametrize("sentence,date,event", [
    # A launch, a deadline and the start of a span date no decision.
    ("The rocket lifted off at 9:15 a.m. on Thursday.", "Thursday", ""),
    ("Volkswagen said it would cut 35,000 jobs in Germany by 2030.", "2030", ""),
    ("The central bank has raised rates 11 times since 2022.", "2022", ""),
    # The decision itself stays dated.
    ("The government lifted the ban on Monday.", "Monday", "decision"),
    ("The Riksbank raised its policy rate to 4% on Thursday.", "Thursday", "decision"),
    ("The court ruled on Monday that the law was unconstitutional.", "Monday", "decision"),
])
def test_a_decision_verb_dates_only_the_decision(sentence, date, event):
    assert _event_at(sentence, date) == event


@pytest.mark.parametrize("text,short,full", [
    ("Acme Corp said profits rose. Later, Acme said it would hire 300 staff.", "Acme", "Acme Corp"),
    ("Globex Inc. reported a loss on Tuesday. Globex said it would cut jobs.", "Globex", "Globex Inc"),
    ("Shares in Initech Ltd fell. Initech blamed weak demand.", "Initech", "Initech Ltd"),
])
def test_a_company_named_without_its_legal_form_is_that_company(text, short, full):
    found = [(f.surface, f.value) for f in extract_document(document_from_text("t", text))
             if f.kind in ("org", "person")]
    assert (short, full) in found and not [surface for surface, value in found if value == short]


def test_a_company_speaks_under_its_full_name():
    text = "Acme Corp. reported a loss. “We are confident,” Acme said. “Demand will recover,” Acme Corp. added."
    quotes = [f for f in extract_document(document_from_text("t", text)) if f.kind == "quote"]
    assert [q.speaker for q in quotes] == ["Acme Corp", "Acme Corp"]


def test_a_short_form_is_no_company_where_a_name_stands_before_it():
    text = "Acme Corp hired staff. Wile Acme, its founder, spoke."
    found = [(f.surface, f.value) for f in extract_document(document_from_text("t", text)) if f.kind == "org"]
    assert found == [("Acme Corp", "Acme Corp")]


# --- the field of government before Minister or Secretary is part of the title ---------------

@pytest.mark.parametrize(("text", "person", "title"), [
    ("Interior Minister Tomas Varga said the border would stay closed.", "Tomas Varga", "Interior Minister"),
    ("Finance Minister Ravi Shah will present the budget on Wednesday.", "Ravi Shah", "Finance Minister"),
    ("Home Secretary Yvette Cooper visited Dover on Friday.", "Yvette Cooper", "Home Secretary"),
    ("The plan was backed by Energy Secretary Chris Wright.", "Chris Wright", "Energy Secretary"),
    # counterexamples: no field before the office, or a field word that names no office
    ("Prime Minister Keir Starmer arrived late.", "Keir Starmer", "Prime Minister"),
    ("Deputy Minister Olga Petrova spoke first.", "Olga Petrova", "Deputy Minister"),
])
def test_the_field_of_government_before_an_office_belongs_to_its_title(text, person, title):
    assert [(f.value, f.note) for f in facts(text, people)] == [(person, f"title: {title}")]


# --- a title that "Chief" opens -----------------------------------------------------------

@pytest.mark.parametrize(("text", "person", "title"), [
    ("“The bridge is safe,” Chief Engineer Ravi Menon said.", "Ravi Menon", "Chief Engineer"),
    ("Chief Economist Laura Finch said inflation would ease by the summer.", "Laura Finch", "Chief Economist"),
    ("The survey was led by Chief Scientist Omar Haddad.", "Omar Haddad", "Chief Scientist"),
    ("Chief Medical Officer Chris Whitty said the risk to the public was low.", "Chris Whitty",
     "Chief Medical Officer"),
    ("Chief Financial Officer Mark Dunn said costs fell 4%.", "Mark Dunn", "Chief Financial Officer"),
    ("“Stocks will rise,” said Chief Investment Strategist Ana Ruiz.", "Ana Ruiz", "Chief Investment Strategist"),
    ("Chief Executive Officer Dana Whitcombe will lead the group.", "Dana Whitcombe", "Chief Executive Officer"),
])
def test_the_office_chief_opens_is_a_title_not_a_name(text, person, title):
    found = facts(text, people)
    assert [(f.value, f.note) for f in found] == [(person, f"title: {title}")]
    everything = extract_document(document_from_text("t", text))
    assert {f.speaker for f in everything if f.kind in ("quote", "percent")} <= {person, ""}
    if "said" in text:
        assert found[0].speaker == person


@pytest.mark.parametrize(("text", "person", "title"), [
    # "Chief" alone is the title: the capitalised word after it is the name
    ("Police Chief Walker said the road would stay closed.", "Walker", "Chief"),
    ("Chief Justice John Roberts wrote the opinion.", "John Roberts", "Chief Justice"),
    # the office ends at its noun: a surname that is also such a noun stays the name's
    ("Chief Economist Mark Pilot said rates would fall.", "Mark Pilot", "Chief Economist"),
])
def test_chief_before_a_name_with_no_office_after_it(text, person, title):
    assert [(f.value, f.note) for f in facts(text, people)] == [(person, f"title: {title}")]


def test_an_office_noun_without_chief_is_no_title():
    assert values("The Economist reported the sale on Monday.", people) == []
    assert values("A report in The Economist said Laura Finch would resign.", people) == ["Laura Finch"]
