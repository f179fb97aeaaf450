"""Passes over all the events of a document, after each trigger has been read on its own.

News tells one act in several places: its content in a complement ("demanded that X
release …"), its parties in another clause ("…, accusing them of"), its second telling in a
participle ("struck targets, killing 12"). These passes put such pieces together; each takes
the document's ``_Events`` reader (its parse helpers) and the list of hits.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..actors.context import window_start
from ..components import tokens_with
from .grammar import (
    ALLEGED,
    ANSWER_WORDS,
    CHARGE_PREPS,
    COMMENTATORS,
    CONFLICTUAL,
    FORCE_TYPES,
    FREEDOM_NOUNS,
    HOSTING_VERBS,
    JUDGING_TYPES,
    KILL_VERBS,
    MAKER_VERBS,
    OWN_POSSESSIVES,
    PERMIT_VERBS,
    PERPETRATOR_NOUNS,
    PROMPT_VERBS,
    PROPOSED_TEXTS,
    PUNISHMENT_WORDS,
    PURPOSE_RESTATED,
    RECEIVE_VERBS,
    REFERRING_PRONOUNS,
    RELATION_NOUNS,
    REPORT_VERBS,
    SEIZE_VERBS,
    SELF_PRONOUNS,
    SUBJECTS,
    SUMMARY_NOUNS,
    counted,
    definite,
    hyphen_makers,
    infinitive_advcl,
    object_root,
    stray_finite,
    stray_participle,
)

if TYPE_CHECKING:
    from .extract import EventHit, _Events


def run(ev: "_Events", hits: list["EventHit"]) -> list["EventHit"]:
    hits = fold_demanded(ev, hits)
    claimed_acts(ev, hits)
    mediated_parties(ev, hits)
    referred_recipients(ev, hits)
    shared_objects(ev, hits)
    prompted_responses(ev, hits)
    answered_acts(ev, hits)
    owners_of_judged(ev, hits)
    hits = yielded_demands(ev, hits)
    hits = acts_referred_to(ev, hits)
    hits = judged_again(ev, hits)
    refused_despite(ev, hits)
    hits = military_backing(ev, hits)
    guests_and_hosts(ev, hits)
    perpetrators(ev, hits)
    agents_in_when_clauses(ev, hits)
    own_people(ev, hits)
    given_to_others(ev, hits)
    withdrawn_from(ev, hits)
    received_gifts(ev, hits)
    released_to_whom(ev, hits)
    hits = merge_restated(ev, hits)
    hits = acts_as_agents(ev, hits)
    hits = one_meeting(ev, hits)
    hits = one_operation(ev, hits)
    hits = merge_summed_up(ev, hits)
    hits = [h for h in hits if not forecast(ev, h) and not backs_itself(ev, h)]
    settle(ev, hits)
    return hits


def backs_itself(ev: "_Events", h: "EventHit") -> bool:
    """'to defend its sovereignty', 'praised its own record': support (PLOVER SUPPORT is for
    another party) of what the actor itself owns is no event."""
    if h.type != "SUPPORT" or h.entry is None or h.entry.pos != "verb":
        return False
    own = {ev._country(a) for a in h.actors}
    for obj in (c for c in ev.doc[h.trigger[0]].children if c.dep_ == "dobj"):
        owner = next((c for c in obj.children if c.dep_ == "poss"), None)
        if owner is None or owner.lower_ not in OWN_POSSESSIVES or obj.i in ev.token_actor \
                or obj.lemma_.lower() in RELATION_NOUNS:
            return False  # (not "thanked his guest", "praised its ally Damascus": another party)
        # the owner is the actor, or no one else: "it would take countermeasures to defend its rights"
        return all(ev._country(a) in own or not h.actors for a in h.recipients)
    return False


def settle(ev: "_Events", hits: list["EventHit"]) -> None:
    """Each party once; and an act whose target is an organisation, or the actor's own state,
    may be of another type there ("announced their withdrawal from ECOWAS" cuts ties: the
    lexicon's from_organisation; "barred the opposition leader from running" is repression: its
    domestic)."""
    infos = ev.doc._.stellung_actors or {}
    for h in hits:
        h.actors = list(dict.fromkeys(h.actors))
        h.recipients = list(dict.fromkeys(h.recipients))
        if h.entry is None or h.intent is not None:
            continue
        own = {ev._country(a) for a in h.actors}
        if h.entry.from_organisation and any(a in infos and infos[a].kind == "igo" for a in h.recipients):
            _retype(h, h.entry.from_organisation)
        elif h.entry.official and h.actors and all(
                a in infos and (infos[a].kind in ("state", "igo") or infos[a].sector == "GOV") for a in h.actors) \
                and not _people_of(ev, h):
            _retype(h, h.entry.official)  # "Pakistan protested to Kabul": a complaint, not a demonstration
        elif h.entry.domestic and h.recipients and len(own) == 1 and None not in own \
                and all(ev._country(a) in own for a in h.recipients):
            _retype(h, h.entry.domestic)  # "barred the opposition leader from running": repression at home


def _people_of(ev: "_Events", h: "EventHit") -> bool:
    """Whether the act's subject names a state's people ("thousands of Kenyans"), not the state."""
    subject = ev._subject(ev.doc[h.trigger[0]])
    if subject is None:
        return False
    span = range(subject.left_edge.i, subject.right_edge.i + 1)
    return any(m.start in span and m.how == "demonym" for m in ev.doc._.stellung_mentions or ())


def _retype(h: "EventHit", kind: str) -> None:
    """The event as the other type its entry names for where it is aimed (no mode or code of the first)."""
    h.type, h.entry = kind, replace(h.entry, type=kind, mode=None, cameo=None, from_organisation=None, domestic=None,
                                    official=None)


def fold_demanded(ev: "_Events", hits: list["EventHit"]) -> list["EventHit"]:
    """'demanded that Mugabe abandon the policy', 'urged China to stop': the demanded act
    has not happened; it is what the REQUEST asks for (its intent), not an event of its own."""
    # (and "allowed inspectors to visit the site": the concession is letting them)
    demands = {h.trigger[0]: h for h in hits if (h.type in ("REQUEST", "THREATEN", "REJECT", "ACCUSE") or
                                                 h.type == "CONCEDE" and ev.doc[h.trigger[0]].lemma_ in PERMIT_VERBS)
               and h.intent is None and h.entry is not None and h.entry.type == h.type}
    refusals = {ev.doc[h.trigger[0]].head.i: h for h in hits if h.type == "REJECT" and h.intent is not None}
    kept = []
    for h in hits:
        tok = ev.doc[h.trigger[0]]
        # "threatened Iran with sanctions": the threatened act may be a noun in a "with" phrase
        # "demanded a ceasefire", "rejected direct negotiations": the object names the act
        # "blocked the adoption of new EU aid", "called for a ceasefire": the act asked for,
        # threatened or refused may sit down the object's of-phrases or in a "for" phrase
        noun = h.entry is not None and h.entry.pos == "noun"
        root = object_root(tok) if noun else tok
        infinitive = tok.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        if tok.dep_ == "xcomp" and (tok.head.dep_ == "xcomp" or infinitive_advcl(tok.head)) \
                and tok.head.head.i in demands:
            # "called on the Council to compel Israel to withdraw", "called on the junta to stop
            # bombing civilians": still asked for
            tok = tok.head
        governor = tok.head.i if tok.dep_ in ("ccomp", "xcomp") or infinitive or infinitive_advcl(tok) else \
            root.head.i if noun and root.dep_ == "dobj" else \
            tok.head.head.i if tok.dep_ == "pobj" and tok.head.lower_ in ("with", "for") else None
        charge = tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ in CHARGE_PREPS and tok.head.dep_ == "prep"
        if charge:
            # "accused Kyiv of targeting civilians", "condemned X for the crackdown"; the phrase may
            # hang on the accused ("accused the Commission of blackmail") or on a gerund the
            # accusation was folded into ("filed a case …, accusing Israel of genocide")
            up = tok.head.head
            for _ in range(2):
                if demands.get(up.i) is not None or up.head.i == up.i:
                    break
                up = up.head
            charge = demands.get(up.i) is not None and demands[up.i].type == "ACCUSE"
            governor = up.i if charge else governor
        outer = demands.get(governor) if governor is not None else None
        if outer is None and noun and root.dep_ == "dobj" and root.head.dep_ in ("xcomp", "ccomp") \
                and root.head.head.i in demands and root.head.i not in demands:
            # "urged New Delhi to secure their release": the act asked for, named by the object
            # of a verb that is no event itself
            outer = demands[root.head.head.i]
        if outer is None and governor is not None and noun and h.type in ("REQUEST", "ACCUSE"):
            # "rejected a US call to pull its troops out": the refusal verb's REJECT is the
            # refused act's ("pull"), told by the verb that names the call
            outer = refusals.get(governor)
        if outer is not None and outer.type == "ACCUSE" and not charge:
            outer = None  # what an accuser said happened ("alleged that troops shelled …") stays reported
        refused = outer is not None and outer is not h and outer.type == "REJECT" and h.type in ("REQUEST", "ACCUSE") \
            and noun
        if refused and root.dep_ == "dobj" and set(h.actors) <= set(outer.actors):
            continue  # "rejected its demand": the refused demand is no demand of the one refusing
        if refused and h.actors and not set(h.actors) <= set(outer.actors):
            # "rejected calls by Biden", "rejected the criticism from Brussels": made by someone
            # else, to the one who rejects them
            h.recipients = [a for a in outer.actors if a not in h.actors]
            kept.append(h)
            continue
        # (a concession asked for is content too: "called on Israel to allow access")
        # (and a charge asked of a court: "asked judges to issue an arrest warrant for …")
        legal = h.type == "ACCUSE" and h.entry is not None and h.entry.mode == "allege" and outer is not None \
            and outer.type == "REQUEST" and tok.dep_ == "xcomp"
        request = outer if outer is not h and (h is not demands.get(tok.i) or charge or h.type == "CONCEDE" or legal) \
            else None
        if request is not None and request.type == "REJECT" and root.dep_ != "dobj":
            request = None  # "rejected calls to resign" and the like keep their own events
        if request is not None and noun and h.actors and not set(h.actors) <= set(request.actors + request.recipients) \
                and not charge and request.type in ("ACCUSE", "REJECT"):
            # an act someone else did: "condemned the strikes by Israel" keeps them (not what a
            # threat or demand names: "threatened to trigger the snapback of UN sanctions")
            request = None
        if request is None or h.negated:
            kept.append(h)
            continue
        if legal and request is outer:
            # asking judges to charge someone is charging them (CAMEO 112), the asker's act
            request.type, request.intent, request.recipients = "ACCUSE", "ACCUSE", list(h.recipients)
            continue
        if h.type == "SUPPORT" and h.recipients and request.type == "REQUEST":
            # "urged the EU to support the PLO": rallying support on the PLO's behalf, CAMEO 053
            request.type, request.intent, request.recipients = "SUPPORT", "SUPPORT", list(h.recipients)
            continue
        request.intent = h.type
        if not request.recipients:  # (the speaker's own side is no target: "warned Caracas would …")
            request.recipients = [a for a in h.actors if a not in request.actors
                                  and not ev._same_government(a, request.actors)]
    alleged = _contents(ev, hits, demands)
    return [h for h in kept if h.trigger[0] not in alleged]


def _contents(ev: "_Events", hits: list["EventHit"], demands: dict) -> set[int]:
    """Tokens of what accusations, convictions, refused or demanded texts and threats' conditions
    only name: acts that did not happen as told, so no events of their own."""
    # all an accusation alleges, however deep ("accused Moscow of funding a network that paid
    # voters to back its candidates"), is the charge, not acts of their own;
    # so is what a court convicts for ("was sentenced for defying the rulings of the envoy")
    alleged: set[int] = set()
    for h in hits:
        if h.entry is None or h.entry.pos != "verb" or not (
                h is demands.get(h.trigger[0]) and h.type == "ACCUSE" or h.entry.mode == "convict"):
            continue
        verb = ev.doc[h.trigger[0]]
        holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        for p in (c for t in holders for c in t.children if c.dep_ == "prep" and c.lower_ in CHARGE_PREPS):
            stray = {i for t in p.subtree if stray_finite(t) is not None for i in (s.i for s in t.subtree)}
            alleged.update(t.i for t in p.subtree if t.i not in stray)
            # "accusing Rwanda of training and arming the rebels": the parser may join the second
            # gerund of the charge to the accusing verb
            if p.right_edge.lower_.endswith("ing"):
                for c in verb.children:
                    if c.dep_ == "conj" and c.tag_ == "VBG" and c.i == p.right_edge.i + 2:
                        alleged.update(t.i for t in c.subtree)
        # "filed a case against the UAE over its alleged role in arming the RSF": what the
        # accuser's sentence marks as alleged
        for t in verb.sent:
            if any(c.lower_ in ALLEGED for c in t.children if c.dep_ in ("amod", "advmod")):
                alleged.update(g.i for g in t.subtree)
    # "rejected a proposal from Helsinki to reopen border crossings", "vetoed a resolution
    # calling for a ceasefire", "urged a law banning …": what a refused or demanded text
    # proposes has not happened; nor has what a text not adopted proposes ("failed to adopt a
    # resolution demanding a ceasefire")
    for h in hits:
        verb = ev.doc[h.trigger[0]]
        refused = h.type in ("REJECT", "REQUEST", "THREATEN") and h is demands.get(h.trigger[0])
        not_adopted = h.negated and any(c.dep_ == "dobj" and c.lemma_.lower() in PROPOSED_TEXTS for c in verb.children)
        if h.entry is None or h.entry.pos != "verb" or not (refused or not_adopted):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        # "vetoed a proposal by Britain for a resolution demanding a ceasefire": the text proposed
        objects += [g for o in [verb, *objects] for p in o.children if p.dep_ == "prep" and p.lower_ == "for"
                    for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in PROPOSED_TEXTS]
        for obj in objects:
            for t in obj.children:
                proposing = t.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
                if t.dep_ == "acl" and proposing:
                    # (an act it names by its doer stays: "a statement condemning Georgia's crackdown")
                    owned = {g.i for d in t.children if d.dep_ == "dobj" and any(c.dep_ == "poss" for c in d.children)
                             for g in d.subtree}
                    # (nor a clause of its own the parser hangs there: "… after Russia vetoed it")
                    owned |= {g.i for d in t.subtree if d.dep_ == "advcl" and any(c.dep_ in SUBJECTS for c in d.children)
                              for g in d.subtree}
                    alleged.update(g.i for g in t.subtree if g.i not in owned)
    # "warned it would close the strait if the United States attacked": the condition is part
    # of the threat (its recipient), not an act of its own
    for h in hits:
        if h.type != "THREATEN" or h.entry is None or h.entry.pos != "verb":
            continue
        verb = ev.doc[h.trigger[0]]
        for t in [verb, *(c for c in verb.children if c.dep_ in ("ccomp", "xcomp"))]:
            for c in t.children:
                if c.dep_ in ("advcl", "conj") and any(m.dep_ == "mark" and m.lower_ in ("if", "unless")
                                                       for m in c.children):
                    alleged.update(g.i for g in c.subtree)
    return alleged


def mediated_parties(ev: "_Events", hits: list["EventHit"]) -> None:
    """'a prisoner swap mediated by the UAE', 'agreed … under a deal brokered by China': a
    third party's mediation is addressed to the parties of the event it brokered."""
    by_trigger = {h.trigger[0]: h for h in hits}
    for h in hits:
        if h.entry is None or h.entry.mode != "third-party" or h.recipients:
            continue
        tok = ev.doc[h.trigger[0]]
        if tok.dep_ != "acl":
            continue
        for anc in list(tok.ancestors)[:4]:
            other = by_trigger.get(anc.i)
            if other is not None and other is not h and (other.actors or other.recipients):
                h.recipients = [a for a in dict.fromkeys(other.actors + other.recipients) if a not in h.actors]
                break


def referred_recipients(ev: "_Events", hits: list["EventHit"]) -> None:
    """Targets named by reference to another event of the sentence: ", accusing them of …"
    after "expelled three French diplomats" (the main act's target); "a move Israel
    condemned", "a verdict Washington denounced", "a step hailed by the Commission" (the
    parties of the act the noun sums up);
    "Lai's address, which Beijing condemned" (the noun's own owner)."""
    by_trigger = {h.trigger[0]: h for h in hits}
    for h in hits:
        tok = ev.doc[h.trigger[0]]
        # (a protest's own state is only its default target: "telephoned his Afghan counterpart to protest")
        default = h.type == "PROTEST" and {ev._country(a) for a in h.recipients} <= {ev._country(a) for a in h.actors}
        call = by_trigger.get(tok.head.i) if infinitive_advcl(tok) or tok.dep_ == "xcomp" else None
        if (not h.recipients or default) and call is not None and call.type == "CONSULT" and call.recipients \
                and h.type in ("REQUEST", "ACCUSE", "SUPPORT", "THREATEN", "PROTEST") \
                and not any(c.dep_ in ("dobj", "dative") and c.i in ev.token_actor for c in tok.children):
            # "telephoned President Diaz-Canel to urge clemency": what a call was made for is said
            # to the one called
            h.recipients = [a for a in call.recipients if a not in h.actors]
            continue
        if h.recipients:
            continue
        pronoun = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ in REFERRING_PRONOUNS), None)
        if tok.dep_ == "advcl" and tok.tag_ == "VBG" and (pronoun is not None or h.type in ("REQUEST", "ACCUSE")
                                                          and not any(c.dep_ == "dobj" and c.i in ev.token_actor
                                                                      for c in tok.children)):
            # "marched against the government, demanding early elections": the demand goes
            # to whom the march is against
            # the act on the head verb, else the nearest earlier one of the sentence with a target
            main = by_trigger.get(tok.head.i) or next(
                (o for o in reversed(hits) if o is not h and o.recipients and o.trigger[0] < tok.i
                 and ev.doc[o.trigger[0]].sent.start == tok.sent.start), None)
            if main is not None:
                h.recipients = [a for a in main.recipients if a not in h.actors]
        elif tok.dep_ == "advcl" and h.type in JUDGING_TYPES and _summing_subject(tok):
            # "…, a ruling Amnesty International condemned": the parser reads the noun that sums
            # up the act before as part of the judge's name; the judged are that act's doers
            main = by_trigger.get(tok.head.i)
            if main is not None:
                h.recipients = [a for a in main.actors if a not in h.actors]
        elif (tok.dep_ == "relcl" or tok.dep_ == "acl" and tok.tag_ == "VBN") and h.type in JUDGING_TYPES:
            # "…, a move condemned by the OAS", "the attack, which was condemned by the AU"
            noun = tok.head
            named = by_trigger.get(noun.i)
            found = [a for a in (named.actors if named is not None else ev._actors_in(noun)) if a not in h.actors]
            if not found:
                earlier = [o for o in hits if o is not h and o.actors and o.trigger[0] < noun.i
                           and ev.doc[o.trigger[0]].sent.start == tok.sent.start]
                found = [a for a in earlier[-1].actors if a not in h.actors] if earlier else []
            h.recipients = found


def _summing_subject(verb) -> bool:
    """Whether the verb's subject opens with an article and a noun that sums up an act ("a
    ruling Amnesty International …", "a move the government …")."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None or verb.i == 0 or verb.doc[subject.left_edge.i - 1].text != ",":
        return False
    words = list(subject.subtree)
    return len(words) > 2 and words[0].lower_ in ("a", "an", "the") and words[1].lower_ in SUMMARY_NOUNS


def shared_objects(ev: "_Events", hits: list["EventHit"]) -> None:
    """'did not attack or shell Ukrainian towns', 'stormed and set fire to the embassy': verbs
    joined without an object of their own act on the object of the verb they are joined to."""
    by_trigger = {h.trigger[0]: h for h in hits}
    for h in hits:
        tok = ev.doc[h.trigger[0]]
        joined = tok.head if tok.dep_ == "xcomp" and tok.head.i not in by_trigger else tok  # "vowed to retaliate"
        own = {ev._country(a) for a in h.actors}
        if joined.dep_ == "ccomp" and joined.head.lemma_.lower() in REPORT_VERBS and joined.head.i not in by_trigger \
                and not any(c.dep_ in SUBJECTS and c.i in ev.token_actor and ev._country(ev.token_actor[c.i]) not in own
                            for c in joined.children):
            # "condemned the expulsions and said it would respond in kind", "accused Washington of
            # economic terrorism and said Tehran refused to negotiate"
            joined = joined.head
        if h.type in ("THREATEN", "REQUEST", "REJECT") and not h.recipients and joined.dep_ == "conj" \
                and joined.head.i in by_trigger and by_trigger[joined.head.i].type in ("ACCUSE", "REJECT", "THREATEN") \
                and not any(g.dep_ in SUBJECTS for g in joined.children) \
                and own & {ev._country(a) for a in by_trigger[joined.head.i].actors}:
            # "denounced the British government's measures and promised a response", "accused Kyiv
            # of terrorism and vowed to retaliate", "lodged a protest with Colombo and demanded their
            # release": the threat or demand is aimed where the denunciation was
            h.recipients = [a for a in by_trigger[joined.head.i].recipients if a not in h.actors]
            continue
        if h.recipients or tok.pos_ != "VERB" or any(c.dep_ in ("dobj", "prep", "dative") for c in tok.children):
            continue
        for c in tok.children:
            other = by_trigger.get(c.i)
            if c.dep_ == "conj" and other is not None and other.recipients \
                    and not any(g.dep_ in SUBJECTS + ("nsubjpass",) for g in c.children):
                h.recipients = [a for a in other.recipients if a not in h.actors]
                break


def prompted_responses(ev: "_Events", hits: list["EventHit"]) -> None:
    """'The US and South Korea launched exercises, prompting Pyongyang to warn of
    countermeasures': an act prompted by another clause answers that clause's subject."""
    by_trigger = {h.trigger[0]: h for h in hits}
    for h in hits:
        tok = ev.doc[h.trigger[0]]
        # (a sea or region of no state is no one answered either)
        own_side = all(ev._same_government(a, h.actors) or a in h.actors or ev._country(a) is None for a in h.recipients)
        # "prompting Beijing to warn that it would take countermeasures": from the threat's noun
        # up to the clause the prompting verb governs
        while tok.dep_ in ("dobj", "ccomp") and tok.head.i != tok.i and tok.head.lemma_.lower() not in PROMPT_VERBS \
                and h.entry is not None and (h.entry.pos == "noun" or tok.i != h.trigger[0]):
            tok = tok.head
        if not own_side or tok.dep_ not in ("xcomp", "ccomp", "conj"):
            continue  # (a protest's own government is only the default target: "forcing Guyana to protest")
        if any(c.dep_ in ("dobj", "dative") and set(ev._actors_in(c)) & set(h.recipients) for c in tok.children):
            continue  # "prompting Tamil Nadu's chief minister to urge New Delhi to …": named by the act
        v = tok.head
        if tok.dep_ == "conj" and v.dep_ in ("xcomp", "ccomp"):
            v = v.head  # "prompting Bangkok to recall its ambassador and expel …"
        if v.lemma_.lower() not in PROMPT_VERBS or v.dep_ not in ("advcl", "conj") or v.tag_ != "VBG":
            continue
        cause = v.head
        found = by_trigger.get(cause.i)
        actors = found.actors if found is not None and found.actors else ev._actors_in(ev._subject(cause))
        answered = [a for a in actors if a not in h.actors and not ev._same_government(a, h.actors)]
        h.recipients = answered or h.recipients


def answered_acts(ev: "_Events", hits: list["EventHit"]) -> None:
    """An answer aimed at no one is aimed at the act it answers. 'Estonia expelled a Russian
    diplomat. Moscow promised a tit-for-tat response': a threat of an answer goes to whoever
    last acted against the threatener's state; 'Azerbaijani border guards detained two Armenian
    shepherds. Yerevan demanded their release': a demand to free people goes to whoever last
    held or seized people (in its sentence or the two before)."""
    for h in hits:
        own = _countries(ev, h.actors)
        if not own or h.recipients:
            continue  # ("urged New Delhi to secure their release": addressed to whom it names)
        tok = ev.doc[h.trigger[0]]
        said = {tok.lemma_.lower()} | {t.lemma_.lower() for c in tok.children if c.dep_ not in SUBJECTS
                                       for t in c.subtree}
        if h.type == "THREATEN" and said & ANSWER_WORDS:
            def answered(o):
                return o.type in CONFLICTUAL | {"ACCUSE", "THREATEN", "REJECT"} and own & _countries(ev, o.recipients)
        elif h.type == "REQUEST" and said & FREEDOM_NOUNS:
            def answered(o):
                return o.type == "COERCE" or o.type == "ASSAULT" and ev.doc[o.trigger[0]].lemma_.lower() in SEIZE_VERBS
        else:
            continue
        first = window_start(ev.doc, tok.i, 3)
        earlier = [o for o in hits if first <= o.trigger[0] < tok.i and o.actors and answered(o)
                   and not own & _countries(ev, o.actors)]
        if earlier:
            h.recipients = list(earlier[-1].actors)


def yielded_demands(ev: "_Events", hits: list["EventHit"]) -> list["EventHit"]:
    """'Yerevan accepted Baku's demand to withdraw the lawsuits', 'bowed to the protesters'
    demands': a demand someone yields to is the concession's target, not a new request."""
    by_trigger = {h.trigger[0]: h for h in hits}
    dropped = set()
    for h in hits:
        if h.type != "REQUEST" or h.entry is None or h.entry.pos != "noun":
            continue
        tok = ev.doc[h.trigger[0]]
        governor = tok.head if tok.dep_ == "dobj" else tok.head.head if tok.dep_ == "pobj" else None
        yielding = by_trigger.get(governor.i) if governor is not None else None
        if yielding is None or yielding.type not in ("CONCEDE", "AGREE"):
            continue
        if not yielding.recipients:
            yielding.recipients = [a for a in h.actors if a not in yielding.actors]
        dropped.add(id(h))
    return [h for h in hits if id(h) not in dropped]


def owners_of_judged(ev: "_Events", hits: list["EventHit"]) -> None:
    """'rejected its proposal', 'accepted Baku's demand', 'dismissed the junta's election plans':
    a stance on something someone owns or made is addressed to its owner or maker."""
    for h in hits:
        if h.type not in JUDGING_TYPES | {"CONCEDE"} or h.entry is None or h.entry.pos != "verb" \
                or h.recipients and h.type != "REJECT":
            continue
        tok = ev.doc[h.trigger[0]]
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None or obj.i in ev.token_actor:
            continue
        obj = object_root(obj)
        # (the parser may hang "by Washington" on the active verb itself)
        owners = [c for c in obj.children if c.dep_ == "poss"] + [
            g for c in (*obj.children, *tok.children) if c.dep_ == "prep" and c.lower_ in ("by", "from")
            for g in c.children if g.dep_ == "pobj" and (c.head is obj or not any(
                a.dep_ == "auxpass" for a in tok.children))] + [
            # "accepted the reforms demanded by its creditors"
            g for acl in obj.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
            for c in acl.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"] + [
            # "vetoed a British-drafted resolution", "rejected a US-brokered proposal"
            g for g in hyphen_makers(obj) if g.i in ev.token_actor] + [
            # "vetoed the draft, which Britain and Sierra Leone had sponsored"
            g for made in obj.children if made.dep_ == "relcl" and made.lemma_.lower() in MAKER_VERBS
            for g in made.children if g.dep_ in ("nsubj", "agent")]
        found = [a for o in owners for a in ev._actors_in(o)]
        if h.recipients:
            # "vetoed a proposal by Britain for a resolution on Sudan": a refusal is addressed to
            # whoever made what it refuses, not to those the refused text concerns
            if found:
                h.recipients = [a for a in dict.fromkeys(found) if a not in h.actors]
            continue
        pronoun = next((o for o in owners if o.lower_ in ("its", "their") and o.i not in ev.token_actor), None)
        if not found and pronoun is not None:
            # "received an ECOWAS delegation but rejected its proposal": the last one named before
            found = [a for a in (ev.token_actor.get(i) for i in range(pronoun.i - 1, pronoun.sent.start - 1, -1))
                     if a is not None and ev._country(a) not in {ev._country(x) for x in h.actors}][:1]
        h.recipients = [a for a in dict.fromkeys(found) if a not in h.actors and not ev._same_government(a, h.actors)]


def acts_referred_to(ev: "_Events", hits: list["EventHit"]) -> list["EventHit"]:
    """'Nicaragua stripped 94 opponents of their citizenship. The EU condemned the decision.';
    'Syria and the SDF signed an agreement … Turkey welcomed the accord': a stance on an act
    told before, named by a definite noun, is addressed to that act's parties; an event noun
    that only names it again is no second event."""
    by_trigger = {h.trigger[0]: h for h in hits}
    dropped: set[int] = set()
    for h in hits:
        if h.recipients or h.type not in JUDGING_TYPES or h.entry is None or h.entry.pos != "verb":
            continue
        tok = ev.doc[h.trigger[0]]
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None or obj.i in ev.token_actor or not definite(obj):
            continue
        if any(c.dep_ in ("poss", "relcl", "acl") or c.dep_ == "prep" and c.lower_ != "as" for c in obj.children):
            continue  # its own owner or phrase says whose it is (not "… the move as a violation")
        named = by_trigger.get(obj.i)
        if named is not None and (named.recipients or not set(named.actors) <= set(h.actors)):
            continue  # (a noun object takes its verb's subject: "Turkey welcomed the accord" is not Turkey's)
        # ("called the trip a disappointment": an event noun the verb's entry took as its object)
        as_noun = ev.lex.nouns.get(obj.lemma_.lower(), ())
        if named is None and obj.lemma_.lower() not in SUMMARY_NOUNS and not as_noun:
            continue
        kinds = {named.type, "SUPPORT"} if named is not None and named.type == "AGREE" else \
            {named.type} if named is not None else \
            {e.type for e in as_noun} if as_noun else None  # (an accord is signed: SUPPORT in PLOVER)
        visit = any(e.mode == "visit" for e in as_noun)  # (a trip is the visitor's, talks are both sides')
        window = window_start(ev.doc, obj.i, 3)  # this sentence and the two before
        told = [o for o in hits if o is not h and o is not named and id(o) not in dropped and o.actors
                and window <= o.trigger[0] < obj.i and (kinds is None or o.type in kinds)]
        if not told:
            if named is None and tok.sent.start > 0:
                # "Venezuela's National Assembly approved a law … Guyana condemned the move": an
                # act no event names; its mover is the subject of the sentence before
                before = ev.doc[tok.sent.start - 1].sent.root
                movers = ev._actors_in(next((c for c in before.children if c.dep_ in SUBJECTS), None))
                h.recipients = [a for a in movers if a not in h.actors and not ev._same_government(a, h.actors)]
            continue
        # (a visit is the last act told as one: not the talks held during it)
        act = next((o for o in reversed(told) if o.entry is not None and o.entry.mode == "visit"), told[-1]) \
            if visit else told[-1]
        both = act.type in ("AGREE", "SUPPORT") or act.type == "CONSULT" and not visit
        # "Putin received Orban … the EU condemned the visit": the host's guest made the visit
        parties = _guests_and_hosts(ev, act)[0] if visit else act.actors + (act.recipients if both else [])
        h.recipients = [a for a in dict.fromkeys(parties) if a not in h.actors]
        if named is not None:
            dropped.add(id(named))
    return [h for h in hits if id(h) not in dropped]


def refused_despite(ev: "_Events", hits: list["EventHit"]) -> None:
    """'declined to resign despite pressure by the anti-corruption commission', 'refused to
    withdraw despite US calls': a refusal is addressed to those who pressed for what it refuses."""
    for h in hits:
        if h.type != "REJECT" or h.recipients:
            continue
        tok = ev.doc[h.trigger[0]]
        verbs = [tok, tok.head] if tok.dep_ == "xcomp" else [tok]
        for prep in (c for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ == "despite"):
            for noun in (g for g in prep.children if g.dep_ == "pobj"):
                pressers = [c for c in noun.children if c.dep_ == "poss"
                            or c.dep_ in ("amod", "compound") and c.i in ev.token_actor]
                pressers += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                             for g in c.children if g.dep_ == "pobj"]
                found = [a for g in pressers for a in ev._actors_in(g) if a not in h.actors]
                if found:
                    h.recipients = found
                    break


def judged_again(ev: "_Events", hits: list["EventHit"]) -> list["EventHit"]:
    """'Burkina Faso expelled two French diplomats … Paris condemned the expulsions by
    Ouagadougou': a definite event noun a stance is taken on, naming an act of the same kind by
    the same state told before, is that act again, not a second one."""
    dropped = set()
    for h in hits:
        if h.type not in JUDGING_TYPES or h.entry is None or h.entry.pos != "verb":
            continue
        tok = ev.doc[h.trigger[0]]
        for obj in (c for c in tok.children if c.dep_ == "dobj"):
            named = next((o for o in hits if o.trigger[0] == obj.i and o is not h), None)
            if named is None or not definite(obj):
                continue
            done = {ev._country(a) for a in named.actors} - {None}
            window = window_start(ev.doc, obj.i, 3)
            if done and any(o is not named and o.type == named.type and window <= o.trigger[0] < tok.sent.start
                            and done <= {ev._country(a) for a in o.actors} for o in hits):
                dropped.add(id(named))
    return [h for h in hits if id(h) not in dropped]


def military_backing(ev: "_Events", hits: list["EventHit"]) -> list["EventHit"]:
    """'Somali troops, backed by African Union forces, retook the town': forces that back an
    attack take part in it, and 'backed by U.S. airstrikes' are strikes on the same enemy; neither
    is the verbal backing PLOVER calls SUPPORT."""
    by_trigger = {h.trigger[0]: h for h in hits}
    infos = ev.doc._.stellung_actors or {}
    dropped = set()
    for h in hits:
        tok = ev.doc[h.trigger[0]]
        if h.type != "SUPPORT" or h.entry is None or h.entry.pos != "verb" or tok.dep_ != "acl" or tok.tag_ != "VBN":
            continue
        backed = tok.head
        main = by_trigger.get(backed.head.i) if backed.dep_ in ("nsubj", "nsubjpass") else None
        if main is None or main.type not in CONFLICTUAL:
            continue
        for agent in (g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"):
            strike = by_trigger.get(agent.i)
            forces = [a for a in ev._actors_in(agent) if a in infos and infos[a].sector == "MIL"]
            if strike is not None and strike.type in CONFLICTUAL:
                strike.recipients = strike.recipients or [a for a in main.recipients if a not in strike.actors]
            elif forces:  # (not "backed by Rwanda": a state's backing stays support)
                main.actors += [a for a in forces if a not in main.actors]
            else:
                continue
            dropped.add(id(h))
    return [h for h in hits if id(h) not in dropped]


def guests_and_hosts(ev: "_Events", hits: list["EventHit"]) -> None:
    """'Putin received Orban … He thanked his guest': the guest is the visitor of the last visit
    told (the one received or hosted, or the one who visited), the host the other side."""
    for h in hits:
        tok = ev.doc[h.trigger[0]]
        if h.entry is None or h.entry.pos != "verb":
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in ("guest", "visitor", "host")
                    and any(p.dep_ == "poss" for p in c.children) and c.i not in ev.token_actor), None)
        if obj is None:
            continue
        window = window_start(ev.doc, tok.i, 3)
        visit = next((o for o in reversed(hits) if o is not h and o.type == "CONSULT" and o.entry is not None
                      and o.entry.mode == "visit" and window <= o.trigger[0] < tok.i), None)
        if visit is None:
            continue
        guests, hosts = _guests_and_hosts(ev, visit)
        parties = hosts if obj.lemma_.lower() == "host" else guests
        found = [a for a in parties if a not in h.actors and not ev._same_government(a, h.actors)]
        if found:
            h.recipients = found


def _guests_and_hosts(ev: "_Events", visit: "EventHit") -> tuple[list[str], list[str]]:
    """The visitors and the hosts of a visit: "X visited Y" or "X received / hosted Y"."""
    if ev.doc[visit.trigger[0]].lemma_.lower() in HOSTING_VERBS:
        return visit.recipients, visit.actors
    return visit.actors, visit.recipients


def perpetrators(ev: "_Events", hits: list["EventHit"]) -> None:
    """'Al Shabaab militants stormed a hotel …, before security forces shot dead the five
    attackers': the attackers are who did the attack just told."""
    for h in hits:
        if h.recipients:
            continue
        tok = ev.doc[h.trigger[0]]
        objects = [counted(c) for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if not any(o.lemma_.lower() in PERPETRATOR_NOUNS and o.i not in ev.token_actor for o in objects):
            continue
        start = window_start(ev.doc, tok.i, 2)
        done = [o for o in hits if o is not h and o.type in ("ASSAULT", "COERCE") and o.actors
                and start <= o.trigger[0] < tok.i]
        if done:
            h.recipients = [a for a in done[-1].actors if a not in h.actors]


def agents_in_when_clauses(ev: "_Events", hits: list["EventHit"]) -> None:
    """'Six militants were killed when Pakistani troops raided a hideout': a passive act without
    its agent was done by the subject of the clause that says when."""
    for h in hits:
        tok = ev.doc[h.trigger[0]]
        if h.actors or not any(c.dep_ == "auxpass" for c in tok.children):
            continue
        for clause in tok.children:
            if clause.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as")
                                              for m in clause.children):
                found = ev._actors_in(next((c for c in clause.children if c.dep_ in SUBJECTS), None))
                if found:
                    h.actors = found
                    h.recipients = [a for a in h.recipients if a not in found]
                    break


def own_people(ev: "_Events", hits: list["EventHit"]) -> None:
    """'Myanmar's junta freed 5,000 prisoners', 'Cuba began releasing 553 prisoners', 'police
    detained dozens of demonstrators', 'the president withdrew the finance bill': people a
    government releases, coerces or yields to without a state named (nor a place of another
    state) are its own, so the act is addressed to its own state (as coders code it: MMR -> MMR)."""
    for h in hits:
        own_kind = h.type in ("COERCE", "CONCEDE") or (h.entry is not None and (h.entry.cameo or "").startswith("0841"))
        if h.recipients or h.entry is None or not own_kind or not h.actors:
            continue
        countries = {ev._country(a) for a in h.actors}
        tok = ev.doc[h.trigger[0]]
        if any(c.dep_ == "dobj" and c.lemma_.lower() == "other" for c in tok.children):
            # "killing four Palestinians and detaining a dozen others": the others are of the
            # people the act before named
            before = [o for o in hits if o is not h and o.recipients and o.trigger[0] < tok.i
                      and ev.doc[o.trigger[0]].sent.start == tok.sent.start]
            if before:
                h.recipients = [a for a in before[-1].recipients if a not in h.actors]
                continue
        if len(countries) == 1 and None not in countries and all(ev._official(a) for a in h.actors):
            country = countries.pop()
            # "deported him to Myanmar", "seized a mine operated by the French company Orano":
            # another state the clause sends them to, or the owner of what was taken
            objs = [c for c in tok.children if c.dep_ == "dobj"]
            objs += [g for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                     for g in p.children if g.dep_ == "pobj"]  # "seized control of the mine"
            others = [a for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"
                      for g in c.children if g.dep_ == "pobj" for a in ev._actors_in(g)] + \
                [a for o in objs for acl in o.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
                 for c in acl.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
                 for a in ev._actors_in(g)] + \
                [ev._state_for_place(ev.token_actor[g.i]) for o in objs for g in hyphen_makers(o)  # "Serbian-run offices"
                 if g.i in ev.token_actor]
            others = [a for a in others if ev._country(a) not in (None, country)]
            if not others:
                # "raided the Jenin camp in the occupied West Bank, arresting 15 suspects": people
                # taken where the clause (or the one a participle hangs on) happens are of that state
                scene = tok.head if tok.dep_ == "conj" and tok.tag_ == "VBG" and tok.head.tag_ == "VBG" else tok
                scene = scene.head if scene.dep_ == "advcl" and scene.tag_ == "VBG" else scene
                ev._target_from_place(h, scene)
                others = [a for a in h.recipients if ev._country(a) not in (None, country)]
            state = ev._state_id(country)
            h.recipients = others[:1] or ([state] if state else [])


def _countries(ev: "_Events", actors: list[str]) -> set[str]:
    """The country codes of the actors (those that have one)."""
    return {ev._country(a) for a in actors} - {None}


def given_to_others(ev: "_Events", hits: list["EventHit"]) -> None:
    """'pledged to double India's credit line to Dhaka', 'promised to send a team of Egyptian
    engineers to Sudan': what a state gives or promises is addressed to the other state it goes
    to, not to its own people or things named on the way."""
    for h in hits:
        own = _countries(ev, h.actors)
        if h.type not in ("AGREE", "AID") or not own or not h.recipients \
                or any(ev._country(a) not in own for a in h.recipients):
            continue
        tok = ev.doc[h.trigger[0]]
        content = [t for c in tok.children if c.dep_ not in SUBJECTS for t in c.subtree]
        others = [a for t in content if t.dep_ == "pobj" and t.head.lower_ in ("to", "for")
                  for a in ev._actors_in(t) if ev._country(a) not in own | {None}]
        if others:
            h.recipients = list(dict.fromkeys(others))[:1]


def released_to_whom(ev: "_Events", hits: list["EventHit"]) -> None:
    """'handed over three Israeli hostages to the Red Cross': people freed through a go-between
    are freed to their own state; the go-between is no party."""
    infos = ev.doc._.stellung_actors or {}
    for h in hits:
        if h.type != "RETREAT" or h.entry is None or h.entry.mode != "release":
            continue
        states = [a for a in h.recipients if ev._state_id(ev._country(a))]
        if states and len(states) < len(h.recipients):
            h.recipients = [a for a in h.recipients if a in states or a in infos and infos[a].kind not in ("ngo", "igo")]


def received_gifts(ev: "_Events", hits: list["EventHit"]) -> None:
    """'Haiti's council took delivery of 80 vehicles donated by Canada', 'Kyiv received tanks
    supplied by Germany': what another gave is given to whoever receives it."""
    for h in hits:
        tok = ev.doc[h.trigger[0]]
        if h.type != "AID" or h.recipients or tok.dep_ != "acl" or tok.tag_ != "VBN":
            continue
        noun = tok.head
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "dobj":
            noun = noun.head.head  # "took delivery of 80 vehicles"
        verb = noun.head
        if noun.dep_ == "dobj" and verb.lemma_.lower() in RECEIVE_VERBS:
            h.recipients = [a for a in ev._actors_in(ev._subject(verb)) if a not in h.actors]


def withdrawn_from(ev: "_Events", hits: list["EventHit"]) -> None:
    """'Lebanese troops deployed across the south. Israel began withdrawing its forces from
    several border villages': a withdrawal is from the other party, not from the withdrawing
    state's own forces; where the place names no state, it is the one other state the text
    around names (this sentence or the two before)."""
    infos = ev.doc._.stellung_actors or {}
    for h in hits:
        own = _countries(ev, h.actors)
        if h.type != "RETREAT" or h.entry is None or h.entry.mode != "withdraw" or not own or not h.recipients \
                or any(ev._country(a) not in own for a in h.recipients):
            continue  # (a state freeing its own prisoners frees them to itself)
        tok = ev.doc[h.trigger[0]]
        first = window_start(ev.doc, tok.i, 3)
        others = {infos[m.actor].country for m in ev.doc._.stellung_mentions or []
                  if first <= m.start < tok.sent.end and m.actor in infos and ev._state_id(infos[m.actor].country)}
        others -= own
        if len(others) == 1:
            h.recipients = [ev._state_id(others.pop())]


def claimed_acts(ev: "_Events", hits: list["EventHit"]) -> None:
    """'in an attack later claimed by the Pakistani Taliban', 'X claimed responsibility for the
    attack': who claims an act is its actor, and the actor of the act the claimed noun retells
    ("killed 12 soldiers in an ambush claimed by", an attack told in the sentence before)."""
    by_trigger = {h.trigger[0]: h for h in hits}
    # "Al-Shabaab claimed responsibility for the attack": the attack told before is theirs
    for verb in (t for t in tokens_with(ev.doc, ("claim",), attr="LEMMA") if t.pos_ == "VERB"):
        responsibility = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "responsibility"), None)
        act = next((g for c in (responsibility.children if responsibility is not None else ()) if c.dep_ == "prep"
                    and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"), None)
        claimers = ev._actors_in(ev._subject(verb)) if act is not None else []
        named = by_trigger.get(act.i) if act is not None else None
        if not claimers or named is None:
            continue
        start = window_start(ev.doc, verb.i, 2)
        told = [o for o in hits if o is not named and o.type == named.type and start <= o.trigger[0] < verb.i]
        if told:  # the acts of that type in the nearest sentence that tells one ("stormed …, killing")
            nearest = ev.doc[told[-1].trigger[0]].sent.start
            told = [o for o in told if ev.doc[o.trigger[0]].sent.start == nearest]
        _claimed_by([named, *told], claimers)
    for h in hits:
        tok = ev.doc[h.trigger[0]]
        if h.entry is None or h.entry.pos != "noun":
            continue
        for c in tok.children:
            if c.dep_ == "acl" and c.lemma_.lower() == "claim" and c.tag_ == "VBN":
                agent = next((g for g in c.children if g.dep_ == "agent"), None)
                claimers = ev._actors_in(next((g for g in agent.children if g.dep_ == "pobj"), None)) if agent else []
                if not claimers:
                    continue
                told = by_trigger.get(tok.head.head.i) if tok.dep_ == "pobj" else None
                _claimed_by([h, told] if told is not None and told.type == h.type else [h], claimers)


def _claimed_by(hits: list["EventHit"], claimers: list[str]) -> None:
    for one in hits:
        one.actors = list(claimers)
        one.recipients = [a for a in one.recipients if a not in claimers]


def merge_restated(ev: "_Events", hits: list["EventHit"]) -> list["EventHit"]:
    """One event told twice in one clause is one event: "struck targets …, killing 12",
    "met in Istanbul for talks", "the visit …, the first trip by a Korean leader". An event
    of the same type hanging on another's trigger through an object, a phrase, a complement,
    an apposition or a participle (not a coordination: "raided … and detained" are two acts)
    gives the first its missing arguments and is dropped."""
    by_trigger = {h.trigger[0]: h for h in hits}
    dropped: set[int] = set()
    for h in hits:
        tok = ev.doc[h.trigger[0]]
        outer = None
        told = False
        t = tok
        if tok.dep_ == "conj" and tok.pos_ in ("NOUN", "PROPN") and tok.head.i in by_trigger \
                and id(by_trigger[tok.head.i]) not in dropped:
            outer = by_trigger[tok.head.i]  # "sweeping tariffs and visa sanctions against Colombia"
        if outer is None and tok.dep_ == "conj" and tok.tag_ == "VBG" and tok.head.tag_ == "VBG" \
                and tok.head.dep_ == "advcl" and tok.head.i in by_trigger:
            # "hit an apartment block, killing 30 people and wounding dozens more": the second
            # participle tells the same attack as the first
            first = by_trigger[tok.head.i]
            if first.type == h.type and id(first) not in dropped:
                outer = first
        if outer is None and tok.dep_ == "conj" and tok.tag_ == "VBG" and tok.head.tag_ == "VBG" \
                and tok.head.dep_ == "advcl" and tok.head.i not in by_trigger and tok.head.head.i in by_trigger:
            # "rammed a supply vessel, damaging its hull and injuring three crew members": the
            # participles tell the act of the clause they hang on
            first = by_trigger[tok.head.head.i]
            if first.type == h.type and id(first) not in dropped:
                outer = first
        main = stray_participle(tok)
        if outer is None and main is not None and main.i in by_trigger and id(by_trigger[main.i]) not in dropped:
            outer = by_trigger[main.i]  # "bombed a monastery where …, killing 23 people"
        for _ in range(3 if outer is None else 0):
            # a threat or demand inside a threat or demand is the same one told again ("warned that
            # Beijing would take resolute countermeasures")
            told = told or t.dep_ == "ccomp" and h.type in ("THREATEN", "REQUEST")
            if t.dep_ in ("conj", "ROOT", "relcl", "parataxis") or t.dep_ == "ccomp" and not told or t.head.i == t.i:
                break
            if t.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
                break  # "agreed to resume talks after Boric and Arce spoke by telephone": a clause of its own
            t = t.head
            candidate = by_trigger.get(t.i)
            if candidate is None:
                # "launched military drills around Taiwan, deploying warships": the verb's object
                # noun is the event the participle tells again
                candidate = next((by_trigger[c.i] for c in t.children if c.dep_ == "dobj" and c.i in by_trigger
                                  and by_trigger[c.i].type == h.type), None)
            if candidate is not None and candidate is not h and id(candidate) not in dropped:
                outer = candidate
                break
        # "summoned the ambassador to protest against the shelling": the summons is the protest;
        # "recalled its ambassador for consultations": the recall is all that happened
        purpose = outer is not None and (outer.type, h.type) in PURPOSE_RESTATED and (
            (tok.dep_ == "xcomp" or infinitive_advcl(tok)) and tok.head.i == outer.trigger[0]
            or tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.i == outer.trigger[0])
        if outer is None or outer.type != h.type and not purpose or outer.negated != h.negated \
                or outer.quote != h.quote and not told:
            continue  # (what a threat says is in its own reported speech)
        if h.actors and outer.actors and not all(a in outer.actors + outer.recipients
                                                 or ev._same_government(a, outer.actors) for a in h.actors):
            continue  # (another's act stays its own; a government "ordered the army to hold exercises": one)
        if tok.dep_ in SUBJECTS and h.actors:
            # "a Turkish offensive against the YPG in Syria has killed …": the noun's own
            # phrases say who is who better than the whole subject does
            outer.actors = list(h.actors)
            outer.recipients = [a for a in dict.fromkeys(h.recipients + outer.recipients) if a not in h.actors]
        outer.actors = outer.actors or list(h.actors)
        outer.recipients = list(dict.fromkeys(outer.recipients + [
            a for a in h.recipients if not (purpose and ev._same_government(a, outer.actors))]))
        dropped.add(id(h))
    return [h for h in hits if id(h) not in dropped]


def acts_as_agents(ev: "_Events", hits: list["EventHit"]) -> list["EventHit"]:
    """'towns were pounded by dozens of airstrikes': the act named as the agent of a passive
    verb of its own type is that verb's act, told once."""
    by_trigger = {h.trigger[0]: h for h in hits}
    told = set()
    for h in hits:
        tok = ev.doc[h.trigger[0]]
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "pobj":
            tok = tok.head.head  # "by dozens of airstrikes"
        if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
            verb = by_trigger.get(tok.head.head.i)
            if verb is not None and verb.type == h.type:
                verb.actors = verb.actors or h.actors
                told.add(id(h))
    return [h for h in hits if id(h) not in told]


def one_meeting(ev: "_Events", hits: list["EventHit"]) -> list["EventHit"]:
    """'received a call from Araqchi, and the two discussed regional security': talks between the
    same parties told twice in one sentence are one meeting."""
    seen: set[tuple] = set()
    told = set()
    for h in hits:
        if h.type != "CONSULT":
            continue
        parties = frozenset(_countries(ev, h.actors + h.recipients))
        key = (ev.doc[h.trigger[0]].sent.start, parties)
        if len(parties) >= 2 and key in seen:
            told.add(id(h))
        seen.add(key)
    return [h for h in hits if id(h) not in told]


def one_operation(ev: "_Events", hits: list["EventHit"]) -> list["EventHit"]:
    """'killed dozens of villagers in a raid', 'stormed a hotel, killing 21 people in a siege',
    'attacked the town, burning houses and beheading five men': force told again as the occasion
    of an act of force, or in a participle of its type after it, is that one operation; a raid
    that killed is the killing ('raided the camp, killing four and detaining a dozen': the
    killing and the detentions)."""
    by_trigger = {h.trigger[0]: h for h in hits}
    told = set()
    for h in hits:
        if h.type not in FORCE_TYPES:
            continue
        tok = ev.doc[h.trigger[0]]
        main, occasion = None, False
        if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") and h.entry is not None and h.entry.pos == "noun":
            main, occasion = by_trigger.get(tok.head.head.i), True  # "killed … in a raid"
        elif tok.tag_ == "VBG":
            lead = tok
            while lead.dep_ == "conj" and lead.head.tag_ == "VBG":
                lead = lead.head  # "burning houses and beheading …"
            if lead.dep_ == "advcl" and lead.i > 0 and ev.doc[lead.i - 1].text == ",":
                main = by_trigger.get(lead.head.i)
        if main is None or main is h or main.type not in FORCE_TYPES or id(main) in told \
                or set(h.actors) - set(main.actors) and main.actors:
            continue
        if not occasion and main.type == "COERCE" and h.type == "ASSAULT" and tok.lemma_.lower() in KILL_VERBS:
            # ("raided the camp, killing four people": the killing is what the raid was; not
            # "fired tear gas at students, injuring dozens")
            h.actors = h.actors or main.actors
            told.add(id(main))
        elif occasion or h.type == main.type:
            main.actors = main.actors or h.actors
            main.recipients = main.recipients or h.recipients
            told.add(id(h))
    return [h for h in hits if id(h) not in told]


def merge_summed_up(ev: "_Events", hits: list["EventHit"]) -> list["EventHit"]:
    """'… arrived in Cairo for a visit. It was the general's first trip abroad in a year.', '…
    hosted the two presidents in Ankara. Following the talks, …': a noun after "it was", or a
    bare definite one, of the type of an act just told is that act again."""
    dropped: set[int] = set()
    for h in hits:
        tok = ev.doc[h.trigger[0]]
        if h.entry is None or h.entry.pos != "noun":
            continue
        summed = tok.dep_ == "attr" and tok.head.lemma_ == "be" and any(
            c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that") for c in tok.head.children)
        # "… hosted the two presidents in Ankara. Following the talks, …": the talks just told
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "these", "this") for c in tok.children) and not any(
            c.dep_ in ("poss", "prep", "compound", "amod", "acl") for c in tok.children)
        # "Cooper accused Moscow of … Peskov rejected London's accusations": the accuser's own
        # accusation named again by its owner
        owned = h.actors and any(c.dep_ == "poss" for c in tok.children) and tok.dep_ in ("dobj", "pobj")
        if not summed and not definite and not owned:
            continue
        start = window_start(ev.doc, tok.i, 4)  # this sentence and the three before
        earlier = [o for o in hits if o is not h and id(o) not in dropped and o.type == h.type
                   and start <= o.trigger[0] < tok.i and (not h.actors or set(h.actors) & set(o.actors + o.recipients)
                                                          or definite and tok.dep_ in ("dobj", "pobj") or owned)
                   and (not owned or {ev._country(a) for a in h.actors} <= {ev._country(a) for a in o.actors})]
        # (an object noun's actors are only its verb's subject: "Zelensky called the trip …")
        if earlier:
            told = earlier[-1]
            told.recipients = told.recipients or [a for a in h.recipients if a not in told.actors]
            dropped.add(id(h))
    return [h for h in hits if id(h) not in dropped]


def forecast(ev: "_Events", h: "EventHit") -> bool:
    """'a spokeswoman said, warning that roads could remain cut for weeks': a warning of what may
    happen, with no one to act and no one warned, is a forecast, not a threat; so is a warning
    no actor gives ("analysts warned the country could default")."""
    if h.type == "THREATEN" and not h.actors and h.entry is not None and h.entry.pos == "verb":
        subject = ev._subject(ev.doc[h.trigger[0]])
        if subject is not None and subject.lemma_.lower() in COMMENTATORS:
            return True
    if h.type != "THREATEN" or h.intent is not None or h.recipients or h.entry is None or h.entry.pos != "verb":
        return False
    tok = ev.doc[h.trigger[0]]
    if any(c.dep_ in ("dobj", "dative", "prep") for c in tok.children):
        return False  # "warned Kyiv", "warned of consequences", "warned against"
    content = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    if content is None:
        return False
    if {t.lemma_.lower() for t in content.subtree} & (ANSWER_WORDS | PUNISHMENT_WORDS):
        return False  # "warned that any provocation would be met with force": a threat of an answer
    subject = next((c for c in content.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.pos_ != "PRON" and not any(t.i in ev.token_actor for t in subject.subtree)
