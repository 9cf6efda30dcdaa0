#!/usr/bin/env python3
"""Serves a static folder on localhost with the right MIME types (application/wasm) and no caching.

Usage: serve.py DIR PORT [--csp]. With --csp every response carries the strict Content-Security-Policy
the README recommends, so tests can prove the app runs under it.
"""
import functools
import http.server
import sys


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
    }

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        if self.csp:
            self.send_header("Content-Security-Policy", STRICT_CSP)
        super().end_headers()

    def log_message(self, format, *args):  # quiet: tests and benchmarks read stdout
        pass


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    root = args[0] if args else "dist"
    port = int(args[1]) if len(args) > 1 else 8080
    Handler.csp = "--csp" in sys.argv[1:]
    handler = functools.partial(Handler, directory=root)
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        server.serve_forever()


if __name__ == "__main__":
    main()
