// Each risk's words: its name on the count, what it means, and its fix (see utils/risk for the rules).
import type {MessageDescriptor} from 'react-intl';

import messages from '../../messages/risk';
import {ACTIVITY_DAYS, type RiskKey} from '../../utils/risk';

export interface RiskWords {
    name: MessageDescriptor;
    describe: MessageDescriptor;
    fix: MessageDescriptor;
}

export const RISK_WORDS: Record<RiskKey, RiskWords> = {
    never_expires: {
        name: messages.nameNeverExpires,
        describe: messages.describeNeverExpires,
        fix: messages.fixNeverExpires,
    },
    owner_system_admin: {
        name: messages.nameSystemAdmin,
        describe: messages.describeSystemAdmin,
        fix: messages.fixSystemAdmin,
    },
    owner_deactivated: {
        name: messages.nameDeactivated,
        describe: messages.describeDeactivated,
        fix: messages.fixDeactivated,
    },
    owner_bot: {name: messages.nameBot, describe: messages.describeBot, fix: messages.fixBot},
    expired: {name: messages.nameExpired, describe: messages.describeExpired, fix: messages.fixExpired},
    over_policy: {name: messages.nameOverPolicy, describe: messages.describeOverPolicy, fix: messages.fixOverPolicy},
    no_activity_30d: {
        name: messages.nameNoActivity,
        describe: messages.describeNoActivity,
        fix: messages.fixNoActivity,
    },
    no_activity_90d: {
        name: messages.nameNoActivity,
        describe: messages.describeNoActivity,
        fix: messages.fixNoActivity,
    },
};

// The numbers a risk's words need besides the count: the policy's or the threshold's days.
export function riskDays(key: RiskKey, maxLifetimeDays: number | null): number {
    if (key === 'no_activity_30d' || key === 'no_activity_90d') {
        return ACTIVITY_DAYS[key];
    }
    return key === 'over_policy' ? (maxLifetimeDays ?? 0) : 0;
}
