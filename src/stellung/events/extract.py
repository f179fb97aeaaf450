"""Who did what to whom: PLOVER events from the dependency parse, with negation,
modality and attribution.

The ``stellung_events`` spaCy component runs after the actor and quote stages. For
each verb or noun the lexicon knows (a verb may require its object: "impose" +
"sanctions"), it takes the arguments from the parse: the subject and a passive's
"by" phrase as actors; the object, the indirect object and the prepositional
phrases the entry names as recipients; coordinated actors as lists; "X and Y met" as
a reciprocal event; the subject of a control verb for its complement ("agreed to
cooperate"); possessors, "of"/"by" phrases and demonyms for nominal triggers ("the
visit of President Putin to Ankara", "a Turkish offensive"). Actors are the actor
stage's, so "Ankara" is Turkey's government.

PLOVER's own definitions decide two cases: a cooperative act that an actor promises
or announces ("will give", "promised to continue aid") is AGREE, and a conflictual
one it announces or makes conditional ("will strike if") is THREATEN; the act itself
is kept as the event's ``intent``.

Results: ``doc._.stellung_events`` (EventHit list).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..actors.context import CROWD_SIZES, window_start
from ..actors.resolve import INTERNATIONAL_CODES, PUBLISHED_KEY, STATE_SECTORS, _parse_date, load_descriptions
from ..components import boilerplate_tokens, tokens_with
from . import passes
from .grammar import (
    ANNOUNCED_MODALITIES,
    COMMIT_VERBS,
    CONFLICTUAL,
    CONSULT_TIME_PREPS,
    CONTAINER_NOUNS,
    COOPERATIVE,
    DEMAND_HEADS,
    FRAME_NOUNS,
    FUTURE_AUX,
    GERUND_PREPS,
    GOVERNING_PREPS,
    HELD_TALKS_PREPS,
    HESITATE_VERBS,
    HYPOTHETICAL_AUX,
    INSTRUMENT_VERBS,
    INTEND_VERBS,
    ISSUE_VERBS,
    JUDGING_TYPES,
    NATURAL_CAUSES,
    NEGATIONS,
    OBLIGATION_AUX,
    ON_VERBS,
    PEER_COUNTS,
    PEER_NOUNS,
    PERSON_OBJECT,
    POSSIBLE_AUX,
    POSTED_PARTICIPLES,
    PREPARE_VERBS,
    PROMISE_VERBS,
    REACTION_VERBS,
    REFUSE_VERBS,
    REPORT_VERBS,
    RESULT_PARTICIPLES,
    SEAT_NOUNS,
    SELF_PRONOUNS,
    SETTING_PREPS,
    SPEECH_TYPES,
    SUBJECTS,
    TIE_PARTICIPLES,
    TRAVEL_VERBS,
    VENUE_TYPES,
)
from .grammar import (counted, definite, infinitive_advcl, measure_preps, object_words, on_the_table, only_a_frame,
                      only_suspected, particle, plain, stray_finite, stray_participle)
from .lexicon import Lexicon, Trigger, load_lexicon
from .relations import RelationFinder

if not Doc.has_extension("stellung_events"):
    Doc.set_extension("stellung_events", default=None)


@dataclass(slots=True)
class EventHit:
    type: str
    trigger: tuple[int, int]  # token indices
    actors: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    negated: bool = False
    modality: str = "asserted"
    quote: int | None = None  # index into doc._.stellung_quotes
    entry: Trigger | None = None
    intent: str | None = None  # for AGREE/THREATEN/REQUEST/REJECT made from another act: that act's type
    location: str | None = None
    placed: bool = False  # the recipient is only where it happened

    def cameo(self, lexicon: Lexicon) -> str | None:
        """The CAMEO code: the entry's own, or the root of the type a rule turned the act into."""
        if self.intent is None and self.entry is not None:
            return self.entry.cameo
        return lexicon.roots.get(self.type) or None


class EventExtractor:
    def __init__(self, nlp: Language, name: str, lexicon_dirs: list[str], partyless: bool = False):
        self.name = name
        self.partyless = partyless
        self.lexicon: Lexicon = load_lexicon(tuple(lexicon_dirs))
        self.nlp = nlp

    @property
    def kb(self):
        if "stellung_actors" in self.nlp.pipe_names:
            return self.nlp.get_pipe("stellung_actors").kb
        from ..actors.kb import load_kb

        return load_kb()

    def __call__(self, doc: Doc) -> Doc:
        try:
            events = _Events(self.lexicon, doc)
            hits = events.run()
            # an event no party is named for is not coded (see Settings.partyless_events)
            # nor is a background noun that only a place is given for ("months of protests in Serbia")
            doc._.stellung_events = hits if self.partyless else [
                h for h in hits if h.actors or h.recipients and not (h.placed and h.entry is not None and h.entry.pos == "noun")
                and not _any_such(doc, h)]
            doc._.stellung_relations = RelationFinder(events, self.kb).run()
        except Exception as exc:  # keep the document's other stages
            doc.user_data.setdefault("stellung_warnings", []).append(
                f"event stage failed on this text ({type(exc).__name__}: {exc}); no events or relations extracted")
            doc._.stellung_events, doc._.stellung_relations = [], []
        return doc


class _Events:
    def __init__(self, lexicon: Lexicon, doc: Doc):
        self.lex, self.doc = lexicon, doc
        self.token_actor = doc._.stellung_token_actor or {}
        self.body_nouns = load_descriptions().anaphors  # "the CSTO alliance" names a body
        self.excluded = boilerplate_tokens(doc)
        quotes = doc._.stellung_quotes or []
        self.quote_of: dict[int, int] = {}
        for n, q in enumerate(quotes):
            if not q.claim:
                continue  # "commented on the visit": the topic of a statement, not its claim
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            if span is not None:
                for i in range(span.start, span.end):
                    self.quote_of.setdefault(i, n)
        self.quotes = quotes
        self._entries: dict[int, Trigger | None] = {}  # verb index -> its lexicon entry, chosen once
        self.day = _parse_date(doc.user_data.get(PUBLISHED_KEY))

    def run(self) -> list[EventHit]:
        hits = []
        for tok in self.doc:
            if tok.i in self.excluded:
                continue
            lemma = self._lemma(tok)
            if tok.pos_ in ("VERB", "AUX") and lemma in self.lex.verbs \
                    and not (lemma in RESULT_PARTICIPLES and tok.tag_ == "VBG" and tok.dep_ == "advcl") \
                    and not (lemma in POSTED_PARTICIPLES and tok.dep_ == "acl" and tok.tag_ == "VBN"
                             and not any(c.dep_ == "agent" for c in tok.children)) \
                    and not only_suspected(tok):
                # ("troops stationed along the Line of Control": where they are, not an act;
                # "two Palestinians accused of carrying out an attack": who they are, not an
                # accusation, and not an attack)
                entry = self._verb_entry(tok, self.lex.verbs[lemma])
                if entry is not None and not (entry.type in ("ASSAULT", "COERCE") and _natural_cause(self._subject(tok))):
                    hit = self._verb_event(tok, entry)
                    if not entry.announced or not hit.negated and hit.modality in ANNOUNCED_MODALITIES:
                        hits.append(hit)  # ("will respond in kind", not "responded to questions")
            elif tok.pos_ in ("NOUN", "PROPN") and lemma in self.lex.nouns \
                    and (not self._object_of_trigger(tok) or self._made_by_another(tok, lemma)) \
                    and (tok.dep_ not in ("compound", "amod") or self._frames(tok)) and not self._names_body(tok) \
                    and not only_a_frame(tok) and not on_the_table(tok):
                entry = self._noun_entry(tok, self.lex.nouns[lemma])
                if entry is not None:
                    hits.append(self._noun_event(tok, entry))
        # "ordered French troops to leave": the complement the entry asked for is part of its act
        asked = {c.i for h in hits if h.entry is not None and h.entry.complements
                 for c in self.doc[h.trigger[0]].children if c.dep_ in ("xcomp", "ccomp")
                 and c.lemma_.lower() in h.entry.complements}
        hits = [h for h in hits if h.trigger[0] not in asked]
        triggers = {h.trigger[0] for h in hits}
        # (only verbs with "must"/"should": found through those words, not by asking every token)
        obliged = dict.fromkeys(t.head for t in tokens_with(self.doc, OBLIGATION_AUX) if t.dep_ == "aux")
        hits += [h for h in map(self._bare_demand, obliged) if h is not None and h.trigger[0] not in triggers]
        # "refused to sign the agreement": the refused act, turned into REJECT, already says it;
        # the refusal verb's own REJECT would count the same event twice.
        refusals = {self.doc[h.trigger[0]].head.i for h in hits if h.type == "REJECT" and h.intent}
        hits = [h for h in hits if not (h.type == "REJECT" and h.intent is None and h.trigger[0] in refusals)]
        # "promised to impose sanctions", "promised to respond in kind": a promise of a hostile act
        # is the threat its content makes (not "agreed to impose sanctions": an agreement as well)
        # (a promised deployment may be help: "pledged to send police officers to Haiti")
        threats = {self.doc[h.trigger[0]].head.i for h in hits
                   if h.type == "THREATEN" and h.intent != "MOBILIZE" and self.doc[h.trigger[0]].dep_ == "xcomp"}
        hits = [h for h in hits if not (h.type == "AGREE" and h.trigger[0] in threats
                                        and self.doc[h.trigger[0]].lemma_.lower() in PROMISE_VERBS)]
        return passes.run(self, hits)

    def _lemma(self, tok: Token) -> str:
        """The lemma as the lexicon spells it: British "-ise"/"-isation" forms are its "-ize"/"-ization"."""
        lemma = tok.lemma_.lower()
        if lemma.endswith("e") and lemma[:-1] in self.lex.verbs and lemma not in self.lex.verbs \
                and tok.pos_ in ("VERB", "AUX"):
            # the rule lemmatizer's guess for a verb it does not know: "test-launche(d)" (a noun
            # ending in -e is its own word: "aides" are no aid)
            return lemma[:-1]
        if lemma not in self.lex.verbs and lemma not in self.lex.nouns:
            for british, american in (("isation", "ization"), ("ise", "ize"), ("yse", "yze")):
                if lemma.endswith(british):
                    return lemma[: -len(british)] + american
        return lemma

    # ------------------------------------------------------------ triggers

    def _verb_entry(self, verb: Token, entries: list[Trigger]) -> Trigger | None:
        """The verb's entry; run() and _object_of_trigger() both ask, so it is chosen once."""
        if verb.i not in self._entries:
            self._entries[verb.i] = self._choose_verb_entry(verb, entries)
        return self._entries[verb.i]

    def _choose_verb_entry(self, verb: Token, entries: list[Trigger]) -> Trigger | None:
        if any(c.dep_ == "auxpass" for c in verb.children) and any(c.dep_ == "prep" and c.lower_ == "with"
                                                                   for c in verb.children):
            # "any strike would be met with a swift response": a passive reciprocal verb with "with"
            # tells how something is received, not that parties met
            entries = [e for e in entries if not e.reciprocal]
        prt = particle(verb)
        if prt and any(e.particle == prt for e in entries):
            entries = [e for e in entries if e.particle == prt]  # "backed down" is no backing
        else:
            entries = [e for e in entries if e.particle is None]
        if self._lemma(verb) in INTEND_VERBS and not any(c.dep_ in ("dobj", "prep") for c in verb.children) \
                and any(c.dep_ == "xcomp" for c in verb.children):
            entries = [e for e in entries if e.type != "REQUEST"]  # "seek to strengthen security": trying, no request
        if any(e.complements for e in entries):
            # "ordered a Russian diplomat to leave the country": the complement decides
            complements = {c.lemma_.lower() for c in verb.children if c.dep_ in ("xcomp", "ccomp")}
            # ("ordered French troops to leave": an expulsion, not a deployment)
            entries = [e for e in entries if e.complements & complements] or [e for e in entries if not e.complements]
        if any(e.prepositions for e in entries):
            # "spoke by telephone", "gathered against the law": the phrase the entry asks for
            preps = {c.lower_ for c in verb.children if c.dep_ in ("prep", "agent")}  # ("by" may parse as agent)
            entries = [e for e in entries if not e.prepositions or e.prepositions & preps]
        if any(e.subjects for e in entries):
            subject = self._subject(verb)
            who = {subject.lemma_.lower(), subject.lower_} if subject is not None else set()
            if subject is not None:
                who.update(g.lemma_.lower() for g in subject.children if g.dep_ == "prep" and g.lower_ == "of"
                           for g in g.children if g.dep_ == "pobj")  # "hundreds of protesters"
            # "protesters stormed the embassy": an entry for its subject first, none for another
            entries = sorted((e for e in entries if not e.subjects or e.subjects & who), key=lambda e: not e.subjects)
        # ("oprd": what the object is called: "called the trip a huge disappointment")
        heads = {c.lemma_.lower() for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd")}
        heads |= {plain(c.lower_) for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "attr", "oprd")}
        # "holding thousands of refugees as human shields", "took them as hostages"; "provided
        # Vietnam with patrol vessels": with a party as the object, the thing given
        given = any(c.dep_ == "dobj" and c.i in self.token_actor for c in verb.children)
        things = [g for c in verb.children if c.dep_ == "prep" and (c.lower_ == "as" or c.lower_ == "with" and given)
                  for g in c.children if g.dep_ == "pobj"]
        heads |= {g.lemma_.lower() for g in things}
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            heads |= {verb.head.lemma_.lower(), verb.head.lower_}  # "a deal brokered by China"
        if any(c.dep_ == "dobj" and self.token_actor.get(c.i, "").startswith("person:") for c in verb.children):
            heads.add(PERSON_OBJECT)  # "received Orban in the Kremlin": an entry may ask for a person
        if prt:  # "went on strike": the particle's own object
            heads |= {g.lemma_.lower() for c in verb.children if c.lower_ == prt and c.dep_ == "prep"
                      for g in c.children if g.dep_ == "pobj"}
        modifiers = {plain(g.lemma_.lower()) for t in things for g in t.children if g.dep_ in ("compound", "amod")}
        for c in verb.children:  # "imposed new economic sanctions": compounds and conjuncts of the object
            if c.dep_ == "dobj":
                modifiers.update(plain(g.lemma_.lower()) for g in c.children if g.dep_ in ("compound", "amod"))
                modifiers.update(g.lemma_.lower() for g in c.conjuncts)
                # "25,000 tons of food aid", "a package of sanctions": the thing measured
                for of in (g for g in c.children if g.dep_ == "prep" and g.lower_ in measure_preps(c)):
                    for obj in (g for g in of.children if g.dep_ == "pobj"):
                        if c.lemma_.lower() in CONTAINER_NOUNS:
                            heads.discard(c.lemma_.lower())  # "a package of tax increases" is no aid package
                        heads.add(obj.lemma_.lower())
                        modifiers.update(g.lemma_.lower() for g in obj.children if g.dep_ in ("compound", "amod"))
        if any(c.dep_ == "dobj" and self._names_own_event(c) for c in verb.children):
            # "launched a hunger strike": the noun is the event; the verb only starts it (its
            # modifier is no object the verb's entries ask for; the noun itself may be:
            # "dismissed the arrest warrant")
            # (only a stance on it or a demand for it, not "launched a hunger strike" as an attack)
            return next((e for e in entries if e.objects & heads and e.type in JUDGING_TYPES | {"REQUEST"}), None) \
                or next((e for e in entries if not e.objects and not e.intransitive), None)
        # the object's own noun decides before its modifiers ("a missile test" is a test)
        for objects in (heads, modifiers):
            for entry in entries:
                if entry.objects and entry.objects & objects:
                    return entry
        transitive = any(c.dep_ == "dobj" for c in verb.children)
        return next((e for e in entries if not e.objects and not (e.intransitive and transitive)), None)

    def _noun_entry(self, noun: Token, entries: list[Trigger]) -> Trigger | None:
        """An entry asking for one of the noun's modifiers ("hunger strike") before a bare one."""
        mods = {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}
        mods |= {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}
        entries = [e for e in entries if not e.not_modifiers & mods]
        # "the expulsion of two French journalists": whom the act falls on may choose the entry too
        objects = {g.lemma_.lower() for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                   for g in p.children if g.dep_ == "pobj"}
        for entry in entries:
            if entry.modifiers and entry.modifiers & (mods | objects):
                return entry
        # "a strike on the consulate", not "a hunger strike on Tuesday"
        preps = {c.lower_ for c in noun.children if c.dep_ == "prep" and any(
            g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in c.children)}
        for entry in entries:
            if entry.modifiers and entry.prepositions & preps:
                return entry
        return next((e for e in entries if not e.modifiers), None)

    def _names_body(self, noun: Token) -> bool:
        """'the Russian-led CSTO military alliance', 'the Quartet mediation group': a noun that is
        part of an organisation's or group's name or description names it, not an event."""
        infos = self.doc._.stellung_actors or {}
        actor = self.token_actor.get(noun.i)
        info = infos.get(actor) if actor else None
        if info is not None and info.kind in ("igo", "ngo", "group", "armed_group"):
            return True
        # "the CSTO alliance": a noun that may stand for a body of its modifier's kind
        kinds = self.body_nouns.get(noun.lemma_.lower())
        return bool(kinds) and any(
            c.dep_ in ("compound", "nmod", "amod", "appos") and c.i in self.token_actor
            and getattr(infos.get(self.token_actor[c.i]), "kind", None) in kinds for c in noun.children)

    def _frames(self, noun: Token) -> bool:
        """'a mediation effort': a trigger compound on a frame noun that names no event itself."""
        head = noun.head
        return noun.dep_ == "compound" and head.lemma_.lower() in FRAME_NOUNS and head.lemma_.lower() not in self.lex.nouns

    def _names_own_event(self, obj: Token) -> bool:
        """'launched (ten days of) war games': the object is a noun trigger through its own
        modifier, so the verb's entries must not read that modifier ("war") as their object."""
        for noun in [obj, *(g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                            for g in p.children if g.dep_ == "pobj")]:
            entries = self.lex.nouns.get(noun.lemma_.lower())
            chosen = self._noun_entry(noun, entries) if entries else None
            if chosen is not None and chosen.modifiers:
                return True
        return False

    def _made_by_another(self, noun: Token, lemma: str) -> bool:
        """'rejected calls by France', 'dismissed Kyiv's demands': a demand with its own maker
        is an event of that maker's even as the object of a refusal."""
        if not any(e.type in ("REQUEST", "ACCUSE") for e in self.lex.nouns[lemma]):
            return False  # (and a charge: "dismissed the ICC's arrest warrant for Putin")
        makers = [c for c in noun.children if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("by", "from")]
        return any(t.i in self.token_actor for c in makers for t in c.subtree)

    def _object_of_trigger(self, noun: Token) -> bool:
        """'impose sanctions', 'hold talks': the noun is the object a verb entry asked for."""
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ in measure_preps(head.head) and head.head.dep_ == "dobj":
            noun, head = head.head, head.head.head  # "provide 25,000 tons of aid", "$80 million in aid"
        if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
            entry = self._verb_entry(head, self.lex.verbs.get(self._lemma(head), []))
            return entry is not None and bool(entry.objects)  # the verb's own entry asked for this noun
        return False

    # ------------------------------------------------------------ arguments

    def _actors_in(self, tok: Token | None) -> list[str]:
        """The actors a noun phrase names: its head's, and its coordinated members'; a
        place stands for its state ("a visit to Ankara" is a visit to Turkey)."""
        return [self._state_for_place(a) for a in self._named_in(tok)]

    def _state_for_place(self, actor: str) -> str:
        if actor.startswith(("city:", "place:")):
            info = (self.doc._.stellung_actors or {}).get(actor)
            return self._state_id(info.country if info is not None else None) or actor
        return actor

    @staticmethod
    def _state_id(country: str | None) -> str | None:
        """The state actor of a country code ("MMR" -> "state:MMR"); None for no code or an
        international one."""
        if country and len(country) == 3 and country.isalpha() and country not in INTERNATIONAL_CODES | {"NGO"}:
            return f"state:{country}"
        return None

    def _named_in(self, tok: Token | None) -> list[str]:
        if tok is None:
            return []
        out: list[str] = []
        peers = self._peers(tok)
        if peers:
            return peers
        # "the West African bloc ECOWAS", "the group, Hamas,": the apposition names it
        appositions = [c for c in tok.children if c.dep_ == "appos" and c.i in self.token_actor]
        for member in map(counted, [tok, *tok.conjuncts, *appositions]):
            found = self.token_actor.get(member.i)
            if found is None:
                # "Senior Hungarian and Romanian officials": mentions inside the phrase
                for t in member.subtree:
                    of_member = t.dep_ == "pobj" and t.head.lower_ in ("of", "from") and t.head.head.i == member.i
                    if t.i in self.token_actor and (t.head.i == member.i or of_member
                                                    or t.dep_ in ("compound", "amod", "conj", "poss")) \
                            and self._modifies(t, member):
                        found = self.token_actor[t.i]
                        if found not in out:
                            out.append(found)
                found = None
            if found is not None and found not in out:
                out.append(found)
                # "the military governments of Mali, Burkina Faso and Niger": each one named
                for of in (p for p in member.children if p.dep_ == "prep" and p.lower_ in ("of", "from")):
                    # (also past a name's own "of": "the ministers of the Democratic Republic of
                    # Congo and Rwanda"; and "police officers from Germany and Poland")
                    for other in (t for t in of.subtree if t.dep_ == "conj" or t.dep_ == "pobj" and t.head.i == of.i):
                        extra = self.token_actor.get(other.i)
                        if extra is not None and extra not in out:
                            out.append(extra)
        # every actor mentioned in a modifier of the head ("Hungarian and Romanian officials",
        # "U.N. mediator Diego Cordovez")
        for t in tok.subtree:
            if t.dep_ in ("amod", "compound", "nmod") and t.i in self.token_actor and self._modifier_chain(t, tok):
                a = self.token_actor[t.i]
                if a not in out:
                    out.append(a)
        return out

    def _peers(self, tok: Token) -> list[str]:
        """'the two neighbours agreed', 'both sides accused each other', 'urged the three
        countries': the two (three) states named last (in this sentence or the two before), each
        through the first actor that names it."""
        if tok.i not in self.token_actor:
            # "the two countries' operations chiefs spoke": the chiefs are the countries'
            tok = next((c for c in tok.children if c.dep_ == "poss" and c.lemma_.lower() in PEER_NOUNS), tok)
        count = next((PEER_COUNTS[c.lower_] for c in tok.children
                      if c.lower_ in PEER_COUNTS and c.dep_ in ("nummod", "det", "predet")), 0)
        # "… met Togo's president, and the two agreed": a bare "the two" is the peers themselves
        bare = tok.lower_ in PEER_COUNTS and tok.pos_ == "NUM" and any(c.lower_ == "the" for c in tok.children)
        if bare:
            count = PEER_COUNTS[tok.lower_]
        elif tok.lemma_.lower() not in PEER_NOUNS or tok.i in self.token_actor or not count:
            return []
        infos = self.doc._.stellung_actors or {}
        first = window_start(self.doc, tok.i, 3)
        found: dict[str, str] = {}
        own_subject = {t.i for c in tok.head.children if c.dep_ in SUBJECTS for t in c.subtree}
        # "both sides" of a fight may be armed groups ("YPG fighters and Syrian rebels clashed …
        # called on both sides"); "the two countries" are states
        kinds = ("state", "person", "place", "group", "armed_group") if tok.lemma_.lower() in ("party", "side") \
            else ("state", "person", "place")
        for m in sorted(self.doc._.stellung_mentions or [], key=lambda m: -m.start):
            info = infos.get(m.actor)
            if m.end > tok.i or m.start < first or info is None or not info.country or info.country in found \
                    or len(info.country) != 3 or info.kind not in kinds:
                continue
            head = self.doc[m.head]
            if head.dep_ == "pobj" and head.head.lower_ in ("in", "at", "near", "inside", "outside"):
                continue  # "hosted them in Ankara": where it happened, not a party
            if head.i in own_subject:
                continue  # "the President of the UAE hosted the two leaders": not the UAE itself
            found[info.country] = self._state_for_place(m.actor)
            if len(found) == count:
                return list(reversed(found.values()))
        # "both warring parties" of one country's war: that country
        return list(found.values()) if tok.lemma_.lower() in ("party", "side") else []

    @staticmethod
    def _modifier_chain(t: Token, head: Token) -> bool:
        while t.i != head.i:
            if t.dep_ not in ("amod", "compound", "nmod", "conj"):
                return False  # "Thai and Cambodian troops": "Thai" is a modifier, "Cambodian" its conjunct
            t = t.head
        return True

    @staticmethod
    def _modifies(t: Token, head: Token) -> bool:
        """t sits in head's own modifiers ("Senior Hungarian and Romanian officials"), not in a
        clause or phrase further down ("refugees fleeing the war in Liberia, the WFP said")."""
        steps = 0
        while t.i != head.i and steps < 8:
            if t.dep_ in ("acl", "relcl", "appos", "parataxis") or \
                    t.dep_ in ("ccomp", "advcl", "xcomp", "conj") and t.head.pos_ == "VERB":
                return False
            if steps and t.dep_ == "prep" and not (t.lower_ in ("of", "from", "for") and t.head.i == head.i):
                return False  # "rises by the government of President X": X is no modifier of "rises"
            t, steps = t.head, steps + 1
        return t.i == head.i

    def _says_something(self, verb: Token) -> bool:
        """Whether the verb's acts are done by saying something (praise, accusation, demand)."""
        return any(e.type in SPEECH_TYPES for e in self.lex.verbs.get(self._lemma(verb), ()))

    def _names_someone(self, verb: Token, whole: bool = True) -> bool:
        """Whether the verb's subject names an actor (anywhere in it, or only in its head and the
        words before: "ties with Beijing" names no one)."""
        return any(t.i in self.token_actor for c in verb.children if c.dep_ in SUBJECTS
                   for t in (c.subtree if whole else c.doc[c.left_edge.i:c.i + 1]))

    def _subject(self, verb: Token) -> Token | None:
        v = verb
        adjunct = False  # climbing from ", accusing him of …": the clause's subject, not an object
        for _ in range(4):
            if adjunct and v.dep_ == "ccomp" and v.head.lemma_.lower() in REPORT_VERBS and self._says_something(verb) \
                    and not self._names_someone(v):
                # "their commander warned that any attack would be met …, accusing Israel": a
                # participle that says something is the reporter's when the report's subject names
                # no one (not "… was attacked, killing 156, the agency reported")
                v = v.head
                continue
            for c in v.children:
                if c.dep_ in SUBJECTS:
                    if c.lower_ in ("which", "who", "that") and v.dep_ == "relcl":
                        return v.head  # "the United Nations, which brokered …"
                    return c
            # "Kinshasa had on Friday again accused Kigali": the parser may hang the subject on
            # the auxiliary
            hung = next((g for c in v.children if c.dep_ in ("aux", "auxpass") for g in c.children
                         if g.dep_ in SUBJECTS), None)
            if hung is not None:
                return hung
            if v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.lower_ in GERUND_PREPS \
                    and v.head.head.pos_ in ("VERB", "AUX"):
                v = v.head.head  # "Serbia responded by putting its army on alert": Serbia puts
                continue
            governing = stray_finite(v) or stray_participle(v)
            if governing is not None:
                v = governing  # "accused X of violating … and recalled its ambassador": the accuser recalled
                continue
            if v.dep_ == "advcl" and v.tag_ == "VBG" and v.i > 0 and v.doc[v.i - 1].text == ",":
                adjunct = True
            if v.dep_ == "xcomp" and v.head.lemma_.lower() not in COMMIT_VERBS and not adjunct:
                controller = next((c for c in v.head.children if c.dep_ == "dobj" and c.i < v.i), None) \
                    if v.head.lemma_.lower() not in INSTRUMENT_VERBS else None  # (not "used tear gas to disperse")
                if controller is not None:
                    return controller  # "prompting Beijing to warn Washington": Beijing warns
            if v.dep_ == "conj" and v.tag_ in ("VBD", "VBZ", "VBP") and v.i > 0 and v.doc[v.i - 1].i in self.token_actor \
                    and v.doc[v.i - 1].dep_ in ("conj", "pobj", "dobj") and v.doc[v.i - 1].head.i != v.i:
                # "… on RSF positions in Nyala and the United States pledged …": the parser joined the
                # name to the phrase before; a finite verb right after a name has it for subject
                return v.doc[v.i - 1]
            if v.dep_ == "conj" and v.head.dep_ == "ccomp" and v.head.head.lemma_.lower() in REPORT_VERBS \
                    and self._says_something(verb) and not self._names_someone(v.head, whole=False):
                # "said that ties with Beijing remained strong, and praised Chinese investors": the
                # parser joins the praise to the report's content; whoever speaks praises
                v = v.head.head
                continue
            if v.dep_ in ("xcomp", "conj", "advcl", "acomp") and v.head.i != v.i:
                v = v.head  # "agreed to cooperate", "met and agreed", "is willing to withdraw"
                continue
            if v.dep_ == "acl" and v.head.dep_ == "dobj" and v.head.i not in self.token_actor \
                    and v.head.head.lemma_.lower() in ISSUE_VERBS:
                v = v.head.head  # "issued a statement demanding …": the issuer demands (not "vetoed a
                continue         # resolution calling for …": the resolution's authors do)
            if v.dep_ in ("relcl", "acl") and v.head.i != v.i:
                return v.head  # "the group that attacked ..."
            break
        return None

    def _verb_event(self, verb: Token, entry: Trigger) -> EventHit:
        hit = EventHit(entry.type, (verb.i, verb.i + 1), entry=entry)
        subject = self._subject(verb)
        # "a swap mediated by the UAE", "Palestinians killed in the raid": a participle after its
        # noun is a passive whose patient is that noun
        # (not when that noun is all the sentence has for a root: "The United Nations, which
        # brokered the deal, called on both sides …" is the parser's misreading of an active verb)
        # (nor after a crowd's size: "Hundreds of students protested outside …", which the
        # parser may hang on "Hundreds")
        reduced = verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") \
            and not (verb.head.dep_ == "ROOT" and (verb.i > 0 and verb.doc[verb.i - 1].text == ","
                                                   or verb.head.lower_ in CROWD_SIZES))
        passive = reduced or any(c.dep_ == "nsubjpass" for c in verb.children)
        if passive:
            agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            hit.actors = self._actors_in(agent)
            if not hit.actors and agent is not None:
                # "pounded by dozens of airstrikes carried out by Syrian forces": the agent is an
                # act, whose own agent did it
                hit.actors = [a for c in agent.subtree if c.dep_ == "acl" and c.tag_ == "VBN"
                              for g in c.children if g.dep_ == "agent" for o in g.children if o.dep_ == "pobj"
                              for a in self._actors_in(o)]
            patient = verb.head if reduced else next(c for c in verb.children if c.dep_ == "nsubjpass")
            # the entry says the object is the actor's own ("troops were deployed") or names it
            owner = not hit.actors and (entry.roles.get("object") == "actor" or patient.lemma_.lower() in entry.objects
                                        and entry.roles.get("object") != "recipient")
            if owner:
                hit.actors = self._actors_in(patient)  # "Ethiopian troops were deployed": Ethiopia deployed them
            elif entry.roles.get("object", "recipient") == "recipient" and (
                    patient.lemma_.lower() not in entry.objects or self._actors_in(patient)):
                hit.recipients = self._actors_in(patient)  # (also "Senegalese drivers released by the junta")
            elif patient.lemma_.lower() in entry.objects:
                # "budget support to Uganda was suspended", "sanctions on Iran were lifted": the
                # object noun's own phrases name the target
                for g in patient.children:
                    self._prep_argument(g, entry, hit)
            for c in verb.children:  # "sanctions were imposed on Iran", "deployed along the border with X"
                if c.dep_ == "prep":
                    self._prep_argument(c, entry, hit)
        else:
            hit.actors = self._actors_in(subject)
            if subject is not None and subject.i == verb.i - 1 and subject.dep_ != "nsubj" and verb.dep_ == "conj":
                hit.actors = [self._state_for_place(self.token_actor[subject.i])]  # (not what it was joined to)
            if not hit.actors and subject is not None and subject.lower_ in SELF_PRONOUNS and subject.pos_ == "PRON" \
                    and self.quote_of.get(subject.i) is not None:
                # "Armenia said it had frozen …, accusing the bloc": the participle outside the
                # report shares its subject, the speaker
                speaker = self.quotes[self.quote_of[subject.i]].speaker
                hit.actors = [speaker] if speaker else []
            # a particle's phrase is the verb's: "kidnapped up to 16 Russian advisers"; so are the
            # phrases inside the phrase the entry asks for: "spoke by telephone with Putin"
            asked = [g for p in verb.children if p.dep_ in ("prep", "agent") and p.lower_ in entry.prepositions
                     for o in p.children if o.dep_ == "pobj" for g in o.children if g.dep_ == "prep"]
            for c in [*verb.children, *(g for p in verb.children if p.dep_ == "prt" for g in p.children), *asked]:
                role = None
                if c.dep_ == "dobj":
                    # (an object the entry did not ask for is a party: "holding refugees as human
                    # shields", "recognised Croatia as a state")
                    role = entry.roles.get("object", "recipient") if not entry.objects & object_words(c) else None
                    if entry.objects and entry.objects & object_words(c):
                        # "imposed sanctions on Iran": arguments hang on the verb or the object;
                        # "prevented a Turkish offensive": the object's owner is on the receiving end;
                        # "mounted its invasion of South Lebanon": the object's own entry says what
                        # its phrases are
                        own = self.lex.nouns.get(self._lemma(c))
                        chosen = self._noun_entry(c, own) if own else None  # "exercises" needs its "joint"
                        extra = chosen.roles if chosen is not None else None
                        # (a stance on another's act is addressed to its maker, not to whom that
                        # act names: "dismissed the ICC's arrest warrant for Putin")
                        judged = chosen is not None and entry.type in JUDGING_TYPES and chosen.type != entry.type
                        for g in c.children:
                            if not judged:
                                self._prep_argument(g, entry, hit, extra_roles=extra)
                            if g.dep_ in ("poss", "amod", "compound") and g.i in self.token_actor:
                                # (not the actor's own: "put its army on alert")
                                hit.recipients += [a for a in self._actors_in(g) if a not in hit.recipients
                                                   and a not in hit.actors and not self._same_government(a, hit.actors)]
                elif c.dep_ in ("dative", "iobj"):
                    role = "recipient"
                elif c.dep_ == "prep":
                    self._prep_argument(c, entry, hit)
                if role == "recipient":
                    hit.recipients += [a for a in self._actors_in(c) if a not in hit.recipients]
                elif role == "actor":
                    hit.actors += [a for a in self._actors_in(c) if a not in hit.actors]
        if not hit.recipients:
            self._recipients_further_down(verb, entry, hit)
        if not hit.actors and entry.type == "ASSAULT" and subject is not None and not passive \
                and any(e.type == "ASSAULT" for e in self.lex.nouns.get(self._lemma(subject), ())):
            # "a roadside bombing near Samarra killed …": an attack no one is named for is coded to
            # the state it happened in, as event coders do with unclaimed violence
            for t in subject.subtree:
                if t.dep_ == "pobj" and t.head.lower_ in ("in", "near", "at", "outside", "inside"):
                    place = [a for a in self._actors_in(t) if a.startswith("state:")]
                    if place:
                        hit.actors = place[:1]
                        break
        if entry.type == "THREATEN":
            # "threatened to close the strait if Washington imposed sanctions": the condition's party
            before, hit.recipients = hit.recipients, []
            self._conditional_subject(verb, hit)
            hit.recipients = hit.recipients or before
        aimed = any(c.dep_ == "prep" and c.lower_ in ("at", "against", "toward", "towards") for c in verb.children)
        if entry.untargeted and not hit.recipients and not aimed:
            # "fired a ballistic missile into the sea": no one is attacked; a weapons test
            utype, umode = entry.untargeted
            hit.type, hit.entry = utype, replace(entry, type=utype, mode=umode, cameo=None, untargeted=None)
        self._shared(hit)
        hit.negated, hit.modality = self._negation_and_modality(verb)
        self._attribute(hit, verb)
        if not self._demand(hit, verb):
            self._intent(hit, verb)
        return hit

    def _country(self, actor: str) -> str | None:
        if actor.startswith("state:"):
            return actor.split(":", 1)[1]
        info = (self.doc._.stellung_actors or {}).get(actor)
        return info.country if info is not None else None

    def _same_government(self, actor: str, others: list[str]) -> bool:
        """Both speak for the same state's government ("Maduro warned that Caracas would …"); an
        opposition and its government are two sides of one country."""
        country = self._country(actor)
        return country is not None and self._official(actor) and \
            any(self._country(o) == country and self._official(o) for o in others)

    def _official(self, actor: str) -> bool:
        if actor.startswith("state:"):
            return True
        info = (self.doc._.stellung_actors or {}).get(actor)
        return info is not None and (info.kind == "state" or info.sector in STATE_SECTORS)

    def _shared(self, hit: EventHit) -> None:
        """An act the lexicon calls 'shared' when two or more states do it together."""
        entry = hit.entry
        if entry is None or entry.shared is None:
            return
        if len({self._country(a) for a in hit.actors} - {None}) >= 2:
            hit.type, hit.entry = entry.shared, replace(entry, type=entry.shared, mode=None, cameo=None, shared=None)

    def _demand(self, hit: EventHit, verb: Token) -> bool:
        """'Russia said Sudan must return the helicopter': a speaker saying what another must
        do makes a demand (PLOVER REQUEST) of that actor; the act is kept as its intent."""
        if not any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in verb.children):
            return False
        speakers = self._demander(verb, hit.quote)
        if not speakers or set(speakers) & set(hit.actors):
            return False
        hit.intent, hit.type = hit.type, "REQUEST"
        hit.recipients, hit.actors = list(hit.actors), speakers
        hit.modality = "asserted"
        return True

    def _demander(self, verb: Token, quote: int | None) -> list[str]:
        """Who says that the verb's subject must act: the quote's speaker, or the subject of
        the reporting verb whose clause it is ("Russia said that Sudan must …")."""
        subject = self._subject(verb)
        if subject is not None and subject.lower_ in SELF_PRONOUNS and subject.pos_ == "PRON":
            return []  # "X said it should …": X about itself
        if quote is not None and self.quotes[quote].speaker:
            return [self.quotes[quote].speaker]
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in DEMAND_HEADS:
            return self._actors_in(self._subject(verb.head))
        return []

    def _bare_demand(self, verb: Token) -> EventHit | None:
        """'The Red Cross said US forces must ensure security': a demand whatever the act is,
        even one the lexicon does not know."""
        if verb.pos_ not in ("VERB", "AUX") or verb.i in self.excluded or \
                not any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in verb.children):
            return None
        targets = self._actors_in(self._subject(verb))
        speakers = self._demander(verb, self.quote_of.get(verb.i))  # quote_of holds claims only
        if not targets or not speakers or set(targets) & set(speakers):
            return None
        hit = EventHit("REQUEST", (verb.i, verb.i + 1), actors=speakers, recipients=targets)
        self._attribute(hit, verb)
        return hit

    def _recipients_further_down(self, verb: Token, entry: Trigger, hit: EventHit) -> None:
        """Where a verb names no target itself: in its object's phrases ("threatened further
        action against Russia"), in its complement ("threatened to ban voting in East
        Jerusalem", "demanded that North Korea give up ..."), or the place it happened in."""
        for c in verb.children:
            if c.dep_ == "dobj":
                for g in c.children:
                    self._prep_argument(g, entry, hit)
        if not hit.recipients:
            self._recipients_in_object(verb, hit)
        if not hit.recipients and hit.type in JUDGING_TYPES:
            # "called Budapest's veto shameful", read as one phrase: the owner of what is judged
            hit.recipients = [a for c in verb.children if c.dep_ == "oprd" for t in c.subtree if t.dep_ == "poss"
                              for a in self._actors_in(t) if a not in hit.actors]
        for c in verb.children:
            if hit.recipients:
                return
            if c.lemma_.lower() in REPORT_VERBS and c.i > verb.i:
                continue  # "…, the WFP said": the reporting clause, not the act's complement
            if c.dep_ == "ccomp":
                # ("warned that any Indian strike would be met with a response": a passive's subject too)
                subj = next((g for g in c.children if g.dep_ in SUBJECTS + ("nsubjpass",)), None)
                # "warned that Caracas would defend …": the speaker's own side is no target
                hit.recipients += [a for a in self._actors_in(subj) if a not in hit.actors
                                   and not self._same_government(a, hit.actors)]
            if c.dep_ in ("xcomp", "ccomp") and not hit.recipients:
                # the first party the complement acts on: "threatened to break relations with
                # Russia", "promised to continue military aid to Mozambique"
                for t in c.subtree:
                    nested_subject = t.dep_ in SUBJECTS and t.head.i != c.i and t.head.dep_ in ("ccomp", "xcomp")
                    if _in_setting(t, c):
                        continue  # "… during Modi's visit to Russia since the war in Ukraine": when and where
                    if (t.dep_ in ("dobj", "dative", "pobj") or nested_subject) and t.head.dep_ != "agent":
                        found = [a for a in self._actors_in(t) if a not in hit.actors
                                 and not (nested_subject and self._same_government(a, hit.actors))]
                        if found:
                            hit.recipients = found
                            break
        if not hit.recipients:
            self._purpose_objects(verb, hit)
        if not hit.recipients:
            self._across_border(verb, hit)
        if not hit.recipients:
            self._target_from_place(hit, verb)

    def _purpose_objects(self, verb: Token, hit: EventHit) -> None:
        """'opened fire to disperse demonstrators', 'continued their hunger strike to demand the
        resignation of President X': whom the act is for is whom its purpose acts on."""
        for c in verb.children:
            if not infinitive_advcl(c):
                continue
            for t in c.subtree:
                if t.dep_ in ("dobj", "pobj") and t.head.dep_ != "agent":
                    found = [a for a in self._actors_in(t) if a not in hit.actors]
                    if found:
                        hit.recipients = found
                        return

    def _target_from_place(self, hit: EventHit, tok: Token) -> None:
        """Where it happened stands for the target: "fired at targets in Jericho"; a protest that
        names no target is addressed to the state it happens in, or else the protesters' own
        ("Young Algerians blocked roads"), as event data conventionally codes domestic dissent."""
        if hit.recipients or hit.type in VENUE_TYPES or \
                len({self._country(a) for a in hit.actors} - {None}) > 1 and hit.type not in CONFLICTUAL:
            return  # (two states acting together: "signed in Washington" names where, not whom; two
            # states striking "rebel positions around the port of Hodeidah" strike Yemen)
        clause = [t for t in tok.subtree if not any(a.dep_ in ("relcl", "ccomp", "advcl") and a.i != tok.i
                                                      for a in t.ancestors if tok in a.ancestors or a == tok)]
        if hit.type == "PROTEST":
            # "protested outside the US embassy", "rallied at the UN refugee agency's office": a
            # protest at the seat of a state or a body is against it (CAMEO's reading)
            for t in clause:
                if t.dep_ == "pobj" and t.head.lower_ in ("at", "near", "outside", "before", "of") \
                        and t.lemma_.lower() in SEAT_NOUNS:
                    owners = [a for a in self._actors_in(t) if a not in hit.actors and not a.startswith(("city:", "place:"))]
                    if owners:
                        hit.recipients, hit.placed = owners[:1], True
                        return
        for t in clause:
            if t.dep_ == "pobj" and t.head.lower_ in ("in", "at", "near", "inside", "outside", "into", "throughout",
                                                      "around", "along", "through", "across"):
                place = [a for a in self._actors_in(t) if a.startswith("state:") and a not in hit.actors]
                if not place and "state" in self.body_nouns.get(t.lower_, ()) and t.i in self.token_actor:
                    # "drills around the island", the island being Taiwan named through its ministry
                    state = self._state_id(self._country(self.token_actor[t.i]))
                    place = [state] if state and state not in hit.actors else []
                if place:
                    hit.recipients, hit.placed = place[:1], True
                    return
        if hit.type == "PROTEST":
            infos = self.doc._.stellung_actors or {}
            own = [self._state_id(infos[a].country) for a in hit.actors if a in infos]
            hit.recipients = list(dict.fromkeys(o for o in own if o))[:1]

    def _recipients_in_object(self, verb: Token, hit: EventHit, through: tuple[str, ...] = ()) -> None:
        """The party named deeper in the object: "demanded the removal of President X",
        "expelled inspectors of the IAEA", "suspended part of an aid program for Bosnia",
        "mobilized reservists for a war against Iraq". Follows of/for phrases down the
        object, three steps at most, and takes the first actor a phrase names."""
        frontier = [c for c in verb.children if c.dep_ == "dobj"]
        # "welcomed the exchange of prisoners between Armenia and Azerbaijan": a stance on an act
        # told by a definite noun is addressed to the parties between whom it was
        judged_act = hit.type in JUDGING_TYPES and any(definite(c) for c in frontier)
        frontier += [g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("for", "into")
                     for g in p.children if g.dep_ == "pobj"]
        if through:  # a nominal event: start below its own of/for phrases
            frontier = [g for p in verb.children if p.dep_ == "prep" and p.lower_ in through
                        for g in p.children if g.dep_ == "pobj"]
        for _ in range(3):
            nxt = []
            for noun in frontier:
                measure = measure_preps(noun)  # "$80 million in military aid for Taiwan"
                for acl in (c for c in noun.children if c.dep_ == "acl"):
                    # "an investigation into crimes committed by Croat forces"; "ships linked to
                    # Israel", "vessels bound for Israeli ports": whose they are, where they go
                    tied = [g for g in acl.children if g.dep_ == "prep" and g.lower_ in ("to", "for")
                            and acl.lemma_.lower() in TIE_PARTICIPLES]
                    for agent in (g for g in acl.children if g.dep_ == "agent" or g in tied):
                        found = [a for obj in agent.children if obj.dep_ == "pobj" for a in self._actors_in(obj)
                                 if a not in hit.actors]
                        if found:
                            hit.recipients = found
                            return
                # "the withdrawal of its troops from the air base in Agadez": where they leave
                left_place = ("in",) if noun.dep_ == "pobj" and noun.head.lower_ == "from" else ()
                for prep in noun.children:
                    if prep.dep_ != "prep" or prep.lower_ not in ("of", "for", "against", "with", "to", "on", "from",
                                                                  "into", "by", "including") + measure + left_place \
                            + (("between",) if judged_act else ()):
                        continue
                    for obj in (g for g in prep.children if g.dep_ == "pobj"):
                        found = [a for a in self._actors_in(obj) if a not in hit.actors]
                        if found:
                            hit.recipients = found
                            return
                        if prep.lower_ in ("for", "into", "on") + measure:  # ("a ban on arms exports to Sudan")
                            nxt.append(obj)
            frontier = nxt

    def _across_border(self, tok: Token, hit: EventHit) -> None:
        """'massed troops near its border with Ukraine': the state across the border (in the
        verb's own clause, not in a verb joined to it: "criticised X and urged Athens to end
        pushbacks at its border with Turkey")."""
        joined = {g.i for c in tok.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for g in c.subtree}
        for t in tok.subtree:
            if t.i in joined:
                continue
            if t.lemma_.lower() in ("border", "frontier", "boundary") and t.dep_ == "pobj":
                for prep in (p for p in t.children if p.dep_ == "prep" and p.lower_ == "with"):
                    found = [a for obj in prep.children if obj.dep_ == "pobj" for a in self._actors_in(obj)
                             if a not in hit.actors]
                    if found:
                        hit.recipients = found
                        return

    def _conditional_subject(self, verb: Token, hit: EventHit) -> None:
        """'threatened to stop talks if the United States goes ahead', 'will withdraw unless
        President X arranges a ceasefire': the party the condition is put to."""
        for t in verb.subtree:
            # (the parser may join "… would retaliate if North Korea launched …" as a conjunct)
            if t.dep_ in ("advcl", "conj") and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children):
                subj = next((c for c in t.children if c.dep_ in SUBJECTS), None)
                found = [a for a in self._actors_in(subj) if a not in hit.actors]
                if found:
                    hit.recipients = found
                    return
        # "warned that secondary sanctions against them remained on the table": the option named
        # is aimed at someone
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            for subj in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and on_the_table(c)):
                found = [a for p in subj.children if p.dep_ == "prep" and p.lower_ in ("against", "on")
                         for g in p.children if g.dep_ == "pobj" for a in self._actors_in(g) if a not in hit.actors]
                if found:
                    hit.recipients = found
                    return

    def _prep_argument(self, prep: Token, entry: Trigger, hit: EventHit, default: str | None = None,
                       extra_roles: dict | None = None) -> None:
        if prep.dep_ != "prep":
            return
        role = entry.roles.get(prep.lower_)
        if role is None and extra_roles:
            role = extra_roles.get(prep.lower_)
        if role is None and prep.lower_ in ("against", "on", "with", "to", "into", "at", "from", "towards", "toward"):
            role = "recipient" if prep.lower_ != "at" else "location"
        if role is None and default and prep.lower_ in ("in", "for", "of"):
            role = default
        objs = [g for g in prep.children if g.dep_ == "pobj"]
        if not objs or role is None:
            return
        found = [a for obj in objs for a in self._actors_in(obj)]
        if role == "recipient":
            hit.recipients += [a for a in found if a not in hit.recipients and a not in hit.actors]
        elif role == "actor":
            hit.actors += [a for a in found if a not in hit.actors]
        elif role == "location" and found and hit.location is None:
            hit.location = found[0]

    def _noun_event(self, noun: Token, entry: Trigger) -> EventHit:
        hit = EventHit(entry.type, (noun.i, noun.i + 1), entry=entry)
        # "a mediation effort between X and Y": the frame noun carries the arguments
        anchor = noun.head if self._frames(noun) else noun
        if anchor.dep_ == "pobj" and anchor.head.lower_ in measure_preps(anchor.head.head) \
                and (anchor.head.head.dep_ == "dobj" or entry.type == "CONSULT" and anchor.head.head.dep_ == "pobj"
                     and anchor.head.head.head.lower_ in CONSULT_TIME_PREPS):
            anchor = anchor.head.head  # "launched ten days of war games", "after four days of talks"
        children = list(noun.children) + (list(anchor.children) if anchor is not noun else [])
        # "France's backing of Morocco's plan", "Russia's annexation of Crimea": beside a possessor
        # that does the act, the "of" phrase is what it is done to
        agent_owner = entry.roles.get("possessor", "actor") == "actor" and any(
            c.dep_ == "poss" and any(t.i in self.token_actor for t in c.subtree) for c in noun.children)
        for c in children:
            if c.i == noun.i:
                continue
            if c.dep_ == "poss" or c.dep_ in ("amod", "compound") and c.i < noun.i:
                # "Erdogan's interaction", "a Turkish offensive", "US Predator attacks";
                # the lexicon may say the possessor undergoes it ("Navalny's arrest")
                named = [self._state_for_place(self.token_actor[t.i]) for t in c.subtree if t.i in self.token_actor]
                role = entry.roles.get("possessor", "actor") if c.dep_ == "poss" else "actor"
                target = hit.recipients if role == "recipient" else hit.actors
                target += [a for a in dict.fromkeys(named) if a not in target]
            elif c.dep_ == "prep":
                objs = [g for g in c.children if g.dep_ == "pobj"]  # "from the bloc ECOWAS" may parse as two
                if not objs:
                    continue
                role = entry.roles.get(c.lower_) or {"of": "actor", "by": "actor", "between": "actor"}.get(
                    c.lower_, "recipient" if c.lower_ in ("to", "with", "against", "on", "into") else None)
                if c.lower_ == "of" and role == "actor" and agent_owner and c.head.i == noun.i:
                    role = "recipient"
                found = [a for obj in objs for a in self._actors_in(obj)]
                if role == "actor":
                    hit.actors += [a for a in found if a not in hit.actors]
                elif role == "recipient":
                    hit.recipients += [a for a in found if a not in hit.recipients and a not in hit.actors]
        governing, instrument = self._governing(anchor, entry)
        self._parties_by_convention(hit, noun, anchor, governing, instrument)
        self._shared(hit)
        # "agreed to reopen embassies after talks": the talks were held, whatever the agreement says
        timed = instrument and anchor.head.lower_ in HELD_TALKS_PREPS  # "… during his visit to Russia"
        hit.negated, hit.modality = self._negation_and_modality(
            anchor if timed else governing if instrument else anchor.head if anchor.dep_ in ("dobj", "nsubjpass") else anchor)
        if any(c.lower_ == "no" for c in noun.children):
            hit.negated = True
        self._attribute(hit, noun, via=governing)
        if governing is not None and (anchor.dep_ == "dobj" or instrument) and not timed:
            self._intent(hit, governing)  # "prepared to resume shelling", "will hold talks"
        if not hit.recipients:
            self._recipients_in_object(anchor, hit, through=("of", "for"))  # "a suspension of air links with Serbia"
        if not hit.recipients:
            self._across_border(anchor, hit)  # "a buildup of troops along the border with Syria"
        if not hit.recipients and governing is not None:
            self._purpose_objects(governing, hit)
        if not hit.recipients and governing is not None:
            # "staged drills around Taiwan": the governing verb's phrases place the event
            for prep in governing.children:
                if prep.dep_ == "prep" and prep.lower_ in ("against", "on", "with", "into", "toward", "towards"):
                    self._prep_argument(prep, entry, hit)
        travelled = instrument and hit.type == "CONSULT" and governing.lemma_.lower() in TRAVEL_VERBS
        if not hit.recipients and instrument and (entry.mode == "visit" or travelled):
            # "arrived in Cairo for a one-day visit": where the visitor came is the host; "arrived
            # in Islamabad for talks": a capital's government (not a venue: "returned to Geneva
            # for talks")
            own = {self._country(a) for a in hit.actors}
            hit.recipients = [a for prep in governing.children if prep.dep_ == "prep" and prep.lower_ in ("in", "to")
                              for obj in prep.children if obj.dep_ == "pobj"
                              if entry.mode == "visit" or not self.token_actor.get(obj.i, "").startswith("place:")
                              for a in self._actors_in(obj) if self._country(a) not in own][:1]
        if hit.type == "PROTEST" or not hit.recipients and governing is not None:
            self._target_from_place(hit, governing if governing is not None else anchor)
        return hit

    def _governing(self, anchor: Token, entry: Trigger | None = None) -> tuple[Token | None, bool]:
        """The verb a nominal event hangs on, and whether through a phrase: "X launched an
        offensive" (object), "returned to Geneva for talks", "will respond with countermeasures",
        "announced during a visit to Kyiv", "has gone on hunger strike" (phrase)."""
        if anchor.dep_ in ("dobj", "attr") and anchor.head.pos_ in ("VERB", "AUX"):
            return anchor.head, False
        prep = anchor.head
        if anchor.dep_ == "pobj" and prep.lower_ == "during" and prep.head.pos_ in ("NOUN", "PROPN") \
                and prep.head.dep_ == "pobj" and prep.head.head.head.pos_ in ("VERB", "AUX"):
            return prep.head.head.head, True  # "hailed Pakistan as a brother during talks with Sharif"
        if anchor.dep_ == "pobj" and prep.lower_ in GOVERNING_PREPS and prep.head.pos_ in ("VERB", "AUX") \
                and (prep.lower_ != "on" or prep.head.lemma_.lower() in ON_VERBS):
            return prep.head, True
        if anchor.dep_ == "pobj" and prep.lower_ in CONSULT_TIME_PREPS and prep.head.pos_ in ("VERB", "AUX") \
                and entry is not None and entry.type == "CONSULT":
            return prep.head, True
        return None, False

    def _parties_by_convention(self, hit: EventHit, noun: Token, anchor: Token, governing: Token | None,
                               instrument: bool) -> None:
        """Parties of a nominal event that its own phrases do not name."""
        entry = hit.entry
        if not hit.actors and instrument and anchor.head.lower_ == "for":
            # "thanked Norway for the aid package", "blamed Russia for the attack": the one
            # thanked or blamed did it
            judged = self.lex.verbs.get(self._lemma(governing))
            entry_of = self._verb_entry(governing, judged) if judged else None
            if entry_of is not None and entry_of.type in JUDGING_TYPES:
                hit.actors = [a for c in governing.children if c.dep_ == "dobj" for a in self._actors_in(c)]
                if entry_of.type == "SUPPORT" and hit.actors and not hit.recipients:
                    hit.recipients = [a for a in self._actors_in(self._subject(governing)) if a not in hit.actors]
        if not hit.actors and entry.type in ("COERCE", "ASSAULT"):
            # "the detention in Beijing of a Japanese employee": done by the state it happened in
            for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"):
                place = [a for obj in prep.children if obj.dep_ == "pobj" for a in self._actors_in(obj)
                         if a.startswith("state:")]
                if place:
                    hit.actors = place[:1]
                    break
        if not hit.actors and governing is not None:
            # "drawing condemnation from London": the noun's actor phrase may hang on the verb
            for prep in governing.children:
                if prep.dep_ == "prep" and entry.roles.get(prep.lower_) == "actor" and prep.lower_ != "of":
                    hit.actors += [a for obj in prep.children if obj.dep_ == "pobj" for a in self._actors_in(obj)
                                   if a not in hit.actors]
        # "drawing condemnation from London", "deported them despite appeals from the UN": the
        # reaction is addressed to the verb's subject, who is not its actor
        if anchor.dep_ == "pobj" and anchor.head.lower_ in ("despite", "amid") and anchor.head.head.pos_ in ("VERB", "AUX"):
            reacted = anchor.head.head
        elif governing is not None and governing.lemma_.lower() in REACTION_VERBS and anchor.dep_ == "dobj":
            reacted = governing
        else:
            reacted = None
        if reacted is not None:
            hit.recipients = hit.recipients or [a for a in self._actors_in(self._subject(reacted)) if a not in hit.actors]
        elif not hit.actors and governing is not None:
            hit.actors = self._actors_in(self._subject(governing))  # "X launched an offensive"

    # ------------------------------------------------------------ qualifiers

    def _negation_and_modality(self, verb: Token) -> tuple[bool, str]:
        negated, modality = False, "asserted"
        chain, via = [verb], [None]  # via: how the clause below reached this one
        v = verb
        while (v.dep_ in ("xcomp", "ccomp", "conj", "acomp") or infinitive_advcl(v) or _means_of(v)) \
                and v.head.i != v.i and len(chain) < 4:
            if _means_of(v):
                # "would respond in kind by expelling a Kazakh diplomat": the means shares its act's tense
                via.append("xcomp")
                v = v.head.head
                chain.append(v)
                continue
            if v.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
                break  # "X has not sanctioned them, but Y warned …": a clause of its own
            stray = stray_finite(v)
            if stray is not None:
                # "said it had not been notified and urged …": the reporting clause's, not the
                # reported verb's negation or tense
                via.append("stray")
                v = stray
                chain.append(v)
                continue
            via.append(v.dep_ if v.dep_ != "conj" or not _contrasted(v) else "contrast")
            v = v.head
            chain.append(v)
        for depth, v in enumerate(chain):
            # the verb a conjunct is joined to lends its negation ("did not attack or shell"),
            # not its lexical refusal ("rejected the criticism and accused …"), nor across "but"
            link = via[depth]
            for c in v.children:
                if (c.dep_ == "neg" or c.lower_ in NEGATIONS and c.dep_ in ("neg", "advmod", "det")) and link != "contrast":
                    negated = not negated if depth else True
                if c.dep_ in ("aux", "auxpass"):
                    low = c.lower_
                    if low in FUTURE_AUX and modality == "asserted":
                        modality = "future"
                    elif low in POSSIBLE_AUX and modality == "asserted":
                        modality = "possible" if low != "can" else modality
                    elif low in HYPOTHETICAL_AUX and modality == "asserted":
                        # "said they would boycott": the future seen from a past report
                        reported = v.dep_ == "ccomp" and v.head.lemma_.lower() in REPORT_VERBS
                        modality = "future" if reported and low == "would" else "hypothetical"
                    elif low == "had" and v.tag_ == "VBN" and modality == "asserted":
                        modality = "historical"
                if c.dep_ == "mark" and c.lower_ in ("if", "unless") and modality in ("asserted", "future"):
                    modality = "hypothetical"
            governs = depth and link not in ("conj", "contrast")  # "refused to attack", not "refused and attacked"
            if governs and v.lemma_.lower() in REFUSE_VERBS:
                negated = True  # "refused to attack", "failed to reach"
            if governs and v.lemma_.lower() in HESITATE_VERBS:
                negated = not negated  # "would not hesitate to strike": a threat to strike
            if governs and v.lemma_.lower() in INTEND_VERBS and modality == "asserted":
                modality = "intended"
            if governs and v.lemma_.lower() in COMMIT_VERBS and modality == "asserted":
                modality = "future"
        # "had no plans to attack any NATO member": the plan a "no" denies
        if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no"
                                                                  for c in verb.head.children):
            negated = True
        # "if" in an enclosing clause
        for anc in verb.ancestors:
            if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in anc.children) and anc.dep_ == "advcl":
                modality = "hypothetical"
                break
        return negated, modality

    def _attribute(self, hit: EventHit, tok: Token, via: Token | None = None) -> None:
        q = self.quote_of.get(tok.i)
        if q is None:
            return
        hit.quote = q
        speaker = self.quotes[q].speaker
        verb = via if via is not None else tok  # a nominal event's governing verb ("it will rejoin talks")
        subject = self._subject(verb) if verb.pos_ in ("VERB", "AUX") else None
        own = subject is not None and subject.lower_ in SELF_PRONOUNS and subject.pos_ == "PRON"  # not "US"
        if not hit.actors and speaker and own:
            hit.actors = [speaker]  # "we will…" in X's quote, "X said it would…": X itself
        if hit.modality == "future" and not hit.actors and not own:
            hit.modality = "predicted"  # a forecast of what will happen, not anyone's announced act

    def _intent(self, hit: EventHit, verb: Token) -> None:
        """PLOVER: promising a cooperative act is AGREE; announcing a conflictual one is THREATEN;
        refusing a cooperative one ("will not accept", "refused to sign") is REJECT."""
        chain = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
        if chain[-1].dep_ == "xcomp":
            chain.append(chain[-1].head)  # "prepared to resume shelling"
        if hit.type == "ASSAULT" and not hit.negated and any(v.lemma_.lower() in PREPARE_VERBS for v in chain[1:]):
            hit.intent, hit.type = hit.type, "MOBILIZE"  # "prepared to resume shelling"
            return
        refused = any(a.lemma_.lower() in REFUSE_VERBS - {"fail"} for a in [verb, *verb.ancestors][:3])
        if hit.negated and hit.type in COOPERATIVE | {"AGREE"} and (refused or hit.modality == "future"):
            # "refused to sign", "will not accept"; not "cannot talk" or "did not meet"
            hit.intent, hit.type, hit.negated = hit.type, "REJECT", False
            return
        if hit.negated or hit.modality not in ("future", "intended", "hypothetical"):
            return
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
            return  # "… if Britain seizes another tanker": the condition, not anyone's announced act
        committed = (verb.dep_ == "xcomp" or infinitive_advcl(verb)) and \
            verb.head.lemma_.lower() in COMMIT_VERBS | {"threaten", "warn"}
        ultimatum = any(t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in t.children)
                        for t in verb.children)
        if ultimatum and hit.type not in ("THREATEN", "REQUEST", "AGREE") and (hit.modality == "future" or committed):
            # "will withdraw its force from Chad unless …": an act announced on a condition is a threat
            hit.intent, hit.type = hit.type, "THREATEN"
            if not hit.recipients:
                self._conditional_subject(verb, hit)
            return
        agreed = committed and verb.head.lemma_.lower() == "agree" and hit.type == "MOBILIZE" and not hit.recipients
        if hit.type in COOPERATIVE and (hit.modality == "future" or committed) or agreed:
            # ("agreed to step up joint patrols": a deployment aimed at no one, agreed between
            # parties, is their agreement)
            hit.intent, hit.type = hit.type, "AGREE"
        elif hit.type in CONFLICTUAL and (hit.modality in ("future", "hypothetical") or committed) \
                and not (hit.type == "MOBILIZE" and not hit.recipients):
            # (a deployment announced with no one it is aimed at stays a deployment: "will send
            # 400 more police officers to Haiti")
            hit.intent, hit.type = hit.type, "THREATEN"
        if hit.type == "THREATEN" and not hit.recipients:
            self._conditional_subject(verb, hit)


def _means_of(v: Token) -> bool:
    """'… by expelling a diplomat': a gerund naming how the verb above it is done."""
    return v.dep_ == "pcomp" and v.tag_ == "VBG" and v.head.lower_ == "by" and v.head.head.pos_ in ("VERB", "AUX")


def _in_setting(tok: Token, top: Token) -> bool:
    """Whether tok lies in a phrase of time or circumstance below top ("since the start of the war")."""
    for a in tok.ancestors:
        if a.i == top.i:
            return False
        if a.dep_ == "prep" and a.lower_ in SETTING_PREPS:
            return True
    return False


def _natural_cause(subject: Token | None) -> bool:
    """'floods killed 40 people', 'the collapse of a bridge that killed 11', 'an earthquake
    destroyed hundreds of homes': no one's attack or destruction."""
    if subject is None:
        return False
    if subject.dep_ == "pobj" and subject.head.lower_ == "of":
        subject = subject.head.head
    return subject.lemma_.lower() in NATURAL_CAUSES


def _contrasted(conjunct: Token) -> bool:
    """'did not sign the deal but agreed to talk': the second verb is joined by contrast."""
    return any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in (*conjunct.children, *conjunct.head.children)
               if c.i < conjunct.i)


def _any_such(doc: Doc, hit: EventHit) -> bool:
    """'any attack on Israeli forces would be met with force': no one's act, only a kind of one."""
    tok = doc[hit.trigger[0]]
    return hit.entry is not None and hit.entry.pos == "noun" and any(
        c.dep_ == "det" and c.lower_ in ("any", "every") for c in tok.children)


@Language.factory("stellung_events", default_config={"lexicon_dirs": [], "partyless": False})
def make_event_extractor(nlp: Language, name: str, lexicon_dirs: list[str], partyless: bool) -> EventExtractor:
    return EventExtractor(nlp, name, lexicon_dirs, partyless)
