"""Quotes and reported speech on sentences written here: every quote style, speaker,
cue and addressee, and robustness against unbalanced marks."""

import pytest

from stellung.quotes.extract import find_quote_marks


def quotes(analyzer, text, **meta):
    a = analyzer.analyze(text, **meta)
    return a, a.quotes


def the_one_statement(analyzer, text):
    """(kind, cue, speaker span, content) of the text's only statement; fails if there are more."""
    _, qs = quotes(analyzer, text)
    (q,) = qs
    return q.kind, q.cue.text, q.speaker_span.text, q.text


def speaker_name(a, q):
    names = {x.id: x.name for x in a.actors}
    return names.get(q.speaker)


@pytest.mark.parametrize("text, content", [
    ("“We will not give up the port,” the mayor said.", "We will not give up the port,"),
    ("„We will not give up the port“, the mayor said.", "We will not give up the port"),
    ("„We will not give up the port”, the mayor said.", "We will not give up the port"),
    ("«We will not give up the port», the mayor said.", "We will not give up the port"),
    ("»We will not give up the port«, the mayor said.", "We will not give up the port"),
    ("‚We will not give up the port‘, the mayor said.", "We will not give up the port"),
    ("\"We will not give up the port,\" the mayor said.", "We will not give up the port,"),
    ("'We will not give up Odesa's port,' the mayor said.", "We will not give up Odesa's port,"),
    ("''We will not give up the port,'' the mayor said.", "We will not give up the port,"),
])
def test_quote_styles(analyzer, text, content):
    _, qs = quotes(analyzer, text)
    assert [q.kind for q in qs] == ["direct"]
    assert qs[0].text == content and qs[0].cue.text == "said" and qs[0].speaker_span.text == "the mayor"


def test_apostrophes_and_elisions_are_not_quote_marks():
    text = "Russia’s envoy didn't say it. The Joneses' house and rock 'n' roll stayed."
    assert find_quote_marks(text) == []


@pytest.mark.parametrize("text, inside", [
    # nested quotes stay inside
    ("“He told me ‘never again’ and walked out of the room,” she said.",
     "He told me ‘never again’ and walked out of the room,"),
    # a misturned opening mark at a paragraph start
    ("Readers wrote in.\n\n”The plan will not work for our town.” ― Ana Ruiz", "The plan will not work for our town."),
    # a typewriter mark can close a curly quote
    ("“The budget must pass this week,\" the chairwoman said on Monday.", "The budget must pass this week,"),
])
def test_one_quote_pair(text, inside):
    (open_, close), = find_quote_marks(text)
    assert text[open_ + 1:close] == inside


def test_unbalanced_marks_are_recovered_and_never_raise(analyzer):
    text = "“We will win this war, the general said on Monday.\n\nThe talks resumed in Geneva."
    assert find_quote_marks(text) == [(0, text.index("\n\n"))]
    for broken in ("”“„«»‹›'\"", "“", "„ “ ” ‚ ‘", "He said: «", "''''''"):
        analyzer.analyze(broken + " The ministers met in Oslo on Friday.")


def test_quote_over_several_paragraphs():
    text = ("“The first part of the answer goes here.\n\n"
            "“The second part goes on in a new paragraph,” the envoy said.")
    (open_, close), = find_quote_marks(text)
    assert text[close - 6:close] == "graph," and open_ == 0


def test_split_quote_is_one_statement_in_two_parts(analyzer):
    a, qs = quotes(analyzer, "“We are ready to talk,” the minister said, “but not at any price.”")
    (q,) = qs
    assert [p.text for p in q.parts] == ["We are ready to talk,", "but not at any price."]
    assert q.cue.text == "said" and q.speaker_span.text == "the minister"


def test_colon_header_and_inverted_speaker(analyzer):
    a, qs = quotes(analyzer, "The spokeswoman said: “There will be no further comment today.”")
    assert qs[0].kind == "direct" and qs[0].speaker_span.text == "The spokeswoman" and qs[0].cue.text == "said"
    text = "Viktor Orlenko, a Ukrainian lawmaker, spoke. “The front is holding for now,” said the lawmaker."
    a, qs = quotes(analyzer, text)
    direct = [q for q in qs if q.kind == "direct"]
    assert speaker_name(a, direct[0]) == "Viktor Orlenko" and direct[0].speaker_span.text == "the lawmaker"


def test_pronoun_speaker_and_follow_on_quote(analyzer):
    text = ("Alexei Pushkov spoke to reporters in Moscow.\n\n"
            "“Both sides have learned from the crisis,” he stressed. “The channel stays open.”\n\n"
            "“We will meet again in spring.”")
    a, qs = quotes(analyzer, text)
    assert all(q.speaker == "person:alexei-pushkov" for q in qs)
    assert qs[0].speaker_span.text == "he" and [p.text for p in qs[0].parts][-1] == "The channel stays open."
    assert qs[1].cue is None  # a paragraph that goes on with the quote


def test_scare_quotes_are_not_statements(analyzer):
    _, qs = quotes(analyzer, "The so-called “peace plan” was dropped after a week of talks.")
    assert [q.kind for q in qs if q.kind == "direct"] == []


@pytest.mark.parametrize("text, content, speaker, cue", [
    ("The foreign minister said that the border would stay closed.", "that the border would stay closed",
     "The foreign minister", "said"),
    ("The border will stay closed until spring, the foreign minister said.", "The border will stay closed until spring",
     "the foreign minister", "said"),
    ("According to the senator, both sides want a deal before the summit.", "both sides want a deal before the summit",
     "the senator", "According to"),
    ("The ambassador warned that sanctions would follow any attack.", "that sanctions would follow any attack",
     "The ambassador", "warned"),
    ("The prime minister believes the coalition will survive the vote.", "the coalition will survive the vote",
     "The prime minister", "believes"),
    ("The spokesman denied the report about troop movements.", "the report about troop movements", "The spokesman", "denied"),
])
def test_reported_speech(analyzer, text, content, speaker, cue):
    _, qs = quotes(analyzer, text)
    (q,) = qs
    assert (q.kind, q.text, q.speaker_span.text, q.cue.text) == ("indirect", content, speaker, cue)


def test_mixed_quote_in_reported_speech(analyzer):
    _, qs = quotes(analyzer, "The opposition leader said the vote was “a farce from start to finish” and left.")
    assert [q.kind for q in qs] == ["mixed"]


@pytest.mark.parametrize("text, outlet", [
    ("Alexej Pushkov told the news portal Vestnik Kavkaza that the axis was stable.", "media:vestnik_kavkaza"),
    ("The minister told Reuters that the talks had failed.", "media:reuters"),
    ("The minister said in an interview with TASS that the talks had failed.", "media:tass"),
])
def test_outlets_as_addressees(analyzer, text, outlet):
    _, qs = quotes(analyzer, text)
    assert qs[0].addressee == outlet


def test_quotes_carry_sentences_and_offsets(analyzer, validate):
    text = "Talks in Oslo\n\nThe envoy arrived. “We expect progress,” she said on Friday."
    a, qs = quotes(analyzer, text)
    validate(a.to_dict())
    assert qs[0].sentences == [2] and a.document.text[qs[0].start:qs[0].end] == qs[0].text


def test_block_quote_after_a_colon_header(analyzer):
    text = ("The governor spoke after the vote and added:\n\n"
            "We have waited long enough for this bridge, and now the work can finally begin.")
    a, qs = quotes(analyzer, text)
    block = [q for q in qs if q.text.startswith("We have waited")]
    assert block and block[0].cue.text == "added" and block[0].speaker_span.text == "The governor"


def test_dash_signature(analyzer):
    a, qs = quotes(analyzer, "“The border must stay open for trade and for families.” ― Maria Ortega")
    assert qs[0].speaker_span.text == "Maria Ortega" and qs[0].cue.text == "―"


def test_short_statement_signed_right_after(analyzer):
    a, qs = quotes(analyzer, "“Don't shoot,” she said. “He is unarmed.”")
    (q,) = qs
    assert q.cue.text == "said" and [p.text for p in q.parts] == ["Don't shoot,", "He is unarmed."]


def test_statement_nouns_with_a_clause(analyzer):
    _, qs = quotes(analyzer, "The minister's claim that the border was secure drew criticism from aid groups.")
    (q,) = [q for q in qs if q.cue and q.cue.text == "claim"]
    assert q.text == "that the border was secure" and q.speaker_span.text == "The minister"


def test_reported_speech_inside_reported_speech_is_one_statement(analyzer):
    _, qs = quotes(analyzer, "The governor said she believes the new bridge will open before winter.")
    (q,) = qs
    assert q.cue.text == "said" and q.text == "she believes the new bridge will open before winter"


def test_a_further_cue_verb_starts_a_statement_of_its_own(analyzer):
    text = ("The minister said the army would leave the valley by June and warned against any attack "
            "on the withdrawing troops.")
    _, qs = quotes(analyzer, text)
    said = next(q for q in qs if q.cue.text == "said")
    assert said.text == "the army would leave the valley by June"
    text = "The mayor said the tunnel would reopen in May, arguing that the repairs had gone faster than planned."
    _, qs = quotes(analyzer, text)
    assert {q.cue.text: q.text for q in qs} == {
        "said": "the tunnel would reopen in May", "arguing": "that the repairs had gone faster than planned"}


def test_a_short_quote_inside_a_later_sentence_does_not_extend_the_statement(analyzer):
    text = ("“The vote was fair,” the observer said, adding that the count would take "
            "“several more days of careful work” to finish.")
    _, qs = quotes(analyzer, text)
    direct = next(q for q in qs if q.kind == "direct")
    assert direct.text == "The vote was fair," and len(direct.parts) == 1
    assert any(q.cue.text == "adding" for q in qs)


def test_split_quote_goes_on_after_and(analyzer):
    _, qs = quotes(analyzer, "“We are ready to talk,” the minister said, but “not at any price, and not this week.”")
    (q,) = qs
    assert len(q.parts) == 2 and q.cue.text == "said"


def test_a_list_of_signed_quotes_keeps_each_signature(analyzer):
    text = ("Readers sent us their views.\n\n"
            "“The debate showed nothing new about the economy.”\u00a0― Lena Marsh\n"
            "“I will vote for the first time this year, and I am proud of it.” ―\u00a0Tom O Brady\n"
            "“Our town needs jobs more than it needs speeches.” ― Ines Duarte.")
    _, qs = quotes(analyzer, text)
    assert [(q.speaker_span.text, q.cue.text, len(q.parts)) for q in qs] == [
        ("Lena Marsh", "―", 1), ("Tom O Brady", "―", 1), ("Ines Duarte", "―", 1)]


@pytest.mark.parametrize("text", [
    "The new bridge, the mayor said, would carry its first trains before the end of the year.",
    "Prices will keep rising this winter, the minister said, unless the pipeline reopens in time.",
])
def test_a_cue_set_off_by_commas_reports_the_whole_sentence(analyzer, text):
    _, qs = quotes(analyzer, text)
    (q,) = qs
    assert q.text == text[:-1] and q.cue.text == "said"


def test_a_cue_with_an_adverbial_after_it_reports_only_the_clause(analyzer):
    text = "The deal will hold, the envoys said on Friday, as they left the talks in Geneva."
    _, qs = quotes(analyzer, text)
    (q,) = qs
    assert q.text == "The deal will hold"


def test_a_clause_whose_verb_follows_a_quote_mark(analyzer):
    _, qs = quotes(analyzer, "The senator said the new tariffs “do nothing for the farmers in my state.”")
    (q,) = qs
    assert q.cue.text == "said" and q.text.startswith("the new tariffs")


def test_a_quote_running_on_into_its_sentence_is_not_signed_by_a_later_verb(analyzer):
    text = ("The coach said he wanted to thank “every single fan in the city” and promised that "
            "“the team will be back next year.”")
    _, qs = quotes(analyzer, text)
    assert all(q.kind != "direct" for q in qs)
    assert qs[0].cue.text == "said" and qs[0].speaker_span.text == "The coach"


def test_a_quote_opening_a_sentence_runs_on_to_its_signature(analyzer):
    text = "“You cut the pensions of the miners” to pay for the tax cuts, the senator said."
    _, qs = quotes(analyzer, text)
    (q,) = qs
    assert q.text == "You cut the pensions of the miners” to pay for the tax cuts" and q.cue.text == "said"


@pytest.mark.parametrize("text, content", [
    ("The governor told the farmers to register their wells by March.", "to register their wells by March"),
    ("The senator spoke to a crowd of steel workers in Ohio.", None),
    ("The minister rejected the new border proposal during a news conference.", "the new border proposal"),
    ("The envoy questioned the new peace plan, which the rebels had drafted in secret.", "the new peace plan"),
    ("The mayor pointed to the falling crime figures.", "the falling crime figures"),
])
def test_what_a_cue_verb_reports_without_a_clause(analyzer, text, content):
    _, qs = quotes(analyzer, text)
    assert [q.text for q in qs] == ([content] if content else [])


def test_speaker_labels_in_a_headline_and_a_transcript(analyzer):
    text = ("Ortega: The Border Must Stay Open for Trade.\n\n"
            "The senator spoke to the radio station on Monday. Partial transcript as follows:\n\n"
            "\"HOST: Let us begin with the vote in the Senate today.\n\n"
            "\"ORTEGA: We will win that vote, and then we will win the next one.\n\n"
            "Correction: An earlier version of this article misspelled the name of the station.")
    _, qs = quotes(analyzer, text)
    assert [(q.speaker_span.text, q.cue.text, q.text) for q in qs] == [
        ("Ortega", ":", "The Border Must Stay Open for Trade"),
        ("HOST", ":", "Let us begin with the vote in the Senate today"),
        ("ORTEGA", ":", "We will win that vote, and then we will win the next one")]


def test_a_kicker_is_not_a_speaker(analyzer):
    _, qs = quotes(analyzer, "The Latest: Storm Closes Schools Across the Region.\n\nSchools closed on Monday.")
    assert qs == []


def test_reported_speech_in_a_headline(analyzer):
    _, qs = quotes(analyzer, "Governor Says New Bridge Will Open in May.\n\nThe bridge has been closed since 2019.")
    (q,) = qs
    assert q.cue.text == "Says" and q.text == "New Bridge Will Open in May"


@pytest.mark.parametrize("text, cue, content", [
    ("The senator praised the new trade agreement with Canada.", "praised", "the new trade agreement with Canada"),
    ("The governor attacked the federal budget as a disaster for farmers.", "attacked",
     "the federal budget as a disaster for farmers"),
    ("The minister discussed the future of the steel plants with the unions.", "discussed",
     "the future of the steel plants with the unions"),
    ("The president wants to cut taxes for small businesses.", "wants", "to cut taxes for small businesses"),
    ("The mayor plans to build a new bridge over the river.", "plans", "to build a new bridge over the river"),
])
def test_stance_discussion_and_intention_verbs(analyzer, text, cue, content):
    _, qs = quotes(analyzer, text)
    (q,) = qs
    assert (q.cue.text, q.text) == (cue, content)


def test_a_participle_read_as_a_preposition_is_no_cue(analyzer):
    _, qs = quotes(analyzer, "Prices rose by nine percent in the north, compared to two percent in the south.")
    assert qs == []


@pytest.mark.parametrize("text, cue, content, speaker", [
    ("The governor's refusal to release the budget papers angered the unions.", "refusal",
     "to release the budget papers", "The governor"),
    ("The senator's criticism of the new pipeline surprised her party.", "criticism", "the new pipeline", "The senator"),
])
def test_statement_nouns_with_what_they_are_about(analyzer, text, cue, content, speaker):
    _, qs = quotes(analyzer, text)
    (q,) = qs
    assert (q.cue.text, q.text, q.speaker_span.text) == (cue, content, speaker)


def test_a_transcript_turn_runs_over_its_paragraphs(analyzer):
    text = ("The governor spoke to the station. Partial transcript as follows:\n\n"
            "\"HOST: Will the bridge open this year?\n\n"
            "\"ORTEGA: Yes, we will open it in May.\n\n"
            "\"And I think the new line will carry trains by the summer.\n\n"
            "\"HOST: Thank you for your time today, governor.")
    _, qs = quotes(analyzer, text)
    assert [(q.speaker_span.text, q.text[:11]) for q in qs] == [
        ("HOST", "Will the br"), ("ORTEGA", "Yes, we wil"), ("HOST", "Thank you f")]
    assert qs[1].text.endswith("by the summer")


def test_a_source_after_according_to_keeps_its_apposition(analyzer):
    text = "Fuel prices will fall by spring, according to Ana Ruiz, head of the energy office at the ministry."
    _, qs = quotes(analyzer, text)
    (q,) = qs
    assert q.text == "Fuel prices will fall by spring" and q.cue.text == "according to"


def test_according_to_at_the_end_attributes_the_whole_sentence(analyzer):
    _, qs = quotes(analyzer, "The minister plans to tour the border posts next week, according to an official.")
    (q,) = qs
    assert q.cue.text == "according to" and q.text == "The minister plans to tour the border posts next week"


def test_a_crosshead_in_quote_marks_does_not_go_on_with_a_quote(analyzer):
    text = ("“We will reopen the harbour by spring,” the mayor said.\n\n"
            "'A Town Waits for Its Ships.'\n\n"
            "The harbour has been closed since the storm.")
    _, qs = quotes(analyzer, text)
    assert [q.text for q in qs] == ["We will reopen the harbour by spring,"]


def test_a_cue_inside_a_subordinate_clause_reports_only_its_clause(analyzer):
    text = "The savings that the governor says the plan will bring have not appeared, and voters are angry about it."
    _, qs = quotes(analyzer, text)
    (q,) = qs
    assert q.cue.text == "says" and q.text.endswith("the plan will bring")


def test_told_a_listener_that(analyzer):
    text = "Last week, he told a gathering of farm leaders that the new dam would be finished by June."
    _, qs = quotes(analyzer, text)
    (q,) = qs
    assert q.cue.text == "told" and q.text == "that the new dam would be finished by June"



@pytest.mark.parametrize("text, content", [
    ("The governor called for cutting the fuel tax for farmers at once.", "cutting the fuel tax for farmers at once"),
    ("The mayor called on the city council to reject the pipeline deal.", "the city council to reject the pipeline deal"),
    ("The mayor called the tunnel a danger during rush hours for cyclists.",
     "the tunnel a danger during rush hours for cyclists"),
])
def test_calls_for_on_and_names(analyzer, text, content):
    _, qs = quotes(analyzer, text)
    (q,) = qs
    assert q.text == content


@pytest.mark.parametrize("text, content", [
    ("The senator endorsed Ortega.", ["Ortega"]),
    ("The nurses wrote to the hospital board, calling for her resignation.", ["her resignation"]),
    ("The senator attacked him.", []),
    ("The senator spoke on Monday.", []),
])
def test_short_objects_but_not_a_lone_pronoun_or_a_date(analyzer, text, content):
    _, qs = quotes(analyzer, text)
    assert [q.text for q in qs] == content


def test_the_cue_lexicon_is_checked_on_load():
    from stellung.errors import KnowledgeError
    from stellung.quotes.extract import load_cues, parse_cues
    assert "say" in load_cues().verbs
    for bad in ({"verbs": {"say": ["say"]}},  # no 'believe' group
                {"verbs": {"believe": ["think"]}, "listener_verbs": ["tell"]},  # not a cue verb
                {"verbs": {"believe": ["Think"]}},
                {"verbs": {"believe": ["think"]}, "phrases": [{"text": "according to", "kind": "sort of"}]},
                {"verbs": {"believe": ["think"]}, "verbz": []}):
        with pytest.raises(KnowledgeError):
            parse_cues(bad)


def test_a_title_in_quote_marks_before_a_reporting_verb_with_its_own_clause(analyzer):
    text = "In an interview with “Face the Nation Weekly,” the senator said she would run for governor next year."
    _, qs = quotes(analyzer, text)
    (q,) = qs
    assert (q.kind, q.cue.text, q.speaker_span.text) == ("indirect", "said", "the senator")
    assert q.text == "she would run for governor next year"


def test_a_statement_quote_keeps_its_signature_when_the_verb_has_a_clause(analyzer):
    text = ("“You should resign and give the money back,” the senator told the banker, after he admitted "
            "under her questioning he had never been held accountable.")
    _, qs = quotes(analyzer, text)
    direct = next(q for q in qs if q.kind == "direct")
    assert direct.cue.text == "told" and direct.speaker_span.text == "the senator"


def test_a_signature_opens_the_sentence_the_parser_split_off(analyzer):
    text = ("“Who would have thought that we would win so many votes when we started?” the governor said, "
            "looking out at the crowd of supporters who had filled the old hall.")
    _, qs = quotes(analyzer, text)
    (q,) = qs
    assert q.cue.text == "said" and q.speaker_span.text == "the governor"


def test_a_kicker_before_a_colon_is_no_speakers_label(analyzer):
    a = analyzer.analyze("Despite the sanctions: Iran and Venezuela expand their oil trade\n\n"
                         "Iran and Venezuela signed new oil contracts on Monday, officials in Caracas said.")
    assert not any(q.kind == "direct" for q in a.quotes), [(q.kind, q.text) for q in a.quotes]


@pytest.mark.parametrize("text, outlet", [
    ("Lavrov was quoted by TASS as saying that the talks had stalled.", "media:tass"),
    ("Zelensky wrote on X (Twitter) that the shelling had not stopped.", "media:twitter"),
    ("The former president said on Telegram that the sanctions would fail.", "media:telegram"),
])
def test_outlets_that_quote_and_platforms_posted_on(analyzer, text, outlet):
    _, qs = quotes(analyzer, text)
    assert qs[0].addressee == outlet, [(q.text, q.addressee) for q in qs]


@pytest.mark.parametrize("text, cue, speaker, content", [
    # rulings and encouragement
    ("The appeals court ruled on Tuesday that the state law was unconstitutional.",
     "ruled", "The appeals court", "that the state law was unconstitutional"),
    ("The mayor encouraged residents to conserve water during the heat wave.",
     "encouraged", "The mayor", "residents to conserve water during the heat wave"),
    # adjectives of belief: their clause, or what they are about
    ("The senator is convinced that the plan will fail.", "convinced", "The senator", "that the plan will fail"),
    ("Officials were worried the deal would collapse.", "worried", "Officials", "the deal would collapse"),
    ("Many economists are skeptical that the cuts will pay for themselves.", "skeptical", "Many economists",
     "that the cuts will pay for themselves"),
    ("Investors are optimistic about the new trade deal with Canada.", "optimistic", "Investors",
     "the new trade deal with Canada"),
    # an "as" clause of saying signs its sentence
    ("As one engineer put it, the bridge is too old to carry trucks.", "put it", "one engineer",
     "the bridge is too old to carry trucks"),
    ("The bridge is too old to carry trucks, as the mayor noted on Monday.", "noted", "the mayor",
     "The bridge is too old to carry trucks"),
    # verbs of debate, view and stance report their object
    ("The senator openly admires the governor's handling of the flood.", "admires", "The senator",
     "the governor's handling of the flood"),
    ("Lawmakers debated the new farm subsidies on Tuesday.", "debated", "Lawmakers", "the new farm subsidies"),
    ("The group has long promoted a ban on plastic bags.", "promoted", "The group", "a ban on plastic bags"),
    ("Most voters view the governor as a capable manager.", "view", "Most voters",
     "the governor as a capable manager"),
])
def test_cue_classes_report_one_statement(analyzer, text, cue, speaker, content):
    assert the_one_statement(analyzer, text) == ("indirect", cue, speaker, content)


@pytest.mark.parametrize("text", [
    "The king ruled the country for forty years.",  # a ruling of something else
    "It is clear that the plan failed, and it is certain that the vote will be close.",  # impersonal adjectives
    "He is not as rich as he says he is.",  # a comparison
    "As we noted last week, the bridge is too old to carry trucks.",  # the writer's own "as" clause
])
def test_look_alikes_report_nothing(analyzer, text):
    _, qs = quotes(analyzer, text)
    assert qs == []
