"""The command-line subcommands: each module adds its parser and runs on an AppContext, without Qt."""
