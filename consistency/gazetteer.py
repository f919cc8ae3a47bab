"""A small offline gazetteer: countries, their adjectives, capitals and world cities.

Used to tell places from people among a sentence's capitalised words: two reports
that share only "China" and "Beijing" do not thereby describe the same event,
while two that share "Shoigu" and "Wang" likely do. General knowledge, not tied
to any corpus; extend with ``PLACES.update(...)`` if needed.
"""

from __future__ import annotations

_COUNTRIES = """
afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia
botswana brazil brunei bulgaria burkina burundi cambodia cameroon canada chad chile china
colombia comoros congo croatia cuba cyprus czechia czech denmark djibouti dominica ecuador
egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany
ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia
iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati korea kosovo
kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania
luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico
micronesia moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal
netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay
peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia seychelles
singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan
tajikistan tanzania thailand togo tonga tunisia turkey turkiye turkmenistan tuvalu uganda
ukraine uruguay uzbekistan vanuatu vatican venezuela vietnam yemen zambia zimbabwe
us usa u.s u.s.a uk u.k eu europe asia africa america americas eurasia arctic antarctica
"""
_ADJECTIVES = """
afghan albanian algerian american argentine argentinian armenian australian austrian
azerbaijani belarusian belgian bolivian brazilian british bulgarian cambodian canadian
chilean chinese colombian croatian cuban cypriot czech danish dutch egyptian emirati english
estonian ethiopian european filipino finnish french georgian german ghanaian greek hungarian
indian indonesian iranian iraqi irish israeli italian japanese jordanian kazakh kenyan korean
kuwaiti latvian lebanese libyan lithuanian malaysian mexican moldovan mongolian moroccan
nepali nigerian norwegian pakistani palestinian peruvian polish portuguese qatari romanian
russian saudi scottish serbian singaporean slovak slovenian somali spanish sudanese swedish
swiss syrian taiwanese thai tunisian turkish ukrainian uruguayan uzbek venezuelan vietnamese
welsh yemeni african asian arab western eastern northern southern soviet sino
"""
_CITIES = """
abu dhabi abuja accra addis ababa algiers amman amsterdam ankara astana athens baghdad baku
bangkok beijing beirut belgrade berlin bern brasilia bratislava brussels bucharest budapest
buenos aires busan cairo canberra caracas copenhagen damascus davos delhi dhaka doha dubai
dublin geneva guangzhou hanoi havana helsinki hong kong islamabad istanbul jakarta jerusalem
kabul karachi kathmandu kyiv kiev lagos lahore lima lisbon london los angeles madrid manila
mexico minsk moscow mumbai munich nairobi new york oslo ottawa paris prague pretoria
pyongyang rawalpindi riga riyadh rome seoul shanghai shenzhen singapore sofia stockholm
sydney taipei tallinn tashkent tbilisi tehran tel aviv tianjin tokyo toronto vienna vilnius
warsaw washington wellington yerevan zagreb macau macao tibet xinjiang guangdong hainan
crimea donbas balochistan kashmir gaza west bank strait straits pacific atlantic
mediterranean caucasus balkans baltic sahel middle east
"""

#: Lower-case single words that name (or belong to the name of) a place.
PLACES: set[str] = set((_COUNTRIES + _ADJECTIVES + _CITIES).split())


def is_place(word: str) -> bool:
    """True for a lower-case word that names a place or a nationality.

    >>> is_place("beijing"), is_place("chinese"), is_place("shoigu")
    (True, True, False)
    """
    return word.lower().strip(".").rstrip("’'s") in PLACES or word.lower() in PLACES
