from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_change_activity_id import AccountChangeActivityId, check_account_change_activity_id
from ..models.authentication_activity_id import AuthenticationActivityId, check_authentication_activity_id
from ..models.entity_management_activity_id import EntityManagementActivityId, check_entity_management_activity_id
from ..models.group_management_activity_id import GroupManagementActivityId, check_group_management_activity_id
from ..models.severity_id import SeverityId, check_severity_id
from ..models.status_id import StatusId, check_status_id
from ..models.user_access_management_activity_id import (
    UserAccessManagementActivityId,
    check_user_access_management_activity_id,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.actor_model import ActorModel
    from ..models.device_model import DeviceModel
    from ..models.http_request_model import HttpRequestModel
    from ..models.workspace_audit_log_entry_response_metadata import WorkspaceAuditLogEntryResponseMetadata
    from ..models.workspace_audit_log_entry_response_unmapped import WorkspaceAuditLogEntryResponseUnmapped


T = TypeVar("T", bound="WorkspaceAuditLogEntryResponse")


@_attrs_define
class WorkspaceAuditLogEntryResponse:
    """
    Attributes:
        activity_id (AccountChangeActivityId | AuthenticationActivityId | EntityManagementActivityId |
            GroupManagementActivityId | UserAccessManagementActivityId):
        activity_name (str):
        status_id (StatusId):
        actor (ActorModel):
        message (str):
        id (str):
        time_dt (str):
        type_uid (int):
        type_name (str):
        metadata (WorkspaceAuditLogEntryResponseMetadata | Unset):
        time (int | Unset):
        category_name (str | Unset):  Default: 'Identity & Access Management'.
        category_uid (int | Unset):  Default: 3.
        class_name (str | Unset):  Default: ''.
        class_uid (int | Unset):  Default: 0.
        severity_id (SeverityId | Unset):  Default: 1.
        device (DeviceModel | None | Unset):
        http_request (HttpRequestModel | None | Unset):
        unmapped (WorkspaceAuditLogEntryResponseUnmapped | Unset):
    """

    activity_id: (
        AccountChangeActivityId
        | AuthenticationActivityId
        | EntityManagementActivityId
        | GroupManagementActivityId
        | UserAccessManagementActivityId
    )
    activity_name: str
    status_id: StatusId
    actor: ActorModel
    message: str
    id: str
    time_dt: str
    type_uid: int
    type_name: str
    metadata: WorkspaceAuditLogEntryResponseMetadata | Unset = UNSET
    time: int | Unset = UNSET
    category_name: str | Unset = "Identity & Access Management"
    category_uid: int | Unset = 3
    class_name: str | Unset = ""
    class_uid: int | Unset = 0
    severity_id: SeverityId | Unset = 1
    device: DeviceModel | None | Unset = UNSET
    http_request: HttpRequestModel | None | Unset = UNSET
    unmapped: WorkspaceAuditLogEntryResponseUnmapped | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        activity_id: int
        if isinstance(self.activity_id, int):
            activity_id = self.activity_id
        elif isinstance(self.activity_id, int):
            activity_id = self.activity_id
        elif isinstance(self.activity_id, int):
            activity_id = self.activity_id
        elif isinstance(self.activity_id, int):
            activity_id = self.activity_id
        else:
            activity_id = self.activity_id

        activity_name = self.activity_name

        status_id: int = self.status_id

        actor = self.actor.to_dict()

        message = self.message

        id = self.id

        time_dt = self.time_dt

        type_uid = self.type_uid

        type_name = self.type_name

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        time = self.time

        category_name = self.category_name

        category_uid = self.category_uid

        class_name = self.class_name

        class_uid = self.class_uid

        severity_id: int | Unset = UNSET
        if not isinstance(self.severity_id, Unset):
            severity_id = self.severity_id

        device: dict[str, Any] | None | Unset
        if isinstance(self.device, Unset):
            device = UNSET
        elif isinstance(self.device, DeviceModel):
            device = self.device.to_dict()
        else:
            device = self.device

        http_request: dict[str, Any] | None | Unset
        if isinstance(self.http_request, Unset):
            http_request = UNSET
        elif isinstance(self.http_request, HttpRequestModel):
            http_request = self.http_request.to_dict()
        else:
            http_request = self.http_request

        unmapped: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unmapped, Unset):
            unmapped = self.unmapped.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activity_id": activity_id,
                "activity_name": activity_name,
                "status_id": status_id,
                "actor": actor,
                "message": message,
                "id": id,
                "time_dt": time_dt,
                "type_uid": type_uid,
                "type_name": type_name,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if time is not UNSET:
            field_dict["time"] = time
        if category_name is not UNSET:
            field_dict["category_name"] = category_name
        if category_uid is not UNSET:
            field_dict["category_uid"] = category_uid
        if class_name is not UNSET:
            field_dict["class_name"] = class_name
        if class_uid is not UNSET:
            field_dict["class_uid"] = class_uid
        if severity_id is not UNSET:
            field_dict["severity_id"] = severity_id
        if device is not UNSET:
            field_dict["device"] = device
        if http_request is not UNSET:
            field_dict["http_request"] = http_request
        if unmapped is not UNSET:
            field_dict["unmapped"] = unmapped

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)

        def _parse_activity_id(
            data: object,
        ) -> (
            AccountChangeActivityId
            | AuthenticationActivityId
            | EntityManagementActivityId
            | GroupManagementActivityId
            | UserAccessManagementActivityId
        ):
            try:
                if not isinstance(data, int):
                    raise TypeError()
                activity_id_type_0 = check_account_change_activity_id(data)

                return activity_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, int):
                    raise TypeError()
                activity_id_type_1 = check_authentication_activity_id(data)

                return activity_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, int):
                    raise TypeError()
                activity_id_type_2 = check_entity_management_activity_id(data)

                return activity_id_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, int):
                    raise TypeError()
                activity_id_type_3 = check_user_access_management_activity_id(data)

                return activity_id_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, int):
                raise TypeError()
            activity_id_type_4 = check_group_management_activity_id(data)

            return activity_id_type_4

        activity_id = _parse_activity_id(d.pop("activity_id"))

        activity_name = d.pop("activity_name")

        status_id = check_status_id(d.pop("status_id"))

        actor = ActorModel.from_dict(d.pop("actor"))

        message = d.pop("message")

        id = d.pop("id")

        time_dt = d.pop("time_dt")

        type_uid = d.pop("type_uid")

        type_name = d.pop("type_name")

        _metadata = d.pop("metadata", UNSET)
        metadata: WorkspaceAuditLogEntryResponseMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = WorkspaceAuditLogEntryResponseMetadata.from_dict(_metadata)

        time = d.pop("time", UNSET)

        category_name = d.pop("category_name", UNSET)

        category_uid = d.pop("category_uid", UNSET)

        class_name = d.pop("class_name", UNSET)

        class_uid = d.pop("class_uid", UNSET)

        _severity_id = d.pop("severity_id", UNSET)
        severity_id: SeverityId | Unset
        if isinstance(_severity_id, Unset):
            severity_id = UNSET
        else:
            severity_id = check_severity_id(_severity_id)

        def _parse_device(data: object) -> DeviceModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                device_type_0 = DeviceModel.from_dict(data)

                return device_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeviceModel | None | Unset, data)

        device = _parse_device(d.pop("device", UNSET))

        def _parse_http_request(data: object) -> HttpRequestModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                http_request_type_0 = HttpRequestModel.from_dict(data)

                return http_request_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HttpRequestModel | None | Unset, data)

        http_request = _parse_http_request(d.pop("http_request", UNSET))

        _unmapped = d.pop("unmapped", UNSET)
        unmapped: WorkspaceAuditLogEntryResponseUnmapped | Unset
        if isinstance(_unmapped, Unset):
            unmapped = UNSET
        else:
            unmapped = WorkspaceAuditLogEntryResponseUnmapped.from_dict(_unmapped)

        workspace_audit_log_entry_response = cls(
            activity_id=activity_id,
            activity_name=activity_name,
            status_id=status_id,
            actor=actor,
            message=message,
            id=id,
            time_dt=time_dt,
            type_uid=type_uid,
            type_name=type_name,
            metadata=metadata,
            time=time,
            category_name=category_name,
            category_uid=category_uid,
            class_name=class_name,
            class_uid=class_uid,
            severity_id=severity_id,
            device=device,
            http_request=http_request,
            unmapped=unmapped,
        )

        workspace_audit_log_entry_response.additional_properties = d
        return workspace_audit_log_entry_response

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
        ActorModel, \
        DeviceModel, \
        HttpRequestModel, \
        WorkspaceAuditLogEntryResponseMetadata, \
        WorkspaceAuditLogEntryResponseUnmapped
    from ..models.actor_model import ActorModel  # noqa: F401
    from ..models.device_model import DeviceModel  # noqa: F401
    from ..models.http_request_model import HttpRequestModel  # noqa: F401
    from ..models.workspace_audit_log_entry_response_metadata import WorkspaceAuditLogEntryResponseMetadata  # noqa: F401
    from ..models.workspace_audit_log_entry_response_unmapped import WorkspaceAuditLogEntryResponseUnmapped  # noqa: F401

    _nested_models_loaded = True
