// One labelled filter of the inventory's toolbar.
import React, {useId} from 'react';
import {FormattedMessage, useIntl, type MessageDescriptor} from 'react-intl';

import messages from '../../messages/inventory';

export default function Facet<V extends string>({
    label,
    value,
    options,
    onChange,
}: {
    label: MessageDescriptor;
    value: V | 'any';
    options: Array<[V, MessageDescriptor]>;
    onChange: (value: V | 'any') => void;
}) {
    const intl = useIntl();
    const id = useId();
    return (
        <div className='token-manager-field'>
            <label htmlFor={id}>
                <FormattedMessage {...label} />
            </label>
            <select id={id} value={value} onChange={(e) => onChange(e.target.value as V | 'any')}>
                <option value='any'>{intl.formatMessage(messages.any)}</option>
                {options.map(([option, text]) => (
                    <option key={option} value={option}>
                        {intl.formatMessage(text)}
                    </option>
                ))}
            </select>
        </div>
    );
}
