"""Boilerplate removal on hand-written scraped pages: every body sentence stays, the furniture goes."""

from __future__ import annotations

import pytest

from summarizer.ingest.clean import clean_text

# A wire story as a scraper dumps a news page: menus, crumbs, byline, share bar, an inline
# "read more" link, an ad slot, a list of other stories, author bio, newsletter box,
# comment section with a reader comment, footer.
SCRAPED = """\
Skip to content
News
World
Business
Sport
Culture
News › World › Europe
Erdogan heads to Sochi for grain talks with Putin
By Maria Lopez, Reuters
Published: 4 September 2023 10:32 BST
5 min read
Share this article
Facebook Twitter WhatsApp

Image: Turkish President Tayyip Erdogan arrives at the airport (AFP)

SOCHI, Russia — Turkish President Tayyip Erdogan flew to Sochi on Monday to press Vladimir Putin to revive the Black Sea grain deal.

The Kremlin said the two leaders would also discuss gas supplies and the war in Ukraine.

READ MORE: Kremlin rules out quick return to grain corridor

What is on the table

Officials on both sides listed three topics:
• Grain exports through the Black Sea
• A gas hub in Thrace
• Payments for the Akkuyu nuclear plant

Advertisement

"We expect concrete results," Erdogan told reporters before leaving Ankara.
By Tuesday, analysts said, the outcome should be clear.
Next week, Putin's adviser Yuri Ushakov is due in Ankara to follow up.

More from World
Ceasefire talks stall in Gaza as envoys leave Cairo
Negotiators left without a deal after three days of talks, officials said...
Kenya's president visits Beijing for debt talks
The visit comes as Nairobi seeks to restructure loans worth...

About the author
Maria Lopez covers Russia and Turkey for Reuters from Istanbul.

Subscribe to our newsletter for the top stories in your inbox every morning.
Follow us on Instagram
3 Comments
Ahmet K. — This deal will never come back, Russia wants too much.
Leave a Reply
You must be logged in to post a comment.
© 2023 Reuters. All rights reserved.
We use cookies to improve your experience on our site.
"""

BODY = [
    "Erdogan heads to Sochi for grain talks with Putin",
    "SOCHI, Russia — Turkish President Tayyip Erdogan flew to Sochi on Monday to press Vladimir Putin "
    "to revive the Black Sea grain deal.",
    "The Kremlin said the two leaders would also discuss gas supplies and the war in Ukraine.",
    "What is on the table",
    "Officials on both sides listed three topics:",
    "• Grain exports through the Black Sea",
    "• A gas hub in Thrace",
    "• Payments for the Akkuyu nuclear plant",
    '"We expect concrete results," Erdogan told reporters before leaving Ankara.',
    "By Tuesday, analysts said, the outcome should be clear.",
    "Next week, Putin's adviser Yuri Ushakov is due in Ankara to follow up.",
]

FURNITURE = [
    "Skip to content",
    "Sport",
    "News › World › Europe",
    "By Maria Lopez",
    "Published: 4 September",
    "5 min read",
    "Share this article",
    "Facebook Twitter",
    "Image: Turkish",
    "READ MORE",
    "Advertisement",
    "More from World",
    "Ceasefire talks stall",
    "Negotiators left without a deal",
    "Kenya's president",
    "restructure loans",
    "About the author",
    "covers Russia and Turkey",
    "newsletter",
    "Follow us",
    "3 Comments",
    "This deal will never come back",
    "Leave a Reply",
    "logged in",
    "All rights reserved",
    "cookies",
]


def test_keeps_every_body_line_in_order_and_nothing_else() -> None:
    assert clean_text(SCRAPED).split("\n\n") == BODY


@pytest.mark.parametrize("fragment", FURNITURE)
def test_drops_furniture(fragment: str) -> None:
    assert fragment not in clean_text(SCRAPED)


def test_idempotent() -> None:
    once = clean_text(SCRAPED)
    assert clean_text(once) == once


def test_related_block_with_question_headlines_and_placeholders() -> None:
    text = """\
HomeWorldAsiaKim arrives in Vladivostok by train

Kim arrives in Vladivostok by train

Date:

Related stories

Will sanctions bite? What the arms deal means

In an era of shifting alliances, Pyongyang has...

Seoul weighs response to Moscow talks

South Korea's defence ministry said on Friday that it...

spot_img

North Korean leader Kim Jong Un arrived in Vladivostok on Tuesday aboard his armoured train.

He is expected to meet Russian President Vladimir Putin later this week.

Latest stories

Publication:

LEAVE A REPLY

Please enter your comment!
Please enter your name here
"""
    assert clean_text(text).split("\n\n") == [
        "Kim arrives in Vladivostok by train",
        "North Korean leader Kim Jong Un arrived in Vladivostok on Tuesday aboard his armoured train.",
        "He is expected to meet Russian President Vladimir Putin later this week.",
    ]


def test_byline_bio_and_previous_next_links_after_the_story() -> None:
    text = """\
Xi and Biden agree to resume military talks

The two presidents met for four hours at a country estate south of San Francisco on Wednesday.

Both sides described the meeting as candid and constructive.

Written byDaniel Moreau
Daniel Moreau is a former diplomat who writes about US-China relations for several outlets.
Previous article
Why APEC still matters in a divided Pacific
Next article
Markets shrug off summit headlines
Your email address will not be published. Required fields are marked *
"""
    assert clean_text(text).split("\n\n") == [
        "Xi and Biden agree to resume military talks",
        "The two presidents met for four hours at a country estate south of San Francisco on Wednesday.",
        "Both sides described the meeting as candid and constructive.",
    ]


def test_repeated_title_is_kept_once() -> None:
    text = "Modi to visit Washington in June\n\nModi to visit Washington in June\n\nIndian Prime Minister Narendra Modi will make a state visit to the United States in June, the White House said.\n"
    assert clean_text(text).count("Modi to visit Washington in June") == 1


def test_sentences_that_look_like_furniture_are_kept() -> None:
    body = [
        "Leaders gather in Johannesburg for BRICS summit",
        "Share prices in Johannesburg rose as leaders of the BRICS bloc arrived for the summit.",
        "Next week the group will publish a list of countries invited to join.",
        "Comments from the Chinese delegation were brief, officials said.",
        "Follow-up talks on a common currency are planned for October, according to a draft.",
        "Asked about expansion, the host said only that the door was open...",
        "Published reports said Saudi Arabia was among the candidates.",
    ]
    assert clean_text("\n\n".join(body)).split("\n\n") == body


def test_hard_wrapped_paragraphs_are_rejoined() -> None:
    text = """\
Macron and Scholz meet in Hamburg

French President Emmanuel Macron and German Chancellor Olaf Scholz met in
Hamburg on Monday for two days of talks on defence spending and the
European Union's budget rules.

The leaders are expected to sign a joint declaration on
Tuesday, officials said.
"""
    assert clean_text(text).split("\n\n") == [
        "Macron and Scholz meet in Hamburg",
        "French President Emmanuel Macron and German Chancellor Olaf Scholz met in Hamburg on Monday for two "
        "days of talks on defence spending and the European Union's budget rules.",
        "The leaders are expected to sign a joint declaration on Tuesday, officials said.",
    ]


def test_text_without_sentences_is_not_emptied() -> None:
    assert clean_text("Putin to visit Pyongyang\n") == "Putin to visit Pyongyang"


def test_markdown_headings_and_nbsp_lines() -> None:
    text = "# Summit in Geneva\n\n\u00a0\n\n## Day one\n\nThe two delegations met for six hours at a lakeside villa.\n"
    assert (
        clean_text(text) == "Summit in Geneva\n\nDay one\n\nThe two delegations met for six hours at a lakeside villa."
    )


def test_bio_needs_the_full_name_so_story_sentences_survive() -> None:
    text = """\
Kim leaves Vladivostok

The North Korean leader left the port city on Sunday after a six-day visit.

By Rail To Moscow

Moscow said the armoured train would not stop in the capital this time.
"""
    cleaned = clean_text(text)
    assert "Moscow said the armoured train would not stop in the capital this time." in cleaned
    assert "The North Korean leader left the port city on Sunday after a six-day visit." in cleaned


def test_copyright_word_in_a_sentence_is_not_a_notice() -> None:
    line = "Copyright disputes over North Korean animation studios were also raised, officials said."
    assert clean_text(f"Trade talks\n\n{line}") == f"Trade talks\n\n{line}"


def test_short_title_under_a_menu_and_a_kicker_is_kept() -> None:
    menu = "Politics\n\nAsia\n\nKim arrives in Russia\n\nKim Jong Un crossed into Russia by train on Tuesday, officials said.\n"
    assert clean_text(menu).split("\n\n")[0] == "Kim arrives in Russia"
    kicker = "Trending\n\nPutin lands in Pyongyang\n\nRussian President Vladimir Putin landed in Pyongyang early on Wednesday.\n"
    assert clean_text(kicker).split("\n\n")[0] == "Putin lands in Pyongyang"
