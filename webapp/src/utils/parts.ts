// Localized sentences with user text inside them, kept as parts so each renderer can escape and isolate its
// own way: Markdown for the post's message, React for the plugin's post component. The sentence's words
// are `text`; everything put into it is `user` (plain), `code` or `strong`, and is isolated from the
// sentence's direction when rendered (see bidi.ts).
import React from 'react';
import type {IntlShape, MessageDescriptor} from 'react-intl';

export type Inline =
    {t: 'text'; v: string} | {t: 'user'; v: string} | {t: 'code'; v: string} | {t: 'strong'; v: string};

export const text = (v: string): Inline => ({t: 'text', v});
export const user = (v: string): Inline => ({t: 'user', v});
export const code = (v: string): Inline => ({t: 'code', v});
export const strong = (v: string): Inline => ({t: 'strong', v});

export type PartValue = string | number | Inline;

// A part travels through react-intl as a rich value: an element that carries it and is never rendered.
function Carrier(_props: {part: Inline}) {
    return null;
}

// Formats a message with react-intl's rich values: parts go in as values and come back as themselves, in
// the translation's order, so nothing in a value (a server message, a description) can be mistaken for
// formatting or a placeholder.
export function formatParts(
    intl: IntlShape,
    descriptor: MessageDescriptor,
    values: Record<string, PartValue> = {},
): Inline[] {
    const rich: Record<string, string | number | React.ReactElement> = {};
    for (const [key, value] of Object.entries(values)) {
        rich[key] = typeof value === 'object' ? React.createElement(Carrier, {part: value}) : value;
    }
    const formatted = intl.formatMessage(descriptor, rich);
    const parts: Inline[] = [];
    for (const piece of Array.isArray(formatted) ? formatted : [formatted]) {
        if (React.isValidElement<{part: Inline}>(piece) && piece.type === Carrier) {
            parts.push(piece.props.part);
        } else if (typeof piece === 'string' || typeof piece === 'number') {
            if (piece !== '') {
                parts.push(text(String(piece)));
            }
        }
    }
    return parts;
}

export function plainText(parts: Inline[]): string {
    return parts.map((p) => p.v).join('');
}
