"""Standing ties between actors (member_of, partner_of, allied_with, supports, opposes,
designates_terrorist, military_presence_in, guarantor_of, leader_of, affiliated_with),
with the same negation, modality and attribution as events.

The words come from ``relations.yaml``; the arguments from the parse. Run by the
``stellung_events`` component after the events; results in ``doc._.stellung_relations``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Doc, Token

if not Doc.has_extension("stellung_relations"):
    Doc.set_extension("stellung_relations", default=None)

LEADER_OFFICES = {"head_of_state", "head_of_government", "monarch"}
WE = {"we", "our", "us"}


@dataclass(slots=True)
class RelationHit:
    type: str
    subject: str
    object: str
    token: int  # the token that states it
    negated: bool = False
    modality: str = "asserted"
    quote: int | None = None


@lru_cache(maxsize=1)
def load_relation_words() -> dict:
    data = yaml.safe_load((resources.files(__package__) / "relations.yaml").read_text(encoding="utf-8"))
    data["symmetric"] = set(data["symmetric"])
    return data


def _forms(tok: Token) -> set[str]:
    """Lemma and plain singular of a noun: the lemmatizer reads "bases" as "basis"."""
    low = tok.lower_
    out = {tok.lemma_.lower(), low}
    if low.endswith("es"):
        out.add(low[:-1])
        out.add(low[:-2])
    elif low.endswith("s"):
        out.add(low[:-1])
    return out


class RelationFinder:
    def __init__(self, events, kb):
        self.e = events  # the _Events of the document: actors, quotes, qualifiers
        self.doc = events.doc
        self.words = load_relation_words()
        self.kb = kb
        self.hits: list[RelationHit] = []
        self.seen: set[tuple] = set()

    def run(self) -> list[RelationHit]:
        for tok in self.doc:
            if tok.i in self.e.excluded:
                continue
            lemma = tok.lemma_.lower()
            if tok.pos_ in ("NOUN", "PROPN") and lemma in self.words["nouns"]:
                self._noun(tok, self.words["nouns"][lemma])
            elif tok.pos_ == "VERB" and lemma in self.words["designation"]["verbs"]:
                self._designation(tok)
            if tok.pos_ in ("VERB", "ADJ") and (lemma in self.words["presence"]["verbs"] or lemma in self.words["presence"]["adjectives"]):
                self._presence(tok)
            if tok.pos_ == "VERB" and lemma in self.words["verbs"] and tok.tag_ in ("VBZ", "VBP"):
                # present tense: a standing tie ("Iran supports the Houthis"), not a one-off act
                rel = self.words["verbs"][lemma]
                obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
                self._add_all(rel, self.e._actors_in(self.e._subject(tok)), self.e._actors_in(obj), tok, tok)
            if tok.text.lower() in self.words["affixes"] and tok.i >= 2 and self.doc[tok.i - 1].text == "-":
                self._affix(tok)
        self._leaders()
        return self.hits

    # ------------------------------------------------------------ helpers

    def _add_all(self, rel: str, subjects: list[str], objects: list[str], tok: Token, qualifier: Token) -> None:
        negated, modality = self.e._negation_and_modality(qualifier)
        quote = self.e.quote_of.get(tok.i)
        if quote is not None and modality == "future":
            modality = "predicted"
        for s in subjects:
            for o in objects:
                if s == o:
                    continue
                key = (rel, *(sorted((s, o)) if rel in self.words["symmetric"] else (s, o)), tok.i)
                if key in self.seen:
                    continue
                self.seen.add(key)
                self.hits.append(RelationHit(rel, s, o, tok.i, negated, modality, quote))

    def _pobj_actors(self, tok: Token, preps: tuple[str, ...], keep_places: bool = False) -> list[str]:
        """Actors of the phrases after these prepositions; with ``keep_places`` a place stays a
        place ("checkpoints in the Afrin area") instead of standing for its state."""
        named = self.e._named_in if keep_places else self.e._actors_in
        out = []
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                for g in c.children:
                    if g.dep_ == "pobj":
                        out += named(g)
        return out

    def _speaker_country(self, tok: Token) -> str | None:
        q = self.e.quote_of.get(tok.i)
        if q is None or not any(t.lower_ in WE for t in tok.sent):
            return None
        speaker = self.e.quotes[q].speaker
        entry = self.kb.entries.get(speaker) if speaker else None
        country = entry.country if entry else None
        return f"state:{country}" if country and f"state:{country}" in self.kb.entries else None

    def _states_in(self, sent, exclude: set[str], places: bool = False) -> list[str]:
        kinds = ("state:", "org:", "place:", "city:") if places else ("state:", "org:")
        excluded_countries = {a.split(":")[1].split("-")[0] for a in exclude if ":" in a}
        out = []
        for t in sent:
            a = self.e.token_actor.get(t.i)
            if a and a.startswith(kinds) and a not in exclude and a not in out \
                    and a.split(":")[1].split("-")[0] not in excluded_countries:
                out.append(a)
        return out

    # ------------------------------------------------------------ patterns

    def _noun(self, noun: Token, rel: str) -> None:
        objects = self._pobj_actors(noun, tuple(self.words["object_preps"].get(rel, ("of",))))
        subjects: list[str] = []
        qualifier = noun
        if noun.dep_ in ("attr", "acomp") and noun.head.lemma_ == "be":
            subjects = self.e._actors_in(self.e._subject(noun.head))  # "Turkey is part of NATO"
            qualifier = noun.head
        elif noun.dep_ == "appos":
            subjects = self.e._actors_in(noun.head)  # "Turkey, a member of NATO"
        elif noun.dep_ == "compound" and noun.head.i in self.e.token_actor:
            subjects = self.e._actors_in(noun.head)  # "NATO member Turkey"
            objects = objects or [a for c in noun.children if c.dep_ == "compound" for a in self.e._actors_in(c)]
        elif any(c.dep_ == "appos" and c.i in self.e.token_actor for c in noun.children):
            # "NATO member Lithuania" parsed as member <- appos Lithuania
            subjects = [a for c in noun.children if c.dep_ == "appos" for a in self.e._actors_in(c)]
            objects = objects or [a for c in noun.children if c.dep_ == "compound" for a in self.e._actors_in(c)]
        for c in noun.children:
            if c.dep_ == "poss":
                subjects = subjects or self.e._actors_in(c)  # "Ankara's membership of NATO"
            if c.dep_ == "prep" and c.lower_ == "between":
                pair = [a for g in c.children if g.dep_ == "pobj" for a in self.e._actors_in(g)]
                if len(pair) >= 2:
                    subjects, objects = pair[:1], pair[1:2]
        if not subjects and noun.dep_ in ("dobj", "pobj"):
            head = noun.head if noun.dep_ == "dobj" else noun.head.head
            subject = self.e._subject(head) if head is not None else None
            if subject is None and head is not None:  # "Ankara was appointed as a guarantor"
                subject = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
            if subject is None and head is not None:
                subject = self._nearest_doer_before(head)
            subjects = self.e._actors_in(subject)
            qualifier = head
        bare = noun.dep_ in ("dobj", "pobj") and not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)
        if rel == "guarantor_of" and subjects and not objects:
            # a guarantor of the conflict the sentence is about: the other state or place it names
            found = self._states_in(noun.sent, set(subjects), places=True)
            objects = ([a for a in found if a.startswith(("state:", "place:", "city:"))] or found)[:1]
        elif (not subjects or not objects) and rel in self.words["symmetric"] and bare:
            # "We cannot talk about a strategic alliance": in a quote, "we" is the speaker's
            # state, the tie is with the other state the sentence names.
            own = self._speaker_country(noun)
            if own and not subjects:
                subjects = [own]
            if subjects and not objects:
                objects = self._states_in(noun.sent, set(subjects))[:1]
            if noun.dep_ == "pobj":
                qualifier = noun.head.head
        if rel == "leader_of":
            subjects = [s for s in subjects if s.startswith("person:")]
        self._add_all(rel, subjects, objects, noun, qualifier)

    def _nearest_doer_before(self, verb: Token) -> Token | None:
        """When the parse lost a passive's subject: the last actor before the verb that is not
        inside a 'with' phrase ('Ankara, together with Russia and Iran, was appointed')."""
        for t in reversed(list(self.doc[verb.sent.start:verb.i])):
            if t.i in self.e.token_actor and not any(a.lower_ == "with" for a in t.ancestors if a.i < t.i):
                actor = self.e.token_actor[t.i]
                if actor.startswith(("state:", "org:", "igo:", "group:", "person:")):
                    return t
        return None

    def _designation(self, verb: Token) -> None:
        nouns = set(self.words["designation"]["nouns"])
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        as_phrase = [t for c in verb.children if c.dep_ in ("prep", "oprd") and c.lower_ in ("as",) or c.dep_ == "oprd"
                     for t in c.subtree]
        if obj is not None and any(t.lemma_.lower() in nouns for t in as_phrase + list(obj.subtree)):
            self._add_all("designates_terrorist", self.e._actors_in(self.e._subject(verb)), self.e._actors_in(obj), verb, verb)

    def _presence(self, tok: Token) -> None:
        words = self.words["presence"]
        places = self._pobj_actors(tok, ("in", "inside", "across", "near"), keep_places=True)
        subject = None
        if tok.pos_ == "VERB" and tok.lemma_.lower() in words["verbs"]:
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if obj is None or not _forms(obj) & set(words["objects"]):
                return
            places = places or self._pobj_actors(obj, ("in", "inside", "across", "near"), keep_places=True)
            subject = self.e._subject(tok)
            if subject is None and any(c.dep_ == "nsubjpass" for c in tok.children):
                return
        elif tok.lemma_.lower() in words["adjectives"]:
            military = any(c.lower_ in ("militarily", "military") for c in tok.children) or \
                tok.head.lemma_.lower() in words["objects"]
            if not military:
                return
            subject = self.e._subject(tok.head) if tok.dep_ == "acomp" else tok.head
        self._add_all("military_presence_in", self.e._actors_in(subject), places, tok, tok)

    def _affix(self, tok: Token) -> None:
        rel, x_is_subject = self.words["affixes"][tok.text.lower()]
        x = self.e.token_actor.get(tok.i - 2)
        y_head = tok.head if tok.head.i != tok.i else None
        ys = self.e._actors_in(y_head) if y_head is not None else []
        if x is None:
            return
        ys = [y for y in ys if y != x]
        if x_is_subject:
            self._add_all(rel, [x], ys, tok, tok)
        else:
            self._add_all(rel, ys, [x], tok, tok)

    def _leaders(self) -> None:
        """Heads of state and government named in the text lead their state (roles from the KB)."""
        firsts: dict[str, int] = {}
        for i, actor in self.e.token_actor.items():
            if actor.startswith("person:") and actor not in firsts:
                firsts[actor] = i
        for actor, i in firsts.items():
            entry = self.kb.entries.get(actor)
            if entry is None:
                continue
            for role in entry.roles_on(self.e.day):
                if role.office in LEADER_OFFICES and f"state:{role.country}" in self.kb.entries:
                    key = ("leader_of", actor, f"state:{role.country}")
                    if key not in self.seen:
                        self.seen.add(key)
                        self.hits.append(RelationHit("leader_of", actor, f"state:{role.country}", i))
