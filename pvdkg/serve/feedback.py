"""CDS Hooks feedback, stored append-only in a local SQLite file (--feedback-db).

The specification (https://cds-hooks.hl7.org/2.0/#feedback): POST
{baseUrl}/cds-services/{service.id}/feedback with {"feedback": [{card, outcome
(accepted | overridden), acceptedSuggestions [{id}], overrideReason {reason, userComment},
outcomeTimestamp}]}. The cards this service issued are recorded by uuid and kind (no
patient data), so feedback is countable per card kind. Triggers refuse UPDATE and DELETE.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections import deque
from datetime import UTC, datetime

SCHEMA = """
CREATE TABLE IF NOT EXISTS cards (uuid TEXT PRIMARY KEY, service TEXT NOT NULL, kind TEXT NOT NULL, issued TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY, received TEXT NOT NULL, service TEXT NOT NULL, card TEXT NOT NULL,
    outcome TEXT NOT NULL, accepted_suggestions TEXT, override_reason TEXT, outcome_timestamp TEXT NOT NULL);
CREATE TRIGGER IF NOT EXISTS cards_no_update BEFORE UPDATE ON cards BEGIN SELECT RAISE(ABORT, 'append-only'); END;
CREATE TRIGGER IF NOT EXISTS feedback_no_update BEFORE UPDATE ON feedback BEGIN SELECT RAISE(ABORT, 'append-only'); END;
"""
#: A file is append-only: nothing is ever deleted from it.
FILE_ONLY = """
CREATE TRIGGER IF NOT EXISTS cards_no_delete BEFORE DELETE ON cards BEGIN SELECT RAISE(ABORT, 'append-only'); END;
CREATE TRIGGER IF NOT EXISTS feedback_no_delete BEFORE DELETE ON feedback BEGIN SELECT RAISE(ABORT, 'append-only'); END;
"""
#: Without --feedback-db, the newest rows of each table kept in memory: a server that runs
#: for months must not grow without bound (about 4 cards a call, some 150 bytes each).
MEMORY_ROWS = 100_000
#: In memory, the queued cards are written once this many wait (FeedbackStore.queue_full).
WRITE_AT = 1_000
OUTCOMES = ("accepted", "overridden")
CARD_ROW = "INSERT OR IGNORE INTO cards VALUES (?, ?, ?, ?)"
FEEDBACK_ROW = (
    "INSERT INTO feedback (received, service, card, outcome, accepted_suggestions, override_reason,"
    " outcome_timestamp) VALUES (?, ?, ?, ?, ?, ?, ?)"
)


class FeedbackError(ValueError):
    """A feedback body that is not as the specification words it (HTTP 400)."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class FeedbackStore:
    """One SQLite database (a file, or ':memory:' when none is named), used from many threads."""

    def __init__(self, path: str = ":memory:", keep: int = MEMORY_ROWS):
        self.db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self.lock = threading.Lock()
        #: in memory, rows kept per table (the oldest are dropped); a file keeps everything
        self.keep = keep if path == ":memory:" else None
        self._added: dict[str, int] = {}
        #: in memory, the rows of the cards issued and not yet written (see issued)
        self._queued: deque | None = deque(maxlen=keep) if self.keep else None
        with self.lock:
            self.db.executescript(SCHEMA + ("" if self.keep else FILE_ONLY))

    def _bound(self, table: str, added: int) -> None:
        """In memory: once `keep`/10 rows were added to `table`, drop its rows older than the
        newest `keep` (so a table holds at most 1.1 x keep rows)."""
        if self.keep is None:
            return
        self._added[table] = self._added.get(table, 0) + added
        if self._added[table] >= max(1, self.keep // 10):
            self._added[table] = 0
            self.db.execute(f"DELETE FROM {table} WHERE rowid <= (SELECT MAX(rowid) FROM {table}) - ?", (self.keep,))

    @property
    def queues_issued(self) -> bool:
        """True in memory: issued() only queues rows, so the event loop may call it (no lock,
        no system call, no thread). A file is written at once, as another worker may read it."""
        return self._queued is not None

    @property
    def queue_full(self) -> bool:
        """Enough queued cards to write them now (write_queued, in a thread: it takes a lock)."""
        return self._queued is not None and len(self._queued) >= WRITE_AT

    def write_queued(self) -> None:
        """Write the queued cards now (a server's thread, when queue_full)."""
        with self.lock:
            self._write_queued()

    def issued(self, service: str, cards: list[tuple[str, dict]]) -> None:
        """Record the uuid and kind of each card sent. In memory they are queued, and written
        when WRITE_AT wait or feedback is counted (the oldest fall off the queue past `keep`,
        as they would off the table)."""
        now = _now()
        rows = [(card["uuid"], service, kind, now) for kind, card in cards]
        if self._queued is not None:
            self._queued.extend(rows)  # atomic: deque.extend holds the interpreter lock
            return
        with self.lock:
            self._insert("cards", CARD_ROW, rows)

    def _insert(self, table: str, sql: str, rows: list[tuple]) -> None:
        """Rows into `table` in one transaction, then the table bounded (self.lock held). Why:
        the connection autocommits, so each row of an executemany would be a commit of its own
        (in a file, a sync each: 4 cards a call took 4.7 ms instead of 1.2)."""
        self.db.execute("BEGIN")
        try:
            self.db.executemany(sql, rows)
            self._bound(table, len(rows))
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def _write_queued(self) -> None:
        """Write the queued cards (self.lock held: the only taker; issued() only appends)."""
        rows = [self._queued.popleft() for _ in range(len(self._queued or ()))]
        if rows:
            self._insert("cards", CARD_ROW, rows)

    def add(self, service: str, body) -> int:
        """Store every feedback item of a request body; FeedbackError if one is malformed."""
        items = body.get("feedback") if isinstance(body, dict) else None
        if not isinstance(items, list) or not items:
            raise FeedbackError("the body needs a non-empty array 'feedback'")
        rows = []
        for i, f in enumerate(items):
            where = f"feedback[{i}]"
            if not isinstance(f, dict):
                raise FeedbackError(f"{where}: not an object")
            for key in ("card", "outcome", "outcomeTimestamp"):
                if not isinstance(f.get(key), str) or not f[key]:
                    raise FeedbackError(f"{where}.{key}: a string is required")
            if f["outcome"] not in OUTCOMES:
                raise FeedbackError(f"{where}.outcome: {f['outcome']!r} is not one of {', '.join(OUTCOMES)}")
            accepted = f.get("acceptedSuggestions")
            if f["outcome"] == "accepted" and not (
                isinstance(accepted, list) and accepted and all(isinstance(a, dict) and a.get("id") for a in accepted)
            ):
                raise FeedbackError(f"{where}.acceptedSuggestions: required for accepted, each with an id")
            reason = f.get("overrideReason")
            rows.append(
                (
                    _now(),
                    service,
                    f["card"],
                    f["outcome"],
                    json.dumps(accepted) if accepted is not None else None,
                    json.dumps(reason) if reason is not None else None,
                    f["outcomeTimestamp"],
                )
            )
        with self.lock:
            self._insert("feedback", FEEDBACK_ROW, rows)
        return len(rows)

    def counts(self) -> list[dict]:
        """Feedback per service, card kind and outcome (cards not issued here: kind 'unknown')."""
        with self.lock:
            self._write_queued()
            rows = self.db.execute(
                "SELECT f.service, COALESCE(c.kind, 'unknown'), f.outcome, COUNT(*) FROM feedback f "
                "LEFT JOIN cards c ON c.uuid = f.card GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"
            ).fetchall()
        return [{"service": s, "kind": k, "outcome": o, "count": n} for s, k, o, n in rows]
