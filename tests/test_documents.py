"""Reading corpora: decoding, bad input, manifest, publication dates, origins, boilerplate."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency import CorpusError, check, check_documents, document_from_text, load_corpus
from consistency.extractors import extract_document
from consistency.manifest import ManifestError

REPORT = "LONDON, March 3, 2025 (Wire) - Ministers met on Monday and agreed a $4.5 billion fund.\n"


def write(folder, name, content):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def by_id(docs):
    return {doc.doc_id: doc for doc in docs}


def test_reads_txt_and_md_recursively_with_relative_doc_ids(tmp_path):
    write(tmp_path, "a.txt", REPORT)
    write(tmp_path, "sub/b.md", REPORT)
    docs = by_id(load_corpus(tmp_path))
    assert set(docs) == {"a", "sub/b"}
    assert all(doc.usable for doc in docs.values())


def test_text_is_never_modified(tmp_path):
    raw = "Line one\r\nTrade\u00a0rose to $5\u00a0billion.\u201cQuoted\u201d\n"
    path = tmp_path / "a.txt"
    path.write_bytes(raw.encode("utf-8"))
    (doc,) = load_corpus(tmp_path)
    assert doc.text == raw


def test_non_utf8_file_is_decoded_with_a_reported_fallback(tmp_path):
    write(tmp_path, "latin.txt", "Caf\xe9 owners said sales hit \u20ac2 million.".encode("cp1252"))
    (doc,) = load_corpus(tmp_path)
    assert doc.usable
    assert doc.encoding == "cp1252"
    assert "€2 million" in doc.text
    assert any("not valid UTF-8" in problem for problem in doc.problems)


@pytest.mark.parametrize("name,content,status,words", [
    ("empty.txt", "", "empty", "empty file"),
    ("blank.txt", "  \n\n ", "empty", "empty file"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "unreadable", "binary"),
    ("photo.jpg", b"\xff\xd8\xff", "skipped", "unsupported file type"),
])
def test_bad_documents_are_reported_by_name_and_kept(tmp_path, name, content, status, words):
    write(tmp_path, "good.txt", REPORT)
    write(tmp_path, name, content)
    docs = load_corpus(tmp_path)
    assert len(docs) == 2, "a bad document is never dropped silently"
    bad = next(doc for doc in docs if doc.path.name == name)
    assert bad.status == status
    assert any(name in problem and words in problem for problem in bad.problems)
    result = check(tmp_path)
    assert result.usable
    assert set(result.documents["status"]) == {"ok", status}
    assert any(name in problem for problem in result.problems)


def test_missing_path_and_empty_folder_raise_clear_errors(tmp_path):
    with pytest.raises(CorpusError, match="no such file"):
        load_corpus(tmp_path / "nowhere")
    with pytest.raises(CorpusError, match=r"no \.txt or \.md documents"):
        load_corpus(tmp_path)


def test_single_file_path_is_a_corpus_of_one(tmp_path):
    path = write(tmp_path, "only.txt", REPORT)
    (doc,) = load_corpus(path)
    assert doc.doc_id == "only"


def test_manifest_names_sources_and_dates(tmp_path):
    write(tmp_path, "a.txt", "Ministers met on Monday.")
    write(tmp_path, "manifest.toml", '[documents.a]\nsource = "Daily Planet"\npublished = 2025-03-05\n')
    (doc,) = load_corpus(tmp_path)
    assert (doc.source, doc.published, doc.published_from) == ("Daily Planet", dt.date(2025, 3, 5),
                                                               "manifest")


@pytest.mark.parametrize("manifest,key", [
    ('[documents.a]\nsorce = "typo"\n', "sorce"),
    ('[documents.a]\npublished = "March 5"\n', "published"),
    ('[files]\n', "files"),
    ('[documents.a\n', "not valid TOML"),
])
def test_invalid_manifest_names_the_file_and_key(tmp_path, manifest, key):
    write(tmp_path, "a.txt", REPORT)
    write(tmp_path, "manifest.toml", manifest)
    with pytest.raises(ManifestError, match=key) as error:
        load_corpus(tmp_path)
    assert "manifest.toml" in str(error.value)


@pytest.mark.parametrize("header,expected,how", [
    ("Published on March 3, 2025\n\nBody text.", "2025-03-03", "published"),
    ("Posted: 2025-03-03\n\nBody text.", "2025-03-03", "posted"),
    ("date 2025-03-03 Body text follows here.", "2025-03-03", "date"),
    ("PARIS, Mar. 3, 2025 /Wire/ - Body text.", "2025-03-03", "dateline"),
    ("Document Date: Mon, Mar 03 2025 10:00:00 am\n\nBody.", "2025-03-03", "document date"),
    ("Just a story with no date.", None, ""),
])
def test_publication_date_is_inferred_from_header_lines(header, expected, how):
    doc = document_from_text("x", header)
    assert (doc.published.isoformat() if doc.published else None) == expected
    assert doc.published_from == how


@pytest.mark.parametrize("line,expected", [
    ("Wednesday 4 February 2026 18.05 GMT", "2026-02-04"),
    ("12 June 2025, 09:30", "2025-06-12"),
    ("Fri 7 Nov 2025 11.15 EST", "2025-11-07"),
    ("April 2, 2024", "2024-04-02"),
    ("Sat 1 Mar 2025 at 4:05pm", "2025-03-01"),
])
def test_a_line_holding_a_date_alone_is_the_publication_date(line, expected):
    doc = document_from_text("x", f"Floods close the coast road\n\n{line}\n\nThe road shut on Monday.")
    assert (doc.published.isoformat(), doc.published_from) == (expected, "date line")
    facts = check_documents([doc]).facts
    assert set(facts[facts["kind"] == "date"]["origin"]) == {"metadata", "narration"}  # the page's date, Monday


@pytest.mark.parametrize("text", [
    "Headline\n\nThe talks of 9 March 2026 ended without a deal.",
    "Headline\n\nOn 9 March 2026 the ministers met.",
    "Headline\n\n9 March 2026: a timeline of the talks",
])
def test_a_date_inside_a_sentence_is_no_publication_line(text):
    assert document_from_text("x", text).published is None


@pytest.mark.parametrize("header,expected,how", [
    # a line holding only the page's date stamp, as outlets print it under the byline
    ("By Ann Roe\n\nApril 14, 2026 7:42 AM EDT\n\nBody text.", "2026-04-14", "date line"),
    ("Wednesday 15 April 2026 00:01 BST\n\nBody text.", "2026-04-15", "date line"),
    ("Tue 3 Mar 2025 08.15 GMT\n\nBody text.", "2025-03-03", "date line"),
    ("Jo Lee\nMarch 9, 2024\n\nBody text.", "2024-03-09", "date line"),
    # a bar or a dot sets the clock or a byline apart on the stamp's line
    ("By Ann Roe\n\nMay 14, 2026 | 5:12 PM EDT\n\nBody text.", "2026-05-14", "date line"),
    ("June 3rd, 2025 at 8:20 am | Posted by Lee Park\n\nBody text.", "2025-06-03", "date line"),
    ("Headline\n\n12 June 2025 · 09:30 BST\n\nBody text.", "2025-06-12", "date line"),
    ("Thu 2 Oct 2025 | By Sam Chu\n\nBody text.", "2025-10-02", "date line"),
    # a dash set apart by spaces sets the clock apart, as agencies date their releases
    ("NEWS RELEASE\n\nJuly 15, 2026 - 7:30 p.m.\n\nBody text.", "2026-07-15", "date line"),
    ("Headline\n\n3 March 2025 – 18:00 GMT\n\nBody text.", "2025-03-03", "date line"),
    ("Tuesday, 9 June 2026 — 10.15am\n\nBody text.", "2026-06-09", "date line"),
    # a label after the byline on the same line
    ("By Jo Lee | Last updated: 2026-04-14 08:05 ET\n\nBody text.", "2026-04-14", "last updated"),
    ("Sam Chu · Published 2 June 2025\n\nBody text.", "2025-06-02", "published"),
    # a date inside a sentence is no stamp, and a bar before prose is no label
    ("Talks began on March 3, 2025 in Paris.\n\nBody text.", None, ""),
    ("March 3, 2025 was a Monday, and the talks began.\n\nBody text.", None, ""),
    ("Sales rose | Published figures follow.\n\nBody text.", None, ""),
    ("Sales rose | 3 March 2025\n\nBody text.", None, ""),
    ("March 3, 2025 was a Monday | the talks began.\n\nBody text.", None, ""),
    # a credit, a byline, a section or a reading time after the bar
    ("Shares fall\n\nMarch 3, 2025 | Reuters\n\nBody text.", "2025-03-03", "date line"),
    ("Shares fall\n\nMarch 3, 2025 \u00b7 4 min read\n\nBody text.", "2025-03-03", "date line"),
    ("Shares fall\n\nMarch 3, 2025 | Dana Ruiz\n\nBody text.", "2025-03-03", "date line"),
    # a timeline's entry: a date, a bar and what happened
    ("Timeline\n\nMarch 3, 2024 | FBI raids Meridale offices\n\nBody text.", None, ""),
    ("Key dates\n\nJune 9, 2025 \u00b7 Jury selection begins\n\nBody text.", None, ""),
    ("March 3, 2025 - the day the talks began.\n\nBody text.", None, ""),
    ("March 3, 2025 - 7:30 p.m. was the deadline.\n\nBody text.", None, ""),
])
def test_publication_date_is_read_from_a_bare_date_line_or_after_a_byline(header, expected, how):
    doc = document_from_text("x", header)
    assert (doc.published.isoformat() if doc.published else None) == expected
    assert doc.published_from == how


def test_a_bare_date_line_is_metadata_not_an_event_date():
    from consistency.published import metadata_spans
    text = "By Ann Roe\n\nApril 14, 2026 7:42 AM EDT\n\nBody text."
    assert [text[span.start:span.end] for span in metadata_spans(text)] == ["April 14, 2026 7:42 AM EDT"]


def test_labelled_publication_date_beats_a_document_date_line_and_both_are_kept():
    doc = document_from_text("x", "Published on March 3, 2025\n\nDocument Date: Tue, Mar 04 2025\n\nBody.")
    assert doc.published == dt.date(2025, 3, 3)
    assert {label for label, *_ in doc.date_evidence} == {"published", "document date"}


def test_source_is_guessed_from_a_domain_line_a_title_prefix_or_a_byline():
    assert document_from_text("x", "dailyplanet.com\n\nBody text.").source == "dailyplanet.com"
    assert document_from_text("x", "WIRE: Leaders meet\n\nBody.").source == "WIRE"
    text = "Body text.\n\nJane Roe\nThe writer is a columnist at Metro Herald."
    assert document_from_text("x", text).source == "Metro Herald"



@pytest.mark.parametrize("line,source", [
    ("abc.net.au", "abc.net.au"),
    ("rba.gov.au", "rba.gov.au"),
    ("stuff.co.nz", "stuff.co.nz"),
    ("irishtimes.ie", "irishtimes.ie"),
    ("news.bbc.co.uk", "news.bbc.co.uk"),
    # broadcasters and blogs under their own endings
    ("itv.tv", "itv.tv"),
    ("quakenotes.blog", "quakenotes.blog"),
    ("riverside.media", "riverside.media"),
])
def test_a_domain_line_may_end_in_a_country_code(line, source):
    assert document_from_text("x", f"{line}\n\nBody text.").source == source


@pytest.mark.parametrize("masthead", ["The Northern Courier", "Daily Sentinel", "The Evening Standard",
                                      "Lakeside Gazette", "The Times", "The Oregon Ledger", "The Boston Globe",
                                      "Hartford Courant", "The Kenya Enquirer"])
def test_a_masthead_opening_the_page_names_the_outlet(masthead):
    assert document_from_text("x", f"{masthead}\n\nFloods close the coast road\n\nBody text.").source == masthead


@pytest.mark.parametrize("first_line", ["Storm damage closes the Post", "The Times They Are Changing",
                                        "The Big Short", "Herald Square reopens", "Globe sales slump",
                                        "Firms Plead for a Patient Advocate"])
def test_a_headline_ending_or_starting_with_a_paper_word_is_no_masthead(first_line):
    assert document_from_text("x", f"{first_line}\n\nBody text.").source == "x"


@pytest.mark.parametrize("text", [
    "notes.md\n\nBody text.",
    "See also: budget.2026\n\nBody text.",
])
def test_a_file_name_or_a_figure_is_no_domain_line(text):
    assert document_from_text("x", text).source == "x"


@pytest.mark.parametrize("first_line", [
    "Published: 18 March 2026",
    "Updated: March 18, 2026 10:05",
    "BREAKING: Storm closes schools",
    "WATCH: The governor explains the decision",
    "Analysis: Why the bank moved now",
])
def test_a_label_or_kicker_opening_the_page_is_no_outlet(first_line):
    assert document_from_text("x", f"{first_line}\n\nBody text.").source == "x"
    bylined = f"{first_line}\n\nBody text.\n\nAna Ruiz is the economics correspondent for The Harbour Herald."
    assert document_from_text("x", bylined).source == "The Harbour Herald"

SECTIONS = """Leaders talk again

The page's own account: the ministers met on Monday.

Readout of the call

March 3 (Foreign Office) – On March 3, 2025, the ministers spoke by phone.

The Foreign Office said the talks were useful.

Transcript

March 3 (Palace) – The Spokesman: Today we held talks.
"""


def test_wire_style_headers_open_origin_sections_with_their_own_date():
    doc = document_from_text("x", SECTIONS)
    assert doc.origin_at(SECTIONS.index("own account")) == "narration"
    assert doc.origin_at(SECTIONS.index("spoke by phone")) == "Foreign Office"
    assert doc.origin_at(SECTIONS.index("Readout of the call")) == "Foreign Office", "title line"
    assert doc.origin_at(SECTIONS.index("Today we held")) == "Palace"
    dates = {doc.origin_at(start): date for start, date in doc.origin_dates.items()}
    assert dates == {"Foreign Office": "2025-03-03", "Palace": "XXXX-03-03"}


@pytest.mark.parametrize("text", [
    "LONDON (Reuters) - Shares fell 2% on Monday after the report.\n\nThe FTSE 100 lost 150 points, traders said.",
    "Stocks slide on Wall Street\n\nNEW YORK (AP) — Stocks fell 2% on Monday.\n\nThe Dow lost 300 points.",
    "SYDNEY (Harbour Wire) – The bank held rates at 4.1% on Tuesday.\n\nEconomists had expected a hold.",
])
def test_a_reports_one_dateline_credits_its_own_source_not_a_reprinted_origin(text):
    doc = document_from_text("x", text)
    assert doc.origins == []
    found = extract_document(doc)
    assert {fact.origin for fact in found if fact.kind in ("percent", "count")} == {"narration"}


def test_several_datelines_mark_the_sections_of_a_page_reprinting_them():
    text = ("MOSCOW (TASS) — The Kremlin said 40 people were evacuated.\n\n"
            "BEIJING (Xinhua) — The ministry said 3 people were hurt.")
    doc = document_from_text("x", text)
    assert doc.origin_at(text.index("40 people")) == "TASS"
    assert doc.origin_at(text.index("3 people")) == "Xinhua"


def test_attribution_cues_and_release_announcements_mark_origins():
    text = ("Our reporter adds colour here.\n\n"
            "According to the Ministry of Defence, 40 drills were held.\n\n"
            "The Presidential Office released the text of the remarks.\n\n"
            "He said: \u201cWe will continue.\u201d\n\n"
            "Analysts were sceptical.")
    doc = document_from_text("x", text)
    assert doc.origin_at(text.index("Our reporter")) == "narration"
    assert doc.origin_at(text.index("40 drills")) == "Ministry of Defence"
    assert doc.origin_at(text.index("We will continue")) == "Presidential Office"
    assert doc.origin_at(text.index("Analysts")) == "narration"


@pytest.mark.parametrize("paragraph,origin", [
    ("According to the Civil Aviation Authority, 40 flights were cancelled.", "Civil Aviation Authority"),
    ("According to the Ministry of Trade and Industry, exports rose 4% in May.", "Ministry of Trade and Industry"),
    ("The statement released by the Department of Health and Human Services said 40 clinics had shut.",
     "Department of Health and Human Services"),
    ("The Disaster and Emergency Management Authority released the text of its update:\n\n"
     "\u201cTwelve people were hurt.\u201d", "Disaster and Emergency Management Authority"),
    # "and the" opens a second name: the first institution speaks
    ("According to the Kremlin and the White House, the call lasted an hour.", "Kremlin"),
])
def test_an_institution_named_with_and_or_as_an_authority_marks_its_origin(paragraph, origin):
    text = f"Our reporter adds colour here.\n\n{paragraph}\n\nAnalysts were sceptical."
    doc = document_from_text("x", text)
    assert doc.origin_at(text.rindex(".", 0, text.index("Analysts") - 2) - 3) == origin
    assert doc.origin_at(text.index("Analysts")) == "narration"


@pytest.mark.parametrize("announcement,label", [
    ("Corbel Foods Inc. issued the following press release:", "Corbel Foods Inc."),
    ("Halden Group released the following statement on Monday:", "Halden Group"),
    ("Northway Shipping Ltd published a news release:", "Northway Shipping Ltd"),
    ("Orrin Motor Company issued this release after the close:", "Orrin Motor Company"),
    # an agency's update or bulletin on an emergency it handles is its release
    ("The Oregon State Fire Service issued the following update:", "Oregon State Fire Service"),
    ("The Environment Agency published this flood bulletin at noon:", "Environment Agency"),
    ("The Ministry of Health released its latest update on Friday:", "Ministry of Health"),
    # "for" or "of" after the institution word names what it serves
    ("The U.S. Attorney's Office for the District of Massachusetts issued the following statement:",
     "U.S. Attorney's Office for the District of Massachusetts"),
    ("The Office for National Statistics released the following statement:", "Office for National Statistics"),
    ("The Agency for Toxic Substances and Disease Registry issued this statement:",
     "Agency for Toxic Substances and Disease Registry"),
])
def test_a_company_issuing_a_release_marks_the_quoted_paragraphs_that_follow(announcement, label):
    text = (f"Shares rose before the bell.\n\n{announcement}\n\n"
            "\u201cWe today agreed to buy Larch Mills for $2 billion.\u201d\n\nOur view follows.")
    doc = document_from_text("x", text)
    assert doc.origin_at(text.index("Larch Mills")) == label
    assert doc.origin_at(text.index("Shares rose")) == doc.origin_at(text.index("Our view")) == "narration"


@pytest.mark.parametrize("text", [
    # no release noun, or a name without a company ending: the page's own words
    "Corbel Foods Inc. issued new shares on Monday:\n\n\u201cWe are pleased.\u201d",
    "Corbel issued the following press release:\n\n\u201cWe are pleased.\u201d",
    "Cobalt Foods issued the following press release:\n\n\u201cWe are pleased.\u201d",
    "Corbel Foods Inc. issued an update to its app on Monday:\n\n\u201cWe are pleased.\u201d",
])
def test_a_release_needs_a_company_name_and_a_release_noun(text):
    assert document_from_text("x", text).origin_at(text.index("pleased")) == "narration"


def test_known_institutions_share_an_origin_label():
    text = "According to the Chinese Foreign Ministry, the talks went well."
    doc = document_from_text("x", text)
    assert doc.origin_at(text.index("talks")) == "MFA"


def test_boilerplate_trailers_and_bios_yield_no_facts():
    text = ("Trade reached $5 billion in 2024, officials said on Monday.\n\n"
            "Jane Roe\nThe writer is a columnist at Metro Herald, reachable at jane@example.com\n\n"
            "LEAVE A REPLY\n\nPlease enter your comment!\n\n"
            "Must Read\n\nFloods kill 216 as damage reaches $3 billion on Friday, March 7, 2025\n")
    result = check_document(text)
    facts = result.facts
    assert list(facts.loc[facts["kind"].isin(["money", "date"]), "surface"]) == ["$5 billion", "2024", "Monday"]
    assert (facts["start"] < text.index("Jane Roe")).all()
    doc = result.corpus[0]
    assert doc.is_boilerplate(text.index("Floods"), text.index("Floods") + 5)
    assert doc.is_boilerplate(text.index("Jane Roe"), text.index("Jane Roe") + 4)


def check_document(text, published="2025-03-05"):
    from consistency import check_documents

    return check_documents([document_from_text("x", text, published)])


def test_manifest_marks_a_document_primary_and_rejects_a_non_boolean(tmp_path):
    write(tmp_path, "readout.txt", REPORT)
    write(tmp_path, "paper.txt", REPORT)
    write(tmp_path, "manifest.toml", "[documents.readout]\nprimary = true\n")
    docs = by_id(load_corpus(tmp_path))
    assert docs["readout"].is_primary("narration") and not docs["paper"].is_primary("narration")
    assert docs["paper"].is_primary("Foreign Office"), "a reprinted origin is primary"
    write(tmp_path, "manifest.toml", '[documents.readout]\nprimary = "yes"\n')
    with pytest.raises(ManifestError, match="primary"):
        load_corpus(tmp_path)


def test_a_given_publication_date_may_be_a_date_a_datetime_or_iso_text():
    import datetime as dt

    text = "Mayor Ana Ruiz opened the bridge on Wednesday."
    for given in (dt.date(2025, 3, 7), dt.datetime(2025, 3, 7, 23, 59), "2025-03-07", " 2025-03-07 "):
        doc = document_from_text("x", text, published=given)
        assert (doc.published, doc.published_from) == (dt.date(2025, 3, 7), "given")
    assert document_from_text("x", text, published="").published_from != "given"  # empty: none given


def test_a_publication_date_that_is_not_iso_names_the_document():
    with pytest.raises(ValueError, match=r"report-7: published date '7 March 2025' is not an ISO date"):
        document_from_text("report-7", "Body.", published="7 March 2025")


@pytest.mark.parametrize("text,expected", [
    ("Negotiators will travel to the U.S. The last round was held on Monday.",
     ["Negotiators will travel to the U.S.", "The last round was held on Monday."]),
    ("The vote is at 3 p.m. It will be close.", ["The vote is at 3 p.m.", "It will be close."]),
    ('"We will win," said Ana Ruiz of Acme Inc. "We always do," she added.',
     ['"We will win," said Ana Ruiz of Acme Inc.', '"We always do," she added.']),
    # abbreviations inside a sentence run on
    ("U.S. President Joe Biden spoke on Feb. 4 with Dr. Lee of Acme Inc. and left.",
     ["U.S. President Joe Biden spoke on Feb. 4 with Dr. Lee of Acme Inc. and left."]),
    ("Talks in the U.S. President's office ended.", ["Talks in the U.S. President's office ended."]),
    ("The U.S. A-10 fleet will be retired, the Air Force said.",
     ["The U.S. A-10 fleet will be retired, the Air Force said."]),
    ("Robert Kennedy Jr. On Tuesday said so.", ["Robert Kennedy Jr. On Tuesday said so."]),
    # a title-case headline is one line of title words, whatever follows an abbreviation
    ("U.S. At Odds With China Over Chip Exports", ["U.S. At Odds With China Over Chip Exports"]),
    ("Acme Inc. The Company Behind the Rocket", ["Acme Inc. The Company Behind the Rocket"]),
    # … while prose after one still opens a sentence, capitalised names or not
    ("Talks moved to the U.S. The White House said it would host them.",
     ["Talks moved to the U.S.", "The White House said it would host them."]),
    ("They met in Washington, D.C. On Tuesday, they flew home.",
     ["They met in Washington, D.C.", "On Tuesday, they flew home."]),
    ("The talks were held in the U.S. The White House on Monday said 300 jobs were at risk.",
     ["The talks were held in the U.S.", "The White House on Monday said 300 jobs were at risk."]),
    ("Officials met at 10 a.m. The Prime Minister, Keir Starmer, said 40 people died.",
     ["Officials met at 10 a.m.", "The Prime Minister, Keir Starmer, said 40 people died."]),
    ("The deal was signed by Acme Inc. The Chief Executive, John Smith, said it was worth $2 billion.",
     ["The deal was signed by Acme Inc.", "The Chief Executive, John Smith, said it was worth $2 billion."]),
])
def test_sentences_around_abbreviations(text, expected):
    from consistency.text import sentences

    assert [text[s.start:s.end] for s in sentences(text)] == expected


@pytest.mark.parametrize("dateline", [
    "CHICAGO, April 14 (Tradewire) -",  # in capitals, no year: metadata as with one
    "Chicago, April 14 (Tradewire) -",
    "São Paulo, April 14 (Reuters) —",
    "SÃO PAULO, April 14 (Reuters) —",
    "New York, April 14, 2026 /PRNewswire/ --",
])
def test_a_dateline_in_any_case_is_metadata_not_a_date_of_the_story(dateline):
    doc = document_from_text("x", f"Corbel to buy Larkspur\n\n{dateline} Corbel agreed on Tuesday to buy Larkspur.",
                             "2026-04-14")
    facts = check_documents([doc]).facts
    dated = facts[facts["kind"] == "date"].set_index("surface")
    day = next(surface for surface in dated.index if surface.startswith("April 14"))
    assert dated.loc[day, "origin"] == "metadata" and dated.loc[day, "slot_id"] == ""
    assert dated.loc["Tuesday", "origin"] == "narration"


@pytest.mark.parametrize("text", [
    "Chicago, April 14 - the day the deal was signed - was cold.",  # a place and a day, no credit
    "Paris, May 3 was a sunny day in the city.",
    "He recalled that Chicago, April 14 (a Tuesday) - was cold.",  # not opening the line
])
def test_a_place_and_a_day_in_prose_are_no_dateline(text):
    assert not document_from_text("x", text, "2026-05-05").metadata


@pytest.mark.parametrize("first_line", ["Oil Prices Hit Record", "Heatwave Breaks Record",
                                        "Markets Close Lower On Times"])
def test_a_headline_ending_in_a_papers_word_is_no_masthead(first_line):
    assert document_from_text("x", f"{first_line}\n\nPrices rose on Monday.").source == "x"


def test_a_date_alone_on_a_line_ranks_below_a_dateline_with_a_year():
    text = "Timeline of the disaster\nMarch 11, 2011\n\nTOKYO, March 9, 2026 (Reuters) - The quake struck at dawn."
    assert document_from_text("x", text).published.isoformat() == "2026-03-09"


@pytest.mark.parametrize("source,dateline", [
    ("wbnx.com", "BOSTON (WBNX) - "),
    ("www.kpvt.com", "DENVER (KPVT) — "),
    ("newswirelegal.com", "March 3 (NewsWire Legal) – "),
])
def test_the_outlets_own_dateline_opens_its_own_account(source, dateline):
    """A broadcaster or a wire names itself in its dateline: the story is its own narration."""
    text = f"{source}\n\nJudge jails fund boss\n\n{dateline}A judge jailed the fund's founder on Monday.\n"
    doc = document_from_text("x", text)
    assert doc.source == source
    assert doc.origin_at(text.index("A judge")) == "narration"


@pytest.mark.parametrize("source, text, origin", [
    # an outlet known by its name, not its web site, running a wire's copy
    ("Pakistan Today", "ISLAMABAD (Reuters) - Pakistan signed the deal on Monday.\n\nOfficials welcomed it.",
     "Reuters"),
    # a dateline after the page's own prose opens the text it reprints
    (None, "Our correspondent writes that the talks went on late into the night and that the ministers were tired "
           "after two days of argument.\n\nBelow is the report:\n\nMOSCOW (TASS) - The Kremlin said 40 people left.",
     "TASS"),
    # a web site that adds to the outlet's name is that outlet
    ("apnews.com", "ISLAMABAD (AP) \u2014 Pakistan signed the deal on Monday.", "narration"),
    # an outlet named in full is the one its initials credit
    ("Associated Press", "ISLAMABAD (AP) \u2014 Pakistan signed the deal on Monday.", "narration"),
])
def test_a_lone_dateline_is_a_reprint_on_another_outlets_page_or_after_its_prose(source, text, origin):
    doc = document_from_text("x", text, source=source)
    assert doc.origin_at(len(text) - 5) == origin


def test_another_outlets_dateline_still_marks_a_reprint():
    text = "wbnx.com\n\nJudge jails fund boss\n\nBOSTON (Reuters) - A judge jailed the fund's founder.\n"
    assert document_from_text("x", text).origin_at(text.index("A judge")) == "Reuters"
