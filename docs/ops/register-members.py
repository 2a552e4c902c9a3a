#!/usr/bin/env python3
"""Members register for one event through the real UI (Vaadin's UIDL protocol over HTTP), several at
a time, as on the morning a popular event opens; used by docs/ops/kill-node-drill.sh and for the
one-node-against-two figures (docs/ops/README.md). Python 3 standard library only.

Each member: POST /login, GET the event page, v-r=init, ui-navigate, click the button with id
event-register-in-person. A member whose node died in between logs in again (on the other node)
and tries again, as a person would. Prints one line per member and a summary as JSON.

  register-members.py --base http://127.0.0.1:8080 --event 12 --password PW \
      --emails drill.0@example.org,... --threads 8
"""
import argparse
import http.cookiejar
import json
import re
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

BUTTON_ID = "event-register-in-person"


class Refused(Exception):
    pass


class Browser:
    def __init__(self, base):
        self.base = base.rstrip("/")
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.cookies), NoRedirect())

    def node(self):
        for cookie in self.cookies:
            if cookie.name == "JSESSIONID":
                return cookie.value.rsplit(".", 1)[-1] if "." in cookie.value else "?"
        return "-"

    def request(self, path, data=None, headers=None):
        request = urllib.request.Request(self.base + path, data=data, headers=headers or {})
        try:
            with self.opener.open(request, timeout=30) as response:
                self.location = response.headers.get("Location", "")
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as e:
            self.location = e.headers.get("Location", "")
            return e.code, e.read().decode("utf-8", "replace")

    def login(self, email, password):
        form = urllib.parse.urlencode({"username": email, "password": password}).encode()
        status, _ = self.request("/login", form, {"Content-Type": "application/x-www-form-urlencoded"})
        if status != 302 or "error" in self.location or "/login" in self.location:
            raise Refused("login answered %s %s" % (status, self.location))

    def open(self, route):
        status, _ = self.request("/" + route)
        if status != 200:
            raise Refused("page answered %s" % status)
        status, body = self.request("/?v-r=init&location=%s&query=" % urllib.parse.quote(route))
        init = json.loads(strip(body))
        config = init["appConfig"]
        self.ui = config["v-uiId"]
        uidl = config["uidl"]
        self.csrf = uidl["Vaadin-Security-Key"]
        self.sync = uidl.get("syncId", 0)
        self.client = uidl.get("clientId", 0)
        return self.rpc({"type": "event", "node": 1, "event": "ui-navigate",
                         "data": {"route": route, "query": "", "appShellTitle": "",
                                  "historyState": {"idx": 0}, "trigger": ""}})

    def rpc(self, *calls):
        body = json.dumps({"csrfToken": self.csrf, "rpc": list(calls),
                           "syncId": self.sync, "clientId": self.client}).encode()
        status, text = self.request("/?v-r=uidl&v-uiId=%s" % self.ui, body,
                                    {"Content-Type": "application/json; charset=UTF-8"})
        if status != 200:
            raise Refused("uidl answered %s" % status)
        answer = json.loads(strip(text))
        if isinstance(answer, list):
            answer = answer[0]
        meta = answer.get("meta", {})
        if "appError" in meta or meta.get("sessionExpired"):
            raise Refused("vaadin: %s" % json.dumps(meta)[:200])
        self.sync = answer.get("syncId", self.sync)
        self.client = answer.get("clientId", self.client)
        return answer

    def click(self, node):
        return self.rpc({"type": "event", "node": node, "event": "click",
                         "data": {"event.shiftKey": False, "event.metaKey": False, "event.detail": 1,
                                  "event.ctrlKey": False, "event.clientX": 10, "event.clientY": 10,
                                  "event.altKey": False, "event.button": 0,
                                  "event.screenY": 10, "event.screenX": 10}})


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None

    def http_error_302(self, request, response, code, message, headers):
        return response


def strip(text):
    return re.sub(r"^for\(;;\);", "", text.strip())


def node_with_id(answer, element_id):
    for change in answer.get("changes", []):
        if change.get("key") == "id" and change.get("value") == element_id:
            return change["node"]
    return None


def register(base, email, password, event, log):
    """Registers one member; returns (status, attempts, nodes seen)."""
    nodes = []
    for attempt in range(1, 6):
        browser = Browser(base)
        started = time.monotonic()
        try:
            browser.login(email, password)
            nodes.append(browser.node())
            page = browser.open("veranstaltungen/%d" % event)
            button = node_with_id(page, BUTTON_ID)
            if button is None:
                return "already-registered-or-closed", attempt, nodes, time.monotonic() - started
            browser.click(button)
            return "clicked", attempt, nodes, time.monotonic() - started
        except (Refused, OSError, ValueError, KeyError) as problem:
            log("%s attempt %d on %s failed: %s" % (email, attempt, browser.node(), problem))
            time.sleep(1)
    return "failed", 5, nodes, 0.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="http://127.0.0.1:8080")
    parser.add_argument("--event", type=int, required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--emails", required=True, help="comma-separated, or @file with one a line")
    parser.add_argument("--threads", type=int, default=8)
    args = parser.parse_args()
    emails = (open(args.emails[1:]).read().split() if args.emails.startswith("@")
              else args.emails.split(","))
    lock = threading.Lock()
    results = []

    def log(line):
        with lock:
            print(line, file=sys.stderr, flush=True)

    pending = list(enumerate(emails))

    def worker():
        while True:
            with lock:
                if not pending:
                    return
                _, email = pending.pop(0)
            outcome = register(args.base, email, args.password, args.event, log)
            with lock:
                results.append((email,) + outcome)
                print("%s %s attempts=%d nodes=%s %.0f ms" % (email, outcome[0], outcome[1],
                      ",".join(outcome[2]), outcome[3] * 1000), flush=True)

    started = time.monotonic()
    threads = [threading.Thread(target=worker) for _ in range(args.threads)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    times = sorted(r[4] * 1000 for r in results if r[1] == "clicked")
    summary = {
        "members": len(emails),
        "clicked": sum(1 for r in results if r[1] == "clicked"),
        "failed": sum(1 for r in results if r[1] == "failed"),
        "retried": sum(1 for r in results if r[2] > 1),
        "seconds": round(elapsed, 1),
        "journeys_per_second": round(len(results) / elapsed, 2),
        "p50_ms": round(times[len(times) // 2]) if times else None,
        "p95_ms": round(times[int(len(times) * 0.95) - 1]) if times else None,
        "by_first_node": {n: sum(1 for r in results if r[3] and r[3][0] == n)
                          for n in sorted({r[3][0] for r in results if r[3]})},
    }
    print(json.dumps(summary), flush=True)


if __name__ == "__main__":
    main()
