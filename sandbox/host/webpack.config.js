// Builds the sandbox host page (a stand-in for the Mattermost web app): sandbox/host/host.tsx -> sandbox/host/dist.
const fs = require('fs');
const path = require('path');

class CopyStaticFiles {
    apply(compiler) {
        compiler.hooks.thisCompilation.tap('CopyStaticFiles', (compilation) => {
            compilation.hooks.processAssets.tap(
                {name: 'CopyStaticFiles', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL},
                () => {
                    for (const name of fs
                        .readdirSync(__dirname)
                        .filter((f) => f === 'index.html' || f.endsWith('.css'))) {
                        compilation.emitAsset(
                            name,
                            new compiler.webpack.sources.RawSource(fs.readFileSync(path.join(__dirname, name))),
                        );
                    }
                },
            );
        });
    }
}

module.exports = (env, argv) => ({
    mode: argv.mode || 'production',
    entry: path.join(__dirname, 'host.tsx'),
    output: {path: path.join(__dirname, 'dist'), filename: 'host.js', clean: true},
    resolve: {extensions: ['.ts', '.tsx', '.js']},
    module: {
        rules: [
            {
                test: /\.(ts|tsx|js)$/,
                exclude: /node_modules/,
                use: {loader: 'babel-loader', options: {configFile: path.resolve(__dirname, '../../babel.config.js')}},
            },
        ],
    },
    plugins: [new CopyStaticFiles()],
    devtool: false,
    performance: {hints: false},
});
