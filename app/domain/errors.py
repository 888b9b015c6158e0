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

    @property
    def message(self) -> str:
        return str(self)


class ValidationErrors(DomainError):
    """Several field errors at once, so a form can flag them all together."""

    def __init__(self, errors: list[DomainError]):
        super().__init__("validation", "; ".join(e.message for e in errors))
        self.errors = errors
