#!/usr/bin/env python3
"""The app under a service manager it cannot tell from systemd: this test owns the NOTIFY_SOCKET.
READY=1 arrives, WATCHDOG=1 arrives regularly (WATCHDOG_USEC=1 s: a ping every 0.5 s), the pings stop
while the process is frozen (SIGSTOP) and come back after SIGCONT, and SIGTERM ends it cleanly:
STOPPING=1, exit 0, and the journal closed (no -wal file left). Usage: watchdog_test.py RETURNS_KIOSK"""
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time


def collect(sock, seconds):
    """Every datagram received within `seconds`."""
    messages = []
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        sock.settimeout(left)
        try:
            messages.append(sock.recv(4096).decode())
        except socket.timeout:
            break
    return messages


def main():
    app = sys.argv[1]
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "notify")
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        sock.bind(path)
        env = dict(os.environ, NOTIFY_SOCKET=path, WATCHDOG_USEC="1000000", QT_QPA_PLATFORM="offscreen")
        data = os.path.join(tmp, "data")
        proc = subprocess.Popen([app, "--data-dir", data], env=env)
        try:
            ready = [m for m in collect(sock, 20) if "READY=1" in m]
            if not ready:
                failures.append("no READY=1 within 20 s")
            pings = [m for m in collect(sock, 3) if m == "WATCHDOG=1"]
            print(f"running: {len(pings)} WATCHDOG=1 in 3 s")
            if len(pings) < 4:
                failures.append(f"{len(pings)} WATCHDOG=1 in 3 s, expected about 6")
            proc.send_signal(signal.SIGSTOP)
            collect(sock, 0.2)  # a ping already in flight
            frozen = [m for m in collect(sock, 3) if m == "WATCHDOG=1"]
            print(f"frozen (SIGSTOP): {len(frozen)} WATCHDOG=1 in 3 s")
            if frozen:
                failures.append(f"{len(frozen)} WATCHDOG=1 while frozen")
            proc.send_signal(signal.SIGCONT)
            resumed = [m for m in collect(sock, 2) if m == "WATCHDOG=1"]
            print(f"after SIGCONT: {len(resumed)} WATCHDOG=1 in 2 s")
            if not resumed:
                failures.append("no WATCHDOG=1 after SIGCONT")
            proc.send_signal(signal.SIGTERM)
            stopping = [m for m in collect(sock, 5) if "STOPPING=1" in m]
            code = proc.wait(timeout=20)
            if not stopping:
                failures.append("no STOPPING=1 after SIGTERM")
            if code != 0:
                failures.append(f"exit {code} after SIGTERM, expected 0")
            if os.path.exists(os.path.join(data, "journal.db-wal")):
                failures.append("journal.db-wal left behind: the journal was not closed")
            if not os.path.exists(os.path.join(data, "journal.db")):
                failures.append("no journal.db in the data directory")
        finally:
            if proc.poll() is None:
                proc.kill()
    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
