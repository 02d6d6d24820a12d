"""Exercise: eight buyers, fifty tickets, and not one ticket sold twice."""

import threading
import time

BUYERS = 8
TICKETS_WANTED = 10  # by each buyer: 80 wanted, only 50 exist
tickets_left = 50
tickets_lock = threading.Lock()
sold = []  # one entry per buyer: how many tickets it got


def buy_tickets():
    global tickets_left
    bought = 0
    for _ in range(TICKETS_WANTED):
        with tickets_lock:  # the check and the sale are one step
            if tickets_left == 0:
                break
            time.sleep(0)  # take the payment
            tickets_left -= 1
        bought += 1
    sold.append(bought)


buyers = [threading.Thread(target=buy_tickets) for _ in range(BUYERS)]
for buyer in buyers:
    buyer.start()
for buyer in buyers:
    buyer.join()
print("tickets sold:", sum(sold))
print("tickets left:", tickets_left)
