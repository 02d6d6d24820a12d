"""One HTTPConnection shared by two threads: it carries one request at a time."""

import http.client
import threading
import time

from keepalive_server import serve


def get(name, connection, path):
    try:
        connection.request("GET", path)
        answer = connection.getresponse().read().decode()
        print(f"{name}: {answer}")
    except http.client.HTTPException as error:
        print(f"{name}: {type(error).__name__}: {error}")


with serve() as server:
    shared = http.client.HTTPConnection("127.0.0.1", server.server_port, timeout=5)
    a = threading.Thread(target=get, args=("thread-a", shared, "/slow"))
    b = threading.Thread(target=get, args=("thread-b", shared, "/fast"))
    a.start()
    time.sleep(0.1)  # thread-a's request is under way: /slow takes 0.3 s
    b.start()
    a.join()
    b.join()
    shared.close()
