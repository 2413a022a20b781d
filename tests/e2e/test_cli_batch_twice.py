"""``batch --resume`` while another command (or a window) makes the same batch: it says so, sends nothing, changes
nothing, exports nothing, and exits 1; the first run finishes as if alone."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.test_cli_batch import BATCHES, cli, environ, library, manifest_in, start, wait_until, write_kit
from tests.support.openai_server import Pacing, openai_server
from tests.support.team import make_team

__all__ = ["library"]  # the fixture


def done_and_running(manifest: dict) -> bool:
    said = [p["status"] for p in manifest["people"]]
    return "done" in said and "running" in said


def test_resume_while_another_command_makes_the_batch_stops_at_once(tmp_path: Path, library: Path) -> None:
    photos = make_team(tmp_path / "team", 4)
    kit, out, elsewhere = write_kit(tmp_path), tmp_path / "out", tmp_path / "elsewhere"
    with openai_server(pacing=Pacing(0.8)) as server:
        env = environ(server, library)
        first = start("batch", kit, *photos, "--out", out, env=env)
        try:
            wait_until(lambda: (library / BATCHES).is_dir() and done_and_running(manifest_in(library)))
            second = cli("batch", "--resume", "--out", elsewhere, env=env)
            assert second.returncode == 1, second.stderr
            assert "This batch is being made in another window or command" in second.stderr
            assert not elsewhere.exists()  # nothing exported by the second, not even those already done
            _stdout, stderr = first.communicate(timeout=120)
        finally:
            first.kill()
        assert first.returncode == 0, stderr
        final = manifest_in(library)
        assert [p["status"] for p in final["people"]] == ["done"] * 4
        assert server.images_made() == 4 * 2 and len(list(out.iterdir())) == 4
