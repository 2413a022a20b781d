"""Team headshots: a kit everyone shares, the people in a batch, the batch's manifest, its run and its export.

Callers import the submodules (``services.team.kit``, ``services.team.people``, …); this file imports nothing.
"""
