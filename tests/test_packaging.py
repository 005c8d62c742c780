"""Declared dependencies: every import the library and the notebooks make is declared, in both files."""
from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions

import yaml
from conftest import REPO


def _name(requirement: str) -> str:
    """The normalised distribution name of a requirement such as ``"pandas>=2.2"``."""
    return re.split(r"[<>=!~ \[;]", requirement, maxsplit=1)[0].strip().lower().replace("_", "-")


def _pyproject() -> dict[str, set[str]]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    groups = {"runtime": set(map(_name, project["dependencies"]))}
    groups |= {extra: set(map(_name, names)) for extra, names in project["optional-dependencies"].items()}
    return groups


def _imports(path) -> set[str]:
    """Top-level names of the modules a Python file imports (absolute imports only)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found


def test_environment_yml_installs_what_pyproject_declares():
    environment = yaml.safe_load((REPO / "environment.yml").read_text(encoding="utf-8"))["dependencies"]
    conda = {_name(d) for d in environment if isinstance(d, str)} - {"python", "pip"}
    pip = {_name(d) for d in next(d["pip"] for d in environment if isinstance(d, dict)) if not d.startswith("-e ")}
    assert conda | pip == set().union(*_pyproject().values())


def test_every_import_of_the_library_and_the_notebooks_is_a_declared_runtime_dependency():
    files = [*(REPO / "dtlib").rglob("*.py"), *(REPO / "notebooks").glob("*.py")]
    modules = set().union(*map(_imports, files)) - set(sys.stdlib_module_names) - {"dtlib"}
    distributions = packages_distributions()
    undeclared = {m: distributions.get(m) for m in modules
                  if not {_name(d) for d in distributions.get(m, [])} & _pyproject()["runtime"]}
    assert undeclared == {}, "imported but not in [project] dependencies of pyproject.toml"
