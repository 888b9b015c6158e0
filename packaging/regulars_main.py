"""The frozen build's entry (packaging/regulars.spec): the same as the `regulars` command."""

from app.cli import main

raise SystemExit(main())
