// The sandbox's in-memory data model: the same fields the Mattermost server stores and serializes.

export interface SandboxUser {
    id: string;
    username: string;
    password: string;
    email: string;
    first_name: string;
    last_name: string;
    nickname: string;
    roles: string;
    is_bot: boolean;
    bot_owner_id?: string;
    delete_at: number;
    create_at: number;
    update_at: number;
    locale: string;
}

export interface SandboxToken {
    id: string;
    token: string;
    user_id: string;
    description: string;
    is_active: boolean;
    expires_at: number;
}

export interface SandboxSession {
    id: string;
    token: string;
    create_at: number;
    expires_at: number;
    last_activity_at: number;
    user_id: string;
    device_id: string;
    roles: string;
    is_oauth: boolean;
    props: Record<string, string>;
}

// Server generations, for feature detection: classic (no expiry), expiry (11.9: expires_at and the
// maximum-lifetime setting) and rotate (adds POST /users/tokens/rotate and the non-compliant routes).
export type FeatureLevel = 'classic' | 'expiry' | 'rotate';

// ServiceSettings.CollapsedThreads (server/public/model/config.go). Servers default to always_on; the
// sandbox defaults to default_on so that the per-user preference matters.
export const COLLAPSED_THREADS = ['disabled', 'default_on', 'default_off', 'always_on'] as const;
export type CollapsedThreads = (typeof COLLAPSED_THREADS)[number];

export interface SandboxConfig {
    EnableUserAccessTokens: boolean;
    MaximumPersonalAccessTokenLifetimeDays: number;
    SiteURL: string;
    EnableDeveloper: boolean;
    CollapsedThreads: CollapsedThreads;
}

export function defaultConfig(): SandboxConfig {
    return {
        EnableUserAccessTokens: true,
        MaximumPersonalAccessTokenLifetimeDays: 0,
        SiteURL: '',
        EnableDeveloper: false,
        CollapsedThreads: 'default_on',
    };
}

// The fields of model.Post the sandbox keeps (createPost, patchPost).
export interface SandboxPost {
    id: string;
    create_at: number;
    update_at: number;
    edit_at: number;
    delete_at: number;
    is_pinned: boolean;
    user_id: string;
    channel_id: string;
    root_id: string;
    original_id: string;
    message: string;
    type: string;
    props: Record<string, unknown>;
    hashtags: string;
    pending_post_id: string;
}

// The one channel every user belongs to (the host page's Town Square).
export const TOWN_SQUARE_ID = 'townsquare0000000000000000';

export const SERVER_VERSIONS: Record<FeatureLevel, string> = {
    classic: '10.11.0',
    expiry: '11.9.0',
    rotate: '11.10.0',
};

export const ROLE_PERMISSIONS: Record<string, string[]> = {
    system_user: [
        'create_team',
        'list_public_teams',
        'view_members',
        'create_direct_channel',
        'create_group_channel',
        'manage_oauth',
    ],
    system_user_access_token: ['create_user_access_token', 'read_user_access_token', 'revoke_user_access_token'],
    system_user_manager: ['edit_other_users', 'read_other_users_teams', 'sysconsole_read_user_management_users'],
    system_admin: [
        'manage_system',
        'edit_other_users',
        'create_user_access_token',
        'read_user_access_token',
        'revoke_user_access_token',
        'manage_bots',
        'manage_others_bots',
        'sysconsole_write_plugins',
        'sysconsole_read_plugins',
        'create_team',
        'list_public_teams',
        'view_members',
        'create_direct_channel',
        'create_group_channel',
        'manage_oauth',
        'read_other_users_teams',
    ],
    system_post_all: ['create_post'],
};
