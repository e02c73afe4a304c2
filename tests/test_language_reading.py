"""language/reading.py: an article read once (date lines). Invented articles."""

from __future__ import annotations


def test_a_wire_dateline_with_its_agency_is_a_date_line():
    from summarizer.language.reading import is_dateline

    assert is_dateline("VELL, June 15. /NORTA/.")
    assert is_dateline("Port Lira, 3 May (BNA)")
    assert not is_dateline("Lindqvist met Okafor on June 15.")
