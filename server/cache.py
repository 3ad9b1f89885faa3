"""Query results kept in memory, keyed by the store generation that answered them.

The graph only changes when a build (or a write) makes a new generation current, so a repeated
question is answered from memory, and a new generation makes every older entry unreachable
(it is evicted as the least recently used). Entries are bounded in bytes, not in count.
``COALITION_KG_RESULT_CACHE=off`` (or ``RESULT_CACHE_BYTES=0``) turns the cache off, for
benchmarks that compare the engine path.
"""
from __future__ import annotations

import hashlib
import threading

from cachetools import LRUCache

from ..graph.sparql import Job, Result


class ResultCache:
    def __init__(self, max_bytes: int):
        self.enabled = max_bytes > 0
        self._lru: LRUCache = LRUCache(maxsize=max(1, max_bytes), getsizeof=lambda r: len(r.body) + 256)
        self._lock = threading.Lock()

    @staticmethod
    def key(generation: str, job: Job) -> str:
        """Everything that decides the bytes of an answer; the ETag is derived from it."""
        parts = (generation, job.text, job.results_format, job.graph_format, job.union, job.default_graph,
                 job.named_graphs, sorted((k, str(v)) for k, v in job.substitutions.items()),
                 job.row_cap, job.byte_cap, job.base_iri)
        return hashlib.sha256(repr(parts).encode()).hexdigest()[:32]

    def get(self, key: str) -> Result | None:
        if not self.enabled:
            return None
        with self._lock:
            return self._lru.get(key)

    def put(self, key: str, res: Result) -> None:
        if self.enabled and len(res.body) + 256 <= self._lru.maxsize:
            with self._lock:
                self._lru[key] = res
