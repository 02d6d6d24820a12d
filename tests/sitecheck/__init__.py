"""Checks of the built site: a local server, its links, a browser audit.

- server.py: serves site/ on 127.0.0.1, at the root and under a sub-path;
- links.py: every internal link and anchor of site/ resolves;
- audit.py: Lighthouse scores, the link check and screenshots (``make audit``).
"""
