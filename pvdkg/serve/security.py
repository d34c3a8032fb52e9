"""Trusting CDS Clients: a JWT bearer token signed by a trusted issuer on every call.

As https://cds-hooks.hl7.org/2.0/#trusting-cds-clients words it (read from cds-hooks/docs,
docs/specification/current.md at commit 462a38f): the request carries
`Authorization: Bearer {{JWT}}`; the header has alg, kid ("The identifier of the key-pair
used to sign this JWT"), typ; the payload has iss, aud ("MUST be the URL of the CDS
Service endpoint being invoked", a string or an array), exp, iat, jti ("A nonce ... used
to protect against replay attacks"); JWTs "SHALL NOT be signed using the `none`
algorithm" nor "any symmetric algorithm". The header may carry `jku`, "The URL to the JWK
Set containing the public key(s)"; services "SHOULD limit the CDS Clients they trust by
maintaining an allowlist of `iss` and `jku` urls", and without jku the JWK Set is shared
out of band. Verified with PyJWT.

Trust file (JSON or YAML):
    issuers:
      - iss: https://ehr.example.org/
        jwks: {keys: [...]}          # a JWK Set, or
        jwks_file: ehr-jwks.json     # one in a file (relative to the trust file), or
        public_key_file: ehr.pem     # a PEM public key (any kid), and/or
        jku: https://ehr.example.org/jwks.json   # the JWK Set URL(s) its tokens may name

A token naming a jku must name one listed for its issuer (else 401). An issuer with keys
in the file is never fetched from (its jku list only says which jku its tokens may carry);
one with only jku URLs has its keys fetched from the URL the token names (or, without
jku, from its listed ones), bounded and cached (pvdkg.serve.jwks).

Two kinds of token (pvdkg.serve.app.Guard says which route takes which): a call token, as
the specification has it, whose aud is the URL called and whose jti is used once; and, for
the REST API and the web page only (never a CDS Hooks endpoint), a session token whose aud
is the service's base URL, usable until it expires and living at most SESSION_SECONDS.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from pathlib import Path

import jwt
import yaml

from .jwks import JwksCache, JwksError, check_url, public_keys

#: Asymmetric algorithms only (the specification forbids none and HMAC).
ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"]
LEEWAY = 30  # seconds of clock skew allowed on exp and iat
SESSION_SECONDS = 3600  # the longest a session token (aud = the base URL) may live, exp - iat


class TrustError(Exception):
    """The trust file cannot be read or names no usable key."""


class Unauthorized(Exception):
    """A request without a valid bearer JWT (HTTP 401); the message says what is wrong."""


class Trust:
    """The trusted issuers and their keys, and the jti values seen (replays are refused)."""

    def __init__(self, issuers: dict[str, dict], jkus: dict[str, list[str]] | None = None, seen: SeenJti | None = None):
        self.issuers = issuers  # iss -> {kid or None: key}; empty: keys at its jku URLs
        self.jkus = jkus or {}  # iss -> the JWK Set URLs its tokens may name
        self.jwks = JwksCache()
        self.seen = seen or SeenJti()

    @classmethod
    def load(cls, path: str | Path, seen: SeenJti | None = None) -> Trust:
        """The trust file's issuers; `seen` keeps the jti values accepted (default: in memory)."""
        path = Path(path)
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise TrustError(f"{path}: cannot be read: {exc}") from None
        entries = data.get("issuers") if isinstance(data, dict) else None
        if not isinstance(entries, list) or not entries:
            raise TrustError(f"{path}: needs a list 'issuers' of {{iss, jwks | jwks_file | public_key_file | jku}}")
        issuers: dict[str, dict] = {}
        jkus: dict[str, list[str]] = {}
        for i, entry in enumerate(entries):
            where = f"{path}: issuers[{i}]"
            if not isinstance(entry, dict) or not isinstance(entry.get("iss"), str):
                raise TrustError(f"{where}: needs 'iss'")
            urls = _jkus(entry, where)
            keys = _keys(entry, path.parent, where) if not urls or KEY_FIELDS & set(entry) else {}
            issuers.setdefault(entry["iss"], {}).update(keys)
            jkus.setdefault(entry["iss"], []).extend(urls)
        return cls(issuers, jkus, seen)

    def verify(self, header: str | None, audience: str, session: list[str] | None = None) -> dict:
        """The claims of a valid bearer token for this endpoint URL (or, when `session` names
        the base URL, a session token for it); Unauthorized otherwise. May fetch a JWK Set."""
        if not header or not header.startswith("Bearer "):
            raise Unauthorized("an Authorization: Bearer JWT is required")
        token = header[len("Bearer ") :].strip()
        try:
            head = jwt.get_unverified_header(token)
            iss = jwt.decode(token, options={"verify_signature": False}).get("iss")
        except jwt.PyJWTError as exc:
            raise Unauthorized(f"malformed JWT: {exc}") from None
        if head.get("alg") not in ALGORITHMS:
            raise Unauthorized(f"JWT algorithm {head.get('alg')!r} is not accepted (asymmetric algorithms only)")
        if not isinstance(iss, str) or iss not in self.issuers:
            raise Unauthorized("JWT issuer is not trusted")
        key = self._key(iss, head)
        try:
            claims = jwt.decode(
                token,
                key,
                algorithms=[head["alg"]],
                audience=[audience, *(session or [])],
                issuer=iss,
                leeway=LEEWAY,
                options={"require": ["iss", "aud", "exp", "iat", "jti"]},
            )
        except jwt.PyJWTError as exc:
            raise Unauthorized(f"invalid JWT: {exc}") from None
        aud = claims["aud"]
        if audience in ([aud] if isinstance(aud, str) else aud):
            self.seen.once(iss, str(claims["jti"]), float(claims["exp"]))
        elif float(claims["exp"]) - float(claims["iat"]) > SESSION_SECONDS:
            raise Unauthorized(f"a session JWT (aud: the base URL) may live at most {SESSION_SECONDS} s (exp - iat)")
        return claims

    def may_fetch(self, header: str | None) -> bool:
        """Whether verify() may fetch a JWK Set for this token: its issuer's keys are not in the
        trust file. The others are verified at once (a server need not wait for a thread)."""
        try:
            iss = jwt.decode(header[len("Bearer ") :].strip(), options={"verify_signature": False}).get("iss")
        except (jwt.PyJWTError, TypeError):
            return False  # malformed: verify() refuses it without fetching
        return isinstance(iss, str) and iss in self.issuers and not self.issuers[iss]

    def _key(self, iss: str, head: dict):
        """The key of the token's kid: from the trust file, or from a listed JWK Set URL."""
        jku, kid, allowed = head.get("jku"), head.get("kid"), self.jkus.get(iss, [])
        if jku is not None and jku not in allowed:
            raise Unauthorized("JWT jku is not a JWK Set URL trusted for its issuer")
        keys = self.issuers[iss]
        if keys:  # keys given in the trust file: nothing is fetched
            key = keys.get(kid) or keys.get(None)
            if key is None:
                raise Unauthorized("JWT kid is not a key of its issuer")
            return key
        problems = []
        for url in [jku] if jku is not None else allowed:
            try:
                return self.jwks.key(url, kid)
            except JwksError as exc:
                problems.append(str(exc))
        raise Unauthorized(f"JWT kid is not a key of its issuer: {'; '.join(problems)}")


class SeenJti:
    """The (iss, jti) of the call tokens accepted, kept until they expire: a replay is refused.
    In memory, or in a SQLite file (`path`), where several worker processes (`--workers`)
    see each other's and a restart forgets none."""

    PRUNE_EVERY = 10_000  # tokens checked between two removals of the expired ones

    def __init__(self, path: str | None = None):
        self.lock = threading.Lock()
        self.memory: dict[tuple[str, str], float] = {}  # (iss, jti) -> exp
        self.db, self.checked = None, 0
        if path and path != ":memory:":
            self.db = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=10)
            with self.lock:
                self.db.execute("PRAGMA journal_mode=WAL")  # workers write at once
                self.db.execute("PRAGMA synchronous=NORMAL")
                self.db.execute(
                    "CREATE TABLE IF NOT EXISTS jwt_seen (iss TEXT NOT NULL, jti TEXT NOT NULL, exp REAL NOT NULL, "
                    "PRIMARY KEY (iss, jti))"
                )

    def once(self, iss: str, jti: str, exp: float) -> None:
        """Accept a jti once; Unauthorized if it was accepted before (until its token expires)."""
        now = time.time()
        with self.lock:
            self.checked += 1
            prune = self.checked % self.PRUNE_EVERY == 0
            if self.db is None:
                if prune:
                    self.memory = {k: e for k, e in self.memory.items() if e + LEEWAY > now}
                if (iss, jti) in self.memory:
                    raise Unauthorized("JWT jti was used before (replay)")
                self.memory[(iss, jti)] = exp
                return
            if prune:
                self.db.execute("DELETE FROM jwt_seen WHERE exp + ? <= ?", (LEEWAY, now))
            try:
                self.db.execute("INSERT INTO jwt_seen VALUES (?, ?, ?)", (iss, jti, exp))
            except sqlite3.IntegrityError:
                raise Unauthorized("JWT jti was used before (replay)") from None


#: The fields of a trust file entry that give keys (an entry with none names jku URLs).
KEY_FIELDS = {"jwks", "jwks_file", "public_key_file"}


def _jkus(entry: dict, where: str) -> list[str]:
    """The JWK Set URLs an issuer's tokens may name (a URL or a list of them)."""
    urls = entry.get("jku", [])
    urls = [urls] if isinstance(urls, str) else urls
    try:
        if not isinstance(urls, list):
            raise ValueError("jku must be a URL or a list of URLs")
        return [check_url(u) for u in urls]
    except ValueError as exc:
        raise TrustError(f"{where}: {exc}") from None


def _keys(entry: dict, base: Path, where: str) -> dict:
    """kid (or None for any) -> public key, from a JWK Set or a PEM file."""
    try:
        if "public_key_file" in entry:
            from cryptography.hazmat.primitives.serialization import load_pem_public_key

            return {None: load_pem_public_key((base / entry["public_key_file"]).read_bytes())}
        jwks = entry.get("jwks")
        if "jwks_file" in entry:
            jwks = json.loads((base / entry["jwks_file"]).read_text(encoding="utf-8"))
        if not isinstance(jwks, dict):
            raise TrustError(f"{where}: needs jwks, jwks_file, public_key_file or jku")
        keys, refused = public_keys(jwks)
        if refused:
            raise TrustError(f"{where}: key {refused[0]}; a trust file lists public keys only")
        return keys
    except (OSError, ValueError, jwt.PyJWTError, TypeError) as exc:
        raise TrustError(f"{where}: {exc}") from None
