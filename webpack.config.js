// Builds the plugin's webapp bundle: webapp/src/index.tsx -> webapp/dist/main.js.
// React, ReactDOM, Redux, ReactRedux and ReactIntl come from the Mattermost web app (window globals).
const path = require('path');

module.exports = (env, argv) => ({
    mode: argv.mode || 'production',
    entry: path.resolve(__dirname, 'webapp/src/index.tsx'),
    output: {
        path: path.resolve(__dirname, 'webapp/dist'),
        filename: 'main.js',
        clean: true,
    },
    resolve: {
        extensions: ['.ts', '.tsx', '.js', '.jsx', '.json'],
        alias: {'server-bridge': path.resolve(__dirname, 'server-bridge')},
    },
    module: {
        rules: [
            {
                test: /\.(ts|tsx|js|jsx)$/,
                exclude: /node_modules/,
                use: {
                    loader: 'babel-loader',
                    options: {
                        configFile: path.resolve(__dirname, 'babel.config.js'),
                        // English ships once, in en.json: production bundles drop the descriptors' copies.
                        plugins:
                            (argv.mode || 'production') === 'production'
                                ? [path.resolve(__dirname, 'build/babel_strip_default_messages.js')]
                                : [],
                    },
                },
            },
        ],
    },
    externals: {
        react: 'React',
        'react-dom': 'ReactDOM',
        redux: 'Redux',
        'react-redux': 'ReactRedux',
        'react-intl': 'ReactIntl',
    },
    devtool: false,
    performance: {hints: false},
});
