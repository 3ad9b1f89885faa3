"""Child processes that die with their parent, however the parent dies (SIGKILL included).

Linux's ``PR_SET_PDEATHSIG`` asks the kernel to send SIGKILL to the calling process when its
parent ends; the check after it closes the race where the parent died first. Elsewhere (no
prctl) this does nothing.
"""
from __future__ import annotations

import ctypes
import os
import signal

PR_SET_PDEATHSIG = 1


def die_with_parent(parent_pid: int) -> None:
    """Call first thing in a child process; ``parent_pid`` is the parent's pid as it spawned us."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent_pid:  # the parent died before the line above
        os._exit(1)
