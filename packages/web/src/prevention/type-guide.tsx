import { careManagementTypeGuides, careManagementTypes, careManagementTypeSource, type CareManagementType } from '@kizuki/core';

/** The three 類型 as the municipal policy explains them, the chosen one marked, beside the choice. */
export function TypeGuide({ selected }: { selected: CareManagementType | undefined }) {
  return (
    <aside className="type-guide span-all" aria-label="ケアマネジメントの類型の説明">
      <ul>
        {careManagementTypes.map((type) => {
          const guide = careManagementTypeGuides[type];
          return (
            <li key={type} className={type === selected ? 'type-guide-selected' : undefined} aria-current={type === selected ? 'true' : undefined}>
              <strong>{guide.title}</strong>
              <span className="type-guide-summary">{guide.summary}</span>
              <q>{guide.quote}</q>
            </li>
          );
        })}
      </ul>
      <p className="muted">出典：{careManagementTypeSource}</p>
    </aside>
  );
}
