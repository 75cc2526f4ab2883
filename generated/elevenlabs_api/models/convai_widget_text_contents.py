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
        initiate_feedback (None | str | Unset):
        request_follow_up_feedback (None | str | Unset):
        thanks_for_feedback (None | str | Unset):
        thanks_for_feedback_details (None | str | Unset):
        follow_up_feedback_placeholder (None | str | Unset):
        submit (None | str | Unset):
        go_back (None | str | Unset):
        send_message (None | str | Unset):
        text_mode (None | str | Unset):
        voice_mode (None | str | Unset):
        switched_to_text_mode (None | str | Unset):
        switched_to_voice_mode (None | str | Unset):
        copy (None | str | Unset):
        download (None | str | Unset):
        wrap (None | str | Unset):
        agent_working (None | str | Unset):
        agent_done (None | str | Unset):
        agent_error (None | str | Unset):
        attach_file (None | str | Unset):
        remove_file (None | str | Unset):
        file_upload_error (None | str | Unset):
        file_type_unsupported (None | str | Unset):
        file_too_large (None | str | Unset):
        file_limit_reached (None | str | Unset):
        typing_indicator (None | str | Unset):
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
    initiate_feedback: None | str | Unset = UNSET
    request_follow_up_feedback: None | str | Unset = UNSET
    thanks_for_feedback: None | str | Unset = UNSET
    thanks_for_feedback_details: None | str | Unset = UNSET
    follow_up_feedback_placeholder: None | str | Unset = UNSET
    submit: None | str | Unset = UNSET
    go_back: None | str | Unset = UNSET
    send_message: None | str | Unset = UNSET
    text_mode: None | str | Unset = UNSET
    voice_mode: None | str | Unset = UNSET
    switched_to_text_mode: None | str | Unset = UNSET
    switched_to_voice_mode: None | str | Unset = UNSET
    copy: None | str | Unset = UNSET
    download: None | str | Unset = UNSET
    wrap: None | str | Unset = UNSET
    agent_working: None | str | Unset = UNSET
    agent_done: None | str | Unset = UNSET
    agent_error: None | str | Unset = UNSET
    attach_file: None | str | Unset = UNSET
    remove_file: None | str | Unset = UNSET
    file_upload_error: None | str | Unset = UNSET
    file_type_unsupported: None | str | Unset = UNSET
    file_too_large: None | str | Unset = UNSET
    file_limit_reached: None | str | Unset = UNSET
    typing_indicator: None | str | Unset = UNSET
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

        initiate_feedback: None | str | Unset
        if isinstance(self.initiate_feedback, Unset):
            initiate_feedback = UNSET
        else:
            initiate_feedback = self.initiate_feedback

        request_follow_up_feedback: None | str | Unset
        if isinstance(self.request_follow_up_feedback, Unset):
            request_follow_up_feedback = UNSET
        else:
            request_follow_up_feedback = self.request_follow_up_feedback

        thanks_for_feedback: None | str | Unset
        if isinstance(self.thanks_for_feedback, Unset):
            thanks_for_feedback = UNSET
        else:
            thanks_for_feedback = self.thanks_for_feedback

        thanks_for_feedback_details: None | str | Unset
        if isinstance(self.thanks_for_feedback_details, Unset):
            thanks_for_feedback_details = UNSET
        else:
            thanks_for_feedback_details = self.thanks_for_feedback_details

        follow_up_feedback_placeholder: None | str | Unset
        if isinstance(self.follow_up_feedback_placeholder, Unset):
            follow_up_feedback_placeholder = UNSET
        else:
            follow_up_feedback_placeholder = self.follow_up_feedback_placeholder

        submit: None | str | Unset
        if isinstance(self.submit, Unset):
            submit = UNSET
        else:
            submit = self.submit

        go_back: None | str | Unset
        if isinstance(self.go_back, Unset):
            go_back = UNSET
        else:
            go_back = self.go_back

        send_message: None | str | Unset
        if isinstance(self.send_message, Unset):
            send_message = UNSET
        else:
            send_message = self.send_message

        text_mode: None | str | Unset
        if isinstance(self.text_mode, Unset):
            text_mode = UNSET
        else:
            text_mode = self.text_mode

        voice_mode: None | str | Unset
        if isinstance(self.voice_mode, Unset):
            voice_mode = UNSET
        else:
            voice_mode = self.voice_mode

        switched_to_text_mode: None | str | Unset
        if isinstance(self.switched_to_text_mode, Unset):
            switched_to_text_mode = UNSET
        else:
            switched_to_text_mode = self.switched_to_text_mode

        switched_to_voice_mode: None | str | Unset
        if isinstance(self.switched_to_voice_mode, Unset):
            switched_to_voice_mode = UNSET
        else:
            switched_to_voice_mode = self.switched_to_voice_mode

        copy: None | str | Unset
        if isinstance(self.copy, Unset):
            copy = UNSET
        else:
            copy = self.copy

        download: None | str | Unset
        if isinstance(self.download, Unset):
            download = UNSET
        else:
            download = self.download

        wrap: None | str | Unset
        if isinstance(self.wrap, Unset):
            wrap = UNSET
        else:
            wrap = self.wrap

        agent_working: None | str | Unset
        if isinstance(self.agent_working, Unset):
            agent_working = UNSET
        else:
            agent_working = self.agent_working

        agent_done: None | str | Unset
        if isinstance(self.agent_done, Unset):
            agent_done = UNSET
        else:
            agent_done = self.agent_done

        agent_error: None | str | Unset
        if isinstance(self.agent_error, Unset):
            agent_error = UNSET
        else:
            agent_error = self.agent_error

        attach_file: None | str | Unset
        if isinstance(self.attach_file, Unset):
            attach_file = UNSET
        else:
            attach_file = self.attach_file

        remove_file: None | str | Unset
        if isinstance(self.remove_file, Unset):
            remove_file = UNSET
        else:
            remove_file = self.remove_file

        file_upload_error: None | str | Unset
        if isinstance(self.file_upload_error, Unset):
            file_upload_error = UNSET
        else:
            file_upload_error = self.file_upload_error

        file_type_unsupported: None | str | Unset
        if isinstance(self.file_type_unsupported, Unset):
            file_type_unsupported = UNSET
        else:
            file_type_unsupported = self.file_type_unsupported

        file_too_large: None | str | Unset
        if isinstance(self.file_too_large, Unset):
            file_too_large = UNSET
        else:
            file_too_large = self.file_too_large

        file_limit_reached: None | str | Unset
        if isinstance(self.file_limit_reached, Unset):
            file_limit_reached = UNSET
        else:
            file_limit_reached = self.file_limit_reached

        typing_indicator: None | str | Unset
        if isinstance(self.typing_indicator, Unset):
            typing_indicator = UNSET
        else:
            typing_indicator = self.typing_indicator

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
        if initiate_feedback is not UNSET:
            field_dict["initiate_feedback"] = initiate_feedback
        if request_follow_up_feedback is not UNSET:
            field_dict["request_follow_up_feedback"] = request_follow_up_feedback
        if thanks_for_feedback is not UNSET:
            field_dict["thanks_for_feedback"] = thanks_for_feedback
        if thanks_for_feedback_details is not UNSET:
            field_dict["thanks_for_feedback_details"] = thanks_for_feedback_details
        if follow_up_feedback_placeholder is not UNSET:
            field_dict["follow_up_feedback_placeholder"] = follow_up_feedback_placeholder
        if submit is not UNSET:
            field_dict["submit"] = submit
        if go_back is not UNSET:
            field_dict["go_back"] = go_back
        if send_message is not UNSET:
            field_dict["send_message"] = send_message
        if text_mode is not UNSET:
            field_dict["text_mode"] = text_mode
        if voice_mode is not UNSET:
            field_dict["voice_mode"] = voice_mode
        if switched_to_text_mode is not UNSET:
            field_dict["switched_to_text_mode"] = switched_to_text_mode
        if switched_to_voice_mode is not UNSET:
            field_dict["switched_to_voice_mode"] = switched_to_voice_mode
        if copy is not UNSET:
            field_dict["copy"] = copy
        if download is not UNSET:
            field_dict["download"] = download
        if wrap is not UNSET:
            field_dict["wrap"] = wrap
        if agent_working is not UNSET:
            field_dict["agent_working"] = agent_working
        if agent_done is not UNSET:
            field_dict["agent_done"] = agent_done
        if agent_error is not UNSET:
            field_dict["agent_error"] = agent_error
        if attach_file is not UNSET:
            field_dict["attach_file"] = attach_file
        if remove_file is not UNSET:
            field_dict["remove_file"] = remove_file
        if file_upload_error is not UNSET:
            field_dict["file_upload_error"] = file_upload_error
        if file_type_unsupported is not UNSET:
            field_dict["file_type_unsupported"] = file_type_unsupported
        if file_too_large is not UNSET:
            field_dict["file_too_large"] = file_too_large
        if file_limit_reached is not UNSET:
            field_dict["file_limit_reached"] = file_limit_reached
        if typing_indicator is not UNSET:
            field_dict["typing_indicator"] = typing_indicator

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

        def _parse_initiate_feedback(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        initiate_feedback = _parse_initiate_feedback(d.pop("initiate_feedback", UNSET))

        def _parse_request_follow_up_feedback(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_follow_up_feedback = _parse_request_follow_up_feedback(d.pop("request_follow_up_feedback", UNSET))

        def _parse_thanks_for_feedback(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thanks_for_feedback = _parse_thanks_for_feedback(d.pop("thanks_for_feedback", UNSET))

        def _parse_thanks_for_feedback_details(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thanks_for_feedback_details = _parse_thanks_for_feedback_details(d.pop("thanks_for_feedback_details", UNSET))

        def _parse_follow_up_feedback_placeholder(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        follow_up_feedback_placeholder = _parse_follow_up_feedback_placeholder(
            d.pop("follow_up_feedback_placeholder", UNSET)
        )

        def _parse_submit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        submit = _parse_submit(d.pop("submit", UNSET))

        def _parse_go_back(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        go_back = _parse_go_back(d.pop("go_back", UNSET))

        def _parse_send_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        send_message = _parse_send_message(d.pop("send_message", UNSET))

        def _parse_text_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text_mode = _parse_text_mode(d.pop("text_mode", UNSET))

        def _parse_voice_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voice_mode = _parse_voice_mode(d.pop("voice_mode", UNSET))

        def _parse_switched_to_text_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        switched_to_text_mode = _parse_switched_to_text_mode(d.pop("switched_to_text_mode", UNSET))

        def _parse_switched_to_voice_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        switched_to_voice_mode = _parse_switched_to_voice_mode(d.pop("switched_to_voice_mode", UNSET))

        def _parse_copy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        copy = _parse_copy(d.pop("copy", UNSET))

        def _parse_download(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        download = _parse_download(d.pop("download", UNSET))

        def _parse_wrap(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wrap = _parse_wrap(d.pop("wrap", UNSET))

        def _parse_agent_working(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_working = _parse_agent_working(d.pop("agent_working", UNSET))

        def _parse_agent_done(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_done = _parse_agent_done(d.pop("agent_done", UNSET))

        def _parse_agent_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_error = _parse_agent_error(d.pop("agent_error", UNSET))

        def _parse_attach_file(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        attach_file = _parse_attach_file(d.pop("attach_file", UNSET))

        def _parse_remove_file(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remove_file = _parse_remove_file(d.pop("remove_file", UNSET))

        def _parse_file_upload_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_upload_error = _parse_file_upload_error(d.pop("file_upload_error", UNSET))

        def _parse_file_type_unsupported(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_type_unsupported = _parse_file_type_unsupported(d.pop("file_type_unsupported", UNSET))

        def _parse_file_too_large(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_too_large = _parse_file_too_large(d.pop("file_too_large", UNSET))

        def _parse_file_limit_reached(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_limit_reached = _parse_file_limit_reached(d.pop("file_limit_reached", UNSET))

        def _parse_typing_indicator(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        typing_indicator = _parse_typing_indicator(d.pop("typing_indicator", UNSET))

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
            initiate_feedback=initiate_feedback,
            request_follow_up_feedback=request_follow_up_feedback,
            thanks_for_feedback=thanks_for_feedback,
            thanks_for_feedback_details=thanks_for_feedback_details,
            follow_up_feedback_placeholder=follow_up_feedback_placeholder,
            submit=submit,
            go_back=go_back,
            send_message=send_message,
            text_mode=text_mode,
            voice_mode=voice_mode,
            switched_to_text_mode=switched_to_text_mode,
            switched_to_voice_mode=switched_to_voice_mode,
            copy=copy,
            download=download,
            wrap=wrap,
            agent_working=agent_working,
            agent_done=agent_done,
            agent_error=agent_error,
            attach_file=attach_file,
            remove_file=remove_file,
            file_upload_error=file_upload_error,
            file_type_unsupported=file_type_unsupported,
            file_too_large=file_too_large,
            file_limit_reached=file_limit_reached,
            typing_indicator=typing_indicator,
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
