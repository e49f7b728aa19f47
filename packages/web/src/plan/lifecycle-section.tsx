import { consentMethods, formatWareki, meetingOccasionLabels, planStatusLabels, type CarePlan, type CareTeamMeeting } from '@kizuki/core';
import { useState } from 'react';
import { CheckboxField, DateField, ItemNotes, SelectField, TextArea, TextField, fieldDomId } from '../editing/index.js';
import { activatePlan, deliveryWithProviders, individualPlansWithProviders, lifecycleSteps, markMeetingHeld, recordConsent, recordDelivery, type LifecycleResult } from './lifecycle.js';
import type { PlanSectionProps } from './section-props.js';

const consentMethodLabels: Record<(typeof consentMethods)[number], string> = { signature: '署名', seal: '記名押印', electronic: '電磁的方法', other: 'その他' };
const consentMethodOptions = consentMethods.map((value) => ({ value, label: consentMethodLabels[value] }));

function meetingLabel(meeting: CareTeamMeeting): string {
  const kind = meeting.kind === 'inquiry' ? '照会' : '担当者会議';
  const occasion = meeting.occasion ? `・${meetingOccasionLabels[meeting.occasion]}` : '';
  return `${formatWareki(meeting.date)} ${kind}${occasion}`;
}

interface LifecycleSectionProps extends PlanSectionProps {
  /** Saves the plan at once (a lifecycle step is a record, not a draft); resolves to a Japanese message when it could not. */
  commit: (next: CarePlan) => Promise<string | undefined>;
}

/** 手続き: meeting held, explanation and consent, delivery, activation; forward only, with what is missing. */
export function LifecycleSection(props: LifecycleSectionProps) {
  const { plan, fields, caseFile, commit, readOnly } = props;
  const [message, setMessage] = useState<{ kind: 'error' | 'done'; text: string } | undefined>();
  const [busy, setBusy] = useState(false);
  const meetings = caseFile.careTeamMeetings;
  const steps = lifecycleSteps(plan, meetings);
  const delivery = deliveryWithProviders(plan);
  const servicePlans = individualPlansWithProviders(plan);
  const updateServicePlan = (i: number, key: 'requestedOn' | 'receivedOn', value: string | undefined) =>
    fields.update(['individualServicePlans'], servicePlans.map((row, j) => (j === i ? { ...row, [key]: value } : row)));
  const meetingOptions = [...meetings].sort((a, b) => (a.date < b.date ? 1 : -1)).map((m) => ({ value: m.id, label: meetingLabel(m) }));

  const run = async (result: LifecycleResult, done: string) => {
    if (!result.ok) {
      setMessage({ kind: 'error', text: result.message });
      return;
    }
    setBusy(true);
    try {
      const problem = await commit(result.plan);
      setMessage(problem ? { kind: 'error', text: problem } : { kind: 'done', text: done });
    } catch (error) {
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : '記録できませんでした。' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="lifecycle-section">
      <p className="plan-status-line">
        現在の状態: <strong className={`status-badge status-${plan.status}`}>{planStatusLabels[plan.status]}</strong>
      </p>
      <ol className="lifecycle-steps" aria-label="手続きの進み具合">
        {steps.map((step) => (
          <li key={step.key} className={step.done ? 'step-done' : 'step-open'}>
            <span className="step-mark" aria-hidden="true">{step.done ? '✓' : '・'}</span>
            {step.label}
            {step.done ? '（済）' : step.missing.length > 0 ? `: 未入力 ${step.missing.join('、')}` : ''}
          </li>
        ))}
      </ol>
      {message && (
        <p className={message.kind === 'error' ? 'form-error' : 'notice'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}

      <fieldset className="form-group" disabled={readOnly || busy}>
        <legend>サービス担当者会議</legend>
        <SelectField label="第4表（担当者会議の要点・照会）" {...fields.choice(['meetingId'])} options={meetingOptions} emptyLabel="選んでください" hint={meetings.length === 0 ? '先に「担当者会議」タブで第4表を作成してください。' : undefined} />
        <CheckboxField label="軽微な変更（担当者会議を省略できる変更）" {...fields.flag(['minorChange'])} />
        {plan.minorChange && <TextArea label="軽微な変更の内容" {...fields.text(['minorChangeNote'])} rows={2} />}
        <button type="button" className="button button-primary" onClick={() => void run(markMeetingHeld(plan, plan.meetingId ?? '', meetings), '担当者会議の開催を記録しました。')} disabled={steps[0]!.done}>
          担当者会議の開催を記録
        </button>
      </fieldset>

      <fieldset className="form-group" disabled={readOnly || busy} id={fieldDomId(['consent'])} tabIndex={-1}>
        <legend>説明・同意（文書による同意）</legend>
        <ItemNotes path={['consent']} />
        <div className="field-row">
          <DateField label="説明・同意日" {...fields.text(['consent', 'date'])} />
          <TextField label="同意した人" {...fields.text(['consent', 'by'])} placeholder="本人の氏名、または家族の氏名" />
          <TextField label="続柄（家族の場合）" {...fields.text(['consent', 'relationship'])} size="short" />
          <SelectField label="同意の方法" {...fields.choice(['consent', 'method'])} options={consentMethodOptions} />
        </div>
        <button type="button" className="button button-primary" onClick={() => void run(recordConsent(plan, plan.consent ?? {}), '説明・同意を記録しました。')} disabled={steps[1]!.done}>
          説明・同意を記録
        </button>
      </fieldset>

      <fieldset className="form-group" disabled={readOnly || busy} id={fieldDomId(['delivery'])} tabIndex={-1}>
        <legend>交付（利用者と各サービス事業所へ）</legend>
        <ItemNotes path={['delivery']} />
        <DateField label="利用者への交付日" {...fields.text(['delivery', 'toClientOn'])} />
        {delivery.toProviders.length === 0 && <p className="field-hint">第2表に事業所のあるサービスがありません。</p>}
        {delivery.toProviders.map((row, i) => (
          <DateField
            key={row.id}
            label={`${row.providerName ?? row.officeNumber ?? '事業所'}への交付日`}
            path={['delivery', 'toProviders', i, 'deliveredOn']}
            value={row.deliveredOn}
            error={fields.error(['delivery', 'toProviders', i, 'deliveredOn'])}
            onChange={(value) => fields.update(['delivery'], { ...delivery, toProviders: delivery.toProviders.map((r, j) => (j === i ? { ...r, deliveredOn: value } : r)) })}
          />
        ))}
        <button type="button" className="button button-primary" onClick={() => void run(recordDelivery(plan, delivery), '交付を記録しました。')} disabled={steps[2]!.done}>
          交付を記録
        </button>
      </fieldset>

      <fieldset className="form-group" disabled={readOnly || busy} id={fieldDomId(['individualServicePlans'])} tabIndex={-1}>
        <legend>個別サービス計画（各事業所への提出依頼と受領）</legend>
        <ItemNotes path={['individualServicePlans']} />
        {servicePlans.length === 0 && <p className="field-hint">第2表に事業所のあるサービスがありません。</p>}
        {servicePlans.map((row, i) => (
          <div className="field-row" key={row.id}>
            <DateField
              label={`${row.providerName ?? row.officeNumber ?? '事業所'}に提出を依頼した日`}
              path={['individualServicePlans', i, 'requestedOn']}
              value={row.requestedOn}
              error={fields.error(['individualServicePlans', i, 'requestedOn'])}
              onChange={(value) => updateServicePlan(i, 'requestedOn', value)}
            />
            <DateField
              label={`${row.providerName ?? row.officeNumber ?? '事業所'}から受け取った日`}
              path={['individualServicePlans', i, 'receivedOn']}
              value={row.receivedOn}
              error={fields.error(['individualServicePlans', i, 'receivedOn'])}
              onChange={(value) => updateServicePlan(i, 'receivedOn', value)}
            />
          </div>
        ))}
      </fieldset>

      <fieldset className="form-group" disabled={readOnly || busy}>
        <legend>実施</legend>
        {plan.supersedes && <p className="field-hint">実施中にすると、変更前の計画は「変更済（終了）」になります。</p>}
        <button type="button" className="button button-primary" onClick={() => void run(activatePlan(plan), '計画を実施中にしました。')} disabled={steps[3]!.done}>
          実施中にする
        </button>
      </fieldset>
    </div>
  );
}
