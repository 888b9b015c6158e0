"""Use cases. Each public method of the facade areas (till.py, back_office.py,
administration.py, sign_in.py; held together by terminal.py) is one unit of work
(unit_of_work.py) = one transaction."""
