"""Entry point: ``safe-synthesizer``. User mistakes print one line (exit 2); ``-v`` adds tracebacks."""

from __future__ import annotations

import sys
import traceback

import click

from safe_synthesizer import __version__
from safe_synthesizer.cli.artifacts import artifacts
from safe_synthesizer.cli.config_cmd import config
from safe_synthesizer.cli.options import VERBOSE_HELP, VERBOSE_META
from safe_synthesizer.cli.run import run
from safe_synthesizer.cli.serve import serve, token
from safe_synthesizer.cli.standalone import evaluate, pii
from safe_synthesizer.errors import ConfigError, SafeSynthesizerError, UserInputError
from safe_synthesizer.utils.interrupts import exit_code, interruption_reason, signals_as_exceptions

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


@click.group(help="Turn a sensitive table into a private synthetic one.")
@click.version_option(__version__, prog_name="safe-synthesizer")
@click.option("-v", "--verbose", count=True, help=VERBOSE_HELP)
@click.pass_context
def cli(ctx: click.Context, verbose: int) -> None:
    ctx.meta[VERBOSE_META] = verbose  # read by every subcommand's logging options


for command in (run, config, artifacts, evaluate, pii, serve, token):
    cli.add_command(command)


def _verbose(argv: list[str]) -> bool:
    return any(a in ("-v", "-vv", "-vvv", "--verbose") for a in argv)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and map errors to exit codes: 0 ok, 2 usage/config/input error, 1 failure."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        # SIGTERM unwinds like Ctrl-C: temporary files are removed and the run is marked interrupted.
        with signals_as_exceptions():
            cli.main(args=argv, prog_name="safe-synthesizer", standalone_mode=False)
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.exceptions.Abort as exc:
        if isinstance(exc.__cause__, KeyboardInterrupt):  # click wraps Ctrl-C (and our SIGTERM) in Abort
            click.echo(f"interrupted: {interruption_reason(exc.__cause__)}", err=True)
            return exit_code(exc.__cause__)
        click.echo("aborted", err=True)
        return EXIT_FAILURE
    except click.UsageError as exc:
        click.echo(f"error: {exc.format_message()}", err=True)
        return EXIT_USAGE
    except click.ClickException as exc:
        click.echo(f"error: {exc.format_message()}", err=True)
        return exc.exit_code
    except SystemExit as exc:
        return int(exc.code or 0) if not isinstance(exc.code, str) else EXIT_FAILURE
    except (ConfigError, UserInputError) as exc:
        if _verbose(argv):
            traceback.print_exc()
        click.echo(f"error: {exc}", err=True)
        return EXIT_USAGE
    except SafeSynthesizerError as exc:
        if _verbose(argv):
            traceback.print_exc()
        click.echo(f"error: {exc}", err=True)
        return EXIT_FAILURE
    except KeyboardInterrupt as exc:
        click.echo(f"interrupted: {interruption_reason(exc)}", err=True)
        return exit_code(exc)
    except MemoryError:
        click.echo("error: out of memory; lower --generation__num_records or --generation__batch_size, or "
                   "sample fewer rows", err=True)
        return EXIT_FAILURE
    except OSError as exc:
        if _verbose(argv):
            traceback.print_exc()
        where = f"{exc.filename}: " if exc.filename else ""
        click.echo(f"error: {where}{exc.strerror or exc}; check that the path exists, is writable and the disk "
                   "has space (-v for the traceback)", err=True)
        return EXIT_FAILURE
    except Exception as exc:
        if _verbose(argv):
            traceback.print_exc()
        click.echo(f"error: unexpected failure ({type(exc).__name__}: {exc}); run again with -v for "
                   "the traceback", err=True)
        return EXIT_FAILURE
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
