"""Benchmarks for elevenlabs-ext: ``python -m benchmarks`` (or ``make bench``).

Every benchmark reports a ratio against a baseline measured in the same run, because the
machines that run this are shared and noisy: compare, don't clock. See ``__main__.py`` for
the options and ``README.md`` (between the ``bench`` markers) for the latest results.
"""
