// The plugin's styles, scoped under .token-manager and coloured only with Mattermost theme variables, so
// light and dark themes both work. Injected once by initialize() and removed by uninitialize().
export const STYLE_ELEMENT_ID = 'token-manager-styles';

export const css = `
.token-manager { color: var(--center-channel-color); font-size: 14px; line-height: 20px; }
.token-manager h3 { font-size: 16px; margin: 0 0 8px; font-weight: 600; }
.token-manager * + h3 { margin-top: 20px; }
.token-manager p { margin: 4px 0; }
.token-manager code { font-family: Menlo, Consolas, monospace; font-size: 12px; padding: 1px 4px; border-radius: 3px; background: rgba(var(--center-channel-color-rgb), 0.08); overflow-wrap: anywhere; }
/* Buttons keep the theme's text colour on a tint of the button colour: the solid button colours of some
   themes (Onyx's white on #4a7ce8) fall short of WCAG AA contrast for 12-14px text. */
.token-manager-btn { display: inline-flex; align-items: center; gap: 4px; height: 32px; padding: 0 14px; border-radius: 4px; border: 1px solid rgba(var(--button-bg-rgb), 0.48); background: rgba(var(--button-bg-rgb), 0.08); color: var(--center-channel-color); font-weight: 600; font-size: 12px; cursor: pointer; }
.token-manager-btn:hover:not(:disabled) { background: rgba(var(--button-bg-rgb), 0.16); }
.token-manager-btn:focus-visible, .token-manager input:focus-visible, .token-manager select:focus-visible, .token-manager [tabindex]:focus-visible { outline: 2px solid var(--button-bg); outline-offset: 1px; }
.token-manager-btn:disabled { opacity: 0.56; cursor: not-allowed; }
.token-manager-btn--primary { background: rgba(var(--button-bg-rgb), 0.24); border-color: var(--button-bg); }
.token-manager-btn--primary:hover:not(:disabled) { background: rgba(var(--button-bg-rgb), 0.32); }
.token-manager-btn--danger { background: rgba(var(--error-text-color-rgb), 0.12); color: var(--center-channel-color); border-color: var(--error-text); }
.token-manager-btn--danger:hover:not(:disabled) { background: rgba(var(--error-text-color-rgb), 0.24); }
.token-manager-btn.token-manager-btn--link, .token-manager-btn--link { border: 0; background: transparent; padding: 0 6px; height: 24px; color: var(--link-color); }
.token-manager-reply p { margin: 2px 0; }
.token-manager-reply__error { color: var(--error-text); }
.token-manager-reply__success { color: var(--center-channel-color); }
.token-manager-reply__info { color: rgba(var(--center-channel-color-rgb), 0.8); font-size: 13px; }
.token-manager-table-wrap { overflow-x: auto; margin: 6px 0; }
.token-manager-table { border-collapse: collapse; font-size: 13px; }
.token-manager-table th, .token-manager-table td { border: 1px solid rgba(var(--center-channel-color-rgb), 0.16); padding: 4px 8px; text-align: left; vertical-align: top; }
.token-manager-table th { background: rgba(var(--center-channel-color-rgb), 0.04); font-weight: 600; }
.token-manager-reveal { margin: 8px 0; padding: 12px 16px; border-radius: 4px; border: 1px solid rgba(var(--online-indicator-rgb), 0.48); background: rgba(var(--online-indicator-rgb), 0.08); }
.token-manager-reveal--redacted { border-color: rgba(var(--center-channel-color-rgb), 0.16); background: rgba(var(--center-channel-color-rgb), 0.04); color: rgba(var(--center-channel-color-rgb), 0.8); }
.token-manager-reveal__warning { font-weight: 600; }
.token-manager-reveal__label { display: block; font-weight: 600; margin-top: 8px; }
.token-manager-reveal__row { display: flex; gap: 8px; margin: 4px 0; }
.token-manager-reveal__secret { flex: 1; min-width: 0; height: 32px; padding: 0 8px; font-family: Menlo, Consolas, monospace; font-size: 14px; border-radius: 4px; border: 1px solid rgba(var(--center-channel-color-rgb), 0.24); background: var(--center-channel-bg); color: var(--center-channel-color); }
.token-manager-reveal__status { min-height: 20px; font-size: 12px; color: rgba(var(--center-channel-color-rgb), 0.8); }
.token-manager-confirm { padding: 8px 12px; border-left: 3px solid var(--error-text); background: rgba(var(--error-text-color-rgb), 0.04); }
.token-manager-confirm__buttons { display: flex; gap: 8px; margin-top: 6px; }
.token-manager-notice { padding: 10px 12px; border-radius: 4px; margin: 8px 0; border: 1px solid rgba(var(--away-indicator-rgb), 0.48); background: rgba(var(--away-indicator-rgb), 0.08); }
.token-manager-notice--error { border-color: rgba(var(--error-text-color-rgb), 0.48); background: rgba(var(--error-text-color-rgb), 0.08); }
.token-manager-muted { color: rgba(var(--center-channel-color-rgb), 0.8); }
.token-manager-form { display: grid; grid-template-columns: minmax(200px, 1fr) auto auto; gap: 8px; align-items: end; margin: 8px 0 16px; }
.token-manager-field label { display: block; font-weight: 600; font-size: 12px; margin-bottom: 4px; }
.token-manager-field input, .token-manager-field select, .token-manager-toolbar input, .token-manager-toolbar select { height: 32px; padding: 0 8px; border-radius: 4px; border: 1px solid rgba(var(--center-channel-color-rgb), 0.24); background: var(--center-channel-bg); color: var(--center-channel-color); font: inherit; width: 100%; }
.token-manager-field__error { color: var(--error-text); font-size: 12px; grid-column: 1 / -1; }
.token-manager-form__full { grid-column: 1 / -1; }
.token-manager-list { list-style: none; margin: 0; padding: 0; border-top: 1px solid rgba(var(--center-channel-color-rgb), 0.12); }
.token-manager-list > li { display: grid; grid-template-columns: 1fr auto; gap: 8px; padding: 10px 0; border-bottom: 1px solid rgba(var(--center-channel-color-rgb), 0.12); }
.token-manager-list__meta { display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: 12px; color: rgba(var(--center-channel-color-rgb), 0.8); }
.token-manager-list__actions { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; justify-content: flex-end; }
.token-manager-badge { display: inline-block; padding: 0 6px; border-radius: 4px; font-size: 11px; font-weight: 600; line-height: 18px; text-transform: uppercase; }
.token-manager-badge--active { background: rgba(var(--online-indicator-rgb), 0.16); color: var(--center-channel-color); }
.token-manager-badge--disabled { background: rgba(var(--center-channel-color-rgb), 0.12); color: var(--center-channel-color); }
.token-manager-badge--expired { background: rgba(var(--error-text-color-rgb), 0.16); color: var(--center-channel-color); }
.token-manager-badge--kind { background: rgba(var(--button-bg-rgb), 0.12); color: var(--center-channel-color); text-transform: none; }
.token-manager-dialog--window { z-index: 1050; background: rgba(0, 0, 0, 0.5); }
.token-manager-dialog--window > .token-manager-dialog__box { width: min(1100px, 96vw); height: min(800px, 92vh); max-height: none; display: flex; flex-direction: column; padding: 0; overflow: hidden; }
.token-manager-dialog--window > .token-manager-dialog__box > .token-manager-dialog__header { padding: 16px 24px 0; }
.token-manager-dialog--window .token-manager-dialog__header h2 { font-size: 20px; margin: 0; flex: 1; }
.token-manager-dialog__header { display: flex; align-items: center; gap: 16px; }
.token-manager-dialog__header h3 { flex: 1; }
.token-manager-modal__body { flex: 1; min-height: 0; overflow: auto; padding: 16px 24px; display: flex; flex-direction: column; }
.token-manager-tabs { display: flex; gap: 4px; padding: 0 24px; border-bottom: 1px solid rgba(var(--center-channel-color-rgb), 0.12); }
.token-manager-tabs button { border: 0; background: transparent; color: rgba(var(--center-channel-color-rgb), 0.8); padding: 10px 12px; font-weight: 600; border-bottom: 2px solid transparent; cursor: pointer; font: inherit; }
.token-manager-tabs button[aria-selected='true'] { color: var(--link-color); border-bottom-color: var(--button-bg); }
.token-manager-icon-btn { border: 0; background: transparent; color: rgba(var(--center-channel-color-rgb), 0.8); font-size: 22px; width: 32px; height: 32px; border-radius: 4px; cursor: pointer; }
.token-manager-icon-btn:hover { background: rgba(var(--center-channel-color-rgb), 0.08); }
.token-manager-dialog { position: fixed; inset: 0; z-index: 1100; background: rgba(0, 0, 0, 0.4); display: flex; align-items: center; justify-content: center; }
.token-manager-dialog__box { width: min(560px, 92vw); max-height: 80vh; overflow: auto; padding: 20px 24px; border-radius: 8px; background: var(--center-channel-bg); color: var(--center-channel-color); box-shadow: 0 20px 32px rgba(0, 0, 0, 0.24); }
.token-manager-dialog__box h3 { font-size: 18px; }
.token-manager-dialog__buttons { display: flex; justify-content: flex-end; gap: 8px; margin-top: 16px; }
.token-manager-toolbar { display: flex; flex-wrap: wrap; gap: 8px; align-items: end; margin-bottom: 8px; }
.token-manager-toolbar .token-manager-field { min-width: 140px; }
.token-manager-toolbar .token-manager-field--grow { flex: 1; min-width: 220px; }
.token-manager-progress { font-size: 12px; color: rgba(var(--center-channel-color-rgb), 0.8); margin: 4px 0; }
.token-manager-progress progress { width: 200px; vertical-align: middle; margin-left: 8px; accent-color: var(--button-bg); }
.token-manager-grid { border: 1px solid rgba(var(--center-channel-color-rgb), 0.16); border-radius: 4px; flex: 1; min-height: 240px; display: flex; flex-direction: column; }
.token-manager-grid__head, .token-manager-grid__row { display: grid; grid-template-columns: 36px minmax(130px, 1.1fr) minmax(140px, 1.5fr) 224px 128px 110px 160px; align-items: center; }
.token-manager-grid__head { font-weight: 600; font-size: 12px; background: rgba(var(--center-channel-color-rgb), 0.04); border-bottom: 1px solid rgba(var(--center-channel-color-rgb), 0.16); }
.token-manager-grid__head > div, .token-manager-grid__row > div { padding: 0 8px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.token-manager-grid__head > div { white-space: normal; line-height: 16px; }
.token-manager-grid__row > .token-manager-grid__kinds { display: flex; flex-wrap: wrap; gap: 2px 4px; white-space: normal; }
.token-manager-grid__head button { text-align: start; border: 0; background: transparent; color: inherit; font: inherit; font-weight: 600; padding: 8px 0; cursor: pointer; }
.token-manager-inventory { display: flex; flex-direction: column; flex: 1; min-height: 0; }
.token-manager-grid__empty { padding: 16px; }
.token-manager-grid__viewport { flex: 1; overflow-y: auto; position: relative; }
.token-manager-grid__row { position: absolute; left: 0; right: 0; height: 40px; border-bottom: 1px solid rgba(var(--center-channel-color-rgb), 0.08); font-size: 13px; }
.token-manager-grid__row[aria-selected='true'] { background: rgba(var(--button-bg-rgb), 0.08); }
.token-manager-grid__row:focus-within { background: rgba(var(--center-channel-color-rgb), 0.04); }
.token-manager-owner { display: flex; flex-direction: column; align-items: flex-start; max-width: 100%; padding: 0; border: 0; background: transparent; color: var(--center-channel-color); font: inherit; line-height: 16px; text-align: left; cursor: pointer; }
.token-manager-owner span { color: var(--link-color); font-weight: 600; }
.token-manager-owner:hover span { text-decoration: underline; }
.token-manager-owner small { color: rgba(var(--center-channel-color-rgb), 0.8); font-size: 11px; }
.token-manager-bulkbar { display: flex; gap: 8px; align-items: center; padding: 8px 0; }
.token-manager-preview { max-height: 40vh; overflow: auto; }
/* The expiry reminder: a small card in the bottom inline-start corner, inside the channel sidebar (which the
   web app lets users narrow to 200 px) and clear of the message box; below the web app's modals (1050). */
.token-manager-reminder { position: fixed; inset-inline-start: 8px; inset-block-end: 8px; z-index: 1030; width: min(184px, calc(100vw - 16px)); max-height: min(60vh, 420px); overflow: auto; padding: 10px 12px; font-size: 13px; line-height: 18px; border-radius: 8px; border: 1px solid rgba(var(--center-channel-color-rgb), 0.16); border-inline-start: 4px solid var(--away-indicator); background: var(--center-channel-bg); box-shadow: 0 8px 24px rgba(0, 0, 0, 0.16); }
.token-manager-reminder h2 { font-size: 13px; font-weight: 600; margin: 0 0 4px; }
.token-manager-reminder__list { list-style: none; margin: 6px 0; padding: 0; }
.token-manager-reminder__list li { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 2px 8px; padding: 2px 0; }
/* The text takes the line; Rotate goes beside it when both fit, else below. Words break only when one is
   longer than the card is wide. */
.token-manager-reminder__list li > span { flex: 1 1 9em; min-width: 0; overflow-wrap: break-word; }
.token-manager-reminder .token-manager-btn { flex: none; height: 26px; padding: 0 8px; }
.token-manager-reminder__actions { display: flex; flex-wrap: wrap; justify-content: flex-end; gap: 6px; margin-top: 6px; }
/* Paste guard */
.token-manager-paste-guard__list { list-style: none; margin: 12px 0 0; padding: 0; }
.token-manager-paste-guard__list > li { padding: 8px 0; border-top: 1px solid rgba(var(--center-channel-color-rgb), 0.12); }
.token-manager-paste-guard__actions { display: flex; flex-wrap: wrap; gap: 4px 8px; align-items: center; margin-top: 4px; }
.token-manager-paste-guard__actions p { flex-basis: 100%; }
.token-manager-risks { margin: 4px 0 8px; }
.token-manager-risks h4 { font-size: 14px; font-weight: 600; margin: 0; }
.token-manager-risks__list { list-style: none; margin: 6px 0; padding: 0; display: flex; flex-wrap: wrap; gap: 6px; }
.token-manager-risk { display: inline-flex; flex-wrap: wrap; align-items: baseline; gap: 2px 6px; padding: 3px 10px; border-radius: 14px; border: 1px solid rgba(var(--center-channel-color-rgb), 0.24); background: var(--center-channel-bg); color: var(--center-channel-color); font: inherit; font-size: 12px; line-height: 18px; text-align: left; cursor: pointer; }
.token-manager-risk:hover { background: rgba(var(--button-bg-rgb), 0.08); }
.token-manager-risk[aria-pressed='true'] { border-color: var(--button-bg); background: rgba(var(--button-bg-rgb), 0.16); }
.token-manager-risk__count { font-size: 14px; font-weight: 600; }
.token-manager-risk__note { color: rgba(var(--center-channel-color-rgb), 0.8); font-size: 11px; }
.token-manager-risk-scan { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 12px; }
.token-manager-risk-scan > p { margin: 0; }
.token-manager-risk-scan > details, .token-manager-risk-scan > p[role='status'], .token-manager-risk-scan > [role='alert'] { flex-basis: 100%; margin: 0; }
.token-manager-risk-scan summary { cursor: pointer; }
.token-manager-risk-scan progress { width: 160px; vertical-align: middle; margin: 0 8px; accent-color: var(--button-bg); }
.token-manager-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

export function injectStyles(doc: Document = document) {
    if (doc.getElementById(STYLE_ELEMENT_ID)) {
        return;
    }
    const style = doc.createElement('style');
    style.id = STYLE_ELEMENT_ID;
    style.textContent = css;
    doc.head.appendChild(style);
}

export function removeStyles(doc: Document = document) {
    doc.getElementById(STYLE_ELEMENT_ID)?.remove();
}
