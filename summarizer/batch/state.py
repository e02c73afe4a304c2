"""What a batch run keeps on disk, so that a killed run resumes where it stopped.

A state folder (``--state``; default ``batch/`` in the result cache folder) holds:

* ``rounds.json``: every round so far, with the ids the server gave it (input file,
  batch) and the answer keys it asks for, or the requests file it was written to. It is
  rewritten whole (write, then rename) after each change, so a kill never leaves half a
  file. Readable by hand: ``summarizer batch status`` prints it.
* ``answers/``: every answer received (from a batch, a results file or a live re-ask),
  keyed by the request's ``custom_id``. A resumed run asks its questions again and finds
  the answers here, so nothing is paid for twice. A failed answer (an error line) is kept
  only until one request has read it: the next ask of that question goes to a new round.
* ``lock``: held while a run uses the folder; two runs on one state would submit the same
  requests twice.
"""

from __future__ import annotations

import json
import os
from contextlib import suppress
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, Any, Literal

import diskcache

from summarizer.batch.lines import Answer
from summarizer.cache import Closing
from summarizer.core.errors import ConfigError

try:  # POSIX: the lock goes with the process, so a killed run never leaves a stale one.
    import fcntl
except ImportError:  # pragma: no cover - Windows: no lock
    fcntl = None  # type: ignore[assignment]

RoundKind = Literal["batch", "file"]

ROUNDS_FILE = "rounds.json"

#: Answers are a few kB each; this keeps several hundred thousand.
ANSWERS_SIZE_LIMIT = 2 * 1024**3


@dataclass
class Round:
    """One round: the questions asked at once, as one batch on a server or one requests file."""

    number: int
    kind: RoundKind
    requests: int
    #: The answer keys (``custom_id``) it asks for: a resumed run waits for this round's
    #: batch instead of asking them again.
    keys: list[str] = field(default_factory=list)
    #: kind "batch": the server (no credentials) and the ids it gave.
    server: str | None = None
    input_file_id: str | None = None
    batch_id: str | None = None
    status: str = "new"
    #: Its answers are in ``answers/``: nothing more to fetch.
    collected: bool = False
    #: kind "file": where the requests were written.
    file: str | None = None

    def covers(self, keys: set[str]) -> bool:
        return not keys.isdisjoint(self.keys)


class BatchState(Closing):
    """A state folder (see the module's docstring). Use as a context manager."""

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory).expanduser()
        self.directory.mkdir(parents=True, exist_ok=True)
        self._lock = _lock(self.directory / "lock")
        self._answers = diskcache.Cache(str(self.directory / "answers"), size_limit=ANSWERS_SIZE_LIMIT)
        self._file = self.directory / ROUNDS_FILE
        self.rounds: list[Round] = read_rounds(self.directory)

    # -- answers ---------------------------------------------------------------------------

    def put(self, key: str, answer: Answer) -> None:
        """Keep ``answer`` for the request ``key``; a success is kept for good, a failure for one read."""
        if answer.ok:
            self._answers.set(key, json.dumps(answer.body, ensure_ascii=False))
        else:
            self._answers.set(_failed(key), json.dumps(asdict(answer), ensure_ascii=False))

    def take(self, key: str) -> Answer | None:
        """The answer to request ``key``, if any; a failure is handed out once, then forgotten."""
        raw = self._answers.get(key)
        if raw is not None:
            return Answer(200, json.loads(raw))
        failed = self._answers.pop(_failed(key), default=None)
        if failed is None:
            return None
        return Answer(**json.loads(failed))

    # -- rounds ----------------------------------------------------------------------------

    def next_number(self) -> int:
        return max((r.number for r in self.rounds), default=0) + 1

    def add(self, round_: Round) -> Round:
        self.rounds.append(round_)
        self.save()
        return round_

    def in_flight(self, server: str) -> list[Round]:
        """Batches on ``server`` whose answers were not fetched yet (oldest first)."""
        return [r for r in self.rounds if r.kind == "batch" and r.server == server and not r.collected]

    def save(self) -> None:
        """Write ``rounds.json`` whole: to a temporary file, then renamed over the old one."""
        data = {"rounds": [asdict(r) for r in self.rounds]}
        tmp = self._file.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        os.replace(tmp, self._file)

    def close(self) -> None:
        self._answers.close()
        if self._lock is not None:
            self._lock.close()


def read_rounds(directory: str | Path) -> list[Round]:
    """The rounds saved in the state folder ``directory`` (none if there is none); takes no lock."""
    path = Path(directory).expanduser() / ROUNDS_FILE
    if not path.is_file():
        return []
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return [Round(**r) for r in data["rounds"]]
    except (ValueError, TypeError, KeyError) as e:
        raise ConfigError(
            f"the batch state {path} is unreadable ({type(e).__name__}: {e}). Move it away to start "
            "afresh (the batches it lists are then asked again)."
        ) from None


def _failed(key: str) -> str:
    return f"failed:{key}"


def _lock(path: Path) -> IO[str] | None:
    """Hold ``path`` locked for as long as the returned file is open; refuse if another run holds it."""
    if fcntl is None:  # pragma: no cover
        return None
    handle = path.open("a+", encoding="utf-8")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        raise ConfigError(
            f"another batch run is using the state folder {path.parent}; wait for it to finish, "
            "or give this one its own --state."
        ) from None
    with suppress(OSError):
        handle.truncate(0)
        handle.write(f"{os.getpid()}\n")
        handle.flush()
    return handle


__all__ = ["ANSWERS_SIZE_LIMIT", "ROUNDS_FILE", "BatchState", "Round", "RoundKind", "read_rounds"]
