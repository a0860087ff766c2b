"""What every adapter shares: the `ChatAdapter` protocol (owned by the core).

An adapter receives one callable of the core, `on_command`, and nothing else: it
translates platform events into `CommandRequest`s on the way in and renders
`Reply` and `Digest` values on the way out.
"""

from bot.ports import AdapterFactory, ChatAdapter

__all__ = ["AdapterFactory", "ChatAdapter"]
