"""Polite threads that back off in step: a livelock, and one lock order to end it."""

import threading


def polite_transfers(orders, rounds=5):
    """Each thread tries its two locks without waiting, and backs off if it fails.

    A barrier keeps the threads in step, round after round: the unlucky timing,
    made certain. Returns (transfers done, rounds used).
    """
    in_step = threading.Barrier(len(orders))
    done = [False] * len(orders)
    rounds_used = 0

    def worker(index, first, second):
        nonlocal rounds_used
        for round_number in range(1, rounds + 1):
            got_first = not done[index] and first.acquire(blocking=False)
            in_step.wait()  # every thread has tried its first lock
            got_second = got_first and second.acquire(blocking=False)
            in_step.wait()  # every thread has tried its second lock
            if got_second:
                done[index] = True  # the transfer, under both locks
                second.release()
            if got_first:
                first.release()  # back off politely, to try again
            in_step.wait()  # every thread has backed off or finished
            if all(done):
                rounds_used = round_number
                return
        rounds_used = rounds

    threads = [
        threading.Thread(target=worker, args=(index, *locks))
        for index, locks in enumerate(orders)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(done), rounds_used


a, b = threading.Lock(), threading.Lock()
done, rounds = polite_transfers([(a, b), (b, a)])
print(f"opposite lock orders: {done} of 2 transfers after {rounds} rounds")
done, rounds = polite_transfers([(a, b), (a, b)])
print(f"one lock order: {done} of 2 transfers after {rounds} rounds")
