"""``summarizer batch``: extract many articles through a Batch API, in a few rounds.

A live run asks each chunk of an article three questions in turn (who, then where and
when, then the agenda), each after the answer to the one before. A batch run asks the
same questions with the same bodies, one round at a time: round 1 is the first question
of every chunk of every article not yet in the result cache, as one batch; round 2 the
questions that depend on those answers; and so on. The answers go through the very code
a live answer goes through (``summarizer.batch.transport`` explains how), so a batch run
and a live run given the same answers make the same summaries, and each article lands in
the result cache, where ``brief`` and ``extract`` then find it.

* :func:`batch_async`: online, through the server's Files and Batches APIs; resumes a
  killed run from the batch ids it saved (:mod:`summarizer.batch.state`).
* :func:`prepare_async` and :func:`collect_async`: offline, a requests file for
  ``vllm run-batch`` (or any batch runner) and its results file read back, one round at a time.
"""

from summarizer.batch.rounds import BatchOutcome, batch_async, collect_async, prepare_async
from summarizer.batch.state import BatchState, Round
from summarizer.batch.transport import ReaskMode

__all__ = ["BatchOutcome", "BatchState", "ReaskMode", "Round", "batch_async", "collect_async", "prepare_async"]
