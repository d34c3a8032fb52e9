"""JWK Sets fetched from the `jku` URLs a trust file allows for an issuer.

CDS Hooks 2.0 (trusting CDS Clients): "The CDS Client MAY make its JWK Set available via a
URL identified by the `jku` header field"; "CDS Services SHOULD limit the CDS Clients they
trust by maintaining an allowlist of `iss` and `jku` urls". Only listed URLs are fetched
(pvdkg.serve.security), and each fetch is bounded: a total time limit, a size cap, no
redirects, https only (http only on a loopback host: a local EHR sandbox, tests). A set is
used for TTL seconds; it is fetched again sooner only for a kid it lacks (key rotation), at
most once per RETRY seconds, as is a URL that failed: a flood of tokens naming one URL
makes at most one fetch per RETRY.
"""

from __future__ import annotations

import ipaddress
import json
import threading
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx
import jwt

FETCH_SECONDS = 5.0  # the whole fetch, connection to last byte
MAX_BYTES = 64 * 1024  # a JWK Set is a few kilobytes
TTL = 300.0  # seconds a fetched set is used
RETRY = 30.0  # seconds between fetches of one URL after a failure or for a missing kid


class JwksError(Exception):
    """The JWK Set cannot be had, or has no key of that kid (the request gets 401)."""


def check_url(url: object) -> str:
    """A jku URL a trust file may list (ValueError otherwise): https, or http on loopback."""
    if not isinstance(url, str):
        raise ValueError(f"jku {url!r} is not a URL")
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return url
    if parts.scheme == "http" and is_loopback(parts.hostname or ""):
        return url
    raise ValueError(f"jku {url!r} must be an https URL (http only on a loopback host)")


def is_loopback(host: str) -> bool:
    """localhost or a loopback address ('[::1]' as a URL writes it too): where the server may
    listen without --trust, and where a jku may be plain http."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass
class _Entry:
    keys: dict | None = None  # kid -> public key, from the last fetch that worked
    fetched: float = float("-inf")  # when those keys were fetched
    tried: float = float("-inf")  # the last fetch, whether it worked or not
    error: str = ""


class JwksCache:
    """The JWK Sets of jku URLs, fetched when needed and kept for a bounded time."""

    def __init__(self, ttl: float = TTL, retry: float = RETRY, fetch_seconds: float = FETCH_SECONDS):
        self.ttl, self.retry, self.fetch_seconds = ttl, retry, fetch_seconds
        self.entries: dict[str, _Entry] = {}
        self.locks: dict[str, threading.Lock] = {}
        self.lock = threading.Lock()
        self.fetches = 0  # how many fetches were made (for tests and logs)

    def key(self, url: str, kid: str | None):
        """The public key of `kid` in the set at `url`; JwksError when there is none."""
        with self.lock:
            url_lock = self.locks.setdefault(url, threading.Lock())
        with url_lock:  # one fetch of a URL at a time; the others wait for its keys
            entry = self.entries.setdefault(url, _Entry())
            now = time.monotonic()
            stale = now - entry.fetched >= self.ttl
            lacking = entry.keys is not None and kid not in entry.keys
            if (stale or lacking) and now - entry.tried >= self.retry:
                entry.tried = now
                try:
                    entry.keys, entry.fetched, entry.error, stale = self._fetch(url), now, "", False
                except JwksError as exc:
                    entry.error = str(exc)
            if stale:
                entry.keys = None  # a set is never used past its lifetime
            if entry.keys is None:
                raise JwksError(
                    entry.error or f"the JWK Set at {url} is not fetched again yet (within {self.retry:g} s)"
                )
            if kid not in entry.keys:
                raise JwksError(f"the JWK Set at {url} has no key {kid!r}")
            return entry.keys[kid]

    def _fetch(self, url: str) -> dict:
        self.fetches += 1
        deadline = time.monotonic() + self.fetch_seconds
        body = bytearray()
        try:
            with httpx.stream(
                "GET", url, timeout=self.fetch_seconds, follow_redirects=False, headers={"Accept": "application/json"}
            ) as response:
                if response.status_code != 200:
                    raise JwksError(f"the JWK Set at {url} answered HTTP {response.status_code}")
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > MAX_BYTES:
                        raise JwksError(f"the JWK Set at {url} is larger than {MAX_BYTES:,} bytes")
                    if time.monotonic() > deadline:
                        raise JwksError(f"the JWK Set at {url} took longer than {self.fetch_seconds:g} s")
        except httpx.HTTPError as exc:
            raise JwksError(f"the JWK Set at {url} cannot be fetched: {type(exc).__name__}") from None
        try:
            keys, _ = public_keys(json.loads(body))  # a fetched set's other keys are not used
        except (ValueError, TypeError, RecursionError, jwt.PyJWTError) as exc:
            raise JwksError(f"the JWK Set at {url} is not a JWK Set: {exc}") from None
        return keys


def public_keys(jwks: dict) -> tuple[dict, list[str]]:
    """A JWK Set's public asymmetric keys by kid, and the kids of the keys that are not: a
    shared secret (kty oct) or a private key would let whoever holds the set sign tokens.
    The one reading of a JWK Set, fetched or in a trust file (which refuses the others)."""
    keys, refused = {}, []
    for k in jwt.PyJWKSet.from_dict(jwks).keys:
        if k.key_type == "oct" or hasattr(k.key, "private_bytes"):
            refused.append(
                f"{k.key_id!r} is " + ("a shared secret (kty oct)" if k.key_type == "oct" else "a private key")
            )
        else:
            keys[k.key_id] = k.key
    return keys, refused
