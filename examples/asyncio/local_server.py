"""A local HTTP server for the examples: every answer takes DELAY seconds."""

import contextlib
import os
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

DELAY = 0.2  # seconds before each answer: stands in for network latency

# urlopen() obeys http_proxy: make it talk to 127.0.0.1 directly, always.
os.environ["no_proxy"] = "127.0.0.1"


class LocalServer(ThreadingHTTPServer):
    """Answers GET requests with app(path) -> (status, content type, body)."""

    daemon_threads = False  # server_close() then waits for every request thread
    request_queue_size = 64  # connections waiting to be accepted (default 5)

    def __init__(self, app, delay):
        super().__init__(("127.0.0.1", 0), Handler)  # port 0: any free port
        self.app, self.delay = app, delay
        self.url = f"http://127.0.0.1:{self.server_port}"
        self.lock = threading.Lock()
        self.in_flight = self.peak = 0  # requests being answered now, and at most


class Handler(BaseHTTPRequestHandler):  # one thread per request
    def do_GET(self):
        server = self.server
        with server.lock:
            server.in_flight += 1
            server.peak = max(server.peak, server.in_flight)
        try:
            time.sleep(server.delay)
            status, content_type, body = server.app(self.path)
        finally:
            with server.lock:
                server.in_flight -= 1
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except ConnectionError:
            pass  # the client stopped waiting (a timeout) and hung up

    def log_message(self, format, *args):
        pass  # no log line on stderr for each request


@contextlib.contextmanager
def serve(app, delay=DELAY):
    """Run a LocalServer in a thread; stop it and close its socket at the end."""
    server = LocalServer(app, delay)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,))
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()  # serve_forever() returns within 0.05 s ...
        server.server_close()  # ... then close the socket and join request threads
        thread.join()


if __name__ == "__main__":

    def hello(path):
        return 200, "text/plain", f"hello from {path}".encode()

    with (
        serve(hello) as server,
        urllib.request.urlopen(server.url + "/demo", timeout=5) as response,
    ):
        print(response.status, response.read().decode())
    print("threads left:", [thread.name for thread in threading.enumerate()])
