"""A real SMTP server for the mail tests (aiosmtpd), started by Tests/AppTests/MailTests.swift.

Every message it accepts is written to --dir as N.eml (the DATA as received) and N.json (envelope, TLS, login).
It writes --dir/ready when it listens. With --cert/--key it requires STARTTLS; with --user/--password it requires
AUTH (PLAIN or LOGIN) after STARTTLS. RCPT TO a local part "weigert" is refused with 550. Runs until killed.
"""
import argparse
import json
import os
import signal
import ssl
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult


class Recorder:
    def __init__(self, directory):
        self.directory = directory
        self.count = 0
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.split("@")[0] == "weigert":
            return "550 5.1.1 deze ontvanger bestaat niet"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.count += 1
            number = self.count
        base = os.path.join(self.directory, str(number))
        with open(base + ".eml", "wb") as file:
            file.write(envelope.original_content or envelope.content)
        info = {
            "from": envelope.mail_from,
            "to": envelope.rcpt_tos,
            "tls": session.ssl is not None,
            "login": getattr(getattr(session, "auth_data", None), "login", b"").decode() or None,
        }
        with open(base + ".json.tmp", "w") as file:
            json.dump(info, file)
        os.rename(base + ".json.tmp", base + ".json")
        return "250 OK"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--dir", required=True)
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--user")
    parser.add_argument("--password")
    args = parser.parse_args()

    options = {}
    if args.cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)
        options.update(tls_context=context, require_starttls=True)
    if args.user:
        def authenticate(server, session, envelope, mechanism, auth_data):
            ok = auth_data.login.decode() == args.user and auth_data.password.decode() == args.password
            return AuthResult(success=ok, auth_data=auth_data)
        options.update(authenticator=authenticate, auth_required=True, auth_require_tls=bool(args.cert))

    controller = Controller(Recorder(args.dir), hostname="127.0.0.1", port=args.port, **options)
    controller.start()
    with open(os.path.join(args.dir, "ready"), "w") as file:
        file.write(str(args.port))
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
