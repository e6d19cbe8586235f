"""``python -m qingdan`` and the ``qingdan`` console script run the command line.

Ctrl-C or SIGTERM while the interpreter is still importing the command line (nothing has been
read or written yet) exits 130 with one line, not a traceback; from :func:`qingdan.cli.app.main`
on, interrupts unwind and clean up (issue 12).
"""

import os
import signal


def _startup_interrupt(signum: int, frame: object) -> None:
    os.write(2, "qingdan: 已中断 · interrupted\n".encode())
    os._exit(130)


def run() -> None:
    signal.signal(signal.SIGINT, _startup_interrupt)
    signal.signal(signal.SIGTERM, _startup_interrupt)
    from qingdan.cli.app import main

    signal.signal(signal.SIGINT, signal.default_int_handler)
    main()


if __name__ == "__main__":
    run()
