"""Regulars — the loyalty terminal at the counter."""

__version__ = "0.1.0"
