"""Word lists for reading personal names (data only; the code is in :mod:`._names`).

General English: titles that introduce a name, capitalised words that are not names
(sentence openers, calendar words, verbs of Title Case headlines, page furniture), head
nouns of named things, the particles a name may hold ("von der"), and places that are
also personal names ("Paris Hilton", "George Washington").
"""

from __future__ import annotations

from ._context import TITLE_WORDS


def words(text: str) -> set[str]:
    """The set of white-space separated words of ``text`` (for vocabularies)."""
    return set(text.split())


#: Titles that make the capitalised words after them a person's name.
CORE_TITLES = {
    "president", "presidential", "vice", "premier", "minister", "secretary", "aide", "comrade",
    "mr", "mrs", "ms", "dr", "prof", "professor", "chancellor", "king", "queen", "prince", "princess",
    "spokesperson", "spokesman", "spokeswoman", "ambassador", "envoy", "director", "chairman",
    "chairwoman", "chair", "senator", "sen", "governor", "gov", "mayor", "general", "gen", "admiral",
    "colonel", "col", "commissioner", "councillor", "councilor", "pope", "sheikh", "emir", "sultan",
    "sir", "dame", "lord", "judge", "justice", "rep", "representative", "adviser", "advisor",
    "counsellor", "counselor", "consul", "deputy", "chief", "head", "leader", "member", "rev",
    "secretary-general", "director-general", "vice-president", "vice-premier", "ceo",
    # offices of finance, law and the police: "Treasurer Jim Hale", "Detective Sergeant Mia Cole"
    "treasurer", "attorney", "inspector", "superintendent", "sergeant", "constable", "detective", "sheriff",
    "agent",
}
_PLURALS = {"presidents", "ministers", "secretaries", "aides", "comrades", "premiers", "ambassadors",
            "envoys", "directors", "senators", "leaders", "messrs"}
#: Nouns of an office that "Chief" opens, with up to two words between: "Chief Engineer Ravi
#: Menon", "Chief Economist Laura Finch", "Chief Medical Officer Chris Whitty", "Chief Investment
#: Strategist Ana Ruiz" (see :func:`._names.chief_title_end`). Alone they are no titles: "The
#: Economist", "Engineer" as a surname.
CHIEF_ROLES = frozenset({
    "officer", "executive", "economist", "engineer", "scientist", "strategist", "analyst", "negotiator",
    "prosecutor", "architect", "correspondent", "investigator", "pilot", "surgeon", "physician", "nurse",
    "editor", "statistician", "actuary", "accountant", "counsel", "designer", "pharmacist", "meteorologist",
    "technologist", "adviser", "advisor", "whip", "rabbi", "coroner", "examiner", "veterinarian", "steward",
})
#: Every word that may stand in a title before a name.
TITLE_TOKENS = TITLE_WORDS | CORE_TITLES | _PLURALS | {"foreign", "prime", "state", "defence", "defense",
                                                       "executive", "officer", "cfo", "coo", "founder", "special"}

# Capitalised words that are not names: function words and sentence openers, calendar
# words, generic adjectives of proper nouns, and verbs of Title Case headlines.
NOT_NAMES = words("""
the a an in on at as it its he she they we i you this that these those both during after before
following while when where which who whom whose what why how if so but and or nor for of to from by
with without into onto over under amid among against about above below across through since until
there here then thus also still yet just only even our their his her my your meanwhile however
overall according furthermore moreover besides instead indeed despite although though because
later earlier now soon afterwards afterward finally next last again already recently currently
previously initially eventually ultimately otherwise therefore hence nevertheless nonetheless perhaps
maybe certainly clearly notably similarly likewise additionally separately together elsewhere once
twice every each all some many most several few other another such no not yes either neither whether
unless upon within beyond toward towards per via like unlike near around behind between along
including regarding concerning given asked
january february march april may june july august september october november december monday tuesday
wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec
today tomorrow yesterday looking noting highlighting pointing reviewing referring reflecting
speaking asked asking turning citing calling saying adding stressing recalling welcoming responding
new old great grand global world international national central federal royal supreme joint
greater inner outer upper lower metro metropolitan downtown former late outside inside wartime postwar
modern ancient medieval republican republicans democrat democrats
strategic economic political cultural historic historical official special first second third
further general happy dear my friends thank thanks please ladies gentlemen mister
has have had holds hold held meets meet met speaks speak spoke says say said talks calls call
urges urge vows vow signs sign visits visit hails welcomes receives sends stresses agree agrees
discuss discusses warns is are was were be will would can could should must may might to seeks
commit commits join joins pushes push underscore underscores highlight highlights focuses
officials analysts experts sources observers critics diplomats leaders reports data figures
statistics authorities residents witnesses sides parties countries nations people
prosecutors investigators detectives economists strategists forecasters doctors medics paramedics nurses
surgeons physicians firefighters rescuers officers soldiers troops rebels militants insurgents fighters
protesters demonstrators campaigners activists lawmakers legislators regulators researchers scientists
negotiators workers employees voters survivors victims villagers locals citizens refugees migrants
mourners teachers students farmers traders investors bankers executives shareholders consumers shoppers
passengers travellers travelers tourists visitors spectators engineers inspectors auditors organisers
organizers volunteers lawyers attorneys judges
document date time source photo photos image video audio comments comment reply share home news search
menu login subscribe related author editor updated published posted read more top stories story latest
breaking live opinion business sports politics culture technology science health travel lifestyle
entertainment economy markets market finance money media press release contact privacy terms cookies
advertise careers help page previous back view original content copyright rights reserved categories
category tags tag archive edition print email follow click show website link download file title
summary introduction conclusion background analysis commentary feature interview editorial column
letters note update table chart map list section article post blog
""")

#: Words of :data:`NOT_NAMES` that English capitalises wherever they stand (calendar words, parties,
#: "I"): capitalised, they do not show that a line capitalises its common words (see
#: :func:`._names.title_case_lines`).
ALWAYS_CAPITALISED = words("""
january february march april may june july august september october november december monday tuesday
wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec
republican republicans democrat democrats i
""")

#: Head nouns of named things (events, buildings, documents, periods): "Spring Festival",
#: "Great Hall", "World War", "Five-Year Plan" are not people.
THING_HEADS = words("""
festival festivals war wars day days parade year years week month era age dynasty empire revolution
hall palace house square street road avenue bridge airport station centre center museum
stadium tower gate summit meeting meetings forum conference congress games olympics cup expo
treaty agreement accord convention charter act law constitution declaration initiative plan policy
principle strategy doctrine programme program project corridor zone question issue crisis
cooperation partnership majority coalition horse dragon spring autumn winter summer calendar
award prize index report bill resolution memorandum communique statement
valley canal desert islands services city town county
hurricane typhoon cyclone storm
""")
# (A storm word opens a storm's name as a head closes a thing's: "Hurricane Delia", "Storm Ciaran".)

#: Lower-case words that may sit inside a name ("Ursula von der Leyen").
PARTICLES = {"de", "da", "di", "du", "van", "von", "der", "den", "bin", "ibn", "al", "el", "la", "le",
             "dos", "das", "del"}

#: Places that are also common given names. Such a word opening a run before a name-like word
#: is a given name: "Paris Hilton", "Jordan Henderson", "Victoria Beckham", "Israel Katz"
#: (alone, "Paris" and "Jordan" stay places; "Jordan Valley" is a thing, see THING_HEADS).
GIVEN_NAME_PLACES = words("""
Paris Jordan Georgia Victoria Virginia Carolina Dakota Indiana Sydney Israel Sofia Santiago Chad
""")

#: Places that are also common surnames. Such a word closing a run after a name-like word is a
#: surname: "George Washington", "Michael Jordan", "Jack London", "Tom Holland" (not after a
#: word that qualifies a place: "Greater London", "Central London", "East London").
SURNAME_PLACES = words("""Washington Jordan London Holland Hesse Montana""")

#: Personal honorifics: a place word of either list after one is a name ("Mr Jordan", "Queen
#: Victoria"); a plain title is not enough ("Governor of Georgia", "Minister Israel Katz" has a
#: name after the place).
HONORIFICS = words("""mr mrs ms miss mx dr sir dame lady lord queen king prince princess""")
