/** @jest-environment node */
// The risk view's numbers over real HTTP against the `large` seed (10,000 tokens of 2,000 users, a 90-day
// lifetime policy): the inventory and activity-scan thunks fill the store, and the counts computed from it
// equal a count made independently from the sandbox's own store, and the server's own policy count.
import {bridgeSuite} from '../../server-bridge/test_support';
import type {SandboxToken} from '../../sandbox/server/model';
import {fetchNonCompliantCount, loadInventory, scanActivity} from './inventory_actions';
import {getPluginState} from './selectors';
import {buildStore} from './test/store';
import {activityOwners, computeRisks, RISKS, withActivity, type RiskKey} from './utils/risk';

const DAY = 86400000;
const MAX_DAYS = 90;
const h = bridgeSuite({seed: 'large', config: {MaximumPersonalAccessTokenLifetimeDays: MAX_DAYS}});
const sb = () => h.running.sandbox;

async function tokenAtWork(tokenId: string) {
    const answer = await fetch(`${h.running.siteUrl}/sandbox/use-token`, {
        method: 'POST',
        body: JSON.stringify({token_id: tokenId}),
    });
    return (await answer.json()).used as boolean;
}

// The rules of each risk, written again from the sandbox's records rather than from the plugin's state.
function independentCounts(now: number, scanAt: number): Record<RiskKey, number> {
    const counts = Object.fromEntries(RISKS.map((k) => [k, 0])) as Record<RiskKey, number>;
    const lastActivity = new Map<string, number>();
    for (const session of sb().store.sessions.values()) {
        const tokenId = session.props.user_access_token_id;
        if (session.props.type === 'UserAccessToken' && tokenId) {
            lastActivity.set(tokenId, Math.max(lastActivity.get(tokenId) ?? 0, session.last_activity_at));
        }
    }
    const add = (key: RiskKey, yes: boolean) => {
        counts[key] += yes ? 1 : 0;
    };
    for (const token of sb().store.tokens.list() as SandboxToken[]) {
        const user = sb().store.users.get(token.user_id)!;
        const expired = token.expires_at > 0 && now >= token.expires_at;
        const live = token.is_active && !expired;
        add('never_expires', token.is_active && token.expires_at === 0);
        add('owner_system_admin', live && user.roles.split(' ').includes('system_admin'));
        add('owner_deactivated', live && user.delete_at !== 0);
        add('owner_bot', live && user.is_bot);
        add('expired', expired);
        add(
            'over_policy',
            token.is_active && !user.is_bot && (token.expires_at === 0 || token.expires_at > now + MAX_DAYS * DAY),
        );
        if (live && user.delete_at === 0) {
            const last = lastActivity.get(token.id);
            add('no_activity_30d', last === undefined || last < scanAt - 30 * DAY);
            add('no_activity_90d', last === undefined || last < scanAt - 90 * DAY);
        }
    }
    return counts;
}

test('the counts equal an independent count from the sandbox, and the server agrees on the policy', async () => {
    const admin = sb().user('admin');
    h.signIn('admin');
    const built = buildStore({
        user: {id: admin.id, username: 'admin', roles: admin.roles},
        config: {MaximumPersonalAccessTokenLifetimeDays: String(MAX_DAYS)},
    });
    const {dispatch} = built.pluginStore;

    // Some integrations at work: 60 tokens used, a third of them last active 45 days ago, a third 100.
    const usable = sb()
        .store.tokens.list()
        .filter((_t, i) => i % 97 === 1);
    let used = 0;
    for (const token of usable) {
        used += (await tokenAtWork(token.id)) ? 1 : 0;
    }
    expect(used).toBeGreaterThan(60);
    [...sb().store.sessions.values()]
        .filter((s) => s.props.type === 'UserAccessToken')
        .forEach((s, i) => {
            s.last_activity_at -= [0, 45, 100][i % 3] * DAY;
        });

    expect(await dispatch(loadInventory())).toEqual({data: 10000});
    const state = getPluginState(built.pluginStore.getState());
    const all = Object.values(state.tokens);
    const now = Date.now();
    const report = computeRisks(all, state.owners, {now, maxLifetimeDays: MAX_DAYS});
    expect(report.withoutOwner).toBe(0);

    const owners = activityOwners(all, state.owners, now);
    sb().requests = [];
    const scan = await dispatch(scanActivity(owners));
    if (scan.error) {
        throw new Error(scan.error.message);
    }
    expect(scan.data).toMatchObject({done: owners.length, total: owners.length, failed: 0, cancelled: false});
    expect(sb().requests.filter((r) => r.path.endsWith('/sessions'))).toHaveLength(owners.length);
    const full = withActivity(
        report,
        all,
        state.owners,
        {checked: new Set(scan.data.checked), at: scan.data.at, usage: scan.data.usage},
        now,
    );

    const ours = Object.fromEntries(RISKS.map((k) => [k, full.tokens[k].length]));
    const independent = independentCounts(now, scan.data.at);
    expect(ours).toEqual(independent);
    // Every risk is represented in this seed, so none of the equalities is 0 = 0.
    expect(Object.values(ours).every((n) => n > 0)).toBe(true);
    // The store holds exactly the usage of the tokens that opened sessions.
    expect(Object.keys(getPluginState(built.pluginStore.getState()).usage).length).toBe(used);

    expect(await dispatch(fetchNonCompliantCount())).toEqual({data: ours.over_policy});
});
