"""Trusting CDS Clients: a JWT bearer token signed by a trusted issuer on every call.

As https://cds-hooks.hl7.org/2.0/#trusting-cds-clients words it (read from cds-hooks/docs,
docs/specification/current.md at commit 462a38f): the request carries
`Authorization: Bearer {{JWT}}`; the header has alg, kid ("The identifier of the key-pair
used to sign this JWT"), typ; the payload has iss, aud ("MUST be the URL of the CDS
Service endpoint being invoked", a string or an array), exp, iat, jti ("A nonce ... used
to protect against replay attacks"); JWTs "SHALL NOT be signed using the `none`
algorithm" nor "any symmetric algorithm". The JWK Set is shared out of band: the trust
file. Verified with PyJWT.

Trust file (JSON or YAML):
    issuers:
      - iss: https://ehr.example.org/
        jwks: {keys: [...]}          # a JWK Set, or
        jwks_file: ehr-jwks.json     # one in a file (relative to the trust file), or
        public_key_file: ehr.pem     # a PEM public key (any kid)
"""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import jwt
import yaml

#: Asymmetric algorithms only (the specification forbids none and HMAC).
ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"]
LEEWAY = 30  # seconds of clock skew allowed on exp and iat


class TrustError(Exception):
    """The trust file cannot be read or names no usable key."""


class Unauthorized(Exception):
    """A request without a valid bearer JWT (HTTP 401); the message says what is wrong."""


class Trust:
    """The trusted issuers and their keys, and the jti values seen (replays are refused)."""

    def __init__(self, issuers: dict[str, dict]):
        self.issuers = issuers  # iss -> {kid or None: key}
        self.seen: dict[str, float] = {}  # (iss, jti) -> exp
        self.lock = threading.Lock()

    @classmethod
    def load(cls, path: str | Path) -> Trust:
        path = Path(path)
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise TrustError(f"{path}: cannot be read: {exc}") from None
        entries = data.get("issuers") if isinstance(data, dict) else None
        if not isinstance(entries, list) or not entries:
            raise TrustError(f"{path}: needs a list 'issuers' of {{iss, jwks | jwks_file | public_key_file}}")
        issuers: dict[str, dict] = {}
        for i, entry in enumerate(entries):
            where = f"{path}: issuers[{i}]"
            if not isinstance(entry, dict) or not isinstance(entry.get("iss"), str):
                raise TrustError(f"{where}: needs 'iss'")
            issuers.setdefault(entry["iss"], {}).update(_keys(entry, path.parent, where))
        return cls(issuers)

    def verify(self, header: str | None, audience: str) -> dict:
        """The claims of a valid bearer token for this endpoint URL; Unauthorized otherwise."""
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
        keys = self.issuers.get(iss) if isinstance(iss, str) else None
        if keys is None:
            raise Unauthorized("JWT issuer is not trusted")
        key = keys.get(head.get("kid")) or keys.get(None)
        if key is None:
            raise Unauthorized("JWT kid is not a key of its issuer")
        try:
            claims = jwt.decode(
                token,
                key,
                algorithms=[head["alg"]],
                audience=audience,
                issuer=iss,
                leeway=LEEWAY,
                options={"require": ["iss", "aud", "exp", "iat", "jti"]},
            )
        except jwt.PyJWTError as exc:
            raise Unauthorized(f"invalid JWT: {exc}") from None
        self._once(iss, str(claims["jti"]), float(claims["exp"]))
        return claims

    def _once(self, iss: str, jti: str, exp: float) -> None:
        """Refuse a jti seen before (until its token expires)."""
        now = time.time()
        with self.lock:
            if len(self.seen) > 10_000:
                self.seen = {k: e for k, e in self.seen.items() if e + LEEWAY > now}
            if (iss, jti) in self.seen:
                raise Unauthorized("JWT jti was used before (replay)")
            self.seen[(iss, jti)] = exp


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
            raise TrustError(f"{where}: needs jwks, jwks_file or public_key_file")
        keys = jwt.PyJWKSet.from_dict(jwks).keys
        return {k.key_id: k.key for k in keys}
    except (OSError, ValueError, jwt.PyJWTError, TypeError) as exc:
        raise TrustError(f"{where}: {exc}") from None
