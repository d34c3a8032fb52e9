"""A throw-away OpenLink Virtuoso for tests: the `virtuoso` session fixture.

Use it from a test module with `from virtuoso_server import virtuoso`
(tests/ is on sys.path under pytest's default import mode).

What the fixture does:
- finds `virtuoso-t` (Debian package virtuoso-opensource, 7.2.x) and `isql-vt`,
  installing the package with apt-get when they are missing (root, or
  passwordless sudo); it skips the tests only when no installation is possible
  (no apt-get, no privileges, or the package mirror cannot be reached);
- writes its own virtuoso.ini into a temporary folder (database, log and
  transaction files there) with a SQL port and an HTTP port picked free on
  127.0.0.1 at run time, so it neither uses nor collides with the package's
  system instance (/etc/virtuoso-opensource-7, ports 1111/8890, which the
  package leaves disabled when no DBA password was preseeded);
- starts `virtuoso-t +foreground` as a child process, waits (bounded) until
  /sparql answers, then over isql: sets a random DBA password, creates a SQL
  user with the SPARQL_UPDATE role and read/write permission on all graphs,
  and switches /sparql-auth and /sparql-graph-crud-auth from digest to basic
  authentication (Virtuoso's default for both is digest);
- yields a `Virtuoso` with query_url, update_url, user, password (and more,
  see the class), and at the end stops the server (SIGTERM, then SIGKILL)
  and removes the folder.

Environment:
- PVDKG_VIRTUOSO_BIN: the virtuoso-t binary to use;
- PVDKG_VIRTUOSO_NO_INSTALL=1: never run apt-get (skip when missing);
- PVDKG_VIRTUOSO_KEEP=1: keep the folder (for post-mortems).
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest

PACKAGE = "virtuoso-opensource"
BINARY_NAMES = ("virtuoso-t", "virtuoso")
ISQL_NAMES = ("isql-vt", "isql-v")
SEARCH_DIRS = (
    "/usr/bin",
    "/usr/local/bin",
    "/usr/sbin",
    "/opt/virtuoso-opensource/bin",
    "/usr/local/virtuoso-opensource/bin",
)
# The package's VAD folder (the conductor); allowed in DirsAllowed when present.
VAD_DIR = "/usr/share/virtuoso-opensource-7/vad"

START_TIMEOUT = 120.0  # seconds until /sparql must answer
STOP_TIMEOUT = 30.0  # seconds after SIGTERM before SIGKILL
INSTALL_TIMEOUT = 900.0  # apt-get update + install

# Memory: 8 KiB per buffer; 100,000 buffers is ~0.8 GiB, plenty for a few
# million triples, small enough for a 2-core CI machine.
NUMBER_OF_BUFFERS = 100_000
MAX_DIRTY_BUFFERS = 75_000


class VirtuosoError(RuntimeError):
    """The test server could not be installed, started or configured."""


@dataclass
class Virtuoso:
    """A running test server (what the fixture yields)."""

    query_url: str  # http://127.0.0.1:PORT/sparql (anonymous, read only)
    update_url: str  # http://127.0.0.1:PORT/sparql-auth (HTTP basic auth, SPARQL UPDATE allowed)
    user: str  # the SQL user with SPARQL_UPDATE for update_url / graph_store_url
    password: str
    graph_store_url: str  # /sparql-graph-crud-auth: SPARQL 1.1 Graph Store HTTP Protocol (basic auth)
    http_port: int
    sql_port: int  # isql / ODBC port
    dba_password: str  # the DBA password (random); for isql
    folder: Path  # database folder; also in DirsAllowed (files here can be loaded with TTLP)
    binary: str
    isql_binary: str
    version: str = ""
    startup_seconds: float = 0.0
    process: subprocess.Popen | None = field(default=None, repr=False)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def log_file(self) -> Path:
        return self.folder / "virtuoso.log"

    def isql(self, sql: str, timeout: float = 300.0, user: str = "dba", password: str | None = None) -> str:
        """Run SQL statements (each ending with ';') through isql; raise VirtuosoError on any error."""
        return run_isql(
            self.isql_binary,
            self.sql_port,
            user,
            self.dba_password if password is None and user == "dba" else (password or ""),
            sql,
            timeout,
        )

    def load_file(self, path: str | Path, graph: str, timeout: float = 600.0) -> None:
        """Bulk-load one N-Triples/Turtle file into a graph (server-side DB.DBA.TTLP; the file must be
        under `folder` or another DirsAllowed folder). Not the product's path: for tests and timing."""
        path = Path(path).resolve()
        self.isql(f"DB.DBA.TTLP(file_to_string_output('{_sql_str(str(path))}'), '', '{_sql_str(graph)}', 0);", timeout)

    def tail_log(self, lines: int = 30) -> str:
        return _tail(self.log_file, lines)


# ---------------------------------------------------------------- helpers


def _sql_str(text: str) -> str:
    return text.replace("'", "''")


def _tail(path: Path, lines: int = 30) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _which(names: tuple[str, ...]) -> str | None:
    for name in names:
        found = shutil.which(name)
        if found:
            return found
        for d in SEARCH_DIRS:
            p = Path(d) / name
            if p.is_file() and os.access(p, os.X_OK):
                return str(p)
    return None


def find_binaries() -> tuple[str | None, str | None]:
    """(virtuoso-t, isql-vt) paths, or None for what is missing."""
    env = os.environ.get("PVDKG_VIRTUOSO_BIN")
    server = env if env and os.access(env, os.X_OK) else _which(BINARY_NAMES)
    isql = _which(ISQL_NAMES)
    if server and not isql:
        sibling = Path(server).with_name("isql-vt")
        isql = str(sibling) if sibling.exists() else None
    return server, isql


def install_package(timeout: float = INSTALL_TIMEOUT) -> str | None:
    """Install virtuoso-opensource with apt-get; None when done, else why it could not be."""
    apt = shutil.which("apt-get")
    if not apt:
        return "virtuoso-t is not installed and there is no apt-get to install it"
    prefix: list[str] = []
    if os.geteuid() != 0:
        sudo = shutil.which("sudo")
        if (
            not sudo
            or subprocess.run([sudo, "-n", "true"], stdin=subprocess.DEVNULL, capture_output=True).returncode != 0
        ):
            return "virtuoso-t is not installed and installing it needs root (no passwordless sudo)"
        prefix = [sudo, "-n", "env"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive", DEBCONF_NONINTERACTIVE_SEEN="true")
    deadline = time.monotonic() + timeout
    # An empty DBA password (the noninteractive default) leaves the system service disabled;
    # the fixture never uses that instance.
    steps = [
        prefix + [apt, "-o", "DPkg::Lock::Timeout=120", "update", "-qq"],
        prefix
        + [
            apt,
            "-o",
            "DPkg::Lock::Timeout=120",
            "install",
            "-y",
            "-qq",
            "--no-install-recommends",
            "-o",
            "Dpkg::Options::=--force-confdef",
            "-o",
            "Dpkg::Options::=--force-confold",
            PACKAGE,
        ],
    ]
    if prefix:
        steps = [[*s[:3], "DEBIAN_FRONTEND=noninteractive", *s[3:]] for s in steps]
    for cmd in steps:
        left = deadline - time.monotonic()
        if left <= 0:
            return f"installing {PACKAGE} took longer than {timeout:.0f}s"
        try:
            res = subprocess.run(cmd, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=left)
        except subprocess.TimeoutExpired:
            return f"installing {PACKAGE} took longer than {timeout:.0f}s ({' '.join(cmd[-3:])})"
        if res.returncode != 0:
            out = (res.stdout + res.stderr).strip().splitlines()[-6:]
            return f"`{' '.join(cmd)}` failed ({res.returncode}): " + " | ".join(out)
    return None


def run_isql(isql: str, port: int, user: str, password: str, sql: str, timeout: float = 300.0) -> str:
    """Run SQL through isql-vt (from a script on stdin); raise VirtuosoError on an error or timeout."""
    script = "SET ECHO OFF;\nSET VERBOSE OFF;\nSET TIMEOUT 0;\n" + sql.strip() + "\n"
    if not script.rstrip().endswith(";"):
        script = script.rstrip() + ";\n"
    try:
        res = subprocess.run(
            [isql, f"127.0.0.1:{port}", user, password, "ERRORS=STDOUT"],
            input=script,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        raise VirtuosoError(f"isql did not finish within {timeout:.0f}s: {sql[:200]}") from None
    out = res.stdout + res.stderr
    if res.returncode != 0 or "*** Error" in out:
        raise VirtuosoError(f"isql failed ({res.returncode}) on {sql[:300]!r}:\n{out.strip()[-2000:]}")
    return out


def _http_ok(url: str, timeout: float = 2.0) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            return resp.status == 200
    except (urllib.error.URLError, OSError, ValueError):
        return False


INI_TEMPLATE = """\
; Written by tests/virtuoso_server.py for one test session.
[Database]
DatabaseFile       = {folder}/virtuoso.db
ErrorLogFile       = {folder}/virtuoso.log
LockFile           = {folder}/virtuoso.lck
TransactionFile    = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = {folder}/virtuoso-temp.db
TransactionFile    = {folder}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort               = 127.0.0.1:{sql_port}
LiteMode                 = 0
DisableUnixSocket        = 1
DisableTcpSocket         = 0
MaxClientConnections     = 20
CheckpointInterval       = 60
O_DIRECT                 = 0
CaseMode                 = 2
MaxStaticCursorRows      = 5000
CheckpointAuditTrail     = 0
AllowOSCalls             = 0
SchedulerInterval        = 10
DirsAllowed              = ., {folder}{vad_dirs}
ThreadCleanupInterval    = 0
ThreadThreshold          = 10
ResourcesCleanupInterval = 0
FreeTextBatchSize        = 100000
SingleCPU                = 0
{vad_install}PrefixResultNames        = 0
RdfFreeTextRulesSize     = 100
IndexTreeMaps            = 64
MaxQueryMem              = 1G
; The default (50 MB) aborts one derivation update over some 5,000 patients (SR325).
TransactionAfterImageLimit = 1500000000
VectorSize               = 1000
MaxVectorSize            = 1000000
AdjustVectorSize         = 0
ThreadsPerQuery          = 2
AsyncQueueMaxThreads     = 4
NumberOfBuffers          = {buffers}
MaxDirtyBuffers          = {dirty}

[HTTPServer]
ServerPort                  = 127.0.0.1:{http_port}
ServerRoot                  = {folder}/vsp
MaxClientConnections        = 20
DavRoot                     = DAV
EnabledDavVSP               = 0
HTTPProxyEnabled            = 0
TempASPXDir                 = 0
ServerThreads               = 10
MaxKeepAlives               = 10
KeepAliveTimeout            = 10
MaxCachedProxyConnections   = 10
ProxyConnectionCacheTimeout = 15
HTTPThreadSize              = 280000
HttpPrintWarningsInOutput   = 0
Charset                     = UTF-8
EnabledGzipContent          = 0

[AutoRepair]
BadParentLinks = 0

[Client]
SQL_PREFETCH_ROWS  = 100
SQL_PREFETCH_BYTES = 16000
SQL_QUERY_TIMEOUT  = 0
SQL_TXN_TIMEOUT    = 0

[SPARQL]
; The package default caps every result at 10,000 rows: far too few for the audit of a cohort.
ResultSetMaxRows           = 10000000
MaxSortedTopRows           = 10000000
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime      = 0
MaxConstructTriples        = 10000000
"""

# Setup run once over isql after start (as dba with the default password 'dba').
SETUP_SQL = """\
DB.DBA.USER_CREATE('{user}', '{password}');
GRANT SPARQL_UPDATE TO "{user}";
DB.DBA.RDF_DEFAULT_USER_PERMS_SET('{user}', 3);
DB.DBA.RDF_DEFAULT_USER_PERMS_SET('nobody', 1);
DB.DBA.VHOST_REMOVE(lhost=>'*ini*', vhost=>'*ini*', lpath=>'/sparql-auth');
DB.DBA.VHOST_DEFINE(lhost=>'*ini*', vhost=>'*ini*', lpath=>'/sparql-auth', ppath=>'/!sparql/', is_dav=>1,
  vsp_user=>'dba', opts=>vector('noinherit', 1), auth_fn=>'DB.DBA.HP_AUTH_SPARQL_USER', realm=>'SPARQL',
  sec=>'basic');
DB.DBA.VHOST_REMOVE(lhost=>'*ini*', vhost=>'*ini*', lpath=>'/sparql-graph-crud-auth');
DB.DBA.VHOST_DEFINE(lhost=>'*ini*', vhost=>'*ini*', lpath=>'/sparql-graph-crud-auth', ppath=>'/!sparql-graph-crud/',
  is_dav=>1, vsp_user=>'dba', opts=>vector('noinherit', 1, 'exec_as_get', 1), auth_fn=>'DB.DBA.HP_AUTH_SPARQL_USER',
  realm=>'SPARQL', sec=>'basic');
SET PASSWORD dba {dba_password};
checkpoint;
"""


def _version(binary: str) -> str:
    try:
        res = subprocess.run([binary, "-?"], capture_output=True, text=True, timeout=10, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired):
        return ""
    for line in (res.stdout + res.stderr).splitlines():
        if line.startswith("Version"):
            return line.strip()
    return ""


def start_server(folder: Path, binary: str, isql: str, timeout: float = START_TIMEOUT) -> Virtuoso:
    """Start a configured server in `folder` (which must exist and be empty); raise VirtuosoError on failure."""
    t0 = time.monotonic()
    (folder / "vsp").mkdir(exist_ok=True)
    vad = VAD_DIR if Path(VAD_DIR).is_dir() else ""
    last_error = ""
    for _attempt in range(3):  # a port picked free can be taken before the server binds it
        sql_port, http_port = _free_port(), _free_port()
        if sql_port == http_port:
            continue
        ini = folder / "virtuoso.ini"
        ini.write_text(
            INI_TEMPLATE.format(
                folder=folder,
                sql_port=sql_port,
                http_port=http_port,
                vad_dirs=f", {vad}" if vad else "",
                vad_install=f"VADInstallDir            = {vad}/\n" if vad else "",
                buffers=NUMBER_OF_BUFFERS,
                dirty=MAX_DIRTY_BUFFERS,
            )
        )
        out = open(folder / "stdout.log", "wb")
        proc = subprocess.Popen(
            [binary, "+foreground", "+configfile", str(ini)],
            cwd=folder,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        out.close()
        server = Virtuoso(
            query_url=f"http://127.0.0.1:{http_port}/sparql",
            update_url=f"http://127.0.0.1:{http_port}/sparql-auth",
            user="pvdkg",
            password=secrets.token_hex(12),
            graph_store_url=f"http://127.0.0.1:{http_port}/sparql-graph-crud-auth",
            http_port=http_port,
            sql_port=sql_port,
            dba_password="dba",
            folder=folder,
            binary=binary,
            isql_binary=isql,
            version=_version(binary),
            process=proc,
        )
        probe = server.query_url + "?" + urllib.parse.urlencode({"query": "ASK {}"})
        deadline = t0 + timeout
        while time.monotonic() < deadline and proc.poll() is None:
            if _http_ok(probe):
                break
            time.sleep(0.25)
        if proc.poll() is not None:
            last_error = (
                f"virtuoso-t exited with {proc.returncode} while starting:\n"
                f"{_tail(folder / 'stdout.log')}\n{server.tail_log()}"
            )
            if "in use" in last_error.lower() or "bind" in last_error.lower():
                for f in folder.iterdir():  # start again from an empty database
                    if f.is_file() and f.name.startswith("virtuoso") and f.suffix != ".ini":
                        f.unlink()
                continue
            raise VirtuosoError(last_error)
        if not _http_ok(probe):
            stop_server(server)
            raise VirtuosoError(
                f"Virtuoso's SPARQL endpoint did not answer within {timeout:.0f}s "
                f"({server.query_url}); log:\n{server.tail_log()}"
            )
        try:
            dba_password = "v" + secrets.token_hex(12)  # SET PASSWORD takes an identifier
            server.isql(
                SETUP_SQL.format(user=server.user, password=server.password, dba_password=dba_password),
                timeout=120,
                password="dba",
            )
            server.dba_password = dba_password
        except VirtuosoError:
            stop_server(server)
            raise
        server.startup_seconds = time.monotonic() - t0
        return server
    raise VirtuosoError(last_error or "could not pick free ports")


def stop_server(server: Virtuoso, timeout: float = STOP_TIMEOUT) -> None:
    """Stop the server process: SIGTERM (Virtuoso shuts down quickly), then SIGKILL."""
    proc = server.process
    if proc is None or proc.poll() is not None:
        return
    for sig, wait in ((signal.SIGTERM, timeout), (signal.SIGKILL, 10.0)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


def ensure_binaries() -> tuple[str, str]:
    """The server and isql binaries, installing the package when needed; pytest.skip when impossible."""
    binary, isql = find_binaries()
    if binary and isql:
        return binary, isql
    if os.environ.get("PVDKG_VIRTUOSO_NO_INSTALL") == "1":
        pytest.skip("virtuoso-t/isql-vt not found and PVDKG_VIRTUOSO_NO_INSTALL=1")
    why = install_package()
    binary, isql = find_binaries()
    if binary and isql:
        return binary, isql
    pytest.skip(f"cannot install Virtuoso: {why or 'virtuoso-t/isql-vt still missing after apt-get install'}")
    raise AssertionError("unreachable")


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory):
    """A running Virtuoso (see `Virtuoso`), stopped and removed at the end of the session."""
    binary, isql = ensure_binaries()
    folder = tmp_path_factory.mktemp("virtuoso")
    server = None
    try:
        server = start_server(folder, binary, isql)
        yield server
    finally:
        if server is not None:
            stop_server(server)
        if os.environ.get("PVDKG_VIRTUOSO_KEEP") != "1":
            shutil.rmtree(folder, ignore_errors=True)
