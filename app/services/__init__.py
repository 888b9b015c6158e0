"""Use cases. Each public method of Terminal is one unit of work = one transaction."""
