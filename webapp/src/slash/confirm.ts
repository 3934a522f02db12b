// Subcommands that change something irreversible ask first: the reply carries Confirm / Cancel buttons
// whose pending action waits in confirmations.ts under an unguessable id.
import type {MessageDescriptor} from 'react-intl';

import {addConfirmation} from '../confirmations';
import common from '../messages/common';
import type {Inline} from '../utils/parts';
import type {Context} from './context';

export function askToConfirm(
    ctx: Context,
    question: Inline[],
    button: MessageDescriptor,
    perform: () => Promise<void>,
    buttonValues: Record<string, string | number> = {},
) {
    ctx.post([
        {
            t: 'confirm',
            confirmId: addConfirmation(perform),
            question,
            confirmLabel: ctx.words(button, buttonValues),
            cancelLabel: ctx.words(common.cancel),
            danger: true,
        },
    ]);
}
