"""The store's lock: ``DIR/lock`` held with fcntl.flock by one writer (exclusive, its pid, what
and since written in the file) or any number of readers (shared), never waiting; and what a failed
file or database operation means (:func:`_cause`: cause and fix, for one-line errors)."""
from __future__ import annotations

import errno
import fcntl
import os
import sys
import time
from pathlib import Path

from .errors import StoreError

LOCK_FILE = "lock"


HOLDER_BYTES = 256
"""The writer's record in the lock file (pid, what, since) is one write of at least this many bytes
at offset 0, padded, never truncated first: the file never reads empty or half-written."""


class _Lock:
    """One writer (LOCK_EX) or many readers (LOCK_SH) on ``DIR/lock``; never waits."""

    def __init__(self, root: Path, write: bool, purpose: str | None = None):
        self.path = root / LOCK_FILE
        self.write = write
        self.purpose = purpose
        self.fd: int | None = None

    def acquire(self) -> None:
        try:
            self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as e:
            if self.write:
                cause, fix = _cause(e)
                raise StoreError(f"store {self.path.parent}: cannot open its lock file for writing ({cause}); "
                                 f"{fix}") from None
            return                           # a read-only copy of a store: nothing to lock
        try:
            fcntl.flock(self.fd, (fcntl.LOCK_EX if self.write else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except OSError as e:
            if e.errno not in (errno.EAGAIN, errno.EACCES):
                raise
            message = self._holder_message()
            os.close(self.fd)
            self.fd = None
            raise StoreError(message) from None
        if self.write:
            what = self.purpose or _program()
            record = f"{os.getpid()}\n{what}\n{time.strftime('%Y-%m-%d %H:%M:%S')}\n"
            size = max(HOLDER_BYTES, len(record.encode()), os.fstat(self.fd).st_size)
            try:
                os.pwrite(self.fd, record.encode().ljust(size, b" "), 0)
            except OSError:
                pass        # a full disk: the kernel still names the holder (_flock_holder)

    def _holder_message(self) -> str:
        store = self.path.parent
        writer = True
        if self.write:
            # readers hold it shared: if a shared lock can be had, nobody is writing
            probe = os.open(self.path, os.O_RDONLY)
            try:
                fcntl.flock(probe, fcntl.LOCK_SH | fcntl.LOCK_NB)
                writer = False
            except OSError:
                pass
            finally:
                os.close(probe)
        if not writer:
            return (f"store {store} is open for reading by another process (kg query, export or push); "
                    f"wait for it to finish or use another --store")
        try:
            pid, what, since = ([x.strip() for x in self.path.read_text().split("\n")] + ["", "", ""])[:3]
        except (OSError, UnicodeDecodeError):
            pid, what, since = "", "", ""
        holder = _flock_holder(self.fd)
        if holder is not None and str(holder) != pid:      # the record is a previous writer's (or not yet written)
            pid, what, since = str(holder), "", ""
        doing = f" ({what}, since {since})" if what and since else ""
        return (f"store {store} is being written by process {pid or '?'}{doing}; "
                f"wait for it to finish or use another --store")

    def release(self) -> None:
        if self.fd is not None:
            fcntl.flock(self.fd, fcntl.LOCK_UN)
            os.close(self.fd)
            self.fd = None


def _program() -> str:
    """What this process is, for the lock file: ``kg ingest`` when run as kg, else the program."""
    argv = sys.argv or [""]
    name = Path(argv[0]).name
    if name == "kg" or argv[0].endswith(os.path.join("kg", "__main__.py")):
        return " ".join(["kg", *argv[1:2]])
    return name or "python"


def _flock_holder(fd: int) -> int | None:
    """The pid of the process holding an exclusive flock on the file open as ``fd``, as the kernel
    tells it (/proc/locks, Linux), or None when it cannot be told."""
    st = os.fstat(fd)
    dev = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
    try:
        with open("/proc/locks", encoding="ascii", errors="replace") as fh:
            lines = [line.split() for line in fh]
    except OSError:
        return None
    for same_dev in (True, False):          # some file systems (overlay) show another device number
        for f in lines:
            if (len(f) >= 6 and f[1] == "FLOCK" and f[3] == "WRITE" and f[4].isdigit()
                    and (f[5] == dev if same_dev else f[5].rsplit(":", 1)[-1] == str(st.st_ino))):
                return int(f[4]) or None
    return None


_CAUSES = [  # errno -> what to do about it
    (errno.ENOSPC, "free space on its disk, then run the command again (what was written is kept)"),
    (getattr(errno, "EDQUOT", -1), "free space within your disk quota, then run the command again"),
    (errno.EFBIG, "raise the file size limit (ulimit -f), then run the command again"),
    (errno.EROFS, "mount its file system read-write or give another --store"),
    (errno.EACCES, "make the store folder writable by you (chmod) or give another --store"),
    (errno.EPERM, "make the store folder writable (chmod; chattr -i if immutable) or give another --store"),
    (errno.EIO, "the disk failed: check it (dmesg), then run the command again"),
]


def _cause(e: BaseException) -> tuple[str, str]:
    """(cause, fix) of a failed file or database operation. pyoxigraph raises OSError without errno
    for RocksDB's I/O errors, so its message is searched for the system's wording too."""
    text = str(e)
    for code, fix in _CAUSES:
        if code < 0:
            continue
        reason = os.strerror(code)
        if getattr(e, "errno", None) == code or reason in text:
            return reason, fix
    first = text.splitlines()[0][:200] if text else type(e).__name__
    return first, "check the disk and the store folder, then run the command again"
