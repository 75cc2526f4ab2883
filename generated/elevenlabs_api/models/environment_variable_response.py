from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.environment_variable_response_type import (
    EnvironmentVariableResponseType,
    check_environment_variable_response_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.environment_variable_response_values_type_0 import EnvironmentVariableResponseValuesType0
    from ..models.environment_variable_response_values_type_1 import EnvironmentVariableResponseValuesType1
    from ..models.environment_variable_response_values_type_2 import EnvironmentVariableResponseValuesType2


T = TypeVar("T", bound="EnvironmentVariableResponse")


@_attrs_define
class EnvironmentVariableResponse:
    """
    Attributes:
        label (str):
        created_at_unix_secs (int):
        updated_at_unix_secs (int):
        type_ (EnvironmentVariableResponseType):
        id (str):
        workspace_id (str):
        values (EnvironmentVariableResponseValuesType0 | EnvironmentVariableResponseValuesType1 |
            EnvironmentVariableResponseValuesType2):
        created_by_user_id (None | str | Unset):
    """

    label: str
    created_at_unix_secs: int
    updated_at_unix_secs: int
    type_: EnvironmentVariableResponseType
    id: str
    workspace_id: str
    values: (
        EnvironmentVariableResponseValuesType0
        | EnvironmentVariableResponseValuesType1
        | EnvironmentVariableResponseValuesType2
    )
    created_by_user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        label = self.label

        created_at_unix_secs = self.created_at_unix_secs

        updated_at_unix_secs = self.updated_at_unix_secs

        type_: str = self.type_

        id = self.id

        workspace_id = self.workspace_id

        values: dict[str, Any]
        if isinstance(self.values, EnvironmentVariableResponseValuesType0):
            values = self.values.to_dict()
        elif isinstance(self.values, EnvironmentVariableResponseValuesType1):
            values = self.values.to_dict()
        else:
            values = self.values.to_dict()

        created_by_user_id: None | str | Unset
        if isinstance(self.created_by_user_id, Unset):
            created_by_user_id = UNSET
        else:
            created_by_user_id = self.created_by_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "created_at_unix_secs": created_at_unix_secs,
                "updated_at_unix_secs": updated_at_unix_secs,
                "type": type_,
                "id": id,
                "workspace_id": workspace_id,
                "values": values,
            }
        )
        if created_by_user_id is not UNSET:
            field_dict["created_by_user_id"] = created_by_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        label = d.pop("label")

        created_at_unix_secs = d.pop("created_at_unix_secs")

        updated_at_unix_secs = d.pop("updated_at_unix_secs")

        type_ = check_environment_variable_response_type(d.pop("type"))

        id = d.pop("id")

        workspace_id = d.pop("workspace_id")

        def _parse_values(
            data: object,
        ) -> (
            EnvironmentVariableResponseValuesType0
            | EnvironmentVariableResponseValuesType1
            | EnvironmentVariableResponseValuesType2
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                values_type_0 = EnvironmentVariableResponseValuesType0.from_dict(data)

                return values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                values_type_1 = EnvironmentVariableResponseValuesType1.from_dict(data)

                return values_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            values_type_2 = EnvironmentVariableResponseValuesType2.from_dict(data)

            return values_type_2

        values = _parse_values(d.pop("values"))

        def _parse_created_by_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by_user_id = _parse_created_by_user_id(d.pop("created_by_user_id", UNSET))

        environment_variable_response = cls(
            label=label,
            created_at_unix_secs=created_at_unix_secs,
            updated_at_unix_secs=updated_at_unix_secs,
            type_=type_,
            id=id,
            workspace_id=workspace_id,
            values=values,
            created_by_user_id=created_by_user_id,
        )

        environment_variable_response.additional_properties = d
        return environment_variable_response

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
        EnvironmentVariableResponseValuesType0, \
        EnvironmentVariableResponseValuesType1, \
        EnvironmentVariableResponseValuesType2
    from ..models.environment_variable_response_values_type_0 import EnvironmentVariableResponseValuesType0  # noqa: F401
    from ..models.environment_variable_response_values_type_1 import EnvironmentVariableResponseValuesType1  # noqa: F401
    from ..models.environment_variable_response_values_type_2 import EnvironmentVariableResponseValuesType2  # noqa: F401

    _nested_models_loaded = True
