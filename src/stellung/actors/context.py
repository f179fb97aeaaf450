"""What a phrase without a name stands for: the context passes of the actor stage.

"The country", "the bloc", an object "it", "the army" after "Israeli troops", police and
crowds named without their state, office holders the knowledge base lacks: each is read from
the actors named around it. ``_DocState`` (resolve.py) takes these as a mixin; they run after
names, descriptions and pronouns are known.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..components import tokens_with
from .kb import fold

if TYPE_CHECKING:
    from .resolve import ActorInfo

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "agent"}
# Words that keep a description from being about a specific earlier person.
INDEFINITE = {"a", "an", "any", "every", "each", "some", "no", "another"}
# where something happens (not where it goes: "sent troops to Syria" is no Syrian scene)
SCENE_PREPOSITIONS = {"in", "at", "near", "across", "around", "outside", "inside", "throughout", "within",
                      "through", "along", "off", "on"}
# the prepositions that put an act inside a place, the ones a scene is told by when two states are named
SCENE_IN = {"in", "inside", "throughout", "across"}
# a foreign state's seat inside another: "inside the Mexican embassy in Quito" is no Mexican scene
MISSION_NOUNS = {"embassy", "consulate", "mission", "legation"}
# words that join a clause whose "they" is the subject before: "officials said, although they …"
CONCESSIVE_MARKS = {"although", "though", "while", "whereas"}
# verb and object whose "to" phrase names what is damaged, not at whom it is aimed ("set fire to shops")
DAMAGE_IDIOMS = {("set", "fire")}
# participles whose "for" phrase names where a thing goes: "a tanker bound for Israel"
DESTINATION_PARTICIPLES = {"bound", "headed", "destined"}
# verbs whose place is where parties met, not where anyone belongs
VENUE_VERBS = {"meet", "sign", "hold", "host", "visit", "talk", "gather", "attend", "arrive", "travel", "convene",
               "negotiate", "speak", "agree"}
TARGET_PREPOSITIONS = {"against", "to", "towards", "toward", "at", "on", "into"}
# verbs whose "at" phrase names a target, not a place ("fired rockets at a town in Israel")
AIM_VERBS = {"fire", "shoot", "launch", "aim", "lob", "hurl", "throw", "direct", "point", "target", "swing"}
# where a thing named in a phrase is ("a base in Burkina Faso")
LOCATING_PREPOSITIONS = {"in", "near", "inside", "outside"}
# Sizes that stand for a crowd as a clause's subject ("thousands marched")
CROWD_SIZES = {"thousands", "hundreds", "dozens", "tens", "millions"}
# What "it", "them", "its", "their" do not stand for (people have he/she; places are where)
NOT_REFERRED_TO = {"person", "place", "media"}
# Nouns for a part of a place: "the streets of Nairobi" is the city, not its government
PLACE_PART_NOUNS = {"street", "outskirt", "outskirts", "suburb", "centre", "center", "heart", "district", "part",
                    "neighbourhood", "neighborhood", "area", "edge", "road", "square", "port", "airport", "region"}
NEIGHBOUR_NOUNS = {"neighbour", "neighbor"}
BORDER_NOUNS = {"border", "frontier", "boundary"}
# Verbs whose subject "it" is about nothing ("it emerged that", "it seems", "it takes time")
IMPERSONAL_VERBS = {"be", "seem", "appear", "emerge", "happen", "remain", "take", "matter", "become", "rain",
                    "follow", "mean", "cost", "help", "turn", "transpire", "come", "go"}


class ContextPasses:
    """Mixed into ``_DocState``: uses its doc, kb, actors, mentions and bookkeeping."""

    def _state_country(self, actor_id: str) -> str | None:
        """The state an actor belongs to, if it is a state's (not an IGO's or a people's)."""
        code = self.actors[actor_id].country
        return code if code and self.kb.state(code) is not None else None

    def _anaphors(self) -> None:
        """'the country', 'the island nation', 'the kingdom' for the state last named; 'the bloc',
        'the alliance' for the organisation last named (in this or the two sentences before)."""
        doc = self.doc
        for tok in self._words(self.r.desc.anaphors):
            kinds = self.r.desc.anaphors.get(tok.lower_)
            if kinds is None or tok.pos_ not in ("NOUN", "PROPN") or not is_singular(tok):
                continue
            left = phrase_start(tok)
            # ("Mogadishu accused its neighbour": a state's neighbour is another state named before)
            owned = doc[left].lower_ in ("its", "their") and tok.lower_ in NEIGHBOUR_NOUNS
            if doc[left].lower_ != "the" and not owned or not self.free(left, tok.i + 1) or \
                    any(t.ent_type_ in ("GPE", "ORG", "PERSON") or self.demonym(t.i) for t in doc[left:tok.i]):
                continue  # "the Russian state" names itself; "a country" is any ("the Nordic country" is one named)
            # "Japan offered loans to the country": not the subject of its own clause
            own_subject = _own_subjects(tok)
            # (a body the text only describes, "Greece (business)", is no group one refers back to)
            # (nor anyone of the subject's country: "Moscow vowed to retaliate against the Nordic
            # country" after "Finland expelled two Russian diplomats")
            own = {self.actors[self.claimed[i].actor].country for i in own_subject if i in self.claimed} - {None}
            target = self._last_mention(left, lambda info: (info.kind in kinds and not info.id.startswith("org:")
                                        or "state" in kinds and self._state_country(info.id) is not None)
                                        and info.country not in own,
                                        skip=own_subject)
            if target is None:
                continue
            if "state" in kinds and target.kind != "state":  # "Tbilisi … the country": Georgia
                entry = self.kb.state(target.country)
                target = self.actors.get(entry.id) or self.entry_info(entry)
            self.add_mention(left, tok.i + 1, target, "description", tok.i)

    def _repeated_heads(self) -> None:
        """'the electoral commission … accused the commission': a definite noun that repeats the
        head of a body named before (in its sentence or the two before) is that body."""
        doc = self.doc
        heads = {}
        for m in self.mentions:
            info = self.actors[m.actor]
            if info.kind not in ("person", "place") and doc[m.head].pos_ == "NOUN":
                heads.setdefault(doc[m.head].lemma_.lower(), []).append(m)
        if not heads:
            return
        for tok in self._words(tuple(heads)):
            left = tok.i - 1
            if tok.i == 0 or doc[left].lower_ != "the" or tok.pos_ != "NOUN" or not self.free(left, tok.i + 1) \
                    or tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ in ("NOUN", "PROPN"):
                continue
            first = self._window_start(tok.i, 3)
            earlier = [m for m in heads.get(tok.lower_, ()) if first <= m.start and m.end <= left]
            if earlier:
                self.add_mention(left, tok.i + 1, self.actors[earlier[-1].actor], "description", tok.i)

    def _words(self, forms) -> list[Token]:
        """The tokens whose lower-case form is one of ``forms``, found on an array of the doc's
        word hashes (the passes below each look for a few words; iterating the doc's tokens for
        each was a tenth of the stage's time)."""
        if getattr(self, "_lower", None) is None:
            self._lower = self.doc.to_array("LOWER")
        return tokens_with(self.doc, forms, self._lower)

    def _window_start(self, i: int, sentences: int) -> int:
        return window_start(self.doc, i, sentences)

    def _recent(self, first: int, before: int):
        """Mentions inside [first, before), the newest first (sorted once per growth of the list)."""
        if getattr(self, "_newest", (None,))[0] != len(self.mentions):
            self._newest = (len(self.mentions), sorted(self.mentions, key=lambda m: -m.start))
        return (m for m in self._newest[1] if first <= m.start and m.end <= before)

    def _last_mention(self, before: int, fits, sentences: int = 3, skip: set[int] = frozenset()) -> "ActorInfo | None":
        for m in self._recent(self._window_start(before, sentences), before):
            if m.head not in skip and fits(self.actors[m.actor]):
                return self.actors[m.actor]
        return None

    def _scene(self) -> None:
        """'police detained 20 demonstrators': a state's body or a crowd named without its state
        belongs, as event coders read it, to the state where it acts — the place its clause
        names, else the one state its sentence names, else the one the two sentences before
        name. Where the scene names two states, it stays without a country."""
        for hit in self.unplaced_named:
            # "… protest against the government of President Olusegun Obasanjo" in a Nigerian
            # scene: an office holder of the one state the text around names
            info = self.actors[hit.actor]
            country = info.country or self._single_state(self.doc[hit.head])
            if country and info.country is None:
                info.country = country
                for m in self.mentions:
                    m.context = m.context or m.actor == info.id
        for left, end, head, sector in self.unplaced:
            if not self.free(left, end):
                continue
            if self.doc[left].lower_ == "the":
                # "Israeli troops … The army also deployed …", "the junta's plans": a definite
                # body is the one of its kind named last
                # ("Houthi rebels … The rebels": a named group of that sector too)
                # (not the subject of its own clause: "Paris denounced the junta's decision")
                own = _own_subjects(head)
                earlier = self._last_mention(left, lambda info: (info.id.startswith("org:") or info.kind == "armed_group")
                                             and info.sector == sector and info.country is not None, skip=own)
                if earlier is not None:
                    self.add_mention(left, end, earlier, "description", head.i)
                    continue
                subjects = {self.actors[self.claimed[i].actor].country for i in own if i in self.claimed}
                if sector == "GOV" and (self._clause_place(head) or self._single_state(head)) in subjects - {None}:
                    continue  # the subject's own government is not the one it judges: another, named nowhere
            owner = self._of_owner(head)
            if owner:  # "the first 800 soldiers of a German brigade": the brigade's, not the scene's
                self.add_mention(left, end, self.organ(owner, sector), "description", head.i)
                continue
            self._place_in_scene(left, end, head, sector)

    def _of_owner(self, head: Token) -> str | None:
        """The country of the body an 'of' phrase puts a noun in ('soldiers of a German brigade')."""
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for t in prep.subtree:
                    hit = self.claimed.get(t.i)
                    info = self.actors.get(hit.actor) if hit is not None else None
                    if info is not None and info.country and info.kind != "person":
                        return info.country
        return None

    def _bare_crowds(self) -> None:
        """'as thousands marched against the tax bill': a crowd given only by its size is of the
        scene's state, like the protesters it stands for."""
        for tok in self._words(CROWD_SIZES):
            if tok.dep_ != "nsubj" or tok.head.pos_ != "VERB" \
                    or any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) or not self.free(tok.i, tok.i + 1):
                continue
            self._place_in_scene(tok.i, tok.i + 1, tok, "CVL")

    def _place_in_scene(self, start: int, end: int, head: Token, sector: str) -> None:
        # ("pulling its troops out", two states named: whose, the pronoun says, not the scene)
        owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children)
        country = self._clause_place(head) or self._single_state(head, by_scene=not owned)
        if country:
            hit = self.add_mention(start, end, self.organ(country, sector), "description", head.i)
            hit.context = True

    def _clause_place(self, head: Token) -> str | None:
        verb = head.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        # "… and police opened fire", "struck targets in Gaza, killing 14 people"
        # (not where the clause joined to it met: "agreed in Caracas …, and the guerrillas freed
        # two soldiers")
        verbs = [verb] + ([verb.head] if verb.dep_ in ("conj", "advcl") and verb.head.lemma_.lower() not in VENUE_VERBS
                          else [])
        for v in verbs:
            for prep in v.children:
                if prep.dep_ != "prep" or prep.lower_ not in SCENE_PREPOSITIONS \
                        or prep.lower_ == "at" and v.lemma_.lower() in AIM_VERBS:
                    continue  # ("fired rockets at a town in Israel": at whom, not where)
                for t in prep.subtree:
                    if _beside_border(t):
                        break  # "near the border with Guyana", "near the Serbian border": not the scene
                    if not _within_place_phrase(t, prep):
                        continue  # "in protest against a bill on extraditions to China": no scene
                    if t.i in self.claimed:
                        country = self._state_country(self.claimed[t.i].actor)
                        if country:
                            return country
        return None

    def _single_state(self, head: Token, by_scene: bool = True) -> str | None:
        doc = self.doc
        sent = head.sent
        windows = [(sent.start, sent.end)]
        if sent.start > 0:
            windows.append((self._window_start(sent.start - 1, 2), sent.start))
        for start, end in windows:
            # a state a phrase aims at is no candidate: "marched against a treaty with Japan",
            # "fired rockets towards the Israeli city of Ashkelon"
            # nor the other side of a border ("near the Serbian border")
            # nor a person ("hours after he left, gangs attacked …": a visitor is not the scene)
            # nor a state a modifier names inside a relative clause ("a law that critics say mirrors
            # Russian legislation"; not "teachers who marched through Buenos Aires")
            states = {self._state_country(m.actor) for m in self.mentions
                      if start <= m.start < end and not _aimed_at(doc[m.head]) and not _beside_border(doc[m.head])
                      and self.actors[m.actor].kind != "person"
                      and not (doc[m.head].dep_ in ("amod", "compound", "nmod", "poss")
                               and any(a.dep_ == "relcl" for a in list(doc[m.head].ancestors)[:6]))} - {None}
            if len(states) == 1:
                return states.pop()
            if states and by_scene:
                # "Thousands of Armenians blocked streets in central Yerevan, demanding … over
                # border demarcation with Azerbaijan. Police said …": of two states, the one the
                # text says things happen in
                inside = {self._state_country(m.actor) for m in self.mentions
                          if start <= m.start < end and self._named_as_scene(doc[m.head])} - {None}
                return inside.pop() if len(inside) == 1 else None
            if states:
                return None
        return None

    def _named_as_scene(self, tok: Token) -> bool:
        """Whether a name is the place of an act ("in central Yerevan", "inside its embassy in
        Quito"), not its target or a border beside it."""
        # (an adjective is no place: "inside the Mexican embassy in Quito" is in Quito; an owner
        # is: "in Cameroon's North-West region")
        while tok.dep_ in ("compound", "poss", "appos", "conj") and tok.head.i != tok.i:
            tok = tok.head
        # (not a venue: "after meeting Henry in Nairobi", "signed an agreement in Barbados")
        # (nor a foreign state's mission: "inside the Mexican embassy in Quito")
        return tok.dep_ == "pobj" and tok.head.lower_ in SCENE_IN and not _beside_border(tok) \
            and tok.head.head.lemma_.lower() not in VENUE_VERBS and tok.lemma_.lower() not in MISSION_NOUNS

    def _object_pronouns(self) -> None:
        """'Egypt condemned Israel and urged it to show restraint', 'the EU condemned the
        authorities and urged them to …': an object "it"/"them" stands for the last state, body or
        group named before it (in its sentence or the one before), never the subject of its own
        clause; "them" prefers a plural phrase."""
        doc = self.doc
        for tok in self._words(("it", "them")):
            if tok.dep_ not in ("dobj", "pobj", "dative", "iobj") \
                    or tok.i in self.claimed or tok.i in self.excluded:
                continue
            verb = tok.head if tok.dep_ != "pobj" else tok.head.head
            own_subjects = set()
            for _ in range(3):  # up through "and urged it", "said it would accept it"
                own_subjects |= {c.i for c in verb.children if c.dep_ in SUBJECT_DEPS}
                if verb.dep_ not in ("conj", "ccomp", "xcomp", "advcl") or verb.head.i == verb.i:
                    break
                verb = verb.head
            found = [m for m in self._recent(self._window_start(tok.i, 2), tok.i)
                     if m.head not in own_subjects and self.actors[m.actor].kind not in NOT_REFERRED_TO]
            if tok.lower_ == "them":
                plural = [m for m in found if doc[m.head].tag_ in ("NNS", "NNPS") or doc[m.head].conjuncts]
                found = plural or found
            if found:
                self.add_mention(tok.i, tok.i + 1, self.actors[found[0].actor], "pronoun", tok.i)

    def _plural_subjects(self) -> None:
        """'Police fired tear gas at thousands of demonstrators. They had marched on parliament':
        a subject "they" no person took stands for the last crowd, body or group named in the
        plural in the sentence before, when it opens the main clause of its own."""
        self._subject_pronouns("they", lambda tok: tok.head.dep_ == "ROOT", lambda tok: tok.sent.start,
                               self._plural_body)

    def _plural_body(self, m) -> bool:
        """Whether a mention names a body or group in the plural ("demonstrators", "officials")."""
        return self.doc[m.head].tag_ in ("NNS", "NNPS") and (
            m.actor.startswith("org:") or self.actors[m.actor].kind in ("group", "armed_group"))

    def _concessive_they(self) -> None:
        """'…, Guyanese officials said, although they accused Caracas of …': a subject "they" of a
        clause joined by "although", "though", "while" or "whereas" stands for the subject of the
        clause it is joined to, when that is a body or group named in the plural."""
        self._subject_pronouns(
            "they", lambda tok: tok.head.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in CONCESSIVE_MARKS for c in tok.head.children),
            lambda tok: tok.i,
            lambda m: self.doc[m.head].dep_ in SUBJECT_DEPS and self._plural_body(m))

    def _compass_states(self) -> None:
        """'Seoul accused the North of a provocation': "the North" or "the South" is the one state
        the text names "North …" or "South …" (North Korea, South Sudan), when it names one."""
        doc = self.doc
        for tok in self._words(("north", "south")):
            if not tok.text.istitle() or tok.i == 0 or doc[tok.i - 1].lower_ != "the" or tok.i in self.claimed \
                    or tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN" or not self.free(tok.i - 1, tok.i + 1):
                continue  # (not "the North Atlantic", not "the north of the country")
            named = {self.actors[m.actor].country for m in self.mentions
                     if self.actors[m.actor].kind == "state" and self.actors[m.actor].name.startswith(tok.text + " ")}
            named.discard(None)
            entry = self.kb.state(named.pop()) if len(named) == 1 else None
            if entry is not None:
                self.add_mention(tok.i - 1, tok.i + 1, self.actors.get(entry.id) or self.entry_info(entry),
                                 "description", tok.i)

    def _subject_it(self) -> None:
        """'Belgrade accused Pristina of persecution. It also put its army on alert', 'the army
        did not launch its offensive, but it shelled the city': a subject "it" of an act stands
        for the last state, body or group named in the singular as a subject (in its sentence or
        the one before). Not an "it" that opens a clause about nothing ("it emerged", "it is")."""
        doc = self.doc
        self._subject_pronouns(
            "it", lambda tok: tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "VERB"
            and tok.head.lemma_.lower() not in IMPERSONAL_VERBS, lambda tok: tok.i,
            lambda m: doc[m.head].dep_ in SUBJECT_DEPS and doc[m.head].tag_ not in ("NNS", "NNPS")
            and not doc[m.head].conjuncts and self.actors[m.actor].kind not in NOT_REFERRED_TO)

    def _subject_pronouns(self, form: str, applies, before, fits) -> None:
        """Each subject pronoun ``form`` that ``applies`` stands for the newest mention that
        ``fits`` in its sentence or the one before, up to ``before`` it; the mentions are added
        after the search (the list of mentions is sorted once)."""
        found_for = []
        for tok in self._words((form,)):
            if tok.dep_ not in SUBJECT_DEPS or tok.i in self.claimed or tok.i in self.excluded or not applies(tok):
                continue
            found = next((m for m in self._recent(self._window_start(tok.i, 2), before(tok)) if fits(m)), None)
            if found is not None:
                found_for.append((tok.i, found.actor))
        for i, actor in found_for:
            self.add_mention(i, i + 1, self.actors[actor], "pronoun", i)

    def _possessive_pronouns(self) -> None:
        """'Serbia put its army on alert', 'their commander warned': "its"/"their" before a body or
        an office stands for the state, body or group it belongs to — its clause's subject when
        that is one, else the last one named (in its sentence or the one before)."""
        nouns = self.r.body_and_office_nouns
        for tok in self._words(("its", "their")):
            if tok.dep_ != "poss" or tok.i in self.claimed \
                    or tok.i in self.excluded or fold(tok.head.text) not in nouns and fold(tok.head.lemma_) not in nouns:
                continue
            verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
            subjects = {c.i for c in verb.children if c.dep_ in SUBJECT_DEPS} if verb is not None else set()
            if verb is not None and verb.dep_ == "conj" and any(c.left_edge.i <= tok.i <= c.right_edge.i
                                                                for c in verb.children if c.i in subjects):
                # "Paris accepted N'Djamena's demand, and its forces began pulling out": the
                # owner in a joined clause's subject is the first clause's subject
                subjects = {c.i for c in verb.head.children if c.dep_ in SUBJECT_DEPS}
            found = [m for m in self._recent(self._window_start(tok.i, 2), tok.i)
                     if self.actors[m.actor].kind not in NOT_REFERRED_TO and not (m.start <= tok.head.i < m.end)]
            own = [m for m in found if m.head in subjects]
            if own or found:
                self.add_mention(tok.i, tok.i + 1, self.actors[(own or found)[0].actor], "pronoun", tok.i)


def _aimed_at(tok: Token) -> bool:
    """The token stands in a phrase that names a target: "against …", "towards …", "on …"."""
    for anc in [tok, *tok.ancestors][:6]:
        if anc.dep_ == "prep" and anc.lower_ == "at" and anc.head.lemma_.lower() not in AIM_VERBS:
            return False  # "killed soldiers at a base in Burkina Faso": where, not at whom
        if anc.lemma_.lower() in PLACE_PART_NOUNS and anc.i != tok.i:
            return False  # "took to the streets of Kinshasa": where, not at whom
        if anc.dep_ == "prep" and anc.lower_ == "to" and any(
                (anc.head.lemma_.lower(), c.lower_) in DAMAGE_IDIOMS for c in anc.head.children if c.dep_ == "dobj"):
            return False  # "set fire to shops in Honiara": what burned, where the rioters are
        if anc.dep_ == "prep" and anc.lower_ == "for" and anc.head.lower_ in DESTINATION_PARTICIPLES:
            return True  # "a tanker bound for Israel": where it goes
        if anc.dep_ == "prep" and anc.lower_ in TARGET_PREPOSITIONS and anc.head.pos_ != "ADJ":
            return True  # not "militants loyal to Iraq's al-Qaeda leader"
        if anc.pos_ in ("VERB", "AUX"):
            return False
    return False


def window_start(doc, i: int, sentences: int) -> int:
    """First token of the ``sentences`` sentences that end with token i's."""
    first = doc[i].sent.start
    for _ in range(sentences - 1):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    return first


def _beside_border(tok: Token) -> bool:
    """'near the Serbian border', 'the border with Guyana': a state a border is named by."""
    return tok.dep_ in ("amod", "poss", "compound") and tok.head.lemma_.lower() in BORDER_NOUNS or \
        tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.lemma_.lower() in BORDER_NOUNS


def _within_place_phrase(tok: Token, prep: Token) -> bool:
    """tok names the place of ``prep`` ("in the town of Kherson", "in southern Lebanon's
    Nabatieh"), not something further down ("in protest against a law on China")."""
    while tok.i != prep.i:
        nested_place = tok.dep_ == "prep" and tok.lower_ in LOCATING_PREPOSITIONS and tok.head.dep_ == "pobj" \
            and tok.head.head.i == prep.i  # "at an army base in northern Burkina Faso"
        if tok.dep_ in ("acl", "relcl", "advcl") or tok.dep_ == "prep" and tok.lower_ != "of" \
                and tok.head.i != prep.i and not nested_place:
            return False
        tok = tok.head
    return True


def _own_subjects(tok: Token) -> set[int]:
    """The subjects of the clause a noun stands in, when it is not (in) the subject itself: up
    through "vowed to retaliate against …" to the clause that has one."""
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    found: set[int] = set()
    if verb is None or tok.dep_ in ("nsubj", "nsubjpass") or tok.head.dep_ in ("nsubj", "nsubjpass"):
        return found
    for _ in range(3):
        found |= {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
        if found or verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            break
        verb = verb.head
    return found


def is_definite_or_bare(head: Token, left: int) -> bool:
    """'police', 'the protesters', 'security forces': not 'a soldier' or 'some officials'."""
    return head.doc[left].lower_ not in INDEFINITE


def is_singular(tok: Token) -> bool:
    return tok.tag_ not in ("NNS", "NNPS")


def phrase_start(head: Token) -> int:
    """First token of the noun phrase a head noun heads (determiners, modifiers, possessors)."""
    left = head.i
    for child in head.lefts:
        if child.dep_ in ("det", "amod", "compound", "poss", "nmod", "nummod", "quantmod", "advmod", "npadvmod", "cc", "conj", "punct", "case", "predet"):
            left = min(left, min(t.i for t in child.subtree))
    while left < head.i and head.doc[left].is_punct:
        left += 1
    return left
