"""Every CLI command has help, and the CLI turns problems into messages."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from scrutineer.cli import app

runner = CliRunner()
COMMANDS = sorted(c.name or c.callback.__name__ for c in app.registered_commands)


def test_the_cli_has_a_command_per_stage_and_one_for_the_whole_run():
    assert {"all", "ingest", "extract", "normalise", "store", "export", "bench"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command):
    cmd = next(c for c in app.registered_commands if (c.name or c.callback.__name__) == command)
    assert cmd.callback.__doc__ and cmd.callback.__doc__.strip(), f"{command} has no docstring"
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert cmd.callback.__doc__.strip().splitlines()[0][:30] in " ".join(result.output.split())


def test_a_missing_folder_is_a_message_not_a_traceback(tmp_path):
    result = runner.invoke(app, ["all", "--raw-dir", str(tmp_path / "nope"), "--warehouse", str(tmp_path / "w.duckdb"),
                                 "--work-dir", str(tmp_path / "work"), "--quiet"])
    assert result.exit_code == 2
    assert "no such folder" in result.output
    assert "Traceback" not in result.output


def test_export_without_a_warehouse_says_what_to_do(tmp_path):
    result = runner.invoke(app, ["export", "--warehouse", str(tmp_path / "none.duckdb"), "--out-dir", str(tmp_path)])
    assert result.exit_code == 2
    assert "make all" in result.output


def test_a_run_says_how_many_kpis_mapped_and_where_the_unmapped_labels_are(tmp_path):
    from examples.builders import benchmark_column_scorecard

    raw = tmp_path / "raw"
    raw.mkdir()
    benchmark_column_scorecard(raw / "scorecard.pdf")
    result = runner.invoke(app, ["all", "--raw-dir", str(raw), "--warehouse", str(tmp_path / "w.duckdb"),
                                 "--work-dir", str(tmp_path / "work"), "--quiet", "--workers", "1"])
    assert result.exit_code == 0, result.output
    line = next(ln for ln in result.output.splitlines() if ln.startswith("kpis:"))
    assert "29 observations, 29 mapped to the catalogue (100.0%); 0 unmapped labels listed in" in line
    assert line.endswith("unmapped_indicators.csv")
