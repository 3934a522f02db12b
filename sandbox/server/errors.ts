// Mattermost AppError bodies, with the English messages the server sends.

export const MESSAGES: Record<string, string> = {
    'api.context.session_expired.app_error': 'Invalid or expired session, please login again.',
    'api.context.permissions.app_error': 'You do not have the appropriate permissions.',
    'api.context.invalid_url_param.app_error': 'Invalid or missing {Name} parameter in request URL.',
    'api.context.invalid_body_param.app_error': 'Invalid or missing {Name} in request body.',
    'api.context.404.app_error': 'Sorry, we could not find the page.',
    'api.context.token_provided.app_error': 'Session is not OAuth but token was provided in the query string.',
    'api.user.login.invalid_credentials_email_username': 'Enter a valid email or username and/or password.',
    'api.user.login.inactive.app_error':
        'Login failed because your account has been deactivated.  Please contact an administrator.',
    'api.user.login.bot_login_forbidden.app_error': 'Bot login is forbidden.',
    'app.user.missing_account.const': 'Unable to find the user.',
    'app.user.get.app_error': 'An error occurred finding the account.',
    'app.user_access_token.disabled':
        'Personal access tokens are disabled on this server. Please contact your system administrator for details.',
    'app.user_access_token.get_by_user.app_error': 'Unable to get user access token.',
    'app.user_access_token.expires_at_required.app_error':
        'An expiry date is required for personal access tokens on this server.',
    'app.user_access_token.expires_at_in_past.app_error': 'The expiry date must be in the future.',
    'app.user_access_token.expires_at_too_far.app_error': 'The expiry date must be within {Days} days.',
    'app.user_access_token.revoke_non_compliant.no_policy.app_error':
        'There is no maximum token lifetime policy configured.',
    'api.user.rotate_user_access_token.disabled_token.app_error': 'A disabled personal access token cannot be rotated.',
    'model.user_access_token.is_valid.description.app_error': 'Invalid description, must be 255 or less characters.',
    'model.user_access_token.is_valid.expires_at.app_error': 'Invalid expiry date.',
    'api.command.execute_command.not_found.app_error':
        'Command with a trigger of \'{Trigger}\' not found. To send a message beginning with "/", try adding an empty space at the beginning of the message.',
    'api.plugin.upload.app_error': 'Unable to upload the plugin.',
    'api.post.create_post.root_id.app_error': 'Invalid RootId parameter.',
    'api.post.create_post.channel_root_id.app_error': 'Invalid ChannelId for RootId parameter.',
    'model.post.is_valid.msg.app_error': 'Invalid message.',
    'model.post.is_valid.type.app_error': 'Invalid type.',
    'app.plugin.upload_disabled.app_error': 'Plugins and/or plugin uploads have been disabled.',
    'sandbox.fault.internal': 'An internal error occurred (injected by the sandbox).',
};

export class ApiError extends Error {
    constructor(
        readonly status: number,
        readonly id: string,
        readonly params: Record<string, string | number> = {},
        readonly detailed = '',
    ) {
        super(id);
    }

    body(requestId: string, developer: boolean) {
        let message = MESSAGES[this.id] ?? this.id;
        for (const [key, value] of Object.entries(this.params)) {
            message = message.replace(`{${key}}`, String(value));
        }
        return {
            id: this.id,
            message,
            detailed_error: developer ? this.detailed : '',
            request_id: requestId,
            status_code: this.status,
        };
    }
}

export const invalidUrlParam = (name: string) =>
    new ApiError(400, 'api.context.invalid_url_param.app_error', {Name: name});
export const invalidBodyParam = (name: string) =>
    new ApiError(400, 'api.context.invalid_body_param.app_error', {Name: name});
export const permissionError = (permission: string, userId: string) =>
    new ApiError(403, 'api.context.permissions.app_error', {}, `userId=${userId}, permission=${permission}`);
export const sessionExpired = (detail = '') => new ApiError(401, 'api.context.session_expired.app_error', {}, detail);
