import type { FamilyMember } from '@kizuki/core';
import type { FieldBinding } from '../editing/field-binder.js';
import { CheckboxField, TextField } from '../editing/fields.js';
import { newId } from '../shared/ids.js';

/** 家族等: one small card per person; add and remove rows. */
export function FamilyMembers({ fields, members }: { fields: FieldBinding; members: readonly FamilyMember[] | undefined }) {
  const list = members ?? [];
  return (
    <fieldset className="subsection span-all">
      <legend>家族等</legend>
      {list.length === 0 && <p className="muted">登録されていません。</p>}
      {list.map((member, index) => (
        <div key={member.id} className="list-card">
          <div className="form-grid">
            <TextField label="氏名" {...fields.text(['familyMembers', index, 'name'])} />
            <TextField label="続柄" size="short" {...fields.text(['familyMembers', index, 'relationship'])} />
            <TextField label="電話番号" inputMode="tel" {...fields.text(['familyMembers', index, 'phone'])} />
            <CheckboxField label="同居" {...fields.flag(['familyMembers', index, 'livesTogether'])} />
            <CheckboxField label="主介護者" {...fields.flag(['familyMembers', index, 'isMainCaregiver'])} />
            <CheckboxField label="キーパーソン" {...fields.flag(['familyMembers', index, 'isKeyPerson'])} />
            <CheckboxField label="緊急連絡先" {...fields.flag(['familyMembers', index, 'isEmergencyContact'])} />
          </div>
          <button
            type="button"
            className="button button-danger-quiet"
            onClick={() => fields.update(['familyMembers'], list.filter((_, i) => i !== index))}
          >
            {member.name || `${index + 1}人目`}を削除
          </button>
        </div>
      ))}
      <button type="button" className="button button-secondary" onClick={() => fields.update(['familyMembers'], [...list, { id: newId(), name: '' }])}>
        家族等を追加
      </button>
    </fieldset>
  );
}
