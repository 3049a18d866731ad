"""`python -m smartcity_desktop` runs the same command as `smartcity-desktop`."""

import sys

from smartcity_desktop.cli import main

sys.exit(main())
