"""Sub-commands of ``wsiskg``: each module here defines click commands listed in ``COMMANDS``."""
