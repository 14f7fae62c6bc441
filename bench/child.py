"""Run one command and write its wall seconds and peak RSS into a file: a fresh process per run.

    python -I -S bench/child.py RESULT_FILE COMMAND ARGS…

Why a wrapper: the peak RSS the kernel reports for a child includes the memory of the process it
was forked from, up to its exec. Forked from the bench (which holds a whole consortium in memory)
every child would report the bench's size; forked from this small process (no site, stdlib only)
it reports its own. ``getrusage(RUSAGE_CHILDREN)`` here then covers exactly the one command.
"""

import resource
import subprocess
import sys
import time


def main() -> None:
    """Run the command; write "seconds peak_rss_kib"; exit with the command's status."""
    result, *command = sys.argv[1:]
    start = time.perf_counter()
    status = subprocess.call(command, stdout=subprocess.DEVNULL)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
    with open(result, "w", encoding="utf-8") as stream:
        stream.write(f"{seconds} {peak}\n")
    sys.exit(status)


main()
