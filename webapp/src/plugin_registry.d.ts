// The subset of the web app's PluginRegistry this plugin uses (shared/mattermost/webapp-host.md;
// webapp/channels/src/plugins/registry.ts). Methods marked optional are feature-detected.
import type {Post} from '@mattermost/types/posts';
import type React from 'react';

export interface SlashCommandArgs {
    channel_id: string;
    team_id?: string;
    root_id?: string;
}

export type SlashCommandResult =
    {message: string; args: SlashCommandArgs} | {error: {message: string}} | Record<string, never>;

// What a message hook answers: the post to send (possibly rewritten), or an error shown under the message
// box while the draft is kept. Hooks of all plugins run in registration order and are awaited without a
// time limit.
export type MessageHookResult<P> = {post: P} | {error: {message: string}};

export interface UserSettingsSection {
    title: string;
    component: React.ComponentType;
}

export interface PluginRegistry {
    registerTranslations(getTranslationsForLocale: (locale: string) => Record<string, string>): void;
    registerReducer(reducer: unknown): void;
    registerSlashCommandWillBePostedHook(
        hook: (message: string, args: SlashCommandArgs) => Promise<SlashCommandResult>,
    ): void;
    // Feature-detected: the sandbox host may not have them. Both return an id for unregisterComponent.
    registerMessageWillBePostedHook?(hook: (post: Post) => Promise<MessageHookResult<Post>>): string | void;
    // Not called by the inline post editor of recent web apps (about 10.5 on): best effort.
    registerMessageWillBeUpdatedHook?(
        hook: (newPost: Partial<Post>, oldPost: Post) => Promise<MessageHookResult<Partial<Post>>>,
    ): string | void;
    registerUserSettings?(setting: {id: string; uiName: string; icon?: string; sections: UserSettingsSection[]}): void;
    registerRootComponent(component: React.ComponentType): string;
    // `text` may be a string, an element or a component.
    registerMainMenuAction(text: React.ReactNode, action: () => void, mobileIcon?: React.ReactNode): string;
    registerPostTypeComponent(
        type: string,
        component: React.ComponentType<{post: {id?: unknown; message?: unknown}}>,
    ): string;
    unregisterComponent(id: string): void;
    unregisterPostTypeComponent(id: string): void;
}
