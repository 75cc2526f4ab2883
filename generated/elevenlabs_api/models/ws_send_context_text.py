from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ws_voice_settings import WsVoiceSettings


T = TypeVar("T", bound="WsSendContextText")


@_attrs_define
class WsSendContextText:
    """More text for one context.

    Attributes:
        text (str): The text; never empty (an empty text only keeps the context alive).
        context_id (str | Unset): The context it belongs to; the default context when left out.
        flush (bool | Unset): Also speak everything buffered in this context now.
        voice_settings (WsVoiceSettings | Unset): How the voice sounds for this stream or context; fixed once sent.
    """

    text: str
    context_id: str | Unset = UNSET
    flush: bool | Unset = UNSET
    voice_settings: WsVoiceSettings | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        text = self.text

        context_id = self.context_id

        flush = self.flush

        voice_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice_settings, Unset):
            voice_settings = self.voice_settings.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
            }
        )
        if context_id is not UNSET:
            field_dict["context_id"] = context_id
        if flush is not UNSET:
            field_dict["flush"] = flush
        if voice_settings is not UNSET:
            field_dict["voice_settings"] = voice_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        text = d.pop("text")

        context_id = d.pop("context_id", UNSET)

        flush = d.pop("flush", UNSET)

        _voice_settings = d.pop("voice_settings", UNSET)
        voice_settings: WsVoiceSettings | Unset
        if isinstance(_voice_settings, Unset):
            voice_settings = UNSET
        else:
            voice_settings = WsVoiceSettings.from_dict(_voice_settings)

        ws_send_context_text = cls(
            text=text,
            context_id=context_id,
            flush=flush,
            voice_settings=voice_settings,
        )

        return ws_send_context_text


_nested_models_loaded = False


def _load_nested_models() -> None:
    global _nested_models_loaded, WsVoiceSettings
    from ..models.ws_voice_settings import WsVoiceSettings  # noqa: F401

    _nested_models_loaded = True
