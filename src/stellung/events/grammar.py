"""The words and the small parse tests the event stage reads English with: which verbs
commit, report or react, which nouns only frame or count, which prepositions govern. They
steer how the parse is read rather than what an event is (that is the lexicon's), so they
stay here in code beside the rules that use them.
"""

from __future__ import annotations

import unicodedata

from spacy.tokens import Token

COOPERATIVE = {"AID", "COOPERATE", "CONCEDE", "RETREAT", "CONSULT", "SUPPORT"}
CONFLICTUAL = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"}
# Heads whose complement is what the subject commits to, wants, or can do.
# ("decided to allow" is the decision itself, not a promise: "decide" is not among them)
COMMIT_VERBS = {"agree", "promise", "pledge", "vow", "offer", "undertake", "commit", "swear",
                # "is willing to withdraw", "is prepared to lift the ban": the same commitment
                "willing", "prepared", "ready", "committed", "determined", "eager"}
# commitments one side makes alone (unlike "agree"): what they promise is the act's only event
PROMISE_VERBS = {"promise", "pledge", "vow", "swear", "undertake"}
OBLIGATION_AUX = {"must", "should", "ought"}
REPORT_VERBS = {"say", "tell", "announce", "state", "declare", "add", "report", "insist", "warn", "confirm", "indicate"}
SELF_PRONOUNS = {"we", "i", "us", "it", "they"}
# nouns for another party in relation to the possessor: "his guest", "its allies"
RELATION_NOUNS = {"guest", "visitor", "host", "ally", "partner", "friend", "neighbour", "neighbor", "counterpart",
                  "colleague", "supporter", "rival"}
# possessives that may point back to a clause's own subject: "to defend its sovereignty"
OWN_POSSESSIVES = {"its", "their", "our", "my", "his", "her"}
# Prepositions whose nominal event the governing verb's subject takes part in: "returned for
# talks", "responded with countermeasures", "said during a visit to Kyiv", "went on hunger strike"
GOVERNING_PREPS = {"for", "with", "during", "on"}
# "agreed to reopen embassies after four days of talks in Beijing": talks before or after an
# act were held by its subject
CONSULT_TIME_PREPS = {"after", "before", "following"}
# "… during Modi's visit to Russia": talks in whose time an act happened were held
HELD_TALKS_PREPS = CONSULT_TIME_PREPS | {"during"}
# Phrases of time or circumstance, which name no party of the act they modify
SETTING_PREPS = {"since", "during", "after", "before", "until", "amid", "despite"}
# "on" only after verbs of being in a state ("cracked down on protests" takes no part in them)
ON_VERBS = {"go", "be", "remain", "stay", "embark", "continue"}
# Where talks happen is their venue, not their target ("met in Geneva"); for other types the
# coders' convention (PLOVER gold, CAMEO manual) reads the place as the target ("an inquiry into a
# reactor in Syria", "sought refuge in Germany")
VENUE_TYPES = {"CONSULT"}
# "arrived in Islamabad for talks": verbs of coming to a place
TRAVEL_VERBS = {"arrive", "travel", "fly", "go", "come", "head", "land", "return"}
# Words that make a threat an answer to an earlier act: "promised a tit-for-tat response",
# "vowed to retaliate", "warned of countermeasures"
ANSWER_WORDS = {"response", "respond", "retaliate", "retaliation", "retaliatory", "reciprocal", "reciprocate", "tit",
                "countermeasure", "reply", "revenge", "avenge", "mirror"}
# Acts of force, one operation however many verbs tell it ("raided the camp, detaining 15")
FORCE_TYPES = {"ASSAULT", "COERCE"}
# Killing, the gravest telling of an operation: "raided the camp, killing four"
KILL_VERBS = {"kill", "massacre", "behead", "execute", "slaughter"}
# What a warning may threaten beside an answer: "any provocation would be met with force"
PUNISHMENT_WORDS = {"force", "punish", "punishment"}
# Acts that take people, whose freeing a later demand asks for
SEIZE_VERBS = {"abduct", "kidnap", "seize", "capture"}
# What a demand to free people asks for: "demanded their release"
FREEDOM_NOUNS = {"release", "freedom", "return", "repatriation", "handover"}
# Words for talking about something: "talks on a peace treaty", "discussed a ceasefire"
TALK_HEADS = {"talk", "negotiation", "discussion", "consultation", "dialogue", "debate", "vote", "referendum",
              "discuss", "negotiate", "conference", "summit"}
# Participles after a person that only allege what follows: "suspected of", "accused of", "wanted for"
SUSPECT_PARTICIPLES = {"suspect", "accuse", "charge", "want"}
# Verbs of getting what another gave: "received tanks supplied by Germany", "took delivery of"
RECEIVE_VERBS = {"receive", "take", "accept", "get", "obtain", "welcome"}
# Participles that tell where forces are, not that they moved: "troops stationed in Senegal"
POSTED_PARTICIPLES = {"station", "base", "garrison", "post"}
# Nouns that forbid what their phrase names: "a ban on rallies", "restrictions on protests"
BAN_NOUNS = {"ban", "restriction", "curb", "prohibition", "moratorium"}
# Nouns that only hold what their "of" phrase names: "a package of sanctions", "a round of talks"
CONTAINER_NOUNS = {"package", "set", "batch", "series", "raft", "slew", "bundle"}
# Participles that tie a thing to its owner or goal: "ships linked to Israel", "bound for Eilat"
TIE_PARTICIPLES = {"link", "tie", "belong", "bind", "head", "affiliate", "connect"}
# Buildings that stand for whoever sits in them: "protested outside the US embassy"
SEAT_NOUNS = {"embassy", "consulate", "office", "headquarters", "mission", "ministry", "residence"}
# "the two neighbours", "both sides": the last two states named
PEER_NOUNS = {"country", "neighbour", "neighbor", "nation", "side", "state", "government", "rival", "leader", "junta",
              "regime", "capital", "party", "foe", "adversary", "ally", "partner", "president", "minister"}
# "allowed inspectors to visit": what a concession lets others do is its content
PERMIT_VERBS = {"allow", "permit", "let"}
# Acts done by saying something: a participle of these after a report is the reporter's
SPEECH_TYPES = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT"}
# "the two neighbours", "the three juntas": how many states the peers are
PEER_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}
# Verbs whose object a subject writes or puts out: "issued a statement demanding …"
ISSUE_VERBS = {"issue", "release", "publish", "adopt", "pass", "sign", "send", "submit", "table", "draft", "deliver",
               "post", "put", "make", "approve", "unveil", "present", "circulate", "announce"}
# Verbs whose object is others' reaction to their subject: "drawing condemnation from London",
# "faced criticism from rights groups", "received aid from Japan"
REACTION_VERBS = {"draw", "prompt", "provoke", "spark", "trigger", "attract", "earn", "face", "receive", "win",
                  "meet", "incur", "invite", "court"}
# "…, prompting Pyongyang to warn of countermeasures": the prompted act answers the clause
# the participle hangs on, so it is aimed at that clause's subject
PROMPT_VERBS = {"prompt", "provoke", "lead", "force", "push", "spur", "cause", "trigger", "drive", "compel"}
# Nouns that sum up an act told before: "The EU condemned the decision", "Rome welcomed the move"
SUMMARY_NOUNS = {"decision", "move", "step", "measure", "action", "ruling", "verdict", "sentence", "announcement",
                 "law", "bill", "decree", "policy", "plan", "incident", "act", "attack", "operation", "arrest",
                 "detention", "expulsion", "killing", "execution", "launch", "test", "incursion"}
# "its alleged role in arming the rebels": an act the sentence only alleges
ALLEGED = {"alleged", "allegedly", "purported", "purportedly", "supposed", "supposedly"}
# People whose warnings are commentary, not threats: "analysts warned the country could default"
COMMENTATORS = {"analyst", "expert", "economist", "observer", "commentator", "scientist", "researcher", "forecaster",
                "strategist", "academic", "scholar"}
# Verbs whose object is a means or the one contacted, not who does the complement: "used tear
# gas to disperse them", "telephoned the president to urge clemency", "summoned the envoy to protest"
INSTRUMENT_VERBS = {"use", "employ", "fire", "spend", "take", "telephone", "phone", "ring", "visit", "meet", "host",
                    "receive", "summon", "contact", "write", "interrupt"}
# ", leaving three soldiers injured", ", forcing thousands to flee", ", ending a 29-year presence",
# ", injuring dozens": a participle that tells the outcome, not a further act
RESULT_PARTICIPLES = {"leave", "allow", "enable", "cause", "force", "end", "injure", "wound", "hurt"}
# "before security forces shot dead the attackers": those who did the act just told
PERPETRATOR_NOUNS = {"attacker", "assailant", "gunman", "perpetrator", "hijacker", "kidnapper", "abductor", "bomber",
                     "raider", "shooter"}
# "the collapse of a bridge that killed 11 people": deaths no one inflicted
NATURAL_CAUSES = {"collapse", "flood", "flooding", "earthquake", "quake", "storm", "cyclone", "hurricane", "typhoon",
                  "landslide", "mudslide", "avalanche", "heatwave", "drought", "wildfire", "accident", "crash",
                  "derailment", "disease", "outbreak", "epidemic", "virus", "famine", "tsunami", "blaze", "fire",
                  "stampede", "eruption", "cold", "heat", "lightning"}
# "accusing them of …", "calling it …": the object stands for the main clause's target
REFERRING_PRONOUNS = {"it", "them", "him", "her"}
# judgements of an act that may refer to it by a noun ("a move Israel condemned")
JUDGING_TYPES = {"ACCUSE", "SUPPORT", "REJECT"}
# what an accusation is for: "accused Kyiv of shelling", "condemned X for the raid", "protested
# to India over the shelling"
CHARGE_PREPS = {"of", "for", "over"}
# (outer, inner) types where an act's purpose tells the same act again: "summoned the
# ambassador to protest against …" is one protest, CAMEO's summons (ACCUSE); "recalled its
# ambassador for consultations" is the recall (the consultations are at home)
PURPOSE_RESTATED = {("ACCUSE", "PROTEST"), ("SANCTION", "CONSULT")}
# "responded by imposing sanctions", "after meeting Putin": the gerund's subject is the clause's
GERUND_PREPS = {"by", "after", "before", "while", "without", "in"}
INTEND_VERBS = {"plan", "seek", "intend", "want", "aim", "try", "hope", "wish", "prepare", "attempt", "mean", "expect"}
REFUSE_VERBS = {"refuse", "fail", "decline", "reject"}
# "hesitated to act" did not act; "will not hesitate to strike" announces the strike
HESITATE_VERBS = {"hesitate"}
# "prepared to resume shelling": readying force is PLOVER MOBILIZE, the attack itself has not happened
PREPARE_VERBS = {"prepare", "mobilize", "mobilise", "gear", "mass"}
# Nouns that only frame the event named by their compound: "a mediation effort", "the peace
# process", "a bombing campaign"; the compound is the trigger, the frame carries its arguments.
FRAME_NOUNS = {"effort", "initiative", "process", "mission", "campaign", "operation", "programme", "program",
               "plan", "bid", "attempt", "drive", "move", "push", "proposal", "offer", "deal", "package"}
# The word a lexicon entry's 'object' list uses for any person the actor stage knows
# ("received Orban": receive + @person)
PERSON_OBJECT = "@person"
# Verbs whose subject is the host of a visit, not the visitor ("received Orban in the Kremlin")
HOSTING_VERBS = {"host", "receive", "welcome"}
# Verbs that make a proposal someone else may refuse: "the draft, which Britain had sponsored"
MAKER_VERBS = {"propose", "sponsor", "draft", "table", "submit", "broker", "present", "introduce", "offer",
               "author", "put", "circulate", "draw"}
# Texts put to a vote or a decision, whose content is proposed rather than done: "vetoed a
# proposal for a resolution demanding a ceasefire"
PROPOSED_TEXTS = {"resolution", "bill", "motion", "draft", "proposal", "plan", "law", "decree", "statement",
                  "declaration", "text", "amendment"}
# Verbs whose clause says what someone must do: "said Sudan must return", "concluded that the US must"
DEMAND_HEADS = REPORT_VERBS | {"conclude", "insist", "urge", "argue", "stress", "believe", "demand", "write", "note"}
FUTURE_AUX = {"will", "shall", "'ll"}
# modalities of an act announced or put as a condition rather than told as done
ANNOUNCED_MODALITIES = {"future", "hypothetical", "intended"}
POSSIBLE_AUX = {"may", "might", "could", "can"}
HYPOTHETICAL_AUX = {"would", "should"}
NEGATIONS = {"not", "n't", "never", "no"}
SUBJECTS = ("nsubj", "csubj")


# Heads that only count or gather what their "of" phrase names: "tens of thousands of Serbs".
QUANTITY_NOUNS = {"ten", "tens", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "dozen",
                  "dozens", "score", "scores", "number", "some", "many", "most", "all", "few", "several", "crowd",
                  "crowds", "handful", "majority", "minority", "batch", "wave", "band", "group"}


def counted(tok: Token) -> Token:
    """'Tens of thousands of Serbs marched': the Serbs did."""
    for _ in range(3):
        if tok.i in (tok.doc._.stellung_token_actor or {}):
            return tok
        if tok.lemma_.lower() not in QUANTITY_NOUNS and tok.pos_ != "NUM":
            return tok
        of = next((p for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"), None)
        obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if obj is None:
            return tok
        tok = obj
    return tok


# Words after a verb that make a phrasal verb with it: "pulled out", "stepped down"
PARTICLES = {"out", "down", "off", "up", "over", "back", "away", "in", "on"}


def particle(verb: Token) -> str | None:
    """'handed three hostages over', 'stepped down', 'pulled out of': the verb's particle."""
    for c in verb.children:
        if c.dep_ == "prt" or c.i == verb.i + 1 and c.dep_ in ("advmod", "prep") and c.lower_ in PARTICLES:
            return c.lower_
    return None


def object_root(tok: Token) -> Token:
    """'the adoption of a new tranche of EU aid' -> 'adoption': up the of/for chain to the
    phrase a verb governs."""
    for _ in range(4):
        if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "for") and tok.head.head.pos_ in ("NOUN", "PROPN", "NUM"):
            tok = tok.head.head
        elif tok.dep_ == "compound" and tok.head.lemma_.lower() in FRAME_NOUNS:
            tok = tok.head  # "the EU aid package": the frame is the object
        else:
            break
    return tok


def measure_preps(noun: Token) -> tuple[str, ...]:
    """Prepositions after a measure that name what it measures: "25,000 tons of aid", and after
    an amount also "in": "$80 million in military aid"."""
    amount = noun.pos_ == "NUM" or any(c.dep_ in ("nummod", "quantmod") for c in noun.children)
    return ("of", "in") if amount else ("of",)


def plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def object_words(obj: Token) -> set[str]:
    """What an entry's 'object' may name: the noun, its modifiers ("the British charge
    d'affaires") and what it measures ("a package of sanctions")."""
    words = {obj.lemma_.lower(), obj.lower_, plain(obj.lower_)}  # "chargé d'affaires"
    words.update(g.lemma_.lower() for g in obj.children if g.dep_ in ("compound", "amod"))
    for of in (g for g in obj.children if g.dep_ == "prep" and g.lower_ in measure_preps(obj)):
        words.update(g.lemma_.lower() for g in of.children if g.dep_ == "pobj")
    return words


def infinitive_advcl(verb: Token) -> bool:
    """'have sworn to fight': an infinitive the parser hung on as an adverbial clause."""
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


FINITE_TAGS = ("VBD", "VBZ", "VBP")


def stray_finite(verb: Token) -> Token | None:
    """'accused Ethiopia of violating its sovereignty and recalled its ambassador': the parser
    may join a finite verb to a gerund or infinitive; it belongs to the clause that governs
    them, whose verb this returns (None when the verb is joined where it belongs)."""
    if verb.dep_ != "conj" or verb.tag_ not in (*FINITE_TAGS, "VBN"):
        return None
    head = verb.head
    if head.dep_ == "ccomp" and any(c.dep_ == "auxpass" for c in head.children) \
            and any(c.dep_ == "dobj" for c in verb.children) and head.head.tag_ in FINITE_TAGS:
        # "said it had not been notified and urged the three countries to reconsider": an active
        # verb cannot share a reported passive's "been"; it is the reporting clause's
        return head.head
    if head.tag_ not in ("VBG", "VB") or verb.tag_ == "VBN":
        return None
    return next((a for a in head.ancestors if a.tag_ in FINITE_TAGS), None)


def stray_participle(verb: Token) -> Token | None:
    """'bombed a monastery where villagers had taken shelter, killing 23 people': a participle
    after a comma that the parser hung inside a relative clause tells of the main clause; this
    returns that clause's verb (None when the participle hangs where it belongs)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    head = verb.head
    if head.dep_ != "relcl":
        return None
    return next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX") and a.dep_ != "relcl"), None)


# A noun event named only as the frame of another act is no new event: "released them under the
# terms of the peace deal", "met on the sidelines of the summit", "withdrew in line with the
# truce"; nor one only rehearsed: "drills to simulate a blockade".
FRAME_PREPS = {"under"}
FRAME_HEADS = {"term", "terms", "sideline", "sidelines", "margin", "margins", "framework", "line"}
PLACING_VERBS = {"place", "put", "keep", "hold", "bring", "come", "go"}  # "placed him under house arrest"
REHEARSE_VERBS = {"simulate", "rehearse", "practise", "practice", "mimic", "imitate"}


def definite(noun: Token) -> bool:
    """'the expulsions', 'this move': a noun that points at something told or known."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in noun.children)


def hyphen_makers(noun: Token) -> list[Token]:
    """'a British-drafted resolution', 'a US-brokered proposal', 'Serbian-run post offices': the
    names before a hyphenated participle that say who made or runs the thing."""
    return [g for made in noun.children if made.dep_ == "amod" and made.tag_ == "VBN" and made.i > 0
            and noun.doc[made.i - 1].text == "-" for g in made.children if g.i < made.i]


def on_the_table(noun: Token) -> bool:
    """'sanctions remain on the table', 'military action is on the table': an option named, no act."""
    verb = noun.head
    return noun.dep_ in ("nsubj", "nsubjpass") and any(
        p.dep_ == "prep" and p.lower_ in ("on", "off") and any(g.lemma_.lower() == "table" for g in p.children)
        for p in verb.children)


def only_suspected(tok: Token) -> bool:
    """Whether the word tells only who someone is said to be or what they are suspected of
    ("two Palestinians accused of …", "Serbs suspected of attacking a patrol", "14 Palestinians
    suspected of militant activity in raids"): the participle itself or what hangs below it."""
    return any(a.dep_ == "acl" and a.tag_ == "VBN" and a.lemma_.lower() in SUSPECT_PARTICIPLES
               and not any(c.dep_ == "agent" for c in a.children) for a in [tok, *tok.ancestors][:6])


def only_a_frame(noun: Token) -> bool:
    """The noun event is the frame of another act or only rehearsed (see FRAME_PREPS), or no
    particular act at all ("warned that any further withdrawal could leave a vacuum"), or what
    someone is only suspected of ("14 Palestinians suspected of militant activity in raids")."""
    if any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children):
        return True
    if only_suspected(noun):
        return True
    t = noun
    for _ in range(3):
        if t.dep_ == "dobj" and t.head.lemma_.lower() in REHEARSE_VERBS:
            return True
        if t.dep_ != "pobj":
            return False
        prep = t.head
        if prep.lower_ in FRAME_PREPS and prep.head.lemma_.lower() not in PLACING_VERBS \
                or prep.lower_ in ("of", "with") and prep.head.lemma_.lower() in FRAME_HEADS \
                or prep.lower_ in ("on", "against", "of") and prep.head.lemma_.lower() in BAN_NOUNS \
                or prep.lower_ in ("on", "over", "about") and prep.head.lemma_.lower() in TALK_HEADS:
            # ("lifted its ban on rallies": what is banned does not happen; "talks on a peace
            # treaty": what talks are about is not done by talking)
            return True
        if prep.lower_ != "of":
            return False
        t = prep.head
    return False

