// One Babel configuration, shared by webpack (the plugin bundle and the sandbox host) and Jest.
module.exports = (api) => {
    const isTest = api.env('test');
    return {
        presets: [
            [
                '@babel/preset-env',
                isTest
                    ? {targets: {node: 'current'}}
                    : {
                          targets: {chrome: '110', firefox: '115', safari: '16', edge: '110'},
                          bugfixes: true,
                          modules: false,
                      },
            ],
            ['@babel/preset-react', {runtime: 'classic'}],
            ['@babel/preset-typescript', {allowDeclareFields: true}],
        ],
    };
};
