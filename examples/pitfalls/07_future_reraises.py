"""A future carries the exception back: result() raises it in the caller."""

from concurrent.futures import ThreadPoolExecutor


def parse_port(text):
    return int(text)


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = {text: pool.submit(parse_port, text) for text in ["8080", "eighty"]}

for text, future in futures.items():
    try:
        print(f"{text!r} -> {future.result()}")
    except ValueError as error:
        print(f"{text!r} failed in the pool, caught in main: {error}")
