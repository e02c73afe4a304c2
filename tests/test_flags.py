from summarizer.core.schema import Status
from summarizer.extraction.flags import check_flag, speculative_cues


def test_hedged_quote_downgrades_confirmed():
    status, note = check_flag(Status.confirmed, ["The leaders may discuss arms supplies."])
    assert status is Status.speculative
    assert note and "may" in note


def test_attribution_to_analysts_is_speculative():
    assert "analysts" in speculative_cues("Analysts say the deal is close.")
    status, _ = check_flag(Status.confirmed, ["Analysts say the deal is close."])
    assert status is Status.speculative


def test_plain_statement_stays_confirmed():
    status, note = check_flag(Status.confirmed, ["The two leaders signed a trade agreement on Monday."])
    assert status is Status.confirmed and note is None


def test_speculative_is_never_upgraded():
    status, note = check_flag(Status.speculative, ["The two leaders signed a trade agreement on Monday."])
    assert status is Status.speculative and note is None


def test_cues_are_whole_words():
    assert speculative_cues("Mayor Smith greeted the delegation.") == []


def test_a_confirmation_that_mentions_earlier_rumours_stays_confirmed():
    quote = "The visit on Tuesday has been confirmed by the Kremlin, following months of speculation."
    assert check_flag(Status.confirmed, [quote]) == (Status.confirmed, None)
    hedged = "The visit has been confirmed, and the leaders may also sign a treaty."
    assert check_flag(Status.confirmed, [hedged])[0] is Status.speculative
