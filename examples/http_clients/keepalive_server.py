"""A local HTTP/1.1 server that keeps connections open and counts them."""

import contextlib
import http.client
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SLOW = 0.3  # seconds before the answer to /slow


class KeepAliveServer(ThreadingHTTPServer):
    daemon_threads = False  # server_close() waits for every connection's thread
    request_queue_size = 64

    def __init__(self, delay):
        super().__init__(("127.0.0.1", 0), Handler)  # port 0: any free port
        self.delay = delay
        self.lock = threading.Lock()
        self.connections = self.requests = 0


class Handler(BaseHTTPRequestHandler):  # one thread per connection, not per request
    protocol_version = "HTTP/1.1"  # keep the connection open between requests

    def setup(self):
        super().setup()
        with self.server.lock:
            self.server.connections += 1

    def do_GET(self):
        with self.server.lock:
            self.server.requests += 1
        time.sleep(SLOW if self.path == "/slow" else self.server.delay)
        body = f"answer to {self.path}".encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass


@contextlib.contextmanager
def serve(delay=0.05):
    """Run the server in a thread; /slow answers after SLOW, the rest after delay."""
    server = KeepAliveServer(delay)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,))
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()  # waits until the clients have closed their connections
        thread.join()


if __name__ == "__main__":
    with serve() as server:
        connection = http.client.HTTPConnection(
            "127.0.0.1", server.server_port, timeout=5
        )
        for path in ["/a", "/b", "/c"]:
            connection.request("GET", path)
            print(connection.getresponse().read().decode())
        connection.close()
    print(f"{server.requests} requests over {server.connections} connection")
