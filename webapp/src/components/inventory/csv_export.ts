// The inventory's CSV: the rows shown, each with its owner and its risk flags (the activity columns only
// after an activity scan), saved through a temporary link.
import {toCsv} from '../../utils/csv';
import {CSV_HEADER, csvRow} from '../../utils/inventory_rows';
import {riskCsvCells, riskCsvHeader, type ActivityScan, type RiskReport} from '../../utils/risk';
import type {StoredToken} from '../../reducer';
import type {InventoryData} from './use_inventory_rows';

export function inventoryCsv(rows: StoredToken[], data: InventoryData, report: RiskReport, scan?: ActivityScan) {
    return toCsv(
        [...CSV_HEADER, ...riskCsvHeader(scan !== undefined)],
        rows.map((t) => [...csvRow(t, data.owners[t.user_id], data.now), ...riskCsvCells(t, report, scan)]),
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
