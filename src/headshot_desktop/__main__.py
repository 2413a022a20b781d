import gc

# Off before the command line's own imports too: start-up makes thousands of objects that live as long as
# the app, and looking for garbage among them only delays the window (cli.main turns collection back on).
gc.disable()

from headshot_desktop.cli import main  # noqa: E402

raise SystemExit(main())
