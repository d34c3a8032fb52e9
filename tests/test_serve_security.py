"""`pvdkg serve --trust`: JWK Sets at `jku` URLs, and the REST API and page under a token.

jku (CDS Hooks 2.0, trusting CDS Clients): a JWK Set served over real HTTP by a server this
test starts (http.server in a thread); tokens signed with PyJWT. Only the jku URLs the trust
file lists for an issuer are fetched; an issuer with keys in the file is never fetched for;
a fetch is bounded in time and size, and a set is kept for a bounded time.

Session tokens: the REST routes and what the page reads also take a token whose aud is the
base URL (reusable until it expires, at most an hour); the CDS Hooks endpoints never do.
"""

from __future__ import annotations

import json
import subprocess
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import jwt
import pytest
from conftest import free_port, serve_process
from cryptography.hazmat.primitives.asymmetric import ec
from test_serve import ISSUER, Running, token

from pvdkg.serve import Settings
from pvdkg.serve.jwks import MAX_BYTES, JwksCache, JwksError
from pvdkg.serve.security import SeenJti, Trust, TrustError, Unauthorized

ROOT = Path(__file__).resolve().parent.parent
FETCHING = "https://fetching-ehr.example/"  # its keys only at a jku URL


def jwk_set(*pairs: tuple) -> bytes:
    keys = []
    for kid, key in pairs:
        jwk = json.loads(jwt.algorithms.ECAlgorithm.to_jwk(key.public_key()))
        keys.append({**jwk, "kid": kid, "use": "sig", "alg": "ES384"})
    return json.dumps({"keys": keys}).encode()


class JwksServer:
    """A local HTTP server: path -> (status, body, seconds to wait first); hits counted."""

    def __init__(self):
        self.routes: dict[str, tuple[int, bytes, float]] = {}
        self.hits: dict[str, int] = {}
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                outer.hits[self.path] = outer.hits.get(self.path, 0) + 1
                status, body, wait = outer.routes.get(self.path, (404, b"{}", 0))
                time.sleep(wait)
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:
                    pass  # the client gave up first

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def stop(self):
        self.httpd.shutdown()


@pytest.fixture(scope="module")
def keys():
    return {name: ec.generate_private_key(ec.SECP384R1()) for name in ("static", "fetched", "rotated", "other")}


@pytest.fixture(scope="module")
def jwks_server(keys):
    served = JwksServer()
    served.routes["/jwks.json"] = (200, jwk_set(("fetched-key", keys["fetched"])), 0)
    yield served
    served.stop()


@pytest.fixture(scope="module")
def secure(tmp_path_factory, keys, jwks_server):
    """A server trusting ISSUER with its key in the file (its tokens may name /static-ehr.json,
    never fetched) and FETCHING with its keys at /jwks.json."""
    folder = tmp_path_factory.mktemp("trust")
    (folder / "jwks.json").write_bytes(jwk_set(("test-key", keys["static"])))
    trust = {
        "issuers": [
            {"iss": ISSUER, "jwks_file": "jwks.json", "jku": f"{jwks_server.url}/static-ehr.json"},
            {"iss": FETCHING, "jku": [f"{jwks_server.url}/jwks.json"]},
        ]
    }
    (folder / "trust.json").write_text(json.dumps(trust))
    running = Running(Settings(trust=str(folder / "trust.json")))
    pools = list(running.server.config.app.state.pools)
    assert len(pools) == 4  # requests, derivations, and the token checks' two
    yield running
    running.stop()
    for threads in pools:  # all shut down with the server
        with pytest.raises(RuntimeError, match="shutdown"):
            threads.submit(print)


def signed(key, aud: str, iss: str, kid: str, jku: str | None = None, life: float = 300) -> str:
    now = int(time.time())
    claims = {"iss": iss, "aud": aud, "iat": now, "exp": now + int(life), "jti": str(uuid.uuid4())}
    headers = {"kid": kid, "typ": "JWT", **({"jku": jku} if jku else {})}
    return jwt.encode(claims, key, algorithm="ES384", headers=headers)


def get(url: str, path: str, bearer: str | None = None) -> httpx.Response:
    headers = {"Authorization": f"Bearer {bearer}"} if bearer else {}
    return httpx.get(url + path, headers=headers, timeout=60)


# ---------------------------------------------------------------- jku


def test_a_listed_jku_is_fetched_once_and_its_keys_verify(secure, keys, jwks_server):
    url, jku = secure.url, f"{jwks_server.url}/jwks.json"
    before = jwks_server.hits.get("/jwks.json", 0)
    for _ in range(3):
        good = signed(keys["fetched"], f"{url}/cds-services", FETCHING, "fetched-key", jku)
        assert get(url, "/cds-services", good).status_code == 200
    without_jku = signed(keys["fetched"], f"{url}/cds-services", FETCHING, "fetched-key")
    assert get(url, "/cds-services", without_jku).status_code == 200  # its listed URL
    assert jwks_server.hits["/jwks.json"] - before <= 1  # cached


def test_a_jku_not_listed_for_the_issuer_is_refused_and_not_fetched(secure, keys, jwks_server):
    url = secure.url
    jwks_server.routes["/attacker.json"] = (200, jwk_set(("evil", keys["other"])), 0)
    for iss in (FETCHING, ISSUER):
        bad = signed(keys["other"], f"{url}/cds-services", iss, "evil", f"{jwks_server.url}/attacker.json")
        r = get(url, "/cds-services", bad)
        assert r.status_code == 401 and "jku" in r.json()["error"]
    # another issuer's listed URL is not this issuer's
    crossed = signed(keys["static"], f"{url}/cds-services", FETCHING, "test-key", f"{jwks_server.url}/static-ehr.json")
    assert get(url, "/cds-services", crossed).status_code == 401
    assert "/attacker.json" not in jwks_server.hits


def test_an_issuer_with_keys_in_the_trust_file_is_never_fetched_for(secure, keys, jwks_server):
    url, listed = secure.url, f"{jwks_server.url}/static-ehr.json"
    good = signed(keys["static"], f"{url}/cds-services", ISSUER, "test-key", listed)
    assert get(url, "/cds-services", good).status_code == 200
    forged = signed(keys["other"], f"{url}/cds-services", ISSUER, "test-key", listed)
    assert get(url, "/cds-services", forged).status_code == 401
    assert "/static-ehr.json" not in jwks_server.hits


def test_only_tokens_of_issuers_without_keys_in_the_file_wait_for_a_fetch(keys):
    """The server verifies a token whose issuer's keys are in the trust file at once; only the
    others go to the threads that may fetch (a slow JWK Set URL delays no other issuer)."""
    trust = Trust({ISSUER: {"test-key": keys["static"].public_key()}, FETCHING: {}}, {FETCHING: ["https://x/j"]})
    assert not trust.may_fetch("Bearer " + signed(keys["static"], "https://a/", ISSUER, "test-key"))
    assert trust.may_fetch("Bearer " + signed(keys["fetched"], "https://a/", FETCHING, "k"))
    for malformed in (None, "", "Bearer", "Bearer not.a.jwt", "Basic abc"):
        assert not trust.may_fetch(malformed)
    assert not trust.may_fetch("Bearer " + signed(keys["other"], "https://a/", "https://stranger/", "k"))


def test_a_kid_missing_from_the_fetched_set_is_401(secure, keys, jwks_server):
    url, jku = secure.url, f"{jwks_server.url}/jwks.json"
    for _ in range(3):
        bad = signed(keys["other"], f"{url}/cds-services", FETCHING, "no-such-kid", jku)
        r = get(url, "/cds-services", bad)
        assert r.status_code == 401 and "no-such-kid" in r.json()["error"]


def cache_for(jwks_server, path: str, status: int, body: bytes, wait: float = 0, **options) -> tuple[JwksCache, str]:
    jwks_server.routes[path] = (status, body, wait)
    return JwksCache(**options), jwks_server.url + path


def test_a_set_is_kept_for_its_lifetime_then_fetched_again(jwks_server, keys):
    cache, url = cache_for(jwks_server, "/ttl.json", 200, jwk_set(("a", keys["fetched"])), ttl=0.5, retry=0.1)
    assert cache.key(url, "a") is not None and cache.key(url, "a") is not None
    assert cache.fetches == 1
    time.sleep(0.6)
    cache.key(url, "a")
    assert cache.fetches == 2


def test_a_rotated_key_is_fetched_at_most_once_per_retry(jwks_server, keys):
    cache, url = cache_for(jwks_server, "/rotate.json", 200, jwk_set(("a", keys["fetched"])), retry=0.5)
    cache.key(url, "a")
    jwks_server.routes["/rotate.json"] = (200, jwk_set(("a", keys["fetched"]), ("b", keys["rotated"])), 0)
    with pytest.raises(JwksError, match="no key 'b'"):
        cache.key(url, "b")  # fetched just now: not again yet
    time.sleep(0.6)
    assert cache.key(url, "b") is not None and cache.fetches == 2  # a kid it lacked: fetched again
    for _ in range(3):
        with pytest.raises(JwksError, match="no key 'c'"):
            cache.key(url, "c")
    assert cache.fetches == 2  # not once per token
    time.sleep(0.6)
    with pytest.raises(JwksError):
        cache.key(url, "c")
    assert cache.fetches == 3 and cache.key(url, "a") is not None


@pytest.mark.parametrize(
    "status, body, wait, words",
    [
        (200, b'{"keys": [{"kty": "EC", "padding": "' + b"x" * MAX_BYTES + b'"}]}', 0, "larger than"),
        (200, b"{}", 1.5, "cannot be fetched"),  # slower than the time limit
        (500, b"{}", 0, "HTTP 500"),
        (302, b"", 0, "HTTP 302"),  # redirects are not followed
        (200, b"not json", 0, "not a JWK Set"),
        (200, b'{"keys": [{"kty": "oct", "k": "c2VjcmV0", "kid": "a"}]}', 0, "no key 'a'"),  # no shared secrets
    ],
)
def test_a_fetch_is_bounded_and_a_bad_set_is_refused(jwks_server, status, body, wait, words):
    cache, url = cache_for(jwks_server, f"/bad-{status}-{wait}-{len(body)}.json", status, body, wait, fetch_seconds=0.5)
    start = time.monotonic()
    with pytest.raises(JwksError, match=words):
        cache.key(url, "a")
    assert time.monotonic() - start < 1.4
    with pytest.raises(JwksError):
        cache.key(url, "a")
    assert cache.fetches == 1  # a failure is remembered until the retry time


@pytest.mark.parametrize(
    "jku, words",
    [("http://ehr.example.org/jwks.json", "https"), ("file:///etc/jwks.json", "https"), (3, "URL"), ({"a": 1}, "list")],
)
def test_the_trust_file_lists_only_https_jku_urls(tmp_path, jku, words):
    (tmp_path / "trust.json").write_text(json.dumps({"issuers": [{"iss": FETCHING, "jku": jku}]}))
    with pytest.raises(TrustError, match=words):
        Trust.load(tmp_path / "trust.json")


def test_the_trust_file_lists_public_keys_only(tmp_path):
    from cryptography.hazmat.primitives.asymmetric import ec

    private = json.loads(jwt.algorithms.ECAlgorithm.to_jwk(ec.generate_private_key(ec.SECP384R1())))
    for key, words in (
        ({"kty": "oct", "k": "c2VjcmV0", "kid": "s"}, "shared secret"),
        ({**private, "kid": "p"}, "private key"),
    ):
        (tmp_path / "trust.json").write_text(json.dumps({"issuers": [{"iss": FETCHING, "jwks": {"keys": [key]}}]}))
        with pytest.raises(TrustError, match=words):
            Trust.load(tmp_path / "trust.json")
    public = {k: v for k, v in private.items() if k != "d"}
    (tmp_path / "trust.json").write_text(json.dumps({"issuers": [{"iss": FETCHING, "jwks": {"keys": [public]}}]}))
    assert Trust.load(tmp_path / "trust.json").issuers[FETCHING]


# ---------------------------------------------------------------- jti memory shared by workers


def test_a_jti_accepted_in_one_process_is_refused_in_another(tmp_path):
    """Two SeenJti on one file are two worker processes (two SQLite connections): a replay sent
    to the other worker is refused, and a restart (a third) remembers it; in memory, each
    forgets the others'."""
    exp = time.time() + 300
    first, second = SeenJti(str(tmp_path / "fb.sqlite")), SeenJti(str(tmp_path / "fb.sqlite"))
    first.once(ISSUER, "a", exp)
    for seen in (second, first, SeenJti(str(tmp_path / "fb.sqlite"))):
        with pytest.raises(Unauthorized, match="replay"):
            seen.once(ISSUER, "a", exp)
    second.once(ISSUER, "b", exp)
    second.once(FETCHING, "a", exp)  # another issuer's jti
    alone, other = SeenJti(), SeenJti(":memory:")
    alone.once(ISSUER, "a", exp)
    other.once(ISSUER, "a", exp)
    with pytest.raises(Unauthorized, match="replay"):
        alone.once(ISSUER, "a", exp)


def test_expired_jtis_are_forgotten(tmp_path, monkeypatch):
    monkeypatch.setattr(SeenJti, "PRUNE_EVERY", 2)
    for seen in (SeenJti(), SeenJti(str(tmp_path / "fb.sqlite"))):
        seen.once(ISSUER, "old", time.time() - 120)  # expired (beyond the leeway)
        seen.once(ISSUER, "new", time.time() + 300)  # the second: the expired ones go
        kept = (
            seen.memory
            if seen.db is None
            else dict(((i, j), e) for i, j, e in seen.db.execute("SELECT * FROM jwt_seen"))
        )
        assert list(kept) == [(ISSUER, "new")]


def test_workers_share_the_jtis_accepted(tmp_path, keys):
    """`pvdkg serve --workers 2 --trust` (real processes): every call token is accepted once,
    whichever worker each connection reaches."""
    (tmp_path / "jwks.json").write_bytes(jwk_set(("test-key", keys["static"])))
    (tmp_path / "trust.json").write_text(json.dumps({"issuers": [{"iss": ISSUER, "jwks_file": "jwks.json"}]}))
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    options = ["--workers", "2", "--derive-processes", "0", "--trust", str(tmp_path / "trust.json")]
    options += ["--base-url", url, "--feedback-db", str(tmp_path / "fb.sqlite")]
    proc, _ = serve_process(*options, port=port, stderr=subprocess.PIPE, limit=120)
    try:
        tokens = [signed(keys["static"], f"{url}/cds-services", ISSUER, "test-key") for _ in range(8)]
        first = [get(url, "/cds-services", t).status_code for t in tokens]  # a new connection each
        again = [get(url, "/cds-services", t) for t in tokens]
        assert first == [200] * 8
        assert [r.status_code for r in again] == [401] * 8 and all("replay" in r.text for r in again)
    finally:
        proc.terminate()
        proc.wait(30)


# ---------------------------------------------------------------- REST and the page under --trust


def test_the_page_is_public_and_what_it_reads_needs_a_token(secure):
    url = secure.url
    assert get(url, "/").status_code == 200 and get(url, "/static/page.js").status_code == 200
    for path in ("/examples", "/statements", "/feedback"):
        r = get(url, path)
        assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer", path


def test_a_session_token_serves_the_rest_api_and_the_page_until_it_expires(secure, keys):
    url = secure.url
    session = token(keys["static"], url + "/")
    for _ in range(2):  # reusable: a person's session, not one call
        assert get(url, "/examples", session).status_code == 200
    body = (ROOT / "examples" / "claudication-isolated-tibial-disease-exhausted.yaml").read_bytes()
    for route in ("/report", "/recommend"):
        r = httpx.post(
            url + route,
            content=body,
            headers={"Authorization": f"Bearer {session}", "Content-Type": "application/yaml"},
            timeout=120,
        )
        assert r.status_code == 200, r.text
    assert get(url, "/examples", token(keys["static"], url)).status_code == 200  # without the slash too


def test_a_session_token_never_opens_a_cds_hooks_endpoint(secure, keys):
    url = secure.url
    r = get(url, "/cds-services", token(keys["static"], url + "/"))
    assert r.status_code == 401 and "audience" in r.json()["error"].lower()


def test_a_session_token_lives_at_most_an_hour(secure, keys):
    url = secure.url
    r = get(url, "/examples", token(keys["static"], url + "/", exp=7200))
    assert r.status_code == 401 and "at most 3600 s" in r.json()["error"]


def test_a_call_token_for_a_rest_route_is_used_once(secure, keys):
    url = secure.url
    once = token(keys["static"], url + "/statements")
    assert get(url, "/statements", once).status_code == 200
    r = get(url, "/statements", once)
    assert r.status_code == 401 and "jti" in r.json()["error"]


def test_a_locked_feedback_file_stalls_no_other_request(tmp_path, keys):
    """With --feedback-db FILE the jti of a call token and the cards issued are written to the
    file, whose write lock another worker may hold: those writes wait in threads, so the
    server answers other requests meanwhile, and the call itself once the lock is released."""
    import sqlite3

    (tmp_path / "jwks.json").write_bytes(jwk_set(("test-key", keys["static"])))
    (tmp_path / "trust.json").write_text(json.dumps({"issuers": [{"iss": ISSUER, "jwks_file": "jwks.json"}]}))
    db = tmp_path / "fb.sqlite"
    running = Running(Settings(trust=str(tmp_path / "trust.json"), feedback_db=str(db)))
    other_worker = sqlite3.connect(db, isolation_level=None)
    try:
        other_worker.execute("BEGIN IMMEDIATE")  # holds the file's write lock
        answer = []
        call = threading.Thread(
            target=lambda: answer.append(
                get(
                    running.url,
                    "/cds-services",
                    signed(keys["static"], f"{running.url}/cds-services", ISSUER, "test-key"),
                )
            )
        )
        call.start()
        time.sleep(0.3)  # the call now waits for the lock
        start = time.monotonic()
        assert get(running.url, "/health").status_code == 200
        assert time.monotonic() - start < 2 and not answer  # answered while the call waits
        other_worker.execute("COMMIT")
        call.join(30)
        assert answer[0].status_code == 200
    finally:
        other_worker.close()
        running.stop()
