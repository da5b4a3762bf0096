// Runs the steps of `npm start` / `npm test` as child processes and makes SIGINT/SIGTERM to this
// process stop all of them: the signal is passed on, their exit awaited, then this process
// exits 0. A second signal, or 15 s without an exit, kills what is left.
import { spawn } from 'node:child_process';

const FORCE_AFTER_MS = 15_000;

function kill(child, signal) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    // A step started in its own process group (turbo, npm ci) is signalled as a whole group.
    if (child.group) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    // already gone
  }
}

export function createSupervisor({ name = 'SupportLink', log = (line) => console.error(line) } = {}) {
  const children = new Set();
  let stopping = null;

  const exitIfIdle = () => {
    if (stopping && children.size === 0) process.exit(0);
  };

  const onSignal = (signal) => {
    if (stopping) {
      for (const c of children) kill(c, 'SIGKILL');
      process.exit(1);
    }
    stopping = signal;
    if (children.size > 0) log(`${name}: ${signal} received, stopping…`);
    for (const c of children) kill(c, signal);
    setTimeout(() => {
      for (const c of children) kill(c, 'SIGKILL');
      process.exit(1);
    }, FORCE_AFTER_MS).unref();
    exitIfIdle();
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => onSignal(signal));
  // Whatever ends this process, nothing it started is left behind.
  process.on('exit', () => {
    for (const c of children) kill(c, 'SIGKILL');
  });

  return {
    get stopping() {
      return stopping;
    },
    /**
     * Starts a step; resolves with its exit code (a step ended by a signal counts as 1).
     * `group: true` gives it its own process group so everything it spawns is stopped with it.
     * Never resolves once a stop has begun: the process exits when the last child has.
     */
    run(command, args, { group = false, ipc = false, ...options } = {}) {
      if (stopping) return new Promise(() => {});
      const child = spawn(command, args, {
        stdio: ipc ? ['ignore', 'inherit', 'inherit', 'ipc'] : ['ignore', 'inherit', 'inherit'],
        detached: group,
        ...options,
      });
      child.group = group;
      children.add(child);
      return new Promise((resolve) => {
        child.on('error', (err) => {
          log(`${name}: could not start ${command}: ${err.message}`);
          children.delete(child);
          if (stopping) exitIfIdle();
          else resolve(1);
        });
        child.on('exit', (code) => {
          children.delete(child);
          if (stopping) exitIfIdle();
          else resolve(code ?? 1);
        });
      });
    },
  };
}
