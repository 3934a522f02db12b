import type {PluginObj, types} from '@babel/core';

declare function stripDefaultMessages(api: {types: typeof types}): PluginObj;
export = stripDefaultMessages;
