"""Record which content values a document reads while its context is built and rendered.

Why a tracking proxy rather than declaring per document type the keys it reads: document types
are written by several people and call shared helpers (``compute/``, ``content.member(id)``); a
declared list goes stale silently, and a stale list means a document that is *not* rebuilt after
a change it depends on — the one failure an incremental build must not have. The proxy sees
every read, including reads made by the template itself (``{{ consortium.name }}``), because the
proxied objects travel into the Jinja context. Its cost is a Python attribute hook per read
(milliseconds per document).

The proxy answers ``isinstance``, ``==``, ``hash``, ``dataclasses.fields`` and methods/properties
as the real object would; methods and properties run against the proxy so their reads count.
Scalars, and tuples of scalars, are returned as the real values (recorded whole); tuples of
content objects are real tuples of proxies (their length is recorded, each item's fields when read).

The facts the compute stage worked out (``gendocs.compute.Facts``) are tracked the same way but
whole: :func:`track_facts` records each fact a document reads (``costs``, ``amendments``; one
entry of a fact that is a mapping, ``legal["bylaws.agreement"]``) with a fingerprint of its
value, so a document is rebuilt when a fact it read changes even though the computation itself
read the content untracked.
"""

from __future__ import annotations

import dataclasses
import hashlib
import inspect
import types
import weakref
from collections.abc import Callable, Iterator, Mapping
from typing import Any, TypeVar, cast

from gendocs.load import KeyPath, format_path
from gendocs.model.base import YearMonth

Reads = dict[KeyPath, str]  # key path -> fingerprint of the value read there


def fingerprint(value: Any) -> str:
    """What a read depends on: a collection's length (items tracked separately) or a value hash."""
    if isinstance(value, tuple) and value and all(_is_content(v) for v in value):
        return f"len:{len(value)}"
    if isinstance(value, dict) and value and all(_is_content(v) for v in value.values()):
        return "keys:" + "\x1f".join(str(k) for k in value)
    return hashlib.sha1(repr(value).encode()).hexdigest()[:16]


def lookup(root: Any, path: KeyPath) -> Any:
    """The value at ``path`` under ``root``; KeyError/IndexError/AttributeError if absent."""
    value = root
    for part in path:
        value = (
            value[part]
            if isinstance(part, int) or isinstance(value, dict)
            else getattr(value, part)
        )
    return value


def changed_reads(reads: Reads, root: Any) -> list[str]:
    """The recorded paths whose value in ``root`` differs now, formatted as key paths."""
    changed = []
    for path, expected in reads.items():
        try:
            now = fingerprint(lookup(root, path))
        except (KeyError, IndexError, AttributeError, TypeError):
            now = "<missing>"
        if now != expected:
            changed.append(format_path(path))
    return changed


T = TypeVar("T")
R = TypeVar("R")


def fact_fingerprint(value: Any) -> str:
    """A fact's fingerprint: a hash of its whole value (computed facts are frozen dataclasses,
    tuples, dicts and scalars, whose ``repr`` is the same in every process)."""
    return "whole:" + hashlib.sha1(repr(value).encode()).hexdigest()[:16]


def track_facts(facts: T, reads: Reads) -> T:
    """``facts`` wrapped so that each fact read from it is recorded in ``reads`` (whole)."""
    return cast(T, _TrackedFacts(facts, reads))


def changed_facts(reads: Reads, facts: Any) -> list[str]:
    """The recorded facts whose value differs now, named ``facts.<name>``."""
    changed = []
    for path, expected in reads.items():
        try:
            now = fact_fingerprint(lookup(facts, path))
        except (KeyError, IndexError, AttributeError, TypeError):
            now = "<missing>"
        if now != expected:
            changed.append(format_path(("facts",) + path))
    return changed


class _TrackedFacts:
    """Stands in for the facts of a build; each attribute read is recorded whole."""

    __slots__ = ("_facts", "_reads")

    def __init__(self, facts: Any, reads: Reads) -> None:
        object.__setattr__(self, "_facts", facts)
        object.__setattr__(self, "_reads", reads)

    def __getattr__(self, name: str) -> Any:
        value = getattr(object.__getattribute__(self, "_facts"), name)
        reads = object.__getattribute__(self, "_reads")
        if isinstance(value, dict):
            return _TrackedMapping(value, reads, (name,))
        reads[(name,)] = fact_fingerprint(value)
        return value

    def __setattr__(self, name: str, value: Any) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")


class _TrackedMapping(Mapping[Any, Any]):
    """A fact that is a mapping: each entry read is recorded on its own; a listing records all."""

    def __init__(self, value: dict[Any, Any], reads: Reads, path: KeyPath) -> None:
        self._value, self._reads, self._path = value, reads, path

    def __getitem__(self, key: Any) -> Any:
        self._reads[self._path + (key,)] = fact_fingerprint(self._value[key])
        return self._value[key]

    def __iter__(self) -> Iterator[Any]:
        self._reads[self._path] = fact_fingerprint(self._value)
        return iter(self._value)

    def __len__(self) -> int:
        self._reads[self._path] = fact_fingerprint(self._value)
        return len(self._value)


def track(obj: Any, reads: Reads, path: KeyPath = ()) -> Any:
    """``obj`` wrapped so that every value read under it is recorded in ``reads``."""
    return _wrap(obj, reads, path, Cache(_shared(obj)))


# The reads of every document of a build are kept until the manifest is written: 300,000 at
# 1,000 members, most of them the same key paths read by several documents, with some 5,000
# distinct fingerprints (issue 17). The documents tracking one content object record one
# tuple per key path and one string per fingerprint, shared while the content lives; they
# also share each whole object's fingerprint (sorting members compares them) and what a
# function given to :func:`_once` computed. (Sharing each value's fingerprint too saved no
# measurable time and cost some 20 MiB at 1,000 members.)
_SHARED: dict[int, tuple[weakref.ref[Any], Shared]] = {}  # by id of the content


class Shared:
    """What the tracking sessions of one content object share (see :func:`_shared`)."""

    __slots__ = ("same", "wholes", "computed")

    def __init__(self) -> None:
        self.same: dict[Any, Any] = {}  # key paths and fingerprints, by themselves
        self.wholes: dict[KeyPath, tuple[Any, str]] = {}  # path -> (object, its fingerprint)
        # (function, path) -> (the reads it made, its result with _Held for its proxies)
        self.computed: dict[tuple[Any, KeyPath], tuple[Reads, Any]] = {}


def _shared(obj: Any) -> Shared:
    """What the documents tracking ``obj`` share (by identity: content does not hash)."""
    key = id(obj)
    known = _SHARED.get(key)
    if known is not None and known[0]() is obj:
        return known[1]
    try:
        ref = weakref.ref(obj, lambda gone: _forget(key, gone))
    except TypeError:  # not weakly referable: shared within this document only
        return Shared()
    _SHARED[key] = (ref, Shared())
    return _SHARED[key][1]


def _forget(key: int, gone: weakref.ref[Any]) -> None:
    if key in _SHARED and _SHARED[key][0] is gone:
        del _SHARED[key]


def _is_content(value: Any) -> bool:
    return dataclasses.is_dataclass(value) and not isinstance(value, (type, YearMonth))


class Cache:
    """What one tracking session remembers: it lives as long as the proxies it handed out."""

    __slots__ = ("shared", "same", "paths")

    def __init__(self, shared: Shared | None = None) -> None:
        self.shared = Shared() if shared is None else shared
        self.same = self.shared.same
        self.paths: dict[KeyPath, tuple[Any, Any]] = {}  # path -> (value read, what was handed out)


def _wrap(value: Any, reads: Reads, path: KeyPath, cache: Cache) -> Any:
    # A document reads the same paths many times (content.members in every row helper): hand
    # out the same proxies and fingerprint each path once, or a large consortium turns quadratic.
    hit = cache.paths.get(path)
    if hit is not None and hit[0] is value:
        return hit[1]
    wrapped = _wrapped(value, reads, path, cache)
    cache.paths[path] = (value, wrapped)
    return wrapped


def _wrapped(value: Any, reads: Reads, path: KeyPath, cache: Cache) -> Any:
    if _is_content(value):
        return _proxy_class(type(value))(value, reads, path, cache)
    print_ = _record_value(reads, path, value, cache)
    if isinstance(value, tuple) and print_.startswith("len:"):
        return tuple(_wrap(item, reads, path + (i,), cache) for i, item in enumerate(value))
    if isinstance(value, dict) and print_.startswith("keys:"):
        return {k: _wrap(v, reads, path + (k,), cache) for k, v in value.items()}
    return value


def _record_value(reads: Reads, path: KeyPath, value: Any, cache: Cache) -> str:
    """Record ``value`` read at ``path``; its fingerprint."""
    same = cache.same
    taken = fingerprint(value)
    print_: str = same.setdefault(taken, taken)
    reads[same.setdefault(path, path)] = print_
    return print_


def _record(reads: Reads, path: KeyPath, print_: str, cache: Cache) -> None:
    same = cache.same
    reads[same.setdefault(path, path)] = same.setdefault(print_, print_)


def _once(proxy: _Tracked, compute: Callable[[Any], R]) -> R:
    """``compute(proxy)``, computed once per content object for every document tracking it.

    The first call computes it on a proxy of its own that records its reads; every call (the
    first included) adds those reads to its document's and gets the result with each proxy in it
    handed out again by its document's session, so that what the template reads from them is
    recorded for that document. A document's reads are exactly those computing it would make.
    What is kept holds no content object (:class:`_Held`): the store lives as long as the
    content, and must not keep it alive.
    """
    obj, path = proxy._obj, proxy._path
    cache = proxy._cache
    computed = cache.shared.computed
    key = (compute, path)
    known = computed.get(key)
    if known is None:
        recorded: Reads = {}
        result = compute(_wrap(obj, recorded, path, Cache(cache.shared)))
        known = computed[key] = (recorded, _hold(result, path))
    proxy._reads.update(known[0])
    return cast(R, _rebind(known[1], obj, path, proxy._reads, cache))


class _Held:
    """Where :func:`_once`'s result held a proxy: its key path below the object computed on."""

    __slots__ = ("rest",)

    def __init__(self, rest: KeyPath) -> None:
        self.rest = rest


def _hold(value: Any, path: KeyPath) -> Any:
    """``value`` with each proxy in it (all under ``path``) replaced by a :class:`_Held`."""

    def held(leaf: Any) -> Any:
        if not isinstance(leaf, _Tracked):
            return leaf
        at = leaf._path
        if at[: len(path)] != path:
            raise ValueError(f"{format_path(at)} is not under {format_path(path)}")
        return _Held(at[len(path) :])

    return _copied(value, held)


def _rebind(value: Any, obj: Any, path: KeyPath, reads: Reads, cache: Cache) -> Any:
    """``value`` with each :class:`_Held` made the proxy ``cache``'s session hands out for
    that path under ``obj`` (at ``path``), its lists, tuples and dicts copied (a document may
    change its context)."""

    def bound(leaf: Any) -> Any:
        if type(leaf) is not _Held:
            return leaf
        return _wrap(lookup(obj, leaf.rest), reads, path + leaf.rest, cache)

    return _copied(value, bound)


def _copied(value: Any, leaf: Callable[[Any], Any]) -> Any:
    """``value``'s dicts, lists and tuples copied, every other value in them given to ``leaf``."""
    kind = type(value)
    if kind is dict:
        return {k: _copied(v, leaf) for k, v in value.items()}
    if kind is list:
        return [_copied(v, leaf) for v in value]
    if kind is tuple:
        return tuple(_copied(v, leaf) for v in value)
    return leaf(value)


class _Tracked:
    """Stands in for one content object; see the module docstring.

    Each content class gets one proxy class (:func:`_proxy_class`) carrying a descriptor per
    dataclass field and the class's own properties and methods, so that a read is one
    descriptor call rather than a failed lookup and ``__getattr__``."""

    __slots__ = ("_obj", "_reads", "_path", "_cache")

    def __init__(self, obj: Any, reads: Reads, path: KeyPath, cache: Cache) -> None:
        object.__setattr__(self, "_obj", obj)
        object.__setattr__(self, "_reads", reads)
        object.__setattr__(self, "_path", path)
        object.__setattr__(self, "_cache", cache)

    @property  # type: ignore[misc]
    def __class__(self) -> type:  # noqa: D105 - isinstance() answers for the real class
        return type(object.__getattribute__(self, "_obj"))

    def __getattr__(self, name: str) -> Any:
        # neither a field, a property nor a method (see _proxy_class): the real object's
        return getattr(object.__getattribute__(self, "_obj"), name)

    def __gendocs_once__(self, compute: Callable[[Any], R]) -> R:
        """``compute(self)`` once for every document tracking this content (:func:`_once`)."""
        return _once(self, compute)

    def __setattr__(self, name: str, value: Any) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")

    def _whole(self) -> Any:
        # Compared, hashed or printed: the object is read whole. Its fingerprint (a repr and a
        # hash of the whole object) is taken once per content and path: sorting or comparing
        # members reads each member many times, in every document.
        obj = object.__getattribute__(self, "_obj")
        path = object.__getattribute__(self, "_path")
        cache = object.__getattribute__(self, "_cache")
        wholes = cache.shared.wholes
        known = wholes.get(path)
        if known is None or known[0] is not obj:
            known = (obj, fingerprint(obj))
            if path:  # the store must not keep the content itself alive
                wholes[path] = known
        _record(object.__getattribute__(self, "_reads"), path, known[1], cache)
        return obj

    def __eq__(self, other: object) -> bool:
        return bool(self._whole() == _unwrap(other))

    def __hash__(self) -> int:
        return hash(self._whole())

    def __lt__(self, other: object) -> bool:
        return bool(self._whole() < _unwrap(other))

    def __le__(self, other: object) -> bool:
        return bool(self._whole() <= _unwrap(other))

    def __gt__(self, other: object) -> bool:
        return bool(self._whole() > _unwrap(other))

    def __ge__(self, other: object) -> bool:
        return bool(self._whole() >= _unwrap(other))

    def __repr__(self) -> str:
        return repr(self._whole())

    def __str__(self) -> str:
        return str(self._whole())

    def __format__(self, spec: str) -> str:
        return format(self._whole(), spec)

    def __bool__(self) -> bool:
        return True

    def __deepcopy__(self, memo: dict[int, Any]) -> Any:
        return self._whole()

    def __copy__(self) -> Any:
        return self._whole()


def _unwrap(value: Any) -> Any:
    if isinstance(value, _Tracked):
        return value._whole()
    return value


class _Field:
    """A dataclass field of a proxy class: the value read through the proxy's session."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, proxy: _Tracked | None, owner: type | None = None) -> Any:
        if proxy is None:
            return self
        name = self.name
        return _wrap(getattr(proxy._obj, name), proxy._reads, proxy._path + (name,), proxy._cache)


_PROXIES: dict[type, type] = {}  # content class -> its proxy class


def _proxy_class(cls: type) -> type:
    """A proxy subclass per content class, carrying its dataclass fields for ``is_dataclass``,
    a :class:`_Field` per field and the class's properties and methods, which run against the
    proxy so that their reads count."""
    proxy = _PROXIES.get(cls)
    if proxy is None:
        fields = getattr(cls, "__dataclass_fields__")
        namespace: dict[str, Any] = {
            "__slots__": (),
            "__dataclass_fields__": fields,
            "__dataclass_params__": getattr(cls, "__dataclass_params__"),
        }
        for name in dir(cls):
            if name in fields:
                namespace[name] = _Field(name)
                continue
            static = inspect.getattr_static(cls, name, None)
            if isinstance(static, property) or (
                isinstance(static, types.FunctionType) and not name.startswith("__")
            ):
                namespace[name] = static
        for name in fields:  # a field without a class attribute is not in dir(cls)
            namespace.setdefault(name, _Field(name))
        clash = set(namespace) & set(vars(_Tracked))
        if clash - {"__slots__", "__dataclass_fields__", "__dataclass_params__"}:
            raise TypeError(f"{cls.__name__} names what its proxy needs: {sorted(clash)}")
        proxy = _PROXIES[cls] = type(f"Tracked{cls.__name__}", (_Tracked,), namespace)
    return proxy
