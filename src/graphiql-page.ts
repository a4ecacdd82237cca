import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GraphiQLOptions } from 'graphql-yoga';
import { PLACEHOLDERS } from './graphiql-examples.js';

/** The call in `@graphql-yoga/render-graphiql`'s page that we route through {@link PAGE_SCRIPT}. */
const RENDER_CALL = 'YogaGraphiQL.renderYogaGraphiQL(';

/**
 * Runs in the browser before GraphiQL renders, and gives it our fetcher (Yoga's GraphiQL takes a
 * `fetcher` option; functions cannot travel in its JSON options, hence the script). Why our own:
 *
 * - GraphiQL (5.x, in the installed package) recomputes the operation name 100 ms after an edit (a
 *   debounce in its query editor), and Run sends the *previous* name until then; Yoga's fetcher keeps
 *   only the operations of that name, finds none and throws "Cannot infer operation" without sending
 *   anything. Here a name that is not in the document is dropped (the server runs the only
 *   operation) or replaced by the document's only name.
 * - Everything goes over SSE (`Accept: text/event-stream`, graphql-sse's distinct-connections mode,
 *   which Yoga answers for queries and mutations too): one code path, and subscriptions stream.
 * - Example tabs carry placeholders (`"<job id from the Pull tab>"`…) filled in from earlier results or,
 *   before those ran, by a lookup, so that every tab runs as loaded. A tab of several operations shares
 *   one set of variables: only those the chosen operation declares are filled in and sent.
 * Plain JavaScript in a string: it must not depend on how this module is compiled.
 */
const PAGE_SCRIPT = `(function (root, options) {
  var endpoint = new URL(options.endpoint || location.pathname, location.href).toString();
  var PLACEHOLDERS = ${JSON.stringify(PLACEHOLDERS)};
  var remembered = {};
  function remember(result) {
    var data = result && result.data;
    if (!data) return;
    if (data.pullImage && data.pullImage.job) remembered.pulledJob = data.pullImage.job.id;
    var build = data.createImageBuild && data.createImageBuild.imageBuild;
    if (build && build.provider === 'CYCLE') remembered.cycleBuild = build.id;
    if (build && build.provider === 'CYCLE' && build.image) remembered.cycleBuildImage = build.image.id;
    var fromSource = data.buildFromSource && data.buildFromSource.imageBuild;
    if (fromSource && fromSource.image) remembered.newCycleImage = fromSource.image.id;
    if (build && build.provider === 'PAI') remembered.paiBuild = build.id;
    var made = [
      ['newCycleSource', data.createCycleImageSource, 'source'],
      ['newSwrRepository', data.createRepository, 'repository'],
      ['newPaiImage', data.addPaiImage, 'image'],
      ['newTacRegistry', data.createRegistry, 'registry'],
      ['newBaseImage', data.createBaseImage, 'baseImage'],
    ];
    made.forEach(function (m) { if (m[1] && m[1][m[2]]) remembered[m[0]] = m[1][m[2]].id; });
  }
  function edges(connection) { return connection.edges.map(function (e) { return e.node; }); }
  var SWR_TAGGED = '{ repositories(first: 20, filter: { namespace: "acme" }) { edges { node { id tagCount tags(first: 1) { edges { node { name } } } } } } }';
  function swrTagged(d) { return edges(d.repositories).filter(function (r) { return r.tagCount > 0; })[0]; }
  var LOOKUPS = {
    cycleSource: ['{ cycleImageSources(first: 1) { edges { node { id } } } }', function (d) { return d.cycleImageSources.edges[0].node.id; }],
    cycleBuild: ['{ imageBuilds(first: 1, filter: { providers: [CYCLE] }) { edges { node { id } } } }', function (d) { return d.imageBuilds.edges[0].node.id; }],
    paiBuild: ['{ imageBuilds(first: 1, filter: { providers: [PAI], statuses: [QUEUED, RUNNING] }) { edges { node { id } } } }', function (d) { return d.imageBuilds.edges[0].node.id; }],
    pulledImage: ['{ images(first: 1, filter: { providers: [DOCKER], search: "alpine:3.20" }) { edges { node { id } } } }', function (d) { return d.images.edges[0].node.id; }],
    runningJob: ['mutation { pullImage(input: { image: "registry.example.com/acme/worker", tag: "2.3", auth: { username: "demo", password: "demo-password" } }) { ... on PullImageSuccess { job { id } } } }', function (d) { return d.pullImage.job.id; }],
    newCycleSource: ['{ cycleImageSources(first: 1, filter: { identifier: "graphiql-example" }) { edges { node { id } } } }', function (d) { return d.cycleImageSources.edges[0].node.id; }],
    swrTaggedRepository: [SWR_TAGGED, function (d) { return swrTagged(d).id; }],
    swrTag: [SWR_TAGGED, function (d) { return swrTagged(d).tags.edges[0].node.name; }],
    newSwrRepository: ['{ repositories(first: 1, filter: { namespace: "graphiql-example" }) { edges { node { id } } } }', function (d) { return d.repositories.edges[0].node.id; }],
    newPaiImage: ['{ images(first: 1, filter: { pai: { name: "graphiql-example-env" } }) { edges { node { id } } } }', function (d) { return d.images.edges[0].node.id; }],
    cycleBuildImage: ['{ cycleImages(first: 1, filter: { states: ["live"] }) { edges { node { id } } } }', function (d) { return d.cycleImages.edges[0].node.id; }],
    tacManagedRegistry: ['{ registries(first: 100) { edges { node { id vmwareManaged } } } }', function (d) { return edges(d.registries).filter(function (r) { return r.vmwareManaged; })[0].id; }],
    newTacRegistry: ['{ registries(first: 100) { edges { node { id name } } } }', function (d) { return edges(d.registries).filter(function (r) { return r.name === 'graphiql-example'; })[0].id; }],
    tacOperatingSystem: ['{ baseImages(first: 1) { edges { node { operatingSystem { id } } } } }', function (d) { return d.baseImages.edges[0].node.operatingSystem.id; }],
    newBaseImage: ['{ baseImages(first: 1, filter: { name: "graphiql-example" }) { edges { node { id } } } }', function (d) { return d.baseImages.edges[0].node.id; }],
  };
  function post(body, headers, signal, accept) {
    return fetch(endpoint, {
      method: 'POST',
      credentials: 'same-origin',
      signal: signal,
      headers: Object.assign({ 'content-type': 'application/json', accept: accept }, headers),
      body: JSON.stringify(body),
    });
  }
  async function fill(variables, headers, declared) {
    if (!variables) return variables;
    var out = {};
    for (var name in variables) {
      var value = variables[name];
      // A tab's operations share its variables: fill in (and look up) only what this operation declares.
      if (declared && declared.indexOf(name) < 0) continue;
      for (var key in PLACEHOLDERS) {
        if (value !== PLACEHOLDERS[key]) continue;
        if (remembered[key]) { value = remembered[key]; break; }
        var lookup = LOOKUPS[key];
        if (!lookup) break;
        try {
          var res = await post({ query: lookup[0] }, headers, undefined, 'application/json');
          value = lookup[1]((await res.json()).data);
        } catch (e) { /* leave the placeholder: the server says what is wrong with it */ }
        break;
      }
      out[name] = value;
    }
    return out;
  }
  function operations(query) {
    var source = query.replace(/"""[\\s\\S]*?"""|"(?:[^"\\\\\\n]|\\\\.)*"|#[^\\n]*/g, ' ');
    var found = [];
    var re = /(^|[\\s}])(query|mutation|subscription)\\s+([_A-Za-z][_0-9A-Za-z]*)/g, m;
    while ((m = re.exec(source))) found.push({ name: m[3], start: m.index });
    // Each operation's variables: the $names of its text up to the next operation.
    found.forEach(function (op, i) {
      var text = source.slice(op.start, i + 1 < found.length ? found[i + 1].start : source.length);
      op.variables = (text.match(/\\$[_A-Za-z][_0-9A-Za-z]*/g) || []).map(function (v) { return v.slice(1); });
    });
    return found;
  }
  async function* run(params, opts, signal) {
    var headers = (opts && opts.headers) || {};
    var operationName = params.operationName || undefined;
    var ops = operations(params.query);
    var names = ops.map(function (op) { return op.name; });
    if (operationName && names.indexOf(operationName) < 0) operationName = names.length === 1 ? names[0] : undefined;
    var chosen = ops[operationName ? names.indexOf(operationName) : 0];
    var variables = await fill(params.variables, headers, ops.length > 1 && chosen ? chosen.variables : undefined);
    var res;
    try {
      res = await post({ query: params.query, variables: variables, operationName: operationName }, headers, signal, 'text/event-stream');
    } catch (e) { if (signal.aborted) return; throw e; }
    if ((res.headers.get('content-type') || '').indexOf('text/event-stream') < 0) {
      var body = await res.json();
      remember(body);
      yield body;
      return;
    }
    var reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    var buffer = '';
    try {
      for (;;) {
        var chunk = await reader.read();
        if (chunk.done) return;
        buffer += chunk.value.replace(/\\r\\n/g, '\\n');
        var end;
        while ((end = buffer.indexOf('\\n\\n')) >= 0) {
          var block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          var event = 'message', data = '';
          block.split('\\n').forEach(function (line) {
            if (line.indexOf('event:') === 0) event = line.slice(6).trim();
            else if (line.indexOf('data:') === 0) data += line.slice(5).trim();
          });
          if (event === 'complete') return;
          if (event === 'next' && data) { var result = JSON.parse(data); remember(result); yield result; }
        }
      }
    } catch (e) { if (!signal.aborted) throw e; }
  }
  options.fetcher = function (params, opts) {
    var controller = new AbortController();
    var iterator = run(params, opts, controller.signal);
    return {
      [Symbol.asyncIterator]: function () { return this; },
      next: function () { return iterator.next(); },
      return: function () { controller.abort(); return Promise.resolve({ done: true, value: undefined }); },
    };
  };
  delete options.endpoint;
  YogaGraphiQL.renderYogaGraphiQL(root, options);
})(`;

/**
 * A tab switches on the first click: GraphiQL's tabs are framer-motion reorderable items, and a
 * headless Chromium (no animation frames while idle) leaves their entry `transform` in place, so the
 * first click lands on the moving element and only finishes the animation.
 */
const PAGE_STYLE = '<style>.graphiql-tab { transform: none !important; }</style>';

/** GraphiQL from the installed package (never a CDN), with the gateway's fetcher. */
export function renderGatewayGraphiQL(options?: GraphiQLOptions): string {
  const html = renderGraphiQL(options);
  if (!html.includes(RENDER_CALL) || !html.includes('</head>')) throw new Error('@graphql-yoga/render-graphiql changed its page: update src/graphiql-page.ts');
  return html.replace(RENDER_CALL, PAGE_SCRIPT).replace('</head>', `${PAGE_STYLE}</head>`);
}
