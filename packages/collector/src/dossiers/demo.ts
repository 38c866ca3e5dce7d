/**
 * The demo unit's dossiers (`/tra-cuu-ho-so` on the demo site): one in every status, all with the phone
 * 0912 345 678 (so the last four digits are 5678), dated around the day the demo first starts. Seeded
 * once: a later start finds them and adds nothing, so the demo's history and ratings stay as people left them.
 */
import type { DossierRow, DossierStatus } from '@motcua/core';
import type { Db } from '../storage/database.js';
import { phoneCheckOf } from './phone-check.js';
import { applyDossiers } from './store.js';

const DAY = 86_400_000;
export const DEMO_DOSSIER_PHONE = '0912345678';
/** The dossier whose receipt slip the demo prints, with its QR code (result handed back: it can be rated). */
export const DEMO_RECEIPT_CODE = 'H47.26-000123';

/** [code, procedure, status, days ago received, days allowed, days ago of the status, note] */
const DEMO: [string, string, DossierStatus, number, number, number, string?][] = [
  ['H47.26-000118', '1.001193', 'moi-tiep-nhan', 0, 3, 0],
  ['H47.26-000119', '1.004227', 'dang-xu-ly', 2, 5, 1],
  ['H47.26-000120', '1.001193', 'yeu-cau-bo-sung', 3, 3, 2, 'Bản sao giấy chứng nhận kết hôn của cha mẹ (nếu có).'],
  ['H47.26-000121', '1.004227', 'dang-xu-ly', 9, 5, 6],
  ['H47.26-000122', '1.001193', 'cho-tra-ket-qua', 4, 3, 1],
  [DEMO_RECEIPT_CODE, '1.001193', 'da-tra-ket-qua', 6, 3, 3],
  ['H47.26-000124', '1.004227', 'tu-choi', 8, 5, 5, 'Người yêu cầu không cư trú trên địa bàn phường.'],
  ['H47.26-000125', '1.001193', 'rut-ho-so', 5, 3, 4],
];

const day = (t: number) => new Date(t + 7 * 3600_000).toISOString().slice(0, 10);

export async function seedDemoDossiers(db: Db, unit: string, now: Date): Promise<void> {
  const [some] = await db.query('SELECT 1 FROM dossiers WHERE unit = $1 LIMIT 1', [unit]);
  if (some) return;
  const t = now.getTime();
  const rows: DossierRow[] = DEMO.map(([code, procedure, status, ago, allowed, statusAgo, note]) => ({
    code,
    procedure,
    status,
    receivedAt: new Date(t - ago * DAY),
    dueDate: day(t - ago * DAY + allowed * DAY),
    phone: DEMO_DOSSIER_PHONE,
    statusAt: new Date(t - statusAgo * DAY),
    ...(note && { note }),
  }));
  // Handed back: the dossier passed through "result ready" the day before.
  const handed = rows.filter((r) => r.status === 'da-tra-ket-qua');
  const check = await phoneCheckOf(db);
  await db.tx(async (q) => {
    await applyDossiers(
      q,
      unit,
      handed.map((r) => ({
        ...r,
        status: 'cho-tra-ket-qua',
        statusAt: new Date((r.statusAt as Date).getTime() - DAY),
      })),
      check,
      now,
    );
    await applyDossiers(q, unit, rows, check, now);
  });
}
