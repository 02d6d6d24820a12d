"""A thread blocked in recv() with no timeout: shut the socket down from outside."""

import socket
import threading

server, client = socket.socketpair()


def listen(sock):
    while data := sock.recv(1024):  # blocks: no timeout, no stop flag
        print("worker: received", data)
    print("worker: recv() returned b'', the connection is shut down")


worker = threading.Thread(target=listen, args=(client,))
worker.start()
server.sendall(b"hello")
worker.join(timeout=0.3)
print("main: still blocked after 0.3 s:", worker.is_alive())
client.shutdown(socket.SHUT_RDWR)  # wakes the blocked recv(); close() alone may not
worker.join(timeout=2)
print("main: worker still running:", worker.is_alive())
client.close()
server.close()
