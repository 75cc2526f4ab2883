from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.user_type_id import UserTypeId, check_user_type_id
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserModel")


@_attrs_define
class UserModel:
    """
    Attributes:
        name (None | str | Unset):
        uid (None | str | Unset):
        type_id (UserTypeId | Unset):  Default: 1.
        type_ (None | str | Unset):
        email_addr (None | str | Unset):
        full_name (None | str | Unset):
        domain (None | str | Unset):
    """

    name: None | str | Unset = UNSET
    uid: None | str | Unset = UNSET
    type_id: UserTypeId | Unset = 1
    type_: None | str | Unset = UNSET
    email_addr: None | str | Unset = UNSET
    full_name: None | str | Unset = UNSET
    domain: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        uid: None | str | Unset
        if isinstance(self.uid, Unset):
            uid = UNSET
        else:
            uid = self.uid

        type_id: int | Unset = UNSET
        if not isinstance(self.type_id, Unset):
            type_id = self.type_id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        email_addr: None | str | Unset
        if isinstance(self.email_addr, Unset):
            email_addr = UNSET
        else:
            email_addr = self.email_addr

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        domain: None | str | Unset
        if isinstance(self.domain, Unset):
            domain = UNSET
        else:
            domain = self.domain

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if uid is not UNSET:
            field_dict["uid"] = uid
        if type_id is not UNSET:
            field_dict["type_id"] = type_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if email_addr is not UNSET:
            field_dict["email_addr"] = email_addr
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if domain is not UNSET:
            field_dict["domain"] = domain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_uid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        uid = _parse_uid(d.pop("uid", UNSET))

        _type_id = d.pop("type_id", UNSET)
        type_id: UserTypeId | Unset
        if isinstance(_type_id, Unset):
            type_id = UNSET
        else:
            type_id = check_user_type_id(_type_id)

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_email_addr(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_addr = _parse_email_addr(d.pop("email_addr", UNSET))

        def _parse_full_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        full_name = _parse_full_name(d.pop("full_name", UNSET))

        def _parse_domain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        domain = _parse_domain(d.pop("domain", UNSET))

        user_model = cls(
            name=name,
            uid=uid,
            type_id=type_id,
            type_=type_,
            email_addr=email_addr,
            full_name=full_name,
            domain=domain,
        )

        return user_model
