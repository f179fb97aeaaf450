"""Synthetic English political news for the benchmarks: reproducible, offline, streamed.

    from generate import generate_articles
    for record in generate_articles(300, seed=7):   # {"id": ..., "text": ...}
        ...

    python benchmarks/generate.py -n 300 --seed 7 -o articles.jsonl

Every article is assembled from the templates and word lists below (no external
text, no downloads). It reads like wire copy: a headline on the first line, an
optional byline, a dateline lead, then paragraphs separated by blank lines holding
event sentences (met, accused, signed, visited, imposed sanctions on ...), direct
quotes in “…” and „…“ with "said X", and reported speech ("X said that ...").
Some articles carry a related-article teaser ("Read also: ...") or a call to
action ("Share this article"), which stellung's segmenter must find.

Article i of a seed is always the same text, whatever n is: each article has its
own ``random.Random`` seeded with (seed, i), so a stream can be cut anywhere.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass

# Length of an article's text in words (whitespace-separated), headline included.
# 300-900 covers most wire and newspaper politics pieces; the longest template
# sentence has under 45 words, so stopping once a target <= MAX - 45 is reached
# never overshoots MAX_WORDS.
MIN_WORDS, MAX_WORDS = 300, 900
LONGEST_SENTENCE = 45

# How often the optional lines appear, per article. Roughly what a scrape of news
# sites looks like after text extraction: a minority of pages keep such lines.
P_BYLINE = 0.25
P_TEASER = 0.3
P_CALL_TO_ACTION = 0.3
P_DATELINE = 0.6
P_GERMAN_QUOTES = 0.25  # „…“: translated or continental sources quoted in English copy

# (country, capital, demonym, head of state or government's title)
COUNTRIES = [
    ("France", "Paris", "French", "President"), ("Germany", "Berlin", "German", "Chancellor"),
    ("Russia", "Moscow", "Russian", "President"), ("Ukraine", "Kyiv", "Ukrainian", "President"),
    ("the United States", "Washington", "American", "President"), ("China", "Beijing", "Chinese", "President"),
    ("the United Kingdom", "London", "British", "Prime Minister"), ("Poland", "Warsaw", "Polish", "Prime Minister"),
    ("Turkey", "Ankara", "Turkish", "President"), ("Iran", "Tehran", "Iranian", "President"),
    ("Israel", "Jerusalem", "Israeli", "Prime Minister"), ("Egypt", "Cairo", "Egyptian", "President"),
    ("India", "New Delhi", "Indian", "Prime Minister"), ("Pakistan", "Islamabad", "Pakistani", "Prime Minister"),
    ("Japan", "Tokyo", "Japanese", "Prime Minister"), ("South Korea", "Seoul", "South Korean", "President"),
    ("Brazil", "Brasilia", "Brazilian", "President"), ("Mexico", "Mexico City", "Mexican", "President"),
    ("Nigeria", "Abuja", "Nigerian", "President"), ("Kenya", "Nairobi", "Kenyan", "President"),
    ("Ethiopia", "Addis Ababa", "Ethiopian", "Prime Minister"), ("Saudi Arabia", "Riyadh", "Saudi", "Crown Prince"),
    ("Qatar", "Doha", "Qatari", "Emir"), ("Hungary", "Budapest", "Hungarian", "Prime Minister"),
    ("Serbia", "Belgrade", "Serbian", "President"), ("Armenia", "Yerevan", "Armenian", "Prime Minister"),
    ("Azerbaijan", "Baku", "Azerbaijani", "President"), ("Georgia", "Tbilisi", "Georgian", "Prime Minister"),
    ("Venezuela", "Caracas", "Venezuelan", "President"), ("Indonesia", "Jakarta", "Indonesian", "President"),
]

# Leaders, ministers and spokespeople are invented names: the articles must not put
# words in real people's mouths. First names and surnames mix cultures on purpose.
FIRST_NAMES = (
    "Elena Marco Amir Sofia Jonas Aylin Pavel Mariam Kenji Ana Oluwaseun Lars Fatima Diego Irina "
    "Tomasz Leila Hassan Claire Viktor Priya Mehmet Nadia Samuel Chen Isabel Arjun Hana Dmitri Grace "
    "Yusuf Katarzyna Rafael Aiko Omar Ingrid Tariq Lucia Bogdan Zainab"
).split()
SURNAMES = (
    "Varga Moreau Haddad Lindqvist Petrenko Demir Okafor Novak Tanaka Silva Kowalski Rahimi Fischer "
    "Mendez Sokolov Adeyemi Brennan Yilmaz Costa Kaur Nakamura Hoffmann Castillo Mwangi Ivanova Dubois "
    "Chaudhry Larsen Romero Abbasi Grünewald Okonkwo Horvat Jansen Salazar Kim Barzani Wiśniewski"
).split()

ORGANISATIONS = [
    "the United Nations", "NATO", "the European Union", "the African Union", "the World Bank",
    "the International Monetary Fund", "the UN Security Council", "ASEAN", "the OSCE",
    "the International Atomic Energy Agency", "the Arab League", "the G20", "the World Health Organization",
    "the International Criminal Court", "the European Commission", "the Red Cross",
]
MINISTRIES = [
    "Foreign Ministry", "Defence Ministry", "Ministry of Finance", "Interior Ministry",
    "Ministry of Energy", "Trade Ministry", "Justice Ministry", "Ministry of Economy",
]
MINISTER_ROLES = ["Foreign Minister", "Defence Minister", "Finance Minister", "Interior Minister", "Energy Minister"]
AGENCIES = ["Reuters", "the Associated Press", "AFP", "Anadolu", "Kyodo", "dpa", "the state news agency"]
MONTHS = "January February March April May June July August September October November December".split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

TOPICS = [
    "the border dispute", "the gas pipeline", "grain exports", "the nuclear programme", "the ceasefire",
    "arms deliveries", "the refugee crisis", "the trade deal", "the disputed election", "climate financing",
    "the detention of journalists", "troop deployments", "the water treaty", "fishing rights",
    "the peace process", "debt relief", "the airspace violations", "the prisoner exchange",
]
GOODS = ["steel", "wheat", "crude oil", "liquefied natural gas", "semiconductors", "fertiliser", "aluminium", "coal"]
PLACES = ["the border region", "the northern provinces", "the port city", "the capital's outskirts",
          "the disputed territory", "the coastal districts", "the mountain passes", "the industrial east"]

# ------------------------------------------------------------------ templates
# Slots: {a}/{b} actors (full reference), {a_short}/{b_short} (surname or country),
# {A}/{B} countries, {a_cap}/{b_cap} capitals, {a_dem}/{b_dem} demonyms, {org},
# {ministry}, {topic}, {goods}, {place}, {day}, {num}, {few}, {amount}, {pct}, {agency}, {month}.

HEADLINES = [
    "{A} imposes sanctions on {B} over {topic}",
    "{a_title} {a_short} visits {b_cap} amid tensions over {topic}",
    "{A} and {B} sign agreement on {topic}",
    "{B} accuses {A} of violating {topic_bare} accord",
    "{org} calls for talks as {topic_bare} row escalates",
    "{a_dem} leader meets {b_dem} counterpart in {a_cap}",
    "{A} expels {b_dem} diplomats after {topic_bare} dispute",
    "Talks between {A} and {B} stall over {topic}",
    "{a_title} {a_short} warns {B} against escalation",
    "{A} suspends {goods} exports to {B}",
    "{B} rejects {a_dem} proposal on {topic}",
    "Thousands protest in {a_cap} over {topic}",
]

EVENTS = [
    "{a} met {b} in {a_cap} on {day} to discuss {topic}.",
    "{a} accused {b} of undermining {topic} and of spreading false information about it.",
    "{A} and {B} signed an agreement on {topic} after months of negotiations mediated by {org}.",
    "{a} visited {b_cap} for the first time since the start of the dispute over {topic}.",
    "{A} imposed sanctions on {few} {b_dem} officials and companies it holds responsible for {topic}.",
    "{A} imposed sanctions on {B} on {day}, freezing assets and banning exports of {goods}.",
    "The {a_dem} {ministry} summoned the {b_dem} ambassador to protest against {topic}.",
    "{a} held talks with {b} on the sidelines of the {org_bare} summit.",
    "{a} condemned what {a_pron} called a deliberate provocation by {B} in {place}.",
    "{A} expelled {few} {b_dem} diplomats, accusing them of activities incompatible with their status.",
    "{a} called on {org} to send observers to {place}.",
    "{a} threatened to cut {goods} supplies to {B} unless the talks on {topic} resume.",
    "{A} pledged {amount} million dollars in humanitarian aid to {B}, much of it for {place}.",
    "{B} rejected the proposal, saying it ignored its concerns about {topic}.",
    "{a} welcomed the decision by {org} to take up {topic} at its next session.",
    "{a} praised {b} for {b_pron_pos} role in brokering the deal on {topic}.",
    "{A} suspended imports of {goods} from {B} pending an investigation.",
    "{a} and {b} agreed to set up a joint commission on {topic}.",
    "Troops from {A} were deployed to {place} on {day}, according to {agency}.",
    "{a} demanded that {B} withdraw its forces from {place} within {num_small} days.",
    "{a} warned {B} that any further escalation would meet a firm response.",
    "{a} criticised {org} for failing to act on {topic}.",
    "Police in {a_cap} detained {few} protesters who had gathered outside the {ministry}.",
    "{A} recalled its ambassador from {b_cap} for consultations.",
]

BACKGROUND = [
    "Relations between {A} and {B} have been strained since {topic} flared up {num_small} years ago.",
    "Trade between the two countries fell by {pct} percent last year, official figures show.",
    "{org} has repeatedly urged both sides to show restraint.",
    "Analysts in {b_cap} said the move was aimed mainly at a domestic audience ahead of elections.",
    "The {b_dem} {ministry} did not immediately respond to a request for comment.",
    "The dispute over {topic} has dominated the agenda of regional meetings for much of the year.",
    "Diplomats said a draft text was circulating but that key differences remained.",
    "{A} is one of the largest buyers of {b_dem} {goods}, which accounts for about {pct} percent of its imports.",
    "The talks are expected to continue in {c_cap} next {weekday}.",
    "Opposition lawmakers in {a_cap} accused the government of giving in to pressure from {B}.",
    "More than {num} people have been displaced from {place}, according to {org}.",
    "Neither side has published the full text of the agreement.",
    "Markets in {a_cap} fell sharply after the announcement, with the currency losing {pct_small} percent.",
    "The last meeting between the two leaders, in {c_cap} in {month}, ended without a joint statement.",
    "Human rights groups have called for an independent inquiry into the events in {place}.",
]

# Direct quotes: (quoted words) -- slots are filled like the other templates.
QUOTE_BODIES = [
    "We will not accept any attempt to change borders by force",
    "Our door remains open to dialogue, but our patience is not unlimited",
    "{B} must stop these provocations immediately",
    "This agreement shows that diplomacy can still deliver results",
    "The sanctions will stay in place until {B} changes course",
    "We have been very clear with our partners at {org} about where we stand",
    "Nobody wants a wider conflict, least of all the people of {place}",
    "These accusations are baseless and we reject them entirely",
    "We expect {B} to honour every commitment it has made on {topic}",
    "It is a difficult day, but it is also the beginning of a new chapter",
    "The international community cannot look away from what is happening in {place}",
    "There will be consequences for those responsible",
    "We are ready to sign tomorrow if the other side is serious",
    "Our citizens deserve security, not empty promises",
]
# Clauses for reported speech ("X said that ...").
REPORTED = [
    "{B} had broken its promises on {topic}",
    "the government would review all agreements with {B}",
    "talks on {topic} would resume after the holidays",
    "{A} was prepared to lift some sanctions if the ceasefire held",
    "no decision had yet been taken on {goods} exports",
    "the delegation from {b_cap} had shown a constructive attitude",
    "the allegations were part of a campaign to discredit {A}",
    "{org} should play a greater role in monitoring {place}",
    "{num} soldiers would be withdrawn from {place} by the end of {month}",
    "the country would not be intimidated by threats from {b_cap}",
    "a second round of talks was planned for {month}",
]

QUOTE_FRAMES_EN = [
    "“{q},” {s} said.",
    "“{q},” said {s}.",
    "{s} said: “{q}.”",
    "“{q},” {s} told reporters in {cap} on {day}.",
    "Speaking at a news conference, {s} said: “{q}.”",
    "“{q}. {q2},” {s} said in a statement.",
]
QUOTE_FRAMES_DE = [  # „…“ quotes, the German typographic style, as some outlets print them
    "„{q}“, said {s}.",
    "{s} said: „{q}.“",
    "„{q}“, {s} said in an interview with {agency}.",
]
REPORTED_FRAMES = [
    "{s} said that {r}.",
    "{s} told {agency} that {r}.",
    "According to {s}, {r}.",
    "{s} said on {day} that {r}, adding that {r2}.",
    "In a statement, the {dem} {ministry} said {r}.",
]

BYLINES = ["By {name}", "By {name} and {name2}", "Reporting by {name}"]
CALLS_TO_ACTION = ["Share this article", "Share this article on Facebook", "Follow us on Telegram",
                   "Leave a comment", "Subscribe to our newsletter"]
TEASER_PREFIXES = ["Read also: ", "Read also: ", "See also: ", "Related: "]


@dataclass(slots=True)
class _Actor:
    country: str
    capital: str
    demonym: str
    full: str   # "French President Elena Varga"
    short: str  # "Varga"
    title: str
    pron: str
    pron_pos: str


def _person(rng: random.Random) -> tuple[str, str]:
    first, last = rng.choice(FIRST_NAMES), rng.choice(SURNAMES)
    return f"{first} {last}", last


def _cast(rng: random.Random) -> tuple[_Actor, _Actor, tuple]:
    """Two main countries (each represented by a named leader or minister) and a third venue."""
    (a, b, c) = rng.sample(COUNTRIES, 3)
    actors = []
    for country, capital, demonym, leader_title in (a, b):
        name, last = _person(rng)
        title = leader_title if rng.random() < 0.6 else rng.choice(MINISTER_ROLES)
        pron, pron_pos = rng.choice((("he", "his"), ("she", "her")))
        actors.append(_Actor(country, capital, demonym, f"{demonym} {title} {name}", last, title, pron, pron_pos))
    return actors[0], actors[1], c


def _slots(rng: random.Random, a: _Actor, b: _Actor, c: tuple) -> dict[str, str]:
    """Fresh values for every slot; called per sentence so each sentence varies."""
    topic = rng.choice(TOPICS)
    org = rng.choice(ORGANISATIONS)
    return {
        "a": _ref(rng, a, country_ok=True), "b": _ref(rng, b),
        "a_short": a.short, "b_short": b.short, "a_title": a.title,
        "A": a.country, "B": b.country, "a_cap": a.capital, "b_cap": b.capital, "c_cap": c[1],
        "a_dem": a.demonym, "b_dem": b.demonym, "a_pron": a.pron, "b_pron_pos": b.pron_pos,
        "org": org, "org_bare": org.removeprefix("the "), "ministry": rng.choice(MINISTRIES),
        "topic": topic, "topic_bare": topic.removeprefix("the "), "goods": rng.choice(GOODS),
        "place": rng.choice(PLACES), "agency": rng.choice(AGENCIES), "month": rng.choice(MONTHS),
        "day": rng.choice(WEEKDAYS), "weekday": rng.choice(WEEKDAYS),
        "num": _big(rng), "few": str(rng.randint(2, 40)), "amount": str(rng.choice((5, 20, 50, 120, 300, 750))),
        "num_small": str(rng.randint(2, 30)), "pct": str(rng.randint(5, 60)), "pct_small": str(rng.randint(1, 9)),
    }


def _ref(rng: random.Random, actor: _Actor, country_ok: bool = False) -> str:
    """How a sentence names an actor: in full now and then, mostly by title or surname,
    as wire copy does after the first mention; an acting subject may be its country."""
    forms = [actor.full, actor.short, f"{actor.title} {actor.short}"]
    weights = [0.3, 0.35, 0.35]
    if country_ok:
        forms.append(actor.country)
        weights.append(0.2)
    return rng.choices(forms, weights)[0]


def _big(rng: random.Random) -> str:
    return f"{rng.choice((150, 200, 450, 1200, 3500, 12000, 20000, 85000)):,}"


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _fill(template: str, slots: dict[str, str]) -> str:
    return _cap(template.format(**slots))


def _quote_sentence(rng: random.Random, a: _Actor, b: _Actor, c: tuple, german: bool) -> str:
    """A direct quote or reported speech by one of the two main actors."""
    speaker, other = (a, b) if rng.random() < 0.6 else (b, a)
    # The quoted words are from the speaker's point of view: "{B}" is the other side.
    view = _slots(rng, speaker, other, c)
    s = _ref(rng, speaker)
    if rng.random() < 0.35:  # reported speech
        frame = rng.choice(REPORTED_FRAMES)
        return _fill(frame, {**view, "s": s, "dem": speaker.demonym,
                             "r": rng.choice(REPORTED).format(**view),
                             "r2": rng.choice(REPORTED).format(**view)})
    frames = QUOTE_FRAMES_DE if german and rng.random() < 0.5 else QUOTE_FRAMES_EN
    q, q2 = (_cap(t.format(**view)) for t in rng.sample(QUOTE_BODIES, 2))
    return _fill(rng.choice(frames), {**view, "s": s, "q": q, "q2": q2, "cap": speaker.capital})


def _words(text: str) -> int:
    return len(text.split())


def make_article(index: int, seed: int = 7) -> dict[str, str]:
    """Article ``index`` of the stream ``seed``: {"id", "text"}."""
    rng = random.Random(f"stellung-bench:{seed}:{index}")
    a, b, c = _cast(rng)
    german = rng.random() < P_GERMAN_QUOTES
    target = rng.randint(MIN_WORDS, MAX_WORDS - LONGEST_SENTENCE)

    headline = _fill(rng.choice(HEADLINES), _slots(rng, a, b, c))
    blocks: list[str] = [headline]
    if rng.random() < P_BYLINE:
        (n1, _), (n2, _) = _person(rng), _person(rng)
        blocks.append(rng.choice(BYLINES).format(name=n1, name2=n2))

    lead = _fill(rng.choice(EVENTS), _slots(rng, a, b, c))
    if rng.random() < P_DATELINE:
        lead = f"{a.capital.upper()} ({rng.choice(AGENCIES).removeprefix('the ')}) – {lead}"
    paragraphs: list[list[str]] = [[lead]]
    words = sum(map(_words, blocks)) + _words(lead)
    teaser_at = rng.randint(2, 5) if rng.random() < P_TEASER else -1

    while words < target:
        if len(paragraphs) == teaser_at:
            other = _cast(rng)
            teaser = rng.choice(TEASER_PREFIXES) + _fill(rng.choice(HEADLINES), _slots(rng, *other))
            paragraphs.append([teaser])
            words += _words(teaser)
            teaser_at = -1
        para: list[str] = []
        for _ in range(rng.randint(1, 4)):
            kind = rng.random()
            if kind < 0.4:
                sentence = _quote_sentence(rng, a, b, c, german)
            elif kind < 0.75:
                sentence = _fill(rng.choice(EVENTS), _slots(rng, a, b, c))
            else:
                sentence = _fill(rng.choice(BACKGROUND), _slots(rng, a, b, c))
            para.append(sentence)
            words += _words(sentence)
            if words >= target:
                break
        paragraphs.append(para)

    blocks.extend(" ".join(p) for p in paragraphs)
    if rng.random() < P_CALL_TO_ACTION:
        blocks.append(rng.choice(CALLS_TO_ACTION))
    return {"id": f"bench-{seed}-{index:06d}", "text": "\n\n".join(blocks)}


def generate_articles(n: int, seed: int = 7) -> Iterator[dict[str, str]]:
    """``n`` articles, built one at a time as they are consumed."""
    for i in range(n):
        yield make_article(i, seed)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Write synthetic political news articles as JSONL.")
    parser.add_argument("-n", "--articles", type=int, default=300, help="number of articles (default 300)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    parser.add_argument("-o", "--output", default="-", help="JSONL file to write ('-' = stdout)")
    args = parser.parse_args(argv)
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    try:
        for record in generate_articles(args.articles, args.seed):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()


if __name__ == "__main__":
    main()
