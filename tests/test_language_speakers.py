"""Who speaks a quote, from the sentences around it (language/speakers.py), and what that
does to its flag. Invented articles: the people, countries and topics do not exist."""

from summarizer.core.schema import DraftAgendaItem, Status
from summarizer.extraction.judge import Judge, sentence_evidence
from summarizer.language.reading import read_article
from summarizer.language.sentences import split_sentences
from summarizer.language.speakers import expert_role, voice_of

TEXT = (
    "Following the talks, President Oskar Vell said the two leaders had reached many decisions. "
    "Lirania would lift its wool quotas, he said, while Vellmark would cut port fees. "
    "In return, Lirania would step up grain purchases.\n\n"
    "Mira Tollan, an analyst at the Harbour Institute, said the deal was fragile.\n\n"
    'Lirania wants "more trust and steady trade", she added.\n\n'
    "Lirania would also send an envoy next spring."
)


def _voice(number: int):
    sentences = split_sentences(TEXT)
    return voice_of(sentences[number - 1], sentences[: number - 1], TEXT)


def test_a_pronoun_speaker_is_the_one_named_just_before():
    assert _voice(2).name == "President Oskar Vell"
    assert _voice(5).name == "Mira Tollan"


def test_reported_speech_goes_on_in_its_paragraph_only():
    assert _voice(3).name == "President Oskar Vell"
    # A new paragraph with "would" and no verb of saying has no speaker of its own.
    assert _voice(6).name is None


def test_a_commentator_keeps_the_role_the_article_gave_them():
    sentences = split_sentences(TEXT)
    assert expert_role("Mira Tollan", sentences) == "analyst"
    assert expert_role("Oskar Vell", sentences) is None
    assert expert_role("Tollan", split_sentences("Regional analyst Mira Tollan spoke.")) == "analyst"


def _flag(number: int, topic: str) -> Status:
    judge = Judge(read_article(TEXT, None)).with_sides(frozenset(), ("Vell",))
    sentence = judge.reading.sentences[number - 1]
    item = DraftAgendaItem(topic=topic, sentence=number, status=Status.confirmed, said_by=None)
    return judge.flag(item, [sentence_evidence(sentence, "sentence")]).status


def test_a_leaders_reported_would_stays_confirmed_and_a_commentators_does_not():
    assert _flag(2, "wool quotas") is Status.confirmed
    assert _flag(3, "grain purchases") is Status.confirmed
    assert _flag(5, "steady trade") is Status.speculative
    # Nobody speaks sentence 6: its "would" hedges it, as before.
    assert _flag(6, "envoy") is Status.speculative
