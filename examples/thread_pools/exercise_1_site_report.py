"""Exercise: check several sites at once; report every success and every failure."""

import time
from concurrent.futures import ThreadPoolExecutor, as_completed

DELAYS = {"docs.example": 0.2, "api.example": 0.1, "old.test": 0.15, "www.example": 0.3}


def check(site):
    time.sleep(DELAYS[site])  # stands in for a request
    if site.endswith(".test"):
        raise ConnectionError(f"cannot reach {site}")
    return site


up, down = [], []
with ThreadPoolExecutor(max_workers=len(DELAYS)) as pool:
    futures = {pool.submit(check, site): site for site in DELAYS}
    for future in as_completed(futures):
        try:
            up.append(future.result())
        except ConnectionError as error:
            down.append(f"{futures[future]}: {error!r}")
print("up:", sorted(up))
print("down:", sorted(down))
