import sys

from newsfuse.cli import main

sys.exit(main())
