"""The Team tab: a team kit, the people in a batch, its cost, its run, its statuses and export all.

``tab.attach(window)`` adds the tab; its contents (``panel.TeamPanel``) are built the first time it is shown.
"""
