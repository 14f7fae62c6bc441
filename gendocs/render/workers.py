"""Render a build's documents on several cores: forked workers, each taking the next document.

Rendering is most of a forced build once the content is computed, and each document renders
alone from the same computed content and facts. After the compute stage, :func:`render_all`
forks ``jobs - 1`` workers (``multiprocessing``'s ``fork`` context: the children start with the
parent's loaded content, facts and imported modules, nothing is pickled on the way in); the
parent is the last worker. Each takes the next document not yet taken (a shared counter, so a
large document does not hold up a fixed share), renders it, and a child sends back, when it runs
out of documents, what the parent needs: each document's result (its bytes and the tracked
reads the manifest records) and the charts it drew or used. The parent writes nothing before
every document is rendered, as before.

Why fork after compute rather than start workers earlier: the content is loaded, validated and
computed once, by the parent; a worker started earlier would either wait for it (and hold
memory meanwhile) or compute it again (twice the CPU on a two-core machine). A fork costs a few
milliseconds (the pages are shared until written).

Errors are the serial build's: after a failure no worker takes another document; the documents
before the first failed one are all rendered (the counter hands them out in order), and the
parent then renders the failed document itself, which raises the very exception a serial build
raises, located the same way (a worker sends no exception back: nothing to pickle, nothing to
translate). Any document a worker did not deliver (it died) is rendered by the parent too.
Where ``fork`` is not available (Windows, macOS' default is spawn and forking is unsafe there
with system frameworks loaded), and with ``jobs`` 1, everything is rendered in the parent.

A worker never outlives its build (:func:`forked`, the first thing a child does). A forked child
inherits every descriptor of the parent: the output folder's lock (``flock``), the caller's
stdout and stderr, and the read end of its own result pipe and of the workers forked before it.
So when the parent was killed mid-render (SIGKILL, or SIGTERM without a handler), a worker kept
rendering, and its result — larger than a pipe's 64 KiB buffer — blocked for ever in ``write``,
since the read end was still open, in the worker itself: the orphan then held the lock (the next
build waited :data:`gendocs.write.lock.TIMEOUT`) and the caller's pipes (whoever read them to the
end waited for ever; tests/write/test_kill.py hung). Now a child closes the read ends it inherited
(a dead parent makes its ``send`` fail at once), drops its copy of the lock's descriptor (the
parent's hold is unchanged: an ``flock`` lasts while any descriptor of it is open), asks Linux to
kill it when the parent dies (``PR_SET_PDEATHSIG``), and elsewhere stops taking documents once
its parent is gone. A parent leaving :func:`render_all` by an exception terminates its workers.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from gendocs.render.charts import ChartCache

T = TypeVar("T")


def available_jobs() -> int:
    """The cores this process may run on: the default number of workers."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def can_fork() -> bool:
    """Whether workers can be forked here (Linux and the BSDs; not Windows, not macOS)."""
    return sys.platform != "darwin" and "fork" in multiprocessing.get_all_start_methods()


@dataclass
class _Share(Generic[T]):
    """What one worker rendered: results by document index, the first failure, the charts."""

    results: dict[int, T] = field(default_factory=dict)
    failed: int | None = None
    used: set[str] = field(default_factory=set)  # chart keys asked for
    drawn: dict[str, bytes] = field(default_factory=dict)  # charts drawn (not in the cache)


def render_all(
    count: int,
    render: Callable[[int], T],
    charts: ChartCache,
    jobs: int = 1,
    progress: Callable[[int], None] = lambda _: None,
) -> list[T]:
    """``[render(0), …, render(count - 1)]``, on up to ``jobs`` processes.

    ``render`` runs with ``charts`` as the chart cache (the caller holds
    :func:`gendocs.render.charts.cached_charts`); the charts a worker used and drew are added to
    it. ``progress(i)`` is called in the parent for each document, in order, as it is done.
    The first document (in order) that fails raises its own exception, from the parent.
    """
    workers = min(jobs, count) - 1 if can_fork() else 0
    if workers <= 0:
        serial = []
        for index in range(count):
            progress(index)
            serial.append(render(index))
        return serial
    context = multiprocessing.get_context("fork")
    following = context.Value("l", 0)  # the next document to take
    stop = context.Value("b", 0)  # set by the first failure: take no more
    children: list[tuple[Any, Any]] = []
    sys.stdout.flush()
    sys.stderr.flush()
    parent = os.getpid()
    errors: dict[int, BaseException] = {}
    try:
        for _ in range(workers):
            receiving, sending = context.Pipe(duplex=False)
            inherited = [receiving, *(r for _, r in children)]  # read ends the child closes
            child = context.Process(
                target=_child,
                args=(parent, inherited, sending, count, render, charts, following, stop),
                daemon=True,
            )
            child.start()
            sending.close()
            children.append((child, receiving))
        shares = [_work(count, render, charts, following, stop, errors)]
        for child, receiving in children:
            try:
                shares.append(receiving.recv())
            except (EOFError, OSError):  # the worker died: the parent renders what it took
                pass
            receiving.close()
            child.join()
    finally:  # interrupted (Ctrl-C, an error): no worker is left running
        for child, receiving in children:
            receiving.close()
            if child.is_alive():
                child.terminate()
                child.join()
    results: dict[int, T] = {}
    for share in shares[1:]:
        results.update(share.results)
        charts.used |= share.used
        for key, png in share.drawn.items():
            if key not in charts.pngs:
                charts.pngs[key] = png
                charts.drawn += 1
    results.update(shares[0].results)
    done = []
    for index in range(count):
        if index in errors:
            raise errors[index]
        if index not in results:  # failed in a worker, or not delivered: as a serial build
            results[index] = render(index)
        progress(index)
        done.append(results[index])
    return done


def _work(
    count: int,
    render: Callable[[int], T],
    charts: ChartCache,
    following: Any,
    stop: Any,
    errors: dict[int, BaseException] | None = None,
) -> _Share[T]:
    """Take documents until none is left or one failed anywhere; ``errors`` keeps the failure
    (in the parent, which raises it as it is; a child only says which document failed)."""
    share: _Share[T] = _Share()
    known = set(charts.pngs)
    parent = os.getppid() if errors is None else None  # a child's parent (None: the parent)
    while True:
        with following.get_lock():
            index = following.value
            following.value += 1
        if index >= count or stop.value or (parent is not None and os.getppid() != parent):
            break
        try:
            share.results[index] = render(index)
        except BaseException as err:  # noqa: BLE001 - re-raised by the parent, in document order
            stop.value = 1
            share.failed = index
            if errors is not None:
                errors[index] = err
            break
    share.used = set(charts.used)
    share.drawn = {k: v for k, v in charts.pngs.items() if k not in known}
    return share


def _child(
    parent: int,
    inherited: list[Any],
    sending: Any,
    count: int,
    render: Callable[[int], T],
    charts: ChartCache,
    following: Any,
    stop: Any,
) -> None:
    """A forked worker: render its share, send it, and leave without running the parent's exit
    handlers or flushing the parent's buffered output a second time."""
    code = 0
    try:
        forked(parent, inherited)
        sending.send(_work(count, render, charts, following, stop))
        sending.close()
    except BaseException:  # noqa: BLE001 - the parent renders what this worker did not send
        code = 1
    finally:
        os._exit(code)


_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def forked(parent: int, inherited: Iterable[Any] = ()) -> None:
    """What a child forked by gendocs does first, so that it never outlives the build that
    forked it nor holds what that build holds (see the module's notes): close the ``inherited``
    connections (read ends of result pipes), drop its copy of the output lock's descriptor, and
    on Linux die with the parent (``PR_SET_PDEATHSIG``; ``parent`` is the parent's pid, to catch
    a parent that died before the request was made)."""
    from gendocs.write.lock import drop_inherited_locks

    for connection in inherited:
        connection.close()
    drop_inherited_locks()
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # no prctl: the child stops after its document
            pass
    if os.getppid() != parent:  # the parent is already gone
        os._exit(1)
