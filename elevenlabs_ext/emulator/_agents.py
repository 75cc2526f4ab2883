"""The emulator's conversational agents: who they are and how they answer.

Three ways an agent comes to be:

* the default agent, which answers any ``agent_id`` nobody defined: it greets and echoes;
* ``Emulator.define_agent(...)`` (``AgentBook.define``) in a test;
* ``POST /v1/convai/agents/create``: the first message, voice, client tools and whether the
  agent needs authentication (``platform_settings.auth.enable_auth``) come from its config.

An agent's reply policy is a list of scripted replies (said in order, then echoing), the
string ``"echo"``, or a callable that gets the user's words and returns the reply. Its client
tool calls are made once, on the first user turn, before the reply.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final

import attrs

__all__ = ["DEFAULT_FIRST_MESSAGE", "Agent", "AgentBook", "ClientToolCall", "ReplyPolicy", "echo"]

DEFAULT_FIRST_MESSAGE: Final = "Hello, how can I help you today?"
DEFAULT_VOICE: Final = "JBFqnCBsd6RMkjVDRZzb"

ReplyPolicy = Sequence[str] | Callable[[str], str] | str


def echo(user_text: str) -> str:
    return f"You said: {user_text}" if user_text.strip() else "Sorry, I did not catch that."


@attrs.frozen
class ClientToolCall:
    """A client tool the agent asks the client to run, with its arguments."""

    tool_name: str
    parameters: Mapping[str, Any] = attrs.field(factory=dict)


@attrs.define
class Agent:
    agent_id: str
    name: str = "Emulated agent"
    first_message: str = DEFAULT_FIRST_MESSAGE
    voice_id: str = DEFAULT_VOICE
    language: str = "en"
    replies: ReplyPolicy = "echo"
    tool_calls: tuple[ClientToolCall, ...] = ()
    requires_auth: bool = False
    tags: tuple[str, ...] = ()
    created_at: int = attrs.Factory(lambda: int(time.time()))
    _scripted: int = 0

    def reply_to(self, user_text: str) -> str:
        """The agent's answer (blocking: a callable policy is the caller's code)."""
        policy = self.replies
        if callable(policy):
            return str(policy(user_text))
        if isinstance(policy, str):
            return echo(user_text)
        if self._scripted < len(policy):
            answer = policy[self._scripted]
            self._scripted += 1
            return answer
        return echo(user_text)

    def summary(self) -> dict[str, Any]:
        return {
            "agent_id": self.agent_id,
            "name": self.name,
            "tags": list(self.tags),
            "created_at_unix_secs": self.created_at,
            "access_info": {
                "is_creator": True,
                "creator_name": "Emulator",
                "creator_email": "emulator@localhost",
                "role": "admin",
            },
            "last_call_time_unix_secs": None,
        }


def _dig(config: Any, *path: str) -> Any:
    for key in path:
        if not isinstance(config, Mapping):
            return None
        config = config.get(key)
    return config


class AgentBook:
    """Agents by id; an unknown id gets a fresh default agent (so any ``agent_id`` answers)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._agents: dict[str, Agent] = {}

    def define(
        self,
        agent_id: str | None = None,
        *,
        first_message: str = DEFAULT_FIRST_MESSAGE,
        replies: ReplyPolicy = "echo",
        tool_calls: Sequence[ClientToolCall | tuple[str, Mapping[str, Any]]] = (),
        voice_id: str = DEFAULT_VOICE,
        name: str = "Emulated agent",
        requires_auth: bool = False,
    ) -> Agent:
        if isinstance(replies, str) and replies != "echo":
            raise ValueError('replies must be "echo", a sequence of replies or a callable')
        calls = tuple(call if isinstance(call, ClientToolCall) else ClientToolCall(*call) for call in tool_calls)
        agent = Agent(
            agent_id or "agent_" + secrets.token_hex(10),
            name=name,
            first_message=first_message,
            voice_id=voice_id,
            replies=replies if callable(replies) or isinstance(replies, str) else tuple(replies),
            tool_calls=calls,
            requires_auth=requires_auth,
        )
        with self._lock:
            self._agents[agent.agent_id] = agent
        return agent

    def create_from_config(self, body: Mapping[str, Any]) -> Agent:
        """An agent from the body of ``POST /v1/convai/agents/create``."""
        config = body.get("conversation_config")
        tools = _dig(config, "agent", "prompt", "tools") or []
        calls = [
            ClientToolCall(str(tool["name"]))
            for tool in tools
            if isinstance(tool, Mapping) and tool.get("type") == "client" and isinstance(tool.get("name"), str)
        ]
        first = _dig(config, "agent", "first_message")
        voice = _dig(config, "tts", "voice_id")
        name = body.get("name")
        agent = self.define(
            first_message=first if isinstance(first, str) else "",
            tool_calls=calls,
            voice_id=voice if isinstance(voice, str) and voice else DEFAULT_VOICE,
            name=name if isinstance(name, str) and name else "Emulated agent",
            requires_auth=_dig(body, "platform_settings", "auth", "enable_auth") is True,
        )
        tags = body.get("tags")
        if isinstance(tags, list):
            agent.tags = tuple(str(tag) for tag in tags)
        return agent

    def get(self, agent_id: str) -> Agent:
        with self._lock:
            found = self._agents.get(agent_id)
        return found if found is not None else Agent(agent_id)

    def listed(self) -> list[Agent]:
        with self._lock:
            return sorted(self._agents.values(), key=lambda agent: (-agent.created_at, agent.agent_id))
