"""The writer's loop: `mkdocs serve --dirty` (make serve) shows an edited example
within a second, and every build compiles the theme's templates only once.

- on_files: a page that includes an example changed since the page was last
  built counts as changed, so that a dirty rebuild (which rebuilds only the
  pages whose own file changed) rebuilds it, and only it;
- on_env: the theme's Jinja templates (44 of them, compiled on each build and
  each rebuild, a third of a rebuild's time) are kept compiled in
  .cache/jinja, by Jinja's own cache, keyed by each template's source;
- on_serve: the server looks for changes every 0.1 s rather than every 0.5 s
  (MkDocs' polling interval, which it offers no option for).

Without --dirty every page is rebuilt, as before. MkDocs warns at each dirty
build that links to pages not rebuilt may be stale; in strict mode (mkdocs.yml)
that warning would stop the build, so this hook silences that one message.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from jinja2 import FileSystemBytecodeCache

ROOT = Path(__file__).resolve().parents[1]
INCLUDE = re.compile(r'--8<--\s*"([^":]+)')
POLLING_INTERVAL = 0.1  # seconds
TEMPLATES = ROOT / ".cache/jinja"


def not_the_dirty_build_warning(record: logging.LogRecord) -> bool:
    return not record.getMessage().startswith("A 'dirty' build is being performed")


logging.getLogger("mkdocs.commands.build").addFilter(not_the_dirty_build_warning)


def on_files(files, config, **kwargs):
    for file in files.documentation_pages():
        source, built = Path(file.abs_src_path), Path(file.abs_dest_path)
        if source.suffix != ".md" or not built.is_file():
            continue
        last_built = built.stat().st_mtime
        for path in INCLUDE.findall(source.read_text(encoding="utf-8")):
            included = ROOT / path
            if included.is_file() and included.stat().st_mtime > last_built:
                file.is_modified = lambda: True
                break
    return files


def on_env(env, config, files, **kwargs):
    TEMPLATES.mkdir(parents=True, exist_ok=True)
    env.bytecode_cache = FileSystemBytecodeCache(str(TEMPLATES))
    return env


def on_serve(server, config, builder, **kwargs):
    # The watchdog polling observer that MkDocs' live-reload server uses: its
    # interval, for the folders watched already and for those to come.
    server.observer._timeout = POLLING_INTERVAL
    for emitter in server.observer.emitters:
        emitter._timeout = POLLING_INTERVAL
    return server
