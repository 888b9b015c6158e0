"""PySide6 widgets: shows and asks; decides nothing."""
