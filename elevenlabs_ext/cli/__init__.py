"""The ``elevenlabs-ext`` command line (entry point ``elevenlabs_ext._cli:main``).

One module per concern: ``_app`` (parser and dispatch), ``_common`` (options every API
command takes, the client), ``_exit`` (exit codes and error messages), ``_output`` (tables
and JSON), ``_progress`` (rich progress bars), and one module per group of commands.
Nothing here is imported by ``import elevenlabs_ext``; generated modules and ``rich`` are
imported only by the command that needs them, so ``--help`` stays fast.
"""
