// One live token found in the message: whose it is (never more of the secret than its first four
// characters), which token when that is certain, and what this user can do about it here: revoke it,
// open the owner's token list, or nothing (then who can).
import React, {useEffect, useRef, useState} from 'react';
import {FormattedMessage} from 'react-intl';
import type {TokenApiErrorFields} from 'server-bridge';

import {applyTokenAction, fetchToken} from '../../actions';
import {useAppDispatch, useAppSelector} from '../../hooks';
import messages from '../../messages/paste_guard';
import {markRevoked, type FindingView} from '../../paste_guard/pending';
import {getCapabilities, getPluginState} from '../../selectors';
import {ownerName} from '../../utils/search';
import ErrorNotice from '../common/error_notice';

export function OwnerLine({finding}: {finding: FindingView}) {
    const secret = <code>{finding.prefix}</code>;
    const username = <bdi>{`@${finding.owner.username}`}</bdi>;
    if (finding.self) {
        return <FormattedMessage {...messages.ownerSelf} values={{secret}} />;
    }
    if (finding.owner.is_bot) {
        return <FormattedMessage {...messages.ownerBot} values={{secret, username}} />;
    }
    const name = ownerName(finding.owner);
    return (
        <FormattedMessage
            {...messages.ownerUser}
            values={{secret, username, hasName: name ? 'yes' : 'no', name: <bdi>{name}</bdi>}}
        />
    );
}

export default function FindingItem({
    checkId,
    finding,
    onOpenTokens,
}: {
    checkId: string;
    finding: FindingView;
    onOpenTokens: (finding: FindingView) => void;
}) {
    const dispatch = useAppDispatch();
    const caps = useAppSelector(getCapabilities);
    const {tokenId} = finding;
    const stored = useAppSelector((state) => (tokenId ? getPluginState(state).tokens[tokenId] : undefined));
    const [busy, setBusy] = useState(false);
    const [error, setError] = useState<TokenApiErrorFields>();
    const statusRef = useRef<HTMLParagraphElement>(null);
    // UI gating only: the server decides (bots' tokens need bot permissions it checks itself). Only System
    // Admins have a list of other users' tokens (the inventory).
    const mayRevoke = caps.canRevoke && (finding.self || caps.canManageOthers);
    const mayOpen = mayRevoke && (finding.self || caps.isSystemAdmin);

    useEffect(() => {
        // What is about to be revoked, by name, when the user may read it.
        if (tokenId && mayRevoke && caps.canRead && !stored) {
            dispatch(fetchToken(tokenId));
        }
    }, []); // eslint-disable-line react-hooks/exhaustive-deps -- once, when the dialog opens
    useEffect(() => {
        if (finding.revoked) {
            statusRef.current?.focus();
        }
    }, [finding.revoked]);

    const revoke = async () => {
        if (!tokenId) {
            return;
        }
        setBusy(true);
        setError(undefined);
        const result = await dispatch(applyTokenAction('revoke', tokenId));
        setBusy(false);
        // 404: the server no longer has the token, so it cannot be used either.
        if (!result.error || result.error.kind === 'not_found') {
            markRevoked(checkId, finding.key);
        } else {
            setError(result.error);
        }
    };

    let action: React.ReactNode;
    if (finding.revoked) {
        action = (
            <p ref={statusRef} tabIndex={-1} role='status'>
                <FormattedMessage {...messages.revoked} />
            </p>
        );
    } else if (tokenId && mayRevoke) {
        action = (
            <button
                type='button'
                className='token-manager-btn token-manager-btn--danger'
                onClick={revoke}
                disabled={busy}
            >
                <FormattedMessage {...(busy ? messages.revoking : messages.revoke)} />
            </button>
        );
    } else if (mayRevoke) {
        action = (
            <>
                <p className='token-manager-muted'>
                    <FormattedMessage {...messages.unidentified} values={{canOpen: mayOpen ? 'yes' : 'no'}} />
                </p>
                {mayOpen && (
                    <button type='button' className='token-manager-btn' onClick={() => onOpenTokens(finding)}>
                        <FormattedMessage {...messages.openTokens} values={{self: finding.self ? 'yes' : 'no'}} />
                    </button>
                )}
            </>
        );
    } else {
        action = (
            <p className='token-manager-muted'>
                <FormattedMessage {...messages.notAllowed} values={{self: finding.self ? 'yes' : 'no'}} />
            </p>
        );
    }

    return (
        <li>
            <p>
                <OwnerLine finding={finding} />
            </p>
            {tokenId && !finding.revoked && (
                <p className='token-manager-muted'>
                    {stored ? (
                        <FormattedMessage
                            {...messages.tokenNamed}
                            values={{description: <bdi>{stored.description}</bdi>, id: <code>{tokenId}</code>}}
                        />
                    ) : (
                        <FormattedMessage {...messages.tokenId} values={{id: <code>{tokenId}</code>}} />
                    )}
                </p>
            )}
            <div className='token-manager-paste-guard__actions'>{action}</div>
            {error && <ErrorNotice error={error} context={{others: !finding.self}} />}
        </li>
    );
}
