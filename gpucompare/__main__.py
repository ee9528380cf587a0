"""Allow ``python -m gpucompare``."""

from gpucompare.launcher import main

raise SystemExit(main())
