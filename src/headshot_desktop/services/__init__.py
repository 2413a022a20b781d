"""Application services: the steps the window and the command line share.

Above intake, library and providers (it uses all three), below the front ends.
"""
