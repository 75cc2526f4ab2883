from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConvaiWidgetTextContents")


@_attrs_define
class ConvaiWidgetTextContents:
    """Custom texts of the widget; each left out keeps its default.

    Attributes:
        main_label (None | str | Unset):
        start_call (None | str | Unset):
        start_chat (None | str | Unset):
        new_call (None | str | Unset):
        end_call (None | str | Unset):
        mute_microphone (None | str | Unset):
        change_language (None | str | Unset):
        collapse (None | str | Unset):
        expand (None | str | Unset):
        copied (None | str | Unset):
        accept_terms (None | str | Unset):
        dismiss_terms (None | str | Unset):
        listening_status (None | str | Unset):
        speaking_status (None | str | Unset):
        connecting_status (None | str | Unset):
        chatting_status (None | str | Unset):
        input_label (None | str | Unset):
        input_placeholder (None | str | Unset):
        input_placeholder_text_only (None | str | Unset):
        input_placeholder_new_conversation (None | str | Unset):
        user_ended_conversation (None | str | Unset):
        agent_ended_conversation (None | str | Unset):
        conversation_id (None | str | Unset):
        error_occurred (None | str | Unset):
        copy_id (None | str | Unset):
    """

    main_label: None | str | Unset = UNSET
    start_call: None | str | Unset = UNSET
    start_chat: None | str | Unset = UNSET
    new_call: None | str | Unset = UNSET
    end_call: None | str | Unset = UNSET
    mute_microphone: None | str | Unset = UNSET
    change_language: None | str | Unset = UNSET
    collapse: None | str | Unset = UNSET
    expand: None | str | Unset = UNSET
    copied: None | str | Unset = UNSET
    accept_terms: None | str | Unset = UNSET
    dismiss_terms: None | str | Unset = UNSET
    listening_status: None | str | Unset = UNSET
    speaking_status: None | str | Unset = UNSET
    connecting_status: None | str | Unset = UNSET
    chatting_status: None | str | Unset = UNSET
    input_label: None | str | Unset = UNSET
    input_placeholder: None | str | Unset = UNSET
    input_placeholder_text_only: None | str | Unset = UNSET
    input_placeholder_new_conversation: None | str | Unset = UNSET
    user_ended_conversation: None | str | Unset = UNSET
    agent_ended_conversation: None | str | Unset = UNSET
    conversation_id: None | str | Unset = UNSET
    error_occurred: None | str | Unset = UNSET
    copy_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        main_label: None | str | Unset
        if isinstance(self.main_label, Unset):
            main_label = UNSET
        else:
            main_label = self.main_label

        start_call: None | str | Unset
        if isinstance(self.start_call, Unset):
            start_call = UNSET
        else:
            start_call = self.start_call

        start_chat: None | str | Unset
        if isinstance(self.start_chat, Unset):
            start_chat = UNSET
        else:
            start_chat = self.start_chat

        new_call: None | str | Unset
        if isinstance(self.new_call, Unset):
            new_call = UNSET
        else:
            new_call = self.new_call

        end_call: None | str | Unset
        if isinstance(self.end_call, Unset):
            end_call = UNSET
        else:
            end_call = self.end_call

        mute_microphone: None | str | Unset
        if isinstance(self.mute_microphone, Unset):
            mute_microphone = UNSET
        else:
            mute_microphone = self.mute_microphone

        change_language: None | str | Unset
        if isinstance(self.change_language, Unset):
            change_language = UNSET
        else:
            change_language = self.change_language

        collapse: None | str | Unset
        if isinstance(self.collapse, Unset):
            collapse = UNSET
        else:
            collapse = self.collapse

        expand: None | str | Unset
        if isinstance(self.expand, Unset):
            expand = UNSET
        else:
            expand = self.expand

        copied: None | str | Unset
        if isinstance(self.copied, Unset):
            copied = UNSET
        else:
            copied = self.copied

        accept_terms: None | str | Unset
        if isinstance(self.accept_terms, Unset):
            accept_terms = UNSET
        else:
            accept_terms = self.accept_terms

        dismiss_terms: None | str | Unset
        if isinstance(self.dismiss_terms, Unset):
            dismiss_terms = UNSET
        else:
            dismiss_terms = self.dismiss_terms

        listening_status: None | str | Unset
        if isinstance(self.listening_status, Unset):
            listening_status = UNSET
        else:
            listening_status = self.listening_status

        speaking_status: None | str | Unset
        if isinstance(self.speaking_status, Unset):
            speaking_status = UNSET
        else:
            speaking_status = self.speaking_status

        connecting_status: None | str | Unset
        if isinstance(self.connecting_status, Unset):
            connecting_status = UNSET
        else:
            connecting_status = self.connecting_status

        chatting_status: None | str | Unset
        if isinstance(self.chatting_status, Unset):
            chatting_status = UNSET
        else:
            chatting_status = self.chatting_status

        input_label: None | str | Unset
        if isinstance(self.input_label, Unset):
            input_label = UNSET
        else:
            input_label = self.input_label

        input_placeholder: None | str | Unset
        if isinstance(self.input_placeholder, Unset):
            input_placeholder = UNSET
        else:
            input_placeholder = self.input_placeholder

        input_placeholder_text_only: None | str | Unset
        if isinstance(self.input_placeholder_text_only, Unset):
            input_placeholder_text_only = UNSET
        else:
            input_placeholder_text_only = self.input_placeholder_text_only

        input_placeholder_new_conversation: None | str | Unset
        if isinstance(self.input_placeholder_new_conversation, Unset):
            input_placeholder_new_conversation = UNSET
        else:
            input_placeholder_new_conversation = self.input_placeholder_new_conversation

        user_ended_conversation: None | str | Unset
        if isinstance(self.user_ended_conversation, Unset):
            user_ended_conversation = UNSET
        else:
            user_ended_conversation = self.user_ended_conversation

        agent_ended_conversation: None | str | Unset
        if isinstance(self.agent_ended_conversation, Unset):
            agent_ended_conversation = UNSET
        else:
            agent_ended_conversation = self.agent_ended_conversation

        conversation_id: None | str | Unset
        if isinstance(self.conversation_id, Unset):
            conversation_id = UNSET
        else:
            conversation_id = self.conversation_id

        error_occurred: None | str | Unset
        if isinstance(self.error_occurred, Unset):
            error_occurred = UNSET
        else:
            error_occurred = self.error_occurred

        copy_id: None | str | Unset
        if isinstance(self.copy_id, Unset):
            copy_id = UNSET
        else:
            copy_id = self.copy_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if main_label is not UNSET:
            field_dict["main_label"] = main_label
        if start_call is not UNSET:
            field_dict["start_call"] = start_call
        if start_chat is not UNSET:
            field_dict["start_chat"] = start_chat
        if new_call is not UNSET:
            field_dict["new_call"] = new_call
        if end_call is not UNSET:
            field_dict["end_call"] = end_call
        if mute_microphone is not UNSET:
            field_dict["mute_microphone"] = mute_microphone
        if change_language is not UNSET:
            field_dict["change_language"] = change_language
        if collapse is not UNSET:
            field_dict["collapse"] = collapse
        if expand is not UNSET:
            field_dict["expand"] = expand
        if copied is not UNSET:
            field_dict["copied"] = copied
        if accept_terms is not UNSET:
            field_dict["accept_terms"] = accept_terms
        if dismiss_terms is not UNSET:
            field_dict["dismiss_terms"] = dismiss_terms
        if listening_status is not UNSET:
            field_dict["listening_status"] = listening_status
        if speaking_status is not UNSET:
            field_dict["speaking_status"] = speaking_status
        if connecting_status is not UNSET:
            field_dict["connecting_status"] = connecting_status
        if chatting_status is not UNSET:
            field_dict["chatting_status"] = chatting_status
        if input_label is not UNSET:
            field_dict["input_label"] = input_label
        if input_placeholder is not UNSET:
            field_dict["input_placeholder"] = input_placeholder
        if input_placeholder_text_only is not UNSET:
            field_dict["input_placeholder_text_only"] = input_placeholder_text_only
        if input_placeholder_new_conversation is not UNSET:
            field_dict["input_placeholder_new_conversation"] = input_placeholder_new_conversation
        if user_ended_conversation is not UNSET:
            field_dict["user_ended_conversation"] = user_ended_conversation
        if agent_ended_conversation is not UNSET:
            field_dict["agent_ended_conversation"] = agent_ended_conversation
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if error_occurred is not UNSET:
            field_dict["error_occurred"] = error_occurred
        if copy_id is not UNSET:
            field_dict["copy_id"] = copy_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_main_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        main_label = _parse_main_label(d.pop("main_label", UNSET))

        def _parse_start_call(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_call = _parse_start_call(d.pop("start_call", UNSET))

        def _parse_start_chat(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_chat = _parse_start_chat(d.pop("start_chat", UNSET))

        def _parse_new_call(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        new_call = _parse_new_call(d.pop("new_call", UNSET))

        def _parse_end_call(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_call = _parse_end_call(d.pop("end_call", UNSET))

        def _parse_mute_microphone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mute_microphone = _parse_mute_microphone(d.pop("mute_microphone", UNSET))

        def _parse_change_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        change_language = _parse_change_language(d.pop("change_language", UNSET))

        def _parse_collapse(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        collapse = _parse_collapse(d.pop("collapse", UNSET))

        def _parse_expand(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expand = _parse_expand(d.pop("expand", UNSET))

        def _parse_copied(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        copied = _parse_copied(d.pop("copied", UNSET))

        def _parse_accept_terms(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        accept_terms = _parse_accept_terms(d.pop("accept_terms", UNSET))

        def _parse_dismiss_terms(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dismiss_terms = _parse_dismiss_terms(d.pop("dismiss_terms", UNSET))

        def _parse_listening_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        listening_status = _parse_listening_status(d.pop("listening_status", UNSET))

        def _parse_speaking_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        speaking_status = _parse_speaking_status(d.pop("speaking_status", UNSET))

        def _parse_connecting_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        connecting_status = _parse_connecting_status(d.pop("connecting_status", UNSET))

        def _parse_chatting_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chatting_status = _parse_chatting_status(d.pop("chatting_status", UNSET))

        def _parse_input_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        input_label = _parse_input_label(d.pop("input_label", UNSET))

        def _parse_input_placeholder(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        input_placeholder = _parse_input_placeholder(d.pop("input_placeholder", UNSET))

        def _parse_input_placeholder_text_only(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        input_placeholder_text_only = _parse_input_placeholder_text_only(d.pop("input_placeholder_text_only", UNSET))

        def _parse_input_placeholder_new_conversation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        input_placeholder_new_conversation = _parse_input_placeholder_new_conversation(
            d.pop("input_placeholder_new_conversation", UNSET)
        )

        def _parse_user_ended_conversation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_ended_conversation = _parse_user_ended_conversation(d.pop("user_ended_conversation", UNSET))

        def _parse_agent_ended_conversation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_ended_conversation = _parse_agent_ended_conversation(d.pop("agent_ended_conversation", UNSET))

        def _parse_conversation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conversation_id = _parse_conversation_id(d.pop("conversation_id", UNSET))

        def _parse_error_occurred(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_occurred = _parse_error_occurred(d.pop("error_occurred", UNSET))

        def _parse_copy_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        copy_id = _parse_copy_id(d.pop("copy_id", UNSET))

        convai_widget_text_contents = cls(
            main_label=main_label,
            start_call=start_call,
            start_chat=start_chat,
            new_call=new_call,
            end_call=end_call,
            mute_microphone=mute_microphone,
            change_language=change_language,
            collapse=collapse,
            expand=expand,
            copied=copied,
            accept_terms=accept_terms,
            dismiss_terms=dismiss_terms,
            listening_status=listening_status,
            speaking_status=speaking_status,
            connecting_status=connecting_status,
            chatting_status=chatting_status,
            input_label=input_label,
            input_placeholder=input_placeholder,
            input_placeholder_text_only=input_placeholder_text_only,
            input_placeholder_new_conversation=input_placeholder_new_conversation,
            user_ended_conversation=user_ended_conversation,
            agent_ended_conversation=agent_ended_conversation,
            conversation_id=conversation_id,
            error_occurred=error_occurred,
            copy_id=copy_id,
        )

        convai_widget_text_contents.additional_properties = d
        return convai_widget_text_contents

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
