import { createGraphQLError, type Plugin } from 'graphql-yoga';

/**
 * A request whose `variables` or `extensions` parameter is not JSON (a GET query string typed by hand,
 * a form post) is the client's mistake: Yoga's parser throws a bare `SyntaxError`, which would be
 * masked as "Unexpected error.". Answered instead as a request error, 400 `BAD_REQUEST`, naming the
 * parameter (the value itself is not echoed).
 */
export function useRequestParseErrors(): Plugin {
  return {
    onRequestParse({ requestParser, setRequestParser }) {
      if (!requestParser) return;
      const parse = requestParser;
      setRequestParser(async (request) => {
        try {
          return await parse(request);
        } catch (err) {
          if (!(err instanceof SyntaxError)) throw err;
          const params = new URL(request.url).searchParams;
          const param = ['variables', 'extensions'].find((name) => {
            const value = params.get(name);
            if (!value) return false;
            try {
              JSON.parse(value);
              return false;
            } catch {
              return true;
            }
          });
          const where = param ? `the "${param}" parameter` : 'the request body';
          throw createGraphQLError(`${where} is not valid JSON`, { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
        }
      });
    },
  };
}
