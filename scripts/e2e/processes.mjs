// Process-group bookkeeping for what the end-to-end helpers start (code-server, Chromium): a group is
// gone when none of its members is alive (zombies waiting to be reaped do not count).
import { readdirSync, readFileSync } from 'node:fs';

/** Live (non-zombie) pids of process group `pgid`, read from /proc. */
export function groupMembers(pgid) {
  const members = [];
  let entries;
  try {
    entries = readdirSync('/proc');
  } catch {
    return members;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // pid (comm) state ppid pgrp …; comm may contain spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) === pgid && fields[0] !== 'Z') members.push(Number(entry));
  }
  return members;
}

function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch {}
}

/** Sends SIGTERM to the group, waits up to `graceMs` for it to go, then SIGKILLs what is left. */
export async function stopGroup(pgid, { graceMs = 5000 } = {}) {
  const waitGone = async (ms) => {
    const deadline = Date.now() + ms;
    while (groupMembers(pgid).length > 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    return groupMembers(pgid).length === 0;
  };
  if (groupMembers(pgid).length === 0) return;
  signalGroup(pgid, 'SIGTERM');
  if (await waitGone(graceMs)) return;
  signalGroup(pgid, 'SIGKILL');
  await waitGone(5000);
}

/** Waits up to `ms` for a group to exit by itself, then stops it. */
export async function awaitGroupExit(pgid, ms = 5000) {
  const deadline = Date.now() + ms;
  while (groupMembers(pgid).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  await stopGroup(pgid);
}

/** Immediate SIGKILL of a group (for process 'exit' handlers, which cannot wait). */
export function killGroupNow(pgid) {
  signalGroup(pgid, 'SIGKILL');
}
