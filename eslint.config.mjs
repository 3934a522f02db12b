import js from '@eslint/js';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
    {
        ignores: [
            'node_modules/**',
            'dist/**',
            'webapp/dist/**',
            'sandbox/host/dist/**',
            'coverage/**',
            'e2e/artifacts/**',
        ],
    },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
        files: ['**/*.{ts,tsx}'],
        plugins: {react, 'react-hooks': reactHooks},
        languageOptions: {globals: {...globals.browser, ...globals.node}},
        settings: {react: {version: '18.3'}},
        rules: {
            ...react.configs.recommended.rules,
            'react-hooks/rules-of-hooks': 'error',
            'react-hooks/exhaustive-deps': 'warn',
            'react/prop-types': 'off',
            'react/display-name': 'off',
            '@typescript-eslint/no-explicit-any': 'off',
            '@typescript-eslint/no-unused-vars': [
                'error',
                {argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_'},
            ],
            'no-console': ['error', {allow: ['warn', 'error']}],
            eqeqeq: 'error',
            curly: 'error',
            'prefer-const': 'error',
        },
    },
    {
        // Shipped code is typed end to end.
        files: ['webapp/src/**/*.{ts,tsx}', 'server-bridge/**/*.ts'],
        ignores: ['**/*.test.{ts,tsx}', 'webapp/src/test/**', 'server-bridge/test_support.ts'],
        rules: {'@typescript-eslint/no-explicit-any': 'error'},
    },
    {
        // Command-line tools, the sandbox and tests may print.
        files: ['build/**', 'sandbox/**', 'e2e/**', '**/*.test.{ts,tsx}'],
        rules: {'no-console': 'off'},
    },
    {
        files: ['**/*.js', '**/*.mjs'],
        languageOptions: {globals: {...globals.node}, sourceType: 'commonjs'},
        rules: {'@typescript-eslint/no-require-imports': 'off'},
    },
    {
        files: ['**/*.mjs'],
        languageOptions: {sourceType: 'module'},
    },
);
