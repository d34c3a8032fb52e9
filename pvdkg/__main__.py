"""python -m pvdkg: the same as the pvdkg command."""

import sys

from .cli import main

sys.exit(main())
