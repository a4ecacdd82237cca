import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../context.js';
import { runInRequestScope } from '../request-scope.js';

/**
 * Runs every execution and subscription setup inside the request's `RequestScope`, on every
 * transport (HTTP, SSE, graphql-ws all go through envelop's execute/subscribe).
 */
export function useRequestScope(): Plugin<GatewayContext> {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn((args) => runInRequestScope((args.contextValue as GatewayContext).scope, () => executeFn(args)));
    },
    onSubscribe({ subscribeFn, setSubscribeFn }) {
      setSubscribeFn((args) => runInRequestScope((args.contextValue as GatewayContext).scope, () => subscribeFn(args)));
    },
  };
}
