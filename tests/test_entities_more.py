"""Entity extractors: companies named after people, people named like places, and bodies named
with "of", as English news writes them.

Expected values were written from the test texts by hand, not copied from output."""

from __future__ import annotations

import pytest

from consistency import document_from_text
from consistency.extractors import extract_document, orgs, people, places


def values(text: str, module) -> list[str]:
    doc = document_from_text("t", text)
    return [f.value for f in extract_document(doc, [module]) if f.kind == module.KIND]


# --- a name closed by a legal form ----------------------------------------------------------

@pytest.mark.parametrize(("text", "company"), [
    ("Ford Motor Co said quarterly sales fell 8%.", "Ford Motor Co"),
    ("Kraft Heinz Co. will split into two companies.", "Kraft Heinz Co"),
    ("Walt Disney Co said it would cut 7,000 jobs.", "Walt Disney Co"),
    ("Robert Bosch GmbH said it would cut 5,000 jobs.", "Robert Bosch GmbH"),
    ("Lloyds Banking Group said it would close 50 branches.", "Lloyds Banking Group"),
    ("Nestle SA raised prices again, a spokesman said.", "Nestle SA"),
    ("Barclays Plc reported a rise in profit.", "Barclays Plc"),
])
def test_a_name_closed_by_a_legal_form_is_a_company(text, company):
    assert values(text, orgs) == [company]
    assert values(text, people) == []


def test_the_person_a_company_is_named_after_stays_a_person():
    assert values("Walt Disney founded the studio in 1923.", people) == ["Walt Disney"]
    assert values("Henry Ford said cars should be cheap.", people) == ["Henry Ford"]


def test_a_place_before_the_letters_of_a_legal_form_is_no_company():
    # "AG" after a state is its attorney general; "NV" after a city is Nevada.
    text = "Texas AG Ken Paxton said he would sue the company."
    assert values(text, orgs) == []
    assert values(text, places) == ["Texas"]
    assert values(text, people) == ["Ken Paxton"]


# --- an ampersand joins a firm's name --------------------------------------------------------

@pytest.mark.parametrize(("text", "company"), [
    ("Marks & Spencer said clothing sales rose 5% over Christmas.", "Marks & Spencer"),
    ("Johnson & Johnson agreed to pay $700 million to settle the claims.", "Johnson & Johnson"),
    ("On Monday Procter & Gamble raised the price of its detergents.", "Procter & Gamble"),
    ("Tiffany & Co. will open a store in Dubai, a spokeswoman said.", "Tiffany & Co"),
    ("Analysts expect Standard & Poor's to cut the rating.", "Standard & Poor's"),
])
def test_an_ampersand_joins_the_words_of_a_firms_name(text, company):
    assert values(text, orgs) == [company]
    assert values(text, people) == []


def test_a_firm_named_with_and_co_is_also_read_by_its_short_name():
    text = "JPMorgan Chase & Co reported a profit of $14 billion. On Friday, JPMorgan Chase said it would hire."
    assert values(text, orgs) == ["JPMorgan Chase & Co", "JPMorgan Chase & Co"]
    assert values(text, people) == []


def test_an_ampersand_inside_a_bodys_name_is_part_of_it():
    text = "The Department of Health & Human Services said the Food & Drug Administration would act."
    assert values(text, orgs) == ["Department of Health & Human Services", "Food & Drug Administration"]
    assert values(text, people) == []


# --- "and" inside a public body's name -------------------------------------------------------

@pytest.mark.parametrize(("text", "body"), [
    ("The Securities and Exchange Commission said on Monday it would review the filing.",
     "Securities and Exchange Commission"),
    ("The drug was approved by the Food and Drug Administration on Tuesday.", "Food and Drug Administration"),
    ("A spokesman for the Department of Health and Human Services declined to comment.",
     "Department of Health and Human Services"),
    ("Officers of the Fish and Wildlife Service counted the birds.", "Fish and Wildlife Service"),
    ("The Ways and Means Committee approved the bill.", "Ways and Means Committee"),
    ("The National HIV and AIDS Commission met on Monday.", "National HIV and AIDS Commission"),
    ("A spokeswoman for the Ministry of Foreign Affairs and Trade said talks would resume.",
     "Ministry of Foreign Affairs and Trade"),
])
def test_nouns_joined_by_and_in_a_public_bodys_name_are_part_of_it(text, body):
    assert values(text, orgs) == [body]
    assert values(text, people) == []


@pytest.mark.parametrize(("text", "bodies"), [
    ("Britain and France said they would send aid.", []),
    ("Microsoft and Google Cloud signed a deal on Monday.", []),
    ("Smith and the Treasury disagreed on the plan.", []),
    ("The Federal Trade Commission and Justice Department sued the company.",
     ["Federal Trade Commission", "Justice Department"]),
    ("The Pentagon and State Department said the talks would go on.", ["Pentagon", "State Department"]),
    ("The Bank of England and Bank of Japan held rates.", ["Bank of England", "Bank of Japan"]),
    ("Analysts at Harbor Capital and Keystone Research agreed.", ["Harbor Capital", "Keystone Research"]),
    # a body named by one word, an acronym or a plural before "and" is a name of its own
    ("The Treasury and Commerce Department announced sanctions.", ["Commerce Department"]),
    ("The FBI and Homeland Security Department opened an inquiry.", ["Homeland Security Department"]),
    ("The NHS and Care Quality Commission published the report.", ["Care Quality Commission"]),
    ("The Republicans and Democratic National Committee raised funds.", ["Democratic National Committee"]),
])
def test_names_joined_by_and_stay_apart(text, bodies):
    assert values(text, orgs) == bodies


def test_an_ampersand_between_titles_places_or_in_a_headline_names_no_firm():
    assert values("Mr & Mrs Patel flew home on Sunday.", orgs) == []
    assert values("Exports from Trinidad & Tobago rose.", orgs) == []
    headline = "Harry & Meghan Visit Sydney As Fans Gather\nThe couple met fans at the harbour on Monday."
    assert values(headline, orgs) == []


# --- a name referred back to by "its" -----------------------------------------------------------

@pytest.mark.parametrize(("text", "company"), [
    ("Goldman Sachs cut its forecast for Brent crude on Monday.", "Goldman Sachs"),
    ("On Tuesday, Morgan Stanley lowered its outlook for bank stocks.", "Morgan Stanley"),
    ("Berkshire Hathaway reported its operating earnings rose 15%.", "Berkshire Hathaway"),
    ("Philip Morris International raised its quarterly dividend.", "Philip Morris International"),
    ("Dr. Martens cut its profit forecast for the year to March.", "Dr. Martens"),
])
def test_a_name_referred_back_to_by_its_for_a_firms_figures_is_a_firm(text, company):
    assert values(text, orgs) == [company]
    assert values(text, people) == []


def test_every_mention_of_a_firm_referred_to_by_its_is_the_firm():
    text = "Wells Fargo kept its guidance unchanged. Analysts at Wells Fargo expect two rate cuts."
    assert values(text, orgs) == ["Wells Fargo", "Wells Fargo"]


def test_its_after_a_person_or_a_place_leaves_them_as_they_were():
    # A title inside the name introduces a person: "its" is the firm before the title.
    assert values("Apple CEO Tim Cook said its sales rose in China.", people) == ["Tim Cook"]
    # "its" for something other than a firm's figures says nothing of the name.
    assert values("Dr. Martens said sales fell.", people) == ["Martens"]
    assert values("Lamar Jackson said its defence was the best in the league.", people) == ["Lamar Jackson"]
    # A person speaking of a firm's figures stays a person.
    assert values("Chief executive Tim Cook said its sales rose 5%.", people) == ["Tim Cook"]
    assert values("Warren Buffett said its earnings rose.", people) == ["Warren Buffett"]
    # A place keeps its reading.
    assert values("Jordan said its exports to Iraq rose.", places) == ["Jordan", "Iraq"]


# --- a plural trade closes a firm's name; "Services" closes no person's -------------------------

@pytest.mark.parametrize(("text", "company"), [
    ("General Motors said it would recall 50,000 trucks.", "General Motors"),
    ("Dell Technologies reported a 10% rise in quarterly revenue.", "Dell Technologies"),
    ("Shares in Sun Pharmaceuticals fell 3%.", "Sun Pharmaceuticals"),
    ("Adani Enterprises will sell new shares, a spokesman said.", "Adani Enterprises"),
])
def test_a_plural_trade_closes_a_firms_name(text, company):
    assert values(text, orgs) == [company]
    assert values(text, people) == []


@pytest.mark.parametrize(("text", "firm"), [
    ("Helen Baptiste, an analyst at Keystone Securities, said the price was high.", "Keystone Securities"),
    ("“It is a full price,” said Tom Reyes, a strategist at Harbor Capital.", "Harbor Capital"),
    ("Ana Ruiz, a partner at Ridgeway Partners, said the offer was fair.", "Ridgeway Partners"),
    ("Mark Dunn of Bellwether Research said sales would slow this year.", "Bellwether Research"),
    ("A spokesman for Granite Advisors declined to comment.", "Granite Advisors"),
    ("Keystone Securities analyst Helen Baptiste cut her target for the stock.", "Keystone Securities"),
])
def test_a_finance_trade_closes_a_firms_name(text, firm):
    assert values(text, orgs) == [firm]
    assert firm not in values(text, people)


@pytest.mark.parametrize(("text", "firm"), [
    ("Capital Economics said growth would slow to 1.2%.", "Capital Economics"),
    ("Pantheon Macroeconomics expects two more rate cuts this year.", "Pantheon Macroeconomics"),
    ("Oxford Economics estimated that output fell 0.3% in May.", "Oxford Economics"),
    ("Fathom Consulting wrote that rates would fall by the summer.", "Fathom Consulting"),
    ("Economists at Moody's Analytics cut their forecast.", "Moody's Analytics"),
])
def test_a_forecasters_trade_closes_a_firms_name(text, firm):
    assert values(text, orgs) == [firm]
    assert values(text, people) == []


@pytest.mark.parametrize("text", [
    "Research shows that most savers hold too much cash.",
    "Capital spending rose 4% in the quarter.",
    "Partners at the firm were paid less this year.",
    "Economics was her best subject at school.",
    "Consulting fees rose 4% in the quarter.",
])
def test_a_finance_trade_alone_is_no_firm(text):
    assert values(text, orgs) == []


def test_a_person_speaking_stays_a_person_beside_a_forecaster():
    text = "Tom Hanks said the film would open in May. Ana Ruiz, an economist at Capital Economics, agreed."
    assert values(text, people) == ["Tom Hanks", "Ana Ruiz"]
    assert values(text, orgs) == ["Capital Economics"]
    assert values("He won the Nobel Prize in Economics in 2001.", orgs) == []


def test_services_closes_no_persons_name():
    assert values("The Department of Health and Human Services said the vaccine was safe.", people) == []
    assert values("General Mark Milley said the troops would stay.", people) == ["Mark Milley"]


@pytest.mark.parametrize("text", [
    "Manchester City beat Arsenal on Sunday.",
    "Leicester City signed the striker on a free transfer.",
    "He flew to Salt Lake City for the hearing.",
    "Vatican City said the pope was resting.",
    "Luton Town were relegated on the final day.",
    "Orange County officials said the fire was contained.",
])
def test_a_name_ending_in_city_town_or_county_is_no_person(text):
    assert not [f for f in extract_document(document_from_text("t", text)) if f.kind == "person"]


def test_two_people_joined_by_an_ampersand_stay_two_people():
    assert values("Ana Ruiz & Tom Lee met in Madrid on Monday.", people) == ["Ana Ruiz", "Tom Lee"]
    assert values("Ana Ruiz & Tom Lee met in Madrid on Monday.", orgs) == []


@pytest.mark.parametrize("text,firm", [
    ("Marks & Spencer said clothing sales rose 5% in the quarter.", "Marks & Spencer"),
    ("Procter & Gamble Co said it would raise prices by 4% in March.", "Procter & Gamble Co"),
])
def test_a_firm_named_with_an_ampersand_speaks_by_its_whole_name(text, firm):
    found = extract_document(document_from_text("t", text))
    assert {f.speaker for f in found if f.kind in ("quote", "percent")} == {firm}


@pytest.mark.parametrize("text,firm", [
    # the firm named after the quote, before or after the verb
    ("“Sales were strong over Christmas,” Marks & Spencer said.", "Marks & Spencer"),
    ("“Prices will rise in March,” said Procter & Gamble.", "Procter & Gamble"),
    ("“We will appeal the ruling,” Johnson & Johnson said in a statement.", "Johnson & Johnson"),
])
def test_a_firm_named_with_an_ampersand_after_a_quote_speaks_it(text, firm):
    found = extract_document(document_from_text("t", text))
    assert [f.speaker for f in found if f.kind == "quote"] == [firm]


# --- a person who speaks by the surname after being named in full ------------------------

def _speakers(text: str, kind: str) -> list[str]:
    return [f.speaker for f in extract_document(document_from_text("t", text)) if f.kind == kind]


@pytest.mark.parametrize("text,full", [
    # named in full in an appositive, with a verb that is no verb of saying
    ("The interior minister, Tomas Varga, described the damage. “Whole villages are cut off,” Varga said.",
     "Tomas Varga"),
    # after a title
    ("Interior Minister Tomas Varga toured the valley. “Whole villages are cut off,” Varga said.", "Tomas Varga"),
    # before an appositive
    ("Tomas Varga, the interior minister, toured the valley. “We need helicopters,” said Varga.", "Tomas Varga"),
    ("Judge Amelia Ortiz heard the case in March. “The law is clear,” Ortiz told the court.", "Amelia Ortiz"),
])
def test_a_surname_speaks_under_the_full_name_given_earlier(text, full):
    assert _speakers(text, "quote") == [full]
    person = [f for f in extract_document(document_from_text("t", text)) if f.kind == "person"][-1]
    assert (person.value, person.speaker) == (full, full)


def test_reported_words_of_a_surname_are_the_full_names():
    text = "Tomas Varga, the interior minister, toured the valley. Varga said more help was coming."
    assert _speakers(text, "quote") == ["Tomas Varga"]


def test_of_two_people_sharing_a_surname_the_one_named_last_speaks():
    text = ("Wang Lei met Wang Tao in Beijing on Monday. Wang said the talks had been useful. "
            "Later Wang Lei flew to Shanghai. Wang said he would return.")
    assert _speakers(text, "quote") == ["Wang Tao", "Wang Lei"]


def test_a_surname_never_given_in_full_speaks_as_written():
    assert _speakers("“We need helicopters,” Varga said on Monday.", "quote") == ["Varga"]


@pytest.mark.parametrize("text", [
    "Hurricane Delia made landfall near Tampa on Thursday.",
    "Storm Ciaran battered the coast of Cornwall overnight.",
    "Typhoon Haishen hit Okinawa with winds of 180 km/h.",
    "Tropical Storm Ana weakened as it moved inland.",
    "Cyclone Freddy killed 500 people in Malawi.",
])
def test_a_storm_named_like_a_person_is_no_person(text):
    assert values(text, people) == []


@pytest.mark.parametrize("text,firm", [
    ("The ride-hailing company Uber said revenue rose 12%.", "Uber"),
    ("Temperatures hit 41C in Seville, the state weather agency Aemet said.", "Aemet"),
    ("The chipmaker Nvidia said sales doubled in the quarter.", "Nvidia"),
])
def test_a_name_after_the_noun_of_its_kind_is_an_organisation(text, firm):
    assert values(text, orgs) == [firm] and values(text, people) == []


@pytest.mark.parametrize("text", [
    "The megabank Orvex reported record profits.",
    "Investors in the microfirm Tallis were wiped out.",
])
def test_a_kind_inside_a_longer_word_names_no_organisation(text):
    # "bank" ends "megabank": only a whole word of kind sets a name after it apart as a firm.
    assert values(text, orgs) == []


def test_a_name_after_a_job_is_a_person():
    assert values("The lead developer Hannah Kim said the update was late.", people) == ["Hannah Kim"]


@pytest.mark.parametrize("text, body", [
    ("A magnitude 6.1 earthquake struck off the coast, the US Geological Survey said.", "US Geological Survey"),
    ("The British Geological Survey recorded the tremor.", "British Geological Survey"),
    ("The Royal Observatory confirmed the eclipse timing.", "Royal Observatory"),
])
def test_a_survey_or_an_observatory_is_a_body_not_a_person(text, body):
    assert values(text, orgs) == [body] and values(text, people) == []


@pytest.mark.parametrize("text, person, title", [
    ("Special Agent Dana Cole said the case was complex.", "Dana Cole", "Special Agent"),
    ("FBI Agent Tom Reed testified on Monday.", "Tom Reed", "Agent"),
])
def test_an_agent_is_a_title(text, person, title):
    found = [f for f in extract_document(document_from_text("t", text), [people]) if f.kind == "person"]
    assert [(f.value, f.note) for f in found] == [(person, f"title: {title}")]


@pytest.mark.parametrize("text, bodies", [
    ("BBC Economics Editor Faisal Islam said growth would slow.", ["BBC"]),
    ("Ana Ruiz, a Home Economics teacher, said the school would close.", []),
    ("Capital Economics said growth would slow to 1.2%.", ["Capital Economics"]),  # a firm of forecasters
])
def test_a_field_of_study_before_a_post_or_a_course_is_no_firm(text, bodies):
    assert values(text, orgs) == bodies


@pytest.mark.parametrize("text, person", [
    ("FBI Special Agent in Charge Thomas Wendt said the case was complex.", "Thomas Wendt"),
    ("Co-defendant Lena Ostrowski pleaded guilty in October.", "Lena Ostrowski"),
])
def test_a_role_in_a_case_is_no_part_of_the_name(text, person):
    assert values(text, people) == [person]
