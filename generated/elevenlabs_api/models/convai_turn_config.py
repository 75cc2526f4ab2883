from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.convai_turn_mode import ConvaiTurnMode, check_convai_turn_mode
from ..models.spelling_patience import SpellingPatience, check_spelling_patience
from ..models.turn_eagerness import TurnEagerness, check_turn_eagerness
from ..models.turn_model import TurnModel, check_turn_model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.soft_timeout_config import SoftTimeoutConfig


T = TypeVar("T", bound="ConvaiTurnConfig")


@_attrs_define
class ConvaiTurnConfig:
    """Turn-taking settings.

    Attributes:
        turn_timeout (float | Unset): Seconds of silence before the agent speaks again. Default: 7.0.
        initial_wait_time (float | None | Unset):
        silence_end_call_timeout (float | Unset): Seconds of silence before the call ends; -1 never. Default: -1.0.
        mode (ConvaiTurnMode | Unset):  Default: 'turn'.
        turn_eagerness (TurnEagerness | Unset):  Default: 'normal'.
        spelling_patience (SpellingPatience | Unset):  Default: 'auto'.
        speculative_turn (bool | Unset):  Default: False.
        retranscribe_on_turn_timeout (bool | Unset):  Default: False.
        turn_model (TurnModel | Unset):  Default: 'turn_v3'.
        interruption_ignore_terms (list[str] | Unset):
        interruption_ignore_term_languages (list[str] | Unset):
        merge_with_default_ignore_terms (bool | Unset):  Default: False.
        transcribe_on_disabled_interruptions (bool | Unset):  Default: False.
        soft_timeout_config (SoftTimeoutConfig | Unset):
    """

    turn_timeout: float | Unset = 7.0
    initial_wait_time: float | None | Unset = UNSET
    silence_end_call_timeout: float | Unset = -1.0
    mode: ConvaiTurnMode | Unset = "turn"
    turn_eagerness: TurnEagerness | Unset = "normal"
    spelling_patience: SpellingPatience | Unset = "auto"
    speculative_turn: bool | Unset = False
    retranscribe_on_turn_timeout: bool | Unset = False
    turn_model: TurnModel | Unset = "turn_v3"
    interruption_ignore_terms: list[str] | Unset = UNSET
    interruption_ignore_term_languages: list[str] | Unset = UNSET
    merge_with_default_ignore_terms: bool | Unset = False
    transcribe_on_disabled_interruptions: bool | Unset = False
    soft_timeout_config: SoftTimeoutConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        turn_timeout = self.turn_timeout

        initial_wait_time: float | None | Unset
        if isinstance(self.initial_wait_time, Unset):
            initial_wait_time = UNSET
        else:
            initial_wait_time = self.initial_wait_time

        silence_end_call_timeout = self.silence_end_call_timeout

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        turn_eagerness: str | Unset = UNSET
        if not isinstance(self.turn_eagerness, Unset):
            turn_eagerness = self.turn_eagerness

        spelling_patience: str | Unset = UNSET
        if not isinstance(self.spelling_patience, Unset):
            spelling_patience = self.spelling_patience

        speculative_turn = self.speculative_turn

        retranscribe_on_turn_timeout = self.retranscribe_on_turn_timeout

        turn_model: str | Unset = UNSET
        if not isinstance(self.turn_model, Unset):
            turn_model = self.turn_model

        interruption_ignore_terms: list[str] | Unset = UNSET
        if not isinstance(self.interruption_ignore_terms, Unset):
            interruption_ignore_terms = self.interruption_ignore_terms

        interruption_ignore_term_languages: list[str] | Unset = UNSET
        if not isinstance(self.interruption_ignore_term_languages, Unset):
            interruption_ignore_term_languages = self.interruption_ignore_term_languages

        merge_with_default_ignore_terms = self.merge_with_default_ignore_terms

        transcribe_on_disabled_interruptions = self.transcribe_on_disabled_interruptions

        soft_timeout_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.soft_timeout_config, Unset):
            soft_timeout_config = self.soft_timeout_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if turn_timeout is not UNSET:
            field_dict["turn_timeout"] = turn_timeout
        if initial_wait_time is not UNSET:
            field_dict["initial_wait_time"] = initial_wait_time
        if silence_end_call_timeout is not UNSET:
            field_dict["silence_end_call_timeout"] = silence_end_call_timeout
        if mode is not UNSET:
            field_dict["mode"] = mode
        if turn_eagerness is not UNSET:
            field_dict["turn_eagerness"] = turn_eagerness
        if spelling_patience is not UNSET:
            field_dict["spelling_patience"] = spelling_patience
        if speculative_turn is not UNSET:
            field_dict["speculative_turn"] = speculative_turn
        if retranscribe_on_turn_timeout is not UNSET:
            field_dict["retranscribe_on_turn_timeout"] = retranscribe_on_turn_timeout
        if turn_model is not UNSET:
            field_dict["turn_model"] = turn_model
        if interruption_ignore_terms is not UNSET:
            field_dict["interruption_ignore_terms"] = interruption_ignore_terms
        if interruption_ignore_term_languages is not UNSET:
            field_dict["interruption_ignore_term_languages"] = interruption_ignore_term_languages
        if merge_with_default_ignore_terms is not UNSET:
            field_dict["merge_with_default_ignore_terms"] = merge_with_default_ignore_terms
        if transcribe_on_disabled_interruptions is not UNSET:
            field_dict["transcribe_on_disabled_interruptions"] = transcribe_on_disabled_interruptions
        if soft_timeout_config is not UNSET:
            field_dict["soft_timeout_config"] = soft_timeout_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        turn_timeout = d.pop("turn_timeout", UNSET)

        def _parse_initial_wait_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        initial_wait_time = _parse_initial_wait_time(d.pop("initial_wait_time", UNSET))

        silence_end_call_timeout = d.pop("silence_end_call_timeout", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: ConvaiTurnMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_convai_turn_mode(_mode)

        _turn_eagerness = d.pop("turn_eagerness", UNSET)
        turn_eagerness: TurnEagerness | Unset
        if isinstance(_turn_eagerness, Unset):
            turn_eagerness = UNSET
        else:
            turn_eagerness = check_turn_eagerness(_turn_eagerness)

        _spelling_patience = d.pop("spelling_patience", UNSET)
        spelling_patience: SpellingPatience | Unset
        if isinstance(_spelling_patience, Unset):
            spelling_patience = UNSET
        else:
            spelling_patience = check_spelling_patience(_spelling_patience)

        speculative_turn = d.pop("speculative_turn", UNSET)

        retranscribe_on_turn_timeout = d.pop("retranscribe_on_turn_timeout", UNSET)

        _turn_model = d.pop("turn_model", UNSET)
        turn_model: TurnModel | Unset
        if isinstance(_turn_model, Unset):
            turn_model = UNSET
        else:
            turn_model = check_turn_model(_turn_model)

        interruption_ignore_terms = cast(list[str], d.pop("interruption_ignore_terms", UNSET))

        interruption_ignore_term_languages = cast(list[str], d.pop("interruption_ignore_term_languages", UNSET))

        merge_with_default_ignore_terms = d.pop("merge_with_default_ignore_terms", UNSET)

        transcribe_on_disabled_interruptions = d.pop("transcribe_on_disabled_interruptions", UNSET)

        _soft_timeout_config = d.pop("soft_timeout_config", UNSET)
        soft_timeout_config: SoftTimeoutConfig | Unset
        if isinstance(_soft_timeout_config, Unset):
            soft_timeout_config = UNSET
        else:
            soft_timeout_config = SoftTimeoutConfig.from_dict(_soft_timeout_config)

        convai_turn_config = cls(
            turn_timeout=turn_timeout,
            initial_wait_time=initial_wait_time,
            silence_end_call_timeout=silence_end_call_timeout,
            mode=mode,
            turn_eagerness=turn_eagerness,
            spelling_patience=spelling_patience,
            speculative_turn=speculative_turn,
            retranscribe_on_turn_timeout=retranscribe_on_turn_timeout,
            turn_model=turn_model,
            interruption_ignore_terms=interruption_ignore_terms,
            interruption_ignore_term_languages=interruption_ignore_term_languages,
            merge_with_default_ignore_terms=merge_with_default_ignore_terms,
            transcribe_on_disabled_interruptions=transcribe_on_disabled_interruptions,
            soft_timeout_config=soft_timeout_config,
        )

        convai_turn_config.additional_properties = d
        return convai_turn_config

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
    global _nested_models_loaded, SoftTimeoutConfig
    from ..models.soft_timeout_config import SoftTimeoutConfig  # noqa: F401

    _nested_models_loaded = True
