"""Contract registry of the workspace area: members, groups, invites, resource sharing,
service accounts and their API keys, webhooks."""

from __future__ import annotations

from elevenlabs_api.api.workspace import (
    workspace_group_members_add,
    workspace_group_members_remove,
    workspace_groups_search,
    workspace_invites_create,
    workspace_invites_create_bulk,
    workspace_invites_delete,
    workspace_members_update,
    workspace_resources_get,
    workspace_resources_share,
    workspace_resources_unshare,
    workspace_service_account_keys_create,
    workspace_service_account_keys_delete,
    workspace_service_account_keys_list,
    workspace_service_account_keys_update,
    workspace_service_accounts_list,
    workspace_webhooks_list,
)
from elevenlabs_api.models import (
    OkStatus,
    WorkspaceApiKeyCreate,
    WorkspaceApiKeyCreated,
    WorkspaceApiKeyList,
    WorkspaceApiKeyUpdate,
    WorkspaceBulkInvite,
    WorkspaceGroup,
    WorkspaceGroupMember,
    WorkspaceInvite,
    WorkspaceInviteDelete,
    WorkspaceMemberUpdate,
    WorkspaceResource,
    WorkspaceServiceAccountList,
    WorkspaceShare,
    WorkspaceUnshare,
    WorkspaceWebhookList,
)

from .support import Op

SERVICE_ACCOUNT_ID = "sA7kLm2Qp9RzXw4TvN1b"
API_KEY_ID = "kY3hJd8WqLs5NbVc0ZrT"
GROUP_ID = "g7Hk2LmQ9pRs4TvW1xYz"
RESOURCE_ID = "Rz8nQ2wLk5VbHt1YcX0a"
EMAIL = "ada@example.com"

# The API leaves the 200 body of key edits/deletions and of (un)sharing undescribed: any JSON.
ANY_JSON = object

OPERATIONS: dict[str, Op] = {
    # service accounts and their API keys
    "workspace_service_accounts_list": Op(
        lambda c: workspace_service_accounts_list.sync_detailed(client=c), WorkspaceServiceAccountList
    ),
    "workspace_service_account_keys_list": Op(
        lambda c: workspace_service_account_keys_list.sync_detailed(SERVICE_ACCOUNT_ID, client=c), WorkspaceApiKeyList
    ),
    "workspace_service_account_keys_create": Op(
        lambda c: workspace_service_account_keys_create.sync_detailed(
            SERVICE_ACCOUNT_ID,
            client=c,
            body=WorkspaceApiKeyCreate(name="CI key", permissions=["text_to_speech"]),
        ),
        WorkspaceApiKeyCreated,
    ),
    "workspace_service_account_keys_update": Op(
        lambda c: workspace_service_account_keys_update.sync_detailed(
            SERVICE_ACCOUNT_ID,
            API_KEY_ID,
            client=c,
            body=WorkspaceApiKeyUpdate(is_enabled=False, name="CI key", permissions="all"),
        ),
        ANY_JSON,
    ),
    "workspace_service_account_keys_delete": Op(
        lambda c: workspace_service_account_keys_delete.sync_detailed(SERVICE_ACCOUNT_ID, API_KEY_ID, client=c),
        ANY_JSON,
    ),
    # groups
    "workspace_groups_search": Op(
        lambda c: workspace_groups_search.sync_detailed(client=c, name="Support team"), list[WorkspaceGroup]
    ),
    "workspace_group_members_add": Op(
        lambda c: workspace_group_members_add.sync_detailed(GROUP_ID, client=c, body=WorkspaceGroupMember(email=EMAIL)),
        OkStatus,
    ),
    "workspace_group_members_remove": Op(
        lambda c: workspace_group_members_remove.sync_detailed(
            GROUP_ID, client=c, body=WorkspaceGroupMember(email=EMAIL)
        ),
        OkStatus,
    ),
    # invites
    "workspace_invites_create": Op(
        lambda c: workspace_invites_create.sync_detailed(client=c, body=WorkspaceInvite(email=EMAIL)), OkStatus
    ),
    "workspace_invites_create_bulk": Op(
        lambda c: workspace_invites_create_bulk.sync_detailed(
            client=c, body=WorkspaceBulkInvite(emails=[EMAIL, "linus@example.com"])
        ),
        OkStatus,
    ),
    "workspace_invites_delete": Op(
        lambda c: workspace_invites_delete.sync_detailed(client=c, body=WorkspaceInviteDelete(email=EMAIL)), OkStatus
    ),
    # members
    "workspace_members_update": Op(
        lambda c: workspace_members_update.sync_detailed(client=c, body=WorkspaceMemberUpdate(email=EMAIL)), OkStatus
    ),
    # resources and sharing
    "workspace_resources_get": Op(
        lambda c: workspace_resources_get.sync_detailed(RESOURCE_ID, client=c, resource_type="voice"),
        WorkspaceResource,
    ),
    "workspace_resources_share": Op(
        lambda c: workspace_resources_share.sync_detailed(
            RESOURCE_ID,
            client=c,
            body=WorkspaceShare(role="viewer", resource_type="voice", user_email=EMAIL),
        ),
        ANY_JSON,
    ),
    "workspace_resources_unshare": Op(
        lambda c: workspace_resources_unshare.sync_detailed(
            RESOURCE_ID, client=c, body=WorkspaceUnshare(resource_type="voice", group_id=GROUP_ID)
        ),
        ANY_JSON,
    ),
    # webhooks
    "workspace_webhooks_list": Op(lambda c: workspace_webhooks_list.sync_detailed(client=c), WorkspaceWebhookList),
}
