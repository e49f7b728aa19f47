import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { featureScreens, isKnownFeatureId, parsePolicyPack, screensOfFeature, type FeatureId } from '@kizuki/core';
import { describe, expect, it } from 'vitest';
import { parseRoute } from '../src/routing/routes.js';

/** The features issue 11 builds: every pack item naming one of them must lead to a screen. */
const issue11Features: readonly FeatureId[] = [
  'feature.policy-publication',
  'feature.policy-history',
  'feature.policy-effect-report',
  'feature.care-plan-inspection',
  'feature.office-knowledge-sharing',
  'feature.self-inspection',
  'feature.benefit-data-review',
];

const packsDir = fileURLToPath(new URL('../../core/policies/', import.meta.url));

function featuresOfBundledPacks(): Set<FeatureId> {
  const found = new Set<FeatureId>();
  for (const file of readdirSync(packsDir).filter((f) => f.endsWith('.yaml'))) {
    const pack = parsePolicyPack(readFileSync(`${packsDir}${file}`, 'utf8'), file);
    for (const match of JSON.stringify(pack).matchAll(/"(feature\.[a-z-]+)"/gu)) if (isKnownFeatureId(match[1])) found.add(match[1]);
  }
  return found;
}

const pathOf = (path: string) => path.replace(':clientId', 'client-1');

describe('feature registry', () => {
  it('maps every issue-11 feature a bundled pack names to a screen the web routes', () => {
    const named = [...featuresOfBundledPacks()].filter((id) => issue11Features.includes(id));
    expect(named.length).toBeGreaterThan(0);
    for (const id of named) {
      const screens = screensOfFeature(id);
      expect(screens.length, id).toBeGreaterThan(0);
      for (const screen of screens) expect(parseRoute(pathOf(screen.path)).name, `${id} ${screen.path}`).not.toBe('not-found');
    }
  });

  it('names only screens the router accepts, each for at least one role', () => {
    for (const [id, screens] of Object.entries(featureScreens)) {
      for (const screen of screens) {
        expect(parseRoute(pathOf(screen.path)).name, `${id} ${screen.path}`).not.toBe('not-found');
        expect(screen.roles.length, id).toBeGreaterThan(0);
      }
    }
  });
});
