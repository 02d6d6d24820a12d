"""`if tasks: tasks.pop()` is two steps: another thread can empty the list between."""

import threading

both_checked = threading.Barrier(2)  # makes the unlucky timing happen on every run
tasks_lock = threading.Lock()
outcomes = []


def take_task_unsafely(tasks):
    if tasks:  # 1. check: a task is there...
        both_checked.wait()  # (as if the other thread ran right now)
        try:
            outcomes.append(f"took {tasks.pop()!r}")  # 2. ...act: but is it still?
        except IndexError as error:
            outcomes.append(f"IndexError: {error}")


def take_task_safely(tasks):
    both_checked.wait()  # both threads arrive together here too
    with tasks_lock:  # the check and the pop form one step
        if tasks:
            outcomes.append(f"took {tasks.pop()!r}")
        else:
            outcomes.append("found no task")


for take_task in [take_task_unsafely, take_task_safely]:
    tasks = ["send report"]
    outcomes.clear()
    threads = [threading.Thread(target=take_task, args=(tasks,)) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(f"{take_task.__name__}: {sorted(outcomes)}")
