from headshot_desktop.cli import main

raise SystemExit(main())
