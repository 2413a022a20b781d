"""Print the Depends field for a frozen bundle: python depends.py BUNDLE_DIR

The Debian packages that own the shared libraries the bundle's ELF files link but do
not carry (found with ldconfig and ``dpkg -S``), with libc6 versioned from the newest
GLIBC_x.y symbol version any file needs, plus the libraries Qt opens at run time.
"""

from __future__ import annotations

import re
import subprocess
import sys
import sysconfig
from pathlib import Path

# Qt loads these with dlopen (no NEEDED entry), or they are the floor of a usable Qt desktop
# session whatever the build machine bundled.
RUNTIME_FLOOR = [
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libfreetype6",
    "libdbus-1-3",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
    "libpulse0",
]


def elf_files(root: Path) -> list[Path]:
    files = []
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    files.append(path)
    return files


def readelf(flag: str, path: Path) -> str:
    return subprocess.run(["readelf", flag, "-W", str(path)], capture_output=True, text=True).stdout


def system_library_paths() -> dict[str, str]:
    """soname -> path, for this machine's architecture, from the ld.so cache."""
    multiarch = sysconfig.get_config_var("MULTIARCH") or ""
    found: dict[str, str] = {}
    for line in subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout.splitlines()[1:]:
        match = re.match(r"\s*(\S+) \(([^)]*)\) => (\S+)", line)
        if match and (not multiarch or f"/{multiarch}/" in match[3]):
            found.setdefault(match[1], match[3])
    return found


def owning_package(path: str) -> str | None:
    resolved = str(Path(path).resolve())
    variants = {path, resolved}
    for candidate in list(variants):  # merged /usr: dpkg may know either spelling
        variants.add(candidate.removeprefix("/usr") if candidate.startswith("/usr/") else "/usr" + candidate)
    for candidate in variants:
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if result.returncode == 0:
            return result.stdout.split(":")[0].split(",")[0].strip()
    return None


def depends(root: Path) -> str:
    files = elf_files(root)
    carried = {p.name for p in root.rglob("*")}
    needed: set[str] = set()
    glibc = (2, 17)
    for path in files:
        needed |= set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", readelf("-d", path)))
        for version in re.findall(r"Name: GLIBC_(\d+)\.(\d+)", readelf("-V", path)):
            glibc = max(glibc, (int(version[0]), int(version[1])))
    system = system_library_paths()
    packages = set(RUNTIME_FLOOR)
    unresolved = []
    for soname in sorted(needed - carried):
        package = owning_package(system[soname]) if soname in system else None
        if package:
            packages.add(package)
        else:
            unresolved.append(soname)
    if unresolved:
        print(f"depends.py: no package found for {', '.join(unresolved)}", file=sys.stderr)
    packages.discard("libc6")
    return ", ".join([f"libc6 (>= {glibc[0]}.{glibc[1]})", *sorted(packages)])


if __name__ == "__main__":
    print(depends(Path(sys.argv[1])))
