// Browser tests: Playwright (playwright-core) driving Debian's Chromium against the sandbox.
module.exports = {
    rootDir: '..',
    testEnvironment: 'node',
    testMatch: ['<rootDir>/e2e/**/*.e2e.ts'],
    moduleNameMapper: {
        '^server-bridge$': '<rootDir>/server-bridge/index.ts',
        '^server-bridge/(.*)$': '<rootDir>/server-bridge/$1',
    },
    maxWorkers: 1,
    testTimeout: 60000,
};
