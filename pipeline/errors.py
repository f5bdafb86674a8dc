"""Errors a user can fix: the CLI prints their message without a traceback."""


class UserError(Exception):
    """A problem with the user's input, config or setup; the message names the fix."""


class SetupError(UserError):
    """The pkuseg model or another resource could not be obtained or verified."""


class InputError(UserError):
    """An input path or file cannot be read as documents."""
