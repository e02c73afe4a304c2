"""Greedy agglomeration: join the two groups that fit best, again and again, while any may join.

Used to merge agenda topics (``agenda``), which supplies its own rule for how well two
groups fit, or that they may never join. (Summits are clustered with SciPy: ``summits``.)
"""

from __future__ import annotations

from collections.abc import Callable

#: How well two groups of item indices fit together; ``None``: they may not be joined.
Fit = Callable[[list[int], list[int]], float | None]


def agglomerate(n: int, fit: Fit) -> list[list[int]]:
    """Groups of ``range(n)``, each sorted; ties go to the first pair found (deterministic)."""
    groups: list[list[int]] = [[i] for i in range(n)]
    while True:
        best: tuple[float, int, int] | None = None
        for gi in range(len(groups)):
            for gj in range(gi + 1, len(groups)):
                value = fit(groups[gi], groups[gj])
                if value is not None and (best is None or value > best[0]):
                    best = (value, gi, gj)
        if best is None:
            return groups
        _, gi, gj = best
        groups[gi] = sorted(groups[gi] + groups[gj])
        del groups[gj]


__all__ = ["Fit", "agglomerate"]
