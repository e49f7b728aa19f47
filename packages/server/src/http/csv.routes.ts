import { KizukiError, type CsvExportReportDetail } from '@kizuki/core';
import { Hono } from 'hono';
import { z } from 'zod';
import { csvZip } from '../csv/csv-output.js';
import { exportCsv, parsePair } from '../services/csv-export.service.js';
import { importCsv } from '../services/csv-import.service.js';
import { caseFileRoles } from '../services/context.js';
import { parseInput } from '../services/validate.js';
import type { AppDeps, AppEnv } from './env.js';
import { requireRole, requireSession } from './session.middleware.js';

/** Largest ZIP an import accepts. */
export const maxCsvUploadBytes = 100 * 1024 * 1024;

const exportRequestSchema = z.object({
  /** 送信先 `事業所番号:サービス種類コード`; when absent, every provider on the plan */
  to: z.string({ error: 'to は「事業所番号:サービス種類コード」の文字で指定してください' }).optional(),
});

/**
 * ケアプランデータ連携 CSV: `POST /api/clients/:clientId/csv-export` answers a ZIP of the client's
 * current plan (one send unit per destination), or with `?month=YYYY-MM` of the month's サービス利用票
 * (利用者補足・第6表・第7表); `POST /api/csv/import` takes a ZIP upload into the user's own
 * organization and answers the import report, which names the sending offices and whether each is
 * the user's own office. Mounted at /api.
 */
export function csvRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  // /api/clients/* already has its session; /api/csv/* gets it here.
  app.use('/csv/*', requireSession(deps));
  for (const path of ['/csv/*', '/clients/:clientId/csv-export']) app.use(path, requireRole(caseFileRoles));

  app.post('/clients/:clientId/csv-export', async (c) => {
    const text = await c.req.text();
    let json: unknown = {};
    if (text.trim() !== '') {
      try {
        json = JSON.parse(text) as unknown;
      } catch {
        throw new KizukiError('bad_request', 'リクエストの本文がJSONとして読めません。');
      }
    }
    const input = parseInput(exportRequestSchema, json);
    const destination = input.to ? parsePair(input.to, 'destination') : undefined;
    const month = c.req.query('month');
    const outcome = await exportCsv(deps, c.get('actor'), {
      clientIds: [c.req.param('clientId')],
      ...(destination ? { destination: { officeNumber: destination[0], serviceType: destination[1] } } : {}),
      ...(month !== undefined ? { month } : {}),
    });
    const first = outcome.files[0]?.name ?? '';
    const stamp = first.match(/_(\d{14})\.CSV$/u)?.[1] ?? 'export';
    const name = month !== undefined ? `kizuki-csv-${first.match(/^UPHOSOKU_(\d{6})_/u)?.[1] ?? 'month'}-${stamp}.zip` : `kizuki-csv-${stamp}.zip`;
    const detail: CsvExportReportDetail = { conversions: outcome.conversions, excluded: outcome.excluded, skipped: outcome.skipped };
    const report = Buffer.from(JSON.stringify(detail)).toString('base64url');
    return c.body(Buffer.from(csvZip(outcome.files)), 200, {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="${name}"`,
      'X-Kizuki-Csv-Files': String(outcome.files.length),
      'X-Kizuki-Csv-Conversions': String(outcome.conversions.length),
      'X-Kizuki-Csv-Excluded': String(outcome.excluded.length),
      // Conversions and exclusions in full when they fit a header (base64url JSON).
      ...(report.length <= 6000 ? { 'X-Kizuki-Csv-Report': report } : {}),
    });
  });

  app.post('/csv/import', async (c) => {
    // A session acts inside its own organization; creating one from the files is the operator's step (docs/architecture.md).
    if (c.req.query('createOffice') !== undefined) {
      throw new KizukiError('forbidden', `送信元の事業所を組織として作成する取り込みは、画面やAPIからはできません。サーバーの管理者が kizuki csv import --create-office で行います（画面からの取り込みは、ログインしている組織「${c.get('actor').organization.name}」に入ります）。`);
    }
    const body = c.req.raw.body;
    if (!body) throw new KizukiError('bad_request', 'ZIPファイルを本文として送ってください。');
    const summary = await importCsv(deps, c.get('actor'), { zipStream: body as unknown as AsyncIterable<Uint8Array>, maxBytes: maxCsvUploadBytes });
    return c.json(summary);
  });
  return app;
}
