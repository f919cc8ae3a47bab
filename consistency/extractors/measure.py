"""Measures: physical quantities with their units, converted to one unit per dimension so that "20
kilometres" and "12.4 miles" compare.

Read: length (kilometres, km, metres, centimetres, millimetres, miles, nautical miles, feet, ft,
inches, yards), mass (kilograms, kg, kilos, grams, tonnes, tons, metric tons, lb, pounds, stone),
volume (litres, millilitres, barrels, bbl, cubic metres, m3, cubic feet, gallons, imperial gallons,
bcm), area (hectares, ha, acres, square kilometres, km2, sq km, square miles, square metres, square
feet), energy (Wh, kWh, MWh, GWh, TWh, kilowatt-hours …), power (watts, kW, MW, GW, megawatts,
gigawatts), speed (km/h, kph, mph, miles per hour, knots, m/s) and temperature (°C, °F, degrees
Celsius, degrees Fahrenheit, "40C" beside a word of heat or cold). Figures are digits or words, with
scale words ("3.5 million barrels", "1.2bn tonnes", "5m tonnes"), bound words ("nearly 20 km", "more
than 500 tonnes") and ranges ("between 10 and 12 km", "10-12 km", "10 to 12 km", and with the unit
written twice, "10 km to 12 km", "between 5 kg and 7 kg": value "a..b", qualifier "range", the
interval from one end to the other; "to" after a change or "by" joins a difference and a level, not
a range: "extended by 500 metres to 3,000 metres"). A compound imperial measure is one measure, as
precise as its smaller unit: "6 feet 2 inches" (1.8796 m ± half an inch), "5 ft 11 in", "8 pounds 3
ounces", "11 stone 4 lb". A hyphenated measure reads as a spaced one ("a 20-kilometre stretch") and
measures the noun after it ("stretch").

The value is the figure in the canonical unit of its dimension, ``unit`` names that unit: ``m``
(length), ``kg`` (mass), ``l`` (volume: litres, the unit news most often converts to; a barrel is
158.987 l, a US gallon 3.785 l, an imperial gallon 4.546 l), ``m2`` (area), ``Wh`` (energy), ``W``
(power), ``km/h`` (speed) and ``°C`` (temperature; °F converted, as a difference only after a change
verb: "rose 9F" is a rise of 5 °C). ``low``/``high`` carry the written figure's precision converted
too: "20 kilometres" is [15000, 25000] m (±5 km, as "20" is read everywhere), "12.4 miles" [19875,
20036] m, so the two agree, and "35 km" differs. "Tons" are read as metric tons (news uses both
words for 1,000 kg); "gallons" as US gallons, unless written "imperial gallons". A rate after the
unit goes into ``unit`` ("3.5 million barrels a day" → ``l/day``, "1.2 million bpd" too, "5 tonnes
per year" → ``kg/year``); a length per hour or per second is a speed ("60 miles an hour" →
``km/h``). A change verb before the figure ("rose 2C", "fell by 3 metres") gives ``note``
``change:up`` or ``change:down``, as for money.

Earthquake magnitudes are measures too, in the unit ``magnitude``, of the shock they measure as
the agency that gives them names it ("a magnitude 7.1 earthquake", "the 7.1-magnitude quake",
"M7.1", "measuring 7.1 on the Richter scale", "the USGS put it at 7.4" → "quake (USGS)"; see
:mod:`._magnitude`).

Not measures: a bare "m" after a figure, which news mostly writes for million ("5m people", "£5m");
it is a metre only before a word of size ("a 30m-high wall", "10m deep", "200m away"). Race and
event names ("the 100 metres final", "the 400m hurdles", "the 100-metre sprint"; but "a 26-mile
race" is one race of that length), "pounds" as money (read as mass only beside a word of weight,
"weighed 200 pounds", or before ounces; "lb" always; "stone" likewise, after digits only), a figure
in words before "feet" without a word of size ("on his own two feet"), "degrees" without Celsius or
Fahrenheit (angles), "40C"/"104F" with no word of heat or cold near ("seat 12F"), names and models
("F-16", "Boeing 747", "5G"), a figure right after a currency sign ("$5 million"), and "a mile" or
"half a mile" (no figure written).
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator

from ..schema import Fact
from ..text import SPACE
from ._base import DocumentContext, Example
from ._context import canonical_subject, scope_of, subject_of_quantity
from ._magnitude import find as magnitudes
from ._numbers import (
    BOUND,
    FALL_WORDS,
    NUMBER_DIGITS,
    NUMBER_WORD_LIST,
    NUMBER_WORDS,
    PHRASE_STOPS,
    RATE_AFTER,
    RISE_WORDS,
    SCALE,
    WHITESPACE,
    Reading,
    bound_qualifier,
    canonical,
    interval,
    literal_alternation,
    period_of,
    read_number,
    scale_of,
    wished,
)

KIND = "measure"

_S = SPACE

# --- units ----------------------------------------------------------------------------------

_MILE, _FOOT, _INCH, _YARD = 1609.344, 0.3048, 0.0254, 0.9144
_POUND, _BARREL, _GALLON, _ACRE = 0.45359237, 158.987294928, 3.785411784, 4046.8564224
_IMPERIAL_GALLON, _STONE, _OUNCE = 4.54609, 14 * _POUND, _POUND / 16


def _forms(words: str, unit: str, factor: float) -> dict[str, tuple[str, float]]:
    """Each of the space-separated ``words`` ("_" stands for a space inside a form) as a unit."""
    return {word.replace("_", " "): (unit, factor) for word in words.split()}


#: Written units, in their exact case for abbreviations and in lower case for words, mapped to
#: their canonical unit and the factor that converts the written figure into it.
_UNITS: dict[str, tuple[str, float]] = {
    **_forms("kilometres kilometre kilometers kilometer km kms", "m", 1000.0),
    **_forms("metres metre meters meter m", "m", 1.0),
    **_forms("centimetres centimetre centimeters centimeter cm", "m", 0.01),
    **_forms("millimetres millimetre millimeters millimeter mm", "m", 0.001),
    **_forms("miles mile", "m", _MILE),
    **_forms("nautical_miles nautical_mile", "m", 1852.0),
    **_forms("feet foot ft", "m", _FOOT),
    **_forms("inches inch", "m", _INCH),
    **_forms("yards yard", "m", _YARD),
    **_forms("kilograms kilogram kilogrammes kilogramme kg kgs kilos kilo", "kg", 1.0),
    **_forms("grams gram grammes gramme", "kg", 0.001),
    **_forms("tonnes tonne tons ton metric_tons metric_ton metric_tonnes", "kg", 1000.0),
    **_forms("pounds pound lb lbs", "kg", _POUND),
    **_forms("stone", "kg", _STONE),  # British, for a person's weight: "11 stone 4 lb"
    **_forms("litres litre liters liter", "l", 1.0),
    **_forms("millilitres millilitre milliliters milliliter ml", "l", 0.001),
    **_forms("barrels barrel bbl", "l", _BARREL),
    **_forms("cubic_metres cubic_metre cubic_meters cubic_meter m3 m³", "l", 1000.0),
    **_forms("cubic_feet cubic_foot", "l", 1000 * _FOOT ** 3),
    **_forms("gallons gallon US_gallons US_gallon", "l", _GALLON),
    **_forms("imperial_gallons imperial_gallon", "l", _IMPERIAL_GALLON),
    **_forms("bcm", "l", 1e12),  # billion cubic metres (of gas)
    **_forms("bpd b/d", "l/day", _BARREL),  # barrels per day
    **_forms("hectares hectare ha", "m2", 1e4),
    **_forms("acres acre", "m2", _ACRE),
    **_forms("square_kilometres square_kilometre square_kilometers square_kilometer km2 km² sq_km", "m2", 1e6),
    **_forms("square_miles square_mile sq_miles sq_mi", "m2", _MILE ** 2),
    **_forms("square_metres square_metre square_meters square_meter m2 m² sq_m", "m2", 1.0),
    **_forms("square_feet square_foot sq_ft", "m2", _FOOT ** 2),
    **_forms("Wh watt-hours watt_hours", "Wh", 1.0),
    **_forms("kWh KWh kilowatt-hours kilowatt_hours kilowatt-hour kilowatt_hour", "Wh", 1e3),
    **_forms("MWh megawatt-hours megawatt_hours megawatt-hour megawatt_hour", "Wh", 1e6),
    **_forms("GWh gigawatt-hours gigawatt_hours gigawatt-hour gigawatt_hour", "Wh", 1e9),
    **_forms("TWh terawatt-hours terawatt_hours terawatt-hour terawatt_hour", "Wh", 1e12),
    **_forms("watts watt", "W", 1.0),
    **_forms("kW KW kilowatts kilowatt", "W", 1e3),
    **_forms("MW megawatts megawatt", "W", 1e6),
    **_forms("GW gigawatts gigawatt", "W", 1e9),
    **_forms("km/h km/hr kph kmh kilometres_per_hour kilometres_an_hour kilometers_per_hour kilometers_an_hour"
             " km_per_hour km_an_hour", "km/h", 1.0),
    **_forms("mph miles_per_hour miles_an_hour", "km/h", _MILE / 1000),
    **_forms("knots knot", "km/h", 1.852),
    **_forms("m/s", "km/h", 3.6),
    **_forms("°C ºC degrees_Celsius degrees_celsius degree_Celsius degrees_centigrade degrees_C C", "°C", 1.0),
    **_forms("°F ºF degrees_Fahrenheit degrees_fahrenheit degree_Fahrenheit degrees_F F", "°F", 1.0),
}
#: Abbreviations and symbols, matched in their own case only ("MW" is not "mw").
_EXACT = {form for form in _UNITS if not form.islower() or len(form) <= 3 or not form.isalpha()}
#: Words, matched in lower case or with a capital ("Kilometres" in a headline).
_WORDS = [form for form in _UNITS if form not in _EXACT]
#: Forms read only after digits ("500 ha", "40C"), never after a figure in words.
_DIGITS_ONLY = {"ha", "C", "F", "m", "ft", "lb", "lbs", "stone"}


def _unit_alternation(forms) -> str:
    """The unit ``forms`` as one trie; a space inside a unit ("sq km") stands for any run of spaces."""
    def letter(char: str) -> str:
        return f"{_S}+" if char == " " else re.escape(char)

    return literal_alternation(sorted(forms), letter)


_ALL_FORMS = {*(_EXACT - {"C", "F"}), *_WORDS, *(w[0].upper() + w[1:] for w in _WORDS)}
#: Where a measure can be, found in two cheap scans: the last digit of a figure with a unit after it
#: (a scale word and a space or hyphen may stand between: "20 km", "15km", "3.5 million barrels",
#: "40C", "20-kilometre"), and a unit word after a space or hyphen, for figures in words ("twenty
#: kilometres"). Both open with a character class the engine tests in C at each position; a scan
#: for every unit's first letter would try most positions of a text and runs at a fifth the speed.
_UNIT_AFTER = rf"(?:{_S}*-?(?:{SCALE}))?(?:{_S}*|-)(?P<unit>{_unit_alternation(_ALL_FORMS)}|[CF])(?![A-Za-z0-9²³])"
_DIGIT_SCAN = re.compile(rf"[0-9](?![0-9,.]|{_S}+\d)(?={_UNIT_AFTER})")
_UNIT_AT = re.compile(_UNIT_AFTER)
_WORD_FORMS = [form for form in _ALL_FORMS if len(form) > 3 and form[0].isalpha()]
_WORD_SCAN = re.compile(rf"[{WHITESPACE}-](?P<unit>{_unit_alternation(_WORD_FORMS)})(?![A-Za-z0-9²³])")
#: The word before a unit that makes it worth reading from a word scan: a number or scale word.
_FIGURE_WORDS = [*NUMBER_WORD_LIST, "hundred", "thousand", "million", "billion", "trillion"]
_WORD_FIGURE_END = re.compile(rf"(?<![A-Za-z])(?i:{literal_alternation(_FIGURE_WORDS)})[{WHITESPACE}-]?\Z")


def _unit_spans(text: str) -> Iterator[tuple[int, int]]:
    """Offsets of units after a figure in digits or in words, in text order."""
    after_digits = (_UNIT_AT.match(text, digit.end()).span("unit") for digit in _DIGIT_SCAN.finditer(text))
    after_words = (word.span("unit") for word in _WORD_SCAN.finditer(text)
                   if _WORD_FIGURE_END.search(text, max(0, word.start() - 12), word.start() + 1))
    return heapq.merge(after_digits, after_words)

# --- figures --------------------------------------------------------------------------------

_NUM = rf"(?:{NUMBER_DIGITS}|{NUMBER_WORDS})"
_SCALED = rf"(?:{_S}*-?(?:{SCALE}))"
#: The figure (and a range's first figure) right before a unit: "20 ", "3.5 million ", "20-",
#: "between 10 and 12 ", "10-12", "minus 5 ". Not after a sign or a word character ("$5 million",
#: "F-16", "COVID-19").
_FIGURE_BEFORE = re.compile(
    rf"(?<![\w.,$€£¥₽₹/-])(?:(?P<between>(?i:between)){_S}+)?"
    rf"(?:(?P<low>{_NUM})(?P<low_scale>{_SCALED})?(?:{_S}*[-–]{_S}*|{_S}+(?P<joiner>(?i:to|and)){_S}+))?"
    rf"(?P<neg>[-−]|(?i:minus){_S}+)?(?P<num>{_NUM})(?P<scale>{_SCALED})?"
    rf"(?:{_S}*|-|{_S}*(?=[°º]))\Z")
_BOUND_BEFORE = re.compile(rf"(?P<bound>{BOUND}){_S}+\Z")
_FROM_BEFORE = re.compile(rf"\b(?i:from){_S}+\Z")
_CHANGE_BEFORE = re.compile(rf"\b(?P<verb>(?i:{RISE_WORDS}|{FALL_WORDS}))(?:{_S}+[a-z]+ly)?(?:{_S}+(?i:by))?{_S}+\Z")
_FALL = re.compile(rf"(?i:{FALL_WORDS})")
#: A figure that is a difference, whatever the verb: after "by" ("extended by 500 metres"), or after a
#: verb of lengthening or adding ("extended 500 metres", "added 2 km"), which are no rise words.
_DIFFERENCE_BEFORE = re.compile(rf"\b(?i:by|(?:extend|lengthen|shorten|add)(?:ed|s|ing)?){_S}+\Z")
#: A word of size after "m", "ft" or a figure in words before "feet": what makes them lengths.
_SIZE_AFTER = re.compile(rf"(?:{_S}+|-)(?i:tall|high|long|wide|deep|thick|away|in{_S}+(?:height|length|diameter|depth)"
                         rf"|(?:above|below){_S}+(?:sea|ground)|underground|underwater)(?![\w-])")
#: A sport's event named by its distance: "the 100 metres final", "the 400m hurdles". A course
#: (a race, sprint, dash or walk) after an indefinite article is no event's name but one course of
#: that length: "a 26-mile race", "a 10-kilometre walk"; "the 100-metre sprint" names the event.
_EVENT_AFTER = re.compile(rf"{_S}*(?:(?P<course>(?i:sprint|dash|race|walk))|(?i:hurdles|freestyle|backstroke"
                          r"|breaststroke|butterfly|medley|relay|steeplechase|finals?|record|title|gold|silver"
                          r"|bronze|heats?|semi-?finals?))\b")
_INDEFINITE_BEFORE = re.compile(rf"(?<![\w’'-])(?i:a|an){_S}+\Z")
#: Words of heat or cold that make "40C" and "104F" temperatures.
_HEAT = re.compile(r"(?i:temperature|heat|hot|warm|cold|cool|chill|freez|frost|thermometer|mercury|weather"
                   r"|degrees|celsius|fahrenheit|climate|high\s+of|low\s+of|highs|lows)")
_WEIGHT = re.compile(r"(?i:weigh|heav|lighter|payload|\blb)")
_MONEY_NEAR = re.compile(r"[£$€]|(?i:sterling|\bGBP\b|pence|\bprice|\bcost|\bpaid|\bpay)")
_CUE_REACH = 80
#: An "of" phrase after a unit: what the measure is of ("tonnes of steel", "bcm of gas a year").
_OF_AFTER = re.compile(rf"{_S}+of{_S}+(?:(?i:the|its|their){_S}+)?(?P<np>[a-z][\w’'-]*(?:{_S}+[a-z][\w’'-]*)?)")

#: The smaller unit that may follow a larger one in a compound imperial measure, by the larger
#: unit: "6 feet 2 inches", "5 ft 11 in", "8 pounds 3 ounces", "11 stone 4 lb". Each maps to the
#: tail's unit forms, its factor and how many of it make one of the head ("11 in" is below 12).
#: After a figure that follows feet, "in" is an inch ("6 ft 2 in his socks"). No "and" joins them:
#: "500 pounds and 3 ounces of cannabis" are a fine and a haul.
_TAIL_UNITS = {
    ("feet", "foot", "ft"): ("inches|inch|ins|in", _INCH, 12),
    ("pounds", "pound", "lb", "lbs"): ("ounces|ounce|oz", _OUNCE, 16),
    ("stone",): ("pounds|pound|lbs|lb", _POUND, 14),
}
_COMPOUND_TAIL = {
    head: (re.compile(rf"{_S}*(?P<num>{_NUM})(?:{_S}*|-)(?P<unit>{units})(?![A-Za-z0-9])"),
           tail_factor, ratio)
    for heads, (units, tail_factor, ratio) in _TAIL_UNITS.items() for head in heads}
#: Tail units read only after digits, as their head's abbreviations are: "2 in", "3 oz".
_TAIL_DIGITS_ONLY = {"in", "ins", "oz", "lb", "lbs"}
#: The second end of a range that writes its unit twice: "10 km to 12 km", "5 kg-7 kg", "between
#: 5 kg and 7 kg" (a figure in digits, a scale word and the unit again).
_SECOND_END = re.compile(rf"(?:{_S}*[-–]{_S}*|{_S}+(?P<joiner>(?i:to|and)){_S}+)(?P<num>{NUMBER_DIGITS})"
                         rf"(?P<scale>{_SCALED})?(?:{_S}*|-)(?P<unit>{_unit_alternation(_ALL_FORMS)}|[CF])"
                         rf"(?![A-Za-z0-9²³])")
#: A measure joined to its unit by a hyphen ("26-mile", "twenty-kilometre"), and the lower-case
#: noun after it, the thing of that size ("a 26-mile race").
_HYPHENATED = re.compile(r"-[A-Za-z]+\Z")
_NOUN_AFTER = re.compile(rf"{_S}+(?P<noun>[a-z][\w’'-]*)")
#: The noun right before "of" and a figure: "winds of 110 mph", "waves of 5-7 metres".
_NOUN_OF_BEFORE = re.compile(rf"(?<![\w’'-])(?P<noun>[A-Za-z][\w’'-]*){_S}+of{_S}+\Z")

EXAMPLES = [
    Example("The new pipeline will run [1,200 km] to the coast.", "1200000", unit="m", low=1150000.0,
            high=1250000.0, qualifier="exact"),
    Example("The border wall stretches for [20 kilometres].", "20000", unit="m", low=15000.0, high=25000.0),
    Example("The border wall stretches for [12.4 miles].", "19955.8656", unit="m"),
    Example("Rescuers found the car [200m] away from the road.", "200", unit="m"),
    Example("They built a [30m]-high sea wall.", "30", unit="m"),
    Example("The plane flew at [35,000 feet] over the Alps.", "10668", unit="m"),
    Example("Police seized [nearly 2 tonnes] of cocaine.", "2000", unit="kg", qualifier="approx", low=1800.0,
            high=2000.0),
    Example("Exports reached [1.2bn tonnes] last year.", "1200000000000", unit="kg"),
    Example("The boxer weighed in at [210 pounds].", "95.2543977", unit="kg"),
    Example("Output fell to [3.5 million barrels a day] in June.", "556455532", unit="l/day"),
    Example("The field pumps [1.2 million bpd].", "190784754", unit="l/day"),
    Example("Fires burned [more than 5,000 hectares] of forest.", "50000000", unit="m2", qualifier="above",
            high=None),
    Example("The lake covers [120 sq km].", "120000000", unit="m2"),
    Example("The plant will add [1.5 GW] of capacity.", "1500000000", unit="W"),
    Example("Households used [3,500 kWh a year].", "3500000", unit="Wh/year"),
    Example("Winds reached [120 mph] on the coast.", "193.12128", unit="km/h"),
    Example("The ship sailed at [12 knots].", "22.224", unit="km/h"),
    Example("Temperatures hit [40C] in Madrid.", "40", unit="°C", low=35.0, high=45.0),
    Example("The thermometer read [104 degrees Fahrenheit].", "40", unit="°C"),
    Example("Overnight temperatures fell to [-5°C].", "-5", unit="°C"),
    Example("Repairs cover [between 10 and 12 km] of track.", "10000..12000", unit="m", qualifier="range",
            low=10000.0, high=12000.0),
    Example("The queue stretched for [3-4 miles].", "4828.032..6437.376", unit="m", qualifier="range"),
    Example("Temperatures rose [2C] overnight.", "2", unit="°C", note="change:up"),
    Example("A [20-kilometre] stretch of road was closed.", "20000", unit="m"),
    Example("Police described a man [6 feet 2 inches] tall.", "1.8796", unit="m", low=1.8669, high=1.8923),
    Example("The centre, at [6ft 2in], dominated the boards.", "1.8796", unit="m"),
    Example("The baby weighed [8 pounds 3 ounces] at birth.", "3.713787529", unit="kg"),
    Example("The slick covers [10 km to 12 km] of coastline.", "10000..12000", unit="m", qualifier="range",
            low=10000.0, high=12000.0),
    Example("The parcels weighed [between 5 kg and 7 kg] each.", "5..7", unit="kg", qualifier="range"),
    Example("The tank holds [30 imperial gallons].", "136.3827", unit="l"),
    Example("She ran a [26-mile] race in the rain.", "41842.944", unit="m", subject="race"),
    Example("The storm packed winds of [110 mph].", "177.02784", unit="km/h", subject="winds"),
    # an area after a verb of burning is the area burned, and a bracketed conversion measures it too
    Example("The fire has burned [12,140 acres] since Tuesday.", "49128837", unit="m2", subject="area burned"),
    Example("The blaze has scorched [about 800 hectares] of pine forest.", "8000000", unit="m2",
            subject="area burned"),
    Example("Last year's Elk Ridge Fire burned [9,000 acres] of forest.", "36421708", unit="m2", subject="forest"),
    Example("Flames have charred [more than 2,000 acres] (about 810 hectares) near the town.",
            "8093713", unit="m2", subject="area burned"),
    Example("Flames have charred more than 2,000 acres ([about 810 hectares]) near the town.",
            "8100000", unit="m2", subject="area burned"),
    Example("The farm covers [400 hectares] of wheat.", "4000000", unit="m2", subject="wheat"),
    Example("A magnitude [6.4] earthquake struck off Sumatra.", "6.4", unit="magnitude", subject="quake",
            low=6.35, high=6.45),
    Example("The USGS said a [5.1]-magnitude aftershock followed.", "5.1", unit="magnitude",
            subject="aftershock (USGS)"),
    # Counterexamples: no measure anywhere.
    Example("He won the 100-metre sprint, and she took the 400m hurdles."),
    Example("The company raised £5m from 5m people; the 400m hurdles final starts at noon."),
    Example("She won the 100 metres final and stood on her own two feet."),
    Example("The F-16 and a Boeing 747 flew past; 5G masts and seat 12F were named."),
    Example("The fine was 500 pounds, and the ship turned 180 degrees."),
    Example("He walked a mile, then half a mile more."),
    Example("After the quake the agency put it at 7.4 percent; the M4 motorway and the magnitude of the task."),
]


def find(context: DocumentContext) -> Iterator[Fact]:
    """Yield every measure in the document that is not boilerplate."""
    text = context.text
    position = 0
    previous_subject, previous_sentence = "", -1
    for unit_start, unit_end in _unit_spans(text):
        if unit_start < position:
            continue
        fact = _read(context, unit_start, unit_end, position)
        if fact is None or context.skip(fact.start, fact.end) or wished(text, fact.sentence_start, fact.start):
            continue
        position = fact.end
        if fact.sentence_start != previous_sentence:
            previous_subject = ""
        converted = previous_subject and _CONVERSION_BEFORE.search(text, max(fact.sentence_start, fact.start - 4),
                                                                   fact.start)
        fact.subject = previous_subject if converted else _subject(text, fact, previous_subject)
        fact.scope = scope_of(fact.sentence, fact.start - fact.sentence_start)
        previous_subject, previous_sentence = fact.subject or previous_subject, fact.sentence_start
        yield fact
    yield from magnitudes(context)


def _read(context: DocumentContext, unit_start: int, end: int, position: int) -> Fact | None:
    """The measure whose unit is ``text[unit_start:end]``, read backwards to its figure; None when it is none."""
    text = context.text
    written = " ".join(text[unit_start:end].split())
    canonical_unit, factor = _unit_of(written)
    figure = _FIGURE_BEFORE.search(text, max(position, unit_start - 60), unit_start)
    if figure is None:
        return None
    tail = _compound_tail(text, figure, end, written, factor)
    if not _plausible(text, figure, tail[0] if tail else end, written, compound=tail is not None):
        return None
    try:
        reading = read_number(figure.group("num"))
        lower = read_number(figure.group("low")) if figure.group("low") else None
    except ValueError:
        return None
    if tail:  # "6 feet 2 inches": one length, in feet
        end, reading = tail[0], Reading(reading.value + tail[1].value, tail[1].half_step)
    start = figure.start("num") if figure.group("neg") is None else figure.start("neg")
    scale = scale_of(_scale_word(figure.group("scale")))
    negative = figure.group("neg") is not None
    if negative and canonical_unit not in ("°C", "°F"):
        return None  # a minus before a length is a dash of a list or a range, not a sign
    if lower is not None and (figure.group("joiner") or "").lower() == "and" and not figure.group("between"):
        lower = None  # "5 and 10 km" may be two measures; only "between" makes it a range
    if lower is not None and not figure.group("between") and _FROM_BEFORE.search(
            text, max(0, figure.start() - 8), figure.start()):
        lower = None  # "extended from 10 to 12 km": a change of a length, not a range
    low_value = None if lower is None else lower.value * (
        scale_of(_scale_word(figure.group("low_scale"))) if figure.group("low_scale") else scale)
    high_value = reading.value * scale
    if lower is None and not negative and not tail:
        second = _second_end(text, figure, end, written)
        if second is not None:
            low_value, high_value, end = high_value, second[0], second[1]
    rate = RATE_AFTER.match(text, end)
    if rate and canonical_unit in ("m", "kg", "l", "m2", "Wh"):
        canonical_unit, factor = _per_period(canonical_unit, factor, period_of(rate))
        end = rate.end()
    if low_value is not None and not negative:
        return _range(context, figure.start(), end, low_value, high_value, canonical_unit, factor)
    bound = _BOUND_BEFORE.search(text, max(0, start - 40), start)
    change = None if bound else _CHANGE_BEFORE.search(text, max(0, start - 40), start)
    if bound:
        start = bound.start()
    value = (-1 if negative else 1) * reading.value * scale
    low, high, qualifier = interval(Reading(value, reading.half_step * scale), 1.0,
                                    bound_qualifier(bound.group("bound") if bound else None))
    if canonical_unit == "°F":
        canonical_unit, convert = "°C", (_fahrenheit_difference if change else _fahrenheit)
    else:
        def convert(x: float) -> float:
            return x * factor
    low, high = (None if low is None else convert(low)), (None if high is None else convert(high))
    note = ""
    if change:
        note = "change:down" if _FALL.fullmatch(change.group("verb")) else "change:up"
    return context.fact(KIND, start, end, canonical(convert(value)), unit=canonical_unit, low=low, high=high,
                        qualifier=qualifier, note=note)


def _unit_of(written: str) -> tuple[str, float]:
    """The canonical unit and factor of a written unit ("km", "Kilometres", "sq  km")."""
    written = " ".join(written.split())
    return _UNITS.get(written) or _UNITS[written.lower()]


def _compound_tail(text: str, figure: re.Match, end: int, written: str,
                   head_factor: float) -> tuple[int, Reading] | None:
    """The end of a smaller unit's figure and unit after a plain figure and a larger unit ("6 feet
    [2 inches]"), and that tail in the larger unit (2/12 foot), as precise as it is written: ±0.5
    inch for whole inches, since a tail of "10" is no round ten. None when there is no compound."""
    compound = _COMPOUND_TAIL.get(written.lower())
    if compound is None or figure.group("low") or figure.group("neg") or figure.group("scale"):
        return None
    pattern, tail_factor, ratio = compound
    tail = pattern.match(text, end)
    if tail is None or (tail.group("unit").lower() in _TAIL_DIGITS_ONLY and not tail.group("num")[:1].isdigit()):
        return None
    try:
        part = read_number(tail.group("num"))
    except ValueError:
        return None
    if part.value >= ratio:
        return None  # "6 feet 20 inches" is no compound: a tail is less than one of the head
    in_head = tail_factor / head_factor
    return tail.end(), Reading(part.value * in_head, min(part.half_step, 0.5) * in_head)


def _second_end(text: str, figure: re.Match, end: int, written: str) -> tuple[float, int] | None:
    """The high end (in the written unit, scaled) and the end of a range whose unit is written twice:
    "10 km to 12 km", "between 5 kg and 7 kg", "5 kg-7 kg"; None when the figures make no range.
    "To" after a change ("rose 5C to 35C", "extended by 500 metres to 3,000 metres": a difference,
    then the level) or after "from" ("widened from 10 km to 12 km": the two lengths of a change)
    joins no range; "and" does only after "between"."""
    second = _SECOND_END.match(text, end)
    if second is None or _unit_of(second.group("unit")) != _unit_of(written):
        return None  # "10 km to 12 miles" is no range
    joiner = (second.group("joiner") or "").lower()
    if joiner == "and" and not figure.group("between"):
        return None
    before = max(0, figure.start() - 40)
    if joiner == "to" and any(pattern.search(text, before, figure.start())
                              for pattern in (_FROM_BEFORE, _CHANGE_BEFORE, _DIFFERENCE_BEFORE)):
        return None
    low = read_number(figure.group("num")).value * scale_of(_scale_word(figure.group("scale")))
    high = read_number(second.group("num")).value * scale_of(_scale_word(second.group("scale")))
    return (high, second.end()) if low < high else None


# An area right after a verb of burning in the perfect is the area the fire of the news has burned
# so far ("has burned more than 12,000 acres", "have scorched about 4,900 hectares of brush"),
# whatever the sentence calls the fire; the simple past more often tells of a fire long out ("Last
# summer's Birch Creek Fire burned 31,000 acres"), so it names no such area. A figure's own hedge
# ("more than") is part of the fact, so the verb stands just before it.
_BURNED_BEFORE = re.compile(rf"\b(?i:has|have|had)(?:{SPACE}+(?i:now|already|so{SPACE}+far))?{SPACE}+"
                            rf"(?i:burned|burnt|scorched|charred|blackened|consumed){SPACE}+\Z")
# A conversion in brackets right after a measure measures the same thing: "12,000 acres (about
# 4,900 hectares)".
_CONVERSION_BEFORE = re.compile(r"[ \t]*\([ \t]*\Z")


def _subject(text: str, fact: Fact, previous: str) -> str:
    """What is measured: the noun a hyphenated measure stands before ("a 26-mile race": "race"),
    else the noun right before "of" and the figure ("packed winds of 110 mph": "winds", not who
    packed them), else the shared subject reader's noun before the figure ("The pipeline is 1,200
    km long"), else the substance of an "of" phrase after the unit ("5 million tonnes of steel",
    "50mm of rain on the city": "rain"), cut before its first stop word or article."""
    if fact.unit == "m2" and _BURNED_BEFORE.search(text, max(fact.sentence_start, fact.start - 40), fact.start):
        return "area burned"
    head = _head_noun(text, fact)
    if head:
        return head
    of = _OF_AFTER.match(text, fact.end)
    if of is None:
        return subject_of_quantity(text, fact.sentence_start, fact.start, fact.end, previous)
    # With the figure's own start as its end, the shared reader looks before the figure only.
    before = subject_of_quantity(text, fact.sentence_start, fact.start, fact.start, previous)
    words = []
    for word in of.group("np").split():
        # "15 kilograms of cocaine worth $1.5 million": the value of the substance is no part of it
        if word.lower() in PHRASE_STOPS or word.lower() in ("a", "an", "the", "worth", "valued"):
            break
        words.append(word)
    return before or canonical_subject(" ".join(words))


def _head_noun(text: str, fact: Fact) -> str:
    """The noun a measure modifies: after a hyphenated measure ("a 10-kilometre walk") or before
    "of" and the figure ("gusts of 90 mph", "speeds of up to 300 km/h"); "" when there is none
    ("a total of 5 tonnes" names no measured thing)."""
    if _HYPHENATED.search(fact.surface):
        after = _NOUN_AFTER.match(text, fact.end)
        if after and after.group("noun").lower() not in PHRASE_STOPS:
            return canonical_subject(after.group("noun"))
    before = _NOUN_OF_BEFORE.search(text, max(fact.sentence_start, fact.start - 40), fact.start)
    if before and before.group("noun").lower() not in PHRASE_STOPS:
        return canonical_subject(before.group("noun"))
    return ""


def _range(context: DocumentContext, start: int, end: int, low: float, high: float, unit: str,
           factor: float) -> Fact | None:
    """A range of two figures in one unit, its ends exact: "between 10 and 12 km"."""
    if not low < high:
        return None  # "10 to 2 km" is no range
    convert = _fahrenheit if unit == "°F" else (lambda x: x * factor)
    unit = "°C" if unit == "°F" else unit
    low, high = convert(low), convert(high)
    return context.fact(KIND, start, end, f"{canonical(low)}..{canonical(high)}", unit=unit, low=low, high=high,
                        qualifier="range")


def _plausible(text: str, figure: re.Match, end: int, written: str, compound: bool = False) -> bool:
    """Whether the figure and unit make a measure (see the module docstring for what does not);
    ``compound`` when a smaller unit follows ("8 pounds 3 ounces": a weight, never money)."""
    words_figure = not figure.group("num")[:1].isdigit() and figure.group("num")[:1] != "."
    if words_figure and written in _DIGITS_ONLY:
        return False
    lower = written.lower()
    sized = written == "m" or (words_figure and lower in ("feet", "foot"))
    if sized and not _SIZE_AFTER.match(text, end):
        return False  # "5m people", "on his own two feet"; "200m away", "six feet tall" are lengths
    event = _unit_of(written)[0] == "m" and _EVENT_AFTER.match(text, end)
    if event and not (event.group("course") and _INDEFINITE_BEFORE.search(
            text, max(0, figure.start() - 4), figure.start())):
        return False  # "the 100 metres final"; "a 26-mile race" is one race's length
    window = text[max(0, figure.start() - _CUE_REACH):min(len(text), end + _CUE_REACH)]
    if written in ("C", "F") and not _HEAT.search(window):
        return False  # "seat 12F", "Form 40C"
    if compound:
        return True
    if lower == "stone":
        return _WEIGHT.search(window) is not None  # "weighed 15 stone", not "12 Stone Street"
    # "Fined 500 pounds" is money: pounds are a weight only beside a word of weight, away from money.
    return lower not in ("pounds", "pound") or (_WEIGHT.search(window) is not None
                                                and _MONEY_NEAR.search(window) is None)


def _scale_word(scaled: str | None) -> str | None:
    """The scale word of "3.5 million", "-million" or "bn" (None when there is none)."""
    return scaled.strip().lstrip("-").strip() if scaled else None


def _per_period(unit: str, factor: float, period: str) -> tuple[str, float]:
    """The unit of a rate: a length per hour or second is a speed (km/h), else "<unit>/<period>"."""
    if unit == "m" and period == "hour":
        return "km/h", factor / 1000
    if unit == "m" and period == "second":
        return "km/h", factor * 3.6
    return f"{unit}/{period}", factor


def _fahrenheit(degrees: float) -> float:
    """A temperature in °F as °C."""
    return (degrees - 32) * 5 / 9


def _fahrenheit_difference(degrees: float) -> float:
    """A change of temperature in °F as one in °C: "rose 9F" is a rise of 5 °C."""
    return degrees * 5 / 9
