"""Running the emulator: in-process on a background thread (``Emulator``) or in the foreground
(``serve``, used by ``elevenlabs-ext emulator``). Both serve the app with uvicorn over real
HTTP/1.1 on a loopback socket.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, Self

import attrs
import uvicorn

from ._app import create_app
from ._context import EmulatorContext
from ._faults import DropConnectionError, parse_fault
from ._options import EmulatorOptions
from ._state import EmulatorState

if TYPE_CHECKING:
    from .._client import AsyncElevenLabs, ElevenLabs

__all__ = ["DEFAULT_API_KEY", "Emulator", "serve"]

DEFAULT_API_KEY: Final = "emulator-key"
_START_TIMEOUT: Final = 15.0
_GRACEFUL_SHUTDOWN: Final = 2


def _is_injected(error: BaseException | None) -> bool:
    if isinstance(error, DropConnectionError):
        return True
    if isinstance(error, BaseExceptionGroup):
        return any(_is_injected(inner) for inner in error.exceptions)
    return False


class _HideInjectedResets(logging.Filter):
    """uvicorn logs an app exception as a crash; a connection we drop on purpose is not one."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and _is_injected(record.exc_info[1]))


_filter_installed = threading.Lock()


def _install_log_filter() -> None:
    logger = logging.getLogger("uvicorn.error")
    with _filter_installed:
        if not any(isinstance(existing, _HideInjectedResets) for existing in logger.filters):
            logger.addFilter(_HideInjectedResets())


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host.strip("[]"), port))
    except BaseException:
        sock.close()
        raise
    return sock


class Emulator:
    """An ElevenLabs API emulator serving on a free loopback port in a background thread.

    ::

        from elevenlabs_ext.emulator import Emulator

        with Emulator() as emu, emu.client() as client:
            ...  # client is an ElevenLabs pointed at emu.base_url

    Args:
        options: limits, pacing and faults (``EmulatorOptions``); keyword overrides of its
            fields may be passed directly: ``Emulator(character_limit=100)``.
        host: the address to listen on (loopback unless you mean otherwise).
        port: 0 picks a free port.
        api_key: the key ``client()``/``async_client()`` send.
    """

    def __init__(
        self,
        options: EmulatorOptions | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        api_key: str = DEFAULT_API_KEY,
        log_level: str = "warning",
        **overrides: Any,
    ) -> None:
        self._initial_options = attrs.evolve(options or EmulatorOptions(), **overrides)
        self.context = EmulatorContext(self._initial_options)
        self.api_key = api_key
        self._host = host
        self._requested_port = port
        self._log_level = log_level
        self._port: int | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> Self:
        if self._thread is not None:
            return self
        self.context.closing = False
        self.context.espeak.sample_rate  # noqa: B018 - load eSpeak now: fail here, not on the first request
        _install_log_filter()
        sock = _bind(self._host, self._requested_port)
        config = uvicorn.Config(
            create_app(context=self.context),
            log_config=None,  # leave the host program's logging alone
            log_level=self._log_level,
            access_log=False,
            lifespan="off",
            timeout_graceful_shutdown=_GRACEFUL_SHUTDOWN,
        )
        server = uvicorn.Server(config)
        thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="elevenlabs-emulator", daemon=True
        )
        self._server, self._thread, self._socket = server, thread, sock
        self._port = sock.getsockname()[1]
        thread.start()
        deadline = time.monotonic() + _START_TIMEOUT
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"the emulator did not start on {self._host}:{self._port}")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        server, thread, sock = self._server, self._thread, self._socket
        self._server = self._thread = self._socket = None
        self.context.closing = True  # stalled and paced responses give up now
        if server is not None:
            server.should_exit = True
        if thread is not None:
            thread.join(_GRACEFUL_SHUTDOWN + 5)
        if sock is not None:
            sock.close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        where = self.base_url if self._thread is not None else "stopped"
        return f"<Emulator {where}>"

    # ------------------------------------------------------------------ where and who

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("the emulator is not running: use `with Emulator() as emu:` or emu.start()")
        return self._port

    @property
    def base_url(self) -> str:
        host = f"[{self._host.strip('[]')}]" if ":" in self._host else self._host
        return f"http://{host}:{self.port}"

    def client(self, **kwargs: Any) -> ElevenLabs:
        """An ``ElevenLabs`` for this emulator (``kwargs`` go to its constructor)."""
        from .._client import ElevenLabs

        return ElevenLabs(**{"api_key": self.api_key, "base_url": self.base_url, **kwargs})

    def async_client(self, **kwargs: Any) -> AsyncElevenLabs:
        """An ``AsyncElevenLabs`` for this emulator."""
        from .._client import AsyncElevenLabs

        return AsyncElevenLabs(**{"api_key": self.api_key, "base_url": self.base_url, **kwargs})

    # ------------------------------------------------------------------ control

    @property
    def options(self) -> EmulatorOptions:
        return self.context.options

    @property
    def state(self) -> EmulatorState:
        """The account: ``character_count``, ``history()``, ``usage()``."""
        return self.context.state

    def configure(self, **changes: Any) -> None:
        """Change options while serving: ``emu.configure(concurrency=1)``."""
        self.context.options = attrs.evolve(self.context.options, **changes)

    def inject(self, spec: str, *, times: int | None = 1) -> None:
        """Apply a fault (see ``FaultSpec``) to the next ``times`` API requests (None: all)."""
        self.context.faults.inject(parse_fault(spec), times)

    def define_agent(self, agent_id: str | None = None, **settings: Any) -> str:
        """Add a conversational agent; return its id. ``settings``: ``first_message``, ``replies``
        (scripted list, ``"echo"`` or a callable of the user's words), ``tool_calls``
        (``ClientToolCall`` or ``(name, parameters)``), ``voice_id``, ``name``, ``requires_auth``."""
        from ._realtime_state import realtime_state

        return realtime_state(self.context).agents.define(agent_id, **settings).agent_id

    def reset(self) -> None:
        """Fresh account, no faults, the options it started with."""
        self.context.options = self._initial_options
        self.context.reset()


def serve(options: EmulatorOptions, *, host: str, port: int, log_level: str = "info") -> None:
    """Serve in the foreground until interrupted (what the console script runs)."""
    _install_log_filter()
    config = uvicorn.Config(
        create_app(options),
        host=host,
        port=port,
        log_level=log_level,
        lifespan="off",
        timeout_graceful_shutdown=_GRACEFUL_SHUTDOWN,
    )
    uvicorn.Server(config).run()
