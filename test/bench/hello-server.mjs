// The bench's baseline: a plain graphql-yoga `{ hello }` server (Yoga defaults, no upstream call), in a
// process of its own on 127.0.0.1, port 0. Prints `{"port":N}` on stdout once listening.
import { createServer } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';

const yoga = createYoga({
  schema: createSchema({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'world' } } }),
});
const server = createServer(yoga);
server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ port: server.address().port })));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
