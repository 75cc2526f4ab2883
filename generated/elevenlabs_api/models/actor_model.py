from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.actor_model_session_type_0 import ActorModelSessionType0
    from ..models.user_model import UserModel


T = TypeVar("T", bound="ActorModel")


@_attrs_define
class ActorModel:
    """
    Attributes:
        user (UserModel):
        app_name (None | str | Unset):
        app_uid (None | str | Unset):
        session (ActorModelSessionType0 | None | Unset):
    """

    user: UserModel
    app_name: None | str | Unset = UNSET
    app_uid: None | str | Unset = UNSET
    session: ActorModelSessionType0 | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _nested_models_loaded:
            _load_nested_models()
        user = self.user.to_dict()

        app_name: None | str | Unset
        if isinstance(self.app_name, Unset):
            app_name = UNSET
        else:
            app_name = self.app_name

        app_uid: None | str | Unset
        if isinstance(self.app_uid, Unset):
            app_uid = UNSET
        else:
            app_uid = self.app_uid

        session: dict[str, Any] | None | Unset
        if isinstance(self.session, Unset):
            session = UNSET
        elif isinstance(self.session, ActorModelSessionType0):
            session = self.session.to_dict()
        else:
            session = self.session

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "user": user,
            }
        )
        if app_name is not UNSET:
            field_dict["app_name"] = app_name
        if app_uid is not UNSET:
            field_dict["app_uid"] = app_uid
        if session is not UNSET:
            field_dict["session"] = session

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _nested_models_loaded:
            _load_nested_models()
        d = dict(src_dict)
        user = UserModel.from_dict(d.pop("user"))

        def _parse_app_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_name = _parse_app_name(d.pop("app_name", UNSET))

        def _parse_app_uid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_uid = _parse_app_uid(d.pop("app_uid", UNSET))

        def _parse_session(data: object) -> ActorModelSessionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                session_type_0 = ActorModelSessionType0.from_dict(data)

                return session_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActorModelSessionType0 | None | Unset, data)

        session = _parse_session(d.pop("session", UNSET))

        actor_model = cls(
            user=user,
            app_name=app_name,
            app_uid=app_uid,
            session=session,
        )

        return actor_model


_nested_models_loaded = False


def _load_nested_models() -> None:
    global _nested_models_loaded, ActorModelSessionType0, UserModel
    from ..models.actor_model_session_type_0 import ActorModelSessionType0  # noqa: F401
    from ..models.user_model import UserModel  # noqa: F401

    _nested_models_loaded = True
