from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiMcpToolAnnotations")


@_attrs_define
class ConvaiMcpToolAnnotations:
    """Hints an MCP server gives about a tool (open to extra fields).

    Attributes:
        title (None | str | Unset):
        read_only_hint (bool | None | Unset):
        destructive_hint (bool | None | Unset):
        idempotent_hint (bool | None | Unset):
        open_world_hint (bool | None | Unset):
    """

    title: None | str | Unset = UNSET
    read_only_hint: bool | None | Unset = UNSET
    destructive_hint: bool | None | Unset = UNSET
    idempotent_hint: bool | None | Unset = UNSET
    open_world_hint: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        read_only_hint: bool | None | Unset
        if isinstance(self.read_only_hint, Unset):
            read_only_hint = UNSET
        else:
            read_only_hint = self.read_only_hint

        destructive_hint: bool | None | Unset
        if isinstance(self.destructive_hint, Unset):
            destructive_hint = UNSET
        else:
            destructive_hint = self.destructive_hint

        idempotent_hint: bool | None | Unset
        if isinstance(self.idempotent_hint, Unset):
            idempotent_hint = UNSET
        else:
            idempotent_hint = self.idempotent_hint

        open_world_hint: bool | None | Unset
        if isinstance(self.open_world_hint, Unset):
            open_world_hint = UNSET
        else:
            open_world_hint = self.open_world_hint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if read_only_hint is not UNSET:
            field_dict["readOnlyHint"] = read_only_hint
        if destructive_hint is not UNSET:
            field_dict["destructiveHint"] = destructive_hint
        if idempotent_hint is not UNSET:
            field_dict["idempotentHint"] = idempotent_hint
        if open_world_hint is not UNSET:
            field_dict["openWorldHint"] = open_world_hint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_read_only_hint(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        read_only_hint = _parse_read_only_hint(d.pop("readOnlyHint", UNSET))

        def _parse_destructive_hint(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        destructive_hint = _parse_destructive_hint(d.pop("destructiveHint", UNSET))

        def _parse_idempotent_hint(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        idempotent_hint = _parse_idempotent_hint(d.pop("idempotentHint", UNSET))

        def _parse_open_world_hint(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        open_world_hint = _parse_open_world_hint(d.pop("openWorldHint", UNSET))

        convai_mcp_tool_annotations = cls(
            title=title,
            read_only_hint=read_only_hint,
            destructive_hint=destructive_hint,
            idempotent_hint=idempotent_hint,
            open_world_hint=open_world_hint,
        )

        convai_mcp_tool_annotations.additional_properties = d
        return convai_mcp_tool_annotations

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
