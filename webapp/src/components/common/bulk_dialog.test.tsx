// The bulk dialog's preview stays readable at any size: it names the first tokens and counts the rest.
import {screen, within} from '@testing-library/react';
import React from 'react';

import type {StoredToken} from '../../reducer';
import {renderWithContext} from '../../test/render';
import BulkDialog from './bulk_dialog';

const tokens: StoredToken[] = Array.from({length: 250}, (_, i) => ({
    id: `t${String(i).padStart(25, '0')}`,
    user_id: 'u',
    description: `Token ${i}`,
    is_active: true,
}));

test('a preview of 250 tokens names 200 and counts the other 50', () => {
    renderWithContext(<BulkDialog action='disable' tokens={tokens} onClose={() => undefined} />);
    const dialog = screen.getByRole('dialog', {name: 'Disable 250 tokens?'});
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(200);
    expect(within(dialog).getByText('…and 50 more tokens.')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', {name: 'Disable 250 tokens'})).toBeEnabled();
});
