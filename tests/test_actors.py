"""Actors: knowledge-base resolution, metonymy, demonym + sector, context and coreference,
on sentences written here."""

import pytest


def actors_of(analyzer, text, **meta):
    a = analyzer.analyze(text, **meta)
    return a, {x.id: x for x in a.actors}


def who(analysis, phrase):
    """The actor that has a mention covering the first occurrence of ``phrase``."""
    start = analysis.document.text.index(phrase)
    end = start + len(phrase)
    for actor in analysis.actors:
        for m in actor.mentions:
            if m.start < end and start < m.end:
                return actor, m
    return None, None


def test_capitals_stand_for_governments_as_doers_but_not_as_places(analyzer):
    a, _ = actors_of(analyzer, "Cairo and Khartoum signed a water accord. The delegations had met in Cairo twice before.")
    gov, mention = who(a, "Cairo")
    assert (gov.country, gov.sector, mention.how) == ("EGY", "GOV", "metonym")
    assert who(a, "Khartoum")[0].country == "SDN" and who(a, "Khartoum")[0].sector == "GOV"
    place, mention = _second(a, "Cairo")
    assert place.kind == "place" and place.country == "EGY" and mention.how == "name"


@pytest.mark.parametrize("sentence, capital", [
    ("Thousands of Kenyans took to the streets of Nairobi on Tuesday.", "Nairobi"),
    ("Drones struck the outskirts of Kyiv overnight.", "Kyiv"),
])
def test_a_part_of_a_capital_is_the_city(analyzer, sentence, capital):
    a, _ = actors_of(analyzer, sentence)
    place, mention = who(a, capital)
    assert place.kind == "place" and mention.how == "name"


def _second(analysis, phrase):
    text = analysis.document.text
    start = text.index(phrase, text.index(phrase) + 1)
    for actor in analysis.actors:
        for m in actor.mentions:
            if m.start == start:
                return actor, m
    return None, None


@pytest.mark.parametrize("sentence, phrase, country, sector", [
    ("The Kremlin dismissed the report as speculation.", "The Kremlin", "RUS", "GOV"),
    ("The Pentagon ordered two more destroyers to the region.", "The Pentagon", "USA", "MIL"),
    ("Downing Street declined to comment on the leak.", "Downing Street", "GBR", "GOV"),
])
def test_seats_of_power(analyzer, sentence, phrase, country, sector):
    a, _ = actors_of(analyzer, sentence)
    actor, mention = who(a, phrase)
    assert (actor.country, actor.sector, mention.how) == (country, sector, "metonym")


@pytest.mark.parametrize("sentence, phrase, country, sector", [
    ("The Turkish armed forces shelled villages near the border.", "The Turkish armed forces", "TUR", "MIL"),
    ("Sri Lankan doctors warned of a shortage of insulin.", "Sri Lankan doctors", "LKA", "MED"),
    ("Hungarian lawmakers passed the bill late on Tuesday.", "Hungarian lawmakers", "HUN", "LEG"),
    ("A Kenyan court suspended the deployment.", "A Kenyan court", "KEN", "JUD"),
    ("The Saudi-led coalition carried out new air strikes.", "The Saudi-led coalition", "SAU", "MIL"),
    ("Protesters in Yerevan blocked the main avenue.", "Protesters in Yerevan", "ARM", "CVL"),
    ("Kurdish rebels ambushed a convoy.", "Kurdish rebels", None, "REB"),
    # a city before the noun gives its state ("Istanbul police")
    ("Istanbul police detained the mayor on Wednesday.", "Istanbul police", "TUR", "COP"),
])
def test_demonym_and_sector_noun(analyzer, sentence, phrase, country, sector):
    a, _ = actors_of(analyzer, sentence)
    actor, mention = who(a, phrase)
    assert actor is not None and (actor.country, actor.sector) == (country, sector)
    assert a.document.text[mention.start:mention.end].lower().endswith(phrase.split()[-1].lower())


def test_one_actor_for_every_name_of_an_organisation(analyzer):
    a, by_id = actors_of(analyzer, "The North Atlantic Alliance met in Brussels. NATO ministers agreed to raise spending.")
    nato = by_id["igo:nato"]
    assert nato.country == "IGO" and who(a, "The North Atlantic Alliance")[0] is nato
    ministers = who(a, "NATO ministers")[0]  # a body of the organisation
    assert (ministers.id, ministers.country, ministers.sector) == ("igo:nato/GOV", "IGO", "GOV")


def test_known_person_with_role_and_spelling_variants(analyzer):
    text = ("Alexei Pushkov, a Russian senator, spoke in Moscow on Monday. Later, Alexej Pushkov added that "
            "talks would go on. Pushkov did not give a date.")
    a, by_id = actors_of(analyzer, text, published="2019-05-01")
    p = by_id["person:alexei-pushkov"]
    assert (p.country, p.sector) == ("RUS", "LEG")
    assert [m.text for m in p.mentions if m.how in ("name", "alias")] == ["Alexei Pushkov", "Alexej Pushkov", "Pushkov"]


def test_person_outside_the_kb_takes_country_and_sector_from_context(analyzer):
    a, _ = actors_of(analyzer, "Marta Quispe Flores, a Bolivian senator, criticised the lithium contract.")
    person, _ = who(a, "Marta Quispe Flores")
    assert (person.kind, person.country, person.sector) == ("person", "BOL", "LEG")
    b, _ = actors_of(analyzer, "Brig. Gen. Tomasz Wierzbicki, a Polish army spokesman, confirmed the drill.")
    person, _ = who(b, "Tomasz Wierzbicki")
    assert (person.country, person.sector) == ("POL", "MIL")


def test_pronouns_go_to_the_compatible_subject(analyzer):
    text = ("Kaja Kallas met Sergei Lavrov's deputy in Vienna. She said the meeting was short. "
            "Lavrov later called it useful, and he repeated his demands.")
    a, by_id = actors_of(analyzer, text, published="2025-03-01")
    assert who(a, "She")[0].id == "person:kaja-kallas"
    assert who(a, "he repeated")[0].id == "person:sergei-lavrov"
    assert who(a, "his demands")[0].id == "person:sergei-lavrov"


def test_descriptions_refer_back_to_the_person_whose_role_fits(analyzer):
    text = ("Viktor Orlenko, a member of the Ukrainian parliament, visited Warsaw. "
            "The lawmaker asked for more air defence. The Ukrainian politician also met students.")
    a, _ = actors_of(analyzer, text)
    person, _ = who(a, "Viktor Orlenko")
    assert who(a, "The lawmaker")[0] is person and who(a, "The lawmaker")[1].how == "description"
    assert who(a, "The Ukrainian politician")[0] is person


@pytest.mark.parametrize("published, expected", [("2015-06-01", "Angela Merkel"), ("2023-06-01", "Olaf Scholz")])
def test_office_descriptions_resolve_by_the_documents_date(analyzer, published, expected):
    a, _ = actors_of(analyzer, "The German chancellor travelled to Beijing for two days of talks.", published=published)
    assert who(a, "The German chancellor")[0].name == expected


def test_outlets_are_media_not_people(analyzer):
    a, _ = actors_of(analyzer, "The minister told the news portal Vestnik Kavkaza that the axis was stable, Reuters reported.")
    assert (who(a, "Vestnik Kavkaza")[0].kind, who(a, "Vestnik Kavkaza")[0].sector) == ("media", "JRN")
    assert who(a, "Reuters")[0].kind == "media"


def test_no_actors_from_boilerplate(analyzer):
    text = "Talks resume in Doha\n\nQatar hosted envoys from Israel and Hamas on Sunday.\n\nNehme dazu Stellung!"
    a, _ = actors_of(analyzer, text)
    assert who(a, "Nehme")[0] is None
    assert who(a, "Doha")[0] is None  # the headline is not extracted
    assert who(a, "Qatar")[0].country == "QAT"


def test_ids_are_stable_across_documents(analyzer):
    a, one = actors_of(analyzer, "Russia and Iran signed a gas deal.")
    b, two = actors_of(analyzer, "A week later, Iran and Russia held talks in Tehran.")
    assert "state:RUS" in one and "state:RUS" in two and "state:IRN" in one and "state:IRN" in two


def test_mentions_carry_sentence_and_offsets(analyzer):
    a, _ = actors_of(analyzer, "Chile and Peru met. Then Bolivia joined the talks.")
    bolivia, mention = who(a, "Bolivia")
    assert mention.sentence == 1 and a.document.text[mention.start:mention.end] == "Bolivia"


def test_coordinated_demonyms_give_one_body_each(analyzer):
    a, _ = actors_of(analyzer, "Serbian and Kosovar negotiators met in Brussels on Thursday.")
    first, mention = who(a, "Serbian")
    second, _ = who(a, "Kosovar negotiators")
    assert (first.country, first.sector, mention.how) == ("SRB", "GOV", "demonym")
    assert (second.country, second.sector) == ("XKX", "GOV")


def test_an_actor_stage_failure_keeps_the_document(analyzer, monkeypatch):
    from stellung.actors import resolve

    def broken(self):
        raise RuntimeError("boom")

    monkeypatch.setattr(resolve._DocState, "run", broken)
    a = analyzer.analyze("Chile and Peru signed a fisheries agreement.")
    assert a.actors == [] and len(a.sentences) == 1
    assert any("actor stage failed" in w and "boom" in w for w in a.warnings)


def test_an_unnamed_official_is_a_person_pronouns_can_refer_to(analyzer):
    text = ("Hakan Fidan met the envoys. Russia's deputy foreign minister said that Moscow was ready. "
            "“There is nothing to talk about”, he added.")
    a, _ = actors_of(analyzer, text)
    official, _ = who(a, "Russia's deputy foreign minister")
    assert (official.kind, official.country, official.sector) == ("person", "RUS", "GOV")
    assert who(a, "he added")[0] is official


def test_an_office_of_another_state_is_not_the_earlier_person(analyzer):
    a, _ = actors_of(analyzer, "Erdogan said he would call the president of Kazakhstan on Friday.")
    erdogan, _ = who(a, "Erdogan")
    president, _ = who(a, "the president")
    assert president is not None and president.id != erdogan.id and president.country == "KAZ"


@pytest.mark.parametrize("sentence, phrase, country, sector", [
    ("Opposition groups in Belarus called a strike.", "Opposition groups", "BLR", "OPP"),
    ("Students throughout Chile marched on Thursday.", "Students", "CHL", "EDU"),
])
def test_sector_of_a_grouping_noun_and_places_across_a_country(analyzer, sentence, phrase, country, sector):
    a, _ = actors_of(analyzer, sentence)
    actor, _ = who(a, phrase)
    assert actor is not None and (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize("name, country", [("Bosnia", "BIH"), ("Zaire", "COD"), ("Ceylon", "LKA")])
def test_short_and_former_state_names(analyzer, name, country):
    a, _ = actors_of(analyzer, f"The envoy flew to {name} on Monday.")
    actor, _ = who(a, name)
    assert actor is not None and actor.country == country


def test_an_international_office_holder_is_coded_as_the_organisation(analyzer):
    a, _ = actors_of(analyzer, "Kofi Annan said the inspectors would leave Iraq.", published="2003-03-17")
    annan, _ = who(a, "Kofi Annan")
    assert annan.country == "UNO" and annan.kind == "person"


@pytest.mark.parametrize("text, phrase, not_country", [
    # a stance towards a country or its sponsorship does not make the noun that country's
    ("In Chisinau, the electoral commission barred the pro-Russian party from the vote.", "party", "RUS"),
    ("In Baghdad, Iranian-backed militias attacked a US convoy.", "militias", "IRN"),
    ("Ministers of the Pan-American Union met in Lima.", "Pan-American Union", "USA"),
])
def test_a_stance_or_sponsor_is_not_the_nouns_country(analyzer, text, phrase, not_country):
    a, _ = actors_of(analyzer, text)
    actor, _ = who(a, phrase)
    assert actor is None or actor.country != not_country, actor


@pytest.mark.parametrize("text, phrase, country", [
    # whose flag or owner a vessel has is its country
    ("Houthi rebels fired a missile at a Liberian-flagged cargo ship in the Red Sea.", "ship", "LBR"),
    ("A Greek-owned tanker was hit off Hodeidah.", "tanker", "GRC"),
    # "RSF" is also Reporters Without Borders; after the Rapid Support Forces it is them
    ("The Rapid Support Forces shelled El Fasher overnight. Dozens of RSF fighters were killed.", "RSF fighters", "SDN"),
    # the owner before a title belongs to the name the KB does not know
    ("Troops massed on the border with Venezuela. Guyana's President Irfaan Ali called the move a threat.",
     "Irfaan Ali", "GUY"),
    # a party leader the KB does not know belongs to the state the text is about
    ("The electoral commission in Chisinau barred the party. Party leader Irina Vlah called it persecution.",
     "Irina Vlah", "MDA"),
    # a definite body is also a named group of its sector; "the group" is no business
    ("Houthi rebels fired a missile at a Greek-owned tanker. Hours later, warplanes struck sites held by the group. "
     "The rebels vowed to respond.", "The rebels", "YEM"),
    ("Houthi rebels fired a missile at a Greek-owned tanker. Hours later, warplanes struck sites held by the group.",
     "the group", "YEM"),
    # a state's name joined to a demonym before a body: two bodies
    ("U.S. and British warplanes struck radar sites near Hodeidah.", "U.S.", "USA"),
    # bodies and crowds of the scene
    ("Thousands of students marched on parliament in Nairobi.", "parliament", "KEN"),
    ("Gangs attacked two prisons in Port-au-Prince over the weekend.", "Gangs", "HTI"),
    # a plural "they" opening a sentence: the crowd named just before
    ("Police in Nairobi fired tear gas at thousands of demonstrators. They had marched on parliament.", "They", "KEN"),
    # a capital's name inside a longer place name is that place's ("Praia" is not Cape Verde's)
    ("Insurgents attacked the port of Mocimboa da Praia on Friday.", "Mocimboa da Praia", "MOZ"),
    # a city name several countries share is the one in the country the text names
    ("Bolivian farmers blocked the road to Santa Cruz on Monday.", "Santa Cruz", "BOL"),
    # a capital stands for its state also where pycountry lacks the state
    ("Pristina condemned the arrests.", "Pristina", "XKX"),
    # of two states named before, the scene is the one things are said to happen in
    ("Thousands of Serbians rallied in central Belgrade on Sunday, demanding the resignation of the prime "
     "minister over his handling of talks with Kosovo. Police said they had detained 60 people.", "Police", "SRB"),
    # security and armed bodies named without their state act in the scene's
    ("Intelligence agents detained two aides of the opposition leader in Harare on Monday.",
     "Intelligence agents", "ZWE"),
    ("Rival militias fought in Tripoli overnight, killing four civilians.", "militias", "LBY"),
    ("The navy seized three fishing boats in Sri Lanka's waters.", "navy", "LKA"),
    # where a crowd takes to the streets is its scene, not its target; so is where rioters set fire
    ("Thousands of students took to the streets of Mombasa on Friday. Police arrested 30 of them.", "Police", "KEN"),
    ("Rioters set fire to a bank and two shops in the Malawian city of Blantyre on Monday.", "Rioters", "MWI"),
    # a state's neighbour is the other state named before
    ("Eritrea closed its border with Ethiopia. Asmara accused its neighbour of arming rebels.", "its neighbour", "ETH"),
    # a lawyer the KB does not know belongs to the scene; "the commission" repeats the body named before
    ("Police in Harare detained human rights lawyer Tendai Moyo on Monday.", "Tendai Moyo", "ZWE"),
    ("Thousands rallied in Lusaka against the electoral commission on Friday. The opposition accused the "
     "commission of fraud.", "commission of fraud", "ZMB"),
    # "they" after "although" is the plural subject of the clause it is joined to
    ("Chad has not closed the border, Sudanese officials said on Friday, although they accused N'Djamena of arming "
     "the rebels.", "they accused", "SDN"),
    # a name under "Pan-" spans a region; a highway is no actor, so the protesters are of the scene
    ("Protesters blocked the Pan-American Highway north of Quito on Monday.", "Protesters", "ECU"),
])
def test_the_country_context_gives(analyzer, text, phrase, country):
    a, _ = actors_of(analyzer, text)
    actor, _ = who(a, phrase)
    assert actor is not None and actor.country == country, (actor, a.actors)


def test_they_in_a_relative_clause_is_not_the_crowd_before(analyzer):
    a, _ = actors_of(analyzer, "Thai authorities deported 40 Uyghur men, despite appeals from the UN, which had warned "
                               "they faced persecution.")
    actor, _ = who(a, "they faced")
    assert actor is None or actor.country != "THA", actor


@pytest.mark.parametrize("text, phrase, venue", [
    ("Benin pledged to send 2,000 soldiers to lead a force against gangs, after its president met Haitian officials "
     "in Cotonou.", "gangs", "BEN"),
    ("Sudanese army officers and RSF commanders agreed in Jeddah on Monday to a truce, and the paramilitaries freed "
     "twelve soldiers.", "twelve soldiers", "SAU"),
])
def test_where_parties_met_or_agreed_is_no_scene(analyzer, text, phrase, venue):
    a, _ = actors_of(analyzer, text)
    actor, _ = who(a, phrase)
    assert actor is None or actor.country != venue, actor


def test_an_object_pronoun_is_not_its_clauses_subject(analyzer):
    a, _ = actors_of(analyzer, "EU foreign policy chief Kaja Kallas arrived in Chisinau on Monday. Moldovan President "
                               "Maia Sandu thanked her for the bloc's help.")
    sandu, _ = who(a, "Maia Sandu")
    her, _ = who(a, "her for")
    assert her is None or her.id != sandu.id, her


def test_an_office_of_an_owner_is_not_the_earlier_holder_of_another_state(analyzer):
    a, _ = actors_of(analyzer, "Thailand's foreign minister said the talks had failed. The junta's foreign minister "
                               "blamed the bloc.")
    thai, _ = who(a, "Thailand's foreign minister")
    other, _ = who(a, "The junta's foreign minister")
    assert other is None or other.id != thai.id, other


def test_a_body_with_a_possessive_pronoun_is_not_placed_by_the_scene(analyzer):
    a, _ = actors_of(analyzer, "Sudan and Chad signed a deal in Addis Ababa that commits N'Djamena to pulling "
                               "its soldiers out of Darfur.")
    actor, _ = who(a, "its soldiers")
    assert actor is None or actor.country != "ETH", actor


@pytest.mark.parametrize("text, place", [
    ("Farmers blocked the Pan-American Highway on Monday.", "Pan-American Highway"),
    ("Activists blocked the Nord Stream Pipeline.", "Nord Stream Pipeline"),
    ("Police cleared Tahrir Square.", "Tahrir Square"),
])
def test_a_road_a_pipeline_or_a_square_is_no_actor(analyzer, text, place):
    a, _ = actors_of(analyzer, text)
    assert who(a, place)[0] is None, a.actors


def test_the_town_of_a_name_is_a_place_not_a_person(analyzer):
    a, _ = actors_of(analyzer, "Fano fighters seized the town of Lalibela on Monday.")
    actor, _ = who(a, "Lalibela")
    assert actor is None or actor.kind != "person", actor


def test_a_visitor_named_in_the_sentence_is_not_the_scene(analyzer):
    a, _ = actors_of(analyzer, "Kenyan President William Ruto arrived in Port-au-Prince on Saturday for his first visit "
                               "to Haiti, his office said. Hours after he left, gangs attacked a police station in "
                               "the suburb of Petion-Ville, Haitian police said.")
    actor, _ = who(a, "gangs")
    assert actor is not None and actor.country == "HTI", actor


def test_tokens_with_finds_words_by_their_hash(analyzer):
    """The helper the passes use to find a few words without visiting every token."""
    from stellung.components import tokens_with

    doc = analyzer.nlp("It said they would go. Then it went, and They came.")
    assert [t.i for t in tokens_with(doc, ("it", "they"))] == [0, 2, 7, 11]
    assert [t.text for t in tokens_with(doc, ("go",), attr="LEMMA")] == ["go", "went"]
    assert tokens_with(doc, ("nothing",)) == []



def test_a_titled_name_the_model_calls_an_organisation_is_a_person(analyzer):
    # the model sometimes labels a titled name ORG; run the pipeline with that label forced
    from spacy.tokens import Span

    nlp = analyzer.nlp
    doc = nlp.make_doc("Kenya's Vice-President Moody Awori declined to resign on Monday.")
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name == "ner":
            start = next(t.i for t in doc if t.text == "Moody")
            doc.ents = [e for e in doc.ents if e.end <= start or e.start >= start + 2] + \
                [Span(doc, start, start + 2, label="ORG")]
    mention = next(m for m in doc._.stellung_mentions if doc[m.start:m.end].text == "Moody Awori")
    info = doc._.stellung_actors[mention.actor]
    assert (info.kind, info.country, info.sector) == ("person", "KEN", "GOV")
