// Renders only the rows in view (plus a few either side) inside a scrolling viewport of fixed-height rows,
// so the DOM holds a few dozen rows whatever the total.
import React, {useLayoutEffect, useRef, useState} from 'react';

const OVERSCAN = 3;

export interface VirtualRowsProps {
    count: number;
    rowHeight: number;
    renderRow: (index: number, style: React.CSSProperties) => React.ReactNode;
    label?: string;
}

export default function VirtualRows({count, rowHeight, renderRow, label}: VirtualRowsProps) {
    const ref = useRef<HTMLDivElement>(null);
    const [scrollTop, setScrollTop] = useState(0);
    const [height, setHeight] = useState(480);

    useLayoutEffect(() => {
        const element = ref.current;
        if (!element) {
            return undefined;
        }
        const measure = () => setHeight(element.clientHeight || 480);
        measure();
        if (typeof ResizeObserver === 'undefined') {
            return undefined;
        }
        const observer = new ResizeObserver(measure);
        observer.observe(element);
        return () => observer.disconnect();
    }, []);

    // Keep the scroll position valid when the number of rows shrinks (a narrower search).
    const maxTop = Math.max(0, count * rowHeight - height);
    const top = Math.min(scrollTop, maxTop);
    const first = Math.max(0, Math.floor(top / rowHeight) - OVERSCAN);
    const last = Math.min(count, Math.ceil((top + height) / rowHeight) + OVERSCAN);
    const rows: React.ReactNode[] = [];
    for (let i = first; i < last; i++) {
        rows.push(renderRow(i, {top: i * rowHeight, height: rowHeight}));
    }
    return (
        <div
            ref={ref}
            className='token-manager-grid__viewport'
            role='rowgroup'
            aria-label={label}
            onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        >
            <div role='presentation' style={{height: count * rowHeight, position: 'relative'}}>
                {rows}
            </div>
        </div>
    );
}
