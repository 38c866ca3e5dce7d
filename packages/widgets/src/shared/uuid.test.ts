import { expect } from '@open-wc/testing';
import { uuid } from './uuid.js';

describe('uuid', () => {
  it('makes RFC 4122 version 4 ids, all different', () => {
    const ids = Array.from({ length: 2000 }, uuid);
    for (const id of ids) expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('uses every variant digit and every hex digit', () => {
    const ids = Array.from({ length: 500 }, uuid);
    expect(new Set(ids.map((id) => id[19])).size).to.equal(4);
    expect(new Set(ids.join('').replace(/-/g, '')).size).to.equal(16);
  });
});
