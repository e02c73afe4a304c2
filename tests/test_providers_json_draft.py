"""What the schema drafter proposes (providers/json_draft.py), on invented schemas.

A draft is only ever checked by the model, so a wrong one costs time, not the answer;
these tests pin that the drafter proposes exactly the text the schema fixes, stops at
every real choice, and proposes nothing once an answer leaves the layout it knows.
"""

from __future__ import annotations

from typing import Literal

import numpy as np
from pydantic import BaseModel

from summarizer.providers.json_draft import MAX_DRAFT_TOKENS, SchemaDraft, forced_text, lookup


class Claim(BaseModel):
    label: str
    line: int
    source: str | None
    firmness: Literal["solid", "shaky"]


class Answer(BaseModel):
    claims: list[Claim]
    relevant: bool


SCHEMA = Answer.model_json_schema()


def test_opening_keys_are_drafted_up_to_the_first_free_value():
    assert forced_text("{", SCHEMA) == '"claims": ['
    assert forced_text('{"claims": [{', SCHEMA) == '"label": "'
    assert forced_text('{"cl', SCHEMA) == 'aims": ['


def test_a_list_may_end_or_go_on_so_nothing_is_drafted_there():
    assert forced_text('{"claims": [', SCHEMA) == ""
    done = '{"claims": [{"label": "a", "line": 2, "source": null, "firmness": "solid"}'
    assert forced_text(done, SCHEMA) == ""
    assert forced_text(done + ",", SCHEMA) == ' {"label": "'


def test_after_a_string_value_the_next_key_is_drafted():
    assert forced_text('{"claims": [{"label": "port fees"', SCHEMA) == ', "line": '
    # The model often writes the closing quote and the comma as one token.
    assert forced_text('{"claims": [{"label": "port fees",', SCHEMA) == ' "line": '


def test_inside_a_free_string_or_number_nothing_is_drafted():
    assert forced_text('{"claims": [{"label": "port f', SCHEMA) == ""
    assert forced_text('{"claims": [{"label": "x", "line": 1', SCHEMA) == ""  # 1, 12, 13 ...


def test_space_before_a_number_is_kept_but_not_before_a_choice_of_types():
    assert forced_text('{"claims": [{"label": "x"', SCHEMA).endswith('"line": ')
    # str | None: the model writes ' "' or ' null' as one token, so the draft stops at the colon.
    assert forced_text('{"claims": [{"label": "x", "line": 1,', SCHEMA) == ' "source":'


def test_enum_values_are_completed_once_only_one_fits():
    start = '{"claims": [{"label": "x", "line": 1, "source": null'
    # Both values start with "s": that much is fixed too.
    assert forced_text(start, SCHEMA) == ', "firmness": "s'
    assert forced_text(start + ', "firmness": "sh', SCHEMA) == 'aky"}'
    assert forced_text(start + ', "firmness": "s', SCHEMA) == ""  # solid or shaky: the model's choice


def test_booleans_and_null_are_completed_from_their_first_letter():
    claims = '{"claims": [], "relevant": '
    assert forced_text(claims + "t", SCHEMA) == "rue}"
    assert forced_text(claims + "f", SCHEMA) == "alse}"
    assert forced_text('{"claims": [{"label": "x", "line": 1, "source": n', SCHEMA) == 'ull, "firmness": "s'


def test_a_full_list_must_close():
    class Few(BaseModel):
        names: list[str]

    schema = Few.model_json_schema()
    schema["properties"]["names"]["maxItems"] = 2
    assert forced_text('{"names": ["a", "b"', schema) == "]}"
    assert forced_text('{"names": ["a"', schema) == ""


def test_an_answer_in_another_layout_gets_no_draft():
    assert forced_text('{\n  "claims"', SCHEMA) == ""
    assert forced_text('{"claims": [{"line": 3', SCHEMA) == ""  # keys out of order
    whole = '{"claims": [], "relevant": true}'
    assert forced_text(whole, SCHEMA) == ""  # complete: the end is the model's


def test_lookup_drafts_what_followed_the_same_tokens_earlier():
    history = np.array([5, 6, 7, 8, 9, 1, 2, 5, 6, 7], dtype=np.intc)
    assert lookup(history, 4) == [8, 9, 1, 2]  # three tokens match: up to four drafted
    assert lookup(history[:9], 4) == [7, 8]  # only two match: two drafted
    assert lookup(np.array([1, 2, 3, 4], dtype=np.intc), 4) == []
    # The most recent match wins (an earlier item of the same answer).
    assert lookup(np.array([5, 6, 1, 5, 6, 2, 5, 6], dtype=np.intc), 4) == [2, 5]


def _char_draft() -> SchemaDraft:
    """A drafter over a one-character-per-token vocabulary (token = code point)."""
    return SchemaDraft(lambda b: [ord(c) for c in b.decode()], lambda ids: "".join(map(chr, ids)).encode())


def test_the_drafter_drafts_from_where_the_answer_starts():
    draft = _char_draft()
    draft.expect(SCHEMA)
    prompt = [ord(c) for c in "<prompt>"]
    out = draft(np.array([*prompt, ord("{")], dtype=np.intc))  # first call: the answer's first token
    assert "".join(map(chr, out)) == '"claims": ['[:MAX_DRAFT_TOKENS]
    assert draft.drafted == len(out)


def test_no_schema_no_draft():
    draft = _char_draft()
    draft.expect(None)
    assert len(draft(np.array([1, 2, 3], dtype=np.intc))) == 0
