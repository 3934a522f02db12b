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

export interface SandboxConfig {
    EnableUserAccessTokens: boolean;
    MaximumPersonalAccessTokenLifetimeDays: number;
    SiteURL: string;
    EnableDeveloper: boolean;
}

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
