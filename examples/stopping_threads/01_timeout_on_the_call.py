"""A blocking call with a timeout: between two timeouts, the thread checks stop."""

import socket
import threading

stop = threading.Event()
server, client = socket.socketpair()  # client waits for data that never comes


def listen(sock):
    sock.settimeout(0.1)  # recv() gives up after 0.1 s ...
    while not stop.is_set():  # ... so the stop flag is checked at least that often
        try:
            data = sock.recv(1024)
        except TimeoutError:
            continue
        print("worker: received", data)
    print("worker: stop requested, leaving")


worker = threading.Thread(target=listen, args=(client,))
worker.start()
stop.wait(0.3)  # the main thread does other things meanwhile
stop.set()
worker.join(timeout=2)
print("main: worker still running:", worker.is_alive())
server.close()
client.close()
