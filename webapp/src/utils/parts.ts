// Localized sentences with user text inside them, kept as parts so each renderer can escape its own way:
// Markdown for the post's message, React for the plugin's post component.
import type {IntlShape, MessageDescriptor} from 'react-intl';

export type Inline = {t: 'text'; v: string} | {t: 'code'; v: string} | {t: 'strong'; v: string};

export const text = (v: string): Inline => ({t: 'text', v});
export const code = (v: string): Inline => ({t: 'code', v});
export const strong = (v: string): Inline => ({t: 'strong', v});

type Value = string | number | Inline;

const MARK = '\u0000';

// Formats a message whose values may be parts; the sentence's own words become text parts.
export function formatParts(
    intl: IntlShape,
    descriptor: MessageDescriptor,
    values: Record<string, Value> = {},
): Inline[] {
    const inlineValues: Inline[] = [];
    const plain: Record<string, string | number> = {};
    for (const [key, value] of Object.entries(values)) {
        if (typeof value === 'object') {
            plain[key] = `${MARK}${inlineValues.length}${MARK}`;
            inlineValues.push(value);
        } else {
            plain[key] = value;
        }
    }
    const formatted = intl.formatMessage(descriptor, plain);
    const parts: Inline[] = [];
    formatted.split(MARK).forEach((piece, index) => {
        if (index % 2 === 1) {
            parts.push(inlineValues[Number(piece)]);
        } else if (piece !== '') {
            parts.push(text(piece));
        }
    });
    return parts;
}
