"""Paragraphs, headline and boilerplate on texts written here."""

import pytest

from stellung.errors import KnowledgeError
from stellung.text.segment import find_boilerplate, load_patterns, split_paragraphs

ARTICLE = """Border deal in doubt: Baku and Yerevan trade blame

Armenia and Azerbaijan failed to agree on a border commission on Thursday, diplomats in Brussels said.

„Wir sind weiter als vor einem Jahr“, sagte die Vermittlerin. «Nous avançons», ajouta-t-elle.

Read also: Peace treaty drafts show gaps on enclaves and transit routes

The talks are due to resume next month in Brussels.

Photo: Delegations at the table in Brussels (Reuters)

Nehme dazu Stellung!"""


def kinds(text, title=None, extra=()):
    headline, found = find_boilerplate(text, split_paragraphs(text), load_patterns(extra), title)
    return headline, [(b.kind, b.text) for b in found]


def test_paragraphs_by_blank_lines():
    paras = split_paragraphs("First line\nstill first.\n\n\nSecond.\n  \nThird.")
    assert [(p.start, p.end) for p in paras] == [(0, 23), (26, 33), (37, 43)]


def test_paragraphs_a_line_each_without_blank_lines():
    text = "Headline here\nThe first sentence of the story.\nThe second one."
    assert len(split_paragraphs(text)) == 3


def test_hard_wrapped_prose_is_one_paragraph():
    text = ("The delegations met for four hours on Tuesday in the old town hall and\n"
            "discussed the customs union, the border crossings and the question of\n"
            "transit fees for trucks, officials from both sides said afterwards.\n")
    assert len(split_paragraphs(text)) == 1


def test_headline_teaser_caption_and_calls_to_action():
    headline, found = kinds(ARTICLE)
    assert headline == "Border deal in doubt: Baku and Yerevan trade blame"
    assert found == [
        ("headline", "Border deal in doubt: Baku and Yerevan trade blame"),
        ("teaser", "Read also: Peace treaty drafts show gaps on enclaves and transit routes"),
        ("caption", "Photo: Delegations at the table in Brussels (Reuters)"),
        ("call_to_action", "Nehme dazu Stellung!"),
    ]


def test_standalone_teaser_without_prefix():
    text = ("Moscow and Ankara agreed to extend the ceasefire, officials said.\n\n"
            "After the drone strikes: Kyiv asks allies for more air defence systems\n\n"
            "The agreement covers the whole province.")
    _, found = kinds(text)
    assert ("teaser", "After the drone strikes: Kyiv asks allies for more air defence systems") in found


def test_short_standalone_line_is_a_crosshead():
    text = ("The ministers met on Monday and talked for five hours.\n\n"
            "Energy prices\n\n"
            "Gas prices rose again in the spring, traders said.")
    _, found = kinds(text)
    assert found == [("other", "Energy prices")]


@pytest.mark.parametrize("line, kind", [
    ("Share this article", "call_to_action"),
    ("Click here to comment", "call_to_action"),
    ("Read more »", "call_to_action"),
    ("Follow us on Telegram and X", "call_to_action"),
    ("Jetzt kommentieren!", "call_to_action"),
    ("Partager cet article", "call_to_action"),
    ("Lesen Sie auch: Berlin stoppt Waffenlieferungen", "teaser"),
    ("By Amira Haddad and John O'Neill, Reuters", "byline"),
    ("Reporting by Tom Berg; Editing by Ana Ruiz", "byline"),
    ("Home > World > Middle East", "navigation"),
    ("Advertisement", "navigation"),
    ("Foto: dpa", "caption"),
])
def test_pattern_lines(line, kind):
    text = f"Officials met in Geneva on Monday and agreed on a timetable.\n\n{line}\n\nThe talks continue next week."
    _, found = kinds(text)
    assert (kind, line) in found


@pytest.mark.parametrize("line", [
    "By Monday, the talks had collapsed and both delegations had gone home.",
    "Photos published by the ministry showed damaged buildings in the town.",
    "“Read more carefully before you sign,” the negotiator told his team.",
    "Share prices fell sharply after the sanctions were announced on Friday.",
])
def test_reporting_is_not_boilerplate(line):
    text = f"The ministers met on Monday.\n\n{line}\n\nThey will meet again."
    _, found = kinds(text)
    assert found == []


def test_quoted_standalone_line_is_not_a_teaser():
    text = "The minister spoke first.\n\n“We will not give up our claims in the region”\n\nThe talks ended."
    _, found = kinds(text)
    assert found == []


def test_first_line_that_is_a_sentence_is_not_a_headline():
    headline, found = kinds("Russia and Turkey signed a deal on Monday.\n\nIt covers gas.")
    assert headline is None and found == []


def test_known_title_marks_the_headline():
    headline, _ = kinds("Summit ends\n\nThe summit ended on Sunday.", title="Summit ends")
    assert headline == "Summit ends"


def test_user_pattern_file_adds_a_pattern(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text('language: en\npatterns:\n  call_to_action:\n    - "vote in our poll"\n')
    text = "Leaders met in Rome on Monday.\n\nVote in our poll\n\nThey met again on Tuesday."
    assert kinds(text)[1] == [("other", "Vote in our poll")]  # a crosshead, structurally
    assert kinds(text, extra=(str(extra),))[1] == [("call_to_action", "Vote in our poll")]


@pytest.mark.parametrize("content, message", [
    ("patterns: [", "mine.yaml: not valid YAML"),
    ("language: en\npatterns:\n  advert:\n    - x\n", "mine.yaml: unknown kind 'advert'"),
    ("language: en\npatterns:\n  teaser:\n    - '(unclosed'\n", "mine.yaml: teaser #1: bad regular expression"),
    ("language: en\npatterns:\n  teaser: 'x'\n", "mine.yaml: teaser: expected a list"),
])
def test_bad_pattern_files_name_file_and_entry(tmp_path, content, message):
    extra = tmp_path / "mine.yaml"
    extra.write_text(content)
    with pytest.raises(KnowledgeError) as err:
        load_patterns((str(extra),))
    assert message in str(err.value)


@pytest.mark.parametrize("line", [
    "The governor added:",
    "Asked about the sanctions, the spokesman said the following:",
    "The woman denies the claim. Reporters could not confirm it",
])
def test_lines_that_introduce_or_hold_prose_are_not_teasers(line):
    text = f"The ministers met on Monday.\n\n{line}\n\n“We will not sign this,” she said."
    _, found = kinds(text)
    assert found == []


@pytest.mark.parametrize("first, is_headline", [
    ("Senators Question Envoy Over Arms Deal With Riyadh.", True),
    ("The Latest: Senate delays vote on aid package.", True),
    ("The senate delayed a vote on the aid package on Monday.", False),
    ("“We will win,” the candidate said.", False),
])
def test_first_line_with_a_full_stop(first, is_headline):
    headline, _ = kinds(f"{first}\n\nThe vote is now expected next week, aides said.")
    assert (headline == first) is is_headline


def test_a_one_line_text_has_no_headline():
    for text in ("The European Parliament Approved The Act.", "Ceasefire holds in the south"):
        headline, found = kinds(text)
        assert headline is None and found == []
