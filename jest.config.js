// Unit and integration tests (Jest + babel-jest with the shared babel.config.js). Browser tests live in e2e/.
module.exports = {
    testEnvironment: 'jsdom',
    roots: ['<rootDir>/webapp/src', '<rootDir>/server-bridge', '<rootDir>/build', '<rootDir>/sandbox'],
    testMatch: ['**/*.test.ts', '**/*.test.tsx'],
    moduleNameMapper: {
        '^server-bridge$': '<rootDir>/server-bridge/index.ts',
        '^server-bridge/(.*)$': '<rootDir>/server-bridge/$1',
    },
    setupFilesAfterEnv: ['<rootDir>/webapp/src/test/setup.ts'],
    collectCoverageFrom: ['webapp/src/**/*.{ts,tsx}', 'server-bridge/**/*.ts', 'build/**/*.ts', '!**/*.test.{ts,tsx}'],
    testTimeout: 20000,
};
