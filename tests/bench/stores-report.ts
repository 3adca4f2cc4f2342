import type { Row } from './report';
import type { ServerLoadResult } from './server-load';
import { ratio } from './stats';
import type { StorePair, StoresResult } from './stores-bench';

const PLAIN = 'plain server';
const verdict = (ok: boolean): string => (ok ? 'met' : 'missed');
const ms = (value: number): string => `${value.toFixed(1)} ms`;
const percent = (value: number): string => `${value.toFixed(0)} %`;
const NAMES: Record<string, string> = { postgres: 'PostgreSQL', nginx: 'nginx' };

/** CPU time per delivered update, in µs: comparable when the clients sent less than the set rate. */
const perDelivery = (result: ServerLoadResult): number =>
  ((result.serverCpuPercent / 100) * result.seconds * 1e6) / result.delivered;

/** The rows of benchmark (l): the issue's targets are 0 lost, p99 ≤ 1.5× and CPU ≤ 1.2× the plain server. */
export function storesRows(result: StoresResult): Row[] {
  return [
    ...pairRows('PostgreSQL', result.postgres),
    ...pairRows('3 processes behind nginx on PostgreSQL', result.cluster),
  ];
}

function pairRows(label: string, { ours, plain }: StorePair): Row[] {
  const support = Object.entries(ours.supportCpuPercent);
  const withSupport = support.reduce((sum, [, value]) => sum + value, ours.serverCpuPercent);
  return [
    [
      `Server load on ${label}: updates lost (${ours.seconds} s)`,
      `${ours.lost.toLocaleString('en')} of ${ours.expected.toLocaleString('en')}`,
      `${PLAIN} ${plain.lost.toLocaleString('en')} of ${plain.expected.toLocaleString('en')}`,
      '',
      `0: ${verdict(ours.lost === 0)}`,
    ],
    [
      '↳ delivery p99',
      ms(ours.p99Ms),
      `${PLAIN} ${ms(plain.p99Ms)}`,
      ratio(ours.p99Ms, plain.p99Ms),
      `≤ 1.5×: ${verdict(ours.p99Ms <= 1.5 * plain.p99Ms)}`,
    ],
    [
      '↳ delivery p50',
      ms(ours.p50Ms),
      `${PLAIN} ${ms(plain.p50Ms)}`,
      ratio(ours.p50Ms, plain.p50Ms),
      '',
    ],
    [
      '↳ delivery max',
      ms(ours.maxMs),
      `${PLAIN} ${ms(plain.maxMs)}`,
      ratio(ours.maxMs, plain.maxMs),
      '',
    ],
    [
      `↳ server CPU while sending (of one core${ours.processes > 1 ? `, ${ours.processes} processes summed` : ''})`,
      percent(ours.serverCpuPercent),
      `${PLAIN} ${percent(plain.serverCpuPercent)}`,
      ratio(ours.serverCpuPercent, plain.serverCpuPercent),
      `≤ 1.2×: ${verdict(ours.serverCpuPercent <= 1.2 * plain.serverCpuPercent)}`,
    ],
    [
      '↳ server CPU per delivery',
      `${perDelivery(ours).toFixed(1)} µs`,
      `${PLAIN} ${perDelivery(plain).toFixed(1)} µs`,
      ratio(perDelivery(ours), perDelivery(plain)),
      '',
    ],
    ...support.map(([name, value]): Row => [
      `↳ ${NAMES[name] ?? name} CPU (with its workers)`,
      percent(value),
      `${PLAIN} ${percent(plain.serverCpuPercent)}`,
      ratio(value, plain.serverCpuPercent),
      '',
    ]),
    [
      `↳ server + ${support.map(([name]) => NAMES[name] ?? name).join(' + ')} CPU`,
      percent(withSupport),
      `${PLAIN} ${percent(plain.serverCpuPercent)}`,
      ratio(withSupport, plain.serverCpuPercent),
      '',
    ],
    [
      '↳ other processes during the two runs (of the machine)',
      percent(ours.otherCpuPercent),
      `${PLAIN} ${percent(plain.otherCpuPercent)}`,
      '',
      '',
    ],
  ];
}
