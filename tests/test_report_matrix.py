"""The run matrix: expansion of entries and sweeps, and validation before anything runs."""
from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import pytest
from conftest import FIXTURE_NOTEBOOKS, REPO

from dtlib.cli import main
from dtlib.report.matrix import MatrixError, Parameter, load_matrix, notebook_parameters, slug, sweep_values, type_problem


def matrix_in(folder: Path, text: str) -> Path:
    """A matrix file beside copies of the fixture notebooks."""
    for notebook in FIXTURE_NOTEBOOKS.glob("*.ipynb"):
        shutil.copy(notebook, folder)
    path = folder / "report.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_fixture_matrix_expands_entries_and_sweeps():
    runs = load_matrix(FIXTURE_NOTEBOOKS / "report.yml")
    assert [r.id for r in runs] == ["profile/default", "profile/province-ha-noi", "profile/province-pre2025-79",
                                    "sleepy/label-a", "sleepy/label-b"]
    by_id = {r.id: r for r in runs}
    assert by_id["profile/province-ha-noi"].parameters == {"province": "Hà Nội"}  # injected as written
    # normalised, with the notebook's defaults: Ninh Bình is pre2025-37, Hà Nội pre2025-01
    assert by_id["profile/default"].checked == {"province": "pre2025-37", "era": None, "width": 4.0}
    assert by_id["profile/province-ha-noi"].checked["province"] == "pre2025-01"
    assert {(r.timeout, r.start_timeout) for r in runs} == {(60, 60)}


def test_a_glob_entry_runs_every_notebook_at_its_defaults(tmp_path):
    runs = load_matrix(matrix_in(tmp_path, "runs:\n  - notebook: '*'\n"))
    assert [r.id for r in runs] == ["broken/default", "profile/default", "sleepy/default"]
    assert all(r.parameters == {} for r in runs)
    assert runs[0].timeout == 600 and runs[0].start_timeout == 60  # the built-in defaults


def test_province_sweeps_cover_each_era():
    post, pre = sweep_values("provinces(era=post2025)"), sweep_values("provinces(era=pre2025)")
    assert len(post) == 34 and len(pre) == 63 and len(set(post + pre)) == 97
    assert all(p.startswith("post2025-") for p in post) and all(p.startswith("pre2025-") for p in pre)
    assert sweep_values(["a", "b"]) == ["a", "b"]


@pytest.mark.parametrize("spec, message", [
    ("regions()", "unknown sweep 'regions'; available: provinces"),
    ("provinces(era=2025)", "unknown era 2025"),
    ("provinces(post2025)", "is not a call such as provinces(era=post2025)"),
    ([], "neither a non-empty list nor a call"),
])
def test_bad_sweeps_say_why(spec, message):
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        sweep_values(spec)


def test_default_matrix_covers_every_notebook_and_every_province():
    notebooks = REPO / "notebooks"
    runs = load_matrix(notebooks / "report.yml")
    defaults = [r for r in runs if not r.parameters]
    assert sorted(r.notebook.stem for r in defaults) == sorted(p.stem for p in notebooks.glob("*.ipynb"))
    profiles = [r for r in runs if r.notebook.stem == "province_profile" and r.parameters]
    assert sorted(r.checked["province"] for r in profiles) == sorted(
        sweep_values("provinces(era=post2025)") + sweep_values("provinces(era=pre2025)"))
    assert all(r.checked["era"] == r.checked["province"].split("-")[0] for r in profiles)
    assert len(runs) == len(defaults) + 34 + 63 + 7  # + the extra views at the end of report.yml
    assert runs[-1].id.startswith("ranking_trends/") and {r.timeout for r in runs} == {600}


def test_the_matrix_reads_the_units_of_merged_provinces_as_the_notebook_does():
    # the notebook highlights Ninh Bình, Gia Lai, Bắc Ninh and Hải Phòng as post-2025 units: the merged Gia Lai
    # took Bình Định's code 52 and the merged Bắc Ninh Bắc Giang's code 24 (the pre-2025 Gia Lai and Bắc Ninh
    # are pre2025-64 and pre2025-27); the manifest must record the ids the notebook uses
    runs = [r for r in load_matrix(REPO / "notebooks" / "report.yml") if r.notebook.stem == "merged_provinces"]
    assert runs and all(r.checked["highlight_units"] == ["post2025-37", "post2025-52", "post2025-24", "post2025-31"]
                        for r in runs)


BAD_MATRIX = """\
defaults: {timeout: 30}
runs:
  - notebook: profile
    parameters: {provnce: Hà Nội}
  - notebook: sleepy
    parameters: {seconds: fast}
  - notebook: sleepy
    parameters: {seconds: 2}
  - notebook: profile
    parameters: {era: 5}
  - notebook: profile
    sweep: {province: [Hà Nội, Atlantis]}
  - notebook: missing
  - notebook: profile
    sweep: {province: regions()}
  - notebook: sleepy
    parameters: {seconds: 2}
  - notebook: broken
    timeout: 0
  - notebok: broken
"""


def test_every_problem_is_reported_at_once_naming_its_entry(tmp_path):
    with pytest.raises(MatrixError) as caught:
        load_matrix(matrix_in(tmp_path, BAD_MATRIX))
    problems = caught.value.problems
    expected = [
        "report.yml entry 1 (line 3), notebook 'profile', run profile/provnce-ha-noi: unknown parameter 'provnce'; "
        "profile.ipynb declares province, era, width",
        "report.yml entry 2 (line 5), notebook 'sleepy', run sleepy/seconds-fast: parameter 'seconds': "
        "'fast' (str) is not of type float",
        "report.yml entry 4 (line 9), notebook 'profile', run profile/era-5: parameter 'era': "
        "5 (int) is not of type str | None",
        "report.yml entry 5 (line 11), notebook 'profile', run profile/province-atlantis: "
        "parameter 'province': unknown province name 'Atlantis'",
        "report.yml entry 6 (line 13), notebook 'missing': no notebook",
        "report.yml entry 7 (line 14), notebook 'profile': sweep 'province': unknown sweep 'regions'",
        "report.yml entry 8 (line 16), notebook 'sleepy': run sleepy/seconds-2 is also produced by "
        "report.yml entry 3 (line 7), notebook 'sleepy'",
        "report.yml entry 9 (line 18), notebook 'broken': timeout is 0; expected a positive whole number of seconds",
        "report.yml entry 10 (line 20): expected a mapping with 'notebook'",
    ]
    assert len(problems) == len(expected)
    for problem, start in zip(problems, expected):
        assert problem.startswith(start), (problem, start)
    # the second run of entry 5 (Hà Nội) is fine, and an int is a valid float (entry 3): no problem for them


def test_cli_rejects_a_bad_matrix_before_running_anything(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DTLIB_ROOT", str(tmp_path))
    path = matrix_in(tmp_path, "runs:\n  - notebook: profile\n    parameters: {province: Atlantis}\n")
    assert main(["report", "--matrix", str(path), "-q"]) == 2
    err = capsys.readouterr().err
    assert "unknown province name 'Atlantis'" in err and "Nothing was run." in err
    assert not (tmp_path / "build").exists()


def _notebook(parameter_sources: list[str], kernel: str = "python3") -> dict:
    cells = [nbformat.v4.new_code_cell(s, metadata={"tags": ["parameters"]}) for s in parameter_sources]
    return nbformat.v4.new_notebook(cells=cells, metadata={"kernelspec": {"name": kernel, "display_name": kernel}})


def test_parameters_cell_is_read_with_modern_annotations():
    declared, problems = notebook_parameters(_notebook([
        'era: str | None = None  # pre2025, post2025 or None\neditions: list[int] = [2022, 2024]\nseed = 7']))
    assert problems == []
    assert declared == {"era": Parameter("era", "str | None", "None"),
                        "editions": Parameter("editions", "list[int]", "[2022, 2024]"),
                        "seed": Parameter("seed", None, "7")}


@pytest.mark.parametrize("notebook, problem", [
    (_notebook([]), "has 0 cells tagged 'parameters'; expected exactly one"),
    (_notebook(["a: int = 1", "b: int = 2"]), "has 2 cells tagged 'parameters'; expected exactly one"),
    (_notebook(["a: int = 1"], kernel="python3.11"), "kernelspec is 'python3.11'; expected the generic 'python3'"),
    (_notebook(["a: int = 1\nprint(a)"]), "parameters cell line 2 is not a simple 'name: type = value' assignment"),
])
def test_notebook_conventions(notebook, problem):
    assert problem in notebook_parameters(notebook)[1]


@pytest.mark.parametrize("annotation, default, value, problem", [
    ("str", '"x"', "Hà Nội", None),
    ("str", '"x"', 3, "3 (int) is not of type str"),
    ("float", "1.0", 2, None),  # an int is a valid float
    ("float", "1.0", "2", "'2' (str) is not of type float"),
    ("list[int]", "[2022]", [2022, 2024], None),
    ("list[int]", "[2022]", [2022, "2024"], "[2022, '2024'] (list) is not of type list[int]"),
    ("str | None", "None", None, None),
    ("Literal['a', 'b']", "'a'", "c", "'c' (str) is not of type Literal['a', 'b']"),
    (None, "4.0", "wide", "'wide' (str) is not of type float"),  # no annotation: the default's type
    (None, "None", [1], None),  # no annotation, default None: anything goes
    ("pd.Timestamp", "None", 1, "its annotation 'pd.Timestamp' is not a literal type "
                                "(use str, int, float, bool, list[...], X | None, Literal[...])"),
])
def test_type_problems(annotation, default, value, problem):
    assert type_problem(Parameter("p", annotation, default), value) == problem


def test_slugs_are_readable_file_names():
    assert slug({}) == "default"
    assert slug({"province": "Hà Nội", "era": "pre2025"}) == "province-ha-noi_era-pre2025"
    assert slug({"editions": [2022, 2024], "region": None}) == "editions-2022+2024_region-none"
    assert slug({"region": "South East"}) == "region-south-east"


@pytest.mark.parametrize("text, message", [
    ("runs: [notebook: profile", "report.yml: not valid YAML"),
    ("notebook: profile\n", "report.yml: expected a mapping with 'runs' (a list of entries) and optional 'defaults'"),
    ("defaults: {timeout: 10, retries: 2}\nruns: []\n", "report.yml defaults: expected a mapping with keys"),
    ("defaults: {start_timeout: -1}\nruns: []\n", "start_timeout is -1; expected a positive whole number"),
])
def test_a_malformed_matrix_file_is_rejected(tmp_path, text, message):
    with pytest.raises(MatrixError) as caught:
        load_matrix(matrix_in(tmp_path, text))
    assert message in str(caught.value)


def test_quoted_optional_annotations_are_checked():
    era = Parameter("era", "'Optional[str]'", "None")  # how the notebooks write optional parameters
    assert type_problem(era, None) is None and type_problem(era, "pre2025") is None
    assert type_problem(era, 2025) == "2025 (int) is not of type 'Optional[str]'"
