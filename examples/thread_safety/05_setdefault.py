"""`if key not in d: d[key] = v` can store two values; `d.setdefault` stores one."""

import threading

both_checked = threading.Barrier(2)  # makes the unlucky timing happen on every run
sessions = {}
used = []  # the session each thread goes on to use


def open_session_unsafely(user):
    if user not in sessions:  # 1. check: no session yet...
        both_checked.wait()  # (as if the other thread ran right now)
        session = {"user": user}
        sessions[user] = session  # 2. ...act: the second thread overwrites the first
        used.append(session)
    else:
        used.append(sessions[user])


def open_session_safely(user):
    both_checked.wait()  # both threads arrive together here too
    used.append(sessions.setdefault(user, {"user": user}))  # one operation


for open_session in [open_session_unsafely, open_session_safely]:
    sessions.clear()
    used.clear()
    threads = [threading.Thread(target=open_session, args=("ada",)) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    in_use = len({id(session) for session in used})
    print(f"{open_session.__name__}: sessions in use {in_use}, stored {len(sessions)}")
