from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.verification_attempt import VerificationAttempt


T = TypeVar("T", bound="VoiceVerification")


@_attrs_define
class VoiceVerification:
    """Whether the voice needed and passed verification.

    Attributes:
        requires_verification (bool):
        is_verified (bool):
        verification_failures (list[str]):
        verification_attempts_count (int):
        language (None | str | Unset):
        verification_attempts (list[VerificationAttempt] | None | Unset):
    """

    requires_verification: bool
    is_verified: bool
    verification_failures: list[str]
    verification_attempts_count: int
    language: None | str | Unset = UNSET
    verification_attempts: list[VerificationAttempt] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        requires_verification = self.requires_verification

        is_verified = self.is_verified

        verification_failures = self.verification_failures

        verification_attempts_count = self.verification_attempts_count

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requires_verification": requires_verification,
                "is_verified": is_verified,
                "verification_failures": verification_failures,
                "verification_attempts_count": verification_attempts_count,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if verification_attempts is not UNSET:
            field_dict["verification_attempts"] = verification_attempts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        requires_verification = d.pop("requires_verification")

        is_verified = d.pop("is_verified")

        verification_failures = cast(list[str], d.pop("verification_failures"))

        verification_attempts_count = d.pop("verification_attempts_count")

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

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

        voice_verification = cls(
            requires_verification=requires_verification,
            is_verified=is_verified,
            verification_failures=verification_failures,
            verification_attempts_count=verification_attempts_count,
            language=language,
            verification_attempts=verification_attempts,
        )

        voice_verification.additional_properties = d
        return voice_verification

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
    global _nested_models_loaded, VerificationAttempt
    from ..models.verification_attempt import VerificationAttempt  # noqa: F401

    _nested_models_loaded = True
