"""The notebook pages, by mkdocs-jupyter, which is imported only when it has work to do.

mkdocs-jupyter imports jupytext and nbconvert as it loads, 2 to 3 seconds on
this machine: more than the rest of a fast build of every page together.
A notebook whose HTML is in the plugin's cache (.cache/mkdocs-jupyter, keyed
by the notebook's text and these options) needs neither, so this hook runs
the plugin itself, with its own code, but with those two modules imported
lazily: on the first use of either, that is, when a notebook is converted.
``make build`` empties the cache first, so a published build executes the
notebook afresh; ``mkdocs serve`` and the fast build reuse it.

The options are the plugin's own (https://github.com/danielfrg/mkdocs-jupyter).
"""

from __future__ import annotations

import importlib
import os
import sys
import types

OPTIONS = {
    "include": ["notebooks/gil_*.py"],  # the jupytext notebooks, not their helpers
    # Markdown pages are not notebooks: without this the plugin parses every
    # page with jupytext to find out.
    "ignore": ["*.md"],
    # EXECUTE_NOTEBOOKS=false: a fast build, with the notebook's code but no output
    "execute": os.environ.get("EXECUTE_NOTEBOOKS", "true").lower() != "false",
    "allow_errors": False,  # a notebook that raises fails the build
    "include_source": True,
    # the notebook shows results, not plumbing: cells tagged hide-input show
    # their output only
    "remove_tag_config": {"remove_input_tags": ["hide-input"]},
    "no_prompt": True,  # no empty prompt column beside outputs on a phone
}


class Deferred(types.ModuleType):
    """Stands in sys.modules for a module until one of its names is used."""

    def __getattr__(self, name: str):
        del sys.modules[self.__name__]
        module = importlib.import_module(self.__name__)
        self.__dict__.update(vars(module))
        return getattr(module, name)


def lazily(name: str) -> None:
    """Import module `name` on the first use of one of its names."""
    sys.modules.setdefault(name, Deferred(name))


lazily("jupytext")
lazily("mkdocs_jupyter.convert")
from mkdocs_jupyter.plugin import Plugin  # noqa: E402

plugin = Plugin()
errors, warnings = plugin.load_config(OPTIONS)
if errors or warnings:
    raise ValueError(f"mkdocs-jupyter options: {errors + warnings}")


dirty = False


def on_startup(command, dirty, **kwargs):
    globals()["dirty"] = dirty


def on_pre_build(config, **kwargs):
    plugin.on_pre_build(config)


def on_files(files, config, **kwargs):
    return plugin.on_files(files, config)


def on_pre_page(page, config, files, **kwargs):
    return plugin.on_pre_page(page, config, files)


def on_post_page(output, page, config, **kwargs):
    plugin.on_post_page(output, page, config)
    return output


def on_post_build(config, **kwargs):
    # The plugin removes from its cache what this build did not use; a dirty
    # build (mkdocs serve --dirty) uses only what it rebuilt.
    if not dirty:
        plugin.on_post_build(config)
