"""The Jinja environment every page is rendered with: escaping on, strict about missing values."""

from __future__ import annotations

from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined


def environment(**names: Any) -> Environment:
    """An environment over ``rendering/templates`` with ``names`` as its globals.

    autoescape=True for every template: article text must never become markup; a name a
    template uses that nobody passed is an error, not an empty string.
    """
    env = Environment(
        loader=PackageLoader("summarizer.rendering", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(names)
    return env


__all__ = ["environment"]
