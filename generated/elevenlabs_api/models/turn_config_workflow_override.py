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
    from ..models.soft_timeout_config_workflow_override import SoftTimeoutConfigWorkflowOverride


T = TypeVar("T", bound="TurnConfigWorkflowOverride")


@_attrs_define
class TurnConfigWorkflowOverride:
    """
    Attributes:
        turn_timeout (float | None | Unset):
        initial_wait_time (float | None | Unset):
        silence_end_call_timeout (float | None | Unset):
        mode (ConvaiTurnMode | None | Unset):
        turn_eagerness (None | TurnEagerness | Unset):
        spelling_patience (None | SpellingPatience | Unset):
        speculative_turn (bool | None | Unset):
        retranscribe_on_turn_timeout (bool | None | Unset):
        turn_model (None | TurnModel | Unset):
        interruption_ignore_terms (list[str] | None | Unset):
        interruption_ignore_term_languages (list[str] | None | Unset):
        merge_with_default_ignore_terms (bool | None | Unset):
        transcribe_on_disabled_interruptions (bool | None | Unset):
        soft_timeout_config (None | SoftTimeoutConfigWorkflowOverride | Unset):
    """

    turn_timeout: float | None | Unset = UNSET
    initial_wait_time: float | None | Unset = UNSET
    silence_end_call_timeout: float | None | Unset = UNSET
    mode: ConvaiTurnMode | None | Unset = UNSET
    turn_eagerness: None | TurnEagerness | Unset = UNSET
    spelling_patience: None | SpellingPatience | Unset = UNSET
    speculative_turn: bool | None | Unset = UNSET
    retranscribe_on_turn_timeout: bool | None | Unset = UNSET
    turn_model: None | TurnModel | Unset = UNSET
    interruption_ignore_terms: list[str] | None | Unset = UNSET
    interruption_ignore_term_languages: list[str] | None | Unset = UNSET
    merge_with_default_ignore_terms: bool | None | Unset = UNSET
    transcribe_on_disabled_interruptions: bool | None | Unset = UNSET
    soft_timeout_config: None | SoftTimeoutConfigWorkflowOverride | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        turn_timeout: float | None | Unset
        if isinstance(self.turn_timeout, Unset):
            turn_timeout = UNSET
        else:
            turn_timeout = self.turn_timeout

        initial_wait_time: float | None | Unset
        if isinstance(self.initial_wait_time, Unset):
            initial_wait_time = UNSET
        else:
            initial_wait_time = self.initial_wait_time

        silence_end_call_timeout: float | None | Unset
        if isinstance(self.silence_end_call_timeout, Unset):
            silence_end_call_timeout = UNSET
        else:
            silence_end_call_timeout = self.silence_end_call_timeout

        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        elif isinstance(self.mode, str):
            mode = self.mode
        else:
            mode = self.mode

        turn_eagerness: None | str | Unset
        if isinstance(self.turn_eagerness, Unset):
            turn_eagerness = UNSET
        elif isinstance(self.turn_eagerness, str):
            turn_eagerness = self.turn_eagerness
        else:
            turn_eagerness = self.turn_eagerness

        spelling_patience: None | str | Unset
        if isinstance(self.spelling_patience, Unset):
            spelling_patience = UNSET
        elif isinstance(self.spelling_patience, str):
            spelling_patience = self.spelling_patience
        else:
            spelling_patience = self.spelling_patience

        speculative_turn: bool | None | Unset
        if isinstance(self.speculative_turn, Unset):
            speculative_turn = UNSET
        else:
            speculative_turn = self.speculative_turn

        retranscribe_on_turn_timeout: bool | None | Unset
        if isinstance(self.retranscribe_on_turn_timeout, Unset):
            retranscribe_on_turn_timeout = UNSET
        else:
            retranscribe_on_turn_timeout = self.retranscribe_on_turn_timeout

        turn_model: None | str | Unset
        if isinstance(self.turn_model, Unset):
            turn_model = UNSET
        elif isinstance(self.turn_model, str):
            turn_model = self.turn_model
        else:
            turn_model = self.turn_model

        interruption_ignore_terms: list[str] | None | Unset
        if isinstance(self.interruption_ignore_terms, Unset):
            interruption_ignore_terms = UNSET
        elif isinstance(self.interruption_ignore_terms, list):
            interruption_ignore_terms = self.interruption_ignore_terms

        else:
            interruption_ignore_terms = self.interruption_ignore_terms

        interruption_ignore_term_languages: list[str] | None | Unset
        if isinstance(self.interruption_ignore_term_languages, Unset):
            interruption_ignore_term_languages = UNSET
        elif isinstance(self.interruption_ignore_term_languages, list):
            interruption_ignore_term_languages = self.interruption_ignore_term_languages

        else:
            interruption_ignore_term_languages = self.interruption_ignore_term_languages

        merge_with_default_ignore_terms: bool | None | Unset
        if isinstance(self.merge_with_default_ignore_terms, Unset):
            merge_with_default_ignore_terms = UNSET
        else:
            merge_with_default_ignore_terms = self.merge_with_default_ignore_terms

        transcribe_on_disabled_interruptions: bool | None | Unset
        if isinstance(self.transcribe_on_disabled_interruptions, Unset):
            transcribe_on_disabled_interruptions = UNSET
        else:
            transcribe_on_disabled_interruptions = self.transcribe_on_disabled_interruptions

        soft_timeout_config: dict[str, Any] | None | Unset
        if isinstance(self.soft_timeout_config, Unset):
            soft_timeout_config = UNSET
        elif isinstance(self.soft_timeout_config, SoftTimeoutConfigWorkflowOverride):
            soft_timeout_config = self.soft_timeout_config.to_dict()
        else:
            soft_timeout_config = self.soft_timeout_config

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

        def _parse_turn_timeout(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        turn_timeout = _parse_turn_timeout(d.pop("turn_timeout", UNSET))

        def _parse_initial_wait_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        initial_wait_time = _parse_initial_wait_time(d.pop("initial_wait_time", UNSET))

        def _parse_silence_end_call_timeout(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        silence_end_call_timeout = _parse_silence_end_call_timeout(d.pop("silence_end_call_timeout", UNSET))

        def _parse_mode(data: object) -> ConvaiTurnMode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mode_type_0 = check_convai_turn_mode(data)

                return mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConvaiTurnMode | None | Unset, data)

        mode = _parse_mode(d.pop("mode", UNSET))

        def _parse_turn_eagerness(data: object) -> None | TurnEagerness | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                turn_eagerness_type_0 = check_turn_eagerness(data)

                return turn_eagerness_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TurnEagerness | Unset, data)

        turn_eagerness = _parse_turn_eagerness(d.pop("turn_eagerness", UNSET))

        def _parse_spelling_patience(data: object) -> None | SpellingPatience | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                spelling_patience_type_0 = check_spelling_patience(data)

                return spelling_patience_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SpellingPatience | Unset, data)

        spelling_patience = _parse_spelling_patience(d.pop("spelling_patience", UNSET))

        def _parse_speculative_turn(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        speculative_turn = _parse_speculative_turn(d.pop("speculative_turn", UNSET))

        def _parse_retranscribe_on_turn_timeout(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        retranscribe_on_turn_timeout = _parse_retranscribe_on_turn_timeout(d.pop("retranscribe_on_turn_timeout", UNSET))

        def _parse_turn_model(data: object) -> None | TurnModel | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                turn_model_type_0 = check_turn_model(data)

                return turn_model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TurnModel | Unset, data)

        turn_model = _parse_turn_model(d.pop("turn_model", UNSET))

        def _parse_interruption_ignore_terms(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                interruption_ignore_terms_type_0 = cast(list[str], data)

                return interruption_ignore_terms_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        interruption_ignore_terms = _parse_interruption_ignore_terms(d.pop("interruption_ignore_terms", UNSET))

        def _parse_interruption_ignore_term_languages(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                interruption_ignore_term_languages_type_0 = cast(list[str], data)

                return interruption_ignore_term_languages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        interruption_ignore_term_languages = _parse_interruption_ignore_term_languages(
            d.pop("interruption_ignore_term_languages", UNSET)
        )

        def _parse_merge_with_default_ignore_terms(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        merge_with_default_ignore_terms = _parse_merge_with_default_ignore_terms(
            d.pop("merge_with_default_ignore_terms", UNSET)
        )

        def _parse_transcribe_on_disabled_interruptions(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        transcribe_on_disabled_interruptions = _parse_transcribe_on_disabled_interruptions(
            d.pop("transcribe_on_disabled_interruptions", UNSET)
        )

        def _parse_soft_timeout_config(data: object) -> None | SoftTimeoutConfigWorkflowOverride | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                soft_timeout_config_type_0 = SoftTimeoutConfigWorkflowOverride.from_dict(data)

                return soft_timeout_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SoftTimeoutConfigWorkflowOverride | Unset, data)

        soft_timeout_config = _parse_soft_timeout_config(d.pop("soft_timeout_config", UNSET))

        turn_config_workflow_override = cls(
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

        turn_config_workflow_override.additional_properties = d
        return turn_config_workflow_override

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
    global _nested_models_loaded, SoftTimeoutConfigWorkflowOverride
    from ..models.soft_timeout_config_workflow_override import SoftTimeoutConfigWorkflowOverride  # noqa: F401

    _nested_models_loaded = True
