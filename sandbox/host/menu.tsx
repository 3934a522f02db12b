// A menu button like the web app's Menu.Container: the button opens a role="menu" list named by the button,
// focus moves to the first item, arrows move between items, Escape or a click outside closes it and focus
// returns to the button; choosing an item closes the menu, then runs the item's action.
import React, {useCallback, useEffect, useId, useRef, useState} from 'react';

export interface MenuEntry {
    key: string;
    label: React.ReactNode;
    onClick?: () => void;
    destructive?: boolean;
    separatorBefore?: boolean;
}

interface Props {
    buttonLabel: React.ReactNode;
    buttonAriaLabel?: string;
    buttonClassName?: string;
    menuClassName?: string;
    items: MenuEntry[];
}

export function MenuButton({buttonLabel, buttonAriaLabel, buttonClassName, menuClassName, items}: Props) {
    const [open, setOpen] = useState(false);
    const buttonId = useId();
    const menuId = useId();
    const buttonRef = useRef<HTMLButtonElement>(null);
    const menuRef = useRef<HTMLDivElement>(null);

    const close = useCallback(() => {
        setOpen(false);
        buttonRef.current?.focus();
    }, []);

    useEffect(() => {
        if (!open) {
            return undefined;
        }
        menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
        const onPointer = (e: MouseEvent) => {
            const target = e.target as Node;
            if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) {
                setOpen(false);
            }
        };
        document.addEventListener('mousedown', onPointer);
        return () => document.removeEventListener('mousedown', onPointer);
    }, [open]);

    const onMenuKeyDown = (e: React.KeyboardEvent) => {
        const entries = Array.from(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
        const index = entries.indexOf(document.activeElement as HTMLElement);
        if (e.key === 'Escape' || e.key === 'Tab') {
            e.preventDefault();
            e.stopPropagation();
            close();
        } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            const step = e.key === 'ArrowDown' ? 1 : -1;
            entries[(index + step + entries.length) % entries.length]?.focus();
        }
    };

    return (
        <span className='host-menu-anchor'>
            <button
                ref={buttonRef}
                id={buttonId}
                type='button'
                className={buttonClassName}
                aria-label={buttonAriaLabel}
                aria-haspopup='menu'
                aria-expanded={open}
                aria-controls={open ? menuId : undefined}
                onClick={() => setOpen(!open)}
            >
                {buttonLabel}
            </button>
            {open && (
                <div
                    ref={menuRef}
                    id={menuId}
                    role='menu'
                    aria-labelledby={buttonId}
                    className={`host-menu ${menuClassName ?? ''}`}
                    onKeyDown={onMenuKeyDown}
                >
                    {items.map((item) => (
                        <React.Fragment key={item.key}>
                            {item.separatorBefore && <div role='separator' className='host-menu__separator' />}
                            <button
                                type='button'
                                role='menuitem'
                                tabIndex={-1}
                                className={item.destructive ? 'destructive' : undefined}
                                onClick={() => {
                                    close();
                                    item.onClick?.();
                                }}
                            >
                                {item.label}
                            </button>
                        </React.Fragment>
                    ))}
                </div>
            )}
        </span>
    );
}
