"""`python -m redact` is the same as the `redact` command."""
import sys

from .cli import main

sys.exit(main())
