"""Exercise: run jobs in a pool and report every success and every failure."""

from concurrent.futures import ThreadPoolExecutor


def fetch(name):
    if name.endswith(".tmp"):
        raise FileNotFoundError(f"{name} has been deleted")
    return len(name)


names = ["index.html", "cache.tmp", "style.css", "old.tmp", "app.js"]
with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(fetch, name) for name in names]

failed = 0
for name, future in zip(names, futures, strict=True):
    error = future.exception()  # None if the job returned normally
    if error is None:
        print(f"{name}: ok, {future.result()}")
    else:
        failed += 1
        print(f"{name}: failed, {type(error).__name__}: {error}")
print(f"summary: {len(names) - failed} ok, {failed} failed")
