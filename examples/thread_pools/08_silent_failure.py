"""An exception in a task nobody asks about is never reported anywhere."""

from concurrent.futures import ThreadPoolExecutor


def save(report):
    if report == "q3":
        raise OSError(f"disk full while saving {report}")
    return report


with ThreadPoolExecutor(max_workers=2) as pool:
    for report in ["q1", "q2", "q3"]:
        pool.submit(save, report)  # the future is thrown away
print("fire and forget: no error, no traceback, exit status 0")

with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(save, report) for report in ["q1", "q2", "q3"]]
for future in futures:  # always collect: result() re-raises the task's error
    try:
        print("saved", future.result())
    except OSError as error:
        print("failed:", error)
