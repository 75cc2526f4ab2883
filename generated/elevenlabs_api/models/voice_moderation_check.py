from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceModerationCheck")


@_attrs_define
class VoiceModerationCheck:
    """Outcome of the automatic moderation of a shared voice's name, description and samples.

    Attributes:
        date_checked_unix (int | None | Unset):
        name_value (None | str | Unset):
        name_check (bool | None | Unset):
        description_value (None | str | Unset):
        description_check (bool | None | Unset):
        sample_ids (list[str] | None | Unset):
        sample_checks (list[float] | None | Unset):
        captcha_ids (list[str] | None | Unset):
        captcha_checks (list[float] | None | Unset):
    """

    date_checked_unix: int | None | Unset = UNSET
    name_value: None | str | Unset = UNSET
    name_check: bool | None | Unset = UNSET
    description_value: None | str | Unset = UNSET
    description_check: bool | None | Unset = UNSET
    sample_ids: list[str] | None | Unset = UNSET
    sample_checks: list[float] | None | Unset = UNSET
    captcha_ids: list[str] | None | Unset = UNSET
    captcha_checks: list[float] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_checked_unix: int | None | Unset
        if isinstance(self.date_checked_unix, Unset):
            date_checked_unix = UNSET
        else:
            date_checked_unix = self.date_checked_unix

        name_value: None | str | Unset
        if isinstance(self.name_value, Unset):
            name_value = UNSET
        else:
            name_value = self.name_value

        name_check: bool | None | Unset
        if isinstance(self.name_check, Unset):
            name_check = UNSET
        else:
            name_check = self.name_check

        description_value: None | str | Unset
        if isinstance(self.description_value, Unset):
            description_value = UNSET
        else:
            description_value = self.description_value

        description_check: bool | None | Unset
        if isinstance(self.description_check, Unset):
            description_check = UNSET
        else:
            description_check = self.description_check

        sample_ids: list[str] | None | Unset
        if isinstance(self.sample_ids, Unset):
            sample_ids = UNSET
        elif isinstance(self.sample_ids, list):
            sample_ids = self.sample_ids

        else:
            sample_ids = self.sample_ids

        sample_checks: list[float] | None | Unset
        if isinstance(self.sample_checks, Unset):
            sample_checks = UNSET
        elif isinstance(self.sample_checks, list):
            sample_checks = self.sample_checks

        else:
            sample_checks = self.sample_checks

        captcha_ids: list[str] | None | Unset
        if isinstance(self.captcha_ids, Unset):
            captcha_ids = UNSET
        elif isinstance(self.captcha_ids, list):
            captcha_ids = self.captcha_ids

        else:
            captcha_ids = self.captcha_ids

        captcha_checks: list[float] | None | Unset
        if isinstance(self.captcha_checks, Unset):
            captcha_checks = UNSET
        elif isinstance(self.captcha_checks, list):
            captcha_checks = self.captcha_checks

        else:
            captcha_checks = self.captcha_checks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date_checked_unix is not UNSET:
            field_dict["date_checked_unix"] = date_checked_unix
        if name_value is not UNSET:
            field_dict["name_value"] = name_value
        if name_check is not UNSET:
            field_dict["name_check"] = name_check
        if description_value is not UNSET:
            field_dict["description_value"] = description_value
        if description_check is not UNSET:
            field_dict["description_check"] = description_check
        if sample_ids is not UNSET:
            field_dict["sample_ids"] = sample_ids
        if sample_checks is not UNSET:
            field_dict["sample_checks"] = sample_checks
        if captcha_ids is not UNSET:
            field_dict["captcha_ids"] = captcha_ids
        if captcha_checks is not UNSET:
            field_dict["captcha_checks"] = captcha_checks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_date_checked_unix(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        date_checked_unix = _parse_date_checked_unix(d.pop("date_checked_unix", UNSET))

        def _parse_name_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_value = _parse_name_value(d.pop("name_value", UNSET))

        def _parse_name_check(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        name_check = _parse_name_check(d.pop("name_check", UNSET))

        def _parse_description_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description_value = _parse_description_value(d.pop("description_value", UNSET))

        def _parse_description_check(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        description_check = _parse_description_check(d.pop("description_check", UNSET))

        def _parse_sample_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sample_ids_type_0 = cast(list[str], data)

                return sample_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        sample_ids = _parse_sample_ids(d.pop("sample_ids", UNSET))

        def _parse_sample_checks(data: object) -> list[float] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sample_checks_type_0 = cast(list[float], data)

                return sample_checks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[float] | None | Unset, data)

        sample_checks = _parse_sample_checks(d.pop("sample_checks", UNSET))

        def _parse_captcha_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                captcha_ids_type_0 = cast(list[str], data)

                return captcha_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        captcha_ids = _parse_captcha_ids(d.pop("captcha_ids", UNSET))

        def _parse_captcha_checks(data: object) -> list[float] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                captcha_checks_type_0 = cast(list[float], data)

                return captcha_checks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[float] | None | Unset, data)

        captcha_checks = _parse_captcha_checks(d.pop("captcha_checks", UNSET))

        voice_moderation_check = cls(
            date_checked_unix=date_checked_unix,
            name_value=name_value,
            name_check=name_check,
            description_value=description_value,
            description_check=description_check,
            sample_ids=sample_ids,
            sample_checks=sample_checks,
            captcha_ids=captcha_ids,
            captcha_checks=captcha_checks,
        )

        voice_moderation_check.additional_properties = d
        return voice_moderation_check

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
