import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    '.next/**',
    'out/**',
    'out-*/**',
    '.tmp/**',
    '.fixture-build/**',
    'node_modules/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
    'data/schema/**',
  ]),
  {
    // One URL-state module (lib/url/): every page parameter is parsed there, so nowhere else builds
    // its own URLSearchParams or reads searchParams.get (tests aside).
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}'],
    ignores: ['lib/url/**', '**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'URLSearchParams', message: 'Parse and write URL parameters with lib/url (readQuery, queryWith).' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='get'][callee.object.property.name='searchParams']",
          message: 'Read URL parameters with lib/url (readQuery).',
        },
      ],
    },
  },
]);
