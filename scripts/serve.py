#!/usr/bin/env python3
"""Serves a static folder on localhost with the right MIME types (application/wasm), the build's
precompressed .br/.gz copies where the browser accepts them, and no caching.

Usage: serve.py DIR PORT [--csp] [--examples PORT2]. With --csp every response carries the strict
Content-Security-Policy the README recommends, so tests can prove the app runs under it. With
--examples, a second server on PORT2 serves the repository root, so that the demo pages in examples/
(a portal and an LMS) run on another origin than the app, as they would in real life.
"""
import functools
import http.server
import os
import sys
import threading
from pathlib import Path


# The recommended policy (README, "Content-Security-Policy"): wasm needs 'wasm-unsafe-eval', nothing else is loosened.
STRICT_CSP = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
    "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'self'"
)


class Handler(http.server.SimpleHTTPRequestHandler):
    csp = False

    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".svg": "image/svg+xml",
        ".css": "text/css",
        ".txt": "text/plain; charset=utf-8",
    }

    def send_head(self):
        # The build's precompressed copies (x.br, x.gz beside x), as a static host serves them.
        path = self.translate_path(self.path)
        if os.path.isdir(path) and self.path.split("?")[0].endswith("/"):
            # A folder's index.html, compressed like any other file.
            path = os.path.join(path, "index.html")
        accepted = self.headers.get("Accept-Encoding", "")
        for encoding, suffix in (("br", ".br"), ("gzip", ".gz")):
            if encoding in accepted and os.path.isfile(path + suffix):
                try:
                    body = open(path + suffix, "rb")
                except OSError:
                    break
                self.send_response(200)
                self.send_header("Content-Type", self.guess_type(path))
                self.send_header("Content-Encoding", encoding)
                self.send_header("Content-Length", str(os.fstat(body.fileno()).st_size))
                self.send_header("Vary", "Accept-Encoding")
                self.end_headers()
                return body
        return super().send_head()

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        if self.csp:
            self.send_header("Content-Security-Policy", STRICT_CSP)
        super().end_headers()

    def log_message(self, format, *args):  # quiet: tests and benchmarks read stdout
        pass


def main():
    argv = sys.argv[1:]
    examples_port = None
    if "--examples" in argv:
        at = argv.index("--examples")
        examples_port = int(argv[at + 1])
        del argv[at : at + 2]
    args = [a for a in argv if not a.startswith("--")]
    root = args[0] if args else "dist"
    port = int(args[1]) if len(args) > 1 else 8080
    Handler.csp = "--csp" in argv
    if examples_port is not None:
        repo = Path(__file__).resolve().parent.parent
        examples = http.server.ThreadingHTTPServer(
            ("127.0.0.1", examples_port), functools.partial(Handler, directory=str(repo))
        )
        threading.Thread(target=examples.serve_forever, daemon=True).start()
    handler = functools.partial(Handler, directory=root)
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        server.serve_forever()


if __name__ == "__main__":
    main()
