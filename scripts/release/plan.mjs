// The order of a release, apart from how each step is done (injected, so the order can be tested):
//   1. checks, in the order given; the first that reports a problem stops the release, nothing published;
//   2. registry look-ups, target by target: one already at this version stops the release, unless resuming
//      (`--resume`), which skips it;
//   3. publishing, in the order of `targets`; the first failure stops the rest and says how to resume.
// A dry run does 1, does 2 only when asked (`lookup`), and lists what it would publish.

export const RESUME_COMMAND = 'npm run release -- --resume';

/** A reason to stop, meant for the maintainer: printed as is, without a stack. */
export class ReleaseStop extends Error {
  name = 'ReleaseStop';
}

/**
 * @typedef {{ registry: string, label: string, detail?: string }} Target
 * @typedef {{ name: string, run: () => Promise<string | undefined> | string | undefined }} Check
 * @param {{
 *   targets: Target[],
 *   checks: Check[],
 *   isPublished: (target: Target) => Promise<boolean>,
 *   publish: (target: Target) => Promise<void>,
 *   resume?: boolean,
 *   dryRun?: boolean,
 *   lookup?: boolean,
 *   secrets?: string[],
 *   log?: (line: string) => void,
 * }} plan
 */
export async function release(plan) {
  const { targets, checks, isPublished, publish, resume = false, dryRun = false, secrets = [] } = plan;
  const lookup = plan.lookup ?? !dryRun;
  const hide = (text) => secrets.filter(Boolean).reduce((out, secret) => out.split(secret).join('***'), String(text));
  const log = (line) => (plan.log ?? console.log)(hide(line));
  const stop = (message) => new ReleaseStop(hide(message));
  const reason = (error) => (error instanceof Error ? error.message : String(error));

  for (const check of checks) {
    let problem;
    try {
      problem = await check.run();
    } catch (error) {
      problem = reason(error);
    }
    if (problem) throw stop(`${check.name}: ${problem}`);
    log(`ok: ${check.name}`);
  }

  const pending = [];
  const skipped = [];
  for (const target of targets) {
    if (!lookup) {
      pending.push(target);
      continue;
    }
    let published;
    try {
      published = await isPublished(target);
    } catch (error) {
      throw stop(`could not ask ${target.registry} whether ${target.label} is published: ${reason(error)}`);
    }
    if (published && !resume)
      throw stop(
        `${target.label} is already on ${target.registry}. Bump the version (npm run changeset, npm run version-packages), ` +
          `or finish a release that stopped half-way: ${RESUME_COMMAND}`,
      );
    if (published) {
      skipped.push(target);
      log(`skip: ${target.label} is already on ${target.registry}`);
    } else pending.push(target);
  }

  if (dryRun) {
    for (const target of pending)
      log(`would publish ${target.label} to ${target.registry}${target.detail ? ` (${target.detail})` : ''}`);
    return { published: [], skipped, pending };
  }

  const published = [];
  for (const target of pending) {
    try {
      await publish(target);
    } catch (error) {
      const done = [...skipped, ...published].map((t) => t.label);
      throw stop(
        `publishing ${target.label} to ${target.registry} failed: ${reason(error)}\n` +
          `on the registries now: ${done.length ? done.join(', ') : 'nothing of this release'}\n` +
          `fix the cause, then resume with: ${RESUME_COMMAND}`,
      );
    }
    published.push(target);
    log(`published ${target.label} to ${target.registry}`);
  }
  return { published, skipped, pending: [] };
}
