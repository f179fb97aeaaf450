"""Events in the sentences news is written in: several acts in one sentence, one act told
twice, parties named by reference ("accusing them", "the two neighbours", "a move Israel
condemned"), parties only the scene gives ("police detained …"), phrasal verbs, and the
lexicon fields that draw these lines. Sentences written here."""

import pytest

from stellung.errors import KnowledgeError
from stellung.events.lexicon import Lexicon, parse_file


def events(analyzer, text):
    a = analyzer.analyze(text)
    country = {x.id: x.country for x in a.actors}
    return a, [(e.type, sorted({country[i] for i in e.actors if country[i]}),
                sorted({country[i] for i in e.recipients if country[i]})) for e in a.events]


IGO_LIKE = {"IGO", "UNO", "EUR", "NGO"}


def covers(got, want):
    """Every wanted country code is among those found; "IGO" is met by any organisation's code."""
    return all(w in got or w == "IGO" and IGO_LIKE & set(got) for w in want)


def first_of(coded, etype):
    event = next((e for e in coded if e[0] == etype), None)
    assert event is not None, coded
    return event


def only(coded, etype):
    found = [e for e in coded if e[0] == etype]
    assert len(found) == 1, coded
    return found[0]


@pytest.mark.parametrize("text, etype", [
    # a participle that restates the strike, a "for" phrase that restates the meeting
    ("Syrian jets bombed a market in Idlib on Sunday, killing nine people.", "ASSAULT"),
    ("The foreign ministers of Peru and Chile met in Lima for talks on migration.", "CONSULT"),
    ("Moldova agreed on Friday to resume talks with Transnistria.", "AGREE"),
])
def test_one_act_told_twice_is_one_event(analyzer, text, etype):
    _, coded = events(analyzer, text)
    only(coded, etype)


def test_two_coordinated_acts_stay_two(analyzer):
    _, coded = events(analyzer, "Belarusian police raided the offices of a newspaper in Minsk and detained its editor.")
    assert [e[0] for e in coded].count("COERCE") == 2, coded


def test_the_noun_subject_says_who_attacked_whom(analyzer):
    _, coded = events(analyzer, "An Ethiopian offensive against Tigrayan forces in Mekelle has killed dozens of civilians.")
    event = only(coded, "ASSAULT")
    assert event[1] == ["ETH"], coded


def test_mediation_is_addressed_to_the_parties_it_brokered(analyzer):
    _, coded = events(analyzer, "Armenia and Azerbaijan exchanged prisoners on Friday in a swap brokered by the United States.")
    assert ("CONSULT", ["USA"], ["ARM", "AZE"]) in coded, coded


def test_the_gerund_after_by_has_the_clauses_subject(analyzer):
    _, coded = events(analyzer, "Poland responded by closing its border with Belarus.")
    assert any(e[1] == ["POL"] for e in coded), coded


@pytest.mark.parametrize("text, expected", [
    # the pronoun stands for the main act's target
    ("Estonia expelled two Russian diplomats, accusing them of espionage.", ("ACCUSE", ["EST"], ["RUS"])),
    # a noun summing up an earlier act: its actors are the target
    ("Norway recognised Palestine on Tuesday, a move Israel condemned.", ("ACCUSE", ["ISR"], ["NOR"])),
    # a reaction "drawn" from someone is addressed to the subject
    ("Hungary blocked the sanctions package, drawing criticism from Poland.", ("ACCUSE", ["POL"], ["HUN"])),
    ("Lebanon deported 30 Syrians despite appeals from Amnesty International.", ("REQUEST", ["NGO"], ["LBN"])),
    # a demand voiced while marching goes to whom the march is against
    ("Thousands of Kenyans marched in Nairobi against the government, demanding lower taxes.",
     ("REQUEST", ["KEN"], ["KEN"])),
    # ships tied to a state are that state's; union leaders belong to the scene
    ("Houthi rebels vowed to keep attacking vessels linked to Israel.", ("THREATEN", ["YEM"], ["ISR"])),
    ("Kenya's unions staged a strike on Monday. President William Ruto accused union leaders of sabotage.",
     ("ACCUSE", ["KEN"], ["KEN"])),
    # an answer aimed at no one answers the last act against the answerer's state
    ("Belgium expelled two Chinese diplomats. Beijing vowed to retaliate.", ("THREATEN", ["CHN"], ["BEL"])),
    ("Lithuania closed its border with Belarus on Monday. Minsk said it would respond with countermeasures.",
     ("THREATEN", ["BLR"], ["LTU"])),
    # a demand to free people goes to whoever held them
    ("Kenyan police arrested two Ugandan opposition activists in Nairobi. Kampala demanded their release.",
     ("REQUEST", ["UGA"], ["KEN"])),
])
def test_targets_named_by_reference(analyzer, text, expected):
    _, coded = events(analyzer, text)
    assert expected in coded, coded


def test_the_two_neighbours_are_the_last_two_states(analyzer):
    _, coded = events(analyzer, "Ethiopia and Eritrea signed a deal in 2018. On Monday the two neighbours "
                                "accused each other of violating it.")
    assert only(coded, "ACCUSE")[1] == ["ERI", "ETH"], coded


def test_both_sides_of_a_fight_may_be_armed_groups(analyzer):
    _, coded = events(analyzer, "Israeli troops and Hamas fighters clashed in Khan Younis on Monday. Egypt urged "
                                "both sides to respect the truce.")
    assert only(coded, "REQUEST") == ("REQUEST", ["EGY"], ["ISR", "PSE"]), coded


@pytest.mark.parametrize("text, etype, actor", [
    ("Turkish troops pulled out of the town on Sunday.", "RETREAT", ["TUR"]),
    ("Peru's prime minister stepped down on Tuesday.", "RETREAT", ["PER"]),
    ("The Ghanaian government backed down after a week of strikes.", "CONCEDE", ["GHA"]),
])
def test_phrasal_verbs(analyzer, text, etype, actor):
    _, coded = events(analyzer, text)
    assert only(coded, etype)[1] == actor, coded
    assert "SUPPORT" not in [e[0] for e in coded], coded  # "backed down" backs no one


def test_a_crowd_storming_is_a_protest_and_troops_storming_an_assault(analyzer):
    _, crowd = events(analyzer, "Angry protesters stormed the French embassy in Niamey on Sunday.")
    _, troops = events(analyzer, "Russian special forces stormed the theatre in Moscow.")
    assert "PROTEST" in [e[0] for e in crowd] and "ASSAULT" not in [e[0] for e in crowd], crowd
    assert "ASSAULT" in [e[0] for e in troops], troops


def test_a_missile_fired_at_no_one_is_a_weapons_test(analyzer):
    a, untargeted = events(analyzer, "North Korea fired a ballistic missile into the sea on Monday.")
    _, targeted = events(analyzer, "Iran fired ballistic missiles at Israel on Monday.")
    assert only(untargeted, "MOBILIZE")[1] == ["PRK"] and "ASSAULT" not in [e[0] for e in untargeted], untargeted
    assert a.events[0].mode == "weapons"
    assert ("ASSAULT", ["IRN"], ["ISR"]) in targeted, targeted


def test_test_fired_is_one_verb(analyzer):
    a, coded = events(analyzer, "Pakistan test-fired a cruise missile on Monday.")
    assert only(coded, "MOBILIZE")[1] == ["PAK"], coded
    assert a.events[0].trigger.text == "test-fired"


def test_police_and_crowds_belong_to_the_scene(analyzer):
    a, coded = events(analyzer, "In Yerevan, police detained dozens of protesters on Tuesday.")
    assert ("COERCE", ["ARM"], ["ARM"]) in coded, coded
    police = next(x for x in a.actors if x.sector == "COP")
    assert police.mentions[0].to_dict()["country_from"] == "context"


def test_a_scene_with_two_states_places_no_one(analyzer):
    a = analyzer.analyze("Soldiers said Russia and Ukraine traded artillery fire overnight.")
    assert not any(x.sector == "MIL" and x.country for x in a.actors), [(x.name, x.country) for x in a.actors]


@pytest.mark.parametrize("text, expected", [
    ("Sri Lanka defaulted on its debt in 2022. Japan sent food aid to the country on Monday.", ("AID", ["JPN"], ["LKA"])),
    ("NATO leaders met in Vilnius. Russia condemned the alliance on Thursday.", ("ACCUSE", ["RUS"], ["IGO"])),
])
def test_the_country_and_the_alliance_refer_back(analyzer, text, expected):
    _, coded = events(analyzer, text)
    etype, actors, recipients = expected
    event = only(coded, etype)
    assert event[1] == actors and covers(event[2], recipients), coded


def test_a_title_before_a_name_is_that_persons(analyzer):
    a = analyzer.analyze("Venezuelan President Nicolas Maduro spoke in Caracas.")
    people = [x.id for x in a.actors if x.kind == "person"]
    assert people == ["person:nicolas-maduro"], people


def test_workers_of_an_organisation_are_its_body(analyzer):
    a = analyzer.analyze("Three aid workers from Doctors Without Borders said they had been threatened.")
    workers = next(x for x in a.actors if any("aid workers" in m.text for m in x.mentions))
    assert workers.country == "NGO"


@pytest.mark.parametrize("text, expected", [
    ("Beijing said it would respond with countermeasures against Lithuania.", ("THREATEN", ["CHN"], ["LTU"])),
    ("The United States approved $1 billion in military aid for Jordan.", ("AID", ["USA"], ["JOR"])),
    ("The Kenyan foreign ministry summoned the Dutch charge d'affaires.", ("ACCUSE", ["KEN"], ["NLD"])),
    ("The governments of Chad, Niger and Mali condemned the attack.", ("ACCUSE", ["MLI", "NER", "TCD"], [])),
    ("The European Union suspended sanctions on Syria's banks.", ("CONCEDE", ["EUR"], ["SYR"])),
    ("Georgia froze its participation in the Eastern Partnership talks.", ("SANCTION", ["GEO"], [])),
])
def test_arguments_and_entries(analyzer, text, expected):
    _, coded = events(analyzer, text)
    assert expected in coded, coded


@pytest.mark.parametrize("text, kept, folded", [
    # the act refused, asked for or called for is the event's content, not an event
    ("Iran rejected direct talks with Washington.", "REJECT", "CONSULT"),
    ("The Arab League called for a ceasefire in Gaza.", "REQUEST", "CONCEDE"),
    ("Austria blocked the adoption of new aid for Moldova.", "REJECT", "AID"),
    # an infinitive the parser hung on as an adverbial clause is still what is asked for
    ("The OSCE condemned the army for the raid and called on the junta to stop bombing civilians.", "REQUEST",
     "ASSAULT"),
    # what a refused text proposes has not happened
    ("Turkey rejected a proposal from Athens to reopen talks on the islands.", "REJECT", "CONSULT"),
    ("Hungary's Orban refused to meet Zelensky on the sidelines of the Brussels summit.", "REJECT", "CONSULT"),
    # the second gerund of a charge, joined by the parser to the accusing verb
    ("Burundi closed its border with Rwanda on Monday, accusing Kigali of training and arming rebel fighters.",
     "ACCUSE", "AID"),
    # what a concession lets others do is its content
    ("Venezuela allowed UN observers to visit the prison on Friday.", "CONCEDE", "CONSULT"),
    # the condition of a threat is part of it
    ("Pakistan warned that it would retaliate if India struck its territory.", "THREATEN", "ASSAULT"),
])
def test_the_content_of_a_refusal_or_demand_is_no_event(analyzer, text, kept, folded):
    _, coded = events(analyzer, text)
    types = [e[0] for e in coded]
    assert kept in types and folded not in types, coded


def test_calls_made_by_another_are_their_own_event(analyzer):
    _, coded = events(analyzer, "Israel rejected calls by France to halt the offensive.")
    assert any(e[0] == "REQUEST" and e[1] == ["FRA"] for e in coded), coded
    assert any(e[0] == "REJECT" and e[1] == ["ISR"] for e in coded), coded


def test_where_a_meeting_happens_is_no_party(analyzer):
    _, coded = events(analyzer, "Serbia and Kosovo met in Brussels on Monday.")
    assert only(coded, "CONSULT") == ("CONSULT", ["SRB", "XKX"], []), coded


def test_an_object_noun_whose_entries_all_need_a_modifier_does_not_break_the_stage(analyzer):
    a = analyzer.analyze("The United States and Japan launched their annual Keen Sword exercises.")
    assert not any("event stage failed" in w for w in a.warnings), a.warnings
    assert a.events, "the launch of exercises is an event"


@pytest.mark.parametrize("entry, message", [
    ("- {noun: strike, particle: down}", "particle"),
    ("- {verb: fire, untargeted: {type: MOBILIZE, mode: aerial}}", "untargeted"),
    ("- {verb: fire, untargeted: {type: SHOUT}}", "untargeted"),
    ("- {noun: storm, subject: [protester]}", "subject"),
    ("- {noun: strike, preposition: [on]}", "preposition"),
    ("- {verb: ban, domestic: JAIL}", "domestic"),
    ("- {verb: protest, official: COMPLAIN}", "official"),
    ("- {noun: response, announced: true}", "announced"),
    ("- {verb: strike, modifier: [air], preposition: [on]}", "modifier"),
    ("- {verb: speak, preposition: [[by]]}", "preposition"),
    ("- {verb: meet, roles: {on: subject}}", "roles"),
])
def test_new_lexicon_fields_are_validated(entry, message):
    with pytest.raises(KnowledgeError, match=message):
        parse_file(f"type: ASSAULT\nentries:\n{entry}\n", "user.yaml", Lexicon())


@pytest.mark.parametrize("text, expected", [
    # whom the act is for is whom its purpose acts on
    ("Bolivian police fired tear gas to disperse striking miners in La Paz.", ("COERCE", ["BOL"], ["BOL"])),
    # unclaimed violence is coded to the state it happened in
    ("A car bombing near the city of Kirkuk killed three Turkish engineers.", ("ASSAULT", ["IRQ"], ["TUR"])),
    # two states' warships on manoeuvres together: a joint exercise
    ("Indian and Japanese warships held naval drills in the Bay of Bengal.", ("COOPERATE", ["IND", "JPN"], [])),
    ("The junta shortened the curfew in Myanmar on Monday.", ("CONCEDE", ["MMR"], ["MMR"])),
    # the party down the object's phrases: "by", and a participle's agent
    ("Croatia demanded a full apology by Belgrade.", ("REQUEST", ["HRV"], ["SRB"])),
    ("Kosovo opened an inquiry into abuses committed by Serbian police.", ("ACCUSE", ["XKX"], ["SRB"])),
    # praise the parser joins to what a speaker said is the speaker's, when that names no one
    ("Kenyan President William Ruto said on Monday that relations with Delhi remained excellent, and praised Indian "
     "engineers for their work.", ("SUPPORT", ["KEN"], ["IND"])),
])
def test_parties_further_away(analyzer, text, expected):
    _, coded = events(analyzer, text)
    assert expected in coded, coded


def test_an_office_holder_the_kb_lacks_belongs_to_the_scene(analyzer):
    a = analyzer.analyze("Thousands of Malawians marched in Lilongwe against President Bingu Mutharikaz.")
    person = next(x for x in a.actors if x.kind == "person")
    assert person.country == "MWI" and person.mentions[0].to_dict()["country_from"] == "context"


def test_a_name_deep_in_a_by_phrase_is_no_modifier(analyzer):
    _, coded = events(analyzer, "Ghanaian teachers went on strike over pay cuts by the government of Ghana.")
    assert any(e[0] == "PROTEST" and e[1] == ["GHA"] for e in coded), coded


def test_the_shared_field_is_validated():
    with pytest.raises(KnowledgeError, match="shared"):
        parse_file("type: MOBILIZE\nentries:\n- {noun: drill, shared: JOINT}\n", "user.yaml", Lexicon())


def test_ordering_a_diplomat_to_leave_is_an_expulsion(analyzer):
    a, coded = events(analyzer, "Latvia ordered a Belarusian diplomat to leave the country, accusing him of spying.")
    assert ("SANCTION", ["LVA"], ["BLR"]) in coded and ("ACCUSE", ["LVA"], ["BLR"]) in coded, coded
    assert next(e for e in a.events if e.type == "SANCTION").mode == "expel"


def test_the_scene_is_the_place_phrase_not_what_hangs_below_it(analyzer):
    a = analyzer.analyze("Students marched in protest against a treaty with Japan, and police detained 40 of them.")
    assert not any(x.country == "JPN" and x.sector in ("CVL", "EDU", "COP") for x in a.actors), \
        [(x.name, x.country) for x in a.actors]


def test_the_complement_field_is_validated():
    with pytest.raises(KnowledgeError, match="complement"):
        parse_file("type: SANCTION\nentries:\n- {noun: order, complement: [leave]}\n", "user.yaml", Lexicon())


@pytest.mark.parametrize("text, expected", [
    # leaving an organisation cuts ties; the apposition names it
    ("Burkina Faso announced its withdrawal from the African Union on Sunday.", ("SANCTION", ["BFA"], ["IGO"])),
    # a call made by another is addressed to whoever rejects it
    ("Israeli Prime Minister Benjamin Netanyahu rejected calls by French President Emmanuel Macron to halt the "
     "offensive.", ("REQUEST", ["FRA"], ["ISR"])),
    # the one thanked for an act did it, for the one thanking
    ("Moldova thanked Romania for the emergency aid.", ("AID", ["ROU"], ["MDA"])),
    ("Japan protested against the detention in Beijing of a Japanese businessman.", ("COERCE", ["CHN"], ["JPN"])),
    # a protest at the seat of a state or body is against it; a crowd's size the parser makes
    # the root still marches
    ("Hundreds of students protested outside the Chinese consulate in Bangkok.", ("PROTEST", ["THA"], ["CHN"])),
    ("Thousands of Serbs rallied in front of the US embassy in Belgrade.", ("PROTEST", ["SRB"], ["USA"])),
    ("Dozens of Afghan refugees demonstrated outside the UN refugee agency's office in Islamabad.",
     ("PROTEST", ["AFG"], ["UNO"])),
])
def test_parties_by_convention(analyzer, text, expected):
    _, coded = events(analyzer, text)
    event = first_of(coded, expected[0])
    assert covers(event[1], expected[1]) and covers(event[2], expected[2]), coded


def test_a_speakers_own_government_is_no_target_but_its_opposition_is(analyzer):
    _, own = events(analyzer, "Venezuelan President Nicolas Maduro warned that Caracas would defend its claim.")
    _, other = events(analyzer, "Opposition parties in Serbia demanded that Vucic call early elections.")
    assert only(own, "THREATEN")[2] == [], own
    assert only(other, "REQUEST")[2] == ["SRB"], other


def test_brussels_is_the_eu_where_the_eu_is_named(analyzer):
    a = analyzer.analyze("EU ministers met on Monday, and Brussels said it would review the deal.")
    brussels = next(x for x in a.actors if any(m.text == "Brussels" for m in x.mentions))
    assert brussels.country == "EUR"
    b = analyzer.analyze("Belgian police said Brussels would host the summit.")
    assert next(x for x in b.actors if any(m.text == "Brussels" for m in x.mentions)).country == "BEL"


@pytest.mark.parametrize("text, expected", [
    # an object "it"/"them" is the last state or body named, not its own clause's subject
    ("Egypt condemned Israel over the raids and urged it to show restraint.", ("REQUEST", ["EGY"], ["ISR"])),
    ("The OSCE criticised the Belarusian authorities and urged them to free the journalists.",
     ("REQUEST", ["IGO"], ["BLR"])),
    # "the island" is the island state named last
    ("Australia suspended aid to Fiji and warned the island's military regime.", ("THREATEN", ["AUS"], ["FJI"])),
])
def test_object_pronouns_and_islands(analyzer, text, expected):
    _, coded = events(analyzer, text)
    event = first_of(coded, expected[0])
    assert covers(event[1], expected[1]) and covers(event[2], expected[2]), coded


def test_an_object_it_is_never_its_clauses_subject(analyzer):
    a = analyzer.analyze("Russia said it would not accept it.")
    assert not [m for x in a.actors for m in x.mentions if m.how == "pronoun" and m.text == "it" and m.start > 20], \
        [(x.id, m.text, m.start) for x in a.actors for m in x.mentions]


@pytest.mark.parametrize("text, expected", [
    # a missile fired at something named is an attack even if the target names no state
    ("Houthi rebels fired a ballistic missile at a cargo ship in the Red Sea.", ("ASSAULT", ["YEM"], [])),
    ("The Quai d'Orsay recalled its chargé d'affaires from Niger.", ("SANCTION", ["FRA"], ["NER"])),
    ("Azerbaijan handed over four Armenian servicemen on Wednesday.", ("RETREAT", ["AZE"], ["ARM"])),
    ("The last French soldiers left Chad at the end of January.", ("RETREAT", ["FRA"], ["TCD"])),
    ("Kenyan police fired live ammunition at demonstrators in Nairobi.", ("ASSAULT", ["KEN"], ["KEN"])),
    ("The foreign ministers of the Democratic Republic of Congo and Rwanda met in Washington.",
     ("CONSULT", ["COD", "RWA"], [])),
])
def test_more_entries_and_arguments(analyzer, text, expected):
    _, coded = events(analyzer, text)
    event = first_of(coded, expected[0])  # (reciprocal acts may list one side as recipient)
    assert covers(event[1] + event[2], expected[1]) and covers(event[2], expected[2]), coded


def test_a_definite_body_is_the_one_named_last(analyzer):
    a = analyzer.analyze("Israeli troops raided a village in Syria on Monday. The army also deployed a brigade to the "
                         "Golan Heights.")
    army = next(x for x in a.actors if any(m.text == "The army" for m in x.mentions))
    assert army.country == "ISR"


def test_the_two_leaders_are_not_their_host(analyzer):
    _, coded = events(analyzer, "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in "
                                "Abu Dhabi. The President of the United Arab Emirates hosted the two leaders.")
    hosted = next(e for e in coded if e[0] == "CONSULT" and "ARE" in e[1])
    assert hosted[2] == ["ARM", "AZE"], coded


def test_any_such_act_is_no_event(analyzer):
    _, coded = events(analyzer, "Israel warned Damascus that any attack on its forces would be met with force.")
    assert [e[0] for e in coded] == ["THREATEN"], coded


def test_congo_is_the_congo_the_text_is_about(analyzer):
    a = analyzer.analyze("The Democratic Republic of Congo accused Rwanda of backing rebels in eastern Congo.")
    assert {x.country for x in a.actors if any(m.text == "Congo" for m in x.mentions)} == {"COD"}


def test_no_stage_fails_on_hard_sentences(analyzer):
    # every stage catches its own failure to keep the others; here none may fail
    texts = [
        "North Korea test-fired two missiles, and Tokyo lodged a protest with Pyongyang.",
        "The three-day visit of South Korean President Moon Jae-in to Pyongyang began on Tuesday.",
        "The United States and Japan launched their annual Keen Sword exercises.",
        "Russia said it would not accept it, and the two neighbours agreed to talk.",
        "Aid workers from Doctors Without Borders were abducted in Borno; the group denied it.",
        "Police fired tear gas to disperse them, and the island's regime banned the march.",
    ]
    for text in texts:
        a = analyzer.analyze(text)
        assert not [w for w in a.warnings if "failed" in w], (text, a.warnings)


@pytest.mark.parametrize("text, expected", [
    ("The Russian embassy denounced the measures and promised a response to London.", ("THREATEN", ["RUS"], ["GBR"])),
    ("Japan handed over five patrol vessels to Vietnam on Tuesday.", ("AID", ["JPN"], ["VNM"])),
    ("Belarus released 14 prisoners, including a Lithuanian citizen.", ("RETREAT", ["BLR"], ["LTU"])),
    ("Germany's and China's foreign ministers met in Berlin. Both ministers agreed to resume consultations.",
     ("AGREE", ["CHN", "DEU"], [])),
    ("Sudan's army and the RSF fought in Khartoum. The UN called on both warring parties to allow aid convoys.",
     ("REQUEST", ["IGO"], ["SDN"])),
    # a handed-over suspect is judicial cooperation, a handed-over hostage a release
    ("Pakistan handed over two terrorism suspects to the United States.", ("COOPERATE", ["PAK"], ["USA"])),
])
def test_promises_handovers_and_groups(analyzer, text, expected):
    _, coded = events(analyzer, text)
    event = first_of(coded, expected[0])  # (reciprocal acts may list one side as recipient)
    assert covers(event[1] + event[2], expected[1]) and covers(event[2], expected[2]), coded


@pytest.mark.parametrize("text, expected", [
    # the entry's object may stand in an "as" phrase; the direct object is then the party
    ("The Sri Lankan army held thousands of Tamil civilians as human shields.", ("COERCE", ["LKA"], ["LKA"])),
    ("Germany recognised Croatia as an independent state.", ("SUPPORT", ["DEU"], ["HRV"])),
    # ordering a newspaper to stop is closing it down
    ("The government of Nicaragua ordered the newspaper La Prensa to suspend publication.", ("COERCE", ["NIC"], [])),
    ("Uzbekistan opened the Friendship Bridge to Afghanistan.", ("RETREAT", ["UZB"], ["AFG"])),
])
def test_objects_in_other_places(analyzer, text, expected):
    _, coded = events(analyzer, text)
    event = first_of(coded, expected[0])
    assert covers(event[1], expected[1]) and covers(event[2], expected[2]), coded


@pytest.mark.parametrize("text, expected", [
    # "its"/"their" before a body or office: the state or group it belongs to
    ("Iran's Revolutionary Guards held naval drills, and their commander warned Israel.", ("THREATEN", ["IRN"], ["ISR"])),
    ("Colombia suspended talks with the ELN and accused its commanders of lying.", ("ACCUSE", ["COL"], ["COL"])),
    # a crowd given by its size belongs to the scene
    ("Police clashed with protesters in Nairobi as thousands marched against the tax bill.", ("PROTEST", ["KEN"], [])),
])
def test_possessives_and_crowds(analyzer, text, expected):
    _, coded = events(analyzer, text)
    event = first_of(coded, expected[0])
    assert event[1] == expected[1] and covers(event[2], expected[2]), coded


def test_the_actors_own_forces_are_not_its_target(analyzer):
    _, coded = events(analyzer, "Serbia responded by putting its army on combat readiness.")
    assert first_of(coded, "MOBILIZE")[1:] == (["SRB"], []), coded


def negation_of(analyzer, text, etype):
    a = analyzer.analyze(text)
    return [e.negated for e in a.events if e.type == etype]


@pytest.mark.parametrize("text, etype, negated", [
    # a clause of its own after "but" keeps its own polarity
    ("Ottawa has not expelled any Indian diplomats yet, but the foreign minister warned New Delhi on Monday "
     "that it would respond.", "THREATEN", [False]),
    # the refusal in "rejected" is the rejecting verb's, not its conjunct's
    ("The Serbian president rejected the report and accused Pristina of provoking the unrest.", "ACCUSE", [False]),
    # a negation carried by the first of two joined verbs covers both
    ("Azerbaijani forces did not attack or shell Armenian villages overnight.", "ASSAULT", [True, True]),
    ("The junta did not sign the accord but agreed to continue talks with ECOWAS.", "AGREE", [False]),
])
def test_negation_reaches_joined_verbs_not_other_clauses(analyzer, text, etype, negated):
    assert negation_of(analyzer, text, etype) == negated


@pytest.mark.parametrize("text, accuser, accused", [
    ("Moscow accused Kyiv of deliberately shelling residential districts of Donetsk.", "RUS", "UKR"),
    ("The Sudanese army accused the Rapid Support Forces of blackmail.", "SDN", "SDN"),
    ("Lithuania criticised Belarus for its support of Russia's invasion of Ukraine.", "LTU", "BLR"),
    ("Pakistan filed a complaint at the UN, accusing India of aggression in Kashmir.", "PAK", "IND"),
    # however deep the alleged acts lie
    ("Georgia accused Russia of financing groups that paid protesters to attack the parliament.", "GEO", "RUS"),
])
def test_what_an_accusation_alleges_is_no_event_of_its_own(analyzer, text, accuser, accused):
    _, coded = events(analyzer, text)
    assert [e[0] for e in coded] == ["ACCUSE"], coded
    assert coded[0][1] == [accuser] and accused in coded[0][2], coded


def test_rejected_criticism_is_addressed_to_the_rejecter(analyzer):
    _, coded = events(analyzer, "Georgian Prime Minister Irakli Kobakhidze rejected the criticism from Washington.")
    assert first_of(coded, "REJECT")[1:] == (["GEO"], ["USA"]), coded
    assert first_of(coded, "ACCUSE")[1:] == (["USA"], ["GEO"]), coded


@pytest.mark.parametrize("text, etype, target", [
    ("Rebels attacked and burned government buildings in the Malian town of Gao.", "ASSAULT", "MLI"),
    ("Hungary refused to meet or negotiate with Ukraine over the minority law.", "REJECT", "UKR"),
])
def test_joined_verbs_share_their_object(analyzer, text, etype, target):
    _, coded = events(analyzer, text)
    found = [e for e in coded if e[0] == etype]
    assert len(found) == 2 and all(target in e[2] for e in found), coded


@pytest.mark.parametrize("text, responder, prompter", [
    ("Japan and the Philippines held joint naval drills near Scarborough Shoal, prompting Beijing to warn "
     "of countermeasures.", "CHN", {"JPN", "PHL"}),
    ("Venezuela annexed the Essequibo region, forcing Guyana to protest.", "GUY", {"VEN"}),
])
def test_a_prompted_act_answers_the_prompting_clause(analyzer, text, responder, prompter):
    _, coded = events(analyzer, text)
    response = next(e for e in coded if e[1] == [responder])
    assert set(response[2]) == prompter, coded


@pytest.mark.parametrize("text, claimer", [
    ("A car bomb exploded near a police station in Mogadishu, killing nine people, in an attack later claimed "
     "by al-Shabaab.", "SOM"),
    ("Gunmen killed 14 soldiers in northern Burkina Faso in an ambush claimed by the Islamic State.", "IMG"),
])
def test_who_claims_an_attack_is_its_actor(analyzer, text, claimer):
    _, coded = events(analyzer, text)
    assert claimer in first_of(coded, "ASSAULT")[1], coded


def test_a_strike_without_modifier_or_preposition_is_no_attack(analyzer):
    _, coded = events(analyzer, "The strike ended after two weeks, the union said.")
    assert "ASSAULT" not in [e[0] for e in coded], coded


def test_a_hunger_strike_on_a_date_stays_a_protest(analyzer):
    _, coded = events(analyzer, "Hundreds of Kurdish prisoners began a hunger strike on Monday against their isolation.")
    assert [e[0] for e in coded] == ["PROTEST"], coded


@pytest.mark.parametrize("text, expected", [
    # a stance on something someone owns or made is addressed to its owner or maker
    ("Kinshasa accepted Kigali's demand to disarm the FDLR militia.", ("CONCEDE", ["COD"], ["RWA"])),
    ("Colombia dismissed the proposal by Venezuela as a provocation.", ("REJECT", ["COL"], ["VEN"])),
    ("Mali's junta received an African Union delegation in Bamako but rejected its plan for early elections.",
     ("REJECT", ["MLI"], ["IGO"])),
])
def test_a_stance_on_an_owned_thing_is_addressed_to_its_owner(analyzer, text, expected):
    _, coded = events(analyzer, text)
    etype, actor, target = expected
    event = first_of(coded, etype)
    assert event[1] == actor and covers(event[2], target), coded


@pytest.mark.parametrize("text, etype, actor, target", [
    ("Belarus closed its border with Lithuania on Friday. The European Union condemned the decision.",
     "ACCUSE", ["EUR"], ["BLR"]),
    ("North Korea test-fired a ballistic missile over the Sea of Japan. Tokyo condemned the launch.",
     "ACCUSE", ["JPN"], ["PRK"]),
    # the accord signed before: welcomed, and not a second agreement of the welcomer's
    ("Armenia and Azerbaijan signed a peace accord in Washington on Friday. France welcomed the accord.",
     "SUPPORT", ["FRA"], ["ARM", "AZE"]),
])
def test_a_stance_on_an_act_told_before(analyzer, text, etype, actor, target):
    _, coded = events(analyzer, text)
    judged = [e for e in coded if e[0] == etype and e[1] == actor]
    assert len(judged) == 1 and covers(judged[0][2], target), coded
    assert not any(e[1] == actor and e[0] not in (etype,) for e in coded), coded


@pytest.mark.parametrize("text, etype, actor, target", [
    ("The African Union suspended Guinea-Bissau from all its activities after the coup.", "SANCTION", ["IGO"], ["GNB"]),
])
def test_suspending_a_member_is_a_sanction(analyzer, text, etype, actor, target):
    _, coded = events(analyzer, text)
    event = first_of(coded, etype)
    assert covers(event[1], actor) and event[2] == target, coded


@pytest.mark.parametrize("text, absent", [
    # a noun that names an organisation is no event
    ("Kazakhstan has frozen its participation in the CSTO alliance.", "COOPERATE"),
    ("NATO leaders met in The Hague. Moscow criticised the NATO alliance.", "COOPERATE"),
    # a noun in -e is its own word, not a verb's stem: "aides" are people, not aid
    ("Police in Lagos arrested three aides of the governor on Monday.", "AID"),
])
def test_names_and_adjectives_are_no_events(analyzer, text, absent):
    _, coded = events(analyzer, text)
    assert absent not in [e[0] for e in coded], coded


def test_the_regional_body_is_the_organisation_named_before(analyzer):
    _, coded = events(analyzer, "ECOWAS lifted its sanctions on Mali. Malian officials thanked the regional body.")
    assert covers(first_of(coded, "SUPPORT")[2], ["IGO"]), coded


def test_a_finite_verb_the_parser_joined_to_a_gerund_is_the_clauses(analyzer):
    _, coded = events(analyzer, "Somalia's government accused Ethiopia of violating its sovereignty and recalled its "
                                "ambassador from Addis Ababa.")
    assert first_of(coded, "SANCTION")[1] == ["SOM"], coded


def test_a_visit_is_to_where_the_visitor_arrived(analyzer):
    _, coded = events(analyzer, "Libyan commander Khalifa Haftar arrived in Cairo on Monday for a two-day visit. "
                                "It was his second trip abroad this year.")
    assert only(coded, "CONSULT")[1:] == (["LBY"], ["EGY"]), coded


def test_the_attackers_are_the_attacks_actors(analyzer):
    a = analyzer.analyze("Al-Shabaab fighters stormed a hotel in Mogadishu before security forces shot dead "
                         "all five attackers.")
    names = {x.id: x.name for x in a.actors}
    shot = [e for e in a.events if e.trigger.text == "shot"]
    assert shot and any("Shabaab" in names[r] for r in shot[0].recipients), shot


@pytest.mark.parametrize("text", [
    "The collapse of a bridge in Nis killed 11 people.",
    "Floods killed at least 40 people in northern Kenya last week.",
])
def test_deaths_no_one_inflicted_are_no_attack(analyzer, text):
    _, coded = events(analyzer, text)
    assert "ASSAULT" not in [e[0] for e in coded], coded


def test_an_outcome_participle_is_no_further_act(analyzer):
    _, coded = events(analyzer, "Armenian and Azerbaijani troops clashed on the border, leaving three soldiers wounded.")
    assert [e[0] for e in coded] == ["ASSAULT"], coded


def test_troops_arriving_are_deployed_and_belong_to_their_unit(analyzer):
    _, coded = events(analyzer, "The first 300 soldiers of a Kenyan police contingent arrived in Port-au-Prince on Tuesday.")
    event = only(coded, "MOBILIZE")
    assert event[1] == ["KEN"], coded


def test_the_two_juntas_are_the_states_named_before(analyzer):
    _, coded = events(analyzer, "Niger and Burkina Faso signed a defence pact in Niamey on Saturday. The two juntas "
                                "accused ECOWAS of plotting an invasion.")
    event = first_of(coded, "ACCUSE")
    assert event[1] == ["BFA", "NER"] and covers(event[2], ["IGO"]), coded


def test_talks_before_or_after_an_act_were_held_by_its_subject(analyzer):
    _, coded = events(analyzer, "Egypt and Turkey agreed to restore full diplomatic ties after three rounds of talks "
                                "in Ankara.")
    talks = only(coded, "CONSULT")
    assert talks[1] == ["EGY", "TUR"], coded
    assert only(coded, "AGREE")


def test_the_talks_just_told_are_no_second_meeting(analyzer):
    _, coded = events(analyzer, "Qatar's emir hosted the presidents of Rwanda and Congo in Doha on Monday. Following "
                                "the talks, the two countries agreed to a ceasefire.")
    assert [e[0] for e in coded].count("CONSULT") == 1, coded


@pytest.mark.parametrize("text, etype", [
    # a participle on the verb of a noun event tells that event again
    ("Russia launched naval exercises in the Baltic Sea on Monday, deploying 30 warships.", "MOBILIZE"),
    # a threat inside a threat is one threat
    ("Ankara warned on Friday that it would take countermeasures against Athens.", "THREATEN"),
])
def test_one_act_told_inside_another_of_its_type(analyzer, text, etype):
    _, coded = events(analyzer, text)
    only(coded, etype)


def test_what_a_court_convicts_for_is_no_act_of_its_own(analyzer):
    _, coded = events(analyzer, "Opposition leader Ousmane Sonko was sentenced to two years in prison by a Dakar court "
                                "for defying a judicial order and insulting the minister.")
    assert [e[0] for e in coded] == ["SANCTION"], coded


@pytest.mark.parametrize("text, threat", [
    ("The UN agency began airlifting food to Malawi, a spokeswoman said, warning that roads could remain cut.", False),
    ("Pyongyang warned that its missiles would strike Seoul.", True),
])
def test_a_warning_of_what_may_happen_is_no_threat(analyzer, text, threat):
    _, coded = events(analyzer, text)
    assert ("THREATEN" in [e[0] for e in coded]) == threat, coded


def test_a_participle_the_parser_hung_in_a_relative_clause_tells_the_main_act(analyzer):
    _, coded = events(analyzer, "Sudanese army jets bombed a market in Nyala where displaced families had gathered, "
                                "killing at least 30 people.")
    assert only(coded, "ASSAULT")[1] == ["SDN"], coded


def test_a_visit_during_which_they_agreed_happened(analyzer):
    _, coded = events(analyzer, "Chinese President Xi Jinping and Kazakh President Kassym-Jomart Tokayev agreed to "
                                "expand rail links during Xi's state visit to Kazakhstan since the start of the year. "
                                "Russia criticised the trip.")
    assert ("CONSULT", ["CHN"], ["KAZ"]) in coded, coded
    assert [e[0] for e in coded].count("CONSULT") == 1, coded
    agree = only(coded, "AGREE")
    assert agree[2] == [] or set(agree[2]) <= {"CHN", "KAZ"}, coded


def test_an_accusation_named_again_by_its_owner_is_no_second_one(analyzer):
    _, coded = events(analyzer, "Poland expelled two Belarusian diplomats. Foreign Minister Radoslaw Sikorski accused "
                                "Minsk of orchestrating the migrant crisis. Belarus summoned the Polish charge "
                                "d'affaires. A spokesman rejected Warsaw's accusations as absurd.")
    assert [e for e in coded if e[0] == "ACCUSE" and e[1] == ["POL"]] == [("ACCUSE", ["POL"], ["BLR"])], coded


def test_talks_during_which_something_was_said_were_held_by_the_speaker(analyzer):
    _, coded = events(analyzer, "Chinese President Xi Jinping praised Pakistan as an 'iron brother' during talks with "
                                "Prime Minister Shehbaz Sharif in Beijing on Tuesday.")
    assert ("CONSULT", ["CHN"], ["PAK"]) in coded, coded


def test_a_demand_made_by_someone_is_conceded_to_them(analyzer):
    _, coded = events(analyzer, "Islamabad accepted the tax reforms demanded by the IMF.")
    assert covers(first_of(coded, "CONCEDE")[2], ["IGO"]), coded


def test_a_claimed_attack_is_one_attack_of_the_claimer(analyzer):
    a = analyzer.analyze("Gunmen stormed a hotel in Mogadishu on Friday, killing nine people. Al-Shabaab claimed "
                         "responsibility for the attack.")
    names = {x.id: x.name for x in a.actors}
    attacks = [e for e in a.events if e.type == "ASSAULT"]
    assert len(attacks) == 1 and [names[i] for i in attacks[0].actors] == ["al-Shabaab"], attacks


def test_a_government_ordering_its_army_to_act_is_one_act(analyzer):
    _, coded = events(analyzer, "Venezuelan President Nicolas Maduro ordered the armed forces to hold exercises near "
                                "the border with Guyana.")
    assert [e[0] for e in coded] == ["MOBILIZE"], coded


def test_security_forces_answering_militants_are_a_second_act(analyzer):
    _, coded = events(analyzer, "Al Shabaab militants stormed a hotel in Mogadishu, killing nine civilians, before "
                                "security forces shot dead all five attackers.")
    assert [e[0] for e in coded].count("ASSAULT") == 2, coded


@pytest.mark.parametrize("text, expected", [
    # a move no event names is the mover's, the subject of the sentence before
    ("Venezuela's National Assembly approved a law declaring the Essequibo region a Venezuelan state. Guyana's "
     "President Irfaan Ali condemned the move as a violation of international law.", [("ACCUSE", ["GUY"], ["VEN"])]),
    # what an accuser's sentence marks as alleged is no event
    ("Sudan filed a case against the United Arab Emirates at the World Court over its alleged role in arming the "
     "Rapid Support Forces.", [("ACCUSE", ["SDN"], ["ARE"])]),
    # a warning no actor gives is commentary
    ("Kenya received a $750 million loan from the World Bank, as analysts warned the country could default.",
     [("AID", ["IGO"], ["KEN"])]),
    # electricity tariffs are prices, not sanctions
    ("The IMF approved a $1.1 billion disbursement to Pakistan after Islamabad raised electricity tariffs.",
     [("AID", ["IGO"], ["PAK"])]),
])
def test_moves_allegations_commentary_and_prices(analyzer, text, expected):
    _, coded = events(analyzer, text)
    assert [(t, a) for t, a, _ in coded] == [(t, a) for t, a, _ in expected], coded
    assert all(covers(got[2], want[2]) for got, want in zip(coded, expected)), coded


@pytest.mark.parametrize("text, expected", [
    # a bare "strike" is an attack through its "on" phrase, a labour strike without one
    ("Tehran condemned Israel's strike on the Iranian embassy compound in Damascus.", ("ASSAULT", ["ISR"], ["IRN"])),
    # a government's coercion of, or concession to, people with no state named is addressed to its own state
    ("Riot police in Tbilisi detained dozens of demonstrators overnight.", ("COERCE", ["GEO"], ["GEO"])),
    ("Kenyan President William Ruto withdrew the finance bill on Wednesday.", ("CONCEDE", ["KEN"], ["KEN"])),
    # a place of another state says whose people they were
    ("Israeli troops detained seven men during a raid in Syria's Quneitra province.", ("COERCE", ["ISR"], ["SYR"])),
    # the other side of a border is not the scene
    ("NATO increased its troop presence in Kosovo. Masked gunmen attacked a police patrol near the Serbian border.",
     ("ASSAULT", ["XKX"], ["XKX"])),
    # whom a government sends people to says whose they are
    ("Thai police arrested an opposition activist in Bangkok and deported him to Cambodia on Monday.",
     ("COERCE", ["THA"], ["KHM"])),
    # a passive act's agent in the clause that says when
    ("Six militants were killed when Pakistani troops raided a hideout in North Waziristan.",
     ("ASSAULT", ["PAK"], ["PAK"])),
    # a summing-up noun judged in a reduced passive: addressed to the parties of the act
    ("Guatemalan prosecutors raided the offices of the electoral tribunal on Friday, a move condemned by the "
     "Organization of American States.", ("ACCUSE", ["IGO"], ["GTM"])),
    ("Morocco and Spain agreed to reopen their border posts, a step hailed by the European Commission.",
     ("SUPPORT", ["EUR"], ["ESP", "MAR"])),
    # a claim of responsibility makes the claimer the actor of the attack told before
    ("Gunmen stormed a hotel in Mogadishu on Friday, killing nine people. Al-Shabaab claimed responsibility for the "
     "attack, which was condemned by the African Union.", ("ASSAULT", ["SOM"], ["SOM"])),
    # a ban on one's own people is repression; on another state's goods a sanction
    ("Thailand's Constitutional Court banned the leaders of the opposition Move Forward Party from politics.",
     ("COERCE", ["THA"], ["THA"])),
    ("Nicaragua stripped 94 exiled dissidents of their citizenship on Wednesday.", ("COERCE", ["NIC"], ["NIC"])),
    ("Russia banned imports of Polish apples in 2014.", ("SANCTION", ["RUS"], ["POL"])),
    # "the three countries" are the three states named last
    ("Senegal, Gambia and Guinea-Bissau signed a border accord on Friday. The African Union welcomed the accord "
     "and urged the three countries to demarcate the frontier.", ("REQUEST", ["IGO"], ["GMB", "GNB", "SEN"])),
    # "the two countries' army chiefs" are the two countries'
    ("India and Pakistan exchanged fire across the border. The two countries' army chiefs met on Sunday.",
     ("CONSULT", ["IND", "PAK"], [])),
    # an active verb the parser joined to a reported passive is the reporter's, not negated
    ("The Danish foreign ministry said it had not been consulted and summoned the Chinese ambassador.",
     ("ACCUSE", ["DNK"], ["CHN"])),
    # a participle after the report shares the speaker its pronoun stands for
    ("Azerbaijan said it had closed the border crossing, accusing Armenia of provocations.",
     ("ACCUSE", ["AZE"], ["ARM"])),
    # ... and a participle that says something is the reporter's when the report names no one
    ("Egypt's defence minister warned that any incursion would be repelled, accusing Ethiopia of provocations.",
     ("ACCUSE", ["EGY"], ["ETH"])),
    # a city name several countries share is the one in the country the text names
    ("Bolivian farmers blocked the road to Santa Cruz on Monday.", ("PROTEST", ["BOL"], ["BOL"])),
    # a surname named in full before is the person, even where the tagger reads a common noun
    ("Bolivia's former President Evo Morales was charged on Monday. Morales supporters marched in La Paz.",
     ("PROTEST", ["BOL"], ["BOL"])),
    # ... and a family name written first ("Kim" after "Kim Jong Un", not another Kim in the KB)
    ("North Korean leader Kim Jong Un met Russian Defence Minister Andrei Belousov in Pyongyang. Kim pledged "
     "support for Moscow.", ("SUPPORT", ["PRK"], ["RUS"])),
    # a subject "it" is the last body named as a subject in the singular
    ("Kosovo police arrested two Serbian officials on Monday. Belgrade condemned the arrests. It also recalled "
     "its envoy from Pristina.", ("SANCTION", ["SRB"], ["XKX"])),
    ("Chad's army denied the report on Sunday, but it shelled rebel camps in Sudan the next day.",
     ("ASSAULT", ["TCD"], ["SDN"])),
    # a capital stands for its government, also of a state pycountry lacks
    ("Serbian police detained two Kosovo officials on Monday. Pristina condemned the arrests.",
     ("ACCUSE", ["XKX"], ["SRB"])),
    # contacting someone to urge or protest is the caller's act, addressed to the one called
    ("Pope Francis telephoned President Daniel Ortega to urge clemency for the bishop.", ("REQUEST", ["VAT"], ["NIC"])),
    # the scene is where the target is, when the phrase says where ("at a checkpoint in …")
    ("Jihadists killed 12 soldiers at a checkpoint in northern Mali on Tuesday.", ("ASSAULT", ["MLI"], ["MLI"])),
    # an act that names its addressee keeps it, prompted or not
    ("Iranian border guards detained 30 Pakistani fishermen, prompting Balochistan's chief minister to urge "
     "Islamabad to secure their release.", ("REQUEST", ["PAK"], ["PAK"])),
])
def test_an_event_coded_with_its_parties(analyzer, text, expected):
    _, coded = events(analyzer, text)
    assert expected in coded, coded


@pytest.mark.parametrize("text, expected", [
    # the complement an entry asks for decides, and is no act of its own
    ("Mali ordered French troops to leave the country within six months.", [("SANCTION", ["MLI"], ["FRA"])]),
    # what is given may follow "with" when the receiver is the object
    ("Germany provided Ukraine with Patriot air defence systems.", [("AID", ["DEU"], ["UKR"])]),
    # the attackers are those who did the attack just told
    ("Gunmen from Boko Haram attacked a village in Borno state, before Nigerian soldiers killed four of the attackers.",
     [("ASSAULT", ["NGA"], ["NGA"]), ("ASSAULT", ["NGA"], ["NGA"])]),
    # an instrument is not who does the complement; using tear gas is repression
    ("Thousands of teachers marched through Tegucigalpa, and police used tear gas to disperse them and arrested "
     "at least 15.", [("PROTEST", ["HND"], ["HND"]), ("COERCE", ["HND"], ["HND"]), ("COERCE", ["HND"], ["HND"])]),
    # places the model read as one name
    ("Russian missiles hit energy facilities in Kharkiv and Odesa overnight.", [("ASSAULT", ["RUS"], ["UKR"])]),
    # a call made by another and rejected is addressed to the one who rejects it
    ("Eritrea on Tuesday rejected a US call to pull its troops out of Ethiopia's Tigray region.",
     [("REQUEST", ["USA"], ["ERI"]), ("REJECT", ["ERI"], ["USA"])]),
    # what is asked for through a verb that is no event is the request's content
    ("Tamil Nadu's chief minister urged New Delhi to secure the release of the fishermen.",
     [("REQUEST", ["IND"], ["IND"])]),
    # jihadists in a scene belong to its state
    ("Jihadists attacked a military camp in Niger's Tillaberi region on Thursday, killing 22 soldiers.",
     [("ASSAULT", ["NER"], ["NER"])]),
    # a demand yielded to is the concession's target, not a new request
    ("Kinshasa accepted Kigali's demand to withdraw its troops from the border.", [("CONCEDE", ["COD"], ["RWA"])]),
    # ", forcing thousands to flee" is an outcome
    ("M23 rebels clashed with Congolese troops near Walikale, forcing thousands of residents to flee.",
     [("ASSAULT", ["COD"], ["COD"])]),
    # a government's release of people with no nationality named is of its own people
    ("Belarus freed 52 political prisoners on Thursday.", [("RETREAT", ["BLR"], ["BLR"])]),
    # a group's release names no state it did not say
    ("Hamas released three hostages on Saturday.", [("RETREAT", ["PSE"], [])]),
    # an outcome is no act: ", allowing" tells what the attack made possible
    ("Gangs attacked the main prison in Port-au-Prince, allowing 3,000 inmates to escape.", [("ASSAULT", ["HTI"], ["HTI"])]),
    # "the enclave", "the generals", "the Baltic country" refer back (not to the subject's own side)
    ("Israel and Hamas agreed to a truce in Gaza on Sunday, and Jordan sent 20 tonnes of medicine to the enclave.",
     [("AGREE", ["ISR", "PSE"], []), ("AID", ["JOR"], ["PSE"])]),
    ("Myanmar's military junta bombed a village on Tuesday, and ASEAN condemned the generals.",
     [("ASSAULT", ["MMR"], []), ("ACCUSE", ["IGO"], ["MMR"])]),
    ("Lithuania expelled two Belarusian diplomats on Monday. Minsk vowed to retaliate against the Baltic country.",
     [("SANCTION", ["LTU"], ["BLR"]), ("THREATEN", ["BLR"], ["LTU"])]),
    # suspending coordination is the sanction; the coordination is no act of its own
    ("The Palestinian Authority condemned Israel over the raid and suspended security coordination with it.",
     [("ACCUSE", ["PSE"], ["ISR"]), ("SANCTION", ["PSE"], ["ISR"])]),
    # what talks are about is no party; coming to a capital for talks is talks with its government
    ("Wang Yi arrived in Islamabad on Saturday for talks on the security of Chinese workers.",
     [("CONSULT", ["CHN"], ["PAK"])]),
    ("The envoys returned to Geneva for talks on Monday.", []),
    # a named journalist with no state is the scene's
    ("A court in Lima sentenced investigative journalist Carla Ruiz to four years in prison on Friday.",
     [("SANCTION", ["PER"], ["PER"])]),
    # a verb entry may ask for a phrase: "spoke by telephone" is a call, "spoke at a rally" none;
    # a clause of its own after "after" is an act of its own
    ("Colombia and Venezuela agreed to reopen their border after Colombian President Gustavo Petro and his "
     "Venezuelan counterpart Nicolas Maduro spoke by telephone on Sunday.",
     [("AGREE", ["COL", "VEN"], []), ("CONSULT", ["COL", "VEN"], [])]),
    ("The Kenyan president spoke at a rally in Nairobi on Sunday.", []),
    ("Thousands gathered outside parliament in Tbilisi on Sunday against the ruling party.",
     [("PROTEST", ["GEO"], ["GEO"])]),
    # what a complaint is "over" is its charge
    ("Pakistan's foreign ministry lodged a formal complaint with India on Monday over the shelling in Kashmir.",
     [("ACCUSE", ["PAK"], ["IND"])]),
    # a deal or summit named as the frame of another act, and a blockade only simulated, are no events
    ("Ethiopia released 300 Tigrayan detainees on Wednesday under the terms of the peace deal with the TPLF.",
     [("RETREAT", ["ETH"], ["ETH"])]),
    ("China launched drills around Taiwan, deploying warships to simulate a blockade of the island's ports.",
     [("MOBILIZE", ["CHN"], ["TWN"])]),
    ("Soldiers placed President Mohamed Bazoum under house arrest in Niamey.", [("COERCE", ["NER"], ["NER"])]),
    # recalling an ambassador for consultations is the recall
    ("Algeria recalled its ambassador to Paris for consultations on Tuesday.", [("SANCTION", ["DZA"], ["FRA"])]),
    # a concession asked for is the request's content
    ("The two leaders called on Israel to allow unrestricted humanitarian access to Gaza.", [("REQUEST", [], ["ISR"])]),
    # lexicon entries: a force ordered somewhere is deployed; driving fighters out is fighting
    ("Peruvian President Dina Boluarte ordered the army onto the streets of Lima on Monday.",
     [("MOBILIZE", ["PER"], [])]),
    ("Militants attacked a town in northern Mozambique on Friday. Rwandan troops drove them out after two days "
     "of fighting.", [("ASSAULT", ["MOZ"], ["MOZ"]), ("ASSAULT", ["RWA"], ["MOZ"])]),
    # an arrest warrant sought or asked for is a charge; dismissing another's warrant is a
    # refusal addressed to its maker, and the warrant stays the maker's charge
    ("International Criminal Court prosecutor Karim Khan requested an arrest warrant for Myanmar's military leader "
     "Min Aung Hlaing.", [("ACCUSE", ["IGO"], ["MMR"])]),
    ("The ICC prosecutor asked judges to issue arrest warrants for two Taliban leaders over the persecution of "
     "women.", [("ACCUSE", ["IGO"], ["AFG"])]),
    ("Kremlin spokesman Dmitry Peskov dismissed the International Criminal Court's arrest warrant for President "
     "Vladimir Putin as null and void.", [("REJECT", ["RUS"], ["IGO"]), ("ACCUSE", ["IGO"], ["RUS"])]),
    ("North Korea launched a hunger strike.", [("PROTEST", ["PRK"], ["PRK"])]),
    # calling an act a failure denounces whoever did it
    ("Indian Prime Minister Narendra Modi visited Moscow on Tuesday. Ukrainian President Volodymyr Zelensky "
     "called the trip a huge disappointment.", [("CONSULT", ["IND"], ["RUS"]), ("ACCUSE", ["UKR"], ["IND"])]),
    ("The ministry called for calm.", []),
    # the phrase a verb entry asks for may hold the party: "spoke by telephone with Putin"
    ("German Chancellor Angela Merkel spoke by telephone with Russian President Vladimir Putin on Sunday about "
     "the crisis in eastern Ukraine.", [("CONSULT", ["DEU"], ["RUS"])]),
    # a passive's subject that is the entry's object names the target in its phrases
    ("Budget support to Uganda was suspended by the World Bank on Tuesday.", [("SANCTION", ["IGO"], ["UGA"])]),
    ("Sanctions on Syria's central bank were lifted by the United States on Thursday.",
     [("CONCEDE", ["USA"], ["SYR"])]),
    # a second participle joined to the first tells the same attack
    ("Ukraine said on Saturday that Russian missiles had hit an apartment block in the city of Dnipro, killing at "
     "least 30 people and wounding dozens more.", [("ASSAULT", ["RUS"], ["UKR"])]),
    # what a threat names is its content, whoever would carry it out
    ("France, Britain and Germany threatened to trigger the snapback of UN sanctions if Iran did not return to "
     "compliance.", [("THREATEN", ["DEU", "FRA", "GBR"], ["IRN"])]),
    # a threat joined to a denunciation is aimed where the denunciation was
    ("The Russian embassy denounced the British government's measures as Russophobic and promised a response.",
     [("ACCUSE", ["RUS"], ["GBR"]), ("THREATEN", ["RUS"], ["GBR"])]),
    # bowing to demands is yielding; ", formally ending …" is an outcome
    ("Ethiopia and Eritrea signed a peace agreement in Jeddah on Sunday, formally ending two decades of hostility.",
     [("SUPPORT", ["ERI", "ETH"], [])]),
    # "the North" is the state the text names "North …"; "the Commission" the one named before
    ("North Korea test-fired two missiles on Tuesday. Seoul accused the North of a clear provocation.",
     [("MOBILIZE", ["PRK"], []), ("ACCUSE", ["KOR"], ["PRK"])]),
    ("The European Commission opened proceedings against Hungary on Wednesday. Prime Minister Viktor Orban "
     "accused the Commission of blackmail.", [("ACCUSE", ["HUN"], ["EUR"])]),
    # an electoral commission is its state's; barring a politician at home is repression
    ("Moldova's Central Electoral Commission barred the opposition leader from running in the elections.",
     [("COERCE", ["MDA"], ["MDA"])]),
    ("The Pentagon ordered a second aircraft carrier to the region.", [("MOBILIZE", ["USA"], [])]),
    # a deployment announced with no target stays a deployment; against someone it is a threat
    ("Kenya said it would send 400 more police officers to Haiti within weeks.", [("MOBILIZE", ["KEN"], [])]),
    ("Russia said it would deploy more troops against Ukraine.", [("THREATEN", ["RUS"], ["UKR"])]),
    # a refused demand is no demand of the one refusing it
    ("Iran rejected the demand on Monday.", [("REJECT", ["IRN"], [])]),
    # a state a modifier names in a relative clause is not the scene; a place there is
    ("Police in Minsk detained dozens of students as thousands gathered outside the university to protest "
     "against a law that critics say copies Russian legislation.",
     [("COERCE", ["BLR"], ["BLR"]), ("PROTEST", ["BLR"], ["BLR"])]),
    ("Police fired tear gas at thousands of teachers who marched through central Buenos Aires on Wednesday.",
     [("COERCE", ["ARG"], ["ARG"]), ("PROTEST", ["ARG"], ["ARG"])]),
    # two states striking together strike the state where the targets are (two signing together
    # do not sign with the host)
    ("American and British warplanes struck rebel positions in northern Yemen on Monday.",
     [("ASSAULT", ["GBR", "USA"], ["YEM"])]),
    ("France and Germany signed the accord in Washington.", [("SUPPORT", ["DEU", "FRA"], [])]),
    # a commentator's warning is no threat, and "any withdrawal" no particular act
    ("Analysts warned that any further withdrawal of Western forces could leave a dangerous security vacuum.", []),
    # a summons to protest is one act, addressed to the one summoned
    ("China summoned the Philippine ambassador to protest against the collision.", [("ACCUSE", ["CHN"], ["PHL"])]),
    # a vetoed statement condemned nothing; the crackdown it names happened
    ("Poland vetoed a draft EU statement condemning Belarus's crackdown on journalists.",
     [("REJECT", ["POL"], ["EUR"]), ("COERCE", ["BLR"], ["BLR"])]),
    # capturing a command post is seizing ground, not an arrest
    ("The army's regional command in Lashio was captured by rebels of the Myanmar National Democratic Alliance "
     "Army.", [("ASSAULT", ["MMR"], ["MMR"])]),
    # a threat or demand joined to an accusation is aimed where the accusation was
    ("Ankara accused Athens of provocation and vowed to retaliate.",
     [("ACCUSE", ["TUR"], ["GRC"]), ("THREATEN", ["TUR"], ["GRC"])]),
    ("Manila lodged a formal complaint with Beijing and demanded compensation for the fishermen.",
     [("ACCUSE", ["PHL"], ["CHN"]), ("REQUEST", ["PHL"], ["CHN"])]),
    # a veto is addressed to whoever proposed the text, and what the text demands is no event
    ("Moscow vetoed a proposal by France for a resolution demanding a ceasefire in Syria.",
     [("REJECT", ["RUS"], ["FRA"])]),
    # beside a possessor that acts, the "of" phrase is what it acts on
    ("Algeria condemned Spain's backing of Morocco's autonomy plan.",
     [("ACCUSE", ["DZA"], ["ESP", "MAR"]), ("SUPPORT", ["ESP"], ["MAR"])]),
    # the condition of a threat names its recipient and is no act, however the parser joins it
    ("Seoul warned that it would retaliate quickly and decisively if Pyongyang launched another attack.",
     [("THREATEN", ["KOR"], ["PRK"])]),
    # "Riot" is no person but part of the police the scene places
    ("Thousands of Serbians marched in Belgrade on Friday. Riot police used water cannon against them.",
     [("PROTEST", ["SRB"], ["SRB"]), ("COERCE", ["SRB"], ["SRB"])]),
    # "troops from X and Y": both states act
    ("Troops from Kenya and Uganda attacked rebel positions in Somalia.", [("ASSAULT", ["KEN", "UGA"], ["SOM"])]),
    ("Indian and Bangladeshi border guards began joint patrols along the river on Sunday.",
     [("COOPERATE", ["BGD", "IND"], [])]),
    # a state's name before a title belongs to the title, however the parser hangs it
    ("Solomon Islands Prime Minister Jeremiah Manele criticised Canberra's decision.", [("ACCUSE", ["SLB"], ["AUS"])]),
    # a court in a state's capital is that state's
    ("A court in Kenya's capital Nairobi sentenced a British journalist to two years in prison.",
     [("SANCTION", ["KEN"], ["GBR"])]),
    # a withdrawal from a base is a withdrawal from the state the base is in (a town the model
    # took for a product is still a town)
    ("The United States completed the withdrawal of its troops from the air base in Agadez on Monday.",
     [("RETREAT", ["USA"], ["NER"])]),
    ("Kenya granted shelter to 3,000 Somali families.", [("AID", ["KEN"], ["SOM"])]),
    # turning down a loan refuses it; the loan is no aid given
    ("Zambia turned down a $500 million Chinese loan.", [("REJECT", ["ZMB"], ["CHN"])]),
    # a hosted visit is the guest's
    ("Chinese President Xi Jinping hosted Brazil's Lula in Beijing. Washington criticised the visit.",
     [("CONSULT", ["CHN"], ["BRA"]), ("ACCUSE", ["USA"], ["BRA"])]),
    # "X-brokered", "X-drafted": the text's maker receives the refusal
    ("Hamas rejected a US-brokered proposal for a truce in Gaza.", [("REJECT", ["PSE"], ["USA"])]),
    ("Moscow vetoed a French-drafted resolution on Mali.", [("REJECT", ["RUS"], ["FRA"])]),
    # a government that protests complains (the lexicon's 'official'); a crowd demonstrates
    ("Ghana protested to Lome over the treatment of its citizens.", [("ACCUSE", ["GHA"], ["TGO"])]),
    ("Thousands of Ghanaians protested against the government in Accra.", [("PROTEST", ["GHA"], ["GHA"])]),
    # a threat prompted by an act answers its doers, whatever sea it names
    ("Japan and the Philippines began joint naval exercises on Monday, prompting Beijing to warn that it would "
     "take countermeasures to defend its rights in the South China Sea.",
     [("COOPERATE", ["JPN", "PHL"], []), ("THREATEN", ["CHN"], ["JPN", "PHL"])]),
    # a border in a verb joined to the act is not the act's
    ("The European Commission criticised conditions in Italian migrant camps and urged Rome to stop pushbacks at "
     "its border with Slovenia.", [("ACCUSE", ["EUR"], ["ITA"]), ("REQUEST", ["EUR"], ["ITA"])]),
    # "others" are of the people named before
    # (a raid that killed is the killing; the detentions are an act of their own)
    ("Turkish troops raided a village in northern Iraq, killing three Iraqis and detaining several others.",
     [("ASSAULT", ["TUR"], ["IRQ"]), ("COERCE", ["TUR"], ["IRQ"])]),
    # receiving a named person is hosting a visit
    ("Erdogan received Zelensky in Istanbul on Saturday.", [("CONSULT", ["TUR"], ["UKR"])]),
    # the host's guest is the one received
    ("Kenyan President William Ruto received Ugandan President Yoweri Museveni in Nairobi on Monday. The Kenyan "
     "leader thanked his guest for his support.", [("CONSULT", ["KEN"], ["UGA"]), ("SUPPORT", ["KEN"], ["UGA"])]),
    # a response announced is a threat; one told as done is no event of its own (the lexicon's
    # 'announced'), but the fire it was made with is
    ("Venezuela said it would respond in kind to any Guyanese provocation.", [("THREATEN", ["VEN"], ["GUY"])]),
    ("The ministry responded to questions from reporters on Monday.", []),
    ("Azerbaijan responded with artillery fire on the Armenian village of Sotk.", [("ASSAULT", ["AZE"], ["ARM"])]),
    ("Latvia declared an employee of the Belarusian embassy persona non grata on Friday.",
     [("SANCTION", ["LVA"], ["BLR"])]),
    # a proposal's maker named in a relative clause receives its refusal
    ("Moscow rejected the plan, which Ankara had proposed.", [("REJECT", ["RUS"], ["TUR"])]),
    # what a text not adopted demands is no act
    ("The Security Council failed to adopt a resolution calling for a truce in Libya after China vetoed it.",
     [("AGREE", ["UNO"], ["LBY"]), ("REJECT", ["CHN"], ["LBY"])]),
    # ramming a boat is an attack; the participles after it tell the same act
    ("A Chinese coast guard ship rammed a Vietnamese fishing boat near the Paracel Islands, damaging its hull and "
     "injuring four fishermen.", [("ASSAULT", ["CHN"], ["VNM"])]),
    # the means of an announced response is announced too
    ("The Kremlin said Moscow would respond in kind by expelling a Latvian diplomat.",
     [("THREATEN", ["RUS"], ["LVA"])]),
    # fighters of a people without a state belong to the state they fight in
    ("A Turkish offensive against Kurdish militias in northern Iraq entered its second week on Monday.",
     [("ASSAULT", ["TUR"], ["IRQ"])]),
    # "Thai" is a people, not a town of that name
    ("The Cambodian government allowed a team of Thai engineers to inspect the dam.", [("CONCEDE", ["KHM"], ["THA"])]),
    # an act judged again by its noun is the act told before; a threat said after a
    # condemnation is aimed where it was
    ("Mali expelled two Swedish diplomats on Monday. Stockholm condemned the expulsions by Bamako as unjustified "
     "and said it would respond in kind.",
     [("SANCTION", ["MLI"], ["SWE"]), ("ACCUSE", ["SWE"], ["MLI"]), ("THREATEN", ["SWE"], ["MLI"])]),
    # people taken where the clause a participle hangs on happens are of that place's state
    ("Israeli troops raided a village near Nablus in the occupied West Bank on Tuesday, killing two Palestinian "
     "gunmen and arresting nine suspects.",
     [("ASSAULT", ["ISR"], ["PSE"]), ("COERCE", ["ISR"], ["PSE"])]),
    # forces or strikes that back an attack take part in it; no verbal support
    ("Iraqi forces backed by U.S. airstrikes recaptured the town of Rawa from Islamic State militants.",
     [("ASSAULT", ["USA"], ["IMG"]), ("ASSAULT", ["IRQ"], ["IMG"])]),
    ("Malian troops, backed by Russian forces, retook the northern town of Kidal from Tuareg rebels.",
     [("ASSAULT", ["MLI", "RUS"], ["MLI"])]),
    # seeking to do something is trying, not a request
    ("Indonesia and Australia signed a security pact in Jakarta, as both countries seek to strengthen maritime "
     "security.", [("SUPPORT", ["AUS", "IDN"], [])]),
    # a finite verb right after a name the parser joined to the phrase before has it for subject
    ("Rebels shelled a camp near Goma on Sunday as the army bombed rebel positions in Rutshuru and the European "
     "Union pledged 50 million euros in aid.",
     [("ASSAULT", ["COD"], ["COD"]), ("ASSAULT", ["COD"], ["COD"]), ("AGREE", ["EUR"], [])]),
    # a refusal said after an accusation is addressed where the accusation was
    ("Venezuela's foreign minister accused Washington of piracy and said Caracas refused to negotiate under threats.",
     [("ACCUSE", ["VEN"], ["USA"]), ("REJECT", ["VEN"], ["USA"])]),
    # a stance on an act between two parties is addressed to both
    ("The African Union welcomed the exchange of prisoners between Ethiopia and Eritrea.",
     [("SUPPORT", ["IGO"], ["ERI", "ETH"])]),
    # what a call is made for is said to the one called
    ("Indonesia's foreign minister telephoned his Malaysian counterpart on Friday to protest against the raid.",
     [("CONSULT", ["IDN"], ["MYS"]), ("ACCUSE", ["IDN"], ["MYS"])]),
    # "the island" where drills are held is the state it refers back to
    ("Japan's defence ministry said it had spotted six Chinese warships on Monday as Beijing held drills around "
     "the island.", [("MOBILIZE", ["CHN"], ["JPN"])]),
    # what a government shuts that another state runs is aimed at that state
    ("Kosovo police shut down Serbian-run post offices in several northern towns on Wednesday.",
     [("COERCE", ["XKX"], ["SRB"])]),
    # people of another state released, by name of their trade; "others" are more of them
    ("Mali's junta released eight Senegalese truck drivers and promised to free four others.",
     [("RETREAT", ["MLI"], ["SEN"]), ("AGREE", ["MLI"], ["SEN"])]),
    ("The minister returned to Dakar with eight Senegalese truck drivers released by Mali's junta.",
     [("RETREAT", ["MLI"], ["SEN"])]),
    # stepping up patrols is a show of force; stepping up attacks attacks
    ("NATO peacekeepers stepped up patrols along the boundary line.", [("MOBILIZE", ["IGO"], [])]),
    ("Russia stepped up its attacks on Kharkiv.", [("ASSAULT", ["RUS"], ["UKR"])]),
    # a refusal despite someone's calls is addressed to them
    ("Israel refused to withdraw its troops despite US calls.",
     [("REJECT", ["ISR"], ["USA"]), ("REQUEST", ["USA"], ["ISR"])]),
    # an option "on the table" is no act; warning that it is threatens whom it is aimed at
    ("Brussels said that sanctions against Serbian officials were on the table.", []),
    ("The White House warned that sanctions against Iran remained on the table.", [("THREATEN", ["USA"], ["IRN"])]),
    # a verb the parser hangs on a subject as a participle, in a sentence with no other verb, is active
    ("Russia's deputy foreign minister met Turkish officials in Ankara. The United Nations, which brokered the "
     "original agreement with Turkey in 2022, called on both sides to show flexibility.",
     [("CONSULT", ["RUS"], ["TUR"]), ("CONSULT", ["UNO"], ["TUR"]), ("REQUEST", ["UNO"], ["RUS", "TUR"])]),
    # what an earthquake destroys no one destroyed
    ("An earthquake destroyed hundreds of homes in Herat.", []),
    ("Soldiers destroyed hundreds of homes in Herat.", [("COERCE", ["AFG"], ["AFG"])]),
    # "will not hesitate to strike" announces a strike
    ("Athens will not hesitate to attack Turkish ships that enter its waters, the Greek minister said.",
     [("THREATEN", ["GRC"], ["TUR"])]),
    # "the lender" is the international body named before
    ("The World Bank froze its loans to Uganda until Kampala accepted the lender's conditions.",
     [("SANCTION", ["IGO"], ["UGA"]), ("CONCEDE", ["UGA"], ["IGO"])]),
    # "the two" after two leaders met; an agreed joint deployment is the agreement
    ("Liberian President Joseph Boakai met Sierra Leone's President Julius Maada Bio in Monrovia on Friday, and "
     "the two agreed to step up joint patrols along their border.",
     [("CONSULT", ["LBR"], ["SLE"]), ("AGREE", ["LBR", "SLE"], [])]),
    # a subject the parser hangs on the auxiliary
    ("Ugandan President Yoweri Museveni met Kenya's president in Kampala. Nairobi had on Monday again accused "
     "Kampala of blocking fuel imports.", [("CONSULT", ["UGA"], ["KEN"]), ("ACCUSE", ["KEN"], ["UGA"])]),
    # "ethnic" names a people, who belong to the scene; a passive "met with" is no meeting
    ("Hundreds of ethnic Hungarians rallied in Uzhhorod against a language law.", [("PROTEST", ["UKR"], ["UKR"])]),
    ("Seoul warned that any North Korean incursion would be met with a swift response.",
     [("THREATEN", ["KOR"], ["PRK"])]),
    # walking off the job is a strike; an act named as the agent of a passive of its type is that act
    ("Thousands of nurses in Malawi walked off the job on Monday over unpaid wages.", [("PROTEST", ["MWI"], ["MWI"])]),
    ("Villages near Aleppo were hit by dozens of airstrikes carried out by Russian warplanes.",
     [("ASSAULT", ["RUS"], ["SYR"])]),
    # the judged act summed up by a noun the parser joins to the judge's name
    ("A court in Minsk sentenced opposition figure Maria Kolesnikova to 11 years in prison on Monday, a ruling "
     "Amnesty International condemned as politically motivated.",
     [("SANCTION", ["BLR"], ["BLR"]), ("ACCUSE", ["NGO"], ["BLR"])]),
    # the owner of what is called shameful; a named rebel group acts in the scene's state
    ("Poland banned Ukrainian grain imports. Ukraine's prime minister called Warsaw's ban shameful.",
     [("SANCTION", ["POL"], ["UKR"]), ("ACCUSE", ["UKR"], ["POL"])]),
    ("Elections were held in Mali in July. The government in Bamako blamed the rebel group for the violence.",
     [("ACCUSE", ["MLI"], ["MLI"])]),
    ("Kurdish rebels ambushed an army patrol in eastern Turkey on Friday.", [("ASSAULT", ["TUR"], ["TUR"])]),
    # a currency swap is credit, not a prisoner exchange; what a ban forbids does not happen
    ("Japan announced a $3 billion currency swap for Indonesia.", [("AID", ["JPN"], ["IDN"])]),
    ("The Kenyan government lifted its ban on rallies by opposition parties.", [("CONCEDE", ["KEN"], ["KEN"])]),
    ("The EU imposed a ban on arms exports to Myanmar.", [("SANCTION", ["EUR"], ["MMR"])]),
    # what talks are about is not done; people freed through the Red Cross are freed to their state
    ("The leaders of Georgia and Armenia met in Geneva on Monday for talks on a peace treaty between the two "
     "countries.", [("CONSULT", ["ARM", "GEO"], [])]),
    ("The rebels handed over two Colombian soldiers to the Red Cross in Cauca on Sunday.",
     [("RETREAT", ["COL"], ["COL"])]),
    # what people are only suspected of is no event; expelling journalists is coercion
    ("Turkish police detained 20 people suspected of involvement in bombings in Istanbul.",
     [("COERCE", ["TUR"], ["TUR"])]),
    ("Niger's junta ordered the expulsion of three French journalists on Friday.", [("COERCE", ["NER"], ["FRA"])]),
    # where forces are stationed is no deployment; what another gave goes to who receives it
    ("The last Russian soldiers stationed in Armenia left on Friday.", [("RETREAT", ["RUS"], ["ARM"])]),
    ("Moldova received 20 armoured vehicles donated by the German government on Monday.",
     [("AID", ["DEU"], ["MDA"])]),
    # a foreign mission is no scene: the arrest inside it is in the city it stands in
    ("Peru recalled its ambassador from Bolivia after Bolivian police arrested former minister Juan Quispe "
     "inside the Peruvian embassy in La Paz.", [("SANCTION", ["PER"], ["BOL"]), ("COERCE", ["BOL"], ["BOL"])]),
    # "the guerrilla group" is the rebels named before
    ("Colombia's president met FARC commanders in Havana and agreed to extend a ceasefire with the guerrilla group.",
     [("CONSULT", ["COL"], ["COL"]), ("AGREE", ["COL"], ["COL"])]),
    # who people are said to be ("accused of", "suspected of") is no accusation and no act
    ("Turkish troops demolished the homes of two Kurds accused of carrying out a bombing in Diyarbakir.",
     [("COERCE", ["TUR"], ["TUR"])]),
    ("Kosovo police arrested three Serbs suspected of attacking a Kosovo police patrol in Leposavic.",
     [("COERCE", ["XKX"], ["SRB"])]),
    # the owner in a joined clause's subject is the first clause's subject
    ("Mali demanded that French troops leave. Paris accepted Bamako's demand, and its soldiers began pulling out "
     "on Sunday.", [("REQUEST", ["MLI"], ["FRA"]), ("CONCEDE", ["FRA"], ["MLI"]), ("RETREAT", ["FRA"], [])]),
    # force told again as the occasion of an act of force, or in participles after it, is one operation
    ("Burkinabe soldiers killed 30 villagers in a raid on the town of Djibo.", [("ASSAULT", ["BFA"], ["BFA"])]),
    ("Jihadists attacked the town of Mocimboa in northern Mozambique, burning houses and beheading four men.",
     [("ASSAULT", ["MOZ"], ["MOZ"])]),
    ("Turkish police fired tear gas at protesters in Istanbul, injuring dozens.", [("COERCE", ["TUR"], ["TUR"])]),
    # a speaker facing reporters meets no party
    ("Kenya's president praised Tanzania's leader during a news conference in Nairobi.", [("SUPPORT", ["KEN"], ["TZA"])]),
    # the leader of a region is of the region's state, not the host named before
    ("Ethiopia's prime minister hosted the leader of the breakaway region of Somaliland in Addis Ababa.",
     [("CONSULT", ["ETH"], ["SOM"])]),
    # a withdrawal of a state's own forces is from the other state the text names
    ("Tensions have risen along the border with Mali for months. Algeria began withdrawing its forces from several "
     "border posts.", [("RETREAT", ["DZA"], ["MLI"])]),
    # one call told twice; a package of tax rises is no aid
    ("Turkey's foreign minister received a telephone call from his Iraqi counterpart on Monday, and the two discussed "
     "bilateral ties.", [("CONSULT", ["IRQ"], ["TUR"])]),
    ("Ghana's parliament approved a package of tax increases on Friday.", []),
    # a modifier of an indefinite noun is no body of the scene
    ("A former militia commander was extradited to Congo by Uganda on Friday.", [("COOPERATE", ["UGA"], ["COD"])]),
])
def test_the_events_coded_and_no_others(analyzer, text, expected):
    _, coded = events(analyzer, text)
    assert coded == expected, coded


def test_an_active_verb_joined_to_a_reported_passive_is_the_reporters_and_not_negated(analyzer):
    a, coded = events(analyzer, "The Danish foreign ministry said it had not been consulted and summoned the Chinese "
                                "ambassador.")
    assert ("ACCUSE", ["DNK"], ["CHN"]) in coded, coded
    assert not next(e for e in a.events if e.type == "ACCUSE").negated


def test_a_government_does_not_judge_its_own_junta(analyzer):
    # "the junta" is no description of the clause's own subject (Paris), whatever the scene
    _, coded = events(analyzer, "Paris condemned the junta's decision to expel the French ambassador.")
    accuse = first_of(coded, "ACCUSE")
    assert accuse[1] == ["FRA"] and "FRA" not in accuse[2], coded
