"""``dtlib report`` on the fixture notebooks: outputs, manifest, incremental runs, failures, kills."""
from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

import nbformat
import pytest
from conftest import FIXTURE_NOTEBOOKS
from helpers import snapshot

from dtlib.cli import main
from dtlib.report import MatrixError, read_manifest, report, runner

pytestmark = pytest.mark.slow

RUNS = ["profile/default", "profile/province-ha-noi", "profile/province-pre2025-79", "sleepy/label-a",
        "sleepy/label-b"]
PROFILES = RUNS[:3]
# The province each profile run draws: Ninh Bình (the default), Hà Nội, Hồ Chí Minh City.
FIGURES = {run: [f"profile/{province}/ranks.png", f"profile/{province}/ranks.svg"] for run, province in
           zip(PROFILES, ["pre2025-37", "pre2025-01", "pre2025-79"])} | {"sleepy/label-a": [], "sleepy/label-b": []}


def outputs(root: Path) -> dict[str, bytes]:
    """What a report build leaves for users: figures, executed notebooks, logs, pages, the manifest's runs.

    Left out: the index, which carries its build time, and the manifest's build-wide fields.
    """
    found = {f"figures/{k}": v for k, v in snapshot(root / "figures").items()}
    found.update({f"build/{k}": v for k, v in snapshot(root / "build").items()
                  if not any(part.startswith(".") for part in k.split("/"))
                  and k not in ("report/index.html", "manifest.json")})
    found["manifest runs"] = json.dumps(read_manifest(root / "build")["runs"], sort_keys=True).encode()
    return found


def edit_notebook(path: Path, change) -> None:
    notebook = nbformat.read(path, as_version=4)
    change(notebook.cells)
    nbformat.write(notebook, path)


def code_cell(source: str):
    cell = nbformat.v4.new_code_cell(source)
    cell.id = f"added-{abs(hash(source)) % 10**8}"
    return cell


def test_a_build_writes_figures_executed_notebooks_logs_and_a_manifest(built_report):
    manifest = read_manifest(built_report / "build")
    assert sorted(manifest["runs"]) == RUNS
    for run_id, record in manifest["runs"].items():
        assert record["status"] == "ok" and record["error"] is None and record["duration_s"] > 0
        assert record["figures"] == FIGURES[run_id]
        for figure in record["figures"]:
            start = b"\x89PNG\r\n\x1a\n" if figure.endswith(".png") else b"<?xml"
            assert (built_report / "figures" / figure).read_bytes().startswith(start)
        assert (built_report / "build" / record["executed"]).is_file()
        assert (built_report / "build" / record["page"]).is_file()
        assert record["packages"]["papermill"] == metadata.version("papermill")
        assert set(record["inputs"]) == {"notebook", "code", "tables"}
    # the profile notebook validates its province (registry and aliases) and loads dti; sleepy reads nothing
    assert set(manifest["runs"]["profile/default"]["inputs"]["tables"]) == {"dti", "provinces", "province_aliases"}
    assert manifest["runs"]["sleepy/label-a"]["inputs"]["tables"] == {}
    assert manifest["runs"]["profile/province-ha-noi"]["parameters"] == {"province": "Hà Nội"}
    executed = nbformat.read(built_report / "build" / "notebooks" / "profile" / "province-ha-noi.ipynb", as_version=4)
    injected = [c for c in executed.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assigned: dict = {}
    exec(injected[0].source, assigned)  # papermill writes the value with escapes: "H\xe0 N\u1ed9i"
    assert len(injected) == 1 and assigned["province"] == "Hà Nội"
    log = (built_report / "build" / "logs" / "profile" / "province-ha-noi.log").read_text()
    assert "pre2025-01" in log and "finished after" in log
    # nothing is written next to the notebooks
    assert snapshot(built_report / "notebooks") == snapshot(FIXTURE_NOTEBOOKS)
    assert not (built_report / "build" / ".staging").exists()


def test_a_second_build_with_no_change_skips_every_run(report_project):
    before = outputs(report_project)
    result = report(progress=False)
    assert (result.ran, sorted(result.skipped), result.failed) == ([], RUNS, {})
    assert outputs(report_project) == before
    index = report_project / "build" / "report" / "index.html"
    written = index.stat().st_mtime_ns
    report(progress=False)
    assert index.stat().st_mtime_ns == written  # nothing it shows changed: not rewritten


def test_validation_is_reused_only_while_what_it_reads_is_unchanged(report_project, monkeypatch):
    report(progress=False)  # the project was copied elsewhere: validated again, and remembered

    def validated_again(matrix):
        raise RuntimeError("validated again")

    with monkeypatch.context() as patched:
        patched.setattr(runner, "load_matrix", validated_again)
        assert len(report(progress=False).skipped) == len(RUNS)
        with open(report_project / "data" / "processed" / "provinces.csv", "a") as table:
            table.write("\n")
        with pytest.raises(RuntimeError, match="validated again"):
            report(progress=False)
    matrix = report_project / "notebooks" / "report.yml"
    matrix.write_text(matrix.read_text() + "  - notebook: profile\n    parameters: {province: Atlantis}\n")
    with pytest.raises(MatrixError, match="unknown province name 'Atlantis'"):
        report(progress=False)


def test_a_changed_table_reruns_only_the_runs_that_read_it(report_project):
    with open(report_project / "data" / "processed" / "dti.csv", "a") as table:
        table.write("\n")  # the same data, other bytes: the hash changes
    result = report(progress=False)
    assert sorted(result.ran) == PROFILES and sorted(result.skipped) == RUNS[3:]


def test_a_changed_notebook_reruns_only_its_runs(report_project):
    edit_notebook(report_project / "notebooks" / "sleepy.ipynb", lambda cells: cells[0].update(source="# Changed"))
    result = report(progress=False)
    assert sorted(result.ran) == RUNS[3:] and sorted(result.skipped) == PROFILES


def test_force_and_only_select_runs(report_project):
    assert sorted(report(force=True, only=["sleepy"], progress=False).ran) == RUNS[3:]
    assert report(force=True, only=["*pre2025-79"], progress=False).ran == ["profile/province-pre2025-79"]
    with pytest.raises(MatrixError, match="no run matches --only nothing-like-this"):
        report(only=["nothing-like-this"], progress=False)


def test_a_missing_output_is_made_again(report_project):
    (report_project / "figures" / "profile" / "pre2025-01" / "ranks.svg").unlink()
    result = report(progress=False)
    assert result.ran == ["profile/province-ha-noi"]
    assert (report_project / "figures" / "profile" / "pre2025-01" / "ranks.svg").is_file()


def test_a_broken_notebook_fails_clearly_and_keeps_earlier_outputs(report_project, capsys):
    before = outputs(report_project)
    notebook = report_project / "notebooks" / "profile.ipynb"
    original = notebook.read_bytes()

    def break_it(cells):  # draw a different figure, then fail
        cells[4].source = cells[4].source.replace("dpi=80", "dpi=40")
        cells.append(code_cell('raise RuntimeError("broken on purpose")'))

    edit_notebook(notebook, break_it)
    edit_notebook(report_project / "notebooks" / "sleepy.ipynb", lambda cells: cells[0].update(source="# Changed"))
    assert main(["report", "-q"]) == 1
    captured = capsys.readouterr()
    for run_id in PROFILES:
        # the notebook has 5 cells; the added one is the 6th
        assert (f"FAILED {run_id}: cell 6 ('raise RuntimeError(\"broken on purpose\")'): RuntimeError: broken on purpose"
                f"\n    log: build/logs/{run_id}.log") in captured.err
    assert "2 ran, 0 skipped (unchanged), 3 failed" in captured.out
    after = outputs(report_project)
    # the other runs went on; the failed runs' figures, notebooks and pages are the earlier ones
    for path, content in before.items():
        if path.startswith(("figures/", "build/notebooks/profile", "build/report/runs/profile")):
            assert after[path] == content, path
    manifest = read_manifest(report_project / "build")
    for run_id in PROFILES:
        record = manifest["runs"][run_id]
        assert record["status"] == "failed" and record["error"]["cell"] == 6
        assert record["last_success"]["figures"] == FIGURES[run_id]
        assert (report_project / "build" / record["failed_notebook"]).is_file()
    assert all(manifest["runs"][r]["status"] == "ok" for r in RUNS[3:])
    index = (report_project / "build" / "report" / "index.html").read_text()
    assert "broken on purpose" in index and "from an earlier run" in index

    notebook.write_bytes(original)  # repaired: the failed runs run again and their failed copies go
    result = report(progress=False)
    assert sorted(result.ran) == PROFILES and not result.failed
    assert not (report_project / "build" / "failed").exists()
    assert {k: v for k, v in outputs(report_project).items() if k.startswith("figures/")} == {
        k: v for k, v in before.items() if k.startswith("figures/")}  # same inputs, same bytes


def test_failing_runs_name_their_cell_and_error_while_the_others_run(report_project):
    (report_project / "notebooks" / "failing.yml").write_text(
        "runs:\n  - notebook: broken\n  - notebook: sleepy\n    parameters: {seconds: 20.0}\n    timeout: 1\n"
        "  - notebook: sleepy\n    parameters: {seconds: 0.1}\n")
    result = report(report_project / "notebooks" / "failing.yml", progress=False)
    assert result.ran == ["sleepy/seconds-0.1"] and result.exit_code == 1
    # broken.ipynb: markdown, parameters, 'half = ...', then the cell that raises (the 4th)
    assert result.failed["broken/default"]["error"] == {
        "cell": 4, "source": 'raise ValueError(f"deliberate failure with answer={answer}")',
        "ename": "ValueError", "evalue": "deliberate failure with answer=42"}
    timeout = result.failed["sleepy/seconds-20.0"]["error"]
    assert timeout["ename"] == "CellTimeoutError" and timeout["cell"] == 3  # markdown, parameters, the sleep


def test_a_killed_build_leaves_nothing_half_written(report_project):
    before = outputs(report_project)
    notebook = report_project / "notebooks" / "profile.ipynb"
    original = notebook.read_bytes()

    def slow_it_down(cells):  # a different figure is drawn, then the run hangs
        cells[4].source = cells[4].source.replace("dpi=80", "dpi=40")
        cells.append(code_cell("import time\ntime.sleep(120)"))

    edit_notebook(notebook, slow_it_down)
    build = subprocess.Popen([sys.executable, "-m", "dtlib", "report", "-q"], env=os.environ.copy(),
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    staging = report_project / "build" / ".staging"
    deadline = time.monotonic() + 120
    while not list(staging.glob("*/figures/profile/*/ranks.png")) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert list(staging.glob("*/figures/profile/*/ranks.png")), "no run got as far as drawing its figure"
    build.send_signal(signal.SIGKILL)
    build.wait()
    time.sleep(1)  # let the workers, told of their parent's death, go
    assert outputs(report_project) == before

    notebook.write_bytes(original)
    result = report(progress=False)
    assert result.ran == [] and len(result.skipped) == len(RUNS)
    assert not staging.exists()


def test_ctrl_c_stops_the_build_at_once_and_keeps_earlier_outputs(report_project):
    before = outputs(report_project)
    edit_notebook(report_project / "notebooks" / "sleepy.ipynb",
                  lambda cells: cells.append(code_cell("time.sleep(120)")))
    build = subprocess.Popen([sys.executable, "-m", "dtlib", "report", "-q"], env=os.environ.copy(),
                             start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    staging = report_project / "build" / ".staging"
    deadline = time.monotonic() + 120
    while len(list(staging.glob("*/run.log"))) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(3)  # both runs are in their long sleep
    os.killpg(build.pid, signal.SIGINT)  # what Ctrl-C in a terminal does
    _, err = build.communicate(timeout=60)  # not the 120 s the runs would take
    assert build.returncode == 130 and "interrupted" in err
    assert outputs(report_project) == before


def test_the_index_shows_figures_by_province_sources_and_the_date_of_the_data(built_report):
    index = (built_report / "build" / "report" / "index.html").read_text()
    for figure in sum(FIGURES.values(), []):  # PNG shown, both formats linked
        assert f'href="../../figures/{figure}"' in index
        assert (f'src="../../figures/{figure}"' in index) == figure.endswith(".png")
    for label in ("Hà Nội (pre2025-01)", "Ninh Bình (pre2025-37)", "Hồ Chí Minh (pre2025-79)"):
        assert label in index
    with open(built_report / "data" / "processed" / "sources.csv", newline="") as f:
        sources = list(csv.DictReader(f))
    with open(built_report / "data" / "processed" / "citations.csv", newline="") as f:
        citations = list(csv.DictReader(f))
    assert f"Data as of {max(s['accessed_date'] for s in sources)}" in index
    assert all(f'id="cite-{c["citation_id"]}"' in index for c in citations)
    assert all(f"<code>{s['file']}</code>" in index for s in sources)
    for run_id in RUNS:
        assert f'href="runs/{run_id}.html"' in index and f'href="runs/{run_id}.html#code"' in index
    assert json.loads((built_report / "build" / "manifest.json").read_text())["format"] == 1
