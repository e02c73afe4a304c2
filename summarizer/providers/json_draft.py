"""Draft the parts of a JSON answer that its schema fixes, for the model to check in one batch.

Writing is where the embedded model spends its time (docs/speed.md): one forward pass
per token, about 85 ms on 2 cores, while checking 5 tokens in one batch costs about
180 ms. Much of a schema-bound answer is fixed by the schema, not chosen by the model:
in ``{"topic": "trade", "sentence": 4, "said_by": null, "status": "confirmed"}`` the keys,
the quotes and colons around them, and ``"irmed"`` once ``conf`` is written. Given what
the model has written so far, ``SchemaDraft`` proposes that fixed text up to the next real
choice (a value, the end of a list); llama-cpp-python's speculative loop
(``Llama.generate`` with a ``draft_model``) evaluates it in one batch and keeps each
drafted token only where the model, sampling as always (greedy, under the grammar),
picks that same token. The answer is the model's own: a wrong draft costs a little time,
never a different answer. (Batched evaluation can change the last digits of the
arithmetic, so on rare near-ties greedy decoding may still take another path.)

Inside a free string the drafter can also look up the last two or three tokens earlier in
the prompt or the answer and draft what followed them there (``lookup``; a speaker written
for the third topic, the article's words copied into a topic), once the string's first two
tokens are the model's own.

The layout drafted is the one these models write: ``{"key": value, "key2": [{...}, {...}]}``.
When an answer leaves that layout (new lines, other spacing) nothing is drafted for it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

#: At most this many tokens per draft: the batch's cost grows with its length
#: (measured: 1 token 85 ms, 5 about 180 ms, 8 about 240 ms on 2 cores).
MAX_DRAFT_TOKENS = 8


class _Stop(Exception):
    """The text ends here; ``forced`` is what must come next, up to the next choice."""

    def __init__(self, forced: str = "", *, before_number: bool = False, in_string: bool = False) -> None:
        super().__init__(forced)
        self.forced = forced
        #: The text ends inside a free string: the model's own words (maybe the article's).
        self.in_string = in_string
        #: The next choice is a number's first digit: keep the space before it (Qwen-style
        #: tokenizers write " " and "4" as two tokens, but ' "' and ' null' as one).
        self.before_number = before_number


class _Off(Exception):
    """The text left the layout drafted here: draft nothing."""


class _Walker:
    """Follow a partial JSON text through its schema until the text ends."""

    def __init__(self, text: str, schema: dict[str, Any]) -> None:
        self.text = text
        self.pos = 0
        self.defs: dict[str, Any] = schema.get("$defs", {})

    def _at_end(self) -> bool:
        return self.pos >= len(self.text)

    def _resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            return self._resolve(self.defs.get(ref.rsplit("/", 1)[1], {}))
        return schema

    def literal(self, s: str) -> None:
        rest = self.text[self.pos : self.pos + len(s)]
        if rest == s:
            self.pos += len(s)
            return
        if s.startswith(rest) and self.pos + len(rest) >= len(self.text):
            raise _Stop(s[len(rest) :])  # the text ends inside the literal
        raise _Off

    def value(self, schema: dict[str, Any]) -> None:
        schema = self._resolve(schema)
        options = schema.get("anyOf") or schema.get("oneOf")
        if options:
            self._one_of([self._resolve(o) for o in options])
        elif "const" in schema:
            self.literal(json.dumps(schema["const"]))
        elif "enum" in schema:
            self._enum([json.dumps(v) for v in schema["enum"]])
        elif isinstance(schema.get("type"), list):
            self._one_of([{**schema, "type": t} for t in schema["type"]])
        else:
            self._typed(schema)

    def _typed(self, schema: dict[str, Any]) -> None:
        kind = schema.get("type")
        if kind == "object":
            self._object(schema)
        elif kind == "array":
            self._array(schema)
        elif kind == "string":
            self._string()
        elif kind in ("integer", "number"):
            self._number()
        elif kind == "boolean":
            self._enum(["true", "false"])
        elif kind == "null":
            self.literal("null")
        else:
            raise _Off  # a schema this drafter does not follow: the model writes it alone

    def _one_of(self, options: list[dict[str, Any]]) -> None:
        if self._at_end():
            raise _Stop()  # which one is the model's choice
        first = self.text[self.pos]
        for option in options:
            if _starts(option, first):
                self.value(option)
                return
        raise _Off

    def _enum(self, values: list[str]) -> None:
        """One of a few literal values: once the written part leaves one, the rest is fixed."""
        rest = self.text[self.pos :]
        for v in values:
            if rest.startswith(v):
                self.pos += len(v)
                return
        matching = [v for v in values if v.startswith(rest)]
        if not matching:
            raise _Off
        # Fixed: what every value still possible shares (the opening quote; the rest of one).
        raise _Stop(_common_start(matching)[len(rest) :])

    def _string(self) -> None:
        self.literal('"')
        i = self.pos
        while i < len(self.text):
            c = self.text[i]
            if c == "\\":
                i += 2
                continue
            if c == '"':
                self.pos = i + 1
                return
            i += 1
        raise _Stop(in_string=True)  # inside the string: the model's own words

    def _number(self) -> None:
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in "-+.0123456789eE":
            self.pos += 1
        if self._at_end():
            raise _Stop(before_number=self.pos == start)  # more digits, or the number's end
        if self.pos == start:
            raise _Off

    def _object(self, schema: dict[str, Any]) -> None:
        self.literal("{")
        required = set(schema.get("required", []))
        for i, (key, sub) in enumerate(schema.get("properties", {}).items()):
            if key not in required:
                raise _Off  # an optional key is a choice this drafter does not guess
            self.literal((", " if i else "") + json.dumps(key) + ": ")
            self.value(sub)
        self.literal("}")

    def _array(self, schema: dict[str, Any]) -> None:
        self.literal("[")
        items = schema.get("items", {})
        most = schema.get("maxItems")
        least = schema.get("minItems", 0)
        n = 0
        while True:
            if self._at_end():
                if most is not None and n >= most:
                    raise _Stop("]")
                raise _Stop(", " if n < least else "")
            if self.text[self.pos] == "]" and n >= least:
                self.pos += 1
                return
            if n:
                self.literal(", ")
            self.value(items)
            n += 1


def _common_start(values: list[str]) -> str:
    """The longest text every one of ``values`` starts with."""
    first, last = min(values), max(values)
    i = 0
    while i < min(len(first), len(last)) and first[i] == last[i]:
        i += 1
    return first[:i]


def _starts(schema: dict[str, Any], first: str) -> bool:
    """Whether a value of ``schema`` can start with the character ``first``."""
    kind = schema.get("type")
    if "enum" in schema or "const" in schema:
        values = schema.get("enum", [schema.get("const")])
        return any(json.dumps(v).startswith(first) for v in values)
    starts = {"object": "{", "array": "[", "string": '"', "null": "n", "boolean": "tf", "integer": "-0123456789"}
    starts["number"] = starts["integer"]
    return isinstance(kind, str) and first in starts.get(kind, "")


def forced_text(text: str, schema: dict[str, Any], limit: int = 64) -> str:
    """The text the schema fixes after ``text`` (a partial answer), up to the next choice."""
    return _forced(text, schema, limit)[0]


def _forced(text: str, schema: dict[str, Any], limit: int = 64) -> tuple[str, bool]:
    """``forced_text``, and whether the text ends inside a free string."""
    forced = ""
    while len(forced) < limit:
        walker = _Walker(text + forced, schema)
        try:
            walker.value(schema)
        except _Stop as stop:
            if not stop.forced:
                return (forced if stop.before_number else forced.rstrip(" ")), stop.in_string and not forced
            forced += stop.forced
            continue
        except _Off:
            return "", False
        return forced, False  # the answer is complete
    return forced, False


def lookup(history: np.ndarray[Any, np.dtype[np.intc]], most: int) -> list[int]:
    """What followed, earlier in ``history``, its last few tokens.

    Prompt-lookup drafting, used inside strings only: a topic, name or date is often the
    article's own words, or words an earlier item of the answer already wrote (the same
    speaker for several topics). The longer the match, the more tokens are drafted (a
    wrong draft costs time); the most recent match wins.
    """
    for n in (3, 2):
        if len(history) <= n:
            continue
        tail = history[-n:]
        windows = np.lib.stride_tricks.sliding_window_view(history[:-1], n)
        hits = np.flatnonzero((windows == tail).all(axis=1))
        if len(hits):
            at = int(hits[-1]) + n
            return [int(t) for t in history[at : at + (most if n == 3 else min(most, 2))]]
    return []


class SchemaDraft:
    """A llama-cpp-python draft model (``LlamaDraftModel``) that drafts what the schema fixes.

    ``expect(schema)`` before each call sets the answer's JSON schema (None: draft nothing);
    the first call afterwards marks where the answer starts in the token sequence.
    """

    def __init__(
        self,
        tokenize: Callable[[bytes], list[int]],
        detokenize: Callable[[Sequence[int]], bytes],
        lookup_tokens: int = 0,
    ) -> None:
        self._tokenize = tokenize
        self._detokenize = detokenize
        self._schema: dict[str, Any] | None = None
        self._start: int | None = None
        #: Tokens drafted since ``expect`` (bench/embedded.py prints it).
        self.drafted = 0
        #: Inside strings, draft up to this many tokens that followed the same tokens earlier
        #: in the prompt or the answer (``lookup``; 0: off).
        self.lookup = lookup_tokens
        self._quote_free: dict[int, bool] = {}

    def _in_words(self, tokens: list[int]) -> list[int]:
        """The tokens up to the first that would end the string or the line."""
        kept: list[int] = []
        for t in tokens:
            ok = self._quote_free.get(t)
            if ok is None:
                piece = self._detokenize([t])
                ok = self._quote_free[t] = not any(c in piece for c in b'"\\\n')
            if not ok:
                break
            kept.append(t)
        return kept

    def expect(self, schema: dict[str, Any] | None) -> None:
        """The next answer's JSON schema (None: draft nothing for it)."""
        self._schema = schema
        self._start = None
        self.drafted = 0

    def __call__(
        self, input_ids: np.ndarray[Any, np.dtype[np.intc]], /, **_: Any
    ) -> np.ndarray[Any, np.dtype[np.intc]]:
        none = np.array([], dtype=np.intc)
        if self._schema is None:
            return none
        if self._start is None:
            # Called first right after the answer's first token was sampled.
            self._start = len(input_ids) - 1
        written = self._detokenize(input_ids[self._start :].tolist()).decode("utf-8", errors="ignore")
        forced, in_string = _forced(written, self._schema)
        if forced:
            tokens = self._tokenize(forced.encode("utf-8"))[:MAX_DRAFT_TOKENS]
        elif in_string and self.lookup and len(self._in_words(input_ids[-2:].tolist())) == 2:
            # Only once two of the string's own tokens are written: its first words are the
            # model's choice, where a batch's last-digit differences could tip a near-tie.
            tokens = self._in_words(lookup(input_ids, self.lookup))
        else:
            return none
        if not tokens:
            return none
        self.drafted += len(tokens)
        return np.array(tokens, dtype=np.intc)


__all__ = ["MAX_DRAFT_TOKENS", "SchemaDraft", "forced_text", "lookup"]
