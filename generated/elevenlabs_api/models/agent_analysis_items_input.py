from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attached_system_data_collection_ref import AttachedSystemDataCollectionRef
    from ..models.attached_system_evaluation_ref import AttachedSystemEvaluationRef
    from ..models.attached_user_data_collection_ref import AttachedUserDataCollectionRef
    from ..models.attached_user_evaluation_ref import AttachedUserEvaluationRef


T = TypeVar("T", bound="AgentAnalysisItemsInput")


@_attrs_define
class AgentAnalysisItemsInput:
    """
    Attributes:
        evaluation_criteria (list[AttachedSystemEvaluationRef | AttachedUserEvaluationRef] | Unset):
        data_collection (list[AttachedSystemDataCollectionRef | AttachedUserDataCollectionRef] | Unset):
    """

    evaluation_criteria: list[AttachedSystemEvaluationRef | AttachedUserEvaluationRef] | Unset = UNSET
    data_collection: list[AttachedSystemDataCollectionRef | AttachedUserDataCollectionRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        evaluation_criteria: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.evaluation_criteria, Unset):
            evaluation_criteria = []
            for evaluation_criteria_item_data in self.evaluation_criteria:
                evaluation_criteria_item: dict[str, Any]
                if isinstance(evaluation_criteria_item_data, AttachedUserEvaluationRef):
                    evaluation_criteria_item = evaluation_criteria_item_data.to_dict()
                else:
                    evaluation_criteria_item = evaluation_criteria_item_data.to_dict()

                evaluation_criteria.append(evaluation_criteria_item)

        data_collection: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_collection, Unset):
            data_collection = []
            for data_collection_item_data in self.data_collection:
                data_collection_item: dict[str, Any]
                if isinstance(data_collection_item_data, AttachedUserDataCollectionRef):
                    data_collection_item = data_collection_item_data.to_dict()
                else:
                    data_collection_item = data_collection_item_data.to_dict()

                data_collection.append(data_collection_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if evaluation_criteria is not UNSET:
            field_dict["evaluation_criteria"] = evaluation_criteria
        if data_collection is not UNSET:
            field_dict["data_collection"] = data_collection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        _evaluation_criteria = d.pop("evaluation_criteria", UNSET)
        evaluation_criteria: list[AttachedSystemEvaluationRef | AttachedUserEvaluationRef] | Unset = UNSET
        if _evaluation_criteria is not UNSET:
            evaluation_criteria = []
            for evaluation_criteria_item_data in _evaluation_criteria:

                def _parse_evaluation_criteria_item(
                    data: object,
                ) -> AttachedSystemEvaluationRef | AttachedUserEvaluationRef:
                    if isinstance(data, dict):
                        if data.get("source") == "user":
                            evaluation_criteria_item_type_0 = AttachedUserEvaluationRef.from_dict(data)

                            return evaluation_criteria_item_type_0
                        if data.get("source") == "system":
                            evaluation_criteria_item_type_1 = AttachedSystemEvaluationRef.from_dict(data)

                            return evaluation_criteria_item_type_1

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        evaluation_criteria_item_type_0 = AttachedUserEvaluationRef.from_dict(data)

                        return evaluation_criteria_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    evaluation_criteria_item_type_1 = AttachedSystemEvaluationRef.from_dict(data)

                    return evaluation_criteria_item_type_1

                evaluation_criteria_item = _parse_evaluation_criteria_item(evaluation_criteria_item_data)

                evaluation_criteria.append(evaluation_criteria_item)

        _data_collection = d.pop("data_collection", UNSET)
        data_collection: list[AttachedSystemDataCollectionRef | AttachedUserDataCollectionRef] | Unset = UNSET
        if _data_collection is not UNSET:
            data_collection = []
            for data_collection_item_data in _data_collection:

                def _parse_data_collection_item(
                    data: object,
                ) -> AttachedSystemDataCollectionRef | AttachedUserDataCollectionRef:
                    if isinstance(data, dict):
                        if data.get("source") == "user":
                            data_collection_item_type_0 = AttachedUserDataCollectionRef.from_dict(data)

                            return data_collection_item_type_0
                        if data.get("source") == "system":
                            data_collection_item_type_1 = AttachedSystemDataCollectionRef.from_dict(data)

                            return data_collection_item_type_1

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        data_collection_item_type_0 = AttachedUserDataCollectionRef.from_dict(data)

                        return data_collection_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_collection_item_type_1 = AttachedSystemDataCollectionRef.from_dict(data)

                    return data_collection_item_type_1

                data_collection_item = _parse_data_collection_item(data_collection_item_data)

                data_collection.append(data_collection_item)

        agent_analysis_items_input = cls(
            evaluation_criteria=evaluation_criteria,
            data_collection=data_collection,
        )

        agent_analysis_items_input.additional_properties = d
        return agent_analysis_items_input

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
        AttachedSystemDataCollectionRef, \
        AttachedSystemEvaluationRef, \
        AttachedUserDataCollectionRef, \
        AttachedUserEvaluationRef
    from ..models.attached_system_data_collection_ref import AttachedSystemDataCollectionRef  # noqa: F401
    from ..models.attached_system_evaluation_ref import AttachedSystemEvaluationRef  # noqa: F401
    from ..models.attached_user_data_collection_ref import AttachedUserDataCollectionRef  # noqa: F401
    from ..models.attached_user_evaluation_ref import AttachedUserEvaluationRef  # noqa: F401

    _nested_models_loaded = True
