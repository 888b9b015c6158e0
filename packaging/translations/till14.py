"""Russian for the till's search (issue #14, merged by packaging/fill_ru.py)."""

RU = {
    # a query of symbols or control characters: nobody to enrol either
    "Nobody found.": "Никого не нашли.",
}
