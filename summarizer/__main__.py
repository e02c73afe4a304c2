"""``python -m summarizer``: the same as the ``summarizer`` command."""

from summarizer.cli import main

if __name__ == "__main__":
    main()
