"""The proof printed beside each line (rendering/proof.py). Invented sentences."""

from summarizer.core.brief import SourceRef
from summarizer.core.schema import Evidence, Status
from summarizer.rendering.proof import credit_of, proof, trim

LONG = (
    "In a long and winding statement issued late on Sunday evening after hours of talks, the two "
    "delegations said the leaders might sign a fisheries pact covering the northern sea, officials in "
    "Port Lira added, while other matters were left for a later round of negotiations next year."
)


def test_who_says_it_in_the_sentences_own_words():
    assert credit_of("The leaders will meet at the Harbour Palace, as confirmed by Lirania's news agency.") == (
        "per Lirania's news agency"
    )
    assert credit_of("The Vellmark foreign ministry said the talks would cover fishing.") == (
        "the Vellmark foreign ministry said"
    )
    assert credit_of("Analysts expect a deal on port fees.") == "analysts say"
    assert credit_of("The two leaders signed a port deal on Monday.") is None


def test_a_trim_keeps_the_items_words_and_the_cue_that_decides_its_flag():
    shown = trim(LONG, "fisheries pact")
    assert "fisheries pact" in shown and "might" in shown
    assert shown.startswith("…") and shown.endswith("…")
    assert len(shown.split()) < len(LONG.split())
    # Every kept part is the article's own words, in order.
    for part in (p.strip() for p in shown.split("…") if p.strip()):
        assert part in " ".join(LONG.split())
    # A short quote is shown whole.
    assert trim("The leaders met in Port Lira.", "Port Lira") == "The leaders met in Port Lira."


def _ref(source: int, status: Status, says: str, quote: str) -> SourceRef:
    return SourceRef(
        source=source, article_id=f"{source}.txt", status=status, says=says,
        evidence=[Evidence(quote=quote, start=0, end=len(quote))],
    )  # fmt: skip


def test_a_confirmed_line_quotes_a_confirming_source_that_names_it():
    refs = [
        _ref(1, Status.speculative, "fisheries pact", "Analysts say a fisheries pact may follow."),
        _ref(2, Status.confirmed, "fisheries deal", "The leaders signed the fisheries deal, officials said."),
        _ref(3, Status.confirmed, "fisheries", "Fishing was raised."),
    ]
    p = proof(refs, Status.confirmed, "fisheries deal")
    assert p is not None and p.source == 2 and p.credit == "officials said"
    assert proof(refs, Status.speculative, "fisheries pact").source == 1  # type: ignore[union-attr]
