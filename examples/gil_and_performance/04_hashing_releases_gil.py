"""hashlib releases the GIL on large buffers, so hashing threads run in parallel."""

import hashlib
import threading
import time

DATA = bytes(16 * 1024 * 1024)  # 16 MiB of zeros


def hash_data():
    for _ in range(3):
        hashlib.sha256(DATA).digest()


def count_down():
    n = 1_500_000
    while n > 0:
        n -= 1


def cores_used(work):
    """Run work in two threads, three times; return the most cores one run used."""
    most = 0.0
    for _ in range(3):
        threads = [threading.Thread(target=work) for _ in range(2)]
        wall, cpu = time.perf_counter(), time.process_time()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        cores = (time.process_time() - cpu) / (time.perf_counter() - wall)
        most = max(most, cores)
    return most


hashing = cores_used(hash_data)
python_loop = cores_used(count_down)
print(f"hashing cores: {hashing:.2f}")
print(f"python cores: {python_loop:.2f}")
print(f"ratio: {hashing / python_loop:.2f}")
