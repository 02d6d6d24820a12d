"""LifoQueue hands out the newest item first, so the worker explores depth-first."""

import queue
import threading

TREE = {
    "/": ["docs", "src"],
    "docs": ["intro.md", "api.md"],
    "src": ["main.py"],
}


def explore(todo, visited):
    while True:
        node = todo.get()
        try:
            visited.append(node)
            for child in TREE.get(node, []):
                todo.put(child)  # before task_done(), so join() keeps waiting
        except Exception as error:  # a bad node must not end the worker
            visited.append(f"{node} failed: {error!r}")
        finally:
            todo.task_done()


for queue_class in (queue.LifoQueue, queue.Queue):
    todo, visited = queue_class(), []
    todo.put("/")
    threading.Thread(target=explore, args=(todo, visited), daemon=True).start()
    todo.join()
    print(f"{queue_class.__name__}:", " ".join(visited))
