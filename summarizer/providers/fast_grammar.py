"""Greedy JSON-grammar decoding that checks the model's own choice first.

llama-cpp-python puts the grammar sampler in front of greedy selection, so at every
token it runs the grammar over the whole vocabulary (151,936 tokens for Qwen2.5): on
2 cores that made writing JSON about 2.5 times slower than writing free text
(README, "Speed"). llama.cpp's own tools avoid that by asking the grammar about the
most likely token first and filtering the whole vocabulary only when that token is not
allowed. At temperature 0 the result is the same token either way: the most likely
token the grammar allows.

``make_llama`` returns a ``llama_cpp.Llama`` whose greedy, grammar-constrained sampling
does that; every other sampling setting goes through llama-cpp-python unchanged. It uses
llama.cpp's public sampler API (``llama_sampler_init_grammar``, ``llama_sampler_apply``,
``llama_sampler_accept``) through llama-cpp-python's ctypes bindings.
"""

from __future__ import annotations

import ctypes
import math
from typing import Any

import numpy as np

#: The longest batch that is a sampled token and its draft (see ``json_draft.MAX_DRAFT_TOKENS``).
_DRAFTED_BATCH = 16

_TOKEN_DATA = np.dtype([("id", np.int32), ("logit", np.float32), ("p", np.float32)])


class _TopFirstGrammar:
    """A llama.cpp sampler: grammar-check the highest-logit token; filter all only if it fails."""

    def __init__(self, llama_cpp: Any, vocab: Any, grammar: Any) -> None:
        self._c = llama_cpp
        self._grammar = llama_cpp.llama_sampler_init_grammar(
            vocab, grammar._grammar.encode("utf-8"), grammar._root.encode("utf-8")
        )
        if not self._grammar:
            raise ValueError("llama.cpp could not compile the JSON grammar")
        self._one = (llama_cpp.llama_token_data * 1)()
        self._single = llama_cpp.llama_token_data_array(data=self._one, size=1, selected=-1, sorted=False)
        self.full_passes = 0  # how often the whole vocabulary had to be filtered

        def apply(_smpl: Any, cur_p: Any) -> None:
            self._apply(cur_p)

        def accept(_smpl: Any, token: int) -> None:
            self._c.llama_sampler_accept(self._grammar, token)

        # Keep the callbacks referenced: ctypes does not, and llama.cpp calls them later.
        self._apply_cb = llama_cpp.llama_sampler_i_apply(apply)
        self._accept_cb = llama_cpp.llama_sampler_i_accept(accept)
        self._iface = llama_cpp.llama_sampler_i()
        self._iface.apply = self._apply_cb
        self._iface.accept = self._accept_cb
        self._iface.name = llama_cpp.llama_sampler_i_name(0)
        self._iface.reset = llama_cpp.llama_sampler_i_reset(0)
        self._iface.clone = llama_cpp.llama_sampler_i_clone(0)
        self._iface.free = llama_cpp.llama_sampler_i_free(0)
        self._sampler = llama_cpp.llama_sampler()
        self._sampler.iface = ctypes.pointer(self._iface)
        self._sampler.ctx = None

    def get_sampler(self) -> Any:
        return ctypes.pointer(self._sampler)

    def _apply(self, cur_p: Any) -> None:
        arr = cur_p.contents
        buf = (self._c.llama_token_data * arr.size).from_address(ctypes.addressof(arr.data.contents))
        view = np.frombuffer(buf, dtype=_TOKEN_DATA)
        best = int(view["logit"].argmax())
        self._one[0].id = int(view["id"][best])
        self._one[0].logit = float(view["logit"][best])
        self._one[0].p = 0.0
        self._single.size = 1
        self._single.selected = -1
        self._c.llama_sampler_apply(self._grammar, ctypes.byref(self._single))
        if math.isfinite(self._one[0].logit):
            return  # the grammar allows the model's first choice: greedy takes it
        self.full_passes += 1
        self._c.llama_sampler_apply(self._grammar, cur_p)

    def __del__(self) -> None:
        if getattr(self, "_grammar", None):
            self._c.llama_sampler_free(self._grammar)
            self._grammar = None


def make_llama(**kwargs: Any) -> Any:
    """A ``llama_cpp.Llama`` (same arguments) with top-first greedy grammar sampling."""
    import llama_cpp
    from llama_cpp import _internals

    class _Llama(llama_cpp.Llama):  # type: ignore[misc]
        drafted_batch_tokens = 0

        def _init_sampler(self, *args: Any, **kw: Any) -> Any:
            grammar = kw.get("grammar")
            neutral = (
                kw.get("temp", 0.8) == 0.0
                and kw.get("repeat_penalty", 1.0) == 1.0
                and kw.get("frequency_penalty", 0.0) == 0.0
                and kw.get("presence_penalty", 0.0) == 0.0
                and kw.get("logits_processor") is None
                and not args
            )
            if grammar is None or not neutral:
                return super()._init_sampler(*args, **kw)
            sampler = _internals.LlamaSampler()
            top_first = _TopFirstGrammar(llama_cpp, self._model.vocab, grammar)
            # Registered as a custom sampler so the chain detaches it before freeing itself
            # (llama.cpp must not free a sampler Python owns).
            sampler.custom_samplers.append((llama_cpp.llama_sampler_chain_n(sampler.sampler), top_first))  # type: ignore[arg-type]
            llama_cpp.llama_sampler_chain_add(sampler.sampler, top_first.get_sampler())
            sampler.add_greedy()
            self.last_top_first = top_first
            return sampler

        def eval(self, tokens: Any) -> None:
            # A drafted batch (a sampled token and the tokens drafted after it) needs the logits
            # of every position, to check each drafted token. llama-cpp-python keeps them all
            # only with ``logits_all``, which also makes llama.cpp compute (and Python copy, 600 KB
            # a token) the logits of every prompt token, and keeps n_ctx x vocabulary floats
            # (5 GB here). Short batches get logits at every position; prompts only at the last.
            if self.draft_model is None or len(tokens) > _DRAFTED_BATCH:
                return super().eval(tokens)  # type: ignore[no-any-return]
            self._ctx.kv_cache_seq_rm(-1, self.n_tokens, -1)
            self._batch.set_batch(batch=tokens, n_past=self.n_tokens, logits_all=True)
            self._ctx.decode(self._batch)
            # llama.cpp counts any batch of 2 or more as prompt reading; bench/embedded.py
            # subtracts these to tell the prompt tokens read from the drafts checked.
            self.drafted_batch_tokens += len(tokens) if len(tokens) > 1 else 0
            self.input_ids[self.n_tokens : self.n_tokens + len(tokens)] = tokens
            self.n_tokens += len(tokens)
            self._requires_eval = False
            return None

    return _Llama(**kwargs)


__all__ = ["make_llama"]
