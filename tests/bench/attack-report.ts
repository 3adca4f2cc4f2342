import type { AttackResult } from './attack-bench';
import type { Row } from './report';
import { ratio } from './stats';

const verdict = (ok: boolean): string => (ok ? 'met' : 'missed');
const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const ms = (value: number): string => `${value.toFixed(1)} ms`;

/** What the attack adds to the server's memory may not pass this (docs/security.md). */
export const ATTACK_MEMORY_BOUND = 120 * 2 ** 20;

/** The rows of benchmark (i) for the Results table. */
export function attackRows(result: AttackResult): Row[] {
  const { calm, attacked, attack } = result;
  const growth = result.attackedPeakRss - result.calmPeakRss;
  const load = `${calm.rooms} rooms × ${calm.clientsPerRoom} clients, ${calm.seconds} s`;
  return [
    [
      `Attack: peak server RSS (${attack.opened} silent connections asking for a ${mib(result.roomBytes)} room; ${load})`,
      mib(result.attackedPeakRss),
      `no attack ${mib(result.calmPeakRss)}`,
      ratio(result.attackedPeakRss, result.calmPeakRss),
      `≤ +${mib(ATTACK_MEMORY_BOUND)}: ${verdict(growth <= ATTACK_MEMORY_BOUND)}`,
    ],
    [
      'Attack: other rooms, delivery p99',
      ms(attacked.p99Ms),
      `no attack ${ms(calm.p99Ms)}`,
      ratio(attacked.p99Ms, calm.p99Ms),
      '',
    ],
    [
      'Attack: other rooms, updates lost',
      `${attacked.lost} of ${attacked.expected}`,
      `no attack ${calm.lost} of ${calm.expected}`,
      '',
      `0: ${verdict(attacked.lost === 0)}`,
    ],
    [
      `↳ attacker: ${attack.dropped} connections cut off, ${attack.refused} refused`,
      `${attack.requests.toLocaleString('en')} requests`,
      '',
      '',
      '',
    ],
  ];
}
