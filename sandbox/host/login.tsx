// The sign-in page: a form, and one button per seeded account (every one uses the password "password").
import React, {useEffect, useState} from 'react';

import {sitePath} from './api';
import {signIn} from './session';

interface SeededUser {
    username: string;
    roles: string;
    is_bot: boolean;
    delete_at: number;
}

export function Login() {
    const [users, setUsers] = useState<SeededUser[]>([]);
    const [loginId, setLoginId] = useState('');
    const [password, setPassword] = useState('');
    const [error, setError] = useState('');
    useEffect(() => {
        fetch(sitePath('/sandbox/users'))
            .then((r) => r.json())
            .then(setUsers, () => setUsers([]));
    }, []);
    const submit = async (id: string, pw: string) => {
        setError('');
        try {
            await signIn(id, pw);
        } catch (err) {
            setError((err as Error).message);
        }
    };
    return (
        <main className='host-login'>
            <h1>{'Token Manager sandbox'}</h1>
            <p>
                <small>
                    {'A stand-in for the Mattermost web app. Every seeded account uses the password "password".'}
                </small>
            </p>
            <form
                onSubmit={(e) => {
                    e.preventDefault();
                    submit(loginId, password);
                }}
            >
                <label htmlFor='login-id'>{'Username'}</label>
                <input
                    id='login-id'
                    value={loginId}
                    onChange={(e) => setLoginId(e.target.value)}
                    autoComplete='username'
                />
                <label htmlFor='login-password'>{'Password'}</label>
                <input
                    id='login-password'
                    type='password'
                    value={password}
                    onChange={(e) => setPassword(e.target.value)}
                    autoComplete='current-password'
                />
                <p>
                    <button className='primary' type='submit'>
                        {'Log in'}
                    </button>
                </p>
            </form>
            {error && (
                <p className='error' role='alert'>
                    {error}
                </p>
            )}
            <div className='quick'>
                {users
                    .filter((u) => !u.is_bot && u.delete_at === 0)
                    .slice(0, 8)
                    .map((u) => (
                        <button key={u.username} type='button' onClick={() => submit(u.username, 'password')}>
                            {`Sign in as ${u.username}`}
                            <br />
                            <small>{u.roles}</small>
                        </button>
                    ))}
            </div>
        </main>
    );
}
