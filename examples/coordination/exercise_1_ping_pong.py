"""Exercise: two threads take turns, guided by one Condition and a turn variable."""

import threading

turn_changed = threading.Condition()
turn = "ping"


def take_turn(me, other):
    global turn
    with turn_changed:
        turn_changed.wait_for(lambda: turn == me)
        print(me)
        turn = other
        turn_changed.notify()  # only the other player can be waiting


def player(me, other, rounds):
    for _ in range(rounds):
        take_turn(me, other)


players = [
    threading.Thread(target=player, args=("ping", "pong", 3)),
    threading.Thread(target=player, args=("pong", "ping", 3)),
]
for p in players:
    p.start()
for p in players:
    p.join()
