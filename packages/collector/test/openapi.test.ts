// The OpenAPI document against what the collector really serves: every route Hono has registered is
// in the document served over HTTP, nothing in the document is left unserved, and each route is
// described with the very schemas its middleware validates with.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createApp } from '../src/http/app.js';
import { DEFAULT_CONFIG } from '../src/http/config.js';
import { openapiPath, servedRoutes } from '../src/http/openapi.js';
import { call, launch, storages, useCollector } from './helpers.js';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

describe('OpenAPI document (pglite)', () => {
  const [storage] = storages();
  if (!storage) throw new Error('no storage');
  const c = useCollector(() => launch(storage));
  // biome-ignore lint/suspicious/noExplicitAny: the document is read field by field
  let document: any;
  let served: ReturnType<typeof servedRoutes>;
  before(async () => {
    document = (await call(c.url, '/api/v1/openapi.json')).body;
    served = servedRoutes(createApp(c.db, DEFAULT_CONFIG).routes);
  });

  it('lists every route the collector serves', () => {
    assert.ok(served.length > 60, `only ${served.length} routes found`);
    const missing = served.filter((r) => !document.paths[openapiPath(r.path)]?.[r.method]);
    assert.deepEqual(
      missing.map((r) => `${r.method.toUpperCase()} ${r.path}`),
      [],
      'served but not in the OpenAPI document',
    );
  });

  it('documents nothing that is not served', () => {
    const servedKeys = new Set(served.map((r) => `${r.method} ${openapiPath(r.path)}`));
    const ghosts = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => METHODS.includes(m))
        .map((m) => `${m} ${path}`)
        .filter((key) => !servedKeys.has(key)),
    );
    assert.deepEqual(ghosts, [], 'in the OpenAPI document but not served');
  });

  it('describes each body and query with the schema the route validates with', () => {
    for (const route of served) {
      const op = document.paths[openapiPath(route.path)][route.method];
      const name = `${route.method.toUpperCase()} ${route.path}`;
      if (route.body) {
        assert.ok(op.requestBody?.content['application/json'].schema, `${name} has no body schema`);
        // A body named in doc() as well must be the one validated, or the two have drifted apart.
        if (route.doc?.body) assert.equal(route.doc.body, route.body, `${name}: doc() names another body schema`);
      }
      if (route.query) {
        const names = (op.parameters as { name: string; in: string }[]).filter((p) => p.in === 'query');
        assert.ok(names.length > 0, `${name} lists no query parameter`);
        if (route.doc?.query) assert.equal(route.doc.query, route.query, `${name}: doc() names another query schema`);
      }
    }
    const report = document.paths['/api/v1/admin/units/{unit}/report'].get;
    assert.deepEqual(
      report.parameters.filter((p: { in: string }) => p.in === 'query').map((p: { name: string }) => p.name),
      ['period', 'year', 'index', 'format'],
    );
    const login = document.paths['/api/v1/admin/login'].post;
    assert.deepEqual(login.requestBody.content['application/json'].schema.required.sort(), ['email', 'password']);
  });

  it("marks every staff route as needing a session, with the unit's or province's path parameter", () => {
    const staff = served.filter((r) => /^\/api\/v1\/admin\/(units|provinces)\//.test(r.path));
    assert.ok(staff.length > 30);
    const unmarked = staff.filter((route) => {
      const op = document.paths[openapiPath(route.path)][route.method];
      const scoped = op.parameters.some(
        (p: { in: string; name: string }) => p.in === 'path' && ['unit', 'province'].includes(p.name),
      );
      return !scoped || JSON.stringify(op.security) !== JSON.stringify([{ session: [] }]);
    });
    assert.deepEqual(
      unmarked.map((r) => `${r.method.toUpperCase()} ${r.path}`),
      [],
    );
    assert.ok(document.components.securitySchemes.unitToken, 'the machine token is declared');
  });
});
