// The inventory's CSV: the rows shown, each with its owner and its risk flags (the activity columns only
// after an activity scan), saved through a temporary link.
import {toCsv} from '../../utils/csv';
import {CSV_HEADER, csvRow} from '../../utils/inventory_rows';
import {riskCsvCells, riskCsvHeader, type ActivityScan} from '../../utils/risk';
import type {StoredToken} from '../../reducer';
import type {InventoryData} from './use_inventory_rows';

// The risk cells follow the rules and the "now" of the counts on screen (maxLifetimeDays: the policy).
export function inventoryCsv(
    rows: StoredToken[],
    data: InventoryData,
    maxLifetimeDays: number | null,
    scan?: ActivityScan,
) {
    const ctx = {now: data.now, maxLifetimeDays};
    return toCsv(
        [...CSV_HEADER, ...riskCsvHeader(scan !== undefined)],
        rows.map((t) => {
            const owner = data.owners[t.user_id];
            return [...csvRow(t, owner, data.now), ...riskCsvCells(t, owner, ctx, scan)];
        }),
    );
}

export function download(filename: string, content: string) {
    const url = URL.createObjectURL(new Blob([content], {type: 'text/csv;charset=utf-8'}));
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
}
