"""English stop words, kept as a Python module so nothing is read from disk.

The list is the usual closed-class vocabulary (articles, pronouns, auxiliaries,
prepositions, conjunctions, common adverbs) plus the contraction fragments that
the word tokenizer produces ("don't" → "don't", "it's" → "it's").  News-specific
reporting verbs ("said", "told") are included because they carry no topic.
"""

from __future__ import annotations

_WORDS = """
a about above after again against ago all almost along already also although always am
among an and another any anybody anyone anything anyway anywhere are aren't around as at
be became because become becomes been before behind being below beside besides between
beyond both but by can can't cannot could couldn't did didn't do does doesn't doing done
don't down during each either else enough etc even ever every everybody everyone
everything everywhere few for from further get gets getting got had hadn't has hasn't
have haven't having he he'd he'll he's her here here's hers herself him himself his how
how's however i i'd i'll i'm i've if in indeed instead into is isn't it it's its itself
just last least less let let's like likely made make makes many may maybe me meanwhile
might mine more moreover most mostly much must mustn't my myself namely neither never
nevertheless next no nobody none nor not nothing now nowhere of off often on once one
ones only onto or other others otherwise ought our ours ourselves out over own per
perhaps quite rather really said same says see seem seemed seems several shall shan't
she she'd she'll she's should shouldn't since so some somebody someone something
sometimes somewhat somewhere still such than that that's the their theirs them
themselves then there there's thereby therefore these they they'd they'll they're
they've this those though through throughout thus to together told too toward towards
under unless until up upon us very via was wasn't we we'd we'll we're we've were weren't
what what's whatever when when's whenever where where's whereas wherever whether which
while who who's whoever whole whom whose why why's will with within without won't would
wouldn't yet you you'd you'll you're you've your yours yourself yourselves
s t d ll m re ve n't 's
"""

STOP_WORDS: frozenset[str] = frozenset(_WORDS.split())
