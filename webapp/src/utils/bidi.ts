// Bidirectional text controls in user text (a description with U+202E, RIGHT-TO-LEFT OVERRIDE) can reorder
// the plugin's own words around it, e.g. disguise the id and owner in a revoke prompt. React renderers wrap
// user text in <bdi>; Markdown, which has no <bdi>, gets the controls neutralised and the text wrapped in
// FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE.

// LRE, RLE, PDF, LRO, RLO (U+202A–202E) and LRI, RLI, FSI, PDI (U+2066–2069).
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const FSI = '\u2068';
const PDI = '\u2069';

export function neutralizeBidi(text: string): string {
    return text.replace(BIDI_CONTROLS, '\uFFFD');
}

// Markup (already escaped) of user text, isolated as a unit.
export function isolateMarkup(markup: string): string {
    return `${FSI}${markup}${PDI}`;
}

export function isolate(text: string): string {
    return isolateMarkup(neutralizeBidi(text));
}

export function hasBidiControls(text: string): boolean {
    return /[\u202A-\u202E\u2066-\u2069]/.test(text);
}
