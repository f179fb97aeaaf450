from stellung.text.language import detect_language


def test_languages_of_news_paragraphs():
    en = "The European Union agreed on Thursday to extend sanctions against Russia for another six months."
    de = "Die Europäische Union hat am Donnerstag beschlossen, die Sanktionen gegen Russland zu verlängern."
    fr = "L'Union européenne a décidé jeudi de prolonger les sanctions contre la Russie pour six mois."
    assert detect_language(en, "en", 0.5).language == "en"
    assert detect_language(de, "en", 0.5).language == "de"
    assert detect_language(fr, "en", 0.5).language == "fr"


def test_unsure_short_text_falls_back_to_the_default():
    guess = detect_language("Putin met Erdogan.", "en", 0.5)
    assert guess.language == "en" and guess.fallback and guess.confidence < 0.5
