import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RESUME_COMMAND, ReleaseStop, release } from './plan.mjs';

const targets = () => [
  { registry: 'npm', label: '@saymon-sdk/core@1.2.0' },
  { registry: 'npm', label: '@saymon-sdk/node@1.2.0' },
  { registry: 'PyPI', label: 'saymon-sdk 1.2.0 sdist' },
  { registry: 'PyPI', label: 'saymon-sdk 1.2.0 wheel' },
];

/** A fake pair of registries: what they hold, and every call the release made, in order. */
function fakeRegistries({ holds = [], failOn } = {}) {
  const calls = [];
  const held = new Set(holds);
  return {
    calls,
    held,
    isPublished: async (t) => {
      calls.push(`lookup ${t.label}`);
      return held.has(t.label);
    },
    publish: async (t) => {
      calls.push(`publish ${t.label}`);
      if (t.label === failOn) throw new Error('E403 forbidden');
      held.add(t.label);
    },
  };
}
const ok = (name, calls) => ({ name, run: () => void calls.push(`check ${name}`) });
const quiet = () => {};

test('checks, then every look-up, then publishing in the order given', async () => {
  const fake = fakeRegistries();
  const result = await release({
    targets: targets(),
    checks: [ok('a', fake.calls), ok('b', fake.calls)],
    ...fake,
    log: quiet,
  });
  assert.deepEqual(fake.calls, [
    'check a',
    'check b',
    ...targets().map((t) => `lookup ${t.label}`),
    ...targets().map((t) => `publish ${t.label}`),
  ]);
  assert.equal(result.published.length, 4);
});

test('the first failing check stops the release: later checks not run, no registry asked', async () => {
  const fake = fakeRegistries();
  const checks = [ok('a', fake.calls), { name: 'tokens set', run: () => 'PYPI_TOKEN is not set' }, ok('c', fake.calls)];
  const failing = release({ targets: targets(), checks, ...fake, log: quiet });
  await assert.rejects(failing, (e) => e instanceof ReleaseStop && e.message === 'tokens set: PYPI_TOKEN is not set');
  assert.deepEqual(fake.calls, ['check a']);
});

test('a check that throws stops the release the same way', async () => {
  const fake = fakeRegistries();
  const checks = [
    {
      name: 'build',
      run: () => {
        throw new Error('tsc failed');
      },
    },
  ];
  await assert.rejects(release({ targets: targets(), checks, ...fake, log: quiet }), /^ReleaseStop: build: tsc failed/);
  assert.deepEqual(fake.calls, []);
});

test('a version already on a registry stops a plain release before anything is published', async () => {
  const fake = fakeRegistries({ holds: ['saymon-sdk 1.2.0 sdist'] });
  await assert.rejects(release({ targets: targets(), checks: [], ...fake, log: quiet }), (e) => {
    assert.match(e.message, /saymon-sdk 1\.2\.0 sdist is already on PyPI/);
    assert.ok(e.message.includes(RESUME_COMMAND));
    return true;
  });
  assert.ok(fake.calls.every((c) => c.startsWith('lookup')));
});

test('a failed publish stops the rest, says what is out and how to resume; --resume then finishes it', async () => {
  const fake = fakeRegistries({ failOn: 'saymon-sdk 1.2.0 sdist' });
  await assert.rejects(release({ targets: targets(), checks: [], ...fake, log: quiet }), (e) => {
    assert.match(e.message, /publishing saymon-sdk 1\.2\.0 sdist to PyPI failed: E403 forbidden/);
    assert.match(e.message, /on the registries now: @saymon-sdk\/core@1\.2\.0, @saymon-sdk\/node@1\.2\.0\n/);
    assert.ok(e.message.endsWith(RESUME_COMMAND));
    return true;
  });
  assert.ok(!fake.calls.includes('publish saymon-sdk 1.2.0 wheel'));

  const again = fakeRegistries({ holds: [...fake.held] });
  const result = await release({ targets: targets(), checks: [], ...again, resume: true, log: quiet });
  assert.deepEqual(
    result.skipped.map((t) => t.label),
    ['@saymon-sdk/core@1.2.0', '@saymon-sdk/node@1.2.0'],
  );
  assert.deepEqual(
    again.calls.filter((c) => c.startsWith('publish')),
    ['publish saymon-sdk 1.2.0 sdist', 'publish saymon-sdk 1.2.0 wheel'],
  );
});

test('a registry that cannot be asked stops the release', async () => {
  const fake = fakeRegistries();
  const isPublished = async () => {
    throw new Error('https://pypi.org/pypi/saymon-sdk/1.2.0/json answered 503');
  };
  await assert.rejects(
    release({ targets: targets(), checks: [], ...fake, isPublished, log: quiet }),
    /could not ask npm whether @saymon-sdk\/core@1\.2\.0 is published: .* answered 503/,
  );
  assert.deepEqual(fake.calls, []);
});

test('a dry run publishes nothing and asks no registry unless told to', async () => {
  const fake = fakeRegistries({ holds: ['@saymon-sdk/core@1.2.0'] });
  const lines = [];
  const result = await release({ targets: targets(), checks: [], ...fake, dryRun: true, log: (l) => lines.push(l) });
  assert.deepEqual(fake.calls, []);
  assert.equal(result.pending.length, 4);
  assert.deepEqual(
    lines,
    targets().map((t) => `would publish ${t.label} to ${t.registry}`),
  );

  const looked = await release({
    targets: targets(),
    checks: [],
    ...fake,
    dryRun: true,
    lookup: true,
    resume: true,
    log: quiet,
  });
  assert.deepEqual(
    fake.calls,
    targets().map((t) => `lookup ${t.label}`),
  );
  assert.deepEqual(
    looked.pending.map((t) => t.label),
    targets()
      .slice(1)
      .map((t) => t.label),
  );
});

test('tokens never appear in what the release prints or throws', async () => {
  const secret = 'npm_SeCrEt123';
  const fake = fakeRegistries();
  const publish = async () => {
    throw new Error(`401 for token ${secret}`);
  };
  const lines = [];
  const failing = release({
    targets: targets(),
    checks: [],
    ...fake,
    publish,
    secrets: [secret, undefined],
    log: (l) => lines.push(l),
  });
  await assert.rejects(failing, (e) => !e.message.includes(secret) && e.message.includes('401 for token ***'));
  assert.ok(lines.length === 0 || lines.every((l) => !l.includes(secret)));
});
