"""Runs a program on a pseudo-terminal and answers its prompts, for end-to-end prompt tests.

Input (argv[1], JSON): {"argv": [...], "cwd": ..., "env": {...},
                        "steps": [{"expect": "text", "send": "keys"}, ...], "timeout": seconds}
Output (stdout, JSON): {"code": exit code, "output": everything shown, "failed_step": index|null}
"""
import fcntl
import json
import os
import pty
import re
import select
import struct
import sys
import termios
import time

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]|\x1b[=>]")


def main():
    job = json.loads(sys.argv[1])
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(job["cwd"])
        os.execve(job["argv"][0], job["argv"], job["env"])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))

    shown = b""
    deadline = time.time() + job.get("timeout", 20)

    def pump(wait):
        nonlocal shown
        ready, _, _ = select.select([fd], [], [], wait)
        if not ready:
            return True
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            return False
        if not chunk:
            return False
        shown += chunk
        return True

    failed = None
    seen_upto = 0
    for index, step in enumerate(job["steps"]):
        while True:
            text = ANSI.sub("", shown.decode("utf8", "replace"))
            found = text.find(step["expect"], seen_upto)
            if found >= 0:
                seen_upto = found + len(step["expect"])
                break
            if time.time() > deadline or not pump(0.1):
                failed = index
                break
        if failed is not None:
            break
        time.sleep(0.05)
        os.write(fd, step["send"].encode("utf8"))

    while time.time() < deadline and pump(0.2):
        pass
    if failed is not None or time.time() >= deadline:
        os.kill(pid, 9)
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    output = ANSI.sub("", shown.decode("utf8", "replace"))
    print(json.dumps({"code": code, "output": output, "failed_step": failed}))


main()
