// The host's UI: sign-in, the channel view, the main menu, the app bar and the Settings modal.
import React, {useCallback, useEffect, useRef, useState} from 'react';
import {IntlProvider} from 'react-intl';
import {useDispatch, useSelector, useStore} from 'react-redux';

import {hostFetch, setTheme, signIn, signOut} from './host';
import {renderMarkdown} from './markdown';
import {hooks, translations} from './registry';
import {RECEIVED_NEW_POST, type HostPost, type HostState, type PluginsState, type Registered} from './store';
import type {ThemeName} from './theme';

const CHANNEL_ID = 'townsquare0000000000000000';

class ErrorBoundary extends React.Component<{children: React.ReactNode; name: string}, {failed: boolean}> {
    override state = {failed: false};
    static getDerivedStateFromError() {
        return {failed: true};
    }
    override componentDidCatch(error: Error) {
        console.error(`Plugin component ${this.props.name} failed:`, error);
    }
    override render() {
        return this.state.failed ? (
            <div role='alert'>{`${this.props.name} failed to render.`}</div>
        ) : (
            this.props.children
        );
    }
}

function usePlugins(): PluginsState {
    return useSelector((s: HostState) => s.plugins as PluginsState);
}

function renderIcon(icon: unknown) {
    if (typeof icon === 'function') {
        const Icon = icon as React.ComponentType;
        return <Icon />;
    }
    return icon as React.ReactNode;
}

export function App({signedIn}: {signedIn: boolean}) {
    // Plugins register translations while loading, so read them at every render.
    const messages = Object.assign({}, ...Object.values(translations).map((get) => get('en') ?? {}));
    return (
        <IntlProvider locale='en' messages={messages} defaultLocale='en'>
            {signedIn ? <Workspace /> : <Login />}
        </IntlProvider>
    );
}

function Login() {
    const [users, setUsers] = useState<Array<{username: string; roles: string; is_bot: boolean; delete_at: number}>>(
        [],
    );
    const [loginId, setLoginId] = useState('');
    const [password, setPassword] = useState('');
    const [error, setError] = useState('');
    useEffect(() => {
        fetch(`${window.basename ?? ''}/sandbox/users`)
            .then((r) => r.json())
            .then(setUsers, () => setUsers([]));
    }, []);
    const submit = async (id: string, pw: string) => {
        setError('');
        try {
            await signIn(id, pw);
        } catch (err) {
            setError((err as Error).message);
        }
    };
    return (
        <main className='host-login'>
            <h1>{'Token Manager sandbox'}</h1>
            <p>
                <small>
                    {'A stand-in for the Mattermost web app. Every seeded account uses the password "password".'}
                </small>
            </p>
            <form
                onSubmit={(e) => {
                    e.preventDefault();
                    submit(loginId, password);
                }}
            >
                <label htmlFor='login-id'>{'Username'}</label>
                <input
                    id='login-id'
                    value={loginId}
                    onChange={(e) => setLoginId(e.target.value)}
                    autoComplete='username'
                />
                <label htmlFor='login-password'>{'Password'}</label>
                <input
                    id='login-password'
                    type='password'
                    value={password}
                    onChange={(e) => setPassword(e.target.value)}
                    autoComplete='current-password'
                />
                <p>
                    <button className='primary' type='submit'>
                        {'Log in'}
                    </button>
                </p>
            </form>
            {error && (
                <p className='error' role='alert'>
                    {error}
                </p>
            )}
            <div className='quick'>
                {users
                    .filter((u) => !u.is_bot && u.delete_at === 0)
                    .slice(0, 8)
                    .map((u) => (
                        <button key={u.username} type='button' onClick={() => submit(u.username, 'password')}>
                            {`Sign in as ${u.username}`}
                            <br />
                            <small>{u.roles}</small>
                        </button>
                    ))}
            </div>
        </main>
    );
}

function Workspace() {
    const plugins = usePlugins();
    const dispatch = useDispatch();
    const [menuOpen, setMenuOpen] = useState(false);
    const theme = useSelector((s: HostState) => (s.views as any).theme as ThemeName);
    const me = useSelector(
        (s: HostState) => (s.entities as any).users.profiles[(s.entities as any).users.currentUserId],
    );
    const settingsOpen = useSelector((s: HostState) => (s.views as any).settingsOpen);
    return (
        <div className='host-app'>
            <header className='host-globalheader'>
                <button
                    type='button'
                    aria-haspopup='menu'
                    aria-expanded={menuOpen}
                    onClick={() => setMenuOpen(!menuOpen)}
                >
                    {'Main menu'}
                </button>
                <span className='spacer' />
                <button type='button' onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}>
                    {theme === 'dark' ? 'Light theme' : 'Dark theme'}
                </button>
                <span aria-label='Signed in as'>{`@${me?.username}`}</span>
                <button type='button' onClick={() => signOut()}>
                    {'Log out'}
                </button>
            </header>
            {menuOpen && (
                <div className='host-menu' role='menu' aria-label='Main menu'>
                    {(plugins.components.MainMenu ?? []).map((item) => (
                        <button
                            key={item.id}
                            role='menuitem'
                            type='button'
                            onClick={() => {
                                setMenuOpen(false);
                                (item.action as () => void)();
                            }}
                        >
                            {renderIcon(item.text)}
                        </button>
                    ))}
                    <button
                        role='menuitem'
                        type='button'
                        onClick={() => {
                            setMenuOpen(false);
                            dispatch({type: 'HOST_OPEN_SETTINGS'});
                        }}
                    >
                        {'Settings'}
                    </button>
                </div>
            )}
            <nav className='host-sidebar' aria-label='Channels'>
                <h2>{'Sandbox'}</h2>
                <div className='channel'>{'Town Square'}</div>
            </nav>
            <ChannelView />
            <aside className='host-appbar' aria-label='App bar'>
                {(plugins.components.AppBar ?? []).map((item) => (
                    <button
                        key={item.id}
                        type='button'
                        title={String(item.tooltipText ?? '')}
                        aria-label={String(item.tooltipText ?? '')}
                        onClick={() => (item.action as () => void)()}
                    >
                        <img src={String(item.iconUrl)} alt='' />
                    </button>
                ))}
            </aside>
            {settingsOpen && <SettingsModal />}
            {(plugins.components.Root ?? []).map((item) => {
                const Component = item.component as React.ComponentType;
                return (
                    <ErrorBoundary key={item.id} name='root component'>
                        <Component />
                    </ErrorBoundary>
                );
            })}
        </div>
    );
}

function ChannelView() {
    const postIds = useSelector((s: HostState) => (s.entities as any).posts.postsInChannel[CHANNEL_ID] as string[]);
    const posts = useSelector((s: HostState) => (s.entities as any).posts.posts as Record<string, HostPost>);
    const listRef = useRef<HTMLDivElement>(null);
    useEffect(() => {
        listRef.current?.scrollTo({top: listRef.current.scrollHeight});
    }, [postIds.length]);
    return (
        <main className='host-center'>
            <div className='host-channel-header'>{'Town Square'}</div>
            <div className='host-post-list' ref={listRef} role='log' aria-label='Messages' aria-live='polite'>
                {postIds
                    .map((id) => posts[id])
                    .filter(Boolean)
                    .map((post) => (
                        <Post key={post.id} post={post} />
                    ))}
            </div>
            <PostCreate />
        </main>
    );
}

function Post({post}: {post: HostPost}) {
    const plugins = usePlugins();
    const author = useSelector((s: HostState) => (s.entities as any).users.profiles[post.user_id]);
    const custom = plugins.postTypes[post.type];
    const ephemeral = post.type === 'system_ephemeral' || post.type.startsWith('custom_');
    const name = post.user_id === '0' || !author ? 'System' : author.username;
    let body: React.ReactNode;
    if (custom) {
        const Component = custom.component as React.ComponentType<{post: HostPost}>;
        body = (
            <ErrorBoundary name={post.type}>
                <Component post={post} />
            </ErrorBoundary>
        );
    } else {
        body = <div dangerouslySetInnerHTML={{__html: renderMarkdown(post.message)}} />;
    }
    return (
        <article className='host-post' data-post-id={post.id} data-post-type={post.type} aria-label={`${name} message`}>
            <div className='avatar' aria-hidden='true'>
                {name[0].toUpperCase()}
            </div>
            <div>
                <div className='meta'>
                    <span className='author'>{name}</span>
                    {ephemeral && <span className='only-you'>{'(Only visible to you)'}</span>}
                </div>
                <div className='body'>{body}</div>
            </div>
        </article>
    );
}

// actions/command.ts + hooks.ts: slash-command hooks run in registration order; {} consumes the command,
// {error} keeps the draft and shows the message, {message, args} passes it on; the server gets the rest.
function PostCreate() {
    const [draft, setDraft] = useState('');
    const [error, setError] = useState('');
    const store = useStore();
    const dispatch = useDispatch();
    const submit = useCallback(async () => {
        const state = store.getState() as HostState;
        const args = {channel_id: CHANNEL_ID, team_id: (state.entities as any).teams.currentTeamId, root_id: ''};
        setError('');
        if (draft.trim() === '') {
            return;
        }
        if (draft.startsWith('/')) {
            let message = draft;
            let currentArgs = args;
            for (const {hook} of hooks.slash) {
                let result;
                try {
                    result = await hook(message, currentArgs);
                } catch (err) {
                    console.error('slash command hook threw', err);
                    continue;
                }
                if (result?.error) {
                    setError(result.error.message);
                    return;
                }
                if (result && !result.message) {
                    setDraft('');
                    return;
                }
                if (result?.message) {
                    message = result.message;
                    currentArgs = result.args ?? currentArgs;
                }
            }
            try {
                await hostFetch('/commands/execute', {
                    method: 'POST',
                    body: JSON.stringify({command: message, ...currentArgs}),
                });
                setDraft('');
            } catch (err) {
                setError((err as Error).message);
            }
            return;
        }
        let post: HostPost = {
            id: `local_${Date.now()}`,
            user_id: (state.entities as any).users.currentUserId,
            channel_id: CHANNEL_ID,
            root_id: '',
            message: draft,
            type: '',
            create_at: Date.now(),
            props: {},
        };
        for (const {hook} of hooks.message) {
            const result = await hook(post);
            if (result?.error) {
                setError(result.error.message);
                return;
            }
            post = result?.post ?? post;
        }
        dispatch({type: RECEIVED_NEW_POST, channelId: CHANNEL_ID, data: post});
        setDraft('');
    }, [draft, store, dispatch]);
    return (
        <div className='host-post-create'>
            <textarea
                aria-label='Write to Town Square'
                placeholder='Write to Town Square'
                value={draft}
                onChange={(e) => setDraft(e.target.value)}
                onKeyDown={(e) => {
                    if (e.key === 'Enter' && !e.shiftKey) {
                        e.preventDefault();
                        submit();
                    }
                }}
            />
            {error && (
                <div className='error' role='alert'>
                    {error}
                </div>
            )}
        </div>
    );
}

const BUILT_IN_TABS = [
    ['notifications', 'Notifications'],
    ['display', 'Display'],
    ['sidebar', 'Sidebar'],
    ['advanced', 'Advanced'],
] as const;

function SettingsModal() {
    const plugins = usePlugins();
    const dispatch = useDispatch();
    const tab = useSelector((s: HostState) => (s.views as any).settingsTab as string);
    const close = useCallback(() => dispatch({type: 'HOST_CLOSE_SETTINGS'}), [dispatch]);
    const pluginTabs = Object.values(plugins.userSettings);
    const active = pluginTabs.find((p) => p.id === tab);
    const dialogRef = useRef<HTMLDivElement>(null);
    useEffect(() => {
        dialogRef.current?.focus();
        const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close();
        document.addEventListener('keydown', onKey);
        return () => document.removeEventListener('keydown', onKey);
    }, [close]);
    return (
        <div className='host-backdrop'>
            <div
                className='host-modal'
                role='dialog'
                aria-modal='true'
                aria-label='Settings'
                tabIndex={-1}
                ref={dialogRef}
            >
                <nav aria-label='Settings sections' role='tablist'>
                    <h1>{'Settings'}</h1>
                    {BUILT_IN_TABS.map(([id, label]) => (
                        <button
                            key={id}
                            type='button'
                            role='tab'
                            aria-selected={tab === id}
                            onClick={() => dispatch({type: 'HOST_OPEN_SETTINGS', tab: id})}
                        >
                            {label}
                        </button>
                    ))}
                    {pluginTabs.map((p) => (
                        <button
                            key={p.id}
                            type='button'
                            role='tab'
                            aria-selected={tab === p.id}
                            onClick={() => dispatch({type: 'HOST_OPEN_SETTINGS', tab: p.id})}
                        >
                            {p.uiName}
                        </button>
                    ))}
                </nav>
                <section
                    className='panel'
                    role='tabpanel'
                    aria-label={active ? `${active.uiName} Settings` : 'Settings panel'}
                >
                    <button type='button' className='close' aria-label='Close' onClick={close}>
                        {'×'}
                    </button>
                    {active ? (
                        <>
                            <h2>{`${active.uiName} Settings`}</h2>
                            {active.sections.map((section) => {
                                const Component = section.component as React.ComponentType;
                                return Component ? (
                                    <ErrorBoundary key={section.title} name={section.title}>
                                        <Component />
                                    </ErrorBoundary>
                                ) : null;
                            })}
                        </>
                    ) : (
                        <h2>{BUILT_IN_TABS.find(([id]) => id === tab)?.[1] ?? 'Settings'}</h2>
                    )}
                </section>
            </div>
        </div>
    );
}

export type {Registered};
