"""The run matrix (``notebooks/report.yml``): which notebooks run, with which parameters.

A matrix file holds ``defaults`` (timeouts) and a list of ``runs`` entries. Each entry names a
notebook (a file stem in the matrix's folder, or a pattern such as ``"*"`` for every notebook
there), literal ``parameters``, an optional ``sweep`` (one run per combination of its lists; a
list may be written as a call such as ``provinces(era=post2025)``) and timeouts::

    defaults: {timeout: 600, start_timeout: 60}
    runs:
      - notebook: "*"                      # every notebook at its defaults
      - notebook: province_profile
        parameters: {era: post2025}
        sweep: {province: provinces(era=post2025)}

:func:`load_matrix` expands the entries into :class:`Run` objects and checks every run before
anything executes: the notebook exists and follows the conventions (one ``parameters`` cell,
kernelspec ``python3``), every parameter name is one the notebook declares, every value has
the declared type, and values with a known meaning (provinces, indices, editions, ...) pass
:func:`dtlib.parameters.validate`. All problems are reported at once, each naming its entry.
"""
from __future__ import annotations

import ast
import itertools
import re
import typing
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from ..parameters import ParameterError, validate
from ..provinces import ascii_name

KERNEL = "python3"
DEFAULT_TIMEOUT = 600  # seconds a single cell may run
DEFAULT_START_TIMEOUT = 60  # seconds for the kernel to start
ENTRY_KEYS = {"notebook", "parameters", "sweep", "timeout", "start_timeout"}
TIMEOUT_KEYS = {"timeout", "start_timeout"}


class MatrixError(ValueError):
    """The matrix has problems; ``problems`` lists each, naming its entry."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in the run matrix:\n" + "\n".join(f"  - {p}" for p in problems))


@dataclass(frozen=True)
class Parameter:
    """One assignment of a notebook's parameters cell."""

    name: str
    annotation: str | None  # source text, e.g. "list[int]" or "str | None"
    default: str  # source text of the value


@dataclass(frozen=True)
class Run:
    """One notebook execution: a notebook and the parameters papermill injects."""

    id: str  # "<notebook>/default" or "<notebook>/<slug of the parameters>"
    notebook: Path
    parameters: dict[str, Any]  # as written in the matrix (injected as such)
    checked: dict[str, Any]  # every parameter, defaults included, normalised by dtlib.parameters
    timeout: int
    start_timeout: int
    entry: str  # where the run comes from, for messages


def notebook_parameters(notebook: dict) -> tuple[dict[str, Parameter], list[str]]:
    """The parameters declared by a notebook (a parsed .ipynb) and any breach of the conventions.

    Parsed with ``ast`` rather than ``papermill.inspect_notebook``, whose pattern skips
    annotations such as ``str | None``.
    """
    problems = []
    kernel = notebook.get("metadata", {}).get("kernelspec", {}).get("name")
    if kernel != KERNEL:
        problems.append(f"kernelspec is {kernel!r}; expected the generic {KERNEL!r}")
    cells = [c for c in notebook.get("cells", []) if "parameters" in c.get("metadata", {}).get("tags", [])]
    if len(cells) != 1:
        problems.append(f"has {len(cells)} cells tagged 'parameters'; expected exactly one")
        return {}, problems
    source = "".join(cells[0]["source"]) if isinstance(cells[0]["source"], list) else cells[0]["source"]
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        return {}, [*problems, f"parameters cell does not parse: {exc}"]
    declared = {}
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            declared[node.target.id] = Parameter(node.target.id, ast.unparse(node.annotation), ast.unparse(node.value))
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            declared[node.targets[0].id] = Parameter(node.targets[0].id, None, ast.unparse(node.value))
        else:
            problems.append(f"parameters cell line {node.lineno} is not a simple 'name: type = value' assignment")
    return declared, problems


# Names a parameter annotation may use; anything else is not a literal parameter type.
_ANNOTATION_NAMES = {
    "str": str, "int": int, "float": float, "bool": bool, "list": list, "tuple": tuple, "dict": dict,
    "None": None, "Any": typing.Any, "Optional": typing.Optional, "Literal": typing.Literal,
    "Union": typing.Union,
}


def type_problem(parameter: Parameter, value: Any) -> str | None:
    """Why ``value`` does not fit the parameter's annotation (or its default's type), else None."""
    from typeguard import CollectionCheckStrategy, TypeCheckError, check_type

    if parameter.annotation is None:
        try:
            default = ast.literal_eval(parameter.default)
        except ValueError:
            return None  # no annotation and a computed default: nothing to check against
        expected: Any = typing.Any if default is None else type(default)
        shown = "any value" if default is None else type(default).__name__
    else:
        try:
            expected = eval(parameter.annotation, {"__builtins__": {}}, _ANNOTATION_NAMES)  # noqa: S307 (names restricted)
            if isinstance(expected, str):  # a quoted annotation ("Optional[str]"), which papermill can read
                expected = eval(expected, {"__builtins__": {}}, _ANNOTATION_NAMES)  # noqa: S307
        except Exception:
            return (f"its annotation {parameter.annotation!r} is not a literal type "
                    f"(use str, int, float, bool, list[...], X | None, Literal[...])")
        shown = parameter.annotation
    try:
        check_type(value, expected, collection_check_strategy=CollectionCheckStrategy.ALL_ITEMS)
    except TypeCheckError:
        return f"{value!r} ({type(value).__name__}) is not of type {shown}"
    return None


# Sweep generators: a sweep list may be written as one of these calls.
def _provinces(era: str | None = None) -> list[str]:
    from ..provinces import provinces

    return provinces(era)["province_id"].tolist()


SWEEPS = {"provinces": _provinces}


def sweep_values(spec: Any) -> list:
    """The list a sweep key runs over: a YAML list, or a call such as ``provinces(era=post2025)``."""
    if isinstance(spec, list) and spec:
        return spec
    if not isinstance(spec, str):
        raise ValueError(f"{spec!r} is neither a non-empty list nor a call such as provinces(era=post2025)")
    try:
        call = ast.parse(spec.strip(), mode="eval").body
    except SyntaxError:
        call = None
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and not call.args):
        raise ValueError(f"{spec!r} is not a call such as provinces(era=post2025)")
    if call.func.id not in SWEEPS:
        raise ValueError(f"unknown sweep {call.func.id!r}; available: {', '.join(SWEEPS)}")
    # Bare words are strings (era=post2025); quoted strings and numbers are taken as written.
    kwargs = {k.arg: k.value.id if isinstance(k.value, ast.Name) else ast.literal_eval(k.value) for k in call.keywords}
    try:
        return SWEEPS[call.func.id](**kwargs)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{spec!r}: {exc}") from None


def slug(parameters: dict[str, Any]) -> str:
    """A file-name-safe label of parameter values: ``{"province": "pre2025-01"}`` -> ``province-pre2025-01``."""
    if not parameters:
        return "default"

    def text(value: Any) -> str:
        if isinstance(value, (list, tuple)):
            return "+".join(text(v) for v in value)
        return re.sub(r"[^a-z0-9.+-]+", "-", ascii_name(str(value)).lower()).strip("-")

    return "_".join(f"{name}-{text(value)}" for name, value in parameters.items())


def load_matrix(path: Path) -> list[Run]:
    """Every run of the matrix file, validated; raises :class:`MatrixError` listing all problems."""
    path = Path(path)
    if not path.is_file():
        raise MatrixError([f"{path}: no such matrix file"])
    text = path.read_text(encoding="utf-8")
    try:
        document = yaml.safe_load(text) or {}
        lines = [node.start_mark.line + 1 for node in _runs_node(yaml.compose(text))]
    except yaml.YAMLError as exc:
        raise MatrixError([f"{path}: not valid YAML: {exc}"]) from None
    problems: list[str] = []
    if not isinstance(document, dict) or set(document) - {"defaults", "runs"} or not isinstance(
            document.get("runs"), list):
        raise MatrixError([f"{path}: expected a mapping with 'runs' (a list of entries) and optional 'defaults'"])
    defaults = {"timeout": DEFAULT_TIMEOUT, "start_timeout": DEFAULT_START_TIMEOUT}
    given_defaults = document.get("defaults") or {}
    if not isinstance(given_defaults, dict) or set(given_defaults) - TIMEOUT_KEYS:
        problems.append(f"{path} defaults: expected a mapping with keys {', '.join(sorted(TIMEOUT_KEYS))}")
    else:
        problems += _timeout_problems(given_defaults, f"{path} defaults")
        defaults.update(given_defaults)
    runs: dict[str, Run] = {}
    specs: dict[Path, tuple[dict[str, Parameter], list[str]]] = {}
    for number, (entry, line) in enumerate(zip(document["runs"], lines), start=1):
        where = f"{path.name} entry {number} (line {line})"
        for run in _expand(entry, where, path.parent, defaults, specs, problems):
            if run.id in runs:
                problems.append(f"{run.entry}: run {run.id} is also produced by {runs[run.id].entry}")
            runs.setdefault(run.id, run)
    if problems:
        raise MatrixError(problems)
    return list(runs.values())


def _runs_node(root: yaml.Node | None) -> list[yaml.Node]:
    if isinstance(root, yaml.MappingNode):
        for key, value in root.value:
            if key.value == "runs" and isinstance(value, yaml.SequenceNode):
                return value.value
    return []


def _timeout_problems(values: dict, where: str) -> list[str]:
    return [f"{where}: {key} is {values[key]!r}; expected a positive whole number of seconds"
            for key in TIMEOUT_KEYS & set(values)
            if isinstance(values[key], bool) or not isinstance(values[key], int) or values[key] <= 0]


def _expand(entry: Any, where: str, folder: Path, defaults: dict, specs: dict, problems: list[str]) -> list[Run]:
    """The runs of one matrix entry; problems are appended, naming the entry."""
    if not isinstance(entry, dict) or not isinstance(entry.get("notebook"), str) or set(entry) - ENTRY_KEYS:
        problems.append(f"{where}: expected a mapping with 'notebook' and optional "
                        f"{', '.join(sorted(ENTRY_KEYS - {'notebook'}))}; found {entry!r}")
        return []
    where = f"{where}, notebook {entry['notebook']!r}"
    fixed, sweep = entry.get("parameters") or {}, entry.get("sweep") or {}
    if not isinstance(fixed, dict) or not isinstance(sweep, dict):
        problems.append(f"{where}: 'parameters' and 'sweep' must be mappings of parameter name to value(s)")
        return []
    timeouts = _timeout_problems(entry, where)
    if timeouts:
        problems += timeouts
        return []
    notebooks = sorted(folder.glob(f"{entry['notebook']}.ipynb"))
    if not notebooks:
        problems.append(f"{where}: no notebook {folder / entry['notebook']}.ipynb")
        return []
    axes = {}
    for name, spec in sweep.items():
        try:
            axes[name] = sweep_values(spec)
        except ValueError as exc:
            problems.append(f"{where}: sweep {name!r}: {exc}")
    if len(axes) < len(sweep):
        return []
    combinations = [dict(zip(axes, values)) for values in itertools.product(*axes.values())]
    import nbformat

    runs = []
    for notebook in notebooks:
        if notebook not in specs:
            specs[notebook] = notebook_parameters(nbformat.read(notebook, as_version=4))
        declared, conventions = specs[notebook]
        if conventions:
            problems += [f"{where}: {notebook.name} {p}" for p in conventions]
            continue
        for combination in combinations:
            parameters = {**fixed, **combination}
            run = Run(
                id=f"{notebook.stem}/{slug(parameters)}", notebook=notebook, parameters=parameters, checked={},
                timeout=entry.get("timeout", defaults["timeout"]),
                start_timeout=entry.get("start_timeout", defaults["start_timeout"]), entry=where,
            )
            checked = _check(run, declared, problems)
            if checked is not None:
                runs.append(replace(run, checked=checked))
    return runs


def _check(run: Run, declared: dict[str, Parameter], problems: list[str]) -> dict[str, Any] | None:
    """The run's parameters (defaults included) normalised, or None after appending its problems."""
    where = f"{run.entry}, run {run.id}"
    found = []
    for name, value in run.parameters.items():
        if name not in declared:
            found.append(f"unknown parameter {name!r}; {run.notebook.name} declares "
                         f"{', '.join(declared) or 'no parameters'}")
        elif (problem := type_problem(declared[name], value)) is not None:
            found.append(f"parameter {name!r}: {problem}")
    if found:
        problems += [f"{where}: {p}" for p in found]
        return None
    merged = {}
    for name, parameter in declared.items():
        try:
            merged[name] = ast.literal_eval(parameter.default)
        except ValueError:
            continue  # a computed default is the notebook's own business
    merged.update(run.parameters)
    try:
        return validate(merged)
    except ParameterError as exc:
        problems.append(f"{where}: {exc}")
        return None
