"""Allow ``python -m gpucompare``."""

from gpucompare.cli.main import main

raise SystemExit(main())
