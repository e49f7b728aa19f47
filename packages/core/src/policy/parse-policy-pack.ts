import { parse as parseYaml, YAMLParseError } from 'yaml';
import { KizukiError, type FieldIssue } from '../errors/kizuki-error.js';
import { japaneseErrorMap } from '../domain/japanese-error-map.js';
import { toFieldIssues } from '../domain/validate-document.js';
import { policyPackSchema, type PolicyPack } from './policy-pack.schema.js';

function invalid(sourceName: string, issues: FieldIssue[], what: string): KizukiError {
  const first = issues[0];
  const where = first && first.path !== '' ? `（${first.path}）` : '';
  return new KizukiError(
    'validation_failed',
    `ポリシーパック ${sourceName} の${what}に${issues.length}件の誤りがあります: ${first?.message ?? ''}${where}`,
    { source: sourceName, issues },
  );
}

/**
 * Parses and validates one policy pack authored in YAML. Pure: the caller reads the file.
 * `sourceName` (usually the file name) names the pack in error messages.
 *
 * @throws KizukiError('validation_failed') with a Japanese message naming the file and the
 *   first problem's path, and `details.issues` listing every problem.
 */
export function parsePolicyPack(yamlText: string, sourceName: string): PolicyPack {
  let data: unknown;
  try {
    // Duplicate keys are an error (uniqueKeys) so a repeated rule id cannot hide the first one.
    data = parseYaml(yamlText, { uniqueKeys: true });
  } catch (error) {
    // The yaml library reports a bad alias (no such anchor, or too many expansions) as a ReferenceError.
    if (error instanceof ReferenceError) {
      const message = error.message.startsWith('Excessive alias count') ? 'YAMLの別名（*）の展開が多すぎます' : 'YAMLの別名（*）が指すアンカー（&）がありません';
      throw invalid(sourceName, [{ path: '', message }], 'YAML');
    }
    if (!(error instanceof YAMLParseError)) throw error;
    const line = error.linePos?.[0].line;
    const message = line === undefined ? `YAMLの構文が正しくありません（${error.code}）` : `${line}行目: YAMLの構文が正しくありません（${error.code}）`;
    throw invalid(sourceName, [{ path: '', message, code: error.code }], 'YAML');
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw invalid(sourceName, [{ path: '', message: 'パックの内容は項目のまとまり（マッピング）で書いてください' }], '内容');
  }
  const result = policyPackSchema.safeParse(data, { error: japaneseErrorMap });
  if (!result.success) throw invalid(sourceName, toFieldIssues(result.error.issues), '内容');
  return result.data;
}
