import { delegatedMonitoringRequestSchema, delegatedPlanSaveRequestSchema, preventionConfirmationRequestSchema } from '@kizuki/core';
import { documentBodySchemas, documentKindSchema, grantPurposeSchema, grantRequestSchema, grantRevokeRequestSchema, recordKindKeys, recordKindRule, recordKindSchema } from '@kizuki/core';
import { securitySettingsSchema, sessionAnswerSchema, twoFactorCodeRequestSchema } from '@kizuki/core';
import { z } from 'zod';
import { newUserRequestSchema } from './admin.routes.js';
import { loginRequestSchema, passwordChangeRequestSchema } from './auth.routes.js';

type Json = Record<string, unknown>;

function schemaOf(schema: z.ZodType): Json {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const jsonBody = (schema: Json) => ({ required: true, content: { 'application/json': { schema } } });
const jsonResponse = (description: string, schema?: Json) => ({
  description,
  ...(schema ? { content: { 'application/json': { schema } } } : {}),
});
const errors = {
  '400': jsonResponse('入力の誤り', ref('Error')),
  '401': jsonResponse('未ログイン', ref('Error')),
  '403': jsonResponse('権限なし・CSRF', ref('Error')),
  '404': jsonResponse('見つからない（他の組織のデータを含む）', ref('Error')),
};
const clientId = { name: 'clientId', in: 'path', required: true, schema: { type: 'string' } };
const documentId = { name: 'documentId', in: 'path', required: true, schema: { type: 'string' } };
const grantId = { name: 'grantId', in: 'path', required: true, schema: { type: 'string' } };
const recordId = { name: 'recordId', in: 'path', required: true, schema: { type: 'string' } };

/** The OpenAPI 3.1 description of the HTTP API, with request bodies from the shared zod schemas. */
export function buildOpenApiDocument(version: string): Json {
  const documentSchemas = Object.fromEntries(
    documentKindSchema.options.map((kind) => [`Document_${kind}`, schemaOf(documentBodySchemas[kind])]),
  );
  return {
    openapi: '3.1.0',
    info: { title: 'Kizuki API', version, description: 'ケアマネジメント支援 Kizuki（気づき）のAPI。エラーは {"error":{"code","message","details"}} で返します。' },
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'kizuki_session' },
        loginChallenge: { type: 'apiKey', in: 'cookie', name: 'kizuki_login' },
        csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} },
            },
          },
        },
        LoginRequest: schemaOf(loginRequestSchema),
        SessionAnswer: schemaOf(sessionAnswerSchema),
        PasswordChangeRequest: schemaOf(passwordChangeRequestSchema),
        TwoFactorCodeRequest: schemaOf(twoFactorCodeRequestSchema),
        SecuritySettings: schemaOf(securitySettingsSchema),
        NewUserRequest: schemaOf(newUserRequestSchema),
        GrantRequest: schemaOf(grantRequestSchema),
        GrantRevokeRequest: schemaOf(grantRevokeRequestSchema),
        ...documentSchemas,
        ...Object.fromEntries(recordKindKeys.map((kind) => [`Record_${kind}`, schemaOf(recordKindRule(kind).schema)])),
      },
    },
    security: [{ session: [], csrf: [] }],
    paths: {
      '/api/health': { get: { summary: '稼働確認', security: [], responses: { '200': jsonResponse('稼働中') } } },
      '/api/openapi.json': { get: { summary: 'このAPIの説明（OpenAPI 3.1）', security: [], responses: { '200': jsonResponse('OpenAPI の文書') } } },
      '/api/auth/login': {
        post: {
          summary: 'ログイン', security: [], requestBody: jsonBody(ref('LoginRequest')),
          responses: {
            '200': jsonResponse('ログイン成功（セッションCookieとCSRFトークン、core SessionAnswer）、または二要素認証の次の段階 { step: "code" | "enroll" }（kizuki_login Cookie、core LoginSecondStep）', {
              oneOf: [ref('SessionAnswer'), { type: 'object', required: ['step'], properties: { step: { enum: ['code', 'enroll'] } } }],
            }),
            '401': errors['401'],
            '429': jsonResponse('試行回数の制限', ref('Error')),
          },
        },
      },
      '/api/auth/login/code': {
        post: {
          summary: 'ログインの2段階目: 認証アプリの確認コードまたは回復コード { code }。正しければセッションを開きます',
          security: [{ loginChallenge: [] }],
          requestBody: jsonBody(ref('TwoFactorCodeRequest')),
          responses: { '200': jsonResponse('ログイン成功（セッションCookieとCSRFトークン）', ref('SessionAnswer')), ...errors, '429': jsonResponse('試行回数の制限', ref('Error')) },
        },
      },
      '/api/auth/login/enroll': {
        post: {
          summary: '二要素認証が必須で未設定の利用者のログイン中の設定開始: 秘密鍵と otpauth URI',
          security: [{ loginChallenge: [] }],
          responses: { '200': jsonResponse('{ secret, otpauthUri }'), ...errors },
        },
      },
      '/api/auth/login/enroll/confirm': {
        post: {
          summary: 'ログイン中の二要素認証の設定を確認コード { code } で確定し、セッションを開きます（回復コードを1回だけ返します）',
          security: [{ loginChallenge: [] }],
          requestBody: jsonBody(ref('TwoFactorCodeRequest')),
          responses: { '200': jsonResponse('セッションと recoveryCodes'), ...errors, '429': jsonResponse('試行回数の制限', ref('Error')) },
        },
      },
      '/api/auth/two-factor': { get: { summary: '自分の二要素認証の状態 { enabled, required, recoveryCodesLeft }', responses: { '200': jsonResponse('状態'), ...errors } } },
      '/api/auth/two-factor/enroll': { post: { summary: '二要素認証の設定開始: 新しい秘密鍵と otpauth URI（確定までは無効）', responses: { '200': jsonResponse('{ secret, otpauthUri }'), ...errors, '409': jsonResponse('設定済み', ref('Error')) } } },
      '/api/auth/two-factor/confirm': {
        post: { summary: '二要素認証の設定を確認コード { code } で確定（回復コードを1回だけ返します）', requestBody: jsonBody(ref('TwoFactorCodeRequest')), responses: { '200': jsonResponse('{ recoveryCodes }'), ...errors } },
      },
      '/api/auth/two-factor/recovery-codes': {
        post: { summary: '回復コードの作り直し（確認コード { code } が必要。古いコードは無効）', requestBody: jsonBody(ref('TwoFactorCodeRequest')), responses: { '200': jsonResponse('{ recoveryCodes }'), ...errors } },
      },
      '/api/auth/two-factor/disable': {
        post: { summary: '二要素認証の解除（確認コード { code } が必要。役割や組織の設定で必須のときは 403）', requestBody: jsonBody(ref('TwoFactorCodeRequest')), responses: { '204': jsonResponse('解除しました'), ...errors } },
      },
      '/api/auth/logout': { post: { summary: 'ログアウト', responses: { '204': jsonResponse('ログアウトしました') } } },
      '/api/auth/password': {
        post: {
          summary: '自分のパスワードの変更 { currentPassword, newPassword }。ほかの端末のセッションは終了します',
          requestBody: jsonBody(ref('PasswordChangeRequest')),
          responses: { '204': jsonResponse('変更しました'), ...errors },
        },
      },
      '/api/auth/logout-all': { post: { summary: 'すべての端末からログアウト（この端末も）', responses: { '200': jsonResponse('終了したセッションの数'), ...errors } } },
      '/api/auth/me': { get: { summary: 'ログイン中の利用者', responses: { '200': jsonResponse('セッション', ref('SessionAnswer')), '401': errors['401'] } } },
      '/api/clients': {
        get: { summary: '利用者一覧（フリガナ順、q で氏名・フリガナ・被保険者番号を検索）', parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }], responses: { '200': jsonResponse('一覧'), '401': errors['401'] } },
        post: { summary: '利用者の登録', requestBody: jsonBody(ref('Document_client')), responses: { '201': jsonResponse('登録しました'), ...errors, '409': jsonResponse('同じ被保険者番号の利用者がいます', ref('Error')) } },
      },
      '/api/clients/{clientId}': { get: { summary: 'ケースファイル（全書類の最新版）。閲覧は記録されます', parameters: [clientId], responses: { '200': jsonResponse('ケースファイル（core CaseFileAnswer）'), ...errors } } },
      '/api/clients/{clientId}/documents': {
        get: { summary: '書類一覧', parameters: [clientId, { name: 'kind', in: 'query', schema: schemaOf(documentKindSchema) }], responses: { '200': jsonResponse('書類'), ...errors } },
        post: { summary: '書類の作成（第1版）', parameters: [clientId], requestBody: jsonBody({ type: 'object', required: ['kind', 'body'], properties: { kind: schemaOf(documentKindSchema), body: { type: 'object' } } }), responses: { '201': jsonResponse('作成しました'), ...errors } },
      },
      '/api/clients/{clientId}/documents/{documentId}': {
        get: { summary: '書類（最新版）', parameters: [clientId, documentId], responses: { '200': jsonResponse('書類'), ...errors } },
        put: {
          summary: '書類の保存（新しい版を追加）。baseRevision が最新でなければ409と最新版を返し、何も上書きしません',
          parameters: [clientId, documentId],
          requestBody: jsonBody({ type: 'object', required: ['baseRevision', 'body'], properties: { baseRevision: { type: 'integer', minimum: 1 }, body: { type: 'object' } } }),
          responses: { '200': jsonResponse('保存しました'), ...errors, '409': jsonResponse('他の人が先に保存しました（details.current に最新版）', ref('Error')) },
        },
      },
      '/api/clients/{clientId}/documents/{documentId}/revisions': { get: { summary: '版の履歴', parameters: [clientId, documentId], responses: { '200': jsonResponse('履歴'), ...errors } } },
      '/api/clients/{clientId}/documents/{documentId}/revisions/{revision}': {
        get: { summary: '特定の版', parameters: [clientId, documentId, { name: 'revision', in: 'path', required: true, schema: { type: 'integer' } }], responses: { '200': jsonResponse('書類'), ...errors } },
      },
      '/api/dashboard': {
        get: { summary: 'ダッシュボード: モニタリング未実施、認定期間の終了が近い、会議・同意・交付待ちの計画、再アセスメント、利用者ごとの気づき', responses: { '200': jsonResponse('対応が必要な項目'), '401': errors['401'], '403': errors['403'] } },
      },
      '/api/policies': { get: { summary: 'ポリシーパックの一覧', responses: { '200': jsonResponse('パックの一覧'), '401': errors['401'] } } },
      '/api/policies/{policyId}': {
        get: { summary: 'ポリシーパック（継承を解決したもの）', parameters: [{ name: 'policyId', in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': jsonResponse('パック'), ...errors } },
      },
      '/api/audit': {
        post: {
          summary: 'ケースファイル（JSON）の点検。既定は保険者のパック',
          requestBody: jsonBody({ type: 'object', properties: { caseFile: { type: 'object' }, caseFiles: { type: 'array', items: { type: 'object' } }, policy: { type: 'string' }, asOf: { type: 'string', format: 'date' } } }),
          responses: { '200': jsonResponse('点検結果（kizuki audit の JSON と同じ形）'), ...errors },
        },
      },
      '/api/clients/{clientId}/audit': {
        get: { summary: '利用者の気づき（保険者のパックで点検）。閲覧は記録されます', parameters: [clientId, { name: 'asOf', in: 'query', schema: { type: 'string', format: 'date' } }], responses: { '200': jsonResponse('点検結果'), ...errors } },
      },
      '/api/clients/{clientId}/policy': { get: { summary: '利用者に適用されるポリシーパック', parameters: [clientId], responses: { '200': jsonResponse('パック'), ...errors } } },
      '/api/audit/csv': {
        post: {
          summary: 'ケアプランデータ連携CSV（ZIP）のケアプラン点検。保存はしません',
          parameters: [{ name: 'policy', in: 'query', schema: { type: 'string' } }, { name: 'asOf', in: 'query', schema: { type: 'string', format: 'date' } }],
          requestBody: { required: true, content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } } },
          responses: { '200': jsonResponse('点検結果と読み込んだ送信単位'), ...errors },
        },
      },
      '/api/csv/import': {
        post: {
          summary: 'ケアプランデータ連携CSV（ZIP）を、ログインしている組織に取り込み。送信単位ごとに全部か無し',
          parameters: [
            {
              name: 'createOffice',
              in: 'query',
              schema: { type: 'string' },
              description: '指定すると 403 forbidden（どの役割でも）。送信元の事業所を組織として作成する取り込みは、サーバーで kizuki csv import --create-office を使います',
            },
          ],
          requestBody: { required: true, content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } } },
          responses: {
            '200': jsonResponse('取り込み結果（units・ignored・totals）、取り込み先の組織（organization）、送信元の事業所（senders: officeNumber・serviceType・name・kind、sameOffice はログインしている組織と同じ事業所番号か）。core CsvImportReport'),
            ...errors,
          },
        },
      },
      '/api/clients/{clientId}/csv-export': {
        post: {
          summary: '現在の計画（month があればその月のサービス利用票）をケアプランデータ連携CSV（標準仕様 v4.1）のZIPで書き出し',
          parameters: [
            clientId,
            {
              name: 'month',
              in: 'query',
              schema: { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$', examples: ['2025-04'] },
              description: '対象年月 YYYY-MM。指定するとその月の第6表（UPPLAN）・第7表（UPSIKYU）・利用者補足（UPHOSOKU）を送信単位ごとに書き出します',
            },
          ],
          requestBody: jsonBody({ type: 'object', properties: { to: { type: 'string', description: '送信先 事業所番号:サービス種類コード' } } }),
          responses: { '200': { description: 'ZIP', content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } } }, ...errors },
        },
      },
      '/api/clients/{clientId}/fhir': {
        get: { summary: 'ケースファイルを FHIR R4 Bundle で書き出し。閲覧は記録されます', parameters: [clientId], responses: { '200': { description: 'FHIR R4 Bundle', content: { 'application/fhir+json': { schema: { type: 'object' } } } }, ...errors } },
      },
      '/api/admin/users': {
        get: { summary: '組織のアカウント一覧（管理者）', responses: { '200': jsonResponse('アカウント'), ...errors } },
        post: { summary: 'アカウントの追加（管理者）', requestBody: jsonBody(ref('NewUserRequest')), responses: { '201': jsonResponse('追加しました'), ...errors } },
      },
      '/api/grants': {
        get: { summary: '自分の組織が与えた共有の許可の一覧（新しい順）', responses: { '200': jsonResponse('共有の許可（core GivenGrant）'), ...errors } },
        post: {
          summary: '共有の許可を作成（利用者の書類を他の組織に共有）。revision を省くと現在の版。作成は双方の閲覧記録に残ります',
          requestBody: jsonBody(ref('GrantRequest')),
          responses: { '201': jsonResponse('作成しました'), ...errors },
        },
      },
      '/api/grants/candidates': {
        get: {
          summary: '目的に合う共有先の組織（ケアプラン点検では利用者の保険者）',
          parameters: [{ name: 'purpose', in: 'query', required: true, schema: schemaOf(grantPurposeSchema) }, { name: 'clientId', in: 'query', schema: { type: 'string' } }],
          responses: { '200': jsonResponse('組織（core GranteeCandidate）'), ...errors },
        },
      },
      '/api/grants/{grantId}/revoke': {
        post: {
          summary: '共有の許可の取り消し。すでに取り消し済みなら409',
          parameters: [grantId],
          requestBody: jsonBody(ref('GrantRevokeRequest')),
          responses: { '200': jsonResponse('取り消しました'), ...errors, '409': jsonResponse('すでに取り消されています', ref('Error')) },
        },
      },
      '/api/shared': { get: { summary: '自分の組織に共有されている書類（有効な共有の許可のみ）', responses: { '200': jsonResponse('共有の許可と共有元（core ReceivedGrant）'), ...errors } } },
      '/api/shared/{grantId}/documents/{documentId}': {
        get: {
          summary: '共有された書類（共有された版）。閲覧は双方の閲覧記録に残ります。許可がない・取り消し・期限切れは404',
          parameters: [grantId, documentId, { name: 'revision', in: 'query', schema: { type: 'integer', minimum: 1 } }],
          responses: { '200': jsonResponse('書類'), ...errors },
        },
      },
      '/api/records': {
        get: {
          summary: '組織の記録の一覧（自分の組織の記録、自分の組織宛ての記録、管内に公開された記録）。kind ごとの本文は Record_<kind>',
          parameters: [
            { name: 'kind', in: 'query', required: true, schema: schemaOf(recordKindSchema) },
            { name: 'scope', in: 'query', schema: { type: 'string', enum: ['own', 'received', 'all'] } },
          ],
          responses: { '200': jsonResponse('記録'), ...errors },
        },
        post: {
          summary: '組織の記録の作成 { kind, body }。本文は種類ごとのスキーマ（Record_<kind>）で検証。作成は閲覧記録に残ります',
          requestBody: jsonBody({ type: 'object', required: ['kind', 'body'], properties: { kind: schemaOf(recordKindSchema), body: {} } }),
          responses: { '201': jsonResponse('作成しました'), ...errors },
        },
      },
      '/api/records/{recordId}': {
        get: { summary: '組織の記録（現在の版）。読めない記録は404。他の組織の記録の閲覧は双方の閲覧記録に残ります', parameters: [recordId], responses: { '200': jsonResponse('記録'), ...errors } },
        put: {
          summary: '組織の記録の保存 { baseRevision, body, note }。古い版からは409、確定した記録は409、確認済みの記録は理由（note）が必要',
          parameters: [recordId],
          requestBody: jsonBody({ type: 'object', required: ['baseRevision', 'body'], properties: { baseRevision: { type: 'integer', minimum: 1 }, body: {}, note: { type: 'string' } } }),
          responses: { '200': jsonResponse('保存しました'), ...errors, '409': jsonResponse('先に保存された版がある、または確定済み', ref('Error')) },
        },
      },
      '/api/records/{recordId}/revisions': { get: { summary: '組織の記録の版の一覧（保存者・理由）', parameters: [recordId], responses: { '200': jsonResponse('版'), ...errors } } },
      '/api/records/{recordId}/revisions/{revision}': {
        get: { summary: '組織の記録の過去の版', parameters: [recordId, { name: 'revision', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }], responses: { '200': jsonResponse('記録'), ...errors } },
      },
      '/api/area/offices': { get: { summary: '管内の事業所（保険者の職員のみ）', responses: { '200': jsonResponse('事業所'), ...errors } } },
      '/api/office/month': {
        get: {
          summary: '事業所の月の担当件数（介護支援専門員ごと・取扱件数・逓減）と特定事業所加算の要件判定、介護支援専門員ごとの研修計画の実施状況（事業所の管理者・介護支援専門員）',
          parameters: [{ name: 'month', in: 'query', schema: { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$' }, description: '対象の月（省略時は今月）' }],
          responses: { '200': jsonResponse('担当件数と加算の判定（core OfficeMonth）'), ...errors },
        },
      },
      '/api/office/concentration': {
        get: {
          summary: '特定事業所集中減算の判定（判定期間ごと・サービスごとの事業者の割合、正当な理由、提出期限）',
          parameters: [{ name: 'period', in: 'query', schema: { type: 'string', pattern: '^\\d{4}-(03|09)-01$' }, description: '判定期間の開始日（省略時は直前の判定期間）' }],
          responses: { '200': jsonResponse('判定（core OfficeConcentration）'), ...errors },
        },
      },
      '/api/office/notifications': {
        get: {
          summary: '市町村への届出（第13条第十八号の二: 生活援助中心型の訪問介護が告示の回数以上の計画、第十八号の三: 区分支給限度基準額に占める割合7割以上かつ訪問介護6割以上）。月の利用票から数える（事業所の管理者・介護支援専門員）',
          parameters: [{ name: 'month', in: 'query', schema: { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$' }, description: '対象の月（省略時は今月）。形が違うと 400 validation_failed' }],
          responses: { '200': jsonResponse('届出の一覧と事業所の割合（core OfficeNotifications）'), ...errors },
        },
      },
      '/api/office/emergency-list': { get: { summary: '安否確認の一覧（利用者ごとの緊急連絡先・主治医・医療依存度・移動・避難の支援、優先度順）。各利用者の閲覧を記録', responses: { '200': jsonResponse('一覧（core OfficeEmergencyList）'), ...errors } } },
      '/api/office/quality-template': { get: { summary: '質の自己評価のひな形（事業所の保険者の方針パックの点検項目）', responses: { '200': jsonResponse('ひな形（core OfficeQualityTemplate）'), ...errors } } },
      '/api/office/due': { get: { summary: '事業所の期限（年1回の研修・訓練、研修計画の今月の予定と遅れ、採用時研修、資格の更新、判定書、BCPの未記入項目と見直し）', responses: { '200': jsonResponse('期限（core OfficeDue）'), ...errors } } },
      '/api/region/resources/import': {
        post: {
          summary: '社会資源の一覧をCSVから取り込む（保険者・地域包括支援センターの職員）：UTF-8 または Shift_JIS、見出しは日本語（名称・種別・日常生活圏域・地区・内容・曜日・時間・情報の管理者 …）。1行でも誤り（一覧にすでにある名称と地区を含む）があれば何も取り込まず、400 validation_failed の details.rows に行・列・理由',
          requestBody: { required: true, content: { 'text/csv': { schema: { type: 'string', format: 'binary' } } } },
          responses: { '201': jsonResponse('取り込み結果（encoding・imported）'), ...errors },
        },
      },
      '/api/region/resources.csv': {
        get: {
          summary: '読める社会資源（自組織と管内）をCSVで（取り込みと同じ見出し）。Shift_JIS で表せない文字は置き換え、その数を X-Kizuki-Csv-Conversions に',
          parameters: [{ name: 'encoding', in: 'query', schema: { type: 'string', enum: ['utf-8', 'shift_jis'], default: 'utf-8' } }],
          responses: { '200': { description: 'CSVファイル', content: { 'text/csv': { schema: { type: 'string', format: 'binary' } } } }, ...errors },
        },
      },
      '/api/region/resources/provider-candidates': {
        get: {
          summary: '計画に記載された介護保険サービス事業所（未登録）（保険者・地域包括支援センターの職員）：読める計画（包括は自らの利用者と委託した介護予防の計画・利用票、保険者はケアプラン点検の共有の許可で読める計画・利用票）の第2表・支援計画・第6表にある事業所番号ごとに、名称（最も多い書き方）・サービス種類・内容タグ・記載した計画の数・利用票の月数・最後の記載日。全角数字やハイフンの番号も読み、社会資源の一覧にある事業所番号は除く。利用者の氏名・番号は含まない。登録は /api/records（kind region_resource）',
          responses: { '200': jsonResponse('候補（core ProviderCandidatesAnswer）'), ...errors },
        },
      },
      '/api/region/issues': {
        get: {
          summary: '地域課題の一覧（自組織と管内）。各課題の根拠（結び付けた不足している資源・地域ケア会議）を四半期ごとに数えたもの（evidence）と、まだどの課題にも結び付いていない地域ケア会議の地域課題の候補（candidates）。課題の作成・更新は /api/records（kind region_issue）で、状態の順序（把握→協議体で検討→資源開発中→解決／施策化）と根拠の記録を確かめる',
          responses: { '200': jsonResponse('地域課題と根拠（core IssueEvidence）、候補（core OpenMeetingCandidate）'), ...errors },
        },
      },
      '/api/region/issues/agenda': {
        get: {
          summary: '協議体（ささえあい会議）の資料：課題ごとに内容・分類（地域ケア会議の5つの機能）・四半期ごとの根拠の数・結び付けた会議（日付と種類のみ）・状態。個人を特定する情報は含まない',
          parameters: [{ name: 'status', in: 'query', schema: { type: 'string' }, description: '状態をカンマ区切りで（identified, council, developing, resolved, policy）。省略時はすべて。ない状態は 400 bad_request' }],
          responses: { '200': jsonResponse('資料（core CouncilAgenda）'), ...errors },
        },
      },
      '/api/region/reports/unmet': {
        get: {
          summary: '不足している資源の集計：日常生活圏域・種別・年度の四半期ごとの件数（最初の記録から今日の四半期まで、件数0の四半期も含む）',
          responses: { '200': jsonResponse('集計（core UnmetReport）'), ...errors },
        },
      },
      '/api/community-meetings/presentations': {
        post: {
          summary: '地域ケア会議に事例を提出する（居宅介護支援事業所・地域包括支援センターの職員）：ケースファイル（利用者基本情報・アセスメント・居宅サービス計画 第1〜3表）から提出シート（本人の状況・課題・目標・支援内容・検討したいこと）を作り、仮名化（氏名→イニシャル、住所→日常生活圏域、生年月日→年齢層、被保険者番号なし。shown で実名・詳細な住所・主治医名・家族等の氏名を表示）。目的 community_care_meeting の共有の許可（元の書類の版を固定）と提出の記録を一度に保存。個人情報が残ると 400 validation_failed（何が残ったか）で何も保存しない',
          requestBody: jsonBody({ type: 'object', required: ['clientId', 'meetingOrganizationId', 'area', 'questions', 'validUntil'], properties: { clientId: { type: 'string' }, meetingOrganizationId: { type: 'string' }, area: { type: 'string' }, questions: { type: 'string' }, validUntil: { type: 'string', format: 'date' }, meetingNote: { type: 'string' }, shown: { type: 'object', properties: { realName: { type: 'boolean' }, detailedAddress: { type: 'boolean' }, physician: { type: 'boolean' }, familyNames: { type: 'boolean' } } } } }),
          responses: { '201': jsonResponse('提出の記録（presentation）と共有の許可（grant）'), ...errors },
        },
        get: {
          summary: '自組織が提出した事例（利用者ごと）と共有の状態、会議の確定後はその助言・合意した取り組み・期間毎の到達目標・自立の合意・ケアプラン見直しの提案（result）',
          parameters: [{ name: 'clientId', in: 'query', schema: { type: 'string' }, description: '利用者（省略時はすべて）。ほかの組織の利用者は 404' }],
          responses: { '200': jsonResponse('提出の一覧（core OwnPresentation）'), ...errors },
        },
      },
      '/api/community-meetings/received': {
        get: { summary: '自組織（地域包括支援センター・保険者）に提出され、共有の許可が有効な事例の一覧（提出シートのみ。利用者IDや氏名は含まない）。どの会議の記録に載せたかも', responses: { '200': jsonResponse('提出された事例（core ReceivedPresentation）'), ...errors } },
      },
      '/api/community-meetings/received/{ownerId}/{presentationId}': {
        get: {
          summary: '提出された事例の提出シートを共有の許可を通して読む。許可がない・取り消された・期限切れは 404。閲覧は双方の閲覧記録に残る',
          parameters: [
            { name: 'ownerId', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'presentationId', in: 'path', required: true, schema: { type: 'string' } },
          ],
          responses: { '200': jsonResponse('提出シート（core ReceivedPresentation）'), ...errors },
        },
      },
      '/api/community-meetings/{id}/finalize': {
        post: {
          summary: '地域ケア会議の記録（/api/records の kind community_care_meeting）を確定する。事例ごとに助言と合意した取り組みを、提出した事業所のケースファイルの支援経過（第5表、項目「地域ケア個別会議の助言」）と提出の記録へ、共有の許可を通して書く。すべて1つのトランザクション。許可が取り消された事例があれば 404 で何も保存しない',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: jsonBody({ type: 'object', required: ['baseRevision'], properties: { baseRevision: { type: 'integer', minimum: 1 } } }),
          responses: { '200': jsonResponse('確定した記録（meeting）と届けた件数（delivered）'), ...errors },
        },
      },
      '/api/prevention/delegations': {
        get: { summary: '委託状況（地域包括支援センターの職員）：有効な介護予防支援の委託（目的 delegated_prevention の共有の許可）の利用者ごとの計画の状態（計画未作成・確認待ち・確認済み）・モニタリングの期限超過と、委託先の事業所ごとの件数（core DelegationOverview）', responses: { '200': jsonResponse('委託状況'), ...errors } },
      },
      '/api/prevention/plans/{documentId}/confirmation': {
        post: {
          summary: '地域包括支援センター確認欄の記録（委託元のセンターの職員のみ）：確認した版（planRevision）に確認日・確認者・意見を記録し新しい版を保存。委託の共有がない計画は400、確認後に計画が更新されていれば409 revision_conflict、委託先の事業所は403',
          parameters: [documentId],
          requestBody: jsonBody(schemaOf(preventionConfirmationRequestSchema)),
          responses: { '200': jsonResponse('確認を記録した計画'), ...errors },
        },
      },
      '/api/prevention/delegated': {
        get: { summary: '自事業所に委託された利用者（有効な共有の許可のみ、core ReceivedDelegation）', responses: { '200': jsonResponse('委託された利用者'), ...errors } },
      },
      '/api/prevention/delegated/{grantId}/clients/{clientId}': {
        get: { summary: '委託された利用者の現在の介護予防サービス・支援計画書とモニタリング（共有の許可を通して読む。取り消し・期限切れは404、閲覧は双方の閲覧記録に残る）', parameters: [grantId, clientId], responses: { '200': jsonResponse('core DelegatedClientFile'), ...errors } },
      },
      '/api/prevention/delegated/{grantId}/clients/{clientId}/monitorings': {
        post: {
          summary: '委託先の介護支援専門員がモニタリングを記録する（センターのケースファイルに、モニタリングを種類ごとに共有する委託を通して）。不正な入力は400で何も保存しない。取り消し・期限切れは404',
          parameters: [grantId, clientId],
          requestBody: jsonBody(schemaOf(delegatedMonitoringRequestSchema)),
          responses: { '201': jsonResponse('記録したモニタリング'), ...errors },
        },
      },
      '/api/prevention/delegated/{grantId}/clients/{clientId}/plan': {
        put: {
          summary: '委託先の介護支援専門員が計画を保存する（センターのケースファイルに、共有の許可を通して）。最初の計画は作成、以降は baseRevision が必要。地域包括支援センター確認欄を変えようとすると403で何も保存しない',
          parameters: [grantId, clientId],
          requestBody: jsonBody(schemaOf(delegatedPlanSaveRequestSchema)),
          responses: { '200': jsonResponse('保存した計画'), ...errors },
        },
      },
      '/api/policy/start': {
        get: {
          summary: '基本方針の新しい下書きの出発点（保険者の職員）：最新の公開版（latest）または同梱の方針（bundled）のYAMLと、次の版番号',
          parameters: [{ name: 'from', in: 'query', schema: { type: 'string', enum: ['latest', 'bundled'] } }],
          responses: { '200': jsonResponse('出発点'), ...errors },
        },
      },
      '/api/policy/preview': {
        post: {
          summary: '編集中の方針パックの確認（保険者の職員）：検証（誤りは項目ごと）、適用中の版との違い、見本の計画で変わる気づき。保存しません',
          requestBody: jsonBody({ type: 'object', required: ['source'], properties: { source: { type: 'string' }, version: { type: 'string' } } }),
          responses: { '200': jsonResponse('違いと気づきの変化'), ...errors },
        },
      },
      '/api/policy/versions/{recordId}': {
        get: { summary: '基本方針の版（読める記録のみ）を継承を解決した形で', parameters: [recordId, { name: 'revision', in: 'query', schema: { type: 'integer', minimum: 1 } }], responses: { '200': jsonResponse('解決した方針パック'), ...errors } },
      },
      '/api/policy/diff': {
        get: {
          summary: '基本方針の2つの版の違い（原則・点検項目・ルールと重み・語彙）と、その日本語の説明',
          parameters: [
            { name: 'from', in: 'query', required: true, schema: { type: 'string' } },
            { name: 'to', in: 'query', required: true, schema: { type: 'string' } },
          ],
          responses: { '200': jsonResponse('違い'), ...errors },
        },
      },
      '/api/inspection/offices': { get: { summary: 'ケアプラン点検の計画に載せられる事業所（保険者は管内、事業所は自己点検の自分）', responses: { '200': jsonResponse('事業所'), ...errors } } },
      '/api/inspection/cases/{caseId}/proposals': {
        get: { summary: '点検の事例に提出できる自事業所の計画と、抽出の観点による無作為の提案（事業所の職員）', parameters: [{ name: 'caseId', in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': jsonResponse('候補'), ...errors } },
      },
      '/api/inspection/cases/{caseId}/submit': {
        post: {
          summary: '計画を点検に提出 { clientId, revised? }：現在の版を目的 care_plan_inspection の共有の許可で保険者に共有し、回答 inspection_reply に記録（自己点検では事例に直接記録）',
          parameters: [{ name: 'caseId', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: jsonBody({ type: 'object', required: ['clientId'], properties: { clientId: { type: 'string' }, revised: { type: 'boolean' } } }),
          responses: { '201': jsonResponse('提出しました'), ...errors },
        },
      },
      '/api/inspection/cases/{caseId}/plan': {
        get: {
          summary: '点検者が読む、提出された（which=revised なら見直した）計画と自動の気づき。共有の許可が無効なら 404',
          parameters: [{ name: 'caseId', in: 'path', required: true, schema: { type: 'string' } }, { name: 'which', in: 'query', schema: { type: 'string', enum: ['submitted', 'revised'] } }],
          responses: { '200': jsonResponse('計画と気づき'), ...errors },
        },
      },
      '/api/inspection/cases/{caseId}/csv': {
        post: {
          summary: '点検の事例に、事業所から届いたケアプランデータ連携CSV（ZIP）の計画を取り込む（点検者）。insuredNumber で利用者を選び、note は取り込みの記録に残ります',
          parameters: [
            { name: 'caseId', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'insuredNumber', in: 'query', schema: { type: 'string' } },
            { name: 'note', in: 'query', schema: { type: 'string' } },
          ],
          requestBody: { required: true, content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } } },
          responses: { '200': jsonResponse('取り込んだ計画'), ...errors },
        },
      },
      '/api/inspection/summary-draft': {
        get: { summary: '年度の点検の記録から作る総評の下書き（氏名・番号を伏せたもの）', parameters: [{ name: 'fiscalYear', in: 'query', required: true, schema: { type: 'integer' } }], responses: { '200': jsonResponse('下書き'), ...errors } },
      },
      '/api/effect/aggregates': { get: { summary: '方針の効果検証：事業所が保険者に送る匿名集計（月ごと・規則ごとの計画数）と送付済みの記録（事業所の管理者のみ）', responses: { '200': jsonResponse('集計'), ...errors } } },
      '/api/effect/participation': {
        put: { summary: '方針の効果検証への参加・参加の取りやめ { optedIn }（事業所の管理者のみ）。保険者宛ての記録 effect_participation に残ります', requestBody: jsonBody({ type: 'object', required: ['optedIn'], properties: { optedIn: { type: 'boolean' } } }), responses: { '200': jsonResponse('保存しました'), ...errors } },
      },
      '/api/effect/aggregates/send': { post: { summary: '匿名集計を月ごとの effect_aggregate として保険者に送る・更新する（参加している事業所の管理者のみ）', responses: { '200': jsonResponse('件数'), ...errors } } },
      '/api/effect/report': { get: { summary: '方針の効果：点検で共有された計画の気づきと、事業所の匿名集計（保険者の職員のみ）', responses: { '200': jsonResponse('集計'), ...errors } } },
      '/api/effect/benefit-review': {
        get: { summary: '給付実績の活用（計画と利用票・認定の突き合わせ）。事業所は自分の利用者、保険者は点検で共有された書類', parameters: [{ name: 'asOf', in: 'query', schema: { type: 'string', format: 'date' } }], responses: { '200': jsonResponse('結果'), ...errors } },
      },
      '/api/admin/security': {
        get: { summary: 'セキュリティ設定（管理者）: 二要素認証を必須にするか、閲覧記録の保存期間とその根拠', responses: { '200': jsonResponse('設定'), ...errors } },
        put: { summary: 'セキュリティ設定の保存（管理者）', requestBody: jsonBody(ref('SecuritySettings')), responses: { '200': jsonResponse('設定'), ...errors } },
      },
      '/api/admin/access-log': { get: { summary: '閲覧記録（管理者）', parameters: [{ name: 'clientId', in: 'query', schema: { type: 'string' } }], responses: { '200': jsonResponse('記録'), ...errors } } },
      '/api/admin/access-log.csv': {
        get: { summary: '閲覧記録のCSV（管理者）。条件は /api/admin/access-log と同じ', parameters: [{ name: 'clientId', in: 'query', schema: { type: 'string' } }], responses: { '200': { description: 'CSVファイル', content: { 'text/csv': { schema: { type: 'string', format: 'binary' } } } }, ...errors } },
      },
    },
  };
}
