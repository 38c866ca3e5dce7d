#!/usr/bin/env node
/**
 * Runs the collector from the environment: PORT, HOST, DATA_DIR, DATABASE_URL, MOTCUA_SEED_DEMO (the
 * demo unit, with six months of invented activity unless MOTCUA_DEMO_EMPTY=1), MOTCUA_TRUST_PROXY (the
 * number of proxies in front whose X-Forwarded-For is believed), MOTCUA_RATE_IP, MOTCUA_RATE_UNIT,
 * MOTCUA_BACKUP_DIR (PGlite: a backup at start and every day, the newest 7 kept).
 */
import { startCollector } from './http/server.js';

const demoOrigins = (process.env.MOTCUA_DEMO_ORIGIN ?? 'http://127.0.0.1:8080').split(',').map((s) => s.trim());
const collector = await startCollector({
  port: Number(process.env.PORT ?? 8787),
  host: process.env.HOST ?? '127.0.0.1',
  dataDir: process.env.DATABASE_URL ? undefined : (process.env.DATA_DIR ?? './data'),
  databaseUrl: process.env.DATABASE_URL || undefined,
  seedDemo: process.env.MOTCUA_SEED_DEMO === '1',
  demoData: process.env.MOTCUA_DEMO_EMPTY === '1' ? 'setup' : 'lived-in',
  demoOrigins,
  backupDir: process.env.MOTCUA_BACKUP_DIR || undefined,
  config: {
    trustProxy: Number(process.env.MOTCUA_TRUST_PROXY ?? 0) || false,
    ...(process.env.MOTCUA_RATE_IP ? { rateIpPerMinute: Number(process.env.MOTCUA_RATE_IP) } : {}),
    ...(process.env.MOTCUA_RATE_UNIT ? { rateUnitPerMinute: Number(process.env.MOTCUA_RATE_UNIT) } : {}),
  },
});
console.log(`[collector] listening on ${collector.url} (storage: ${collector.db.kind})`);
if (collector.admin) {
  console.log(`[collector] admin pages: ${collector.url}/admin/`);
  console.log(`[collector] demo admin (phường Bàn Thạch): ${collector.admin.email} / ${collector.admin.password}`);
  const province = collector.admin.province;
  console.log(`[collector] demo province (Thành phố Đà Nẵng): ${province.email} / ${province.password}`);
}
const stop = () => void collector.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
