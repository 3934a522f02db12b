// Renders the parts of a localized sentence: the sentence's words as text, everything put into it isolated
// in <bdi> so that bidirectional controls in a description cannot reorder the words around it.
import React from 'react';

import type {Inline} from '../../utils/parts';

export default function InlineParts({parts}: {parts: Inline[]}) {
    return (
        <>
            {parts.map((part, i) => {
                switch (part.t) {
                    case 'code':
                        return (
                            <bdi key={i}>
                                <code>{part.v}</code>
                            </bdi>
                        );
                    case 'strong':
                        return (
                            <strong key={i}>
                                <bdi>{part.v}</bdi>
                            </strong>
                        );
                    case 'user':
                        return <bdi key={i}>{part.v}</bdi>;
                    default:
                        return <React.Fragment key={i}>{part.v}</React.Fragment>;
                }
            })}
        </>
    );
}
