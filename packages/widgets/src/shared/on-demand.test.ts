import { expect } from '@open-wc/testing';
import { onDemand } from './on-demand.js';

describe('onDemand', () => {
  it('loads once for every caller, says whether it was asked for, holds the loaded part for rendering, and forgets a failure', async () => {
    let calls = 0;
    let fail = true;
    const part = onDemand(async () => {
      calls++;
      if (fail) throw new TypeError('Failed to fetch dynamically imported module');
      return { n: calls };
    });
    expect(part.peek()).to.equal(undefined);
    expect(part.value).to.equal(undefined);
    const [a, b] = await Promise.allSettled([part.get(), part.get()]);
    expect(a.status).to.equal('rejected');
    expect(b.status).to.equal('rejected');
    expect(calls).to.equal(1);
    expect(part.peek()).to.equal(undefined);
    expect(part.value).to.equal(undefined);
    fail = false;
    const first = await part.get();
    expect(first).to.deep.equal({ n: 2 });
    expect(part.value).to.equal(first);
    expect(await part.get()).to.equal(first);
    expect(await part.peek()).to.equal(first);
    expect(calls).to.equal(2);
  });
});
