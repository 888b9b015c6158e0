"""The shipped data files (icons, fonts, translations, the default program), installed
as the package app.resources so importlib.resources finds them (see setup.py)."""
