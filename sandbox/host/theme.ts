// Mattermost's applyTheme: the theme becomes CSS variables on the root element (hex, plus -rgb triplets).

export const THEMES = {
    light: {
        type: 'Denim',
        sidebarBg: '#1e325c',
        sidebarText: '#ffffff',
        sidebarHeaderBg: '#192a4d',
        sidebarTeamBarBg: '#14213e',
        centerChannelBg: '#ffffff',
        centerChannelColor: '#3f4350',
        newMessageSeparator: '#cc8f00',
        linkColor: '#386fe5',
        buttonBg: '#1c58d9',
        buttonColor: '#ffffff',
        errorTextColor: '#d24b4e',
        mentionHighlightBg: '#ffd470',
        mentionHighlightLink: '#1b1d22',
        onlineIndicator: '#3db887',
        awayIndicator: '#ffbc1f',
        dndIndicator: '#d24b4e',
    },
    dark: {
        type: 'Onyx',
        sidebarBg: '#202228',
        sidebarText: '#ffffff',
        sidebarHeaderBg: '#24272d',
        sidebarTeamBarBg: '#1b1d22',
        centerChannelBg: '#191b1f',
        centerChannelColor: '#e3e4e8',
        newMessageSeparator: '#1592e0',
        linkColor: '#5d89ea',
        buttonBg: '#4a7ce8',
        buttonColor: '#ffffff',
        errorTextColor: '#da6c6e',
        mentionHighlightBg: '#0d6e6e',
        mentionHighlightLink: '#a4f4f4',
        onlineIndicator: '#3db887',
        awayIndicator: '#f5ab00',
        dndIndicator: '#d24b4e',
    },
} as const;

export type ThemeName = keyof typeof THEMES;

const VARIABLES: Record<string, string> = {
    sidebarBg: 'sidebar-bg',
    sidebarText: 'sidebar-text',
    sidebarHeaderBg: 'sidebar-header-bg',
    sidebarTeamBarBg: 'sidebar-teambar-bg',
    centerChannelBg: 'center-channel-bg',
    centerChannelColor: 'center-channel-color',
    newMessageSeparator: 'new-message-separator',
    linkColor: 'link-color',
    buttonBg: 'button-bg',
    buttonColor: 'button-color',
    errorTextColor: 'error-text',
    mentionHighlightBg: 'mention-highlight-bg',
    mentionHighlightLink: 'mention-highlight-link',
    onlineIndicator: 'online-indicator',
    awayIndicator: 'away-indicator',
    dndIndicator: 'dnd-indicator',
};

function rgb(hex: string): string {
    const n = parseInt(hex.slice(1), 16);
    return `${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}`;
}

export function applyTheme(name: ThemeName) {
    const theme = THEMES[name] as Record<string, string>;
    const root = document.documentElement;
    for (const [key, variable] of Object.entries(VARIABLES)) {
        root.style.setProperty(`--${variable}`, theme[key]);
        // Mattermost names the error colour's triplet --error-text-color-rgb.
        root.style.setProperty(
            key === 'errorTextColor' ? '--error-text-color-rgb' : `--${variable}-rgb`,
            rgb(theme[key]),
        );
    }
    root.dataset.theme = name;
}
