from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ws_stt_session_config import WsSttSessionConfig


T = TypeVar("T", bound="WsSttSessionStarted")


@_attrs_define
class WsSttSessionStarted:
    """The first message of a session, sent once the handshake succeeded.

    Attributes:
        message_type (Literal['session_started']):
        session_id (str): Names this session (e.g. in a support request).
        config (WsSttSessionConfig | Unset): The settings the session runs with, defaults filled in.
    """

    message_type: Literal["session_started"]
    session_id: str
    config: WsSttSessionConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        message_type = self.message_type

        session_id = self.session_id

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_type": message_type,
                "session_id": session_id,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        message_type = cast(Literal["session_started"], d.pop("message_type"))
        if message_type != "session_started":
            raise ValueError(f"message_type must match const 'session_started', got '{message_type}'")

        session_id = d.pop("session_id")

        _config = d.pop("config", UNSET)
        config: WsSttSessionConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = WsSttSessionConfig.from_dict(_config)

        ws_stt_session_started = cls(
            message_type=message_type,
            session_id=session_id,
            config=config,
        )

        ws_stt_session_started.additional_properties = d
        return ws_stt_session_started

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_nested_models_loaded = False


def _load_nested_models() -> None:
    global _nested_models_loaded, WsSttSessionConfig
    from ..models.ws_stt_session_config import WsSttSessionConfig  # noqa: F401

    _nested_models_loaded = True
