"""The service's batches (pvdkg.serve.batcher): cases derived together give what each gives
alone, a patient is never twice in one batch, and one bad case spoils no other."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
from conftest import serve_process

from pvdkg.api import load
from pvdkg.readers import CaseLoadError
from pvdkg.serve.batcher import Batcher, Unavailable

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.json"))


@pytest.fixture(scope="module")
def kg():
    return load()


class Held:
    """The real knowledge, with its first batch held until released: the cases sent
    meanwhile queue up and are derived together in the next batch."""

    def __init__(self, kg):
        self.kg, self.sizes, self.release = kg, [], threading.Event()

    def recommend_together(self, cases, name):
        self.sizes.append(len(cases))
        if len(self.sizes) == 1:
            self.release.wait(30)
        return self.kg.recommend_together(cases, name)

    def prepare(self):
        self.kg.prepare()


def send(batcher: Batcher, jobs: list[tuple[str, str]], held: Held) -> list:
    """Send a first job, then the others while it is held; every answer (or exception)."""
    answers: list = [None] * len(jobs)

    def one(i):
        try:
            answers[i] = batcher.recommend(*jobs[i])
        except Exception as exc:
            answers[i] = exc

    threads = [threading.Thread(target=one, args=(i,)) for i in range(len(jobs))]
    threads[0].start()
    deadline = time.monotonic() + 60
    while not held.sizes:
        assert time.monotonic() < deadline and threads[0].is_alive(), answers[0]
        threading.Event().wait(0.01)
    for t in threads[1:]:
        t.start()
    while batcher._queue.qsize() < len(jobs) - 1:  # the others are queued behind the held batch
        assert time.monotonic() < deadline, "the jobs did not queue"
        threading.Event().wait(0.01)
    held.release.set()
    for t in threads:
        t.join(60)
    return answers


def alone(kg, text: str):
    return kg.recommend_bytes(text.encode(), "request.json")


def test_cases_derived_together_give_what_each_gives_alone(kg):
    texts = [p.read_text(encoding="utf-8") for p in EXAMPLES]
    assert len(texts) >= 4
    held = Held(kg)
    answers = send(Batcher(held), [(json.loads(t)["id"], t) for t in texts], held)
    assert held.sizes == [1, len(texts) - 1]  # the held one alone, then all the others at once
    for text, answer in zip(texts, answers):
        assert answer.result.to_json() == alone(kg, text).result.to_json()


def test_one_patient_is_never_twice_in_a_batch(kg):
    text = EXAMPLES[0].read_text(encoding="utf-8")
    other = EXAMPLES[1].read_text(encoding="utf-8")
    patient = json.loads(text)["id"]
    # the same patient in other words (the same facts, other text): not the same case
    second, third = json.dumps(json.loads(text)), json.dumps(json.loads(text), indent=1)
    held = Held(kg)
    answers = send(Batcher(held), [(patient, text), (patient, second), (patient, third), ("b", other)], held)
    assert held.sizes == [1, 2, 1]  # the second and third request of one patient: two batches
    expected = alone(kg, text).result.to_json()
    assert [a.result.to_json() for a in answers[:3]] == [expected] * 3
    assert answers[3].result.to_json() == alone(kg, other).result.to_json()


def test_calls_with_the_very_same_case_share_one_derivation(kg):
    text, other = EXAMPLES[0].read_text(encoding="utf-8"), EXAMPLES[1].read_text(encoding="utf-8")
    patient = json.loads(other)["id"]
    invalid = json.dumps({"id": "bad", "presentation": "claudicationx"})
    jobs = [("a", text)] + [(patient, other)] * 3 + [("bad", invalid)] * 2 + [("x", "[1, 2]")] * 2
    held = Held(kg)
    answers = send(Batcher(held), jobs, held)
    assert held.sizes == [1, 3]  # the three calls of one case, and each bad one, derived once
    expected = alone(kg, other).result.to_json()
    assert [a.result.to_json() for a in answers[1:4]] == [expected] * 3
    assert len({id(a) for a in answers[1:4]}) == 3 and len({id(a.result) for a in answers[1:4]}) == 3
    assert [[str(f) for f in a.findings] for a in answers[4:6]] == [
        ["presentation: 'claudicationx' is not one of asymptomatic, claudication, clti"]
    ] * 2
    assert all(isinstance(a, CaseLoadError) for a in answers[6:]) and answers[6] is not answers[7]


def test_batches_are_bounded(kg):
    texts = [p.read_text(encoding="utf-8") for p in EXAMPLES[:5]]
    held = Held(kg)
    send(Batcher(held, max_size=2), [(json.loads(t)["id"], t) for t in texts], held)
    assert held.sizes == [1, 2, 2]


def test_an_invalid_or_unreadable_case_spoils_no_other(kg):
    good = EXAMPLES[0].read_text(encoding="utf-8")
    invalid = json.dumps({"id": "bad", "presentation": "claudicationx"})
    held = Held(kg)
    answers = send(
        Batcher(held), [("w", good), ("bad", invalid), ("x", "[1, 2]"), ("y", good.replace("{", "[", 1))], held
    )
    assert answers[0].result.to_json() == alone(kg, good).result.to_json()
    assert not answers[1].valid
    assert [str(f) for f in answers[1].findings] == [
        "presentation: 'claudicationx' is not one of asymptomatic, claudication, clti"
    ]
    assert isinstance(answers[2], CaseLoadError) and "not a list" in str(answers[2])
    assert isinstance(answers[3], CaseLoadError)


def test_a_derivation_process_gives_the_same_answers(kg):
    texts = [p.read_text(encoding="utf-8") for p in EXAMPLES[:3]]
    batcher = Batcher(kg, processes=1)
    for text in texts:
        assert batcher.recommend(json.loads(text)["id"], text, timeout=60).result.to_json() == (
            alone(kg, text).result.to_json()
        )


def test_a_derivation_process_that_dies_is_replaced(kg):
    text = EXAMPLES[0].read_text(encoding="utf-8")
    batcher = Batcher(kg, processes=1)
    batcher.lanes[0].child.process.kill()
    with pytest.raises(RuntimeError, match="derivation process ended"):
        batcher.recommend("a", text, timeout=60)
    assert batcher.recommend("a", text, timeout=60).result.to_json() == alone(kg, text).result.to_json()
    batcher.close()


def test_a_process_that_cannot_be_started_is_tried_again_after_a_wait(kg, monkeypatch):
    """A derivation process that dies and cannot be started again: its batches are refused at
    once (Unavailable, with the wait) instead of loading a process for every batch; the wait
    doubles with each failure; once it starts, it derives and the batcher is up again."""
    from pvdkg.serve import batcher as module

    text = EXAMPLES[0].read_text(encoding="utf-8")
    batcher = Batcher(kg, processes=1)
    lane, started, real = batcher.lanes[0], [], module._children

    def failing(n):
        started.append(n)
        raise RuntimeError("the derivation process did not load the knowledge in 300 s")

    monkeypatch.setattr(module, "_children", failing)
    lane.child.process.kill()
    with pytest.raises(Unavailable, match="could not be started") as first:
        batcher.recommend("a", text, timeout=60)
    assert started == [1] and first.value.retry_after == 1 and lane.failures == 1
    assert batcher.down() == "1 of 1 derivation processes could not be started"
    with pytest.raises(Unavailable, match="the next attempt is in 1 s"):
        batcher.recommend("a", text, timeout=60)
    assert started == [1]  # refused without a new attempt
    lane.retry_at = 0.0  # the wait is over: tried again, fails again, waits twice as long
    with pytest.raises(Unavailable) as again:
        batcher.recommend("a", text, timeout=60)
    assert started == [1, 1] and lane.failures == 2 and again.value.retry_after == 2
    monkeypatch.setattr(module, "_children", real)
    lane.retry_at = 0.0
    assert batcher.recommend("a", text, timeout=60).result.to_json() == alone(kg, text).result.to_json()
    assert lane.failures == 0 and batcher.down() is None
    batcher.close()


def test_a_batch_past_its_time_limit_ends_its_process_and_a_new_one_answers(kg):
    """A batch that takes longer than the limit is answered with an error, its process is
    killed (it may be stuck: only the operating system can stop it) and a new one derives."""
    text = EXAMPLES[0].read_text(encoding="utf-8")
    batcher = Batcher(kg, processes=1, limit=0.001)  # no derivation is that fast
    first = batcher.lanes[0].child.process
    with pytest.raises(RuntimeError, match="longer than 0.001 s; it was started again"):
        batcher.recommend("a", text, timeout=60)
    assert not first.is_alive() and batcher.lanes[0].child.process.is_alive()
    batcher.limit = 60
    assert batcher.recommend("a", text).result.to_json() == alone(kg, text).result.to_json()
    batcher.close()


def test_a_closed_batcher_starts_no_derivation_process(kg):
    """After close() (the server shutting down) a call is refused; no process is started again."""
    text = EXAMPLES[0].read_text(encoding="utf-8")
    batcher = Batcher(kg, processes=1)
    batcher.close()
    with pytest.raises(RuntimeError, match="stopped"):
        batcher.recommend("a", text, timeout=60)
    assert not batcher.lanes[0].child.process.is_alive()


def test_an_error_the_derivation_process_sends_is_not_taken_for_its_end(kg, monkeypatch):
    """An OSError that stopped a batch in a process that is well reaches the callers as it is;
    the process is neither ended nor replaced (only a pipe that fails means it has ended)."""
    import multiprocessing
    import types

    from pvdkg.serve import batcher as module

    def no_new_process(n):
        raise AssertionError("a derivation process was started again")

    ours, theirs = multiprocessing.Pipe()
    killed = []
    child = object.__new__(module._Child)
    child.conn, child.process = ours, types.SimpleNamespace(kill=lambda: killed.append(1), join=lambda t=None: None)

    def well():  # the derivation process: one batch, stopped by the disk
        theirs.recv()
        theirs.send(("error", OSError(28, "No space left on device")))

    threading.Thread(target=well, daemon=True).start()
    batcher = Batcher(kg, limit=30)
    batcher.lanes[0].child = child
    monkeypatch.setattr(module, "_children", no_new_process)
    with pytest.raises(OSError, match="No space left"):
        batcher.recommend("a", EXAMPLES[0].read_text(encoding="utf-8"))
    assert not killed and batcher.lanes[0].child is child


def test_a_caller_that_stops_waiting_withdraws_its_case(kg):
    """A case still waiting when its caller gives up is taken into no batch."""
    held = Held(kg)
    batcher = Batcher(held)
    texts = [p.read_text(encoding="utf-8") for p in EXAMPLES[:2]]
    first = threading.Thread(target=batcher.recommend, args=("a", texts[0], 60))
    first.start()
    while not held.sizes:
        threading.Event().wait(0.01)
    with pytest.raises(TimeoutError):
        batcher.recommend("b", texts[1], timeout=0.05)  # queued behind the held batch
    held.release.set()
    first.join(60)
    assert batcher.recommend("c", texts[0], timeout=60).valid
    assert held.sizes == [1, 1]  # "b" was never derived


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc (Linux)")
@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGKILL"])
def test_the_derivation_process_ends_with_the_server(signal_name):
    """However the server ends, its derivation process (which holds the knowledge in memory) ends too."""
    import signal

    server, _ = serve_process(limit=120)
    try:
        children = _children(server.pid)
        assert children, "no derivation process"
        server.send_signal(getattr(signal, signal_name))
        server.wait(30)
        deadline = time.monotonic() + 20
        while any(_alive(c) for c in children) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [c for c in children if _alive(c)]
    finally:
        if server.poll() is None:
            server.kill()


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc (Linux)")
def test_a_derivation_process_ends_with_its_server_mid_batch():
    """A server killed (SIGKILL, the OOM killer) while its batch derives leaves no process
    deriving on: the child ends at once, not when it is done (a stuck batch never would be)."""
    import subprocess
    import sys

    examples = str(ROOT / "examples")
    server = subprocess.Popen([sys.executable, "-c", MID_BATCH, examples], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    pid = None
    try:
        pid = int(server.stdout.readline())
        server.wait(60)
        deadline = time.monotonic() + 3
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _alive(pid), "the derivation process went on after its server was killed"
    finally:
        if server.poll() is None:
            server.kill()
        if pid is not None and _alive(pid):
            import os
            import signal

            os.kill(pid, signal.SIGKILL)


#: A server (argv[1]: the examples) that is killed while its derivation process derives.
MID_BATCH = """
import json, os, signal, sys, time
from pathlib import Path
from pvdkg.serve.batcher import _Child
child = _Child().ready()
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.json"))]
cases = []
for i in range(1024):
    case = json.loads(texts[i % len(texts)])
    case["id"] = "p%d" % i
    cases.append(json.dumps(case))
child.conn.send((cases, "request.json"))  # seconds of work
print(child.process.pid, flush=True)
time.sleep(0.5)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_derivation_process_that_does_not_load_in_time_is_ended():
    """A process still loading the knowledge past the limit is killed, not waited for forever
    (its lane would hang every CDS call while /health says 200)."""
    from pvdkg.serve.batcher import _Child

    child = _Child()
    with pytest.raises(RuntimeError, match="did not load the knowledge in 0.001 s"):
        child.ready(limit=0.001)  # loading takes seconds
    assert not child.process.is_alive()


def test_a_batch_that_fails_is_logged_without_the_messages_that_may_quote_a_case(kg, caplog):
    """The log holds ids and timings only: a failed batch names the exception's type and
    where it was raised, never its message (it may quote a patient's values)."""

    class Failing:
        def recommend_together(self, cases, name):
            raise ValueError(f"could not read {cases[0]}")  # a message quoting the case

        def prepare(self):
            pass

    case = EXAMPLES[0].read_text(encoding="utf-8")
    patient = json.loads(case)["id"]
    batcher = Batcher(Failing(), limit=30)
    with caplog.at_level("ERROR", logger="pvdkg.serve"), pytest.raises(ValueError, match=patient):
        batcher.recommend(patient, case)
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "could not be derived: ValueError" in logged and "recommend_together" in logged
    assert patient not in logged
    assert not any(r.exc_info for r in caplog.records)
