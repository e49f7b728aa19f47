import { householdTypeLabels, householdTypes, sexes, sexLabels, type Client } from '@kizuki/core';
import { bindFields } from '../editing/field-binder.js';
import { DateField, SelectField, TextArea, TextField } from '../editing/fields.js';
import { EditorStatusBar } from '../editing/editor-status.js';
import { useDocumentEditor } from '../editing/use-document-editor.js';
import type { CaseFileTabProps } from './case-file-context.js';
import { FamilyMembers } from './family-members.js';
import { optionsOf as options } from '../shared/options.js';


/** 基本情報: the client document (氏名、住所、世帯、家族、主治医 …). */
export function BasicTab({ clientId, onChanged }: CaseFileTabProps) {
  // The client document has the client's id.
  const editor = useDocumentEditor(clientId, 'client', clientId, { onSaved: onChanged });
  const fields = bindFields(editor);
  const body: Client | undefined = editor.body;
  return (
    <div className="tab-body">
      <h2>利用者基本情報</h2>
      <EditorStatusBar kind="client" editor={editor} />
      {body && (
        <form className="form-grid" onSubmit={(e) => e.preventDefault()} aria-label="利用者基本情報">
          <TextField label="氏名" required {...fields.text(['name'])} />
          <TextField label="フリガナ" required hint="ひらがなで入力してもカタカナで保存します。" {...fields.text(['nameKana'])} />
          <DateField label="生年月日" required {...fields.text(['birthDate'])} />
          <SelectField label="性別" options={options(sexes, sexLabels)} {...fields.choice(['sex'])} />
          <TextField label="保険者番号" required size="short" inputMode="numeric" {...fields.text(['insurerNumber'])} />
          <TextField label="被保険者番号" required size="short" {...fields.text(['insuredNumber'])} />
          <TextField label="郵便番号" size="short" inputMode="numeric" {...fields.text(['address', 'postalCode'])} />
          <TextField label="住所" className="span-2" {...fields.text(['address', 'line1'])} />
          <TextField label="建物名・部屋番号" {...fields.text(['address', 'line2'])} />
          <TextField label="電話番号" inputMode="tel" {...fields.text(['phone'])} />
          <TextField label="携帯電話" inputMode="tel" {...fields.text(['mobilePhone'])} />
          <SelectField label="世帯状況" options={options(householdTypes, householdTypeLabels)} {...fields.choice(['householdType'])} />
          <fieldset className="subsection span-all">
            <legend>主治医</legend>
            <div className="form-grid">
              <TextField label="医師名" {...fields.text(['primaryDoctor', 'doctorName'])} />
              <TextField label="医療機関" {...fields.text(['primaryDoctor', 'institution'])} />
              <TextField label="電話番号" inputMode="tel" {...fields.text(['primaryDoctor', 'phone'])} />
            </div>
          </fieldset>
          <FamilyMembers fields={fields} members={body.familyMembers} />
          <TextArea label="備考" className="span-all" {...fields.text(['notes'])} />
        </form>
      )}
    </div>
  );
}
