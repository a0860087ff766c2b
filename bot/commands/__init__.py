"""The slash-command path: the /news grammar, the handlers, their replies."""
