import manifest from './manifest';

// Posts of this type are rendered by components/slash_reply; the web app requires the `custom_` prefix.
export const REPLY_POST_TYPE = `custom_${manifest.id.replace(/-/g, '_')}_reply`;
export const REPLY_PROP = 'token_manager_reply';
