// The paste guard's dialog (a root component): shown while a message that holds a live token waits for
// the user's answer. Remove the tokens from the message, revoke them, post anyway (after a second
// confirmation), or cancel (Escape too) and keep the draft. Once every token is revoked: post with the
// tokens removed, or keep editing. It reads the waiting check from paste_guard/pending, which never gives
// it more of a secret than its first four characters.
import React, {useRef, useState} from 'react';
import {FormattedList, FormattedMessage, useIntl} from 'react-intl';

import {openTokenManager} from '../../actions';
import {useAppDispatch} from '../../hooks';
import common from '../../messages/common';
import messages from '../../messages/paste_guard';
import {answerCheck, usePendingCheck, type FindingView, type PendingView} from '../../paste_guard/pending';
import ConfirmDialog from '../common/confirm_dialog';
import Dialog from '../common/dialog';
import FindingItem from './finding_item';

function ConfirmBody({findings}: {findings: FindingView[]}) {
    const owners = [...new Map(findings.map((f) => [f.owner.id, f])).values()];
    if (owners.length === 1 && owners[0].self) {
        return <FormattedMessage {...messages.confirmSelf} />;
    }
    if (owners.length === 1) {
        return (
            <FormattedMessage
                {...messages.confirmOther}
                values={{username: <bdi>{`@${owners[0].owner.username}`}</bdi>}}
            />
        );
    }
    const list = owners.map((f) => <bdi key={f.owner.id}>{`@${f.owner.username}`}</bdi>);
    return (
        <FormattedMessage
            {...messages.confirmMany}
            values={{owners: <FormattedList type='conjunction' value={list} />}}
        />
    );
}

function GuardDialog({check}: {check: PendingView}) {
    const intl = useIntl();
    const dispatch = useAppDispatch();
    const [confirming, setConfirming] = useState(false);
    const cancelRef = useRef<HTMLButtonElement>(null);
    const count = check.findings.length;
    const edit = check.edit ? 'yes' : 'no';
    const allRevoked = check.findings.every((f) => f.revoked);

    const keep = (reason: 'cancelled' | 'opened' | 'revoked') => answerCheck(check.id, {kind: 'keep', reason});
    const openTokens = (finding: FindingView) => {
        keep('opened');
        dispatch(finding.self ? openTokenManager('mine') : openTokenManager('all', finding.owner.id));
    };

    if (allRevoked) {
        return (
            <Dialog
                title={<FormattedMessage {...messages.revokedTitle} values={{count}} />}
                role='alertdialog'
                onDismiss={() => keep('revoked')}
            >
                <p>
                    <FormattedMessage {...messages.revokedBody} values={{edit}} />
                </p>
                <div className='token-manager-dialog__buttons'>
                    <button type='button' className='token-manager-btn' onClick={() => keep('revoked')}>
                        <FormattedMessage {...messages.keepEditing} />
                    </button>
                    <button
                        type='button'
                        className='token-manager-btn token-manager-btn--primary'
                        onClick={() => answerCheck(check.id, {kind: 'remove'})}
                        autoFocus={true}
                    >
                        <FormattedMessage {...messages.postRemoved} values={{edit}} />
                    </button>
                </div>
            </Dialog>
        );
    }

    return (
        <Dialog
            title={<FormattedMessage {...messages.title} values={{count}} />}
            role='alertdialog'
            onDismiss={() => keep('cancelled')}
            initialFocus={cancelRef}
        >
            <p>
                <FormattedMessage {...messages.intro} values={{count, edit}} />
            </p>
            <ul className='token-manager-paste-guard__list' aria-label={intl.formatMessage(messages.listLabel)}>
                {check.findings.map((f) => (
                    <FindingItem key={f.key} checkId={check.id} finding={f} onOpenTokens={openTokens} />
                ))}
            </ul>
            <div className='token-manager-dialog__buttons'>
                <button ref={cancelRef} type='button' className='token-manager-btn' onClick={() => keep('cancelled')}>
                    <FormattedMessage {...common.cancel} />
                </button>
                <button
                    type='button'
                    className='token-manager-btn token-manager-btn--danger'
                    onClick={() => setConfirming(true)}
                >
                    <FormattedMessage {...messages.postAnyway} values={{edit}} />
                </button>
                <button
                    type='button'
                    className='token-manager-btn token-manager-btn--primary'
                    onClick={() => answerCheck(check.id, {kind: 'remove'})}
                >
                    <FormattedMessage {...messages.remove} values={{count}} />
                </button>
            </div>
            {confirming && (
                <ConfirmDialog
                    title={<FormattedMessage {...messages.confirmTitle} values={{count}} />}
                    confirmLabel={<FormattedMessage {...messages.confirmPost} values={{count}} />}
                    cancelLabel={<FormattedMessage {...messages.back} />}
                    danger={true}
                    onConfirm={() => answerCheck(check.id, {kind: 'post'})}
                    onCancel={() => setConfirming(false)}
                >
                    <p>
                        <ConfirmBody findings={check.findings} />
                    </p>
                </ConfirmDialog>
            )}
        </Dialog>
    );
}

export default function PasteGuardDialog() {
    const check = usePendingCheck();
    return check ? <GuardDialog key={check.id} check={check} /> : null;
}
