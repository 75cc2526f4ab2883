from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fine_tuning_message_type_0 import FineTuningMessageType0
    from ..models.fine_tuning_progress_type_0 import FineTuningProgressType0
    from ..models.fine_tuning_state import FineTuningState
    from ..models.manual_verification import ManualVerification
    from ..models.verification_attempt import VerificationAttempt


T = TypeVar("T", bound="FineTuning")


@_attrs_define
class FineTuning:
    """Training and verification state of a professional voice clone.

    Attributes:
        is_allowed_to_fine_tune (bool):
        state (FineTuningState): Training state per model id.
        verification_failures (list[str]):
        verification_attempts_count (int):
        manual_verification_requested (bool):
        language (None | str | Unset):
        progress (FineTuningProgressType0 | None | Unset): Training progress per model id, 0 to 1.
        message (FineTuningMessageType0 | None | Unset): Status message per model id.
        dataset_duration_seconds (float | None | Unset):
        verification_attempts (list[VerificationAttempt] | None | Unset):
        slice_ids (list[str] | None | Unset):
        manual_verification (ManualVerification | None | Unset):
        max_verification_attempts (int | None | Unset):
        next_max_verification_attempts_reset_unix_ms (int | None | Unset): When the attempt counter resets, Unix
            milliseconds.
    """

    is_allowed_to_fine_tune: bool
    state: FineTuningState
    verification_failures: list[str]
    verification_attempts_count: int
    manual_verification_requested: bool
    language: None | str | Unset = UNSET
    progress: FineTuningProgressType0 | None | Unset = UNSET
    message: FineTuningMessageType0 | None | Unset = UNSET
    dataset_duration_seconds: float | None | Unset = UNSET
    verification_attempts: list[VerificationAttempt] | None | Unset = UNSET
    slice_ids: list[str] | None | Unset = UNSET
    manual_verification: ManualVerification | None | Unset = UNSET
    max_verification_attempts: int | None | Unset = UNSET
    next_max_verification_attempts_reset_unix_ms: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        is_allowed_to_fine_tune = self.is_allowed_to_fine_tune

        state = self.state.to_dict()

        verification_failures = self.verification_failures

        verification_attempts_count = self.verification_attempts_count

        manual_verification_requested = self.manual_verification_requested

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        progress: dict[str, Any] | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        elif isinstance(self.progress, FineTuningProgressType0):
            progress = self.progress.to_dict()
        else:
            progress = self.progress

        message: dict[str, Any] | None | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        elif isinstance(self.message, FineTuningMessageType0):
            message = self.message.to_dict()
        else:
            message = self.message

        dataset_duration_seconds: float | None | Unset
        if isinstance(self.dataset_duration_seconds, Unset):
            dataset_duration_seconds = UNSET
        else:
            dataset_duration_seconds = self.dataset_duration_seconds

        verification_attempts: list[dict[str, Any]] | None | Unset
        if isinstance(self.verification_attempts, Unset):
            verification_attempts = UNSET
        elif isinstance(self.verification_attempts, list):
            verification_attempts = []
            for verification_attempts_type_0_item_data in self.verification_attempts:
                verification_attempts_type_0_item = verification_attempts_type_0_item_data.to_dict()
                verification_attempts.append(verification_attempts_type_0_item)

        else:
            verification_attempts = self.verification_attempts

        slice_ids: list[str] | None | Unset
        if isinstance(self.slice_ids, Unset):
            slice_ids = UNSET
        elif isinstance(self.slice_ids, list):
            slice_ids = self.slice_ids

        else:
            slice_ids = self.slice_ids

        manual_verification: dict[str, Any] | None | Unset
        if isinstance(self.manual_verification, Unset):
            manual_verification = UNSET
        elif isinstance(self.manual_verification, ManualVerification):
            manual_verification = self.manual_verification.to_dict()
        else:
            manual_verification = self.manual_verification

        max_verification_attempts: int | None | Unset
        if isinstance(self.max_verification_attempts, Unset):
            max_verification_attempts = UNSET
        else:
            max_verification_attempts = self.max_verification_attempts

        next_max_verification_attempts_reset_unix_ms: int | None | Unset
        if isinstance(self.next_max_verification_attempts_reset_unix_ms, Unset):
            next_max_verification_attempts_reset_unix_ms = UNSET
        else:
            next_max_verification_attempts_reset_unix_ms = self.next_max_verification_attempts_reset_unix_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_allowed_to_fine_tune": is_allowed_to_fine_tune,
                "state": state,
                "verification_failures": verification_failures,
                "verification_attempts_count": verification_attempts_count,
                "manual_verification_requested": manual_verification_requested,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if progress is not UNSET:
            field_dict["progress"] = progress
        if message is not UNSET:
            field_dict["message"] = message
        if dataset_duration_seconds is not UNSET:
            field_dict["dataset_duration_seconds"] = dataset_duration_seconds
        if verification_attempts is not UNSET:
            field_dict["verification_attempts"] = verification_attempts
        if slice_ids is not UNSET:
            field_dict["slice_ids"] = slice_ids
        if manual_verification is not UNSET:
            field_dict["manual_verification"] = manual_verification
        if max_verification_attempts is not UNSET:
            field_dict["max_verification_attempts"] = max_verification_attempts
        if next_max_verification_attempts_reset_unix_ms is not UNSET:
            field_dict["next_max_verification_attempts_reset_unix_ms"] = next_max_verification_attempts_reset_unix_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        is_allowed_to_fine_tune = d.pop("is_allowed_to_fine_tune")

        state = FineTuningState.from_dict(d.pop("state"))

        verification_failures = cast(list[str], d.pop("verification_failures"))

        verification_attempts_count = d.pop("verification_attempts_count")

        manual_verification_requested = d.pop("manual_verification_requested")

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        def _parse_progress(data: object) -> FineTuningProgressType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                progress_type_0 = FineTuningProgressType0.from_dict(data)

                return progress_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FineTuningProgressType0 | None | Unset, data)

        progress = _parse_progress(d.pop("progress", UNSET))

        def _parse_message(data: object) -> FineTuningMessageType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                message_type_0 = FineTuningMessageType0.from_dict(data)

                return message_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FineTuningMessageType0 | None | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_dataset_duration_seconds(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        dataset_duration_seconds = _parse_dataset_duration_seconds(d.pop("dataset_duration_seconds", UNSET))

        def _parse_verification_attempts(data: object) -> list[VerificationAttempt] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                verification_attempts_type_0 = []
                _verification_attempts_type_0 = data
                for verification_attempts_type_0_item_data in _verification_attempts_type_0:
                    verification_attempts_type_0_item = VerificationAttempt.from_dict(
                        verification_attempts_type_0_item_data
                    )

                    verification_attempts_type_0.append(verification_attempts_type_0_item)

                return verification_attempts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[VerificationAttempt] | None | Unset, data)

        verification_attempts = _parse_verification_attempts(d.pop("verification_attempts", UNSET))

        def _parse_slice_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                slice_ids_type_0 = cast(list[str], data)

                return slice_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        slice_ids = _parse_slice_ids(d.pop("slice_ids", UNSET))

        def _parse_manual_verification(data: object) -> ManualVerification | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                manual_verification_type_0 = ManualVerification.from_dict(data)

                return manual_verification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ManualVerification | None | Unset, data)

        manual_verification = _parse_manual_verification(d.pop("manual_verification", UNSET))

        def _parse_max_verification_attempts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_verification_attempts = _parse_max_verification_attempts(d.pop("max_verification_attempts", UNSET))

        def _parse_next_max_verification_attempts_reset_unix_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        next_max_verification_attempts_reset_unix_ms = _parse_next_max_verification_attempts_reset_unix_ms(
            d.pop("next_max_verification_attempts_reset_unix_ms", UNSET)
        )

        fine_tuning = cls(
            is_allowed_to_fine_tune=is_allowed_to_fine_tune,
            state=state,
            verification_failures=verification_failures,
            verification_attempts_count=verification_attempts_count,
            manual_verification_requested=manual_verification_requested,
            language=language,
            progress=progress,
            message=message,
            dataset_duration_seconds=dataset_duration_seconds,
            verification_attempts=verification_attempts,
            slice_ids=slice_ids,
            manual_verification=manual_verification,
            max_verification_attempts=max_verification_attempts,
            next_max_verification_attempts_reset_unix_ms=next_max_verification_attempts_reset_unix_ms,
        )

        fine_tuning.additional_properties = d
        return fine_tuning

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
    global \
        _nested_models_loaded, \
        FineTuningMessageType0, \
        FineTuningProgressType0, \
        FineTuningState, \
        ManualVerification, \
        VerificationAttempt
    from ..models.fine_tuning_message_type_0 import FineTuningMessageType0  # noqa: F401
    from ..models.fine_tuning_progress_type_0 import FineTuningProgressType0  # noqa: F401
    from ..models.fine_tuning_state import FineTuningState  # noqa: F401
    from ..models.manual_verification import ManualVerification  # noqa: F401
    from ..models.verification_attempt import VerificationAttempt  # noqa: F401

    _nested_models_loaded = True
