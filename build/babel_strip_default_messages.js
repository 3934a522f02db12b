// A Babel plugin for the production bundle: drops `defaultMessage` from the descriptors passed to
// react-intl's defineMessages(). The English text ships once, in webapp/src/i18n/en.json, which the plugin
// registers for every locale as the fallback; sources, tests and `make i18n-extract` keep the defaults.
module.exports = function stripDefaultMessages({types: t}) {
    return {
        name: 'strip-default-messages',
        visitor: {
            CallExpression(path) {
                if (!t.isIdentifier(path.node.callee, {name: 'defineMessages'})) {
                    return;
                }
                const [argument] = path.node.arguments;
                if (!t.isObjectExpression(argument)) {
                    return;
                }
                for (const property of argument.properties) {
                    if (t.isObjectProperty(property) && t.isObjectExpression(property.value)) {
                        property.value.properties = property.value.properties.filter(
                            (p) => !(t.isObjectProperty(p) && t.isIdentifier(p.key, {name: 'defaultMessage'})),
                        );
                    }
                }
            },
        },
    };
};
