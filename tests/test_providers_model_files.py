"""providers/model_files.py: the bundled model assembled from its parts."""

from __future__ import annotations

import pytest

from summarizer.core.errors import ConfigError


def test_model_assembly_reports_progress_and_refuses_a_wrong_hash(tmp_path, monkeypatch):
    """Hand-made byte chunks stand for the model parts: the callback hears every byte, a bad hash is refused."""
    import hashlib

    from summarizer.providers import model_files

    parts = []
    for i, data in enumerate([b"a" * 3000, b"b" * 1500]):
        part = tmp_path / f"part{i}.bin"
        part.write_bytes(data)
        parts.append(part)
    monkeypatch.setattr(model_files, "part_paths", lambda: parts)
    monkeypatch.setattr(model_files, "_CHUNK", 1024)
    seen: list[tuple[int, int]] = []
    monkeypatch.setattr(model_files, "DEFAULT_MODEL_SHA256", hashlib.sha256(b"a" * 3000 + b"b" * 1500).hexdigest())
    target = tmp_path / "m.gguf"
    model_files._assemble(target, on_progress=lambda done, total: seen.append((done, total)))
    assert target.read_bytes() == b"a" * 3000 + b"b" * 1500
    assert seen[-1] == (4500, 4500) and all(t == 4500 for _, t in seen) and len(seen) > 2

    monkeypatch.setattr(model_files, "DEFAULT_MODEL_SHA256", "0" * 64)
    with pytest.raises(ConfigError, match="SHA-256"):
        model_files._assemble(tmp_path / "bad.gguf", on_progress=None)
    assert not (tmp_path / "bad.gguf").exists()
