"""Pure functions that decide when two articles are the same: URLs, hashes, fingerprints.

Exact duplicates share a canonical URL, a GUID or a content hash. Near
duplicates — one wire text under a new headline, or one event written up by
several outlets — are grouped into a story by their fingerprints:

- a MinHash sketch of the content terms screens every recent article at once
  (the share of equal slots estimates the Jaccard similarity of the term sets);
- the few candidates it passes are checked exactly, on the hashed sets of content
  terms and of names and numbers ("Helena Marques", "1,150", "3.50"). Two
  write-ups of one event share their names and numbers far more than two
  stories on one subject do.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Iterable, Sequence
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import numpy as np
import numpy.typing as npt

from bot.ingestion.fingerprint import Fingerprint

SKETCH_SIZE = 128
SKETCH_TERMS = 400
# A story is identified by its headline and lead: fingerprints read this much of the text.
FINGERPRINT_CHARS = 4000
PRIME = np.uint64(4294967291)  # the largest prime below 2**32
_rng = np.random.default_rng(20261126)  # fixed: sketches are stored and compared across runs
_A = _rng.integers(1, 2**32 - 5, size=SKETCH_SIZE, dtype=np.uint64)
_B = _rng.integers(0, 2**32 - 5, size=SKETCH_SIZE, dtype=np.uint64)

TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "ref",
        "ref_src",
        "ref_url",
        "cmpid",
        "ocid",
        "smid",
        "smtyp",
        "sr_share",
        "spm",
        "at_medium",
        "at_campaign",
        "xtor",
        "ito",
        "cid",
        "s_cid",
        "mkt_tok",
        "oly_anon_id",
        "oly_enc_id",
        "rss",
        "partner",
        "share",
        "feature",
    }
)
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_")

# Candidates: the sketch estimates at least this term overlap (set well below RELATED_TERMS,
# so the estimate's noise — about ±0.03 with 128 slots — rarely hides a true match).
SCREEN = 0.08
# Only the best-screened candidates are checked exactly, so a burst of similar articles
# (one topic all day) costs a bounded number of comparisons per article.
MAX_CANDIDATES = 24
# Same story when the content terms overlap this much (near-identical copies) …
SAME_TERMS = 0.5
# … or when the names and numbers and the content terms both overlap this much.
RELATED_ENTITIES = 0.17
RELATED_TERMS = 0.15


def canonical_url(url: str) -> str:
    """A URL without fragment, tracking parameters, default port or trailing slash.

    The host is lower-cased and the remaining query parameters are sorted, so the
    links two feeds give for one article compare equal. A URL too broken to take
    apart (an unclosed `[`, a port that is not a number) is kept as it is.
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return url.strip()
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    query = sorted(
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in TRACKING_PARAMS and not k.lower().startswith(TRACKING_PREFIXES)
    )
    path = parts.path or "/"
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/")
    return urlunsplit((scheme, host, path, urlencode(query), ""))


_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def content_hash(title: str, text: str) -> str:
    """A hash of the article's words, blind to case, punctuation and spacing."""
    del title  # a new headline on the same text is still the same article
    normal = _NON_WORD.sub(" ", text.lower()).strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


_TOKEN = re.compile(r"\d[\d,.]*\d|\d|[^\W\d_][\w'’-]*")
_OPENERS = frozenset(".!?:\"“”‘’'(\n")


def entity_terms(text: str) -> set[str]:
    """Names (capitalised words not opening a sentence) and numbers, lower-cased."""
    found: set[str] = set()
    for match in _TOKEN.finditer(text):
        token = match.group(0)
        if token[0].isdigit():
            found.add(token.rstrip(".,"))
            continue
        if not token[0].isupper():
            continue
        i = match.start() - 1
        while i >= 0 and text[i] in " \t":
            i -= 1
        if i >= 0 and text[i] not in _OPENERS:
            found.add(token.lower())
    return found


def _hashes(items: Iterable[str]) -> npt.NDArray[np.uint32]:
    unique = {zlib.crc32(t.encode("utf-8")) for t in items}
    return np.sort(np.fromiter(unique, dtype=np.uint32, count=len(unique)))


def fingerprint(text: str, terms: Sequence[str]) -> Fingerprint:
    """The fingerprint of an article from its text and its content terms."""
    hashes = _hashes(terms[:SKETCH_TERMS])
    if hashes.size:
        wide = hashes.astype(np.uint64)
        table = (wide[:, None] * _A[None, :] + _B[None, :]) % PRIME
        sketch = table.min(axis=0).astype(np.uint32)
    else:
        sketch = np.full(SKETCH_SIZE, 2**32 - 1, dtype=np.uint32)
    return Fingerprint(
        sketch=sketch.tobytes(),
        terms=hashes.tobytes(),
        entities=_hashes(entity_terms(text)).tobytes(),
    )


def sketch_matrix(sketches: Iterable[bytes]) -> npt.NDArray[np.uint32]:
    """Stack stored sketches into an (n, SKETCH_SIZE) array for `estimates`."""
    rows = [np.frombuffer(s, dtype=np.uint32) for s in sketches]
    if not rows:
        return np.empty((0, SKETCH_SIZE), dtype=np.uint32)
    return np.vstack(rows)


def estimates(one: bytes, many: npt.NDArray[np.uint32]) -> npt.NDArray[np.float64]:
    """Estimated Jaccard similarity of one sketch against each row of `many`."""
    if many.shape[0] == 0:
        return np.empty(0)
    mine = np.frombuffer(one, dtype=np.uint32)
    equal: npt.NDArray[np.float64] = (many == mine[None, :]).mean(axis=1)
    return equal


def set_similarity(a: bytes, b: bytes) -> float:
    """Exact Jaccard similarity of two hashed term sets (0 when both are empty)."""
    x, y = np.frombuffer(a, dtype=np.uint32), np.frombuffer(b, dtype=np.uint32)
    if not x.size and not y.size:
        return 0.0
    shared = np.intersect1d(x, y, assume_unique=True).size
    return shared / (x.size + y.size - shared)


def same_story(terms: float, entities: float) -> bool:
    """The grouping rule: near-identical text, or shared names and numbers in related text."""
    return terms >= SAME_TERMS or (terms >= RELATED_TERMS and entities >= RELATED_ENTITIES)
