// The words for each expiry choice, for the create form and the rotate confirmation.
import panel from '../../messages/panel';
import type {ExpiryChoice} from '../../utils/expiry';

export const EXPIRY_CHOICE_LABELS: Record<ExpiryChoice, typeof panel.expiry7d> = {
    '7d': panel.expiry7d,
    '30d': panel.expiry30d,
    '90d': panel.expiry90d,
    '1y': panel.expiry1y,
    never: panel.expiryNever,
    max: panel.expiryMax,
    custom: panel.expiryCustom,
};
