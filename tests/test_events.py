"""Events (PLOVER) and relations on sentences written here: per type, per argument
construction, negation, modality, attribution and each relation type."""

import pytest

from stellung.errors import KnowledgeError
from stellung.events.lexicon import Lexicon, load_lexicon, parse_file


def analyse(analyzer, text, **meta):
    a = analyzer.analyze(text, **meta)
    countries = {x.id: x.country for x in a.actors}
    return a, countries


def the_one(a, countries, etype):
    """The document's single event of a type, with its actors' and recipients' countries."""
    (e,) = [e for e in a.events if e.type == etype]
    return e, {countries[i] for i in e.actors}, {countries[i] for i in e.recipients}


def coded(a, countries):
    return [(e.type, sorted({countries[i] for i in e.actors}), sorted({countries[i] for i in e.recipients}))
            for e in a.events]


@pytest.mark.parametrize("text, expected", [
    ("Kenya and Ethiopia agreed on a border deal on Monday.", ("AGREE", ["ETH", "KEN"], [])),
    # signing is CAMEO 057, in the 05 family of diplomatic cooperation: PLOVER SUPPORT
    ("Kenya and Ethiopia signed a border agreement on Monday.", ("SUPPORT", ["ETH", "KEN"], [])),
    ("The Chilean foreign minister met his Argentine counterpart in Santiago.", ("CONSULT", ["CHL"], ["ARG"])),
    ("Brazil praised Colombia for its efforts to end the conflict.", ("SUPPORT", ["BRA"], ["COL"])),
    # giving back people, property or arms (CAMEO 084, 0873) yields a position: RETREAT
    ("Azerbaijan released six Armenian prisoners on Friday.", ("RETREAT", ["AZE"], [])),
    ("Uzbekistan eased restrictions on foreign journalists.", ("CONCEDE", ["UZB"], [])),
    ("Japan and South Korea agreed to share military intelligence.", ("AGREE", ["JPN", "KOR"], [])),
    ("Norway sent humanitarian aid to Sudan.", ("AID", ["NOR"], ["SDN"])),
    ("Russia withdrew its troops from Kherson.", ("RETREAT", ["RUS"], [])),
    ("The Philippines urged China to stop harassing its fishing boats.", ("REQUEST", ["PHL"], ["CHN"])),
    ("Pakistan accused India of sponsoring militants.", ("ACCUSE", ["PAK"], ["IND"])),
    ("Venezuela rejected Guyana's proposal for talks.", ("REJECT", ["VEN"], [])),
    ("North Korea threatened South Korea with a nuclear strike.", ("THREATEN", ["PRK"], ["KOR"])),
    ("Thousands of protesters demonstrated in Tbilisi against the law.", ("PROTEST", [], [])),
    ("The European Union imposed sanctions on Belarus.", ("SANCTION", ["EUR"], ["BLR"])),
    ("Serbia deployed troops along the border with Kosovo.", ("MOBILIZE", ["SRB"], [])),
    ("Iranian police arrested two British citizens in Tehran.", ("COERCE", ["IRN"], ["GBR"])),
    ("Israeli aircraft bombed targets in southern Lebanon.", ("ASSAULT", ["ISR"], [])),
])
def test_each_plover_type(analyzer, text, expected):
    a, countries = analyse(analyzer, text)
    types = [e[0] for e in coded(a, countries)]
    assert expected[0] in types, coded(a, countries)
    event = next(e for e in coded(a, countries) if e[0] == expected[0])
    assert set(expected[1]) <= set(event[1]) and set(expected[2]) <= set(event[2]), coded(a, countries)


def test_passive_voice(analyzer):
    a, c = analyse(analyzer, "A Ukrainian convoy was attacked by Russian forces near Kharkiv.")
    e = next(e for e in a.events if e.type == "ASSAULT")
    assert {c[i] for i in e.actors} == {"RUS"} and {c[i] for i in e.recipients} == {"UKR"}


def test_reciprocal_meeting_has_both_as_actors(analyzer):
    a, c = analyse(analyzer, "Egypt and Qatar met in Cairo to discuss the truce.")
    e = next(e for e in a.events if e.type == "CONSULT")
    assert {c[i] for i in e.actors} == {"EGY", "QAT"} and e.recipients == []


def test_nominal_event_with_arguments(analyzer):
    a, c = analyse(analyzer, "The visit of President Emmanuel Macron to Algiers lasted two days.")
    e = next(e for e in a.events if e.type == "CONSULT")
    assert e.mode == "visit" and {c[i] for i in e.actors} == {"FRA"} and {c[i] for i in e.recipients} == {"DZA"}


def test_negation(analyzer):
    a, _ = analyse(analyzer, "Turkey did not attack Kurdish positions on Sunday.")
    assert next(e for e in a.events if e.type == "ASSAULT").negated
    a, _ = analyse(analyzer, "Hungary refused to impose sanctions on Russia.")
    assert next(e for e in a.events if e.type == "SANCTION").negated


@pytest.mark.parametrize("text, etype, modality", [
    ("Poland will send tanks to Ukraine next month.", None, "future"),
    ("Greece may recall its ambassador from Ankara.", "SANCTION", "possible"),
    ("If talks fail, Ethiopia would mobilize its army.", None, "hypothetical"),
    ("Vietnam plans to hold talks with Laos.", "CONSULT", "intended"),
    ("Serbia had expelled the envoy in 2019.", "SANCTION", "historical"),
])
def test_modality(analyzer, text, etype, modality):
    a, _ = analyse(analyzer, text)
    events = [e for e in a.events if etype is None or e.type == etype]
    assert events and events[0].modality == modality, [(e.type, e.modality) for e in a.events]


def test_promised_aid_is_agree_and_announced_attack_is_threaten(analyzer):
    a, _ = analyse(analyzer, "Finland will give Tanzania a grant to build schools.")
    assert a.events[0].type == "AGREE" and a.events[0].modality == "future"
    a, _ = analyse(analyzer, "The Houthi militia vowed to attack Saudi forces.")
    assert any(e.type == "THREATEN" for e in a.events)


def test_events_in_quotes_are_attributed_to_the_speaker(analyzer):
    text = "“Moscow will never attack Kyiv again,” the Russian foreign minister Sergei Lavrov said."
    a, _ = analyse(analyzer, text)
    e = next(e for e in a.events if e.type in ("ASSAULT", "THREATEN"))
    assert e.source == "person:sergei-lavrov" and e.quote == a.quotes[0].id and e.negated
    b, _ = analyse(analyzer, "Russia attacked the port of Odesa on Monday.")
    assert b.events[0].source is None and b.events[0].quote is None


@pytest.mark.parametrize("text, rel, subject, obj", [
    ("Finland is part of NATO.", "member_of", "FIN", "IGO"),
    ("NATO member Lithuania asked for more air defence.", "member_of", "LTU", "IGO"),
    ("Armenia and France signed a strategic partnership between Armenia and France.", "partner_of", "ARM", "FRA"),
    ("Ankara lists the PKK as a terrorist organisation.", "designates_terrorist", "TUR", "TUR"),
    ("Russia maintains military bases in Tajikistan.", "military_presence_in", "RUS", "TJK"),
    ("Iran is the main supporter of the Houthis.", "supports", "IRN", "YEM"),
])
def test_relations(analyzer, text, rel, subject, obj):
    a, c = analyse(analyzer, text)
    found = [(r.type, c[r.subject], c[r.object]) for r in a.relations]
    assert (rel, subject, obj) in found, found


def test_negated_alliance_in_a_quote_is_the_speakers(analyzer):
    text = ("Alexei Pushkov spoke about Turkey.\n\n"
            "“We cannot talk about a strategic alliance because Turkey is part of NATO,” said the senator.")
    a, c = analyse(analyzer, text)
    alliance = next(r for r in a.relations if r.type == "allied_with")
    assert alliance.negated and alliance.source == "person:alexei-pushkov"
    assert {c[alliance.subject], c[alliance.object]} == {"RUS", "TUR"}


def test_leaders_from_the_knowledge_base(analyzer):
    a, _ = analyse(analyzer, "Emmanuel Macron spoke in Paris.", published="2024-01-10")
    assert any(r.type == "leader_of" and r.subject == "person:emmanuel-macron" and r.object == "state:FRA"
               for r in a.relations)


def test_lexicon_covers_every_type_and_validates():
    lexicon = load_lexicon()
    types = {t.type for entries in (*lexicon.verbs.values(), *lexicon.nouns.values()) for t in entries}
    assert len(types) == 16 and len(lexicon) >= 300


@pytest.mark.parametrize("content, message", [
    ("type: BOGUS\nentries: []\n", "expected a mapping with 'type'"),
    ("type: ASSAULT\nentries:\n  - {verb: strike, noun: strike}\n", "exactly one of verb, noun or phrase"),
    ("type: ASSAULT\nentries:\n  - {verb: strike, mode: gentle}\n", "field 'mode'"),
    ("type: ASSAULT\nentries:\n  - {verb: strike, score: 20}\n", "field 'score'"),
    ("type: ASSAULT\nentries:\n  - {verb: strike, roles: {subject: villain}}\n", "field 'roles'"),
    ("type: PROTEST\nentries:\n  - {verb: strike, modifier: [hunger]}\n", "field 'modifier'"),
    ("type: PROTEST\nentries:\n  - {noun: march, intransitive: true}\n", "field 'intransitive'"),
    ("type: CONCEDE\nentries:\n  - {verb: release, not_modifier: [press]}\n", "field 'not_modifier'"),
])
def test_bad_lexicon_entries_name_file_and_field(content, message):
    with pytest.raises(KnowledgeError) as err:
        parse_file(content, "mine.yaml", Lexicon())
    assert "mine.yaml" in str(err.value) and message in str(err.value)


def test_user_lexicon_extends(tmp_path):
    (tmp_path / "extra.yaml").write_text(
        "type: COERCE\nentries:\n  - {verb: geofence, mode: obstruct, cameo: '17', score: -5, roles: {subject: actor, object: recipient}}\n")
    lexicon = load_lexicon((str(tmp_path),))
    assert lexicon.verbs["geofence"][0].type == "COERCE"


def test_a_statement_of_what_another_must_do_is_a_request(analyzer):
    a, c = analyse(analyzer, "Russia's foreign ministry said on Tuesday that Sudan must release the prisoners.")
    e = next(e for e in a.events if e.type == "REQUEST")
    assert {c[i] for i in e.actors} == {"RUS"} and {c[i] for i in e.recipients} == {"SDN"}


def test_willingness_to_withdraw_is_agree(analyzer):
    a, _ = analyse(analyzer, "Armenia is willing to withdraw its troops from the border villages.")
    assert any(e.type == "AGREE" and e.mode == "retreat" for e in a.events), [(e.type, e.mode) for e in a.events]


def test_measured_objects_and_promised_aid(analyzer):
    a, c = analyse(analyzer, "The United Nations will provide 25,000 tons of food aid to refugees in Liberia.")
    (e,) = [e for e in a.events if e.trigger.text == "provide"]
    assert (e.type, e.mode, e.modality) == ("AGREE", "aid", "future")
    assert {c[i] for i in e.recipients} == {"LBR"}
    assert not any(e.trigger.text == "aid" for e in a.events)  # the noun is the verb's object, not an event


def test_no_plans_to_attack_is_a_negated_attack(analyzer):
    a, c = analyse(analyzer, "Beijing said it had no plans to invade Taiwan.")
    (e,) = [e for e in a.events if e.type in ("ASSAULT", "THREATEN")]
    assert e.negated, coded(a, c)


@pytest.mark.parametrize("text", [
    "Iran promised to retaliate against Israel.",
    "Beijing pledged to impose sanctions on Lithuania.",
])
def test_a_promised_hostile_act_is_only_a_threat(analyzer, text):
    a, c = analyse(analyzer, text)
    assert [e.type for e in a.events] == ["THREATEN"], coded(a, c)


@pytest.mark.parametrize("text, recipient", [
    # what a state promises goes to the other state it is for, not its own people named on the way
    ("Erdogan promised to send a team of Turkish doctors to Libya within days.", "LBY"),
    ("Modi also pledged to double India's credit line to Dhaka.", "BGD"),
])
def test_a_promise_is_to_the_other_state_it_is_for(analyzer, text, recipient):
    a, c = analyse(analyzer, text)
    (e,) = [e for e in a.events if e.type == "AGREE"]
    assert {c[i] for i in e.recipients} == {recipient}, coded(a, c)


def test_recipient_inside_the_threatened_act(analyzer):
    a, c = analyse(analyzer, "Azerbaijan threatened to break relations with Russia unless the base closed.")
    e = next(e for e in a.events if e.type == "THREATEN")
    assert {c[i] for i in e.actors} == {"AZE"} and {c[i] for i in e.recipients} == {"RUS"}


def test_refusal_is_reject_but_inability_is_a_negated_act(analyzer):
    a, _ = analyse(analyzer, "Hungary refused to sign the agreement with Ukraine.")
    assert any(e.type == "REJECT" and not e.negated for e in a.events), [(e.type, e.negated) for e in a.events]
    b, _ = analyse(analyzer, "Serbia cannot meet Kosovo this year.")
    assert any(e.type == "CONSULT" and e.negated for e in b.events), [(e.type, e.negated) for e in b.events]


def test_a_refusal_is_one_event(analyzer):
    a, c = analyse(analyzer, "Hungary refused to sign the agreement with Ukraine.")
    e, actors, recipients = the_one(a, c, "REJECT")
    assert (e.mode, e.cameo_root) == ("support", "12") and actors == {"HUN"}


# ---------------------------------------------------------------- constructions added for PLOVER's families

@pytest.mark.parametrize("text, expected", [
    # a noun's modifier decides: "strike" alone is not coded, "hunger strike" and "air strike" are
    ("Jailed Kurdish activists began a hunger strike in Diyarbakir on Monday.", "PROTEST"),
    ("A Saudi air strike hit a market in northern Yemen.", "ASSAULT"),
    # blocking a road is protest (CAMEO 144); blocking a collective decision is refusing it
    # (CAMEO 12); a state blocking another's move is COERCE
    ("Farmers in Poland blocked highways with tractors.", "PROTEST"),
    ("Hungary blocked the EU aid package for Kyiv.", "REJECT"),
    ("Greek coast guard vessels blocked a Turkish survey ship in the Aegean.", "COERCE"),
    # yielding a position: resigning and easing a blockade are RETREAT
    ("The Peruvian prime minister resigned on Sunday.", "RETREAT"),
    ("Egypt lifted its blockade of the border crossing.", "RETREAT"),
    # detaining people, even unlawfully, is COERCE; destroying property too
    ("Gunmen kidnapped three Nigerian aid workers near Maiduguri.", "COERCE"),
    ("Insurgents blew up a gas pipeline in eastern Syria.", "COERCE"),
    # diplomatic recognition and forgiveness are SUPPORT (CAMEO 054, 056)
    ("Bhutan established diplomatic relations with Ecuador.", "SUPPORT"),
    # more lexicon constructions: alerts, supplies, closing a newsroom
    ("Pakistan placed its armed forces on high alert.", "MOBILIZE"),
    ("Britain supplied Ukraine with anti-tank missiles.", "AID"),
    ("Egyptian authorities closed the Cairo bureau of the broadcaster.", "COERCE"),
    # a state's deposit in another's central bank, and staple food or a field hospital sent, are aid
    ("Saudi Arabia deposited $3 billion with Pakistan's central bank.", "AID"),
    ("Turkey sent a field hospital and 500 tons of flour to Lebanon.", "AID"),
])
def test_plover_family_boundaries(analyzer, text, expected):
    a, countries = analyse(analyzer, text)
    assert expected in [e.type for e in a.events], coded(a, countries)


def test_strike_alone_is_not_an_event(analyzer):
    a, countries = analyse(analyzer, "The strike was reported on Monday.")
    assert not a.events, coded(a, countries)


def test_an_act_on_condition_is_a_threat_to_whom_the_condition_is_put(analyzer):
    a, c = analyse(analyzer, "Ghana announced that it will withdraw its ambassador from Togo unless the government releases the journalists.")
    e, actors, recipients = the_one(a, c, "THREATEN")
    assert actors == {"GHA"} and recipients == {"TGO"}
    b, c = analyse(analyzer, "Iran threatened to leave the talks if Britain seizes another tanker.")
    (e,) = [e for e in b.events if e.type == "THREATEN"]
    assert {c[i] for i in e.actors} == {"IRN"} and {c[i] for i in e.recipients} == {"GBR"}
    # the condition is part of the threat (its recipient), as event coders read it, not an
    # act of its own; a condition outside a threat stays a hypothetical event
    assert not [e for e in b.events if e.type == "COERCE"], coded(b, c)
    h, c = analyse(analyzer, "If Britain seizes another tanker, Iran would leave the talks.")
    assert [e.modality for e in h.events if e.type == "COERCE"] == ["hypothetical"], coded(h, c)


def test_preparing_an_attack_is_mobilizing(analyzer):
    a, c = analyse(analyzer, "The Ethiopian army prepared to resume shelling Eritrean positions.")
    e, actors, recipients = the_one(a, c, "MOBILIZE")
    assert actors == {"ETH"} and recipients == {"ERI"}
    assert not any(e.type == "ASSAULT" for e in a.events)


@pytest.mark.parametrize("text, kind, recipient", [
    ("Peru demanded the removal of the Bolivian ambassador.", "REQUEST", "BOL"),
    ("Canada suspended part of its aid program for Mali.", "SANCTION", "MLI"),
    ("Tanzania announced a suspension of cargo flights with Kenya.", "SANCTION", "KEN"),
    ("Armenia mounted an invasion of Azerbaijan.", "ASSAULT", "AZE"),
])
def test_recipient_deeper_in_the_object(analyzer, text, kind, recipient):
    a, c = analyse(analyzer, text)
    assert any(e.type == kind and recipient in {c[i] for i in e.recipients} for e in a.events), coded(a, c)


def test_the_reporting_clause_is_not_the_acts_complement(analyzer):
    a, c = analyse(analyzer, "Japan will send food aid to flood victims in Pakistan, the Red Cross said on Monday.")
    e, actors, recipients = the_one(a, c, "AGREE")
    assert recipients == {"PAK"}, coded(a, c)


def test_sworn_to_fight_is_a_threat(analyzer):
    a, c = analyse(analyzer, "Chadian rebels have sworn to fight until the capital falls.")
    assert "THREATEN" in [e.type for e in a.events] and "ASSAULT" not in [e.type for e in a.events], coded(a, c)


def test_a_particles_phrase_belongs_to_the_verb(analyzer):
    a, c = analyse(analyzer, "Militants kidnapped up to 20 Chinese engineers near Quetta.")
    e, actors, recipients = the_one(a, c, "COERCE")
    assert "CHN" in recipients


def test_whoever_issues_the_statement_demands(analyzer):
    a, c = analyse(analyzer, "Greenpeace issued a statement demanding that Norway stop drilling in the Arctic.")
    e, actors, recipients = the_one(a, c, "REQUEST")
    assert {x.id for x in a.actors if x.id in e.actors} and recipients == {"NOR"}
    assert any(x.name == "Greenpeace" for x in a.actors if x.id in e.actors)


def test_who_came_for_the_talks_holds_them(analyzer):
    a, c = analyse(analyzer, "Serbian and Kosovar negotiators returned to Brussels for talks on Monday.")
    e, actors, recipients = the_one(a, c, "CONSULT")
    assert actors == {"SRB", "XKX"}


def test_an_envoys_organisation_is_named_with_the_envoy(analyzer):
    a, c = analyse(analyzer, "The rebels said they would meet U.N. envoy Ian Martin in Kabul.")
    e, actors, recipients = the_one(a, c, "AGREE")
    assert "UNO" in recipients or "IGO" in recipients, coded(a, c)


def test_torture_is_physical_assault_mistreatment_coercion(analyzer):
    a, c = analyse(analyzer, "Guards tortured Uzbek prisoners in the camp.")
    assert "ASSAULT" in [e.type for e in a.events]
    b, c = analyse(analyzer, "Guards mistreated Uzbek prisoners in the camp.")
    assert "COERCE" in [e.type for e in b.events]


def test_measured_out_war_games_are_mobilization_not_an_attack(analyzer):
    a, c = analyse(analyzer, "Chinese warships began five days of war games near Taiwan.")
    types = [e.type for e in a.events]
    assert "MOBILIZE" in types and "ASSAULT" not in types, coded(a, c)
    e, actors, recipients = the_one(a, c, "MOBILIZE")
    assert actors == {"CHN"}


def test_demonstrating_something_is_no_protest(analyzer):
    a, c = analyse(analyzer, "Thousands of Georgians demonstrated in Tbilisi on Sunday.")
    assert "PROTEST" in [e.type for e in a.events]
    b, c = analyse(analyzer, "The deal demonstrates the strength of ties between Georgia and Armenia.")
    assert "PROTEST" not in [e.type for e in b.events], coded(b, c)


def test_a_demanded_act_is_what_the_request_asks_not_an_event(analyzer):
    a, c = analyse(analyzer, "Opposition parties in Belarus demanded that Lukashenko release all political prisoners.")
    assert [e.type for e in a.events] == ["REQUEST"], coded(a, c)
    (e,) = a.events
    assert e.mode == "retreat" and {c[i] for i in e.recipients} == {"BLR"}


def test_urging_support_for_a_third_party_rallies_support(analyzer):
    a, c = analyse(analyzer, "The Arab League urged the African Union to support Sudan.")
    e, actors, recipients = the_one(a, c, "SUPPORT")
    assert recipients == {"SDN"} and "REQUEST" not in [e.type for e in a.events]


def test_a_press_release_releases_no_one(analyzer):
    a, c = analyse(analyzer, "The army denied the report in a press release on Monday.")
    assert "RETREAT" not in [e.type for e in a.events], coded(a, c)
    b, c = analyse(analyzer, "The release of the Thai fishermen by Myanmar was welcomed.")
    assert ("RETREAT", ["MMR"], ["THA"]) in coded(b, c)


def test_british_spellings_find_the_lexicons_lemmas(analyzer):
    a, c = analyse(analyzer, "Portugal formally recognised Timor-Leste in 2002.")
    assert ("SUPPORT", ["PRT"], ["TLS"]) in coded(a, c)


@pytest.mark.parametrize("text, kind, actor, recipient", [
    ("Russia massed troops near its border with Georgia.", "MOBILIZE", "RUS", "GEO"),
    ("Thousands of Armenian troops were deployed along the border with Azerbaijan.", "MOBILIZE", "ARM", "AZE"),
    ("China staged military drills around Taiwan on Sunday.", "MOBILIZE", "CHN", "TWN"),
])
def test_where_forces_gather_says_whom_they_face(analyzer, text, kind, actor, recipient):
    a, c = analyse(analyzer, text)
    assert any(e[0] == kind and actor in e[1] and recipient in e[2] for e in coded(a, c)), coded(a, c)


def test_a_threatened_act_is_the_threats_content(analyzer):
    a, c = analyse(analyzer, "Iran threatened to close the Strait of Hormuz if Washington imposed new sanctions.")
    e, actors, recipients = the_one(a, c, "THREATEN")
    assert actors == {"IRN"} and recipients == {"USA"} and e.mode == "coerce"
    assert "COERCE" not in [e.type for e in a.events]


def test_a_passives_own_phrases(analyzer):
    a, c = analyse(analyzer, "New sanctions were imposed on Belarus by the European Union.")
    assert ("SANCTION", ["EUR"], ["BLR"]) in coded(a, c)


def test_events_naming_no_party_are_kept_only_on_request(analyzer):
    from stellung.pipeline import Analyzer

    a, _ = analyse(analyzer, "The talks resumed on Monday after a long pause.")
    assert not a.events
    b = Analyzer(partyless_events=True).analyze("The talks resumed on Monday after a long pause.")
    assert [e.type for e in b.events] == ["CONSULT"] and not b.events[0].actors


def test_the_readmes_lexicon_example_is_valid():
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    block = re.search(r"# mylexicon/protest.yaml\n(.*?)```", readme, re.S).group(1)
    lexicon = Lexicon()
    parse_file(block, "README.md", lexicon)
    assert lexicon.nouns["strike"][0].modifiers == {"hunger"} and lexicon.verbs["march"][0].intransitive


def test_object_control_gives_the_complements_actor(analyzer):
    a, c = analyse(analyzer, "The vote prompted Beijing to warn Washington of countermeasures.")
    assert any(e[1] == ["CHN"] and "USA" in e[2] for e in coded(a, c)), coded(a, c)


def test_delegations_from_states_are_those_states(analyzer):
    a, c = analyse(analyzer, "Delegations from Armenia and Azerbaijan met in Geneva on Friday.")
    e, actors, recipients = the_one(a, c, "CONSULT")
    assert actors == {"ARM", "AZE"}, coded(a, c)


def test_vowing_to_retaliate_is_a_threat(analyzer):
    a, c = analyse(analyzer, "Hezbollah vowed to retaliate against Israel.")
    assert ("THREATEN", ["LBN"], ["ISR"]) in coded(a, c)


@pytest.mark.parametrize("text, etype, actors, recipients", [
    # a demand needs no lexicon verb
    ("Chile said on Friday that Bolivia must guarantee the safety of its truck drivers.", "REQUEST", {"CHL"}, {"BOL"}),
    # a country named us is not a pronoun
    ("Mexico said the US must return the seized cargo.", "REQUEST", {"MEX"}, {"USA"}),
    # a frame noun carries the event of its compound
    ("Norway launched a mediation effort between Colombia and Venezuela.", "CONSULT", {"NOR"}, {"COL", "VEN"}),
    # a protest with no target addresses its state
    ("Young Moroccans blocked roads leading to the port on Sunday.", "PROTEST", {"MAR"}, {"MAR"}),
    # counted crowds are their people
    ("Tens of thousands of Hungarians marched through Budapest on Sunday.", "PROTEST", {"HUN"}, {"HUN"}),
])
def test_the_one_event_and_its_parties(analyzer, text, etype, actors, recipients):
    a, c = analyse(analyzer, text)
    _, found_actors, found_recipients = the_one(a, c, etype)
    assert (found_actors, found_recipients) == (actors, recipients), coded(a, c)
