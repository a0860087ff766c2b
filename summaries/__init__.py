"""Pure text processing for newsbot: cleaning, summaries, key facts, story summaries.

No I/O, no asyncio, no database, and nothing imported from ``bot`` or ``adapters``.
The public entry points are :func:`summaries.text.clean_article`,
:func:`summaries.extractive.summarize`, :func:`summaries.keyfacts.key_facts`,
:func:`summaries.multidoc.summarize_article` (both, as a digest shows them) and
:func:`summaries.multidoc.summarize_story`.
"""
