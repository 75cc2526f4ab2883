from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.convai_dependent_available_agent import ConvaiDependentAvailableAgent
    from ..models.convai_dependent_available_tool import ConvaiDependentAvailableTool
    from ..models.convai_dependent_phone_number import ConvaiDependentPhoneNumber
    from ..models.convai_dependent_unknown_agent import ConvaiDependentUnknownAgent
    from ..models.convai_dependent_unknown_tool import ConvaiDependentUnknownTool


T = TypeVar("T", bound="GetSecretDependenciesResponseModel")


@_attrs_define
class GetSecretDependenciesResponseModel:
    """
    Attributes:
        dependencies (list[ConvaiDependentAvailableAgent | ConvaiDependentUnknownAgent] |
            list[ConvaiDependentAvailableTool | ConvaiDependentUnknownTool] | list[ConvaiDependentPhoneNumber]):
        next_cursor (None | str | Unset):
    """

    dependencies: (
        list[ConvaiDependentAvailableAgent | ConvaiDependentUnknownAgent]
        | list[ConvaiDependentAvailableTool | ConvaiDependentUnknownTool]
        | list[ConvaiDependentPhoneNumber]
    )
    next_cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        dependencies: list[dict[str, Any]]
        if isinstance(self.dependencies, list):
            dependencies = []
            for dependencies_type_0_item_data in self.dependencies:
                dependencies_type_0_item: dict[str, Any]
                if isinstance(dependencies_type_0_item_data, ConvaiDependentAvailableTool):
                    dependencies_type_0_item = dependencies_type_0_item_data.to_dict()
                else:
                    dependencies_type_0_item = dependencies_type_0_item_data.to_dict()

                dependencies.append(dependencies_type_0_item)

        elif isinstance(self.dependencies, list):
            dependencies = []
            for dependencies_type_1_item_data in self.dependencies:
                dependencies_type_1_item: dict[str, Any]
                if isinstance(dependencies_type_1_item_data, ConvaiDependentAvailableAgent):
                    dependencies_type_1_item = dependencies_type_1_item_data.to_dict()
                else:
                    dependencies_type_1_item = dependencies_type_1_item_data.to_dict()

                dependencies.append(dependencies_type_1_item)

        else:
            dependencies = []
            for dependencies_type_2_item_data in self.dependencies:
                dependencies_type_2_item = dependencies_type_2_item_data.to_dict()
                dependencies.append(dependencies_type_2_item)

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dependencies": dependencies,
            }
        )
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)

        def _parse_dependencies(
            data: object,
        ) -> (
            list[ConvaiDependentAvailableAgent | ConvaiDependentUnknownAgent]
            | list[ConvaiDependentAvailableTool | ConvaiDependentUnknownTool]
            | list[ConvaiDependentPhoneNumber]
        ):
            try:
                if not isinstance(data, list):
                    raise TypeError()
                dependencies_type_0 = []
                _dependencies_type_0 = data
                for dependencies_type_0_item_data in _dependencies_type_0:

                    def _parse_dependencies_type_0_item(
                        data: object,
                    ) -> ConvaiDependentAvailableTool | ConvaiDependentUnknownTool:
                        if isinstance(data, dict):
                            if data.get("type") == "available":
                                dependencies_type_0_item_type_0 = ConvaiDependentAvailableTool.from_dict(data)

                                return dependencies_type_0_item_type_0
                            if data.get("type") == "unknown":
                                dependencies_type_0_item_type_1 = ConvaiDependentUnknownTool.from_dict(data)

                                return dependencies_type_0_item_type_1

                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            dependencies_type_0_item_type_0 = ConvaiDependentAvailableTool.from_dict(data)

                            return dependencies_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        dependencies_type_0_item_type_1 = ConvaiDependentUnknownTool.from_dict(data)

                        return dependencies_type_0_item_type_1

                    dependencies_type_0_item = _parse_dependencies_type_0_item(dependencies_type_0_item_data)

                    dependencies_type_0.append(dependencies_type_0_item)

                return dependencies_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                dependencies_type_1 = []
                _dependencies_type_1 = data
                for dependencies_type_1_item_data in _dependencies_type_1:

                    def _parse_dependencies_type_1_item(
                        data: object,
                    ) -> ConvaiDependentAvailableAgent | ConvaiDependentUnknownAgent:
                        if isinstance(data, dict):
                            if data.get("type") == "available":
                                dependencies_type_1_item_type_0 = ConvaiDependentAvailableAgent.from_dict(data)

                                return dependencies_type_1_item_type_0
                            if data.get("type") == "unknown":
                                dependencies_type_1_item_type_1 = ConvaiDependentUnknownAgent.from_dict(data)

                                return dependencies_type_1_item_type_1

                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            dependencies_type_1_item_type_0 = ConvaiDependentAvailableAgent.from_dict(data)

                            return dependencies_type_1_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        dependencies_type_1_item_type_1 = ConvaiDependentUnknownAgent.from_dict(data)

                        return dependencies_type_1_item_type_1

                    dependencies_type_1_item = _parse_dependencies_type_1_item(dependencies_type_1_item_data)

                    dependencies_type_1.append(dependencies_type_1_item)

                return dependencies_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            dependencies_type_2 = []
            _dependencies_type_2 = data
            for dependencies_type_2_item_data in _dependencies_type_2:
                dependencies_type_2_item = ConvaiDependentPhoneNumber.from_dict(dependencies_type_2_item_data)

                dependencies_type_2.append(dependencies_type_2_item)

            return dependencies_type_2

        dependencies = _parse_dependencies(d.pop("dependencies"))

        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor", UNSET))

        get_secret_dependencies_response_model = cls(
            dependencies=dependencies,
            next_cursor=next_cursor,
        )

        get_secret_dependencies_response_model.additional_properties = d
        return get_secret_dependencies_response_model

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
        ConvaiDependentAvailableAgent, \
        ConvaiDependentAvailableTool, \
        ConvaiDependentPhoneNumber, \
        ConvaiDependentUnknownAgent, \
        ConvaiDependentUnknownTool
    from ..models.convai_dependent_available_agent import ConvaiDependentAvailableAgent  # noqa: F401
    from ..models.convai_dependent_available_tool import ConvaiDependentAvailableTool  # noqa: F401
    from ..models.convai_dependent_phone_number import ConvaiDependentPhoneNumber  # noqa: F401
    from ..models.convai_dependent_unknown_agent import ConvaiDependentUnknownAgent  # noqa: F401
    from ..models.convai_dependent_unknown_tool import ConvaiDependentUnknownTool  # noqa: F401

    _nested_models_loaded = True
