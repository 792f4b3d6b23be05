#!/usr/bin/env python3
"""Test SMTP server for the integration tests: a thin launcher around aiosmtpd.

The SMTP protocol implementation is aiosmtpd (pinned: aiosmtpd==1.4.6); this
file only configures it (STARTTLS, AUTH, scripted failures) and records what
arrives into a spool directory. See README.md next to this file.
"""
import argparse
import hmac
import json
import logging
import os
import re
import signal
import ssl
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

REJECT_RCPT_REPLY = "550 5.1.1 Mailbox unavailable"
FAILED_ONCE_MARKER = ".failed-once"


def write_atomic(path, data):
    """Write bytes to path via a temp file in the same dir + rename."""
    tmp = os.path.join(os.path.dirname(path) or ".",
                       f".tmp-{os.getpid()}-{os.path.basename(path)}")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def fail_reply(code):
    if code == 451:
        return "451 4.3.0 Try again later"
    return f"{code} {code // 100}.3.0 Simulated failure"


class Handler:
    """aiosmtpd handler hooks. Hooks run on the controller's event loop thread."""

    def __init__(self, spool, reject_rcpts, fail_first_with):
        self.spool = spool
        self.reject = {a.lower() for a in reject_rcpts}
        self.fail_first_with = fail_first_with
        self.failed_once = False  # in-memory fallback when there is no spool
        self.lock = threading.Lock()
        self.next_n = 1
        if spool:
            os.makedirs(spool, exist_ok=True)
            nums = [int(m.group(1)) for name in os.listdir(spool)
                    if (m := re.fullmatch(r"(\d+)\.eml", name))]
            self.next_n = max(nums, default=0) + 1

    def _already_failed(self):
        if self.spool:
            return os.path.exists(os.path.join(self.spool, FAILED_ONCE_MARKER))
        return self.failed_once

    def _mark_failed(self):
        self.failed_once = True
        if self.spool:
            write_atomic(os.path.join(self.spool, FAILED_ONCE_MARKER), b"1\n")

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.reject:
            return REJECT_RCPT_REPLY
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        # Called after the terminating "." has been received.
        with self.lock:
            if self.fail_first_with and not self._already_failed():
                self._mark_failed()
                return fail_reply(self.fail_first_with)
            if self.spool:
                n = self.next_n
                self.next_n += 1
                auth = session.auth_data
                meta = {
                    "mail_from": envelope.mail_from,
                    "rcpt_tos": list(envelope.rcpt_tos),
                    "mail_options": list(envelope.mail_options),
                    "auth_user": auth.login.decode("utf-8", "replace")
                    if auth is not None else None,
                    "tls": session.ssl is not None,
                    "peer_port": session.peer[1],
                }
                base = os.path.join(self.spool, str(n))
                # .json first, .eml last: once N.eml exists, N.json exists too.
                write_atomic(base + ".json", json.dumps(meta, indent=1).encode())
                write_atomic(base + ".eml", envelope.original_content)
        return "250 OK"


def make_authenticator(user, password):
    want_user, want_pass = user.encode(), password.encode()

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = (mechanism in ("PLAIN", "LOGIN")
              and hmac.compare_digest(auth_data.login, want_user)
              and hmac.compare_digest(auth_data.password, want_pass))
        # handled=False is required on failure: with the default handled=True
        # aiosmtpd sends no reply at all and the client hangs.
        return AuthResult(success=ok, handled=False, auth_data=auth_data)

    return authenticator


class LoopbackController(Controller):
    def _trigger_server(self):
        # With port 0 the OS picks the port; learn it before aiosmtpd's
        # self-test connection (which would otherwise dial port 0).
        if self.port == 0:
            self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--port", type=int, default=0, help="0 = pick a free port")
    p.add_argument("--cert", help="server certificate chain (PEM)")
    p.add_argument("--key", help="server private key (PEM)")
    p.add_argument("--user")
    p.add_argument("--password")
    p.add_argument("--spool", help="directory receiving N.eml + N.json")
    p.add_argument("--fail-first-with", type=int, metavar="CODE",
                   help="reply CODE (e.g. 451) to the first DATA ever")
    p.add_argument("--reject-rcpt", action="append", default=[], metavar="ADDR")
    p.add_argument("--ready-file", help="write the listening port here")
    a = p.parse_args(argv)
    if bool(a.cert) != bool(a.key):
        p.error("--cert and --key go together")
    if bool(a.user) != bool(a.password is not None):
        p.error("--user and --password go together")
    if a.user and not a.cert:
        p.error("--user needs --cert/--key (AUTH is only offered after STARTTLS)")
    if a.fail_first_with is not None and not 400 <= a.fail_first_with <= 599:
        p.error("--fail-first-with must be a 4xx or 5xx code")
    return a


def main(argv=None):
    a = parse_args(argv)
    # aiosmtpd itself sets the deprecated session.login_data on every AUTH
    # success and warns about it; drop that noise, keep other warnings.
    logging.getLogger("mail.log").addFilter(
        lambda r: "login_data is deprecated" not in r.getMessage())
    kwargs = {}
    if a.cert:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(a.cert, a.key)
        kwargs.update(tls_context=ctx, require_starttls=True)
    if a.user:
        kwargs.update(authenticator=make_authenticator(a.user, a.password),
                      auth_required=True, auth_require_tls=True)
    handler = Handler(a.spool, a.reject_rcpt, a.fail_first_with)
    # Block the stop signals before the server thread starts (it inherits the
    # mask), so that only the main thread's sigwait() below receives them.
    stop_signals = {signal.SIGTERM, signal.SIGINT}
    signal.pthread_sigmask(signal.SIG_BLOCK, stop_signals)
    controller = LoopbackController(handler, hostname="127.0.0.1", port=a.port,
                                    server_hostname="localhost", **kwargs)
    controller.start()
    port = controller.port
    print(f"aiosmtpd listening on 127.0.0.1:{port}", file=sys.stderr, flush=True)
    if a.ready_file:
        write_atomic(a.ready_file, str(port).encode())
    signal.sigwait(stop_signals)
    controller.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
