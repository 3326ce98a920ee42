"""One error type for everything a user can get wrong: printed as one line, never a traceback."""


class WsisError(Exception):
    """A user-facing error. The message names the file (or thing) and the problem."""

    exit_code = 2


class ValidationFailed(WsisError):
    """The built graph does not conform to the SHACL shapes."""

    exit_code = 1
