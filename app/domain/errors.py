"""Domain errors carry a stable code and parameters; the UI turns them into words.

The code (not the English text) is what the UI translates, so a rule never
has to know which language the cashier reads.
"""

from __future__ import annotations


class DomainError(Exception):
    """A rule refused the input. ``field`` names the form field to flag."""

    def __init__(self, code: str, message: str, field: str | None = None, **params):
        super().__init__(message)
        self.code = code
        self.field = field
        self.params = params

    def __str__(self) -> str:
        # The English text with its {placeholders} filled: what the CLI and logs print
        # ("Cannot read {file}: {error}." was printed as is). A placeholder without a
        # parameter is left as written rather than raising while reporting an error.
        template = super().__str__()
        if not self.params or "{" not in template:
            return template
        try:
            return template.format_map(_Keep(self.params))
        except (ValueError, IndexError, AttributeError):  # braces that are not placeholders
            return template

    @property
    def message(self) -> str:
        return str(self)


class _Keep(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class ValidationErrors(DomainError):
    """Several field errors at once, so a form can flag them all together."""

    def __init__(self, errors: list[DomainError]):
        super().__init__("validation", "; ".join(e.message for e in errors))
        self.errors = errors
