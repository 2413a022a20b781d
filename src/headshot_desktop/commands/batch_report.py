"""What ``headshot-desktop batch`` says: the estimate first, a line per person as they end, the progress line
with the time left, and the summary (text, or JSON with ``--json``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TextIO

from headshot_desktop.commands.progress import Progress
from headshot_desktop.errors import HeadshotError

if TYPE_CHECKING:
    from headshot_desktop.app import AppContext
    from headshot_desktop.core.pricing import CostEstimate
    from headshot_desktop.library import Library
    from headshot_desktop.services.team.kit import TeamKit
    from headshot_desktop.services.team.manifest import BatchManifest
    from headshot_desktop.services.team.runner import BatchEvent, BatchProgress

OVERALL = ""  # the progress line's own entry (no person's name before it)


def estimate_line(context: AppContext, kit: TeamKit, people: int, estimate: CostEstimate | None,
                  manifest: BatchManifest | None = None) -> str:  # fmt: skip
    """ "Estimated cost: about $4.20 for 30 people × 2 variants (<provider> <model>, medium); cap $5.00" """
    info = context.provider_info(kit.provider)
    model = (estimate.model if estimate is not None and estimate.model else "") or kit.model or "its default model"
    who = f"{people} {'person' if people == 1 else 'people'}"
    if manifest is not None and manifest.spent_usd:
        who += f" still to do (${manifest.spent_usd:.2f} spent so far)"
    what = f"{who} × {kit.variants} variant{'s' if kit.variants != 1 else ''} ({info.title} {model}, {kit.detail})"
    cap = manifest.cap_usd if manifest is not None else None
    cap_words = f"cap ${cap:.2f}" if cap is not None else "no spending cap (--cap USD sets one)"
    if info.server is not None:
        hosts = ", ".join(info.hosts)
        return f"Cost: free: {what}, made on your server at {hosts}; nothing is sent to any cloud service."
    price = estimate.describe() if estimate is not None else "unknown (this provider's prices are not known)"
    return f"Estimated cost: {price} for {what}; {cap_words}"


def _clock(seconds: float) -> str:
    whole = max(0, round(seconds))
    if whole >= 3600:
        return f"{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"
    return f"{whole // 60}:{whole % 60:02d}"


class BatchReport:
    """Turns the runner's events into lines on stderr; safe from the runner's threads."""

    def __init__(self, manifest: BatchManifest, stream: TextIO | None = None) -> None:
        from headshot_desktop.services.team.manifest import DONE, FAILED, REFUSED

        self._ended = (DONE, REFUSED, FAILED)
        self.progress = Progress(stream, total=len(manifest.people))
        self.progress.done = sum(p.status in self._ended for p in manifest.people)
        self._names = {p.key: p.name for p in manifest.people}
        self._running: set[str] = set()
        self.ended_now: dict[str, str] = {}  # key -> status, for the people this run finished

    def start(self) -> None:
        if self.progress.tty:  # a pipe gets the runner's first progress line at once instead
            self.progress.status(OVERALL, "starting")
        self.progress.start()

    def close(self) -> None:
        self.progress.set_aside(OVERALL)
        self.progress.close()

    def __call__(self, event: BatchEvent) -> None:
        from headshot_desktop.services.team.manifest import RUNNING
        from headshot_desktop.services.team.runner import BatchProgress, PersonChanged

        if isinstance(event, BatchProgress):
            self._overall(event)
        elif isinstance(event, PersonChanged):
            person = event.person
            name = self._names.setdefault(person.key, person.name)
            if person.status == RUNNING:
                if person.key not in self._running:
                    self._running.add(person.key)
                    self.progress.status(name, "making the headshots")
            elif person.status in self._ended:
                self._running.discard(person.key)
                self.ended_now[person.key] = person.status
                self.progress.line(f"[{name}] {person.status}" + (f": {person.reason}" if person.reason else ""))
                self.progress.finished(name, counted_line=False)  # the overall line says the count
            elif person.key in self._running:  # back in the queue: a rate limit, a stop, Ctrl-C
                self._running.discard(person.key)
                self.progress.set_aside(name)

    def _overall(self, event: BatchProgress) -> None:
        parts = [f"${event.spent_usd:.2f} spent"]
        plain = [f"{event.done}/{event.total} people finished", f"${event.spent_usd:.2f} spent"]
        if event.seconds_left is not None and event.done < event.total:
            parts.append(f"{_clock(event.seconds_left)} left")
            plain.append(f"about {max(1, round(event.seconds_left / 60))} min left")
        if event.waiting_s > 0:
            parts.append(f"paused {event.waiting_s:.0f} s (rate limit)")
            plain.append("paused by the provider's rate limit")
        self.progress.status(OVERALL, ", ".join(parts), ", ".join(plain))


def summary_json(manifest: BatchManifest, library: Library | None, stopped: str, message: str,
                 exported: list[str]) -> dict[str, Any]:  # fmt: skip
    """The batch as ``--json`` prints it: every person's status, headshots and exported file."""

    def path_of(headshot_id: int | None) -> str | None:
        if headshot_id is None or library is None:
            return None
        try:
            return str(library.get_headshot(headshot_id).path)
        except HeadshotError:  # deleted since: the manifest still names it, the library no longer has it
            return None

    return {
        "batch_id": manifest.batch_id,
        "stopped": stopped,
        "message": message,
        "kit": kit_name(manifest),
        "out_dir": manifest.out_dir,
        "cap_usd": manifest.cap_usd,
        "spent_usd": manifest.spent_usd,
        "counts": manifest.counts(),
        "exported": exported,
        "people": [
            {
                "key": p.key,
                "name": p.name,
                "photo": p.photo,
                "status": p.status,
                "reason": p.reason,
                "cost_usd": p.cost_usd,
                "headshots": [path_of(i) for i in p.headshot_ids],
                "chosen": path_of(p.picked_id),
                "exported": p.exported or None,
            }
            for p in manifest.people
        ],
    }


def listing_line(manifest: BatchManifest) -> str:
    counts = manifest.counts()
    said = ", ".join(f"{n} {status}" for status, n in counts.items() if n)
    cap = f", cap ${manifest.cap_usd:.2f}" if manifest.cap_usd is not None else ""
    return (f"{manifest.batch_id}  {kit_name(manifest)}: {len(manifest.people)} people ({said}), "
            f"${manifest.spent_usd:.2f} spent{cap}, into {manifest.out_dir}")  # fmt: skip


def kit_name(manifest: BatchManifest) -> str:
    name = manifest.kit.get("name") if isinstance(manifest.kit, dict) else None
    return name if isinstance(name, str) and name else "(a kit without a name)"
